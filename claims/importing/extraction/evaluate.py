"""Score the extractor against hand-annotated JSONL files and print a table.

Run as ``python -m claims.importing.extraction.evaluate [PATH ...] [--verbose]``; without a
path it scores every ``*.jsonl`` file in ``tests/extraction/eval``. It always exits 0 once
the files are read.

Annotation guideline for the JSONL files (one object per line: id, text, published_at, figures):

* A figure is a number a fact-checker could verify: counts, amounts, percentages, rates.
  Years, dates, times, ordinals, denominators ("per 100,000"), parts of names ("G20",
  "Category 4"), ages, ratios ("one in five") and fractions ("nearly half") are not figures.
* value_text is the figure as written with its qualifier words and currency symbol and
  multiplier ("more than $1.5 trillion"); amount is the full value (1500000000000).
* unit: "percent", "per 100,000 people" (a bare "per 100,000" means people), an ISO code for
  currencies with one ("USD", "EUR"), otherwise the counted noun phrase as written
  ("police officers"); when the text leaves the noun out, the noun the reader understands.
* period, place: what the reader understands from the text, including earlier sentences;
  "this year" is the calendar year, "so far this year" and "since X" end on publication.
* attributed_to: only a source named in the same sentence, as written ("the U.N.").
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

from claims.importing.extraction import Candidate, extract
from claims.importing.extraction.places import canonical

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "tests" / "extraction" / "eval"
FIELDS = ("qualifier", "unit", "period", "attribution", "place")


@dataclass(frozen=True, slots=True)
class Gold:
    """One annotated figure."""

    value_text: str
    amount: Decimal
    unit: str
    qualifier: str
    period: tuple[str | None, str | None]
    attribution: str | None
    place: str | None


@dataclass(slots=True)
class FieldScore:
    """Agreement on one field over matched figures, plus slot-filling precision and recall."""

    agree: int = 0
    matched: int = 0
    correct_filled: int = 0
    predicted_filled: int = 0
    gold_filled: int = 0

    @property
    def accuracy(self) -> float:
        """Share of matched figures whose field agrees with the annotation."""
        return self.agree / self.matched if self.matched else 0.0

    @property
    def precision(self) -> float:
        """Share of filled predictions that are correct."""
        return _ratio(self.correct_filled, self.predicted_filled)

    @property
    def recall(self) -> float:
        """Share of filled annotations that were found correctly."""
        return _ratio(self.correct_filled, self.gold_filled)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return _f1(self.precision, self.recall)


@dataclass(slots=True)
class Report:
    """Scores for one evaluation file."""

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


def _ratio(part: int, whole: int) -> float:
    """Divide, treating 0/0 as perfect."""
    return part / whole if whole else 1.0


def _f1(precision: float, recall: float) -> float:
    """Return the harmonic mean."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _norm_text(value: str | None) -> str | None:
    """Lower-case, collapse spaces, unify apostrophes, drop a leading 'the' and a final dot."""
    if value is None:
        return None
    text = " ".join(value.replace("’", "'").split()).lower()
    text = text.removeprefix("the ")
    if text.endswith(".") and not text.endswith(".."):
        bare = text[:-1]
        text = bare if "." not in bare else text
    return text or None


def _norm_place(value: str | None) -> str | None:
    """Compare places by their gazetteer name so 'Britain' equals 'United Kingdom'."""
    return _norm_text(canonical(value))


def _norm_unit(value: str | None) -> str | None:
    """Compare units case-insensitively; an empty unit counts as none."""
    return _norm_text(value) if value else None


def _predicted_fields(c: Candidate) -> dict[str, object]:
    """Return the compared fields of a candidate, normalised."""
    period = (
        c.period_start.isoformat() if c.period_start else None,
        c.period_end.isoformat() if c.period_end else None,
    )
    return {
        "qualifier": c.qualifier,
        "unit": _norm_unit(c.unit),
        "period": None if period == (None, None) else period,
        "attribution": _norm_text(c.attributed_to),
        "place": _norm_place(c.place),
    }


def _gold_fields(g: Gold) -> dict[str, object]:
    """Return the compared fields of an annotation, normalised."""
    return {
        "qualifier": g.qualifier,
        "unit": _norm_unit(g.unit),
        "period": None if g.period == (None, None) else g.period,
        "attribution": _norm_text(g.attribution),
        "place": _norm_place(g.place),
    }


def load(path: Path) -> list[tuple[str, str, datetime.date | None, list[Gold]]]:
    """Read an evaluation file."""
    items = []
    for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{line_number}: {exc}") from exc
        published = row.get("published_at")
        golds = [
            Gold(
                value_text=f["value_text"],
                amount=Decimal(str(f["amount"])),
                unit=f.get("unit") or "",
                qualifier=f.get("qualifier") or "exact",
                period=(f.get("period_start"), f.get("period_end")),
                attribution=f.get("attributed_to"),
                place=f.get("place"),
            )
            for f in row["figures"]
        ]
        date = datetime.date.fromisoformat(published) if published else None
        items.append((row["id"], row["text"], date, golds))
    return items


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Return every occurrence of needle in text."""
    spans = []
    start = text.find(needle)
    while start >= 0 and needle:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


def _match(
    text: str, golds: Sequence[Gold], predicted: Sequence[Candidate]
) -> list[tuple[int, int]]:
    """Pair gold and predicted figures: equal amount, and overlapping or equal value text."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for gi, gold in enumerate(golds):
        spans = _spans(text, gold.value_text)
        for pi, cand in enumerate(predicted):
            if pi in used or cand.amount != gold.amount:
                continue
            overlaps = any(s < cand.value_end and cand.value_start < e for s, e in spans)
            if overlaps or cand.value_text == gold.value_text:
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs


def evaluate_file(path: Path, extractor: Callable[..., list[Candidate]] = extract) -> Report:
    """Score the extractor on one file."""
    report = Report(path.name)
    for item_id, text, published, golds in load(path):
        predicted = extractor(text, published_at=published)
        report.texts += 1
        report.gold += len(golds)
        report.predicted += len(predicted)
        pairs = _match(text, golds, predicted)
        report.matched += len(pairs)
        matched_gold = {g for g, _ in pairs}
        matched_pred = {p for _, p in pairs}
        for gi, gold in enumerate(golds):
            if gi not in matched_gold:
                report.errors.append(f"{item_id}: missed '{gold.value_text}' ({gold.amount})")
        for pi, cand in enumerate(predicted):
            if pi not in matched_pred:
                report.errors.append(
                    f"{item_id}: spurious '{cand.value_text}' ({cand.amount} {cand.unit})"
                )
        for name in FIELDS:
            score = report.fields[name]
            score.gold_filled += sum(1 for g in golds if _gold_fields(g)[name] is not None)
            score.predicted_filled += sum(
                1 for c in predicted if _predicted_fields(c)[name] is not None
            )
        for gi, pi in pairs:
            want, got = _gold_fields(golds[gi]), _predicted_fields(predicted[pi])
            for name in FIELDS:
                score = report.fields[name]
                score.matched += 1
                if want[name] == got[name]:
                    score.agree += 1
                    if got[name] is not None:
                        score.correct_filled += 1
                else:
                    report.errors.append(
                        f"{item_id}: '{golds[gi].value_text}' {name}: "
                        f"expected {want[name]!r}, got {got[name]!r}"
                    )
    return report


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
        lines.append(
            f"{name:<14}{s.accuracy:>10.3f}{s.precision:>11.3f}{s.recall:>9.3f}{s.f1:>8.3f}"
        )
    return "\n".join(lines)


def _paths(arguments: Iterable[str]) -> list[Path]:
    """Expand command-line paths; directories stand for their *.jsonl files."""
    paths: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        paths.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    """Score every given file and print one table per file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT_DIR)])
    parser.add_argument("--verbose", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    paths = _paths(args.paths)
    if not paths:
        print(f"no evaluation files found in {', '.join(args.paths)}", file=sys.stderr)
        return 2
    for path in paths:
        report = evaluate_file(path)
        print(format_report(report))
        if args.verbose:
            for error in report.errors:
                print(f"  {error}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
