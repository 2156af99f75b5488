"""Schemathesis on the document operations only, pointed at a real document and candidate.

tests/api/test_fuzz.py fuzzes every operation, but with random document ids, so accepting and
rejecting only ever answer 404 there. Here most schema-valid cases get a freshly imported
document (the demo sentence: candidates 0 and 1) and a real source for `attributed_to`, and
every case runs under the same checks and hooks as there (every check schemathesis has).
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
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from claims.core.models import Source
from claims.importing import documents
from config.wsgi import application
from tests.documents.conftest import DEMO_SENTENCE

schemathesis = pytest.importorskip("schemathesis")
# The checks and hooks of tests/api/test_fuzz.py (and of `schemathesis run` from the root).
fuzz_hooks = pytest.importorskip("tests.api.fuzz_hooks")

EXAMPLES = int(os.environ.get("CLAIMS_FUZZ_EXAMPLES", "30")) * 2
CHECKS = fuzz_hooks.EVERY_CHECK

STATUSES: dict[str, Counter[int]] = {}

schema = schemathesis.openapi.from_wsgi("/api/schema/", application).include(
    path_regex=r"^/api/v1/documents/"
)


@pytest.fixture
def contributor_token(api: Any, settings: Any) -> Iterator[str]:
    rates = settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {**rates, "writes": None, "user": None},
    }
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        client = api("contributor")
        yield client._credentials["HTTP_AUTHORIZATION"].split()[1]
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def point_at_real_rows(case: Any) -> None:
    """Point most schema-valid cases at a fresh document and a real source (a schema-violating
    case stays as generated: made valid, it would be accepted)."""
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return
    params = case.path_parameters or {}
    seed = zlib.crc32(repr((params, case.body)).encode("utf-8", "surrogatepass"))
    if "document_id" in params and seed % 5:
        user = get_user_model().objects.get(username="contributor")
        doc = documents.import_document(DEMO_SENTENCE, importer=user).document
        params["document_id"] = str(doc.pk)
        params["n"] = seed % 2
    if isinstance(case.body, dict) and "attributed_to" in case.body and seed % 3:
        ids = list(Source.objects.values_list("id", flat=True))
        case.body["attributed_to"] = ids[seed % len(ids)]


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_document_operations_conform(case: Any, demo: Any, contributor_token: str) -> None:
    point_at_real_rows(case)
    response = case.call_and_validate(
        headers={"Authorization": f"Token {contributor_token}"}, checks=CHECKS
    )
    STATUSES.setdefault(case.operation.label, Counter())[response.status_code] += 1


def test_zz_the_success_paths_were_fuzzed() -> None:
    """When the whole module ran, every operation succeeded at least once."""
    print("\n" + "\n".join(f"{op}: {dict(codes)}" for op, codes in sorted(STATUSES.items())))
    if len(STATUSES) == len(list(schema.get_all_operations())):
        assert all(200 in codes or 201 in codes for codes in STATUSES.values()), STATUSES
