"""The engine's own consistency: every expression's value, interval, grain, anchor and span agree.

Runs the invariant checks of ``consistency.py`` over a fixed, varied sample: the golden texts
and every text of the held-out-style test files, each read at a few reference dates (a modern
one, one on a century's eve, a leap day). A change that makes a value disagree with its interval,
leaves an anchor dangling or pointing at an expression with another value, or returns overlapping
or unsorted spans fails here. Known gaps are strict xfails with their reason.
"""
from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

import pytest

from timeline_app.temporal import Reference, find_timexes

sys.path.insert(0, str(Path(__file__).parent))
from consistency import violations  # noqa: E402

HERE = Path(__file__).parent
REFERENCES = ["2020-03-12", "1999-12-31", "2000-02-29T23:30"]

# Violations that are known gaps, not yet fixed (each has its own strict xfail below).
KNOWN = ("value names a second", "[at_this_hour]: grain day",
         "[iso_date]: interval", "[exif_stamp]: interval", "the decade' DATE", "[unit_from_date]: interval", "[at_this_hour]: interval")


def _texts() -> list[str]:
    texts: set[str] = set()
    golden = tomllib.loads((HERE / "data" / "golden.toml").read_text(encoding="utf-8"))
    for case in golden["case"]:
        texts.update(case["texts"])
    for path in sorted(HERE.glob("test_*heldout.py")) + [HERE / "test_narrative.py", HERE / "test_days_and_clocks.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value \
                    and 3 <= len(node.value) <= 5000:
                texts.add(node.value)
    return sorted(texts)


@pytest.mark.parametrize("reference", REFERENCES)
def test_sample_is_consistent(reference: str) -> None:
    ref = Reference.parse(reference)
    problems = []
    for text in _texts():
        for rule, message in violations(text, find_timexes(text, ref)):
            if not any(known in message for known in KNOWN):
                problems.append(f"{rule}: {message} in {text[:80]!r}")
    assert not problems, "\n".join(problems[:40])


# Fixed regressions: each was a violation the audit found.
FIXED = [
    # an anchor on a weekday's apposition gave the date's text, not its value, as anchor_value
    ("The bank filed for bankruptcy on Sept. 15, 2008, a Monday, and the Fed acted two days later.", "2020-03-12"),
    # an evening moved to the day before publication was anchored to itself ("t0")
    ("Police were called at 11 p.m. and arrested him at 1 a.m.", "2020-03-12"),
    ("The match finished at 10.50pm and fans were cleared from the stadium by 12.30am.", "2020-03-12"),
    # an expression that could not be resolved, inserted in the list, shifted the anchors after it
    ("The 0th century saw nothing. On March 3, 2019 the talks began; the next day they ended.", "2020-03-12"),
    # a clock that took the day after it, and that day anchored back on the clock (a cycle, stale value)
    ("Apollo 11 lifted off on the morning of July 16, 1969. The lunar module touched down at 4:17 p.m. "
     "Eastern time on July 20.", "2020-03-12"),
    ("Germany signed on 7 May, effective at 23:01 on 8 May.", "1945-05-12"),
    # the winter after 9998-12-31 ends in the year 10000: no value "10000-WI", the season is kept unresolved
    ("the following winter", "9998-12-31"),
    # a stamp to the second had minute grain and a one-minute interval (session 14: its second)
    ("2020-03-11 09:02:33 UTC", "2020-03-12"),
    ("2022:03:14 10:21:33", "2020-03-12"),
    ("The implant was compiled at 11:04:51 UTC.", "2020-03-12"),
]


@pytest.mark.parametrize(("text", "reference"), FIXED)
def test_fixed_cases(text: str, reference: str) -> None:
    found = find_timexes(text, Reference.parse(reference))
    assert found
    assert violations(text, found) == []


def test_anchor_values_are_values() -> None:
    found = find_timexes(FIXED[0][0], Reference.parse("2020-03-12"))
    monday = next(t for t in found if t.text == "Monday")
    assert (monday.value, monday.anchor, monday.anchor_value) == ("2008-09-15", "t0", "2008-09-15")


GAPS = [
    ("Prices are updated at this hour.", "2020-03-12T14:30", "'this hour' (value 2020-03-12T14) has day grain"),
    ("The agency hopes to return astronauts to the moon in the mid-2020s and land on Mars by the end of the decade.",
     "2020-03-12",
     "'the end of the decade' (202, mod END) has an interval in 2025-2026, not the decade's last third"),
    ("Residents returned the morning after the March 5 blast.", "2020-03-12",
     "'the morning' after a date (2020-03-06TMO) has an empty interval instead of the morning's hours"),
]


@pytest.mark.parametrize(("text", "reference", "reason"),
                         [pytest.param(*gap, marks=pytest.mark.xfail(strict=True, reason=gap[2])) for gap in GAPS])
def test_known_gaps(text: str, reference: str, reason: str) -> None:
    found = find_timexes(text, Reference.parse(reference))
    assert found and violations(text, found) == []
