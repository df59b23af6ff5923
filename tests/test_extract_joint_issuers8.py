"""Joint texts speak for the pair of states that issued them (joint8): "the statement from the
Chilean and Peruvian governments said", "Chile and Peru said in a joint statement", 'In a joint
statement, "Chile and Peru urged ...', "the statement added", "both the countries said".
Sentences written for these tests; each positive has near-misses that must stay as they were."""
from helpers import run, speakers

from store.extract.joint_issuers import issuers_of_text, pair_at

LEAD = "Chile and Peru held two days of talks on their maritime border in Lima.\n\n"


def _speaker(text: str, quote: str) -> str | None:
    return speakers(run(text))[quote]


# -- naming the pair --------------------------------------------------------------------------
def test_a_pair_is_read_with_its_noun_and_without_its_article():
    found = pair_at("the Chilean and Peruvian governments said", 0)
    assert (found.name, found.states) == ("Chilean and Peruvian governments", ("Chile", "Peru"))
    assert pair_at("Saudi Arabia and the United States urged", 0).name == "Saudi Arabia and the United States"


def test_adjectives_without_a_noun_and_lists_of_three_are_no_pair():
    assert pair_at("the Chilean and Peruvian officials", 0) is None
    assert pair_at("Monday and Tuesday", 0) is None
    text = "Chile, Peru and Bolivia said"
    assert pair_at(text, text.index("Peru")) is None


def test_modifiers_of_the_text_name_the_voice_after_the_text():
    # no words of the article name the pair as an actor: the voice is the text, as news names
    # it (and as annotators write it), the pair kept for identity
    text = "A joint Chile-Peru statement welcomed the talks"
    at = text.index("statement")
    found = issuers_of_text(text, at, at + 9, 0)
    assert found.name == "Chile-Peru joint statement" and not found.written
    assert found.states == ("Chile", "Peru")


# -- speakers ---------------------------------------------------------------------------------
def test_the_statement_from_a_pair_of_governments_speaks_for_the_pair():
    text = LEAD + ('The statement from the Chilean and Peruvian governments said they "remain committed to '
                   'a lasting settlement of every maritime question".')
    assert _speaker(text, "remain committed to a lasting settlement of every maritime question") == \
        "Chilean and Peruvian governments"


def test_a_pair_that_said_in_a_joint_statement_speaks():
    text = LEAD + 'Chile and Peru said in a joint statement that they would "work without pause for a settlement".'
    assert _speaker(text, "work without pause for a settlement") == "Chile and Peru"


def test_a_joint_text_that_opens_with_its_issuers_speaks_for_them():
    text = LEAD + 'In a joint statement, "Chile and Peru urged both fleets to respect the line of the treaty."'
    assert _speaker(text, "Chile and Peru urged both fleets to respect the line of the treaty.") == "Chile and Peru"


def test_the_statement_referred_to_again_keeps_its_issuers():
    text = LEAD + ('The statement from the Chilean and Peruvian governments welcomed "the spirit of the '
                   'second round".\n\nThe statement added, "Both governments thank every partner that hosted '
                   'the talks."\n\nThe two navies had a "frank and constructive exchange of charts", according '
                   'to the joint statement.')
    out = speakers(run(text))
    assert out["Both governments thank every partner that hosted the talks."] == "Chilean and Peruvian governments"
    assert out["frank and constructive exchange of charts"] == "Chilean and Peruvian governments"


def test_both_the_countries_said_after_a_named_pair():
    text = ('Chile and Peru have agreed to "share radar data along the whole coast" after a third round '
            'of talks, both the countries said on Tuesday.')
    assert _speaker(text, "share radar data along the whole coast") == "Chile and Peru"


def test_the_article_names_the_pair_better_elsewhere():
    text = ('The Chilean and Peruvian governments met again in Lima.\n\nA joint Chile-Peru statement '
            'welcomed "the spirit of the second round".')
    assert _speaker(text, "the spirit of the second round") == "Chilean and Peruvian governments"


# -- near misses ------------------------------------------------------------------------------
def test_a_joint_statement_of_many_ministers_is_no_pair():
    text = ('Foreign ministers of twelve states met in Lima.\n\nThe ministers\' joint statement said the '
            'region needs "a code of conduct at sea".')
    assert _speaker(text, "a code of conduct at sea") is None


def test_three_states_in_a_joint_statement_are_no_pair():
    text = ('Chile, Peru and Bolivia said in a joint statement that they would "work without pause for '
            'a settlement".')
    assert _speaker(text, "work without pause for a settlement") is None


def test_the_two_countries_with_no_pair_named_before_stay_blank():
    text = ('Talks on the border ended on Monday.\n\nThe two countries will "meet again within a month '
            'to close the file", both the countries said.')
    assert _speaker(text, "meet again within a month to close the file") is None


def test_two_named_people_are_no_pair_of_states():
    text = "A joint statement by Ana Ruiz and Tomas Berg said"
    assert pair_at(text, text.index("Ana")) is None
    at = text.index("statement")
    assert issuers_of_text(text, at, at + 9, 0) is None


def test_the_same_pair_is_one_participant_across_articles_whatever_its_words(tmp_path):
    from store.db.database import Store
    from store.importer import run_import
    one = tmp_path / "one.txt"
    one.write_text(LEAD + 'The statement from the Chilean and Peruvian governments said they "remain '
                   'committed to a lasting settlement".\n', encoding="utf-8")
    two = tmp_path / "two.txt"
    two.write_text('In a joint statement, "Peru and Chile urged both fleets to respect the line of the '
                   'treaty."\n', encoding="utf-8")
    store = Store(tmp_path / "s.json")
    run_import(store, [str(one), str(two)], glob="*.txt")
    snap = store.snapshot()
    pairs = [p for p in snap.participants if p.kind == "organisation"]
    assert len(pairs) == 1 and pairs[0].name == "Chilean and Peruvian governments"
    assert "Peru and Chile" in pairs[0].aliases
    assert len({q.speaker_id for q in snap.quotes}) == 1


def test_the_governments_of_a_pair_as_the_subject_after_the_text_opener():
    text = LEAD + ('In a joint statement issued at the end of the meeting, the governments of Chile and Peru '
                   '"reaffirm their commitment to the treaty."\n\n'
                   'In a joint statement, Chile and Peru said they "remain committed to safe waters".')
    out = speakers(run(text))
    assert out["reaffirm their commitment to the treaty."] == "governments of Chile and Peru"
    assert out["remain committed to safe waters"] == "governments of Chile and Peru"     # one pair, one voice
    assert pair_at("the governments of Chile and Peru", 0).name == "governments of Chile and Peru"
    assert pair_at("the governments of the Chilean and Peruvian", 0) is None
