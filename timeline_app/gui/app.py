"""Starts the desktop application.

``run_gui(argv)`` (called by ``timeline-app`` with no subcommand, and by ``main.py``)
opens the project given on the command line, else the last project, else the bundled
sample project, so a new user sees a real timeline at once. An uncaught exception is
logged with its traceback and shown to the user as a plain message, never as a
traceback.
"""
from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

log = logging.getLogger("timeline_app")
APP_NAME = "timeline-app"
ORGANISATION = "timeline-app"


def log_path() -> Path:
    from PySide6.QtCore import QStandardPaths

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation) or Path.home())
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "timeline.log"


def install_excepthook() -> None:
    """Log uncaught exceptions and show a short message box instead of a traceback."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, error, trace)))
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None:
            return
        box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("app", "Something went wrong"),
                          QApplication.translate("app", "The last action could not be completed: %s\n\n"
                                                 "Your project is unchanged unless you saw the change happen. "
                                                 "Details were written to %s.") % (error, log_path()))
        box.setObjectName("errorBox")
        box.exec()

    sys.excepthook = hook


def configure_logging() -> None:
    try:
        handler: logging.Handler = logging.FileHandler(log_path(), encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def create_application(argv: Sequence[str]) -> "object":
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(_version())
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationDisplayName("Timeline")  # type: ignore[attr-defined]
    return app


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("timeline-app")
    except metadata.PackageNotFoundError:
        return "0"


def open_start_project(window: "object", argv: Sequence[str]) -> None:
    """The project on the command line, else the last one, else the sample project."""
    from timeline_app.gui.sample import build_sample_project
    from timeline_app.gui.views.main_window import MainWindow

    assert isinstance(window, MainWindow)
    given = [Path(a) for a in argv if a.endswith(".tlproj")]
    if given and window.open_path(given[0], ask=False):
        return
    last = window.settings.get("files.last_project")
    if not given and last and window.settings.get("files.open_last_project") and Path(last).is_file():
        if window.open_path(Path(last), ask=False):
            return
    if window.offer_untitled_recovery():
        return
    window.session.replace_project(build_sample_project())
    window.statusBar().showMessage(window.tr("This is the sample project, built from one news article. "
                                             "Import your own with File \u203a Import Articles."), 15000)


def run_gui(argv: Sequence[str]) -> int:
    app = create_application(argv)
    configure_logging()
    install_excepthook()
    from timeline_app.gui.views.main_window import MainWindow

    window = MainWindow()
    window.show()
    open_start_project(window, argv)
    return int(app.exec())  # type: ignore[attr-defined]
