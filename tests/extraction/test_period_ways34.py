"""Periods said in ways the g34 development texts showed the extractor missed: two days of a
month joined by 'and' / 'y' ('on Aug. 11 and 12', 'el 11 y 12 de agosto'); 'last fiscal year'
and 'the previous fiscal year' beside a fiscal year the text ends on a day or in a month ('the
fiscal year that ended on March 31')."""

from __future__ import annotations

import datetime

import pytest

from claims.importing.extraction import extract


def period_of(
    text: str, published: datetime.date, value_text: str, language: str
) -> tuple[str, str]:
    """The period of the candidate whose value is `value_text`, as two ISO strings."""
    candidates = extract(text, published_at=published, language=language)
    chosen = [c for c in candidates if c.value_text == value_text]
    assert len(chosen) == 1, [c.value_text for c in candidates]
    return (str(chosen[0].period_start), str(chosen[0].period_end))


@pytest.mark.parametrize(
    ("text", "published", "value_text", "language", "period"),
    [
        (
            "The blaze north of Athens on Aug. 11 and 12 alone destroyed 10,000 hectares.",
            datetime.date(2024, 8, 14),
            "10,000",
            "en",
            ("2024-08-11", "2024-08-12"),
        ),
        (
            "Storms on March 3 and 4 left 14 people dead, officials said.",
            datetime.date(2024, 3, 20),
            "14",
            "en",
            ("2024-03-03", "2024-03-04"),
        ),
        (
            "Las llamas del 11 y 12 de agosto destruyeron 10.000 hectáreas.",
            datetime.date(2024, 8, 14),
            "10.000",
            "es",
            ("2024-08-11", "2024-08-12"),
        ),
        (
            "Los días 11 y 12 de agosto ardieron 500 viviendas.",
            datetime.date(2024, 8, 14),
            "500",
            "es",
            ("2024-08-11", "2024-08-12"),
        ),
        (
            "El 5 y 6 de mayo de 2023 murieron 40 personas por las lluvias.",
            datetime.date(2024, 8, 14),
            "40",
            "es",
            ("2023-05-05", "2023-05-06"),
        ),
    ],
)
def test_two_days_joined_by_and_are_both_days(
    text: str, published: datetime.date, value_text: str, language: str, period: tuple[str, str]
) -> None:
    # Not the first day alone, nor the second read as a count ('12' hectares).
    assert period_of(text, published, value_text, language) == period


def test_a_count_after_the_second_day_is_no_day() -> None:
    # 'On Aug. 11 and 12 people died': 12 is the count, the day is Aug. 11 alone.
    candidates = extract(
        "On Aug. 11, 12 people died in the floods.",
        published_at=datetime.date(2024, 8, 14),
        language="en",
    )
    assert [c.value_text for c in candidates] == ["12"]
    assert str(candidates[0].period_start) == "2024-08-11"


def test_a_count_after_and_is_no_second_day() -> None:
    # '12 percent on March 4' is a figure of its own, not a day of the span.
    candidates = extract(
        "Prices rose 3 percent on March 3 and 12 percent on March 4.",
        published_at=datetime.date(2024, 3, 20),
        language="en",
    )
    assert [(c.value_text, str(c.period_start)) for c in candidates] == [
        ("3", "2024-03-03"),
        ("12", "2024-03-04"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "value_text", "period"),
    [
        (
            # The fiscal year named by its end, in the same sentence.
            "Public sector net borrowing was £121.9 billion in the last fiscal year, which ended "
            "in March, the Office for National Statistics said.",
            datetime.date(2024, 5, 21),
            "£121.9 billion",
            ("2023-04-01", "2024-03-31"),
        ),
        (
            # The year before the one that ended on March 31, not calendar 2023.
            "India's fiscal deficit narrowed to 5.6 percent of GDP in the fiscal year that ended "
            "on March 31, the finance ministry said, from 6.4 percent the previous fiscal year.",
            datetime.date(2024, 5, 31),
            "6.4",
            ("2022-04-01", "2023-03-31"),
        ),
        (
            # In a quotation after a report on the fiscal year that ended on June 30.
            "The ministry's report for the fiscal year that ended on June 30 lists 740 kilometres "
            'of new roads. "We built 1,200 kilometres of new roads in the last fiscal year," the '
            "minister said.",
            datetime.date(2024, 11, 5),
            "1,200",
            ("2023-07-01", "2024-06-30"),
        ),
    ],
)
def test_a_relative_fiscal_year_runs_as_the_text_s_fiscal_year_ended(
    text: str, published: datetime.date, value_text: str, period: tuple[str, str]
) -> None:
    # Not the calendar year its number would name.
    assert period_of(text, published, value_text, "en") == period


def test_a_fiscal_year_whose_end_the_text_does_not_give_stays_the_calendar_year() -> None:
    # Outside a U.S. text, nothing says when the fiscal year ends.
    text = "The provincial deficit was 2.1 billion rand last fiscal year, the treasury said."
    assert period_of(text, datetime.date(2024, 5, 21), "2.1 billion", "en") == (
        "2023-01-01",
        "2023-12-31",
    )


@pytest.mark.parametrize(
    ("text", "published", "value_text", "language", "period"),
    [
        (
            "In the week to Aug. 24, clinics reported 31,000 new cases, a sharp drop from the "
            "peak in March, when weekly cases topped 400,000.",
            datetime.date(2024, 9, 4),
            "31,000",
            "en",
            ("2024-08-18", "2024-08-24"),
        ),
        (
            "En agosto se registraron 3.100 casos, frente al pico de marzo, cuando hubo 9.000.",
            datetime.date(2024, 9, 4),
            "3.100",
            "es",
            ("2024-08-01", "2024-08-31"),
        ),
    ],
)
def test_the_time_of_what_a_figure_is_compared_with_is_not_its_own(
    text: str, published: datetime.date, value_text: str, language: str, period: tuple[str, str]
) -> None:
    # 'from the peak in March': March is the peak's; the figure's time was given before it.
    assert period_of(text, published, value_text, language) == period


def test_the_peak_keeps_its_own_time() -> None:
    text = (
        "In the week to Aug. 24, clinics reported 31,000 new cases, a sharp drop from the "
        "peak in March, when weekly cases topped 400,000."
    )
    assert period_of(text, datetime.date(2024, 9, 4), "400,000", "en") == (
        "2024-03-01",
        "2024-03-31",
    )


def test_a_split_season_runs_over_the_months_the_text_gave_another() -> None:
    # The months of the 2022/23 season (August to May), not the two calendar years 2012-2013.
    text = (
        "Premier League clubs generated record revenue of £6.1 billion in the 2022/23 season, "
        "which ran from August to May, Deloitte said. A decade earlier, in the 2012/13 season, "
        "revenue had been £2.5 billion."
    )
    published = datetime.date(2024, 6, 12)
    assert period_of(text, published, "£6.1 billion", "en") == ("2022-08-01", "2023-05-31")
    assert period_of(text, published, "£2.5 billion", "en") == ("2012-08-01", "2013-05-31")


def test_a_split_year_after_a_twelve_month_one_still_runs_twelve_months() -> None:
    text = (
        "Coffee exports totaled $1.02 billion in the 2022/23 coffee year, which ended in "
        "September. In 2019/20, they had been $680 million."
    )
    assert period_of(text, datetime.date(2024, 5, 20), "$680 million", "en") == (
        "2019-10-01",
        "2020-09-30",
    )


@pytest.mark.parametrize(
    ("text", "value_text", "period"),
    [
        (
            # The four years before the term began, past the day of the statement.
            "Chile delivered 148,000 social housing units during the president's second term "
            "(2018–2022), the housing ministry said on Thursday, against 112,000 in the "
            "previous four years.",
            "112,000",
            ("2014-01-01", "2017-12-31"),
        ),
        (
            # After a single year, as before: the years before it.
            "Homicides fell to 1,200 in 2023, against 6,500 over the previous four years.",
            "6,500",
            ("2019-01-01", "2022-12-31"),
        ),
    ],
)
def test_the_previous_years_are_those_before_the_period_named(
    text: str, value_text: str, period: tuple[str, str]
) -> None:
    assert period_of(text, datetime.date(2024, 6, 13), value_text, "en") == period


@pytest.mark.parametrize(
    ("text", "published", "value_text", "period"),
    [
        (
            "El INM detectó a 475.000 personas en el primer trimestre de 2024. En todo el año "
            "anterior, la cifra había sido de 782.176.",
            datetime.date(2024, 5, 8),
            "782.176",
            ("2023-01-01", "2023-12-31"),
        ),
        (
            "Honduras registra 1.927 homicidios en lo que va del año. Solo en julio se "
            "contabilizaron 241 muertes. La tasa de homicidios cerró el año anterior en 31,1 "
            "por cada 100.000 habitantes.",
            datetime.date(2024, 8, 6),
            "31,1",
            ("2023-01-01", "2023-12-31"),
        ),
        (
            # The year before the one the text spoke of, not before publication.
            "En 2022 hubo 444.000 detenciones. A lo largo del año anterior se registraron 300.000.",
            datetime.date(2024, 5, 8),
            "300.000",
            ("2021-01-01", "2021-12-31"),
        ),
    ],
)
def test_the_whole_year_before_is_the_figure_s_own_time(
    text: str, published: datetime.date, value_text: str, period: tuple[str, str]
) -> None:
    # 'en todo el año anterior', 'cerró el año anterior en': the whole year, not the period of
    # the sentence before moved back a year.
    assert period_of(text, published, value_text, "es") == period


def test_the_year_before_as_a_comparison_still_moves_the_period_back() -> None:
    text = (
        "En el primer semestre se registraron 1.845 extorsiones, frente a 1.610 en el mismo "
        "periodo del año anterior."
    )
    assert period_of(text, datetime.date(2024, 8, 5), "1.610", "es") == (
        "2023-01-01",
        "2023-06-30",
    )


@pytest.mark.parametrize(
    ("text", "published", "value_text", "language", "period"),
    [
        (
            # Twelve months to the end of the month the school year ended in.
            "Unos 1,2 millones de alumnos abandonaron la educación media superior durante el "
            "ciclo escolar que concluyó en julio, informó la SEP.",
            datetime.date(2024, 8, 5),
            "Unos 1,2 millones",
            "es",
            ("2023-08-01", "2024-07-31"),
        ),
        (
            # Twelve months from the month it starts in.
            "Para el ciclo que inicia en agosto, la SEP prevé inscribir a 5,3 millones de "
            "estudiantes.",
            datetime.date(2024, 8, 5),
            "5,3 millones",
            "es",
            ("2024-08-01", "2025-07-31"),
        ),
        (
            # Still to come: this year's September, not last year's.
            "El año escolar que comienza en septiembre contará con 410.000 docentes.",
            datetime.date(2024, 3, 5),
            "410.000",
            "es",
            ("2024-09-01", "2025-08-31"),
        ),
        (
            "The school year, which began in September, has 4.1 million pupils enrolled.",
            datetime.date(2024, 10, 5),
            "4.1 million",
            "en",
            ("2024-09-01", "2025-08-31"),
        ),
        (
            # A season named by its years is read by the rules for split years.
            "So far in the 2024-25 harvest, which began in October, exports total 1.2 million "
            "bags.",
            datetime.date(2025, 1, 14),
            "1.2 million",
            "en",
            ("2024-10-01", "2025-01-14"),
        ),
    ],
)
def test_a_season_runs_twelve_months_from_or_to_the_month_its_clause_names(
    text: str, published: datetime.date, value_text: str, language: str, period: tuple[str, str]
) -> None:
    # Not that one month.
    assert period_of(text, published, value_text, language) == period


@pytest.mark.parametrize(
    ("text", "value_text", "period"),
    [
        (
            "En lo que va del ejercicio 2024, el Gobierno ha ejecutado el 78 % de lo asignado.",
            "78",
            ("2024-01-01", "2024-11-28"),
        ),
        (
            "En lo que va del presente ejercicio fiscal, la SAT recaudó Q85.000 millones.",
            "Q85.000 millones",
            ("2024-01-01", "2024-11-28"),
        ),
        (
            # The year before the one spoken of, as the subject of what it closed with.
            "En lo que va del ejercicio 2024, el Gobierno ha ejecutado el 78 % de lo asignado. "
            "El ejercicio anterior cerró con un déficit del 1,2 % del PIB.",
            "1,2",
            ("2023-01-01", "2023-12-31"),
        ),
    ],
)
def test_the_spanish_ejercicio_so_far_and_the_one_before(
    text: str, value_text: str, period: tuple[str, str]
) -> None:
    assert period_of(text, datetime.date(2024, 11, 28), value_text, "es") == period


@pytest.mark.parametrize(
    ("text", "published", "language", "periods"),
    [
        (
            "En septiembre fueron 12.300, y el mes anterior, 11.800.",
            datetime.date(2024, 10, 16),
            "es",
            {"12.300": ("2024-09-01", "2024-09-30"), "11.800": ("2024-08-01", "2024-08-31")},
        ),
        (
            "En 2023 hubo 5.000 casos, y el año anterior, 4.000.",
            datetime.date(2024, 10, 16),
            "es",
            {"5.000": ("2023-01-01", "2023-12-31"), "4.000": ("2022-01-01", "2022-12-31")},
        ),
    ],
)
def test_a_time_before_that_opens_the_next_figure_s_clause_is_that_figure_s(
    text: str, published: datetime.date, language: str, periods: dict[str, tuple[str, str]]
) -> None:
    # ', y el mes anterior, 11.800': the month before dates 11.800, not the figure before it.
    for value_text, period in periods.items():
        assert period_of(text, published, value_text, language) == period


@pytest.mark.parametrize(
    ("text", "published", "value_text", "period"),
    [
        (
            # A forecast for the months still running: this year's March.
            "For the year to March, the government expects growth of 1.3 percent.",
            datetime.date(2024, 2, 15),
            "1.3",
            ("2023-04-01", "2024-03-31"),
        ),
        (
            # What was counted: the latest such month, as before.
            "In the 12 months to January, exports rose 4 percent.",
            datetime.date(2024, 2, 15),
            "4",
            ("2023-02-01", "2024-01-31"),
        ),
    ],
)
def test_a_forecast_for_the_year_to_a_month_runs_to_the_coming_one(
    text: str, published: datetime.date, value_text: str, period: tuple[str, str]
) -> None:
    assert period_of(text, published, value_text, "en") == period


def test_months_joined_by_to_in_one_word_are_the_months_between() -> None:
    text = "Vacancies fell to 841,000 in the July-to-September period, the agency said."
    assert period_of(text, datetime.date(2024, 10, 15), "841,000", "en") == (
        "2024-07-01",
        "2024-09-30",
    )


@pytest.mark.parametrize(
    ("text", "value_text", "period"),
    [
        (
            # What there was on the quarter's last day.
            "Al cierre del primer trimestre, había 1.200 procesos abiertos contra funcionarios.",
            "1.200",
            ("2024-03-31", "2024-03-31"),
        ),
        (
            # A count up to then ('había registrado') still runs over the quarter.
            "Al cierre del primer trimestre, la PNC había registrado 1.200 denuncias.",
            "1.200",
            ("2024-01-01", "2024-03-31"),
        ),
    ],
)
def test_what_there_was_at_the_end_of_a_quarter_is_of_its_last_day(
    text: str, value_text: str, period: tuple[str, str]
) -> None:
    assert period_of(text, datetime.date(2024, 5, 14), value_text, "es") == period


def test_a_share_of_the_things_a_sentence_opens_on_takes_their_count_s_period() -> None:
    # 'Of the deaths, about 80 percent were children': the deaths counted since January 2023,
    # not undated, and not the six weeks of the sentence between.
    text = (
        "Congo has reported more than 27,000 suspected mpox cases and 1,100 deaths since January "
        "2023, the World Health Organization said on Friday. In the past six weeks alone, 3,000 "
        "new cases were recorded. Of the deaths, about 80 percent were children."
    )
    assert period_of(text, datetime.date(2024, 8, 16), "about 80", "en") == (
        "2023-01-01",
        "2024-08-16",
    )


@pytest.mark.parametrize(
    ("text", "value_text", "period"),
    [
        (
            # That many days from the day the government began, not that day alone.
            "Durante los primeros 100 días de gobierno, iniciado el 14 de enero, el Ministerio "
            "de Gobernación reportó la captura de 3.100 pandilleros.",
            "3.100",
            ("2024-01-14", "2024-04-22"),
        ),
        (
            # From the month it began up to publication.
            "Durante el régimen de excepción, que comenzó en marzo de 2022, la policía detuvo a "
            "80.000 personas.",
            "80.000",
            ("2022-03-01", "2024-04-25"),
        ),
    ],
)
def test_during_what_began_on_a_day_runs_from_that_day(
    text: str, value_text: str, period: tuple[str, str]
) -> None:
    assert period_of(text, datetime.date(2024, 4, 25), value_text, "es") == period


def test_an_end_of_the_inflation_target_range_is_a_standing_goal() -> None:
    # 'above the 4.5 percent ceiling of the target range': not of December, the month the
    # inflation it is set against is of.
    candidates = extract(
        "Annual inflation reached 4.83 percent in December, above the 4.5 percent ceiling of the "
        "target range.",
        published_at=datetime.date(2025, 1, 29),
        language="en",
    )
    periods = {c.value_text: (c.period_start, c.period_end) for c in candidates}
    assert periods["4.5"] == (None, None)
    assert periods["4.83"] == (datetime.date(2024, 12, 1), datetime.date(2024, 12, 31))
