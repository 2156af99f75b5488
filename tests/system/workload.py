"""A random but reproducible workload of claims on a few indicators, through the real services.

Shared by the indicator integration tests and the system tests. Every id is fresh (uuid), so it
can run against a database that already holds committed data.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field

from claims.core import services
from claims.core.domain import commands as c
from claims.core.domain.errors import CommandRejected
from claims.core.domain.values import Period, Quantity
from claims.core.eventstore import ConcurrencyError
from tracker.services import define_indicator

UNIT = "per 100,000 people"
QUALIFIERS = ("exact", "exact", "approximately", "nearly", "at_least", "more_than", "up_to")
CTX = services.Context(actor="workload", request_id="workload")


def fresh(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


@dataclass
class World:
    """What a workload created: indicator keys, source ids and claim ids."""

    indicators: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)


def world(n_indicators: int = 2, n_sources: int = 4, tolerance: str = "5") -> World:
    w = World()
    for _ in range(n_indicators):
        key = fresh("ind")
        define_indicator(
            key=key,
            subject="Guatemala",
            measure="homicide rate",
            unit=UNIT,
            tolerance_pct=tolerance,
            actor="workload",
        )
        w.indicators.append(key)
    for i in range(n_sources):
        source_id = fresh("src")
        services.register_source(
            c.RegisterSource(
                source_id=source_id, name=f"Source {i} {source_id}", kind="organization"
            ),
            CTX,
        )
        w.sources.append(source_id)
    return w


def quantity(rng: random.Random) -> Quantity:
    amount = f"{rng.randint(20, 45)}.{rng.randint(0, 9)}"
    return Quantity.of(amount, UNIT, rng.choice(QUALIFIERS))


def report(w: World, rng: random.Random, *, indicator: str | None = None, year: int = 0) -> str:
    claim_id = fresh("claim")
    y = year or rng.randint(2009, 2013)
    services.report(
        c.ReportClaim(
            claim_id=claim_id,
            statement=f"The homicide rate in {y} was a figure.",
            subject="Guatemala",
            indicator=indicator or rng.choice(w.indicators),
            value=quantity(rng),
            period=Period(dt.date(y, 1, 1), dt.date(y, 12, 31)),
            attributed_to=rng.choice(w.sources),
        ),
        CTX,
    )
    w.claims.append(claim_id)
    return claim_id


def step(w: World, rng: random.Random) -> bool:
    """One random command: a new claim, or a change to an existing one. True if appended."""
    if not w.claims or rng.random() < 0.3:
        report(w, rng)
        return True
    claim_id = rng.choice(w.claims)
    n = uuid.uuid4().hex[:8]
    by = rng.choice([*w.sources, None])
    reason = "Checked."
    try:
        match rng.randrange(8):
            case 0 | 1:
                cmd_f = c.AddFigure(
                    figure_id=f"f{n}", source=rng.choice(w.sources), value=quantity(rng)
                )
                services.add_figure(claim_id, cmd_f, CTX, None)
            case 2:
                counter = quantity(rng) if by and rng.random() < 0.5 else None
                cmd_d = c.DisputeClaim(
                    dispute_id=f"d{n}", reason=reason, by=by, counter_value=counter
                )
                services.dispute(claim_id, cmd_d, CTX, None)
            case 3:
                state = services.load_claim(claim_id)
                live = [f.figure_id for f in state.figures] if state else []
                cmd_r = c.ResolveDispute(
                    resolution=rng.choice(["upheld", "rejected"]),
                    reason=reason,
                    accepted_figure=rng.choice([None, *live]),
                )
                services.resolve_dispute(claim_id, cmd_r, CTX, None)
            case 4:
                services.confirm(claim_id, c.ConfirmClaim(reason=reason, by=by), CTX, None)
            case 5:
                cmd_c = c.CorrectClaim(reason=reason, value=quantity(rng), by=by)
                services.correct(claim_id, cmd_c, CTX, None)
            case 6:
                services.refute(claim_id, c.RefuteClaim(reason=reason, by=by), CTX, None)
            case _:
                services.retract(claim_id, c.RetractClaim(reason=reason, by=by), CTX, None)
    except (CommandRejected, ConcurrencyError):
        return False
    return True


def run(w: World, rng: random.Random, commands: int) -> int:
    """Run commands; return how many were accepted (each appends at least one event)."""
    return sum(step(w, rng) for _ in range(commands))
