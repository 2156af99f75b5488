"""Time extract() on a ~200 KB synthetic article built from the development texts (English and
Spanish, each article read in its own language), and the share of that time per stage."""

from __future__ import annotations

import datetime
import json
import time
from pathlib import Path

from claims.importing.extraction import extract

EVAL_DIR = Path(__file__).resolve().parents[1] / "tests" / "extraction" / "eval"
TARGET_BYTES = 200_000
ROUNDS = 5


def build_article() -> str:
    """Repeat the evaluation texts as paragraphs until the article reaches the target size."""
    # Development texts only (the held-out files are only ever scored, never read otherwise).
    texts = [
        json.loads(line)["text"]
        for path in sorted(EVAL_DIR.glob("*.jsonl"))
        if not path.name.startswith(("heldout", "matching"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
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


def main() -> None:
    """Print the size of the article, the candidates found and the best and median times."""
    article = build_article()
    published = datetime.date(2020, 1, 15)
    extract(article[:2000], published_at=published)
    timings = []
    count = 0
    for _ in range(ROUNDS):
        started = time.perf_counter()
        count = len(extract(article, published_at=published))
        timings.append(time.perf_counter() - started)
    timings.sort()
    size_kb = len(article.encode("utf-8")) / 1000
    print(
        f"extract() on {size_kb:.0f} KB ({count} candidates): "
        f"best {timings[0] * 1000:.0f} ms, median {timings[len(timings) // 2] * 1000:.0f} ms "
        f"over {ROUNDS} runs"
    )


if __name__ == "__main__":
    main()
