"""Rule-based extraction of participants, quotes and agreements from one article's text.

Never imports textual: the CLI's headless paths (`parley extract`, `parley import`) load only
this package and the store. Loaded lazily, so that the app's start does not pay for it.
"""
from __future__ import annotations

__all__ = ["Analysis", "analyse"]


def __getattr__(name: str):
    if name in __all__:
        from .regexcache import compiled_once
        with compiled_once():           # the rules' ~150 patterns, compiled once per installation
            from . import pipeline
            from .countries import _pattern
            _pattern()                  # the largest one (every country form), used by every article
        value = getattr(pipeline, name)
        globals()[name] = value
        return value
    raise AttributeError(name)
