"""A person's state from the story's own setting (sentences written for these tests; the people
are invented)."""
from helpers import people, run


def test_unqualified_office_in_a_story_filed_from_the_state_capital():
    p = people(run("VILNIUS, March 3 (AP) - Lithuania's parliament on Tuesday approved a defence pact "
                   "with Norway. The pact was signed by President Petra Voss on Wednesday."))
    assert p["Petra Voss"]["country"] == "Lithuania"


def test_dateline_with_the_state_named_after_the_city():
    p = people(run("KINGSTON, Jamaica (CMC) - Jamaica will host the talks next month. "
                   "Prime Minister Karl Berg said the date had been agreed."))
    assert p["Karl Berg"]["country"] == "Jamaica"


def test_a_host_filing_about_another_state_gives_no_country():
    # the story is filed from the mediator's capital but is about another state's government
    p = people(run("ACCRA, June 2 (GNA) - The government of Mali signed a truce in Accra on Sunday "
                   "under Ghanaian mediation. It was signed for the Malian side by the Minister of "
                   "the Interior, Petra Voss."))
    assert p["Petra Voss"]["country"] is None


def test_sentence_naming_another_state_keeps_the_office_blank():
    p = people(run("VILNIUS, March 3 (AP) - Lithuania's parliament on Tuesday approved a pact. "
                   "Prime Minister Karl Berg of the visiting delegation met Polish officials."))
    assert p["Karl Berg"]["country"] is None


def test_no_dateline_no_home_state():
    p = people(run("Lithuania's parliament on Tuesday approved a pact. President Petra Voss signed it."))
    assert p["Petra Voss"]["country"] is None


def test_office_after_the_name_whose_of_names_the_state():
    p = people(run("The plan was welcomed by Petra Voss, president of Chile, on Monday."))
    assert p["Petra Voss"]["country"] == "Chile"


def test_office_after_the_name_with_the_state_in_its_formal_style():
    p = people(run("The plan was welcomed by Karl Berg, president of the Federative Republic of Brazil, "
                   "and by other leaders."))
    assert p["Karl Berg"]["country"] == "Brazil"


def test_capitalised_office_after_the_name_whose_of_names_the_state():
    p = people(run("The plan was welcomed by Petra Voss, President of Chile, on Monday."))
    assert p["Petra Voss"]["country"] == "Chile"


def test_envoy_to_a_state_is_not_of_that_state():
    p = people(run("The plan was welcomed by Petra Voss, envoy to Chile, on Monday."))
    assert p["Petra Voss"]["country"] is None
