"""The articles (key 4): every article of the view with its outlet, date and counts; Enter
opens it with its quotes, people and agreements marked."""
from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Static

from store.view.citation import headline, outlet
from store.view.query import Catalog, distinct_rows

from ..safe import content, line, text
from .record_list import Column, RecordList

COLUMNS = [Column("date", 7, 10, drop=1), Column("outlet", 6, 22, drop=2),
           Column("title", 12, 40, grow=1), Column("quotes", 2, 6, right=True, drop=3),
           Column("agr.", 2, 4, right=True, drop=4)]


def article_order(cat: Catalog, ids: set[str] | None = None) -> list[str]:
    """Article ids newest first, undated last (only `ids` when given)."""
    arts = [a for a in cat.articles.values() if ids is None or a.id in ids]
    arts.sort(key=lambda a: (a.date is None, "" if a.date is None else _neg(a.date), a.id))
    return [a.id for a in arts]


def _neg(date: str) -> str:
    # newest first inside the dated block: invert the digits so that a plain sort descends
    return date.translate(str.maketrans("0123456789", "9876543210"))


def _name(source: str) -> str:
    """A file source by its name, not its whole path."""
    return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or source


def agreement_counts(cat: Catalog) -> dict[str, int]:
    counts: dict[str, int] = {}
    for a in cat.agreements:
        for aid in {m.article_id for m in a.mentions}:
            counts[aid] = counts.get(aid, 0) + 1
    return counts


class ArticlesScreen(Screen):
    BINDINGS = [
        Binding("escape,q,4", "app.pop_screen", "Back", id="articles.back"),
        Binding("y", "yank", "Copy citation", id="articles.yank"),
        Binding("Y", "yank_id", "Copy id", id="articles.yank_id"),
    ]

    def __init__(self, catalog: Catalog, ids: set[str] | None = None, scope: str = "") -> None:
        super().__init__()
        self.catalog = catalog
        self.order = article_order(catalog, ids)
        self.scope = scope
        self._agreements = agreement_counts(catalog)

    def compose(self) -> ComposeResult:
        # the header names the count columns ("quotes", "agr.": agreements mentioned)
        rl = RecordList(list(COLUMNS), id="articles", classes="pane", empty="no articles", header=True)
        total = len(self.catalog.articles)
        rl.border_title = content(f"4 Articles {len(self.order)}/{total}")
        if self.scope:
            rl.border_subtitle = content(self.scope)
        yield rl
        yield Static(id="article-detail")
        yield Footer()

    def on_mount(self) -> None:
        rl = self.query_one(RecordList)
        rl.set_items(list(range(len(self.order))), self._cells)
        rl.focus()

    def _cells(self, i: int) -> tuple[str, ...]:
        a = self.catalog.articles[self.order[i]]
        nq, na = self._counts(a.id)
        return (a.date or "undated", outlet(a), headline(a) or _name(a.source), str(nq) if nq else "",
                str(na) if na else "")

    def _counts(self, article_id: str) -> tuple[int, int]:
        """Quotes (a repeated post once, as in the quotes pane) and agreements of an article."""
        rows = self.catalog.quotes_by_article.get(article_id, [])
        return len(distinct_rows(self.catalog, rows)), self._agreements.get(article_id, 0)

    def current(self):
        rl = self.query_one(RecordList)
        return None if rl.current is None else self.catalog.articles[self.order[rl.current]]

    def on_descendant_focus(self, event) -> None:
        event.stop()          # the app shows pane details on focus; this list has its own

    @on(RecordList.Highlighted)
    def _show(self, event: RecordList.Highlighted) -> None:
        event.stop()          # the app's handlers are for its three panes
        a = self.current()
        if a is not None:
            t = text(a.title or _name(a.source), style="bold")
            nq, na = self._counts(a.id)
            counts = f"{nq} quote{'s' * (nq != 1)}, {na} agreement{'s' * (na != 1)}"
            t.append("\n" + line(" \u00b7 ".join(x for x in (a.date or "undated", outlet(a), counts, a.url or "", a.id) if x)))
            self.query_one("#article-detail", Static).update(t)

    @on(RecordList.Selected)
    def _open(self, event: RecordList.Selected) -> None:
        event.stop()
        from .screens import ArticleScreen
        a = self.current()
        if a is not None:
            self.app.push_screen(ArticleScreen(self.catalog, a.id))

    def action_yank(self) -> None:
        a = self.current()
        if a is not None:
            self.app.yank_record(a)

    def action_yank_id(self) -> None:
        a = self.current()
        if a is not None:
            self.app.yank_id(a)
