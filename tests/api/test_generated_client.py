"""A client generated from /api/schema/ by openapi-python-client works without edits.

The schema is read from a live demo site (tests/livesite.py), the package `claims_client` is
generated from it into a temporary directory, and tests/api/generated_client_script.py runs
unchanged on it against the site: log in, list disputed claims, report a claim, dispute it, and
get a typed 409 for a stale version. The generator must understand the whole schema: a warning
(a part of the schema it skipped) fails the test too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.livesite import PASSWORD, Site, live_site

pytest.importorskip(
    "openapi_python_client", reason="openapi-python-client (the dev extra) is not installed"
)

SCRIPT = Path(__file__).with_name("generated_client_script.py")
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    with live_site(tmp_path_factory.mktemp("client-site")) as running:
        yield running


def test_a_generated_client_runs_a_newsroom_script_unedited(site: Site, tmp_path: Path) -> None:
    request = urllib.request.Request(  # noqa: S310 (the loopback site)
        f"{site.url}/api/schema/?format=json", headers={"Accept": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310
        (tmp_path / "schema.json").write_bytes(answer.read())
    # The generator formats its output with ruff, which it finds on PATH.
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    generated = subprocess.run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(tmp_path / "schema.json"),
            "--meta",
            "none",
            "--output-path",
            str(tmp_path / "claims_client"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    said = generated.stdout + generated.stderr
    assert generated.returncode == 0, said
    assert "Warning" not in said, said

    ran = subprocess.run(
        [sys.executable, str(SCRIPT)],
        capture_output=True,
        text=True,
        env={
            **env,
            "PYTHONPATH": str(tmp_path),
            "CLAIMS_BASE_URL": site.url,
            "CLAIMS_DEMO_PASSWORD": PASSWORD,
        },
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    done = json.loads(ran.stdout.strip().splitlines()[-1])
    assert done["disputed_before"] >= 1
    assert done["status"] == "disputed"
    assert done["version"] == 2
    assert done["stale_current_version"] == 2
