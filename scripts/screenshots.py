"""Render the screenshots in docs/screenshots/ offscreen (no display needed).

    .venv/bin/python scripts/screenshots.py [OUT_DIR]

Shots: the main window on the sample project (fit all, and zoomed to March 2020 with an
event selected), the canvas at several zoom levels, and synthetic projects of 100 and
10,000 events, plus a PNG figure from the image exporter.
"""
from __future__ import annotations

import os
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from timeline_app.core.category import Category  # noqa: E402
from timeline_app.core.event import Event, EventKind  # noqa: E402
from timeline_app.core.project import Project  # noqa: E402
from timeline_app.core.times import day_interval, value_for  # noqa: E402
from timeline_app.temporal.model import Grain, Interval  # noqa: E402

WORDS = ("talks", "ceasefire", "shelling", "convoy", "statement", "summit", "offensive", "patrol", "agreement",
         "evacuation", "strike", "visit", "vote", "protest", "report")


def synthetic(n: int, years: int, seed: int = 7) -> Project:
    rng = random.Random(seed)
    project = Project(f"{n:,} synthetic events")
    colours = ("#4a7fc1", "#d9822b", "#3d9a5b", "#b5478f")
    for k, name in enumerate(("Diplomacy", "Fighting", "Humanitarian", "Politics")):
        project.categories[f"c{k + 1}"] = Category(f"c{k + 1}", name, colours[k])
    start = datetime(2024 - years, 1, 1)
    for i in range(n):
        day = start + timedelta(days=rng.randrange(0, 365 * years))
        if rng.random() < 0.15:
            interval, grain, kind = Interval(day, day + timedelta(days=rng.randrange(3, 40))), Grain.DAY, EventKind.PERIOD
        elif rng.random() < 0.1:
            first = datetime(day.year, day.month, 1)
            interval, grain, kind = Interval(first, first + timedelta(days=30)), Grain.MONTH, EventKind.POINT
        else:
            interval, grain, kind = day_interval(day), Grain.DAY, EventKind.POINT
        title = f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} #{i + 1}"
        project.events[f"e{i + 1}"] = Event(f"e{i + 1}", title, value=value_for(interval, grain), interval=interval,
                                            grain=grain, kind=kind, category_id=f"c{rng.randrange(4) + 1}", sequence=i)
    return project


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(out / ".settings"))
    from timeline_app.gui.app import create_application
    from timeline_app.gui.sample import build_sample_project
    from timeline_app.gui.views.main_window import MainWindow

    app = create_application([])
    assert isinstance(app, QApplication)
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shot(name: str, widget=None) -> None:  # type: ignore[no-untyped-def]
        settle()
        (widget or window).grab().save(str(out / f"{name}.png"))
        print("wrote", out / f"{name}.png")

    window.session.replace_project(build_sample_project())
    settle()
    window.canvas.fit_all()
    shot("main-window-sample")
    project = window.session.project
    talks = next(e for e in project.events.values() if e.value == "2020-03-07")
    window.canvas.show_range(datetime(2020, 2, 10), datetime(2020, 3, 16))
    window.session.select([talks.id])
    shot("main-window-selected")
    canvas = window.canvas
    for name, (start, end) in {
        "zoom-years": (datetime(2010, 6, 1), datetime(2021, 1, 1)),
        "zoom-months": (datetime(2019, 11, 1), datetime(2020, 4, 15)),
        "zoom-days": (datetime(2020, 3, 3), datetime(2020, 3, 15)),
        "zoom-hours": (datetime(2020, 3, 12, 0), datetime(2020, 3, 13, 12)),
    }.items():
        canvas.show_range(start, end)
        shot(f"canvas-{name}", canvas)
    window.session.select([])
    for n, years in ((100, 2), (10_000, 10)):
        window.session.replace_project(synthetic(n, years))
        settle()
        canvas.fit_all()
        shot(f"canvas-{n}-events-all", canvas)
        canvas.show_range(datetime(2023, 3, 1), datetime(2023, 3, 22) if n > 100 else datetime(2023, 5, 1))
        shot(f"canvas-{n}-events-zoomed", canvas)
    window.session.undo_stack.setClean()

    from timeline_app.exchange.image import export_image

    export_image(build_sample_project(), out / "figure-sample.png", "png", width=1800, dpi=120,
                 title="Idlib ceasefire, as reported on 12 March 2020")
    print("wrote", out / "figure-sample.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "screenshots"))
