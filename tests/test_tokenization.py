"""Tokenisation of glued and hyphenated forms, and sentence boundaries."""

from __future__ import annotations

import pytest

from helpers import entity, sentences, spans, values
from ksc_nlp.tokenization import text_end


def test_number_glued_to_a_city_name_is_split(nlp):
    text = "Nur-Sultan29 June (Kazinform) - Ministers met in the capital."
    doc = nlp(text)
    assert [token.text for token in doc[:5]] == ["Nur", "-", "Sultan", "29", "June"]
    date = entity(doc, "29 June", "DATE")
    # "29" starts inside the whitespace-delimited word "Nur-Sultan29"
    assert text.split()[0] == "Nur-Sultan29"
    assert (date.start_char, date.end_char) == (10, 17)
    assert text[date.start_char : date.end_char] == "29 June"
    assert date._.value == "XXXX-06-29"
    assert ("Nur-Sultan", "COUNTRY") not in spans(doc)


def test_glued_date_with_year_keeps_its_offsets(nlp):
    text = "Some news first.\nAstana3 March 2019 - Delegates gathered early."
    doc = nlp(text)
    date = entity(doc, "3 March 2019", "DATE")
    assert (date.start_char, date.end_char) == (23, 35)
    assert date._.value == "2019-03-03"


def test_day_glued_to_an_upper_case_dateline_city_is_split(nlp):
    text = "THE POSTMARK CHRONICLE\nBERN12 September 2029 | 17:40\nThe Congress met."
    doc = nlp(text)
    date = entity(doc, "12 September 2029", "DATE")
    assert (date.start_char, date.end_char) == (27, 44)
    assert date._.value == "2029-09-12"
    assert [token.text for token in nlp("The G20 and COP28 met.")][1:5] == [
        "G20", "and", "COP28", "met"
    ]


def test_website_name_stays_one_token(nlp):
    doc = nlp("The portal Strategy2050.kz published the interview.")
    assert [token.text for token in doc] == [
        "The", "portal", "Strategy2050.kz", "published", "the", "interview", ".",
    ]
    assert spans(doc) == [("Strategy2050.kz", "ORG")]


@pytest.mark.parametrize("word", ["COVID-19", "U.N."])
def test_hyphenated_and_dotted_forms_stay_one_token(nlp, word):
    doc = nlp(f"Officials at the talks discussed {word} again.")
    assert [token.text for token in doc] == [
        "Officials", "at", "the", "talks", "discussed", word, "again", ".",
    ]


def test_dotted_abbreviation_does_not_end_the_sentence(nlp):
    doc = nlp("Officials at the U.N. said that Ghana would vote. They left early.")
    assert sentences(doc) == [
        "Officials at the U.N. said that Ghana would vote.",
        "They left early.",
    ]


@pytest.mark.parametrize(
    ("years", "value"),
    [("2017-2018", "2017/2018"), ("2019–2020", "2019/2020"), ("2021—2022", "2021/2022")],
)
def test_year_range_is_one_date(nlp, years, value):
    doc = nlp(f"The plan covers {years} and was approved by parliament.")
    assert values(doc, "DATE") == [(years, value)]
    date = entity(doc, years, "DATE")
    assert (date.start_char, date.end_char) == (16, 25)


def test_headline_dateline_and_byline_are_sentences(nlp):
    text = (
        "Ghana wins seat on rights body\n"
        "By Abena Mensah-Owusu\n"
        "GENEVA, 3 March 2019 - Delegates gathered early. The vote was close.\n"
    )
    doc = nlp(text)
    assert sentences(doc) == [
        "Ghana wins seat on rights body",
        "By Abena Mensah-Owusu",
        "GENEVA, 3 March 2019 - Delegates gathered early.",
        "The vote was close.",
    ]


def test_headline_without_final_punctuation_does_not_run_into_the_next_line(nlp):
    doc = nlp("Kazakhstan joins council\nThe vote ended late. Ministers celebrated.")
    assert sentences(doc) == [
        "Kazakhstan joins council",
        "The vote ended late.",
        "Ministers celebrated.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We are ready." The minister left the hall.',
            ['"We are ready."', "The minister left the hall."],
        ),
        (
            "He said: \u201cWe will vote.\u201d Then he left.",
            ["He said: \u201cWe will vote.\u201d", "Then he left."],
        ),
        (
            "She asked, 'Is it over?' Nobody answered.",
            ["She asked, 'Is it over?'", "Nobody answered."],
        ),
        (
            "The ballot ended (after midnight.) Delegates went home.",
            ["The ballot ended (after midnight.)", "Delegates went home."],
        ),
    ],
)
def test_closing_quote_after_full_stop_stays_in_its_sentence(nlp, text, expected):
    assert sentences(nlp(text)) == expected


def test_no_emoticons_in_news(nlp):
    # spaCy's emoticon "):" would glue the agency's bracket to the colon
    doc = nlp("Headline\n\nKathmandu, Oct 14 (RSS): Nepal was elected.")
    assert [t.text for t in doc][6:10] == ["(", "RSS", ")", ":"]
    assert spans(doc, "ORG") == [("RSS", "ORG")]


@pytest.mark.parametrize(
    "text, words",
    [
        ("Source: Reuters| 2031-03-02", ["Source", ":", "Reuters", "|", "2031"]),
        ("Jane Roe |02.03.2031\n", ["Jane", "Roe", "|", "02.03.2031"]),
        ("MADRID, Mar 2, 2031 (EFE).- Peru won", ["(", "EFE", ")", ".-", "Peru"]),
    ],
)
def test_masthead_bars_and_a_spanish_dateline_dash_are_split(nlp, text, words):
    tokens = [token.text for token in nlp.make_doc(text) if not token.is_space]
    start = tokens.index(words[0])
    assert tokens[start : start + len(words)] == words


def test_dates_and_agencies_next_to_bars_are_found(nlp):
    doc = nlp("Source: Reuters| 02.03.2031\n\nPeru was elected yesterday.")
    assert ("Reuters", "ORG") in spans(doc)
    assert ("02.03.2031", "2031-03-02") in values(doc, "DATE")
    assert ("yesterday", "2031-03-01") in values(doc, "DATE")


def test_a_numbered_line_is_one_sentence(nlp):
    doc = nlp("Elected were:\n1. Aiko Sato (Japan) \u2013 151\n2. Lea Berg (Norway) \u2013 147\n")
    assert [s.text.strip() for s in doc.sents][1:] == [
        "1. Aiko Sato (Japan) \u2013 151", "2. Lea Berg (Norway) \u2013 147"
    ]


def test_wed_is_a_weekday_not_a_contraction(nlp):
    doc = nlp("Headline\n\nWed, Jun 17, 2020, 21:04\n\nIreland won on Wednesday.")
    assert ("Wed, Jun 17, 2020", "2020-06-17") in values(doc, "DATE")
    assert doc._.document_date == "2020-06-17"


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("said K.Tokayev.", ["said", "K.", "Tokayev", "."]),
        ("said A.B.Karimov.", ["said", "A.B.", "Karimov", "."]),
        ("said Ts.Altangerel.", ["said", "Ts.", "Altangerel", "."]),
        ("the U.S.-backed plan", ["the", "U.S.", "-", "backed", "plan"]),
        ("one word.Next", ["one", "word", ".", "Next"]),
    ],
)
def test_initials_glued_to_a_surname_are_split_off(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_a_spanish_dateline_dash_after_the_year(nlp):
    doc = nlp("Mexico City, June 17, 2020.- Mexico was elected to the Security Council.")
    assert ("June 17, 2020", "2020-06-17") in values(doc, "DATE")


def test_text_end_leaves_out_the_line_break_after_a_sentence(nlp):
    doc = nlp.make_doc("The results were:\n\n- Brazil (131)\n")
    first = doc[0:5]  # "The results were : \n\n"
    assert [t.text for t in first][-1] == "\n\n"
    assert text_end(doc, first) == 4 and doc[text_end(doc, first) - 1].text == ":"


def test_a_tally_written_with_to_between_hyphens(nlp):
    doc = nlp("Kenya won the seat on a 110-to-72 vote over Djibouti in 2019-2020.")
    assert [t.text for t in doc][6:9] == ["110", "-to-", "72"]
    assert [(e.text, e._.value) for e in doc.ents if e.label_ == "VOTE_COUNT"] == [
        ("110", 110), ("72", 72)
    ]
    assert [t.text for t in nlp("a well-to-do donor")] == ["a", "well", "-", "to", "-", "do",
                                                          "donor"]
