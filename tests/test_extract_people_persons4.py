"""Who is a person (persons4): names after an ambassador's dotted style or inside a transcript's
question label are people; a chancellery and a cantonment are not. Sentences written for these
tests."""
from helpers import people, run


def test_a_name_after_the_dotted_ambassador_style_is_a_person():
    out = run("Also present was the High Commissioner of Ghana to Kenya, Amb. Ama Owusu Kessie. "
              "The ceremony ended at noon.")
    p = people(out)
    assert list(p) == ["Ama Owusu Kessie"]
    assert p["Ama Owusu Kessie"]["country"] == "Ghana"
    # an unknown given name too, with the style alone as evidence
    assert list(people(run("The guests included Amb. Oduya Tembeni Kahiga."))) == ["Oduya Tembeni Kahiga"]


def test_the_name_in_a_transcript_question_label_is_the_questioner():
    out = run("The spokesman took questions.\n\nQ (Ilkka Tervonen, Evening Courier): Will the minister "
              "travel?\n\nA: Not this week.")
    assert "Ilkka Tervonen" in people(out)
    assert "Evening Courier" not in people(out)


def test_a_bracketed_name_that_is_no_question_label_needs_other_evidence():
    assert people(run("The fund (Ilkka Tervonen Holdings, Helsinki) grew.")) == {}


def test_a_chancellery_is_an_institution_not_a_person():
    out = run('In a statement, the Peruvian Chancellery said the memorandum "reaffirms the commitment '
              'of Peru to safe migration".')
    assert people(out) == {}
    assert people(run("Chancellor Petra Voss visited Lima."))["Petra Voss"]["title"] == "Chancellor"


def test_a_cantonment_is_a_place_not_a_person():
    out = run("Speaking at the Arjun Centre, Pune Cantt, the Minister of State for Defence Ravi Kumar "
              "recalled the aid.")
    assert list(people(out)) == ["Ravi Kumar"]
