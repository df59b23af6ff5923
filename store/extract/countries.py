"""Country names, codes and demonyms, and where they occur in a text.

Names come from pycountry (sovereign states only); the short forms news uses ("US", "Britain",
"South Korea") and demonyms ("Malaysian", "Swiss") come from small tables here, because
pycountry has neither.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from store.extract.datacache import cached, package_file
from store.extract.lexicon import (CONTESTED_STATES, DEMONYM_LANGUAGE_SUFFIXES, DEMONYM_PLACE_NOUNS,
                                   REGION_QUALIFIERS_OF_AMERICA, STATEHOOD_DENIALS)
from store.extract.lexicon import DEMONYM_VARIANTS  # pctry7
from store.extract.lexicon import OUTLETS_NAMED_AFTER_STATES  # quo9
from store.extract.scan import literal_alternation

# ISO 3166 entries that are not sovereign states (territories, dependencies, special areas).
_NOT_STATES = {
    "AS", "AI", "AQ", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "EH",
    "FK", "FO", "GF", "GG", "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IM", "IO", "JE",
    "KY", "MF", "MO", "MP", "MQ", "MS", "NC", "NF", "NU", "PF", "PM", "PN", "PR", "RE",
    "SH", "SJ", "SX", "TC", "TF", "TK", "UM", "VG", "VI", "WF", "YT",
}

# The name news readers expect, where pycountry's is formal ("Russian Federation").
_CANONICAL = {
    "KR": "South Korea", "KP": "North Korea", "RU": "Russia", "IR": "Iran", "SY": "Syria",
    "VN": "Vietnam", "LA": "Laos", "TW": "Taiwan", "BO": "Bolivia", "VE": "Venezuela",
    "TZ": "Tanzania", "MD": "Moldova", "CZ": "Czechia", "PS": "Palestine",
    "VA": "Vatican City", "BN": "Brunei", "FM": "Micronesia", "TR": "Turkey",
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "CI": "Ivory Coast", "MK": "North Macedonia",
    "US": "United States", "GB": "United Kingdom", "CV": "Cape Verde", "SZ": "Eswatini",
    "MM": "Myanmar", "KN": "Saint Kitts and Nevis", "LC": "Saint Lucia", "TL": "Timor-Leste",
}
# Extra surface forms of names (case-sensitive where they are also common words).
_EXTRA_NAMES = {
    "US": "US", "U.S.": "US", "U.S": "US", "USA": "US", "U.S.A.": "US", "America": "US",
    "United States of America": "US", "UK": "GB", "U.K.": "GB", "Britain": "GB",
    "Great Britain": "GB", "England": "GB", "Scotland": "GB", "Wales": "GB",
    "South Korea": "KR", "Republic of Korea": "KR", "ROK": "KR", "North Korea": "KP", "DPRK": "KP",
    "Russia": "RU", "Iran": "IR", "Syria": "SY", "Vietnam": "VN", "Laos": "LA", "Taiwan": "TW",
    "Bolivia": "BO", "Venezuela": "VE", "Tanzania": "TZ", "Moldova": "MD", "Czech Republic": "CZ",
    "Palestine": "PS", "Vatican": "VA", "Brunei": "BN", "Turkey": "TR", "Türkiye": "TR",
    "Macedonia": "MK", "Ivory Coast": "CI", "Burma": "MM", "East Timor": "TL", "UAE": "AE",
    "Emirates": "AE", "PRC": "CN", "Holland": "NL", "the Netherlands": "NL", "Czechia": "CZ",
    "Cape Verde": "CV", "Swaziland": "SZ", "DRC": "CD", "Democratic Republic of the Congo": "CD",
    "Philippines": "PH", "the Philippines": "PH", "Gambia": "GM", "Bahamas": "BS",
    "Saudi": "SA", "Viet Nam": "VN", "Kosovo": "XK", "Turkiye": "TR", "Republic of Türkiye": "TR",
    "DR Congo": "CD", "D.R. Congo": "CD", "DR of Congo": "CD", "Democratic Republic of Congo": "CD",
    "Congo-Kinshasa": "CD", "Republic of Congo": "CG", "Congo Republic": "CG",
    "Congo-Brazzaville": "CG", "Lao PDR": "LA", "Timor Leste": "TL", "Cote d'Ivoire": "CI",
    "Côte d’Ivoire": "CI", "Cabo Verde": "CV", "Holy See": "VA", "State of Palestine": "PS",
    "Korea, South": "KR", "Republic of Moldova": "MD", "Slovak Republic": "SK",
    "Kyrgyz Republic": "KG",
}
# Surface forms that name two states: a bare "Congo" is either Congo; no party is better than
# the wrong one.
_AMBIGUOUS_NAMES = {"Congo"}
# Demonyms and adjectives: enough for world news; ambiguous ones map to the usual reading.
_DEMONYMS = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Angolan": "AO",
    "Argentine": "AR", "Argentinian": "AR", "Armenian": "AM", "Australian": "AU",
    "Austrian": "AT", "Azerbaijani": "AZ", "Azeri": "AZ", "Bahraini": "BH", "Bangladeshi": "BD",
    "Belarusian": "BY", "Belgian": "BE", "Bhutanese": "BT", "Bolivian": "BO", "Bosnian": "BA",
    "Brazilian": "BR", "British": "GB", "Bruneian": "BN", "Bulgarian": "BG", "Burmese": "MM",
    "Cambodian": "KH", "Cameroonian": "CM", "Canadian": "CA", "Chadian": "TD", "Chilean": "CL",
    "Chinese": "CN", "Colombian": "CO", "Congolese": "CD", "Croatian": "HR", "Cuban": "CU",
    "Cypriot": "CY", "Czech": "CZ", "Danish": "DK", "Dutch": "NL", "Ecuadorian": "EC",
    "Egyptian": "EG", "Emirati": "AE", "Eritrean": "ER", "Estonian": "EE", "Ethiopian": "ET",
    "Fijian": "FJ", "Filipino": "PH", "Philippine": "PH", "Finnish": "FI", "French": "FR",
    "Georgian": "GE", "German": "DE", "Ghanaian": "GH", "Greek": "GR", "Guatemalan": "GT",
    "Haitian": "HT", "Honduran": "HN", "Hungarian": "HU", "Icelandic": "IS", "Indian": "IN",
    "Indonesian": "ID", "Iranian": "IR", "Iraqi": "IQ", "Irish": "IE", "Israeli": "IL",
    "Italian": "IT", "Ivorian": "CI", "Jamaican": "JM", "Japanese": "JP", "Jordanian": "JO",
    "Kazakh": "KZ", "Kazakhstani": "KZ", "Kenyan": "KE", "Korean": "KR", "South Korean": "KR",
    "North Korean": "KP", "Kosovar": "XK", "Kuwaiti": "KW", "Kyrgyz": "KG", "Lao": "LA",
    "Laotian": "LA", "Latvian": "LV", "Lebanese": "LB", "Liberian": "LR", "Libyan": "LY",
    "Lithuanian": "LT", "Luxembourgish": "LU", "Malagasy": "MG", "Malawian": "MW",
    "Malaysian": "MY", "Maldivian": "MV", "Malian": "ML", "Maltese": "MT", "Mauritanian": "MR",
    "Mauritian": "MU", "Mexican": "MX", "Moldovan": "MD", "Mongolian": "MN",
    "Montenegrin": "ME", "Moroccan": "MA", "Mozambican": "MZ", "Namibian": "NA",
    "Nepali": "NP", "Nepalese": "NP", "New Zealand": "NZ", "Nicaraguan": "NI",
    "Nigerian": "NG", "Nigerien": "NE", "Norwegian": "NO", "Omani": "OM", "Pakistani": "PK",
    "Palestinian": "PS", "Panamanian": "PA", "Paraguayan": "PY", "Peruvian": "PE",
    "Polish": "PL", "Portuguese": "PT", "Qatari": "QA", "Romanian": "RO", "Russian": "RU",
    "Rwandan": "RW", "Saudi": "SA", "Saudi Arabian": "SA", "Senegalese": "SN",
    "Serbian": "RS", "Singaporean": "SG", "Slovak": "SK", "Slovakian": "SK",
    "Slovenian": "SI", "Somali": "SO", "South African": "ZA", "Spanish": "ES",
    "Sri Lankan": "LK", "Sudanese": "SD", "South Sudanese": "SS", "Swedish": "SE",
    "Swiss": "CH", "Syrian": "SY", "Taiwanese": "TW", "Tajik": "TJ", "Tanzanian": "TZ",
    "Thai": "TH", "Tunisian": "TN", "Turkish": "TR", "Turkmen": "TM", "Ugandan": "UG",
    "Ukrainian": "UA", "Uruguayan": "UY", "Uzbek": "UZ", "Venezuelan": "VE",
    "Vietnamese": "VN", "Yemeni": "YE", "Zambian": "ZM", "Zimbabwean": "ZW",
    "Kiwi": "NZ", "Aussie": "AU", "Scottish": "GB", "Welsh": "GB", "English": "GB",
    "Togolese": "TG", "Beninese": "BJ", "Burkinabe": "BF", "Burkinabé": "BF", "Gabonese": "GA",
    "Guinean": "GN", "Sierra Leonean": "SL", "Gambian": "GM", "Djiboutian": "DJ",
    "Burundian": "BI", "Botswanan": "BW", "Motswana": "BW", "Salvadoran": "SV",
    "Costa Rican": "CR", "Belizean": "BZ", "Guyanese": "GY", "Surinamese": "SR",
    "Trinidadian": "TT", "Barbadian": "BB", "Bahamian": "BS", "Papua New Guinean": "PG",
    "Samoan": "WS", "Tongan": "TO", "Macedonian": "MK", "Somalian": "SO", "Comorian": "KM",
    "Seychellois": "SC", "Luxembourger": "LU", "Kosovan": "XK",
}
# Adjectives that are also the start of non-country names and so need a following noun
# that is not part of a proper name: handled by the caller through `is_demonym`.


_GEO_AFTER = re.compile(r"\s+(?:Sea|Ocean|Peninsula|Strait|Straits|Gulf|Bay|River|Lake|Mountains|"
                        r"Desert|Plateau|Basin|Archipelago|Islands|Subcontinent)\b")
_GEO_BEFORE = re.compile(r"\b(?:South|North|East|West)\s+$")
# persons4: "Latin America(n)", "Central America(n)": a region, not the United States
_AMERICA_REGION_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(REGION_QUALIFIERS_OF_AMERICA)) + r")[\s-]+$")
# "French-speaking", "English-language": a language, not the state
_LANGUAGE_AFTER = re.compile(r"-(?:" + "|".join(sorted(DEMONYM_LANGUAGE_SUFFIXES)) + r")\b")
# "the Austrian capital", "the Chinese port": a place located in the state, not the state acting
_PLACE_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(DEMONYM_PLACE_NOUNS)) + r")\b")
# "(Translated from the Spanish original.)": the language of a translation note, not the state
_TRANSLATED_FROM_BEFORE = re.compile(r"\b(?:[Tt]ranslated|[Tt]ranslation)\s+(?:from|into)\s+(?:the\s+)?$")
# "Organization of American States": a demonym inside a body's name
_STATES_AFTER = re.compile(r"\s+(?:and\s+[A-Z][\w-]+\s+)?States\b")


@dataclass(frozen=True, slots=True)
class CountryMention:
    start: int
    end: int
    country: str      # canonical name
    surface: str
    demonym: bool


def _load_countries() -> list[tuple[str, str, str | None, str | None, str | None]]:
    # Only the fields used here, in pycountry's order: (alpha_2, alpha_3, name, common_name,
    # official_name). Importing pycountry and reading its database costs more than extracting
    # an article, so this list is kept in the user's cache (store/extract/datacache.py).
    import pycountry
    return [(c.alpha_2, c.alpha_3, getattr(c, "name", None), getattr(c, "common_name", None),
             getattr(c, "official_name", None)) for c in pycountry.countries]


@lru_cache(maxsize=1)
def _countries() -> tuple[tuple[str, str, str | None, str | None, str | None], ...]:
    rows = cached("countries", [package_file("pycountry", "databases/iso3166-1.json")], _load_countries)
    return tuple(tuple(r) for r in rows)


@lru_cache(maxsize=1)
def _by_alpha2() -> dict[str, tuple[str, str, str | None, str | None, str | None]]:
    return {r[0]: r for r in _countries()}


def canonical(code: str) -> str:
    """The common English short name of a state (one per state throughout the store)."""
    if code in _CANONICAL:
        return _CANONICAL[code]
    if code == "XK":
        return "Kosovo"
    _a2, _a3, name, common_name, _official = _by_alpha2()[code]
    return common_name or name


def _written_forms(name: str) -> set[str]:
    """The ways outlets write a state's name: "St"/"St." for "Saint" ("St Lucia") and "&" for
    "and" ("Trinidad & Tobago", "St. Kitts & Nevis")."""
    forms = {name}
    if name.startswith("Saint "):
        forms |= {"St " + name[6:], "St. " + name[6:]}
    return forms | {f.replace(" and ", " & ") for f in forms if " and " in f}


@lru_cache(maxsize=1)
def _surface_table() -> dict[str, str]:
    """Surface form -> canonical country name."""
    table: dict[str, str] = {}
    for alpha_2, _alpha_3, *names in _countries():
        if alpha_2 in _NOT_STATES:
            continue
        for v in names:                 # name, common_name, official_name
            if v and "," not in v:
                # sorted: a set's order follows the process's hash seed, and the table's order
                # is the country pattern's text, which then could not be kept between processes
                for form in sorted(_written_forms(v)):
                    table[form] = canonical(alpha_2)
    for k, code in _EXTRA_NAMES.items():
        table[k] = canonical(code)
    for k in _AMBIGUOUS_NAMES:
        table.pop(k, None)
    return table


@lru_cache(maxsize=1)
def _demonym_table() -> dict[str, str]:
    return {k: canonical(v) for k, v in (*_DEMONYMS.items(), *DEMONYM_VARIANTS.items())}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    forms = list(_surface_table()) + list(_demonym_table())
    forms.sort(key=len, reverse=True)
    # grouped under first letters (the same matches, the engine passes other groups at a glance)
    alts = literal_alternation(forms, keep_order=True, case_sensitive=True)
    # Only the first letters forms begin with: a lookahead that rejects every other position at
    # once instead of trying each of ~450 forms there (the same matches, 1/3 of the time).
    first = "".join(sorted({re.escape(f[0]) for f in forms}))
    # Case-sensitive: "US" the country, not "us" the pronoun; a hyphen may join two countries
    # ("India-US"), but a word may not continue the form ("Indiana", "Indo").
    return re.compile(r"(?=[" + first + r"])(?<![\w.])(?:" + alts + r")(?![\w])")


_OUTLET_NAMES = re.compile("|".join(re.escape(o) for o in OUTLETS_NAMED_AFTER_STATES))


def find_countries(text: str) -> list[CountryMention]:
    names = _surface_table()
    dem = _demonym_table()
    out = []
    outlets = [(o.start(), o.end()) for o in _OUTLET_NAMES.finditer(text)]
    for m in _pattern().finditer(text):
        s = m.group(0)
        if any(a <= m.start() < b for a, b in outlets):
            continue        # "Agence France-Presse": an outlet's name, not the state
        # "South China Sea", "Indian Ocean", "Korean Peninsula": a place named after a country
        if _GEO_AFTER.match(text, m.end()) or _GEO_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        if _not_the_state(text, m, s in dem):
            continue
        # "U.S" matched inside "U.S." is fine; a trailing dot of an abbreviation is kept out
        if s in names:
            out.append(CountryMention(m.start(), m.end(), names[s], s, False))
        elif s in dem:
            out.append(CountryMention(m.start(), m.end(), dem[s], s, True))
    return out


def _not_the_state(text: str, m: re.Match, demonym: bool) -> bool:
    """persons4: a form that names a region, a language, a place or a body, not the state."""
    if m.group(0).startswith("America") and _AMERICA_REGION_BEFORE.search(text[max(0, m.start() - 10):m.start()]):
        return True                                     # "Latin America", "Central American"
    if not demonym:
        return False
    return bool(_LANGUAGE_AFTER.match(text, m.end()) or _PLACE_AFTER.match(text, m.end())
                or _STATES_AFTER.match(text, m.end())
                or _TRANSLATED_FROM_BEFORE.search(text[max(0, m.start() - 30):m.start()]))


def _denies_statehood(sentence: str) -> bool:
    return any(re.search(p, sentence) for p in STATEHOOD_DENIALS)


def contested_not_states(text: str, mentions: list[CountryMention]) -> set[str]:
    """persons4: contested states that the article itself describes as part of another state
    ("Taiwan, a region China views as its province", "regards Kosovo as part of Serbia"): it
    does not name them as states, so they are left out of its countries."""
    out = set()
    for c in mentions:
        if c.country not in CONTESTED_STATES or c.country in out:
            continue
        start = max(text.rfind(".", 0, c.start), text.rfind("\n", 0, c.start)) + 1
        ends = [i for i in (text.find(".", c.end), text.find("\n", c.end)) if i >= 0]
        if _denies_statehood(text[start:min(ends) if ends else len(text)]):
            out.add(c.country)
    return out


_POSSESSIVE = re.compile(r"[’']s$")


@lru_cache(maxsize=16384)      # asked for most tokens of every article (~120 times per article)
def country_of(surface: str) -> str | None:
    """The canonical country a surface form (name, code or demonym) designates, if any."""
    s = surface.strip()
    s = _POSSESSIVE.sub("", s)
    found = _surface_table().get(s) or _demonym_table().get(s)
    if found is None and not s.isascii():
        # "Burkinabè", "Perú": a form written with its accents names the same state
        folded = _unaccented(s)
        if folded != s:
            found = _surface_table().get(folded) or _demonym_table().get(folded)
    return found


@lru_cache(maxsize=4096)
def _unaccented(s: str) -> str:
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def all_country_names() -> set[str]:
    return set(_surface_table().values())


def is_country_name(surface: str) -> bool:
    """A country's name or code, not a demonym ("Norway", not "Norwegian")."""
    return surface.strip() in _surface_table()


# -- lookups for the query language (`country:uk`, plain words like "american") ----------------
@lru_cache(maxsize=1)
def _folded_lookup() -> dict[str, str]:
    """Case-folded name, short form, demonym or ISO alpha-2/alpha-3 code -> canonical name.

    Codes are only used here, for an explicit `country:` value: as plain words in text they
    would collide with common words ("and", "per", "can")."""
    table: dict[str, str] = {}
    for alpha_2, alpha_3, *_names in _countries():
        if alpha_2 in _NOT_STATES:
            continue
        name = canonical(alpha_2)
        table.setdefault(alpha_2.casefold(), name)
        table.setdefault(alpha_3.casefold(), name)
    # names and demonyms win over codes where both exist
    for form, name in (*_surface_table().items(), *_demonym_table().items()):
        table[form.casefold().replace(".", "")] = name
    return table


def country_named(value: str) -> str | None:
    """The canonical country a user typed, whatever the case: a common or formal name, a short
    form ("UK", "Britain", "DPRK"), a demonym ("American") or an ISO code ("gb", "usa")."""
    v = " ".join(value.replace("_", " ").replace("-", " ").split()).casefold().replace(".", "")
    if not v:
        return None
    table = _folded_lookup()
    return table.get(v) or (table.get(v[4:]) if v.startswith("the ") else None)


@lru_cache(maxsize=1)
def _forms_by_country() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for form, name in (*_surface_table().items(), *_demonym_table().items()):
        out.setdefault(name, []).append(form)
    return {k: tuple(v) for k, v in out.items()}


def country_forms(name: str | None) -> tuple[str, ...]:
    """Every name, short form and demonym of a canonical country ("United Kingdom" -> "UK",
    "Britain", "British", …): what a plain search word may use for it."""
    return _forms_by_country().get(name or "", ())
