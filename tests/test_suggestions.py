"""Suggested speakers: extraction keeps its best candidate below the threshold as a suggestion;
the store keeps it, the app shows it as such, and the analyst accepts or dismisses it with one
key (a correction: undone with u, kept across imports)."""
from __future__ import annotations

import pytest
from app_helpers import lst, ready, shown_quotes
from helpers import edit_quotes
from typer.testing import CliRunner

from store.importer import import_raws
from store.db.corrections import (CorrectionError, add_correction, article_participant, list_corrections,
                                  undo_correction)
from store.db.database import Store
from store.ingest.reader import RawArticle
from tui.app import ParleyApp
from tui.cli import app as cli
from tui.components.screens import DetailScreen

# written for this test: the last quote has no reporting clause; the nearest earlier speaker
# (Karl Berg) is only a suggestion
WEAK = ('Defence Minister Karl Berg spoke first.\n\n"We are ready," Berg said.\n\n'
        'Officials from both sides met Tuesday. The mood was calm, and Minister Dana Cole '
        'arrived late.\n\n'
        'Another remark came later: "nothing is settled yet, and we will see."')


@pytest.fixture
def weak_store(tmp_path):
    path = tmp_path / "store.json"
    import_raws(Store(path), [RawArticle(text=WEAK, source="weak.txt")])
    return path


def _quote(path, start: str):
    return next(q for q in Store(path).snapshot().quotes if q.text.startswith(start))


def _berg(path):
    return next(p for p in Store(path).snapshot().participants if p.name == "Karl Berg")


def _reimport(path):
    import_raws(Store(path), [RawArticle(text=WEAK, source="weak.txt"),
                                 RawArticle(text='"Talks go on," Minister Dana Cole said.', source="more.txt")])


def test_the_store_keeps_every_quote_confidence_evidence_and_suggestion(weak_store):
    quotes = Store(weak_store).snapshot().quotes
    assert quotes and all(q.confidence is not None and q.evidence for q in quotes)
    q = _quote(weak_store, "nothing is settled")
    assert q.speaker is None and q.speaker_id is None
    assert q.suggested_speaker == "Karl Berg" and q.confidence < 0.7


def test_accept_resolves_the_suggestion_to_the_article_participant_and_undoes(weak_store):
    db = Store(weak_store)
    q = _quote(weak_store, "nothing is settled")
    c = add_correction(db, "accept", q.id[:10])
    assert c["target"] == q.id and c["value"] == "Karl Berg"
    after = _quote(weak_store, "nothing is settled")
    assert after.speaker == "Karl Berg" and after.speaker_id == _berg(weak_store).id
    assert after.suggested_speaker is None and after.corrected == "speaker"
    # the participant is the one of the article: no new person was made
    assert [p.name for p in db.snapshot().participants].count("Karl Berg") == 1
    with pytest.raises(CorrectionError):
        add_correction(db, "accept", q.id)             # nothing left to accept
    _reimport(weak_store)
    again = _quote(weak_store, "nothing is settled")
    assert again.speaker_id == _berg(weak_store).id and again.suggested_speaker is None
    undo_correction(db, c["id"])
    back = _quote(weak_store, "nothing is settled")
    assert back.speaker is None and back.speaker_id is None and back.suggested_speaker == "Karl Berg"


def test_dismiss_clears_the_suggestion_keeps_the_quote_and_undoes(weak_store):
    db = Store(weak_store)
    q = _quote(weak_store, "nothing is settled")
    c = add_correction(db, "dismiss", q.id)
    gone = _quote(weak_store, "nothing is settled")
    assert gone.suggested_speaker is None and gone.speaker is None and not gone.rejected
    _reimport(weak_store)
    assert _quote(weak_store, "nothing is settled").suggested_speaker is None
    undo_correction(db, c["id"])
    assert _quote(weak_store, "nothing is settled").suggested_speaker == "Karl Berg"


def test_a_quote_without_a_suggestion_cannot_be_accepted_or_dismissed(weak_store):
    db = Store(weak_store)
    q = _quote(weak_store, "We are ready")
    for kind in ("accept", "dismiss"):
        with pytest.raises(CorrectionError, match="no suggested speaker"):
            add_correction(db, kind, q.id)
    assert list_corrections(db) == []


def test_article_participant_by_name_alias_or_name_rule():
    parts = [{"id": "p1", "name": "Karl Berg", "kind": "person", "aliases": ["Berg"],
              "mentions": [{"article_id": "a", "start": 0, "end": 9}]},
             {"id": "p2", "name": "Karl Berg", "kind": "person", "aliases": [],
              "mentions": [{"article_id": "b", "start": 0, "end": 9}]},
             {"id": "p3", "name": "Anna Berg", "kind": "person", "aliases": [],
              "mentions": [{"article_id": "c", "start": 0, "end": 9}]},
             {"id": "p4", "name": "Karl Berg", "kind": "person", "aliases": [],
              "mentions": [{"article_id": "c", "start": 20, "end": 29}]}]
    assert article_participant(parts, "a", "karl berg")["id"] == "p1"      # the article's own
    assert article_participant(parts, "b", "Karl Berg")["id"] == "p2"
    assert article_participant(parts, "a", "Berg")["id"] == "p1"           # an alias
    assert article_participant(parts, "c", "Berg") is None                 # two Bergs: no choice
    assert article_participant(parts, "c", "Anna Berg")["id"] == "p3"
    assert article_participant(parts, "d", "Karl Berg") is None            # not in that article


def test_cli_accept_and_dismiss(weak_store):
    q = _quote(weak_store, "nothing is settled")
    r = CliRunner().invoke(cli, ["dismiss", q.id, "--store", str(weak_store)])
    assert r.exit_code == 0, r.output
    assert _quote(weak_store, "nothing is settled").suggested_speaker is None
    r = CliRunner().invoke(cli, ["accept", q.id, "--store", str(weak_store)])
    assert r.exit_code != 0 and "no suggested speaker" in r.output


async def _select(pilot, app, start: str) -> None:
    quotes = lst(app, "quotes")
    i = next(k for k, item in enumerate(quotes.items) if app.catalog.quotes[item].text.startswith(start))
    await pilot.press("2")
    quotes.move_to(i)
    await pilot.pause()


async def _settled(pilot, app) -> None:
    await app.workers.wait_for_complete()
    await ready(pilot)


async def test_app_shows_a_suggestion_distinctly_and_v_accepts_it(weak_store):
    app = ParleyApp(weak_store)
    async with app.run_test(size=(100, 24)) as pilot:
        await ready(pilot)
        await _select(pilot, app, "nothing is settled")
        quotes = lst(app, "quotes")
        row = quotes.row_text(quotes.current, 100)
        assert "? Karl Berg" in row                       # marked in plain text, not only colour
        sure = next(k for k, item in enumerate(quotes.items)
                    if app.catalog.quotes[item].text.startswith("We are ready"))
        assert "? Karl Berg" not in quotes.row_text(quotes.items[sure], 100)
        assert "suggested" in str(app.query_one("#detail").render())
        await pilot.press("v")
        await _settled(pilot, app)
        q = _quote(weak_store, "nothing is settled")
        assert q.speaker == "Karl Berg" and q.speaker_id == _berg(weak_store).id
        assert any("Accepted Karl Berg" in str(n.message) for n in app._notifications)
        await _select(pilot, app, "nothing is settled")
        assert "? Karl Berg" not in quotes.row_text(quotes.current, 100)
        await pilot.press("u")
        await _settled(pilot, app)
        q = _quote(weak_store, "nothing is settled")
        assert q.speaker is None and q.suggested_speaker == "Karl Berg"


async def test_accepted_in_the_app_survives_a_reimport(weak_store):
    app = ParleyApp(weak_store)
    async with app.run_test(size=(100, 24)) as pilot:
        await ready(pilot)
        await _select(pilot, app, "nothing is settled")
        await pilot.press("v")
        await _settled(pilot, app)
    _reimport(weak_store)
    q = _quote(weak_store, "nothing is settled")
    assert q.speaker == "Karl Berg" and q.speaker_id == _berg(weak_store).id


async def test_d_dismisses_from_the_quote_screen_which_shows_confidence_and_evidence(weak_store):
    app = ParleyApp(weak_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await _select(pilot, app, "nothing is settled")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DetailScreen)
        summary = screen._summary().plain
        assert "suggested   Karl Berg · Defence Minister (confidence 0.50)" in summary
        assert "v accept, d dismiss" in summary
        assert "evidence" in summary and "earlier reporting sentence" in summary
        await pilot.press("d")
        await _settled(pilot, app)
        assert _quote(weak_store, "nothing is settled").suggested_speaker is None
        assert app.screen is screen and "suggested" not in screen._summary().plain
        await pilot.press("escape")
        await pilot.pause()
        q = next(q for q in shown_quotes(app) if q.text.startswith("nothing is settled"))
        assert q.suggested_speaker is None and q.speaker is None


async def test_help_lists_the_suggestion_keys(weak_store):
    app = ParleyApp(weak_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        from tui.components.keys import help_rows
        ids = {r[3] for r in help_rows(app)}
        assert {"quote.accept_suggestion", "quote.dismiss_suggestion",
                "detail.accept_suggestion", "detail.dismiss_suggestion"} <= ids


def test_accept_holds_when_a_later_import_brings_a_namesake(weak_store):
    db = Store(weak_store)
    q = _quote(weak_store, "nothing is settled")
    c = add_correction(db, "accept", q.id)
    berg = _berg(weak_store).id
    assert c["participant"] == berg
    # another article with another Karl Berg (another office): the accepted one stays
    import_raws(Store(weak_store), [RawArticle(
        text='"Prices will fall," Central Bank Governor Karl Berg of Norway said.', source="bank.txt")])
    assert _quote(weak_store, "nothing is settled").speaker_id == berg


async def test_a_suggested_name_that_looks_like_markup_is_drawn_and_toasted_literally(weak_store):
    q = _quote(weak_store, "nothing is settled")
    odd = "[/]Voss[b] \x1b[31m"
    edit_quotes(weak_store, lambda r: r.update({"suggested_speaker": odd} if r["id"] == q.id else {}))
    app = ParleyApp(weak_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await _select(pilot, app, "nothing is settled")
        row = lst(app, "quotes").row_text(lst(app, "quotes").current, 100)
        assert "? [/]Voss[b]" in row and "\x1b" not in row
        await pilot.press("enter")
        await pilot.pause()
        assert "[/]Voss[b]" in app.screen._summary().plain
        await pilot.press("v")
        await _settled(pilot, app)
        assert any("Accepted [/]Voss[b]" in str(n.message) and "\x1b" not in str(n.message)
                   for n in app._notifications)
    assert _quote(weak_store, "nothing is settled").speaker == odd


def test_resolution_keeps_suggestions_but_not_of_a_dropped_non_person():
    from store.records import Article, Extraction, Participant, Quote
    from store.resolve.batch import Resolution, _drop_junk_people
    art = Article(id="a", text='Petra Voss spoke in Africa. "We wait," she said.')
    quotes = [Quote("q1", "a", "We wait", 0, 1, None, suggested_speaker="Africa"),
              Quote("q2", "a", "We wait", 2, 3, None, suggested_speaker="Petra Voss")]
    ex = Extraction(art, [Participant("p1", "Africa", "person"), Participant("p2", "Petra Voss", "person")], quotes)
    _drop_junk_people(ex, Resolution())
    assert [p.name for p in ex.participants] == ["Petra Voss"]
    assert quotes[0].suggested_speaker is None and "suggestion dropped" in quotes[0].rule
    assert quotes[1].suggested_speaker == "Petra Voss"


def test_speaker_kind_of_a_new_participant():
    from store.db.corrections import speaker_kind
    for org in ("Coastal Press Agency", "Arland\u2019s foreign ministry", "State Department", "ASEAN",
                "Reuters", "the Northern Council"):
        assert speaker_kind(org) == "organisation", org
    for person in ("Petra Voss", "Voss", "Ivo Marek"):
        assert speaker_kind(person) == "person", person


def test_accepting_an_organisation_the_store_lacks_makes_an_organisation(weak_store):
    q = _quote(weak_store, "nothing is settled")
    edit_quotes(weak_store, lambda r: r.update({"suggested_speaker": "Coastal Press Agency"} if r["id"] == q.id else {}))
    add_correction(Store(weak_store), "accept", q.id)
    snap = Store(weak_store).snapshot()
    made = next(p for p in snap.participants if p.name == "Coastal Press Agency")
    assert made.kind == "organisation" and made.rule == "correction"
    assert _quote(weak_store, "nothing is settled").speaker_id == made.id


def test_dismiss_clears_only_the_name_dismissed():
    from store.db.corrections import _dismiss
    c = {"kind": "dismiss", "target": "q1", "value": "Karl Berg"}
    q = {"id": "q1", "article_id": "a", "speaker": None, "suggested_speaker": "Karl Berg"}

    class T:
        quotes = [q]
    assert _dismiss(T, c, first=False) and q["suggested_speaker"] is None
    q["suggested_speaker"] = "Dana Cole"          # a later extraction suggests someone else
    assert not _dismiss(T, c, first=False) and q["suggested_speaker"] == "Dana Cole"
