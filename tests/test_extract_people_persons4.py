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


def test_a_full_name_with_a_stray_final_letter_is_the_same_person_spelt_as_the_article_mostly_does():
    out = run("Marin met the Prime Minister of Norway Karl Arne Solbergh. Norway's Solberg said the talks "
              "went well. According to Solberg, the talks mattered.")
    p = people(out)
    assert list(p) == ["Karl Arne Solberg"]
    assert "Karl Arne Solbergh" in p["Karl Arne Solberg"]["aliases"]
    assert p["Karl Arne Solberg"]["country"] == "Norway"
    # one-off misspelling of the surname after the full name: an alias, the full name stays
    p = people(run("Prime Minister Karl Arne Solberg spoke. Solbergh said the talks went well."))
    assert list(p) == ["Karl Arne Solberg"] and "Solbergh" in p["Karl Arne Solberg"]["aliases"]


def test_a_feminine_surname_or_a_short_one_is_no_stray_letter():
    p = people(run("Foreign Minister Ivan Petrov met the press. Petrova said little."))
    assert set(p) == {"Ivan Petrov", "Petrova"}
    p = people(run("Foreign Minister Ivan Lim met the press. Lima said little."))
    assert "Ivan Lim" in p and "Lima" not in p.get("Ivan Lim", {}).get("aliases", [])
    p = people(run("Foreign Minister Ivan Roberts met the press. Robert said little."))
    assert "Robert" not in p.get("Ivan Roberts", {}).get("aliases", [])


def test_a_royal_name_and_its_longer_form_with_one_dropped_letter_are_one_person():
    out = run("The summit, chaired by King Fahad bin Abdulrahman, approved the declaration. "
              "Prince Fahad bin Abdurahman Al-Nasser attended the dinner.")
    p = people(out)
    assert list(p) == ["Fahad bin Abdurahman Al-Nasser"]
    assert "Fahad bin Abdulrahman" in p["Fahad bin Abdurahman Al-Nasser"]["aliases"]


def test_a_different_given_name_or_a_short_word_keeps_two_royals_apart():
    p = people(run("King Fahad bin Abdulrahman met Prince Faisal bin Abdulrahman Al-Nasser."))
    assert set(p) == {"Fahad bin Abdulrahman", "Faisal bin Abdulrahman Al-Nasser"}
    p = people(run("King Fahad bin Saud met Prince Fahad bin Said Al-Nasser."))
    assert set(p) == {"Fahad bin Saud", "Fahad bin Said Al-Nasser"}


def test_a_plural_possessive_inside_an_office_keeps_the_name_after_it():
    out = run("The ceremony was also attended by the Chairman of the House of Representatives’ First "
              "Committee Wulan Sasmita, as well as officials.")
    p = people(out)
    assert list(p) == ["Wulan Sasmita"]
    assert p["Wulan Sasmita"]["title"].startswith("Chairman of the House of Representatives")


def test_a_plural_possessive_outside_an_office_joins_nothing():
    assert people(run("The Farmers’ Union Hall Committee met on Monday.")) == {}
