"""Quoted names of signed documents in sentence case are not speech (turn 6). Sentences
written for these tests."""
from helpers import run


def _quotes(text: str) -> list[str]:
    return [q["text"] for q in run(text)["quotes"]]


def test_a_document_quoted_right_after_signed_the_is_its_name():
    for marks in ('"{}"', "«{}»", "“{}”"):
        title = marks.format("Programme of trilateral naval cooperation for 2027")
        assert _quotes(f"On Monday the ministers of Arland and Belmark signed the {title} in the capital.") == []


def test_speech_after_a_signing_is_still_speech():
    text = ('The ministers signed the programme on Monday. "Programme or not, the coast needs ships now," '
            'Berg said.')
    assert _quotes(text) == ["Programme or not, the coast needs ships now,"]
    text = 'Berg signed the pact and said "agreement on paper is only the start".'
    assert _quotes(text) == ["agreement on paper is only the start"]
