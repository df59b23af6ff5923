"""Extraction never raises and every offset it gives is valid, whatever the text."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.extract.article import extract
from store.ingest.reader import RawArticle, normalise

PIECES = st.sampled_from([
    '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", " said ", " he said", ", ", ". ", "\n\n",
    "President ", "Minister ", "Anna Berg", "Karl", " signed ", " agreement ", " MoU ",
    " (ABC) ", " \u2014 ", " (@handle) ", "March 3, 2025", " the ministry ", "Norway", "Swiss",
    " according to ", " told ", "@x", " date 2025-01-01 ", "\x1b[31m", "[bold]", "\t", "-",
])
TEXTS = st.one_of(st.text(max_size=400), st.lists(PIECES, max_size=80).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_extraction_never_raises_and_offsets_are_valid(text):
    text = normalise(text)
    ex = extract(RawArticle(text=text, source="prop"))
    n = len(text)
    for q in ex.quotes:
        assert 0 <= q.start <= q.end <= n
        assert text[q.start:q.end] == q.text
    for p in ex.participants:
        for m in p.mentions:
            assert 0 <= m.start <= m.end <= n
    for a in ex.agreements:
        for m in a.mentions:
            assert 0 <= m.start <= m.end <= n
