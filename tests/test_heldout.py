"""How the extraction generalises: the shared scorer on fixtures/heldout, articles written for
this project in real wire styles by someone who had not read store/extract/ (invented people,
real countries), each with a hand-made gold file that follows ../shared/corpus/GUIDELINES.md.

The floors below are near what main meets now, so that a change which makes the rules fit the
dev corpus at the cost of this copy fails here (the comment on FLOORS gives the blind figures).
Issue 11's targets for text the rules were not written against are higher: attribution >= 0.88,
speaker_p >= 0.97, quote F1 >= 0.95, person F1 >= 0.95, agreement F1 >= 0.88, agreement fields
>= 0.70 (and no figure more than 0.05 below dev). Raise a floor here when a general rule moves
the figure; never edit the held-out articles or their gold to suit the rules.
"""
from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import FIXTURES, SCORER

HELDOUT = FIXTURES / "heldout"

# figure -> floor. When the set was written (main 8ac20f7): quote_f1 0.992, attribution 0.854,
# speaker_p 0.925, person_f1 0.900, agreement_f1 0.750, agreement_fields 0.462, country_r 1.000.
# After the speaker, people, date and agreement work that read its failure report: 1.000, 1.000,
# 1.000, 1.000, 1.000, 0.986, 1.000. Those rules were each proven on sentences of their own, but
# the set is no longer blind for them: it now guards against regressions, and the figures for
# unseen copy are the ones measured before the work (above).
FLOORS = {
    "quote_f1": 0.95,
    "attribution": 0.95,
    "speaker_p": 0.97,
    "person_f1": 0.95,
    "agreement_f1": 0.95,
    "agreement_fields": 0.95,
    "country_r": 0.95,
}


def _figures(out: str) -> dict[str, float]:
    last = out.strip().splitlines()[-1]
    return {k: float(v) for k, v in (kv.split("=") for kv in last.split("|")[1].split())}


def _assert_complete(folder, count: int) -> None:
    """Every article has its gold file and every gold file names an article that exists."""
    golds = sorted(folder.glob("*.gold.json"))
    assert len(golds) == count
    for g in golds:
        assert (folder / g.name.replace(".gold.json", ".txt")).is_file(), g.name


def _assert_floors(folder, floors: dict[str, float]) -> None:
    if not SCORER.is_file():
        pytest.skip("the shared scorer (../shared/eval/score.py) is not beside this checkout")
    args = [a for k, v in floors.items() for a in ("--min", f"{k}={v}")]
    cmd = [sys.executable, str(SCORER), str(folder), *args,
           "--cmd", f"{sys.executable} -m tui.cli extract --json {{path}}"]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert set(floors) <= set(_figures(run.stdout))
    assert "0 failed" in run.stdout.strip().splitlines()[-1]



# A second blind set, written after fixtures/heldout had been used to tune the rules, by a helper
# who did not read store/extract/, the first set's articles or its failure reports: ten articles
# (five centred on quotes, five on agreements) from regions and wire styles the first set lacks.
# Floors are the figures when it was written (main 4356f27, first run), rounded down to 0.05:
# quote_f1 0.983, attribution 0.772, speaker_p 0.830, person_f1 0.940, agreement_f1 0.833,
# agreement_fields 0.500, country_r 1.000. Those are the honest unseen-copy figures. Three helpers
# then fixed the general causes of its failures (each rule proven on sentences of their own):
# 0.991, 0.947, 0.964, 1.000, 1.000, 1.000, 1.000. So the set is no longer blind: the floors
# below guard those rules against regressions.
HELDOUT2 = FIXTURES / "heldout2"
FLOORS2 = {
    "quote_f1": 0.95,
    "attribution": 0.90,
    "speaker_p": 0.95,
    "person_f1": 0.95,
    "agreement_f1": 0.95,
    "agreement_fields": 0.95,
    "country_r": 1.00,
}



# A third blind set (fixtures/heldout3), written in session four by a helper who read neither
# store/, tests/ nor the earlier sets: a press release with boilerplate, a state-media
# translation, a briefing transcript, a think-tank commentary, a francophone daily with
# guillemets, a Pacific outlet, a translated Latin American wire, a South Asian daily with
# honorifics, a live blog and a defence-trade piece. First run (main 6e0df00 + the set):
# quote_f1 0.943, attribution 0.848, speaker_p 0.949, person_f1 0.960, agreement_f1 0.615,
# agreement_fields 0.579, country_r 1.000. After two rounds of fixes to the general causes of its
# failures (and of 55 real articles annotated blind outside the project): 0.986, 0.941, 1.000,
# 1.000, 1.000, 0.839, 1.000. No longer blind: the floors guard those rules.
HELDOUT3 = FIXTURES / "heldout3"
FLOORS3 = {
    "quote_f1": 0.95,
    "attribution": 0.90,
    "speaker_p": 0.97,
    "person_f1": 0.95,
    "agreement_f1": 0.95,
    "agreement_fields": 0.80,
    "country_r": 1.00,
}



# A fourth blind set (fixtures/heldout4), written in session six by a helper who read neither
# store/, tests/ nor the earlier sets: Gulf, Russian, Turkish and Korean agency copy, a Reuters
# wire, Kenyan and Nigerian dailies, a translated Armenian outlet, an Indian ANI piece and a
# Pakistani military press release. First run (main 66e86df + the set; the turn-5 code e319c6a
# scores the same): quote_f1 0.994, attribution 0.675, speaker_p 0.825, person_f1 0.967,
# agreement_f1 0.952, agreement_fields 0.667, country_r 1.000. After the work on the general causes
# of its failures (non-person words as speakers, roles and pronouns pointing back, agreement
# fields, joint statements): 1.000, 0.974, 1.000, 1.000, 1.000, 1.000, 1.000. No longer blind.
HELDOUT4 = FIXTURES / "heldout4"
FLOORS4 = {
    "quote_f1": 0.95,
    "attribution": 0.95,
    "speaker_p": 0.97,
    "person_f1": 0.95,
    "agreement_f1": 0.95,
    "agreement_fields": 0.95,
    "country_r": 1.00,
}



# A fifth blind set (fixtures/heldout5), written in session six like heldout4 (a US readout, an
# Australian analysis, a Chinese MFA briefing, a NATO summit wrap, Colombian, Philippine, Iranian,
# Senegalese and Estonian outlets, a magazine long-read). Kept from every rule writer for the
# first round of the session: turn-5 code e319c6a 0.971 / 0.814 / 0.932 / 0.952 / 0.762 / 0.606 /
# 1.000 (quote_f1, attribution, speaker_p, person_f1, agreement_f1, agreement_fields, country_r);
# after round one 0.971 / 0.856 / 0.953 / 0.952 / 0.762 / 0.636. Then worked on: 0.996, 0.983,
# 1.000, 1.000, 1.000, 0.936, 1.000. No longer blind.
HELDOUT5 = FIXTURES / "heldout5"
FLOORS5 = {
    "quote_f1": 0.95,
    "attribution": 0.95,
    "speaker_p": 0.97,
    "person_f1": 0.95,
    "agreement_f1": 0.95,
    "agreement_fields": 0.90,
    "country_r": 1.00,
}



# A sixth blind set (fixtures/heldout6), written in session six with typical copy in mind (not
# only hard cases) and kept from everyone, the lead included, until the end of the turn: nobody
# read its articles, its gold or any of its failures while writing rules. Turn-5 code e319c6a:
# 0.931 / 0.881 / 0.967 / 0.930 / 0.833 / 0.750 / 1.000; end of turn 6: 0.944 / 0.896 / 0.968 /
# 0.941 / 0.963 / 0.698 / 1.000 (the honest figures for unseen copy). The floors guard those.
HELDOUT6 = FIXTURES / "heldout6"
FLOORS6 = {
    "quote_f1": 0.90,
    "attribution": 0.85,
    "speaker_p": 0.95,
    "person_f1": 0.90,
    "agreement_f1": 0.90,
    "agreement_fields": 0.65,
    "country_r": 1.00,
}


# every held-out set, its article count and its floors
SETS = [(HELDOUT, 22, FLOORS), (HELDOUT2, 10, FLOORS2), (HELDOUT3, 10, FLOORS3), (HELDOUT4, 10, FLOORS4),
        (HELDOUT5, 10, FLOORS5), (HELDOUT6, 10, FLOORS6)]


@pytest.mark.parametrize(("folder", "count", "floors"), SETS, ids=[f.name for f, _, _ in SETS])
def test_heldout_set_meets_its_floors(folder, count, floors):
    _assert_complete(folder, count)
    _assert_floors(folder, floors)
