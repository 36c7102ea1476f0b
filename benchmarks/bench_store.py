"""Saving and opening the project file (``.tlproj``) at 1k / 10k / 100k events.

Opening leaves a project's mentions in memory as rows until first use (store/deferred.py),
so "open" is file to model without them; "open and build every mention" adds that first
use, and "save a just-opened project" is a save that copies the deferred mention rows.
"""
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
        again = ctx.workdir / f"resave-{events}.tlproj"
        saving = median_seconds(lambda: save_project(project, target), ctx.repeat(5, 3))
        opening = median_seconds(lambda: load_project(target), ctx.repeat(5, 3))
        building = median_seconds(lambda: load_project(target).project.mentions, ctx.repeat(3, 3))
        opened = load_project(target).project
        resaving = median_seconds(lambda: save_project(opened, again), ctx.repeat(3, 3))
        del opened
        size_mb = target.stat().st_size / 1e6
        limit = 2.0 if events == 100_000 else None
        figures.append(Figure(f"store.save.{events}", f"save {events:,} events ({size_mb:.0f} MB file)", saving,
                              "s", limit))
        figures.append(Figure(f"store.open.{events}", f"open {events:,} events (file to model, mentions deferred)",
                              opening, "s"))
        figures.append(Figure(f"store.open_all.{events}", f"open {events:,} events and build every mention",
                              building, "s"))
        figures.append(Figure(f"store.resave.{events}", f"save a just-opened {events:,}-event project", resaving,
                              "s", limit))
    return figures
