"""Claim documents are stored in the API's shape: the views serve them without re-serialising.

`ClaimOutput` documents the answer (OpenAPI); `claims.core.projections.claim_document` builds it.
If they drift apart, this fails, and the views must serialise again (or the builder be fixed).
"""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from claims.api import serializers as s
from claims.core import services
from claims.core.domain.errors import CommandRejected
from claims.core.models import Claim, ClaimVersion
from tests import factories
from tests.integration.test_projections import HANDLERS, _random_command

pytestmark = pytest.mark.django_db


def test_stored_documents_equal_their_serialised_form() -> None:
    rng = random.Random(7)
    sources = [factories.source(f"Source {i}") for i in range(3)]
    ctx = services.Context(actor="shape")
    for n in range(6):
        claim_id = factories.report(sources[n % 3], indicator=None).state.claim_id
        version = 1
        for k in range(15):
            cmd = _random_command(rng, sources, k)
            try:
                handler: Any = HANDLERS[type(cmd)]
                version = handler(claim_id, cmd, ctx, version).version
            except CommandRejected:
                continue
    docs = list(Claim.objects.values_list("document", flat=True))
    docs += list(ClaimVersion.objects.values_list("document", flat=True))
    assert len(docs) > 20
    for doc in docs:
        assert json.loads(json.dumps(s.ClaimOutput(doc).data)) == doc
