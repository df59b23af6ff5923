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


def test_a_person_of_an_institution_is_the_subject_not_the_institution():
    text = ('Regional analyst Mere Toala of the University of the South Coast said the talks showed that '
            'small states wanted help "with their own hands on the wheel."')
    assert speakers(run(text))["with their own hands on the wheel."] == "Mere Toala"


def test_the_state_and_apposed_title_of_a_named_minister_make_him_the_subject():
    text = ('Foreign Minister Tomas Berg of Arland opened the talks on Monday.\n\n'
            'The Solomon Islands Minister of Police, Fisheries and Ports, Peter Kolo, told a radio station that '
            'the islands wanted their own commander. "It is our sea and our law," he said.')
    assert speakers(run(text))["It is our sea and our law,"] == "Peter Kolo"


def test_a_persons_possessive_makes_the_noun_the_subject():
    lead = "Arland's Foreign Minister Ana Ruiz met her Belmark counterpart Tomas Berg in Lima.\n\n"
    out = speakers(run(lead + "Ruiz's spokesman, Karl Sanz, said the minister would \"report to the cabinet on Friday\"."))
    assert out["report to the cabinet on Friday"] == "Karl Sanz"
    out = speakers(run(lead + "Ruiz's deputy said the talks were \"long but useful\"."))
    assert out["long but useful"] is None
    out = speakers(run(lead + "Ruiz said the talks were \"long but useful\"."))
    assert out["long but useful"] == "Ana Ruiz"


def test_a_name_apposed_to_where_he_works_speaks_not_the_body():
    text = 'Dr Ivo Petrov, an analyst at the Harbour Institute, said: "Both sides are testing each other."'
    assert speakers(run(text))["Both sides are testing each other."] == "Ivo Petrov"
    # the body itself as the apposition still speaks for a quote about the person
    text = 'The drills were led by General Ivo Petrov, the Defence Ministry said: "All units returned safely."'
    assert speakers(run(text))["All units returned safely."] == "Defence Ministry"


def test_a_possessive_after_from_is_no_place_use_of_the_name():
    text = ("President Lena Varga of Arland received the prime minister of Belmark on Monday.\n\n"
            'In her remarks, Varga said the visit opened "a new chapter between our peoples".\n\n'
            "A statement from Varga's office said the two leaders would meet every year.")
    assert speakers(run(text))["a new chapter between our peoples"] == "Lena Varga"


def test_a_transcript_label_in_capitals_is_the_one_person_of_that_surname():
    text = ("Defence Minister Karl Brandt met his Belmark counterpart Ines Moreau on Tuesday.\n\n"
            "Q: Will the drills include live fire?\n"
            'BRANDT: "Not this year. We start with staff exercises."')
    assert speakers(run(text))["Not this year. We start with staff exercises."] == "Karl Brandt"
    two = text.replace("Ines Moreau", "Ines Brandt")
    assert speakers(run(two))["Not this year. We start with staff exercises."] is None


def test_quoting_a_person_the_agency_relays_that_persons_words():
    text = ("Defence Minister Karl Brandt met his Belmark counterpart Ines Moreau.\n\n"
            'Quoting Brandt, the newspaper said the hotline was "ready for use".\n\n'
            'Citing the defence minister, the agency said the drills would be "small at first".\n\n'
            'Quoting a senior officer, the radio said the talks were "tense at times".')
    out = speakers(run(text))
    assert out["ready for use"] == "Karl Brandt"
    assert out["small at first"] == "Karl Brandt"
    assert out["tense at times"] is None
