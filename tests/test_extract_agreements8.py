"""Agreement parties, signatories, term, day and place told around the signing sentence (agr8),
on sentences written for these tests: positives and near-misses."""
from helpers import run


def _one(out: dict, word: str) -> dict:
    (a,) = [a for a in out["agreements"] if word in a["name"].lower()]
    return a


# --- signers named in the next sentence ------------------------------------------------------

def test_signers_of_a_set_named_in_the_next_sentence():
    out = run(" date 2025-03-07 Chile and Peru on Thursday signed a fisheries framework agreement and a "
              "customs cooperation protocol in Lima.\n\n"
              "The documents were signed by Chilean Foreign Minister Ivo Marek and his Peruvian "
              "counterpart Petra Voss after a meeting at the palace.")
    for word in ("fisheries", "customs"):
        assert sorted(_one(out, word)["signatories"]) == ["Ivo Marek", "Petra Voss"]


def test_people_of_a_next_sentence_that_is_not_about_the_signing_are_no_signers():
    out = run(" date 2025-03-07 Chile and Peru on Thursday signed a fisheries agreement in Lima.\n\n"
              "The talks were attended by Chilean Foreign Minister Ivo Marek and Peruvian "
              "Minister Petra Voss.")
    assert _one(out, "fisheries")["signatories"] == []


# --- a term stated in a separate sentence ------------------------------------------------------

def test_term_in_a_sentence_after_the_agreement_as_subject():
    out = run(" date 2025-03-07 Chile and Peru on Thursday signed a fisheries agreement in Lima.\n\n"
              "The fisheries agreement, which replaces a 2009 deal, covers patrols and quotas. "
              "It will be in force for 12 years.")
    assert _one(out, "fisheries")["duration_years"] == 12


def test_term_forms_remain_in_force_and_period_of():
    out = run(" date 2025-03-07 Chile and Peru on Thursday signed a fisheries agreement in Lima.\n\n"
              "The fisheries agreement covers patrols. It will remain in force for a period of seven years.")
    assert _one(out, "fisheries")["duration_years"] == 7


def test_ten_years_about_something_else_is_no_term():
    out = run(" date 2025-03-07 Chile and Peru on Thursday signed a fisheries agreement in Lima.\n\n"
              "The fisheries agreement covers patrols. The two navies have trained together for ten years.")
    assert _one(out, "fisheries")["duration_years"] is None


def test_a_term_after_an_agreement_that_is_not_the_subject_is_not_its_own():
    out = run(" date 2025-03-07 Chile and Peru on Thursday signed a fisheries agreement in Lima.\n\n"
              "Officials said patrols under the fisheries agreement begin in May. "
              "It will be in force for 12 years.")
    assert _one(out, "fisheries")["duration_years"] is None


# --- parties named only through their ministries, or as "the two armies" -----------------------

def test_parties_named_through_long_ministry_titles():
    out = run(" date 2025-03-07 The ministers signed a memorandum on naval cooperation between the "
              "Ministry of Defence Affairs of the Republic of Chile and the Ministry of National "
              "Defence of the Republic of Peru on Thursday.")
    assert sorted(_one(out, "naval cooperation")["parties"]) == ["Chile", "Peru"]


def test_the_two_armies_are_the_pair_the_article_named():
    out = run(" date 2025-03-07 General Ivo Marek of the Chilean Army called on his counterpart at "
              "army headquarters today.\n\n"
              "Officials praised the ties between Chile and Peru and discussed training.\n\n"
              "Visitors toured a museum and a training school.\n\n"
              "Later, a memorandum on officer training was signed between the two armies.")
    assert sorted(_one(out, "officer training")["parties"]) == ["Chile", "Peru"]


def test_the_two_armies_with_two_pairs_named_get_no_parties():
    out = run(" date 2025-03-07 General Ivo Marek of the Chilean Army called on his counterpart at "
              "army headquarters today.\n\n"
              "Officials praised the ties between Chile and Peru, and those between Bolivia and "
              "Ecuador.\n\n"
              "Visitors toured a museum and a training school.\n\n"
              "Later, a memorandum on officer training was signed between the two armies.")
    assert _one(out, "officer training")["parties"] == []


# --- a programme named in quote marks, signed by three ministers with long state titles ---------

def test_programme_in_guillemets_signed_by_three_long_titled_ministers():
    out = run(" date 2025-03-07 On March 5 in Quito, the Minister of Defense of the Republic of "
              "Ecuador Ivo Marek, the Minister of National Defense of the Republic of Colombia "
              "Petra Voss and the Minister of Defense of the Republic of Peru Anton Brel signed the "
              "«Program of trilateral naval cooperation for 2026».")
    a = _one(out, "naval cooperation")
    assert a["signatories"] == ["Ivo Marek", "Petra Voss", "Anton Brel"]
    assert a["date"] == "2025-03-05"
    assert a["place"] == "Quito"


def test_a_quoted_programme_without_a_relation_word_is_no_agreement():
    out = run(" date 2025-03-07 The ministry launched the «Program of recruitment for 2026» in Quito "
              "on Monday.")
    assert out["agreements"] == []


def test_a_long_sentence_before_the_verb_still_breaks_the_signer_list():
    out = run(" date 2025-03-07 Minister Ivo Marek, who told reporters that the years of quarrels "
              "over the river and over the fishing grounds had cost both towns dearly and that "
              "nobody wanted them back, watched as the two governors signed a water-sharing "
              "agreement in Quito on Monday.")
    assert "Ivo Marek" not in _one(out, "water-sharing")["signatories"]


# --- a signing "on the occasion" of the lead's visit: the lead's day and place ----------------

def test_on_the_occasion_takes_the_day_and_venue_city_of_the_lead_call():
    out = run(" date 2025-03-07 General Ivo Marek of Chile called on General Anton Brel of Peru at "
              "Army Headquarters (AHQ), Tacna, today.\n\n"
              "Matters of mutual interest were discussed.\n\n"
              "On the occasion, a memorandum on officer training was signed between Chile and Peru.")
    a = _one(out, "officer training")
    assert a["date"] == "2025-03-07"
    assert a["place"] == "Tacna"


def test_without_an_occasion_cue_the_lead_day_is_not_taken():
    out = run(" date 2025-03-07 General Ivo Marek of Chile called on General Anton Brel of Peru at "
              "Army Headquarters (AHQ), Tacna, today.\n\n"
              "Matters of mutual interest were discussed.\n\n"
              "The chiefs recalled that a memorandum on officer training was signed between Chile "
              "and Peru in Lima in 2019.")
    for a in out["agreements"]:
        assert a["date"] != "2025-03-07"
        assert a["place"] != "Tacna"


def test_dateline_city_when_the_lead_meets_at_a_venue_naming_no_city():
    out = run(" date 2025-03-07 LIMA, March 5 (XNA) -- Minister Ivo Marek received on Wednesday at the "
              "Ministry of Defence headquarters his Chilean counterpart Petra Voss.\n\n"
              "On the sidelines of the visit, the two ministers signed a memorandum on naval training "
              "between the Republic of Peru and the Republic of Chile.")
    a = _one(out, "naval training")
    assert a["place"] == "Lima"
    assert a["date"] == "2025-03-05"


def test_dateline_city_is_no_place_when_the_lead_names_another_city():
    out = run(" date 2025-03-07 LIMA, March 5 (XNA) -- Minister Ivo Marek received on Wednesday at the "
              "Ministry of Defence headquarters in Arequipa his Chilean counterpart Petra Voss.\n\n"
              "On the sidelines of the visit, the two ministers signed a memorandum on naval training "
              "between the Republic of Peru and the Republic of Chile.")
    assert _one(out, "naval training")["place"] != "Lima"


def test_dateline_city_is_no_place_without_the_signing_at_the_lead_event():
    out = run(" date 2025-03-07 LIMA, March 5 (XNA) -- Minister Ivo Marek received on Wednesday at the "
              "Ministry of Defence headquarters his Chilean counterpart Petra Voss.\n\n"
              "The two ministers recalled a memorandum on naval training that Peru and Chile signed "
              "last year.")
    for a in out["agreements"]:
        assert a["place"] != "Lima"


# --- "the two countries" of a joint statement: the pair of the article's other agreement ------

def test_joint_statement_of_the_two_countries_takes_the_pair_of_the_memorandum():
    out = run(" date 2025-03-07 LIMA, March 5 (XNA) -- Minister Ivo Marek received on Wednesday at the "
              "Ministry of Defence headquarters his Chilean counterpart Petra Voss.\n\n"
              "On the sidelines of the visit, the two ministers signed a memorandum on naval training "
              "between the Republic of Peru and the Republic of Chile.\n\n"
              "At the conclusion of the visit, the two countries issued a joint statement on fisheries.")
    a = _one(out, "joint statement")
    assert sorted(a["parties"]) == ["Chile", "Peru"]
    assert a["date"] == "2025-03-05"


def test_joint_statement_of_the_two_countries_with_two_pairs_gets_no_parties():
    out = run(" date 2025-03-07 Peru and Chile signed a memorandum on naval training on Monday. "
              "Bolivia and Ecuador signed a memorandum on river patrols on Tuesday.\n\n"
              "On Wednesday, the two countries issued a joint statement on fisheries.")
    assert _one(out, "joint statement")["parties"] == []


# --- the lead's "held talks with X in <city>"; a joint press statement of its own -------------

_LEAD_TALKS = (" date 2025-03-07 LIMA, March 7 (XNA) -- Chile and Peru have agreed to expand naval ties, "
               "Lima's defence ministry said Friday, after Minister Ivo Marek held talks with his Chilean "
               "counterpart in Valparaiso.\n\n"
               "Marek and Chilean Minister Petra Voss signed a memorandum of understanding on naval "
               "training on Thursday.\n\n")


def test_place_of_the_lead_talks_held_with_the_counterpart_in_a_city():
    out = run(_LEAD_TALKS)
    assert _one(out, "naval training")["place"] == "Valparaiso"


def test_talks_with_officials_in_a_city_after_a_clause_break_are_not_the_place():
    out = run(" date 2025-03-07 Chile and Peru have agreed to expand naval ties, Lima's defence ministry "
              "said Friday, after Minister Ivo Marek held talks with envoys who had arrived in Valparaiso.\n\n"
              "Marek and Chilean Minister Petra Voss signed a memorandum of understanding on naval "
              "training on Thursday.")
    assert _one(out, "naval training")["place"] != "Valparaiso"


def test_joint_press_statement_is_not_merged_into_the_memorandum():
    out = run(_LEAD_TALKS + "In a joint press statement released after the talks, the two ministers "
              "“reaffirmed the freedom of navigation.”\n\n"
              "The two sides also “voiced concern over Bolivia's border closures,” the statement said.")
    memo, stmt = _one(out, "memorandum"), _one(out, "joint press statement")
    assert "joint press statement" not in [x.lower() for x in memo["aliases"]]
    assert sorted(stmt["parties"]) == ["Chile", "Peru"]     # not Bolivia, which the text spoke about


def test_joint_statement_announcing_a_truce_may_still_be_that_truce():
    out = run(" date 2025-03-07 Chile and Peru reached agreement on a truce on Thursday.\n\n"
              "The agreement was announced in a joint statement released in Quito.")
    assert len(out["agreements"]) == 1


# --- more ways of stating a term; a background agreement's day is not the signing's ----------

def test_term_it_is_valid_for_n_years():
    out = run(" date 2025-03-07 Chile and Peru on Thursday signed a fisheries agreement in Lima.\n\n"
              "The fisheries agreement sets joint quotas. It is valid for five years.")
    assert _one(out, "fisheries")["duration_years"] == 5


def test_term_for_another_n_years_after_a_renewal():
    out = run(" date 2025-03-07 Chile and Peru on Thursday renewed their fisheries agreement for "
              "another four years in Lima.")
    assert _one(out, "fisheries")["duration_years"] == 4


def test_a_term_that_was_is_not_read_from_a_next_sentence():
    out = run(" date 2025-03-07 Chile and Peru on Thursday signed a fisheries agreement in Lima.\n\n"
              "The fisheries agreement replaces an older text. It was in force for 20 years.")
    assert _one(out, "fisheries")["duration_years"] is None


def test_a_background_agreements_day_is_not_the_signing_day():
    out = run(" date 2025-03-07 General Ivo Marek of Chile called on General Anton Brel of Peru at "
              "Army Headquarters (AHQ), Tacna, today.\n\n"
              "On the occasion, a memorandum on officer training was signed between Chile and Peru. "
              "It builds on a border treaty the two states signed on June 3, 2011.")
    assert _one(out, "officer training")["date"] == "2025-03-07"
    for a in out["agreements"]:
        if "treaty" in a["name"].lower():
            assert a["date"] != "2025-03-07"


# --- two new agreements coordinated in one sentence are two, even with a vague noun ----------

def test_a_vague_agreement_coordinated_with_a_protocol_is_its_own():
    out = run(" date 2025-03-07 Chile and Peru on Thursday signed a fisheries agreement and a customs "
              "protocol in Lima.")
    names = sorted(a["name"].lower() for a in out["agreements"])
    assert names == ["customs protocol", "fisheries agreement"]


def test_the_agreement_later_still_refers_back_to_the_protocol():
    out = run(" date 2025-03-07 Chile and Peru on Thursday signed a customs protocol in Lima.\n\n"
              "The agreement takes effect in May.")
    assert len(out["agreements"]) == 1
