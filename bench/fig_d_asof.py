"""(d) Reads `as_of` a past moment: one claim with a long history, and the list of all claims: ms.

Both through the real API views (Django test client: URL routing, middleware, DRF, the
serializer) and, separately, the query the view runs. The history is written by the bulk import
path in batches of 1,000 events, so each batch is one moment of transaction time.
Peers: the same row read now (no as_of), through the same view; and django-simple-history on
the same shapes (one object with as many versions, as many objects with two versions each, its
history rows written in bulk): `instance.history.as_of(T)` and `Model.history.as_of(T)` (page 1
and its count), with an (id, history_date) index added to its history table (its default
indexes make the model-level as-of list take seconds).
"""

from __future__ import annotations

import random
import sys
import time
from typing import Any

from bench import common

SIZES = {  # events in the long claim, claims in the list
    "tiny": (100, 100),
    "quick": (10_000, 10_000),
    "full": (10_000, 10_000),
}
BATCH = 1000


def main(argv: list[str] | None = None) -> int:
    args = common.parser(__doc__ or "").parse_args(argv)
    common.setup_django(args.db_url, peers=True)
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from bench import workload as w
    from claims.api.views import claim_document
    from claims.core import bulk, services
    from claims.core.domain import commands as c

    n_history, n_claims = SIZES[args.size]
    rng = random.Random(4)
    sources = w.register_sources(5)

    # One claim with n_history events, imported in batches (each batch one recorded_at).
    long_id = services.new_id()
    moments = []
    cmds: list[c.Command] = [w.report_command(long_id, sources, rng)]
    done = 0
    chunk = max(1, min(BATCH, n_history // 10))
    while done < n_history:
        while len(cmds) < min(chunk, n_history - done):
            cmds.append(c.AddNote(text=f"note {done + len(cmds)}"))
        bulk.import_streams([bulk.StreamCommands("claim", long_id, cmds)], w.CTX)
        done += len(cmds)
        moments.append(timezone.now())
        cmds = []
        time.sleep(0.002)
    middle = moments[len(moments) // 2 - 1] if len(moments) > 1 else moments[0]

    # n_claims claims reported, then (later) each noted once: as_of between the two rounds.
    ids = [services.new_id() for _ in range(n_claims)]
    bulk.import_streams(
        (bulk.StreamCommands("claim", cid, [w.report_command(cid, sources, rng)]) for cid in ids),
        w.CTX,
    )
    time.sleep(0.01)
    list_moment = timezone.now()
    time.sleep(0.01)
    bulk.import_streams(
        (bulk.StreamCommands("claim", cid, [c.AddNote(text="later")]) for cid in ids), w.CTX
    )

    history_one, history_moment, history_list_moment = _history_peer(
        n_history, n_claims, connection
    )
    from bench.peers.models import HistoryClaim

    def history_detail() -> None:
        history_one.history.as_of(history_moment)

    def history_list() -> None:
        rows = HistoryClaim.history.as_of(history_list_moment).order_by("id")
        rows.count()
        list(rows[:50])

    client = Client()
    as_of = middle.isoformat()
    detail_url = f"/api/v1/claims/{long_id}/"
    list_url = "/api/v1/claims/"
    list_params = {"as_of": list_moment.isoformat()}

    def get(url: str, params: dict[str, str] | None = None) -> dict[str, object]:
        response = client.get(url, params or {})
        assert response.status_code == 200, (response.status_code, response.content[:300])
        return dict(response.json())

    doc = get(detail_url, {"as_of": as_of})
    assert 1 < int(str(doc["version"])) < n_history, doc["version"]
    page = get(list_url, list_params)
    assert page["count"] == n_claims + 1, page["count"]

    samples = 20 if args.size != "tiny" else 5
    keys = (
        "detail_asof",
        "detail_now",
        "detail_query",
        "list_asof",
        "list_now",
        "list_query",
        "hist_detail",
        "hist_list",
    )
    timings: dict[str, list[float]] = {k: [] for k in keys}

    def per_call(fn: object, n: int) -> float:
        started = time.perf_counter()
        for _ in range(n):
            fn()  # type: ignore[operator]
        return (time.perf_counter() - started) / n * 1000

    for rep in range(args.reps):
        prof = common.maybe_profile(args.profile if rep == 0 else None)
        with prof:
            timings["detail_asof"].append(
                per_call(lambda: get(detail_url, {"as_of": as_of}), samples)
            )
            timings["list_asof"].append(per_call(lambda: get(list_url, list_params), samples))
        timings["detail_now"].append(per_call(lambda: get(detail_url), samples))
        timings["detail_query"].append(per_call(lambda: claim_document(long_id, middle), samples))
        timings["list_now"].append(per_call(lambda: get(list_url), samples))
        timings["list_query"].append(per_call(lambda: _list_query(list_moment), samples))
        timings["hist_detail"].append(per_call(history_detail, samples))
        timings["hist_list"].append(per_call(history_list, samples))

    figures = [
        common.Figure(
            "d",
            f"GET claim as_of, {n_history:,}-event claim (view)",
            "ms",
            timings["detail_asof"],
            higher_is_better=False,
            peer="same claim now",
            ratios=common.ratios(timings["detail_asof"], timings["detail_now"], False),
            target="<= 5 ms",
            met=sorted(timings["detail_asof"])[len(timings["detail_asof"]) // 2] <= 5,
        ),
        common.Figure("d", "  as_of detail, the query alone", "ms", timings["detail_query"], False),
        common.Figure(
            "d",
            f"GET claims as_of, {n_claims:,} claims (view, page 1)",
            "ms",
            timings["list_asof"],
            higher_is_better=False,
            peer="list now",
            ratios=common.ratios(timings["list_asof"], timings["list_now"], False),
            target="<= 150 ms",
            met=sorted(timings["list_asof"])[len(timings["list_asof"]) // 2] <= 150,
        ),
        common.Figure(
            "d", "  as_of list, the queries alone (count+page)", "ms", timings["list_query"], False
        ),
        common.Figure(
            "d",
            "  as_of detail query (ours) vs django-simple-history",
            "ms",
            timings["detail_query"],
            higher_is_better=False,
            peer="instance.history.as_of",
            ratios=common.ratios(timings["detail_query"], timings["hist_detail"], False),
        ),
        common.Figure(
            "d",
            "  as_of list queries (ours) vs django-simple-history",
            "ms",
            timings["list_query"],
            higher_is_better=False,
            peer="Model.history.as_of",
            ratios=common.ratios(timings["list_query"], timings["hist_list"], False),
        ),
        common.Figure("d", "peer: GET claim now (view)", "ms", timings["detail_now"], False),
        common.Figure("d", "peer: GET claims now (view, page 1)", "ms", timings["list_now"], False),
        common.Figure(
            "d",
            f"peer: django-simple-history instance.history.as_of, {n_history:,} versions",
            "ms",
            timings["hist_detail"],
            False,
        ),
        common.Figure(
            "d",
            f"peer: django-simple-history Model.history.as_of, {n_claims:,} objects (page 1+count)",
            "ms",
            timings["hist_list"],
            False,
        ),
    ]
    common.finish(args, figures, {"history_events": n_history, "claims": n_claims})
    return 0


def _history_peer(n_history: int, n_objects: int, connection: Any) -> tuple[Any, Any, Any]:
    """django-simple-history's tables holding the same shapes as ours: one object with
    n_history versions, n_objects objects with two versions each (history rows in bulk)."""
    import datetime as dt

    from django.utils import timezone

    from bench.peers.models import HistoryClaim

    historical = HistoryClaim.history.model
    start = timezone.now() - dt.timedelta(days=1)
    fields = {"statement": "Statement", "subject": "Guatemala", "amount": "34.5", "unit": "u"}
    one = HistoryClaim.objects.create(**fields)
    historical.objects.bulk_create(
        [
            historical(
                id=one.pk,
                **fields,
                note=f"note {v}",
                history_date=start + dt.timedelta(milliseconds=v),
                history_type="~",
            )
            for v in range(n_history)
        ],
        batch_size=2000,
    )
    objects = HistoryClaim.objects.bulk_create(
        [HistoryClaim(**fields) for _ in range(n_objects)], batch_size=2000
    )
    later = start + dt.timedelta(hours=2)
    rows = []
    for obj in objects:
        rows.append(historical(id=obj.pk, **fields, history_date=start, history_type="+"))
        rows.append(
            historical(id=obj.pk, **fields, note="later", history_date=later, history_type="~")
        )
    historical.objects.bulk_create(rows, batch_size=2000)
    table = connection.ops.quote_name(historical._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE INDEX bench_history_id_date ON {table} (id, history_date)")
    middle = start + dt.timedelta(milliseconds=n_history // 2)
    return one, middle, start + dt.timedelta(hours=1)


def _list_query(as_of: object) -> None:
    from django.db.models import Q

    from claims.core.models import ClaimVersion

    rows = ClaimVersion.objects.filter(
        Q(recorded_to__isnull=True) | Q(recorded_to__gt=as_of), recorded_from__lte=as_of
    ).order_by("created_at", "claim_id")
    rows.count()
    list(rows.values_list("document", flat=True)[:50])


if __name__ == "__main__":
    sys.exit(main())
