"""Time POST /api/v1/documents/ on a ~200 KB article: the whole request, in-process, and its parts.

    .venv/bin/python bench/documents_bench.py            # a throwaway SQLite database
    DATABASE_URL=postgres://... .venv/bin/python bench/documents_bench.py

Prints the server time of the request (parse, extract, match sources, store every candidate,
render the JSON answer) and, separately, extract() alone and the storing. Print only: no
assertion (the issue asks for "benchmarked, not a timed test").
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
SCRATCH = tempfile.mkdtemp(prefix="claims-docbench-")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{SCRATCH}/bench.sqlite3")
os.environ.setdefault("CLAIMS_VAR_DIR", SCRATCH)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from extraction_bench import build_article  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

from claims.core import demo  # noqa: E402
from claims.importing import documents  # noqa: E402
from claims.importing.extraction import extract  # noqa: E402

ROUNDS = 5


def best_and_median(timings: list[float]) -> str:
    timings = sorted(timings)
    return f"best {timings[0] * 1000:.0f} ms, median {timings[len(timings) // 2] * 1000:.0f} ms"


def main() -> None:
    setup_test_environment()
    rest: dict[str, Any] = dict(settings.REST_FRAMEWORK)
    rest["DEFAULT_THROTTLE_RATES"] = {
        **rest["DEFAULT_THROTTLE_RATES"],
        "writes": None,
        "user": None,
    }
    settings.REST_FRAMEWORK = rest
    call_command("migrate", verbosity=0)
    demo.ensure_roles_and_users()
    user = get_user_model().objects.get(username="contributor")
    client = APIClient()
    client.force_authenticate(user)
    article = build_article()
    body = json.dumps({"text": article, "published_at": "2020-01-15"})
    size_kb = len(article.encode("utf-8")) / 1000

    client.post("/api/v1/documents/", {"text": article[:2000]}, format="json")  # warm up
    request_times, answer_kb, count = [], 0.0, 0
    for _ in range(ROUNDS):
        started = time.perf_counter()
        response = client.post("/api/v1/documents/", body, content_type="application/json")
        request_times.append(time.perf_counter() - started)
        assert response.status_code == 201, response.content[:300]
        answer_kb = len(response.content) / 1000
        count = len(response.json()["candidates"])

    extract_times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        extract(article)
        extract_times.append(time.perf_counter() - started)

    store_times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        documents.import_document(article, importer=user)
        store_times.append(time.perf_counter() - started)

    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print(f"POST /api/v1/documents/ with {size_kb:.0f} KB ({count} candidates, {engine}):")
    print(f"  whole request, in-process: {best_and_median(request_times)} ({answer_kb:.0f} KB out)")
    print(f"  extract() alone:           {best_and_median(extract_times)}")
    print(f"  import_document():         {best_and_median(store_times)} (extract + match + store)")
    print(f"  over {ROUNDS} runs")


if __name__ == "__main__":
    main()
