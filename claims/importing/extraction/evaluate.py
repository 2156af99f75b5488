"""Score the extractor and the claim matcher against hand-annotated JSONL files.

Run as ``python -m claims.importing.extraction.evaluate [PATH ...] [--verbose]``; without a
path it scores every ``*.jsonl`` file in ``tests/extraction/eval``. The files and their scoring
follow ``docs/extraction-annotation.md``: text files (one news text per line, with every figure
annotated) are scored on figures and on each field of the matched figures (section 11);
matching files (``matching_*.jsonl``: a candidate next to the claims the tracker holds) are
scored on the indicator and the relations (section 13).

Scores are printed per split (development files, and ``heldout_*`` files) and per language.
``--verbose`` lists the disagreements of development files only: the held-out files are never
looked at item by item, so that nobody tunes the extractor on them.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from claims.importing.extraction import Candidate, extract
from claims.importing.extraction.compare import (
    attribution_right,
    norm_phrase,
    norm_place,
    subject_right,
)
from claims.importing.matching import (
    CandidateFacts,
    ClaimFacts,
    IndicatorFacts,
    match_candidate,
)

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "tests" / "extraction" / "eval"
FIELDS = ("qualifier", "unit", "subject", "period", "attribution", "place")
RELATIONS = ("same", "updates", "agrees", "conflicts")
LANGUAGES = {"en": "English", "es": "Spanish"}
HELDOUT_PREFIX = "heldout"
MATCHING_PREFIX = "matching"


# --- Text files -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Gold:
    """One annotated figure."""

    value_text: str
    amount: Decimal
    unit: str
    unit_alternatives: tuple[str, ...]
    qualifier: str
    period: tuple[str | None, str | None]
    attribution: str | None
    place: str | None
    subject: str | None
    subject_alternatives: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Item:
    """One annotated text."""

    id: str
    language: str
    text: str
    published_at: datetime.date | None
    figures: tuple[Gold, ...]


@dataclass(slots=True)
class FieldScore:
    """Agreement on one field over matched figures, plus precision and recall of filled slots."""

    agree: int = 0
    matched: int = 0
    correct_filled: int = 0
    predicted_filled: int = 0
    gold_filled: int = 0

    @property
    def accuracy(self) -> float:
        """Share of matched figures whose field is right."""
        return self.agree / self.matched if self.matched else 0.0

    @property
    def precision(self) -> float:
        """Share of matched figures with a filled prediction whose value is right."""
        return _ratio(self.correct_filled, self.predicted_filled)

    @property
    def recall(self) -> float:
        """Share of matched figures with a filled annotation that were filled rightly."""
        return _ratio(self.correct_filled, self.gold_filled)

    def add(self, other: FieldScore) -> None:
        """Accumulate another score into this one."""
        self.agree += other.agree
        self.matched += other.matched
        self.correct_filled += other.correct_filled
        self.predicted_filled += other.predicted_filled
        self.gold_filled += other.gold_filled


@dataclass(slots=True)
class Report:
    """Scores of the extractor on a set of texts."""

    name: str
    texts: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of proposed figures that match an annotated one."""
        return _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        """Share of annotated figures that were proposed."""
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        """Harmonic mean of figure precision and recall."""
        return _f1(self.precision, self.recall)

    def add(self, other: Report) -> None:
        """Accumulate another report into this one."""
        self.texts += other.texts
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        for name in FIELDS:
            self.fields[name].add(other.fields[name])
        self.errors.extend(other.errors)


def _ratio(part: int, whole: int) -> float:
    """Divide, treating 0/0 as perfect."""
    return part / whole if whole else 1.0


def _f1(precision: float, recall: float) -> float:
    """Return the harmonic mean."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def load(path: Path) -> list[Item]:
    """Read a text file of the evaluation set."""
    items = []
    for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path.name}:{line_number}: not JSON ({exc.msg})") from None
        figures = tuple(
            Gold(
                value_text=f["value_text"],
                amount=Decimal(str(f["amount"])),
                unit=f.get("unit") or "",
                unit_alternatives=_strings(f.get("unit_alternatives")),
                qualifier=f.get("qualifier") or "exact",
                period=(f.get("period_start"), f.get("period_end")),
                attribution=f.get("attributed_to"),
                place=f.get("place"),
                subject=f.get("subject"),
                subject_alternatives=_strings(f.get("subject_alternatives")),
            )
            for f in row["figures"]
        )
        published = row.get("published_at")
        items.append(
            Item(
                id=str(row["id"]),
                language=str(row.get("language") or "en"),
                text=row["text"],
                published_at=datetime.date.fromisoformat(published) if published else None,
                figures=figures,
            )
        )
    return items


def occurrences(text: str, needle: str) -> list[int]:
    """Where a figure's string occurs as a whole: '20' occurs in '20 percent', not in '20,000'."""
    if not needle:
        return []
    found: list[int] = []
    plain: list[int] = []
    start = text.find(needle)
    while start >= 0:
        plain.append(start)
        end = start + len(needle)
        before = text[start - 1] if start else " "
        after = text[end : end + 2]
        glued_before = needle[0].isalnum() and (
            before.isalnum() or (before in ".," and start >= 2 and text[start - 2].isdigit())
        )
        glued_after = (
            bool(after)
            and needle[-1].isalnum()
            and (after[0].isalnum() or (after[0] in ".," and after[1:2].isdigit()))
        )
        if not glued_before and not glued_after:
            found.append(start)
        start = text.find(needle, start + 1)
    return found or plain


def gold_spans(text: str, golds: Sequence[Gold]) -> list[tuple[int, int] | None]:
    """The span of each gold figure: the k-th figure carrying a string is its k-th occurrence."""
    seen: dict[str, int] = {}
    spans: list[tuple[int, int] | None] = []
    for gold in golds:
        k = seen.get(gold.value_text, 0)
        seen[gold.value_text] = k + 1
        found = occurrences(text, gold.value_text)
        spans.append((found[k], found[k] + len(gold.value_text)) if k < len(found) else None)
    return spans


def pair(text: str, golds: Sequence[Gold], predicted: Sequence[Candidate]) -> list[tuple[int, int]]:
    """Pair gold and predicted figures in text order: overlapping spans, equal amounts."""
    spans = gold_spans(text, golds)
    order = sorted(range(len(golds)), key=lambda i: (spans[i] or (10**12, 0))[0])
    by_position = sorted(range(len(predicted)), key=lambda i: predicted[i].value_start)
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi in order:
        span = spans[gi]
        if span is None:
            continue
        for pi in by_position:
            cand = predicted[pi]
            if pi in used or cand.amount != golds[gi].amount:
                continue
            if span[0] < cand.value_end and cand.value_start < span[1]:
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs


def _period_of(c: Candidate) -> tuple[str | None, str | None]:
    return (
        c.period_start.isoformat() if c.period_start else None,
        c.period_end.isoformat() if c.period_end else None,
    )


def field_right(name: str, gold: Gold, cand: Candidate) -> bool:
    """Whether the candidate's field is right by section 11."""
    if name == "qualifier":
        return cand.qualifier == gold.qualifier
    if name == "unit":
        got = norm_phrase(cand.unit)
        return got is not None and any(
            got == norm_phrase(u) for u in (gold.unit, *gold.unit_alternatives)
        )
    if name == "period":
        return _period_of(cand) == gold.period
    if name == "place":
        return norm_place(cand.place) == norm_place(gold.place)
    if name == "attribution":
        return attribution_right(cand.attributed_to, gold.attribution)
    subjects = [s for s in (gold.subject, *gold.subject_alternatives) if s]
    return subject_right(cand.subject, subjects)


def _filled(name: str, gold: Gold | None, cand: Candidate | None) -> bool:
    if name == "period":
        return (gold.period != (None, None)) if gold else _period_of(cand) != (None, None)  # type: ignore[arg-type]
    if name == "place":
        return (gold.place if gold else cand.place) is not None  # type: ignore[union-attr]
    if name == "attribution":
        return (gold.attribution if gold else cand.attributed_to) is not None  # type: ignore[union-attr]
    if name == "subject":
        return bool(gold.subject if gold else cand.subject)  # type: ignore[union-attr]
    if name == "unit":
        return bool(gold.unit if gold else cand.unit)  # type: ignore[union-attr]
    return True


def _shown(name: str, gold: Gold | None, cand: Candidate | None) -> object:
    if name == "qualifier":
        return gold.qualifier if gold else cand.qualifier  # type: ignore[union-attr]
    if name == "unit":
        return gold.unit if gold else cand.unit  # type: ignore[union-attr]
    if name == "period":
        return gold.period if gold else _period_of(cand)  # type: ignore[arg-type]
    if name == "place":
        return gold.place if gold else cand.place  # type: ignore[union-attr]
    if name == "attribution":
        return gold.attribution if gold else cand.attributed_to  # type: ignore[union-attr]
    return gold.subject if gold else cand.subject  # type: ignore[union-attr]


def score_item(
    item: Item, predicted: Sequence[Candidate], report: Report, *, keep_errors: bool
) -> None:
    """Add one text's figures and fields to a report."""
    golds = item.figures
    report.texts += 1
    report.gold += len(golds)
    report.predicted += len(predicted)
    pairs = pair(item.text, golds, predicted)
    report.matched += len(pairs)
    if keep_errors:
        matched_gold = {g for g, _ in pairs}
        matched_pred = {p for _, p in pairs}
        for gi, gold in enumerate(golds):
            if gi not in matched_gold:
                report.errors.append(f"{item.id}: missed '{gold.value_text}' ({gold.amount})")
        for pi, cand in enumerate(predicted):
            if pi not in matched_pred:
                report.errors.append(
                    f"{item.id}: spurious '{cand.value_text}' ({cand.amount} {cand.unit})"
                )
    for gi, pi in pairs:
        gold, cand = golds[gi], predicted[pi]
        for name in FIELDS:
            score = report.fields[name]
            score.matched += 1
            right = field_right(name, gold, cand)
            gold_filled, cand_filled = _filled(name, gold, None), _filled(name, None, cand)
            score.gold_filled += gold_filled
            score.predicted_filled += cand_filled
            if right:
                score.agree += 1
                score.correct_filled += gold_filled and cand_filled
            elif keep_errors:
                report.errors.append(
                    f"{item.id}: '{gold.value_text}' {name}: expected "
                    f"{_shown(name, gold, None)!r}, got {_shown(name, None, cand)!r}"
                )


def evaluate_items(
    items: Iterable[Item],
    name: str,
    extractor: Callable[..., list[Candidate]] = extract,
    *,
    keep_errors: bool = True,
) -> dict[str, Report]:
    """Score the extractor on texts; one report per language."""
    reports: dict[str, Report] = {}
    for item in items:
        report = reports.setdefault(item.language, Report(f"{name} [{item.language}]"))
        predicted = extractor(item.text, published_at=item.published_at)
        score_item(item, predicted, report, keep_errors=keep_errors)
    return reports


def evaluate_file(
    path: Path, extractor: Callable[..., list[Candidate]] = extract, *, language: str | None = None
) -> Report:
    """Score the extractor on one text file (or on its texts in one language)."""
    items = [i for i in load(path) if language is None or i.language == language]
    reports = evaluate_items(
        items, path.name, extractor, keep_errors=not path.name.startswith(HELDOUT_PREFIX)
    )
    total = Report(path.name if language is None else f"{path.name} [{language}]")
    for report in reports.values():
        total.add(report)
    return total


def format_report(report: Report) -> str:
    """Render a report as a plain-text table."""
    lines = [
        f"== {report.name}: {report.texts} texts, {report.gold} annotated figures, "
        f"{report.predicted} proposed, {report.matched} matched",
        f"{'':<14}{'accuracy':>10}{'precision':>11}{'recall':>9}{'F1':>8}",
        f"{'figures':<14}{'':>10}{report.precision:>11.3f}{report.recall:>9.3f}{report.f1:>8.3f}",
    ]
    for name in FIELDS:
        s = report.fields[name]
        f1 = _f1(s.precision, s.recall)
        lines.append(f"{name:<14}{s.accuracy:>10.3f}{s.precision:>11.3f}{s.recall:>9.3f}{f1:>8.3f}")
    return "\n".join(lines)


# --- Matching files (sections 12 and 13) ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MatchingCase:
    """One candidate next to the indicators and claims the tracker holds."""

    id: str
    candidate: CandidateFacts
    claims: tuple[ClaimFacts, ...]
    indicators: tuple[IndicatorFacts, ...]
    expected_indicator: str | None
    expected: frozenset[tuple[str, str]]


def _date(value: Any) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def load_matching(path: Path) -> list[MatchingCase]:
    """Read a matching file."""
    cases = []
    for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path.name}:{line_number}: not JSON ({exc.msg})") from None
        c = row["candidate"]
        candidate = CandidateFacts(
            statement=c.get("statement") or "",
            amount=Decimal(str(c["amount"])),
            unit=c.get("unit") or "",
            qualifier=c.get("qualifier") or "exact",
            period_start=_date(c.get("period_start")),
            period_end=_date(c.get("period_end")),
            place=c.get("place"),
            subject=c.get("subject") or "",
            attributed_to=c.get("attributed_to"),
            language=c.get("language") or "en",
        )
        claims = tuple(
            ClaimFacts(
                id=str(k["id"]),
                statement=k.get("statement") or "",
                subject=k.get("subject") or "",
                indicator=k.get("indicator"),
                amount=Decimal(str(k["amount"])),
                unit=k.get("unit") or "",
                qualifier=k.get("qualifier") or "exact",
                period_start=_date(k.get("period_start")),
                period_end=_date(k.get("period_end")),
                place=k.get("place"),
                attributed_to=k.get("attributed_to"),
                status=k.get("status") or "reported",
            )
            for k in row.get("claims", [])
        )
        indicators = tuple(
            IndicatorFacts(
                key=str(i["key"]),
                subject=i.get("subject") or "",
                measure=i.get("measure") or "",
                unit=i.get("unit") or "",
                tolerance_pct=Decimal(str(i.get("tolerance_pct", "5"))),
            )
            for i in row.get("indicators", [])
        )
        expected = frozenset((str(e["claim"]), str(e["relation"])) for e in row.get("expected", []))
        cases.append(
            MatchingCase(
                str(row["id"]),
                candidate,
                claims,
                indicators,
                row.get("expected_indicator"),
                expected,
            )
        )
    return cases


@dataclass(slots=True)
class MatchingReport:
    """Scores of the matcher on a set of cases."""

    name: str
    cases: int = 0
    indicator_right: int = 0
    exact_cases: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RELATIONS, 0))
    predicted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RELATIONS, 0))
    expected: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RELATIONS, 0))
    errors: list[str] = field(default_factory=list)

    @property
    def indicator_accuracy(self) -> float:
        """Share of cases whose indicator is right."""
        return _ratio(self.indicator_right, self.cases)

    @property
    def precision(self) -> float:
        """Right (case, claim, relation) triples over predicted ones."""
        return _ratio(sum(self.right.values()), sum(self.predicted.values()))

    @property
    def recall(self) -> float:
        """Right triples over expected ones."""
        return _ratio(sum(self.right.values()), sum(self.expected.values()))

    @property
    def f1(self) -> float:
        """Harmonic mean of relation precision and recall."""
        return _f1(self.precision, self.recall)

    @property
    def exact_share(self) -> float:
        """Share of cases whose indicator and every relation are right."""
        return _ratio(self.exact_cases, self.cases)


def evaluate_matching(path: Path) -> MatchingReport:
    """Score the matcher on one matching file."""
    report = MatchingReport(path.name)
    keep_errors = not path.name.startswith(f"{MATCHING_PREFIX}_{HELDOUT_PREFIX}")
    for case in load_matching(path):
        result = match_candidate(case.candidate, case.claims, case.indicators)
        got = frozenset((m.claim, m.relation) for m in result.matches)
        report.cases += 1
        indicator_ok = result.indicator == case.expected_indicator
        report.indicator_right += indicator_ok
        report.exact_cases += indicator_ok and got == case.expected
        for claim, relation in got:
            if relation in report.predicted:
                report.predicted[relation] += 1
                report.right[relation] += (claim, relation) in case.expected
        for _claim, expected_relation in case.expected:
            if expected_relation in report.expected:
                report.expected[expected_relation] += 1
        if keep_errors and not indicator_ok:
            report.errors.append(
                f"{case.id}: indicator expected {case.expected_indicator!r}, got "
                f"{result.indicator!r} ({result.indicator_reason})"
            )
        if keep_errors and got != case.expected:
            reasons = {m.claim: m.reason for m in result.matches}
            report.errors.append(
                f"{case.id}: relations expected {sorted(case.expected)}, got {sorted(got)} "
                f"{reasons}"
            )
    return report


def format_matching(report: MatchingReport) -> str:
    """Render a matching report as a plain-text table."""
    lines = [
        f"== {report.name}: {report.cases} cases",
        f"indicator accuracy {report.indicator_accuracy:.3f} · exact cases "
        f"{report.exact_share:.3f}",
        f"{'relation':<14}{'precision':>11}{'recall':>9}{'F1':>8}",
        f"{'all':<14}{report.precision:>11.3f}{report.recall:>9.3f}{report.f1:>8.3f}",
    ]
    for relation in RELATIONS:
        p = _ratio(report.right[relation], report.predicted[relation])
        r = _ratio(report.right[relation], report.expected[relation])
        lines.append(f"{relation:<14}{p:>11.3f}{r:>9.3f}{_f1(p, r):>8.3f}")
    return "\n".join(lines)


# --- Command line ---------------------------------------------------------------------------------


def _paths(arguments: Iterable[str]) -> list[Path]:
    """Expand command-line paths; directories stand for their *.jsonl files."""
    paths: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        paths.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    return paths


def split_of(path: Path) -> str:
    """'held-out' for the files written before the extractor, else 'development'."""
    return "held-out" if path.name.startswith(HELDOUT_PREFIX) else "development"


def evaluate_texts(
    paths: Iterable[Path], extractor: Callable[..., list[Candidate]] = extract
) -> dict[tuple[str, str], Report]:
    """Score text files, one report per (split, language); matching files are left out."""
    groups: dict[tuple[str, str], Report] = {}
    names: dict[tuple[str, str], list[str]] = {}
    for path in paths:
        if path.name.startswith(MATCHING_PREFIX):
            continue
        split = split_of(path)
        reports = evaluate_items(
            load(path), path.name, extractor, keep_errors=split == "development"
        )
        for language, report in reports.items():
            key = (split, language)
            groups.setdefault(key, Report(""))
            groups[key].add(report)
            names.setdefault(key, []).append(path.name)
    for (split, language), report in groups.items():
        files = ", ".join(names[(split, language)])
        report.name = f"{split} · {LANGUAGES.get(language, language)} ({files})"
    return groups


def main(argv: Sequence[str] | None = None) -> int:
    """Score every given file; print one table per split and language, and per matching file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT_DIR)])
    parser.add_argument(
        "--verbose", action="store_true", help="list every disagreement (development files only)"
    )
    args = parser.parse_args(argv)
    paths = _paths(args.paths)
    if not paths:
        print(f"no evaluation files found in {', '.join(args.paths)}", file=sys.stderr)
        return 2
    groups = evaluate_texts(paths)
    for key in sorted(groups, key=lambda k: (k[0] != "held-out", k[1])):
        report = groups[key]
        print(format_report(report))
        if args.verbose and report.errors:
            for error in report.errors:
                print(f"  {error}")
        print()
    for path in paths:
        if not path.name.startswith(MATCHING_PREFIX):
            continue
        matching = evaluate_matching(path)
        print(format_matching(matching))
        if args.verbose and matching.errors:
            for error in matching.errors:
                print(f"  {error}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
