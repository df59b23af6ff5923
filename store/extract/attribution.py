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

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass

from .countries import country_of, find_countries
from .document import Document
from .entities import Entity, name_key
from .joint_issuers import SUBJECT_THEN_QUOTE, JointIssuer, is_joint_text, issuers_of_text, pair_at, pair_key_name, pairs_in, preferred_name
from .lexicon import (
    BARE_SUBJECT_NOT_NAMES,
    GENERIC_PERSON_NOUNS,
    GUEST_NOUNS,
    HOSTING_VERBS,
    INDEFINITE_OPENERS,
    LEGISLATOR_NOUNS,
    LEGISLATOR_TITLES,
    VISITING_VERBS,
    OPENING_ADVERBS,
    SENTENCE_OPENERS,
    SELF_NAMED_BODY_NOUNS,
    RANK_NOUNS,
    TRANSLATED_OFFICES,
    ADDRESSEE_VERBS,
    AGREEMENT_SPELLING_VARIANTS,
    AGENCY_NOUNS,
    ATTRIBUTION_PRIORS,
    BODY_VOICES,
    BULLET_MARKS,
    CITING_VERBS,
    DOMAIN_WORDS,
    GENDERED_PATRONYMIC_ENDINGS,
    GENDERED_SURNAME_ENDINGS,
    ISSUED_TEXTS,
    KNOWN_ORGS,
    NOT_PLURAL_S_WORDS,
    OFFICE_ABBREVIATIONS,
    OFFICE_DOMAINS,
    OFFICE_HEADS,
    ORG_HEADS,
    ORG_REFERENCE_HEADS,
    OUTLET_WORDS,
    PARTICIPLE_OPENERS,
    PERSON_DESCRIPTION_NOUNS,
    PLACE_HEADS,
    PLATFORMS,
    HONORIFICS,
    DIRECTIVE_VERBS,
    PREPOSITION_OPENERS,
    PRONOUNS,
    PROFESSION_WORDS,
    QUESTION_VERBS,
    EPITHET_PAST_MARKS,
    RANKS,
    REFERENCE_SYNONYMS,
    ROLE_EQUIVALENTS,
    ROLE_FAMILIES,
    SPEAKER_THRESHOLD,
    SPEAKING_BODIES,
    SPEECH_VERBS,
    SPOKES_NOUNS,
    UNNAMED_GROUPS,
    UNNAMED_PERSON_HEADS,
    words_re,
)
from .mentions import NameMention
from .posts import Post
from .quotes import QuoteSpan
from .scan import Ranges, literal_alternation, longest_first

_SAY = sorted(SPEECH_VERBS, key=len, reverse=True)
_SAY_RE = "(?:" + literal_alternation(_SAY, keep_order=True) + ")"     # the order of _SAY, grouped
_BEFORE_WINDOW = 240        # characters before a quote mark searched for `X said on Y:`
_AFTER_WINDOW = 400         # characters after a closing mark searched for `, the ministry said`
# A quote's sentence as the rules read it: at most this many characters either side of the marks.
# Real sentences are shorter; a text with no full stops (a list, a hostile page) would otherwise
# be re-read from its start for every quote, which is quadratic.
_CONTEXT_WINDOW = 600
# `said, on Friday, March 3, 2023, in Geneva, Minister X`: a date holds commas of its own
_MAX_ADVERBIALS = 5
# sentences back that "it" may reach for the organisation it names
_IT_REACH = 3
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+")
_REPORT_RE = "(?:" + literal_alternation([v for v, k in SPEECH_VERBS.items() if k == "say"], keep_order=True) + ")"
# patterns that rules built from these alternations at every call (compiled once; re's cache
# hashed the joined text of thousands of characters again at each call)
_SAY_THEN_SPACE = re.compile(r"[ \t,]*(" + _SAY_RE + r")\b[ \t]+")
_SAY_WORD_GROUP = re.compile(r"\b(" + _SAY_RE + r")\b")
_CLAUSE_THEN_REPORT = re.compile(r"[\s,]*\w[^,]{0,80}?\b" + _REPORT_RE + r"\b")
_ADVERB = r"(?:also|later|then|further|again|earlier|separately|recently|previously|once|had|has|have|was|is|were)"
_LEAD_ADVERBIAL = re.compile(
    r"^(?:At|In|On|After|Before|During|Meanwhile|However|Later|Earlier|Thereafter|Ahead of|Under|"
    r"With|Through|Since|As|Following|Despite|Amid|Speaking|Separately|But|And|Yet|Still|"
    r"Addressing|Asked|When|While|Earlier|Last|This|For|Now|Today|Yesterday|Moreover|Also|"
    r"Instead|Indeed|Then|Elsewhere|Besides|Additionally|Furthermore|Nevertheless)\b[^,]{0,90},\s*")
_DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40}(?::|\s[—–-]{1,2})\s+")
# "PRAGUE, Czechia (AP) — ": a wire dateline with region and agency, at a paragraph's start
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{1,30}(?:,\s*[A-Z][A-Za-z0-9 .'-]{1,30})?(?:\s*\([A-Za-z]{2,10}\))?"
                            r"\s*[—–-]{1,2}\s+")
_PLATFORM_RE = re.compile(r"\b(?:on|via|in an?)\s+(X|Twitter|Facebook|Instagram|Telegram|Threads|"
                          r"LinkedIn|YouTube|Weibo|Truth Social|Bluesky|tweet|post)\b")
_PLATFORM_NAME_RE = re.compile(r"\b(?:on|via)\s+(X|Twitter|Facebook|Instagram|Telegram|Threads|LinkedIn|"
                               r"YouTube|Weibo|Truth Social|Bluesky)\b")
_ORG_REF_RE = words_re(ORG_REFERENCE_HEADS)
_TITLE_BEFORE_ACRONYM = re.compile(
    r"\b((?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,4}(?:" + "|".join(longest_first(
        h.capitalize() for h in ORG_HEADS if " " not in h and len(h) > 3)) +
    r")(?:\s+(?:(?:for|of|and|on|in|the|to)\s+){1,2}[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}){1,4})"
    r"(?=\s*\([A-Z]{2,8}\))")
# "Norway's embassy in Riga": an embassy or consulate is named with the city it sits in
_POSTED_IN = r"(?:(?<=embassy)\s+in\s+[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?(?![\w’'-]))?"


# Patterns of organisation names, compiled once (they were rebuilt, the bare-name alternation
# joined and sorted again, for every article). A leading "(?=[A-Z])" or "[Tt](?<!\w.)he" says
# only what each pattern already requires at its first character: the matches are the same, but
# the engine rejects most positions of the text at once instead of trying every alternative there.
_ORG_PATTERNS = (
    # "Seoul's defense ministry"
    # (spk9: "For a government that ...": a capitalised preposition opens the sentence, no name)
    re.compile(r"(?=[A-Z])\b((?!(?:The|A|An|This|That|Its|Their|His|Her|Our|"
               + "|".join(sorted(w.capitalize() for w in PREPOSITION_OPENERS)) + r")\b)[A-Z][\w-]+(?:['’]s)?\s+"
               r"(?:[a-z-]+\s+){0,2}(?:ministry|office|department|"
               r"agency|government|embassy|army|navy|military|spokesperson's office)" + _POSTED_IN + r")\b"),
    # "the foreign ministry": a lower-case reference with a modifier ("[Tt](?<!\w.)" is "\b[Tt]")
    re.compile(r"[Tt](?<!\w.)he\s+((?:[a-z][\w-]*\s+){1,2}(?:ministry|office|department|agency|"
               r"government|embassy|army|navy|military)" + _POSTED_IN + r")\b"),
    # "The Inter-Services Public Relations", "the ISPR", "The Foreign Office"
    re.compile(r"[Tt](?<!\w.)he\s+((?:[A-Z][\w’'-]*\s+){0,5}[A-Z][\w’'-]*)"),
    # "Foreign Office", "Ministry of Defence", "Royal Australian Navy" (a whole head word:
    # "Commander", "Officer", "Commissioner" are people, no "Command", "Office", "Commission")
    re.compile(r"(?=[A-Z])\b((?:(?:[A-Z]\.){2,}[ \t]*|[A-Z][\w’'-]*[ \t]+){0,4}(?:Ministry|Office|Department|Agency|Embassy|"
               r"Army|Navy|Forces|Force|Command|Council|Commission|Secretariat|Administration|"
               r"Bureau|Directorate|Corporation|Organization|Organisation|Union)\b(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w-]*){0,2}){0,2})"),
)


@functools.lru_cache(maxsize=1)
def _org_patterns() -> tuple[re.Pattern, tuple[re.Pattern, ...]]:
    """(organisations that speak under a bare name, the org-name patterns in _scan_orgs order)."""
    names = longest_first(KNOWN_ORGS | SPEAKING_BODIES)
    # grouped under first letters, led by a lookahead of those letters: the same matches, but
    # most positions of the text are passed after one comparison
    known = re.compile(r"(?=[" + re.escape("".join(sorted({o[0] for o in names}))) + r"])(?<!\w)("
                       + literal_alternation(names, keep_order=True, case_sensitive=True)
                       + r")(?!\w)(?!['’]s\s+[a-z])")
    # "The Agency for Crime and Security (ACS)": a full title before its acronym keeps its
    # small words, so the body is not cut before "for"
    return known, (*_ORG_PATTERNS, _TITLE_BEFORE_ACRONYM)


# "he", "his", "him", "she", "her", "hers" (in that order); the lookahead, implied by the words,
# lets the engine pass most words after one comparison (ſ: "s" ignoring case)
_PRONOUN = re.compile(r"(?=[hHsSſ])\b(h(?:e|is|im|er|ers)|she)\b", re.IGNORECASE)
_ACRONYM_BRACKET = re.compile(r"\([A-Z]{2,8}\)")


def _title_before_acronym(text: str, start: int) -> list[re.Match]:
    """_TITLE_BEFORE_ACRONYM.finditer(text, start), read only before each "(ACR)". A match holds
    word characters, quote marks, hyphens and spaces only, and ends before such a bracket, so it
    lies between the bracket and the last other character before it; the rest of the text, where
    the pattern was tried at every word, cannot hold one."""
    out: list[re.Match] = []
    for b in _ACRONYM_BRACKET.finditer(text, start):
        i = b.start()
        while i > start and (text[i - 1].isalnum() or text[i - 1] in "_’'-" or text[i - 1].isspace()):
            i -= 1          # str.isalnum and "_" are the engine's \w, str.isspace its \s
        out.extend(_TITLE_BEFORE_ACRONYM.finditer(text, i, b.end()))
    return out
_SAY_WORD = re.compile(r"\b" + _SAY_RE + r"\b")
# "A foreign ministry spokesperson said": an indefinite role of up to four words, then a
# reporting verb; the last word is the role's noun
_INDEFINITE_SAYER = re.compile(r"an?\s+(?:[\w-]+\s+){0,3}?([\w-]+)\s+" + _SAY_RE + r"\b", re.IGNORECASE)
# "A joint statement has it the talks were ...": the idiom "X has it (that)" reports what a
# document says, as "says" would; only after a document's noun (not "the army has it under control")
_DOCUMENT_HAS_IT = re.compile(r"\b(?:statement|report|communiqu[eé]|release|readout|declaration)\s+"
                              r"(has it|had it)(?:\s+that)?(?=\s+[\w“\"])", re.IGNORECASE)
# "... made the remarks at a press briefing": the sentence that names who spoke
_REMARKS_MADE = re.compile(r"\s+(?:made|gave|delivered)\s+(?:the|these|those|his|her)\s+(?:remarks|comments)\b")
_REPORT_WORD = re.compile(r"\b" + _REPORT_RE + r"\b")
# verbs that credit words by judging something ("calling it", "described as", "branded")
_EVALUATE_WORD = re.compile(r"\b(?:" + "|".join(re.escape(v) for v, k in sorted(
    SPEECH_VERBS.items(), key=lambda vk: -len(vk[0])) if k == "evaluate") + r")\b")
# "X, the ... special representative for Y, wrote" / "X, MEA spokesperson had said"
_VERB_AFTER_NP = re.compile(r"(?:,[^,\"“”]{1,100},|,\s+(?:(?:[A-Z]{2,8}|[a-z][\w-]*)\s+){1,5}(?=(?:had|has|have)\s))?[\s,]*(?:" + _ADVERB + r"\s+){0,3}"
                            # `X was quoted as saying by the news agency`: X's words, the agency relays them
                            r"(?:quoted\s+(?:by\s+[^,.;\"“”]{1,40}?\s+)?as\s+(?=saying\b))?(" + _SAY_RE + r")\b")
# "Chile's navy commander, ": a short phrase ending in a comma before an apposed name
_APPOSED_LEAD = re.compile(r"[^,\"“”.;:]{3,60},\s*")
_BEFORE_MARK = re.compile(r"(" + _SAY_RE + r")((?:\s+(?:on|in|to|during|at|via|after|before)\s+"
                          r"[^,:\"“]{1,60})?)\s*[,:]?\s*$")
# "Envoy X told delegates “...": an addressee between the verb and the mark
_BEFORE_MARK_ADDRESSEE = re.compile(
    r"\b(" + "|".join(longest_first(ADDRESSEE_VERBS)) + r")\s+(?:(?:the|a|an|his|her|its|"
    r"their)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*[,:]?\s*$")
_CITED_AS = re.compile(r"\b(" + "|".join(sorted(CITING_VERBS)) + r")\s+")
_CITED_AS_PROOF = re.compile(r"\b(cited|cites|pointed\s+to|points\s+to|held\s+up)\b[^\"“”.;:]{0,80}?\s+as\s+"
                             r"(?:(?:clear|further|fresh|new|more)\s+)?(evidence|proof|a\s+sign|signs|confirmation)"
                             r"\s+that\s*")
_AS_SAYING = re.compile(r"\s+as\s+(?:saying|calling|describing|stating|telling|warning|adding|"
                        r"terming|labelling|labeling|urging|declaring)\b")
# "The text “...”": a bare noun phrase before the mark, no verb of its own
_BARE_NP_BEFORE = re.compile(r"\s*(?:The|This|That|Its|Their|His|Her|Such)(?:\s+[a-z][\w-]*){1,3}\s*")
_STATEMENT = re.compile(r"(?:an?|the|in\s+an?)\s+(?:\w+\s+){0,2}?(?:statement|press release|release|"
                        r"communiqu[eé]|readout|post|tweet|note)\s+(?:(?:posted|issued|released|published|"
                        r"shared|put\s+out|sent)\s+(?:[\w-]+\s+){0,3}?)?(?:by|from|issued\s+by|of)\s+",
                        re.IGNORECASE)
_ISSUED_NP = re.compile(r"(?:the|The|that|That|this|This)\s+(?:[a-z][\w-]*\s+){0,2}?(" +
                        "|".join(longest_first(ISSUED_TEXTS)) + r")\b")
# joint8: a text by its article and up to three modifiers ("A joint Chile-Peru statement"), the
# pair that issued it may stand among them
_TEXT_NP = re.compile(r"(?:an?|the|their)\s+(?:[\w/-]+\s+){0,3}?(?P<w>statement|communiqu[eé]|declaration|"
                      r"release|readout)\b", re.IGNORECASE)
# "Chile and Peru said in a joint statement": after a pair, the clause that makes it the issuer
_SAID_IN_JOINT_TEXT = re.compile(r"\s+(?:also\s+|jointly\s+)?(?:said|say|says|stated|added|announced|declared)"
                                 r"\s+(?:\w+\s+){0,2}?in\s+(?:a|an|their)\s+joint\s+(?:statement|communiqu[eé]|declaration)")
# "The Arland Minister ...", "the Chilean Minister ...": an article and a state
_ARTICLE_STATE = re.compile(r"(?:the|The)\s+((?:[A-Z][\w’'.-]*\s+){1,3})")
# "of the University of the South Coast", "at the Institute for Peace and Security": where a
# named person works, a capitalised name with its function words
_OF_INSTITUTION = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w’'.&-]*"
                             r"(?:\s+(?:of|for|and|on|the|[A-Z][\w’'.&-]*))*\s*")
# "The declaration which was read (out) by ...": a text as the subject, a reader in its clause
_TEXT_READ_BY = re.compile(r"\b(statement|declaration|communiqu[eé]|text|letter|message|document)\s+"
                           r"(?:which|that)\s+was\s+(?:read|read\s+out|presented|delivered)\s+(?:out\s+)?by\b"
                           r"[^.;:\"“”]{0,220}$", re.IGNORECASE)
# "Quoting Dahl, the agency said ...", "Citing the minister, ...": a relayed person's words
_QUOTING_OPENER = re.compile(r"\s*(?:Quoting|Citing)\s+([^,\"“”]{2,60}?),\s")
# "BRANDT:", "AL-MANSOURI:": a transcript's turn label, a surname in capitals
_CAPS_LABEL = re.compile(r"([A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]{2,})?)(?=\s*:)")
# "Ruiz's spokesman, ", "Ruiz's deputy ": a person's possessive before a common noun
_POSSESSED_NOUN = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?:,\s*|\s+)")
# "both the countries", "the two governments": a pair named before
_BOTH_OF_PAIR = re.compile(r"(?:both\s+(?:the\s+)?|the\s+two\s+)(?:countries|governments|nations|states)\b",
                           re.IGNORECASE)
# a pair's name that ends with its noun ("the US and Saudi governments")
_BODY_NOUN_END = re.compile(r"\s[a-z][\w-]+$")
# 'In a joint statement, "...': a sentence that opens with the text, then the quote
_IN_TEXT_START = re.compile(r"\s*In\s+(?:a|an|the|their)\s+(?:[\w/-]+\s+){0,3}?(statement|communiqu[eé]|declaration)\b")
_IN_TEXT_OPENER = re.compile(r"\s*In\s+(?:a|an|the|their)\s+(?:[\w/-]+\s+){0,3}?(?:statement|communiqu[eé]|"
                             r"declaration)\b[^\"“”.;]{0,60}?,\s*$")
_ISSUED_VERB = {"post": r"post(?:s|ed)?", "statement": r"statement", "tweet": r"tweet(?:s|ed)?",
                "report": r"report(?:s|ed)?", "release": r"release[sd]?"}
# one comma-delimited phrase, inside one sentence ("U.S." may hold dots, a boundary may not)
_APPOSITION_GAP = re.compile(r",[ \t]+(?:[^,;:\"“”().!?\n]|\.(?=\S)){3,110}?,?[ \t]*")
# persons5: words that open a sentence with a modifier phrase before its subject ("Under ...",
# "Led by ...", "Calling itself ...")
_FRONTED_MODIFIER = re.compile(r"(?:Under|With|Led|Headed|Backed|Flanked|Accompanied|Alongside|Unlike|Like|After|"
                               r"Following)\b|(?!\w*jing\b|(?:Some|No|Any|Every)thing\b|Morning\b|Evening\b)"
                               r"[A-Z][a-z]{2,}ing\s+[a-z]")
_COUNTRY_POSSESSIVE = re.compile(r"([A-Z][\w.-]*(?:\s[A-Z][\w-]*)?)['’]s\s+")
_NAME_THEN_ORG_APPOSITION = re.compile(
    r"([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,3}),\s+(?:the|a|an)\s+[^,.;\"“”]{0,60}?\b(?i:" +
    "|".join(longest_first(h for h in ORG_HEADS if " " not in h and len(h) > 3)) + r")\b")
_QUOTED_AS = re.compile(r"\b(?:was|were|is|are|has been|had been)\s+(?:also\s+)?quoted\s+(?:by\s+[^,]{1,40}\s+)?as\s*$")
_OF_OFFICE = re.compile(r"\s+of\s+(State|Government|state|government)\b")
_PARTICIPLE_OPENER = re.compile(r"(?!According\b)(?:[A-Z][a-z]+ly\s+)?[A-Za-z]+ing\b[^,;\"“”]{0,90},\s*")
# "his Nigerien counterpart, General X": the counterpart phrase right before a name
_COUNTERPART_BEFORE = re.compile(r"\bcounterparts?\b[^.;\"“”]{0,40}$")
_CAPS_BEFORE_TITLE = re.compile(r"(?:[A-Z][\w&.-]*[ \t]+){1,3}")
_PARTICIPLE_LEAD = re.compile(r"[ \t]*(?:[A-Z][a-z]+ly[ \t]+)?([A-Z][a-z]+ing)\b[^.;:\"“”\n]{0,80}")
_GROUP_NOUNS = r"(?:leaders|heads\s+of\s+state(?:\s+and\s+government)?|(?:foreign\s+|defen[cs]e\s+)?ministers|" \
               r"member\s+states|members|co-chairs|co-chairmen|chairs|envoys)"
_MEMBERS_OF = re.compile(r"(?:the\s+)?" + _GROUP_NOUNS + r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
# "The co-chairs also welcomed": a group noun alone, before its verb
_GROUP_REFERENCE = re.compile(r"(?:the|The)\s+(" + _GROUP_NOUNS + r")\b(?!\s+of\b)")
_SIGNED_BY = re.compile(r"\s+in\s+(?:a|an|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|release|"
                        r"communiqu[eé]|petition)\s+(?:jointly\s+)?signed\s+by\s+")
_OWN_OFFICE_APPOSED = re.compile(r"['’]s\s+[^,.;\"“”()]{2,60},\s*")
# words that modify a name after a closing mark ("," Arland Navy chief Admiral "): no clause
_MODIFIER_WORDS = re.compile(r"[ \t]*,?[ \t]*(?:(?!(?:while|and|but|as|who|which|that|when|whereas|after|before|"
                             r"because|although|though|if|since|where|amid|then|with|to|for|of|on|in)\b)"
                             r"[\w’'.-]+[ \t]+){1,6}", re.IGNORECASE)
_SPOKES_FOR = re.compile(r"an?\s+(?:[a-z]+\s+)?spokes(?:person|man|woman)\s+(?:for|of|at)\s+", re.IGNORECASE)
# a sentence whose subject is an unnamed group ("Analysts called the speech "..."")
_UNNAMED_GROUP_SUBJECT = re.compile(r"(?:(?:But|And|Meanwhile|However|Still),?\s+)?(?:(?:The|Some|Many|Several|Other|Most|"
                                    r"Western|Foreign|Local|Senior|Regional|Independent)\s+)*(?:"
                                    + "|".join(sorted(UNNAMED_GROUPS)) + r")\b", re.IGNORECASE)
_FOR_FRAME = re.compile(r"For\s+(?=(?:the|[A-Z]))")
_FOR_PRONOUN_FRAME = re.compile(r"For\s+(him|her),\s*")
_COUNTERPART_OF = re.compile(r"\b(?:his|her|its|their)\s+([A-Z][\w-]+)\s+counterparts?\b")
_IN_PLACE_TAIL = re.compile(r"\s+in\s+[A-Z][\w.-]*(?:[ -][A-Z][\w-]*){0,2}$")
_ISSUED_BY_VERB = re.compile(r"\b(?:said|says|stated|wrote|added|issued|released|published|posted|put out|"
                             r"shared|announced)\s+(?:\w+\s+){0,3}?(?:in\s+|on\s+)?(?:a|an|the|its|his|her|their)\s+"
                             r"(?:[\w-]+\s+){0,2}?$")
# a reporting clause right after a quote whose subject names nobody known
_LOOSE_CLAUSE = re.compile(r"[\s,]*(?:(?!(?:and|but|while|whereas|as|which|that|who|he|she|it|they)\b)"
                           r"[A-Za-z][\w'’-]*\s+){1,5}?(?:"
                           + _REPORT_RE + r")\b")
_SUBJECT_VERB = re.compile(r",?\s+(?:(?:also|then|later|had|has|was|is|were|will|would|could|did)\s+)?"
                           r"(?:was|is|has|had|were|will|would|" + _SAY_RE + r")\b")
_INVERTED_SAY = re.compile(r",\s+(?:" + _REPORT_RE + r")\s+")
_ISSUING_VERBS = re.compile(r"\b(?:issued|released|published|posted|put out|adopted|approved|"
                            r"tweeted|wrote|said|says|stated)\b")
# "a UN statement said", "the MEA (ministry) release said": the body's own text or voice
_BODY_VOICE_TAIL = re.compile(r"(?:['’]s)?(?:\s+\([A-Z]{2,8}\))?\s+(?:joint\s+)?(?:" + "|".join(
    re.escape(v) for v in longest_first(BODY_VOICES)) + r")\b")
# an article and up to three lower-case modifiers before a body's name ("the state-run X")
_WORKS_AT = re.compile(r"\b(?:at|of|from|with|for|in|on|to)\s+(?:the\s+)?$", re.IGNORECASE)
_LEAD_ARTICLE = re.compile(r"(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}", re.IGNORECASE)
_OWN_VOICE = re.compile(r"(his|her)\s+(?:own\s+)?(?:spokes(?:man|woman|person)|office|aides?|press\s+office)\b",
                        re.IGNORECASE)
_QUOTE_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:Quote|Statement|Excerpt)s? (?:from|by) ([^:\n\"“]{2,60}):[ \t]*$")
_BARE_QUOTE_LABEL = re.compile(r"[ \t]*(?:Quote|Quotes|Citation|Excerpt)[ \t]*:[ \t]*")
# a reported clause: "stated that X ...", "said X ...", "..., but at the same time X expressed"
_THAT_CLAUSE = re.compile(r"\b(?:that|but|while|whereas|" + _REPORT_RE + r")\s+(?:(?:at\s+the\s+same\s+time|also|"
                          r"meanwhile|however|then|later)[\s,]+)?(?=[A-Za-z])")
# the reported clause's own verb right after its subject ("X reiterated", "X had also called")
_INNER_VERB = re.compile(r"[\s,]*(?:(?:also|had|has|have|was|is|then|again|further|later)\s+){0,2}(?:"
                         + _SAY_RE + r")\b")
# a new clause between that verb and the mark: someone else may speak there
# "Calling itself the X Council, ..., the junta has vowed to ...": the name the body gives itself
_SELF_NAMING = re.compile(r"(?:Calling|Styling|Naming|Describing)\s+itself\s+(?:the\s+)?"
                          r"([A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|the|and|on))*)\s*,")
_SELF_NAMED_REFERENCE = re.compile(r",\s+the\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\s+(?:(?:has|have|had|also|then)\s+){0,2}$")
# a name governed by a preposition or a naming word is an object, not the subject of a later verb
_NAME_AS_OBJECT = re.compile(r"\b(?:named|called|dubbed|under|by|with|of|for|from|against|including|among)[ \t]+"
                             r"(?:(?:a|an|the)[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}$")
_OWN_COMPLEMENTIZER = re.compile(r"[ \t]+that\b")
# "X said ..., while the minister said that ... "": a second reporting clause with its own subject
# takes the quote from the sentence's first subject
_CONTRAST_REPORTER = re.compile(r"[,;]?\s+(?:while|whereas|but)\s+(?!(?:he|she|they|it|we)\b)([^,;\"“”]{2,60}?)"
                                r"\s+(?:also\s+|later\s+)?(?:" + _REPORT_RE + r")\b")
# spk9: "..., and its deputy chair, X, said": a coordinated clause with its own named subject
_COORDINATED_CLAUSE = re.compile(r",\s+and\s+")
_COORDINATED_SAY = re.compile(r",?\s+(?:" + _ADVERB + r"\s+)?" + _REPORT_RE + r"\b")
_ASKED_WHETHER = re.compile(r"\b(?:" + "|".join(sorted(QUESTION_VERBS)) + r")\s+(?:[\w’'-]+\s+){0,3}?(?:whether|if)\b")
_INDEFINITE_PERSON = re.compile(r"[ \t]*(?:An?|One)[ \t]+((?:[\w-]+[ \t]+){0,3}[a-z][\w-]*)\b")
_THE_PROFESSION = re.compile(r"(?:the|The)\s+(?:\w+\s+){0,2}?(" + "|".join(sorted(PROFESSION_WORDS)) + r")")
_TITLE_ABBREVIATION = re.compile(r"(?:^|(?<=\s))([A-Z][a-z]{1,4})\.\s")
_REPORT_VERB = re.compile(r"\b" + _REPORT_RE + r"\b")
_DIRECTIVE_VERB = re.compile(r"\b(?:" + "|".join(sorted(DIRECTIVE_VERBS)) + r")\b")
_ONLY_ADVERBS = re.compile(r"\s*(?:(?:also|further|then|later|again|personally|formally)\s+)?")
_OWNED_OFFICE = re.compile(r"(?:its|their|his|her)\s+")
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|which|who)\s|\b(?:that|after|before|because)\s")
# ", adding that ...", ", saying that ...": the same subject goes on speaking, no new clause
_SAYING_THAT = re.compile(r"(?:,[\"”’]?|[\"”’],)\s+(?:" + "|".join(sorted(
    (f for f, kind in SPEECH_VERBS.items() if kind == "say" and f.endswith("ing")), key=lambda f: (-len(f), f)))
    + r")\s+that\s")


# "X held talks with Minister Y, who said the plan ... "...": the relative clause's head reports
_RELATIVE_SAY = re.compile(r"[ \t]*,[ \t]+who[ \t]+(?:" + _ADVERB + r"[ \t]+){0,2}(" + _REPORT_RE + r")\b")


# "Let me read what he wrote to them, and I quote: "...": a speaker relaying another's words
_RELAY_QUOTE = re.compile(r"\b(?:and\s+)?I\s+(?:will\s+|can\s+|shall\s+)?quote\s*[:,]?\s*$")
_RELAYED_SOURCE = re.compile(r"\bwhat\s+(?:(he|she|they)|(?=[A-Z]))(?:[^,;:\"“”]{0,40}?)\s+(?:had\s+)?"
                             r"(?:said|told|wrote|stated|declared|put\s+it)\b|\b(his|her|their)\s+(?:own\s+)?words\b")


# "the Gen said": a capitalised rank used as a noun, not the head of a longer name ("the General Assembly")
_RANK_NOUN = re.compile(r"(?:the|The)\s+([A-Z][a-z]{1,9})\.?(?![\w-]|\s+[A-Z])")


# spk7: "they have "viewed ..."", "she "rejected ..."": a subject pronoun right before the mark
# (a few auxiliaries or adverbs between), the quote being its predicate
_PRONOUN_PREDICATE = re.compile(r"\b([Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:have|has|had|also|then|were|was|would|will|"
                                r"still|further|again|now|had\s+also)\s+){0,3}$")
# a word that may be a plural noun "they" could point to instead ("the rebels", "Two groups")
_PLURAL_LOOKING = re.compile(r"\b[A-Za-z][a-z-]*[^sui\W]s\b")


# spk7: ", Tomas Berg, said": a comma, an apposed name, then a comma, the verb or the sentence's end
_APPOSED_COMMA = re.compile(r"[ \t]*,[ \t]*")
_NAME_CLOSES_APPOSITION = re.compile(r"[ \t]*(?:[,.;]|$|(?=" + _SAY_RE + r"\b))", re.MULTILINE)


# spk7: "X's statement read: "", "The letter reads, "": a text that reads the words; group 1 a
# possessive's "'s", group 2 a determiner, group 3 the text's noun
_TEXT_READ_BEFORE = re.compile(r"(?:(['’]s)|\b(the|this|that|his|her|The|This|That|His|Her))\s+"
                               r"(?:[a-z][\w-]*\s+){0,2}?(" + "|".join(longest_first(ISSUED_TEXTS)) +
                               r")\s+(?:read|reads)(?:\s+in\s+part)?\s*[,:]?\s*$")


# "Voss: "...": a name, a colon, the mark (a label of whose words follow)
_LABEL_COLON = re.compile(r"[ \t]*:[ \t]*")
_LEADING_BLANKS = re.compile(r"[ \t]*")


# "Miroslav Lajcak did not specify": a bare name followed by its verb (no apposition, no "and")
_BARE_NAME_VERB = re.compile(r"[ \t]+(?!(?:and|or|of|who|which)\b)[a-z]")


# spk8a: ", NI (M), Chief of Army Staff (COAS)": an apposition after a name (post-nominals
# and the office's words, no clause) that ends in an acronym in brackets
_APPOSED_ACRONYM = re.compile(r"[ \t]*,[ \t]+(?:[A-Z]{1,4}[ \t]+\([A-Z]\)[ \t]*,[ \t]+)?(?:the[ \t]+)?"
                              r"(?P<head>[A-Z][\w’'-]*)(?:[ \t]+(?:[A-Z][\w’'-]*|of|for|and|the|on)){0,8}[ \t]+\((?P<acr>[A-Z]{2,8})\)")
# "The visiting dignitary ...": the article and the next three lower-case words
_DEFINITE_LEAD_WORDS = re.compile(r"[ \t]*(?:the|The)[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)")


# capitalised title words before a name in a headline's tail ("RRM Shri ", "Foreign Minister ")
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.’'-]*[ \t]+){0,4}")
# "Solomon Islands PM", "Chile's Foreign Minister": a state's name, then the office
_STATE_OFFICE_TAIL = re.compile(r"([A-Z][\w.-]*(?:[ \t][A-Z][\w.-]*){0,2})(?:['’]s)?[ \t]+"
                                r"([A-Za-z]+(?:[ \t][A-Za-z]+)?)")


# spk9: "Armed Forces of Arland (AFA) chief Gen. X": the body's initials in brackets after its
# name, then the office and a rank abbreviation before the person
_PAREN_ACRONYM = re.compile(r"[ \t]*\([A-Z][A-Za-z.]{1,9}\)")


def _after_paren_acronym(t: str, e: int) -> int:
    m = _PAREN_ACRONYM.match(t, e)
    return m.end() if m else e


def _rank_word(w: str) -> bool:
    """A rank written out or abbreviated ("Gen.", "Col"); a bare word with a dot is no rank."""
    return w.rstrip(".").lower() in RANKS and (not w.endswith(".") or len(w) <= 5)


# spk9: "the Minister of Defence, General (r) X,": a rank and a retired mark before the name
_RANK_THEN_RETIRED = re.compile(r"((?:[A-Z][a-z]{1,10}\.?[ \t]+){1,2})(?:\((?:r|ret|retd|rtd)\.?\)[ \t]+)?")


def _after_rank(t: str, pos: int) -> int:
    m = _RANK_THEN_RETIRED.match(t, pos)
    if m is None or not all(_rank_word(w) for w in m.group(1).split()):
        return pos
    return m.end()


def _person_in_lead(lead: str) -> bool:
    """spk8a: "The visiting dignitary appreciated <Army>": a person's noun that another word
    follows before the body's name is the subject, the body the object (unlike "the official
    X", where the word is an adjective of the name)."""
    words = lead.lower().split()[1:-1]
    return any(w in OFFICE_HEADS or w in PERSON_DESCRIPTION_NOUNS for w in words)


@functools.lru_cache(maxsize=4096)
def _countries_in_title(title: str) -> str | None:
    """The first country a title names ("Ambassador of the Sultanate of Oman to ...")."""
    found = find_countries(title) if title else []
    return found[0].country if found else None


def _gaps(ranges: list[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    """The parts of [a, b) outside the given (sorted, disjoint) ranges."""
    out, pos = [], a
    for x, y in ranges:
        if y <= pos or x >= b:
            continue
        if x > pos:
            out.append((pos, x))
        pos = max(pos, y)
    if pos < b:
        out.append((pos, b))
    return out


def _breaks_clause(t: str, a: int, b: int) -> bool:
    """A new clause between a reported clause's verb and the mark at b (someone else may speak
    there); a participle of saying that continues the same subject is not one."""
    goes_on = [(m.start(), m.end()) for m in _SAYING_THAT.finditer(t, a, b)]
    return any(not any(s <= m.start() < e for s, e in goes_on) for m in _CLAUSE_BREAK.finditer(t, a, b))


_TEXT_READ = re.compile(r"\s+read\b(?!\s+(?:out|by|aloud))")
_SAY_COMMA = re.compile(r"[ \t,]*(" + _SAY_RE + r"),[ \t]+")
_ADVERBIAL_COMMA = re.compile(r"[^,\"“”\n]{1,60},[ \t]*")
_TRAILING_ACRONYM = re.compile(r"\s*\([A-Z]{2,8}\)\s*$")
_ISSUED_WORD = re.compile(r"\b(?:" + "|".join(longest_first(ISSUED_TEXTS)) + r")\b", re.IGNORECASE)
# "the chair of the panel, Mr X": an office phrase, then the name after its comma
_APPOSED_NAME = re.compile(r"[^,\"“”.;:]{3,90},\s*")
# a lower-case body without an article, and the city it sits in ("foreign ministry in X")
_BARE_BODY = re.compile(r"((?:[a-z][\w-]*\s+){1,2}(?:ministry|office|department|embassy))"
                        r"(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?(?=\s)")
_AGENCY_NAME = re.compile(r"\s+((?:[A-Z][\w&.’'-]*)(?:\s+[A-Z][\w&.’'-]*){0,3})(?=[\s,])")


# "the country's ministry", "its ministry": a possessor that names no body of its own
_GENERIC_POSSESSOR = re.compile(r"^(?:(?:country|nation|state|government)['’]s|its|their)\s+", re.IGNORECASE)


# lower-case modifiers before a capitalised name ("state-run Arland Radio")
_LOWER_LEAD = re.compile(r"^(?:(?:[a-z][\w-]*|\d+(?:st|nd|rd|th))\s+){1,3}(?=[A-Z])")   # "38th Summit" too


def _holders_not_of_other_country(people: list[Entity], head: str, country: str) -> list[Entity]:
    """People titled with this office whose country is unknown or is this one: "Colombia's
    foreign minister" may be the minister of no stated country, not the Peruvian one."""
    out = []
    for e in people:
        if not (e.title and head in e.title.lower().split()):
            continue
        ec = e.country or next((m.country for m in e.mentions if m.country), None)
        if ec is None or ec == country:
            out.append(e)
    return out


def _acronym_of_place(text: str, acronym: str) -> bool:
    """The article spells the acronym out as a place ("Line of Control (LoC)", "Exclusive
    Economic Zone (EEZ)"): its capitalised words with these initials hold a place noun and no
    organisation noun."""
    for m in _spelled_out_before(text, acronym):
        words = m.group(1).split()
        caps = [w for w in words if w[:1].isupper()]
        low = {w.lower() for w in words}
        if "".join(w[0] for w in caps[-len(acronym):]).upper() == acronym.upper() and (
                low & PLACE_HEADS and not low & ORG_HEADS):
            return True
    return False


def _spelled_out_before(text: str, acronym: str) -> list[re.Match]:
    """The matches, in order, of `words (ACRONYM)` over the whole text, read only before each
    "(ACRONYM)": the words hold word characters, hyphens and spaces only, so a match lies between
    the bracket and the last other character before it (the pattern, which may start at any
    character, was tried at every one of the article for every acronym)."""
    bracket = "(" + acronym + ")"
    pat = re.compile(r"((?:[A-Z][\w-]*\s+(?:(?:of|the|and)\s+)*){1,6})\(" + re.escape(acronym) + r"\)")
    out: list[re.Match] = []
    at = text.find(bracket)
    while at >= 0:
        i = at
        while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "_-" or text[i - 1].isspace()):
            i -= 1          # str.isalnum and "_" are the engine's \w, str.isspace its \s
        out.extend(pat.finditer(text, i, at + len(bracket)))
        at = text.find(bracket, at + 1)
    return out


def _outermost(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Spans (sorted by start) not inside an earlier, longer one: "The Arland Ministry of Trade",
    not also "Arland Ministry" within it."""
    out: list[tuple[int, int, str]] = []
    reach = -1
    for f in spans:
        if f[1] <= reach:
            continue
        out.append(f)
        reach = max(reach, f[1])
    return out


def _gender_of_name_endings(name: str) -> str | None:
    """"Sigrun Haraldsdottir" is a woman, "Ivan Petrovich Orlov" a man: a surname or patronymic
    ending that only one gender bears, a prior a pronoun may still overrule."""
    words = name.lower().split()
    if len(words) >= 2:
        for end, g in GENDERED_SURNAME_ENDINGS.items():
            if words[-1].endswith(end):
                return g
    if len(words) == 3:
        for end, g in GENDERED_PATRONYMIC_ENDINGS.items():
            if words[1].endswith(end):
                return g
    return None


def _office_before_rank(before: str, n: int) -> str:
    """`The Chief of Defence Staff, General X`: the last n words of the office written before
    the name, past the rank or honorific right before it."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", before) if w.lower() not in ("of", "for", "and", "the")]
    while words and (words[-1].lower().rstrip(".") in RANKS or words[-1].lower() in HONORIFICS):
        words.pop()
    return " ".join(words[-n:])


def _spelling(word: str) -> str:
    """One spelling for variants ("defense" and "defence")."""
    return AGREEMENT_SPELLING_VARIANTS.get(word, word)


def _office_of_body(mods: list[str]) -> str | None:
    """The office in `Secretary of Defense`, `Minister of Foreign Affairs`: an office word
    followed by `of`, among the words before a body's head noun."""
    low = [w.lower() for w in mods]
    for i, w in enumerate(low[:-1]):
        if w in OFFICE_HEADS and low[i + 1] == "of":
            return w
    return None


# "Marek sounded the alarm", "Russia says": a capitalised word, then a finite verb
_BARE_SUBJECT = re.compile(r"([A-Z][a-z][\w'’-]*)\s+(?:also\s+)?(?:[a-z]+ed|says|said|told|warned|wrote|spoke)\b")

# "It is noted that", "It was stressed that": a translated statement's voice, with no agent
_IMPERSONAL_PASSIVE = re.compile(
    r"It\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|further\s+)?(?:noted|emphasi[sz]ed|stressed|"
    r"underlined|underscored|pointed\s+out|recalled|stated|reiterated|added)\s+(?:that\b|,)")


def _org_head(key: str) -> str:
    """The head noun of an organisation's name: its last word, or the word before `of`/`for`/`in`
    ("ministry of commerce", "agency for maritime order")."""
    words = key.split()
    for link in ("of", "for", "in"):
        if link in words[1:]:
            return words[words.index(link, 1) - 1]
    return words[-1]


# spk8b: what stands before an indefinite role that describes a person already named
# ("Ivo Marek, a spokesman", "served as an envoy"), and the gap before a name apposed after it
_NAMED_APPOSITION = re.compile(r"(?:[A-Z][\w'’.-]*,|\b(?:as|is|was|became))\s+$")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|both|his|her|their|our|its)\s+$", re.IGNORECASE)
_APPOSED_NAME_GAP = re.compile(r"[,:]?\s*")
_OFFICE_TAIL = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+(?:and|of|the)\s+|\s+|(?=,))){1,5}")
# "His Highness said": a style of address standing alone for the person it styles
_BARE_HONORIFIC = re.compile(r"((?:His|Her)\s+(?:Highness|Excellency|Majesty|Holiness|Eminence))\b"
                             r"(?!\s+(?:the\s+)?[A-Z]|['’]s\b)")     # not "His Majesty's Government"
_GUEST_NP = re.compile(r"(?:the|The)\s+(?:visiting\s+|distinguished\s+|foreign\s+|honoured\s+|honored\s+)?([a-z]+)\b")
_VISIT_OR_HOST = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in VISITING_VERBS + tuple(sorted(HOSTING_VERBS)))
                            + r")\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.;!?](?:\s|$)")
_RANK_NOUN_LOWER = re.compile(r"(?:the|The)\s+(general|admiral|colonel|brigadier|commodore|marshal)\b")
# spk8b: `," said one of the diplomats, who asked not to be named`: an unnamed source after the verb
_SAID_UNNAMED = re.compile(r"[\s,]*(?:" + _REPORT_RE + r")\s+(?:one|some|two|three|several|another)\s+of\s+the\b")
_OBJECT_PRONOUN = re.compile(r"(him|her)\b", re.IGNORECASE)
OBJECT_PRONOUNS = {"him": "he", "her": "she"}
_OWN_REPORT_RE = re.compile(r"\s*(?:He|She|It|They|We)\s+(?:also\s+|further\s+|later\s+)?[a-z]+\s+that\b")


def _opens_own_report(text: str, q, after: int) -> bool:
    """`...aspire for "freedom." It also mentioned that ...`: a quote that ends its sentence,
    followed by a pronoun reporting a new `that` clause, is not what that pronoun says; the
    pronoun's verb introduces its own content (a `He said.` after such a quote still counts)."""
    return bool(re.search(r"[.…]$", text[q.start:q.end])) and bool(_OWN_REPORT_RE.match(text, after, after + 60))


def _not_a_speaker(ent: Entity) -> bool:
    """An 'organisation' that is a document ("the ministers' joint statement"): the text speaks
    for its issuer, it is not one."""
    if ent.kind != "organisation":
        return False
    # "the company said" with no company named: a common noun names no one
    # "Defence" cut from "the Defence and Interior Committee": a domain word alone names no body
    return ent.name.split()[-1].lower() in ISSUED_TEXTS or (" " not in ent.name and (
        ent.name.islower() or ent.name.lower() in DOMAIN_WORDS))


def _modifiers_agree(ref_key: str, org_key: str) -> bool:
    """`the foreign ministry` refers to `Japan's Foreign Ministry`, not to `Japan's Defence
    Ministry`: every modifier of the reference stands in the organisation's name."""
    words = set(re.findall(r"[\w-]+", org_key))
    return all(w in words for w in re.findall(r"[\w-]+", ref_key)[:-1])


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
    confidence: float | None = None
    evidence: str = ""
    suggested: Entity | None = None      # the best candidate when it is below the threshold


@dataclass(slots=True)
class Candidate:
    """One reading of who spoke a quote, with the evidence for it and its strength (0..1)."""
    entity: Entity
    rule: str
    score: float
    evidence: str


@dataclass(slots=True)
class QuoteContext:
    """Where a quote sits: its sentence, the text after the closing mark, its paragraph."""
    si: int
    sent_start: int
    close: int
    after: int
    sent_end: int
    para_end: int
    para: int
    via: str | None
    blocked: str | None = None      # a reporting clause before the mark named someone unknown


# a word of a definite description; a dotted initialism ("the U.S. envoy", "the U.N. chief") is
# one word, a modifier like "US", not the end of the phrase at its first dot
_DEFINITE_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][\w’'-]*")


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
    for w in _DEFINITE_WORD.finditer(seg[m.end():]):
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
        if low in OFFICE_HEADS or ("-" in low and any(p in OFFICE_HEADS for p in low.split("-"))):
            return "role"           # "the Under-Secretary-General"
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
        mo = _OF_OFFICE.match(seg, end)
        if kind == "role" and mo and f"{word} of {mo.group(1)}".lower() in ROLE_EQUIVALENTS:
            return kind, word.lower(), f"{word} of {mo.group(1)}", country, mo.end()   # "the Head of State"
        return kind, word.lower(), " ".join(mods + [word]), country, end
    return None


class Resolver:
    def __init__(self, doc: Document, mentions: list[NameMention], people: list[Entity],
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
        self._named_next: set[int] = set()      # sentences whose unnamed subject the next one names
        self._soft_gender: set[int] = set()     # people whose gender only a given name suggests
        self._joints: dict[tuple[str, ...], Entity] = {}    # joint8: the pairs that issue joint texts
        self._scan_orgs()
        self._infer_gender()

    # -- organisations ------------------------------------------------------------------
    def _in_quote(self, pos: int) -> bool:
        return pos in self._qset

    def org(self, phrase: str, pos: int, end: int, reference: bool) -> Entity | None:
        """The organisation a phrase names; a reference ("the ministry") joins the last
        organisation with the same head word, an acronym the name with those initials."""
        name = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.IGNORECASE).strip(" ,")
        if reference:
            name = _GENERIC_POSSESSOR.sub("", name)     # "the country's foreign ministry"
        elif " " not in name and name.lower() in ORG_HEADS:
            reference = True        # "the Ministry said": the ministry named in full before
        name = _LOWER_LEAD.sub("", name)      # "state-run Arland Radio": the name
        if not name:
            return None
        key = name.lower()
        head = key.split()[-1]
        initials = None
        if re.fullmatch(r"[A-Z]{2,8}", name):
            initials = name
        for e in self._named_before(pos) if reference else reversed(self.orgs):
            ek = e.name.lower()
            if ek == key or key in [a.lower() for a in e.aliases]:
                self._note(e, name, pos, end)
                return e
            if initials and "".join(w[0] for w in re.split(r"[\s-]+", e.name) if w[:1].isupper()) == initials:
                self._note(e, name, pos, end)
                return e
            if reference and head in (ek.split()[-1], _org_head(ek)) and len(key.split()) <= len(ek.split()) \
                    and _modifiers_agree(key, ek):
                self._note(e, name, pos, end)
                return e
            if reference and head in REFERENCE_SYNONYMS and _org_head(ek) in REFERENCE_SYNONYMS[head]:
                self._note(e, name, pos, end)
                return e        # "the portfolio": the ministry last named
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

    def _named_before(self, pos: int) -> list[Entity]:
        """Organisations mentioned before pos, the most recently mentioned first: a reference
        ("the ministry added") points back, never to a body the article names only later."""
        last: dict[int, tuple[int, Entity]] = {}
        for s, _e, o in self.org_mentions:
            if s < pos and (id(o) not in last or s > last[id(o)][0]):
                last[id(o)] = (s, o)
        return [o for _s, o in sorted(last.values(), key=lambda x: -x[0])]

    def _note(self, e: Entity, surface: str, pos: int, end: int) -> None:
        e.add_alias(surface)
        self.org_mentions.append((pos, end, e))
        e.mentions.append(NameMention(pos, end, surface, "organisation"))

    def _scan_orgs(self) -> None:
        t = self.text
        found: list[tuple[int, int, str]] = []
        known, pats = _org_patterns()
        for m in known.finditer(t, self.doc.body_start):
            if not self._in_quote(m.start()):
                found.append((m.start(1), m.end(1), m.group(1)))
        for k, p in enumerate(pats):
            for m in (_title_before_acronym(t, self.doc.body_start) if k == 4 else p.finditer(t, self.doc.body_start)):
                s, e = m.start(1), m.end(1)
                phrase = m.group(1).strip()
                if self._in_quote(s) or any(a <= s < b and a != s for a, b, _ in found):
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
                    if acronym and _acronym_of_place(t, phrase):
                        continue        # "the LoC": a line, a zone or a region, no body
                    if acronym and self._office_initials(phrase):
                        continue        # spk8a: "the CS", a Cabinet Secretary: a person's office, no body
                    if not (acronym or low[-1] in ORG_HEADS or low[-1] in OUTLET_WORDS  # "The Guardian"
                            or len(words) >= 2 and low[-1] not in PLACE_HEADS
                            and not any(country_of(w) for w in words[-1:])):
                        continue
                if k == 4 and (any(
                        m_.start <= s < m_.end or s <= m_.start < e for m_ in self.mentions)):
                    continue        # a body's title has a body's head word and names no person
                found.append((s, e, phrase))
        # the longest phrase at a start: "the Office of the Spokesperson of X", not "the Office"
        longest: dict[int, tuple[int, int, str]] = {}
        for f in found:
            if f[0] not in longest or f[1] > longest[f[0]][1]:
                longest[f[0]] = f
        for s, e, phrase in _outermost(sorted(longest.values())):
            # "the news agency": a lower-case phrase refers back to a body named in full
            self.org(phrase, s, e, reference=phrase[:1].islower())

    # -- gender ---------------------------------------------------------------------------
    def _infer_gender(self) -> None:
        votes: dict[int, dict[str, int]] = {}
        for e in self.people:
            for m in e.mentions:
                if m.gender:
                    e.gender = m.gender
            if e.gender is None:
                # the given name's usual gender: a prior that a pronoun may still overrule
                e.gender = next((m.extra["given_gender"] for m in e.mentions if m.extra.get("given_gender")), None)
                if e.gender is None:
                    e.gender = _gender_of_name_endings(e.name)
                if e.gender is not None:
                    self._soft_gender.add(e.id)
        for m in _PRONOUN.finditer(self.text):
            if self._in_quote(m.start()):
                continue
            if re.search(r"[\"”’'][ \t]*$", self.text[max(0, m.start() - 4):m.start()]):
                continue        # `," she said`: the pronoun being resolved is no evidence of itself
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
    def person_at(self, pos: int, slack: int = 1) -> NameMention | None:
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

    def title_initials(self, acronym: str, pos: int | None = None) -> Entity | None:
        """The one person whose written title has these initials ("the CS": Cabinet Secretary);
        with pos, among those named before it (spk8a: "the CS" points back, never to another
        Cabinet Secretary the article names only later)."""
        found = []
        for e in self.people:
            if pos is not None and not any(m.start < pos for m in e.mentions):
                continue
            titles = {m.title for m in e.mentions if m.title} | ({e.title} if e.title else set())
            # the words written right before the name ("defence cabinet secretary Omar Wekesa")
            titles |= {" ".join(re.findall(r"[A-Za-z][\w-]*", self.text[max(0, m.start - 50):m.start])[-len(acronym):])
                       for m in e.mentions if m.title}
            titles |= {_office_before_rank(self.text[max(0, m.start - 60):m.start], len(acronym))
                       for m in e.mentions if m.title}
            for ti in titles:
                words = [w for w in re.split(r"[\s-]+", ti) if w.lower() not in ("of", "for", "and", "the")]
                n = len(acronym)
                if len(words) >= n >= 2 and "".join(w[0] for w in words[-n:]).upper() == acronym:
                    found.append(e)
                    break
            else:
                if self._office_initials_written_with(e, acronym):
                    found.append(e)
        return found[0] if len(found) == 1 else None

    def _office_initials(self, acronym: str) -> bool:
        """spk8a: the acronym is the initials of an office some person of the article holds:
        written before one's name ("Lands CS Ivo Marek"), or the last words of one's title
        ending in an office noun ("Defence Cabinet Secretary": CS). Such an acronym names an
        office, never a body that speaks."""
        n = len(acronym)
        spelled = _spelled_out_before(self.text, acronym)
        if spelled and not any(w.lower() in OFFICE_HEADS for m in spelled for w in re.split(r"[\s-]+", m.group(1))):
            return False        # "Inter-Services Public Relations (ISPR)": spelled out as a body
        for e in self.people:
            if self._office_initials_written_with(e, acronym):
                return True
            for ti in {m.title for m in e.mentions if m.title} | ({e.title} if e.title else set()):
                words = [w for w in re.split(r"[\s-]+", ti) if w.lower() not in ("of", "for", "and", "the")]
                if len(words) >= n and words[-1].lower() in OFFICE_HEADS \
                        and "".join(w[0] for w in words[-n:]).upper() == acronym:
                    return True
        return False

    def _acronym_apposed_after(self, m: NameMention, acronym: str) -> bool:
        """spk8a: "General X, NI (M), Chief of Army Staff (COAS), at ...": the office apposed
        after the name, its acronym in brackets, before any other name or the sentence's end."""
        mb = _APPOSED_ACRONYM.match(self.text, m.end)
        if mb is None or mb.group("acr") != acronym:
            return False
        if mb.group("head").lower() not in OFFICE_HEADS:
            return False        # ", the President's Media Division (PMD) said": a body, no office
        return not any(m.end < x.start < mb.end() for x in self.mentions)

    def _office_initials_written_with(self, e: Entity, acronym: str) -> bool:
        """`DFM Lars Holm` (a headline) or `Deputy Fisheries Minister Lars Holm` kept as a name: the acronym
        written right before one of e's names, or the initials of the capitalised office words
        that open a longer form of e's name (an untranslated title kept in the name)."""
        before = re.compile(r"(?<![\w-])" + re.escape(acronym) + r"[ \t]+$")
        if any(before.search(self.text, max(0, m.start - len(acronym) - 3), m.start) for m in e.mentions):
            return True
        if any(self._acronym_apposed_after(m, acronym) for m in e.mentions if not m.in_quote):
            return True
        n = len(acronym)
        for form in [e.name, *e.aliases]:
            words = form.split()
            if len(words) > n + 1 and all(w[:1].isupper() for w in words[:n]) \
                    and "".join(w[0] for w in words[:n]) == acronym:
                return True
        return False

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
            pair = pair_at(t, pos + m.end())
            if pair is not None:
                # "the statement from the Chilean and Peruvian governments": the pair
                return Ref("org", self.joint_speaker(pair), pair.end)
            mo = _OWN_VOICE.match(seg, m.end())
            if mo:
                # "a statement from his spokesman": the man the possessive points to
                return Ref("pronoun", "he" if mo.group(1).lower() == "his" else "she", pos + mo.end())
            return self.np_at(pos + m.end())
        named = self._named_at(seg, pos)
        if named is not None:
            return named
        mg = _GUEST_NP.match(seg)
        if mg and mg.group(1).lower() in GUEST_NOUNS:
            guest = self.visiting_guest()
            return Ref("entity", guest.id, pos + mg.end()) if guest is not None else Ref("none", mg.group(0), pos + mg.end())
        if mg and mg.group(1).lower() in LEGISLATOR_NOUNS:
            member = self._sole_legislator(pos)
            return Ref("entity", member.id, pos + mg.end()) if member is not None else Ref("none", mg.group(0), pos + mg.end())
        mh = _BARE_HONORIFIC.match(seg)
        if mh:
            styled = self._styled_before(mh.group(1), pos)
            return Ref("entity", styled.id, pos + mh.end()) if styled is not None else None
        joint = self._joint_issuer_np(seg, pos)
        if joint is not None:
            return joint
        mp = _COUNTRY_POSSESSIVE.match(seg)
        if mp and country_of(mp.group(1)):
            d = definite("the " + seg[mp.end():])
            if d is not None and d[0] == "role":
                end = pos + mp.end() + d[4] - 4
                pm = self.person_at(end + 1)
                if pm is not None and pm.start <= end + 2:
                    return Ref("entity", pm.entity, pm.end)     # "Chile's navy commander X"
                return Ref("role", (d[1], d[2]), end, country_of(mp.group(1)))
        owned = self._owned_office_named(seg, pos)
        if owned is not None:
            return owned
        bare = self._bare_title(seg, pos)
        if bare is not None:
            return self._name_apposed_to_office(bare.end) or bare
        mi = _ISSUED_NP.match(seg)
        if mi and not re.match(r"\s*(?:by|from|of)\b", seg[mi.end():]):
            return Ref("issued", mi.group(1).lower(), pos + mi.end())
        d = definite(seg)
        if d is not None and d[0] == "role":
            named = self._name_apposed_to_office(pos + d[4])
            return named or Ref("role", (d[1], d[2]), pos + d[4], d[3])
        body = self._org_at(pos)
        if body is not None:
            return body
        # "the President", "the Uzbek President", "the FO spokesperson", "the minister"
        d = definite(seg)
        if d is not None:
            kind, head, phrase, country, n = d
            if kind == "role":
                return Ref("role", (head, phrase), pos + n, country)
            ma = _AGENCY_NAME.match(seg, n) if head in AGENCY_NOUNS else None
            if ma and ma.group(1).split()[0].lower() not in SPEECH_VERBS:
                # "the state news agency BNA reported": the agency by its name
                return Ref("org_phrase", ma.group(1), pos + ma.end())
            return Ref("org_phrase", seg[:n], pos + n)
        m = re.match(r"([A-Z][A-Z]{1,7})\b", seg)
        if m:
            return self._acronym_np(seg, pos, m.end())
        m = _BARE_BODY.match(seg)
        if m:
            # `..., foreign ministry in Yerevan said`: a body named without its article
            return Ref("org_phrase", m.group(1), pos + m.end())
        m = re.match(r"(?:an?|the)\s+(?:\w+\s+){0,2}?\w+", seg, re.IGNORECASE)
        if m:
            return Ref("none", seg[:m.end()], pos + m.end())
        return None

    def _owned_office_named(self, seg: str, pos: int) -> Ref | None:
        """spk9: `its deputy chairwoman, Rina Sari, said`: an office owned by a possessive and
        the name apposed to it; without the name the possessive's owner is unknown here."""
        m = _OWNED_OFFICE.match(seg)
        d = definite("the " + seg[m.end():]) if m else None
        if d is None or d[0] != "role":
            return None
        return self._apposed_name(pos + m.end() + d[4] - 4)

    def _acronym_np(self, seg: str, pos: int, n: int) -> Ref:
        """spk8a: a bare acronym at pos is a body's name only when nothing it modifies follows.
        Before a name it is that person's office written in initials ("CS Wanjiru said");
        before an office noun it is the body of the office ("UN envoy says"): the role, whose
        holder the rules for roles find or leave unnamed, never the body itself."""
        pm = self.person_at(pos + n + 1, slack=0)
        if pm is not None and not pm.in_quote and re.fullmatch(r"[ \t]+", self.text[pos + n:pm.start]):
            return Ref("entity", pm.entity, pm.end)
        acronym = seg[:n]
        if acronym.lower() in OFFICE_HEADS or self._office_initials(acronym):
            # "COAS further stated": an office written in initials, its one holder named before
            holder = self.title_initials(acronym, pos)
            return Ref("entity", holder.id, pos + n) if holder is not None else \
                Ref("role", (acronym.lower(), acronym), pos + n)
        d = definite("the " + seg)
        if d is not None and d[0] == "role" and len(d[2].split()) >= 2:
            return Ref("role", (d[1], d[2]), pos + d[4] - 4, d[3])
        return Ref("org_phrase", seg[:n], pos + n)

    def _joint_issuer_np(self, seg: str, pos: int) -> Ref | None:
        """joint8: "A joint Chile-Peru statement", "Chile and Peru said in a joint statement":
        the pair of states that issued the text, as one speaker."""
        mt = _TEXT_NP.match(seg)
        if mt is not None:
            si = self.doc.sentence_of(pos)
            pair = issuers_of_text(self.text, pos + mt.start("w"), pos + mt.end("w"), self.doc.sentences[si].start)
            return Ref("org", self.joint_speaker(pair), pos + mt.end()) if pair is not None else None
        mb = _BOTH_OF_PAIR.match(seg)
        if mb is not None:
            # "both the countries said": the pair named last, in this sentence or the two before
            si = self.doc.sentence_of(pos)
            near = pairs_in(self.text, self.doc.sentences[max(0, si - 2)].start, pos)
            return Ref("org", self.joint_speaker(near[-1]), pos + mb.end()) if near else None
        if "joint" in seg and (seg[:1].isupper() or seg[:4].lower() in ("the ", "both")):
            pair = pair_at(self.text, pos)
            if pair is not None and _SAID_IN_JOINT_TEXT.match(self.text, pair.end):
                return Ref("org", self.joint_speaker(pair), pair.end)
        return None

    def _named_at(self, seg: str, pos: int) -> Ref | None:
        """A named speaker at pos: a body's members, a person (after a body's name too), or
        the one holder of an acronym office ("the CS")."""
        members = self._members_of_body(seg, pos)
        if members is not None:
            return members
        pm = self.person_at(pos) or self._person_after_body_name(pos) or self._person_after_state_article(seg, pos)
        if pm is not None:
            owned = self._possessed_subject(pm)
            return owned if owned is not None else Ref("entity", pm.entity, pm.end)
        ma = re.match(r"(?:the|The)\s+([A-Z]{2,5})\b", seg)
        if ma and country_of(ma.group(1)) is None:
            holder = self.title_initials(ma.group(1), pos)
            if holder is not None:
                return Ref("entity", holder.id, pos + ma.end())
        mr = _RANK_NOUN.match(seg) or self._lowercase_rank_reporting(seg)
        if mr and mr.group(1).lower() in RANK_NOUNS:
            holder = self.rank_holder(RANK_NOUNS[mr.group(1).lower()], pos)
            if holder is not None:
                return Ref("entity", holder.id, pos + mr.end())
        return None

    @staticmethod
    def _lowercase_rank_reporting(seg: str) -> re.Match | None:
        """spk8b: `," the general said`: a rank written in lower case is a reference only as
        the subject of a reporting verb (or closing a clause), not in "the general public"."""
        m = _RANK_NOUN_LOWER.match(seg)
        if m is None:
            return None
        nxt = re.match(r"\s*(?:([,.;:])|(?:also\s+|later\s+)?([a-z]+))", seg[m.end():])
        return m if nxt and (nxt.group(1) or (nxt.group(2) or "") in SPEECH_VERBS) else None

    def rank_holder(self, rank: str, pos: int) -> Entity | None:
        """`the Gen said`: the one person written with that rank (short or full form) right
        before a name ("Lt Gen Lars Holm") and named before pos (a reference points back, never
        to someone the article introduces later); two such, or none, and it is nobody."""
        forms = [k for k, v in RANK_NOUNS.items() if v == rank]
        before = re.compile(r"(?<![\w-])(?:" + "|".join(forms) + r")\.?[ \t]+$", re.IGNORECASE)
        found = []
        for e in self.people:
            if not any(m.start < pos for m in e.mentions):
                continue
            # a title that is a rank ("Lt Gen"), not an office that holds the word ("Director General")
            ranks = [t.lower().replace(".", "").split() for t in [e.title or ""] + [m.title or "" for m in e.mentions]]
            if any(before.search(self.text, max(0, m.start - 12), m.start) for m in e.mentions) or any(
                    w and all(x in RANKS for x in w) and w[-1] in forms for w in ranks):
                found.append(e)
        return found[0] if len(found) == 1 else None

    def _org_at(self, pos: int) -> Ref | None:
        """A named organisation at pos (after an article and lower-case modifiers), or the one
        an unnamed spokesperson speaks for ("a spokesperson for the X Ministry")."""
        t = self.text
        mf = _SPOKES_FOR.match(t, pos)
        if mf is not None:
            body = self._org_at(mf.end())
            if body is None or body.kind != "org":
                return None
            # "a spokesperson for the X Ministry, Tomas Berg, said": the spokesperson, named
            return self._apposed_name(body.end) or body
        for s, e, org in self.org_mentions:
            lead = t[pos:s] if pos <= s <= pos + 40 else "x"
            if not lead.strip() or _LEAD_ARTICLE.fullmatch(lead) and not _person_in_lead(lead):
                mv = _BODY_VOICE_TAIL.match(t, e)
                if mv:
                    return Ref("org", org, mv.end())     # "a UN statement said": the UN
                mo = _OWN_OFFICE_APPOSED.match(t, e)
                pm = self.person_at(mo.end()) if mo else None
                if pm is not None and pm.start <= mo.end() + 1:
                    # "the Union's foreign policy chief, X, said": its officer, named
                    return Ref("entity", pm.entity, pm.end)
                if re.match(r"an?\s", lead, re.IGNORECASE):
                    continue        # "a ministry official": one of its people, unnamed
                ea = _after_paren_acronym(t, e)
                mw = re.match(r"\s+([A-Za-z-]+)", t[ea:ea + 30])
                if mw and mw.group(1).lower() in OFFICE_HEADS:
                    pm = self._person_after_office(ea)
                    if pm is not None:
                        return Ref("entity", pm.entity, pm.end)     # "Arland Motors chief executive X"
                    continue        # "UN Secretary General, X, said": the body names his office
                ma = _AGENCY_NAME.match(t, e) if t[s:e].split()[-1].lower() in AGENCY_NOUNS else None
                if ma and ma.group(1).split()[0].lower() not in SPEECH_VERBS:
                    # "the state news agency BNA reported": the agency by its name
                    return Ref("org_phrase", ma.group(1), ma.end())
                return Ref("org", org, e)
        return None

    def _apposed_name(self, e: int) -> Ref | None:
        """A person's name apposed right after position e (`, Tomas Berg,`)."""
        m = _APPOSED_COMMA.match(self.text, e)
        pm = self.person_at(_after_rank(self.text, m.end())) if m else None
        if pm is None or pm.in_quote or not _NAME_CLOSES_APPOSITION.match(self.text, pm.end):
            return None
        return Ref("entity", pm.entity, pm.end)

    def _name_apposed_to_office(self, e: int) -> Ref | None:
        """spk8b: `The Minister of Defence, Alhaji X, made this known`: the office's own words
        (its "of ..." tail) and then a name between commas; the name is the phrase, not a
        holder guessed from titles (he may be titled only by this very apposition)."""
        m = _OFFICE_TAIL.match(self.text, e)
        return self._apposed_name(m.end() if m else e)

    def _person_after_office(self, e: int) -> NameMention | None:
        """`<Body> chief executive <Name>`: the person named right after the office words that
        follow a body's name."""
        for m in self.mentions[bisect_left(self._mention_starts(), e):]:
            if m.start > e + 50:
                break
            words = self.text[e:m.start].split()
            if words and re.fullmatch(r"\s+(?:[A-Za-z][\w-]*\.?\s+){1,4}", self.text[e:m.start]) and all(
                    w.islower() or w.lower() in OFFICE_HEADS or _rank_word(w) for w in words):
                return m
        return None

    def _possessed_subject(self, pm: NameMention) -> Ref | None:
        """`Ruiz's spokesman, Karl Sanz, said`: a person's possessive before a common noun makes
        the noun the subject, not the person: the person apposed to it, or nobody named."""
        mo = _POSSESSED_NOUN.match(self.text, pm.end)
        if mo is None:
            return None
        nxt = self.person_at(mo.end(), slack=2)
        if nxt is not None and nxt is not pm and nxt.start - mo.end() <= 3:
            return Ref("entity", nxt.entity, nxt.end)
        return Ref("none", mo.group(0), mo.end())

    def _person_after_state_article(self, seg: str, pos: int) -> NameMention | None:
        """`The Arland Minister of Police, Ports and Fisheries, Ivo Marek, told`: the article, the
        state and the title written apposed to the named person; he is the phrase."""
        m = _ARTICLE_STATE.match(seg)
        words = m.group(1).split() if m else []
        n = next((n for n in range(len(words), 0, -1) if country_of(" ".join(words[:n]))), 0)
        if not n:
            return None
        if self._starts is None:
            self._starts = [x.start for x in self.mentions]
        at = pos + re.match(r"\S+\s+" + r"\s+".join(map(re.escape, words[:n])) + r"\s+", seg).end()
        for pm in self.mentions[bisect_left(self._starts, at):]:
            if pm.start > at + 140:
                break
            if pm.title and not pm.in_quote and re.fullmatch(
                    re.escape(pm.title) + r",?\s*", self.text[at:pm.start], re.IGNORECASE):
                return pm
        return None

    def _person_after_body_name(self, pos: int) -> NameMention | None:
        """`Arland Motors chief executive X said`: one to three capitalised words (a body's
        name) right before the written title of a person."""
        for m in self.mentions[bisect_left(self._mention_starts(), pos):]:
            if m.start > pos + 80:
                break
            st = m.title_start if m.title_start is not None else m.start
            if pos < st and _CAPS_BEFORE_TITLE.fullmatch(self.text, pos, st) and m.title:
                return m
        return None

    def _members_of_body(self, seg: str, pos: int) -> Ref | None:
        """`Leaders of the Gulf Cooperation Council (GCC) reaffirmed ...`: a body's members
        speaking together speak as the body."""
        m = _MEMBERS_OF.match(seg)
        if m is None:
            return self._members_named_before(seg, pos)
        at = pos + m.end()
        for s, e, org in self.org_mentions:
            if s == at:
                return Ref("org", org, e)
        return None

    def _members_named_before(self, seg: str, pos: int) -> Ref | None:
        """`The co-chairs also welcomed ...` after `The co-chairs of the OSCE Minsk Group ...`:
        the same group noun, named earlier as members of a body, is that body again."""
        m = _GROUP_REFERENCE.match(seg)
        if m is None:
            return None
        noun = m.group(1).lower()
        best = None
        for mm in re.finditer(r"\b" + re.escape(noun) + r"\s+of\s+(?:the\s+)?", self.text[:pos], re.IGNORECASE):
            for s, _e, org in self.org_mentions:
                if s == mm.end():
                    best = Ref("org", org, pos + m.end())
        return best

    def _mention_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [m.start for m in self.mentions]
        return self._starts

    def apposed_np(self, pos: int, kinds: tuple[str, ...] = ("role", "none", "org_phrase")) -> Ref | None:
        """The noun phrase at pos, or the person apposed after it when it is an office or a
        description: "the Chief of Staff of the Navy, Rear Admiral X," is X."""
        ref = self.np_at(pos)
        if ref is None or ref.kind in kinds:
            ap = _APPOSED_NAME.match(self.text, pos)
            named = self.np_at(ap.end()) if ap else None
            if named is not None and named.kind == "entity":
                return named
        return ref

    @staticmethod
    def _bare_title(seg: str, pos: int) -> Ref | None:
        """`Defence Minister said`: a capitalised office written without an article or a name
        is the definite description of its holder (one office, not "Ministers")."""
        if not seg[:1].isupper():
            return None
        d = definite("the " + seg)
        if d is None or d[0] != "role" or d[1].endswith("s") and d[1][:-1] in OFFICE_HEADS:
            return None
        words = d[2].split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            return None         # one capitalised word may just open a sentence ("Chief among ...")
        return Ref("role", (d[1], d[2]), pos + d[4] - 4, d[3])

    def np_before(self, pos: int) -> Ref | None:
        """The noun phrase that ends right before pos (subject of a verb at pos)."""
        t = self.text
        j = pos
        while j > 0 and t[j - 1] in " \t,":
            j -= 1
        mp = _TRAILING_ACRONYM.search(t, max(0, j - 14), j)
        if mp:
            j = mp.start()          # "the African Union (AU) statement": the body before its acronym
        for k in range(len(self.mentions) - 1, -1, -1):
            m = self.mentions[k]
            if m.end <= j and j - m.end <= 1:
                read = _TEXT_READ_BY.search(t, self.doc.sentences[self.doc.sentence_of(m.start)].start, m.start)
                if read is not None:
                    # "The declaration which was read by the convenor, X, says": the text speaks,
                    # its reader does not
                    return Ref("issued", read.group(1).lower(), j)
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
        ap = self._apposed_subject(j)
        if ap is not None:
            return ap
        seg = t[max(0, j - 60):j]
        m = re.search(r"\b(he|she|it|they|we)$", seg, re.IGNORECASE)
        if m:
            return Ref("pronoun", m.group(1).lower(), j)
        held = self._person_of_institution(j)
        if held is not None:
            return held
        # "the Foreign Ministry in Doha posted": the organisation before a place phrase
        mp = _IN_PLACE_TAIL.search(t, max(0, j - 40), j)
        jo = mp.start() if mp else j
        for _s, e, org in reversed(self.org_mentions):
            if (e <= jo and jo - e <= 1) or (e <= j and j - e <= 1):
                own = self._member_before_body(_s)
                return own if own is not None else Ref("org", org, e)
        m = re.search(r"\b(?:the|The)\s+((?:[A-Za-z][\w’'-]*\s+){0,3}?)([A-Za-z][\w-]*)$", seg)
        if m:
            head = m.group(2).lower()
            mods = m.group(1).split()
            country = next((country_of(w) for w in mods if country_of(w)), None)
            if head in OFFICE_HEADS:
                return Ref("role", (head, " ".join(mods + [m.group(2)])), j, country)
            office = _office_of_body(mods)
            if office is not None:
                # "the US Secretary of Defense said": an office of a body, not the body
                return Ref("role", (office, " ".join(mods + [m.group(2)])), j, country)
            if head in ISSUED_TEXTS:
                return Ref("issued", head, j)          # "the statement concluded": its issuer
            if head in ORG_REFERENCE_HEADS or head in ORG_HEADS or head in AGENCY_NOUNS:
                return Ref("org_phrase", m.group(0), j)
        return None

    def _person_of_institution(self, j: int) -> Ref | None:
        """`analyst Ana Ruiz of the University of the South Coast said`: a person, then the
        capitalised name of where she works, then the verb: she is the subject, not the place."""
        m = next((m for m in reversed(self.mentions) if m.end <= j), None)
        if m is None or m.in_quote or j - m.end > 90:
            return None
        if not _OF_INSTITUTION.fullmatch(self.text, m.end, j):
            return None
        e = self.by_id.get(m.entity)
        return Ref("entity", m.entity, j) if e is not None and e.kind == "person" else None

    def _member_before_body(self, s: int) -> Ref | None:
        """`Minister X of the Agency for Y (AY) said`: the named person of the body speaks."""
        mo = re.search(r"\s+of\s+(?:the\s+)?$", self.text[max(0, s - 12):s])
        if mo is None:
            return None
        at = max(0, s - 12) + mo.start()
        m = next((m for m in reversed(self.mentions) if m.end <= at), None)
        if m is None or at - m.end > 0 or m.in_quote:
            return None
        e = self.by_id.get(m.entity)
        return Ref("entity", m.entity, m.end) if e is not None and e.kind == "person" else None

    def _apposed_subject(self, j: int) -> Ref | None:
        """`X, Director of Communications at the Office, tweeted`: the name before an apposition
        (one comma-delimited phrase without a verb) that ends right before the verb at j."""
        t = self.text
        lo = max(0, j - 140)
        for m in reversed(self.mentions):
            if m.end > j:
                continue
            if m.end < lo:
                break
            gap = t[m.end:j]
            if _APPOSITION_GAP.fullmatch(gap) and not _REPORT_WORD.search(gap) and not m.in_quote:
                if not gap.rstrip().endswith(",") and self._in_fronted_modifier(m.start):
                    return None     # persons5: "Led by X, the junta vowed": the phrase after the comma is the subject

                # "under a colonel named X, the junta has vowed": X is no subject; but "led by X,
                # whom the ministry quoted as saying": a clause about X, still X
                if _NAME_AS_OBJECT.search(t, max(0, (m.title_start or m.start) - 30), m.title_start or m.start) \
                        and not re.match(r",\s*(?:who|whom|whose)\b", gap):
                    return None
                if self._org_ends_at(j):
                    return None     # "..., General X, the Defence Ministry said": the body speaks
                return Ref("entity", m.entity, m.end)
            break
        return None

    def _in_fronted_modifier(self, s: int) -> bool:
        """Is the name at s inside a phrase that opens its sentence before the subject ("Under
        the leadership of a colonel named X, the junta ...", "Led by General X, the council ...")?
        Then a phrase after the name's comma that runs on into the verb is the subject, not an
        apposition of the name."""
        t = self.text
        ss = max(t.rfind(c, 0, s) for c in ".!?\n") + 1
        return _FRONTED_MODIFIER.match(t[ss:s].lstrip()) is not None

    def _org_ends_at(self, j: int) -> bool:
        """A named organisation (after its article) ends right before j."""
        for s, e, _o in self.org_mentions:
            lead = self.text[max(0, s - 20):s].split(",")[-1].lstrip()
            # "X, an analyst at the Harbour Institute, said": the body is where the apposed
            # person works (a preposition before it), not the subject
            if e <= j and j - e <= 1 and _LEAD_ARTICLE.fullmatch(lead) and not _WORKS_AT.search(lead):
                return True
        return False

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
                doc = self._recent_issued_text(pos)
                if doc is not False:
                    return doc, "issuer"        # "it" is the statement just named
                return self.last_org(pos), "pronoun_it"
            if ref.value in ("they", "we"):
                return None, ""
            return self.antecedent(pos, PRONOUNS[ref.value]), "pronoun"
        if ref.kind == "role":
            head, phrase = ref.value
            # "welcoming his Belgian counterpart, the Head of State noted": not the Belgian
            sent = self.doc.sentences[self.doc.sentence_of(pos)]
            mc = _COUNTERPART_OF.search(self.text, sent.start, pos)
            exclude = country_of(mc.group(1)) if mc else None
            if head not in SPOKES_NOUNS and self._unnamed_one_introduced(head, pos):
                return None, "role_unnamed"     # (an unnamed spokesperson speaks for a body: below)
            # spk9: "the former trade minister" is not the one who holds the office now
            past = phrase.lower().split()[0] in EPITHET_PAST_MARKS
            ent = None if past else (self._office_apposed_subject(head, pos)
                                     or self.holder(head, phrase, ref.country, pos, exclude))
            if ent is not None and head in SPOKES_NOUNS and all(m.start > pos for m in ent.mentions):
                # "China's Foreign Ministry spokesperson announced ... The spokesperson said",
                # with another body's spokesperson named only paragraphs later: the voice named
                # before is the antecedent, not the holder named after
                ent = self.voiced_body(head, pos) or ent
                if ent.kind == "organisation":
                    return ent, "organisation"
            if ent is None and head in SPOKES_NOUNS:
                ent = self.voiced_body(head, pos)
                return ent, ("organisation" if ent is not None and ent.kind == "organisation" else "role_holder")
            if ent is None:
                ent = self._role_named_next(pos, ref.country)
                if ent is not None:
                    return ent, "role_named_next"
                ent = self._epithet_antecedent(head, phrase, pos, ref.country)
                return ent, ("epithet" if ent is not None else "role_holder")
            return ent, "role_holder"
        if ref.kind == "issued":
            return self.issuer(ref.value, pos), "issuer"
        if ref.kind == "none" and (mp := _THE_PROFESSION.fullmatch(ref.value)):
            ent = self._epithet_antecedent(mp.group(1).lower(), ref.value, pos)
            return ent, ("epithet" if ent is not None else "")
        return None, ""

    def _office_apposed_subject(self, head: str, pos: int) -> Entity | None:
        """spk9: `The Minister of Defence, General X, said ... . "...," the minister said`: the
        person this or the sentence before (in the paragraph) opens with, introduced by the
        very office the role names, is the role's holder, even when a title found elsewhere
        makes another person a minister."""
        si = self.doc.sentence_of(pos)
        for k in (si, si - 1):
            s = self.doc.sentences[k] if k >= 0 else None
            if s is None or s.para != self.doc.sentences[si].para or self._in_quote(s.start):
                continue
            d = definite(self.text[s.start:s.start + 120])
            if d is None or d[0] != "role" or d[1] != head:
                continue
            ref = self._name_apposed_to_office(s.start + d[4])
            if ref is not None and ref.end < pos:
                return self.by_id.get(ref.value)
        return None

    def _epithet_antecedent(self, head: str, phrase: str, pos: int, country: str | None = None) -> Entity | None:
        """spk9: `X thinks the fears will fade. "...," the analyst said`, `the Iranian foreign
        minister said ... . "...," the top diplomat told`: a description that no holder's title
        matches points back to the one person who reports in the sentence before (the one
        before the paragraph, when the description's sentence opens it), when nobody else is
        named in between and the person fits the description: a title of the noun's family,
        the noun's abbreviation before the name ("Sen."), no office at all for a profession
        ("the analyst"), any other office for a former one ("the former finance minister")."""
        si = self.doc.sentence_of(pos)
        k = si - 1
        if k < 0:
            return None
        sents = self.doc.sentences
        if sents[k].para != sents[si].para and sents[si].start != self.doc.paragraphs[sents[si].para].start:
            return None
        ent = self.reporter(k)
        if ent is None or ent.kind != "person":
            return None
        ec = self._holder_country(ent)
        past = phrase.lower().split()[0] in EPITHET_PAST_MARKS
        if country and ec != country and not (past and ec is None):
            # "the U.K. envoy" is not the American envoy who just spoke; a former office says
            # a nationality that an international official's title does not carry
            return None
        if any(sents[k].start <= m.start < pos and not m.in_quote and m.entity != ent.id for m in self.mentions):
            return None     # someone else named in between: the description may be theirs
        return ent if self._fits_epithet(ent, head, phrase) else None

    def _fits_epithet(self, e: Entity, head: str, phrase: str) -> bool:
        titles = " ".join(t.lower() for t in [e.title or ""] + [m.title or "" for m in e.mentions])
        words = set(re.findall(r"[\w-]+", titles))
        if head in PROFESSION_WORDS:
            return head in words or not words & OFFICE_HEADS
        if phrase.lower().split()[0] in EPITHET_PAST_MARKS:
            return head not in words       # a sitting minister is not "the former minister"
        family = ROLE_FAMILIES.get(head, set()) | {head}
        if any(re.search(r"\b" + re.escape(f) + r"\b", titles) for f in family):
            return True
        return any(self._abbreviated_before(m.start, head) for m in e.mentions)

    def _abbreviated_before(self, start: int, head: str) -> bool:
        """"Sen. Ana (nickname) Cruz": the office abbreviated at the head of the name's phrase."""
        sent = self.doc.sentences[self.doc.sentence_of(start)]
        lead = self.text[max(sent.start, start - 40):start]
        m = _TITLE_ABBREVIATION.search(lead)
        return m is not None and len(m.group(1)) >= 3 and head.startswith(m.group(1).lower()) \
            and "," not in lead[m.end():]

    def _role_named_next(self, pos: int, country: str | None) -> Entity | None:
        """`The EU envoy ... said Thursday he is "rather optimistic" ...` then a paragraph that
        opens `Miroslav Lajcak did not ...`: the wire convention that describes a person in the
        lede and names him, bare, at the start of the next paragraph. Only when the role's
        sentence ends its paragraph and does not name him, the name (two words or more, no
        title, none anywhere in the article, no apposition) is followed by its verb, and his
        country, if known, is the role's."""
        si = self.doc.sentence_of(pos)
        s = self.doc.sentences[si]
        paras = self.doc.paragraphs
        if s.para + 1 >= len(paras) or (si + 1 < len(self.doc.sentences) and self.doc.sentences[si + 1].para == s.para):
            return None
        nxt = paras[s.para + 1]
        pm = self.person_at(_LEADING_BLANKS.match(self.text, nxt.start).end(), slack=0)
        if pm is None or pm.in_quote or pm.title or len(pm.name.split()) < 2 \
                or not _BARE_NAME_VERB.match(self.text, pm.end):
            return None
        e = self.by_id.get(pm.entity)
        if e is None or e.kind != "person" or e.title or any(
                m.title for m in e.mentions) or any(s.start <= m.start < nxt.start for m in e.mentions):
            return None
        ecountry = e.country or next((m.country for m in e.mentions if m.country), None)
        if country and ecountry and ecountry != country:
            return None
        return e

    def issuer(self, noun: str, pos: int) -> Entity | None:
        """Who issued the text a reference names ("the post said"): the nearest earlier sentence
        naming such a text gives its author: `by X`, `X posted`, or the sentence's speaker."""
        word = re.compile(r"\b" + _ISSUED_VERB.get(noun, re.escape(noun) + "s?") + r"\b", re.IGNORECASE)
        si = self.doc.sentence_of(pos)
        for k in range(si, max(-1, si - 15), -1):
            s = self.doc.sentences[k]
            # the quote's own sentence counts before pos: "According to a statement issued
            # by X, ... "...," the statement read." (the reference itself is past pos)
            for m in word.finditer(self.text, s.start, min(s.end, pos) if k == si else s.end):
                if self._in_quote(m.start()):
                    continue
                ent = self._issuer_of_mention(m, k)
                if ent is not None:
                    return ent
        return None

    def joint_speaker(self, found: JointIssuer) -> Entity:
        """joint8: one speaker per pair of states in an article, however the article writes
        it; its name is the article's own words for the pair where it gives them."""
        key = tuple(sorted(found.states))
        ent = self._joints.get(key)
        if ent is None:
            # the article may name the same pair better elsewhere ("the US and Saudi
            # governments" where this text only said "a joint US-Saudi statement")
            named = preferred_name(pairs_in(self.text, self.doc.body_start, len(self.text)), found.states)
            if named is not None and (not found.written or _BODY_NOUN_END.search(named.name)):
                found = named
            ent = Entity(20_000 + found.start, "organisation", found.name, rule="joint_issuer")
            ent.add_alias(pair_key_name(found.states))
            self._joints[key] = ent
        elif found.written and ent.rule == "joint_issuer:made":
            ent.add_alias(ent.name)
            ent.name = found.name
        else:
            ent.add_alias(found.name)
        if not found.written and ent.name == found.name:
            ent.rule = "joint_issuer:made"
        if all(x.start != found.start for x in ent.mentions):
            ent.mentions.append(NameMention(found.start, found.end, found.name, "organisation", rule="joint_issuer"))
        return ent

    def _issuer_of_mention(self, m: re.Match, k: int) -> Entity | None:
        """The author a mention of an issued text names in sentence k: `a statement by X`,
        `a statement signed by X`, `X said in a statement`, or the sentence's speaker."""
        s = self.doc.sentences[k]
        pair = issuers_of_text(self.text, m.start(), m.end(), s.start)
        if pair is not None:
            return self.joint_speaker(pair)     # a joint text speaks for the pair that issued it
        if is_joint_text(self.text, m.start()) and len(self._joints) == 1:
            return next(iter(self._joints.values()))    # "the joint statement": the one pair's
        mb = re.match(r"\s+(?:(?:posted|issued|released|published|signed)\s+(?:[\w-]+\s+){0,3}?)?(?:by|from)\s+",
                      self.text[m.end():m.end() + 60])
        ref = self.np_at(m.end() + mb.end()) if mb else self.np_before(m.start())
        signed = bool(mb) and "signed" in mb.group(0)
        if mb and (ref is None or ref.kind in ("role", "none", "org_phrase") or (signed and ref.kind == "org")):
            # "signed by the chair of the panel, Mr X": the name apposed after the office
            ap = _APPOSED_NAME.match(self.text, m.end() + mb.end())
            named = self.np_at(ap.end()) if ap else None
            ref = named if named is not None and named.kind == "entity" else ref
        ent, _ = self.resolve(ref, m.start()) if ref is not None and ref.kind != "issued" else (None, "")
        vm = None if ent is not None else _ISSUED_BY_VERB.search(self.text, max(s.start, m.start() - 50), m.start())
        if vm is not None:
            # "X said in a statement", "X issued a statement": X
            ref = self.np_before(vm.start())
            ent = (self.resolve(ref, vm.start())[0] if ref is not None else None) or self.subject(k)
        return ent

    def _recent_issued_text(self, pos: int) -> Entity | None | bool:
        """`... according to the joint statement. "...," it said`: when an issued text is named
        after the last organisation and within the two sentences before pos, "it" is that text:
        its issuer, or None when the article names nobody. False when there is no such text."""
        si = self.doc.sentence_of(pos)
        lo = self.doc.sentences[max(0, si - 2)].start
        last = max((e for s, e, o in self.org_mentions if s < pos and not _not_a_speaker(o)), default=-1)
        found = None
        for k in range(max(0, si - 2), si + 1):
            s = self.doc.sentences[k]
            for m in _ISSUED_WORD.finditer(self.text, max(s.start, lo, last), min(s.end, pos)):
                if not self._in_quote(m.start()):
                    found = (m, k)
        if found is None:
            return False
        # the nearest mention names no issuer ("The statement said ..."): the same text was
        # introduced earlier with its issuer
        return self._issuer_of_mention(*found) or self.issuer(found[0].group(0).lower(), pos)

    def voiced_body(self, head: str, pos: int) -> Entity | None:
        """`China's Foreign Ministry spokesperson announced ... The spokesperson said`: when no
        person is known to hold the office, the body last named with that voice before pos (or
        the person named right after that voice)."""
        voice = re.compile(r"(?:['’]s)?\s+" + re.escape(head) + r"\b", re.IGNORECASE)
        best, at = None, -1
        for s, e, org in self.org_mentions:      # not in text order: references join later
            mv = voice.match(self.text, e) if at < s < pos and pos - s < 3000 else None
            if mv:
                pm = self.person_at(mv.end() + 1)
                # "the ministry's spokesperson Ana Ruiz": the named spokesperson, not the body
                best, at = (self.by_id.get(pm.entity) if pm is not None else org), s
        return best

    def last_org(self, pos: int) -> Entity | None:
        """The organisation "it" points to: the one named last before pos, within the three
        sentences before it (a body named paragraphs earlier is no antecedent)."""
        best, at = None, -1
        for s, _e, org in self.org_mentions:
            if at < s < pos:
                best, at = org, s
        if best is not None and self.doc.sentence_of(pos) - self.doc.sentence_of(at) > _IT_REACH:
            return None
        return best

    def holder(self, head: str, phrase: str, country: str | None, pos: int,
               exclude: str | None = None) -> Entity | None:
        """The named person holding the office a definite description names ("the Head of
        State": a president or monarch); exclude: the country of the counterpart beside him."""
        cands = []
        heads = ROLE_EQUIVALENTS.get(phrase.lower(), {head})
        for e in self.people:
            titles = [m.title.lower() for m in e.mentions if m.title]
            if e.title:
                titles.append(e.title.lower())
            if not any(h in t.split() or h in t for h in heads for t in titles) and not any(
                    phrase.lower() in t for t in titles):
                continue
            ecountry = self._holder_country(e)
            if exclude and ecountry == exclude:
                continue
            if country and ecountry and ecountry != country:
                continue
            last = max((m.start for m in e.mentions if m.start < pos), default=-1)
            cands.append((last, e))
        if not cands:
            if not country:
                return self._sole_described_as(head)
            return (self._counterpart_of_country(country, heads, phrase) or self._sole_of_family(head, country)
                    or self._translated_office_holder(head, country))
        exact = [c for c in cands if any(phrase.lower() in (m.title or "").lower() for m in c[1].mentions)
                 or phrase.lower() in (c[1].title or "").lower()]
        if exact and len(phrase.split()) > 1:
            cands = exact       # "the defence minister": the one titled so, not any minister
        if country:
            # "the Belgian President": the holder the article makes Belgian; a holder of no
            # known country only when he is the one holder of that office, or nobody
            same = [c for c in cands if self._holder_country(c[1]) == country]
            if same:
                cands = same
            elif (cp := self._counterpart_of_country(country, heads, phrase)) is not None:
                return cp       # the host holds the office; "the <adj> minister" is his guest
            elif len(cands) > 1 or len(_holders_not_of_other_country(self.people, head, country)) > 1:
                return None
        hosts = [c for c in cands if c[1].country_rule == "host_of_talks"]
        if not country and len(cands) > 1 and len(hosts) == 1:
            return hosts[0][1]      # two presidents at talks: "the President" is the host's
        cands.sort(key=lambda x: x[0])
        return cands[-1][1]

    @functools.cached_property
    def _guest(self) -> Entity | None:
        """The visitor of the article's talks: the subject of "called on"/"visited" a named
        person, or the one a named person "received"/"welcomed", in the first paragraphs;
        sentences that disagree (or name no such pair) make it nobody."""
        found = set()
        for para in self.doc.paragraphs[:4]:
            for mv in _VISIT_OR_HOST.finditer(self.text, para.start, para.end):
                if self._in_quote(mv.start()):
                    continue
                ss = self.doc.sentences[self.doc.sentence_of(mv.start())].start
                before = [m for m in self.mentions if max(ss, para.start) <= m.start and m.end <= mv.start()
                          and not m.in_quote]
                after = [m for m in self.mentions if mv.end() <= (m.title_start or m.start) < mv.end() + 120
                         and not m.in_quote and m.start < para.end]
                if not before or not after or _SENTENCE_BREAK.search(self.text, before[-1].end, after[0].start):
                    continue
                visitor = before[0] if mv.group(0).lower() in VISITING_VERBS else after[0]
                e = self.by_id.get(visitor.entity)
                if e is not None and e.kind == "person":
                    found.add(e.id)
        return self.by_id[found.pop()] if len(found) == 1 else None

    def _sole_legislator(self, pos: int) -> Entity | None:
        """`"...," the legislator said` after `Turkana East MP X ...`: the one person named
        before pos with a legislator's title; two such, nobody."""
        pat = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(LEGISLATOR_TITLES)) + r")\b", re.IGNORECASE)
        found = [e for e in self.people if e.kind == "person" and any(m.start < pos for m in e.mentions)
                 and any(pat.search(t) for t in [e.title or ""] + [m.title or "" for m in e.mentions])]
        return found[0] if len(found) == 1 else None

    def visiting_guest(self) -> Entity | None:
        return self._guest

    def _styled_before(self, style: str, pos: int) -> Entity | None:
        """`"...," His Highness said` after `His Highness Sheikh X said ...`: the one person
        written with that style of address in this sentence or the two before; two so styled
        there (the host and his guest) make it nobody."""
        si = self.doc.sentence_of(pos)
        a = self.doc.sentences[max(0, si - 2)].start
        found = []
        for m in self.mentions[bisect_left(self._mention_starts(), a):]:
            if m.start >= pos:
                break
            lead = self.text[max(a, m.start - 40):m.start]     # the style is part of his title
            e = self.by_id.get(m.entity)
            if not m.in_quote and e is not None and e not in found and re.search(
                    re.escape(style) + r"\s+(?:[A-Z][a-z]+\s+)?$", lead, re.IGNORECASE):
                found.append(e)
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _holder_country(e: Entity) -> str | None:
        """The country of an office holder: his own, or, when none was assigned, the one his
        title names ("Minister of Defence Affairs of the Sultanate of Oman"; an ambassador's
        first country is the one he represents)."""
        known = e.country or next((m.country for m in e.mentions if m.country), None)
        if known:
            return known
        for t in [e.title or ""] + [m.title or "" for m in e.mentions]:
            found = _countries_in_title(t)
            if found:
                return found
        return None

    def _unnamed_one_introduced(self, head: str, pos: int) -> bool:
        """`A second diplomat, from a European country, was more cautious. "...," the diplomat
        said.`: an unnamed person of that role introduced in this or the previous sentence (not
        in apposition to a name, nor named right after) is who "the <role>" means; no named
        holder is."""
        si = self.doc.sentence_of(pos)
        a = self.doc.sentences[max(0, si - 1)].start
        # "one of the diplomats", "a second Western diplomat"; not "to a question the spokesperson"
        pat = re.compile(r"\b(" + "|".join(INDEFINITE_OPENERS) + r")\s+(?:of\s+the\s+)?"
                         r"(?:(?!(?:the|his|her|its|their|this|that|whose|which|who)\b)[\w-]+\s+){0,3}?"
                         + re.escape(head) + r"s?\b", re.IGNORECASE)
        for m in pat.finditer(self.text, a, pos):
            if self._in_quote(m.start()) or _NAMED_APPOSITION.search(self.text, max(0, m.start() - 40), m.start()) \
                    or _DEFINITE_BEFORE.search(self.text, max(0, m.start() - 12), m.start()):
                continue        # "the two ministers": the named ones, counted
            if self.person_at(_APPOSED_NAME_GAP.match(self.text, m.end()).end(), slack=0) is not None:
                continue        # "a diplomat, Jan Berg,": named
            return True
        return False

    def _sole_described_as(self, head: str) -> Entity | None:
        """`Mårten Lind, the Swedish diplomat who ...` and later "the envoy": with no one titled
        envoy, the one person described by a generic noun covering that office; when another
        person holds or is described by one of those offices, nobody."""
        words = {head} | {g for g, covered in GENERIC_PERSON_NOUNS.items() if head in covered}
        if words == {head}:
            return None
        words |= GENERIC_PERSON_NOUNS.get(head, set()) | ROLE_FAMILIES.get(head, set())
        found = []
        for e in self.people:
            titles = " ".join(t.lower() for t in [e.title or ""] + [m.title or "" for m in e.mentions])
            if e.kind == "person" and any(re.search(r"\b" + re.escape(w) + r"\b", titles) for w in words):
                found.append(e)
        return found[0] if len(found) == 1 else None

    def _translated_office_holder(self, head: str, country: str) -> Entity | None:
        """`stressed the Peruvian chancellor` (Spanish "canciller"): the one person of that
        country titled as its foreign minister, where the office word is used so; two, nobody."""
        usage = TRANSLATED_OFFICES.get(head)
        if not usage or country not in usage[1]:
            return None
        found = []
        for e in self.people:
            ec = e.country or next((m.country for m in e.mentions if m.country), None)
            titles = " ".join(t.lower() for t in [e.title or ""] + [m.title or "" for m in e.mentions])
            if ec == country and any(re.search(r"\b" + re.escape(f) + r"\b", titles) for f in usage[0]):
                found.append(e)
        return found[0] if len(found) == 1 else None

    def _sole_of_family(self, head: str, country: str) -> Entity | None:
        """`the Czech diplomat` when nobody is titled diplomat: the one person of that country
        holding an office the generic noun covers (an ambassador, an envoy); two make it nobody."""
        family = ROLE_FAMILIES.get(head)
        if not family:
            return None
        found = []
        for e in self.people:
            ec = e.country or next((m.country for m in e.mentions if m.country), None)
            titles = " ".join(t.lower() for t in [e.title or ""] + [m.title or "" for m in e.mentions])
            if ec == country and any(re.search(r"\b" + re.escape(f) + r"\b", titles) for f in family):
                found.append(e)
        return found[0] if len(found) == 1 else None

    def _counterpart_of_country(self, country: str, heads: set[str], phrase: str = "") -> Entity | None:
        """`the Nigerien minister` when no one is titled minister: the one person of that
        country introduced as the counterpart of a holder of that office ("the Minister of
        Defence X ... receiving his Nigerien counterpart, General Y")."""
        found = []
        for e in self.people:
            ec = e.country or next((m.country for m in e.mentions if m.country), None)
            if ec != country:
                continue
            for m in e.mentions:
                mc = _COUNTERPART_BEFORE.search(self.text, max(0, m.start - 60), m.start)
                if mc is None:
                    continue
                other = [x for x in self.mentions if x.end <= mc.start() and mc.start() - x.end < 200]
                holder = self.by_id.get(other[-1].entity) if other else None
                # the host's titles, and the words written before his name ("Minister of the
                # Armed Forces, General X": the office before the rank)
                titles = " ".join(t.lower() for t in [holder.title or ""] + [x.title or "" for x in holder.mentions]
                                  + [self.text[max(0, x.start - 80):x.start] for x in holder.mentions]) if holder else ""
                # the same office, or its equivalent in the same domain ("Secretary of Defense",
                # "Defence Minister")
                domain = {_spelling(w) for w in re.findall(r"[a-z]+", phrase.lower()) if w in OFFICE_DOMAINS}
                if any(h in titles for h in heads) or domain & {_spelling(w) for w in re.findall(r"[a-z]+", titles)}:
                    found.append(e)
                    break
        return found[0] if len(found) == 1 else None

    # -- subjects and pronouns ---------------------------------------------------------------
    def subject(self, si: int) -> Entity | None:
        if si in self._subject_cache:
            return self._subject_cache[si]
        self._subject_cache[si] = None
        s = self.doc.sentences[si]
        seg = self.text[s.start:s.end]
        off = 0
        m = _DATELINE.match(seg)
        if m and _SAY_WORD.search(m.group(0)):
            m = None        # `He paused before replying: "`: a reporting clause, not a place line
        if m and si == 0 or (m and self.doc.paragraphs[s.para].start == s.start and ":" in m.group(0)):
            off = m.end()
        mw = _WIRE_DATELINE.match(seg)
        if mw and not off and self.doc.paragraphs[s.para].start == s.start:
            off = mw.end()
        m = _LEAD_ADVERBIAL.match(seg[off:]) or _PARTICIPLE_OPENER.match(seg[off:])
        if m:
            off += m.end()
        m = re.match(r"(?:Both|Meanwhile|But|And|Also)\s+", seg[off:])
        if m:
            off += m.end()
        ent = None
        if _IMPERSONAL_PASSIVE.match(seg, off):
            pass        # "It is noted that ...": no agent (see _cands_sentence)
        elif seg[off:off + 1] in "\"“‘'":
            ent = self.speaker_at.get(si)
        else:
            ref = self.np_at(s.start + off)
            if ref is not None and ref.kind != "none":
                ent, _ = self.resolve(ref, s.start + off)
            elif ref is not None:
                ent = self._named_by_next_sentence(si, s.start + off)
                if ent is not None:
                    self._named_next.add(si)
        self._subject_cache[si] = ent
        return ent

    def _named_by_next_sentence(self, si: int, pos: int) -> Entity | None:
        """`A foreign ministry spokesperson said on Monday ... . Spokesperson Petra Voss made the
        remarks at a briefing.`: the wire convention that leads with an unnamed role and names it
        in the next sentence. Only when that sentence opens with the person (the role's noun in
        the title written before the name) who "made the remarks": an unnamed official whom no
        one names stays unnamed."""
        m = _INDEFINITE_SAYER.match(self.text, pos, pos + 120)
        if m is None or si + 1 >= len(self.doc.sentences):
            return None
        head = m.group(1).lower()
        nxt = self.doc.sentences[si + 1]
        for mention in self.mentions:
            if mention.start >= nxt.start + 60 or mention.start >= nxt.end:
                break
            if mention.start < nxt.start or mention.in_quote:
                continue
            lead = self.text[nxt.start:mention.start].lower()
            if head in lead.split() and _REMARKS_MADE.match(self.text, mention.end):
                return self.by_id.get(mention.entity)
            break
        return None

    def reporter(self, k: int) -> Entity | None:
        """Who sentence k reports: its quote's speaker, the phrase before its first reporting
        verb outside quotes ("..., he said, adding"), or its subject."""
        s = self.doc.sentences[k]
        sp = self.speaker_at.get(k)
        if sp is None:
            mi = _INVERTED_SAY.search(self.text, s.start, s.end)
            ref = self.np_at(mi.end()) if mi and not self._in_quote(mi.start()) else None
            if ref is not None and ref.kind == "entity":
                sp = self.by_id.get(ref.value)       # "..., said Stephanie Tremblay, a spokesperson"
        sp = sp or self._clause_end_reporter(s.start, s.end) or self.subject(k)
        if sp is not None:
            return sp
        for m in _REPORT_WORD.finditer(self.text, s.start, s.end):
            if self._in_quote(m.start()):
                continue
            if self.text[s.start:m.start()].rstrip(" ,")[-1:] in "\"”’'":
                break           # `," said X`: read by the quote's own rules
            ref = self.np_before(m.start())
            if ref is not None:
                ent, _ = self.resolve(ref, m.start())
                if ent is not None:
                    return ent
            break
        return None

    def _clause_end_reporter(self, a: int, b: int) -> Entity | None:
        """`..., the Russian Foreign Ministry said.`: the reporter closing a sentence."""
        t = self.text
        cut = t.rfind(", ", a, b)
        if cut < 0 or b - cut > 90 or self._in_quote(cut):
            return None
        ref, verb = self._verb_then_np(cut + 1, b)
        if ref is None or verb is None:
            return None
        ent, _ = self.resolve(ref, cut + 1)
        return ent

    def _subject_before(self, si: int, pos: int) -> Entity | None:
        """The person named as the subject of sentence si before pos: after a conjunction
        ("But X was critical ..., which he said") or after a leading adverbial."""
        s = self.doc.sentences[si]
        seg = self.text[s.start:pos]
        offs = []
        mc = re.match(r"(?:But|And|Yet|So|Still|Meanwhile|However,?)\s+", seg)
        if mc:
            offs.append(s.start + mc.end())
        mm = _LEAD_ADVERBIAL.match(seg)
        offs.append(s.start + (mm.end() if mm else 0))
        for off in offs:
            ref = self.np_at(off)
            # spk8a: '"President X has decided ...," he said': a name inside the quote that
            # opens the sentence is what the speaker talks about, never the pronoun's antecedent
            if ref is not None and ref.kind == "entity" and ref.end <= pos and not self._in_quote(ref.end - 1):
                return self.by_id.get(ref.value)
        # "Upon leaving, Berg was asked ..., and he replied": the first name followed by a verb
        for m in self.mentions:
            if m.start >= pos:
                break
            if m.start >= s.start and not m.in_quote and _SUBJECT_VERB.match(self.text, m.end, m.end + 30):
                return self.by_id.get(m.entity)
        return None

    def antecedent(self, pos: int, gender: str) -> Entity | None:
        si = self.doc.sentence_of(pos)
        start_of_sentence = self.text[self.doc.sentences[si].start:pos].strip() == ""
        order = range(si - 1 if start_of_sentence else si, max(-1, si - 6), -1)
        for k in order:
            cands = []
            subj = self.subject(k) if k != si else None
            if k == si:
                subj = self._subject_before(si, pos)
            else:
                sent_k = self.doc.sentences[k]
                rel = self.relative_reporter(sent_k.start, sent_k.end)
                if rel is not None:
                    cands.append(rel)       # "X met Y, who said ... . He added": Y reports last
            if subj is not None:
                cands.append(subj)
            sp = self.speaker_at.get(k)
            if sp is not None:
                cands.append(sp)
            if k != si and not any(c.kind == "person" for c in cands) and self._unnamed_role_subject(k):
                return None     # spk8a: "The envoy declined ... . "...," he said": the envoy, unnamed
            if k == si and not cands and self._opens_with_unnamed_person(si, pos):
                return None
            if k != si:
                # "Iceland was represented by Minister X. "...," she said": a sentence whose subject
                # is no person names one later, nearer than any older subject (even one whose
                # gender is known while X's is not)
                cands.extend(self._people_named_in(k))
            for c in cands:
                if c.kind == "person" and (c.gender in (None, gender)):
                    return c
        # the most recent person named outside quoted speech; failing that, one whose gender
        # only a given name suggested ("Envoy Petra Voss ... he said")
        for soft in (False, True):
            for m in reversed(self.mentions):
                if m.start < pos and not m.in_quote:
                    e = self.by_id.get(m.entity)
                    if e is not None and (e.gender in (None, gender) or soft and e.id in self._soft_gender):
                        return e
        return None

    def _opens_with_unnamed_person(self, si: int, pos: int) -> bool:
        """spk9: `A local activist in the city, (a name we did not read), was less generous:
        ... "...," she said`: the pronoun's own sentence opens with one person described and
        not named; a woman quoted before is not that person."""
        s = self.doc.sentences[si]
        if any(s.start <= m.start < pos and not m.in_quote for m in self.mentions):
            return False        # "A senior official, Jan Berg, ...": named after all
        m = _INDEFINITE_PERSON.match(self.text, s.start, pos)
        return m is not None and any(
            w.lower() in UNNAMED_PERSON_HEADS for w in re.findall(r"[\w-]+", m.group(1)))

    def _unnamed_role_subject(self, k: int) -> bool:
        """spk8a: sentence k's subject is one person's office that names nobody ("The envoy,
        asked ..., declined", "Closing the talks, the general appealed ..."). A pronoun after
        it points to that unnamed holder: an older name, or one the sentence mentions in
        passing, would be a wrong speaker, worse than none."""
        if self.subject(k) is not None:
            return False
        s = self.doc.sentences[k]
        lead = _LEAD_ADVERBIAL.match(self.text, s.start, s.end) or _PARTICIPLE_OPENER.match(self.text, s.start, s.end)
        for at in {s.start, lead.end() if lead else s.start}:
            ref = self.apposed_np(at)       # "The envoy, Ola Strand, ...": named after all
            if ref is not None and ref.kind == "role" and not (ref.value[0].endswith("s")
                                                               and not ref.value[0].endswith("ss")):
                return True
            md = _DEFINITE_LEAD_WORDS.match(self.text, at) if ref is not None and ref.kind == "none" else None
            if md and any(w in PERSON_DESCRIPTION_NOUNS for w in md.group(1).lower().split()):
                return True     # "The visiting dignitary appreciated ...": one unnamed person
        return False

    def _people_named_in(self, k: int) -> list[Entity]:
        """People named in sentence k outside quoted speech, the last named first."""
        sent = self.doc.sentences[k]
        out: list[Entity] = []
        for m in reversed(self.mentions):
            if sent.start <= m.start < sent.end and not m.in_quote:
                e = self.by_id.get(m.entity)
                if e is not None and e.kind == "person" and e not in out:
                    out.append(e)
        return out

    def relative_reporter(self, a: int, b: int) -> Entity | None:
        """`X held talks with Minister Y, who said the plan ... "...": the last person named
        between a and b (outside quotes) and followed by `, who <reporting verb>`; the words
        after that verb are X's, not the main clause's subject's."""
        found = None
        for m in self.mentions[bisect_left(self._mention_starts(), a):]:
            if m.start >= b:
                break
            if m.in_quote:
                continue
            mv = _RELATIVE_SAY.match(self.text, m.end, b)
            if mv is not None and not self._in_quote(mv.start(1)):
                e = self.by_id.get(m.entity)
                if e is not None and e.kind == "person":
                    found = e
        return found

    def relayed_source(self, c: QuoteContext, q: QuoteSpan) -> tuple[bool, Entity | None]:
        """`Let me read what he wrote to them, and I quote: "`: the words are the relayed
        person's, never the one who relays them. (True, who) when the sentence relays; who is
        None unless a name there, or a person subject of one of the two sentences before (for a
        pronoun), says whose words they are."""
        t = self.text
        if t.find("quote", c.sent_start, q.open_mark) < 0 or not _RELAY_QUOTE.search(t, c.sent_start, q.open_mark):
            return False, None
        ms = _RELAYED_SOURCE.search(t, c.sent_start, q.open_mark)
        if ms is None:
            return True, None
        pron = ms.group(1) or ms.group(2)
        if pron is None:
            ref = self.np_at(ms.start() + len("what "))
            ent = self.by_id.get(ref.value) if ref is not None and ref.kind == "entity" else None
            return True, ent
        gender = {"he": "m", "his": "m", "she": "f", "her": "f"}.get(pron.lower())
        for k in range(c.si - 1, max(-1, c.si - 3), -1):
            subj = self.subject(k)
            if subj is not None and subj.kind == "person" and gender and subj.gender in (None, gender):
                return True, subj
        return True, None

    # -- attribution: candidates from every kind of evidence, ranked ---------------------
    def _verb_then_np(self, pos: int, para_end: int) -> tuple[Ref | None, str | None]:
        """`said X` / `X said` starting at pos; returns the speaker phrase and the verb."""
        t = self.text
        seg = t[pos:min(pos + 160, para_end)]
        m = _SAY_THEN_SPACE.match(seg)
        if m:
            ref = self.np_at(pos + m.end())
            mo = _NAME_THEN_ORG_APPOSITION.match(seg, m.end())
            if (ref is None or ref.kind == "none") and mo:
                # `," reported Itamaraty, the Brazilian foreign ministry`: a body by its name
                return Ref("org_phrase", mo.group(1), pos + mo.end(1)), m.group(1)
            return ref, m.group(1)
        inv = self._said_then_adverbials(pos, seg)
        if inv is not None:
            return inv
        m0 = re.match(r"[ \t,]*", seg)
        if pos + m0.end() >= para_end:
            return None, None
        ap = self._apposed_after(pos, seg, m0.end(), ("entity",))
        if ap is not None:
            return ap
        ref = self.np_at(pos + m0.end())
        if ref is not None:
            mv = _VERB_AFTER_NP.match(t, ref.end, ref.end + 140)
            if mv:
                return ref, mv.group(1)
            if ref.kind == "issued" and _TEXT_READ.match(t, ref.end):
                return ref, "read"      # `," the statement read`: a text reads, a person reads it

        # "Chile's navy commander, Vice Admiral X, told": a role phrase with the name apposed
        return self._apposed_after(pos, seg, m0.end(), ("entity", "org", "org_phrase")) or (None, None)

    def _said_then_adverbials(self, pos: int, seg: str) -> tuple[Ref, str] | None:
        """`said, this Wednesday, at the UN, Foreign Minister X`: a named person after up to
        three comma-closed adverbials (a word order of translated news)."""
        mi = _SAY_COMMA.match(seg)
        if not mi:
            return None
        at = mi.end()
        for _ in range(_MAX_ADVERBIALS):
            ma = _ADVERBIAL_COMMA.match(seg, at)
            if not ma:
                return None
            at = ma.end()
            ref = self.np_at(pos + at)
            if ref is not None and ref.kind == "entity":
                return ref, mi.group(1)
        return None

    def _apposed_after(self, pos: int, seg: str, at: int, kinds: tuple[str, ...]):
        """`Chile's navy commander, Vice Admiral X, told` / `the regional bloc, ECOWAS, said`:
        the name apposed after a descriptive phrase, when a reporting verb follows it."""
        ma = _APPOSED_LEAD.match(seg, at)
        if not ma:
            return None
        ap = self.np_at(pos + ma.end())
        if ap is not None and ap.kind in kinds:
            mv = _VERB_AFTER_NP.match(self.text, ap.end, ap.end + 140)
            if mv:
                return ap, mv.group(1)
        return None

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
        m = _PLATFORM_NAME_RE.search(self.text, a, b)
        if m:
            return PLATFORMS.get(m.group(1).lower(), m.group(1))
        m = _PLATFORM_RE.search(self.text, a, b)
        if m:
            return PLATFORMS.get(m.group(1).lower(), m.group(1))
        return None

    def _context(self, q: QuoteSpan) -> QuoteContext:
        si = self.doc.sentence_of(q.open_mark)
        close = q.close_mark if q.close_mark is not None else q.end
        after = close + 1
        end_para = self.doc.paragraphs[self.doc.para_of(close)]
        sent_end = min(self.doc.sentences[self.doc.sentence_of(close)].end, end_para.end)
        sent_end = max(min(sent_end, after + _CONTEXT_WINDOW), after)
        via = self.via_near(after, min(sent_end, after + 160))
        sent_start = max(self.doc.sentences[si].start, q.open_mark - _CONTEXT_WINDOW)
        return QuoteContext(si, sent_start, close, after, sent_end, min(end_para.end, after + _CONTEXT_WINDOW),
                            q.para, via)

    def _surface(self, a: int, b: int) -> str:
        return " ".join(self.text[a:b].split())[:60]

    def _add(self, cands: list[Candidate], ent: Entity | None, rule: str, how: str, ev: str) -> bool:
        if ent is None or _not_a_speaker(ent):
            return False
        key = f"{rule}:{how}" if f"{rule}:{how}" in ATTRIBUTION_PRIORS else rule
        score = ATTRIBUTION_PRIORS.get(key, 0.8)
        cands.append(Candidate(ent, f"{rule}:{how}" if how else rule, score, ev))
        return True

    def _cands_after(self, q: QuoteSpan, c: QuoteContext, cands: list[Candidate]) -> str | None:
        """`," X said` / `," said X` and `..., the ministry said.` after the closing mark.
        Returns a note when an attribution is read there but names nobody known."""
        t = self.text
        ends_sentence = bool(re.search(r"[.…]$", t[q.start:q.end])) and bool(
            re.match(r"\s*[A-Z]", t[c.after:c.after + 3])) and not re.match(
            r"\s*(?:He|She|It|They|We)\s", t[c.after:c.after + 6])
        if q.close_mark is None or ends_sentence or _opens_own_report(t, q, c.after):
            return None
        unresolved = None
        ref, verb = self._verb_then_np(c.after, c.para_end)
        if ref is not None:
            ent, how = self.resolve(ref, c.after)
            other = self._other_body_than_named(ent, q, c.after) if how == "organisation_reference" else None
            if other is not None:
                ent, how = other, "organisation_reference_not_self"
            ev = f"verb '{verb}' after closing mark; {how or ref.kind} '{self._surface(c.after, ref.end).strip(', ')}'"
            own = self._person_reporting_before(q, c) if ent is not None and ent.kind == "organisation" else None
            if own is not None and own is not ent:
                self._add(cands, own, "sentence_subject", "", f"subject of the quote's own reporting verb; "
                          f"'{ent.name}' relays it")
                return None
            if self._add(cands, ent, "after_quote", how, ev):
                cands[-1].rule = f"after_quote:{verb}:{how}"
                return None
            signer = self._statement_signer(ref) if ent is None and ref.kind == "pronoun" else None
            if self._add(cands, signer, "after_quote", "signatory",
                         f"verb '{verb}' after closing mark; '{ref.value}' speak in a statement signed by '{signer.name if signer else ''}'"):
                return None
            if ref.kind in ("role", "pronoun", "entity", "issued", "none", "org_phrase") and not (
                    ref.kind in ("none", "org_phrase") and verb.lower().endswith("ing")):
                unresolved = f"unresolved:{ref.kind}"     # `," said a UN statement`: someone else
        for m in re.finditer(r",\s+", t[c.after:c.sent_end]):
            p = c.after + m.end()
            if self._in_quote(p):
                continue
            ref, verb = self._verb_then_np(p, c.para_end)
            if ref is not None and verb and (_CLAUSE_THEN_REPORT.match(t[p:c.sent_end]) or _SAY_COMMA.match(t, p, c.sent_end)):
                ent, how = self.resolve(ref, p)
                ev = f"verb '{verb}' ending the clause; {how} '{self._surface(p, ref.end)}'"
                own = self._person_reporting_before(q, c) if ent is not None and ent.kind == "organisation" else None
                if own is not None and own is not ent:
                    # "He said he was "unsatisfied" ..., the news agency reported": his words, relayed
                    self._add(cands, own, "sentence_subject", "", f"subject of the quote's own reporting verb; "
                              f"'{ent.name}' relays it")
                    return None
                if self._add(cands, ent, "clause_end", how, ev):
                    cands[-1].rule = f"clause_end:{verb}:{how}"
                    return None
        named = self._name_before_verb_after(c) if unresolved is None else None
        if self._add(cands, named, "after_quote", "name", "a named person right before the reporting verb after the mark"):
            cands[-1].rule = "after_quote:modified_name"
            return None
        if unresolved is None and (t[q.end - 1:q.end] in ",.!?" or t[c.after:c.after + 1] == ",") \
                and (_LOOSE_CLAUSE.match(t, c.after, c.sent_end) or _SAID_UNNAMED.match(t, c.after, c.sent_end)):
            unresolved = "unresolved:clause"     # `", one of the diplomats said`: someone else
        return unresolved

    def _statement_signer(self, ref: Ref) -> Entity | None:
        """`," they said in a statement signed by the chair of the group, Mr X`: a group that
        speaks through a text one named person signed speaks through him."""
        mv = _VERB_AFTER_NP.match(self.text, ref.end, ref.end + 140)
        if mv is None:
            return None
        ms = _SIGNED_BY.match(self.text, mv.end())
        if ms is None:
            return None
        # "signed by the Ranking Member on the Committee, Mr X": a capitalised office is read as
        # a body; the name after it is the signer
        named = self.apposed_np(ms.end(), ("role", "none", "org_phrase", "org"))
        return self.by_id.get(named.value) if named is not None and named.kind == "entity" else None

    def _name_before_verb_after(self, c: QuoteContext) -> Entity | None:
        """`," Arland Foreign Ministry spokesperson Lena Holt said`: after the closing mark, a
        few modifier words (a body's name, an office) and then a named person and the verb."""
        t = self.text
        for m in self.mentions[bisect_left(self._mention_starts(), c.after):]:
            if m.start > c.after + 80 or m.start >= c.sent_end:
                break
            if m.in_quote or not _MODIFIER_WORDS.fullmatch(t, c.after, m.start):
                continue
            if _VERB_AFTER_NP.match(t, m.end, m.end + 60) and not _REPORT_WORD.search(t, c.after, m.start):
                return self.by_id.get(m.entity)
            break
        return None

    def _person_reporting_before(self, q: QuoteSpan, c: QuoteContext) -> Entity | None:
        """The person subject of the quote's sentence when a reporting verb stands between
        that subject and the opening mark."""
        if not _REPORT_WORD.search(self.text, c.sent_start, q.open_mark):
            return None
        own = self.subject(c.si)
        return own if own is not None and own.kind == "person" else None

    def _cands_before(self, q: QuoteSpan, c: QuoteContext, cands: list[Candidate]) -> str | None:
        """`X said: "`, `X told delegates "`, `saying: "`, `cited X as calling "`; returns the via."""
        t = self.text
        before = t[c.sent_start:q.open_mark]
        via = None
        m = _BEFORE_MARK.search(before) or _BEFORE_MARK_ADDRESSEE.search(before)
        if m and not before[:m.start(1)].rstrip().endswith(("\"", "”")):
            vpos = c.sent_start + m.start(1)
            via = self.via_near(vpos, q.open_mark)
            verb = m.group(1)
            if verb.lower().endswith("ing"):
                ent = self.subject(c.si)
                if self._add(cands, ent, "before_quote", "subject",
                             f"'{verb}' before the opening mark; subject of the sentence"):
                    cands[-1].rule = f"before_quote:{verb}:subject"
                    return via
            ref = self.np_before(vpos)
            if ref is not None:
                ent, how = self.resolve(ref, vpos)
                ev = f"verb '{verb}' before the opening mark; {how} '{self._surface(c.sent_start, vpos)[-40:]}'"
                if self._add(cands, ent, "before_quote", how, ev):
                    cands[-1].rule = f"before_quote:{verb}:{how}"
                    return via
                if ref.kind in ("role", "entity"):
                    c.blocked = f"unresolved:{ref.kind}"    # `The US envoy said, "`: someone else
        if not cands and (self._text_read_before(q, c, cands) or self._name_label(q, c, cands)
                          or self._headline_tail(q, c, cands) or self._headline_says_tail(q, c, cands)):
            return via
        ml = _QUOTE_LABEL.search(before)
        if ml:
            # "Quote from X: "..."": a label naming whose words follow
            ref = self.np_at(c.sent_start + ml.start(1))
            ent, how = self.resolve(ref, c.sent_start + ml.start(1))
            if self._add(cands, ent, "before_quote", how, f"a label 'Quote from {ml.group(1)}:' before the mark"):
                cands[-1].rule = f"before_quote:label:{how}"
                return via
        if self._citer_before(q, c, cands):
            return via
        mc = _CITED_AS.search(before)
        if mc:
            ref = self.apposed_np(c.sent_start + mc.end())
            if ref is not None and ref.kind == "entity" and _AS_SAYING.match(t, ref.end + (t[ref.end:ref.end + 1] == ","),
                                                                            q.open_mark):
                ent = self.by_id.get(ref.value)
                self._add(cands, ent, "cited_as", "", f"'{mc.group(1)} ... as' before the quote; "
                                                          f"the person cited '{self._surface(c.sent_start + mc.end(), ref.end)}'")
        return via

    def _text_read_before(self, q: QuoteSpan, c: QuoteContext, cands: list[Candidate]) -> bool:
        """`X's statement read: "`, `The statement reads, "`, `Her letter read: "`: a text that
        "reads" the words speaks for its author: the name before "'s", the issuer of the text
        named before, or the person a possessive pronoun points to."""
        m = _TEXT_READ_BEFORE.search(self.text, c.sent_start, q.open_mark)
        if m is None or self._in_quote(m.start()):
            return False
        if m.group(1):
            ent, how = self._owner_ending_at(m.start()), "name"
        elif m.group(2).lower() in ("his", "her"):
            ent, how = self.resolve(Ref("pronoun", "he" if m.group(2).lower() == "his" else "she", m.end(2)),
                                    m.start())
        elif m.group(2).lower() in ("the", "this", "that"):
            ent, how = self.resolve(Ref("issued", m.group(3).lower(), m.end(3)), m.start())
        else:
            return False
        if ent is not None and ent.kind == "organisation" and how == "name":
            how = "organisation"
        if not self._add(cands, ent, "before_quote", how,
                         f"'{self._surface(m.start(), m.end())}' before the opening mark: the text's author"):
            return False
        cands[-1].rule = f"before_quote:read:{how}"
        return True

    def _name_label(self, q: QuoteSpan, c: QuoteContext, cands: list[Candidate]) -> bool:
        """`Voss: "We will sign when ..."` (an interview or a transcript): a paragraph that opens
        with a person's name, then a colon, then the mark: that person's words."""
        para = self.doc.paragraphs[q.para]
        at = _LEADING_BLANKS.match(self.text, para.start).end()
        pm = self.person_at(at)
        if pm is None or pm.in_quote or not _LABEL_COLON.fullmatch(self.text, pm.end, q.open_mark):
            ent, end = self._capitals_label(at)
            if ent is None or not _LABEL_COLON.fullmatch(self.text, end, q.open_mark):
                return False
        else:
            ent, end = self.by_id.get(pm.entity), pm.end
        if not self._add(cands, ent, "before_quote", "name",
                         f"a paragraph that opens with the label '{self._surface(at, end)}:'"):
            return False
        cands[-1].rule = "before_quote:name_label"
        return True

    def _capitals_label(self, at: int) -> tuple[Entity | None, int]:
        """`BRANDT: "..."`: a transcript labels a turn with the surname in capitals; the one
        person of the article with that surname (two such people: nobody)."""
        m = _CAPS_LABEL.match(self.text, at)
        if m is None:
            return None, at
        key = m.group(1).lower().split()
        found = [e for e in self.people if e.kind == "person" and name_key(e.name)[-len(key):] == key]
        return (found[0], m.end(1)) if len(found) == 1 else (None, at)

    def _headline_tail(self, q: QuoteSpan, c: QuoteContext, cands: list[Candidate]) -> bool:
        """`Pact 'no threat' to regional peace: Solomon Islands PM` (a headline that names its
        speaker after a final colon): a one-line paragraph without a sentence's end whose last
        colon follows the quote; the person named right after that colon (titles before the
        name allowed), or the one holder of the office written there."""
        t = self.text
        para = self.doc.paragraphs[q.para]
        line = t[para.start:para.end].rstrip()
        close = q.close_mark if q.close_mark is not None else q.end
        colon = t.rfind(": ", close, para.start + len(line))
        if colon < 0 or "\n" in line or line[-1:] in ".!?\"”’'" or len(line.split()) > 30:
            return False
        tail = t[colon + 2:para.start + len(line)]
        if len(tail.split()) > 8:
            return False
        ent = self._name_in_tail(colon + 2, para.start + len(line)) or self._office_in_tail(tail, colon + 2)
        return self._add(cands, ent, "headline_tail", "", f"a headline that ends ': {tail.strip()}'")

    def _headline_says_tail(self, q: QuoteSpan, c: QuoteContext, cands: list[Candidate]) -> bool:
        """spk9: `Pact signed; 'no more hiding places' at sea, says Dolf`: a headline (one line,
        no sentence's end) that closes with ", says" and a name the article knows (a short name
        or nickname too): that person, when nothing but title words stand before the name."""
        t = self.text
        para = self.doc.paragraphs[q.para]
        line = t[para.start:para.end].rstrip()
        close = q.close_mark if q.close_mark is not None else q.end
        if "\n" in line or line[-1:] in ".!?\"”’'" or len(line.split()) > 30:
            return False
        end = para.start + len(line)
        ms = next(reversed(list(_INVERTED_SAY.finditer(t, close, end))), None)
        if ms is None or len(t[ms.end():end].split()) > 5:
            return False
        ent = self._name_in_tail(ms.end(), end)
        last = next((m for m in reversed(self.mentions) if ms.end() <= m.start < end), None)
        if ent is None or last is None or t[last.end:end].strip() or self.by_id.get(last.entity) is not ent:
            return False        # the name must end the headline: "says Dolf", not "says Dolf's aide"
        return self._add(cands, ent, "headline_says_tail", "", f"a headline that ends ', says {t[ms.end():end].strip()}'")

    def _name_in_tail(self, a: int, b: int) -> Entity | None:
        """The person named first in [a, b) after nothing but capitalised title words."""
        for m in self.mentions[bisect_left(self._mention_starts(), a):]:
            if m.start >= b:
                break
            if _TITLE_WORDS.fullmatch(self.text, a, m.start):
                return self.by_id.get(m.entity)
            return None
        return None

    def _office_in_tail(self, tail: str, pos: int) -> Entity | None:
        """`Solomon Islands PM`: a state's name and an office (its short form written out): the
        holder of that office of that state."""
        m = _STATE_OFFICE_TAIL.fullmatch(tail.strip())
        if m is None:
            return None
        country = country_of(m.group(1))
        office = m.group(2).lower()
        office = OFFICE_ABBREVIATIONS.get(office, office)
        if country is None or office not in OFFICE_HEADS and office not in OFFICE_ABBREVIATIONS.values():
            return None
        return self.holder(office, office, country, pos)

    def _owner_ending_at(self, j: int) -> Entity | None:
        """The person or named body whose name ends right before j (a possessive's owner)."""
        for m in self.mentions[bisect_left(self._mention_starts(), j - 80):]:
            if m.start >= j:
                break
            if m.end == j and not m.in_quote:
                return self.by_id.get(m.entity)
        return next((o for s, e, o in self.org_mentions if e == j), None)

    def _citer_before(self, q: QuoteSpan, c: QuoteContext, cands: list[Candidate]) -> bool:
        """`X cited the figures as evidence that "` / `..., which X cited as proof that "`: the
        one who cites something as proof of a claim makes the claim (unlike `cited X as saying`)."""
        m = _CITED_AS_PROOF.search(self.text, c.sent_start, q.open_mark)
        if m is None or m.end() != q.open_mark:
            return False
        ref = self.np_before(m.start())
        if ref is None or ref.kind not in ("entity", "pronoun"):
            return False
        ent, how = self.resolve(ref, m.start())
        if not self._add(cands, ent, "before_quote", how, f"'{m.group(1)} ... as {m.group(2)} that' before "
                         f"the opening mark; the one citing it"):
            return False
        cands[-1].rule = f"before_quote:cited_as_proof:{how}"
        return True

    def _for_frame(self, c: QuoteContext, q: QuoteSpan, cands: list[Candidate]) -> bool:
        """`For the Mauritanian minister, this accord «crowns ...»`: a sentence that opens with
        `For <person or office>,` gives that person's view, quotes included."""
        sent = self.doc.sentences[c.si]
        mp = _FOR_PRONOUN_FRAME.match(self.text, sent.start, q.open_mark)
        if mp is not None:
            # "Y disagrees. For her, the plan is "...": Y's view
            ent = self.antecedent(sent.start, PRONOUNS[mp.group(1).lower()])
            return self._add(cands, ent, "for_frame", "pronoun", f"'For {mp.group(1)},' opens the quote's sentence")
        mf = _FOR_FRAME.match(self.text, sent.start, q.open_mark)
        if mf is None:
            return False
        ref = self.np_at(mf.end())
        if ref is None or ref.kind not in ("entity", "role") or not re.match(r"\s*,", self.text[ref.end:ref.end + 3]):
            return False
        ent, how = self.resolve(ref, mf.end())
        return self._add(cands, ent, "for_frame", how, f"'For {self._surface(mf.end(), ref.end)},' opens the quote's sentence")

    def _quoting_opener(self, c: QuoteContext, q: QuoteSpan, cands: list[Candidate]) -> bool:
        """`Quoting Dahl, the state news agency said he wanted "..."`: the agency relays, the
        person it quotes speaks (a person of the article, named or by surname alone)."""
        sent = self.doc.sentences[c.si]
        m = _QUOTING_OPENER.match(self.text, sent.start, q.open_mark)
        if m is None:
            return False
        ref = self.np_at(m.start(1))
        ent = self.resolve(ref, m.start(1))[0] if ref is not None and ref.kind in ("entity", "role") else None
        if ent is None and re.fullmatch(r"[A-Z][\w’'-]+", m.group(1)):
            found = [e for e in self.people if e.kind == "person" and name_key(e.name)[-1:] == [m.group(1).lower()]]
            ent = found[0] if len(found) == 1 else None
        return self._add(cands, ent, "quoting_opener", "",
                         f"'{self._surface(m.start(), m.end())}' opens the sentence: the words are the quoted person's")

    def _participle_opener(self, c: QuoteContext, q: QuoteSpan, cands: list[Candidate]) -> bool:
        """`Calling the plan "a trap", the minister walked out`: a participle opens the sentence,
        the quote sits in its phrase, and the subject of the main clause after the comma speaks."""
        t = self.text
        sent = self.doc.sentences[c.si]
        mp = _PARTICIPLE_LEAD.fullmatch(t, sent.start, q.open_mark)
        if mp is None or mp.group(1).lower() not in PARTICIPLE_OPENERS:
            return False
        mc = re.match(r"[ \t]*,[ \t]*" if t[q.end - 1:q.end] != "," else r"[ \t]*", t[c.after:c.after + 5])
        if mc is None:
            return False
        at = c.after + mc.end()
        ref = self.np_at(at)
        if ref is None or ref.kind not in ("entity", "role", "org", "org_phrase", "pronoun"):
            return False
        ent, how = self.resolve(ref, at)
        return self._add(cands, ent, "participle_opener", how,
                         f"'{mp.group(1)} ...' opens the sentence; subject '{self._surface(at, ref.end)}' after it")

    def _cands_sentence(self, q: QuoteSpan, c: QuoteContext, cands: list[Candidate]) -> None:
        t = self.text
        sent = self.doc.sentences[c.si]
        before = t[c.sent_start:q.open_mark]
        if self._for_frame(c, q, cands) or self._participle_opener(c, q, cands) or self._quoting_opener(c, q, cands):
            return
        if self._joint_text_opener(c, q, cands):
            return
        mv = _SAY_WORD_GROUP.search(before) or _DOCUMENT_HAS_IT.search(before)
        rel = self.relative_reporter(c.sent_start, q.open_mark) if mv else None
        inner = self._inner_reporter(c.sent_start, q.open_mark) if mv else None
        if self._add(cands, rel, "relative_clause", "",
                     f"'{rel.name if rel else ''}, who ... {mv.group(1) if mv else ''}' before the mark"):
            pass
        elif inner is not None and inner is not self.subject(c.si):
            # "The agency stated that X reiterated the call for "...": X's words, relayed
            self._add(cands, inner, "inner_clause_subject", "",
                      f"subject of the reported clause before the mark; '{self.subject(c.si).name if self.subject(c.si) else '?'}' relays it")
        elif mv and self._asked_about(c.sent_start, q.open_mark):
            c.blocked = "unresolved:question"
        elif mv and (coord := self._coordinated_reporter(c.sent_start, q.open_mark)) is not None:
            self._add(cands, coord, "coordinated_subject", "",
                      f"', and {coord.name} {mv.group(1)}': the later clause's own subject reports")
        elif mv and _IMPERSONAL_PASSIVE.match(before.lstrip()):
            voice = self.last_reporter(c.si, limit=4)[0]
            self._add(cands, voice, "impersonal_passive", "",
                      f"'It is {mv.group(1)} that' has no agent: the voice of the statement reported just before")
        elif mv and self._contrast_reporter(c.sent_start + mv.end(), q.open_mark):
            return      # the later clause's subject speaks; neither the first subject nor its verb's
        elif mv:
            ent = self.subject(c.si)
            body = None if ent else self._self_named_body(c.sent_start, c.sent_start + mv.start())
            if body is not None:
                self._add(cands, body, "self_named_body", "",
                          f"'calling itself {body.name}' opens the sentence; the body is the subject of '{mv.group(1)}'")
            if c.si in self._named_next:
                self._add(cands, ent, "sentence_subject_named_next", "",
                          f"an unnamed role says '{mv.group(1)}'; the next sentence names who made the remarks")
            else:
                self._add(cands, ent, "sentence_subject", "", f"subject of '{mv.group(1)}' in the quote's sentence")
        # the quote's sentence within the context window (a sentence without an end is not re-read
        # from its start for every quote)
        m = _ACCORDING_TO.search(t, c.sent_start, max(c.sent_end, q.open_mark))
        if m:
            mp = _OBJECT_PRONOUN.match(t, m.end())
            # spk8b: "According to him, ...": the object pronoun points back as "he" would
            ref = Ref("pronoun", OBJECT_PRONOUNS[mp.group(1).lower()], mp.end()) if mp else self.apposed_np(m.end())
            ent, how = self.resolve(ref, m.end())
            if self._add(cands, ent, "according_to", how,
                         f"'according to {self._surface(m.end(), ref.end if ref else sent.end)}'"):
                cands[-1].rule = f"according_to:{how}"
                # "the US reaffirmed its "ironclad" ..., according to the ministry": the ministry
                # reports what another subject said; its word is weaker evidence. A person
                # ("..., according to X, a spokesman") is the source of the words themselves.
                own = self.subject(c.si) if mv else None
                if mv and (cands[-1].entity.kind == "organisation" or own is not None) \
                        and cands[-1].entity is not own:
                    cands[-1].score = 0.6
        if mv and not cands and not m:
            self._verb_subject(before, c, cands)
        if not mv and not cands and not m:
            self._directive_subject(c, q, cands)

    def _joint_text_opener(self, c: QuoteContext, q: QuoteSpan, cands: list[Candidate]) -> bool:
        """joint8: 'In a joint statement, "Chile and Peru urged ...': a sentence that opens with
        a text and then quotes it, where the article names the pair that issued the text."""
        m = _IN_TEXT_START.match(self.text, c.sent_start, q.open_mark)
        if m is None:
            return False
        pair = issuers_of_text(self.text, m.start(1), m.end(1), c.sent_start)
        if pair is None:
            return False
        # the quote is the one the opener introduces: right after its comma, or right after the
        # pair it names as the subject ('In a joint statement, Chile and Peru said they "...')
        if not (_IN_TEXT_OPENER.match(self.text, c.sent_start, q.open_mark)
                or c.sent_start < pair.end <= q.open_mark and SUBJECT_THEN_QUOTE.fullmatch(self.text, pair.end, q.open_mark + 1)):
            return False
        return self._add(cands, self.joint_speaker(pair), "joint_text_opener", "",
                                               f"'{self._surface(c.sent_start, q.open_mark)}' opens the quote; "
                                               f"the text is issued by '{pair.name}'")

    def _other_body_than_named(self, ent: Entity | None, q: QuoteSpan, pos: int) -> Entity | None:
        """`"... this trick of the Arland Foreign Ministry ...," the ministry added.` when the
        Belmark foreign ministry was named before too: a bare reference fits both, and a body
        does not call itself by its full name in its own protest, so it is the other one. Only
        when exactly one other body with the same head noun was named before."""
        if ent is None or ent.kind != "organisation" or not self._talked_about(ent, q):
            return None
        head = _org_head(ent.name.lower())
        others = [e for e in self._named_before(pos)
                  if e is not ent and _org_head(e.name.lower()) == head and not self._talked_about(e, q)]
        return others[0] if len(others) == 1 else None

    def _talked_about(self, ent: Entity, q: QuoteSpan) -> bool:
        """The quote's own words name ent: by its name, an alias, a person's surname or an
        organisation's initials."""
        names = {ent.name, *ent.aliases}
        if ent.kind == "person":
            names.add(ent.name.split()[-1])
        else:
            initials = "".join(w[0] for w in re.split(r"[\s-]+", ent.name) if w[:1].isupper())
            if len(initials) >= 2:
                names.add(initials)
        inside = self.text[q.start:q.end]
        return any(len(n) >= 2 and re.search(r"(?<![\w])" + re.escape(n) + r"(?![\w])", inside) for n in names)

    def _self_named_body(self, a: int, vpos: int) -> Entity | None:
        """`Calling itself the X Council, ..., the junta has vowed to ...`: the sentence opens with
        the name a body gives itself, and its subject is that body by a common noun."""
        mn = _SELF_NAMING.match(self.text, a, vpos)
        mr = _SELF_NAMED_REFERENCE.search(self.text, mn.end() - 1, vpos) if mn else None
        if mr is None or mr.group(1) not in SELF_NAMED_BODY_NOUNS or self._in_quote(mr.start()):
            return None
        return self.org(mn.group(1), mn.start(1), mn.end(1), reference=False)

    def _asked_about(self, a: int, b: int) -> bool:
        """spk9: `A reporter asked whether the ministry would answer a statement that called
        it "..."`: the words sit inside the asker's question; they are someone else's, quoted
        back, not the asker's."""
        t = self.text
        for m in _ASKED_WHETHER.finditer(t, a, b):
            if self._in_quote(m.start()) or t[a:m.start()].rstrip().endswith(","):
                continue        # "X, asked whether ..., said": asked, then answering
            if not any(not self._in_quote(v.start()) for v in _REPORT_VERB.finditer(t, m.end(), b)):
                return True
        return False

    def _coordinated_reporter(self, a: int, b: int) -> Entity | None:
        """spk9: `The committee will examine the text, and its deputy chair, X, said ...
        "`: a clause after ", and" whose own subject is a named person right before a reporting
        verb; the sentence's first subject does not speak the quoted words."""
        t = self.text
        for m in _COORDINATED_CLAUSE.finditer(t, a, b):
            if self._in_quote(m.start()):
                continue
            ref = self.np_at(m.end())
            if ref is None or ref.kind != "entity" or ref.end >= b:
                continue
            if _COORDINATED_SAY.match(t, ref.end, b):
                return self.by_id.get(ref.value)
        return None

    def _contrast_reporter(self, a: int, b: int) -> bool:
        """A contrasting reporting clause with its own subject between a and the mark at b
        ("..., while the minister said that ..."): the sentence's first subject does not speak."""
        return any(not self._in_quote(m.start()) for m in _CONTRAST_REPORTER.finditer(self.text, a, b))

    def _inner_reporter(self, a: int, b: int) -> Entity | None:
        """The named person of a reported clause between a and the mark at b: `... stated that
        X reiterated the call for "`, `... said X had called it "`: a person, then a reporting
        verb, with no other clause opening before the mark."""
        t = self.text
        ref = None
        for m in reversed(list(_THAT_CLAUSE.finditer(t, a, b))):
            if self._in_quote(m.start()):
                continue
            ref = self.np_at(m.end())
            if ref is not None and ref.kind == "entity" and ref.end < b:
                break
            ref = None
        if ref is None:
            return None
        mv = _INNER_VERB.match(t, ref.end, b)
        if mv is None:
            return None
        # "..., while Y said that the plan was "...": the verb's own "that" opens Y's content,
        # not a clause where someone else speaks
        mc = _OWN_COMPLEMENTIZER.match(t, mv.end(), b)
        if _breaks_clause(t, mc.end() if mc else mv.end(), b):
            return None
        return self.by_id.get(ref.value)

    def _verb_subject(self, before: str, c: QuoteContext, cands: list[Candidate]) -> None:
        """The phrase right before the last reporting verb ahead of the mark, when the sentence
        opens with something else ("Hoping for progress, Berg called on both sides "to ...")."""
        last = _REPORT_WORD.search(before)      # the main clause's verb, not a later one
        if last is None:
            self._named_evaluator(before, c, cands)
            return
        vpos = c.sent_start + last.start()
        if self._in_quote(vpos):
            return
        mq = _QUOTED_AS.search(before, 0, last.start())
        if mq:
            vpos = c.sent_start + mq.start()      # "X was quoted as saying": X
        ref = self.np_before(vpos)
        if ref is not None:
            ent, how = self.resolve(ref, vpos)
            self._add(cands, ent, "verb_subject", how,
                      f"'{self._surface(max(c.sent_start, vpos - 30), vpos)}' before the verb '{last.group(0)}'")

    def _directive_subject(self, c: QuoteContext, q: QuoteSpan, cands: list[Candidate]) -> None:
        """spk9: `The President also instructed the government to finish the post "before the
        rains"`: a sentence with no reporting verb whose subject, a person, gives an order the
        quoted words belong to."""
        t = self.text
        md = _DIRECTIVE_VERB.search(t, c.sent_start, q.open_mark)
        if md is None or self._in_quote(md.start()):
            return
        lead = _LEAD_ADVERBIAL.match(t, c.sent_start, md.start())
        at = lead.end() if lead else c.sent_start
        ref = self.np_at(at)
        if ref is None or ref.kind == "none":
            return
        tail = _OFFICE_TAIL.match(t, ref.end) if ref.kind == "role" else None    # "of the Republic"
        if not _ONLY_ADVERBS.fullmatch(t, tail.end() if tail else ref.end, md.start()):
            return
        ent, how = self.resolve(ref, at)
        if ent is not None and ent.kind == "person":
            self._add(cands, ent, "directive_subject", how,
                      f"'{self._surface(at, md.end())}': the subject gives the order the words belong to")

    def _named_evaluator(self, before: str, c: QuoteContext, cands: list[Candidate]) -> None:
        """`..., with Minister Petra Voss calling the pact a "fresh start"`: no reporting verb,
        but a verb that credits words ("calling", "described ... as", "branded") right after a
        named person or body, in the same clause as the mark: the name's words. A pronoun or a
        role there is not enough for a quote this short."""
        ev = next(reversed(list(_EVALUATE_WORD.finditer(before))), None)     # the nearest one
        if ev is None:
            return
        vpos = c.sent_start + ev.start()
        if self._in_quote(vpos) or _breaks_clause(self.text, c.sent_start + ev.end(), c.sent_start + len(before)):
            return
        ref = self.np_before(vpos)
        if ref is None or ref.kind != "entity":
            return
        ent, how = self.resolve(ref, vpos)
        self._add(cands, ent, "named_evaluator", how,
                  f"'{self._surface(max(c.sent_start, vpos - 30), vpos)}' before the verb '{ev.group(0)}'")

    def last_reporter(self, si: int, limit: int = 6) -> tuple[Entity | None, int]:
        """The speaker of the nearest earlier sentence that reports speech (within limit
        sentences), and that sentence's index; (None, -1) when the nearest names nobody."""
        for k in range(si - 1, max(-1, si - 1 - limit), -1):
            sp = self.speaker_at.get(k)
            if sp is not None:
                return sp, k
            s = self.doc.sentences[k]
            if _REPORT_WORD.search(self.text, s.start, s.end) and not self._in_quote(s.start):
                ent = self.reporter(k)
                return ent, (k if ent is not None else -1)
        return None, -1

    def _list_lead(self, c: QuoteContext) -> Entity | None:
        """A bullet item: the speaker of the sentence that announced the list (`...principles:`)."""
        paras = self.doc.paragraphs
        t = self.text
        k = c.para
        if t[paras[k].start:paras[k].start + 1] not in BULLET_MARKS:
            return None
        while k > 0 and t[paras[k].start:paras[k].start + 1] in BULLET_MARKS and c.para - k < 12:
            k -= 1
        lead = paras[k]
        if not t[lead.start:lead.end].rstrip().endswith(":"):
            return None
        si = self.doc.sentence_of(lead.end - 1)
        s = self.doc.sentences[si]
        if not _REPORT_WORD.search(t, s.start, s.end):
            return None
        return self.subject(si)

    def _cands_context(self, q: QuoteSpan, c: QuoteContext, prev_speaker: Entity | None,
                       cands: list[Candidate]) -> str | None:
        """Continuity: the previous reporting sentence, the last speaker, a list's lead."""
        t = self.text
        if _UNNAMED_GROUP_SUBJECT.match(t, c.sent_start, q.open_mark):
            return "unnamed_group"      # "Analysts called it "...": their words, no one named
        para = self.doc.paragraphs[q.para]
        whole_para = not t[para.start:q.open_mark].strip()
        lead = self._list_lead(c)
        if self._add(cands, lead, "list_lead", "", "bullet item after a reporting sentence ending ':'"):
            return None
        sent = self.doc.sentences[c.si]
        if not whole_para and c.si > 0 and self.doc.sentences[c.si - 1].para == sent.para:
            prev = self.doc.sentences[c.si - 1]
            if _REPORT_WORD.search(t, prev.start, prev.end) and self._own_role_subject(c.si):
                # "X thanked the mediator. The rebel leader, for his part, called it "...": the
                # sentence's own subject is someone we could not name, never X
                return "unresolved:role"
            if _REPORT_WORD.search(t, prev.start, prev.end):
                ent = self.reporter(c.si - 1)
                if self._add(cands, ent, "previous_sentence_subject", "",
                             "subject of the previous reporting sentence of the paragraph"):
                    own = self.subject(c.si)
                    if own is not None and own is not ent and own.kind == "person":
                        # "X said ... . Y had reached a deal "in principle"": Y's sentence, not X's
                        cands[-1].score = 0.5
                        cands[-1].evidence += f"; but the quote's sentence is about '{own.name}'"
                    elif own is None and (bare := self._bare_name_subject(c.si, ent)):
                        # "X said ... . Marek endorsed the call to weigh "all options"": a name we
                        # could not resolve is the sentence's own subject, not X
                        cands[-1].score = 0.5
                        cands[-1].evidence += f"; but the quote's sentence has its own subject '{bare}'"
                    return None
        if whole_para:
            lead_colon, ent = self._colon_lead(q)
            if lead_colon:
                if self._add(cands, ent, "colon_lead", "", "first paragraph of quote after a paragraph "
                             "ending ':'; the voice of that sentence"):
                    return None
                return "unresolved:colon_lead"
            heading = (q.close_mark is not None and len(t[q.start:q.end].split()) <= 8
                       and not re.search(r"[.!?,]$", t[q.start:q.end])
                       and not t[c.close + 1:para.end].strip())
            if heading:
                return "heading_forward"
        recent, _k = self.last_reporter(c.si)
        if whole_para and prev_speaker is not None:
            same = recent is None or recent is prev_speaker
            self._add(cands, prev_speaker, "continuation_paragraph", "",
                      "a paragraph that is all quote, after a quote by this speaker")
            if not same:
                cands[-1].score = 0.55
            elif self._floor_handed_on(q, prev_speaker):
                # "«...,» Z said." then a paragraph of narration about Y, then «...»: the
                # narration may have handed the floor to Y; Z is only a suggestion
                cands[-1].score = 0.55
                cands[-1].evidence += "; a paragraph of narration about someone else stands between"
        if recent is not None and _BARE_QUOTE_LABEL.fullmatch(t[para.start:q.open_mark]):
            # "Quote: "..."": a label that presents the words of the source being reported
            self._add(cands, recent, "quote_label", "",
                      "a 'Quote:' label before the mark; speaker of the nearest earlier reporting sentence")
            return None
        if recent is not None and not any(x.entity is recent for x in cands):
            # a paragraph's opening quote continues the reporter of the paragraph just before:
            # all of the paragraph, or speech after a bare noun phrase ("The text “offers ...”")
            adjacent = self._next_paragraph(self.doc.sentences[_k].para, q.para)
            bare_np = (_BARE_NP_BEFORE.fullmatch(t[sent.start:q.open_mark]) is not None
                       and len(t[q.start:q.end].split()) >= 4)
            first = sent.start == para.start
            strong = adjacent and (whole_para or (bare_np and first))
            if not strong and self._reports_on_its_own(sent):
                # "..., a senior official said on condition of anonymity": the sentence names its
                # own source, one we could not resolve; an earlier speaker is no suggestion for it
                return None
            own = self.subject(c.si) if not strong else None
            if own is not None and own.kind == "person" and own is not recent:
                # "For his part, Y read the declaration in which "...": the sentence is about
                # someone else; the earlier speaker is no suggestion for it
                return None
            pron = None if strong else self._pronoun_continues(q, c, recent, _k)
            if pron is not None:
                self._add(cands, recent, "pronoun_continuation", "",
                          f"'{pron}' is the subject of the quoted words; the paragraph's previous "
                          f"sentence quotes '{recent.name}', and no one else is named there")
                return None
            rule = "paragraph_fragment" if strong else "last_reporter"
            added = self._add(cands, recent, rule, "", "speaker of the nearest earlier reporting sentence"
                              + ("" if adjacent else ", paragraphs before"))
            if added and not strong:
                cands[-1].score = 0.5
        return None

    def _pronoun_continues(self, q: QuoteSpan, c: QuoteContext, recent: Entity, k: int) -> str | None:
        """`X pointed out that "...". This was shown "by ...". They have "viewed ..."`: a pronoun
        whose predicate the quote is, in the sentence right after one of the same paragraph that
        quotes X, goes on with X's words. Only when the pronoun fits X (he/she a person of that
        gender, they a body) and nobody else (a person, a body, a plural noun for "they") is
        named outside quotes between X's quote's sentence and the pronoun. Returns the pronoun."""
        if k != c.si - 1 or self.speaker_at.get(k) is not recent:
            return None
        prev = self.doc.sentences[k]
        if prev.para != self.doc.sentences[c.si].para:
            return None
        m = _PRONOUN_PREDICATE.search(self.text, c.sent_start, q.open_mark)
        if m is None or self._in_quote(m.start()):
            return None
        pron = m.group(1).lower()
        fits = (recent.kind == "organisation" if pron == "they"
                else recent.kind == "person" and recent.gender in (None, PRONOUNS[pron]))
        if not fits or self._rival_antecedent(prev.start, m.start(), recent, pron):
            return None
        return pron

    def _rival_antecedent(self, a: int, b: int, recent: Entity, pron: str) -> bool:
        """Someone other than recent that a pronoun at b could point to, named outside quotes in
        [a, b): a person, a body, or (for "they") a plural noun phrase ("the rebels")."""
        for m in self.mentions[bisect_left(self._mention_starts(), a):]:
            if m.start >= b:
                break
            if not m.in_quote and self.by_id.get(m.entity) is not recent:
                return True
        if any(a <= s < b and o is not recent and not self._in_quote(s) for s, _e, o in self.org_mentions):
            return True
        if pron != "they":
            return False
        # any word that may be a plural (a verb's "-s" too: a false alarm only costs a blank)
        return any(w.lower() not in NOT_PLURAL_S_WORDS for x, y in _gaps(self.qranges, a, b)
                   for w in _PLURAL_LOOKING.findall(self.text, x, y))

    def _colon_lead(self, q: QuoteSpan) -> tuple[bool, Entity | None]:
        """`Y disagrees, and puts it this way:` then a paragraph that is all quote:
        the words of the sentence the colon ends (its quote's speaker, else its person subject),
        not of a speaker from further back. (True, None) when that sentence names nobody."""
        if q.para == 0:
            return False, None
        prev = self.doc.paragraphs[q.para - 1]
        if not self.text[prev.start:prev.end].rstrip().endswith(":") or prev.end - prev.start < 20:
            return False, None
        k = self.doc.sentence_of(max(prev.start, prev.end - 1))
        if self.text[prev.start:prev.end].lstrip()[:1] in BULLET_MARKS:
            return False, None
        ent = self.speaker_at.get(k) or self.subject(k) or self.reporter(k)
        return True, (ent if ent is not None and ent.kind == "person" else None)

    def _bare_name_subject(self, si: int, ent: Entity) -> str | None:
        """The sentence opens with a capitalised word, not one of ent's names nor a pronoun or
        connective, followed by a verb in the past or present ("Marek sounded", "Russia says")."""
        sent = self.doc.sentences[si]
        m = _BARE_SUBJECT.match(self.text, sent.start, sent.end)
        if m is None or m.group(1).lower() in SENTENCE_OPENERS | OPENING_ADVERBS | BARE_SUBJECT_NOT_NAMES:
            return None
        names = {w for n in (ent.name, *ent.aliases) for w in n.split()}
        return None if m.group(1) in names else m.group(1)

    def _own_role_subject(self, si: int) -> bool:
        """The sentence opens with an office description ("The rebel leader") that names nobody."""
        sent = self.doc.sentences[si]
        d = definite(self.text[sent.start:sent.start + 120])
        return d is not None and d[0] == "role" and self.subject(si) is None

    def _reports_on_its_own(self, sent) -> bool:
        """The sentence has a reporting verb of its own outside any quote."""
        return any(not self._in_quote(m.start()) for m in _REPORT_WORD.finditer(self.text, sent.start, sent.end))

    def _floor_handed_on(self, q: QuoteSpan, speaker: Entity) -> bool:
        """Between the previous quote's paragraph and this one stands narration (not page
        debris) whose sentences have someone other than the speaker as their subject."""
        before = [p for p in (self.doc.para_of(a) for a, _b in self.qranges if a < q.open_mark) if p < q.para]
        if not before or max(before) + 1 >= q.para or self._next_paragraph(max(before), q.para):
            return False
        first, last = self.doc.paragraphs[max(before) + 1].start, self.doc.paragraphs[q.para].start
        k0, k1 = self.doc.sentence_of(first), self.doc.sentence_of(last)
        return any(self.subject(k) not in (None, speaker) for k in range(k0, k1)
                   if self.doc.sentences[k].start >= first)

    def _next_paragraph(self, a: int, b: int) -> bool:
        """Paragraph b follows paragraph a, but for page debris between them ("Advertisement",
        "Read more"): at most two short lines of a few words without a sentence's end."""
        if b - a > 3 or b <= a:
            return False
        for k in range(a + 1, b):
            p = self.doc.paragraphs[k]
            line = self.text[p.start:p.end].strip()
            if len(line) > 40 or len(line.split()) > 3 or line[-1:] in ".!?\"”’'":
                return False
        return True

    def _choose(self, cands: list[Candidate], blocked: str | None, via: str | None) -> Attribution:
        if not cands:
            why = ("a reporting clause beside the mark names a source that is no participant" if blocked
                   else "no reporting clause, role or earlier speaker points to a person")
            return Attribution(None, blocked or "unattributed", via, 0.0, why)
        by_ent: dict[int, list[Candidate]] = {}
        for x in cands:
            by_ent.setdefault(id(x.entity), []).append(x)
        ranked = sorted(by_ent.values(), key=lambda xs: max(x.score for x in xs), reverse=True)
        best = sorted(ranked[0], key=lambda x: x.score, reverse=True)
        conf = best[0].score
        for x in best[1:]:
            conf = 1 - (1 - conf) * (1 - 0.3 * x.score)        # agreeing evidence
        if len(ranked) > 1:
            other = max(x.score for x in ranked[1])
            conf -= max(0.0, other - (best[0].score - 0.15))    # close rival evidence
        if blocked and not (blocked == "unresolved:none" and best[0].rule == "previous_sentence_subject"):
            conf *= 0.6          # an attribution beside the mark named someone unknown
        conf = round(max(0.0, min(1.0, conf)), 3)
        ev = "; ".join(dict.fromkeys(x.evidence for x in best))
        if len(ranked) > 1:
            ev += f"; rival '{ranked[1][0].entity.name}' ({ranked[1][0].rule})"
        top = best[0]
        if conf >= SPEAKER_THRESHOLD:
            return Attribution(top.entity, top.rule, via, conf, ev)
        return Attribution(None, f"suggestion:{top.rule}", via, conf, ev, suggested=top.entity)

    def attribute(self, q: QuoteSpan, qi: int, prev_speaker: Entity | None) -> Attribution:
        c = self._context(q)
        cands: list[Candidate] = []
        relayed, source = self.relayed_source(c, q)
        if relayed:
            if self._add(cands, source, "relayed_quote", "",
                         f"'I quote' relays the words of '{source.name if source else ''}'"):
                return self._choose(cands, None, c.via)
            return Attribution(None, "unresolved:relay", c.via, 0.0,
                               "a speaker relays someone else's words ('I quote') and names no one we know")
        blocked = self._cands_after(q, c, cands)
        via = self._cands_before(q, c, cands) if not cands else None
        via = c.via or via
        if not cands:
            self._cands_sentence(q, c, cands)
        blocked = blocked or c.blocked
        marker = None
        if not cands and blocked in (None, "unresolved:none"):
            # a reporting clause beside the mark that names someone unknown ("a senior official
            # said") says whose words they are: an earlier speaker is not even a suggestion
            marker = self._cands_context(q, c, prev_speaker, cands)
        if marker == "heading_forward" and not cands:
            return Attribution(None, "heading_forward", via, None, "a quoted heading: the next quote's speaker")
        att = self._choose(cands, blocked, via)
        if att.suggested is not None and self._talked_about(att.suggested, q):
            # "...violations of the ceasefire by the SAF and RSF...": a party the quote names is
            # what it is about, not who says it; no suggestion
            att = Attribution(None, "unattributed", via, 0.0,
                              f"the best candidate '{att.suggested.name}' is named inside the quote")
        if att.speaker is not None:
            self.speaker_at.setdefault(c.si, att.speaker)
            k = self.doc.sentence_of(min(c.after, len(self.text) - 1))
            if self.doc.sentences[k].start <= c.after < self.doc.sentences[k].end:
                self.speaker_at.setdefault(k, att.speaker)     # only when the clause runs on
        return att
