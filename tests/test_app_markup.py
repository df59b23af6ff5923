"""Data is never markup and never reaches the terminal as control sequences: names, titles and
quotes drawn by the palette, border titles and subtitles, toasts, rows and screens.

Hypothesis feeds arbitrary text through the helpers (many examples) and through the running
app over a fake store (a few examples: each starts an app)."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from app_helpers import lst, ready
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.fuzzy import Matcher

from store.db.database import Snapshot, Store
from store.records import Agreement, Article, Mention, Participant, Quote
from store.view.citation import cite
from store.view.query import build_catalog
from tui.app import ParleyApp
from tui.components.record_list import Column, RecordList
from tui.safe import content, fuzzy_highlight, line

# markup, escapes and controls that once got through, mixed into the generated text
HOSTILE = st.sampled_from(["[/]", "[b]", "[/b]", "[link=http://x.invalid]l[/link]", "\x1b[31m", "\x1b]52;c;aGk=\x07",
                           "\x1b]0;title\x07", "\u202e", "\r", "\n", "\t", "\x9b", "$var", "\\[", ""])
TEXT = st.lists(st.one_of(st.text(max_size=12), HOSTILE), min_size=1, max_size=6).map("".join)


def _controls(s: str) -> list[str]:
    return [c for c in s if ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0]


@settings(max_examples=150, deadline=None)
@given(s=TEXT, query=st.text(min_size=1, max_size=4))
def test_helpers_keep_any_text_literal(s, query):
    c = content(s)
    assert c.plain == line(s)                     # every character shown, none interpreted
    assert not _controls(c.plain)
    h = fuzzy_highlight(Matcher(query), s)
    assert h.plain == line(s)
    rl = RecordList([Column("a", 4, 12), Column("b", 4, 10, drop=1), Column("c", 4, grow=1)])
    rl.items = [0]
    rl.cells = lambda i: (s, s, s)
    rl._measure()
    row = rl.row_text(0, 40)
    assert cell_len(row) == 40 and not _controls(row)


def _snapshot(name: str) -> Snapshot:
    body = f"Minister {name} said: \"{name} will not sign.\" The {name} accord followed."
    art = Article(id="a1", source=f"{name}.txt", title=f"[b]{name}[/b]", date="2025-01-02",
                  url=f"https://news.example/{name}")
    p = Participant(id="p1", name=name or "?", kind="person", title=f"[i]{name}", country=name,
                    aliases=[name], mentions=[Mention("a1", 9, 9 + len(name))])
    q = Quote(id="q1", article_id="a1", text=f"{name} will not sign.", start=0, end=min(len(body), 10),
              speaker=name, speaker_id="p1", rule="[/]")
    g = Agreement(id="g1", name=f"{name} accord", parties=[name, "[/]"], signatories=[name],
                  date="2025-01-02", mentions=[Mention("a1", 0, 5)])
    art.text = body
    return Snapshot(path=Path("/nonexistent/parley-fake.json"), articles={"a1": art}, participants=[p],
                    quotes=[q], agreements=[g])


class _FakeStore:
    snap: Snapshot

    def __init__(self, path) -> None:
        pass

    def snapshot(self, progress=None, early=None) -> Snapshot:
        return self.snap

    def article_text(self, article_id: str) -> str:
        return self.snap.articles[article_id].text


def _drawn(app) -> str:
    return "".join(seg.text for strip in app.screen._compositor.render_strips() for seg in strip)


async def _drive(name: str) -> None:
    app = ParleyApp("/nonexistent/parley-fake.json", restore=False)
    app.copy_to_clipboard = lambda s: None
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("j", "y", "Y")              # select (subtitles carry the name), toasts
        await pilot.pause()
        toasts = [n.message for n in app._notifications]
        assert len(toasts) >= 2 and all(not _controls(m) for m in toasts)
        # the subtitle is stored as literal Content (the public getter re-encodes it as markup)
        assert lst(app, "quotes")._border_subtitle.plain == line(name or "?")
        for keys in (("enter",), ("escape", "2", "enter"), ("escape", "3", "enter"), ("a",),
                     ("escape", "escape", "4"), ("enter",), ("escape", "escape")):
            await pilot.press(*keys)
            await pilot.pause()
            assert "\x1b" not in _drawn(app)
        await pilot.press("ctrl+p")
        await pilot.pause()
        app.screen.query_one("Input").value = line(name).strip()[:6] or "ab"   # as a user types it
        await pilot.pause(0.3)
        assert "\x1b" not in _drawn(app)
        await pilot.press("escape")


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow],
          phases=[Phase.explicit, Phase.generate])
@given(name=TEXT)
@example(name="[/]x\x1b]52;c;aGk=\x07[b]")
@example(name="[/b]\\[")
def test_the_app_draws_any_name_literally(name):
    _FakeStore.snap = _snapshot(name)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("tui.app.Store", _FakeStore)
        mp.setattr("store.db.database.Store", _FakeStore)
        asyncio.run(_drive(name))


async def test_a_participant_renamed_to_markup_does_not_crash_the_app(built_store):
    from store.db.corrections import add_correction
    add_correction(Store(built_store), "rename", "Helena Duarte", "[/]x")
    app = ParleyApp(built_store, restore=False)
    copied = []
    app.copy_to_clipboard = copied.append
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        plist = lst(app, "participants")
        i = next(k for k, p in enumerate(app.catalog.participants) if p.name == "[/]x")
        plist.move_to(plist.items.index(i))
        await pilot.press("y")
        await pilot.pause()
        assert copied == [cite(app.catalog.participants[i], app.catalog)]
        assert lst(app, "quotes")._border_subtitle.plain == "[/]x"
        assert "[/]x" in _drawn(app)
        await pilot.press("ctrl+p")
        await pilot.pause()
        app.screen.query_one("Input").value = "[/]"
        await pilot.pause(0.3)
        from textual.command import CommandList
        options = app.screen.query_one(CommandList)
        assert any("[/]x" in str(options.get_option_at_index(k).prompt) for k in range(options.option_count))


def test_fake_catalog_builds():
    # the fake store's records hold together (guards the property test above from testing nothing)
    cat = build_catalog(_snapshot("Petra Voss"))
    assert cat.quotes and cat.agreements and cat.participants[0].name == "Petra Voss"
