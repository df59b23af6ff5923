"""Agreement triggers, status and fields, on sentences written for these tests."""
from helpers import run


def test_signed_agreement_with_fields():
    out = run(" date 2025-03-14 Defence Minister Karl Berg of Norway and Portuguese Defence "
              "Minister Helena Costa signed a ten-year Coastal Security Agreement in Lisbon on "
              "Friday.\n\nThe agreement covers joint patrols.")
    (a,) = out["agreements"]
    assert a["name"] == "Coastal Security Agreement"
    assert set(a["parties"]) == {"Norway", "Portugal"}
    assert set(a["signatories"]) == {"Karl Berg", "Helena Costa"}
    assert a["date"] == "2025-03-14"          # Friday on or before the article date
    assert a["place"] == "Lisbon"
    assert a["duration_years"] == 10


def test_proposed_and_background_agreements_are_not_emitted_as_signed():
    out = run("Negotiators said a ceasefire agreement was ready but not yet signed. "
              "A previous Memorandum of Understanding on Trade, signed in 2019, collapsed.")
    assert out["agreements"] == []


def test_weekday_resolves_to_latest_such_day():
    out = run(" date 2025-05-21 Chile and Peru signed a Fisheries Agreement on Monday.")
    (a,) = out["agreements"]
    assert a["date"] == "2025-05-19"
    assert set(a["parties"]) == {"Chile", "Peru"}


def test_acronym_and_generic_mentions_group_into_one_agreement():
    out = run("Japan and Chile signed a reciprocal defence agreement (RDA) on Monday. "
              "The RDA allows joint training. Officials called the deal historic.")
    (a,) = out["agreements"]
    assert "RDA" in a["aliases"]


def test_list_of_signed_agreements():
    out = run("India and Chile signed three agreements: an Agreement on Space Cooperation, an MoU on "
              "Mining Research and Terms of Reference on the establishment of a Joint Committee.")
    names = {a["name"] for a in out["agreements"]}
    assert names == {"Agreement on Space Cooperation", "MoU on Mining Research",
                     "Terms of Reference on the establishment of a Joint Committee"}
    for a in out["agreements"]:
        assert set(a["parties"]) == {"India", "Chile"}


def test_contract_with_a_company():
    out = run("Poland's defence ministry announced it. The framework agreement with Kestrel "
              "Dynamics provides for the purchase of 40 drones for Poland.")
    (a,) = out["agreements"]
    assert a["name"] == "framework agreement with Kestrel Dynamics"
    assert a["parties"] == ["Poland", "Kestrel Dynamics"]


def test_unnamed_agreement_named_from_its_topic_with_duration_in_the_signing_sentence():
    out = run(" date 2025-03-06 Chile and Peru signed an agreement on civil nuclear cooperation on "
              "Thursday.\n\nThe deal, signed in Lima, covers joint training and fuel supply for an "
              "initial 15 years.")
    (a,) = out["agreements"]
    assert a["name"] == "agreement on civil nuclear cooperation"
    assert a["date"] == "2025-03-06" and a["place"] == "Lima" and a["duration_years"] == 15
    assert "joint training and fuel supply" in a["scope"]


# --- parties, signatories, date, place and names (issue 11, pattern 11; issue 12, items 1-2) ---

def _one_signed(text: str) -> dict:
    (a,) = run(text)["agreements"]
    return a


def test_parties_from_a_pair_subject_with_fillers_and_weekday():
    a = _one_signed(" date 2025-06-04 Ghana and Togo have also formally signed a border "
                    "security pact in Lome.")
    assert set(a["parties"]) == {"Ghana", "Togo"}


def test_parties_from_signed_for():
    a = _one_signed("The treaty was signed by Petra Voss and Ivo Marek. Voss signed for Kenya "
                    "and Marek for Uganda at a ceremony.")
    assert set(a["parties"]) == {"Kenya", "Uganda"}


def test_minister_of_a_country_and_his_counterpart_are_signatories_and_parties():
    a = _one_signed("Foreign Minister Kofi Mensah of Ghana and his Togolese counterpart Eli "
                    "Dossou signed a Border Trade Agreement on Monday.")
    assert set(a["signatories"]) == {"Kofi Mensah", "Eli Dossou"}
    assert set(a["parties"]) == {"Ghana", "Togo"}


def test_non_state_party_and_a_descriptive_name():
    a = _one_signed("The talks ended with an agreement on a permanent cessation of hostilities "
                    "between the government of Ethiopia and regional forces, signed on Friday.")
    assert a["name"] == "agreement on a permanent cessation of hostilities"
    assert set(a["parties"]) == {"Ethiopia", "regional forces"}


def test_an_armed_group_is_a_party_and_the_mediator_is_not():
    a = _one_signed("Egypt mediated a truce deal between Israel and the armed group Hamas, "
                    "which both sides signed on Wednesday.")
    assert set(a["parties"]) == {"Israel", "Hamas"}


def test_host_and_witness_are_not_parties():
    a = _one_signed("Hosted by Kenya, Ethiopia and Eritrea signed a peace agreement in the "
                    "presence of Norway on Friday.")
    assert set(a["parties"]) == {"Ethiopia", "Eritrea"}
    out = run("The deal was witnessed by Norway. Chile and Peru signed the deal on Monday.")
    assert all("Norway" not in g["parties"] for g in out["agreements"])


def test_no_party_rather_than_a_guess():
    a = _one_signed("Officials signed an agreement on fisheries cooperation on Monday, the "
                    "ministry said.")
    assert a["parties"] == []


def test_signing_day_with_weekday_and_month_is_not_the_article_date():
    a = _one_signed(" date 2025-07-02 Chile and Peru signed a Fisheries Agreement on Friday, "
                    "June 27, officials said.")
    assert a["date"] == "2025-06-27"


def test_month_day_after_the_article_date_is_last_year():
    a = _one_signed(" date 2025-01-10 Chile and Peru signed a Fisheries Agreement on June 27.")
    assert a["date"] == "2024-06-27"


def test_weekday_is_resolved_against_the_article_date():
    a = _one_signed(" date 2025-07-04 Chile and Peru signed a Fisheries Agreement on Wednesday.")
    assert a["date"] == "2025-07-02"


def test_place_after_an_institution():
    a = _one_signed("Ghana and Togo signed a Border Trade Agreement at the Ministry of Defence "
                    "in Accra on Monday.")
    assert a["place"] == "Accra"


def test_place_named_as_a_capital():
    a = _one_signed("Kenya and Uganda signed a Water Sharing Agreement in the Kenyan capital "
                    "Nairobi.")
    assert a["place"] == "Nairobi"


def test_place_in_a_city():
    a = _one_signed("Chile and Peru signed a Fisheries Agreement in Washington on Monday.")
    assert a["place"] == "Washington"


def test_region_and_adjectives_are_not_places():
    a = _one_signed("Chile and Peru signed an EU-facilitated agreement on fisheries in "
                    "Western Sahara.")
    assert a["place"] is None


def test_name_to_purchase_is_a_noun_phrase():
    a = _one_signed("Poland and Norway signed an agreement to purchase 24 F-16 fighter jets "
                    "on Monday.")
    assert a["name"] == "agreement to purchase 24 F-16 fighter jets"


def test_a_bare_agreement_is_named_with_its_parties():
    a = _one_signed("Chile and Peru signed an agreement on Monday.")
    assert a["name"] == "agreement between Chile and Peru"


def test_names_are_never_fragments_or_headline_verbs():
    out = run("Gulf Leaders Sign Coastal Declaration\n\nChile and Peru signed the Coastal "
              "Declaration. Officials reached an agreement on supplies of grain to the north.")
    names = {a["name"] for a in out["agreements"]}
    assert "Coastal Declaration" in names
    for n in names:
        assert n.split()[-1].lower() not in ("of", "on", "to", "the", "and"), n
        assert not n.startswith(("Gulf Leaders", "Sign"))


def test_two_mous_with_different_parties_stay_apart():
    out = run(" date 2025-06-04 Ghana and Togo signed an MoU on Monday. Ghana and Benin signed "
              "an MoU on Tuesday in Accra.")
    got = sorted((sorted(a["parties"]), a["date"]) for a in out["agreements"])
    assert got == [(["Benin", "Ghana"], "2025-06-03"), (["Ghana", "Togo"], "2025-06-02")]
    benin = next(a for a in out["agreements"] if "Benin" in a["parties"])
    togo = next(a for a in out["agreements"] if "Togo" in a["parties"])
    assert benin["place"] == "Accra" and togo["place"] is None     # nothing travels


def test_mou_acronym_joins_its_memorandum():
    out = run("Ghana and Togo signed a Memorandum of Understanding (MoU) on defence training. "
              "The MoU will be in force for five years.")
    (a,) = out["agreements"]
    # named as the article writes it, with its acronym and topic (issue 11); the head is an alias
    assert a["name"] == "Memorandum of Understanding (MoU) on defence training"
    assert {"MoU", "Memorandum of Understanding"} <= set(a["aliases"]) and a["duration_years"] == 5


def test_earlier_agreement_in_the_same_sentence_is_not_the_signed_one():
    out = run("Ghana and Togo signed a Memorandum of Understanding (MOU) on Monday. The "
              "agreement was signed to carry forward an earlier Border Cooperation Agreement "
              "signed in 2019.")
    names = [a["name"] for a in out["agreements"]]
    assert names == ["Memorandum of Understanding"]


def test_a_similar_agreement_with_another_country_is_another_agreement():
    out = run(" date 2025-06-04 Canada and Norway will sign a fisheries agreement next month. "
              "At the signing of a similar agreement with Iceland in Ottawa on Monday, Canada's "
              "minister praised the deal.")
    (a,) = out["agreements"]
    assert a["name"] == "similar agreement with Iceland"
    assert "Norway" not in a["parties"] and "Iceland" in a["parties"]
    assert a["place"] == "Ottawa" and a["date"] == "2025-06-02"


def test_agreements_listed_after_a_count_take_its_parties():
    out = run("Brazil and Chile on Thursday signed three agreements. The visit ended with the "
              "signing of the three agreements: an Agreement on Space Cooperation and an MoU on "
              "Mining Research.")
    assert len(out["agreements"]) == 2
    for a in out["agreements"]:
        assert set(a["parties"]) == {"Brazil", "Chile"}


def test_organisation_adopts_a_declaration():
    a = _one_signed("SADC leaders adopt declaration at summit\n\nThe delegates adopted the "
                    "closing declaration in Dar es Salaam.")
    assert a["parties"] == ["SADC"]
    assert a["place"] == "Dar es Salaam"


def test_leaders_of_a_body_then_they_signed():
    a = _one_signed("Leaders of the Coastal Cooperation Council met on Tuesday. At a summit "
                    "chaired by Crown Prince Omar Vell, they signed the Harbour Declaration.")
    assert a["parties"] == ["Coastal Cooperation Council"]
    assert a["signatories"] == []          # the chair is not a signer


def test_states_listed_before_ministers_signed():
    a = _one_signed("The Polish, Czech and Slovak Defence Ministers met in Vienna on Monday and "
                    "signed a joint communique on rail transit.")
    assert set(a["parties"]) == {"Poland", "Czechia", "Slovakia"}
    assert a["place"] == "Vienna"


def test_agreement_with_a_country_and_the_nearest_country_before_it():
    a = _one_signed("Tonga protested, a month after Fiji caused alarm by signing a deal with "
                    "China.")
    assert set(a["parties"]) == {"Fiji", "China"}


def test_passive_signers_are_signatories_and_their_countries_parties():
    out = run("The treaty was signed on Monday in Grodno by Belarusian President Ivan Petrov "
              "and Russian President Oleg Sidorov.")
    (a,) = out["agreements"]
    assert set(a["signatories"]) == {"Ivan Petrov", "Oleg Sidorov"}
    assert set(a["parties"]) == {"Belarus", "Russia"}
    assert a["place"] == "Grodno"


def test_a_visitor_is_not_a_signer():
    out = run("Officials said the agreement had been signed during the visit by Russian "
              "President Oleg Sidorov to India.")
    assert all(a["signatories"] == [] for a in out["agreements"])


def test_prospective_and_past_agreements_are_not_signed():
    out = run("Cairo seeks a lasting ceasefire. The envoys agreed to hold more talks to reach a "
              "peace deal. Over the past decades, 40 agreements were signed, the main one being "
              "the Treaty of Lasting Amity. The yearly joint communique has been postponed. Both "
              "sides will discuss, first, the ceasefire.")
    assert out["agreements"] == []


def test_a_verb_deal_is_not_an_agreement():
    out = run("The ministers signed nothing but agreed to deal firmly with any incursions.")
    assert out["agreements"] == []


def test_the_two_countries_take_the_two_countries_named_before():
    a = _one_signed("Fiji and China held talks in Suva. Officials confirmed that envoys of the "
                    "two countries had signed the pact.")
    assert set(a["parties"]) == {"Fiji", "China"}


def test_a_chair_named_as_a_demonym_is_not_a_party_of_the_two_sides():
    out = run("Russian and Ukrainian delegations met. Swiss envoy Lena Brandt, who chairs the "
              "talks, said the two countries reached an agreement in principle on prisoners.")
    assert all("Switzerland" not in a["parties"] for a in out["agreements"])


def test_every_state_of_a_listed_subject_is_a_party():
    a = _one_signed("The presidents of Chile, Peru and Bolivia issued a joint statement on "
                    "Monday.")
    assert set(a["parties"]) == {"Chile", "Peru", "Bolivia"}


def test_a_bare_noun_takes_the_article_description_or_is_dropped():
    out = run("Chile and Peru reached a fisheries agreement for the coast. The agreement was "
              "signed on Monday.")
    assert [a["name"] for a in out["agreements"]] == ["fisheries agreement"]
    assert run("Officials said the agreement was signed.")["agreements"] == []


def test_a_new_agreement_is_not_the_one_recalled_before_it():
    out = run("Ghana and Togo recalled their previous agreement on trade. On Monday, Ghana and "
              "Togo signed a new agreement on customs.")
    (a,) = out["agreements"]
    assert a["name"] == "new agreement on customs"


def test_where_a_signing_was_announced_is_not_where_it_was_signed():
    a = _one_signed("Fiji and China signed the pact, a day after China announced the signing at "
                    "a news briefing in Suva.")
    assert a["place"] is None


# -- agreements3: fields that hold on unseen wording (issue 11, pattern 11) --------------------

def _one(text: str) -> dict:
    (a,) = run(text)["agreements"]
    return a


def test_place_after_a_time_phrase_hangs_on_the_signing():
    a = _one(" date 2025-06-30 Kenya and Ethiopia signed a defence cooperation agreement on Friday, "
             "June 27, in Nairobi, officials said.")
    assert a["place"] == "Nairobi"
    assert a["date"] == "2025-06-27"


def test_place_of_another_event_in_the_signing_sentence_is_not_the_signing_place():
    a = _one("Officials confirmed the two ministers had signed the border pact between Mali and Niger, "
             "a day after it was announced at a news briefing in Dakar and just days before the "
             "arrival of envoy Petra Voss in Bamako.")
    assert a["place"] is None


def test_place_that_modifies_a_noun_or_hangs_on_another_noun_is_no_place():
    a = _one("Chad and Sudan signed a ceasefire deal to end the Darfur war.")
    assert a["place"] is None
    b = _one("Peru and Ecuador signed a declaration on Monday. It provides for the return of "
             "ambassadors in Lima and Quito.")
    assert b["place"] is None


def test_place_from_a_city_of_phrase_a_visit_and_a_meeting():
    a = _one("The Estonian and Latvian defence ministers met in the Estonian city of Tartu, where "
             "they signed a joint communique on air defence.")
    assert a["place"] == "Tartu"
    b = _one("Saudi Arabia and Pakistan on Wednesday inked a Strategic Mutual Defence Agreement during "
             "a visit by Prime Minister Tariq Aziz to Riyadh.")
    assert b["place"] == "Riyadh"
    c = _one("The ministers signed the Chile-Peru Maritime Arrangement while at a meeting in Arica.")
    assert c["place"] == "Arica"


def test_dateline_date_is_not_the_signing_day():
    a = _one(" date 2025-02-14 LOME, Feb 14 (Reuters) - Foreign Minister Kwame Asante of Ghana and his "
             "Togolese counterpart Yao Mensah signed a border demarcation agreement on Thursday.")
    assert a["date"] == "2025-02-13"
    b = _one(" date 2025-07-08 VICTORIA, July 8 (SNA) -- Seychelles and Mauritius signed a memorandum of "
             "understanding on cultural cooperation.")
    assert b["date"] is None


def test_the_day_something_was_said_is_not_the_signing_day():
    a = _one(" date 2025-05-20 Brazil and Argentina signed a nuclear safeguards accord last month, the "
             "foreign ministry said on Tuesday.")
    assert a["date"] is None
    b = _one(" date 2025-06-11 Speaking at a news conference in Hanoi on Wednesday, the spokesperson said "
             "Vietnam and Laos had signed a railway agreement in Vientiane on Monday.")
    assert b["date"] == "2025-06-09"
    assert b["place"] == "Vientiane"


def test_parties_from_signed_for_each_side():
    a = _one(" date 2025-04-10 The memorandum of understanding on maritime security was signed for Kenya "
             "by Defence Cabinet Secretary Amos Wekesa and for Tanzania by Defence Minister Halima Juma "
             "in Mombasa on Wednesday.")
    assert set(a["parties"]) == {"Kenya", "Tanzania"}
    assert set(a["signatories"]) == {"Amos Wekesa", "Halima Juma"}


def test_parties_from_a_subject_of_state_forms_and_non_state_forces():
    a = _one("MANAMA, July 8 (BNA) -- The Kingdom of Bahrain and the Republic of Cyprus signed a "
             "memorandum of understanding on cultural cooperation.")
    assert set(a["parties"]) == {"Bahrain", "Cyprus"}
    b = _one("Colombia's government and the rebel Andean Liberation Army (ALA) signed a ceasefire "
             "agreement in Havana on Thursday, with Cuba and Norway acting as guarantors.")
    assert b["parties"] == ["Colombia", "Andean Liberation Army"]
    c = _one("The government of Sudan and the Rapid Sovereign Front, an armed group, signed a ceasefire "
             "agreement in Juba on Monday.")
    assert c["parties"] == ["Sudan", "Rapid Sovereign Front"]


def test_a_vague_government_is_no_party():
    a = _one("The federal government and regional forces signed a peace deal in Mekelle on Wednesday.")
    assert a["parties"] == []


def test_parties_after_a_sentence_opener_and_with_a_host_left_out():
    a = _one("At a ceremony hosted by Turkey in Istanbul on Tuesday, Azerbaijan and Armenia signed a "
             "transit agreement.")
    assert a["parties"] == ["Azerbaijan", "Armenia"]
    assert a["place"] == "Istanbul"
    out = run("India and Sri Lanka signed a defence cooperation MoU in Colombo on Saturday. Separately, "
              "India and the Maldives signed an agreement on hydrographic surveys in Male on Sunday.")
    got = {a["name"]: (set(a["parties"]), a["place"]) for a in out["agreements"]}
    assert got == {"defence cooperation MoU": ({"India", "Sri Lanka"}, "Colombo"),
                   "agreement on hydrographic surveys": ({"India", "Maldives"}, "Male")}


def test_parties_of_a_passive_signing_and_of_a_renewal():
    a = _one("The agreement on a permanent cessation of hostilities was signed by Ethiopia and Eritrea "
             "in the presence of Kenyan President Daniel Kiprono in Nairobi on Sunday.")
    assert a["parties"] == ["Ethiopia", "Eritrea"]
    assert a["name"] == "agreement on a permanent cessation of hostilities"
    b = _one("Norway and Iceland on Friday renewed their fisheries agreement, the ministry said.")
    assert b["parties"] == ["Norway", "Iceland"]
    c = _one("Russia and Ukraine extended the grain corridor deal on Saturday, officials said.")
    assert c["parties"] == ["Russia", "Ukraine"]


def test_a_witness_after_signed_by_is_no_signatory():
    a = _one("The accord was signed by Foreign Minister Ines Duarte of Chile and Foreign Minister Tomas "
             "Berg of Peru in the presence of President Ana Ruiz in Lima on Monday.")
    assert set(a["signatories"]) == {"Ines Duarte", "Tomas Berg"}
    b = _one("The agreement on a permanent cessation of hostilities was signed by Ethiopia and Eritrea "
             "in the presence of Kenyan President Daniel Kiprono in Nairobi on Sunday.")
    assert b["signatories"] == []


def test_a_possessive_name_in_a_relative_clause_is_no_signatory_and_a_surname_subject_is():
    a = _one("Ghana's Defence Minister Kofi Okafor met Togo's Defence Minister Yao Mensah in Accra. "
             "Okafor, who serves under President Ama Boateng's government, signed the Border Security "
             "Agreement with Togolese Defence Minister Yao Mensah on Friday.")
    assert set(a["signatories"]) == {"Kofi Okafor", "Yao Mensah"}


def test_names_are_noun_phrases_without_a_term_place_or_cut_possessive():
    a = _one("Norway and Iceland on Friday renewed their fisheries agreement for another four years, "
             "the ministry said.")
    assert a["name"] == "fisheries agreement"
    assert a["duration_years"] == 4
    b = _one("Defence Secretary Arun Mehta and Egyptian Chief of Staff Omar Fathy signed a Memorandum of "
             "Understanding on defence industry cooperation in New Delhi on February 17, 2025.")
    assert b["name"] == "Memorandum of Understanding on defence industry cooperation"
    assert b["place"] == "New Delhi"
    assert b["date"] == "2025-02-17"
    c = _one("The two presidents signed a joint agreement on the expansion and strengthening of the "
             "neighbouring countries’ relations and regional cooperation.")
    assert c["name"] == ("joint agreement on the expansion and strengthening of the neighbouring "
                         "countries’ relations and regional cooperation")
    d = _one("Benin and Togo have signed a coastal cooperation agreement to boost joint patrols "
             "against smuggling and piracy along their common shoreline.")
    assert d["name"] == "coastal cooperation agreement"     # a purpose, not a name


def test_a_span_of_past_time_is_no_duration():
    a = _one("The federal government and regional forces signed a peace deal in Mekelle on Wednesday, "
             "ending two years of fighting.")
    assert a["duration_years"] is None
    b = _one("Chile and Peru signed a fisheries pact on Monday that replaces one which expired after "
             "20 years.")
    assert b["duration_years"] is None


def test_the_two_countries_of_a_host_and_his_counterpart():
    a = _one("South African President Sipho Dlamini hosted his Angolan counterpart Joao Neto in Pretoria "
             "on Tuesday. The two countries signed an agreement on energy cooperation during the visit.")
    assert a["parties"] == ["South Africa", "Angola"]


def test_a_capitalised_plural_after_a_place_name_is_one_agreement():
    a = _one(" date 2025-12-05 Rwandan President Paul Kamanzi and Burundian President Felix Mbala signed "
             "the Kigali Accords for Peace in Kigali on Thursday.")
    assert a["name"] == "Kigali Accords for Peace"
    assert set(a["parties"]) == {"Rwanda", "Burundi"}
    assert a["date"] == "2025-12-04"


def test_an_agreement_signed_in_an_apposition_after_under():
    a = _one(" date 2025-05-14 Under the agreement, signed in Abuja on Tuesday by Nigerian Defence Minister "
             "Musa Bello and his Beninese counterpart Kossi Agbo, the two countries will conduct joint "
             "patrols.")
    assert a["parties"] == ["Nigeria", "Benin"]
    assert set(a["signatories"]) == {"Musa Bello", "Kossi Agbo"}
    assert (a["date"], a["place"]) == ("2025-05-13", "Abuja")


def test_parties_of_signers_on_behalf_of_states_and_of_state_ministries():
    a = _one("The memorandum, signed by Lt Gen Musa Bello on behalf of Nigeria and Brig Gen Kossi Agbo "
             "for Togo, covers border security.")
    assert a["parties"] == ["Nigeria", "Togo"]
    b = _one("The MoU was signed between the Ministry of Defence of Ghana and the Ministry of Defence of "
             "Burkina Faso in Ouagadougou on Thursday.")
    assert b["parties"] == ["Ghana", "Burkina Faso"]
    c = _one("Ecuador's Foreign Minister Gabriela Solis and her Peruvian peer Javier Ortiz signed a border "
             "integration agreement in Quito on Friday.")
    assert c["parties"] == ["Ecuador", "Peru"]


def test_two_with_phrases_in_one_sentence_keep_their_own_party():
    out = run("Brazil signed a trade agreement with Paraguay and a separate energy deal with Uruguay on Friday.")
    got = sorted(a["parties"] for a in out["agreements"])
    assert got == [["Brazil", "Paraguay"], ["Brazil", "Uruguay"]]


def test_a_decade_and_a_passive_after_a_comma():
    a = _one("Chile and Argentina signed an energy pact on Monday that runs for a decade.")
    assert a["duration_years"] == 10
    b = _one(" date 2025-10-03 The agreement, signed Thursday in Manila by Japan and the Philippines, "
             "allows troops to train in each other's territory.")
    assert set(b["parties"]) == {"Japan", "Philippines"}
    assert (b["date"], b["place"]) == ("2025-10-02", "Manila")


def test_a_document_reported_as_delayed_further_on_is_not_signed():
    out = run("As for the yearly joint communique that is issued by the bloc's foreign ministers, reports "
              "have suggested that the document has been delayed by a dispute over the wording.")
    assert out["agreements"] == []


def test_parties_from_the_state_named_beside_each_signer():
    a = _one("The deal was inked by the two foreign ministers, Amos Wekesa of Kenya and Halima Juma of "
             "Tanzania.")
    assert a["parties"] == ["Kenya", "Tanzania"]
    b = _one("Amos Wekesa, Kenya's trade minister, and Halima Juma, Tanzania's trade minister, signed the "
             "pact in Arusha.")
    assert b["parties"] == ["Kenya", "Tanzania"]
    assert b["place"] == "Arusha"


def test_who_reports_or_looks_on_is_no_signatory():
    a = _one("Kenyan Foreign Minister Amos Wekesa said the two countries had signed a trade pact with "
             "Tanzania on Monday.")
    assert a["signatories"] == []
    b = _one("The trade pact was signed by Kenyan Trade Minister Amos Wekesa and Tanzanian Trade Minister "
             "Halima Juma, with President Ruth Odhiambo looking on.")
    assert set(b["signatories"]) == {"Amos Wekesa", "Halima Juma"}


def test_a_minister_of_a_party_witnessing_leaves_the_party_in():
    a = _one(" date 2025-06-28 The accord was signed on Friday at the Foreign Ministry in Lome by "
             "Interior Minister Kofi Mensah of Benin and his Togolese counterpart Yao Lawson, in the "
             "presence of Benin's Minister of Justice, Dr. Ama Owusu, and several diplomats.")
    assert a["parties"] == ["Benin", "Togo"]
    assert set(a["signatories"]) == {"Kofi Mensah", "Yao Lawson"}
    assert (a["date"], a["place"]) == ("2025-06-27", "Lome")


def test_an_it_sentence_after_the_signing_names_the_signers_and_a_published_line_dates_it():
    out = run("Peru, Chile ink MoU on fisheries research\n\nPosted: 14th March, 2025 10:20 AM\n\n"
              "Lima, Mar 14 (EFE) Peru and Chile have signed a memorandum of understanding (MoU) on "
              "fisheries research, officials said on Friday.\n\nThe MoU was signed on Thursday, March 13, "
              "in Lima. It was signed for Peru by Vice Minister Rosa Quispe and for Chile by Undersecretary "
              "Pablo Vidal, in the presence of the two foreign ministers.")
    (a,) = out["agreements"]
    assert a["name"] == "memorandum of understanding (MoU) on fisheries research"
    assert a["parties"] == ["Peru", "Chile"]
    assert set(a["signatories"]) == {"Rosa Quispe", "Pablo Vidal"}
    assert (a["date"], a["place"]) == ("2025-03-13", "Lima")


def test_a_headline_short_name_joins_the_one_body_agreement_of_its_kind():
    out = run("Oman, Jordan sign MoU on naval repair cooperation at expo\n\n"
              "MUSCAT, 3rd March, 2025 (ONA) -- The Ministry of Transport of Oman and the Ministry of "
              "Transport of Jordan today signed a Memorandum of Understanding (MoU) on cooperation in the "
              "fields of naval repair and officer education.")
    (a,) = out["agreements"]
    assert a["name"] == ("Memorandum of Understanding (MoU) on cooperation in the fields of naval "
                         "repair and officer education")
    assert a["parties"] == ["Oman", "Jordan"]
    assert a["date"] == "2025-03-03"


def test_the_extension_sentence_and_an_initialled_and_signed_document():
    out = run("By Lerato Khumalo\n\n20 May 2025 - 18:32\n\nNamibian engineers will stay in Angola until "
              "2026 after the two governments extended their water cooperation agreement.\n\nThe extension "
              "was signed in Luanda on Monday by Water Minister Selma Haufiku and Angola's Minister of "
              "Energy, Rui Baptista, the ministry said on Tuesday.")
    (a,) = out["agreements"]
    assert set(a["signatories"]) == {"Selma Haufiku", "Rui Baptista"}
    assert (a["date"], a["place"]) == ("2025-05-19", "Luanda")
    b = _one("Benin and Niger signed an agreement on cooperation in the field of river transport on "
             "Thursday. The document was initialled and signed by Benin's Minister of Transport, Paul "
             "Hounkpe, and his Nigerien counterpart, Moussa Issa, in the presence of officials.")
    assert set(b["signatories"]) == {"Paul Hounkpe", "Moussa Issa"}


def test_a_previous_truce_is_not_the_one_signed_and_a_rebel_movement_named_head_first_is_a_party():
    out = run("LIBREVILLE, Oct 23, 2025 (AFP) - The government of Burundi and the rebel Front for the "
              "Renewal of Kirundo (FRK) signed a ceasefire agreement in the Gabonese capital Libreville on "
              "Wednesday, after weeks of talks mediated by Gabon.\n\nThe document frees all detainees.\n\n"
              "It was signed for the government by Deputy Prime Minister Alain Ndayishimiye.\n\n"
              "An earlier truce mediated by Chad in 2023 broke down after a month.")
    (a,) = out["agreements"]
    assert a["name"] == "ceasefire agreement"
    assert a["parties"] == ["Burundi", "Front for the Renewal of Kirundo"]
    assert a["signatories"] == ["Alain Ndayishimiye"]
    assert (a["date"], a["place"]) == ("2025-10-22", "Libreville")


def test_a_portfolio_is_no_signatory_and_an_iso_header_dates_the_article():
    out = run("Chile, Spain sign frigate contract\n\n2025-07-10 16:32 CLT\n\nSANTIAGO, July 10 (EFE) -- "
              "Chile and Spain have signed a state purchase contract for four frigates.\n\n"
              "The contract was signed in Madrid on Wednesday by Admiral Jorge Parga, head of the navy's "
              "procurement office, and Spain's State Secretary for Procurement, Lucia Moreno.")
    (a,) = out["agreements"]
    assert set(a["signatories"]) == {"Jorge Parga", "Lucia Moreno"}
    assert (a["date"], a["place"]) == ("2025-07-09", "Madrid")


def test_a_second_document_signed_by_officials_of_each_state():
    out = run("Foreign Minister Lars Berg of Norway and his Swedish counterpart Eva Lind signed the Treaty "
              "between Norway and the Kingdom of Sweden on the Delimitation of the Fishing Zones in the "
              "North and the West on Thursday, in the Norwegian administrative capital Oslo.\n\nThe foreign "
              "ministers also attended the signing of a Memorandum of Understanding on Cooperation in the "
              "Field of Rural Roads, signed by the Secretary-General of the Ministry of Transport of "
              "Norway, Dr. Nils Haug, and the Director General for Coastal Affairs of the Kingdom of "
              "Sweden, Dr. Karin Ek.")
    treaty, mou = sorted(out["agreements"], key=lambda a: a["name"][0] != "T")
    assert treaty["name"].endswith("Fishing Zones in the North and the West")
    assert treaty["place"] == "Oslo"
    assert mou["parties"] == ["Norway", "Sweden"]
    assert set(mou["signatories"]) == {"Nils Haug", "Karin Ek"}
    assert mou["place"] == "Oslo"       # the same occasion; not "Field of Rural Roads", its own name


def test_two_instruments_of_one_visit_stay_apart_and_keep_their_own_fields():
    out = run("Chile and Peru sign mining industry pact and Pacific research memorandum\n\n"
              "LIMA, May 5 (EFE) - Chile and Peru signed on Monday two instruments: a framework agreement "
              "on cooperation in the mining industry and a memorandum of understanding on research "
              "vessels in the Pacific.\n\nThe framework agreement on mining industry cooperation was signed "
              "by the Minister of Mines of Chile, Ana Soto, and the Minister of Mines of Peru, Luis Rojas.\n\n"
              "The other text, the memorandum of understanding on research vessels, was signed by "
              "the Chilean Foreign Minister, Pablo Vera, and the Peruvian Foreign Minister, Rosa Diaz. It "
              "will be in force for three years.\n\nBoth ministers said the countries are parties to the "
              "Polar Treaty.\n\nBoth presidents also signed a joint declaration on the border.")
    got = {a["name"]: a for a in out["agreements"]}
    fw = got["framework agreement on cooperation in the mining industry"]
    assert set(fw["signatories"]) == {"Ana Soto", "Luis Rojas"}
    assert "mining industry pact" in fw["aliases"]
    mou = next(a for n, a in got.items() if n.startswith("memorandum of understanding on research vessels"))
    assert set(mou["signatories"]) == {"Pablo Vera", "Rosa Diaz"}
    assert mou["duration_years"] == 3
    assert "joint declaration on the border" not in mou["aliases"]
    assert not any("Polar" in n for n in got)


def test_a_bulleted_list_under_a_signing_line_and_parties_named_in_an_agreement_name():
    out = run("Thursday, May 22, 2025 - 01:00\n\nNepal and Bhutan signed three agreements on Wednesday at "
              "the Foreign Ministry in Kathmandu, officials said.\n\nThe documents were signed by Foreign "
              "Secretary Maya Rai on behalf of Nepal and Ambassador Karma Dorji on behalf of Bhutan.\n\n"
              "The agreements signed were:\n- Memorandum of Understanding on Cooperation in Hydropower\n"
              "- Memorandum of Understanding between the Kathmandu Hydro Institute and the Thimphu Power "
              "Academy\n- Agreement on Air Services")
    got = {a["name"]: a for a in out["agreements"]}
    assert len(got) == 3
    hydro = got["Memorandum of Understanding on Cooperation in Hydropower"]
    assert hydro["parties"] == ["Nepal", "Bhutan"]
    assert set(hydro["signatories"]) == {"Maya Rai", "Karma Dorji"}
    assert (hydro["date"], hydro["place"]) == ("2025-05-21", "Kathmandu")
    academies = next(a for n, a in got.items() if "Kathmandu Hydro Institute" in n)
    assert academies["parties"] == ["Kathmandu Hydro Institute", "Thimphu Power Academy"]


def test_a_list_not_introduced_as_signed_is_not_signed():
    out = run("Nepal and Bhutan discussed several texts.\n\nThe drafts under negotiation are:\n"
              "- Memorandum of Understanding on Cooperation in Hydropower\n"
              "- Agreement on Air Services")
    assert out["agreements"] == []


def test_a_signer_named_in_full_where_only_the_surname_was_found_elsewhere():
    out = run("The government of Burundi and the rebel Front for the Renewal of Kirundo signed a ceasefire "
              "agreement in Libreville on Wednesday.\n\nIt was signed for the government by Deputy Prime "
              "Minister Alain Ndayishimiye, and for the rebels by the front's chairman, Jean-Pierre Ndoli."
              "\n\nNdoli said his fighters would respect the truce.")
    (a,) = out["agreements"]
    assert len(a["signatories"]) == 2 and "Alain Ndayishimiye" in a["signatories"]
    assert any(s.endswith("Ndoli") for s in a["signatories"])


def test_a_place_after_a_listed_topic_and_not_after_a_phrase_of_its_own():
    a = _one(" date 2025-06-14 China and Mongolia on Friday signed an agreement on permanent "
             "good-neighbourliness, friendship and cooperation in Ulaanbaatar, in the presence of the two "
             "heads of state.")
    assert (a["place"], a["date"]) == ("Ulaanbaatar", "2025-06-13")
    b = _one("Chile and Peru signed a memorandum of understanding on logistical support for their research "
             "stations in Antarctica.")
    assert b["place"] is None


def test_exchanged_an_mou_under_a_bracketed_dateline_and_ministers_of_two_states():
    a = _one(" date 2025-06-14 New Delhi [India], June 14 (ANI): India and Mauritius on Friday exchanged a "
             "memorandum of understanding on hydrography in Port Louis.")
    assert a["parties"] == ["India", "Mauritius"]
    assert (a["date"], a["place"]) == ("2025-06-13", "Port Louis")
    b = _one(" date 2025-06-14 The Ministers of Defence of Zambia and Malawi, Ambrose Lufuma and Harry "
             "Mkandawire, signed a memorandum of understanding on defence cooperation in Lusaka on Tuesday.")
    assert b["parties"] == ["Zambia", "Malawi"]


def test_a_weekday_of_another_event_when_the_signing_month_is_given():
    out = run(" date 2025-06-14 A ceasefire agreement between the two sides signed in March collapsed on "
              "Friday as fighting resumed in the north.")
    assert all(a["date"] is None for a in out["agreements"])


def test_a_place_of_the_talks_after_which_it_was_issued():
    a = _one(" date 2025-05-21 Chile and Japan issued a Joint Statement on Space Cooperation on Tuesday "
             "after talks in Santiago between their foreign ministers.")
    assert a["place"] == "Santiago"
    b = _one("Chile and Japan signed a space pact, a day after it was made public at a news briefing in "
             "Tokyo.")
    assert b["place"] is None


def test_a_venue_then_its_city_and_a_signing_last_week():
    a = _one(" date 2025-09-02 The pact was signed by Kenyan President Ruto Kamau and his Ugandan "
             "counterpart Yoweri Mugisha at State House, Kampala, on Saturday.")
    assert (a["place"], a["date"]) == ("Kampala", "2025-08-30")
    b = _one(" date 2025-09-02 OTTAWA, Sept 1 (Reuters) - Canada and Mexico last week signed a deal on "
             "critical minerals, officials said on Monday.")
    assert b["parties"] == ["Canada", "Mexico"]
    assert b["date"] is None
    out = run("Chile and Peru reached a draft deal last month to revive a truce that expired in October.")
    assert out["agreements"] == []


def test_a_place_on_another_noun_of_the_signing_sentence_is_no_place():
    for text in ("Sudan signed a deal on Monday with rebels in Darfur.",
                 "The two countries signed a pact to protect civilians in Kordofan.",
                 "Kenya and Somalia signed a security pact covering troops in Kismayo.",
                 "Mali and Niger signed a deal on Friday, officials in Bamako said."):
        assert all(a["place"] is None for a in run(text)["agreements"]), text


def test_spelled_out_terms_and_a_term_stated_of_the_instrument():
    a = _one(" date 2025-06-12 Latvia and Estonia signed a treaty on river basin management in Riga on "
             "Tuesday.\n\nThe instrument will remain in force for twenty-two years and may be renewed.")
    assert a["duration_years"] == 22
    b = _one("Chile and Peru signed a fisheries agreement on Monday that will be valid for thirteen years.")
    assert b["duration_years"] == 13
    c = _one("Ghana and Togo signed a forty-year water sharing pact in Lome on Friday.")
    assert c["duration_years"] == 40
    d = _one("Kenya and Uganda signed a rail agreement for a period of seventeen years on Monday.")
    assert d["duration_years"] == 17


def test_a_protocol_extending_an_agreement_is_its_renewal_not_a_new_agreement():
    out = run(" date 2025-10-09 Armenia and Greece on Wednesday extended their agreement on naval training "
              "for a further three years.\n\nThe protocol on the extension of the agreement was signed in "
              "Athens by the Defence Minister of Greece, Nikos Pappas, and the Defence Minister of Armenia, "
              "Aram Sarkisyan. The original agreement was concluded in 2019.")
    (a,) = out["agreements"]
    assert a["name"] == "agreement on naval training"
    assert a["place"] == "Athens"
    assert set(a["signatories"]) == {"Nikos Pappas", "Aram Sarkisyan"}
    assert set(a["parties"]) == {"Armenia", "Greece"}


def test_each_item_of_a_counted_set_of_agreements_is_its_own_agreement():
    out = run(" date 2025-04-17 Kenya and Tanzania on Wednesday signed three agreements in Arusha during a "
              "state visit.\n\nThe agreements were signed at the State House in the presence of both "
              "presidents.\n\nThe first, an agreement on cross-border trucking, was signed by Kenyan Transport "
              "Minister Daniel Otieno and Tanzanian Transport Minister Halima Mrisho. It sets common axle "
              "limits for lorries. It will be valid for seven years.\n\nThe second, a memorandum of "
              "understanding on tourism promotion, was signed by the two tourism ministers.\n\nThe third, a "
              "letter of intent on veterinary training, provides for joint courses for inspectors. It was "
              "signed by the heads of both veterinary services, Peter Kamau and Asha Juma.")
    by_name = {a["name"]: a for a in out["agreements"]}
    assert set(by_name) == {"agreement on cross-border trucking",
                            "memorandum of understanding on tourism promotion",
                            "letter of intent on veterinary training"}
    for a in by_name.values():
        assert a["status"] == "signed"
        assert a["date"] == "2025-04-16" and set(a["parties"]) == {"Kenya", "Tanzania"}
        assert a["place"] == "Arusha"
    assert by_name["agreement on cross-border trucking"]["duration_years"] == 7
    assert set(by_name["letter of intent on veterinary training"]["signatories"]) == {"Peter Kamau", "Asha Juma"}
    assert by_name["letter of intent on veterinary training"]["duration_years"] is None


def test_an_ordinal_without_a_counted_signing_before_it_is_no_signed_agreement():
    out = run("Officials discussed several proposals. The first, an agreement on river dredging, provides "
              "for joint surveys. It was drafted by experts.")
    assert [a for a in out["agreements"] if a["status"] == "signed"] == []


def test_an_armed_group_party_named_by_its_acronym_is_kept_by_the_full_name_the_article_gives():
    a = _one(" date 2025-06-02 The government of Chad and the Movement for Justice of the Sahel (MJS), an "
             "armed group, signed a ceasefire agreement in Doha on Sunday.\n\nThe agreement was signed for "
             "the Chadian government by Interior Minister Idriss Mahamat and for the MJS by its leader, "
             "Abakar Saleh Tom.")
    assert set(a["parties"]) == {"Chad", "Movement for Justice of the Sahel"}
    # an acronym the article never spells out stays as it is
    b = _one("Chad and the MJS signed a ceasefire agreement in Doha on Sunday.")
    assert "Movement for Justice of the Sahel" not in b["parties"]


def test_a_tuareg_ag_name_is_one_signatory():
    a = _one("The deal was signed in Algiers by the movement's secretary-general, Sidi ag Mahmoud, and "
             "Interior Minister Amadou Issoufou.")
    assert "Sidi ag Mahmoud" in a["signatories"] and "Mahmoud" not in a["signatories"]


def test_decades_a_half_century_and_a_time_since_an_event():
    assert _one("Chile and Peru signed a decade-long fisheries agreement in Lima on Monday.")["duration_years"] == 10
    assert _one("Chile and Peru signed a fisheries agreement in Lima on Monday. The agreement will remain in "
                "force for half a century.")["duration_years"] == 50
    assert _one("Chile and Peru signed a fisheries agreement in Lima on Monday, forty years after the "
                "war.")["duration_years"] is None


# --- agrfields4: fields on unseen copy ---

def test_duration_with_figures_repeated_in_brackets():
    a = _one_signed(" date 2025-05-02 Chile and Peru signed a memorandum of understanding on fisheries "
                    "cooperation on Friday. The memorandum is valid for a period of seven (7) years.")
    assert a["duration_years"] == 7


def test_venue_district_city_chain_gives_the_city():
    a = _one_signed(" date 2025-05-02 Defence Minister Petra Voss of Norway and Defence Minister Ana Ruiz "
                    "of Chile signed a Naval Cooperation Agreement at the Naval Training Centre, Solvika, "
                    "Bergen.")
    assert a["place"] == "Bergen"


def test_venue_city_country_chain_keeps_the_city():
    a = _one_signed(" date 2025-05-02 Chile and Peru signed a fisheries agreement at State House, "
                    "Arequipa, Peru, on Friday.")
    assert a["place"] == "Arequipa"


def test_signing_said_as_proceeding_to_the_signature():
    a = _one_signed(" date 2025-05-02 Defence Minister Petra Voss of Norway and the Minister of Defence of "
                    "Chile, General Ana Ruiz, proceeded on Friday, at the ministry in Oslo, to the "
                    "signature of a defence cooperation agreement.")
    assert set(a["signatories"]) == {"Petra Voss", "Ana Ruiz"}


def test_two_presidents_signed_are_the_two_presidents_named():
    out = run(" date 2025-05-02 President of Chile, Tomas Arriaga, held talks with President of Peru, "
              "Lucia Benavente, in Lima. The two presidents signed a joint declaration on border "
              "cooperation.")
    (a,) = out["agreements"]
    assert set(a["signatories"]) == {"Tomas Arriaga", "Lucia Benavente"}
    assert "signatories:plural_office" in a["rule"]


def test_plural_office_needs_exactly_two_holders_of_two_states():
    out = run(" date 2025-05-02 Foreign Minister Tomas Arriaga of Chile met Foreign Minister Lucia "
              "Benavente of Peru and Foreign Minister Petra Voss of Norway. The two foreign ministers "
              "signed a memorandum on consular cooperation.")
    (a,) = out["agreements"]
    assert a["signatories"] == []


def test_vice_president_is_not_one_of_the_two_presidents():
    out = run(" date 2025-05-02 President Tomas Arriaga of Chile met Vice President Lucia Benavente of "
              "Peru in Lima. The two presidents signed a joint declaration on trade.")
    (a,) = out["agreements"]
    assert a["signatories"] == []


def test_signing_ceremony_and_signed_the_document_in_the_next_sentences():
    a = _one_signed(" date 2025-05-02 Chile and Peru have signed a Fisheries Cooperation Agreement. The "
                    "signing ceremony took place at the Naval Academy in Arica. Chilean Defence Minister "
                    "Petra Voss and Peruvian Foreign Minister Ana Ruiz signed the document.")
    assert a["place"] == "Arica"
    assert set(a["signatories"]) == {"Petra Voss", "Ana Ruiz"}


def test_signed_the_document_far_away_is_not_this_signing():
    out = run(" date 2025-05-02 Chile and Peru have signed a Fisheries Cooperation Agreement. Talks went "
              "on for hours. Officials met the press. Years ago, Petra Voss and Ana Ruiz signed the "
              "text.")
    (a,) = out["agreements"]
    assert a["signatories"] == []


def test_declaration_adopted_at_a_summit_takes_the_summit_city():
    out = run(" date 2025-05-02 Andean leaders adopt Cusco Charter at end of summit\n\n"
              "Leaders of the Andean Community ended their two-day summit in the Peruvian capital, "
              "Lima, on Friday. The leaders discussed trade and migration.")
    (a,) = [g for g in out["agreements"] if g["status"] == "signed"]
    assert a["place"] == "Lima"


def test_summit_places_that_disagree_give_no_place():
    out = run(" date 2025-05-02 Andean leaders adopt Cusco Charter at end of summit\n\n"
              "Leaders of the Andean Community ended their summit in the Peruvian capital, Lima. A "
              "summit in Quito is planned for next year.")
    (a,) = [g for g in out["agreements"] if g["status"] == "signed"]
    assert a["place"] is None


def test_also_after_a_lead_with_the_same_subject_takes_the_lead_city():
    out = run(" date 2025-05-02 EU ministers agreed in Tallinn on Friday to expand joint air policing.\n\n"
              "The decision follows months of debate.\n\nFour jets will rotate every quarter.\n\n"
              "Costs will be shared.\n\nCrews will train together.\n\n"
              "EU ministers also reached an agreement on sharing radar data with partners.")
    (a,) = out["agreements"]
    assert a["place"] == "Tallinn"


def test_quoted_text_opening_gives_date_and_place():
    out = run(" date 2025-05-20 Chile and Peru end border row\n\n"
              "The following is the Joint Declaration of Arica between Chile and Peru, as issued after "
              "the talks:\n\n"
              "On Wednesday 14 May 2025, in Arica, the delegations of Chile and Peru met to discuss "
              "the border.\n\nThe two sides agreed to keep talking.")
    (a,) = [g for g in out["agreements"] if g["name"].startswith("Joint Declaration")]
    assert a["date"] == "2025-05-14" and a["place"] == "Arica"


def test_an_on_sentence_without_a_text_cue_is_not_the_opening():
    out = run(" date 2025-05-20 Chile and Peru adopted the Joint Declaration of Arica.\n\n"
              "On Wednesday 14 May 2025, in Tacna, fishermen protested.")
    (a,) = out["agreements"]
    assert a["place"] != "Tacna" and a["date"] != "2025-05-14"


def test_two_foreign_ministers_with_state_from_title_and_the_talks_day_and_city():
    out = run(" date 2025-05-16 Chilean Foreign Minister Tomas Arriaga held talks in Santiago on Thursday "
              "with Peruvian Deputy Prime Minister and Foreign Minister Lucia Benavente.\n\n"
              "Arriaga praised the neighbours' ties.\n\n"
              "After the talks, the two foreign ministers signed a Memorandum of Understanding on "
              "Consular Cooperation.")
    (a,) = out["agreements"]
    assert set(a["signatories"]) == {"Tomas Arriaga", "Lucia Benavente"}
    assert set(a["parties"]) == {"Chile", "Peru"}
    assert a["date"] == "2025-05-15" and a["place"] == "Santiago"


def test_pair_of_states_opening_the_sentence_before_the_signing():
    a = _one_signed(" date 2025-05-02 The Republic of Chile and the Republic of Peru have given a new "
                    "impulse to their naval ties. The Minister of Defence, Mr. Tomas Arriaga, and the "
                    "Minister of Defence of Peru, General Lucia Benavente, proceeded this Friday to the "
                    "signature of a framework agreement of cooperation in naval training.")
    assert set(a["parties"]) == {"Chile", "Peru"}
    assert set(a["signatories"]) == {"Tomas Arriaga", "Lucia Benavente"}


def test_pair_before_the_signing_needs_a_signer_of_one_of_its_states():
    a = _one_signed(" date 2025-05-02 Chile and Bolivia have traded accusations for weeks. The Minister of "
                    "Defence, Mr. Tomas Arriaga, and the Minister of Defence of Peru, General Lucia "
                    "Benavente, proceeded this Friday to the signature of a framework agreement.")
    assert "Bolivia" not in a["parties"]


def test_joint_communique_parties_are_the_two_sides_that_met_in_its_city():
    out = run(" date 2025-05-20 Chilean President Tomas Arriaga and Peruvian Foreign Minister Lucia "
              "Benavente met in the Ecuadorian capital city of Quito to defuse the border row.\n\n"
              "According to a joint communique reached in Quito, patrols will be withdrawn by June.")
    (a,) = out["agreements"]
    assert a["place"] == "Quito"
    assert set(a["parties"]) == {"Chile", "Peru"} and "meeting_sides" in a["rule"]


def test_meeting_in_another_city_gives_no_communique_parties():
    out = run(" date 2025-05-20 Chilean President Tomas Arriaga and Peruvian Foreign Minister Lucia "
              "Benavente met in Lima last year.\n\n"
              "According to a joint communique reached in Quito, patrols will be withdrawn by June.")
    (a,) = out["agreements"]
    assert a["parties"] == []

# -- agr4: which agreements an article reports (issue 11) --

def test_a_contract_named_by_what_it_is_for_past_its_price_and_counterparty():
    out = run(" date 2025-06-12 Estonia's defence ministry has signed a contract worth €640 million "
              "($700 million) with Danish shipbuilder Halvard Marine A/S for four coastal patrol vessels, "
              "the ministry said on Wednesday.")
    names = [a["name"] for a in out["agreements"]]
    assert names == ["contract for four coastal patrol vessels"]


def test_a_contract_with_a_company_for_a_purpose_without_a_price():
    out = run("Latvia signed a contract with a Swedish optics maker for night-vision goggles on Monday.")
    assert [a["name"] for a in out["agreements"]] == ["contract for night-vision goggles"]
    # a company named right after "with" keeps naming it (the counterparty rule comes first)
    out = run("Latvia signed a contract with Norrland Optics for night-vision goggles on Monday.")
    assert [a["name"] for a in out["agreements"]] == ["contract with Norrland Optics"]


def test_a_separate_agreement_signed_the_same_day_is_its_own_agreement_on_that_day():
    out = run(" date 2025-06-12 The contract was signed in Tallinn on Tuesday by Halvard Marine chief "
              "Petra Voss and state secretary Jaan Kask. Under a separate industrial cooperation agreement "
              "signed the same day between Halvard Marine and the state shipyard Loode, hulls will be "
              "fitted out in Paldiski. The agreement runs for ten years.")
    by_name = {a["name"]: a for a in out["agreements"]}
    assert "separate industrial cooperation agreement" in by_name
    contract = next(a for n, a in by_name.items() if "contract" in n)
    assert "agreement" not in contract["aliases"]           # never merged into the contract
    assert by_name["separate industrial cooperation agreement"]["date"] == contract["date"] == "2025-06-10"


def test_an_agreement_extending_a_named_partnership_is_named_by_it():
    out = run("Fiji and New Zealand yesterday signed an agreement extending the Fiji-New Zealand Maritime "
              "Surveillance Partnership for a further three years.\n\nThe original surveillance "
              "partnership arrangement was signed in 2016. The bilateral defence treaty between the two "
              "countries, signed in the same year, remains in force.")
    names = [a["name"] for a in out["agreements"]]
    ext = [a for a in out["agreements"] if a["name"].startswith("agreement extending")]
    assert len(ext) == 1
    assert ext[0]["name"] == "agreement extending the Fiji-New Zealand Maritime Surveillance Partnership"
    # the arrangement it extends and the old treaty are other agreements, never its aliases
    assert not any("treaty" in x or "original" in x for x in ext[0]["aliases"])
    assert len(names) == len(set(names))


def test_a_joint_statement_the_article_quotes_from_was_issued():
    out = run("In a joint statement, Chile and Peru urged both armed groups to return to talks. "
              "The statement added that aid convoys must be allowed through.")
    (a,) = out["agreements"]
    assert a["name"] == "joint statement"
    assert a["status"] == "signed"


def test_a_joint_statement_only_planned_is_not_issued():
    out = run("Chile and Peru will issue a joint statement after the talks, officials said.")
    assert all(a["status"] != "signed" for a in out["agreements"])


def test_a_capitals_headline_repeats_the_body_agreement():
    out = run("MINISTRY OF FOREIGN AFFAIRS\n\nCHILE AND PERU SIGN MEMORANDUM OF UNDERSTANDING ON FISHERIES\n\n"
              "Lima, 4 May 2025 - Foreign Minister Petra Voss and her Peruvian counterpart Jaan Kask on "
              "Friday signed a Memorandum of Understanding on Fisheries Data Exchange.")
    (a,) = out["agreements"]
    assert a["name"] == "Memorandum of Understanding on Fisheries Data Exchange"


def test_capitals_headline_with_two_body_agreements_of_its_kind_joins_neither():
    out = run("CHILE AND PERU SIGN MEMORANDUM OF UNDERSTANDING\n\nChile and Peru on Friday signed a "
              "Memorandum of Understanding on Fisheries Data and a Memorandum of Understanding on Port "
              "Security.")
    body = [a for a in out["agreements"] if not a["name"].isupper()]
    assert {a["name"] for a in body} == {"Memorandum of Understanding on Fisheries Data",
                                         "Memorandum of Understanding on Port Security"}
    assert not any("MEMORANDUM OF UNDERSTANDING" in a["aliases"] for a in body)


def test_an_agreement_the_parties_are_committed_to_is_not_reported_as_signed():
    out = run("Chile and Peru on Friday signed a Memorandum of Understanding on Fisheries Data. "
              "Speaking at the signing ceremony, Petra Voss said the text reaffirms the commitment of both "
              "governments to the Pacific Alliance protocol on ocean governance.")
    assert [a["name"] for a in out["agreements"] if a["status"] == "signed"] == [
        "Memorandum of Understanding on Fisheries Data"]


def test_two_sides_agreeing_to_an_exchange_is_an_agreement_named_by_it():
    out = run("Chile and Peru have agreed to swap 300 detainees each, following a meeting of delegations "
              "in Quito, envoy Petra Voss said.")
    (a,) = out["agreements"]
    assert a["name"] == "agreement to swap 300 detainees each"
    assert set(a["parties"]) == {"Chile", "Peru"}


def test_an_exchange_only_hoped_for_or_a_lone_speaker_agreeing_is_no_agreement():
    out = run("Chile and Peru would have agreed to swap 300 detainees if the talks had gone on.")
    assert out["agreements"] == []
    out = run("Petra Voss agreed to return the call on Monday.")
    assert out["agreements"] == []


def test_a_document_signed_by_ministers_is_an_agreement():
    out = run(" date 2025-02-10 The first two issues were addressed in a document signed by ministers on "
              "January 14, 2025, Jaan Kask said.")
    (a,) = out["agreements"]
    assert a["name"] == "document signed by ministers"
    assert a["date"] == "2025-01-14"


def test_a_call_on_the_parties_to_agree_to_a_ceasefire_is_no_signed_ceasefire():
    out = run("Chile and Peru call upon the parties to agree to and effectively implement a new ceasefire.")
    assert out["agreements"] == []


def test_both_sides_stand_for_the_two_states_named_beside_them():
    out = run("According to a joint statement, both sides reiterated the commitments made by the leaders of "
              "Chile and Peru at their meetings in Lima.")
    (a,) = out["agreements"]
    assert set(a["parties"]) == {"Chile", "Peru"}


def test_a_set_of_agreements_in_various_fields_is_one_record_with_the_two_states():
    out = run("Chile, Peru sign fisheries pact\n\nTwo countries also sign cooperation agreements in various "
              "fields.\n\nChile and Peru signed a fisheries pact on Monday in Lima, officials said.")
    names = {a["name"] for a in out["agreements"]}
    assert "cooperation agreements in various fields" in names
    bundle = next(a for a in out["agreements"] if a["name"] == "cooperation agreements in various fields")
    assert set(bundle["parties"]) == {"Chile", "Peru"}


def test_a_set_whose_items_follow_is_not_also_a_record():
    out = run("Chile and Peru signed agreements in various fields on Monday: an Agreement on Space "
              "Cooperation and a Memorandum of Understanding on Mining Research.")
    names = {a["name"] for a in out["agreements"]}
    assert "agreements in various fields" not in names
    assert {"Agreement on Space Cooperation", "Memorandum of Understanding on Mining Research"} <= names


def test_the_two_sides_are_the_states_of_the_delegations_named_before():
    out = run("Talks between Chilean and Peruvian delegations in Quito ended on Monday.\n\n"
              "Envoy Petra Voss said the two sides had agreed to exchange 300 detainees each.")
    (a,) = out["agreements"]
    assert a["name"] == "agreement to exchange 300 detainees each"
    assert set(a["parties"]) == {"Chile", "Peru"}


# -- agr5 --
def test_agreed_to_a_named_exchange_is_a_reached_agreement():
    out = run(" date 2025-06-06 Delegations met for three hours. As the main result of the talks, "
              "Chile and Peru agreed to a detainee swap involving 300 people from each side.")
    (a,) = out["agreements"]
    assert a["name"] == "agreement to a detainee swap involving 300 people"
    assert set(a["parties"]) == {"Chile", "Peru"}


def test_agreed_to_a_named_exchange_under_a_condition_is_not_signed():
    out = run("Chile and Peru would have agreed to a detainee swap if the talks had gone on.")
    assert all(a["status"] != "signed" for a in out["agreements"])


def test_confirmed_agreement_on_an_exchange_was_reached():
    out = run(" date 2025-06-06 Petra Voss, the head of the Chilean delegation, confirmed the agreement "
              "on a large detainee exchange between Chile and Peru.")
    (a,) = out["agreements"]
    assert a["name"] == "agreement on a large detainee exchange"
    assert a["status"] == "signed"
    assert set(a["parties"]) == {"Chile", "Peru"}


def test_capital_with_three_modifiers_is_the_place():
    out = run(" date 2025-06-06 Talks ended in the Kenyan coastal port capital Mombasa with agreement "
              "to end fighting between Ruvania and Estland. Ruvania and Estland signed a "
              "cessation of hostilities agreement on Friday.")
    places = {a["place"] for a in out["agreements"]}
    assert "Mombasa" in places


def test_second_reached_agreement_takes_the_lead_pair():
    out = run(" date 2025-06-06 Chile and Peru ended their talks in Quito on Friday.\n\n"
              "As the main result of the talks, Chile and Peru agreed to a detainee swap involving 300 people.\n\n"
              "The host, Ecuadorian minister Petra Voss, said the delegations of the two "
              "neighbours \"reached an initial agreement to meet again.\"")
    recs = {a["name"]: a for a in out["agreements"] if a["status"] == "signed"}
    again = next(a for n, a in recs.items() if "meet again" in n)
    assert set(again["parties"]) == {"Chile", "Peru"}
    assert "shared_article_subject" in again["rule"]


def test_lead_pair_is_not_lent_when_another_agreement_has_other_parties():
    out = run(" date 2025-06-06 Chile and Peru ended their talks in Quito on Friday.\n\n"
              "Chile and Peru agreed to a detainee swap involving 300 people.\n\n"
              "Separately, Bolivia and Paraguay signed a river transport agreement.\n\n"
              "The host said the delegations \"reached an initial agreement to meet again.\"")
    assert any(set(a["parties"]) == {"Bolivia", "Paraguay"} for a in out["agreements"])
    assert not any("shared_article_subject" in a["rule"] for a in out["agreements"])


def test_possessive_state_before_city_is_not_part_of_the_place():
    out = run(" date 2025-06-06 Chile and Peru signed a fisheries agreement in Ecuador's Quito on Friday.")
    (a,) = out["agreements"]
    assert a["place"] == "Quito"
