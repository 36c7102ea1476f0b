"""Editing at scale: one command and its undo, at 1k / 10k / 100k events.

Each edit copies only the objects it can change (core/commands.py: ``Command.scope``), so
renaming an event or moving one with its dependents costs the same at any project size.
"""
from __future__ import annotations

from context import Context
from figures import Figure, median_seconds, unavailable


def measure(ctx: Context) -> list[Figure]:
    try:
        from timeline_app.core.commands import RenameEvent, SetEventTime, UndoStack
    except ImportError as exc:
        return [unavailable("edit.rename", "rename an event + undo", "ms", str(exc))]
    figures = []
    for events, documents in ctx.sizes:
        project = ctx.fresh_project(events, documents)
        ids = list(project.events)
        target = ids[len(ids) // 2]
        moved = next(e for e in project.events.values() if e.interval is not None)
        stack = UndoStack()

        def rename() -> None:
            stack.push(RenameEvent(project, target, "Renamed for the benchmark"))
            stack.undo()

        def move() -> None:
            assert moved.interval is not None
            later = type(moved.interval)(moved.interval.start.replace(day=1), moved.interval.end.replace(day=2))
            stack.push(SetEventTime(project, moved.id, later, moved.grain))
            stack.undo()

        figures.append(Figure(f"edit.rename.{events}", f"rename an event and undo it, {events:,} events",
                              median_seconds(rename, ctx.repeat(7, 3)) * 1000, "ms",
                              100.0 if events == 100_000 else None))
        figures.append(Figure(f"edit.move.{events}", f"move an event's date (dependents follow) and undo, {events:,} events",
                              median_seconds(move, ctx.repeat(7, 3)) * 1000, "ms",
                              100.0 if events == 100_000 else None))
    return figures
