"""The one sanitiser for text from articles, file names and stores on its way to a terminal.

Article text, titles and file names are untrusted. Control characters (ESC sequences, OSC 52
clipboard writes, OSC 8 links, title changes) are drawn as visible symbols (U+2400 block),
C1 controls and BiDi embedding/override/isolate characters (which reorder what follows, the
"Trojan Source" trick) as U+FFFD, so nothing in the data can drive the terminal. Pure string
functions, so that `store` (exports) and `tui` (the CLI and the app) share them.
"""
from __future__ import annotations

import re

_TABLE: dict[int, str] = {i: chr(0x2400 + i) for i in range(32)}
_TABLE[0x7F] = "\u2421"
_TABLE.update({i: "\ufffd" for i in range(0x80, 0xA0)})
BIDI_CONTROLS = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
_TABLE.update({i: "\ufffd" for i in BIDI_CONTROLS})
_LINE = dict(_TABLE)
_LINE.update({ord("\n"): " ", ord("\t"): " ", 0x2028: " ", 0x2029: " "})
_BLOCK = dict(_TABLE)
del _BLOCK[ord("\n")]
_BLOCK.update({ord("\t"): "    ", 0x2028: "\n", 0x2029: "\n"})


def any_of(table: dict[int, str]) -> re.Pattern:
    """A pattern finding any character a translate table changes: one search in C says that most
    strings need no translate, which looks up every character in a dict (an export of 20k
    quotes spent a second there)."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]")


_LINE_ANY, _BLOCK_ANY = any_of(_LINE), any_of(_BLOCK)


def line(s: object) -> str:
    """One display line: controls made visible, newlines and tabs as spaces."""
    t = "" if s is None else str(s)
    return t.translate(_LINE) if _LINE_ANY.search(t) else t


def block(s: object) -> str:
    """A block of text: newlines kept, every other control made visible."""
    t = "" if s is None else str(s)
    return t.translate(_BLOCK) if _BLOCK_ANY.search(t) else t


def is_inert(s: str, keep_newlines: bool = True) -> bool:
    """No character that a terminal would act on (what `block` / `line` guarantee)."""
    return s.translate(_BLOCK if keep_newlines else _LINE) == s


def json_inert(text: str) -> str:
    """JSON text with BiDi controls written as \\u escapes: the same data, inert on a terminal
    (a JSON encoder already escapes the C0 controls; C1 controls are escaped the same way)."""
    out = []
    for c in text:
        o = ord(c)
        out.append(f"\\u{o:04x}" if (o in BIDI_CONTROLS or 0x7F <= o < 0xA0 or o in (0x2028, 0x2029)) else c)
    return "".join(out)
