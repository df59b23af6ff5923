"""Two bodies of the same kind in one story, and the agentless voice of translated statements,
on sentences written for these tests."""
from helpers import run, speakers

_TWO_MINISTRIES = (
    "The Norwegian Foreign Ministry summoned the Danish ambassador on Monday, the Norwegian "
    "Foreign Ministry said.\n\n"
    "\"The ambassador was told that the expulsion will not go unanswered,\" the ministry said.\n\n"
    "The Danish Foreign Ministry posted a statement on Sunday asking the diplomats to leave.\n\n"
)


def test_a_body_named_in_full_inside_the_quote_is_not_its_speaker():
    out = run(_TWO_MINISTRIES + "\"The ambassador heard that this stunt of the Danish Foreign Ministry "
                                "breaks every diplomatic custom,\" the ministry added.")
    s = speakers(out)
    assert s["The ambassador heard that this stunt of the Danish Foreign Ministry breaks every diplomatic custom,"] \
        == "Norwegian Foreign Ministry"


def test_the_latest_body_speaks_when_its_quote_does_not_name_it():
    out = run(_TWO_MINISTRIES + "\"We stand by our decision,\" the ministry added.")
    assert speakers(out)["We stand by our decision,"] == "Danish Foreign Ministry"


def test_no_switch_when_both_bodies_are_named_in_the_quote():
    out = run(_TWO_MINISTRIES + "\"Talks between the Danish Foreign Ministry and the Norwegian Foreign "
                                "Ministry are over,\" the ministry added.")
    # Both named inside: the quote gives no reason to prefer the other body; the latest stays.
    assert speakers(out)["Talks between the Danish Foreign Ministry and the Norwegian Foreign Ministry are over,"] \
        == "Danish Foreign Ministry"


def test_it_is_noted_that_continues_the_statement_being_reported():
    out = run("Foreign Minister Petra Voss said on Monday that the border would stay open.\n\n"
              "\"Our patience has limits,\" Voss said.\n\n"
              "It is noted that the neighbour \"should be aware of the consequences of its choices.\"")
    s = speakers(out)
    assert s["should be aware of the consequences of its choices."] == "Petra Voss"
    q = [q for q in out["quotes"] if q["text"].startswith("should be aware")][0]
    assert "impersonal_passive" in q["rule"]


def test_it_is_noted_that_with_no_statement_before_gives_no_speaker():
    out = run("The border crossing reopened on Monday after heavy rain.\n\n"
              "It is noted that the road \"should be aware of the consequences of its choices.\"")
    assert all(q["speaker"] is None for q in out["quotes"])


def test_a_clerical_honorific_precedes_a_name_like_sheikh():
    from helpers import people
    out = run("Envoy Petra Voss shook hands with the movement's co-founder Mullah Abdul Karimzai "
              "in front of journalists.")
    assert "Abdul Karimzai" in people(out)
    out = run("Maulana Tariq Hamidi, who leads the party, said he would \"join the talks\".")
    assert speakers(out) == {"join the talks": "Tariq Hamidi"}


def test_accented_given_names_are_known_given_names():
    from helpers import people
    from store.extract.lexicon import given_name_gender
    assert given_name_gender("Jürgen") == "m" and given_name_gender("Zoë") == "f"
    assert given_name_gender("Yván") == "m"       # only "Yvan" is listed: accents stripped
    out = run("The ministers thanked the deputy head of the monitoring mission, Tomás Rendón, for his help.")
    assert "Tomás Rendón" in people(out)


def test_an_earlier_reporter_that_is_no_speaker_leaves_no_candidate_to_weaken():
    # Found by the property test: the earlier "reporter" is refused as a speaker, so there is
    # no candidate whose score could be lowered; extraction must not raise.
    out = run('The MINISTRY:told. "A')
    assert all(q["speaker"] is None for q in out["quotes"])


def test_narration_about_someone_else_hands_the_floor_on():
    text = ("\u201cThe talks were useful,\u201d President Lena Ortiz said.\n\n"
            "The meeting lasted an hour.\n\n"
            "Before it began, Foreign Minister Ivo Marek outlined the topics: a truce and prisoners.\n\n"
            "\u201cRegular meetings are worth holding")
    q = [q for q in run(text)["quotes"] if q["text"].startswith("Regular")][0]
    assert q["speaker"] is None                     # not Ortiz: Marek has the floor now
    assert q["suggested_speaker"] == "Lena Ortiz"   # kept as a suggestion the analyst may accept


def test_narration_about_the_same_speaker_keeps_the_continuation():
    text = ("\u201cThe talks were useful,\u201d President Lena Ortiz said.\n\n"
            "Ortiz gave no other details. She spoke at the end of her visit.\n\n"
            "\u201cRegular meetings are worth holding")
    q = [q for q in run(text)["quotes"] if q["text"].startswith("Regular")][0]
    assert q["speaker"] == "Lena Ortiz"


def test_a_bare_name_opening_the_quotes_sentence_is_its_own_subject():
    out = run("Defence ministers of three states met on Monday. Chile's defence minister, Soto, said "
              "that the rival's behaviour is \"becoming worse and worse\". Marek sounded the alarm on "
              "the rival's missiles and endorsed the view to consider \"all options\" on the table.")
    assert speakers(out).get("all options") is None        # Marek's sentence, not Soto's


def test_a_pronoun_opening_the_next_sentence_still_continues():
    out = run("Defence ministers of three states met on Monday. Chile's defence minister, Pablo Soto, "
              "said that the rival's behaviour is \"becoming worse and worse\". He warned that the "
              "region \"cannot wait any longer\".")
    assert speakers(out)["cannot wait any longer"] == "Pablo Soto"
