"""`parley doctor`: check a store and report each problem in one line.

First every file of the store for shape and schema (the store file, the syndication sketches,
the folder of article texts, the quote segments): a store that fails there is not read further.
Then the records' invariants (ids, offsets, references). Quotes are checked segment by segment,
so that a large store is never held in memory as dicts all at once.
"""
from __future__ import annotations

import gc
import re
from collections.abc import Iterator

from store.db import segments
from store.db.database import SCHEMA_VERSION, Store, StoreError, schema_problem, shape_problem, sketch_problem
from store.db.storage import TMP_PREFIX

_TEXT_NAME = re.compile(r"[0-9a-z_-]+\.txt")
_PACK_NAME = re.compile(r"pack-[0-9a-f]+\.pack")


def check_store_file(store: Store) -> tuple[dict | None, list[str]]:
    """The store file parsed, if its JSON, shape and schema are sound; else its problems."""
    if not store.path.exists():
        return None, [f"{store.path}: no store"]
    if not store.path.is_file():
        return None, [f"{store.path}: not a file; --store must name the store's JSON file"]
    try:
        data = store._read()
    except StoreError as exc:
        return None, [str(exc)]
    problem = shape_problem(data) or schema_problem(store.schema_of(data))
    if problem:
        return None, [f"{store.path}: {problem}"]
    return data, []


def check_lock(store: Store) -> list[str]:
    """The lock file beside the store: absent or a regular file (a folder there stops writes)."""
    lock = store.lock.path
    if lock.exists() and not lock.is_file():
        return [f"{lock}: the store's lock path is not a file; remove it so that parley can write"]
    return []


def check_sketches(store: Store) -> list[str]:
    problem = sketch_problem(store.sketch_path)
    if problem:
        return [f"{store.sketch_path}: {problem}; the next import rebuilds it from the stored article bodies"]
    return []


def check_texts(store: Store, known: set[str] = frozenset()) -> list[str]:
    """The article-text folder: packs of bodies (`pack-<hash>.pack`) and, from older stores,
    UTF-8 `<id>.txt` files. The bodies of `known` articles are read (once) by `check` through
    the store; here only the other files are read."""
    root = store.texts.root
    if not root.exists():
        return []
    if not root.is_dir():
        return [f"{root}: not a folder (article texts live in this folder); move the file away"]
    problems = []
    for p in sorted(root.iterdir()):
        if p.name.startswith(TMP_PREFIX):
            continue
        if p.is_file() and _PACK_NAME.fullmatch(p.name):
            continue                    # read through the store: a damaged pack shows as missing bodies
        if not p.is_file() or not _TEXT_NAME.fullmatch(p.name):
            problems.append(f"{p}: not an article text (expected pack-<hash>.pack or <id>.txt files only)")
            continue
        if p.stem in known:
            continue
        try:
            p.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"{p}: article text is not UTF-8 (damaged); re-import the article")
        except OSError as exc:
            problems.append(f"{p}: cannot read ({exc.strerror or exc})")
    return problems


def check_segment_files(store: Store, data: dict) -> list[str]:
    """The quote segments' folder: every segment the store names is there, and nothing else
    but segments left by an interrupted write (named here; the next import removes them)."""
    root = store.seg_root
    if not root.exists():
        return [f"{root / e['name']}: segment named by the store is missing"
                for e in segments.entries(data.get("meta"))]
    if not root.is_dir():
        return [f"{root}: not a folder (the store's quotes live in this folder); move the file away"]
    problems = []
    named = segments.entries(data.get("meta"))
    names = {e["name"] for e in named}
    for e in named:
        if segments.entry_problem(e):
            problems.append(f"{root / e['name'][:60]}: {segments.entry_problem(e)}")
        elif not (root / e["name"]).is_file():
            problems.append(f"{root / e['name']}: segment named by the store is missing")
    for p in sorted(root.iterdir()):
        if p.name.startswith(TMP_PREFIX) or p.name in names:
            continue
        if segments.NAME.fullmatch(p.name):
            problems.append(f"{p}: segment not named by the store (left by an interrupted write; "
                            "the next import removes it)")
        else:
            problems.append(f"{p}: not a quote segment (expected q-<hash>.json files only)")
    return problems


def _quote_rows(store: Store, data: dict, problems: list[str]) -> Iterator[segments.QuoteFacts]:
    """The store file's own quotes (a store before schema 3), then each named segment's, with
    the fields checked here (a segment at a time: never all quotes in memory at once)."""
    for r in (data.get("quotes") or {}).values():
        yield segments.QuoteFacts(r.get("id"), r.get("article_id"), r.get("text"), r.get("start", -1),
                                  r.get("end", -1), r.get("speaker_id"))
    for e in segments.entries(data.get("meta")):
        if segments.entry_problem(e) or not (store.seg_root / e["name"]).is_file():
            continue                        # said by check_segment_files
        try:
            rows = segments.read_facts(store.seg_root, e)
        except segments.SegmentError as exc:
            problems.append(f"{exc}; restore a backup or re-import its articles")
            continue
        yield from rows
        del rows


def _body_reader(store: Store, arts: set[str], problems: list[str]):
    """text(article id) -> body or None, each body read once. The bodies of a pack are read
    with one read of the pack (50k articles: 250 reads instead of 100,000 opens)."""
    loose = {p.stem for p in store.texts.root.glob("*.txt")} if store.texts.root.is_dir() else set()
    texts: dict[str, str | None] = dict(store.texts.read_many(arts - loose))

    def text(aid: str) -> str | None:
        if aid not in texts:
            try:
                texts[aid] = store.article_text(aid)
            except UnicodeDecodeError:
                texts[aid] = None
                problems.append(f"article {aid}: body is not UTF-8 (damaged); re-import the article")
            except OSError as exc:
                texts[aid] = None
                problems.append(f"article {aid}: body cannot be read ({exc.strerror or exc})")
        return texts[aid]
    return text


def quote_problems(store: Store, data: dict, arts: set[str], parts: set[str], text) -> list[str]:
    """Each quote (segment by segment): unique id, its article and speaker exist, its offsets
    fall inside its article and hold its text."""
    problems: list[str] = []
    quote_ids: set[str] = set()
    dup_quotes = 0
    for q in _quote_rows(store, data, problems):
        qid, aid = q.id, q.article_id
        n = len(quote_ids)
        quote_ids.add(qid)
        if len(quote_ids) == n:
            dup_quotes += 1
        if aid not in arts:
            problems.append(f"quote {qid}: article {aid} does not exist")
            continue
        if q.speaker_id and q.speaker_id not in parts:
            problems.append(f"quote {qid}: speaker {q.speaker_id} does not exist")
        body = text(aid)
        if body is not None:
            s, e = q.start, q.end
            if not (0 <= s <= e <= len(body)):
                problems.append(f"quote {qid}: offsets {s}-{e} outside article {aid} ({len(body)} chars)")
            elif body[s:e] != q.text:
                problems.append(f"quote {qid}: text differs from article {aid} at {s}-{e}")
    if dup_quotes:
        problems.append(f"quotes: {dup_quotes} duplicate ids")
    return problems


def mention_problems(tables: dict[str, list[dict]], arts: set[str], text) -> list[str]:
    problems = []
    for kind, rows in (("participant", tables["participants"]), ("agreement", tables["agreements"])):
        for r in rows:
            for m in r.get("mentions", []):
                if m["article_id"] not in arts:
                    problems.append(f"{kind} {r['id']}: mention in missing article {m['article_id']}")
                    break
                body = text(m["article_id"])
                if body is not None and not (0 <= m["start"] <= m["end"] <= len(body)):
                    problems.append(f"{kind} {r['id']}: mention offsets {m['start']}-{m['end']} outside its article")
                    break
    return problems


def check(store: Store) -> list[str]:
    gc_was = gc.isenabled()
    gc.disable()        # millions of parsed rows and no cycles: the cyclic GC would only walk them
    try:
        return _check(store)
    finally:
        if gc_was:
            gc.enable()


def _check(store: Store) -> list[str]:
    data, problems = check_store_file(store)
    if data is None:
        return problems
    tables = {t: list((data.get(t) or {}).values()) for t in ("articles", "participants", "agreements")}
    arts = {r["id"] for r in tables["articles"]}
    problems += check_lock(store) + check_sketches(store) + check_texts(store, arts)
    problems += check_segment_files(store, data)
    schema = store.schema_of(data)
    if schema != SCHEMA_VERSION:
        problems.append(f"schema {schema}, expected {SCHEMA_VERSION} (opening it with parley migrates it)")
    for t, rows in tables.items():
        ids = [r.get("id") for r in rows]
        if len(ids) != len(set(ids)):
            problems.append(f"{t}: {len(ids) - len(set(ids))} duplicate ids")
    parts = {r["id"] for r in tables["participants"]}
    text = _body_reader(store, arts, problems)
    for a in arts:
        if text(a) is None and not store.texts.path(a).exists():
            problems.append(f"article {a}: body missing ({store.texts.path(a)})")
    problems += quote_problems(store, data, arts, parts, text)
    problems += mention_problems(tables, arts, text)
    problems += identity_problems(tables, text)
    for d in (store.path.parent, store.texts.root, store.seg_root):
        if d.is_dir():
            stale = list(d.glob(TMP_PREFIX + "*"))
            if stale:
                problems.append(f"{d}: {len(stale)} stale temporary files (the next import removes them)")
    return problems


# -- identity invariants (issue 12): what cross-article resolution must never produce ----------
def identity_problems(tables: dict[str, list[dict]], text) -> list[str]:
    """Agreements whose joined reports contradict each other, and parties or signatories that
    none of an agreement's own articles names. `text(article_id)` returns a body or None."""
    problems: list[str] = []
    for r in tables.get("agreements", []):
        problems += agreement_contradictions(r)
        problems += foreign_parties(r, text)
    return problems


def agreement_contradictions(r: dict) -> list[str]:
    from store.resolve.batch import canonical_country
    reports = r.get("reports") or []
    parties = {frozenset(canonical_country(p) for p in x.get("parties") or []) for x in reports} - {frozenset()}
    dates = {x.get("date") for x in reports} - {None}
    label = f"agreement {r.get('id')} ({r.get('name')!r})"
    out = []
    if len(parties) > 1:
        out.append(f"{label}: its articles report different parties "
                   + " / ".join(", ".join(sorted(p)) for p in sorted(parties, key=sorted)))
    if len(dates) > 1:
        out.append(f"{label}: its articles report different dates {', '.join(sorted(dates))}")
    return out


def foreign_parties(r: dict, text) -> list[str]:
    """Each party and signatory must be named in one of the agreement's own articles."""
    from store.extract.countries import country_forms, country_of
    bodies = [b for b in (text(a) for a in dict.fromkeys(m["article_id"] for m in r.get("mentions", []))) if b]
    if not bodies:
        return []
    folded = [b.casefold() for b in bodies]
    out = []
    for kind, names in (("party", r.get("parties") or []), ("signatory", r.get("signatories") or [])):
        for n in names:
            if any(n.casefold() in f for f in folded):
                continue
            if country_of(n):
                # a country is named by any of its names, short forms or demonyms ("UK",
                # "British"): the forms the extractor reads countries by, searched as text
                forms = [x.casefold() for x in country_forms(country_of(n))]
                if any(x in f for x in forms for f in folded):
                    continue
            elif kind == "signatory" and n.split() and any(n.split()[-1].casefold() in f for f in folded):
                continue
            out.append(f"agreement {r.get('id')} ({r.get('name')!r}): {kind} {n!r} is named in none of its articles")
    return out
