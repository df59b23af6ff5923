"""Declarations, communiques, programmes and packages of documents that a meeting concluded
(issue 11), on sentences written for these tests; and the near misses that stay out."""
from helpers import run


def _names(text: str) -> set[str]:
    return {a["name"] for a in run(text)["agreements"]}


def _one(text: str) -> dict:
    (a,) = run(text)["agreements"]
    return a


# --- declarations and communiques a meeting gave out ------------------------------------------

def test_declaration_read_out_at_a_summit_binds_the_summit_body():
    a = _one("The 12th Coastal Union Summit ended in Valletta on Tuesday. Reading out the 'Valletta "
             "Declaration' at the closing session, secretary general Petra Voss said members would "
             "pool their patrol vessels.")
    assert a["name"] == "Valletta Declaration"
    assert a["parties"] == ["Coastal Union"]
    assert "statement_issued" in a["rule"]


def test_meeting_produced_a_joint_declaration():
    a = _one("A meeting between the presidents of Chile and Peru on Friday produced a joint "
             "declaration on border crossings.")
    assert a["name"] == "joint declaration on border crossings"


def test_meeting_culminated_with_a_named_declaration():
    a = _one("The talks in Arica culminated with the Joint Declaration of Arica for Peace between "
             "Chile and Peru, a ten-point text.")
    assert a["name"].startswith("Joint Declaration of Arica")
    assert set(a["parties"]) == {"Chile", "Peru"}


def test_summit_approved_and_endorsed_declarations():
    assert _names("The summit approved the Lisbon Declaration on ocean security.") == \
        {"Lisbon Declaration on ocean security"}
    assert _names("Foreign ministers endorsed the Harbour Declaration at their meeting in Oslo.") == \
        {"Harbour Declaration"}


def test_final_communique_quoted_was_issued():
    a = _one("Ministers of Chile and Peru met in Lima. The final communique of the meeting urged both "
             "sides to reopen the border crossing.")
    assert a["name"].startswith("final communique")
    assert "closing_text_cited" in a["rule"]


def test_joint_press_communique_issued():
    a = _one("Chile and Peru held talks in Lima on Monday. The two sides also issued a joint press "
             "communique on the talks.")
    assert a["name"] == "joint press communique"


def test_declarations_not_given_out_stay_out():
    assert run("The leaders are expected to adopt the Valletta Declaration on Friday.")["agreements"] == []
    assert run("Petra Voss called for a joint declaration on border crossings.")["agreements"] == []
    assert run("The summit ended with no joint declaration on the border.")["agreements"] == []
    assert run("Peru rejected the draft declaration on Monday.")["agreements"] == []
    assert run("The final communique has been postponed until the autumn.")["agreements"] == []
    assert run("Chile rejected the final communique proposed by the hosts.")["agreements"] == []


def test_an_old_declaration_quoted_is_background():
    assert run(" date 2025-04-02 The 1998 Declaration of Arica said both sides would respect "
               "the border.")["agreements"] == []
    assert run(" date 2025-04-02 The final declaration of the 2009 summit said both sides would "
               "respect the border.")["agreements"] == []


# --- packages of documents ---------------------------------------------------------------------

def test_milestone_documents_inked_during_a_visit():
    a = _one(" date 2025-06-12 Chile and Peru inked milestone documents during a state visit on "
             "June 12.")
    assert a["name"] == "milestone documents"
    assert set(a["parties"]) == {"Chile", "Peru"}
    assert a["date"] == "2025-06-12"


def test_package_of_documents_was_signed():
    a = _one("Presidents Petra Voss of Estonia and Ivo Marek of Latvia held talks in Riga. A package "
             "of documents was signed after the talks.")
    assert a["name"] == "package of documents"


def test_documents_signed_join_the_set_already_reported():
    out = run("Chile and Peru signed several cooperation agreements in various fields on Monday.\n\nVarious "
              "intergovernmental documents were signed in the presence of the two presidents, "
              "including in the fields of energy and trade.")
    (a,) = out["agreements"]
    assert a["name"] == "cooperation agreements in various fields"
    assert "intergovernmental documents" in a["aliases"]


def test_documents_whose_items_follow_are_their_items():
    names = _names("Chile and Peru signed five documents on Monday, including an Agreement on Space "
                   "Cooperation and an MoU on Mining Research.")
    assert "five documents" not in names
    assert "Agreement on Space Cooperation" in names
    assert "five documents" not in _names("Chile and Peru signed five documents on Monday. They include "
                                          "an Agreement on Space Cooperation and an MoU on Mining Research.")


def test_documents_that_are_no_agreement_stay_out():
    assert run("The ministers will sign documents on trade next week.")["agreements"] == []
    assert run("Officials signed travel documents for the delegation.")["agreements"] == []
    assert run("The signed documents were handed to the press on Monday.")["agreements"] == []
    assert run("Petra Voss signed documents at the airport.")["agreements"] == []
    assert run("Chile proposed that several documents be signed at the summit.")["agreements"] == []


# --- programmes, roadmaps, action plans --------------------------------------------------------

def test_named_programme_approved_in_the_passive():
    a = _one("Chile and Peru held their first Joint Council meeting in Lima. Petra Voss announced that "
             "the Strategic Partnership and Cooperation Program for the next five years was approved.")
    assert a["name"] == "Strategic Partnership and Cooperation Program"
    assert a["duration_years"] == 5
    assert "programme_approved" in a["rule"]


def test_roadmap_and_action_plan_signed_or_adopted():
    a = _one("Chile and Peru signed a roadmap for defence cooperation on Monday.")
    assert a["name"] == "roadmap for defence cooperation"
    assert set(a["parties"]) == {"Chile", "Peru"}
    assert _names("The ministers of Chile and Peru adopted an action plan on border security.") == \
        {"action plan on border security"}
    assert _names("Chile and Peru signed a programme of cooperation in culture.") == \
        {"programme of cooperation"}


def test_programmes_only_mentioned_or_planned_stay_out():
    assert run("The ministers discussed the implementation of the Joint Action Plan.")["agreements"] == []
    assert run("The two sides agreed to draw up a roadmap for talks.")["agreements"] == []
    assert run("Peru proposed a roadmap for defence cooperation.")["agreements"] == []
    assert run("The cabinet approved the national defence programme.")["agreements"] == []
    assert run("Parliament approved funds for Peru's nuclear programme.")["agreements"] == []
    assert run("Chile and Peru will sign a roadmap for defence cooperation next month.")["agreements"] == []


def test_a_programme_never_takes_the_place_of_the_pact():
    out = run("Chile and Peru signed a defence pact on Monday, detailing a broader roadmap for "
              "deeper cooperation.\n\nThe pact covers joint training.")
    assert [a["name"] for a in out["agreements"]] == ["defence pact"]


# --- headlines, modals, two-sided verbs, records of past signings -------------------------------

def test_headline_object_without_article():
    a = _one("Chile and Peru adopt joint declaration\n\nThe presidents of Chile and Peru met in Lima on "
             "Friday. \"We chose peace,\" Petra Voss said.")
    assert a["name"] == "joint declaration"
    assert set(a["parties"]) == {"Chile", "Peru"}
    a = _one("Chile, Peru agree roadmap on border trade\n\nThe foreign ministers of Chile and Peru met "
             "on Friday.")
    assert a["name"] == "roadmap on border trade"
    assert run("Chile, Peru fail to agree roadmap\n\nTalks in Lima ended on Friday.")["agreements"] == []
    assert run("Chile, Peru to sign Arica Declaration\n\nThe presidents will meet in Arica on "
               "Friday.")["agreements"] == []


def test_a_verb_the_meeting_has_not_yet_done_concludes_nothing():
    for text in ("Chile asked Peru to endorse the joint declaration.",
                 "Leaders will approve the Valletta Declaration on Friday.",
                 "Peru did not endorse the joint declaration.",
                 "Chile urged the summit to produce a joint declaration.",
                 "Chile and Peru hope to agree a roadmap for trade.",
                 "The ministers could not agree on a joint action plan."):
        assert run(text)["agreements"] == [], text


def test_one_body_approving_its_own_roadmap_is_no_agreement():
    assert run("The ministers approved a roadmap for reform of the police.")["agreements"] == []
    assert run("The cabinet approved the National Integration Programme.")["agreements"] == []
    assert _names("Chile and Peru agreed a road map to restore flights.") == {"road map to restore flights"}


def test_a_count_of_past_signings_is_no_package():
    assert run(" date 2025-05-02 Ten documents have been signed since 2019.")["agreements"] == []
    assert run("The two countries have signed over 40 documents in the past decade.")["agreements"] == []
    assert _names("The two sides inked a raft of documents on trade and energy on Monday.") == \
        {"raft of documents on trade and energy"}


def test_documents_a_summit_adopted_bind_its_body():
    a = _one("The Coastal Union summit adopted a number of documents on Tuesday.")
    assert a["name"] == "number of documents"
    assert a["parties"] == ["Coastal Union"]
    assert run("The adopted documents were published on Tuesday.")["agreements"] == []


def test_a_declaration_the_parties_act_under_is_background():
    assert run("Under the Valletta Declaration, endorsed by the leaders, patrols are shared.")["agreements"] == []
    assert run("An earlier joint declaration, approved by both sides, lapsed.")["agreements"] == []

