"""The extractor compiled to C with mypyc, used when a build for exactly these sources exists.

The extractor's hot modules (`MODULES`) are ordinary typed Python. `build()` compiles them with
mypyc (the compiler that ships with mypy) into extension modules under `_native/<key>/`, where the
key is a hash of their sources and of the interpreter's ABI. `install()`, run by the package's
`__init__` before any of them is imported, puts a finder in front of the import system that loads
the compiled modules from the build for the current key, if there is one; otherwise the modules
are imported from source as usual. Editing a source changes the key, so a build can never run code
older than the source next to it: until the next build the extractor simply runs as Python.

Both forms give the same candidates (tests/extraction/test_native.py compares them on every
development text); the compiled one is about a quarter faster. `CLAIMS_NATIVE_EXTRACTION=off`
imports the sources even when a build exists.

    python -m claims.importing.extraction.compile build    # compile (needs mypy and a C compiler)
    python -m claims.importing.extraction.compile status   # which form this process uses
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

PACKAGE = "claims.importing.extraction"
HERE = Path(__file__).resolve().parent
# The modules that run for every sentence and figure. model.py (the public Candidate and
# Qualifier types), the evaluation and the claim matching stay plain Python.
MODULES = (
    "text",
    "words",
    "gates",
    "language",
    "places",
    "periods",
    "figures",
    "attribution",
    "subjects",
    "extractor",
)
MANIFEST = "manifest.json"
ENV = "CLAIMS_NATIVE_EXTRACTION"
_OFF = {"0", "off", "false", "no"}
_ON = {"", "1", "on", "true", "yes"}

_state: dict[str, str] = {"mode": "pure", "reason": "not installed yet"}


def root() -> Path:
    """Where builds live: CLAIMS_NATIVE_DIR, else `_native/` beside the sources."""
    configured = os.environ.get("CLAIMS_NATIVE_DIR", "").strip()
    return Path(configured) if configured else HERE / "_native"


def source_key() -> str:
    """A hash of the compiled modules' sources and of the interpreter's extension ABI."""
    digest = hashlib.sha256()
    digest.update(sys.implementation.cache_tag.encode())
    digest.update(importlib.machinery.EXTENSION_SUFFIXES[0].encode())
    for name in MODULES:
        digest.update(name.encode() + b"\0")
        digest.update((HERE / f"{name}.py").read_bytes())
    return digest.hexdigest()[:24]


def _manifest(build: Path) -> dict[str, str] | None:
    """Module name -> file of a complete build, or None if the build is missing or partial."""
    try:
        data = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return None
    wanted = {f"{PACKAGE}.{name}" for name in MODULES}
    if not wanted <= files.keys():
        return None
    resolved = {name: str(build / file) for name, file in files.items()}
    return resolved if all(Path(f).is_file() for f in resolved.values()) else None


class _Finder(importlib.abc.MetaPathFinder):
    """Serves the compiled modules (and mypyc's shared runtime module) from one build."""

    def __init__(self, files: dict[str, str]) -> None:
        self.files = files

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        file = self.files.get(fullname)
        if file is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, file)
        return importlib.util.spec_from_file_location(fullname, file, loader=loader)


def install() -> str:
    """Load the compiled modules from the build for these sources, when there is one.

    Returns the mode: "native", "pure" (no build for these sources) or "off" (turned off)."""
    if any(isinstance(f, _Finder) for f in sys.meta_path):
        return _state["mode"]
    setting = os.environ.get(ENV, "").strip().lower()
    if setting not in _ON | _OFF:
        raise ValueError(f"{ENV} must be a boolean (true/false, on/off, yes/no, 1/0): {setting!r}")
    if setting in _OFF:
        _state.update(mode="off", reason=f"{ENV} turns it off")
        return "off"
    already = [n for n in MODULES if f"{PACKAGE}.{n}" in sys.modules]
    if already:  # a module imported from source before the finder: mixing the two is unsafe
        _state.update(mode="pure", reason=f"imported from source first: {', '.join(already)}")
        return "pure"
    try:
        key = source_key()
    except OSError as exc:
        _state.update(mode="pure", reason=f"sources unreadable: {exc}")
        return "pure"
    files = _manifest(root() / key)
    if files is None:
        _state.update(mode="pure", reason=f"no build for these sources ({key})")
        return "pure"
    sys.meta_path.insert(0, _Finder(files))
    _state.update(mode="native", reason=f"compiled build {key}")
    return "native"


def status() -> dict[str, str]:
    """Which form this process runs ("native", "pure" or "off") and why."""
    return dict(_state)


# The build script: what the `mypyc` command writes, with two changes that make it about twice
# as fast on two cores and change nothing in the compiled code's behaviour. Every module's C goes
# to a file of its own (multi_file), and those files are compiled side by side (CCompiler.compile,
# the public call build_ext makes, is run on one file at a time in a thread pool), instead of one
# C file for all ten modules compiled by one compiler process. No debug information (-g0). The
# compiled code is the same: the extractor's speed does not change (callgrind counts the same
# instructions on the bench's Spanish article, within 0.2 %).
_SETUP = """\
import os
from concurrent.futures import ThreadPoolExecutor

from mypyc.build import mypycify
from setuptools import setup
from setuptools.command.build_ext import build_ext

JOBS = max(1, int(os.environ.get("CLAIMS_NATIVE_JOBS", "1")))


class ParallelBuildExt(build_ext):
    def build_extension(self, ext):
        compile_files = self.compiler.compile

        def compile_parallel(sources, *args, **options):
            # The largest files first, so that no core is left with a big one at the end.
            largest = sorted(sources, key=os.path.getsize, reverse=True)
            with ThreadPoolExecutor(JOBS) as pool:
                built = pool.map(lambda s: compile_files([s], *args, **options), largest)
                done = dict(zip(largest, built))
            return [obj for source in sources for obj in done[source]]

        self.compiler.compile = compile_parallel
        try:
            super().build_extension(ext)
        finally:
            del self.compiler.compile


setup(
    name="claims_native",
    ext_modules=mypycify({sources!r}, opt_level="3", debug_level="0", multi_file=True),
    cmdclass={{"build_ext": ParallelBuildExt}},
)
"""


def _jobs() -> int:
    """How many C files to compile at once: CLAIMS_NATIVE_JOBS, else one per CPU."""
    configured = os.environ.get("CLAIMS_NATIVE_JOBS", "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    return os.cpu_count() or 1


def build() -> Path:
    """Compile MODULES with mypyc into root()/<key> (nothing to do if that build exists).

    Raises RuntimeError when mypyc is missing or the compilation fails."""
    key = source_key()
    target = root() / key
    if _manifest(target) is not None:
        return target
    if importlib.util.find_spec("mypyc") is None:
        raise RuntimeError("mypyc is not installed (it ships with mypy: pip install mypy)")
    root().mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="claims-native-") as tmp:
        work = Path(tmp)
        package = work.joinpath(*PACKAGE.split("."))
        package.mkdir(parents=True)
        for level in (work / "claims", work / "claims" / "importing", package):
            (level / "__init__.py").write_text("", encoding="utf-8")
        sources = []
        for name in MODULES:
            shutil.copyfile(HERE / f"{name}.py", package / f"{name}.py")
            sources.append(str(package.relative_to(work) / f"{name}.py"))
        # No project configuration: the sources use only the standard library and text2num.
        (work / "mypy.ini").write_text("[mypy]\nignore_missing_imports = True\n")
        (work / "setup_native.py").write_text(_SETUP.format(sources=sources), encoding="utf-8")
        command = [sys.executable, "setup_native.py", "build_ext", "--inplace"]
        environment = {**os.environ, "CLAIMS_NATIVE_JOBS": str(_jobs())}
        done = subprocess.run(
            command, cwd=work, env=environment, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            tail = (done.stdout + done.stderr).strip().splitlines()[-15:]
            raise RuntimeError("mypyc failed:\n" + "\n".join(tail))
        staging = Path(tempfile.mkdtemp(prefix=f"{key}.", suffix=".partial", dir=root()))
        files: dict[str, str] = {}
        suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
        for name in MODULES:
            built = package / f"{name}{suffix}"
            shutil.copyfile(built, staging / built.name)
            files[f"{PACKAGE}.{name}"] = built.name
        for runtime in work.glob(f"*__mypyc{suffix}"):  # the modules' shared C runtime
            shutil.copyfile(runtime, staging / runtime.name)
            files[runtime.name[: -len(suffix)]] = runtime.name
        (staging / MANIFEST).write_text(
            json.dumps({"key": key, "files": files}, indent=1), encoding="utf-8"
        )
        try:
            staging.rename(target)
        except OSError:  # another build of the same sources finished first
            shutil.rmtree(staging, ignore_errors=True)
    _prune(keep=key)
    return target


def _prune(keep: str) -> None:
    """Remove the builds of older sources, and partial ones an interrupted build left (an hour
    old: a younger one may be another build still running)."""
    now = time.time()
    for entry in root().iterdir():
        if entry.name == keep or not entry.is_dir():
            continue
        if entry.name.endswith(".partial") and now - entry.stat().st_mtime < 3600:
            continue
        shutil.rmtree(entry, ignore_errors=True)
