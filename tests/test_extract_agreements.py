"""Agreement triggers, status and fields, on sentences written for these tests."""
from helpers import run


def test_signed_agreement_with_fields():
    out = run(" date 2025-03-14 Defence Minister Karl Berg of Norway and Portuguese Defence "
              "Minister Helena Costa signed a ten-year Coastal Security Agreement in Lisbon on "
              "Friday.\n\nThe agreement covers joint patrols.")
    (a,) = out["agreements"]
    assert a["name"] == "Coastal Security Agreement"
    assert set(a["parties"]) == {"Norway", "Portugal"}
    assert set(a["signatories"]) == {"Karl Berg", "Helena Costa"}
    assert a["date"] == "2025-03-14"          # Friday on or before the article date
    assert a["place"] == "Lisbon"
    assert a["duration_years"] == 10


def test_proposed_and_background_agreements_are_not_emitted_as_signed():
    out = run("Negotiators said a ceasefire agreement was ready but not yet signed. "
              "A previous Memorandum of Understanding on Trade, signed in 2019, collapsed.")
    assert out["agreements"] == []


def test_weekday_resolves_to_latest_such_day():
    out = run(" date 2025-05-21 Chile and Peru signed a Fisheries Agreement on Monday.")
    (a,) = out["agreements"]
    assert a["date"] == "2025-05-19"
    assert set(a["parties"]) == {"Chile", "Peru"}


def test_acronym_and_generic_mentions_group_into_one_agreement():
    out = run("Japan and Chile signed a reciprocal defence agreement (RDA) on Monday. "
              "The RDA allows joint training. Officials called the deal historic.")
    (a,) = out["agreements"]
    assert "RDA" in a["aliases"]


def test_list_of_signed_agreements():
    out = run("India and Chile signed three agreements: an Agreement on Space Cooperation, an MoU on "
              "Mining Research and Terms of Reference on the establishment of a Joint Committee.")
    names = {a["name"] for a in out["agreements"]}
    assert names == {"Agreement on Space Cooperation", "MoU on Mining Research",
                     "Terms of Reference on the establishment of a Joint Committee"}
    for a in out["agreements"]:
        assert set(a["parties"]) == {"India", "Chile"}


def test_contract_with_a_company():
    out = run("Poland's defence ministry announced it. The framework agreement with Kestrel "
              "Dynamics provides for the purchase of 40 drones for Poland.")
    (a,) = out["agreements"]
    assert a["name"] == "framework agreement with Kestrel Dynamics"
    assert a["parties"] == ["Poland", "Kestrel Dynamics"]


def test_unnamed_agreement_named_from_its_topic_with_duration_in_the_signing_sentence():
    out = run(" date 2025-03-06 Chile and Peru signed an agreement on civil nuclear cooperation on "
              "Thursday.\n\nThe deal, signed in Lima, covers joint training and fuel supply for an "
              "initial 15 years.")
    (a,) = out["agreements"]
    assert a["name"] == "agreement on civil nuclear cooperation"
    assert a["date"] == "2025-03-06" and a["place"] == "Lima" and a["duration_years"] == 15
    assert "joint training and fuel supply" in a["scope"]
