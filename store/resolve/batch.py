"""Resolve one batch: the records extracted from new articles plus the records already stored
become the merged records the database writes, with the reason for every merge.

Pure apart from the syndication sketches it is handed (which it extends): no file is read or
written here; `store.db.database.Store` persists what this returns.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from store.extract.countries import country_of
from store.records import Agreement, Article, Extraction, Participant, Quote
from store.resolve.agreements import AgreementIndex, resolve_article_agreements
from store.resolve.names import not_a_person
from store.resolve.participants import ParticipantIndex


@dataclass(slots=True)
class Merge:
    """Why two records became one: what was joined into what, in which article, by which rule."""
    kind: str            # participant | agreement | article
    into: str
    joined: str
    article_id: str
    why: str


@dataclass(slots=True)
class Stored:
    """The store's current records, as resolution needs them."""
    article_ids: set[str]
    originals: set[str]                       # stored articles that are not syndicated copies
    sources: dict[str, list[str]]             # article id -> its sources (originals only)
    participants: list[Participant]
    agreements: list[Agreement]


@dataclass(slots=True)
class Resolution:
    articles: list[Article] = field(default_factory=list)      # new, in order; copies marked
    sources_changed: set[str] = field(default_factory=set)     # stored originals given a source
    participants: ParticipantIndex | None = None
    agreements: AgreementIndex | None = None
    quotes: list[Quote] = field(default_factory=list)          # new quotes, speakers resolved
    merges: list[Merge] = field(default_factory=list)
    dropped: list[tuple[str, str, str]] = field(default_factory=list)   # (article, name, why)
    skipped: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    n_participants: int = 0
    n_quotes: int = 0
    n_agreements: int = 0


def canonical_country(name: str | None) -> str | None:
    """One name per state throughout the store ("Viet Nam" -> "Vietnam")."""
    return (country_of(name) or name) if name else name


def _canonical_countries(ex: Extraction) -> None:
    for p in ex.participants:
        p.country = canonical_country(p.country)
        if p.kind == "country":
            p.name = canonical_country(p.name)
    for g in ex.agreements:
        g.parties = list(dict.fromkeys(canonical_country(x) for x in g.parties))


def _drop_junk_people(ex: Extraction, res: Resolution) -> None:
    """No participant whose name is a place, a region, a newspaper, an agreement word or a
    common noun; a quote given to one keeps no speaker (a blank beats a wrong one), and no
    suggestion of one."""
    junk: dict[str, str] = {}
    junk_names: dict[str, str] = {}
    kept = []
    for p in ex.participants:
        why = not_a_person(p.name, ex.article.text) if p.kind == "person" else None
        if why:
            junk[p.id] = junk_names[p.name] = why
            res.dropped.append((ex.article.id, p.name, why))
        else:
            kept.append(p)
    ex.participants = kept
    for q in ex.quotes:
        if q.speaker_id in junk:
            q.rule += f"; speaker dropped: {q.speaker!r} is {junk[q.speaker_id]}"
            q.speaker = q.speaker_id = None
        if q.suggested_speaker in junk_names:
            # nobody to accept: the analyst is not asked to confirm a place or a common noun
            q.rule += f"; suggestion dropped: {q.suggested_speaker!r} is {junk_names[q.suggested_speaker]}"
            q.suggested_speaker = None


def _syndicated(ex: Extraction, stored: Stored, res: Resolution, sketches, new_by_id: dict[str, Article]) -> bool:
    """A copy of an earlier article: stored and linked, its records not counted a second time."""
    from store.resolve.syndication import signature
    art = ex.article
    sig = signature(art.text)
    hit = sketches.find(sig, stored.originals)
    sketches.add(art.id, sig)
    if hit is None:
        return False
    first = hit[0]
    art.duplicate_of = first
    target = new_by_id[first].sources if first in new_by_id else stored.sources.setdefault(first, [])
    for src in art.sources or [art.source]:
        if src not in target:
            target.append(src)
    if first not in new_by_id:
        res.sources_changed.add(first)
    res.merges.append(Merge("article", first, art.id, art.id, "syndicated_copy"))
    res.duplicates.append(art.id)
    return True


def _resolve_people(ex: Extraction, index: ParticipantIndex, res: Resolution) -> None:
    aid = ex.article.id
    remap: dict[str, Participant] = {}
    for p in ex.participants:
        local_id = p.id
        into, why = index.add_or_merge(p)
        remap[local_id] = into
        if why:
            res.merges.append(Merge("participant", into.id, local_id, aid, why))
    for q in ex.quotes:
        if q.speaker_id and q.speaker_id in remap:
            # one identity across articles: the quote names the participant's canonical name
            who = remap[q.speaker_id]
            q.speaker_id, q.speaker = who.id, who.name
        res.quotes.append(q)


def resolve_batch(extractions: list[Extraction], stored: Stored, sketches, now: str,
                  people: ParticipantIndex | None = None, agreements: AgreementIndex | None = None) -> Resolution:
    """Merge a batch's extractions into the stored records; see the module docstring.
    `people`, `agreements`: the stored records already indexed (indexes kept from the previous
    batch and rebased), instead of indexing `stored.participants` and `stored.agreements`;
    they are extended in place."""
    res = Resolution(participants=people if people is not None else ParticipantIndex(stored.participants),
                     agreements=agreements if agreements is not None else AgreementIndex(stored.agreements))
    known = set(stored.article_ids)
    stored = Stored(stored.article_ids, set(stored.originals), stored.sources,
                    stored.participants, stored.agreements)
    new_by_id: dict[str, Article] = {}
    for ex in extractions:
        art = ex.article
        if art.id in known:
            res.skipped.append(art.id)
            continue
        known.add(art.id)
        art.imported_at = now
        res.articles.append(art)
        copy = _syndicated(ex, stored, res, sketches, new_by_id)
        new_by_id[art.id] = art
        if copy:
            continue
        stored.originals.add(art.id)
        _canonical_countries(ex)
        _drop_junk_people(ex, res)
        _resolve_people(ex, res.participants, res)
        states = {p.name for p in ex.participants if p.kind == "country"}
        for into, joined, why in resolve_article_agreements(res.agreements, ex.agreements, art.id, states):
            res.merges.append(Merge("agreement", into, joined, art.id, why))
        res.n_quotes += len(ex.quotes)
        res.n_agreements += len(ex.agreements)
        res.n_participants += len(ex.participants)
    return res
