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


# -- the delegation a person leads or belongs to -----------------------------------------------
def test_who_headed_the_states_delegation():
    assert _country("Speaking after the talks, Karl Berg, who headed the Chilean delegation, said "
                    "the sides were satisfied.", "Karl Berg") == "Chile"


def test_led_the_states_possessive_delegation():
    assert _country("Sheikh Karl Berg led Kuwait's delegation to the summit in Riyadh.", "Karl Berg") == "Kuwait"


def test_head_of_the_delegation_in_apposition():
    assert _country("Karl Berg, the head of the Peruvian delegation and an aide to the president, "
                    "confirmed the deal.", "Karl Berg") == "Peru"


def test_delegation_chaired_by_an_apposed_office_then_the_name():
    assert _country("Chile's delegation, chaired by the country's ambassador to Peru, Karl Berg, "
                    "will hold talks with Ana Ruiz.", "Karl Berg") == "Chile"


def test_institution_delegation_including_a_titled_person():
    assert _country("Days before a White House delegation, including Trade Coordinator Karl Berg, "
                    "arrives in Lima, Peru said it would talk.", "Karl Berg") == "United States"


def test_a_delegation_met_by_someone_is_not_theirs():
    p = people(run("Foreign Minister Karl Berg met the Chilean delegation in Lima on Monday. "
                   "Peru and Chile signed a pact."))
    assert p["Karl Berg"]["country"] != "Chile"
    p = people(run("The Chilean delegation met the hosts, including Foreign Minister Karl Berg, in Lima."))
    assert p["Karl Berg"]["country"] != "Chile"


# -- a state's institution names the office ----------------------------------------------------
def test_institution_before_the_title():
    assert _country('"It matters," Federation Council Chairwoman Petra Voss said.', "Petra Voss") == "Russia"
    assert _country("The State Department's Deputy Assistant Secretary Karl Berg will visit Serbia.",
                    "Karl Berg") == "United States"


def test_institution_as_a_place_before_a_title_gives_nothing():
    p = people(run("Speaking at the Pentagon Defence Minister Karl Berg of Japan said ties were good. "
                   "At the Kremlin Prime Minister Petra Voss held talks."))
    assert p["Karl Berg"]["country"] == "Japan"
    assert p["Petra Voss"]["country"] is None


# -- a body of a state named as where the person serves ----------------------------------------
def test_apposition_names_the_states_armed_forces():
    assert _country("Colonel Karl Berg, Head of Logistics at the Joint Staff College, Ghana Armed Forces, "
                    "said it would help. Kenya agreed.", "Karl Berg") == "Ghana"


def test_title_names_the_states_department():
    assert _country("Spokesperson for the Philippines Department of Foreign Affairs, Mr Karl Berg, "
                    "spoke after the meeting with China.", "Karl Berg") == "Philippines"


def test_apposition_names_the_office_of_a_formal_state():
    assert _country("Karl Berg, Director of Communications at the Office of the President of the "
                    "Federal Republic of Somalia, tweeted the plan. Ethiopia agreed.", "Karl Berg") == "Somalia"


def test_body_named_after_a_verb_is_not_the_persons():
    p = people(run("Karl Berg, an analyst, said the Ghana Armed Forces would help. Kenya agreed."))
    assert p["Karl Berg"]["country"] is None


def test_a_byline_apposition_stops_at_the_line_end():
    p = people(run("Sea lanes and fishing rights\n\nBy Karl Berg, Senior Fellow, Harbour Policy Institute\n\n"
                   "Philippine Coast Guard vessels patrolled the shoal. Petra Voss, the Philippine "
                   "foreign minister, said talks would go on."))
    assert p["Karl Berg"]["country"] is None


# -- one plural office over two names ----------------------------------------------------------
def test_a_plural_office_opened_by_a_demonym_covers_both_names():
    p = people(run("The Chilean Deputy Trade Ministers Karl Berg and Petra Voss held talks on Sunday "
                   "with US officials in Geneva."))
    assert p["Karl Berg"]["country"] == "Chile"
    assert p["Petra Voss"]["country"] == "Chile"


def test_a_state_after_the_first_name_is_that_name_alone():
    p = people(run("Foreign Ministers Karl Berg of Chile and Petra Voss met in Geneva on Sunday "
                   "with US officials."))
    assert p["Karl Berg"]["country"] == "Chile"
    assert p["Petra Voss"]["country"] != "Chile"


# -- an alias apposed before "of <state>" ------------------------------------------------------
def test_of_state_after_an_apposed_alias():
    p = people(run("PM Ana Ruiz of Peru and President Karl Berg, a.k.a. Kabe, of Chile are set to meet."))
    assert p["Karl Berg"]["country"] == "Chile"
    p = people(run("President Karl Berg, also known as Kabe, of Chile met the press."))
    assert p["Karl Berg"]["country"] == "Chile"


def test_an_alias_then_a_verb_gives_no_state():
    p = people(run("President Karl Berg, a.k.a. Kabe, spoke of Chile and Peru at length."))
    assert p["Karl Berg"]["country"] is None


# -- a dateline whose agency is written without brackets ---------------------------------------
def test_dateline_agency_code_without_brackets():
    p = people(run("Lima, July 3, ANP – Peru and Chile have signed a defence pact.\n\n"
                   "Mr Karl Berg, the Deputy Minister of Defence, said it would be implemented."))
    assert p["Karl Berg"]["country"] == "Peru"


def test_dateline_after_a_byline_line():
    p = people(run("By Ana Ruiz\n\nLima, July 3, ANP – Peru and Chile have signed a defence pact.\n\n"
                   "Mr Karl Berg, the Deputy Minister of Defence, said it would be implemented."))
    assert p["Karl Berg"]["country"] == "Peru"


# -- an apposition that opens with a state, a state before a domain and a lower-case office ---
def test_apposition_opening_with_a_state_abbreviation():
    assert _country('"Soon," Ana Ruiz said at a joint press conference with Karl Berg, the U.S. Deputy '
                    'Assistant Secretary for the Andes at the State Department. Peru agreed.',
                    "Karl Berg") == "United States"


def test_apposition_opening_with_a_state_then_no_office_gives_nothing():
    p = people(run("Karl Berg, the US Andes Fund's longtime donor, met Ana Ruiz. Peru agreed."))
    assert p["Karl Berg"]["country"] is None


def test_state_then_domain_then_lower_case_office():
    assert _country("Days before the arrival of US Indo-Pacific coordinator Karl Berg in Lima, "
                    "Peru said it would talk.", "Karl Berg") == "United States"


def test_a_body_without_a_state_before_a_lower_case_office_gives_nothing():
    p = people(run("Days before the arrival of Pacific Islands Forum coordinator Karl Berg in Lima, "
                   "Peru said it would talk."))
    assert p["Karl Berg"]["country"] is None


# -- the other side of a pair of states the article names --------------------------------------
def test_counterpart_of_the_other_state_of_a_named_pair():
    p = people(run("Minister for Trade Karl Berg and Peru's Minister for Trade Ana Ruiz have signed a new accord. "
                   "The ministers signed the Chile-Peru Trade Arrangement at a meeting attended by Brazil, "
                   "Bolivia and Ecuador."))
    assert p["Karl Berg"]["country"] == "Chile"


def test_a_host_or_mediator_named_with_a_third_state_is_not_the_other_side():
    p = people(run("Russia and Ukraine agreed to a prisoner swap on Friday. President Karl Berg met "
                   "Russian President Ivan Petrov in Ankara before the talks. Brazil and India welcomed it."))
    assert p["Karl Berg"]["country"] != "Ukraine"


def test_two_different_partners_give_nothing():
    p = people(run("Chile and Peru signed a pact, and Chile and Bolivia signed another. Minister Karl Berg "
                   "met Chilean Minister Ana Ruiz on Monday."))
    assert p["Karl Berg"]["country"] is None
