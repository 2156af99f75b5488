"""A newsroom's script on the Python client generated from /api/schema/ by openapi-python-client.

tests/api/test_generated_client.py generates the package `claims_client` from the running
server's schema and runs this file unchanged against it: log in, list the disputed claims,
report a claim attributed to a registered source, dispute it, and see a stale version come back
as a typed 409. It prints what it did as JSON on its last line.

    openapi-python-client generate --url http://127.0.0.1:8000/api/schema/?format=json \\
        --meta none --output-path claims_client
    CLAIMS_BASE_URL=http://127.0.0.1:8000 python tests/api/generated_client_script.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys

from claims_client import AuthenticatedClient, Client
from claims_client.api.auth import auth_token
from claims_client.api.claims import claims_dispute, claims_list, claims_report
from claims_client.api.sources import sources_list
from claims_client.models import (
    ClaimOutput,
    ClaimPageOutput,
    ClaimsListDisputed,
    ClaimsListOrdering,
    ConflictOutput,
    DisputeInputRequest,
    IssuedToken,
    PeriodInputRequest,
    ReportClaimInputRequest,
    SourcePageOutput,
    TokenCredentialsRequest,
    ValueInputRequest,
)


def main() -> int:
    base_url = os.environ["CLAIMS_BASE_URL"]
    username = os.environ.get("CLAIMS_USER", "editor")
    password = os.environ.get("CLAIMS_DEMO_PASSWORD", "claims-demo-2013")

    anonymous = Client(base_url=base_url, raise_on_unexpected_status=True)
    issued = auth_token.sync(
        client=anonymous, body=TokenCredentialsRequest(username=username, password=password)
    )
    assert isinstance(issued, IssuedToken), issued
    api = AuthenticatedClient(
        base_url=base_url, token=issued.token, prefix="Token", raise_on_unexpected_status=True
    )

    disputed = claims_list.sync(
        client=api, disputed=ClaimsListDisputed.TRUE, ordering=ClaimsListOrdering.CREATED_AT_DESC
    )
    assert isinstance(disputed, ClaimPageOutput), disputed
    sources = sources_list.sync(client=api)
    assert isinstance(sources, SourcePageOutput), sources
    assert sources.results, "no source to attribute the claim to"

    reported = claims_report.sync(
        client=api,
        body=ReportClaimInputRequest(
            statement="The homicide rate fell to 34.5 per 100,000 people in 2012.",
            subject="Guatemala",
            value=ValueInputRequest(amount="34.5", unit="per 100,000 people"),
            period=PeriodInputRequest(start=dt.date(2012, 1, 1), end=dt.date(2012, 12, 31)),
            attributed_to=sources.results[0].id,
        ),
    )
    assert isinstance(reported, ClaimOutput), reported

    dispute = DisputeInputRequest(
        reason="The police count for 2012 is higher.", expected_version=reported.version
    )
    after = claims_dispute.sync(reported.id, client=api, body=dispute)
    assert isinstance(after, ClaimOutput), after
    stale = claims_dispute.sync(reported.id, client=api, body=dispute)
    assert isinstance(stale, ConflictOutput), stale

    print(
        json.dumps(
            {
                "disputed_before": disputed.count,
                "first_disputed": [c.id for c in disputed.results[:1]],
                "reported": reported.id,
                "status": after.status.value,
                "version": after.version,
                "stale_current_version": stale.current_version,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
