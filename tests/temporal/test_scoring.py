"""TempEval-3 scoring on hand-built documents whose numbers were worked out by hand."""
from __future__ import annotations

import pytest

from timeline_app.exchange.timeml import GoldTimex
from timeline_app.temporal import Timex, TimexType
from timeline_app.temporal.scoring import Comparison, ErrorKind, score


def gold(start: int, end: int, kind: str, value: str, text: str = "") -> GoldTimex:
    return GoldTimex(start, end, text or f"g{start}", f"t{start}", kind, value)


def system(start: int, end: int, kind: str, value: str, text: str = "") -> Timex:
    return Timex(start, end, text or f"s{start}", TimexType(kind), value)


def test_hand_computed_corpus() -> None:
    # Document a: one exact hit, one partial hit with a wrong value, one missed, one spurious.
    # Document b: one exact hit whose value differs only in case/space, with the wrong type.
    result = score([
        Comparison(
            "a",
            [gold(0, 5, "DATE", "2020-01-01"), gold(10, 20, "DURATION", "P3D"), gold(30, 35, "DATE", "2020-02")],
            [system(0, 5, "DATE", "2020-01-01"), system(12, 20, "DURATION", "P2D"), system(40, 45, "DATE", "2020")],
        ),
        Comparison("b", [gold(0, 4, "TIME", "2020-01-01T10:00")], [system(0, 4, "DATE", " 2020-01-01t10:00 ")]),
    ])
    assert (result.documents, result.gold, result.system) == (2, 4, 4)
    assert (result.strict, result.relaxed, result.type_correct, result.value_correct) == (2, 3, 2, 2)
    assert result.strict_precision == pytest.approx(0.5)
    assert result.strict_recall == pytest.approx(0.5)
    assert result.strict_f1 == pytest.approx(0.5)
    assert result.relaxed_precision == pytest.approx(0.75)
    assert result.relaxed_recall == pytest.approx(0.75)
    assert result.relaxed_f1 == pytest.approx(0.75)
    assert result.type_accuracy == pytest.approx(2 / 3)
    assert result.value_accuracy == pytest.approx(2 / 3)
    assert result.value_f1 == pytest.approx(0.5)
    assert [(e.kind, e.doc, e.gold_value, e.system_value) for e in result.errors] == [
        (ErrorKind.WRONG_VALUE, "a", "P3D", "P2D"),
        (ErrorKind.MISSED, "a", "2020-02", None),
        (ErrorKind.SPURIOUS, "a", None, "2020"),
        (ErrorKind.WRONG_TYPE, "b", "2020-01-01T10:00", " 2020-01-01t10:00 "),
    ]


def test_precision_and_recall_are_pooled_not_averaged_per_document() -> None:
    result = score([
        Comparison("one", [gold(0, 4, "DATE", "2020")], [system(0, 4, "DATE", "2020")]),
        Comparison("many", [gold(i * 10, i * 10 + 4, "DATE", "2020") for i in range(3)], []),
    ])
    assert result.relaxed_recall == pytest.approx(1 / 4)  # a per-document mean would be 0.5
    assert result.relaxed_precision == pytest.approx(1.0)


def test_perfect_system_scores_100() -> None:
    gold_spans = [gold(0, 5, "DATE", "2020-01-01"), gold(7, 12, "SET", "P1W")]
    result = score([Comparison("d", gold_spans, [system(g.start, g.end, g.type, g.value) for g in gold_spans])])
    measures = ("strict_f1", "relaxed_f1", "type_accuracy", "value_accuracy", "value_f1")
    assert all(getattr(result, name) == 1.0 for name in measures)
    assert result.errors == []


def test_empty_system_and_empty_corpus_score_zero_without_failing() -> None:
    result = score([Comparison("d", [gold(0, 5, "DATE", "2020")], [])])
    assert (result.relaxed_recall, result.relaxed_precision, result.value_f1) == (0.0, 0.0, 0.0)
    assert [e.kind for e in result.errors] == [ErrorKind.MISSED]
    assert score([]).to_dict()["value_f1"] == 0.0


def test_one_system_expression_over_two_gold_ones_matches_only_one() -> None:
    result = score([Comparison(
        "d", [gold(0, 5, "DATE", "2020-01-01"), gold(6, 10, "TIME", "2020-01-01T10:00")],
        [system(0, 10, "TIME", "2020-01-01T10:00")],
    )])
    assert (result.relaxed, result.strict) == (1, 0)
    assert result.relaxed_precision == 1.0 and result.relaxed_recall == 0.5
    assert [e.kind for e in result.errors] == [ErrorKind.WRONG_VALUE, ErrorKind.MISSED]


def test_pairing_finds_the_most_matches_not_the_first_largest_overlap() -> None:
    # A greedy pass would give A the large overlap X and leave B with nothing.
    result = score([Comparison(
        "d", [gold(0, 10, "DATE", "A"), gold(8, 12, "DATE", "B")],
        [system(0, 9, "DATE", "B"), system(2, 4, "DATE", "A")],
    )])
    assert result.relaxed == 2
    assert result.value_correct == 2


def test_exact_extents_pair_before_overlaps() -> None:
    result = score([Comparison(
        "d", [gold(0, 10, "DATE", "A")], [system(0, 6, "DATE", "A"), system(0, 10, "DATE", "A")],
    )])
    assert (result.strict, result.relaxed, result.system) == (1, 1, 2)
    assert [e.kind for e in result.errors] == [ErrorKind.SPURIOUS]


def test_unscored_spans_hide_system_expressions_from_precision() -> None:
    result = score([Comparison(
        "d", [gold(20, 25, "DATE", "2020")],
        [system(0, 14, "DATE", "2008-03-01"), system(20, 25, "DATE", "2020")], unscored=[(0, 14)],
    )])
    assert (result.system, result.relaxed_precision, result.errors) == (1, 1.0, [])


def test_extent_only_disagreement_is_reported_but_counts_as_right_value() -> None:
    result = score([Comparison("d", [gold(0, 11, "DATE", "2020", "next Monday")], [system(5, 11, "DATE", "2020")])])
    assert (result.strict, result.relaxed, result.value_correct) == (0, 1, 1)
    assert [(e.kind, e.text) for e in result.errors] == [(ErrorKind.EXTENT, "next Monday")]
