"""Write the operation reference of docs/api.md from the OpenAPI schema the server serves.

    .venv/bin/python docs/api_reference.py          # rewrite the reference section in place
    .venv/bin/python docs/api_reference.py --check  # exit 1 if the section is out of date

`make api-docs` runs the first; tests/system/test_docs.py runs the second's comparison, so a new
or changed endpoint fails the tests until the reference is written again. Only the text between
the two marker lines of docs/api.md is generated; the rest of the file is written by hand.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
API_MD = ROOT / "docs" / "api.md"
BEGIN = "<!-- BEGIN operation reference: written by docs/api_reference.py (make api-docs) -->"
END = "<!-- END operation reference -->"
METHODS = ("get", "post", "put", "patch", "delete")


def schema() -> dict[str, Any]:
    """The schema `/api/schema/` serves, built in-process (no database, no server)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from drf_spectacular.generators import SchemaGenerator

    generated: dict[str, Any] = SchemaGenerator().get_schema(request=None, public=True)
    return generated


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _inputs(operation: dict[str, Any]) -> str:
    parts = []
    query = [p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"]
    if query:
        parts.append("query: " + ", ".join(f"`{name}`" for name in query))
    headers = [p["name"] for p in operation.get("parameters", []) if p.get("in") == "header"]
    if headers:
        parts.append("headers: " + ", ".join(f"`{name}`" for name in headers))
    content = (operation.get("requestBody") or {}).get("content", {})
    for media_type, body in content.items():
        ref = body.get("schema", {}).get("$ref", "")
        name = ref.rsplit("/", 1)[-1] if ref else "a body"
        parts.append(f"body ({media_type}): `{name}`")
    if "x-version-precondition" in operation:
        parts.append('version: `If-Match: "<n>"` or `expected_version`')
    return "; ".join(parts)


def reference(spec: dict[str, Any]) -> str:
    """The generated section: one table per tag, one row per operation."""
    by_tag: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
    for path, operations in spec["paths"].items():
        for method in METHODS:
            if method in operations:
                operation = operations[method]
                tag = (operation.get("tags") or ["other"])[0]
                by_tag.setdefault(tag, []).append((method.upper(), path, operation))
    lines = [
        BEGIN,
        "",
        f"{sum(len(rows) for rows in by_tag.values())} operations in "
        f"`/api/schema/` ({spec['info']['title']} {spec['info']['version']}).",
    ]
    for tag in sorted(by_tag):
        lines += [
            "",
            f"#### {tag}",
            "",
            "| operation | what it does | inputs | answers |",
            "|---|---|---|---|",
        ]
        for method, path, operation in by_tag[tag]:
            answers = ", ".join(sorted(operation.get("responses", {})))
            lines.append(
                f"| `{method} {path}` | {_cell(operation.get('summary', ''))} "
                f"| {_cell(_inputs(operation))} | {answers} |"
            )
    lines += ["", END]
    return "\n".join(lines)


def rewritten(text: str, section: str) -> str:
    """`text` with the part between the markers (markers included) replaced by `section`."""
    start, end = text.index(BEGIN), text.index(END) + len(END)
    return text[:start] + section + text[end:]


def main(argv: list[str]) -> int:
    current = API_MD.read_text()
    wanted = rewritten(current, reference(schema()))
    if "--check" in argv:
        if wanted != current:
            print("docs/api.md: the operation reference is out of date: run make api-docs")
            return 1
        return 0
    API_MD.write_text(wanted)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
