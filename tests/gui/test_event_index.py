"""The table's cached date key agrees with the core's timeline order."""
from __future__ import annotations

from store.samples import full_project

from timeline_app.core.ordering import sort_key
from timeline_app.gui.event_index import date_key


def test_date_key_is_the_core_sort_key_then_the_id() -> None:
    events = full_project().events  # dated, anchored, undated
    key = date_key(events)
    assert any(e.interval is None for e in events.values())
    for event in events.values():
        assert key(event) == (*sort_key(event, events), event.id)
