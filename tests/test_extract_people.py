"""People, titles, countries and aliases, on sentences written for these tests."""
from helpers import people, run


def test_title_country_and_aliases():
    out = run("Chilean Foreign Minister Alberto Vidal met his Peruvian counterpart Rosa Quispe. "
              "Vidal said the talks were useful. Minister Vidal left on Friday.")
    p = people(out)
    assert p["Alberto Vidal"]["title"] == "Foreign Minister"
    assert p["Alberto Vidal"]["country"] == "Chile"
    assert p["Rosa Quispe"]["country"] == "Peru"
    assert "Vidal" in p["Alberto Vidal"]["aliases"]
    assert len(p) == 2


def test_places_and_things_are_not_people():
    out = run("The ministers met in Kuala Vista at the Rose Garden, near Downing Street, "
              "and signed the Coastal Framework Agreement.")
    assert people(out) == {}


def test_initials_and_suffixes_stay_whole():
    out = run("External Affairs Minister K. R. Menon met President Luis Ortega Jr. on Monday.")
    names = set(people(out))
    assert "K. R. Menon" in names
    assert "Luis Ortega Jr." in names


def test_family_name_first_and_surname_that_is_a_noun():
    out = run('Defence Minister Park Ji-won opened the talks.\n\n"We are ready," Park said.')
    p = people(out)
    assert list(p) == ["Park Ji-won"]
    assert out["quotes"][0]["speaker"] == "Park Ji-won"


def test_countries_from_names_and_demonyms_not_regions():
    out = run("Swiss and Kenyan diplomats met in the Indo-Pacific region and the South China Sea "
              "was discussed with the Philippines.")
    countries = {p["name"] for p in out["participants"] if p["kind"] == "country"}
    assert countries == {"Switzerland", "Kenya", "Philippines"}


def test_plural_sentence_openers_are_not_people():
    out = run("Diplomats cautioned that the truce was fragile. Officials said little.")
    assert people(out) == {}


def test_appositions_give_title_and_country():
    out = run("Sergio Ramos, the Spanish defence minister, said on Monday that frigates would sail. "
              "The two foreign ministers, Ararat Petrosyan and Elchin Mammadli, agreed to meet again.")
    p = people(out)
    assert p["Sergio Ramos"]["title"] == "defence minister" and p["Sergio Ramos"]["country"] == "Spain"
    assert {"Ararat Petrosyan", "Elchin Mammadli"} <= set(p)


def test_hyphenated_offices_are_titles_not_names():
    out = run('NATO Secretary-General Mark Jansen welcomed the decision. "Good," Jansen said.')
    p = people(out)
    assert list(p) == ["Mark Jansen"] and "Secretary-General" in p["Mark Jansen"]["title"]


def test_capitals_agencies_and_movements_that_speak_are_not_people():
    out = run('Moscow said on Tuesday it would respond to the talks in Moscow. Reuters reported that '
              'Hamas said it had received the proposal. "We are studying it," Hamas said in a statement.')
    assert people(out) == {}
    assert [q["speaker"] for q in out["quotes"]] == ["Hamas"]


def test_people_named_without_titles_by_given_name():
    out = run('The accord was drafted during the terms of Ana Ruiz in Peru and Tomas Berg in Norway.')
    names = set(people(out))
    assert {"Ana Ruiz", "Tomas Berg"} <= names


def test_capitalised_pairs_that_are_not_people():
    out = run('Visit Africa was launched. The Baltic Times reported on the MoU with Viet Nam. '
              'Times Square was busy.')
    assert people(out) == {}
