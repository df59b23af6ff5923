"""Plain records: what extraction produces, what the store keeps and what the app shows.

These dataclasses are the seam between `store` and `tui`; they carry no behaviour beyond
conversion to and from plain dicts (the store's JSON documents).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any


def content_id(*parts: object, n: int = 16) -> str:
    """A stable id from content, so re-importing the same thing yields the same id."""
    h = hashlib.blake2b(digest_size=16)
    for p in parts:
        h.update(str(p).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:n]


def fold_spaces(s: str | None) -> str:
    """Case-folded, each run of white space one space: the form in which names are keyed and
    compared across stages (ids, corrections), so that "Petra  VOSS" and "petra voss" agree."""
    return " ".join((s or "").casefold().split())


@dataclass(slots=True)
class Mention:
    """Where a record was found: an article and character offsets into its stored text."""
    article_id: str
    start: int
    end: int


@dataclass(slots=True)
class Article:
    id: str
    text: str = ""                  # the body; kept beside the store, loaded on demand
    source: str = ""
    title: str | None = None
    date: str | None = None         # YYYY-MM-DD
    url: str | None = None
    format: str = "text"
    sources: list[str] = field(default_factory=list)
    duplicate_of: str | None = None
    imported_at: str | None = None


@dataclass(slots=True)
class Participant:
    id: str
    name: str
    kind: str                       # person | organisation | country
    title: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    rule: str = ""


@dataclass(slots=True)
class Quote:
    id: str
    article_id: str
    text: str
    start: int
    end: int
    speaker: str | None             # the speaker's name as the article resolves it
    speaker_id: str | None = None   # the participant's id once resolved across articles
    kind: str = "direct"            # direct | partial | post
    via: str | None = None
    rule: str = ""                  # span rule + attribution rule
    same_as: str | None = None
    confidence: float | None = None  # how sure the attribution is (0..1); None: not scored
    evidence: str = ""              # why this speaker (or suggestion), in words
    suggested_speaker: str | None = None  # the best candidate below the threshold, to confirm
    rejected: bool = False          # rejected by a correction: kept, but not shown
    corrected: str | None = None    # which field a correction changed


@dataclass(slots=True)
class Agreement:
    id: str
    name: str
    status: str = "signed"          # signed | proposed | background
    aliases: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    date: str | None = None
    place: str | None = None
    duration_years: float | None = None
    scope: list[str] = field(default_factory=list)
    kind: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    rule: str = ""
    rejected: bool = False
    # one entry per extracted record joined into this one: what its article said (name,
    # parties, signatories, date, place) and why it was joined (store/resolve/agreements.py)
    reports: list[dict] = field(default_factory=list)


@dataclass(slots=True)
class Extraction:
    """What one article yields before it is resolved against the store."""
    article: Article
    participants: list[Participant] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)


def to_dict(record: Any) -> dict:
    """A plain dict for the store: shallow, with mentions as dicts (dataclasses.asdict deep-copies
    everything and costs a second on a 10k store)."""
    d = {f: getattr(record, f) for f in record.__dataclass_fields__}
    for k, v in d.items():
        if k == "mentions":
            d[k] = [{"article_id": m.article_id, "start": m.start, "end": m.end} for m in v]
        elif isinstance(v, list):
            d[k] = list(v)
    return d


def from_dict(cls, data: dict):
    """Build a record from a stored dict, ignoring keys a newer/older schema added."""
    names = {f.name for f in fields(cls)}
    kwargs = {k: v for k, v in data.items() if k in names}
    if "mentions" in kwargs:
        kwargs["mentions"] = [m if isinstance(m, Mention) else Mention(**m) for m in kwargs["mentions"]]
    return cls(**kwargs)


def participant_key(kind: str, name: str) -> str:
    """The id a participant of this kind and name starts with, wherever it is made (extraction
    or a correction). Full stops read as spaces, so "Dr. Petra Voss" and "Dr Petra Voss" agree."""
    return content_id(kind, fold_spaces(name.replace(".", " ")))
