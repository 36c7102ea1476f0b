"""Temporal engine and pipeline throughput: characters per second, and growth with document length.

One document of 1 KB, 10 KB, 100 KB and 1 MB of real news text (corpus articles joined)
is tagged whole; linear growth shows as a flat characters-per-second column.
"""
from __future__ import annotations

from datetime import datetime

from context import Context
from figures import Figure, median_seconds
from generate import document_of_length

LENGTHS = [1_000, 10_000, 100_000, 1_000_000]


def measure(ctx: Context) -> list[Figure]:
    from timeline_app.temporal import Reference, find_timexes

    reference = Reference(datetime(2020, 3, 12))
    find_timexes("warm-up on Thursday", reference)
    figures = []
    for length in LENGTHS[:3] if ctx.quick else LENGTHS:
        text = document_of_length(length)
        seconds = median_seconds(lambda: find_timexes(text, reference),
                                 ctx.repeat(3 if length >= 1_000_000 else 7, 3))
        figures.append(Figure(f"engine.chars_per_s.{length}", f"engine, one {length // 1000:,} KB document",
                              len(text) / seconds, "chars/s", higher_is_better=True))
    try:
        import bench_pipeline

        present = [c for c in (bench_pipeline.DATA / "TimeBank",) if c.is_dir()]
        for corpus in present:
            row = bench_pipeline.run(corpus, ctx.repeat(3, 1))
            figures.append(Figure("pipeline.chars_per_s.timebank",
                                  f"whole pipeline, TimeBank ({row['documents']:.0f} docs, one project)",
                                  row["chars_per_s"], "chars/s", higher_is_better=True))
    except ImportError:
        pass
    return figures
