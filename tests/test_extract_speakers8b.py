"""Speakers, turn 8b: roles and pronouns that point back to the right person. A name inside
the quoted words is not the antecedent of the reporting clause's pronoun; a generic noun
("the envoy") finds the one person the article describes so; near-misses stay blank.
Sentences written for these tests."""
from helpers import run, speakers

QUOTED_NAME = ("Minister Piet Dorr praised the accord, saying Arland was committed to it.\n\n"
               '"President Tomas Varga has ordered the border opened. The trucks will roll next week," he said.')


def test_a_name_inside_the_quote_is_not_the_pronouns_antecedent():
    out = speakers(run(QUOTED_NAME))
    assert out["President Tomas Varga has ordered the border opened. The trucks will roll next week,"] == "Piet Dorr"
