"""(b) The bulk import path: batches of 1,000 events per transaction, projections in bulk: events/s.

Ours: `claims.core.bulk.import_streams()` — decide every command in memory, hash chains, one
multi-row INSERT (PostgreSQL: COPY) per batch, read models (claims, history rows, figures,
disputes) written in bulk in the same transaction.
Peers, pair by pair: the eventsourcing library saving 1,000 events per `app.save(*aggregates)`
call, and a plain Django ORM `bulk_create` of 1,000 event rows per transaction (no hash, no
projections).
"""

from __future__ import annotations

import random
import sys
import uuid

from bench import common

SIZES = {"tiny": 500, "quick": 10_000, "full": 100_000}  # events per repetition
EVENTS_PER_CLAIM = 5  # a report and 4 history commands, one event each
BATCH = 1000


def main(argv: list[str] | None = None) -> int:
    args = common.parser(__doc__ or "").parse_args(argv)
    vendor = common.setup_django(args.db_url)
    from django.db import transaction
    from django.utils import timezone

    from bench import workload as w
    from claims.core import bulk, services
    from claims.core.domain import commands as c

    n_events = SIZES[args.size]
    n_claims = n_events // EVENTS_PER_CLAIM
    workdir = common.scratch_dir("bench-b-")
    sources = w.register_sources(5)
    libs = {
        best: w.library_app(vendor, workdir, args.db_url, best=best, tag=f"b{int(best)}")
        for best in (False, True)
    }
    baseline = w.baseline_model()

    def our_items(rep: int) -> list[bulk.StreamCommands]:
        rng = random.Random(rep)
        items = []
        for i in range(n_claims):
            claim_id = services.new_id()
            cmds: list[c.Command] = [w.report_command(claim_id, sources, rng)]
            cmds += w.history_commands(sources, rng, EVENTS_PER_CLAIM - 1, f"r{rep}c{i}")
            items.append(bulk.StreamCommands("claim", claim_id, cmds))
        return items

    def library(best: bool) -> None:
        app = libs[best]
        pending = []
        count = 0
        for i in range(n_claims):
            claim = w.LibClaim(f"Statement {i}", "Guatemala", "34.5", w.UNIT)
            for k in range(EVENTS_PER_CLAIM - 1):
                claim.add_note(f"note {k}")
            pending.append(claim)
            count += EVENTS_PER_CLAIM
            if count >= BATCH:
                app.save(*pending)
                pending, count = [], 0
        if pending:
            app.save(*pending)

    def plain() -> None:
        now = timezone.now()
        rows = []
        for _ in range(n_claims):
            sid = uuid.uuid4().hex
            rows += [
                baseline(
                    stream_id=sid,
                    version=v,
                    event_type="NoteAdded" if v > 1 else "ClaimReported",
                    data={"text": f"note {v}"},
                    recorded_at=now,
                )
                for v in range(1, EVENTS_PER_CLAIM + 1)
            ]
            if len(rows) >= BATCH:
                with transaction.atomic():
                    baseline.objects.bulk_create(rows)
                rows = []
        if rows:
            with transaction.atomic():
                baseline.objects.bulk_create(rows)

    timings: dict[str, list[float]] = {"ours": [], "lib0": [], "lib1": [], "orm": []}
    for rep in range(args.reps):
        items = our_items(rep)

        def ours(items: list[bulk.StreamCommands] = items) -> None:
            result = bulk.import_streams(items, w.CTX, batch=BATCH)
            assert result.events == n_claims * EVENTS_PER_CLAIM, result

        if rep == 0 and args.profile:
            with common.maybe_profile(args.profile):
                timings["ours"].append(common.timed(ours))
        else:
            timings["ours"].append(common.timed(ours))
        timings["lib0"].append(common.timed(lambda: library(False)))
        timings["lib1"].append(common.timed(lambda: library(True)))
        timings["orm"].append(common.timed(plain))

    total = n_claims * EVENTS_PER_CLAIM
    rate = {k: [total / t for t in v] for k, v in timings.items()}
    target = 50_000 if vendor == "sqlite" else 40_000
    lib_best = w.library_name(vendor, True)
    figures = [
        common.Figure(
            "b",
            "bulk import, hash chain + bulk projections (ours)",
            "ev/s",
            rate["ours"],
            peer=lib_best,
            ratios=common.ratios(rate["ours"], rate["lib1"], True),
            target=f">= {target:,} ev/s",
            met=sorted(rate["ours"])[len(rate["ours"]) // 2] >= target,
        ),
        common.Figure(
            "b",
            "bulk import (ours) vs plain ORM bulk_create",
            "ev/s",
            rate["ours"],
            peer="plain ORM bulk_create",
            ratios=common.ratios(rate["ours"], rate["orm"], True),
        ),
        common.Figure(
            "b", f"peer: {w.library_name(vendor, False)}, save(*1000 ev)", "ev/s", rate["lib0"]
        ),
        common.Figure("b", f"peer: {lib_best}, save(*1000 ev)", "ev/s", rate["lib1"]),
        common.Figure("b", "peer: plain ORM bulk_create, no projections", "ev/s", rate["orm"]),
    ]
    for app in libs.values():
        app.close()
    common.finish(
        args,
        figures,
        {"events_per_rep": total, "batch": BATCH, "events_per_claim": EVENTS_PER_CLAIM},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
