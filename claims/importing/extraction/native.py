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
        command = [sys.executable, "-m", "mypyc", "--config-file", "mypy.ini", *sources]
        done = subprocess.run(command, cwd=work, capture_output=True, text=True, check=False)
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
