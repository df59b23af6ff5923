"""A virtual list: draws only the rows on screen, so 80k rows cost the same as 80.

Textual's DataTable builds every row up front (1.3 s for 10k rows, freezing the app); this
ScrollView renders each visible line on demand from a row callback.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..safe import line as safe_line


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    width: int | None = None      # None: takes the remaining width
    min_total: int = 0            # shown only when the list is at least this wide


def _fit(text: str, width: int) -> str:
    if width <= 0:
        return ""
    if len(text) > width:
        return text[: max(0, width - 1)] + "\u2026"
    return text.ljust(width)


@lru_cache(maxsize=32)
def _match_pattern(terms: tuple[str, ...]) -> re.Pattern | None:
    terms = tuple(t for t in terms if t)
    if not terms:
        return None
    alts = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})", re.IGNORECASE)


class RecordList(ScrollView, can_focus=True):
    """Rows of cells from `cells(item)`, a cursor, and vim-style movement."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g,home", "first", "Top", show=False, id="list.top"),
        Binding("G,end", "last", "Bottom", show=False, id="list.bottom"),
        Binding("pagedown,ctrl+f", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("pageup,ctrl+b", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("enter", "select", "Open", id="list.open"),
    ]
    COMPONENT_CLASSES = {"record-list--cursor", "record-list--cursor-blurred", "record-list--dim",
                         "record-list--empty", "record-list--match"}
    DEFAULT_CSS = """
    RecordList { height: 1fr; }
    RecordList > .record-list--cursor { background: $accent; color: $text; text-style: bold; }
    RecordList > .record-list--cursor-blurred { background: $panel-lighten-2; }
    RecordList > .record-list--dim { color: $text-muted; }
    RecordList > .record-list--empty { color: $text-muted; text-style: italic; }
    RecordList > .record-list--match { text-style: bold underline; }
    """

    class Highlighted(Message):
        def __init__(self, records: "RecordList", item: int | None) -> None:
            super().__init__()
            self.records = records
            self.item = item

        @property
        def control(self) -> "RecordList":
            return self.records

    class Selected(Highlighted):
        pass

    def __init__(self, columns: list[Column], *, empty: str = "nothing here", **kwargs) -> None:
        super().__init__(**kwargs)
        self.columns = columns
        self.items: list[int] = []
        self.cells: Callable[[int], tuple[str, ...]] = lambda i: ()
        self.cursor = 0
        self.empty_text = empty
        self.highlight: list[str] = []     # the filter's words: where a word starts with one, it is marked

    # -- data -----------------------------------------------------------------------------
    def set_items(self, items: list[int], cells: Callable[[int], tuple[str, ...]] | None = None,
                  keep: int | None = None) -> None:
        """Show these items; keep the cursor on item `keep` (or the current one) if still shown."""
        current = keep if keep is not None else self.current
        self.items = items
        if cells is not None:
            self.cells = cells
        self.cursor = 0
        if current is not None and items:
            try:
                self.cursor = items.index(current)
            except ValueError:
                self.cursor = 0
        self.virtual_size = Size(self.size.width, max(1, len(items)))
        self._scroll_cursor()
        self.refresh()
        self.post_message(self.Highlighted(self, self.current))

    @property
    def current(self) -> int | None:
        if 0 <= self.cursor < len(self.items):
            return self.items[self.cursor]
        return None

    # -- drawing --------------------------------------------------------------------------
    def _widths(self, total: int) -> list[int]:
        """Column widths for this list width; narrow lists drop their optional columns."""
        shown = [c.min_total <= total for c in self.columns]
        fixed = sum((c.width or 0) + 1 for c, on in zip(self.columns, shown) if on)
        flex = [c for c, on in zip(self.columns, shown) if on and c.width is None]
        rest = max(4, total - fixed)
        return [0 if not on else c.width if c.width is not None else rest // max(1, len(flex))
                for c, on in zip(self.columns, shown)]

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        row = y + self.scroll_offset.y
        base = self.rich_style
        if not self.items:
            if y == 0:
                style = base + self.get_component_rich_style("record-list--empty")
                return Strip([Segment(_fit(self.empty_text, width), style)], width)
            return Strip([Segment(" " * width, base)], width)
        if row >= len(self.items):
            return Strip([Segment(" " * width, base)], width)
        cells = self.cells(self.items[row])
        widths = self._widths(width)
        parts = [_fit(safe_line(c), w) for c, w in zip(cells, widths) if w]
        text = _fit(" ".join(parts), width)
        style = base
        if row == self.cursor:
            cls = "record-list--cursor" if self.has_focus else "record-list--cursor-blurred"
            style = base + self.get_component_rich_style(cls)
        return Strip(self._marked(text, style), width)

    def _marked(self, text: str, style: Style) -> list[Segment]:
        """The row as segments, the filter's matches (word starts) in the match style."""
        pattern = _match_pattern(tuple(self.highlight)) if self.highlight else None
        if pattern is None:
            return [Segment(text, style)]
        mark = style + self.get_component_rich_style("record-list--match")
        out, pos = [], 0
        for m in pattern.finditer(text):
            if m.start() > pos:
                out.append(Segment(text[pos:m.start()], style))
            out.append(Segment(m.group(0), mark))
            pos = m.end()
        if pos < len(text):
            out.append(Segment(text[pos:], style))
        return out or [Segment(text, style)]

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, max(1, len(self.items)))

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # -- movement -------------------------------------------------------------------------
    def _scroll_cursor(self) -> None:
        if self.items:
            self.scroll_to_region(Region(0, self.cursor, 1, 1), animate=False, force=True,
                                  x_axis=False, immediate=True)

    def move_to(self, cursor: int) -> None:
        if not self.items:
            return
        cursor = max(0, min(len(self.items) - 1, cursor))
        if cursor == self.cursor:
            return
        self.cursor = cursor
        self._scroll_cursor()
        self.refresh()
        self.post_message(self.Highlighted(self, self.current))

    def action_cursor_down(self) -> None:
        self.move_to(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_to(self.cursor - 1)

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        self.move_to(len(self.items) - 1)

    def action_page_down(self) -> None:
        self.move_to(self.cursor + max(1, self.size.height - 1))

    def action_page_up(self) -> None:
        self.move_to(self.cursor - max(1, self.size.height - 1))

    def action_select(self) -> None:
        if self.current is not None:
            self.post_message(self.Selected(self, self.current))
