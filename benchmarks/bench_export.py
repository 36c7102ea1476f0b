"""Exporting the timeline as a figure: PNG and PDF of 10,000 events (Qt painter)."""
from __future__ import annotations

from context import Context
from figures import Figure, NoneGuard, median_seconds, unavailable


def measure(ctx: Context) -> list[Figure]:
    try:
        from timeline_app.exchange.image import export_image
    except ImportError as exc:
        return [unavailable("export.png", "export PNG", "s", str(exc), 3.0),
                unavailable("export.pdf", "export PDF", "s", str(exc), 5.0)]
    events, documents = (1_000, 100) if ctx.quick else (10_000, 1_000)
    project = ctx.project(events, documents)
    figures = []
    for fmt, target in (("png", 3.0), ("pdf", 5.0)):
        path = ctx.workdir / f"figure-{events}.{fmt}"
        def export() -> None:
            with NoneGuard():  # outside the timing would be better; its cost is a loop of increfs
                export_image(project, path, fmt)

        seconds = median_seconds(export, ctx.repeat(3, 1))
        figures.append(Figure(f"export.{fmt}.{events}", f"export {events:,} events to {fmt.upper()} "
                              f"({path.stat().st_size / 1e6:.1f} MB)", seconds, "s",
                              target if events == 10_000 else None))
    return figures
