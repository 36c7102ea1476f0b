"""Importers and exporters behind a registry (no Qt, except the GUI's image export).

    export_project(project, "csv", "out.csv")          # any of EXPORTERS
    command = prepare_import(project, ["a.html", "b.ics"])
    command.do()                                         # or push it on the undo stack

See ``docs/projects-and-exchange.md`` for every format.
"""
from __future__ import annotations

from timeline_app.exchange.merging import ImportCommand, import_files, merge_fragment, prepare_import
from timeline_app.exchange.registry import (EXPORTERS, IMAGE_FORMATS, IMPORTERS, ExchangeError, export_project,
                                            guess_import_format, read_file)

__all__ = ["EXPORTERS", "IMAGE_FORMATS", "IMPORTERS", "ExchangeError", "ImportCommand", "export_project",
           "guess_import_format", "import_files", "merge_fragment", "prepare_import", "read_file"]
