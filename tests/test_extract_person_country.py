"""A person's state and office from the phrasing a careful reader uses (sentences written for
these tests; the people are invented)."""
from helpers import people, run


def test_each_side_keeps_its_own_demonym_before_counterpart():
    p = people(run("Talks were held between Latvian President Petra Voss and Estonian counterpart "
                   "Karl Berg on Monday. Voss said the meeting was useful."))
    assert p["Petra Voss"]["country"] == "Latvia"
    assert p["Karl Berg"]["country"] == "Estonia"


def test_several_states_before_counterparts_still_apply_in_order():
    p = people(run("Minister Lena Holt met her US and Japanese counterparts, Tom Reed and Aiko Sato, "
                   "on Friday in Manila."))
    assert p["Tom Reed"]["country"] == "United States"


def test_two_word_state_in_the_possessive_before_a_capitalised_office():
    p = people(run("New Zealand's Foreign Minister Petra Voss said on Wednesday the talks had helped. "
                   "South Africa's Defence Minister Karl Berg agreed."))
    assert p["Petra Voss"]["country"] == "New Zealand"
    assert p["Petra Voss"]["title"] == "Foreign Minister"
    assert p["Karl Berg"]["country"] == "South Africa"


def test_office_apposed_before_ambassador_used_as_a_style():
    p = people(run("In an interview, Kenya's Minister of Foreign Affairs and Trade, Ambassador Karl Berg, "
                   "explained the delay. Berg said talks would resume."))
    assert p["Karl Berg"]["title"] == "Minister of Foreign Affairs and Trade"
    assert p["Karl Berg"]["country"] == "Kenya"


def test_described_role_before_ambassador_gives_the_state_only():
    p = people(run("Ghana's delegation head, Ambassador Tomas Ruiz, spoke to reporters after the session."))
    assert p["Tomas Ruiz"]["country"] == "Ghana"
    assert p["Tomas Ruiz"]["title"] == "Ambassador"


def test_state_body_in_the_possessive_gives_its_state():
    p = people(run("The Chinese Foreign Ministry's spokesman, Mara Lind said this on Friday. "
                   "The Kenyan Navy's commander, Olli Tamm, agreed."))
    assert p["Mara Lind"]["country"] == "China"
    assert p["Mara Lind"]["title"] == "spokesman"


def test_a_company_named_after_a_state_gives_no_state():
    p = people(run("The Norwegian Air Systems' spokesman, Mara Lind, said deliveries would start in May."))
    assert p.get("Mara Lind", {}).get("country") is None


def test_post_of_an_office_before_a_rank_and_name():
    p = people(run("Sri Lanka's Defence Adviser in Paris, Captain Olli Tamm, addressed the session. "
                   "Tamm spoke of training."))
    assert p["Olli Tamm"]["title"] == "Defence Adviser"
    assert p["Olli Tamm"]["country"] == "Sri Lanka"


def test_a_post_not_followed_by_an_apposed_name_stays_with_its_own_person():
    p = people(run("Petra Voss, the Defence Adviser in Oslo, and Captain Karl Berg met on Friday."))
    assert p["Petra Voss"]["title"] == "Defence Adviser"
    assert p["Karl Berg"]["title"] == "Captain"


def test_state_body_led_by_a_demonym_gives_its_state():
    p = people(run("The Kenyan Navy's commander, Olli Tamm, agreed to the plan."))
    assert p["Olli Tamm"]["country"] == "Kenya"


def test_the_demonym_of_the_office_next_to_the_name_governs():
    p = people(run("Member of the Standing Committee and Latvian Foreign Minister Petra Voss held talks "
                   "in Riga on Wednesday with officials from Oslo."))
    assert p["Petra Voss"]["country"] == "Latvia"


def test_an_ombudsman_of_a_state_is_an_office():
    p = people(run("The Ombudsman of Peru, Karl Berg, welcomed the agreement but asked for more."))
    assert p["Karl Berg"]["title"] == "Ombudsman"
    assert p["Karl Berg"]["country"] == "Peru"


def test_in_a_list_each_office_stays_with_the_name_after_it():
    p = people(run("Also present were the Commander Ghana Navy, Maj Gen Karl Berg, the Chief of Staff "
                   "of the Togolese Armed Forces, Lt Gen Tomas Ruiz, and senior officers of both navies."))
    assert p["Karl Berg"]["title"] == "Commander Ghana Navy"
    assert p["Karl Berg"]["country"] == "Ghana"
    assert p["Tomas Ruiz"]["title"] == "Chief of Staff of the Togolese Armed Forces"
    assert p["Tomas Ruiz"]["country"] == "Togo"


def test_office_of_a_state_body_apposed_after_the_name():
    p = people(run("Maj Gen Karl Berg, the Chief of Staff of the Ghana Armed Forces, spoke first. "
                   "Olli Tamm, Director General of Indian Coast Guard, spoke next."))
    assert p["Karl Berg"]["title"] == "Chief of Staff of the Ghana Armed Forces"
    assert p["Karl Berg"]["country"] == "Ghana"
    assert p["Olli Tamm"]["country"] == "India"


def test_a_company_in_a_title_gives_no_state():
    p = people(run("Karl Berg, the Chief Executive of Norwegian Defence Systems, said output would double."))
    assert p["Karl Berg"]["country"] is None


def test_a_question_auxiliary_is_no_title_and_the_fuller_office_is_shown():
    p = people(run("Q: Did Minister Petra Voss ask for an apology?\n\nA: The Minister asked for an "
                   "explanation.\n\nForeign Minister Petra Voss is due to travel to Hanoi this month."))
    assert p["Petra Voss"]["title"] == "Foreign Minister"


def test_a_former_officer_of_a_state_described_after_a_rank():
    p = people(run("Col. (retd) Karl Berg, a former Burkinabè intelligence officer now living in Lome, "
                   "sees it differently."))
    assert p["Karl Berg"]["country"] == "Burkina Faso"
    assert p["Karl Berg"]["title"] == "former intelligence officer"


def test_a_state_named_with_and_before_an_office():
    p = people(run("Trinidad and Tobago Foreign Minister Karl Berg spoke first. Bosnia and Herzegovina "
                   "President Ana Ruiz spoke next. The Minister of Trade and Industry Olli Tamm closed."))
    assert p["Karl Berg"]["country"] == "Trinidad and Tobago"
    assert p["Karl Berg"]["title"] == "Foreign Minister"
    assert p["Ana Ruiz"]["country"] == "Bosnia and Herzegovina"
    assert p["Olli Tamm"]["country"] is None
