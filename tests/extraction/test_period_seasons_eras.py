"""Periods news gives by a named stretch of time: a hurricane season is 1 June to 30 November,
"during the pandemic" dates nothing (and takes nothing from the sentence before), and "hace una
década, el país cerró el año con ..." is that whole year."""

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
            "During the 2024 Atlantic hurricane season, storms damaged 312 schools.",
            datetime.date(2024, 12, 10),
            "312",
            "en",
            ("2024-06-01", "2024-11-30"),
        ),
        (
            "The hurricane season of 2020 produced 30 named storms, a record.",
            datetime.date(2024, 12, 10),
            "30",
            "en",
            ("2020-06-01", "2020-11-30"),
        ),
        (
            "The 2023 eastern Pacific hurricane season produced 17 named storms.",
            datetime.date(2024, 3, 10),
            "17",
            "en",
            ("2023-05-15", "2023-11-30"),
        ),
        (
            "La temporada de huracanes del Atlántico de 2024 dejó 18 tormentas con nombre.",
            datetime.date(2024, 12, 2),
            "18",
            "es",
            ("2024-06-01", "2024-11-30"),
        ),
        (
            "En la temporada ciclónica 2020 se formaron 30 tormentas en el Atlántico.",
            datetime.date(2024, 12, 2),
            "30",
            "es",
            ("2020-06-01", "2020-11-30"),
        ),
        (
            "La temporada de huracanes pasada dejó 20 tormentas con nombre.",
            datetime.date(2024, 3, 2),
            "20",
            "es",
            ("2023-06-01", "2023-11-30"),
        ),
    ],
)
def test_a_hurricane_season_runs_from_june_to_november(
    text: str, published: datetime.date, value_text: str, language: str, period: tuple[str, str]
) -> None:
    # Not the whole calendar year its number names: the season as the weather services count it.
    assert period_of(text, published, value_text, language) == period


def test_the_hurricane_season_stays_in_the_subject() -> None:
    # The season says what was counted as well as when; only its year is a time.
    candidates = extract(
        "La temporada de huracanes del Atlántico de 2024 dejó 18 tormentas con nombre.",
        published_at=datetime.date(2024, 12, 2),
        language="es",
    )
    assert [c.value_text for c in candidates] == ["18"]
    assert "temporada de huracanes" in (candidates[0].subject or "")
    assert "2024" not in (candidates[0].subject or "")


@pytest.mark.parametrize(
    ("text", "published", "value_text", "language"),
    [
        (
            "On March 3, a power failure left the hospital without electricity for 14 hours. "
            "During the pandemic, it ran out of oxygen at least five times.",
            datetime.date(2024, 6, 12),
            "at least five",
            "en",
        ),
        (
            "The ministry plans to hire 4,000 new teachers next year. During the pandemic, "
            "nearly 90 percent of students lacked internet access at home.",
            datetime.date(2024, 12, 10),
            "nearly 90",
            "en",
        ),
        (
            "Exports rose 4 percent in 2023. Before the COVID-19 pandemic, the country sold "
            "about 300,000 tonnes of sugar abroad.",
            datetime.date(2024, 5, 10),
            "about 300,000",
            "en",
        ),
        (
            "La temporada de 2024 dejó 18 tormentas en el país. Durante la pandemia, el número "
            "de albergues habilitados en Honduras se duplicó hasta 3.400.",
            datetime.date(2024, 12, 2),
            "hasta 3.400",
            "es",
        ),
        (
            "En enero se registraron 312 homicidios. En plena pandemia, la cifra mensual bajó a "
            "unos 150.",
            datetime.date(2024, 3, 12),
            "unos 150",
            "es",
        ),
    ],
)
def test_during_the_pandemic_dates_nothing(
    text: str, published: datetime.date, value_text: str, language: str
) -> None:
    # A time the text gives no dates for: no period, and not the one of the sentence before.
    assert period_of(text, published, value_text, language) == ("None", "None")


@pytest.mark.parametrize(
    ("text", "published", "value_text", "period"),
    [
        (
            "In 2020, during the pandemic, unemployment rose to 9 percent.",
            datetime.date(2024, 6, 12),
            "9",
            ("2020-01-01", "2020-12-31"),
        ),
    ],
)
def test_a_dated_figure_during_the_pandemic_keeps_its_date(
    text: str, published: datetime.date, value_text: str, period: tuple[str, str]
) -> None:
    assert period_of(text, published, value_text, "en") == period


@pytest.mark.parametrize(
    ("text", "published", "value_text", "period"),
    [
        (
            "Costa Rica ha registrado 480 homicidios desde enero, informó el OIJ. Hace una "
            "década, el país cerró el año con 477 homicidios.",
            datetime.date(2024, 9, 2),
            "477",
            ("2014-01-01", "2014-12-31"),
        ),
        (
            "Las remesas sumaron US$9.800 millones de enero a junio. Hace un año, el país "
            "terminó el año con US$19.800 millones.",
            datetime.date(2024, 7, 20),
            "US$19.800 millones",
            ("2023-01-01", "2023-12-31"),
        ),
    ],
)
def test_hace_una_decada_with_a_closed_year_is_that_whole_year(
    text: str, published: datetime.date, value_text: str, period: tuple[str, str]
) -> None:
    # Not the part of the year the sentence before counted, moved back: the year closed with it.
    assert period_of(text, published, value_text, "es") == period


@pytest.mark.parametrize(
    ("text", "published", "value_text", "period"),
    [
        (
            "Costa Rica ha registrado 480 homicidios desde enero. Hace una década, el país "
            "registró 300 homicidios en el mismo periodo.",
            datetime.date(2024, 9, 2),
            "300",
            ("2014-01-01", "2014-09-02"),
        ),
    ],
)
def test_hace_una_decada_without_a_closed_year_is_the_same_span_then(
    text: str, published: datetime.date, value_text: str, period: tuple[str, str]
) -> None:
    assert period_of(text, published, value_text, "es") == period


@pytest.mark.parametrize(
    ("text", "published", "value_text", "period"),
    [
        (
            "Estados Unidos deportó a 61.680 guatemaltecos en el año fiscal 2024, que terminó en "
            "septiembre, informó el IGM.",
            datetime.date(2024, 10, 20),
            "61.680",
            ("2023-10-01", "2024-09-30"),
        ),
        (
            "En el ejercicio fiscal 2023, que concluyó en junio, el déficit fue de 3,1 %.",
            datetime.date(2024, 1, 20),
            "3,1",
            ("2022-07-01", "2023-06-30"),
        ),
        (
            "El año fiscal 2025, que comenzó en octubre, tiene un presupuesto de "
            "US$6.800 millones.",
            datetime.date(2024, 11, 20),
            "US$6.800 millones",
            ("2024-10-01", "2025-09-30"),
        ),
    ],
)
def test_a_spanish_fiscal_year_ended_in_a_month_is_the_twelve_months_to_it(
    text: str, published: datetime.date, value_text: str, period: tuple[str, str]
) -> None:
    # "que terminó en septiembre" without a day: the twelve months up to that month's end, as
    # "que terminó el 30 de septiembre" (not the calendar year the fiscal year is named after).
    assert period_of(text, published, value_text, "es") == period


@pytest.mark.parametrize(
    ("text", "published", "value_text", "language", "period"),
    [
        (
            "Remittances rose 2.4 percent in 2024. They had grown 3.3 percent the year before.",
            datetime.date(2025, 1, 22),
            "3.3",
            "en",
            ("2023-01-01", "2023-12-31"),
        ),
        (
            "Exports fell 4 percent in 2023. They had already fallen 2 percent the previous year.",
            datetime.date(2024, 3, 22),
            "2",
            "en",
            ("2022-01-01", "2022-12-31"),
        ),
    ],
)
def test_a_change_in_the_pluperfect_happened_at_the_time_after_it(
    text: str, published: datetime.date, value_text: str, language: str, period: tuple[str, str]
) -> None:
    # 'had grown 3.3 percent the year before': the change of that year, not one measured from it.
    assert period_of(text, published, value_text, language) == period


@pytest.mark.parametrize(
    ("text", "published", "value_text", "period"),
    [
        (
            "Remittances rose 8 percent in 2023. They had risen 18 percent from a year earlier.",
            datetime.date(2024, 3, 22),
            "18",
            ("2023-01-01", "2023-12-31"),
        ),
    ],
)
def test_a_pluperfect_change_measured_from_a_time_keeps_the_later_period(
    text: str, published: datetime.date, value_text: str, period: tuple[str, str]
) -> None:
    assert period_of(text, published, value_text, "en") == period


@pytest.mark.parametrize(
    ("text", "published", "value_text", "period"),
    [
        (
            "En la semana que terminó el domingo murieron 45 personas.",
            datetime.date(2024, 9, 17),
            "45",
            ("2024-09-09", "2024-09-15"),
        ),
        (
            "En la semana al viernes, el quetzal se depreció 0,4 %.",
            datetime.date(2024, 10, 15),
            "0,4",
            ("2024-10-05", "2024-10-11"),
        ),
        (
            "En la semana que terminó el domingo murieron 14 personas, frente a 6 la semana "
            "anterior.",
            datetime.date(2024, 9, 17),
            "6",
            ("2024-09-02", "2024-09-08"),
        ),
        (
            "En la semana que concluyó el sábado 12 de octubre se registraron 45 homicidios.",
            datetime.date(2024, 10, 15),
            "45",
            ("2024-10-06", "2024-10-12"),
        ),
    ],
)
def test_a_spanish_week_ended_on_a_weekday_is_the_seven_days_to_it(
    text: str, published: datetime.date, value_text: str, period: tuple[str, str]
) -> None:
    # 'la semana que terminó el domingo': the seven days to the latest Sunday, as "the week
    # ending Sunday" (not that Sunday alone).
    assert period_of(text, published, value_text, "es") == period


@pytest.mark.parametrize(
    ("text", "published", "value_text", "language", "period"),
    [
        (
            "The economy grew 4.1 percent in the second quarter, up from 2.3 percent in the first.",
            datetime.date(2024, 8, 19),
            "2.3",
            "en",
            ("2024-01-01", "2024-03-31"),
        ),
        (
            "Unemployment fell to 6.1 percent in the fourth quarter, from 6.8 percent in the "
            "third.",
            datetime.date(2025, 2, 10),
            "6.8",
            "en",
            ("2024-07-01", "2024-09-30"),
        ),
        (
            "Exports rose 5 percent in the first half of 2023 and 7 percent in the second.",
            datetime.date(2024, 2, 10),
            "7",
            "en",
            ("2023-07-01", "2023-12-31"),
        ),
        (
            "Las exportaciones crecieron 12 % en el primer semestre de 2023 y 9 % en el segundo.",
            datetime.date(2024, 2, 20),
            "9",
            "es",
            ("2023-07-01", "2023-12-31"),
        ),
        (
            "La economía creció 3,1 % en el segundo trimestre, tras 2,4 % en el primero.",
            datetime.date(2024, 8, 19),
            "2,4",
            "es",
            ("2024-01-01", "2024-03-31"),
        ),
    ],
)
def test_an_ordinal_after_a_quarter_or_half_is_the_other_one_of_that_year(
    text: str, published: datetime.date, value_text: str, language: str, period: tuple[str, str]
) -> None:
    # 'from 6.8 percent in the third': the noun 'quarter' is left out, not the time.
    assert period_of(text, published, value_text, language) == period


@pytest.mark.parametrize(
    ("text", "published", "value_text", "language", "period"),
    [
        (
            "Guatemala's reserves stood at $23.4 billion at the end of the second quarter.",
            datetime.date(2024, 7, 25),
            "$23.4 billion",
            "en",
            ("2024-06-30", "2024-06-30"),
        ),
        (
            "La cartera de créditos ascendía a Q318.500 millones al cierre del primer semestre.",
            datetime.date(2024, 8, 10),
            "Q318.500 millones",
            "es",
            ("2024-06-30", "2024-06-30"),
        ),
        (
            "Las reservas se situaron en US$23.000 millones al cierre del tercer trimestre.",
            datetime.date(2024, 10, 15),
            "US$23.000 millones",
            "es",
            ("2024-09-30", "2024-09-30"),
        ),
        (
            "Reserves stood at $23.4 billion at the end of the second quarter. Remittances in "
            "the quarter totaled $5.4 billion.",
            datetime.date(2024, 7, 25),
            "$5.4 billion",
            "en",
            ("2024-04-01", "2024-06-30"),
        ),
    ],
)
def test_a_level_at_the_end_of_a_quarter_or_half_is_of_its_last_day(
    text: str, published: datetime.date, value_text: str, language: str, period: tuple[str, str]
) -> None:
    # As at the end of a month or a year (a stock measured on a day); what the quarter added up
    # to, told after it, is still the whole quarter.
    assert period_of(text, published, value_text, language) == period


@pytest.mark.parametrize(
    ("text", "published", "value_text", "period"),
    [
        (
            "Remittances totaled $5.4 billion in the second quarter.",
            datetime.date(2024, 7, 25),
            "$5.4 billion",
            ("2024-04-01", "2024-06-30"),
        ),
    ],
)
def test_a_flow_in_a_quarter_keeps_the_quarter(
    text: str, published: datetime.date, value_text: str, period: tuple[str, str]
) -> None:
    assert period_of(text, published, value_text, "en") == period


@pytest.mark.parametrize(
    ("text", "value_text"),
    [
        (
            "El Congreso aprobó el presupuesto del próximo año por Q148.000 millones.",
            "Q148.000 millones",
        ),
        ("El presupuesto del año próximo asciende a Q148.000 millones.", "Q148.000 millones"),
        ("El presupuesto del año entrante asciende a Q148.000 millones.", "Q148.000 millones"),
        ("El gobierno invertirá Q148.000 millones el año que viene.", "Q148.000 millones"),
    ],
)
def test_the_spanish_next_year_in_every_wording_is_the_year_after_publication(
    text: str, value_text: str
) -> None:
    # 'del próximo año' (with 'del'), 'el año entrante', 'el año que viene': as 'el próximo año'.
    published = datetime.date(2024, 11, 20)
    assert period_of(text, published, value_text, "es") == ("2025-01-01", "2025-12-31")
