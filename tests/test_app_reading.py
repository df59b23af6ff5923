"""Reading: columns sized in terminal cells, titles that fit, the column key, the quote
screen's top block, the articles list; keys: ctrl+p, help, export path, theme, keymap."""
from __future__ import annotations

from app_helpers import lst, ready
from rich.cells import cell_len
from typer.testing import CliRunner

from tui.app import ParleyApp, pane_title
from tui.cli import app as cli
from tui.components.articles import ArticlesScreen
from tui.components.record_list import Column, RecordList, layout
from tui.components.screens import ArticleScreen, DetailScreen, HelpScreen

QUOTES = [Column("speaker", 10, 22), Column("date", 10, 10, drop=1), Column("quote", 16, 16, grow=1)]


def _screen_text(app) -> str:
    return "\n".join("".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips())


def test_layout_keeps_a_full_name_and_the_date_when_there_is_room():
    # 80x24: the quotes pane is about 50 cells; a 20-cell name is not cut to 15
    assert layout(QUOTES, [20, 10, 300], 50) == [20, 10, 18]
    # 200x60: names get their natural width before the quote text takes the rest
    assert layout(QUOTES, [30, 10, 300], 130)[0] == 30
    # too narrow: the optional date gives way before the name is cut
    assert layout(QUOTES, [20, 10, 300], 40) == [20, 0, 19]


def test_an_empty_optional_column_takes_no_room():
    cols = [Column("name", 8, grow=1), Column("parties", 10, 30, drop=2), Column("date", 10, 10, drop=1)]
    assert layout(cols, [40, 0, 10], 60) == [49, 0, 10]


def test_rows_are_measured_in_terminal_cells_cjk_included():
    rl = RecordList(list(QUOTES))
    names = ["习近平", "Volodymyr Zelensky", "김정은 위원장", "Petra Voss"]
    rl.items = list(range(len(names)))
    rl.cells = lambda i: (names[i], "2025-01-02", "词" * 40)
    rl._measure()
    for width in (30, 50, 51, 120):
        for i in rl.items:
            row = rl.row_text(i, width)
            assert cell_len(row) == width, (width, row)
    wide = rl.row_text(0, 120)
    assert wide.startswith("习近平") and "2025-01-02" in wide


def test_pane_titles_drop_the_total_before_cutting():
    assert pane_title(("1 Participants", "1 People", "1"), 215, 2150, 26) == "1 Participants 215"
    assert pane_title(("1 Participants", "1 People", "1"), 215, 2150, 60) == "1 Participants 215/2150"
    assert pane_title(("1 Participants", "1 People", "1"), 215, 2150, 16) == "1 People 215"


async def test_80x24_shows_dates_parties_and_whole_titles(built_store):
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        screen = _screen_text(app)
        assert "\u2026\u2500" not in screen                             # no title cut at the border
        quotes = lst(app, "quotes")
        assert quotes.widths()[1] == 10                                  # the date column
        ags = lst(app, "agreements")
        assert all(ags.widths()[k] for k in (2, 3))                     # parties and date
        for i in quotes.items:
            q = app.catalog.quotes[i]
            assert app.catalog.date_of(q) in quotes.row_text(i, quotes.text_width)
        names = [app.catalog.quotes[i].speaker for i in quotes.items]
        assert all(n in screen for n in names[:5] if len(n) <= 20)       # short names whole


async def test_column_key_brings_a_hidden_column_forward(built_store):
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(60, 24)) as pilot:
        await ready(pilot)
        plist = lst(app, "participants")
        country = [c.name for c in plist.columns].index("country")
        assert plist.widths()[country] == 0                              # no room at 60 columns
        # a column the key cannot show any wider (here the name, already all the room) is skipped
        for _ in range(country):
            if plist.wide == country:
                break
            await pilot.press("c")
        await pilot.pause()
        assert plist.wide == country and plist.widths()[country] > 0
        shown = plist.row_text(plist.items[1], plist.text_width)
        p = app.catalog.participants[plist.items[1]]
        assert (p.country or "") in shown
        while plist.wide is not None:
            await pilot.press("c")
        assert plist.widths()[country] == 0


async def test_filter_words_are_marked_in_the_rows(built_store):
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"cables")
        await pilot.pause()
        quotes = lst(app, "quotes")
        assert list(quotes.highlight) == ["cables"]
        row = quotes.row_text(quotes.items[0], 200)
        marked = [seg.text for seg in quotes._marked(row, quotes.rich_style) if seg.text.lower() == "cables"]
        assert marked, row


async def test_quote_detail_top_block_shows_offsets_rule_and_scrolls(built_store):
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("2", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        q = app.screen.record
        screen = _screen_text(app)
        assert f"{q.start}\u2013{q.end}" in screen and "rule" in screen
        top = app.screen.query_one("#detail-top")
        await pilot.press("tab")                 # the top block takes the keys
        assert app.screen.focused is top
        await pilot.press("G")
        await pilot.pause()
        assert top.scroll_y == top.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert top.scroll_y == 0


async def test_articles_list_opens_an_article_with_its_spans(built_store):
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("4")
        await pilot.pause()
        assert isinstance(app.screen, ArticlesScreen)
        listed = app.screen.order
        assert len(listed) == len(app.catalog.articles)
        dates = [app.catalog.articles[a].date for a in listed]
        assert dates == sorted(dates, reverse=True)                      # newest first
        row = app.screen.query_one(RecordList).row_text(0, 78)
        art = app.catalog.articles[listed[0]]
        assert art.date in row and art.title[:20] in row
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen) and app.screen.article.id == art.id
        body = app.screen.query_one("#article-body").render()
        assert any((sp.start, sp.end) in app.screen.quotes for sp in body.spans)


async def test_articles_list_follows_the_filter(built_store):
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"duarte", "enter", "4")
        await pilot.pause()
        assert isinstance(app.screen, ArticlesScreen)
        assert 0 < len(app.screen.order) < len(app.catalog.articles)


async def test_ctrl_p_and_colon_open_the_command_palette(built_store):
    from textual.command import CommandPalette
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        for key in ("ctrl+p", "colon"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, CommandPalette), key
            await pilot.press("escape")
            await pilot.pause()
            assert not isinstance(app.screen, CommandPalette)


async def test_help_shows_ids_and_places_and_scrolls(built_store):
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = {(desc, where): bid for _k, desc, where, bid in app.screen.keys}
        assert rows[("Quit", "everywhere")] == "app.quit"
        assert rows[("Sort", "main screen")] == "app.sort"
        assert rows[("Copy id", "record screen (Enter)")] == "detail.yank_id"
        assert all(bid for bid in rows.values())
        assert len({where for _k, _d, where, _b in app.screen.keys}) > 4
        scroll = app.screen.query_one("#help-scroll")
        assert scroll.max_scroll_y > 0
        await pilot.press("j")
        await pilot.pause()
        assert scroll.scroll_y == 1
        await pilot.press("G")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert scroll.scroll_y == 0


async def test_export_asks_for_a_path_and_says_where_it_wrote(built_store, tmp_path):
    app = ParleyApp(built_store, restore=False)
    seen = []
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        orig = app.notify
        app.notify = lambda message, **kw: (seen.append(message), orig(message, **kw))[1]
        await pilot.press("e")
        await pilot.pause()
        inp = app.screen.query_one("#prompt-input")
        assert inp.value.endswith(".md") and "parley-brief-" in inp.value
        target = tmp_path / "out" / "brief.md"           # a folder that does not exist yet
        inp.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert target.read_text().startswith("# Briefing note")
        assert any(str(target) in m for m in seen)
        # Esc cancels, nothing written; a folder gets a file name inside it
        await pilot.press("e", "escape")
        await pilot.pause()
        assert sorted(p.name for p in target.parent.iterdir()) == ["brief.md"]
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#prompt-input").value = str(target.parent)
        await pilot.press("enter")
        await pilot.pause()
        assert len(list(target.parent.glob("parley-brief-*.md"))) == 1


async def test_theme_is_kept_across_restarts(built_store):
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        app.theme = "nord"
        await pilot.pause()
    again = ParleyApp(built_store, restore=False)
    async with again.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert again.theme == "nord"


async def test_a_broken_keymap_is_named_in_one_line(built_store):
    from tui.settings import keymap_file
    keymap_file().parent.mkdir(parents=True, exist_ok=True)
    keymap_file().write_text('[keymap\n"app.quit" = ')
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        msgs = [n.message for n in app._notifications]
    assert any(str(keymap_file()) in m and "\n" not in m for m in msgs), msgs


async def test_an_unknown_binding_id_in_the_keymap_is_named(built_store):
    from tui.settings import keymap_file
    keymap_file().parent.mkdir(parents=True, exist_ok=True)
    keymap_file().write_text('[keymap]\n"app.quitt" = "ctrl+q"\n')
    app = ParleyApp(built_store, restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        msgs = [n.message for n in app._notifications]
    assert any("app.quitt" in m for m in msgs), msgs


def test_version_and_the_global_store_option(built_store, monkeypatch):
    runner = CliRunner()
    res = runner.invoke(cli, ["--version"])
    assert res.exit_code == 0 and res.output.startswith("parley ")
    res = runner.invoke(cli, ["--store", str(built_store), "stats"])
    assert res.exit_code == 0 and f"path: {built_store}" in res.output
    monkeypatch.setenv("PARLEY_STORE", "/nonexistent/elsewhere.json")
    res = runner.invoke(cli, ["--store", str(built_store), "stats"])      # the flag beats the variable
    assert res.exit_code == 0 and f"path: {built_store}" in res.output
    res = runner.invoke(cli, ["stats"])                                   # and is not remembered
    assert res.exit_code == 1


def test_cli_export_says_where_it_wrote(built_store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(cli, ["export", "-o", "b.md", "--store", str(built_store)])
    assert res.exit_code == 0
    assert f"to {tmp_path / 'b.md'}" in res.output and (tmp_path / "b.md").exists()


async def test_cjk_names_stay_inside_their_cells(monkeypatch):
    """Wide characters count two cells: rows, titles and borders keep their width at 80x24."""
    from test_app_markup import _FakeStore, _snapshot
    _FakeStore.snap = _snapshot("习近平主席和金正恩委员长")
    monkeypatch.setattr("tui.app.Store", _FakeStore)
    monkeypatch.setattr("store.db.database.Store", _FakeStore)
    app = ParleyApp("/nonexistent/parley-fake.json", restore=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        for keys in ((), ("j",), ("2",), ("3",), ("4",)):
            await pilot.press(*keys)
            await pilot.pause()
            lines = ["".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips()]
            assert all(cell_len(x) == 80 for x in lines), keys
            rows = [x for x in lines if x.startswith("│") and x.count("│") >= 2]
            assert all(x.rstrip()[-1] in "│╮╯" for x in rows), [x for x in rows if x.rstrip()[-1] not in "│╮╯"]
        rl = app.screen.query_one(RecordList)
        assert "习近平" in rl.row_text(rl.items[0], rl.text_width)
