"""Import and extract real articles with the real pipeline: 1,000 articles on 2 worker processes.

The articles are the corpus texts (see generate.articles) written as one JSON Lines file,
read by the same code as ``timeline-app extract feed.jsonl --jobs 2``.
"""
from __future__ import annotations

import json

from context import Context
from figures import Figure, median_seconds
from generate import article_records


def measure(ctx: Context) -> list[Figure]:
    from timeline_app.pipeline.parallel import extract_all, work_items

    count = 100 if ctx.quick else 1000
    feed = ctx.workdir / f"articles-{count}.jsonl"
    with feed.open("w", encoding="utf-8") as handle:
        for record in article_records(count, ctx.seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    figures = []
    events = 0

    def run(jobs: int) -> None:
        nonlocal events
        items, _ = work_items([feed])
        result = extract_all(items, jobs=jobs)
        events = len(result.project.events)

    for jobs in (2, 1):
        seconds = median_seconds(lambda: run(jobs), 1)
        figures.append(Figure(f"extract.{count}.jobs{jobs}", f"import + extract {count:,} articles, --jobs {jobs}",
                              seconds, "s", 30.0 if count == 1000 and jobs == 2 else None,
                              note=f"{events:,} events"))
    return figures
