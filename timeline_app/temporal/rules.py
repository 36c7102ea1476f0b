"""Loading and validating the rule data in ``resources/temporal/<lang>/``.

Three tiers, after HeidelTime: a vocabulary (``vocabulary.toml``: tables of surface forms
with their values), fragments (small named regexes), and rules that refer to both by
name as ``{name}``. The loader expands the references, rejects bad data (an unknown
name, a pattern that matches the empty string, a duplicate rule name, a rule without an
example) and compiles all rules into one alternation so the text is scanned once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from timeline_app import resources

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
    master: re.Pattern[str]
    group_names: list[list[tuple[str, str]]] = field(default_factory=list)
    singles: list[re.Pattern[str]] = field(default_factory=list)

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


def load_rules(language: str = "en") -> RuleSet:
    vocabulary = resources.load_toml("temporal", language, "vocabulary.toml")
    data = resources.load_toml("temporal", language, "rules.toml")
    return build_rules(vocabulary, data)


def build_rules(vocabulary: dict[str, dict[str, Any]], data: dict[str, Any]) -> RuleSet:
    """Validate and compile rule data (separate from loading so tests can feed bad data)."""
    names: dict[str, str] = {name: _alternation(table) for name, table in vocabulary.items()}
    for name, fragment in data.get("fragment", {}).items():
        if name in names:
            raise RuleError(f"fragment {name!r} has the name of a vocabulary table")
        names[name] = fragment
    rules: list[Rule] = []
    seen: set[str] = set()
    alternatives: list[str] = []
    group_names: list[list[tuple[str, str]]] = []
    singles: list[re.Pattern[str]] = []
    for index, raw in enumerate(data.get("rule", [])):
        name = raw.get("name") or f"#{index}"
        for key in ("pattern", "resolve", "example", "value"):
            if not raw.get(key):
                raise RuleError(f"rule {name}: missing {key!r}")
        if name in seen:
            raise RuleError(f"rule {name}: defined twice")
        seen.add(name)
        expanded = _expand(raw["pattern"], names, f"rule {name}")
        try:
            compiled = re.compile(expanded)
        except re.error as exc:
            raise RuleError(f"rule {name}: bad pattern: {exc}") from None
        if compiled.fullmatch(""):
            raise RuleError(f"rule {name}: pattern matches the empty string")
        groups = tuple(dict.fromkeys(_GROUP.findall(expanded)))
        prefixed = _GROUP.sub(lambda m, i=index: f"(?P<r{i}_{m.group(1)}>", expanded)
        alternatives.append(f"(?P<r{index}>{prefixed})")
        singles.append(re.compile(f"(?P<r{index}>{prefixed})" + r"(?![\w])"))
        group_names.append([(f"r{index}_{g}", g) for g in groups])
        rules.append(Rule(name, raw["pattern"], raw["resolve"], raw["example"], str(raw["value"]),
                          raw.get("context"), raw.get("type"), groups))
    if not rules:
        raise RuleError("no rules")
    master = re.compile(r"(?<![\w'’])(?:" + "|".join(alternatives) + r")(?![\w])")
    return RuleSet(rules, vocabulary, master, group_names, singles)
