"""One article's text in, its participants, quotes and agreements out (read → extract)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .agreements import find_agreements
from .attribution import Attribution, Resolver
from .countries import canonical, contested_not_states, country_of, find_countries, is_country_name
from .document import Document, build, split_sentences
from .entities import (
    Entity,
    attach_candidates,
    merge_people,
    prefer_majority_spelling,
    name_key,
    same_person_names,
    token_matches,
)
from .lexicon import CAPITAL_STATES, DOMAIN_WORDS, FRAGMENT_LEAD_WORDS, HOSTING_VERBS, OFFICE_HEADS, ORG_BYLINE_WORDS, SPEECH_VERBS
from .lexicon import VISIT_WORDS  # pctry8
from .mentions import NameMention, find_mentions, promote_coordinated_surnames
from .person_states import assign_person_states, pair_partner, title_gap
from .posts import Post, find_posts
from .quotes import QuoteSpan, find_quotes
from .text_issuers import lend_text_issuers

_NONSPACE = re.compile(r"\S")


@dataclass(slots=True)
class FoundQuote:
    start: int
    end: int
    kind: str
    speaker: Entity | None
    rule: str
    via: str | None
    span: QuoteSpan | None = None
    same_as: int | None = None
    confidence: float | None = None
    evidence: str = ""
    suggested: Entity | None = None


@dataclass(slots=True)
class Analysis:
    doc: Document
    people: list[Entity]
    orgs: list[Entity]
    countries: list[str]
    quotes: list[FoundQuote]
    agreements: list = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    spans: list[QuoteSpan] = field(default_factory=list)
    country_mentions: list = field(default_factory=list)


def _quote_kind(doc: Document, q: QuoteSpan, sent_start: int) -> str:
    t = doc.text
    inner = t[q.start:q.end]
    words = inner.split()
    # bounded look-behind and first-non-space searches: linear however long the sentence
    before = t[max(sent_start, q.open_mark - 240):q.open_mark].rstrip()
    para = doc.paragraphs[q.para]
    if _NONSPACE.search(t, para.start, q.open_mark) is None or _NONSPACE.search(t, sent_start, q.open_mark) is None:
        return "direct"
    lead = re.findall(r"[\w’']+", before)
    if lead and lead[-1].lower() in SPEECH_VERBS and SPEECH_VERBS[lead[-1].lower()] == "say":
        return "direct"
    if before.endswith(":"):
        return "direct"          # "told reporters: \"...\""
    if len(re.findall(r"[.!?][\"'”’]?\s+[A-Z]", inner)) >= 1:
        return "direct"
    if len(words) <= 14 or inner[:1].islower():
        return "partial"
    return "direct"


def _post_author(post: Post, people: list[Entity], mentions: list[NameMention]) -> Entity:
    author = re.sub(r"^(?:Dr|Mr|Mrs|Ms|Prof|Sir|Gen)\.?\s+", "", post.author)
    for e in people:
        if same_person_names(author, e.name) or (len(name_key(author)) == 1 and token_matches(author, e.name)):
            e.add_alias(post.author)
            if post.handle not in e.handles:
                e.handles.append(post.handle)
            return e
    words = author.split()
    is_org = (len(words) == 1 or any(w.lower() in ORG_BYLINE_WORDS for w in words)
              or any(w.isupper() and len(w) > 1 for w in words) or any(country_of(w) for w in words)
              # "Defence Minister (@handle)": an office's account, no person's name
              or all(w.lower() in OFFICE_HEADS or w.lower() in DOMAIN_WORDS for w in words))
    e = Entity(10_000 + post.byline_start, "organisation" if is_org else "person", author,
               rule="post_byline")
    e.handles.append(post.handle)
    e.mentions.append(NameMention(post.byline_start, post.byline_end, author,
                              e.kind, rule="post_byline"))
    if is_org:
        e.country = next((country_of(w) for w in words if country_of(w)), None)
    return e


def _attach_handles(text: str, people: list[Entity], mentions: list[NameMention]) -> None:
    if "@" not in text:
        return              # most articles hold no handle: spare the scan of every character
    for m in re.finditer(r"(?<![\w@])@(\w{2,30})", text):
        handle = "@" + m.group(1)
        if any(handle in e.handles for e in people):
            continue
        # "@DefMin Karl Berg": a handle written right before or after a name
        near = [x for x in mentions if x.kind == "person" and (0 <= x.start - m.end() <= 1 or 0 <= m.start() - x.end <= 2)]
        target = None
        if near:
            target = next((e for e in people if e.id == near[0].entity), None)
        else:
            low = m.group(1).lower()
            hits = [e for e in people if e.kind == "person" and name_key(e.name)
                    and len(name_key(e.name)[-1]) >= 4 and name_key(e.name)[-1] in low]
            if len(hits) == 1:
                target = hits[0]
        if target is not None:
            target.handles.append(handle)


def _choose_title(e: Entity) -> None:
    cands = [m for m in e.mentions if m.title]
    if not cands:
        return
    def score(m: NameMention):
        return (not m.in_caption, m.formal_title, not m.in_quote, -m.start)
    best = max(cands, key=score)
    best = _more_specific_title(best, cands)
    # an office apposed to a bare rank ("navy commander, Admiral X") is the title shown
    e.title = best.extra.get("office") or best.title


def _more_specific_title(best: NameMention, cands: list[NameMention]) -> NameMention:
    """'Minister X' first, 'Foreign Minister X' later: the same office written in full
    elsewhere in the body is the title shown (a later mention that only adds words before it)."""
    if best.extra.get("office") or not best.title:
        return best
    fuller = [m for m in cands if m.title and m.title != best.title and m.title.endswith(" " + best.title)
              and m.in_caption == best.in_caption and m.formal_title == best.formal_title
              and m.in_quote == best.in_quote and not m.title.lower().startswith("former ")]
    return min(fuller, key=lambda m: m.start) if fuller else best


def _assign_countries(doc: Document, e: Entity, mentions_c, people: list[Entity]) -> None:
    body = [m for m in e.mentions if m.country and not m.in_caption] or [m for m in e.mentions if m.country]
    if body:
        e.country, e.country_rule = body[0].country, "written_with_name"
        return
    t = doc.text
    for m in e.mentions:
        # "Berg is leading the Norwegian delegation"
        seg = t[m.end:m.end + 80]
        mm = re.match(r"\s+(?:is|was|will be)?\s*(?:leading|heading|led|headed|leads|heads)\s+the\s+(\w+)\s+delegation", seg)
        if mm and country_of(mm.group(1)):
            e.country, e.country_rule = country_of(mm.group(1)), "leads_delegation"
            return


# pctry7: "X and Y have signed", "X and Y, who led the delegation, signed": the joint verb
# after auxiliaries and an apposed relative clause
_AUX_OR_RELATIVE = re.compile(r"\s*(?:,\s*who\s+[^,.;]{0,80},\s*)?(?:(?:have|has|had|will|would|also|then)\s+)*")


def _joint_verb_start(after: str) -> str:
    m = _AUX_OR_RELATIVE.match(after)
    return after[m.end():m.end() + 40]


_RECIPROCAL = re.compile(r"\b(?:met|meets|meeting|held talks|hold talks|talks|spoke|speaks|signed|signs|"
                         r"inked|agreed|discussed|called on)\b")


def _reciprocal_between(between: str) -> bool:
    """'X met Y', 'X signed with Y': a reciprocal verb in a short stretch between two people,
    not one inside a reported clause ("X said ... had been signed during the visit by Y")."""
    return len(between) <= 80 and _RECIPROCAL.search(between) is not None and \
        _REPORTING.search(between) is None


_REPORTING = re.compile(r"\b(?:said|says|told|asked|added|noted|stated)\b")
# pctry8: "was signed at X by <title> A and <title> B": the signing verb, then "by" and a title
_SIGNED_BY = re.compile(r"\b(?:signed|inked|initialled|initialed)\b[^.;:\"“”]{0,80}?\bby\s+[^.;:\"“”]{0,90}$")
_AND_TITLE = re.compile(r"\s+and\s+(?:the\s+)?(?P<title>[^;:\"“”]{0,100})")


def _signed_by_both(t: str, sent_start: int, first, between: str) -> bool:
    """pctry8: 'The pact was signed by Minister A and Uganda's Minister B': a passive signing by
    the two named together (and nobody else between them), each for one side."""
    lead = first.title_start if first.title_start is not None else first.start
    m = _AND_TITLE.fullmatch(between)
    return m is not None and title_gap(m.group("title")) and \
        _SIGNED_BY.search(t, sent_start, lead) is not None


def _counterpart_countries(doc: Document, people: list[Entity], countries: list[str]) -> None:
    """A person with no country written near them, who meets, signs with or answers someone of
    a known country ("X and US Secretary Y met", "X met his US counterpart Y", "X signed a
    treaty with Japanese Prime Minister Y"), serves the other country of the article: the first
    named that is not the counterpart's."""
    t = doc.text
    for e in people:
        if e.country or not e.title:
            continue
        if re.match(r"[A-Z]{2,}\b", e.title):
            continue        # "NATO Secretary General": serves an organisation
        found = None
        for m in e.mentions:
            if m.in_quote or m.in_caption:
                continue
            s = doc.sentences[doc.sentence_of(m.start)]
            for o in people:
                if o is e or not o.country or o.country_rule != "written_with_name":
                    continue
                for om in o.mentions:
                    if not (s.start <= om.start < s.end) or om.in_quote:
                        continue
                    lo, hi = (m.end, om.start) if m.start < om.start else (om.end, m.start)
                    between = t[lo:hi]
                    after = t[max(m.end, om.end):s.end]
                    if len(between) > 160 or any(
                            lo < x.start < hi for p in people if p is not e and p is not o for x in p.mentions):
                        continue
                    if (re.search(r"\bcounterparts?\b", between) or _reciprocal_between(between)
                            or _signed_by_both(t, s.start, min(m, om, key=lambda x: x.start), between)
                            or (re.fullmatch(r"\s+and\s+(?:the\s+)?(?:\S+\s+){0,6}?", between)
                                and _RECIPROCAL.match(_joint_verb_start(after) or "x"))
                            or (re.search(r"\bwith\s+$", between) and _RECIPROCAL.search(t[s.start:hi]))):
                        found = o.country
                        break
                if found:
                    break
            if found:
                break
        if found:
            # only when the article names one other state: among several, the first named
            # is a guess (a mediator's, a host's), and a wrong country is worse than none
            others = [c for c in countries if c != found]
            if len(others) == 1:
                e.country, e.country_rule = others[0], "counterpart_of_other_country"
            elif pair_partner(doc, found, e) is not None:     # pctry7
                e.country, e.country_rule = pair_partner(doc, found, e), "counterpart_in_named_pair"


_HOST_CAPITAL = re.compile(r"\bin\s+(?:the\s+)?([A-Z][\w-]+?)(?:['’]s)?\s+capital\b")
_HOSTS = re.compile(r"\s+(?:warmly\s+)?(?:" + "|".join(sorted(HOSTING_VERBS)) + r")\b")


def _host_countries(doc: Document, people: list[Entity], countries: list[str]) -> None:
    """Talks held "in Austria's capital": the person who welcomes or hosts another there serves
    the host country; when the article names two countries, the one welcomed serves the other."""
    t = doc.text
    m = _HOST_CAPITAL.search(t, doc.body_start) if "capital" in t else None   # the pattern's own word
    host = country_of(m.group(1)) if m else None
    if host is None:
        return
    others = [c for c in countries if c != host]
    for e in people:
        if e.country or e.kind != "person":
            continue
        for mm in e.mentions:
            if mm.in_quote or not _HOSTS.match(t, mm.end, mm.end + 30):
                continue
            e.country, e.country_rule = host, "host_of_talks"
            guest = next((g for g in people if g is not e and not g.country and any(
                0 < x.start - mm.end < 60 for x in g.mentions)), None)
            if guest is not None and len(others) == 1:
                guest.country, guest.country_rule = others[0], "guest_of_host"
            break


# "BRATISLAVA, Feb 10 (AP) -", "KINGSTON, Jamaica (CMC) -": the place a story is filed from,
# then an optional region and date, then the agency or the dash that opens the text.
_FILED_FROM = re.compile(r"(?P<place>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})"
                         r"(?:,[ \t]*(?P<region>[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|and|the)){0,4}))?"
                         # pctry8: "New Delhi [India], November 24 (ANI):": the state in brackets
                         r"(?:[ \t]*\[(?P<bracket>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})\])?"
                         r"(?:,?[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?"
                         # pctry7: "Accra, July 31, GNA –": an agency's code after a comma, no brackets
                         r"(?:,[ \t]*[A-Z]{2,8})?"
                         r"[ \t]*(?:\([^()\n]{2,30}\))?[ \t]*(?:[-–—]{1,2}|:)[ \t]")
# National offices written without their state ("Prime Minister X", "the Defence Minister").
_HOME_OFFICE = re.compile(r"(?:former\s+)?(?:(?:deputy|vice)\s+)?(?:prime minister|president|premier|"
                          r"(?:\w+\s+){0,2}minister(?:\s+(?:of|for)\s+(?:\w+\s*){1,4})?|"
                          r"cabinet secretary(?:\s+(?:of|for)\s+(?:\w+\s*){1,4})?|senator|"
                          r"leader of the opposition|police commissioner|army chief(?:\s+gen\.?)?|"
                          # pctry8: "Defence Secretary", "Principal Secretary", "Chief of Defence Staff"
                          r"(?:\w+\s+){0,2}secretary(?:\s+(?:of|for)\s+(?:\w+\s*){1,3})?|"
                          r"chief of (?:the\s+)?(?:defen[cs]e|army|naval|air|general)\s+staff)")


_BYLINE_LINE = re.compile(r"By[ \t]+[A-Z][^\n]{1,60}\n\s*")


def _filed_from(doc: Document) -> tuple[str | None, int]:
    """The state of the dateline that opens the story (its region when that is a state, else the
    state whose capital the place is), and where the dateline ends."""
    start = _blank_skipped(doc.text, doc.body_start)
    m = _FILED_FROM.match(doc.text, start)
    byline = _BYLINE_LINE.match(doc.text, start) if m is None else None
    if byline is not None:      # pctry7: "By Name\n\nACCRA, July 31, GNA – ...": a byline first
        m = _FILED_FROM.match(doc.text, byline.end())
    if m is None:
        return _dateline_after_headline(doc) or _byline_bureau(doc) or (None, 0)
    return _dateline_state(m), m.end()


def _blank_skipped(text: str, pos: int) -> int:
    return pos + len(text[pos:pos + 10]) - len(text[pos:pos + 10].lstrip())


def _dateline_state(m: re.Match) -> str | None:
    for region in (m.group("region"), m.group("bracket")):
        if region and is_country_name(region):
            return country_of(region)
    code = CAPITAL_STATES.get(m.group("place").lower())
    if code is None and m.group("place").isupper():     # "KUWAIT, Nov 18": a city-state's name
        return country_of(m.group("place").title()) if is_country_name(m.group("place").title()) else None
    return canonical(code) if code else None


# pctry8: the paragraphs a headline, a byline and a date line may take before the lede
_LEDE_SEARCH_PARAGRAPHS = 4
_LEDE_MIN_CHARS = 120


def _dateline_after_headline(doc: Document) -> tuple[str | None, int] | None:
    """pctry8: a headline (and a byline) before the dateline: the dateline opens the first long
    paragraph, the lede ("India, X sign pact\n\nNew Delhi [India], Nov 24 (ANI): ..."); a short
    one is a headline whose colon is no dateline ("Kenya: talks resume")."""
    for p in doc.paragraphs[:_LEDE_SEARCH_PARAGRAPHS]:
        if p.end - p.start < _LEDE_MIN_CHARS:
            continue
        m = _FILED_FROM.match(doc.text, _blank_skipped(doc.text, p.start))
        return (_dateline_state(m), m.end()) if m else None
    return None


# "By Ama Owusu, Accra": a byline that names the bureau the story is filed from
_BYLINE_BUREAU = re.compile(r"By[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3},[ \t]*"
                            r"(?P<place>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)[ \t]*$", re.M)


def _byline_bureau(doc: Document) -> tuple[str | None, int] | None:
    """pctry8: a byline ending with the capital the reporter files from is the story's dateline;
    the text after the byline is the story's."""
    for p in doc.paragraphs[:_LEDE_SEARCH_PARAGRAPHS]:
        m = _BYLINE_BUREAU.match(doc.text, _blank_skipped(doc.text, p.start), p.end)
        if m:
            code = CAPITAL_STATES.get(m.group("place").lower())
            return (canonical(code), m.end()) if code else None
    return None


def _home_state_officials(doc: Document, people: list[Entity], cm: list) -> None:
    """A national office written without any state ("Prime Minister X") in a story filed from a
    state's capital (or datelined with the state) is that state's, as wire style leaves a home
    office unqualified. Guards against a host or mediator filing about others: the story's text
    must name the filing state before any other, and no sentence naming the person another."""
    home, text_start = _filed_from(doc)
    body = [c for c in cm if c.start >= text_start] if home else []
    if not body or body[0].country != home:
        return
    for e in people:
        if e.country or e.kind != "person" or not e.title or not _HOME_OFFICE.fullmatch(e.title.lower().strip()):
            continue
        sents = {doc.sentence_of(m.start) for m in e.mentions}
        spans = [(doc.sentences[i].start, doc.sentences[i].end) for i in sents]
        owned = _states_of_others_titles(people, e)
        if any(a <= c.start < b and c.country != home and (c.start, c.country) not in owned
               for c in cm for a, b in spans):
            continue
        if any(_foreign_capital_in(doc.text[a:b], home) for a, b in spans) or \
                any(_visitor_mention(doc.text, m) for m in e.mentions):
            continue
        e.country, e.country_rule = home, "office_in_filing_state"


def _states_of_others_titles(people: list[Entity], e: Entity) -> set[tuple[int, str]]:
    """pctry8: the states another person's own title names ("and Peruvian Vice Minister Y"):
    that state is Y's, and says nothing of whether the person beside Y is a visitor."""
    owned = set()
    for o in people:
        if o is e or not o.country or o.country_rule != "written_with_name":
            continue
        for m in o.mentions:
            if m.title_start is not None and m.country == o.country:
                owned |= {(i, o.country) for i in range(m.title_start, m.start)}
    return owned


_VISITOR_AFTER = re.compile(r"\s*,?\s*(?:who\s+)?(?:(?:is|was|has|had)\s+)?(?:on\s+an?\s+(?:\w+\s+)?visit|"
                            r"visiting\b|visited\b|arrived\b|arrives\b|flew\b)")


def _visitor_mention(text: str, m) -> bool:
    """pctry8: the person is the visitor ("the visiting Foreign Minister X", "X, who arrived on
    Sunday"); a visit of someone else in the sentence ("X called on the visiting delegation")
    says nothing of X."""
    lead = m.title_start if m.title_start is not None else m.start
    return VISIT_WORDS.search(text, max(0, lead - 25), lead) is not None or \
        _VISITOR_AFTER.match(text, m.end, m.end + 60) is not None


def _foreign_capital_in(seg: str, home: str) -> bool:
    """pctry8: a sentence that names another state's capital ("who flew in from Lima"): the
    person may be the guest, not the filing state's."""
    # a capital the person goes to ("leading a delegation to Lima") is abroad for a local
    return any(canonical(CAPITAL_STATES[m.group(1).lower()]) != home
               for m in re.finditer(r"(?<!\bto )(?<!\bfor )([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)", seg)
               if m.group(1).lower() in CAPITAL_STATES)

_CONTEXT_ONLY = ("suggestion:last_reporter", "suggestion:paragraph_fragment",
                 "suggestion:continuation_paragraph", "suggestion:previous_sentence_subject")


_WORD = re.compile(r"[\w’'-]+")


def _repeated_quotes(text: str, found: list[FoundQuote]) -> None:
    """The same words quoted twice (a headline and the body, a summary and the full quote) are
    one speaker's: a quote with no speaker takes the speaker of another quote that opens with
    the same first words (at least three, or all of a two-word quote)."""
    heads = []
    for g in found:
        if g.speaker is not None:
            heads.append(([w.casefold() for w in _WORD.findall(text[g.start:g.end])], g))
    for f in found:
        if f.speaker is not None:
            continue
        words = [w.casefold() for w in _WORD.findall(text[f.start:f.end])]
        n = min(len(words), 6)
        if n < 2 or (n == 2 and len(words) > 2):
            continue
        same = {id(g.speaker): g for ws, g in heads if ws[:n] == words[:n]}
        if len(same) == 1:
            g = next(iter(same.values()))
            f.speaker, f.rule, f.confidence = g.speaker, "repeated_quote", 0.8
            f.evidence = f"the same words are quoted again, credited to '{g.speaker.name}'"
            f.suggested = None


_ECHO_MIN_WORDS = 4
_SAY_VERB = re.compile(r"\b(?:" + "|".join(sorted((re.escape(v) for v, k in SPEECH_VERBS.items() if k == "say"),
                                                  key=len, reverse=True)) + r")\b")


def _echoed_fragments(doc: Document, found: list[FoundQuote]) -> None:
    """A lede's fragment quoted again inside a later, fuller quote: `Leaders said they would help
    secure "the return of order"` ... `"We will ensure the swift return of order," the bloc said`.
    A partial quote with no speaker, whose sentence reports speech (a verb of saying before the
    mark) from no one we could name, takes the speaker of the one later quote holding its words
    (at least four, after a leading article) in a row; never when later quotes of two speakers
    hold them, or when a reporting clause suggested someone else."""
    text = doc.text
    later = [(g, [w.casefold() for w in _WORD.findall(text[g.start:g.end])]) for g in found if g.speaker is not None]
    for f in found:
        if f.speaker is not None or f.kind != "partial" or f.span is None:
            continue
        words = [w.casefold() for w in _WORD.findall(text[f.start:f.end])]
        while words and words[0] in FRAGMENT_LEAD_WORDS:
            words = words[1:]
        n = len(words)
        if n < _ECHO_MIN_WORDS:
            continue
        sent = doc.sentences[doc.sentence_of(f.span.open_mark)]
        if _SAY_VERB.search(text, sent.start, f.span.open_mark) is None:
            continue
        hits = {id(g.speaker): g for g, ws in later if g.start > f.end
                and any(ws[i:i + n] == words for i in range(len(ws) - n + 1))}
        if len(hits) != 1:
            continue
        g = next(iter(hits.values()))
        if f.suggested is not None and f.suggested is not g.speaker:
            continue
        f.speaker, f.rule, f.confidence, f.suggested = g.speaker, "echoed_fragment", 0.78, None
        f.evidence = f"the fragment's words are quoted again in full later, credited to '{g.speaker.name}'"


def _reported(f: FoundQuote) -> bool:
    """Does a reporting clause of its own sentence credit this quote to someone?"""
    return f.suggested is not None and not f.rule.startswith(_CONTEXT_ONLY)


def analyse(text: str) -> Analysis:
    doc = build(text)
    spans = find_quotes(doc)
    posts = find_posts(doc)
    protected = [(q.open_mark, (q.close_mark if q.close_mark is not None else q.end) + 1) for q in spans]
    doc.sentences = split_sentences(text, doc.paragraphs, protected)
    speech = [q for q in spans if q.reading == "speech"]
    qranges = [(q.open_mark, (q.close_mark if q.close_mark is not None else q.end) + 1) for q in speech]
    captions = [(doc.paragraphs[i].start, doc.paragraphs[i].end) for i in doc.captions]
    mentions, _tokens = find_mentions(text, doc.body_start, qranges, captions)
    promote_coordinated_surnames(mentions, text)     # persons5: "talks between Voss and Marlow"
    people = merge_people(mentions)
    attach_candidates(mentions, people)
    prefer_majority_spelling(text, people)
    authors = [_post_author(p, people, mentions) for p in posts]
    for a in authors:
        if a.kind == "person" and a not in people:
            a.id = len(people)
            people.append(a)
    _attach_handles(text, people, mentions)
    # titles and countries first: a role ("the Belgian President") resolves through them
    cm = find_countries(text[:])
    cm = [c for c in cm if c.start >= doc.body_start]
    disputed = contested_not_states(text, cm)
    cm = [c for c in cm if c.country not in disputed]
    order: list[str] = []
    for c in cm:
        if c.country not in order:
            order.append(c.country)
    for e in people:
        _choose_title(e)
        _assign_countries(doc, e, cm, people)
    assign_person_states(text, people)      # pctry7: delegations, institutions, state bodies
    _counterpart_countries(doc, people, order)
    _host_countries(doc, people, order)
    _home_state_officials(doc, people, cm)
    resolver = Resolver(doc, mentions, people, spans, posts)

    found: list[FoundQuote] = []
    prev: Entity | None = None
    for qi, q in enumerate(speech):
        in_post = next((p for p in posts if p.start <= q.open_mark < p.byline_start), None)
        att: Attribution = resolver.attribute(q, qi, prev)
        kind = _quote_kind(doc, q, doc.sentences[doc.sentence_of(q.open_mark)].start)
        via = att.via
        if in_post is not None:
            author = authors[posts.index(in_post)]
            via = author.name
            if att.speaker is None and author.kind == "person":
                att = Attribution(author, "post_byline", via, 0.95, f"inside a post bylined '{author.name}'")
        fq = FoundQuote(q.start, q.end, kind, att.speaker, att.rule, via, q, confidence=att.confidence,
                        evidence=att.evidence, suggested=att.suggested)
        found.append(fq)
        if att.speaker is not None and kind == "direct" and in_post is None:
            prev = att.speaker
    # a quoted heading speaks for the quote that follows it
    for i, fq in enumerate(found):
        if fq.rule == "heading_forward":
            nxt = next((g for g in found[i + 1:] if g.speaker is not None), None)
            if nxt is not None:
                fq.speaker, fq.rule = nxt.speaker, "heading_forward"
                fq.confidence, fq.evidence = 0.82, f"a quoted heading before a quote by '{nxt.speaker.name}'"
    _repeated_quotes(text, found)
    _echoed_fragments(doc, found)
    # a single quoted word with nobody reporting it is the writer's scare quote
    # (one that a reporting clause credits to someone is kept with its suggestion, to confirm)
    found = [f for f in found if not (f.speaker is None and not _reported(f)
                                      and len(text[f.start:f.end].split()) <= 2)]
    # a dialogue dash is not a quotation mark (the guidelines' quotes are in marks): such speech
    # is kept only when its own reporting clause names the speaker (a name, not a role that
    # another rule must resolve: the role's holder is a guess this weak evidence cannot carry)
    found = [f for f in found if not (f.span is not None and f.span.dash
                                      and (f.speaker is None or not f.rule.endswith(":name")))]
    for p, author in zip(posts, authors):
        if any(p.start <= f.start < p.byline_start for f in found):
            continue
        found.append(FoundQuote(p.start, p.end, "post", author, "post_byline", p.platform,
                                confidence=1.0, evidence=f"an embedded post bylined '{author.name}'"))
    found.sort(key=lambda f: f.start)


    speaking_orgs: list[Entity] = []
    for f in found:
        if f.speaker is not None and f.speaker.kind == "organisation" and f.speaker not in speaking_orgs:
            speaking_orgs.append(f.speaker)
    analysis = Analysis(doc, people, speaking_orgs, order, found, posts=posts, spans=spans,
                        country_mentions=cm)
    analysis.agreements = find_agreements(doc, analysis, cm)
    lend_text_issuers(doc, analysis.quotes, analysis.agreements, analysis.orgs)
    return analysis
