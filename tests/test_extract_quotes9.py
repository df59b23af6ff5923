"""quo9: titles in quotation marks that are nobody's words, on sentences written for these tests;
each rule beside a near miss whose quoted words stay speech."""
from helpers import people, run, speakers


def _texts(out):
    return [q["text"] for q in out["quotes"]]


def test_a_fact_sheet_title_after_a_comma_is_a_title():
    out = run('Minister Lina Ostrova met her guest in Vardo. The ministries issued a fact sheet, '
              '"Charting the Northern Shield Together," listing the next steps.')
    assert _texts(out) == []


def test_speech_after_a_fact_sheet_stays_speech():
    out = run('Minister Lina Ostrova met her guest in Vardo. Asked about the fact sheet, '
              'Ostrova said: "it changes nothing for the fishermen."')
    assert "it changes nothing for the fishermen." in speakers(out)


def test_a_programme_label_before_its_noun_is_a_title():
    out = run('Senator Pavel Dunmore said the budget had no money for the "coastal radars" upgrade '
              'this year.')
    assert _texts(out) == []


def test_an_adjective_quoted_before_a_programme_noun_stays_speech():
    out = run('Senator Pavel Dunmore said the plan was a "deeply flawed" programme that would fail.')
    assert speakers(out) == {"deeply flawed": "Pavel Dunmore"}


def test_a_broadcast_title_before_news_program_is_a_title():
    out = run('"We talk every day," Admiral Reet Saarlane said on VRT\'s "Paevane uudis" news program '
              'on Monday.')
    assert _texts(out) == ["We talk every day,"]


def test_a_foreign_title_after_called_the_is_a_title():
    out = run('The text, called the "Tratado de Amistad para la Frontera y el Rio Verde", was signed '
              'by Minister Rosa Quintal in Tumbes.')
    assert _texts(out) == []


def test_a_name_after_under_the_name_is_a_title():
    out = run('He revived a plan that Valdoria has pushed since 2015 under the name "Blue Strait Compass".')
    assert _texts(out) == []


def test_words_after_the_name_of_a_speaker_stay_speech():
    out = run('In the name of the government, Minister Oskar Lind said "We Will Not Retreat".')
    assert speakers(out) == {"We Will Not Retreat": "Oskar Lind"}


def _persons(out):
    return sorted(p["name"] for p in out["participants"] if p["kind"] == "person")


def test_an_outlet_before_reporter_is_no_person():
    out = run('Spokesman Li Wenbo took questions. A Reuters reporter asked about the drills. '
              '"We act within the law," Li said.')
    assert _persons(out) == ["Li Wenbo"]


def test_a_name_after_an_opening_article_keeps_its_initial_elsewhere():
    out = run('Analyst Mara K. Ostby said the drills were routine.')
    assert _persons(out) == ["Mara K. Ostby"]


def test_a_rank_abbreviation_is_no_name():
    out = run('Coast guard chief Cmdr. Oskar Leppik said the patrols would start in May.')
    assert _persons(out) == ["Oskar Leppik"]


def test_a_headline_with_the_is_no_person():
    out = run('The Patience Harbour\n\nDiplomat Ines Varga, 61, has spent a decade in talks. '
              '"We wait," Varga said.')
    assert _persons(out) == ["Ines Varga"]


def test_a_name_set_off_by_commas_after_a_person_noun():
    out = run('Talks resumed in Bunia. A local human-rights lawyer in Bunia, Tshala Mbeki-Ngoy, was '
              'doubtful: the talks were "a show for donors," she said.')
    assert "Tshala Mbeki-Ngoy" in _persons(out)
    assert speakers(out)["a show for donors,"] == "Tshala Mbeki-Ngoy"


def test_a_place_set_off_by_commas_after_a_noun_is_no_person():
    out = run('A mining town in Ituri, Kalemba Tshopo, was shelled on Monday.')
    assert _persons(out) == []


def test_an_agency_named_after_a_state_is_no_mention_of_it():
    out = run('Answering a question from Agence France-Presse, spokesman Li Wenbo said Beijing '
              '"will not accept pressure."')
    assert "France" not in (out.get("countries") or [])
    assert "fr" not in [c.lower() for c in (out.get("countries") or [])]


def test_words_conveyed_by_the_subject_are_his_partial_quote():
    out = run('Minister Aboubacar Diallo received the visiting delegation. For his part, General Ibrahim '
              'Keita conveyed the "warm wishes" of the Nigerien authorities.')
    assert speakers(out) == {"warm wishes": "Ibrahim Keita"}


def test_a_lone_scare_quote_without_a_reporting_verb_is_still_dropped():
    out = run('General Ibrahim Keita drove the "warm" convoy to the border on Monday.')
    assert out["quotes"] == []


def test_the_apposed_role_is_the_title_and_its_demonym_the_state():
    out = run('Talks resumed in Bunia. A prominent Kenyan human-rights lawyer in Nairobi, Wanjiru '
              'Odhiambo-Keter, was doubtful about them.')
    p = people(out)["Wanjiru Odhiambo-Keter"]
    assert p["title"] == "human-rights lawyer"
    assert p["country"] == "Kenya"
