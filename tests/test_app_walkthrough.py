"""Traps met while answering briefing questions at 80x24 the way an analyst would (issue 14):
each test replays the keys that went wrong."""
from __future__ import annotations

from app_helpers import ready

from tui.app import ParleyApp
from tui.components.screens import HelpScreen, TimelineScreen


async def _timeline(pilot, app, query: str) -> TimelineScreen:
    await pilot.press("slash", *query, "enter")
    await pilot.pause()
    await pilot.press("t")
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, TimelineScreen)
    return app.screen


async def test_y_and_Y_on_timeline_rows_copy_citation_and_id(built_store):
    """`y` on a timeline row did nothing (no toast, clipboard unchanged) although the README
    promises it on every screen."""
    app = ParleyApp(built_store, restore=False)
    copied: list[str] = []
    app.copy_to_clipboard = copied.append
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        screen = await _timeline(pilot, app, "duarte")
        kinds = [r.kind for r in screen.rows]
        for kind in ("agreement", "article", "quote"):
            assert kind in kinds
            target = kinds.index(kind)
            await pilot.press("g", *["j"] * target)
            await pilot.pause()
            record = screen.current_record()
            assert record is not None and type(record).__name__.lower() == kind
            await pilot.press("y")
            await pilot.pause()
            assert copied[-1] and copied[-1] != record.id
            if kind == "quote":
                assert copied[-1].startswith("\u201c") and "Helena Duarte" in copied[-1]
            await pilot.press("Y")
            await pilot.pause()
            assert copied[-1] == record.id
        assert isinstance(app.screen, TimelineScreen)        # copying does not leave the screen


async def test_help_scrolls_one_line_per_key_even_when_keys_arrive_together(built_store):
    """In tmux, `send-keys j j j j j` (or a held key) scrolled `?` by one line: each scroll was
    deferred to after the refresh, so every press computed the same target line."""
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        scroll = app.screen.query_one("#help-scroll")
        assert scroll.scroll_y == 0
        for _ in range(5):
            app.screen.action_scroll_down()      # five presses handled before one refresh
        await pilot.pause()
        assert scroll.scroll_y == 5
        app.screen.action_scroll_up()
        app.screen.action_scroll_up()
        await pilot.pause()
        assert scroll.scroll_y == 3


async def test_un_finds_a_un_ambassador_written_with_dots(tmp_path):
    """`/russian ambassador un` found nobody: the title reads "U.N. Ambassador", indexed as the
    words `u` and `n`. Dotted acronyms of names, titles, agreements and headlines are now also
    indexed without their dots; the dotted query still works."""
    from store.db.database import Store
    from store.importer import run_import
    art = tmp_path / "council.txt"
    art.write_text(" date 2025-09-30 Council vote on the harbour mission\n\n"
                   "Russia\u2019s U.N. Ambassador Petra Voss said Moscow abstained because the council "
                   "\u201cis rushing into a venture nobody has costed.\u201d\n\n"
                   "The U.S. envoy Karl Brandt said the mission \u201cwill save lives.\u201d\n", encoding="utf-8")
    path = tmp_path / "store.json"
    run_import(Store(path), [str(art)])
    app = ParleyApp(path, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        for query in ("russian ambassador un", "russian ambassador u.n."):
            await pilot.press("slash", "ctrl+u", *query)
            await pilot.pause()
            speakers = {app.catalog.quotes[i].speaker for i in app.query_one("#quotes").items}
            assert speakers == {"Petra Voss"}, query
            await pilot.press("escape")
            await pilot.pause()



async def _filter_then_timeline(pilot, app, query: str, pane: str = "2") -> str:
    """Filter, go to the quotes pane, pause (the app builds the timeline ahead meanwhile), open
    the timeline and come back; the status line before and after."""
    await pilot.press("slash", *query, "enter", pane)
    await pilot.pause(0.8)
    await app.workers.wait_for_complete()
    await pilot.pause()
    before = str(app.query_one("#detail").render())
    await pilot.press("t")
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, TimelineScreen)
    await pilot.press("escape")
    await pilot.pause()
    assert app.is_running and not isinstance(app.screen, TimelineScreen)
    return before


async def test_timeline_leaves_the_status_line_to_the_main_panes(tmp_path):
    """Back from `t`, the status line described the store's first agreement (the timeline's
    row 0 read as an agreement index), a record outside the view; with no agreement at all,
    the timeline's focus raised IndexError."""
    from store.db.database import Store
    from store.importer import run_import
    art = tmp_path / "talks.txt"
    art.write_text(" date 2025-05-02 Talks in Oslo\n\nForeign Minister Petra Voss said the talks "
                   "\u201cwent better than anyone expected.\u201d\n", encoding="utf-8")
    path = tmp_path / "store.json"
    run_import(Store(path), [str(art)])
    app = ParleyApp(path, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert not app.catalog.agreements
        before = await _filter_then_timeline(pilot, app, "voss")
        assert "went better" in before
        assert str(app.query_one("#detail").render()) == before



async def test_export_says_how_many_quotes_the_note_holds(tmp_path):
    """`e` said "Wrote 9 quotes" for a note holding 6: a quote said twice in one article is
    written once, and the message counted it twice."""
    from store.db.database import Store
    from store.importer import run_import
    art = tmp_path / "talks.txt"
    art.write_text(" date 2025-05-02 Talks in Oslo\n\nForeign Minister Petra Voss said: "
                   "\u201cWe will not sign this text.\u201d\n\nThe talks went on until late. Asked again "
                   "on Friday, Voss said: \u201cWe will not sign this text.\u201d\n", encoding="utf-8")
    path = tmp_path / "store.json"
    run_import(Store(path), [str(art)])
    app = ParleyApp(path, restore=False)
    said: list[str] = []
    notify = app.notify
    app.notify = lambda message, **kw: (said.append(str(message)), notify(message, **kw))[1]
    out = tmp_path / "note.md"
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert len(app.catalog.quotes) == 2
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("ctrl+u", *str(out), "enter")
        await pilot.pause()
    held = out.read_text(encoding="utf-8").count("> \u2014 ")
    assert held == 1
    assert any(m.startswith(f"Wrote {held} quotes and 0 agreements to {out}") for m in said), said


def test_cli_export_says_how_many_quotes_the_note_holds(tmp_path):
    from typer.testing import CliRunner

    from store.db.database import Store
    from store.importer import run_import
    from tui.cli import app as cli
    art = tmp_path / "talks.txt"
    art.write_text(" date 2025-05-02 Talks in Oslo\n\nForeign Minister Petra Voss said: "
                   "\u201cWe will not sign this text.\u201d\n\nAsked again on Friday, Voss said: "
                   "\u201cWe will not sign this text.\u201d\n", encoding="utf-8")
    path = tmp_path / "store.json"
    run_import(Store(path), [str(art)])
    out = tmp_path / "note.md"
    res = CliRunner().invoke(cli, ["export", "voss", "-o", str(out), "--store", str(path)])
    assert res.exit_code == 0, res.output
    assert out.read_text(encoding="utf-8").count("> \u2014 ") == 1
    assert "wrote 1 quotes and 0 agreements" in res.output


async def test_a_date_range_with_nothing_in_it_says_so(built_store):
    """`/since:last-month` on a store whose newest article is a year old emptied the quotes and
    agreements panes without a word; the status line now gives the resolved range and the
    dates the store holds."""
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"since:1990-01 until:1990-12")
        await pilot.pause()
        assert not app.query_one("#quotes").items and not app.query_one("#agreements").items
        status = str(app.query_one("#detail").render())
        assert "dates 1990-01" in status and "nothing dated then (the store runs " in status
        await pilot.press("ctrl+u", *"since:2025-03")
        await pilot.pause()
        assert app.query_one("#quotes").items
        assert "nothing dated then" not in str(app.query_one("#detail").render())
