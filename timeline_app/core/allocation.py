"""Building many small objects at once without the cyclic garbage collector in the way.

Loading or saving a 100,000-event project (store/) and building its views (gui/) create
hundreds of thousands of objects in a few loops. Each burst of allocations triggers
collections that walk every live object of the project, which cost about as much as the
loops themselves. What these loops build has no reference cycles, so the collector is
paused while they run and left to catch up afterwards.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause cyclic garbage collection for the block (nesting is fine)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
