"""The query language and the one filter behind the panes, the timeline and export."""
from __future__ import annotations

import random
from datetime import date

import pytest
from find_data import catalog

from store.view.index import WordIndex, full_mask, mask_of, range_mask, rows_in, rows_of
from store.view.query import (
    QueryError,
    View,
    match_terms,
    parse_date,
    parse_query,
    select,
    unfiltered,
)

TODAY = date(2025, 11, 20)


# -- parse_query ------------------------------------------------------------------------------
@pytest.mark.parametrize("raw, want", [
    ("country:uk", "United Kingdom"), ("country:GB", "United Kingdom"), ("c:britain", "United Kingdom"),
    ("country:us", "United States"), ("country:usa", "United States"),
    ("country:american", "United States"), ('country:"united states"', "United States"),
    ("country:united_states", "United States"), ("country:dprk", "North Korea"),
    ("country:ukraine", "Ukraine"), ("country:ua", "Ukraine"),
])
def test_country_takes_names_codes_and_demonyms(raw, want):
    assert parse_query(raw).country_name == want


def test_unknown_country_is_kept_but_names_nothing():
    q = parse_query("country:narnia talks")
    assert q.country == "narnia" and q.country_name is None and q.words == ["talks"]


@pytest.mark.parametrize("value, edge, want", [
    ("2025-03-05", "since", "2025-03-05"), ("2025-3", "since", "2025-03"), ("2025", "until", "2025"),
    ("30d", "since", "2025-10-21"), ("2w", "since", "2025-11-06"), ("6m", "since", "2025-05-20"),
    ("1y", "since", "2024-11-20"), ("today", "until", "2025-11-20"), ("yesterday", "since", "2025-11-19"),
    ("last-month", "since", "2025-10-01"), ("last-month", "until", "2025-10-31"),
    ("this-year", "since", "2025-01-01"), ("last-year", "until", "2024-12-31"),
    ("this-week", "since", "2025-11-17"), ("last-week", "until", "2025-11-16"),
])
def test_dates_absolute_relative_and_named(value, edge, want):
    assert parse_date(value, edge, TODAY) == want


@pytest.mark.parametrize("bad", ["2025-13-45", "2025-02-30", "soon", "12345", "last-decade"])
def test_bad_dates_are_rejected_with_a_message(bad):
    q = parse_query(f"since:{bad} cables", TODAY)
    assert q.since is None and q.words == ["cables"]
    assert len(q.errors) == 1 and f"since:{bad}" in q.errors[0] and "not a date" in q.errors[0]


def test_unknown_fields_and_words_are_words():
    q = parse_query('Voss note:x "grain corridor" since:2025-10', TODAY)
    assert q.words == ["voss", "note", "x", "grain", "corridor"] and q.since == "2025-10"
    assert match_terms("Voss country:uk since:30d") == ["voss"]


# -- the index ----------------------------------------------------------------------------
def test_index_matches_word_starts_and_agrees_dense_and_sparse():
    rng = random.Random(3)
    vocab = ["ship", "shipping", "shield", "talks", "tall", "zeal"]
    texts = [" ".join(rng.choice(vocab) for _ in range(rng.randint(0, 4))) for _ in range(300)]
    idx = WordIndex.build(texts, len(texts))
    assert idx.dense            # the frequent words have ready masks
    for prefix in ("s", "sh", "ship", "shipp", "ta", "tall", "z", "q"):
        want = [i for i, t in enumerate(texts) if any(w.startswith(prefix) for w in t.split())]
        assert rows_of(idx.mask(prefix), idx.n) == want, prefix
    sparse = WordIndex.build(texts, len(texts) * 100)      # same rows, every word sparse
    assert not sparse.dense and rows_of(sparse.mask("sh"), sparse.n) == rows_of(idx.mask("sh"), idx.n)


def test_masks():
    n = 10
    assert rows_of(mask_of([1, 4, 9], n), n) == [1, 4, 9]
    assert rows_of(full_mask(n) & range_mask(n, 3, 6), n) == [3, 4, 5]
    assert rows_in(mask_of([2, 5], n), n, [5, 3, 2]) == [5, 2]
    assert rows_of(0, n) == [] and range_mask(n, 6, 3) == 0


# -- select ---------------------------------------------------------------------------------
def _names(cat, view: View):
    return ({cat.participants[i].name for i in view.participants}, {cat.quotes[i].id for i in view.quotes},
            {cat.agreements[i].name for i in view.agreements})


def test_country_uk_is_not_ukraine(tmp_path):
    cat = catalog(tmp_path)
    for raw in ("country:uk", "country:gb", "country:britain", "country:british", 'country:"united kingdom"'):
        people, quotes, ags = _names(cat, select(cat, raw))
        assert people == {"Jon Hale", "United Kingdom"}, raw
        assert quotes == {"q2", "q6"} and ags == {"Grain Corridor Memorandum"}
    for raw in ("country:us", "country:usa", "country:american", 'country:"united states"'):
        assert _names(cat, select(cat, raw))[1] == {"q4"}, raw


def test_unknown_country_says_so_and_selects_nothing(tmp_path):
    cat = catalog(tmp_path)
    v = select(cat, "country:narnia")
    assert v.errors and "narnia" in v.errors[0] and not (v.participants or v.quotes or v.agreements)


def test_plain_words_reach_titles_roles_demonyms_agreements_and_article_titles(tmp_path):
    cat = catalog(tmp_path)
    people, quotes, _ = _names(cat, select(cat, "russian ambassador"))
    assert people == {"Petra Voss"} and quotes == {"q1"}
    _, quotes, ags = _names(cat, select(cat, "india"))            # a country finds the pact it signed
    assert ags == {"Harbour Access Pact"} and "q5" in quotes
    assert _names(cat, select(cat, "memorandum"))[2] == {"Grain Corridor Memorandum"}
    assert _names(cat, select(cat, "envoy"))[1] == {"q1"}         # only in the article's title
    assert _names(cat, select(cat, "british secretary"))[0] == {"Jon Hale"}


def test_date_filter_equals_a_scan_and_undated_records_fail_it(tmp_path):
    cat = catalog(tmp_path)
    for raw in ("since:2025-10-01 until:2025-10-31", "since:2025-10", "until:2025-10-02", "until:2025"):
        q = parse_query(raw)
        want = {x.id for x in cat.quotes if cat.date_of(x) and cat.date_of(x) >= (q.since or "")
                and cat.date_of(x)[: len(q.until or "")] <= (q.until or "9999")}
        assert _names(cat, select(cat, raw))[1] == want, raw
    assert "q7" not in _names(cat, select(cat, "until:2030"))[1]
    assert "Grain Corridor Memorandum" not in _names(cat, select(cat, "since:2000"))[2]


def test_a_bad_date_is_reported_and_ignored(tmp_path):
    cat = catalog(tmp_path)
    v = select(cat, "since:2025-13-45")
    assert v.errors and len(v.quotes) == len(cat.quotes)


def test_selected_participant_narrows_and_its_own_name_does_not_hide_it(tmp_path):
    cat = catalog(tmp_path)
    hale = next(p.id for p in cat.participants if p.name == "Jon Hale")
    assert _names(cat, select(cat, "", hale))[1] == {"q2", "q6"}
    assert _names(cat, select(cat, "hale", hale))[1] == {"q2", "q6"}
    assert _names(cat, select(cat, "drills", hale))[1] == {"q6"}
    assert _names(cat, unfiltered(cat, hale))[1] == {"q2", "q6"}


def test_export_uses_the_same_filter(tmp_path):
    from store.view.export import select as export_select
    cat = catalog(tmp_path)
    quotes, ags, context = export_select(cat, "country:uk since:2025-09")
    view = select(cat, "country:uk since:2025-09")
    assert [q.id for q in quotes] == [cat.quotes[i].id for i in view.quotes]
    assert [a.id for a in ags] == [cat.agreements[i].id for i in view.agreements]
    assert "United Kingdom" in context
    with pytest.raises(QueryError, match="not a date"):
        export_select(cat, "until:2025-02-30")
    with pytest.raises(QueryError, match="narnia"):
        export_select(cat, "country:narnia")
