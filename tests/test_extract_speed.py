"""Helpers that make extraction faster must find exactly what the slower forms found."""
from __future__ import annotations

import re

from store.extract.scan import lines_with, literal_alternation

_WORDS = {"accord", "accords", "agreement", "agreements", "pact", "pacts", "peace plan", "treaty", "truce"}
_TEXT = ("Petra Voss said the accords and the Agreement were signed.\n"
         "A PACT, a truce and a peace   plan followed; treatymaking is not a treaty.\n"
         "No agreementsX here, but agreements there.")


def _flat(words: set[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def test_literal_alternation_groups_by_first_letter_longest_first():
    alt = literal_alternation(_WORDS, space=r"\s+")
    assert alt.startswith("a(?:greements|greement|ccords|ccord)|")
    assert r"p(?:eace\s+plan|acts|act)" in alt


def test_literal_alternation_matches_as_the_flat_alternation():
    for flags in (0, re.IGNORECASE):
        flat = re.compile(r"\b(?:" + _flat(_WORDS) + r")\b", flags)
        grouped = re.compile(r"\b(?:" + literal_alternation(_WORDS, space=r"\s+") + r")\b", flags)
        found = [m.span() for m in grouped.finditer(_TEXT)]
        assert found == [m.span() for m in flat.finditer(_TEXT)]
        assert len(found) == (7 if flags else 5)


def test_literal_alternation_leaves_other_leads_ungrouped():
    # an escaped lead ("-") or a capital one is not grouped: the plain alternation, longest (then alphabetical) first
    assert literal_alternation({"-fire", "cease"}) == r"\-fire|cease"
    assert literal_alternation({"Pact", "pacts"}) == "pacts|Pact"


def test_lines_with_spans_each_line_holding_the_word_once():
    text = "they agreed\nno word here\nagreed, agreed again\nlast agreed"
    spans = lines_with(text, "agreed")
    assert [text[a:b] for a, b in spans] == ["they agreed", "agreed, agreed again", "last agreed"]
    assert lines_with("nothing", "agreed") == []


def test_lines_with_finds_the_same_matches_as_a_whole_text_scan():
    pat = re.compile(r"\b[A-Z]\w+ and [A-Z]\w+ agreed to \w+")
    text = "Intro.\nChile and Peru agreed to talk. Mali and Chad agreed to meet\nnothing\nOman and Iran agreed to swap"
    scoped = [m.span() for a, b in lines_with(text, "agreed") for m in pat.finditer(text, a, b)]
    assert scoped == [m.span() for m in pat.finditer(text)]
    assert len(scoped) == 3


def test_literal_alternation_case_sensitive_groups_capitals_in_the_given_order():
    forms = ["South Korea", "Sudan", "South Korean", "Sweden", "Korea", "-x"]
    alt = literal_alternation(forms, keep_order=True, case_sensitive=True)
    assert alt == r"S(?:outh\ Korea|udan|outh\ Korean|weden)|K(?:orea)|\-(?:x)"
    text = "South Korean and Sudan; South Korea, Sweden, Korea-x."
    flat = "|".join(re.escape(f) for f in forms)
    assert [m.span() for m in re.finditer(alt, text)] == [m.span() for m in re.finditer(flat, text)]


_BRACKETS = ("Petra Voss, of the Office of Harbour Affairs (OHA), spoke. The Agency for Coastal Safety (ACS) "
             "and the Line of Control (LOC) met; Line of Control (LOC).\nthe Board of Trade and Ports "
             "(BTP) said (ACS) again, and Voss-Marlow Group(VMG) too.")


def test_title_before_acronym_reads_only_before_brackets_with_the_same_matches():
    from store.extract.attribution import _TITLE_BEFORE_ACRONYM, _title_before_acronym
    for start in (0, 40, 120):
        whole = [(m.span(), m.groups()) for m in _TITLE_BEFORE_ACRONYM.finditer(_BRACKETS, start)]
        assert [(m.span(), m.groups()) for m in _title_before_acronym(_BRACKETS, start)] == whole
    assert [m.group(1) for m in _title_before_acronym(_BRACKETS, 0)][:2] == [
        "the Office of Harbour Affairs", "The Agency for Coastal Safety"]


def test_spelled_out_before_finds_what_a_whole_text_scan_finds():
    from store.extract.attribution import _spelled_out_before
    for acr in ("OHA", "ACS", "LOC", "BTP", "VMG", "XYZ"):
        pat = r"((?:[A-Z][\w-]*\s+(?:(?:of|the|and)\s+)*){1,6})\(" + re.escape(acr) + r"\)"
        whole = [(m.span(), m.groups()) for m in re.finditer(pat, _BRACKETS)]
        assert [(m.span(), m.groups()) for m in _spelled_out_before(_BRACKETS, acr)] == whole
    assert [m.group(1) for m in _spelled_out_before(_BRACKETS, "LOC")] == ["Line of Control ", "Line of Control "]


def test_grouped_alternation_keeps_regex_rests_and_their_order():
    from store.extract.scan import grouped_alternation
    cues = ["will", "plans? to", "would", r"negotiat\w*", "not yet", "push(?:ing)? for"]
    alt = grouped_alternation([(c[0], c[1:]) for c in cues])
    assert alt == r"w(?:ill|ould)|p(?:lans? to|ush(?:ing)? for)|n(?:egotiat\w*|ot yet)"
    text = "Voss plans to sign; Marlow would not. Talks are negotiating; not yet. Pushing for it."
    flat = "|".join(cues)
    for flags in (0, re.IGNORECASE):
        assert [m.span() for m in re.finditer(r"\b(?:" + alt + r")\b", text, flags)] == \
            [m.span() for m in re.finditer(r"\b(?:" + flat + r")\b", text, flags)]
    # a capital lead cannot be grouped ignoring case: the plain alternation comes back
    assert grouped_alternation([("W", "ill"), ("w", "ould")]) == "Will|would"
