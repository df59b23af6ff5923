"""A quote credited to an adopted text ("the document says", "according to the declaration")
speaks for the parties the agreement finder gave that text: a bloc alone, or two states.
Sentences written for these tests."""
from helpers import run, speakers

from store.extract.text_issuers import text_credited

SUMMIT = ("Leaders of the Harbour League adopted a final declaration at their summit in Lima on Monday.\n\n"
          "Trade in local currencies grew last year. This is also reflected in the final declaration.\n\n"
          '"We welcome the new payment channel between the central banks of all members," the document says.')


def test_the_document_of_a_bloc_declaration_speaks_for_the_bloc():
    out = run(SUMMIT)
    assert speakers(out)["We welcome the new payment channel between the central banks of all members,"] \
        == "Harbour League"


def test_a_text_only_proposed_speaks_for_nobody():
    text = SUMMIT.replace("adopted a final declaration", "will discuss a draft final declaration")
    out = run(text)
    assert speakers(out)["We welcome the new payment channel between the central banks of all members,"] is None


def test_the_credited_text_is_read_before_and_after_the_quote():
    text = 'The document says: "All members will share data."'
    assert text_credited(text, 0, text.index('"'), len(text), len(text))[2] == "document"
    text = '"All members will share data," the declaration said.'
    close = text.index('," ') + 1
    assert text_credited(text, 0, 0, close + 1, len(text))[2] == "declaration"
    text = 'Members will "share data", the minister said.'
    close = text.index('",')
    assert text_credited(text, 0, text.index('"'), close + 1, len(text)) is None


def test_a_joint_statement_of_two_states_is_named_after_the_text_when_no_words_name_the_pair():
    text = ("Peru's Foreign Minister Ana Ruiz met Chile's Foreign Minister Tomas Berg in Lima.\n\n"
            "At the end of the visit, the two countries issued a joint statement.\n\n"
            '"The two sides stressed the freedom of navigation in the strait," the statement said.')
    out = run(text)
    assert speakers(out)["The two sides stressed the freedom of navigation in the strait,"] == \
        "Peru-Chile joint statement"
    pair = next(p for p in out["participants"] if p["name"] == "Peru-Chile joint statement")
    assert "Chile and Peru" in pair["aliases"]      # one written form per pair, for the store


def test_a_named_declaration_with_an_apposed_clause_and_its_communique_speak_for_the_bloc():
    text = ("Leaders of the Harbour League adopted the Lima Summit Declaration at their summit in Lima on "
            "Wednesday.\n\nThe Lima Summit Declaration, agreed by all members after long talks, says the "
            "league's support for the islands is \"firm and lasting\".\n\n"
            '"Piracy has become the main threat to trade in the region," the communique said.')
    out = speakers(run(text))
    assert out["firm and lasting"] == "Harbour League"
    assert out["Piracy has become the main threat to trade in the region,"] == "Harbour League"


def test_the_reader_of_a_declaration_is_not_its_speaker():
    text = ("The presidents of Chile and Peru signed a joint declaration in Lima on Thursday.\n\n"
            "The declaration which was read by the convenor, Prime Minister Dr Ivo Marek, says "
            "\"both Chile and Peru will settle any difference by peaceful means\".")
    out = speakers(run(text))
    # the article names the pair as the actor that signed it: its words name the voice
    assert out["both Chile and Peru will settle any difference by peaceful means"] == "presidents of Chile and Peru"
