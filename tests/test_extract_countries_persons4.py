"""Which states an article names: regions, languages, places and bodies named after a state are
not the state, and a contested state the article calls part of another is not named as a state
(persons4; sentences written for these tests)."""
from helpers import run

from store.extract.countries import contested_not_states, find_countries


def _countries(text: str) -> set[str]:
    return {p["name"] for p in run(text)["participants"] if p["kind"] == "country"}


def test_latin_and_central_america_are_regions_not_the_united_states():
    assert _countries("Chile and Peru discussed trade across Latin America and Central American markets.") \
        == {"Chile", "Peru"}
    # the state itself still counts
    assert "United States" in _countries("Chile discussed trade with America and with American firms.")


def test_a_language_adjective_is_not_the_state():
    assert _countries("Senegal and Mali, two French-speaking countries, met English-language media.") \
        == {"Senegal", "Mali"}
    assert _countries("The French minister met Mali's envoy.") == {"France", "Mali"}


def test_a_city_located_by_its_state_adjective_is_not_the_state_acting():
    assert _countries("Petra Voss of Chile met Iran's envoy in the Austrian capital on Monday.") \
        == {"Chile", "Iran"}
    assert "Austria" in _countries("The Austrian foreign minister met Iran's envoy.")


def test_a_demonym_inside_a_body_of_states_is_not_the_state():
    assert _countries("Ghana spoke at the Organization of American States and the Community of "
                      "Latin American and Caribbean States.") == {"Ghana"}


def test_a_contested_state_the_article_calls_part_of_another_is_left_out():
    text = ("Beijing protested arms sales to Taiwan, a territory China regards as a breakaway province. "
            "Taiwan said it would buy more.")
    assert contested_not_states(text, find_countries(text)) == {"Taiwan"}
    assert _countries(text) == {"China"}
    text2 = "Laos reaffirmed that Kosovo is part of Serbia, and Serbia thanked Laos."
    assert _countries(text2) == {"Laos", "Serbia"}


def test_a_contested_state_named_plainly_is_kept():
    assert _countries("Taiwan and Japan signed a fisheries accord on Monday.") == {"Taiwan", "Japan"}
    assert _countries("Kosovo and Albania held talks in Tirana.") == {"Kosovo", "Albania"}
    # A side citing a diplomatic formula does not make the article deny the island's status.
    cited = ("China said the arms sales to Taiwan violate the one-China principle, "
             "a spokesman told reporters.")
    assert _countries(cited) == {"China", "Taiwan"}


def test_the_language_of_a_translation_note_is_not_the_state():
    assert _countries("Chile and Peru signed the accord.\n\n(Translated from the Spanish original.)") \
        == {"Chile", "Peru"}
    assert _countries("Chile met the Spanish envoy.\n\n(Translation into French by staff.)") \
        == {"Chile", "Spain"}
