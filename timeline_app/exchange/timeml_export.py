"""TimeML (``.tml``) per document, carrying our TIMEX3 values, for annotation tools.

``OUT`` is a folder with one ``<document id>-<title>.tml`` per document, or, when it
ends in ``.zip``, a zip archive of those same files. Each file has the TempEval-3
shape: ``DOCID``, a ``DCT`` with the publication date as ``CREATION_TIME``, ``TITLE``
and ``TEXT``; the project's mentions are written into ``TEXT`` by
:func:`timeline_app.exchange.timeml.retag_timeml` (the same writer ``annotate`` uses),
so the text is unchanged apart from the tags.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from timeline_app.core import Document, Mention, Project
from timeline_app.exchange.timeml import retag_timeml
from timeline_app.temporal.model import Timex, TimexType


def _timex(mention: Mention) -> Timex:
    kind = TimexType(mention.type) if mention.type in TimexType.__members__ else TimexType.DATE
    return Timex(mention.start, mention.end, mention.text, kind, mention.value, mod=mention.mod,
                 interval=mention.interval, grain=mention.grain, anchor=mention.anchor)


def timeml_for(project: Project, document: Document) -> str:
    """The TimeML text of ``document`` with its mentions as TIMEX3 tags."""
    dct = ""
    if document.published is not None:
        value = document.published.date().isoformat()
        dct = (f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(value)} temporalFunction="false" '
               f'functionInDocument="CREATION_TIME">{escape(value)}</TIMEX3></DCT>\n')
    skeleton = (f'<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n<DOCID>{escape(document.id)}</DOCID>\n{dct}'
                f"<TITLE>{escape(document.title)}</TITLE>\n<TEXT>{escape(document.text)}</TEXT>\n</TimeML>\n")
    content, _skipped = retag_timeml(skeleton, [_timex(m) for m in project.mentions_of(document.id)],
                                     name=document.id)
    return content


def file_name(document: Document) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", document.title).strip("-")[:40]
    return f"{document.id}-{slug}.tml" if slug else f"{document.id}.tml"


def write_timeml(project: Project, path: Path, target: Path | None = None, **options: Any) -> None:
    files = {file_name(d): timeml_for(project, d) for d in project.documents.values()}
    if target is not None and target.suffix.lower() == ".zip":
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, content in files.items():
                archive.writestr(name, content.encode("utf-8"))
        return
    path.mkdir()
    for name, content in files.items():
        (path / name).write_text(content, encoding="utf-8")
