"""Loading and validating the rule data in ``resources/temporal/<lang>/``.

Three tiers, after HeidelTime: a vocabulary (``vocabulary.toml``: tables of surface forms
with their values), fragments (small named regexes), and rules that refer to both by
name as ``{name}``. The loader expands the references, rejects bad data (an unknown
name, a pattern that matches the empty string, a duplicate rule name, a rule without an
example) and compiles all rules into one alternation so the text is scanned once.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from collections.abc import Callable
from typing import Any

from re import _parser as sre_parse  # type: ignore[attr-defined]

from timeline_app import resources
from timeline_app.temporal.calendar import HolidayTable, check_holiday_key

_REFERENCE = re.compile(r"\{([a-z_][a-z_0-9]*)\}")
_GROUP = re.compile(r"\(\?P<([a-z_0-9]+)>")


class RuleError(ValueError):
    """The rule data is malformed; the message names the rule and the problem."""


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    resolve: str
    example: str
    value: str
    context: str | None = None
    type: str | None = None
    groups: tuple[str, ...] = ()


@dataclass
class RuleSet:
    """The compiled rules of one language plus the vocabulary the resolvers read."""

    rules: list[Rule]
    vocabulary: dict[str, dict[str, Any]]
    group_names: list[list[tuple[str, str]]] = field(default_factory=list)
    singles: list[re.Pattern[str]] = field(default_factory=list)
    word_rules: dict[str, list[int]] = field(default_factory=dict)
    char_rules: dict[str, list[int]] = field(default_factory=dict)
    starts: re.Pattern[str] | None = None
    bucket_for: Any = None
    holiday_tables: dict[str, HolidayTable] = field(default_factory=dict)

    def lookup(self, table: str, surface: str) -> Any:
        """The vocabulary value of ``surface`` (lower case; trailing dot optional)."""
        words = self.vocabulary[table]
        key = " ".join(surface.split())
        if key in words:
            return words[key]
        if key + "." in words:
            return words[key + "."]
        return words.get(key.rstrip("."))


def _alternation(table: dict[str, Any]) -> str:
    forms = []
    for surface in sorted(table, key=len, reverse=True):
        escaped = r"\s+".join(re.escape(part) for part in surface.split(" "))
        if surface.endswith("."):
            escaped = escaped[:-2] + r"\.?"
        forms.append(escaped)
    return "(?:" + "|".join(forms) + ")"


def _expand(pattern: str, names: dict[str, str], where: str, depth: int = 0) -> str:
    if depth > 5:
        raise RuleError(f"{where}: fragments refer to each other in a loop")

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in names:
            raise RuleError(f"{where}: unknown vocabulary or fragment {{{name}}}")
        return _expand(names[name], names, f"{where} -> {name}", depth + 1)

    return _REFERENCE.sub(replace, pattern)


def _check_holidays_by_country(vocabulary: dict[str, dict[str, Any]], tables: dict[str, HolidayTable]) -> None:
    """Each day of [holiday_by_country] is a holiday of [holiday] kept by countries that
    [holiday_country] names, on days :func:`check_holiday_key` accepts."""
    countries = vocabulary.get("holiday_country", {})
    for surface, days in vocabulary.get("holiday_by_country", {}).items():
        if surface not in vocabulary.get("holiday", {}):
            raise RuleError(f"vocabulary [holiday_by_country] {surface!r}: no such [holiday]")
        for country, key in days.items():
            if country not in countries:
                raise RuleError(f"vocabulary [holiday_by_country] {surface!r}: no words for {country!r} "
                                "in [holiday_country]")
            try:
                check_holiday_key(str(key), tables)
            except ValueError as exc:
                raise RuleError(f"vocabulary [holiday_by_country] {surface!r} {country}: {exc}") from None


def load_rules(language: str = "en") -> RuleSet:
    vocabulary = resources.load_toml("temporal", language, "vocabulary.toml")
    data = resources.load_toml("temporal", language, "rules.toml")
    return build_rules(vocabulary, data)


def build_rules(vocabulary: dict[str, dict[str, Any]], data: dict[str, Any],
                holiday_dates: dict[str, Any] | None = None) -> RuleSet:
    """Validate and compile rule data (separate from loading so tests can feed bad data).
    ``holiday_dates`` are the tables of lunar and lunisolar holidays (the shipped
    holiday_dates.toml when not given)."""
    names: dict[str, str] = {name: _alternation(table) for name, table in vocabulary.items()}
    if holiday_dates is None:
        holiday_dates = resources.load_toml("temporal", "en", "holiday_dates.toml")
    tables: dict[str, HolidayTable] = {}
    for name, table in holiday_dates.items():
        try:
            tables[name] = HolidayTable.parse(name, table)
        except (ValueError, TypeError) as exc:
            raise RuleError(f"holiday_dates [{name}]: {exc}") from None
    by_country = vocabulary.get("holiday_by_country", {})
    for surface, key in vocabulary.get("holiday", {}).items():
        if key == "country" and surface in by_country:
            continue  # a day only a country named with it says ("the King's Birthday")
        try:
            check_holiday_key(str(key), tables)
        except ValueError as exc:
            raise RuleError(f"vocabulary [holiday] {surface!r}: {exc}") from None
    _check_holidays_by_country(vocabulary, tables)
    for name, fragment in data.get("fragment", {}).items():
        if name in names:
            raise RuleError(f"fragment {name!r} has the name of a vocabulary table")
        names[name] = fragment
    rules: list[Rule] = []
    seen: set[str] = set()
    group_names: list[list[tuple[str, str]]] = []
    singles: list[re.Pattern[str]] = []
    trees: list[Any] = []
    for index, raw in enumerate(data.get("rule", [])):
        name = raw.get("name") or f"#{index}"
        for key in ("pattern", "resolve", "example", "value"):
            if not raw.get(key):
                raise RuleError(f"rule {name}: missing {key!r}")
        if name in seen:
            raise RuleError(f"rule {name}: defined twice")
        seen.add(name)
        expanded = _expand(raw["pattern"], names, f"rule {name}")
        groups = tuple(dict.fromkeys(_GROUP.findall(expanded)))
        prefixed = _GROUP.sub(lambda m: f"(?P<r{index}_{m.group(1)}>", expanded)
        # One compilation and one parse per rule: the pattern as the tagger runs it, its
        # groups named after the rule, followed by the end-of-word check.
        single = f"(?P<r{index}>{prefixed})" + r"(?![\w])"
        try:
            tree = sre_parse.parse(single)
            compiled = re.compile(single)
        except re.error as exc:
            raise RuleError(f"rule {name}: bad pattern: {exc}") from None
        if compiled.fullmatch(""):
            raise RuleError(f"rule {name}: pattern matches the empty string")
        if _has_nested_unbounded_repeat(tree):
            raise RuleError(f"rule {name}: an unbounded repeat inside another one can backtrack "
                            "catastrophically; bound the inner or the outer repeat")
        singles.append(compiled)
        trees.append(tree)
        group_names.append([(f"r{index}_{g}", g) for g in groups])
        rules.append(Rule(name, raw["pattern"], raw["resolve"], raw["example"], str(raw["value"]),
                          raw.get("context"), raw.get("type"), groups))
    if not rules:
        raise RuleError("no rules")
    ruleset = RuleSet(rules, vocabulary, group_names, singles, holiday_tables=tables)
    _bucket_by_first_character(ruleset, trees)
    return ruleset


_ALL = frozenset(string.printable) | frozenset("’–")


def _first_characters(items: Any) -> tuple[frozenset[str], bool]:
    """The characters a match of a parsed regex can start with, and whether it can be empty.

    Walks the parse tree of ``re`` (sre_parse); anything it does not understand counts as
    "any character", so the answer is always a superset and bucketing stays correct.
    """
    found: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            first, nullable = frozenset({chr(av)}), False
        elif name == "IN":
            first, nullable = _charset(av), False
        elif name == "BRANCH":
            first, nullable = frozenset(), False
            for branch in av[1]:
                branch_first, branch_nullable = _first_characters(branch)
                first |= branch_first
                nullable = nullable or branch_nullable
        elif name == "SUBPATTERN":
            first, nullable = _first_characters(av[3])
        elif name == "ATOMIC_GROUP":
            first, nullable = _first_characters(av)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            first, nullable = _first_characters(av[2])
            nullable = nullable or av[0] == 0
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            first, nullable = frozenset(), True
        else:
            return _ALL, True
        found |= first
        if not nullable:
            return frozenset(found), False
    return frozenset(found), True


def _charset(items: Any) -> frozenset[str]:
    chars: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(av))
        elif name == "RANGE":
            chars.update(chr(c) for c in range(av[0], av[1] + 1) if c < 0x2100)
        elif name == "CATEGORY" and str(av) == "CATEGORY_DIGIT":
            chars.update(string.digits)
        elif name == "CATEGORY" and str(av) == "CATEGORY_SPACE":
            chars.update(string.whitespace)
        else:
            return _ALL
    return frozenset(chars)


def _has_nested_unbounded_repeat(items: Any, inside: bool = False) -> bool:
    """True when an unbounded repeat (``+``, ``*``) sits inside another: the shape of
    patterns whose matching time can grow exponentially, e.g. ``(\\s+\\w+)*``."""
    for op, av in items:
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            unbounded = av[1] == sre_parse.MAXREPEAT
            if unbounded and inside:
                return True
            if _has_nested_unbounded_repeat(av[2], inside or unbounded):
                return True
        elif name == "SUBPATTERN":
            if _has_nested_unbounded_repeat(av[3], inside):
                return True
        elif name == "BRANCH":
            if any(_has_nested_unbounded_repeat(branch, inside) for branch in av[1]):
                return True
        elif name in ("ASSERT", "ASSERT_NOT"):
            if _has_nested_unbounded_repeat(av[1], inside):
                return True
        elif name == "ATOMIC_GROUP":
            if _has_nested_unbounded_repeat(av, inside):
                return True
    return False


class _Unenumerable(Exception):
    pass


_LETTERS = frozenset(string.ascii_lowercase)
# the parse tree's opcodes by name (their own str() is a slow call)
_OP_NAMES = {getattr(sre_parse, name): name for name in (
    "LITERAL", "IN", "BRANCH", "SUBPATTERN", "MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT", "AT",
    "ASSERT", "ASSERT_NOT") if hasattr(sre_parse, name)}
_WHITESPACE = frozenset(string.whitespace)
_MAX_PREFIXES = 5000
SECOND_WORD_INDEX = 12  # rules sharing a first word before they are indexed by the second too


def _first_words(items: Any, words: int = 1, strict_space: bool = False, only: str | None = None) -> set[str]:
    """Every run of letters a match can begin with ("" when it begins with a non-letter).

    The rule data are literal words and vocabularies, so their parse trees enumerate; any
    construct that does not (a class of many letters, a repeated letter group) raises
    _Unenumerable and the rule falls back to bucketing by first character. With
    ``words=2`` the runs go on across white space (written as one space) to a second word:
    "the year", "the " (a non-letter follows), "the" (no white space follows).

    The walk carries the set of runs read so far through the tree, item by item: what comes
    next depends only on the run and the place in the pattern, not on the path taken to get
    there, so paths that read the same run merge (a rule with several optional groups before a
    vocabulary of numbers would otherwise walk that vocabulary once per combination).
    """
    found: set[str] = set()

    def spaced(prefix: str) -> bool:
        """Whether white space here joins a first word to the second (else it ends the run)."""
        return words > 1 and bool(prefix) and prefix.count(" ") < words - 1

    def emit(prefix: str) -> None:
        found.add(prefix)
        if len(found) > _MAX_PREFIXES:
            raise _Unenumerable

    def gap(prefix: str) -> str | None:
        """The run after white space: it goes on to the next word, or None (the run ends)."""
        if prefix.endswith(" "):
            return prefix
        return prefix + " " if spaced(prefix) else None

    def walk(seq: Any, runs: set[str]) -> set[str]:
        """The runs read after the items of `seq`, from the runs read before them."""
        for op, av in getattr(seq, "data", seq):  # a parse tree's list (indexing it is slow)
            if not runs:
                return runs
            name = _OP_NAMES.get(op, "")
            after: set[str] = set()
            if name == "LITERAL":
                char = chr(av)
                for prefix in runs:
                    went_on = None
                    if char in _LETTERS:
                        went_on = prefix + char
                    elif char in string.whitespace:
                        went_on = gap(prefix)
                    if went_on is None:
                        emit(prefix)
                    else:
                        after.add(went_on)
            elif name == "IN":
                chars = _charset(av)
                letters = chars & _LETTERS
                if len(letters) > 6:
                    raise _Unenumerable
                others = chars - _LETTERS
                for prefix in runs:
                    went_on = gap(prefix)
                    if strict_space and others & _WHITESPACE and not others <= _WHITESPACE:
                        # white space or another character ("[\\s-]"): either the gap goes on or the run ends
                        if went_on is not None:
                            after.add(went_on)
                        emit(prefix)
                    elif others and others <= _WHITESPACE and went_on is not None:
                        after.add(went_on)
                    elif others:
                        emit(prefix)
                    after.update(prefix + char for char in letters)
            elif name == "BRANCH":
                for branch in av[1]:
                    after |= walk(branch, runs)
            elif name == "SUBPATTERN":
                after = walk(av[3], runs)
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                low, high, sub = av
                if low == 0:
                    after |= runs
                if high != 0:
                    sub_first, _ = _first_characters(sub)
                    if high > 1 and sub_first & _LETTERS:
                        raise _Unenumerable
                    after |= walk(sub, runs)
            elif name in ("AT", "ASSERT", "ASSERT_NOT"):
                after = runs
            else:
                raise _Unenumerable
            if only is not None and name in ("LITERAL", "IN"):  # another first word: no match at `only`
                after = {p for p in after if only.startswith(p) or p.startswith(only + " ")}
            runs = after
        return runs

    ends = walk(items, {""})
    for prefix in ends:
        emit(prefix if only is None else prefix + "|")
    return found


Narrowing = Callable[[str, int], "list[int] | None"]
_SECOND_WORD = re.compile(r"\s+([a-z]+)")
_DIGIT_RUN = re.compile(r"\d*")
# the white space after a run of digits, all of it within string.whitespace (which is what
# the parse trees' classes are read as), and the word after it ("" for a non-letter)
_WORD_AFTER_SPACE = re.compile(r"[ \t\n\r\x0b\x0c]+(?![^\S \t\n\r\x0b\x0c])([a-z]*)")
_RUN_CAP = 6  # runs of digits are counted up to six ("6" stands for six or more)
_DIGITS = frozenset(string.digits)


def _leading_digit_runs(items: Any) -> frozenset[int] | None:
    """How many digits a match of a parsed regex can begin with, when what comes after them
    cannot be a digit: {4} for a four-digit year, {1, 2} for a day of the month. Counts are
    capped at _RUN_CAP. None when the parse tree does not tell (the rule is then tried on
    runs of any length), so the answer is always safe."""
    runs = _leading_digit_runs_followed(items)
    return None if runs is None else frozenset(run[0] for run in runs)


# (count, characters after, words after, runs after a separator): see _leading_digit_runs_followed
Run = tuple[int, frozenset[str] | None, frozenset[str] | None, "frozenset[Run] | None"]
# what can stand between two runs of digits of one number or stamp ("2.5", "1,000", "7:30")
_SEPARATORS = frozenset(".,:")
Key = tuple[int, str, "str | None"]  # a run of digits in a text: its length, the character and word after it


def _leading_digit_runs_followed(items: Any, second: bool = True, keep_empty: bool = False) -> frozenset[Run] | None:
    """As _leading_digit_runs, with what can come right after each run of digits ("1998,"
    "12/" "5 p.m."): (count, characters, words, then), the characters None when any character
    may follow (the match can end there, or the parse tree does not tell); the words, when white
    space can follow the run, are those that can come after that white space ("5 p.m.": "p";
    "" for a non-letter; None when any word may, or the tree does not tell). When the character
    after the run is a separator (".", ",", ":"), `then` (with `second`) tells the same of the
    run of digits after it ("2.5 hours": the run "5", then " ", then "hours"): None when the
    tree does not tell, or the match may stop at the separator or go on with anything there."""
    found: set[Run] = set()

    def single(op: str, av: Any) -> str | None:
        """"digit", "other" (a character that is never a digit) or None (either)."""
        if op == "LITERAL":
            return "digit" if chr(av) in _DIGITS else "other"
        if op == "IN":
            chars = _charset(av)
            if chars is _ALL:
                return None
            if chars <= _DIGITS:
                return "digit"
            return "other" if not chars & _DIGITS else None
        return None

    def add(count: int, chars: frozenset[str] | None, tail: list[Any]) -> None:
        """The run of `count` digits followed by one of `chars`, then by the rest of the
        pattern `tail` (which begins with that character)."""
        words: frozenset[str] | None = None
        if chars is not None and chars & _WHITESPACE:
            try:
                prefixes = _first_words([(sre_parse.LITERAL, ord("q"))] + tail, words=2, strict_space=True)
            except (_Unenumerable, RecursionError):
                prefixes = None
            if prefixes is not None and all(p.startswith("q ") for p in prefixes):
                words = frozenset(p[2:] for p in prefixes)
        then: frozenset[Run] | None = None
        if second and chars is not None and chars <= _SEPARATORS and tail and single(str(tail[0][0]), tail[0][1]):
            after = _leading_digit_runs_followed(tail[1:], second=False, keep_empty=True)
            # a run of no digits that may be followed by anything (the match may end at the
            # separator) narrows nothing; one followed by a non-digit cannot take a digit there
            if after is not None and not any(run[0] == 0 and run[1] is None for run in after):
                then = frozenset(run for run in after if run[0])
        found.add((count, chars, words, then))

    def walk(seq: list[Any], i: int, count: int, rest: Callable[[int], None], after: list[Any]) -> None:
        """Walk seq from item i; `after` is what follows seq in the whole pattern."""
        if i == len(seq):
            rest(count)
            return
        op, av = seq[i]
        name = str(op)
        kind = single(name, av)
        if kind == "digit":
            walk(seq, i + 1, min(count + 1, _RUN_CAP), rest, after)
        elif kind == "other":
            add(count, frozenset({chr(av)}) if name == "LITERAL" else _charset(av), seq[i:] + after)
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            walk(seq, i + 1, count, rest, after)
        elif name == "SUBPATTERN":
            walk(list(av[3]), 0, count, lambda c: walk(seq, i + 1, c, rest, after), seq[i + 1:] + after)
        elif name == "BRANCH":
            for branch in av[1]:
                walk(list(branch), 0, count, lambda c: walk(seq, i + 1, c, rest, after), seq[i + 1:] + after)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, sub = av
            sub_items = list(sub)
            inner = single(str(sub_items[0][0]), sub_items[0][1]) if len(sub_items) == 1 else None
            if inner == "digit":
                top = min(high, _RUN_CAP) if high != sre_parse.MAXREPEAT else _RUN_CAP
                for times in range(low, max(low, top) + 1):
                    walk(seq, i + 1, min(count + times, _RUN_CAP), rest, after)
                return
            if low == 0:
                walk(seq, i + 1, count, rest, after)  # repeated no times
            if high == 1:  # "(...)?" or "(...)": once through the group, then on
                walk(sub_items, 0, count, lambda c: walk(seq, i + 1, c, rest, after), seq[i + 1:] + after)
                return
            first, empty = _first_characters(sub_items)
            if first is _ALL or first & _DIGITS:
                raise _Unenumerable  # the repeat itself may go on with digits
            if empty:
                found.add((count, None, None, None))  # repeated at least once: the run ends here
            else:  # once through the repeat (then any more times), then on
                add(count, first, sub_items + [(op, (0, high, sub))] + seq[i + 1:] + after)
        else:
            raise _Unenumerable

    try:
        walk(list(items), 0, 0, lambda count: found.add((count, None, None, None)), [])
    except (_Unenumerable, RecursionError):
        return None
    return frozenset(run for run in found if run[0] or keep_empty)


_SCAN_PREFIX = 4


def word_trie(words: list[str]) -> str:
    """One regex group matching exactly the given words, shaped as a trie: at each point the
    branches begin with different characters (matching never tries two branches with the
    same first character), and a word that goes on is tried before the shorter word it
    extends (as an alternation sorted longest first tries them). No words: never matches."""
    if not words:
        return "(?!)"
    children: dict[str, list[str]] = {}
    ends_here = False
    for word in words:
        if word:
            children.setdefault(word[0], []).append(word[1:])
        else:
            ends_here = True
    if not children:
        return ""
    branches = [re.escape(char) + word_trie(rest) for char, rest in sorted(children.items())]
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends_here else body


def _bucket_by_first_character(ruleset: RuleSet, trees: list[Any]) -> None:
    """Index the rules by the word (or, failing that, the character) a match starts with.

    Tried at every word start, all the rules would cost the scan dearly. Indexed, the tagger
    tries only the few rules that can begin with the word found there (rules whose first
    words cannot be listed are tried wherever their first character appears), which is
    what makes a scan of news text several times faster. Rule order is kept.
    """
    by_word: dict[str, list[int]] = {}
    by_char: dict[str, list[int]] = {}
    for index, rule in enumerate(ruleset.rules):
        parsed = trees[index]
        first, nullable = _first_characters(parsed)
        if nullable:
            raise RuleError(f"rule {rule.name}: can match without consuming a first character")
        try:
            words = _first_words(parsed)
        except _Unenumerable:
            words = None
        if words is None:
            for char in first:
                by_char.setdefault(char, []).append(index)
            continue
        for word in words:
            if word:
                by_word.setdefault(word, []).append(index)
        if "" in words:
            for char in first - _LETTERS:
                by_char.setdefault(char, []).append(index)
    ruleset.word_rules = by_word
    ruleset.char_rules = by_char
    chars = "".join(sorted(set(by_char) - _LETTERS))
    # The scan finds only words that begin as some rule's first word does (their first
    # _SCAN_PREFIX letters, or the whole of a shorter word), so that most words of a text
    # cost no Python step; a word found is whole (no letter a-z follows). The prefixes make
    # a trie, one small regex (the trie of all the words compiles ten times slower).
    # A first letter that selects rules by itself admits any word.
    listed = [w for w in by_word if re.fullmatch("[a-z]+", w)]
    prefixes = word_trie(sorted({w[:_SCAN_PREFIX] for w in listed if len(w) >= _SCAN_PREFIX}))
    shorter = word_trie(sorted(w for w in listed if len(w) < _SCAN_PREFIX))
    letters = "".join(sorted(set(by_char) & _LETTERS))
    scanned = f"(?:{prefixes}[a-z]*|{shorter}" + (f"|[{letters}][a-z]*)" if letters else ")")
    ruleset.starts = re.compile(r"(?<![\w'’])(?:" + scanned + r"(?![a-z])|[" + re.escape(chars) + "])")

    def bucket(key: str) -> tuple[list[int], Narrowing | None] | None:
        """The rules that can start with `key` (a word, or the one character a digit run or
        quote starts with), and for big buckets a function (text, end of key) -> the rules
        that can go on with what follows the key there (None: none can)."""
        indexes = sorted(set(by_word.get(key, ())) | set(by_char.get(key[0], ())))
        if not indexes:
            return None
        if key.isdigit():
            return indexes, _by_digit_run(indexes)
        indexed = key.isalpha() and len(indexes) >= SECOND_WORD_INDEX
        return indexes, _by_second_word(key, indexes) if indexed else None

    runs_of: dict[int, frozenset[Run] | None] = {}

    def digit_runs(index: int) -> frozenset[Run] | None:
        """The rule's leading digit runs, read once for all the digits' buckets."""
        if index not in runs_of:
            runs_of[index] = _leading_digit_runs_followed(trees[index])
        return runs_of[index]

    def _by_digit_run(indexes: list[int]) -> Narrowing | None:
        """For a digit: the rules that can take a run of that many digits ("1998" four, "12"
        two); rules whose leading digits cannot be counted are tried on every run."""
        runs = [(index, digit_runs(index)) for index in indexes]
        if all(run is None for _, run in runs):
            return None
        by_length = {length: [i for i, run in runs if run is None or any(r[0] == length for r in run)]
                     for length in range(1, _RUN_CAP + 1)}
        cache: dict[tuple[Key, Key | None], list[int] | None] = {}

        def fits(run: frozenset[Run] | None, length: int, after: str, word: str | None,
                 then: Key | None) -> bool:
            return run is None or any(n == length and (chars is None or after in chars) and
                                      (word is None or words is None or word in words) and
                                      (then is None or second is None or fits(second, *then, None))
                                      for n, chars, words, second in run)

        def run_at(lower: str, start: int) -> tuple[Key, int]:
            """The run of digits from `start` (its first digit already read): its length, the
            character after it ("" at the end of the text), the word after white space ("" for
            a non-letter), and where the run ends."""
            digits = _DIGIT_RUN.match(lower, start)
            run_end = digits.end() if digits else start
            after = lower[run_end:run_end + 1]
            word = None
            if after in _WHITESPACE:
                following = _WORD_AFTER_SPACE.match(lower, run_end)
                if following is not None:
                    word = following.group(1)
            return (min(run_end - start + 1, _RUN_CAP), after, word), run_end

        def narrowed(lower: str, end: int) -> list[int] | None:
            """By the run's length and the character after it (a character the parse trees
            cannot speak for, outside _ALL, narrows nothing), after white space by the word that
            follows, and after a separator and a digit ("2.5 million") by that second run too."""
            first, run_end = run_at(lower, end)
            after = first[1]
            then: Key | None = None
            if after in _SEPARATORS and lower[run_end + 1:run_end + 2].isdigit():
                then = run_at(lower, run_end + 2)[0]
                if then[1] and then[1] not in _ALL:
                    then = None
            key = first, then
            if key not in cache:
                length = first[0]
                if after and after not in _ALL:
                    cache[key] = by_length[length] or None
                else:
                    cache[key] = [i for i, run in runs if fits(run, *first, then)] or None
            return cache[key]

        return narrowed

    def first_two_words(index: int, key: str) -> set[str] | None:
        try:
            return _first_words(trees[index], words=2, strict_space=True, only=key)
        except (_Unenumerable, RecursionError):
            return None

    def _by_second_word(key: str, indexes: list[int]) -> Narrowing | None:
        """For a first word that many rules share ("the"): which of them can go on with the
        word that follows it in the text ("" when a non-letter follows the white space: "the
        1990s"). A rule whose second word cannot be listed, or whose match can end with the
        key, is tried whatever follows; one that can go on from the key with a non-letter
        other than white space ("a-day") only where no white space follows."""
        general: list[int] = []
        unspaced: list[int] = []
        seconds: dict[str, list[int]] = {}
        for index in indexes:
            if index in by_char.get(key[0], ()):
                general.append(index)
                continue
            prefixes = first_two_words(index, key)
            if prefixes is None or key + "|" in prefixes:
                general.append(index)
                continue
            if key in prefixes:
                unspaced.append(index)
            for word in {p[len(key) + 1:].rstrip("|") for p in prefixes if p.startswith(key + " ")}:
                seconds.setdefault(word, []).append(index)  # "" stands for a non-letter after the white space
        if len(general) * 2 > len(indexes):
            return None
        cache: dict[str | None, list[int] | None] = {}

        def narrowed(lower: str, end: int) -> list[int] | None:
            word: str | None = None
            if lower[end:end + 1] in _WHITESPACE:  # ("" is not in it)
                following = _WORD_AFTER_SPACE.match(lower, end)
                if following is None:
                    return indexes  # white space the parse trees do not speak for
                word = following.group(1)
            if word not in cache:
                tried = set(general) | (set(unspaced) if word is None else set(seconds.get(word, ())))
                cache[word] = sorted(tried) or None
            return cache[word]

        return narrowed

    ruleset.bucket_for = bucket
