"""Turning a matched rule into a TimeML value, an interval and an explanation.

One function per ``resolve`` name in rules.toml. Each receives the rule's named groups
(lower-cased surface text) and a :class:`Context` that knows the reference time, the
expressions already resolved in the text (for "the next day") and the tense around the
match (for "Thursday", "in December"). Choices where English is ambiguous, and why:

* a bare weekday or month follows the tense of its clause; with no tense cue a weekday
  is read as the most recent one (news reports what happened) and a month as the nearest;
* "last Friday" is the latest Friday strictly before the reference; "next Friday" the
  first one strictly after it; "this Friday" the one in the reference's week;
* "the next day", "that week", "two days later" are anchored to the most recent earlier
  expression that is precise enough, else to the reference;
* "two days after <an event>" keeps the duration as its value and records an
  :class:`Offset`; the event pipeline resolves it through the event.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from timeline_app.temporal import calendar as cal
from timeline_app.temporal.model import Grain, Interval, Offset, Reference, Timex, TimexType
from timeline_app.temporal.rules import RuleSet

UNIT_GRAIN = {
    "S": Grain.SECOND, "TM": Grain.MINUTE, "H": Grain.HOUR, "D": Grain.DAY, "N": Grain.DAY,
    "W": Grain.WEEK, "WE": Grain.WEEK, "FN": Grain.WEEK, "M": Grain.MONTH, "Q": Grain.QUARTER,
    "Y": Grain.YEAR, "DE": Grain.DECADE, "CE": Grain.CENTURY, "ML": Grain.MILLENNIUM,
}
UNIT_WORD = {"S": "second", "TM": "minute", "H": "hour", "D": "day", "N": "night", "W": "week",
             "WE": "weekend", "FN": "fortnight", "M": "month", "Q": "quarter", "Y": "year",
             "DE": "decade", "CE": "century", "ML": "millennium"}
POSITION_MOD = {"early": "START", "earlier": "START", "beginning": "START", "start": "START",
                "first": "START", "mid": "MID", "middle": "MID", "late": "END", "later": "END",
                "end": "END", "close": "END", "last": "END", "turn": "END", "rest": "END",
                "final": "END", "closing": "END", "opening": "START", "second": "END", "latter": "END"}
VAGUE = {
    "PRESENT_REF": ("now", "right now", "currently", "presently", "at present", "nowadays",
                    "these days", "at the moment", "current", "the time being", "the present", "the present day"),
    "FUTURE_REF": ("the future", "future", "soon", "shortly", "as soon as possible", "one day", "the near future",
                   "the distant future", "the immediate future", "the near term", "the short term", "the medium term",
                   "the long term", "the longer term", "any day now", "any minute now", "any moment now",
                   "any time now", "a later date"),
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9, "noughties": 0, "naughties": 0, "aughts": 0}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}


class Unjoined(ValueError):
    """Two parts that do not make one expression ("4 - 2 March": a range that would end before
    it starts); unlike an impossible date ("31 April"), each part may still be read on its own."""


@dataclass
class Resolution:
    type: TimexType
    value: str
    explanation: str
    interval: Interval | None = None
    grain: Grain | None = None
    mod: str | None = None
    anchor: str | None = None
    anchor_value: str | None = None
    known: frozenset[str] = frozenset()
    implied: frozenset[str] = frozenset()
    span: tuple[int, int] | None = None
    offset: Offset | None = None
    freq: str | None = None
    quant: str | None = None


def day_of(timex: Timex) -> date:
    """The day a day-grain expression names: its value's, which is its interval's first day unless
    the interval admits more ("Eid", whose observed day may be a day either side of the table's)."""
    if timex.grain == Grain.DAY and len(timex.value) == 10 and timex.value[4] == "-" and timex.value[7] == "-":
        try:
            return date.fromisoformat(timex.value)
        except ValueError:
            pass
    if timex.type is TimexType.TIME and timex.value[10:11] == "T" and timex.value[4:5] == "-":
        try:
            # "midnight Sunday" (T24:00) ends Sunday: its day is the one its value names, not the
            # next one its interval starts on ("at midnight Sunday (2200 GMT)" restates a Sunday time)
            return date.fromisoformat(timex.value[:10])
        except ValueError:
            pass
    return timex.interval.start.date() if timex.interval is not None else date.min


@dataclass
class Anchor:
    """What a relative expression is resolved against."""

    day: date
    grain: Grain
    ident: str
    value: str
    moment: datetime | None = None

    def describe(self) -> str:
        if self.ident == "DCT":
            return f"the publication date {cal.describe_day(self.day)}"
        return f"the earlier date {self.value}"


#: What may stand beside a time stamp on its line ("14:30 GMT:", "- 10:45 -", "**Yesterday**").
STAMP_PUNCTUATION = " \t:-\u2013\u2014.|*#"


def stamp_line(text: str, start: int, end: int) -> bool:
    """Whether the expression at ``start:end`` is a time stamp alone on its line, heading a live
    blog's or a chronology's entry ("10:45 GMT" over "Trains are cancelled for the rest of the
    day"). Only a few characters either side are looked at: linear on any text."""
    begin = max(0, start - 8)
    line_start = text.rfind("\n", begin, start) + 1
    line_end = text.find("\n", end, end + 8)
    if line_end == -1 or (line_start == 0 and begin > 0):
        return False
    return text[line_start:line_end].strip(STAMP_PUNCTUATION) == text[start:end]


@dataclass
class Context:
    text: str
    lower: str
    reference: Reference
    rules: RuleSet
    prior: list[Timex] = field(default_factory=list)
    tense_of: Callable[[int, int], str | None] = lambda start, end: None
    cue_of: Callable[[int, int], tuple[str, str] | None] = lambda start, end: None
    schedule_of: Callable[[int, int], str | None] = lambda start, end: None
    _history: bool | None = None
    _day_first: bool | None = None

    def tells_history(self) -> bool:
        """Whether the whole text is a history: at least three years named, nearly all of
        them years before the publication, and nothing dated from the publication day
        ("yesterday", "this week"). Its story year then carries across long paragraphs."""
        if self._history is None:
            years = [int(y) for y in _YEAR_MENTION.findall(self.text)]
            past = sum(1 for year in years if year <= self.ref_day.year - NARRATIVE_GAP)
            now = _NOW_WORDS.search(self.lower)
            if now is not None and now.group() == "today" and past >= HISTORY_TODAY_YEARS:
                # "Today the battlefield is a national park": a long history may close on the present
                now = _NOW_WORDS.search(self.lower.replace("today", "     "))
            self._history = len(years) >= 3 and past >= 0.8 * len(years) and now is None
        return self._history

    def writes_day_first(self) -> bool:
        """Whether the text writes its numeric dates day first: it has one that can only be read
        so ("25/02/2020"), or writes its dates in words day first ("LONDON, 10 July") and never
        month first ("July 10"), and has no numeric date that can only be month first ("02/25/2020")."""
        if self._day_first is None:
            worded = _DAY_MONTH_WORDS.search(self.text) is not None and _MONTH_DAY_WORDS.search(self.text) is None
            self._day_first = (_DAY_FIRST.search(self.text) is not None or worded) and \
                _MONTH_FIRST.search(self.text) is None
        return self._day_first

    @property
    def ref_day(self) -> date:
        return self.reference.day

    def dct(self) -> Anchor:
        return Anchor(self.ref_day, Grain.DAY, "DCT", self.ref_day.isoformat(), self.reference.moment)

    def anchor_for(self, grain: Grain, before: int, *, finer: bool = False, month_counts: bool = False,
                   month_back: bool = False) -> Anchor:
        """The most recent earlier expression at least as fine as ``grain``, else the DCT.

        A day-grain anchor is a day, not a time on it, unless ``finer``: a clock time takes
        the day of an earlier clock time or part of day ("Wed 9:00am - 5:30pm").
        With ``month_counts`` (a count of days or weeks from the story's time: "two weeks
        later", "the next day") a month or week told after the last such day, or with no such
        day before it, is the anchor: the story has moved on to it. With ``month_back`` too (a
        count of units later: "a week later") a month told after the last day but before it in
        time is the anchor as well: the story went back to it ("heard arguments on Wednesday ...
        struck down the maps in January. The state appealed a week later").

        Only the last LOOKBACK expressions are considered: narrative anaphora refers to
        something recent, and a bounded look keeps tagging linear in the text's length.
        """
        coarse: Anchor | None = None
        coarse_span: Interval | None = None
        flashback: Anchor | None = None  # the latest anchor passed over as a flashback
        told_back: bool | None = None  # whether the expression at ``before`` is itself in a flashback
        for index in range(len(self.prior) - 1, max(-1, len(self.prior) - 1 - LOOKBACK), -1):
            timex = self.prior[index]
            if timex.start >= before or timex.interval is None or timex.grain is None:
                continue
            if timex.type not in (TimexType.DATE, TimexType.TIME) or timex.value.endswith("_REF"):
                continue
            if timex.grain == Grain.QUARTER and timex.rule in DERIVED_QUARTER_RULES:
                continue  # a company report's comparison ("a year ago" = 2019-Q3), not the story's time
            if _BACKGROUND_CLAUSE.search(self.lower, max(0, timex.start - 80), timex.start):
                continue  # "the company that had maintained the cables since 2009. ... the following spring": background
            if timex.rule == "unit_offset" and (timex.anchor or "").startswith("t") and \
                    timex.text.lower().endswith(("earlier", "before")) and \
                    PARAGRAPH_BREAK.search(self.text, timex.end, before) is not None:
                continue  # "Two days earlier, a foreshock had struck." a flashback; the next paragraph is back on the story
            if grain == Grain.DAY and not finer and timex.rule == "ago" and timex.grain == Grain.WEEK and \
                    timex.anchor == "DCT" and flashback is None and coarse is None:
                # "ordered by the FAA a week ago ... had grounded their jets a day earlier": weeks counted back
                # from the publication date end on its weekday (value 2013-W03, the day 17 January)
                return Anchor(timex.interval.start.date() + timedelta(days=self.ref_day.weekday()), Grain.DAY,
                              f"t{index}", timex.value)
            if timex.grain >= grain and (timex.grain <= Grain.DAY or grain > Grain.DAY or finer or
                                         "day" in timex.known or "weekday" in timex.known or
                                         stamp_line(self.text, timex.start, timex.end)):
                # "the evening of 14 April 1865", "2 p.m. Wednesday ... that evening": the day is stated
                if coarse is not None and coarse_span is not None and (
                        coarse.day > day_of(timex) or (month_back and coarse_span.end.date() <= day_of(timex))):
                    return coarse  # the story has moved on to a later month since this day (or back)
                if flashback is not None and timex.anchor == "DCT":
                    return flashback  # nothing of the story before the flashback but the present
                if flashback is None and grain <= Grain.YEAR and _in_flashback(self, timex.start) and \
                        SENTENCE_BREAK.search(self.text, timex.end, before) is not None:
                    if told_back is None:
                        told_back = _in_flashback(self, before)
                    if not told_back:
                        # "The city fell on 15 July 1099. The crusaders had set out in 1096. The following
                        # year ...": the flashback's year is passed over; the story goes on from 1099 (a
                        # day or a week counted after a flashback may go on from it: "She had last been
                        # seen the previous Saturday. ... reported her missing two days later")
                        flashback = Anchor(day_of(timex), timex.grain, f"t{index}", timex.value)
                        continue
                return Anchor(day_of(timex), timex.grain, f"t{index}", timex.value)
            if coarse is None and month_counts and grain >= Grain.WEEK and timex.type is TimexType.DATE and \
                    Grain.MONTH <= timex.grain < grain:
                # "In mid-September ... Two weeks later": counted from that month
                coarse = Anchor(timex.interval.start.date(), timex.grain, f"t{index}", timex.value)
                coarse_span = timex.interval
        return coarse or flashback or self.dct()

    def era_year_before(self, before: int) -> tuple[int, int] | None:
        """(astronomical year, index) of the date last mentioned before ``before`` when it is
        a year before the common era ("In 52 BC, ... later that year"): such a date has no
        interval, so :meth:`anchor_for` cannot count from it. Year 1 BC is 0, 2 BC is -1."""
        for index in range(len(self.prior) - 1, max(-1, len(self.prior) - 1 - LOOKBACK), -1):
            timex = self.prior[index]
            if timex.start >= before or timex.type not in (TimexType.DATE, TimexType.TIME):
                continue
            found = _BC_YEAR.match(timex.value)
            return (1 - int(found.group(1)), index) if found else None
        return None

    def vocab(self, table: str, surface: str | None) -> Any:
        if surface is None:
            return None
        return self.rules.lookup(table, surface)


LOOKBACK = 64
_BC_YEAR = re.compile(r"BC(\d{4})\b")
YEARS_IN = {"Y": 1, "DE": 10, "CE": 100}


def era_year_value(year: int) -> str:
    """TimeML value of an astronomical year: ``BC0216`` for -215, ``0009`` for 9."""
    return f"{year:04d}" if year >= 1 else f"BC{1 - year:04d}"


def years_from_era(ctx: Context, g: dict[str, str], start: int, years: float, mod: str | None,
                   what: str) -> Resolution | None:
    """"Two years later" after "218 BC": counted in years from a year before the common era."""
    found = ctx.era_year_before(start)
    if found is None or years != int(years):
        return None
    base, index = found
    year = base + int(years)
    value = era_year_value(year)
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> {what} {ctx.prior[index].value} -> {value}",
                      cal.year_span(year) if year >= 1 else None, Grain.YEAR, mod, f"t{index}",
                      ctx.prior[index].value, implied=frozenset({"year"}))

Resolver = Callable[[Context, dict[str, str], int, int], Resolution]
RESOLVERS: dict[str, Resolver] = {}


def resolver(name: str) -> Callable[[Resolver], Resolver]:
    """Register a resolver under the ``resolve`` name rules.toml uses for it."""
    def register(fn: Resolver) -> Resolver:
        RESOLVERS[name] = fn
        return fn
    return register


# --------------------------------------------------------------------------- helpers

def parse_number(ctx: Context, text: str | None) -> float | None:
    if text is None:
        return None
    if text.endswith(")") and text[text.rfind("(") + 1:-1].isdigit():
        return float(text[text.rfind("(") + 1:-1])  # "thirty (30)", "one hundred twenty (120)": the digits say it
    words = " ".join(text.replace("-", " ").split())
    if words and words[0].isdigit():
        value = float(words.split(" ")[0].replace(",", ""))
        if words.endswith("1/2"):
            value += 0.5
        return value
    found = ctx.vocab("number", words)
    if found is not None:
        return float(found)
    parts = words.split(" ")
    if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS:
        return float(TENS[parts[0]] + UNITS[parts[1]])
    if len(parts) >= 2 and parts[1] == "hundred" and parts[0] in UNITS:  # "three hundred", "two hundred and fifty"
        rest = parse_number(ctx, " ".join(parts[3:])) if len(parts) > 3 and parts[2] == "and" else 0.0
        if rest is not None and (len(parts) == 2 or len(parts) > 3 and parts[2] == "and"):
            return 100.0 * UNITS[parts[0]] + rest
    return None


def format_amount(amount: float, unit: str) -> str:
    """TimeML duration for ``amount`` units, turning halves into the next smaller unit."""
    whole = int(amount)
    frac = amount - whole
    if unit in ("DE", "CE", "ML"):
        years = amount * {"DE": 10, "CE": 100, "ML": 1000}[unit]
        return f"P{int(years)}Y" if years == int(years) else f"P{int(years * 12)}M"
    if unit == "FN":
        return f"P{int(amount * 2)}W"
    if unit == "N":
        unit = "D"
    if unit == "Q":
        # TimeML has a quarter unit ("the past two quarters" = P2Q, "every quarter" = P1Q);
        # a part of a quarter is counted in months.
        return f"P{whole}Q" if not frac else f"P{int(round(amount * 3))}M"
    if unit == "WE":
        return f"P{whole}WE"
    if not frac:
        if unit in ("H", "TM", "S"):
            return f"PT{whole}{'M' if unit == 'TM' else unit}"
        return f"P{whole}{unit}"
    smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "TM": ("S", 60)}
    if unit == "S":
        return f"PT{amount:g}S"  # "9.58 seconds": ISO 8601 takes a decimal fraction on the smallest unit
    if unit not in smaller:
        return f"PT{amount:g}S" if unit == "S" else f"P{amount:g}{unit}"  # "9.58 seconds": a time unit
    small, factor = smaller[unit]
    rest = int(round(frac * factor))
    if abs(frac * factor - rest) > 1e-6 or (unit == "M" and frac != 0.5):
        # "a median of 5.2 years" is not five years and two months: ISO 8601 takes a decimal
        # fraction on its smallest unit (a month has no fixed number of days: only its half is 15)
        return f"PT{amount:g}{'M' if unit == 'TM' else unit}" if unit in ("H", "TM") else f"P{amount:g}{unit}"
    if unit in ("Y", "M", "W"):
        if whole == 0:
            return f"P{rest}{small}"
        return f"P{whole}{unit}{rest}{small}"
    if unit == "D":
        return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
    letter = "M" if unit == "TM" else unit
    return f"PT{whole}{letter}{rest}{small}" if whole else f"PT{rest}{small}"


def unit_of(ctx: Context, g: dict[str, str]) -> str | None:
    if g.get("unit"):
        return str(ctx.vocab("unit", g["unit"]))
    if g.get("punit"):
        return str(ctx.vocab("unit", g["punit"]))
    if g.get("cunit"):
        return str(ctx.vocab("compact_unit", g["cunit"]))
    return None


def value_at(day: date, grain: Grain) -> tuple[str, Interval]:
    """TimeML value and interval of the ``grain``-sized period containing ``day``."""
    if grain >= Grain.DAY:
        return day.isoformat(), cal.day_span(day)
    if grain == Grain.WEEK:
        return cal.week_value(day), cal.week_span(day)
    if grain == Grain.MONTH:
        return f"{day.year:04d}-{day.month:02d}", cal.month_span(day.year, day.month)
    if grain == Grain.QUARTER:
        quarter = (day.month - 1) // 3 + 1
        return f"{day.year:04d}-Q{quarter}", cal.quarter_span(day.year, quarter)
    if grain == Grain.DECADE:
        return f"{day.year // 10:03d}", cal.years_span(day.year // 10 * 10, 10)
    if grain == Grain.CENTURY:
        return f"{day.year // 100:02d}", cal.years_span(day.year // 100 * 100, 100)
    return f"{day.year:04d}", cal.year_span(day.year)


def quoted(text: str) -> str:
    return f'"{" ".join(text.split())}"'


def position_mod(text: str | None) -> str | None:
    if not text:
        return None
    for word in re.split(r"[\s-]+", text):
        if word in POSITION_MOD:
            return POSITION_MOD[word]
    return None


def year_from_two_digits(two: int, ref_year: int) -> int:
    """The year in the century that keeps it at most 10 years after ``ref_year``: '82 in 2020 is 1982,
    '25 in 2020 is 2025, and '05 in 1998 is 2005 (the next century's, still within ten years)."""
    century = ref_year // 100 * 100
    year = century + two
    if year > ref_year + 10:
        year -= 100
    elif year + 100 <= ref_year + 10:
        year += 100
    return year


_PRESENT_RESOLVERS = frozenset({"deictic", "weekday", "relative", "ago", "in_units"})


_PRESENT_RULES: dict[int, tuple[RuleSet, int, frozenset[str]]] = {}


def _present_rules(rules: RuleSet) -> frozenset[str]:
    """Names of the rules that date from the present: "yesterday", "on Thursday", "last
    week", "two days ago", "in two weeks" (not a bare month that merely fell back on the DCT).
    Computed once per rule set (kept with the set itself, so a new one at the same id and a
    changed list of rules are told apart)."""
    known = _PRESENT_RULES.get(id(rules))
    if known is not None and known[0] is rules and known[1] == len(rules.rules):
        return known[2]
    names = frozenset(r.name for r in rules.rules if r.resolve in _PRESENT_RESOLVERS)
    _PRESENT_RULES[id(rules)] = (rules, len(rules.rules), names)
    return names


_WILL = re.compile(r"\b(?:will|shall|won't|going to|is to|are to|is due to|are due to)\b[^.;!?]*$|'ll\b[^.;!?]*$")
_FRAMING = re.compile(r"(?:^|\b(?:in|during|by|until|from|on|of|early|late|mid|after|before))[\s-]*$")
# a year whose own extent opens with its part ("early in 1963", "late in 1849") frames a story itself
_OWN_FRAMING = re.compile(r"(?:early|late|mid|the\s+(?:end|beginning|start|middle|close|turn)\s+of)\b")
NARRATIVE_WINDOW = 300  # characters back to the date that sets a story's year
HISTORY_WINDOW = 3000  # the same in a text that is a history throughout (Context.tells_history)
_DAY_FIRST = re.compile(r"(?<![\d/.])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/(?:\d{4}|\d\d)(?![\d/])")
_MONTH_FIRST = re.compile(r"(?<![\d/.])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/(?:\d{4}|\d\d)(?![\d/])")
_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DAY_MONTH_WORDS = re.compile(r"(?<![\d.,/])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+" + _MONTHS + r"\b")
_MONTH_DAY_WORDS = re.compile(r"\b" + _MONTHS + r"\.?\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d,.]\d)")
_YEAR_MENTION = re.compile(r"(?<![\d$£€.,])(1[0-9]\d\d|20\d\d)(?![\d%])")
# ("the next month", "the last week of June" tell of the story, not of now)
_NOW_WORDS = re.compile(r"\b(?:yesterday|today|tonight|tomorrow|(?<!the )(?:this|last|next) (?:week|month|year|spring|summer|"
                        r"autumn|fall|winter)|this (?:morning|afternoon|evening)|last night)\b")
HISTORY_TODAY_YEARS = 8  # past years a history names that let it close on "today" and stay a history
NARRATIVE_GAP = 2  # years before the publication year from which a story is "in the past"


def _day_pending(timex: Timex) -> bool:
    """A clock time whose day was only implied from the publication date: "at 03:15 on
    22 June 1941" takes the day named after it once that is tagged, so it says nothing yet
    about whether the text tells of now or of the past."""
    return timex.type is TimexType.TIME and "day" in timex.implied and timex.anchor == "DCT"


def _looks_back(ctx: Context, timex: Timex) -> bool:
    """Whether ``timex`` was told from a later date in an earlier year ("the previous autumn"
    after "the summer of 1917")."""
    told_from = timex.anchor_value or ""
    return told_from[:4].isdigit() and timex.value[:4].isdigit() and timex.value[:4] < told_from[:4]


def _told_in_flashback(ctx: Context, timex: Timex) -> bool:
    """Whether ``timex`` is dated by a verb in the past perfect before it in its sentence (see
    :func:`_in_flashback`)."""
    return _in_flashback(ctx, timex.start)


def _in_flashback(ctx: Context, start: int) -> bool:
    """Whether what stands at ``start`` is told by a verb in the past perfect before it in its sentence:
    "Planning for the offensive had begun in mid-1967." (a flashback from the story's later
    point); not a year that opens its sentence ("In 2011, the party had won" frames the story) nor
    a date a perfect is measured to ("By 1945 the war had ended", "by the end of 1967 ... had")."""
    opening = max(0, start - FLASHBACK_REACH)
    for found in SENTENCE_BREAK.finditer(ctx.text, opening, start):
        opening = found.end()
    for found in _NEW_CLAUSE.finditer(ctx.lower, opening, start):
        opening = found.end()  # "By mid-June the corps had crossed, and in the last week of June": a clause of its own
    before = ctx.lower[opening:start].strip()
    if "\n" in before or _BY_BEFORE.search(ctx.lower, max(0, start - 24), start):
        return False
    return _PLUPERFECT.search(before) is not None


_NEW_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while|whereas)\s|;")
FLASHBACK_REACH = 120  # characters either side of a date looked at for its sentence's past perfect
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+(?:end|beginning|start|middle|close)\s+of\s+)?$")


FLASHBACK_DEPTH = 4  # past-perfect sentences in a row looked through for the story told before them


def narrative_year(ctx: Context, start: int, flashbacks: int = FLASHBACK_DEPTH) -> tuple[int, str, str] | None:
    """The year a narrative is in, when the date just mentioned before ``start`` (within
    NARRATIVE_WINDOW characters) is years before the publication: "In 1940, ... In May,
    Germany invaded" is May 1940, not the May before the DCT. Returns (year, anchor id,
    anchor value) or None when the text is not telling a past story there. A text that has
    already dated something from its publication date ("on Thursday", "last week") is news
    about the present, and its bare months keep to the publication date."""
    recent = [timex for timex in ctx.prior[-LOOKBACK:] if not _day_pending(timex)]
    present = _present_rules(ctx.rules)
    # "Fifty years ago today", "a decade ago": counted from the publication date, but telling of the past;
    # a duration counted forward from the publication date ("over the next hundred days" in a
    # past story) dates nothing: its interval is the reading's default, not a date the text gave
    of_now = [timex.start for timex in recent if timex.anchor == "DCT" and (
        timex.rule in present and not (timex.interval is not None and
                                       timex.interval.end.year <= ctx.ref_day.year - NARRATIVE_GAP) or
        timex.interval is not None and abs((timex.interval.start.date() - ctx.ref_day).days) <= 31 and
        not (timex.type is TimexType.DURATION and timex.interval.start.date() == ctx.ref_day))]
    history = ctx.tells_history()
    if of_now and not (history and all(ctx.lower.startswith("today", at) for at in of_now)):
        return None  # a date of now (or within a month of the publication) was already given: news of now
    if _WILL.search(ctx.lower, max(0, start - 60), start):
        return None  # "will join NATO on March 12": the present story, whatever year came before
    for index in range(len(ctx.prior) - 1, max(-1, len(ctx.prior) - 1 - LOOKBACK), -1):
        timex = ctx.prior[index]
        if timex.end > start or _day_pending(timex):
            continue
        if start - timex.end > (HISTORY_WINDOW if history else NARRATIVE_WINDOW):
            return None
        if of_now and of_now[-1] > timex.start:
            # a history that has come to now ("Today the campaign is remembered") stays there until
            # it dates its story again ("Today ... In the spring of 1811 ... On 9 May")
            return None
        if timex.type not in (TimexType.DATE, TimexType.TIME) or not timex.value[:4].isdigit():
            continue
        if timex.grain is None or timex.grain < Grain.YEAR:
            continue
        if timex.rule == "named_day" and (_REMEMBRANCE_AFTER.match(ctx.lower, timex.end) or
                                          _REMEMBRANCE_BEFORE.search(ctx.lower, max(0, timex.start - 40),
                                                                     timex.start) or
                                          _NAMES_THE_EVENT.search(ctx.lower, max(0, timex.start - 8), timex.start)):
            # "D-Day veterans gathered on Saturday", "the anniversary of 9/11": remembered now;
            # "remembers the Sept. 11 attacks on Saturday": the day names an event, it tells no story
            return None
        chained = (timex.anchor or "").startswith("t")
        if chained and _looks_back(ctx, timex):
            continue  # "it had been reorganised the previous autumn": a flashback, the story stays where it was
        if _BACKGROUND_ASIDE.search(ctx.lower, max(0, timex.start - 80), timex.start) and \
                ctx.lower[timex.end:timex.end + 2].startswith(","):
            continue  # "Sarov, who had won a landslide in 2015, refused to step down": background, not the story's year
        if _YEARS_SINCE_BEFORE.search(ctx.lower, max(0, timex.start - 120), timex.start):
            continue  # "Thirty years after South Africans voted on 27 April 1994, Ramaphosa used Saturday's
            # address": the past an anniversary counts from, not the story's year
        if flashbacks and _told_in_flashback(ctx, timex):
            before = narrative_year(ctx, timex.start, flashbacks - 1)
            if before is not None and before[0] >= int(timex.value[:4]):
                # "By the end of 1967 ... Planning had begun in mid-1967. ... On 21 January"; "began on
                # 22 June 1941. Hitler had issued the directive on 18 December 1940 ... Minsk fell on
                # 28 June": the flashback dates its own sentences; the story goes on from before them
                return before
        # "Fifty years ago today, ...": an anniversary names a day of the past (a bare "Four years ago"
        # does not frame a story: the tweets gold reads "Four years ago, on 1st April" as this April)
        long_ago = timex.anchor == "DCT" and timex.interval is not None and timex.grain > Grain.YEAR and \
            timex.interval.end.year <= ctx.ref_day.year - NARRATIVE_GAP
        if "year" not in timex.known and not chained and not long_ago:
            return None  # the latest date is read from the publication date: the story is now
        if not chained and "month" not in timex.known and "season" not in timex.known and \
                _FRAMING.search(ctx.lower, max(0, timex.start - 12), timex.start) is None and \
                _OWN_FRAMING.match(ctx.lower, timex.start) is None and not _framed_range_end(ctx, index):
            return None  # "the 1997 summit", "Gold Label 2011": a year named in passing, not a story's frame
        if index > 0 and not chained and _ends_range(ctx, f"t{index}"):
            opening = ctx.prior[index - 1]
            if opening.type is TimexType.DATE and opening.value[:4].isdigit() and opening.grain is not None and \
                    opening.grain >= Grain.MONTH and timex.grain >= Grain.MONTH and timex.start - opening.end <= 12:
                # "between 25 April 1915 and 9 January 1916. A naval attack in February ...": the story
                # is told from the start of the campaign it has just summed up (a span of years,
                # "from 1961 until 1989. On 9 November", is told from its end)
                index, timex = index - 1, opening
        year = int(timex.value[:4])
        told_in_full = not chained and timex.grain is not None and timex.grain >= Grain.DAY and \
            {"year", "month", "day"} <= timex.known
        if year > ctx.ref_day.year - NARRATIVE_GAP and not (year == ctx.ref_day.year - 1 and told_in_full):
            # a story of last year is told from a day written in full ("ended on 4 April 2025 ...
            # Over the summer"); a year or a month named in passing is news of now
            return None
        return year, f"t{index}", timex.value
    return None


# A relative clause in the past perfect set off by commas: what it dates is background to the story.
# (or one that tells an earlier time as such: "The 49ers, who last won the Super Bowl in 1995, open
# training camp in late July")
_BACKGROUND_ASIDE = re.compile(r",\s*(?:who|which)\s+(?:had|last|previously|once)\s+[^,.;!?]*$")
# Any relative clause in the past perfect ("the company that had maintained the cables since 2009").
_BACKGROUND_CLAUSE = re.compile(r"(?:,\s*(?:who|which)|\b(?:that|who|which))\s+had\s+(?!(?:to|not)\b)[^,.;!?]*$")


# A holiday as the subject of the present "falls"/"begins": the date of the coming one is given.
_HOLIDAY_FALLS = re.compile(r"\s+(?:falls|begins|starts)\s+(?:on|this|next|in|at)\b")


# A day of history remembered, not told: "D-Day veterans", "9/11 families", "the anniversary of D-Day".
_REMEMBRANCE_NOUNS = (r"(?:veterans|families|victims|survivors|widows|responders|anniversary|anniversaries|"
                      r"commemorations?|memorials?|museum|remembrance|ceremony|ceremonies)")
_REMEMBRANCE_AFTER = re.compile(r"\s+" + _REMEMBRANCE_NOUNS + r"\b")
_REMEMBRANCE_BEFORE = re.compile(r"\b" + _REMEMBRANCE_NOUNS + r"\s+(?:of|for)\s+(?:the\s+)?$")
# "the Sept. 11 attacks", "the D-Day landings": a day of history as a modifier names the event.
_NAMES_THE_EVENT = re.compile(r"\bthe\s+$")


_HEADING_END = re.compile(r"[ \t]*:?[ \t]*(?:\n|$)")


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\"“]\s*)(?:(?:in|during|by|throughout|over)\s+)?$")


def framed_year(ctx: Context, start: int, end: int) -> tuple[int, str, str] | None:
    """The year a sentence opens with, for a month or season later in it: "Last year, a
    similar effort stalled in the summer", "In 2020, sales peaked in March". Only a year that
    opens the sentence frames it ("the firm, founded in 1998, opens in March" is not framed),
    the expression must be the next one after it in the same sentence, and a future clause
    after a past year is not framed by it."""
    for index in range(len(ctx.prior) - 1, max(-1, len(ctx.prior) - 1 - LOOKBACK), -1):
        timex = ctx.prior[index]
        if timex.end > start:
            continue
        if timex.type is not TimexType.DATE or timex.grain != Grain.YEAR or not timex.value.isdigit() or \
                timex.interval is None:
            return None
        between = ctx.lower[timex.end:start]
        if SENTENCE_BREAK.search(ctx.text, timex.end, start) or "\n" in between or ";" in between:
            return None
        if _SENTENCE_OPENING.search(ctx.lower, max(0, timex.start - 40), timex.start) is None:
            return None
        year = int(timex.value)
        if year == ctx.ref_day.year:
            return None  # "This year, ... in March": the choice by tense from the publication date decides
        if timex.text.lower().endswith("ago"):
            return None  # "Four years ago, on 1st April" may be the anniversary told on 1 April (narrative_year)
        tense = ctx.tense_of(start, end)
        if tense == "future" and year < ctx.ref_day.year or tense == "past" and year > ctx.ref_day.year:
            return None
        return year, f"t{index}", timex.value
    return None


def heading_year(ctx: Context, start: int) -> tuple[int, str, str] | None:
    """The year a chronology's entries stand under: "2019\nDec. 31 - China reports ...\n2020\n
    Jan. 11 - ..." (a year alone on its line heads the dates that follow it, up to the next
    date that states its own year)."""
    for index in range(len(ctx.prior) - 1, max(-1, len(ctx.prior) - 1 - LOOKBACK), -1):
        timex = ctx.prior[index]
        if timex.end > start:
            continue
        if start - timex.end > HISTORY_WINDOW:
            return None
        if timex.type is not TimexType.DATE or "year" not in timex.known:
            continue
        line_start = ctx.text.rfind("\n", max(0, timex.start - 4), timex.start) + 1
        alone = (line_start > 0 or timex.start <= 4) and not ctx.text[line_start:timex.start].strip(" \t#*") and \
            _HEADING_END.match(ctx.text, timex.end) is not None
        if alone and timex.grain == Grain.YEAR and timex.value.isdigit():
            return int(timex.value), f"t{index}", timex.value
        return None  # the latest date that states its year is no heading: the other readings decide
    return None


_PAIRED_DATE = re.compile(r"\s*(?:-|–|—|to|until|till|through|and|or|&)\s+(?:the\s+)?(?:(?P<day_first>\d{1,2})"
                          r"(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<month>[a-z]+)\.?(?:\s+(?P<day_after>\d{1,2})"
                          r"(?:st|nd|rd|th)?)?,?\s+(?P<year>\d{4})(?![\d%])")


def shared_year(ctx: Context, month: int, day: int | None, end: int) -> int | None:
    """The year of the date that a yearless date is paired with: "from 14 July to 12 September
    1683", "31 May and 1 June 1916", "from February to December 1916" all share the year
    written once at the end (the year before it when the pair crosses New Year)."""
    found = _PAIRED_DATE.match(ctx.lower, end)
    if found is None:
        return None
    other = ctx.vocab("month", found.group("month"))
    if other is None:
        return None
    year = int(found.group("year"))
    later_day = int(found.group("day_first") or found.group("day_after") or 31)
    if (int(other), later_day) < (month, day or 1):
        year -= 1  # "from December to February 1917"
    return year if year >= 1 else None


# "who had commanded since March", "had fallen in January", "before March": a month told back from
# the story's date, not on into the next year (in the clause of its "had": "had been stopped, and by the
# end of January" goes on; "had been cleared by January" is a deadline of the story, not a flashback)
_TOLD_BACK_BEFORE = re.compile(r"\b(?:since|before)\s+(?:(?:early|late|mid)[\s-]+)?(?:the\s+)?(?:\d{1,2}\s+)?$|"
                               r"\bhad\s+(?!to\b)[^.;:,!?]*(?<!\bby\s)(?<!\bby\sthe\send\sof\s)$")


# The month a season's story stands at, for a month named after it ("In the autumn of 1967 ... On
# 21 January" goes on into 1968); winter is left to its own naming (the year it ends in)
_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10}


def _into_next_year(story_value: str, month: int, year_ended: bool = False) -> bool:
    """Whether ``month``, named after the story's date ``story_value`` ("1944-12-16", "1967-FA",
    or a year the story has told to its end: "By the end of 1967 ... On 21 January"), comes sooner
    after it in the next year (January after December) than before it in the same year: a story
    mostly moves forward. A year alone, or late in it ("late in 1963. In March"), stays in it."""
    if year_ended:
        told = 12
    elif story_value[4:5] != "-" or not (story_value[5:7].isdigit() or story_value[5:7] in _SEASON_MONTH):
        return False
    else:
        told = int(story_value[5:7]) if story_value[5:7].isdigit() else _SEASON_MONTH[story_value[5:7]]
    return month < told and month + 12 - told < 6


def _year_ended(timex: Timex) -> bool:
    """"the end of 1967", "by the close of 1812": a year stated and told to its end."""
    return timex.mod == "END" and "year" in timex.known and timex.grain == Grain.YEAR and \
        _YEAR_END_WORDS.search(timex.text.lower()) is not None


_YEAR_END_WORDS = re.compile(r"\b(?:end|close)\s+of\b")


# The words and dashes that join the two ends of a range ("5-7", "Monday to Wednesday",
# "1 through 3 July"); one list for every check that asks whether a range is being read.
RANGE_LINK = r"(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\btill\b|\buntil\b)"
_RANGE_BEFORE = re.compile(rf"(?:{RANGE_LINK}|\band)\s*$")


# "Dec. 31 and Jan. 1", "Sept. 30 or Oct. 1", "from November to January", "March-April": two dates
# named together; the second is told from the first
_DATE_PAIR_LINK = re.compile(rf"\s*(?:{RANGE_LINK}|,?\s*\b(?:and|or|into)\b|&)\s*(?:(?:early|mid|late)[\s-]+)?")
PAIR_WITHIN = 183  # days: a later date named with an earlier one follows it within half a year


def _paired_before(ctx: Context, month: int, day: int | None, start: int) -> tuple[int, str, str] | None:
    """The year of a yearless date named right after another date it is coordinated with
    ("Dec. 31 and Jan. 1": January of the year after; "Sept. 30 or Oct. 1": the October after
    that September), with the anchor it was told from; None when the date before is not such a
    partner, or the date would come more than half a year after it (a list out of order)."""
    if not ctx.prior:
        return None
    index = len(ctx.prior) - 1
    before = ctx.prior[index]
    if before.end > start or before.type is not TimexType.DATE or before.interval is None or \
            before.grain not in (Grain.DAY, Grain.MONTH) or "month" not in before.known or \
            not before.value[:4].isdigit() or _DATE_PAIR_LINK.fullmatch(ctx.lower, before.end, start) is None:
        return None
    if (day is None) != (before.grain == Grain.MONTH):
        return None  # "Jan. 5 and February": a day and a month are no pair of like dates
    told = before.interval.start.date()
    year = told.year if (month, day or 1) >= (told.month, told.day if day else 1) else told.year + 1
    try:
        distance = (date(year, month, day or 1) - told.replace(day=told.day if day else 1)).days
    except ValueError:
        return None
    if distance > PAIR_WITHIN or not 1 <= year <= 9999:
        return None
    if "year" in before.implied and date(year, month, day or 1) > ctx.ref_day and \
            ctx.tense_of(before.start, before.end) == "past" and \
            _GOVERNS_MONTH.search(ctx.lower, max(0, before.start - 40), before.start) is not None:
        # "Exports slumped in March-April" told in mid-March: a past range cannot end ahead of the
        # publication; the second month takes its own (past) year and the first then follows it
        return None
    return year, f"t{index}", before.value



def _framed_range_end(ctx: Context, index: int) -> bool:
    """Whether expression ``index`` closes a range of years that frames the story: "From 1939 to
    1945, ... On 6 August" tells of 1945 (the range's opening year sits right before it, after
    "from", "between" or "in")."""
    if index == 0 or not _ends_range(ctx, f"t{index}"):
        return False
    opening = ctx.prior[index - 1]
    return "year" in opening.known and ctx.prior[index].start - opening.end <= 12 and \
        _FRAMING_RANGE.search(ctx.lower, max(0, opening.start - 12), opening.start) is not None


_FRAMING_RANGE = re.compile(r"\b(?:from|between|in)\s+$")


def _ends_range(ctx: Context, ident: str) -> bool:
    """Whether expression ``ident`` ("t3") closes a range ("from February to December 1916"):
    the story then goes back to the range's start, not on from its end."""
    timex = ctx.prior[int(ident[1:])]
    return _RANGE_BEFORE.search(ctx.lower, max(0, timex.start - 10), timex.start) is not None


# Cues after which a date already past is still possible: "would" and "until" (the future seen
# from a past moment), and present tenses that also tell of what recurs ("the fiscal year
# begins in October"). "expires" is not among them: an offer or a contract expires once, so
# "The offer expires Dec. 31" in January is the coming Dec. 31.
WEAK_FUTURE_CUES = frozenset({"would", "could", "until", "planned", "planned to", "begins", "opens", "resumes", "starts", "ends",
                              "faces", "convenes", "reconvenes", "meets", "visits", "travels", "hosts",
                              "plays", "unveils", "debuts", "premieres", "airs", "launches", "kicks off",
                              "goes on sale", "go on sale",
                              "heads to", "flies to", "leaves for", "takes on", "postponed to", "delayed to",
                              "pushed back to", "rescheduled for"})


_SINCE_BEFORE = re.compile(r"\bsince\s+$")
# A month's own numbers ("October's figures", "March's jobs report"): they exist once the month has begun.
# Words for published numbers, shared by the checks below
_DATA_NOUNS = r"figures|data|numbers|statistics|reports?|readings?|payrolls|estimates?"
_DATA_OF_MONTH = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:" + _DATA_NOUNS +
                            r"|results|sales|survey|index|inflation|output|exports|imports)\b")

# A month as a modifier of published numbers ("the November trade figures", "its December jobs
# report"); not "the January sales" (the shopping event).
_DATA_MONTH_ATTRIBUTE = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:" + _DATA_NOUNS + r")\b")
# A month that names a futures contract ("December futures", "the March contract", "crude for
# January delivery"): the month the contract falls due, never one already over.
_DELIVERY_MONTH_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:futures|contracts?|delivery)\b")
_TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:in|since|until|till|by|during|from|before|after|through)\s+$")
_MINUTES_OF_BEFORE = re.compile(r"\bminutes\s+(?:of|from)\s+(?:the|its|their)\s+$")
_MEETING_AFTER = re.compile(r"(?:\s+(?:policy|board|fomc|mpc|rate[-\s]setting))?\s+(?:meeting|session)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their)\s+$")
# Published numbers "for" a month ("CPI data for February will be released on March 18", "the
# report for January is due Tuesday"): the month they cover, read as "February's figures" is (figures
# exist once the month has begun: the latest such month, whatever the verb's tense).
_DATA_FOR_BEFORE = re.compile(r"\b(?:" + _DATA_NOUNS + r"|results)\s+for\s+$")

# What Tagger.scheduled_present returns for an imperative ("imperative: join us") and for a plan
# asked about: nothing asked for or planned can lie before the publication (a strong future).
IMPERATIVE_MARK = "imperative: "
QUESTION_MARK = "question: ?"


# A past verb and up to three words of its object: "Parliament approved the budget in", "The attack
# happened on"; the preposition that follows governs the month ("in") or the day ("on").
_PAST_VERB = (r"\b(?:[a-z]{3,}ed|rose|fell|grew|sank|shrank|slid|won|lost|hit|took|made|came|went|began|"
              r"saw|paid|sold|bought|left|met|held|spent|struck|broke|became|brought|built|led|ran|"
              r"cut|kept|gave|got|fought|fled|stood|swept|wrote|told|sent|found|thought|drew|"
              r"threw|shot|killed|signed|dropped|jumped|was|were)\s+")
_PAST_VERB_THEN = _PAST_VERB + r"(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w.,:%$-]+\s+){0,3}"
# ("suspended visa-free travel for Georgian officials in January": the object may run to six words)
_GOVERNS_MONTH = re.compile(_PAST_VERB + r"(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w.,:%$-]+\s+){0,6}"
                            r"in\s+(?:early\s+|late\s+|mid-?)?$")
# A date opening its clause ("In February the company took ...", "On March 3, rebels seized ..."),
# and the past verb of the clause after it, within a few words
_OPENS_CLAUSE = re.compile(r"(?:^|[.;!?\n]\s*|,\s*|\b(?:and|but)\s+)(?:in|on|by|during|early\s+in|late\s+in)\s+"
                           r"(?:early\s+|late\s+|mid-?|the\s+(?:night|morning|afternoon|evening|eve)\s+of\s+)?$")
_PAST_VERB_AFTER_OPENING = re.compile(r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?,?\s+(?:[a-z'’-]+\s+){0,4}?"
                                      r"(?:[a-z]{2,}ed|took|won|lost|made|sold|bought|began|came|went|fell|rose|held"
                                      r"|met|left|struck|broke|saw|gave|got|ran|led|set|put|hit|shut|cut)\b")
_MONTH_JOINED_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:-|–|/|and|or|to|through)\s*$")
# ... or the day with "on", or right after the verb ("the quarter ended Dec. 28")
_GOVERNS_DAY = re.compile(_PAST_VERB_THEN + r"on\s+(?:or\s+(?:about|around|before|after)\s+)?$|" + _PAST_VERB + "$")


# "the hottest July", "its best-ever December", "the most violent August": a month (season) ranked
_RANKED_MONTH_BEFORE = re.compile(r"\b(?:the|its|their|his|her|a|our)\s+([a-z]{2,}est|best|worst|(?:most|least)\s+[a-z]+)"
                                  r"(?:[\s-]+ever)?\s+$")
# words in -est that rank nothing ("the rest of July", "the harvest in August")
NOT_SUPERLATIVE = frozenset("interest protest request contest arrest harvest forest guest test quest chest "
                            "nest west rest modest honest manifest midwest unrest inquest conquest".split())


def _ranked(ctx: Context, start: int) -> bool:
    """Whether a superlative ranks the month or season that starts at ``start`` ("the hottest July")."""
    ranked = _RANKED_MONTH_BEFORE.search(ctx.lower, max(0, start - 40), start)
    return ranked is not None and ranked.group(1) not in NOT_SUPERLATIVE


_MODAL_OR_PLAN = re.compile(r"\b(?:would|will|shall|could|should|might|may|must|to\s+[a-z]+|plans?|scheduled|due|expected|"
                            r"signall?ed|pencill?ed|promised|pledged|vowed|projected|forecast)\b")


def _modal_or_plan_before(ctx: Context, start: int) -> bool:
    """Whether a modal or a word of plans stands in the 60 characters before ``start``; a
    capitalised "May" is the month or the name ("May called the vote in April"), not the modal."""
    for found in _MODAL_OR_PLAN.finditer(ctx.lower, max(0, start - 60), start):
        if found.group() != "may" or ctx.text[found.start()] == "m":
            return True
    return False


# A state that holds now and lasts until the date: "is open through Jan. 5", "remains closed until
# March 1", "the offer is valid until ...", "runs through Sunday", "will stay shut until ...".
_STATE_UNTIL = re.compile(r"\b(?:is|are|remains?|stays?|runs?|lasts?|continues?|will\s+(?:be|remain|stay|run|last|continue))"
                         r"\s+(?:[\w.:,'’-]+\s+){0,8}?(?:until|till|through|thru)\s+(?:the\s+)?$")


# The present of "be" right before the date: "The deadline is Dec. 31", "The vote is set for March 5",
# "Launch is now targeted for no earlier than February" (a plan's earliest date)
_BE_DATE = re.compile(r"\b(?:is|are)\s+(?:(?:now|still|also|on|set\s+for|scheduled\s+for|slated\s+for|targeted\s+for|"
                      r"planned\s+for|due|due\s+on|no\s+earlier\s+than|not\s+earlier\s+than)\s+)*$")


def choose_year(ctx: Context, month: int, day: int | None, start: int, end: int) -> tuple[int, str]:
    """The year of a date given without one: the candidate nearest the reference, biased by tense."""
    tense = ctx.tense_of(start, end)
    cue = ctx.cue_of(start, end)
    if _STATE_UNTIL.search(ctx.lower, max(0, start - 90), start) is not None or \
            _BE_DATE.search(ctx.lower, max(0, start - 40), start) is not None:
        # "The exhibition is open through January 5" (told in March): a state that holds now ends
        # on that date, so the date is not over; "The deadline is Dec. 31": what is set for a date
        tense, cue = "future", ("future", "will")
    schedule = ctx.schedule_of(start, end) if tense != "future" else None
    scheduled = schedule is not None
    if scheduled:
        tense = "future"  # "releases the report Jan. 9": what is scheduled, a weak cue
    # "Join us in January", "Book now for Easter": what is asked for cannot be over
    asked = schedule is not None and schedule.startswith((IMPERATIVE_MARK, QUESTION_MARK))
    if day is None and _DATA_MONTH_ATTRIBUTE.match(ctx.lower, end) and \
            _DETERMINER_BEFORE.search(ctx.lower, max(0, start - 8), start):
        # "The November trade figures are due Wednesday": the verb's tense is the release's, not
        # the month's; the nearest November is meant ("the January data will be published in
        # February", told in December, is the coming January's)
        tense, cue, scheduled = None, None, False
    if day is None and _DELIVERY_MONTH_AFTER.match(ctx.lower, end) and \
            _TIME_PREPOSITION_BEFORE.search(ctx.lower, max(0, start - 12), start) is None:
        tense, cue, scheduled = "future", ("future", "delivery"), False
    if _MINUTES_OF_BEFORE.search(ctx.lower, max(0, start - 24), start) and _MEETING_AFTER.match(ctx.lower, end):
        # "the minutes of the Dec. 15-16 meeting will be released": minutes record a meeting held
        tense, cue, scheduled = "past", ("past", "minutes"), False
    if day is None and (_DATA_OF_MONTH.match(ctx.lower, end) or
                        _DATA_FOR_BEFORE.search(ctx.lower, max(0, start - 24), start)):
        # "will publish October's figures next week": the figures of a month already begun
        tense, cue, scheduled = "past", ("past", "'s"), False
    # "will", "is set to": a date wholly before the publication cannot be meant, unless the cue
    # is a weak one ("said it would ... by Jan. 14").
    future_penalty = 200 if (scheduled or cue is None or cue[1] in WEAK_FUTURE_CUES) and not asked else 400
    # "since January": the month has begun; one ahead of the publication cannot be meant
    past_penalty = 400 if cue == ("past", "since") and _SINCE_BEFORE.search(ctx.lower, max(0, start - 8), start) \
        or cue == ("past", "'s") else 200
    # the second of two months ("slumped in March-April", "in May and June") is governed as the first is
    joined = _MONTH_JOINED_BEFORE.search(ctx.lower, max(0, start - 16), start) if day is None else None
    governed = joined.start() if joined is not None else start
    if day is None and tense == "past" and cue is not None and cue[1] not in ("said", "says", "'s") and \
            _GOVERNS_MONTH.search(ctx.lower, max(0, governed - 64), governed) is not None and \
            not _modal_or_plan_before(ctx, governed):
        # "Parliament approved the budget in January": a past event in a month told with "in";
        # not a plan told in a past sentence ("decided to admit ... in March")
        past_penalty = 400
    if day is not None and tense == "past" and cue is not None and cue[1] not in ("said", "says", "'s") and \
            _GOVERNS_DAY.search(ctx.lower, max(0, start - 40), start) is not None and \
            not _modal_or_plan_before(ctx, start):
        # "The attack happened on June 3" (told in May): the past event's day is over
        past_penalty = 400
    if tense == "past" and cue is not None and cue[1] not in ("said", "says", "'s") and \
            _OPENS_CLAUSE.search(ctx.lower, max(0, governed - 24), governed) is not None and \
            _PAST_VERB_AFTER_OPENING.match(ctx.lower, end) is not None:
        # "In February the company took control of the network" (told in December): a date that
        # opens its clause is the time of the past verb that follows it
        past_penalty = 400
    ranked = day is None and tense == "past" and _ranked(ctx, start)
    if ranked:
        # "It was the hottest July on record", "The wettest August since 1956 left fields under
        # water": a month ranked in the past tense is over (not even the month under way)
        past_penalty = 400
    ref = ctx.ref_day
    best: tuple[float, int] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        if not 1 <= year <= 9999:
            continue
        try:
            if day is None:
                first = date(year, month, 1)
                last = (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)) - timedelta(days=1)
                distance = 0.0 if first <= ref <= last else float(min(abs((first - ref).days), abs((last - ref).days)))
                candidate_before = last < ref
                candidate_after = first > ref
            else:
                moment = date(year, month, day)
                distance = float(abs((moment - ref).days))
                candidate_before, candidate_after = moment < ref, moment > ref
        except ValueError:
            continue
        if tense == "past" and (candidate_after or ranked and not candidate_before):
            distance += past_penalty
        elif tense == "future" and candidate_before:
            distance += future_penalty
        elif tense is None and candidate_after:
            distance += 40  # news mostly reports what has happened
        if best is None or distance < best[0]:
            best = (distance, year)
    if best is None:
        raise ValueError("no valid year")
    reason = {"past": "past tense", "future": "future tense"}.get(tense or "", "no tense cue")
    if tense == "past" and date(best[1], month, day or 1) > ref and _past_story_before(ctx, start, best[1] - 1, month):
        # "Thirteen months ago, they were bottom ... and in July they appointed him": a past clause
        # after a past date goes on from it, not to the month ahead of the publication
        return best[1] - 1, "past tense, after the past date just mentioned"
    return best[1], reason


def _past_story_before(ctx: Context, start: int, year: int, month: int) -> bool:
    """Whether the date mentioned last before ``start`` (within NARRATIVE_WINDOW characters) is a
    past date of month grain or finer that ``month`` of ``year`` follows: the text is telling
    what happened since then."""
    if not 1 <= year:
        return False
    for timex in reversed(ctx.prior[-LOOKBACK:]):
        if timex.end > start:
            continue
        if start - timex.end > NARRATIVE_WINDOW or timex.interval is None or timex.grain is None:
            return False
        if timex.type is not TimexType.DATE:
            continue
        told = day_of(timex)
        return timex.grain >= Grain.MONTH and timex.interval.end.date() <= ctx.ref_day and \
            (told.year, told.month) < (year, month)
    return False


# --------------------------------------------------------------------------- resolvers

_WEEKDAY_BEFORE = re.compile(r"(?<![\w-])([a-z]{3,9})\.?,?[ \t]+$")


def _weekday_named_before(ctx: Context, start: int) -> int | None:
    """The weekday (1-7) written right before a date, if any: "Monday, 11/03/2024", "Mon 11/03"."""
    found = _WEEKDAY_BEFORE.search(ctx.lower, max(0, start - 12), start)
    weekday = ctx.vocab("weekday", found.group(1)) if found else None
    return int(weekday) if weekday is not None else None


def _falls_on(value: str, weekday: int) -> bool:
    """Whether the day ``value`` ("2024-03-11") is that weekday (1 = Monday)."""
    try:
        return date.fromisoformat(value[:10]).isoweekday() == weekday
    except ValueError:
        return False


@resolver("numeric_date")
def resolve_numeric_date(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"3/5/2020" is month first (American wire copy) unless the text writes its numeric dates
    day first ("25/02/2020" elsewhere in it), or only the day-first reading is the publication
    day itself ("Press release, 12/03/2020" published on 12 March), or only it falls on the
    weekday written before it ("Monday, 11/03/2024": 11 March 2024 was a Monday)."""
    first, second = int(g["monthnum"]), int(g["day"])
    result = resolve_date(ctx, g, start, end)
    if first == second or second > 12:
        return result
    swapped = dict(g, monthnum=g["day"], day=g["monthnum"])
    named = _weekday_named_before(ctx, start)
    if named is not None:
        day_first = resolve_date(ctx, swapped, start, end)
        on_it = [reading for reading in (result, day_first) if _falls_on(reading.value, named)]
        if len(on_it) == 1:
            if on_it[0] is day_first:
                day_first.explanation += " (day first: only so is it the weekday written before it)"
            return on_it[0]
    if ctx.writes_day_first():
        why = "the text writes its numeric dates day first"
    else:
        day_first = resolve_date(ctx, swapped, start, end)
        if not (day_first.value[:10] == ctx.ref_day.isoformat() and result.value[:10] != day_first.value[:10]):
            return result
        why = "read day first it is the publication day"
    day_first = resolve_date(ctx, swapped, start, end)
    day_first.explanation += f" (day first: {why})"
    return day_first


# What happens as a rule, up to the month it happens in: "typically peaks in May", "usually
# falls in late March" (a past verb, "usually peaked", is a habit too)
_HABITUAL_BEFORE = re.compile(r"\b(?:typically|usually|normally|generally|traditionally|customarily|tends?\s+to)"
                              r"\s+(?:[a-z]+\s+){1,4}(?:in|during|by|until|from|through)\s+$")


# the second month of a habit's range or pair: "usually lasts from June to September"
_MONTHS_JOINED = re.compile(r"\s*(?:to|through|until|till|and|or|-|–)\s*")


@resolver("date")
def resolve_date(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    known: set[str] = set()
    implied: set[str] = set()
    reasons: list[str] = []
    month = None
    if g.get("month"):
        month = int(ctx.vocab("month", g["month"]))
    elif g.get("monthnum"):
        month = int(g["monthnum"])
    day = None
    if g.get("day"):
        day = int(re.sub(r"\D", "", g["day"]))
    elif g.get("ordday"):
        day = int(ctx.vocab("ordinal", g["ordday"]))
        if day < 1:
            raise ValueError("not a day of the month")
    year = None
    if g.get("syear"):
        year = spoken_year(g["syear"])
        known.add("year")
    elif g.get("yy") or g.get("syy") or g.get("fyy"):
        two = int(g["yy"]) if g.get("yy") else spoken_number(g.get("syy") or g["fyy"])
        year = year_from_two_digits(two, ctx.ref_day.year)
        known.add("year")
        reasons.append(f"two-digit year in the century that keeps it at most 10 years after {ctx.ref_day.year}")
    elif g.get("oldyear") or g.get("oldyear2"):  # "October 732", "the year 800": a year of the first millennium
        year = int(g.get("oldyear") or g["oldyear2"])
        known.add("year")
    elif g.get("year"):
        digits = g["year"]
        year = int(digits) if len(digits) == 4 else year_from_two_digits(int(digits), ctx.ref_day.year)
        known.add("year")
    if month:
        known.add("month")
    if day:
        known.add("day")
    if month and not day and year is None and not g.get("yeardir") and not g.get("mdir") and \
            (_HABITUAL_BEFORE.search(ctx.lower, max(0, start - 60), start) is not None or
             ctx.prior and ctx.prior[-1].value.startswith("XXXX-") and ctx.prior[-1].type is TimexType.DATE and
             _MONTHS_JOINED.fullmatch(ctx.lower, ctx.prior[-1].end, start) is not None):
        # "The tornado season typically peaks in May", "Prices usually rise in December": any year's month
        value = f"XXXX-{month:02d}"
        how = "a habit's range, as the month it is joined to" if ctx.prior and \
            _MONTHS_JOINED.fullmatch(ctx.lower, ctx.prior[-1].end, start) else \
            "told of what happens as a rule (\"typically\", \"usually\")"
        return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> {how}: the month in any year -> {value}",
                          None, Grain.MONTH, None, known=frozenset(known))
    anchor = None
    anchor_value = None
    if year is None and g.get("yeardir"):
        year = ctx.ref_day.year + {"last": -1, "this": 0, "next": 1}[g["yeardir"]]
        anchor, anchor_value = "DCT", ctx.ref_day.isoformat()
        implied.add("year")
        reasons.append(f"{g['yeardir']} year relative to {cal.describe_day(ctx.ref_day)} is {year}")
    if year is None and g.get("mdir") and month is not None:
        direction = int(ctx.vocab("direction", g["mdir"]))
        ref = ctx.ref_day
        if direction < 0:
            year = ref.year if month < ref.month else ref.year - 1
            how = "the latest one before the current month"
        elif direction > 0:
            year = ref.year if month > ref.month else ref.year + 1
            how = "the first one after the current month"
        else:
            year = ref.year
            how = "the one in the publication year"
        anchor, anchor_value = "DCT", ref.isoformat()
        implied.add("year")
        reasons.append(f"{g['mdir']} {cal.MONTH_NAMES[month - 1]}: {how} ({cal.describe_day(ref)}) -> {year}")
    if year is None and month is not None:
        shared = shared_year(ctx, month, day, end)
        if shared is not None:
            year = shared
            implied.add("year")
            reasons.append(f"year not stated; the date it is paired with ends in {year}")
    if year is None and month is not None:
        # a chronology's heading year above the date, or a year that opens its sentence
        framed = heading_year(ctx, start), "it stands under the heading"
        if framed[0] is None:
            framed = framed_year(ctx, start, end), "the sentence opens in"
        if framed[0] is not None:
            year, anchor, anchor_value = framed[0]
            implied.add("year")
            reasons.append(f"year not stated; {framed[1]} {anchor_value}")
    if year is None and month is not None:
        story = narrative_year(ctx, start)
        if story is not None:
            year, anchor, anchor_value = story
            implied.add("year")
            reasons.append(f"year not stated; the story is in {year} (last date mentioned: {anchor_value})")
            if anchor_value.endswith("-WI") and month == 12:
                year -= 1  # "That winter, ... on December 26": the winter is named by the year it ends in
            elif _into_next_year(anchor_value, month, _year_ended(ctx.prior[int(anchor[1:])])) and \
                    not _ends_range(ctx, anchor) and \
                    _TOLD_BACK_BEFORE.search(ctx.lower, max(0, start - 60), start) is None:
                year += 1  # "16 December 1944 ... by the end of January": the story goes on into the next year
                reasons.append(f"{cal.MONTH_NAMES[month - 1]} comes soonest after {anchor_value}, in {year}")
    if year is None and month is not None and (era := era_story(ctx, start)) is not None:
        return _era_story_date(ctx, g, era, month, day)
    if year is None and month is not None and (paired := _paired_before(ctx, month, day, start)) is not None:
        year, anchor, anchor_value = paired
        implied.add("year")
        reasons.append(f"year not stated; it follows {anchor_value}, the date it is named with")
    if year is None:
        if month is None:
            raise ValueError("a date needs a year or a month")
        year, reason = choose_year(ctx, month, day, start, end)
        implied.add("year")
        anchor, anchor_value = "DCT", ctx.ref_day.isoformat()
        reasons.append(f"year not stated; {reason} relative to {cal.describe_day(ctx.ref_day)} gives {year}")
    mod = position_mod(g.get("position"))
    if day is not None and month is not None:
        moment = date(year, month, day)
        value, span, grain = moment.isoformat(), cal.day_span(moment), Grain.DAY
        if g.get("weekday"):
            stated = int(ctx.vocab("weekday", g["weekday"]))
            matching = _year_of_weekday(ctx, month, day, stated) if stated != moment.isoweekday() and \
                "year" in implied and anchor == "DCT" else None
            if matching is not None:
                # "Tuesday, March 1" with no year: the year, next to the publication's, in which
                # March 1 is a Tuesday (the weekday settles what the tense only guessed)
                year = matching
                moment = date(year, month, day)
                value, span = moment.isoformat(), cal.day_span(moment)
                reasons.append(f"{moment} is a {cal.WEEKDAY_NAMES[stated - 1]}, as the text says -> {year}")
            elif stated != moment.isoweekday():
                reasons.append(f"the text says {cal.WEEKDAY_NAMES[stated - 1]} but {moment} is a "
                               f"{cal.WEEKDAY_NAMES[moment.weekday()]}; the date is kept")
            known.add("weekday")
    elif month is not None:
        value, span, grain = f"{year:04d}-{month:02d}", cal.month_span(year, month), Grain.MONTH
    else:
        value, span, grain = f"{year:04d}", cal.year_span(year), Grain.YEAR
    type_ = TimexType.DATE
    clock = clock_of(g)
    if clock is not None and grain == Grain.DAY:
        hour, minute, label = clock
        span, grain = clock_span(cal.at_midnight(date.fromisoformat(value)), hour, minute, label)
        value = f"{value}T{label}"
        type_ = TimexType.TIME
        known.add("time")
    elif g.get("pod") and grain == Grain.DAY:
        # "Sunday evening, September 29": the weekday's part of the day is the date's
        value, span, grain, type_ = on_day(ctx, date.fromisoformat(value), {}, g["pod"])
    if mod:
        span = cal.narrow(span, mod)
        reasons.append(f"{g.get('position', '').strip()} -> {mod.lower()} part of the period")
    explanation = " -> ".join([quoted(g.get("_text", ""))] + (reasons or ["calendar date stated in full"]) + [value])
    return Resolution(type_, value, explanation, span, grain, mod, anchor, anchor_value,
                      frozenset(known), frozenset(implied))


_ERA_MONTH = re.compile(r"BC\d{4}-(\d\d)")


def era_story(ctx: Context, start: int) -> tuple[int, int] | None:
    """(astronomical year, index) of the year before the common era a story is in: the date told
    last before ``start`` is of such a year ("In the spring of 218 BC ... in late September"), and
    it is no further back than a history's window (nothing of the common era came between)."""
    found = ctx.era_year_before(start)
    if found is None or start - ctx.prior[found[1]].end > HISTORY_WINDOW:
        return None
    return found


def _era_story_date(ctx: Context, g: dict[str, str], era: tuple[int, int], month: int, day: int | None
                    ) -> Resolution:
    """A month or day without a year in a story of a year before the common era: "In the spring
    of 218 BC ... reached the Rhone in late September" is ``BC0218-09`` (no interval: the calendar
    starts at year 1); a month soon after the story's month in the next year goes on into it
    ("In December 218 BC ... in January" is 217 BC)."""
    base, index = era
    told = ctx.prior[index].value
    if day is not None:
        date(2000, month, day)  # no 31 April (ValueError: the rule does not match)
    year, note = base, f"the story is in {told}"
    told_month = _ERA_MONTH.match(told)
    if told_month is not None and month < int(told_month.group(1)) and month + 12 - int(told_month.group(1)) < 6:
        year, note = base + 1, f"{cal.MONTH_NAMES[month - 1]} comes soonest after {told}, in the next year"
    value = era_year_value(year) + f"-{month:02d}" + (f"-{day:02d}" if day else "")
    mod = position_mod(g.get("position"))
    return Resolution(TimexType.DATE, value, f"{quoted(g.get('_text', ''))} -> year not stated; {note} -> {value}",
                      None, Grain.DAY if day else Grain.MONTH, mod, f"t{index}", told,
                      frozenset({"month"} | ({"day"} if day else set())), frozenset({"year"}))


def _year_of_weekday(ctx: Context, month: int, day: int, weekday: int) -> int | None:
    """The year next to the publication's (the one before or after) in which month/day falls on
    ``weekday``, the nearer to the publication date if both do; None if neither does."""
    ref = ctx.ref_day
    best: tuple[int, int] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            moment = date(year, month, day)
        except ValueError:
            continue
        if moment.isoweekday() == weekday and (best is None or abs((moment - ref).days) < best[0]):
            best = (abs((moment - ref).days), year)
    return best[1] if best else None


def clock_span(midnight: datetime, hour: int, minute: int, label: str) -> tuple[Interval, Grain]:
    """The minute a clock time names on the day that starts at ``midnight``, or its second when its
    label carries one ("11:04:51Z")."""
    moment = midnight + timedelta(hours=hour, minutes=minute)
    if label[5:6] == ":" and label[6:8].isdigit():
        moment += timedelta(seconds=int(label[6:8]))
        return Interval(moment, moment + timedelta(seconds=1)), Grain.SECOND
    return Interval(moment, moment + timedelta(minutes=1)), Grain.MINUTE


def on_day(ctx: Context, day: date, g: dict[str, str], pod_word: str | None
           ) -> tuple[str, Interval, Grain, TimexType]:
    """``day``, or the clock time (``g``'s clock groups) or part of day (``pod_word``) on it:
    its TimeML value, interval, grain and type."""
    clock = clock_of(g)
    if clock is not None:
        hour, minute, label = clock
        span, grain = clock_span(cal.at_midnight(day), hour, minute, label)
        return f"{day.isoformat()}T{label}", span, grain, TimexType.TIME
    if pod_word:
        pod = str(ctx.vocab("part_of_day", pod_word))
        return f"{day.isoformat()}T{pod}", cal.pod_span(day, pod), Grain.PART_OF_DAY, TimexType.TIME
    return day.isoformat(), cal.day_span(day), Grain.DAY, TimexType.DATE


_PAST_TO_MINUTES = {"quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}


def clock_of(g: dict[str, str]) -> tuple[int, int, str] | None:
    """(hour, minute, TimeML clock text) from the clock groups, or None."""
    if g.get("rel"):
        return _past_to(g)
    if g.get("noon"):  # "midnight GMT": the zone is written as for any clock time
        if g["noon"] == "midnight":
            return 24, 0, f"24:00{_zone_suffix(g)}"
        return 12, 0, f"12:00{_zone_suffix(g)}"
    if g.get("hour24"):
        hour, minute = int(g["hour24"]), int(g.get("minute24") or 0)
        if g.get("second24") and g["second24"] != "00":  # "2020-03-05T14:35:27Z": a stamp to the second
            return hour, minute, f"{hour:02d}:{minute:02d}:{g['second24']}{_zone_suffix(g)}"
        if hour < 12 and not g["hour24"].startswith("0"):
            # "7:30 tonight", "8.30 tomorrow evening": the part of the day tells the afternoon
            # from the morning; a leading zero ("07:30") is a 24-hour clock and stays as written
            daypart = g.get("daypart") or ("night" if (g.get("deictic") or "").endswith(("night", "nite")) else "")
            if daypart in ("afternoon", "evening") or daypart == "night" and hour >= 5:
                hour += 12
        return hour, minute, f"{hour:02d}:{minute:02d}{_zone_suffix(g)}"
    if g.get("milhour"):  # "oh-six-hundred", "sixteen thirty hours": a 24-hour clock said aloud
        hour, minute = spoken_number(g["milhour"]), _minute_of(g)
        return hour, minute, f"{hour:02d}:{minute:02d}"
    if g.get("hour") and g.get("daypart"):  # "4 in the morning", "8 in the evening", "ten o'clock tomorrow morning"
        hour = _hour_number(g["hour"]) % 12
        if g["daypart"] in ("afternoon", "evening") or g["daypart"] == "night" and hour >= 6:
            hour += 12
        minute = _minute_of(g)
        return hour, minute, f"{hour:02d}:{minute:02d}"
    if g.get("hour") and g.get("ampm"):
        hour = _hour_number(g["hour"]) % 12
        afternoon = g["ampm"].startswith("p")
        if g.get("hour2") and hour > int(g["hour2"]) % 12:
            afternoon = not afternoon  # "10-2pm": the range crosses noon, so it starts in the morning
        if afternoon:
            hour += 12
        minute = _minute_of(g)
        return hour, minute, f"{hour:02d}:{minute:02d}{_zone_suffix(g)}"
    if g.get("hour") and (g.get("deictic") or "").endswith(("night", "nite")):  # "7.30 tonight": the evening
        hour = _hour_number(g["hour"]) % 12
        if hour >= 5:
            hour += 12
        minute = _minute_of(g)
        return hour, minute, f"{hour:02d}:{minute:02d}"
    if g.get("hour") and g.get("minute_word"):  # "at five-thirty": as written, as "ten o'clock" is
        hour, minute = _hour_number(g["hour"]), _minute_of(g)
        return hour, minute, f"{hour:02d}:{minute:02d}"
    return None


def _hour_number(word: str) -> int:
    """An hour written in digits or as a word ("10", "ten")."""
    return int(word) if word.isdigit() else (UNITS.get(word) or TEENS[word])


def _minute_of(g: dict[str, str]) -> int:
    """The minutes of a clock time in digits or said in words ("three thirty", "eleven oh-five")."""
    word = g.get("minute_word")
    if not word:
        return int(g.get("minute") or 0)
    parts = [p for p in re.split(r"[\s-]+", word) if p != "oh"]
    return sum(TENS.get(p) or TEENS.get(p) or UNITS[p] for p in parts)


def _past_to(g: dict[str, str]) -> tuple[int, int, str]:
    """"half past three", "a quarter to six (in the evening)": minutes before or after an hour.
    With neither a.m./p.m. nor a part of the day the hour is read as written (as "ten o'clock"),
    and "a quarter to twelve" is before noon."""
    word = g["hour"]
    if word in ("midnight", "noon"):
        hour = 0 if word == "midnight" else 12  # "ten to midnight" is 23:50, "half past midnight" 00:30
        offset = _PAST_TO_MINUTES[g["frac"].split()[-1]]
        total = (hour * 60 + (-offset if g["rel"] == "to" else offset)) % (24 * 60)
        return total // 60, total % 60, f"{total // 60:02d}:{total % 60:02d}"
    hour = _hour_number(word)
    daypart, ampm = g.get("daypart"), g.get("ampm") or ""
    if not daypart and (g.get("deictic") or "").endswith(("night", "nite")):
        daypart = "night"  # "a quarter to ten tonight"
    afternoon = ampm.startswith("p") or daypart in ("afternoon", "evening") or daypart == "night" and hour >= 6
    hour = 12 if hour == 12 and not afternoon and not ampm else hour % 12 + (12 if afternoon else 0)
    offset = _PAST_TO_MINUTES[g["frac"].split()[-1]]
    total = (hour * 60 + (-offset if g["rel"] == "to" else offset)) % (24 * 60)
    return total // 60, total % 60, f"{total // 60:02d}:{total % 60:02d}"


def _zone_suffix(g: dict[str, str]) -> str:
    """ISO 8601 writes a time given in UTC (or GMT) with a trailing Z; other zone names are
    ambiguous abbreviations (IST, CST), so the value keeps the local time as written."""
    zone = (g.get("zone") or g.get("utczone") or g.get("offset") or "").replace(" ", "")
    if zone in ("utc", "gmt", "z") or re.fullmatch(r"[+-]00:?00", zone):
        return "Z"  # "+00:00" after an ISO stamp is UTC; "+02:00" is local time two hours ahead, kept as written
    if zone[:3] in ("utc", "gmt") and not zone[4:].strip("0:"):
        return "Z"  # "UTC+0", "GMT+00:00"
    return ""  # "UTC+8" is local time eight hours ahead of UTC: kept as written, as EST or CET


@resolver("date_range")
def resolve_date_range(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    first = resolve_date(ctx, g, start, end)
    last_day = int(re.sub(r"\D", "", g["day2"]))
    begin = date.fromisoformat(first.value)
    finish = date(begin.year, begin.month, last_day)
    if finish < begin:
        raise Unjoined("range ends before it starts")
    first.interval = Interval(cal.at_midnight(begin), cal.at_midnight(finish) + timedelta(days=1))
    first.explanation += f"; a range through {finish.isoformat()} (value names its first day)"
    return first


@resolver("year_range")
def resolve_year_range(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"1950-1953", "1980-85": one expression over the years (value: the first year); the
    TimeML writer marks its two ends apart, as it does day ranges."""
    first = int(g["year"])
    raw = g["year2"]
    last = int(raw) if len(raw) >= 3 else first // 100 * 100 + int(raw)
    if len(raw) == 2 and last <= first and 1 <= int(raw) <= 12 and re.fullmatch(r"\d{4}-\d\d", g["_text"]):
        # "2020-02", "2019-12": no range ends before it starts, so an ISO year and month
        month = int(raw)
        return Resolution(TimexType.DATE, f"{first:04d}-{month:02d}",
                          f"{quoted(g['_text'])} -> an ISO year and month (as a range it would end before it starts)",
                          cal.month_span(first, month), Grain.MONTH, known=frozenset({"year", "month"}))
    # a range that fills its brackets is a life, a reign or a dynasty ("the Ming dynasty (1368–1644)"):
    # it may be longer than a century
    bracketed = re.search(r"\((?:(?:r|fl|c|ca)\.\s|reigned\s|ruled\s)?$", ctx.lower[max(0, start - 9):start]) \
        and ctx.lower[end:end + 1] == ")"
    if last <= first or last - first > (1500 if bracketed else 100):
        raise Unjoined("not a range of years")
    return Resolution(TimexType.DATE, f"{first:04d}",
                      f"{quoted(g['_text'])} -> the years {first} through {last} (value names the first)",
                      cal.years_span(first, last - first + 1), Grain.YEAR, known=frozenset({"year"}))


@resolver("circa_year")
def resolve_circa_year(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"c. 1500", "circa 1450", "c. 1470–1528": the year (or range of years) read as usual,
    approximately (TimeML mod APPROX)."""
    resolution = resolve_year_range(ctx, g, start, end) if g.get("year2") else resolve_date(ctx, g, start, end)
    resolution.mod = "APPROX"
    resolution.explanation += f" (approximately: {g['circa']!r})"
    return resolution


@resolver("ides")
def resolve_ides(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"the Ides of March": the 15th of March, May, July and October, the 13th of the other months."""
    month = int(ctx.vocab("month", g["month"]))
    day = "15" if month in (3, 5, 7, 10) else "13"
    if g.get("era"):
        return resolve_era_year(ctx, {**g, "day": day}, start, end)
    return resolve_date(ctx, {**g, "day": day}, start, end)


@resolver("era_year")
def resolve_era_year(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"218 BC" is ``BC0218`` in TimeML; "AD 14" and "14 CE" are ``0014``. A year before
    the common era has no interval here (the calendar starts at year 1)."""
    year = int(g.get("erayear") or g["erayear2"])
    if year < 1:
        raise ValueError("no year 0")
    era = (g.get("era") or g["era2"]).lower().replace(".", "")
    month_name = g.get("month") or g.get("month2")
    month = int(ctx.vocab("month", month_name)) if month_name else None
    day_text = g.get("day") or g.get("day2")
    day = int(re.sub(r"\D", "", day_text)) if day_text else None
    if month is not None and day is not None:
        date(2000, month, day)  # no 31 April (ValueError: the rule does not match)
    value = era_year_value(1 - year if era in ("bc", "bce") else year) + (f"-{month:02d}" if month else "") + \
        (f"-{day:02d}" if day else "")
    grain = Grain.DAY if day else Grain.MONTH if month else Grain.YEAR
    known = frozenset({"year", "era"} | ({"month"} if month else set()) | ({"day"} if day else set()))
    mod = position_mod(g.get("position"))  # "late 219 BC": END
    if era in ("bc", "bce"):
        return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> the year {year} before the common era",
                          None, grain, mod, known=known)
    span = cal.day_span(date(year, month, day)) if month and day else cal.month_span(year, month) if month else \
        cal.year_span(year)
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> the year {year} of the common era",
                      cal.narrow(span, mod) if mod else span, grain, mod, known=known)


_DECADE_PAIRED_BEFORE = re.compile(r"\b(1\d\d|20\d)0s\s*(?:and|or|to|through|into|-|–)\s*(?:the\s+)?['’]?$")


@resolver("decade")
def resolve_decade(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    if g.get("decade"):
        decade = int(g["decade"])
        reason = "decade stated"
    elif g.get("century_word"):  # "the nineteen-sixties"
        decade = TEENS[g["century_word"]] * 10 + DECADE_WORDS[g["decade_word"]]
        reason = "decade stated in words"
    elif g.get("decade_word"):
        digit = DECADE_WORDS[g["decade_word"]]
        decade = ctx.ref_day.year // 100 * 10 + digit
        if decade * 10 > ctx.ref_day.year:
            decade -= 10
        reason = f"century implied by the publication year {ctx.ref_day.year}"
    else:
        digit = int(g.get("decade_short") or g["decade_bare"])
        paired = _DECADE_PAIRED_BEFORE.search(ctx.lower, max(0, start - 30), start)
        if paired is not None:  # "the 1860s and 70s": the century of the decade it is paired with
            first = int(paired.group(1))
            decade = first // 10 * 10 + digit + (10 if digit <= first % 10 else 0)
            reason = f"century of the decade it is paired with ({first}0s)"
        else:
            century = ctx.ref_day.year // 100
            decade = century * 10 + digit
            if decade * 10 > ctx.ref_day.year:
                decade -= 10
            reason = f"century implied by the publication year {ctx.ref_day.year}"
    span = cal.years_span(decade * 10, 10)
    mod = position_mod(g.get("position"))
    if mod:
        span = cal.narrow(span, mod)
    return Resolution(TimexType.DATE, f"{decade:03d}", f"{quoted(g['_text'])} -> {reason} -> the {decade}0s",
                      span, Grain.DECADE, mod, known=frozenset({"decade"}))


@resolver("century")
def resolve_century(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"the 19th century", "the late 1800s" (a year of hundreds names its century: TimeML ``18``)."""
    if g.get("hundreds"):
        number = int(g["hundreds"]) + 1
    else:
        number = int(g["century"]) if g.get("century") else int(ctx.vocab("ordinal", g["century_ord"]))
    if number < 1:
        raise ValueError("not a century")
    mod = position_mod(g.get("position"))
    if (g.get("era") or "").startswith("b"):  # "the 3rd century BC": TimeML BC02, no interval here
        return Resolution(TimexType.DATE, f"BC{number - 1:02d}",
                          f"{quoted(g['_text'])} -> century {number} before the common era"
                          + (f", its {g['position']} part" if mod else ""),
                          None, Grain.CENTURY, mod, known=frozenset({"century", "era"}))
    first = (number - 1) * 100
    span = cal.years_span(first, 100)
    if mod:
        span = cal.narrow(span, mod)
    return Resolution(TimexType.DATE, f"{number - 1:02d}",
                      f"{quoted(g['_text'])} -> century {number} = years {max(first, 1)}-{first + 99}"
                      + (f", its {g['position']} part" if mod else ""),
                      span, Grain.CENTURY, mod, known=frozenset({"century"}))


@resolver("millennium")
def resolve_millennium(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"the first millennium" (TimeML ``0``: years 1-999), "the 2nd millennium BC" (``BC1``)."""
    number = int(g["millennium"]) if g.get("millennium") else int(ctx.vocab("ordinal", g["millennium_ord"]))
    if number < 1:
        raise ValueError("not a millennium")
    mod = position_mod(g.get("position"))
    part = f", its {g['position']} part" if mod else ""
    if (g.get("era") or "").startswith("b"):
        return Resolution(TimexType.DATE, f"BC{number - 1}", f"{quoted(g['_text'])} -> millennium {number} "
                          f"before the common era{part}", None, Grain.MILLENNIUM, mod,
                          known=frozenset({"millennium", "era"}))
    first = (number - 1) * 1000
    span = cal.years_span(first, 1000)
    if mod:
        span = cal.narrow(span, mod)
    return Resolution(TimexType.DATE, f"{number - 1}", f"{quoted(g['_text'])} -> millennium {number} = years "
                      f"{max(first, 1)}-{first + 999}{part}", span, Grain.MILLENNIUM, mod,
                      known=frozenset({"millennium"}))


@resolver("century_turn")
def resolve_century_turn(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"the turn of the century": the turn nearest the date last told ("In the 1790s ... by the turn
    of the century" = 1800, "In 1888 ..." = 1900), else the last turn on or before the publication date."""
    if g.get("nth"):  # "the turn of the 20th century": the turn that opens it
        turn = (int(g["nth"]) - 1) * 100
        if turn < 100:
            raise ValueError("no turn before the first century")
        return Resolution(TimexType.DATE, f"{turn:04d}", f"{quoted(g['_text'])} -> the turn that opens century "
                          f"{g['nth']} -> {turn:04d} (APPROX)", cal.year_span(turn), Grain.YEAR, "APPROX",
                          implied=frozenset({"year"}))
    size = 1000 if g["turn"] == "millennium" else 100
    index = next((i for i in range(len(ctx.prior) - 1, max(-1, len(ctx.prior) - 1 - LOOKBACK), -1)
                  if ctx.prior[i].start < start and ctx.prior[i].interval is not None), None)
    told = ctx.prior[index] if index is not None else None
    if told is not None and told.interval is not None:
        middle = told.interval.start + (told.interval.end - told.interval.start) / 2
        year, ident, anchor_value, whence = middle.year, f"t{index}", told.value, f"the date {told.value} just told"
        turn = (year + size // 2) // size * size
    else:
        year, ident, anchor_value = ctx.ref_day.year, "DCT", ctx.ref_day.isoformat()
        whence = f"the publication date {anchor_value}"
        turn = year // size * size
    value = f"{turn:04d}"
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> the {g['turn']}'s turn nearest {whence} "
                      f"-> {value} (APPROX)", cal.year_span(turn) if turn >= 1 else None, Grain.YEAR, "APPROX",
                      ident, anchor_value, implied=frozenset({"year"}))


def _year_of(ctx: Context, g: dict[str, str]) -> tuple[int, str | None]:
    for key in ("year", "year2", "year3"):  # "2019's third quarter", "the third quarter of 2019", "its fourth-quarter 2023 results"
        if g.get(key):
            return int(g[key]), None
    if g.get("syear3"):  # "the fourth-quarter twenty twenty-three call"
        return spoken_year(g["syear3"]), None
    if g.get("yy"):  # "3Q21", "H1'22"
        return year_from_two_digits(int(g["yy"]), ctx.ref_day.year), None
    if g.get("syear"):  # "the fourth quarter of twenty twenty-three"
        return spoken_year(g["syear"]), None
    if g.get("syy"):  # "Q-four of fiscal twenty-five"
        return year_from_two_digits(spoken_number(g["syy"]), ctx.ref_day.year), None
    for key in ("dirword", "dirword2"):
        if g.get(key):
            shift = {"this": 0, "last": -1, "next": 1}[g[key]]
            return ctx.ref_day.year + shift, "DCT"
    return ctx.ref_day.year, "DCT"


# Results and the verbs that publish them, around a quarter: what is reported is a quarter
# already over ("will report results for the fourth quarter on Tuesday", in February, is last
# year's); "sales should rise in the second quarter" is a forecast.
_RESULTS_NEAR = re.compile(r"\b(?:results|report(?:s|ed|ing)?|post(?:s|ed|ing)?|announc(?:e|es|ed|ing))\b")


def ordinal_number(ctx: Context, word: str) -> int:
    """The number of an ordinal written in figures ("3rd") or words ("third")."""
    return int(re.sub(r"\D", "", word) or ctx.vocab("ordinal", word))


@resolver("quarter")
def resolve_quarter(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    if g.get("qnum"):
        quarter = int(g["qnum"])
    elif g.get("qword"):  # "Q-three", said aloud
        quarter = UNITS[g["qword"]]
    elif g["qord"] in ("final", "last"):
        quarter = 4
    else:
        quarter = ordinal_number(ctx, g["qord"])
    year, anchor = _year_of(ctx, g)
    note = "year stated"
    if anchor and not any(g.get(k) for k in ("dirword", "dirword2")):
        current = (ctx.ref_day.month - 1) // 3 + 1
        tense = ctx.tense_of(start, end)
        if quarter > current and tense == "past":
            year -= 1
            note = "past tense and the quarter is still ahead this year, so last year's"
        elif quarter < current - 1 and tense == "future" and \
                not _RESULTS_NEAR.search(ctx.lower, max(0, start - 40), min(len(ctx.lower), end + 40)):
            # "Sales will rise in the first quarter", told in October; not the quarter just ended,
            # whose results are still to come ("expects to post a loss for the third quarter")
            year += 1
            note = "future tense and this year's quarter is over, so next year's"
        elif quarter == current and tense == "past" and g.get("_by_last_month") and \
                _RESULTS_NEAR.search(ctx.lower, max(0, start - 40), min(len(ctx.lower), end + 40)):
            # ("fourth-quarter" results told in November may be a fiscal quarter just ended)
            year -= 1
            note = "results reported in the past tense are for a quarter that has ended, and this one is under way, so last year's"
        elif quarter > current and _RESULTS_NEAR.search(ctx.lower, max(0, start - 40), min(len(ctx.lower), end + 40)):
            year -= 1
            note = "results are reported for a quarter that has ended, and this year's is still ahead, so last year's"
        else:
            note = f"year of the publication date {ctx.ref_day.year}"
    value = f"{year:04d}-Q{quarter}"
    mod = position_mod(g.get("position"))  # "the end of Q3", "the start of the second quarter"
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> quarter {quarter}; {note} -> {value}"
                      + (f" ({mod.lower()})" if mod else ""),
                      cal.narrow(cal.quarter_span(year, quarter), mod), Grain.QUARTER, mod, anchor=anchor,
                      anchor_value=ctx.ref_day.isoformat() if anchor else None,
                      known=frozenset({"quarter"} if anchor else {"quarter", "year"}))


@resolver("months_quarter")
def resolve_months_quarter(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"the January-March quarter", "the July-September quarter of 2009": the calendar quarter
    its first and last months bound (the rule's context keeps only the four that are one); "the
    December quarter": the one that its last month ends."""
    if g.get("qmonth1"):
        first = int(ctx.vocab("month", g["qmonth1"]))
        return resolve_quarter(ctx, {**g, "qnum": str((first - 1) // 3 + 1)}, start, end)
    last = 12 if g.get("qholiday") else int(ctx.vocab("month", g["qmonth3"]))  # "the holiday quarter"
    return resolve_quarter(ctx, {**g, "qnum": str(last // 3), "_by_last_month": "yes"}, start, end)


@resolver("half")
def resolve_half(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    if g.get("hnum") or g.get("hnum2"):  # "H1 2022", "2H21"
        half = int(g.get("hnum") or g["hnum2"])
    else:
        half = 1 if (g.get("hord") or g.get("qhord")) in ("first", "1st", "front") else 2
    year, anchor = _year_of(ctx, g)
    note = ""
    if anchor and not any(g.get(k) for k in ("dirword", "dirword2")) and half == 2 and ctx.ref_day.month <= 6 and \
            ctx.tense_of(start, end) == "past":
        year -= 1  # "profit in the second half fell", told in the spring: last year's
        note = " (past tense, and this year's second half is still ahead)"
    value = f"{year:04d}-H{half}"
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> half {half} of {year}{note} -> {value}",
                      cal.half_span(year, half), Grain.HALF, anchor=anchor,
                      anchor_value=ctx.ref_day.isoformat() if anchor else None,
                      known=frozenset({"half"} if anchor else {"half", "year"}))


def spoken_year(words: str) -> int:
    """The year that words such as "nineteen ninety-four" or "two thousand and one" say."""
    parts = [w for w in re.split(r"[\s-]+", words.lower()) if w and w not in ("the", "year", "and", "oh", "hundred")]
    if parts[:2] == ["two", "thousand"]:
        base, rest = 2000, parts[2:]
    elif parts[:1] == ["twenty"] and len(parts) > 1:  # "twenty twenty-one"
        base, rest = 2000, parts[1:]
    elif parts and parts[0] in TEENS and TEENS[parts[0]] >= 13:  # "nineteen ninety-six", "eighteen sixty-one"
        base, rest = TEENS[parts[0]] * 100, parts[1:]
    else:
        raise ValueError(f"not a year in words: {words!r}")
    value = 0
    for word in rest:
        value += TENS.get(word) or TEENS.get(word) or UNITS.get(word) or 0
    return base + value


def spoken_number(words: str) -> int:
    """The number below a hundred that words say: "twenty-five" 25, "eleven" 11, "three" 3."""
    return sum(TENS.get(w) or TEENS.get(w) or UNITS.get(w) or 0 for w in re.split(r"[\s-]+", words.lower()))


@resolver("anaphoric_month")
def resolve_anaphoric_month(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"the following February": the first February after the month of the date last
    mentioned (the last one before it for "the previous")."""
    month = int(ctx.vocab("month", g["month"]))
    anchor = ctx.anchor_for(Grain.YEAR if g["anadir"] == "that" else Grain.MONTH, start)
    later = g["anadir"] in ("following", "next")
    year = anchor.day.year
    if g["anadir"] == "that":  # "that December": the year of the date last mentioned
        value = f"{year:04d}-{month:02d}"
        return Resolution(TimexType.DATE, value,
                          f"{quoted(g['_text'])} -> {cal.MONTH_NAMES[month - 1]} of the year of {anchor.describe()} -> {value}",
                          cal.month_span(year, month), Grain.MONTH, anchor=anchor.ident, anchor_value=anchor.value,
                          known=frozenset({"month"}), implied=frozenset({"year"}))
    told = ctx.anchor_for(Grain.YEAR, start) if anchor.ident == "DCT" else None
    if told is not None and told.ident != "DCT":
        # "In the autumn of 1853 he sailed ...; he arrived the following March": no month told,
        # so the month after (or before) the year or season the story is in: 1854-03
        period = ctx.prior[int(told.ident[1:])].interval
        assert period is not None
        anchor = told
        last = (period.end - timedelta(days=1)).date()
        year = last.year + 1 if later and month <= last.month else last.year if later else \
            period.start.year - 1 if month >= period.start.month else period.start.year
    elif later and month <= anchor.day.month:
        year += 1
    elif not later and month >= anchor.day.month:
        year -= 1
    if not 1 <= year <= 9999:
        raise ValueError("year out of range")
    value = f"{year:04d}-{month:02d}"
    return Resolution(TimexType.DATE, value,
                      f"{quoted(g['_text'])} -> the {'first' if later else 'last'} {cal.MONTH_NAMES[month - 1]} "
                      f"{'after' if later else 'before'} {anchor.describe()} -> {value}",
                      cal.month_span(year, month), Grain.MONTH, anchor=anchor.ident, anchor_value=anchor.value,
                      known=frozenset({"month"}), implied=frozenset({"year"}))


@resolver("day_of_month")
def resolve_day_of_month(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"on the 28th": that day of the month of the date last mentioned (the next month when
    the day has already passed in a date given to the day), else of the publication's month."""
    number = int(g["day"]) if g.get("day") else int(ctx.vocab("ordinal", g["ordday"]))
    anchor = ctx.anchor_for(Grain.MONTH, start)
    if anchor.ident != "DCT" and anchor.day < ctx.ref_day.replace(day=1) and ctx.tense_of(start, end) == "future" \
            and not ctx.tells_history():
        anchor = ctx.dct()  # "The strike began on Nov. 2. The court will hear arguments on the 14th": the next 14th
    year, month = anchor.day.year, anchor.day.month
    if anchor.ident != "DCT" and anchor.grain >= Grain.DAY and number < anchor.day.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    elif anchor.ident == "DCT":
        tense = ctx.tense_of(start, end)
        if tense == "past" and number > anchor.day.day:
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        elif tense == "future" and number < anchor.day.day:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    day = date(year, month, number)
    value, span, grain, type_ = on_day(ctx, day, {}, g.get("pod"))
    return Resolution(type_, value, f"{quoted(g['_text'])} -> day {number} of the month of {anchor.describe()} "
                      f"-> {value}", span, grain, None, anchor.ident, anchor.value,
                      known=frozenset({"day"}), implied=frozenset({"month", "year"}))


@resolver("weekday_day_of_month")
def resolve_weekday_day_of_month(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"Friday 13th", "on Sunday the 15th": the day of that number, nearest the date last
    mentioned (else the publication date), that falls on that weekday; said in words ("Tuesday the fifth")
    the same."""
    number = int(g["day"]) if g.get("day") else int(ctx.vocab("ordinal", g["ordday"]))
    weekday = int(ctx.vocab("weekday", g["weekday"]))
    anchor = ctx.anchor_for(Grain.MONTH, start)
    base = anchor.day
    found: list[date] = []
    for shift in range(-12, 13):
        month_index = base.year * 12 + base.month - 1 + shift
        try:
            day = date(month_index // 12, month_index % 12 + 1, number)
        except ValueError:
            continue
        if day.isoweekday() == weekday:
            found.append(day)
    if not found:
        raise ValueError("no month within a year has this day on this weekday")
    day = min(found, key=lambda d: (abs((d - base).days), d < base))
    value, span, grain, type_ = on_day(ctx, day, {}, None)
    return Resolution(type_, value, f"{quoted(g['_text'])} -> the day {number} nearest {anchor.describe()} that is a "
                      f"{day.strftime('%A')} -> {value}", span, grain, None, anchor.ident, anchor.value,
                      known=frozenset({"day", "weekday"}), implied=frozenset({"month", "year"}))


@resolver("coordinated_day")
def resolve_coordinated_day(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """The 7 of "March 5 and 7": the month and year of the date just before it."""
    previous = ctx.prior[-1] if ctx.prior else None
    if previous is None or previous.grain != Grain.DAY or previous.interval is None or \
            start - previous.end > 12 or previous.type is not TimexType.DATE:
        raise ValueError("no date right before this day number")
    first = day_of(previous)
    moment = date(first.year, first.month, int(re.sub(r"\D", "", g["day"])))
    value = moment.isoformat()
    return Resolution(TimexType.DATE, value,
                      f"{quoted(g['_text'])} -> day {moment.day} in the month of {quoted(previous.text)} -> {value}",
                      cal.day_span(moment), Grain.DAY, anchor=f"t{len(ctx.prior) - 1}", anchor_value=previous.value,
                      known=frozenset({"day"}), implied=frozenset({"month", "year"}))


@resolver("spoken_year")
def resolve_spoken_year(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    text = g["_text"]
    year = spoken_year(text)
    return Resolution(TimexType.DATE, f"{year:04d}", f"{quoted(text)} -> year spoken in words -> {year}",
                      cal.year_span(year), Grain.YEAR, known=frozenset({"year"}))


_PAIRED_SEASON = re.compile(r"\s+(?:and|or|to|through|until|into)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?([a-z]+)\s+"
                            r"(?:of\s+)?((?:1[0-9]|20)\d\d)(?![\d%])([-/–]\d)?")


@resolver("season")
def resolve_season(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """Seasons of the northern hemisphere; winter Y runs from December Y-1 to February Y."""
    season = str(ctx.vocab("season", g["season"]))
    ref = ctx.reference.moment
    anchor: str | None = "DCT"
    if g.get("yy"):  # "Spring '22", "summer '98": the two-digit year in the century nearest the publication
        g = {**g, "year": str(year_from_two_digits(int(g["yy"]), ctx.ref_day.year))}
    if g.get("erayear"):  # "the spring of 202 BC": no interval before the common era
        value = f"{era_year_value(1 - int(g['erayear']))}-{season}"
        mod = position_mod(g.get("position"))
        return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> {cal.SEASON_NAME[season]} of the year "
                          f"{int(g['erayear'])} before the common era -> {value}", None, Grain.SEASON, mod,
                          known=frozenset({"season", "year", "era"}))
    paired = None if g.get("year") or g.get("syear") or g.get("dir") else _PAIRED_SEASON.match(ctx.lower, end)
    if paired is not None and ctx.vocab("season", paired.group(1)) is not None:
        g = {**g, "year": paired.group(2)}  # "in the spring and summer of 1942"
        if paired.group(3):
            g["split_year"] = paired.group(3)  # "the winter and spring of 1942-43": the winter of 1942-43
    stated = g.get("year") or g.get("syear")
    if not stated and not g.get("dir") and _HABITUAL_BEFORE.search(ctx.lower, max(0, start - 60), start):
        # "Flu cases usually peak in the winter": any year's season (as "typically peaks in May")
        value = f"XXXX-{season}"
        return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> told of what happens as a rule "
                          f"(\"typically\", \"usually\"): the season in any year -> {value}", None, Grain.SEASON,
                          position_mod(g.get("position")), known=frozenset({"season"}))
    told_from_before = g.get("dir") in ("following", "that", "previous") or (
        g.get("dir") in ("next", None) and g["_text"].lower().startswith("the "))
    era = ctx.era_year_before(start) if not stated and told_from_before else None
    if era is not None:
        # "In 49 BC ... The following spring": counted in years before the common era, which
        # have no interval ("the spring" alone is the spring of that year)
        shift = {"following": 1, "next": 1, "previous": -1}.get(g.get("dir") or "", 0)
        base, index = era
        told_month = _ERA_MONTH.match(ctx.prior[index].value)
        if season == "WI" and shift == 0 and told_month is not None and int(told_month.group(1)) >= 3:
            shift = 1  # "On 2 August 216 BC ... that winter": the winter that follows, named by the year it ends in
        value = f"{era_year_value(base + shift)}-{season}"
        return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> {cal.SEASON_NAME[season]} of the year "
                          f"{'after' if shift > 0 else 'before' if shift < 0 else 'of'} {ctx.prior[index].value} "
                          f"-> {value}", cal.season_span(base + shift, season) if base + shift > 1 else None,
                          Grain.SEASON, position_mod(g.get("position")), f"t{index}", ctx.prior[index].value,
                          known=frozenset({"season"}), implied=frozenset({"year"}))
    story = None if g.get("year") or g.get("syear") or g.get("dir") else \
        narrative_year(ctx, start) or framed_year(ctx, start, end)
    if g.get("year") or g.get("syear"):
        year = int(g["year"]) if g.get("year") else spoken_year(g["syear"])
        note, anchor = "year stated", None
        if g.get("split_year") and season == "WI":
            year += 1  # "the winter of 1939-40" ends in February 1940
            note = "winter across two years, named by the year it ends in"
    elif story is not None:
        year, anchor, story_value = story
        note = f"the story is in {year} (last date mentioned: {story_value})"
        told = ctx.prior[int(anchor[1:])].interval if anchor and anchor.startswith("t") else None
        if season == "WI" and len(story_value) >= 7 and story_value[5:7].isdigit() and int(story_value[5:7]) >= 3:
            year += 1  # after September 1939, "the winter" is the one that ends in 1940
            note += "; the winter that follows it"
        elif season != "WI" and told is not None and 1 < year and \
                _TOLD_BACK_BEFORE.search(ctx.lower, max(0, start - 60), start) is not None and \
                cal.season_span(year, season).start > told.end:
            # "In the first weeks of 1777 militiamen who had gone home in the autumn returned": told
            # back from the story's time, the season is the last one before it (1776), not one to come
            year -= 1
            note += "; told back from it, the one before it"
    elif g.get("dir") in ("following", "that", "previous") or \
            (g.get("dir") == "next" and g["_text"].lower().startswith("the ")):
        # "that autumn", "the following spring", "the previous autumn": told from the date last mentioned.
        earlier = ctx.anchor_for(Grain.YEAR, start)
        if g["dir"] == "that":
            earlier = _distal_anchor(ctx, start) or earlier
        if earlier.ident == "DCT" and ctx.tense_of(start, end) == "past":
            # "That summer we swam every day" with no date told before: a summer of a story the
            # text does not date (the publication's year is not the one "that" points back to)
            value = f"XXXX-{season}"
            return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])}, in the past tense, with no date told "
                              f"before: {cal.SEASON_NAME[season]} of a year the text does not give -> {value}",
                              None, Grain.SEASON, position_mod(g.get("position")), known=frozenset({"season"}))
        if g["dir"] == "previous":
            if earlier.grain <= Grain.YEAR:
                year, note = earlier.day.year - 1, "the one in the year before"
            else:
                year = max(y for y in range(earlier.day.year - 2, earlier.day.year + 1)
                           if cal.season_span(y, season).end.date() <= earlier.day)
                note = "the last one over before"
        elif g["dir"] == "that":
            year, note = earlier.day.year, "the one in the year of"
            if season == "WI" and earlier.grain > Grain.YEAR and earlier.day.month >= 3:
                year, note = year + 1, "the one that follows"  # July 1776 ... "that winter" = 1776-77
        elif earlier.grain <= Grain.YEAR:
            year, note = earlier.day.year + 1, "the one in the year after"
        else:
            year = min(y for y in range(earlier.day.year, earlier.day.year + 3)
                       if cal.season_span(y, season).start.date() > earlier.day)
            note = "the first one to begin after"
        note = f"{note} {earlier.describe()}"
        anchor = earlier.ident
        story = (year, earlier.ident, earlier.value)
    else:
        spans = [(y, cal.season_span(y, season)) for y in range(ref.year - 2, ref.year + 2) if 1 <= y <= 9998]
        direction = ctx.vocab("direction", g.get("dir")) if g.get("dir") else -1 if g.get("agonum") else None
        # "this summer" in a future clause is the current or coming one: in January, "this summer,
        # the team will move" (otherwise the nearest: "this summer was hot" is the one past)
        tense = ctx.tense_of(start, end) if direction is None else None
        if direction == 0 and ctx.tense_of(start, end) == "future":
            tense, direction = "future", None
        if direction in (None, 0) and tense != "future" and ctx.schedule_of(start, end) is not None:
            tense, direction = "future", None  # "the band is touring Europe this summer": what is scheduled
        if direction == -1 and g.get("agonum"):
            # "two summers ago": counted back from the latest one over ("last summer" is one summer ago)
            count = int(parse_number(ctx, g["agonum"]) or 1)
            year = max(y for y, span in spans if span.end <= ref) - (count - 1)
            note = f"{count} back from the latest one over before"
        elif direction == -1:
            year = max(y for y, span in spans if span.end <= ref)
            note = "the latest one over before"
        elif direction == 1:
            year = min(y for y, span in spans if span.start > ref)
            note = "the first one to begin after"
        elif tense == "past" and _ranked(ctx, start):
            # "It was the hottest summer on record", told in June: a season ranked is over
            year = max(y for y, span in spans if span.end <= ref)
            note = "past tense, ranked: the latest one over before"
        elif tense == "past":
            year = max(y for y, span in spans if span.start <= ref)
            note = "past tense: the latest one begun by"
        elif tense == "future":
            year = min(y for y, span in spans if span.end > ref)
            note = "future tense: the current or next one after"
        else:
            year = min(spans, key=lambda item: 0 if item[1].contains(ref) else
                       min(abs(item[1].start - ref), abs(item[1].end - ref)).days)[0]
            note = "the nearest one to"
        note = f"{note} {cal.describe_day(ref.date())}"
    if year > 9999:
        raise ValueError("the winter that ends in 10000 has no TimeML value")  # kept as not resolved
    value = f"{year:04d}-{season}"
    mod = position_mod(g.get("position"))
    span = cal.narrow(cal.season_span(year, season), mod)
    return Resolution(TimexType.DATE, value,
                      f"{quoted(g['_text'])} -> {cal.SEASON_NAME[season]}; {note} -> {value}",
                      span, Grain.SEASON, mod, anchor,
                      story[2] if story is not None else ctx.ref_day.isoformat() if anchor else None,
                      known=frozenset({"season", "year"} if anchor is None else {"season"}))


def _distal_anchor(ctx: Context, start: int) -> Anchor | None:
    """What "that summer" points back to: the date last mentioned, passing over those dated from
    the publication date in its own year ("testified on Tuesday that she had warned him that
    summer"): "that" points away from now, which would be "this summer". None when there is none."""
    for index in range(len(ctx.prior) - 1, max(-1, len(ctx.prior) - 1 - LOOKBACK), -1):
        timex = ctx.prior[index]
        if timex.start >= start or timex.interval is None or timex.grain is None or timex.grain < Grain.YEAR:
            continue
        if timex.type not in (TimexType.DATE, TimexType.TIME) or timex.value.endswith("_REF"):
            continue
        if timex.anchor == "DCT" and timex.interval.start.year == ctx.ref_day.year:
            continue
        return Anchor(day_of(timex), timex.grain, f"t{index}", timex.value)
    return None


WEEK_OF_MONTH_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}


@resolver("week_of_month")
def resolve_week_of_month(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"the last week of July 1943": the (ISO) week holding most of those seven days of the
    month; the month's year is found as for "July" alone (the story's, or the nearest)."""
    month = resolve_date(ctx, g, start, end)
    if month.interval is None:
        raise ValueError("no month")
    first = month.interval.start.date()
    last = month.interval.end.date() - timedelta(days=1)
    day = last - timedelta(days=3) if g["wpos"] in ("last", "final") else \
        first.replace(day=WEEK_OF_MONTH_DAY[g["wpos"]])
    value = cal.week_value(day)
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> {month.value}; the {g['wpos']} week of it -> "
                      f"{value}", cal.week_span(day), Grain.WEEK, None, month.anchor, month.anchor_value,
                      month.known, month.implied)


def days_in_brackets(lookup: Callable[[str, str], Any], g: dict[str, str], years: tuple[int, ...]
                     ) -> tuple[date, date, bool]:
    """The first and last day of "(18-24 March)", "(26 February-3 March 2024)", "(March 18-24)" after a
    numbered week, in the first of ``years`` (the one given, else the publication's, the one before, the
    one after) in which they are the seven days of a week of that number (Monday to Sunday, or an
    epidemiological Sunday to Saturday), and whether they are; else in the first of ``years``."""
    first_month = int(lookup("month", g.get("m1") or g.get("m0") or g.get("m2") or g.get("m3") or ""))
    last_month = int(lookup("month", g.get("m2") or g.get("m3") or g.get("m1") or g.get("m0") or ""))
    first_day = int(re.sub(r"\D", "", g.get("d1") or g.get("d0") or ""))
    last_day = int(re.sub(r"\D", "", g.get("d2") or g.get("d3") or g.get("d4") or ""))
    week = int(g["wnum"])
    found: tuple[date, date, bool] | None = None
    for year in years:
        first = date(year - (1 if first_month > last_month else 0), first_month, first_day)
        last = date(year, last_month, last_day)
        monday = first + timedelta(days=1) if first.isoweekday() == 7 else first
        if (last - first).days == 6 and monday.isoweekday() == 1 and monday.isocalendar().week == week:
            return first, last, True
        found = found or (first, last, False)
    assert found is not None
    return found


@resolver("epi_week")
def resolve_epi_week(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"epi week 12", "epidemiological week 12 of 2024", "EW 34", "2024-W12", "week 12 of 2024", "week 12
    (18-24 March)": the ISO week. With no year, the story's year ("In 2023, ... in epi week 34"), else the
    ISO year of the publication date, or the year before when the week is still ahead of it and the clause
    does not look ahead ("Cases rose in epi week 40", published in March)."""
    week = int(g.get("wnum") or g["ewnum"])
    stated = g.get("year") or g.get("ewyear")
    anchor: str | None = None
    anchor_value: str | None = None
    if stated:
        year, note = int(stated), "year stated"
    elif g.get("d1") or g.get("d0"):
        years = (int(g["dyear"]),) if g.get("dyear") else \
            (ctx.ref_day.year, ctx.ref_day.year - 1, ctx.ref_day.year + 1)
        first, _, fits = days_in_brackets(ctx.vocab, g, years)
        year = (first + timedelta(days=3)).isocalendar().year
        note = f"the days in brackets from {first.isoformat()}" + \
            ("" if fits else " (not that ISO week's days: its year only)")
        anchor, anchor_value = (None, None) if g.get("dyear") else ("DCT", ctx.ref_day.isoformat())
    else:
        story = narrative_year(ctx, start) or framed_year(ctx, start, end)
        iso_year, current, _ = ctx.ref_day.isocalendar()
        if story is not None:
            year, anchor, anchor_value = story
            note = f"the story is in {year} (last date mentioned: {anchor_value})"
        elif week > current and ctx.tense_of(start, end) != "future":
            year, anchor, anchor_value = iso_year - 1, "DCT", ctx.ref_day.isoformat()
            note = f"week {week} is still ahead of the publication date (week {current}), so last year's"
        else:
            year, anchor, anchor_value = iso_year, "DCT", ctx.ref_day.isoformat()
            note = f"ISO year of the publication date {iso_year}"
    monday = date.fromisocalendar(year, week, 1)  # raises for a week 53 the year does not have
    value = cal.week_value(monday)
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> ISO week {week}; {note} -> {value}",
                      cal.week_span(monday), Grain.WEEK, None, anchor, anchor_value,
                      known=frozenset({"week"} if anchor else {"week", "year"}),
                      implied=frozenset({"year"} if anchor else set()))


def _second_tuesday(year: int, month: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(2 - first.isoweekday()) % 7 + 7)


def _month_shifted(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


@resolver("patch_tuesday")
def resolve_patch_tuesday(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"Patch Tuesday": the second Tuesday of a month, the month named ("April's", "the March 2024"), else
    the latest on or before the publication date, or the coming one when the clause looks ahead or says
    "next" ("last": the latest before it)."""
    ref = ctx.ref_day
    anchor: str | None = "DCT"
    if g.get("every"):
        return Resolution(TimexType.SET, "P1M", f"{quoted(g['_text'])} -> the second Tuesday of each month, "
                          "recurring monthly -> P1M", None, None, quant="EVERY")
    if g.get("month"):
        month = int(ctx.vocab("month", g["month"]))
        if g.get("year"):
            year, anchor, note = int(g["year"]), None, "month and year stated"
        else:
            year, note = choose_year(ctx, month, None, start, end)
        day = _second_tuesday(year, month)
    elif g.get("dirmonth"):
        year, month = _month_shifted(ref, {"next": 1, "last": -1, "this": 0}[g["dir"]])
        day, note = _second_tuesday(year, month), f"{g['dir']} month's"
    else:
        this = _second_tuesday(ref.year, ref.month)
        ahead = g.get("dir") == "next" or g.get("dir") != "last" and ctx.tense_of(start, end) == "future"
        if g.get("year2"):
            this, anchor = _second_tuesday(int(g["year2"]), ref.month), None
        if ahead:
            day = this if this > ref or (this == ref and g.get("dir") != "next") else \
                _second_tuesday(*_month_shifted(ref, 1))
            note = "the coming one"
        else:
            day = this if this < ref or (this == ref and g.get("dir") != "last") else \
                _second_tuesday(*_month_shifted(ref, -1))
            note = "the latest one"
    value = day.isoformat()
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> the second Tuesday of the month; {note} -> "
                      f"{value}", cal.day_span(day), Grain.DAY, None, anchor,
                      ref.isoformat() if anchor else None,
                      known=frozenset({"day", "month", "year"} if anchor is None else {"day"}),
                      implied=frozenset() if anchor is None else frozenset({"month", "year"}))


@resolver("part_of_period")
def resolve_part_of_period(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"the last day of the year", "the first week of next month", "the last month of 2014": the
    period is resolved as it would be alone ("March", "2014", "next month", "the year"), then its
    first or last day, (ISO) week or month is taken."""
    if g.get("unit"):
        period = resolve_relative(ctx, {"dir": g["dir"], "unit": g["unit"], "_text": g["_text"]}, start, end)
    else:
        period = resolve_date(ctx, {"month": g.get("month", ""), "year": g.get("year") or g.get("pyear", ""),
                                    "_text": g["_text"]} if g.get("month") else
                              {"year": g["pyear"], "_text": g["_text"]}, start, end)
    if period.interval is None or period.grain not in (Grain.MONTH, Grain.YEAR):
        raise Unjoined("no month or year to take a part of")
    part, last = g["part"], g["ppos"] in ("last", "final")
    if part == "month" and period.grain is not Grain.YEAR:
        raise Unjoined("a month of a month")
    first_day = period.interval.start.date()
    last_day = period.interval.end.date() - timedelta(days=1)
    if part == "day":
        day = last_day if last else first_day
        while g.get("workday") and day.isoweekday() > 5:  # "the last trading day of the year": a weekday
            day += timedelta(days=-1 if last else 1)
        value, span, grain = day.isoformat(), cal.day_span(day), Grain.DAY
    elif part == "week":
        day = last_day - timedelta(days=3) if last else first_day + timedelta(days=3)  # the week holding most of it
        value, span, grain = cal.week_value(day), cal.week_span(day), Grain.WEEK
    else:
        day = last_day if last else first_day
        value, span, grain = f"{day.year:04d}-{day.month:02d}", cal.month_span(day.year, day.month), Grain.MONTH
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> {period.value}; its {g['ppos']} {part} -> "
                      f"{value}", span, grain, None, period.anchor, period.anchor_value, period.known, period.implied)


@resolver("unit_of_something")
def resolve_unit_of_something(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"the last decade of her life": one unit's length at the start or end of something the text
    does not date; not counted from the publication date."""
    unit = str(ctx.vocab("unit", g["unit"]))
    restated = ctx.prior[-1] if ctx.prior else None
    if unit == "D" and restated is not None and restated.type is TimexType.DATE and restated.grain is Grain.DAY and \
            _APPOSITION.fullmatch(ctx.lower, restated.end, start) is not None:
        # "on 30 January 1968, the first day of the Tet holiday": the day just named, restated
        return Resolution(TimexType.DATE, restated.value, f"{quoted(g['_text'])} -> restates the day just named, "
                          f"{restated.value}", restated.interval, Grain.DAY, None, f"t{len(ctx.prior) - 1}",
                          restated.value, implied=frozenset({"day", "month", "year"}))
    value = "P10Y" if unit == "DE" else "P100Y" if unit == "CE" else format_amount(1, unit)
    return Resolution(TimexType.DURATION, value, f"{quoted(g['_text'])} -> the {g['fpos']} {g['unit']} of something "
                      f"that is not a date (the text after it): a length of one {g['unit']}, not a date counted from "
                      f"the publication -> {value}", None, None)


_APPOSITION = re.compile(r"\s*,\s*")  # "30 January 1968, the first day of ...": a phrase set beside a date


@resolver("weekday_of_week")
def resolve_weekday_of_week(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"Monday of last week", "Tuesday next week": that day of the (ISO) week named; "the Friday
    after next": the second Friday after the publication date ("before last": before it)."""
    weekday = int(ctx.vocab("weekday", g["weekday"]))
    if g.get("twice"):
        ahead = g["twice"].startswith("after")
        ref = ctx.ref_day
        first = ref + timedelta(days=(weekday - ref.isoweekday() - 1) % 7 + 1) if ahead else \
            ref - timedelta(days=(ref.isoweekday() - weekday - 1) % 7 + 1)
        day = first + timedelta(weeks=1 if ahead else -1)
        name = cal.WEEKDAY_NAMES[weekday - 1]
        return Resolution(TimexType.DATE, day.isoformat(), f"{quoted(g['_text'])} -> the {name} "
                          f"{'after' if ahead else 'before'} the {'coming' if ahead else 'last'} one ({first.isoformat()}), "
                          f"counted from the publication date {ref.isoformat()} -> {day.isoformat()}",
                          cal.day_span(day), Grain.DAY, None, "DCT", ref.isoformat(),
                          frozenset({"weekday"}), frozenset({"year", "month", "day"}))
    shift = {"this": 0, "next": 1, "last": -1}[g["wdir"]]
    ref = ctx.ref_day
    day = ref - timedelta(days=ref.isoweekday() - 1) + timedelta(weeks=shift, days=weekday - 1)
    return Resolution(TimexType.DATE, day.isoformat(), f"{quoted(g['_text'])} -> the {cal.WEEKDAY_NAMES[weekday - 1]}"
                      f" of {g['wdir']} week (the publication date {ref.isoformat()} is in {cal.week_value(ref)}) -> "
                      f"{day.isoformat()}", cal.day_span(day), Grain.DAY, None, "DCT", ref.isoformat(),
                      frozenset({"weekday"}), frozenset({"year", "month", "day"}))


@resolver("weekday_of_month")
def resolve_weekday_of_month(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"the first Monday of March": that day of the month, its year found as for "March" alone;
    "the last Friday of every month": a day that recurs each month."""
    weekday = int(ctx.vocab("weekday", g["weekday"]))
    which = g["wpos"]
    if not g.get("month") and not g.get("mdir"):
        return Resolution(TimexType.SET, "P1M", f"{quoted(g['_text'])} -> the {which} {cal.WEEKDAY_NAMES[weekday - 1]} "
                          "of each month, recurring monthly -> P1M", None, None, quant="EVERY")
    if g.get("mdir"):
        shift = {"this": 0, "next": 1, "last": -1}[g["mdir"]]
        first = cal.shift(ctx.ref_day.replace(day=1), shift, "M")
        anchor: str | None = "DCT"
        anchor_value: str | None = ctx.ref_day.isoformat()
        how = f"{g['mdir']} month"
        known, implied = frozenset({"weekday"}), frozenset({"year", "month", "day"})
    else:
        month = resolve_date(ctx, {k: v for k, v in g.items() if k not in ("weekday", "wpos")}, start, end)
        if month.interval is None:
            raise ValueError("no month")
        first = month.interval.start.date()
        anchor, anchor_value, how = month.anchor, month.anchor_value, month.value
        known, implied = month.known | {"weekday"}, month.implied | {"day"}
    last = cal.shift(first, 1, "M") - timedelta(days=1)
    if which in ("last", "final"):
        day = last - timedelta(days=(last.isoweekday() - weekday) % 7)
    else:
        day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (ordinal_number(ctx, which) - 1))
        if day > last:
            raise ValueError("no such weekday in the month")
    return Resolution(TimexType.DATE, day.isoformat(), f"{quoted(g['_text'])} -> {how}; its {which} "
                      f"{cal.WEEKDAY_NAMES[weekday - 1]} -> {day.isoformat()}", cal.day_span(day), Grain.DAY, None,
                      anchor, anchor_value, known, implied)


@resolver("day_of_relative_month")
def resolve_day_of_relative_month(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"the 15th of next month", "the 3rd of last month", "the 14th instant" (this month), "the
    28th ultimo" (last month): that day of the month counted from the publication date's."""
    if g.get("latin"):
        g = {**g, "mdir": {"i": "this", "u": "last", "p": "next"}[g["latin"][0]]}
    shift = {"this": 0, "next": 1, "last": -1}[g["mdir"]]
    first = cal.shift(ctx.ref_day.replace(day=1), shift, "M")
    number = int(g["day"])
    day = first.replace(day=number) if number <= (cal.shift(first, 1, "M") - timedelta(days=1)).day else None
    if day is None:
        raise ValueError("no such day in the month")
    return Resolution(TimexType.DATE, day.isoformat(), f"{quoted(g['_text'])} -> {g['mdir']} month "
                      f"(the publication date {ctx.ref_day.isoformat()}); its day {number} -> {day.isoformat()}",
                      cal.day_span(day), Grain.DAY, None, "DCT", ctx.ref_day.isoformat(),
                      frozenset({"day"}), frozenset({"year", "month"}))


RANGE_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
_RANGE_JOIN = re.compile(rf"\s*(?:{RANGE_LINK}|and)\s*")


def _day_range_before(ctx: Context, start: int) -> tuple[date, date, int] | None:
    """(first day, last day, index of the first) of the range of days named last before ``start``:
    one expression over several days ("5 to 9 May 1864") or two days joined by "and"/"to"."""
    for index in range(len(ctx.prior) - 1, max(-1, len(ctx.prior) - 1 - LOOKBACK), -1):
        timex = ctx.prior[index]
        if timex.start >= start or timex.interval is None or timex.type is not TimexType.DATE:
            continue
        if timex.grain is not Grain.DAY:
            continue
        days = (timex.interval.end - timex.interval.start).days
        if days > 1:
            return timex.interval.start.date(), timex.interval.end.date() - timedelta(days=1), index
        if index > 0:
            first = ctx.prior[index - 1]
            if first.grain is Grain.DAY and first.interval is not None and first.type is TimexType.DATE and \
                    _RANGE_JOIN.fullmatch(ctx.lower, first.end, timex.start) and first.interval.start < timex.interval.start:
                return day_of(first), day_of(timex), index - 1
    return None


@resolver("day_of_range")
def resolve_day_of_range(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"between 1 and 3 July 1863 ... On the third day": the third day of that range (the last
    day for "the last/final day"); with no range found, the day last mentioned."""
    found = _day_range_before(ctx, start)
    pod = None if g["pod"] == "day" else g["pod"]
    if found is None:  # "The battle began on 1 July 1916. On the first day ...": counted from that day
        anchor = ctx.anchor_for(Grain.DAY, start)
        day, ident, told = anchor.day, anchor.ident, anchor.value
        if g["ord"] in RANGE_ORDINAL:
            day += timedelta(days=RANGE_ORDINAL[g["ord"]] - 1)
    else:
        first, last, index = found
        day = last if g["ord"] in ("last", "final") else first + timedelta(days=RANGE_ORDINAL[g["ord"]] - 1)
        if day > last:
            raise Unjoined("past the end of the range")
        ident, told = f"t{index}", ctx.prior[index].value
    value, span, grain, type_ = on_day(ctx, day, {}, pod)
    return Resolution(type_, value, f"{quoted(g['_text'])} -> day {g['ord']} of the days from {told} -> {value}",
                      span, grain, None, ident, told, implied=frozenset({"year", "month", "day"}))


@resolver("period_of_that_year")
def resolve_period_of_that_year(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"the spring of that year", "11 December of the following year": a season, month or day
    of the year told from the date last mentioned."""
    earlier = ctx.anchor_for(Grain.YEAR, start)
    ref = " ".join(g["yref"].split())
    year = earlier.day.year + {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(ref, 0)
    stated = {key: value for key, value in g.items() if key not in ("yref", "day2")}
    if g.get("day2"):
        stated["day"] = g["day2"]
    stated["year"] = f"{year:04d}"
    resolved = resolve_season(ctx, stated, start, end) if g.get("season") else resolve_date(ctx, stated, start, end)
    resolved.anchor, resolved.anchor_value = earlier.ident, earlier.value
    resolved.known, resolved.implied = resolved.known - {"year"}, resolved.implied | {"year"}
    resolved.explanation += f" (the year is {ref} year of {earlier.describe()})"
    return resolved


@resolver("holiday_dated")
def resolve_holiday_dated(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"Easter Monday, 24 April 1916": the holiday restates the date written after it."""
    stated = dict(g)
    if g.get("month2"):
        stated["month"], stated["day"] = g["month2"], g["day2"]
    return resolve_date(ctx, stated, start, end)


# "at Easter last year", "Holy Week next year": the holiday of the year named right after it
_HOLIDAY_RELATIVE_YEAR_AFTER = re.compile(r",?\s+(last|next|this)\s+year(?![\w\x27’-])")
_HOLIDAY_YEAR_AFTER = re.compile(r",?\s+(?:in|of)\s+(?:the\s+year\s+)?([1-9]\d{2,3})(?![\d,.]\d|\s*(?:bc|b\.c))")


def _holiday_days(ctx: Context, key: str) -> tuple[Callable[[int], list[tuple[date, date]]], str, int]:
    """The occurrences of the holiday ``key`` beginning in a year (first and last day), what its
    dates come from, and how many days an observed date may lie either side of them."""
    tabled = cal.table_key(key)
    if tabled is None:
        if ".." in key:  # a season of the church year ("Lent": Ash Wednesday to Holy Saturday)
            first_key, last_key = key.split("..", 1)
            return (lambda year: [(cal.holiday_date(first_key, year), cal.holiday_date(last_key, year))]), "", 0
        return (lambda year: [(cal.holiday_date(key, year),) * 2]), "", 0
    name, shift = tabled
    table = ctx.rules.holiday_tables[name]
    moved = timedelta(days=shift)

    def days(year: int) -> list[tuple[date, date]]:
        if shift:  # "Chinese New Year's Eve": a day counted from the holiday's first day
            return [(first + moved, first + moved) for first, _ in table.starting_in(year)]
        return table.starting_in(year)
    return days, table.calendar, table.uncertainty


_POSSESSIVE_BEFORE = re.compile(r"['’]s\s+$")


def _year_owning(ctx: Context, start: int) -> Timex | None:
    """The year written right before a holiday as its owner ("last year's", "2019's"), if any."""
    if not ctx.prior:
        return None
    owner = ctx.prior[-1]
    if owner.grain != Grain.YEAR or not owner.value.isdigit() or len(owner.value) != 4 or \
            _POSSESSIVE_BEFORE.fullmatch(ctx.lower, owner.end, start) is None:
        return None
    return owner


def _festival_year(ctx: Context, g: dict[str, str], start: int) -> Resolution:
    """A festival of a calendar the engine has no table for ("Diwali", "Holi", "Vesak"): its day
    varies by region and almanac, so only its year is given (a year stated with it, owning it, or of
    the story; else the publication's, or the one before or after for "last"/"next"), never a day."""
    owner = None if g.get("year") else _year_owning(ctx, start)
    story = None if g.get("year") or owner else narrative_year(ctx, start)
    anchor: str | None = None
    anchor_value: str | None = None
    if g.get("year"):
        year, note = int(g["year"]), "year stated"
    elif owner is not None:
        year, note = int(owner.value), f"the festival of {owner.text!r}"
        anchor, anchor_value = f"t{len(ctx.prior) - 1}", owner.value
    elif story is not None:
        year, note = story[0], f"the story is in {story[0]}"
        anchor, anchor_value = story[1], story[2]
    else:
        direction = int(ctx.vocab("direction", g["dir"])) if g.get("dir") else 0
        year = ctx.ref_day.year + (direction if direction in (-1, 1) else 0)
        note = f"the year of the publication date{' and ' + g['dir'] if g.get('dir') else ''}"
        anchor, anchor_value = "DCT", ctx.ref_day.isoformat()
    return Resolution(TimexType.DATE, f"{year:04d}", f"{quoted(g['_text'])} -> a festival with no date table "
                      f"(its day varies by region and almanac); {note} -> the year {year}", cal.year_span(year),
                      Grain.YEAR, anchor=anchor, anchor_value=anchor_value)


_COUNTRY_WORDS: dict[int, tuple[RuleSet, re.Pattern[str], dict[str, str]]] = {}
# "National Day of Mourning", "Independence Day of 1960": no holiday of a country's calendar
_DAY_OF_AFTER = re.compile(r"\s+of\b")


def _country_words(rules: RuleSet) -> tuple[re.Pattern[str], dict[str, str]]:
    """The words of [holiday_country] as one pattern (as written, or in capitals: "US" is not
    "us") and the country each names."""
    cached = _COUNTRY_WORDS.get(id(rules))
    if cached is None or cached[0] is not rules:
        country_of = {form: country for country, words in rules.vocabulary.get("holiday_country", {}).items()
                      for word in words for form in (word, word.upper())}  # "WELLINGTON —" opening a story
        pattern = re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(word) for word in sorted(country_of, key=len,
                             reverse=True)) + r")(?![\w-]|\.\w)")
        cached = _COUNTRY_WORDS[id(rules)] = (rules, pattern, country_of)
    return cached[1], cached[2]


def holiday_country(rules: RuleSet, text: str, lower: str, surface: str, start: int, end: int) -> tuple[str, str] | None:
    """The day of a holiday many countries keep on their own dates, by the country it is kept in,
    and the word that names the country: "Ghana's Independence Day" -> ("03-06", "'Ghana'"). The
    country named nearest it in its sentence, else the last named before it in the text, that keeps
    such a day in [holiday_by_country]; None when none is named."""
    days = rules.lookup("holiday_by_country", surface.lower())
    if not days:
        return None
    pattern, country_of = _country_words(rules)
    opening = max((m.end() for m in _NAMED_DAY_SENTENCE_END.finditer(lower, max(0, start - 300), start)), default=0)
    closing = _NAMED_DAY_SENTENCE_END.search(lower, end, end + 300)
    stop = closing.start() if closing else min(len(text), end + 300)
    named = [m for m in pattern.finditer(text, max(opening, start - 300), stop)
             if (m.end() <= start or m.start() >= end) and country_of[m.group()] in days]
    if named:
        nearest = min(named, key=lambda m: start - m.end() if m.end() <= start else m.start() - end)
        return str(days[country_of[nearest.group()]]), f"{nearest.group()!r} in the sentence"
    before = [m for m in pattern.finditer(text, 0, opening) if country_of[m.group()] in days]
    if before:
        return str(days[country_of[before[-1].group()]]), f"{before[-1].group()!r} earlier in the text"
    return None


@resolver("holiday")
def resolve_holiday(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """A named day: a fixed or movable feast of the Gregorian calendar computed from its key, or a
    holiday of a lunar or lunisolar calendar read from its table (several days for "Ramadan",
    "Hanukkah", "Passover": the value is the first day, the interval covers them all, widened by
    the days an observed Islamic date may differ from the table's). A day many countries keep on
    their own dates ("Independence Day") is the day of the country named with it."""
    if g.get("holiday2"):  # "CNY day 2"
        g = {**g, "holiday": g["holiday2"], "hnum": g["hnum2"]}
    surface = g["holiday"] if g.get("holiday") else "easter"  # "Holy Week": Easter's
    key = str(ctx.vocab("holiday", surface))
    kept = holiday_country(ctx.rules, ctx.text, ctx.lower, surface, start, end)
    if (kept is not None or key == "country") and _DAY_OF_AFTER.match(ctx.lower, end):
        raise ValueError(f"{surface!r} of something: a day named for it, no holiday")
    if kept is None:
        if key == "country":
            raise ValueError(f"no country named for {surface!r}, whose day each country keeps on its own date")
        return _resolve_holiday(ctx, g, start, end, key)
    resolution = _resolve_holiday(ctx, g, start, end, kept[0])
    resolution.explanation += f" (the day of the country of {kept[1]})"
    return resolution


def _resolve_holiday(ctx: Context, g: dict[str, str], start: int, end: int, key: str) -> Resolution:
    """The holiday of ``key`` (resources/temporal/en/vocabulary.toml [holiday]) for resolve_holiday."""
    if key == "year":
        return _festival_year(ctx, g, start)
    days_in, source, uncertainty = _holiday_days(ctx, key)
    if g.get("eve"):  # "the eve of Eid", "on the eve of Passover": the day before its first day
        days_of = days_in

        def days_in(year: int) -> list[tuple[date, date]]:
            return [(first - timedelta(days=1),) * 2 for first, _ in days_of(year)]
    ref = ctx.ref_day
    following = None if g.get("year") or g.get("dir") else _HOLIDAY_YEAR_AFTER.match(ctx.lower, end)
    relative = None if g.get("year") or g.get("dir") or following else _HOLIDAY_RELATIVE_YEAR_AFTER.match(ctx.lower, end)
    if relative is not None:  # "at Easter last year": as a year stated, counted from the publication date
        shift = {"last": -1, "next": 1, "this": 0}[relative.group(1)]
        g = {**g, "year": str(ctx.ref_day.year + shift)}
        following = None
    owner = None if g.get("year") or g.get("dir") or following else _year_owning(ctx, start)
    story = None if g.get("year") or g.get("dir") or following or owner else narrative_year(ctx, start)
    year: int | None = None
    if g.get("year"):
        year, note = int(g["year"]), "year stated"
    elif owner is not None:  # "last year's Lunar New Year", "2019's Thanksgiving"
        year, note = int(owner.value), f"the holiday of {owner.text!r} ({owner.value})"
    elif following is not None:  # "on Christmas Day in the year 800"
        year, note = int(following.group(1)), "the year named right after it"
    elif story is not None:
        year, note = story[0], f"the story is in {story[0]} (last date mentioned: {story[2]})"
        if story[2].endswith("-WI") and any(first.month == 12 for first, _ in days_in(year)):
            year -= 1  # "that winter ... by Christmas": the December that opens the winter
    if year is not None:
        found = days_in(year)
        if not found and source and 1 <= year <= 9999:  # "In 1850, ... during Ramadan": past the table's years
            return Resolution(TimexType.DATE, f"{year:04d}", f"{quoted(g['_text'])} -> holiday; {note}; the "
                              f"{source} table has no date in {year} -> the year {year}", cal.year_span(year),
                              Grain.YEAR, anchor=story[1] if story else None,
                              anchor_value=story[2] if story else None)
        if not found:
            raise ValueError(f"no date of {key!r} in {year}")
        first, last = found[0]
    else:
        direction = ctx.vocab("direction", g.get("dir")) if g.get("dir") else None
        tense = "past" if direction == -1 else "future" if direction == 1 else ctx.tense_of(start, end)
        cue = None if direction in (-1, 1) else ctx.cue_of(start, end)
        if direction is None and tense != "future" and ctx.schedule_of(start, end) is not None:
            tense, cue = "future", None  # "the store is opening at Easter": what is scheduled (a weak cue)
        if tense is None and _HOLIDAY_FALLS.match(ctx.lower, end):
            tense, cue = "future", None  # "The Mid-Autumn Festival falls on October 1": the coming one (weak)
        # A tense outweighs 300 days: against it, only a holiday within about a month of the reference
        # wins ("as Easter week began" six days before Easter; a tagged verb may belong to another
        # clause). As for a month, after "will" or "is expected to" a holiday already past cannot be
        # meant ("will be home for Christmas" in March is the coming one); after "would" it can.
        # A holiday of several days under way at the reference is at no distance from it.
        future_penalty = 400 if cue is not None and cue[1] not in WEAK_FUTURE_CUES else 300
        spans = [span for y in (ref.year - 1, ref.year, ref.year + 1) if 1 <= y <= 9999 for span in days_in(y)]
        if not spans:
            raise ValueError(f"no date of {key!r} near {ref}")
        if direction == -1 and any(span[1] < ref for span in spans):
            spans = [span for span in spans if span[1] < ref]  # "last Christmas" said on 19 December: a year ago
        elif direction == 1 and any(span[0] > ref for span in spans):
            spans = [span for span in spans if span[0] > ref]  # "next Easter" said on Easter Monday
        first, last = min(spans, key=lambda span: max((span[0] - ref).days, (ref - span[1]).days, 0)
                          + (300 if tense == "past" and span[0] > ref else 0)
                          + (future_penalty if tense == "future" and span[1] < ref else 0))
        note = f"{tense or 'no'} tense, nearest to {cal.describe_day(ref)}"
    day = first
    counted = int(g["hnum"]) if g.get("hnum") else ctx.vocab("ordinal", g["hord"]) if g.get("hord") else None
    if counted is not None and g.get("hwday"):  # "the third Sunday of Advent": that weekday's nth in it
        wanted = int(ctx.vocab("weekday", g["hwday"]))
        if counted == -1:
            day = last - timedelta(days=(last.isoweekday() - wanted) % 7)
        else:
            day = first + timedelta(days=(wanted - first.isoweekday()) % 7 + 7 * (counted - 1))
        if not first <= day <= last:
            raise Unjoined(f"no {g['hwday']} {counted} within the holiday")
        note += f"; its {g['hord']} {g['hwday']}"
        first = last = day
    elif counted is not None and g.get("hnight"):  # "the first night of Hanukkah": the eve of its first day
        if not source.startswith(("Hebrew", "Islamic")):
            raise Unjoined("the nights of a holiday whose days begin at midnight")
        day = (last if counted == -1 else first + timedelta(days=counted - 1)) - timedelta(days=1)
        if last != first and day >= last:
            raise Unjoined(f"night {counted} of a holiday of {(last - first).days + 1} days")
        note += f"; night {counted if counted > 0 else 'last'} of it, the evening before day " \
            f"{counted if counted > 0 else 'last'} (its day begins at sundown)"
        first = last = day
        g = {**g, "pod": "night"}
    elif counted is not None:  # "Day 2 of Ramadan", "the last day of Passover"
        if counted == -1 and last == first:  # "the last day of Christmas break": "Christmas" alone
            raise Unjoined("the last day of a one-day holiday")
        day = last if counted == -1 else first + timedelta(days=counted - 1)
        if last != first and day > last:
            raise Unjoined(f"day {counted} of a holiday of {(last - first).days + 1} days")
        note += f"; day {counted if counted > 0 else 'last'} of it"
        first = last = day
    anchor: str | None
    if story is not None:
        anchor, anchor_value = story[1], story[2]
    elif owner is not None:
        anchor, anchor_value = f"t{len(ctx.prior) - 1}", owner.value
    else:
        anchor, anchor_value = ("DCT" if (not g.get("year") or relative is not None) and following is None
                                else None), ref.isoformat()
    if source:
        note += f"; from the {source} table"
        if last != first:
            note += f", {(last - first).days + 1} days to {last}"
    span = cal.day_span(day) if last == first else Interval(cal.day_span(first).start, cal.day_span(last).end)
    if uncertainty:
        slack = timedelta(days=uncertainty)
        span = Interval(span.start - slack, span.end + slack)
        note += f"; an observed date may differ by {uncertainty} day (the month begins on a sighting of the moon)"
    # "On Christmas Eve 1914 ... on Christmas Day": a holiday with its year frames a story as a date does
    known = frozenset({"year"}) if g.get("year") else frozenset()
    if g.get("pod"):  # "Christmas morning": one expression, as "Friday morning"
        value, pod_span, grain, type_ = on_day(ctx, day, {}, g["pod"])
        if uncertainty:
            pod_span = Interval(span.start, pod_span.end + timedelta(days=uncertainty))
        return Resolution(type_, value, f"{quoted(g['_text'])} -> holiday; {note} -> {day}; its {g['pod']} -> {value}",
                          pod_span, grain, anchor=anchor, anchor_value=anchor_value, known=known)
    if g.get("hweekend"):
        # "the Easter weekend", "the Labor Day weekend": the weekend the holiday falls in, or the
        # one leading into it for a Monday holiday
        on = day - timedelta(days=2) if day.isoweekday() == 1 else day
        value = cal.week_value(on) + "-WE"
        return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> holiday; {note} -> {day}; "
                          f"its weekend -> {value}", cal.weekend_span(on), Grain.WEEK,
                          anchor=anchor, anchor_value=anchor_value, known=known)
    if g.get("hweek"):  # "Easter week", "Thanksgiving week": the (ISO) week the holiday falls in
        value = cal.week_value(day)
        return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> holiday; {note} -> {day}; "
                          f"the week containing it -> {value}", cal.week_span(day), Grain.WEEK,
                          anchor=anchor, anchor_value=anchor_value, known=known)
    return Resolution(TimexType.DATE, day.isoformat(), f"{quoted(g['_text'])} -> holiday; {note} -> {day}",
                      span, Grain.DAY, anchor=anchor, anchor_value=anchor_value, known=known)


_NAMED_DAY_SENTENCE_END = re.compile(r"[.!?\n](?:\s|$)")
_NAMED_DAY_BEFORE = re.compile(r"([a-z]+-|[a-z]+\s+)$")
_NAMED_DAY_AFTER = re.compile(r"\s+([a-z]+)")


def named_day_reading(rules: RuleSet, lower: str, start: int, end: int, surface: str) -> tuple[date, str] | None:
    """The day of history a name ("D-Day", "Black Tuesday", "9/11") means here, and the cue that
    says so, or None: each reading of [named_day] needs its cue in the sentence, or the word right
    before or after the name (resources/temporal/en/vocabulary.toml)."""
    readings = rules.lookup("named_day", surface) or []
    opening = max((m.end() for m in _NAMED_DAY_SENTENCE_END.finditer(lower, max(0, start - 300), start)), default=0)
    closing = _NAMED_DAY_SENTENCE_END.search(lower, end, end + 300)
    sentence = lower[max(opening, start - 300):closing.start() if closing else end + 300]
    before = _NAMED_DAY_BEFORE.search(lower, max(0, start - 20), start)
    after = _NAMED_DAY_AFTER.match(lower, end)
    for reading in readings:
        for cue in reading.get("cues", []):
            if re.search(rf"(?<![\w/]){re.escape(cue)}(?![\w/])", sentence):
                return date.fromisoformat(reading["day"]), f"{cue!r} in the sentence"
        if before is not None and before.group(1).strip() in reading.get("before", []):
            return date.fromisoformat(reading["day"]), f"{before.group(1).strip()!r} before it"
        if after is not None and after.group(1) in reading.get("after", []):
            return date.fromisoformat(reading["day"]), f"{after.group(1)!r} after it"
    return None


@resolver("named_day")
def resolve_named_day(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"Black Tuesday" in a sentence about the 1929 crash, "post-9/11": a day of history known by
    its name (read only with a cue; the context check refuses it without one)."""
    found = named_day_reading(ctx.rules, ctx.lower, start, end, g["named"])
    if found is None:
        raise ValueError(f"no cue for the day named {g['named']!r}")
    day, why = found
    if g.get("year") and int(g["year"]) != day.year:
        raise ValueError(f"{g['named']!r} is not a day of {g['year']}")
    return Resolution(TimexType.DATE, day.isoformat(), f"{quoted(g['_text'])} -> a day of history ({why}) -> {day}",
                      cal.day_span(day), Grain.DAY, known=frozenset({"year", "month", "day"}))


#: Before this hour of the publication's own time, "tonight" is the night under way (begun the day before).
SMALL_HOURS_END = 5


@resolver("deictic")
def resolve_deictic(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    ref = ctx.ref_day
    shift = 0
    word = g.get("deictic") or g.get("dir") or ""
    which = g.get("which") or g.get("which2")
    pod_word = g.get("pod")
    anchor = ctx.dct()
    deictic = ctx.vocab("deictic", word) if word not in ("last", "this") else None
    if which:
        shift = -2 if which.startswith("before") else 2
    elif deictic is not None:
        shift = int(deictic)
        if word.endswith(("night", "nite")):
            pod_word = "night"
    elif word == "last":
        shift = -1 if pod_word in ("night", "nite", "nights") else 0
    elif not word and pod_word:
        anchor = ctx.anchor_for(Grain.DAY, start)
        if anchor.day > ref and ctx.tense_of(start, end) == "past" and \
                (pod_word != "overnight" or not g.get("position")):
            # "closed until Saturday after five trains broke down overnight", "Pre-orders begin on
            # Friday. The shares rose in afternoon trading": a past part of the day is not one of a
            # later day just named; the one the report comes from (as the corpora date "overnight"
            # in the news: the publication day's TNI)
            anchor = ctx.dct()
        elif pod_word == "overnight" and anchor.day < ref and ctx.tense_of(start, end) == "future":
            # "SSE said on Wednesday ... The Met Office warned that temperatures could fall overnight":
            # a part of the day still to come is not one of an earlier day named; it is the publication day's
            anchor = ctx.dct()
    if word in _SPEECH_DEICTICS:
        anchor = _speech_day(ctx, start, end) or anchor
    if word == "today" and not pod_word and not g.get("position") and _generic_today(ctx, start, end):
        return Resolution(TimexType.DATE, "PRESENT_REF", f"{quoted(g['_text'])} -> \"today's\" before a noun "
                          "of the present era (\"today's youth\"): nowadays -> PRESENT_REF",
                          cal.day_span(ref), None, None, "DCT", ref.isoformat())
    day = anchor.day + timedelta(days=shift)
    pod_key = pod_word.rstrip("s") if pod_word and pod_word != "nights" else ("night" if pod_word else None)
    small_hours = pod_key in ("night", "nite") and shift == 0 and anchor.ident == "DCT" and \
        ctx.reference.has_time and ctx.reference.moment.hour < SMALL_HOURS_END
    if small_hours:
        # "Harris will not speak tonight", posted at 02:45: the night under way began the day before
        day -= timedelta(days=1)
    value, span, grain, type_ = on_day(ctx, day, g, pod_key)
    mod = position_mod(g.get("position"))
    if mod:
        span = cal.narrow(span, mod)
    offset = {0: "the same day as", -1: "the day before", 1: "the day after",
              -2: "two days before", 2: "two days after"}[shift]
    if small_hours:
        offset = "published in the small hours, the night under way, begun the day before"
    return Resolution(type_, value, f"{quoted(g['_text'])} -> {offset} {anchor.describe()} -> {value}",
                      span, grain, mod, anchor.ident, anchor.value, implied=frozenset({"year", "month", "day"}))


@resolver("this_hour")
def resolve_this_hour(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"at this hour": the hour of the reference; a reference given as a day leaves the hour unknown (TXX)."""
    ref = ctx.ref_day
    if ctx.reference.has_time:
        value = f"{ref.isoformat()}T{ctx.reference.moment.hour:02d}"
        told = "the hour of the publication time"
    else:
        value = f"{ref.isoformat()}TXX"
        told = "an hour of the publication date (its time is not given)"
    return Resolution(TimexType.TIME, value, f"{quoted(g['_text'])} -> {told} -> {value}", cal.day_span(ref),
                      Grain.DAY, None, "DCT", ref.isoformat())


@resolver("top_of_the_hour")
def resolve_top_of_the_hour(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"at the top of the hour" on air at 18:40 is 19:00, "the bottom of the hour" 19:10 -> 19:30: the next
    full hour (half past) after the publication time; a reference given as a day leaves the hour unknown (TXX),
    as "at this hour" does."""
    ref = ctx.ref_day
    if not ctx.reference.has_time:
        value = f"{ref.isoformat()}TXX"
        return Resolution(TimexType.TIME, value, f"{quoted(g['_text'])} -> an hour of the publication date (its "
                          f"time is not given) -> {value}", cal.day_span(ref), Grain.DAY, None, "DCT", ref.isoformat())
    told = ctx.reference.moment.replace(second=0, microsecond=0)
    mark = 0 if g["which"] == "top" else 30
    moment = told.replace(minute=mark)
    if moment <= told:
        moment += timedelta(hours=1)
    value = f"{moment.date().isoformat()}T{moment.hour:02d}:{moment.minute:02d}"
    span, grain = clock_span(cal.at_midnight(moment.date()), moment.hour, moment.minute, value[11:])
    return Resolution(TimexType.TIME, value, f"{quoted(g['_text'])} -> the next {'full hour' if mark == 0 else 'half past'}"
                      f" after the publication time {told.strftime('%H:%M')} -> {value}", span, grain, None, "DCT",
                      ctx.dct().value)


@resolver("small_hours")
def resolve_small_hours(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"in the small hours", "the wee hours": the hours after midnight, a part of the night of the day told."""
    return resolve_deictic(ctx, {**g, "pod": "night"}, start, end)


_SPEECH_DEICTICS = frozenset({"today", "yesterday", "tomorrow", "tonight"})
_SPEECH_VERB = (r"(?:said|told|added|insisted|declared|explained|recalled|announced|wrote|spoke|addressed|testified|"
                r"warned|replied|stated)")
_WEEKDAY_WORD = (r"(?:(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                 r"(?P<month>[a-z]{3,9})\.?\s+(?P<day>\d{1,2})(?!\d|,?\s+\d{4}))")
# '"...," the minister said Tuesday.' / '," Putin told lawmakers on Tuesday': the attribution after a quote
_ATTRIBUTION_AFTER = re.compile(rf"\s+(?:[\w.'\u2019-]+\s+){{0,6}}?{_SPEECH_VERB}(?:\s+[\w'\u2019-]+){{0,2}}?"
                                rf"\s+(?:on\s+)?{_WEEKDAY_WORD}\b")
_SPEECH_BEFORE = re.compile(rf"\b{_SPEECH_VERB}\b[^.;!?\"\u201c\u201d]*$")


_QUOTE_MARK = re.compile('["\u201c\u201d]')


def _quote_bounds(ctx: Context, start: int) -> tuple[int, int] | None:
    """(opening, closing) offsets of the quotation mark pair around ``start`` within its
    paragraph, or None when ``start`` is not inside a quotation."""
    window = max(0, start - SENTENCE_WINDOW)
    para_start = max(ctx.text.rfind("\n", window, start), window - 1) + 1
    para_end = ctx.text.find("\n", start, start + SENTENCE_WINDOW)
    para_end = min(len(ctx.text), start + SENTENCE_WINDOW) if para_end < 0 else para_end
    marks = [mark.start() for mark in _QUOTE_MARK.finditer(ctx.text, para_start, para_end)]
    before = [i for i in marks if i < start]
    after = [i for i in marks if i >= start]
    if len(before) % 2 == 0 or not after or ctx.text[before[-1]] == "\u201d":
        return None
    return before[-1], after[0]


def _speech_day(ctx: Context, start: int, end: int) -> Anchor | None:
    """The day a quotation was spoken, when the attribution names it on another day than the
    publication: '"We will decide tomorrow," the minister said Tuesday' (tomorrow = Wednesday,
    whatever the publication date), 'Ranieri said on Saturday night. "Today we are champions."'
    TimeML anchors the indexicals of reported speech to the time of speaking."""
    bounds = _quote_bounds(ctx, start)
    if bounds is None:
        return None
    opening, closing = bounds
    found = _ATTRIBUTION_AFTER.match(ctx.lower, closing + 1)
    if found is not None and "\n" not in found.group(0):
        day = _said_on(ctx, found)
        return Anchor(day, Grain.DAY, "DCT", ctx.ref_day.isoformat()) if day not in (None, ctx.ref_day) else None
    # 'Ranieri said on Saturday night. "Today ..."', or 'Putin told parliament on Tuesday that ...
    # "Today, Crimea has returned," he said.': the speech named in the sentence before
    undated = _ATTRIBUTION_UNDATED.match(ctx.lower, closing + 1) is not None
    para_start = ctx.text.rfind("\n", max(0, start - SENTENCE_WINDOW), start) + 1
    for index in range(len(ctx.prior) - 1, max(-1, len(ctx.prior) - 4), -1):
        last = ctx.prior[index]
        if last.end > opening or last.start < para_start:
            break
        if last.interval is None or last.grain is not Grain.DAY and not last.rule.startswith("weekday") or \
                not ({"day", "weekday"} & last.known):
            continue
        if not (undated or re.fullmatch(r"\s*[.:,]?\s*", ctx.lower[last.end:opening])):
            break
        if _SPEECH_BEFORE.search(ctx.lower, max(0, last.start - 80), last.start) is None:
            break
        day = day_of(last)
        return Anchor(day, Grain.DAY, f"t{index}", last.value) if day != ctx.ref_day else None
    return None


def _said_on(ctx: Context, found: re.Match[str]) -> date | None:
    """The day an attribution names ("said Tuesday", "told police on June 3"): the latest such day
    on or before the publication date, as something said is past."""
    ref = ctx.ref_day
    if found.group("weekday"):
        weekday = int(ctx.vocab("weekday", found.group("weekday")))
        return ref - timedelta(days=(ref.isoweekday() - weekday) % 7)
    month = ctx.vocab("month", found.group("month"))
    if month is None:
        return None
    for year in (ref.year, ref.year - 1):
        try:
            day = date(year, int(month), int(found.group("day")))
        except ValueError:
            return None
        if day <= ref:
            return day
    return None


_ATTRIBUTION_UNDATED = re.compile(rf"\s+(?:[\w.'\u2019-]+\s+){{0,3}}?{_SPEECH_VERB}\s*[.,]")


_POSSESSIVE_NOUN = re.compile(r"['\u2019]s\s+([\w-]+)")
# "young people today", "kids today", "the world today" followed by a verb of the simple present
# ("are more anxious", "face", "spend"): today as the present era; "children today are returning"
# (progressive) and "protesters today marched" stay the day
_GENERIC_GROUP_BEFORE = re.compile(r"\b(?:young\s+people|kids|children|teenagers|teens|youngsters|"
                                   r"the\s+world|society)\s+$")
_GENERIC_PRESENT_AFTER = re.compile(r"\s+(?:are|is|have|has|do|does|don't|doesn't|can|cannot|can't|"
                                    r"(?:face|spend|live|grow|need|want|know|seem|tend|expect)s?)\b"
                                    r"(?!\s+\w+ing\b)")


def _generic_today(ctx: Context, start: int, end: int) -> bool:
    """"today's youth", "in today's world", "today's GM": today as the present era.

    A possessive followed by a noun of the era (vocabulary ``present_era_noun``), or by a
    capitalised name while "today" itself is lower-case (in a title-case headline,
    "Today's GIFs", the capital says nothing).
    """
    if _GENERIC_GROUP_BEFORE.search(ctx.lower, max(0, start - 24), start) and \
            _GENERIC_PRESENT_AFTER.match(ctx.lower, end):
        return True  # "young people today face ...", "the world today is ...": a present of habits
    found = _POSSESSIVE_NOUN.match(ctx.lower, end)
    if found is None:
        return False
    if found.group(1) in ctx.rules.vocabulary["present_era_noun"]:
        return True
    return ctx.text[found.start(1)].isupper() and ctx.text[start].islower()


@resolver("weekday")
def resolve_weekday(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    weekday = int(ctx.vocab("weekday", g["weekday"]))
    ref = ctx.ref_day
    anchor = ctx.dct()
    direction = ctx.vocab("direction", g.get("dir")) if g.get("dir") else None
    if g.get("anadir"):
        # "the previous Friday", "the following Monday": told from the day last mentioned,
        # as "the previous day" is
        anchor = ctx.anchor_for(Grain.DAY, start, finer=True)
        ref = anchor.day
        direction = -1 if g["anadir"] in ("previous", "preceding") else 1
    elif g.get("anathat"):
        # "On Jan. 5 ... That Friday": the first one on or after the day (or week) last told
        told = ctx.anchor_for(Grain.WEEK, start)
        if told.ident != "DCT":  # with no day told before, it is read as the weekday alone
            anchor, ref, direction = told, told.day, 2
    elif g.get("adir"):
        # "the previous Friday", "the following Monday": relative to the day the text is
        # about (the last day it named), not to the publication date as "last Friday" is.
        anchor = ctx.anchor_for(Grain.DAY, start)
        ref = anchor.day
        direction = ctx.vocab("direction", g["adir"])
    back = (ref.isoweekday() - weekday) % 7
    if direction == -1:
        day = ref - timedelta(days=back or 7)
        how = f"{g.get('adir') or 'last'} {cal.WEEKDAY_NAMES[weekday - 1]}: the latest one strictly before"
    elif direction == 1:
        ahead = (weekday - ref.isoweekday()) % 7 or 7
        day = ref + timedelta(days=ahead)
        how = f"{g.get('adir') or 'next'} {cal.WEEKDAY_NAMES[weekday - 1]}: the first one strictly after"
    elif direction == 0:
        day = cal.week_start(ref) + timedelta(days=weekday - 1)
        how = "this week's one, the week of"
    elif direction == 2:
        day = ref + timedelta(days=(weekday - ref.isoweekday()) % 7)
        how = f"that {cal.WEEKDAY_NAMES[weekday - 1]}: the first one on or after the day last told"
    elif (restated := _restated_day(ctx, weekday, start)) is not None:
        day, anchor = restated
        value, span, grain, type_ = on_day(ctx, day, g, g.get("pod"))
        return Resolution(type_, value, f"{quoted(g['_text'])} -> restates the {cal.WEEKDAY_NAMES[weekday - 1]} "
                          f"of the date just before it ({anchor.value}) -> {value}", span, grain, None, anchor.ident,
                          anchor.value, known=frozenset({"weekday"}), implied=frozenset({"year", "month", "day"}))
    elif (opening := _range_opening(ctx, start)) is not None and not (
            opening[1] and ctx.tense_of(start, end) == "past" and
            opening[0].day + timedelta(days=(weekday - opening[0].day.isoweekday() - 1) % 7 + 1) > ref):
        anchor, coordinated = opening
        day = anchor.day + timedelta(days=(weekday - anchor.day.isoweekday() - 1) % 7 + 1)
        how = (f"follows the weekday it is coordinated with: the first {cal.WEEKDAY_NAMES[weekday - 1]} after"
               if coordinated else f"ends a range of days: the first {cal.WEEKDAY_NAMES[weekday - 1]} after")
    elif (framing := _framing_week(ctx, start)) is not None and not (
            framing.day + timedelta(days=7) <= ref and ctx.tense_of(start, end) == "future"):
        # ("Last week the company said it will close the plant on Friday": the Friday ahead)
        # "Last week, the two leaders met on Monday": the week the sentence opened with
        anchor = framing
        day = anchor.day + timedelta(days=weekday - 1)
        how = f"in the week its sentence named: the {cal.WEEKDAY_NAMES[weekday - 1]} of"
    elif (story := _story_day(ctx, start)) is not None:
        # "The coup began on Monday, 19 August 1991. By Wednesday ...": the story's week
        anchor = story
        ref = anchor.day
        day = ref + timedelta(days=(weekday - ref.isoweekday()) % 7)
        how = f"a story told in the past: the first {cal.WEEKDAY_NAMES[weekday - 1]} on or after"
    else:
        tense = ctx.tense_of(start, end)
        # "will attend Saturday's game", "ahead of Sunday's final": under a future tense cue a
        # fixture named by its weekday is still to be played (a deed so named, "get around
        # Wednesday's ruling", is over); the scheduled present alone ("is still talking about
        # Sunday's game") does not tell it
        possessive = ctx.lower[end:end + 2] in ("'s", "\u2019s")
        noun = _FIXTURE_AFTER.match(ctx.lower, end + 2) if possessive and tense == "future" else None
        if tense != "future" and ctx.schedule_of(start, end) is not None:
            tense = "future"  # "the two leaders are meeting Monday", "Schools reopen Monday": what is scheduled
            if possessive and noun is None and _MUST_BEFORE.search(ctx.lower, max(0, start - 40), start):
                # "must act by Friday's deadline": an obligation still to be met, as a future cue tells
                noun = _FIXTURE_AFTER.match(ctx.lower, end + 2)
        fixture = noun is not None and noun.group(1) in ctx.rules.vocabulary["fixture_noun"] and \
            not _PAST_EVENT_BEFORE.search(ctx.lower, max(0, start - 20), start)
        named_for = tense == "future" and possessive and 0 < back <= 4 and not fixture
        if named_for:
            tense = "past"  # "get around Wednesday's ruling": a day named for what happened on it
        # a time of day set for a weekday with no tense cue ("7pm sat"): the nearer one, ahead or back,
        # without the look-back that news reports get
        scheduled = tense is None and back > 7 - back and bool(g.get("hour") or g.get("hour24") or g.get("noon"))
        if tense == "future" or scheduled:
            day = ref + timedelta(days=(weekday - ref.isoweekday()) % 7)
            how = (f"future tense, the first {cal.WEEKDAY_NAMES[weekday - 1]} on or after" if tense else
                   f"a clock time with no tense cue, the nearest {cal.WEEKDAY_NAMES[weekday - 1]}: on or after")
        elif tense == "past" or back <= 4:
            day = ref - timedelta(days=back)
            cue = ("a day named for what happened on it (\"'s\")" if named_for else
                   "past tense" if tense == "past" else "no tense cue, the nearest one")
            how = f"{cue}, the last {cal.WEEKDAY_NAMES[weekday - 1]} on or before"
        else:
            day = ref + timedelta(days=(weekday - ref.isoweekday()) % 7)
            how = f"no tense cue, the nearest {cal.WEEKDAY_NAMES[weekday - 1]}: on or after"
    if g.get("into"):  # "overnight into Sunday": the night of Saturday
        day -= timedelta(days=1)
        how = f"the night before the {cal.WEEKDAY_NAMES[weekday - 1]} read as: {how}"
    value, span, grain, type_ = on_day(ctx, day, g, g.get("pod"))
    mod = position_mod(g.get("position")) if grain != Grain.MINUTE else None  # a clock time is exact
    if mod:
        span = cal.narrow(span, mod)  # "early Monday": the first third of the day
    told_from = cal.describe_day(ref) if anchor.ident == "DCT" else f"{anchor.describe()}"
    return Resolution(type_, value,
                      f"{quoted(g['_text'])} -> {how} {told_from} -> {value}",
                      span, grain, mod, anchor.ident, anchor.value,
                      known=frozenset({"weekday"}), implied=frozenset({"year", "month", "day"}))


_WEEK_VALUE = re.compile(r"\d{4}-W\d\d")
#: A week named as the calendar's ("last week", "earlier this week"), not counted ("a week ago")
#: nor a holiday's ("Holy Week").
_NAMED_WEEK = re.compile(r"(?:(?:early|late|earlier|later|mid)[\s-]+(?:in\s+)?)?(?:last|this|next|that|the\s+"
                         r"(?:following|previous|same|past))\s+week")
FRAMING_WITHIN = 120  # characters from a week named to a weekday it frames


def _framing_week(ctx: Context, start: int) -> Anchor | None:
    """The week named earlier in the weekday's own sentence ("Last week, the two leaders met in
    Moscow on Monday", "Next week the council will vote on Tuesday"), as its first day's
    anchor; None when the sentence names none, or names another day or time after it."""
    framed: list[Timex] = []  # weekdays of the same sentence between ("on Monday ... on Wednesday")
    for index in range(len(ctx.prior) - 1, max(-1, len(ctx.prior) - 5), -1):
        timex = ctx.prior[index]
        if timex.start >= start:
            continue
        if start - timex.end > FRAMING_WITHIN or SENTENCE_BREAK.search(ctx.text, timex.end, start) or \
                ";" in ctx.text[timex.end:start] or "\n" in ctx.text[timex.end:start]:
            return None
        if timex.type is TimexType.DATE and _WEEK_VALUE.fullmatch(timex.value) and \
                _NAMED_WEEK.fullmatch(timex.text.lower()):
            if _ATTRIBUTION_BETWEEN.fullmatch(ctx.lower, timex.end, start):
                return None  # "a ship that ran aground last week, the operator said on Thursday": the saying's day
            if _ASIDE_OPENS.search(ctx.lower, max(0, timex.start - 80), timex.start) and \
                    ctx.text.startswith(",", timex.end):
                return None  # "Green, who was traveling last week, returned Wednesday": the aside's week
            monday = date.fromisocalendar(int(timex.value[:4]), int(timex.value[6:8]), 1)
            if any(day.interval is None or not 0 <= (day.interval.start.date() - monday).days < 7 for day in framed):
                return None
            return Anchor(monday, Grain.WEEK, f"t{index}", timex.value)
        if timex.known == frozenset({"weekday"}) and timex.grain is not None and timex.grain >= Grain.DAY:
            framed.append(timex)
            continue
        return None  # another date stands between: it is the one the weekday follows
    return None


# A relative aside opened before a week ("Gov. Green, who was traveling last week, ...")
_ASIDE_OPENS = re.compile(r",\s+(?:who|which|whose)\s+[^,;.()]*$")
# The attribution after a clause that ends with a week: ", the vessel's operator said on ".
_ATTRIBUTION_BETWEEN = re.compile(r"\s*,\s+(?:[\w'\u2019.\-]+\s+){1,6}(?:said|says|told\s+[\w.]+|announced|added|"
                                  r"reported)\s+(?:on\s+|early\s+|late\s+)*")


# The word after a weekday's "'s" ("Saturday's game"), and the words before it that tell an
# event already held ("will recover from Sunday's game", "the fallout from Sunday's vote")
_FIXTURE_AFTER = re.compile(r"\s+(?:[a-z]+-)?([a-z]+)\b")
_MUST_BEFORE = re.compile(r"\bmust\s+(?:[a-z]+\s+){1,4}$")
_PAST_EVENT_BEFORE = re.compile(r"\b(?:since|from|despite|over|amid)\s+$")


def _story_day(ctx: Context, start: int) -> Anchor | None:
    """The day a story told years before the publication has reached, when the text names
    one (a bare weekday then falls in that story's week), else None."""
    story = narrative_year(ctx, start)
    if story is None:
        return None
    anchor = ctx.anchor_for(Grain.DAY, start)
    if anchor.ident == "DCT" or anchor.grain < Grain.DAY or anchor.day.year != story[0]:
        return None
    if not ctx.tells_history() and PARAGRAPH_BREAK.search(
            ctx.text, max(ctx.prior[int(anchor.ident[1:])].end, start - HISTORY_WINDOW), start):
        return None  # a background paragraph about 2004, then "On Tuesday, the council voted": news of now
    if not ctx.tells_history() and _reported(ctx, start):
        return None  # "On March 3, 2011, the regulator fined the bank. On Friday, the bank said ...": news of now
    return anchor


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_REPORTING = re.compile(r"\b(?:said|told|announced|says|tells|announces)\b")


def _reported(ctx: Context, start: int) -> bool:
    """Whether the sentence around ``start`` reports what someone said: news reports statements
    of the present ("On Friday, the bank said it would appeal"); a history rarely does."""
    window = max(0, start - SENTENCE_WINDOW)
    opening = max(ctx.lower.rfind(". ", window, start), ctx.lower.rfind("\n", window, start), window - 1) + 1
    closing = _SENTENCE_END.search(ctx.lower, start, start + SENTENCE_WINDOW)
    return _REPORTING.search(ctx.lower, opening, closing.start() if closing else start + SENTENCE_WINDOW) is not None


SENTENCE_WINDOW = 400  # characters looked at either side for a sentence's or a quotation's bounds


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


_RANGE_LINK = re.compile(rf"\s*{RANGE_LINK}\s*")
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$")


# "late Sunday or early Monday", "Monday and Tuesday", "Saturday into Sunday", "wed & thurs":
# two weekdays named together, the second told from the first
_COORDINATION_LINK = re.compile(r"\s*(?:,?\s*\b(?:and|or|and/or|into)\b|&|/)\s*")


def _range_opening(ctx: Context, start: int) -> tuple[Anchor, bool] | None:
    """The weekday that opens a range this weekday closes ("from Monday to Wednesday",
    "Tuesday-Thursday", "between Monday and Friday"): the range runs forward, so its end is
    the first such weekday after its opening, whatever the tense would say on its own. Two
    weekdays coordinated ("late Sunday or early Monday", "Saturday into Sunday", "Monday and
    Tuesday") are read the same way; the flag says the link was such a coordination (a past
    clause may then refuse an end after the publication date)."""
    for index in range(len(ctx.prior) - 1, max(-1, len(ctx.prior) - 3), -1):
        timex = ctx.prior[index]
        if timex.start >= start:
            continue
        if timex.known != frozenset({"weekday"}) or timex.interval is None or timex.grain is None or \
                timex.grain < Grain.DAY:
            return None
        gap = ctx.lower[timex.end:start]
        anchor = Anchor(day_of(timex), Grain.DAY, f"t{index}", timex.value)
        if _RANGE_LINK.fullmatch(gap) or gap.strip() == "and" and \
                BETWEEN_BEFORE.search(ctx.lower, max(0, timex.start - 12), timex.start):
            return anchor, False
        if _COORDINATION_LINK.fullmatch(gap):
            return anchor, True
        return None
    return None


RESTATED_WITHIN = 40  # characters between a date and the weekday that restates it: "May 5 - 6 (Tues-Wed)"
# What may stand between a date and the weekday restating it: "14 December, Friday", "(Tues",
# "Sept. 15, 2008, a Monday", "March 3, which was a Thursday".
_RESTATE_GAP = re.compile(r"[\s,(\[]*(?:(?:which|that) was\s+)?(?:an?\s+)?")


def _restated_day(ctx: Context, weekday: int, start: int) -> tuple[date, Anchor] | None:
    """The day of a date stated just before a bare weekday that falls on that weekday.

    "May 5 - 6 (Tues-Wed 9am - 5pm)", "on 14 December, Friday": the weekday repeats the
    date's day of the week, so it names that day, not the one nearest the publication date.
    """
    chain_start = start
    for index in range(len(ctx.prior) - 1, max(-1, len(ctx.prior) - 5), -1):
        timex = ctx.prior[index]
        if timex.start >= start:
            continue
        if chain_start - timex.end > RESTATED_WITHIN:
            break
        gap = ctx.lower[timex.end:chain_start]
        chain_start = timex.start
        if timex.type != TimexType.DATE or timex.interval is None or "day" not in timex.known:
            continue  # another weekday or a clock time of the same list: "(Tues-Wed 9am"
        if timex.interval.end - timex.interval.start > timedelta(days=7) or _RESTATE_GAP.fullmatch(gap) is None:
            return None  # "from Sept. 14 to Thursday": a range's other end, not the same day
        day = day_of(timex)
        while cal.at_midnight(day) < timex.interval.end:
            if day.isoweekday() == weekday:
                return day, Anchor(day, Grain.DAY, f"t{index}", timex.value)
            day += timedelta(days=1)
        return None
    return None


_ELLIPTIC_UNIT = re.compile(r"\b(?:this|last|next|the\s+current)\s+(?P<unit>week|month|year)\s+(?:and|or|as|than)\s+$")


@resolver("elliptic_relative")
def resolve_elliptic_relative(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"this week and next", "this year or last": the unit is that of the expression just before."""
    found = _ELLIPTIC_UNIT.search(ctx.lower, max(0, start - 40), start)
    if found is None:
        raise ValueError("no unit to carry over")
    resolution = resolve_relative(ctx, dict(g, unit=found.group("unit")), start, end)
    resolution.explanation += f" (the unit of {found.group('unit')!r} understood from the expression before it)"
    return resolution


@resolver("relative")
def resolve_relative(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    unit = "Y" if g.get("fiscal") else str(ctx.vocab("unit", g["unit"]))  # "this fiscal": the (fiscal) year
    if g.get("twice"):  # "the week after next", "the year before last": two units away
        raw_dir = "next" if g["twice"].startswith("after") else "last"
        direction = 2 * int(ctx.vocab("direction", raw_dir))
    else:
        raw_dir = " ".join(g["dir"].split()).replace("the ", "")
        direction = int(ctx.vocab("direction", raw_dir))
    ref = ctx.ref_day
    mod = position_mod(g.get("position"))
    if unit == "FN":
        value = "P2W"
        span = Interval(cal.at_midnight(ref - timedelta(days=13)), cal.at_midnight(ref) + timedelta(days=1))
        return Resolution(TimexType.DURATION, value, f"{quoted(g['_text'])} -> two weeks up to the publication date",
                          span if direction < 0 else None, Grain.WEEK, mod, "DCT", ref.isoformat())
    if unit == "DE" and direction == -1 and raw_dir == "past":
        span = Interval(cal.at_midnight(cal.shift(ref, -1, "DE")), cal.at_midnight(ref) + timedelta(days=1))
        return Resolution(TimexType.DURATION, "P10Y", f"{quoted(g['_text'])} -> the ten years up to the publication date",
                          span, Grain.YEAR, mod, "DCT", ref.isoformat())
    story = narrative_year(ctx, start) if raw_dir == "the" and unit == "Y" else None
    if story is not None:  # "In 1941, ... by the end of the year": the story's year
        year, anchor, story_value = story
        value, span = f"{year:04d}", cal.narrow(cal.year_span(year), mod)
        return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> the year the story is in (last date "
                          f"mentioned: {story_value}) -> {value}" + (f" ({mod.lower()})" if mod else ""),
                          span, Grain.YEAR, mod, anchor, story_value, implied=frozenset({"year"}))
    era = era_story(ctx, start) if raw_dir == "the" and unit == "Y" else None
    if era is not None:  # "On 21 June 217 BC ... for the rest of the year": that year, with no interval
        base, index = era
        value = era_year_value(base)
        return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> the year the story is in (last date "
                          f"mentioned: {ctx.prior[index].value}) -> {value}" + (f" ({mod.lower()})" if mod else ""),
                          None, Grain.YEAR, mod, f"t{index}", ctx.prior[index].value, implied=frozenset({"year"}))
    if raw_dir == "the" and unit in ("DE", "CE"):
        named = _era_named_before(ctx, start, UNIT_GRAIN[unit])
        if named is not None:  # "In the 1790s, ... By the end of the decade"
            index, timex = named
            return Resolution(TimexType.DATE, timex.value, f"{quoted(g['_text'])} -> the {UNIT_WORD[unit]} just named "
                              f"({timex.value})" + (f" ({mod.lower()})" if mod else ""),
                              cal.narrow(timex.interval, mod) if timex.interval is not None else None, timex.grain, mod,
                              f"t{index}", timex.value)
        story = narrative_year(ctx, start)
        if story is not None:  # "In 1985 he moved to Paris. By the end of the decade": the story's decade
            year, anchor, story_value = story
            size = 10 if unit == "DE" else 100
            value = f"{year // size:03d}" if unit == "DE" else f"{year // size:02d}"
            return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> the {UNIT_WORD[unit]} the story is in "
                              f"(last date mentioned: {story_value}) -> {value}" + (f" ({mod.lower()})" if mod else ""),
                              cal.narrow(cal.years_span(year // size * size, size), mod), UNIT_GRAIN[unit], mod,
                              anchor, story_value, implied=frozenset({"year"}))
    if raw_dir == "the" and unit in ("M", "W") and narrative_year(ctx, start) is not None:
        # "On 1 September 1939, ... until the end of the month"; "She started on Monday, June 7,
        # 1999. By the end of the week she wanted to quit": the month or week of the story's day
        grain = UNIT_GRAIN[unit]
        earlier = ctx.anchor_for(grain, start)
        if earlier.ident != "DCT":
            value, span = value_at(earlier.day, grain)
            return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> the {UNIT_WORD[unit]} of "
                              f"{earlier.describe()} in the story -> {value}" + (f" ({mod.lower()})" if mod else ""),
                              cal.narrow(span, mod), grain, mod, earlier.ident, earlier.value,
                              implied=frozenset({"month", "year"} if unit == "M" else {"week", "year"}))
    day = cal.shift(ref, direction, unit)
    grain = UNIT_GRAIN[unit]
    if unit == "WE":
        if direction == 0 and ctx.tense_of(start, end) == "past" and ref.isoweekday() < 5:
            day = ref - timedelta(days=7)
        value = cal.week_value(day) + "-WE"
        span = cal.weekend_span(day)
    else:
        value, span = value_at(day, grain)
    span = cal.narrow(span, mod)
    word = {-2: "one before the previous", -1: "previous", 0: "current", 1: "next", 2: "one after the next"}[direction]
    explanation = f"{quoted(g['_text'])} -> the {word} {UNIT_WORD[unit]} relative to {cal.describe_day(ref)} -> {value}"
    if mod:
        explanation += f" ({mod.lower()})"
    return Resolution(TimexType.DATE, value, explanation, span, grain, mod, "DCT", ref.isoformat(),
                      implied=frozenset({"year"}))


def _era_named_before(ctx: Context, start: int, grain: Grain) -> tuple[int, Timex] | None:
    """The decade or century ("the 1790s", "the 19th century") named last before ``start``,
    within NARRATIVE_WINDOW characters and with no other date since: what "the decade" or
    "the century" then refers to."""
    for index in range(len(ctx.prior) - 1, max(-1, len(ctx.prior) - 1 - LOOKBACK), -1):
        timex = ctx.prior[index]
        if timex.start >= start or timex.type is not TimexType.DATE:
            continue
        if start - timex.end > NARRATIVE_WINDOW or timex.grain != grain or timex.anchor is not None:
            return None
        return index, timex
    return None


@resolver("ago")
def resolve_ago(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    if g.get("half") or g.get("andhalf"):
        # "half a century ago", "a year and a half ago": years counted in months ("half a year ago" is
        # six months ago), the rest in their own unit
        amount = 0.5 if g.get("half") else (parse_number(ctx, g["num"]) or 1) + 0.5
        if g["unit"].startswith("year"):
            g = {**g, "num": f"{amount * 12:g}", "unit": "months"}
        else:
            g = {**g, "num": f"{amount:g}"}
    unit = unit_of(ctx, g) or "D"
    signal = " ".join(g["ago"].split())
    direction = -1 if signal in ("ago", "before now", "back") else 1
    qmod = ctx.vocab("quantity_mod", g.get("qmod")) if g.get("qmod") else None
    mod = "APPROX" if qmod or g.get("orso") or g.get("orso2") or g.get("plus") else None
    too_far = unit in ("Y", "DE", "CE", "ML") and direction < 0 and \
        (parse_number(ctx, g.get("num")) or 0) * {"Y": 1, "DE": 10, "CE": 100, "ML": 1000}[unit] >= ctx.ref_day.year
    if g.get("vnum") or parse_number(ctx, g.get("num")) is None or too_far:
        # (also "50,000 years ago": before year 1, which no calendar date of TimeML's reaches)
        value = "PAST_REF" if direction < 0 else "FUTURE_REF"
        return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> an unstated amount of time "
                          f"{'before' if direction < 0 else 'after'} the publication date -> {value}",
                          None, None, mod, "DCT", ctx.ref_day.isoformat())
    amount = parse_number(ctx, g.get("num")) or 1
    if g.get("agoday") and amount == int(amount):
        return _anniversary(ctx, g, int(amount), unit, mod)
    if g.get("agowd") and amount == int(amount) and unit in ("D", "W", "Y", "DE", "CE"):
        # "a week ago Friday": the last Friday on or before the publication date, a week before that;
        # "went to press 150 years ago on Sunday": the day that Sunday's anniversary marks
        weekday = int(ctx.vocab("weekday", g["agowd"]))
        last = ctx.ref_day - timedelta(days=(ctx.ref_day.isoweekday() - weekday) % 7)
        day = cal.shift(last, -int(amount), unit)
        return Resolution(TimexType.DATE, day.isoformat(), f"{quoted(g['_text'])} -> {g.get('num')} "
                          f"{UNIT_WORD[unit]}(s) before the last {g['agowd']} ({cal.describe_day(last)}) -> "
                          f"{day.isoformat()}", cal.day_span(day), Grain.DAY, mod, "DCT", ctx.ref_day.isoformat(),
                          implied=frozenset({"year", "month", "day"}))
    if signal in ("from today", "from tomorrow") and amount == int(amount) and unit in ("D", "W", "M", "Y"):
        # "two weeks from today", "three days from tomorrow": a day, counted from the day named
        base = ctx.ref_day + timedelta(days=1 if signal == "from tomorrow" else 0)
        day = cal.shift(base, int(amount), unit)
        return Resolution(TimexType.DATE, day.isoformat(), f"{quoted(g['_text'])} -> {g.get('num')} "
                          f"{UNIT_WORD[unit]}(s) after {signal.split()[1]} ({cal.describe_day(base)}) -> "
                          f"{day.isoformat()}", cal.day_span(day), Grain.DAY, mod, "DCT", ctx.ref_day.isoformat(),
                          implied=frozenset({"year", "month", "day"}))
    head = _entry_head(ctx, start) if unit in ("H", "TM") and direction < 0 else None
    return shifted(ctx, head or ctx.dct(), amount * direction, unit, g, mod,
                   f"{g.get('num')} {UNIT_WORD[unit]}(s) {'before' if direction < 0 else 'after'}", start)


def _previous_entry_day(ctx: Context, anchor: Anchor, start: int) -> Anchor | None:
    """A live blog's entry head ("3.48pm" opening its line) is on the day of the entry head before it,
    not on a day told inside that entry's text ("a meeting for tomorrow morning")."""
    if not anchor.ident.startswith("t") or not _opens_entry(ctx.text, start):
        return None
    for index in range(int(anchor.ident[1:]) - 1, -1, -1):
        told = ctx.prior[index]
        if told.start < start - 2000:
            return None
        if told.type is TimexType.TIME and told.interval is not None and _CLOCK_VALUE.match(told.value) and \
                _opens_entry(ctx.text, told.start):
            return Anchor(told.interval.start.date(), Grain.DAY, f"t{index}", told.value, told.interval.start)
    return None


def _opens_entry(text: str, start: int) -> bool:
    """Whether `start` heads its line, after at most a bullet or "Update,"/"Posted" (a live blog's entry)."""
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    return (line_start > 0 or start <= 40) and _ENTRY_HEAD_LEAD.match(text, line_start, start) is not None


_ENTRY_HEAD_LEAD = re.compile(r"[ \t]*(?:[-–—*•][ \t]*)?(?:(?:update[ds]?|posted|breaking)[ \t]*[,:]?[ \t]*(?:at[ \t]+)?)?$",
                              re.IGNORECASE)


def _entry_head(ctx: Context, start: int) -> Anchor | None:
    """A live blog's entry: "06:30\nPutin spoke in a televised address an hour ago." The hours or minutes
    "ago" count from the clock time heading the entry (the last clock time opening a line before, within a
    few lines), not from the publication. An "ago" that itself heads its line ("2h ago" over an entry) is
    a stamp counted from the publication."""
    if _opens_entry(ctx.text, start):
        return None
    for index in range(len(ctx.prior) - 1, -1, -1):
        told = ctx.prior[index]
        if told.start < start - 600:
            return None
        if told.type is not TimexType.TIME or told.interval is None or _CLOCK_VALUE.match(told.value) is None:
            continue
        if _opens_entry(ctx.text, told.start):
            return Anchor(told.interval.start.date(), Grain.DAY, f"t{index}", told.value, told.interval.start)
    return None


@resolver("this_day_in_year")
def resolve_this_day_in_year(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"On this day in 1969": the publication's day and month in the year named (an "on this day" feature).

    "The same week in 2008" compares with the day last told to the day ("On 15 September 2018 ...
    the same day in 2008"), else with the publication, as an anniversary piece does.
    """
    year = int(g["year"]) if g.get("year") else ctx.ref_day.year - 1  # "this day last year"
    base, whose, anchor, anchor_value = ctx.ref_day, "the publication", "DCT", ctx.ref_day.isoformat()
    if g.get("same"):
        for index, told in reversed(list(enumerate(ctx.prior))[-64:]):
            if told.grain == Grain.DAY and told.interval is not None:
                base, whose = told.interval.start.date(), "the date last told"
                anchor, anchor_value = f"t{index}", told.value
                break
    try:
        day = base.replace(year=year)
    except ValueError:  # 29 February told in a year without one: only the year is sure
        return Resolution(TimexType.DATE, f"{year:04d}", f"{quoted(g['_text'])} -> the day and month of "
                          f"{whose}, {cal.describe_day(base)}, do not exist in {year} -> {year:04d}",
                          cal.year_span(year), Grain.YEAR, None, anchor, anchor_value,
                          known=frozenset({"year"}))
    grain = Grain.WEEK if g.get("week") else Grain.DAY
    value, span = value_at(day, grain)
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> the {'week of the ' if g.get('week') else ''}"
                      f"day and month of {whose}, {cal.describe_day(base)}, in {year} -> {value}",
                      span, grain, None, anchor, anchor_value,
                      known=frozenset({"year"}), implied=frozenset({"month", "day"}))


def _anniversary(ctx: Context, g: dict[str, str], amount: int, unit: str, mod: str | None) -> Resolution:
    """"Fifty years ago today", "a year ago this week", "a century ago this year": the day (week,
    month, year) of the publication, or the day before it ("ago yesterday"), or the week or month
    before or after it ("twenty years ago next month"), that many units earlier."""
    which = " ".join(g["agoday"].split())
    base = ctx.ref_day - timedelta(days=1 if which == "yesterday" else 0)
    if which.startswith(("next ", "last ")):
        base = cal.shift(base, 1 if which.startswith("next") else -1, "W" if which.endswith("week") else "M")
    day = cal.shift(base, -amount, unit)
    season = ctx.vocab("season", which[5:]) if which.startswith("this ") else None
    if season is not None:  # "fifty years ago this summer": that season, that many years before
        code = str(season)
        year = day.year + (1 if code == "WI" and day.month == 12 else 0)
        value = f"{year:04d}-{code}"
        return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> {which} ({cal.describe_day(base)}) "
                          f"{amount} {UNIT_WORD[unit]}(s) before -> {value}", cal.season_span(year, code),
                          Grain.SEASON, mod, "DCT", ctx.ref_day.isoformat(), implied=frozenset({"year", "season"}))
    grain = {"this week": Grain.WEEK, "this weekend": Grain.WEEK, "this month": Grain.MONTH, "this year": Grain.YEAR,
             "next week": Grain.WEEK, "last week": Grain.WEEK, "next month": Grain.MONTH,
             "last month": Grain.MONTH}.get(which, Grain.DAY)
    if which == "this weekend":
        value, span = cal.week_value(day) + "-WE", cal.weekend_span(day)
    else:
        value, span = value_at(day, grain)
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> {which} ({cal.describe_day(base)}) "
                      f"{amount} {UNIT_WORD[unit]}(s) before -> {value}", span, grain, mod, "DCT",
                      ctx.ref_day.isoformat(), implied=frozenset({"year", "month", "day"}))


def shifted(ctx: Context, anchor: Anchor, amount: float, unit: str, g: dict[str, str], mod: str | None,
            phrase: str, start: int | None = None) -> Resolution:
    """``anchor`` moved by ``amount`` units; the value has the grain of the unit."""
    grain = UNIT_GRAIN[unit]
    if unit in ("H", "TM", "S"):
        base = anchor.moment if anchor.moment is not None and (ctx.reference.has_time or anchor.ident != "DCT") \
            else None
        if base is None:
            day = anchor.day
            if unit == "H" and abs(amount) >= 24:
                day = anchor.day + timedelta(hours=amount)
            value, span = day.isoformat(), cal.day_span(day)
            return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> {phrase} {anchor.describe()} "
                              f"(no time of day known, so the day) -> {value}", span, Grain.DAY, mod,
                              anchor.ident, anchor.value)
        seconds = {"H": 3600, "TM": 60, "S": 1}[unit] * amount
        moment = base + timedelta(seconds=seconds)
        value = moment.strftime("%Y-%m-%dT%H:%M")
        return Resolution(TimexType.TIME, value, f"{quoted(g['_text'])} -> {phrase} {anchor.describe()} -> {value}",
                          Interval(moment, moment + timedelta(minutes=1)), Grain.MINUTE, mod,
                          anchor.ident, anchor.value)
    whole = int(amount)
    if unit == "Y" and amount == whole:
        month = _month_compared(ctx, start) if whole == -1 else None
        if month is not None:
            year = int(month.value[:4]) + whole
            value = f"{year:04d}{month.value[4:]}"
            return Resolution(TimexType.DATE, value,
                              f"{quoted(g['_text'])} -> {phrase} the month just compared ({month.text}), "
                              f"so that month of the year before -> {value}",
                              cal.month_span(year, int(month.value[5:7])), Grain.MONTH, mod,
                              f"t{ctx.prior.index(month)}", month.value)
        week = _week_compared(ctx, start) if whole == -1 else None
        if week is not None and week.earliest is not None:
            day = cal.shift(week.earliest.date() + timedelta(days=3), whole, unit)
            value, span = value_at(day, Grain.WEEK)
            return Resolution(TimexType.DATE, value,
                              f"{quoted(g['_text'])} -> {phrase} the week just compared ({week.text}), "
                              f"so that week of the year before -> {value}", span, Grain.WEEK, mod,
                              f"t{ctx.prior.index(week)}", week.value)
        found_quarter = _last_quarter(ctx, g)
        months = _months_compared(ctx, start)
        if months is not None:
            year = (int(found_quarter[1].value[:4]) if found_quarter else ctx.ref_day.year) + whole
            value = f"{year:04d}"
            return Resolution(TimexType.DATE, value,
                              f"{quoted(g['_text'])} -> {phrase} the months just compared ({months.text}), "
                              f"so that part of the year before -> {value}", cal.year_span(year), Grain.YEAR, mod,
                              f"t{ctx.prior.index(months)}", months.value)
        if found_quarter is not None:
            quarter_index, quarter = found_quarter
            year, number = int(quarter.value[:4]) + whole, int(quarter.value[-1])
            value = f"{year:04d}-Q{number}"
            return Resolution(TimexType.DATE, value,
                              f"{quoted(g['_text'])} -> {phrase} the quarter named before ({quarter.value}), "
                              f"as financial reports compare like with like -> {value}",
                              cal.quarter_span(year, number), Grain.QUARTER, mod,
                              f"t{quarter_index}", quarter.value)
    if amount != whole:
        day = anchor.day + timedelta(days=round(amount * {"D": 1, "N": 1, "W": 7, "WE": 7, "FN": 14,
                                                              "M": 30.4, "Q": 91.3, "Y": 365.25,
                                                              "DE": 3652.5, "CE": 36525, "ML": 365250}[unit]))
    else:
        day = cal.shift(anchor.day, whole, unit)
    if unit in ("DE", "CE", "ML"):
        grain = Grain.YEAR
    if unit in ("N", "WE"):
        grain = Grain.DAY if unit == "N" else Grain.WEEK
    note = ""
    if Grain.MONTH <= anchor.grain < grain and anchor.ident != "DCT":
        # "In mid-September ... two weeks later": no finer than the month it is counted from
        grain, note = anchor.grain, f" (counted from its start; no finer than the {anchor.grain.label} it is told from)"
    if g.get("tothe") and anchor.grain >= Grain.DAY > grain:
        grain, note = Grain.DAY, " (to the day)"  # "a year to the day later": the same day a year on
    value, span = value_at(day, grain)
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> {phrase} {anchor.describe()}{note} -> {value}",
                      span, grain, mod, anchor.ident, anchor.value)


def _months_compared(ctx: Context, start: int | None) -> Timex | None:
    """A span of several months just compared in the same sentence ("through the first nine
    months, compared with earnings a year earlier"): the comparison is then with those
    months of the year before, not with a quarter."""
    if start is None or not ctx.prior:
        return None
    last = ctx.prior[-1]
    if last.type is not TimexType.DURATION or not re.fullmatch(r"P(?:[4-9]|1[01])M", last.value):
        return None
    if re.search(r"[.;!?]\s", ctx.text[last.end:start]):
        return None
    return last


def _month_compared(ctx: Context, start: int | None) -> Timex | None:
    """A month just named in the same sentence ("exports rose 21.8 percent in March from a
    year earlier"): the comparison is with that month of the year before (statistics compare
    like with like; "a year later" in a story moves on by a year, and keeps the year grain)."""
    if start is None or not ctx.prior:
        return None
    last = ctx.prior[-1]
    if not _compared_month(last) or re.search(r"[.;!?]\s", ctx.text[last.end:start]):
        return None
    if len(ctx.prior) > 1 and _COMPARISON_BASE.search(ctx.text, max(0, last.start - 16), last.start):
        # "rose 0.3% in September from August and 3.9% from a year earlier": the month after "from"
        # is the base of the first comparison; the second compares the month the figure is for
        before = ctx.prior[-2]
        if _compared_month(before) and not re.search(r"[.;!?]\s", ctx.text[before.end:last.start]):
            return before
    return last


def _week_compared(ctx: Context, start: int | None) -> Timex | None:
    """A week just named in the same sentence ("the 30-year rate averaged 6.7% this week, up from
    3.2% a year ago"): weekly figures (mortgage rates, pump prices) compare that week of the
    year before, as monthly ones compare the month."""
    if start is None or not ctx.prior:
        return None
    last = ctx.prior[-1]
    if last.type is not TimexType.DATE or last.grain is not Grain.WEEK or last.mod is not None \
            or not re.fullmatch(r"\d{4}-W\d{2}", last.value) or last.rule in DERIVED_QUARTER_RULES:
        return None
    if re.search(r"[.;!?]\s", ctx.text[last.end:start]):
        return None
    return last


# the word that opens a comparison's base: "from August", "compared with July", "versus May"
_COMPARISON_BASE = re.compile(r"(?:\bfrom|\bcompared\s+(?:with|to)|\bversus|\bvs\.?)\s+$")


def _compared_month(timex: Timex) -> bool:
    """A month named outright, which a comparison a year back can keep the grain of."""
    return timex.type is TimexType.DATE and timex.grain is Grain.MONTH and timex.mod is None \
        and re.fullmatch(r"\d{4}-\d{2}", timex.value) is not None and timex.rule not in DERIVED_QUARTER_RULES


DERIVED_QUARTER_RULES = frozenset({"ago", "in_units", "unit_offset", "year_ago_period", "year_ago_figures",
                                   "same_period"})


def _last_quarter(ctx: Context, g: dict[str, str]) -> tuple[int, Timex] | None:
    """The latest quarter named outright in the text ("the third quarter"), if any.

    Quarters that were themselves derived ("a year earlier") are skipped, so a chain of
    comparisons keeps pointing at the quarter the report is about.
    """
    for index in range(len(ctx.prior) - 1, max(-1, len(ctx.prior) - 1 - LOOKBACK), -1):
        timex = ctx.prior[index]
        if timex.grain == Grain.QUARTER and timex.rule not in DERIVED_QUARTER_RULES \
                and re.fullmatch(r"\d{4}-Q[1-4]", timex.value):
            return index, timex
    return None


@resolver("financial")
def resolve_financial(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """Company-report periods: "the latest quarter", "the year-earlier period".

    Earnings reports speak of the quarter just ended; without a quarter named before, "the
    quarter" is the last complete quarter before the publication date.
    """
    ref = ctx.ref_day
    found_previous = _last_quarter(ctx, g)
    previous = found_previous[1] if found_previous else None
    if g.get("latest") == "current":
        number = (ref.month - 1) // 3 + 1
        value = f"{ref.year:04d}-Q{number}"
        return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> the quarter of the publication date -> {value}",
                          cal.quarter_span(ref.year, number), Grain.QUARTER, None, "DCT", ref.isoformat())
    if previous is not None and (not g.get("latest") or previous.interval is not None
                                 and previous.interval.end.date() <= ref):
        # "the latest quarter" is one already over: a quarter named before only if it has ended
        year, number, basis = int(previous.value[:4]), int(previous.value[-1]), f"the quarter named before ({previous.value})"
        anchor, anchor_value = f"t{found_previous[0]}", previous.value  # type: ignore[index]
    else:
        current = (ref.month - 1) // 3 + 1
        year, number = (ref.year, current - 1) if current > 1 else (ref.year - 1, 4)
        basis = f"the last complete quarter before {ref.isoformat()}"
        anchor, anchor_value = "DCT", ref.isoformat()
    ended = _PERIOD_ENDED.match(ctx.lower, end) if g.get("period") == "quarter" and not g.get("qord") else None
    month = ctx.vocab("month", ended.group(1)) if ended is not None else None
    if month is not None and previous is None:
        # "the quarter ended Sept. 30": the quarter that month ends, the latest one by the publication date
        # (after a quarter named before, it is that one: a company's fiscal quarter may end in any month)
        number = (int(month) - 1) // 3 + 1
        year = ref.year if int(month) <= ref.month else ref.year - 1
        anchor, anchor_value = "DCT", ref.isoformat()
        basis = f"the quarter that ends in {cal.MONTH_NAMES[int(month) - 1]}, the latest by {ref.isoformat()}"
    if g.get("qord"):
        number = {"first": 1, "second": 2, "third": 3, "fourth": 4}[g["qord"]]
    if g.get("yearago"):
        year -= 1
        basis += ", a year earlier"
        period = g.get("period") or ""
        months = _months_compared(ctx, start) if period in ("period", "") and not g.get("qord") else None
        if months is not None:
            value = f"{year:04d}"
            return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> the months just compared "
                              f"({months.text}) of the year before -> {value}", cal.year_span(year),
                              Grain.YEAR, None, f"t{ctx.prior.index(months)}", months.value)
        if period not in ("quarter", "period", ""):
            value = f"{year:04d}"
            return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> the year before -> {value}",
                              cal.year_span(year), Grain.YEAR, None, "DCT", ref.isoformat())
    value = f"{year:04d}-Q{number}"
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> {basis} -> {value}",
                      cal.quarter_span(year, number), Grain.QUARTER, None, anchor, anchor_value)


#: The month a period ends in, told after it ("the quarter ended Sept. 30", "the quarter ending in June").
_PERIOD_ENDED = re.compile(r"\s+(?:that\s+|which\s+)?(?:ended|ending)\s+(?:on\s+|in\s+)?([a-z]+\.?)")

_PERIOD_GRAINS = {"quarter": (Grain.QUARTER,), "month": (Grain.MONTH,),
                  "period": (Grain.QUARTER, Grain.HALF, Grain.MONTH)}


def _period_named_before(ctx: Context, kind: str) -> Timex | None:
    """The latest period of the kind ``kind`` named outright before ("the third quarter",
    "January"), skipping periods that were themselves derived by comparison."""
    grains = _PERIOD_GRAINS[kind]
    for index in range(len(ctx.prior) - 1, max(-1, len(ctx.prior) - 1 - LOOKBACK), -1):
        timex = ctx.prior[index]
        if timex.rule in DERIVED_QUARTER_RULES or timex.type is not TimexType.DATE or timex.interval is None:
            continue
        if timex.grain in grains and re.fullmatch(r"\d{4}-(?:Q[1-4]|H[12]|\d{2})", timex.value):
            return timex
        if kind == "period" and timex.grain == Grain.YEAR:
            if re.fullmatch(r"\d{4}", timex.value) and abs(int(timex.value) - ctx.ref_day.year) > 1:
                continue  # "its first loss since 1996": history told in passing, not the period reported
            return timex  # "the nine months of 1989 ... the 1988 period": a year-long comparison
    return None


@resolver("same_period")
def resolve_same_period(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """The period just reported, in another year: "the 1988 quarter", "last year's quarter",
    "the corresponding period last year", "the quarter a year ago".

    Company reports compare like with like, so the period is the quarter (or month, or
    half) named before; with none, a quarter is the last complete one before the
    publication date, as in "the latest quarter".
    """
    kind = next((g[k] for k in ("period", "period2", "period3", "period4") if g.get(k)), "period")
    stated_year = g.get("year") or g.get("year2")
    ref = ctx.ref_day
    named = _period_named_before(ctx, kind)
    months = _months_compared(ctx, start) if kind == "period" else None
    if months is not None or named is not None and named.grain == Grain.YEAR:
        base_year, part = ref.year, ""
        basis = f"the months just compared ({months.text})" if months else "a comparison of years"
        anchor, anchor_value = "DCT", ref.isoformat()
    elif named is not None:
        base_year, part = int(named.value[:4]), named.value[4:]
        basis = f"the period named before ({named.value})"
        anchor, anchor_value = f"t{ctx.prior.index(named)}", named.value
    elif kind in ("quarter", "period"):
        current = (ref.month - 1) // 3 + 1
        base_year, number = (ref.year, current - 1) if current > 1 else (ref.year - 1, 4)
        part = f"-Q{number}"
        basis = f"the last complete quarter before {ref.isoformat()}"
        anchor, anchor_value = "DCT", ref.isoformat()
    else:
        base_year, part = ref.year, f"-{ref.month:02d}"
        basis = f"the month of {ref.isoformat()}"
        anchor, anchor_value = "DCT", ref.isoformat()
    if stated_year:
        year = int(stated_year)
        if named is None and kind == "period":
            part = ""  # "the 1988 period" with no period named: the year
    else:
        year = base_year - 1
    value = f"{year:04d}{part}"
    if part.startswith("-Q"):
        grain, span = Grain.QUARTER, cal.quarter_span(year, int(part[2:]))
    elif part.startswith("-H"):
        grain, span = Grain.HALF, cal.half_span(year, int(part[2:]))
    elif part:
        grain, span = Grain.MONTH, cal.month_span(year, int(part[1:]))
    else:
        grain, span = Grain.YEAR, cal.year_span(year)
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> {basis}, in {year}, as company reports "
                      f"compare like with like -> {value}", span, grain, None, anchor, anchor_value)


@resolver("all_day")
def resolve_all_day(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"all day", "all week long", "the entire day": a duration of one such unit; "the next hour",
    "the past minute": one hour or minute (PT1H, PT1M)."""
    unit = str(ctx.vocab("unit", g["unit"]))
    # ("a decade-long war" is P10Y, as TimeBank writes "two decades" P20Y and "the past decade" P10Y)
    value = {"H": "PT1H", "TM": "PT1M", "S": "PT1S"}.get(unit) or format_amount(1, unit)
    return Resolution(TimexType.DURATION, value, f"{quoted(g['_text'])} -> the whole {g['unit']} -> {value}",
                      None, UNIT_GRAIN[unit])


@resolver("duration_literal")
def resolve_duration_literal(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    if g.get("decade"):
        return Resolution(TimexType.DURATION, "P10Y", f"{quoted(g['_text'])} -> a ten-year period -> P10Y",
                          None, Grain.YEAR)
    if g.get("week"):
        return Resolution(TimexType.DURATION, "P1W", f"{quoted(g['_text'])} -> a seven-day period -> P1W",
                          None, Grain.WEEK)
    return Resolution(TimexType.DURATION, "P1Y", f"{quoted(g['_text'])} -> a twelve-month period -> P1Y",
                      None, Grain.YEAR)


#: How far back "for the year" looks for the period it sums up ("a loss in the fourth quarter
#: of 2005 and of $8.6 billion for the year"): about a sentence.
REPORTED_WINDOW = 160


def _reported_year(ctx: Context, start: int) -> tuple[int, str, str] | None:
    """"GM lost $4.8 billion in the fourth quarter and $8.6 billion for the entire year",
    published in January 2006: the year is the one whose quarter (month, half) was just
    reported, 2005, not the year of the publication date. Only a part of another year told
    just before, in the same sentence, sets it."""
    past: bool | None = None
    for index in range(len(ctx.prior) - 1, max(-1, len(ctx.prior) - 1 - LOOKBACK), -1):
        timex = ctx.prior[index]
        if timex.end > start:
            continue
        if start - timex.end > REPORTED_WINDOW or re.search(r"[.!?]\s", ctx.lower[timex.end:start]):
            # "Tesla reported fourth-quarter profit ... Revenue for the three months ended Dec. 31 rose
            # 3%. For the full year, deliveries reached 1.81 million": told in the past in the next
            # sentences of the paragraph, the year reported is still the quarter's
            if past is None:
                past = ctx.tense_of(start, start + 1) == "past"
            if not past or start - timex.end > 3 * REPORTED_WINDOW or \
                    PARAGRAPH_BREAK.search(ctx.text, timex.end, start) is not None:
                return None
        if timex.type is not TimexType.DATE or not timex.value[:4].isdigit() or timex.grain is None:
            continue
        if past and (timex.grain >= Grain.DAY or timex.rule in DERIVED_QUARTER_RULES):
            # across sentences, days are when things were told or periods ended ("on Wednesday",
            # "the three months ended Dec. 31") and "a year earlier" a comparison: passed over
            continue
        year = int(timex.value[:4])
        if year == ctx.ref_day.year:
            return None
        if not Grain.HALF <= timex.grain <= Grain.MONTH:
            return None
        return year, f"t{index}", timex.value
    return None


@resolver("current_year")
def resolve_current_year(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    year = ctx.ref_day.year
    mod = "END" if "end" in g["_text"].lower() else None
    story = None if "this" in g["_text"].lower() else narrative_year(ctx, start)
    reported = None if story is not None or "this" in g["_text"].lower() else _reported_year(ctx, start)
    if story is not None or reported is not None:  # "In 1941, ... by the end of the year": the story's year
        story = story or reported
        assert story is not None
        year = story[0]
        what = "the year the story is in (last date mentioned" if reported is None else \
            "the year whose part was just reported (as"
        return Resolution(TimexType.DATE, f"{year:04d}", f"{quoted(g['_text'])} -> {what}: "
                          f"{story[2]}){' (its end)' if mod else ''} -> {year}",
                          cal.narrow(cal.year_span(year), mod), Grain.YEAR, mod, story[1], story[2])
    span = cal.narrow(cal.year_span(year), mod)
    return Resolution(TimexType.DATE, f"{year:04d}", f"{quoted(g['_text'])} -> the year of the publication date"
                      f"{' (its end)' if mod else ''} -> {year}", span, Grain.YEAR, mod, "DCT", ctx.ref_day.isoformat())


@resolver("weekend")
def resolve_weekend(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """The weekend meant, from the publication day and the tense.

    "last weekend" is the previous week's and "next weekend" the following week's (said on a
    Tuesday it is not the one four days away: that is "this weekend"); "this/coming weekend"
    is the current week's. A bare "the weekend" follows the tense of its clause; with no cue
    it is the nearer one: on a Monday or Tuesday the weekend just past, from Wednesday on the
    coming one, on a Saturday or Sunday the current one.
    """
    ref = ctx.ref_day
    weekday = ref.isoweekday()
    tense = ctx.tense_of(start, end)
    direction = g.get("wdir")
    if direction == "last":
        day, how = ref - timedelta(days=7), "the weekend of the week before"
    elif direction == "next":
        day, how = ref + timedelta(days=7), "the weekend of the week after"
    elif direction in ("this", "coming"):
        day, how = ref, "the weekend of the week of"
    elif weekday >= 6:
        day, how = ref, "the weekend of the publication date"
    elif tense == "future":
        day, how = ref, "future tense: the coming weekend after"
    elif tense == "past" or weekday <= 2:
        day, how = ref - timedelta(days=7), f"{'past tense' if tense else 'no tense cue, early in the week'}: " \
            "the weekend before"
    else:
        day, how = ref, "no tense cue, late in the week: the coming weekend after"
    value = cal.week_value(day) + "-WE"
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> {how} {cal.describe_day(ref)} -> {value}",
                      cal.weekend_span(day), Grain.WEEK, None, "DCT", ref.isoformat())


# "the smallest in two decades", "its highest level in five years", "the first time in 20
# years": after a superlative, "in <n> <units>" is the stretch compared over, a duration, even in
# a future clause ("will be the lowest in a decade"), also after a possessive noun ("the singer's
# first tour in a decade begins Sept. 30").
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|a|\w+['’]s)\s+(\w{2,}est|first|best|worst|most|least|"
                                 r"only|fewest)\b[^,.;:!?]{0,40}\s+$")


@resolver("in_units")
def resolve_in_units(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    unit = unit_of(ctx, g) or "D"
    qmod = str(ctx.vocab("quantity_mod", g["qmod"])) if g.get("qmod") else None  # "in about", "within nearly"
    amount = parse_number(ctx, g.get("num")) or 1
    span_x = g.get("_x_span")
    tense = ctx.tense_of(start, end)
    if tense is None and g["within"] == "in" and unit not in ("H", "TM", "S") and \
            ctx.schedule_of(start, end) is not None:
        tense = "future"  # "exams start in 2 wks": what is scheduled, seen from now
    superlative = _SUPERLATIVE_BEFORE.search(ctx.lower, max(0, start - 60), start)
    while superlative and (superlative.group(1) in NOT_SUPERLATIVE or superlative.group(1) == "latest"):
        # "latest" ranks nothing over a stretch ("its latest phone ships in two weeks"); a word in
        # "-est" that is none ("this year's harvest ... the smallest in two decades") gives way to
        # a later one
        superlative = _SUPERLATIVE_BEFORE.search(ctx.lower, superlative.start() + 1, start)
    if superlative and tense == "future":
        cue = ctx.cue_of(start, end)
        if cue is not None and re.search(rf"\b{re.escape(cue[1])}\b", ctx.lower[superlative.end(1):start]):
            superlative = None  # "the band's biggest tour starts in two months": the verb's length, ahead
    if tense == "future" and g["within"] == "in" and superlative is None and (g.get("orso") or "").endswith(("two", "three")):
        result = Resolution(TimexType.DATE, "FUTURE_REF", f"{quoted(g['_text'])} -> some {UNIT_WORD[unit]}s after the "
                            "publication date, the number not fixed -> FUTURE_REF", None, None, None, "DCT",
                            ctx.ref_day.isoformat())
    elif tense == "future" and g["within"] == "in" and superlative is None:
        result = shifted(ctx, ctx.dct(), amount, unit, g, "APPROX" if g.get("orso") or qmod == "APPROX" else None,
                         f"{g['num']} {UNIT_WORD[unit]}(s) after")
        result.explanation += " (future tense: a point in time)"
    else:
        value = format_amount(amount, unit)
        result = Resolution(TimexType.DURATION, value,
                            f"{quoted(g['_text'])} -> a length of time ({tense or 'no'} tense) -> {value}",
                            None, UNIT_GRAIN[unit], "APPROX" if g.get("orso") else qmod)
    if span_x:
        result.span = tuple(int(x) for x in span_x.split(":"))  # type: ignore[assignment]
    return result


def _told_from_publication(ctx: Context, anchor: Anchor) -> bool:
    """Whether the earlier expression ``anchor`` names was itself counted from the publication date
    ("The following winter ... Two years later"), not a date the text states ("On 22 June 1941 ...
    two days later", which stays that date even where the reference is only estimated)."""
    if not anchor.ident.startswith("t") or not anchor.ident[1:].isdigit():
        return False
    index = int(anchor.ident[1:])
    return index < len(ctx.prior) and ctx.prior[index].anchor == "DCT"


def _clock_just_told(ctx: Context, start: int) -> Anchor | None:
    """The clock time of the event just told, which "two hours later" counts from: the last
    date or time before ``start`` when it is a clock time, or a day right after the clock time
    it dates ("at 4:17 p.m. Eastern time on July 20 ... six and a half hours later")."""
    told = [(index, timex) for index, timex in enumerate(ctx.prior)
            if timex.start < start and timex.type in (TimexType.DATE, TimexType.TIME)]
    while len(told) > 1 and told[-1][1].grain is not None and told[-1][1].grain < Grain.WEEK and \
            told[-2][1].type is TimexType.TIME and start - told[-2][1].end <= NARRATIVE_WINDOW:
        # "landed at 6:23 p.m. on Thursday, the first since Apollo 17 in December 1972. Contact came
        # about 15 minutes later": minutes are not counted from a month or a year told in passing
        told.pop()
    if not told or start - told[-1][1].end > NARRATIVE_WINDOW:
        return None
    index, timex = told[-1]
    day = None
    if len(told) > 1 and _DAY_VALUE.fullmatch(timex.value) is not None:
        day = date.fromisoformat(timex.value)  # "at 4:17 p.m. Eastern time on July 20": the day dates the clock
        before_index, before = told[-2]
        if _CLOCK_ON_DAY.fullmatch(ctx.text[before.end:timex.start]) is None:
            return None
        index, timex = before_index, before
    if timex.type is not TimexType.TIME or _CLOCK_VALUE.fullmatch(timex.value) is None:
        return None
    moment = datetime.strptime(timex.value, "%Y-%m-%dT%H:%M")
    if day is not None:
        moment = datetime.combine(day, moment.time())
    value = moment.strftime("%Y-%m-%dT%H:%M")
    return Anchor(moment.date(), Grain.MINUTE, f"t{index}", value, moment)


_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_CLOCK_ON_DAY = re.compile(r"(?:\s+[A-Za-z]+){0,2}\s+on\s+|,?\s+")  # "4:17 p.m. Eastern time on July 20"


# "A month into the war", "now three weeks into the strike", "was barely a year into his term":
# an offset into an event opens its clause or follows an adverb or a copula.
_INTO_OPENS = re.compile(r"(?:^|[.,;:!?\"“(\n]|\b(?:now|just|only|barely|already|still|well|and|but|is|was|are|"
                         r"were|been|be)\b)\s*$")


_APPOSITION = re.compile(r",[ \t]+")


def _restated_by_offset(ctx: Context, anchor: Anchor, start: int) -> int | None:
    """Where the day ``anchor`` names starts, when the offset at ``start`` stands beside it as an
    apposition ("on December 29, five days later", "on Oct. 5, two days later") and a date is
    told before that day: the offset restates the day, so it counts from that earlier date."""
    if not anchor.ident.startswith("t") or anchor.grain < Grain.DAY:
        return None
    index = int(anchor.ident[1:])
    told = ctx.prior[index]
    if _APPOSITION.fullmatch(ctx.text, told.end, start) is None or \
            ctx.anchor_for(Grain.DAY, told.start).ident == "DCT":
        return None
    return told.start


def _still_to_come(ctx: Context, anchor: Anchor) -> bool:
    """Whether the earlier expression ``anchor`` names lies after the publication day, or on it but
    told in the future ("is expected to weaken by Thursday night" in a story of that Thursday)."""
    if not anchor.ident.startswith("t") or anchor.day < ctx.ref_day:
        return False
    if anchor.day > ctx.ref_day:
        return True
    told = ctx.prior[int(anchor.ident[1:])]
    return told.grain is not None and told.grain > Grain.DAY and ctx.tense_of(told.start, told.end) == "future"


def _past_anchor_before(ctx: Context, anchor: Anchor, grain: Grain) -> Anchor:
    """The latest anchor told before ``anchor`` that is not still to come (a few steps back at
    most), else the publication day itself."""
    for _ in range(4):
        if not _still_to_come(ctx, anchor):
            return anchor
        anchor = ctx.anchor_for(grain, ctx.prior[int(anchor.ident[1:])].start, month_counts=True)
    return ctx.dct() if _still_to_come(ctx, anchor) or anchor.day > ctx.ref_day else anchor


@resolver("offset")
def resolve_offset(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    unit = unit_of(ctx, g) or "D"
    signal = "into" if g.get("into") else " ".join(g["signal"].split())  # "a month into the war": after its start
    direction = 1 if signal in ("later", "after", "afterwards", "afterward", "following", "on", "into") else -1
    number = parse_number(ctx, g.get("num"))
    if g.get("halfoff") or g.get("halfan"):
        number = (number or 0) + 0.5  # "half an hour later", "six and a half hours later"
    dur_start, dur_end = (int(x) for x in g["_dur_span"].split(":"))
    after_signal = end
    rest = ctx.lower[after_signal:after_signal + 40]
    clause_ends = signal in ("later", "earlier", "afterwards", "afterward", "on") or not rest.strip() or \
        re.match(r"\s*[,.;:!?)\"”]", rest) is not None
    qmod = ctx.vocab("quantity_mod", g.get("qmod")) if g.get("qmod") else None
    if g.get("orso2") and qmod is None:
        qmod = "APPROX"  # "two or three days later", "two to three weeks after the attack": about the lower end
    if number is None:
        duration = f"PX{ {'D': 'D', 'W': 'W', 'M': 'M', 'Y': 'Y', 'H': 'H', 'DE': 'Y', 'CE': 'CE'}.get(unit, unit)}"
        if unit in ("H", "TM"):
            duration = "PTXH" if unit == "H" else "PTXM"
    else:
        duration = format_amount(number, unit)
    if clause_ends and number is not None and signal in ("later", "earlier", "after", "before",
                                                         "afterwards", "afterward", "on"):
        if unit in YEARS_IN:
            era = years_from_era(ctx, g, start, number * direction * YEARS_IN[unit], qmod,
                                 f"{g.get('num')} {UNIT_WORD[unit]}(s) {'after' if direction > 0 else 'before'}")
            if era is not None:
                return era
        if unit in YEARS_IN:
            era_moved = _era_moved(ctx, start, number * direction * YEARS_IN[unit], qmod, g)
            if era_moved is not None:
                return era_moved
        grain = UNIT_GRAIN[unit] if unit not in ("DE", "CE") else Grain.YEAR
        anchor = (_clock_just_told(ctx, start) if unit in ("H", "TM") else None) or \
            ctx.anchor_for(min(grain, Grain.DAY), start, month_counts=True, month_back=direction > 0)
        restated = _restated_by_offset(ctx, anchor, start)
        if restated is not None:
            # "fell ill on Christmas Eve and died on December 29, five days later": the offset restates
            # the date it stands beside, counted from the one told before that
            anchor = ctx.anchor_for(min(grain, Grain.DAY), restated, month_counts=True, month_back=direction > 0)
        if signal == "on" and anchor.ident == "DCT":
            # "Ten years on, the town has recovered" with no date told before: ten years after
            # something the text does not date, so the length of time alone
            return Resolution(TimexType.DURATION, duration, f"{quoted(g['_dur'])} on -> {duration} after "
                              "something the text does not date", None, UNIT_GRAIN.get(unit), qmod,
                              span=(dur_start, dur_end))
        if direction < 0 and _still_to_come(ctx, anchor) and ctx.tense_of(start, end) == "past":
            # "The funeral is expected in about 10 days. ... Only two days earlier she had appointed
            # him": a past event is not counted back from a date still to come; from the story's last
            # date that is not (else the publication's)
            anchor = _past_anchor_before(ctx, anchor, min(grain, Grain.DAY))
        moved, moved_unit = number, unit
        if moved != int(moved) and unit in ("Y", "DE", "CE"):
            # "a year and a half later" is eighteen months on, "half a century later" fifty years
            moved, moved_unit = (number * 12, "M") if unit == "Y" else (number * YEARS_IN[unit], "Y")
        result = shifted(ctx, anchor, moved * direction, moved_unit, g, qmod,
                         f"{g.get('num') or ''}{' and a half' if g.get('halfoff') else ''}"
                         f"{'half an' if g.get('halfan') else ''} {UNIT_WORD[unit]}(s) "
                         f"{'after' if direction > 0 else 'before'}", start)
        if signal == "on" and result.interval is not None and result.interval.start.date() > ctx.ref_day and \
                ctx.tense_of(start, end) != "future":
            # "The storm hit on Oct. 29. ... by the end of January. Three months on, people are still
            # living in tents": told of the story's present, 'on' counts from its event, not from a
            # later date just named past the publication; the length of time alone
            return Resolution(TimexType.DURATION, duration, f"{quoted(g['_dur'])} on -> {duration} after an "
                              "event of the story (counted from the date just named it would pass the "
                              "publication)", None, UNIT_GRAIN.get(unit), qmod, span=(dur_start, dur_end))
        if direction > 0 and signal != "on" and unit not in ("H", "TM", "S") and \
                (anchor.ident == "DCT" or (result.interval is not None and result.interval.start.date() > ctx.ref_day
                                           and _told_from_publication(ctx, anchor))) and \
                ctx.tense_of(start, end) == "past":
            # "The firm went public a decade later" with no date told before: later than something
            # the text does not date (a day after the publication would contradict the past tense;
            # "got home three hours later" may still be the day of the post): the date is unstated
            value = re.sub(r"[0-9]", "X", result.value)
            return Resolution(result.type, value, f"{quoted(g['_text'])}, in the past tense, with no date told "
                              f"before: later than something the text does not date -> {value}", None,
                              result.grain, qmod)
        return result
    anchor_start = None
    if not clause_ends:
        skip = len(rest) - len(rest.lstrip())
        anchor_start = after_signal + skip
    if signal == "into" and not _INTO_OPENS.search(ctx.lower, max(0, start - 12), start):
        # "put ten years into the company": time spent on something, no point in time after an event
        return Resolution(TimexType.DURATION, duration, f"{quoted(g['_dur'])} -> {duration}", None,
                          UNIT_GRAIN.get(unit), qmod, span=(dur_start, dur_end))
    offset = Offset(duration, direction, signal, anchor_start)
    relation = "after" if direction > 0 else "before"
    return Resolution(TimexType.DURATION, duration,
                      f"{quoted(g['_dur'])} {signal} an event -> {duration} {relation} the event named after "
                      f"{quoted(signal)}; the date comes from that event",
                      None, UNIT_GRAIN.get(unit), qmod, span=(dur_start, dur_end), offset=offset)


def _era_moved(ctx: Context, start: int, years: float, mod: str | None, g: dict[str, str]) -> Resolution | None:
    """"In the late 1990s ... a decade later" (the 2000s), "the 19th century ... a century later":
    a whole number of the decades (centuries) just named, counted from that decade (century)."""
    named = _era_named_before(ctx, start, Grain.DECADE) or _era_named_before(ctx, start, Grain.CENTURY)
    if named is None:
        return None
    index, era = named
    step, width = (10, 3) if era.grain is Grain.DECADE else (100, 2)
    if not era.value.isdigit() or years != int(years) or int(years) % step:
        return None
    moved = int(era.value) + int(years) // step
    if moved < 0:
        return None
    value = f"{moved:0{width}d}"
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> {abs(int(years)) // step} "
                      f"{'decade' if step == 10 else 'century'}(s) {'after' if years > 0 else 'before'} "
                      f"{era.text!r} ({era.value}) -> {value}", cal.years_span(moved * step, step), era.grain, mod,
                      f"t{index}", era.value)


@resolver("from_weekday")
def resolve_from_weekday(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"a week from Monday": the weekday as the clause reads it, moved on by the length; British
    "Tuesday week", "Monday fortnight": the coming such day moved on a week (two); "a fortnight today",
    "a week tomorrow": that day moved on (in a past clause, back) by the length."""
    number: float | None
    if g.get("deictic"):
        # "a fortnight today", "a week tomorrow": counted on from that day; back from it when the clause
        # tells what is over ("she died a week today")
        unit = unit_of(ctx, g) or "W"
        number = parse_number(ctx, g.get("num"))
        base = ctx.ref_day + timedelta(days=1 if g["deictic"] == "tomorrow" else 0)
        if number is not None and ctx.tense_of(start, end) == "past":
            number = -number
        weekday = Resolution(TimexType.DATE, base.isoformat(), f"{g['deictic']}: {cal.describe_day(base)}",
                             cal.day_span(base), Grain.DAY, None, "DCT", ctx.ref_day.isoformat())
    elif g.get("ahead"):
        number = 1
        unit = "FN" if g["ahead"] == "fortnight" else "W"
        weekday_number, ref = int(ctx.vocab("weekday", g["weekday"])), ctx.ref_day
        coming = ref + timedelta(days=(weekday_number - ref.isoweekday() - 1) % 7 + 1)
        weekday = Resolution(TimexType.DATE, coming.isoformat(), f"the coming {cal.WEEKDAY_NAMES[weekday_number - 1]}"
                             f" after the publication date {ref.isoformat()}", cal.day_span(coming), Grain.DAY,
                             None, "DCT", ref.isoformat())
    else:
        unit = unit_of(ctx, g) or "D"
        # counted on from a day still ahead unless the clause tells what is over ("departs for Geneva a
        # week from Sunday", said on a Thursday, is the Sunday after the coming one)
        ahead: dict[str, str] = {} if ctx.tense_of(start, end) == "past" else {"dir": "coming"}
        weekday = resolve_weekday(ctx, {"weekday": g["weekday"], "_text": g["_text"], **ahead}, start, end)
        number = parse_number(ctx, g.get("num"))
    if weekday.interval is None or number is None:
        raise Unjoined(f"{quoted(g['_text'])} has no day to count from")
    day = cal.shift(weekday.interval.start.date(), int(number), unit)
    value = day.isoformat()
    moved = f"moved on {format_amount(number, unit)}" if number >= 0 else f"moved back {format_amount(-number, unit)}"
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> {weekday.value} ({weekday.explanation}) "
                      f"{moved} -> {value}", cal.day_span(day), Grain.DAY, None,
                      weekday.anchor, weekday.anchor_value, implied=frozenset({"year", "month", "day"}))


@resolver("this_unit_part")
def resolve_this_unit_part(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"mid-month", "month-end": that part of the current month."""
    return resolve_relative(ctx, {**g, "unit": g.get("unit") or g["unit2"], "dir": "this",
                                  "position": g.get("position") or g["position2"]}, start, end)


@resolver("midweek")
def resolve_midweek(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"by midweek": the middle of a week (mod MID), the week whose Wednesday the tense points to,
    read as a bare "Wednesday" would be ("talks could resume by midweek" on a Monday: this week's)."""
    wednesday = resolve_weekday(ctx, {"weekday": "wednesday", "_text": g["_text"]}, start, end)
    day = wednesday.interval.start.date() if wednesday.interval is not None else ctx.ref_day
    value = cal.week_value(day)
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> the middle of the week of the Wednesday "
                      f"the clause points to ({day.isoformat()}) -> {value} (mid)",
                      cal.narrow(cal.week_span(day), "MID"), Grain.WEEK, "MID", wednesday.anchor,
                      wednesday.anchor_value, implied=frozenset({"year", "week"}))


def _prev_word_is(ctx: Context, start: int, words: tuple[str, ...]) -> bool:
    found = re.search(r"([a-z]+)\W*$", ctx.lower[max(0, start - 20):start])
    return found is not None and found.group(1) in words


@resolver("new_year")
def resolve_new_year(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"in the new year", "at the start of the new year": the year that begins next from the second
    half of a year (or from March in a future clause), the year just begun in its first months
    (counted from the date last told)."""
    anchor = ctx.anchor_for(Grain.MONTH, start, month_counts=True)
    month = anchor.day.month
    ahead = month >= 7 or (month >= 3 and (ctx.tense_of(start, end) == "future"
                                           or _prev_word_is(ctx, start, ("until", "till", "into", "by"))))
    year = anchor.day.year + (1 if ahead else 0)
    mod = position_mod(g.get("position"))
    value = f"{year:04d}"
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> the year that begins nearest "
                      f"{anchor.describe()} -> {value}" + (f" ({mod.lower()})" if mod else ""),
                      cal.narrow(cal.year_span(year), mod), Grain.YEAR, mod, anchor.ident, anchor.value,
                      implied=frozenset({"year"}))


@resolver("year_turn")
def resolve_year_turn(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"around the turn of the year": the first month of a year and the weeks around it (mod APPROX),
    as "the turn of the century" is its first year; the turn ahead in a future clause, the one
    past in a past clause, else the nearer one."""
    anchor = ctx.anchor_for(Grain.MONTH, start, month_counts=True)
    if anchor.ident != "DCT":  # "In December 1941 ... by the turn of the year": the turn nearest the story
        year = anchor.day.year + (1 if anchor.day.month >= 7 else 0)
        value = f"{year:04d}-01"
        return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> the turn nearest {anchor.describe()} "
                          f"-> {value} (APPROX)", cal.month_span(year, 1), Grain.MONTH, "APPROX", anchor.ident,
                          anchor.value, implied=frozenset({"year"}))
    ref = ctx.ref_day
    tense = ctx.tense_of(start, end)
    ahead = tense == "future" or (tense != "past" and ref.month >= 7)
    year = ref.year + (1 if ahead and ref.month > 1 else 0)
    value = f"{year:04d}-01"
    why = "a future clause: the turn ahead" if tense == "future" else (
        "a past clause: the turn past" if tense == "past" else "the turn nearest")
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> {why} of {cal.describe_day(ref)} "
                      f"-> {value} (APPROX)", cal.month_span(year, 1), Grain.MONTH, "APPROX", "DCT",
                      ref.isoformat(), implied=frozenset({"year"}))


@resolver("anaphoric")
def resolve_anaphoric(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    unit_word = g["unit"]
    pod = None
    if unit_word in ("morning", "afternoon", "evening", "night"):
        pod = str(ctx.vocab("part_of_day", unit_word))
        unit = "D"
    else:
        unit = str(ctx.vocab("unit", unit_word))
    which = " ".join((g.get("anadir") or g.get("anasig") or "").split())
    direction = {"next": 1, "following": 1, "after": 1, "later": 1, "previous": -1, "preceding": -1,
                 "prior": -1, "before": -1, "earlier": -1}.get(which, 0)
    grain = UNIT_GRAIN[unit]
    if unit == "Y":
        era = years_from_era(ctx, g, start, direction, position_mod(g.get("position")),
                             {1: "the year after", -1: "the year before", 0: "the year of"}[direction])
        if era is not None:
            return era
    demonstrative = which.startswith(("that", "the same", "the very"))
    # "The next morning, she met the president. That evening, ...": a part of the same day as
    # the part of the day just told
    anchor = ctx.anchor_for(grain if grain <= Grain.DAY else Grain.DAY, start, month_counts=True,
                            finer=pod is not None and demonstrative)
    if unit == "D" and anchor.ident.startswith("t") and cal.shift(anchor.day, direction, unit) > ctx.ref_day and \
            ctx.tense_of(start, end) == "past":
        # "Both will be sentenced on June 14. The judge remanded them in custody that evening": a past
        # deed is not put on a day still to come, but on the story's last day that is not (and past the
        # day someone only spoke: "lost power on Wednesday. Officials said on Thursday that ... The
        # storm stalled that afternoon")
        anchor = _past_anchor_before(ctx, anchor, Grain.DAY)
        anchor = _event_day_before_report(ctx, anchor, start, end) or anchor
    month = _month_named_since(ctx, anchor, start) if unit == "D" and demonstrative and not pod else None
    if month is not None:
        # "killed last October ... crossed out that same day": a day of the month last named,
        # which the text does not give.
        index, named = month
        value = f"{named.value}-XX"
        return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> a day of the month last named "
                          f"({named.value}), the day not stated -> {value}", named.interval, Grain.DAY,
                          None, f"t{index}", named.value)
    if unit == "D" and Grain.MONTH <= anchor.grain < Grain.DAY and anchor.ident != "DCT":
        # "In September ... the next day": a day of that month the text does not give
        day = cal.shift(anchor.day, direction, unit)
        value = f"{day.year:04d}-{day.month:02d}-XX"
        return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> {relation_word(direction)} day of "
                          f"{anchor.describe()}, which names no day -> {value}", cal.month_span(day.year, day.month),
                          Grain.DAY, position_mod(g.get("position")), anchor.ident, anchor.value)
    if unit == "WE":
        day = anchor.day + timedelta(weeks=direction)
        value, span = cal.week_value(day) + "-WE", cal.weekend_span(day)
    else:
        day = cal.shift(anchor.day, direction, unit)
        value, span = value_at(day, grain)
    type_ = TimexType.DATE
    if pod:
        value, span, grain, type_ = f"{day.isoformat()}T{pod}", cal.pod_span(day, pod), Grain.PART_OF_DAY, TimexType.TIME
    mod = position_mod(g.get("position"))
    span = cal.narrow(span, mod)
    relation = relation_word(direction)
    if direction > 0 and anchor.ident == "DCT" and span.start.date() > ctx.ref_day and \
            ctx.tense_of(start, end) == "past":
        # "He died when I was ten. The next morning, my mother burned his letters": the day after
        # something the text does not date (after the publication it would contradict the tense)
        value = re.sub(r"[0-9]", "X", value)
        return Resolution(type_, value, f"{quoted(g['_text'])}, in the past tense, with no date told before: "
                          f"{relation} {unit_word} of something the text does not date -> {value}", None, grain, mod)
    return Resolution(type_, value, f"{quoted(g['_text'])} -> {relation} {unit_word} of {anchor.describe()} -> {value}",
                      span, grain, mod, anchor.ident, anchor.value)


def relation_word(direction: int) -> str:
    return {1: "the following", -1: "the preceding", 0: "the same"}[direction]


def _month_named_since(ctx: Context, anchor: Anchor, before: int) -> tuple[int, Timex] | None:
    """The month ("last October", "in March 1998") named after ``anchor`` and before ``before``,
    when it is the last date expression there: what "that day" then refers to."""
    for index in range(len(ctx.prior) - 1, max(-1, len(ctx.prior) - 1 - LOOKBACK), -1):
        timex = ctx.prior[index]
        if timex.start >= before:
            continue
        if anchor.ident == f"t{index}":
            return None
        if timex.type is TimexType.DATE and timex.grain is Grain.MONTH and timex.interval is not None and \
                re.fullmatch(r"\d{4}-\d\d", timex.value):
            return index, timex
        return None
    return None


_COMPOUND_UNITS = ("Y", "M", "W", "D", "H", "TM", "S")


@resolver("compound_duration")
def resolve_compound_duration(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"two hours and 20 minutes", "3 years and 6 months", "2 hours, 3 minutes and 59 seconds": one
    ISO 8601 duration of all its parts
    (weeks with days are counted in days, as ISO 8601 does not mix weeks with other units)."""
    big, small = str(ctx.vocab("unit", g["unit"])), str(ctx.vocab("unit", g["unit2"]))
    first, second = parse_number(ctx, g["num"]), parse_number(ctx, g["num2"])
    if first is None or second is None or first != int(first) or second != int(second):
        raise ValueError("not whole numbers")
    parts = {big: int(first), small: int(second)}
    if g.get("unit3"):  # "two hours, three minutes and 59 seconds"
        third = parse_number(ctx, g["num3"])
        if third is None or third != int(third):
            raise ValueError("not whole numbers")
        small = str(ctx.vocab("unit", g["unit3"]))
        parts[small] = int(third)
    if "W" in parts:
        parts = {"D": parts.get("D", 0) + 7 * parts.pop("W"), **{u: n for u, n in parts.items() if u != "D"}}
    date_part = "".join(f"{parts[u]}{u}" for u in ("Y", "M", "D") if u in parts)
    time_part = "".join(f"{parts[u]}{'M' if u == 'TM' else u}" for u in ("H", "TM", "S") if u in parts)
    value = "P" + date_part + ("T" + time_part if time_part else "")
    mod = str(ctx.vocab("quantity_mod", g["qmod"])) if g.get("qmod") else None
    return Resolution(TimexType.DURATION, value, f"{quoted(g['_text'])} -> a length of time in {len(parts)} units -> {value}",
                      None, UNIT_GRAIN[small], mod)


@resolver("compound_offset")
def resolve_compound_offset(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"three years and one month after <event>": the length in two units (P3Y1M), dated by the event."""
    dur_start, dur_end = (int(x) for x in g["_dur_span"].split(":"))
    length = resolve_compound_duration(ctx, g, dur_start, dur_end)
    signal = " ".join(g["signal"].split())
    direction = 1 if signal in ("after", "following") else -1
    rest = ctx.lower[end:end + 40]
    anchor_start = end + len(rest) - len(rest.lstrip())
    relation = "after" if direction > 0 else "before"
    return Resolution(TimexType.DURATION, length.value,
                      f"{quoted(g['_dur'])} {signal} an event -> {length.value} {relation} the event named after "
                      f"{quoted(signal)}; the date comes from that event", None, length.grain, None,
                      span=(dur_start, dur_end), offset=Offset(length.value, direction, signal, anchor_start))


_AND_A_HALF = re.compile(r"and[\s-]+a[\s-]+half", re.IGNORECASE)  # "two and a half", "a three-and-a-half-year deal"


def _off_the_calendar(ref: date, amount: float, unit: str) -> bool:
    """Whether counting `amount` units back or ahead from `ref` leaves the calendar (years 1 to
    9999: "the past 800,000 years", "the next 10,000 years"): the length is still known, but it
    has no interval."""
    years = {"Y": 1, "DE": 10, "CE": 100, "ML": 1000}.get(unit)
    return years is not None and (amount * years >= ref.year or ref.year + amount * years > 9999)


@resolver("duration")
def resolve_duration(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    unit = unit_of(ctx, g) or "D"
    qmod = ctx.vocab("quantity_mod", g.get("qmod")) if g.get("qmod") else None
    if g.get("plus"):
        qmod = "EQUAL_OR_MORE"  # "4+ hours": four hours or more
    elif g.get("orso") and not qmod:
        qmod = "APPROX"  # "a year or so", "a week or two"
    if g.get("half"):
        amount: float | None = 0.5
    elif g.get("quarter"):
        amount = 0.75 if g["quarter"].startswith("three") else 0.25
    elif g.get("punit") or g.get("vnum"):
        amount = None
    else:
        amount = parse_number(ctx, g.get("num"))
    if amount is not None and _AND_A_HALF.search(g["_text"]):
        amount += 0.5
    if amount is not None and g.get("mult"):
        amount = round(amount * (1e9 if g["mult"] == "billion" else 1e6))  # "2.6 million years"
    if amount is None:
        letter = {"DE": "DE", "CE": "CE", "TM": "M"}.get(unit, unit)
        if unit == "DE":
            value = "PXY"  # decades are counted in years, as "two decades" = P20Y
        elif unit == "CE":
            value = "PXCE"
        elif unit in ("H", "TM", "S"):
            value = f"PTX{letter}"
        else:
            value = f"PX{'D' if unit == 'N' else letter}"
        what = "an unstated number of"
    else:
        value = format_amount(amount, unit)
        what = f"{amount:g}"
    direction = g.get("dir")
    if amount is None and direction in ("past", "last") and g.get("vnum"):
        value = "FUTURE_REF" if direction == "coming" else "PAST_REF"
        return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> an unstated stretch of time "
                          f"{'after' if value == 'FUTURE_REF' else 'before'} the publication date -> {value}",
                          None, None, None, "DCT", ctx.ref_day.isoformat())
    span = None
    note = "a length of time"
    ref = ctx.ref_day
    if direction in ("past", "last", "recent", "previous", "trailing") and amount is not None and \
            not _off_the_calendar(ref, amount, unit):
        end_moment = cal.at_midnight(ref) + timedelta(days=1)
        whole = int(amount)
        begin_day = cal.shift(ref, -whole, unit) + timedelta(days=1) if unit in ("D", "N") else \
            cal.shift(ref, -whole, unit) if unit not in ("H", "TM", "S") else ref
        span = Interval(cal.at_midnight(begin_day), end_moment)
        note = f"the {what} {UNIT_WORD[unit]}(s) up to the publication date {ref.isoformat()}"
    elif direction in ("next", "coming", "following") and amount is not None and unit not in ("H", "TM", "S") and \
            not _off_the_calendar(ref, amount, unit):
        told = ctx.anchor_for(Grain.DAY, start, month_counts=True) if ctx.tense_of(start, end) == "past" else None
        if told is not None and told.grain in (Grain.MONTH, Grain.WEEK):
            # "the virus reached the port in April. Over the following three months, ...": the months
            # after the one the story reached (May to July)
            told = Anchor(cal.shift(told.day, 1, "M" if told.grain == Grain.MONTH else "W"), told.grain,
                          told.ident, told.value)
        if told is not None and told.ident != "DCT" and told.day < ref and \
                not _off_the_calendar(told.day, amount, unit):
            # "By 23 August, Soviet troops had recaptured Kharkov. Over the next two months, the Red
            # Army advanced to the Dnieper": a story told in the past counts from the day it has reached
            begin_day, anchor_ident, anchor_value = told.day, told.ident, told.value
            note = f"the {what} {UNIT_WORD[unit]}(s) from {told.describe()}, a story told in the past"
        else:
            begin_day, anchor_ident, anchor_value = ref, "DCT", ref.isoformat()
            note = f"the {what} {UNIT_WORD[unit]}(s) from the publication date {ref.isoformat()}"
        span = Interval(cal.at_midnight(begin_day), cal.at_midnight(cal.shift(begin_day, int(amount), unit)))
        return Resolution(TimexType.DURATION, value, f"{quoted(g['_text'])} -> {note} -> {value}", span,
                          UNIT_GRAIN.get(unit), qmod, anchor_ident, anchor_value)
    return Resolution(TimexType.DURATION, value, f"{quoted(g['_text'])} -> {note} -> {value}", span,
                      UNIT_GRAIN.get(unit), qmod, "DCT" if span else None,
                      ref.isoformat() if span else None)


@resolver("positioned_year_range")
def resolve_positioned_year_range(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"mid- to late 2021": the year (no single mod names two of its thirds), its interval from
    the start of the first third named to the end of the second."""
    first, last = position_mod(g["from"]), position_mod(g["to"])
    year = int(g["year"])
    whole = cal.year_span(year)
    if first is None or last is None or first == last:
        raise Unjoined("not a range of parts of a year")
    span = Interval(cal.narrow(whole, first).start, cal.narrow(whole, last).end)
    return Resolution(TimexType.DATE, str(year), f"{quoted(g['_text'])} -> the year {year}, from its "
                      f"{g['from']} to its {g['to']} part ({span.inclusive()[0]}..{span.inclusive()[1]})",
                      span, Grain.YEAR, known=frozenset({"year"}))


@resolver("duration_range")
def resolve_duration_range(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"two to three weeks" (P2W, EQUAL_OR_MORE, as TimeBank writes it), "two or three days" (P2D,
    APPROX, as "a week or two" is): one length of time, valued by its lower end."""
    first, second = parse_number(ctx, g.get("num")), parse_number(ctx, g.get("num2"))
    if first is None or second is None or second <= first:
        raise Unjoined("not a range of lengths (the second number is not larger)")
    resolution = resolve_duration(ctx, g, start, end)
    if resolution.mod is None:
        resolution.mod = "EQUAL_OR_MORE" if g.get("link") == "to" else "APPROX"
    resolution.explanation += (f" (a range of lengths up to {second:g}: at least {first:g}" if g.get("link") == "to"
                               else f" (one of two lengths, {first:g} or {second:g}: about {first:g}") + ")"
    return resolution


def _times_count(ctx: Context, times: str) -> int:
    """"once" 1, "twice" 2, "three times" 3: how many times in each period."""
    return {"once": 1, "twice": 2, "thrice": 3}.get(times) or int(parse_number(ctx, times.replace(" times", "")) or 1)


@resolver("set")
def resolve_set(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    freq = None
    quant = None
    if g.get("weekday") or g.get("weekday_plural"):
        weekday = int(ctx.vocab("weekday", g["weekday"]) if g.get("weekday") else
                      ctx.vocab("weekday_plural", g["weekday_plural"]))
        value = f"XXXX-WXX-{weekday}"
        clock = clock_of(g)
        if clock is not None:  # "every Tuesday at 7pm"
            value += "T" + clock[2]
        elif g.get("pod"):
            value += "T" + str(ctx.vocab("part_of_day", g["pod"]))
        quant = "EVERY"
    elif g.get("weekends"):
        value = "XXXX-WE"
        quant = "EVERY"
    elif g.get("month"):
        value = f"XXXX-{int(ctx.vocab('month', g['month'])):02d}"
        if g.get("day"):  # "every Sept. 21": that day of each year
            value += f"-{int(re.sub(r'[^0-9]', '', g['day'])):02d}"
        quant = "EVERY"
    elif g.get("season"):
        value = f"XXXX-{ctx.vocab('season', g['season'])}"  # "every winter"
        quant = "EVERY"
    elif g.get("adverb"):
        value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
                 "annual": "P1Y", "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M",
                 "biweekly": "P2W", "fortnightly": "P2W", "semiannually": "P6M", "biennially": "P2Y",
                 "everyday": "P1D"}[g["adverb"]]
        if g.get("times"):  # "twice daily": how often in each
            freq = f"{_times_count(ctx, g['times'])}X"
    elif (clock := clock_of(g)) is not None:  # "every night at 10pm", "every day at 9 a.m."
        value = "XXXX-XX-XXT" + clock[2]
        quant = "EVERY"
    elif g.get("pod"):
        value = "XXXX-XX-XXT" + str(ctx.vocab("part_of_day", g["pod"]))
        quant = "EVERY"
    else:
        unit = unit_of(ctx, g) or "D"
        amount = 2.0 if g.get("num") == "other" else (parse_number(ctx, g.get("num")) or 1.0)
        value = format_amount(amount, unit)
        if g.get("vnum"):  # "every few minutes": a number of units left unstated
            value = "PTX" + {"TM": "M"}.get(unit, unit) if unit in ("H", "TM", "S") else f"PX{unit}"
        if g.get("times"):
            freq = f"{_times_count(ctx, g['times'])}X"
        if not g.get("times") or re.search(r"\b(?:every|each)\b", g["_text"].lower()):
            quant = "EVERY"  # "every six hours", "once every three months" (not "twice a week")
    return Resolution(TimexType.SET, value, f"{quoted(g['_text'])} -> a recurring time -> {value}",
                      None, None, freq=freq, quant=quant)


@resolver("weekdays_ago")
def resolve_weekdays_ago(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"two Fridays ago": counted back from the publication day, the nearest Friday before it being
    the first; "three Sundays from now" counted ahead from the first one after it."""
    weekday = int(ctx.vocab("weekday_plural", g["weekday_plural"]))
    count = int(parse_number(ctx, g["num"]) or 2)
    ahead = not g["ago"].startswith(("ago", "back"))
    anchor = ctx.dct()
    step = 1 if ahead else -1
    day = anchor.day + timedelta(days=step)
    while day.isoweekday() != weekday:
        day += timedelta(days=step)
    day += timedelta(days=7 * step * (count - 1))
    value = day.isoformat()
    name = cal.WEEKDAY_NAMES[weekday - 1]
    how = f"{count} {name}s {'after' if ahead else 'before'} {anchor.describe()}, counting the nearest as one"
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> {how} -> {value}", cal.day_span(day), Grain.DAY,
                      anchor=anchor.ident, anchor_value=anchor.value, known=frozenset({"weekday"}))


@resolver("unspecified_weekday")
def resolve_unspecified_weekday(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"on a recent Tuesday": one past Tuesday the text does not identify, so the week is unknown."""
    weekday = int(ctx.vocab("weekday", g["weekday"]))
    value = f"XXXX-WXX-{weekday}"
    if g.get("pod"):
        value += "T" + str(ctx.vocab("part_of_day", g["pod"]))
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> a {cal.WEEKDAY_NAMES[weekday - 1]} the text "
                      f"does not identify -> {value}", None, None, known=frozenset({"weekday"}))


@resolver("clock")
def resolve_clock(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    clock = clock_of(g)
    if clock is None:
        word = g.get("hour") or ""
        hour = int(word) if word.isdigit() else (UNITS.get(word) or TEENS.get(word) or 0)
        if g.get("pod") in ("afternoon", "evening") and hour < 12:
            hour += 12
        clock = (hour, 0, f"{hour:02d}:00")
    hour, minute, label = clock
    anchor = ctx.anchor_for(Grain.DAY, start, finer=True)
    anchor = _event_day_before_report(ctx, anchor, start, end) or _event_day_by_name(ctx, anchor, start, end) or anchor
    anchor = _previous_entry_day(ctx, anchor, start) or anchor
    if _background_day(ctx, anchor, start) or _future_after_past_day(ctx, anchor, start, end):
        anchor = ctx.dct()
    elif _anniversary_past_day(ctx, anchor, start):
        anchor = ctx.anchor_for(Grain.DAY, ctx.prior[int(anchor.ident[1:])].start, finer=True)
    elif _past_after_future_day(ctx, anchor, start, end):
        earlier = ctx.anchor_for(Grain.DAY, ctx.prior[int(anchor.ident[1:])].start, finer=True)
        anchor = earlier if earlier.day <= ctx.ref_day else ctx.dct()
    how = f"{label} on the day of {anchor.describe()}"
    later = _afternoon_like_last_clock(ctx, anchor, g, hour, start) or _sitting_resumes_after_noon(ctx, g, hour, start)
    if later is not None:
        hour, label = hour + 12, f"{hour + 12:02d}{label[2:]}"
        how = f"{label} on the day of {anchor.describe()}, {later}"
    rolled = _after_midnight(ctx, anchor, hour, g, start, end) or _pluperfect_evening_before(ctx, anchor, hour, start,
                                                                                            end)
    if rolled is not None:
        anchor, how = rolled[0], f"{label} {rolled[1]}"
    else:
        rolled = _clock_beyond_publication_time(ctx, anchor, g, hour, minute, start, end)
        if rolled is not None:
            anchor, how = rolled[0], f"{label} {rolled[1]}"
    told_before = anchor.ident.startswith("t") and anchor.day == ctx.ref_day and \
        SENTENCE_BREAK.search(ctx.text, ctx.prior[int(anchor.ident[1:])].end, start) is not None
    if label == "24:00" and (anchor.ident == "DCT" or told_before) and ctx.tense_of(start, end) == "past":
        # "the shelling stopped shortly before midnight": the midnight already past, the one
        # that began the publication day (TimeML writes it T00:00), not the one ending it; also
        # when the day it would take is the publication day named in an earlier sentence ("by Tuesday").
        hour, label, how = 0, "00:00", "in a past clause, the midnight that began the publication day"
    span, grain = clock_span(cal.at_midnight(anchor.day), hour, minute, label)
    value = f"{anchor.day.isoformat()}T{label}"
    return Resolution(TimexType.TIME, value, f"{quoted(g['_text'])} -> {how} -> {value}",
                      span, grain, None, anchor.ident, anchor.value,
                      known=frozenset({"time"}), implied=frozenset({"year", "month", "day"}))


@resolver("approximate_clock")
def resolve_approximate_clock(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"noon-ish", "3pm-ish": the clock time read as usual, approximately (TimeML mod APPROX)."""
    resolution = resolve_clock(ctx, g, start, end)
    resolution.mod = "APPROX"
    resolution.explanation += " (approximately: '-ish')"
    return resolution


def _background_day(ctx: Context, anchor: Anchor, start: int) -> bool:
    """Whether the day a clock time would take is only background told in an earlier paragraph: a
    day inside a relative clause ("despite higher taxes that took effect Jan. 1.\n\nStocks rallied.
    The Dow rose 67 points by 10:30 a.m."): the clock time is the publication day's."""
    if not anchor.ident.startswith("t"):
        return False
    timex = ctx.prior[int(anchor.ident[1:])]
    if _CLOSE_AFTER.match(ctx.lower, timex.end) and _FROM_LEVEL_BEFORE.search(ctx.lower, max(0, timex.start - 50),
                                                                             timex.start):
        return True  # "jumped to 4.9 percent from 4.3 percent at Monday's close, and fell 4.9 percent by midday"
    return PARAGRAPH_BREAK.search(ctx.text, timex.end, start) is not None and \
        _RELATIVE_CLAUSE_BEFORE.search(ctx.lower, max(0, timex.start - 60), timex.start) is not None


def _anniversary_past_day(ctx: Context, anchor: Anchor, start: int) -> bool:
    """Whether the day a clock time would take, told in an earlier paragraph, is the past an
    anniversary counts from ("marking 54 years since the country gained independence on October
    10, 1970. ... in his address at 10am"): the clock time takes the day told before it."""
    if not anchor.ident.startswith("t"):
        return False
    timex = ctx.prior[int(anchor.ident[1:])]
    return PARAGRAPH_BREAK.search(ctx.text, timex.end, start) is not None and \
        _YEARS_SINCE_BEFORE.search(ctx.lower, max(0, timex.start - 120), timex.start) is not None


def _future_after_past_day(ctx: Context, anchor: Anchor, start: int, end: int) -> bool:
    """Whether a clock time told in the future ("The trial will begin at 9 a.m.", "The strike ends
    at midnight") would take a day before the publication named in an earlier sentence ("walked out
    on Monday"): what is still to come cannot lie on a past day, so the clock time is the
    publication day's (or the next day's, when the publication's own time is later)."""
    if not anchor.ident.startswith("t") or anchor.day >= ctx.ref_day:
        return False
    if SENTENCE_BREAK.search(ctx.text, ctx.prior[int(anchor.ident[1:])].end, start) is None:
        return False
    cue = ctx.cue_of(start, end)
    if cue is not None and cue[0] == "future" and cue[1] not in ("until", "till"):
        return True
    if cue is not None and cue[0] == "past":
        return False
    # "A curfew runs from 10 p.m. to 7 a.m.", "The museum is open until 6 p.m.": a state told in the
    # present holds now ("had been drinking at a bar until 1 a.m.": "until" alone tells how long)
    sentence = max((m.end() for m in SENTENCE_BREAK.finditer(ctx.text, max(0, start - 120), start)), default=0)
    return _PRESENT_STATE.search(ctx.lower, max(sentence, start - 80), start) is not None


def _past_after_future_day(ctx: Context, anchor: Anchor, start: int, end: int) -> bool:
    """Whether a clock time told in the past ("The parade was held ... from 9am") would take a day
    after the publication named in an earlier sentence ("ahead of the December 7 election"): what
    has happened cannot lie on a day still to come, so the clock time takes the day told before
    that one ("yesterday"), or the publication day."""
    if not anchor.ident.startswith("t") or anchor.day <= ctx.ref_day:
        return False
    cue = ctx.cue_of(start, end)
    if cue is None or cue[0] != "past":
        return False
    return SENTENCE_BREAK.search(ctx.text, ctx.prior[int(anchor.ident[1:])].end, start) is not None


_PRESENT_STATE = re.compile(r"\b(?:is|are|runs|run|lasts|remains|remain|stays|stay)\b(?!\s+(?:expected|due|set|scheduled)\b)")


# "taxes that took effect Jan. 1", "a law which expires on March 27": a relative clause's verb up to its day
# the past an anniversary counts from: "marking 54 years since the country gained independence from
# Britain on October 10, 1970", "109 years after the troops landed at Gallipoli on April 25, 1915"
_YEARS_SINCE_BEFORE = re.compile(r"\b(?:years|decades|centuries)\s+(?:after|since)\s+(?:[^\s.;]+\s+){0,12}(?:on|in)\s+$")
_RELATIVE_CLAUSE_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:[a-z]+\s+){1,5}$")
# a market's level a day closed at, the base a change is measured from: "from 4.3 percent at Monday's close"
_CLOSE_AFTER = re.compile(r"['’]s\s+(?:close|closing|finish|settlement)\b")
_FROM_LEVEL_BEFORE = re.compile(r"\bfrom\s+(?:[^,;.]|\.\d){1,30}\s+at\s+$")


# "at 10:17 p.m.", "at about 3am", "at approximately 4:15", "at around 9.30pm": the time a verb happened
_AT_CLOCK = re.compile(r"\bat\s+(?:(?:about|around|approximately|roughly|some|exactly|precisely|"
                       r"just\s+(?:before|after)|shortly\s+(?:before|after))\s+)?$")


_BEFORE_CLOCK_DIGITS = re.compile(r"\D*")


def _words_before_clock(lower: str, start: int, end: int) -> str:
    """The extent's words before its clock's digits ("at about " in "at about 3am")."""
    lead = _BEFORE_CLOCK_DIGITS.match(lower, start, end)
    return lead.group() if lead else ""


def _clock_beyond_publication_time(ctx: Context, anchor: Anchor, g: dict[str, str], hour: int, minute: int,
                                   start: int, end: int) -> tuple[Anchor, str] | None:
    """A bare clock time dated only by a publication that gives its own time of day: "the victim was
    pronounced dead at 10:17 p.m." in a story stamped 06:15 is last night's 10:17 p.m. (a past
    event cannot lie after the publication), and "the curfew will begin at 8 a.m." stamped 14:00
    is tomorrow's. Only for a clock time told "at" (the time the verb happened), without a zone of
    its own (the stamp's zone may differ); not when a day is named right after it, nor for midnight:
    "imposed a curfew from 8 p.m." or "in effect until 7:45 p.m. CDT" tell of no clock time the verb
    happened at."""
    if anchor.ident != "DCT" or not ctx.reference.has_time or hour >= 24 or \
            g.get("zone") or \
            _AT_CLOCK.search(ctx.lower[max(0, start - 40):start] + _words_before_clock(ctx.lower, start, end)) is None or \
            _DAY_NAMED_AFTER.match(ctx.lower, end) is not None:
        return None
    told = ctx.reference.moment
    later = (hour, minute) > (told.hour, told.minute)
    tense = ctx.tense_of(start, end)
    if tense == "past" and later:
        return Anchor(anchor.day - timedelta(days=1), Grain.DAY, anchor.ident, anchor.value), \
            "in a past clause, after the publication's own time of day: the day before"
    if tense == "future" and (hour, minute) < (told.hour, told.minute):
        return Anchor(anchor.day + timedelta(days=1), Grain.DAY, anchor.ident, anchor.value), \
            "in a future clause, before the publication's own time of day: the day after"
    return None


_DAY_NAMED_AFTER = re.compile(r",?\s+(?:on\s+)?(?:the\s+(?:next|following|same|previous)\b|tomorrow|today|tonight|"
                              r"yesterday|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|"
                              r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+[a-z]{3})")


def _after_midnight(ctx: Context, anchor: Anchor, hour: int, g: dict[str, str], start: int, end: int
                    ) -> tuple[Anchor, str] | None:
    """"The fire broke out at 11 p.m. Saturday and was under control by 3 a.m.": a morning clock
    time told after an evening one (or "midnight Saturday", T24:00, which ends that day) of the same
    day, with no day named between them, is the next morning. Not when that would put a past event after the publication day."""
    if hour >= 12 or not (g.get("ampm") or "").lower().startswith("a") and not g.get("hour24") or \
            not anchor.ident.startswith("t") or _DAY_NAMED_AFTER.match(ctx.lower, end) is not None:
        return None  # "arrives at 7am the next day": the day named after the clock dates it
    told = ctx.prior[int(anchor.ident[1:])]
    if told.type is TimexType.TIME and told.value.endswith("TNI") and told.interval is not None and hour < 6 and \
            len(PARAGRAPH_BREAK.findall(ctx.text, told.end, start)) <= 1 and not any(
                told.end < other.start < start and other.type in (TimexType.DATE, TimexType.TIME) and
                other.grain is not None and other.grain >= Grain.DAY for other in ctx.prior[int(anchor.ident[1:]) + 1:]):
        # "launched 400 drones overnight into Sunday ... a building collapsed shortly after 3 a.m.": the small
        # hours of the night told are the next day's (the night is written by the day it starts on)
        day = anchor.day + timedelta(days=1)
        if not (day > ctx.ref_day and ctx.tense_of(start, end) == "past"):
            return Anchor(day, Grain.DAY, anchor.ident, told.value), \
                f"the small hours of the night just told ({told.value}), the day after it starts"
    if told.type is not TimexType.TIME or _CLOCK_VALUE.match(told.value) is None or told.interval is None or \
            told.interval.start.hour < 12 and "T24:00" not in told.value or PARAGRAPH_BREAK.search(ctx.text, told.end, start) is not None or \
            _RANGE_JOIN.fullmatch(ctx.lower, told.end, start) is not None:
        return None  # "from 8 p.m. to 5 a.m.": the tagger's range step moves the end and says why
    if told.interval.start.hour < 18 and _opens_line(ctx.text, told.start) and _opens_line(ctx.text, start):
        return None  # a live blog's entries, newest first: "12:30 Minister arrives\n09:15 Strike begins"
    if any(other.start > told.end and other.start < start and other.type in (TimexType.DATE, TimexType.TIME)
           for other in ctx.prior[int(anchor.ident[1:]) + 1:]):
        return None
    day = anchor.day + timedelta(days=1)
    if day > ctx.ref_day and ctx.tense_of(start, end) == "past":
        return None
    return Anchor(day, Grain.DAY, anchor.ident, told.value), \
        f"the morning after the evening clock time just told ({told.value}), no day named between"


def _afternoon_like_last_clock(ctx: Context, anchor: Anchor, g: dict[str, str], hour: int, start: int) -> str | None:
    """Why a bare clock time with no a.m./p.m. ("ended at 5:30") in a text that writes them is
    in the afternoon or evening: the clock time it follows in the paragraph was ("began at 3
    p.m."), and the afternoon reading is not before it while the morning one is ("5:30" after
    "3 p.m." is 17:30, "6:20" after "6:20 p.m." the same 18:20); the small hours after a late
    evening ("2:30" after "11 p.m.") are left to the next morning. None when it does not apply."""
    digits = g.get("hour24") or ""
    if not digits or digits.startswith("0") or not 1 <= hour < 12 or g.get("ampm") or g.get("daypart") or \
            g.get("second24") or not anchor.ident.startswith("t"):
        return None
    told = ctx.prior[int(anchor.ident[1:])]
    part = _LATER_PARTS.get(told.value[-3:]) if told.type is TimexType.TIME else None
    if part is not None and told.interval is not None and len(PARAGRAPH_BREAK.findall(ctx.text, told.end, start)) <= 1:
        # "Friday night ... left the stage at 10:15", "had been drinking that afternoon ... left a pub at
        # about 6:30": the clock time falls in the part of the day just told when read after noon (news
        # gives a sentence a paragraph, so the next one may go on with it)
        return f"in the {part[0]} just told ({told.text})" if part[1] <= hour + 12 <= part[2] else None
    if told.type is not TimexType.TIME or told.interval is None or _CLOCK_VALUE.match(told.value) is None or \
            _AM_PM.search(told.text) is None or PARAGRAPH_BREAK.search(ctx.text, told.end, start):
        return None
    told_hour = told.interval.start.hour
    if not 12 <= told_hour <= hour + 12:
        return None
    return f"in the afternoon or evening like the clock time before it ({told.text})"


#: Parts of the day after noon, with the hours (of a clock read after noon) that fall in them.
_LATER_PARTS = {"TAF": ("afternoon", 12, 18), "TEV": ("evening", 17, 23), "TNI": ("night", 19, 23)}

# a sitting that breaks and takes up again: a court's, a hearing's, a parliament's ("we're in recess until",
# "the session will resume at", "adjourned until"), with no sentence break before the clock time
_SITTING_RESUMES = re.compile(r"\b(?:recess(?:es|ed)?|resum(?:e|es|ed|ing)|reconven(?:e|es|ed|ing)|adjourn(?:s|ed|ing)?)\b"
                              r"[^.;:!?\n]{0,40}$")


# what sits and resumes: "the hearing will resume at two", "the session resumes at half past two"
_SITTING_NOUN = re.compile(r"\b(?:court|hearing|trial|session|sitting|house|chamber|senate|committee|jury|inquiry|"
                           r"tribunal|parliament|assembly|council|talks|meeting|proceedings)\b")


def _sitting_resumes_after_noon(ctx: Context, g: dict[str, str], hour: int, start: int) -> str | None:
    """Why a clock time from one to six with no a.m./p.m. at which a sitting resumes is in the afternoon:
    "THE COURT: We're in recess until one-thirty", "The session will resume at half past two", "adjourned
    until 2:15" (a court or a chamber breaks for lunch, not until the small hours). None when it does not
    apply (a.m./p.m., a part of the day or a 24-hour clock with its leading zero given)."""
    if not 1 <= hour <= 6 or g.get("ampm") or g.get("daypart") or g.get("deictic") or g.get("milhour") or \
            g.get("noon") or (g.get("hour24") or "").startswith("0") or g.get("zone"):
        return None
    found = _SITTING_RESUMES.search(ctx.lower, max(0, start - 60), start)
    if found is None:
        return None
    if found.group().startswith("resum") and _SITTING_NOUN.search(ctx.lower, max(0, start - 120), start) is None:
        return None  # "resumed the count at 1:05": a countdown, not a sitting
    return "in the afternoon: the time a sitting resumes after its break"


_AM_PM = re.compile(r"\d\s*(?:[ap]\.\s?m\.?|[ap]m\b)", re.IGNORECASE)


def _opens_line(text: str, start: int) -> bool:
    """Whether only spaces or a list's bullet stand before `start` on its line (an entry's head)."""
    line_start = text.rfind("\n", max(0, start - 8), start) + 1
    return (line_start > 0 or start <= 8) and text[line_start:start].strip() in ("", "-", "–", "—", "*", "•")


_REPORT_BEFORE = re.compile(r"\b(?:said|told(?:\s+\w+)?|announced|confirmed|reported)\s+(?:on\s+)?$")
_REPORT_AFTER = re.compile(r"\s+(?:said|told|announced|confirmed|reported)\b")


def _event_day_before_report(ctx: Context, anchor: Anchor, start: int, end: int) -> Anchor | None:
    """"The earthquake struck on Monday. Officials said today that the death toll had risen. The
    quake hit at 3:32 a.m.": a clock time in a later sentence, in the past tense, whose last day
    named is only the day someone spoke ("said today"), is on the day the story named before it."""
    if not anchor.ident.startswith("t") or ctx.tense_of(start, end) != "past":
        return None
    index = int(anchor.ident[1:])
    told = ctx.prior[index]
    if told.type is not TimexType.DATE or told.grain is not Grain.DAY or \
            SENTENCE_BREAK.search(ctx.text, told.end, start) is None or \
            (_REPORT_BEFORE.search(ctx.lower, max(0, told.start - 30), told.start) is None and
             _REPORT_AFTER.match(ctx.lower, told.end) is None):
        return None
    for earlier in range(index - 1, max(-1, index - LOOKBACK), -1):
        event = ctx.prior[earlier]
        if event.type is TimexType.DATE and event.grain is Grain.DAY and event.interval is not None:
            # the happening's day and the report's share a paragraph; the clock time may open the
            # next one (news gives a sentence a paragraph: "... collapsed on Sunday, the agency
            # said on Monday.\n\nThe dam gave way at about 2:30 a.m.")
            if day_of(event) >= day_of(told) or PARAGRAPH_BREAK.search(ctx.text, event.end, told.start) is not None \
                    or len(PARAGRAPH_BREAK.findall(ctx.text, told.end, start)) > 1:
                return None
            return Anchor(day_of(event), Grain.DAY, f"t{earlier}", event.value)
        if event.type in (TimexType.DATE, TimexType.TIME):
            return None
    return None


_CONTENT_WORD = re.compile(r"\b[a-z][a-z\-]{3,}\b")
#: Words of a clock time's clause that name no happening.
_NOT_HAPPENINGS = frozenset("""said says that this there their them they then than with from about after before
which when while where were have been also more most local time officials official people police reported
according some many first last next would could should will into onto over under early late around just
only still even already shortly nearly almost hour hours minute minutes morning afternoon evening night
today yesterday tonight""".split())


def _event_day_by_name(ctx: Context, anchor: Anchor, start: int, end: int) -> Anchor | None:
    """"The death toll from the quake that struck on Monday rose on Thursday. The quake hit at
    4:17 a.m.": a past clock time whose sentence names a happening ("quake") that was dated
    earlier, in the words just before that earlier day, and not before the last day named, is
    on that earlier day: the clock time tells the same happening again."""
    if not anchor.ident.startswith("t") or ctx.tense_of(start, end) != "past":
        return None
    index = int(anchor.ident[1:])
    told = ctx.prior[index]
    sentence = max((m.end() for m in SENTENCE_BREAK.finditer(ctx.text, max(0, start - 200), start)), default=-1)
    if sentence < 0 or sentence <= told.end:
        return None  # the clock time's sentence must be a later one than the last day's
    names = {w.rstrip("s") for w in _CONTENT_WORD.findall(ctx.lower, sentence, start) if w not in _NOT_HAPPENINGS}
    if not names:
        return None

    def named_before(position: int) -> set[str]:
        """Stems in the words right before the expression at ``position`` (to the last
        expression, clause mark or 60 characters)."""
        begin = max(0, ctx.prior[position].start - 60)
        if position > 0:
            begin = max(begin, ctx.prior[position - 1].end)
        window = ctx.lower[begin:ctx.prior[position].start]
        window = re.split(r"[.;:!?]\s|,\s", window)[-1]
        return {w.rstrip("s") for w in _CONTENT_WORD.findall(window)}

    if _kin(names) & _kin(named_before(index)):
        return None  # the last day named is the happening's own
    for earlier in range(index - 1, max(-1, index - 8), -1):
        event = ctx.prior[earlier]
        paragraphs = len(PARAGRAPH_BREAK.findall(ctx.text, event.end, start))
        if paragraphs > 1:
            return None
        # news gives a sentence a paragraph: the next paragraph may tell the happening again, when it
        # names it by a word for a happening ("the blast"), not by whoever took part ("the guard")
        shared = _kin(names) & _kin(named_before(earlier))
        if paragraphs and not shared & _HAPPENING_WORDS:
            continue
        same_half = event.grain is Grain.DAY or event.grain is Grain.PART_OF_DAY and (
            event.value.endswith("TMO") and re.search(r"a\.?m\b", ctx.lower[start:end]) is not None
            or event.value.endswith(("TAF", "TEV", "TNI")) and re.search(r"p\.?m\b", ctx.lower[start:end]) is not None)
        if same_half and event.interval is not None and shared and day_of(event) < anchor.day:
            return Anchor(day_of(event), Grain.DAY, f"t{earlier}", event.value)
    return None


#: Near synonyms news uses for one happening told twice ("an explosion ... the blast").
_KIN_HAPPENINGS = tuple(frozenset(group.split()) for group in (
    "explosion blast bombing", "quake earthquake tremor", "fire blaze", "crash collision", "attack assault raid",
    "storm hurricane typhoon cyclone", "shooting gunfire"))


_HAPPENING_WORDS = frozenset().union(*_KIN_HAPPENINGS) | frozenset(
    "flood landslide eruption collapse derailment accident outbreak protest riot strike airstrike stabbing "
    "murder killing ambush crash fire".split())


def _kin(words: set[str]) -> set[str]:
    """``words`` with the near synonyms of each (stems without a plural -s)."""
    out = set(words)
    for group in _KIN_HAPPENINGS:
        if words & group:
            out |= group
    return out


# "had started", "had been seen", "had left": the pluperfect, an event before the one just told
_PLUPERFECT = re.compile(r"\b(?:had|having)\s+(?:(?:already|just|earlier|first|reportedly|previously|last|been)\s+)?(?:been|"
                         r"[a-z]+ed|[a-z]+en|left|sent|set|met|gone|come|begun|run|made|seen|taken|told|said|sold|"
                         r"bought|fled|lost|won|held|kept|found|heard|put|shut|hit|struck|caught|fought|built|spent|"
                         r"sat|stood|got|gotten|felt|led|read|sailed|flown|driven|ridden)\b")
_CLAUSE_START = re.compile(r"[.;:!?]\s|\bbut\b|\band\b")


def _pluperfect_evening_before(ctx: Context, anchor: Anchor, hour: int, start: int, end: int
                               ) -> tuple[Anchor, str] | None:
    """"At 3 a.m. Sunday the fire was out; it had started at 11 p.m.": an afternoon or evening clock
    time in a pluperfect clause ("had started", "having been issued"), told after a morning clock
    time, with no day named between or right after it, happened before that morning: on the day
    before."""
    if not anchor.ident.startswith("t") or _DAY_NAMED_AFTER.match(ctx.lower, end) is not None:
        return None
    told = ctx.prior[int(anchor.ident[1:])]
    if told.type is not TimexType.TIME or _CLOCK_VALUE.fullmatch(told.value) is None or told.interval is None or \
            told.value.endswith("T24:00") or told.interval.start.hour >= 12 or hour < 12 or \
            PARAGRAPH_BREAK.search(ctx.text, told.end, start) is not None:
        return None
    if any(other.start > told.end and other.start < start for other in ctx.prior[int(anchor.ident[1:]) + 1:]):
        return None
    clause_start = told.end
    for mark in _CLAUSE_START.finditer(ctx.lower, told.end, start):
        clause_start = mark.end()
    if _PLUPERFECT.search(ctx.lower, clause_start, start) is None:
        return None
    return Anchor(anchor.day - timedelta(days=1), Grain.DAY, anchor.ident, told.value), \
        f"in a pluperfect clause, the evening before the morning clock time just told ({told.value})"


# the end of a sentence, not of an abbreviation ("10 p.m. that evening", "Mr. Keefe")
SENTENCE_BREAK = re.compile(r"(?<![ap]\.m)(?<![ap]\.m\.)(?<!\bMrs)(?<!\b[MD]r)(?<!\bMs)(?<!\bSt)(?<!\b[A-Z])[.!?]\s")


@resolver("hour_after_clock")
def resolve_hour_after_clock(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"at 10 p.m. ... shortly after 11": the first such hour at or after the clock time last told
    in the same sentence (11 p.m. here), on that clock's day."""
    for index in range(len(ctx.prior) - 1, max(-1, len(ctx.prior) - 1 - LOOKBACK), -1):
        timex = ctx.prior[index]
        if timex.end > start:
            continue
        if SENTENCE_BREAK.search(ctx.text[timex.end:start]):
            break
        if timex.type is TimexType.TIME and _CLOCK_VALUE.fullmatch(timex.value):
            told = datetime.strptime(timex.value, "%Y-%m-%dT%H:%M")
            hour = int(g["hour"]) % 12
            base = cal.at_midnight(told.date())
            moment = min(candidate for candidate in (base + timedelta(hours=hour + shift) for shift in (0, 12, 24, 36))
                         if candidate >= told)
            value = moment.strftime("%Y-%m-%dT%H:%M")
            return Resolution(TimexType.TIME, value, f"{quoted(g['_text'])} -> the first {g['hour']} o'clock at or "
                              f"after the clock time just told ({timex.value}) -> {value}",
                              Interval(moment, moment + timedelta(minutes=1)), Grain.MINUTE, None, f"t{index}",
                              timex.value, known=frozenset({"time"}), implied=frozenset({"year", "month", "day"}))
    return resolve_clock(ctx, g, start, end)


@resolver("hour_after_day")
def resolve_hour_after_day(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"tonight at 7", "Friday at 9": the hour on the day just told, after noon when that was
    an afternoon, an evening or a night (the hour as written otherwise)."""
    for index in range(len(ctx.prior) - 1, max(-1, len(ctx.prior) - 1 - LOOKBACK), -1):
        timex = ctx.prior[index]
        if timex.end > start:
            continue
        if timex.interval is None or timex.grain is None or timex.grain < Grain.DAY or \
                ctx.lower[timex.end:start].strip() != "at":
            break
        hour, part_of_day = int(g["hour"]), timex.value[-3:]
        # "tonight at 8" is 20:00, "tonight at 12" midnight, "tonight at 2" the small hours after it
        if part_of_day == "TNI" and hour <= 4:
            hour += 24
        elif part_of_day in ("TAF", "TEV", "TNI") and hour < 12:
            hour += 12
        elif part_of_day in ("TEV", "TNI"):
            hour = 24
        day = day_of(timex)
        moment = cal.at_midnight(day) + timedelta(hours=hour)
        value = f"{day.isoformat()}T24:00" if hour == 24 else moment.strftime("%Y-%m-%dT%H:%M")  # TimeML's midnight
        part = " in the afternoon or evening" if hour >= 12 and int(g["hour"]) < 12 else ""
        return Resolution(TimexType.TIME, value, f"{quoted(g['_text'])} -> {g['hour']} o'clock{part} on the day "
                          f"just told ({timex.value}) -> {value}", Interval(moment, moment + timedelta(minutes=1)),
                          Grain.MINUTE, None, f"t{index}", timex.value, known=frozenset({"time"}),
                          implied=frozenset({"year", "month", "day"}))
    return resolve_clock(ctx, g, start, end)


@resolver("vague")
def resolve_vague(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    phrase = " ".join(g["vague"].split())
    value = "PAST_REF"
    for ref_value, words in VAGUE.items():
        if phrase in words:
            value = ref_value
    ref = ctx.ref_day
    span = cal.day_span(ref) if value == "PRESENT_REF" else None
    meaning = {"PAST_REF": "some time before", "PRESENT_REF": "around", "FUTURE_REF": "some time after"}[value]
    return Resolution(TimexType.DATE, value, f"{quoted(g['_text'])} -> vague: {meaning} the publication date "
                      f"{ref.isoformat()} -> {value}", span, Grain.DAY if span else None, None, "DCT", ref.isoformat())


# "EOD" and its kin: the unit whose end (or whose part so far) the shorthand names
_OFFICE_UNIT = {"eod": ("day", "end"), "cob": ("day", "end"), "eob": ("day", "end"), "eow": ("week", "end"),
                "eom": ("month", "end"), "eoy": ("year", "end"), "ytd": ("year", ""), "mtd": ("month", "")}


@resolver("office_shorthand")
def resolve_office_shorthand(ctx: Context, g: dict[str, str], start: int, end: int) -> Resolution:
    """"by EOD", "COB", "EOW", "EOM", "YTD": the end of the current day, week or month, or the
    current year so far; "TTM"/"LTM" are the trailing twelve months (P12M)."""
    key = g["abbr"].lower()
    if key in ("ttm", "ltm"):
        return Resolution(TimexType.DURATION, "P12M", f"{quoted(g['_text'])} -> the trailing twelve months -> P12M",
                          None, Grain.MONTH)
    unit, position = _OFFICE_UNIT[key]
    return resolve_relative(ctx, {"_text": g["_text"], "unit": unit, "dir": "this",
                                  **({"position": position} if position else {})}, start, end)
