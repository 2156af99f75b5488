"""Every development text's candidates as JSON lines: run once in a process with the compiled
extractor and once with CLAIMS_NATIVE_EXTRACTION=off, the two outputs must be the same bytes.

    python -m tests.extraction.native_dump   # prints the extractor's form first, then the lines
"""

from __future__ import annotations

import dataclasses
import datetime
import json
from collections.abc import Iterator
from pathlib import Path

from claims.importing.extraction import extract, native

EVAL_DIR = Path(__file__).parent / "eval"


def texts() -> Iterator[tuple[str, dict[str, object]]]:
    """The development texts (never the held-out ones), in a fixed order."""
    for path in sorted(EVAL_DIR.glob("*.jsonl")):
        if path.name.startswith(("heldout", "matching")):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            yield path.name, json.loads(line)


def lines() -> Iterator[str]:
    for name, row in texts():
        published = row.get("published_at")
        language = row.get("language")
        found = extract(
            str(row["text"]),
            published_at=datetime.date.fromisoformat(published)
            if isinstance(published, str)
            else None,
            language=language if isinstance(language, str) else None,
        )
        for candidate in found:
            data = dataclasses.asdict(candidate)
            yield json.dumps(
                [name, row["id"], data], default=str, sort_keys=True, ensure_ascii=False
            )


if __name__ == "__main__":
    print(native.status()["mode"])
    for line in lines():
        print(line)
