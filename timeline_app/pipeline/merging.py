"""One event per happening: the same event reported by several articles is merged.

Two events from different documents are the same when the content words of their
titles and expression surroundings (up to a signal naming another event: "on Thursday,
two days after the commission declared the result") overlap enough (Jaccard of stems >=
0.4 with at least two shared stems, or, for an event made from an offset's phrase, a
title of three stems or more told whole inside the other's words) and their times are within a month of each other: close enough
for reports that disagree by a day or two to meet, far enough apart to keep "talks in
March" and "talks in December" separate. Events placed in different named places ("in
Mosul", "in Kirkuk") are never the same, and the best pairs are merged first, each event
of an earlier document taking at most one event of the new one (which told them apart).
Reports that name one kind of happening (the vote, the quake, the strike: :data:`_KINDS`,
by whole words, never in a telling or reaction: "declared the result of the election",
"condemned the bombing") told to the day on the same or adjacent days merge on fewer
words (:func:`kindred`): "went to the polls on Sunday in a parliamentary election" and
"the parliamentary election on March 8"; "walked out on Thursday" and "the strike, which
began on June 4". An event told as one more of its kind ("another car bomb", "a second
aftershock") never merges with one that began before it.
Reports both told to the day or the week merge only within :data:`DAY_GAP` (three days: "raised
the rate ... on May 14" and "... on June 11" are two rises), and a report of a happening's start
never merges with one of its end ("opened their summit" / "the summit ended").
The merged event keeps every source; sources that disagree on the date make a conflict
for the analyst (:func:`timeline_app.core.resolution.derive_time`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from functools import lru_cache

from timeline_app.core.commands import merge_into
from timeline_app.core.document import Document
from timeline_app.core.event import Event
from timeline_app.core.project import Project
from timeline_app.pipeline.anchoring import DAY_GAP, TELLING, _context, elsewhere, places_in, window_begin
from timeline_app.pipeline.wording import cached_stems
from timeline_app.temporal.model import Grain

SAME_EVENT = 0.4
MIN_SHARED = 2
#: An event made from an offset's phrase ("The commission declared the result", counted
#: from the clash) shares few words with a whole report of that event: a title of at
#: least this many stems, every one in the other event's words, also makes one event.
MIN_SHARED_COVERED = 3
MAX_GAP = timedelta(days=31)

#: Reports of one happening that name the same kind of happening ("went to the polls in a
#: parliamentary election" / "the parliamentary election on March 8") often share too few
#: words for the Jaccard: when they are told on the same or adjacent days (a day of
#: disagreement: "late on Sunday" / "on Monday"), the same kind and one more word, making
#: :data:`SAME_KIND` of the fewer words (the kind counted as one word), is enough.
KIND_GAP = timedelta(days=1)
SAME_KIND = 1 / 3


#: Kinds of happening, by whole words (stems would mix "after" and "aftershock", "election"
#: and "electricity", "poll" and "pollution"). Near synonyms, as in anchoring's
#: ``KIN`` groups, plus the labour dispute ("walked out" is the strike) and the aftershock (not
#: the quake). Telling verbs ("announced", "declared") are no kind: they report anything.
#: A title that tells a happening as still to come ("Kamau will be sentenced", "Talks are set to open").
_ANNOUNCED = re.compile(r"\b(?:will|would|shall|is\s+to|are\s+to|(?:is|are)\s+(?:set|due|expected|scheduled)\s+to|"
                        r"plans?\s+to)\b", re.I)
#: A headline's future: a short subject, "to" and a verb of a happening, no past verb ("South
#: African court to rule in Xolobeni mining case", "Union to strike"); not "Kestrel recalls SUVs to
#: fix airbags", "Aide to the minister testified", "He came to power".
_HEADLINE_TO = re.compile(r"^(?:[\w'\u2019.-]+\s+){1,5}?(?<!s\s)(?<!ed\s)to\s+(?:rule|decide|vote|strike|resume|meet|hold|open|"
                          r"close|sign|buy|sell|cut|raise|appeal|testify|hear|sentence|launch|release|publish|visit|"
                          r"resign|quit|host|file|end|start|begin)\b(?!.*\w(?:ed|id|ck)\b)")


def _announced(title: str) -> bool:
    """Whether ``title`` tells its happening as still to come ("will be sentenced", "court to rule")."""
    return bool(_ANNOUNCED.search(title) or _HEADLINE_TO.match(title))

_KINDS = tuple((kind, re.compile(r"\b(?:" + words + r")\b", re.I)) for kind, words in (
    ("vote", r"votes?|voted|voting|voters?|elections?|polls|ballots?|referendums?"),
    ("ceasefire", r"ceasefires?|cease-fires?|truces?|armistices?"),
    ("talks", r"talks|negotiations?"),
    ("attack", r"attacks?|raids?|assaults?|bomb|bombs|bombings?|blasts?|explosions?"),
    ("summit", r"summits?|meetings?"),
    ("deal", r"deals?|accords?|agreements?|pacts?|agreed\s+to\s+(?:buy|acquire|sell|merge)"),
    ("quake", r"quakes?|earthquakes?|tremors?"),
    ("aftershock", r"aftershocks?"),
    ("storm", r"storms?|hurricanes?|typhoons?|cyclones?"),
    ("arrest", r"arrests?|arrested|detained|detention"),
    ("resignation", r"resign|resigned|resigns|resignations?"),
    ("lockdown", r"lockdowns?|curfews?"),
    ("verdict", r"verdicts?|convicted|convictions?|rulings?|ruled(?!\s+out)"),
    ("strike", r"strikes?|walkouts?|walk(?:ed|s|ing)?\s+(?:out|off\s+the\s+job)|stoppages?"),
    ("protest", r"protests?|protested|protesting|demonstrations?|demonstrated|marched"),
    ("collapse", r"collapsed?|collapses|caved\s+in|cave-ins?"),
    ("trial", r"trials?|went\s+on\s+trial"),
    ("sentencing", r"sentenced|sentencing"),
    ("outbreak", r"outbreaks?|epidemics?"),
    ("emergency", r"states?\s+of\s+(?:emergency|calamity|disaster)"),
    ("crash", r"crash(?:es|ed)?|plane\s+went\s+down"),
    # a volcano's: "Mount Etna erupted on Sunday night" / "an eruption that closed Catania airport"
    ("eruption", r"erupt(?:s|ed|ing|ions?)"),
    # not "opened fire", "came under fire" (shooting, criticism); "ceasefire" is no whole word
    ("fire", r"wildfires?|bushfires?|blazes?|(?<!open\s)(?<!opened\s)(?<!opening\s)(?<!under\s)fires?"),
    # not "recalled that ...", "recalled how ..." (remembering)
    ("recall", r"recall(?:s|ed|ing)?(?!\s+(?:that|how|when|what|seeing|hearing|being)\b)"),
    # a central bank's decision: "raised its main interest rate", "the rate increase", "kept the rate"
    ("rates", r"(?:interest|policy|benchmark|key|base|repo|lending)\s+rates?|rate\s+(?:increases?|rises?|hikes?|cuts?|"
              r"decisions?)|(?:raised|cut|lowered|hiked|held|kept|left)\s+(?:the|its)\s+rates?"),
))

#: Where the words after an event's expression stop being about that event: a semicolon, or
#: a signal that names another ("clashed on Thursday, two days after the commission
#: declared the result": the declaration is not the clash's word).
_CLAUSE_END = re.compile(r"[;:()]|,\s+(?:and|but)\b|\b(?:after|before|when|while|until|since|following)\b")


def _own_context(project: Project, event: Event) -> str:
    """The words around the event's expression in its own clause (see :func:`_context`)."""
    text = _context(project, event)
    if event.depends_on is not None or not event.sources:
        return text
    source = event.sources[0]
    document = project.documents.get(source.document_id)
    if document is None or source.expression_start is None or source.expression_end is None:
        return text
    clause = _own_clause(text, source.expression_start - window_begin(document.text, source.start, source.expression_start))
    return _antecedent(document.text[source.start:source.expression_start]) + " " + clause


_RELATIVE = re.compile(r"\s*(?:which|who|that)\b", re.I)


@lru_cache(maxsize=1 << 16)
def _antecedent(before: str) -> str:
    """What a relative clause holding the expression tells about: "The strike at the Hartwell
    plant, which began on June 4" is the strike's start, not a plant's."""
    head, _, last = before.rpartition(",")
    if not head or not _RELATIVE.match(last):
        return ""
    return re.split(r"[,;:()]", head)[-1]


@lru_cache(maxsize=1 << 16)
def kinds_in(text: str) -> frozenset[str]:
    """The kinds of happening ``text`` names (:data:`_KINDS`)."""
    return frozenset(kind for kind, pattern in _KINDS if pattern.search(text))


def _kinds(project: Project, event: Event) -> frozenset[str]:
    return _kinds_of(event.title, _own_context(project, event))


@lru_cache(maxsize=1 << 16)
def _kinds_of(title: str, context: str) -> frozenset[str]:
    """The kinds of happening an event's title and clause name; none for a telling ("The
    commission declared the result of the parliamentary election" is the declaration, not
    the election it names)."""
    if _TELLS.search(title) and not _ONSET.search(context):
        # a measure dated by its onset is that measure: "declared a curfew starting Saturday"; a
        # measure or deal is made by telling it: "declared a state of calamity", "Deal was announced"
        return (kinds_in(title) | kinds_in(context)) & _MADE_BY_TELLING if not _REACTION.search(title) \
            else frozenset()
    return kinds_in(title) | kinds_in(context)


#: Kinds of happening that telling makes: a state of emergency or a curfew is declared, an
#: outbreak declared, a deal or a ceasefire announced; an election or a bombing is only told.
_MADE_BY_TELLING = frozenset({"emergency", "lockdown", "outbreak", "deal", "ceasefire"})


_ONSET = re.compile(r"\b(?:starting|beginning|effective)\b", re.I)
_REACTIONS = frozenset("condemned deplored denounced welcomed praised hailed criticised criticized mourned "
                       "blamed regretted".split())
_KIND_ANY = re.compile("|".join(pattern.pattern for _, pattern in _KINDS), re.I)
#: Tellings of and reactions to a happening: "The Security Council condemned the bombing"
#: and "Clinton condemned the bomb attacks" are two reactions, neither the bombing.
_TELLS = re.compile(r"\b(?:" + "|".join(sorted(TELLING | _REACTIONS)) + r")\b", re.I)


def _lead_kinds(event: Event) -> frozenset[str]:
    """For an event made from an offset's phrase ("A strong aftershock struck two days after
    the earthquake"), whose words are few: the kinds its title's first three words name."""
    return kinds_in(" ".join(event.title.split()[:3])) if event.depends_on is not None else frozenset()


def kindred(left: frozenset[str], right: frozenset[str], left_kinds: frozenset[str], right_kinds: frozenset[str],
            left_lead: frozenset[str] = frozenset(), right_lead: frozenset[str] = frozenset()) -> float:
    """How alike two reports naming one kind of happening are, 0 when not enough (the caller
    checks that their times lie within :data:`KIND_GAP`; ``left``/``right`` are
    :func:`_kind_words_of`): the shared words, a kind among them, make :data:`SAME_KIND` of the
    fewer words (at least :data:`MIN_SHARED`), or an event
    made from an offset's phrase opens its title with the kind the other names ("Strong
    aftershock struck" / "The aftershock on June 17 toppled a mosque")."""
    if not left_kinds & right_kinds:
        return 0.0
    shared = len(left & right)
    weak = shared / len(left | right) / 2
    if shared >= MIN_SHARED and shared >= SAME_KIND * min(len(left), len(right)):
        return weak
    if (left_lead & right_kinds) or (right_lead & left_kinds):
        return weak or 0.01
    return 0.0


@lru_cache(maxsize=1 << 16)
def _own_clause(context: str, split: int) -> str:
    """``context`` (words before the expression up to ``split``, then after it) cut to the clause."""
    before, after = context[:split], context[split:]
    cut = _CLAUSE_END.search(after, 1)
    return before.rsplit(",", 1)[-1] + (after[:cut.start()] if cut else after)


def _words(project: Project, event: Event) -> frozenset[str]:
    return _words_of(event.title, _own_context(project, event))


def _words_of(title: str, context: str) -> frozenset[str]:
    return (_stems(title) | _stems(context)) - _CALENDAR


#: Day and month names are another expression's words (times are compared as times).
_CALENDAR = frozenset(cached_stems("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February "
                                   "April June July August September October November December"))



@lru_cache(maxsize=1 << 16)
def _kind_words_of(title: str, context: str) -> frozenset[str]:
    """An event's words with each kind of happening one word ("walked out" and "strike",
    "polls" and "election"): ``#strike``, ``#vote``, and its start or end one word too
    ("went on trial" and "The trial opened": ``#trial``, ``#start``; see :func:`kindred`)."""
    phase = _phase(title, context)
    return (_stems(_KIND_ANY.sub(" ", title + " " + context)) - _CALENDAR) \
        | {"#" + kind for kind in _kinds_of(title, context)} | ({"#start" if phase > 0 else "#end"} if phase else set())



def _places_of(title: str, context: str) -> frozenset[str]:
    """The places an event's title and the words around its expression say it happened in."""
    return places_in(title) | places_in(context)


def alike(left: frozenset[str], right: frozenset[str], left_title: frozenset[str] = frozenset(),
          right_title: frozenset[str] = frozenset()) -> float:
    """How alike two events' words are for merging, 0 when they are not alike enough:
    their Jaccard (at least two shared stems), or, for an event named by an offset's
    phrase, its title of three stems or more all found in the other's words ("Commission
    declared the result" in "The electoral commission declared the result of the
    parliamentary election"). ``left_title``/``right_title`` are empty for other events."""
    shared = len(left & right)
    if shared < MIN_SHARED:
        return 0.0
    jaccard = shared / len(left | right)
    if jaccard >= SAME_EVENT:
        return jaccard
    for title, words in ((left_title, right), (right_title, left)):
        if len(title) >= MIN_SHARED_COVERED and title <= words:
            return jaccard
    return 0.0


def _title_words(event: Event) -> frozenset[str]:
    """The title's stems when the title is all an event has of its own: an event made from
    the phrase of an offset ("two days after the commission declared the result") reads, as
    its context, the clause it is counted from (the clash). Other events' titles are left to
    the Jaccard with their context: a boilerplate title ("In New York Stock Exchange
    composite trading") is whole in many different reports."""
    return _stems(event.title) if event.depends_on is not None else frozenset()


_stems = cached_stems



def merge_candidates(project: Project, documents: Iterable[tuple[Document, Iterable[Event]]]) -> set[str]:
    """Ids of the events of ``project`` that events of new ``documents`` (not yet in it)
    could merge into: close enough in time and sharing enough words. A superset of what
    :func:`merge_reports` will merge, so an undo can copy just these (and their dependents)."""
    new: list[tuple[datetime, datetime, frozenset[str]]] = []
    for document, events in documents:
        scratch = Project()
        scratch.put("documents", document, notify=False)
        for event in events:
            if event.interval is None:
                continue
            words = _words(scratch, event)
            source = event.sources[0] if event.sources else None
            if source is not None and source.expression_start is not None:
                # anchoring may later read only the words before the expression: count both
                words |= _stems(document.text[source.start:source.expression_start])
            words |= {"#" + kind for kind in _kinds(scratch, event)}
            new.append((event.interval.start - MAX_GAP, event.interval.end + MAX_GAP, words))
    if not new:
        return set()
    low, high = min(n[0] for n in new), max(n[1] for n in new)
    found: set[str] = set()
    for event in project.events.values():
        span = event.interval
        if span is None or span.end < low or span.start > high:
            continue
        near = [words for start, end, words in new if span.end >= start and span.start <= end]
        if near:
            theirs = _words(project, event) | {"#" + kind for kind in _kinds(project, event)}
            if any(len(shared := words & theirs) >= MIN_SHARED or any(w[0] == "#" for w in shared)
                   for words in near):
                found.add(event.id)
    return found


#: Words that tell one more happening of a kind already told: "Another car bomb exploded in
#: Baghdad on Tuesday" is not Monday's car bomb, however alike their words.
_REPEAT = re.compile(r"\b(?:another|second|third|fourth|fresh|renewed|again|new\s+(?:round|wave|attacks?|strikes?))\b",
                     re.I)


@lru_cache(maxsize=1 << 16)
def _repeats(title: str, context: str) -> bool:
    return bool(_REPEAT.search(title) or _REPEAT.search(context))


def _later_repeat(a: Event, a_repeats: bool, b: Event, b_repeats: bool) -> bool:
    """One event tells a further happening of a kind ("another", "a second") and the other
    began before it: two happenings."""
    if a.interval is None or b.interval is None:
        return False
    return (a_repeats and b.interval.start < a.interval.start) or (b_repeats and a.interval.start < b.interval.start)


def _daily(event: Event) -> bool:
    """Told to the day or finer: the kind rule is for reports a day apart ("late on Sunday" /
    "on Monday"); a year or a month overlaps every happening of its kind in it."""
    return event.grain is not None and event.grain >= Grain.DAY


def _weekly(event: Event) -> bool:
    """Told to the week or finer, on the calendar: "last week", "on Monday", "Monday night"
    (not "in the weeks before the shooting", a vague span: PXW)."""
    return event.grain is not None and event.grain >= Grain.WEEK and (event.value or "")[:1].isdigit()


def _week_holds(week: Event, day: Event) -> bool:
    """``week`` is told by its week ("last week's explosion") and ``day``, told to the day or
    finer, falls inside it: the kind rule applies as to reports a day apart."""
    return week.grain == Grain.WEEK and _daily(day) and week.interval is not None and day.interval is not None \
        and week.interval.start <= day.interval.start < week.interval.end


class _Reading:
    """Each event's context (the clause around its expression, the costly part) and words,
    read once per merge."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._contexts: dict[str, str] = {}
        self._words: dict[str, frozenset[str]] = {}

    def context(self, event: Event) -> str:
        if event.id not in self._contexts:
            self._contexts[event.id] = _own_context(self.project, event)
        return self._contexts[event.id]

    def words(self, event: Event) -> frozenset[str]:
        if event.id not in self._words:
            self._words[event.id] = _words_of(event.title, self.context(event))
        return self._words[event.id]


def _one_sentence(a: Event, b: Event) -> bool:
    """Both events are told by one same sentence: one story printed twice under two dates
    ("Since the INS decision was announced Wednesday, ..."), whose days differ because the
    copies do; kept as one event in conflict for the analyst."""
    return any(x.sentence == y.sentence for x in a.sources for y in b.sources)


def likeness(reading: _Reading, a: Event, b: Event) -> float:
    """How surely ``a`` and ``b`` report one happening, 0 when they do not: times within
    :data:`MAX_GAP` and words :func:`alike`, or, told to the day on the same or adjacent
    days, one kind of happening (:func:`kindred`); never in different places, nor when one
    tells a further happening of a kind that began before it ("another car bomb"), nor when
    both are told to the day or week more than :data:`DAY_GAP` apart, nor a start and an end."""
    if a.interval is None or b.interval is None:
        return 0.0
    gap = max(a.interval.start, b.interval.start) - min(a.interval.end, b.interval.end)
    if gap > MAX_GAP or gap > DAY_GAP and _weekly(a) and _weekly(b) and not _one_sentence(a, b):
        # told to the day, reports disagree by a day or two, not by weeks: "The bank raised the
        # rate by 25 basis points on May 14" / "... by half a percentage point on June 11";
        # "ordered to evacuate on Saturday night" / "Evacuation orders were lifted on Saturday";
        # a week holds its days, not those a week after it ("would file a petition next week" /
        # "began hearing the petition on Monday", eight days after that week)
        return 0.0
    score = alike(reading.words(a), reading.words(b), _title_words(a), _title_words(b))
    if not score and (gap < KIND_GAP and _daily(a) and _daily(b) or _week_holds(a, b) or _week_holds(b, a)):
        a_context, b_context = reading.context(a), reading.context(b)
        a_kinds, b_kinds = _kinds_of(a.title, a_context), _kinds_of(b.title, b_context)
        if a_kinds & b_kinds:
            score = kindred(_kind_words_of(a.title, a_context), _kind_words_of(b.title, b_context),
                            a_kinds, b_kinds, _lead_kinds(a), _lead_kinds(b))
            if gap >= timedelta(0):
                # a day of disagreement is allowed, the same day preferred: "a dispute that began with
                # a strike on March 2" is the dockworkers' walkout of March 2 before a bus strike of March 3
                score /= 2
    if not score:
        return 0.0
    a_context, b_context = reading.context(a), reading.context(b)
    if elsewhere(_places_of(a.title, a_context), _places_of(b.title, b_context)) \
            or _later_repeat(a, _repeats(a.title, a_context), b, _repeats(b.title, b_context)) \
            or _other_sums(a, b) or _other_reactors(a.title, b.title) or _other_phases(_phase(a.title, a_context), _phase(b.title, b_context)) \
            or undone_apart(a.title, b.title):
        return 0.0
    return score


#: Words telling a happening's start ("Leaders opened their annual summit", "The strike began")
#: and its end ("The summit ended", "Firefighters contained the fire", "a deal to end the strike").
_START = re.compile(r"\b(?:open(?:s|ed|ing)?|beg[au]n|begins?|beginning|start(?:s|ed|ing)?|launch(?:es|ed|ing)?|"
                    r"broke\s+out|erupted|took\s+effect|went\s+on\s+(?:trial|strike)|walked\s+(?:out|off\s+the\s+job))\b", re.I)
_END = re.compile(r"\b(?:end(?:s|ed|ing)?|clos(?:es|ed|ing)|conclud(?:es|ed|ing)|finish(?:es|ed|ing)|wrapped\s+up|"
                  r"lifted|called\s+off|contained|expired)\b", re.I)


_RELATIVE_IN_TITLE = re.compile(r"\s+(?:that|which|who)\s+", re.I)


@lru_cache(maxsize=1 << 16)
def _phase(title: str, context: str) -> int:
    """1 when an event tells a start and no end, -1 an end and no start, else 0: by its title,
    else by its clause ("Ministers met to prepare a leaders' summit that opens on Thursday"); a
    title's relative clause tells what its noun did, not the noun's phase ("Eruption that closed
    Catania airport" is no end)."""
    for told in (_RELATIVE_IN_TITLE.split(title, 1)[0], context):
        starts, ends = bool(_START.search(told)), bool(_END.search(told))
        if starts != ends:
            return 1 if starts else -1
        if starts:
            return 0
    return 0


#: A happening stopped before it took place: "The launch ... was scrubbed", "the vote was postponed".
_UNDONE = re.compile(r"\b(?:scrubbed|postponed|aborted|halted)\b", re.I)


def undone_apart(a: str, b: str) -> bool:
    """One text tells a happening stopped before it took place and the other does not: "The
    launch of the lander was scrubbed on Tuesday" is not "eight days after it was launched"
    (Thursday), however alike their words."""
    return bool(_UNDONE.search(a)) != bool(_UNDONE.search(b))


def _other_phases(a_phase: int, b_phase: int) -> bool:
    """One event tells a happening's start, the other its end: "Southeast Asian leaders opened
    their annual summit ... on Thursday" and "The ASEAN summit ended ... on Friday" are two
    happenings of one summit, a day apart, not one told with a day's disagreement."""
    return a_phase * b_phase < 0


_REACTION = re.compile(r"\b(?:" + "|".join(sorted(_REACTIONS)) + r")\b", re.I)


@lru_cache(maxsize=1 << 16)
def _reactor(title: str) -> frozenset[str]:
    """Who reacts in a title that tells a reaction ("Cuban government condemned the two bomb
    explosions" -> cuban, gover); empty when the title tells none."""
    found = _REACTION.search(title)
    return _stems(title[:found.start()]) - _CALENDAR if found is not None else frozenset()


def _other_reactors(a_title: str, b_title: str) -> bool:
    """Two reactions by different actors are two happenings: "Cuban government condemned
    the bombings" and "Iran condemned the bombing of U.S. embassies" share the story's
    words, not the one who condemned."""
    a_who, b_who = _reactor(a_title), _reactor(b_title)
    return bool(a_who) and bool(b_who) and not a_who & b_who


#: A sum of money as news writes it: "$1.9 million", "C$348.2 million", "£40bn", "€2,500".
_AMOUNT = re.compile(r"(?<![\w.])(?:[A-Z]{1,2})?[$£€¥]\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(million|billion|trillion|bn|m)\b)?",
                     re.I)
_PER_SHARE = re.compile(r"\s*(?:a|per|each)\s+(?:share|unit|barrel|ounce|ton|tonne|hour)\b", re.I)
_SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
#: Two sums this close (relative) are one figure told twice, rounded differently.
SAME_SUM = 0.03


@lru_cache(maxsize=1 << 16)
def _sums_in(sentence: str) -> tuple[float, ...]:
    """The sums of money ``sentence`` states, as numbers; sums a share ("$1.92 a share")
    only when it states no other: near sums of that size are common to unrelated results."""
    found: list[float] = []
    each: list[float] = []
    for match in _AMOUNT.finditer(sentence):
        try:
            number = float(match.group(1).replace(",", ""))
        except ValueError:
            continue
        (each if _PER_SHARE.match(sentence, match.end()) else found).append(
            number * _SCALE.get((match.group(2) or "").lower(), 1.0))
    return tuple(found or each)


def _other_sums(a: Event, b: Event) -> bool:
    """Both events' titles (else sentences) state sums of money and share none: two
    results, not one told twice. "Savin reported a loss of $35.2 million" and "the company earned $84.9
    million" in two earnings reports share most of their words, not their figures; two
    outlets telling one deal give its price ("$4.8 billion", "$4.8bn")."""
    # the figures each title tells, else those of its sentences
    a_sums = _sums_in(a.title) or tuple(x for source in a.sources for x in _sums_in(source.sentence))
    b_sums = _sums_in(b.title) or tuple(x for source in b.sources for x in _sums_in(source.sentence))
    if not a_sums or not b_sums:
        return False
    return not any(abs(x - y) <= SAME_SUM * max(x, y) for x in a_sums for y in b_sums)


def same_event(project: Project, a: Event, b: Event) -> bool:
    """Whether ``a`` and ``b`` report one happening (:func:`likeness`)."""
    return likeness(_Reading(project), a, b) > 0


def merge_reports(project: Project, document_id: str, new: Iterable[Event] | None = None) -> list[tuple[str, str]]:
    """Merge the events of ``document_id`` into matching events of other documents.

    Returns ``(survivor, merged)`` pairs. An event merges at most once, into the best
    match, and two events of one document never merge here (copies inside a document
    are handled during extraction). ``new``, when given, are the document's events (just
    added, so they have no other document's source).
    """
    merged: list[tuple[str, str]] = []
    if new is not None:
        mine = [e for e in new if e.id in project.events and e.interval is not None]
        if not mine:
            return merged
        # a document is integrated once, under an id no earlier event's source carries
        fresh = {e.id for e in new}
        others = [e for e in project.events.values() if e.interval is not None and e.id not in fresh]
    else:
        mine, others = [], []
        for e in project.events.values():
            ids = e.document_ids
            if ids == [document_id]:
                mine.append(e)
            elif document_id not in ids and e.interval is not None:
                others.append(e)
    reading = _Reading(project)
    # every pair that may merge, then the best pairs first: an event merges once, and an
    # event of another document takes at most one of this document's events (the document
    # told them apart: the Geneva talks "opened on March 5" and "broke down on Monday")
    pairs: list[tuple[float, int, int, Event, Event]] = []
    for event in mine:
        if event.interval is None:
            continue
        start, end = event.interval.start, event.interval.end
        for other in others:
            span = other.interval
            if span is None or span.start - end > MAX_GAP or start - span.end > MAX_GAP:
                continue  # the cheap test first: most of the project is far away in time
            score = likeness(reading, event, other)
            if score:
                pairs.append((-score, event.sequence, other.sequence, event, other))
    taken: set[str] = set()
    for _, _, _, event, other in sorted(pairs, key=lambda pair: pair[:3]):
        if event.id in taken or other.id in taken or other.id not in project.events:
            continue
        taken.update((event.id, other.id))
        if _announced(other.title) and not _announced(event.title) and event.depends_on is None:
            # "Kamau will be sentenced" (announced) and "A Kenyan court sentenced Kamau" (told):
            # the happening is named as it was done
            other.title = event.title
        merge_into(project, other.id, [event.id])
        merged.append((other.id, event.id))
    return merged
