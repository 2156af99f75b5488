"""Time extract() on ~200 KB articles built from the development texts (one in English, one in
Spanish: each is read in its own language).

It says which form of the extractor ran: "native" (the mypyc build of its current sources,
claims/importing/extraction/native.py) or "pure" Python (no build, or
CLAIMS_NATIVE_EXTRACTION=off)."""

from __future__ import annotations

import datetime
import json
import os
import sys
import time
from pathlib import Path

from claims.importing.extraction import extract, native

EVAL_DIR = Path(__file__).resolve().parents[1] / "tests" / "extraction" / "eval"
TARGET_BYTES = 200_000
ROUNDS = 5


def build_article(language: str = "en") -> str:
    """Repeat the development texts of a language as paragraphs up to the target size.

    The held-out files are never read here: they are only ever scored.
    """
    texts = [
        row["text"]
        for path in sorted(EVAL_DIR.glob("*.jsonl"))
        if not path.name.startswith(("heldout", "matching"))
        for row in map(json.loads, path.read_text(encoding="utf-8").splitlines())
        if row.get("language", "en") == language
    ]
    paragraphs: list[str] = []
    size = 0
    while size < TARGET_BYTES:
        for text in texts:
            paragraphs.append(text)
            size += len(text.encode("utf-8")) + 2
            if size >= TARGET_BYTES:
                break
    return "\n\n".join(paragraphs)


def measure(language: str) -> str:
    """Best and median time of extract() on one article."""
    article = build_article(language)
    published = datetime.date(2020, 1, 15)
    extract(article[:2000], published_at=published)
    timings = []
    cpu = []
    count = 0
    for _ in range(ROUNDS):
        started, started_cpu = time.perf_counter(), time.process_time()
        count = len(extract(article, published_at=published))
        timings.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    timings.sort()
    size_kb = len(article.encode("utf-8")) / 1000
    return (
        f"extract() on a {size_kb:.0f} KB {language} article ({count} candidates): "
        f"best {timings[0] * 1000:.0f} ms, median {timings[len(timings) // 2] * 1000:.0f} ms "
        f"over {ROUNDS} runs (best CPU time {min(cpu) * 1000:.0f} ms)"
    )


def interpreter() -> str:
    """Which Python ran the figures, and whether its core is a shared library.

    Half the extractor's time is the interpreter's own regular-expression engine, so the build
    of the interpreter moves the figures: on this project's machine, Debian's python3.11
    (optimised with profile data, its core linked into the executable) reads the Spanish
    article about a tenth faster than a default source build with a shared libpython (what
    pyenv installs).
    """
    linked = "libpython in the executable"
    try:
        maps = Path("/proc/self/maps").read_text(encoding="utf-8")
    except OSError:
        maps = ""
    shared = sorted({line.rsplit("/", 1)[-1] for line in maps.splitlines() if "libpython" in line})
    if shared:
        linked = f"shared {shared[0]}"
    elif not maps:
        linked = "linking unknown"
    version = ".".join(map(str, sys.version_info[:3]))
    return f"interpreter: {os.path.realpath(sys.executable)} (CPython {version}, {linked})"


def main() -> None:
    """Print the figures for an English and a Spanish article, and the machine's load."""
    form = native.status()
    print(interpreter())
    print(f"extractor: {form['mode']} ({form['reason']})")
    for language in ("en", "es"):
        print(measure(language))
    if hasattr(os, "getloadavg"):
        # Other processes on the machine slow the wall-clock figures above; say how busy it was.
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
