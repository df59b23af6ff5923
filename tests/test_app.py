"""The app as a user drives it: Pilot presses keys, the test reads what the panes show."""
from __future__ import annotations

from app_helpers import lst, ready, shown_quotes

from store.importer import import_raws
from store.db.database import Store
from tui.app import ParleyApp
from tui.components.screens import DetailScreen, HelpScreen


async def test_first_frame_then_data(built_store):
    app = ParleyApp(built_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert len(lst(app, "quotes").items) == len(Store(built_store).snapshot().quotes)
        assert lst(app, "participants").has_focus


async def test_selecting_a_participant_narrows_quotes_and_agreements(built_store):
    app = ParleyApp(built_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        total = len(lst(app, "quotes").items)
        await pilot.press("j")          # first real participant (the most quoted)
        await pilot.pause()
        p = app.catalog.participants[lst(app, "participants").current]
        quotes = shown_quotes(app)
        assert 0 < len(quotes) < total
        assert all(q.speaker_id == p.id for q in quotes)
        ags = [app.catalog.agreements[i] for i in lst(app, "agreements").items]
        assert ags and all(p.name in a.signatories or p.name in a.parties for a in ags)
        await pilot.press("g")          # back to "All participants"
        await pilot.pause()
        assert len(lst(app, "quotes").items) == total


async def test_slash_filters_all_panes_as_you_type(built_store):
    app = ParleyApp(built_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        total = len(lst(app, "quotes").items)
        await pilot.press("slash", "c", "a", "b", "l", "e", "s")
        await pilot.pause()
        quotes = shown_quotes(app)
        assert 0 < len(quotes) < total
        assert all("cables" in q.text.casefold() for q in quotes)
        await pilot.press("escape")
        await pilot.pause()
        assert len(lst(app, "quotes").items) == total


async def test_filter_then_enter_goes_to_the_person_and_enter_opens_detail(built_store):
    app = ParleyApp(built_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"duarte", "enter")
        await pilot.pause()
        plist = lst(app, "participants")
        assert plist.has_focus
        assert app.catalog.participants[plist.current].name == "Helena Duarte"
        assert all(q.speaker == "Helena Duarte" for q in shown_quotes(app))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, DetailScreen)


async def test_quote_detail_shows_the_source_with_the_span(built_store):
    app = ParleyApp(built_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("2", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DetailScreen)
        q = screen.record
        src = screen.query_one("#detail-source").render()
        assert q.text in src.plain
        styled = [s for s in src.spans if s.start == q.start and s.end == q.end]
        assert styled, "the quote's span is highlighted in its article"


async def test_tab_and_digits_move_between_panes_and_help_lists_keys(built_store):
    app = ParleyApp(built_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("tab")
        assert lst(app, "quotes").has_focus
        await pilot.press("3")
        assert lst(app, "agreements").has_focus
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = {}
        for k, desc, _where, _id in app.screen.keys:
            keys.setdefault(desc, k)
        assert keys["Quit"] == "q" and keys["Filter"] == "/" and keys["Down"] == "j / ↓"


async def test_copy_emits_the_citation(built_store):
    app = ParleyApp(built_store)
    copied = []
    app.copy_to_clipboard = copied.append
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"cables", "enter")
        await pilot.pause()
        await pilot.press("y")
        q = app.catalog.quotes[lst(app, "quotes").current]
        art = app.catalog.articles[q.article_id]
        from store.view.citation import quote_text
        assert copied == [f"\u201c{quote_text(q.text)}\u201d \u2014 {q.speaker}, Defence Minister "
                          f"(\u201c{art.title}\u201d, {art.date})"]


async def test_q_quits(built_store):
    app = ParleyApp(built_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("q")
    assert app.return_code == 0


async def test_untrusted_text_is_shown_literally(tmp_path):
    from conftest import FIXTURES
    from store.importer import run_import
    path = tmp_path / "s.json"
    run_import(Store(path), [str(FIXTURES / "hostile" / "markup_and_escape.txt")])
    app = ParleyApp(path)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await pilot.pause()
        screen_text = "\n".join(
            "".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips())
        assert "[bold red]x[/]" in screen_text            # markup shown, not applied
        assert "\x1b" not in screen_text                 # no raw escape reaches the terminal
        assert "\u241b[31m" in screen_text               # the ESC is drawn as a visible symbol
        await pilot.press("j", "enter")
        await pilot.pause()
        detail = app.screen.query_one("#detail-source").render()
        assert "[link=http://example.invalid]links[/link]" in detail.plain
        assert "\x1b" not in detail.plain


async def test_app_notices_an_import_from_another_process_and_keeps_its_place(built_store, tmp_path):
    from store.ingest.reader import RawArticle
    app = ParleyApp(built_store)
    app.WATCH_SECONDS = 0.1
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("2", "j", "j")
        before = app.catalog.quotes[lst(app, "quotes").current].id
        n = len(app.catalog.quotes)
        import_raws(Store(built_store), [RawArticle(
            text='Trade Minister Olga Berg of Sweden said: "Exports rose in May."', source="other")])
        for _ in range(50):
            await pilot.pause(0.1)
            await app.workers.wait_for_complete()
            if app.catalog and len(app.catalog.quotes) == n + 1:
                break
        assert len(app.catalog.quotes) == n + 1
        assert app.catalog.quotes[lst(app, "quotes").current].id == before
        assert lst(app, "quotes").has_focus


async def test_merge_and_reject_from_the_app_then_undo(built_store):
    app = ParleyApp(built_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        names = [p.name for p in app.catalog.participants]
        reid, park = names.index("Thomas Reid"), names.index("Park Ji-won")
        plist = lst(app, "participants")
        plist.move_to(reid + 1)
        await pilot.press("m")
        plist.move_to(park + 1)
        await pilot.press("m")
        await app.workers.wait_for_complete()
        await ready(pilot)
        assert "Thomas Reid" not in [p.name for p in app.catalog.participants]
        await pilot.press("u")
        await app.workers.wait_for_complete()
        await ready(pilot)
        assert "Thomas Reid" in [p.name for p in app.catalog.participants]
        n = len(app.catalog.quotes)
        await pilot.press("2", "x")
        await app.workers.wait_for_complete()
        await ready(pilot)
        assert len(app.catalog.quotes) == n - 1
