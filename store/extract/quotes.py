"""Find quoted spans: pair quotation marks the way a careful reader does.

Double marks first (straight or curly), with the newspaper convention that a quote running on
into the next paragraph leaves its mark open and re-opens the next paragraph; an unclosed mark
ends at its paragraph so that an odd number of marks never swallows the rest of an article.
Single marks second, only outside double quotes, telling quotes from apostrophes
("Ministers’ Meeting", "India’s"). Each span then gets a reading: speech, a nickname inside a
name, or a quoted title.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .document import Document
from .lexicon import (
    ADJECTIVE_SUFFIXES,
    DOCUMENT_ACT_VERBS,
    KNOWN_ORGS,
    LABELLED_THING_MODIFIERS,
    LABELLED_THING_NOUNS,
    NAMED_THING_NOUNS,
    QUOTED_TITLE_LEADS,
    TITLE_CASE_SMALL_WORDS,
    TITLE_NOUNS,
)
from .scan import Ranges, link_tail_start

MAX_QUOTE_SPANS = 2000
DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
_OPEN_CONTEXT = " \t\n([{—–-/:;,"
# The characters the mark loops below act on: they visit these positions only, not every
# character of a paragraph in Python (the same marks, a fraction of the time).
_DOUBLE_CANDIDATE = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + "’'\"") + "]")
_SINGLE_CANDIDATE = re.compile("[" + re.escape("'‘’") + "]")


@dataclass(slots=True)
class QuoteSpan:
    start: int          # first character of the quoted words
    end: int            # one past the last (text[start:end] is the quote)
    open_mark: int      # offset of the opening mark
    close_mark: int | None
    para: int
    single: bool = False
    reading: str = "speech"     # speech | nickname | title
    dash: bool = False          # opened by a paragraph's dialogue dash, not a mark


def _double_marks(text: str, a: int, b: int) -> list[tuple[int, str]]:
    """Opening ('o') and closing ('c') double marks of one paragraph."""
    marks = []
    for m in _DOUBLE_CANDIDATE.finditer(text, a, b):
        i = m.start()
        ch = text[i]
        if ch in DOUBLE_OPEN:
            # “ written where a closer belongs (after a word, before a space): either role
            nxt = text[i + 1] if i + 1 < b else " "
            marks.append((i, "?" if i > a and not text[i - 1].isspace() and (nxt.isspace() or nxt in ".,;:")
                          and text[i - 1] not in _OPEN_CONTEXT else "o"))
        elif ch in DOUBLE_CLOSE:
            # ” written where an opener belongs ("said ”we ...”"): either role
            prev = text[i - 1] if i > a else " "
            nxt = text[i + 1] if i + 1 < b else " "
            marks.append((i, "?" if prev in _OPEN_CONTEXT and nxt.isalnum() else "c"))
        elif ch in "’'" and i + 1 < b and text[i + 1] == ch and i > a and not text[i - 1].isspace() \
                and (i + 2 >= b or not text[i + 2].isalnum()):
            marks.append((i + 1, "c"))      # ’’ or '': two singles closing a double quote
        elif ch == '"':
            prev = text[i - 1] if i > a else " "
            nxt = text[i + 1] if i + 1 < b else " "
            if prev in _OPEN_CONTEXT and not nxt.isspace():
                marks.append((i, "o"))
            elif not prev.isspace():
                marks.append((i, "c"))
            else:
                marks.append((i, "?"))
    return marks


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _unclosed_end(text: str, s: int, e: int) -> int:
    """Where an unclosed quote really stops: before link debris and an embed's byline."""
    seg = text[s:e]
    cut = re.search(r"\s[—–-]\s*[^\n—]{1,80}\(@\w+\)", seg)
    if cut:
        seg = seg[:cut.start()]
    tail = link_tail_start(seg)         # linear; the regex it replaces backtracked exponentially
    if tail is not None:
        seg = seg[:tail]
    return s + len(seg.rstrip())


_NESTED_MAX_WORDS = 12


def _nested(text: str, marks: list[tuple[int, str]], k: int, pos: int) -> bool:
    """An opening mark inside an open quote starts a nested quote when the next two marks both
    close (the inner one, then the outer), the inner words are few and open mid-sentence."""
    if k + 1 >= len(marks) or marks[k][1] != "c" or marks[k + 1][1] != "c":
        return False
    inner = text[pos + 1:marks[k][0]]
    before = text[max(0, pos - 3):pos].rstrip()
    return 0 < len(inner.split()) <= _NESTED_MAX_WORDS and before[-1:] not in ".!?:" and inner[:1].isupper()


# `," the President of Arland said.`: a reporting clause right after a closing mark
_DASH_REPORT = re.compile(r"\s*(?:the\s+|[A-Z])[^.!?\"“”\n]{0,60}?\b(?:said|noted|stressed|added|emphasi[sz]ed|"
                          r"stated|underlined|remarked|told)\b")


def _dash_close(text: str, a: int, marks: list[tuple[int, str]]) -> int | None:
    """`- Our door stays open," the President said.`: translated news that opens speech with a
    dialogue dash but closes it with a mark. The index of the closing mark that ends the speech:
    after sentence-ending punctuation or a comma, followed by a reporting clause, with the marks
    before it paired (an inner quote)."""
    if text[a:a + 2] not in ("- ", "– ", "— "):
        return None
    for j, (pos, kind) in enumerate(marks):
        if kind == "c" and j % 2 == 0 and text[pos - 1] in ",.!?" and _DASH_REPORT.match(text, pos + 1):
            return j
    return None


def find_double(doc: Document) -> list[QuoteSpan]:
    text = doc.text
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    open_para = 0
    paras = doc.paragraphs
    for pi, p in enumerate(paras):
        marks = _double_marks(text, p.start, p.end)
        k = 0
        if open_at is not None:
            # the quote left open in the previous paragraph: continued if this one re-opens
            if marks and marks[0][0] == p.start and marks[0][1] in "o?":
                k = 1
            else:
                prev = paras[pi - 1]
                end = _unclosed_end(text, open_at + 1, prev.end)
                s, e = _trim(text, open_at + 1, end)
                if e > s:
                    spans.append(QuoteSpan(s, e, open_at, None, open_para))
                open_at = None
        dash = _dash_close(text, p.start, marks) if open_at is None else None
        if dash is not None:
            close = marks[dash][0]
            s, e = _trim(text, p.start + 1, close)
            spans.append(QuoteSpan(s, e, p.start, close, pi, dash=True))
            k = dash + 1
        while k < len(marks):
            if len(spans) >= MAX_QUOTE_SPANS:
                return spans        # spans come in reading order: the rest are past the cap
            pos, kind = marks[k]
            k += 1
            if open_at is None:
                if kind in "o?":
                    open_at, open_para = pos, pi
                continue
            if kind == "o" and text[pos] in DOUBLE_OPEN and pos > p.start and _nested(text, marks, k, pos):
                # “... the “Named Accord,” in particular ...,” said X: a short quote inside
                # a quote, written with the same marks; the outer one closes at the second closer
                close = marks[k + 1][0]
                s, e = _trim(text, open_at + 1, close)
                spans.append(QuoteSpan(s, e, open_at, close, open_para))
                open_at = None
                k += 2
                continue
            if kind == "o" and text[pos] in DOUBLE_OPEN and pos > p.start:
                # a new opening mark while one is open: the first was never closed
                s, e = _trim(text, open_at + 1, _unclosed_end(text, open_at + 1, pos))
                if e > s:
                    spans.append(QuoteSpan(s, e, open_at, None, open_para))
                open_at, open_para = pos, pi
                continue
            s, e = _trim(text, open_at + 1, pos - 1 if text[pos] in "’'" and text[pos - 1] == text[pos] else pos)
            if e > s:
                spans.append(QuoteSpan(s, e, open_at, pos, open_para))
            open_at = None
    if open_at is not None and paras:
        end = _unclosed_end(text, open_at + 1, paras[-1].end)
        s, e = _trim(text, open_at + 1, end)
        if e > s:
            spans.append(QuoteSpan(s, e, open_at, None, open_para))
    return spans


def _is_open_single(text: str, i: int, a: int, b: int) -> bool:
    prev = text[i - 1] if i > a else " "
    nxt = text[i + 1] if i + 1 < b else " "
    return prev in _OPEN_CONTEXT and (nxt.isalnum())


def _is_close_single(text: str, i: int, a: int, b: int) -> bool:
    prev = text[i - 1] if i > a else " "
    nxt = text[i + 1] if i + 1 < b else " "
    return not prev.isspace() and not nxt.isalnum()


def _looks_possessive(text: str, i: int, b: int) -> bool:
    """`s’ word`: a plural possessive more often than a closing mark."""
    return text[i - 1] in "sS" and i + 2 < b and text[i + 1] == " " and text[i + 2].isalpha()


def _single_close(text: str, closers: list[int], i: int, used: set[int], p) -> int | None:
    """The mark closing the single quote opened at i: the first closing mark within 400
    characters that is not a plural possessive, else the first closing mark. `closers` are the
    paragraph's possible closing marks, sorted: a bisection finds the window, so the work per
    opening mark is the closers near it (linear in the paragraph, not quadratic)."""
    first = None
    for j in closers[bisect_right(closers, i):]:
        if j - i >= 400:
            break
        if j in used:
            continue
        if not _looks_possessive(text, j, p.end):
            # `‘perspectives’ on ‘complete disengagement’`: a new opening mark after the
            # possessive-looking one means that one closed the quote
            if first is not None and "‘" in text[first:j]:
                return first
            return j
        if first is None:
            first = j
    return first


def find_single(doc: Document, taken: list[QuoteSpan]) -> list[QuoteSpan]:
    text = doc.text
    blocked = Ranges((q.open_mark, (q.close_mark if q.close_mark is not None else q.end) + 1) for q in taken)
    spans = []
    for pi, p in enumerate(doc.paragraphs):
        marks = [m.start() for m in _SINGLE_CANDIDATE.finditer(text, p.start, p.end) if m.start() not in blocked]
        closers = [j for j in marks if _is_close_single(text, j, p.start, p.end)]
        used: set[int] = set()
        for i in marks:
            if len(spans) >= MAX_QUOTE_SPANS:
                return spans
            if i in used or not _is_open_single(text, i, p.start, p.end):
                continue
            j = _single_close(text, closers, i, used, p)
            if j is None:
                continue
            s, e = _trim(text, i + 1, j)
            if e > s:
                spans.append(QuoteSpan(s, e, i, j, pi, single=True))
                used.update((i, j))
    return spans


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in TITLE_CASE_SMALL_WORDS]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def _names_a_thing(inner: str, words: list[str], before: str, lead: list[str]) -> bool:
    """A quoted short form after a name (`the Arland News Agency, “ANA”`, `(“ANA”)`), or a
    quoted title-case name right after the noun of what it names (`the NGO “Harbour Aid”`,
    `our documentary, ‘The Long Road’`): a name, not speech."""
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,8}", inner.strip(" .,")) and re.search(r"(?:,|\()\s*$", before):
        return True
    if inner.strip(" .,") in KNOWN_ORGS:
        return True         # talks with the "Taliban": the writer's marks around a group's name
    return bool(words) and len(words) <= 12 and _title_case(words) and bool(lead) and (
        lead[-1] in NAMED_THING_NOUNS) and not re.search(r"[.!?;]$", inner.strip())


def _subtitled_title(inner: str, words: list[str]) -> bool:
    """`"Beyond the Reef: Fishing Fleets in Contested Waters"`: a heading and its subtitle, both
    capitalised, the words mostly capitalised, no sentence end: a report's, seminar's or book's
    title (speech reads "The message is clear: we stay"), whatever noun introduced it."""
    body = inner.strip().rstrip(",")
    head, sep, tail = body.partition(": ")
    if not sep or ":" in tail or re.search(r"[.!?;]$", body) or not 4 <= len(words) <= 16:
        return False
    if not (head[:1].isupper() and tail[:1].isupper()):
        return False
    content = [w for w in words if w.lower() not in TITLE_CASE_SMALL_WORDS]
    caps = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
    return bool(content) and caps >= 0.75 * len(content)


def _acronym_with_expansion(text: str, inner: str, after_pos: int) -> bool:
    """`the vision of 'TIDES' – Trade and Integrated Development for Every Shore –`: a quoted
    acronym spelled out right after it (a dash or a bracket) is a slogan's or body's name;
    the expansion's word initials hold the acronym's letters in order."""
    acr = inner.strip(" .,")
    if not re.fullmatch(r"[A-Z]{2,10}", acr):
        return False
    m = re.match(r"\s*[–—(-]\s*([A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){1,14})", text[after_pos:after_pos + 160])
    if m is None:
        return False
    initials = [w[0].upper() for w in m.group(1).split()]
    if initials[0] != acr[0]:
        return False
    it = iter(initials)
    return all(ch in it for ch in acr)


# "a proposal by Arland for a "coastal patrol pact"": the writer's label for a proposed thing,
# after a proposal noun and "for a/an/the", not anyone's words
_PROPOSAL_FOR = re.compile(r"\b(?:proposals?|plans?|ideas?|calls?|bids?|push|initiatives?|offers?)\b"
                           r"[^.;:!?\"“”«»]{0,80}\bfor\s+(?:a|an|the)\s*$", re.IGNORECASE)


def _proposed_thing_label(inner: str, words: list[str], before: str) -> bool:
    return (1 <= len(words) <= 6 and inner[:1].islower() and not re.search(r"[.!?,;:]$", inner.strip())
            and _PROPOSAL_FOR.search(before) is not None)


def _signed_document_title(inner: str, words: list[str], lead: list[str]) -> bool:
    """`signed the «Programme of military cooperation for 2027»`: what is signed or adopted is a
    document; quoted right after that verb, opening with a document noun and no sentence end,
    it is the document's name in sentence case, not anyone's words."""
    verb_at = -2 if lead[-1:] and lead[-1] in ("the", "a", "an") else -1
    return (len(lead) >= -verb_at and lead[verb_at] in DOCUMENT_ACT_VERBS and inner[:1].isupper()
            and bool(words) and words[0].lower() in TITLE_NOUNS and len(words) <= 25
            and not re.search(r"[.!?;]\W*$", inner.strip()))


_LABEL_DETERMINER = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that)|\w['’]s)\s*$", re.IGNORECASE)


def _label_of_thing(inner: str, words: list[str], before: str, after: str) -> bool:
    """`the "northern bases" upgrade`, `ERR's "Evening Hour" news programme`: a short quoted run
    between a determiner and the programme, project or broadcast it names is that thing's label.
    A lower-case single word or one with an adjective's ending (`a "robust" programme`) is the
    speaker's own qualifier and stays speech."""
    if not 1 <= len(words) <= 6 or re.search(r"[.!?,;:]$", inner.strip()) or not _LABEL_DETERMINER.search(before):
        return False
    m = re.match(r"\s+(?:([\w-]+)\s+)?([\w-]+)\b", after)
    if m is None:
        return False
    head = m.group(2) if m.group(1) and m.group(1) in LABELLED_THING_MODIFIERS else (m.group(1) or m.group(2))
    if head not in LABELLED_THING_NOUNS:
        return False
    if inner[:1].isupper():
        return True
    return len(words) >= 2 and not words[-1].lower().endswith(ADJECTIVE_SUFFIXES)


def read_span(doc: Document, q: QuoteSpan) -> str:
    """speech, nickname (`Timoleon "Timochenko" Jimenez`) or title (a quoted name of a thing)."""
    text = doc.text
    inner = text[q.start:q.end]
    words = re.findall(r"[\w’'&.-]+", inner)
    before = text[max(0, q.open_mark - 40):q.open_mark]
    after_pos = (q.close_mark if q.close_mark is not None else q.end) + 1
    after = text[after_pos:after_pos + 30]
    if (len(words) <= 2 and _title_case(words) and re.search(r"[A-Z][\w.-]*\s$", before)
            and re.match(r"\s[A-Z]\w", after)):
        return "nickname"
    lead = re.findall(r"[\w-]+", before.lower())
    if _names_a_thing(inner, words, before, lead):
        return "title"
    if _subtitled_title(inner, words) or _acronym_with_expansion(text, inner, after_pos):
        return "title"
    if _proposed_thing_label(inner, words, text[max(0, q.open_mark - 120):q.open_mark]):
        return "title"
    if _signed_document_title(inner, words, lead):
        return "title"
    if _label_of_thing(inner, words, before, text[after_pos:after_pos + 40]):
        return "title"
    if lead and lead[-1] in ("so-called", "dubbed", "codenamed", "code-named", "titled", "entitled"):
        return "title"          # the writer naming a thing, not anyone's words
    if 2 <= len(words) <= 6 and _title_case(words[:-1]) and re.fullmatch(r"\d{2,4}", words[-1]) \
            and not re.search(r"[.!?,;:]$", inner.strip()):
        return "title"          # "Sea Breeze 2024", "Steel Guard 25": an exercise named with its year
    if words and len(words) <= 12 and _title_case(words) and not re.search(r"[.!?,;]$", inner.strip()):
        nouns = {w.lower().strip(".") for w in words}
        if nouns & TITLE_NOUNS or (lead and lead[-1] in QUOTED_TITLE_LEADS and (len(words) >= 2 or lead[-1] in (
                "operation", "named", "called"))):
            return "title"
    return "speech"


def _has_letters(inner: str) -> bool:
    return any(c.isalpha() for c in inner)


def find_quotes(doc: Document) -> list[QuoteSpan]:
    doubles = find_double(doc)
    singles = find_single(doc, doubles)
    # A news article has dozens of quotations, a long transcript hundreds; thousands of marks are
    # a quote-mark soup, not speech. Past the cap the spans are dropped, which bounds the rules
    # that run once per quote (the cost of hostile input, not of news).
    spans = sorted(doubles + singles, key=lambda q: q.start)[:MAX_QUOTE_SPANS]
    # A stray mark before a full stop encloses "." or "—": no words, so nobody's speech.
    spans = [q for q in spans if _has_letters(doc.text[q.start:q.end])]
    for q in spans:
        q.reading = read_span(doc, q)
    return spans
