"""Headless entry points: ``timeline-app SUBCOMMAND ...``; no subcommand starts the GUI.

Each subcommand lives in its own module of this package (a package rather than one
``cli.py`` so that subcommands grow independently) and exposes ``register(subparsers)``,
which adds its parser and sets ``func`` to a callable taking the parsed arguments and
returning the exit code.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

SUBCOMMANDS = ("annotate", "evaluate", "extract", "export", "importer")


class CliError(Exception):
    """A user-facing failure: printed as one line on stderr, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-app",
        description="Reconstruct event timelines from news articles. "
        "With no subcommand, starts the desktop application.",
    )
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")
    for name in SUBCOMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0].startswith("-psn") or (
        args_list[0].endswith(".tlproj") and len(args_list) == 1
    ):
        from timeline_app.gui.app import run_gui

        return run_gui(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args))
    except CliError as exc:
        print(f"timeline-app {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"timeline-app {args.command}: interrupted", file=sys.stderr)
        return 130
    except (OSError, ValueError) as exc:
        print(f"timeline-app {args.command}: error: {exc}", file=sys.stderr)
        return 1
