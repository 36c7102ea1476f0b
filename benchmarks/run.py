"""Every benchmark in one command, printed as a table; ``--quick`` guards against regressions.

    .venv/bin/python benchmarks/run.py                   # full sizes (1k/10k/100k events), ~10 min
    .venv/bin/python benchmarks/run.py --quick           # small sizes, compared with baseline.json
    .venv/bin/python benchmarks/run.py --quick --update-baseline
    .venv/bin/python benchmarks/run.py --only store,gui  # some modules only

With ``--quick`` every figure that baseline.json also has is compared with it, and the
run exits 1 when one is more than ``--tolerance`` (2) times worse: slower, bigger, or
lower throughput. A component that does not exist yet is printed "not available" and
is not a failure. Not part of the test suite: timings belong to a machine, so the
baseline is recorded on the machine that runs the guard (docs/performance.md).
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from context import Context  # noqa: E402
from figures import Figure  # noqa: E402

MODULES = {"engine": "bench_engine_scaling", "extract": "bench_extract", "store": "bench_store",
           "edit": "bench_edit", "gui": "bench_gui", "export": "bench_export"}
BASELINE = HERE / "baseline.json"


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")).split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration):
        pass
    return f"{os.cpu_count()} cores ({cpu}){memory}, Python {platform.python_version()}, {platform.system()}"


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "chars/s":
        return f"{value:,.0f}"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}" if value < 10 else f"{value:.1f}"


def table(figures: list[Figure], baseline: dict[str, float]) -> str:
    rows = [("figure", "value", "unit", "target", "met", "baseline", "note")]
    for f in figures:
        met = {True: "yes", False: "NO", None: ""}[f.meets_target]
        target = (">= " if f.higher_is_better else "< ") + fmt(f.target, f.unit) if f.target is not None else ""
        rows.append((f.label, fmt(f.value, f.unit), f.unit, target, met, fmt(baseline.get(f.key), f.unit), f.note))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def regressions(figures: list[Figure], baseline: dict[str, float], tolerance: float) -> list[str]:
    """Figures more than ``tolerance`` times worse than their baseline."""
    worse = []
    for f in figures:
        old = baseline.get(f.key)
        if f.value is None or old is None or old <= 0:
            continue
        ratio = old / f.value if f.higher_is_better else f.value / old
        if ratio > tolerance:
            worse.append(f"{f.label}: {fmt(f.value, f.unit)} {f.unit} against baseline {fmt(old, f.unit)} "
                         f"({ratio:.1f}x worse)")
    return worse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes; compare with baseline.json")
    parser.add_argument("--update-baseline", action="store_true", help="write this run's figures to baseline.json")
    parser.add_argument("--tolerance", type=float, default=2.0, help="fail when a figure is this many times worse")
    parser.add_argument("--only", help=f"comma-separated modules: {', '.join(MODULES)}")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    chosen = [m.strip() for m in args.only.split(",")] if args.only else list(MODULES)
    unknown = [m for m in chosen if m not in MODULES]
    if unknown:
        parser.error(f"unknown module {unknown[0]} (choose from {', '.join(MODULES)})")
    baseline_data = json.loads(BASELINE.read_text()) if BASELINE.is_file() else {}
    baseline: dict[str, float] = baseline_data.get("figures", {})
    figures: list[Figure] = []
    started = time.perf_counter()
    print(f"machine: {machine()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as scratch:
        ctx = Context(quick=args.quick, workdir=Path(scratch))
        for name in chosen:
            began = time.perf_counter()
            module = importlib.import_module(MODULES[name])
            found = module.measure(ctx)
            figures.extend(found)
            print(f"  {name}: {len(found)} figures in {time.perf_counter() - began:.0f} s", file=sys.stderr, flush=True)
    print(f"command: benchmarks/run.py {' '.join(sys.argv[1:] if argv is None else argv)}".rstrip())
    print(table(figures, baseline))
    print(f"total {time.perf_counter() - started:.0f} s")
    if args.json:
        args.json.write_text(json.dumps([{k: getattr(f, k) for k in f.__slots__} for f in figures], indent=1))
    if args.update_baseline:
        recorded = {f.key: f.value for f in figures if f.value is not None}
        merged = {**baseline, **recorded}
        BASELINE.write_text(json.dumps({"machine": machine(), "mode": "quick" if args.quick else "full",
                                        "figures": dict(sorted(merged.items()))}, indent=1) + "\n")
        print(f"baseline written: {BASELINE} ({len(recorded)} figures)")
        return 0
    if args.quick:
        worse = regressions(figures, baseline, args.tolerance)
        if not baseline:
            print(f"no baseline at {BASELINE}: run with --quick --update-baseline first")
        for line in worse:
            print(f"REGRESSION: {line}")
        if worse:
            return 1
        print(f"no figure is more than {args.tolerance:g}x worse than the baseline")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
