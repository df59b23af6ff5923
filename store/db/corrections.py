"""Corrections analysts make to what extraction got wrong, kept in their own table and applied
again after every import, so that re-importing an article never undoes them.

Each correction names its target by something stable: a quote or agreement by its content id
(article hash + offsets or name), a participant by name or alias. Applying a correction twice
changes nothing; each keeps what it replaced, so it can be undone.

Quotes live in segment files (store/db/segments.py). After an import the corrections are applied
to the store file's tables and the batch's new quotes only: a stored quote already holds every
correction made since it was stored, and an import never changes it. An analyst's correction
(or undo) reads every quote and rewrites only the segments whose quotes it changed.
"""
from __future__ import annotations

import copy
import time

from tinydb import TinyDB

from store.extract.lexicon import AGENCY_NOUNS, KNOWN_ORGS, NEWS_AGENCIES, ORG_HEADS
from store.records import Participant, content_id, fold_spaces, from_dict, participant_key, to_dict
from store.resolve.participants import merge_participant, why_same_person

# accept: a quote's suggested speaker (below the extraction threshold) becomes its speaker;
# dismiss: the suggestion is cleared and the quote stays unattributed
KINDS = ("merge", "rename", "retitle", "reject", "reassign", "accept", "dismiss")


class CorrectionError(Exception):
    """A correction that cannot be made; the message says why in one line."""


def find_participant(parts: list[dict], ref: str) -> dict | None:
    """By id (or unique id prefix), exact name, or alias; ambiguity is an error."""
    by_id = [p for p in parts if p["id"] == ref or (len(ref) >= 6 and p["id"].startswith(ref))]
    if len(by_id) == 1:
        return by_id[0]
    key = fold_spaces(ref)
    named = [p for p in parts if fold_spaces(p["name"]) == key]
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        raise CorrectionError(f"{ref!r} names {len(named)} participants; use an id")
    aka = [p for p in parts if key in (fold_spaces(a) for a in p.get("aliases", []))]
    if len(aka) == 1:
        return aka[0]
    if len(aka) > 1:
        raise CorrectionError(f"{ref!r} is an alias of {len(aka)} participants; use an id")
    return None


def _find_by_id(rows: list[dict], ref: str) -> dict | None:
    hits = [r for r in rows if r["id"] == ref or (len(ref) >= 6 and r["id"].startswith(ref))]
    return hits[0] if len(hits) == 1 else None


class _Tables:
    """The tables a correction touches, as lists of dicts: participants and agreements written
    back whole to the store file; quotes are rows changed in place (their segments, or the
    batch being imported, are written by the store)."""

    def __init__(self, db: TinyDB, quotes: list[dict]):
        self.db = db
        self.parts = [dict(d) for d in db.table("participants").all()]
        self.quotes = quotes
        self.agreements = [dict(d) for d in db.table("agreements").all()]

    def save(self) -> None:
        for name, rows in (("participants", self.parts), ("agreements", self.agreements)):
            t = self.db.table(name)
            t.truncate()
            t.insert_multiple(rows)


def _apply_one(t: _Tables, c: dict, first: bool) -> bool:
    """Apply correction c; on its first application record what it replaces in c['before']."""
    kind, target, value = c["kind"], c["target"], c.get("value")
    if kind == "merge":
        return _merge(t, c, first)
    if kind in ("rename", "retitle"):
        p = find_participant(t.parts, target)
        if p is None and kind == "rename":
            p = find_participant(t.parts, value)          # already renamed
            return False if p is None else _rename(t, p, value, c, first)
        if p is None:
            if first:
                raise CorrectionError(f"no participant {target!r}")
            return False
        if kind == "rename":
            return _rename(t, p, value, c, first)
        if first:
            c["before"] = {"title": p.get("title")}
        p["title"] = value
        return True
    if kind == "reject":
        for rows, what in ((t.quotes, "quote"), (t.agreements, "agreement")):
            r = _find_by_id(rows, target)
            if r is not None:
                if first:
                    c["what"] = what
                    c["target"] = r["id"]
                r["rejected"] = True
                return True
        if first:
            raise CorrectionError(f"no quote or agreement with id {target!r}")
        return False
    if kind == "reassign":
        return _reassign(t, c, first)
    if kind == "accept":
        return _accept(t, c, first)
    if kind == "dismiss":
        return _dismiss(t, c, first)
    raise CorrectionError(f"unknown correction {kind!r}")


def _quote_of(t: _Tables, c: dict, first: bool) -> dict | None:
    q = _find_by_id(t.quotes, c["target"])
    if q is None and first:
        raise CorrectionError(f"no quote with id {c['target']!r}")
    return q


def speaker_kind(name: str) -> str:
    """"organisation" for a name an organisation goes by (a news agency, a known body, an
    acronym, a name ending in an organisation's head noun: "the Saudi Press Agency",
    "State Department"), else "person"."""
    words = name.replace("\u2019", "'").split()
    last = words[-1].casefold() if words else ""
    if name in NEWS_AGENCIES or name in KNOWN_ORGS or last in ORG_HEADS or last in AGENCY_NOUNS:
        return "organisation"
    return "organisation" if len(words) == 1 and len(name) >= 2 and name.isupper() else "person"


def _new_participant(t: _Tables, name: str, kind: str = "person") -> dict:
    """A participant the store does not know yet, named by the analyst."""
    pid, ids = participant_key(kind, name), {r["id"] for r in t.parts}
    while pid in ids:                       # ids stay unique whatever the names
        pid = content_id(pid, "correction")
    p = {"id": pid, "name": name, "kind": kind,
         "title": None, "country": None, "aliases": [], "handles": [], "mentions": [],
         "rule": "correction"}
    t.parts.append(p)
    return p


def _set_speaker(q: dict, p: dict, c: dict, first: bool) -> None:
    """The quote's speaker becomes participant p; the first time, keep what it replaces."""
    if first:
        c["target"] = q["id"]
        c["before"] = {"speaker": q.get("speaker"), "speaker_id": q.get("speaker_id"),
                       "corrected": q.get("corrected"), "suggested_speaker": q.get("suggested_speaker")}
    q["speaker"], q["speaker_id"], q["corrected"] = p["name"], p["id"], "speaker"


def _reassign(t: _Tables, c: dict, first: bool) -> bool:
    q = _quote_of(t, c, first)
    if q is None:
        return False
    p = find_participant(t.parts, c["value"]) or _new_participant(t, c["value"])
    _set_speaker(q, p, c, first)
    return True


def article_participant(parts: list[dict], article_id: str, name: str) -> dict | None:
    """The one participant of an article that `name` designates: by its name or an alias,
    else by the name rule resolution merges people with (`why_same_person`). Several: None
    (a suggestion is not enough to choose between two people)."""
    here = [p for p in parts if p.get("kind") != "country"
            and any(m["article_id"] == article_id for m in p.get("mentions", ()))]
    key = fold_spaces(name)
    named = [p for p in here if key in {fold_spaces(n) for n in [p["name"], *p.get("aliases", [])]}]
    if not named:
        named = [p for p in here if p.get("kind") == "person" and why_same_person(name, p["name"])]
    return named[0] if len(named) == 1 else None


def _accept(t: _Tables, c: dict, first: bool) -> bool:
    """The suggested speaker becomes the speaker, resolved to the participant of that name in
    the quote's article (else the one of that name in the store, else a new person). The name
    accepted is kept on the correction, so that it holds whatever a later import suggests."""
    q = _quote_of(t, c, first)
    if q is None:
        return False
    name = c.get("value") or q.get("suggested_speaker")
    if not name:
        if first:
            raise CorrectionError(f"quote {q['id']} has no suggested speaker")
        return False
    try:
        # the participant chosen the first time, while it exists; else the article's, else
        # the store's one of that name (several: an error the first time, a no-op after)
        p = (_by_id(t.parts, c.get("participant")) or article_participant(t.parts, q["article_id"], name)
             or find_participant(t.parts, name) or _new_participant(t, name, speaker_kind(name)))
    except CorrectionError:
        if first:
            raise
        return False
    if first:
        c["value"], c["participant"] = name, p["id"]
    _set_speaker(q, p, c, first)
    q["suggested_speaker"] = None
    return True


def _dismiss(t: _Tables, c: dict, first: bool) -> bool:
    """The suggestion is wrong: cleared; the quote stays, without a speaker. The name dismissed
    is kept on the correction, and only that name is cleared when it is applied again."""
    q = _quote_of(t, c, first)
    if q is None:
        return False
    if first:
        if not q.get("suggested_speaker"):
            raise CorrectionError(f"quote {q['id']} has no suggested speaker")
        c["target"], c["value"] = q["id"], q["suggested_speaker"]
        c["before"] = {"suggested_speaker": q["suggested_speaker"]}
    # only the name dismissed: another suggestion a later extraction makes is news to review
    if q.get("suggested_speaker") is None or fold_spaces(q["suggested_speaker"]) != fold_spaces(c.get("value")):
        return False
    q["suggested_speaker"] = None
    return True


def _by_id(parts: list[dict], pid: str | None) -> dict | None:
    return next((p for p in parts if p["id"] == pid), None) if pid else None


def _merge(t: _Tables, c: dict, first: bool) -> bool:
    """Fold participant `value` into `target` with the one merge resolution uses."""
    b = c.get("before") or {}
    keep = _by_id(t.parts, b.get("keep", {}).get("id")) or find_participant(t.parts, c["target"])
    gone = _by_id(t.parts, b.get("gone", {}).get("id"))
    if gone is None:
        others = [p for p in t.parts if p is not keep]
        try:
            gone = find_participant(others, c["value"])
        except CorrectionError:
            if first:
                raise
            gone = None
    if keep is None or gone is None or gone is keep:
        if first:
            raise CorrectionError(f"cannot merge: {c['target'] if keep is None else c['value']!r} not found")
        return False
    moved = [q["id"] for q in t.quotes if q.get("speaker_id") == gone["id"]]
    if first:
        # deep copies: the merge below must not change what undo restores
        c["before"] = {"keep": copy.deepcopy(keep), "gone": copy.deepcopy(gone), "moved": moved}
    merged = from_dict(Participant, keep)
    merge_participant(merged, from_dict(Participant, gone), rename=False)
    keep.clear()
    keep.update(to_dict(merged))
    for q in t.quotes:
        if q.get("speaker_id") == gone["id"]:
            q["speaker_id"], q["speaker"] = keep["id"], keep["name"]
    t.parts.remove(gone)
    return True


def _rename(t: _Tables, p: dict, value: str, c: dict, first: bool) -> bool:
    if first:
        c["before"] = {"name": p["name"]}
    old = p["name"]
    if old == value:
        return False
    if old not in p.setdefault("aliases", []):
        p["aliases"].append(old)
    if value in p["aliases"]:
        p["aliases"].remove(value)
    p["name"] = value
    for q in t.quotes:
        if q.get("speaker_id") == p["id"]:
            q["speaker"] = value
    return True


def _undo_merge(t: _Tables, c: dict, text_of) -> None:
    """Split the merged participant back into the two it was made of. Mentions and quotes of
    articles imported after the merge go to whichever of the two their article names (read
    from the article at the mention's offsets), so that the store is the one the same imports
    would have built without the merge: no quote with the wrong speaker, no stale alias."""
    b = c["before"]
    keep, gone = copy.deepcopy(b["keep"]), copy.deepcopy(b["gone"])
    merged = _by_id(t.parts, keep["id"])
    later_gone: set[str] = set()
    if merged is not None:
        t.parts.remove(merged)
        known = {m["article_id"] for m in keep.get("mentions", []) + gone.get("mentions", [])}
        later: dict[str, list[dict]] = {}
        for m in merged.get("mentions", []):
            if m["article_id"] not in known:
                later.setdefault(m["article_id"], []).append(m)
        for aid, ms in later.items():
            body = text_of(aid) or ""
            surfaces = [body[m["start"]:m["end"]] for m in ms if 0 <= m["start"] < m["end"] <= len(body)]
            owner = gone if _names_side(surfaces, keep, gone) == "gone" else keep
            if owner is gone:
                later_gone.add(aid)
            owner.setdefault("mentions", []).extend(ms)
            for s_ in surfaces:
                if s_ and s_ != owner["name"] and s_ not in owner.setdefault("aliases", []):
                    owner["aliases"].append(s_)
    again = _by_id(t.parts, gone["id"])        # re-created by a later import: the same person
    if again is not None:
        t.parts.remove(again)
        restored = from_dict(Participant, gone)
        merge_participant(restored, from_dict(Participant, again), rename=False)
        gone = to_dict(restored)
    t.parts.extend([keep, gone])
    moved = set(b["moved"])
    for q in t.quotes:
        if q.get("speaker_id") == keep["id"] and (q["id"] in moved or q["article_id"] in later_gone):
            q["speaker_id"], q["speaker"] = gone["id"], gone["name"]
        elif q.get("speaker_id") == keep["id"]:
            q["speaker"] = keep["name"]


def _names_side(surfaces: list[str], keep: dict, gone: dict) -> str:
    """Which of the two an article's surface names designate: "gone" only when they name it
    and not the other (otherwise the merged record stays with the one kept)."""
    def names(p: dict) -> set[str]:
        return {fold_spaces(n) for n in [p["name"], *p.get("aliases", [])]}
    k, g = names(keep), names(gone)
    hits = {fold_spaces(s) for s in surfaces}
    if hits & g and not hits & k:
        return "gone"
    if not hits & (g | k) and any(why_same_person(s, gone["name"]) and not why_same_person(s, keep["name"])
                                  for s in surfaces):
        return "gone"
    return "keep"


def _undo_one(t: _Tables, c: dict, text_of=lambda aid: None) -> None:
    b = c.get("before") or {}
    kind = c["kind"]
    if kind == "merge":
        _undo_merge(t, c, text_of)
    elif kind == "rename":
        p = find_participant(t.parts, c["value"])
        if p is not None:
            _rename(t, p, b["name"], {}, False)
    elif kind == "retitle":
        p = find_participant(t.parts, c["target"])
        if p is not None:
            p["title"] = b.get("title")
    elif kind == "reject":
        for rows in (t.quotes, t.agreements):
            r = _find_by_id(rows, c["target"])
            if r is not None:
                r["rejected"] = False
    elif kind in ("reassign", "accept"):
        q = _find_by_id(t.quotes, c["target"])
        if q is not None:
            q["speaker"], q["speaker_id"], q["corrected"] = b["speaker"], b["speaker_id"], b.get("corrected")
            if kind == "accept":
                q["suggested_speaker"] = b.get("suggested_speaker")
    elif kind == "dismiss":
        q = _find_by_id(t.quotes, c["target"])
        if q is not None and not q.get("speaker"):
            q["suggested_speaker"] = b.get("suggested_speaker")


def apply_corrections(db: TinyDB, quotes: list[dict]) -> int:
    """Re-apply every active correction after an import, to the store file's tables and the
    batch's quote rows (changed in place); returns how many changed anything."""
    corr = [c for c in db.table("corrections").all() if not c.get("undone")]
    if not corr:
        return 0
    t = _Tables(db, quotes)
    n = sum(1 for c in sorted(corr, key=lambda c: c["created"]) if _apply_one(t, dict(c), first=False))
    t.save()
    return n


def add_correction(store, kind: str, target: str, value: str | None = None) -> dict:
    if kind not in KINDS:
        raise CorrectionError(f"unknown correction {kind!r} (one of {', '.join(KINDS)})")
    if not store.path.exists():
        raise CorrectionError(f"{store.path}: no store yet")
    with store.editing() as (db, quotes):
        t = _Tables(db, quotes)
        created = time.strftime("%Y-%m-%dT%H:%M:%S") + f".{time.time_ns() % 10**9:09d}"
        c = {"id": content_id("correction", kind, target, value, created, n=10), "kind": kind,
             "target": target, "value": value, "created": created, "undone": False}
        _apply_one(t, c, first=True)
        t.save()
        db.table("corrections").insert(c)
    return c


def undo_correction(store, cid: str) -> dict:
    with store.editing() as (db, quotes):
        table = db.table("corrections")
        rows = [r for r in table.all() if r["id"] == cid or r["id"].startswith(cid)]
        if len(rows) != 1:
            raise CorrectionError(f"no correction {cid!r}" if not rows else f"{cid!r} is ambiguous")
        c = dict(rows[0])
        if c.get("undone"):
            raise CorrectionError(f"correction {c['id']} is already undone")
        t = _Tables(db, quotes)
        _undo_one(t, c, store.article_text)
        # the other corrections hold as before (each is idempotent)
        for other in sorted((r for r in table.all() if not r.get("undone") and r["id"] != c["id"]),
                            key=lambda r: r["created"]):
            _apply_one(t, dict(other), first=False)
        t.save()
        table.update({"undone": True}, doc_ids=[rows[0].doc_id])
    c["undone"] = True
    return c


def list_corrections(store) -> list[dict]:
    return sorted(store.snapshot().corrections, key=lambda c: c["created"])
