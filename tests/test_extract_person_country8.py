"""The state a person serves, read from the article's own evidence (pctry8; sentences written for
these tests, the people and most places invented). A wrong state is worse than none, so each
rule has its near-misses beside it."""
from helpers import people, run


def _person(text: str, name: str) -> dict:
    return people(run(text))[name]


def _country(text: str, name: str) -> str | None:
    return _person(text, name)["country"]


# -- an office whose state is named after a body, or in the state's formal style ----------------
def test_office_of_a_body_of_a_styled_state_after_the_name():
    text = ("Major General Tomas Ruiz, Chief of General Staff of the Armed Forces of the Republic of "
            "Uzbekistan, called on Petra Voss on Monday.")
    assert _country(text, "Tomas Ruiz") == "Uzbekistan"


def test_office_of_a_sultanate_after_the_name():
    text = ("Talks opened on Monday between Karl Berg, Minister of Interior Affairs of the Sultanate "
            "of Brunei, and Petra Voss.")
    assert _country(text, "Karl Berg") == "Brunei"


def test_office_of_a_formal_name_with_the_before_the_name():
    p = _person("The Minister of Trade of the Hellenic Republic Anna Lind signed the accord.", "Anna Lind")
    assert (p["title"], p["country"]) == ("Minister of Trade", "Greece")


def test_an_envoys_posting_is_not_the_state_served():
    # the host after "to" is not his; the office's own state is read only without a posting
    text = "Karl Berg met Tomas Ruiz, Ambassador to the Republic of Chad, on Monday."
    assert _country(text, "Tomas Ruiz") is None
    text = ("Karl Berg met Tomas Ruiz, Ambassador of the Sultanate of Brunei to the Kingdom of Spain, "
            "on Monday.")
    assert _country(text, "Tomas Ruiz") != "Spain"


# -- an office in a body that one state owns ------------------------------------------------------
def test_spokesman_for_a_states_ministry():
    p = _person("Tomas Ruiz, a spokesman for South Korea's defense ministry, said the drills would "
                "go ahead.", "Tomas Ruiz")
    assert p["country"] == "South Korea"
    assert p["title"] == "spokesman for South Korea's defense ministry"


def test_spokesman_for_a_demonym_army():
    assert _country("Colonel Tomas Ruiz, a spokesman for the Chilean army, said the drills would go "
                    "ahead.", "Tomas Ruiz") == "Chile"


def test_ranked_name_keeps_its_rank_and_takes_the_bodys_state():
    p = _person("Army Colonel Tomas Ruiz, a spokesman for the Chilean army, said the drills would go "
                "ahead.", "Tomas Ruiz")
    assert (p["title"], p["country"]) == ("Army Colonel", "Chile")


def test_adviser_to_a_states_army_is_not_its_officer():
    assert _country("Army Colonel Tomas Ruiz, an adviser to the Chilean army, said the drills would go "
                    "ahead.", "Tomas Ruiz") is None


def test_two_states_owning_one_body_give_none():
    assert _country("Tomas Ruiz, a spokesman for the Chilean and Peruvian navy, said the drills would "
                    "go ahead.", "Tomas Ruiz") is None


def test_critic_of_a_states_army_is_not_its_officer():
    assert _country("President Tomas Ruiz, a critic of the Chilean army, said the drills would go "
                    "ahead.", "Tomas Ruiz") is None


# -- an office-elect ------------------------------------------------------------------------------
def test_demonym_before_an_office_elect():
    p = _person("The Colombian president-elect Tomas Ruiz met Anna Lind in Lima.", "Tomas Ruiz")
    assert (p["title"], p["country"]) == ("president-elect", "Colombia")


# -- the state a story is filed from --------------------------------------------------------------
_LEDE = ("{place}: India and Peru on Monday signed an arrangement on port security, the Ministry of "
         "Defence said, and officials said more would follow soon enough this year.\n\n")
_HEADLINE = "India, Peru sign pact on ports\n\n"


def test_dateline_after_a_headline_with_the_state_in_brackets():
    text = _HEADLINE + _LEDE.format(place="New Delhi [India], March 3 (ANI)") + \
        "The pact was signed by Defence Secretary Ravi Menon and Peruvian Vice Minister Ana Lind."
    p = people(run(text))
    assert p["Ravi Menon"]["country"] == "India"        # the other's demonym is the other's
    assert p["Ana Lind"]["country"] == "Peru"


def test_dateline_does_not_make_the_visitor_local():
    text = _HEADLINE + _LEDE.format(place="New Delhi [India], March 3 (ANI)") + \
        "The visiting Foreign Minister Ana Lind met the press."
    assert _country(text, "Ana Lind") is None
    text = _HEADLINE + _LEDE.format(place="New Delhi [India], March 3 (ANI)") + \
        "Foreign Minister Ana Lind, who arrived on Sunday, met the press."
    assert _country(text, "Ana Lind") is None


def test_dateline_does_not_make_a_minister_from_another_capital_local():
    text = _HEADLINE + _LEDE.format(place="New Delhi [India], March 3 (ANI)") + \
        "The pact was signed by Foreign Minister Ana Lind, who flew in from Lima."
    assert _country(text, "Ana Lind") is None


def test_host_who_meets_the_visiting_delegation_is_local():
    text = _HEADLINE + _LEDE.format(place="New Delhi [India], March 3 (ANI)") + \
        "Minister of State Ravi Menon, who called on the visiting delegation, hailed the pact."
    assert _country(text, "Ravi Menon") == "India"


def test_byline_bureau_in_a_capital_is_the_dateline():
    text = ("Chile pledges troops to the mission\n\nBy Ana Lind, Santiago\n\nChile has pledged 500 "
            "troops to the regional mission, as defence chiefs of the region met in the capital to "
            "settle how the force will be run and paid for.\n\nThe Minister of Defence, Tomas Ruiz, "
            "said the troops were ready.")
    assert _country(text, "Tomas Ruiz") == "Chile"


def test_short_headline_with_a_colon_is_no_dateline():
    text = ("Kenya: talks resume\n\nPeru and Kenya on Monday resumed talks on port security, the "
            "foreign ministry said, and officials said more would follow soon enough this year.\n\n"
            "Foreign Minister Ana Lind said the talks went well.")
    assert _country(text, "Ana Lind") is None


# -- a passive signing by the two sides ------------------------------------------------------------
_PAIR = "Kenya and Uganda signed the pact on Monday.\n\n"


def test_signed_by_two_named_together_each_for_a_side():
    p = people(run(_PAIR + "The pact was signed by Uganda's Minister Peter Okello and Defence "
                           "Secretary Mary Otieno."))
    assert (p["Peter Okello"]["country"], p["Mary Otieno"]["country"]) == ("Uganda", "Kenya")


def test_signed_by_one_witnessed_by_another_gives_none():
    p = people(run(_PAIR + "The pact was signed by Uganda's Minister Peter Okello and witnessed by "
                           "Defence Secretary Mary Otieno."))
    assert p["Mary Otieno"]["country"] is None


def test_the_last_two_of_a_list_are_no_pair():
    p = people(run("Kenya, Chile and Uganda signed the pact on Monday.\n\nThe pact was signed by "
                   "Uganda's Minister Peter Okello and Defence Secretary Mary Otieno."))
    assert p["Mary Otieno"]["country"] is None


# -- the person's own predicate puts them in a state's office -----------------------------------
_SIGNED = "Chile and Peru signed a pact. "


def test_takes_office_as_a_states_president():
    assert _country(_SIGNED + "Tomas Ruiz prepares to take office as Chile's next president in "
                              "October.", "Tomas Ruiz") == "Chile"
    assert _country(_SIGNED + "Tomas Ruiz, who is serving as the Peruvian defence minister, spoke.",
                    "Tomas Ruiz") == "Peru"


def test_another_persons_office_in_the_predicate_is_not_the_subjects():
    assert _country(_SIGNED + "Tomas Ruiz praised Chile's president as a friend.", "Tomas Ruiz") is None
    assert _country(_SIGNED + "Tomas Ruiz described Ana Lind as Chile's best president.", "Tomas Ruiz") is None


def test_two_states_in_the_predicate_give_none():
    assert _country(_SIGNED + "Tomas Ruiz was named as Chile's and Peru's joint mediator.", "Tomas Ruiz") is None


# -- a heritage compound names the citizenship after the hyphen ----------------------------------
def test_heritage_compound_names_the_citizenship():
    assert _country("Afghan-American diplomat Tomas Ruiz met Anna Lind in Doha.", "Tomas Ruiz") == "United States"


def test_two_states_joined_by_a_hyphen_give_none():
    assert _country("The Russian-Ukrainian envoy Tomas Ruiz met Anna Lind in Doha.", "Tomas Ruiz") is None


def test_a_capital_the_local_travels_to_does_not_make_them_a_guest():
    text = _HEADLINE + _LEDE.format(place="New Delhi [India], March 3 (ANI)") + \
        "Vice Defence Minister Ravi Menon, who is leading a delegation to Lima, said more would follow."
    assert _country(text, "Ravi Menon") == "India"


# -- an aide serves the principal's state --------------------------------------------------------
def test_envoy_of_a_head_of_state_serves_that_state():
    text = ("The talks were attended by HE Mr Tomas Ruiz, special adviser and personal envoy of HE Karl "
            "Berg, president of Chile, and by Anna Lind.")
    p = people(run(text))
    assert p["Tomas Ruiz"]["country"] == "Chile"
    assert p["Anna Lind"]["country"] is None


def test_possessive_principal_before_the_aide():
    assert _country("Chilean President Karl Berg's spokesman Tomas Ruiz said the talks went well.",
                    "Tomas Ruiz") == "Chile"


def test_critic_of_a_head_of_state_is_not_his_aide():
    assert _country("Tomas Ruiz, a critic of Chilean President Karl Berg, said the talks went well.",
                    "Tomas Ruiz") is None


def test_envoy_to_two_principals_gives_none():
    assert _country("Tomas Ruiz, an envoy to Chilean President Karl Berg and Peruvian President Ana "
                    "Lind, said the talks went well.", "Tomas Ruiz") is None


def test_envoy_of_an_organisations_head_gives_none():
    assert _country("Tomas Ruiz, an envoy of UN chief Karl Berg, said the talks went well.", "Tomas Ruiz") is None


# -- a list of offices each "for" its state -------------------------------------------------------
def test_offices_listed_for_their_states():
    p = people(run("The two delegations were led by the ministers for foreign affairs for Chile, Tomas "
                   "Ruiz, and for Peru, Ana Lind, this Thursday."))
    assert (p["Tomas Ruiz"]["country"], p["Ana Lind"]["country"]) == ("Chile", "Peru")
    assert p["Ana Lind"]["title"] == "minister for foreign affairs"


def test_a_statement_for_a_state_is_no_office():
    assert _country("The statement for Chile, Tomas Ruiz said, was ready.", "Tomas Ruiz") is None


def test_capitalised_plural_office_of_two_states_then_two_names():
    p = people(run("A joint declaration was signed. The Presidents of Chile, and Peru, Dr Tomas Ruiz and "
                   "Ana Lind on Thursday night agreed to talk."))
    assert (p["Tomas Ruiz"]["country"], p["Ana Lind"]["country"]) == ("Chile", "Peru")
    assert p["Ana Lind"]["title"] == "President"


# -- an office of a body apposed before a ranked name ---------------------------------------------
def test_office_of_a_states_body_before_a_ranked_name():
    p = _person("Also speaking, Commander of the Chilean Navy, Vice Admiral Tomas Ruiz, said the ships "
                "were ready.", "Tomas Ruiz")
    assert (p["title"], p["country"]) == ("Commander of the Chilean Navy", "Chile")


def test_office_before_a_rank_is_shown_without_a_state():
    p = _person("Also speaking, the Commander of the Land Forces, Maj Gen Tomas Ruiz, said the ships "
                "were ready.", "Tomas Ruiz")
    assert (p["title"], p["country"]) == ("Commander of the Land Forces", None)


def test_a_body_named_as_a_place_before_the_name_is_no_office():
    p = _person("In the Chilean Navy, Vice Admiral Tomas Ruiz said the ships were ready.", "Tomas Ruiz")
    assert (p["title"], p["country"]) == ("Vice Admiral", None)


def test_two_states_owning_the_body_give_none():
    assert _country("Also speaking, Commander of the Chilean and Peruvian Navy, Vice Admiral Tomas Ruiz, "
                    "said the ships were ready.", "Tomas Ruiz") is None
