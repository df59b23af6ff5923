"""persons5: people the article names without a title, on sentences written for these tests."""
from helpers import people, run


def test_person_noun_named_introduces_a_person_with_its_rank():
    out = run("The junta, under the leadership of a colonel named Zorvan Keltiq, vowed to hold "
              "elections within a reasonable time.")
    p = people(out)
    assert list(p) == ["Zorvan Keltiq"]
    assert p["Zorvan Keltiq"]["title"] == "colonel"


def test_plain_person_noun_called_gives_no_title():
    out = run("Police said a man called Zorvan Keltiq was detained near the border crossing.")
    p = people(out)
    assert list(p) == ["Zorvan Keltiq"]
    assert p["Zorvan Keltiq"]["title"] is None


def test_things_named_or_called_are_not_people():
    out = run("A ship named Golden Tide left port. A group called Northern Shield formed, and an "
              "operation named Iron Tide began. The ministry called Quarro Velt a failure.")
    assert people(out) == {}


def test_name_in_a_fronted_phrase_is_not_the_subject_after_its_comma():
    # the phrase after the name's comma runs on into the verb: it is the subject, not an apposition
    for text in ('Led by General Zorvan Keltiq, the junta promised "a swift return to order".',
                 'Calling itself a council of the people, under a colonel named Zorvan Keltiq, the junta '
                 'vowed to respect "all past agreements" on Monday.'):
        out = run(text)
        assert "Zorvan Keltiq" in people(out)
        assert [q["speaker"] for q in out["quotes"]] == [None]


def test_apposition_closed_by_a_comma_still_names_the_speaker():
    out = run('Speaking to reporters, Petra Voss, the foreign minister, said the deal was "a fresh start".')
    assert [q["speaker"] for q in out["quotes"]] == ["Petra Voss"]


def test_one_word_name_between_with_a_person_is_a_person():
    for text in ("Talks between Voss and Marlow ended on Friday. Voss said the talks went well.",
                 "A meeting between Marlow and Voss is planned. Voss said the talks went well."):
        assert set(people(run(text))) == {"Voss", "Marlow"}


def test_state_capital_body_or_place_between_with_a_person_is_not_a_person():
    out = run("Talks between Voss and Ankara ended. Talks between Voss and Kremlin stalled, and talks "
              "between Voss and Hamas resumed. Talks between Voss and Sorvia ended in Sorvia. "
              "Voss said it went well.")
    assert set(people(out)) == {"Voss"}
