"""The parley app: participants, quotes and agreements in linked panes, over one store.

The first frame appears before the store is read: a thread worker loads the snapshot and
builds the catalog, then posts it back; the filter's search text follows in the same worker.
Lists are virtual, so their cost does not grow with the store.
"""
from __future__ import annotations

import time
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Footer, Header, Input, Static

from store.db.database import Store
from store.records import Quote
from store.view.citation import cite, trim_trailing
from store.view.query import (Catalog, View, build_catalog, build_search, gc_paused,
                              parse_query, select, unfiltered)

from .components.articles import ArticlesScreen
from .components.keys import help_rows
from .components.palette import ParleyCommands
from .components.prompt import PathPrompt
from .components.record_list import Column, RecordList
from .components.screens import (ArticleScreen, DetailScreen, HelpScreen, TimelineScreen, speaker_cell,
                                 speaker_label)
from .safe import content, line, text
from .settings import (load_keymap_checked, load_settings, load_state, save_setting, save_state,
                       unknown_ids)

ALL = -1   # the "all participants" row

# Columns size to their content in terminal cells; optional ones (drop > 0) give way first.
PARTICIPANT_COLUMNS = [Column("", 1, 1), Column("name", 8), Column("country", 6, 16, drop=2, grow=1),
                       Column("q", 2, 5, right=True)]
# The quote text and the agreement's name are what an analyst reads: at narrow widths they keep
# ~22 and ~20 cells, the speaker and status columns giving way first (names up to 16 cells stay
# whole), before the date or parties are hidden.
QUOTE_COLUMNS = [Column("speaker", 10, 22, squeeze=16), Column("date", 10, 10, drop=1),
                 Column("quote", 22, 22, grow=1)]
AGREEMENT_COLUMNS = [Column("status", 6, 10, squeeze=8), Column("name", 20, 20, grow=2),
                     Column("parties", 9, 30, drop=2, grow=1), Column("date", 10, 10, drop=1)]
# pane titles, longest first: the first that fits the border is used
PANE_NAMES = {"participants": ("1 Participants", "1 People", "1"), "quotes": ("2 Quotes", "2"),
              "agreements": ("3 Agreements", "3 Agr.", "3")}
PANES = ("participants", "quotes", "agreements")

# Sort orders each pane cycles through with `s` (the first is the catalog's own order).
SORTS = {
    "participants": ("most quoted", "name", "country"),
    "quotes": ("newest", "oldest", "speaker"),
    "agreements": ("status", "newest", "name"),
}


def pane_title(names: tuple[str, ...], shown: int, total: int, width: int) -> str:
    """The longest form of a pane's title that fits its border (width 0: not laid out yet)."""
    room = width - 4
    forms = [f for n in names for f in (f"{n} {shown}/{total}", f"{n} {shown}")]
    if width <= 0:
        return forms[0]
    return next((f for f in forms if len(f) <= room), forms[-1])


class CatalogLoaded(Message):
    def __init__(self, catalog: Catalog | None, error: str | None = None) -> None:
        super().__init__()
        self.catalog = catalog
        self.error = error


class SearchReady(Message):
    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.catalog = catalog


class LoadProgress(Message):
    """What the load worker is doing, for the status line ("indexing 120,000/400,000 quotes…")."""
    def __init__(self, status: str) -> None:
        super().__init__()
        self.status = status


class ParleyApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "parley"
    COMMANDS = App.COMMANDS | {ParleyCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Keys", id="app.help"),
        Binding("slash", "filter", "Filter", id="app.filter"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="app.clear_filter"),
        Binding("tab", "focus_next", "Next pane", show=False, id="app.next_pane"),
        Binding("shift+tab", "focus_previous", "Previous pane", show=False, id="app.prev_pane"),
        Binding("1", "pane('participants')", "Participants pane", show=False, id="app.pane1"),
        Binding("2", "pane('quotes')", "Quotes pane", show=False, id="app.pane2"),
        Binding("3", "pane('agreements')", "Agreements pane", show=False, id="app.pane3"),
        Binding("4", "articles", "Articles", show=False, id="app.articles"),
        Binding("n", "next_match", "Next match", show=False, id="app.next_match"),
        Binding("N", "previous_match", "Previous match", show=False, id="app.prev_match"),
        Binding("s", "sort", "Sort", id="app.sort"),
        Binding("y", "yank", "Copy citation", id="app.yank"),
        Binding("Y", "yank_id", "Copy id", show=False, id="app.yank_id"),
        Binding("e", "export('md')", "Export", id="app.export"),
        Binding("a", "article", "Article", show=False, id="app.article"),
        Binding("t", "timeline", "Timeline", id="app.timeline"),
        Binding("z", "maximize", "Maximise pane", show=False, id="app.maximize"),
        Binding("colon,ctrl+p", "command_palette", "Commands", show=False, id="app.palette"),
        Binding("r", "reload", "Reload", show=False, id="app.reload"),
        Binding("m", "merge", "Merge participants (m, then m on the other)", show=False, id="app.merge"),
        Binding("x", "reject", "Reject quote or agreement", show=False, id="app.reject"),
        Binding("u", "undo", "Undo last correction", show=False, id="app.undo"),
        Binding("v", "accept_suggestion", "Accept the quote's suggested speaker", show=False,
                id="quote.accept_suggestion"),
        Binding("d", "dismiss_suggestion", "Dismiss the quote's suggested speaker", show=False,
                id="quote.dismiss_suggestion"),
    ]
    WATCH_SECONDS = 2.0
    # keys that act on the three panes: inactive (and out of the footer) on other screens
    MAIN_SCREEN_ACTIONS = {"sort", "export", "article", "timeline", "maximize", "merge", "reject",
                           "filter", "clear_filter", "pane", "next_match", "previous_match", "yank",
                           "undo", "yank_id", "articles", "accept_suggestion", "dismiss_suggestion"}

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action in self.MAIN_SCREEN_ACTIONS and len(self.screen_stack) > 1)

    def __init__(self, store_path: str | Path, demo: bool = False, restore: bool = True) -> None:
        super().__init__()
        self.store_path = Path(store_path)
        self.demo = demo
        self.restore = restore
        self.catalog: Catalog | None = None
        self.selected: str | None = None        # participant id narrowing the other panes
        self.query_text = ""
        self.sort_mode = {p: 0 for p in PANES}
        self._orders: dict[tuple[str, int], list[int]] = {}
        self._loading: str | None = "opening the store\u2026"   # the load worker's progress
        self._messages: list[str] = []         # what the filter did not understand or match
        self.view: View | None = None          # what the panes show: the filter's result
        self._timeline: tuple | None = None    # (view, selected, rows) built ahead of `t`
        self._timeline_pending: tuple | None = None   # (view, selected) being built ahead
        self._timeline_timer = None
        self._stamp: tuple[int, int, int] | None = None
        self._marked: str | None = None          # participant marked with `m`, to merge
        self._undo_stack: list[str] = []         # corrections made in this session
        self._state = load_state(self.store_path) if restore else {}
        self._keymap, self._keymap_warning = load_keymap_checked()

    # -- layout ---------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with Horizontal(id="body"):
            with Vertical(id="left"):
                yield RecordList(PARTICIPANT_COLUMNS, id="participants", classes="pane", empty="loading\u2026")
            with Vertical(id="right"):
                yield RecordList(QUOTE_COLUMNS, id="quotes", classes="pane", empty="loading\u2026")
                yield RecordList(AGREEMENT_COLUMNS, id="agreements", classes="pane", empty="loading\u2026")
        yield Static(id="detail")
        yield Input(placeholder="filter: words, country:NAME, since:YYYY-MM-DD, until:\u2026 (Esc clears)",
                    id="filter")
        yield Footer()

    def on_mount(self) -> None:
        self._apply_settings()
        self.sub_title = ("DEMO store \u2014 sample articles; `parley import PATH` for your own"
                          if self.demo else line(str(self.store_path)))
        self._titles()
        self.query_one("#participants", RecordList).focus()
        self.load()
        self.set_interval(self.WATCH_SECONDS, self._watch_store)

    def _watch_store(self) -> None:
        """Another process (an import) replaced the store: reload, keeping the user's place."""
        from store.db.database import file_stamp
        if self._stamp is not None and file_stamp(self.store_path) != self._stamp:
            self._stamp = file_stamp(self.store_path)
            self.load()

    # -- loading --------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        """Read the store, build the rows (posted as soon as they exist), then the word indices;
        all in this thread, with the garbage collector paused, so the UI never waits on them."""
        say = self._say
        try:
            size = self.store_path.stat().st_size if self.store_path.exists() else 0
            say(f"reading the store ({size / 1e6:,.0f} MB)\u2026")

            def early(part) -> None:
                # the newest segment's quotes listed while the older segments are read
                self.post_message(CatalogLoaded(build_catalog(part, search=False)))
            with gc_paused():
                snap = Store(self.store_path).snapshot(
                    lambda done, total: say(f"reading the store: {done / 1e6:,.0f}/{total / 1e6:,.0f} MB\u2026"),
                    early=early)
            say(f"loading {len(snap.articles):,} articles, {len(snap.quotes):,} quotes\u2026")
            cat = build_catalog(snap, search=False, progress=say)
        except Exception as exc:  # noqa: BLE001 - a damaged store is reported, not raised
            self.post_message(CatalogLoaded(None, f"{self.store_path}: {exc}"))
            return
        self.post_message(CatalogLoaded(cat))
        # the rows are on screen; the filter's word indices follow
        build_search(cat, progress=say)
        self.post_message(SearchReady(cat))

    def _say(self, status: str) -> None:
        self.post_message(LoadProgress(status))

    def on_load_progress(self, msg: LoadProgress) -> None:
        if self.catalog is None or self.catalog.search is None:
            self._loading = msg.status
            self._status()

    def on_catalog_loaded(self, msg: CatalogLoaded) -> None:
        if msg.catalog is None:
            self.notify(line(msg.error), severity="error", timeout=10)
            self._loading = "store could not be read"
            self._status()
            for rl in self.query(RecordList):
                rl.empty_text = "store could not be read"
                rl.refresh()
            return
        first = self.catalog is None
        place = self._remember() if not first else self._state
        self.catalog = msg.catalog
        self._stamp = msg.catalog.snapshot.stamp
        self._orders = {}
        self._loading = "indexing\u2026"
        for rl in self.query(RecordList):
            rl.empty_text = "no matches"
        if first and place:
            self._apply_state(place)
        self.refresh_panes(keep_selection=True)
        self._restore(place)
        for screen in self.screen_stack:
            if isinstance(screen, DetailScreen):
                screen.reload(msg.catalog)       # a correction made there shows at once

    def on_search_ready(self, msg: SearchReady) -> None:
        if msg.catalog is not self.catalog:
            return
        self._loading = None
        # the filter typed while indexing applies now; with none, a repeated post (found with
        # the indices) leaves the quotes pane
        self.refresh_panes(keep_selection=True)
        self._status()

    # -- rows -----------------------------------------------------------------------------
    def _participant_cells(self, i: int) -> tuple[str, ...]:
        cat = self.catalog
        if i == ALL:
            return ("*", "All participants", "", str(cat.quote_total))
        p = cat.participants[i]
        icon = {"person": "P", "organisation": "O", "country": "C"}.get(p.kind, "?")
        n = cat.quote_counts.get(p.id, 0)
        return (icon, p.name, p.country or "", str(n) if n else "")

    def _quote_cells(self, i: int) -> tuple[str, ...]:
        q = self.catalog.quotes[i]
        return (speaker_cell(q), self.catalog.date_of(q), trim_trailing(q.text))

    def _agreement_cells(self, i: int) -> tuple[str, ...]:
        a = self.catalog.agreements[i]
        return (a.status, a.name, ", ".join(a.parties), a.date or "")

    def _order(self, pane: str, items: list[int]) -> list[int]:
        """items in the pane's current sort order (orders are computed once per mode)."""
        mode = self.sort_mode[pane]
        if mode == 0 or not items:
            return items
        key = (pane, mode)
        order = self._orders.get(key)
        cat = self.catalog
        if order is None:
            if pane == "participants":
                rows = cat.participants
                fn = (lambda i: rows[i].name.casefold()) if mode == 1 else \
                     (lambda i: ((rows[i].country or "~").casefold(), rows[i].name.casefold()))
                order = sorted(range(len(rows)), key=fn)
            elif pane == "quotes":
                if mode == 1:
                    order = sorted(range(len(cat.quotes)), key=lambda i: (cat.date_of(cat.quotes[i]) or "9999"))
                else:
                    order = sorted(range(len(cat.quotes)), key=lambda i: (cat.quotes[i].speaker or "~").casefold())
            else:
                rows = cat.agreements
                order = (sorted(range(len(rows)), key=lambda i: rows[i].date or "", reverse=True) if mode == 1
                         else sorted(range(len(rows)), key=lambda i: rows[i].name.casefold()))
            self._orders[key] = order
        keep = set(items)
        return [i for i in order if i in keep]

    def _view(self) -> View | None:
        """The filter's result for the current query and selection (the one filter of
        store.view.query, shared with the timeline and export)."""
        cat = self.catalog
        if cat is None:
            return None
        if cat.search is None:        # indices still building: everything, the filter follows
            return unfiltered(cat, self.selected)
        return select(cat, self.query_text, self.selected)

    def refresh_panes(self, keep_selection: bool = False) -> None:
        cat = self.catalog
        if cat is None:
            return
        view = self._view()
        plist = self.query_one("#participants", RecordList)
        keep = self._participant_index(self.selected) if keep_selection else None
        plist.set_items([ALL, *self._order("participants", view.participants)], self._participant_cells,
                        keep=keep)
        if keep not in (None, ALL) and plist.current != keep:
            self.selected = None
            view = self._view()
        self._show_view(view)

    def _participant_index(self, pid: str | None) -> int | None:
        if pid is None or self.catalog is None:
            return ALL
        for i, p in enumerate(self.catalog.participants):
            if p.id == pid:
                return i
        return ALL

    def _narrow(self) -> None:
        """Quotes and agreements of the selected participant, filtered by the query."""
        view = self._view()
        if view is not None:
            self._show_view(view)

    def _show_view(self, view: View) -> None:
        self.view = view
        self._messages = view.messages
        terms = view.query.words
        for rl in self.query(RecordList):
            rl.highlight = terms
        self.query_one("#quotes", RecordList).set_items(self._order("quotes", view.quotes), self._quote_cells)
        self.query_one("#agreements", RecordList).set_items(self._order("agreements", view.agreements),
                                                            self._agreement_cells)
        self._titles()
        self._status()
        # once the user pauses, the timeline of this view is built in a thread, so `t` opens at once
        if self._timeline_timer is not None:
            self._timeline_timer.stop()
        self._timeline_timer = self.set_timer(0.4, self._prepare_timeline)

    def _prepare_timeline(self) -> None:
        cat, view, selected = self.catalog, self.view, self.selected
        if view is None or cat is None or cat.search is None:
            return

        def build() -> None:
            from store.view import timeline
            rows = timeline.build(cat, view, selected)
            self.call_from_thread(self._timeline_built, view, selected, rows)
        self._timeline_pending = (view, selected)
        # run_worker, not @work: @work describes a worker by the repr of its arguments (a whole
        # catalog: seconds at 50k)
        self.run_worker(build, thread=True, exclusive=True, group="timeline-ahead",
                        description="timeline ahead")

    def on_timeline_screen_built(self, msg: TimelineScreen.Built) -> None:
        if msg.view is self.view:
            self._timeline = (msg.view, msg.participant_id, msg.rows)

    def _timeline_built(self, view: View, selected: str | None, rows) -> None:
        if self._timeline_pending and self._timeline_pending[0] is view:
            self._timeline_pending = None
        if view is self.view:
            self._timeline = (view, selected, rows)
        screen = self.screen
        if isinstance(screen, TimelineScreen) and screen.view is view and not screen.rows:
            screen.show_rows(rows)           # `t` was pressed while this was being built

    def _titles(self) -> None:
        cat = self.catalog
        lists = {rl.id: rl for rl in self.query(RecordList)}
        totals = {"participants": len(cat.participants) if cat else 0,
                  "quotes": cat.quote_total if cat else 0,
                  "agreements": len(cat.agreements) if cat else 0}
        sel = cat.by_id.get(self.selected) if cat and self.selected else None
        for key, rl in lists.items():
            if key not in PANE_NAMES:
                continue
            shown = len(rl.items) - (1 if key == "participants" and rl.items else 0)
            rl.border_title = content(pane_title(PANE_NAMES[key], shown, totals[key], rl.size.width))
            bits = []
            if sel is not None and key != "participants":
                bits.append(sel.name)
            if self.sort_mode[key]:
                bits.append("sort: " + SORTS[key][self.sort_mode[key]])
            rl.border_subtitle = content(" \u00b7 ".join(bits))

    def on_resize(self) -> None:
        self.call_after_refresh(self._titles)

    # -- events ---------------------------------------------------------------------------
    @on(RecordList.Highlighted)
    def _highlighted(self, event: RecordList.Highlighted) -> None:
        if self.catalog is None:
            return
        rl = event.records
        if rl.id == "participants":
            pid = None if event.item in (None, ALL) else self.catalog.participants[event.item].id
            if pid != self.selected:
                self.selected = pid
                self._narrow()
        if rl.has_focus:
            self._show_detail(rl)

    def on_descendant_focus(self, event) -> None:
        if isinstance(event.widget, RecordList):
            self._show_detail(event.widget)

    def _status(self) -> None:
        """The status line (the detail strip): the focused record, or the store's counts, the
        load's progress and what the filter did not understand."""
        rl = self._focused_list()
        if rl is not None:
            self._show_detail(rl)
            return
        self.query_one("#detail", Static).update(self._summary())

    def _summary(self) -> Text:
        cat = self.catalog
        t = Text()
        for m in self._messages:
            t.append(line(m) + "\n", style="bold red")
        if cat is None:
            t.append(line(self._loading or "opening the store\u2026"))
            return t
        t.append(line(f"{len(cat.participants):,} participants, {cat.quote_total:,} quotes, "
                      f"{len(cat.agreements):,} agreements"))
        if self._loading:
            t.append(line(f" \u00b7 {self._loading} (the filter applies when ready)"), style="italic")
        t.append(" \u2014 Enter opens, / filters, t timeline, e export, ? keys")
        return t

    def _show_detail(self, rl: RecordList) -> None:
        cat = self.catalog
        detail = self.query_one("#detail", Static)
        item = rl.current
        if cat is None or item is None or item == ALL:
            detail.update(self._summary())
            return
        if rl.id == "participants":
            p = cat.participants[item]
            bits = [p.name, p.title or "", p.country or "", f"{cat.quote_counts.get(p.id, 0)} quotes"]
            if p.aliases:
                bits.append("aka " + ", ".join(p.aliases[:4]))
            detail.update(text(" \u00b7 ".join(b for b in bits if b)))
        elif rl.id == "quotes":
            q = cat.quotes[item]
            art = cat.article_of(q)
            head = (f"{speaker_label(q)} \u00b7 {q.kind} \u00b7 {(art.date if art else '') or 'undated'}"
                    f" \u00b7 {(art.title or art.source) if art else ''}")
            t = text(head, style="bold")
            t.append("\n" + line(q.text))
            detail.update(t)
        else:
            a = cat.agreements[item]
            bits = [a.name, a.status, ", ".join(a.parties), a.date or "", a.place or ""]
            t = text(" \u00b7 ".join(b for b in bits if b), style="bold")
            if a.signatories:
                t.append("\nsigned by " + line(", ".join(a.signatories)))
            detail.update(t)

    @on(RecordList.Selected)
    def _selected(self, event: RecordList.Selected) -> None:
        cat = self.catalog
        if cat is None or event.item is None or event.item == ALL:
            return
        rl = event.records
        record = {"participants": cat.participants, "quotes": cat.quotes,
                  "agreements": cat.agreements}[rl.id][event.item]
        self.push_screen(DetailScreen(cat, record))

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        self.refresh_panes(keep_selection=True)

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        """Keep the filter and go to the first match: a participant if any matched, else a
        quote, else an agreement (Enter again opens it)."""
        plist = self.query_one("#participants", RecordList)
        if parse_query(self.query_text).text and len(plist.items) > 1:
            plist.focus()
            plist.move_to(1)
            return
        for name in ("quotes", "agreements"):
            rl = self.query_one(f"#{name}", RecordList)
            if rl.items:
                rl.focus()
                return
        plist.focus()

    # -- place: kept across reloads and restarts -----------------------------------------
    def _remember(self) -> dict:
        cat = self.catalog
        place: dict = {"selected": self.selected, "filter": self.query_text,
                       "pane": self.focused.id if isinstance(self.focused, RecordList) else None,
                       "sort": dict(self.sort_mode)}
        if cat is None:
            return place
        for name, rows in (("quotes", cat.quotes), ("agreements", cat.agreements)):
            cur = self.query_one(f"#{name}", RecordList).current
            if cur is not None and cur >= 0:
                place[name] = rows[cur].id
        return place

    def _apply_state(self, place: dict) -> None:
        """Before the first fill: the filter, selection and sort of the last session."""
        self.query_text = place.get("filter") or ""
        if self.query_text:
            inp = self.query_one("#filter", Input)
            with inp.prevent(Input.Changed):
                inp.value = self.query_text
            inp.add_class("visible")
        sel = place.get("selected")
        self.selected = sel if sel and self.catalog.by_id.get(sel) else None
        for k, v in (place.get("sort") or {}).items():
            if k in self.sort_mode and isinstance(v, int) and 0 <= v < len(SORTS[k]):
                self.sort_mode[k] = v

    def _restore(self, place: dict) -> None:
        cat = self.catalog
        for name, rows in (("quotes", cat.quotes), ("agreements", cat.agreements)):
            rid = place.get(name)
            if rid is None:
                continue
            rl = self.query_one(f"#{name}", RecordList)
            for pos, i in enumerate(rl.items):
                if rows[i].id == rid:
                    rl.move_to(pos)
                    break
        pane = place.get("pane")
        if pane in PANES and not isinstance(self.focused, Input):
            self.query_one(f"#{pane}", RecordList).focus()

    def save_place(self) -> None:
        if self.restore and self.catalog is not None:
            save_state(self.store_path, self._remember())

    async def action_quit(self) -> None:
        self.save_place()
        self.exit()

    # -- actions --------------------------------------------------------------------------
    def action_filter(self) -> None:
        inp = self.query_one("#filter", Input)
        inp.add_class("visible")
        inp.focus()

    def action_clear_filter(self) -> None:
        if self.screen.maximized is not None:
            self.screen.minimize()
            return
        inp = self.query_one("#filter", Input)
        had = bool(inp.value)
        inp.value = ""
        inp.remove_class("visible")
        self.query_text = ""
        if had:
            self.refresh_panes(keep_selection=True)
        if self.focused is inp or self.focused is None:
            self.query_one("#participants", RecordList).focus()

    def action_pane(self, name: str) -> None:
        self.query_one(f"#{name}", RecordList).focus()

    def _focused_list(self) -> RecordList | None:
        return self.focused if isinstance(self.focused, RecordList) else None

    def action_next_match(self) -> None:
        rl = self._focused_list()
        if rl is not None:
            rl.action_cursor_down()

    def action_previous_match(self) -> None:
        rl = self._focused_list()
        if rl is not None:
            rl.action_cursor_up()

    def action_sort(self) -> None:
        rl = self._focused_list()
        if rl is None or self.catalog is None:
            return
        self.sort_mode[rl.id] = (self.sort_mode[rl.id] + 1) % len(SORTS[rl.id])
        self.refresh_panes(keep_selection=True)
        self.notify(f"{rl.id}: sorted by {SORTS[rl.id][self.sort_mode[rl.id]]}", timeout=2)

    def action_maximize(self) -> None:
        if self.screen.maximized is not None:
            self.screen.minimize()
        elif self.focused is not None:
            self.screen.maximize(self.focused)

    def action_help(self) -> None:
        """Every key with its binding id (for keymap.toml) and where it works."""
        self.push_screen(HelpScreen(help_rows(self)))

    def current_quote(self):
        cat = self.catalog
        ql = self.query_one("#quotes", RecordList)
        if cat is None or ql.current is None:
            return None
        return cat.quotes[ql.current]

    def focused_record(self):
        """The record under the cursor of the focused pane (the quote's when the filter has focus)."""
        cat = self.catalog
        if cat is None:
            return None
        rl = self._focused_list() or self.query_one("#quotes", RecordList)
        if rl.current in (None, ALL):
            return None
        rows = {"participants": cat.participants, "quotes": cat.quotes, "agreements": cat.agreements}
        return rows[rl.id][rl.current] if rl.id in rows else None

    def yank_record(self, record) -> None:
        """Copy a record's citation (OSC 52: reaches the local clipboard over SSH and tmux)."""
        if record is None or self.catalog is None:
            self.notify("Nothing selected to cite", severity="warning", timeout=2)
            return
        cited = cite(record, self.catalog)
        self.copy_to_clipboard(cited)
        self.notify(f"Copied: {cited[:120]}", timeout=3)

    def yank_id(self, record) -> None:
        """Copy a record's id, for `parley reassign`/`reject`/`merge`."""
        if record is None:
            self.notify("Nothing selected", severity="warning", timeout=2)
            return
        self.copy_to_clipboard(record.id)
        self.notify(f"Copied id {record.id}", timeout=3)

    def action_yank(self) -> None:
        self.yank_record(self.focused_record())

    def action_yank_id(self) -> None:
        self.yank_id(self.focused_record())

    def notify(self, message, *, title: str = "", severity="information", timeout=None, markup: bool = False):
        """Every toast is literal text: messages carry names and titles from articles, and a
        `[/]` in one must neither style nor crash the app."""
        return super().notify(line(str(message)), title=line(title), severity=severity,
                              timeout=timeout, markup=False)

    # -- settings -------------------------------------------------------------------------
    def _apply_settings(self) -> None:
        """The keymap (with a one-line warning when it cannot be used) and the saved theme."""
        warning = self._keymap_warning
        if self._keymap:
            warning = warning or unknown_ids(self._keymap, known_binding_ids())
            try:
                self.set_keymap(self._keymap)
            except Exception as exc:  # noqa: BLE001 - a bad key spec must not stop the app
                warning = f"keymap not applied: {exc}"
        if warning:
            self.notify(warning, severity="warning", timeout=10)
        theme = load_settings().get("theme")
        if isinstance(theme, str) and theme in self.available_themes and theme != self.theme:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, theme) -> None:
        save_setting("theme", theme.name)

    def view_records(self):
        """The quotes and agreements the panes show now, in their order."""
        cat = self.catalog
        qs = [cat.quotes[i] for i in self.query_one("#quotes", RecordList).items]
        ags = [cat.agreements[i] for i in self.query_one("#agreements", RecordList).items]
        return qs, ags

    def action_export(self, fmt: str = "md") -> None:
        """Ask where to write the current view (filtered quotes and agreements), then write it."""
        if self.catalog is None:
            return
        default = Path.cwd() / f"parley-brief-{time.strftime('%Y%m%d-%H%M%S')}.{fmt}"
        self.push_screen(PathPrompt(f"Export the view ({fmt}) to:", str(default)),
                         lambda answer: self._export_to(answer, fmt))

    def _export_to(self, answer: str | None, fmt: str) -> None:
        from store.view.export import FORMATS, distinct_quotes, render
        cat = self.catalog
        if answer is None or cat is None:
            self.notify("Export cancelled", timeout=2)
            return
        out = export_path(answer, fmt)
        fmt = out.suffix.lstrip(".") if out.suffix.lstrip(".") in FORMATS else fmt
        qs, ags = self.view_records()
        context = []
        if self.selected and cat.by_id.get(self.selected):
            context.append(cat.by_id[self.selected].name)
        if self.query_text:
            context.append(f"filter \u201c{self.query_text}\u201d")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)     # `~/briefs/x.md` on a first export
            out.write_text(render(fmt, cat, qs, ags, ", ".join(context)), encoding="utf-8")
        except OSError as exc:
            self.notify(f"{out}: {exc.strerror or exc}", severity="error")
            return
        self.last_export = out
        # the count the file holds: a repeated post or verbatim repeat is written once
        self.notify(f"Wrote {len(distinct_quotes(qs))} quotes and {len(ags)} agreements to {out}", timeout=6)

    def action_articles(self) -> None:
        """The articles of the view: all of them, or those behind the rows a filter or a
        selected participant left in the panes."""
        cat = self.catalog
        if cat is None:
            return
        ids, scope = None, ""
        if self.selected or self.query_text:
            qs, ags = self.view_records()
            ids = {q.article_id for q in qs} | {m.article_id for a in ags for m in a.mentions}
            who = cat.by_id.get(self.selected or "")
            scope = " \u00b7 ".join(x for x in (who.name if who else "", self.query_text) if x)
        self.push_screen(ArticlesScreen(cat, ids, scope))

    def action_article(self) -> None:
        cat = self.catalog
        rl = self._focused_list()
        if cat is None or rl is None or rl.current in (None, ALL):
            return
        if rl.id == "quotes":
            q = cat.quotes[rl.current]
            self.push_screen(ArticleScreen(cat, q.article_id, focus=(q.start, q.end)))
        elif rl.id == "agreements" and cat.agreements[rl.current].mentions:
            m = cat.agreements[rl.current].mentions[0]
            self.push_screen(ArticleScreen(cat, m.article_id, focus=(m.start, m.end)))
        elif rl.id == "participants" and cat.participants[rl.current].mentions:
            m = cat.participants[rl.current].mentions[0]
            self.push_screen(ArticleScreen(cat, m.article_id, focus=(m.start, m.end)))

    def action_timeline(self) -> None:
        if self.catalog is not None:
            if self._timeline_timer is not None:
                self._timeline_timer.stop()       # not built ahead now: the screen builds it
            view = self.view or unfiltered(self.catalog, self.selected)
            ready, pending = self._timeline, self._timeline_pending
            rows = ready[2] if ready and ready[0] is view and ready[1] == self.selected else None
            coming = rows is None and pending is not None and pending[0] is view and pending[1] == self.selected
            self.push_screen(TimelineScreen(self.catalog, view, self.selected, self.query_text, rows=rows,
                                            coming=coming))

    def open_record(self, kind: str, rid: str) -> None:
        """From the command palette: a participant, an agreement or an article by id."""
        cat = self.catalog
        if cat is None:
            return
        if kind == "article":
            self.push_screen(ArticleScreen(cat, rid))
            return
        rows = cat.participants if kind == "participant" else cat.agreements
        rec = next((r for r in rows if r.id == rid), None)
        if rec is not None:
            self.push_screen(DetailScreen(cat, rec))

    def action_reload(self) -> None:
        self.load()

    # -- corrections (written by a worker; then the catalog reloads) ------------------------
    def action_merge(self) -> None:
        plist = self.query_one("#participants", RecordList)
        cat = self.catalog
        if cat is None or not plist.has_focus or plist.current in (None, ALL):
            self.notify("m merges participants: mark one in the participants pane", timeout=3)
            return
        here = cat.participants[plist.current]
        if self._marked is None or self._marked == here.id:
            self._marked = here.id
            self.notify(line(f"Marked {here.name}: press m on the participant to merge it into"), timeout=4)
            return
        gone = cat.by_id.get(self._marked)
        self._marked = None
        if gone is not None:
            self._correct("merge", here.id, gone.name, f"Merged {gone.name} into {here.name}")

    def action_reject(self) -> None:
        cat = self.catalog
        rl = self._focused_list()
        if cat is not None and rl is not None and rl.id in ("quotes", "agreements") and rl.current is not None:
            rec = (cat.quotes if rl.id == "quotes" else cat.agreements)[rl.current]
            self._correct("reject", rec.id, None, f"Rejected {rl.id[:-1]} {rec.id[:8]}")
        else:
            self.notify("x rejects the selected quote or agreement", timeout=3)

    def action_undo(self) -> None:
        if not self._undo_stack:
            self.notify("No correction to undo in this session", timeout=3)
            return
        self._undo(self._undo_stack.pop())

    def action_accept_suggestion(self) -> None:
        self.settle_suggestion(self.focused_record(), accept=True)

    def action_dismiss_suggestion(self) -> None:
        self.settle_suggestion(self.focused_record(), accept=False)

    def settle_suggestion(self, q, accept: bool) -> None:
        """Accept (the suggested speaker becomes the speaker) or dismiss a quote's suggestion:
        a correction like the others, undone with u, kept across imports."""
        if not isinstance(q, Quote) or q.speaker or not q.suggested_speaker:
            self.notify("v accepts, d dismisses the suggested speaker of a quote shown as \u201cName?\u201d",
                        timeout=3)
            return
        if accept:
            self._correct("accept", q.id, None, f"Accepted {q.suggested_speaker} as the speaker")
        else:
            self._correct("dismiss", q.id, None, f"Dismissed the suggestion {q.suggested_speaker}")

    @work(thread=True, group="correct")
    def _correct(self, kind: str, target: str, value: str | None, done: str) -> None:
        from store.db.corrections import CorrectionError, add_correction
        try:
            c = add_correction(Store(self.store_path), kind, target, value)
        except (CorrectionError, OSError) as exc:
            self.call_from_thread(self.notify, line(str(exc)), severity="error")
            return
        self._undo_stack.append(c["id"])
        # names come from articles: shown literally, never parsed as markup
        self.call_from_thread(self.notify, line(f"{done} (u undoes)"), timeout=4, markup=False)
        self.call_from_thread(self.load)

    @work(thread=True, group="correct")
    def _undo(self, cid: str) -> None:
        from store.db.corrections import CorrectionError, undo_correction
        try:
            undo_correction(Store(self.store_path), cid)
        except (CorrectionError, OSError) as exc:
            self.call_from_thread(self.notify, line(str(exc)), severity="error")
            return
        self.call_from_thread(self.notify, "Correction undone", timeout=3)
        self.call_from_thread(self.load)


def export_path(answer: str, fmt: str) -> Path:
    """The file an export answer names: `~` expanded, relative to the working folder, and a
    default file name inside it when the answer is a folder."""
    out = Path(answer).expanduser()
    if not out.is_absolute():
        out = Path.cwd() / out
    if out.is_dir():
        out = out / f"parley-brief-{time.strftime('%Y%m%d-%H%M%S')}.{fmt}"
    return out


def known_binding_ids() -> set[str]:
    from .components.keys import binding_classes
    return {b.id for cls in binding_classes(ParleyApp) for b in cls.BINDINGS if getattr(b, "id", None)}
