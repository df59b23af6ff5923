"""An inverted word index (word -> rows) with row sets kept as byte masks.

A filter keystroke over 400k quotes cannot afford to test every row (`in` on case-folded text
costs ~90 ms at 50k articles, whatever the language). Here a query word costs the postings of
the indexed words it begins, once (results are cached per word), and combining words, fields
and panes is arithmetic on Python ints whose byte i is 1 when row i matches: `&` and `|` on
them run in C over a few hundred kilobytes.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from itertools import compress, repeat

WORD = re.compile(r"\w+")
ACRONYM = re.compile(r"\b(?:[^\W\d_]\.){2,}")      # letters each followed by a dot: U.N., U.S.
_CACHE = 96          # cached word masks per index (each is one byte per row)
_DENSE = 32          # the most frequent words keep a ready mask (n bytes each)


def words_of(text: str) -> list[str]:
    """The words a text is indexed (and a query is split) by: case-folded runs of letters/digits."""
    return WORD.findall(text.casefold())


def acronym_words(text: str) -> str:
    """The dotted acronyms of a text written without dots ("U.N. envoy" -> "UN"): indexed
    beside the text so that `un` finds a "U.N. Ambassador" as it finds a "UN Ambassador"."""
    return " ".join(m.replace(".", "") for m in ACRONYM.findall(text))


def mask_of(rows: Iterable[int], n: int) -> int:
    """A byte mask with byte i set for each i in rows."""
    buf = bytearray(n)
    deque(map(buf.__setitem__, rows, repeat(1)), maxlen=0)     # a C loop, no Python per row
    return int.from_bytes(buf, "little")


def full_mask(n: int) -> int:
    return int.from_bytes(b"\x01" * n, "little")


def range_mask(n: int, lo: int, hi: int) -> int:
    """Rows lo..hi-1 (a contiguous run, e.g. a date range over rows sorted by date)."""
    lo, hi = max(0, min(n, lo)), max(0, min(n, hi))
    if hi <= lo:
        return 0
    return int.from_bytes(b"\x00" * lo + b"\x01" * (hi - lo), "little")


_ROWS: dict[int, list[int]] = {}


def _numbers(n: int) -> list[int]:
    """0..n-1 as a list kept for reuse: compressing it shares the int objects instead of making
    new ones (half the time of compressing a range at 400k rows)."""
    rows = _ROWS.get(n)
    if rows is None:
        if len(_ROWS) > 8:
            _ROWS.clear()
        rows = _ROWS[n] = list(range(n))
    return rows


def warm(n: int) -> None:
    """Make the reusable 0..n-1 list now (in the load worker), not on the first keystroke."""
    _numbers(n)


def rows_of(mask: int, n: int) -> list[int]:
    """The rows set in a mask, ascending."""
    if not mask:
        return []
    return list(compress(_numbers(n), mask.to_bytes(n, "little")))


def rows_in(mask: int, n: int, rows: Iterable[int]) -> list[int]:
    """Those of `rows` (in their order) that are set in the mask."""
    b = mask.to_bytes(n, "little")
    return [i for i in rows if b[i]]


class WordIndex:
    """word -> ascending rows; a query word matches every indexed word that begins with it."""

    __slots__ = ("_cache", "dense", "first", "n", "postings", "words")

    def __init__(self, n: int, postings: dict[str, array | list[int]]):
        """postings: word -> rows (any order; a row may repeat)."""
        self.n = n
        self.postings = postings
        self.words = sorted(postings)
        # a word in more than 1 row in 16 costs more to spread into a mask than to OR in a ready
        # one; only the most frequent few, to bound memory
        common = sorted((w for w, rows in postings.items() if len(rows) * 16 >= n),
                        key=lambda w: len(postings[w]), reverse=True)[:_DENSE]
        self.dense = {w: mask_of(postings[w], n) for w in common}
        self._cache: OrderedDict[str, int] = OrderedDict()
        # the first key typed (one letter) begins thousands of rare words: its mask is made here,
        # in the load worker, in one pass over those words' postings
        weight: dict[str, int] = {}
        for w, rows in postings.items():
            weight[w[0]] = weight.get(w[0], 0) + len(rows)
        self.first = {c: self._union(c) for c, k in weight.items() if k * 16 >= n}

    @classmethod
    def build(cls, texts: Iterable[str], n: int, progress: Callable[[int], None] | None = None,
              every: int = 20000) -> WordIndex:
        post: dict[str, list[int]] = {}
        get = post.get
        findall = WORD.findall
        for i, t in enumerate(texts):
            for w in set(findall(t.casefold())):
                lst = get(w)
                if lst is None:
                    post[w] = [i]
                else:
                    lst.append(i)
            if progress is not None and i % every == 0:
                progress(i)
        # compact: 4 bytes a posting instead of an 8-byte pointer
        return cls(n, {w: array("I", rows) for w, rows in post.items()})

    def matching_words(self, prefix: str) -> list[str]:
        words = self.words
        i = bisect_left(words, prefix)
        out = []
        while i < len(words) and words[i].startswith(prefix):
            out.append(words[i])
            i += 1
        return out

    def mask(self, prefix: str) -> int:
        """Rows holding a word that begins with `prefix` (already case-folded)."""
        m = self.first.get(prefix) if len(prefix) == 1 else None
        if m is not None:
            return m
        cache = self._cache
        m = cache.get(prefix)
        if m is not None:
            cache.move_to_end(prefix)
            return m
        m = self._union(prefix)
        cache[prefix] = m
        if len(cache) > _CACHE:
            cache.popitem(last=False)
        return m

    def _union(self, prefix: str) -> int:
        buf = bytearray(self.n)
        setitem = buf.__setitem__
        dense = self.dense
        m = 0
        for w in self.matching_words(prefix):
            d = dense.get(w)
            if d is not None:
                m |= d
            else:
                deque(map(setitem, self.postings[w], repeat(1)), maxlen=0)
        return m | int.from_bytes(buf, "little")
