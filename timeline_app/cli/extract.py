"""``timeline-app extract INPUT... [--published DATE | --published FILE=DATE ...] [--jobs N | --scheduler ADDRESS]``.

An INPUT is an article file (.txt, .md, .html), a folder (every such file inside it,
sorted) or a JSON Lines file (``.jsonl``, one article per line). Prints (or writes with
``-o``) the timeline as JSON (see docs/pipeline.md). A file or line that cannot be used
is reported on stderr as one line and the others still go through; the exit status is
then 1 (2 when nothing could be used at all). Articles are read and tagged on every
local core (``--jobs``) or on a Dask cluster (``--scheduler``); the timeline is the
same byte for byte either way (:mod:`timeline_app.pipeline.parallel`).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

from timeline_app.cli import CliError
from timeline_app.pipeline import PublicationDate, parse_published, timeline_to_dict
from timeline_app.pipeline.parallel import ClusterUnavailable, extract_all, work_items


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "extract", help="build a timeline from article files (.txt, .md, .html)",
        description="Read articles and print their event timeline as JSON.")
    parser.add_argument("files", nargs="+", metavar="INPUT",
                        help="article files (.txt, .md, .html), folders of them, or .jsonl files of articles "
                             '(one {"text", "title", "published", "source", "url"} object a line)')
    parser.add_argument("--published", action="append", default=[], metavar="DATE|FILE=DATE",
                        help="publication date for every file (DATE) or one file (FILE=DATE); "
                             "ISO 8601, e.g. 2020-03-12 or 2020-03-12T20:45+03:00; repeatable")
    parser.add_argument("--format", choices=["json"], default="json", help="output format (json)")
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of standard output")
    parser.add_argument("--jobs", "-j", type=_positive, metavar="N",
                        help="worker processes (default: every core; small inputs run in one process)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="run on the Dask cluster whose scheduler is at ADDRESS (e.g. tcp://host:8786); "
                             "needs the 'cluster' extra here and the app installed on the workers")
    parser.set_defaults(func=run)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def parse_published_options(values: list[str]) -> tuple[PublicationDate | None, dict[str, PublicationDate]]:
    """Split ``--published`` values into one date for all files and dates per file."""
    overall: PublicationDate | None = None
    per_file: dict[str, PublicationDate] = {}
    for value in values:
        name, sep, date_text = value.rpartition("=")
        try:
            if sep:
                per_file[name] = parse_published(date_text)
            else:
                if overall is not None:
                    raise CliError("--published DATE given twice; use FILE=DATE for per-file dates")
                overall = parse_published(value)
        except ValueError as exc:
            raise CliError(f"--published {value}: {exc}") from None
    return overall, per_file


def write_output(timeline: object, path: str | None) -> None:
    """Write ``timeline`` as JSON to ``path`` (stdout when None), or as a project file.

    The one place that decides the output form. For ``.tlproj`` the project is saved
    through :mod:`timeline_app.store` (atomically; refused if the project is open in
    another instance). Given a Project it is saved as it is; given the timeline JSON,
    the project is rebuilt from the same files (the JSON leaves out texts and mentions;
    see :func:`timeline_app.exchange.articles.rebuild_from_timeline`). An empty dict
    only checks that the project can be written there.
    """
    from timeline_app.core import Project

    if path is not None and path.endswith(".tlproj"):
        from timeline_app.exchange.articles import ArticleError, rebuild_from_timeline
        from timeline_app.store import ProjectFileError, is_locked, save_project

        if not Path(path).resolve().parent.is_dir():
            raise CliError(f"cannot write {path}: no such folder")
        if is_locked(path, by_others=True):
            raise CliError(f"{path}: open in another instance of timeline-app; close it there first")
        if isinstance(timeline, dict) and not timeline:
            return
        try:
            project = timeline if isinstance(timeline, Project) else rebuild_from_timeline(timeline)
            save_project(project, path)
        except (ProjectFileError, ArticleError) as exc:
            raise CliError(str(exc)) from None
        return
    if isinstance(timeline, Project):
        timeline = timeline_to_dict(timeline)
    text = json.dumps(timeline, ensure_ascii=False, indent=2) + "\n"
    if path is None:
        sys.stdout.write(text)
        return
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror or exc}") from None


def run(args: argparse.Namespace) -> int:
    overall, per_file = parse_published_options(args.published)
    if args.scheduler and importlib.util.find_spec("distributed") is None:
        raise CliError("--scheduler needs dask.distributed, which is not installed "
                       "(pip install 'timeline-app[cluster]')")
    items, errors = work_items(args.files, published=overall, published_by_file=per_file)
    named = {str(Path(f).resolve()) for f in args.files} | {str(Path(i.path).resolve()) for i in items if i.path}
    names = {Path(i.path).name for i in items if i.path}
    unknown = [name for name in per_file if str(Path(name).resolve()) not in named
               and not (Path(name).name == name and name in names)]
    if unknown:
        raise CliError(f"--published names a file not being extracted: {unknown[0]}")
    if args.output and args.output.endswith(".tlproj"):
        write_output({}, args.output)
    try:
        result = extract_all(items, jobs=args.jobs, scheduler=args.scheduler,
                             progress=_progress if sys.stderr.isatty() and len(items) > 1 else None)
    except ClusterUnavailable as exc:
        raise CliError(str(exc)) from None
    for message in errors + result.errors:
        print(f"timeline-app extract: error: {message}", file=sys.stderr)
    result.errors[:0] = errors
    if not result.project.documents:
        return 2
    for document in result.project.documents.values():
        if document.is_estimated and document.estimate is not None:
            print(f"timeline-app extract: {document.path}: publication date estimated as "
                  f"{document.published_iso()} (confidence {document.estimate.confidence:.2f}): "
                  + "; ".join(document.estimate.reasons), file=sys.stderr)
    tlproj = bool(args.output and args.output.endswith(".tlproj"))
    write_output(result.project if tlproj else timeline_to_dict(result.project), args.output)
    return 1 if result.errors else 0


def _progress(done: int, total: int, name: str) -> None:
    end = "\n" if done == total else ""
    print(f"\r\033[Ktimeline-app extract: {done}/{total} {Path(name).name}", end=end, file=sys.stderr, flush=True)
