"""Schemathesis against the live OpenAPI schema, in-process through the WSGI app, with every
check `schemathesis run --checks all` runs and the same hooks (tests/api/fuzz_hooks.py).

Every operation gets up to FUZZ_EXAMPLES generated cases (env `CLAIMS_FUZZ_EXAMPLES`, default 100
on SQLite and 30 on PostgreSQL), schema-valid and schema-violating, besides the explicit and
boundary cases schemathesis adds: thousands of cases in all (the last test prints the count and
requires at least 1,000 when every operation ran). Then the stateful phase walks the schema's
links (report a claim, then run commands on it with its version...) for STATEFUL_SCENARIOS
scenarios. Requests carry the demo editor's token and run over the demo data, inside a
rolled-back transaction. Generation is derandomized, so a failure reproduces; a share of the
schema-valid cases gets real claim and source ids and the claim's current version, so success
paths are fuzzed too, not only 404s and 409s.

Run alone: `pytest tests/api/test_fuzz.py -s` (a few minutes on SQLite).
"""

from __future__ import annotations

import os
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connections, transaction
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
# What the schema documents but cannot state, as the CLI learns it from schemathesis.toml.
fuzz_hooks = pytest.importorskip("tests.api.fuzz_hooks")
answer_code = fuzz_hooks.answer_code

# S10 (docs/reliability.md): at least 100 examples per operation in CI on SQLite; the PostgreSQL
# pass repeats a lighter run (its nightly size is CLAIMS_FUZZ_EXAMPLES=1000).
_ON_POSTGRES = os.environ.get("DATABASE_URL", "").startswith(("postgres", "postgresql"))
FUZZ_EXAMPLES = int(os.environ.get("CLAIMS_FUZZ_EXAMPLES", "20" if _ON_POSTGRES else "100"))
STATEFUL_SCENARIOS = int(os.environ.get("CLAIMS_FUZZ_SCENARIOS", "20" if _ON_POSTGRES else "40"))
CHECKS = fuzz_hooks.EVERY_CHECK

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


def real_relays(body: dict[str, Any], seed: str, source_ids: list[str]) -> None:
    """Relaying sources that exist (distinct, none the origin) for three seeds in four (the
    others keep their generated ids, which are refused)."""
    relays = body.get("relayed_by")
    if not isinstance(relays, list) or not relays or _pick(seed + "relays", ["real"]) is None:
        return
    origin = body.get("attributed_to", body.get("source"))
    others = [s for s in source_ids if s != origin]
    start = zlib.crc32(seed.encode("utf-8", "surrogatepass")) % max(len(others), 1)
    body["relayed_by"] = (others[start:] + others[:start])[: min(len(relays), len(others))]


def realistic(case: Any) -> None:
    """Point a share of the schema-valid cases at real claims and sources, with the right
    version (a schema-violating case stays as generated: made valid, it would be accepted)."""
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return
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
                url=f"https://news.example.org/story/{services.new_id()}",
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
        real_relays(case.body, seed, source_ids)
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


# The walks stay on claims and sources, where the links go from a new source to a new claim
# to the commands on it (the other operations are fuzzed one by one above; among them, the
# walks would seldom reach a claim at all).
WALKED = schema.include(path_regex=r"^/api/v1/(claims|sources)/")


class Workflow(WALKED.as_state_machine()):  # type: ignore[misc]
    """The stateful phase: sequences of calls along the schema's links, as the demo editor."""

    token = ""
    first_token = ""

    def setup(self) -> None:
        # Every walk starts from the same data (the demo, the editor's token): a walk's writes
        # are rolled back after it, so that Hypothesis meets the same answers when it replays a
        # walk (otherwise which rules can run would depend on the walks before it).
        Workflow.token = Workflow.first_token
        # (In every database: on SQLite the webhook tables have one of their own.)
        self._walks = [transaction.atomic(using=alias) for alias in connections]
        for walk in self._walks:
            walk.__enter__()

    def teardown(self) -> None:
        for alias in connections:
            transaction.set_rollback(True, using=alias)
        for walk in reversed(self._walks):
            walk.__exit__(None, None, None)

    def before_call(self, case: Any) -> None:
        # A new claim names its source by id, and a random id names none (a 400 the schema
        # cannot state): the walks report claims of a registered source, so that they go on to
        # the commands on the new claim (single operations are fuzzed with any id above).
        body = case.body
        if case.operation.label == "POST /api/v1/claims/" and isinstance(body, dict):
            source = body.get("attributed_to")
            if not isinstance(source, str) or not models.Source.objects.filter(pk=source).exists():
                body["attributed_to"] = (
                    models.Source.objects.order_by("pk").values_list("pk", flat=True).first()
                )
        if isinstance(body, dict) and body.get("relayed_by"):
            # Likewise the sources that relayed a claim or figure (a list the links never fill).
            sources = list(models.Source.objects.order_by("pk").values_list("pk", flat=True))
            real_relays(body, repr(body), sources)
        # A command_id names one command for good, and derandomized generation draws the same
        # UUID again and again: each call gets its own, as a client makes one per command.
        fuzz_hooks.fresh_command_id(case)

    def get_call_kwargs(self, case: Any) -> dict[str, Any]:
        return {"headers": {"Authorization": f"Token {Workflow.token}"}}

    def after_call(self, response: Any, case: Any) -> None:
        label = case.operation.label
        STEPS.setdefault(label, Counter())[response.status_code] += 1
        if label == "POST /api/v1/claims/" and response.status_code >= 400:
            REFUSED.append(response.content[:300])
        if response.status_code == 401 and answer_code(response) == "token_revoked":
            # The walk revoked its own token (it may: GET then DELETE /auth/tokens/): go on
            # with a new one, as a client would after logging in again.
            editor = get_user_model().objects.get(username="editor")
            Workflow.token = ApiToken.objects.issue(editor).key

    def validate_response(
        self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any
    ) -> None:
        case.validate_response(
            response, checks=CHECKS, headers=kwargs.get("headers"), transport_kwargs=kwargs
        )


STEPS: dict[str, Counter[int]] = {}
REFUSED: list[bytes] = []  # what refused the walks' new claims (shown when none was reported)


@pytest.mark.django_db
def test_stateful_walks_from_a_new_claim_to_its_commands(
    demo: dict[str, str], editor_token: str
) -> None:
    Workflow.token = Workflow.first_token = editor_token
    Workflow.run(
        settings=settings(
            max_examples=STATEFUL_SCENARIOS,
            stateful_step_count=10,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
    )
    answered = {label for label, statuses in STEPS.items() if any(200 <= c < 300 for c in statuses)}
    commands = {label for label in answered if label.startswith("POST /api/v1/claims/{claim_id}/")}
    calls = sum(sum(c.values()) for c in STEPS.values())
    print(f"\nstateful: {calls} calls, 2xx from {sorted(answered)}")
    # The links lead from creating a claim to commands on it, which then succeed.
    assert "POST /api/v1/claims/" in answered, (STEPS.get("POST /api/v1/claims/"), REFUSED)
    assert commands


def test_zz_report_case_count() -> None:
    """Print how many cases the fuzzer ran (when the whole module ran)."""
    total = sum(CASES_RUN.values())
    calls = sum(sum(c.values()) for c in STEPS.values())
    print(f"\nschemathesis: {total} cases over {len(CASES_RUN)} operations, {calls} stateful calls")
    if len(CASES_RUN) == len(list(schema.get_all_operations())):
        assert total >= 1000
        figure(
            "S10",
            f"{total} cases over {len(CASES_RUN)} operations ({FUZZ_EXAMPLES} examples each) and "
            f"{calls} calls in {STATEFUL_SCENARIOS} stateful scenarios, every check: 0 failures",
        )
