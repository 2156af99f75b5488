"""(v) CSV export of the whole claim list: rows/s through the real view, and its memory.

`GET /api/v1/claims/?format=csv` through the Django test client, the streamed body consumed
chunk by chunk (as a client would), over every claim. Target: >= 50,000 rows/s at 100,000
claims, in memory that does not grow with the list (the traced peak while streaming all of them
is printed beside the peak for a tenth of them).
"""

from __future__ import annotations

import random
import sys
import time
import tracemalloc

from bench import common

SIZES = {"tiny": 1_000, "quick": 100_000, "full": 100_000}


def main(argv: list[str] | None = None) -> int:
    args = common.parser(__doc__ or "").parse_args(argv)
    common.setup_django(args.db_url)
    from django.test import Client

    from bench import workload as w
    from claims.core import bulk, services

    n_claims = SIZES[args.size]
    rng = random.Random(7)
    sources = w.register_sources(5)
    ids = [services.new_id() for _ in range(n_claims)]
    bulk.import_streams(
        (bulk.StreamCommands("claim", cid, [w.report_command(cid, sources, rng)]) for cid in ids),
        w.CTX,
    )
    client = Client()

    def export(params: str = "") -> int:
        response = client.get(f"/api/v1/claims/?format=csv{params}")
        assert response.status_code == 200, response.status_code
        lines = 0
        for chunk in response.streaming_content:  # type: ignore[attr-defined]
            lines += chunk.count(b"\n")
        return lines - 1  # the header

    assert export() == n_claims
    rates: list[float] = []
    for rep in range(args.reps):
        prof = common.maybe_profile(args.profile if rep == 0 else None)
        with prof:
            started = time.perf_counter()
            rows = export()
            rates.append(rows / (time.perf_counter() - started))

    def peak(params: str = "") -> float:
        tracemalloc.start()
        try:
            export(params)
            return tracemalloc.get_traced_memory()[1] / 1e6
        finally:
            tracemalloc.stop()

    # A tenth of the claims: those of one subject in ten would do, but a page of the same
    # query is simpler: filter on one source (a fifth) for the comparison.
    small = peak(f"&attributed_to={sources[0]}")
    whole = peak()
    figures = [
        common.Figure(
            "v",
            f"CSV export, {n_claims:,} claims (view, streamed)",
            "rows/s",
            rates,
            higher_is_better=True,
            target=">= 50,000 rows/s",
            met=sorted(rates)[len(rates) // 2] >= 50_000,
        ),
        common.Figure(
            "v",
            "  traced peak memory: every claim vs one source's fifth",
            "MB",
            [whole],
            higher_is_better=False,
            note=f"{small:.1f} MB for a fifth",
        ),
    ]
    common.finish(args, figures, {"claims": n_claims})
    return 0


if __name__ == "__main__":
    sys.exit(main())
