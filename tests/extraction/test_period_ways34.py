"""Periods said in ways the g34 development texts showed the extractor missed: two days of a
month joined by 'and' / 'y' ('on Aug. 11 and 12', 'el 11 y 12 de agosto')."""

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
