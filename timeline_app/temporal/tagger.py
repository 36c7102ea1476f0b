"""The tagger: one scan of the text with the compiled rules, context checks, resolution.

Pipeline (after chrono's parsers-then-refiners): the rules indexed by first word propose matches
left to right; a context check per rule drops non-dates ("May" the name, "2011 people");
the resolver turns each survivor into a value against the reference or an earlier
expression. The text is lower-cased once (length-preserving) and scanned once, so the
cost is linear in its length.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from timeline_app.temporal import calendar as cal
from timeline_app.temporal.model import Grain, Interval, Reference, Timex, TimexType
from timeline_app.temporal.resolver import (BETWEEN_BEFORE, IMPERATIVE_MARK, PARAGRAPH_BREAK, QUESTION_MARK,
                                            RANGE_LINK, RESOLVERS, SENTENCE_BREAK, Context, Resolution, Unjoined,
                                            day_of, days_in_brackets, holiday_country, named_day_reading)
from timeline_app.temporal.rules import Narrowing, Rule, RuleSet, load_rules, word_trie

_WORD = re.compile(r"[\w'’]+")
_SENTENCE_END = re.compile(r"[.!?\n]\s|\n")
_PREV_WORD = re.compile(r"([\w'’]+)[\s,]*$")
_NEXT_WORD = re.compile(r"^[\s]*([\w'’]+)")

YEAR_BEFORE = frozenset(
    "its his her their our your my that this these those a the in since until till by of from to through between before after during early late mid around "
    "circa c year the fiscal 'til and or than about spring summer autumn fall winter january "
    "february march april may june july august september october november december jan feb mar "
    "apr jun jul aug sep sept oct nov dec christmas easter break".split())
YEAR_AFTER = frozenset(
    "and to when was were is will would saw had has as with while but or that which after before here "
    "until through election elections season campaign olympics census budget levels".split())
# Units after a four-digit number that make it a quantity even after "the" or "at" ("the 1500 metres").
MEASURE_AFTER_NUMBER = frozenset("metres meters metre meter m km kilometres kilometers miles mile yards feet ft kg "
                                 "kilograms tonnes tons pounds lbs points pts troops soldiers men people "
                                 "euros dollars yen yuan rupees guineas degrees calories mph kph hp rpm".split())
FULL_MONTHS = frozenset("january february april june july august september october november december".split())
MONTH_BEFORE = YEAR_BEFORE | frozenset("last next this each every throughout into on for that "
                                        "as early-to since".split())
PLURAL_UNIT_BEFORE = frozenset("for over within in after the past recent coming last next several "
                               "many few some of be take takes took taking spent spend spending lasted "
                               "lasting lasts".split())
VAGUE_REJECT_AFTER = {"current": frozenset("account accounts affairs events flow flows source sources "
                                           "density carrying".split())}
SEASON_BEFORE = frozenset("in this last next by during since until till early late mid the of "
                          "through over throughout from".split())
PAST_ED_EXCEPTIONS = frozenset("need speed indeed red bed seed feed shed bleed breed proceed exceed "
                               "succeed hundred embed united based related".split())
# ("would stay closed through Friday", "remain shut until Monday": a participle after "stay" or "remain"
# is an adjective, no past tense)
PASSIVE_BEFORE = frozenset("be been being is are am get gets getting to will would should could can may "
                           "might must stay stays stayed staying remain remains remained remaining".split())
# "Have a great weekend", "Happy weekend!": wishes and verdicts name the weekend at hand.
WEEKEND_WISHES = ("great", "good", "nice", "happy", "best", "lovely", "wonderful", "relaxing", "restful",
                  "fun", "busy", "quiet", "fantastic", "awesome", "amazing", "enjoyable", "productive")
DAY_MONTH_REJECT = frozenset({"may", "march", "mar", "mar."})


def _prev_word(lower: str, start: int) -> str:
    match = _PREV_WORD.search(lower, max(0, start - 40), start)
    return match.group(1) if match else ""


def _next_word(lower: str, end: int) -> str:
    match = _NEXT_WORD.match(lower[end:end + 40])
    return match.group(1) if match else ""


def _capitalised(text: str, start: int) -> bool:
    return text[start:start + 1].isupper()


ContextCheck = Callable[["Tagger", str, str, dict[str, tuple[int, int]], int, int], bool]


_STREET_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){1,3}\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|"
                           r"Lane|Drive|Place|Square|Court|Terrace|Crescent|Parkway|Highway)(?![a-z])")


# Verbs that take a year as their object ("the yuan ended 2018 down 5 percent", "stocks began 2019 lower")
_YEAR_VERB_BEFORE = frozenset("ended began entered finished started".split())
_APPROXIMATE_BEFORE = frozenset("around circa c ca".split())
# verbs that name a year as something ("the Assembly proclaimed 2025 the International Year of ...")
_NAMING_VERB_BEFORE = frozenset("proclaimed proclaim proclaims declared declare declares designated designate "
                                "designates named name names dubbed".split())
_FLIGHT_CODE_BEFORE = re.compile(r"\b[Ff]light\s+[A-Z][A-Z0-9]\s+$")


# the number of a post in a thread, opening its line: "1/ ", "2/ "
_THREAD_MARK = re.compile(r"[ \t]*\d{1,2}/[ \t]+")
_CELL_END = re.compile(r"[ \t]*(?:\||\t|\r?\n|$)")


def _check_bare_year(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                     start: int, end: int) -> bool:
    before = lower[max(0, start - 2):start]
    if before.endswith(("$", "#", "£", "€", "no", "№", ":")) or \
            before.split("\n")[-1].strip().endswith(("-", "/")) and not _bullet_before(lower, start) and \
            _THREAD_MARK.fullmatch(lower, lower.rfind("\n", max(0, start - 8), start) + 1, start) is None:
        # "10:2014", "pp. 12- 2014", not a year that opens a line after "Key dates:" or a bullet, or
        # a post of a numbered thread ("2/ 2020 was worse")
        return False
    if re.search(r"\bno\.\s?$", lower[max(0, start - 5):start]):
        return False  # "Ordinance No. 2022-31", "Resolution No. 2019-4": a document's number
    if re.search(r"\b(?:cols?\.|columns?)\s?$", lower[max(0, start - 9):start]):
        return False  # "HL Deb 12 March 2024 col. 1234", "cols. 1467-9": a column of Hansard, no year
    year_end = spans["year"][1] if "year" in spans else end
    serial = re.match(r"/(\d\d)(?![\d/])", text[year_end:year_end + 4])
    if serial and lower[start:year_end].isdigit() and int(serial.group(1)) != (int(lower[start:year_end]) + 1) % 100:
        return False  # "HYDROPAC 1234/24", "NOTAM A1234/24": a message's number and its year, no year 1234
    if re.search(r"\d\.$", before):
        return False  # "$1.1850", "at 1.2015 dollars": the decimals of a price or a rate
    prev = _prev_word(lower, start)
    if prev in ("number", "no", "flight", "route", "model", "room", "page", "pages", "version", "interstate",
                "highway", "article", "resolution", "ordinance", "code", "section", "rule", "chapter", "form", "windows", "exit",
                "gate", "channel", "suite", "apartment", "port", "ports", "build", "about", "some",
                "nearly", "almost", "over", "than", "and"):
        if prev == "over" and "year2" in spans:
            pass  # "average 2 percent over 2020-2022": the years, not "more than" a number
        elif prev not in ("and",) or not re.search(r"\d{4}\s*(?:,|and)\s*$", lower[max(0, start - 12):start]):
            return False
    if _FLIGHT_CODE_BEFORE.search(text, max(0, start - 12), start):
        return False  # "flight UA 1540": a flight number after its airline's code
    if _STATUTE_CODE_BEFORE.search(lower, max(0, start - 16), start):
        return False  # "18 U.S.C. 1343", "42 USC 1983", "§ 1956": a section of a code of laws
    if _BILL_NUMBER_BEFORE.search(text, max(0, start - 24), start):
        return False  # "H.R. 1319", "Senate Bill 1047", "SB 1047": a bill's number ("the Finance Bill 2021" is a year)
    if _DOCUMENT_NUMBER_AFTER.match(text, end) and not _next_year_after_slash(text, start, end):
        return False  # "SI 2020/350", "Directive 2019/1937", "Regulation (EU) 2016/679": a document's number
    if "year2" in spans and "year" in spans and text[spans["year"][1]:spans["year2"][0]] == "/" and \
            spans["year2"][1] - spans["year2"][0] == 4 and \
            int(lower[spans["year2"][0]:spans["year2"][1]]) <= int(lower[spans["year"][0]:spans["year"][1]]):
        return False  # "Directive 2019/1937": a document's year and number, no range of years
    if _PHONE_PREFIX_BEFORE.search(text, max(0, start - 8), start):
        return False  # "0800 1111", "020 7946 0018": a telephone number
    if _STREET_AFTER.match(text, end) and prev not in YEAR_BEFORE:
        return False  # "1600 Pennsylvania Avenue": a house number
    if _BLOCK_OF.match(lower, end):
        return False  # "the 1800 block of West Madison Street": a stretch of street, as US police write it
    if _next_word(lower, end) in MEASURE_AFTER_NUMBER and prev not in ("in", "since", "until", "till", "by"):
        return False  # "won the 1500 metres", "closed at 1435 points": a quantity
    digits = lower[start:end]
    if _next_word(lower, end) in ("gmt", "utc") and prev not in ("in", "during", "year") and digits.isdigit() and int(digits[:2]) < 24 and int(digits[2:]) < 60:
        return False  # "by 1130 GMT": a clock time (rule "military_time")
    after = lower[end:end + 3]
    if after[:1] in (",", ".", ";", ":", ")", "'", "’", '"', "”", "!", "?", "") or after.startswith("\n"):
        return prev in YEAR_BEFORE or True
    if _CELL_END.match(lower, end) and (lower[max(0, start - 4):start].rstrip(" ")[-1:] in ("|", "\t") or
                                        _line_start(lower, start)):
        return True  # "| 2019 | Founded |", "2019\tFounded": a table's cell that is the year alone
    if (prev in _APPROXIMATE_BEFORE or prev in _YEAR_VERB_BEFORE) and _count_noun_after(lower, end):
        return False  # "Around 1900 students signed", "started 2019 employees": a count, not a year
    if prev in YEAR_BEFORE or prev in _YEAR_VERB_BEFORE:
        return True
    if prev in _NAMING_VERB_BEFORE and _next_word(lower, end) in ("the", "a", "an"):
        return True  # "proclaimed 2025 the International Year of ...", "declared 2024 a year of reform"
    if prev == "due" and not _count_noun_after(lower, end):
        return True  # "the 5 1/2% bonds due 2030": a bond's maturity year
    if (prev.endswith(("'s", "’s", "s'", "s’")) and prev not in _NOT_POSSESSIVE_S or prev == "entire") and \
            digits.isdigit() and 1800 <= int(digits) <= 2099 and not _count_noun_after(lower, end):
        return True  # "Disney's 2021 slate", "the festival's 2020 edition", "its entire 2021 slate": the year's
    if _next_word(lower, end) in YEAR_AFTER:
        return True
    if _ENTRY_DASH.match(lower, end) and (_bullet_before(lower, start) or _line_start(lower, start) or
                                          lower[max(0, start - 3):start].rstrip()[-1:] in (":", ";", "|")):
        # a chronology's entry: "1914 - War breaks out.", "- 1939: war again"; a list's in a line:
        # "Attendance: 2019 — 1,200; 2020 — 1,450"
        return True
    if _bullet_before(lower, start) and not _count_noun_after(lower, end) and \
            _next_word(lower, end) not in MEASURE_AFTER_NUMBER:
        return True  # a list's item that opens with its year: "- 2019 review of the year", "* 2021 graduate"
    if not digits.isdigit():
        return True  # a range of years ("2018-19", "the 2019/20 season"): the resolver checks its order
    # A year after a name ("IFA 2014", "Winter Show 2012") or before one ("2015 Red Dot Awards").
    previous = _PREV_WORD.search(text, max(0, start - 40), start)
    following = _NEXT_WORD.match(text[end:end + 40])
    return bool(previous and previous.group(1)[:1].isupper()) or bool(following and following.group(1)[:1].isupper())


_ON_UNIT_AFTER = re.compile(r"-(?:on|over|to)-(?:year|month|week|quarter|day)\b")
_BLOCK_OF = re.compile(r"\s+block\s+of\b")


# a code of laws and its section sign: "18 U.S.C. 1343", "42 USC 1983", "40 C.F.R. 1508", "§ 1956"
# (the code after its title number: "USC" alone is also a university, "the USC 2019 season")
_STATUTE_CODE_BEFORE = re.compile(r"(?:\b\d{1,2}\s+(?:u\.\s?s\.\s?c\.(?:\s?a\.)?|usc|c\.f\.r\.|cfr)\s*|§\s*)(?:§\s*)?$")


# a bill's number after the chamber that files it: "H.R. 1319", "S. 2938", "HB 1557", "Senate Bill 1047",
# "Assembly Bill 1505", "House Resolution 1096" (written in capitals, as bills are named)
_BILL_NUMBER_BEFORE = re.compile(r"(?:\bH\.\s?R\.|\bH\.\s?B\.|\bS\.\s?B\.|\bA\.\s?B\.|(?<![\w.])S\.|\b[HSA]B|"
                                 r"\b(?:Senate|House|Assembly)\s+(?:Bill|Resolution|Joint\s+Resolution)|"
                                 r"\bH\.\s?Res\.|\bS\.\s?Res\.)\s?(?:No\.\s?)?$")
# a number after a year and a slash that is no following year: "2016/679", "2020/350", "2019/1937"
# ("Directive 2009/65/EC", "Decision 2011/137/CFSP": the EU's year/number/series, as it cites its acts)
_DOCUMENT_NUMBER_AFTER = re.compile(r"/\d{3,}(?![\d/])|/\d{1,4}/[A-Z]{2,}\b")
# a telephone number's area or service code before the group: "0800 1111", "020 7946 0018"
_PHONE_PREFIX_BEFORE = re.compile(r"(?<![\d,.])0\d{2,4}[\s-]$")


def _next_year_after_slash(text: str, start: int, end: int) -> bool:
    """"2019/2020": the following year after the slash, a season or a school year."""
    following = text[end + 1:end + 5]
    return following.isdigit() and text[start:end].isdigit() and int(following) == int(text[start:end]) + 1


def _name_follows(tagger: "Tagger", text: str, lower: str, at: int) -> bool:
    """Whether a capitalised word that is not a date word comes right after `at` ("Jan Kavan")."""
    if text[at:at + 1] != " " or not text[at + 1:at + 2].isupper():
        return False
    word = _next_word(lower, at).strip(",.;:")
    vocab = tagger.rules.vocabulary
    return word not in vocab["month"] and word not in vocab["weekday"]


_LIST_GOES_ON = re.compile(r"\s*\(|(?:\s*[-–,&]\s*|,?\s+(?:and|or|to)\s+)(3[01]|[12]\d|0?[1-9])(?!\d)")
_LAST_NUMBER = re.compile(r"\d+")
_COORDINATED_AFTER = frozenset("in at on to and the of when while with for respectively as after before is are was "
                               "were will would has have had".split())


def _check_coordinated_day(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                           start: int, end: int) -> bool:
    """A bare day number continuing a date: the 7 of "March 5 and 7"."""
    following = lower[end:end + 1]
    if tagger.coordinated_before.search(lower, max(0, start - 24), start) is None:
        # Further into a list, the days must rise ("3 - 0", "5, 3 of them" are no days) and the
        # day be followed by the list's end or its next day.
        listed = tagger.day_list_before.search(lower, max(0, start - 80), start)
        if listed is None:
            return False
        before = int(_LAST_NUMBER.findall(listed.group())[-1])
        day = int(re.sub(r"\D", "", lower[spans["day"][0]:spans["day"][1]]))
        goes_on = _LIST_GOES_ON.match(lower, end)
        return before < day and (following in ("", ".", ";", ")", "\n", "!", "?") or goes_on is not None and (
            goes_on.group(1) is None or int(goes_on.group(1)) > day))
    if following in ("", ".", ",", ";", ":", ")", "\n", "!", "?"):
        return True
    return following == " " and (_next_word(lower, end) in _COORDINATED_AFTER or not lower[end + 1:end + 2].isalnum())


def _check_short_decade(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                        start: int, end: int) -> bool:
    """"the '80s" always; "80s" only as "the 80s" or right after another decade ("the 70s and 80s"),
    since "in her 80s" is an age."""
    if "decade_short" in spans:
        return True
    if _TEMPERATURE_BEFORE.search(lower, max(0, start - 100), start) is not None and \
            _prev_word(lower, start) != "since":
        # "temperatures will climb into the 90s", "lows in the 20s": degrees, not a decade
        # ("temperatures not seen since the 90s" is one)
        return False
    if lower.startswith("the", start):
        return True
    return re.search(r"0s,?\s+(?:and|or|to|through)\s+$", lower[max(0, start - 16):start]) is not None


_TEMPERATURE_BEFORE = re.compile(r"\b(?:temperatures?|highs|lows|degrees|thermometers?|mercury|heat index|"
                                 r"wind chills?)\b[^.;!?\n]*$")


def _check_short_year(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                      start: int, end: int) -> bool:
    """"since '82", "the class of '99": an abbreviated year after a word that introduces years."""
    return _prev_word(lower, start) in YEAR_BEFORE


_MODALS = frozenset("will would could might may can shall should must 'll".split())


def _check_one_day_future(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                          start: int, end: int) -> bool:
    """"will one day be": an unspecified future day; "one day" elsewhere is a length of time."""
    return _prev_word(lower, start) in _MODALS


_THE_DAY_AFTER_VERB = frozenset("end ended ending ends close closed closes closing finish finished finishes finishing "
                                "start started starts starting begin began begins for over".split())
_THE_DAY_AFTER_IN = frozenset("later earlier late early".split())
_THE_DAY_AFTER_OF = frozenset("start end beginning rest close".split())


def _check_the_day(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                   start: int, end: int) -> bool:
    """"to end the day", "for the day", "later in the day", "the start of the day": the day the text
    is about (market reports), not "the day" of an idiom or a relative clause."""
    if lower[end:end + 2] in ("'s", "\u2019s"):
        # "the week's most active session" is the week the report covers; "the day's" is
        # as often any day ("the issue of the day's")
        return lower[start + 4:end] == "week"
    prev = _prev_word(lower, start)
    if prev in _THE_DAY_AFTER_VERB:
        return True
    before_prev = lower[max(0, start - 30):start].split()[-2:-1]
    if prev == "in":
        return bool(before_prev) and before_prev[0] in _THE_DAY_AFTER_IN
    if prev == "of":
        return bool(before_prev) and before_prev[0] in _THE_DAY_AFTER_OF
    return False


def _check_plural_weekend(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                          start: int, end: int) -> bool:
    """"on weekends" recurs; "two weekends", "several weekends" are a count, not a set."""
    prev = _prev_word(lower, start)
    return not (prev[:1].isdigit() or prev in tagger.rules.vocabulary["number"] or
                prev in ("several", "few", "many", "some", "two", "three", "couple", "of", "last", "next", "past"))


_DETERMINERS = frozenset("the a his her their its our my your".split())
_MARCH_WAY = re.compile(r"\s+(?:to|on|through|into|across|from|against|towards?)\s+")


def _a_march_goes(lower: str, end: int) -> bool:
    """"March to the Sea", "March on Washington" (not "the March to June period")."""
    way = _MARCH_WAY.match(lower, end)
    return way is not None and _next_word(lower, way.end() - 1) not in FULL_MONTHS


_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}"
_MONTH_AFTER_DASH = re.compile(r"\.?[ \t]*[-–][ \t]*" + _MONTH_ABBR + r"\b(?![ \t]*\d)")
_MONTH_BEFORE_DASH = re.compile(r"\b" + _MONTH_ABBR + r"\.?[ \t]*[-–][ \t]*$")


def _check_bare_month(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                      start: int, end: int) -> bool:
    month_start, month_end = spans["month"]
    surface = lower[month_start:month_end]
    if not _capitalised(text, month_start) and surface in tagger.rules.vocabulary["ambiguous_month"]:
        return False
    if surface.rstrip(".") in ("may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "dec", "oct",
                               "nov", "apr", "feb", "sept") and not _capitalised(text, month_start):
        return False
    if surface in ("jan", "jun", "jul", "aug", "sep", "dec", "oct", "nov", "apr", "feb", "sept") and \
            _name_follows(tagger, text, lower, month_end):
        return False  # "Jan Kavan": a given name
    if lower.startswith(" day", end) and f"{surface} day" in tagger.rules.vocabulary["holiday"] and \
            text[end + 1:end + 2].isupper():
        return False  # "on May Day", "the May Day rally": the holiday rule reads it
    if _capitalised(text, month_start) and (_MONTH_AFTER_DASH.match(text, end) or
                                            _MONTH_BEFORE_DASH.search(text, max(0, start - 12), start)):
        return True  # "Jan.-March", "May–June": a range of months, each end its own expression
    if _capitalised(text, month_start) and _ENTRY_DASH.match(lower, end) and \
            (_bullet_before(lower, start) or _line_start(lower, start)) and _in_chronology(lower, start, end):
        return True  # a chronology's entry under its year: "2017\nMarch: The first protests.\nMay: ..."
    if _capitalised(text, month_start) and _whole_item(lower, start, end):
        return True  # "Key dates:\n1. March\n2. April": a list's item or a heading that is the month alone
    prev = _prev_word(lower, start)
    if surface in ("may",) and prev not in MONTH_BEFORE:
        return False
    if surface == "march" and prev in _DETERMINERS and _a_march_goes(lower, end):
        return False  # "his March to the Sea", "the March on Washington": a march, not the month
    if prev in MONTH_BEFORE:
        return True
    if surface == "march" and prev.endswith(("'s", "’s")) and _capitalised(text, month_start):
        return True  # "the Fed's March meeting": a month naming the meeting it was held in
    if surface in ("march", "mar", "mar.") :
        return False
    after = lower[end:end + 2]
    if _capitalised(text, month_start) and (after[:1] in (",", ".", ";", ":", ")", "") or after == "\n"):
        return True
    if surface not in FULL_MONTHS:
        return False
    # A full month name standing alone ("It's July and ...") is a month unless it reads as a given name
    # ("June Carter", "April Ryan"): a capitalised word right after it, mid-sentence, makes it a name.
    if surface == "august" and not _capitalised(text, month_start):
        return False
    following = text[end:end + 4]
    if following[1:2] == "I" and not following[2:3].isalpha():
        return True  # "if my enlistment is at September I can ...": the pronoun, not a surname
    return not (following[:1] == " " and following[1:2].isupper())


def _check_day_month(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                     start: int, end: int) -> bool:
    month_start, month_end = spans["month"]
    surface = lower[month_start:month_end]
    ordinal_of = "day" in spans and _ORDINAL_OF.fullmatch(lower, spans["day"][0], month_start) is not None
    if surface in DAY_MONTH_REJECT and not _capitalised(text, month_start) and not ordinal_of:
        return False
    if not _capitalised(text, month_start) and len(surface.rstrip(".")) <= 4 and surface != "june" and \
            not ordinal_of:
        return False  # "5 mar", "3 may": a count and a word; "the 4th of july", "5th of may" are days
    if _names_a_group(text, lower, start, end):
        return False
    before = lower[max(0, start - 2):start].strip()
    return not before.endswith(("$", "-", "/")) or _bullet_before(lower, start) or \
        _no_range_end(lower, start, spans.get("day"))


_NUMBER_DASH_BEFORE = re.compile(r"(\d{1,2})\s*-\s*$")


def _no_range_end(lower: str, start: int, day: tuple[int, int] | None) -> bool:
    """Whether the day after a dash cannot end a range from the number before it ("4 - 2 March":
    a range would end before it starts, so "2 March" is a date of its own)."""
    if day is None or not lower[day[0]:day[1]].isdigit():
        return False
    before = _NUMBER_DASH_BEFORE.search(lower, max(0, start - 8), start)
    return before is not None and int(before.group(1)) > int(lower[day[0]:day[1]])


_ENTRY_DASH = re.compile(r"\s*[-–—:]\s")


# A line of a chronology: a year heading ("2017"), or an entry opened by a year or a month ("- March 3 -",
# "July:"), after an optional bullet.
_CHRONOLOGY_LINE = re.compile(r"^[ \t]*(?:[-–—*•][ \t]*)?(?:\d{4}[ \t]*(?:[-–—:]|$)|(?:jan|feb|mar|apr|may|jun|jul|aug|"
                              r"sep|oct|nov|dec)[a-z]*\.?(?:[ \t]+\d{1,2}(?:st|nd|rd|th)?)?,?[ \t]*[-–—:])", re.M)


def _in_chronology(lower: str, start: int, end: int) -> bool:
    """Whether a line just before or just after the line of `start`..`end` is a chronology's line: then a
    capitalised "March:" or "May -" opening its own line is an entry's month, not a verb or a name."""
    line_start = lower.rfind("\n", 0, start) + 1
    line_end = lower.find("\n", end)
    line_end = len(lower) if line_end < 0 else line_end
    before = lower[max(0, line_start - 200):line_start].rstrip("\n").split("\n")[-2:]
    after = lower[line_end + 1:line_end + 201].split("\n")[:2]
    return any(_CHRONOLOGY_LINE.match(line) for line in before + after if line.strip())


def _line_start(lower: str, start: int) -> bool:
    """Whether `start` opens its line (or the text)."""
    line_start = lower.rfind("\n", max(0, start - 8), start) + 1
    return (line_start > 0 or start <= 8) and not lower[line_start:start].strip()


_ITEM_MARK = re.compile(r"[ \t]*(?:(?:[-–—*•]|\(?\d{1,3}[.)]|\(?[a-z][.)])[ \t]+)?")
_LINE_END = re.compile(r"[ \t\r]*(?:\n|$)")


def _whole_item(lower: str, start: int, end: int) -> bool:
    """Whether `start`..`end` fills its line, or its list item after a bullet or a number
    ("1. March", "- April", "(b) May")."""
    line_start = lower.rfind("\n", max(0, start - 12), start) + 1
    return (line_start > 0 or start <= 12) and _ITEM_MARK.fullmatch(lower, line_start, start) is not None and \
        _LINE_END.match(lower, end) is not None


def _bullet_before(lower: str, start: int) -> bool:
    """Whether what stands before `start` on its line is only a list's dash or bullet
    ("- 2 March: first case", a chronology), not the first end of a range ("5 - 7 March")."""
    line_start = lower.rfind("\n", max(0, start - 8), start) + 1
    if line_start == 0 and start > 8:
        return False
    return lower[line_start:start].strip() in ("-", "–", "—", "*", "•")


_ORDINAL_OF = re.compile(r"\d{1,2}(?:st|nd|rd|th)\s+of\s+")
_WEEKDAY_ENDS_CLAUSE = re.compile(r"\s*(?:[,.!?;:)]|$)")
# A day of the month written day first after a weekday: "at 4 a.m. on Sunday, 24 February 1991"
# (the weekday opens the date; a clock before it takes that day, not the last Sunday)
_DAY_MONTH_AFTER_WEEKDAY = re.compile(r",?\s+(?:the\s+)?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?"
                                      r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?(?![\w-])")
# Words after which a lower-case "sat"/"sun"/"wed" with a part of the day is the day: "see u sun morning",
# "sat nite" opening a post ("" = nothing before), not "the old man sat night after night".
_BEFORE_ABBREVIATED_DAY_POD = frozenset({"", "for", "from", "at", "see", "u", "you", "ya", "and", "or", "til", "to"})


_DAY_OF_HISTORY_BEFORE = re.compile(r"(?:Black|Bloody)[ \t]+$")


# After "That <weekday>": a lower-case noun and then a verb ("That Friday meeting was tense"), so "that"
# determines the noun, not the day ("That Friday the ship sailed" has no verb second).
_DEMONSTRATIVE_OF_NOUN = re.compile(r" (?!(?:the|a|an|he|she|it|they|we|i|you|his|her|its|their|our|my|there|"
                                    r"police|officials)\b)[a-z]+ (?:was|is|were|are|had|has|will|would|could|"
                                    r"drew|ended|began)\b")


#: A sentence ending between two parts of one match: a line break, or a full stop and a
#: capitalised word that is no day or month ("at 5 p.m. On Friday he left", "5 p.m. Tomorrow").
_SENTENCE_BREAK = re.compile(r"\n|\.\s+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                             r"[a-z]*\b)[A-Z][a-z]")


def _check_one_sentence(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                        start: int, end: int) -> bool:
    """"at 10 a.m. tomorrow" is one time; "at 5 p.m.\nTomorrow ..." and "5 p.m. Tomorrow he
    leaves" are two sentences. A wrapped line of prose that goes on in lower case ("published at
    10 a.m.\ntomorrow") is one sentence still."""
    return _one_sentence(text, start, end)


def _one_sentence(text: str, start: int, end: int) -> bool:
    """No sentence ends between start and end (_SENTENCE_BREAK), a wrapped line that goes on in
    lower case aside."""
    for found in _SENTENCE_BREAK.finditer(text, start, end):
        if found.group() != "\n" or not text[found.end():found.end() + 1].islower() or \
                not _wrapped_at(text, found.start()):
            return False
    return True


def _check_weekday(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                   start: int, end: int) -> bool:
    day_start, day_end = spans["weekday"]
    if day_start > start and not _one_sentence(text, start, day_start):
        return False  # "He arrived at 5 p.m.\nMonday was quiet": the day opens the next sentence
    surface = lower[day_start:day_end]
    full = surface.rstrip(".") in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                   "tues", "thur", "thurs", "fri")
    directed = "dir" in spans or "adir" in spans
    clocked = "hour" in spans or "hour24" in spans or "noon" in spans
    if not full and not surface.endswith(".") and _coordinated_weekday(text, lower, start, day_end):
        return True  # "friday night or sat?", "wed & thurs", "sat or sun": named with another weekday
    if not full and not _capitalised(text, day_start) and not (
            directed or _prev_word(lower, start) in ("on", "every", "till", "until", "by", "next", "this")
            or ("pod" in spans and _prev_word(lower, start) in _BEFORE_ABBREVIATED_DAY_POD)
            or (clocked and day_start > start and _WEEKDAY_ENDS_CLAUSE.match(lower, day_end))):
        return False  # lower-case "sun", "sat", "wed" need a word that makes them days: "this sun", "on sat",
        # "sat nite", "7pm sat," (but "at 7pm sat down" is the verb)
    if not full and not surface.endswith(".") and not directed and "pod" not in spans and \
            "hour" not in spans and "hour24" not in spans and "noon" not in spans and \
            _prev_word(lower, start) not in ("on", "every", "each", "by", "until", "till", "from", "and", "or"):
        return False  # "Sun Microsystems", "Wed" alone: an abbreviation needs date context
    if not full and not surface.endswith(".") and _name_follows(tagger, text, lower, day_end):
        return False  # "and Sun Microsystems"
    if clocked and day_start > start and _DAY_MONTH_AFTER_WEEKDAY.match(lower, day_end):
        return False  # "4 a.m. on Sunday, 24 February 1991": the clock and then the date, weekday and all
    if _DAY_OF_HISTORY_BEFORE.search(text, max(0, day_start - 8), day_start) and _capitalised(text, day_start):
        return False  # "Black Monday", "Bloody Sunday": a day of history (rule "named_day"), not this week's
    following = lower[day_end:day_end + 30].lstrip()
    first = following.split(" ", 1)[0].strip(",.;:") if following else ""
    if "pod" not in spans and lower[day_end:day_end + 1] == " " and \
            first.rstrip("!?)") in tagger.rules.vocabulary["weekday_compound"]:
        return False  # "a Sunday roast", "the Monday blues": a fixed compound, no day
    if "anathat" in spans and "pod" not in spans and _DEMONSTRATIVE_OF_NOUN.match(text, end):
        return False  # "That Friday meeting was tense": "that" goes with the noun; the weekday alone is read
    if first in tagger.rules.vocabulary["weekday_blocker"] and tagger.rules.vocabulary["weekday_blocker"][first] \
            and text[day_end:day_end + 30].lstrip()[:1].isupper():
        return False
    return True


def _check_named_day(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                     start: int, end: int) -> bool:
    """A day of history by its name: written with a capital (or figures, "9/11"), and only with a cue."""
    first, last = spans["named"]
    if not (text[first].isupper() or text[first].isdigit()):
        return False
    return named_day_reading(tagger.rules, lower, first, last, lower[first:last]) is not None


_CLEAR_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|thur|thurs|fri)"
_SHORT_WEEKDAY = r"(?:mon|tue|wed|thu|sat|sun)"
_DAY_POD = r"(?:\s+(?:morning|afternoon|evening|night|nite))?"
# what joins the ends of a range of days ("Mon-Fri", "sat thru sun"; a spaced dash may join clauses)
_DAYS_TO = r"(?<!\s)[-–](?!\s)|\bto\b|\bthru\b|\bthrough\b"
# a lower-case abbreviated weekday coordinated with a weekday spelt out ("friday night or sat",
# "wed & thurs"), or two abbreviations joined by "or", "&" or a slash ("sat or sun", "sat/sun");
# "and" only after a weekday spelt out ("I sat and Friday came" is no list of days)
_COORDINATED_BEFORE = re.compile(rf"\b(?:(?P<clear>{_CLEAR_WEEKDAY}){_DAY_POD}\s*(?:,|&|/|\bor\b|\band\b|{_DAYS_TO})|"
                                 rf"(?P<short>{_SHORT_WEEKDAY}){_DAY_POD}\s*(?:&|/|\bor\b|{_DAYS_TO}))\s*$")
# (or a range of days: "Mon-Fri", "Mon to Fri", "sat thru sun")
_COORDINATED_AFTER_DAY = re.compile(rf"\s*(?:,|&|/|\bor\b|{_DAYS_TO})\s*(?:(?P<clear>{_CLEAR_WEEKDAY})|"
                                    rf"(?P<short>{_SHORT_WEEKDAY}))(?![\w'\u2019])")


def _coordinated_weekday(text: str, lower: str, start: int, end: int) -> bool:
    """Whether the abbreviated weekday at ``start``..``end`` ("sat", "sun", "wed") is named
    together with another weekday, which makes it a day ("she sat down", "the sun" stay words)."""
    own = lower[start:end]
    partner = _COORDINATED_BEFORE.search(lower, max(0, start - 24), start) or _COORDINATED_AFTER_DAY.match(lower, end)
    if partner is None:
        return False
    return partner.group("clear") is not None or partner.group("short") != own


def _check_unidentified_weekday(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                                start: int, end: int) -> bool:
    """"on a Tuesday night in March", "one Friday", "a recent Tuesday": a day the text does not
    identify; but "Sept. 15, 2008, a Monday" restates a day and "a Wednesday media event" names the
    day at hand (rule "weekday")."""
    if not _check_weekday(tagger, text, lower, spans, start, end) or lower[end:end + 1] == "-":
        return False
    if "recent" in spans:
        return True
    # "a Sunday night memorial service", "have a great Sunday": the day at hand, named as a kind of day
    return lower.startswith("one", start) or _IN_PERIOD_AFTER.match(lower, end) is not None


_IN_PERIOD_AFTER = re.compile(r"\s+in\s+(?:(?:early|late|mid)[\s-]+)?(?:january|february|march|april|may|june|july|"
                              r"august|september|october|november|december|spring|summer|autumn|fall|winter|\d{4})\b")


# Crops named by the season they are sown in or grow: "winter wheat" (sown in autumn), "spring barley";
# and an army's "winter quarters" (a camp, held in any season it is named in: "went into winter quarters").
SEASON_VARIETIES = frozenset("wheat barley rye oats triticale rapeseed canola squash squashes peas beans onions "
                             "varieties variety cultivars quarters".split())


def _check_season(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                  start: int, end: int) -> bool:
    has_dir = "dir" in spans or "year" in spans or "syear" in spans or "erayear" in spans or "yy" in spans
    season = lower[spans["season"][0]:spans["season"][1]]
    if lower[end:end + 4] == " of " and not has_dir:
        return False
    if has_dir:
        return True
    if _season_in_a_name(tagger, text, lower, *spans["season"]):
        return False
    after = _WORD_AFTER.match(text, spans["season"][1])
    if after is not None and after.group(1)[0].isupper() and \
            f"{season} {after.group(1).lower()}" in tagger.rules.vocabulary["holiday"]:
        return False  # "the Spring Festival" (the Chinese New Year): the holiday rule reads it
    variety = _WORD_AFTER.match(lower, spans["season"][1])
    if variety is not None and variety.group(1) in SEASON_VARIETIES:
        return False  # "winter wheat", "spring barley", "winter quarters": a kind of crop or camp, of any year
    prev = _prev_word(lower, start)
    if prev in ("a", "an"):
        after = _WORD_AFTER.match(lower, end)
        if after is not None and after.group(1) not in SEASON_NOUN_FOLLOWERS:
            return False  # "a summer job", "a winter storm": the season describes a noun
    if season == "spring" and _capitalised(text, spans["season"][0]) and \
            text[max(0, start - 40):start].rstrip()[-1:] not in ("", ".", "!", "?", "\n", '"', "\u201c"):
        return True  # "perfect Spring colors"; "Spring water ..." opening a sentence says nothing
    if "term" in spans:
        return True  # "the fall semester", "the spring term": a school's or a parliament's season
    if season in ("fall", "spring"):
        return prev in SEASON_BEFORE and (prev != "the" or _prev_word(lower, start - 4) in SEASON_BEFORE)
    # "summer", "winter" and "autumn" have no other sense worth guarding against ("a white winter").
    return True


_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.-]*)\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w'’-]*)")


def _season_in_a_name(tagger: "Tagger", text: str, lower: str, start: int, end: int) -> bool:
    """A capitalised season inside a name: "the Arab Spring", "Prague Spring", "the Summer Olympics",
    "Winter Park police". The neighbour must be a capitalised word that is no function or date word, in
    running text (the word past it is lower case), so that a title-case headline ("Talks Resume In
    Summer") and "Summer 2019" stay dates."""
    if not _capitalised(text, start):
        return False
    vocab = tagger.rules.vocabulary
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and "\n" in text[before.end(1):start]:
        before = None  # a name stays on its line: "Seasonal menu\nSummer" is a heading's season
    if before:
        word = before.group(1)
        opens = text[max(0, before.start() - 3):before.start()].rstrip()[-1:] in ("", ".", "!", "?", '"', "\u201c")
        if word[:1].isupper() and word.lower() not in SEASON_BEFORE and word.lower() not in vocab["month"] \
                and word.lower() not in SEASON_NEIGHBOURS and (opens or text[before.start() - 2:before.start()]
                                                               .strip()[-1:].islower()):
            return True  # "the Arab Spring" (word before it lower case), "Prague Spring reforms" (opens)
    after = _WORD_AFTER.match(text, end)
    if after is not None and "\n" in text[end:after.start(1)]:
        after = None  # "Summer\nFresh salads are served": the next line's first word names nothing with it
    if after:
        word = after.group(1)
        beyond = _WORD_AFTER.match(text, after.end())
        if word[:1].isupper() and word.lower() not in SEASON_NEIGHBOURS and word.lower() not in vocab["month"] \
                and beyond is not None and beyond.group(1)[:1].islower():
            return True  # "the Summer Olympics open", "Winter Park police"
        if word[:1].isupper() and word.lower() not in SEASON_NEIGHBOURS and word.lower() not in vocab["month"] \
                and text[after.end():after.end() + 1] in (".", ",", ";", ":", "!", "?", ")") \
                and (before is None or not before.group(1)[:1].isupper()):
            return True  # "hosted the 2014 Winter Olympics.", "visited the Winter Palace,"
    return False


# Words after "a <season>" that leave the season a time ("spent a summer in Paris"), not a noun's
# modifier ("a summer job").
SEASON_NOUN_FOLLOWERS = frozenset("in at on of with when and or that which to for by from as before after during "
                                  "abroad away here there ago later earlier".split())


# Capitalised words that may stand next to a season in a date ("Late Summer", "Summer Solstice" excepted).
SEASON_NEIGHBOURS = frozenset("last next this early late mid in of during since until the a an that each every "
                              "and or to for from by after before past coming previous following whole entire "
                              "my your our his her their its happy hello good great hot cold wet dry long "
                              "solstice equinox break holidays holiday vacation term semester session".split())


UNAMBIGUOUS_HOLIDAYS = frozenset({"christmas", "xmas", "halloween", "thanksgiving", "easter", "christmas eve",
                                  "xmas eve", "new year's eve", "new years eve", "valentine's day",
                                  "black friday", "cyber monday", "ramadan", "ramadhan", "hanukkah", "chanukah",
                                  "yom kippur", "rosh hashanah", "passover", "chinese new year", "lunar new year",
                                  "hari raya", "hari raya puasa", "hari raya haji", "eid al-fitr", "eid al-adha",
                                  "mother's day", "mothers day"})

# "CNY" is also the yuan's currency code: not next to a figure or another code ("CNY 7.1", "USD/CNY").
_CURRENCY_AROUND = re.compile(r"(?:\d\s*|/)$")
_CURRENCY_AFTER = re.compile(r"\s*[\d/$¥]|\s+(?:rate|rates|exchange|fixing|fix|midpoint|deposits?|bonds?|notes|"
                             r"liquidity|weakened|strengthened|firmed|eased|slipped|appreciated|depreciated|"
                             r"traded|trades|trading|per\b|against\s+the)\b|-denominated")
# Words before "Eid" that leave it the holiday; another capitalised word makes it a name ("Ahmed Eid").
EID_BEFORE = frozenset("happy blessed this last next on at for during before after since until till by the "
                       "a an of over ahead eve".split())


# Things named after a holiday that are no time of it: "Easter eggs were on sale in January", "the
# Christmas tree" (the tweets gold leaves "Christmas tree" untagged and tags "Christmas shopping", "Xmas
# dinner": what is done on the day dates it, a thing sold for it does not).
HOLIDAY_THINGS = frozenset("tree trees egg eggs costume costumes card cards lights decorations decoration turkey "
                           "carol carols jumper jumpers sweater sweaters pudding cake cakes cracker crackers stocking "
                           "stockings ornament ornaments calendar calendars candle candles wreath wreaths candy song songs album movie movies film "
                           "films number one single bunny pumpkin pumpkins island special specials treat treats "
                           "resolution resolutions honours honors term terms".split())


def _check_ides(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                start: int, end: int) -> bool:
    """"the Ides of March" is written with a capital."""
    where = lower.find("ides", start, end)
    return where >= 0 and text[where] == "I"


def _check_capitalised(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                       start: int, end: int) -> bool:
    key = "holiday" if "holiday" in spans else "holiday2" if "holiday2" in spans else "weekday_plural"
    surface = lower[spans[key][0]:spans[key][1]]
    if surface == "nye":
        return text[spans[key][0]:spans[key][1]] == "NYE"  # New Year's Eve; "Bill Nye" is a name
    if key != "weekday_plural" and end == spans[key][1] and \
            _next_word(lower, end + (2 if lower.startswith(("'s", "’s"), end) else 0)) in HOLIDAY_THINGS:
        return False  # "the Christmas tree", "New Year's resolutions"
    if surface == "cny":
        first, last = spans[key]
        return text[first:last] == "CNY" and not _CURRENCY_AROUND.search(text[max(0, first - 3):first]) \
            and not _CURRENCY_AFTER.match(text, last)
    if surface == "spring festival":  # the Chinese New Year: "Spring Festival", not a festival in spring
        return text[spans[key][0]] == "S" and text[spans[key][1] - 8] == "F"
    if surface == "eid" and not _eid_is_the_holiday(text, spans[key][0], spans[key][1]):
        return False
    if surface == "new year" and _prev_word(lower, spans[key][0]) in OTHER_NEW_YEARS:
        return False  # "the Persian New Year" (Nowruz), "the Thai New Year": not 1 January
    if surface == "lent" and not _lent_is_the_season(text, spans[key][0], spans[key][1]):
        return False
    if surface == "advent" and _ADVENT_NAME_AFTER.match(text, spans[key][1]):
        return False  # "Advent International", "Advent Software": a firm
    if surface in ("ramadan", "ramadhan", "ramzan") and _ramadan_is_a_name(text, spans[key][0], spans[key][1]):
        return False
    if tagger.rules.lookup("holiday", surface) == "country" and \
            holiday_country(tagger.rules, text, lower, surface, spans[key][0], spans[key][1]) is None:
        return False  # "the King's Birthday" with no country named: no day to give
    # a greeting names the holiday however it is written: "happy new year!!", "happy fathers day"
    return _capitalised(text, spans[key][0]) or surface in UNAMBIGUOUS_HOLIDAYS or \
        key != "weekday_plural" and _prev_word(lower, spans[key][0]) in ("happy", "merry")


_ADVENT_NAME_AFTER = re.compile(r"[ \t]+(?!Sunday\b)[A-Z]")
# Words after "Lent" that make it the verb's past ("Lent money", "Lent $2 billion", "Lent them a hand").
_LENT_VERB_AFTER = re.compile(r"[ \t]+(?:[$£€\d]|(?:a|an|the|his|her|their|its|our|my|your|him|them|me|us|it|"
                              r"money|support|credence|weight|cash|funds|billions|millions)\b)", re.IGNORECASE)


def _lent_is_the_season(text: str, start: int, end: int) -> bool:
    """"Lent" written with a capital is the season ("during Lent", "Lent begins on Wednesday"), unless
    an object follows, as after the verb in a headline ("Banks Lent $2 Billion")."""
    return text[start] == "L" and not _LENT_VERB_AFTER.match(text, end)


def _eid_is_the_holiday(text: str, start: int, end: int) -> bool:
    """"Eid" alone is the holiday unless a capitalised word next to it makes it a name ("Ahmed Eid
    said", "Eid Hassan"); "Happy Eid", "Eid Mubarak" and a sentence opening with it stay holidays."""
    before = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, start - 30):start])
    if before and before.group(1)[0].isupper() and before.group(1).lower() not in EID_BEFORE:
        return False
    after = re.match(r"[ \t]+([A-Za-z]+)", text[end:end + 30])
    return not (after and after.group(1)[0].isupper() and after.group(1).lower() not in ("mubarak", "prayers"))


# Calendars and peoples whose New Year is not 1 January ("the Persian New Year" is Nowruz, "the Thai
# New Year" Songkran, "the Orthodox New Year" 14 January): "New Year" after one of them is no 01-01.
OTHER_NEW_YEARS = frozenset(
    "persian iranian afghan kurdish thai khmer cambodian lao laotian burmese myanmar sinhala sinhalese tamil "
    "telugu kannada bengali nepali nepalese tibetan mongolian balinese hindu sikh ethiopian coptic orthodox "
    "julian assyrian jewish hebrew vietnamese korean hmong".split())


# Capitalised words next to "Ramadan" that leave it the month: "In Ramadan", "Ramadan Kareem".
RAMADAN_NEIGHBOURS = EID_BEFORE | SEASON_NEIGHBOURS | frozenset(
    "in throughout holy blessed kareem mubarak month start end first begins starts ends around like when each "
    "all whole ahead".split())


def _ramadan_is_a_name(text: str, start: int, end: int) -> bool:
    """"Ramadan" is also a given name and a surname ("Tariq Ramadan was charged", "Mr Ramadan said",
    "Ramadan Kadyrov met Putin"): a capitalised neighbour that is no function word makes it a name in
    running text (the word past the neighbour lower case), so a title-case headline ("Ramadan Begins
    In Cairo") keeps the month."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before and before.group(1)[:1].isupper() and before.group(1).lower().rstrip(".") not in RAMADAN_NEIGHBOURS \
            and not before.group(1).endswith(("'s", "’s")):  # "Egypt's Ramadan series": a possessive, no name
        earlier = _WORD_BEFORE.search(text, max(0, before.start() - 40), before.start())
        opens = text[max(0, before.start() - 3):before.start()].rstrip()[-1:] in ("", ".", "!", "?", '"', "\u201c")
        if opens or earlier is not None and not earlier.group(1)[:1].isupper():
            return True
    after = _WORD_AFTER.match(text, end)
    if after and after.group(1)[:1].isupper() and after.group(1).lower() not in RAMADAN_NEIGHBOURS:
        beyond = _WORD_AFTER.match(text, after.end())
        return beyond is not None and beyond.group(1)[:1].islower()
    return False


def _check_bare_weekend(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                        start: int, end: int) -> bool:
    if "wdir" in spans or "the" in spans or lower.startswith("long", start):
        return True  # "next weekend", "It's the weekend!", "long weekend coming up"
    return _prev_word(lower, start) in ("the", "a", "this", "long", "for", "over", "on", "at", "during", "of",
                                        "next", "last", "whole", "entire", "weekend", *WEEKEND_WISHES)


# Words before "last" that make it the verb ("could last days", "expected to last weeks")
_BEFORE_VERB_LAST = frozenset("could would will may might can should must to not also still".split())
# Words after "the minutes" that make it a span of time ("in the minutes before the blast").
_SPAN_FOLLOWERS = frozenset("before after following leading ahead that when since between until till it as we they "
                            "he she i you".split())


def _check_plural_units(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                        start: int, end: int) -> bool:
    if lower[start:end].endswith("early hours") and lower[end:end + 4] == " of ":
        return False  # "the early hours of 29 May": a time of that day, not a span of hours
    if "dir" in spans and lower.startswith("last ", spans["dir"][0]) and \
            (_prev_word(lower, start) in _BEFORE_VERB_LAST or _prev_word(lower, start).endswith(("'ll", "’ll"))):
        return False  # "could last days": the verb, whose length ("days") is tagged on its own
    if "dir" in spans:
        # "in the early hours (of Wednesday)": the small hours of a night, no length of time
        return not (lower.startswith("early", *spans["dir"]) and lower.startswith("hours", spans["punit"][0]))
    prev = _prev_word(lower, start)
    after = lower[end:end + 10]
    if after.startswith((" old", "-old", " of age", " ago")):
        return False
    unit = lower[spans["punit"][0]:spans["punit"][1]]
    if unit == "years" and _YEARS_NAMED_AFTER.match(lower, end):
        return False  # "in the years 1940 to 1945": the years are named, no length of time

    if unit in ("minutes", "hours") and (prev == "the" or lower.startswith("the", start)):
        following = _next_word(lower, end)
        if unit == "minutes" and following not in _SPAN_FOLLOWERS or \
                unit == "hours" and following in ("are", "were", "is", "was", "will", "have", "had", "can"):
            return False  # "the minutes of the meeting", "the minutes showed": a record; "the hours are long": a job's
    head = start if lower.startswith("the ", start) else start - 4
    if lower[end - 7:end] == "minutes" and lower[head:end] == "the minutes" and \
            (_ACCORDING_TO.search(lower, max(0, head - 16), head) or _MINUTES_RECORD_AFTER.match(lower, end)):
        return False  # "according to the minutes", "the minutes of the meeting show": a meeting's record
    if _UNIT_ALTERNATIVE_BEFORE.search(lower, max(0, start - 40), start):
        return True  # "weeks, if not months", "days, perhaps weeks": the second vague length
    if prev == "the" and _THOSE_WERE_BEFORE.search(lower, max(0, start - 20), start):
        return False  # "Those were the days": the idiom, no length of time
    if not prev and unit != "minutes" and ("orunit" in spans or lower.startswith(" of ", end)) and \
            _SENTENCE_OPENS.search(lower, max(0, start - 4), start):
        return True  # "Weeks or months of talks lie ahead", "Years of war followed": a sentence's subject
    if prev in _VERB_BEFORE_UNITS and after.startswith((" of ", " to ")):
        return True  # "would create years of uncertainty", "need weeks to complete", "follows months of talks"
    return prev in PLURAL_UNIT_BEFORE


# verbs whose object or measure is a vague length: "need weeks to", "took years to", "follows months of"
_VERB_BEFORE_UNITS = frozenset("need needs needed take takes took taken taking spend spends spent spending "
                               "follow follows followed following create creates created endure endured face faces "
                               "faced".split())
_UNIT_ALTERNATIVE_BEFORE = re.compile(r"\b(?:years|months|weeks|days|decades|hours|minutes|centuries)\s*,\s+"
                                      r"(?:if\s+not|or\s+even|or\s+perhaps|perhaps|maybe|possibly)\s+(?:even\s+)?$")
_THOSE_WERE_BEFORE = re.compile(r"\b(?:those|these)\s+(?:were|are)\s+(?:the\s+)?$")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)[\"“‘]?$")


_ACCORDING_TO = re.compile(r"\baccording\s+to\s+$")
_YEARS_NAMED_AFTER = re.compile(r"\s+(?:1\d|20)\d\d\b")
_MINUTES_RECORD_AFTER = re.compile(r"\s+(?:of\s+(?:the|its|their|this|that|last)\s+(?:\w+\s+)?(?:meeting|session)|"
                                   r"(?:show|showed|shows|released|published|reveal|revealed|reveals)\b)")


# a clock time and a slash before another ("10:00/11:00", "9am/5pm"), no date's or a ratio's parts
_CLOCK_BEFORE_SLASH = re.compile(r"(?:\d[:.][0-5]\d|\d\s?[ap]\.?m\.?)/$")


def _check_clock(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                 start: int, end: int) -> bool:
    before = lower[max(0, start - 1):start]
    if before and (before.isdigit() or before in ":.,/$") and not (before == "," and _cell_comma(text, start - 1)) \
            and not (before == "/" and _CLOCK_BEFORE_SLASH.search(lower, max(0, start - 8), start)):
        return False  # ("Monday,10:00" in a table's row is a cell's time, "10:00/11:00" two times)
    if "noon" in spans and lower.startswith(" mass", end):
        return False  # "Midnight Mass", the Christmas liturgy (whatever its hour)
    if "noon" in spans and _prev_word(lower, start) == "high":
        return False  # "high noon", the idiom
    if "hour2" in spans and _NUMBER_LIST_BEFORE.search(lower, max(0, start - 12), start):
        return False  # "between junctions 4 and 5 until 6am": the last of a list of numbers, no range's start
    if "ampm" not in spans and "zone" not in spans and _SCORE_BEFORE.search(lower, max(0, start - 30), start):
        return False  # "the final score was 21:14", "won 3.1": a score, not a time of day
    if "ampm" not in spans and "zone" not in spans and (_GAME_CLOCK_AFTER.match(lower, end) or
                                                         _DOCKET_AFTER.match(lower, end)):
        # "with 1:12 left in the fourth quarter", "at 12:34 of the second period": a game clock;
        # "The video is 2:45 long": a running time;
        # "case 2:19-cr-00123", "1:20-cv-04567": a federal docket number
        return False
    if "hour24" in spans and _SCRIPTURE_BEFORE.search(text, max(0, start - 20), start):
        return False  # "John 3:16", "Psalm 23:4", "Surah 2:255": a chapter and verse
    if "second24" in spans and "zone" not in spans and not lower.startswith(" local", end) and not (
            spans["hour24"][1] - spans["hour24"][0] == 2 and _prev_word(lower, spans["hour24"][0]) == "at"):
        # "compiled at 11:04:51 UTC", "at 03:12:44 local time", "at 11:04:51": a clock time to the second;
        # "finished in 2:04:51", "crossed the line at 2:04:51": a running time
        return False
    after = lower[end:end + 2]
    # "10:00: Markets open" (a live report's time before its colon) is a time; "10:00:61" is none
    return not (after[:1] in ":.," and after[1:2].isdigit()) or after[:1] == "," and _cell_comma(text, end) or \
        "ampm" in spans or "noon" in spans or "zone" in spans


# a book of scripture (as written, capitalised) before "3:16": chapter and verse, no clock time
_SCRIPTURE_BEFORE = re.compile(
    r"\b(?:Genesis|Exodus|Leviticus|Deuteronomy|Joshua|Judges|Ruth|Samuel|Kings|Chronicles|Ezra|Nehemiah|Esther|"
    r"Job|Psalms?|Proverbs|Ecclesiastes|Isaiah|Jeremiah|Lamentations|Ezekiel|Daniel|Hosea|Joel|Amos|Jonah|Micah|"
    r"Matthew|Mark|Luke|John|Acts|Romans|Corinthians|Galatians|Ephesians|Philippians|Colossians|Thessalonians|"
    r"Timothy|Titus|Hebrews|James|Peter|Jude|Revelation|Surah|Sura|Qur\W?an|Koran|[Vv]erses?|[Cc]hapter)\.?[ \t]+$")


_NUMBER_LIST_BEFORE = re.compile(r"\d\s*(?:,|and|or|&)\s*$")
_GAME_CLOCK_AFTER = re.compile(r"\s+(?:left|remaining|long\b|in\s+length|to\s+(?:play|go)|(?:of|into|in)\s+(?:the\s+)?(?:(?:first|second|"
                               r"third|fourth|final|1st|2nd|3rd|4th)\s+(?:quarter|period|half|inning)|overtime|extra\s+time)"
                               r")(?![\w-])")
# a US federal docket: court division, year, case type ("cr", "cv", "mj"), case number
_DOCKET_AFTER = re.compile(r"-[a-z]{2,4}-\d")
_SCORE_BEFORE = re.compile(r"\b(?:score|scores|scored|scoreline|won|wins|lost|beat|beats|defeated|drew|led|trailed|"
                           r"leads|trails)\s+(?:(?:was|is|of|by|a|an)\s+)?$")
# "closed at 1435.", "trading at 1200,": a level or a price, not a time of day
_LEVEL_BEFORE_AT = frozenset("close closed closes closing end ended ends ending finish finished finishing stood stand "
                             "stands settle settled settles settling trade traded trades trading open opened opens "
                             "opening fall fell falls rise rose rises peak peaked peaks priced valued fixed quoted "
                             "capped pegged rate rated level levels high low down up was is were be been "
                             "index price prices".split())


_SCORE_VERB_BY = re.compile(r"\b(?:won|win|wins|winning|lost|lose|loses|losing|beat|beats|trailed|led|leads)\s+by\s+$")
_CLOCK_IN_WORDS_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$|\s(?:when|as|and|that|on|this|last|tonight|today|yesterday)\b)")


def _check_clock_words(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                       start: int, end: int) -> bool:
    """"ten to nine" after "was", "by" or "from" is a clock time only where nothing says it is
    a score or a range: "It was ten to nine when the bomb went off", not "It was five to one in
    the final game", "won by ten to nine", "children from five to eleven"."""
    if "ampm" in spans or "daypart" in spans or lower[spans["rel"][0]:spans["rel"][1]] != "to" or \
            lower[spans["frac"][0]:spans["frac"][1]] not in ("five", "ten", "twenty", "twenty-five"):
        return True
    if _SCORE_VERB_BY.search(lower, max(0, start - 20), start) or _prev_word(lower, start) == "from":
        return False
    if _prev_word(lower, start) in ("is", "was", "by"):
        return _CLOCK_IN_WORDS_ENDS.match(lower, end) is not None
    return True


def _check_hhmm_clock(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                      start: int, end: int) -> bool:
    """Four digits after "at" are a clock time ("left school at 1015,"), not a level ("closed at 1435.")."""
    at = lower.rfind("at", max(0, start - 6), start)
    word_before = _prev_word(lower, at) if at >= 0 else ""
    if "zone" in spans:  # "the polls close at 20.00 CET": a level has no time zone
        return _check_clock(tagger, text, lower, spans, start, end)
    return word_before not in _LEVEL_BEFORE_AT and _check_clock(tagger, text, lower, spans, start, end)


def _check_military_clock(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                          start: int, end: int) -> bool:
    """"0400 hours" or "at (about) 2300 hours" is a clock time; "worked (about) 1200 hours" is a duration.
    Said aloud: "oh-six-hundred" is one, and "fourteen hundred hours" after "at"."""
    if "milhour" in spans:  # said aloud: "oh-six-hundred", "zero five thirty", or "... hours" after "at"
        if lower.startswith(("oh", "zero"), start):
            return True
        if "hrs" not in spans:
            return False
    prev = _prev_word(lower, start)
    if prev in ("about", "around", "approximately", "roughly", "shortly", "just"):
        prev = _prev_word(lower, lower.rfind(prev, 0, start))
    return lower[start] == "0" or prev in ("at", "by", "until", "till", "before", "after", "from")


_DAY_RANGE_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?(?:\s+[a-z]{3,9}\.?,?(?:\s+\d{4})?)?\s*(?:" + RANGE_LINK
                               + r"|and)\s*\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}|\b[a-z]{3,9}\.?\s+\d{1,2}\s*(?:"
                               + RANGE_LINK + r"|and)\s*(?:[a-z]{3,9}\.?\s+)?\d{1,2}\b")


def _check_day_of_range(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                        start: int, end: int) -> bool:
    """"On the third day" counts days only after a range of days was given ("between 1 and
    3 July 1863") in the last few sentences."""
    if _DAY_RANGE_BEFORE.search(lower, max(0, start - 400), start) is not None:
        return True
    return "ord" in spans and lower[spans["ord"][0]:spans["ord"][1]] not in ("last", "final") and \
        _BEGAN_ON_DAY.search(lower, max(0, start - 300), start) is not None


_BEGAN_ON_DAY = re.compile(r"\b(?:began|begun|opened|started|launched|commenced)\b[^.;]{0,40}?(?:\b\d{1,2}(?:st|nd|rd|th)?\s+"
                           r"[a-z]{3,9}|\b[a-z]{3,9}\.?\s+\d{1,2}\b)")


def _check_vague(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                 start: int, end: int) -> bool:
    word = lower[start:end]
    reject_after = VAGUE_REJECT_AFTER.get(word)
    if reject_after and _next_word(lower, end) in reject_after:
        return False
    if word == "now" and lower[end:end + 5] in (" that", "-defu"):
        return True
    if word in ("recently", "lately") and lower[max(0, start - 3):start] == "as " and lower.startswith(" as ", end):
        return False  # "as recently as last month": the date that follows is the time, not "recently"
    if word == "now" and lower.startswith((" and then", " and again"), end):
        return False  # "every now and then": from time to time, not the present
    if word in ("future", "current") and _next_word(lower, end) in ("tense", "contract", "contracts", "options"):
        return False
    if word == "future" and lower[end:end + 2][:1] == " " and lower[end + 1:end + 2].isalpha() and \
            _next_word(lower, end) not in _COORDINATED_AFTER | {"away", "looks", "lies", "remains", "depends"}:
        return False  # "future earnings": an adjective; "their future", "in future." are the time
    if word == "future" and (lower[max(0, start - 2):start] == "a " or _prev_word(lower, start) == "foreseeable"):
        return False  # "a future in which ...", "the foreseeable future" (open-ended, not annotated)
    if word.startswith("the present") and (_prev_word(lower, start) not in ("to", "until", "till", "through", "into")
                                           or _next_word(lower, end) not in ("", "by", *_COORDINATED_AFTER)):
        return False  # "from the 1970s to the present" is the time; "opened the present", "the present crisis" are not
    if word.endswith(" term") and lower[end:end + 2][:1] == " " and lower[end + 1:end + 2].isalpha() and \
            _next_word(lower, end) not in _COORDINATED_AFTER:
        return False  # "the long term savings": an adjective, not a time
    return True


_MIDWEEK_AFTER = frozenset("by until till at in on around before after from since through over toward towards "
                           "into than".split())


def _check_midweek(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                   start: int, end: int) -> bool:
    """"by midweek", "until mid-week", "returns midweek.": the time; "a midweek match", "midweek
    trading" are adjectives."""
    return _prev_word(lower, start) in _MIDWEEK_AFTER or re.match(r"\s*(?:[,.;:!?)]|$)", lower[end:end + 2]) is not None


def _check_epi_week(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                    start: int, end: int) -> bool:
    """"EW 34" is an epidemiological week only in capitals ("ew 12" in a post is disgust and a count)."""
    return not lower.startswith("ew", start) or text.startswith("EW", start)


# Words of sport near "week 12 of 2024": a league's or a season's week, not the ISO week.
_SPORT_NEAR = re.compile(r"\b(?:nfl|nba|ncaa|football|fantasy|league|quarterbacks?|touchdowns?|playoffs?|kickoff|"
                         r"matchups?|fixtures?|bye|standings)\b")


def _check_week_of_year(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                        start: int, end: int) -> bool:
    """"week 12 of 2024" is the ISO week unless the words around it are of sport."""
    return _SPORT_NEAR.search(lower, max(0, start - 120), min(len(lower), end + 120)) is None


def _check_week_with_days(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                          start: int, end: int) -> bool:
    """"week 12 (18-24 March)": the days in brackets are seven (in a leap year or not), and about where
    week 12 falls in any year (its first day between day 7N-16 and 7N+4 of the year: where a Monday or
    Sunday of week N falls, a week either way); "week 3 (18-24 March)" counts the weeks of something else."""
    groups = {name: lower[s:e] for name, (s, e) in spans.items()}
    week = int(groups["wnum"])
    for year in (2023, 2024):
        first, last, _ = days_in_brackets(tagger.rules.lookup, groups, (year,))
        first_day = (first - date(last.year, 1, 1)).days + 1
        if (last - first).days == 6 and 7 * week - 16 <= first_day <= 7 * week + 4:
            return True
    return False


def _check_new_year_period(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                           start: int, end: int) -> bool:
    """"in the new year" (the period) is written in lower case; "the New Year" is the holiday."""
    return "new year" in text[start:end]


# Words after which "everyday" is the adverb ("everyday also must queue", "12hrs everyday at the
# store"), not the adjective ("everyday life", "everyday items").
_AFTER_EVERYDAY_ADVERB = frozenset("also oso same at in on for to and or but so from till until after before the my "
                                   "i we you u he she they it is am are was got can must need have has will "
                                   "without just only no not never lah leh sia".split())


def _check_all_day(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                   start: int, end: int) -> bool:
    """"all day" as an adverb ("raining all day, so gloomy", "all day long"), not an adjective ("all day passes")."""
    following = _next_word(lower, end)
    return not (lower[end:end + 1] == " " and following and following not in _AFTER_EVERYDAY_ADVERB
                and following not in ("long", "today", "yesterday", "tomorrow", "every", "everyday", "all"))


def _check_evaluated_day(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                         start: int, end: int) -> bool:
    """"a good day" as it was spent, not the greeting that opens a call or a speech ("Operator: Good day,
    and welcome to the call", "Good day, everyone")."""
    return _GREETING_DAY.match(lower, start) is None


_GREETING_DAY = re.compile(r"good\s+day\s*[,!.]\s*(?:and\s+(?:welcome|thank)|everyone|everybody|ladies|all\b|"
                           r"sir\b|madam|gentlemen|welcome|thank\s+you)")


def _check_duration_range_start(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                                start: int, end: int) -> bool:
    """The 10 of "10-12 hours" (two TIMEX3s, as a range of clock times is): not a score or a
    fraction before it ("2-1"), nor an age ("5-6 year-olds")."""
    if lower[max(0, start - 1):start] and lower[start - 1] in "-–/.,:$":
        return False
    if _AGED_BEFORE.search(lower, max(0, start - 16), start):
        return False  # "children aged 10-12 years": an age
    after = lower[spans["unit"][1]:spans["unit"][1] + 5]
    if _next_word(lower, spans["unit"][1]) in ("later", "earlier", "ago"):
        return False  # "one or two days later": a point in time, not the length of one
    return not after.startswith((" old", "-old", "s old"))




def _check_duration_range(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                          start: int, end: int) -> bool:
    """"two to three weeks" as one length; not "between two to six days" (two ends, as TimeBank
    has it), an age, a point in time ("two or three days later") or what the rule "duration" refuses."""
    if BETWEEN_BEFORE.search(lower, max(0, start - 10), start):
        return False
    return _check_duration_range_start(tagger, text, lower, spans, start, end) and \
        _check_duration(tagger, text, lower, spans, start, end)


def _check_every_listed(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                        start: int, end: int) -> bool:
    """A weekday listed after "every <weekday>" ("every mon, wed and thur"): also recurring,
    unless it begins a clause of its own ("every Monday, and Wednesday was no exception")."""
    if _next_word(lower, end) in ("was", "is", "will", "had", "has", "would", "saw"):
        return False
    return tagger.every_list_before.search(lower, max(0, start - 100), start) is not None


def _check_adverb_set(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                      start: int, end: int) -> bool:
    if lower[start:end] == "everyday":
        return not lower[end:end + 1] == " " or not _next_word(lower, end).isalpha() or \
            _next_word(lower, end) in _AFTER_EVERYDAY_ADVERB
    if _RATE_BEFORE.search(lower, max(0, start - 40), start):
        return False  # "grow 8 percent annually", "$2 million a year": a rate, not a recurring time
    following = _NEXT_WORD.match(text[end:end + 40])
    if text[start:start + 1].isupper() and not text[start:end].isupper() and lower[end:end + 1] == " " and \
            following is not None and following.group(1)[:1].isupper() and _prev_word(lower, start) == "the":
        return False  # "The Daily Universal Register", "the Weekly Dispatch": a title, not a recurring time
    return _next_word(lower, end) not in ("newspaper", "paper", "mail", "telegraph", "news", "express",
                                          "star", "beast", "show", "planet")


def _check_quarter_code(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                        start: int, end: int) -> bool:
    where = spans["qnum"][0] - 1 if "qnum" in spans else start  # "Q3", or "Q-three" said aloud
    return text[where] == "Q"


def _check_capital_code(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                        start: int, end: int) -> bool:
    """"3Q21", "H1 2022": a period code is written with its letter in capitals ("1h" is an hour)."""
    return any(c.isupper() for c in text[start:end] if c.isalpha())


def _check_spoken_year(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                       start: int, end: int) -> bool:
    if lower[start:end].startswith("the year"):
        return True
    century = lower[spans["ycent"][0]:spans["ycent"][1]] if "ycent" in spans else ""
    if century.startswith("two"):
        return _prev_word_past_fillers(lower, start) in ("in", "since", "by", "until", "of")
    if "yunit" in spans or not ("ytens" in spans or "yteen" in spans or "yoh" in spans or "yhund" in spans):
        return False  # "twenty eight", a bare "nineteen": numbers
    if century == "nineteen":
        return True
    # "in twenty twenty-one", "by eighteen sixty-one", "Twenty nineteen was": a year only where one is
    # expected, and not a count of something ("twenty twenty-year-olds", "eighteen sixty-page reports")
    if _SPOKEN_COUNT_AFTER.match(lower, end) and not _SPOKEN_YEAR_RANGE_AFTER.match(lower, end):
        return False
    return _prev_word_past_fillers(lower, start) in _SPOKEN_YEAR_BEFORE or \
        (text[start].isupper() and (start == 0 or lower[:start].rstrip()[-1:] in ("", ".", "\n", '"', "“")))


def _prev_word_past_fillers(lower: str, start: int) -> str:
    """The word before `start` past a speaker's hesitations, as transcripts write them: "in, uh,
    twenty nineteen", "since - um - two thousand eight", "in... in twenty twenty" give "in"."""
    before = _SPOKEN_FILLERS.sub("", lower[max(0, start - 60):start])
    return _prev_word(before, len(before))


# "uh", "um", "er", "you know", "like" and the dashes and dots around them; a word said twice ("in - in")
# counts once
_SPOKEN_FILLERS = re.compile(r"(?:[\s,]*(?:\b(?:uh|um|uhm|er|erm|ah|like|you\s+know|i\s+mean)\b|[-–—]+|\.\.\.|…)[\s,]*)+$")


# the words a year in words follows ("in twenty twenty-one", "the summer of eighteen sixty-one")
_SPOKEN_YEAR_BEFORE = frozenset({"in", "since", "by", "until", "till", "of", "from", "to", "through", "before",
                                 "after", "during", "around", "circa", "about", "early", "late", "mid", "year"})
# a range on to another year in words ("from twenty fifteen to twenty eighteen"), not of counts
_SPOKEN_YEAR_RANGE_AFTER = re.compile(r"\s+(?:to|and|or|through|until)\s+(?:nineteen|eighteen|seventeen|sixteen|twenty)"
                                      r"[\s-]+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|eleven|"
                                      r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh)\b")
# what makes number words a count: a unit or a noun made of a number ("sixty-page")
_SPOKEN_COUNT_AFTER = re.compile(r"-|\s+(?:years?|months?|weeks?|days?|hours?|minutes?|percent|per|people|times|"
                                 r"and|or|to|of|thousand|hundred|million|billion)\b")


def _check_pod_today(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                     start: int, end: int) -> bool:
    return lower[end:end + 6] not in (" after", " of th", " hours") and not lower[end:end + 3] == " of"


def _check_directed_month(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                          start: int, end: int) -> bool:
    month_start, month_end = spans["month"]
    surface = lower[month_start:month_end]
    return _capitalised(text, month_start) or surface not in tagger.rules.vocabulary["ambiguous_month"]


def _check_latest_quarter(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                          start: int, end: int) -> bool:
    if "latest" in spans:
        return lower[spans["latest"][0]:spans["latest"][1]] != "past" or lower[end - 7:end] == "quarter"
    return lower[end - 7:end] == "quarter"


def _check_decade_word(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                       start: int, end: int) -> bool:
    return lower.startswith("the", start) and _prev_word(lower, start) not in ("in", "into") or \
        lower.startswith("the", start) and lower[end:end + 1] in (",", ".", ";", ")")


_POD_COMPOUND_HEADS = frozenset("routine routines person people shift shifts sickness owl owls lark larks edition "
                                "editions wear stand stands club clubs life market markets sky vision bus buses "
                                "train trains school schools flight flights patrol patrols raid raids drill drills "
                                # money lent overnight: "the Overnight Policy Rate", "overnight lending"
                                "policy rate rates lending repo interbank".split())


# ("failed on the first night", "the opening night": a night counted in a run of them)
_COUNTING_BEFORE_POD = frozenset("first opening second third fourth fifth sixth seventh eighth ninth tenth straight "
                                 "consecutive successive".split())


def _check_bare_pod(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                    start: int, end: int) -> bool:
    if lower.startswith(" mass", end):
        return False  # "Midnight Mass", the Christmas liturgy (whatever its hour)
    if "dir" in spans:
        # "our last night", "on the last night of the trip": the final night of a stay, not the one
        # before the publication date
        return not (lower[spans["dir"][0]:spans["dir"][1]] == "last" and _prev_word(lower, start) in _OWNER_BEFORE_LAST)
    if start > 0 and lower[start - 1] == "-":
        return False  # "an all-night vigil", "late-night talks": an adjective, no particular night
    prev = _prev_word(lower, start)
    if lower[max(0, start - 8):start] == "day and " or lower.startswith(" and day", end):
        return False  # "day and night", "night and day": all the time, no particular night
    if prev in ("good", "nite", "night", "a", "every", "each", "the", "one", "per", "that", "same", "next", "following",
                "previous", "last", "final", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"):
        return False
    if prev in _COUNTING_BEFORE_POD or prev[:1].isdigit() and prev[-2:] in ("st", "nd", "rd", "th"):
        return False  # "for a second night in a row", "a third straight night": a count of nights, no date
    if _next_word(lower, end) in _POD_COMPOUND_HEADS:
        return False  # "a better morning routine", "the night shift": a kind of thing, no particular day
    return not lower[end:end + 3] in (" of", "-of") and lower[end:end + 4] not in (" sho", " new", " pap") and \
        not lower.startswith(" hours of", end)  # "the early morning hours of 31 January": that day's


_OWNER_BEFORE_LAST = frozenset({"the", "our", "my", "his", "her", "their", "your", "its"})


_CLOCK_IN_SENTENCE = re.compile(r"\b(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b(?:[01]?\d|2[0-3]):[0-5]\d\b")


def _check_hour_after_day(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                          start: int, end: int) -> bool:
    """"tonight at 7": only right after a day, a weekday or a part of a day ("at 7" alone is
    a count, a score or an age as often as a time)."""
    window = max(0, start - 40)
    return _DAY_BEFORE_AT.search(lower, window, start) is not None and \
        _RECURRING_BEFORE.search(lower, window, start) is None  # "every Mon and Wed at 10": a set


_RECURRING_BEFORE = re.compile(r"\b(?:every|each)\b")


_DAY_BEFORE_AT = re.compile(r"\b(?:tonight|tonite|today|tomorrow|tmrw|tmr|tmw|tomoro|tomorow|2moro|2morrow|monday|tuesday|"
                            r"wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
                            r"morning|afternoon|evening|night|nite)\s+at\s+$")


def _check_hour_after_clock(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                            start: int, end: int) -> bool:
    """"shortly after 11" only where a clock time was told earlier in the same sentence."""
    sentence = SENTENCE_BREAK.split(text[max(0, start - 200):start])[-1].lower()
    return _CLOCK_IN_SENTENCE.search(sentence) is not None


def _check_twilight(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                    start: int, end: int) -> bool:
    """"at dawn", not a name ("Operation Dawn", "at Dawn's house")."""
    return not _capitalised(text, spans["pod"][0]) and lower[end:end + 2] not in ("'s", "’s")


_RATE_BEFORE = re.compile(r"(?:\d(?:[\d,.]*\d)?%?|\$[\d,.]+(?:\s+(?:million|billion|thousand))?)(?:\s+[a-z]+)?\s+$")
# "8 million viewers a week", "two cups of coffee a day": an amount counted per unit of time (a rate);
# the words between carry no preposition that would make the unit a time ("growth in a year")
_RATE_AMOUNT_BEFORE = re.compile(
    r"\b(?:\d(?:[\d,.]*\d)?|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)"
    r"(?:\s+(?:million|billion|thousand|hundred))?"
    r"(?:\s+(?!(?:in|within|for|over|after|before|than|during|by|from|to|at|on|under|about|nearly|almost|once|"
    r"twice|times|and|or|is|are|was|were|be|been|days|weeks|months|years|hours|minutes)\b)[a-z'-]+){1,3}\s+$")


_VERB_LAST_BEFORE = frozenset("will would can could may might should must to did does do not 'll ’ll "
                              "wo cannot".split())
_FRACTION_OF = frozenset("point points percent percentage per cent mile miles inch inches pound pounds ounce "
                         "million billion trillion".split())
_FRACTION_TO_AMOUNT = re.compile(r"\s+to\s+[$£€]?\d[\d,.]*\s*(?:%|percent|million|billion|trillion|[a-z]+s\b)")
_MINUTE_ADJECTIVE = re.compile(r"\s+(?:details?|amounts?|quantit(?:y|ies)|traces?|particles?|differences?|fractions?)\b")
_AGED_BEFORE = re.compile(r"\b(?:aged|ages)\s+(?:(?:\d{1,3}|[a-z]+)\s*(?:-|–|\sto\s|\sor\s)\s*)?$")


_OF_YEAR = re.compile(r"\s+of\s+(?:fiscal\s+)?(?:\d{4}|(?:this|last|next)\s+year|the\s+year)\b")


_PROGRAMME_BEFORE = re.compile(r"(?:\w['’]s|\b(?:on|watch|watching|watched))\s+$")


_FROM_A_MONTH = re.compile(r"\s+from\s+(?:january|february|march|april|june|july|august|september|october|november|"
                           r"december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|\d{4}\b|next\s+(?:year|month))")
_NAMED_PLAN = re.compile(r"\s+(?:Plan|Program|Programme)\b")
_ORDINAL_BEFORE = re.compile(r"(?:\b\d+(?:st|nd|rd|th)|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                             r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth))\s+$")
_UNIT_END_AFTER = re.compile(r"-(?:end|start)(?![a-z])")


# Nouns that "night" or "day" names a kind of ("a night curfew", "a day job"): no length of time.
_NIGHT_DAY_COMPOUND = frozenset("curfew curfews shift shifts market markets flight flights train bus club game match "
                                "school class classes nurse watchman guard raid raids sky vision owl job jobs care "
                                "centre center pass ticket labourer laborer worker workers".split())


# a change that reaches back to a time already past, whatever the tense of the verb before it
_REACHES_BACK = frozenset({"retroactive to", "retroactively to", "retroactive from", "retroactively from",
                           "backdated to", "backdated from"})


# a school year group after "year": "a Year 13 pupil", "a year 10 student"
_SCHOOL_YEAR_AFTER = re.compile(r" (?:1[0-3]|[1-9])(?![\d.,:%/-])")
_SCHOOL_NOUN_AFTER = re.compile(r" \d\d? (?:pupils?|students?|class(?:es)?|girls?|boys?|children|group|teachers?)\b")


# number words that count hundreds ("twelve hundred hours", "oh-six-hundred")
_HUNDREDS_BEFORE = frozenset("oh zero ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
                             "twenty one two three four five six seven eight nine".split())


def _check_duration(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                    start: int, end: int) -> bool:
    """Not an age ("37 years old"), a fraction ("three-quarters of") or a rate ("700 seats a week")."""
    after = lower[end:end + 8]
    if "num" in spans and lower[spans["num"][0]:spans["num"][1]] == "hundred" and \
            _prev_word(lower, spans["num"][0]) in _HUNDREDS_BEFORE:
        return False  # "twelve hundred hours", "fourteen hundred hours": not a hundred hours
    if "num" in spans and "unit" in spans and text[spans["num"][0]].isupper() and text[spans["unit"][0]].isupper() \
            and (lower.startswith("the ", start) or _prev_word(lower, start) == "the") \
            and not text[end + 1:end + 2].isupper() and not text[spans["num"][0]].isdigit():
        return False  # "The Hundred Days began", "during the Hundred Days": a name (not a headline in title case)
    if "num" in spans and "unit" in spans and text[spans["num"][0]].isdigit() and text[spans["unit"][0]].isupper() \
            and text[spans["unit"][0] + 1:spans["unit"][0] + 2].islower() \
            and _PROGRAMME_BEFORE.search(text, max(0, start - 12), start) and not _next_word(text, end)[:1].isupper():
        return False  # "CBS's 60 Minutes", "aired on 48 Hours": a programme's name, in running text
    if "num" in spans and "unit" in spans and text[spans["unit"][0]].isupper() and lower[spans["unit"][0] - 1] == "-" \
            and _NAMED_PLAN.match(text, end) and _ORDINAL_BEFORE.search(lower, max(0, start - 16), start):
        return False  # "the 9th Five-Year Plan", "the Thirteenth Five-Year Programme": a plan's name
    if after.startswith((" old", "-old")) or lower[end - 4:end] == "-old":
        return False  # an age: "a 44-year-old protester", "he is 37 years old"
    if _UNIT_END_AFTER.match(lower, end):
        return False  # "a year-end report", "a quarter-end review": the end of one (rule "year_end")
    if after.startswith(("-earlier", "-ago", "-before")):
        return False  # "a year-earlier loss": the comparison period (rule "year_ago_figures")
    if _ON_UNIT_AFTER.match(lower, end):
        return False  # "a year-on-year fall", "a month-over-month gain": a comparison, not a length of time
    unit = lower[spans["unit"][0]:spans["unit"][1]] if "unit" in spans else ""
    if unit.startswith("quarter") and lower[spans["unit"][0] - 1:spans["unit"][0]] == "-" and after.startswith(" of"):
        return False
    number = lower[spans["num"][0]:spans["num"][1]] if "num" in spans else ""
    fraction = unit == "quarter" or (unit == "quarters" and number in ("three", "3")
                                     and spans["num"][1] + 1 == spans["unit"][0])
    if fraction and after.startswith((" of ", ", of ")):
        # "about a quarter of its dealers", "789, or about a quarter, of its dealers": a fraction,
        # not three months ("a quarter of the year", "of this year", "of 2009" stay times).
        of_end = end + (3 if after.startswith(" of ") else 4)
        following = _next_word(lower, of_end)
        if following == "the":
            following = _next_word(lower, of_end + 4)
        if not (following[:1].isdigit() or following in ("this", "next", "last", "fiscal", "year", "financial",
                                                         "calendar", "current")):
            return False
    if "dir" in spans and lower[spans["dir"][0]:spans["dir"][1]] == "last" and spans["dir"][0] == start and \
            _prev_word(lower, start) in _VERB_LAST_BEFORE:
        return False  # "the truce will last 72 hours": the verb; "72 hours" is tagged from the next word
    if fraction and (_next_word(lower, end) in _FRACTION_OF or _FRACTION_TO_AMOUNT.match(lower, end)
                     or (lower[end:end + 1] == "-" and _next_word(lower, end + 1) in _FRACTION_OF)):
        return False  # "cut rates by a quarter point", "grew by a quarter to 2 million": a fraction
    if unit == "night" and number in ("a", "one") and (_next_word(lower, end) in ("out", "stand", "stands")
                                                      or lower[end:end + 7] == "-stand"):
        return False  # "a night out", "a one-night stand": an outing, not a night's length
    if unit in ("night", "day") and number in ("a", "an") and lower[end:end + 1] == " " and \
            _next_word(lower, end) in _NIGHT_DAY_COMPOUND:
        return False  # "a night curfew", "a night shift", "a day job": a kind of thing, not a length of time
    if unit == "year" and number in ("a", "an") and _SCHOOL_YEAR_AFTER.match(lower, end) and \
            (text[spans["unit"][0]] == "Y" or _SCHOOL_NOUN_AFTER.match(lower, end)):
        return False  # "a Year 13 pupil", "a year 10 student": a school year group, no length of time
    if _MINUTE_ADJECTIVE.match(lower, end) and unit == "minute":
        return False  # "a minute detail": tiny, not sixty seconds
    if _AGED_BEFORE.search(lower, max(0, start - 16), start):
        return False  # "children aged 10-12 years": an age
    if unit == "quarters" and number in ("two", "2") and "dir" in spans and \
            lower[spans["dir"][0]:spans["dir"][1]] in ("first", "last") and _OF_YEAR.match(lower, end):
        return False  # "the first two quarters of 1990": a half year (rule "half")
    if unit == "second" and lower[end:end + 1] == "-":
        return False  # "a second-quarter loss", "a second-half goal": the ordinal
    if unit == "second" and number in ("a", "one") and \
            _next_word(lower, end) not in ("", "ago", "later", "earlier", "before", "after", "of", "or", "and", "to", "in"):
        return False  # "a second consecutive day", "a second term": the ordinal
    if number in ("a", "an") and start == spans["num"][0]:
        if _RATE_BEFORE.search(lower[max(0, start - 40):start]) and _next_word(lower, end) != "of":
            return False  # "$5 a month" is a rate; "1931 opened a decade of war" is a length of time
        if _RATE_AMOUNT_BEFORE.search(lower[max(0, start - 50):start]) and \
                (_next_word(lower, end) not in ("ago", "later", "earlier", "before", "after", "from", "of")
                 or _FROM_A_MONTH.match(lower, end)):
            return False  # "cut output by 1.2 million barrels a day from January": the rate, from a month on
        if _PART_OF_ANY.search(lower[max(0, start - 20):start]):
            return False  # "the biggest fall at the start of a year": any year, no length of time
        if _ON_A_PLANET.match(lower, end) and _prev_word(lower, start) not in _SPENDING:
            return False  # "a day on Mars lasts ...": the planet's day, not an Earth day ("spent a day on Mars" is)
        if _LENGTH_BEFORE.search(lower[max(0, start - 40):start]) and \
                _next_word(lower, end) not in ("ago", "later", "earlier", "before", "after", "from", "of"):
            return False  # "slept six hours a night", "three days a week": a length per unit, not a length
    return True


_SPENDING = frozenset({"spent", "spend", "spends", "spending", "stayed", "stay", "stays", "for", "after", "in",
                       "within", "over", "took", "take", "takes", "lasted", "last", "lasts"})
_ON_A_PLANET = re.compile(r"\s+on\s+(?:mercury|venus|mars|jupiter|saturn|uranus|neptune|pluto|titan|europa|"
                          r"the\s+moon)\b")
# a length of time written out just before "a day", "a night" ("six hours a night", "two days a week")
_LENGTH_BEFORE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    r"a\s+few|several|a\s+couple\s+of)[\s-]+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?)\s+$")


def _check_in_units(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                     start: int, end: int) -> bool:
    """"headed in a second goal", "put in a second bid": the ordinal, not "in a second" (soon)."""
    unit = lower[spans["unit"][0]:spans["unit"][1]] if "unit" in spans else ""
    number = lower[spans["num"][0]:spans["num"][1]] if "num" in spans else ""
    if unit == "second" and number in ("a", "one"):
        return lower[end:end + 1] != "-" and _next_word(lower, end) in ("", "or", "and", "to", "from", "of")
    if lower[end:end + 1] == "-" and lower[end + 1:end + 2].isalpha():
        return False  # "in a quarter-point cut", "in a two-year deal": the length modifies a noun
    # "won in two hours, 19 minutes and 19 seconds": one length of time (rule "compound_duration")
    return _COMPOUND_NEXT.match(lower, end) is None


_COMPOUND_NEXT = re.compile(r"(?:,\s*|,?\s+and\s+|\s+)(?:\d+|[a-z]+)\s+(?:days?|hours?|minutes?|seconds?)\b")


def _check_months_quarter(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                          start: int, end: int) -> bool:
    """"the January-March quarter", "the December quarter" are calendar quarters; "the
    February-April quarter", "the November quarter" (fiscal ones) are not, and their months are
    tagged on their own."""
    if "qholiday" in spans:
        return True  # "the holiday quarter": October to December
    months = tagger.rules.vocabulary["month"]
    last = months.get(lower[spans["qmonth3"][0]:spans["qmonth3"][1]].strip())
    if "qmonth1" not in spans:
        return last is not None and int(last) % 3 == 0
    first = months.get(lower[spans["qmonth1"][0]:spans["qmonth1"][1]].strip())
    return first is not None and last is not None and int(first) % 3 == 1 and int(last) == int(first) + 2


_GROUP_NOUNS = frozenset({"alliance", "movement", "coalition", "bloc", "camp"})


def _names_a_group(text: str, lower: str, start: int, end: int) -> bool:
    """"the March 14 alliance", "the April 6 Youth Movement": a group named after a date."""
    if not (lower[max(0, start - 4):start].endswith(("the ", "the\n")) or lower.startswith("the ", start)):
        return False
    following = _next_word(lower, end)
    if following in _GROUP_NOUNS:
        return True
    after = end + len(lower[end:]) - len(lower[end:].lstrip(" "))
    return text[after:after + 1].isupper() and _next_word(lower, after + len(following)) in _GROUP_NOUNS


def _check_month_day(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                     start: int, end: int) -> bool:
    return not _names_a_group(text, lower, start, end)


def _check_spoken_hour(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                       start: int, end: int) -> bool:
    """"nine a.m." is a time; "six in the morning" only after a word that introduces one ("at",
    "around", "until"...), not "the six in the morning shift"."""
    return "ampm" in spans or _prev_word(lower, start) in _SPOKEN_HOUR_BEFORE


_SPOKEN_HOUR_BEFORE = frozenset("at about around by until till before after since from".split())


def _check_month_ordinal(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                         start: int, end: int) -> bool:
    """"January sixth", "on May first, we": a capitalised month, and "first" to "third" not an
    ordinal of the word after it ("in May first lady Jill Biden", "in March second home sales")."""
    if not _capitalised(text, spans["month"][0]):
        return False
    if lower[spans["ordday"][0]:spans["ordday"][1]] in ("first", "second", "third") and "year" not in spans \
            and "syear" not in spans and re.match(r" [a-z]", text[end:end + 2]):
        return _next_word(lower, end) in _AFTER_BARE_DAY or _next_word(lower, end) in _AFTER_MONTH_ORDINAL
    return True


# words that may follow "June first" besides those after a bare day: prepositions, verbs and adverbs of a clause
_AFTER_MONTH_ORDINAL = frozenset("on in by to from through until till is was will would that this so then or "
                                 "you".split())


_PART_OF_ANY = re.compile(r"\b(?:start|beginning|end|middle|turn)\s+(?:of|to)\s+$")  # "the worst start to a year"


_ERA_MARK = re.compile(r"\b(?:BCE|BC|CE|AD|B\.C\.E\.|B\.C\.|C\.E\.|A\.D\.)(?![A-Za-z])")


def _check_every_unit(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                      start: int, end: int) -> bool:
    """"every minute detail": the adjective (tiny), not a minute each time."""
    return not (lower[spans["unit"][0]:spans["unit"][1]] == "minute" and _MINUTE_ADJECTIVE.match(lower, end))


def _check_era_year(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                    start: int, end: int) -> bool:
    """"218 BC", "AD 14": the era is written in capitals (not "an ad 14 times", "14 bc")."""
    return _ERA_MARK.search(text, start, end) is not None


# Words ending in "s" that may follow a year ("c. 1500 was", "ca. 1320 as a keep"), not plural nouns.
_NOT_PLURAL = frozenset("was has his its this thus as is towards afterwards whereas perhaps".split())


def _count_noun_after(lower: str, end: int) -> bool:
    """Whether a unit or a plural noun follows a number ("1500 metres", "1900 students"), not a word
    that follows years ("1530 was", "1900 elections") nor a verb with its object ("c. 1925 shows the
    old mill")."""
    following = _next_word(lower, end)
    if lower[end:end + 1] not in (" ", "\t") or not following:
        return False
    return following in MEASURE_AFTER_NUMBER or (following.endswith("s") and len(following) > 3 and
                                                 following not in _NOT_PLURAL and following not in YEAR_AFTER and
                                                 not _VERB_BEFORE_OBJECT.match(lower, end))


# A word in -s before "the"/a possessive is a verb with its object ("c. 1925 shows the old mill"), no plural
# noun ("ca. 1500 visitors a year" is one)
_VERB_BEFORE_OBJECT = re.compile(r" [a-z]+s (?:the|his|her|its|their|our)\b")


# "c. 1500" after a capitalised word or a determiner is a label ("the Cessna C. 1500", "Section
# C. 1500", "The C. 1500 model"), not "circa"
_LABEL_BEFORE_C = re.compile(r"(?:\b(?:[A-Z][\w-]*|[Tt]he|an?)) $")


def _check_circa_year(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                      start: int, end: int) -> bool:
    """"c. 1500" is a year; "ca. 1500 employees", "ca. 1500 people" a count (a plural noun or a
    unit after the number); "about 1500" is a year only before punctuation or a word that
    follows years ("about 1530, when", "about 1530 and")."""
    if text.startswith("C.", start) and _LABEL_BEFORE_C.search(text, max(0, start - 24), start):
        return False
    following = _next_word(lower, end)
    if lower[end:end + 1] not in (" ", "\t") or not following:
        return True
    if lower.startswith("about", start) and following not in YEAR_AFTER:
        return False  # "about 1500 of them": "about" before a number is mostly a count
    return not _count_noun_after(lower, end)


def _check_era_year_shared(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                           start: int, end: int) -> bool:
    """The 218 of "from 218 to 201 BC": the era after the second year is in capitals."""
    return _ERA_MARK.search(text, end, spans["era"][1]) is not None and \
        not lower[max(0, start - 1):start].strip(" ").endswith(("$", ",", ".", "-"))


_AFTER_BARE_DAY = frozenset({"the", "a", "an", "he", "she", "it", "they", "we", "i", "his", "her", "its", "their",
                             "there", "when", "after", "before", "at", "and", "but", "as", "while", "with"})


def _check_day_of_month(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                        start: int, end: int) -> bool:
    """"on the 28th," or "on the 28th the city fell", not "on the 28th Division" or "the
    28th floor" (a noun after the ordinal makes it an ordinal of that noun). After "week of" it
    is a day whatever follows ("the week of the 14th for the audit")."""
    after = lower[end:end + 2]
    if "ordday" in spans:  # "on the twenty-first." (said in words): only before a stop
        return after[:1] in ("", ",", ".", ";", ":", ")", "!", "?")
    if re.search(r"\bweek\s+of\s+the\s+\d{1,2}(?:st|nd|rd|th)$", lower[max(0, start - 8):end]) and after[:1] != "-" and \
            not text[end + 1:end + 2].isupper():
        return True
    if after[:1] in ("", ",", ".", ";", ":", ")", "!", "?") or after in (" (", " -", " –", " —"):
        return True
    return after[:1] == " " and _next_word(lower, end) in _AFTER_BARE_DAY and not text[end + 1:end + 2].isupper()


# words that may follow "the year 800" besides those after a bare day: prepositions and verbs of a clause
_AFTER_OLD_YEAR = frozenset("by in on under during to from was were saw".split())


def _check_old_year(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                    start: int, end: int) -> bool:
    """A three-digit year only closes a clause or is followed by a word that is no noun:
    "in October 732, near Tours", "in the year 800 Charlemagne", not "May 500 people"."""
    if "month" in spans and not _capitalised(text, spans["month"][0]):
        return False
    if "oldyear2" in spans and (text[end + 1:end + 2].isupper() or _next_word(lower, end) in _AFTER_OLD_YEAR):
        return True  # "in the year 800 Charlemagne", "in the year 800 by Pope Leo"
    return _check_day_of_month(tagger, text, lower, spans, start, end)


# what a range of old years in brackets may follow: a name ("Charlemagne (742–814)") or one of these
_OLD_RANGE_AFTER = frozenset("dynasty dynasties period era empire caliphate kingdom reign rule age culture "
                             "abbey monastery church cathedral".split())


def _check_old_year_range(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                          start: int, end: int) -> bool:
    """"Charlemagne (742–814)", "the Tang dynasty (618–907)", "(r. 757–796)": not "the tables (112–118)"."""
    if text[start - 1:start] != "(":
        return True  # "(r. 757–796)", "(fl. 690–710)", "(c. 735–804)": the cue makes it a life or reign
    word = _prev_word(lower, start - 1)
    before = text[:start - 1].rstrip()
    return word in _OLD_RANGE_AFTER or bool(word) and before[-len(word):][:1].isupper()


_OPEN_QUOTES = frozenset('"“‘`')


# Contractions in 's that are no possessives: "it's last week's news" keeps its week.
_NOT_POSSESSIVE_S = frozenset("it's that's what's there's here's he's she's who's let's where's "
                              "it’s that’s what’s there’s here’s he’s she’s who’s let’s where’s".split())


def _check_relative_unit(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                         start: int, end: int) -> bool:
    """Not a title (see _check_not_title), and not one's final unit: "his last year in office",
    "Obama's last week in the White House" is the last of a tenure, not the year or week before
    the publication (as "my last day" and "his first week" are no dates counted from it)."""
    if "dir" in spans and lower[spans["dir"][0]:spans["dir"][1]] == "last" and spans["dir"][0] == start:
        before = _prev_word(lower, start)
        if before in ("his", "her", "its", "their", "our", "my", "your") or \
                before.endswith(("'s", "’s")) and before not in _NOT_POSSESSIVE_S and \
                lower[start - 1:start] == " " and lower[start - 1 - len(before):start - 1] == before:
            return False
    return _check_not_title(tagger, text, lower, spans, start, end)


def _check_office_shorthand(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                            start: int, end: int) -> bool:
    """"EOD", "COB", "YTD", "TTM" only in capitals amid lower-case text ("corn on the cob", "ytd" for
    yesterday in tweets, a line set all in capitals)."""
    word = text[start:end]
    return word.isupper() and any(c.islower() for c in text[max(0, start - 40):end + 40])


def _check_not_title(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                     start: int, end: int) -> bool:
    """Not the name of a programme or a paper: ABC's "This Week", "USA Today", "VOA Today".

    A phrase capitalised word by word right after an opening quote is a title (a quoted
    sentence that starts with "this week" does not capitalise "week"); a capitalised
    "Today" right after an acronym is a name, and so is a capitalised "Tonight" or "Today"
    right after a capitalised "News" ("World News Tonight"), before "show" ("NBC's Today show")
    or between "The" and "Show" ("The Tonight Show").
    """
    words = text[start:end].split()
    deictic = text[spans["deictic"][0]:spans["deictic"][1]] if "deictic" in spans else ""
    if deictic == "YTD" and any(c.islower() for c in text[max(0, start - 40):end + 40]):
        return False  # "YTD" capitalised amid lower-case text is year-to-date; tweets write "ytd" for yesterday
    if len(words) > 1 and all(word[:1].isupper() for word in words) and text[max(0, start - 1):start] in _OPEN_QUOTES:
        return False
    if words in (["Tonight"], ["Today"]) and (text[max(0, start - 5):start] == "News " or
                                              lower[end:end + 5] == " show" or
                                              text[max(0, start - 4):start] == "The " and
                                              text[end:end + 5] == " Show"):
        return False
    if len(words) == 1 and words[0][:1].isupper() and not words[0].isupper() and text[start - 1:start] == " ":
        previous = _PREV_WORD.search(text, max(0, start - 12), start)
        if previous and previous.end(1) == start - 1 and len(previous.group(1)) >= 2 and \
                previous.group(1).isalpha() and previous.group(1).isupper():
            return False
    return True


def _check_slash_date(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                      start: int, end: int) -> bool:
    """A day and month with a slash and no year ("25/12", "12/25"), which the other number
    cannot be (over 12): not "24/7" (all the time), nor a weekday-less fraction after a number."""
    day_start = spans["weekday"][1] if "weekday" in spans else start
    if lower[day_start:end].strip(" ,") in ("24/7", "7/24"):
        return False
    return not _RATE_BEFORE.search(lower, max(0, start - 30), start)


_GAME_WORDS = re.compile(r"\b(?:game|games|match|matches|scored|conceded|striker|kick-?off|overtime|touchdowns?|quarterback|halftime|half-time|field\s+goals?|"
                         r"free\s+throws?|rebounds|interceptions?|fumbles?|three-pointers?|buzzer|"
                         r"super\s+bowl|playoffs?|to\s+play|(?:left|remaining)\s+in\s+the|stoppage\s+time|extra\s+time|innings?|tip-?off)\b|(?<![\d.,-])\d{1,3}-\d{1,3}(?![\d-])")


def _check_calendar_quarter(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                            start: int, end: int) -> bool:
    """"the fourth quarter" with no year, in a sentence about a game ("trailed by 12 in the
    fourth quarter but won in overtime", "led 14-0 after the first quarter"): a period of
    play, not of the calendar."""
    if any(name in spans for name in ("year", "year2", "dirword", "dirword2")):
        return True
    return _GAME_WORDS.search(lower, *_sentence_around(lower, start, end)) is None


def _sentence_around(lower: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence (at most 200 characters either side) around ``start``..``end``."""
    sentence_start = max(lower.rfind(". ", max(0, start - 200), start), lower.rfind("\n", max(0, start - 200), start))
    stop = [i for i in (lower.find(". ", end, end + 200), lower.find("\n", end, end + 200)) if i != -1]
    return max(0, sentence_start, start - 200), min(stop) if stop else min(len(lower), end + 200)


# words of company results and the economy, around a bare "first half"
_BUSINESS_WORDS = re.compile(r"%|\b(?:profits?|sales|revenues?|earnings|income|loss(?:es)?|growth|economy|gdp|output|"
                             r"inflation|shares|prices|results|demand|exports|imports|orders|deliveries|production|"
                             r"margins?|dividends?|forecasts?|outlook|percent|fiscal|quarter|year)\b")


def _check_business_half(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                         start: int, end: int) -> bool:
    """A bare "the first half" is a half of the year only in a sentence about results or the
    economy, and not about a game ("scored twice in the first half")."""
    if not _check_calendar_quarter(tagger, text, lower, spans, start, end):
        return False
    return _BUSINESS_WORDS.search(lower, *_sentence_around(lower, start, end)) is not None


_UNIT_ORDER = {"year": 0, "month": 1, "week": 2, "day": 3, "hour": 4, "minute": 5, "second": 6}


def _check_compound_duration(tagger: "Tagger", text: str, lower: str, spans: dict[str, tuple[int, int]],
                             start: int, end: int) -> bool:
    """Two lengths make one only when the second unit is the smaller ("3 years and 6 months",
    not "2 hours and 3 days"), and neither is an age ("5 years and 3 months old")."""
    big = lower[spans["unit"][0]:spans["unit"][1]].rstrip("s")
    small = lower[spans["unit2"][0]:spans["unit2"][1]].rstrip("s")
    if _UNIT_ORDER[small] <= _UNIT_ORDER[big] or lower.startswith((" old", "-old"), end):
        return False
    if "unit3" in spans and _UNIT_ORDER[lower[spans["unit3"][0]:spans["unit3"][1]].rstrip("s")] <= _UNIT_ORDER[small]:
        return False
    return _check_duration(tagger, text, lower, spans, start, end)


CONTEXT_CHECKS: dict[str, ContextCheck] = {
    "calendar_quarter": _check_calendar_quarter,
    "business_half": _check_business_half,
    "slash_date": _check_slash_date,
    "all_day": _check_all_day,
    "evaluated_day": _check_evaluated_day,
    "era_year": _check_era_year,
    "day_of_range": _check_day_of_range,
    "military_clock": _check_military_clock,
    "old_year": _check_old_year,
    "old_year_range": _check_old_year_range,
    "day_of_month": _check_day_of_month,
    "era_year_shared": _check_era_year_shared,
    "circa_year": _check_circa_year,
    "hhmm_clock": _check_hhmm_clock,
    "not_title": _check_not_title,
    "office_shorthand": _check_office_shorthand,
    "relative_unit": _check_relative_unit,
    "bare_weekend": _check_bare_weekend,
    "duration": _check_duration,
    "hour_after_day": _check_hour_after_day,
    "in_units": _check_in_units,
    "month_day": _check_month_day,
    "months_quarter": _check_months_quarter,
    "bare_pod": _check_bare_pod,
    "ides": _check_ides,
    "twilight": _check_twilight,
    "hour_after_clock": _check_hour_after_clock,
    "directed_month": _check_directed_month,
    "latest_quarter": _check_latest_quarter,
    "decade_word": _check_decade_word,
    "bare_year": _check_bare_year,
    "bare_month": _check_bare_month,
    "coordinated_day": _check_coordinated_day,
    "short_decade": _check_short_decade,
    "plural_weekend": _check_plural_weekend,
    "the_day": _check_the_day,
    "one_day_future": _check_one_day_future,
    "short_year": _check_short_year,
    "day_month": _check_day_month,
    "weekday": _check_weekday,
    "one_sentence": _check_one_sentence,
    "named_day": _check_named_day,
    "unidentified_weekday": _check_unidentified_weekday,
    "compound_duration": _check_compound_duration,
    "season": _check_season,
    "capitalised": _check_capitalised,
    "plural_units": _check_plural_units,
    "clock": _check_clock,
    "vague": _check_vague,
    "adverb_set": _check_adverb_set,
    "duration_range_start": _check_duration_range_start,
    "duration_range": _check_duration_range,
    "every_listed": _check_every_listed,
    "quarter_code": _check_quarter_code,
    "capital_code": _check_capital_code,
    "spoken_year": _check_spoken_year,
    "month_ordinal": _check_month_ordinal,
    "spoken_hour": _check_spoken_hour,
    "pod_today": _check_pod_today,
    "every_unit": _check_every_unit,
    "clock_words": _check_clock_words,
    "midweek": _check_midweek,
    "epi_week": _check_epi_week,
    "week_of_year": _check_week_of_year,
    "week_with_days": _check_week_with_days,
    "new_year_period": _check_new_year_period,
}


_PARAGRAPH_BREAK = re.compile(r"[ \t\r\xa0]*\n[ \t\r\xa0]*\n")
# What opens a line of a list, a table or a form rather than a wrapped line of prose: a bullet, a
# quote or table mark, a Markdown heading ("- 2020 budget", "• Monday", "| 2021 |", "## April"), and
# a label before a colon ("Time: 10:00", "Updated: Friday")
_LIST_LINE = re.compile(r"[ \t\xa0]*(?:[-*•·▪‣◦–—>|#]+[ \t\xa0]|[A-Z][A-Za-z]*(?:[ \t][A-Za-z]+){0,2}:[ \t\xa0])")
# a numbered item ("1. March", "2) April", "(b) 2021"): one only when the line before is one too
_NUMBERED_LINE = re.compile(r"[ \t\xa0]*\(?(?:\d{1,3}|[a-z])[.)][ \t\xa0]")
# a line that opens with a capitalised word that no date goes on into ("Monday\nLast week's vote"; a
# month, a weekday, a holiday's "Day"/"Eve" or a zone's "Eastern" may be the rest of a time wrapped onto
# the line)
_CAPITAL_LINE = re.compile(r"[ \t\xa0]*(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
                           r"|Nov|Dec|Day|Eve|Eastern|Central|Mountain|Pacific|Atlantic|Greenwich|Standard|Daylight)"
                           r"[a-z]*\b)[A-Z][a-z]")
# a cell's comma in a comma-separated row ("2020-03-05,Floods"; not "1,200", nor "Sat,7pm" alone)
_CELL_COMMA = re.compile(r"(?<=\S),(?=[^\s\d]|\d(?!\d{2}(?:\D|$)))|(?<=[^\W\d_]),(?=\d)")


@lru_cache(maxsize=4)
def _wrap_width(text: str) -> int:
    """The text's widest line of words: the width its prose was wrapped at, if it was (a link or a
    table's row alone on its line is no measure of the wrap)."""
    lines = text.split("\n")
    return max((len(line.rstrip()) for line in lines if " " in line.strip() and "\t" not in line.strip()),
               default=0) or max(len(line.rstrip()) for line in lines)


def _wrapped_at(text: str, at: int) -> bool:
    """Whether the line break at ``at`` wraps a line of prose: the next line's first word would not
    have fitted on the line before at the text's wrap width (_layout_breaks reads it the same way)."""
    body = text[text.rfind("\n", 0, at) + 1:at].rstrip(" \t\r\xa0")
    following = _FIRST_WORD.match(text, at + 1)
    return following is not None and len(body) + 1 + len(following.group(1)) > _wrap_width(text)


_FIRST_WORD = re.compile(r"[ \t\xa0]*(\S+)")


def _layout_breaks(text: str) -> list[int]:
    """Where the layout ends every expression, in order: a blank line, and a line break that is no
    wrapping of a line of prose, a tab between cells, a comma between the cells of a table's row.
    A line break is a wrap when the next line's first word would not have fitted on the line before
    at the text's widest line ("The talks opened on March\n5, 2020 in Geneva"); a line shorter than
    that was ended by the writer ("Floods in March\n5 people died", a headline), as is a line before
    a list item, a label or a capitalised word no date goes on into ("Date: March 5\nTime: 10:00",
    "- Filed March 5\n- 5 people hurt", "Monday\nLast week's vote") and the end of a table's row (a
    line with a tab between its cells, or a comma-separated row). Each break is the end of the line's
    words, so that a match stops there."""
    breaks = [blank.start() for blank in _PARAGRAPH_BREAK.finditer(text)] if "\n" in text else []
    if "\n" in text:
        lines = text.split("\n")
        width = _wrap_width(text)
        offset = 0
        commas = [len(_CELL_COMMA.findall(line)) if "," in line else 0 for line in lines]
        for index, line in enumerate(lines[:-1]):
            body = line.rstrip(" \t\r\xa0")
            following = lines[index + 1]
            words = following.split(None, 1)
            layout = False
            if body.strip() and words:
                layout = len(body) + 1 + len(words[0]) <= width or "\t" in body.strip() or \
                    _LIST_LINE.match(following) is not None or \
                    _CAPITAL_LINE.match(following) is not None or (
                        _NUMBERED_LINE.match(following) is not None and _NUMBERED_LINE.match(line) is not None) or \
                    (_LIST_LINE.match(line) is not None or _NUMBERED_LINE.match(line) is not None) and \
                    not following[:1].isspace()
            row = bool(commas[index]) and (commas[index] == commas[index + 1] or
                                           index > 0 and commas[index] == commas[index - 1])
            if layout or row and body.strip():
                breaks.append(offset + len(body))
            if row:
                breaks.extend(offset + cell.start() for cell in _CELL_COMMA.finditer(line))
            offset += len(line) + 1
        if commas[-1] and commas[-1] == commas[-2]:
            breaks.extend(offset + cell.start() for cell in _CELL_COMMA.finditer(lines[-1]))
    if "\t" in text:
        breaks.extend(tab.start() for tab in re.finditer(r"(?<=\S)[ \xa0]*\t", text))
    return sorted(set(breaks))


def _cell_comma(text: str, at: int) -> bool:
    """The comma at ``at`` parts two cells of a comma-separated row: the row's line and a line next
    to it hold as many such commas ("Date,Event\n2020-03-05,10:00" )."""
    if _CELL_COMMA.match(text, at) is None:
        return False
    reach = _CELL_ROW_REACH  # a row is short: no line longer is read (and the look stays linear)
    start = text.rfind("\n", max(0, at - reach), at) + 1
    end = text.find("\n", at, at + reach)
    if not start and at > reach or end < 0 and len(text) > at + reach:
        return False
    end = len(text) if end < 0 else end
    count = len(_CELL_COMMA.findall(text, start, end))
    if start:
        before = text.rfind("\n", max(0, start - 1 - reach), start - 1) + 1
        if (before or start - 1 <= reach) and len(_CELL_COMMA.findall(text, before, start - 1)) == count:
            return True
    if end < len(text):
        after = text.find("\n", end + 1, end + 1 + reach)
        if after < 0 and len(text) > end + 1 + reach:
            return False
        return len(_CELL_COMMA.findall(text, end + 1, len(text) if after < 0 else after)) == count
    return False


_CELL_ROW_REACH = 500
_IN_LINK = re.compile(r"(?:://|www\.|\.(?:com|org|net|co|ly|uk|io)/|@)\S*$")
_EVENT_HEAD = re.compile(r"(?:['’]s?)?[\s-]+(?:Wars?|Battles?|Offensive|Campaign|Uprising|Rising|Revolution|Rebellion|Crusade"
                         r"|Agreement|Accords?|Island|Islands|Harbou?r|Group|Post|Star|Standard|Herald|Gazette|Honours"
                         r"|Chronicle)\b(?![’'-])"
                         # a place or a business named after a holiday or a day ("Passover Street", "the Eid
                         # Mubarak Hotel", "Mothers Day Cafe"), in running text (no capital after the head)
                         r"|(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:Street|Road|Avenue|Lane|Hotel|Cafe|Café|Restaurant|Bakery|"
                         r"Bar|Pub|Inn|Mall|Plaza|Market|Shop|Store|Bookshop|Clinic|Hospital|Club|Society|Live|"
                         # a programme named after a time of day ("The Morning Show", "Friday Night Lights",
                         # "Sunday Night Football"), in running text as the places are
                         r"Show|Lights|Football)\b(?![’'-]|[ \t]+[A-Z])")


def _names_an_event(text: str, start: int, end: int) -> bool:
    """Part of an event's name: "the Thirty Years' War", "the Six-Day War", "the Winter War",
    "the Hundred Days Offensive", or of another name with a head of its own: "the Good Friday
    Agreement", "Easter Island", "Friday Harbor", "the Tuesday Group", "The Saturday Evening
    Post", "The Morning Star" (TimeML tags no time inside a name). Every word is
    capitalised and a capitalised head such as "War" follows; a year stays a date ("the
    1948 War" names its year)."""
    if _EVENT_HEAD.match(text, end) is None:
        return False
    words = [w for w in re.split(r"[\s-]+", text[start:end]) if w]
    if words[:1] == ["the"]:
        words = words[1:]
    return bool(words) and all(w[:1].isupper() and not any(ch.isdigit() for ch in w) for w in words)


# the closing quote of each opening one; the straight ones close themselves
_CLOSING_QUOTE = {'"': '"', "“": "”", "‘": "’", "'": "'"}
# short words a title leaves in lower case ("Midnight in Paris", "Once Upon a Time in Hollywood")
_TITLE_SMALL_WORDS = frozenset("a an the of in on at to for and or but nor is with from by as into vs via de la le "
                               "du des del der und".split())
# words after a closing quote that make the quote speech ("'Tomorrow,' he said")
_SPEECH_AFTER_QUOTE = re.compile(r"[\s,]*(?:(?:he|she|they|it|we|i|you)\s+)?(?:said|says|say|asked|asks|told|tells|added|"
                                 r"adds|replied|wrote|writes|tweeted|declared)\b", re.IGNORECASE)


# what names a work before its quoted title: the comedy "Groundhog Day", performed "New Year's Day"
_WORK_BEFORE_TITLE = frozenset("film films movie comedy drama thriller romcom song songs single album track novel book play "
                               "musical show series sitcom documentary episode special hit ballad anthem opera ballet "
                               "sang sing sings performed perform performs played recorded released covered "
                               "starred".split())


def _apostrophe(text: str, at: int) -> bool:
    """A single quote between two letters or after an s ("Day's", "Beatles'"): no quote mark."""
    return text[at - 1:at].isalnum() and (text[at + 1:at + 2].isalnum() or text[at - 1:at] in "sS")


_QUOTE_OR_BREAK = re.compile("[\n\"“”‘’']")


def _in_quoted_title(text: str, start: int, end: int, resolve: str) -> bool:
    """Inside the quoted title of a work: the film "Midnight in Paris", Sam Mendes' "1917", the
    song "September", 'Tomorrow Never Dies', "500 Days of Summer" (TimeML tags no time inside a
    name). The quote is short and capitalised word by word (small words aside), as a title is and
    quoted speech is not; a quote that is speech ("'Tomorrow,' he said") or a greeting ("Happy Monday")
    is no title, and a time that is the whole quote is a term set off ("what analysts call "Black
    Friday"", her "Fall 2020" collection) unless a work or its maker is named before it (the song
    "September") or it opens with a number ("1917", "60 Minutes")."""
    window = max(0, start - 80)
    opening = -1
    # only the quote marks and line breaks before the time matter: they are found by one scan and
    # read from the nearest back (the time's other characters are no quotes)
    for mark_at in reversed([found.start() for found in _QUOTE_OR_BREAK.finditer(text, window, start)]):
        char = text[mark_at]
        if char == "\n" or char in "”’" and not _apostrophe(text, mark_at):
            return False
        if char in _CLOSING_QUOTE and not (char in "'‘" and _apostrophe(text, mark_at)):
            opening = mark_at
            break
    if opening < 0 or text[opening - 1:opening].isalnum() or not text[opening + 1:opening + 2].isalnum():
        return False
    mark = _CLOSING_QUOTE[text[opening]]
    closing = -1
    for at in range(end, min(len(text), end + 80)):
        char = text[at]
        if char == "\n":
            return False
        if char == mark and not (mark in "'’" and _apostrophe(text, at)):
            closing = at
            break
    if closing < 0 or text[closing - 1:closing].isspace() or text[closing + 1:closing + 2].isalnum():
        return False
    quoted = text[opening + 1:closing].rstrip(",.!?")
    words = quoted.split()
    if not words or len(words) > 10 or ". " in quoted or _SPEECH_AFTER_QUOTE.match(text, closing + 1):
        return False
    if words[0].lower().strip(",.!?") in ("happy", "merry"):
        return False  # a greeting: "Happy Monday", "Merry Christmas"
    if start == opening + 1 and end >= opening + 1 + len(quoted) and quoted[:1].isalpha() and \
            words[0].lower() not in ("last", "next", "this"):
        before = _prev_word(text.lower(), opening)
        if before not in _WORK_BEFORE_TITLE and not before.endswith(("'s", "’s", "s'", "s’")):
            return False
    for index, word in enumerate(words):
        word = word.strip("(:;,-–—&\"“”'‘’")
        if word and not (word[:1].isupper() or word[:1].isdigit() or index > 0 and word.lower() in _TITLE_SMALL_WORDS):
            return False
    return True


# the spaces an HTML page leaves in its text (no-break, thin, narrow no-break, figure and the other
# fixed-width spaces), which the rules read as the space they stand for
_WIDE_SPACES = str.maketrans({**{space: " " for space in "\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                                 "\u2008\u2009\u200a\u202f\u205f\u3000"},
                              # a footnote's superscript number ("in 1999²", "on Monday¹") is no part of
                              # the word before it (the rules' \w would take it for one)
                              **{mark: "^" for mark in "¹²³⁰⁴⁵⁶⁷⁸⁹"}})


_ODD_LINE_END = re.compile("\r(?!\n)|[\x0b\x0c\x85\u2028\u2029]")
_PAGE_BREAK = re.compile("[\x0c\u2029]")


def _lower_same_length(text: str) -> str:
    """The text in lower case, character for character ("March\xa05, 2020" as "march 5, 2020":
    a no-break space of an HTML page is a space; "1999²" as "1999^": a footnote's mark)."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return lower.translate(_WIDE_SPACES) if not lower.isascii() else lower


# The opening of a range right before its "until": "from May 27 until", "from 3 March until".
_FROM_BEFORE_UNTIL = re.compile(r"\bfrom\s+(?:[\w.,]+\s+){1,3}$")


class Tagger:
    """Finds and resolves temporal expressions with one language's rule set."""

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        unknown = {r.resolve for r in rules.rules} - set(RESOLVERS)
        if unknown:
            raise ValueError(f"rules name unknown resolvers: {sorted(unknown)}")
        missing = {r.context for r in rules.rules if r.context} - set(CONTEXT_CHECKS)
        if missing:
            raise ValueError(f"rules name unknown context checks: {sorted(missing)}")
        self._index = {f"r{i}": i for i in range(len(rules.rules))}
        months = "|".join(sorted((re.escape(m) for m in rules.vocabulary["month"]), key=len, reverse=True))
        self.coordinated_before = re.compile(
            rf"\b(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:and|or|&)\s+$")
        # "May 2 - 3, 9 - 10, 16 - 17": a list of days begun by a month name (bounded, so the
        # look-back stays linear).
        day = r"\d{1,2}(?:st|nd|rd|th)?"
        separator = r"(?:\s*[-–,&]\s*|,?\s+(?:and|or|to)\s+)"
        self.day_list_before = re.compile(rf"\b(?:{months})\.?\s+{day}(?:{separator}{day}){{0,8}}{separator}$")
        # "every Monday, Wednesday and Friday": the weekdays listed after "every" recur too
        weekdays = "|".join(sorted({re.escape(w.rstrip(".")) for w in rules.vocabulary["weekday"]}, key=len, reverse=True))
        listed = rf"(?:{weekdays})\.?(?:\s+(?:morning|afternoon|evening|night)s?)?"
        joiner = r"(?:\s*[,/&+]\s*|,?\s+(?:and|or)\s+)"
        self.every_list_before = re.compile(rf"\b(?:every|each)\s+{listed}(?:{joiner}{listed}){{0,5}}{joiner}$")
        self._buckets: dict[str, tuple[list[int], Narrowing | None] | None] = {}
        # the word lists of the scheduled present (vocabulary.toml, [scheduled_*])
        lists = rules.vocabulary
        self._scheduled_not_verb = frozenset(lists["scheduled_not_verb"])
        self._scheduled_not_verb_s = frozenset(lists["scheduled_not_verb_s"])
        self._scheduled_ly_verb = frozenset(lists["scheduled_ly_verb"])
        self._scheduled_have_object = frozenset(lists["scheduled_have_object"])
        self._scheduled_not_name = frozenset(lists["scheduled_not_name"])
        self._scheduled_title = frozenset(lists["scheduled_title"])
        self._scheduled_event_noun = frozenset(lists["scheduled_event_noun"])
        self._imperative = frozenset(lists["imperative_verb"])
        vocab = rules.vocabulary
        future = sorted(vocab["future_cue"], key=len, reverse=True)
        past = sorted(vocab["past_cue"], key=len, reverse=True)
        # a contraction ("'ll") is glued to its subject ("I'll", "we’ll"); a word cue stands alone
        glued = [w for w in future if w[:1] in "'’"]
        words = [w for w in future if w[:1] not in "'’"]
        # the cue words as tries (one branch per next character, the longer word tried first, as
        # in an alternation sorted longest first): the same matches, found without trying each word
        # "next to" is a place ("stood next to the mayor on Tuesday"), no time ahead
        self._future = re.compile(r"(?:(?<![\w'’])" + word_trie(words) + r"|(?<=\w)" + word_trie(glued) + r")(?![\w])"
                                  r"(?!(?<=next)\s+to\b)")
        # "sat" is also Saturday ("friday night or sat?"): the past of "sit" only before where or how
        # one sat ("We sat in traffic on Friday", "sat next to him", "sat down")
        self._past = re.compile(r"(?<![\w'’])" + word_trie(past) + r"(?![\w])|\b[a-z]{2,}ed\b|"
                                r"\bsat(?=\s+(?:in|on|down|next|beside|through|up|back|outside|inside|alone|"
                                r"together|behind|quietly|silently|there|for)\b)")

    def tag(self, text: str, reference: Reference) -> list[Timex]:
        lower = _lower_same_length(text)
        odd_ends = _ODD_LINE_END.search(lower) is not None
        if odd_ends:  # a lone carriage return, a page break, a Unicode line or paragraph separator: a line end
            lower = _ODD_LINE_END.sub("\n", lower)
        result: list[Timex] = []
        cues: dict[tuple[int, int], tuple[str, str] | None] = {}

        def cue_of(start: int, end: int) -> tuple[str, str] | None:
            key = (start, end)
            if key not in cues:
                cues[key] = self.tense_cue(lower, start, end, text)
            return cues[key]

        def tense_of(start: int, end: int) -> str | None:
            cue = cue_of(start, end)
            return cue[0] if cue else None

        def schedule_of(start: int, end: int) -> str | None:
            return self.scheduled_present(lower, start, end, text)

        ctx = Context(text, lower, reference, self.rules, result, tense_of, cue_of, schedule_of)
        rules = self.rules.rules
        singles = self.rules.singles
        starts = self.rules.starts
        if starts is None:  # pragma: no cover - build_rules always sets it
            raise ValueError("rules were not indexed")
        buckets = self._buckets
        last_end = 0
        unresolved: list[tuple[tuple[int, dict[str, str], dict[str, tuple[int, int]], int, int], str]] = []
        breaks = _layout_breaks(_ODD_LINE_END.sub("\n", text) if odd_ends else text)
        if odd_ends:  # a page break (pdftotext's form feed) and a paragraph separator end a paragraph
            breaks = sorted(set(breaks) | {end.start() for end in _PAGE_BREAK.finditer(text)})
        next_break = 0
        for candidate in starts.finditer(lower):
            position = candidate.start()
            if position < last_end:
                continue
            key = candidate.group()
            if key in buckets:
                bucket = buckets[key]
            else:
                bucket = buckets[key] = self.rules.bucket_for(key)
            if bucket is None:
                continue
            indexes, narrowing = bucket
            while next_break < len(breaks) and breaks[next_break] < position:
                next_break += 1
            # "Floods in March\n\n5 people died": a blank line ends the headline or the paragraph,
            # and every expression with it ("March", not "March\n\n5"); so do a line the writer
            # ended, a table's cell and a list's item (_layout_breaks)
            limit = breaks[next_break] if next_break < len(breaks) else len(lower)
            if narrowing is not None and limit > candidate.end():
                # by the word after "the", by the length of a run of digits (not across a blank line)
                narrowed = narrowing(lower, candidate.end())
                if narrowed is None:
                    continue
                indexes = narrowed
            # The rules that can start with this word, in rule order: the first that matches here,
            # that its context check accepts and whose resolver can compute a value wins. A reading
            # that cannot be resolved ("4 - 2 March": a range that ends before it starts; "31 April")
            # gives the later, shorter readings at the same place their turn.
            accepted = None
            resolution = None
            failed: tuple[tuple[int, dict[str, str], dict[str, tuple[int, int]], int, int], str] | None = None
            for index in indexes:
                found = singles[index].match(lower, position, limit)
                if found is None:
                    continue
                accepted = self._accept(text, lower, found, index)
                if accepted is None:
                    continue
                resolution, failure, unjoined = self._resolve(ctx, text, accepted)
                if resolution is not None or not unjoined:
                    break
                if failed is None:
                    failed = accepted, failure
            if resolution is None and accepted is not None and failed is None:
                # An impossible date ("31 April", "29 February 2019") is no other date either: it is
                # kept whole, marked as not resolved (a shorter reading would drop its year).
                unresolved.append((accepted, failure))
                last_end = accepted[4]
                continue
            if resolution is None:
                if failed is not None:
                    # Nothing resolves here: the scan goes on inside the span (a shorter expression
                    # there, "2 March" in "4 - 2 March", is the reading); only when nothing inside it
                    # resolves either is the expression kept, marked as not resolved.
                    unresolved.append(failed)
                continue
            assert accepted is not None
            index, groups, spans, start, end = accepted
            last_end = end
            rule = rules[index]
            if resolution.span is None and "x" in spans:
                resolution.span = spans["x"]
            span_start, span_end = resolution.span or (start, end)
            if lower.startswith("the ", span_start) and _HYPHENATED.fullmatch(lower, span_start + 4, span_end) and \
                    lower[span_end:span_end + 1] == " " and lower[span_end + 1:span_end + 2].isalpha() and \
                    _next_word(lower, span_end) not in _NO_NOUN_AFTER:
                span_start += 4  # "the 30-day period", "the 24 hour news cycle": TimeML leaves out "the"
            timex_type = TimexType(rule.type or resolution.type)
            if resolution.value.endswith("_REF"):
                timex_type = TimexType.DATE  # TimeML: PAST_REF, PRESENT_REF, FUTURE_REF are dates
            try:
                _counted_from_date(result, text, lower, start, end, rule.resolve, resolution)
            except (OverflowError, ValueError):
                pass  # a day counted past 0001-01-01 or 9999-12-31: the date keeps its own reading
            result.append(_composed_with_unit_before(text, lower, result[-1].end if result else 0, Timex(
                span_start, span_end, text[span_start:span_end], timex_type,
                resolution.value, resolution.mod, resolution.interval, resolution.grain, resolution.anchor,
                resolution.anchor_value, rule.name, resolution.explanation, resolution.known,
                resolution.implied, ctx.tense_of(start, end) if rule.resolve in ("weekday", "date", "season",
                                                                                 "in_units", "quarter")
                or resolution.offset is not None else None,
                resolution.offset, resolution.quant, resolution.freq)))
        if unresolved:
            result = _with_unresolved(result, unresolved, text, rules)
        adjustments: tuple[Callable[[], None], ...] = (
                       lambda: _clocks_take_the_day_that_follows(result, text, lower, breaks),
                       lambda: _coordinated_clocks_share_the_later_day(result, lower),
                       lambda: _range_ends_cross_midnight(result, lower),
                       lambda: _range_starts_take_the_day_of_their_end(result, lower),
                       lambda: _month_range_starts_take_the_year_of_their_end(result, lower),
                       lambda: _past_evening_before_a_morning(result, ctx),
                       lambda: _small_hours_after_a_night(result, lower),
                       lambda: _link_offsets_to_dates(result, lower),
                       lambda: _weekdays_name_the_date_after(result, lower),
                       lambda: _years_later_restated(result, lower))
        for adjust in adjustments:
            try:
                adjust()
            except (OverflowError, ValueError):
                # a day moved past the calendar's ends (0001-01-01, 9999-12-31): the expressions
                # keep the readings they had; each pass changes whole expressions, one at a time
                continue
        return result

    def _resolve(self, ctx: Context, text: str,
                 accepted: tuple[int, dict[str, str], dict[str, tuple[int, int]], int, int]
                 ) -> tuple[Resolution | None, str, bool]:
        """The accepted match resolved by its rule's resolver, or None, why it could not be, and
        whether only the joining of its parts failed (a range that ends before it starts)."""
        index, groups, spans, start, end = accepted
        groups["_text"] = text[start:end]
        if "x" in spans:
            groups["_x_span"] = f"{spans['x'][0]}:{spans['x'][1]}"
        if "dur" in spans:
            groups["_dur_span"] = f"{spans['dur'][0]}:{spans['dur'][1]}"
            groups["_dur"] = text[spans["dur"][0]:spans["dur"][1]]
        try:
            return RESOLVERS[self.rules.rules[index].resolve](ctx, groups, start, end), "", False
        except (ValueError, OverflowError, KeyError, TypeError, IndexError) as exc:
            return None, str(exc) or type(exc).__name__, isinstance(exc, Unjoined)

    def _accept(self, text: str, lower: str, match: re.Match[str], index: int
                ) -> tuple[int, dict[str, str], dict[str, tuple[int, int]], int, int] | None:
        """The match's groups when rule ``index`` matched and its context check agrees."""
        full_name = f"r{index}"
        named = match.groupdict()  # one call for all the rule's groups
        if named[full_name] is None:
            return None
        groups: dict[str, str] = {}
        spans: dict[str, tuple[int, int]] = {}
        for full, short in self.rules.group_names[index]:
            value = named[full]
            if value is not None and short not in groups:
                groups[short] = value
                spans[short] = match.span(full)
        start, end = match.span(full_name)
        if lower[start - 1:start] == "#" and start > 0 and _HASHTAG_CLOCK.fullmatch(lower, start, end) is None:
            return None  # a hashtag ("#Friday drinks", "#Christmas season") labels a post, it dates nothing
        if start > 0 and lower[start - 1] in "/.@_=-" and _IN_LINK.search(lower, max(0, start - 200), start):
            return None  # inside a link or an address ("example.com/live/2014-06-12", "may.smith@..."): a name
        if groups.get("qmod") == "over" and spans["qmod"][0] == start and _over_means_during(lower, start):
            return None  # "evolved over several years": the years themselves, tagged from the next word
        if _ARTICLE_BEFORE_LENGTH_ADJECTIVE.fullmatch(lower, start, end):
            return None  # "a week-long festival": the article is the festival's; "week-long" is tagged from "week"
        if spans.get("qmod", (-1, -1))[0] == start and " ".join(groups["qmod"].split()) in _COMPARATIVES and \
                _COMPARED_AMOUNT.search(lower, max(0, start - 24), start):
            return None  # "10 percent more than a year ago": the amount's comparison; "a year ago" is tagged from "a"
        rule = self.rules.rules[index]
        if rule.context and not CONTEXT_CHECKS[rule.context](self, text, lower, spans, start, end):
            return None
        if _names_an_event(text, start, end):
            return None
        if _in_quoted_title(text, start, end, rule.resolve):
            return None
        return index, groups, spans, start, end

    @staticmethod
    def _not_past(lower: str, where: int, word: str, modal_may: bool = True) -> bool:
        """A cue that is no past tense: an -ed exception, or a participle after be/to/will."""
        if word in PAST_ED_EXCEPTIONS:
            return True
        if word in _PAST_LIKE_BASE and (lower[where + len(word):where + len(word) + 2] in ("'s", "’s") or
                                        _IMPERATIVE_OPENING.search(lower, max(0, where - 30), where) and
                                        _next_word(lower, where + len(word)) not in _PARTICIPLE_NEXT):
            return True  # "Let's meet Friday", "Let me know by Friday", "Hit me up Saturday": the imperative
        if word in ("was", "were") and _next_word(lower, where + len(word)) in _INTENT_AFTER_BE:
            return True  # "were planning to", "was due to", "was going to": an intention, told ahead
        if word == "had" and _PLAN_AFTER_HAD.match(lower, where):
            return True  # "had been scheduled to": a plan, not a deed (see tense_cue)
        if word == "last" and _prev_word(lower, where) in _VERB_LAST_BEFORE:
            return True  # "will last 72 hours": the verb
        if word == "since" and _next_word(lower, where + len(word)) in _CAUSAL_SINCE_NEXT:
            return True  # "since no school for you", "since he is away": because, not a time past
        if _prev_word(lower, where) in _ARTICLES_POSSESSIVES:
            return True  # "a packed lunch", "your flu shot", "Our last day is Friday": an adjective or a noun
        if word == "earlier" and _prev_word(lower, where) in ("no", "not"):
            return True  # "slated for no earlier than May": the earliest date of a plan, no time past
        if word in ("was", "were", "had", "did", "has been", "have been", "ago", "last", "since", "earlier") or \
                word in _REACHES_BACK:
            return False  # "will be backdated to April": the change reaches back to a time past
        before = _prev_word(lower, where)
        if before in ("and", "or") and _PASSIVE_COORDINATED.search(lower, max(0, where - 60), where):
            return True  # "will be lifted at 6 a.m. and reviewed on Saturday": the auxiliary is shared
        if before.endswith("ly") and len(before) > 4 and before not in _NOT_ADVERBS:
            # "is fully booked", "is widely expected": an adverb between "be" and its participle
            before = _prev_word(lower, lower.rfind(before, max(0, where - 40), where))
        if before in _ARTICLES_POSSESSIVES:
            return True  # "is a widely used", "the newly built": an adjective
        return before in PASSIVE_BEFORE and (modal_may or before != "may")

    def _tells_no_tense(self, lower: str, cue: re.Match[str], label: str, text: str | None = None) -> bool:
        """A cue word that, where it stands, says nothing of the tense ("was due to", a passive
        "-ed", causal "due to", "may have", "May" the month or the name)."""
        word = cue.group(0)
        if label == "past":
            may = lower.rfind("may", max(0, cue.start() - 8), cue.start())
            # "Theresa May met Merkel": the name, no modal, before "met"
            named = text is not None and may >= 0 and _prev_word(lower, cue.start()) == "may" and \
                _may_the_name(text, may, may + 3)
            return self._not_past(lower, cue.start(), word, modal_may=not named)
        return word == "due to" and _causal_due_to(lower, cue.start()) or \
            word.startswith("due ") and _prev_word(lower, cue.start()) in ("was", "were") or \
            word in _MAYBE_MODALS and _modal_looks_back(lower, cue.end()) or \
            word == "could" and _COULD_AHEAD.match(lower, cue.end()) is None or \
            word == "expected by" and _prev_word(lower, cue.start()) in ("was", "were", "been", "had") or \
            word == "may" and (_may_the_month(lower, cue.start(), cue.end())
                               or text is not None and _may_the_name(text, cue.start(), cue.end()))

    def _first_cue(self, lower: str, start: int, end: int, text: str | None) -> tuple[str, str] | None:
        """The tense and word of the first cue telling a tense in ``lower[start:end]``, or None."""
        first: tuple[int, str, str] | None = None
        for pattern, label in ((self._future, "future"), (self._past, "past")):
            for cue in pattern.finditer(lower, start, end):
                if not self._tells_no_tense(lower, cue, label, text):
                    if first is None or cue.start() < first[0]:
                        first = (cue.start(), label, cue.group(0))
                    break
        return (first[1], first[2]) if first is not None else None

    def _past_before_until(self, lower: str, start: int, until: int, text: str | None) -> str | None:
        """"The festival ran until Sunday", "talks lasted until Friday": the past verb that "until"
        follows, which dates the end it names as past; None when there is none, or when it is a
        verb that moves a date ahead ("extended until", "postponed until": the new date may be
        ahead of the publication) or a future cue stands between."""
        last: re.Match[str] | None = None
        for cue in self._past.finditer(lower, start, until):
            if not self._tells_no_tense(lower, cue, "past", text):
                last = cue
        if last is None or last.group(0) in _MOVES_A_DATE:
            return None
        # "had access to the network from May 27 until June 12": the range's opening day is no object
        # of the verb (nor its "may" a modal); the verb still governs its end
        opening = _FROM_BEFORE_UNTIL.search(lower, last.end(), until)
        verb_end = until if opening is None else opening.start()
        if self._future.search(lower, last.end(), verb_end):
            return None
        between = lower[last.end():verb_end].split()
        if len(between) > (5 if opening is not None else 3) or any(word in _PRESENT_BE_HAVE for word in between):
            return None  # "investors who lost money have until Dec. 31": "until" is another verb's
        return last.group(0)

    def _has_cue(self, lower: str, start: int, end: int, text: str | None) -> bool:
        """Whether a past or future cue word that tells its tense stands in lower[start:end]."""
        for pattern, label in ((self._future, "future"), (self._past, "past")):
            for cue in pattern.finditer(lower, start, end):
                if not self._tells_no_tense(lower, cue, label, text):
                    return True
        return False

    def scheduled_present(self, lower: str, start: int, end: int, text: str | None = None) -> str | None:
        """The present-tense verb form of the clause before a day or month with no tense cue
        of its own, or None. News previews, schedules and posts give what is scheduled in the
        present: "the two leaders are meeting Monday", "Schools reopen Monday", "i start my new
        job monday", "the Labor Department releases the jobs report Friday". Only the choice of
        a weekday, a year or a holiday reads it as ahead (a length of time stays a length), and a
        reporting verb after a comma (", officials said") frames the clause, it does not date it."""
        window = max(0, start - 100)
        left = window
        for stop in (". ", "\n", "; ", ", ", "“", '"', "! ", "? "):
            found = lower.rfind(stop, window, start)
            if found != -1:
                left = max(left, found + len(stop))
        right = min(len(lower), end + 60)
        for stop in (". ", ", ", "; ", "\n", " but ", " and "):
            found = lower.find(stop, end, right)
            if found != -1:
                right = found
        reported = None
        for reported in _REPORTED_CLAUSE.finditer(lower, left, start):
            pass
        if reported is not None and reported.group().startswith("added") and "that" not in reported.group() and \
                _ADDED_TO.search(lower, reported.end(), start):
            reported = None  # "added the tanker to its sanctions list on Tuesday": the verb "add to", no saying
        if reported is not None and not self._has_cue(lower, reported.end(), start, text):
            # "Apple said preorders begin Friday": the clause a past reporting verb introduces
            # keeps its own present tense, what is scheduled
            left = reported.end()
        elif self._has_cue(lower, left, start, text):
            return None
        if self._has_cue(lower, end, right, text):
            return None
        if left == window > 0 and reported is None:
            # no clause boundary within reach: the clause began further back, and a cue there
            # ("forces launched an extensive offensive against ... and their allied jihadists in
            # Idlib and Aleppo provinces in December") tells its tense
            further = max(0, start - 400)
            for stop in (". ", "\n", "; ", ", ", "! ", "? "):
                found = lower.rfind(stop, further, window)
                if found != -1:
                    further = max(further, found + len(stop))
            if self._has_cue(lower, further, window, text):
                return None
        if lower.startswith("with ", left) and lower[left - 2:left] == ", " and \
                not _FINITE_AFTER_WITH.search(lower, left, start):
            # "Qualifying takes place Saturday, with the race on Sunday": a verbless "with" phrase
            # belongs to the clause before its comma
            before = max(lower.rfind(". ", window, left - 2) + 2, lower.rfind("\n", window, left - 2) + 1,
                         lower.rfind(", ", window, left - 2) + 2, window)
            if not self._has_cue(lower, before, left, text):
                left = before
        clause = lower[left:start]
        cased_clause = text[left:start] if text is not None else clause
        aside = _RELATIVE_ASIDE.search(lower, window, start)
        if aside is not None and aside.end() == left:
            # "Arsenal, who were knocked out on Wednesday night, visit Swansea on Saturday": the
            # clause's subject stands before the aside
            head = window
            for stop in (". ", "\n", "; ", ", ", "“", '"'):
                found = lower.rfind(stop, window, aside.start("open"))
                if found != -1:
                    head = max(head, found + len(stop))
            clause = lower[head:aside.start("open")] + " " + clause
            if text is not None:
                cased_clause = text[head:aside.start("open")] + " " + cased_clause
        not_verb, not_verb_s, ly_verbs = self._scheduled_not_verb, self._scheduled_not_verb_s, self._scheduled_ly_verb
        have_object, not_name = self._scheduled_have_object, self._scheduled_not_name
        titles, event_nouns = self._scheduled_title, self._scheduled_event_noun
        if _PAST_MODAL.search(clause):
            return None  # "could be located Wednesday": a modal that tells no present
        opening = _IMPERATIVE.match(clause)
        if opening is not None and lower[left - 2:left] == ", ":
            # after a comma only when the sentence opens with a condition or an address ("If you're
            # around, hit me up Saturday"); ", set Friday as the deadline" continues a past clause
            sentence = window
            for stop in (". ", "\n", "! ", "? "):
                found = lower.rfind(stop, window, left)
                if found != -1:
                    sentence = max(sentence, found + len(stop))
            if not _IMPERATIVE_AFTER_COMMA.match(lower, sentence):
                opening = None
        if opening is not None and opening.group("verb") in self._imperative and text is not None and \
                not (left + opening.end() < start and text[left + opening.end():left + opening.end() + 1].isupper()) and \
                _next_word(clause, opening.end() - 1) not in _PARTICIPLE_NEXT and \
                not _ATTACHED.search(clause, opening.end()):  # "Watch the full speech from Tuesday"
            # "Set your alarm for Sunday", "Join us Friday": asked for ahead
            return IMPERATIVE_MARK + opening.group(0).strip()
        if _BE_BEFORE_DAY.search(clause) and not _ATTACHED.search(clause):
            return "is"  # "The parade is Sunday", "Payday is Friday": the day a thing is set for
        if self._asks_ahead(lower, left, start, end):
            return QUESTION_MARK  # "anyone free sat or sun??", "drinks friday?": a plan asked about
        line_end = lower.find("\n", end, end + 240)
        if text is not None and _PHOTO_CREDIT.search(text, end, line_end if line_end != -1 else end + 240):
            return None  # "Rescuers search the rubble on Tuesday. (AP Photo/...)": a caption's present is the moment pictured
        patterns = (_PROGRESSIVE, _MUST, _BE_STATE, _PASSIVE_BEFORE_DAY) if text is not None and \
            headline_line(text, start) is not None else \
            (_PROGRESSIVE, _MUST, _PRONOUN_PRESENT, _VERB_S_OBJECT, _PLURAL_BASE, _NAME_VERB_S,
             _NAME_VERB_NAME, _BE_STATE, _VERB_S_BEFORE_DAY, _PASSIVE_BEFORE_DAY)
        # a headline's simple present is its past ("Stocks fall Tuesday as oil jumps", "Earthquake kills
        # 300"): it tells what has happened, not what is scheduled ("are meeting", "must" still are)
        for pattern in patterns:
            cased = pattern is _NAME_VERB_S or pattern is _NAME_VERB_NAME
            if cased and text is None:
                continue
            for form in pattern.finditer(cased_clause if cased else clause):
                if _ATTACHED.search(clause, form.end()):
                    continue  # "is recovering after surgery on Tuesday": the day is the surgery's
                verb = form.group("verb")
                if pattern is _PASSIVE_BEFORE_DAY:
                    if verb in _CAPTION_PARTICIPLES:
                        continue  # "Harry is pictured Tuesday in London": a caption's present, told of the past
                    return form.group(0).strip()
                if verb in not_verb or verb.endswith("ed") and pattern is not _BE_STATE or \
                        verb.endswith("ly") and len(verb) > 4 and verb not in ly_verbs:
                    continue
                if pattern is _PRONOUN_PRESENT and verb in ("have", "has") and \
                        _next_word(clause, form.end()) not in have_object:
                    continue  # "we have seen": a perfect, told of the past
                if pattern is _PROGRESSIVE and (verb in not_verb or verb.endswith("thing")):
                    continue
                if pattern is _NAME_VERB_S and (form.group("name").lower() in not_name or verb in not_verb_s or
                                                verb in event_nouns or verb.endswith(("ss", "us", "is", "ous"))):
                    continue
                if pattern is _NAME_VERB_NAME and (form.group("name").lower() in not_name or
                                                   form.group("object").lower() in not_name or
                                                   verb in titles or verb.endswith(("man", "men"))):
                    continue  # "Fed chairman Bernanke": a title, no verb
                if pattern is _VERB_S_BEFORE_DAY and form.group(0).endswith("from ") and \
                        not lower.startswith(_WEEKDAY_STARTS, start):
                    continue  # "runs from Friday through Sunday"; a month's date after "from" keeps its reading
                if pattern is _VERB_S_BEFORE_DAY and (form.end() != len(clause) or verb in not_verb_s or
                                                      verb in event_nouns or verb.endswith(("ss", "us", "is", "ous"))):
                    continue  # "ahead of the peace talks Monday": a noun
                if pattern is _VERB_S_BEFORE_DAY and _VERB_ENDS_BEFORE.search(clause, 0, form.start()):
                    continue  # "shut down its computer systems on Sunday": the object's plural noun, no verb
                if pattern is _BE_STATE and form.end() != len(clause):
                    continue  # "the museum is closed Monday", not "is accused of robbing a bank Monday"
                if pattern is _VERB_S_OBJECT and (verb in not_verb_s or verb.endswith(("ss", "us", "is", "ous"))):
                    continue
                if pattern is _PLURAL_BASE and (verb.endswith("s") or form.group("subject") in not_verb_s or
                                                _SINGULAR_BEFORE.search(clause, 0, form.start()) is not None or
                                                form.group("subject").endswith(("ss", "us", "is", "ous")) or
                                                form.end() != len(clause) and not _OBJECT_START.match(clause, form.end())):
                    continue
                return form.group(0).strip()
        return None

    def _lede_tense(self, lower: str, text: str, line_end: int) -> tuple[str, str] | None:
        """The tense of the first cue in the first sentence under a headline (a reporting verb
        frames what it reports and is passed over), or None."""
        stop = _sentence_point_after(lower, text, line_end, line_end + _LEDE_REACH)
        limit = stop if stop != -1 else min(len(lower), line_end + _LEDE_REACH)
        best: tuple[int, str, str] | None = None
        for pattern, label in ((self._future, "future"), (self._past, "past")):
            for cue in pattern.finditer(lower, line_end, limit):
                if cue.group(0) in _REPORTING_CUES or self._tells_no_tense(lower, cue, label, text):
                    continue
                if best is None or cue.start() < best[0]:
                    best = (cue.start(), label, cue.group(0))
                break
        return (best[1], best[2]) if best is not None else None

    @staticmethod
    def _asks_ahead(lower: str, left: int, start: int, end: int) -> bool:
        """A question with no tense cue that asks about a plan: one that offers or asks for time
        ("anyone free sat or sun??", "who's up for drinks friday?", "is the store open Sunday?")
        or names only what is planned ("drinks friday?", "Dinner Thurs or Fri?"). A question
        about what is over has its cue ("did you see", "how was"); a bare "anyone see the game
        Sunday?" stays with the nearest day."""
        closing = _SENTENCE_CLOSE.search(lower, end, end + 80)
        if closing is None or closing.group() != "?":
            return False
        clause = lower[left:start]
        return _INVITATION.search(clause) is not None or len(clause.split()) <= 2 and \
            _AFTER_DAY_IN_QUESTION.match(lower, end, closing.start()) is not None

    def tense(self, lower: str, start: int, end: int, text: str | None = None) -> str | None:
        """"past"/"future" from the nearest cue word in the same clause, or None."""
        cue = self.tense_cue(lower, start, end, text)
        return cue[0] if cue else None

    def tense_cue(self, lower: str, start: int, end: int, text: str | None = None,
                  lede: bool = False) -> tuple[str, str] | None:
        """The tense ("past"/"future") and the cue word that decided it, or None (``lede``: asked
        for a headline's day, whose lede is not looked up again)."""
        soonest = _AS_SOON_AS.search(lower, max(0, start - 16), start)
        if soonest is not None:  # "could resume as soon as Tuesday": the earliest day ahead
            return "future", " ".join(soonest.group().split())
        due = _DUE_BEFORE.search(lower, max(0, start - 16), start)
        if due is not None:  # "Jobs report due Friday", "rent is due by Monday": what is owed, ahead
            return "future", "due"
        line_start = lower.rfind("\n", max(0, start - 60), start) + 1
        if (line_start or start <= 60) and _AHEAD_LABEL.match(lower, line_start, start) is not None:
            # "Deadlines: Monday; March 20", "Next meeting: Tuesday": a form's label for what is to come
            return "future", "label"
        rain = _RAIN_DATE_BEFORE.search(lower, max(0, start - 24), start)
        if rain is not None:  # "(rain date: Sunday)", "rain date Oct. 29": the day kept in reserve, ahead
            return "future", "rain date"
        if _OFFSET_BEFORE.search(lower, max(0, start - 40), start):
            # "will hold a runoff on Dec. 6, four weeks after Election Day": the date the offset counts
            # from is not the clause's own, and may fall either side of the publication
            return None
        if lower[max(0, start - 6):start].endswith(("to ", "until ", "till ")):
            moved = _MOVED_TO.search(lower, max(0, start - 80), start)
            if moved is not None and not any(mark in moved.group() for mark in ".;\n"):
                # "moved the release from April to November", "delayed the film to Aug. 21": the new
                # date of what was moved, which is ahead when told (a past verb, no past date)
                return "future", moved.group(1)
        window = max(0, start - 120)
        left_bound = max(_sentence_point_before(lower, text, window, start), lower.rfind("\n", window, start),
                         lower.rfind("; ", window, start), lower.rfind("“", window, start),
                         lower.rfind('"', window, start), window)
        right = _sentence_point_after(lower, text, end, end + 80)
        right_bound = right if right != -1 else min(len(lower), end + 60)
        if text is not None and lower[end - 1:end] == "." and _NEXT_SENTENCE.match(text, end):
            right_bound = end  # "in July and Aug. Was planning ...": the abbreviation's point ends the sentence
        line_end = lower.find("\n", end, right_bound)
        if line_end != -1:
            right_bound = line_end  # a sentence or headline that ends its line ends its clause
        semicolon = lower.find("; ", end, right_bound)
        if semicolon != -1:
            right_bound = semicolon  # "sentenced him on Wednesday; he will be eligible ...": another clause
        best: tuple[int, str, str, int] | None = None
        aside = _RELATIVE_ASIDE.search(lower, max(0, left_bound), start)
        for pattern, label in ((self._future, "future"), (self._past, "past")):
            for cue in pattern.finditer(lower, max(0, left_bound), start):
                word = cue.group(0)
                if self._tells_no_tense(lower, cue, label, text):
                    continue
                if aside is not None and aside.start("open") < cue.start() < aside.end():
                    continue  # "Arsenal, who were knocked out on Wednesday, visit Swansea on Saturday": the aside's
                distance = start - cue.end()
                if best is None or distance < best[0]:
                    best = (distance, label, word, cue.start())
        inside = best if best is not None and _opens_relative_clause(lower, best[3], start) else None
        for pattern, label in ((self._future, "future"), (self._past, "past")):
            for cue in pattern.finditer(lower, end, right_bound):
                word = cue.group(0)
                if self._tells_no_tense(lower, cue, label, text):
                    continue
                if word == "ahead of":
                    continue  # "evacuated 200,000 people on Sunday ahead of the storm": ahead of the day, not of now
                if word in ("until", "till") and not lower[end:cue.start()].strip() and \
                        lower.endswith("from ", 0, start) and \
                        self._past_before_until(lower, max(0, left_bound), cue.start(), text) is not None:
                    continue  # "had access from May 27 until June 12": a range's link after a past verb
                distance = (cue.start() - end) * 2 + 10
                if "," in lower[end:cue.start()]:
                    distance += 40  # "who faces a vote on Wednesday, told reporters": another clause
                elif _AND_VERB_PHRASE.search(lower, end, cue.start()) or _COORDINATED_VERB.search(lower, end, cue.start()):
                    # "cut rates in February and is widely expected to", "declared a disaster on Monday
                    # night and will visit on Sunday": the next verb phrase's cue, not the date's
                    continue
                if inside is not None or _RELATIVE_VERB_AFTER_NOUN.fullmatch(lower, end, cue.start()) or \
                        _SUBORDINATE_AFTER.fullmatch(lower, end, cue.start()):
                    # "A blizzard that buried the plains over the weekend will move east": the date is the
                    # relative clause's, and so is its tense; "go to the polls on Tuesday after a campaign
                    # that ended": the verb after "that" is a noun's relative clause, not the date's clause
                    continue
                if best is None or distance < best[0]:
                    best = (distance, label, word, cue.start())
        outlook = _OUTLOOK_AFTER_BE.search(lower, max(0, left_bound, best[3] - 12), start) \
            if best is not None and best[1] == "past" and best[3] < start else None
        if best is not None and outlook is not None and outlook.end() >= best[3] + len(best[2]):
            # "Forecasters said rain was expected in the area on Monday", "storms were possible Thursday":
            # a reported outlook tells neither past nor future (the nearest such day is meant)
            return None
        if best is not None and best[1] == "past" and best[3] < start:
            opener = _FUTURE_IN_PAST_CLAUSE.search(lower, max(left_bound, best[3] - 40), best[3])
            if opener is not None and _WOULD.search(lower, left_bound, opener.start()):
                # "said the shares would tumble as soon as trading opened Monday": a past tense
                # after "as soon as", "when", "once" ... under "would" is the future seen from
                # the past (backshifted), and the clause looks ahead as "would" does
                return "future", "would"
        if best is not None and best[1] == "past" and best[3] < start and best[2] in _DIRECTIVES and \
                _DEADLINE_AFTER_ORDER.fullmatch(lower, best[3] + len(best[2]), start):
            # "ordered him to surrender his passport by Monday": the deadline of what was ordered is
            # ahead of the order
            return "future", "by"
        if best is not None and best[1] == "past" and best[3] < start and best[2] in _MEASURE_VERBS and \
                _ONSET_AFTER_MEASURE.fullmatch(lower, best[3] + len(best[2]), start):
            # "declared three days of national mourning starting Saturday", "imposed a curfew
            # beginning Monday": a measure just announced starts ahead of its announcement
            return "future", "starting"
        if best is not None and best[1] == "past" and best[3] < start and best[2] in _INTENT_VERBS:
            clause = _INFINITIVE_CLAUSE.fullmatch(lower, best[3] + len(best[2]), start)
            if clause is not None and (best[2] != "voted" or clause.group("before") in _DEADLINES):
                # "agreed to meet again on Tuesday", "voted to end the season by 31 July": the date is
                # the intended act's, which lies ahead of the decision (news tells decisions just
                # taken); a vote's own day is often told after its object ("voted to secede in a
                # referendum on Sunday"), so after "voted" only a deadline looks ahead
                return "future", "to"
        if best is not None and best[1] == "future" and best[2] in ("until", "till") and best[3] < start:
            lasted = self._past_before_until(lower, max(0, left_bound), best[3], text)
            if lasted is not None:
                return "past", lasted
            if re.fullmatch(r"[\s\W]*(?:up\s+)?", lower[max(0, left_bound):best[3]]) and \
                    re.match(r"\s*,", lower[end:end + 3]):
                # "Until Thursday, they had described him only as a witness": an opening "until"
                # tells how long the main clause's state held, and that clause's tense is the date's
                main = self._first_cue(lower, end, right_bound, text)
                if main is not None and main[0] == "past":
                    return main
        dropped = best is not None and best[1] == "future" and best[2] in _HEADLINE_PRESENT and text is not None and \
            headline_line(text, start) is not None
        if dropped:
            best = None  # "Apple unveils new iPhone Wednesday" over its story: a headline's present may be its past
        if best is None and text is not None:
            at_clause_start = left_bound == 0 or lower[left_bound] in '.\n;"“'
            headline = _HEADLINE_TO.match(text, max(0, left_bound), start) if at_clause_start else None
            bounds = headline_line(text, start) if headline is None and not lede else None
            if bounds is not None:
                headline = _HEADLINE_NAMES_TO.match(text, bounds[0], start)
            if headline is not None and headline.group(1).lower() not in _NOT_VERBS:
                # a headline's "Obama to unveil plan Tuesday": "X to <verb>" is what X will do
                return "future", "to"
            if bounds is not None and headline is None:
                # a headline's day with no cue of its own: the lede under it tells the same day with
                # its tense ("Stocks fall Tuesday as oil jumps" over "U.S. stocks fell on Tuesday ...")
                same = _word_after(lower, lower[start:end], bounds[1], bounds[1] + _LEDE_REACH)
                if same is not None:
                    return self.tense_cue(lower, same, same + end - start, text, lede=True)
                if dropped:
                    # else the lede's first sentence tells whether a headline's "visits", "begins"
                    # reports or previews: "Merkel visits Kyiv Saturday" over "Merkel visited the
                    # Ukrainian capital, ...", "Trial begins Monday" over "Jury selection is set to begin"
                    return self._lede_tense(lower, text, bounds[1])
        if best is None or best[1] == "future" and (
                _HAD_BEEN.search(lower, max(0, best[3] - 20), best[3]) or
                best[2] in _PLAN_CUES and _WAS_PLANNED.search(lower, max(0, best[3] - 24), best[3])):
            # "had been scheduled to", "had been due to", "It was set for February 22 until ...": a plan as
            # it stood before something changed it (news tells of delays this way), which may or may not
            # have come yet; it tells neither past nor future ("were planning to" still looks ahead).
            return None
        return best[1], best[2]


# Future cues of the scheduled present that a headline uses for what has happened ("Apple unveils
# new iPhone", "Merkel meets Obama"); "takes effect", "expires", "is due" keep their future
_HEADLINE_PRESENT = frozenset({"begins", "opens", "resumes", "starts", "ends", "faces", "convenes", "reconvenes",
                               "meets", "visits", "travels", "hosts", "plays", "unveils", "debuts", "premieres",
                               "airs", "launches", "kicks off", "heads to", "flies to", "leaves for", "takes on"})
# A photo credit after a caption: "(AP Photo/Emrah Gurel)", "(Photo by ...)", "Photo: Reuters"
_PHOTO_CREDIT = re.compile(r"\((?:[A-Z][\w.]*\s+)?Photo(?:graph)?\b|\bPhoto(?:graph)?(?::|\s+by\b)|"
                           r"/(?:AP|AFP|Reuters|REUTERS|Getty Images|EPA)\)")
# Reporting verbs of a lede, which frame the tense of what they report
_REPORTING_CUES = frozenset({"said", "says", "told", "reported", "announced", "confirmed", "added"})
# How far under a headline its lede may tell the headline's day again
_LEDE_REACH = 600
# A headline: a short line of its own, no final stop, with a paragraph under it
_HEADLINE_SHAPE = re.compile(r"[\"“‘'(]?[A-Z0-9][^\n]{0,118}[^\s.!?:;,]")
_PARAGRAPH_UNDER = re.compile(r"\n+[ \t]*[^\n]{20,}?[.!?][\"”’)]?(?:\s|$)")


def headline_line(text: str, position: int) -> tuple[int, int] | None:
    """The bounds of the headline line that holds ``position``, or None. A headline is told by its
    shape: a line of its own (at the top of the text or after a line break) that opens with a
    capital or a figure, has at most 14 words and no final full stop, and is followed by a line
    break and a paragraph (a line with a sentence's stop)."""
    line_start = text.rfind("\n", max(0, position - 120), position) + 1
    if line_start == 0 and position > 120:
        return None
    line_end = text.find("\n", position, position + 120)
    if line_end == -1:
        return None
    line = _HEADLINE_SHAPE.fullmatch(text, line_start, line_end)
    if line is None or len(text[line_start:line_end].split()) > 14:
        return None
    if _PARAGRAPH_UNDER.match(text, line_end, line_end + _LEDE_REACH) is None:
        return None
    return line_start, line_end


def _word_after(lower: str, word: str, start: int, limit: int) -> int | None:
    """Where ``word`` stands next, as a whole word, between start and limit."""
    found = re.compile(r"(?<![\w'’])" + re.escape(word) + r"(?![\w'’])").search(lower, start, limit)
    return found.start() if found is not None else None


def _sentence_point_before(lower: str, text: str | None, window: int, start: int) -> int:
    """Where the last ". " between window and start is, that ends a sentence: a point followed by
    a lower-case word is an abbreviation's ("struck at 4:07 a.m. local time", "U.S. officials"),
    and so is a month's before its day ("open Nov. 12 in Britain and Nov. 25 in the U.S."), and a
    clock's before the same time restated in brackets ("at 2:15 p.m. (1915 GMT) on Tuesday")."""
    point = lower.rfind(". ", window, start)
    while point != -1 and text is not None and (_continues_sentence(text, point) or
                                                _MONTH_POINT.search(lower, max(0, point - 5), point + 3)):
        point = lower.rfind(". ", window, point)
    return point


def _continues_sentence(text: str, point: int) -> bool:
    """Whether the ". " at `point` is an abbreviation's inside a sentence: a lower-case word follows
    ("4:07 a.m. local time"), a bracketed number ("2:15 p.m. (1915 GMT)"), or a clock's time zone
    ("2:15 p.m. EST (1915 GMT) Tuesday")."""
    return text[point + 2:point + 3].islower() or (text[point + 2:point + 3] == "(" and
                                                   text[point + 3:point + 4].isdigit()) or \
        (text[max(0, point - 3):point].lower() in ("a.m", "p.m") and
         _ZONE_AFTER_CLOCK.match(text, point + 2) is not None)


# a time zone's capitals after "a.m."/"p.m.": "EST", "GMT", "EDT (", "CET,"; or its name: "7:14 p.m.
# Pacific time on Friday", "8:23 p.m. Japan time", "10 a.m. Eastern Standard Time"
_ZONE_AFTER_CLOCK = re.compile(r"[A-Z]{2,4}T(?=[\s,;()])|GMT\b|UTC\b|(?:Pacific|Eastern|Central|Mountain|Atlantic|"
                               r"Alaska|Hawaii|Japan|Korea|India|Moscow|Beijing|China|Greenwich|British|Israel|"
                               r"Arabia|Singapore|Hong\s+Kong)\s+(?:(?:Standard|Daylight|Summer)\s+)?[Tt]ime\b")


# an abbreviated month's point before its day: "Nov. 12"
_MONTH_POINT = re.compile(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\. \d$")


def _sentence_point_after(lower: str, text: str | None, end: int, limit: int) -> int:
    """As _sentence_point_before, the first such point after end (-1: none before limit)."""
    point = lower.find(". ", end, limit)
    while point != -1 and text is not None and _continues_sentence(text, point):
        point = lower.find(". ", point + 2, limit)
    return point


# Past cues spelt as their base form: at the start of a clause, or before "'s", they are the
# imperative ("Let me know", "Let's meet Friday", "Hit me up Saturday"), which looks ahead.
_PAST_LIKE_BASE = frozenset({"let", "hit", "quit"})
_IMPERATIVE_OPENING = re.compile(r"(?:^|[.!?:;,\n(“\"]|\s-|\s–|\s—)\s*(?:(?:please|pls|plz|just|"
                                 r"don['’]?t|do\s+not|never|always)\s+)*$")


# Words before which no verb stands: a past cue after them is an adjective or a noun
_ARTICLES_POSSESSIVES = frozenset("the a an his her its their our my your".split())
# Words in -ly that are no adverbs ("early", "only" are adverbs that may stand before a past)
_NOT_ADVERBS = frozenset("early only family italy july rally ally supply apply reply fly".split())
# An imperative at the start of a clause ("please", "just", "don't forget to" before it).
_IMPERATIVE = re.compile(r"\s*(?:(?:please|pls|plz|just|don['’]?t\s+forget\s+to|remember\s+to)\s+)*"
                         r"(?P<verb>[a-z'’]+)\s")
_IMPERATIVE_AFTER_COMMA = re.compile(r"\s*(?:if|when|once|whenever|as\s+soon\s+as|hey|ok|okay|so|guys|folks|everyone|"
                                     r"reminder|sorry|also|and|but)\b")
# "Hit by a truck Friday, ...", "Set in 1920s Paris": a participle, no imperative
_PARTICIPLE_NEXT = frozenset({"by", "in", "at", "off"})
# A copula right before the day: "The deadline is Friday", "Mom's birthday is on Sunday"
_BE_BEFORE_DAY = re.compile(r"\b(?:is|are|that['’]s)\s+(?:(?:also|still|now|on|set\s+for)\s+)*$")
_SENTENCE_CLOSE = re.compile(r"[.?!\n]")
# Words of a question that offers or asks for time, or asks what is on
_INVITATION = re.compile(r"(?<![\w'’])(?:free|around|available|up\s+for|down\s+for|in\s+for|wanna|want\s+to|fancy|"
                         r"how\s+about|what\s+about|is|are|am|[a-z]+['’](?:s|re|m))(?![\w'’])")
# After the day in a verbless question: another day, a part of the day, a clock time, "or", "then"
_AFTER_DAY_IN_QUESTION = re.compile(r"[\s\w,&/']*$")


# a length counted from the date right after it: "four weeks after Election Day" ("six months after
# the March 1 deadline" names a deadline, which keeps the clause's tense)
_OFFSET_BEFORE = re.compile(r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)"
                            r"\s+(?:days?|weeks?|months?|years?)\s+(?:after|before)\s+$")


# "due" right before the day ("report due Friday", "due by Monday"); "due to" is a cause or a plan
# ("Results expected Tuesday": a headline's passive of what is awaited; "were expected" may be over)
_DUE_BEFORE = re.compile(r"(?<![\w'’])(?<!\bwas )(?<!\bwere )(?:due|expected|slated)\s+(?:on\s+|by\s+|out\s+|back\s+)?$")


# a community calendar's reserve day for an outdoor event: "(rain date: Sunday)", "rain date of Oct. 29"
_RAIN_DATE_BEFORE = re.compile(r"\brain\s+dates?(?:\s+is|\s+of)?\s*:?\s*$")


# A verb that moves a date, its object and "to" right before the date: "pushed the film back to",
# "moved the release from April to", "delayed the premiere until"
# ("extended" only with its object: "extended the deadline to Oct. 16"; "the selloff extended to
# Friday" tells how far it went)
_MOVED_TO = re.compile(r"\b(moved|pushed|postponed|delayed|rescheduled|shifted|bumped|deferred|"
                       r"extended(?!\s+(?:to|until|till|into|through)\s))\b"
                       r"(?:\s+[\w'’\"“”:,-]+){0,12}?\s+(?:back\s+|forward\s+|up\s+)?(?:to|until|till)\s+$")


# Past verbs after which "until <date>" names a date the act moved, which may be ahead.
_MOVES_A_DATE = frozenset({"extended", "postponed", "delayed", "adjourned", "deferred", "suspended", "put off",
                           "pushed back", "moved", "rescheduled", "recessed", "granted", "given", "gave", "set",
                           "ordered", "told", "asked", "agreed", "decided", "said", "announced", "closed", "shut",
                           "banned", "barred", "froze", "halted", "paused", "lifted", "imposed",
                           # a court's next date: "was remanded in custody until Friday", "bailed until May 3"
                           "remanded", "bailed"})


_PRESENT_BE_HAVE = frozenset({"have", "has", "is", "are", "am", "get", "gets", "remain", "remains", "stay", "stays"})


# The present of what is scheduled (see Tagger.scheduled_present): "be" + "-ing", a subject
# pronoun before its verb, a verb in -s before its object, a plural subject before a bare verb.
_PROGRESSIVE = re.compile(r"\b(?:is|are|am|i'm|i’m|[a-z]+'re|[a-z]+’re|he's|he’s|she's|she’s|we're|we’re)\s+"
                          r"(?:not\s+|also\s+|still\s+|now\s+)?(?P<verb>[a-z]{2,}ing)\b")
_PRONOUN_PRESENT = re.compile(r"(?<![\w'’])(?:i|we|they|he|she)\s+(?:just\s+|finally\s+|officially\s+|also\s+)?"
                              r"(?P<verb>[a-z'’]{2,})\b")
_VERB_S_OBJECT = re.compile(r"(?<![\w'’])[a-z]{2,}\s+(?P<verb>[a-z]{3,}s)\s+(?:(?:up|on|off|out|in|over|back|down)\s+)?"
                            r"(?:the|a|an|its|his|her|their|our)\s")
_NAME_VERB_S = re.compile(r"(?<![\w'’])(?P<name>[A-Z][\w.'’-]*)\s+(?P<verb>[a-z]{3,}s)\s+"
                          r"(?=(?:up|on|off|out|in|over|back|down|to|the|a|an|its|his|her|their|our|[a-z]{3,}s)\b|$)")
_NAME_VERB_NAME = re.compile(r"(?<![\w'’])(?P<name>[A-Z][\w.'’-]*)\s+(?P<verb>[a-z]{3,})\s+(?P<object>[A-Z][\w'’-]*)\b")
# A past reporting verb that opens a reported clause ("said preorders begin Friday", "announced that")
# (a passive is no reporting verb: "Nominations are announced Tuesday")
_ADDED_TO = re.compile(r"\bto\s+(?:the|its|their|his|her|a|an|our|my|your)\b")
_REPORTED_CLAUSE = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bwas )(?<!\bwere )(?<!\bbeen )"
                              r"\b(?:said|announced|confirmed|added)\s+(?:that\s+)?")
# "the festival opens Friday", "the update rolls out Monday", "the site goes live on Sunday", "the crew
# returns to Earth on Monday", "the president flies home Monday": a verb in -s (with "out", "live", "home"
# or where it goes) right before the day; a word after "of" is a noun, never that verb ("the latest
# in a string of outages this summer" tells no schedule)
_VERB_S_BEFORE_DAY = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+(?:[a-z-]+\s+)?[a-z-]*[a-rt-z](?<!\bof)\s+"
                                r"(?P<verb>[a-z]{3,}s)\s+(?:(?:out|live|home|back|away)\s+|(?:to|into|from)\s+(?:the\s+)?[a-z]+\s+)?"
                                r"(?:on\s+|again\s+|until\s+|through\s+|thru\s+|from\s+)?")
_WEEKDAY_STARTS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: "and" opening a second verb phrase after a date ("cut rates in February and is expected to").
_AND_VERB_PHRASE = re.compile(r"\band\s+(?:(?:is|are|was|were|has|have|had|will|would|could|may|might)\b|[a-z]+ed\b)")
#: A verb (past, or a particle ending a phrasal one) right before a determiner: what follows is its
#: object, so a word in -s there is a plural noun ("shut down its computer systems").
_VERB_ENDS_BEFORE = re.compile(r"\b(?:[a-z]{3,}ed|down|up|off|out|shut|put|cut|set|hit|let|took|made|sent|"
                                 r"began|won|lost|held|sold|bought)\s+$")
_BE_STATE = re.compile(r"\b(?:is|are|am|i['’]m|[a-z]+['’]re|(?:he|she|it)['’]s|remains?)\s+(?:not\s+|fully\s+|all\s+)?"
                       r"(?P<verb>closed|open|shut|off|free|busy|available|booked(?:\s+solid|\s+up)?|sold\s+out|"
                       # "the coupon is valid through Sunday", "the offer is good until Friday": how long
                       # an offer holds, told ahead ("good" only with its limit: "is good Sunday" is no offer)
                       r"(?:valid|good)(?=\s+(?:through|thru|until|till)\s))\s+"
                       r"(?:on\s+|until\s+|till\s+|for\s+|through\s+|thru\s+)?")
# A present passive right before the day: "Nominations are announced Tuesday", "The album is
# released on Friday" (a schedule; news tells a deed past in the past, "were announced")
_PASSIVE_BEFORE_DAY = re.compile(r"\b(?:is|are)\s+(?:(?:also|officially|formally|publicly|first)\s+)?"
                                 r"(?P<verb>[a-z]{3,}ed)\s+(?:(?:at|in)\s+(?:a\s+|an\s+|the\s+)?[a-z]+\s+)?(?:on\s+)?$")
# participles of photo captions, whose present tells what was taken: "is pictured Tuesday"
_CAPTION_PARTICIPLES = frozenset("pictured photographed filmed captured depicted greeted joined surrounded flanked "
                                 "escorted seated accompanied".split())
# A word between the verb and the day that ties the day to something else: "recovering after
# surgery on Tuesday", "investigating a fire that broke out Monday"
_ATTACHED = re.compile(r"\b(?:after|following|since|from|over|during|that|who|which|whose)\b")
# "confirmed a measles outbreak in the district": a word in -s after "a" modifies a noun, it is
# no plural subject of a present verb
_SINGULAR_BEFORE = re.compile(r"\b(?:a|an|one|each|every|this|that)\s+$")
_PLURAL_BASE = re.compile(r"(?<![\w'’])(?P<subject>[a-z]{3,}s)\s+(?P<verb>[a-z]{3,}|go|do)\s*")
_OBJECT_START = re.compile(r"(?:on|the|a|an|its|his|her|their|our|my|in|at|to|for|with|up|out|back|off|forward|"
                           r"ahead|away|home|live|online|into|down|"
                           r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
# "must be signed by Monday": an obligation still to be met ("must have" looks back)
_MUST = re.compile(r"\bmust\s+(?:not\s+|still\s+|now\s+)?(?P<verb>(?!have\b)[a-z]{2,})\b")
_FINITE_AFTER_WITH = re.compile(r"\b(?:is|are|was|were|has|have|had|will)\b")
_PAST_MODAL = re.compile(r"\b(?:could|couldn['’]?t|used\s+to)\b")
_NEXT_SENTENCE = re.compile(r" +[A-Z][a-z]*\b(?! +\d)")
_HEADLINE_TO = re.compile(r"[.;\"“\s]*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+to\s+([a-z]{3,})\b(?![\w-])")
# on a headline's own line, names joined by a comma or "and": "Putin, Erdogan to meet Thursday"
_HEADLINE_NAMES_TO = re.compile(r"[\"“\s]*[A-Z][\w.'’-]*(?:(?:,?\s+|\s+and\s+|\s*&\s*)[A-Z][\w.'’-]*){0,3}"
                                r"\s+to\s+([a-z]{3,})\b(?![\w-])")
_NOT_VERBS = frozenset("the this that these those his her its their our your my date day week month year monday tuesday "
                       "wednesday thursday friday saturday sunday january february march april june july august "
                       "september october november december noon midnight".split())
_DIRECTIVES = frozenset("ordered told asked urged directed instructed required gave given".split())
_DEADLINE_AFTER_ORDER = re.compile(r"\s+(?:[a-z'’]+\s+){0,3}?to\s+[a-z]+\b[^,.;:!?]{0,60}?\s+by\s+")
# Past verbs that announce a measure, and the measure up to the day it starts
_MEASURE_VERBS = frozenset("declared announced imposed ordered introduced approved extended decreed unveiled".split())
_ONSET_AFTER_MEASURE = re.compile(r"\s+(?:an?|the|its|their|new|\w+-\w+|[a-z]+\s+(?:days|weeks)\s+of)?\s*"
                                  r"(?:(?!(?:on|by|last|this|next)\b)[a-z'’-]+\s+){0,6}?(?:starting|beginning|effective)"
                                  r"\s+(?:on\s+|from\s+)?")
# Past verbs of deciding or promising, and the infinitive clause after them up to a date in it
_INTENT_VERBS = frozenset("agreed voted decided promised pledged vowed planned threatened offered proposed resolved "
                          "opted chose undertook".split())
_INFINITIVE_CLAUSE = re.compile(r"\s+(?:not\s+)?to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|it|"
                                r"them|him|me|us|any|some|all|each|every|no)\b)[a-z]+\b[^,.;:!?()]{0,60}?\s+(?P<before>on|in|by|from|at|until|till|before|starting|beginning)\s+(?:(?<=starting\s)(?:on|from)\s+|(?<=beginning\s)(?:on|from)\s+)?")
_DEADLINES = frozenset(("by", "until", "till", "before"))
_MAYBE_MODALS = frozenset(("may", "might", "should", "likely to", "is likely", "are likely"))
# After causal "since" a clause follows (a pronoun, "no", "there"); after temporal "since" a time.
_CAUSAL_SINCE_NEXT = frozenset("i you he she it we they no not there everyone everybody nobody most many "
                               "both neither none".split())
_MODAL_BACK = re.compile(r"\s+(?:not\s+)?(?:to\s+)?(?:have|'ve)\b")


def _modal_looks_back(lower: str, end: int) -> bool:
    """"may have been dumped on Monday", "likely to have died": a modal that tells of what is
    over; "may vote Monday", "should arrive by Friday" look ahead. ("must" is no cue: "had ruled
    that he must be returned" tells of the past; for "could" see _COULD_AHEAD.)"""
    return _MODAL_BACK.match(lower, end) is not None


# "could" looks ahead only before a verb of what may happen ("said the storm could reach the coast
# by the weekend"); "could not be reached Wednesday", "could be located", "could barely walk" tell
# of what was (or was not) possible then.
_COULD_AHEAD = re.compile(r"\s+(?!(?:not|never|barely|hardly|scarcely|only|no|be|have|'ve|also|still|see|hear|feel|"
                          r"tell|afford)\b)[a-z]+\b")


# Words before "may" that make it the month ("6.3 percent in May from 6.7 percent in April"), not the modal.
_MONTH_MAY_BEFORE = frozenset("in of since until till by from through between during before after early late mid "
                              "last next".split())
_DAY_NUMBER = re.compile(r"\s*\d")


def _may_the_month(lower: str, start: int, end: int) -> bool:
    """"in May", "May 7": the month, which tells no tense (the modal follows its subject: "officials may vote")."""
    return _prev_word(lower, start) in _MONTH_MAY_BEFORE or _DAY_NUMBER.match(lower, end) is not None or \
        _DAY_BEFORE_MAY.search(lower, max(0, start - 6), start) is not None and \
        _AFTER_DAY_MAY.match(lower, end) is not None  # "On 19 May an Ottoman counter-attack ...": day first


# a day's number before "may" and no verb after it: "On 19 May an Ottoman counter-attack", "by 3 May, the"
_DAY_BEFORE_MAY = re.compile(r"(?<![\d,.])(?:[12]?\d|3[01])(?:st|nd|rd|th)?\s+$")
_AFTER_DAY_MAY = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:an?|the|and|to|in|at|on|when|as|after|before|until|this|that|"
                            r"\d)\b")


_NAME_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s+$")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")


def _may_the_name(text: str, start: int, end: int) -> bool:
    """"Theresa May met Merkel": capitalised after a name and before a lower-case word, running text
    (a title-case headline, "Talks May Resume Monday", keeps its modal)."""
    if text[start:start + 1] != "M" or _LOWER_WORD_AFTER.match(text, end) is None:
        return False
    if _NAME_BEFORE.search(text, max(0, start - 30), start) is not None:
        return True
    # "May called the snap election in April": a modal is never followed by a finite verb
    after = _next_word(text, end)
    return after in _FINITE_AFTER_NAME or after.endswith("ed") and after not in PAST_ED_EXCEPTIONS


# Finite verbs no modal can stand before ("May said", "May has"): after a capitalised "May", the name.
_FINITE_AFTER_NAME = frozenset("said says told tells met meets won wins lost loses made makes took takes gave "
                               "gives went goes came comes spoke speaks sent sends left leaves held holds wrote "
                               "became began begins was is has had did does".split())


_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())


def _causal_due_to(lower: str, where: int) -> bool:
    """"canceled due to fog", "is due to the strike": "due to" as "because of" (after a
    verb in -ed, or before a noun phrase) tells no tense; "is due to reopen" looks ahead."""
    before = _prev_word(lower, where)
    return before.endswith("ed") or _next_word(lower, where + len("due to")) in _DETERMINERS


# Verbs in -ed after which "over" means "more than", not "during": "lasted over two hours".
_OVER_AS_MORE_AFTER = frozenset("lasted waited lived needed required exceeded aged stayed remained".split())


def _over_means_during(lower: str, start: int) -> bool:
    """"evolved over several years", "was planned over several months": after a verb in -ed,
    "over" is the stretch during which it happened (TimeML leaves it out of the extent);
    "in over six years", "for over a decade" keep it as "more than"."""
    word = _prev_word(lower, start)
    if word in _UNITS_BEFORE_OVER or word in _SPREAD_BEFORE_OVER or word in _PAST_SPREAD_OVER:
        return True  # "deliberated for 16 hours over three days": spread across them
    if _AMOUNT_BEFORE.search(lower, max(0, start - 24), start):
        return True  # "fell 5% over two days", "$2bn over five years": an amount spread across them
    if _COUNTED_BEFORE_OVER.search(lower, max(0, start - 60), start):
        return True  # "defrauded thousands of investors over two decades", "killed 200 people over three days"
    particle = _PARTICLE_BEFORE_OVER.search(lower, max(0, start - 32), start)
    if particle is not None:  # "was carried out over eleven nights", "held out over three days"
        word = particle.group(1)
        if word in _PAST_SPREAD_OVER:
            return True
    return word.endswith("ed") and word not in _OVER_AS_MORE_AFTER and word not in PAST_ED_EXCEPTIONS


# A counted object before "over": "thousands of investors", "200 people", "dozens of new homes"
_COUNTED_BEFORE_OVER = re.compile(r"(?:\b(?:thousands|hundreds|millions|dozens|scores|tens)\s+of|(?<![\w.,])\d[\d,.]*)"
                                  r"\s+(?:[a-z-]+\s+){0,2}(?!(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\s)"
                                  r"[a-z-]+\s+$")
# A verb and its particle before "over": the verb decides ("carried out over eleven nights": during)
_PARTICLE_BEFORE_OVER = re.compile(r"\b([a-z]+)\s+(?:out|up|off)\s+$")


# What is spread across a stretch of time, before "over": an amount ("5 percent over two days",
# "$2 billion over five years"), what fell or accumulated ("2,000 millimetres of rain over two
# days") or a series ("held in seven phases over six weeks", "talks over three days")
_SPREAD_BEFORE_OVER = frozenset(
    "percent per cent points million billion trillion thousand rain rainfall snow snowfall phases stages "
    "instalments installments payments talks tranches".split())
# past tenses not in -ed that tell what happened across the stretch ("met over three days",
# "grew over a decade"); "took", "spent", "lost over two years" count a length (more than)
_PAST_SPREAD_OVER = frozenset("met held spread fought fell rose grew built paid sold".split())
# an amount in figures ending right before "over": "5%", "2,000", "$2bn", "1.5m"
_AMOUNT_BEFORE = re.compile(r"\d(?:[\d,.]*\d)?(?:%|bn|m|k)?\s+$")
# an article before a length used as an adjective: "a week-long festival", "an hour-long speech"
_ARTICLE_BEFORE_LENGTH_ADJECTIVE = re.compile(r"an?\s+[a-z]+-long")
# "about 10 percent more than a year ago", "twice as much ... 5% less than": "more than" compares the
# amount before it with the time after it, it is no modifier of that time
_COMPARATIVES = frozenset({"more than", "less than", "fewer than"})
# ("slightly more than an hour" keeps its modifier: an adverb is no amount)
_COMPARED_AMOUNT = re.compile(r"(?:\d%|\bpercent|\bper\s+cent|\bpoints?|\btimes|\bmillion|\bbillion)\s+$")


# "#720pm", "#6am" under a photo: the hour it was taken, the one hashtag that dates something
_HASHTAG_CLOCK = re.compile(r"\d{1,4}(?:[:.]\d\d)?(?:am|pm)")

_UNITS_BEFORE_OVER = frozenset("minutes hours days weeks months years sessions meetings rounds".split())


_HYPHENATED = re.compile(r"[\w.]+(?:-[\w.]+)+|\d+ (?:second|minute|hour|day|week|month|year)")
# Words after "the mid-1950s" showing it is no modifier of a noun, so "the" stays in the extent: a
# conjunction or preposition, or the subject of the clause it opens ("By the mid-1960s the dynasty had collapsed").
_NO_NOUN_AFTER = frozenset("and or but when while as in at on of to for by from with than that which "
                           "the a an his her its their our my this these those he she it they we i there".split())
_UNIT_BEFORE_DATE = re.compile(r"(?:\bthe\s+)?\b(?:(?P<week>week)\s+of|(?P<unit>day|week)\s+(?P<dir>before|after))\s+$")


def _composed_with_unit_before(text: str, lower: str, floor: int, timex: Timex) -> Timex:
    """"the week of March 6", "the day before last Tuesday('s hearing)", "the week before
    Christmas": one expression.

    TimeML marks the phrase and the date as a single TIMEX3 whose value is the ISO week
    containing the date, the day before or after it, or the week seven days before or after it. Only a date of day grain
    qualifies: "the week of the summit" is about an event, not a date. The phrase may not
    reach back into the expression before (``floor``: where it ends).
    """
    if timex.type is not TimexType.DATE or timex.grain is not Grain.DAY or timex.interval is None:
        return timex
    found = _UNIT_BEFORE_DATE.search(lower, max(floor, timex.start - 24), timex.start)
    if found is None:
        return timex
    day = day_of(timex)
    try:
        if found.group("week"):
            value, span, grain = cal.week_value(day), cal.week_span(day), Grain.WEEK
            how = f"the week containing {timex.value}"
        elif found.group("unit") == "week":  # "the week before Christmas": the seven days before it
            day += timedelta(days=7 if found.group("dir") == "after" else -7)
            value, span, grain = cal.week_value(day), cal.week_span(day), Grain.WEEK
            how = f"the week {found.group('dir')} {timex.value}, the week containing {day}"
        else:
            day += timedelta(days=1 if found.group("dir") == "after" else -1)
            value, span, grain = day.isoformat(), cal.day_span(day), Grain.DAY
            how = f"the day {found.group('dir')} {timex.value}"
    except (OverflowError, ValueError):
        return timex  # a day before 1 January of year 1 or after 9999-12-31: the date alone
    
    start = found.start()
    return replace(timex, start=start, text=text[start:timex.end], value=value, interval=span, grain=grain,
                   explanation=f"{timex.explanation}; {how} -> {value}")


_WEEKDAY_NAMES = tuple(name.lower() for name in cal.WEEKDAY_NAMES)
# "the Monday after | the Oct. 3 deadline", "the weekend before | Easter": between the two, the
# signal and at most "the" (the date then names the day of an event: "the March 5 vote").
_SIGNAL_TO_DATE = re.compile(r"\s+(before|after)\s+(?:the\s+)?")
# "the day before | the Feb. 14 holiday": a day or week counted from the date of an event named by
# it (with no "the" before the date, the phrase and the date are one expression, composed later)
_UNIT_BEFORE_EVENT_DATE = re.compile(r"\bthe\s+(day|week|morning|afternoon|evening|night)\s+(before|after)\s+the\s+$")
_POD_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _counted_from_date(result: list[Timex], text: str, lower: str, start: int, end: int, resolve: str,
                       resolution: Resolution) -> None:
    """"the Monday after the Oct. 3 deadline", "the weekend after Easter", "the day before the
    Feb. 14 holiday": the weekday, weekend, day or week is counted from the date that follows (the
    first one after it, or the last one before it), not read from the publication date; the date
    keeps its own expression, and the day or week (not tagged alone) gets one of its own."""
    if resolution.type is not TimexType.DATE or resolution.grain is not Grain.DAY or resolve == "weekday" or \
            not re.fullmatch(r"\d{4}-\d\d-\d\d", resolution.value):
        return
    day = date.fromisoformat(resolution.value)
    unit = _UNIT_BEFORE_EVENT_DATE.search(lower, max(0, start - 24), start)
    if unit is not None and (not result or result[-1].end <= unit.start()):
        after = unit.group(2) == "after"
        kind = TimexType.DATE
        if unit.group(1) == "day":
            moved = day + timedelta(days=1 if after else -1)
            value, span, grain = moved.isoformat(), cal.day_span(moved), Grain.DAY
        elif unit.group(1) in _POD_CODE:  # "the morning after the March 5 blast": a part of the next day
            moved = day + timedelta(days=1 if after else -1)
            value, span = f"{moved.isoformat()}T{_POD_CODE[unit.group(1)]}", cal.pod_span(moved, unit.group(1))
            grain, kind = Grain.PART_OF_DAY, TimexType.TIME
        else:
            moved = day + timedelta(days=7 if after else -7)
            value, span, grain = cal.week_value(moved), cal.week_span(moved), Grain.WEEK
        phrase_end = unit.start() + len("the ") + len(unit.group(1))
        result.append(Timex(unit.start(), phrase_end, text[unit.start():phrase_end], kind, value,
                            interval=span, grain=grain, anchor=f"t{len(result) + 1}", anchor_value=day.isoformat(),
                            rule="unit_from_date", explanation=f'"{text[unit.start():phrase_end]}" {unit.group(2)} '
                            f'"{text[start:end]}" ({day}) -> counted from that date -> {value}'))
        return
    if not result:
        return
    prior = result[-1]
    gap = _SIGNAL_TO_DATE.fullmatch(lower, prior.end, start)
    if gap is None or prior.type is not TimexType.DATE:
        return
    word = lower[prior.start:prior.end]
    if word.startswith("the "):
        word = word[4:]
    elif not lower.endswith("the ", max(0, prior.start - 4), prior.start):
        return  # "on Monday after the March 5 vote" is no day counted from it
    after = gap.group(1) == "after"
    if word in _WEEKDAY_NAMES:
        wanted = _WEEKDAY_NAMES.index(word)
        step = 1 if after else -1
        moved = day + timedelta(days=step)
        while moved.weekday() != wanted:
            moved += timedelta(days=step)
        value, span, grain = moved.isoformat(), cal.day_span(moved), Grain.DAY
    elif word == "weekend":
        saturday = day + timedelta(days=1) if after else day - timedelta(days=2)
        while saturday.weekday() != 5:
            saturday += timedelta(days=1 if after else -1)
        value, span, grain = cal.week_value(saturday) + "-WE", cal.weekend_span(saturday), Grain.WEEK
    else:
        return
    result[-1] = replace(prior, value=value, interval=span, grain=grain, anchor=f"t{len(result)}",
                         anchor_value=day.isoformat(), tense=None,
                         explanation=f'"{prior.text}" {gap.group(1)} "{text[start:end]}" ({day}) -> counted from that '
                         f'date, not from the publication date -> {value}')


_HAD_BEEN = re.compile(r"\bhad\s+been\s+$")
# A plan told in the past before its cue ("It was set for", "were originally scheduled"): as it stood
_WAS_PLANNED = re.compile(r"\b(?:was|were)\s+(?:originally\s+|initially\s+|first\s+)?$")
_PLAN_CUES = frozenset({"set for", "scheduled", "slated to"})
# A relative clause or an appositive set off by commas that closes before the date: "Arsenal, who were
# knocked out on Wednesday night, visit Swansea on Saturday", "Eid al-Adha, the feast of sacrifice, falls
# on Friday"; its verb tells the aside's time, not the date's (the subject opens the sentence; a tail with
# "and" after the comma is a list's, "who stepped down as chairman, president and chief executive in March")
_RELATIVE_ASIDE = re.compile(r"(?:^|(?<=[.;\n\"“]\s)|(?<=[\n\"“]))[\s\"“]*(?:[\w.'’-]+\s+){0,3}[\w.'’-]+"
                             r"(?P<open>,)\s+(?:who|which|whose|the|a|an|its|his|her|their)\s+[^,;.\n]{3,90},\s+(?![^,;.\n]*\b(?:and|or)\b)(?=[a-z])")
# A passive under a modal whose participle a later one is coordinated with: "will be lifted ... and "
_PASSIVE_COORDINATED = re.compile(r"\b(?:will|would|to|must|can|could|should|may|might)\s+be\s+[a-z]+(?:ed|en)\b"
                                  r"[^,;\n]{0,40}\s(?:and|or)\s+$")
# The verb of a relative clause that opens after a noun past the date: "on Tuesday after a campaign that "
_RELATIVE_VERB_AFTER_NOUN = re.compile(r"[^,;.\n]*?[a-z]{2,}\s+(?:that|which|who)\s+(?:[a-z]+ly\s+)?")
# A subordinate clause that opens after the date, up to its verb: "by the weekend after winds ",
# "on Monday once crews have ": its verb's tense is its own clause's
_SUBORDINATE_AFTER = re.compile(r"\s+(?:after|once|because|although|though|while|when)\s+(?:[a-z'’-]+\s+){1,4}")
_RELATIVE_OPENER_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:[a-z]+ly\s+)?$")


def _opens_relative_clause(lower: str, cue: int, start: int) -> bool:
    """Whether the cue at ``cue`` is the verb right after a relative pronoun and the date at
    ``start`` follows in the same clause ("a blizzard that buried the plains over the weekend"):
    the date is then the relative clause's. Only a few characters before the cue are looked at."""
    return _RELATIVE_OPENER_BEFORE.search(lower, max(0, cue - 24), cue) is not None and \
        not any(mark in lower[cue:start] for mark in ",;\n")


# A coordinated verb phrase after the date: "declared a disaster on Monday night and will visit on
# Sunday", "cut rates in May, and is expected to": the cue after "and"/"but" is the next verb's
_COORDINATED_VERB = re.compile(r"\s(?:and|but)\s+(?:[a-z]+\s+)?$")
# A reported outlook: "said rain was expected on Monday", "storms were possible Thursday", "was
# likely later in the week"; the reporting verb before it does not date what is forecast
_OUTLOOK_AFTER_BE = re.compile(r"\b(?:was|were)\s+(?:(?:widely|generally|also|still|now)\s+)?"
                               r"(?:expected|likely|possible|forecast|predicted)\b(?!\s+to\b)")
# a "Key: value" line whose key names what is still to come, up to the value (or an item of its list)
_AHEAD_LABEL = re.compile(r"[ \t]*(?:[-*•][ \t]+)?(?:deadlines?|closing\s+date|expiry\s+date|expires|next\s+[a-z]+|"
                          r"coming\s+up|upcoming(?:\s+[a-z]+)?)[ \t]*:[ \t]*(?:[^\n:;]{1,30};[ \t]*){0,3}$")
_AS_SOON_AS = re.compile(r"\bas\s+(?:soon|early)\s+as\s+$")  # "as early as Thursday": the earliest day ahead
_WOULD = re.compile(r"\bwould\b")
# A subordinate clause of time opening at most three words before its verb: "as soon as trading
# opened", "once the market reopened", "when the polls closed".
_FUTURE_IN_PAST_CLAUSE = re.compile(r"\b(?:as\s+soon\s+as|once|when|until|till|before|after)\s+(?:[\w'’-]+\s+){0,3}$")
_PLAN_AFTER_HAD = re.compile(r"had\s+been\s+(?:scheduled|due|set|expected|planned|planning|going)\b")
_INTENT_AFTER_BE = frozenset("planning going due scheduled set expected hoping preparing about".split())


# Between a clock time and the day it belongs to: only a zone or local-time note ("Beijing time"), brackets,
# another clock time, commas, "on", "sharp" and "the morning of" ("5:30 p.m. local time (2130 GMT) on Tuesday",
# "at 11 o'clock on the morning of 11 November 1918"); a verb
# or a conjunction ("at 9 a.m. and left on Friday") tells of another moment.
_CLOCK_TO_DAY_GAP = re.compile(r"(?:[\s,()·\-–—]|\d{1,4}|\b(?:on|local|time|gmt|utc|[a-z]{1,2}[sd]?t|et|of|standard|daylight|"
                               r"sharp|hours|hrs|the|morning|afternoon|evening|night|eastern|central|mountain|pacific|atlantic)\b"
                               r"|\bnew\s+york(?=\s+(?:city\s+)?time\b)"  # "5:00 p.m., New York City time, on December 15"
                               r"|\b[a-z]{3,12}(?=\s+(?:standard\s+)?time\b)){0,12}")  # "Pacific time", "Beijing time"


# "11:59 p.m. Pacific time", "4:17 p.m. Eastern on July 20", "9 a.m. EST": a zone after the clock time
_ZONE_NAMED = re.compile(r"\s+(?:[A-Z][a-z]+\s+(?:[Ss]tandard\s+)?[Tt]ime\b|(?:Eastern|Central|Mountain|Pacific|Atlantic|"
                         r"[A-Z]{1,2}[SD]?T|GMT|UTC)\b)")


# A clock time that names its own day ("2:40 a.m. Tuesday (1940 GMT Monday)", "7.30 tonight"):
# the day after it belongs to the next clock time, not to this one.
_CLOCK_NAMES_ITS_DAY = frozenset(("clock_weekday", "clock_deictic", "clock_date", "hour_tonight", "deictic_day"))


# "4 p.m. in New York yesterday", "9 a.m. at Heathrow on Monday": the place of a clock time, a
# name in capitals, stands between it and its day
_PLACE_AFTER_CLOCK = re.compile(r",?\s+(?:in|at)\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3}")


def _short_gap_to_day(text: str, lower: str, start: int, end: int) -> bool:
    """What lies between a clock time and the day after it is short: a zone, 'on', 'local time', or a place."""
    if _CLOCK_TO_DAY_GAP.fullmatch(lower, start, end) is not None:
        return True
    place = _PLACE_AFTER_CLOCK.match(text, start, end)
    return place is not None and _CLOCK_TO_DAY_GAP.fullmatch(lower, place.end(), end) is not None


def _broken(breaks: list[int], start: int, end: int) -> bool:
    """A layout break (_layout_breaks) lies between start and end."""
    at = bisect_left(breaks, start)
    return at < len(breaks) and breaks[at] < end


def _clocks_take_the_day_that_follows(timexes: list[Timex], text: str, lower: str, breaks: list[int]) -> None:
    """"at 5:30 p.m. local time (2130 GMT) on Tuesday": clock times whose day was only
    implied take the day named right after them in the same sentence (what is between is
    short and has no sentence break, nor a layout break: "He arrived at 5 p.m. Tomorrow he leaves",
    "at 5 p.m.\nMonday was quiet", "Meeting at 5 p.m.\nTomorrow the committee ..." and a timetable's
    "Tuesday\t9:00-17:00\nSaturday" keep the clock off the next sentence's or line's day), with that
    day as their anchor."""
    for index, day in enumerate(timexes):
        night = day.grain is Grain.PART_OF_DAY and day.value.endswith("TNI")
        if day.interval is None or not (day.type is TimexType.DATE and day.grain is Grain.DAY or night or
                                        day.grain is Grain.PART_OF_DAY and day.value.endswith(("TMO", "TAF", "TEV"))):
            continue  # "since 11pm the previous evening": the evening's day
        boundary = day.start
        # "at 9 a.m. Monday, 5 March": a weekday opening a date with its month ends no sentence after "a.m."
        dated_weekday = "weekday" in day.known and "month" in day.known
        for back in range(index - 1, max(-1, index - 3), -1):
            clock = timexes[back]
            if clock.type is not TimexType.TIME or "day" not in clock.implied or clock.interval is None \
                    or "weekday" in clock.known or clock.rule in _CLOCK_NAMES_ITS_DAY \
                    or "T" not in clock.value or not _short_gap_to_day(text, lower, clock.end, boundary) \
                    or _broken(breaks, clock.end, boundary) \
                    or not _one_sentence(text, clock.end - 1, boundary + 2) and _ZONE_NAMED.match(text, clock.end) is None \
                    and not (dated_weekday and not text[clock.end:boundary].strip()) \
                    or (clock.text.endswith(".") and text[clock.end:boundary].strip()[:1].isupper()
                        and _ZONE_NAMED.match(text, clock.end) is None) \
                    or night and clock.interval.start.hour < 12:
                break  # "at 8pm last night" is that night's day; "2am last night", a night's small hours, the next
            boundary = clock.start
            moved = _moved_to_day(clock, day_of(day), index, day.value,
                                  f"on the day named right after it, {day.value}")
            if moved is not None:
                timexes[back] = moved
                _carry_to_counted(timexes, back, clock.value)
                if day.anchor == f"t{back}":  # the day took its year from the clock: from what the clock had
                    day = timexes[index] = replace(day, anchor=clock.anchor, anchor_value=clock.anchor_value)


# "open at 7 a.m. and close at 8 p.m. on Tuesday": a clock time coordinated with the next one
_AND_THEN_AT = re.compile(r",?\s+and\s+(?:[a-z]+\s+){1,3}(?:at|by)\s+")


def _coordinated_clocks_share_the_later_day(timexes: list[Timex], lower: str) -> None:
    """"The polls open at 7 a.m. and close at 8 p.m. on Tuesday", "open at 10 a.m. and shut at 6 p.m.
    Saturday": a clock time dated only from the publication, coordinated ("and close at") with a
    later clock time that has a day of its own, is on that day too."""
    for index in range(len(timexes) - 2, -1, -1):
        clock, later = timexes[index], timexes[index + 1]
        if clock.type is not TimexType.TIME or later.type is not TimexType.TIME or clock.anchor != "DCT" or \
                "day" not in clock.implied or "weekday" in clock.known or clock.rule in _CLOCK_NAMES_ITS_DAY or \
                not (later.rule in _CLOCK_NAMES_ITS_DAY or _day_stated(timexes, index + 1)) or \
                _AND_THEN_AT.fullmatch(lower, clock.end, later.start) is None:
            continue
        opened, closed = _WALL_CLOCK.fullmatch(clock.value), _WALL_CLOCK.fullmatch(later.value)
        if opened is None or closed is None or opened.group(2) or closed.group(2) or opened.group(1) >= closed.group(1):
            continue
        moved = _moved_to_day(clock, date.fromisoformat(later.value[:10]), index + 1, later.value,
                              f"on the day of the later clock time of its clause, {later.value}")
        if moved is not None:
            timexes[index] = moved


def _carry_to_counted(timexes: list[Timex], index: int, old_value: str) -> None:
    """Clock times counted from the clock time at ``index`` before it was moved to another day
    ("at 10 p.m. that evening ... by 11"): they move with it, by as many days."""
    moved = timexes[index]
    shift = date.fromisoformat(moved.value[:10]) - date.fromisoformat(old_value[:10])
    for later in range(index + 1, min(len(timexes), index + 4)):
        timex = timexes[later]
        if timex.anchor != f"t{index}" or timex.anchor_value != old_value or timex.type is not TimexType.TIME or \
                "T" not in timex.value or len(timex.value.split("T", 1)[0]) != 10:
            continue
        carried = _moved_to_day(timex, date.fromisoformat(timex.value[:10]) + shift, index, moved.value,
                                f"with the clock time it counts from, {moved.value}")
        if carried is not None:
            timexes[later] = carried


def _moved_to_day(clock: Timex, day: date, anchor: int | str, anchor_value: str, why: str) -> Timex | None:
    """``clock`` put on ``day`` (its clock time kept), anchored to expression ``anchor`` (or to
    "DCT" when ``anchor`` is that string); None
    when its value names no whole day or it is on that day already. The shift is measured
    from the value's day, not the interval's: "midnight" (T24:00) begins the next day."""
    date_part, clock_part = clock.value.split("T", 1)
    if len(date_part) != 10 or clock.interval is None:
        return None
    shift = day - date.fromisoformat(date_part)
    if not shift:
        return None
    try:
        interval = Interval(clock.interval.start + shift, clock.interval.end + shift)
    except OverflowError:
        return None  # "midnight" (T24:00) of 9999-12-31 ends after the last day Python's calendar has
    return replace(clock, value=f"{day.isoformat()}T{clock_part}", interval=interval,
                   anchor=anchor if isinstance(anchor, str) else f"t{anchor}", anchor_value=anchor_value,
                   explanation=f"{clock.explanation}; {why}")


_RANGE_DASH = re.compile(rf"\s*{RANGE_LINK}\s*")
# a line break and the mark of the next list item
_NEXT_ITEM = re.compile(r"[ \t\r]*\n[ \t]*(?:[-–—*•▪‣◦]|\(?\d{1,3}[.)])[ \t]")
_BETWEEN_AND = re.compile(r"\s*and\s*")
# a clock time with its full date; its zone, if any ("T22:00Z"), in group 2
_WALL_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT(?!24)(\d\d:\d\d)(Z|[+-]\d\d(?::?\d\d)?)?")


def _clock_range(timexes: list[Timex], index: int, lower: str) -> tuple[date, str, date, str] | None:
    """The days and wall-clock times of a range of two clock times at ``index`` and the one after it
    ("from 8 p.m. to 5 a.m.", "10pm-6am", "between 11 p.m. Friday and 2 a.m."); None when the two
    are not such a range (a part of the day, midnight as T24:00, no full date)."""
    first, last = timexes[index], timexes[index + 1]
    if first.type is not TimexType.TIME or last.type is not TimexType.TIME or first.interval is None or \
            last.interval is None:
        return None
    if _RANGE_DASH.fullmatch(lower, first.end, last.start) is None and (
            _BETWEEN_AND.fullmatch(lower, first.end, last.start) is None
            or BETWEEN_BEFORE.search(lower, max(0, first.start - 12), first.start) is None):
        return None
    opened, closed = _WALL_CLOCK.fullmatch(first.value), _WALL_CLOCK.fullmatch(last.value)
    if opened is None or closed is None or opened.group(2) != closed.group(2):
        return None  # (two ends in one zone, "from 2200 to 0600 UTC", compare as wall clocks do)
    return (date.fromisoformat(first.value[:10]), opened.group(1), date.fromisoformat(last.value[:10]),
            closed.group(1))


def _day_stated(timexes: list[Timex], index: int) -> bool:
    """Whether the clock time at ``index`` has its own day: named with it ("2 a.m. Sunday") or
    taken from the day named right after it ("2 a.m. on Sunday")."""
    clock = timexes[index]
    return "weekday" in clock.known or "day" not in clock.implied or \
        (clock.anchor is not None and clock.anchor.startswith("t") and int(clock.anchor[1:]) > index)


def _range_ends_cross_midnight(timexes: list[Timex], lower: str) -> None:
    """"from 8 p.m. to 5 a.m.", "10pm-6am", "between 11 p.m. Friday and 2 a.m.": a range whose end
    is earlier on the clock than its start, and whose end names no day of its own, ends on the
    day after its start."""
    for index in range(len(timexes) - 1):
        found = _clock_range(timexes, index, lower)
        if found is None or _day_stated(timexes, index + 1):
            continue
        first_day, first_clock, last_day, last_clock = found
        if last_day != first_day or last_clock >= first_clock or first_day == date.max:
            continue  # (the calendar's last day has no day after it)
        moved = _moved_to_day(timexes[index + 1], first_day + timedelta(days=1), index, timexes[index].value,
                              f"the day after its range's start {timexes[index].value} (the range crosses midnight)")
        if moved is not None:
            timexes[index + 1] = moved


def _linked_as_range(lower: str, start: Timex, end: Timex) -> bool:
    """"8pm-9pm", "from 8pm to 9pm", "between 8pm and 9pm": two times joined as one range (not two
    items of a list, "- 22:00\n- 06:00 on Saturday", whose dash is the next item's bullet)."""
    if _NEXT_ITEM.match(lower, start.end) is not None:
        return False
    if _RANGE_DASH.fullmatch(lower, start.end, end.start) is not None:
        return True
    return _BETWEEN_AND.fullmatch(lower, start.end, end.start) is not None and \
        BETWEEN_BEFORE.search(lower, max(0, start.start - 12), start.start) is not None


def _range_starts_take_the_day_of_their_end(timexes: list[Timex], lower: str) -> None:
    """"8-10pm this sat", "from 7 to 9pm tmr", "from 10am to 2pm on Sunday": the clock time that
    opens a range of clock times is on the day of the time that closes it, or on the day before
    when it is later on the clock ("from 10 p.m. to 2 a.m. Sunday": 10 p.m. on Saturday)."""
    for index in range(len(timexes) - 1):
        start, end = timexes[index], timexes[index + 1]
        if start.type is not TimexType.TIME or "day" not in start.implied or "weekday" in start.known or \
                start.rule in _CLOCK_NAMES_ITS_DAY or end.type is not TimexType.TIME or start.interval is None or \
                end.interval is None or not _linked_as_range(lower, start, end):
            continue
        if "T" not in end.value or "T" not in start.value or len(end.value.split("T", 1)[0]) != 10:
            continue
        if end.anchor == f"t{index}":
            continue  # the end took its day from this start ("from 8 p.m. to 5 a.m.")
        day = date.fromisoformat(end.value.split("T", 1)[0])
        why = f"on the day of the end of its range, {end.value}"
        found = _clock_range(timexes, index, lower)
        if (found is not None and found[1] > found[3] and _day_stated(timexes, index + 1)) or \
                start.value.endswith("T24:00"):
            if day == date.min:
                continue  # no day before 0001-01-01
            day -= timedelta(days=1)  # "from 10 p.m. to 2 a.m. Sunday"; "from midnight to 6 a.m." (T24:00 before)
            why = f"on the day before the end of its range, {end.value} (the range crosses midnight)"
        moved = _moved_to_day(start, day, index + 1, end.value, why)
        if moved is not None:
            timexes[index] = moved


def _month_range_starts_take_the_year_of_their_end(timexes: list[Timex], lower: str) -> None:
    """"from January to June this year", "January-March 2019", "between November and February 2020":
    a month with no year that opens a range of months is in the year of the month that closes it,
    or in the year before when it comes later in the calendar (November ... February 2020)."""
    for index in range(len(timexes) - 2):
        start, end, named = timexes[index], timexes[index + 1], timexes[index + 2]
        if start.grain is Grain.MONTH and end.grain is Grain.MONTH and "year" in start.implied and \
                "year" in end.implied and named.type is TimexType.DATE and named.grain is Grain.YEAR and \
                _YEAR_VALUE.fullmatch(named.value) and _YEAR_MONTH.fullmatch(start.value) and \
                _YEAR_MONTH.fullmatch(end.value) and _PERIOD_OF_YEAR.fullmatch(lower, end.end, named.start) and \
                _linked_as_range(lower, start, end):
            # "in the April-June period last year", "the January-March quarter of 1997": the months
            # are those of the year named after the period
            year, end_month = int(named.value), int(end.value[5:7])
            if end.value[:4] != named.value:
                timexes[index + 1] = replace(
                    end, value=f"{year:04d}-{end_month:02d}",
                    interval=cal.narrow(cal.month_span(year, end_month), end.mod),
                    anchor=f"t{index + 2}", anchor_value=named.value,
                    explanation=f"{end.explanation}; the year of the period, {named.value}")
    for index in range(len(timexes) - 1):
        start, end = timexes[index], timexes[index + 1]
        if start.type is not TimexType.DATE or start.grain is not Grain.MONTH or "year" not in start.implied or \
                end.type is not TimexType.DATE or end.grain not in (Grain.MONTH, Grain.DAY) or \
                end.anchor == f"t{index}" or not _YEAR_MONTH.match(start.value) or \
                not _YEAR_MONTH.match(end.value) or not (
                    _linked_as_range(lower, start, end) or
                    # "slumped in March and April" told in mid-March: the second month went back a
                    # year as a past one, and the first goes with it
                    _AND_OR.fullmatch(lower, start.end, end.start) is not None and end.value[:4] < start.value[:4]):
            continue
        end_year, end_month = int(end.value[:4]), int(end.value[5:7])
        month = int(start.value[5:7])
        year = end_year if month <= end_month else end_year - 1
        if year == int(start.value[:4]) or year < 1:
            continue
        # the month keeps its part ("from mid-March to mid-July 2024": the middle of March 2024)
        timexes[index] = replace(start, value=f"{year:04d}-{month:02d}",
                                 interval=cal.narrow(cal.month_span(year, month), start.mod),
                                 anchor=f"t{index + 1}", anchor_value=end.value,
                                 explanation=f"{start.explanation}; the year of the end of its range, {end.value}")


_YEAR_MONTH = re.compile(r"\d{4}-\d\d(?![\d-]?W)")
_AND_OR = re.compile(r",?\s+(?:and|or|&)\s+")
_YEAR_VALUE = re.compile(r"\d{4}")
# Between a range of months and the year it is in: "April-June period last year", "quarter of 1997"
_PERIOD_OF_YEAR = re.compile(r"\s+(?:period|quarter|months|season)\s*,?\s*(?:of\s+|in\s+)?")


_MORNING_MARK = re.compile(r"a\.?\s?m\b\.?")


def _past_evening_before_a_morning(timexes: list[Timex], ctx: Context) -> None:
    """"Officers were called at 11:40 p.m. and the suspect was arrested at 1:15 a.m." (past tense,
    no day named): the morning clock time, told after the evening one, is the later event, so the
    two cannot both be on the publication day; the publication day is the latest a past event can
    have, so the morning is on it and the evening on the day before."""
    ref = ctx.ref_day.isoformat()
    for index in range(len(timexes) - 1):
        evening, morning = timexes[index], timexes[index + 1]
        if evening.type is not TimexType.TIME or morning.type is not TimexType.TIME or evening.anchor != "DCT" or \
                morning.anchor != f"t{index}" or "day" not in evening.implied or "day" not in morning.implied or \
                evening.rule in _CLOCK_NAMES_ITS_DAY or morning.rule in _CLOCK_NAMES_ITS_DAY:
            continue
        opened, closed = _WALL_CLOCK.fullmatch(evening.value), _WALL_CLOCK.fullmatch(morning.value)
        if opened is None or closed is None or opened.group(2) or closed.group(2) or \
                evening.value[:10] != ref or morning.value[:10] != ref or \
                opened.group(1) < "12:00" or closed.group(1) >= "12:00" or \
                _MORNING_MARK.search(ctx.lower, morning.start, morning.end) is None or \
                _linked_as_range(ctx.lower, evening, morning) or \
                PARAGRAPH_BREAK.search(ctx.text, evening.end, morning.start) is not None or \
                ctx.tense_of(evening.start, evening.end) != "past" or ctx.tense_of(morning.start, morning.end) != "past":
            continue
        moved = _moved_to_day(evening, ctx.ref_day - timedelta(days=1), "DCT", ref,
                              f"in the past, the evening before the morning clock time told after it ({morning.value})")
        if moved is not None:
            timexes[index] = moved
            timexes[index + 1] = replace(morning, anchor_value=moved.value, explanation=(
                f"{morning.explanation}; kept on the publication day, the latest a past event can have "
                f"(the evening clock time before it is then {moved.value})"))


_NIGHT_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)TNI")
_SMALL_HOURS = re.compile(r"\d{4}-\d\d-\d\dT0[0-5]:\d\d")


def _small_hours_after_a_night(timexes: list[Timex], lower: str) -> None:
    """"The motorway reopened at about 3am after the crash on Tuesday night": a clock time of the
    small hours (before 6 a.m.) dated only from the publication, with a night named after it in the
    same sentence, is in the morning that ends that night: the day after it."""
    for index in range(len(timexes) - 1):
        clock, night = timexes[index], timexes[index + 1]
        found = _NIGHT_VALUE.fullmatch(night.value)
        if clock.type is not TimexType.TIME or clock.anchor != "DCT" or "day" not in clock.implied or \
                "weekday" in clock.known or clock.rule in _CLOCK_NAMES_ITS_DAY or found is None or \
                _SMALL_HOURS.fullmatch(clock.value) is None or _MORNING_MARK.search(lower, clock.start, clock.end) is None \
                or night.start - clock.end > 60 or SENTENCE_BREAK.search(lower, clock.end, night.start) is not None \
                or "\n" in lower[clock.end:night.start]:
            continue
        moved = _moved_to_day(clock, date.fromisoformat(found.group(1)) + timedelta(days=1), index + 1, night.value,
                              f"the small hours after the night named after it, {night.value}")
        if moved is not None:
            timexes[index] = moved


# what stands between a weekday and the full date it opens: "Tue 02/04/2024", "Tuesday, 2024-04-02"
_WEEKDAY_TO_DATE = re.compile(r",?[ \t\xa0]+|,")


def _weekdays_name_the_date_after(found: list[Timex], lower: str) -> None:
    """"by Tue 02/04/2024", "Monday, 2024-03-11": a weekday tagged on its own right before a date given in
    full that falls on that weekday names that date (not the nearest such weekday)."""
    for index in range(len(found) - 1):
        weekday, dated = found[index], found[index + 1]
        if weekday.known != frozenset({"weekday"}) or weekday.grain is not Grain.DAY or dated.type is not TimexType.DATE \
                or dated.grain is not Grain.DAY or not {"year", "month", "day"} <= dated.known or dated.interval is None \
                or _WEEKDAY_TO_DATE.fullmatch(lower, weekday.end, dated.start) is None:
            continue
        day = dated.interval.start.date()
        if weekday.interval is None or weekday.interval.start.date().isoweekday() != day.isoweekday() or \
                weekday.value == dated.value:
            continue
        found[index] = replace(weekday, value=dated.value, interval=dated.interval, anchor=f"t{index + 1}",
                               anchor_value=dated.value,
                               explanation=f"{weekday.explanation}; the weekday of the date it opens, {dated.value}")


def _link_offsets_to_dates(found: list[Timex], lower: str) -> None:
    """"two days after March 5": point the offset at the date expression that follows.

    The duration keeps its TimeML reading (``P2D``); the link lets the event pipeline
    date the event without looking for an anchoring event.
    """
    for index, timex in enumerate(found):
        offset = timex.offset
        if offset is None or offset.anchor_start is None or index + 1 >= len(found):
            continue
        following = found[index + 1]
        gap = lower[offset.anchor_start:following.start]
        if following.interval is None or gap.strip() not in ("", "the") or \
                following.type not in (TimexType.DATE, TimexType.TIME):
            continue
        found[index] = replace(timex, offset=replace(offset, anchor_timex=index + 1),
                               explanation=f"{timex.explanation}: {following.text!r} ({following.value})")




# "Forty-two years later, in the summer of 1522": the date set beside a count of years restates it
_RESTATING_DATE = re.compile(r",\s*(?:in|on|by|during)\s+(?:the\s+year\s+)?$")
_YEARS_COUNTED = re.compile(r".*\byears?\s+(?:later|earlier|afterwards?|before)$", re.IGNORECASE)


def _years_later_restated(found: list[Timex], lower: str) -> None:
    """"Mehmed died on 3 May 1481. ... Forty-two years later, in the summer of 1522": a count of
    years from an earlier date, restated by the year written right after it, is that year (the
    writer counted from an event the text does not date: the siege of 1480, not the death of
    1481). Only a date that states its year restates; the count then points at it."""
    for index in range(len(found) - 1):
        counted, stated = found[index], found[index + 1]
        if counted.type is not TimexType.DATE or counted.grain is not Grain.YEAR or \
                _YEARS_COUNTED.fullmatch(counted.text) is None or "year" not in stated.known or \
                stated.type is not TimexType.DATE or not stated.value[:4].isdigit() or \
                _RESTATING_DATE.fullmatch(lower, counted.end, stated.start) is None or \
                stated.value[:4] == counted.value[:4]:
            continue
        year = int(stated.value[:4])
        found[index] = replace(counted, value=stated.value[:4], interval=cal.year_span(year) if year >= 1 else None,
                               anchor=f"t{index + 1}", anchor_value=stated.value,
                               explanation=f"{counted.explanation}; restated by the date after it, "
                                           f"{stated.text!r} -> {stated.value[:4]}")


@lru_cache(maxsize=4)
def default_tagger(language: str = "en") -> Tagger:
    return Tagger(load_rules(language))


def _with_unresolved(result: list[Timex],
                     unresolved: list[tuple[tuple[int, dict[str, str], dict[str, tuple[int, int]], int, int], str]],
                     text: str, rules: list[Rule]) -> list[Timex]:
    """``result`` with the expressions no rule could resolve ("the 0th century"), each marked so
    (value XXXX, and why in its explanation), unless a shorter expression inside or across its span
    resolved: "4 - 2 March" is no range (it would end before it starts), its "2 March" is the date."""
    kept: list[Timex] = []
    taken = [(t.start, t.end) for t in result]
    for (index, _, _, start, end), failure in unresolved:
        if any(s < end and start < e for s, e in taken):
            continue
        rule = rules[index]
        kept.append(Timex(start, end, text[start:end], TimexType(rule.type or "DATE"), "XXXX", rule=rule.name,
                          explanation=f'"{text[start:end]}" -> could not be resolved: {failure}'))
        taken.append((start, end))
    if not kept:
        return result
    order = sorted([(t.start, 0, i) for i, t in enumerate(result)] + [(t.start, 1, i) for i, t in enumerate(kept)])
    moved = {i: position for position, (_, source, i) in enumerate(order) if source == 0}
    merged: list[Timex] = []
    for _, source, i in order:  # an anchor "t<N>" names the N-th expression: the inserted ones move it
        timex = kept[i] if source else result[i]
        if source == 0 and timex.anchor and timex.anchor[:1] == "t" and timex.anchor[1:].isdigit():
            timex = replace(timex, anchor=f"t{moved.get(int(timex.anchor[1:]), int(timex.anchor[1:]))}")
        if source == 0 and timex.offset is not None and timex.offset.anchor_timex is not None:
            timex = replace(timex, offset=replace(timex.offset, anchor_timex=moved.get(timex.offset.anchor_timex,
                                                                                          timex.offset.anchor_timex)))
        merged.append(timex)
    return merged
