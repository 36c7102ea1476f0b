"""Exporters and importers by format name, loaded on first use.

Each format lives in its own module and is named here by ``"module:function"``, so that
asking for CSV never imports Qt (the image formats are drawn by the GUI's
``timeline_app.exchange.image``) and a missing optional module fails only its own
formats, with a one-line :class:`ExchangeError`.

Exporters are called as ``write(project, path, **options)`` and importers as
``read(path, **options) -> Project``: an importer returns a *fragment* (a project of its
own) that :mod:`.merging` then adds to the open project in one undoable command, so a
file that fails to parse changes nothing. Every export is written to a temporary file
or folder beside ``OUT`` and renamed into place, so a failed export leaves nothing.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline_app.core import Project
from timeline_app.store.atomic import atomic_path


class ExchangeError(ValueError):
    """An export or import that cannot be done; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    description: str
    target: str
    suffixes: tuple[str, ...] = ()

    def load(self) -> Callable[..., Any]:
        module_name, _, function = self.target.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            raise ExchangeError(f"{self.name}: not available in this installation "
                                f"({module_name} cannot be imported: {exc})") from None
        return getattr(module, function)  # type: ignore[no-any-return]


_IMAGE = "timeline_app.exchange.image:export_image"
EXPORTERS: dict[str, Format] = {f.name: f for f in (
    Format("png", "timeline picture (PNG)", _IMAGE, (".png",)),
    Format("svg", "timeline drawing (SVG)", _IMAGE, (".svg",)),
    Format("pdf", "timeline document (PDF)", _IMAGE, (".pdf",)),
    Format("csv", "one row per event (CSV)", "timeline_app.exchange.csv_table:write_csv", (".csv",)),
    Format("timelinejs", "TimelineJS JSON for web publishing", "timeline_app.exchange.timelinejs:write_timelinejs",
           (".json",)),
    Format("ics", "calendar events (iCalendar)", "timeline_app.exchange.ics:write_ics", (".ics",)),
    Format("timeml", "TimeML per document (folder, or .zip)", "timeline_app.exchange.timeml_export:write_timeml",
           ("", ".zip")),
    Format("timesketch", "Timesketch CSV (or JSONL for a .jsonl OUT)",
           "timeline_app.exchange.timesketch:write_timesketch", (".csv", ".jsonl")),
    Format("json", "full project dump (JSON, imports back losslessly)", "timeline_app.exchange.dump:write_dump",
           (".json",)),
)}
IMAGE_FORMATS = ("png", "svg", "pdf")

IMPORTERS: dict[str, Format] = {f.name: f for f in (
    Format("text", "plain text article", "timeline_app.exchange.articles:read_article_file", (".txt",)),
    Format("markdown", "Markdown article", "timeline_app.exchange.articles:read_article_file", (".md", ".markdown")),
    Format("html", "web page article (saved HTML)", "timeline_app.exchange.articles:read_article_file",
           (".html", ".htm")),
    Format("csv", "events as CSV rows", "timeline_app.exchange.csv_table:read_csv", (".csv",)),
    Format("timelinejs", "TimelineJS JSON events", "timeline_app.exchange.timelinejs:read_timelinejs", ()),
    Format("ics", "iCalendar events", "timeline_app.exchange.ics:read_ics", (".ics", ".ical")),
    Format("json", "project JSON dump", "timeline_app.exchange.dump:read_dump", ()),
    Format("tlproj", "another project (merge)", "timeline_app.exchange.merging:read_project_file", (".tlproj",)),
)}
ARTICLE_FORMATS = ("text", "markdown", "html")


def export_project(project: Project, fmt: str, path: str | Path, **options: Any) -> Path:
    """Write ``project`` as ``fmt`` to ``path`` atomically; returns ``path``.

    Raises :class:`ExchangeError` (unknown format, unavailable module, unwritable place,
    or the exporter's own refusal); nothing is left at ``path`` after a failure.
    """
    try:
        form = EXPORTERS[fmt]
    except KeyError:
        raise ExchangeError(f"unknown export format {fmt!r} (use one of {', '.join(EXPORTERS)})") from None
    write = form.load()
    path = Path(path)
    try:
        with atomic_path(path) as temp:
            if fmt in IMAGE_FORMATS:
                write(project, temp, fmt, **options)
            else:
                write(project, temp, target=path, **options)
    except ExchangeError:
        raise
    except OSError as exc:
        raise ExchangeError(f"cannot write {path}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise ExchangeError(f"cannot export {fmt} to {path}: {exc}") from None
    return path


def guess_import_format(path: str | Path) -> str:
    """The importer for ``path``, from its suffix and, for ``.json``, its content."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        from timeline_app.exchange.dump import sniff_json

        return sniff_json(path)
    for form in IMPORTERS.values():
        if suffix in form.suffixes:
            return form.name
    known = sorted({s for f in IMPORTERS.values() for s in f.suffixes} | {".json"})
    raise ExchangeError(f"{path}: cannot tell the format from {suffix or 'no suffix'} "
                        f"(known: {' '.join(known)}; or give --format)")


def read_file(path: str | Path, fmt: str | None = None, **options: Any) -> Project:
    """Parse ``path`` into a fragment project; raises :class:`ExchangeError`.

    Articles (text, Markdown, HTML) are not read here: they go through the pipeline
    against the open project (see :func:`timeline_app.exchange.merging.import_files`).
    """
    path = Path(path)
    fmt = fmt or guess_import_format(path)
    try:
        form = IMPORTERS[fmt]
    except KeyError:
        raise ExchangeError(f"unknown import format {fmt!r} (use one of {', '.join(IMPORTERS)})") from None
    if not path.is_file():
        raise ExchangeError(f"{path}: {'is a folder' if path.is_dir() else 'no such file'}")
    read = form.load()
    try:
        return read(path, **options)  # type: ignore[no-any-return]
    except ExchangeError:
        raise
    except (ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        reason = " ".join(str(exc).split())
        if len(reason) > 200:
            reason = reason[:200] + " ..."
        raise ExchangeError(f"{path}: not a valid {form.description} file ({type(exc).__name__}: {reason})") from None
    except OSError as exc:
        raise ExchangeError(f"{path}: cannot read ({exc.strerror or exc})") from None
