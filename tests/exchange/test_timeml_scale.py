"""Writing tags back into a long TimeML file stays linear (a complexity guard, not a stopwatch)."""
from __future__ import annotations

import time

from timeline_app.exchange.timeml import tag_timeml

SENTENCE = ('The ministry said on Thursday that talks begun on March 5, 2020 would resume '
            '<EVENT eid="e1">next week</EVENT>, two days after the vote. ')


def _document(sentences: int) -> str:
    return ('<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="2020-03-12" '
            'functionInDocument="CREATION_TIME">2020-03-12</TIMEX3></DCT>\n<TEXT>'
            + SENTENCE * sentences + "</TEXT>\n</TimeML>\n")


def _seconds(content: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        written, skipped = tag_timeml(content, name="long.tml")
        best = min(best, time.perf_counter() - started)
    assert not skipped and written.count("<TIMEX3") == 1 + 4 * content.count("<EVENT")
    return best


def test_ten_times_the_text_costs_about_ten_times_the_work() -> None:
    small, large = _document(400), _document(4000)
    growth = _seconds(large, 3) / max(_seconds(small, 5), 2e-3)
    # Linear work gives about 10 (10-15 measured); the old per-token scan of every cut gave about
    # 100. The bound leaves room for a loaded machine (28.5 was seen with other test runs beside it).
    assert growth < 40, f"10x the text took {growth:.1f}x longer"
