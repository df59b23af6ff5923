"""Deals, contracts, renewals, arms sales and the fields of real copy, on sentences written for
these tests (agrdeal7)."""
from helpers import run


def _names(out: dict) -> set[str]:
    return {a["name"] for a in out["agreements"]}


# --- counted sets ----------------------------------------------------------------------------

def test_counted_set_of_deals_inked_is_one_agreement_with_its_count():
    out = run(" date 2025-03-14 The navy ministry on Friday inked six naval procurement deals worth "
              "$3 billion.\n\nOf the six contracts, two went to Kestrel Yards for patrol boats.\n\n"
              "Two other deals were finalised with Orin Dynamics for radars.")
    (a,) = out["agreements"]
    assert a["name"] == "six naval procurement deals"
    assert a["date"] == "2025-03-14"
    assert a["parties"] == []           # a ministry and companies: no state is named


def test_counted_set_with_a_number_word_not_listed_as_determiner():
    out = run(" date 2025-03-14 The army signed seven contracts with local shipyards on Thursday.")
    (a,) = out["agreements"]
    assert a["name"].startswith("seven contracts")
    assert a["date"] == "2025-03-13"


def test_counted_set_whose_items_follow_gives_the_items_only():
    out = run("Chile and Peru signed three agreements on Friday. The agreements signed were an "
              "Agreement on Space Cooperation, an MoU on Mining Research and a Protocol on Customs.")
    assert "three agreements" not in _names(out)
    assert len(out["agreements"]) == 3


def test_counted_set_planned_or_of_a_past_year_is_not_reported_as_concluded():
    assert run(" date 2025-03-14 The ministry will sign five contracts next month.")["agreements"] == []
    assert run(" date 2025-03-14 It is planned to adopt a package of about 40 commercial contracts.")["agreements"] == []
    assert run(" date 2025-03-14 The two nations signed at least a dozen deals in May 2019 on trade.")["agreements"] == []
    assert run(" date 2025-03-14 Over the past decade, the two countries signed five deals on trade.")["agreements"] == []


# --- parties ---------------------------------------------------------------------------------

def test_parties_from_the_pair_that_the_sentence_before_makes_its_subject():
    out = run("Envoy Petra Voss said that Chile and Peru face two open issues: fishing quotas and "
              "border patrols. The first was settled in a document signed by ministers on 4 May 2025, "
              "she said.")
    (a,) = out["agreements"]
    assert set(a["parties"]) == {"Chile", "Peru"}
    assert a["date"] == "2025-05-04"


def test_previous_pair_is_not_used_when_the_signing_sentence_names_a_state():
    out = run("Envoy Petra Voss said that Chile and Peru face two open issues. Bolivia later settled "
              "one in a document signed by ministers on 4 May 2025.")
    for a in out["agreements"]:
        assert set(a["parties"]) != {"Chile", "Peru"}


# --- renewals and done acts beside a plan ----------------------------------------------------

def test_extended_agreement_is_concluded_though_the_sentence_goes_on_with_a_hope():
    out = run("Chile and Peru have extended the interim fisheries agreement to July 13 and hope to "
              "clinch a permanent accord by the end of the day.")
    (a,) = out["agreements"]
    assert a["name"] == "interim fisheries agreement"
    assert set(a["parties"]) == {"Chile", "Peru"}


def test_passive_extension_before_a_hope_is_concluded():
    out = run("The coastal truce was extended for six months, and negotiators hope to reach a final "
              "peace deal soon.")
    assert _names(out) == {"coastal truce"}


def test_signed_earlier_this_month_beside_a_signing_planned_for_later():
    out = run("\u201cEarlier this month we signed a new defence agreement with Chile, and later this "
              "week we will sign one with Peru,\u201d Petra Voss said.")
    assert _names(out) == {"new defence agreement with Chile"}


def test_renewal_that_is_only_hoped_or_negotiated_is_not_concluded():
    assert run("Chile and Peru hope to have extended the fisheries agreement by June.")["agreements"] == []
    assert run("Chile and Peru are negotiating to renew the fisheries agreement, which expires "
               "in June.")["agreements"] == []
    assert run("Chile said it will not have signed the fisheries agreement before Peru signs "
               "the treaty.")["agreements"] == []


# --- names -----------------------------------------------------------------------------------

def test_bare_deal_named_by_the_act_agreed_to_in_it():
    out = run("Trade has grown after Chile and Peru agreed to restore ties in a deal brokered by Brazil.")
    (a,) = out["agreements"]
    assert a["name"] == "deal to restore ties"
    assert set(a["parties"]) == {"Chile", "Peru"}      # the broker is no party


def test_deal_with_its_own_words_keeps_them():
    out = run("Chile and Peru agreed to restore ties in a landmark deal brokered by Brazil.")
    assert _names(out) != {"deal to restore ties"}
    out = run("Chile and Peru signed a deal on Monday.")
    assert _names(out) == {"deal between Chile and Peru"}


# --- place and day of an outcome the article's event gives -----------------------------------

def test_place_of_an_agreed_outcome_from_the_talks_the_lead_places():
    out = run(" date 2025-06-20 Envoy Petra Voss said that during the talks in Tallinn the Chilean "
              "and Peruvian delegations discussed a large exchange of detainees.\n\n"
              "Quote: \u201cThe agenda was long. Fishing came first. We have agreed to exchange "
              "300 detainees each.\u201d\n\n"
              "Details: Marco Ruiz, head of the Peruvian delegation, confirmed the agreement on a "
              "detainee exchange between Chile and Peru.")
    (a,) = out["agreements"]
    assert a["place"] == "Tallinn"
    assert set(a["parties"]) == {"Chile", "Peru"}


def test_lead_place_is_not_used_when_the_lead_names_two_cities():
    out = run(" date 2025-06-20 Envoy Petra Voss said that during the talks in Tallinn and the "
              "summit in Riga the sides discussed detainees.\n\nThe agenda was long. Fishing came "
              "first. Trade came next.\n\nDetails: Marco Ruiz confirmed the agreement on a detainee "
              "exchange between Chile and Peru.")
    for a in out["agreements"]:
        assert a["place"] is None


def test_day_of_the_meeting_the_outcome_sentence_calls_the_talks():
    out = run(" date 2025-05-16 Delegations of Chile and Peru concluded their meeting in Lima on "
              "Friday, agreeing to hold a new round.\n\nAs a key outcome of the two-hour talks, "
              "Chile and Peru agreed to a prisoner exchange involving 500 people from each side.")
    ex = next(a for a in out["agreements"] if "exchange" in a["name"])
    assert ex["date"] == "2025-05-16"
    assert ex["place"] == "Lima"


# --- arms sales agreed -----------------------------------------------------------------------

def test_sale_one_state_agreed_to_make_to_another_is_a_deal_between_them():
    out = run(" date 2025-03-14 Chile agreed to sell 24 patrol aircraft to Peru on Friday.")
    (a,) = out["agreements"]
    assert a["name"] == "agreement to sell 24 patrol aircraft to Peru"
    assert a["parties"] == ["Chile", "Peru"]
    assert a["date"] == "2025-03-14"


def test_sale_not_agreed_or_not_between_states_is_no_agreement():
    assert run("Chile will not agree to sell patrol aircraft to Peru.")["agreements"] == []
    assert run("Chile said it would have agreed to sell aircraft to Peru if asked.")["agreements"] == []
    assert run("Chile agreed to sell copper to traders in Asia.")["agreements"] == []
    assert run("Envoy Petra Voss agreed to sell her house to Chile.")["agreements"] == []
