"""Synthetic news articles and stores for benchmarks and crash tests.

Names are made from syllables so that no real person is implied; the text follows the shapes
of wire copy (title + name, quotes with attributions, signed agreements) so that extraction has
real work to do.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

SYL = ["ka", "lo", "mi", "ra", "ten", "vos", "dar", "li", "no", "sa", "bel", "ur", "an", "is",
       "ko", "ve", "mar", "tu", "del", "fa", "gor", "hi", "jun", "pe", "qui", "sto", "wen", "zan"]
COUNTRIES = [("Norway", "Norwegian"), ("Portugal", "Portuguese"), ("Chile", "Chilean"),
             ("Kenya", "Kenyan"), ("Japan", "Japanese"), ("Poland", "Polish"),
             ("Canada", "Canadian"), ("Ghana", "Ghanaian"), ("Peru", "Peruvian"),
             ("Austria", "Austrian"), ("Vietnam", "Vietnamese"), ("Morocco", "Moroccan"),
             ("Estonia", "Estonian"), ("Mexico", "Mexican"), ("Indonesia", "Indonesian"),
             ("Egypt", "Egyptian"), ("Sweden", "Swedish"), ("Brazil", "Brazilian")]
CITIES = ["Lisbon", "Oslo", "Santiago", "Nairobi", "Osaka", "Krakow", "Ottawa", "Accra", "Lima",
          "Vienna", "Hanoi", "Rabat", "Tallinn", "Monterrey", "Jakarta", "Cairo", "Geneva"]
OFFICES = ["Defence Minister", "Foreign Minister", "Prime Minister", "President",
           "Trade Minister", "Interior Minister", "Deputy Foreign Minister"]
TOPICS = ["Maritime Security", "Defence Industry", "Cyber Defence", "Border Management",
          "Space Cooperation", "Energy Security", "Fisheries", "Search and Rescue"]
SENTENCES = [
    "We have agreed to work together on the questions that matter most to our citizens",
    "Our cooperation is built on trust and on shared interests in a stable region",
    "This is a practical step, and we expect results before the end of the year",
    "Nobody should read this as a move against anyone else",
    "The patrols will begin in the spring and will be reviewed every year",
    "Security in our region depends on partners who keep their word",
    "We will not be deterred by threats, and we will not make threats of our own",
    "Trade between our countries has doubled in five years and can double again",
]
PHRASES = ["a new chapter", "a turning point", "historic", "serious and constructive",
           "a model for the region", "long overdue"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _name(rng: random.Random) -> tuple[str, str]:
    first = "".join(rng.choice(SYL) for _ in range(2)).capitalize()
    last = "".join(rng.choice(SYL) for _ in range(rng.choice((2, 3)))).capitalize()
    return first, last


def article(i: int, seed: int = 7) -> str:
    rng = random.Random(seed * 1_000_003 + i)
    (c1, d1), (c2, d2) = rng.sample(COUNTRIES, 2)
    f1, l1 = _name(rng)
    f2, l2 = _name(rng)
    o1, o2 = rng.choice(OFFICES), rng.choice(OFFICES)
    day = date(2025, 1, 1) + timedelta(days=rng.randrange(300))
    city = rng.choice(CITIES)
    s1, s2, s3 = rng.sample(SENTENCES, 3)
    parts = [
        f" date {day.isoformat()} {d1} {o1} {f1} {l1} met {d2} {o2} {f2} {l2} in {city} on "
        f"{rng.choice(WEEKDAYS)}, their ministries said. Article {i}.",
        f'"{s1}," {l1} said after the talks.',
        f'{l2} called the meeting "{rng.choice(PHRASES)}" and said both sides would meet again.',
        f'"{s2}," {l2} told reporters. "{s3}."',
    ]
    if rng.random() < 0.3:
        topic = rng.choice(TOPICS)
        years = rng.choice((3, 5, 10))
        parts.insert(1, f"The two ministers signed a {years}-year {topic} Agreement in {city}, "
                        f"covering joint exercises and information sharing.")
    return "\n\n".join(parts) + "\n"


def write_articles(folder, n: int, seed: int = 7) -> list:
    from pathlib import Path
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"a{i:06d}.txt"
        p.write_text(article(i, seed), encoding="utf-8")
        paths.append(p)
    return paths
