"""VOTE_COUNT spans: numerals that count votes, and numerals that do not."""

from __future__ import annotations

import pytest

from helpers import entity, relations, spans, values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia won 55 votes in the first round.", [("55", 55)]),
        (
            "The bid was supported by 138 countries out of 193 member states.",
            [("138", 138), ("193", 193)],
        ),
        ("In the second round the Maldives received 46.", [("46", 46)]),
        ("Peru led Chile by 113 votes to 77.", [("113", 113), ("77", 77)]),
        (
            "Ghana, Oman and Fiji received 186, 187 and 182 votes, respectively.",
            [("186", 186), ("187", 187), ("182", 182)],
        ),
        (
            "The resolution passed with 128 in favour, 9 against and 35 abstentions.",
            [("128", 128), ("9", 9), ("35", 35)],
        ),
        ("A candidate needs a two-thirds majority of 129 to win.", [("129", 129)]),
        ("Norway won forty-two votes.", [("forty-two", 42)]),
        ("Angola secured 160 valid votes out of 190.", [("160", 160), ("190", 190)]),
        ("Kenya won 140 of the 193 votes cast.", [("140", 140), ("193", 193)]),
        ("A total of 191 countries took part in the vote.", [("191", 191)]),
        (
            "The draft was adopted by 120 votes to 3, with 10 abstentions.",
            [("120", 120), ("3", 3), ("10", 10)],
        ),
    ],
)
def test_vote_counts(nlp, text, expected):
    doc = nlp(text)
    assert values(doc, "VOTE_COUNT") == expected


def test_span_is_the_numeral_only(nlp):
    text = "Estonia won 55 votes in the first round."
    count = entity(nlp(text), "55", "VOTE_COUNT")
    assert (count.start_char, count.end_char) == (12, 14)
    assert len(count) == 1


def test_thousands_separator(nlp):
    doc = nlp("The candidate received 1,250 votes from the delegates.")
    assert values(doc, "VOTE_COUNT") == [("1,250", 1250)]


@pytest.mark.parametrize(
    "text",
    [
        "In the vote of 2016 the 15-member council could not agree.",
        "The vote in 2016 went to a second round, with two seats still open.",
        "Its five permanent members hold a veto in every vote.",
        "Voting continued into the third round for the two seats.",
        "The 15-member council voted in 2016.",
        "Kenya won two seats on the council.",
        "The UN has 193 member states.",
        "Kenya won the second round easily.",
    ],
)
def test_numbers_that_do_not_count_votes(nlp, text):
    assert spans(nlp(text), "VOTE_COUNT") == []


def test_year_in_a_voting_sentence_is_a_date(nlp):
    doc = nlp("Estonia won 55 votes in 2016.")
    assert values(doc, "VOTE_COUNT") == [("55", 55)]
    assert values(doc, "DATE") == [("2016", "2016")]


def test_a_parallel_count_in_another_body(nlp):
    doc = nlp("One needs 97 votes in the General Assembly and eight in the Security Council.")
    assert values(doc, "VOTE_COUNT") == [("97", 97), ("eight", 8)]


def test_other_members_voting(nlp):
    doc = nlp("The United States vetoed the draft, while all 14 other members voted in favour.")
    assert values(doc, "VOTE_COUNT") == [("14", 14)]


def test_council_members_voting(nlp):
    doc = nlp("After a veto, thirteen council members backed a draft resolution.")
    assert values(doc, "VOTE_COUNT") == [("thirteen", 13)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For the analyst, the 2025 vote proved that abstention was a policy.", []),
        ("Seats are allocated by region, with 14 for African states and 11 for Asian states.",
         []),
        ("He won 99 of the 190 ballots cast; there were five invalid ballots.",
         [("99", 99), ("190", 190), ("five", 5)]),
    ],
)
def test_years_seat_shares_and_invalid_ballots(nlp, text, expected):
    assert values(nlp(text), "VOTE_COUNT") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi Arabia won with the support of forty-seven of the fifty-four ECOSOC members.",
         [("forty-seven", 47), ("fifty-four", 54)]),
        ("In November 2019 it was approved 187-3, with Brazil joining.", [("187", 187), ("3", 3)]),
    ],
)
def test_number_word_shares_and_approved_tallies(nlp, text, expected):
    assert values(nlp(text), "VOTE_COUNT") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bulgaria garnered 160 votes, while Russia finished third with eighty-three.",
            [("160", 160), ("eighty-three", 83)],
        ),
        (
            "Kazakhstan collected 138 votes against Thailand's fifty-five.",
            [("138", 138), ("fifty-five", 55)],
        ),
        (
            "Mexico received 185 votes, and Uganda, endorsed by the African Group, 181.",
            [("185", 185), ("181", 181)],
        ),
    ],
)
def test_counts_after_another_count_of_the_sentence(nlp, text, expected):
    assert values(nlp(text), "VOTE_COUNT") == expected


def test_a_number_word_without_a_count_before_it_needs_a_vote_noun(nlp):
    doc = nlp("Russia finished third with eighty-three, far behind.")
    assert values(doc, "VOTE_COUNT") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia won 118 votes in the first round, when 128 were required.",
            [("118", 118), ("128", 128)],
        ),
        (
            "Jeremic won by 99 votes to 85. Of the 190 ballots cast, 185 were valid.",
            [("99", 99), ("85", 85), ("190", 190), ("185", 185)],
        ),
        (
            "A candidate needs two-thirds of the members present and voting: 129 if all 193 "
            "take part.",
            [("129", 129), ("193", 193)],
        ),
    ],
)
def test_thresholds_and_valid_ballots_after_a_copula(nlp, text, expected):
    assert values(nlp(text), "VOTE_COUNT") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bhandari secured 183 votes out of 193 in the General Assembly and all 15 in the "
            "Security Council.",
            [("183", 183), ("193", 193), ("15", 15)],
        ),
        (
            "Greenwood had nine votes to Bhandari's five in the council.",
            [("nine", 9), ("five", 5)],
        ),
    ],
)
def test_parallel_and_possessive_counts(nlp, text, expected):
    assert values(nlp(text), "VOTE_COUNT") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan won 138 votes. Thailand's tally was 55.", [("138", 138), ("55", 55)]),
        ("Spain won 120 votes; Turkey's total stood at 60.", [("120", 120), ("60", 60)]),
        ("Turkey won 60 votes. Its share was 31 percent.", [("60", 60)]),
    ],
)
def test_a_tally_stated_with_a_copula(nlp, text, expected):
    assert values(nlp(text), "VOTE_COUNT") == expected


def test_a_list_of_results_one_country_per_line(nlp):
    doc = nlp(
        "The results were as follows (191 ballots cast; required majority: 96):\n\n"
        "African States (four seats)\n- Ghana: 183\n- Malawi: 179\n\n"
        "Eastern European States (two seats)\n- Bulgaria: 160\n"
    )
    assert values(doc, "VOTE_COUNT") == [
        ("191", 191), ("96", 96), ("183", 183), ("179", 179), ("160", 160)
    ]


def test_a_line_with_a_country_and_a_number_without_a_vote_nearby(nlp):
    assert values(nlp("Population by country:\n- Ghana: 33\n- Malawi: 20\n"), "VOTE_COUNT") == []


def test_the_members_that_abstained(nlp):
    doc = nlp("Among the 35 that abstained were Argentina and Australia.")
    assert values(doc, "VOTE_COUNT") == [("35", 35)]


def test_a_count_after_with_and_a_country_before_an_outcome_verb(nlp):
    doc = nlp("Bangladesh received 160 votes, while Afghanistan with 12 remained outside.")
    assert values(doc, "VOTE_COUNT") == [("160", 160), ("12", 12)]


def test_a_number_of_ballots_after_after_is_rounds(nlp):
    doc = nlp("Italy and the Netherlands finished tied at 95 votes each after five ballots.")
    assert values(doc, "VOTE_COUNT") == [("95", 95)]


def test_a_results_table_of_candidates_with_their_countries(nlp):
    doc = nlp("The first-round results were:\n\nAna Petrova (Bulgaria) 21\nJohn Keane (Ireland) 9\n"
              "Lin Wei (China) 4\n")
    assert values(doc, "VOTE_COUNT") == [("21", 21), ("9", 9), ("4", 4)]


def test_counts_after_surnames_in_a_tally(nlp):
    doc = nlp("Maria Okafor, Jan Novak and Ken Sato were the candidates. The final tally was "
              "Okafor 101, Novak 80 and Sato 10.")
    assert values(doc, "VOTE_COUNT") == [("101", 101), ("80", 80), ("10", 10)]


def test_a_count_for_a_person_after_a_tally(nlp):
    doc = nlp("Maria Okafor collected 121 votes in the Assembly against 68 for Jan Novak.")
    assert values(doc, "VOTE_COUNT") == [("121", 121), ("68", 68)]


def test_a_persons_age_is_no_count(nlp):
    doc = nlp("Maria Okafor won the vote. Okafor, 58, received 36 votes in the final round.")
    assert values(doc, "VOTE_COUNT") == [("36", 36)]


def test_a_hyphenated_tally_on_a_motion_turned_down(nlp):
    doc = nlp("The delegates turned the proposal down, 34-9, after a long debate.")
    assert values(doc, "VOTE_COUNT") == [("34", 34), ("9", 9)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five candidates ran for four seats. The results were as follows:\n\nPakistan 169\n"
         "Nepal 150\nSaudi Arabia 90\n", [("169", 169), ("150", 150), ("90", 90)]),
        ("The text passed as 191 out of 193 member states backed the resolution.",
         [("191", 191), ("193", 193)]),
        ("Guatemala obtained 101 votes and Venezuela 78, when 122 would have been enough.",
         [("101", 101), ("78", 78), ("122", 122)]),
        ("Spain rose to 120 votes while Turkey fell to 73.", [("120", 120), ("73", 73)]),
    ],
)
def test_more_counts(nlp, text, expected):
    assert values(nlp(text), "VOTE_COUNT") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With 190 member states casting ballots, a majority of 127 was required.",
         [("190", 190), ("127", 127)]),
        ("18:31 GMT - Fifth round: Italy 95, the Netherlands 95. A dead heat.",
         [("95", 95), ("95", 95)]),
    ],
)
def test_voters_casting_ballots_and_a_list_with_an_article(nlp, text, expected):
    assert values(nlp(text), "VOTE_COUNT") == expected


def test_a_number_of_candidates_after_an_adjective_is_no_vote_count(nlp):
    doc = nlp("Guyana secured 191 votes, while Korea's 180 was the lowest of the four unopposed "
              "candidates.")
    assert [text for text, _ in spans(doc, "VOTE_COUNT")] == ["191", "180"]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Audrey Azoulay won it 31 to 25.", ["31", "25"]),
        ("Audrey Azoulay won the run-off 31 to 25.", ["31", "25"]),
        ("Al-Kawari had 22 votes, while Azoulay and Khattab were tied on 18 each.", ["22", "18"]),
        ("Two ballots were needed. The first ballot read: Ecuador 57, India 56.", ["57", "56"]),
    ],
)
def test_tallies_of_a_contest_and_ties(nlp, text, counts):
    assert [text for text, _ in spans(nlp(text), "VOTE_COUNT")] == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Slovenia Wins Security Council Seat, Defeating Belarus 153 To 38", ["153", "38"]),
        ("Slovenia beat Belarus 153 to 38 in the vote for the Council seat.", ["153", "38"]),
        ("Slovakia beat Italy 3 to 2 at the World Cup.", []),
        (
            "Results of the balloting\n\nNumber of ballots cast: 190\nInvalid ballots: 0\n"
            "Abstentions: 0\nRequired majority: 127\nNumber of votes obtained:\nGhana 185\n",
            ["190", "0", "0", "127", "185"],
        ),
    ],
)
def test_scores_over_a_rival_and_labelled_ballot_figures(nlp, text, counts):
    assert [text for text, _ in spans(nlp(text), "VOTE_COUNT")] == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Ceasefire text passes: 120 yes, 9 no, 40 abstaining", ["120", "9", "40"]),
        ("Nigeria and Peru voted yes, while 12 others abstained.", ["12"]),
        ("Poland won 150 votes to the Philippines' 41 in the first round.", ["150", "41"]),
        ("In the second round Romania managed only 58.", ["58"]),
        ("He said 5 no.", []),
    ],
)
def test_yes_no_tallies_others_and_plural_owners(nlp, text, counts):
    assert [text for text, _ in spans(nlp(text), "VOTE_COUNT")] == counts


def test_a_score_over_a_countrys_candidate(nlp):
    doc = nlp("Chile's Ana Ruiz Wins Race To Head WHO, Beating Peru's Candidate 60 To 40\n"
              "The vote was close.")
    assert [text for text, _ in spans(doc, "VOTE_COUNT")] == ["60", "40"]


def test_one_of_the_countries_elected_is_no_count(nlp):
    assert spans(nlp("Panama is one of the five countries elected to the Council."),
                 "VOTE_COUNT") == []


def test_a_total_verb_needs_a_vote_before_it(nlp):
    assert spans(nlp("Its staff numbered 164 in 2020."), "VOTE_COUNT") == []


def test_against_inside_a_name_is_no_tally_word(nlp):
    doc = nlp("The parties elected nine members of the Committee against Torture on Tuesday.")
    assert spans(doc, "VOTE_COUNT") == []
    assert values(nlp("It passed by 120 votes to 9 against."), "VOTE_COUNT") == [
        ("120", 120),
        ("9", 9),
    ]


def test_a_count_for_a_candidate(nlp):
    doc = nlp("The vote was 121 for Nepal and 66 for Bhutan.")
    assert values(doc, "VOTE_COUNT") == [("121", 121), ("66", 66)]
    assert relations(doc, "RECEIVED_VOTES") == {
        ("Nepal", "RECEIVED_VOTES", "121"),
        ("Bhutan", "RECEIVED_VOTES", "66"),
    }
    # no vote spoken of: a number of times, a number of seats
    assert spans(nlp("Nepal hosted 12 for Bhutan's team in 2019."), "VOTE_COUNT") == []


def test_a_count_is_a_vote_context(nlp):
    doc = nlp("The final count: Nepal 121, Bhutan 66.")
    assert values(doc, "VOTE_COUNT") == [("121", 121), ("66", 66)]


@pytest.mark.parametrize(
    "text, counts",
    [
        ("Lo Voi trailed with five and three votes respectively.", [("five", 5), ("three", 3)]),
        ("It got one hundred and five votes and twenty-three abstentions.",
         [("one hundred and five", 105), ("twenty-three", 23)]),
        ("It took two ballots and a year of wrangling.", []),
        ("Amano fell short of the 24 votes required in three successive ballots.", [("24", 24)]),
        ("Later a text on the war passed 140 to 5, with 38 abstentions.",
         [("140", 140), ("5", 5), ("38", 38)]),
        ("Prices passed 140 to 150 dollars.", []),
    ],
)
def test_number_words_rounds_and_passed_tallies(nlp, text, counts):
    assert values(nlp(text), "VOTE_COUNT") == counts


def test_counts_in_a_results_table(nlp):
    doc = nlp("Results by round\n\n| Round | Ana Ruiz (Chile) | Tom Berg (Norway) |\n"
              "|---|---|---|\n| 1 | 95 | 52 |\n| 2 | 121 | 62 |\n")
    assert values(doc, "VOTE_COUNT") == [("95", 95), ("52", 52), ("121", 121), ("62", 62)]
    doc = nlp("Figures\n\n| Year | Staff |\n|---|---|\n| 1 | 95 |\n")
    assert values(doc, "VOTE_COUNT") == []


def test_figures_alone_in_brackets_after_a_candidate_country_are_counts(nlp):
    doc = nlp("Elected in the first round were Jane Roe of Peru (151 in the Assembly, 13 in "
              "the Council) and John Doe of Sri Lanka (140 and 12).")
    assert [value for _, value in values(doc, "VOTE_COUNT")] == [151, 13, 140, 12]
    # not figures with other words in the brackets
    doc = nlp("In the first round Peru (2 seats and 3 posts) took part in the vote.")
    assert values(doc, "VOTE_COUNT") == []


def test_result_lines_after_a_bracketed_nationality_are_counts(nlp):
    doc = nlp("Elected in the first ballot, with the votes obtained:\n"
              "- Jane Roe (Costa Rica) \u2013 133\n- John Doe (Peru) \u2013 127\n")
    assert values(doc, "VOTE_COUNT") == [("133", 133), ("127", 127)]
    assert relations(doc, "RECEIVED_VOTES") == set()  # a person's votes


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Of the 185 valid ballots, 95 went to Ana Ruiz in the first round.", [185, 95]),
        ("Ana Ruiz secured exactly 33 of the 49 votes.", [33, 49]),
        ("Ruiz keeps OAS top job, beating Berg 23\u201310\n\nAna Ruiz defeated Lea Berg.",
         [23, 10]),
        # a match score between countries is no tally
        ("Slovakia beat Hungary 3-1 in the qualifier.", []),
    ],
)
def test_went_to_exactly_and_an_en_dash_tally_after_beating(nlp, text, expected):
    assert [value for _, value in values(nlp(text), "VOTE_COUNT")] == expected


def test_a_count_before_lost_to_stays_with_the_subject(nlp):
    doc = nlp("Russia received 83 votes and lost to Bulgaria (160) and Albania (123).")
    assert relations(doc, "RECEIVED_VOTES") == {
        ("Russia", "RECEIVED_VOTES", "83"),
        ("Bulgaria", "RECEIVED_VOTES", "160"),
        ("Albania", "RECEIVED_VOTES", "123"),
    }
    # the count after "for" still goes to the country named after it
    doc = nlp("In the vote, 55 votes were cast for Peru.")
    assert relations(doc, "RECEIVED_VOTES") == {("Peru", "RECEIVED_VOTES", "55")}


ALIGNED_TABLE = (
    "The Eastern European seat went to a sixth ballot:\n\n"
    "  Round  Georgia  Lithuania  Abstentions\n"
    "      1      118         71            2\n"
    "      2      180          6            4\n\n"
    "Results for Region C:\n"
    "Member State     Votes   Result\n"
    "Azerbaijan         141   elected\n"
    "Bulgaria           109   not elected\n\n"
    "Candidate (nationality)        Assembly votes\n"
    "Jane Roe (Ghana)                          166\n"
)


def test_figures_in_a_table_aligned_with_spaces_are_counts(nlp):
    doc = nlp(ALIGNED_TABLE)
    assert [value for _, value in values(doc, "VOTE_COUNT")] == [
        118, 71, 2, 180, 6, 4, 141, 109, 166
    ]
    assert relations(doc, "RECEIVED_VOTES") == {
        ("Georgia", "RECEIVED_VOTES", "118"), ("Lithuania", "RECEIVED_VOTES", "71"),
        ("Georgia", "RECEIVED_VOTES", "180"), ("Lithuania", "RECEIVED_VOTES", "6"),
        ("Azerbaijan", "RECEIVED_VOTES", "141"), ("Bulgaria", "RECEIVED_VOTES", "109"),
    }


def test_prose_with_double_spaces_is_no_table(nlp):
    doc = nlp("Peru won the seat.  It had 12 members in 1990.\nThe mission  has 40 staff.")
    assert values(doc, "VOTE_COUNT") == []


def test_round_columns_of_an_aligned_table_count_for_candidates_and_ballot_rows(nlp):
    doc = nlp("Votes obtained\n"
              "Candidate                 1st round  2nd round\n"
              "Lina Haddad (Jordan)             84         98\n"
              "Invalid or blank                  0          0\n"
              "Majority required                86         86\n")
    assert [value for _, value in values(doc, "VOTE_COUNT")] == [84, 98, 0, 0, 86, 86]
    assert relations(doc, "RECEIVED_VOTES") == set()


def test_a_count_after_lost_the_seat_to_goes_to_the_winner(nlp):
    doc = nlp("Bulgaria lost the last seat to the Czech Republic by 112 votes to 109.")
    assert relations(doc, "RECEIVED_VOTES") == {
        ("Czech Republic", "RECEIVED_VOTES", "112"), ("Bulgaria", "RECEIVED_VOTES", "109")
    }


def test_counts_in_brackets_with_their_rounds(nlp):
    doc = nlp("The results were: Czechia (171, first round); Montenegro (118 in the first "
              "round, 131 in the second) and Belarus (61 in the first round, 49 in the second).")
    assert [value for _, value in values(doc, "VOTE_COUNT")] == [171, 118, 131, 61, 49]


def test_straw_poll_tallies_are_vote_counts(nlp):
    doc = nlp("The results of the fourth straw poll in the Security Council were:\n\n• Ban "
              "Ki-moon (Republic of Korea): 14 encourage, 0 discourage, 1 no opinion\n• Shashi "
              "Tharoor (India): 10 encourage, 3 discourage, 2 no opinion\n")
    assert [value for _, value in values(doc, "VOTE_COUNT")] == [14, 0, 1, 10, 3, 2]


def test_labelled_valid_and_invalid_lines_and_a_closing_pair_of_counts(nlp):
    doc = nlp("First-round result:\n• Ballots cast: 190\n• Invalid: 2\n• Valid: 188\n")
    assert [value for _, value in values(doc, "VOTE_COUNT")] == [190, 2, 188]
    doc = nlp("Morocco and Togo, running for the African Group's two seats without opposition, "
              "received 151 and 150.")
    assert relations(doc, "RECEIVED_VOTES") == {("Morocco", "RECEIVED_VOTES", "151"),
                                                ("Togo", "RECEIVED_VOTES", "150")}


def test_round_columns_of_a_bar_table_under_candidate_rows(nlp):
    doc = nlp("How the Western seats were decided\n\n| Candidate | First round | Second round |\n"
              "|---|---|---|\n| Norway | 140 | – |\n| Ireland | 112 | 130 |\n| Ballots cast | 178 "
              "| 176 |\n")
    assert [value for _, value in values(doc, "VOTE_COUNT")] == [140, 112, 130, 178, 176]
    assert ("Ireland", "RECEIVED_VOTES", "130") in relations(doc, "RECEIVED_VOTES")


def test_a_country_result_row_without_a_header_holds_a_count(nlp):
    doc = nlp("Region II (Asia), four seats, five candidates:\n  China        151   re-elected\n"
              "  Iran          71   not elected\n\nThe rest were unopposed.\n")
    assert values(doc, "VOTE_COUNT") == [("151", 151), ("71", 71)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Houngbo won with 30 of the 56 votes, one more than the 29 he needed.",
         [("30", 30), ("56", 56), ("29", 29)]),
        ("MALDIVES' SHAHID WINS ASSEMBLY PRESIDENCY, BEATING AFGHAN RIVAL 143-48",
         [("143", 143), ("48", 48)]),
        ("It was an open race for the post: in 2016 Peter Thomson edged Andreas Mavroyiannis "
         "of Cyprus 94 to 90.", [("94", 94), ("90", 90)]),
        ("Audrey Azoulay led after the vote. The tie-break went to Azoulay, 31 to 25.",
         [("31", 31), ("25", 25)]),
    ],
)
def test_thresholds_after_a_pronoun_and_tallies_over_rivals(nlp, text, expected):
    assert values(nlp(text), "VOTE_COUNT") == expected


@pytest.mark.parametrize(
    "text",
    ["In 2019 he needed surgery.", "Brazil beat its rival 3-1 in the final.",
     "The match went to Brazil, 3 to 1."],
)
def test_scores_and_years_near_those_words_are_no_counts(nlp, text):
    assert values(nlp(text), "VOTE_COUNT") == []


def test_bracketed_counts_after_countries_in_a_sentence_about_seats(nlp):
    doc = nlp("Region A (Americas), nine seats. Nine candidates stood for nine seats and all "
              "nine cleared the bar: Brazil (166), Canada (162) and Mexico (159).")
    assert values(doc, "VOTE_COUNT") == [("166", 166), ("162", 162), ("159", 159)]


def test_a_rank_among_the_candidates_is_no_count(nlp):
    doc = nlp("Egypt led the group with 163 ballots; Zimbabwe, last of the thirteen, still "
              "collected 122.")
    assert values(doc, "VOTE_COUNT") == [("163", 163), ("122", 122)]


def test_figures_opening_the_lines_of_a_numbers_box(nlp):
    """Decision 307: "• 190 — states voting in the first round", "- 192: member states
    entitled to vote", "• 126 — the two-thirds majority required" are vote counts; "• 5 —
    ballots needed to settle the seat" counts rounds, no votes."""
    doc = nlp("UNITED NATIONS, 20 October 2006 \u2014 The General Assembly voted again on "
              "Thursday.\n\nBY THE NUMBERS\n\u2022 190 \u2014 states voting in the first round\n"
              "\u2022 126 \u2014 the two-thirds majority required\n\u2022 5 \u2014 ballots needed "
              "to settle the seat\n- 192: member states entitled to vote\n")
    assert [e.text for e in doc.ents if e.label_ == "VOTE_COUNT"] == ["190", "126", "192"]


def test_a_ballot_column_of_a_table_whose_country_is_not_in_the_first_cell(nlp):
    """Decision 309: "| African | Botswana | 186 | — | elected |" under "| Group | State |
    First ballot | Second ballot | Result |": the figure is the row's country's, though the
    first cell holds its group."""
    doc = nlp("On Friday the General Assembly filled 18 of the 54 seats on the Economic and "
              "Social Council.\n\n| Group | State | First ballot | Second ballot | Result |\n"
              "|---|---|---|---|---|\n| African | Botswana | 186 | \u2014 | elected |\n"
              "| Asia-Pacific | Kazakhstan | 121 | 134 | elected |\n")
    assert relations(doc, "RECEIVED_VOTES") == {
        ("Botswana", "RECEIVED_VOTES", "186"), ("Kazakhstan", "RECEIVED_VOTES", "121"),
        ("Kazakhstan", "RECEIVED_VOTES", "134"),
    }


def test_seats_filled_n_of_the_m_members_are_no_votes(nlp):
    doc = nlp("On Thursday the States parties elected nine of the eighteen members of the Human "
              "Rights Committee.")
    assert values(doc, "VOTE_COUNT") == []
    doc = nlp("Thirteen of the council's 15 members voted for the draft.")
    assert values(doc, "VOTE_COUNT") == [("Thirteen", 13), ("15", 15)]
