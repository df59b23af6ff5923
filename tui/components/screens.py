"""Detail screens (Enter drills in, Esc backs out) and the key help (`?`)."""
from __future__ import annotations

import contextlib

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from store.view.query import Catalog
from store.records import Agreement, Participant, Quote
from store.view.citation import outlet

from ..safe import block, line

HIGHLIGHT = "bold reverse"


def _field(t: Text, label: str, value: str | None) -> None:
    if value:
        t.append(f"{label:<12}", style="bold")
        t.append(line(value))
        t.append("\n")


def source_text(article_text: str, spans: list[tuple[int, int]], focus: int | None = None) -> Text:
    """The article as plain text with each extracted span highlighted (the focused one most)."""
    t = Text(block(article_text))
    for i, (s, e) in enumerate(spans):
        t.stylize("underline" if i != focus else HIGHLIGHT, s, e)
    return t


def _fields(t: Text, label: str, *values: str | None) -> None:
    """Several short fields on one line (the quote screen's top block fits 80x24)."""
    _field(t, label, " \u00b7 ".join(v for v in values if v))


# a suggested speaker (below the extraction threshold) is marked with "?" before the name, so
# that it stays distinct from a speaker in plain text and when a narrow column cuts the name
SUGGESTED = "? "


def speaker_cell(q: Quote) -> str:
    """The quotes pane's speaker cell: the speaker, "? Name" for a suggestion, "?" for none."""
    if q.speaker:
        return q.speaker
    return SUGGESTED + q.suggested_speaker if q.suggested_speaker else "?"


def speaker_label(q: Quote) -> str:
    if q.speaker:
        return q.speaker
    return f"{SUGGESTED}{q.suggested_speaker} (suggested)" if q.suggested_speaker else "unattributed"


def _confidence(q: Quote) -> str | None:
    return f"{q.confidence:.2f}" if q.confidence is not None else None


def suggested_participant(cat: Catalog, q: Quote) -> Participant | None:
    """The participant of the quote's article the suggestion names (what accepting it picks
    first), for its title and country; None when none or several do."""
    key = " ".join((q.suggested_speaker or "").casefold().split())
    hits = [p for p in cat.participants
            if key in {" ".join(n.casefold().split()) for n in (p.name, *p.aliases)}
            and any(m.article_id == q.article_id for m in p.mentions)]
    return hits[0] if len(hits) == 1 else None


def _quote_attribution(t: Text, r: Quote, p: Participant | None, sp: Participant | None) -> None:
    """Who said it, how sure extraction is and why; a suggestion with the keys that settle it."""
    if r.speaker or not r.suggested_speaker:
        _fields(t, "speaker", r.speaker or "unattributed", p.title if p else None, p.country if p else None)
    else:
        _fields(t, "speaker", "unattributed")
        t.append(f"{'suggested':<12}", style="bold")
        t.append(line(r.suggested_speaker), style="italic")
        if sp is not None and (sp.title or sp.country):
            t.append(line(" \u00b7 " + " \u00b7 ".join(x for x in (sp.title, sp.country) if x)))
        t.append(line(f" (confidence {_confidence(r) or 'not scored'})"))
        t.append(" \u2014 v accept, d dismiss\n", style="dim")
    _fields(t, "confidence", _confidence(r) if r.speaker or not r.suggested_speaker else None,
            "corrected by the analyst" if r.corrected == "speaker" else None)
    _field(t, "evidence", r.evidence)


class DetailScreen(Screen):
    BINDINGS = [
        Binding("escape,q", "app.pop_screen", "Back", id="detail.back"),
        Binding("j,down", "scroll_down", "Down", show=False, id="detail.down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="detail.up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="detail.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="detail.bottom"),
        Binding("tab", "app.focus_next", "Next block", show=False, id="detail.next_block"),
        Binding("y", "yank", "Copy citation", id="detail.yank"),
        Binding("Y", "yank_id", "Copy id", id="detail.yank_id"),
        Binding("a", "article", "Whole article", id="detail.article"),
        Binding("v", "settle(True)", "Accept suggested speaker", id="detail.accept_suggestion"),
        Binding("d", "settle(False)", "Dismiss suggested speaker", id="detail.dismiss_suggestion"),
    ]

    def __init__(self, catalog: Catalog, record: Participant | Quote | Agreement) -> None:
        super().__init__()
        self.catalog = catalog
        self.record = record
        self._focus_start: int | None = None

    def compose(self) -> ComposeResult:
        src = self._source()
        if isinstance(self.record, Quote):
            # a quote's record is short: it stays on top while its article scrolls below
            # Tab moves between this block and the article; j/k/g/G scroll the focused one
            with VerticalScroll(id="detail-top"):
                yield Static(self._summary(), id="detail-summary")
            with VerticalScroll(id="detail-scroll"):
                if src is not None:
                    yield Static(src, id="detail-source")
        else:
            with VerticalScroll(id="detail-scroll"):
                yield Static(self._summary(), id="detail-summary")
                if src is not None:
                    yield Static(Text("Source", style="bold underline"), id="detail-source-title")
                    yield Static(src, id="detail-source")
        yield Footer()

    # -- content --------------------------------------------------------------------------
    def _summary(self) -> Text:
        r = self.record
        cat = self.catalog
        t = Text()
        if isinstance(r, Quote):
            p = cat.by_id.get(r.speaker_id or "")
            t.append(line(f"\u201c{r.text}\u201d") + "\n\n", style="bold")
            sp = suggested_participant(cat, r) if r.suggested_speaker and not r.speaker else None
            _quote_attribution(t, r, p, sp)
            _fields(t, "kind", r.kind, f"via {r.via}" if r.via else None, f"rule {r.rule}" if r.rule else None)
            _fields(t, "offsets", f"{r.start}\u2013{r.end}", f"id {r.id}")
            art = cat.article_of(r)
            if art:
                _fields(t, "article", art.date or "undated", outlet(art), art.title)
                _field(t, "source", art.url or art.source)
        elif isinstance(r, Participant):
            t.append(line(r.name) + "\n\n", style="bold")
            _field(t, "id", r.id)
            _field(t, "kind", r.kind)
            _field(t, "title", r.title)
            _field(t, "country", r.country)
            _field(t, "aliases", ", ".join(r.aliases))
            _field(t, "handles", ", ".join(r.handles))
            _field(t, "rule", r.rule)
            arts = sorted({m.article_id for m in r.mentions})
            _field(t, "articles", str(len(arts)))
            qs = [cat.quotes[i] for i in cat.quotes_by_speaker.get(r.id, [])]
            if qs:
                t.append(f"\nQuotes ({len(qs)})\n", style="bold underline")
                for q in qs[:50]:
                    t.append("\u2022 " + line(q.text[:200]) + f"  ({cat.date_of(q) or 'undated'})\n")
            ags = [cat.agreements[i] for i in cat.agreements_by_participant.get(r.id, [])]
            if ags:
                t.append(f"\nAgreements ({len(ags)})\n", style="bold underline")
                for a in ags:
                    t.append("\u2022 " + line(f"{a.name} [{a.status}] {a.date or ''}") + "\n")
            if arts:
                t.append("\nArticles\n", style="bold underline")
                for aid in arts[:50]:
                    a = cat.articles.get(aid)
                    if a:
                        t.append("\u2022 " + line(f"{a.date or 'undated'}  {a.title or a.source}") + "\n")
        else:
            t.append(line(r.name) + "\n\n", style="bold")
            _field(t, "id", r.id)
            _field(t, "status", r.status)
            _field(t, "aliases", "; ".join(r.aliases))
            _field(t, "parties", ", ".join(r.parties))
            _field(t, "signatories", ", ".join(r.signatories))
            _field(t, "date", r.date)
            _field(t, "place", r.place)
            if r.duration_years:
                _field(t, "duration", f"{r.duration_years:g} years")
            _field(t, "scope", "; ".join(r.scope))
            _field(t, "kind", r.kind)
            _field(t, "rule", r.rule)
            t.append(f"\nMentions ({len(r.mentions)})\n", style="bold underline")
            for m in r.mentions:
                a = cat.articles.get(m.article_id)
                if a:
                    t.append("\u2022 " + line(cat.text_of(a.id)[m.start:m.end]) + "  ", style="bold")
                    t.append(line(f"({a.title or a.source}, {a.date or 'undated'})") + "\n")
        return t

    def _source(self) -> Text | None:
        r = self.record
        cat = self.catalog
        if isinstance(r, Quote):
            art = cat.article_of(r)
            if art is None:
                return None
            self._focus_start = r.start
            return source_text(cat.text_of(art.id), [(r.start, r.end)], focus=0)
        if r.mentions:
            # agreements and participants: the page opens on the record's fields; the first
            # article that mentions it follows below them, every mention marked
            art = cat.articles.get(r.mentions[0].article_id)
            if art is None:
                return None
            spans = [(m.start, m.end) for m in r.mentions if m.article_id == art.id]
            return source_text(cat.text_of(art.id), spans, focus=0)
        return None

    # -- behaviour ------------------------------------------------------------------------
    def on_mount(self) -> None:
        with contextlib.suppress(NoMatches):       # a record without a body to scroll
            self.query_one("#detail-scroll", VerticalScroll).focus()
        self.call_after_refresh(self._scroll_to_span)

    def _scroll_to_span(self) -> None:
        """Scroll so that the highlighted span is in view, a few lines from the top."""
        if self._focus_start is None:
            return
        try:
            src = self.query_one("#detail-source", Static)
        except Exception:  # noqa: BLE001 - no source shown
            return
        r = self.record
        art = (self.catalog.article_of(r) if isinstance(r, Quote)
               else self.catalog.articles.get(r.mentions[0].article_id))
        if art is None:
            return
        width = max(10, src.content_region.width or src.size.width)
        before = Text(block(self.catalog.text_of(art.id)[: self._focus_start]))
        lines = len(before.wrap(self.app.console, width)) if before.plain else 1
        scroll = self.query_one("#detail-scroll", VerticalScroll)
        scroll.scroll_to(y=max(0, src.virtual_region.y + lines - 3), animate=False)

    def _scroller(self) -> VerticalScroll:
        """The block the keys scroll: the focused one, else the article/record body."""
        f = self.focused
        if isinstance(f, VerticalScroll):
            return f
        return self.query_one("#detail-scroll", VerticalScroll)

    def action_scroll_down(self) -> None:
        self._scroller().scroll_down(animate=False, immediate=True)

    def action_scroll_up(self) -> None:
        self._scroller().scroll_up(animate=False, immediate=True)

    def action_scroll_home(self) -> None:
        self._scroller().scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        self._scroller().scroll_end(animate=False)

    def action_yank(self) -> None:
        self.app.yank_record(self.record)

    def action_yank_id(self) -> None:
        self.app.yank_id(self.record)

    def action_settle(self, accept: bool) -> None:
        self.app.settle_suggestion(self.record, accept)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # the suggestion keys only where there is a suggestion to settle (and in the footer then)
        if action == "settle":
            r = self.record
            return isinstance(r, Quote) and not r.speaker and bool(r.suggested_speaker)
        return True

    def reload(self, catalog: Catalog) -> None:
        """The store changed (a correction): show this record as it is now."""
        r = self.record
        rows = catalog.quotes if isinstance(r, Quote) else (
            catalog.participants if isinstance(r, Participant) else catalog.agreements)
        now = next((x for x in rows if x.id == r.id), None)
        self.catalog = catalog
        if now is None:
            return
        self.record = now
        with contextlib.suppress(NoMatches):
            self.query_one("#detail-summary", Static).update(self._summary())
        self.refresh_bindings()

    def action_article(self) -> None:
        r = self.record
        if isinstance(r, Quote):
            self.app.push_screen(ArticleScreen(self.catalog, r.article_id, focus=(r.start, r.end)))
        elif r.mentions:
            m = r.mentions[0]
            self.app.push_screen(ArticleScreen(self.catalog, m.article_id, focus=(m.start, m.end)))


class ArticleScreen(Screen):
    """An article with every extracted span marked: quotes reversed (the current one in the
    accent colour), people and organisations underlined, agreements in italics. n/N jump
    from quote to quote."""

    BINDINGS = [
        Binding("escape,q", "app.pop_screen", "Back", id="article.back"),
        Binding("n", "next_span", "Next quote", id="article.next"),
        Binding("N", "previous_span", "Previous quote", id="article.previous"),
        Binding("j,down", "scroll_down", "Down", show=False, id="article.down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="article.up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="article.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="article.bottom"),
        Binding("y", "yank", "Copy citation", id="article.yank"),
        Binding("Y", "yank_id", "Copy id", id="article.yank_id"),
    ]

    def __init__(self, catalog: Catalog, article_id: str, focus: tuple[int, int] | None = None) -> None:
        super().__init__()
        self.catalog = catalog
        self.article = catalog.articles.get(article_id)
        self.body = catalog.text_of(article_id)
        self.quotes = sorted((catalog.quotes[i].start, catalog.quotes[i].end)
                             for i in catalog.quotes_by_article.get(article_id, []))
        self.people = [(m.start, m.end) for p in catalog.participants if p.kind != "country"
                       for m in p.mentions if m.article_id == article_id]
        self.agreements = [(m.start, m.end) for a in catalog.agreements for m in a.mentions
                           if m.article_id == article_id]
        self.current = 0
        if focus is not None and focus in self.quotes:
            self.current = self.quotes.index(focus)
        self.focus_span = focus

    def compose(self) -> ComposeResult:
        a = self.article
        head = Text()
        if a is not None:
            head.append(line(a.title or a.source) + "\n", style="bold")
            head.append(line(" \u00b7 ".join(x for x in (a.date or "undated", a.url or a.source,
                                                        f"{len(self.quotes)} quotes", f"id {a.id}") if x)),
                        style="dim")
            if a.duplicate_of:
                head.append(line(f"\nsyndicated copy of {a.duplicate_of}"), style="dim")
            if len(a.sources) > 1:
                head.append(line("\nalso published as: " + "; ".join(a.sources[1:4])), style="dim")
        yield Static(head, id="article-head")
        with VerticalScroll(id="article-scroll"):
            yield Static(self._render_text(), id="article-body")
        yield Footer()

    def _render_text(self) -> Text:
        t = Text(block(self.body))
        for s, e in self.agreements:
            t.stylize("italic", s, e)
        for s, e in self.people:
            t.stylize("underline", s, e)
        for i, (s, e) in enumerate(self.quotes):
            t.stylize("reverse" if i != self.current else "bold reverse yellow", s, e)
        if self.focus_span and self.focus_span not in self.quotes:
            t.stylize("bold reverse", *self.focus_span)
        return t

    def on_mount(self) -> None:
        self.call_after_refresh(self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        target = (self.quotes[self.current][0] if self.quotes else
                  (self.focus_span[0] if self.focus_span else None))
        if target is None:
            return
        body = self.query_one("#article-body", Static)
        width = max(10, body.content_region.width or body.size.width)
        before = Text(block(self.body[:target]))
        lines = len(before.wrap(self.app.console, width)) if before.plain else 1
        self.query_one("#article-scroll", VerticalScroll).scroll_to(y=max(0, lines - 3), animate=False)

    def _move(self, step: int) -> None:
        if not self.quotes:
            return
        self.current = (self.current + step) % len(self.quotes)
        self.focus_span = self.quotes[self.current]
        self.query_one("#article-body", Static).update(self._render_text())
        self.call_after_refresh(self._scroll_to_current)

    def action_next_span(self) -> None:
        self._move(1)

    def action_previous_span(self) -> None:
        self._move(-1)

    def action_scroll_down(self) -> None:
        self.query_one("#article-scroll", VerticalScroll).scroll_down(animate=False, immediate=True)

    def action_scroll_up(self) -> None:
        self.query_one("#article-scroll", VerticalScroll).scroll_up(animate=False, immediate=True)

    def action_scroll_home(self) -> None:
        self.query_one("#article-scroll", VerticalScroll).scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        self.query_one("#article-scroll", VerticalScroll).scroll_end(animate=False)

    def action_yank(self) -> None:
        """The article's citation (n/N then Enter on the quote screen cites a quote)."""
        if self.article is not None:
            self.app.yank_record(self.article)

    def action_yank_id(self) -> None:
        if self.article is not None:
            self.app.yank_id(self.article)


class TimelineScreen(Screen):
    """The view's agreements, articles and quotes by date, newest first, undated last: the
    filter and the selected participant apply. Built in a thread from stored records; a
    virtual list, so its cost does not grow with the store. Enter opens a row's record."""

    BINDINGS = [
        Binding("escape,q,t", "app.pop_screen", "Back", id="timeline.back"),
        Binding("y", "yank", "Copy citation", id="timeline.yank"),
        Binding("Y", "yank_id", "Copy id", id="timeline.yank_id"),
    ]

    class Built(Message):
        """Rows built here, for the app to keep while its view stays the same."""
        def __init__(self, view, participant_id: str | None, rows) -> None:
            super().__init__()
            self.view = view
            self.participant_id = participant_id
            self.rows = rows

    def __init__(self, catalog: Catalog, view, participant_id: str | None = None, query: str = "",
                 rows=None, coming: bool = False) -> None:
        super().__init__()
        self.catalog = catalog
        self.view = view
        self.participant_id = participant_id
        self.query_text = query
        self.ready = rows                # built ahead by the app while the user paused
        self.coming = coming             # being built ahead: the app hands the rows over (show_rows)
        self.rows: list = []

    def compose(self) -> ComposeResult:
        from .record_list import Column, RecordList
        who = self.catalog.by_id.get(self.participant_id or "")
        bits = [who.name if who else "everything"]
        if self.query_text.strip():
            bits.append(f"filter \u201c{self.query_text.strip()}\u201d")
        head = Static(Text(line("Timeline \u2014 " + " \u00b7 ".join(bits)), style="bold"), id="timeline-head")
        # inline, not DEFAULT_CSS: a screen's own CSS re-parses the app's stylesheet on first use
        head.styles.height = "auto"
        head.styles.padding = (0, 1)
        yield head
        yield RecordList([Column("date", 10), Column("kind", 9), Column("record")], id="timeline",
                         empty="building the timeline\u2026")
        yield Footer()

    def on_mount(self) -> None:
        from .record_list import RecordList
        lst = self.query_one("#timeline", RecordList)
        lst.highlight = list(getattr(self.view.query, "words", []))
        lst.focus()
        if self.ready is not None:
            self.show_rows(self.ready)
        elif not self.coming:
            self.run_worker(self._build, thread=True, group="timeline", exclusive=True)

    def _build(self) -> None:
        from store.view import timeline
        rows = timeline.build(self.catalog, self.view, self.participant_id)
        self.app.call_from_thread(self._built, rows)

    def _built(self, rows) -> None:
        self.show_rows(rows)
        self.post_message(self.Built(self.view, self.participant_id, rows))    # the app keeps it

    def show_rows(self, rows) -> None:
        from .record_list import RecordList
        self.rows = rows
        lst = self.query_one("#timeline", RecordList)
        lst.empty_text = "nothing in this view"
        lst.set_items(list(range(len(rows))), self._cells)

    def _cells(self, i: int) -> tuple[str, str, str]:
        """A row: its date only where a new date starts (rows are grouped by date)."""
        r = self.rows[i]
        d = (r.date or "undated") if i == 0 or self.rows[i - 1].date != r.date else ""
        cat = self.catalog
        if r.kind == "agreement":
            a = cat.agreements[r.ref]
            return d, a.status, a.name + (f" ({', '.join(a.parties)})" if a.parties else "")
        if r.kind == "article":
            a = cat.articles.get(r.ref)
            n = len(cat.quotes_by_article.get(r.ref, ()))
            return d, "article", ((a.title or a.source) if a else r.ref) + (f" \u00b7 {n} quotes" if n else "")
        q = cat.quotes[r.ref]
        return d, "  quote", f"{q.speaker or 'unattributed'}: \u201c{q.text}\u201d"

    def record_at(self, i: int):
        """What a row opens: a quote or agreement record, or an article id."""
        r = self.rows[i]
        if r.kind == "agreement":
            return self.catalog.agreements[r.ref]
        if r.kind == "quote":
            return self.catalog.quotes[r.ref]
        return r.ref

    def current_record(self):
        """The record under the cursor as `y`/`Y` cite it: an article row gives the article."""
        from .record_list import RecordList
        i = self.query_one("#timeline", RecordList).current
        if i is None or i >= len(self.rows):
            return None
        rec = self.record_at(i)
        return self.catalog.articles.get(rec) if isinstance(rec, str) else rec

    def action_yank(self) -> None:
        self.app.yank_record(self.current_record())

    def action_yank_id(self) -> None:
        self.app.yank_id(self.current_record())

    def on_record_list_selected(self, event) -> None:
        event.stop()
        rec = self.record_at(event.item)
        if isinstance(rec, str):
            self.app.push_screen(ArticleScreen(self.catalog, rec))
        else:
            self.app.push_screen(DetailScreen(self.catalog, rec))

    def on_record_list_highlighted(self, event) -> None:
        event.stop()        # the main screen's panes listen for their own lists only

    def on_descendant_focus(self, event) -> None:
        event.stop()        # the app's status line reads a focused list's rows as its panes' records


class HelpScreen(Screen):
    """Every key, its binding id (what keymap.toml rebinds) and where it works."""
    BINDINGS = [
        Binding("escape,q,question_mark", "app.pop_screen", "Back", id="help.back"),
        Binding("j,down", "scroll_down", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="help.up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="help.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="help.bottom"),
        Binding("pagedown,ctrl+f", "page_down", "Page down", show=False, id="help.page_down"),
        Binding("pageup,ctrl+b", "page_up", "Page up", show=False, id="help.page_up"),
    ]

    def __init__(self, keys: list[tuple[str, str, str, str]]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        table = Table(title="parley keys \u2014 rebind by id in keymap.toml", expand=True, show_edge=False)
        table.add_column("key", style="bold", no_wrap=True)
        table.add_column("action")
        table.add_column("where", style="dim")
        table.add_column("id", style="dim", no_wrap=True)
        for key, desc, where, bid in self.keys:
            table.add_row(Text(key), Text(desc), Text(where), Text(bid))
        with VerticalScroll(id="help-scroll"):
            yield Static(table, id="help-table")
        yield Footer()

    def _scroll(self) -> VerticalScroll:
        return self.query_one("#help-scroll", VerticalScroll)

    def action_scroll_down(self) -> None:
        self._scroll().scroll_down(animate=False, immediate=True)

    def action_scroll_up(self) -> None:
        self._scroll().scroll_up(animate=False, immediate=True)

    def action_scroll_home(self) -> None:
        self._scroll().scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        self._scroll().scroll_end(animate=False)

    def action_page_down(self) -> None:
        self._scroll().scroll_page_down(animate=False, immediate=True)

    def action_page_up(self) -> None:
        self._scroll().scroll_page_up(animate=False, immediate=True)
