"""DATE spans and their ISO 8601 values, resolved against datelines and reference dates."""

from __future__ import annotations

import pytest

from helpers import entity, spans, values


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        ("The treaty entered into force on 1 January 2017.", "1 January 2017", "2017-01-01"),
        ("The summit opened on June 8, 2018, in Geneva.", "June 8, 2018", "2018-06-08"),
        ("The office opened in January 2017 after a delay.", "January 2017", "2017-01"),
        ("The office opened in 2017 after a delay.", "2017", "2017"),
        ("The budget for 2017-2018 was approved.", "2017-2018", "2017/2018"),
        ("The budget for 2024\u20132025 was approved.", "2024\u20132025", "2024/2025"),
        ("The budget for 2017/18 was approved.", "2017/18", "2017/2018"),
        ("On 3rd December 2015 the envoys met.", "3rd December 2015", "2015-12-03"),
        ("The protocol dated 29.06.2016 was signed.", "29.06.2016", "2016-06-29"),
        ("The protocol dated 2016-06-29 was signed.", "2016-06-29", "2016-06-29"),
        ("The plant opens in mid-2027 at the earliest.", "mid-2027", "2027"),
        ("The envoys met on the 29th of June in Baku.", "29th of June", "XXXX-06-29"),
    ],
)
def test_calendar_expressions(nlp, text, date, value):
    doc = nlp(text)
    assert values(doc, "DATE") == [(date, value)]
    span = entity(doc, date, "DATE")
    assert text[span.start_char : span.end_char] == date


def test_decade_without_the(nlp):
    text = "Relations were tense in the 1960s."
    doc = nlp(text)
    assert values(doc, "DATE") == [("1960s", "196X")]
    assert entity(doc, "1960s", "DATE").start_char == text.index("1960s")


def test_day_and_month_without_a_year_and_without_a_dateline(nlp):
    doc = nlp("The ministers agreed that they would meet on 29 June.")
    assert values(doc, "DATE") == [("29 June", "XXXX-06-29")]
    assert doc._.document_date is None


def test_month_without_a_year(nlp):
    doc = nlp("The ministers agreed that they would meet again in March.")
    assert values(doc, "DATE") == [("March", "XXXX-03")]


def test_dateline_resolves_a_later_date_without_a_year(nlp):
    text = (
        "Council vote set\n"
        "ALMATY, 28 June 2016 - Diplomats said the vote would take place on 30 June.\n"
    )
    doc = nlp(text)
    assert doc._.document_date == "2016-06-28"
    assert values(doc, "DATE") == [("28 June 2016", "2016-06-28"), ("30 June", "2016-06-30")]


def test_dateline_picks_the_nearest_year_across_new_year(nlp):
    doc = nlp("VIENNA, 30 December 2018 - The new members take their seats on 1 January.")
    assert values(doc, "DATE") == [("30 December 2018", "2018-12-30"), ("1 January", "2019-01-01")]


def test_reference_date_resolves_a_date_without_a_year(nlp_ref):
    doc = nlp_ref("The ministers agreed that they would meet on 30 June.")
    assert doc._.document_date == "2016-06-28"
    assert values(doc, "DATE") == [("30 June", "2016-06-30")]


def test_dateline_wins_over_the_reference_date(nlp_ref):
    doc = nlp_ref("GENEVA, 3 March 2019 - The vote is scheduled for 5 March.")
    assert doc._.document_date == "2019-03-03"
    assert values(doc, "DATE") == [("3 March 2019", "2019-03-03"), ("5 March", "2019-03-05")]


def test_time_of_day_is_not_a_date(nlp):
    doc = nlp("The session closed at 12:46 after a long debate.")
    assert spans(doc, "DATE") == []
    assert ("12:46", "DATE") not in spans(doc)


def test_duration_is_not_a_date(nlp):
    doc = nlp("The council agreed on a two-year review of the mission.")
    assert spans(doc, "DATE") == []


def test_four_digit_count_is_not_a_year(nlp):
    doc = nlp("The mission has 2000 troops in the region.")
    assert spans(doc, "DATE") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ALMATY, 28 June 2016 - Delegates met on Friday to draft the text.", "2016-06-24"),
        ("ALMATY, 28 June 2016 - Delegates will meet on Friday to finish it.", "2016-07-01"),
    ],
)
def test_weekday_is_resolved_with_a_full_dateline(nlp, text, value):
    doc = nlp(text)
    assert values(doc, "DATE") == [("28 June 2016", "2016-06-28"), ("Friday", value)]


def test_weekday_is_resolved_with_a_reference_date(nlp_ref):
    doc = nlp_ref("The minister spoke to reporters on Friday.")
    assert values(doc, "DATE") == [("Friday", "2016-06-24")]


def test_weekday_without_any_anchor_has_no_value(nlp):
    doc = nlp("The minister spoke to reporters on Friday.")
    assert values(doc, "DATE") == [("Friday", None)]


def test_relative_dates_with_a_dateline(nlp):
    doc = nlp("WARSAW, 12 March 2018 - The ministers met today and will meet again next year.")
    assert values(doc, "DATE") == [
        ("12 March 2018", "2018-03-12"),
        ("today", "2018-03-12"),
        ("next year", "2019"),
    ]


def test_relative_months_with_a_dateline(nlp):
    doc = nlp("KYIV, 10 January 2023 - The vote last month was close; talks resume next month.")
    assert values(doc, "DATE") == [
        ("10 January 2023", "2023-01-10"),
        ("last month", "2022-12"),
        ("next month", "2023-02"),
    ]


def test_the_last_month_of_a_term_is_no_relative_date(nlp):
    doc = nlp("KYIV, 10 January 2023 - December, the last month of its term, was busy.")
    assert [text for text, _ in values(doc, "DATE")] == ["10 January 2023", "December"]


def test_modal_may_is_not_a_month(nlp):
    doc = nlp("The ambassador arrived in May. May the talks succeed.")
    assert values(doc, "DATE") == [("May", "XXXX-05")]
    assert entity(doc, "May", "DATE").start_char == 26


def test_the_tense_of_the_governing_verb_picks_the_year(nlp):
    doc = nlp(
        "Bangkok, 10 October 2024 (TNA) – Thailand was elected.\n\nThailand will serve for "
        "2025–2027, starting on 1 January, and previously sat on the council from 2010 to 2013."
    )
    assert ("1 January", "2025-01-01") in values(doc, "DATE")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Tuesday, October 16, 2029\n", "Tuesday, October 16, 2029", "2029-10-16"),
        ("The vote took place on Friday, 8 June 2018, in New York.", "Friday, 8 June 2018",
         "2018-06-08"),
    ],
)
def test_a_weekday_before_its_date_is_one_span(nlp, text, span, value):
    assert values(nlp(text), "DATE") == [(span, value)]


def test_a_weekday_in_a_past_clause_is_the_past_one(nlp):
    doc = nlp(
        "TOKYO, June 10, 2022 (Kyodo) -- Japan was elected Thursday to the Security Council for "
        "a term starting in January, the 12th time the country will sit on the body."
    )
    assert ("Thursday", "2022-06-09") in values(doc, "DATE")
    assert ("January", "2023-01") in values(doc, "DATE")


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        (
            "Astana, 1 July 2016 (Kazinform) - The General Assembly on Thursday elected Italy "
            "to the Council, under a deal by which the Netherlands will take up the seat.",
            "Thursday",
            "2016-06-30",
        ),
        (
            "Bucharest, 3 October 2022 /AGERPRES/ – Romania won a term at the conference that "
            "Bucharest is hosting until 14 October.",
            "14 October",
            "2022-10-14",
        ),
    ],
)
def test_past_verbs_and_the_present_tense_pick_the_date(nlp, text, date, value):
    assert (date, value) in values(nlp(text), "DATE")


def test_present_tense_term_verbs_look_ahead(nlp):
    doc = nlp(
        "UNITED NATIONS, June 11, 2021 (AFP) - Five countries won seats. The newcomers replace "
        "Estonia and Niger, whose terms end on December 31."
    )
    assert ("December 31", "2021-12-31") in values(doc, "DATE")


def test_a_session_that_opens_in_a_month_is_ahead(nlp):
    doc = nlp(
        "NEW YORK, 7 June 2019 – The Assembly elected its President for the seventy-fourth "
        "session, which opens in September."
    )
    assert ("September", "2019-09") in values(doc, "DATE")


def test_a_nineteenth_century_year(nlp):
    doc = nlp("The ITU, founded in Paris in 1865, has 193 member states.")
    assert [(e.text, e._.value) for e in doc.ents if e.label_ == "DATE"] == [("1865", "1865")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UNITED NATIONS, June 14, 2013 - Ashe said the session would focus on development, "
            "the theme he had chosen for the general debate in September.",
            "2013-09",
        ),
        (
            "Valletta, 2 January 2024 - The compromise was sealed when foreign ministers met in "
            "Skopje at the end of November.",
            "2023-11",
        ),
        (
            "Vientiane, 11 October 2024 - The minister said Kuala Lumpur would host the first "
            "summit of next year in May.",
            "2025-05",
        ),
    ],
)
def test_the_year_of_a_month_without_one(nlp, text, expected):
    values = [e._.value for e in nlp(text).ents if e.label_ == "DATE"]
    assert values[-1] == expected


@pytest.mark.parametrize("word", ["each", "every"])
def test_a_recurring_month_is_no_date(nlp, word):
    doc = nlp(f"The commission meets {word} March in New York; it met in March.")
    assert spans(doc, "DATE") == [("March", "DATE")]
    assert entity(doc, "March", "DATE").start_char > 40


@pytest.mark.parametrize("word", ["resolution", "Resolution"])
def test_a_resolution_number_is_no_year(nlp, word):
    doc = nlp(f"Part A of {word} 1991 (XVIII) was adopted in 1963.")
    assert spans(doc, "DATE") == [("1963", "DATE")]
    assert spans(doc, "ORG") == []


def test_a_headline_date_is_no_dateline(nlp):
    doc = nlp("Assembly Designates 11 July As Day Of Remembrance\n\nNEW YORK, 23 May — The "
              "General Assembly today adopted the text.")
    assert values(doc, "DATE")[1:] == [("23 May", "XXXX-05-23"), ("today", "XXXX-05-23")]


def test_a_published_line_with_a_time_is_the_dateline(nlp):
    doc = nlp("Published: May 05, 2024 18:22\n\nThe summit closed on Sunday.")
    assert values(doc, "DATE")[-1] == ("Sunday", "2024-05-05")


def test_a_past_verb_sets_the_weekday_before_the_dateline(nlp):
    doc = nlp("Hanoi, January 10, 2020 (VNA) - The minister on Thursday chaired an open debate.")
    assert values(doc, "DATE")[-1] == ("Thursday", "2020-01-09")


def test_the_first_date_of_a_range_takes_the_year_of_the_second(nlp):
    doc = nlp("Vientiane, 11 October 2024 - Malaysia will chair ASEAN from 1 January to 31 "
              "December 2025.")
    assert values(doc, "DATE")[1:] == [("1 January", "2025-01-01"),
                                        ("31 December 2025", "2025-12-31")]


def test_a_date_after_must_is_ahead(nlp):
    doc = nlp("Paris, 14 October 2017 (AFP) - Her nomination must be approved by the General "
              "Conference on November 10.")
    assert values(doc, "DATE")[-1] == ("November 10", "2017-11-10")


@pytest.mark.parametrize(
    ("dateline", "sentence", "value"),
    [
        # "would" speaks of the future
        ("LIMA, October 3, 2031", "Rome said it would host the first meeting in June.", "2032-06"),
        # a verb of an earlier coordinated clause does not govern the month
        ("LIMA, March 3, 2031", "Chile signed first, and Peru plans to ratify the "
         "treaty in September.", "2031-09"),
        # "would ... after" an event: the month is the event's, the nearest one
        ("LIMA, October 3, 2031", "Oslo said it would act after the floods in June.", "2031-06"),
    ],
)
def test_would_and_coordinated_clauses_set_the_year_of_a_month(nlp, dateline, sentence, value):
    doc = nlp(f"{dateline} (AFP) - {sentence}")
    assert values(doc, "DATE")[-1][1] == value


def test_a_relative_month_under_a_yearless_dateline(nlp):
    doc = nlp("ROME, Dec 2 (Reuters) - His term ends next month; it began last month.")
    assert values(doc, "DATE")[1:] == [("next month", "XXXX-01"), ("last month", "XXXX-11")]


def test_participles_and_modals_before_a_date(nlp):
    doc = nlp("PARIS, Sept 22, 2031 (AFP) - The choice must still be approved on October 15.")
    assert values(doc, "DATE")[-1] == ("October 15", "2031-10-15")
    doc = nlp("Geneva, 14 November 2031 – The members chosen on Thursday will serve from 2033.")
    assert values(doc, "DATE")[1] == ("Thursday", "2031-11-13")


def test_would_have_speaks_of_the_past(nlp):
    doc = nlp("Ankara, 28 October 2031 (AA) - The text would have condemned the attacks on "
              "7 November.")
    assert values(doc, "DATE")[-1] == ("7 November", "2030-11-07")


def test_would_does_not_govern_the_day_of_an_election(nlp):
    doc = nlp("BRIDGETOWN, July 1, 2031 (CMC) - The summit would take up the dispute over the "
              "March 2 general election in Guyana.")
    assert values(doc, "DATE")[-1] == ("March 2", "2031-03-02")


@pytest.mark.parametrize(
    "header",
    ["Press Release No. 187/2031, 9 June 2031", "Lima and Santiago, 9 June 2031"],
)
def test_datelines_with_release_numbers_and_two_places(nlp, header):
    doc = nlp(f"Joint Statement\n{header}\n\nThe vote took place yesterday.")
    assert values(doc, "DATE")[-1] == ("yesterday", "2031-06-08")


def test_a_reported_clause_after_that_has_its_own_tense(nlp):
    doc = nlp("Ashgabat, 7 April 2031\nThe Ministry is pleased to inform that on Wednesday the "
              "Council elected Turkmenistan to the Board.")
    assert values(doc, "DATE")[-1] == ("Wednesday", "2031-04-02")


@pytest.mark.parametrize(
    "text, document_date",
    [
        # a masthead line with bars
        ("Harbour Post | Suva | 4 March 2019\n\nThe vote was held yesterday.", "2019-03-04"),
        # an agency's initials between the date and the dash
        ("Vote Results\n\nVientiane, May 9, 2021 KPL -- The vote was held yesterday.",
         "2021-05-09"),
    ],
)
def test_datelines_with_bars_and_agency_initials(nlp, text, document_date):
    doc = nlp(text)
    assert doc._.document_date == document_date
    assert values(doc, "DATE")[-1][0] == "yesterday"


def test_a_month_after_a_regular_past_verb_is_in_the_past(nlp):
    doc = nlp("OSLO, 10 October 2022 - The envoy summed up the mood of the room in February.")
    assert values(doc, "DATE")[-1] == ("February", "2022-02")
    # without a past form the nearest February stands
    doc = nlp("OSLO, 10 October 2022 - The next debate in February.")
    assert values(doc, "DATE")[-1] == ("February", "2023-02")
    # a day of an event after a past verb keeps the nearest year
    doc = nlp("OSLO, 7 June 2023 - He described the vote, weeks before the elections of 24 June.")
    assert values(doc, "DATE")[-1] == ("24 June", "2023-06-24")


@pytest.mark.parametrize(
    "text, date, value",
    [
        ("PARIS, Tuesday 14 June 2016 - The vote was held.", "Tuesday 14 June 2016", "2016-06-14"),
        ("Fri 14 Oct 2022 07.00 BST\n\nThe vote was held.", "Fri 14 Oct 2022", "2022-10-14"),
        ("The vote is due on Sat, 3 May 2025.", "Sat, 3 May 2025", "2025-05-03"),
    ],
)
def test_a_weekday_without_a_comma_or_abbreviated_joins_its_date(nlp, text, date, value):
    assert (date, value) in values(nlp(text), "DATE")


def test_an_abbreviated_weekday_alone_is_no_date(nlp):
    assert spans(nlp("Wed the results to the plan, said Sat."), "DATE") == []


def test_a_masthead_with_upper_case_prepositions_and_irregular_past_verbs(nlp):
    doc = nlp("THE HARBOUR COURIER | WORLD IN BRIEF | Thursday 5 June 2025\n\nThe vote was on "
              "Monday.")
    assert doc._.document_date == "2025-06-05"
    assert values(doc, "DATE")[-1] == ("Monday", "2025-06-02")
    doc = nlp("Ledger\nOctober 14, 2022\n\nThe defeat fits a pattern. In April, Russia lost a "
              "series of votes.")
    assert values(doc, "DATE")[-1] == ("April", "2022-04")


def test_the_first_date_between_two_takes_the_second_ones_year(nlp):
    doc = nlp("The rounds were held between Oct. 16 and Nov. 1, 2006, at the UN.")
    assert values(doc, "DATE") == [("Oct. 16", "2006-10-16"), ("Nov. 1, 2006", "2006-11-01")]


@pytest.mark.parametrize(
    "header, document_date",
    [
        # volume and issue numbers before the date
        ("THE HARBOUR REVIEW\nVol. 7, No. 15 \u2014 Monday, 2 March 2031", "2031-03-02"),
        ("RIGHTS DIGEST\nIssue 12 | Vienna | 2 March 2031", "2031-03-02"),
        # a lower-case masthead word, and a weekday without a comma
        ("The Harbour Review\nVienna edition | Monday 2 March 2031", "2031-03-02"),
        # a byline after the date
        ("A blog about the Assembly\n\nPosted 2 March 2031 by Jane Roe", "2031-03-02"),
    ],
)
def test_masthead_numbers_editions_and_bylines_around_the_dateline(nlp, header, document_date):
    doc = nlp(f"{header}\n\nThe vote was held yesterday. Update, 9 May 2032: nothing changed.")
    assert doc._.document_date == document_date
    assert ("yesterday", "2031-03-01") in values(doc, "DATE")


def test_a_date_in_a_sentence_under_the_masthead_is_no_dateline(nlp):
    doc = nlp("The Harbour Review\n\nThe report issue was settled on 2 March 2031.\n\n"
              "The vote was held yesterday.")
    assert doc._.document_date is None


def test_a_past_verb_right_after_the_weekday_wins_over_a_later_future_cue(nlp):
    doc = nlp("Vienna, Saturday 14 November 2026\n\nThe Assembly on Friday filled the seats "
              "of the Commission for a term beginning 1 January 2028.")
    assert ("Friday", "2026-11-13") in values(doc, "DATE")
    doc = nlp("Vienna, Saturday 14 November 2026\n\nThe Assembly will meet on Friday to fill "
              "the seats.")
    assert ("Friday", "2026-11-20") in values(doc, "DATE")


def test_a_mixed_case_agency_before_the_dateline_date(nlp):
    doc = nlp("Headline Here\n\nGENEVA (HealthWire) \u2014 Tuesday, May 23, 2017\n\n"
              "The Assembly voted on Tuesday.")
    assert doc._.document_date == "2017-05-23"
    assert ("Tuesday", "2017-05-23") in values(doc, "DATE")


def test_steps_down_is_a_present_with_future_meaning(nlp):
    doc = nlp("BUCHAREST, Sept. 30, 2022 - He has held the post since 2015 and steps down on "
              "Dec. 31.")
    assert ("Dec. 31", "2022-12-31") in values(doc, "DATE")


def test_a_markdown_dateline_with_a_middle_dot_byline(nlp):
    doc = nlp("# The Digest\n\n*Friday, 8 June 2029 \u00b7 by Jane Roe*\n\nThe vote was held on "
              "Thursday.")
    assert doc._.document_date == "2029-06-08"
    assert ("Thursday", "2029-06-07") in values(doc, "DATE")


def test_seats_that_fall_vacant_are_in_the_future(nlp):
    doc = nlp("UNITED NATIONS, Nov. 11, 2032 - The Assembly on Thursday filled four seats that "
              "fall vacant in February.")
    assert ("February", "2033-02") in values(doc, "DATE")


def test_a_regular_past_before_the_month_wins_over_a_later_present(nlp):
    doc = nlp("Press Release\n7 March 2029\n\nShe succeeds Tom Varna, who completed his "
              "assignment in January and to whom the Secretary-General is grateful.")
    assert ("January", "2029-01") in values(doc, "DATE")
    # with no past form before it, the later present still reads forward
    doc = nlp("Press Release\n7 March 2029\n\nThe next session in January is expected to "
              "be short.")
    assert ("January", "2030-01") in values(doc, "DATE")


def test_a_weekday_after_winning_is_past_under_a_future_main_verb(nlp):
    doc = nlp("PACIFIC CHRONICLE | World | Friday 6 June 2031\n\nFiji will sit on the Council "
              "after winning the seat on Thursday.")
    assert ("Thursday", "2031-06-05") in values(doc, "DATE")
    doc = nlp("OSLO, Friday 6 June 2031 - Fiji will take its seat after the vote on Thursday.")
    assert ("Thursday", "2031-06-12") in values(doc, "DATE")


def test_a_present_seat_verb_reads_the_end_of_the_term_forward(nlp):
    doc = nlp("UNITED NATIONS, Oct. 10, 2023 - Dervishi said Albania, which sits on the Security "
              "Council until Dec. 31, would use both seats.")
    assert ("Dec. 31", "2023-12-31") in values(doc, "DATE")


@pytest.mark.parametrize(
    "header, document_date",
    [
        ("Published 17/10/2019 - 19:32", "2019-10-17"),  # day first: 17 is no month
        ("Wed, 05/10/2006", "2006-05-10"),  # the weekday picks month first
        ("Fri, 05/10/2006", "2006-10-05"),  # ... or day first
        ("Jane Roe  |13.10.2026 - Update : 14.10.2026", "2026-10-13"),  # padded bar
    ],
)
def test_slash_dates_and_padded_bars_in_the_dateline(nlp, header, document_date):
    doc = nlp(f"Headline\n\n{header}\n\nThe vote was held yesterday.")
    assert doc._.document_date == document_date


def test_a_reported_clause_after_inform_the_public_that(nlp):
    doc = nlp("Press Release No. 41/2024, 25 April 2024\n\nThe Ministry is pleased to inform the "
              "general public that on Tuesday, the Council elected Ghana to the Board for a "
              "three-year term beginning on 1 January 2025.")
    assert ("Tuesday", "2024-04-23") in values(doc, "DATE")


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("The African Union endorsed the candidacy at its summit in February.", "2026-02"),
        ("The case is before the Court, which ruled in April that it can hear it.", "2026-04"),
        ("The vote is scheduled in April.", "2027-04"),
    ],
)
def test_a_past_act_at_an_event_and_a_past_form_right_before_the_month(nlp, sentence, value):
    doc = nlp(f"ACCRA, 10 November 2026 - {sentence}")
    assert values(doc, "DATE")[-1][1] == value


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        ("QUITO, 7 June 2018 - If so, the 128 votes of Tuesday are a useful map.",
         "Tuesday", "2018-06-05"),
        ("Buenos Aires, 9 November 2006\n\nKofi Annan, who leaves office on 31 December, had "
         "urged the group to settle.", "31 December", "2006-12-31"),
    ],
)
def test_results_of_a_weekday_are_past_and_leaving_office_is_to_come(nlp, text, date, value):
    assert (date, value) in values(nlp(text), "DATE")


def test_a_day_in_words_of_a_month(nlp):
    doc = nlp(
        "Ljubljana, 6 June 2023\n\nSlovenia takes its seat on the first of January 2024 and "
        "hands over on the twenty-first of June."
    )
    assert values(doc, "DATE")[1:] == [
        ("first of January 2024", "2024-01-01"), ("twenty-first of June", "2023-06-21")
    ]


def test_a_dated_note_and_an_irregular_past_after_a_weekday(nlp):
    note = nlp(
        "Lisbon, Wednesday, 5 October 2016 — transcript\n\nThe vote is tomorrow.\n\nTranscript "
        "note, added 13 October 2016: The Council adopted the resolution on 6 October."
    )
    assert ("6 October", "2016-10-06") in values(note, "DATE")
    brief = nlp(
        "SKOPJE, 1 December 2023 – Malta will chair the OSCE next year, after ministers "
        "meeting in Skopje on Thursday broke a deadlock."
    )
    assert ("Thursday", "2023-11-30") in values(brief, "DATE")


def test_a_published_line_with_a_section(nlp):
    doc = nlp("Headline\n\nBy Dana Omir\n\nPublished 16.03.2011 in Nation\n\nIt was announced on "
              "March 12.")
    assert doc._.document_date == "2011-03-16"
    assert ("March 12", "2011-03-12") in values(doc, "DATE")


@pytest.mark.parametrize(
    ("text", "document_date", "expected"),
    [
        ("Seoul Daily Bulletin | 2023.06.07 09:12\n\nKorea won on Tuesday and starts on Jan. 1.",
         "2023-06-07", [("Tuesday", "2023-06-06"), ("Jan. 1", "2024-01-01")]),
        ("Bangkok Morning Digest\nPublished: 29 Jun 2016 at 06:00\n\nThailand lost on Tuesday.",
         "2016-06-29", [("Tuesday", "2016-06-28")]),
        ("Seoul, 7 June 2023\n\nKorea joins next January; it announced its bid last September.",
         "2023-06-07", [("next January", "2024-01"), ("last September", "2022-09")]),
    ],
)
def test_year_first_dates_published_at_and_last_or_next_month(nlp, text, document_date,
                                                               expected):
    doc = nlp(text)
    assert doc._.document_date == document_date
    found = values(doc, "DATE")
    assert all(pair in found for pair in expected)


def test_a_second_dateline_and_a_fronted_weekday_before_a_past_verb(nlp):
    doc = nlp(
        "THE COROMANDEL CHRONICLE\nChennai | Tuesday, 21 November 2017 | International\n\n"
        "NEW YORK, Nov. 20: India will stay on the court.\n\n## The Assembly\n\nOn Monday the "
        "General Assembly filled the seats, and it will meet again."
    )
    assert ("Nov. 20", "2017-11-20") in values(doc, "DATE")
    assert ("Monday", "2017-11-20") in values(doc, "DATE")


def test_balloting_resumes_on_a_coming_weekday(nlp):
    doc = nlp("CASPIAN LEDGER — LIVE\nFriday, 21 October 2011\n\nThe President adjourned the "
              "meeting; balloting resumes on Monday.")
    assert ("Monday", "2011-10-24") in values(doc, "DATE")


@pytest.mark.parametrize(
    ("text", "document_date", "expected"),
    [
        ("Santiago, May 2, 2005.- Chile's minister was elected today. The vote was on April 29.",
         "2005-05-02", [("today", "2005-05-02"), ("April 29", "2005-04-29")]),
        ("Tehran, Ordibehesht 1, 1400 (April 21, 2021) – Iran was elected on Wednesday.",
         "2021-04-21", [("Wednesday", "2021-04-21")]),
    ],
)
def test_spanish_dateline_stop_and_a_gregorian_date_in_brackets(nlp, text, document_date,
                                                                expected):
    doc = nlp(text)
    assert doc._.document_date == document_date
    found = values(doc, "DATE")
    assert all(pair in found for pair in expected)


@pytest.mark.parametrize(
    ("question", "value"),
    [("When does he start?", "2022-10-01"), ("When did he start?", "2021-10-01")],
)
def test_an_answer_without_a_verb_takes_the_tense_of_its_question(nlp, question, value):
    doc = nlp(f"Geneva, 26 March 2022\n\n{question}\n\nOn 1 October, for a five-year term.")
    assert ("1 October", value) in values(doc, "DATE")


def test_an_ordinal_day_of_a_month_keeps_its_year(nlp):
    doc = nlp("It starts on the 1st of January 2019, after the vote of 29th of June, 2016.")
    assert values(doc, "DATE") == [("1st of January 2019", "2019-01-01"),
                                   ("29th of June, 2016", "2016-06-29")]


def test_take_is_a_coming_step_joined_a_past_one_and_answers_need_no_verb(nlp):
    doc = nlp("Brussels, Tuesday, 31 December 2024\n\nDenmark and Greece, elected in June, take "
              "their seats on 1 January for 2025-2026.")
    assert ("1 January", "2025-01-01") in values(doc, "DATE")
    doc = nlp("New Delhi, 03 Mar 2022\n\nWho else sits on the council this year?\n\nAlbania and "
              "Brazil joined the council on 1 January for 2022-2023.")
    assert ("1 January", "2022-01-01") in values(doc, "DATE")
    doc = nlp("Kingstown, Thursday 13 June 2019\n\nQ: When do you take the seat?\n\nMINISTER: On 1 "
              "January.")
    assert ("1 January", "2020-01-01") in values(doc, "DATE")


def test_roman_month_dates_and_a_report_dateline_under_a_masthead_date(nlp):
    doc = nlp("DANUBE PRESS SERVICE\nDPS/FOREIGN/1955/2231 · 14.XII.1955 · 23:40 CET\n\nVIENNA — "
              "Austria was admitted today. It applied on 7.I.1950.")
    assert doc._.document_date == "1955-12-14"
    assert ("7.I.1950", "1950-01-07") in values(doc, "DATE")
    doc = nlp("THE RANGOON MIRROR\nSaturday, 4th November, 1961\n\nUNITED NATIONS, Nov. 3 — "
              "U Thant was today appointed. Zorin dropped the demand on Monday, and the Ministry "
              "declared Monday a day of thanksgiving.")
    assert values(doc, "DATE")[-3:] == [("today", "1961-11-03"), ("Monday", "1961-10-30"),
                                        ("Monday", "1961-11-06")]


def test_last_and_next_weekdays(nlp):
    doc = nlp("Kingstown, Thursday 13 June 2019\n\nIt was elected last Friday, meets next Monday "
              "and met last Thursday; next Thursday it votes.")
    assert values(doc, "DATE")[1:] == [("last Friday", "2019-06-07"), ("next Monday", "2019-06-17"),
                                       ("last Thursday", "2019-06-06"),
                                       ("next Thursday", "2019-06-20")]


def test_digest_items_keep_their_own_datelines(nlp):
    doc = nlp("THE MERIDIAN BRIEF | World in Brief | Saturday, 9 June 2018\n\n**UNITED NATIONS, "
              "June 5 —** The Council voted today.\n\n**A Bulgarian at UNESCO.** PARIS, June 7 — "
              "The board met today.\n\n**LA MALBAIE, Quebec, June 9 —** The summit closed today; "
              "he is due to meet Kim on Tuesday.")
    assert doc._.document_date == "2018-06-09"
    assert [v for t, v in values(doc, "DATE") if t in {"today", "Tuesday"}] == [
        "2018-06-05", "2018-06-07", "2018-06-09", "2018-06-12"]


def test_a_week_in_review_reads_each_day_heading_until_the_next_heading(nlp):
    doc = nlp("KESTREL WEEKLY · The Week in Review · Saturday 21 October 2006\n\nFRIDAY, 13 OCTOBER"
              "\nBan was appointed. The Council had recommended him on Monday.\n\nTUESDAY TO "
              "THURSDAY\nOn Tuesday Guatemala peaked at 116 votes.\n\nLOOKING AHEAD\nBalloting "
              "resumes on Wednesday.")
    assert values(doc, "DATE")[-3:] == [("Monday", "2006-10-09"), ("Tuesday", "2006-10-17"),
                                        ("Wednesday", "2006-10-25")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("United Nations, June 6, 2023 (AFP) - Russia lost. Last year it was also defeated in "
         "April.",
         ("April", "2022-04")),
        ("United Nations, June 6, 2023 (AFP) - Diplomats said it would be watched ahead of the "
         "October vote.", ("October", "2023-10")),
        ("Vienna, Saturday 17 October 2009\n\nShe succeeds Matsuura, Director-General since 1999, "
         "on 15 November.", ("15 November", "2009-11-15")),
        ("Saturday 21 October 2006\n\nThe Latin American seat that Argentina vacates on 31 "
         "December became a duel.", ("31 December", "2006-12-31")),
        ("By MIRIAM OKONJO\n\nUpdated 5:12 PM EDT, October 11, 2022\n\nUNITED NATIONS (AP) — "
         "Venezuela failed Tuesday to win.", ("Tuesday", "2022-10-11")),
        ("June 6, 2024 at 3:45 PM EDT\n\n**When do they start?**\n\nOn Jan. 1. Their terms run "
         "two years.", ("Jan. 1", "2025-01-01")),
    ],
)
def test_years_said_before_events_ahead_and_bold_questions(nlp, text, expected):
    assert expected in values(nlp(text), "DATE")


def test_a_broadcast_date_and_dated_lines_of_a_review(nlp):
    doc = nlp("CASPIAN RADIO — World Service\nTranscript: \"Diplomatic Week\", broadcast 25 "
              "October 2011\n\nASLANOV: Yesterday the Assembly voted.")
    assert doc._.document_date == "2011-10-25"
    assert ("Yesterday", "2011-10-24") in values(doc, "DATE")
    doc = nlp("THE STEPPE DIPLOMAT | Weekly Bulletin | Sunday, 16 October 2022\n\n12 October – "
              "CICA summit opens\n\nLeaders gathered in Astana.")
    assert ("12 October", "2022-10-12") in values(doc, "DATE")


def test_a_day_of_next_or_last_year_is_one_date(nlp):
    doc = nlp("Seoul, 6 June 2030\n\nThe new members join the Council on 1 January next year; "
              "the bid was launched on 3 May last year.")
    assert values(doc, "DATE")[1:] == [("1 January next year", "2031-01-01"),
                                       ("3 May last year", "2029-05-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("VOLGA RADIO — World Service\nWeekly commentary, broadcast 22 November 1985\n\n"
         "GRIGORYEV: On Wednesday in Geneva the leaders met.", ("Wednesday", "1985-11-20")),
        ("Zagreb, Thursday 27 June 2019\n\nCroatia chaired the Committee of Ministers from May to "
         "November 2018.", ("May", "2018-05")),
        ("Thursday, 4 January 2018\n\nLIMA — The diplomat who will speak for it there presented "
         "her credentials in New York on Tuesday.", ("Tuesday", "2018-01-02")),
        ("Saturday, 29 October 2011\n\nFRIDAY, 21 OCTOBER\nNeither reached the 129 needed, and "
         "the Assembly adjourned until Monday.", ("Monday", "2011-10-24")),
        ("Saturday, 25 May 2024\n\nSouth Korea will take over in June, followed by Russia in "
         "July.", ("July", "2024-07")),
    ],
)
def test_broadcast_lines_month_ranges_past_forms_and_until(nlp, text, expected):
    assert expected in values(nlp(text), "DATE")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE OBSERVER\nSaturday 26 October 2024\n\n**So why did it take until Friday?**\n"
         "Because a sounding is not consensus.", ("Friday", "2024-10-25")),
        ("Saturday, 26 October 2024\n\nIt took until Friday to agree.", ("Friday", "2024-10-25")),
        ("Saturday, 26 October 2024\n\nKim was chosen in Dubai in 2018. Meng, president from "
         "2016, vanished on a trip home that September.", ("September", "2018-09")),
        ("Friday, 20 October 2023\n\nThe Assembly elected five states for 2024-2025. Of the "
         "ballots cast in that June 6 election, Guyana secured 191.", ("June 6", "2023-06-06")),
        ("Friday, 20 July 2012\n\nJULY SUMMIT, 15 July (34 votes needed)\n\nShe told the "
         "Assembly on Monday that it was a victory.", ("Monday", "2012-07-16")),
    ],
)
def test_waits_that_over_that_month_and_table_captions(nlp, text, expected):
    assert expected in values(nlp(text), "DATE")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE STAR\nCOLOMBO, SATURDAY, MAY 14, 1983\n\nUNITED NATIONS, May 12.\n\nSri Lanka "
         "was re-elected yesterday.", ("yesterday", "1983-05-11")),
        ("THE LEDGER\nTuesday, 7 January 2020\n\nWe reprint the dispatch below.\n\n"
         "UNITED NATIONS, 7th January, 1980 \u2014 The Assembly elected Mexico.\n\nBoth rivals "
         "withdrew on Sunday.", ("Sunday", "1980-01-06")),
        ("THE DIGEST\nMonday, 13 October 2025\n\n3 November 1961 \u2013 A diplomat takes the top "
         "job\nHe was appointed after his predecessor died in September.\n\nThe Assembly meets "
         "in September.", ("September", "1961-09")),
        ("THE DIGEST\nMonday, 13 October 2025\n\n3 November 1961 \u2013 A diplomat takes the top "
         "job\nHe was appointed after his predecessor died in a crash.\n\nThe Assembly met "
         "in September.", ("September", "2025-09")),
        ("Digest | 20 September 2025\n\n1 January 2025 \u2013 Barbados took the chair, which it "
         "held until 30 June.", ("30 June", "2025-06-30")),
    ],
)
def test_reprinted_dispatches_and_dated_items_of_other_years_anchor_their_dates(
    nlp, text, expected
):
    assert expected in values(nlp(text), "DATE")


def test_upper_case_may_is_a_month_only_with_a_day(nlp):
    doc = nlp("COLOMBO, SATURDAY, MAY 14, 1983\n\nTHE COUNCIL MAY VOTE AGAIN.")
    assert values(doc, "DATE") == [("SATURDAY, MAY 14, 1983", "1983-05-14")]


def test_a_weekday_without_a_tense_reads_its_next_mention(nlp):
    doc = nlp("THE EXAMINER\nWednesday, April 8, 1953\n\nAssembly confirms Hammarskjold; oath "
              "on Friday\n\nThe President will administer the oath of office on Friday.")
    assert values(doc, "DATE")[1:] == [("Friday", "1953-04-10"), ("Friday", "1953-04-10")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guatemala City, November 12, 2021.- The Assembly chose four judges.\n\nPostscript "
         "(25 November): Meeting in San Jose, the judges elected a president.",
         ("25 November", "2021-11-25")),
        ("MARITIME BULLETIN | Friday, 2 August 1996\n\nThe States chose 21 judges.\n\nNote "
         "added 21.X.1996: Meeting at the start of October, the judges elected a President.",
         ("October", "1996-10")),
        ("KHARTOUM, Jan. 23, 2006 (AfriLex) \u2014 The Executive Council, which prepares the "
         "summit of heads of state opening here on Tuesday, voted by secret ballot.",
         ("Tuesday", "2006-01-24")),
        ("PARIS, 15 November 2017 \u2014 Before closing on Tuesday, the Conference elected 30 "
         "Member States.", ("Tuesday", "2017-11-14")),
    ],
)
def test_notes_added_later_and_events_opening_on_a_day(nlp, text, expected):
    assert expected in values(nlp(text), "DATE")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BUCHAREST, 5 October 2022 \u2014 Region D and Region E, with 13 seats each, vote on "
         "Thursday.", ("Thursday", "2022-10-06")),
        ("Tuesday, 4 November 1980\n\nThe new Council meets on Thursday.",
         ("Thursday", "1980-11-06")),
        ("Monday, 1 January 2024\n\nMinisters confirmed it in Skopje on 30 November and 1 "
         "December, where they also agreed that Finland would chair in 2025.",
         ("30 November", "2023-11-30")),
        ("Friday, 18 October 2013\n\nSaudi Arabia won a seat in the vote on Thursday.",
         ("Thursday", "2013-10-17")),
    ],
)
def test_present_events_and_relative_clauses_after_a_date(nlp, text, expected):
    assert expected in values(nlp(text), "DATE")


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        # a masthead's last segment after a dash dates the yearless item datelines
        ("HUDSON RIVER WIRE\nDaily briefing \u2014 Wednesday, June 4, 2025\n\nUNITED NATIONS, "
         "June 2 \u2014 Baerbock was elected on Monday.\n", "June 2", "2025-06-02"),
        # an item's dateline after a bold lead-in dates its weekdays
        ("THE LAKESIDE LEDGER\nRights | Monday, 18 January 2021\n\n**Fifteen seats filled.** "
         "NEW YORK, 13 October 2020 \u2014 The General Assembly on Tuesday chose 15 states.\n",
         "Tuesday", "2020-10-13"),
        # a modal passive is still to come
        ("STRAITS EVENING POST \u00b7 World \u00b7 Thursday, June 18, 2020\n\nSeveral governments "
         "had questioned whether a full session could be held in September at all.\n",
         "September", "2020-09"),
        # a relative clause holding the date has its own tense
        ("TURTLE BAY NOTEBOOK \u2014 Protocol Diary\nFriday, 12 March 2027\n\nBrazil on Thursday "
         "put forward its candidate for the FAO, where the incumbent completes his second term "
         "on 31 July.\n", "31 July", "2027-07-31"),
    ],
)
def test_item_and_masthead_dates_and_tenses(nlp, text, date, value):
    assert entity(nlp(text), date, "DATE")._.value == value


def test_a_possessive_weekday_told_in_the_past_before_stays_past(nlp):
    doc = nlp("AIRWAYS MONITOR | Issue 212 | Wednesday, 4 October 2028\n\nMONTREAL \u2014 It was "
              "the last of the three ballots, held on Monday, that produced the drama.\n\nMonday's "
              "ballot is best told region by region.\n")
    assert values(doc, "DATE") == [("Wednesday, 4 October 2028", "2028-10-04"),
                                   ("Monday", "2028-10-02"), ("Monday", "2028-10-02")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a future word before "after winning": the day is the win's, past (decision 222)
        ("Ireland will take a seat on the Council in January after winning 128 votes in the "
         "Assembly on Wednesday.", "2020-06-17"),
        ("Ireland takes its seat after winning the vote on Wednesday.", "2020-06-17"),
        # no "-ing" clause: the coming day
        ("Ireland will take its seat on Wednesday.", "2020-06-24"),
    ],
)
def test_a_weekday_after_winning_is_past_whatever_future_word_comes_before(
    nlp, sentence, value
):
    doc = nlp("THE LIFFEY CHRONICLE\nThursday, 18 June 2020\n\n" + sentence + "\n")
    assert ("Wednesday", value) in values(doc, "DATE")


def test_a_relative_clause_after_a_fronted_day_keeps_its_own_time(nlp):
    doc = nlp("Monday, 28 March 2022\n\nOn Friday the ILO Governing Body, the tripartite council "
              "of governments, employers and workers that runs the International Labour "
              "Organization between its annual conferences, elected Gilbert F. Houngbo of Togo.")
    assert ("Friday", "2022-03-25") in values(doc, "DATE")


def test_a_candidate_who_stands_on_a_weekday_is_ahead(nlp):
    doc = nlp("DOHA, 12 November 2026 \u2014 ITU Secretary-General Doreen Bogdan-Martin, who "
              "stands for a second term on Monday, congratulated the incoming members.")
    assert ("Monday", "2026-11-16") in values(doc, "DATE")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("VIENNA22 September 2028 | 18:05\n\n- The Conference was presided over by Ambassador "
         "Tariq Mahmood Qureshi of Pakistan, who was elected its President at the opening on "
         "Monday.", ("Monday", "2028-09-18")),
        ("THE L\u00c9MAN LEDGER | Geneva Diplomatic Diary | Saturday, 6 April 2024\n\nOn "
         "Thursday Valovaya hosts the spring reception for the consular corps.",
         ("Thursday", "2024-04-11")),
        ("ACCRA, Wednesday 11 March 2026\n\nText.\n\nUpdate, 12 March 2026: The Ministry said "
         "on Thursday that the Geneva nominee will also be accredited.",
         ("Thursday", "2026-03-12")),
        ("The River Plate Chronicle, 14 March 2026\n\nIn 1990 Lacalle named him Permanent "
         "Representative of Uruguay to the United Nations, a post he took up in April of that "
         "year.", ("April", "1990-04")),
    ],
)
def test_weekdays_and_months_in_notes_nouns_and_that_year(nlp, text, expected):
    assert expected in values(nlp(text), "DATE")


def test_a_letter_with_a_stop_before_the_ends_a_sentence(nlp):
    """Decision 279: "... from List E. The FAO Council elects the other six in June." – a
    capital letter and a stop before "The" is no initial: a new sentence, whose month takes
    the dateline's year (not the year of a date in the sentence before)."""
    doc = nlp("Week in review | Friday, 16 April 2027\n\nThe Council chose six members, for "
              "terms starting on 1 January 2028: Sudan from List A, and Hungary from List E. "
              "The FAO Council elects the other six in June.")
    assert [s.text.strip()[:18] for s in doc.sents][-1] == "The FAO Council el"
    assert ("June", "2027-06") in values(doc, "DATE")


def test_a_timeline_entrys_year_dates_its_line(nlp):
    """Decision 279: a line opening with a year and a dash ("2000 — In October, ...") gives
    that year to the dates without one on it."""
    doc = nlp("OSLO, Wednesday, 20 June 2029 \u2014 A timeline.\n\n2000 \u2014 In October, "
              "Norway and Ireland win the two Western seats.\n2020 \u2014 On 17 June, Norway "
              "wins again.\n")
    assert ("October", "2000-10") in values(doc, "DATE")
    assert ("17 June", "2020-06-17") in values(doc, "DATE")


def test_weekdays_of_coming_business_and_of_a_bracketed_title(nlp):
    """Decision 279: "The Council returns to it on Tuesday", "elections follow on Tuesday"
    speak of the coming Tuesday; in "An article on Thursday ("New faces on the Board", page
    19) misreported ..." the words in brackets do not date the Thursday."""
    doc = nlp("THE EXAMINER\nMonday 17 June 2030\n\nThe Council returns to it on Tuesday. "
              "Subsidiary-body elections follow on Wednesday. An article on Thursday (\"New "
              "faces on the Board\", page 19) misreported the ballot.")
    assert values(doc, "DATE")[1:] == [
        ("Tuesday", "2030-06-18"), ("Wednesday", "2030-06-19"), ("Thursday", "2030-06-13")
    ]


def test_a_month_in_capitals_heading_a_digest_item(nlp):
    """Decision 291: "MARCH — A new face at the League." – a month in capitals opening a line
    before a dash or colon is a month (MAY too), of the year its item's first sentence points
    to (past here); "YOU MAY —" in a line's middle stays a word."""
    doc = nlp("GULF REVIEW \u2014 Wednesday, 31 December 2031\n\nMARCH \u2014 A new face at the "
              "League. The Council appointed a secretary-general.\n\nMAY \u2014 Beirut takes the "
              "summit presidency. Kuwait handed it to Lebanon.\n\nThey said YOU MAY \u2014 not "
              "always.\n")
    found = values(doc, "DATE")
    assert ("MARCH", "2031-03") in found and ("MAY", "2031-05") in found
    assert len([text for text, _ in found if text == "MAY"]) == 1


@pytest.mark.parametrize(("text", "date", "value"), [
    ("VIENNA, 8 January 2027 \u2014 Estonia hands over to Portugal on 1 January 2028, after the "
     "Ministerial Council in Tallinn in December.", "December", "2027-12"),
    ("BROADCAST, 10 November 2023 \u2014 Russia tried to return to the Human Rights Council on "
     "10 October and lost.", "10 October", "2023-10-10"),
])
def test_a_month_after_a_dated_event_and_an_infinitive_after_a_past_verb(nlp, text, date, value):
    """Decision 296: ", after ... in December" behind a full date is the last December before
    it; "tried to return" is a past attempt, not a coming return."""
    assert (date, value) in values(nlp(text), "DATE")


@pytest.mark.parametrize(("text", "day", "value"), [
    ("Doha | Thursday, 12 November 2026\n\n16:30 \u2014 That is all. The conference elects the "
     "48 Member States of the ITU Council on Friday.\n", "Friday", "2026-11-13"),
    ("HARBOURVIEW POST\n\nFriday, 7 June 2024 | By Nadia\n\nNumbers in this explainer are as "
     "announced in the Assembly hall on Thursday.\n", "Thursday", "2024-06-06"),
])
def test_weekdays_after_elects_and_after_as_announced(nlp, text, day, value):
    """Decision 310: "The conference elects ... on Friday" is the coming Friday (a scheduled
    present); "are as announced ... on Thursday" is the Thursday just past."""
    assert (day, value) in values(nlp(text), "DATE")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Press Release, 19 December 2028\n\nThe Ministry is pleased to announce that on "
         "Monday the General Assembly appointed Ms Eleni Charalambous for a three-year term "
         "beginning on 1 January 2029.", ("Monday", "2028-12-18")),
        ("19 December 2028\n\nThe Committee, which on 12 December held a secret ballot to fill "
         "two seats falling vacant on 31 December, met again.", ("31 December", "2028-12-31")),
        ("Saturday, 12 June 2032\n\nNominations have closed for October's Human Rights Council "
         "election.", ("October", "2032-10")),
        ("Saturday, 12 June 2032\n\nThe results of October's election were announced.",
         ("October", "2031-10")),
    ],
)
def test_tenses_after_the_date_vacancies_and_events_named_by_month(nlp, text, expected):
    assert expected in values(nlp(text), "DATE")
