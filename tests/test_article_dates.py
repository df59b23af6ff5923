"""The article's own date, read from the header forms outlets print (store/extract/dates.py).

Every header, dateline and byline below was written for these tests (invented people, real
places and agencies' styles). The story paragraph under each header carries no date of its own,
so that each case proves the header form alone.
"""
from __future__ import annotations

import glob
from pathlib import Path

import pytest
from helpers import run

from store.extract.dates import dates_in
from store.extract.document import build

TITLE = "Coastal ministers agree to widen joint patrols after fishing clashes"
STORY = ("Ministers from both countries agreed to widen joint patrols along their shared maritime "
         "border, officials said, after a string of confrontations with foreign fishing fleets.")


def _date(*header: str, story: str = STORY) -> str | None:
    doc = build("\n\n".join([TITLE, *header, story]) + "\n")
    return doc.date.isoformat() if doc.date else None


# (header lines, the article date they give)
HEADER_FORMS = [
    # day month year, as British, Commonwealth and wire sites print it
    (["Published 12 March 2025"], "2025-03-12"),
    (["Published: 13th September, 2025 09:40 AM"], "2025-09-13"),
    (["First published on 2 June 2025"], "2025-06-02"),
    (["14 Oct 2024 | 15:42"], "2024-10-14"),
    (["27 Feb 2025 - 19:03"], "2025-02-27"),
    (["Wednesday 9 April 2025"], "2025-04-09"),
    (["Saturday 8 June 2024 - 07:45"], "2024-06-08"),
    (["7 of March 2025"], "2025-03-07"),
    (["Posted on 3 February 2025"], "2025-02-03"),
    (["Last updated: 4 March 2025 at 10:15 GMT"], "2025-03-04"),
    # month day year, as American and Asian sites print it
    (["Published on July 16, 2025"], "2025-07-16"),
    (["Updated: Jun 03, 2025 21:14 IST"], "2025-06-03"),
    (["Monday, August 5, 2024"], "2024-08-05"),
    (["Friday, January 17, 2025 - 02:30"], "2025-01-17"),
    (["Tue Mar 11, 2025"], "2025-03-11"),
    (["Wed Oct 1, 2014, 5:12 PM ET"], "2014-10-01"),
    (["Published: Mon 2 Jun 2025, 11:05 AM"], "2025-06-02"),
    (["Sept. 30, 2025"], "2025-09-30"),
    (["2 min read Last Updated : Nov 04 2023 | 6:18 PM IST"], "2023-11-04"),
    # ISO and numeric forms
    (["2025-07-10 16:32 KST"], "2025-07-10"),
    (["2023-09-14T08:41:09+02:00"], "2023-09-14"),
    (["2023-09-14 08:41:09"], "2023-09-14"),
    (["2025/01/09"], "2025-01-09"),
    (["18/02/2025 | 13:05"], "2025-02-18"),          # no month 18: day first
    (["25.11.2024"], "2024-11-25"),
    (["07/23/2025"], "2025-07-23"),                  # no month 23: month first
    (["Date: 18/02/2025"], "2025-02-18"),
    # datelines that open the story
    (["DOHA, Oct 23, 2025 (AFP) - " + STORY], "2025-10-23"),
    (["Accra, June 28, 2025 (GNA) – " + STORY], "2025-06-28"),
    (["ABU DHABI, 19th February, 2025 (WAM) -- " + STORY], "2025-02-19"),
    (["Ulaanbaatar, March 5, 2025 /MONTSAME/. " + STORY], "2025-03-05"),
    (["RIYADH, Dec 9, 2024, (SPA): " + STORY], "2024-12-09"),
    (["LIMA (Andes Wire / Newsdesk - 09th November, 2021) " + STORY], "2021-11-09"),
    # bylines that end in the date, and a byline line holding a label
    (["By Petra Voss, Staff Reporter, March 12, 2025"], "2025-03-12"),
    (["Our Correspondent March 2, 2016"], "2016-03-02"),
    (["By Ivo Marek | Published May 19, 2023 | 09:30 AM"], "2023-05-19"),
    (["Ivo Marek (@ivomarek) Published May 19, 2023 | 09:30 AM"], "2023-05-19"),
    (["By Lena Holt", "12 November 2024 14:07 EDT"], "2024-11-12"),
    # several forms: the outlet's "published" beats a revision, a dateline completes a revision
    (["Written: 2011-05-03 00:00:00 / Updated: 2011-05-05 10:00:00"], "2011-05-03"),
    (["Updated - April 9, 2023 11:40 pm IST", "Published - April 8, 2023 09:02 pm IST - LIMA"],
     "2023-04-08"),
    (["Updated: 2 April 2025", "NAIROBI, March 14 (Reuters) - " + STORY], "2025-03-14"),
    (["Updated: 9 January 2025", "NAIROBI, December 30 (Reuters) - " + STORY], "2024-12-30"),
    (["Updated: Jun 03, 2025 21:14 IST", "New Delhi [India], June 3 (ANI): " + STORY], "2025-06-03"),
    (["22 Jan 2025 | 08:10", "Muscat, Jan. 22 (ONA) -- " + STORY], "2025-01-22"),
    (["03/04/2025", "KYIV, April 3 (Ukrinform) - " + STORY], "2025-04-03"),   # the dateline settles it
    (["March 3, 2025 - NEW DELHI"], "2025-03-03"),
    (["WASHINGTON, D.C., March 3, 2025 (AP) - " + STORY], "2025-03-03"),
    (["Published 6 May 2025", "LONDON, 6 May (Reuters) - " + STORY], "2025-05-06"),
    (["Published 7 May 2025", "LONDON, 6 May (Reuters) - " + STORY], "2025-05-07"),   # filed the day before
    (["Sunday, 11 May, 2025 | 07:30 hrs"], "2025-05-11"),
    (["Posted: 12 March 2025 - 9.15am"], "2025-03-12"),
    (["Updated 12:30 GMT, 3 March 2025"], "2025-03-03"),
    (["Mar 12, 2025 | Updated Mar 14, 2025"], "2025-03-12"),
    (["3rd March 2025"], "2025-03-03"),
    (["March 3rd, 2025"], "2025-03-03"),
    (["2025.07.10"], "2025-07-10"),
    (["Last updated on 3 March 2025"], "2025-03-03"),
]


@pytest.mark.parametrize(("header", "want"), HEADER_FORMS, ids=[h[0][:40] for h, _ in HEADER_FORMS])
def test_header_forms_give_the_article_date(header, want):
    assert _date(*header) == want


NO_DATE = [
    (["2 hours ago"], "relative: no reference to count back from"),
    (["Updated 15 minutes ago"], "relative revision time"),
    (["Today"], "no day printed"),
    (["NAIROBI, March 14 (Reuters) - " + STORY], "a dateline without a year"),
    (["Kigali, July 31, RNA – " + STORY], "a dateline without a year, agency after a comma"),
    (["03/04/2025"], "reads as 3 April or 4 March: a wrong date is worse than none"),
    (["12.11.2024"], "ambiguous dotted form"),
    (["18/02/25"], "two-digit year"),
    (["31/02/2025"], "no such day"),
    (["Published 31 February 2025"], "no such day"),
    (["Friday, August 5, 2024"], "the weekday contradicts the date (a Monday)"),
    (["FILE PHOTO: Petra Voss speaks in Lima, Peru, on October 3, 2011."], "a photo caption"),
    (["Ministers Petra Voss and Ivo Marek meet in Lisbon, October 9, 2023."], "a caption ending in its date"),
    (["— Petra Voss (@pvoss) June 11, 2024"], "an embedded post's byline is the post's date"),
    (["• Saturday", "3 January, 2026", "• 6.5°", "Cloudy"], "a site's clock beside its weather"),
    (["12 March 2025", "LIMA, June 3 (Andina) - " + STORY], "a bare date line the dateline contradicts"),
    (["Published 12 March 2025", "LIMA, June 3 (Andina) - " + STORY], "a label the dateline contradicts"),
    (["LONDON, 6 May (Reuters) - " + STORY], "a day-month dateline without a year"),
    (["Coastal Ministers Meet In Lisbon On March 3, 2025"], "a title-case headline ending in its date"),
    (["Posted on 3 May 2025 to the northern border, the battalion has since doubled its patrols "
      "along the river and set up two new observation posts near the crossing points."],
     "a labelled-looking date in a sentence of the story"),
    (["March 2025"], "a month is no day"),
    (["Yesterday, 14:05"], "relative day"),
    (["12-03-2025"], "ambiguous dashed form"),
    (["On Tuesday, March 4, 2025 - " + STORY], "a weekday opening the story is no dateline place"),
]


@pytest.mark.parametrize(("header", "why"), NO_DATE, ids=[w for _, w in NO_DATE])
def test_forms_that_give_no_article_date(header, why):
    assert _date(*header) is None, why


def test_dates_in_the_story_are_not_the_article_date():
    story = ("The 2019 accord between Chile and Peru was signed on March 3, 2019 in Lima. On "
             "March 3 the two navies met again, the report, published March 3, 2025, said.")
    assert _date(story=story) is None
    assert _date("By Petra Voss", story=story) is None


def test_a_labelled_date_in_the_story_is_not_read():
    """Only the header region counts: a 'Published' line deep in the page (a related story's
    teaser, a footer) is not the article's."""
    body = "\n\n".join([STORY] * 3 + ["Published 3 May 2025"])
    assert _date(story=body) is None


def test_collected_date_line_wins_over_header_forms():
    doc = build(" date 2025-01-02 " + TITLE + "\n\nPublished 5 January 2025\n\n" + STORY)
    assert doc.date.isoformat() == "2025-01-02" and doc.date_rule == "date_line"


def test_rule_and_dateline_span_are_recorded():
    text = TITLE + "\n\nDOHA, Oct 23, 2025 (AFP) - " + STORY
    doc = build(text)
    assert doc.date_rule == "header:dateline"
    assert text[doc.dateline.start:doc.dateline.end] == "DOHA, Oct 23, 2025 (AFP) -"
    assert doc.in_dateline(text.index("Oct 23")) and not doc.in_dateline(text.index("Ministers"))


def test_numeric_date_reads_both_ways_only_when_ambiguous():
    (one,) = dates_in("18/02/2025")
    (two,) = dates_in("02/03/2025")
    assert one.day is not None and one.day.isoformat() == "2025-02-18"
    assert two.day is None and len(two.readings) == 2


# --- the article date in the records, and the signing day against it ---------------------

def test_article_record_carries_the_header_date():
    out = run(TITLE + "\n\nPublished 12 March 2025\n\n" + STORY)
    assert out["date"] == "2025-03-12"


def test_dateline_date_is_not_the_signing_day():
    out = run("Chile and Peru sign fisheries pact in Doha\n\n"
              "DOHA, Oct 23, 2025 (AFP) - Chile and Peru signed a Fisheries Agreement in Doha on "
              "Wednesday, after three months of talks.\n\nThe agreement covers joint patrols.")
    (a,) = out["agreements"]
    assert out["date"] == "2025-10-23"
    assert a["date"] == "2025-10-22"          # the latest Wednesday on or before the article date


def test_dateline_without_year_is_not_the_signing_day():
    out = run("Chile and Peru sign fisheries pact\n\nPublished 10 July 2025\n\n"
              "LIMA, July 10 (Andina) -- Chile and Peru signed a Fisheries Agreement in Lima on "
              "Wednesday.\n\nThe agreement covers joint patrols.")
    (a,) = out["agreements"]
    assert out["date"] == "2025-07-10" and a["date"] == "2025-07-09"


def test_weekday_without_article_date_stays_undated():
    out = run("Kenya and Uganda sign border pact\n\nNAIROBI, March 14 (Reuters) - Kenya and Uganda "
              "signed a Border Security Agreement in Nairobi on Wednesday.\n\nThe pact covers patrols.")
    (a,) = out["agreements"]
    assert out["date"] is None and a["date"] is None


def test_header_date_resolves_a_month_day_without_year():
    out = run("Chile and Peru sign fisheries pact\n\nPublished: 13th September, 2025 09:40 AM\n\n"
              "Chile and Peru have signed a Fisheries Agreement, officials said.\n\n"
              "The agreement was signed on Friday, September 12, in Lima.")
    (a,) = out["agreements"]
    assert a["date"] == "2025-09-12"


# --- the real corpora: the header reading holds on copy it was not written against --------

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
HELDOUT = Path(__file__).resolve().parent.parent / "fixtures" / "heldout"


def test_heldout_article_dates_match_gold():
    """Every held-out article date read is the gold date (none wrong); undated gold stays undated."""
    import json
    wrong, dated = [], 0
    for txt in sorted(HELDOUT.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".gold.json").read_text(encoding="utf-8")).get("date")
        got = build(txt.read_text(encoding="utf-8")).date
        if got is not None:
            dated += 1
            if got.isoformat() != gold:
                wrong.append((txt.name, got, gold))
    assert not wrong
    assert dated >= 18


def test_unlabelled_corpus_dates_come_from_the_header_only():
    files = sorted(glob.glob(str(SHARED / "unlabelled" / "*.txt")))
    if not files:
        pytest.skip("../shared/corpus/unlabelled is not beside this checkout")
    rules = {build(Path(f).read_text(encoding="utf-8")).date_rule for f in files}
    assert rules <= {"", "date_line", "header:published", "header:updated", "header:line",
                     "header:byline", "header:dateline", "header:dateline+updated"}
