"""The command palette (ctrl+p or `:`): jump to any participant, agreement or article by name,
and run the app's commands (export, timeline, keys; Textual adds themes and quit).

Every prompt and help line is built as literal Content: record names and titles come from
articles, and Textual reads plain strings in the palette as markup."""
from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from ..safe import content, fuzzy_highlight, line

MAX_RECORD_HITS = 40


class ParleyCommands(Provider):
    def _commands(self):
        app = self.app
        return [
            ("Export briefing note (Markdown)", partial(app.action_export, "md"),
             "the quotes and agreements shown now, with citations"),
            ("Export view as CSV", partial(app.action_export, "csv"), "one row per quote or agreement"),
            ("Export view as JSON", partial(app.action_export, "json"), "records with offsets and rules"),
            ("Articles", app.action_articles, "every article: title, outlet, date, counts"),
            ("Timeline", app.action_timeline, "articles, meetings and agreements by date"),
            ("Keys", app.action_help, "every key binding"),
            ("Reload store", app.action_reload, "read the store again"),
        ]

    async def discover(self) -> Hits:
        for name, cb, help_text in self._commands():
            yield DiscoveryHit(content(name), cb, text=name, help=content(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, cb, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, fuzzy_highlight(matcher, name), cb, text=name, help=content(help_text))
        cat = getattr(self.app, "catalog", None)
        if cat is None or len(query.strip()) < 2:
            return
        hits = 0
        for kind, rows, label, help_of in record_kinds(cat):
            for r in rows:
                name = line(label(r))
                score = matcher.match(name)
                if score > 0:
                    hits += 1
                    yield Hit(score, fuzzy_highlight(matcher, name),
                              partial(self.app.open_record, kind, r.id), text=name,
                              help=content(f"{kind} \u00b7 {help_of(r)}"))
                    if hits >= MAX_RECORD_HITS:
                        return


def record_kinds(cat):
    """(kind, rows, label, help) for each kind of record the palette finds."""
    return (
        ("participant", cat.participants, lambda p: p.name,
         lambda p: " \u00b7 ".join(x for x in (p.kind, p.title, p.country) if x)),
        ("agreement", cat.agreements, lambda a: a.name,
         lambda a: " \u00b7 ".join(x for x in (a.status, ", ".join(a.parties), a.date) if x)),
        ("article", list(cat.articles.values()), lambda a: a.title or a.source,
         lambda a: a.date or "undated"),
    )
