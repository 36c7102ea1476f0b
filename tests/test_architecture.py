"""The Qt-free heart stays Qt-free: nothing outside the GUI layer imports Qt.

Checked two ways: statically (every import statement of every module, so a Qt import in
a rarely used function is caught too) and at run time (importing the CLI and the Qt-free
packages loads no Qt module), after napari's import-linter contract.
"""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "timeline_app"
QT_ALLOWED = {PACKAGE / "gui", PACKAGE / "exchange" / "image.py"}
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else \
            [node.module or ""] if isinstance(node, ast.ImportFrom) else []
        found.extend(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {name}"
                     for name in names if name.startswith(QT_MODULES))
    return found


def _allowed(path: Path) -> bool:
    return any(path == allowed or allowed in path.parents for allowed in QT_ALLOWED)


def test_no_qt_import_outside_the_gui_layer() -> None:
    offenders = [hit for path in sorted(PACKAGE.rglob("*.py")) if not _allowed(path) for hit in _qt_imports(path)]
    assert offenders == []


def test_the_gui_layer_really_is_where_qt_is_used() -> None:
    assert any(_qt_imports(path) for path in (PACKAGE / "gui").rglob("*.py"))


def test_headless_packages_load_no_qt_at_run_time() -> None:
    code = ("import sys, timeline_app.cli, timeline_app.temporal.tagger, timeline_app.core.commands, "
            "timeline_app.pipeline.parallel, timeline_app.store, timeline_app.exchange, timeline_app.cli.export; "
            "from timeline_app.cli import build_parser; build_parser(); "
            "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))); "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
