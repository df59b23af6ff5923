"""Which participant a name typed on the command line means (`parley reassign ID NAME`).

Headless (no textual import). A name resolves only when exactly one participant answers to it:
an id, a full name, an alias, then a surname. Anything ambiguous is an error that lists the
candidates, and an unknown name is an error too: a typo must not create a new person."""
from __future__ import annotations

import unicodedata

from store.records import Participant


class NameError_(LookupError):
    pass


# Unlike store.records.fold_spaces, accents are stripped too: a name typed on the command line
# ("Jose") should find its record ("José"); identity across articles never does this.
def _fold_accentless(s: str) -> str:
    decomposed = unicodedata.normalize("NFKD", s.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def _label(p: Participant) -> str:
    extra = ", ".join(x for x in (p.title, p.country) if x)
    return f"{p.name} ({p.id[:10]}{'; ' + extra if extra else ''})"


def _one(ref: str, hits: list[Participant], how: str) -> str | None:
    if len(hits) == 1:
        return hits[0].id
    if len(hits) > 1:
        names = "; ".join(_label(p) for p in hits[:8])
        raise NameError_(f"{ref!r} is the {how} of {len(hits)} participants: {names} \u2014 give the id")
    return None


def resolve_participant(parts: list[Participant], ref: str) -> str:
    """The id of the one participant `ref` names; NameError_ when none or several do."""
    ref = ref.strip()
    key = _fold_accentless(ref)
    # an alias and a surname count alike: "Solvang" is ambiguous when it is one person's alias
    # and another's surname
    steps = (
        ("id", lambda p: p.id == ref or (len(ref) >= 6 and p.id.startswith(ref))),
        ("full name", lambda p: _fold_accentless(p.name) == key),
        ("alias or surname", lambda p: any(_fold_accentless(a) == key for a in p.aliases) or (
            p.kind == "person" and len(p.name.split()) > len(key.split()) and _fold_accentless(p.name).endswith(" " + key))),
    )
    for how, test in steps:
        found = _one(ref, [p for p in parts if test(p)], how)
        if found is not None:
            return found
    raise NameError_(f"no participant named {ref!r}{_suggest(parts, key)} (use --new for a new person)")


def _suggest(parts: list[Participant], key: str) -> str:
    """Up to three names close to the one typed (a whole name or one of its words)."""
    from rapidfuzz import fuzz
    scored = []
    for p in parts:
        words = [_fold_accentless(p.name), *(_fold_accentless(w) for w in p.name.split())]
        score = max(fuzz.ratio(key, w) for w in words)
        if score >= 80:
            scored.append((-score, p.name))
    close = [n for _s, n in sorted(scored)[:3]]
    return f"; did you mean {', '.join(close)}?" if close else ""
