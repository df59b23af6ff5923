"""Is this name a person's? The store-side guard against junk people.

Extraction reads capitalised words as names; a few are places, regions, newspapers, agreement
words or common nouns that opened a sentence ("Visit", "Times", "MoU", "Africa", "Viet Nam").
Resolution refuses them as people whatever the extractor said, from generic lexicons only.
"""
from __future__ import annotations

import re

from store.extract.countries import all_country_names, country_of
from store.extract.lexicon import (
    AGREEMENT_GENERIC_WORDS,
    AGREEMENT_NOUNS,
    CAPITAL_CITIES,
    COMMON_NOUNS,
    KNOWN_ORGS,
    MONTHS,
    NEWS_AGENCIES,
    NEWSPAPER_WORDS,
    NON_NAME_WORDS,
    PLACE_HEADS,
    REGION_NAMES,
    WEEKDAYS,
)

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_KNOWN = {n.casefold() for n in KNOWN_ORGS | NEWS_AGENCIES}
# one-word lexicons: a person is never called only this
_NOT_A_NAME = (NON_NAME_WORDS | NEWSPAPER_WORDS | COMMON_NOUNS | set(AGREEMENT_NOUNS)
               | AGREEMENT_GENERIC_WORDS | PLACE_HEADS | REGION_NAMES | set(MONTHS) | set(WEEKDAYS))


def _tokens(name: str) -> list[str]:
    return [t.casefold().strip("'’-") for t in _WORD.findall(name)]


def not_a_person(name: str, text: str | None = None) -> str | None:
    """Why `name` cannot be a person's name, or None when it may be one.

    `text` is the article the name was read from: a one-word "name" that the same article also
    writes in lower case as an ordinary word ("Visit ... during the visit") is a common noun."""
    folded = " ".join(name.casefold().split())
    if not folded:
        return "empty name"
    if country_of(name):
        return "a country's name"
    if folded in REGION_NAMES:
        return "a region's name"
    if folded in CAPITAL_CITIES:
        return "a capital city"
    if folded in _KNOWN:
        return "an organisation or news outlet"
    toks = _tokens(name)
    if not toks:
        return "no letters"
    if all(t in _NOT_A_NAME or country_of(t) for t in toks):
        return "only common, place or agreement words"
    if len(toks) == 1 and text is not None:
        if _lowercase_use(toks[0], text):
            return "a common noun in its own article"
        if _end_of_place_name(toks[0], text):
            return "the last word of a place name in its own article"
    return None


def _multiword_places() -> dict[str, list[str]]:
    global _PLACES
    if _PLACES is None:
        _PLACES = {}
        for n in [*all_country_names(), *REGION_NAMES, *CAPITAL_CITIES]:
            ws = n.split()
            if len(ws) >= 2:
                _PLACES.setdefault(ws[-1].casefold(), []).append(n)
    return _PLACES


_PLACES: dict[str, list[str]] | None = None


def _end_of_place_name(word: str, text: str) -> bool:
    # "Zealand" read alone out of "New Zealand": the article writes the whole place name
    folded = text.casefold()
    return any(p.casefold() in folded for p in _multiword_places().get(word, ()))


def _lowercase_use(word: str, text: str) -> bool:
    # the word written in lower case after a lower-case word: an ordinary noun, not a name
    return re.search(r"(?<=[a-z,;:] )" + re.escape(word) + r"(?![\w'’-])", text) is not None
