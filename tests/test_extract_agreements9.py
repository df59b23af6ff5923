"""Agreement terms, signers and headline names (agr9), on sentences written for these tests:
positives and near-misses."""
from helpers import run


def _one(out: dict, word: str) -> dict:
    (a,) = [a for a in out["agreements"] if word in a["name"].lower()]
    return a


# --- a renewal's term -------------------------------------------------------------------------

def test_term_of_a_next_sentence_that_extends_for_another_years():
    out = run(" date 2025-03-07 Chile and Peru on Thursday signed an agreement on river policing in Lima.\n\n"
              "The agreement was signed by Chilean Minister Ivo Marek and Peruvian Minister Petra Voss. "
              "It extends the joint river patrols begun in 2012 for another six years and adds customs checks.")
    assert _one(out, "river policing")["duration_years"] == 6


def test_a_next_sentence_that_extends_something_without_a_term_gives_none():
    out = run(" date 2025-03-07 Chile and Peru on Thursday signed an agreement on river policing in Lima.\n\n"
              "The agreement was signed by Chilean Minister Ivo Marek and Peruvian Minister Petra Voss. "
              "It extends the joint river patrols begun in 2012 to the lakes.")
    assert _one(out, "river policing")["duration_years"] is None


def test_term_of_it_is_renewed_for_a_period_of_years():
    out = run(" date 2025-03-07 The two ministers proceeded to the signing of the renewal of the agreement "
              "on fisheries control between Chile and Peru.\n\n"
              "The text was signed by Minister Ivo Marek and by Minister Petra Voss. "
              "It is renewed for a period of seven years and covers catch reporting.")
    assert _one(out, "fisheries")["duration_years"] == 7


# --- a headline's "renew their agreement for five more years" ----------------------------------

def test_headline_term_is_not_the_agreements_name():
    out = run(" date 2025-03-07 Lima and Santiago renew their agreement for five more years\n\n"
              "Chile and Peru on Thursday signed the renewal of the agreement on fisheries control "
              "in Lima.")
    names = [a["name"].lower() for a in out["agreements"]]
    assert not any("more years" in n for n in names)
    assert _one(out, "fisheries")["duration_years"] == 5


def test_headline_agreement_for_a_topic_keeps_its_topic():
    out = run(" date 2025-03-07 Lima and Santiago renew their agreement for joint fisheries patrols\n\n"
              "Chile and Peru on Thursday signed the renewal of the agreement on fisheries control in Lima.")
    assert any("for joint fisheries patrols" in a["name"].lower() for a in out["agreements"])


# --- "The document, called the "...", was signed by X and his counterpart, Y" -----------------

def test_signers_after_a_document_whose_title_is_set_off():
    out = run(" date 2025-03-07 The foreign ministers of Chile and Peru signed on Friday in Arica a "
              "binational agreement on river security.\n\n"
              "The document, called the \"Pacto de Arica para los Ríos\", was signed by Chilean Foreign "
              "Minister Ivo Marek and his Peruvian counterpart, Petra Voss, in a ceremony at the port. "
              "It will be in force for three years.")
    a = _one(out, "river security")
    assert sorted(a["signatories"]) == ["Ivo Marek", "Petra Voss"]
    assert a["duration_years"] == 3


def test_a_titled_document_praised_by_people_has_no_signers():
    out = run(" date 2025-03-07 The foreign ministers of Chile and Peru signed on Friday in Arica a "
              "binational agreement on river security.\n\n"
              "The document, called the \"Pacto de Arica para los Ríos\", was praised by Chilean Foreign "
              "Minister Ivo Marek and his Peruvian counterpart, Petra Voss, at a dinner.")
    assert _one(out, "river security")["signatories"] == []


# --- a joint statement told after the signing is the two sides' own text ------------------------

_SIGNED = (" date 2025-03-07 Chile and Peru on Thursday signed a new fisheries control agreement in Arica.\n\n"
           "The agreement was signed by Chilean Minister Ivo Marek and Peruvian Minister Petra Voss.\n\n")


def test_a_later_joint_statement_is_an_agreement_of_its_own():
    out = run(_SIGNED + "In a joint statement, Chile and Peru said they \"remain committed to open seas.\" "
              "The two governments also \"reaffirmed the rule of law at sea,\" the joint statement read.\n\n"
              "Marek said the pact was \"a sign of trust\".")
    main = _one(out, "fisheries")
    assert not any("statement" in x for x in main["aliases"])
    assert "pact" in main["aliases"]            # a later "the pact" still stands for the signed one
    st = _one(out, "joint statement")
    assert sorted(st["parties"]) == ["Chile", "Peru"] and st["signatories"] == []


def test_a_joint_statement_in_the_signing_sentence_is_not_split_off():
    out = run(" date 2025-03-07 Chile and Peru on Thursday signed a new fisheries control agreement in "
              "Arica and said in a joint statement that they \"remain committed to open seas.\"")
    assert len(out["agreements"]) == 1


def test_a_joint_agreement_and_a_later_joint_statement_stay_one_text():
    out = run(" date 2025-03-07 The two presidents signed a joint agreement on the expansion of relations "
              "in Arica.\n\nAt a briefing, the presidents said in a joint statement that they "
              "\"remain committed to open seas.\"")
    assert len(out["agreements"]) == 1


# --- a signing at a venue naming no city: the caps dateline's city -------------------------------

def test_venue_without_city_takes_the_caps_datelines_city():
    out = run(" date 2025-03-07 Chile, Peru sign fisheries pact\n\nBy Ana Ruiz | March 7, 2025\n\n"
              "PUERTO MONTT, Chile — Chile and Peru on Thursday signed a new fisheries control agreement "
              "that lets their navies share tracking data along the whole coast.\n\n"
              "Chilean Minister Ivo Marek and Peruvian Minister Petra Voss signed the agreement at the "
              "Southern Naval Command headquarters after two days of talks.")
    assert _one(out, "fisheries")["place"] == "Puerto Montt"


def test_a_venue_in_a_named_city_is_not_the_datelines():
    out = run(" date 2025-03-07 Chile, Peru sign fisheries pact\n\nBy Ana Ruiz | March 7, 2025\n\n"
              "PUERTO MONTT, Chile — Chile and Peru on Thursday signed a new fisheries control agreement "
              "that lets their navies share tracking data along the whole coast.\n\n"
              "Chilean Minister Ivo Marek and Peruvian Minister Petra Voss signed the agreement at the "
              "naval headquarters in Arica after two days of talks.")
    assert _one(out, "fisheries")["place"] != "Puerto Montt"


def test_no_venue_no_dateline_place():
    out = run(" date 2025-03-07 Chile, Peru sign fisheries pact\n\nBy Ana Ruiz | March 7, 2025\n\n"
              "PUERTO MONTT, Chile — Chile and Peru on Thursday signed a new fisheries control agreement "
              "that lets their navies share tracking data along the whole coast.\n\n"
              "Chilean Minister Ivo Marek and Peruvian Minister Petra Voss signed the agreement after "
              "two days of talks.")
    assert _one(out, "fisheries")["place"] is None


# --- "received ... on Tuesday ... At the end of the audience, ... proceeded to the signing" -------

def test_signing_at_the_end_of_an_audience_has_the_audiences_day():
    out = run(" date 2025-03-07 President Ana Ruiz received in audience on Tuesday a Peruvian delegation "
              "led by the Minister of Defence, General Petra Voss. At the end of the audience, the two "
              "parties proceeded to the signing of the agreement on border security cooperation "
              "between Chile and Peru.")
    assert _one(out, "border security")["date"] == "2025-03-04"


def test_signing_at_the_end_of_a_lecture_is_no_occasion():
    out = run(" date 2025-03-07 President Ana Ruiz received in audience on Tuesday a Peruvian delegation "
              "led by the Minister of Defence, General Petra Voss. At the end of the lecture, the two "
              "parties proceeded to the signing of the agreement on border security cooperation "
              "between Chile and Peru.")
    assert _one(out, "border security")["date"] is None


# --- "put their names to" ---------------------------------------------------------------------

def test_put_their_names_to_is_a_signing():
    out = run(" date 2025-03-07 Chilean Minister Ivo Marek and his Peruvian counterpart, Petra Voss, put "
              "their names to a Fisheries Cooperation Agreement in Lima on Thursday.")
    a = _one(out, "fisheries")
    assert a["place"] == "Lima"
    assert sorted(a["signatories"]) == ["Ivo Marek", "Petra Voss"]


def test_names_put_to_a_petition_sign_no_agreement():
    out = run(" date 2025-03-07 Fishermen put their names to a petition in Lima on Thursday. The "
              "Fisheries Cooperation Agreement between Chile and Peru is still under discussion.")
    assert all(a["signatories"] == [] for a in out["agreements"])


# --- a declaration's place: not last year's city; the summit's capital in its name ----------------

def test_city_of_last_years_meeting_is_not_the_place():
    out = run(" date 2025-07-08 Alliance leaders closed a summit on Wednesday by adopting a declaration "
              "that brings forward the spending goal agreed in Valletta last year.")
    assert all(a["place"] != "Valletta" for a in out["agreements"])


def test_city_of_this_meeting_is_the_place():
    out = run(" date 2025-07-08 Alliance leaders on Wednesday adopted a declaration agreed in Valletta "
              "after two days of talks.")
    assert any(a["place"] == "Valletta" for a in out["agreements"])


def test_summit_declaration_named_after_the_capital_the_summit_met_in():
    out = run(" date 2025-07-08 Alliance leaders wrapped up a two-day summit in the Norwegian capital on "
              "Wednesday by adopting a declaration on spending.\n\n"
              "The Oslo Summit Declaration, agreed by all allies, sets a new goal.")
    assert _one(out, "oslo")["place"] == "Oslo"


def test_summit_declaration_named_after_another_capital_gets_no_place_from_it():
    out = run(" date 2025-07-08 Alliance leaders wrapped up a two-day summit in the Irish capital on "
              "Wednesday by adopting a declaration on spending.\n\n"
              "The Oslo Summit Declaration, agreed by all allies, sets a new goal.")
    assert _one(out, "oslo")["place"] != "Oslo"


# --- "NATO leaders wrapped up a summit by adopting a declaration": the bloc is its party ----------

def test_bloc_whose_leaders_held_the_summit_is_the_declarations_party():
    out = run(" date 2025-07-08 OSCE leaders wrapped up a two-day summit in Oslo on Wednesday by adopting "
              "a declaration on spending.\n\nThe Oslo Summit Declaration, agreed by all members, sets a new goal.")
    assert _one(out, "oslo")["parties"] == ["OSCE"]


def test_leaders_of_a_state_at_a_summit_are_no_bloc():
    out = run(" date 2025-07-08 Norwegian leaders wrapped up a two-day summit in Oslo on Wednesday by adopting "
              "a declaration on spending.\n\nThe Oslo Summit Declaration, agreed by all members, sets a new goal.")
    assert _one(out, "oslo")["parties"] in ([], ["Norway"])


# --- "On the margins of the summit": the summit's city, from the dateline -----------------------

_SUMMIT_LEAD = ("OSLO, July 8 – Alliance leaders wrapped up a two-day summit in the {adj} capital on Wednesday "
                "with a statement on spending.\n\n")


def test_signing_on_the_margins_of_the_summit_is_in_its_city():
    out = run(" date 2025-07-08 Leaders close summit\n\n" + _SUMMIT_LEAD.format(adj="Norwegian") +
              "On the margins of the summit, defence ministers of Chile and Peru signed a memorandum of "
              "understanding on the joint purchase of radars.")
    assert _one(out, "radars")["place"] == "Oslo"


def test_a_summit_in_another_capital_gives_the_dateline_no_say():
    out = run(" date 2025-07-08 Leaders close summit\n\n" + _SUMMIT_LEAD.format(adj="Danish") +
              "On the margins of the summit, defence ministers of Chile and Peru signed a memorandum of "
              "understanding on the joint purchase of radars.")
    assert _one(out, "radars")["place"] != "Oslo"


# --- an unnamed agreement: the headline's words name it; a separate memorandum stays apart --------

_BODY = ("Chile and Peru will pool patrols to guard the undersea cables of the bay under an agreement "
         "signed in Arica on Wednesday.\n\nChilean Minister Ivo Marek and his Peruvian counterpart Petra "
         "Voss signed the agreement aboard a patrol ship.\n\n"
         "A separate memorandum on the joint purchase of sea mines, signed by the two countries in 2021, "
         "remains in force.")


def test_headline_deal_on_a_topic_names_the_unnamed_agreement():
    out = run(" date 2025-03-07 Chile, Peru sign deal on joint protection of undersea cables\n\n" + _BODY)
    (a,) = [a for a in out["agreements"] if "Ivo Marek" in a["signatories"]]
    assert "deal on joint protection of undersea cables" in a["aliases"]
    assert not any("memorandum" in x for x in a["aliases"])


def test_headline_deal_on_a_topic_is_no_alias_of_a_protocol():
    out = run(" date 2025-03-07 Chile, Peru sign deal on joint protection of undersea cables\n\n" + _BODY +
              "\n\nThe two ministers also signed a customs protocol in Arica on Wednesday.")
    assert not any("deal on joint protection of undersea cables" in a["aliases"] for a in out["agreements"])


def test_headline_bare_deal_makes_no_name():
    out = run(" date 2025-03-07 Chile, Peru sign deal\n\n" + _BODY)
    assert not any(a["name"].lower().startswith("deal") for a in out["agreements"])


def test_a_separate_memorandum_told_later_is_not_the_signed_agreement():
    out = run(" date 2025-03-07 Cable protection\n\n" + _BODY)
    signed = [a for a in out["agreements"] if "Ivo Marek" in a["signatories"]]
    assert len(signed) == 1 and not any("memorandum" in x for x in signed[0]["aliases"])


# --- a readout: "X hosted Y ... During the visit, the two leaders signed" ------------------------

_READOUT = (" date 2025-03-07 Readout\n\nChilean Minister of Defence Ivo Marek hosted Peruvian Minister of "
            "Defence Petra Voss at the ministry today. The two discussed security along the borders of "
            "Bolivia and Argentina.\n\nDuring the visit, the two leaders {verb} a Fisheries Cooperation "
            "Agreement.")


def test_the_two_leaders_of_the_hosted_visit_signed():
    a = _one(run(_READOUT.format(verb="signed")), "fisheries")
    assert sorted(a["signatories"]) == ["Ivo Marek", "Petra Voss"]


def test_states_named_for_their_borders_are_no_parties():
    a = _one(run(_READOUT.format(verb="signed")), "fisheries")
    assert "Bolivia" not in a["parties"] and "Argentina" not in a["parties"]


def test_the_two_leaders_who_praised_it_are_no_signers():
    out = run(_READOUT.format(verb="praised").replace("a Fisheries", "the signed Fisheries"))
    assert all(a["signatories"] == [] for a in out["agreements"])


# --- "Thursday's ceremony in X was the moment ... put their names to" ----------------------------

def test_day_of_the_ceremony_told_just_before_the_signing():
    out = run(" date 2025-03-07 Analysis\n\nThursday's ceremony in Lima was the moment both had waited for.\n\n"
              "Chilean Minister Ivo Marek and his Peruvian counterpart, Petra Voss, put their names to a "
              "Fisheries Cooperation Agreement.")
    assert _one(out, "fisheries")["date"] == "2025-03-06"


def test_a_ceremony_told_long_before_gives_no_day():
    out = run(" date 2025-03-07 Analysis\n\nThursday's ceremony in Lima was the moment both had waited for. "
              "Fishermen watched. Traders watched. Sailors watched.\n\n"
              "Chilean Minister Ivo Marek and his Peruvian counterpart, Petra Voss, put their names to a "
              "Fisheries Cooperation Agreement.")
    assert _one(out, "fisheries")["date"] is None
