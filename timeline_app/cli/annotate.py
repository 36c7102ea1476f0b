"""``timeline-app annotate``: tag temporal expressions in TimeML files or plain text.

TimeML in, TimeML out (``IN OUT --format timeml``; a folder maps to a folder with the
same file names) is what the TempEval-3 tooling and :mod:`timeline_app.cli.evaluate`
read. Plain text is for people: a table, or ``--json`` for scripts.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from timeline_app.cli import CliError
from timeline_app.exchange.timeml import (
    TimeMLError, decode_xml, encode_xml, find_documents, is_meantime, tag_meantime, tag_timeml,
)
from timeline_app.temporal import Reference, Timex, find_timexes

__all__ = ["annotate_timeml", "read_text", "register", "render_json", "render_table", "run"]

Tagger = Callable[[str, Reference], list[Timex]]

PROG = "timeline-app annotate"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "annotate",
        help="tag temporal expressions in TimeML files or plain text",
        description="Tag temporal expressions. TimeML (.tml file or folder): the TIMEX3 inside "
        "<TEXT> are replaced by ours, resolved against each file's DCT. Plain text: prints a "
        "table (or JSON) of the expressions, resolved against --reference.",
    )
    parser.add_argument("input", metavar="IN", help="a .tml file, a folder of them, a text file, or - for stdin")
    parser.add_argument(
        "output", metavar="OUT", nargs="?",
        help="where to write: a file, or a folder (created if missing) for a folder IN; default stdout",
    )
    parser.add_argument(
        "--format", choices=("timeml", "text"),
        help="how to read IN (default: timeml for folders and .tml files, text otherwise)",
    )
    parser.add_argument(
        "--reference", metavar="WHEN",
        help="reference time, e.g. 2020-03-12 or 2020-03-12T20:45+03:00 "
        "(required for text; for TimeML it overrides the DCT)",
    )
    parser.add_argument("--json", action="store_true", help="plain text only: print JSON instead of a table")
    parser.add_argument("--force", action="store_true",
                        help="plain text only: overwrite an existing OUT file (TimeML output files are rewritten)")
    parser.set_defaults(func=run)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.resolve() == b.resolve()
    except OSError:
        return False


def run(args: argparse.Namespace, *, tag: Tagger = find_timexes) -> int:
    """Dispatch on the input format; ``tag`` is the engine (replaceable for tests and tools)."""
    reference = _parse_reference(args.reference) if args.reference else None
    source = Path(args.input)
    if args.output and args.input != "-" and _same_file(source, Path(args.output)):
        raise CliError(f"{args.output} is IN itself; write the result elsewhere (IN is never overwritten)")
    is_timeml = args.format == "timeml" or (
        args.format is None and args.input != "-" and (source.is_dir() or source.suffix.lower() in (".tml", ".xml"))
    )
    if is_timeml:
        if args.json:
            raise CliError("--json is for plain text; TimeML output is TimeML")
        return annotate_timeml(source, Path(args.output) if args.output else None, reference, tag=tag)
    if reference is None:
        raise CliError("plain text needs --reference (the publication date), e.g. --reference 2020-03-12")
    if source.is_dir():
        raise CliError(f"{source} is a folder; only TimeML folders can be annotated (--format timeml)")
    text = read_text(args.input)
    timexes = _tag(tag, text, reference)
    rendered = render_json(timexes, reference) if args.json else render_table(timexes)
    if args.output:
        target = Path(args.output)
        if target.exists() and not getattr(args, "force", False):
            raise CliError(f"{target} exists; annotate takes one IN and one OUT, so it was left as it is "
                           "(--force overwrites it)")
        target.write_text(rendered + "\n", encoding="utf-8")
    else:
        print(rendered)
    return 0


def _parse_reference(text: str) -> Reference:
    try:
        return Reference.parse(text)
    except ValueError as exc:
        raise CliError(f"--reference: {exc}") from None


def _tag(tag: Tagger, text: str, reference: Reference) -> list[Timex]:
    try:
        return tag(text, reference)
    except ImportError as exc:
        raise CliError(f"the temporal engine is not available ({exc})") from None


def read_text(source: str) -> str:
    """The text of a file (or ``-`` for stdin), decoded as the article loader does.

    One decoder for the whole app (:func:`timeline_app.pipeline.loading.decode`): BOMs
    honoured, UTF-8 preferred, clean Windows-1252 accepted, binary data refused.
    """
    from timeline_app.pipeline.loading import LoadError, decode

    name = "stdin" if source == "-" else source
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except FileNotFoundError:
        raise CliError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise CliError(f"{name}: is a folder, not a text file") from None
    try:
        text = decode(data, name)
    except LoadError as exc:
        raise CliError(str(exc)) from None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            print(f"{PROG}: warning: {name} is not UTF-8; read it as Windows-1252", file=sys.stderr)
    return text


def render_table(timexes: Sequence[Timex]) -> str:
    """One line per expression, columns aligned; the explanation is last since it is long."""
    header = ("TEXT", "TYPE", "VALUE", "MOD", "EARLIEST..LATEST", "EXPLANATION")
    rows = [header]
    for timex in timexes:
        earliest, latest = timex.interval.inclusive() if timex.interval else ("", "")
        span = f"{earliest}..{latest}" if earliest and earliest != latest else earliest
        rows.append((
            " ".join(timex.text.split()), str(timex.type), timex.value, timex.mod or "", span,
            " ".join(timex.explanation.split()),
        ))
    if len(rows) == 1:
        return "(no temporal expressions)"
    widths = [max(len(row[column]) for row in rows) for column in range(len(header) - 1)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[-1]
        for row in rows
    ).rstrip()


def render_json(timexes: Sequence[Timex], reference: Reference) -> str:
    """``Timex.to_dict()`` for each expression, each carrying the reference it was resolved against."""
    return json.dumps(
        [{**timex.to_dict(), "reference": reference.isoformat()} for timex in timexes],
        ensure_ascii=False,
        indent=2,
    )


def annotate_timeml(
    source: Path, target: Path | None, reference: Reference | None, *, tag: Tagger = find_timexes
) -> int:
    """Annotate one .tml file or a folder of them; returns the exit status.

    In a folder, a file that cannot be read is reported and skipped, and the exit status
    is 1 at the end; a single bad file is a :class:`CliError` (status 2).
    """
    if source.is_dir():
        if target is None:
            raise CliError("a folder IN needs an OUT folder")
        if target.exists() and not target.is_dir():
            raise CliError(f"{target} is a file; a folder IN needs an OUT folder")
        if _same_file(source, target):
            raise CliError(f"{target} is IN itself; write the result elsewhere (IN is never overwritten)")
        documents = find_documents(source, (".tml", ".xml"))
        if not documents:
            raise CliError(f"{source}: no .tml or .xml files in this folder")
        failed = 0
        for name, path in documents:
            try:
                _annotate_file(path, target / name, reference, tag, name)
            except (TimeMLError, OSError) as exc:
                print(f"{PROG}: error: {_message(exc, name)}", file=sys.stderr)
                failed += 1
            except CliError:
                raise
            except Exception as exc:  # an engine bug on one text must not stop the corpus
                print(f"{PROG}: error: {name}: the engine failed ({type(exc).__name__}: {exc})", file=sys.stderr)
                failed += 1
        if failed:
            print(f"{PROG}: {failed} of {len(documents)} files failed", file=sys.stderr)
        return 1 if failed else 0
    if not source.is_file():
        raise CliError(f"{source}: no such file or folder")
    if target is not None and target.is_dir():
        target = target / source.name
    if target is not None and _same_file(source, target):
        raise CliError(f"{target} is IN itself; write the result elsewhere (IN is never overwritten)")
    try:
        _annotate_file(source, target, reference, tag, source.name)
    except (TimeMLError, OSError) as exc:
        raise CliError(_message(exc, source.name)) from None
    return 0


def _message(exc: Exception, name: str) -> str:
    if isinstance(exc, TimeMLError):
        return str(exc)
    return f"{name}: {exc.strerror or exc}" if isinstance(exc, OSError) else f"{name}: {exc}"


def _annotate_file(source: Path, target: Path | None, reference: Reference | None, tag: Tagger, name: str) -> None:
    content = decode_xml(source.read_bytes(), name)
    notes: list[str] = []
    tagger = tag_meantime if is_meantime(content) else tag_timeml
    written, skipped = tagger(content, name=name, reference=reference, tag=lambda t, r: _tag(tag, t, r), notes=notes)
    for note in notes:
        print(f"{PROG}: note: {note}", file=sys.stderr)
    for timex in skipped:
        print(
            f"{PROG}: warning: {name}: left out {timex.text!r} at {timex.start}: it overlaps another "
            "expression or crosses an existing tag",
            file=sys.stderr,
        )
    if target is None:
        sys.stdout.write(written)
        sys.stdout.flush()
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(encode_xml(written))

