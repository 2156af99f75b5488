"""Behaviour of extract(): figures, qualifiers, units, periods, places, attributions."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from dataclasses import FrozenInstanceError
from decimal import Decimal

import pytest

from claims.importing.extraction import QUALIFIERS, Candidate, extract

DEMO = (
    "The homicide rate fell from nearly 39 per 100,000 in 2011 to 34.5 per 100,000 in 2012, "
    "according to the U.N."
)
PUBLISHED = datetime.date(2013, 6, 10)


def one(text: str, **kwargs: object) -> Candidate:
    """Extract exactly one candidate."""
    found = extract(text, **kwargs)  # type: ignore[arg-type]
    assert len(found) == 1, [c.value_text for c in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value_text", "qualifier"),
    [
        ("Second-quarter growth was revised up to 2.2 percent, the bureau said.", "2.2", "exact"),
        ("The estimate was adjusted up to 310 deaths on Friday.", "310", "exact"),
        ("Officials said up to 300 people may have died.", "up to 300", "up_to"),
        ("The storm could leave up to 300 people homeless.", "up to 300", "up_to"),
    ],
)
def test_up_to_after_a_revision_is_the_level_reached(
    text: str, value_text: str, qualifier: str
) -> None:
    found = one(text, published_at=PUBLISHED)
    assert (found.value_text, found.qualifier) == (value_text, qualifier)


def test_a_station_s_number_is_no_figure() -> None:
    found = one("Officers from station 14 arrested 5 people on Monday.", published_at=PUBLISHED)
    assert (found.value_text, found.unit) == ("5", "people")


def test_demo_sentence_yields_one_candidate_per_period() -> None:
    first, second = extract(DEMO, published_at=PUBLISHED)
    assert (first.amount, first.qualifier, first.unit) == (
        Decimal(39),
        "nearly",
        "per 100,000 people",
    )
    assert (first.period_start, first.period_end) == (
        datetime.date(2011, 1, 1),
        datetime.date(2011, 12, 31),
    )
    assert (second.amount, second.qualifier) == (Decimal("34.5"), "exact")
    assert second.period_start == datetime.date(2012, 1, 1)
    assert first.attributed_to == second.attributed_to == "the U.N."
    assert first.subject == "homicide rate"
    assert "figure '34.5' with unit 'per 100,000 people' (amount 34.5)" in second.reasons
    assert "attribution: 'according to the U.N.'" in second.reasons
    assert "period: year 2012 (follows the figure)" in second.reasons


def test_offsets_point_into_the_original_text() -> None:
    text = (
        "Intro line.\n\n" + DEMO + " Organized crime is a factor in up to 45 percent of homicides."
    )
    for candidate in extract(text):
        assert text[candidate.sentence_start : candidate.sentence_end] == candidate.statement
        assert text[candidate.value_start : candidate.value_end] == candidate.value_text


def test_officials_have_stated() -> None:
    found = one(
        "Organized crime is a factor in up to 45 percent of homicides, "
        "Guatemalan officials have stated."
    )
    assert (found.amount, found.unit, found.qualifier) == (
        Decimal(45),
        "percent of homicides",
        "up_to",
    )
    assert found.value_text == "up to 45"
    assert found.attributed_to == "Guatemalan officials"
    assert found.place == "Guatemala"
    assert found.subject is not None
    assert found.subject.startswith("share of homicides")


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [
        ("nearly", "nearly"),
        ("almost", "nearly"),
        ("close to", "nearly"),
        ("just under", "nearly"),
        ("about", "approximately"),
        ("around", "approximately"),
        ("roughly", "approximately"),
        ("approximately", "approximately"),
        ("some", "approximately"),
        ("an estimated", "approximately"),
        ("more than", "more_than"),
        ("over", "more_than"),
        ("above", "more_than"),
        ("upwards of", "more_than"),
        ("at least", "at_least"),
        ("no fewer than", "at_least"),
        ("up to", "up_to"),
        ("as many as", "up_to"),
        ("at most", "at_most"),
        ("no more than", "at_most"),
        ("less than", "less_than"),
        ("under", "less_than"),
        ("fewer than", "less_than"),
        ("below", "less_than"),
        ("", "exact"),
    ],
)
def test_qualifiers(phrase: str, qualifier: str) -> None:
    text = (
        f"Police said {phrase} 1,200 people were detained."
        if phrase
        else ("Police said 1,200 people were detained.")
    )
    found = one(text)
    assert found.qualifier == qualifier
    assert found.amount == Decimal(1200)
    assert found.value_text == f"{phrase} 1,200".strip()


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("Turnout was 72.2 percent.", "72.2", "percent"),
        ("Turnout was 72.2 per cent.", "72.2", "percent"),
        ("Turnout was 72.2%.", "72.2", "percent"),
        ("Support fell 3 percentage points.", "3", "percentage points"),
        ("The rate was 7.8 per 100,000 residents.", "7.8", "per 100,000 people"),
        ("There were 27 murders per 100,000 inhabitants.", "27", "per 100,000 people"),
        ("The government deployed 1,300 police officers.", "1300", "police officers"),
        ("Six people died in the fire.", "6", "people"),
        ("Twenty-seven students were hurt.", "27", "students"),
        ("It cost $3.2 million.", "3200000", "USD"),
        ("It cost US$15 billion.", "15000000000", "USD"),
        ("It cost €240 billion.", "240000000000", "EUR"),
        ("It cost 3.2 million dollars.", "3200000", "USD"),
        ("Wages rose to 4,500 pesos.", "4500", "MXN"),
        ("The firm lost $5bn.", "5000000000", "USD"),
        ("There were 5,150 homicides.", "5150", "homicides"),
        ("Some 3.2 million people were displaced.", "3200000", "people"),
        ("Half a million people marched.", "500000", "people"),
        ("One hundred and five families were evacuated.", "105", "families"),
        ("Around 700,000 Rohingya have fled.", "700000", "Rohingya"),
        (
            "About 258 million children and youth were out of school.",
            "258000000",
            "children and youth",
        ),
        ("The party won 303 of the 543 seats.", "303", "seats"),
    ],
)
def test_units_and_amounts(text: str, amount: str, unit: str) -> None:
    found = extract(text)[0]
    assert found.amount == Decimal(amount)
    assert found.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The report was published in 2012.",
        "It happened on October 12, 2012.",
        "It came second in the 3rd round.",
        "The G20 summit opened.",
        "Twenty years after 9/11, the city remembered.",
        "The meeting starts at 3 p.m. sharp.",
        "The session ended at 10:30 in the morning.",
        "COVID-19 spread quickly.",
        "The Category 4 storm hit the coast.",
        "A 23-year-old man was arrested.",
        "The five-year plan was approved.",
        "One of the most violent countries in the region.",
        "In the past five years, crime fell.",
        "The Boeing 737 crashed.",
        "Article 19 protects speech.",
    ],
)
def test_non_figures(text: str) -> None:
    assert extract(text, published_at=PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("In 2012, 300 people died.", "2012-01-01", "2012-12-31"),
        ("In October 2012, 300 people died.", "2012-10-01", "2012-10-31"),
        ("On October 12, 2012, 300 people died.", "2012-10-12", "2012-10-12"),
        ("From 2011 to 2012, 300 people died.", "2011-01-01", "2012-12-31"),
        ("Between 2011 and 2012, 300 people died.", "2011-01-01", "2012-12-31"),
        ("Last month, 300 people died.", "2013-05-01", "2013-05-31"),
        ("Last year, 300 people died.", "2012-01-01", "2012-12-31"),
        ("This year, 300 people died.", "2013-01-01", "2013-12-31"),
        ("So far this year, 300 people died.", "2013-01-01", "2013-06-10"),
        ("Since 2010, 300 people died.", "2010-01-01", "2013-06-10"),
        ("In the first quarter of 2012, 300 people died.", "2012-01-01", "2012-03-31"),
        ("In the 1990s, 300 people died.", "1990-01-01", "1999-12-31"),
        ("In March, 300 people died.", "2013-03-01", "2013-03-31"),
        ("In November, 300 people died.", "2012-11-01", "2012-11-30"),
        ("Between January and March, 300 people died.", "2013-01-01", "2013-03-31"),
        ("In March of 2011, 300 people died.", "2011-03-01", "2011-03-31"),
        ("In Q1, 300 people died.", "2013-01-01", "2013-03-31"),
        ("In H2 2012, 300 people died.", "2012-07-01", "2012-12-31"),
        ("In the first week of May, 300 people died.", "2013-05-01", "2013-05-07"),
        ("In the last week of May, 300 people died.", "2013-05-25", "2013-05-31"),
        ("Over the weekend, 300 people died.", "2013-06-08", "2013-06-09"),
        ("Since the start of 2012, 300 people died.", "2012-01-01", "2013-06-10"),
        ("Since early 2012, 300 people died.", "2012-01-01", "2013-06-10"),
        ("In calendar 2012, 300 people died.", "2012-01-01", "2012-12-31"),
        ("In all of last year, 300 people died.", "2012-01-01", "2012-12-31"),
        ("In the first 10 days of June, 300 people died.", "2013-06-01", "2013-06-10"),
        ("May was the worst month. Police counted 300 homicides.", "2013-05-01", "2013-05-31"),
        ("August alone accounted for 300 deaths.", "2012-08-01", "2012-08-31"),
        (
            "Since taking office in January, the mayor hired 300 officers.",
            "2013-01-01",
            "2013-06-10",
        ),
    ],
)
def test_periods(text: str, start: str, end: str) -> None:
    found = one(text, published_at=PUBLISHED)
    assert found.period_start == datetime.date.fromisoformat(start)
    assert found.period_end == datetime.date.fromisoformat(end)


@pytest.mark.parametrize(
    "text",
    [
        "Under the 2008 femicide law, fines reach Q50,000.",
        "Guatemala's 1996 transit law sets fines of up to Q1,500.",
        "The 1985 Constitution guarantees the judiciary 2 percent of the budget.",
        "The Peace Accords of 1996 promised 33 percent more for schools.",
    ],
)
def test_a_year_that_names_a_law_is_not_a_period(text: str) -> None:
    found = one(text, published_at=PUBLISHED)
    assert (found.period_start, found.period_end) == (None, None)


def test_a_budget_named_by_its_year_is_dated_by_it() -> None:
    found = one("The 2012 budget law gave the police $300 million.", published_at=PUBLISHED)
    assert (found.period_start, found.period_end) == (
        datetime.date(2012, 1, 1),
        datetime.date(2012, 12, 31),
    )


def test_quarter_code_is_not_read_in_quetzales() -> None:
    found = one("Fines rose to Q3 million in 2012.", published_at=PUBLISHED)
    assert found.amount == Decimal(3000000)
    assert found.period_start == datetime.date(2012, 1, 1)


def test_year_earlier_quarter_dates_the_figure_a_year_back() -> None:
    found = extract(
        "In the first quarter, 400 people died, down from 300 in the year-earlier quarter.",
        published_at=PUBLISHED,
    )
    assert [(c.amount, c.period_start, c.period_end) for c in found] == [
        (Decimal(400), datetime.date(2013, 1, 1), datetime.date(2013, 3, 31)),
        (Decimal(300), datetime.date(2012, 1, 1), datetime.date(2012, 3, 31)),
    ]


def test_a_baseline_opening_the_sentence_dates_its_figure() -> None:
    found = extract(
        "Homicides fell to 1,402 in the first half of 2013. In the same period of 2012, police "
        "recorded 1,593 killings.",
        published_at=PUBLISHED,
    )
    assert (found[1].amount, found[1].period_start, found[1].period_end) == (
        Decimal(1593),
        datetime.date(2012, 1, 1),
        datetime.date(2012, 6, 30),
    )


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Public debt reached 28 percent of GDP in 2012.", "public debt as a share of GDP"),
        (
            "The Interior Ministry will have a budget of Q7.2 billion in 2013.",
            "budget of the Interior Ministry in Guatemala",
        ),
        ("Remittances totaled $21.5 billion in calendar 2012.", "remittances"),
        ("Guatemala exported $13.9 billion in 2012.", "exports of Guatemala"),
        (
            "Women made up 54 percent of registered voters in Guatemala.",
            "women as a share of registered voters in Guatemala",
        ),
    ],
)
def test_subjects_of_shares_budgets_and_years(text: str, subject: str) -> None:
    assert one(text, published_at=PUBLISHED).subject == subject


def test_the_ends_of_a_change_over_a_range_of_years_take_its_first_and_last_year() -> None:
    found = extract(
        "Between 2011 and 2013, the homicide rate fell from 39 to 34 per 100,000 people.",
        published_at=PUBLISHED,
    )
    assert [(c.period_start, c.period_end) for c in found] == [
        (datetime.date(2011, 1, 1), datetime.date(2011, 12, 31)),
        (datetime.date(2013, 1, 1), datetime.date(2013, 12, 31)),
    ]


def test_this_time_last_year_is_the_same_stretch_a_year_back() -> None:
    found = extract(
        "The city recorded 18 deaths so far this year, compared with 9 by this time last year.",
        published_at=PUBLISHED,
    )
    assert (found[1].period_start, found[1].period_end) == (
        datetime.date(2012, 1, 1),
        datetime.date(2012, 6, 10),
    )


def test_relative_period_without_publication_date_is_left_open() -> None:
    found = one("Last year, 300 people died.")
    assert found.period_start is None
    assert found.period_end is None


def test_publication_date_can_come_from_the_url() -> None:
    found = one("Last year, 300 people died.", url="https://example.org/news/2013/06/10/crime")
    assert found.period_start == datetime.date(2012, 1, 1)


def test_said_on_monday_dates_the_statement_not_the_figure() -> None:
    found = one("The party won 303 seats, the commission said on Monday.", published_at=PUBLISHED)
    assert found.period_start is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Crime rose 5 percent, according to the U.N.", "the U.N."),
        ("Crime rose 5 percent, according to a report by the World Bank.", "the World Bank"),
        ("The ministry said crime rose 5 percent.", "The ministry"),
        ("Crime rose 5 percent, the ministry reported.", "the ministry"),
        ("Crime rose 5 percent, police estimated.", "police"),
        ("Guatemalan officials have stated that crime rose 5 percent.", "Guatemalan officials"),
        (
            '"Crime rose 5 percent," said Maria Lopez, a spokeswoman.',
            "Maria Lopez, a spokeswoman",
        ),
        ("The World Bank's latest report found crime rose 5 percent.", "The World Bank"),
        ("Crime rose 5 percent last year.", None),
    ],
)
def test_attribution(text: str, source: str | None) -> None:
    found = one(text, published_at=PUBLISHED)
    assert found.attributed_to == source


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In Honduras, 300 people died.", "Honduras"),
        ("Violent crime in the United States rose 4.1 percent.", "United States"),
        ("Crime in the U.S. rose 4.1 percent.", "United States"),
        ("About 20,000 teachers marched in Phoenix.", "Phoenix"),
        ("Britain voted to leave by 52 percent.", "United Kingdom"),
        ("Nearly 2.2 billion people worldwide are obese.", None),
    ],
)
def test_places(text: str, place: str | None) -> None:
    assert one(text).place == place


def test_place_falls_back_to_the_article() -> None:
    text = "Guatemala is violent. Guatemala is poor. Police recorded 300 killings."
    found = one(text)
    assert found.place == "Guatemala"
    assert "place: 'Guatemala' from the text so far" in found.reasons


def test_unit_is_carried_to_a_comparison() -> None:
    _, earlier = extract("The city reported 1,247 new cases, down from 2,100 a week earlier.")
    assert earlier.unit == "cases"  # "new" does not change what is counted


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n", "no numbers here at all"])
def test_empty_and_numberless_text(text: str) -> None:
    assert extract(text) == []


def test_junk_characters_do_not_raise_and_keep_offsets() -> None:
    text = "Junk\x00\x01 \ud800 here. Police said 300 people died.\x00"
    found = one(text)
    assert found.amount == Decimal(300)
    assert text[found.value_start : found.value_end] == "300"
    json.dumps(found.to_dict())


def test_binary_junk_does_not_raise() -> None:
    junk = bytes(range(256)).decode("latin-1") * 50
    extract(junk)
    extract(junk + " 300 people died. " + junk)


def test_html_is_stripped_and_offsets_map_back() -> None:
    html = (
        "<html><head><style>p{}</style><script>var x = 1000;</script></head><body>"
        "<p>Police said <b>1,300</b> officers &amp; 20 dogs were deployed.</p>"
        "<p>Turnout was 72.2&nbsp;percent.</p></body></html>"
    )
    found = extract(html)
    assert [c.value_text for c in found] == ["1,300", "20", "72.2"]
    assert found[0].statement == "Police said 1,300 officers & 20 dogs were deployed."
    assert html[found[0].value_start : found[0].value_end] == "1,300"
    assert found[2].unit == "percent"
    assert html[found[2].sentence_start : found[2].sentence_end].startswith("Turnout")


def test_megabytes_of_text_do_not_blow_up() -> None:
    blob = ("1 " * 100_000) + ("word " * 200_000) + "(" * 100_000 + "9" * 100_000
    found = extract(blob)
    assert all(isinstance(c.amount, Decimal) for c in found)


def test_candidate_is_frozen_and_serialisable() -> None:
    found = extract(DEMO, published_at=PUBLISHED)[0]
    with pytest.raises(FrozenInstanceError):
        found.amount = Decimal(1)  # type: ignore[misc]
    data = found.to_dict()
    assert data["amount"] == "39"
    assert data["period_start"] == "2011-01-01"
    assert data["qualifier"] in QUALIFIERS
    assert isinstance(data["reasons"], list)
    json.dumps(data)


def test_large_amounts_render_without_exponent() -> None:
    found = one("The debt reached $1.5 trillion.")
    assert found.to_dict()["amount"] == "1500000000000"


def test_package_imports_no_django() -> None:
    code = (
        "import sys; import claims.importing.extraction, claims.importing.extraction.evaluate; "
        "print(any(m == 'django' or m.startswith('django.') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_possessive_before_a_figure_is_not_a_name() -> None:
    found = one("Inflation remains above the ECB's 2% target.")
    assert (found.amount, found.unit) == (Decimal(2), "percent")


def test_next_year_resolves_against_publication() -> None:
    found = one("The ministry expects 400,000 new jobs next year.", published_at=PUBLISHED)
    assert found.period_start == datetime.date(2014, 1, 1)


@pytest.mark.parametrize(
    ("text", "value_text", "amount", "unit", "qualifier"),
    [
        ("One in five children is poor.", "One in five", "20", "percent of children", "exact"),
        (
            "Nearly one in five victims was a woman.",
            "Nearly one in five",
            "20",
            "percent of victims",
            "nearly",
        ),
        (
            "About one in three voters stayed home.",
            "About one in three",
            "33.33",
            "percent of voters",
            "approximately",
        ),
        (
            "Two-thirds of the families we visited had no water.",
            "Two-thirds",
            "66.67",
            "percent of families",
            "approximately",
        ),
        (
            "More than a quarter of the budget went to security.",
            "More than a quarter",
            "25",
            "percent of budget",
            "more_than",
        ),
        ("Half of the victims were women.", "Half", "50", "percent of victims", "exact"),
        ("Dozens of homes were destroyed.", "Dozens of", "24", "homes", "at_least"),
        ("Hundreds of people marched.", "Hundreds of", "200", "people", "at_least"),
        (
            "Tens of thousands of people fled.",
            "Tens of thousands of",
            "20000",
            "people",
            "at_least",
        ),
        ("A dozen shelters remain open.", "A dozen", "12", "shelters", "approximately"),
    ],
)
def test_ratios_fractions_and_vague_quantities(
    text: str, value_text: str, amount: str, unit: str, qualifier: str
) -> None:
    found = one(text)
    assert (found.value_text, found.amount, found.unit, found.qualifier) == (
        value_text,
        Decimal(amount),
        unit,
        qualifier,
    )


def test_numbers_that_define_a_group_are_not_figures() -> None:
    found = extract(
        "Nearly half of children under five are malnourished, and one in four households lost "
        "at least half of its harvest."
    )
    assert [(c.value_text, c.amount) for c in found] == [
        ("Nearly half", Decimal(50)),
        ("one in four", Decimal(25)),
    ]


def test_a_unit_implied_by_an_earlier_figure_or_the_subject() -> None:
    road = extract("Road deaths in Lakeport fell from 61 in 2023 to 52 in 2024.")
    assert [c.unit for c in road] == ["road deaths", "road deaths"]
    assert all(c.subject == "road deaths in Lakeport" for c in road)
    quake = extract("In Turkey alone, 17,674 people were killed. Almost 73,000 were injured.")
    assert [c.unit for c in quake] == ["people", "people"]


def test_shares_of_a_pronoun_take_the_noun_it_stands_for() -> None:
    found = extract(
        "About 44 million borrowers hold such debt, and roughly 11 percent of them are at least "
        "90 days delinquent."
    )
    assert [c.unit for c in found] == ["borrowers", "percent of borrowers"]


def test_changes_are_plain_percent() -> None:
    (found,) = extract("Remittances to Guatemala rose 13.1 percent in 2019.")
    assert found.unit == "percent"
    assert found.subject == "increase in remittances to Guatemala"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Guatemala's National Civil Police (PNC) released its annual report on Monday. "
            "Homicides fell to 2,897 in 2023.",
            "Guatemala's National Civil Police (PNC)",
        ),
        (
            "U.S. Customs and Border Protection said it apprehended 2.4 million migrants. "
            "The agency also said it recorded 144,000 encounters in May.",
            "U.S. Customs and Border Protection",
        ),
        (
            "Remittances rose to $19.8 billion, the Bank of Guatemala reported. The money is "
            "equivalent to nearly a fifth of GDP.",
            None,
        ),
    ],
)
def test_attribution_across_sentences(text: str, source: str | None) -> None:
    last = extract(text, published_at=PUBLISHED)[-1]
    assert last.attributed_to == source


def test_a_quotation_is_attributed_to_its_speaker_over_several_sentences() -> None:
    found = extract(
        "“We counted 412 missing people this year,” said Maria Lopez, director of the Search "
        "Commission. “Hundreds of families are still waiting for answers.”",
        published_at=PUBLISHED,
    )
    assert [c.attributed_to for c in found] == [
        "Maria Lopez, director of the Search Commission",
        "Maria Lopez, director of the Search Commission",
    ]


def test_a_running_total_runs_from_the_event_to_publication() -> None:
    found = extract(
        "Australia's bushfires have burned more than 10 million hectares since September, "
        "officials said. At least 28 people have died.",
        published_at=datetime.date(2020, 1, 15),
    )
    assert [(c.period_start, c.period_end) for c in found] == [
        (datetime.date(2019, 9, 1), datetime.date(2020, 1, 15)),
        (datetime.date(2019, 9, 1), datetime.date(2020, 1, 15)),
    ]
    assert found[1].attributed_to is None  # a source with figures of its own does not carry


def test_paragraphs_of_running_text_keep_the_period_a_headline_does_not_give_it() -> None:
    found = extract(
        "Guatemala recorded 2,900 homicides in 2023, the National Civil Police said.\n\n"
        "Of those, 45 percent were linked to gangs.\n\n"
        "The rate fell to 16.1 per 100,000 people.",
        published_at=datetime.date(2024, 1, 15),
    )
    year = (datetime.date(2023, 1, 1), datetime.date(2023, 12, 31))
    assert [(c.period_start, c.period_end) for c in found] == [year, year, year]
    (body,) = extract(
        "Homicides in 2023\n\nThe police counted 2,900 homicides.",
        published_at=datetime.date(2024, 1, 15),
    )
    assert (body.period_start, body.period_end) == (None, None)


@pytest.mark.parametrize("collecting", [True, False])
def test_extract_leaves_the_cyclic_collector_as_it_found_it(collecting: bool) -> None:
    """extract() pauses the cyclic garbage collector while it reads, and restores the caller's
    setting afterwards, also when reading fails."""
    import gc

    was = gc.isenabled()
    try:
        (gc.enable if collecting else gc.disable)()
        assert extract("Road deaths fell to 52 in 2024.", language="en")
        assert gc.isenabled() is collecting
        with pytest.raises(TypeError):
            extract("Road deaths fell to 52 in 2024.", published_at="2024")  # type: ignore[arg-type]
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()


def test_extract_runs_no_cyclic_collection_while_it_reads() -> None:
    """Neither the sentences' first reading nor the reading in order start the cyclic
    collector, however many objects a long text allocates (bench (x): its passes cost about a
    tenth of a long article's time)."""
    import gc

    text = "\n\n".join(
        f"Road deaths in district {n} fell from {60 + n} in 2023 to {50 + n} in 2024, "
        f"the Transport Ministry said. About {n} percent of them were pedestrians."
        for n in range(1, 150)
    )
    collections: list[str] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(phase)

    was = gc.isenabled()
    gc.enable()
    gc.callbacks.append(seen)
    try:
        found = extract(text, language="en", published_at=datetime.date(2025, 1, 15))
    finally:
        gc.callbacks.remove(seen)
        (gc.enable if was else gc.disable)()
    assert len(found) == 3 * 149
    assert collections == []


@pytest.mark.parametrize(
    ("text", "language", "figures"),
    [
        ("Taxpayers can call 800-829-1040 about 940,000 unfiled returns.", "en", ["about 940,000"]),
        ("Call 1-800-829-1040 or (202) 555-0143.", "en", []),
        ("Llame al (502) 2411-9191 o al +502 2411-9191 para denunciar.", "es", []),
        # Ranges and year spans written with a hyphen are still read.
        ("Between 20-30 people died in 2019-2023.", "en", ["20", "30"]),
    ],
)
def test_phone_numbers_are_not_figures(text: str, language: str, figures: list[str]) -> None:
    found = extract(text, published_at=PUBLISHED, language=language)
    assert [c.value_text for c in found] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Las víctimas de entre 18 y 35 años fueron 1.200, según el Inacif.", ["1.200"]),
        ("El 60 % de los migrantes de entre 15 y 29 años eran hombres.", ["60"]),
        # A range that is the figure itself is still read.
        ("Los precios subieron de entre 5 y 10 % en el año.", ["5", "10"]),
    ],
)
def test_an_age_range_that_says_who_is_counted_is_no_figure(text: str, figures: list[str]) -> None:
    found = extract(text, published_at=PUBLISHED, language="es")
    assert [c.value_text for c in found] == figures


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Fuel prices will rise 4 percent next month.", "2024-12-01", "2024-12-31"),
        ("The program will reach 500 families next week.", "2024-11-18", "2024-11-24"),
        ("Fuel prices rose 4 percent last month.", "2024-10-01", "2024-10-31"),
        ("Fuel prices rose 4 percent this week.", "2024-11-11", "2024-11-17"),
        (
            "Dengue cases rose to 16,000 in the first nine weeks of 2024.",
            "2024-01-01",
            "2024-03-03",
        ),
        (
            "It reported 1,250 dengue cases in the first eight weeks of the year.",
            "2024-01-01",
            "2024-02-25",
        ),
    ],
)
def test_this_last_next_and_first_weeks(text: str, start: str, end: str) -> None:
    found = one(text, published_at=datetime.date(2024, 11, 15))
    assert (str(found.period_start), str(found.period_end)) == (start, end)


def test_a_shortened_description_is_the_source_last_named_that_it_shortens() -> None:
    """'the U.N. office' after 'the U.N. human rights office' is that office; of two sources
    it shortens, the one named last, however often the other was named before it."""
    from claims.importing.extraction.extractor import _NamedSources, _shortened_from

    rights = "the U.N. human rights office"
    refugees = "the U.N. refugee office"
    named = _NamedSources()
    sources = [rights, "the ministry", refugees, refugees]
    assert _shortened_from("the U.N. office", named.latest_first(sources)) == refugees
    sources += [rights]
    assert _shortened_from("the U.N. office", named.latest_first(sources)) == rights
    assert _shortened_from("the U.N. agency", named.latest_first(sources)) is None
    # (two words shorten nothing: "the office" may be any office)
    assert _shortened_from("the office", named.latest_first(sources)) is None


@pytest.mark.parametrize(
    ("text", "value_text", "unit", "subject"),
    [
        (
            "Guatemala recorded 5,155 homicides in 2012, a drop of 526 from 2011, the Public "
            "Ministry said.",
            "526",
            "homicides",
            "fall in homicides in Guatemala",
        ),
        (
            "Guatemala recorded 5,155 homicides in 2012, up 300 from 2011, the Public "
            "Ministry said.",
            "300",
            "homicides",
            "increase in homicides in Guatemala",
        ),
        (
            "En 2012 se registraron 5.155 homicidios, una reducción de 526 respecto del año "
            "anterior, según el Ministerio Público.",
            "526",
            "homicidios",
            "reducción de homicidios",
        ),
        (
            "Police rounded up 300 suspects in 2012, the Public Ministry said.",
            "300",
            "suspects",
            "suspects rounded up by police",
        ),
    ],
)
def test_a_change_named_before_a_count_is_a_change(
    text: str, value_text: str, unit: str, subject: str | None
) -> None:
    """'a drop of 526 from 2011' is a fall in what the count before counted, not 526 of it —
    else the matcher offers it as a new value for the 5,155 claim. 'rounded up 300' is no
    change; 'respecto' is no counted noun."""
    found = {c.value_text: c for c in extract(text, published_at=PUBLISHED)}
    assert found[value_text].unit == unit
    if subject is not None:
        assert found[value_text].subject == subject
    else:
        assert (found[value_text].subject or "").startswith("reducción de")


def test_a_dateline_is_no_part_of_the_statement() -> None:
    """'GUATEMALA CITY (AP) — Guatemala's homicide rate…': the dateline the reading sets aside
    leaves no blanks at the head of the statement (they showed in evidence notes, and the
    admin could not mark the figure in it), and the offsets still point into the text."""
    text = (
        "GUATEMALA CITY (AP) — Guatemala's homicide rate fell to 34.5 per 100,000 people in "
        "2012, the U.N. said."
    )
    found = one(text)
    assert found.statement.startswith("Guatemala's homicide rate")
    assert found.statement == found.statement.strip()
    assert text[found.sentence_start :].startswith("Guatemala's")
    assert text[found.value_start : found.value_end] == "34.5"


def test_a_relative_clause_after_an_acronym_leaves_the_name_whole() -> None:
    """'The National Institute of Forensic Sciences (INACIF), which performs the autopsies,
    put …': the source is the institute, named with its acronym, not 'INACIF)' (the parenthesis
    broke the name before the clause), and what it put at 39.9 is the rate, not the institute."""
    found = one(
        "The National Institute of Forensic Sciences (INACIF), which performs the autopsies, "
        "put the 2012 rate at 39.9 per 100,000 people.",
        published_at=PUBLISHED,
    )
    assert found.attributed_to == "The National Institute of Forensic Sciences (INACIF)"
    assert (found.subject or "").startswith("rate")
    assert (found.period_start, found.period_end) == (
        datetime.date(2012, 1, 1),
        datetime.date(2012, 12, 31),
    )


@pytest.mark.parametrize(
    ("text", "value_text", "source", "subject"),
    [
        (
            "The U.N. revised Guatemala's 2012 homicide rate to 35.9.",
            "35.9",
            "The U.N.",
            "homicide rate in Guatemala",
        ),
        ("Officials raised the death toll to 56 on Tuesday.", "56", "Officials", "death toll"),
        # (who raises or lowers a rate it sets acts; it reports nothing)
        ("Chile's central bank lowered its benchmark rate to 5.25 percent.", "5.25", None, None),
    ],
)
def test_who_revises_a_figure_is_its_source(
    text: str, value_text: str, source: str | None, subject: str | None
) -> None:
    """'The U.N. revised Guatemala's 2012 homicide rate to 35.9': the U.N. gives the revised
    figure, as it would in 'the U.N. said'."""
    found = one(text, published_at=PUBLISHED)
    assert (found.value_text, found.attributed_to) == (value_text, source)
    if subject is not None:
        assert found.subject == subject
    if value_text == "35.9":
        assert (found.period_start, found.period_end) == (
            datetime.date(2012, 1, 1),
            datetime.date(2012, 12, 31),
        )
