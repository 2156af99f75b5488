"""(k) Reads `known_at` a moment of valid time: one claim, and a list page over every claim: ms.

Through the real API views (Django test client) and, separately, the query alone. Every claim is
reported with a valid time (occurred_at) in 2013 and later disputed with a later one, so a
known_at between the two finds each claim in its first state; one claim also has a long history
of notes with rising valid times. Targets: <= 10 ms for one claim, <= 300 ms for the first page
of a 10,000-claim list. Peer: the same reads now (no known_at).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time

from bench import common

SIZES = {  # events in the long claim, claims in the list
    "tiny": (50, 200),
    "quick": (500, 10_000),
    "full": (2_000, 10_000),
}
UTC = dt.UTC


def main(argv: list[str] | None = None) -> int:
    args = common.parser(__doc__ or "").parse_args(argv)
    common.setup_django(args.db_url)
    from django.test import Client

    from bench import workload as w
    from claims.core import bulk, selectors, services
    from claims.core.domain import commands as c

    n_history, n_claims = SIZES[args.size]
    rng = random.Random(11)
    sources = w.register_sources(5)
    reported_on = dt.datetime(2013, 2, 1, tzinfo=UTC)
    disputed_on = dt.datetime(2013, 6, 1, tzinfo=UTC)

    def ctx(moment: dt.datetime) -> services.Context:
        return services.Context(actor="bench", occurred_at=moment)

    ids = [services.new_id() for _ in range(n_claims)]
    bulk.import_streams(
        (bulk.StreamCommands("claim", cid, [w.report_command(cid, sources, rng)]) for cid in ids),
        ctx(reported_on),
    )
    bulk.import_streams(
        (
            bulk.StreamCommands("claim", cid, [c.DisputeClaim(dispute_id="d1", reason="Doubted.")])
            for cid in ids
        ),
        ctx(disputed_on),
    )
    # One claim with a long history, one command per day of valid time (the inline path).
    long_id = ids[0]
    for n in range(n_history):
        services.note(
            long_id, c.AddNote(text=f"note {n}"), ctx(disputed_on + dt.timedelta(days=n + 1)), None
        )
    middle = disputed_on + dt.timedelta(days=n_history // 2, hours=12)

    client = Client()
    known = "2013-03-01"
    detail_url = f"/api/v1/claims/{long_id}/"
    list_url = "/api/v1/claims/"

    def get(url: str, params: dict[str, str] | None = None) -> dict[str, object]:
        response = client.get(url, params or {})
        assert response.status_code == 200, (response.status_code, response.content[:300])
        return dict(response.json())

    doc = get(detail_url, {"known_at": middle.isoformat()})
    assert doc["version"] == 2 + n_history // 2, doc["version"]
    page = get(list_url, {"known_at": known})
    assert page["count"] == n_claims, page["count"]
    assert all(r["status"] == "reported" for r in page["results"])  # type: ignore[attr-defined]

    samples = 20 if args.size != "tiny" else 5
    keys = ("detail_known", "detail_now", "detail_query", "list_known", "list_now", "list_query")
    timings: dict[str, list[float]] = {k: [] for k in keys}
    filters = selectors.ClaimFilters(known_at=dt.datetime(2013, 3, 1, 23, 59, tzinfo=UTC))

    def per_call(fn: object, n: int) -> float:
        started = time.perf_counter()
        for _ in range(n):
            fn()  # type: ignore[operator]
        return (time.perf_counter() - started) / n * 1000

    def list_query() -> None:
        rows = selectors.claim_list(filters)
        rows.count()
        rows.texts()[:50]

    for rep in range(args.reps):
        prof = common.maybe_profile(args.profile if rep == 0 else None)
        with prof:
            timings["detail_known"].append(
                per_call(lambda: get(detail_url, {"known_at": middle.isoformat()}), samples)
            )
            timings["list_known"].append(
                per_call(lambda: get(list_url, {"known_at": known}), samples)
            )
        timings["detail_now"].append(per_call(lambda: get(detail_url), samples))
        timings["detail_query"].append(
            per_call(lambda: selectors.stored_claim(long_id, known_at=middle), samples)
        )
        timings["list_now"].append(per_call(lambda: get(list_url), samples))
        timings["list_query"].append(per_call(list_query, samples))

    def median(key: str) -> float:
        values = sorted(timings[key])
        return values[len(values) // 2]

    figures = [
        common.Figure(
            "k",
            f"GET claim known_at, {n_history + 2:,}-event claim (view)",
            "ms",
            timings["detail_known"],
            higher_is_better=False,
            peer="same claim now",
            ratios=common.ratios(timings["detail_known"], timings["detail_now"], False),
            target="<= 10 ms",
            met=median("detail_known") <= 10,
        ),
        common.Figure(
            "k", "  known_at detail, the query alone", "ms", timings["detail_query"], False
        ),
        common.Figure(
            "k",
            f"GET claims known_at, {n_claims:,} claims (view, page 1)",
            "ms",
            timings["list_known"],
            higher_is_better=False,
            peer="list now",
            ratios=common.ratios(timings["list_known"], timings["list_now"], False),
            target="<= 300 ms",
            met=median("list_known") <= 300,
        ),
        common.Figure(
            "k",
            "  known_at list, the queries alone (count+page)",
            "ms",
            timings["list_query"],
            False,
        ),
        common.Figure("k", "peer: GET claim now (view)", "ms", timings["detail_now"], False),
        common.Figure("k", "peer: GET claims now (view, page 1)", "ms", timings["list_now"], False),
    ]
    common.finish(args, figures, {"history_events": n_history + 2, "claims": n_claims})
    return 0


if __name__ == "__main__":
    sys.exit(main())
