"""The documentation stands alone and stays true: no reference leaves the repository or dangles.

No database and no service: these tests read files (and build the OpenAPI schema in-process).

- Every `.md` file, `tests/…` path (with its `::test_name`, if given), link, image and `#anchor`
  named in README.md, docs/, bench/README.md, the Makefile and any Python module exists.
- Nothing names the design notes kept outside the repository.
- Every environment variable the code reads is in README.md's configuration tables.
- docs/api.md's operation reference is what docs/api_reference.py writes from today's schema.
- README.md shows its pictures: screenshots, the lifecycle diagram, the benchmark chart.
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from bench import chart
from claims.core.domain.claim import ClaimStatus

ROOT = Path(__file__).resolve().parents[2]
MARKDOWN = [ROOT / "README.md", ROOT / "bench" / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
CODE_DIRS = ("claims", "tracker", "config", "tests", "bench", "docs")
# Written in pieces so that this file does not name them itself.
OUTSIDE = ("shared" + "/", "DESIGN" + ".md", "RELIABILITY" + ".md", "STYLE" + ".md", "API" + ".md")

MD_NAME = re.compile(r"(?<![\w/.-])((?:[\w.-]+/)*[\w.-]+\.md)\b")
TESTS_PATH = re.compile(r"(?<![\w/.-])(tests/(?:[\w-]+/)*[\w-]+(?:\.\w+)?/?)(?:::([\w*\[\]-]+))?")
SHORT_TEST = re.compile(r"(?<![\w/.-])(test_\w+\.py)::([\w*]+)")
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def text_files() -> Iterator[Path]:
    yield from MARKDOWN
    yield ROOT / "Makefile"
    for directory in CODE_DIRS:
        for path in sorted((ROOT / directory).rglob("*.py")):
            # This file names missing things on purpose, to show the checks find them.
            if "migrations" not in path.parts and path != Path(__file__):
                yield path


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    text = heading.strip().lower().replace("`", "")
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    found: set[str] = set()
    in_fence = False
    for line in path.read_text().splitlines():
        if line.startswith("```"):
            in_fence = not in_fence
        elif not in_fence and line.startswith("#"):
            found.add(slug(line.lstrip("#")))
    return found


def function_exists(path: Path, name: str) -> bool:
    source = path.read_text()
    pattern = re.escape(name.split("[")[0]).replace(r"\*", r"\w*")
    return re.search(rf"^\s*(?:async\s+)?def {pattern}\b", source, re.MULTILINE) is not None


def md_exists(name: str, source: Path) -> bool:
    candidates = [ROOT / name, source.parent / name]
    if "/" not in name:
        candidates.append(ROOT / "docs" / name)
    return any(c.is_file() for c in candidates)


def dangling_in(path: Path) -> list[str]:
    text = path.read_text()
    problems = []
    for match in MD_NAME.finditer(text):
        if not md_exists(match.group(1), path):
            problems.append(f"{match.group(1)} (no such file)")
    for match in TESTS_PATH.finditer(text):
        target, func = ROOT / match.group(1), match.group(2)
        module = ROOT / f"{match.group(1).split('.')[0]}.py"
        if not target.exists() and module.is_file():
            target = module  # a module's attribute: tests/system/conftest.Stack
        if not target.exists():
            problems.append(f"{match.group(1)} (no such file or folder)")
        elif func and not function_exists(target, func):
            problems.append(f"{match.group(1)}::{func} (no such test)")
    for match in SHORT_TEST.finditer(text):
        files = list((ROOT / "tests").rglob(match.group(1)))
        if not files:
            problems.append(f"{match.group(1)} (no such test file)")
        elif not any(function_exists(f, match.group(2)) for f in files):
            problems.append(f"{match.group(1)}::{match.group(2)} (no such test)")
    return problems


def broken_links_in(path: Path) -> list[str]:
    problems = []
    text = re.sub(r"```.*?```", "", path.read_text(), flags=re.DOTALL)
    for match in LINK.finditer(text):
        target = match.group(1)
        if re.match(r"^[a-z]+:", target):
            continue  # http(s), mailto
        file_part, _, anchor = target.partition("#")
        linked = (path.parent / file_part).resolve() if file_part else path
        if not linked.exists():
            problems.append(f"{target} (no such file)")
        elif anchor and linked.suffix == ".md" and anchor not in anchors(linked):
            problems.append(f"{target} (no heading #{anchor} in {rel(linked)})")
    return problems


@pytest.mark.parametrize("path", list(text_files()), ids=rel)
def test_no_reference_dangles(path: Path) -> None:
    problems = dangling_in(path)
    if path.suffix == ".md":
        problems += broken_links_in(path)
    assert not problems, f"{rel(path)} refers to what does not exist: {problems}"


@pytest.mark.parametrize("path", list(text_files()), ids=rel)
def test_nothing_points_outside_the_repository(path: Path) -> None:
    text = path.read_text()
    found = [name for name in OUTSIDE if name in text]
    assert not found, f"{rel(path)} names files that are not in the repository: {found}"


def test_the_checks_find_what_they_look_for(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "See docs/nowhere.md, tests/api/test_missing.py, "
        "`tests/api/test_fuzz.py::test_no_such_test`, test_fuzz.py::test_nor_this and "
        "[a link](missing.png), [an anchor](#nowhere).\n\n# Here\n"
    )
    assert dangling_in(page) == [
        "docs/nowhere.md (no such file)",
        "tests/api/test_missing.py (no such file or folder)",
        "tests/api/test_fuzz.py::test_no_such_test (no such test)",
        "test_fuzz.py::test_nor_this (no such test)",
    ]
    assert broken_links_in(page) == [
        "missing.png (no such file)",
        "#nowhere (no heading #nowhere in page.md)",
    ]


# --- Configuration --------------------------------------------------------------------------------

ENV_READERS = (  # the settings' readers: tests call them with made-up names too
    re.compile(r"env_(?:str|int|bool|list|cache)\(\s*[\"']([A-Z][A-Z0-9_]+)[\"']"),
    re.compile(r"_setting\(\s*[\"']([A-Z][A-Z0-9_]+)[\"']"),
)
ENV_READS = (
    re.compile(r"environ(?:\.get)?\(\s*[\"']([A-Z][A-Z0-9_]+)[\"']"),
    re.compile(r"environ\[[\"']([A-Z][A-Z0-9_]+)[\"']\]"),
    re.compile(r"\benv\.get\(\s*[\"']([A-Z][A-Z0-9_]+)[\"']"),
    re.compile(r"\$\{([A-Z][A-Z0-9_]+):-"),
)
NOT_SETTINGS = {"DJANGO_SETTINGS_MODULE", "PATH"}  # Django's own; the system's


def variables_read() -> dict[str, str]:
    """Every environment variable the code, the tests and the Procfile read, with where."""
    found: dict[str, str] = {}
    paths = [ROOT / "Procfile"]
    for directory in ("claims", "tracker", "config", "tests", "bench"):
        paths += sorted((ROOT / directory).rglob("*.py"))
    for path in paths:
        if path == Path(__file__):
            continue
        text = path.read_text()
        in_tests = path.is_relative_to(ROOT / "tests")
        for pattern in ENV_READS if in_tests else ENV_READS + ENV_READERS:
            for name in pattern.findall(text):
                found.setdefault(name, rel(path))
    return {name: where for name, where in found.items() if name not in NOT_SETTINGS}


def readme_configuration() -> str:
    text = (ROOT / "README.md").read_text()
    start = text.index("\n## Configuration")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def test_every_environment_variable_is_in_the_readme() -> None:
    documented = set(re.findall(r"`([A-Z][A-Z0-9_]+)`", readme_configuration()))
    read = variables_read()
    assert {"DATABASE_URL", "CACHE_URL", "CLAIMS_TOKEN_TTL_HOURS", "PG_LOCK_TIMEOUT_MS"} <= set(
        read
    )
    missing = {name: where for name, where in read.items() if name not in documented}
    assert not missing, f"README.md's configuration tables lack (variable: read in): {missing}"


# --- The API reference ----------------------------------------------------------------------------


def api_reference() -> ModuleType:
    path = ROOT / "docs" / "api_reference.py"
    spec = importlib.util.spec_from_file_location("api_reference", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_api_reference_is_what_the_schema_says() -> None:
    ref = api_reference()
    current = (ROOT / "docs" / "api.md").read_text()
    schema = ref.schema()
    assert ref.rewritten(current, ref.reference(schema)) == current, (
        "docs/api.md's operation reference is out of date: run make api-docs"
    )
    for path, operations in schema["paths"].items():
        for method in ref.METHODS:
            if method in operations:
                assert f"`{method.upper()} {path}`" in current


def test_the_api_guide_is_written_out() -> None:
    """docs/api.md's prose leaves nothing for later: no note to its writers (an HTML comment
    other than the generated reference's markers), every error code is in its Errors table,
    and every part of the API the schema has is described before the generated reference."""
    from claims.api.errors import ERROR_CODES

    ref = api_reference()
    text = (ROOT / "docs" / "api.md").read_text()
    prose = text.split(ref.BEGIN)[0]
    comments = re.findall(r"<!--.*?-->", text, flags=re.S)
    assert comments == [ref.BEGIN, ref.END]
    errors = prose.split("\n## Errors\n", 1)[1].split("\n## ", 1)[0]
    missing = [code for code in ERROR_CODES if f"`{code}`" not in errors]
    assert not missing, f"docs/api.md's Errors table does not name {missing}"
    parts = {path.split("/")[3] for path in ref.schema()["paths"] if path.startswith("/api/v1/")}
    undescribed = sorted(p for p in parts - {""} if f"/api/v1/{p}/" not in prose)
    assert not undescribed, f"docs/api.md describes no /api/v1/{undescribed}/ outside the reference"


# --- Pictures -------------------------------------------------------------------------------------


def test_the_readme_shows_screenshots_the_lifecycle_and_the_benchmark_chart() -> None:
    readme = (ROOT / "README.md").read_text()
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme)
    screenshots = [i for i in images if i.endswith(".png")]
    assert {"docs/images/review-queue.png", "docs/images/claim-page.png"} <= set(screenshots)
    assert "docs/images/bench-ratios.svg" in images
    for image in images:
        assert (ROOT / image).stat().st_size > 1000, image
    diagram = re.search(r"```mermaid\n(stateDiagram-v2.*?)```", readme, re.DOTALL)
    assert diagram is not None, "README.md has no Mermaid state diagram"
    for status in ClaimStatus:
        assert re.search(rf"\b{status.value}\b", diagram.group(1)), status
    assert "```mermaid\nflowchart" in (ROOT / "docs" / "architecture.md").read_text()


def test_the_chart_draws_the_peer_ratios_only() -> None:
    report = {
        "when": "2026-12-02T01:29:27+00:00",
        "mode": "quick",
        "reps": 3,
        "figures": [
            {"figure": "a", "db": "sqlite", "name": "command (ours)", "ratios": [2.4, 2.5],
             "ratio_median": 2.45, "peer": "eventsourcing cache", "target": ">= 1.0x peer"},
            {"figure": "a", "db": "postgres", "name": "command (ours)", "ratios": [0.7],
             "ratio_median": 0.7, "peer": "eventsourcing cache+db functions", "target": None},
            {"figure": "g", "db": "postgres", "name": "16 writers", "ratios": [1.2],
             "ratio_median": 1.2, "peer": "1 writer", "target": ">= 1.5x 1 writer"},
        ],
    }  # fmt: skip
    rows = chart.peer_rows(report)
    assert [(r["figure"], sorted(r["bars"])) for r in rows] == [("a", ["postgres", "sqlite"])]
    assert rows[0]["bars"]["sqlite"] == {"ratio": 2.45, "target": 1.0}
    drawn = chart.svg(report)
    ET.fromstring(drawn)  # noqa: S314 (well-formed; our own output, not untrusted input)
    assert "2.45×" in drawn
    assert "0.70×" in drawn
    assert "16 writers" not in drawn
