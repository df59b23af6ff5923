"""Speakers for quotes that had none (spk7): a pronoun whose predicate is quoted, continuing the
paragraph's previous quote, and a lede fragment quoted again in full later. Sentences written
for these tests; each positive has near-misses that must stay without a speaker."""
from helpers import run, speakers

COUNCIL_PARAGRAPH = ('The Harbour Council of Arland pointed out that "the coastline is more exposed than ever '
                     'before". This was shown "by three landings on the northern beaches in a single week". '
                     'It is for this reason that they have "asked the assembly to fund four new patrol boats".')


def _rule(out: dict, text: str) -> str:
    return next(q["rule"] for q in out["quotes"] if q["text"] == text)


# -- pronoun_continuation ------------------------------------------------------------------
def test_they_with_a_quoted_predicate_continues_the_body_quoted_before():
    out = run(COUNCIL_PARAGRAPH)
    quote = "asked the assembly to fund four new patrol boats"
    assert speakers(out)[quote] == "Harbour Council of Arland"
    assert _rule(out, quote).endswith("pronoun_continuation")


def test_she_with_a_quoted_predicate_continues_the_person_quoted_before():
    out = run('Envoy Petra Voss called the draft "a fair start for both coasts". '
              'In private she has "little faith in the second chapter of the text".')
    assert speakers(out)["little faith in the second chapter of the text"] == "Petra Voss"


def test_another_person_named_between_leaves_the_pronoun_open():
    out = run('Envoy Petra Voss called the draft "a fair start for both coasts" in a talk with Anna Lind. '
              'In private she has "little faith in the second chapter of the text".')
    assert speakers(out)["little faith in the second chapter of the text"] is None


def test_they_after_a_plural_noun_is_not_the_body():
    for rivals in ("Two rebel groups", "Rebels"):
        out = run('The Harbour Council of Arland called the raid "an attack on every fishing town". '
                  f'{rivals} carried out the raid, and they have "no plan to withdraw from the bay".')
        assert speakers(out)["no plan to withdraw from the bay"] is None


def test_a_pronoun_that_does_not_fit_the_speaker_is_no_continuation():
    out = run('Envoy Petra Voss called the draft "a fair start for both coasts". '
              'In private they have "little faith in the second chapter of the text".')
    assert speakers(out)["little faith in the second chapter of the text"] is None


def test_a_pronoun_in_the_next_paragraph_is_no_continuation():
    out = run('The Harbour Council of Arland called the raid "an attack on every fishing town".\n\n'
              'They have "no plan to withdraw from the bay".')
    assert speakers(out)["no plan to withdraw from the bay"] is None


# -- echoed_fragment -----------------------------------------------------------------------
FULL_QUOTE = ('"We have agreed to send monitors at once to bring about a lasting halt to the shelling," '
              'the regional bloc, the Harbour Council, said after the summit.')


def test_a_lede_fragment_quoted_again_in_full_takes_that_speaker():
    out = run('Coastal leaders said on Monday they would send monitors to help secure "a lasting halt to '
              'the shelling" and called for new talks.\n\n' + FULL_QUOTE)
    assert speakers(out)["a lasting halt to the shelling"] == "Harbour Council"
    assert _rule(out, "a lasting halt to the shelling").endswith("echoed_fragment")


def test_a_fragment_in_a_sentence_that_reports_no_speech_stays_open():
    out = run('Monitors will be sent to help secure "a lasting halt to the shelling" along the coast.\n\n'
              + FULL_QUOTE)
    assert speakers(out)["a lasting halt to the shelling"] is None


def test_a_fragment_that_two_speakers_quote_stays_open():
    out = run('Coastal leaders said on Monday they would send monitors to help secure "a lasting halt to '
              'the shelling" and called for new talks.\n\n' + FULL_QUOTE +
              '\n\n"Only a lasting halt to the shelling will do," Envoy Petra Voss said.')
    assert speakers(out)["a lasting halt to the shelling"] is None


def test_a_short_fragment_is_not_distinctive_enough():
    out = run('Coastal leaders said on Monday they would send monitors to help secure "an end to shelling" '
              'and called for new talks.\n\n"We have agreed to send monitors at once to bring about an end '
              'to shelling in the bay," the regional bloc, the Harbour Council, said after the summit.')
    assert speakers(out)["an end to shelling"] is None


def test_a_fragment_after_the_full_quote_is_no_lede_summary():
    out = run(FULL_QUOTE + '\n\nCoastal leaders said they would send monitors to help secure "a lasting halt '
              'to the shelling" and called for new talks.')
    assert speakers(out)["a lasting halt to the shelling"] is None


# -- a dotted initialism in a role ("the U.S. envoy") ---------------------------------------
ENVOYS = ("Envoy Daniel Marsh of the United States met Norwegian officials in Oslo on Monday, and "
          "Norway's envoy Tor Lund joined them.\n\n")


def test_a_role_with_a_dotted_country_initialism_resolves_to_its_holder():
    out = run(ENVOYS + 'The U.S. envoy said the plan would open the way for a "shared patrol regime."')
    assert speakers(out)["shared patrol regime."] == "Daniel Marsh"


def test_a_dotted_initialism_of_another_country_names_no_holder():
    out = run(ENVOYS.replace(", and Norway's envoy Tor Lund joined them", "") +
              'The U.K. envoy said the plan would open the way for a "shared patrol regime."')
    assert speakers(out).get("shared patrol regime.") is None


# -- a body's spokesperson named in apposition ----------------------------------------------
def test_a_spokesperson_for_a_body_named_in_apposition_speaks_not_the_body():
    before = run('A spokesperson for the Arland foreign ministry, Tomas Berg, said the pact was '
                 '"a fair start for both fleets".')
    after = run('"The pact is a fair start for both fleets," said a spokesperson for the Arland foreign '
                'ministry, Tomas Berg.')
    assert speakers(before)["a fair start for both fleets"] == "Tomas Berg"
    assert speakers(after)["The pact is a fair start for both fleets,"] == "Tomas Berg"


def test_an_unnamed_spokesperson_still_speaks_for_the_body():
    for text in ('A spokesperson for the Arland foreign ministry said the pact was "a fair start for both fleets".',
                 'A spokesperson for the Arland foreign ministry, which hosted Tomas Berg, said the pact was '
                 '"a fair start for both fleets".'):
        assert speakers(run(text))["a fair start for both fleets"] == "Arland foreign ministry"


# -- a text that "reads" the words ------------------------------------------------------------
COAST = "Arland will not sign a text that leaves our coast exposed."


def test_a_possessive_statement_read_is_its_owners():
    out = run(f'Foreign Minister Petra Voss\'s statement read: "{COAST}"')
    assert speakers(out)[COAST] == "Petra Voss"
    out = run(f'The Arland foreign ministry\'s statement read: "{COAST}"')
    assert speakers(out)[COAST] == "Arland foreign ministry"


def test_the_statement_read_is_its_issuers_and_her_letter_hers():
    out = run(f'The Arland foreign ministry issued a statement on Monday.\n\nThe statement read, "{COAST}"')
    assert speakers(out)[COAST] == "Arland foreign ministry"
    out = run(f'Foreign Minister Petra Voss wrote to the assembly on Monday. Her letter reads: "{COAST}"')
    assert speakers(out)[COAST] == "Petra Voss"


def test_a_sign_or_a_person_reading_aloud_is_no_text_author():
    out = run(f'Tomas Berg read the statement aloud. The draft read: "{COAST}"')
    assert speakers(out)[COAST] is None
    out = run('The sign on the gate read: "No entry beyond this point for any patrol vessel."')
    assert speakers(out)["No entry beyond this point for any patrol vessel."] is None


# -- an interview's name label ----------------------------------------------------------------
SIGN = "We will sign when the patrol zones are agreed, and not a day before."


def test_a_paragraph_opening_with_a_name_and_a_colon_is_that_persons():
    for label in ("Voss", "Petra Voss"):
        out = run("Foreign Minister Petra Voss of Arland spoke to the paper on Monday.\n\n"
                  f"Q: Will Arland sign the pact this year?\n\n{label}: \"{SIGN}\"")
        assert speakers(out)[SIGN] == "Petra Voss"


def test_a_label_that_is_no_person_or_not_at_the_paragraph_start_is_no_name_label():
    out = run(f"Foreign Minister Petra Voss of Belmark spoke to the paper on Monday.\n\nBelmark: \"{SIGN}\"")
    assert speakers(out)[SIGN] is None
    out = run("Foreign Minister Petra Voss of Arland spoke to the paper on Monday.\n\n"
              f"Envoy Tomas Berg of Belmark answered her. Voss: \"{SIGN}\"")
    assert speakers(out)[SIGN] != "Petra Voss"


# -- a lede's role named bare at the start of the next paragraph --------------------------------
LEDE = ('The Norwegian envoy to the fisheries talks said Friday she is "quite hopeful" that a deal on '
        'quotas can be reached by summer.{extra}\n\n{name} did not say when the next round would open.')


def test_a_lede_role_is_the_person_the_next_paragraph_names_bare():
    out = run(LEDE.format(extra="", name="Ingrid Solberg"))
    assert speakers(out)["quite hopeful"] == "Ingrid Solberg"


def test_a_titled_apposed_foreign_or_later_name_is_not_the_ledes_role():
    for extra, name in (("", "Trade Minister Ingrid Solberg"), ("", "Ingrid Solberg, a fisheries expert,"),
                        ("", "Ingrid Solberg of Denmark"), (" The talks resume in May.", "Ingrid Solberg")):
        out = run(LEDE.format(extra=extra, name=name))
        assert speakers(out).get("quite hopeful") is None


# -- "the Gen said" points back -----------------------------------------------------------------
MAPS = "A survey ship maps the seabed today; a submarine uses the map tomorrow,"


def test_a_rank_reference_is_the_holder_named_before_not_one_introduced_later():
    out = run("Lt Gen Arvid Holm, who led the first panel, warned about survey ships.\n\n"
              f'"{MAPS}" the Gen said.\n\nLater, Maj Gen Oskar Lind closed the seminar.')
    assert speakers(out)[MAPS] == "Arvid Holm"


def test_two_rank_holders_named_before_leave_the_reference_open():
    out = run("Lt Gen Arvid Holm led the first panel and Maj Gen Oskar Lind the second.\n\n"
              f'"{MAPS}" the Gen said.')
    assert speakers(out)[MAPS] is None


# -- a headline that names its speaker after a final colon ---------------------------------------
PM_BODY = "\n\nPrime Minister Ingrid Solberg of Norway told parliament on Tuesday that the patrol pact would not harm anyone."
VOSS_BODY = "\n\nForeign Minister Petra Voss of Norway spoke in Oslo on Tuesday about the coast deal and the patrol zones."


def test_a_headline_tail_names_the_speaker_by_name_or_by_office():
    out = run("Patrol pact 'no threat' to the region: Norway PM" + PM_BODY)
    assert speakers(out)["no threat"] == "Ingrid Solberg"
    out = run("Coast deal a 'fair start': Foreign Minister Petra Voss in Oslo" + VOSS_BODY)
    assert speakers(out)["fair start"] == "Petra Voss"


def test_a_headline_tail_of_no_one_or_another_state_names_no_speaker():
    out = run("Coast deal a 'fair start' for the region: analysts" + VOSS_BODY)
    assert speakers(out).get("fair start") is None
    out = run("Patrol pact 'no threat' to the region: Sweden PM" + PM_BODY)
    assert speakers(out).get("no threat") is None
