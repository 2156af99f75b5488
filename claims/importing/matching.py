"""How a proposed claim relates to the claims the tracker holds: its indicator and its relations.

Pure Python (no Django), so that it can be scored on the annotated matching sets
(`make eval-extraction`) and unit-tested without a database. `claims.importing.documents`
loads the indicators and the claims that may relate to each candidate and calls
`match_candidate`. The rules are those of docs/extraction-annotation.md, sections 12 and 13:

- the candidate's indicator is the one whose subject is the candidate's place, whose unit is
  the candidate's unit and whose measure is what the candidate's subject measures, compared by
  meaning in English or Spanish;
- a claim is about the same thing when its indicator is the candidate's, or (a claim without an
  indicator) when unit, place and subject agree;
- same source and period: `same` for the same value, `updates` for another value; another
  source: `agrees` within the tolerance (same or overlapping period), `conflicts` outside it
  (same period). Anything else is no relation.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from claims.importing.extraction.compare import content_words, fold, norm_phrase, norm_place
from claims.importing.extraction.words import word_set

Relation = Literal["same", "updates", "agrees", "conflicts"]
RELATIONS: tuple[Relation, ...] = ("same", "updates", "agrees", "conflicts")
DEFAULT_TOLERANCE_PCT = Decimal(5)
# Share of an indicator's measure words a candidate's subject must carry to measure the same.
MEASURE_COVERAGE = 0.6
SUBJECT_COVERAGE = 0.6


@dataclass(frozen=True, slots=True)
class IndicatorFacts:
    """An indicator: a series of one measure of one subject in one unit."""

    key: str
    subject: str
    measure: str
    unit: str
    tolerance_pct: Decimal


@dataclass(frozen=True, slots=True)
class ClaimFacts:
    """What the matcher reads of an existing claim."""

    id: str
    statement: str
    subject: str
    indicator: str | None
    amount: Decimal
    unit: str
    qualifier: str
    period_start: datetime.date | None
    period_end: datetime.date | None
    place: str | None
    attributed_to: str | None
    status: str


@dataclass(frozen=True, slots=True)
class CandidateFacts:
    """What the matcher reads of a candidate; `attributed_to` is a source id or None."""

    statement: str
    amount: Decimal
    unit: str
    qualifier: str
    period_start: datetime.date | None
    period_end: datetime.date | None
    place: str | None
    subject: str
    attributed_to: str | None
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Match:
    """One existing claim the candidate relates to, how, and why."""

    claim: str
    relation: Relation
    reason: str

    def to_dict(self) -> dict[str, str]:
        """JSON-friendly form, as the API and the stored candidate hold it."""
        return {"claim": self.claim, "relation": self.relation, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class MatchResult:
    """The candidate's indicator (or None), why, and its relations to existing claims."""

    indicator: str | None
    indicator_reason: str
    matches: tuple[Match, ...]


# --- Meaning of measures, in English and Spanish --------------------------------------------------

# Spanish (and English) words mapped to one English word per meaning; both sides of a comparison
# go through the same map, so "tasa de homicidios" and "murder rate" both read "homicide rate".
_MEANINGS = {
    "homicide": "homicidio homicidios asesinato asesinatos murder murders killing killings "
    "homicide homicides",
    "rate": "tasa tasas índice rate rates",
    "share": "proporción porcentaje share proportion percentage parte",
    "linked": "vinculado vinculados vinculadas vinculada relacionado relacionados relacionadas "
    "ligado ligados asociado asociados atribuido atribuidos atribuibles linked related tied "
    "connected attributed attributable",
    "organized": "organizado organizada organised organized",
    "crime": "crimen crímenes delito delitos crime crimes",
    "death": "muerte muertes muertos fallecidos fallecimientos deaths death dead fatalities killed",
    "victim": "víctima víctimas victim victims",
    "woman": "mujer mujeres woman women",
    "remittance": "remesa remesas remittance remittances",
    "unemployment": "desempleo desocupación unemployment jobless",
    "poverty": "pobreza poverty",
    "inflation": "inflación inflation",
    "budget": "presupuesto presupuestos budget budgets",
    "migrant": "migrante migrantes migrant migrants",
    "deportation": "deportación deportaciones deportado deportados deportation deportations "
    "deportee deportees deported",
    "arrest": "detención detenciones detenido detenidos captura capturas capturado capturados "
    "arrest arrests arrested detained detainees",
    "police": "policía policías agentes police officers",
    "gang": "pandilla pandillas pandillero pandilleros mara maras gang gangs",
    "extortion": "extorsión extorsiones extortion",
    "violence": "violencia violence",
    "missing": "desaparecido desaparecidos desaparecidas desaparición missing disappeared",
    "malnutrition": "desnutrición malnutrition malnourished",
    "child": "niño niños niña niñas menores child children",
    "household": "hogar hogares familia familias household households family families",
    "export": "exportación exportaciones export exports",
    "import": "importación importaciones import imports",
    "debt": "deuda deudas debt",
    "spending": "gasto gastos spending expenditure",
    "investment": "inversión inversiones investment",
    "growth": "crecimiento growth",
    "gdp": "pib gdp",
    "case": "caso casos case cases",
    "traffic": "tránsito tráfico vial viales carretera road traffic",
    "accident": "accidente accidentes choque choques accident accidents crash crashes",
    "fire": "incendio incendios fire fires wildfire wildfires",
    "forest": "bosque bosques forest forests",
    "deforestation": "deforestación deforestation",
    "cocaine": "cocaína cocaine",
    "drug": "droga drogas drug drugs narcotics",
    "seizure": "decomiso decomisos incautación incautaciones seizure seizures seized",
    "vote": "voto votos vote votes",
    "turnout": "participación turnout",
    "school": "escuela escuelas school schools",
    "student": "estudiante estudiantes alumno alumnos student students pupils",
    "wage": "salario salarios wage wages salary",
    "vaccine": "vacuna vacunas vacunación vaccine vaccines vaccination",
    "prison": "cárcel cárceles prisión prisiones prison prisons",
    "prisoner": "preso presos reo reos recluso reclusos prisoner prisoners inmates",
    "femicide": "femicidio femicidios feminicidio feminicidios femicide femicides feminicide",
    "population": "población population",
    "tourist": "turista turistas visitante visitantes tourist tourists visitor visitors",
    "complaint": "denuncia denuncias complaint complaints",
    "hunger": "hambre inseguridad hunger",
    "food": "alimentaria alimentario alimentos food",
    "extreme": "extrema extremo extremas extremos extreme",
    "youth": "juvenil juveniles jóvenes youth young",
    "rural": "rural rurales",
    "urban": "urbano urbana urbanos urbanas urban",
    "acute": "aguda agudo agudas acute",
    "chronic": "crónica crónico crónicas chronic",
    "indigenous": "indígena indígenas indigenous",
}
# Words that narrow a measure to part of its population ("extreme poverty rate" is not the
# poverty rate): a subject carrying one that the indicator's measure lacks measures another thing.
NARROWING = word_set("extreme youth rural urban acute chronic indigenous woman child femicide")
_STRIP = re.compile(r"[^\w\s]")
# A subject that opens with one of these measures a change ("fall in homicides", "reducción de
# homicidios": 526 fewer than the year before), not the level a claim or an indicator holds;
# the two are only compared when both measure a change.
CHANGE_HEADS = frozenset(
    fold(word)
    for word in word_set(
        "change fall rise increase decrease drop decline growth gain loss jump cut reduction "
        "cambio caída aumento incremento disminución reducción descenso alza baja crecimiento "
        "subida repunte retroceso"
    )
)


def _key(word: str) -> str:
    """A word folded to a stem shared by its singular and plural."""
    word = fold(word)
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    for suffix in ("es", "s"):
        if len(word) > 3 + len(suffix) and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word.rstrip("e") if len(word) > 4 else word


_MEANING_OF: dict[str, str] = {}
for _meaning, _words in _MEANINGS.items():
    for _word in _words.split():
        _MEANING_OF.setdefault(_key(_word), _meaning)
_NOT_MEANING = frozenset(
    _key(w)
    for w in word_set(
        "number total figure figures amount level cifra cifras número total monto nivel "
        "cantidad in the of en de la el los las del por para a al and y"
    )
)


def meanings(text: str | None, *, place: str | None = None) -> set[str]:
    """The meanings of a phrase's content words (places left out)."""
    return set(_word_meanings(text, place=place))


def _word_meanings(text: str | None, *, place: str | None = None) -> list[str]:
    """The meaning of each content word of a phrase, in order (places left out)."""
    if not text:
        return []
    words = _STRIP.sub(" ", text).split()
    place_words = {_key(w) for w in _STRIP.sub(" ", place or "").split()}
    found: list[str] = []
    for word in words:
        key = _key(word)
        if len(key) < 3 or key in _NOT_MEANING or key in place_words:
            continue
        if fold(word) in _STOP:
            continue
        found.append(_MEANING_OF.get(key, key))
    return found


_STOP = word_set(
    "the and for with that this those these from into than its their over under about after "
    "before since per who which where while are was were has have had del las los por para que "
    "con una unos unas como entre sobre desde hasta cada sus más menos"
)


# --- The candidate's indicator --------------------------------------------------------------------


def names_change(subject: str | None) -> bool:
    """Whether a subject measures a change ('fall in homicides in Guatemala')."""
    words = _STRIP.sub(" ", subject or "").split()
    return bool(words) and fold(words[0]) in CHANGE_HEADS


def _percent_base(unit: str) -> str | None:
    """'percent of homicides' -> 'homicides'; None for other units."""
    normal = norm_phrase(unit) or ""
    if normal.startswith("percent of "):
        return normal[len("percent of ") :]
    return None


def units_agree(unit: str, indicator: IndicatorFacts) -> bool:
    """Equal after normalisation, or 'percent of X' against a 'percent' indicator about X."""
    mine, theirs = norm_phrase(unit), norm_phrase(indicator.unit)
    if mine is None or theirs is None:
        return False
    if mine == theirs:
        return True
    for percent_of, plain in ((mine, theirs), (theirs, mine)):
        base = _percent_base(percent_of)
        if base is not None and plain == "percent":
            base_meaning = meanings(base)
            return bool(base_meaning) and base_meaning <= meanings(indicator.measure)
    return False


def _coverage(part: set[str], whole: set[str]) -> float:
    return len(part & whole) / len(whole) if whole else 0.0


def find_indicator(
    candidate: CandidateFacts, indicators: Iterable[IndicatorFacts]
) -> tuple[IndicatorFacts | None, str]:
    """The indicator the candidate measures, and why (or why none fits)."""
    place = norm_place(candidate.place)
    if place is None:
        return None, "no place, so no indicator"
    said = meanings(candidate.subject, place=candidate.place) | meanings(
        _percent_base(candidate.unit)
    )
    best: tuple[float, IndicatorFacts] | None = None
    change = names_change(candidate.subject)
    for indicator in indicators:
        if norm_place(indicator.subject) != place or not units_agree(candidate.unit, indicator):
            continue
        if change != names_change(indicator.measure):
            continue
        measure = meanings(indicator.measure, place=indicator.subject)
        if (said - measure) & NARROWING:
            continue
        coverage = _coverage(said, measure)
        if coverage >= MEASURE_COVERAGE and (best is None or coverage > best[0]):
            best = (coverage, indicator)
    if best is None:
        return None, "no indicator of this place and unit measures this subject"
    indicator = best[1]
    return indicator, (
        f"indicator {indicator.key}: {indicator.measure} of {indicator.subject} in {indicator.unit}"
    )


# --- Relations ------------------------------------------------------------------------------------

_SAME_INTERVAL = {"approximately": "exact", "at_most": "up_to"}


def _interval(qualifier: str) -> str:
    return _SAME_INTERVAL.get(qualifier, qualifier)


def same_value(a_amount: Decimal, a_qualifier: str, b_amount: Decimal, b_qualifier: str) -> bool:
    """Equal amounts with qualifiers that give the same interval."""
    return a_amount == b_amount and _interval(a_qualifier) == _interval(b_qualifier)


def _period(start: datetime.date | None, end: datetime.date | None) -> tuple | None:
    return None if start is None and end is None else (start, end)


def overlapping(a: tuple | None, b: tuple | None) -> bool:
    """Both dated and sharing at least one day (an open end reaches as far as it may)."""
    if a is None or b is None:
        return False
    low = max(a[0] or datetime.date.min, b[0] or datetime.date.min)
    high = min(a[1] or datetime.date.max, b[1] or datetime.date.max)
    return low <= high


def within(candidate: Decimal, claim: Decimal, tolerance_pct: Decimal) -> bool:
    """|candidate - claim| <= tolerance x |claim| / 100."""
    return abs(candidate - claim) * 100 <= tolerance_pct * abs(claim)


def about_same_thing(
    candidate: CandidateFacts, claim: ClaimFacts, indicator: IndicatorFacts | None
) -> tuple[bool, str]:
    """Whether the claim measures what the candidate measures, and why."""
    if names_change(candidate.subject) != names_change(claim.subject):
        return False, ""  # a change of a count is not the count
    if claim.indicator:
        if indicator is not None and claim.indicator == indicator.key:
            return True, f"same indicator {indicator.key}"
        return False, ""
    if not same_unit(candidate.unit, claim.unit):
        return False, ""
    if norm_place(candidate.place) != norm_place(claim.place):
        return False, ""
    if norm_phrase(candidate.subject) and norm_phrase(candidate.subject) == norm_phrase(
        claim.subject
    ):
        return True, "same unit, place and subject"
    mine, theirs = content_words(candidate.subject), content_words(claim.subject)
    if (
        mine
        and theirs
        and (
            len(mine & theirs) >= SUBJECT_COVERAGE * len(theirs)
            or len(mine & theirs) >= SUBJECT_COVERAGE * len(mine)
        )
    ):
        return True, "same unit and place, and the subjects agree"
    # (the same figure in the other language: 'homicidios en Guatemala', 'homicides in Guatemala')
    said = meanings(candidate.subject, place=candidate.place)
    if said and said == meanings(claim.subject, place=claim.place):
        return True, "same unit and place, and the subjects mean the same"
    return False, ""


def same_unit(mine: str, theirs: str) -> bool:
    """Equal after normalisation, or word for word the same meanings in either language
    ('homicidios' and 'homicides'; not 'officers' and 'police officers', two words)."""
    a, b = norm_phrase(mine), norm_phrase(theirs)
    if a is None or b is None:
        return False
    if a == b:
        return True
    said = sorted(_word_meanings(a))
    return bool(said) and said == sorted(_word_meanings(b))


def relation_to(
    candidate: CandidateFacts, claim: ClaimFacts, tolerance_pct: Decimal
) -> tuple[Relation | None, str]:
    """The relation of a candidate to a claim about the same thing, and why."""
    same_source = candidate.attributed_to == claim.attributed_to
    mine = _period(candidate.period_start, candidate.period_end)
    theirs = _period(claim.period_start, claim.period_end)
    same_period = mine == theirs
    if same_source:
        if not same_period:
            return None, ""
        if same_value(candidate.amount, candidate.qualifier, claim.amount, claim.qualifier):
            return "same", "same source, period and value: accepting it would duplicate the claim"
        return "updates", (
            f"same source and period, new value ({claim.amount} {claim.qualifier} -> "
            f"{candidate.amount} {candidate.qualifier})"
        )
    close = within(candidate.amount, claim.amount, tolerance_pct)
    # (a stored tolerance of 5.000 reads as five thousand to a Spanish reader: as few digits
    # as it needs, '5')
    tolerance = f"{tolerance_pct.normalize():f}"
    if close and (same_period or overlapping(mine, theirs)):
        how = "same period" if same_period else "overlapping periods"
        return "agrees", f"another source, {how}, within {tolerance}% of {claim.amount}"
    if same_period and not close:
        return "conflicts", (
            f"another source, same period, more than {tolerance}% from {claim.amount}"
        )
    return None, ""


def match_candidate(
    candidate: CandidateFacts,
    claims: Sequence[ClaimFacts],
    indicators: Sequence[IndicatorFacts],
) -> MatchResult:
    """The candidate's indicator and its relations to the given claims."""
    indicator, indicator_reason = find_indicator(candidate, indicators)
    tolerances = {i.key: i.tolerance_pct for i in indicators}
    matches: list[Match] = []
    for claim in claims:
        related, why = about_same_thing(candidate, claim, indicator)
        if not related:
            continue
        tolerance = tolerances.get(claim.indicator or "", DEFAULT_TOLERANCE_PCT)
        relation, reason = relation_to(candidate, claim, tolerance)
        if relation is not None:
            matches.append(Match(claim.id, relation, f"{why}; {reason}"))
    return MatchResult(indicator.key if indicator else None, indicator_reason, tuple(matches))
