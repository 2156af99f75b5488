"""Compile the extractor with mypyc, or say which form runs (see native.py).

python -m claims.importing.extraction.compile build
python -m claims.importing.extraction.compile status
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from claims.importing.extraction import native


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else "status"
    if command == "build":
        try:
            target = native.build()
        except RuntimeError as exc:
            print(f"the extractor stays pure Python: {exc}", file=sys.stderr)
            return 1
        print(f"compiled extractor: {target}")
        return 0
    if command == "status":
        current = native.status()
        print(f"{current['mode']}: {current['reason']}")
        return 0
    print("usage: python -m claims.importing.extraction.compile [build|status]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
