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
