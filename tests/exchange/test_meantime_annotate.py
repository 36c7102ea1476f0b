"""annotate writes MEANTIME CAT documents back as CAT, with our TIMEX3 markables."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.exchange.timeml import is_meantime, parse_meantime, tag_meantime

WORDS = [("Talks", 0), ("resumed", 0), ("on", 0), ("Thursday", 0), (",", 0), ("two", 0), ("days", 0), ("after", 0),
         ("March", 0), ("10", 0), (".", 0), ("They", 1), ("lasted", 1), ("three", 1), ("hours", 1), (".", 1)]


def _cat(with_dct: bool = True) -> str:
    tokens = "".join(f'<token number="{i}" sentence="{s}" t_id="{i + 1}">{w}</token>\n' for i, (w, s) in enumerate(WORDS))
    dct = ('<TIMEX3 m_id="40" type="DATE" value="2020-03-12" functionInDocument="CREATION_TIME" anchorTimeID=""/>\n'
           if with_dct else "")
    gold = ('<TIMEX3 m_id="41" type="DATE" value="2020-03-12" functionInDocument="NONE" anchorTimeID="40">\n'
            '<token_anchor t_id="4"/>\n</TIMEX3>\n<EVENT_MENTION m_id="42"><token_anchor t_id="2"/></EVENT_MENTION>\n')
    return (f'<?xml version="1.0" ?>\n<Document doc_id="1" doc_name="talks" lang="en">\n{tokens}<Markables>\n'
            f'{dct}{gold}</Markables>\n<Relations>\n</Relations>\n</Document>\n')


def test_cat_in_cat_out_with_token_anchors() -> None:
    original = _cat()
    assert is_meantime(original)
    content, skipped = tag_meantime(original, name="talks.xml")
    assert not skipped
    root = ET.fromstring(content.encode())
    timexes = {t.get("m_id"): t for t in root.iter("TIMEX3")}
    assert timexes["40"].get("functionInDocument") == "CREATION_TIME"  # the DCT markable stays
    assert "41" not in timexes  # the old gold markable is replaced
    assert root.find(".//EVENT_MENTION") is not None  # other markables stay
    ours = [t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "NONE"]
    found = [(t.get("value"), [a.get("t_id") for a in t.iter("token_anchor")]) for t in ours]
    assert ("2020-03-12", ["4"]) in found
    assert ("PT3H", ["14", "15"]) in found
    assert all(int(t.get("m_id") or 0) > 42 for t in ours)
    # Read back, the expressions sit on the same text as the input's.
    again = parse_meantime(content, "talks.xml")
    assert again.text == parse_meantime(original, "talks.xml").text
    assert {(t.text, t.value) for t in again.timexes} >= {("Thursday", "2020-03-12"), ("three hours", "PT3H")}


def test_annotate_a_folder_of_cat_files_and_score_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, target = tmp_path / "in", tmp_path / "out"
    (source / "corpus").mkdir(parents=True)
    (source / "corpus" / "talks.xml").write_text(_cat(), encoding="utf-8")
    (source / "corpus" / "nodct.xml").write_text(_cat(with_dct=False), encoding="utf-8")
    assert main(["annotate", str(source), str(target)]) == 0
    assert "nodct.xml: no document creation time" in capsys.readouterr().err
    assert (target / "corpus" / "talks.xml").is_file() and (target / "corpus" / "nodct.xml").is_file()
    assert main(["evaluate", str(source), str(target)]) == 0
    assert "documents 2, gold 2" in capsys.readouterr().out
