"""Finding and the timeline as a user drives them (Pilot), on an invented store whose every
record is known: country aliases, date and country messages in the status line, words over
titles, roles and agreements, highlighted matches, the timeline with a filter, rows that open."""
from __future__ import annotations

import threading

import pytest
from app_helpers import lst, ready, shown_quotes
from find_data import write_store

from store.db.database import Store
from tui.app import ParleyApp
from tui.components.screens import ArticleScreen, DetailScreen, TimelineScreen


@pytest.fixture
def desk(tmp_path):
    return write_store(tmp_path / "desk.json")


def status(app) -> str:
    return app.query_one("#detail").render().plain


async def type_filter(pilot, query: str) -> None:
    await pilot.press("slash", *query)
    await pilot.pause()


async def clear(pilot) -> None:
    await pilot.press("escape")
    await pilot.pause()


@pytest.mark.parametrize("query, speakers", [
    ("country:uk", {"Jon Hale"}), ("country:gb", {"Jon Hale"}), ("country:britain", {"Jon Hale"}),
    ("country:us", {"Dana Price"}), ("country:usa", {"Dana Price"}),
    ("country:american", {"Dana Price"}), ('country:"united states"', {"Dana Price"}),
])
async def test_country_aliases(desk, query, speakers):
    app = ParleyApp(desk, restore=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await type_filter(pilot, query)
        assert {q.speaker for q in shown_quotes(app)} == speakers
        names = {app.catalog.participants[i].name for i in lst(app, "participants").items[1:]}
        assert "Olena Marchuk" not in names and "Ukraine" not in names


async def test_bad_date_and_unknown_country_are_said_in_the_status_line(desk):
    app = ParleyApp(desk, restore=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        total = len(lst(app, "quotes").items)
        await type_filter(pilot, "since:2025-13-45")
        assert "since:2025-13-45 is not a date" in status(app)
        assert len(lst(app, "quotes").items) == total         # the rest of the query still applies
        await clear(pilot)
        assert "not a date" not in status(app)
        await type_filter(pilot, "country:narnia")
        assert "country:narnia matches no country" in status(app)
        assert not lst(app, "quotes").items and lst(app, "participants").items == [-1]


async def test_words_search_titles_roles_demonyms_and_agreement_names(desk):
    app = ParleyApp(desk, restore=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        cat = app.catalog
        await type_filter(pilot, "russian ambassador")          # a quoted Russian ambassador
        assert [q.speaker for q in shown_quotes(app)] == ["Petra Voss"]
        assert [cat.participants[i].name for i in lst(app, "participants").items[1:]] == ["Petra Voss"]
        await clear(pilot)
        await type_filter(pilot, "india")                       # the agreement India signed
        assert [cat.agreements[i].name for i in lst(app, "agreements").items] == ["Harbour Access Pact"]
        await clear(pilot)
        await type_filter(pilot, "memorandum")                  # an agreement's name
        assert [cat.agreements[i].name for i in lst(app, "agreements").items] == ["Grain Corridor Memorandum"]
        await clear(pilot)
        await type_filter(pilot, "envoy")                       # only in an article's title
        assert [q.id for q in shown_quotes(app)] == ["q1"]


async def test_matches_are_highlighted(desk):
    app = ParleyApp(desk, restore=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await type_filter(pilot, "voss")
        plist = lst(app, "participants")
        assert plist.highlight == ["voss"]
        base = plist.rich_style
        segs = plist._marked("P Petra Voss  Russia", base)
        marked = [s.text for s in segs if s.style != base]
        assert marked == ["Voss"]


async def test_status_line_shows_loading_progress_not_zero_counts(desk, monkeypatch):
    gate = threading.Event()
    real = Store.snapshot

    def slow(self, *args, **kwargs):
        gate.wait(10)
        return real(self, *args, **kwargs)
    monkeypatch.setattr(Store, "snapshot", slow)
    app = ParleyApp(desk, restore=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.2)
        line = status(app)
        assert "reading the store" in line and "0 participants" not in line
        gate.set()
        await ready(pilot)
        assert "10 participants, 7 quotes, 2 agreements" in status(app)


async def test_timeline_applies_the_filter_and_puts_undated_last(desk):
    app = ParleyApp(desk, restore=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("t")
        await app.workers.wait_for_complete()
        await pilot.pause()
        rows = app.screen.rows
        assert rows[-1].date == "" and all(r.date for r in rows[:-2])   # undated article + quote last
        assert "undated" in app.screen._cells(len(rows) - 2)[0]
        await pilot.press("escape")
        await type_filter(pilot, "since:2025-10-01 until:2025-10-31")
        await pilot.press("enter", "t")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        assert "filter \u201csince:2025-10-01 until:2025-10-31\u201d" in screen.query_one("#timeline-head").render().plain
        assert screen.rows and all("2025-10-01" <= r.date <= "2025-10-31" for r in screen.rows)
        kinds = {r.kind for r in screen.rows}
        assert kinds == {"agreement", "article", "quote"}


async def test_timeline_rows_open_their_records(desk):
    app = ParleyApp(desk, restore=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await type_filter(pilot, "harbour")
        await pilot.press("enter", "t")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        kinds = [r.kind for r in screen.rows]
        assert kinds[:2] == ["agreement", "article"] and "quote" in kinds
        opened = []
        for pos, kind in enumerate(kinds):
            screen.query_one("#timeline").move_to(pos)
            await pilot.press("enter")
            await pilot.pause()
            opened.append((kind, type(app.screen).__name__))
            if kind == "agreement":
                assert isinstance(app.screen, DetailScreen) and app.screen.record.name == "Harbour Access Pact"
            elif kind == "quote":
                assert isinstance(app.screen, DetailScreen)
                assert app.screen.record is app.catalog.quotes[screen.rows[pos].ref]
            else:
                assert isinstance(app.screen, ArticleScreen) and app.screen.article.id == "a2"
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is screen
    assert {k: v for k, v in opened} == {"agreement": "DetailScreen", "article": "ArticleScreen",
                                         "quote": "DetailScreen"}


async def test_timeline_is_built_ahead_while_the_user_pauses(desk):
    app = ParleyApp(desk, restore=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await type_filter(pilot, "harbour")
        await pilot.pause(0.6)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app._timeline is not None and app._timeline[0] is app.view
        await pilot.press("enter", "t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TimelineScreen) and screen.ready is app._timeline[2]
        assert [r.kind for r in screen.rows][:2] == ["agreement", "article"]


async def test_a_timeline_built_on_demand_is_kept_for_the_same_view(desk):
    app = ParleyApp(desk, restore=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await type_filter(pilot, "corridor")
        await pilot.press("enter", "t")                      # at once: the screen builds it
        await app.workers.wait_for_complete()
        await pilot.pause()
        first = app.screen.rows
        assert first and app._timeline is not None and app._timeline[2] is first
        await pilot.press("escape", "t")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen) and app.screen.rows is first
