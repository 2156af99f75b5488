"""The compiled extractor (claims/importing/extraction/native.py): it proposes exactly what the
Python sources propose, and a build is used only for the sources it was made from."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims.importing.extraction import extractor, native
from tests.extraction import native_dump

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str, **env: str) -> str:
    """Run Python in a fresh process (the finder is installed once per process)."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return done.stdout


def _require_build() -> None:
    if native.status()["mode"] == "native":
        return
    message = f"no compiled extractor ({native.status()['reason']}): `make native` builds it"
    if os.environ.get("CI"):
        pytest.fail(f"CI runs the compiled extractor, but {message}", pytrace=False)
    pytest.skip(f"!!! {message} !!!")


def test_compiled_and_pure_extractors_propose_the_same_candidates() -> None:
    _require_build()
    assert extractor.__file__ is not None
    assert not extractor.__file__.endswith(".py")
    pure = subprocess.run(
        [sys.executable, "-m", "tests.extraction.native_dump"],
        cwd=ROOT,
        env={**os.environ, native.ENV: "off"},
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout.splitlines()
    assert pure[0] == "off"
    compiled = list(native_dump.lines())
    assert len(compiled) > 1000  # every development text's candidates
    assert compiled == pure[1:]


def test_off_imports_the_sources() -> None:
    out = _run(
        "from claims.importing.extraction import extractor, native;"
        "print(native.status()['mode'], extractor.__file__)",
        CLAIMS_NATIVE_EXTRACTION="off",
    )
    mode, module_file = out.split()
    assert mode == "off"
    assert module_file.endswith("extractor.py")


def test_a_build_is_used_only_for_the_sources_it_was_made_from(tmp_path: Path) -> None:
    _require_build()
    key = native.source_key()
    build = native.root() / key
    # The same build files under another key: what a build of older sources looks like.
    stale = tmp_path / ("0" * len(key))
    stale.mkdir()
    for file in build.iterdir():
        (stale / file.name).symlink_to(file)
    code = (
        "from claims.importing.extraction import extractor, native;"
        "print(native.status()['mode'], extractor.__file__)"
    )
    mode, module_file = _run(code, CLAIMS_NATIVE_DIR=str(tmp_path)).split()
    assert (mode, module_file.endswith("extractor.py")) == ("pure", True)
    # Under the right key but incomplete (a module missing from the manifest): not used either.
    partial = tmp_path / key
    partial.mkdir()
    manifest = json.loads((build / native.MANIFEST).read_text())
    del manifest["files"]["claims.importing.extraction.subjects"]
    (partial / native.MANIFEST).write_text(json.dumps(manifest))
    for file in build.iterdir():
        if file.name != native.MANIFEST:
            (partial / file.name).symlink_to(file)
    mode, module_file = _run(code, CLAIMS_NATIVE_DIR=str(tmp_path)).split()
    assert (mode, module_file.endswith("extractor.py")) == ("pure", True)
    # Complete and current: used.
    (partial / native.MANIFEST).unlink()
    (partial / native.MANIFEST).symlink_to(build / native.MANIFEST)
    mode, module_file = _run(code, CLAIMS_NATIVE_DIR=str(tmp_path)).split()
    assert mode == "native"
    assert not module_file.endswith(".py")


def test_editing_a_source_changes_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in native.MODULES:
        (tmp_path / f"{name}.py").write_bytes((native.HERE / f"{name}.py").read_bytes())
    monkeypatch.setattr(native, "HERE", tmp_path)
    before = native.source_key()
    assert before == native.source_key()
    with (tmp_path / "subjects.py").open("a") as source:
        source.write("\n# an edit\n")
    assert native.source_key() != before


def test_the_records_built_per_figure_have_an_init_of_their_own() -> None:
    """mypyc compiles an __init__ written in the class, while the one @dataclass generates runs
    in the interpreter (a frozen one setting each field through object.__setattr__): for the
    records built per figure, sentence and time expression that was 7 % of the instructions."""
    import dataclasses

    from claims.importing.extraction import attribution, figures, periods, places, subjects

    built_per_figure = [
        subjects.SubjectInput,
        figures._Raw,
        figures.Figure,
        periods.TimeExpr,
        places.PlaceMention,
        attribution.Attribution,
        extractor._Sentence,
        extractor._Resolved,
    ]
    for record in built_per_figure:
        assert dataclasses.is_dataclass(record)
        assert record.__dataclass_params__.init is False, record  # type: ignore[attr-defined]
        assert "__init__" in vars(record), record
