def find_agreements(doc, analysis, country_mentions):
    return []
