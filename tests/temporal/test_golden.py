"""Golden corpus: many paraphrases of one value at a fixed reference (Thursday 2020-03-12).

The cases live in data/golden.toml so that adding a paraphrase needs no code. Known gaps
are listed in KNOWN_GAPS with the reason, and run as strict xfails so that fixing one is
noticed.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from timeline_app.temporal import Reference, Timex, find_timexes

DATA = tomllib.loads((Path(__file__).parent / "data" / "golden.toml").read_text(encoding="utf-8"))
REFERENCE = Reference.parse("2020-03-12")

KNOWN_GAPS: dict[str, str] = {}


def _cases() -> list[pytest.param]:
    params = []
    for number, case in enumerate(DATA["case"]):
        for text in case["texts"]:
            marks = [pytest.mark.xfail(reason=KNOWN_GAPS[text], strict=True)] if text in KNOWN_GAPS else []
            params.append(pytest.param(case, text, id=f"{number}:{text[:40]}", marks=marks))
    return params


def test_texts_are_unique() -> None:
    texts = [text for case in DATA["case"] for text in case["texts"]]
    duplicates = sorted({t for t in texts if texts.count(t) > 1})
    assert not duplicates


def _describe(found: list[Timex]) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.value, str(t.type), t.mod) for t in found]


@pytest.mark.parametrize(("case", "text"), _cases())
def test_golden(case: dict[str, object], text: str) -> None:
    found = find_timexes(text, REFERENCE)
    wanted = case.get("expression")
    candidates = [t for t in found if wanted is None or t.text.lower() == str(wanted).lower()]
    matching = [t for t in candidates if t.value == case["value"]]
    assert matching, f"{text!r}: expected {case['value']} among {_describe(found)}"
    timex = matching[0]
    if "type" in case:
        assert str(timex.type) == case["type"]
    if "mod" in case:
        assert timex.mod == case["mod"]
    assert text[timex.start:timex.end] == timex.text
    assert timex.explanation.startswith('"') and "->" in timex.explanation
