"""Spanish texts: numbers in digits and words, qualifiers, periods, sources and units."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from claims.importing.extraction import Candidate, UnsupportedLanguage, detect, extract

PUBLISHED = datetime.date(2024, 1, 16)


def one(text: str, **kwargs: object) -> Candidate:
    kwargs.setdefault("language", "es")  # short sentences: the language is given, as it may be
    found = extract(text, published_at=PUBLISHED, **kwargs)  # type: ignore[arg-type]
    assert len(found) == 1, [c.value_text for c in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value_text", "amount", "unit"),
    [
        ("La tasa fue de 34,5 por cada 100.000 habitantes.", "34,5", "34.5", "per 100,000 people"),
        ("Se registraron 1.300 homicidios.", "1.300", "1300", "homicidios"),
        ("Murieron treinta y cuatro personas.", "treinta y cuatro", "34", "personas"),
        (
            "La tasa fue de treinta y cuatro coma cinco por cada 100.000 habitantes.",
            "treinta y cuatro coma cinco",
            "34.5",
            "per 100,000 people",
        ),
        ("Mil doscientos agentes fueron desplegados.", "Mil doscientos", "1200", "agentes"),
        ("El presupuesto es de Q148.500 millones.", "Q148.500 millones", "148500000000", "GTQ"),
        ("Las remesas sumaron US$10.245,6 millones.", "US$10.245,6 millones", "10245600000", "USD"),
        ("El Gobierno destinará 1.200 millones de euros.", "1.200 millones", "1200000000", "EUR"),
        ("La pobreza afecta al 59,3 % de la población.", "59,3", "59.3", "percent"),
        ("El desempleo bajó 2,3 puntos porcentuales.", "2,3", "2.3", "percentage points"),
        (
            "Llegaron 5.000 migrantes en situación irregular.",
            "5.000",
            "5000",
            "migrantes en situación irregular",
        ),
    ],
)
def test_spanish_numbers_and_units(text: str, value_text: str, amount: str, unit: str) -> None:
    found = one(text)
    assert (found.value_text, found.amount, found.unit) == (value_text, Decimal(amount), unit)
    assert found.language == "es"


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [
        ("casi", "nearly"),
        ("cerca de", "nearly"),
        ("alrededor de", "approximately"),
        ("unos", "approximately"),
        ("más de", "more_than"),
        ("al menos", "at_least"),
        ("hasta", "up_to"),
        ("menos de", "less_than"),
        ("como máximo", "at_most"),
    ],
)
def test_spanish_qualifiers(phrase: str, qualifier: str) -> None:
    found = one(f"La policía informó que {phrase} 1.200 personas fueron detenidas en el país.")
    assert found.qualifier == qualifier
    assert found.value_text == f"{phrase} 1.200"


@pytest.mark.parametrize(
    ("text", "value_text", "qualifier"),
    [
        ("La inflación interanual subió hasta 4,5 % en junio.", "4,5", "exact"),
        (
            "Las remesas crecieron hasta 1.800 millones de dólares en marzo.",
            "1.800 millones",
            "exact",
        ),
        ("Hasta 45 % de los homicidios se atribuyen a las pandillas.", "Hasta 45", "up_to"),
    ],
)
def test_hasta_after_a_verb_of_change_is_the_level_reached(
    text: str, value_text: str, qualifier: str
) -> None:
    found = one(text)
    assert (found.value_text, found.qualifier) == (value_text, qualifier)


def test_a_police_station_s_number_is_no_figure() -> None:
    found = one("Los agentes de la comisaría 14 detuvieron a 5 personas en la zona 18.")
    assert (found.value_text, found.unit) == ("5", "personas")


def test_both_parts_of_a_designator_s_number_are_no_figure() -> None:
    found = one("En la subestación 11-2 se registraron 3 denuncias de extorsión.")
    assert (found.value_text, found.unit) == ("3", "denuncias")


@pytest.mark.parametrize(
    ("text", "value_text", "amount", "qualifier"),
    [
        ("Uno de cada cinco niños padece desnutrición.", "Uno de cada cinco", "20", "exact"),
        ("Casi la mitad de los hogares perdió su cosecha.", "Casi la mitad", "50", "nearly"),
        ("Dos tercios de los votos fueron nulos.", "Dos tercios", "66.67", "approximately"),
        ("Decenas de familias durmieron en albergues.", "Decenas de", "20", "at_least"),
        ("Miles de personas marcharon.", "Miles de", "2000", "at_least"),
        (
            "Hasta el 90 por ciento de las extorsiones no se denuncian.",
            "Hasta el 90",
            "90",
            "up_to",
        ),
    ],
)
def test_spanish_shares_and_vague_quantities(
    text: str, value_text: str, amount: str, qualifier: str
) -> None:
    found = one(text)
    assert (found.value_text, found.amount, found.qualifier) == (
        value_text,
        Decimal(amount),
        qualifier,
    )


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("En 2012 murieron 300 personas.", "2012-01-01", "2012-12-31"),
        ("El año pasado murieron 300 personas.", "2023-01-01", "2023-12-31"),
        ("En lo que va del año murieron 300 personas.", "2024-01-01", "2024-01-16"),
        ("Entre enero y marzo de 2013 murieron 300 personas.", "2013-01-01", "2013-03-31"),
        ("En el primer semestre de 2023 murieron 300 personas.", "2023-01-01", "2023-06-30"),
        ("En diciembre murieron 300 personas.", "2023-12-01", "2023-12-31"),
        ("El domingo murieron 300 personas.", "2024-01-14", "2024-01-14"),
        ("Desde marzo de 2022 han muerto 300 personas.", "2022-03-01", "2024-01-16"),
        ("Los homicidios del año pasado sumaron 300.", "2023-01-01", "2023-12-31"),
        ("A finales del año pasado murieron 300 personas.", "2023-01-01", "2023-12-31"),
        ("El año recién pasado murieron 300 personas.", "2023-01-01", "2023-12-31"),
        ("En el presente año murieron 300 personas.", "2024-01-01", "2024-12-31"),
        ("De enero a la fecha murieron 300 personas.", "2024-01-01", "2024-01-16"),
        ("En el primer cuatrimestre de 2023 murieron 300 personas.", "2023-01-01", "2023-04-30"),
        ("En el tercer bimestre de 2023 murieron 300 personas.", "2023-05-01", "2023-06-30"),
        ("En la década de 1990 murieron 300 personas.", "1990-01-01", "1999-12-31"),
        ("En la primera semana de diciembre murieron 300 personas.", "2023-12-01", "2023-12-07"),
        ("Durante el fin de semana murieron 300 personas.", "2024-01-13", "2024-01-14"),
        ("En el segundo trimestre del presente año murieron 300.", "2024-04-01", "2024-06-30"),
        ("En el primer trimestre del año murieron 300 personas.", "2024-01-01", "2024-03-31"),
        ("La meta para todo 2023 era de 300 detenciones.", "2023-01-01", "2023-12-31"),
        ("En todo el año pasado murieron 300 personas.", "2023-01-01", "2023-12-31"),
        ("En los primeros 10 días de enero murieron 300 personas.", "2024-01-01", "2024-01-10"),
        (
            "Desde que asumió en enero, el gobierno contrató a 300 agentes.",
            "2024-01-01",
            "2024-01-16",
        ),
    ],
)
def test_spanish_periods(text: str, start: str, end: str) -> None:
    found = one(text)
    assert (found.period_start, found.period_end) == (
        datetime.date.fromisoformat(start),
        datetime.date.fromisoformat(end),
    )


def test_spanish_same_months_of_a_year_date_the_baseline() -> None:
    found = extract(
        "Las exportaciones sumaron 300 millones de dólares entre enero y marzo, frente a 250 "
        "millones en los mismos meses de 2022.",
        published_at=PUBLISHED,
    )
    assert [(c.period_start, c.period_end) for c in found] == [
        (datetime.date(2023, 1, 1), datetime.date(2023, 3, 31)),
        (datetime.date(2022, 1, 1), datetime.date(2022, 3, 31)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "La ley de 2019 castiga la portación ilegal con multas de hasta Q5.000.",
        "La Constitución de 1985 asigna al Organismo Judicial el 2 por ciento del presupuesto.",
    ],
)
def test_spanish_year_that_names_a_law_is_not_a_period(text: str) -> None:
    found = one(text)
    assert (found.period_start, found.period_end) == (None, None)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Murieron 300 personas, según el Ministerio de Salud.", "el Ministerio de Salud"),
        ("Murieron 300 personas, de acuerdo con la Conred.", "la Conred"),
        (
            "La Policía Nacional Civil informó que murieron 300 personas.",
            "La Policía Nacional Civil",
        ),
        (
            "Murieron 300 personas, dijo el ministro, Francisco Jiménez.",
            "el ministro, Francisco Jiménez",
        ),
        ("El Inacif registró 6.025 homicidios en 2022.", "El Inacif"),
        ("Cataluña registró 300 incendios en 2022.", None),
    ],
)
def test_spanish_sources(text: str, source: str | None) -> None:
    assert one(text).attributed_to == source


def test_a_back_reference_names_the_earlier_source() -> None:
    found = extract(
        "El Instituto Nacional de Ciencias Forenses (Inacif) presentó su informe anual. "
        "Según el informe, hubo 6.025 muertes violentas en 2022, informó la institución.",
        published_at=PUBLISHED,
    )
    assert [c.attributed_to for c in found] == [
        "El Instituto Nacional de Ciencias Forenses (Inacif)"
    ]


def test_language_is_detected_and_others_are_refused() -> None:
    assert detect("La tasa de homicidios bajó en 2023, según la policía del país.").language == "es"
    assert detect("The homicide rate fell in 2023, according to the police.").language == "en"
    portuguese = (
        "O número de homicídios caiu para 3.000 em 2023, segundo a polícia. Não houve mudanças."
    )
    assert detect(portuguese).name == "Portuguese"
    with pytest.raises(UnsupportedLanguage, match="Portuguese"):
        extract(portuguese)
    with pytest.raises(UnsupportedLanguage):
        extract("Some text with 3 numbers.", language="fr")
    # A language given explicitly is read as such.
    assert extract("Murieron 300 personas.", language="es")[0].language == "es"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Selon le ministère public du Guatemala, le taux d'homicides est tombé de près de 39 "
            "à 34,5 pour 100 000 habitants en 2013. Les autorités ont annoncé que la criminalité "
            "organisée serait responsable de jusqu'à 45 pour cent des meurtres.",
            "fr",
        ),
        ("Le chômage a baissé de 0,3 point en 2023, selon l'Insee.", "fr"),
        ("La population de la ville a augmenté de 5 % en dix ans.", "fr"),
        ("La police a arrêté 12 personnes à Marseille.", "fr"),
        ("Près de la moitié des électeurs se sont abstenus, selon un sondage publié mardi.", "fr"),
        (
            "Segundo o Ministério Público da Guatemala, a taxa de homicídios caiu de quase 39 para "
            "34,5 por 100 mil habitantes em 2013. As autoridades disseram que o crime organizado "
            "seria responsável por até 45 por cento dos assassinatos.",
            "pt",
        ),
        ("O desemprego caiu para 7,8% no trimestre, segundo o IBGE.", "pt"),
        ("A taxa de desemprego ficou em 8,5% no ano passado.", "pt"),
        ("La disoccupazione è scesa al 7,8 per cento nel trimestre, secondo l'Istat.", "it"),
        ("Circa 4.000 persone hanno manifestato sabato a Roma.", "it"),
        ("Mehr als 300 Migranten kamen in der vergangenen Woche an.", "de"),
        # Spanish writes some of the same words ('la', 'que', 'en', 'de', a decimal comma).
        ("La población de la ciudad aumentó un 5 % en diez años.", "es"),
        ("Le dijeron a la prensa que hubo 20 muertos.", "es"),
        ("Murieron dos o tres personas en el accidente.", "es"),
        ("Con 45 votos a favor, el Congreso aprobó la ley.", "es"),
        ("Los precios de la energía subieron 8,5 % en un año, según el instituto.", "es"),
        ("Le Monde reported 300 deaths.", "en"),
    ],
)
def test_romance_languages_are_told_from_spanish(text: str, language: str) -> None:
    assert detect(text).language == language


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "В 2023 году число убийств в Гватемале снизилось до 2842, сообщила полиция.",
            "x-cyrl",
            "a language written in Cyrillic",
        ),
        ("Το ποσοστό ανθρωποκτονιών μειώθηκε σε 16,1 το 2023.", "el", "Greek"),
        ("危地马拉的凶杀率在2023年降至16.1。", "zh", "Chinese"),
        ("2023年にグアテマラの殺人率は16.1に低下した。", "ja", "Japanese"),
        (
            "معدل جرائم القتل انخفض إلى 16.1 في عام 2023",
            "x-arab",
            "a language written in Arabic script",
        ),
        # A few letters of another script in a text do not make it that script's.
        ("The mayor of Moscow (Москва) said 300 people died.", "en", "English"),
    ],
)
def test_a_text_in_another_script_is_named_by_it(text: str, language: str, name: str) -> None:
    found = detect(text)
    assert (found.language, found.name) == (language, name)
    if language != "en":
        with pytest.raises(UnsupportedLanguage, match=name):
            extract(text)


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "La deuda pública de Guatemala alcanzó el 28 por ciento del PIB en 2023.",
            ["deuda pública de Guatemala como proporción de PIB"],
        ),
        (
            "Los homicidios bajaron a 2.897 en 2023. La reducción fue de casi 4 por ciento.",
            ["homicidios", "reducción de homicidios"],
        ),
        (
            "El Ministerio de Gobernación tendrá un presupuesto de Q7.200 millones en 2024.",
            ["presupuesto del ministerio de Gobernación en Guatemala"],
        ),
        (
            "El Instituto Nacional de Ciencias Forenses (Inacif) realizó 4.891 necropsias en 2023.",
            ["necropsias realizadas en Guatemala"],
        ),
        (
            "La Coordinadora Nacional para la Reducción de Desastres (Conred) evacuó a 4.200 "
            "personas en 2023.",
            ["personas evacuadas por Conred en Guatemala"],
        ),
        ("La SAT recaudó Q8.700 millones en abril.", ["recaudación de SAT en Guatemala"]),
        (
            "Más de 600 agentes de la PNC fueron destituidos en 2023 por faltas graves.",
            ["agentes de la PNC destituidos por faltas graves en Guatemala"],
        ),
        (
            "Unas 3.200 familias resultaron afectadas por las lluvias en 2023.",
            ["familias afectadas por las lluvias"],
        ),
        (
            "La cobertura del programa de transferencias llegó a 250.000 hogares en 2023.",
            ["cobertura del programa de transferencias"],
        ),
        (
            "La Municipalidad de Guatemala destinará Q250 millones a la reparación de calles.",
            ["fondos de municipalidad de Guatemala a la reparación de calles"],
        ),
        (
            "La Policía Nacional Civil decomisó 1,2 toneladas de cocaína en Escuintla.",
            ["toneladas de cocaína decomisadas en Escuintla"],
        ),
        (
            "El Congreso aprobó el presupuesto de 2025 por Q148.500 millones.",
            ["presupuesto de 2025 en Guatemala"],
        ),
        (
            "Guatemala recibió US$19.800 millones en remesas durante 2023.",
            ["remesas en Guatemala"],
        ),
    ],
)
def test_spanish_subjects(text: str, subjects: list[str]) -> None:
    # A measure as a share of its base, a bare change noun, an owner's budget, no source as the
    # agent, an agent by the short name it goes by, and no time words left behind.
    assert [c.subject for c in extract(text, published_at=PUBLISHED)] == subjects


def test_spanish_ends_of_a_change_and_running_total_of_the_year() -> None:
    found = extract(
        "De 2018 a 2021, los detenidos pasaron de 115.000 a 279.000. La semana pasada se "
        "confirmaron 1.300 casos de dengue y el total del año asciende a 98.000.",
        published_at=PUBLISHED,
    )
    assert [(c.unit, c.period_start, c.period_end) for c in found[:2]] == [
        ("detenidos", datetime.date(2018, 1, 1), datetime.date(2018, 12, 31)),
        ("detenidos", datetime.date(2021, 1, 1), datetime.date(2021, 12, 31)),
    ]
    assert (found[-1].period_start, found[-1].period_end) == (
        datetime.date(2024, 1, 1),
        PUBLISHED,
    )


def test_spanish_reported_clause_and_coming_change() -> None:
    found = one("El Banguat estimó que las remesas crecerán 8 por ciento en 2024.")
    assert found.subject == "crecimiento de remesas en Guatemala"
    assert found.attributed_to == "El Banguat"


def test_spanish_month_as_subject_and_same_span_of_this_year() -> None:
    found = extract(
        "Diciembre fue el mes menos violento en dos décadas. La PNC registró 198 homicidios. En "
        "el primer semestre del año pasado se reportaron 1.402; en el mismo lapso de este año, "
        "1.287.",
        published_at=datetime.date(2024, 7, 2),
    )
    assert [(c.amount, c.period_start, c.period_end, c.place) for c in found] == [
        (Decimal(198), datetime.date(2023, 12, 1), datetime.date(2023, 12, 31), "Guatemala"),
        (Decimal(1402), datetime.date(2023, 1, 1), datetime.date(2023, 6, 30), "Guatemala"),
        (Decimal(1287), datetime.date(2024, 1, 1), datetime.date(2024, 6, 30), "Guatemala"),
    ]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Guatemala registró 5.155 homicidios en 2012, una reducción de 526 respecto del año "
            "anterior.",
            "reducción de homicidios en Guatemala",
        ),
        (
            "Guatemala registró 5.155 homicidios en 2012, una disminución de 526 con respecto a "
            "2011.",
            "disminución de homicidios en Guatemala",
        ),
        (
            "Guatemala registró 5.155 homicidios en 2012, una reducción de 526 homicidios "
            "respecto del año anterior.",
            "reducción de homicidios en Guatemala",
        ),
    ],
)
def test_a_reduction_of_a_count_carried_over_is_a_reduction_of_that_count(
    text: str, subject: str
) -> None:
    """'una reducción de 526 respecto del año anterior' after '5.155 homicidios': a reduction in
    homicides, not 'reducción de respecto' (the figure carries the count's unit over and has no
    noun of its own; what it is compared with is no part of what was counted)."""
    found = extract(text, published_at=PUBLISHED, language="es")
    assert [(c.value_text, c.unit) for c in found] == [
        ("5.155", "homicidios"),
        ("526", "homicidios"),
    ]
    assert found[1].subject == subject
