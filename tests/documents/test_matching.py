"""Suggesting a registered source for an attribution: simple normalisation, no guessing."""

from __future__ import annotations

import pytest

from claims.importing.documents import (
    SourceIndex,
    guess_kind,
    normalise_name,
    registration_name,
    storable,
    titled_person,
)

SOURCES = [
    ("un", "United Nations"),
    ("gt-gov", "Government of Guatemala"),
    ("wilson", "Wilson Center, Latin America Program"),
    ("insight", "InSight Crime"),
    ("reuters", "Reuters"),
    ("ap1", "Associated Press"),
    ("ap2", "Action Plan"),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("the U.N.", "un"),
        ("The United Nations", "un"),
        ("UN", "un"),
        ("united  nations", "un"),
        ("the Government of Guatemala", "gt-gov"),
        ("the Wilson Center", "wilson"),
        ("Insight Crime", "insight"),
        ("Reuters", "reuters"),
        ("Reuters'", "reuters"),
        ("AP", None),  # two sources share the acronym: no suggestion
        ("officials", None),
        ("", None),
        (None, None),
        ("...", None),
    ],
)
def test_names_match_registered_sources(name: str | None, expected: str | None) -> None:
    assert SourceIndex.of(SOURCES).match(name) == expected


def test_a_source_id_resolves_to_itself() -> None:
    index = SourceIndex.of(SOURCES)
    assert index.resolve("reuters") == "reuters"
    assert index.resolve("Associated Press") == "ap1"
    assert index.resolve("") is None


def test_normalisation() -> None:
    assert normalise_name("The U.N.’s") == "un"
    assert normalise_name("Médecins Sans Frontières") == "medecins sans frontieres"


def test_unstorable_characters_are_replaced_one_for_one() -> None:
    text = "a\x00b\ud800c"
    assert storable(text) == "a\ufffdb\ufffdc"
    assert len(storable(text)) == len(text)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Instituto Nacional de Ciencias Forenses (INACIF)", "inacif"),
        ("el Inacif", "inacif"),
        ("La Policía Nacional Civil (PNC)", "pnc"),
        ("the PNC", "pnc"),
        ("la ONU", "un-wd"),
        ("Naciones Unidas", "un-wd"),
        ("Maria Lopez, director of the Search Commission", "lopez"),
        ("the disaster agency Conred", "conred"),
        ("Guatemalan officials", "gt-officials"),
        ("GUATEMALAN OFFICIALS", "gt-officials"),
        ("los funcionarios guatemaltecos", None),
    ],
)
def test_names_match_by_variants_acronyms_and_wikidata(name: str, expected: str | None) -> None:
    index = SourceIndex.of(
        [
            ("inacif", "Instituto Nacional de Ciencias Forenses (INACIF)", ""),
            ("pnc", "Policía Nacional Civil (PNC)", ""),
            ("un-wd", "United Nations", "Q1065"),
            ("lopez", "Maria Lopez", ""),
            ("conred", "Conred", ""),
            ("gt-officials", "Guatemalan officials", ""),
        ]
    )
    assert index.match(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("los funcionarios guatemaltecos", "gt-officials"),
        ("las autoridades guatemaltecas", "gt-officials"),
        ("el Ministerio Público", "mp"),
        ("el MP", "mp"),
        ("la Fiscalía General", "mp"),
        ("Public Ministry", "mp"),
        ("el Instituto Nacional de Ciencias Forenses", "inacif"),
        ("INACIF", "inacif"),
        ("the National Institute of Forensic Sciences", "inacif"),
        ("el Ministerio de Gobernación", None),
    ],
)
def test_names_match_a_sources_other_names(name: str, expected: str | None) -> None:
    index = SourceIndex.of(
        [
            (
                "gt-officials",
                "Guatemalan officials",
                "",
                "funcionarios guatemaltecos",
                "autoridades guatemaltecas",
            ),
            ("mp", "Public Ministry", "", "Ministerio Público (MP)", "Fiscalía General"),
            (
                "inacif",
                "National Institute of Forensic Sciences",
                "",
                "Instituto Nacional de Ciencias Forenses (INACIF)",
            ),
        ]
    )
    assert index.match(name) == expected


def test_another_name_shared_by_two_sources_matches_neither() -> None:
    index = SourceIndex.of(
        [("mp", "Public Ministry", "", "MP"), ("mp2", "Military Police", "", "MP")]
    )
    assert index.match("MP") is None
    assert index.match("the Public Ministry") == "mp"


def test_a_sources_name_beats_another_sources_other_name() -> None:
    index = SourceIndex.of(
        [("pm", "Public Ministry", "", "Ministerio Público"), ("x", "Ministerio Público", "")]
    )
    assert index.match("el Ministerio Público") == "x"
    assert index.match("the Public Ministry") == "pm"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("el MP", "mp"),
        ("MP", "mp"),
        ("M.P.", "mp"),
        ("an MP", None),
        ("a Labour MP", None),
        ("one MP", None),
        ("the Attorney General", None),
        ("AG", None),  # no acronym is made up from an other name
        ("GA", None),
        ("las autoridades guatemaltecas", "gt"),
    ],
)
def test_short_other_names_match_only_a_whole_attribution_and_make_no_acronyms(
    name: str, expected: str | None
) -> None:
    index = SourceIndex.of(
        [
            ("mp", "Public Ministry", "", "Ministerio Público", "MP"),
            (
                "gt",
                "Guatemalan officials",
                "",
                "autoridades guatemaltecas",
                "Guatemalan authorities",
            ),
        ]
    )
    assert index.match(name) == expected


def test_a_name_pointing_at_two_sources_matches_none() -> None:
    index = SourceIndex.of([("a", "Maria Lopez", ""), ("b", "Search Commission", "")])
    assert index.match("Maria Lopez, director of the Search Commission") is None


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the Transport Ministry", "government"),
        ("el Ministerio de Salud", "government"),
        ("el Departamento de Estado", "government"),
        ("la Procuraduría de los Derechos Humanos", "government"),
        ("Human rights groups", "ngo"),
        ("The New York Times", "media"),
        ("Universidad de San Carlos", "academic"),
        ("Maria Lopez", "person"),
        ("The finance minister, Edwin Martínez", "person"),
        ("InSight Crime", "organization"),
    ],
)
def test_a_registration_kind_is_suggested(name: str, kind: str) -> None:
    assert guess_kind(name) == kind


@pytest.mark.parametrize(
    ("named", "name", "kind"),
    [
        ("el ministro de Gobernación, Mauricio López Bonilla", "Mauricio López Bonilla", "person"),
        ("the finance minister, Edwin Martínez", "Edwin Martínez", "person"),
        ("la portavoz de la PNC, Jessica Valle", "Jessica Valle", "person"),
        ("el Ministerio Público", "Ministerio Público", "government"),
        ("El Periódico de Lakeport", "El Periódico de Lakeport", "media"),
        ("the police, the Army", "the police, the Army", "government"),
        ("INACIF)", "INACIF", "organization"),
        ("Interior Minister Mauricio López Bonilla", "Mauricio López Bonilla", "person"),
        ("police spokesman Pablo Castillo", "Pablo Castillo", "person"),
        ("the Interior Minister", "Interior Minister", "government"),
        ("Ministry of the Interior", "Ministry of the Interior", "government"),
        ("el Instituto Nacional de Ciencias Forenses (Inacif)", None, "government"),
    ],
)
def test_a_person_is_offered_without_the_office_named_before_them(
    named: str, name: str | None, kind: str
) -> None:
    """'el ministro de Gobernación, Mauricio López Bonilla' offers to register the person, not
    a source named after the office and the person together; a parenthesis the name lost its
    other half of is left out."""
    assert registration_name(named) == (name or named.removeprefix("el "))
    if kind == "person":
        assert titled_person(named) == name
    else:
        assert titled_person(named) is None
        assert guess_kind(named) == kind


@pytest.mark.parametrize(
    ("named", "name"),
    [
        ("The Public Ministry", "Public Ministry"),
        ("The Lakeport Transport Ministry", "Lakeport Transport Ministry"),
        ("The U.N.", "U.N."),
        ("El Ministerio Público", "Ministerio Público"),
        ("La Policía Nacional Civil", "Policía Nacional Civil"),
        # The article is the name's own: a medium's title, or no institution named after it.
        ("The New York Times", "The New York Times"),
        ("The Guardian", "The Guardian"),
        ("La Prensa", "La Prensa"),
        ("El Faro", "El Faro"),
        ("Los Angeles Police Department", "Los Angeles Police Department"),
    ],
)
def test_a_capitalised_article_is_dropped_only_before_an_institution(named: str, name: str) -> None:
    """'The Public Ministry said …' offers 'Public Ministry': the capital is the sentence's, not
    the name's, as it is in 'The New York Times' or 'El Faro'."""
    assert registration_name(named) == name
