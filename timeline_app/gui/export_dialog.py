"""File > Export: images through :mod:`timeline_app.exchange.image`, data formats through
the exchange registry when it is installed."""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QMessageBox, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

IMAGE_FORMATS = ("png", "svg", "pdf")


def data_exporter() -> Any:
    """The exchange registry's ``export_project(project, fmt, path)``, or None without it."""
    try:
        module = importlib.import_module("timeline_app.exchange")
    except ImportError:
        return None
    return getattr(module, "export_project", None)


def data_formats() -> list[tuple[str, str]]:
    """``(name, description)`` of every non-image format the registry exports."""
    try:
        module = importlib.import_module("timeline_app.exchange")
    except ImportError:
        return []
    exporters = getattr(module, "EXPORTERS", {})
    return [(name, getattr(form, "description", name)) for name, form in exporters.items()
            if name not in IMAGE_FORMATS]


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.format = QComboBox(self)
        for fmt in IMAGE_FORMATS:
            self.format.addItem(fmt.upper(), fmt)
        for fmt, description in data_formats():
            self.format.addItem(f"{fmt} \u2014 {description}", fmt)
        self.whole = QRadioButton(self.tr("Whole timeline"), self)
        self.visible = QRadioButton(self.tr("Visible range"), self)
        self.whole.setChecked(True)
        self.width = QSpinBox(self)
        self.width.setRange(400, 20000)
        self.width.setValue(2400)
        self.width.setSuffix(" px")
        self.dpi = QSpinBox(self)
        self.dpi.setRange(48, 600)
        self.dpi.setValue(144)
        self.page = QComboBox(self)
        self.page.addItems(["A4", "A3", "Letter"])
        self.citations = QCheckBox(self.tr("Numbered source citations under the figure"), self)
        self.citations.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Format"), self.format)
        ranges = QVBoxLayout()
        ranges.addWidget(self.whole)
        ranges.addWidget(self.visible)
        form.addRow(self.tr("Range"), ranges)
        form.addRow(self.tr("&Width (PNG, SVG)"), self.width)
        form.addRow(self.tr("&DPI (PNG)"), self.dpi)
        form.addRow(self.tr("&Page (PDF)"), self.page)
        form.addRow("", self.citations)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(buttons)


def run_export_dialog(window: Any) -> None:
    dialog = ExportDialog(window)
    if not dialog.exec():
        return
    fmt = str(dialog.format.currentData())
    start_dir = window.settings.get("files.last_folder") or str(Path.home())
    name = f"{window.session.project.name or 'timeline'}.{fmt}"
    path, _ = QFileDialog.getSaveFileName(window, window.tr("Export as %s") % fmt.upper(),
                                          str(Path(start_dir) / name), f"{fmt.upper()} (*.{fmt})")
    if not path:
        return
    exporter = data_exporter()
    try:
        if fmt in IMAGE_FORMATS:
            from timeline_app.exchange.image import export_image

            options: dict[str, Any] = {"citations": dialog.citations.isChecked(), "page_size": dialog.page.currentText()}
            if fmt == "png":
                options.update(width=dialog.width.value(), dpi=float(dialog.dpi.value()))
            elif fmt == "svg":
                options.update(width=dialog.width.value())
            if dialog.visible.isChecked():
                options["start"], options["end"] = window.canvas.visible_range()
            if exporter is not None:
                exporter(window.session.project, fmt, path, **options)
            else:
                export_image(window.session.project, path, fmt, **options)
        elif exporter is None:
            QMessageBox.information(window, window.tr("Export"), window.tr("Exporting %s is not available yet.") % fmt)
            return
        else:
            exporter(window.session.project, fmt, path)
    except (ValueError, OSError) as exc:
        QMessageBox.warning(window, window.tr("Export"), str(exc))
        return
    window.statusBar().showMessage(window.tr("Exported %s") % path, 5000)
