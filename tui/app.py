"""The parley app: participants, quotes and agreements in linked panes, over one store.

The first frame appears before the store is read: a thread worker loads the snapshot and
builds the catalog, then posts it back. Lists are virtual, so their cost does not grow with
the store.
"""
from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Footer, Header, Input, Static

from store.db import Store
from store.query import Catalog, Filter, build_catalog, build_search, citation

from .components.record_list import Column, RecordList
from .components.screens import DetailScreen, HelpScreen
from .safe import line, text

ALL = -1   # the "all participants" row


class CatalogLoaded(Message):
    def __init__(self, catalog: Catalog | None, error: str | None = None) -> None:
        super().__init__()
        self.catalog = catalog
        self.error = error


class SearchReady(Message):
    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.catalog = catalog


class ParleyApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "parley"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Keys", id="app.help"),
        Binding("slash", "filter", "Filter", id="app.filter"),
        Binding("escape", "clear_filter", "Clear", show=False, id="app.clear_filter"),
        Binding("tab", "focus_next", "Next pane", show=False, id="app.next_pane"),
        Binding("shift+tab", "focus_previous", "Prev pane", show=False, id="app.prev_pane"),
        Binding("1", "pane('participants')", "People", show=False, id="app.pane1"),
        Binding("2", "pane('quotes')", "Quotes", show=False, id="app.pane2"),
        Binding("3", "pane('agreements')", "Agreements", show=False, id="app.pane3"),
        Binding("y", "yank", "Copy quote", id="app.yank"),
        Binding("r", "reload", "Reload", show=False, id="app.reload"),
        Binding("m", "merge", "Merge", show=False, id="app.merge"),
        Binding("x", "reject", "Reject", show=False, id="app.reject"),
        Binding("u", "undo", "Undo correction", show=False, id="app.undo"),
    ]
    WATCH_SECONDS = 2.0

    def __init__(self, store_path: str | Path, demo: bool = False) -> None:
        super().__init__()
        self.store_path = Path(store_path)
        self.demo = demo
        self.catalog: Catalog | None = None
        self.selected: str | None = None        # participant id narrowing the other panes
        self.query_text = ""
        self._pane_filters: dict[str, Filter] = {}
        self._stamp: tuple[int, int, int] | None = None
        self._marked: str | None = None          # participant marked with `m`, to merge
        self._undo_stack: list[str] = []         # corrections made in this session

    # -- layout ---------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with Horizontal(id="body"):
            with Vertical(id="left"):
                yield RecordList([Column("", 1), Column("name"), Column("q", 3)],
                                 id="participants", classes="pane", empty="loading\u2026")
            with Vertical(id="right"):
                yield RecordList([Column("speaker", 16), Column("quote")],
                                 id="quotes", classes="pane", empty="loading\u2026")
                yield RecordList([Column("status", 10), Column("name"), Column("date", 10)],
                                 id="agreements", classes="pane", empty="loading\u2026")
        yield Static(id="detail")
        yield Input(placeholder="filter all panes (Esc clears)", id="filter")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = ("DEMO store \u2014 sample articles; `parley import PATH` for your own"
                          if self.demo else str(self.store_path))
        self._titles()
        self.query_one("#participants", RecordList).focus()
        self.load()
        self.set_interval(self.WATCH_SECONDS, self._watch_store)

    def _watch_store(self) -> None:
        """Another process (an import) replaced the store: reload, keeping the user's place."""
        from store.db import file_stamp
        if self._stamp is not None and file_stamp(self.store_path) != self._stamp:
            self._stamp = file_stamp(self.store_path)
            self.load()

    # -- loading --------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        try:
            snap = Store(self.store_path).snapshot()
            cat = build_catalog(snap, search=False)
        except Exception as exc:  # noqa: BLE001 - a damaged store is reported, not raised
            self.post_message(CatalogLoaded(None, f"{self.store_path}: {exc}"))
            return
        self.post_message(CatalogLoaded(cat))
        # the rows are on screen; the filter's case-folded text follows
        build_search(cat)
        self.post_message(SearchReady(cat))

    def on_catalog_loaded(self, msg: CatalogLoaded) -> None:
        if msg.catalog is None:
            self.notify(line(msg.error), severity="error", timeout=10)
            for rl in self.query(RecordList):
                rl.empty_text = "store could not be read"
                rl.refresh()
            return
        cat = msg.catalog
        place = self._remember()
        self.catalog = cat
        self._stamp = cat.snapshot.stamp
        self._pane_filters = {}
        for rl in self.query(RecordList):
            rl.empty_text = "no matches"
        self.refresh_panes(keep_selection=True)
        self._restore(place)

    def _remember(self) -> dict[str, str]:
        """The record id under each pane's cursor, to find again after a reload."""
        cat = self.catalog
        place: dict[str, str] = {}
        if cat is None:
            return place
        for name, rows in (("quotes", cat.quotes), ("agreements", cat.agreements)):
            cur = self.query_one(f"#{name}", RecordList).current
            if cur is not None and cur >= 0:
                place[name] = rows[cur].id
        return place

    def _restore(self, place: dict[str, str]) -> None:
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

    # -- rows -----------------------------------------------------------------------------
    def _participant_cells(self, i: int) -> tuple[str, ...]:
        cat = self.catalog
        if i == ALL:
            return ("*", "All participants", str(len(cat.quotes)))
        p = cat.participants[i]
        icon = {"person": "P", "organisation": "O", "country": "C"}.get(p.kind, "?")
        n = cat.quote_counts.get(p.id, 0)
        return (icon, p.name, str(n) if n else "")

    def _quote_cells(self, i: int) -> tuple[str, ...]:
        q = self.catalog.quotes[i]
        return (q.speaker or "?", q.text)

    def _agreement_cells(self, i: int) -> tuple[str, ...]:
        a = self.catalog.agreements[i]
        return (a.status, a.name, a.date or "")

    def refresh_panes(self, keep_selection: bool = False) -> None:
        cat = self.catalog
        if cat is None:
            return
        q = self.query_text
        plist = self.query_one("#participants", RecordList)
        pitems = self._filter("participants").apply(q)
        plist.set_items([ALL, *pitems], self._participant_cells,
                        keep=self._participant_index(self.selected) if keep_selection else None)
        self._narrow()

    def on_search_ready(self, msg: SearchReady) -> None:
        if msg.catalog is self.catalog:
            self._pane_filters = {}

    def _filter(self, pane: str) -> Filter:
        """The pane's filter; builds the search text now if the worker has not finished it."""
        f = self._pane_filters.get(pane)
        if f is None:
            cat = self.catalog
            if not cat.q_search and cat.quotes or not cat.p_search and cat.participants:
                build_search(cat)
            hay = {"participants": cat.p_search, "quotes": cat.q_search, "agreements": cat.a_search}[pane]
            f = self._pane_filters[pane] = Filter(hay)
        return f

    def _participant_index(self, pid: str | None) -> int | None:
        if pid is None or self.catalog is None:
            return ALL
        for i, p in enumerate(self.catalog.participants):
            if p.id == pid:
                return i
        return ALL

    def _narrow(self) -> None:
        """Quotes and agreements of the selected participant, filtered by the query."""
        cat = self.catalog
        if cat is None:
            return
        q = self.query_text
        if self.selected is None:
            qitems = self._filter("quotes").apply(q)
            aitems = self._filter("agreements").apply(q)
        else:
            p = cat.by_id.get(self.selected)
            if p is not None and p.kind == "country":
                within_q = [i for i, x in enumerate(cat.quotes)
                            if (cat.by_id.get(x.speaker_id or "") or p).country == p.name]
            else:
                within_q = cat.quotes_by_speaker.get(self.selected, [])
            within_a = cat.agreements_by_participant.get(self.selected, [])
            # the participant is selected explicitly: the query does not hide its own records
            qitems = self._filter("quotes").apply(q, within=within_q) if q and not self._query_names_selected() else within_q
            aitems = self._filter("agreements").apply(q, within=within_a) if q and not self._query_names_selected() else within_a
        self.query_one("#quotes", RecordList).set_items(qitems, self._quote_cells)
        self.query_one("#agreements", RecordList).set_items(aitems, self._agreement_cells)
        self._titles()

    def _query_names_selected(self) -> bool:
        cat = self.catalog
        if not self.selected or not cat:
            return False
        p = cat.by_id.get(self.selected)
        return bool(p) and self.query_text.casefold().strip() in " ".join([p.name, *p.aliases]).casefold()

    def _titles(self) -> None:
        cat = self.catalog
        lists = {rl.id: rl for rl in self.query(RecordList)}
        totals = {"participants": len(cat.participants) if cat else 0,
                  "quotes": len(cat.quotes) if cat else 0,
                  "agreements": len(cat.agreements) if cat else 0}
        names = {"participants": "1 Participants", "quotes": "2 Quotes", "agreements": "3 Agreements"}
        for key, rl in lists.items():
            shown = len(rl.items) - (1 if key == "participants" and rl.items else 0)
            rl.border_title = f"{names[key]} {shown}/{totals[key]}"
        if cat and self.selected:
            p = cat.by_id.get(self.selected)
            if p:
                lists["quotes"].border_subtitle = text(p.name).plain
                lists["agreements"].border_subtitle = text(p.name).plain
        else:
            for rl in lists.values():
                rl.border_subtitle = ""

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

    def _show_detail(self, rl: RecordList) -> None:
        cat = self.catalog
        detail = self.query_one("#detail", Static)
        item = rl.current
        if cat is None or item is None or item == ALL:
            detail.update(text(f"{len(cat.participants) if cat else 0} participants, "
                               f"{len(cat.quotes) if cat else 0} quotes, "
                               f"{len(cat.agreements) if cat else 0} agreements \u2014 Enter opens, / filters, ? keys"))
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
            head = f"{q.speaker or 'unattributed'} \u00b7 {q.kind} \u00b7 {(art.date if art else '') or 'undated'} \u00b7 {(art.title or art.source) if art else ''}"
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
        if self.query_text and len(plist.items) > 1:
            plist.focus()
            plist.move_to(1)
            return
        for name in ("quotes", "agreements"):
            rl = self.query_one(f"#{name}", RecordList)
            if rl.items:
                rl.focus()
                return
        plist.focus()

    def on_descendant_focus(self, event) -> None:
        if isinstance(event.widget, RecordList):
            self._show_detail(event.widget)

    # -- actions --------------------------------------------------------------------------
    def action_filter(self) -> None:
        inp = self.query_one("#filter", Input)
        inp.add_class("visible")
        inp.focus()

    def action_clear_filter(self) -> None:
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

    def action_help(self) -> None:
        """Every key, grouped by what it does: the app's, then the focused list's."""
        groups: list[tuple[str, list[str], str]] = []

        def add(bindings, where: str) -> None:
            for b in bindings:
                if not b.description:
                    continue
                keys = [self.get_key_display(Binding(k.strip(), "")) for k in b.key.split(",")]
                for g in groups:
                    if g[0] == b.description and g[2] == where:
                        g[1].extend(k for k in keys if k not in g[1])
                        break
                else:
                    groups.append((b.description, keys, where))

        add(self._bindings_for_help(self), "everywhere")
        add(RecordList.BINDINGS, "lists")
        add(DetailScreen.BINDINGS, "detail screens")
        self.push_screen(HelpScreen([(" / ".join(keys), desc, where) for desc, keys, where in groups]))

    @staticmethod
    def _bindings_for_help(app: "ParleyApp") -> list[Binding]:
        keymap = getattr(app, "_keymap", None) or {}
        out = []
        for b in app.BINDINGS:
            if b.id and b.id in keymap:
                b = Binding(keymap[b.id], b.action, b.description, show=b.show, id=b.id)
            out.append(b)
        return out

    def action_yank(self) -> None:
        cat = self.catalog
        ql = self.query_one("#quotes", RecordList)
        if cat is None or ql.current is None:
            self.notify("No quote selected", severity="warning", timeout=2)
            return
        self.copy_to_clipboard(citation(cat.quotes[ql.current], cat))
        self.notify("Citation copied", timeout=2)

    def action_reload(self) -> None:
        self.load()

    # -- corrections (written by a worker; the store watcher then reloads) ---------------
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
        if cat is None:
            return
        focused = self.focused
        if isinstance(focused, RecordList) and focused.id in ("quotes", "agreements") and focused.current is not None:
            rec = (cat.quotes if focused.id == "quotes" else cat.agreements)[focused.current]
            self._correct("reject", rec.id, None, f"Rejected {focused.id[:-1]} {rec.id[:8]}")
        else:
            self.notify("x rejects the selected quote or agreement", timeout=3)

    def action_undo(self) -> None:
        if not self._undo_stack:
            self.notify("No correction to undo in this session", timeout=3)
            return
        self._undo(self._undo_stack.pop())

    @work(thread=True, group="correct")
    def _correct(self, kind: str, target: str, value: str | None, done: str) -> None:
        from store.corrections import CorrectionError, add_correction
        try:
            c = add_correction(Store(self.store_path), kind, target, value)
        except (CorrectionError, OSError) as exc:
            self.call_from_thread(self.notify, line(str(exc)), severity="error")
            return
        self._undo_stack.append(c["id"])
        self.call_from_thread(self.notify, line(f"{done} (u undoes)"), timeout=4)
        self.call_from_thread(self.load)

    @work(thread=True, group="correct")
    def _undo(self, cid: str) -> None:
        from store.corrections import CorrectionError, undo_correction
        try:
            undo_correction(Store(self.store_path), cid)
        except (CorrectionError, OSError) as exc:
            self.call_from_thread(self.notify, line(str(exc)), severity="error")
            return
        self.call_from_thread(self.notify, "Correction undone", timeout=3)
        self.call_from_thread(self.load)
