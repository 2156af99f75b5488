"""(e) HTTP under load: gunicorn (2 sync workers), wrk at concurrency 16: requests/s, p50, p99.

Ours, through the real API: GET a claim, GET the list filtered by status, POST a new claim
(a command through the service path, authenticated with a token).
Peers, pair by pair: plain Django `JsonResponse` views on the same rows (bench/http_urls.py) and
a plain POST appending one row to a plain events table.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bench import common

SIZES = {"tiny": (200, 1.0), "quick": (1_000, 2.0), "full": (10_000, 10.0)}  # claims, seconds
CONCURRENCY = 16
WORKERS = 2

POST_LUA = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Token %(token)s"
wrk.body = '%(body)s'
"""


def _seconds(text: str) -> float:
    m = re.match(r"([\d.]+)(us|ms|s|m)", text)
    if not m:
        return 0.0
    value, unit = float(m.group(1)), m.group(2)
    return value * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]


def parse_wrk(output: str) -> dict[str, float]:
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    p50 = re.search(r"^\s+50%\s+(\S+)", output, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", output, re.M)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    sock = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    total = re.search(r"(\d+) requests in", output)
    return {
        "rps": float(rps.group(1)) if rps else 0.0,
        "p50_ms": _seconds(p50.group(1)) * 1000 if p50 else 0.0,
        "p99_ms": _seconds(p99.group(1)) * 1000 if p99 else 0.0,
        "errors": float(int(non2xx.group(1)) if non2xx else 0)
        + (sum(int(x) for x in sock.groups()) if sock else 0),
        "requests": float(total.group(1)) if total else 0.0,
    }


def wrk(url: str, seconds: float, script: Path | None = None) -> dict[str, float]:
    cmd = ["wrk", "-t2", f"-c{CONCURRENCY}", f"-d{max(1, round(seconds))}s", "--latency"]
    cmd += ["--timeout", "10s"]
    if script is not None:
        cmd += ["-s", str(script)]
    out = subprocess.run([*cmd, url], capture_output=True, text=True, check=True, timeout=120)
    return parse_wrk(out.stdout)


def main(argv: list[str] | None = None) -> int:
    args = common.parser(__doc__ or "").parse_args(argv)
    common.setup_django(args.db_url)
    if shutil.which("wrk") is None:
        print("wrk not found: apt-get install -y wrk (make bench installs it when root)")
        skipped = common.Figure("e", "skipped: wrk is not installed", "req/s", [])
        common.finish(args, [skipped], {})
        return 0
    from django.db import connections

    from bench import workload as w
    from claims.core import bulk, demo, services
    from claims.tokens.models import ApiToken
    from config.devservices import free_port

    n_claims, seconds = SIZES[args.size]
    sources = w.register_sources(5)
    import random

    rng = random.Random(5)
    ids = [services.new_id() for _ in range(n_claims)]
    bulk.import_streams(
        (
            bulk.StreamCommands(
                "claim",
                cid,
                [w.report_command(cid, sources, rng), *w.history_commands(sources, rng, 3, cid)],
            )
            for cid in ids
        ),
        w.CTX,
    )
    w.baseline_model()
    demo.ensure_roles_and_users("bench-password-123")
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="contributor")
    token = ApiToken.objects.issue(user).key
    connections.close_all()

    port = free_port()
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="bench.http_settings",
        DATABASE_URL=args.db_url,
        DEBUG="0",
        CLAIMS_NUDGE="0",
        THROTTLE_ANON="100000000/min",
        THROTTLE_USER="100000000/min",
        THROTTLE_WRITES="100000000/min",
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(common.ROOT),
    )
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    log = common.scratch_dir("bench-e-") / "gunicorn.log"
    proc = subprocess.Popen(
        [
            *(gunicorn, "config.wsgi:application", "-w", str(WORKERS)),
            *("-b", f"127.0.0.1:{port}", "--log-level", "warning", "--backlog", "256"),
        ],
        cwd=common.ROOT,
        env=env,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    workdir = common.scratch_dir("bench-e-")
    body = json.dumps(
        {
            "statement": "The homicide rate in Guatemala in 2012 was 34.5 per 100,000 people.",
            "subject": "Guatemala",
            "value": {"amount": "34.5", "unit": w.UNIT, "qualifier": "exact"},
            "attributed_to": sources[0],
        }
    )
    post_lua = workdir / "post.lua"
    post_lua.write_text(POST_LUA % {"token": token, "body": body})
    plain_lua = workdir / "plain.lua"
    plain_lua.write_text(POST_LUA % {"token": token, "body": body})
    claim = ids[len(ids) // 2]
    pairs = {
        "detail": (f"{base}/api/v1/claims/{claim}/", f"{base}/bench/plain/claims/{claim}/", None),
        "list": (
            # Every claim of this workload ends disputed (a dispute upheld without an accepted
            # figure), so the page is full: 50 documents.
            f"{base}/api/v1/claims/?status=disputed",
            f"{base}/bench/plain/claims/?status=disputed",
            None,
        ),
        "post": (f"{base}/api/v1/claims/", f"{base}/bench/plain/post/", post_lua),
    }
    results: dict[str, list[dict[str, float]]] = {
        f"{k}_{side}": [] for k in pairs for side in ("ours", "plain")
    }
    try:
        _wait_up(f"{base}/bench/plain/claims/{claim}/", proc)
        for _url_ours, url_plain, script in pairs.values():  # warm both workers up
            wrk(url_plain, 1, script if script is None else plain_lua)
        for key, (url_ours, url_plain, script) in pairs.items():
            _check(url_ours, token if script else None, body if script else None)
            for _ in range(args.reps):
                results[f"{key}_ours"].append(wrk(url_ours, seconds, script))
                results[f"{key}_plain"].append(
                    wrk(url_plain, seconds, plain_lua if script else None)
                )
    finally:
        os.killpg(proc.pid, 15)
        proc.wait(timeout=30)
    figures = []
    labels = {"detail": "GET claim", "list": "GET claims?status= (page 1)", "post": "POST claim"}
    for key, label in labels.items():
        ours, plain = results[f"{key}_ours"], results[f"{key}_plain"]
        rps = [r["rps"] for r in ours]
        plain_rps = [r["rps"] for r in plain]
        ratio = common.ratios(rps, plain_rps, True)
        errors = sum(r["errors"] for r in ours)
        p99 = [r["p99_ms"] for r in ours]
        med = sorted(ratio)[len(ratio) // 2] if ratio else 0.0
        figures.append(
            common.Figure(
                "e",
                f"{label} (ours), c={CONCURRENCY}",
                "req/s",
                rps,
                peer="plain JsonResponse" if key != "post" else "plain ORM insert view",
                ratios=ratio,
                target=">= 0.7x plain, no errors" if key == "detail" else "no errors",
                met=(med >= 0.7 and errors == 0) if key == "detail" else errors == 0,
                note=f"errors {int(errors)}",
            )
        )
        figures.append(
            common.Figure(
                "e",
                f"  {label} p50 (ours)",
                "ms",
                [r["p50_ms"] for r in ours],
                higher_is_better=False,
            )
        )
        figures.append(
            common.Figure(
                "e",
                f"  {label} p99 (ours)",
                "ms",
                p99,
                higher_is_better=False,
                target="<= 50 ms",
                met=sorted(p99)[len(p99) // 2] <= 50,
            )
        )
        figures.append(common.Figure("e", f"peer: {label}, plain view", "req/s", plain_rps))
        figures.append(
            common.Figure(
                "e",
                f"  peer: {label} p99",
                "ms",
                [r["p99_ms"] for r in plain],
                higher_is_better=False,
            )
        )
    common.finish(
        args,
        figures,
        {"claims": n_claims, "seconds_per_run": seconds, "concurrency": CONCURRENCY},
    )
    return 0


def _wait_up(url: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("gunicorn exited")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (loopback)
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer")


def _check(url: str, token: str | None, body: str | None) -> None:
    """One request by hand: the endpoint answers 2xx before we load it."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Token {token}"
    request = urllib.request.Request(  # noqa: S310 (loopback)
        url, data=body.encode() if body else None, headers=headers
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        assert 200 <= response.status < 300, response.status
        payload = json.loads(response.read())
    if isinstance(payload, dict) and "results" in payload:
        # A list figure must measure a full page, not an empty answer.
        assert len(payload["results"]) >= 20, f"{url}: only {len(payload['results'])} results"


if __name__ == "__main__":
    sys.exit(main())
