"""Small builders for tests: sources, claims and commands through the real services."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from typing import Any

from claims.core import demo as demo_data
from claims.core import services
from claims.core.domain import commands as c
from claims.core.domain.values import Document, Period, Quantity

ctx = services.Context(actor="test-editor", request_id="test")


def source(name: str = "United Nations", kind: str = "organization") -> str:
    source_id = services.new_id()
    services.register_source(
        c.RegisterSource(source_id=source_id, name=name, kind=kind), ctx, same_name_ok=True
    )
    return source_id


def report(
    source_id: str,
    *,
    amount: str = "34.5",
    qualifier: str = "exact",
    unit: str = "per 100,000 people",
    year: int = 2012,
    indicator: str | None = None,
    statement: str | None = None,
    occurred_at: dt.datetime | None = None,
) -> services.Result:
    cmd = c.ReportClaim(
        claim_id=services.new_id(),
        statement=statement or f"The homicide rate in {year} was {amount} {unit}.",
        subject="Guatemala",
        indicator=indicator,
        value=Quantity.of(amount, unit, qualifier),
        period=Period(dt.date(year, 1, 1), dt.date(year, 12, 31)),
        place="Guatemala",
        attributed_to=source_id,
        reported_in=Document(url="https://example.org/report", publisher=source_id),
    )
    return services.report(cmd, services.Context(actor="test", occurred_at=occurred_at))


def append_unchecked(claim_id: str, event: Any) -> None:
    """Store an event no command would decide today (as an older release might have stored
    it), then rebuild the read models: what every page must still show safely."""
    from django.core.management import call_command

    from claims.core import eventstore

    version = eventstore.load(claim_id)[-1].version
    eventstore.append(
        "claim", claim_id, [eventstore.NewEvent(event)], version, {"actor": "older-release"}
    )
    call_command("rebuild_projections", "--no-progress", stdout=io.StringIO())


def read_model_snapshot() -> dict[str, list[str]]:
    """Every read-model row as canonical JSON (surrogate ids left out), sorted per table."""
    from claims.core import projections

    out: dict[str, list[str]] = {}
    for model in projections.READ_MODELS:
        rows: list[dict[str, Any]] = list(model.objects.values())
        natural_pk = model._meta.pk.name != "id" or not model._meta.pk.auto_created
        for row in rows:
            if not natural_pk:
                row.pop("id", None)
        out[model.__name__] = sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)
    return out


# --- The demo data as fixtures load it ----------------------------------------------------------

FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


class DemoIds(dict[str, str]):
    """Demo ids by key: ids['claim:organized-crime-share'], ids['source:un']."""

    def __missing__(self, key: str) -> str:
        kind, _, name = key.partition(":")
        return demo_data.demo_id(kind, name)


def load_demo(settings: Any) -> DemoIds:
    """Load the demo sources, indicators, claims and role users (fast password hashing)."""
    from tracker.services import define_indicator

    settings.PASSWORD_HASHERS = FAST_HASHERS
    demo_data.load(define_indicator=define_indicator)
    demo_data.ensure_roles_and_users()
    return DemoIds()


# --- The URL routes, as the OpenAPI schema names them --------------------------------------------


def url_routes(resolver: Any = None, prefix: str = "") -> list[str]:
    """Every route the resolver knows, as its pattern text (regex anchors dropped)."""
    from django.urls import URLPattern, URLResolver, get_resolver

    found = []
    for pattern in (resolver or get_resolver()).url_patterns:
        text = prefix + str(pattern.pattern).lstrip("^").rstrip("$")
        if isinstance(pattern, URLResolver):
            found += url_routes(pattern, text)
        elif isinstance(pattern, URLPattern):
            found.append(text)
    return found


def as_openapi(route: str) -> str:
    """A route pattern as an OpenAPI path: named groups and converters become {name}."""
    route = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"{\1}", route)
    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route)
