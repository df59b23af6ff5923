"""Quote spans, on sentences written for these tests."""
from helpers import run, speakers


def test_straight_and_curly_quotes_with_said():
    out = run('Foreign Minister Ana Ruiz met envoys.\n\n"We are ready," Ruiz said.\n\n'
              '\u201cThe door is open,\u201d she added.')
    s = speakers(out)
    assert s["We are ready,"] == "Ana Ruiz"
    assert s["The door is open,"] == "Ana Ruiz"


def test_apostrophes_are_not_quotes():
    out = run("The Defence Ministers\u2019 Meeting in the country\u2019s capital ended. "
              "The Experts' Working Group met.")
    assert out["quotes"] == []


def test_single_quoted_partial_quote_of_the_speaker():
    out = run("Spokesman Omar Haddad said there was no \u2018official decision\u2019 on the visit.")
    assert speakers(out) == {"official decision": "Omar Haddad"}
    assert out["quotes"][0]["kind"] == "partial"


def test_nickname_inside_a_name_is_not_a_quote():
    out = run('Rebel commander Ivan "The Bear" Petrov and President Lena Ortiz met on Monday.')
    assert out["quotes"] == []


def test_quoted_document_title_is_not_speech():
    out = run('The two presidents adopted the "Harbour Declaration" during their summit.')
    assert out["quotes"] == []


def test_unclosed_quote_stops_at_its_paragraph():
    text = ('Defence Minister Karl Berg said: "We will not wait for others\n\n'
            'Later, Prime Minister Eva Holm said the cabinet would meet. "It is urgent," Holm said.')
    out = run(text)
    s = speakers(out)
    assert s["We will not wait for others"] == "Karl Berg"
    assert s["It is urgent,"] == "Eva Holm"


def test_quote_over_two_paragraphs_is_one_quote():
    text = ('Prime Minister Eva Holm said "the budget is fixed.\n\n'
            '"We have so much to do, and little time. Every ministry will share the load.\n\n'
            '"Nobody is exempt."\n')
    out = run(text)
    assert len(out["quotes"]) == 1
    assert out["quotes"][0]["speaker"] == "Eva Holm"


def test_offsets_index_the_stored_text():
    text = ' date 2025-01-02 President Mia Lund said: "Ready."\n\n"Yes," said Lund.'
    ex = run(text)
    from store.ingest.reader import normalise
    t = normalise(text)
    for q in ex["quotes"]:
        assert t[q["start"]:q["end"]] == q["text"]


def test_interrupted_quote_is_two_quotes_same_speaker():
    out = run('"Our countries have agreed," President Jin Ho said, "and we will act together."')
    s = speakers(out)
    assert s["Our countries have agreed,"] == "Jin Ho"
    assert s["and we will act together."] == "Jin Ho"


def test_operation_names_and_so_called_phrases_are_not_speech():
    out = run("The army launched Operation 'Sindoor' at dawn, part of what officials called the "
              'so-called "special measures" campaign.')
    assert out["quotes"] == []


def test_mark_soup_same_curly_mark_both_ends():
    out = run('Minister Karl Berg said \u201dwe will not retreat\u201d and left the room.')
    assert [q["text"] for q in out["quotes"]] == ["we will not retreat"]


def test_mark_soup_mixed_straight_and_curly():
    out = run('Minister Karl Berg said "we will not retreat\u201d and then \u201cwe will hold" before leaving.')
    assert [q["text"] for q in out["quotes"]] == ["we will not retreat", "we will hold"]


def test_two_closing_singles_close_a_double_quote():
    out = run('Officials met.\n\n\u201cThe release will grow in later stages,\u2019\u2019 the statement '
              'said. Qatar added that aid would flow.')
    assert [q["text"] for q in out["quotes"]] == ["The release will grow in later stages,"]


def test_stray_closing_mark_swallows_nothing():
    out = run('Minister Karl Berg met the envoy.\u201d He said the talks were "useful" and '
              'left.\n\nThe next day nothing happened.')
    texts = [q["text"] for q in out["quotes"]]
    assert texts == ["useful"]


def _sentences(text: str) -> list[str]:
    from store.extract.document import build, split_sentences
    doc = build(text)
    return [text[s.start:s.end] for s in split_sentences(text, doc.paragraphs, [])]


def test_no_ends_a_sentence_unless_a_number_follows():
    assert _sentences("Petra Voss voted No. The next motion passed.") == [
        "Petra Voss voted No.", "The next motion passed."]
    assert _sentences("It was motion No. 5 on the list. Then more.") == [
        "It was motion No. 5 on the list.", "Then more."]


def test_a_sentence_boundary_without_a_space():
    assert _sentences("Two motions were voted down by the assembly.Envoy Petra Voss told delegates.") == [
        "Two motions were voted down by the assembly.", "Envoy Petra Voss told delegates."]
    assert _sentences("The U.S. team met Dr. Voss.") == ["The U.S. team met Dr. Voss."]


# -- speakers3: names in quotation marks are not quotes ---------------------------------------

def test_a_quoted_short_form_after_a_name_is_not_a_quote():
    out = run('"Talks will resume," according to the Arland News Agency, "ANA".')
    assert [q["text"] for q in out["quotes"]] == ["Talks will resume,"]


def test_a_quoted_name_after_the_noun_of_what_it_names_is_not_a_quote():
    out = run("Donations go to the NGO \u201cHarbour Aid Network\u201d and fund our latest documentary, "
              "\u2018The Long Road\u2019, about the border.")
    assert out["quotes"] == []


def test_a_group_name_in_quotation_marks_is_not_a_quote():
    out = run('Envoy Petra Voss reported progress in talks with the "Taliban" on Monday.')
    assert out["quotes"] == []


def test_a_short_quote_nested_with_the_same_marks_stays_inside_the_outer_quote():
    out = run("\u201cBoth sides honour the commitment made in the \u201cHarbour Accord for Peace,\u201d in "
              "particular the work of the joint panel,\u201d reported the Arland Foreign Ministry.")
    qs = out["quotes"]
    assert len(qs) == 1
    assert qs[0]["text"].startswith("Both sides honour") and qs[0]["text"].endswith("joint panel,")
    assert qs[0]["speaker"] == "Arland Foreign Ministry"


def test_a_report_title_in_apposition_is_not_a_quote():
    out = run('Our institute\'s new report, "Reefs and Rivals: Fishing Fleets and the Limits of Law," '
              'argues for patrols. The second chapter, "Counting the Grey Boats", sets out the data.')
    assert out["quotes"] == []


def test_a_possessive_looking_close_before_a_new_opening_mark_closes_the_quote():
    out = run("Arland, Belmark share \u2018perspectives\u2019 on \u2018complete disengagement\u2019 in border talks\n\n"
              "The Arland Foreign Ministry said both sides sought \u201ccomplete disengagement\u201d along the line.")
    texts = [q["text"] for q in out["quotes"]]
    assert "perspectives\u2019 on \u2018complete disengagement" not in texts
    assert texts.count("complete disengagement") == 2


def test_a_title_case_name_ending_in_its_year_is_a_name_not_speech():
    # fixspeak: an exercise or operation named with its year, quoted after a preposition
    out = run('Some 900 sailors take part in "Coral Anchor 26", which rehearses mine clearance. '
              'Admiral Petra Voss said the drills were "going well".')
    texts = [q["text"] for q in out["quotes"]]
    assert "Coral Anchor 26" not in texts
    assert "going well" in texts


def test_a_title_with_its_subtitle_is_a_title_not_speech():
    # quotes4: a report or seminar title "Heading: Subtitle", whatever introduced it
    out = run('Our survey, released in May as "Beyond the Reef: Fishing Fleets in Contested Waters", '
              "counted the boats. Minister Petra Voss opened a seminar on 'Ports and Power: Risks and Remedies' "
              'and said the fleets were "a growing worry".')
    texts = [q["text"] for q in out["quotes"]]
    assert "a growing worry" in texts
    assert not any(t.startswith(("Beyond the Reef", "Ports and Power")) for t in texts)


def test_speech_with_a_colon_is_still_speech():
    out = run('"The message is clear: we stay until the talks end," Admiral Petra Voss said.')
    assert speakers(out) == {"The message is clear: we stay until the talks end,": "Petra Voss"}


def test_a_quoted_acronym_spelled_out_after_it_is_a_name():
    # quotes4: an acronym slogan followed by its expansion
    out = run("Minister Karl Berg said the navy serves the vision of 'TIDES' \u2013 Trade and Integrated "
              "Development for Every Shore \u2013 and praised its \"steady work\".")
    texts = [q["text"] for q in out["quotes"]]
    assert "TIDES" not in texts
    assert "steady work" in texts


def test_a_label_for_a_proposed_thing_is_the_writers_naming():
    # quotes4: "a proposal ... for a "..."": the writer names the proposal
    out = run('A proposal by Chile and Peru for a "coastal patrol pact" with Ecuador deserves attention. '
              'Envoy Petra Voss said the plan was "worth a hearing".')
    texts = [q["text"] for q in out["quotes"]]
    assert "coastal patrol pact" not in texts
    assert "worth a hearing" in texts


def test_a_short_quote_after_a_named_person_calling_it_so_is_theirs():
    # quotes4: no reporting verb, but "with X calling the pact a "..."" credits the words to X
    out = run("Arland and Belmark signed a patrol accord on Monday, with Defence Minister Petra Voss "
              "calling the pact a \u201cfresh start\u201d for the coast guards.")
    assert speakers(out) == {"fresh start": "Petra Voss"}
    assert out["quotes"][0]["kind"] == "partial"


def test_a_judging_verb_after_a_pronoun_names_no_one_for_a_short_quote():
    # quotes4: a pronoun or a clause break between the name and the mark is not enough
    out = run("Arland and Belmark signed a patrol accord on Monday. Critics met in Oslo, "
              "and observers described the text as \u201chasty\u201d.")
    assert "hasty" not in speakers(out)


def test_a_short_quote_in_a_clause_after_wanted_to_emphasize_is_the_subjects():
    # quotes4: an infinitive of saying after "wanted to"
    out = run("Prime Minister Petra Voss wanted to emphasize that the alliance is not building "
              "any separate \u201cnorthern club\u201d.")
    assert speakers(out) == {"northern club": "Petra Voss"}


def test_a_present_tense_headline_verb_does_not_report_the_next_quote():
    out = run("Envoys Lund and Karl Berg emphasize the importance of the truce. The delegation backed "
              "the plan \"on its way to a lasting peace for all the people of the valley.\"")
    assert speakers(out).get("on its way to a lasting peace for all the people of the valley.") is None


def test_translated_qualified_as_and_judged_that_credit_guillemet_partial_quotes():
    # quotes4: French reporting verbs in translation, with guillemets
    out = run("Minister Karl Berg saluted the training of the cadets, which he qualified as \u00ab exemplary \u00bb. "
              "General Petra Voss judged that the \u00ab hard part \u00bb begins now.")
    assert speakers(out) == {"exemplary": "Karl Berg", "hard part": "Petra Voss"}


def test_short_quotes_of_an_unnamed_role_named_by_the_next_sentence():
    out = run('Arland to sanction firms\n\nA foreign ministry spokesperson said on Monday Arland will '
              'sanction firms playing a "vile role" in the sale, as "needed steps" to guard its interests.\n\n'
              'Spokesperson Petra Voss made the remarks at a daily press briefing.')
    s = speakers(out)
    assert s == {"vile role": "Petra Voss", "needed steps": "Petra Voss"}
    assert all("named_next" in q["rule"] for q in out["quotes"])


def test_an_unnamed_official_whom_no_one_names_stays_unnamed():
    out = run('Arland to sanction firms\n\nA senior official said on Monday the firms had played a '
              '"vile role" in the sale.\n\nMinister Petra Voss opened the session on Tuesday.')
    assert out["quotes"] == []      # two words, no speaker: not emitted


def test_a_statement_that_has_it_reports_a_short_quote():
    out = run('Talks end\n\nThe talks in Pretoria ran for ten days.\n\nA European Union statement has it '
              'the talks were "fully concluded" with a truce reached.')
    assert speakers(out) == {"fully concluded": "European Union"}
    out = run('Talks end\n\nThe army has it under control, and the "quiet zone" holds.')
    assert out["quotes"] == []


def test_dialogue_dash_speech_closed_by_a_mark_is_kept_only_with_a_named_speaker():
    text = ('Leaders meet\n\nThe two leaders met in the capital on Monday.\n\n'
            '- Our door stays open. We will keep talking," President Petra Voss said.\n\n'
            '- The border will stay calm," the head of state said.\n\n'
            '- Trade keeps growing. It is a "living bridge" for us," an aide noted.')
    out = run(text)
    assert speakers(out) == {"Our door stays open. We will keep talking,": "Petra Voss"}


def test_stray_mark_before_a_full_stop_is_not_a_quote():
    # An opening curly mark left before the full stop would enclose "." alone.
    out = run("Minister Ana Ruiz said the talks went well. She hoped there could be news soon\u201c.\n\n"
              "Ruiz later met the envoy.")
    assert all(any(c.isalpha() for c in q["text"]) for q in out["quotes"])
    assert [q for q in out["quotes"] if q["text"].strip() in (".", "")] == []
