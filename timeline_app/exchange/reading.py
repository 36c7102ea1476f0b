"""Reading an input file as text, with a size limit and the pipeline's encoding rules."""
from __future__ import annotations

from pathlib import Path

from timeline_app.pipeline.loading import LoadError, decode

#: Data files (CSV, ICS, JSON) larger than this are refused before being read into memory.
DATA_LIMIT = 512 * 1024 * 1024


class InputError(ValueError):
    """An input file refused before parsing (too large, binary, wrong encoding)."""


def read_text(path: Path, limit: int = DATA_LIMIT) -> str:
    """The text of ``path``: BOMs honoured, UTF-8 then Windows-1252, binary refused."""
    size = path.stat().st_size
    if size > limit:
        raise InputError(f"{path}: too large ({size / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB)")
    try:
        return decode(path.read_bytes(), str(path)).replace("\r\n", "\n").replace("\r", "\n")
    except LoadError as exc:
        raise InputError(str(exc)) from None
