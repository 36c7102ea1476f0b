"""``timeline-app evaluate``: TempEval-3 Task A scores of TIMEX3 annotations.

Two uses. ``evaluate GOLD SYSTEM`` compares two annotated copies of a corpus (files are
paired by name), e.g. our ``annotate`` output or another tagger's. ``evaluate GOLD
--run`` tags GOLD's own text with the engine, in memory, against each document's DCT:
the loop developers use while tuning rules, on TempEval-3 .tml or MEANTIME CAT .xml.
The measures are defined in :mod:`timeline_app.temporal.scoring` and docs/timeml.md.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from timeline_app.cli import CliError
from timeline_app.exchange.creation_time import tag_document
from timeline_app.exchange.timeml import TimeMLDocument, TimeMLError, find_documents, read_document
from timeline_app.temporal import Reference, Timex, find_timexes
from timeline_app.temporal.scoring import Comparison, Error, Score, score
from timeline_app.temporal.units import split_ranges

__all__ = ["Evaluation", "evaluate", "register", "render_errors", "render_score", "run"]

Tagger = Callable[[str, Reference], list[Timex]]

PROG = "timeline-app evaluate"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "evaluate",
        help="score TIMEX3 annotations against gold (TempEval-3 Task A)",
        description="Score temporal expressions against a gold corpus: strict and relaxed "
        "extent P/R/F1, type and value accuracy, value F1 (see docs/timeml.md). "
        "GOLD is a .tml file, a MEANTIME .xml file, or a folder of them.",
    )
    parser.add_argument("gold", metavar="GOLD", help="gold .tml/.xml file or folder")
    parser.add_argument(
        "system", metavar="SYSTEM", nargs="?",
        help="system .tml file or folder, files paired with GOLD's by name",
    )
    parser.add_argument(
        "--run", action="store_true",
        help="instead of reading SYSTEM, run the engine on GOLD's text with its DCT",
    )
    parser.add_argument("--errors", action="store_true", help="list wrong values/types, extents, missed and spurious")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(func=run)


@dataclass(slots=True)
class Evaluation:
    """A score plus what happened on the way: notes (skipped documents, missing system
    files) and failures (unreadable files), each one line."""

    score: Score
    notes: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def run(args: argparse.Namespace, *, tag: Tagger = find_timexes) -> int:
    if args.run and args.system:
        raise CliError("give either SYSTEM or --run, not both")
    if not args.run and not args.system:
        raise CliError("give a SYSTEM file or folder to compare with, or --run to tag GOLD with the engine")
    evaluation = evaluate(Path(args.gold), None if args.run else Path(args.system), tag=tag)
    for line in evaluation.notes:
        print(f"{PROG}: note: {line}", file=sys.stderr)
    for line in evaluation.failures:
        print(f"{PROG}: error: {line}", file=sys.stderr)
    if args.json:
        payload: dict[str, object] = {
            "score": evaluation.score.to_dict(),
            "notes": evaluation.notes,
            "failures": evaluation.failures,
        }
        if args.errors:
            payload["errors"] = [
                {**asdict(error), "kind": str(error.kind)} for error in evaluation.score.errors
            ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        if args.errors:
            print(render_errors(evaluation.score.errors))
            print()
        print(render_score(evaluation.score))
    return 1 if evaluation.failures else 0


def evaluate(gold: Path, system: Path | None, *, tag: Tagger = find_timexes) -> Evaluation:
    """Score ``system`` (or, when None, the engine run on ``gold``) against ``gold``.

    A gold file that cannot be read is a failure and leaves the score; a missing system
    file counts all its gold as missed (a note says so); with the engine, a document
    with no usable DCT is resolved as ``annotate`` would (a note says how: see
    :mod:`timeline_app.exchange.creation_time`), and a document the engine fails on is a
    failure whose gold counts as missed.
    """
    documents = _gold_files(gold)
    comparisons: list[Comparison] = []
    evaluation = Evaluation(Score())
    system_files = _SystemFiles(system, gold) if system is not None else None
    for name, path in documents:
        try:
            document = read_document(path, name=name, require_dct=False)
        except (TimeMLError, OSError) as exc:
            evaluation.failures.append(_message(exc, name))
            continue
        if system_files is None:
            try:
                found = split_ranges(tag_document(document, tag, notes=evaluation.notes))  # as TimeML marks ranges
            except ImportError as exc:
                raise CliError(f"the temporal engine is not available ({exc})") from None
            except Exception as exc:  # an engine bug on one text must not hide the corpus score
                evaluation.failures.append(
                    f"{name}: the engine failed ({type(exc).__name__}: {exc}); its gold counts as missed"
                )
                found = []
            comparisons.append(Comparison(name, document.timexes, found, document.unscored))
            continue
        system_path = system_files.find(name)
        if system_path is None:
            evaluation.notes.append(
                f"{name}: no system file; its {len(document.timexes)} gold expressions count as missed"
            )
            comparisons.append(Comparison(name, document.timexes, (), document.unscored))
            continue
        try:
            output = read_document(system_path, name=name, require_dct=False)
        except (TimeMLError, OSError) as exc:
            evaluation.failures.append(_message(exc, str(system_path)))
            comparisons.append(Comparison(name, document.timexes, (), document.unscored))
            continue
        if output.text != document.text:
            evaluation.failures.append(
                f"{system_path}: its text differs from the gold text (at character "
                f"{_first_difference(output.text, document.text)}), so offsets cannot be compared"
            )
            comparisons.append(Comparison(name, document.timexes, (), document.unscored))
            continue
        comparisons.append(Comparison(name, document.timexes, output.timexes, document.unscored))
    evaluation.score = score(comparisons)
    return evaluation


def _gold_files(gold: Path) -> list[tuple[str, Path]]:
    if gold.is_dir():
        documents = find_documents(gold)
        if not documents:
            raise CliError(f"{gold}: no .tml or .xml files in this folder")
        return documents
    if gold.is_file():
        return [(gold.name, gold)]
    raise CliError(f"{gold}: no such file or folder")


class _SystemFiles:
    """Finds the system file paired with a gold document: same relative path, else same
    file name anywhere under SYSTEM (tools often flatten corpus sub-folders)."""

    def __init__(self, system: Path, gold: Path) -> None:
        if not system.exists():
            raise CliError(f"{system}: no such file or folder")
        if gold.is_dir() and not system.is_dir():
            raise CliError(f"{system} is a file; a GOLD folder needs a SYSTEM folder")
        self.system = system
        self.by_name: dict[str, list[Path]] = {}
        if system.is_dir():
            for _, path in find_documents(system):
                self.by_name.setdefault(path.name, []).append(path)

    def find(self, name: str) -> Path | None:
        if self.system.is_file():
            return self.system
        exact = self.system / name
        if exact.is_file():
            return exact
        candidates = self.by_name.get(Path(name).name, [])
        return candidates[0] if len(candidates) == 1 else None


def _first_difference(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


def _message(exc: Exception, name: str) -> str:
    if isinstance(exc, TimeMLError):
        return str(exc)
    return f"{name}: {exc.strerror or exc}" if isinstance(exc, OSError) else f"{name}: {exc}"


def _percent(fraction: float) -> str:
    return f"{100 * fraction:5.1f}"


def render_score(result: Score) -> str:
    """The compact table: percentages with one decimal, then the counts behind them."""
    lines = [
        "             P      R     F1",
        f"strict   {_percent(result.strict_precision)}  {_percent(result.strict_recall)}  {_percent(result.strict_f1)}",
        f"relaxed  {_percent(result.relaxed_precision)}  {_percent(result.relaxed_recall)}  "
        f"{_percent(result.relaxed_f1)}",
        f"type accuracy   {_percent(result.type_accuracy)}",
        f"value accuracy  {_percent(result.value_accuracy)}",
        f"value F1        {_percent(result.value_f1)}",
        f"documents {result.documents}, gold {result.gold}, system {result.system}, "
        f"strict {result.strict}, relaxed {result.relaxed}, type right {result.type_correct}, "
        f"value right {result.value_correct}",
    ]
    return "\n".join(lines)


def render_errors(errors: Sequence[Error]) -> str:
    """One line per error, grouped by kind, so a tuning session can grep for one kind."""
    if not errors:
        return "no errors"
    return "\n".join(_error_lines(errors))


def _error_lines(errors: Sequence[Error]) -> Iterator[str]:
    order = {kind: rank for rank, kind in enumerate(
        ("wrong value", "wrong type", "extent", "missed", "spurious")
    )}
    for error in sorted(errors, key=lambda e: (order[str(e.kind)], e.doc, e.start)):
        where = f"{error.doc}:{error.start}"
        text = " ".join(error.text.split())
        if error.kind == "missed":
            yield f"{error.kind:<11}  {where}  {text!r}  gold={error.gold_type} {error.gold_value}"
        elif error.kind == "spurious":
            yield f"{error.kind:<11}  {where}  {text!r}  system={error.system_type} {error.system_value}"
        else:
            system_text = " ".join((error.system_text or "").split())
            shown = repr(text) if system_text == text else f"{text!r} / system {system_text!r}"
            yield (
                f"{error.kind:<11}  {where}  {shown}  gold={error.gold_type} {error.gold_value}  "
                f"system={error.system_type} {error.system_value}"
            )
