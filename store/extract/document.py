"""An article's text cut into the units the rules work on: header, paragraphs, sentences.

Every unit is a pair of character offsets into the one text the article is stored with, so that
whatever a rule finds can be shown in place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .dates import header_date
from .lexicon import NAME_ABBREVIATIONS, SENTENCE_ABBREVIATIONS

_HEADER_DATE = re.compile(r"\A\s*date\s+(\d{4})-(\d{2})-(\d{2})\b[ \t]*")
# A sentence end: stops, closing marks, then a capital after a space, or straight after a
# lower-case word with no space ("...by the assembly.Envoy Petra Voss ...").
# Both branches begin with a stop, taken first so that the engine skips to the next stop at once
# instead of trying the pattern at every character; the second branch ("assembly.Envoy") marks
# its boundary after the full stop with the empty group `glued`.
_BOUNDARY = re.compile(r"[.!?…](?:[.!?…]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|(?<=[a-z]{3}\.)(?=[A-Z][a-z])(?P<glued>))")
_CAPTION_TAIL = re.compile(
    r"(?:\bPHOTO\s*:\s*\S.*|\s—\s*[A-Z]{2,}\s*|\[[A-Z/ ]{2,}\]\s*)$")


@dataclass(slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Sentence(Span):
    para: int


@dataclass(slots=True)
class Document:
    text: str
    body_start: int
    date: date | None
    title: str | None
    paragraphs: list[Span] = field(default_factory=list)
    gaps: list[int] = field(default_factory=list)      # blank lines before each paragraph
    captions: set[int] = field(default_factory=set)     # paragraph indexes that are captions
    sentences: list[Sentence] = field(default_factory=list)
    date_rule: str = ""                                 # which header form gave `date` (dates.py)
    dateline: Span | None = None                        # "DOHA, Oct 23, 2025 (AFP) -" opening the story

    def in_dateline(self, pos: int) -> bool:
        """Whether a position falls in the dateline: its date is the filing day, not an event's."""
        return self.dateline is not None and self.dateline.start <= pos < self.dateline.end

    def para_of(self, pos: int) -> int:
        lo, hi = 0, len(self.paragraphs) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            p = self.paragraphs[mid]
            if pos < p.start:
                hi = mid - 1
            elif pos >= p.end:
                lo = mid + 1
            else:
                return mid
        return max(0, min(lo, len(self.paragraphs) - 1))

    def sentence_of(self, pos: int) -> int:
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if pos < s.start:
                hi = mid - 1
            elif pos >= s.end:
                lo = mid + 1
            else:
                return mid
        return max(0, min(lo, len(self.sentences) - 1))


def parse_header(text: str) -> tuple[int, date | None]:
    """The ` date YYYY-MM-DD` line that collected articles start with, if present."""
    m = _HEADER_DATE.match(text)
    if not m:
        return 0, None
    try:
        return m.end(), date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return m.end(), None


def split_paragraphs(text: str, start: int) -> tuple[list[Span], list[int]]:
    paras, gaps = [], []
    blank = 0
    pos = start
    for line in text[start:].split("\n"):
        s = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            blank += 1
            continue
        lead = len(line) - len(line.lstrip())
        e = s + len(line.rstrip())
        paras.append(Span(s + lead, e))
        gaps.append(blank)
        blank = 0
    return paras, gaps


# a given name and then another capitalised word or a quoted nickname: the name goes on
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]+[\"“A-Z]")


def _is_abbrev(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if word == "no":
        # "No. 5" abbreviates "number"; "voted No. The next ..." ends a sentence
        return bool(re.match(r"\s*\d", text[dot + 1:dot + 4]))
    if word in SENTENCE_ABBREVIATIONS:
        return True
    if word in NAME_ABBREVIATIONS and _NAME_GOES_ON.match(text, dot + 1):
        return True     # spk9: "Sen. Ma. Teresa Cruz": "Ma." (Maria) inside a name, no sentence end
    # single initials ("K. Menon") and dotted acronyms ("U.S.")
    return len(word) == 1 and word.isalpha() or ("." in word and len(word) <= 5)


def split_sentences(text: str, paras: list[Span], protected: list[tuple[int, int]]) -> list[Sentence]:
    """Sentences inside each paragraph; a boundary never falls inside a protected span (a quote)."""
    prot = sorted(protected)
    out: list[Sentence] = []
    pi = 0
    for idx, p in enumerate(paras):
        s = p.start
        for m in _BOUNDARY.finditer(text[p.start:p.end]):
            end = p.start + m.end()
            dot = end if m.group("glued") is not None else p.start + m.start()
            while pi < len(prot) and prot[pi][1] < dot:
                pi += 1
            inside = any(a < dot and end < b for a, b in prot[pi:pi + 3])
            if inside or (text[dot] == "." and _is_abbrev(text, dot)):
                continue
            out.append(Sentence(s, end, idx))
            s = end
            while s < p.end and text[s].isspace():
                s += 1
        if s < p.end:
            out.append(Sentence(s, p.end, idx))
    return out


def find_title(text: str, paras: list[Span]) -> str | None:
    if len(paras) < 2:
        return None
    first = text[paras[0].start:paras[0].end].strip()
    if 8 <= len(first) <= 160 and not re.search(r"[.!?\"”’:]$", first) and " | " not in first:
        return first
    return None


def is_caption(line: str) -> bool:
    line = line.rstrip()
    # each branch of the pattern needs one of these; most paragraphs have none (cheap to ask)
    if "PHOTO" not in line and "—" not in line and not line.endswith("]"):
        return False
    return bool(_CAPTION_TAIL.search(line))


def build(text: str) -> Document:
    body, d = parse_header(text)
    paras, gaps = split_paragraphs(text, body)
    head = header_date(text, body, paras)
    rule = "date_line" if d is not None else head.rule
    doc = Document(text=text, body_start=body, date=d or head.day, title=find_title(text, paras),
                   paragraphs=paras, gaps=gaps, date_rule=rule,
                   dateline=Span(*head.dateline) if head.dateline else None)
    doc.captions = {i for i, p in enumerate(paras) if is_caption(text[p.start:p.end])}
    return doc
