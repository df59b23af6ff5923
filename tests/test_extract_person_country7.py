"""The state a person serves, from evidence a careful reader uses on unseen news (pctry7;
sentences written for these tests, the people invented)."""
from helpers import people, run


def _country(text: str, name: str) -> str | None:
    return people(run(text))[name]["country"]


# -- demonym and name forms --------------------------------------------------------------------
def test_demonym_variants_give_the_state():
    assert _country("Letters went to Ecuadorean president Tomas Berg and to the Chilean envoy.",
                    "Tomas Berg") == "Ecuador"
    assert _country("The talks were called by Vincentian Prime Minister Karl Voss on Monday.",
                    "Karl Voss") == "Saint Vincent and the Grenadines"


def test_short_forms_of_saint_states_are_states():
    out = run("Guyana and Venezuela met in St. Vincent & the Grenadines on Thursday.")
    assert {p["name"] for p in out["participants"] if p["kind"] == "country"} == {
        "Guyana", "Venezuela", "Saint Vincent and the Grenadines"}


# -- a possessive state before a full name -----------------------------------------------------
def test_possessive_state_before_a_bare_full_name():
    assert _country("Last week Karl Berg met Germany's Petra Voss and the king of Spain in Madrid.",
                    "Petra Voss") == "Germany"


def test_possessive_non_state_before_a_name_gives_nothing():
    p = people(run("Karl Berg met Hamas's Petra Voss and President Ana Ruiz of Chile in Doha."))
    assert p["Petra Voss"]["country"] is None


# -- an office whose own "of" names a state ----------------------------------------------------
def test_office_of_a_formal_state_name_with_nested_of():
    assert _country("The talks collapsed after the President of the Democratic Republic of Congo, "
                    "Petra Voss, had already arrived.", "Petra Voss") == "Democratic Republic of the Congo"


def test_lower_case_office_of_a_state_apposed_before_a_name():
    assert _country('"We call for calm," it said in a statement read by the president of Niger, '
                    'Karl Berg, who chairs the group.', "Karl Berg") == "Niger"


def test_lower_case_office_of_a_body_apposed_before_a_name_gives_nothing():
    p = people(run('"We call for calm," it said in a statement read by the president of the Commission, '
                   'Karl Berg, who chairs the group. Chile agreed.'))
    assert p["Karl Berg"]["country"] is None
