"""Citing: the citation format, `y` on every record and screen, `Y` for ids, ids on detail
screens, and the CLI's name resolution for `parley reassign`."""
from __future__ import annotations

from pathlib import Path

from app_helpers import lst, ready
from typer.testing import CliRunner

from store.db.database import Snapshot, Store
from store.records import Agreement, Article, Mention, Participant, Quote
from store.view.citation import cite, citation, headline, outlet, quote_text
from store.view.query import build_catalog
from tui.app import ParleyApp
from tui.cli import app as cli
from tui.components.articles import ArticlesScreen
from tui.components.screens import ArticleScreen, DetailScreen

runner = CliRunner()


def _catalog(article: Article, quote_text_: str = "We will guard the cables in the region,"):
    p = Participant(id="p1", name="Petra Voss", kind="person", title="Defence Minister", country="Estonia",
                    mentions=[Mention(article.id, 0, 10)])
    q = Quote(id="q1", article_id=article.id, text=quote_text_, start=20, end=20 + len(quote_text_),
              speaker="Petra Voss", speaker_id="p1")
    g = Agreement(id="g1", name="Baltic Cable Accord", parties=["Estonia", "Finland"],
                  signatories=["Petra Voss"], date="2025-02-03", place="Tallinn",
                  mentions=[Mention(article.id, 40, 60)])
    snap = Snapshot(path=Path("/nonexistent/s.json"), articles={article.id: article}, participants=[p],
                    quotes=[q], agreements=[g])
    return build_catalog(snap), p, q, g


WEB = Article(id="a1", source="/home/me/feeds/page.html", title="Estonia and Finland sign cable accord",
              date="2025-02-03", url="https://www.example-news.com/world/cables")


def test_quote_citation_format_outlet_headline_date_url_and_no_trailing_comma():
    cat, _p, q, _g = _catalog(WEB)
    assert citation(q, cat) == ("\u201cWe will guard the cables in the region\u201d \u2014 Petra Voss, Defence Minister "
                                "(example-news.com, \u201cEstonia and Finland sign cable accord\u201d, 2025-02-03, "
                                "https://www.example-news.com/world/cables)")


def test_quote_text_keeps_its_own_question_mark_and_joins_paragraphs():
    assert quote_text("Who will pay?") == "Who will pay?"
    assert quote_text("First part;  ") == "First part"
    assert quote_text("one\n\ntwo,") == "one two"


def test_a_file_path_is_never_the_outlet_nor_the_url():
    local = Article(id="a2", source="/data/articles/story_01.txt", title="Talks resume", date=None)
    cat, _p, q, _g = _catalog(local)
    c = citation(q, cat)
    assert "/data/articles" not in c and ".txt" not in c
    assert c.endswith("(\u201cTalks resume\u201d, undated)")
    assert outlet(Article(id="x", source="Baltic Wire")) == "Baltic Wire"      # a source that is a name
    assert outlet(Article(id="x", source="feeds/world.xml#3")) == ""


def test_a_photo_credit_or_dateline_is_not_a_headline():
    for credit in ("Photo: Jaan Tamm/Reuters", "Jaan Tamm/Pool via REUTERS", "AP, TALLINN", "\u00a9 AFP"):
        assert headline(Article(id="x", title=credit)) == "", credit
    assert headline(Article(id="x", title="Reuters reports new talks")) == "Reuters reports new talks"


def test_every_record_kind_has_a_citation():
    cat, p, _q, g = _catalog(WEB)
    assert cite(p, cat).startswith("Petra Voss, Defence Minister, Estonia (example-news.com,")
    assert cite(g, cat).startswith("Baltic Cable Accord \u2014 signed; parties Estonia, Finland; signed by Petra Voss;"
                                   " 2025-02-03; Tallinn (example-news.com,")
    assert cite(WEB, cat) == ("example-news.com, \u201cEstonia and Finland sign cable accord\u201d, 2025-02-03, "
                              "https://www.example-news.com/world/cables")


async def _copies(app, pilot, *keys) -> str:
    app.copied.clear()
    await pilot.press(*keys)
    await pilot.pause()
    assert app.copied, f"nothing copied after {keys}"
    return app.copied[-1]


def _app(path) -> ParleyApp:
    app = ParleyApp(path, restore=False)
    app.copied = []
    app.copy_to_clipboard = app.copied.append
    return app


async def test_y_cites_the_record_in_every_pane_and_on_every_screen(built_store):
    app = _app(built_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        cat = app.catalog
        # panes: participant, quote, agreement
        await pilot.press("j")
        person = cat.participants[lst(app, "participants").current]
        assert await _copies(app, pilot, "y") == cite(person, cat)
        await pilot.press("g")
        await pilot.press("2")
        quote = cat.quotes[lst(app, "quotes").current]
        assert await _copies(app, pilot, "y") == cite(quote, cat)
        await pilot.press("3")
        agreement = cat.agreements[lst(app, "agreements").current]
        assert await _copies(app, pilot, "y") == cite(agreement, cat)
        # detail screens of each kind
        for pane, record in (("1", person), ("2", quote), ("3", agreement)):
            await pilot.press(pane)
            if pane == "1":
                lst(app, "participants").move_to(lst(app, "participants").items.index(
                    cat.participants.index(person)))
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, DetailScreen) and app.screen.record is record
            assert await _copies(app, pilot, "y") == cite(record, cat)
            assert await _copies(app, pilot, "Y") == record.id
            await pilot.press("a")                                   # its article
            await pilot.pause()
            assert isinstance(app.screen, ArticleScreen)
            art = app.screen.article
            assert await _copies(app, pilot, "y") == cite(art, cat)
            assert await _copies(app, pilot, "Y") == art.id
            await pilot.press("escape", "escape")
            await pilot.pause()
        # the articles list
        await pilot.press("4")
        await pilot.pause()
        assert isinstance(app.screen, ArticlesScreen)
        art = app.screen.current()
        assert await _copies(app, pilot, "y") == cite(art, cat)
        assert await _copies(app, pilot, "Y") == art.id


async def test_Y_copies_the_id_and_detail_screens_show_it(built_store):
    app = _app(built_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("2", "j")
        quote = app.catalog.quotes[lst(app, "quotes").current]
        assert await _copies(app, pilot, "Y") == quote.id
        await pilot.press("enter")
        await pilot.pause()
        summary = app.screen.query_one("#detail-summary").render().plain
        assert f"id {quote.id}" in summary
        await pilot.press("escape", "3", "enter")
        await pilot.pause()
        ag = app.screen.record
        assert ag.id in app.screen.query_one("#detail-summary").render().plain


def _quote_of(path, name: str) -> Quote:
    return next(q for q in Store(path).snapshot().quotes if q.speaker != name and q.speaker)


def test_reassign_resolves_a_surname_to_the_existing_participant(built_store):
    q = _quote_of(built_store, "Erik Solvang")
    before = len(Store(built_store).snapshot().participants)
    res = runner.invoke(cli, ["reassign", q.id, "solvang", "--store", str(built_store)])
    assert res.exit_code == 0, res.output
    snap = Store(built_store).snapshot()
    assert len(snap.participants) == before                      # nobody new
    moved = next(x for x in snap.quotes if x.id == q.id)
    assert moved.speaker == "Erik Solvang"


def test_reassign_unknown_or_ambiguous_name_is_an_error_listing_candidates(built_store):
    from store.db.corrections import add_correction
    q = _quote_of(built_store, "")
    res = runner.invoke(cli, ["reassign", q.id, "Solvangg", "--store", str(built_store)])
    assert res.exit_code == 1
    assert "no participant named 'Solvangg'" in res.output and "Erik Solvang" in res.output   # suggestion
    # two people with one surname: the error names both
    add_correction(Store(built_store), "rename", "Helena Duarte", "Helena Solvang")
    res = runner.invoke(cli, ["reassign", q.id, "Solvang", "--store", str(built_store)])
    assert res.exit_code == 1
    assert "alias or surname of 2 participants" in res.output
    assert "Erik Solvang" in res.output and "Helena Solvang" in res.output
    # --new creates the person on purpose
    res = runner.invoke(cli, ["reassign", q.id, "Kaja Lind", "--new", "--store", str(built_store)])
    assert res.exit_code == 0, res.output
    assert any(p.name == "Kaja Lind" for p in Store(built_store).snapshot().participants)
