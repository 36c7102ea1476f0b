"""Held-out narratives: histories, "how we got here" explainers and long reads.

Written for this file (not copied from any encyclopedia or outlet): stories told in the past, years
before the publication date, with narrative anchors ("The following day", "Five months later", "By
23 August", "Over the next two months", "That winter"), relative clauses ("the siege of Leningrad,
which had lasted nearly 900 days, was finally lifted"), participle openings ("Encircled in the
ruins, the German Sixth Army surrendered ...") and background asides. Checks are what a careful
analyst wants of the timeline: every dated happening one event with the right value, in the story's
year (not the publication's); a title that says what happened (subject and main verb, no
relative-clause residue, no dangling word); anchored events linked and dated from their anchor; no
event from a bare length ("nearly 900 days"). Runs the real pipeline; known gaps are strict xfails
with the reason.
"""
from __future__ import annotations

import pytest

from tests.pipeline.heldout import Expect, Projects, check_event, event_of


NARRATIVES: dict[str, tuple[str, str]] = {name: (published, "".join(parts)) for name, (published, parts) in {
    "leningrad": ("2025-01-27", (
        "Operation Barbarossa began on 22 June 1941, when German forces crossed the Soviet frontier along a "
        "front of nearly 3,000 kilometres. By 8 September the city of Leningrad was cut off by land. The "
        "following day, German artillery began shelling the city centre. That winter, the only route into the"
        " city ran across the frozen surface of Lake Ladoga. In November 1942 the Red Army launched a "
        "counter-offensive at Stalingrad. Encircled in the ruins, the German Sixth Army surrendered on 2 "
        "February 1943. Five months later, the last major German offensive in the east opened near Kursk. By "
        "23 August Soviet troops had retaken Kharkov. Over the next two months, the Red Army advanced to the "
        "Dnieper. In January 1944 the siege of Leningrad, which had lasted nearly 900 days, was finally "
        "lifted. Three months later, Soviet forces entered Crimea."
    )),
    "crisis": ("2026-03-02", (
        "The crisis began on 14 March 2018, when the finance minister of Valdoria resigned over a leaked "
        "audit of the state pension fund. Two weeks later, tens of thousands of people marched on the "
        "parliament in Corvin. Prime Minister Elena Sarov, who had won a landslide in 2015, refused to step "
        "down. On 2 May the coalition's junior partner walked out of the government. Stripped of its "
        "majority, the cabinet survived a confidence vote by a single ballot on 9 May. The protests went on "
        "through the summer. In late July a court ordered the audit published in full. The report, released "
        "on 3 August, showed that 1.2 billion had gone missing over six years. Sarov resigned the following "
        "week. Her successor, the former central banker Tomas Reyn, was sworn in on 20 August. Early "
        "elections were held that November, and Reyn's party lost heavily."
    )),
    "company": ("2025-09-15", (
        "Lumora was founded in a garage in Tartu in 2009 by two university friends. Its first product, a "
        "solar lantern for off-grid villages, went on sale in March 2011. Within three years the company "
        "employed 400 people. In 2014 it raised $60 million from investors, valuing it at half a billion "
        "dollars. The following year, Lumora opened factories in Kenya and Vietnam. Expanding too quickly, "
        "the company ran short of cash in the spring of 2017. On 12 October 2017 its founders announced that "
        "a rival had agreed to buy it. The deal, which regulators examined for eight months, collapsed in "
        "June 2018. Six weeks later, Lumora filed for bankruptcy. Its last factory closed in January 2019, "
        "ten years after the company was founded."
    )),
    "fever": ("2024-11-20", (
        "The first patient, a fisherman from the island of Vell, fell ill on 3 February 2021. Doctors at the "
        "district hospital suspected malaria, and the man died four days later. By the end of the month, 37 "
        "people on the island had the same symptoms. On 9 March the national laboratory identified a new "
        "strain of the virus. The health ministry, which had played down the outbreak for weeks, declared an "
        "emergency the next day. Carried by ferry passengers, the virus reached the mainland port of Sahl in "
        "April. Over the following three months, cases rose tenfold. A vaccine developed at the university "
        "was approved on 14 September. Vaccination began a week after the approval. That December, the "
        "ministry reported no new infections for the first time. The outbreak was declared over in March "
        "2022, thirteen months after the first case."
    )),
    "apollo": ("2024-07-20", (
        "President Kennedy told Congress on 25 May 1961 that the country should land a man on the Moon before"
        " the decade was out. Six years later, the programme suffered its worst setback. On 27 January 1967 a"
        " fire swept through the Apollo 1 command module during a launch rehearsal, killing all three "
        "astronauts. Crewed flights were halted for twenty months. Apollo 7, which tested the redesigned "
        "spacecraft in Earth orbit, lifted off in October 1968. Two months later, Apollo 8 carried three men "
        "around the Moon. Launched on 16 July 1969, Apollo 11 reached lunar orbit three days later. Neil "
        "Armstrong stepped onto the surface on 20 July. The crew splashed down in the Pacific on 24 July. The"
        " last crew to walk on the Moon left it in December 1972."
    )),
    "dam": ("2025-04-03", (
        "The dispute began in 2012, when the Orrin Valley water board approved a dam that would flood three "
        "villages. Residents sued the board in the regional court in May 2013. The court dismissed the case "
        "in a brief ruling on 11 November 2014. The appeals court, which heard the case over nine days in "
        "2016, quashed the approval on 30 January 2017. The board took the case to the Supreme Court a month "
        "later. Construction, halted since the appeal ruling, stayed frozen for four years. Hearings finally "
        "opened in October 2019 and ended the following spring. The Supreme Court ruled for the villagers on "
        "8 December 2020, ending an eight-year fight. A year after the ruling, the board formally abandoned "
        "the dam."
    )),
    "railway": ("2026-12-02", (
        "Here is how we got here. In January 2025, the government announced plans to sell the state rail "
        "operator to private investors. Unions called the first national rail strike in a decade two months "
        "later. The strike, which lasted eleven days, ended on 4 April 2025 without a deal. Over the summer, "
        "three bidders entered the race. Parliament approved the sale on 18 September, a week after a heated "
        "debate. That winter, fares rose by 14 percent. In February this year, the winning bidder, Northline,"
        " took control of the network. Since then, punctuality has fallen to its lowest level since 2009. "
        "Last month, the transport minister resigned. On Monday, the new minister said the state would take "
        "the railway back by the end of next year."
    )),
    "waterloo": ("2025-06-18", (
        "Napoleon escaped from exile on Elba on 26 February 1815 and landed in southern France on 1 March. "
        "Marching north with a growing army, he entered Paris on 20 March. Louis XVIII, who had fled the "
        "capital the night before, took refuge in Ghent. The allied powers declared Napoleon an outlaw and "
        "began to mass their armies in Belgium. On 15 June the French crossed the Sambre at Charleroi. The "
        "next day Napoleon beat the Prussians at Ligny, while Marshal Ney fought Wellington to a draw at "
        "Quatre Bras. On the morning of 18 June, after a night of heavy rain, the armies met in battle south "
        "of the village of Waterloo. Prussian troops reached the French flank late in the afternoon. By "
        "nightfall the French army was in full retreat. Four days after the battle, Napoleon abdicated for "
        "the second time. He was exiled to Saint Helena, where he died in May 1821."
    )),
    "mine": ("2025-08-05", (
        "On the afternoon of 5 August 2010 a section of the San Telmo copper mine caved in, trapping 33 "
        "miners 700 metres underground. For seventeen days nobody knew whether they were alive. Rescuers "
        "drilled a series of narrow boreholes, and on 22 August a probe came back with a note taped to it. "
        "Over the next seven weeks, food, water and letters were sent down through the borehole. Engineers "
        "began drilling the rescue shaft on 30 August. A second rig, brought in from abroad, broke through on"
        " 9 October. Three days later, the first miner was winched to the surface in a steel capsule. The "
        "last of them came up on 13 October, 69 days after the collapse. That December, the government set up"
        " a commission to inspect every mine in the country."
    )),
    # written after the fixes above, as a check of how they carry over (not tuned on)
    "bridge": ("2025-10-14", (
        "Construction of the Velmar Bridge began in April 2003, two years after the city council approved the"
        " design. The bridge, which cost 310 million euros, opened to traffic on 18 June 2006. Inspectors "
        "found cracks in two of its steel cables in the autumn of 2014. Repairs were postponed twice. On the "
        "evening of 9 February 2018, the central span fell into the river, killing eleven people. Rescue "
        "divers searched the water for the next nine days. Three weeks after the disaster, the transport "
        "minister resigned. An inquiry led by a retired judge published its findings in November 2019. It "
        "blamed the company that had maintained the cables since 2009. Charged with manslaughter, four "
        "engineers went on trial in Velmar the following spring. The court acquitted two of them on 3 March "
        "2021 and convicted the others. A new bridge opened on the same site last year."
    )),
}.items()}


def _gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


CASES = [
    # --- a war: the Eastern Front, 1941-1944 ------------------------------------------------------
    ("leningrad", Expect("22 June 1941", "1941-06-22", ("operation barbarossa began",), ("crossed",))),
    ("leningrad", Expect("8 September", "1941-09-08", ("leningrad", "cut off"), ("september",))),
    ("leningrad", Expect("The following day", "1941-09-09", ("artillery", "shelling"), anchor="leningrad")),
    ("leningrad", Expect("That winter", "1942-WI", ("route", "ladoga"), start="1941-12-01")),
    ("leningrad", Expect("November 1942", "1942-11", ("red army launched", "counter-offensive"))),
    ("leningrad", Expect("2 February 1943", "1943-02-02", ("sixth army surrendered",), ("encircled",))),
    ("leningrad", Expect("Five months later", "1943-07", ("offensive", "kursk"), anchor="surrendered")),
    ("leningrad", Expect("23 August", "1943-08-23", ("retaken", "kharkov"))),
    ("leningrad", Expect("the next two months", "P2M", ("advanced", "dnieper"), start="1943-08-23")),
    # the clause is the subject; its verb comes after the relative clause set off by commas
    ("leningrad", Expect("January 1944", "1944-01", ("siege of leningrad was finally lifted",), ("lasted", "which", "900"))),
    ("leningrad", Expect("Three months later", "1944-04", ("crimea",), anchor="siege")),
    # --- a political crisis over eight months ------------------------------------------------------
    ("crisis", Expect("14 March 2018", "2018-03-14", ("crisis began",))),
    ("crisis", Expect("Two weeks later", "2018-03-28", ("marched", "parliament"), anchor="crisis")),
    ("crisis", Expect("2015", "2015", ("sarov", "won", "landslide"), ("refused",))),
    # the year of a past-perfect relative clause set off by commas ("Sarov, who had won a landslide in
    # 2015,") is background: later bare dates stay in the story's year
    ("crisis", Expect("2 May", "2018-05-02", ("junior partner walked out",))),
    ("crisis", Expect("9 May", "2018-05-09", ("cabinet survived", "confidence"), ("stripped",))),
    ("crisis", Expect("the summer", "2018-SU", ("protests went on",))),
    ("crisis", Expect("late July", "2018-07", ("court ordered", "audit"))),
    ("crisis", Expect("3 August", "2018-08-03", ("report released",), ("showed",))),
    # the calendar week after the report's, not a count of seven days from it
    ("crisis", Expect("the following week", "2018-W32", ("sarov resigned",), anchor="report")),
    ("crisis", Expect("20 August", "2018-08-20", ("successor", "sworn in"), ("banker",))),
    ("crisis", Expect("that November", "2018-11", ("elections", "held"), ("lost",))),
    # --- a company's rise and fall -----------------------------------------------------------------
    ("company", Expect("2009", "2009", ("lumora was founded",))),
    ("company", Expect("March 2011", "2011-03", ("first product", "sale"), ("lantern",))),
    ("company", Expect("2014", "2014", ("raised $60 million",))),
    ("company", Expect("The following year", "2015", ("opened factories",))),
    ("company", Expect("the spring of 2017", "2017-SP", ("ran short of cash",), ("expanding",))),
    # an opening date is the announcement's, and what was announced (no date of its own) stays in the title
    ("company", Expect("12 October 2017", "2017-10-12", ("founders announced", "rival", "buy"))),
    ("company", Expect("June 2018", "2018-06", ("deal collapsed",), ("regulators", "examined"))),
    ("company", Expect("Six weeks later", "2018-07", ("bankruptcy",), anchor="deal")),
    ("company", Expect("January 2019", "2019-01", ("last factory closed",))),
    # --- a disease's spread --------------------------------------------------------------------------
    ("fever", Expect("3 February 2021", "2021-02-03", ("first patient fell ill",))),
    ("fever", Expect("four days later", "2021-02-07", ("died",), ("suspected",), anchor="fell ill")),
    ("fever", Expect("the end of the month", "2021-02", ("37", "symptoms"))),
    ("fever", Expect("9 March", "2021-03-09", ("laboratory identified",))),
    ("fever", Expect("the next day", "2021-03-10", ("ministry declared an emergency",), ("played", "weeks"),
                     anchor="laboratory")),
    ("fever", Expect("April", "2021-04", ("virus reached", "sahl"), ("carried",))),
    # the months after the month the story reached (April), not from the last day told (10 March)
    ("fever", Expect("the following three months", "P3M", ("cases rose",), start="2021-05-01")),
    ("fever", Expect("14 September", "2021-09-14", ("vaccine", "approved"))),
    ("fever", Expect("a week", "2021-09-21", ("vaccination began",), ("approval",), anchor="approved")),
    ("fever", Expect("That December", "2021-12", ("no new infections",))),
    ("fever", Expect("March 2022", "2022-03", ("outbreak was declared over",))),  # a particle, not a preposition
    # --- a space programme ----------------------------------------------------------------------------
    pytest.param("apollo", Expect("25 May 1961", "1961-05-25", ("kennedy", "moon")),
                 marks=_gap("'President Kennedy told Congress on 25 May 1961 that the country should land a man on "
                            "the Moon': by design what was told is the title when the date is the telling's ('the "
                            "council would hold an emergency meeting' in test_wording), so the title is 'Country "
                            "should land a man on the Moon', a goal dated as if it happened in 1961; the telling is "
                            "the happening here")),
    # a count of years from a day tells the year (not 1967-05-25, after the January fire it tells of)
    ("apollo", Expect("Six years later", "1967", ("programme", "setback"), anchor="moon")),
    ("apollo", Expect("27 January 1967", "1967-01-27", ("fire swept", "apollo 1"))),
    ("apollo", Expect("October 1968", "1968-10", ("apollo 7 lifted off",), ("tested", "which"))),
    ("apollo", Expect("Two months later", "1968-12", ("apollo 8", "moon"), anchor="apollo 7")),
    # an opening participle with a date of its own is its own event, the main clause's subject doing it
    ("apollo", Expect("16 July 1969", "1969-07-16", ("apollo 11 launched",), ("orbit",))),
    ("apollo", Expect("three days later", "1969-07-19", ("apollo 11 reached lunar orbit",), ("launched",),
                      anchor="launched")),
    ("apollo", Expect("20 July", "1969-07-20", ("armstrong stepped",))),
    ("apollo", Expect("24 July", "1969-07-24", ("splashed down", "pacific"))),
    ("apollo", Expect("December 1972", "1972-12", ("last crew", "left"))),
    # --- a court saga over eight years ----------------------------------------------------------------
    ("dam", Expect("2012", "2012", ("dispute began",))),
    ("dam", Expect("May 2013", "2013-05", ("residents sued",))),
    ("dam", Expect("11 November 2014", "2014-11-11", ("court dismissed the case",))),
    ("dam", Expect("2016", "2016", ("appeals court heard",), ("quashed",))),  # "heard" is a verb
    ("dam", Expect("30 January 2017", "2017-01-30", ("appeals court quashed",), ("heard", "which"))),
    ("dam", Expect("a month later", "2017-02-28", ("board", "supreme court"), anchor="quashed")),
    ("dam", Expect("October 2019", "2019-10", ("hearings", "opened"))),
    ("dam", Expect("the following spring", "2020-SP", ("hearings", "ended"))),
    ("dam", Expect("8 December 2020", "2020-12-08", ("supreme court ruled",))),
    # "ruling" and "ruled" share a stem ("rule"), and of two rulings the last told before is the one meant
    ("dam", Expect("A year", "2021-12-08", ("board", "abandoned"), anchor="supreme court ruled")),
    # --- an explainer published today: "Here is how we got here" --------------------------------------
    ("railway", Expect("January 2025", "2025-01", ("government announced", "sell"))),
    ("railway", Expect("two months later", "2025-03", ("unions", "strike"), anchor="announced")),
    ("railway", Expect("4 April 2025", "2025-04-04", ("strike ended",), ("lasted", "which"))),
    ("railway", Expect("the summer", "2025-SU", ("bidders entered",))),
    pytest.param("railway", Expect("18 September", "2025-09-18", ("parliament approved",)),
                 marks=_gap("read in 2026: a story of last year is read from a day written in full "
                            "('4 April 2025' dates 'Over the summer' 2025), not on from a date the story "
                            "dated itself (the summer)")),
    pytest.param("railway", Expect("a week", "2025-09-11", ("debate",)),
                 marks=_gap("read in 2026, a week before 18 September read in 2026 (see the case before)")),
    ("railway", Expect("That winter", "2026-WI", ("fares rose",), start="2025-12-01")),
    # "took" is no aside ("too"): the name set off by commas is read past to the verb
    ("railway", Expect("February this year", "2026-02", ("winning bidder", "took control"))),
    ("railway", Expect("Last month", "2026-11", ("transport minister resigned",))),
    # what was said has its own date and event: the opening date's event is the saying
    ("railway", Expect("Monday", "2026-11-30", ("minister said",), ("railway",))),
    ("railway", Expect("the end of next year", "2027", ("state would take the railway back",))),
    # --- a campaign: the Hundred Days ----------------------------------------------------------------
    ("waterloo", Expect("26 February 1815", "1815-02-26", ("napoleon escaped", "elba"), ("landed",))),
    ("waterloo", Expect("1 March", "1815-03-01", ("napoleon landed",), ("escaped",))),
    ("waterloo", Expect("20 March", "1815-03-20", ("entered paris",), ("marching",))),
    ("waterloo", Expect("the night before", "1815-03-19TNI", ("louis xviii had fled",), ("refuge",))),
    ("waterloo", Expect("15 June", "1815-06-15", ("french crossed", "sambre"))),
    ("waterloo", Expect("The next day", "1815-06-16", ("napoleon beat", "ligny"), anchor="sambre")),
    ("waterloo", Expect("18 June", "1815-06-18", ("armies met", "waterloo"), ("rain", "night"))),
    ("waterloo", Expect("late in the afternoon", "1815-06-18TAF", ("prussian", "flank"))),
    ("waterloo", Expect("nightfall", "1815-06-18TEV", ("french army", "retreat"))),
    ("waterloo", Expect("Four days", "1815-06-22", ("napoleon abdicated",), anchor="armies met")),
    ("waterloo", Expect("May 1821", "1821-05", ("he died",), ("where",))),  # a relative adverb opens no title
    # --- a long read: a mine rescue -------------------------------------------------------------------
    # the part of the day naming the date stays out; "caved in" keeps its particle
    ("mine", Expect("5 August 2010", "2010-08-05", ("mine caved in",), ("afternoon",))),
    ("mine", Expect("22 August", "2010-08-22", ("probe came back",), ("drilled",))),
    ("mine", Expect("the next seven weeks", "P7W", ("sent down",), start="2010-08-22")),
    ("mine", Expect("30 August", "2010-08-30", ("engineers began drilling",))),
    ("mine", Expect("9 October", "2010-10-09", ("rig", "broke through"), ("abroad",))),
    ("mine", Expect("Three days later", "2010-10-12", ("first miner", "winched"), anchor="rig")),
    ("mine", Expect("13 October", "2010-10-13", ("last of them came up",))),
    ("mine", Expect("That December", "2010-12", ("commission",))),
    # --- a bridge's history, written after the fixes (held out from them) -----------------------------
    ("bridge", Expect("April 2003", "2003-04", ("construction", "began"))),
    # "two years after the city council approved the design" dates the approval
    ("bridge", Expect("two years", "2001-04", ("council approved the design",))),
    ("bridge", Expect("18 June 2006", "2006-06-18", ("bridge opened to traffic",), ("cost", "which"))),
    ("bridge", Expect("the autumn of 2014", "2014-FA", ("inspectors found cracks",))),
    ("bridge", Expect("9 February 2018", "2018-02-09", ("central span fell",), ("evening", "killing"))),
    ("bridge", Expect("the next nine days", "P9D", ("divers searched",), start="2018-02-09")),
    # "the disaster" names no word of "Central span fell into the river": a general word for a
    # happening stands for the last happening told, not the divers' search after it
    ("bridge", Expect("Three weeks", "2018-03-02", ("minister resigned",), anchor="span fell")),
    ("bridge", Expect("November 2019", "2019-11", ("inquiry", "published its findings"))),
    # a past perfect relative clause ending the sentence holds its own date ("since 2009" runs to publication)
    ("bridge", Expect("2009", "2009", ("company had maintained the cables",), ("blamed",))),
    # the year of a past-perfect relative clause ("since 2009") is background: the spring after November 2019
    ("bridge", Expect("the following spring", "2020-SP", ("engineers went on trial",), ("charged",))),
    ("bridge", Expect("3 March 2021", "2021-03-03", ("court acquitted",))),
    ("bridge", Expect("last year", "2024", ("new bridge opened",))),
]

#: Bare lengths that place nothing in time (words of the expression, lower case).
LENGTHS = {
    "leningrad": ("900 days", "3,000"), "crisis": ("six years",), "company": ("three years", "eight months"),
    "fever": ("weeks",), "apollo": ("twenty months",), "dam": ("nine days", "four years", "eight-year"),
    "railway": ("eleven days", "a decade"), "waterloo": ("a night",), "mine": ("seventeen days",),
    "bridge": ("310 million",),
}

_project = Projects(NARRATIVES)
_event = event_of


@pytest.mark.parametrize("name, expect", CASES)
def test_narrative_event(name: str, expect: Expect) -> None:
    check_event(_project(name), expect)


@pytest.mark.parametrize("name", sorted(LENGTHS))
def test_a_bare_length_makes_no_event(name: str) -> None:
    quoted = [s.expression.lower() for e in _project(name).events.values() for s in e.sources]
    assert not [q for q in quoted for length in LENGTHS[name] if length in q], quoted


@pytest.mark.parametrize("name", sorted(set(NARRATIVES) - {"railway"}))
def test_a_history_places_nothing_in_the_publication_year(name: str) -> None:
    year = NARRATIVES[name][0][:4]
    assert not [e.title for e in _project(name).events.values() if (e.value or "").startswith(year)]


def test_no_event_lasts_no_time() -> None:
    """No event lasts no time (a month from 30 January once ended where it began, on 28 February)."""
    for name in NARRATIVES:
        for event in _project(name).events.values():
            # (an anchor not found leaves an event undated: those are the cases' own checks)
            assert event.interval is None or event.interval.end > event.interval.start, (name, event.title)


def test_an_apposition_counting_back_dates_the_event_it_names() -> None:
    """"Its last factory closed in January 2019, ten years after the company was founded": the
    founding (2009); "declared over in March 2022, thirteen months after the first case": the
    first case (February 2021). Both join the event told earlier."""
    assert "ten years" in [s.expression for s in _event(_project("company"), "2009").sources]
    assert "thirteen months" in [s.expression for s in _event(_project("fever"), "3 February 2021").sources]


def test_the_collapse_counted_back_is_the_cave_in() -> None:
    """"came up on 13 October, 69 days after the collapse": the cave-in of 5 August (a collapse)."""
    project = _project("mine")
    assert len([e for e in project.events.values() if e.value == "2010-08-05"]) == 1


def test_no_narrative_has_two_events_for_one_expression() -> None:
    for name in NARRATIVES:
        quoted = [(s.expression, s.expression_start) for e in _project(name).events.values() for s in e.sources]
        assert len(quoted) == len(set(quoted)), name


#: Single sentences for the readings the narratives drove: (published, text, expression, title).
SENTENCES = [
    ("2026-12-02", "In January 1944 the siege of Leningrad, which had lasted nearly 900 days, was finally lifted.",
     "January 1944", "Siege of Leningrad was finally lifted"),
    ("2026-12-02", "Last year the plant, built in 1970 by a German firm, was closed.", "Last year", "Plant was closed"),
    ("2026-12-02", "Last year the plant, built in 1970 by a German firm, was closed.", "1970",
     "Plant built by a German firm"),
    ("2026-12-02", "Founded in 1998, the company sold its first phone in 2001.", "1998", "Company founded"),
    ("2020-03-12", "On Monday police said that they had arrested two men.", "Monday", "Police had arrested two men"),
    ("2020-03-12", "On Monday the company announced that it would close three plants.", "Monday",
     "Company announced it would close three plants"),
    # "early" opening a clause with its own verb does not make it a frame for the clause after ", and"
    ("2020-01-01", "Early elections were held in November, and the ruling party lost heavily.", "November",
     "Early elections were held"),
    ("2025-10-14", "It blamed the company that had maintained the cables since 2009.", "2009",
     "Company had maintained the cables"),
    ("2026-12-02", "The strike went on through the winter.", "the winter", "Strike went on"),
    ("2026-12-02", "Talks with the bank fell through in March.", "March", "Talks with the bank fell through"),
]


@pytest.mark.parametrize("published, text, expression, title", SENTENCES)
def test_sentence_title(published: str, text: str, expression: str, title: str) -> None:
    project = Projects({"s": (published, text)})("s")
    assert _event(project, expression).title == title


@pytest.mark.parametrize("offset, value", [("the following week", "2018-W32"), ("the next month", "2018-09"),
                                           ("a week later", "2018-08-10"), ("two months later", "2018-10"),
                                           ("a month later", "2018-09-03")])
def test_a_named_calendar_unit_after_a_day_is_that_unit(offset: str, value: str) -> None:
    """"the following week" names the calendar week after the anchor's; "a week later" counts
    seven days; two or more months tell the month, one month the same date."""
    project = Projects({"s": ("2026-01-01", f"The report was released on 3 August 2018. Sarov resigned {offset}.")})("s")
    assert _event(project, offset).value == value
