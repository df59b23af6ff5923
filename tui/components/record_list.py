"""A virtual list: draws only the rows on screen, so 80k rows cost the same as 80.

Textual's DataTable builds every row up front (1.3 s for 10k rows, freezing the app); this
ScrollView renders each visible line on demand from a row callback.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rich.cells import cell_len, set_cell_size
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
    """A column sized to its content in terminal cells.

    `min`/`max` bound the width (max None: no cap); `grow` columns share the room left over;
    columns with a higher `drop` rank are hidden first when the list is narrow (0: never);
    `squeeze` is how far a column gives way first when the row is too wide, before any column
    is hidden (a long name column makes room for the text beside it, keeping names that fit)."""
    name: str
    min: int = 4
    max: int | None = None
    grow: int = 0
    drop: int = 0
    right: bool = False
    squeeze: int | None = None


SAMPLE = 250          # rows measured for natural widths: bounded, whatever the list's length
WIDEST = 400          # no terminal is wider: a natural width is not measured beyond it


def fit(text: str, width: int, right: bool = False) -> str:
    """`text` in exactly `width` terminal cells: cut with an ellipsis, or padded."""
    if width <= 0:
        return ""
    n = cell_len(text)
    if n > width:
        return set_cell_size(text, width - 1) + "\u2026"
    pad = " " * (width - n)
    return pad + text if right else text + pad


def layout(columns: list[Column], natural: list[int], total: int, wide: int | None = None) -> list[int]:
    """Width of each column for a list `total` cells wide (0: hidden).

    Every column asks for its natural width within its bounds. When that is too much, the
    optional columns (drop > 0) shrink to their minimum, then hide, before the others are cut;
    when it is too little, the growing columns take the rest. Column `wide` (brought forward
    with the column key) is always shown, at its natural width if at all possible."""
    want = [max(c.min, natural[i] if i == wide else min(natural[i], c.max or natural[i]))
            for i, c in enumerate(columns)]
    # an optional column with nothing in it takes no room
    shown = [i for i, c in enumerate(columns) if natural[i] or not c.drop or i == wide]
    optional = sorted((i for i in shown if columns[i].drop and i != wide), key=lambda i: -columns[i].drop)

    def over() -> int:
        return sum(want[i] for i in shown) + len(shown) - 1 - total

    for i in shown:
        squeeze = columns[i].squeeze
        if squeeze is not None and i != wide and over() > 0:
            want[i] = min(want[i], max(squeeze, columns[i].min, want[i] - over()))
    for i in optional:
        if over() > 0:
            want[i] = max(columns[i].min, want[i] - over())
    for i in optional:
        if over() > 0:
            shown.remove(i)
    _shrink(columns, want, shown, over(), wide)
    _grow(columns, want, shown, total - (len(shown) - 1), natural)
    return [want[i] if i in shown else 0 for i in range(len(columns))]


def _shrink(columns: list[Column], want: list[int], shown: list[int], over: int, wide: int | None) -> None:
    """Cut the columns with the most room above their minimum first (the wide one last)."""
    while over > 0:
        slack = [(want[i] - columns[i].min, i) for i in shown if want[i] > columns[i].min and i != wide]
        if not slack:
            slack = [(want[i] - columns[i].min, i) for i in shown if want[i] > columns[i].min]
        if not slack:
            return
        most, i = max(slack)
        second = max([s for s, k in slack if k != i], default=0)
        step = min(over, max(1, most - second))
        want[i] -= step
        over -= step


def _grow(columns: list[Column], want: list[int], shown: list[int], room: int,
          natural: list[int]) -> None:
    """Spare room: first to columns cut below their natural width (the bounded ones first, so
    that a long quote column does not starve the names beside it), then to the growing
    columns by weight."""
    spare = room - sum(want[i] for i in shown)
    for i in sorted(shown, key=lambda k: columns[k].grow):
        if spare <= 0:
            return
        add = min(spare, max(0, natural[i] - want[i]))
        want[i] += add
        spare -= add
    growers = [i for i in shown if columns[i].grow]
    weight = sum(columns[i].grow for i in growers)
    if spare <= 0 or not weight:
        return
    for k, i in enumerate(growers):
        share = spare if k == len(growers) - 1 else spare * columns[i].grow // weight
        want[i] += share
        spare -= share


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
        Binding("c", "cycle_column", "Next column (show hidden / widen)", show=False, id="list.column"),
    ]
    COMPONENT_CLASSES = {"record-list--cursor", "record-list--cursor-blurred", "record-list--dim",
                         "record-list--empty", "record-list--match", "record-list--header"}
    DEFAULT_CSS = """
    RecordList { height: 1fr; }
    RecordList > .record-list--cursor { background: $accent; color: $text; text-style: bold; }
    RecordList > .record-list--cursor-blurred { background: $panel-lighten-2; }
    RecordList > .record-list--dim { color: $text-muted; }
    RecordList > .record-list--empty { color: $text-muted; text-style: italic; }
    RecordList > .record-list--match { text-style: bold underline; color: $warning; }
    RecordList > .record-list--header { color: $text-muted; text-style: bold; }
    """

    class Highlighted(Message):
        def __init__(self, records: RecordList, item: int | None) -> None:
            super().__init__()
            self.records = records
            self.item = item

        @property
        def control(self) -> RecordList:
            return self.records

    class Selected(Highlighted):
        pass

    def __init__(self, columns: list[Column], *, empty: str = "nothing here", header: bool = False,
                 **kwargs) -> None:
        super().__init__(**kwargs)
        self.columns = columns
        self.header = header               # a first line naming the columns, kept while rows scroll
        self.items: list[int] = []
        self.cells: Callable[[int], tuple[str, ...]] = lambda i: ()
        self.cursor = 0
        self.empty_text = empty
        self.highlight: list[str] = []     # the filter's words: where a word starts with one, it is marked
        self.wide: int | None = None        # column the user brought forward with the column key
        self._natural = [c.min for c in columns]
        self._layout_key: tuple | None = None
        self._layout: list[int] = []

    # -- data -----------------------------------------------------------------------------
    def set_items(self, items: list[int], cells: Callable[[int], tuple[str, ...]] | None = None,
                  keep: int | None = None) -> None:
        """Show these items; keep the cursor on item `keep` (or the current one) if still shown."""
        current = keep if keep is not None else self.current
        self.items = items
        if cells is not None:
            self.cells = cells
        self.cursor = 0
        self._measure()
        if current is not None and items:
            try:
                self.cursor = items.index(current)
            except ValueError:
                self.cursor = 0
        self.virtual_size = Size(self.size.width, self._lines())
        self._scroll_cursor()
        self.refresh()
        self.post_message(self.Highlighted(self, self.current))

    @property
    def current(self) -> int | None:
        if 0 <= self.cursor < len(self.items):
            return self.items[self.cursor]
        return None

    # -- drawing --------------------------------------------------------------------------
    def _measure(self) -> None:
        """Natural column widths (terminal cells) over an even sample of the rows; a column
        already wider than any screen is not measured further."""
        items = self.items
        step = max(1, -(-len(items) // SAMPLE))
        nat = [0] * len(self.columns)
        for item in items[::step]:
            for k, cell in enumerate(self.cells(item)[: len(nat)]):
                if nat[k] >= WIDEST or len(cell) * 2 <= nat[k]:
                    continue          # cannot be wider than what we have (a cell is at most 2 per char)
                n = cell_len(safe_line(cell))
                if n > nat[k]:
                    nat[k] = min(n, WIDEST)
        if self.header:           # a column with content is at least as wide as its name
            nat = [max(n, cell_len(c.name)) if n else 0 for n, c in zip(nat, self.columns)]
        self._natural = nat
        self._layout_key = None

    def widths(self, total: int | None = None) -> list[int]:
        """Column widths for this list width (0: hidden for lack of room)."""
        total = self.text_width if total is None else total
        key = (total, self.wide, tuple(self._natural))
        if key != self._layout_key:
            self._layout = layout(self.columns, self._natural, total, self.wide)
            self._layout_key = key
        return self._layout

    def hidden_columns(self) -> list[str]:
        return [c.name for c, w in zip(self.columns, self.widths()) if not w and c.name]

    def cycle_column(self) -> str | None:
        """Bring the next column forward (shown, at its full width); after the last, back to the
        normal layout. A step that would change nothing on screen (a column already shown in
        full) is skipped, so that each press changes something. Returns the column's name (None
        for the normal layout); `self.wide` is unchanged when no step changes anything."""
        named = [i for i, c in enumerate(self.columns) if c.name]
        if not named:
            return None
        total = self.text_width
        now = self.widths(total)
        normal = layout(self.columns, self._natural, total, None)
        start = -1 if self.wide is None else self.wide
        # the steps after the current one, round to it: later columns, the normal layout, earlier ones
        steps = [i for i in named if i > start] + [None] + [i for i in named if i <= start]
        for nxt in steps:
            if nxt == self.wide:
                continue
            shape = normal if nxt is None else layout(self.columns, self._natural, total, nxt)
            # a column already shown in full by the normal layout is no step of its own
            if shape != now and (nxt is None or shape != normal):
                self.wide = nxt
                self.refresh()
                return None if nxt is None else self.columns[nxt].name
        raise LookupError("every column is shown in full")

    def _lines(self) -> int:
        return max(1, len(self.items)) + (1 if self.header else 0)

    def header_text(self, width: int) -> str:
        """The column names over their columns, numbers' names flush right like the numbers."""
        parts = [fit(col.name, w, col.right) for w, col in zip(self.widths(width), self.columns) if w]
        return fit(" ".join(parts), width)

    def row_text(self, item: int, width: int) -> str:
        cells = self.cells(item)
        parts = [fit(safe_line(c), w, col.right)
                 for c, w, col in zip(cells, self.widths(width), self.columns) if w]
        return fit(" ".join(parts), width)

    @property
    def text_width(self) -> int:
        """Cells a row may use: the list's width less its vertical scrollbar."""
        return self.scrollable_content_region.width

    def render_line(self, y: int) -> Strip:
        width = self.text_width
        base = self.rich_style
        if self.header:
            if y == 0:
                style = base + self.get_component_rich_style("record-list--header")
                return Strip([Segment(self.header_text(width), style)], width)
            y -= 1
        row = y + self.scroll_offset.y
        if not self.items:
            if y == 0:
                style = base + self.get_component_rich_style("record-list--empty")
                return Strip([Segment(fit(self.empty_text, width), style)], width)
            return Strip([Segment(" " * width, base)], width)
        if row >= len(self.items):
            return Strip([Segment(" " * width, base)], width)
        text = self.row_text(self.items[row], width)
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
        self.virtual_size = Size(self.size.width, self._lines())

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # -- movement -------------------------------------------------------------------------
    def _scroll_cursor(self) -> None:
        if self.items:
            # with a header, the cursor's row is drawn one line lower: keep that line in view too
            self.scroll_to_region(Region(0, self.cursor, 1, 2 if self.header else 1), animate=False, force=True,
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

    def action_cycle_column(self) -> None:
        try:
            name = self.cycle_column()
        except LookupError as e:
            self.app.notify(str(e), timeout=2, markup=False)
            return
        hidden = self.hidden_columns()
        msg = (f"column {name}: shown at full width" if name else "columns: normal layout")
        if hidden:
            msg += " \u00b7 hidden: " + ", ".join(hidden)
        self.app.notify(safe_line(msg), timeout=2, markup=False)
