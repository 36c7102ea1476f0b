"""``timeline-app import PROJECT FILE...``: add articles or events to an existing project.

Every file is read and checked before the project changes; then the project is saved
atomically. A project open in the GUI (locked) is refused. (The module is not named
``import``, a Python keyword; the subcommand is.)
"""
from __future__ import annotations

import argparse
import sys
from typing import Any

from timeline_app.cli import CliError
from timeline_app.exchange import IMPORTERS, ExchangeError, import_files
from timeline_app.pipeline import parse_published
from timeline_app.store import ProjectFileError, ProjectLockedError, acquire_lock, load_project, save_project


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import", help="add articles, events or another project to a project (.tlproj)",
        description="Add files to a project. Formats (guessed from the suffix unless --format): "
                    + "; ".join(f"{f.name}: {f.description}" for f in IMPORTERS.values()))
    parser.add_argument("project", metavar="PROJECT", help="the project file (.tlproj) to update")
    parser.add_argument("files", nargs="+", metavar="FILE", help="files to add")
    parser.add_argument("--format", "-f", choices=list(IMPORTERS), metavar="F",
                        help="read every FILE as F: " + ", ".join(IMPORTERS))
    parser.add_argument("--published", metavar="DATE",
                        help="publication date of the articles (ISO 8601), when their files do not say")
    parser.add_argument("--create", action="store_true", help="create PROJECT if it does not exist")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from timeline_app.core import Project

    try:
        published = parse_published(args.published) if args.published else None
    except ValueError as exc:
        raise CliError(f"--published {args.published}: {exc}") from None
    path = Path(args.project)
    try:
        with acquire_lock(path):
            if not path.exists() and args.create:
                loaded_project, view = Project(path.stem), None
            else:
                loaded = load_project(path)
                loaded_project, view = loaded.project, loaded.view
            command = import_files(loaded_project, args.files, args.format, published)
            save_project(loaded_project, path, view)
    except (ProjectFileError, ExchangeError) as exc:
        raise CliError(str(exc).replace("\n", " ")) from None
    except ProjectLockedError as exc:
        raise CliError(str(exc)) from None
    print(f"timeline-app import: {len(command.added_events)} event(s) added to {path}", file=sys.stderr)
    return 0
