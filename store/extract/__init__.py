"""Rule-based extraction of participants, quotes and agreements from one article's text.

Never imports textual: the CLI's headless paths (`parley extract`, `parley import`) load only
this package and the store. Loaded lazily, so that the app's start does not pay for it.
"""
from __future__ import annotations

__all__ = ["Analysis", "analyse"]


def __getattr__(name: str):
    if name in __all__:
        from .regexcache import compiled_once

        def largest() -> tuple:         # every country form: built from data, used by every article
            from .countries import _pattern
            return (_pattern(),)
        with compiled_once(largest):    # the rules' ~150 patterns, compiled once per installation
            from . import pipeline
            largest()
        value = getattr(pipeline, name)
        globals()[name] = value
        return value
    raise AttributeError(name)
