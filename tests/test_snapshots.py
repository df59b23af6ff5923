"""Layout snapshots (pytest-textual-snapshot). Update with `pytest --snapshot-update` and
look at the report before committing new pictures."""
from __future__ import annotations

from app_helpers import ready

from tui.app import ParleyApp


def _app(path) -> ParleyApp:
    # demo mode: a subtitle that does not name a temp path; no saved place from other runs
    return ParleyApp(path, demo=True, restore=False)


def test_main_screen_80x24(snap_compare, built_store):
    assert snap_compare(_app(built_store), terminal_size=(80, 24), run_before=ready)


def test_participant_selected_80x24(snap_compare, built_store):
    async def go(pilot):
        await ready(pilot)
        await pilot.press("j", "j")
        await pilot.pause()
    assert snap_compare(_app(built_store), terminal_size=(80, 24), run_before=go)


def test_filter_80x24(snap_compare, built_store):
    async def go(pilot):
        await ready(pilot)
        await pilot.press("slash")
        pilot.app.query_one("#filter").cursor_blink = False
        await pilot.press(*"cables")
        await pilot.pause()
    assert snap_compare(_app(built_store), terminal_size=(80, 24), run_before=go)


def test_quote_detail_80x24(snap_compare, built_store):
    async def go(pilot):
        await ready(pilot)
        await pilot.press("2", "j", "enter")
        await pilot.pause()
        await pilot.pause()
    assert snap_compare(_app(built_store), terminal_size=(80, 24), run_before=go)


def test_help_80x24(snap_compare, built_store):
    async def go(pilot):
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
    assert snap_compare(_app(built_store), terminal_size=(80, 24), run_before=go)


def test_main_screen_200x60(snap_compare, built_store):
    assert snap_compare(_app(built_store), terminal_size=(200, 60), run_before=ready)


def test_quotes_pane_200x60(snap_compare, built_store):
    async def go(pilot):
        await ready(pilot)
        await pilot.press("2", "j")
        await pilot.pause()
    assert snap_compare(_app(built_store), terminal_size=(200, 60), run_before=go)


def test_agreements_pane_80x24(snap_compare, built_store):
    async def go(pilot):
        await ready(pilot)
        await pilot.press("3", "j")
        await pilot.pause()
    assert snap_compare(_app(built_store), terminal_size=(80, 24), run_before=go)


def test_narrow_pane_column_key_80x24(snap_compare, built_store):
    """`c` brings the participants' hidden country column forward (one press: the name
    column, already given all the room it can have, is skipped)."""
    async def go(pilot):
        await ready(pilot)
        await pilot.press("c")
        await pilot.pause()
        pilot.app.clear_notifications()
        await pilot.pause()
    assert snap_compare(_app(built_store), terminal_size=(80, 24), run_before=go)


def test_articles_80x24(snap_compare, built_store):
    async def go(pilot):
        await ready(pilot)
        await pilot.press("4")
        await pilot.pause()
    assert snap_compare(_app(built_store), terminal_size=(80, 24), run_before=go)


def test_articles_200x60(snap_compare, built_store):
    async def go(pilot):
        await ready(pilot)
        await pilot.press("4")
        await pilot.pause()
    assert snap_compare(_app(built_store), terminal_size=(200, 60), run_before=go)


def test_export_prompt_80x24(snap_compare, built_store):
    async def go(pilot):
        await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
        inp = pilot.app.screen.query_one("#prompt-input")
        inp.cursor_blink = False
        inp.value = "~/briefs/brief.md"       # the default carries the time: fixed here
        await pilot.pause()
    assert snap_compare(_app(built_store), terminal_size=(80, 24), run_before=go)


def test_participant_detail_80x24(snap_compare, built_store):
    async def go(pilot):
        await ready(pilot)
        await pilot.press("j", "enter")
        await pilot.pause()
    assert snap_compare(_app(built_store), terminal_size=(80, 24), run_before=go)


def test_agreement_detail_80x24(snap_compare, built_store):
    async def go(pilot):
        await ready(pilot)
        await pilot.press("3", "enter")
        await pilot.pause()
    assert snap_compare(_app(built_store), terminal_size=(80, 24), run_before=go)


def test_article_screen_80x24(snap_compare, built_store):
    async def go(pilot):
        await ready(pilot)
        await pilot.press("2", "j", "a")
        await pilot.pause()
        await pilot.pause()
    assert snap_compare(_app(built_store), terminal_size=(80, 24), run_before=go)


def test_timeline_80x24(snap_compare, built_store):
    async def go(pilot):
        await ready(pilot)
        await pilot.press("t")
        await pilot.pause()
    assert snap_compare(_app(built_store), terminal_size=(80, 24), run_before=go)
