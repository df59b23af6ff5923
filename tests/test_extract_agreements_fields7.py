"""Agreement place, day and signatories from the scene and the article's lead (agrfld7), on
sentences written for these tests: positives and near-misses."""
from helpers import run


def _one(out: dict, word: str) -> dict:
    (a,) = [a for a in out["agreements"] if word in a["name"].lower()]
    return a


# --- a place inside the quoted text of the agreement is not where it was signed ---------------

def test_place_inside_the_quoted_statement_is_not_the_signing_place():
    out = run(" date 2025-04-09 Chilean envoy Petra Voss and Peruvian envoy Ivo Marek held a meeting "
              "in the United States on Tuesday to revive border talks.\n\n"
              "It lasted four hours. Reporters waited outside.\n\n"
              "A joint statement said: “The two sides recall what the leaders of Chile and Peru "
              "promised at their talks in Valparaiso on 3 March.”\n\n"
              "The meeting in Boston was chaired by host officials.")
    a = _one(out, "joint statement")
    assert a["place"] != "Valparaiso"
    assert a["place"] == "Boston"           # the lead's meeting, given its city later
    assert a["date"] == "2025-04-08"        # the lead's Tuesday, not the quoted 3 March


def test_place_inside_a_quote_that_tells_the_signing_still_counts():
    out = run(" date 2025-04-09 “We signed the fisheries agreement in Tallinn this morning,” "
              "Chile's minister Petra Voss told reporters, standing beside Peru's minister Ivo Marek.")
    assert _one(out, "fisheries")["place"] == "Tallinn"


# --- the city of the lead's meeting ------------------------------------------------------

def test_signing_without_place_takes_the_city_of_the_lead_visit():
    out = run("Chile, Peru sign fisheries declaration\n\n"
              "SANTIAGO (XX) – Chile and Peru signed a fisheries declaration Monday, officials "
              "said.\n\n"
              "Chilean President Ivo Marek, on a state visit to Peru, held talks with Peruvian "
              "President Petra Voss in the capital Lima.")
    a = _one(out, "fisheries declaration")
    assert a["place"] == "Lima"
    assert a["place"] != "Santiago"         # the dateline is where the story was filed


def test_dateline_city_alone_is_never_the_signing_place():
    out = run("SANTIAGO (XX) – Chile and Peru signed a fisheries declaration Monday, according to "
              "officials. The two presidents spoke warmly of each other.")
    assert _one(out, "fisheries declaration")["place"] is None


def test_lead_talks_city_carries_to_an_agreement_reported_later():
    out = run(" date 2025-05-16 Chilean and Peruvian delegations wrapped up the talks in Arica with "
              "a plan for a swap of detainees.\n\n"
              "Peru's envoy Petra Voss later confirmed the agreement on a detainee exchange between "
              "Chile and Peru.")
    assert _one(out, "exchange")["place"] == "Arica"


def test_recalled_old_signing_takes_no_place_from_the_lead():
    out = run(" date 2025-05-16 Chilean and Peruvian delegations wrapped up the talks in Arica with "
              "a plan for a swap of detainees.\n\n"
              "In 2019, Chile and Peru signed an agreement on a detainee exchange.")
    assert all(a["place"] != "Arica" for a in out["agreements"])


# --- the day of the lead -----------------------------------------------------------------

def test_day_of_the_lead_that_reports_the_sides_agreeing():
    out = run(" date 2025-07-24 Chile's Foreign Minister Ivo Marek and Peru's Foreign Minister Petra "
              "Voss agreed on Thursday to reopen embassies from August 7.\n\n"
              "The joint declaration, signed by both sides, commits the two countries to review all "
              "border issues.")
    a = _one(out, "declaration")
    assert a["date"] == "2025-07-24"        # Thursday, not the August 7 it agreed on
    assert set(a["signatories"]) == {"Ivo Marek", "Petra Voss"}


def test_lead_meeting_day_carries_when_the_agreement_has_none():
    out = run(" date 2025-05-16 Chilean and Peruvian negotiators ended two days of talks in Peru's "
              "Arequipa on Friday with a plan to meet again in June.\n\n"
              "Under the plan, Chile and Peru agreed to a prisoner exchange of 200 detainees each.")
    a = _one(out, "exchange")
    assert a["date"] == "2025-05-16"
    assert a["place"] == "Arequipa"


def test_agreement_dated_another_time_keeps_no_lead_day():
    out = run(" date 2025-05-16 Delegations of Chile and Peru concluded their meeting on Friday.\n\n"
              "Chile and Peru signed a fisheries agreement last month, officials recalled.")
    agreements = [a for a in out["agreements"] if "fisheries" in a["name"].lower()]
    assert all(a["date"] != "2025-05-16" for a in agreements)


def test_lead_of_other_sides_gives_no_day():
    out = run(" date 2025-05-16 Delegations of Chile and Bolivia met on Friday in La Paz.\n\n"
              "Separately, Peru and Ecuador signed a fisheries agreement, officials said.")
    assert _one(out, "fisheries")["date"] is None


# --- a venue by a city's feature ---------------------------------------------------------

def test_venue_along_a_city_coastline_is_the_city():
    out = run("At a seaside hotel on Valparaiso's waterfront, Ivo Marek grinned and shook hands with "
              "rebel commander Petra Voss before the cameras.\n\n"
              "\"Today we signed a peace agreement with the rebels,\" Marek, Chile's envoy, posted "
              "that evening.")
    a = _one(out, "agreement")
    assert a["place"] == "Valparaiso"
    assert set(a["signatories"]) == {"Ivo Marek", "Petra Voss"}


def test_shelling_on_a_city_outskirts_is_no_venue():
    out = run("Shelling hit homes on Arica's outskirts on Monday. Chile and Peru signed a fisheries "
              "agreement, officials said.")
    assert _one(out, "fisheries")["place"] is None


def test_handshake_of_people_who_did_not_sign_adds_no_signatory():
    out = run("Ivo Marek shook hands with Petra Voss at the reception. Chile and Peru signed a "
              "fisheries agreement on Monday, officials said.")
    assert _one(out, "fisheries")["signatories"] == []


# --- a place in the agreement's name ------------------------------------------------------

def test_place_in_the_name_when_the_name_honours_the_venue():
    out = run("The presidents of Chile and Peru pledged on Thursday to settle their border dispute "
              "in court.\n\n"
              "The text, called the Declaration of Bellavista after the venue of the talks, was "
              "signed by both presidents.")
    assert _one(out, "bellavista")["place"] == "Bellavista"


def test_place_in_the_name_alone_is_not_the_signing_place():
    out = run("Chile and Peru signed the Bellavista Accord on Monday after talks in Lima.")
    assert _one(out, "bellavista")["place"] == "Lima"


def test_place_in_the_name_of_an_old_agreement_from_todays_talks_is_no_place():
    out = run(" date 2025-05-16 Talks in Bellavista ended on Friday. The Bellavista Accord, signed "
              "by Chile and Peru in 1998, was mentioned.")
    for a in out["agreements"]:
        assert a["place"] != "Bellavista"


# --- "signed by ministers": the sides of the sentence before --------------------------------

def test_sides_agent_takes_the_pair_the_sentence_before_makes_its_subject():
    out = run("Envoy Petra Voss said that Chile and Peru share two disputes over fishing grounds. The "
              "first was settled in a protocol signed by ministers on March 3, 2024, while the second "
              "remains open.")
    assert set(_one(out, "protocol")["parties"]) == {"Chile", "Peru"}


def test_sides_agent_does_not_reach_into_another_paragraph():
    out = run("Envoy Petra Voss said that Chile and Peru share two disputes over fishing grounds.\n\n"
              "The first was settled in a protocol signed by ministers on March 3, 2024, while the "
              "second remains open.")
    assert _one(out, "protocol")["parties"] == []


def test_sides_agent_after_a_sentence_about_something_else_takes_no_pair():
    out = run("Envoy Petra Voss said that fishing crews face two disputes over their grounds. The first "
              "was settled in a protocol signed by ministers on March 3, 2024.")
    assert _one(out, "protocol")["parties"] == []


def test_quote_that_names_the_signature_keeps_its_day():
    out = run(" date 2025-03-14 Chile and Peru signed a fisheries accord, officials said.\n\n"
              "\"The signature of the fisheries accord today opens a new chapter,\" Petra Voss said.")
    assert _one(out, "fisheries")["date"] == "2025-03-14"



def test_handshake_with_the_host_adds_no_signatory():
    out = run("At a seaside hotel on Valparaiso's waterfront, Ivo Marek grinned and shook hands with the "
              "mediator Petra Voss before the cameras.\n\n"
              "\"Today we signed a peace agreement with the rebels,\" Marek, Chile's envoy, posted "
              "that evening.")
    a = _one(out, "agreement")
    assert a["signatories"] == ["Ivo Marek"]


# --- a statement is dated by the day it was issued ------------------------------------------

def test_statement_dated_by_the_day_it_was_issued():
    out = run(" date 2025-02-09 Talks between the two armies stalled last week.\n\n"
              "In a statement today, the mediators say both delegations remain in the city. The "
              "Chile-Peru joint statement says the talks will resume within a month.")
    assert _one(out, "joint statement")["date"] == "2025-02-09"


def test_statement_without_an_issuing_day_gets_none():
    out = run(" date 2025-02-09 Talks between the two armies stalled last week.\n\n"
              "The mediators say both delegations remain in the city. The Chile-Peru joint "
              "statement says the talks will resume within a month.")
    assert _one(out, "joint statement")["date"] is None


def test_a_day_inside_another_bodys_statement_does_not_date_the_joint_statement():
    out = run(" date 2025-02-09 In a joint statement, Chile and Peru urged both armies to talk.\n\n"
              "The army said in a statement posted online: \"Our delegation left this evening (Friday).\"")
    assert _one(out, "joint statement")["date"] != "2025-02-07"
