"""Held-out news, fourth set: twelve articles in registers the other held-out files do not use (an
obituary, a football report, a science discovery, a council meeting, a rail strike, a markets wrap,
an election campaign diary, a tsunami anniversary, a refugee update, a delayed product launch, a
celebrity trial, a military exercise), written for this file and never tuned on, each read alone,
with the events a careful analyst expects: the date, words the title must and must not carry, the
anchor of an event-anchored date. Runs the real pipeline; known gaps are strict xfails with the
reason."""
from __future__ import annotations

import pytest

from tests.pipeline.heldout import Expect, Projects, check_event, event_of, titled


ARTICLES: dict[str, tuple[str, str]] = {
    "obituary": ("2025-04-14", "\n\n".join((
        "Margaret Ellison, a chemist whose work on polymer coatings protected bridges across Europe, died on "
        "Saturday at her home in Edinburgh. She was 91.",
        "Her daughter, Claire, said the cause was heart failure.",
        "Born on 3 May 1933 in Leeds, Ellison was the eldest of four children of a railway clerk and a "
        "seamstress. She won a scholarship to Cambridge in 1951 and completed her doctorate there in 1958.",
        "After a decade at Imperial Chemical Industries, she joined the University of Edinburgh in 1968, where "
        "she became the first woman to head its chemistry department in 1979.",
        "Her coating, patented in 1974, was first used on the Forth Road Bridge two years later. It was adopted"
        " by rail operators in France and Germany during the 1980s.",
        "She married the physicist Robert Ellison in 1960; he died in 2011. She retired in 1998 but kept "
        "publishing until 2015, when her last paper appeared in the journal Corrosion Science.",
        "Ellison was made a dame in 2003, a year after she received the Royal Society's Davy Medal.",
        "A memorial service will be held at St Giles' Cathedral on May 2.",
    ))),
    "football": ("2025-03-10", "\n\n".join((
        "Northgate United moved three points clear at the top of the table with a 2-1 win over Harbour City "
        "at Riverside Park on Sunday, their first league victory over their rivals since 2019.",
        "Luis Moreno scored the winner in the 88th minute, a week after he returned from a hamstring injury "
        "that had kept him out since January.",
        "City had taken the lead through Sam Ortiz after 20 minutes, but Daniel Kerr equalised shortly "
        "before half-time.",
        "\"It was a massive result for us,\" manager Helen Brooks said after Sunday's match. \"We lost here in"
        " October and the players remembered that.\"",
        "United have won eight of their last ten games since Brooks replaced Tom Ridley in November. Ridley "
        "was sacked two days after a 4-0 defeat at home to Westbridge.",
        "The win came four days after United were knocked out of the cup by second-tier Kingsport.",
        "United host Westbridge on Saturday before a trip to Lisbon for the first leg of their European "
        "quarter-final on March 20. The league season ends on May 24.",
    ))),
    "science": ("2025-06-12", "\n\n".join((
        "Astronomers have found water vapour in the atmosphere of a rocky planet orbiting a nearby red dwarf,"
        " the first such detection for a world of Earth's size, according to a study published on Wednesday "
        "in the journal Nature.",
        "The team observed the planet, known as LHS 1140 b, with the James Webb Space Telescope on four nights"
        " in December 2024 and January 2025, watching starlight filter through its atmosphere as it passed in"
        " front of its star.",
        "The planet was discovered in 2017 by a ground-based survey in Chile. NASA's Hubble telescope looked "
        "for an atmosphere in 2019 but found no clear signal.",
        "\"When we saw the first spectrum in January, we did not believe it,\" said lead author Priya Raman of"
        " the University of Cambridge. The team submitted its paper on March 3, two months after the last "
        "observation.",
        "Webb, launched on December 25, 2021, began science operations six months later.",
        "The European Space Agency's Ariel mission, due to launch in 2029, will survey about 1,000 planets. "
        "Raman said her team would observe the planet again in October.",
    ))),
    "council": ("2025-02-20", "\n\n".join((
        "Councillors in Brackley voted on Tuesday night to close two of the town's three libraries, despite a"
        " petition signed by more than 4,000 residents.",
        "The decision, passed by 23 votes to 17, ends a row that began in September, when the council said it"
        " faced a budget gap of £6.2 million.",
        "A public consultation ran from October 1 until November 30 and drew 2,800 responses, most of them "
        "opposed to the closures.",
        "Council leader Anita Shah said the libraries on Mill Road and Castle Street would shut on April 30. "
        "Volunteers have until March 14 to submit plans to run them as community libraries.",
        "The council also approved a 4.99% rise in council tax from April, the maximum allowed without a "
        "referendum. A final budget vote is scheduled for February 27.",
        "Opposition councillors said they would call in the decision for review by the scrutiny committee, "
        "which last overturned a cabinet decision in 2021.",
        "A second consultation, on cuts to bus subsidies, opens on Monday and closes six weeks later.",
    ))),
    "strike": ("2025-01-17", "\n\n".join((
        "Train drivers at Southline Rail will walk out from Monday until further notice, the ASLEF union said"
        " on Friday, after talks over pay and rosters broke down on Thursday evening.",
        "The operator said it would cancel about 70% of its services during the strike and advised passengers"
        " not to travel. Season ticket holders will be able to claim refunds from January 27.",
        "Drivers have already staged three one-day strikes since November, the last of them on January 9.",
        "The dispute began in August, when Southline proposed changes to Sunday working. Drivers voted by 91%"
        " to strike in a ballot that closed on October 18.",
        "An overtime ban that started on December 2 will continue alongside the walkout, the union said.",
        "Transport Secretary Mark Dale said on Friday he would meet both sides next week. \"Passengers have "
        "suffered enough,\" he said.",
        "Bus operators said they would run extra services between Brighton and London from Tuesday.",
    ))),
    "markets": ("2025-03-07", "\n\n".join((
        "NEW YORK (Reuters) - Wall Street ended a volatile week lower on Friday, with the S&P 500 posting its "
        "biggest weekly loss since September as worries about tariffs hit technology shares.",
        "The S&P 500 fell 0.8% on the day and 3.1% for the week. The Nasdaq Composite dropped 1.2% on Friday "
        "and is down 8% year to date.",
        "Data released on Friday showed U.S. employers added 151,000 jobs in February, fewer than expected, "
        "after 125,000 in January.",
        "The Federal Reserve, which cut rates three times last year, is widely expected to hold them steady "
        "at its meeting on March 19. Fed Chair Jerome Powell said on Thursday that the economy was \"in a good"
        " place\".",
        "Oil fell for a third straight week. Brent crude settled at $70.36 a barrel, its lowest close since "
        "December 2021.",
        "Gold has risen 40% since March 2020, when central banks slashed rates at the start of the pandemic.",
        "Investors will watch inflation figures due on Wednesday.",
    ))),
    "campaign": ("2025-11-01", "\n\n".join((
        "With six days to go before the vote, Labour leader Ruth Calder spent Saturday in the marginal seats "
        "of the north-east, a day after a poll showed her lead had shrunk to three points.",
        "The poll, published on Friday by YouGov, put Labour on 34% and the Conservatives on 31%. A month "
        "ago, Labour led by nine points.",
        "The race tightened after the second televised debate on October 22, when Calder struggled to "
        "explain her party's tax plans. She had been widely judged the winner of the first debate in "
        "September.",
        "Prime Minister David Hurst, who called the election on September 15, will campaign in Wales on "
        "Sunday. He said on Saturday that the vote was \"a choice between stability and chaos\".",
        "In the final days before the vote, both parties plan to focus on pensioners. Postal voting began on "
        "October 27.",
        "The election will be held on Thursday. Polls open at 7 a.m. and close at 10 p.m.",
    ))),
    "tsunami": ("2014-12-26", "\n\n".join((
        "BANDA ACEH, Indonesia — Ten years after the tsunami that killed more than 160,000 people in this "
        "province, survivors gathered at mass graves on Friday to pray for the dead.",
        "The waves struck on the morning of December 26, 2004, less than half an hour after a magnitude 9.1 "
        "earthquake off the coast of Sumatra.",
        "Aceh's separatist war ended eight months later, when rebels and the government signed a peace deal "
        "in Helsinki in August 2005.",
        "Reconstruction officially ended in April 2009, when the agency set up to rebuild the province closed"
        " its doors. More than 140,000 houses had been built since the disaster.",
        "Indonesia installed a tsunami warning system in 2008. It failed to sound in April 2012, when an "
        "8.6 earthquake struck off the same coast.",
        "\"I lost my wife and two sons that morning,\" said fisherman Ahmad Yusuf, 52. \"I still go to the sea"
        " every day.\"",
        "President Joko Widodo, who took office in October, did not attend the ceremony.",
    ))),
    "refugees": ("2025-05-22", "\n\n".join((
        "GENEVA (AP) — More than 250,000 people have fled into Chad since fighting erupted in Sudan's Darfur "
        "region in April, the U.N. refugee agency said on Thursday, warning that aid would run out within "
        "weeks.",
        "About 18,000 people crossed the border in the past week alone, UNHCR spokesman Olga Sarrado told "
        "reporters in Geneva.",
        "The agency appealed in March for $1.1 billion for the region, but has received only 14% of it.",
        "The rainy season, which usually begins in late June, will cut off many camps from road supplies. "
        "The World Food Programme said on Wednesday that it would halve rations from June 1.",
        "Chad closed its border in April, two days after the fighting began, but reopened it a week later "
        "under international pressure.",
        "A donor conference is due to be held in Paris on June 10.",
    ))),
    "launch": ("2025-09-10", "\n\n".join((
        "CUPERTINO, Calif. (Reuters) - Lumen Devices unveiled its long-delayed augmented-reality glasses on "
        "Tuesday, nearly two years after it first showed a prototype, and said they would go on sale in the "
        "United States on October 3.",
        "The company first promised the glasses for the 2024 holiday season but pushed the launch back in "
        "June last year, citing problems with battery life. A second delay was announced in February.",
        "Pre-orders open on Friday. The glasses will reach Europe and Japan early next year, the company said.",
        "Chief Executive Nora Lind said on Tuesday that the company had shipped 40,000 developer kits since "
        "March.",
        "Lumen's shares rose 4% on Tuesday, the day after a rival, Vistar, cut the price of its own headset "
        "by a third.",
        "The launch came a month after Lumen settled a patent lawsuit with Vistar.",
    ))),
    "courtcase": ("2025-07-12", "\n\n".join((
        "LOS ANGELES (AP) — Pop singer Kayla Moss testified on Friday that her former manager stole more than "
        "$4 million from her accounts over six years, on the fourth day of a trial that has drawn crowds of "
        "fans to the courthouse.",
        "Moss, 29, told jurors she discovered the missing money in March 2023, a week after her accountant "
        "noticed irregular transfers.",
        "The manager, Derek Vance, was charged with fraud and embezzlement in June 2023 and has pleaded not "
        "guilty. He was released on $500,000 bail.",
        "Vance's lawyer, Ellen Cho, said in her opening statement on Tuesday that Moss had approved every "
        "payment.",
        "Moss fired Vance in April 2023. She had signed with him in 2016, a year after she won a television "
        "talent show.",
        "The trial is expected to last three weeks. Judge Martin Ruiz said closing arguments could begin on "
        "July 28.",
    ))),
    "exercise": ("2025-10-02", "\n\n".join((
        "WARSAW (Reuters) - NATO began its largest exercise in the Baltic region this year on Wednesday, "
        "with more than 20,000 troops from 14 countries taking part in drills that will run until October 24.",
        "The first phase, which lasts until October 10, will test the rapid deployment of forces to "
        "Lithuania. In the second phase, troops will rehearse the defence of the Suwalki Gap.",
        "The exercise comes two weeks after Russia and Belarus ended their own Zapad drills, which Western "
        "officials said involved about 100,000 troops.",
        "Polish Defence Minister Piotr Zawada said on Tuesday that live-fire drills would take place near the"
        " border on October 15.",
        "NATO last held an exercise of this size in the region in 2023. The alliance's summit in The Hague "
        "in June agreed to raise defence spending targets.",
        "Troops will return to their bases by the end of the month.",
    ))),
}

project = Projects(ARTICLES)


EXPECTED: list[tuple[str, Expect]] = [
    # obituary: a leading "Born on ... in Leeds", a life told by years, a year counted back
    ("obituary", Expect("Saturday", "2025-04-12", has=("ellison died",))),
    ("obituary", Expect("3 May 1933", "1933-05-03", has=("ellison", "born in leeds"))),
    ("obituary", Expect("1951", "1951", has=("scholarship",))),
    ("obituary", Expect("1968", "1968", has=("joined the university of edinburgh",))),
    ("obituary", Expect("two years later", "1976", has=("forth road bridge",), anchor="coating")),
    ("obituary", Expect("the 1980s", "198", has=("adopted by rail operators",))),
    ("obituary", Expect("1960", "1960", has=("married",))),
    ("obituary", Expect("a year", "2002", has=("davy medal",), anchor="dame")),
    ("obituary", Expect("May 2", "2025-05-02", has=("memorial service",))),
    # football: an apposed count with no anchor told, a future fixture
    ("football", Expect("a week", "P1W", has=("luis moreno scored the winner",), lacks=("week",))),
    ("football", Expect("November", "2024-11", has=("brooks replaced tom ridley",))),
    ("football", Expect("Saturday", "2025-03-15", has=("united host westbridge",))),
    ("football", Expect("May 24", "2025-05-24", has=("league season ends",))),
    # science: "according to a study published", the launch and operations, a mission due to launch
    ("science", Expect("Wednesday", "2025-06-11", has=("study published",), lacks=("according",))),
    ("science", Expect("2017", "2017", has=("planet was discovered",))),
    ("science", Expect("2019", "2019", has=("hubble",))),
    ("science", Expect("March 3", "2025-03-03", has=("submitted its paper",))),
    ("science", Expect("two months", "2025-01", has=("last observation",), anchor="submitted")),
    ("science", Expect("December 25, 2021", "2021-12-25", has=("webb launched",))),
    ("science", Expect("six months later", "2022-06", has=("science operations",), anchor="webb launched")),
    ("science", Expect("2029", "2029", has=("ariel mission", "due to launch"))),
    ("science", Expect("October", "2025-10", has=("observe the planet again",))),
    # council: relative clauses with "which", a subject set off by commas before two present verbs
    ("council", Expect("Tuesday night", "2025-02-18TNI", has=("voted to close",))),
    ("council", Expect("October 1 until November 30", "2024-10-01/2024-11-30", has=("consultation ran",))),
    ("council", Expect("February 27", "2025-02-27", has=("final budget vote",))),
    ("council", Expect("2021", "2021", has=("scrutiny committee", "overturned a cabinet decision"))),
    ("council", Expect("Monday", "2025-02-24", has=("second consultation opens",))),
    ("council", Expect("six weeks later", "2025-04-07", has=("second consultation closes",), lacks=("opens",),
                       anchor="opens")),
    # strike: "from Monday until further notice", a weekday naming a kind of work
    ("strike", Expect("Monday", "2025-01-20", has=("walk out",))),
    ("strike", Expect("Thursday evening", "2025-01-16TEV", has=("talks", "broke down"))),
    ("strike", Expect("January 27", "2025-01-27", has=("claim refunds",))),
    ("strike", Expect("August", "2024-08", has=("dispute began",))),
    ("strike", Expect("October 18", "2024-10-18", has=("ballot closed",))),
    ("strike", Expect("December 2", "2024-12-02", has=("overtime ban started",))),
    ("strike", Expect("next week", "2025-W04", has=("meet both sides",))),
    ("strike", Expect("Tuesday", "2025-01-21", has=("extra services",))),
    # markets: the week, "since March 2020, when ...", a meeting ahead
    ("markets", Expect("the week", "2025-W10", has=("s&p 500 fell",))),
    ("markets", Expect("last year", "2024", has=("cut rates three times",))),
    ("markets", Expect("March 19", "2025-03-19", has=("hold them steady",))),
    ("markets", Expect("March 2020", "2020-03", has=("central banks slashed rates",))),
    ("markets", Expect("Wednesday", "2025-03-12", has=("inflation figures",))),
    # campaign: a day counted back in apposition, "A month ago", two clock times of election day
    ("campaign", Expect("a day", "2025-10-31", has=("poll showed",), anchor="calder")),
    ("campaign", Expect("A month ago", "2025-10", has=("labour led by nine points",))),
    ("campaign", Expect("September 15", "2025-09-15", has=("called the election",))),
    ("campaign", Expect("Sunday", "2025-11-02", has=("campaign in wales",))),
    ("campaign", Expect("October 27", "2025-10-27", has=("postal voting began",))),
    ("campaign", Expect("Thursday", "2025-11-06", has=("election will be held",))),
    ("campaign", Expect("7 a.m.", "2025-11-06T07:00", has=("polls open",), lacks=("close",))),
    ("campaign", Expect("10 p.m.", "2025-11-06T22:00", has=("polls close",), lacks=("open",))),
    # tsunami anniversary: a placeless dateline, an opening count beside its clause's own date
    ("tsunami", Expect("Friday", "2014-12-26", has=("survivors gathered",))),
    ("tsunami", Expect("Ten years", "2004", has=("tsunami", "killed more than 160,000 people"), lacks=("indonesia",))),
    ("tsunami", Expect("December 26, 2004", "2004-12-26", has=("waves struck",))),
    ("tsunami", Expect("eight months later", "2005-08", has=("separatist war ended",), anchor="waves struck")),
    ("tsunami", Expect("April 2009", "2009-04", has=("reconstruction officially ended",))),
    ("tsunami", Expect("2008", "2008", has=("warning system",))),
    ("tsunami", Expect("October", "2014-10", has=("took office",))),
    # refugees: "since fighting erupted ... in April", "said that it would", "but reopened it"
    ("refugees", Expect("Thursday", "2025-05-22", has=("refugee agency",))),
    ("refugees", Expect("March", "2025-03", has=("appealed",))),
    # ("which usually begins in late June" is a habit, any year's June: XXXX-06, no event; see below)
    ("refugees", Expect("June 1", "2025-06-01", has=("world food programme would halve rations",))),
    ("refugees", Expect("a week later", "2025-04", has=("chad reopened it",), lacks=("closed",), anchor="closed")),
    ("refugees", Expect("June 10", "2025-06-10", has=("donor conference",))),
    # launch: a wire dateline before a coordinated saying, a delay history, "the day after"
    ("launch", Expect("October 3", "2025-10-03", has=("go on sale",), lacks=("cupertino",))),
    ("launch", Expect("June last year", "2024-06", has=("pushed the launch back",))),
    ("launch", Expect("February", "2025-02", has=("second delay",))),
    ("launch", Expect("Friday", "2025-09-12", has=("pre-orders open",))),
    ("launch", Expect("early next year", "2026", has=("reach europe and japan",))),
    ("launch", Expect("the day after", "2025-09-08", has=("cut the price",), anchor="shares rose")),
    # court case: a week counted back inside a saying, a year counted back
    ("courtcase", Expect("Friday", "2025-07-11", has=("testified",))),
    ("courtcase", Expect("a week", "2023-03", has=("accountant noticed irregular transfers",), anchor="discovered")),
    ("courtcase", Expect("April 2023", "2023-04", has=("moss fired vance",))),
    ("courtcase", Expect("a year", "2015", has=("talent show",), anchor="signed")),
    ("courtcase", Expect("July 28", "2025-07-28", has=("closing arguments",))),
    # exercise: phases told by "which lasts until", a saying's reported drill
    ("exercise", Expect("Wednesday", "2025-10-01", has=("nato began",))),
    ("exercise", Expect("October 10", "2025-10-10", has=("first phase lasts",))),
    ("exercise", Expect("October 15", "2025-10-15", has=("live-fire drills",))),
    ("exercise", Expect("2023", "2023", has=("nato last held an exercise",))),
    ("exercise", Expect("June", "2025-06", has=("summit", "defence spending"))),
    ("exercise", Expect("the end of the month", "2025-10", has=("return to their bases",))),
]


@pytest.mark.parametrize(("name", "expect"), EXPECTED)
def test_articles4_event(name: str, expect: Expect) -> None:
    check_event(project(name), expect)


@pytest.mark.parametrize(("name", "words", "value"), [
    ("football", ("northgate united", "three points clear"), "2025-03-09"),
    ("markets", ("wall street ended",), "2025-03-07"),
    ("refugees", ("fighting erupted in sudan's darfur region",), "2025-04"),
    ("launch", ("unveiled",), "2025-09-09"),
])
def test_articles4_titled_event(name: str, words: tuple[str, ...], value: str) -> None:
    """Events whose expression ("Sunday", "April") dates another event of the article too."""
    assert titled(project(name), *words).value == value


def test_the_fighting_is_not_the_flight() -> None:
    """"have fled into Chad since fighting erupted in Sudan's Darfur region in April": April's
    event is the fighting's start, the flight a state since then."""
    assert "fled" not in titled(project("refugees"), "fighting erupted").title.lower()


@pytest.mark.parametrize("name", list(ARTICLES))
def test_no_title_keeps_a_dateline(name: str) -> None:
    """"CUPERTINO, Calif. (Reuters) -", "BANDA ACEH, Indonesia —", "GENEVA (AP) —": no date, still a dateline."""
    for event in project(name).events.values():
        assert not any(place in event.title for place in ("CUPERTINO", "BANDA ACEH", "Indonesia —", "GENEVA")), \
            event.title


def test_sunday_working_is_no_date() -> None:
    """"Southline proposed changes to Sunday working": a kind of work, not the Sunday before."""
    assert not any(s.expression == "Sunday" for e in project("strike").events.values() for s in e.sources)


def test_the_thousands_of_a_count_do_not_cut_the_anchor_phrase() -> None:
    """"after the tsunami that killed more than 160,000 people": the phrase runs past "160,"."""
    tsunami = event_of(project("tsunami"), "Ten years")
    assert "160,000" in tsunami.title and tsunami.depends_on is not None


@pytest.mark.xfail(strict=True, reason="'the planet, known as LHS 1140 b': the engine reads a catalogue number after "
                   "capitals as the year 1140 ('Known as LHS b')")
def test_a_catalogue_number_is_no_year() -> None:
    assert not any(s.expression == "1140" for e in project("science").events.values() for s in e.sources)


@pytest.mark.xfail(strict=True, reason="'The team observed the planet ... with the James Webb Space Telescope on four "
                   "nights in December 2024 and January 2025': the title is cut to the phrase before the dates ('James "
                   "Webb Space Telescope on four nights'), not the observing")
def test_the_observations_are_titled_by_the_observing() -> None:
    check_event(project("science"), Expect("December 2024", "2024-12", has=("observed the planet",)))


def test_the_row_began_in_september() -> None:
    """"ends a row that began in September, when the council said ...": the when-clause tells what
    the beginning was; the date is the row's beginning (session 16)."""
    check_event(project("council"), Expect("September", "2024-09", has=("row began",), lacks=("ends",)))


@pytest.mark.xfail(strict=True, reason="'Council leader Anita Shah said the libraries on Mill Road and Castle Street "
                   "would shut on April 30': what was said is cut after its subject ('Council leader Anita Shah said the "
                   "libraries')")
def test_the_libraries_shut_on_april_30() -> None:
    check_event(project("council"), Expect("April 30", "2025-04-30", has=("libraries", "would shut")))


@pytest.mark.xfail(strict=True, reason="'three one-day strikes since November, the last of them on January 9': the "
                   "verbless apposition is titled 'Last of them', not the strike")
def test_the_last_strike_is_titled_as_a_strike() -> None:
    check_event(project("strike"), Expect("January 9", "2025-01-09", has=("strike",)))


@pytest.mark.xfail(strict=True, reason="'after 125,000 in January': the earlier figure compared with is titled by the "
                   "whole opening clause with February's figure ('Data released showed U.S. employers added 151,000 "
                   "jobs'); the comparison signals know 'up from', not 'after'")
def test_january_s_payrolls_are_their_own_figure() -> None:
    check_event(project("markets"), Expect("January", "2025-01", has=("125,000",)))


@pytest.mark.xfail(strict=True, reason="'In the final days before the vote, both parties plan to focus on pensioners' "
                   "is hung on 'Postal voting began' (October 24-27, before the article) instead of the election of "
                   "Thursday told later; a plan told in the present is not put before the publication")
def test_the_final_days_are_before_the_election() -> None:
    check_event(project("campaign"), Expect("the final days", "PXD", anchor="election will be held"))


@pytest.mark.xfail(strict=True, reason="'a day after a poll showed her lead had shrunk' and 'The poll, published on "
                   "Friday by YouGov' are one poll told twice in one article; in one document only near copies merge")
def test_the_poll_told_twice_is_one_event() -> None:
    assert len([e for e in project("campaign").events.values() if "poll" in e.title.lower()]) == 1


@pytest.mark.xfail(strict=True, reason="'\"I lost my wife and two sons that morning\"': the morning is the tsunami's, "
                   "told paragraphs before; the engine counts it from the last date read (April 2012), at month grain")
def test_that_morning_is_the_tsunami_s() -> None:
    check_event(project("tsunami"), Expect("that morning", "2004-12-26", has=("lost my wife",)))


@pytest.mark.xfail(strict=True, reason="'The win came four days after United were knocked out of the cup', 'The "
                   "launch came a month after ...', 'The exercise comes two weeks after ...': the subject names the "
                   "article's lead event, but the count is left unanchored (by design since 'The results come' in "
                   "articles3), so the cup exit, the settlement and the end of the Zapad drills stay undated")
def test_the_exercise_comes_two_weeks_after_the_zapad_drills() -> None:
    check_event(project("exercise"), Expect("two weeks", "2025-09-17", has=("zapad drills",)))


@pytest.mark.xfail(strict=True, reason="'NATO began ... drills that will run until October 24': a future relative "
                   "clause ending at its date is not read as the drills' ('More than 20,000 troops ... taking part')")
def test_the_drills_run_until_october_24() -> None:
    check_event(project("exercise"), Expect("October 24", "2025-10-24", has=("drills", "run")))


@pytest.mark.xfail(strict=True, reason="'The manager, Derek Vance, was charged ... in June 2023 and has pleaded not "
                   "guilty': the undated second verb stays in the title")
def test_the_charge_title_leaves_the_plea_out() -> None:
    check_event(project("courtcase"), Expect("June 2023", "2023-06", has=("charged",), lacks=("pleaded",)))


@pytest.mark.xfail(strict=True, reason="'... and said they would go on sale ... on October 3': 'they' (the glasses) is "
                   "read as the speaker, Lumen Devices ('Lumen Devices would go on sale')")
def test_the_glasses_go_on_sale() -> None:
    check_event(project("launch"), Expect("October 3", "2025-10-03", has=("glasses",)))


def test_a_season_that_usually_begins_in_june_makes_no_dated_event() -> None:
    """"The rainy season, which usually begins in late June": told as a habit, the month is any
    year's (XXXX-06, the engine's habit reading), so no event is placed in this year's June."""
    assert not any("rainy season" in e.title.lower() for e in project("refugees").events.values())
