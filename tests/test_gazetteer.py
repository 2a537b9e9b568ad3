"""Lexicon lookup: countries under any name, UN bodies, regional groups, and what is not a
country."""

from __future__ import annotations

import pytest

from helpers import entity, linked, spans


@pytest.mark.parametrize(
    ("text", "name", "kb_id"),
    [
        ("Officials in the US said the plan would fail.", "US", "USA"),
        ("Talks with the U.S. resumed in the spring.", "U.S.", "USA"),
        (
            "Delegates from the United States of America objected.",
            "United States of America",
            "USA",
        ),
        ("Britain abstained in the final ballot.", "Britain", "GBR"),
        ("The United Kingdom abstained in the final ballot.", "United Kingdom", "GBR"),
        ("A delegation from Viet Nam arrived on time.", "Viet Nam", "VNM"),
        ("Diplomats from Vietnam arrived on time.", "Vietnam", "VNM"),
        ("South Korea pledged more aid to the region.", "South Korea", "KOR"),
        ("The Republic of Korea pledged more aid.", "Republic of Korea", "KOR"),
        ("Observers praised C\u00f4te d'Ivoire for the vote.", "C\u00f4te d'Ivoire", "CIV"),
        (
            "Observers praised C\u00f4te d\u2019Ivoire for the vote.",
            "C\u00f4te d\u2019Ivoire",
            "CIV",
        ),
        (
            "Saint Vincent and the Grenadines won a seat last time.",
            "Saint Vincent and the Grenadines",
            "VCT",
        ),
        ("The Soviet Union used its veto many times.", "Soviet Union", "SUN"),
        ("Czechoslovakia split into two states.", "Czechoslovakia", "CSK"),
        ("East Germany joined the organisation late.", "East Germany", "DDR"),
        ("The talks were hosted by Kazakhstan this spring.", "Kazakhstan", "KAZ"),
    ],
)
def test_country_names_link_to_iso_alpha3(nlp, text, name, kb_id):
    doc = nlp(text)
    assert linked(doc, "COUNTRY") == [(name, kb_id)]


def test_the_is_not_part_of_a_country_span(nlp):
    text = "Officials in the US said the plan would fail."
    country = entity(nlp(text), "US", "COUNTRY")
    assert (country.start_char, country.end_char) == (17, 19)


@pytest.mark.parametrize("possessive", ["'s", "\u2019s"])
def test_possessive_is_not_part_of_a_country_span(nlp, possessive):
    doc = nlp(f"Britain{possessive} envoy spoke first.")
    assert linked(doc, "COUNTRY") == [("Britain", "GBR")]
    assert entity(doc, "Britain", "COUNTRY").end_char == 7


def test_several_names_of_one_country_share_the_id(nlp):
    doc = nlp("South Korea, also called the Republic of Korea, voted in favour.")
    assert linked(doc, "COUNTRY") == [("South Korea", "KOR"), ("Republic of Korea", "KOR")]


def test_upper_case_headline_countries(nlp):
    doc = nlp("THE US AND BRITAIN AGREE ON TRADE\nThe deal was signed on Monday.")
    assert linked(doc, "COUNTRY") == [("US", "USA"), ("BRITAIN", "GBR")]


def test_pronoun_us_is_not_a_country(nlp):
    doc = nlp("Let us hope that they will tell us the result soon.")
    assert spans(doc, "COUNTRY") == []


def test_demonym_is_not_a_country(nlp):
    doc = nlp("The Kazakh delegation and two Italian diplomats arrived.")
    assert spans(doc, "COUNTRY") == []
    assert spans(doc, "NORP") == [("Kazakh", "NORP"), ("Italian", "NORP")]


def test_capitals_are_not_countries(nlp):
    doc = nlp("The envoy flew from Nur-Sultan to Astana and then to Nairobi.")
    assert spans(doc, "COUNTRY") == []
    assert spans(doc) == [("Nur-Sultan", "GPE"), ("Astana", "GPE"), ("Nairobi", "GPE")]


def test_regions_are_not_countries(nlp):
    doc = nlp("Trade across Central Asia grew last year.")
    assert spans(doc, "COUNTRY") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The UN will send observers.", "UN"),
        ("The U.N. will send observers.", "U.N."),
        ("The United Nations will send observers.", "United Nations"),
    ],
)
def test_united_nations_names(nlp, text, name):
    assert linked(nlp(text), "ORG") == [(name, "United Nations")]


@pytest.mark.parametrize(
    "name", ["UN Security Council", "U.N. Security Council", "United Nations Security Council"]
)
def test_security_council_is_one_span(nlp, name):
    doc = nlp(f"Ghana joined the {name} in January.")
    assert linked(doc, "ORG") == [(name, "United Nations Security Council")]


def test_short_names_of_un_organs(nlp):
    doc = nlp("The Security Council asked the General Assembly to vote.")
    assert linked(doc, "ORG") == [
        ("Security Council", "United Nations Security Council"),
        ("General Assembly", "United Nations General Assembly"),
    ]


@pytest.mark.parametrize(
    ("group", "kb_id"),
    [
        ("Eastern European group", "Eastern European Group"),
        ("Eastern European Group", "Eastern European Group"),
        ("African group", "African Group"),
    ],
)
def test_regional_group_in_any_case_is_one_org(nlp, group, kb_id):
    doc = nlp(f"The candidate was endorsed by the {group} in March.")
    assert linked(doc, "ORG") == [(group, kb_id)]
    assert ("March", "DATE") in spans(doc)


@pytest.mark.parametrize(
    ("text", "name", "kb_id"),
    [
        ("S. Korea Wins Council Seat\n", "S. Korea", "KOR"),
        ("N. Korea fired a missile on Monday.", "N. Korea", "PRK"),
    ],
)
def test_abbreviated_korea(nlp, text, name, kb_id):
    doc = nlp(text)
    assert [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "COUNTRY"] == [(name, kb_id)]


@pytest.mark.parametrize(
    ("text", "agency", "kb_id"),
    [
        ("NEW DELHI, Oct 12 (PTI) India was elected.", "PTI", "Press Trust of India"),
        ("BEIJING, Oct. 13 (Xinhua) -- China voted.", "Xinhua", "Xinhua News Agency"),
        ("SEOUL, Oct. 19 (Yonhap) -- Korea won.", "Yonhap", "Yonhap News Agency"),
    ],
)
def test_news_agencies_take_their_full_names(nlp, text, agency, kb_id):
    doc = nlp(text)
    assert (agency, kb_id) in [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "name", "kb_id"),
    [
        (
            "Amnesty International urged states to vote no.",
            "Amnesty International",
            "Amnesty International",
        ),
        ("Aid groups such as Doctors Without Borders objected.", "Doctors Without Borders",
         "Médecins Sans Frontières"),
        (
            "A study by SIPRI found otherwise.",
            "SIPRI",
            "Stockholm International Peace Research Institute",
        ),
        ("The ICRC said access was denied.", "ICRC", "International Committee of the Red Cross"),
    ],
)
def test_non_governmental_organisations_and_think_tanks(nlp, text, name, kb_id):
    doc = nlp(text)
    assert (name, kb_id) in [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "ORG"]


def test_title_case_connectives_inside_country_names(nlp):
    doc = nlp("Belarus Loses Race To Bosnia And Herzegovina\n")
    assert [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "COUNTRY"] == [
        ("Belarus", "BLR"),
        ("Bosnia And Herzegovina", "BIH"),
    ]


def test_a_hall_named_after_an_organ_is_not_the_organ(nlp):
    doc = nlp("Delegations came to the General Assembly Hall in small groups.")
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == []


def test_a_regional_group_needs_its_group_noun_in_lower_case(nlp):
    doc = nlp(
        "Brazil from the Latin American and Caribbean states; Peru from the Latin American "
        "and Caribbean group."
    )
    assert [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "ORG"] == [
        ("Latin American and Caribbean group", "Latin American and Caribbean Group")
    ]


@pytest.mark.parametrize("region", ["Latin American and Caribbean States", "African States"])
def test_states_with_a_capital_s_are_no_group_either(nlp, region):
    doc = nlp(f"Brazil and Ghana were elected from the {region}.")
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == []


def test_an_ambiguous_name_in_a_title_case_headline_named_as_the_country_elsewhere(nlp):
    doc = nlp("How Chad Ended Up On The Security Council\n\nThe Assembly elected Chad and Chile.")
    assert linked(doc, "COUNTRY") == [("Chad", "TCD"), ("Chad", "TCD"), ("Chile", "CHL")]


def test_an_ambiguous_name_in_a_title_case_headline_stays_a_name_without_the_country(nlp):
    doc = nlp("Michael Jordan Visits The United Nations\n\nThe former player Michael Jordan met "
              "diplomats.")
    assert spans(doc, "COUNTRY") == []


@pytest.mark.parametrize(
    ("name", "kb_id"),
    [("Union of Burma", "MMR"), ("Republic of Zaire", "COD"), ("Ceylon", "LKA"),
     ("People's Republic of Albania", "ALB"), ("Upper Volta", "BFA")],
)
def test_former_names_of_states_that_still_exist(nlp, name, kb_id):
    assert linked(nlp(f"The delegation of {name} voted."), "COUNTRY") == [(name, kb_id)]


@pytest.mark.parametrize(
    ("text", "name", "kb_id"),
    [
        ("The Byelorussian SSR was elected in 1973.", "Byelorussian SSR", "BLR"),
        (
            "The Federal People's Republic of Yugoslavia won the seat.",
            "Federal People's Republic of Yugoslavia",
            "YUG",
        ),
    ],
)
def test_official_names_of_historical_and_renamed_states(nlp, text, name, kb_id):
    assert (name, kb_id) in linked(nlp(text), "COUNTRY")


def test_ha_noi_is_a_capital_not_a_person(nlp):
    doc = nlp("Viet Nam abstained. Ha Noi said the vote was divisive.")
    assert spans(doc, "PERSON") == []
    assert ("Ha Noi", "GPE") in spans(doc)


def test_the_asian_group_is_the_asia_pacific_group(nlp):
    doc = nlp("He knew every delegate in the Asian Group.")
    assert linked(doc, "ORG") == [("Asian Group", "Asia-Pacific Group")]


def test_territories_are_places_not_people(nlp):
    doc = nlp("US Vetoes Gaza Ceasefire Call\n\nThe war in Gaza and Darfur continued.")
    assert spans(doc, "PERSON") == []
    assert [text for text, label in spans(doc) if label == "LOC"] == ["Gaza", "Gaza", "Darfur"]


@pytest.mark.parametrize(
    "text, kb_id",
    [
        ("The Polish People’s Republic voted.", "POL"),
        ("The Federation of Malaysia voted.", "MYS"),
        ("The People's Democratic Republic of Yemen voted.", "YMD"),
        ("The Yemen Arab Republic voted.", "YEM"),
    ],
)
def test_former_official_names(nlp, text, kb_id):
    assert [kb for _, kb in linked(nlp(text), "COUNTRY")] == [kb_id]


def test_a_former_name_introduced_as_such_names_the_state_of_the_sentence(nlp):
    doc = nlp("The Republic of Zaire, a Member since 1960, when it was admitted under the name "
              "of the Republic of the Congo, will serve.")
    assert linked(doc, "COUNTRY") == [("Republic of Zaire", "COD"),
                                      ("Republic of the Congo", "COD")]
    assert linked(nlp("The Republic of the Congo voted."), "COUNTRY") == [
        ("Republic of the Congo", "COG")
    ]


def test_viet_nam_with_its_diacritics_is_a_country(nlp):
    assert ("Việt Nam", "VNM") in [(e.text, e.kb_id_) for e in nlp("Việt Nam won.").ents]


@pytest.mark.parametrize(
    ("text", "name", "kb_id"),
    [
        ("He leads the United Nations Food and Agriculture Organization.",
         "United Nations Food and Agriculture Organization",
         "Food and Agriculture Organization of the United Nations"),
        ("Korea joined the U.N. Statistical Commission.", "U.N. Statistical Commission",
         "United Nations Statistical Commission"),
    ],
)
def test_a_un_prefix_before_a_un_body_is_part_of_its_name(nlp, text, name, kb_id):
    assert (name, kb_id) in linked(nlp(text), "ORG")


def test_old_spellings_of_romania(nlp):
    assert linked(nlp("Rumania and Roumania were admitted."), "COUNTRY") == [
        ("Rumania", "ROU"), ("Roumania", "ROU")]


def test_the_emirates_is_the_united_arab_emirates(nlp):
    doc = nlp("The Emirates last served in 1986-1987.")
    assert [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "COUNTRY"] == [
        ("Emirates", "ARE")
    ]
