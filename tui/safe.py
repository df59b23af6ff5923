"""Article text is untrusted: it is shown as plain text, never as markup, and control characters
(ESC sequences included) are drawn as visible symbols instead of reaching the terminal."""
from __future__ import annotations

from rich.text import Text

_TABLE = {i: chr(0x2400 + i) for i in range(32)}
_TABLE[0x7F] = "\u2421"
_TABLE.update({i: "\ufffd" for i in range(0x80, 0xA0)})
_LINE = dict(_TABLE)
_LINE[ord("\n")] = " "
_LINE[ord("\t")] = " "
_BLOCK = dict(_TABLE)
del _BLOCK[ord("\n")]
_BLOCK[ord("\t")] = "    "


def line(s: str | None) -> str:
    """One display line: controls made visible, newlines and tabs as spaces."""
    return (s or "").translate(_LINE)


def block(s: str | None) -> str:
    """A block of text: newlines kept, every other control made visible."""
    return (s or "").translate(_BLOCK)


def text(s: str | None, style: str = "") -> Text:
    """A Rich Text that is never parsed for markup."""
    return Text(line(s), style=style)


def content(s: str | None, style: str = ""):
    """A Textual Content (border titles, palette entries): literal text, never markup."""
    from textual.content import Content
    c = Content(line(s))
    return c.stylize(style) if style else c


def fuzzy_highlight(matcher, s: str | None):
    """The palette's match highlighting, on literal text (Textual's own `Matcher.highlight`
    parses the candidate as markup, so a `[/]` in a title broke every search)."""
    from textual.content import Content
    plain = line(s)
    c = Content(plain)
    score, offsets = matcher.fuzzy_search.match(matcher.query, plain)
    if not score:
        return c
    for off in offsets:
        if off < len(plain) and not plain[off].isspace():
            c = c.stylize(matcher.match_style, off, off + 1)
    return c
