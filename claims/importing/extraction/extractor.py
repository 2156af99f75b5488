"""From article to claims: tie figures to their periods, places and sources."""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from claims.importing.extraction.attribution import Attribution, find_attribution
from claims.importing.extraction.figures import Figure, figure_subject, find_figures, subject_span
from claims.importing.extraction.model import Candidate, decimal_text
from claims.importing.extraction.periods import TimeExpr, find_time_expressions
from claims.importing.extraction.places import PlaceMention, find_places
from claims.importing.extraction.text import prepare, split_sentences

# Present-tense or forward-looking sentences describe now, not the previous sentence's period.
_PRESENT = re.compile(
    r"\b(?:is|are|am|remains?|has|have|now|currently|today|will|would|could|may|might|aims?|"
    r"expects?|plans?)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:/|\b)")
# A period written after a figure belongs to it when it follows within this many characters.
_FOLLOW_WINDOW = 60


def extract(
    text: str,
    *,
    published_at: datetime.date | None = None,
    url: str | None = None,
    publisher: str | None = None,
) -> list[Candidate]:
    """Propose the checkable figures of an article as candidate claims.

    Offsets refer to the text passed in. Control characters and lone surrogates are read as
    spaces, one for one, so `statement` shows a space where the input had such a character. For
    HTML input the markup is stripped first and the offsets are mapped back to the HTML, so
    text[sentence_start:sentence_end] then spans the sentence including its markup while
    `statement` holds the sentence as plain text.
    `publisher` is accepted for callers' convenience; no rule uses it yet.
    """
    del publisher
    if not isinstance(text, str) or not text.strip():
        return []
    if isinstance(published_at, datetime.datetime):
        published_at = published_at.date()
    if published_at is None and url:
        published_at = _date_from_url(url)
    prepared = prepare(text)
    clean = prepared.text
    sentences = split_sentences(clean)
    place_lists = [find_places(clean[start:end]) for start, end in sentences]
    default_place = _dominant_place(place_lists)
    candidates: list[Candidate] = []
    carried: TimeExpr | None = None
    previous_end = 0
    for (start, end), places in zip(sentences, place_lists, strict=True):
        sentence = clean[start:end]
        if "\n\n" in clean[previous_end:start] or "\n\n" in clean[previous_end:start].replace(
            "\r", ""
        ):
            carried = None
        previous_end = end
        if not _DIGIT.search(sentence) and not _has_number_word(sentence):
            continue
        times = find_time_expressions(sentence, published_at)
        blocked = [(t.start, t.end) for t in times if t.kind != "period" or _blocks(t)]
        blocked += [(t.start, t.end) for t in times if t.kind == "period"]
        figures = find_figures(sentence, blocked)
        closed = [t for t in times if t.kind == "period" and t.period_start and t.period_end]
        if not figures:
            if len(closed) == 1:
                carried = closed[0]
            elif closed:
                carried = None
            continue
        attribution = find_attribution(sentence)
        context = _Context.of(sentence, start)
        sentence_periods: list[TimeExpr | None] = []
        for index in range(len(figures)):
            chosen, _ = _pick_period(figures, index, times)
            sentence_periods.append(chosen)
        for index, figure in enumerate(figures):
            del figure
            candidates.append(
                _candidate(
                    prepared.original_span,
                    context,
                    figures,
                    index,
                    times,
                    places,
                    default_place,
                    attribution,
                    carried,
                )
            )
        distinct = {(t.period_start, t.period_end) for t in sentence_periods if t is not None}
        if len(distinct) > 1 or any(t not in closed for t in sentence_periods if t is not None):
            # A comparison across periods, or an open-ended one, sets no frame for what follows.
            carried = None
        elif distinct:
            carried = next(t for t in sentence_periods if t is not None)
    return candidates


def _blocks(expr: TimeExpr) -> bool:
    """Every time expression hides the numbers inside it from the figure finder."""
    return expr.end > expr.start


_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|million|billion|dozen)\b",
    re.IGNORECASE,
)


def _has_number_word(sentence: str) -> bool:
    """Tell whether a sentence without digits may still hold a figure in words."""
    return _NUMBER_WORD.search(sentence) is not None


def _date_from_url(url: str) -> datetime.date | None:
    """Read a publication date from URLs like /2013/06/10/slug."""
    match = _URL_DATE.search(url)
    if match is None:
        return None
    try:
        return datetime.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _dominant_place(place_lists: list[list[PlaceMention]]) -> str | None:
    """Return the place the article mentions most, the first one on ties."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    order = 0
    for places in place_lists:
        for place in places:
            # Doubled so that a weak mention ('Brazilian President') counts half.
            counts[place.canonical] += 1 if place.weak else 2
            first_seen.setdefault(place.canonical, order)
            order += 1
    if not counts:
        return None
    return min(counts, key=lambda name: (-counts[name], first_seen[name]))


def _pick_period(
    figures: list[Figure], index: int, times: list[TimeExpr]
) -> tuple[TimeExpr | None, str]:
    """Choose the time expression that dates a figure, and say how it was chosen."""
    figure = figures[index]
    usable = [t for t in times if t.kind == "period"]
    if not usable:
        return None, ""
    next_start = figures[index + 1].value_start if index + 1 < len(figures) else 10**9
    previous_end = figures[index - 1].tail_end if index > 0 else -1
    after = [
        t
        for t in usable
        if t.start >= figure.value_end
        and t.start < next_start
        and t.start - figure.tail_end <= _FOLLOW_WINDOW
    ]
    if after:
        return after[0], "follows the figure"
    before = [t for t in usable if t.end <= figure.value_start and t.start >= previous_end]
    if before:
        return before[-1], "precedes the figure"
    claimed = {
        id(chosen)
        for other in range(len(figures))
        if other != index
        for chosen in [_attached(figures, other, usable)]
        if chosen is not None
    }
    free = [t for t in usable if id(t) not in claimed]
    if not free:
        if len(usable) == 1:
            return usable[0], "the sentence's only period"
        return None, ""
    nearest = min(
        free, key=lambda t: min(abs(t.start - figure.value_end), abs(figure.value_start - t.end))
    )
    return nearest, "in the sentence"


def _attached(figures: list[Figure], index: int, usable: list[TimeExpr]) -> TimeExpr | None:
    """Return the period directly attached to a figure (following or preceding it), if any."""
    figure = figures[index]
    next_start = figures[index + 1].value_start if index + 1 < len(figures) else 10**9
    previous_end = figures[index - 1].tail_end if index > 0 else -1
    for t in usable:
        if figure.value_end <= t.start < next_start and t.start - figure.tail_end <= _FOLLOW_WINDOW:
            return t
    before = [t for t in usable if t.end <= figure.value_start and t.start >= previous_end]
    return before[-1] if before else None


_CLAUSE_BREAK = re.compile(r";|,\s*(?:and|but|while|whereas|though|although)\b", re.IGNORECASE)
_GLOBAL = re.compile(
    r"\b(?:worldwide|globally|global|world's|world’s|around\s+the\s+world|across\s+the\s+world|"
    r"in\s+the\s+world)\b",
    re.IGNORECASE,
)


def _clause(breaks: list[tuple[int, int]], length: int, figure: Figure) -> tuple[int, int]:
    """Return the span of the clause holding a figure, given the sentence's clause breaks."""
    start, end = 0, length
    for break_start, break_end in breaks:
        if break_end <= figure.value_start:
            start = break_end
        elif break_start >= figure.value_end:
            end = break_start
            break
    return start, end


@dataclass(frozen=True, slots=True)
class _Context:
    """Per-sentence facts shared by all of its figures."""

    sentence: str
    offset: int
    breaks: list[tuple[int, int]]
    is_global: bool
    is_present: bool
    subject: tuple[int, int] | None

    @classmethod
    def of(cls, sentence: str, offset: int) -> _Context:
        """Compute the facts once per sentence."""
        return cls(
            sentence,
            offset,
            [m.span() for m in _CLAUSE_BREAK.finditer(sentence)],
            _GLOBAL.search(sentence) is not None,
            _PRESENT.search(sentence) is not None,
            subject_span(sentence),
        )


def _pick_place(
    context: _Context, figure: Figure, places: list[PlaceMention], default_place: str | None
) -> tuple[str | None, str]:
    """Choose the place of a figure: its clause first, then earlier clauses, then the article."""
    start, end = _clause(context.breaks, len(context.sentence), figure)
    places = [p for p in places if not (figure.value_start <= p.start < figure.tail_end)]
    in_clause = [p for p in places if start <= p.start < end]
    earlier = [p for p in places if p.end <= start]
    for weak in (False, True):
        pool = [p for p in in_clause if p.weak == weak]
        preceding = [p for p in pool if p.end <= figure.value_start]
        chosen = preceding[0] if preceding else (pool[0] if pool else None)
        if chosen is not None:
            return chosen.canonical, f"place: '{chosen.text}' in the figure's clause"
    for weak in (False, True):
        pool = [p for p in earlier if p.weak == weak]
        if pool:
            return pool[0].canonical, f"place: '{pool[0].text}' earlier in the sentence"
    if context.is_global:
        return None, ""
    if default_place:
        return default_place, f"place: '{default_place}' from article context"
    return None, ""


def _candidate(
    original_span: Callable[[int, int], tuple[int, int]],
    context: _Context,
    figures: list[Figure],
    index: int,
    times: list[TimeExpr],
    places: list[PlaceMention],
    default_place: str | None,
    attribution: Attribution | None,
    carried: TimeExpr | None,
) -> Candidate:
    """Assemble a Candidate with offsets in the caller's text and the reasons for each field."""
    sentence, offset = context.sentence, context.offset
    figure = figures[index]
    value_text = sentence[figure.value_start : figure.value_end]
    unit_note = f"with unit '{figure.unit}'" if figure.unit else "without a unit"
    reasons = [f"figure '{value_text}' {unit_note} (amount {decimal_text(figure.amount)})"]
    reasons += figure.reasons
    period, how = _pick_period(figures, index, times)
    if period is None and carried is not None and not context.is_present:
        period, how = carried, "carried over from the previous sentence"
    period_start = period_end = None
    if period is not None:
        period_start, period_end = period.period_start, period.period_end
        reasons.append(f"period: {period.note} ({how})")
    place, place_reason = _pick_place(context, figure, places, default_place)
    if place_reason:
        reasons.append(place_reason)
    source = None
    if attribution is not None and figure.value_start >= attribution.scope_start:
        source = attribution.source
        reasons.append(f"attribution: '{attribution.evidence}'")
    sentence_start, sentence_end = offset, offset + len(sentence)
    value_start, value_end = offset + figure.value_start, offset + figure.value_end
    sentence_start, sentence_end = original_span(sentence_start, sentence_end)
    value_start, value_end = original_span(value_start, value_end)
    return Candidate(
        statement=sentence,
        sentence_start=sentence_start,
        sentence_end=sentence_end,
        value_text=value_text,
        value_start=value_start,
        value_end=value_end,
        amount=figure.amount,
        unit=figure.unit,
        qualifier=figure.qualifier,
        period_start=period_start,
        period_end=period_end,
        place=place,
        attributed_to=source,
        subject=figure_subject(sentence, figure, context.subject),
        reasons=tuple(reasons),
    )
