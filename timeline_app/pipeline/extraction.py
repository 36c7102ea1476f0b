"""From a document's text to event candidates, mentions and undated statements.

Each temporal expression that locates something in time (a date, a time, a period
with bounds, or an offset from another event) makes one event from the clause around
it; two expressions in one sentence make two events ("the ministry said on Thursday
that talks would continue tomorrow": the statement and the talks), so neither swallows
the other. Sentences with no such expression become undated statements: nothing is
inherited from a neighbouring sentence. Copies of a sentence in the same document
(the sample's body appears twice) add a source to the event already made.
"""
from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from timeline_app.core.document import Document, Mention
from timeline_app.core.event import Event, EventKind, Source, UndatedStatement
from timeline_app.core.project import Project
from timeline_app.core.resolution import compared_phrase, source_time
from timeline_app.pipeline.dateline import dateline_spans
from timeline_app.pipeline.sentences import Span, clause_around, split_sentences
from timeline_app.pipeline.wording import (PART_OF_DAY_OF, dated_by_saying, has_verb, normalise, phrase_title, title_for,
                                           without_expression)
from timeline_app.temporal.model import Grain, Interval, Offset, Reference, Timex, TimexType
from timeline_app.temporal.resolver import stamp_line

Tagger = Callable[[str, Reference], list[Timex]]
#: Two sentences at least this similar (difflib ratio of their normalised text) are copies.
NEAR_DUPLICATE = 0.9

_NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}
_UNIT = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H"}
_ANAPHORA = [
    (re.compile(r"\b(?:the\s+)?(?:next|following)\s+(day|week|month|year)\b", re.I), 1),
    (re.compile(r"\b(?:the\s+)?(?:previous|preceding|prior)\s+(day|week|month|year)\b", re.I), -1),
    (re.compile(r"\bthe\s+(day|week|month|year)\s+after\b", re.I), 1),
    (re.compile(r"\bthe\s+(day|week|month|year)\s+before\b", re.I), -1),
]
#: "the day after the vote", "on the eve of the summit", "in the run-up to the election": a
#: time told only by the event it hangs on. TimeML does not tag these (TimeBank leaves "on
#: the eve of the ..." bare), so the engine does not; they make anchored events here.
_EVENT_DAY = re.compile(
    r"\b(?:(?:the\s+)?(?P<eve>eve)\s+of"
    r"|the\s+(?P<unit>day|week|month|year|morning|evening|night)\s+(?P<signal>after|before|following|prior\s+to|ahead\s+of)"
    r"|the\s+(?P<run>run-up|lead-up|build-up)\s+to)"
    r"\s+(?=(?:the|a|an|his|her|its|their|this|that|(?-i:[A-Z])[\w\u2019'-]*)\b)", re.I)
_EVENT_DAY_UNIT = {"day": "D", "morning": "D", "evening": "D", "night": "D", "week": "W", "month": "M", "year": "Y"}
_COUNTED = re.compile(r"\b(\d+|" + "|".join(_NUMBER) + r")\s+(day|week|month|year|hour)s?\s+(later|after|earlier|before)\b",
                      re.I)


#: Right before a time the text says did not hold: "happened on Sunday night, not Monday
#: morning", "on Friday rather than Thursday". ("not until Monday" is when it did happen.)
_REJECTED = re.compile(r"(?:,\s*(?:and\s+)?not|\brather\s+than|\binstead\s+of)\s+(?:(?:on|in|at)\s+)?(?:the\s+)?$", re.I)

#: A bare part of the day named by the word before it ("on election night in 2018", "since the
#: first night", "state TV's morning talk show"): a kind of night, not the night of the
#: publication day that the engine gives it.
_PART_OF_DAY = re.compile(r"(?:night|morning|evening|afternoon)", re.I)
_NAMING_PART_OF_DAY = re.compile(r"(?<![\w\-])(?!(?:in|on|at|by|during|the|that|this|last|mid|late|early|through|"
                                 r"until|till|before|after|all|each|every|one|same|next|previous|overnight|of|"
                                 r"and|or|from|to|into|for|since|whole|entire|following)\s)"
                                 r"[a-z][\w\-]*(?:\u2019s|'s)?\s$", re.I)


def _named_part_of_day(text: str, timex: Timex) -> bool:
    """Whether ``timex`` is a bare "night"/"morning" named by the word before it ("election night")."""
    return _PART_OF_DAY.fullmatch(timex.text) is not None and \
        _NAMING_PART_OF_DAY.search(text, max(0, timex.start - 30), timex.start) is not None


@dataclass(slots=True)
class PendingAnchor:
    """An event whose date must come from another event, to be found after extraction.

    ``phrase`` names the anchor ("the ceasefire's announcement"); when empty, the anchor
    is the event read just before (narrative order: "two days later", "the next day").
    """

    event_id: str
    duration: str | None
    direction: int
    signal: str
    phrase: str = ""
    #: Set when the anchor is already known: an event of the same sentence whose date the
    #: text gives beside the offset ("on Sunday, a day after the commission declared ...").
    anchor_event: str | None = None
    #: The words quoted in the explanation when they are more than "<offset> <signal> <phrase>".
    quote: str = ""
    #: The tense the engine read around the expression ("past", "future" or None).
    tense: str | None = None


@dataclass(slots=True)
class Extraction:
    document_id: str
    event_ids: list[str] = field(default_factory=list)
    statement_ids: list[str] = field(default_factory=list)
    pending: list[PendingAnchor] = field(default_factory=list)


def makes_event(timex: Timex) -> bool:
    """True when ``timex`` places something in time (not a bare length, set or vague ref)."""
    if timex.type is TimexType.SET:
        return False
    if timex.offset is not None:
        return True
    return timex.interval is not None and not timex.value.endswith("_REF")


def anaphoric_offset(text: str) -> tuple[str, int] | None:
    """The TimeML duration and direction of "the next day", "two weeks later", ..."""
    for pattern, direction in _ANAPHORA:
        match = pattern.search(text)
        if match:
            return f"P1{_UNIT[match.group(1).lower()]}", direction
    match = _COUNTED.search(text)
    if match:
        raw = match.group(1).lower()
        count = int(raw) if raw.isdigit() else _NUMBER[raw]
        unit = _UNIT[match.group(2).lower()]
        direction = 1 if match.group(3).lower() in ("later", "after") else -1
        return (f"PT{count}H" if unit == "H" else f"P{count}{unit}"), direction
    return None


#: An anaphor naming the day of the event just told.
_SAME_DAY = re.compile(r"(?:the\s+same|that(?:\s+same)?|this\s+same)\s+day", re.I)

_WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:the\s+(?:first\s+)?)?$", re.I)
_OF_AFTER = re.compile(r"\s+of\s+(?=(?:the|a|an|his|her|its|their|this|that|(?-i:[A-Z])[\w\u2019'-]*)\b)", re.I)


#: "for" before an offset after an event: "Aftershocks continued for two days after the main shock".
_FOR_BEFORE = re.compile(r"\b(?:for|over)\s+(?:(?:the|another|a\s+further|some)\s+)?$", re.I)


def _within_of(text: str, timex: Timex) -> Timex:
    """"within hours of the opening", "within 24 hours of the announcement": a length of time
    after an event the words name; TimeML tags the length alone, so the engine gives a
    DURATION with no offset, and the anchor is added here. "for two days after the main
    shock" is the whole of that time, not the day two days on (signal ``for``)."""
    offset = timex.offset
    if offset is not None and offset.signal == "after" and offset.duration and offset.anchor_timex is None and \
            offset.anchor_start is not None and _FOR_BEFORE.search(text, max(0, timex.start - 20), timex.start):
        return replace(timex, offset=replace(offset, signal="for"))
    if timex.type is not TimexType.DURATION or timex.offset is not None:
        return timex
    of = _OF_AFTER.match(text, timex.end)
    if of is None or (_WITHIN_BEFORE.search(text, max(0, timex.start - 20), timex.start) is None
                      and not timex.text.lower().startswith("within ")):
        return timex
    return replace(timex, offset=Offset(timex.value, 1, "within", of.end()))


def event_day_offsets(text: str, timexes: list[Timex]) -> list[Timex]:
    """"the day after the vote", "the eve of the summit", "the run-up to the election": offsets
    from a named event that the tagger leaves alone, as :class:`Timex` objects carrying an
    :class:`Offset` (none overlaps a tagged expression or names a tagged date)."""
    taken = [(t.start, t.end) for t in timexes]
    starts = {t.start for t in timexes}
    out: list[Timex] = []
    for match in _EVENT_DAY.finditer(text):
        if match.end() in starts or any(s < match.end() and match.start() < e for s, e in taken):
            continue
        if match.group("eve"):
            duration, direction, signal = "P1D", -1, "before"
            how = "the day before the event named after \u201cof\u201d"
        elif match.group("run"):
            duration, direction, signal = "PXW", -1, "before"
            how = "the weeks before the event named after \u201cto\u201d"
        else:
            unit, said = match.group("unit").lower(), " ".join(match.group("signal").lower().split())
            direction = 1 if said in ("after", "following") else -1
            duration, signal = f"P1{_EVENT_DAY_UNIT[unit]}", said
            length = "day" if _EVENT_DAY_UNIT[unit] == "D" else unit
            how = f"one {length} {'after' if direction > 0 else 'before'} the event named after \u201c{said}\u201d"
        end = match.end() - len(match.group(0)) + len(match.group(0).rstrip())
        expression = text[match.start():end]
        out.append(Timex(match.start(), end, expression, TimexType.DATE, duration, rule="event_day",
                         explanation=f"\u201c{expression}\u201d -> {how}; the date comes from that event",
                         offset=Offset(duration, direction, signal, match.end())))
    ends = {t.end for t in timexes}
    ordered = sorted(starts)
    for match in _SINCE_EVENT.finditer(text):
        stop = re.search(r"[,.;:!?]", text[match.end():match.end() + 120])
        later = bisect.bisect_left(ordered, match.end())
        if later < len(ordered) and ordered[later] < match.end() + (stop.start() if stop else 120):
            continue  # "since its founding in 1949": the engine's date tells when
        if any(at in ends for at in range(match.start() - 3, match.start() + 1)) or not _since_is_temporal(text, match):
            continue  # "It has been three years since the war ended": the duration's
        expression = match.group("since")
        out.append(Timex(match.start(), match.start() + len(expression), expression, TimexType.DATE, "", rule="event_since",
                         explanation=f"\u201c{expression}\u201d -> from the event named after it until the time of "
                                     "the report; the date comes from that event",
                         offset=Offset(None, 1, "since", match.end())))
    out.sort(key=lambda timex: timex.start)
    return out


#: "since" before a phrase naming a happening ("since the ceasefire took effect", "since his
#: arrest"); a date after it ("since March") is the engine's.
_SINCE_EVENT = re.compile(r"\b(?P<since>(?:[Ee]ver\s+)?[Ss]ince)\s+(?=(?:the|his|her|its|their|this|that)\s+[a-z])")
#: A perfect before "since", in its sentence: "have returned since", "has been closed ever since".
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had|hasn't|haven't|hadn't)\b(?!\s+to\b)[^.;!?]*$", re.I)
#: The same after an opening "Since the vote, turnout has ...".
_PERFECT_AFTER = re.compile(r"[^.;!?]*?,[^.;!?]*?\b(?:has|have|had|hasn't|haven't|hadn't)\b(?!\s+to\b)", re.I)
#: A present or modal verb in the phrase makes "since" a cause: "since the law forbids it",
#: "since the company has no cash".
_CAUSAL = re.compile(r"\b(?:is|are|am|has|have|does|do|can|will|would|must|should|may|might|remains?|"
                     r"seems?|means?|needs?|wants?)\b")


def _since_is_temporal(text: str, match: re.Match[str]) -> bool:
    """Whether "since" + phrase counts time from a happening: its clause is in a perfect tense
    ("Residents have returned since the ceasefire took effect") and the phrase has no present
    or modal verb (a cause: "since the law forbids it")."""
    end = text.find(".", match.end(), match.end() + 120)
    phrase = text[match.end():end if end >= 0 else match.end() + 120]
    phrase = re.split(r"[,;:!?]", phrase, maxsplit=1)[0]
    if _CAUSAL.search(phrase) or len(phrase.split()) > 12:
        return False
    before = text[max(0, match.start() - 150):match.start()]
    if _PERFECT_BEFORE.search(before):
        return True
    opening = re.search(r"(?:^|[.!?]\s+|\n)\s*$", before) is not None
    return opening and _PERFECT_AFTER.match(text, match.end(), min(len(text), match.end() + 200)) is not None


#: What joins the two ends of a range: "from 1994 to 1997", "between January and March",
#: "March 3-9" is one expression already; "March 3 - March 9", "Monday through Friday".
RANGE_JOIN = re.compile(r"\s*(?:-|\u2013|\u2014|to|through|thru|until|till|and)\s*", re.I)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.I)
#: A date moved from one day to another is no range: "postponed from March 3 to March 9".
_MOVED = re.compile(r"\b(?:moved|postponed|delayed|pushed|brought|rescheduled|changed|switched|shifted|advanced|"
                    r"move|postpone|delay|push|reschedule|change|switch|shift)\b[^,;.]*$", re.I)


def _ranges(text: str, indices: list[int], timexes: list[Timex]) -> dict[int, int]:
    """Pairs of expressions that are the two ends of one period: "from 1994 to 1997",
    "between January and March", "Monday through Friday" (first index -> last index).
    "and" joins only after "between"; the ends must be dates or times in order, not a
    date moved from one day to another nor a figure's change ("rose from 5% in 1994 to 7%
    in 1997" has more between its years)."""
    pairs: dict[int, int] = {}
    for first, last in zip(indices, indices[1:]):
        a, b = timexes[first], timexes[last]
        if first in pairs.values() or a.offset is not None or b.offset is not None or \
                a.type not in (TimexType.DATE, TimexType.TIME) or b.type not in (TimexType.DATE, TimexType.TIME) or \
                a.interval is None or b.interval is None or not a.value[:1].isdigit() or not b.value[:1].isdigit():
            continue
        join = RANGE_JOIN.fullmatch(text, a.end, b.start)
        if join is None or b.interval.end <= a.interval.start:
            continue
        opened = _RANGE_OPEN.search(text, max(0, a.start - 12), a.start)
        if join.group(0).strip().lower() == "and" and (opened is None or "between" not in opened.group(0).lower()):
            continue
        if _MOVED.search(text, max(0, a.start - 60), a.start):
            continue
        pairs[first] = last
    return pairs


#: "from 2012 until his arrest in October 2021": a range whose end is a happening dated after it.
_UNTIL_HAPPENING = re.compile(r"\s+(?:until|till|to)\s+(?:his|her|their|its|the)\s+[\w\u2019'-]+(?:\s+[\w\u2019'-]+){0,2}?"
                              r"\s+(?:in|on)\s+", re.I)


def _ranges_to_a_happening(text: str, indices: list[int], timexes: list[Timex]) -> dict[int, int]:
    """Ranges opened by "from" whose end is a happening with a date of its own: "served as
    mayor from 2012 until his arrest in October 2021" (first index -> last index). The arrest
    stays an event of its own; the first date becomes the period up to it."""
    pairs: dict[int, int] = {}
    for first, last in zip(indices, indices[1:]):
        a, b = timexes[first], timexes[last]
        if a.offset is not None or b.offset is not None or a.interval is None or b.interval is None or \
                not a.value[:1].isdigit() or not b.value[:1].isdigit() or b.interval.end <= a.interval.start:
            continue
        if _RANGE_OPEN.search(text, max(0, a.start - 12), a.start) is None or "from" not in \
                text[max(0, a.start - 12):a.start].lower():
            continue
        if _UNTIL_HAPPENING.fullmatch(text, a.end, b.start):
            pairs[first] = last
    return pairs


def _extended_to(a: Timex, b: Timex) -> Timex:
    """``a`` made the period from its start to the end of ``b``, its span and text unchanged."""
    assert a.interval is not None and b.interval is not None
    grain = min(a.grain, b.grain) if a.grain is not None and b.grain is not None else a.grain or b.grain
    explanation = f"{a.explanation}; the period runs until {b.value} (\u201c{b.text}\u201d, the happening it ends with)"
    return replace(a, value=f"{a.value}/{b.value}", interval=Interval(a.interval.start, b.interval.end), grain=grain,
                   explanation=explanation)


def _joined(text: str, a: Timex, b: Timex) -> Timex:
    """One expression for a range's two ends: its span, the period from the first's start
    to the last's end, the coarser grain, and why."""
    interval = Interval(a.interval.start, b.interval.end) if a.interval and b.interval else a.interval
    grain = min(a.grain, b.grain) if a.grain is not None and b.grain is not None else a.grain or b.grain
    span = re.sub(r"\s+", " ", text[a.start:b.end])
    explanation = (f"\u201c{span}\u201d -> the period from {a.value} (\u201c{a.text}\u201d: {a.explanation}) "
                   f"to {b.value} (\u201c{b.text}\u201d: {b.explanation})")
    return replace(a, end=b.end, text=text[a.start:b.end], type=TimexType.DATE if a.type is TimexType.DATE else a.type,
                   value=f"{a.value}/{b.value}", interval=interval, grain=grain, explanation=explanation)


def _after_dateline(sentences: list[Span], datelines: list[tuple[int, int]]) -> list[Span]:
    """The sentences with the dateline left out of the one it opens: "NAIROBI, August 7
    (Xinhua) -- Bombs exploded on Friday" is the sentence "Bombs exploded on Friday"; a
    sentence that is all dateline is kept (its date makes no event)."""
    kept = []
    for sentence in sentences:
        for _, dateline_end in datelines:
            if sentence.start < dateline_end < sentence.end:
                cut = dateline_end - sentence.start
                rest = sentence.text[cut:]
                lead = len(rest) - len(rest.lstrip())
                if rest.strip():
                    sentence = Span(dateline_end + lead, sentence.end, rest.strip())
        kept.append(sentence)
    return kept


def _anchor_phrase(text: str, sentence: Span, start: int) -> str:
    """The words naming the anchor event: from ``start`` to the end of its clause. A full
    stop inside the sentence is an abbreviation's ("after a sniper killed Dr. Barnett
    Slepian", "after the U.S. strike"), not the clause's end."""
    local = text[start:sentence.end]
    cut = re.search(r",(?!\d{3}\b)|[;:!?]|\.[\W]*$|\s[\u2013\u2014]\s", local)  # (not "160,000")
    named = _NAME_APPOSITION.match(local, cut.start()) if cut is not None and cut.group(0) == "," else None
    if named is not None:
        # "after the company's largest rival, Norhaven, announced plans to buy ...": a name set off
        # by commas stands for the noun before it, and the clause goes on to its verb
        rest = _anchor_phrase(text, sentence, start + named.end())
        return (local[:named.end()] + rest).strip()
    return (local[:cut.start()] if cut else local).strip()


#: A name set off by commas and the lower-case verb after it: ", Norhaven, announced".
_NAME_APPOSITION = re.compile(r",\s+(?:[A-Z][\w\u2019'&.\-]*\s+){0,3}[A-Z][\w\u2019'&.\-]*,\s+(?=[a-z]{3,}\b)")


def _after_anchor_phrase(text: str, sentence: Span, timex: Timex) -> str:
    """"Two days after the vote, observers said ...": the clause after the phrase naming the
    anchor, which tells the event when the sentence opens with the offset."""
    if timex.offset is None or timex.offset.anchor_start is None:
        return ""
    end = timex.offset.anchor_start + len(_anchor_phrase(text, sentence, timex.offset.anchor_start))
    gap = re.match(r"\s*[,;:]\s*", text[end:sentence.end])
    if gap is None or end + gap.end() >= sentence.end:
        return ""
    return clause_around(sentence, end + gap.end(), end + gap.end() + 1).text


#: A clause set off by commas that is an aside, not the main clause's words: "the company,
#: which is 61%-owned by Murphy Oil, had a net loss"; "In the third quarter, for example, net
#: was"; "Freeh, on an official visit to Mexico, asked".
_ASIDE = re.compile(r"\s*(?!(?-i:WHO)\b)(?:(?:which|who|whose|whom|for\s+example|for\s+instance|however|meanwhile|"
                    r"moreover|in\s+particular|though|too|also|analysts\s+said|officials\s+said)\b|"
                    r"(?:on|in|at|during|after|before|with|without|despite|amid|under|according\s+to)\s)", re.I)


#: A participle phrase set off by commas before the verb: "the plant, built in 1970 by a German
#: firm, was closed"; "Carried by ferry passengers, ...".
#: A date that only bounds a state ("since", "until") followed by the clause telling what
#: happened then: "Tensions have run high since March, when protesters stormed parliament".
_BOUNDED_BEFORE = re.compile(r"\b(?:since|until|till|ever\s+since)\s+$", re.I)
_WHEN_AFTER = re.compile(r"\s*,\s*when\s+(?P<clause>[^;:()\u2014]+?)\s*(?:[;:()\u2014]|,\s*(?:and|but|which|who)\b|$)", re.I)


def _when_clause(text: str, sentence: Span, timex: Timex) -> str:
    """The title for a date that bounds a state and is then told by a "when" clause, or "":
    "It was the strongest quake since June 2001, when a tremor killed 145 people" -> "Tremor
    killed 145 people". The state ("was the strongest quake") is no event of June 2001."""
    if not _BOUNDED_BEFORE.search(text, max(sentence.start, timex.start - 12), timex.start):
        return ""
    found = _WHEN_AFTER.match(text[timex.end:sentence.end].rstrip(" .!?\"\u201d"))
    if found is None:
        return ""
    clause = found.group("clause")
    if not has_verb(clause) or len(clause.split()) < 3:
        return ""
    return phrase_title(clause)


#: A clause opened by "since" or "until" that runs up to the date ("since the movement began in
#: September"): the date is that clause's; the main clause is a state it bounds. ("after" and
#: "when" are left to the sentence: "A man died after a tree fell on his car this morning" is
#: the death's morning too.)
_SUBORDINATE = re.compile(r"\b(?:since|until|till)\s+(?P<body>(?:the|a|an|his|her|its|their|"
                          r"this|that|these|those|he|she|it|they|we|(?-i:[A-Z])[\w\u2019'.-]*|(?-i:[a-z]{3,}ing))"
                          # (a noun in "-ing" opens a clause too: "since fighting erupted in Darfur in April")
                          r"\s[^,;:!?\"\u201c\u201d()]{3,150}?)"
                          r"(?:\s+(?:in|on|at|during|by|early\s+in|late\s+in|earlier\s+in))?\s*$", re.I)


def _subordinate_clause(text: str, sentence: Span, timex: Timex, others: list[int]) -> str:
    """The title for a date that ends a "since" or "until" clause, or "": "Prices have doubled
    since the government lifted controls in 2019" -> "Government lifted controls"; "the
    relatives who have cared for him since he was rescued off the coast of Florida in late
    November" -> "He was rescued off the coast of Florida". The main clause is a state that
    clause bounds, not an event of that date. A clause that holds another date, or has no verb
    of its own, keeps the sentence's title."""
    begin = max(sentence.start, timex.start - 200)
    found = _SUBORDINATE.search(text, begin, timex.start)
    if found is None:
        found = _AFTER_CLAUSE.search(text, begin, timex.start)
        if found is not None and not _PRESENT_PERFECT.search(text, sentence.start, found.start()):
            found = None  # "A man died after a tree fell on his car this morning": the death's morning too
    if found is None:
        return _second_happening(text, begin, timex, others)
    if any(found.start() < other < timex.start for other in others):
        return ""
    body = found.group("body")
    owned = re.fullmatch(r"(?:his|her|their)\s+([\w\u2019'-]+(?:\s+[\w\u2019'-]+){0,2})", body.strip(), re.I)
    if owned and not has_verb(body) and found.group(0).lower().startswith(("until", "till")):
        # "served as mayor from 2012 until his arrest in October 2021" -> "Vell's arrest"
        name = _OPENING_NAME.match(text, sentence.start, found.start())
        return phrase_title(f"{name.group(1)}\u2019s {owned.group(1)}" if name else body)
    present = re.fullmatch(r"(?:the|its|their)\s+(?:[\w'-]+\s+){0,3}[a-z]+s", body.strip(), re.I)
    if not (has_verb(body) or present) or len(body.split()) < 2 or \
            re.search(r"\b(?:since|until|after|before|when|once)\b", body, re.I):
        return ""  # ("until the rainy season ends in early December": a present verb in -s counts)
    if re.search(r"\b(?:the|a|an|his|her|its|their|our|this|that)\s*$", body, re.I):
        return ""  # "since they obtained a warrant in the Oct. 23 shooting": the date is the shooting's
    body = PART_OF_DAY_OF.sub("", body)  # "a fire destroyed a warehouse in the early hours of (Wednesday)"
    pronoun = re.match(r"(?:it|they)\s+", body, re.I)
    subject = _MAIN_SUBJECT.match(text, sentence.start, found.start()) if pronoun else None
    if pronoun and subject:  # "The party has not won since it was founded in 1998" -> "Party was founded"
        body = subject.group("noun") + " " + body[pronoun.end():]
    return phrase_title(body)


#: An "after" or "when" clause ending at the date, told after a main clause in the present
#: perfect: "Three men have been arrested after a fire destroyed a warehouse in the early hours
#: of Wednesday" -> the fire is Wednesday's; the arrests are only known to be since then.
_AFTER_CLAUSE = re.compile(_SUBORDINATE.pattern.replace("(?:since|until|till)", "(?:after|when)", 1), re.I)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have|'ve)\s+(?:(?:not|now|also|already|just)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ht|ne)\b",
                              re.I)
#: "before a trip to Kingsport next weekend": a noun phrase after "before"/"after" that ends at a date.
_SECOND_HAPPENING = re.compile(r"\b(?:before|after|ahead\s+of|following)\s+(?P<body>(?:a|an|the|their|its|his|her)\s+"
                               r"[^,;:!?\"\u201c\u201d()]{3,80}?)\s*$", re.I)


def _second_happening(text: str, begin: int, timex: Timex, others: list[int]) -> str:
    """The title for a date that ends a noun phrase after "before"/"after" when the clause has
    a date of its own before it: "Rovers host Westbridge on Wednesday before a trip to
    Kingsport next weekend" -> "Trip to Kingsport" (the hosting is Wednesday's); "" otherwise."""
    found = _SECOND_HAPPENING.search(text, begin, timex.start)
    if found is None or not any(begin <= other < found.start() for other in others) or \
            any(found.start() < other < timex.start for other in others):
        return ""
    body = found.group("body")
    if has_verb(body) or re.search(r"\b(?:the|a|an|his|her|its|their|our|this|that|of|in|on|at)\s*$", body, re.I):
        return ""
    if not re.match(r"\s*(?:[,.;:!?)\u2014]|$)", text[timex.end:timex.end + 3]):
        return ""  # "after a federal appeals court Thursday refused to ...": the phrase is a subject
    return phrase_title(body)


def _named_subject(text: str, sentence: Span, phrase: str) -> str:
    """The title of an event named by a phrase, its "it"/"they" replaced by the noun that opens
    the sentence: "The Kestrel lander touched down ..., 31 days after it was launched" ->
    "Kestrel lander was launched"."""
    pronoun = re.match(r"(?:it|they)\s+", phrase, re.I)
    subject = _MAIN_SUBJECT.match(text, sentence.start, sentence.end) if pronoun else None
    if pronoun and subject:
        return phrase_title(subject.group("noun") + " " + phrase[pronoun.end():])
    return phrase_title(phrase)


#: A name opening a sentence: "Vell, who served ...", "Marcus Vell was ...".
_OPENING_NAME = re.compile(r"\s*((?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+){0,2})(?=\s*,|\s+(?:was|is|had|has|who)\b)")


#: The subject noun phrase opening a sentence, before its verb: "The party has not won ...".
_MAIN_SUBJECT = re.compile(r"\s*(?:The|A|An|Its|Their)\s+(?P<noun>(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)\s+"
                           r"(?:has|have|had|is|are|was|were|will|would|could|did|does|do|[a-z]+ed)\b")


_PARTICIPLE_ASIDE = re.compile(r"\s*(?!compared\b)(?:[a-z]{3,}ed|built|brought|taken|given|chosen|known|seen|made|written|driven|"
                               r"sent|found|kept|caught|held|led|won|lost|hit|left)\s+(?:in|at|on|by|from|for|with|"
                               r"during|after|before|since|over|under|as|to|into)\b")


#: A clause that only restates a figure: ", or 8 percent of its workforce,", ", about 40 km west".
_FIGURE_ASIDE = re.compile(r"\s*(?:or|and|about|nearly|almost|some|around|roughly|up\s+to)\s+(?:about\s+|nearly\s+|some\s+)?"
                           r"[$\u00a3\u20ac]?\d[^,;]*$", re.I)
#: A clause that opens with a preposition: it frames a time or place for the clause before it.
_ADVERBIAL = re.compile(r"\s*(?:by|in|on|at|during|from|until|till|before|after|within|for|over|through)\s", re.I)


def _past_figure_aside(sentence: Span, clause: Span, start: int) -> Span:
    """``clause`` joined to the clause before it when it is only a verbless adverbial set off
    from its verb by a figure's aside: "it would cut 1,200 jobs, or 8 percent of its
    workforce, by the end of 2026" -> the cut is what happens by the end of 2026. The aside
    is left out (blanked, so offsets still point into the document)."""
    if clause.start <= sentence.start + 1 or not _ADVERBIAL.match(clause.text) or \
            has_verb(clause.text[:max(0, start - clause.start)]):
        return clause
    aside = _clause_before(sentence, clause)
    if aside is None or not _FIGURE_ASIDE.match(aside.text):
        return clause
    main = _clause_before(sentence, aside)
    if main is None or not has_verb(main.text):
        return clause
    # the aside and its commas become spaces: the words keep their places in the document
    blank = " " * (clause.start - main.end)
    text = main.text + blank + clause.text
    return Span(main.start, clause.end, text)


def _clause_before(sentence: Span, clause: Span) -> Span | None:
    """The clause of ``sentence`` that ends right before ``clause`` (past its separator), if any."""
    at = clause.start - sentence.start - 1
    while at > 0 and sentence.text[at] in " ,;:\u2013\u2014-":
        at -= 1
    if at <= 0:
        return None
    return clause_around(sentence, sentence.start + at, sentence.start + at + 1)


def _neighbour(sentence: Span, clause: Span, before: bool) -> str:
    """The clause to borrow a title from: the one before (for anchored expressions) or the
    words after, read past asides until they hold a verb ("In the third quarter, the company,
    which is 61%-owned by Murphy Oil, had a net loss" -> "the company had a net loss"; "On
    May 6, James Kopp, 44, was charged" -> "James Kopp, 44, was charged")."""
    if before:
        return clause_around(sentence, clause.start - 2, clause.start - 1).text if clause.start > sentence.start + 1 else ""
    parts: list[str] = []
    joined = ""
    at, aside = clause.end, False
    for _ in range(4):
        if at >= sentence.end - 1:
            break
        following = clause_around(sentence, at + 2, at + 3)
        if following.end <= at:
            break
        at = following.end
        if _ASIDE.match(following.text) or _PARTICIPLE_ASIDE.match(following.text) and at < sentence.end - 1:
            aside = True
            continue
        # "James Kopp, 44, was charged" keeps its commas; an aside left out leaves none
        joined = following.text if not parts else joined + (" " if aside else ", ") + following.text
        parts.append(following.text)
        aside = False
        if has_verb(joined):
            return joined
    return parts[0] if parts else ""


def _confidence(timex: Timex, document: Document) -> float:
    base = 0.6 if timex.offset is not None else (0.8 if timex.anchor else 1.0)
    if document.is_estimated and document.estimate is not None and timex.anchor:
        base *= max(0.3, document.estimate.confidence)
    return round(base, 2)


def extract(project: Project, document: Document, tag: Tagger, first_sequence: int = 1) -> Extraction:
    """Add ``document``'s mentions, events and undated statements to ``project``.

    Events anchored to other events are returned as :class:`PendingAnchor` for
    :mod:`timeline_app.pipeline.anchoring`; nothing notifies listeners (the caller
    announces the batch).
    """
    result = Extraction(document.id)
    tagged = tag(document.text, document.reference())
    mentions: list[Mention | None] = []
    for timex in tagged:
        made_mention = Mention.from_timex(project.new_id("mentions"), document.id, timex)
        project.put("mentions", made_mention, notify=False)
        mentions.append(made_mention)
    timexes = [_within_of(document.text, timex) for timex in tagged]
    extra = event_day_offsets(document.text, tagged)
    if extra:  # not TimeML expressions: no mention, only the anchored event they make
        merged = sorted([(t, m) for t, m in zip(timexes, mentions)] + [(t, None) for t in extra],
                        key=lambda pair: pair[0].start)
        timexes, mentions = [t for t, _ in merged], [m for _, m in merged]
    datelines = dateline_spans(document.text)
    sequence = first_sequence
    offset_told_at = -1  # where the last event counted from another event was told
    copies: dict[str, dict[str, str]] = {}
    statements: dict[str, str] = {}
    position = 0
    sentences = _after_dateline(split_sentences(document.text), datelines)
    for at, sentence in enumerate(sentences):
        inside = []
        while position < len(timexes) and timexes[position].start < sentence.end:
            if timexes[position].start >= sentence.start:
                inside.append(position)
            position += 1
        head = _chronology_head(document.text, sentence, inside, timexes)
        if head is not None:
            # "Feb. 27, 2020: At least 33 soldiers are killed": the entry is read without its date,
            # which dates it unless the entry names a time within that date ("6 March 2020 | The
            # ceasefire takes effect at midnight")
            sentence = head[1]
            inside = [i for i in inside if i != head[0]]
            head_span = timexes[head[0]].interval
            within = [i for i in inside if makes_event(timexes[i]) and head_span is not None and
                      (inner := timexes[i].interval) is not None and head_span.start <= inner.start <= head_span.end]
            if not within:
                inside = [head[0]] + inside
        key = normalise(sentence.text)
        original = copies.get(key) or _near_copy(key, copies)
        made = False
        coarser = _coarser_in_same_clause(sentence, [i for i in inside if makes_event(timexes[i])], timexes)
        coarser |= _dates_that_are_only_anchors(document.text, sentence, inside, timexes)
        coarser |= _restatements(document.text, [i for i in inside if makes_event(timexes[i])], timexes)
        coarser |= _counted_between_dates(document.text, [i for i in inside if makes_event(timexes[i])], timexes)
        appositive = _appositive_offsets(document.text, sentence,
                                         [i for i in inside if makes_event(timexes[i]) and i not in coarser], timexes)
        made_ids: dict[int, str] = {}
        spans = _ranges(document.text, [i for i in inside if makes_event(timexes[i]) and i not in coarser], timexes)
        for first, last in spans.items():  # "from March 3 to March 9": one period, told by both ends
            timexes[first] = _joined(document.text, timexes[first], timexes[last])
        inside = [i for i in inside if i not in spans.values()]
        for first, last in _ranges_to_a_happening(document.text, [i for i in inside if makes_event(timexes[i])],
                                                  timexes).items():
            timexes[first] = _extended_to(timexes[first], timexes[last])
        # the head dates the entry it opens, whose first clause is the title
        head_index = head[0] if head is not None and inside and inside[0] == head[0] else None
        entry = _entry_of_stamp(document.text, sentence, inside, timexes, sentences[at + 1:at + 2])
        for index in inside:
            timex, mention = timexes[index], mentions[index]
            if not makes_event(timex):
                continue
            if entry is not None and not entry.text:
                made = True  # a stamp whose entry has dates of its own tells when it was posted
                continue
            if index in coarser or index in appositive or (
                    any(begin <= timex.start and timex.end <= end for begin, end in datelines)) \
                    or _REJECTED.search(document.text, max(sentence.start, timex.start - 40), timex.start) \
                    or _named_part_of_day(document.text, timex) or _day_as_a_kind(document.text, timex):
                # the dateline ("By Wire Staff, March 4, 2026") tells when it was published; "on
                # Sunday night, not Monday morning" tells when it did not happen
                made = True
                continue
            made = True
            source = Source(document.id, sentence.text, sentence.start, sentence.end, timex.text, timex.explanation,
                            timex.start, timex.end, mention.id if mention is not None else None,
                            timex.value if timex.interval is not None else None, timex.interval, timex.grain)
            earlier = sum(1 for i in inside if i < index and timexes[i].text.lower() == timex.text.lower())
            relative = f"{timex.text.lower()}#{earlier}"
            if original is not None and relative in original:
                project.events[original[relative]].sources.append(source)
                made_ids[index] = original[relative]
                continue
            clause = clause_around(sentence, timex.start, timex.end)
            is_anchored = timex.offset is not None
            if not is_anchored:
                clause = _past_figure_aside(sentence, clause, timex.start)
            neighbour = _neighbour(sentence, clause, before=is_anchored)
            if is_anchored and not neighbour.strip():
                # "Two days after the vote, observers said ...", "A few days later, the company
                # announced ...": an opening offset's event is the clause after it
                neighbour = _after_anchor_phrase(document.text, sentence, timex) or \
                    (_neighbour(sentence, clause, before=False) if timex.offset is not None and
                     timex.offset.anchor_start is None else "")
            beside = [j for j, dated in appositive.items() if dated == index and j > index]
            if beside:  # "By Tuesday morning, two days into the truce, shelling had resumed"
                # (the clause of the offset itself names another event: it lends no words)
                neighbour = _after_anchor_phrase(document.text, sentence, timexes[beside[0]])
            lead = _without_expressions(document.text, sentence.start, clause.start,
                                        [timexes[i] for i in inside if i != index])
            title = title_for(clause.text, clause.start, timex.start, timex.end, is_anchored, neighbour, lead=lead,
                              others=[(timexes[i].start, timexes[i].end) for i in inside if i != index],
                              dated=[(timexes[i].start, timexes[i].end) for i in inside
                                     if i != index and makes_event(timexes[i])])
            when = None if is_anchored else _when_clause(document.text, sentence, timex)
            if when:
                title = when  # "since June 2001, when a tremor killed 145 people": the tremor is June 2001's
            elif not is_anchored:
                title = _subordinate_clause(document.text, sentence, timex,
                                            [timexes[i].start for i in inside
                                             if i != index and timexes[i].type is not TimexType.SET]) or title
                # (a set names no date of its own: "published by the daily Vecer on Nov. 5", whose
                # "daily" TimeBank tags as a set, as in "the Communist Party daily Granma")
            headed = entry if entry is not None else sentence if index == head_index else None
            if headed is not None:
                # "14:30 GMT" over "Power has been cut to 80,000 homes, the operator says.": the
                # stamp (or a chronology's opening date) dates the entry it heads, which says what happened
                told = clause_around(headed, headed.start, headed.start)
                title = title_for(told.text + " .", told.start, told.end + 1, told.end + 2, False, "") or title
                begin = min(timex.start, sentence.start)
                source.sentence, source.start, source.end = \
                    re.sub(r"\s*\n\s*", " ", document.text[begin:headed.end]), begin, headed.end
            if not is_anchored and dated_by_saying(clause.text[:timex.start - clause.start], title, lead):
                # "Police said on Monday that they had arrested two men": Monday is the saying's
                source.explanation += "; the date it was reported (it may have happened before)"
            event = Event(project.new_id("events"), title, source.sentence, [source],
                          timex.value, timex.interval, timex.grain,
                          EventKind.PERIOD if (timex.type is TimexType.DURATION or (
                              timex.interval is not None and timex.interval.duration.days > 1)) else EventKind.POINT,
                          confidence=_confidence(timex, document), sequence=sequence, explanation=source.explanation)
            special = source_time(document, timexes, index)
            if special is not None and when and not special.compared:
                special = None  # the "when" clause happened at the date, it is no span from it
            if special is not None:
                event.value, event.interval, event.grain, event.kind = \
                    special.value, special.interval, special.grain, special.kind
                event.explanation = source.explanation = special.explanation
                if special.compared and timex.text not in event.title and not when:
                    # at 2010, "Rivers rose to their highest levels" would say they rose then
                    phrase = compared_phrase(document.text, timex.start)
                    event.title = f"{event.title} since {timex.text}" if phrase.split()[0].lower() in \
                        event.title.lower().split() else f"{event.title} ({phrase} {timex.text})"
                source.value, source.interval, source.grain = special.value, special.interval, special.grain
            elif is_anchored:
                assert timex.offset is not None
                event.interval = None
                phrase = (_anchor_phrase(document.text, sentence, timex.offset.anchor_start)
                          if timex.offset.anchor_start is not None else "")
                quote = re.sub(r"\s+", " ", document.text[timex.start:timex.offset.anchor_start + len(phrase)]) \
                    if phrase and timex.offset.anchor_start is not None else ""
                result.pending.append(PendingAnchor(event.id, timex.offset.duration, timex.offset.direction,
                                                    timex.offset.signal, phrase, quote=quote, tense=timex.tense))
                offset_told_at = timex.start
            elif timex.anchor and timex.anchor.startswith("t"):
                offset = anaphoric_offset(timex.text)
                engine_anchor = int(timex.anchor[1:])
                if offset is None and _SAME_DAY.fullmatch(timex.text) and engine_anchor < len(tagged) and \
                        tagged[engine_anchor].start < offset_told_at < timex.start:
                    # "Two days before the runoff, thousands rallied. On the same day, ...": the day of
                    # the event just told, which the engine could not date (it skipped to an older date)
                    offset = ("P0D", 1)
                if offset is not None:
                    result.pending.append(PendingAnchor(event.id, offset[0], offset[1], "after" if offset[1] > 0
                                                        else "before"))
            sequence += 1
            project.put("events", event, notify=False)
            result.event_ids.append(event.id)
            copies.setdefault(key, {})[relative] = event.id
            made_ids[index] = event.id
        for index, dated in sorted(appositive.items()):
            timex, mention = timexes[index], mentions[index]
            if dated not in made_ids or timex.offset is None or timex.offset.anchor_start is None:
                continue
            phrase = _anchor_phrase(document.text, sentence, timex.offset.anchor_start)
            first = min(timex.start, timexes[dated].start)
            last = max(timex.offset.anchor_start + len(phrase), timexes[dated].end)
            quote = re.sub(r"\s+", " ", document.text[first:last])
            source = Source(document.id, sentence.text, sentence.start, sentence.end, timex.text, timex.explanation,
                            timex.start, timex.end, mention.id if mention is not None else None)
            relative = f"{timex.text.lower()}#anchor"
            if original is not None and relative in original:
                project.events[original[relative]].sources.append(source)
                continue
            event = Event(project.new_id("events"), _named_subject(document.text, sentence, phrase),
                          sentence.text, [source], timex.value,
                          None, None, EventKind.POINT, confidence=_confidence(timex, document), sequence=sequence)
            sequence += 1
            project.put("events", event, notify=False)
            result.event_ids.append(event.id)
            copies.setdefault(key, {})[relative] = event.id
            # "on Sunday, a day after X": X is a day before Sunday's event.
            result.pending.append(PendingAnchor(event.id, timex.offset.duration, -timex.offset.direction,
                                                "before" if timex.offset.direction > 0 else "after", phrase,
                                                anchor_event=made_ids[dated], quote=quote))
        if not made and key and key not in statements and not _near_statement(key, statements):
            statement = UndatedStatement(project.new_id("statements"), document.id, sentence.text,
                                         sentence.start, sentence.end)
            project.put("statements", statement, notify=False)
            statements[key] = statement.id
            result.statement_ids.append(statement.id)
    return result


def _dates_that_are_only_anchors(text: str, sentence: Span, inside: list[int], timexes: list[Timex]) -> set[int]:
    """Dates that only serve as the anchor of an offset ("two days after March 5").

    When the anchoring phrase is nothing but the date, that date names no event of its
    own; when it goes on ("after the March 5 meeting"), the meeting is an event too.
    """
    out: set[int] = set()
    for index in inside:
        offset = timexes[index].offset
        if offset is None or offset.anchor_timex is None:
            continue
        anchor = timexes[offset.anchor_timex]
        rest = _anchor_phrase(text, sentence, anchor.end) if anchor.end < sentence.end else ""
        if not rest:
            out.add(offset.anchor_timex)
    return out


def _appositive_offsets(text: str, sentence: Span, indexes: list[int], timexes: list[Timex]) -> dict[int, int]:
    """Offsets from a named event written beside a date of their own clause.

    "The protesters clashed with police on Sunday, a day after the commission declared the
    result" (or "a day after the commission declared the result, on Sunday"): the clash is on
    Sunday, and the offset does not date it again; it dates the commission's declaration, a
    day before Sunday. Returns ``{offset index: index of the date beside it}``.
    """
    out: dict[int, int] = {}
    for j in indexes:
        offset = timexes[j].offset
        if offset is None or offset.anchor_start is None or offset.anchor_timex is not None:
            continue
        phrase_end = offset.anchor_start + len(_anchor_phrase(text, sentence, offset.anchor_start))
        for i in indexes:
            dated = timexes[i]
            if i == j or dated.offset is not None or dated.interval is None:
                continue
            if (i < j and not any(i < k < j for k in indexes) and (_APPOSITION.fullmatch(text, dated.end, timexes[j].start)
                           or _TRAILING_OFFSET.fullmatch(text, dated.end, timexes[j].start)
                           or _TRAILING_OFFSET_PAST_RELATIVE.fullmatch(text, dated.end, timexes[j].start))) or \
                    (i > j and dated.start >= phrase_end and _APPOSITION.fullmatch(text, phrase_end, dated.start)) or \
                    (i > j and dated.start >= phrase_end and _opens_before_its_clause(text, sentence, timexes[j], phrase_end)
                     and dated.grain is not None and dated.grain >= Grain.DAY and not any(k > j and k != i for k in indexes)):
                # "Ten years after the tsunami that killed 160,000 people, survivors gathered on Friday":
                # the opening offset dates the tsunami, ten years before Friday
                out[j] = i
                break
    return out


#: A weekday naming a kind of work or trade, not a day: "changes to Sunday working", "rules for
#: Sunday trading" (after a preposition that does not date: not "on Sunday opening the road").
_KIND_OF_DAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?!morning|evening)[a-z]{3,}ing\b", re.I)
_NOT_DATING = re.compile(r"\b(?:to|for|of|against|about)\s+$", re.I)


def _day_as_a_kind(text: str, timex: Timex) -> bool:
    """Whether ``timex`` is a weekday used as a modifier ("proposed changes to Sunday working")."""
    return _KIND_OF_DAY.match(text, timex.start, timex.end + 20) is not None \
        and _NOT_DATING.search(text, max(0, timex.start - 12), timex.start) is not None


def _opens_before_its_clause(text: str, sentence: Span, offset: Timex, phrase_end: int) -> bool:
    """Whether ``offset`` opens its sentence and its phrase ends at the comma before the main
    clause ("Ten years after the tsunami, survivors gathered ...")."""
    return not text[sentence.start:offset.start].strip() and text[phrase_end:phrase_end + 1] == ","


def _counted_between_dates(text: str, indexes: list[int], timexes: list[Timex]) -> set[int]:
    """Offsets that only count the gap between two dates the sentence states.

    "A recount began on Monday, nearly two weeks after the Nov. 5 election left Miller ahead":
    the recount is Monday's and the election November 5's; the count between them dates
    nothing again (it made a third event, two weeks after November 5).
    """
    out: set[int] = set()
    for j in indexes:
        offset = timexes[j].offset
        if offset is None or offset.anchor_timex is None:
            continue
        for i in indexes:
            dated = timexes[i]
            if i < j and dated.offset is None and dated.interval is not None and not any(i < k < j for k in indexes) and (
                    _APPOSITION.fullmatch(text, dated.end, timexes[j].start)
                    or _TRAILING_OFFSET.fullmatch(text, dated.end, timexes[j].start)):
                out.add(j)
                break
    return out


#: A chronology's entry opened by its date: "Feb. 27, 2020: ...", "March 5 — ...", "6 March 2020 | ...",
#: "- 2019: ..." (the date, then a colon, a bar or a dash set off by spaces).
_HEAD_BEFORE = re.compile(r"[ \t]*(?:[-*\u2022][ \t]+)?")
_HEAD_AFTER = re.compile(r"[ \t]*(?::|\||--|[ \t][-\u2013\u2014])[ \t]+(?=\S)")


def _line_start_near(text: str, at: int, reach: int = 8) -> int | None:
    """The start of the line ``at`` is on when it is at most ``reach`` characters back, else None
    (a bounded look, so that a text with no line breaks is not scanned again for every sentence)."""
    begin = max(0, at - reach)
    found = text.rfind("\n", begin, at)
    if found != -1:
        return found + 1
    return 0 if begin == 0 else None


def _chronology_head(text: str, sentence: Span, inside: list[int], timexes: list[Timex]) -> tuple[int, Span] | None:
    """(index of the date, the entry without it) when ``sentence`` opens a line with a date and a
    separator, as a chronology's entries do; None otherwise."""
    if not inside:
        return None
    timex = timexes[inside[0]]
    line_start = _line_start_near(text, timex.start)
    if timex.start < sentence.start or timex.interval is None or line_start is None or \
            _HEAD_BEFORE.fullmatch(text, line_start, timex.start) is None:
        return None
    after = _HEAD_AFTER.match(text, timex.end)
    if after is None or after.end() >= sentence.end:
        return None
    rest = text[after.end():sentence.end]
    return inside[0], Span(after.end(), sentence.end, rest)


def _entry_of_stamp(text: str, sentence: Span, inside: list[int], timexes: list[Timex],
                    following: list[Span]) -> Span | None:
    """The entry a stamp line heads: the next sentence, when ``sentence`` is a line holding only
    one expression and the next sentence starts a line of its own; an empty span (no text) when
    that entry dates itself, so the stamp only tells when it was posted; None when
    ``sentence`` is no stamp."""
    if len(inside) != 1 or not following:
        return None
    timex, entry = timexes[inside[0]], following[0]
    if not stamp_line(text, timex.start, timex.end) or "\n" not in text[timex.end:entry.start] \
            or not has_verb(entry.text):
        return None
    if any(entry.start <= t.start < entry.end and makes_event(t) for t in timexes):
        return Span(entry.start, entry.start, "")
    return entry


def _coarser_in_same_clause(sentence: Span, indexes: list[int], timexes: list[Timex]) -> set[int]:
    """Expressions that only restate, less precisely, another one of their clause.

    "Last week Putin and Erdogan met in Moscow on March 5": one meeting, dated March 5;
    "last week" adds nothing and must not make a second event. A possessive date ("last
    week's explosion") dates its noun, not the clause, and is kept.
    """
    out: set[int] = set()
    for i in indexes:
        outer = timexes[i].interval
        if outer is None:
            continue
        if _POSSESSIVE_DATE.match(sentence.text, timexes[i].end - sentence.start):
            continue  # "a memorial on Sunday for the workers killed in last week's explosion": its noun's date
        clause = clause_around(sentence, timexes[i].start, timexes[i].end)
        fronted = _FRONTED.fullmatch(sentence.text[:timexes[i].start - sentence.start]) and \
            sentence.text[timexes[i].end - sentence.start:].startswith(",")
        if fronted:  # "Last year, floods killed 31 people in August": the opening date frames the clause after it
            after = timexes[i].end - sentence.start + 1
            after += len(sentence.text[after:]) - len(sentence.text[after:].lstrip())
            clause = clause_around(sentence, sentence.start + after, sentence.start + after + 1)
        for j in indexes:
            inner = timexes[j].interval
            if j == i or inner is None or inner == outer:
                continue
            if outer.start <= inner.start and inner.end <= outer.end and \
                    clause_around(sentence, timexes[j].start, timexes[j].end) == clause:
                out.add(i)
    return out


_POSSESSIVE_DATE = re.compile(r"(?:\u2019s|'s)(?!\w)")
#: What may stand before a date that opens its sentence ("Last year,", "In 2019,", "But earlier this year,").
_FRONTED = re.compile(r"\s*(?:(?:and|but|yet|so|then|in|on|at|during|by|earlier|later|since)\s+){0,2}", re.IGNORECASE)


def _without_expressions(text: str, start: int, end: int, timexes: list[Timex]) -> str:
    """``text[start:end]`` with the temporal expressions in it left out, for titles: the
    clause a title borrows from ("Britain declared war two days later, on 3 September")
    should not bring another expression's words into it."""
    piece = text[start:end]
    for timex in sorted(timexes, key=lambda t: t.start, reverse=True):
        if start <= timex.start and timex.end <= end:
            cut = timex.end - start
            possessive = re.match(r"(?:\u2019s|'s)(?![\w])", piece[cut:])
            cut += possessive.end() if possessive else 0  # "Monday's explosion" -> "the explosion"
            piece = without_expression(piece[:cut], timex.text) + piece[cut:]
    return re.sub(r"[ \t]{2,}", " ", piece)


#: "protested on Tuesday against a new tax on stalls, a day after the student protest": a
#: few words of the same clause (no other verb's clause: no "and", "but", "which", no
#: stop) between a date and an offset set off by a comma, which dates the named event.
#: (a count with thousands is no other date: "recalled another 95,000 SUVs in Canada, a week after ...")
_TRAILING_OFFSET = re.compile(r"(?:(?!\b(?:and|but|which|who|that|when|while|as)\b)(?:\d{1,3}(?:,\d{3})+\b|"
                              r"(?<![\d.])\d{1,3}(?:\.\d+)?(?![\d:.]|\s*[ap]\.?m\b)%?|[^,;:.()\d])){1,60},\s*", re.I)
#: The same past a verb's object that a relative clause with no date of its own goes on: "Police
#: on Friday recaptured the last of four inmates who escaped from a prison near Lisbon, nine days
#: after the men scaled a wall" (the recapture is Friday's; the offset dates the men's escape).
_TRAILING_OFFSET_PAST_RELATIVE = re.compile(
    r"\s+[a-z]+ed\b(?:(?!\b(?:and|but|when|while|as)\b)(?:\d{1,3}(?:,\d{3})+\b|[^,;:.()\d])){1,50}"
    r"\b(?:who|which|that)\s+(?:(?!\b(?:and|but|when|while|as|who|which|that)\b)[^,;:.()\d]){1,60},\s*", re.I)
_APPOSITION = re.compile(r"\s*(?:,|\(|--|—|–)?\s*(?:on|in|at|or|that\s+is|i\.e\.)?\s*"
                         r"(?:(?:exactly|precisely|just|only|nearly|almost|about|some|barely|roughly)\s+)?")


def _restatements(text: str, indexes: list[int], timexes: list[Timex]) -> set[int]:
    """Expressions that name again, side by side, the time the one next to them names.

    "Britain declared war two days later, on 3 September": one declaration. Of two
    neighbours with the same interval, joined by no more than a comma or "on", the one that
    states less ("two days later" derives its date; "3 September" states it) is dropped.
    """
    out: set[int] = set()
    for i, j in zip(indexes, indexes[1:]):
        first, second = timexes[i], timexes[j]
        if first.interval is None or first.interval != second.interval or \
                _APPOSITION.fullmatch(text, first.end, second.start) is None:
            continue
        out.add(i if len(first.known) < len(second.known) else j)
    return out


def _near_copy(key: str, copies: dict[str, dict[str, str]]) -> dict[str, str] | None:
    for other, events in copies.items():
        if abs(len(other) - len(key)) > len(key) * 0.1:
            continue
        matcher = difflib.SequenceMatcher(None, key, other, autojunk=False)
        if matcher.real_quick_ratio() >= NEAR_DUPLICATE and matcher.quick_ratio() >= NEAR_DUPLICATE \
                and matcher.ratio() >= NEAR_DUPLICATE:
            return events
    return None


def _near_statement(key: str, statements: dict[str, str]) -> bool:
    for other in statements:
        if abs(len(other) - len(key)) > len(key) * 0.1:
            continue
        matcher = difflib.SequenceMatcher(None, key, other, autojunk=False)
        if matcher.quick_ratio() >= NEAR_DUPLICATE and matcher.ratio() >= NEAR_DUPLICATE:
            return True
    return False
