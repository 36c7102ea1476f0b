"""Image export: PNG (width, DPI), SVG, multi-page PDF, ranges, refusals."""
from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from timeline_app.core.project import Project
from timeline_app.exchange.image import Figure, FigureOptions, ImageExportError, export_image


@pytest.fixture(scope="module")
def project() -> Project:
    from timeline_app.gui.sample import build_sample_project

    return build_sample_project()


def test_png_has_the_width_and_dpi_asked_for(qapp, project: Project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    out = export_image(project, tmp_path / "t.png", "png", width=1800, dpi=192)
    image = QImage(str(out))
    assert image.width() == 1800 and image.height() > 300
    assert round(image.dotsPerMeterX() * 0.0254) == 192
    assert len({image.pixel(x, image.height() // 2) for x in range(0, 1800, 7)}) > 3, "not a blank image"


def test_svg_is_vector_with_title_and_legend(qapp, project: Project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = export_image(project, tmp_path / "t.svg", "svg", title="Idlib, March 2020").read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "Idlib, March 2020" in text and "Diplomacy" in text and "[1]" in text


def test_pdf_splits_long_timelines_into_pages(qapp, project: Project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    one = export_image(project, tmp_path / "one.pdf", "pdf").read_bytes()
    assert one.startswith(b"%PDF") and one.count(b"/Type /Page\n") + one.count(b"/Type /Page ") + \
        one.count(b"/Type/Page") >= 1
    figure = Figure(project, FigureOptions(events_per_page=4))
    assert len(figure.page_ranges()) >= 3
    many = export_image(project, tmp_path / "many.pdf", "pdf", events_per_page=4, page_size="A3").read_bytes()
    assert many.count(b"/Type /Page") > one.count(b"/Type /Page")


def test_visible_range_only(qapp, project: Project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = export_image(project, tmp_path / "r.svg", "svg", start=datetime(2020, 3, 1),
                        end=datetime(2020, 3, 15)).read_text(encoding="utf-8")
    assert "01 Mar 2020" in text


@pytest.mark.parametrize(("fmt", "options", "message"), [
    ("gif", {}, "unknown image format"),
    ("png", {"width": 10}, "out of range"),
    ("png", {"colour": "red"}, "unknown option"),
    ("pdf", {"page_size": "B9"}, "unknown page size"),
])
def test_refusals_are_one_line(qapp, project: Project, tmp_path: Path, fmt: str, options: dict,  # type: ignore[no-untyped-def]
                               message: str) -> None:
    with pytest.raises(ImageExportError, match=message):
        export_image(project, tmp_path / f"x.{fmt}", fmt, **options)


def test_works_without_a_running_gui(tmp_path: Path) -> None:
    code = ("from timeline_app.gui.sample import build_sample_project; "
            "from timeline_app.exchange.image import export_image; "
            f"export_image(build_sample_project(), {str(tmp_path / 'cli.png')!r}, 'png')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "cli.png").stat().st_size > 1000
