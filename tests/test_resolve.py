"""Resolution across articles, on articles written for these tests (names invented): agreements
join on evidence, people join on their names, junk never becomes a person, ids stay unique and
undoing a merge restores the store the same imports build without it."""
from __future__ import annotations

import pytest

import store.resolve.participants as participants_mod
from store.importer import import_raws
from store.db.corrections import add_correction, undo_correction
from store.db.database import Store
from store.db.doctor import check
from store.ingest.reader import RawArticle
from store.records import Agreement, Article, Extraction, Mention, Participant, Quote
from store.resolve.agreements import AgreementIndex, contradiction, is_proper, resolve_article_agreements
from store.resolve.batch import Stored, resolve_batch
from store.resolve.names import not_a_person
from store.resolve.participants import ParticipantIndex, why_same_person


def _raw(text: str, source: str) -> RawArticle:
    return RawArticle(text=text, source=source)


def _articles_of(g) -> set[str]:
    return {m.article_id for m in g.mentions}


class _NoSketches:
    """Syndication is not under test here: no article is a copy."""

    def find(self, sig, originals):
        return None

    def add(self, aid, sig):
        pass


def _resolve(extractions, stored_participants=(), stored_agreements=()):
    stored = Stored(set(), set(), {}, list(stored_participants), list(stored_agreements))
    import store.resolve.batch as batch_mod
    real = batch_mod._syndicated
    batch_mod._syndicated = lambda ex, st, res, sk, new: False
    try:
        return resolve_batch(extractions, stored, _NoSketches(), "2025-01-01T00:00:00")
    finally:
        batch_mod._syndicated = real


def _agreement(aid: str, name: str, parties=(), date=None, kind=None, aliases=()) -> Agreement:
    return Agreement(id=f"{aid}-{name}", name=name, parties=list(parties), date=date, kind=kind,
                     aliases=list(aliases), mentions=[Mention(aid, 0, 5)], rule="test")


# -- agreements -------------------------------------------------------------------------------
def test_same_generic_name_in_two_articles_stays_two_agreements(tmp_path):
    db = Store(tmp_path / "s.json")
    import_raws(db, [
        _raw("Oslo, 4 March 2025\n\nNorwegian Defence Minister Petra Voss and Danish Defence Minister "
             "Lars Holm signed a joint statement in Oslo on Tuesday, pledging closer naval cooperation. "
             "\"This is a good day for the North,\" Voss said.", "a"),
        _raw("Lima, 7 March 2025\n\nChilean Foreign Minister Ana Ruiz and Peruvian Foreign Minister "
             "Tomas Vidal signed a joint statement in Lima on Friday on fisheries. "
             "\"We share one ocean,\" Ruiz said.", "b"),
    ])
    snap = db.snapshot()
    statements = [g for g in snap.agreements if "statement" in g.name.casefold()]
    assert len(statements) == 2
    assert all(len(_articles_of(g)) == 1 for g in statements)
    assert {frozenset(g.parties) for g in statements} == {frozenset({"Norway", "Denmark"}),
                                                            frozenset({"Chile", "Peru"})}
    assert check(db) == []


def test_generic_names_never_join_on_the_name_alone():
    a = _agreement("a1", "Memorandum of Understanding", kind="memorandum of understanding")
    b = _agreement("a2", "Memorandum of Understanding", kind="memorandum of understanding")
    for name in ("Joint Statement", "MoU", "declaration", "peace deal", "ceasefire",
                 "defence cooperation agreement", "Norway-Chile Defence Framework"):
        assert not is_proper(name), name
    index = AgreementIndex([a])
    resolve_article_agreements(index, [b], "a2")
    assert len(index.items) == 2


def test_one_agreement_reported_by_two_outlets_is_one_with_two_mentions(tmp_path):
    db = Store(tmp_path / "s.json")
    import_raws(db, [
        _raw("Oslo, 4 March 2025\n\nNorway and Denmark signed the Skagerrak Harbour Security Accord on "
             "Tuesday in Oslo. Defence Minister Petra Voss signed for Norway and Defence Minister Lars "
             "Holm for Denmark.", "outlet-a"),
        _raw("Copenhagen, 5 March 2025\n\nDenmark and Norway on Tuesday signed the Skagerrak Harbour "
             "Security Accord, Danish Defence Minister Lars Holm said. \"Our ports are safer today,\" "
             "Holm said.", "outlet-b"),
    ])
    accords = [g for g in db.snapshot().agreements if "Skagerrak" in g.name]
    assert len(accords) == 1
    assert len(_articles_of(accords[0])) == 2
    assert [r["why"] for r in accords[0].reports] == ["extracted", "same_proper_name"]
    assert set(accords[0].parties) == {"Norway", "Denmark"}


def test_same_parties_date_and_kind_join_without_a_shared_name():
    a = _agreement("a1", "memorandum of understanding", ["Norway", "Denmark"], "2025-03-04",
                   "memorandum of understanding")
    b = _agreement("a2", "MoU", ["Denmark", "Norway"], "2025-03-04", "mou")
    index = AgreementIndex([a])
    merges = resolve_article_agreements(index, [b], "a2")
    assert len(index.items) == 1 and merges[0][2] == "same_parties_date_kind"
    assert _articles_of(index.items[0]) == {"a1", "a2"}


def test_two_such_instruments_in_one_article_are_not_guessed_between():
    a = _agreement("a1", "memorandum of understanding", ["Norway", "Denmark"], "2025-03-04", "mou")
    b1 = _agreement("a2", "MoU on ports", ["Denmark", "Norway"], "2025-03-04", "mou")
    b2 = _agreement("a2", "MoU on pilots", ["Denmark", "Norway"], "2025-03-04", "mou")
    index = AgreementIndex([a])
    resolve_article_agreements(index, [b1, b2], "a2")
    assert len(index.items) == 3


@pytest.mark.parametrize("other", [
    dict(parties=["Japan", "Philippines"]),          # same proper name, other parties
    dict(parties=["Japan", "United Kingdom"], date="2024-07-09"),   # same parties, other date
])
def test_a_proper_name_with_contradicting_parties_or_date_is_another_agreement(other):
    a = _agreement("a1", "Harbour Access Agreement", ["United Kingdom", "Japan"], "2023-01-11")
    b = _agreement("a2", "Harbour Access Agreement", **other)
    assert contradiction(a, b)
    index = AgreementIndex([a])
    resolve_article_agreements(index, [b], "a2")
    assert len(index.items) == 2
    assert index.items[0].parties == ["United Kingdom", "Japan"]    # nothing travels


def test_within_one_article_the_mou_and_its_acronym_are_one_two_mous_stay_two():
    full = _agreement("a1", "Memorandum of Understanding", ["India", "Norway"], kind="mou")
    short = _agreement("a1", "MoU", ["Norway", "India"], kind="mou")
    index = AgreementIndex([])
    resolve_article_agreements(index, [full, short], "a1")
    assert len(index.items) == 1 and "MoU" in index.items[0].aliases
    one = _agreement("a2", "MoU on pilots", ["India", "Norway"], kind="mou", aliases=["MoU"])
    two = _agreement("a2", "MoU on ports", ["India", "Norway"], kind="mou", aliases=["MoU"])
    resolve_article_agreements(index, [one, two], "a2")
    assert len(index.items) == 3


# -- people -----------------------------------------------------------------------------------
@pytest.mark.parametrize("a,b,why", [
    ("Dmytro Zavalny", "Dmytro Zavalnyy", "surname_spelling_variant"),
    ("Tanaka Hiroko", "Hiroko Tanaka", "family_name_first"),
    ("Petra Voss", "Petra Voss", "same_full_name"),
])
def test_name_variants_are_one_person(a, b, why):
    assert why_same_person(a, b) == why


@pytest.mark.parametrize("a,b", [("Karl Berg", "Anna Berg"), ("Lee Min-ho", "Lee Min-jun"),
                                 ("Jon Smith", "Jon Smyth")])
def test_people_sharing_a_surname_stay_two(a, b):
    assert why_same_person(a, b) is None


def test_name_variants_merge_across_articles(tmp_path):
    db = Store(tmp_path / "s.json")
    import_raws(db, [
        _raw("Kyiv, 2 May 2025\n\nUkrainian Foreign Minister Dmytro Zavalnyy met his Polish counterpart. "
             "\"We need air defence,\" Zavalnyy said.", "a"),
        _raw("Warsaw, 3 May 2025\n\nUkraine's Foreign Minister Dmytro Zavalny arrived in Warsaw. "
             "\"Winter is coming,\" Dmytro Zavalny told reporters.", "b"),
        _raw("Tokyo, 2 May 2025\n\nJapanese Foreign Minister Tanaka Hiroko met her Australian "
             "counterpart. \"The Pacific must stay open,\" Tanaka Hiroko said.", "c"),
        _raw("Canberra, 3 May 2025\n\nJapan's Foreign Minister Hiroko Tanaka arrived in Canberra. "
             "\"We are partners,\" Hiroko Tanaka said.", "d"),
    ])
    snap = db.snapshot()
    people = [p for p in snap.participants if p.kind == "person"]
    assert len(people) == 2, [(p.name, p.aliases) for p in people]
    for p in people:
        assert len(_articles_of(p)) == 2
        assert "joined:" in p.rule
    speakers = {q.speaker_id for q in snap.quotes}
    assert speakers == {p.id for p in people}


@pytest.mark.parametrize("junk", ["Times", "Visit", "MoU", "Africa", "Baltic", "Viet Nam", "Seoul",
                                  "Joint Statement", "Reuters"])
def test_junk_words_never_become_persons(junk):
    text = f'"We are ready," {junk} said after the visit to the port.'
    aid = "art-junk"
    p = Participant(id="p1", name=junk, kind="person", mentions=[Mention(aid, 12, 12 + len(junk))], rule="t")
    q = Quote(id="q1", article_id=aid, text='"We are ready,"', start=0, end=15, speaker=junk, speaker_id="p1")
    ex = Extraction(Article(id=aid, text=text, source="t"), [p], [q], [])
    res = _resolve([ex])
    assert res.participants.items == []
    assert res.quotes[0].speaker is None and res.quotes[0].speaker_id is None
    assert "speaker dropped" in res.quotes[0].rule
    assert not_a_person(junk)


def test_a_common_noun_of_its_own_article_is_no_person_but_a_surname_is():
    assert not_a_person("Harbour", "Harbour officials met. The harbour was closed.")
    assert not_a_person("Zealand", "New Zealand and Fiji signed.")
    assert not_a_person("Voss", "Voss said the harbour was closed.") is None
    assert not_a_person("Petra Voss") is None


def test_two_different_people_of_one_name_get_two_ids(tmp_path):
    db = Store(tmp_path / "s.json")
    import_raws(db, [
        _raw("Defence Minister Petra Voss of Norway spoke in Oslo. \"We are ready,\" Voss said.", "a"),
        _raw("Swedish Ambassador Petra Voss spoke in Santiago. \"Trade is growing,\" Voss said.", "b"),
    ])
    snap = db.snapshot()
    voss = [p for p in snap.participants if p.name == "Petra Voss"]
    assert len(voss) == 2
    assert len({p.id for p in voss}) == 2
    assert {p.country for p in voss} == {"Norway", "Sweden"}
    by_article = {q.article_id: q.speaker_id for q in snap.quotes}
    assert len(set(by_article.values())) == 2
    assert check(db) == []
    # each can be corrected by its id
    add_correction(db, "retitle", voss[0].id, "Minister of Defence")
    assert {p.title for p in Store(db.path).snapshot().participants if p.id == voss[0].id} == {"Minister of Defence"}


def test_resolution_looks_only_at_indexed_candidates(monkeypatch):
    """Linear import: a new person is compared with the few people whose names share a word,
    a sorted name or a surname prefix, never with everybody in the store."""
    crowd = [Participant(id=f"p{i}", name=f"Given{i} Family{i}", kind="person") for i in range(2000)]
    index = ParticipantIndex(crowd)
    calls = []
    real = participants_mod.why_same_person
    monkeypatch.setattr(participants_mod, "why_same_person", lambda a, b: (calls.append(1), real(a, b))[1])
    index.add_or_merge(Participant(id="x", name="Petra Voss", kind="person"))
    index.add_or_merge(Participant(id="y", name="Given7 Family7", kind="person"))
    assert len(calls) <= 10
    assert len(index.items) == 2001


# -- corrections ------------------------------------------------------------------------------
_A1 = 'Oslo, 4 March 2025\n\nDefence Minister Karl Berg of Norway spoke. "We are ready," Berg said.'
_A2 = 'Stockholm, 5 March 2025\n\nForeign Minister Anna Lind of Sweden spoke. "Markets are open," Lind said.'
_A3 = ('Riga, 9 March 2025\n\nSwedish Foreign Minister Anna Lind arrived in Riga. "The Baltic is calm," '
       'Anna Lind said.')


def _state(path):
    snap = Store(path).snapshot()
    parts = sorted((p.id, p.name, p.kind, tuple(sorted(p.aliases)), p.title, p.country,
                    tuple(sorted((m.article_id, m.start, m.end) for m in p.mentions))) for p in snap.participants)
    quotes = sorted((q.id, q.speaker, q.speaker_id) for q in snap.quotes)
    return parts, quotes


def test_undoing_a_merge_after_a_later_import_restores_the_state_without_it(tmp_path):
    plain = Store(tmp_path / "plain.json")
    import_raws(plain, [_raw(_A1, "a1"), _raw(_A2, "a2")])
    import_raws(plain, [_raw(_A3, "a3")])

    db = Store(tmp_path / "s.json")
    import_raws(db, [_raw(_A1, "a1"), _raw(_A2, "a2")])
    c = add_correction(db, "merge", "Karl Berg", "Anna Lind")      # a wrong merge ...
    import_raws(db, [_raw(_A3, "a3")])                          # ... then a later import
    merged = _state(db.path)
    assert not any(p[1] == "Anna Lind" for p in merged[0])
    undo_correction(db, c["id"])
    assert _state(db.path) == _state(plain.path)
    assert check(db) == []


# -- doctor -----------------------------------------------------------------------------------
def test_doctor_names_contradicting_reports_and_parties_from_elsewhere(tmp_path):
    import json
    db = Store(tmp_path / "s.json")
    import_raws(db, [
        _raw("Oslo, 4 March 2025\n\nNorway and Denmark signed the Skagerrak Harbour Security Accord on "
             "Tuesday in Oslo. Defence Minister Petra Voss signed for Norway.", "a"),
    ])
    assert check(db) == []
    data = json.loads(db.path.read_text())
    (key, rec), = [(k, r) for k, r in data["agreements"].items() if "Skagerrak" in r["name"]]
    rec["parties"].append("Ghana")
    rec["signatories"].append("Quentin Marlowe")
    rec["reports"][0]["date"] = "2025-03-04"
    rec["reports"].append(dict(rec["reports"][0], parties=["Norway", "Chile"], date="2020-01-01"))
    data["participants"]["9999"] = dict(next(iter(data["participants"].values())))
    db.path.write_text(json.dumps(data))
    problems = "\n".join(check(db))
    assert "different parties" in problems and "different dates" in problems
    assert "party 'Ghana' is named in none of its articles" in problems
    assert "signatory 'Quentin Marlowe'" in problems
    assert "participants: 1 duplicate ids" in problems


def test_two_mous_of_one_article_with_one_name_keep_two_ids():
    one = _agreement("a1", "MoU", ["India", "Norway"], kind="mou")
    two = _agreement("a1", "MoU", ["India", "Chile"], kind="mou")
    two.id = one.id                                 # the extractor names ids after names
    index = AgreementIndex([])
    resolve_article_agreements(index, [one, two], "a1")
    assert len(index.items) == 2 and index.items[0].id != index.items[1].id


def test_a_report_without_parties_joins_only_a_record_whose_states_its_article_names():
    uk_japan = _agreement("a1", "Harbour Access Agreement", ["United Kingdom", "Japan"])
    index = AgreementIndex([uk_japan])
    again = _agreement("a3", "Harbour Access Agreement")
    resolve_article_agreements(index, [again], "a3", {"Japan", "United Kingdom"})
    assert len(index.items) == 1 and _articles_of(index.items[0]) == {"a1", "a3"}
    bare = _agreement("a2", "Harbour Access Agreement")
    resolve_article_agreements(index, [bare], "a2", {"Japan", "Philippines"})
    assert len(index.items) == 2 and _articles_of(index.items[1]) == {"a2"}


def test_undoing_a_merge_keeps_a_later_rename_of_the_kept_person(tmp_path):
    db = Store(tmp_path / "s.json")
    import_raws(db, [_raw(_A1, "a1"), _raw(_A2, "a2")])
    merge = add_correction(db, "merge", "Karl Berg", "Anna Lind")
    add_correction(db, "rename", "Karl Berg", "Karl J. Berg")
    undo_correction(db, merge["id"])
    names = {p.name for p in Store(db.path).snapshot().participants if p.kind == "person"}
    assert names == {"Karl J. Berg", "Anna Lind"}
    assert check(db) == []


# -- countries --------------------------------------------------------------------------------
def test_one_canonical_name_per_state_throughout_the_store(tmp_path):
    db = Store(tmp_path / "s.json")
    import_raws(db, [
        _raw("Hanoi, 4 March 2025\n\nViet Nam and the Czech Republic signed a memorandum of understanding "
             "on Tuesday. Vietnamese Defence Minister Tran Van Loc said DR Congo would join later.", "a"),
        _raw("Prague, 5 March 2025\n\nCzechia and Vietnam signed a memorandum of understanding on Tuesday, "
             "Czech Defence Minister Jana Kralova said.", "b"),
    ])
    snap = db.snapshot()
    countries = sorted(p.name for p in snap.participants if p.kind == "country")
    assert countries == ["Czechia", "Democratic Republic of the Congo", "Vietnam"]
    named = {p.country for p in snap.participants if p.country} | {x for g in snap.agreements for x in g.parties}
    assert named <= {"Czechia", "Vietnam", "Democratic Republic of the Congo"}
