"""Saving and opening the project file (``.tlproj``) at 1k / 10k / 100k events."""
from __future__ import annotations

from context import Context
from figures import Figure, median_seconds, unavailable


def measure(ctx: Context) -> list[Figure]:
    try:
        from timeline_app.store import load_project, save_project
    except ImportError as exc:
        return [unavailable("store.save", "save project", "s", str(exc)),
                unavailable("store.open", "open project (file to model)", "s", str(exc))]
    figures = []
    for events, documents in ctx.sizes:
        project = ctx.project(events, documents)
        target = ctx.workdir / f"save-{events}.tlproj"
        saving = median_seconds(lambda: save_project(project, target), ctx.repeat(5, 3))
        opening = median_seconds(lambda: load_project(target), ctx.repeat(5, 3))
        size_mb = target.stat().st_size / 1e6
        limit = 2.0 if events == 100_000 else None
        figures.append(Figure(f"store.save.{events}", f"save {events:,} events ({size_mb:.0f} MB file)", saving,
                              "s", limit))
        figures.append(Figure(f"store.open.{events}", f"open {events:,} events (file to model)", opening, "s"))
    return figures
