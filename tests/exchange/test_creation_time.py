"""Documents whose creation time is missing or odd are still tagged, and say how."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.exchange.creation_time import dct_candidates, reference_for
from timeline_app.exchange.timeml import parse_timeml, tag_timeml


def _document(dct: str | None, text: str) -> str:
    head = (f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
            if dct is not None else "")
    return f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>d</DOCID>\n{head}<TEXT>{text}</TEXT>\n</TimeML>\n'


def _values(content: str) -> list[tuple[str, str]]:
    return re.findall(r'<TIMEX3 tid="t[1-9]\d*" type="\w+" value="([^"]+)"[^>]*>([^<]+)</TIMEX3>', content)


@pytest.mark.parametrize(("raw", "expected"), [
    ("2020-03-12", ["2020-03-12"]),
    ("2020-03-12T20:45:00", ["2020-03-12T20:45"]),
    ("2020-03-12T20:45:00Z", ["2020-03-12T20:45+00:00"]),
    ("20200312", ["2020-03-12"]),
    ("19980213T1430", ["1998-02-13T14:30"]),
    ("03-02-2009", ["2009-03-02", "2009-02-03"]),
    ("25/12/2019", ["2019-12-25"]),
    ("1998-01-08TMO", ["1998-01-08"]),
    ("XXXX-XX-XX", []),
    ("", []),
    ("2020-02-30", []),
])
def test_dct_values_are_read_leniently(raw: str, expected: list[str]) -> None:
    assert [c.isoformat() for c in dct_candidates(raw)] == expected


def test_a_day_first_dct_is_settled_by_the_dateline() -> None:
    document = parse_timeml(_document("03-02-2009", "February 03, 2009. Sales fell in January."), require_dct=False)
    chosen = reference_for(document)
    assert chosen.reference.isoformat() == "2009-02-03"
    assert chosen.note is not None and "2009-03-02 or 2009-02-03" in chosen.note


def test_a_clean_dct_needs_no_note() -> None:
    chosen = reference_for(parse_timeml(_document("2020-03-12", "Thursday."), require_dct=False))
    assert chosen.note is None and chosen.is_known


def test_without_a_dct_the_text_dates_the_document() -> None:
    notes: list[str] = []
    content, skipped = tag_timeml(
        _document(None, "On 22 June 1941, Germany invaded the Soviet Union; two days later Kaunas fell."),
        name="war.tml", notes=notes)
    assert not skipped
    assert _values(content) == [("1941-06-22", "22 June 1941"), ("1941-06-24", "two days later")]
    assert notes and "war.tml: no document creation time; resolved against 1941-06-22" in notes[0]


def test_with_nothing_to_date_from_relative_dates_stay_unspecified() -> None:
    notes: list[str] = []
    content, _ = tag_timeml(
        _document("XXXX-XX-XX", "He left two days ago, at 8:45 pm, and returns next week for three days; "
                  "in 1999 he was there."), name="n.tml", notes=notes)
    assert _values(content) == [
        ("XXXX-XX-XX", "two days ago"), ("XXXX-XX-XXT20:45", "8:45 pm"), ("XXXX-WXX", "next week"),
        ("P3D", "three days"), ("1999", "1999"),
    ]
    assert "left unspecified" in notes[0]


def test_annotate_tags_a_file_without_dct_and_notes_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.tml"
    source.write_text(_document(None, "Talks began on March 3, 2011, and ended three days later."), encoding="utf-8")
    assert main(["annotate", str(source), str(tmp_path / "out.tml")]) == 0
    assert "no document creation time; resolved against 2011-03-03" in capsys.readouterr().err
    assert ("2011-03-06", "three days later") in _values((tmp_path / "out.tml").read_text(encoding="utf-8"))


def test_a_timeml_file_without_a_text_element_is_tagged_after_its_dct() -> None:
    original = ('<?xml version="1.0"?>\n<TimeML xmlns="http://timeml.org/ns">\n<DOCID>w</DOCID>\n'
                '<DCT><TIMEX3 tid="t0" type="DATE" value="2020-03-12" functionInDocument="CREATION_TIME">'
                '2020-03-12</TIMEX3></DCT>\n<s>The talks ended <EVENT eid="e1">yesterday</EVENT>.</s>\n'
                '<s>They resume on <TIMEX3 tid="t9" type="DATE" value="X">Friday</TIMEX3>.</s>\n</TimeML>\n')
    content, skipped = tag_timeml(original, name="w.tml")
    assert not skipped
    assert _values(content) == [("2020-03-11", "yesterday"), ("2020-03-13", "Friday")]
    assert 'value="X"' not in content and content.count("2020-03-12</TIMEX3></DCT>") == 1
    assert re.sub(r"<[^>]+>", "", content) == re.sub(r"<[^>]+>", "", original)
