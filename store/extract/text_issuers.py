"""The voice of an adopted text: a quote the article credits to "the declaration" or "the
document", with no issuer named beside it, speaks for the parties of the agreement that text
is: the bloc whose summit adopted its final declaration, the two states of a joint statement.

The agreement finder has already decided which text was adopted and by whom (one
implementation of parties); this reads which text a quote is credited to and lends the quote
that text's parties. Only a bloc alone or two states make a voice: a text of many states, or
one only proposed, speaks for nobody here.
"""
from __future__ import annotations

import re

from .countries import country_of, find_countries
from .document import Document
from .entities import Entity
from .joint_issuers import joint_text_name, pair_key_name
from .lexicon import SUMMIT_TEXT_NOUNS

_NOUNS = r"(?:document|declaration|statement|communiqu[eé]|text|release)"
_TEXT = r"\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>" + _NOUNS + r")"
_VERBS = (r"(?:says|said|reads|read|states|stated|adds|added|notes|noted|concludes|concluded|stresses|"
          r"stressed|urges|urged|calls|called|expresses|expressed|welcomes|welcomed|declares|declared)")
# 'The document says: "...' / 'the declaration also urged members to "...' / 'The Harbour
# Declaration, agreed by all members after long talks, says the plan is "...': the text's name
# (its own capitals allowed), an apposed clause, the verb
_BEFORE = re.compile(_TEXT + r"(?:,[^,\"“”.;]{3,120},|\s+(?:which|that)\s+[^\"“”.;]{3,220}?,)?\s+(?:also\s+|further\s+)?" + _VERBS
                     + r"\b[^\"“”]{0,80}$", re.IGNORECASE)
# '"...," the document says.'
_AFTER = re.compile(r"[\s,]*" + _TEXT[2:] + r"\s+(?:also\s+)?" + _VERBS + r"\b", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording\s+to\s+" + _TEXT[2:] + r"\b", re.IGNORECASE)


def text_credited(text: str, lo: int, open_mark: int, after: int, hi: int) -> tuple[int, int, str] | None:
    """The span and noun of the text a quote is credited to in its sentence [lo, hi): the
    subject of a reporting verb right before the quote or right after it, or 'according to'."""
    m = _BEFORE.search(text, lo, open_mark) or _ACCORDING.search(text, after, hi) \
        or _AFTER.match(text, after, hi) or _ACCORDING.search(text, lo, open_mark)
    return (m.start("noun"), m.end("noun"), m.group("noun").lower()) if m else None


def _summit_text_of(surface: str) -> bool:
    return any(w in surface.lower() for w in ("declaration", "communiqu", "statement"))


def _agreement_of(doc: Document, ref: tuple[int, int, str], agreements: list):
    """The agreement the credited text is: one whose mention it is, else the nearest adopted
    text named before it within five sentences ("the document" stands for any text; another
    noun for a text called so)."""
    start, end, noun = ref
    for g in agreements:
        if any(m.start < end and start < m.end for m in g.mentions):
            return g
    lo = doc.sentences[max(0, doc.sentence_of(start) - 5)].start
    best, at = None, -1
    for g in agreements:
        for m in g.mentions:
            fits = noun in ("document", "text") or noun[:8] in doc.text[m.start:m.end].lower() or (
                noun in SUMMIT_TEXT_NOUNS and _summit_text_of(doc.text[m.start:m.end]) and len(agreements) <= 2)
            if lo <= m.start < start and m.start > at and fits:
                best, at = g, m.start
    return best


def _voice(parties: list[str]) -> tuple[str, ...] | None:
    """A bloc alone, or two distinct states; anything else is no single voice."""
    states = [country_of(p) for p in parties]
    if len(parties) == 1 and states[0] is None:
        return (parties[0],)
    if len(parties) == 2 and all(states) and states[0] != states[1]:
        return tuple(states)
    return None


def _speaker_for(voice: tuple[str, ...], orgs: list[Entity], pos: int, kind: str | None) -> Entity:
    """The article's own speaker for that voice when it has one (a joint issuer named in its
    words, the bloc as a body), else a new one."""
    for o in orgs:
        if len(voice) == 1 and (o.name == voice[0] or voice[0] in o.aliases):
            return o
        if len(voice) == 2 and o.rule.startswith("joint_issuer") and \
                {c.country for c in find_countries(o.name)} == set(voice):
            return o
    if len(voice) == 1:
        return Entity(30_000 + pos, "organisation", voice[0], rule="text_issuer")
    joint = (kind or "").lower().startswith("joint")
    ent = Entity(30_000 + pos, "organisation", joint_text_name(voice[0], voice[1], kind) if joint
                 else pair_key_name(voice), rule="text_issuer")
    ent.add_alias(pair_key_name(voice))
    return ent


def lend_text_issuers(doc: Document, found: list, agreements: list, orgs: list[Entity]) -> None:
    """Give each quote without a speaker that is credited to an adopted text the voice of that
    text's parties (in place)."""
    if not agreements:
        return
    text = doc.text
    for fq in found:
        if fq.speaker is not None or fq.span is None:
            continue
        q = fq.span
        close = q.close_mark if q.close_mark is not None else q.end
        s = doc.sentences[doc.sentence_of(q.open_mark)]
        hi = max(doc.sentences[doc.sentence_of(close)].end, close + 1)
        ref = text_credited(text, s.start, q.open_mark, close + 1, min(hi, close + 200))
        g = _agreement_of(doc, ref, agreements) if ref else None
        voice = _voice(g.record.parties) if g is not None and g.record.status == "signed" else None
        if voice is None:
            continue
        ent = _speaker_for(voice, orgs, ref[0], g.record.kind)
        if ent not in orgs:
            orgs.append(ent)
        fq.speaker, fq.rule, fq.confidence, fq.suggested = ent, "text_issuer", 0.8, None
        fq.evidence = (f"credited to '{text[ref[0]:ref[1]]}', the {g.record.name} adopted by "
                       f"{' and '.join(voice)}")
