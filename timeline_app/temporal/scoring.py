"""TempEval-3 Task A scoring of temporal expressions (TIMEX3 extent, type and value).

The definitions follow the TempEval-3 evaluation (UzZaman et al., 2013):

* gold and system expressions are paired one-to-one within a document; a pair is a
  *relaxed* match when the two spans overlap by at least one character and a *strict*
  match when the spans are identical;
* precision and recall are pooled over the whole corpus (micro-averaged), not averaged
  per document, so long documents weigh more;
* type and value accuracy are measured over the relaxed matches only, and the "value
  F1" that TempEval-3 ranked systems by is relaxed F1 x value accuracy.

Pairing: identical extents are paired first (so that an exact hit is never traded for
a partial one), then the remaining expressions are paired by maximum bipartite matching
on overlap, trying larger overlaps first. One system expression covering two gold ones
therefore matches only one of them; the other is missed.

Values and types are compared as strings after stripping whitespace and ignoring case
(``2011-w02`` equals ``2011-W02``); no further normalisation, because TimeML values with
a different form ("P1W" vs "P7D") are different annotations.
"""
from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

__all__ = ["Comparison", "Error", "ErrorKind", "Expression", "Score", "score"]


class Expression(Protocol):
    """What the scorer needs of an expression; gold TIMEX3 and the engine's Timex both fit."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def text(self) -> str: ...

    @property
    def type(self) -> str: ...

    @property
    def value(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Comparison:
    """One document's gold and system expressions, offsets into the same text.

    System expressions overlapping an ``unscored`` span are dropped before pairing:
    they count neither as hits nor as spurious (e.g. MEANTIME's dateline, which is the
    DCT rather than a gold expression).
    """

    name: str
    gold: Sequence[Expression]
    system: Sequence[Expression]
    unscored: Sequence[tuple[int, int]] = ()


class ErrorKind(enum.StrEnum):
    WRONG_VALUE = "wrong value"
    WRONG_TYPE = "wrong type"
    EXTENT = "extent"
    MISSED = "missed"
    SPURIOUS = "spurious"


@dataclass(frozen=True, slots=True)
class Error:
    """A disagreement worth looking at when tuning.

    ``WRONG_VALUE`` takes precedence over ``WRONG_TYPE`` for a pair wrong in both;
    ``EXTENT`` is a pair right in type and value whose spans differ. ``text`` is the
    gold text, or the system text for a spurious expression.
    """

    kind: ErrorKind
    doc: str
    start: int
    text: str
    gold_value: str | None = None
    system_value: str | None = None
    gold_type: str | None = None
    system_type: str | None = None
    system_text: str | None = None


@dataclass(slots=True)
class Score:
    """Pooled counts over a corpus and the TempEval-3 measures computed from them.

    Ratios with a zero denominator are 0.0, so an empty system scores 0 rather than
    failing (TempEval-3's scorer did the same).
    """

    documents: int = 0
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0
    errors: list[Error] = field(default_factory=list)

    @staticmethod
    def _ratio(numerator: int, denominator: int) -> float:
        return numerator / denominator if denominator else 0.0

    @staticmethod
    def _f1(precision: float, recall: float) -> float:
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    @property
    def strict_precision(self) -> float:
        return self._ratio(self.strict, self.system)

    @property
    def strict_recall(self) -> float:
        return self._ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        return self._f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        return self._ratio(self.relaxed, self.system)

    @property
    def relaxed_recall(self) -> float:
        return self._ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return self._f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def type_accuracy(self) -> float:
        return self._ratio(self.type_correct, self.relaxed)

    @property
    def value_accuracy(self) -> float:
        return self._ratio(self.value_correct, self.relaxed)

    @property
    def type_f1(self) -> float:
        return self.relaxed_f1 * self.type_accuracy

    @property
    def value_f1(self) -> float:
        return self.relaxed_f1 * self.value_accuracy

    def add(self, comparison: Comparison) -> None:
        """Pair one document's expressions and add its counts and errors."""
        system = [
            s for s in comparison.system
            if not any(_overlap((s.start, s.end), span) for span in comparison.unscored)
        ]
        gold = list(comparison.gold)
        pairs = _pair(gold, system)
        self.documents += 1
        self.gold += len(gold)
        self.system += len(system)
        for g_index, s_index in sorted(pairs.items(), key=lambda p: gold[p[0]].start):
            g, s = gold[g_index], system[s_index]
            exact = (g.start, g.end) == (s.start, s.end)
            type_ok = _same(g.type, s.type)
            value_ok = _same(g.value, s.value)
            self.relaxed += 1
            self.strict += exact
            self.type_correct += type_ok
            self.value_correct += value_ok
            kind = (
                ErrorKind.WRONG_VALUE if not value_ok
                else ErrorKind.WRONG_TYPE if not type_ok
                else ErrorKind.EXTENT if not exact
                else None
            )
            if kind is not None:
                self.errors.append(Error(
                    kind, comparison.name, g.start, g.text, g.value, s.value,
                    str(g.type), str(s.type), s.text,
                ))
        for index, g in enumerate(gold):
            if index not in pairs:
                self.errors.append(Error(
                    ErrorKind.MISSED, comparison.name, g.start, g.text, g.value, None, str(g.type), None,
                ))
        matched_system = set(pairs.values())
        for index, s in enumerate(system):
            if index not in matched_system:
                self.errors.append(Error(
                    ErrorKind.SPURIOUS, comparison.name, s.start, s.text, None, s.value, None, str(s.type),
                    s.text,
                ))

    def to_dict(self) -> dict[str, object]:
        """Counts and measures (fractions in 0..1) for JSON output."""
        measures = (
            "strict_precision", "strict_recall", "strict_f1",
            "relaxed_precision", "relaxed_recall", "relaxed_f1",
            "type_accuracy", "value_accuracy", "type_f1", "value_f1",
        )
        return {
            "documents": self.documents,
            "gold": self.gold,
            "system": self.system,
            "strict": self.strict,
            "relaxed": self.relaxed,
            "type_correct": self.type_correct,
            "value_correct": self.value_correct,
            **{name: getattr(self, name) for name in measures},
        }


def score(comparisons: Iterable[Comparison]) -> Score:
    """Score a corpus: every document paired separately, counts pooled."""
    result = Score()
    for comparison in comparisons:
        result.add(comparison)
    return result


def _same(gold: str, system: str) -> bool:
    return str(gold).strip().casefold() == str(system).strip().casefold()


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters shared by two half-open spans; a zero-width span overlapping nothing."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _pair(gold: Sequence[Expression], system: Sequence[Expression]) -> dict[int, int]:
    """One-to-one pairing: identical extents first, then maximum matching on overlap."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    by_extent: dict[tuple[int, int], list[int]] = {}
    for index, s in enumerate(system):
        by_extent.setdefault((s.start, s.end), []).append(index)
    for index, g in enumerate(gold):
        candidates = by_extent.get((g.start, g.end))
        if candidates:
            pairs[index] = candidates.pop(0)
            used.add(pairs[index])
    free_system = [i for i in range(len(system)) if i not in used]
    options: dict[int, list[int]] = {}
    for index, g in enumerate(gold):
        if index in pairs:
            continue
        overlapping = [
            (_overlap((g.start, g.end), (system[s].start, system[s].end)), s) for s in free_system
        ]
        options[index] = [s for size, s in sorted(overlapping, key=lambda o: (-o[0], o[1])) if size > 0]
    owner: dict[int, int] = {}  # system index -> gold index, for the augmenting search

    def augment(g_index: int, seen: set[int]) -> bool:
        for s_index in options[g_index]:
            if s_index in seen:
                continue
            seen.add(s_index)
            if s_index not in owner or augment(owner[s_index], seen):
                owner[s_index] = g_index
                return True
        return False

    for g_index in sorted(options, key=lambda i: gold[i].start):
        augment(g_index, set())
    pairs.update({g: s for s, g in owner.items()})
    return pairs
