"""Run in a child process against DATABASE_URL: every API read of the log, as JSON on stdout.

Claims (list, each one now, as of and known at moments, its history and ClaimReview), sources,
the event feed and the ClaimReview feed, through the API in-process (no network).
"""

from __future__ import annotations

import json
import os
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django.setup()

from django.test import Client  # noqa: E402

from claims.core import selectors  # noqa: E402


def main() -> None:
    client = Client()
    answers: dict[str, object] = {}

    def read(url: str) -> None:
        response = client.get(url)
        body = response.getvalue().decode()
        # JSON compared as values: PostgreSQL keeps documents as jsonb (its own key order).
        value = (
            json.loads(body) if response["Content-Type"].startswith("application/json") else body
        )
        answers[url] = [response.status_code, response.get("ETag"), value]

    read("/api/v1/claims/?page_size=200")
    read("/api/v1/claims/?format=csv")
    read("/api/v1/sources/?page_size=200")
    read("/api/v1/events/?limit=1000")
    read("/api/v1/claimreview/?page_size=200")
    moments = ["2013-02-22T12:00:00Z", "2013-02-22", "2013-03-01", "2020-01-01"]
    for moment in moments:
        read(f"/api/v1/claims/?known_at={moment}&page_size=200")
    for doc in selectors.claim_list()[:]:
        base = f"/api/v1/claims/{doc['id']}/"
        for suffix in ("", "history/", "claimreview/"):
            read(base + suffix)
        read(f"{base}?as_of={doc['created_at']}")
        for moment in moments:
            read(f"{base}?known_at={moment}")
    for source_id in sorted(selectors.source_ids()):
        read(f"/api/v1/sources/{source_id}/")
    json.dump(answers, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
