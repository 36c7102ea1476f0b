"""Events, sources and mentions are stored column by column: no dataclass field may lack a column."""
from __future__ import annotations

from dataclasses import fields

from timeline_app.core import Event, Mention, Source
from timeline_app.store.rows import (EVENT_COLUMNS, EVENT_ELSEWHERE, MENTION_COLUMNS, MENTION_ELSEWHERE,
                                     SOURCE_COLUMNS, SOURCE_ELSEWHERE)


def test_every_event_field_is_stored() -> None:
    missing = {f.name for f in fields(Event)} - set(EVENT_COLUMNS) - set(EVENT_ELSEWHERE)
    assert not missing, f"add columns (and a migration) for Event fields {sorted(missing)}"


def test_every_source_field_is_stored() -> None:
    missing = {f.name for f in fields(Source)} - set(SOURCE_COLUMNS) - set(SOURCE_ELSEWHERE)
    assert not missing, f"add columns (and a migration) for Source fields {sorted(missing)}"


def test_every_mention_field_is_stored() -> None:
    missing = {f.name for f in fields(Mention)} - set(MENTION_COLUMNS) - set(MENTION_ELSEWHERE)
    assert not missing, f"add columns (and a migration) for Mention fields {sorted(missing)}"
