"""(a) One command through the real service path, many times: commands/s.

Ours: `services.note()` — load (post-commit cache, else snapshot, else replay), decide, append
with the hash chain, inline projections (Claim row, history row), commit.
Peers, pair by pair in each repetition: the eventsourcing library (default, and its aggregate
cache [+ database functions on PostgreSQL]) doing repository.get → add_note → save; a plain
Django ORM events table (read the head, insert the next version, no projections); and what a
Django team does without event sourcing: django-simple-history, a model loaded and saved per
command in a transaction, its HistoricalRecords writing the history row.
"""

from __future__ import annotations

import sys

from bench import common

SIZES = {  # claims, commands per repetition
    "tiny": (10, 30),
    "quick": (200, 1_000),
    "full": (1_000, 20_000),
}


def main(argv: list[str] | None = None) -> int:
    args = common.parser(__doc__ or "").parse_args(argv)
    vendor = common.setup_django(args.db_url, peers=True)
    from django.db import transaction

    from bench import workload as w
    from bench.peers.models import HistoryClaim
    from claims.core import services
    from claims.core.domain import commands as c

    n_claims, n_commands = SIZES[args.size]
    workdir = common.scratch_dir("bench-a-")
    sources = w.register_sources(5)
    claim_ids = w.report_claims(n_claims, sources)
    versions = dict.fromkeys(claim_ids, 1)

    libs = {
        best: w.library_app(vendor, workdir, args.db_url, best=best, tag=f"a{int(best)}")
        for best in (False, True)
    }
    lib_ids = {}
    for best, app in libs.items():
        lib_ids[best] = [app.report(f"Statement {i}", "Guatemala", "34.5") for i in range(n_claims)]
    baseline = w.baseline_model()
    base_ids = [f"base-{i}" for i in range(n_claims)]
    for sid in base_ids:
        w.baseline_append(baseline, sid, "ClaimReported", {"statement": "x"})

    history_ids = [
        HistoryClaim.objects.create(
            statement=f"Statement {i}", subject="Guatemala", amount="34.5", unit=w.UNIT
        ).pk
        for i in range(n_claims)
    ]

    def history() -> None:
        for n, pk in enumerate(w.round_robin(history_ids, n_commands)):
            with transaction.atomic():
                row = HistoryClaim.objects.get(pk=pk)
                row.note = f"note {n}"
                row.save()

    def ours() -> None:
        for n, claim_id in enumerate(w.round_robin(claim_ids, n_commands)):
            result = services.note(claim_id, c.AddNote(text=f"note {n}"), w.CTX, versions[claim_id])
            versions[claim_id] = result.version

    def library(best: bool) -> None:
        app, ids = libs[best], lib_ids[best]
        for n, claim_id in enumerate(w.round_robin(ids, n_commands)):
            app.note(claim_id, f"note {n}")

    def plain() -> None:
        for n, sid in enumerate(w.round_robin(base_ids, n_commands)):
            w.baseline_append(baseline, sid, "NoteAdded", {"text": f"note {n}"})

    timings: dict[str, list[float]] = {"ours": [], "lib0": [], "lib1": [], "orm": [], "hist": []}
    for rep in range(args.reps):
        if rep == 0 and args.profile:
            with common.maybe_profile(args.profile):
                timings["ours"].append(common.timed(ours))
        else:
            timings["ours"].append(common.timed(ours))
        timings["lib0"].append(common.timed(lambda: library(False)))
        timings["lib1"].append(common.timed(lambda: library(True)))
        timings["orm"].append(common.timed(plain))
        timings["hist"].append(common.timed(history))

    rate = {k: [n_commands / t for t in v] for k, v in timings.items()}
    lib_default = w.library_name(vendor, False)
    lib_best = w.library_name(vendor, True)
    target = 1.0 if vendor == "sqlite" else 1.2
    best_ratios = common.ratios(rate["ours"], rate["lib1"], True)
    figures = [
        common.Figure(
            "a",
            "command, full path (ours)",
            "cmd/s",
            rate["ours"],
            peer=lib_best,
            ratios=best_ratios,
            target=f">= {target}x {lib_best}",
            met=bool(best_ratios) and sorted(best_ratios)[len(best_ratios) // 2] >= target,
        ),
        common.Figure(
            "a",
            "command (ours) vs library default",
            "cmd/s",
            rate["ours"],
            peer=lib_default,
            ratios=common.ratios(rate["ours"], rate["lib0"], True),
        ),
        common.Figure(
            "a",
            "command (ours) vs plain Django ORM",
            "cmd/s",
            rate["ours"],
            peer="plain ORM table",
            ratios=common.ratios(rate["ours"], rate["orm"], True),
        ),
        common.Figure(
            "a",
            "command (ours) vs django-simple-history",
            "cmd/s",
            rate["ours"],
            peer="django-simple-history",
            ratios=common.ratios(rate["ours"], rate["hist"], True),
        ),
        common.Figure("a", f"peer: {lib_default}", "cmd/s", rate["lib0"]),
        common.Figure("a", f"peer: {lib_best}", "cmd/s", rate["lib1"]),
        common.Figure("a", "peer: plain ORM table, no projections", "cmd/s", rate["orm"]),
        common.Figure(
            "a", "peer: django-simple-history, load + save per command", "cmd/s", rate["hist"]
        ),
    ]
    for app in libs.values():
        app.close()
    common.finish(
        args, figures, {"claims": n_claims, "commands_per_rep": n_commands, "reps": args.reps}
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
