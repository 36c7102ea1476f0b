"""Fixtures for GUI tests: a main window on the sample project, isolated settings."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from timeline_app.core.project import Project
from timeline_app.gui.sample import build_sample_project
from timeline_app.gui.session import Session
from timeline_app.gui.settings import Settings

# The offscreen platform warns about a window-manager hint it cannot honour; nothing to fix.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_configure(config: pytest.Config) -> None:
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)  # logs and settings never touch the real profile


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes would block a headless test forever: record them and answer Cancel/Ok."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def fake(kind: str, answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            shown.append((kind, text))
            return answer
        return show

    monkeypatch.setattr(QMessageBox, "question", fake("question", QMessageBox.StandardButton.Cancel))
    monkeypatch.setattr(QMessageBox, "warning", fake("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", fake("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", fake("critical", QMessageBox.StandardButton.Ok))
    return shown


@pytest.fixture(scope="session")
def sample_data() -> dict:
    return build_sample_project().to_dict()


@pytest.fixture
def sample_project(sample_data: dict) -> Project:
    return Project.from_dict(sample_data)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings: Settings, sample_project: Project) -> Iterator:  # type: ignore[no-untyped-def]
    from timeline_app.gui.views.main_window import MainWindow

    session = Session()
    win = MainWindow(session, settings)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    session.replace_project(sample_project)
    yield win
    session.undo_stack.setClean()
