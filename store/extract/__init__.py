"""Rule-based extraction of participants, quotes and agreements from one article's text.

Never imports textual: the CLI's headless paths (`parley extract`, `parley import`) load only
this package and the store. Loaded lazily, so that the app's start does not pay for it.
"""
from __future__ import annotations

__all__ = ["Analysis", "analyse"]


def __getattr__(name: str):
    if name in __all__:
        from .regexcache import compiled_once

        def from_lexicons() -> tuple:
            # patterns that functions build once from data and lexicons (not from an article),
            # used by every article: every country form, the bodies that speak, the workplaces
            from .attribution import _org_patterns
            from .countries import _pattern
            from .person_states import _workplace_pattern
            known, _ = _org_patterns()
            return (_pattern(), known, _workplace_pattern())
        with compiled_once(from_lexicons):  # the rules' ~400 patterns, compiled once per installation
            from . import pipeline
            from_lexicons()
        value = getattr(pipeline, name)
        globals()[name] = value
        return value
    raise AttributeError(name)
