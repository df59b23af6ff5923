"""Linear-time helpers for extraction on hostile input (issue 15).

Regular expressions with nested unbounded quantifiers backtrack exponentially on some inputs,
and "is this offset inside any of these ranges" asked once per token or per quote is quadratic.
These helpers do the same jobs in one pass: every rule may call them on text of any length.
"""
from __future__ import annotations

import re
import string
from bisect import bisect_right



def longest_first(words) -> list[str]:
    """Words longest first, ties in alphabetical order: the order a flat alternation tries them.
    Sorting by length alone leaves ties in a set's order, which follows the process's hash seed;
    a pattern whose text changes from one process to the next is compiled again in every process
    (store/extract/regexcache.py keeps only patterns whose text is the same each time). Words of
    one length never match at the same place (ignoring case, only as the same word), so the tie
    order never changes what a pattern matches."""
    return sorted(words, key=lambda w: (-len(w), w))


def literal_alternation(words, space: str | None = None, keep_order: bool = False,
                        case_sensitive: bool = False) -> str:
    """A regex alternation of words (escaped; spaces written as `space` when given) that matches
    exactly as the plain one does, but is tried faster: the alternatives are grouped under their
    first character ("a(?:greement|ccord)|t(?:reaty|ruce)"). Words that begin with different
    characters never match at the same place (ignoring case, that holds for ASCII lower-case
    leads only; a pattern compiled without IGNORECASE may say case_sensitive and group any lead),
    so only the order inside a group matters, and it is kept: the order given (keep_order), else
    longest first with ties in alphabetical order (the same text in every process). Python's
    engine tries every alternative of a flat alternation at every position it scans; grouped, a
    position is rejected after one comparison per group."""
    ordered = list(words) if keep_order else longest_first(words)

    def esc(w: str) -> str:
        return re.escape(w) if space is None else re.escape(w).replace(r"\ ", space)
    if any(len(w) < 2 for w in ordered):
        return "|".join(esc(w) for w in ordered)
    return grouped_alternation([(w[0], esc(w[1:])) for w in ordered], case_sensitive)


def grouped_alternation(alts: list[tuple[str, str]], case_sensitive: bool = False) -> str:
    """Alternatives given as (first character, regex of the rest), in their order, grouped under
    their first characters as literal_alternation explains. Ignoring case, only ASCII lower-case
    leads are grouped; any other lead gives back the plain alternation."""
    groups: dict[str, list[str]] = {}
    for c, rest in alts:
        if not case_sensitive and c not in string.ascii_lowercase:
            # ignoring case, other leads (a capital, "ſ" beside "s") might match where a group
            # does, so their order would matter: the plain alternation then
            return "|".join(re.escape(c) + rest for c, rest in alts)
        groups.setdefault(c, []).append(rest)
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())


def lines_with(text: str, word: str) -> list[tuple[int, int]]:
    """(start, end) of each line that holds word, in order. A pattern whose matches never cross a
    line break and always hold the word finds the same matches scanning only these lines (with
    `pattern.finditer(text, start, end)`), and most lines of an article do not hold it."""
    out: list[tuple[int, int]] = []
    at = text.find(word)
    while at >= 0:
        a = text.rfind("\n", 0, at) + 1
        b = text.find("\n", at)
        b = len(text) if b < 0 else b
        out.append((a, b))
        at = text.find(word, b)
    return out


_LINK_STARTS = ("https://", "http://", "pic.twitter.com/", "t.co/")
_ELLIPSES = ("\u2026", "...")


class Ranges:
    """Half-open ranges [a, b), merged once; membership by bisection (O(log n))."""

    __slots__ = ("_starts", "_ends")

    def __init__(self, ranges) -> None:
        merged: list[list[int]] = []
        for a, b in sorted((a, b) for a, b in ranges if b > a):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self._starts = [a for a, _ in merged]
        self._ends = [b for _, b in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]

    def __bool__(self) -> bool:
        return bool(self._starts)


def _is_link(tok: str, k: int) -> bool:
    """tok[k:] is one link: a link start followed by at least one character."""
    return any(tok.startswith(s, k) and len(tok) > k + len(s) for s in _LINK_STARTS)


def _debris_suffix(tok: str, ellipses: bool) -> int:
    """The smallest k such that tok[k:] is link debris (ellipses, then at most one link, which
    runs to the end of the token), or len(tok) when no non-empty suffix is. One right-to-left
    pass: ok[k] says whether tok[k:] is debris."""
    n = len(tok)
    ok = [False] * (n + 1)
    ok[n] = True
    best = n
    for k in range(n - 1, -1, -1):
        good = _is_link(tok, k)
        if not good and ellipses:
            good = (tok[k] == "\u2026" and ok[k + 1]) or (tok.startswith("...", k) and ok[k + 3])
        ok[k] = good
        if good:
            best = k
    return best


def link_tail_start(seg: str, ellipses: bool = True) -> int | None:
    """Where the trailing run of links (and, with `ellipses`, "…" / "...") at the end of seg
    begins, whitespace before it included; None when seg does not end in such a run.

    Same answer as searching seg for
    `(?:\\s*(?:https?://\\S+|pic\\.twitter\\.com/\\S+|t\\.co/\\S+|…|\\.\\.\\.))+\\s*$`
    but linear: whole whitespace-separated tokens are peeled off the end while they are debris,
    then the first token that is not gives up its longest debris suffix."""
    end = len(seg.rstrip())
    start = None
    while end > 0:
        tok_start = end
        while tok_start > 0 and not seg[tok_start - 1].isspace():
            tok_start -= 1
        tok = seg[tok_start:end]
        k = _debris_suffix(tok, ellipses)
        if k == len(tok):
            break
        start = tok_start + k
        if k > 0:
            break
        end = len(seg[:tok_start].rstrip())
    if start is None:
        return None
    while start > 0 and seg[start - 1].isspace():
        start -= 1
    return start


class Spans:
    """Half-open spans added one by one, asked "does [s, e) overlap any?" — in time proportional
    to the spans near [s, e), not to all of them: each span is filed under the 256-character
    buckets it touches."""

    __slots__ = ("_buckets",)
    _SIZE = 256

    def __init__(self) -> None:
        self._buckets: dict[int, list[tuple[int, int]]] = {}

    def append(self, span: tuple[int, int]) -> None:
        a, b = span
        for k in range(a // self._SIZE, max(a, b - 1) // self._SIZE + 1):
            self._buckets.setdefault(k, []).append((a, b))

    def overlaps(self, s: int, e: int) -> bool:
        for k in range(s // self._SIZE, max(s, e - 1) // self._SIZE + 1):
            if any(s < b and a < e for a, b in self._buckets.get(k, ())):
                return True
        return False
