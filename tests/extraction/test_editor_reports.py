"""Mistakes found by reading the extractor's proposals as an editor would, each kept fixed: the
size of a counted item is no figure; a short Spanish text is Spanish; a ranked rate takes its
unit; the date of a statement does not date the figure that has its own."""

from __future__ import annotations

import datetime

import pytest

from claims.importing.extraction import Candidate, detect, extract

PUBLISHED = datetime.date(2024, 5, 15)


def found(text: str, language: str | None = None) -> list[Candidate]:
    return extract(text, published_at=PUBLISHED, language=language)


@pytest.mark.parametrize(
    ("text", "value_text", "unit"),
    [
        ("Se decomisaron 30 cilindros de 25 libras en Mixco.", "30", "cilindros"),
        ("Se decomisaron 30 cilindros de gas de 25 libras.", "30", "cilindros"),
        ("Se entregaron 500 bolsas de frijol de 5 libras.", "500", "bolsas"),
        ("Police seized 30 cylinders of 25 pounds in Mixco.", "30", "cylinders"),
        ("The agency delivered 40 bags of 50 kilograms.", "40", "bags"),
        ("The agency delivered 40 bags of rice of 50 kilograms each.", "40", "bags"),
    ],
)
def test_the_size_of_a_counted_item_is_no_figure(text: str, value_text: str, unit: str) -> None:
    # '30 cilindros de 25 libras': 25 says which cylinders (like 'a 25-pound cylinder').
    candidates = found(text)
    assert [(c.value_text, c.unit) for c in candidates] == [(value_text, unit)]


def test_a_measure_of_a_named_substance_after_a_count_stays_a_figure() -> None:
    # '110 libras de maíz y frijol' is food that can be weighed, not the ration's label.
    candidates = found("Cada familia recibirá dos raciones de 110 libras de maíz y frijol.", "es")
    assert [c.value_text for c in candidates] == ["dos", "110"]


@pytest.mark.parametrize(
    "text",
    [
        "Se decomisaron 30 cilindros de 25 libras en Mixco.",
        "Se decomisaron 30 cilindros de gas en Mixco.",
        "Decomisan 200 libras de marihuana.",
        "Mueren 3 niños tras incendio.",
        "Aduanas: recaudación sube 6,5 %",
        "Capturaron a 12 pandilleros en Mixco.",
        "¿Cuántos migrantes llegaron? 4.000.",
        "Aumentó 5 por ciento.",
        "Detienen a 40 personas en enero.",
        "Reportan 15 muertos en Petén.",
    ],
)
def test_a_short_spanish_text_is_spanish(text: str) -> None:
    # One marker word or none: the words only Spanish writes, '-ción', ñ, ¿ and 'por ciento'.
    assert detect(text).language == "es"


@pytest.mark.parametrize(
    "text",
    [
        "Police in San José de Costa Rica said 5 people died.",
        "José de San Martín won 5 votes.",
        "Sandra Torres of the Unidad Nacional de la Esperanza won 37 percent.",
        "Nariño: 68,000",
        "Cinco de Mayo parade drew 20,000.",
        "Mexico's Día de Muertos drew 1.2 million visitors.",
        "Ciudad de México recorded 45 homicides.",
        "Operación Escudo: 40 arrests",
    ],
)
def test_spanish_names_leave_a_short_english_text_english(text: str) -> None:
    assert detect(text).language == "en"


def test_a_rate_ranked_after_another_takes_its_unit() -> None:
    text = (
        "Honduras tuvo la tasa más alta, con 35,8 homicidios por cada 100.000 habitantes. "
        "Le siguieron Belice, con 28,4, y El Salvador, con 20,1."
    )
    candidates = found(text, "es")
    assert [(c.value_text, c.unit) for c in candidates] == [
        ("35,8", "per 100,000 people"),
        ("28,4", "per 100,000 people"),
        ("20,1", "per 100,000 people"),
    ]
    # (the measure before, in each place ranked: not 'tasa de homicidios de Honduras en Belice')
    assert [c.subject for c in candidates] == [
        "tasa de homicidios en Honduras",
        "tasa de homicidios en Belice",
        "tasa de homicidios en El Salvador",
    ]


def test_the_pronoun_of_le_siguieron_is_no_subject() -> None:
    text = (
        "El desempleo juvenil llegó al 12,5 % en El Salvador. "
        "Le siguieron Honduras (5,2 %) y Nicaragua (4,1 %)."
    )
    # (was 'le en Honduras', 'le en Nicaragua')
    assert [c.subject for c in found(text, "es")] == [
        "desempleo juvenil en El Salvador",
        "desempleo juvenil en Honduras",
        "desempleo juvenil en Nicaragua",
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "This week, the U.N. agency said 1,200 people were displaced in 2023.",
            "2023-01-01",
            "2023-12-31",
        ),
        (
            "This week, the U.N. agency said 1,200 people were displaced by floods and "
            "landslides in the northern provinces of the country in 2023.",
            "2023-01-01",
            "2023-12-31",
        ),
        (
            "This week, the U.N. agency said 1,200 people, most of them women and children "
            "from rural areas, were displaced in 2023.",
            "2023-01-01",
            "2023-12-31",
        ),
        (
            "On Wednesday, the ministry said 300 families lost their homes to the floods that "
            "struck the northern provinces during 2023.",
            "2023-01-01",
            "2023-12-31",
        ),
        (
            "The court appealed on Wednesday against the ruling that fines will reach 5 million "
            "next year.",
            "2025-01-01",
            "2025-12-31",
        ),
        (
            "On Wednesday, the court appealed against the ruling that 5 million in fines must be "
            "paid by the mining company and its two subsidiaries next year.",
            "2025-01-01",
            "2025-12-31",
        ),
        (
            "Esta semana, la agencia de la ONU informó que 1.200 personas fueron desplazadas por "
            "las inundaciones y los deslizamientos en las provincias del norte en 2023.",
            "2023-01-01",
            "2023-12-31",
        ),
    ],
)
def test_the_date_of_a_statement_yields_to_the_figure_s_own(
    text: str, start: str, end: str
) -> None:
    # The time before 'said'/'informó' or a framing 'that' dates the statement or the act; the
    # figure's own time, further on in its clause, dates the figure.
    (candidate,) = found(text)
    assert (str(candidate.period_start), str(candidate.period_end)) == (start, end)


def test_the_date_of_a_statement_alone_still_dates_the_figure_as_before() -> None:
    # (no time of the figure's own: the rule leaves the choice as it was)
    (candidate,) = found("On Monday, the agency said 300 families lost their homes.")
    assert str(candidate.period_start) == "2024-05-13"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Guatemala exportó 300 toneladas de cardamomo en enero. Le siguieron Honduras "
            "(120 toneladas) y Nicaragua (80 toneladas).",
            [
                "toneladas exportadas de cardamomo por Guatemala",
                "toneladas exportadas de cardamomo por Honduras",
                "toneladas exportadas de cardamomo por Nicaragua",
            ],
        ),
        (
            "Las autoridades confirmaron 1.250 casos de dengue en Jalisco. Le siguieron "
            "Veracruz con 980 casos y Nuevo León con 640.",
            [
                "casos de dengue en Jalisco",
                "casos de dengue en Veracruz",
                "casos de dengue en Nuevo León",
            ],
        ),
    ],
)
def test_a_count_that_ranks_a_place_counts_what_the_one_before_counted(
    text: str, subjects: list[str]
) -> None:
    # 'Le siguieron Honduras (120 toneladas)': not 'toneladas siguidas por le' nor 'toneladas y
    # Nicaragua'; the earlier count's measure, done by (or in) the place ranked.
    assert [c.subject for c in found(text, "es")] == subjects


def test_the_participle_of_a_stem_changing_verb_is_spanish() -> None:
    # 'persiguieron' -> 'perseguidos' (the infinitive's 'e'), never 'persiguidos'.
    (candidate,) = found("La policía persiguió a 40 sospechosos en Mixco.", "es")
    assert "persiguid" not in (candidate.subject or "")
    assert "perseguid" in (candidate.subject or "")


@pytest.mark.parametrize(
    ("text", "subjects", "places"),
    [
        (
            "Guatemala recorded 3,000 homicides last year, followed by Honduras (2,800) and "
            "El Salvador (1,141).",
            ["homicides in Guatemala", "homicides in Honduras", "homicides in El Salvador"],
            ["Guatemala", "Honduras", "El Salvador"],
        ),
        (
            "Guatemala recorded 3,000 homicides last year, followed by Honduras with 2,800 and "
            "El Salvador with 1,141.",
            ["homicides in Guatemala", "homicides in Honduras", "homicides in El Salvador"],
            ["Guatemala", "Honduras", "El Salvador"],
        ),
        (
            "The homicide rate in Honduras was 31.1 per 100,000 people, followed by Belize "
            "(28.4) and Guatemala (16.1).",
            ["homicide rate in Honduras", "homicide rate in Belize", "homicide rate in Guatemala"],
            ["Honduras", "Belize", "Guatemala"],
        ),
    ],
)
def test_a_figure_that_ranks_a_place_after_followed_by_measures_what_the_one_before_did(
    text: str, subjects: list[str], places: list[str]
) -> None:
    # 'followed by Honduras (2,800) and El Salvador (1,141)': not 'homicides and El Salvador
    # in Honduras'; 'Honduras with 2,800' is Honduras's figure, not the sentence's first place.
    candidates = found(text, "en")
    assert [c.subject for c in candidates] == subjects
    assert [c.place for c in candidates] == places


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lakeview registró 1.021 homicidios, seguida de Bogotá (988) y Medellín (412).", "es"),
        ("Lakeview recorded 1,021 homicides, followed by Bogotá (988) and Medellín (412).", "en"),
    ],
)
def test_what_counts_first_in_a_ranking_of_places_is_a_place_not_a_source(
    text: str, language: str
) -> None:
    # 'Cali registró 1.021 homicidios, seguida de Bogotá (988)': a place the gazetteer does not
    # know, ranked before places, counts like them and is nobody's source.
    assert [c.attributed_to for c in found(text, language)] == [None, None, None]


def test_an_organisation_that_counts_stays_a_source_before_another_organisation() -> None:
    # ('seguido de la PNC': not a place, the counter keeps its role)
    candidates = found("El INACIF registró 1.021 necropsias, seguido de la PNC (988).", "es")
    assert candidates[0].attributed_to == "El INACIF"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("La Paz registró 300 casos de dengue.", "La Paz"),
        ("El Progreso registró 12 homicidios.", "El Progreso"),
        ("La Ceiba registró 141 homicidios.", "La Ceiba"),
        ("Cali registró 1.021 homicidios en 2024.", "Cali"),
    ],
)
def test_a_place_whose_name_starts_with_an_article_counts_but_is_no_source(
    text: str, place: str
) -> None:
    # 'La Paz registró': the article is part of the name ('Paz' alone is no place); large
    # cities the tracker follows are places ('Cali', 'La Ceiba').
    (candidate,) = found(text, "es")
    assert (candidate.attributed_to, candidate.place) == (None, place)


def test_an_amount_that_ranks_a_place_is_the_money_before_in_that_place() -> None:
    # 'Le siguieron El Salvador (8.200 millones de dólares)' after the remittances to Honduras
    # and their rise: the remittances to El Salvador, not 'aumento de remesas a Honduras en El
    # Salvador'.
    candidates = found(
        "Las remesas a Honduras sumaron 9.700 millones de dólares entre enero y octubre, un 18 % "
        "más que un año antes, informó el Banco Central. Le siguieron El Salvador (8.200 millones "
        "de dólares) y Nicaragua (4.600 millones de dólares).",
        "es",
    )
    assert [c.subject for c in candidates] == [
        "remesas a Honduras",
        "aumento de remesas a Honduras",
        "remesas a El Salvador",
        "remesas a Nicaragua",
    ]


@pytest.mark.parametrize(
    ("text", "language", "subjects"),
    [
        (
            "Ana Flores won 52.4 percent of the vote on Sunday, ahead of Jorge Medina with 31.7 "
            "percent.",
            "en",
            ["share of vote won by Ana Flores", "share of vote won by Jorge Medina"],
        ),
        (
            "Ana Flores won 52.4 percent of the vote, compared with 31.7 percent for Jorge Medina.",
            "en",
            ["share of vote won by Ana Flores", "share of vote won by Jorge Medina"],
        ),
        (
            "El candidato oficialista obtuvo 48,2 % de los votos el domingo, frente a 39,5 % de "
            "su rival.",
            "es",
            [
                "proporción de votos obtenidos por el candidato oficialista",
                "proporción de votos obtenidos por su rival",
            ],
        ),
        (
            "Ana Flores obtuvo el 48,2 % de los votos, seguida de Jorge Medina, con 39,5 %.",
            "es",
            [
                "proporción de votos obtenidos por Ana Flores",
                "proporción de votos obtenidos por Jorge Medina",
            ],
        ),
    ],
)
def test_a_share_of_the_vote_is_won_by_someone_and_a_rival_s_share_is_the_rival_s(
    text: str, language: str, subjects: list[str]
) -> None:
    # Not 'share of vote where Ana Flores won' nor, for the rival, 'share of vote where Ana
    # Flores won percent of the vote ahead of Jorge Medina'.
    assert [c.subject for c in found(text, language)] == subjects


@pytest.mark.parametrize(
    "comparison",
    [
        "That is up from 1,530 cases in the same period of 2024.",
        "That is nearly triple the 1,530 cases reported in the same period of 2024.",
        "That is up from 1,530 in 2024.",
    ],
)
def test_a_baseline_count_counts_what_the_figure_it_is_compared_with_counted(
    comparison: str,
) -> None:
    # 'That is up from 1,530 cases': not 'cases up' nor 'cases triple the reported'.
    candidates = found(
        f"Health officials have registered 4,512 dengue cases so far this year. {comparison}",
        "en",
    )
    assert [c.subject for c in candidates] == ["dengue cases", "dengue cases"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Remittances to Guatemala totaled $21.5 billion last year, a rise of 8.6 percent. "
            "About 97 percent came from the United States.",
            "share of remittances to Guatemala that came from the United States",
        ),
        (
            "Most of the migrants were Venezuelan. About 60 percent came from Venezuela.",
            "share that came from Venezuela",
        ),
    ],
)
def test_a_share_with_no_base_is_a_share_of_what_was_named_before(text: str, subject: str) -> None:
    # 'About 97 percent came from ...': not 'share of came from the United States'.
    assert found(text, "en")[-1].subject == subject


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "El precio del frijol subió 12 % y el del maíz, 9 %.",
            ["aumento de precio del frijol", "aumento de precio del maíz"],
        ),
        (
            "La inflación de alimentos fue de 7,2 % y la de servicios, de 4,1 %.",
            ["inflación de alimentos", "inflación de servicios"],
        ),
        (
            "Las exportaciones de café crecieron 8 % y las de banano, 3 %.",
            ["crecimiento de exportaciones de café", "crecimiento de exportaciones de banano"],
        ),
    ],
)
def test_a_gapped_second_item_takes_the_measure_before_of_what_it_names(
    text: str, subjects: list[str]
) -> None:
    # 'y el del maíz, 9 %': the verb and the measure are left out; not 'precio del frijol'.
    assert [c.subject for c in found(text, "es")] == subjects


@pytest.mark.parametrize(
    ("text", "unit", "subject"),
    [
        ("Se registraron 300 casos de dengue y 40 de zika.", "casos", "casos de zika"),
        (
            "Se confirmaron 1.250 casos de dengue y 320 de chikungunya en Jalisco.",
            "casos",
            "casos de chikungunya en Jalisco",
        ),
    ],
)
def test_a_bare_number_before_de_leaves_its_counted_noun_out(
    text: str, unit: str, subject: str
) -> None:
    # '40 de zika': zika is not what is counted (a bare number takes no 'de' before its noun).
    last = found(text, "es")[-1]
    assert (last.unit, last.subject) == (unit, subject)


def test_a_partitive_after_a_bare_number_still_names_the_counted_noun() -> None:
    # ('40 de las 100 personas': the persons are counted)
    assert found("Fueron detenidas 40 de las 100 personas.", "es")[0].unit == "personas"


def test_a_share_a_place_took_is_ranked_by_the_places_after_it() -> None:
    # 'followed by Canada (6 percent)': not 'share of shipments where United States bought
    # percent of the shipments followed by Canada'.
    candidates = found(
        "The United States bought 80 percent of the shipments, followed by Canada (6 percent) "
        "and Japan (4 percent).",
        "en",
    )
    assert [c.subject for c in candidates] == [
        "share of shipments bought by United States",
        "share of shipments bought by Canada",
        "share of shipments bought by Japan",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Se informó que los detenidos eran 120.",
        "La Fiscalía dijo que los detenidos eran 120.",
    ],
)
def test_the_subject_of_a_reported_clause_gives_the_unit(text: str) -> None:
    # 'que los detenidos eran 120': unit 'detenidos', not '' nor 'que detenidos'.
    (candidate,) = found(text, "es")
    assert (candidate.unit, candidate.subject) == ("detenidos", "detenidos")


@pytest.mark.parametrize(
    "text",
    [
        "Portugal received 12.3 million foreign visitors through the end of April, the "
        "tourism board said.",
        "Car sales reached 410,000 units until the end of April, the dealers' association said.",
    ],
)
def test_through_the_end_of_a_month_bounds_the_year_like_through_the_month(text: str) -> None:
    # 'through the end of April' is 'through April': the year up to that month's end.
    candidate = found(text)[0]
    assert (str(candidate.period_start), str(candidate.period_end)) == (
        "2024-01-01",
        "2024-04-30",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The national statistics office published its household survey for the first quarter "
        "of 2024 on Monday. Poverty affected 27.1% of households.",
        "The central bank released its balance of payments report for the first quarter on "
        "Friday. The current account showed a deficit of $2.3 billion.",
    ],
)
def test_the_day_a_release_came_out_leaves_the_period_it_covers_to_what_follows(
    text: str,
) -> None:
    # A sentence without figures that names the period of a release and the day it came out:
    # the figures that follow are of the period, not of that day (nor of no period).
    candidate = found(text)[-1]
    assert (str(candidate.period_start), str(candidate.period_end)) == (
        "2024-01-01",
        "2024-03-31",
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Remittances reached $4.1 billion in the second quarter of 2024. Compared with the "
            "second quarter of 2023, they rose 6%.",
            "en",
        ),
        (
            "Coffee exports brought in $1.2 billion in 2023, the growers' "
            "association said. Compared with 2022, they fell 4%.",
            "en",
        ),
    ],
)
def test_a_comparison_that_opens_the_sentence_does_not_date_the_change(
    text: str, language: str
) -> None:
    # 'Compared with Q2 2023, they rose 6%': the change arrives at the period spoken of.
    first, change = found(text, language)[:2]
    assert (change.period_start, change.period_end) == (first.period_start, first.period_end)
    assert change.period_start is not None
    assert change.period_start.year in (2023, 2024)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's tea exports earned $1.4 billion in the year ended June 30, the tea board said. "
        "Volumes for the year rose 8%.",
        "The charity spent $310 million in the fiscal year that ended Sept. 30, 2023. Donations "
        "during the year fell 3%.",
    ],
)
def test_the_year_after_a_fiscal_year_is_that_fiscal_year(text: str) -> None:
    # 'for the year' right after a fiscal year: those twelve months, not the calendar year
    # they end in.
    fiscal, figure = found(text)[:2]
    assert fiscal.period_start is not None
    assert fiscal.period_start.month != 1
    assert (figure.period_start, figure.period_end) == (fiscal.period_start, fiscal.period_end)


@pytest.mark.parametrize(
    "second",
    [
        "Core prices rose 3.6% on a year-on-year basis.",
        "Online sales climbed 0.8% on a month-on-month basis.",
    ],
)
def test_a_year_on_year_basis_is_no_habit_and_takes_the_period_before(second: str) -> None:
    # 'on a year-on-year basis' holds 'a year' but is no 'a year' of a habit: the change keeps
    # the month the sentence before gave.
    text = f"Consumer prices rose 4.1% in March, the statistics office said. {second}"
    first, change = found(text)
    assert (change.period_start, change.period_end) == (first.period_start, first.period_end)
    assert str(change.period_start) == "2024-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "Chile's copper output rose to 5.4 million tonnes in 2023 from 5.3 million in 2022, the "
        "mining ministry said. Exports of the metal grew 3% over the same period.",
        "Homicides fell to 1,950 in 2023, down from 2,410 in 2022. Robberies dropped 11% in the "
        "same period.",
    ],
)
def test_the_same_period_is_the_news_s_not_the_level_it_was_compared_with(text: str) -> None:
    # 'rose to X in 2023 from Y in 2022. ... over the same period': 2023, not 2022.
    last = found(text)[-1]
    assert (str(last.period_start), str(last.period_end)) == ("2023-01-01", "2023-12-31")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Bank lending grew 2.4% in the third quarter, the central bank said. Bad loans stood "
            "at 3.1% of the portfolio at the end of the quarter.",
            "2023-09-30",
        ),
        (
            "Factory output fell 1.2% in February. Inventories were valued at $8.3 billion at "
            "the end of the month.",
            "2024-02-29",
        ),
    ],
)
def test_a_level_at_the_end_of_the_period_spoken_of_is_its_last_day(text: str, day: str) -> None:
    # 'at the end of the quarter' after 'in the third quarter': the quarter's last day.
    level = found(text)[-1]
    assert (str(level.period_start), str(level.period_end)) == (day, day)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The health ministry aims to vaccinate 2.5 million children by the end of 2024.",
            "2024-01-01",
            "2024-12-31",
        ),
        ("The utility plans to install 40,000 meters by the end of 2027.", "None", "None"),
    ],
)
def test_a_plan_by_the_end_of_the_year_of_publication_is_that_year(
    text: str, start: str, end: str
) -> None:
    # As 'by the end of this year': the year of the plan; a later year stays an open target.
    (candidate,) = found(text)
    assert (str(candidate.period_start), str(candidate.period_end)) == (start, end)


def test_a_quarter_written_q3_is_no_amount_of_quetzales() -> None:
    # 'Q3 2024' names a quarter: it does not make the text Guatemalan; 'Q1,500' still would.
    text = "Andean Mining shipped 98,000 tonnes of zinc in Q3 2024, the company said."
    assert found(text)[0].place is None
    guatemalan = "Drivers caught speeding face fines of up to Q1,500, the traffic police said."
    assert found(guatemalan)[0].place == "Guatemala"
