"""Detail screens (Enter drills in, Esc backs out) and the key help (`?`)."""
from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from store.query import Catalog, citation
from store.records import Agreement, Participant, Quote

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


class DetailScreen(Screen):
    BINDINGS = [
        Binding("escape,q", "app.pop_screen", "Back", id="detail.back"),
        Binding("j,down", "scroll_down", "Down", show=False, id="detail.down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="detail.up"),
        Binding("y", "yank", "Copy citation", id="detail.yank"),
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
            _field(t, "speaker", r.speaker or "unattributed")
            if p:
                _field(t, "title", p.title)
                _field(t, "country", p.country)
            _field(t, "kind", r.kind)
            _field(t, "via", r.via)
            art = cat.article_of(r)
            if art:
                _field(t, "article", art.title)
                _field(t, "date", art.date)
                _field(t, "source", art.url or art.source)
            _field(t, "offsets", f"{r.start}\u2013{r.end}")
            _field(t, "rule", r.rule)
        elif isinstance(r, Participant):
            t.append(line(r.name) + "\n\n", style="bold")
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
        if isinstance(r, Agreement) and r.mentions:
            m0 = r.mentions[0]
            art = cat.articles.get(m0.article_id)
            if art is None:
                return None
            spans = [(m.start, m.end) for m in r.mentions if m.article_id == art.id]
            self._focus_start = m0.start
            return source_text(cat.text_of(art.id), spans, focus=0)
        if isinstance(r, Participant) and r.mentions:
            m0 = r.mentions[0]
            art = cat.articles.get(m0.article_id)
            if art is None:
                return None
            spans = [(m.start, m.end) for m in r.mentions if m.article_id == art.id]
            # a participant's page opens on their record, not on the article
            return source_text(cat.text_of(art.id), spans, focus=0)
        return None

    # -- behaviour ------------------------------------------------------------------------
    def on_mount(self) -> None:
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

    def action_scroll_down(self) -> None:
        self.query_one("#detail-scroll", VerticalScroll).scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.query_one("#detail-scroll", VerticalScroll).scroll_up(animate=False)

    def action_yank(self) -> None:
        if isinstance(self.record, Quote):
            self.app.copy_to_clipboard(citation(self.record, self.catalog))
            self.notify("Citation copied", timeout=2)


class HelpScreen(Screen):
    """Every key the main screen and its focused pane answer to."""
    BINDINGS = [Binding("escape,q,question_mark", "app.pop_screen", "Back", id="help.back")]

    def __init__(self, keys: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        table = Table(title="parley keys", expand=True, show_edge=False)
        table.add_column("key", style="bold", no_wrap=True)
        table.add_column("action")
        table.add_column("where", style="dim")
        for key, desc, where in self.keys:
            table.add_row(Text(key), Text(desc), Text(where))
        with VerticalScroll():
            yield Static(table, id="help-table")
        yield Footer()
