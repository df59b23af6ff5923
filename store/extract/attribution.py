"""Who said it: resolve each quote's speaker by rules a reader uses, in order of strength.

1. the byline of an embedded post;
2. an attribution next to the closing mark (`," Berg said`, `," said the President`,
   `," she told reporters`), or at the end of the clause (`..., the ministry said.`);
3. an attribution before the opening mark (`Holm said: "`, `saying: "`);
4. the subject of a reporting verb in the quote's sentence (`Suh called it a "direct threat"`);
5. `according to X`;
6. continuation: the subject of the previous reporting sentence of the paragraph, the speaker
   of the quote just before (a paragraph that is all quote), or for a quoted heading the speaker
   of the quote that follows it.
Pronouns resolve to the last subject of matching gender outside quoted speech; definite
descriptions ("the President", "the ministry") to the participant holding that office or the
organisation named before. Every resolution records the rule that made it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .countries import country_of
from .document import Document
from .entities import Entity, name_key
from .lexicon import (ADDRESSEE_VERBS, KNOWN_ORGS, OFFICE_HEADS, ORG_HEADS, ORG_REFERENCE_HEADS,
                      PLACE_HEADS, PLATFORMS, PRONOUNS, SPEECH_PARTICLES, SPEECH_VERBS,
                      words_re)
from .mentions import Mention
from .posts import Post
from .quotes import QuoteSpan
from .scan import Ranges

_SAY = sorted(SPEECH_VERBS, key=len, reverse=True)
_SAY_RE = "(?:" + "|".join(re.escape(v) for v in _SAY) + ")"
_BEFORE_WINDOW = 240        # characters before a quote mark searched for `X said on Y:`
_AFTER_WINDOW = 400         # characters after a closing mark searched for `, the ministry said`
_REPORT_RE = "(?:" + "|".join(re.escape(v) for v, k in SPEECH_VERBS.items() if k == "say") + ")"
_ADVERB = r"(?:also|later|then|further|again|earlier|separately|recently|previously|once|had|has|have|was|is|were)"
_LEAD_ADVERBIAL = re.compile(
    r"^(?:At|In|On|After|Before|During|Meanwhile|However|Later|Earlier|Thereafter|Ahead of|Under|"
    r"With|Through|Since|As|Following|Despite|Amid|Speaking|Separately|But|And|Yet|Still|"
    r"Addressing|Asked|When|While|Earlier|Last|This|For|Now|Today|Yesterday|Moreover|Also|"
    r"Instead|Indeed|Then|Elsewhere|Besides|Additionally|Furthermore|Nevertheless)\b[^,]{0,90},\s*")
_DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40}(?::|\s[—–-]{1,2})\s+")
_PLATFORM_RE = re.compile(r"\b(?:on|via|in an?)\s+(X|Twitter|Facebook|Instagram|Telegram|Threads|"
                          r"LinkedIn|YouTube|Weibo|Truth Social|Bluesky|tweet|post)\b")
_ORG_REF_RE = words_re(ORG_REFERENCE_HEADS)
_STATEMENT = re.compile(r"(?:an?|the|in\s+an?)\s+(?:\w+\s+){0,2}?(?:statement|press release|release|"
                        r"communiqu[eé]|readout|post|tweet|note)\s+(?:by|from|issued\s+by|of)\s+",
                        re.IGNORECASE)


@dataclass(slots=True)
class Ref:
    kind: str            # entity | pronoun | role | org | none
    value: object        # entity id, pronoun, role head, org name
    end: int
    country: str | None = None


@dataclass(slots=True)
class Attribution:
    speaker: Entity | None
    rule: str
    via: str | None = None


def definite(seg: str):
    """A definite description at the start of seg: ('role'|'org', head, phrase, country, length).

    The head is the first office or organisation noun within four words of the article
    ("the FO spokesperson", "the Uzbek President", "the defence ministry"); a noun followed by
    another head noun is a modifier ("defence ministry")."""
    m = re.match(r"(?:the|The)\s+", seg)
    if not m:
        return None
    words = []
    last = m.end()
    for w in re.finditer(r"[A-Za-z][\w’'-]*", seg[m.end():]):
        s0 = m.end() + w.start()
        if words and seg[last:s0] != " ":
            break
        words.append((w.group(0), s0 + len(w.group(0))))
        last = s0 + len(w.group(0))
        if len(words) >= 5:
            break

    def head_kind(word: str) -> str | None:
        low = word.lower()
        if low.endswith(("’s", "'s")):
            return None
        if low in OFFICE_HEADS:
            return "role"
        if low in ORG_REFERENCE_HEADS or (word[:1].isupper() and low in ORG_HEADS):
            return "org"
        return None

    for i, (word, end) in enumerate(words):
        kind = head_kind(word)
        if kind is None:
            low = word.lower()
            if i >= 3 or low in SPEECH_VERBS or low in ("and", "of", "that", "who", "which", "to"):
                return None
            continue
        if i + 1 < len(words) and head_kind(words[i + 1][0]) is not None:
            continue
        mods = [w for w, _ in words[:i]]
        country = next((country_of(x) for x in mods if country_of(x)), None)
        return kind, word.lower(), " ".join(mods + [word]), country, end
    return None


class Resolver:
    def __init__(self, doc: Document, mentions: list[Mention], people: list[Entity],
                 quotes: list[QuoteSpan], posts: list[Post]):
        self.doc = doc
        self.text = doc.text
        self.people = people
        self.by_id = {e.id: e for e in people}
        self.mentions = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
        self.quotes = quotes
        self.posts = posts
        self.qranges = [(q.open_mark, (q.close_mark if q.close_mark is not None else q.end) + 1)
                        for q in quotes if q.reading == "speech"]
        self._qset = Ranges(self.qranges)       # bisected: a scan per position was quadratic
        self._found: dict[str, list[tuple[int, int]]] = {}   # pattern -> spans in the text
        self._starts: list[int] | None = None
        self.orgs: list[Entity] = []
        self.org_mentions: list[tuple[int, int, Entity]] = []
        self.speaker_at: dict[int, Entity] = {}     # sentence index -> speaker found there
        self._subject_cache: dict[int, Entity | None] = {}
        self._scan_orgs()
        self._infer_gender()

    # -- organisations ------------------------------------------------------------------
    def _in_quote(self, pos: int) -> bool:
        return pos in self._qset

    def org(self, phrase: str, pos: int, end: int, reference: bool) -> Entity | None:
        """The organisation a phrase names; a reference ("the ministry") joins the last
        organisation with the same head word, an acronym the name with those initials."""
        name = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.IGNORECASE).strip(" ,")
        if not name:
            return None
        key = name.lower()
        head = key.split()[-1]
        initials = None
        if re.fullmatch(r"[A-Z]{2,8}", name):
            initials = name
        for e in reversed(self.orgs):
            ek = e.name.lower()
            if ek == key or key in [a.lower() for a in e.aliases]:
                self._note(e, name, pos, end)
                return e
            if initials and "".join(w[0] for w in re.split(r"[\s-]+", e.name) if w[:1].isupper()) == initials:
                self._note(e, name, pos, end)
                return e
            if reference and ek.split()[-1] == head and len(key.split()) <= len(ek.split()):
                self._note(e, name, pos, end)
                return e
        for e in reversed(self.orgs):
            if re.fullmatch(r"[A-Z]{2,8}", e.name) and "".join(
                    w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper()) == e.name:
                e.add_alias(e.name)
                e.name = name
                self._note(e, name, pos, end)
                return e
        e = Entity(-(len(self.orgs) + 1), "organisation", name, rule="org_phrase")
        m = re.match(r"(.+?)['’]s\s", name)
        if m and country_of(m.group(1)) is None:
            pass
        elif m:
            e.country = country_of(m.group(1))
        for w in name.split():
            c = country_of(w)
            if c and not e.country:
                e.country = c
        self.orgs.append(e)
        self._note(e, name, pos, end)
        return e

    def _note(self, e: Entity, surface: str, pos: int, end: int) -> None:
        e.add_alias(surface)
        self.org_mentions.append((pos, end, e))
        e.mentions.append(Mention(pos, end, surface, "organisation"))

    def _scan_orgs(self) -> None:
        t = self.text
        pats = [
            # "Seoul's defense ministry"
            re.compile(r"\b((?!(?:The|A|An|This|That|Its|Their|His|Her|Our)\b)[A-Z][\w-]+(?:['’]s)?\s+"
                       r"(?:[a-z-]+\s+){0,2}(?:ministry|office|department|"
                       r"agency|government|embassy|army|navy|military|spokesperson's office))\b"),
            # "the foreign ministry": a lower-case reference with a modifier
            re.compile(r"\b[Tt]he\s+((?:[a-z][\w-]*\s+){1,2}(?:ministry|office|department|agency|"
                       r"government|embassy|army|navy|military))\b"),
            # "The Inter-Services Public Relations", "the ISPR", "The Foreign Office"
            re.compile(r"\b[Tt]he\s+((?:[A-Z][\w’'-]*\s+){0,5}[A-Z][\w’'-]*)"),
            # "Foreign Office", "Ministry of Defence", "Royal Australian Navy"
            re.compile(r"\b((?:[A-Z][\w’'-]*\s+){0,4}(?:Ministry|Office|Department|Agency|Embassy|"
                       r"Army|Navy|Force|Command|Council|Commission|Secretariat|Administration|"
                       r"Bureau|Directorate)(?:\s+of\s+(?:[A-Z][\w-]*\s*){1,3})?)"),
        ]
        found: list[tuple[int, int, str]] = []
        # organisations that speak under a bare name ("Hamas said")
        known = re.compile(r"\b(" + "|".join(re.escape(o) for o in sorted(KNOWN_ORGS, key=len, reverse=True))
                           + r")\b(?!['’]s\s+[a-z])")
        for m in known.finditer(t, self.doc.body_start):
            if not self._in_quote(m.start()):
                found.append((m.start(1), m.end(1), m.group(1)))
        for k, p in enumerate(pats):
            for m in p.finditer(t, self.doc.body_start):
                s, e = m.start(1), m.end(1)
                phrase = m.group(1).strip()
                if self._in_quote(s) or any(a <= s < b for a, b, _ in found):
                    continue
                words = phrase.split()
                low = [w.lower().strip("’'") for w in words]
                if k == 2:
                    if country_of(phrase) or low[-1] in OFFICE_HEADS or low[-1] in (
                            "agreement", "treaty", "framework", "declaration", "deal", "accord",
                            "statement", "pact", "memorandum", "mou", "talks", "meeting", "summit",
                            "dialogue", "region", "north", "south", "partnership", "programme"):
                        continue
                    if any(m_.start <= s < m_.end or s <= m_.start < e for m_ in self.mentions):
                        continue
                    acronym = bool(re.fullmatch(r"[A-Z]{2,8}", phrase))
                    if not (acronym or low[-1] in ORG_HEADS or len(words) >= 2 and low[-1] not in PLACE_HEADS
                            and not any(country_of(w) for w in words[-1:])):
                        continue
                found.append((s, e, phrase))
        for s, e, phrase in sorted(found):
            self.org(phrase, s, e, reference=False)

    # -- gender ---------------------------------------------------------------------------
    def _infer_gender(self) -> None:
        votes: dict[int, dict[str, int]] = {}
        for e in self.people:
            for m in e.mentions:
                if m.gender:
                    e.gender = m.gender
        for m in re.finditer(r"\b(he|his|him|she|her|hers)\b", self.text, re.IGNORECASE):
            if self._in_quote(m.start()):
                continue
            g = "m" if m.group(1).lower() in ("he", "his", "him") else "f"
            prev = [x for x in self.mentions if x.end <= m.start() and not x.in_quote
                    and m.start() - x.end < 200]
            if prev:
                votes.setdefault(prev[-1].entity, {}).setdefault(g, 0)
                votes[prev[-1].entity][g] += 1
        for eid, v in votes.items():
            e = self.by_id.get(eid)
            if e is not None and e.gender is None:
                e.gender = max(v, key=v.get)

    # -- noun phrases -----------------------------------------------------------------------
    def person_at(self, pos: int, slack: int = 1) -> Mention | None:
        # mentions are sorted by start and one must start at pos - 1 or later: bisect there
        # instead of walking every earlier mention (quadratic over an article)
        if self._starts is None:
            self._starts = [m.start for m in self.mentions]
        for m in self.mentions[bisect_left(self._starts, pos - 1):]:
            st = m.title_start if m.title_start is not None else m.start
            if st - slack <= pos <= m.start + slack and m.start >= pos - 1:
                return m
            if m.start > pos + 60:
                break
        return None

    def np_at(self, pos: int) -> Ref | None:
        """The noun phrase that starts at pos (after spaces)."""
        t = self.text
        while pos < len(t) and t[pos] in " \t":
            pos += 1
        seg = t[pos:pos + 120]
        m = re.match(r"(he|she|it|they|we)\b", seg, re.IGNORECASE)
        if m:
            return Ref("pronoun", m.group(1).lower(), pos + m.end())
        m = _STATEMENT.match(seg)
        if m:
            return self.np_at(pos + m.end())
        pm = self.person_at(pos)
        if pm is not None:
            end = pm.end
            return Ref("entity", pm.entity, end)
        d = definite(seg)
        if d is not None and d[0] == "role":
            return Ref("role", (d[1], d[2]), pos + d[4], d[3])
        for s, e, org in self.org_mentions:
            if s <= pos + 4 and s >= pos and not re.search(r"\w", t[pos:s].replace("the", "").replace("The", "")):
                return Ref("org", org, e)
        # "the President", "the Uzbek President", "the FO spokesperson", "the minister"
        d = definite(seg)
        if d is not None:
            kind, head, phrase, country, n = d
            if kind == "role":
                return Ref("role", (head, phrase), pos + n, country)
            return Ref("org_phrase", seg[:n], pos + n)
        m = re.match(r"([A-Z][A-Z]{1,7})\b", seg)
        if m:
            return Ref("org_phrase", m.group(1), pos + m.end())
        m = re.match(r"(?:an?|the)\s+(?:\w+\s+){0,2}?\w+", seg, re.IGNORECASE)
        if m:
            return Ref("none", seg[:m.end()], pos + m.end())
        return None

    def np_before(self, pos: int) -> Ref | None:
        """The noun phrase that ends right before pos (subject of a verb at pos)."""
        t = self.text
        j = pos
        while j > 0 and t[j - 1] in " \t,":
            j -= 1
        for k in range(len(self.mentions) - 1, -1, -1):
            m = self.mentions[k]
            if m.end <= j and j - m.end <= 1:
                # "A and B said": the first named speaks for both
                while k > 0:
                    p = self.mentions[k - 1]
                    if re.fullmatch(r"\s+and\s+|,\s+", t[p.end:(m.title_start or m.start)]):
                        k, m = k - 1, p
                    else:
                        break
                return Ref("entity", m.entity, m.end)
            if m.end < j - 1:
                break
        seg = t[max(0, j - 60):j]
        m = re.search(r"\b(he|she|it|they|we)$", seg, re.IGNORECASE)
        if m:
            return Ref("pronoun", m.group(1).lower(), j)
        for s, e, org in reversed(self.org_mentions):
            if e <= j and j - e <= 1:
                return Ref("org", org, e)
        m = re.search(r"\b(?:the|The)\s+((?:[A-Za-z][\w’'-]*\s+){0,3}?)([A-Za-z][\w-]*)$", seg)
        if m:
            head = m.group(2).lower()
            mods = m.group(1).split()
            country = next((country_of(w) for w in mods if country_of(w)), None)
            if head in OFFICE_HEADS:
                return Ref("role", (head, " ".join(mods + [m.group(2)])), j, country)
            if head in ORG_REFERENCE_HEADS or head in ORG_HEADS:
                return Ref("org_phrase", m.group(0), j)
        return None

    def resolve(self, ref: Ref | None, pos: int) -> tuple[Entity | None, str]:
        if ref is None:
            return None, ""
        if ref.kind == "entity":
            return self.by_id.get(ref.value), "name"
        if ref.kind == "org":
            return ref.value, "organisation"
        if ref.kind == "org_phrase":
            s = pos
            return self.org(ref.value, s, s + len(ref.value), reference=True), "organisation_reference"
        if ref.kind == "pronoun":
            if ref.value == "it":
                return self.last_org(pos), "pronoun_it"
            if ref.value in ("they", "we"):
                return None, ""
            return self.antecedent(pos, PRONOUNS[ref.value]), "pronoun"
        if ref.kind == "role":
            head, phrase = ref.value
            return self.holder(head, phrase, ref.country, pos), "role_holder"
        return None, ""

    def last_org(self, pos: int) -> Entity | None:
        best = None
        for s, e, org in self.org_mentions:
            if s < pos:
                best = org
        return best

    def holder(self, head: str, phrase: str, country: str | None, pos: int) -> Entity | None:
        """The named person holding the office a definite description names."""
        cands = []
        for e in self.people:
            titles = [m.title.lower() for m in e.mentions if m.title]
            if e.title:
                titles.append(e.title.lower())
            if not any(head in t.split() or phrase.lower() in t for t in titles):
                continue
            if country and e.country and e.country != country:
                continue
            last = max((m.start for m in e.mentions if m.start < pos), default=-1)
            cands.append((last, e))
        if not cands:
            return None
        if country:
            # "the Brazilian president": the holder of that country, or nobody if it is unclear
            same = [c for c in cands if c[1].country == country]
            if same:
                cands = same
            elif len(cands) > 1:
                return None
        cands.sort(key=lambda x: x[0])
        return cands[-1][1]

    # -- subjects and pronouns ---------------------------------------------------------------
    def subject(self, si: int) -> Entity | None:
        if si in self._subject_cache:
            return self._subject_cache[si]
        self._subject_cache[si] = None
        s = self.doc.sentences[si]
        seg = self.text[s.start:s.end]
        off = 0
        m = _DATELINE.match(seg)
        if m and si == 0 or (m and self.doc.paragraphs[s.para].start == s.start and ":" in m.group(0)):
            off = m.end()
        m = _LEAD_ADVERBIAL.match(seg[off:])
        if m:
            off += m.end()
        m = re.match(r"(?:Both|Meanwhile|But|And|Also)\s+", seg[off:])
        if m:
            off += m.end()
        ent = None
        if seg[off:off + 1] in "\"“‘'":
            ent = self.speaker_at.get(si)
        else:
            ref = self.np_at(s.start + off)
            if ref is not None and ref.kind != "none":
                ent, _ = self.resolve(ref, s.start + off)
        self._subject_cache[si] = ent
        return ent

    def antecedent(self, pos: int, gender: str) -> Entity | None:
        si = self.doc.sentence_of(pos)
        start_of_sentence = self.text[self.doc.sentences[si].start:pos].strip() == ""
        order = range(si - 1 if start_of_sentence else si, max(-1, si - 6), -1)
        for k in order:
            cands = []
            subj = self.subject(k) if k != si else None
            if k == si:
                s = self.doc.sentences[k]
                ref = None
                off = s.start
                mm = _LEAD_ADVERBIAL.match(self.text[s.start:pos])
                if mm:
                    off += mm.end()
                ref = self.np_at(off)
                if ref is not None and ref.kind == "entity" and ref.end <= pos:
                    subj = self.by_id.get(ref.value)
            if subj is not None:
                cands.append(subj)
            sp = self.speaker_at.get(k)
            if sp is not None:
                cands.append(sp)
            for c in cands:
                if c.kind == "person" and (c.gender in (None, gender)):
                    return c
        # the most recent person named outside quoted speech
        for m in reversed(self.mentions):
            if m.start < pos and not m.in_quote:
                e = self.by_id.get(m.entity)
                if e is not None and e.gender in (None, gender):
                    return e
        return None

    # -- attribution ---------------------------------------------------------------------
    def _verb_then_np(self, pos: int, para_end: int) -> tuple[Ref | None, str | None]:
        """`said X` / `X said` starting at pos; returns the speaker phrase and the verb."""
        t = self.text
        seg = t[pos:min(pos + 160, para_end)]
        m = re.match(r"[ \t,]*(" + _SAY_RE + r")\b[ \t]+", seg)
        if m:
            ref = self.np_at(pos + m.end())
            return ref, m.group(1)
        m0 = re.match(r"[ \t,]*", seg)
        if pos + m0.end() >= para_end:
            return None, None
        ref = self.np_at(pos + m0.end())
        if ref is None:
            return None, None
        rest = t[ref.end:ref.end + 60]
        mv = re.match(r"(?:,[^,]{1,60},)?\s*(?:" + _ADVERB + r"\s+)*(" + _SAY_RE + r")\b", rest)
        if mv:
            return ref, mv.group(1)
        return None, None

    def _first_between(self, pattern: str, a: int, b: int) -> tuple[int, int] | None:
        """The first match of pattern lying wholly inside text[a:b]. Matches are found once per
        article and bisected, instead of searching each quote's sentence again (quadratic)."""
        spans = self._found.get(pattern)
        if spans is None:
            spans = self._found[pattern] = [m.span() for m in re.finditer(pattern, self.text)]
        i = bisect_left(spans, (a, -1))
        return spans[i] if i < len(spans) and spans[i][1] <= b else None

    def _say_between(self, a: int, b: int) -> bool:
        """A reporting verb wholly inside text[a:b]."""
        return self._first_between(r"\b" + _SAY_RE + r"\b", a, b) is not None

    def via_near(self, a: int, b: int) -> str | None:
        m = _PLATFORM_RE.search(self.text, a, b)
        if m:
            return PLATFORMS.get(m.group(1).lower(), m.group(1))
        return None

    def attribute(self, q: QuoteSpan, qi: int, prev_speaker: Entity | None) -> Attribution:
        t = self.text
        si = self.doc.sentence_of(q.open_mark)
        sent = self.doc.sentences[si]
        close = q.close_mark if q.close_mark is not None else q.end
        after = close + 1
        end_para = self.doc.paragraphs[self.doc.para_of(close)]
        sent_end = min(self.doc.sentences[self.doc.sentence_of(close)].end, end_para.end)
        if after >= sent_end:
            sent_end = after
        para = self.doc.paragraphs[q.para]
        via = self.via_near(after, min(sent_end, after + 80))

        def done(ent, rule):
            if ent is not None:
                self.speaker_at.setdefault(si, ent)
                self.speaker_at.setdefault(self.doc.sentence_of(min(after, len(t) - 1)), ent)
            return Attribution(ent, rule, via)

        # 2. right after the closing mark: `," X said` / `," said X`
        ends_sentence = bool(re.search(r"[.…]$", t[q.start:q.end])) and bool(
            re.match(r"\s*[A-Z]", t[after:after + 3])) and not re.match(
            r"\s*(?:He|She|It|They|We)\s", t[after:after + 6])
        unresolved = None      # an attribution we read but could not resolve: no guessing after it
        if q.close_mark is not None and not ends_sentence:
            ref, verb = self._verb_then_np(after, end_para.end)
            if ref is not None:
                ent, how = self.resolve(ref, after)
                if ent is not None:
                    return done(ent, f"after_quote:{verb}:{how}")
                if ref.kind in ("role", "pronoun", "entity"):
                    unresolved = f"unresolved:{ref.kind}"
            # the end of the clause: `..." commitment, the ministry said.`
            for m in re.finditer(r",\s+", t[after:min(sent_end, after + _AFTER_WINDOW)]):
                p = after + m.end()
                if self._in_quote(p):
                    continue
                ref, verb = self._verb_then_np(p, end_para.end)
                if ref is not None and verb and re.match(r"[\s,]*\w[^,]{0,80}?\b" + _REPORT_RE + r"\b",
                                                          t[p:sent_end]):
                    ent, how = self.resolve(ref, p)
                    if ent is not None:
                        return done(ent, f"clause_end:{verb}:{how}")
        # 3. right before the opening mark: `X said: "` / `X said, "` / `saying: "`
        # the verb is near the mark: a bounded window keeps this linear in long sentences
        before = t[max(sent.start, q.open_mark - _BEFORE_WINDOW):q.open_mark]
        m = re.search(r"(" + _SAY_RE + r")((?:\s+(?:on|in|to|during|at|via|after|before)\s+[^,:\"“]{1,60})?)\s*[,:]?\s*$",
                      before)
        if m and not before[:m.start(1)].rstrip().endswith(("\"", "”")):
            vpos = q.open_mark - len(before) + m.start(1)
            via = via or self.via_near(vpos, q.open_mark)
            ref = self.np_before(vpos)
            if m.group(1).lower().endswith("ing"):
                ent = self.subject(si)
                if ent is not None:
                    return done(ent, f"before_quote:{m.group(1)}:subject")
            if ref is not None:
                ent, how = self.resolve(ref, vpos)
                if ent is not None:
                    return done(ent, f"before_quote:{m.group(1)}:{how}")
            if m.group(1).lower() in SPEECH_VERBS:
                pass
        # 4. subject of a reporting verb in the sentence before the quote
        if self._say_between(sent.start, q.open_mark):
            ent = self.subject(si)
            if ent is not None:
                return done(ent, "sentence_subject")
        # 5. according to X
        m = self._first_between(r"\baccording to\s+", sent.start, sent.end)
        if m:
            ref = self.np_at(m[1])
            ent, how = self.resolve(ref, m[1])
            if ent is not None:
                return done(ent, f"according_to:{how}")
        if unresolved:
            return Attribution(None, unresolved, via)
        # 6. continuation
        whole_para = not t[para.start:q.open_mark].strip()
        if not whole_para and si > 0 and self.doc.sentences[si - 1].para == sent.para:
            prev = self.doc.sentences[si - 1]
            if re.search(r"\b" + _REPORT_RE + r"\b", t[prev.start:prev.end]):
                ent = self.subject(si - 1)
                if ent is not None:
                    return done(ent, "previous_sentence_subject")
        if whole_para:
            heading = (q.close_mark is not None and len(t[q.start:q.end].split()) <= 8
                       and not re.search(r"[.!?,]$", t[q.start:q.end])
                       and not t[close + 1:para.end].strip())
            if heading:
                return Attribution(None, "heading_forward", via)
            if prev_speaker is not None:
                return done(prev_speaker, "continuation_paragraph")
        return Attribution(None, "unattributed", via)
