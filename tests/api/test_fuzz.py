"""Schemathesis against the live OpenAPI schema, in-process through the WSGI app.

Every operation gets up to FUZZ_EXAMPLES generated cases (env `CLAIMS_FUZZ_EXAMPLES`, default 100
on SQLite and 30 on PostgreSQL) besides the explicit and boundary cases schemathesis adds:
thousands of cases in all (the last test prints the count and requires at least 1,000 when every
operation ran). Requests carry the demo editor's token and run over the demo data, reloaded for
each operation inside a rolled-back transaction. Checks: no 5xx, only documented status codes,
response bodies and content types as documented. Generation is derandomized, so a failure
reproduces; a share of the cases gets real claim and source ids and the claim's current version, so
success paths are fuzzed too, not only 404s and 409s.

Run alone: `pytest tests/api/test_fuzz.py -s` (a few minutes on SQLite).
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from claims.core import models, services
from claims.core.domain import commands as c
from claims.tokens.models import ApiToken
from claims.webhooks import services as webhooks
from config.wsgi import application
from tests.conftest import PUBLIC, FakeResolver
from tests.reliability.conftest import figure

# A dev dependency (schemathesis>=4.32,<5): skip, not fail, where it is not installed yet.
schemathesis = pytest.importorskip("schemathesis")
checks = pytest.importorskip("schemathesis.checks")

# RELIABILITY.md S10: at least 100 examples per operation in CI on SQLite; the PostgreSQL pass
# repeats a lighter run (its nightly size is CLAIMS_FUZZ_EXAMPLES=1000).
_ON_POSTGRES = os.environ.get("DATABASE_URL", "").startswith(("postgres", "postgresql"))
FUZZ_EXAMPLES = int(os.environ.get("CLAIMS_FUZZ_EXAMPLES", "30" if _ON_POSTGRES else "100"))
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.response_schema_conformance,
    checks.content_type_conformance,
]

schema = schemathesis.openapi.from_wsgi("/api/schema/", application)
CASES_RUN: dict[str, int] = {}


@pytest.fixture
def editor_token(tokens: dict[str, str], settings: Any) -> Iterator[str]:
    """The editor's token, with write throttling out of the way of the fuzzer."""
    rates = settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {**rates, "writes": None, "user": None},
    }
    # As Django's test client does: the end of a request must not close the connection that
    # holds the test's transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield tokens["editor"]
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def public_names(resolver: FakeResolver) -> FakeResolver:
    """Every webhook host name resolves to a public address (no DNS query leaves the test)."""
    resolver.default = [PUBLIC]
    return resolver


def _pick(seed: str, choices: list[str]) -> str | None:
    """Deterministically choose one of choices for three seeds in four, else None."""
    n = zlib.crc32(seed.encode("utf-8", "surrogatepass"))
    return None if n % 4 == 0 else choices[n % len(choices)]


def realistic(case: Any) -> None:
    """Point a share of the cases at real claims and sources, with the right version."""
    params = case.path_parameters or {}
    seed = repr((params, case.body, case.query))
    claim_ids = list(models.Claim.objects.values_list("id", flat=True))
    source_ids = list(models.Source.objects.values_list("id", flat=True))
    if "claim_id" in params and (claim_id := _pick(seed, claim_ids)):
        params["claim_id"] = claim_id
        if case.method.upper() == "POST" and zlib.crc32(seed.encode("utf-8", "replace")) % 3:
            version = models.Claim.objects.get(pk=claim_id).version
            case.headers = {**(case.headers or {}), "If-Match": f'"{version}"'}
    if "source_id" in params and (source_id := _pick(seed, source_ids)):
        params["source_id"] = source_id
        if case.method.upper() == "PATCH":
            version = models.Source.objects.get(pk=source_id).version
            case.headers = {**(case.headers or {}), "If-Match": f'"{version}"'}
    if "key" in params and (key := _pick(seed, ["gt-homicide-rate", "no-such-indicator"])):
        params["key"] = key
    if "token_id" in params and _pick(seed, ["mine"]):
        # A token of the editor's own (a fresh one: the fuzzer's own token must keep working).
        editor = get_user_model().objects.get(username="editor")
        params["token_id"] = str(ApiToken.objects.issue(editor).pk)
    if "webhook_id" in params and _pick(seed, ["real"]):
        registered = webhooks.register("https://hooks.example.test/in", ["*"], None, "editor")
        params["webhook_id"] = str(registered.subscription.pk)
        if "delivery_id" in params and _pick(seed + "delivery", ["real"]):
            ping = webhooks.ping(registered.subscription.pk)
            params["delivery_id"] = ping.pk if ping is not None else 1
    if "citation_id" in params and _pick(seed, ["real"]):
        claim_id = models.Claim.objects.order_by("id").values_list("id", flat=True).first()
        cited = services.cite(
            c.CiteClaim(
                citation_id=services.new_id(),
                claim=str(claim_id),
                url="https://news.example.org/story",
                version=1,
            ),
            services.Context(actor="editor"),
        )
        params["citation_id"] = cited.state.citation_id
    if isinstance(case.body, dict):
        if "claim" in case.body and (claim_id := _pick(seed + "claim", claim_ids)):
            case.body["claim"] = claim_id
        for field in ("attributed_to", "source", "by", "publisher"):
            if field in case.body and (source_id := _pick(seed + field, source_ids)):
                case.body[field] = source_id
        reported_in = case.body.get("reported_in")
        if isinstance(reported_in, dict) and "publisher" in reported_in:
            reported_in["publisher"] = _pick(seed + "publisher", source_ids)
        if "indicator" in case.body and zlib.crc32(seed.encode("utf-8", "replace")) % 2:
            case.body["indicator"] = "gt-homicide-rate"


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_its_schema(
    case: Any, demo: dict[str, str], editor_token: str, public_names: FakeResolver
) -> None:
    realistic(case)
    key = case.operation.label
    CASES_RUN[key] = CASES_RUN.get(key, 0) + 1
    case.call_and_validate(headers={"Authorization": f"Token {editor_token}"}, checks=CHECKS)


def test_zz_report_case_count() -> None:
    """Print how many cases the fuzzer ran (when the whole module ran)."""
    total = sum(CASES_RUN.values())
    print(f"\nschemathesis: {total} cases over {len(CASES_RUN)} operations")
    if len(CASES_RUN) == len(list(schema.get_all_operations())):
        assert total >= 1000
        figure(
            "S10",
            f"{total} cases over {len(CASES_RUN)} operations ({FUZZ_EXAMPLES} examples each), "
            "0 server errors, 0 schema, status or content-type violations",
        )
