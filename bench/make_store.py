#!/usr/bin/env python3
"""Generate a parley store of N synthetic articles, records written directly (no extraction),
shaped like real imports: per article ~5 participants drawn from a shared pool, 8 quotes of
~300 characters, 0.3 agreements, and a ~3 KB body beside the store (in packs of 200, as an
import writes them), with the dedup sketches and the counts an import keeps.

    python bench/make_store.py 10000 /tmp/parley-10k.json
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "tests"))   # the synthetic article generator the tests use too

import synth  # noqa: E402

from store.db import segments  # noqa: E402
from store.db.database import SCHEMA_VERSION, TextStore  # noqa: E402
from store.db.storage import atomic_write, with_meta_first  # noqa: E402
from store.resolve.syndication import Sketches, signature  # noqa: E402
from store.records import content_id  # noqa: E402

WORDS = ["security", "cooperation", "region", "partners", "trade", "defence", "talks", "agreement",
         "patrols", "border", "ministers", "capital", "summit", "treaty", "exercises", "navy",
         "army", "support", "stability", "dialogue", "investment", "energy", "maritime", "cyber",
         "envoy", "framework", "relations", "sanctions", "reform"]


def make(n: int, path: Path, seed: int = 1) -> Path:
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    texts = TextStore(path.with_name(path.name + ".texts"))
    texts.root.mkdir(parents=True, exist_ok=True)
    sk = Sketches(path.with_name(path.name + ".sketches"), write=atomic_write)
    pool_size = max(50, n // 2)
    pool = []
    for i in range(pool_size):
        first, last = synth._name(rng)
        country, _dem = rng.choice(synth.COUNTRIES)
        pid = content_id("person", f"{first} {last} {i}")
        pool.append({"id": pid, "name": f"{first} {last}", "kind": "person",
                     "title": rng.choice(synth.OFFICES), "country": country,
                     "aliases": [last], "handles": [], "mentions": [], "rule": "title_name"})
    countries = {c: {"id": content_id("country", c), "name": c, "kind": "country", "title": None,
                     "country": None, "aliases": [], "handles": [], "mentions": [],
                     "rule": "country_name_or_demonym"} for c, _ in synth.COUNTRIES}
    articles, quotes, agreements = {}, {}, {}
    qn = an = 0
    for i in range(n):
        body = " ".join(rng.choice(WORDS) for _ in range(480)) + f" {i}"
        aid = content_id("article", body)
        texts.put(aid, body)
        sk.add(aid, signature(body))
        if len(texts._pending) >= 200:
            texts.sync()                  # one pack per 200 bodies, as an import writes them
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        articles[str(i + 1)] = {"id": aid, "source": f"synthetic/{i:06d}.txt", "title": f"Talks {i}",
                                "date": day, "url": None, "format": "text", "sources": [],
                                "duplicate_of": None, "imported_at": None}
        people = rng.sample(pool, 5)
        for p in people:
            p["mentions"].append({"article_id": aid, "start": 0, "end": 10})
        for c in rng.sample(list(countries.values()), 2):
            c["mentions"].append({"article_id": aid, "start": 0, "end": 5})
        for k in range(8):
            sp = rng.choice(people)
            start = k * 320
            text = body[start:start + 300]
            qn += 1
            quotes[str(qn)] = {"id": content_id("quote", aid, start), "article_id": aid, "text": text,
                               "start": start, "end": start + 300, "speaker": sp["name"],
                               "speaker_id": sp["id"], "kind": "direct", "via": None,
                               "rule": "double_quote/direct; speaker:after_quote:said:name",
                               "same_as": None, "rejected": False, "corrected": None}
        if rng.random() < 0.3:
            an += 1
            a, b = people[0], people[1]
            agreements[str(an)] = {"id": content_id("agreement", aid), "name": f"{rng.choice(synth.TOPICS)} Agreement {an}",
                                   "status": "signed", "aliases": [], "parties": [a["country"], b["country"]],
                                   "signatories": [a["name"], b["name"]], "date": day,
                                   "place": rng.choice(synth.CITIES), "duration_years": 5.0, "scope": [],
                                   "kind": "agreement", "mentions": [{"article_id": aid, "start": 0, "end": 20}],
                                   "rule": "agreement_noun:named:signed", "rejected": False}
    parts = {str(i + 1): p for i, p in enumerate(pool + list(countries.values()))}
    # the quotes in segment files, as an import writes them (store/db/segments.py)
    root = segments.folder(path)
    root.mkdir(parents=True, exist_ok=True)
    named = [segments.write(root, rows) for rows in segments.place(None, list(quotes.values()))]
    segments.sync_folder(root)
    data = {"articles": articles, "participants": parts, "agreements": agreements,
            "corrections": {}, "meta": {"1": {"schema": SCHEMA_VERSION, "synthetic": n, "segments": named}}}
    texts.sync()
    sk.save()
    path.write_bytes(orjson.dumps(with_meta_first(data)))
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", type=int)
    ap.add_argument("path", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    t0 = time.perf_counter()
    make(args.articles, args.path, args.seed)
    size = args.path.stat().st_size
    print(f"{args.path}: {args.articles} articles, {size / 1e6:.1f} MB (+ bodies beside it) "
          f"in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
