"""Copy a TimeML corpus with its gold values rewritten in standard TimeML notation.

An analysis tool, not part of the app or of any reported score: it measures how much of a
corpus's value error is notation alone. The tweets corpus writes a bare year as
``2014-XX-XX``, a date with its weekday as ``2014-12-12-WXX-5``, a week as
``2015-01-W02`` and hours as ``P12H``; TimeML (and TBAQ) write ``2014``, ``2014-12-12``,
``2015-W02`` and ``PT12H``, which is what the engine outputs. Score the copy with
``timeline-app evaluate COPY --run`` and compare with the original's figures.

Usage: python scripts/standard_notation.py ../shared/data/temporal/tweets-train /tmp/tweets-standard
"""
from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

REWRITES = (
    (re.compile(r"^(\d{4})-XX-XX$"), r"\1"),
    (re.compile(r"^(\d{4}-\d\d-\d\d)-WXX-\d"), r"\1"),
    (re.compile(r"^(\d{4})-\d\d-(W\d\d)"), r"\1-\2"),
    (re.compile(r"^P(\d+)H$"), r"PT\1H"),
)


def standard(value: str) -> str:
    for pattern, replacement in REWRITES:
        value = pattern.sub(replacement, value)
    return value


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    source, target = Path(argv[0]), Path(argv[1])
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    changed = 0
    for path in target.rglob("*.tml"):
        content = path.read_text(encoding="utf-8")

        def rewrite(match: re.Match[str]) -> str:
            nonlocal changed
            value = standard(match.group(1))
            changed += value != match.group(1)
            return f'value="{value}"'

        path.write_text(re.sub(r'value="([^"]*)"', rewrite, content), encoding="utf-8")
    print(f"{changed} values rewritten into {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
