"""The authorisation matrix: every endpoint x every role, asserting the exact status."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.db import connections, transaction
from django.urls import NoReverseMatch, reverse
from rest_framework.test import APIClient

from claims.core import services
from claims.core.domain import commands as c
from claims.tokens.models import ApiToken, digest_of
from claims.webhooks import services as webhooks
from tests.conftest import PUBLIC, FakeResolver
from tests.factories import DemoIds

ROLES = ("anonymous", "reader", "contributor", "editor", "superuser")
Ids = dict[str, str]


def _everyone(code: int) -> dict[str, int]:
    return dict.fromkeys(ROLES, code)


def _needs(role: str, ok: int) -> dict[str, int]:
    rank = {"reader": 0, "contributor": 1, "editor": 2, "superuser": 3}
    out = {"anonymous": 401}
    for name, level in rank.items():
        out[name] = ok if level >= rank[role] else 403
    return out


READ = _everyone(200)


@dataclass(frozen=True)
class Case:
    name: str
    method: str
    path: Callable[[Ids], str]
    expected: dict[str, int]
    body: Callable[[Ids], dict[str, Any]] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    public: bool = False  # served whatever CLAIMS_PUBLIC_READ says (token, schema, docs)
    csv: Callable[[Ids], str] | None = None  # a text/csv body instead of JSON


def claim(key: str, suffix: str = "") -> Callable[[Ids], str]:
    return lambda ids: f"/api/v1/claims/{ids['claim:' + key]}/{suffix}"


def source(key: str) -> Callable[[Ids], str]:
    return lambda ids: f"/api/v1/sources/{ids['source:' + key]}/"


def fixed(path: str) -> Callable[[Ids], str]:
    return lambda ids: path


V1 = {"HTTP_IF_MATCH": '"1"'}
V2 = {"HTTP_IF_MATCH": '"2"'}

CASES = [
    Case(
        "token",
        "post",
        fixed("/api/v1/auth/token/"),
        _everyone(200),
        lambda ids: {"username": "reader", "password": "claims-demo-2013"},
        public=True,
    ),
    # Tokens are personal: anyone signed in lists their own; only the owner revokes one.
    Case("tokens-list", "get", fixed("/api/v1/auth/tokens/"), {**READ, "anonymous": 401}),
    Case(
        "token-revoke",
        "delete",
        lambda ids: f"/api/v1/auth/tokens/{ids['token:editor']}/",
        {"anonymous": 401, "reader": 404, "contributor": 404, "editor": 204, "superuser": 404},
    ),
    Case("claims-list", "get", fixed("/api/v1/claims/"), READ),
    Case(
        "claims-report",
        "post",
        fixed("/api/v1/claims/"),
        _needs("contributor", 201),
        lambda ids: {
            "statement": "Nearly 40 per 100,000 people were killed in 2010.",
            "subject": "Guatemala",
            "value": {"amount": "40", "unit": "per 100,000 people", "qualifier": "nearly"},
            "attributed_to": ids["source:un"],
        },
    ),
    Case("claim-detail", "get", claim("homicide-rate-2011"), READ),
    Case("claim-history", "get", claim("homicide-rate-2011", "history/"), READ),
    # A ClaimReview exists for a reviewed claim only (the trafficker's death was refuted).
    Case("claim-claimreview", "get", claim("trafficker-killed", "claimreview/"), READ),
    Case("claimreview-feed", "get", fixed("/api/v1/claimreview/"), READ),
    Case(
        "claims-import",
        "post",
        fixed("/api/v1/imports/"),
        _needs("contributor", 201),
        csv=lambda ids: (
            "statement,subject,amount,unit,qualifier,attributed_to\r\n"
            f"Nearly 40 per 100000 died.,Guatemala,40,per 100000,nearly,{ids['source:un']}\r\n"
        ),
    ),
    Case(
        "add-figure",
        "post",
        claim("homicide-rate-2011", "add-figure/"),
        _needs("contributor", 200),
        lambda ids: {
            "source": ids["source:us-state"],
            "value": {"amount": "38.5", "unit": "per 100,000 people"},
        },
        V1,
    ),
    Case(
        "dispute",
        "post",
        claim("homicide-rate-2011", "dispute/"),
        _needs("editor", 200),
        lambda ids: {"reason": "Other counts differ."},
        V1,
    ),
    Case(
        "resolve-dispute",
        "post",
        claim("organized-crime-share", "resolve-dispute/"),
        _needs("editor", 200),
        lambda ids: {"resolution": "rejected", "reason": "The figure stands."},
        V2,
    ),
    Case(
        "confirm",
        "post",
        claim("homicide-rate-2011", "confirm/"),
        _needs("editor", 200),
        lambda ids: {"reason": "Matches the national statistics."},
        V1,
    ),
    Case(
        "correct",
        "post",
        claim("homicide-rate-2011", "correct/"),
        _needs("editor", 200),
        lambda ids: {
            "reason": "Final figure.",
            "value": {"amount": "38.6", "unit": "per 100,000 people"},
        },
        V1,
    ),
    Case(
        "refute",
        "post",
        claim("cocaine-transit-share", "refute/"),
        _needs("editor", 200),
        lambda ids: {"reason": "Later estimates are far lower."},
        V1,
    ),
    Case(
        "retract",
        "post",
        claim("police-purged", "retract/"),
        _needs("editor", 200),
        lambda ids: {"reason": "Withdrawn by the source."},
        V1,
    ),
    Case(
        "reopen",
        "post",
        claim("homicide-rate-2012", "reopen/"),
        _needs("editor", 200),
        lambda ids: {"reason": "The UN revised its 2012 series."},
        V2,
    ),
    Case(
        "recast",
        "post",
        claim("totonicapan-killed", "recast/"),
        _needs("editor", 200),
        lambda ids: {"reason": "The figure stood for a statement."},
        V1,
    ),
    Case(
        "attach-evidence",
        "post",
        claim("homicide-rate-2011", "attach-evidence/"),
        _needs("contributor", 200),
        lambda ids: {"url": "https://example.org/stats.pdf", "title": "Statistics"},
        V1,
    ),
    Case(
        "assign",
        "post",
        claim("homicide-rate-2011", "assign/"),
        _needs("editor", 200),
        lambda ids: {"assignee": "editor"},
        V1,
    ),
    Case(
        "note",
        "post",
        claim("homicide-rate-2011", "note/"),
        _needs("contributor", 200),
        lambda ids: {"text": "Check against the 2012 report."},
        V1,
    ),
    Case("index", "get", fixed("/api/v1/"), READ),
    Case("events", "get", fixed("/api/v1/events/"), READ),
    Case("sources-list", "get", fixed("/api/v1/sources/"), READ),
    Case(
        "sources-register",
        "post",
        fixed("/api/v1/sources/"),
        _needs("contributor", 201),
        lambda ids: {"name": "Prensa Libre", "kind": "media", "url": "https://www.prensalibre.com"},
    ),
    Case("source-detail", "get", source("un"), READ),
    Case(
        "source-update",
        "patch",
        source("un"),
        _needs("editor", 200),
        lambda ids: {"url": "https://www.un.org"},
        V1,
    ),
    Case("citations-list", "get", fixed("/api/v1/citations/"), READ),
    Case(
        "citations-create",
        "post",
        fixed("/api/v1/citations/"),
        _needs("contributor", 201),
        lambda ids: {"claim": ids["claim:homicide-rate-2011"], "url": "https://example.org/s"},
    ),
    Case("citation-detail", "get", lambda ids: f"/api/v1/citations/{ids['citation:']}/", READ),
    Case("citation-diff", "get", lambda ids: f"/api/v1/citations/{ids['citation:']}/diff/", READ),
    Case(
        "citation-acknowledge",
        "post",
        lambda ids: f"/api/v1/citations/{ids['citation:']}/acknowledge/",
        _needs("contributor", 200),
        lambda ids: {},
    ),
    # Webhooks are editors' business, reads included.
    Case("webhooks-list", "get", fixed("/api/v1/webhooks/"), _needs("editor", 200)),
    Case(
        "webhooks-create",
        "post",
        fixed("/api/v1/webhooks/"),
        _needs("editor", 201),
        lambda ids: {"url": "https://hooks.example.test/in", "events": ["claim.refuted"]},
    ),
    Case(
        "webhook-detail",
        "get",
        lambda ids: f"/api/v1/webhooks/{ids['webhook:']}/",
        _needs("editor", 200),
    ),
    Case(
        "webhook-delete",
        "delete",
        lambda ids: f"/api/v1/webhooks/{ids['webhook:']}/",
        _needs("editor", 204),
    ),
    Case(
        "webhook-deliveries",
        "get",
        lambda ids: f"/api/v1/webhooks/{ids['webhook:']}/deliveries/",
        _needs("editor", 200),
    ),
    Case(
        "webhook-redeliver",
        "post",
        lambda ids: f"/api/v1/webhooks/{ids['webhook:']}/deliveries/{ids['delivery:']}/redeliver/",
        _needs("editor", 202),
    ),
    Case(
        "webhook-test",
        "post",
        lambda ids: f"/api/v1/webhooks/{ids['webhook:']}/test/",
        _needs("editor", 202),
    ),
    Case(
        "webhook-rotate-secret",
        "post",
        lambda ids: f"/api/v1/webhooks/{ids['webhook:']}/rotate-secret/",
        _needs("editor", 200),
    ),
    Case("schema", "get", fixed("/api/schema/"), READ, public=True),
    Case("docs", "get", fixed("/api/docs/"), READ, public=True),
]

# The indicator endpoints belong to the tracker app; checked here when they are mounted.
INDICATOR_CASES = [
    Case("indicators-list", "get", fixed("/api/v1/indicators/"), READ),
    Case(
        "indicators-define",
        "post",
        fixed("/api/v1/indicators/"),
        _needs("editor", 201),
        lambda ids: {
            "key": "gt-police-officers",
            "subject": "Guatemala",
            "measure": "police officers",
            "unit": "officers",
            "tolerance_pct": "5",
        },
    ),
    Case("indicator-detail", "get", fixed("/api/v1/indicators/gt-homicide-rate/"), READ),
    Case("indicator-series", "get", fixed("/api/v1/indicators/gt-homicide-rate/series/"), READ),
]
# Imported documents are private to their importer and editors: tests/documents checks them.
DELEGATED_PREFIXES = ("/api/v1/documents/",)


def _indicators_mounted() -> bool:
    try:
        reverse("api-indicator-list")
    except NoReverseMatch:
        return False
    return True


def _call(client: APIClient, case: Case, ids: Ids) -> Any:
    kwargs: dict[str, Any] = dict(case.headers)
    if case.body is not None:
        kwargs["data"] = case.body(ids)
        kwargs["format"] = "json"
    if case.csv is not None:
        kwargs["data"] = case.csv(ids).encode()
        kwargs["content_type"] = "text/csv"
    return getattr(client, case.method)(case.path(ids), **kwargs)


def _statuses(api: Callable[[str], APIClient], case: Case, ids: Ids) -> dict[str, int]:
    """Call the endpoint as each role, undoing each call's writes before the next role's (in
    every database: on SQLite the webhook tables have one of their own)."""
    found = {}
    for role in ROLES:
        with contextlib.ExitStack() as undo:
            for alias in connections:
                undo.enter_context(transaction.atomic(using=alias))
            found[role] = _call(api(role), case, ids).status_code
            for alias in connections:
                transaction.set_rollback(True, using=alias)
    return found


@pytest.fixture
def ids(demo: Ids, tokens: dict[str, str], resolver: FakeResolver) -> Ids:
    """The demo ids, and the id of each role's token (`token:<role>`)."""
    found = DemoIds(demo)
    for role, key in tokens.items():
        found[f"token:{role}"] = str(ApiToken.objects.get(digest=digest_of(key)).pk)
    # A story that relied on the cartel-leader report as first reported: stale since.
    cited = services.cite(
        c.CiteClaim(
            citation_id="story-1",
            claim=demo["claim:trafficker-killed"],
            url="https://news.example.org/2013/02/22/cartel-leader",
            version=1,
        ),
        services.Context(actor="contributor"),
    )
    found["citation:"] = cited.state.citation_id
    # A webhook on a name that resolves (in this test only) to a public address, with a ping.
    resolver.names["hooks.example.test"] = [PUBLIC]
    registered = webhooks.register("https://hooks.example.test/in", ["*"], None, "editor")
    found["webhook:"] = str(registered.subscription.pk)
    ping = webhooks.ping(registered.subscription.pk)
    assert ping is not None
    found["delivery:"] = str(ping.pk)
    return found


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_matrix(case: Case, api: Callable[[str], APIClient], ids: Ids) -> None:
    assert _statuses(api, case, ids) == case.expected


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_matrix_without_public_read(
    case: Case, api: Callable[[str], APIClient], ids: Ids, settings: Any
) -> None:
    settings.CLAIMS_PUBLIC_READ = False
    expected = dict(case.expected)
    if case.method == "get" and not case.public:
        expected["anonymous"] = 401
    assert _statuses(api, case, ids) == expected


@pytest.mark.parametrize("case", INDICATOR_CASES, ids=[c.name for c in INDICATOR_CASES])
def test_indicator_matrix(case: Case, api: Callable[[str], APIClient], demo: Ids) -> None:
    assert _indicators_mounted(), "the indicator API (tracker.api.urls) must be mounted"
    assert _statuses(api, case, demo) == case.expected


def test_401_answers_name_the_token_scheme(api: Callable[[str], APIClient], demo: Ids) -> None:
    response = api("anonymous").post(
        "/api/v1/sources/", {"name": "x", "kind": "ngo"}, format="json"
    )
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json()["detail"]


def test_a_user_without_role_reads_only_while_reads_are_public(
    demo: Ids, settings: Any, django_user_model: Any
) -> None:
    user = django_user_model.objects.create_user("norole", password="x")
    client = APIClient()
    client.force_authenticate(user)
    assert client.get("/api/v1/claims/").status_code == 200
    note = client.post(
        f"/api/v1/claims/{demo['claim:homicide-rate-2011']}/note/",
        {"text": "hello", "expected_version": 1},
        format="json",
    )
    assert note.status_code == 403
    settings.CLAIMS_PUBLIC_READ = False
    assert client.get("/api/v1/claims/").status_code == 403


def test_session_writes_need_a_csrf_token(demo: Ids, users: dict[str, Any]) -> None:
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(users["editor"])
    response = client.post(
        f"/api/v1/claims/{demo['claim:homicide-rate-2011']}/note/",
        {"text": "hello", "expected_version": 1},
        format="json",
    )
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]


def test_token_requests_need_no_csrf_token(demo: Ids, tokens: dict[str, str]) -> None:
    client = APIClient(enforce_csrf_checks=True)
    client.credentials(HTTP_AUTHORIZATION=f"Token {tokens['contributor']}")
    response = client.post(
        f"/api/v1/claims/{demo['claim:homicide-rate-2011']}/note/",
        {"text": "hello", "expected_version": 1},
        format="json",
    )
    assert response.status_code == 200


def test_a_bad_token_is_401_even_for_reads(demo: Ids) -> None:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-token")
    assert client.get("/api/v1/claims/").status_code == 401


class _Templates(dict[str, str]):
    """Ids that render a case's path as its OpenAPI template."""

    def __missing__(self, key: str) -> str:
        kind = key.split(":", 1)[0]
        return {
            "claim": "{claim_id}",
            "token": "{token_id}",
            "citation": "{citation_id}",
            "webhook": "{webhook_id}",
            "delivery": "{delivery_id}",
        }.get(kind, "{source_id}")


@pytest.mark.django_db
def test_the_matrix_covers_every_operation_of_the_schema() -> None:
    schema = APIClient().get("/api/schema/", HTTP_ACCEPT="application/json").json()
    operations = {
        (method, path)
        for path, ops in schema["paths"].items()
        for method in ops
        if not path.startswith(DELEGATED_PREFIXES)
    }
    covered = {(c.method, c.path(_Templates())) for c in CASES + INDICATOR_CASES}
    covered = {(method, path.replace("gt-homicide-rate", "{key}")) for method, path in covered}
    assert operations <= covered, operations - covered
