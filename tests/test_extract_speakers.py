"""Speaker resolution rules, on sentences written for these tests."""
from helpers import people, run, speakers


def test_x_told_y_speaker_is_x():
    out = run('Foreign Minister Ana Ruiz met Trade Minister Paul Okafor.\n\n'
              '"We must trade more," Ruiz told Okafor.')
    assert speakers(out)["We must trade more,"] == "Ana Ruiz"


def test_said_the_president_resolves_to_the_office_holder():
    out = run('President Tomas Varga opened the summit in Vienna.\n\n'
              '"Europe needs patience," said the President.')
    assert speakers(out)["Europe needs patience,"] == "Tomas Varga"


def test_organisation_speaker_from_the_ministry_said():
    out = run("The Norwegian foreign ministry welcomed the talks on Friday.\n\n"
              '"The parties will meet again in June," the ministry said in a statement.')
    s = speakers(out)
    assert s["The parties will meet again in June,"] == "Norwegian foreign ministry"
    orgs = [p for p in out["participants"] if p["kind"] == "organisation"]
    assert [o["name"] for o in orgs] == ["Norwegian foreign ministry"]


def test_pronoun_never_resolves_into_another_persons_speech():
    out = run("Defence Minister Karl Berg spoke after the meeting.\n\n"
              '"I thank Minister Dana Cole for her patience," he said.')
    assert speakers(out)["I thank Minister Dana Cole for her patience,"] == "Karl Berg"


def test_pronoun_gender_picks_the_matching_person():
    out = run("Foreign Minister Ana Ruiz met Trade Minister Paul Okafor, and she praised his work.\n\n"
              '"It was a fine day," she said.')
    assert speakers(out)["It was a fine day,"] == "Ana Ruiz"


def test_continuation_paragraph_inherits_last_speaker():
    out = run('Defence Minister Karl Berg spoke first.\n\n"We are ready," Berg said.\n\n'
              '"And we will stay ready for as long as it takes."')
    assert speakers(out)["And we will stay ready for as long as it takes."] == "Karl Berg"


def test_partial_quote_takes_the_subject_of_the_reporting_verb():
    out = run('Prime Minister Eva Holm called the deal a "turning point" for the region.')
    assert speakers(out) == {"turning point": "Eva Holm"}


def test_according_to():
    out = run('Talks stalled over a "fundamental disagreement", according to Envoy Lars Moe.')
    assert speakers(out)["fundamental disagreement"] == "Lars Moe"


def test_a_scare_quote_with_no_reporter_is_dropped():
    out = run('The so-called "reset" has produced little so far.')
    assert out["quotes"] == []


def test_embedded_post_byline_gives_speaker_and_handle():
    text = ("Defence Minister Karl Berg posted after the meeting.\n\n"
            "Great talks today with our partners.\n\n\n\n"
            "More soon. pic.twitter.com/abc123 \u2014 Karl Berg (@KarlBergMoD) March 3, 2025\n")
    out = run(text)
    posts = [q for q in out["quotes"] if q["kind"] == "post"]
    assert len(posts) == 1
    assert posts[0]["speaker"] == "Karl Berg"
    assert posts[0]["text"].startswith("Great talks today")
    assert "@KarlBergMoD" in people(out)["Karl Berg"]["handles"]


def test_quote_inside_an_agency_post_keeps_the_speaker_and_the_agency_as_via():
    text = ('#WATCH | Defence Minister Karl Berg says, "We are ready to help our neighbours\u2026 '
            'https://t.co/xyz pic.twitter.com/abc \u2014 NTB (@NTB) May 2, 2025\n')
    out = run(text)
    assert len(out["quotes"]) == 1
    q = out["quotes"][0]
    assert q["speaker"] == "Karl Berg" and q["via"] == "NTB"
    assert q["text"].startswith("We are ready to help our neighbours")


def test_an_attribution_that_cannot_be_resolved_is_not_guessed():
    out = run('President Lena Ortiz met President Karl Vos on Monday.\n\n'
              '"We came to build," said Foreign Minister Ana Ruiz.\n\n'
              '"We did not come here to buy," the Brazilian president said.')
    s = speakers(out)
    assert s["We came to build,"] == "Ana Ruiz"
    assert s["We did not come here to buy,"] is None     # two presidents, neither Brazilian


def test_said_then_name_with_a_lower_case_role():
    out = run('"The details matter more than the ceremony," said Maria Costa, a researcher at the '
              'Vargas Institute.')
    assert speakers(out) == {"The details matter more than the ceremony,": "Maria Costa"}
