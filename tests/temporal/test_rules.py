"""Rule data: validated when loaded, and every rule's own example resolves as it says."""
from __future__ import annotations

import copy
from typing import Any

import pytest

from timeline_app import resources
from timeline_app.temporal import Reference, find_timexes
from timeline_app.temporal.rules import RuleError, build_rules, load_rules
from timeline_app.temporal.tagger import default_tagger

VOCABULARY = resources.load_toml("temporal", "en", "vocabulary.toml")
RULES = resources.load_toml("temporal", "en", "rules.toml")
HOLIDAY_DATES = resources.load_toml("temporal", "en", "holiday_dates.toml")
REFERENCE = Reference.parse("2020-03-12")


def _with_rule(**rule: Any) -> dict[str, Any]:
    data = copy.deepcopy(RULES)
    data["rule"].append({"name": "extra", "resolve": "date", "example": "x", "value": "x", **rule})
    return data


def test_the_shipped_rules_load() -> None:
    rules = load_rules()
    assert len(rules.rules) > 50
    assert all(rule.example and rule.value for rule in rules.rules)


@pytest.mark.parametrize(("rule", "message"), [
    ({"pattern": "(?P<month>{no_such_table})"}, "unknown vocabulary or fragment {no_such_table}"),
    ({"pattern": "(?:tuesday)?"}, "matches the empty string"),
    ({"pattern": "(?:\\s+\\w+)+day"}, "backtrack catastrophically"),
    ({"pattern": "(unclosed"}, "bad pattern"),
    ({"pattern": "today", "example": ""}, "missing 'example'"),
])
def test_bad_rules_are_refused_with_a_reason(rule: dict[str, str], message: str) -> None:
    with pytest.raises(RuleError, match=message.replace("(", r"\(").replace("{", r"\{")):
        build_rules(VOCABULARY, _with_rule(**rule))


@pytest.mark.parametrize("key", ["13-45", "easter*2", "5mon-01", "firstmon-05", ""])
def test_a_holiday_the_calendar_cannot_compute_is_refused(key: str) -> None:
    vocabulary = copy.deepcopy(VOCABULARY)
    vocabulary["holiday"]["founders day"] = key
    with pytest.raises(RuleError, match="founders day"):
        build_rules(vocabulary, RULES)


@pytest.mark.parametrize("key", ["table:no-such-holiday", "table:Ramadan", "table:ramadan+x"])
def test_a_holiday_key_naming_no_table_is_refused(key: str) -> None:
    vocabulary = copy.deepcopy(VOCABULARY)
    vocabulary["holiday"]["founders day"] = key
    with pytest.raises(RuleError, match="founders day"):
        build_rules(vocabulary, RULES)


@pytest.mark.parametrize(("days", "uncertainty"), [
    (["2020-05-24", "2020-05-23"], 0),           # out of order
    (["2020-05-24/2020-05-20"], 0),              # ends before it starts
    (["2020-13-01"], 0),                         # no such day
    (["2020-05-24"], 7),                         # a sighting is never a week off
    ([], 0),
])
def test_a_bad_holiday_table_is_refused(days: list[str], uncertainty: int) -> None:
    tables = copy.deepcopy(HOLIDAY_DATES)
    tables["ramadan"] = {"calendar": "test", "uncertainty": uncertainty, "days": days}
    with pytest.raises(RuleError, match=r"holiday_dates \[ramadan\]"):
        build_rules(VOCABULARY, RULES, tables)


def test_a_duplicate_rule_is_refused() -> None:
    data = copy.deepcopy(RULES)
    data["rule"].append(copy.deepcopy(data["rule"][0]))
    with pytest.raises(RuleError, match="defined twice"):
        build_rules(VOCABULARY, data)


@pytest.mark.parametrize("rule", default_tagger().rules.rules, ids=lambda rule: rule.name)
def test_each_rule_resolves_its_own_example(rule: Any) -> None:
    found = find_timexes(rule.example, REFERENCE)
    assert any(t.value == rule.value and t.rule == rule.name for t in found), \
        [(t.text, t.value, t.rule) for t in found]


def test_the_first_word_index_covers_every_rule() -> None:
    ruleset = default_tagger().rules
    indexed = {i for rules in ruleset.word_rules.values() for i in rules} | \
        {i for rules in ruleset.char_rules.values() for i in rules}
    assert indexed == set(range(len(ruleset.rules)))


def test_a_common_first_word_is_narrowed_by_the_word_after_it() -> None:
    """"the" begins dozens of rules; at "the company" only those that can go on with
    "company" (none but the catch-alls) are tried, at "the 1990s" only those that go on
    with a number. Every rule's own example still resolves (test above), so no rule is
    lost by the narrowing."""
    from timeline_app.temporal.rules import load_rules

    rules = load_rules()
    everything, by_second = rules.bucket_for("the")
    assert by_second is not None
    narrowed = {word: by_second(f"the {word or '1990s'}", 3) for word in ("company", "", "year", "same")}
    sizes = {word: len(found) if found else 0 for word, found in narrowed.items()}
    assert sizes["company"] <= 3 < sizes["year"] < len(everything)
    names = {word: {rules.rules[i].name for i in found} for word, found in narrowed.items() if found}
    assert "decade" in names[""] and "decade" not in names.get("company", set())


def test_a_digit_is_narrowed_by_the_length_of_its_run() -> None:
    """A run of four digits is tried only by rules that can begin with four digits (years,
    military times), a run of two by days, hours and amounts; rules whose leading digits the
    parse tree does not tell are tried on every run. Every rule's example still resolves."""
    from timeline_app.temporal.rules import load_rules

    rules = load_rules()
    everything, by_run = rules.bucket_for("1")
    assert by_run is not None
    four, two = by_run("1998 was", 1), by_run("12 march", 1)
    assert four and two
    names_four = {rules.rules[i].name for i in four}
    names_two = {rules.rules[i].name for i in two}
    assert "year" in names_four and "year" not in names_two
    assert "day_month" in names_two and "day_month" not in names_four
    assert len(four) < len(everything) and len(two) < len(everything)


def test_a_digit_before_white_space_is_narrowed_by_the_word_after_it() -> None:
    """After "12 " only the rules that can go on with the word there are tried: a month
    for "12 march", a unit for "12 days", "p" for "5 p.m."; the words are read off the
    parse trees."""
    from timeline_app.temporal.rules import load_rules

    rules = load_rules()
    _, by_run = rules.bucket_for("1")
    assert by_run is not None
    names = {text: {rules.rules[i].name for i in by_run(text, 1) or []}
             for text in ("12 march", "12 days", "5 p.m.", "12 1998")}
    assert "day_month" in names["12 march"] and "day_month" not in names["12 days"]
    assert "duration" in names["12 days"] and "duration" not in names["12 march"]
    assert "clock_time" in names["5 p.m."] and "clock_time" not in names["12 days"]
    assert names["12 days"] < set().union(*names.values())


def test_the_index_offers_every_rule_wherever_it_matches() -> None:
    """Scan and narrowing together lose no match: wherever a rule's pattern matches in any
    rule's example (at every word start), the scan finds a word there and the rules
    it offers for that word, narrowed by what follows, include that rule. (The narrowing is
    read off the parse trees; this checks the reading against the patterns themselves.)"""
    import re

    from timeline_app.temporal.tagger import _lower_same_length

    ruleset = load_rules()
    assert ruleset.starts is not None
    texts = sorted({_lower_same_length(rule.example) for rule in ruleset.rules})
    # each rule where the scan looks: at the start of a word (or of a number, a quote)
    at_words = [re.compile(r"(?<![\w'’])(?:" + single.pattern + ")") for single in ruleset.singles]
    missing = []
    for text in texts:
        offered: dict[int, set[int]] = {}
        for candidate in ruleset.starts.finditer(text):
            bucket = ruleset.bucket_for(candidate.group())
            if bucket is None:
                continue
            indexes, narrowing = bucket
            narrowed = narrowing(text, candidate.end()) if narrowing is not None else indexes
            offered[candidate.start()] = set(narrowed or ())
        for index, at_word in enumerate(at_words):
            found = at_word.search(text)
            while found is not None:
                if index not in offered.get(found.start(), set()):
                    missing.append((ruleset.rules[index].name, text, found.start()))
                found = at_word.search(text, found.start() + 1)
    assert not missing, missing[:20]


def test_the_tense_cue_tries_find_what_the_alternations_found() -> None:
    """The cue words are compiled as tries (one branch per next character); they find the
    same cues, at the same places and of the same length, as the alternation of the words
    sorted longest first."""
    import re

    from timeline_app.temporal.rules import word_trie
    from timeline_app.temporal.tagger import default_tagger

    tagger = default_tagger()
    vocab = tagger.rules.vocabulary
    future = sorted(vocab["future_cue"], key=len, reverse=True)
    past = sorted(vocab["past_cue"], key=len, reverse=True)
    glued = [w for w in future if w[:1] in "'’"]
    words = [w for w in future if w[:1] not in "'’"]
    alternation = re.compile(r"(?:(?<![\w'’])(?:" + "|".join(re.escape(w) for w in words) + r")"
                             r"|(?<=\w)(?:" + "|".join(re.escape(w) for w in glued) + r"))(?![\w])")
    assert re.fullmatch(word_trie(["will", "will be", "was"]), "will be")
    text = " ".join(future + past) + " i'll be there; they had been expected to leave, it was planned. " \
        "he willed it, was-ed; we'll see ... wasn't, has been, will be held, is expected by may."
    for start in range(0, len(text), 7):
        assert [m.span() for m in alternation.finditer(text, start)] == \
            [m.span() for m in tagger._future.finditer(text, start)]
    old_past = re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(w) for w in past) + r")(?![\w])|\b[a-z]{2,}ed\b")
    assert [m.span() for m in old_past.finditer(text)] == [m.span() for m in tagger._past.finditer(text)]
