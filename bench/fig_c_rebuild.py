"""(c) `rebuild_projections` over the whole log: events/s; and reading the log alone.

Ours: `manage.py rebuild_projections` (drop every read model, fold the log, write the rows in
bulk, under the append lock), and reading the log alone with `eventstore.iter_all()` (rows →
RecordedEvent → typed domain event, as a rebuild or a consumer reads it).
Peer, pair by pair: the eventsourcing library replaying its own log of the same number of events
(`recorder.select_notifications` in pages of 5,000 → `mapper.to_domain_event`).
"""

from __future__ import annotations

import random
import sys

from bench import common

SIZES = {"tiny": 500, "quick": 10_000, "full": 1_000_000}  # events in the log
EVENTS_PER_CLAIM = 5
PAGE = 5_000


def main(argv: list[str] | None = None) -> int:
    args = common.parser(__doc__ or "").parse_args(argv)
    vendor = common.setup_django(args.db_url)
    from django.core.management import call_command

    from bench import workload as w
    from claims.core import bulk, eventstore, services
    from claims.core.domain import commands as c
    from claims.core.models import ClaimVersion

    n_events = SIZES[args.size]
    n_claims = n_events // EVENTS_PER_CLAIM
    rng = random.Random(3)
    sources = w.register_sources(5)

    def items() -> object:
        for i in range(n_claims):
            claim_id = services.new_id()
            cmds: list[c.Command] = [w.report_command(claim_id, sources, rng)]
            cmds += w.history_commands(sources, rng, EVENTS_PER_CLAIM - 1, f"c{i}")
            yield bulk.StreamCommands("claim", claim_id, cmds)

    bulk.import_streams(items(), w.CTX)  # type: ignore[arg-type]
    total = eventstore.head_position()
    versions_before = ClaimVersion.objects.count()

    workdir = common.scratch_dir("bench-c-")
    app = w.library_app(vendor, workdir, args.db_url, best=True, tag="c")
    pending = []
    for i in range(n_claims):
        claim = w.LibClaim(f"Statement {i}", "Guatemala", "34.5", w.UNIT)
        for k in range(EVENTS_PER_CLAIM - 1):
            claim.add_note(f"note {k}")
        pending.append(claim)
        if len(pending) * EVENTS_PER_CLAIM >= 1000:
            app.save(*pending)
            pending = []
    if pending:
        app.save(*pending)
    lib_total = n_claims * EVENTS_PER_CLAIM

    def rebuild() -> None:
        call_command("rebuild_projections", "--no-progress", stdout=_Null())

    def read_typed() -> None:
        for record in eventstore.iter_all(0):
            record.event  # noqa: B018 (decode, as a rebuild does)

    def read_rows() -> None:
        for _record in eventstore.iter_all(0):
            pass

    def library_replay() -> None:
        start, count = 1, 0
        mapper = app.mapper
        while True:
            page = app.recorder.select_notifications(start, PAGE)
            if not page:
                break
            for notification in page:
                mapper.to_domain_event(notification)
                count += 1
            start = page[-1].id + 1
        assert count == lib_total, count

    timings: dict[str, list[float]] = {"rebuild": [], "typed": [], "rows": [], "lib": []}
    for rep in range(args.reps):
        if rep == 0 and args.profile:
            with common.maybe_profile(args.profile):
                timings["rebuild"].append(common.timed(rebuild))
        else:
            timings["rebuild"].append(common.timed(rebuild))
        timings["typed"].append(common.timed(read_typed))
        timings["rows"].append(common.timed(read_rows))
        timings["lib"].append(common.timed(library_replay))
    assert ClaimVersion.objects.count() == versions_before
    app.close()

    rate = {k: [(lib_total if k == "lib" else total) / t for t in v] for k, v in timings.items()}
    target = 50_000 if vendor == "sqlite" else 40_000
    figures = [
        common.Figure(
            "c",
            "rebuild_projections, all read models (ours)",
            "ev/s",
            rate["rebuild"],
            target=f">= {target:,} ev/s",
            met=sorted(rate["rebuild"])[len(rate["rebuild"]) // 2] >= target,
        ),
        common.Figure(
            "c",
            "read the log, typed events (ours)",
            "ev/s",
            rate["typed"],
            peer="eventsourcing replay",
            ratios=common.ratios(rate["typed"], rate["lib"], True),
            target=">= 1.0x eventsourcing replay",
            met=_median(common.ratios(rate["typed"], rate["lib"], True)) >= 1.0,
        ),
        common.Figure(
            "c",
            "read the log, records only (ours)",
            "ev/s",
            rate["rows"],
            peer="eventsourcing replay",
            ratios=common.ratios(rate["rows"], rate["lib"], True),
        ),
        common.Figure("c", "peer: eventsourcing replay (select + map)", "ev/s", rate["lib"]),
    ]
    common.finish(args, figures, {"events": total, "library_events": lib_total})
    return 0


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2] if values else 0.0


class _Null:
    def write(self, *_: object) -> None:
        pass

    def flush(self) -> None:
        pass


if __name__ == "__main__":
    sys.exit(main())
