"""Finding the event an anchored expression refers to, and linking the two.

"two days after the ceasefire's announcement": the words after the signal are matched
to earlier events, in the same document first, then in the whole project. Each content
word of the phrase (by its five-letter stem) scores 2 when it is in a candidate's title
and 1 when it is in the words around the candidate's own expression; an event dated by
an explicit calendar date ("March 5") gains 1 and one at day grain or finer 0.5, since
"the ceasefire" is more likely the day it was agreed than "last week". At least one
word must match (two when the phrase tells a happening in five words or more, two of them in
the title in another article); ties go to the nearest event told before it in its document,
else the event read first. A phrase that names a place ("after a
car bomb killed 12 people in Mosul") never finds an event placed elsewhere (in Kirkuk). With no phrase ("two days later",
"the next day") the anchor is the event read just before.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import timedelta
from functools import lru_cache

from timeline_app.core.commands import merge_into
from timeline_app.core.dependencies import SPAN_SIGNALS, CycleError, check_no_cycle, resolve, shift
from timeline_app.core.event import Dependency, Event
from timeline_app.core.project import Project
from timeline_app.core.resolution import report_day
from timeline_app.pipeline.extraction import PendingAnchor
from timeline_app.pipeline.wording import cached_stems, stems
from timeline_app.temporal.model import Grain

#: How many more of the phrase's words (each worth 2 in a title) an event of another
#: article must hold to be chosen over the best event of the phrase's own article.
STRONGER_ELSEWHERE = 1
WINDOW_BEFORE = 30
WINDOW_AFTER = 80
#: An apposition's named event joins an event of its document only when their times lie
#: within this of each other (as for merging across documents): "a day after the race" on
#: a Monday in March is not the Olympic race of last August, even though the words match.
JOIN_GAP = timedelta(days=31)
#: Two events both told to the day lie at most this far apart to be one happening: outlets
#: disagree on a day by a day or two, not by weeks ("the central bank's rate increase" four
#: days before June 15 is not the rate rise of May 14 that the same words also name).
DAY_GAP = timedelta(days=3)

#: Words news uses for the same happening, as word beginnings: a phrase word that begins
#: like one member of a group meets any word of a candidate that begins like another. Kept
#: to near synonyms; "attack" and "war" are not one, nor "strike" (a walkout or a raid).
KIN = tuple(tuple(group.split()) for group in (
    "vote elect poll ballot", "ceasefire truce armistice", "talks negotiat", "attack raid assault bombing blast explosion",
    "announce declar", "summit meeting", "deal accord agreement pact", "quake earthquake tremor temblor shock",
    "storm hurricane typhoon cyclone", "arrest detain", "resign quit", "lockdown curfew",
    "verdict convict guilty", "kill slay murder assassin", "collapse cave", "sale sold sell"))


#: A place named after "in", "at", "near", "outside"... ("a car bomb exploded in Mosul",
#: "talks opened in Vienna"): capitalised words, months and days left out.
_PLACE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?((?:[A-Z][\w\-]+)(?:\s+[A-Z][\w\-]+)*)")
_NOT_PLACES = frozenset(w.capitalize() for w in (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december").split())


@lru_cache(maxsize=1 << 16)
def places_in(text: str) -> frozenset[str]:
    """The places' words, by five-letter beginnings, so "in the Kenyan capital" meets "in Kenya"."""
    return frozenset(word.lower()[:5] for match in _PLACE.finditer(text)
                     for word in match.group(1).split() if word not in _NOT_PLACES)


def elsewhere(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two events said to happen in places neither names for the other: a car bomb in Mosul
    and a car bomb in Kirkuk the same week are two bombings, however alike their words."""
    return bool(a) and bool(b) and not (a & b)


@lru_cache(maxsize=4096)
def _kin(stem: str) -> tuple[str, ...] | None:
    for group in KIN:
        if any(stem.startswith(member[:5]) for member in group):
            return tuple(member[:5] for member in group)
    return None


def window_begin(text: str, start: int, expression_start: int) -> int:
    """Where the words read before an expression begin: at most :data:`WINDOW_BEFORE`
    characters back, never inside a word (a cut "Hartwell" would read as "twell", a cut
    "earthquake" as "ake", words that make two reports of one event look unlike)."""
    begin = max(start, expression_start - WINDOW_BEFORE)
    if begin > start and text[begin - 1:begin + 1].isalnum():
        space = text.find(" ", begin, expression_start)
        begin = space + 1 if space >= 0 else expression_start
    return begin


def _kin_in(stem: str, words: Iterable[str]) -> bool:
    """True when a near synonym of ``stem`` (a :data:`KIN` group) begins one of ``words``."""
    kin = _kin(stem)
    return kin is not None and any(word.startswith(kin) for word in words)


def _context(project: Project, event: Event, hide: tuple[str, int, int] | None = None) -> str:
    """The words around the event's own expression (not the phrase naming its anchor).

    ``hide`` is a ``(document id, start, end)`` range left out: the anchored expression and
    the phrase naming its anchor, which must not make an event of the same sentence look
    like the anchor just because the phrase sits next to that event's own date.
    """
    if not event.sources:
        return event.sentence
    source = event.sources[0]
    document = project.documents.get(source.document_id)
    if document is None or source.expression_start is None or source.expression_end is None:
        return source.sentence

    def piece(begin: int, end: int) -> str:
        if hide is not None and hide[0] == source.document_id and hide[1] < end and begin < hide[2]:
            return document.text[begin:max(begin, hide[1])] + " " + document.text[min(end, hide[2]):end]
        return document.text[begin:end]

    if event.depends_on is not None:
        return piece(source.start, source.expression_start)
    begin = window_begin(document.text, source.start, source.expression_start)
    end = source.expression_end + WINDOW_AFTER
    if end < source.end and document.text[end - 1:end + 1].isalnum():
        end = document.text.rfind(" ", source.expression_end, end) + 1 or source.expression_end
    end = min(source.end, end)
    return piece(begin, source.expression_start) + " " + piece(source.expression_end, end)


def score(project: Project, phrase_stems: set[str], candidate: Event,
          hide: tuple[str, int, int] | None = None) -> float:
    """How well ``candidate`` fits the anchor phrase (0 = not at all); a phrase word also
    meets its near synonyms in news ("the vote" names the election, "the truce" the ceasefire)."""
    title = cached_stems(candidate.title)
    context = cached_stems(_context(project, candidate, hide))
    referred = _referred_stems(candidate.title)

    def fit(stem: str) -> float:
        if stem in title:
            # "City would open an inquiry into the collapse" names the collapse it follows;
            # "Bridge collapsed" is the collapse
            return 1.5 if stem in referred else 2.0
        if _kin_in(stem, title):
            return 1.5  # a synonym counts, a little less than the word itself
        if stem in context:
            return 1.0
        return 0.75 if _kin_in(stem, context) else 0.0

    words = sum(fit(stem) for stem in phrase_stems)
    if words == 0:
        return 0.0
    expression = candidate.sources[0].expression if candidate.sources else ""
    fine = candidate.grain is not None and candidate.grain >= Grain.DAY
    return words + (1.0 if fine and re.search(r"\d", expression) else 0.0) + (0.5 if fine else 0.0)


@lru_cache(maxsize=1 << 16)
def _referred_stems(title: str) -> frozenset[str]:
    """Stems a title only refers to: the noun of a "the ..." phrase after its first two
    words ("inquiry into the collapse", "protest over the shooting"), when the title does
    not also tell it as its own subject or verb."""
    words = re.findall(r"[A-Za-z][A-Za-z\-]*", title)
    told = {stem for word in words[:2] for stem in stems(word)}
    referred = {stem for before, word in list(zip(words, words[1:]))[1:]
                if before.lower() in ("the", "a", "an") for stem in stems(word)}
    told |= {stem for before, word in zip([""] + words, words)
             if before.lower() not in ("the", "a", "an") and word.lower().endswith("ed") for stem in stems(word)}
    return frozenset(referred - told)


def best_anchor(project: Project, event: Event, phrase: str, document_id: str,
                fits: Callable[[Event], bool] | None = None) -> Event | None:
    """The event ``phrase`` most likely names: same document first, then the project.
    ``fits`` turns away candidates whose time would put the event where the text cannot."""
    phrase_stems = stems(phrase)
    if not phrase_stems:
        return None
    verbs = _clause_verbs(phrase)
    places = places_in(phrase)
    own = event.sources[0] if event.sources else None
    hide = (own.document_id, own.expression_start, own.end) \
        if own is not None and own.expression_start is not None else None

    def usable(candidates: Iterable[Event], elsewhere_in_project: bool = False) -> Event | None:
        return best_of(candidates, elsewhere_in_project)[1]

    def best_of(candidates: Iterable[Event], elsewhere_in_project: bool = False) -> tuple[float, Event | None]:
        best: tuple[float, int, int] | None = None
        chosen = None
        for candidate in candidates:
            if candidate.id == event.id or candidate.interval is None or (fits is not None and not fits(candidate)):
                continue
            try:
                check_no_cycle(project.events, event.id, candidate.id)
            except CycleError:
                continue
            value = score(project, phrase_stems, candidate, hide)
            if verbs and value > 0 and score(project, verbs, candidate, hide) == 0:
                continue  # "after the finance minister resigned" is not "named a new finance minister"
            if places and value > 0 and elsewhere(places, places_in(candidate.title)
                                                  | places_in(_context(project, candidate, hide))):
                continue  # "after a car bomb killed 12 people in Mosul" is not the bomb in Kirkuk
            if value > 0 and elsewhere_in_project and not _named_outright(project, phrase_stems, candidate, hide):
                continue  # another article must name the happening, not share a word with it
            if value > 0 and not elsewhere_in_project and len(phrase_stems) >= LONG_PHRASE \
                    and _words_met(project, phrase_stems, candidate, hide) < 2:
                continue  # "after the company's largest rival, Norhaven, announced plans to buy a startup"
                # is not "Company expected to record charges": a clause telling much shares more than a word
            # ties: in the event's own document the nearest event told before it (a narrative's
            # "the ruling" is the last ruling told), then the first told after it; elsewhere the first read
            order = (1, candidate.sequence) if not elsewhere_in_project and candidate.sequence < event.sequence \
                else (0, -candidate.sequence)
            if value > 0 and (best is None or (value, *order) > best):
                best, chosen = (value, *order), candidate
        return (best[0] if best is not None else 0.0), chosen

    same = [e for e in project.events.values() if document_id in e.document_ids]
    value, found = best_of(same)
    if _OWN_POSSESSIVE.match(phrase) and len(phrase.split()) <= 3:
        return found  # "his death", "their issue date": someone of this article ("his son was found" is told)
    if found is not None and phrase_stems & cached_stems(found.title):
        return found  # a word of the phrase itself is in its title: the article names its own happening
    other_value, other = best_of((e for e in project.events.values() if document_id not in e.document_ids), True)
    if found is not None and (other is None or other_value < value + 2 * STRONGER_ELSEWHERE):
        return found
    if found is not None and other is not None and _TOLD_DONE.search(phrase) and _TOLD_AS_PLAN.search(other.title) \
            and not _TOLD_AS_PLAN.search(found.title):
        return found  # "hours after the result was announced": the declaration told, not "expected to announce"
    # "since the ceasefire took effect" in an article whose only near word is "the truce" it
    # reports broken: another article's "Ceasefire took effect" names the happening outright
    return other


#: A phrase telling its happening as done: "the result was announced", "the talks had ended".
_TOLD_DONE = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+[a-z]+ed\b", re.I)
#: A title telling a happening still to come: "Commission expected to announce final results",
#: "Talks would resume", "Deal is due to close".
_TOLD_AS_PLAN = re.compile(r"\b(?:expected|due|set|scheduled|planned|plans?|hopes?|aims?)\s+to\b|"
                           r"\b(?:will|would|should|could|may|might|shall)\b", re.I)


#: A phrase owned by a pronoun names what belongs to someone of its own article.
_OWN_POSSESSIVE = re.compile(r"\s*(?:his|her|their|its|our|my)\b", re.IGNORECASE)


#: A phrase of this many content words tells a whole happening: one shared word is chance.
LONG_PHRASE = 5


def _words_met(project: Project, phrase_stems: set[str], candidate: Event,
               hide: tuple[str, int, int] | None) -> int:
    """How many of the phrase's words (or their near synonyms) are in the candidate's title or
    around its expression."""
    title = cached_stems(candidate.title)
    context = cached_stems(_context(project, candidate, hide))
    return sum(1 for stem in phrase_stems if stem in title or _kin_in(stem, title) or stem in context
               or _kin_in(stem, context))


def _named_outright(project: Project, phrase_stems: set[str], candidate: Event,
                    hide: tuple[str, int, int] | None) -> bool:
    """Whether an event of another article is named by the phrase, not just near it: two of
    the phrase's words (its only word, if it has one) are in its title or around its
    expression, one of them in its title. In its own article a phrase may lean on the story told so far ("the
    shooting" after a shooting); across articles one shared word ("the purchase" and
    "Nashua had purchased shares", "a sniper killed" and "killed 247 people in Kenya") is
    chance."""
    title = cached_stems(candidate.title)
    context = cached_stems(_context(project, candidate, hide))
    in_title = sum(1 for stem in phrase_stems if stem in title or _kin_in(stem, title))
    near = sum(1 for stem in phrase_stems if stem in title or _kin_in(stem, title) or stem in context
               or _kin_in(stem, context))
    # a phrase telling much ("the eve of the Pope's visit to one of the last bastions of Communism")
    # names an event of another article by two words of its title ("visitors to Tanzania" is chance)
    return in_title >= (2 if len(phrase_stems) >= LONG_PHRASE else 1) and near >= min(2, len(phrase_stems))


TELLING = frozenset("announced declared confirmed reported revealed unveiled disclosed stated claimed".split())
_DETERMINER = frozenset("a an the this that these those its their his her our".split())


def _clause_verbs(phrase: str) -> set[str]:
    """Stems of the past verbs of a clause phrase ("the finance minister resigned", "the talks
    collapsed"): a word in -ed that follows another word, not a determiner ("the disputed
    election" has none). The phrase names what happened, so its anchor must tell the same
    happening: "the talks collapsed" is not "talks opened in Geneva". Verbs of telling
    ("the leaders announced a ceasefire") only report the happening and are not required."""
    words = re.findall(r"[A-Za-z][A-Za-z\-]*", phrase)
    return {next(iter(stems(word)))
            for before, word in zip(words, words[1:])
            if len(word) > 4 and word.lower().endswith("ed") and before.lower() not in _DETERMINER
            and word.lower() not in TELLING and stems(word)}


#: A phrase that names no happening of its own but points back to the one just told: a
#: demonstrative (or "the") and a general word for a happening ("that disaster", "the
#: tragedy", "this week's incident" is not one: it has its own time).
_GENERAL_REFERENCE = re.compile(
    r"\s*(?:that|this|the)\s+(?:(?:same|deadly|devastating|fatal|terrible|tragic|latest|recent|whole|"
    r"first|initial|earlier|previous|last)\s+)?(?:disaster|tragedy|catastrophe|calamity|incident|accident|"
    r"event|episode|ordeal|crisis|emergency|attack|violence|unrest|upheaval|uprising|clashes|fighting|"
    r"massacre|killings?|deaths?|disappearance|standoff|siege|outbreak|scandal|affair)\s*$", re.I)


#: Words that tell a happening a general word ("the disaster", "the tragedy") may stand for.
_HAPPENING = re.compile(r"\b(?:fell|collapsed?|exploded|explosions?|blasts?|crash(?:ed)?|fires?|burned|burnt|"
                        r"flood(?:s|ed)?|quakes?|earthquakes?|struck|killed|killing|died|deaths?|sank|capsized|"
                        r"derailed|erupted|eruption|storms?|hurricanes?|typhoons?|attack(?:s|ed)?|shooting|bombing|"
                        r"massacre|spill(?:ed)?|leaked|outbreak|landslides?|tsunami|stampede|shelling)\b", re.I)
#: How many events back a general word may reach for the happening it stands for.
HAPPENING_REACH = 5


def _last_happening(project: Project, event: Event, document_id: str) -> Event | None:
    """The nearest of the few dated events told before ``event`` in its document whose title or
    sentence tells a happening: "On 9 February 2018 the central span fell into the river, killing
    eleven people. Rescue divers searched for nine days. Three weeks after the disaster, ..."
    is three weeks after the fall, not after the search."""
    earlier = sorted((e for e in project.events.values()
                      if document_id in e.document_ids and e.sequence < event.sequence and e.id != event.id
                      and e.interval is not None), key=lambda e: e.sequence, reverse=True)
    for candidate in earlier[:HAPPENING_REACH]:
        if _HAPPENING.search(candidate.title) or _HAPPENING.search(candidate.sentence):
            return candidate
    return None


def previous_event(project: Project, event: Event, document_id: str) -> Event | None:
    """The dated event read just before ``event`` in its document (narrative anchor)."""
    earlier = [e for e in project.events.values()
               if document_id in e.document_ids and e.sequence < event.sequence and e.id != event.id
               and (e.interval is not None)]
    return max(earlier, key=lambda e: e.sequence, default=None)


def anchor_all(project: Project, pending: list[PendingAnchor], document_id: str) -> list[str]:
    """Link each pending event to its anchor and resolve it; returns ids left unanchored."""
    missing: list[str] = []
    for item in sorted(pending, key=lambda p: project.events[p.event_id].sequence):
        event = project.events.get(item.event_id)
        if event is None:
            continue
        if item.anchor_event is not None:
            anchor = project.events.get(item.anchor_event)
        elif item.phrase:
            fits = _told_by(project, item, document_id)
            anchor = best_anchor(project, event, item.phrase, document_id, fits)
            if anchor is None and _GENERAL_REFERENCE.match(item.phrase):
                # "Two weeks after that disaster": a word for any happening points back to the last one told
                anchor = _last_happening(project, event, document_id) or previous_event(project, event, document_id)
                if anchor is not None and fits is not None and not fits(anchor):
                    anchor = None
        else:
            anchor = previous_event(project, event, document_id)
        if anchor is None:
            missing.append(event.id)
            what = f"\u201c{item.phrase}\u201d" if item.phrase else "an earlier event"
            event.notes = (event.notes + "\n" if event.notes else "") + \
                f"Dated relative to {what}, which was not found: place it by hand or anchor it."
            if item.phrase:
                event.interval = None
            continue
        event.depends_on = Dependency(anchor.id, item.duration, item.direction, item.signal,
                                      item.quote if item.anchor_event is not None else item.phrase or item.quote)
        if item.signal == "since":
            event.interval = report_day(project, document_id)  # the period runs until the report
        resolve(event, project.events)
        source = event.sources[0]
        source.value, source.interval, source.grain = event.value, event.interval, event.grain
        said = item.quote or (f"{source.expression} {item.signal} {item.phrase}" if item.phrase else source.expression)
        source.explanation = f"\u201c{said}\u201d -> {event.explanation}"
        for copy in event.sources[1:]:
            copy.value, copy.interval, copy.grain, copy.explanation = \
                event.value, event.interval, event.grain, source.explanation
        if item.anchor_event is not None and item.phrase:
            _fold_into_named(project, event, item.phrase, anchor.id, document_id)
    return missing


#: How far past its publication an event told as past or present may fall when anchored:
#: "a week after the explosion" in an article of the day it happened can round up a day.
PUBLISHED_SLACK = timedelta(days=1)


def _told_by(project: Project, item: PendingAnchor, document_id: str) -> Callable[[Event], bool] | None:
    """A check that an anchor leaves the event no later than its article could tell it.

    "Residents demand answers a week after Ravensport explosion", published on March 9,
    is not a week after the residents' Sunday night claim (March 15): an event the text
    does not put in the future cannot fall after its article's publication, so such an
    anchor is the wrong happening and the next best is tried. Future tense ("will meet two
    days after the vote") and articles without a known date are not checked."""
    document = project.documents.get(document_id)
    if item.tense == "future" or document is None or document.published is None or document.is_estimated \
            or item.duration is None or item.signal in SPAN_SIGNALS:
        return None
    published = document.published.replace(hour=0, minute=0, second=0, microsecond=0) \
        + timedelta(days=1) + PUBLISHED_SLACK
    dependency = Dependency("", item.duration, item.direction, item.signal)

    def fits(candidate: Event) -> bool:
        assert candidate.interval is not None
        moved = shift(candidate.interval, candidate.grain, dependency)[0]
        return moved is None or moved.start.replace(tzinfo=None) < published
    return fits


def _daily(event: Event) -> bool:
    return event.grain is not None and event.grain >= Grain.DAY


def _leans_on(project: Project, candidate: Event, event_id: str) -> bool:
    """Whether ``candidate`` is dated, directly or through others, from ``event_id``: it cannot
    take that event in (a report counted from another outlet's event, "a day after the
    central bank's rate increase", may)."""
    seen: set[str] = set()
    current: Event | None = candidate
    while current is not None and current.depends_on is not None and current.id not in seen:
        if current.depends_on.anchor_id == event_id:
            return True
        seen.add(current.id)
        current = project.events.get(current.depends_on.anchor_id)
    return False


def _fold_into_named(project: Project, event: Event, phrase: str, anchor_id: str, document_id: str) -> None:
    """"The truce took effect on Sunday. ... By Tuesday, two days into the truce, ...": the
    event an apposition dates (the truce) is usually told elsewhere in the article too, or in
    an earlier article of the project ("on Tuesday, two days after the vote" names the vote
    another outlet reported). When an event of the same document, else of the project, is
    named by most of the phrase's words (in its title), the dated source joins it, as a
    report of its time, instead of standing as a second event; sources that disagree by
    days make a conflict, as when articles disagree; an event months away is another
    happening of the same kind and is left alone, as is one placed elsewhere or one that does
    not tell the phrase's past verb (as for anchors: `_clause_verbs`). In its own
    document, an event of the kind the phrase names on the day it dates is named too ("two
    days after an explosion killed three workers" and "The explosion on Monday happened in a
    unit that processes crude oil")."""
    phrase_stems = stems(phrase)
    if not phrase_stems:
        return
    places = places_in(phrase)
    from timeline_app.pipeline.merging import kinds_in, undone_apart  # merging reads anchoring's words
    phrase_kinds = kinds_in(phrase)
    verbs = _clause_verbs(phrase)
    best: tuple[bool, float, int] | None = None
    chosen = None
    for candidate in project.events.values():
        if candidate.id in (event.id, anchor_id) or candidate.interval is None \
                or _leans_on(project, candidate, event.id):
            continue
        if event.interval is not None and max(event.interval.start, candidate.interval.start) - \
                min(event.interval.end, candidate.interval.end) > (DAY_GAP if _daily(event) and _daily(candidate)
                                                                   else JOIN_GAP):
            continue
        title = cached_stems(candidate.title)
        named = sum(1 for stem in phrase_stems
                    if stem in title or _kin_in(stem, title))
        same_kind = bool(phrase_kinds) and document_id in candidate.document_ids and event.interval is not None \
            and candidate.interval.start < event.interval.end and event.interval.start < candidate.interval.end \
            and bool(phrase_kinds & kinds_in(candidate.title))
        if named == 0 or (2 * named < len(phrase_stems) and not same_kind):
            continue
        if verbs and not same_kind and not any(stem in title or _kin_in(stem, title) for stem in verbs):
            continue  # "a day after the hackers posted the data" is not "Hackers had stolen the data"
        if places and elsewhere(places, places_in(candidate.title)):
            continue
        if undone_apart(phrase, candidate.title):
            continue  # "eight days after it was launched" is not "The launch ... was scrubbed"
        fit = (document_id in candidate.document_ids, named, -candidate.sequence)
        if best is None or fit > best:
            best, chosen = fit, candidate
    if chosen is not None:
        event.depends_on = None
        merge_into(project, chosen.id, [event.id])
