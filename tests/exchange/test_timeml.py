"""TimeML/MEANTIME reading and TIMEX3 writing: offsets, nesting, round trips, bad files."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from timeline_app.exchange.timeml import (
    TimeMLError,
    decode_xml,
    parse_timeml,
    read_document,
    read_meantime,
    read_timeml,
    retag_timeml,
)
from timeline_app.temporal import Timex, TimexType

SAMPLE = (
    '<?xml version="1.0" ?>\r\n'
    "<TimeML>\r\n"
    "<DOCID>NYT19980206.0460</DOCID>\r\n"
    '<DCT><TIMEX3 value="1998-02-06T22:19:00" functionInDocument="CREATION_TIME" tid="t0" '
    'type="TIME">02/06/1998 22:19:00</TIMEX3></DCT>\r\n'
    "<TEXT>\r\n"
    'AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> '
    '<TIMEX3 tid="t3" type="DATE" value="1998-02-05" anchorTimeID="t0">Thursday</TIMEX3> '
    '<SIGNAL sid="s1">after</SIGNAL> '
    '<TIMEX3 tid="t4" type="DURATION" value="P2Y" mod="MORE_THAN">more than two years</TIMEX3> '
    "of &lt;talks&gt;.\r\n"
    "</TEXT>\r\n"
    '<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t3"/>\r\n'
    "</TimeML>\r\n"
)


def timex(start: int, end: int, text: str, value: str, kind: TimexType = TimexType.DATE, **extra: object) -> Timex:
    return Timex(start, end, text, kind, value, **extra)  # type: ignore[arg-type]


def test_reads_text_with_tags_stripped_entities_decoded_and_crlf_kept() -> None:
    document = parse_timeml(SAMPLE, "sample.tml")
    assert document.docid == "NYT19980206.0460"
    assert document.dct == "1998-02-06T22:19:00"
    assert document.dct_tid == "t0"
    assert document.text == "\r\nAT&T said Thursday after more than two years of <talks>.\r\n"
    assert [(t.text, t.tid, t.type, t.value, t.mod, t.anchor_tid) for t in document.timexes] == [
        ("Thursday", "t3", "DATE", "1998-02-05", None, "t0"),
        ("more than two years", "t4", "DURATION", "P2Y", "MORE_THAN", None),
    ]
    for gold in document.timexes:
        assert document.text[gold.start:gold.end] == gold.text
    assert document.reference is not None and document.reference.day.isoformat() == "1998-02-06"


def test_dct_is_found_whatever_the_attribute_order() -> None:
    variant = SAMPLE.replace(
        '<TIMEX3 value="1998-02-06T22:19:00" functionInDocument="CREATION_TIME" tid="t0" type="TIME">',
        '<TIMEX3 functionInDocument="CREATION_TIME" temporalFunction="false" tid="t9" type="DATE" value="1998-02-06">',
    )
    document = parse_timeml(variant)
    assert (document.dct, document.dct_tid) == ("1998-02-06", "t9")


def test_writing_replaces_timexes_keeps_everything_else() -> None:
    document = parse_timeml(SAMPLE)
    thursday = document.text.index("Thursday")
    years = document.text.index("two years")
    ours = [
        timex(thursday, thursday + 8, "Thursday", "1998-02-05", anchor="DCT"),
        timex(years, years + 9, "two years", 'P2Y"<&>', TimexType.DURATION, mod="EQUAL_OR_MORE", anchor="t0"),
    ]
    written, skipped = retag_timeml(SAMPLE, ours)
    assert skipped == []
    ET.fromstring(written.encode())
    reread = parse_timeml(written)
    assert reread.text == document.text
    assert [(t.start, t.end, t.tid, t.type, t.value, t.mod, t.anchor_tid) for t in reread.timexes] == [
        (thursday, thursday + 8, "t1", "DATE", "1998-02-05", None, "t0"),
        (years, years + 9, "t2", "DURATION", 'P2Y"<&>', "EQUAL_OR_MORE", "t1"),
    ]
    # Everything outside TEXT, and the EVENT/SIGNAL tags inside, are byte-identical.
    assert written.split("<TEXT>")[0] == SAMPLE.split("<TEXT>")[0]
    assert written.split("</TEXT>")[1] == SAMPLE.split("</TEXT>")[1]
    assert '<EVENT eid="e1" class="OCCURRENCE">said</EVENT>' in written
    assert '<SIGNAL sid="s1">after</SIGNAL>' in written
    assert "AT&amp;T" in written and "&lt;talks&gt;" in written


def test_an_expression_crossing_an_event_is_skipped_and_the_xml_stays_well_formed() -> None:
    document = parse_timeml(SAMPLE)
    said = document.text.index("said")
    crossing = timex(said + 2, said + 13, "id Thursday", "1998-02-05")
    around_signal = timex(document.text.index("Thursday"), document.text.index(" more"), "Thursday after", "X")
    written, skipped = retag_timeml(SAMPLE, [crossing, around_signal])
    assert skipped == [crossing]
    ET.fromstring(written.encode())
    reread = parse_timeml(written)
    assert [(t.text, t.value) for t in reread.timexes] == [("Thursday after", "X")]
    assert '<TIMEX3 tid="t1" type="DATE" value="X">Thursday <SIGNAL sid="s1">after</SIGNAL></TIMEX3>' in written


def test_expression_with_the_same_extent_as_an_event_nests_and_adjacent_ones_stay_apart() -> None:
    content = (
        "<TimeML><DCT><TIMEX3 tid=\"t0\" functionInDocument=\"CREATION_TIME\" value=\"2020-03-12\">x</TIMEX3></DCT>"
        "<TEXT><EVENT eid=\"e1\">week</EVENT>end and then</TEXT></TimeML>"
    )
    ours = [timex(0, 4, "week", "P1W", TimexType.DURATION), timex(4, 7, "end", "X"), timex(7, 7, "", "Y")]
    written, skipped = retag_timeml(content, ours)
    assert skipped == [ours[2]]
    ET.fromstring(written)
    assert [(t.start, t.end) for t in parse_timeml(written).timexes] == [(0, 4), (4, 7)]


def test_overlapping_expressions_keep_the_first() -> None:
    content = "<TimeML><DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" value=\"2020-03-12\"/></DCT><TEXT>next Monday morning</TEXT></TimeML>"
    first, second = timex(0, 11, "next Monday", "2020-03-16"), timex(5, 19, "Monday morning", "2020-03-16TMO")
    written, skipped = retag_timeml(content, [first, second])
    assert skipped == [second]
    assert parse_timeml(written).timexes[0].text == "next Monday"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (SAMPLE.encode()[: len(SAMPLE) // 2], "not well-formed XML"),
        (SAMPLE.replace("AT&amp;T", "AT\u00e9T").encode("cp1252"), "not valid utf-8 (byte 0xe9"),
        (SAMPLE.split("<DCT>")[0].encode() + SAMPLE.split("</DCT>")[1].encode(), "no document creation time"),
        (b"\x00\x01binary\x00", "binary"),
        (b"<TimeML><DCT><TIMEX3 functionInDocument='CREATION_TIME' value='2020-01-01'/></DCT></TimeML>", "no <TEXT>"),
        (b"<html><body/></html>", "not <TimeML>"),
    ],
)
def test_bad_files_give_one_clear_error(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.tml"
    path.write_bytes(data)
    with pytest.raises(TimeMLError, match="bad.tml") as caught:
        read_timeml(path)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_declared_encoding_and_bom_are_honoured() -> None:
    latin = SAMPLE.replace('<?xml version="1.0" ?>', '<?xml version="1.0" encoding="ISO-8859-1"?>')
    latin = latin.replace("AT&amp;T", "AT\u00e9T")
    assert parse_timeml(decode_xml(latin.encode("latin-1"), "l.tml")).text.startswith("\r\nAT\u00e9T said")
    assert parse_timeml(decode_xml(b"\xef\xbb\xbf" + SAMPLE.encode(), "b.tml")).docid == "NYT19980206.0460"


@pytest.mark.corpus
@pytest.mark.parametrize("corpus", ["tbaq-cleaned", "tweets-train"])
def test_corpus_round_trip_keeps_text_and_gold_spans(temporal_data: Path, corpus: str) -> None:
    files = sorted((temporal_data / corpus).rglob("*.tml"))
    assert files
    for path in files:
        content = decode_xml(path.read_bytes(), path.name)
        gold = parse_timeml(content, path.name)
        for span in gold.timexes:
            assert gold.text[span.start:span.end] == span.text, path.name
        ours = [timex(t.start, t.end, t.text, t.value, TimexType(t.type), mod=t.mod) for t in gold.timexes]
        written, skipped = retag_timeml(content, ours, name=path.name)
        assert skipped == [], path.name
        ET.fromstring(written.encode())
        again = parse_timeml(written, path.name)
        assert again.text == gold.text, path.name
        assert [(t.start, t.end, t.type, t.value, t.mod) for t in again.timexes] == [
            (t.start, t.end, t.type, t.value, t.mod) for t in gold.timexes
        ], path.name
        assert written.split("<TEXT>")[0] == content.split("<TEXT>")[0], path.name


@pytest.mark.corpus
def test_tempeval_counts_match_the_corpus_readme(temporal_data: Path) -> None:
    counts = {
        part: sum(len(read_timeml(p).timexes) for p in (temporal_data / "tbaq-cleaned" / part).glob("*.tml"))
        for part in ("TimeBank", "AQUAINT")
    }
    assert counts == {"TimeBank": 1243, "AQUAINT": 579}


@pytest.mark.corpus
def test_meantime_documents_rebuild_text_and_gold_spans(temporal_data: Path) -> None:
    files = sorted((temporal_data / "meantime-en" / "intra-doc_annotation").rglob("*.xml"))
    documents = [read_document(path) for path in files]
    assert len(documents) == 120
    assert all(d.format == "meantime" for d in documents)
    # 407 non-DCT TIMEX3 in the corpus, of which 37 are empty (no tokens, not in the text).
    assert sum(len(d.timexes) for d in documents) == 370
    assert sum(d.dct is None for d in documents) == 2
    first = read_meantime(next(p for p in files if p.name.startswith("100911_")))
    assert first.dct == "2008-03-01"
    assert first.text.splitlines()[1] == "March 01, 2008"
    assert first.text[first.unscored[0][0]:first.unscored[0][1]] == "March 01, 2008"
    # Only the first sentences are annotated: the rest of the article is not scored.
    tail_start, tail_end = first.unscored[1]
    assert tail_end == len(first.text) and all(t.end <= tail_start for t in first.timexes)
    assert first.text[tail_start:].strip().startswith("Northrop Grumman CEO Ron Sugar")
    assert [(t.text, t.type, t.value) for t in first.timexes] == [
        ("a year", "SET", "P1Y"),
        ("the Joint Strike Fighter program", "DATE", "XXXX-XX-XX"),
        ("fifty-year", "DURATION", "P50Y"),
    ]
    for document in documents:
        for span in document.timexes:
            assert document.text[span.start:span.end] == span.text


def test_a_range_is_written_as_two_timex3_as_timeml_asks() -> None:
    from timeline_app.exchange.timeml import tag_timeml

    content = SAMPLE.replace("of &lt;talks&gt;.", "of &lt;talks&gt; on 10-12 October.")
    written, skipped = tag_timeml(content)
    assert skipped == []
    values = [(t.text, t.value) for t in parse_timeml(written).timexes]
    assert ("10", "1997-10-10") in values and ("12 October", "1997-10-12") in values
