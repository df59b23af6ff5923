"""The briefing desk: sort, field filters, fuzzy names, export, article and timeline screens,
palette, maximise, rebindable keys, and the place restored on the next start."""
from __future__ import annotations

from app_helpers import lst, ready, shown_quotes

from store.view.citation import trim_trailing

from tui.app import ParleyApp
from tui.components.screens import ArticleScreen, DetailScreen, TimelineScreen


async def test_sort_cycles_in_the_focused_pane(built_store):
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("s")              # participants: by name
        await pilot.pause()
        names = [app.catalog.participants[i].name for i in lst(app, "participants").items[1:]]
        assert names == sorted(names, key=str.casefold)
        assert "sort: name" in lst(app, "participants").border_subtitle
        await pilot.press("2", "s", "s")    # quotes: oldest, then by speaker
        await pilot.pause()
        speakers = [q.speaker for q in shown_quotes(app)]
        assert speakers == sorted(speakers, key=lambda s: (s or "~").casefold())


async def test_country_and_date_filters(built_store):
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"country:norway")
        await pilot.pause()
        cat = app.catalog
        assert {cat.by_id[q.speaker_id].country for q in shown_quotes(app)} == {"Norway"}
        await pilot.press(*" since:2025-03-15")
        await pilot.pause()
        assert shown_quotes(app) and all(cat.date_of(q) >= "2025-03-15" for q in shown_quotes(app))


async def test_fuzzy_names_find_a_misspelled_person(built_store):
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"solwang", "enter")
        await pilot.pause()
        plist = lst(app, "participants")
        assert app.catalog.participants[plist.current].name == "Erik Solvang"
        assert shown_quotes(app) and all(q.speaker == "Erik Solvang" for q in shown_quotes(app))


async def test_export_writes_the_view_as_a_markdown_brief(built_store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"duarte", "enter")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert not list(tmp_path.glob("parley-brief-*.md"))      # asks first
        await pilot.press("enter")                                # the default path
        await pilot.pause()
        (out,) = list(tmp_path.glob("parley-brief-*.md"))
        md = out.read_text()
        quotes = shown_quotes(app)
    assert md.startswith("# Briefing note")
    assert "## Agreements" in md and "Maritime Security Cooperation Agreement" in md
    for q in quotes:
        assert f"> {trim_trailing(q.text)}\n" in md
    assert ("\u2014 Helena Duarte, Defence Minister (\u201cPortugal and Norway sign five-year maritime security"
            " pact\u201d, 2025-03-14)") in md
    assert ",\n>\n> \u2014" not in md          # the sentence's comma stays outside the quote
    assert "[^1]: " in md and "characters " in md


async def test_article_screen_jumps_between_quotes(built_store):
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("2", "a")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleScreen) and len(screen.quotes) > 1
        first = screen.current
        await pilot.press("n")
        assert screen.current == (first + 1) % len(screen.quotes)
        await pilot.press("N", "N")
        assert screen.current == (first - 1) % len(screen.quotes)
        body = screen.query_one("#article-body").render()
        s, e = screen.quotes[screen.current]
        assert any(sp.start == s and sp.end == e for sp in body.spans)


async def test_timeline_lists_the_selection_by_date_from_stored_records(built_store):
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"duarte", "enter")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        head = screen.query_one("#timeline-head").render().plain
        rows = [screen._cells(i) for i in range(len(screen.rows))]
    assert head.startswith("Timeline \u2014 Helena Duarte")
    assert ("2025-03-14", "signed", "Maritime Security Cooperation Agreement (Portugal, Norway)") in rows
    quotes = [r for r in rows if r[1].strip() == "quote"]
    assert quotes and all(r[2].startswith("Helena Duarte: ") for r in quotes)
    assert not any("met:" in r[2] for r in rows)          # no pairs guessed from sentences
    dates = [r.date for r in screen.rows]
    assert dates == sorted(dates, reverse=True)


async def test_palette_jumps_to_an_agreement(built_store):
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("colon")
        await pilot.pause()
        await pilot.press(*"joint statement on")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.record.name.startswith("Joint Statement on Defence Industry")


async def test_z_maximises_the_focused_pane(built_store):
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("2", "z")
        await pilot.pause()
        assert app.screen.maximized is lst(app, "quotes")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.maximized is None


async def test_keymap_override_takes_effect(built_store, tmp_path):
    from tui.settings import keymap_file
    keymap_file().parent.mkdir(parents=True, exist_ok=True)
    keymap_file().write_text('[keymap]\n"app.quit" = "ctrl+q"\n"app.timeline" = "T"\n')
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("t")
        await pilot.pause()
        assert not isinstance(app.screen, TimelineScreen)      # t is no longer bound
        await pilot.press("T")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        await pilot.press("escape")
        await pilot.press("q")                                 # q no longer quits
        await pilot.pause()
        assert app.is_running
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running


async def test_last_pane_selection_and_filter_are_restored(built_store):
    app = ParleyApp(built_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"solvang", "enter")
        await pilot.pause()
        await pilot.press("2", "j")
        await pilot.pause()
        want_quote = app.catalog.quotes[lst(app, "quotes").current].id
        want_person = app.selected
        await pilot.press("q")
    again = ParleyApp(built_store)
    async with again.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert again.query_text == "solvang"
        assert again.selected == want_person
        assert lst(again, "quotes").has_focus
        assert again.catalog.quotes[lst(again, "quotes").current].id == want_quote
