"""Registered steps that bring an older project file up to :data:`SCHEMA_VERSION`.

Following Picard's ``config_upgrade.py``: each step upgrades from exactly one version to
the next, is registered under the version it starts from, and is tested on a fixture
file written by that older version (``tests/store/fixtures/``). A file is migrated in
memory when it is opened (:func:`timeline_app.store.load_project`): the file on disk is
only rewritten, at the new version, when the user saves, so opening never damages it.

To change the schema: bump ``SCHEMA_VERSION`` in :mod:`.schema`, edit the DDL there,
add ``@step(N)`` here, and commit a fixture saved at version N with a test.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

from timeline_app.store.schema import SCHEMA_VERSION

Step = Callable[[sqlite3.Connection], None]

#: Step registered under N upgrades a version-N database to N+1.
STEPS: dict[int, Step] = {}


def step(from_version: int) -> Callable[[Step], Step]:
    """Register the decorated function as the migration from ``from_version`` to the next."""

    def register(function: Step) -> Step:
        if from_version in STEPS:
            raise ValueError(f"two migrations from schema version {from_version}")
        STEPS[from_version] = function
        return function

    return register


@step(1)
def _add_view_state(db: sqlite3.Connection) -> None:
    """Version 2 saves the view state (zoom, selection, filters, columns) and indexes
    sources by document, which the "events of this document" view needs on big projects."""
    db.execute("CREATE TABLE view_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("CREATE INDEX sources_by_document ON sources(document_id)")


def migrate(db: sqlite3.Connection, version: int) -> int:
    """Apply every step from ``version`` up to :data:`SCHEMA_VERSION` in one transaction.

    Returns the version reached. Raises ValueError when a step is missing (a gap in the
    registry is a programming error, caught by the tests).
    """
    if version == SCHEMA_VERSION:
        return version
    db.execute("BEGIN")
    try:
        while version < SCHEMA_VERSION:
            if version not in STEPS:
                raise ValueError(f"no migration from schema version {version}")
            STEPS[version](db)
            version += 1
        db.execute(f"PRAGMA user_version = {int(version)}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return version
