"""A small invented store for the finding and timeline tests: records written directly (no
extraction), so each test knows exactly which record should match. Names are invented."""
from __future__ import annotations

from pathlib import Path

import orjson

from store.db.database import SCHEMA_VERSION, Store
from store.records import Agreement, Article, Mention, Participant, Quote, to_dict

ARTICLES = [
    # id, title, date
    ("a1", "Envoy warns council over shipping lanes", "2025-10-14"),
    ("a2", "Harbour talks open in Kochi", "2025-10-02"),
    ("a3", "Grain corridor review", "2025-09-20"),
    ("a4", "Coastal drills announced", "2025-11-05"),
    ("a5", "Undated commentary on alliances", None),
]
PEOPLE = [
    # id, name, kind, title, country
    ("p1", "Petra Voss", "person", "Ambassador", "Russia"),
    ("p2", "Jon Hale", "person", "Foreign Secretary", "United Kingdom"),
    ("p3", "Olena Marchuk", "person", "Defence Minister", "Ukraine"),
    ("p4", "Dana Price", "person", "Secretary of State", "United States"),
    ("p5", "Ravi Menon", "person", "External Affairs Minister", "India"),
    ("c1", "Russia", "country", None, None),
    ("c2", "United Kingdom", "country", None, None),
    ("c3", "Ukraine", "country", None, None),
    ("c4", "United States", "country", None, None),
    ("c5", "India", "country", None, None),
]
QUOTES = [
    # id, article, speaker id, text
    ("q1", "a1", "p1", "The council must not look away from the straits."),
    ("q2", "a3", "p2", "We will keep the corridor open for every ship."),
    ("q3", "a3", "p3", "Our grain feeds millions and it will keep moving."),
    ("q4", "a2", "p4", "This harbour will welcome our sailors for a decade."),
    ("q5", "a2", "p5", "Kochi is ready to host the fleet."),
    ("q6", "a4", "p2", "The drills are defensive in nature."),
    ("q7", "a5", "p3", "Alliances are built in quiet years."),
]
AGREEMENTS = [
    # id, name, parties, signatories, date, article
    ("g1", "Harbour Access Pact", ["India", "United States"], ["Ravi Menon", "Dana Price"], "2025-10-02", "a2"),
    ("g2", "Grain Corridor Memorandum", ["Ukraine", "United Kingdom"], ["Olena Marchuk", "Jon Hale"], None, "a3"),
]


def records():
    arts = {aid: Article(aid, source=f"desk/{aid}.txt", title=title, date=day) for aid, title, day in ARTICLES}
    people = []
    for pid, name, kind, title, country in PEOPLE:
        mentions = [Mention(q[1], 0, 5) for q in QUOTES if q[2] == pid]
        people.append(Participant(pid, name, kind, title=title, country=country, mentions=mentions,
                                  rule="test"))
    names = {p[0]: p[1] for p in PEOPLE}
    quotes = [Quote(qid, aid, text, 10 * k, 10 * k + len(text), names[sid], sid, rule="test")
              for k, (qid, aid, sid, text) in enumerate(QUOTES)]
    ags = [Agreement(gid, name, parties=parties, signatories=sigs, date=day,
                     mentions=[Mention(aid, 0, 10)], rule="test")
           for gid, name, parties, sigs, day, aid in AGREEMENTS]
    return arts, people, quotes, ags


def write_store(path: Path) -> Path:
    """The records as a store file in TinyDB's layout ({table: {doc id: document}})."""
    arts, people, quotes, ags = records()

    def table(rows):
        return {str(i + 1): to_dict(r) for i, r in enumerate(rows)}

    art_rows = []
    for a in arts.values():
        d = to_dict(a)
        d.pop("text", None)
        art_rows.append(d)
    data = {"articles": {str(i + 1): d for i, d in enumerate(art_rows)}, "participants": table(people),
            "quotes": table(quotes), "agreements": table(ags), "corrections": {},
            "meta": {"1": {"schema": SCHEMA_VERSION}}}
    path.write_bytes(orjson.dumps(data))
    texts = Store(path).texts
    texts.root.mkdir(parents=True, exist_ok=True)
    for aid, title, _day in ARTICLES:
        texts.put(aid, f"{title}. " + " ".join(q[3] for q in QUOTES if q[1] == aid))
    return path


def catalog(tmp_path: Path):
    from store.view.query import build_catalog
    return build_catalog(Store(write_store(tmp_path / "desk.json")).snapshot())
