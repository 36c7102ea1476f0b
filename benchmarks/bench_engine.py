"""Temporal engine throughput: characters per second on the TBAQ corpus (one core).

    .venv/bin/python benchmarks/bench_engine.py [--repeat 5]

Reads the TEXT of every TimeBank and AQUAINT file in ../shared/data/temporal, tags it
with the document's own DCT, and reports the median over ``--repeat`` runs. Tagging
is done in one process, so the figure is single-core throughput. The first pass is reported
on its own as well: it also builds the parts of the rule index that are made on first use
(the rules tried after each common first word), a cost a process pays once.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline_app.exchange.timeml import read_document  # noqa: E402
from timeline_app.temporal import find_timexes  # noqa: E402

TBAQ = ROOT.parent / "shared" / "data" / "temporal" / "tbaq-cleaned"


def measure(repeat: int) -> dict[str, float]:
    if not TBAQ.is_dir():
        raise SystemExit(f"{TBAQ} is not here: the benchmark needs ../shared/data")
    documents = [read_document(p) for p in sorted(TBAQ.rglob("*.tml"))]
    work = [(d.text, d.reference) for d in documents if d.reference is not None]
    characters = sum(len(text) for text, _ in work)
    find_timexes("warm-up on Thursday", work[0][1])  # load and compile the rules once
    started = time.perf_counter()
    for text, reference in work:
        find_timexes(text, reference)
    first = time.perf_counter() - started
    timings = []
    expressions = 0
    for _ in range(repeat):
        started = time.perf_counter()
        expressions = sum(len(find_timexes(text, reference)) for text, reference in work)
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings)
    return {"documents": len(work), "characters": characters, "expressions": expressions,
            "seconds": median, "chars_per_second": characters / median,
            "first_pass_seconds": first, "first_pass_chars_per_second": characters / first}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    result = measure(parser.parse_args().repeat)
    print(f"documents {result['documents']}, characters {result['characters']:,}, "
          f"expressions {result['expressions']:,}")
    print(f"median {result['seconds']:.3f} s  ->  {result['chars_per_second']:,.0f} characters/second")
    print(f"first pass {result['first_pass_seconds']:.3f} s  ->  {result['first_pass_chars_per_second']:,.0f} "
          "characters/second (builds the lazily made part of the rule index)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
