"""The key help (`?`): every binding with its id (what keymap.toml rebinds) and where it works."""
from __future__ import annotations

from textual.binding import Binding


def binding_classes(app_cls) -> list[type]:
    return [cls for cls, _where in _places(app_cls)]


def _places(app_cls) -> list[tuple[type, str]]:
    from .articles import ArticlesScreen
    from .prompt import PathPrompt
    from .record_list import RecordList
    from .screens import ArticleScreen, DetailScreen, HelpScreen, TimelineScreen
    return [(app_cls, "app"), (RecordList, "lists: panes 1\u20133 and articles"),
            (DetailScreen, "record screen (Enter)"), (ArticleScreen, "article screen (a)"),
            (ArticlesScreen, "articles (4)"), (TimelineScreen, "timeline (t)"),
            (HelpScreen, "this help (?)"), (PathPrompt, "export prompt (e)")]


def _where_app(app, b: Binding) -> str:
    action = b.action.split("(", 1)[0]
    return "main screen" if action in app.MAIN_SCREEN_ACTIONS else "everywhere"


def help_rows(app) -> list[tuple[str, str, str, str]]:
    """(keys, action, where, binding id) for every described binding, keymap applied."""
    keymap = getattr(app, "_keymap", {}) or {}
    rows: list[tuple[str, str, str, str]] = []
    for cls, where in _places(type(app)):
        for b in cls.BINDINGS:
            if not isinstance(b, Binding) or not b.description:
                continue
            spec = keymap.get(b.id, b.key) if b.id else b.key
            keys = []
            for k in spec.split(","):
                shown = app.get_key_display(Binding(k.strip(), ""))
                if shown not in keys:
                    keys.append(shown)
            place = _where_app(app, b) if cls is type(app) else where
            rows.append((" / ".join(keys), b.description, place, b.id or ""))
    return rows
