"""Rule-based extraction of participants, quotes and agreements from one article's text.

Never imports textual: the CLI's headless paths (`parley extract`, `parley import`) load only
this package and the store.
"""
from .pipeline import Analysis, analyse

__all__ = ["Analysis", "analyse"]
