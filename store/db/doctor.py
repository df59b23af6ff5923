"""`parley doctor`: check a store and report each problem in one line."""
from __future__ import annotations

from store.db.database import SCHEMA_VERSION, Store, StoreError
from store.db.storage import TMP_PREFIX


def check(store: Store) -> list[str]:
    problems: list[str] = []
    if not store.path.exists():
        return [f"{store.path}: no store"]
    try:
        data = store._read()
    except StoreError as exc:
        return [str(exc)]
    schema = store.schema_of(data)
    if schema != SCHEMA_VERSION:
        problems.append(f"schema {schema}, expected {SCHEMA_VERSION} (opening it with parley migrates it)")
    tables = {t: list((data.get(t) or {}).values()) for t in ("articles", "participants", "quotes", "agreements")}
    for t, rows in tables.items():
        ids = [r.get("id") for r in rows]
        if len(ids) != len(set(ids)):
            problems.append(f"{t}: {len(ids) - len(set(ids))} duplicate ids")
    arts = {r["id"] for r in tables["articles"]}
    parts = {r["id"] for r in tables["participants"]}
    texts: dict[str, str | None] = {}

    def text(aid: str) -> str | None:
        if aid not in texts:
            texts[aid] = store.article_text(aid)
        return texts[aid]

    for a in arts:
        if text(a) is None:
            problems.append(f"article {a}: body missing ({store.texts.path(a)})")
    for q in tables["quotes"]:
        aid = q.get("article_id")
        if aid not in arts:
            problems.append(f"quote {q['id']}: article {aid} does not exist")
            continue
        if q.get("speaker_id") and q["speaker_id"] not in parts:
            problems.append(f"quote {q['id']}: speaker {q['speaker_id']} does not exist")
        body = text(aid)
        if body is not None:
            s, e = q.get("start", -1), q.get("end", -1)
            if not (0 <= s <= e <= len(body)):
                problems.append(f"quote {q['id']}: offsets {s}-{e} outside article {aid} ({len(body)} chars)")
            elif body[s:e] != q.get("text"):
                problems.append(f"quote {q['id']}: text differs from article {aid} at {s}-{e}")
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
    for d in (store.path.parent, store.texts.root):
        if d.is_dir():
            stale = list(d.glob(TMP_PREFIX + "*"))
            if stale:
                problems.append(f"{d}: {len(stale)} stale temporary files (the next import removes them)")
    return problems
