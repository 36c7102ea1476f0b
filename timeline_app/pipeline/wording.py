"""Words of event descriptions: readable titles, content-word stems, similarity.

Titles are cut from the clause that holds the temporal expression, without the
expression itself ("the ministry said on Thursday" -> "Turkish defense ministry said").
Stems are the first five letters of content words, after a verb or plural ending: crude,
but "announced" and "announcement", "opened" and "opening" meet, which is what matching an
anchor phrase to an event needs.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from timeline_app.pipeline.sentences import ABBREVIATIONS

STOPWORDS = frozenset("""a an the and or but of in on at to for from by with as that this these those which who whom
whose it its their his her our your my they them he she we you i is are was were be been being has have had do does
did will would shall should can could may might must not no than then there here also after before since until
during over under into onto about against between while when where what despite amid via per two three four five
one six seven seven eight nine ten some any all more most other such only very just said says say""".split())
LEADING = frozenset({"with", "and", "but", "while", "that", "as", "despite", "after", "before", "then", "so",
                     "which", "who", "when", "where", "the", "a", "an", "also", "earlier", "later", "meanwhile", "to",
                     "whose", "because", "although", "though", "including"})
FRAMING = frozenset({"in", "during", "on", "at", "by", "until", "since", "throughout", "over", "for", "earlier",
                     "later", "also", "early", "late"})
TRAILING = frozenset({"on", "in", "at", "since", "by", "during", "for", "over", "until", "from", "of", "the",
                      "past", "last", "this", "next", "to", "and", "that", "with", "after", "before", "around",
                      "within", "through", "early", "late", "about", "approximately", "roughly", "rather", "than",
                      "instead", "between"})
#: What a title never ends on: a preposition, a determiner or a possessive left by a cut
#: ("... for its", "... as early as").
_TITLE_TRAILING = TRAILING | frozenset("a an these those his her its their our my your as near into onto toward "
                                       "towards under against among between without beside via amid despite per "
                                       "each every starting beginning shortly just least".split())
# ("a curfew starting (Saturday)", "struck a reef shortly (after midnight)")
#: Phrasal verbs whose particle would otherwise be cut as a trailing preposition ("who took over").
_PHRASAL = frozenset(tuple(pair.split()) for pair in (
    "took over", "taken over", "take over", "takes over", "taking over", "handed over", "stepped down",
    "step down", "steps down", "stepping down", "sworn in", "broke out", "broken out", "breaks out",
    "called off", "shut down", "set up", "signed off", "pulled out", "backed down", "carried out",
    # continuing, yielding, breaking through, ending ("the protests went on through the summer",
    # "the mine caved in", "the rig broke through", "the outbreak was declared over")
    "went on", "goes on", "carried on", "dragged on", "drags on", "caved in", "gave in", "stepped in",
    "broke through", "broken through", "fell through", "pushed through", "declared over"))


def _is_particle(words: list[str]) -> bool:
    """True when the last word is the particle of the verb before it ("took over"), or the verb
    "last" after a modal ("the heat will last (at least until Sunday)", not "last week")."""
    if len(words) < 2:
        return False
    pair = (words[-2].lower().strip(",.;:"), words[-1].lower().strip(",.;:"))
    return pair in _PHRASAL or pair[1] == "last" and pair[0] in _LASTING


#: Words after which "last" is the verb: "will last", "would last", "to last", "could last".
_LASTING = frozenset("will would to could can may might should must not".split())
#: A bound left by a cut date: "(would try again) no earlier (than Thursday)", "no later (than May)".
_BOUND = (("no", "earlier"), ("no", "later"), ("not", "later"), ("not", "earlier"))


STOP_AFTER = frozenset({"followed", "was", "were", "is", "are", "has", "have", "had", "managed", "will", "would",
                        "said", "says", "came", "took", "led", "after", "when", "while"})
MAX_WORDS = 10
#: A title of whole phrases may run a little longer than one cut short ("One of the nine
#: workers injured in the explosion died in hospital" reads better than ten words and "…").
MAX_PHRASE_WORDS = 12
_WORD = re.compile(r"[\w\u2019'\-]+|[\u201c\u201d\"]")


def stems(text: str) -> set[str]:
    """Content-word stems of ``text`` (lower case, possessives dropped, five letters)."""
    out = set()
    for word in re.findall(r"[A-Za-z][A-Za-z\-]+", text.replace("\u2019s", "").replace("'s", "")):
        lower = word.lower()
        if lower not in STOPWORDS and len(lower) > 2:
            short = _SHORT_ROOT.fullmatch(lower)
            # "ruling", "ruled" -> "rule" (as "rules"), "voting" -> "vote": a three-letter root
            # keeps its silent "e"
            out.add(short.group(1) + "e" if short else _SUFFIX.sub("", lower)[:5])
    return out


_SHORT_ROOT = re.compile(r"([a-z]{2}[b-df-hj-np-tv-z])(?:ing|ed)")


#: Endings cut before the five letters are kept, so "opened" meets "opening" and "talks"
#: meets "talk" (the stem must keep four letters: "needs" stays "needs").
_SUFFIX = re.compile(r"(?<=[a-z]{4})(?:ing|ed|es|s|ments?)$")


@lru_cache(maxsize=1 << 16)
def cached_stems(text: str) -> frozenset[str]:
    """:func:`stems`, remembered: anchoring and merging compare each new document's events
    with every earlier one, whose titles and contexts are the same strings call after call."""
    return frozenset(stems(text))


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of content-word stems (0 when either has none)."""
    left, right = stems(a), stems(b)
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def normalise(sentence: str) -> str:
    """A form of a sentence that ignores case, quotes and spacing, to spot copies."""
    text = sentence.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s'\"]", " ", text)).strip()


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"\s+", text.strip()) if w]


#: A wire dateline opening a title: "THE HAGUE, Netherlands (AP)_", "NEW YORK _", "(Xinhua) --".
_DATELINE = re.compile(r"^(?:(?:[A-Z][\w.'\-]*,?\s+){0,4}\((?:AP|Reuters|AFP|UPI|Xinhua|dpa|CNN)\)\s*(?:_|--|\u2014|-|:)?"
                       r"|(?:[A-Z][A-Z.'\-]+,?\s+){1,4}(?:_|--|\u2014)(?=\s))\s*")


def _acronym(word: str) -> bool:
    """"WHO", "AP": capitals standing for a name, not the word they spell ("who")."""
    bare = word.strip("\u201c\u201d\"'`,.;:")
    return len(bare) > 1 and bare.isupper()


def _tidy(words: list[str]) -> str:
    frame = _EXPLETIVE_FRAME.match(" ".join(words[:6]))
    if frame is not None and len(words) > len(frame.group(0).split()) + 2:
        words = words[len(frame.group(0).split()):]  # "It is expected that the A380 will wear ..." -> "A380 will wear ..."
    dateline = _DATELINE.match(" ".join(words))
    if dateline and dateline.end() < len(" ".join(words)):
        words = _words(" ".join(words)[dateline.end():])
    while words and (words[0].lower().strip("\u201c\u201d\"") in LEADING and not _acronym(words[0])
                     or not re.search(r"\w", words[0])):
        words = words[1:]  # "with", "and", and a quote mark standing alone ("'' Clinton told reporters")
    if len(words) > 4 and [w.lower() for w in words[:2]] == ["according", "to"] and \
            any(_is_verb(words, at) for at in range(3, min(len(words), 6))):
        # "according to a study published on Wednesday in Nature": the study is the event
        words = words[2 + (_bare(words[2]) in ("a", "an", "the")):]
    for at, word in enumerate(words[1:], start=1):
        # a sentence the splitter missed ("told reporters in the Rose Garden . ``We have done
        # that.''", "Goldstein said. ``Stopping"): the title is the first
        if word in (".", "!", "?") or word.endswith((".", "!", "?")) and not re.search(r"\.\w+\.$", word) \
                and at + 1 < len(words) and words[at + 1][:1] in ("`", "\"", "\u201c"):
            words = words[:at + (word not in (".", "!", "?"))]
            break
    while words and (not re.search(r"\w", words[-1]) or words[-1].lower().strip(",.;:") in _TITLE_TRAILING) \
            and not _is_particle(words) or tuple(w.lower() for w in words[-2:]) in _BOUND:
        words = words[:-2 if tuple(w.lower() for w in words[-2:]) in _BOUND else -1]
        # "... struck early on Monday" loses "early"; "who took over" keeps "over"
    if len(words) > MAX_PHRASE_WORDS:
        words = _shortened(words)
    text = " ".join(words).strip(" ,;:.\u2014\u2013-")
    if words and (re.fullmatch(r"(?:[A-Z]\.){2,}", words[-1]) or words[-1].endswith(".")
                  and words[-1][:-1].lower() in ABBREVIATIONS):
        text += "."  # "U.S.", "Co." keep their full stop
    if text.count("\u201c") > text.count("\u201d"):
        text = text.replace("\u201c", "", 1)
    if text.count('"') % 2:  # a quote cut by the title: '"We turned a corner', 'down."'
        text = text[1:].lstrip() if text.startswith('"') else text[:-1].rstrip() if text.endswith('"') else text
    text = text.rstrip(" ,;:.\u201d") if text.endswith("\u201d") and "\u201c" not in text else text
    return text[:1].upper() + text[1:] if text else text


#: Where a modifier may start: a preposition (not "of" or "to", which bind their phrase to
#: the word before: "one of the workers", "rose to 2,100") or a relative pronoun.
_MODIFIER_START = frozenset("in at on from for with by near after before during over under into across through "
                            "against amid despite since until between outside inside around along toward towards "
                            "without within about as who which whose where when while because".split())
_POSSESSIVES = frozenset("his her its their our my your".split())


def _bare(word: str) -> str:
    return word.lower().strip(",.;:!?\u201c\u201d\"'`()")


def _is_verb(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` reads as a verb: a known verb or a lower-case "-ed" word, not
    after a determiner ("the injured", "a cut")."""
    if at and _bare(words[at - 1]) in _DETERMINERS | _POSSESSIVES:
        return False
    return (_verb_first([words[at]]) or _bare(words[at]) in _PARTICIPLES) and (at == 0 or words[at][:1].islower())


#: Past participles that do not end in "-ed" ("the case brought by Libya").
_PARTICIPLES = frozenset("brought built taken given chosen known shown seen made written driven thrown stolen won "
                         "sent found kept caught begun done bound".split())


#: Past forms that are also participles and do not end in "-ed" ("held", "led", "hit").
_IRREGULAR_PAST = frozenset("held led hit left paid sold told bought shot caught kept sent".split())
_SUBORDINATORS = frozenset("when while as because before after since until if although though once".split())
_RELATIVES = frozenset(("who", "which", "that", "whose"))


_LINKING = frozenset("has have had is are was were will would can could may might must shall should did does do "
                     "not been be being".split())


def _verb_groups(words: list[str]) -> list[tuple[int, int, str]]:
    """The verb groups of ``words`` ("was killed", "would close", "died") as (start, end,
    role): "relative" after who/which/that/whose, "subordinate" after when/before/because...,
    "joined" after and/but/or, else "top"."""
    groups: list[tuple[int, int, str]] = []
    at, previous = 0, 0
    while at < len(words):
        if not _is_verb(words, at):
            at += 1
            continue
        end = at + 1
        while end < len(words) and (_bare(words[end - 1]) in _LINKING or _bare(words[end - 1]).endswith("ly")) \
                and (_is_verb(words, end) or _bare(words[end]) in _LINKING or _bare(words[end]).endswith(("ing", "ly"))):
            end += 1
        between = {_bare(word) for word in words[previous:at]}
        before = _bare(words[at - 1]) if at else ""
        role = "relative" if between & _RELATIVES else "subordinate" if between & _SUBORDINATORS \
            else "joined" if before in ("and", "but", "or", "to") else "top"
        groups.append((at, end, role))
        at = previous = end
    return groups


def _main_verb(words: list[str], top: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The main verb group: the first that is not a bare participle modifying the noun before
    it ("workers injured in the explosion died": died; "a communique read at a rally attended
    by the president": read)."""
    def bare_participle(group: tuple[int, int, str]) -> bool:
        start, end, _ = group
        following = _bare(words[end]) if end < len(words) else ""
        return end - start == 1 and start > 0 and _bare(words[start]) not in _AUXILIARY \
            and _bare(words[start]).endswith("ed") and (following in _MODIFIER_START or following in ("of", "to"))

    def passive(group: tuple[int, int, str]) -> bool:
        # "Three aid workers held for nearly five months by an armed group were freed": an
        # irregular participle is told by its "by" a few words on
        start, end, _ = group
        if end - start != 1 or start == 0 or _bare(words[start]) not in _PARTICIPLES | _IRREGULAR_PAST:
            return False
        after = [_bare(word) for word in words[end:end + 6]]
        return "by" in after and not any(_is_verb(words, at) for at in range(end, end + after.index("by")))

    candidates = [g for g in top if not (bare_participle(g) and _bare(words[g[1]]) == "by" or passive(g))] or top[:1]
    for at, group in enumerate(candidates):
        if not (bare_participle(group) and at + 1 < len(candidates)):
            return group
    return candidates[0] if candidates else None


def _shortened(words: list[str]) -> list[str]:
    """``words`` made to fit in MAX_WORDS by dropping modifiers, not by cutting mid-phrase:
    a prepositional, participle or relative phrase at the end of the subject ("One of the
    nine workers injured in the explosion at the plant died in hospital" -> "One of the nine
    workers died in hospital") and after the first phrase of the predicate, fewest words
    dropped first. Only when that is not enough is the title cut, at a phrase boundary when
    there is one, with "…" only when there is none."""
    groups = _verb_groups(words)
    main = _main_verb(words, [group for group in groups if group[2] == "top"])
    verbs = {at for start, end, _ in groups for at in range(start, end)}

    def starts_modifier(at: int) -> bool:
        bare = _bare(words[at])
        if at in verbs:  # a participle phrase: "injured in", "accused of"
            following = _bare(words[at + 1]) if at + 1 < len(words) else ""
            return (main is None or not main[0] <= at < main[1]) and words[at][:1].islower() and at > 0 \
                and at - 1 not in verbs and (following in _MODIFIER_START or following in ("of", "to"))
        if bare in _RELATIVES | _SUBORDINATORS and main is None:
            return False  # "the Cuban whose rescue set off a tug-of-war": the clause tells the event
        return bare in _MODIFIER_START and at > 0 and at - 1 not in verbs and words[at][:1].islower() \
            and _bare(words[at - 1]) not in _MODIFIER_START | _HEDGES

    subject_end = main[0] if main else len(words)
    subject_cuts = [at for at in range(1, subject_end) if starts_modifier(at)
                    and any(_bare(w) not in _DETERMINERS for w in words[:at])]
    predicate_cuts = [at for at in range(main[1] + 1, len(words)) if starts_modifier(at)
                      and (at not in verbs or at >= main[1] + 2)] if main else []
    best: list[str] | None = None
    shortest = words
    for cut in [None, *subject_cuts]:
        for tail in [None, *predicate_cuts]:
            kept = (words[:cut] + words[subject_end:]) if cut is not None else list(words)
            if tail is not None:
                kept = kept[:len(kept) - (len(words) - tail)]
            if len(kept) <= MAX_PHRASE_WORDS and (best is None or len(kept) > len(best)) and not _open_clause(kept):
                best = kept
            if len(kept) < len(shortest):
                shortest = kept
    if best is not None:
        return _stripped(best)
    groups = _verb_groups(shortest)
    verbs = {at for start, end, _ in groups for at in range(start, end)}
    main = _main_verb(shortest, [group for group in groups if group[2] == "top"])
    first = main[1] + 1 if main is not None and main[1] < MAX_WORDS else 3
    boundaries = [at for at in range(first, MAX_WORDS + 1) if at < len(shortest) and at - 1 not in verbs
                  and _bare(shortest[at - 1]) not in _MODIFIER_START | _HEDGES and (
                      _bare(shortest[at]) in _MODIFIER_START or _participle_at(shortest, at)
                      or _bare(shortest[at]) in ("and", "but", "or") and at + 1 < len(shortest)
                      and (at + 1 in verbs or _bare(shortest[at + 1]).endswith("ing")))]
    if boundaries and len(_stripped(shortest[:boundaries[-1]])) > MAX_WORDS // 2:
        return _stripped(shortest[:boundaries[-1]])
    return _stripped(shortest[:MAX_WORDS]) + ["\u2026"]


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten dozens hundreds thousands".split())
_CLAUSE_OPENERS = frozenset("as while when whereas because although though".split())


def _open_clause(words: list[str]) -> bool:
    """``words`` end inside a subordinate clause cut before its verb: "... in Blantyre as
    protests (over the election spread)"; "as a precaution" is a phrase, not a clause."""
    for at in range(len(words) - 1, 0, -1):
        bare = _bare(words[at])
        if bare in _CLAUSE_OPENERS:
            rest = words[at + 1:]
            if bare == "as" and rest and (_bare(rest[0]) in _DETERMINERS | _POSSESSIVES | _NUMBER_WORDS
                                          or _bare(rest[0])[:1].isdigit()) \
                    or bare == "because" and rest and _bare(rest[0]) == "of":
                return False
            if len(rest) >= 2 and _bare(rest[0]) in ("he", "she", "it", "they", "we", "i", "you"):
                return False  # "as he stood": a pronoun and its verb
            return bool(rest) and not _tells_something(rest)
    return False


#: Words that bind to the phrase after them ("just over", "about 40"): no cut right after them.
_HEDGES = frozenset("just only nearly almost about roughly some more less along because out up down".split())


def _participle_at(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` opens a participle phrase after a noun ("injured in", "accused of")."""
    following = _bare(words[at + 1]) if at + 1 < len(words) else ""
    return 0 < at and words[at][:1].islower() and _bare(words[at]).endswith("ed") \
        and _bare(words[at - 1]) not in _LINKING and not _is_verb(words, at - 1) \
        and (following in _MODIFIER_START or following in ("of", "to"))


def _stripped(words: list[str]) -> list[str]:
    while words and (not words[-1].strip(",.;:") or _bare(words[-1]) in TRAILING | _DETERMINERS | _POSSESSIVES
                     | _RELATIVES | _PRONOUN | {"and", "or", "but", "we", "i", "you"}) and not _is_particle(words):
        words = words[:-1]
    return words


_AUXILIARY = frozenset("has have had is are was were will would can could may might must shall should "
                       "did does do".split())


def _participle_with_subject(head: list[str], rest: list[str], neighbour: str) -> str:
    """"Erupting in 2011, Syria's civil war has claimed ...": the event is the main clause's
    subject doing the participle -> "Syria's civil war erupting"; "" when the clause is not
    a lone participle or the subject cannot be told (it must end at an auxiliary verb)."""
    if len(head) != 1 or not re.fullmatch(r"[A-Za-z]+(?:ing|ed)|[Bb]orn", head[0]):
        return ""
    if rest and (len(rest) > 5 or _bare(rest[0]) not in _MODIFIER_START or any(_bare(w) in _RELATIVES for w in rest)):
        return ""  # "Born on 3 May 1933 in Leeds, Ellison ...": a place may follow the date
    subject: list[str] = []
    main = _words(neighbour)
    for at, word in enumerate(main):
        if word.lower() in _AUXILIARY or subject and _verb_first([word]) and _is_verb(main, at):
            break  # "Launched on 16 July 1969, Apollo 11 reached lunar orbit": Apollo 11
        subject.append(word)
        if len(subject) > 6:
            return ""
    else:
        return ""
    if not subject:
        return ""
    return _tidy(subject + [head[0].lower()] + rest)


_COMPARISONS = ("compared with", "compared to", "up from", "down from", "versus", "from ", "against ")
_VERB_START = _AUXILIARY | frozenset("began begun read said came went met became left took made hit struck broke fell "
                                     "rose won lost held sent fought shot ran gave got spoke wrote sank shook swept "
                                     "flew drove died fled quit sued cut set put led bought sold paid told "
                                     "kept found saw heard sought brought built chose withdrew upheld swore "
                                     "grew drew threw knew spent".split())
#: What a clock time leaves behind it when it is cut out of a title ("hit at 4:17 a.m. local time").
_ZONE_AFTER = re.compile(r"\s*(?:local\s+time|\(?(?:GMT|UTC|[ECMP][SD]?T|BST|CET|CEST)\)?)(?![\w])")
_NP_STOP = frozenset("on of in to at by for with from said says told was were is are be been placed than as "
                     "and or but before after about over under into against during would will could".split())
_DETERMINERS = frozenset("a an the this that these those".split())


def _verb_first(words: list[str]) -> bool:
    first = words[0].strip("\u201c\u201d\"'`").lower() if words else ""
    if words and _acronym(words[0]):
        return False  # an acronym ("the WHO said") is a name, not "who"
    return first in _VERB_START or (len(first) > 4 and first.endswith("ed") and words[0][:1].islower())


def has_verb(text: str) -> bool:
    """Whether ``text`` holds a word that reads as a verb ("was charged", "had a net loss")."""
    words = _words(text)
    return any(_is_verb(words, at) for at in range(len(words)))


def _trailing_noun_phrase(text: str) -> list[str]:
    """The noun phrase that ends ``text``: "placed on the FBI's most wanted list" -> FBI's most wanted list."""
    taken: list[str] = []
    words = _words(text)
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        bare = word.strip(",;:\u201c\u201d\"'`").lower()
        if bare in ("of", "for", "and") and taken and taken[0][:1].isupper() and at and words[at - 1][:1].isupper():
            taken.insert(0, bare)  # a name: "the Court of Arbitration for Sport"
            continue
        if bare in _NP_STOP or not bare or word.endswith((",", ";", ":")) and taken:
            break
        taken.insert(0, word.strip(",;:\u201c\u201d\"'`"))
        if bare in _DETERMINERS and len(taken) > 1 and at and words[at - 1][:1].islower():
            break  # "had joined the search": the noun phrase opens at its determiner
        if len(taken) > (9 if {"of", "for", "and"} & set(taken) else 6):
            return []
    while taken and taken[0].lower() in _DETERMINERS:
        taken = taken[1:]
    return taken


#: A relative clause with two verb phrases, the second ending at the date: "who has led Corvant for
#: 12 years and will stay on as chairman until the annual meeting in (May)".
_SECOND_OF_RELATIVE = re.compile(r"\s*(?:who|which)\s+[^,;]+?\s+and\s+(?P<second>(?:will|would|has|have|had|is|was|"
                                 r"are|were|[a-z]{3,}ed)\b[^,;]*)$", re.I)
#: An object relative clause with a pronoun subject ending at the date: "(cloud services,) which it
#: launched in (2014)".
_OBJECT_RELATIVE = re.compile(r"\s*(?:which|that)\s+(?P<subject>it|they|he|she|we)\s+(?:had\s+)?"
                              r"(?P<verb>[a-z]{3,}(?:ed|ought|aught|ew|ld|ilt|ent|ade))\b(?P<rest>[^,;]*)$", re.I)
#: A clause set off by a comma that tells of the noun before it: ", which ends on June 26", ", to be
#: released in mid-2011".
_CLAUSE_OF_NOUN = re.compile(r"\s*(?:which|who|to\s+be)\s", re.I)
#: A verb right after a date that opens its clause: the date is the subject ("Sunday was chosen").
_DATE_AS_SUBJECT = re.compile(r"\s+(?:is|was|will|has|had|marks|marked|saw|brought)\b", re.I)
#: A clause that opens with a subordinator and a participle: "before falling steadily through 2023".
_PARTICIPLE_AFTER_MAIN = re.compile(r"\s*(?:before|after|while|since)\s+[a-z]+ing\b", re.I)


#: A frame that stands for no one before what is told: "It is expected that", "It was feared that",
#: "It should be mentioned that".
_EXPLETIVE_FRAME = re.compile(r"It\s+(?:is|was|should\s+be|must\s+be|can\s+be)\s+(?:now\s+|widely\s+|also\s+)?"
                              r"(?:expected|hoped|believed|thought|understood|feared|reported|estimated|likely|possible|"
                              r"clear|mentioned|noted|stressed|said)\s+that\s+", re.I)
#: A pronoun opening what was taken for a noun phrase: it is a clause ("She replaces Daniel Akerson").
_SUBJECT_PRONOUNS = frozenset("she he they it we i".split())
#: The capitalised words that end a text: a name ("She replaces Daniel Akerson" -> Daniel Akerson).
_TRAILING_NAME = re.compile(r"(?:(?-i:[A-Z])[\w'\u2019.-]*\s+){0,3}(?-i:[A-Z])[\w'\u2019.-]*$")


def _subject_for(lead: str, joined: bool = False) -> list[str]:
    """Who did what a verb-first title tells, from the sentence before the clause: the noun a
    relative pronoun points back to ("the list, which began" -> the list), a short opening
    subject ("Kopp, who is from Vermont, was indicted" -> Kopp), or what was said ("said a
    communique, read at a rally" -> communique); for a clause ``joined`` by "and" to the
    sentence's first, that clause's subject."""
    relative = re.search(r"^(.*?)(?:,\s*)?\b(?:which|who|that)\s*$", lead, re.S)
    if relative:
        noun = _trailing_noun_phrase(relative.group(1))
        name = _TRAILING_NAME.search(relative.group(1).rstrip().rstrip(","))
        if name is not None and noun and noun[-1][:1].isupper() and _bare(noun[0]) in _SUBJECT_PRONOUNS:
            return _words(name.group(0))  # "She replaces Daniel Akerson, who was appointed" -> Daniel Akerson
        return noun
    said = re.search(r"\b(?:said|says|according to)\s+((?:[\w\u2019'\-]+\s+){0,5}?[\w\u2019'\-]+)\s*,\s*$", lead)
    if said:
        return [w for w in _words(said.group(1)) if w.lower() not in _DETERMINERS]
    dateline = _DATELINE.match(lead.lstrip())
    if dateline:  # "CUPERTINO, Calif. (Reuters) - Lumen Devices unveiled ...": the place is no subject
        lead = lead.lstrip()[dateline.end():]
    opening = re.match(r"\s*([^,;:]+?)\s*,", lead)
    if opening and len(_words(opening.group(1))) <= 7 and opening.group(1)[:1].isupper():
        words = _words(opening.group(1))
        groups = _verb_groups(words)
        # "Chad closed its border in April, ..., but reopened it": the subject ends at the verb
        cut = groups[0][0] if groups else 0
        if groups and any(_bare(w) in _LINKING for w in words[cut + 1:groups[0][1]]) or \
                cut + 1 < len(words) and _bare(words[cut + 1]) in _LINKING:
            cut = 0  # "More than two-thirds of the systems shipped were ...": a participle of the noun
        # ("Then came another sister": nothing before the verb names anyone)
        return words[:cut] if any(w.lower() not in LEADING for w in words[:cut]) else words
    names = [part.strip(" \"'`\u201c\u201d") for part in re.split(r"[,;]", lead)]
    for part in reversed(names):  # "..., Prince Bandar bin Sultan, the Saudi ambassador, said"
        if part[:1].isupper() and 1 <= len(_words(part)) <= 5 and not part.lower().startswith(("the ", "a ")):
            return _words(part)
    if opening and joined:
        # "The lockdown of two districts was first imposed on February 13, ..., and will now run
        # until March 28": the opening clause's subject, up to its verb
        words = _words(opening.group(1))
        groups = [group for group in _verb_groups(words) if group[2] == "top"]
        if groups and 1 <= groups[0][0] <= 10 and words[0][:1].isupper() and \
                not any(_bare(w) in _SUBORDINATORS | _RELATIVES | _PRONOUN_SUBJECTS for w in words[:groups[0][0]]):
            subject = words[:groups[0][0]]
            participle = next((at for at, w in enumerate(subject) if at and re.fullmatch(r"[a-z]{2,}ing", w)), None)
            # ("The first leg of the flight going towards New York will be ...": the noun ends at its participle)
            return subject[:participle] if participle is not None else subject
    return []


_PRONOUN_SUBJECTS = frozenset("i we you".split())
_PRESENT = frozenset("is are has have does do".split())


def phrase_title(phrase: str) -> str:
    """A title from the words naming an anchor ("the ceasefire's announcement" -> "Ceasefire's
    announcement"), tidied as every title is."""
    return _tidy(_words(phrase)) or "Event"


def title_for(clause: str, clause_start: int, start: int, end: int, is_anchored: bool, neighbour: str = "",
              lead: str = "", others: Sequence[tuple[int, int]] = (),
              dated: Sequence[tuple[int, int]] | None = None) -> str:
    """A short readable title for the event whose expression spans ``[start, end)`` (see
    :func:`_title_of_clause`), a noun's relative pronoun left out when nothing before it is a verb."""
    return _without_relative_pronoun(_title_of_clause(clause, clause_start, start, end, is_anchored, neighbour,
                                                      lead, others, dated))


#: A title that is a noun phrase and its relative clause: "78-year-old man who was found in his
#: apartment" (from "..., including a 78-year-old man who was found ... on Wednesday morning").
_NOUN_AND_RELATIVE = re.compile(r"^(?P<noun>[^,;]{3,60}?)\s+(?:who|which)\s+(?=(?:was|were|had|has|have|is|are)\s)")


def _without_relative_pronoun(title: str) -> str:
    """"78-year-old man who was found in his apartment" -> "78-year-old man was found in his
    apartment": a title opened by a noun and its relative clause tells the noun doing the clause's
    verb (only when the noun holds no verb of its own: "Police arrested a man who was ..." stays)."""
    match = _NOUN_AND_RELATIVE.match(title)
    if match is None or has_verb(match.group("noun")) or not _words(match.group("noun")):
        return title
    return match.group("noun") + " " + title[match.end():]


def _title_of_clause(clause: str, clause_start: int, start: int, end: int, is_anchored: bool, neighbour: str = "",
                     lead: str = "", others: Sequence[tuple[int, int]] = (),
                     dated: Sequence[tuple[int, int]] | None = None) -> str:
    """A short readable title for the event whose expression spans ``[start, end)``.

    ``clause`` is the clause holding the expression (document offsets from
    ``clause_start``). For an anchored expression ("a week after the leaders met") the
    event is what precedes the expression, not the anchor phrase that follows it.
    ``neighbour`` is the clause to borrow words from when too few are left (the one
    before for anchored expressions, the one after otherwise: "Erupting in 2011, ...").
    ``lead`` is the sentence before the clause, where a title that would start with its
    verb ("was indicted ...") finds its subject. ``others`` are the document spans of the
    sentence's other expressions: a relative clause holding one of them ("the attack that
    killed 12 people on Monday was claimed on Wednesday") is another event's, and stays out.
    ``dated`` are those of ``others`` that make events (all of them when not given): only they
    give what was said an event of its own ("said on Friday that hackers had stolen the data in
    an attack that went undetected for more than two months": the length dates nothing, so
    the title is what was said).
    """
    local = [(s - clause_start, e - clause_start) for s, e in others
             if clause_start <= s and e - clause_start <= len(clause)]
    dated = others if dated is None else dated
    later = any(s >= end for s, _ in dated)
    appositive = _appositive_participle(clause[:start - clause_start], clause[end - clause_start:], lead,
                                        "" if is_anchored else neighbour)
    if appositive:
        return appositive
    if not is_anchored:
        speaking = _appositive_speaking(clause[:start - clause_start], clause[end - clause_start:], lead, neighbour,
                                        later=later)
        if speaking:
            return speaking
    if not is_anchored:
        told = _told(clause, start - clause_start, end - clause_start, lead,
                     [(s - clause_start, e - clause_start) for s, e in dated
                      if clause_start <= s and e - clause_start <= len(clause)],
                     dated_lead=any(e <= clause_start for _, e in others))
        if told:
            return told
    second_of_relative = None if is_anchored else _SECOND_OF_RELATIVE.match(clause, 0, max(0, start - clause_start))
    if second_of_relative is not None:
        # "Tom Walker, who has led Corvant for 12 years and will stay on as chairman until the annual
        # meeting in May": the relative clause's second verb phrase is May's, told of the noun before it
        antecedent = _trailing_noun_phrase(lead.rstrip().rstrip(","))
        name = re.search(r"(?:(?-i:[A-Z])[\w'\u2019.-]*\s+){0,3}(?-i:[A-Z])[\w'\u2019.-]*$", lead.rstrip().rstrip(","))
        if name is not None and antecedent and antecedent[-1][:1].isupper() and _bare(antecedent[0]) in _SUBJECT_PRONOUNS:
            antecedent = _words(name.group(0))  # "She succeeds Tom Walker" -> Tom Walker
        if 1 <= len(antecedent) <= 5:
            return _tidy(antecedent + _words(second_of_relative.group("second")))
    object_relative = None if is_anchored else _OBJECT_RELATIVE.match(clause, 0, max(0, start - clause_start))
    if object_relative is not None:
        # "led the firm's move into cloud services, which it launched in 2014": the noun before the
        # clause is what was done then ("It launched cloud services")
        antecedent = _trailing_noun_phrase(lead.rstrip().rstrip(","))
        if 1 <= len(antecedent) <= 5:
            return _tidy([object_relative.group("subject"), object_relative.group("verb")] + antecedent +
                         _words(object_relative.group("rest")))
    told_of_noun = _words(clause[:start - clause_start])
    if not is_anchored and _CLAUSE_OF_NOUN.match(clause) and 2 <= len(told_of_noun) <= 4 and \
            lead.rstrip().endswith(",") and not _words(clause[end - clause_start:].strip(" .,;:")):
        # "the end of the current financial quarter, which ends on June 26" -> "Current financial
        # quarter ends"; "Mac OS X Lion, to be released in mid-2011" -> "... to be released"
        antecedent = _trailing_noun_phrase(lead.rstrip().rstrip(",")) or \
            _words(re.split(r"\b(?:of|for|in|on|with|by|from|to|at)\s", lead.rstrip().rstrip(","))[-1])[-6:]
        if 1 <= len(antecedent) <= 8:
            body = told_of_noun if told_of_noun[0].lower() == "to" else told_of_noun[1:]
            return _tidy(antecedent + body)
    title = _title_for(clause, clause_start, start, end, is_anchored, neighbour, local)
    if not is_anchored and not clause[:start - clause_start].strip(" \"'`\u201c\u2018") and \
            _DATE_AS_SUBJECT.match(clause, end - clause_start) and title[:1].isupper() and \
            _bare(title.split()[0]) in _AUXILIARY | {"marks", "marked", "saw", "brought"}:
        # "Sunday was chosen as its date matches ...", "Today is a great day in aviation history":
        # the date is the subject, and the title keeps it
        return _tidy(_words(clause[start - clause_start:end - clause_start]) + [title[:1].lower() + title[1:]])
    if not is_anchored and _PARTICIPLE_AFTER_MAIN.match(clause) and re.match(r"[A-Z][a-z]+ing\b", title):
        # "Inflation peaked in October 2022 before falling steadily through 2023": the main
        # clause's subject does the participle ("Inflation falling steadily")
        subject = _subject_for(lead)
        if 1 <= len(subject) <= 6 and not {_bare(w) for w in subject} & {"what", "that", "which", "who", "it", "there"}:
            return _tidy(subject + [title[:1].lower() + title[1:]])
    if not is_anchored:
        saying = _SAID_CONTENT.match(title)
        if saying and later and not _words(clause[end - clause_start:]) and \
                all(w.lower() in FRAMING for w in _words(clause[:start - clause_start])):
            # "On Monday, the new minister said the state would take the railway back by the end of
            # next year": what was said has its own date and event; Monday's is the saying
            title = _tidy(_words(saying.group("speaker")) + saying.group("verb").split())
        else:
            title = _content_of_saying(title) or title
    words = _words(title)
    head = clause[:start - clause_start]
    result = _result_of(title, head, lead) if not is_anchored else ""
    if result:
        return result
    at = head.lower().rfind(words[0].lower()) if words else -1
    comparison = title.lower().startswith(_COMPARISONS)
    first = head[at:at + len(words[0])] if at >= 0 else words[0]
    borrowed = re.search(r"\b" + re.escape(words[0]) + r"\b", neighbour, re.I) if words and at < 0 else None
    if borrowed:  # "Uganda's last outbreak, in 2022, killed 55 people": the verb is the neighbour's, in its case
        first = borrowed.group(0)
    if words and not comparison and (_verb_first([first]) or at >= 0 and _predicate_of_relative(clause, head[:at])
                                     or at >= 0 and _present_predicate(head, at, lead)):
        subject = _subject_for(lead + (head[:at] if at >= 0 else ""),
                               joined=re.match(r"\s*(?:and|but)\s", head) is not None)
        if subject:
            # "Chief Executive Dana Whitfield, who replaced ..., said the layoffs would be completed by
            # the end of the second quarter": what was said, as when the speaker is in the clause
            told = _tidy(subject + [words[0].lower()] + words[1:])
            return (_content_of_saying(told) if not is_anchored else "") or told
    following = _words(neighbour)
    if not is_anchored and words and not comparison and following and _verb_first(following[:1]) \
            and _words(clause[end - clause_start:]) and not _RELATIVE.match(clause.lstrip()) \
            and not has_verb(clause[:start - clause_start] + " " + clause[end - clause_start:]) and not has_verb(title):
        # "In January 1944 the siege of Leningrad, which had lasted nearly 900 days, was finally
        # lifted": the clause is the subject, its verb comes after the aside
        return _tidy(words + following)
    named = len(words) == 1 and _NAMED_BY_DATE.search(clause, 0, max(0, start - clause_start)) is not None
    if (len(words) < 2 and not named) or comparison:
        # "Event", "Said", "Compared with a loss of $3 million": the sentence's opening
        # clause says what happened ("Citadel posted a third-quarter net loss").
        for part in re.split(r"\s*(?:(?<!\d),|,(?!\d)|;)\s*", lead):
            opening = _tidy(_words(part))
            if len(_words(opening)) >= 3 and _words(part)[0].lower() not in FRAMING:
                compared = _compared_figure(_words(part), title) if comparison else ""
                return compared or opening
    return title


#: ", which lasts until October 10", ", which usually begins in late June": a relative clause whose
#: predicate opens with a word of any kind (its verb need not be one the titles know).
_RELATIVE_OPENING = re.compile(r"\s*(?!(?-i:WHO)\b)(?:which|who)\s+(?P<next>[\w\u2019'-]+)", re.I)
_OWN_SUBJECT = _DETERMINERS | _POSSESSIVES | frozenset("he she they it we i you there".split())


def _predicate_of_relative(clause: str, before_title: str) -> bool:
    """Whether the title starts right after the "which"/"who" that opens ``clause`` and that
    clause has no subject of its own ("The first phase, which lasts until October 10, will ..."
    -> "lasts": the phase's; "which the council approved in 2021" has the council)."""
    opening = _RELATIVE_OPENING.match(clause)
    if opening is None or _words(before_title) != _words(clause[:opening.start("next")]):
        return False
    following = opening.group("next")
    return following[:1].islower() and following.lower() not in _OWN_SUBJECT


#: "opens on Monday", "lasts until October": a present verb, then its date's preposition.
_PRESENT_VERB = re.compile(r"\s*(?P<verb>[a-z]{3,}(?<![su]s)s)\s+(?:(?:on|in|at|until|from|by|for|through)\s+)?")


def _present_predicate(head: str, at: int, lead: str) -> bool:
    """Whether the clause is only a present verb before its date (the title's from ``at``; a
    second one after "and") and its subject is set off before it ("A second consultation, on
    cuts to bus subsidies, opens on Monday and closes six weeks later")."""
    if not lead.rstrip().endswith(",") or _PRESENT_VERB.fullmatch(head[at:]) is None:
        return False
    return at == 0 or _PRESENT_VERB.match(head) is not None and re.search(r"\b(?:and|but)\s+$", head[:at]) is not None


def _compared_figure(opening: list[str], title: str) -> str:
    """"Turnout was 61 percent, up from 48 percent in the first round on Oct. 21": the earlier
    figure is the dated one, told with the opening clause's subject and verb ("Turnout was 48
    percent in the first round"); "" unless the comparison states a figure and the opening
    clause has a subject before its verb."""
    rest = _words(re.sub(r"^(?:" + "|".join(re.escape(c.strip()) for c in _COMPARISONS) + r")\s*", "", title,
                         flags=re.I))
    if not rest or not re.match(r"[$\u00a3\u20ac]?\d", rest[0]):
        return ""
    verb = next((at for at in range(1, len(opening)) if _is_verb(opening, at)), None)
    if verb is None or verb > 4 or opening[verb].lower() not in _PAST_COPULA:
        return ""  # "Revenue declined 8% to $85.7 million from $93.3 million": no verb tells the old figure
    return _tidy(opening[:verb + 1] + rest)


_PAST_COPULA = frozenset({"was", "were"})


def _result_of(title: str, head: str, lead: str) -> str:
    """"Fighting broke out in the north, killing 12 people on Monday": a participle clause
    set after its sentence's main clause tells what that happening did; the title is both
    ("Fighting broke out in the north, killing 12 people"), not the participle alone."""
    words = _words(title)
    if len(words) < 2 or not re.fullmatch(r"[A-Za-z]{3,}ing", words[0]) or [w.lower() for w in _words(head)[:1]] != [words[0].lower()] or \
            not lead.rstrip().endswith(",") or re.search(r"\b(?:a|an|the|its|their|his|her)\s*$", head, re.I):
        return ""  # "..., claiming resolutions overruled a 1971 Convention": the date names a thing
    main = re.split(r"\s*(?:(?<!\d),|,(?!\d)|;)\s*", lead.rstrip().rstrip(","))[-1]
    main_words = _words(main)
    if len(main_words) < 2 or not any(_is_verb(main_words, at) for at in range(1, len(main_words))):
        return ""
    main_words = _words(_tidy(main_words))  # "... a further $100 million during" loses "during"
    if not main_words:
        return ""
    return _tidy(main_words[:-1] + [main_words[-1] + ","] + [words[0].lower()] + words[1:])


#: (not the capitalised acronym: "the WHO said on Monday")
_RELATIVE = re.compile(r"\b(?!(?-i:WHO)\b)(?:that|which|who)\s+", re.I)


def _last_relative(text: str) -> re.Match[str] | None:
    """The last "that/which/who" of ``text`` with no comma or semicolon after it."""
    last = None
    for match in _RELATIVE.finditer(text):
        last = match
    if last is None or re.search(r"[,;]", text[last.start():]):
        return None
    return last


#: A when-clause telling what a dated beginning was: "(a saga that began in July) when the
#: midfielder first said he wanted to leave", "(a row that began in September), when ...".
_WHEN_CLAUSE = re.compile(r"^\s*,?\s*when\s.*$", re.S)
#: A clause opened by a verb and its object, set off from its subject: "ending a saga", "ends a row".
_VERB_AND_OBJECT = re.compile(r"\s*[a-z]{3,}(?:ing|s)\s+(?:a|an|the|its|their|his|her)\s+[\w\u2019'-]+\s*$")


def _in_relative_clause(before: str, after: str) -> str:
    """"The earthquake that struck the province on Monday rose ...": the expression dates the
    relative clause, whose event is its noun doing its verb ("Earthquake struck the province");
    "" when the expression is not inside a relative clause of the subject."""
    relative = _last_relative(before)
    if relative is None:
        return ""
    told = _words(before[relative.end():])
    following = _words(_WHEN_CLAUSE.sub("", after).strip(" ,;:."))
    # "It blamed the company that had maintained the cables since 2009": a past perfect ending the
    # sentence is the relative clause's own time, not the main verb's; "after a marathon debate
    # that began on Tuesday morning": so too a past verb after "that" or
    # "which" (a person's "who" may be the main verb's: "Police arrested a man who attacked a guard
    # on Friday"), when nothing after it is a verb ("the number of doctors who performed abortions
    # declined" is the number's) and the pronoun is no question ("to investigate who shot down")
    background = not following and told[:1] and (told[0].lower() == "had" or _is_verb(told, 0) and told[0].lower()
                                                  not in _AUXILIARY and relative.group(0).strip().lower() != "who"
                                                  and (len(_words(before[:relative.start()])) >= 4
                                                       or _VERB_AND_OBJECT.match(before[:relative.start()]))
                                                  and not any(_is_verb(told, at) for at in range(1, len(told)))
                                                  and not re.search(r"\bto\s+[a-z]+\s*$", before[:relative.start()]))
    if not 1 <= len(told) <= 8 or not _verb_first(told) or \
            not background and (not following or not _verb_first(following[:1])):
        return ""
    noun = _trailing_noun_phrase(before[:relative.start()])
    verbs = [at for at in range(len(noun)) if _is_verb(noun, at) or _verb_first(noun[at:at + 1])]
    if verbs:  # "It blamed the company that had ...": the object, not the main clause
        noun = [w for w in noun[verbs[-1] + 1:]]
        while noun and noun[0].lower() in _DETERMINERS:
            noun = noun[1:]
    if noun and told and _bare(told[0]) in _HARMED:
        struck = _HAPPENING_ON_PLACE.search(before, 0, relative.start())
        if struck is not None and _words(struck.group("place"))[-len(noun):] == noun:
            noun = _words(struck.group(0))  # "an air strike on a displacement camp that killed 61 people"
    return _tidy(noun + told) if noun else ""


#: Verbs of harm a relative clause tells of a happening, not of the place it hit.
_HARMED = frozenset("killed injured wounded destroyed damaged flattened razed left".split())
#: A happening and the place it hit, ending where its relative clause opens: "an air strike on a
#: displacement camp (that killed 61 people)" (the strike killed, not the camp).
_HAPPENING_ON_PLACE = re.compile(
    r"\b(?:(?:air|drone|missile|rocket|artillery|suicide|bomb|terrorist|knife|gun)\s+)?(?:strikes?|airstrikes?|attacks?|"
    r"raids?|bombings?|shelling|explosions?|blasts?|fires?|crash|assaults?|shootings?)\s+(?:on|in|at|near|against)\s+"
    r"(?P<place>(?:the\s+|a\s+|an\s+)?(?:[\w\u2019'-]+\s+){0,3}[\w\u2019'-]+)\s+$", re.I)


#: "A ceasefire agreed on March 5": a noun, a participle and the preposition of its date.
_REDUCED = re.compile(r"\b(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
                      r"(?P<verb>[a-z]{3,}ed)(?P<rest>(?:\s+(?!(?:and|or|but|was|were|is|are|has|have|had)\b)"
                      r"[\w\u2019'-]+){0,4}?)\s+(?:on|in|at|last|this|since|from)?\s*$")


#: A noun phrase of one to four words governed by a preposition, ending where a participle starts.
_GOVERNED_NOUN = re.compile(r"\b(?:in|after|during|following|by|from|with|of|over|amid)\s+(?:a|an|the|its|their|his|her)\s+"
                            r"(?P<noun>(?:[\w\u2019'-]+\s+){0,3}[\w\u2019'-]+)\s+$", re.I)


#: A noun phrase opened by its determiner and told about something, before the place a
#: participle's preposition governs: "(ignored) a warning about cracks (in the tunnel roof issued on
#: June 30)": what was issued is the warning, not the roof.
_NOUN_BEFORE_PLACE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?P<np>(?:[\w\u2019'-]+\s+){0,2}[\w\u2019'-]+\s+"
                                r"(?:about|of|over|on|into|against)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\u2019'-]+\s+){0,2}"
                                r"[\w\u2019'-]+)\s+$", re.I)


def _in_reduced_relative(before: str, after: str) -> str:
    """"A ceasefire agreed on March 5 collapsed ...": the date is the participle's ("Ceasefire
    agreed"); "" unless a short noun phrase, a participle and a verb after the date say so."""
    reduced = _REDUCED.search(before)
    following = _words(after.strip(" ,;:"))
    if reduced is not None and not _words(after.strip(" ,;:.!?")):
        # "... in a ransomware attack discovered on May 2.": a noun phrase after a preposition,
        # its participle and the date end the sentence: the date is the participle's
        governed = _GOVERNED_NOUN.search(before, 0, reduced.start())
        if governed is not None and reduced.group("verb").lower() not in ("ended", "started", "begun") \
                and has_verb(before[:governed.start()]):
            # ("the quarter ended July 31" names a period, not a happening; "Additional details of
            # the slaying emerged on Sunday": "emerged" is the sentence's own verb)
            noun = _words(governed.group("noun"))
            head = _NOUN_BEFORE_PLACE.search(before, 0, governed.start()) \
                if governed.group(0)[:2].lower() in ("in", "at") else None
            if head is not None and not any(_is_verb(_words(head.group("np")), at)
                                            for at in range(len(_words(head.group("np"))))):
                noun = _words(head.group("np")) + _words(governed.group(0))
            return _tidy(noun + [reduced.group("verb")] + _words(reduced.group("rest")))
    if reduced is None or not following or not _verb_first(following[:1]):
        return ""
    noun = _words(before[:reduced.start()])
    if not 1 <= len(noun) <= 5 or any(w.lower() in _AUXILIARY or w.lower() in _NP_STOP for w in noun[1:]):
        return ""
    return _tidy(noun + [reduced.group("verb")] + _words(reduced.group("rest")))


def _without_relatives(before: str, others: Sequence[tuple[int, int]]) -> str:
    """``before`` without the relative clauses (full, or a bare participle) that end with
    another expression: "the attack that killed 12 people on Monday", "a ceasefire agreed on
    March 5"."""
    for other_start, other_end in sorted(others, reverse=True):
        if other_end > len(before):
            continue
        if not _verb_first(_words(before[other_end:])[:1]):
            continue  # "opened on March 5 and closed on March 7": coordinated, not a relative clause
        relative = _last_relative(before[:other_start])
        reduced = _REDUCED.search(before[:other_start])
        contact = _CONTACT_CLAUSE.search(before[:other_start])
        if relative is not None and other_start - relative.start() <= 80:
            before = before[:relative.start()].rstrip() + " " + before[other_end:].lstrip()
        elif reduced is not None and _words(before[:reduced.start()]):
            before = before[:reduced.start()].rstrip() + " " + before[other_end:].lstrip()
        elif contact is not None and _words(before[:contact.start()]):
            # "a public library he opened in 2015": a relative clause with no "that"
            before = before[:contact.start()].rstrip() + " " + before[other_end:].lstrip()
    return before


#: A relative clause with no relative pronoun, after its noun, ending at a date: "(a library)
#: he opened in 2015", "(the house) they had bought in May".
_CONTACT_CLAUSE = re.compile(r"(?<=[a-z])\s+(?:he|she|they|we|it)\s+(?:had\s+)?[a-z]+(?:ed|t|wn|en|ght)"
                             r"(?:\s+[\w'\u2019-]+){0,3}?\s+(?:in|on|at|last|this)?\s*$")


#: Words that open no verb phrase after "and" ("and other officials", "and all the staff").
_STOPWORDS_LIKE = frozenset("other others all both many some most more several each no not only also then so".split())
_PREPOSITIONS = frozenset("on in at to for with by from into over under after before during against about as "
                          "of off out up down".split())
_JOINED = re.compile(r"\s+(?:and|but|then|before)\s+(?=[a-z])")


#: What may stand between a date and the "and" of a second verb: a short phrase with no comma
#: ("broke out on Saturday afternoon near a rest stop and spread quickly overnight").
_JOINED_AFTER = re.compile(r"(?:\s+[\w\u2019'\-]+){0,6}?\s+(?:and|but|then)\s+")
#: A bare verb told by what follows it: "and report their results", "and shut down the systems".
_BARE_VERB = re.compile(r"[a-z]{3,}(?:\s+(?:down|up|off|out))?\s+(?:the|a|an|its|their|his|her|all)\b")


def _second_verb(text: str) -> bool:
    """Whether ``text`` (what follows "and") opens with a verb: a known or "-ed" one, or a bare
    verb told by its object or its adverb ("report their results to the state", "spread
    quickly overnight")."""
    words = _words(text)
    if _verb_first(words[:1]) or words and words[0] in _MORE_VERBS:
        return True
    if not words or _bare(words[0]) in _DETERMINERS | _POSSESSIVES | _PREPOSITIONS | _STOPWORDS_LIKE:
        return False
    return _BARE_VERB.match(text) is not None or len(words) > 1 and re.fullmatch(r"[a-z]{3,}ly", words[1]) is not None


def _new_subject(text: str) -> list[str]:
    """"its team reached the wreck": a clause of its own after "and" (a short noun phrase, then
    its verb), or [] when ``text`` is no such clause."""
    words = _words(text)
    for at in range(1, min(len(words), 5)):
        if _is_verb(words, at) and words[at][:1].islower():
            subject = words[:at]
            if _bare(subject[0]) in _DETERMINERS | _POSSESSIVES and not any(
                    _bare(w) in _PREPOSITIONS | _LINKING | {"and", "or", "but"} for w in subject):
                return words
            return []
    return []


#: A verb right before its date's preposition ("open at", "closes").
_VERB_AT_DATE = re.compile(r"(?P<verb>[a-z]{3,})\s+(?:(?:on|in|at|until|from|by)\s+)?$")


def _parallel_verbs(first: str, rest: str) -> str | None:
    """"Polls open at 7 a.m. and close at 10 p.m.", "(A consultation) opens on Monday and closes
    six weeks later": two verbs of one form, each right before its date, share the subject
    (what ``first`` holds before its verb; none when the clause opens with it: the caller finds
    it); None unless ``first`` and ``rest`` end so."""
    one, two = _VERB_AT_DATE.search(first), _VERB_AT_DATE.fullmatch(rest.lstrip())
    if one is None or two is None:
        return None
    verbs = (one.group("verb"), two.group("verb"))
    if any(v in _NP_STOP or v in TRAILING or v in _DETERMINERS or v in _STOPWORDS_LIKE or v.endswith("ly")
           for v in verbs) or verbs[0].endswith("s") != verbs[1].endswith("s") or verbs[0] == verbs[1]:
        return None
    return " ".join(_words(first[:one.start()]) + [verbs[1]]) + " "


def _coordinated(before: str, others: Sequence[tuple[int, int]]) -> str:
    """"Talks opened on March 5 and closed on": the second verb's subject is the first's
    ("Talks closed"; "He was arrested on Monday and charged" -> "He was charged"); "" when
    ``before`` does not end so. A short phrase may stand between the date and "and" ("broke out
    on Saturday near a rest stop and spread"); a clause starting with its verb leaves the
    subject to the sentence before ("A co-defendant, his bookkeeper, pleaded guilty in January
    and will be sentenced" -> "will be sentenced"); a second clause with a subject of its own is
    the event alone ("was hired on March 1 and its team reached the wreck" -> "its team reached
    the wreck")."""
    for other_start, other_end in sorted(others, reverse=True):
        joined = _JOINED_AFTER.match(before, other_end)
        if joined is None or has_verb(before[other_end:joined.start() + joined.group(0).rstrip().rfind(" ")]):
            continue
        rest = before[joined.end():]
        parallel = _parallel_verbs(before[:other_start], rest)
        if parallel is not None:
            return parallel
        if not _second_verb(rest):
            fresh = _new_subject(rest)
            if fresh:
                return " ".join(fresh) + " "
            continue  # "earnings for 1989 and for 1990": no second verb
        words = _words(before[:other_start])
        for at in range(len(words) - 1, -1, -1):
            # the verb nearest the date that is not a relative clause's ("arrested a man who
            # attacked a guard on Friday and charged him": the police charged him)
            if not _verb_first(words[at:at + 1]) or at and words[at - 1].lower() in ("who", "which", "that"):
                continue
            subject = words[:at]
            if len(subject) > 7:
                return ""
            if subject and all(_bare(w) in _AUXILIARY or _bare(w) in ("who", "which", "that") for w in subject):
                # "who has led Corvant for 12 years and will stay on": a relative clause's verbs; its
                # subject is the noun before it, which the clause alone does not have
                return ""
            second = _words(rest)
            if len(subject) > 1 and subject[-1].lower() in ("was", "were", "is", "are") and len(second) > 1 \
                    and second[1].lower().strip(",;:") not in _PREPOSITIONS:
                # "was named on Sunday evening and made landfall": the second verb has an object, so it
                # is active and does not take the first's "was" ("was arrested and charged with" does)
                subject = subject[:-1]
            return " ".join(subject + second) + " "
        return ""
    return ""


_SPEECH = r"(?:said|says|announced|reported|added|stated|told\s+\w+)"
_SPEECH_BEFORE_DATE = re.compile(r"\b" + _SPEECH + r"\s+(?:(?:on|in|at|early|late|last|this)\s+)*$")
_PRONOUN = frozenset({"it", "they", "he", "she"})


#: A day told by its name ("Friday", "Thursday night", "yesterday"): left in a title, it is
#: another event's date ("won the final on Sunday ... since 2004"). Other expressions may be
#: part of what happened ("fell 4.5% from Oct. 13", "net sales every month") and stay.
_DAY_NAME = re.compile(r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tomorrow|tonight)"
                       r"(?:\s+(?:morning|afternoon|evening|night))?$", re.I)


#: "police said on Monday", "a spokesman told reporters on Wednesday": who told it, the verb,
#: and nothing else before the date. Attribution verbs only attribute; announcing verbs
#: are part of what happened ("the company announced it would close three plants").
_TELLING = re.compile(
    r"^\s*(?P<speaker>(?:[\w\u2019'\-.]+\s+){1,6}?)(?P<verb>(?P<attribution>said|says|reported|added|stated"
    r"|told\s+(?:reporters|journalists|lawmakers|parliament|the\s+\w+|\w+))|announced|confirmed|declared)"
    r"\s+(?:(?:on|early|late|last|this)\s+)*$", re.I)
_QUOTES = "\u201c\u201d\"'`\u2018\u2019"


_PARTICIPLE_CLAUSE = re.compile(r"^\s*(?P<word>due|expected|scheduled|set|slated|planned|[a-z]{2,}ed|held|built|made"
                                r"|taken|given|won|sent|sworn|begun|chosen|brought|fought|laid|paid|sold|spent)"
                                r"(?P<to>\s+to\s+(?:start|begin|end|open|close|launch|finish|take\s+place|be\s+[a-z]{3,}ed)"
                                r"(?=\s+(?:in|by)\s*$))?"  # "due to launch in 2029": the launch is the event
                                r"(?:\s+(?:on|in|at|for|by|to\s+(?:start|begin|end|open|close|take\s+place)\s+on))?\s*$")


def _appositive_participle(head: str, tail: str, lead: str, neighbour: str) -> str:
    """"the company's annual results, due on March 19, could be delayed": a clause set off by
    commas that is only a participle, its date and what follows them (``tail``) dates the
    noun before it ("Company's annual results due"; "would appeal the decision, announced
    Wednesday by the commissioner" -> "Decision announced by the commissioner"); "" otherwise."""
    participle = _PARTICIPLE_CLAUSE.match(head)
    following = _words(neighbour)
    if participle is None or not lead.rstrip().endswith(",") or re.search(r"\bthat\b", tail) or not following \
            or not (_verb_first(following[:1]) or following[0].lower() == "that"):
        return ""  # the sentence goes on after the participle's clause with its own verb
    subject = _words(lead.rstrip()[:-1])
    if 2 <= len(subject) <= 9 and subject[0].lower() in _DETERMINERS and not has_verb(" ".join(subject)):
        # "A no-confidence motion against the whole government, filed on Monday, ...": the
        # sentence's whole subject, prepositions and all
        return _tidy(subject + [participle.group("word")] + _words(participle.group("to") or "")
                     + _words(tail.strip(" ,;:.")))
    noun = _trailing_noun_phrase(lead.rstrip()[:-1])
    inner = [at for at, word in enumerate(noun) if at and word.lower() in _DETERMINERS]
    if inner:  # "appeal the decision": the noun phrase starts at its determiner
        noun = noun[inner[-1] + 1:]
    if not 1 <= len(noun) <= 6 or _verb_first(noun[-1:]):
        return ""
    return _tidy(noun + [participle.group("word")] + _words(participle.group("to") or "") + _words(tail.strip(" ,;:.")))


#: The telling verb alone, its speaker in the sentence before the clause: "The mayor, Jonas
#: Berg, said on Sunday".
_TELLING_VERB = re.compile(
    r"^\s*(?P<verb>(?P<attribution>said|says|reported|added|stated"
    r"|told\s+(?:reporters|journalists|lawmakers|parliament|the\s+\w+|\w+))|announced|confirmed|declared)"
    r"\s+(?:(?:on|early|late|last|this)\s+)*$", re.I)
#: "The mayor, Jonas Berg, ": a short subject and a short apposition naming it.
_SUBJECT_AND_APPOSITION = re.compile(r"^\s*(?P<speaker>[^,;:]{2,60}?)\s*,\s*(?P<apposition>[^,;:]{2,60}?)\s*,\s*$")


def _telling(head: str, lead: str) -> tuple[list[str], list[str], bool] | None:
    """Who told, the telling verb and whether it only attributes, when ``head`` (the clause up
    to the date) is a telling: "Police said on", or "said on" after a subject set off with its
    apposition ("The mayor, Jonas Berg, said on Sunday"); None otherwise. A clause joined by
    a conjunction tells as well (", but she said on Friday that ...")."""
    head = re.sub(r"^\s*(?:and|but|yet)\s+", "", head, flags=re.I)
    telling = _TELLING.match(head)
    if telling is not None:
        words = _words(telling.group("speaker"))
    else:
        telling = _TELLING_VERB.match(head)
        subject = _SUBJECT_AND_APPOSITION.match(lead) if telling is not None else None
        if telling is None or subject is None or any(
                len(_words(part)) > 6 or any(_verb_first([w]) or w.lower() in _NP_STOP | _RELATIVES
                                             for w in _words(part))
                for part in (subject.group("speaker"), subject.group("apposition"))):
            return None
        words = _words(subject.group("speaker"))
    speaker = [w for w in words if w.lower() not in _DETERMINERS and re.search(r"\w", w)]
    if not speaker or _verb_first(speaker[-1:]) or any(w.lower() in _NP_STOP for w in speaker):
        return None
    return speaker, telling.group("verb").split(), telling.group("attribution") is not None


def dated_by_saying(head: str, title: str, lead: str = "") -> bool:
    """Whether ``title`` tells what was said while its date, just after ``head`` ("Police
    said on", "speaking on" after its subject), is when it was said: what was said may have
    happened before."""
    if not title:
        return False
    speaking = _SPEAKING.match(head)
    if speaking is not None and lead.rstrip().endswith(","):
        return _SPOKE[speaking.group("word").lower()] not in title.lower().split()
    telling = _telling(head, lead)
    return telling is not None and title.split()[-1].lower() != telling[1][-1].lower()


def _told(clause: str, local_start: int, local_end: int, lead: str, others: Sequence[tuple[int, int]],
          dated_lead: bool) -> str:
    """The title of a date that only tells when something was said, when what was said has no
    date of its own: "Police said on Monday that they had arrested two men" -> "Police had
    arrested two men"; "Rebels have seized the airport, a spokesman told reporters on
    Wednesday" -> "Rebels have seized the airport". Empty when the clause does not read so
    (what was said has its own date: then the saying is an event of its own)."""
    telling = _telling(clause[:local_start], lead)
    if telling is None:
        return ""
    speaker, verb, attribution = telling
    after = clause[local_end:]
    if _verb_first(_words(after)[:1]):
        return ""  # "The outbreak declared on August 9 has infected 14 people": a participle, no saying
    if re.match(r"\s*(?:\u2019s|'s)\b", after) or any(s >= local_end for s, _ in others):
        # "said Thursday's talks ...", "said on Thursday that talks would continue tomorrow": what
        # was said is an event of its own, and the saying keeps its plain title ("Ministry said")
        return ""
    said = _what_was_said(after, speaker, verb, attribution)
    if said is not None:
        return said
    if _words(after.strip(" ,;:.")) or not attribution or _TELLING.match(clause[:local_start]) is None:
        return ""  # the sentence before told what was said, unless it named the speaker ("The mayor, X, said")
    said_before = [w.strip(_QUOTES) for w in _words(lead.strip(" ,;:"))]
    said_before = [w for w in said_before if re.search(r"\w", w)]
    if len(said_before) < 3 or said_before[0].lower() in FRAMING:
        return ""
    # "X died on Tuesday night, his family said on Wednesday": X is an event of its own, and
    # the saying keeps its plain title ("His family said")
    return "" if dated_lead else _tidy(said_before)


def _what_was_said(after: str, speaker: list[str], verb: list[str], attribution: bool) -> str | None:
    """The title telling what ``after`` (the words after a telling verb) says, or None when it
    says too little to be a title ("said so")."""
    that = re.match(r"\s*,?\s*that\s+", after)
    content = [w.strip(_QUOTES) for w in _words(after[that.end():] if that else after)]
    content = [w for w in content if re.search(r"\w", w)]
    if not that and verb[0].lower() == "reported" and content:
        return ""  # "reported third-quarter net of $68.2 million": a figure, not speech
    if len(content) < 3:
        return None
    first = content[0].lower()
    if not attribution or first in ("he", "she"):
        # "Castro said she had been kidnapped": whose "she" is unknown, so the saying stays
        return _tidy(speaker + verb + content)
    if first == "it" and len(content) > 2 and _bare(content[1]) in ("is", "was", "has", "had") and \
            _bare(content[2]) in _EXPLETIVE_IT:
        return _tidy(speaker + verb + content)  # "said it is hoped the first aircraft ...": no one's "it"
    if first in ("it", "they") and speaker[0].lower() not in _PRONOUN:
        content = speaker + content[1:]
    return _tidy(content)


#: What follows an "it is"/"it was" that stands for no one: "it is hoped", "it was likely".
_EXPLETIVE_IT = frozenset("hoped expected believed thought understood likely unlikely possible impossible clear "
                          "unclear feared reported estimated known said been time too".split())


#: A title that is a saying whose content holds the date: "Police said the suspect was arrested
#: (on Monday)". The content is what the date tells.
_SAID_CONTENT = re.compile(r"^(?P<speaker>(?:[\w\u2019'\-.]+\s+){1,6}?)(?P<verb>said|says|added|stated"
                           r"|told\s+(?:reporters|journalists))\s+(?P<content>(?:that\s+)?\S.*)$", re.I)


#: "added" with an amount is no saying: "Airlines added 30 extra flights", "employers added 151,000 jobs".
_ADDED_AMOUNT = re.compile(r"added\s+(?:[$\u00a3\u20ac]?\d|(?:another|more\s+than|about|nearly|some|almost)\s|"
                           r"(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)", re.I)


_MORE_VERBS = frozenset("burst grew spread threw drew blew knew slid hid bit rang sang swam wore tore bore "
                        "dug stuck struck spent lent bent meant dealt felt".split())


_COUNTING = frozenset("of many few several some all more most other both".split())


def _tells_something(words: list[str]) -> bool:
    """Whether ``words`` hold a verb: a known one, an "-ed" word, or a present "-s" after a
    noun ("the market remains nervous"), not only names ("special envoy Ali Reza")."""
    return has_verb(" ".join(words)) or any(
        word in _MORE_VERBS or at and len(word) > 3 and word.endswith("s") and not word.endswith("ss")
        and word.islower() and _bare(words[at - 1]) not in _DETERMINERS | _POSSESSIVES | _COUNTING
        and not re.search(r"\d", words[at - 1])
        for at, word in enumerate(words))


def _content_of_saying(title: str) -> str:
    """"Authority said the river burst its banks" (its date inside what was said) ->
    "River burst its banks"; "" when the title is no such saying or says too little after
    its verb ("said in a speech", "said so")."""
    saying = _SAID_CONTENT.match(title)
    if saying is None or _ADDED_AMOUNT.match(saying.group("verb") + " " + saying.group("content")):
        return ""
    speaker = [w for w in _words(saying.group("speaker")) if w.lower() not in _DETERMINERS and re.search(r"\w", w)]
    content = _words(saying.group("content"))
    if not speaker or _verb_first(speaker[-1:]) or any(w.lower() in _NP_STOP | _RELATIVES for w in speaker) \
            or content[0].lower() in FRAMING | LEADING - {"that", "the", "a", "an"} \
            or content[0].lower() in ("it", "this", "there") and len(content) < 4 \
            or not _tells_something(content) or content[0].lower() in ("he", "she"):
        return ""  # "said special ambassador Mikhail Sytenko ...": no verb of its own, nothing told yet
    if content[0].lower() in ("its", "their") and speaker[0].lower() not in _PRONOUN:
        # "Unisys said its European business was weak" -> "Unisys's European business was weak"
        owner = speaker[-1] + "'s"
        content = speaker[:-1] + [owner] + content[1:]
    said = _what_was_said(" " + " ".join(content), speaker, saying.group("verb").split(), True) or ""
    return said + " \u2026" if said and title.endswith("\u2026") else said


#: "President Biden, speaking on Tuesday, said ...": a speaking verb's participle set off by
#: commas, what it is said to and where before the date.
_SPOKE = {"speaking": "spoke", "talking": "talked", "writing": "wrote", "testifying": "testified",
          "addressing": "addressed", "briefing": "briefed", "commenting": "commented", "responding": "responded",
          "replying": "replied", "answering": "answered", "telling": "told"}
_SPEAKING = re.compile(r"^\s*(?P<word>" + "|".join(_SPOKE) + r")\b(?P<rest>[^,;:]*?)"
                       r"\s+(?:(?:on|early|late|last|this)\s+)*$", re.I)
#: Any participle so set off: "The president, visiting Kyiv on Tuesday, pledged more aid".
_DOING = re.compile(r"^\s*(?P<word>[a-z]{3,}ing)\b(?P<rest>[^,;:]*?)\s+(?:(?:on|early|late|last|this)\s+)*$")
_ANNOUNCING_FIRST = re.compile(r"^\s*(?:announced|confirmed|declared|unveiled|pledged|promised)\b", re.I)
_ATTRIBUTION_FIRST = re.compile(r"^\s*(?P<verb>said|says|added|stated|told\s+(?:reporters|journalists|\w+))\b", re.I)


def _appositive_speaking(head: str, tail: str, lead: str, neighbour: str, later: bool) -> str:
    """"President Biden, speaking on Tuesday, said the war would end soon": the date is the
    speaking's, so the title is what was said ("War would end soon") when that has no date of
    its own (``later``: the sentence has an expression after this one), else the speaker
    speaking ("President Biden spoke"); "" when the clause does not read so."""
    speaking = _SPEAKING.match(head) or _DOING.match(head)
    following = _words(neighbour)
    if speaking is None or _words(tail.strip(" ,;:.")) and not tail.lstrip().startswith(("at ", "to ", "in ")) \
            or not lead.rstrip().endswith(",") or not following or not _verb_first(following[:1]):
        return ""
    subject = _trailing_noun_phrase(lead.rstrip()[:-1])
    if not 1 <= len(subject) <= 6 or _verb_first(subject[-1:]):
        return ""
    spoke = _SPOKE.get(speaking.group("word").lower())
    if spoke is None:  # "The president, visiting Kyiv on Tuesday": the date is the visit's
        return _tidy(subject + [speaking.group("word")] + _words(speaking.group("rest")) + _words(tail.strip(" ,;:.")))
    attribution = _ATTRIBUTION_FIRST.match(neighbour)
    if attribution is not None and not later:
        said = _what_was_said(neighbour[attribution.end():], subject, attribution.group("verb").split(), True)
        if said:
            return said
    if _ANNOUNCING_FIRST.match(neighbour) and not later:  # announcing is part of what happened
        return _tidy(subject + following)
    return _tidy(subject + [spoke] + _words(speaking.group("rest")) + _words(tail.strip(" ,;:.")))


def _without_phrase(text: str, expression: str) -> str:
    """``text`` without ``expression``, a day's name or a possessive date, and the "on" before it."""
    if expression not in text:
        return text
    if not _DAY_NAME.match(expression) and not re.search(
            r"(?<![\w])" + re.escape(expression) + r"(?:\u2019s|'s)(?![\w])", text):
        return text  # a possessive date leaves its noun: "rejected last week's election result"
    return without_expression(text, expression)


def without_expression(text: str, expression: str) -> str:
    """``text`` without the first ``expression`` and the preposition before it; a possessive
    date leaves its noun ("injured in Monday's explosion" -> "injured in the explosion")."""
    escaped = re.escape(expression)
    possessive = re.search(r"(?<![\w])" + escaped + r"(?:\u2019s|'s)(?![\w])", text)
    if possessive:
        return text[:possessive.start()] + "the" + text[possessive.end():]
    return re.sub(r"(?:\b(?:on|in|at|by|early|late)\s+)?(?<![\w])" + escaped + r"(?![\w])", " ", text, count=1)


def _reported_without_that(before: str, earlier: Sequence[tuple[int, int]]) -> str:
    """"The airline said on Thursday it would cut 2,000 jobs by the end of": the date after
    the speech verb is the saying's, so this later date's event is the reported clause, its
    pronoun standing for the speaker ("Airline would cut 2,000 jobs"). ``before`` unchanged
    when it does not read so."""
    for other_start, other_end in sorted(earlier, reverse=True):
        speech = _SPEECH_BEFORE_DATE.search(before[:other_start])
        told = _words(before[other_end:].lstrip(" ,"))
        if speech is None or len(told) < 2 or not re.match(r"\s*,?\s*[A-Za-z]", before[other_end:]):
            continue
        if told[0].lower() in _PRONOUN:
            speaker = _words(before[:speech.start()])
            if 1 <= len(speaker) <= 6:
                told = speaker + told[1:]
        return " ".join(told) + " "
    return before


#: A saying after an opening date: "(On Monday) the company announced that it would close ..."
_OPENING_SAYING = re.compile(r"^\s*,?\s*(?P<speaker>(?:[\w\u2019'\-.]+\s+){1,6}?)(?P<verb>said|says|announced|confirmed|"
                             r"declared|disclosed|revealed|told\s+(?:reporters|journalists))\s+that\s+(?P<content>\S.*)$",
                             re.I | re.S)


#: An anchor's signal and determiner right before an attributive date: "four weeks after the
#: (April 14 crash)", "since the (Oct. 23 slaying)": the one noun after the date is its event.
_NAMED_BY_DATE = re.compile(r"\b(?:after|before|since|following|until|of)\s+(?:the|their|his|her|its)\s*$", re.I)


#: Verbs whose object happens when they do: one takes part in the happening ("won Sunday's
#: runoff", "attended Monday's summit"), ending right before a possessive date.
_TAKING_PART = re.compile(r"\b(?:won|wins|lost|loses|attended|attends|led|leads|joined|joins|boycotted|boycotts|"
                          r"skipped|skips|missed|misses|hosted|hosts|chaired|chairs|addressed|addresses|played|"
                          r"contested|swept|dominated|headlined|opened|closed|disrupted|marred|overshadowed)\s*$", re.I)


#: A calendar date's words: a number or a month's name ("28 May", "March 9", "2019").
_CALENDAR_WORDS = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![\w'])|"
                             r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
#: What lists two dates: "on 28 May and 3 June", "March 3, March 9 or March 12".
_LISTED = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s*|\s*,\s*", re.I)


#: A part of the day naming the date after it, which the engine leaves out of the expression.
PART_OF_DAY_OF = re.compile(r"(?:\b(?:on|in|during|by|until)\s+)?\bthe\s+(?:(?:early|late)\s+)?(?:morning|afternoon|"
                             r"evening|night|early\s+hours|small\s+hours)\s+of\s*$", re.I)


#: A beginning told by what happened then: "a case that began when a bank flagged transfers (in 2021)".
_BEGUN_WHEN = re.compile(r"\b(?:began|begun|started|erupted|arose|broke\s+out)\s+when\s+"
                         r"(?P<clause>[^,;:]{3,120}?)\s+(?:(?:in|on|at|during|early|late|last)\s+)*$", re.I)


#: A bound before a cut date, inside a title: "would last at least (until Sunday) and ...".
_HEDGE_BOUND = frozenset(_BOUND) | {("at", "least"), ("at", "most")}
#: "and issued", "and added": a past verb after "and".
_AND_PAST = re.compile(r"\s*,?\s*and\s+[a-z]{3,}ed\b")


def _outside_modal(head: list[str], after: str) -> str:
    """``after`` up to a past verb after "and" when ``head`` is a modal's verb phrase: "AEMET said
    the heat would last at least until Sunday and issued red warnings": the warnings are AEMET's,
    for "would ... and issued" cannot share the modal ("Heat would last")."""
    joined = _AND_PAST.match(after)
    if joined is None or not any(_bare(w) in ("will", "would", "could", "might", "may", "can") for w in head[1:]):
        return after
    return ""


def _title_for(clause: str, clause_start: int, start: int, end: int, is_anchored: bool, neighbour: str,
               others: Sequence[tuple[int, int]] = ()) -> str:
    local_start, local_end = start - clause_start, end - clause_start
    before, after = clause[:local_start], clause[local_end:]
    for other_start, other_end in others:
        # "smaller blazes on 28 May and 3 June": a date listed with this one is no word of the title
        if not (_CALENDAR_WORDS.search(clause, local_start, local_end) and
                _CALENDAR_WORDS.search(clause, other_start, other_end)):
            continue  # "four years ago and now", "Thursday and the week's most active session"
        if other_start >= local_end and _LISTED.fullmatch(clause, local_end, other_start):
            after = clause[other_end:]
        elif other_end <= local_start and _LISTED.fullmatch(clause, other_end, local_start):
            before = clause[:other_start]
    before = PART_OF_DAY_OF.sub(" ", before)  # "On the afternoon of 5 August 2010 a section ... caved in"
    zone = _ZONE_AFTER.match(after)
    if zone:
        after = after[zone.end():]
    after = re.sub(r"^\s*alone\b", "", after)  # "were detained in December alone"
    begun = _BEGUN_WHEN.search(before) if not is_anchored and not _words(after.strip(" ,;:.")) else None
    if begun and _tells_something(_words(begun.group("clause"))) and not _verb_first(_words(begun.group("clause"))):
        # "ending a case that began when a bank flagged suspicious transfers in 2021": the
        # beginning is the when-clause's happening, which the date dates
        return _tidy(_words(begun.group("clause")))
    if not is_anchored:
        relative = _last_relative(before)
        crossed = relative is not None and any(relative.start() <= s and e <= local_start for s, e in others)
        inside = "" if crossed else _in_relative_clause(before, after) or _in_reduced_relative(before, after)
        if inside:
            return inside
        before = _without_relatives(before, [(s, e) for s, e in others if e <= local_start])
        following = [s for s, _ in others if s >= local_end]
        if following:  # "opened on March 5 and closed on March 7": March 5's event ends at "and"
            joined = _JOINED.search(clause, local_end, min(following))
            if joined:
                after = clause[local_end:joined.start()]
        coordinated = _coordinated(before, [(s, e) for s, e in others if e <= local_start])
        if coordinated:
            before = coordinated
        if re.match(r"\s*(?!(?-i:WHO)\b)(?:who|which)\b", clause, re.I) and len(_words(before + after)) >= 2:
            neighbour = ""  # ", who resigned on Tuesday, said ...": the relative clause is the event
    if is_anchored:
        # "was hired on March 1 and its team reached the wreck two days later": the team's
        before = _coordinated(before, [(s, e) for s, e in others if e <= local_start]) or before
        words = _words(before)
        if len([w for w in words if w.lower() not in TRAILING]) < 2:
            told = clause.strip()
            if told and told in neighbour and neighbour[:neighbour.index(told)].rstrip().endswith(",") \
                    and len(_words(neighbour[:neighbour.index(told)])) >= 4:
                # "Moreno scored the winner, a week after he returned": not "..., a week"
                neighbour = neighbour[:neighbour.index(told)]
            words = _words(neighbour) + words
        return _tidy(words) or "Event"
    possessive = re.match(r"\s*(?:\u2019s|'s)\s+", after)
    attributive = re.match(r"\s+(?=[a-z])", after) and re.search(r"\b(?:their|the|a|an|his|her|its|our)\s*$", before)
    if possessive or attributive:
        tail = after[possessive.end():] if possessive else after
        taken: list[str] = []
        tail_words = _words(tail)
        # "injured in Monday's explosion at the plant died in hospital": a date inside a
        # prepositional phrase names a happening whose title ends before the sentence's verb
        # ("Monday's blasts killed 257 people" keeps it)
        governed = re.search(r"\b(?:in|at|on|after|before|during|since|by|from|of|with|following)\s+"
                             r"(?:(?:the|a|an|their|his|her|its|our)\s+)?$", before, re.I)
        if governed and governed.group(0).split()[0].lower() in ("after", "before", "since") and tail_words and \
                (len(tail_words) == 1 or _is_verb(tail_words, 1) and _bare(tail_words[1]) not in _PRESENT):
            # "two weeks after the Nov. 5 election left Miller ahead": a clause after its signal,
            # whose verb is the noun's ("Election left Miller ahead"); "a day after the March 5
            # ceasefire" names the ceasefire; a present verb is the sentence's ("Nestle's share before
            # Friday's purchases is far below ...")
            return _tidy(tail_words[:3 * MAX_WORDS])
        for at, word in enumerate(tail_words):
            if taken and re.match(r"\d", word) and possessive is None and _NAMED_BY_DATE.search(before):
                break  # "Since its 1967 debut 5,700 737s have been delivered": a number opens the main clause
            if word.lower().strip(",.;:") in STOP_AFTER or governed and taken and _is_verb(tail_words, at) \
                    and _bare(tail_words[at + 1] if at + 1 < len(tail_words) else "") != "by":
                break
            taken.append(word)
            if len(taken) >= 8:
                break
        if len(taken) == 1 and _NAMED_BY_DATE.search(before) and not _is_verb(taken, 0):
            return _tidy(taken)  # "four weeks after the April 14 crash": the crash is April 14's
        if len(taken) >= 2:
            taking_part = _TAKING_PART.search(before) if possessive else None
            if taking_part is not None and len(_words(before[:taking_part.start()])) >= 1:
                # "Petric won Sunday's presidential runoff": winning is that day's too, and the
                # title says who did it ("The court annulled last week's result" does not)
                return _tidy(_words(before) + taken)
            return _tidy(taken)
    reported = re.search(r"\b(?:said|says|announced|reported|added|stated|told\s+\w+)\b[^,;]*?\bthat\s+", before)
    if reported:
        speaker = _words(before[:reported.start()])
        before = before[reported.end():]  # "said on Thursday that talks would continue tomorrow": the talks
        pronoun = re.match(r"\s*(?:it|they)\s+(?=[a-z])", before)
        if pronoun and 1 <= len(speaker) <= 6 and _bare(speaker[0]) not in _OWN_SUBJECT - _DETERMINERS:
            # "The World Food Programme said on Wednesday that it would halve rations from June 1"
            before = " ".join(speaker) + " " + before[pronoun.end():]
    else:
        before = _reported_without_that(before, [(s, e) for s, e in others if e <= local_start])
    if not is_anchored and _SPEECH_BEFORE_DATE.search(before) and any(s >= local_end for s, _ in others):
        after = ""  # "said on Thursday it would cut 2,000 jobs by the end of the year": Thursday's is the saying
    for other_start, other_end in sorted(others, reverse=True):
        if other_start >= local_end and clause.endswith(after):
            # "voted in 2022 to strip his name from a library he opened in 2015": the clause
            # ending at the later date is that date's event
            gap = clause[local_end:other_start]
            contact = _CONTACT_CLAUSE.search(gap)
            if contact is not None and _words(gap[:contact.start()]):
                after = gap[:contact.start()] + clause[other_end:]
    for other_start, other_end in others:  # "won the final on Sunday ... since 2004": Sunday is another event's
        before = _without_phrase(before, clause[other_start:other_end])
        after = _without_phrase(after, clause[other_start:other_end])
    head = _words(before)
    if possessive:
        after = after[possessive.end() - 1:]  # "to compete in this year's election" -> "... in election"
    if not (possessive or attributive):
        while head and (head[-1].lower() in TRAILING or tuple(w.lower() for w in head[-2:]) in _HEDGE_BOUND) \
                and not _is_particle(head):
            head = head[:-2 if tuple(w.lower() for w in head[-2:]) in _HEDGE_BOUND else -1]
        after = _outside_modal(head, after)
        if [word.lower() for word in head] == ["up"]:
            head = []  # what "Up until Thursday" leaves
    participle = _participle_with_subject(head, _words(after), neighbour)
    if participle:
        return participle
    if neighbour and not _words(after.strip(" ,;:.")) and head and head[0].lower() in FRAMING and \
            (len(head) <= 4 and not any(w.lower() in _AUXILIARY for w in head) or not has_verb(" ".join(head))) \
            and has_verb(neighbour):  # ("Early elections were held in November, and ..." is a clause)
        # "During the day Friday, Elian played ...", "In contrast to Thursday, when ...": the
        # clause only frames the time; the event is told in the clause after it.
        framed = _tidy(_words(neighbour))
        if len(_words(framed)) >= 2:
            return framed
    opening = _OPENING_SAYING.match(after) if not head and not is_anchored and \
        not any(s >= local_end for s, _ in others) else None
    if opening:
        # "On 12 October 2017 its founders announced that a rival had agreed to buy it": an opening
        # date is the saying's, and what was said (no date of its own) is the title, as for
        # "said on Monday that": announcing stays ("Its founders announced a rival had agreed to buy it")
        speaker = _words(opening.group("speaker"))
        verb = opening.group("verb").split()
        if verb[0].lower() in ("announced", "confirmed", "declared", "disclosed", "revealed"):
            said = _tidy(speaker + verb + _words(opening.group("content")))
        else:
            said = _what_was_said(" that " + opening.group("content"), speaker, verb, True) or ""
        if len(_words(said)) >= 3:
            return said
    text = " ".join(head + _words(after))
    text = re.sub(r"\b(said|says|announced|reported|added|told reporters)\s+that\b.*$", r"\1", text)
    tidy = _tidy(_words(text))
    if len(_words(tidy)) < 2:
        tidy = _tidy(_words(text) + _words(neighbour))
    return tidy or "Event"
