"""Traps of the panes at 80x24 (issue 14, analyst walkthrough B, C, D, A, G, J): the quote text
and agreement names had the least room, `c` could change nothing, a repeated post was listed
twice, a date range left the participants unfiltered, and the articles' counts had no names."""
from __future__ import annotations

from app_helpers import lst, ready
from rich.cells import cell_len

from store.records import Quote
from store.view.query import distinct_quotes, distinct_rows
from tui.app import AGREEMENT_COLUMNS, QUOTE_COLUMNS, ParleyApp
from tui.components.record_list import RecordList, layout
from tui.components.screens import TimelineScreen


def _store(tmp_path, articles: dict[str, str]):
    from store.db.database import Store
    from store.importer import run_import
    paths = []
    for name, body in articles.items():
        p = tmp_path / name
        p.write_text(body, encoding="utf-8")
        paths.append(str(p))
    path = tmp_path / "store.json"
    run_import(Store(path), paths)
    return path


REPEATED = (" date 2025-05-02 Talks in Oslo\n\nForeign Minister Petra Voss said: "
            "\u201cWe will not sign this text.\u201d\n\nThe talks went on until late. Asked again "
            "on Friday, Voss said: \u201cWe will not sign this text.\u201d\n")
LATER = (" date 2025-09-14 Port visit in Bergen\n\nDefence Minister Anton Lindqvist said: "
         "\u201cThe frigates will stay until spring.\u201d\n")


# -- 1. room for the quote text and the agreement's name -----------------------------------------
def test_quote_text_keeps_22_cells_the_speaker_gives_way_first():
    # the quotes pane at 80x24 is 50 cells: the speaker used to take 22 and the quote 16
    natural = [46, 10, 400]
    speaker, date, quote = layout(QUOTE_COLUMNS, natural, 50)
    assert quote >= 22 and date == 10 and speaker >= 14
    # wide lists: names whole again (to their natural width), the quote takes the rest
    assert layout(QUOTE_COLUMNS, natural, 120)[0] == 46
    # a short name column is not squeezed for nothing
    assert layout(QUOTE_COLUMNS, [13, 10, 400], 50)[0] == 13


def test_agreement_name_keeps_20_cells_with_parties_and_date_shown():
    status, name, parties, date = layout(AGREEMENT_COLUMNS, [10, 60, 26, 10], 50)
    assert name >= 20 and parties > 0 and date == 10 and status >= 8
    # squeezing never widens: a status column of short words keeps its natural width
    assert layout(AGREEMENT_COLUMNS, [6, 60, 26, 10], 50)[0] == 6


async def test_80x24_quote_column_is_readable_and_short_names_whole(built_store):
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        quotes = lst(app, "quotes")
        speaker_w, _date_w, quote_w = quotes.widths()
        assert quote_w >= 22
        for item in quotes.items[:10]:
            q = app.catalog.quotes[item]
            row = quotes.row_text(item, quotes.text_width)
            if q.speaker and cell_len(q.speaker) <= speaker_w:
                assert row.startswith(q.speaker)           # names that fit are whole


# -- 2. every press of `c` changes something -----------------------------------------------------
async def test_column_key_always_changes_the_layout_or_says_why_not(built_store):
    app = ParleyApp(built_store, restore=False)
    said: list[str] = []
    notify = app.notify
    app.notify = lambda message, **kw: (said.append(str(message)), notify(message, **kw))[1]
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("3")
        agreements = lst(app, "agreements")
        seen = [agreements.widths()]
        for _ in range(6):
            before = agreements.widths()
            await pilot.press("c")
            await pilot.pause()
            after = agreements.widths()
            assert after != before, said[-1:]               # never "shown at full width" and no change
            seen.append(after)
        assert not any("every column" in m for m in said)


def test_column_key_on_a_list_with_everything_shown_says_so(monkeypatch):
    import pytest
    monkeypatch.setattr(RecordList, "text_width", property(lambda self: 200))   # room for all
    rl = RecordList(QUOTE_COLUMNS)
    rl._natural = [12, 10, 20]
    with pytest.raises(LookupError, match="every column"):
        rl.cycle_column()
    assert rl.wide is None


# -- 3. a repeated post is one quote in the panes and the timeline -------------------------------
def _q(qid: str, text: str, same_as: str | None = None, art: str = "a1") -> Quote:
    return Quote(id=qid, article_id=art, text=text, start=0, end=len(text), speaker="Petra Voss",
                 same_as=same_as)


def test_distinct_rows_is_distinct_quotes_on_rows():
    from types import SimpleNamespace
    from store.view.query import _repeat_rows
    quotes = [_q("p", "Signed today."), _q("b", "Other words."), _q("r", "Signed today .", same_as="p"),
              _q("v", "other  WORDS."), _q("x", "Other words.", art="a2")]
    cat = SimpleNamespace(quotes=quotes, repeat_rows=_repeat_rows(quotes))
    rows = list(range(len(quotes)))
    assert [quotes[r].id for r in distinct_rows(cat, rows)] == [q.id for q in distinct_quotes(quotes)] \
        == ["p", "b", "x"]
    # the repeat alone (its first occurrence filtered out) is still shown
    assert distinct_rows(cat, [2, 4]) == [2, 4]
    assert 4 not in cat.repeat_rows                        # a quote of another article is left alone


async def test_repeated_quote_is_listed_once_in_pane_and_timeline(tmp_path):
    path = _store(tmp_path, {"talks.txt": REPEATED})
    app = ParleyApp(path, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert len(app.catalog.quotes) == 2
        assert len(lst(app, "quotes").items) == 1
        # counted as listed: the pane's total, the "All participants" row and the speaker's count
        assert app.catalog.quote_total == 1
        assert "1/1" in str(lst(app, "quotes").border_title)
        people = lst(app, "participants")
        assert [people.cells(i)[-1] for i in people.items[:1]] == ["1"]
        voss = next(p for p in app.catalog.participants if p.name == "Petra Voss")
        assert app.catalog.quote_counts[voss.id] == 1
        await pilot.press("t")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        timeline = app.screen.query_one(RecordList)
        rows = [timeline.row_text(i, 200) for i in timeline.items]
        assert sum("We will not sign this text" in r for r in rows) == 1, rows


# -- 4. a date range narrows the participants ----------------------------------------------------
async def test_date_range_lists_only_participants_with_a_record_then(tmp_path):
    path = _store(tmp_path, {"talks.txt": REPEATED, "port.txt": LATER})
    app = ParleyApp(path, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        names = lambda: {app.catalog.participants[i].name for i in app.view.participants}  # noqa: E731
        assert {"Petra Voss", "Anton Lindqvist"} <= names()
        await pilot.press("slash", *"since:2025-09 until:2025-09", "enter")
        await pilot.pause()
        assert "Anton Lindqvist" in names() and "Petra Voss" not in names()
        assert len(lst(app, "quotes").items) == 1


# -- 5. the articles screen names its columns ----------------------------------------------------
async def test_articles_screen_has_a_header_and_keeps_the_cursor_in_view(built_store):
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("4")
        await pilot.pause()
        rl = app.screen.query_one(RecordList)
        header = rl.render_line(0).text
        assert "title" in header and "quotes" in header and "agr." in header
        assert rl.render_line(1).text.strip() == rl.row_text(rl.items[0], rl.text_width).strip()
        await pilot.press("G")
        await pilot.pause()
        last = rl.row_text(rl.items[-1], rl.text_width)
        assert last in [rl.render_line(y).text for y in range(rl.size.height)]
        assert rl.render_line(0).text == header             # the header stays while rows scroll
