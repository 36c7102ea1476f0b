"""What a benchmark reports: named figures with units, targets, and how they are timed.

Every figure is a median over several runs (``time.perf_counter``); peak memory is the
``ru_maxrss`` of a child process that did the work, which counts everything the process
touched (Python, Qt, SQLite), not only what ``tracemalloc`` sees.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


@dataclass(slots=True)
class Figure:
    """One measured number. ``value`` None means the component is not available yet.

    ``target`` is the issue's limit in the same unit; ``higher_is_better`` for
    throughputs. ``key`` names the figure in baseline.json.
    """

    key: str
    label: str
    value: float | None
    unit: str
    target: float | None = None
    higher_is_better: bool = False
    note: str = ""

    @property
    def meets_target(self) -> bool | None:
        if self.value is None or self.target is None:
            return None
        return self.value >= self.target if self.higher_is_better else self.value <= self.target


def unavailable(key: str, label: str, unit: str, why: str, target: float | None = None) -> Figure:
    return Figure(key, label, None, unit, target, note=f"not available: {why}")


def median_seconds(action: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None) -> float:
    """Median wall time of ``action`` over ``repeat`` runs (``setup`` untimed before each)."""
    timings = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def run_child(code: str, *args: str, home: Path | None = None, timeout: float = 600) -> tuple[str, float]:
    """Run ``code`` in a fresh interpreter; returns its stdout and its peak RSS in MB.

    ``home`` becomes the child's settings and data folder, so that a benchmark never
    reads or changes the user's own settings (last project, window state).
    """
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "benchmarks"), os.environ.get("PYTHONPATH", "")]))
    if home is not None:
        env.update(XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                   XDG_CACHE_HOME=str(home / "cache"))
    # os._exit: a Qt process skips its teardown (see NoneGuard: PySide6 may have dropped
    # references to None that teardown would then find missing).
    # The peak is VmHWM, the high-water mark of this process's own memory. ru_maxrss is not:
    # subprocess starts the child with vfork, and Linux carries the parent's peak RSS over
    # the exec into the child's ru_maxrss, so a benchmark parent that held a 100k project
    # reported its own peak (660 MB) for a child that peaked at 355 MB.
    wrapper = (code + "\nimport os, resource, sys\n"
               "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
               "try:\n"
               "    with open('/proc/self/status') as status:\n"
               "        peak = next(int(line.split()[1]) for line in status if line.startswith('VmHWM:'))\n"
               "except (OSError, StopIteration, ValueError):\n"
               "    pass\n"
               "print('MAXRSS_KB', peak, file=sys.stderr)\n"
               "sys.stdout.flush(); sys.stderr.flush(); os._exit(0)\n")
    done = subprocess.run([PYTHON, "-c", wrapper, *args], capture_output=True, text=True, timeout=timeout, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{done.stderr[-3000:]}")
    rss = [line for line in done.stderr.splitlines() if line.startswith("MAXRSS_KB")]
    return done.stdout, int(rss[-1].split()[1]) / 1024 if rss else float("nan")


class NoneGuard:
    """Give back the references to ``None`` that PySide6 6.12 on Python 3.11 drops.

    Nearly every ``QPainter.draw*`` call of PySide6-Essentials 6.12.0 decrements the
    reference count of ``None`` once (Python 3.12 made ``None`` immortal, so it goes
    unnoticed there); a process that paints enough items dies with "Fatal Python error:
    none_dealloc". The benchmark restores the count after each measured batch, outside
    the timed region, so that it can measure the painting at all. See docs/performance.md.
    """

    def __enter__(self) -> "NoneGuard":
        self.before = sys.getrefcount(None)
        return self

    def __exit__(self, *exc: object) -> None:
        import ctypes

        lost = self.before - sys.getrefcount(None)
        incref = ctypes.pythonapi.Py_IncRef
        incref.argtypes = [ctypes.py_object]
        for _ in range(max(0, lost)):
            incref(None)
