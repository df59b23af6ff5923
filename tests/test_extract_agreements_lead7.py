"""Two sides joined by a slash, on sentences written for these tests."""
from helpers import run


def test_a_slash_joins_the_two_sides_of_a_joint_statement():
    out = run(" date 2024-03-02\n\nThe Norway/Chile joint statement issued on Friday says the talks "
              "focused on fisheries.")
    [a] = out["agreements"]
    assert a["parties"] == ["Norway", "Chile"]
    assert a["date"] == "2024-03-01"


def test_the_pairs_statement_is_not_the_declaration_it_refers_to():
    out = run(" date 2024-03-02\n\nThe mediators reminded both armies of their obligations under the "
              "March 1 Lakeside Declaration of Commitment to Protect Civilians.\n\n"
              "The US/Saudi joint statement says that the discussions focused on humanitarian aid.")
    signed = [a for a in out["agreements"] if a["status"] == "signed"]
    assert [a["name"] for a in signed] == ["US/Saudi joint statement"]
    assert signed[0]["parties"] == ["United States", "Saudi Arabia"]
    assert all("Lakeside" not in al for a in signed for al in a["aliases"])


def test_a_slash_between_words_that_are_not_states_names_no_parties():
    out = run("The army/police joint statement issued on Friday says the roads are open.")
    assert all(a["parties"] == [] for a in out["agreements"])


def test_st_is_the_usual_short_form_of_saint_in_a_state_name():
    from store.extract.countries import country_of
    assert country_of("St Vincent and the Grenadines") == "Saint Vincent and the Grenadines"
    assert country_of("St. Kitts and Nevis") == "Saint Kitts and Nevis"
    out = run("The talks were held in St. Lucia on Monday, the foreign ministry said.")
    assert "Saint Lucia" in [p["name"] for p in out["participants"] if p["kind"] == "country"]


def test_an_ampersand_stands_for_and_in_a_state_name():
    from store.extract.countries import country_of
    assert country_of("Trinidad & Tobago") == "Trinidad and Tobago"
    assert country_of("St Vincent & the Grenadines") == "Saint Vincent and the Grenadines"
