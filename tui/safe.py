"""Article text is untrusted: it is shown as plain text, never as markup, and control characters
(ESC sequences included) are drawn as visible symbols instead of reaching the terminal.

The character rules live in store/view/safe.py (one sanitiser for the CLI, the app and the
exports); this module adds the Rich/Textual wrappers.
"""
from __future__ import annotations

from rich.text import Text

from store.view.safe import block, line

__all__ = ["block", "line", "text"]


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
