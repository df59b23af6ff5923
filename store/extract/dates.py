"""The article's own date, read from the forms outlets print above the story.

Only the header region gives the article date: the lines before the story (a date line, a
`Published ...`/`Updated ...` label, a byline ending in a date) and the dateline that opens the
first paragraphs (`DOHA, Oct 23, 2025 (AFP) -`). Dates in the story itself are about events
(`the 2019 accord`, `on March 3`), in photo captions about the picture (`FILE PHOTO: ... on
October 3, 2011`), and in embedded posts about the post; none of them is the day the article
was written, and a wrong article date is worse than none: it moves every weekday ("signed on
Wednesday") that is resolved against it, and the app's date filters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .lexicon import (
    ARTICLE_DATE_LABELS,
    ARTICLE_UPDATE_LABELS,
    MONTHS,
    NOT_BYLINE_WORDS,
    TIME_ZONE_ABBREVIATIONS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)

# The header region: this many lines (non-empty), this many characters, and no further than
# the second paragraph of prose (a caption or a lead, then the story).
HEADER_LINES = 12
HEADER_CHARS = 1500
PROSE_WORDS = 20
DATELINE_CHARS = 160    # a dateline, its date and agency fit in the first characters of a paragraph
SHORT_LINE = 120        # a date line or a byline is shorter than this; a sentence of prose is not read

_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WD = (r"(?:(?P<wd>" + "|".join(sorted(list(WEEKDAYS) + list(WEEKDAY_ABBREVIATIONS), key=len, reverse=True))
       + r")\.?,?\s+)?")
_END = r"(?![\w/])"
# Each form with a year; a weekday may stand before it ("Wednesday 9 April 2025").
_FULL_FORMS = (
    ("dmy", re.compile(_WD + r"\b" + _DAY + r"\s+(?:of\s+)?" + _MON + r"\s*,?\s*" + _YEAR + _END, re.I)),
    ("mdy", re.compile(_WD + r"\b" + _MON + r"\s+" + _DAY + r"\s*,?\s*" + _YEAR + _END, re.I)),
    ("iso", re.compile(_WD + r"\b" + _YEAR + r"(?P<sep>[-/.])(?P<mon>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)"
                       r"(?![\d/.-]?\d)", re.I)),
    ("num", re.compile(_WD + r"\b(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)" + _YEAR + _END, re.I)),
)
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# Month and day without a year: only a dateline prints them ("NAIROBI, March 14 (Reuters) -").
_PARTIAL_FORMS = (
    re.compile(r"\b" + _MON + r"\s+" + _DAY + r"(?![\w:])(?!\s*,?\s*\d)", re.I),
    re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MON + r"(?![\w:])(?!\s*,?\s*\d)", re.I),
)
_TIME = re.compile(r"(?:(?<=T)|\b)\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|hrs?))?(?![\w])", re.I)
_ZONE = re.compile(r"(?:\b(?:" + "|".join(TIME_ZONE_ABBREVIATIONS) + r")\b|[+-]\d{2}:?\d{2}\b|\bZ\b)")
_LABEL = re.compile(r"(?<![\w])(?P<label>" + "|".join(
    re.escape(x) for x in sorted(ARTICLE_DATE_LABELS + ARTICLE_UPDATE_LABELS, key=len, reverse=True))
    + r")(?:\s+(?:on|at))?\s*[:\-–—|]?\s*")
# What may stand beside a date on a line of its own: times, zones, separators, "at"/"on".
_LINE_FURNITURE = re.compile(r"(?:\b(?:at|on|T)\b|[\s|/•·,;:()\[\]\-–—])+")
# The place an outlet prints beside a date line, in capitals: "March 3, 2025 - NEW DELHI".
_CAPS_PLACE = re.compile(r"\b[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,2}\b")
# A dateline: a place in capitals or title case (with an optional region), then the date, then the
# agency or the dash that opens the story.
_PLACE = r"(?P<place>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})"
_REGION = r"(?:\s*\[[A-Z][^\]\n]{1,30}\]|,\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}(?=,))?"
_DATELINE_HEAD = re.compile(_PLACE + _REGION + r",\s*")
_AGENCY_OR_DASH = re.compile(r"\s*,?\s*(?:(?:\([^()\n]{2,30}\)|/[A-Z][\w-]{1,15}/|[A-Z]{2,8}\b)[ \t]*[.:]?[ \t]*"
                             r"(?:[-–—]{1,2}|:)?|[-–—]{1,2}|:)")
# "LIMA (Andes Desk / Wire - 09th November, 2021)": the agency and date in brackets.
_BRACKET_DATELINE = re.compile(_PLACE + r"\s*\((?P<agency>[^()\n]{2,40}?)\s[-–—]\s*")
# A weather reading beside a date line: the site's clock ("3 January, 2026 / 6.5° Cloudy").
_TEMPERATURE = re.compile(r"\d\s*°")
_BYLINE_HEAD = re.compile(r"^(?:By\s+)?[A-Z][\w.'’\-]*(?:[ \t,]+(?:[A-Z][\w.'’\-]*|and|of|the|&))*[ \t,|\-–—]*$")


@dataclass(slots=True)
class Found:
    """One date printed in the header: its span on the line, and the day (or the month and day
    of a dateline that prints no year)."""
    start: int
    end: int
    day: date | None
    month_day: tuple[int, int] | None = None
    readings: tuple[date, ...] = ()        # a numeric date that reads two ways ("02/03/2025")


@dataclass(slots=True)
class HeaderDate:
    day: date | None
    rule: str
    dateline: tuple[int, int] | None       # the dateline's span in the article text, when one opens a paragraph


def _weekday_ok(m: re.Match, d: date) -> bool:
    """A weekday printed before the date must be that date's weekday ("Tue Mar 11, 2025");
    a date that contradicts its own weekday is a misprint or a misreading: no date."""
    wd = m.group("wd")
    if not wd:
        return True
    w = wd.lower().rstrip(".")
    want = WEEKDAYS.get(w, WEEKDAY_ABBREVIATIONS.get(w))
    return want == d.weekday()


def _make(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _numeric_readings(m: re.Match) -> tuple[date, ...]:
    """18/02/2025 reads one way (no month 18); 02/03/2025 reads two ways (day-month or
    month-day) and is kept only if something else in the header settles it."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    out = []
    for d in (_make(y, b, a), _make(y, a, b)):
        if d is not None and d not in out:
            out.append(d)
    return tuple(out)


def _full_date(kind: str, m: re.Match) -> Found | None:
    if kind == "num":
        readings = tuple(d for d in _numeric_readings(m) if _weekday_ok(m, d))
        if not readings:
            return None
        return Found(m.start(), m.end(), readings[0] if len(readings) == 1 else None, readings=readings)
    mon = m.group("mon").lower().rstrip(".")
    mo = int(mon) if mon.isdigit() else MONTHS.get(mon)
    d = _make(int(m.group("year")), mo, int(m.group("day"))) if mo else None
    if d is None or not _weekday_ok(m, d):
        return None
    return Found(m.start(), m.end(), d)


def dates_in(line: str) -> list[Found]:
    """Every full date printed on a header line, left to right, without overlaps."""
    found: list[Found] = []
    if not _HAS_YEAR.search(line):
        return found        # most lines print no year: skip the slower forms
    for kind, rx in _FULL_FORMS:
        for m in rx.finditer(line):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            f = _full_date(kind, m)
            if f is not None:
                found.append(f)
    return sorted(found, key=lambda f: f.start)


def _partial_at(text: str, pos: int) -> Found | None:
    for rx in _PARTIAL_FORMS:
        m = rx.match(text, pos)
        if m:
            mo = MONTHS.get(m.group("mon").lower().rstrip("."))
            day = int(m.group("day"))
            if mo and 1 <= day <= 31 and _make(2000, mo, day):
                return Found(m.start(), m.end(), None, month_day=(mo, day))
    return None


def _only_furniture(rest: str) -> bool:
    rest = _TIME.sub(" ", _ZONE.sub(" ", rest))
    return not _LINE_FURNITURE.sub("", rest).strip()


def date_line(line: str) -> Found | None:
    """A line that is only a date, with its time and zone: `14 Oct 2024 | 15:42`,
    `2025-07-10 16:32 KST`, `Wednesday 9 April 2025`."""
    if len(line) > SHORT_LINE:
        return None
    found = dates_in(line)
    if len(found) != 1:
        return None
    f = found[0]
    return f if _only_furniture(line[:f.start] + " " + _CAPS_PLACE.sub(" ", line[f.end:])) else None


def labelled(line: str) -> tuple[str, Found] | None:
    """`Published 12 March 2025`, `Updated: Jun 03, 2025 21:14 IST`, `By X | Published April 05,
    2022 | 12:00 AM`, `Updated 12:30 GMT, 3 March 2025`: the first labelled date; `published`
    beats `updated` on the same line, and so does an unlabelled date that opens the line
    (`Mar 12, 2025 | Updated Mar 14, 2025`)."""
    best: tuple[str, Found] | None = None
    if len(line) > 3 * SHORT_LINE or len(line.split()) >= PROSE_WORDS:
        return None         # a sentence of the story ("Posted on 3 May 2025 to the border, ...")
    for m in _LABEL.finditer(line):
        pos = _skip_time(line, m.end())
        f = next((f for f in dates_in(line[pos:pos + 40]) if f.start == 0), None)
        if f is None:
            continue
        kind = "updated" if m.group("label") in ARTICLE_UPDATE_LABELS else "published"
        f = Found(pos + f.start, pos + f.end, f.day, readings=f.readings)
        if best is None or (best[0] == "updated" and kind == "published"):
            best = (kind, f)
    if best is not None and best[0] == "updated":
        first = next(iter(dates_in(line[:best[1].start])), None)
        if first is not None and _only_furniture(line[:first.start]):
            return "line", first
    return best


def _skip_time(line: str, pos: int) -> int:
    """Past a time and zone printed between a label and its date ("Updated 12:30 GMT, ")."""
    m = _TIME.match(line, pos)
    if m is None:
        return pos
    pos = m.end()
    z = re.compile(r"\s*(?:" + _ZONE.pattern + r")?[\s,]*").match(line, pos)
    return z.end() if z else pos


def byline(line: str) -> Found | None:
    """A byline that ends in the date: `Our Correspondent March 2, 2016`, `By Grace Wambui,
    March 12, 2025`. A few capitalised words only: a sentence or caption ending in a date
    (`... meet in Lisbon, October 9, 2023.`) is about its event, and an embedded post's
    byline (`— Name (@handle) June 11, 2024`) is the post's."""
    if len(line) > SHORT_LINE:
        return None
    found = dates_in(line)
    if not found:
        return None
    f = found[-1]
    head = line[:f.start]
    if not _only_furniture(line[f.end:]) or "@" in head or len(head.split()) > 6:
        return None
    if any(w.strip(",.|").lower() in NOT_BYLINE_WORDS for w in head.split()):
        return None
    return f if _BYLINE_HEAD.match(head.strip()) or not head.strip() else None


def dateline(text: str, start: int, end: int) -> tuple[Found, int] | None:
    """A paragraph that opens with a dateline: `DOHA, Oct 23, 2025 (AFP) -`, `Kigali, May 2,
    RNA –`, `New Delhi [India], June 3 (ANI):`, `LIMA (Desk / Wire - 09th November, 2021)`.
    Returns the date (a month and day only when no year is printed) and where the dateline ends."""
    m = _DATELINE_HEAD.match(text, start, end)
    first = m.group("place").split()[0].lower() if m else ""
    if m and first not in WEEKDAYS and first not in NOT_BYLINE_WORDS:
        pos = m.end()
        f = next((f for f in dates_in(text[pos:min(end, pos + 40)]) if f.start == 0), None)
        f = Found(pos + f.start, pos + f.end, f.day, readings=f.readings) if f else _partial_at(text, pos)
        if f is not None:
            tail = _AGENCY_OR_DASH.match(text, f.end, end)
            if tail and tail.end() > f.end:
                return f, tail.end()
    m = _BRACKET_DATELINE.match(text, start, end)
    if m:
        f = next((f for f in dates_in(text[m.end():min(end, m.end() + 40)]) if f.start == 0), None)
        close = text.find(")", m.end(), end)
        if f is not None and close != -1 and not text[m.end() + f.end:close].strip(" ,"):
            return Found(m.end() + f.start, m.end() + f.end, f.day, readings=f.readings), close + 1
    return None


# Which header form gives the article date when several do: the outlet's own "Published" label,
# then the dateline the story was filed under, then a date line, then a byline; a revision date
# ("Updated") only when nothing else does.
_PRECEDENCE = ("published", "dateline", "line", "byline", "updated")


def _header_paragraphs(text: str, body_start: int, paras) -> list[int]:
    out: list[int] = []
    prose = 0
    for i, p in enumerate(paras[:HEADER_LINES]):
        if p.start - body_start > HEADER_CHARS:
            break
        out.append(i)
        if len(text[p.start:p.end].split()) >= PROSE_WORDS:
            prose += 1
            if prose >= 2:
                break
    return out


def _beside_weather(text: str, paras, i: int) -> bool:
    lo, hi = max(0, i - 2), min(len(paras), i + 3)
    return any(_TEMPERATURE.search(text, paras[j].start, paras[j].end) for j in range(lo, hi))


def _line_candidate(text: str, paras, i: int) -> tuple[str, Found] | None:
    line = text[paras[i].start:paras[i].end]
    lab = labelled(line)
    if lab is not None:
        return lab
    f = date_line(line)
    if f is not None:
        return None if _beside_weather(text, paras, i) else ("line", f)
    f = byline(line)
    return ("byline", f) if f is not None else None


def _candidates(text: str, body_start: int, paras) -> tuple[list[tuple[str, Found]], tuple[int, int] | None]:
    cands: list[tuple[str, Found]] = []
    span = None
    for i in _header_paragraphs(text, body_start, paras):
        p = paras[i]
        dl = dateline(text, p.start, min(p.end, p.start + DATELINE_CHARS))
        if dl is not None:
            cands.append(("dateline", dl[0]))
            span = span or (p.start, dl[1])
            continue
        c = _line_candidate(text, paras, i)
        if c is not None:
            cands.append(c)
    return cands, span


def _settle_numeric(cands: list[tuple[str, Found]]) -> list[tuple[str, date]]:
    """Each candidate's day; a numeric date that reads two ways is kept only when another
    header date (a dateline's month and day, or a full date) names one of its readings."""
    known = {(f.day.month, f.day.day) for _, f in cands if f.day} | {f.month_day for _, f in cands if f.month_day}
    out = []
    for kind, f in cands:
        if f.day is not None:
            out.append((kind, f.day))
        elif len(f.readings) > 1:
            hit = [d for d in f.readings if (d.month, d.day) in known]
            if len(hit) == 1:
                out.append((kind, hit[0]))
    return out


def _with_month_day(day: date, md: tuple[int, int]) -> date | None:
    """The latest (year, month, day) on or before `day` (a day's grace for time zones)."""
    for y in (day.year, day.year - 1):
        d = _make(y, *md)
        if d is not None and d <= day + timedelta(days=1):
            return d
    return None


def _choose(dated: list[tuple[str, date]], partial: tuple[int, int] | None) -> tuple[date | None, str]:
    for kind in _PRECEDENCE:
        day = next((d for k, d in dated if k == kind), None)
        if day is None:
            continue
        if partial is None or (day.month, day.day) == partial:
            return day, kind
        if kind == "updated":
            # "NAIROBI, March 14 (Reuters)" revised on "Updated: 2 April 2025": filed March 14
            d = _with_month_day(day, partial)
            return (d, "dateline+updated") if d else (None, "")
        filed = _with_month_day(day, partial)
        if filed is None or (day - filed).days > 2:
            return None, ""          # a header date the dateline contradicts: no date rather than a guess
        return day, kind
    return None, ""


def header_date(text: str, body_start: int, paras) -> HeaderDate:
    """The article's date from its header region, the rule that gave it, and the dateline's
    span (whose date is the filing day, never a signing day stated in the same sentence)."""
    cands, span = _candidates(text, body_start, paras)
    partial = next((f.month_day for _, f in cands if f.month_day), None)
    day, kind = _choose(_settle_numeric(cands), partial)
    return HeaderDate(day, f"header:{kind}" if day else "", span)
