"""``timeline-app export PROJECT --format F -o OUT``: a project file to another format.

Formats are those of :data:`timeline_app.exchange.EXPORTERS`. The export is written to
a temporary file beside ``OUT`` and renamed, so a failure leaves no ``OUT`` behind.
"""
from __future__ import annotations

import argparse
from typing import Any

from timeline_app.cli import CliError
from timeline_app.exchange import EXPORTERS, ExchangeError, export_project
from timeline_app.store import ProjectFileError, load_project


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export", help="export a project (.tlproj) as an image or data file",
        description="Export a project file. Formats: " + "; ".join(f"{f.name}: {f.description}"
                                                                   for f in EXPORTERS.values()))
    parser.add_argument("project", metavar="PROJECT", help="the project file (.tlproj)")
    parser.add_argument("--format", "-f", required=True, choices=list(EXPORTERS), metavar="F",
                        help="one of " + ", ".join(EXPORTERS))
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="file to write (for timeml: a folder, or a .zip)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        project = load_project(args.project).project
        export_project(project, args.format, args.output)
    except (ProjectFileError, ExchangeError) as exc:
        raise CliError(str(exc).replace("\n", " ")) from None
    return 0
