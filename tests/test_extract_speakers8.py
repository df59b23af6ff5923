"""Speakers, turn 6: a role refers back. "The spokesperson said" after a body's spokesperson
was named is that body's voice, not another body's spokesperson named only paragraphs later.
Sentences written for these tests."""
from helpers import run, speakers

BODY_THEN_OTHER = ("Arland's Foreign Ministry spokesperson announced new port fees on Monday.\n\n"
                   'The spokesperson said the fees "answer three years of unpaid berths".\n\n'
                   "Talks on the fees are due next month.\n\n"
                   'Belmark Transport Office spokesperson Ivo Marek said, "We regret the decision."')


def test_the_spokesperson_is_the_body_voiced_before_not_a_spokesperson_named_later():
    out = speakers(run(BODY_THEN_OTHER))
    assert out["answer three years of unpaid berths"] == "Arland's Foreign Ministry"
    assert out["We regret the decision."] == "Ivo Marek"


def test_a_spokesperson_named_before_is_still_the_antecedent():
    text = ('Foreign Ministry spokesperson Ivo Marek announced new port fees on Monday.\n\n'
            'The spokesperson said the fees "answer three years of unpaid berths".')
    assert speakers(run(text))["answer three years of unpaid berths"] == "Ivo Marek"
