"""Held-out news, sixth set: five articles read alone and three stories told by several outlets,
in registers the other held-out files do not use (a heat-driven power-grid failure, a war-crimes
inquiry's report with the dates of its incidents, an open-source reconstruction of a tanker's
dark voyage, a prison escape and manhunt, a chemical train derailment; a hostile takeover battle
with its bid deadlines told by three outlets, a mine collapse and its rescue by the hour told by
three, a presidential run-off counted over six days told by three), written for this file and
never tuned on. The checks are what a careful analyst expects: each dated happening's value,
words its title must and must not carry, the anchor of an event-anchored date ("hours after the
outage began", "three weeks after the sale", "six days after the vote", "hours before the
deadline"), which reports are one event across outlets, which stay apart, and where the outlets
disagree on the day (a conflict). Runs the real pipeline; known gaps are strict xfails with the
reason."""
from __future__ import annotations

import pytest

from tests.pipeline.heldout import (Article, Expect, Projects, Stories, check_event, conflict, event_of, gap, on,
                                    one, outlets)


ARTICLES: dict[str, tuple[str, str]] = {
    "blackout": ("2025-08-06", "\n\n".join((
        "A power failure left more than 2.3 million homes and businesses in Texas and Oklahoma without "
        "electricity on Tuesday afternoon as temperatures above 43C drove demand for air conditioning to a "
        "record, grid operators said.",
        "The outage began at 3:52 p.m., when two transmission lines near Waco tripped within seconds of each "
        "other, according to the Southern Plains Reliability Council. Rolling blackouts followed across 14 "
        "counties.",
        "Crews had restored power to about 1.6 million customers by midnight. The rest should be reconnected "
        "by Thursday evening, the council said on Wednesday.",
        "Demand peaked at 87,400 megawatts on Monday, breaking a record set in July 2023.",
        "At least three people died in the heat during the outage, including a 78-year-old man who was found "
        "in his apartment in Dallas on Wednesday morning.",
        "Governor Lisa Harmon declared a state of emergency hours after the outage began. The state's utility "
        "regulator said it would open an inquiry next week.",
    ))),
    "warcrimes": ("2025-05-15", "\n\n".join((
        "GENEVA (Reuters) - United Nations investigators said on Thursday they had found reasonable grounds "
        "to believe that government forces committed war crimes in the northern province of Kessa, including "
        "an air strike on a displacement camp that killed 61 people on January 19.",
        "The Independent Commission of Inquiry on Marovia said in a 94-page report that the strike on the Tal "
        "Hamra camp was carried out by two aircraft shortly after dawn.",
        "The commission also documented the execution of at least 23 men in the village of Dirwa on November "
        "3, 2024, four days after government troops retook the village from rebels.",
        "Investigators interviewed more than 300 witnesses between December and April but were refused entry "
        "to the country. The government did not respond to letters sent on March 12 and April 28.",
        "The report will be presented to the Human Rights Council in Geneva on June 17.",
        "The commission was set up in October 2023, a month after fighting resumed in the north.",
        "The government has denied targeting civilians. Its foreign ministry said last month that the "
        "January strike hit a weapons depot.",
    ))),
    "tanker": ("2025-02-21", "\n\n".join((
        "The tanker Meridian Star switched off its tracking transponder in the Gulf of Oman on January 28 and "
        "did not reappear for 11 days, according to an analysis of satellite images and shipping data by the "
        "research group Open Seas Monitor.",
        "Images taken on February 1 show the vessel moored alongside a smaller tanker off the Iranian port of "
        "Jask, in what the group said was a ship-to-ship transfer of crude oil. By February 3 the Meridian "
        "Star was riding visibly lower in the water.",
        "The ship reappeared on tracking sites on February 8, reporting its position near the Strait of "
        "Malacca and its destination as Singapore.",
        "The tanker, which is registered in Cameroon, was sold to an unnamed company in the United Arab "
        "Emirates last October. Three weeks after the sale, it changed its name from Pacific Dawn.",
        "The United States added the Meridian Star to its sanctions list on Tuesday. The ship's manager did "
        "not respond to emails sent on Wednesday.",
    ))),
    "escape": ("2025-11-14", "\n\n".join((
        "Police in Portugal on Friday recaptured the last of four inmates who escaped from a high-security "
        "prison near Lisbon, nine days after the men scaled a wall using bedsheets tied together.",
        "Joao Ferreira, 41, was arrested at a farmhouse in the Alentejo region at about 5 a.m. after a "
        "tip-off from a neighbour, police said.",
        "The four men broke out of Vale de Judeus prison on the morning of November 5, while guards were "
        "changing shifts. Two were caught in Spain the following day, and a third was found in Setubal on "
        "Sunday.",
        "The justice minister, Rita Alves, ordered an inquiry on November 6 and suspended the prison's "
        "director a week later.",
        "Ferreira was serving 25 years for the murder of a businessman in 2017. He had escaped once before, "
        "in 2009.",
    ))),
    "derailment": ("2025-03-20", "\n\n".join((
        "Residents of the Ohio town of Millbrook were allowed to return home on Wednesday, six days after a "
        "freight train carrying vinyl chloride derailed and caught fire on its outskirts.",
        "The derailment happened at 10:15 p.m. on March 13, the National Transportation Safety Board said "
        "in a preliminary report released on Wednesday.",
        "A trackside sensor had detected an overheated wheel bearing about 20 miles earlier, but the crew "
        "was not alerted until two minutes before the crash.",
        "About 1,800 people were ordered to leave their homes early on March 14. Officials carried out a "
        "controlled release of the chemical from five tank cars two days later to prevent an explosion.",
        "Great Lakes Rail said it would set up a $5 million fund for residents and pay for the testing of "
        "wells until the end of the year.",
        "The board's final report is expected in early 2027.",
    ))),
}

BIDWAR: list[Article] = [
    ("FT", "2025-09-09", """Kestrel Foods rejects £4.1bn hostile bid from Aldane

Kestrel Foods has rejected a £4.1bn hostile bid from its larger rival Aldane Group, saying the 310p-a-share offer undervalued the snack maker.

Aldane made the offer directly to shareholders on Monday, two weeks after Kestrel's board turned down a private approach at 285p.

Under UK takeover rules, Aldane must make a firm offer by 5pm on October 6 or walk away for six months.

Kestrel's shares closed up 18 per cent at 322p on Monday.
"""),
    ("Reuters", "2025-09-24", """Aldane raises Kestrel offer as rival bidder emerges

LONDON, Sept 24 (Reuters) - Aldane Group raised its hostile offer for Kestrel Foods to 340 pence a share on Tuesday, a day after U.S. private equity firm Harwell Capital said it was considering a rival bid.

Harwell has until October 20 to announce a firm offer, the Takeover Panel said. The panel extended Aldane's deadline to the same date so that both bidders face the same timetable.

Kestrel's board said it would consider the new offer and asked shareholders to take no action.
"""),
    ("Bloomberg", "2025-10-21", """Harwell wins Kestrel Foods with 365p offer after Aldane walks away

Kestrel Foods agreed on Monday to be bought by Harwell Capital for 365 pence a share, hours before the deadline set by the Takeover Panel, after Aldane Group said it would not raise its offer again.

Aldane raised its offer to 340 pence on Wednesday, Sept. 24, but won the backing of only 11% of Kestrel's shareholders.

Aldane first approached Kestrel in late August. The deal is expected to close in the first quarter of 2026.
"""),
]

MINE: list[Article] = [
    ("AP", "2025-07-09", """Rescuers race to reach 9 miners trapped in Chilean copper mine

COPIAPO, Chile (AP) — Rescuers drilled through the night to reach nine miners trapped 450 meters underground since a tunnel collapsed at the San Rafael copper mine on Monday evening.

The collapse happened at about 7:30 p.m., shortly after the night shift began, the mine's operator said. Contact with the miners was made through a ventilation shaft about nine hours after the collapse.

Mining Minister Carla Rojas said on Tuesday that a borehole should reach the men by Thursday morning.
"""),
    ("BBC", "2025-07-10", """Chile mine: All nine trapped miners brought to surface

All nine miners trapped in a copper mine in northern Chile have been brought to the surface alive, 58 hours after the tunnel collapsed.

The first man, 34-year-old Luis Araya, emerged at 2:10 a.m. local time on Thursday, and the last shortly before 6 a.m.

The men had been trapped since Monday evening, when a section of tunnel collapsed at the San Rafael mine near Copiapo.

President Gabriel Munoz said he would visit the mine on Friday. An investigation into the cause of the collapse was opened on Wednesday.
"""),
    ("Reuters", "2025-07-14", """Chile orders closure of San Rafael mine after collapse

SANTIAGO, July 14 (Reuters) - Chile's mining regulator ordered the San Rafael copper mine closed on Monday, a week after a tunnel collapse trapped nine miners for nearly three days.

Inspectors found that the mine's owner had ignored a warning about cracks in the tunnel roof issued on June 30, the regulator said.

The miners were rescued on Wednesday night. Two of them remain in hospital.
"""),
]

COUNT: list[Article] = [
    ("AFP", "2025-10-13", """Tirenia counts votes in tight presidential run-off

Tirenians voted on Sunday in a presidential run-off between incumbent Pavel Dragan and former central bank governor Irina Vasko, and counting began after polls closed at 8 p.m.

The electoral commission warned that full results could take up to five days.

Vasko led the first round on September 28 with 44 percent. Turnout was 61 percent, up from 52 percent in the first round.
"""),
    ("Reuters", "2025-10-15", """Vasko takes narrow lead as Tirenia count drags on

Opposition candidate Irina Vasko took a narrow lead on Tuesday with 78 percent of ballots counted, two days after the run-off, the electoral commission said.

Dragan had led in early results published on Monday morning. His campaign filed a request for a recount in three rural districts on Wednesday, accusing the commission of delays.

The commission said it expected to announce final results on Friday.
"""),
    ("AP", "2025-10-18", """Vasko declared winner of Tirenia's presidential election

The electoral commission declared Irina Vasko the winner of Tirenia's presidential run-off on Saturday, six days after the vote, with 50.9 percent.

The announcement came a day later than the commission had promised, after Dragan's campaign filed a request for a recount in three districts on Tuesday. The partial recount began on Thursday.

Dragan conceded hours after the result was announced. Vasko will be sworn in on November 4.
"""),
]
STORIES: dict[str, list[Article]] = {"bidwar": BIDWAR, "mine": MINE, "count": COUNT}

project = Projects(ARTICLES)
story = Stories(STORIES)


def test_texts_are_unique() -> None:
    texts = [text for _, text in ARTICLES.values()] + [text for told in STORIES.values() for _, _, text in told]
    assert len(texts) == len(set(texts))


EXPECTED: list[tuple[str, Expect]] = [
    # blackout: an afternoon's failure, its minute, "hours after the outage began", a record's day
    ("blackout", Expect("Tuesday afternoon", "2025-08-05TAF", has=("power failure left",))),
    ("blackout", Expect("3:52 p.m.", "2025-08-05T15:52", has=("outage began",))),
    ("blackout", Expect("hours", "2025-08-05", has=("declared a state of emergency",), anchor="outage began")),
    ("blackout", Expect("midnight", "2025-08-05T24:00", has=("restored power",))),
    ("blackout", Expect("Thursday evening", "2025-08-07TEV", has=("rest should be reconnected",))),
    ("blackout", Expect("Monday", "2025-08-04", has=("demand peaked",), lacks=("record",))),
    ("blackout", Expect("Wednesday morning", "2025-08-06TMO", has=("78-year-old man", "found in his apartment"))),
    ("blackout", Expect("next week", "2025-W33", has=("regulator would open an inquiry",))),
    # warcrimes: an incident by its day, a village retaken four days before an execution, an
    # inquiry set up a month after fighting resumed, a report still to be presented
    ("warcrimes", Expect("January 19", "2025-01-19", has=("air strike on a displacement camp killed 61 people",))),
    ("warcrimes", Expect("November 3, 2024", "2024-11-03", has=("execution of at least 23 men",))),
    ("warcrimes", Expect("four days", "2024-10-30", has=("troops retook the village",), anchor="execution")),
    ("warcrimes", Expect("December and April", "2024-12/2025-04", has=("interviewed more than 300 witnesses",))),
    ("warcrimes", Expect("March 12", "2025-03-12", has=("letters sent",))),
    ("warcrimes", Expect("April 28", "2025-04-28", has=("letters sent",))),
    ("warcrimes", Expect("June 17", "2025-06-17", has=("presented to the human rights council",))),
    ("warcrimes", Expect("October 2023", "2023-10", has=("commission was set up",))),
    ("warcrimes", Expect("a month", "2023-09", has=("fighting resumed",), anchor="commission was set up")),
    ("warcrimes", Expect("Thursday", "2025-05-15", has=("investigators", "found reasonable grounds"))),
    ("warcrimes", Expect("January", "2025-01", has=("strike hit a weapons depot",))),
    # tanker: a transponder switched off, a transfer seen by satellite, a reappearance, a sale and
    # a renaming "three weeks after the sale"
    ("tanker", Expect("January 28", "2025-01-28", has=("switched off its tracking transponder",))),
    ("tanker", Expect("February 1", "2025-02-01", has=("moored alongside a smaller tanker",))),
    ("tanker", Expect("February 3", "2025-02-03", has=("riding visibly lower",))),
    ("tanker", Expect("February 8", "2025-02-08", has=("ship reappeared",))),
    ("tanker", Expect("last October", "2024-10", has=("tanker was sold",))),
    ("tanker", Expect("Three weeks", "2024-11", has=("changed its name",), anchor="sold")),
    ("tanker", Expect("Wednesday", "2025-02-19", has=("did not respond to emails",))),
    # escape: a recapture counted back to the breakout, the days of the manhunt, an inquiry and a
    # suspension "a week later"
    ("escape", Expect("Friday", "2025-11-14", has=("recaptured the last of four inmates",))),
    ("escape", Expect("nine days", "2025-11-05", has=("men scaled a wall",), anchor="recaptured")),
    ("escape", Expect("5 a.m.", "2025-11-14T05:00", has=("ferreira was arrested at a farmhouse",))),
    ("escape", Expect("November 5", "2025-11-05", has=("four men broke out",))),
    ("escape", Expect("the following day", "2025-11-06", has=("two were caught in spain",), anchor="broke out")),
    ("escape", Expect("Sunday", "2025-11-09", has=("third was found in setubal",))),
    ("escape", Expect("November 6", "2025-11-06", has=("ordered an inquiry",), lacks=("suspended",))),
    ("escape", Expect("a week later", "2025-11-13", has=("suspended the prison's director",), anchor="inquiry")),
    ("escape", Expect("2017", "2017", has=("murder of a businessman",))),
    ("escape", Expect("2009", "2009", has=("escaped",))),
    # derailment: residents home six days after the derailment, its minute, an evacuation and a
    # controlled release two days later, a report still to come
    ("derailment", Expect("six days", "2025-03-13", has=("freight train", "derailed"), anchor="return home")),
    ("derailment", Expect("10:15 p.m. on March 13", "2025-03-13T22:15", has=("derailment happened",))),
    ("derailment", Expect("March 14", "2025-03-14", has=("ordered to leave their homes",))),
    ("derailment", Expect("two days later", "2025-03-16", has=("controlled release",), anchor="leave their homes")),
    ("derailment", Expect("early 2027", "2027", has=("final report is expected",))),
]


@pytest.mark.parametrize(("name", "expect"), EXPECTED)
def test_articles6_event(name: str, expect: Expect) -> None:
    check_event(project(name), expect)


def test_the_return_home_and_the_report_are_two_events_of_wednesday() -> None:
    """"Residents ... were allowed to return home on Wednesday" and "the National Transportation
    Safety Board said in a preliminary report released on Wednesday": two happenings of one day."""
    titles = sorted(e.title for e in on(project("derailment"), "2025-03-19"))
    assert titles == ["Preliminary report released",
                      "Residents of the Ohio town of Millbrook were allowed to return home"]


def test_a_length_of_silence_makes_no_dated_event() -> None:
    """"did not reappear for 11 days": a length, not a date."""
    assert not any(e.value == "P11D" or "did not reappear" in e.title for e in project("tanker").events.values())


@gap("'breaking a record set in July 2023': the irregular participle 'set' after '-ing' and its object is not "
     "read as the record's own clause, so the title is 'Demand peaked at 87,400 megawatts, breaking a record set'")
def test_the_record_of_july_2023_is_the_record_set() -> None:
    check_event(project("blackout"), Expect("July 2023", "2023-07", has=("record set",), lacks=("demand", "peaked")))


def test_the_man_found_on_wednesday_has_no_relative_pronoun() -> None:
    """"..., including a 78-year-old man who was found in his apartment in Dallas on Wednesday
    morning": the noun does the relative clause's verb (was "78-year-old man who was found ...")."""
    assert event_of(project("blackout"), "Wednesday morning").title == "78-year-old man was found in his apartment in Dallas"


def test_the_sanctions_listing_is_last_tuesday() -> None:
    check_event(project("tanker"), Expect("Tuesday", "2025-02-18", has=("added the meridian star",)))


@gap("'It changed its name from Pacific Dawn' keeps its pronoun: the subject of the sentence before ('The "
     "tanker') is not put in its place")
def test_the_renaming_names_the_tanker() -> None:
    check_event(project("tanker"), Expect("Three weeks", "2024-11", has=("tanker changed its name",)))


@gap("'and pay for the testing of wells until the end of the year': the date of the second verb is titled by the "
     "first ('Great Lakes Rail would set up a $5 million fund')")
def test_the_well_testing_runs_until_the_end_of_the_year() -> None:
    check_event(project("derailment"), Expect("the end of the year", "2025", has=("testing of wells",),
                                               lacks=("fund",)))


@gap("'the crew was not alerted until two minutes before the crash': 'the crash' names the derailment by no word "
     "of its title, so the offset stays unanchored, an event dated by a bare length (PT2M)")
def test_two_minutes_before_the_crash_is_anchored() -> None:
    check_event(project("derailment"), Expect("two minutes", "2025-03-13T22:13", anchor="derailment"))


# --- the bid battle: a hostile offer, a raised offer told as Tuesday and as Wednesday, a deadline -----

def test_bidwar_offer_and_the_approach_turned_down_two_weeks_before() -> None:
    """FT: "Aldane made the offer directly to shareholders on Monday, two weeks after Kestrel's board
    turned down a private approach at 285p"."""
    project_, ids = story("bidwar")
    offer = one(project_, "made the offer")
    assert offer.value == "2025-09-08" and outlets(offer, ids) == {"FT"}
    approach = one(project_, "turned down a private approach")
    assert approach.value == "2025-08-25" and approach.depends_on is not None
    assert "made the offer" in project_.events[approach.depends_on.anchor_id].title
    assert one(project_, "shares closed up").value == "2025-09-08"
    assert one(project_, "firm offer or walk away").value == "2025-10-06T17:00"
    assert one(project_, "first approached").value == "2025-08"


def test_bidwar_raised_offer_told_by_two_outlets_is_one_event_in_conflict() -> None:
    """Reuters: "raised its hostile offer ... on Tuesday" (Sept 23); Bloomberg: "raised its offer to
    340 pence on Wednesday, Sept. 24": one raise, the outlets a day apart."""
    project_, ids = story("bidwar")
    raised = one(project_, "raised its hostile offer")
    assert outlets(raised, ids) == {"Reuters", "Bloomberg"}
    assert conflict(raised) == ["2025-09-23", "2025-09-24"]


def test_bidwar_rival_interest_a_day_before_the_raise() -> None:
    """"a day after U.S. private equity firm Harwell Capital said it was considering a rival bid"."""
    project_, _ = story("bidwar")
    rival = one(project_, "considering")
    assert rival.value == "2025-09-22" and rival.depends_on is not None
    assert "raised" in project_.events[rival.depends_on.anchor_id].title


def test_bidwar_agreement_and_the_deadline_hours_after_it() -> None:
    """Bloomberg: "agreed on Monday to be bought by Harwell Capital for 365 pence a share, hours
    before the deadline set by the Takeover Panel": the agreement is Monday's, and the offset
    dates the deadline (that Monday), not a bare length (was PTXH, titled by the agreement)."""
    project_, ids = story("bidwar")
    agreed = one(project_, "agreed to be bought")
    assert agreed.value == "2025-10-20" and outlets(agreed, ids) == {"Bloomberg"}
    deadline = event_of(project_, "hours")
    assert deadline.value == "2025-10-20" and "deadline" in deadline.title.lower()
    assert "agreed" not in deadline.title and not on(project_, "PTXH")
    assert one(project_, "expected to close").value == "2026-Q1"


@gap("Bloomberg's 'the deadline set by the Takeover Panel' (October 20) and Reuters' 'Harwell has until October 20 "
     "to announce a firm offer, the Takeover Panel said' are one deadline; the titles share no word")
def test_bidwar_the_deadline_is_one_event() -> None:
    project_, ids = story("bidwar")
    assert outlets(event_of(project_, "hours"), ids) == {"Reuters", "Bloomberg"}


# --- the mine: Monday evening's collapse told three ways, contact by the hour, a rescue told as ------
# --- Wednesday night and Thursday -----------------------------------------------------------------

def test_mine_collapse_told_three_ways_is_one_event() -> None:
    """AP's "since a tunnel collapsed ... on Monday evening", the BBC's "trapped since Monday evening,
    when a section of tunnel collapsed" and Reuters' "a week after a tunnel collapse trapped nine
    miners" (its Monday, July 14)."""
    project_, ids = story("mine")
    (collapse,) = on(project_, "2025-07-07TEV")
    assert "collapsed" in collapse.title and outlets(collapse, ids) == {"AP", "BBC", "Reuters"}
    assert conflict(collapse) == []


def test_mine_contact_hours_after_the_collapse() -> None:
    """"Contact with the miners was made through a ventilation shaft about nine hours after the
    collapse" (which "happened at about 7:30 p.m."): 4:30 a.m. on Tuesday."""
    project_, _ = story("mine")
    contact = one(project_, "contact with the miners")
    assert contact.value == "2025-07-08T04:30" and contact.depends_on is not None
    assert "collapse" in project_.events[contact.depends_on.anchor_id].title.lower()


def test_mine_other_events() -> None:
    project_, ids = story("mine")
    assert one(project_, "brought to the surface").value == "2025-07-10"
    assert one(project_, "borehole should reach").value == "2025-07-10TMO"
    assert one(project_, "investigation into the cause").value == "2025-07-09"
    assert one(project_, "visit the mine").value == "2025-07-11"
    closed = one(project_, "ordered the san rafael copper mine closed")
    assert closed.value == "2025-07-14" and outlets(closed, ids) == {"Reuters"}
    warning = one(project_, "warning about cracks")
    assert warning.value == "2025-06-30" and warning.title == "Warning about cracks in the tunnel roof issued"


@gap("AP's 'The collapse happened at about 7:30 p.m.' and 'a tunnel collapsed ... on Monday evening' are one "
     "collapse told twice in one article (the minute within the evening); in one document only near copies merge")
def test_mine_the_collapse_s_minute_is_the_collapse() -> None:
    project_, _ = story("mine")
    assert len([e for e in project_.events.values() if "collapse" in e.title.lower()
                and e.value and e.value.startswith("2025-07-07")]) == 1


@gap("Reuters' 'The miners were rescued on Wednesday night' and the BBC's 'brought to the surface ... on Thursday' "
     "(2:10 to 6 a.m.) are one rescue the outlets date differently; the titles share only 'miners', so they stay "
     "apart with no conflict")
def test_mine_rescue_is_one_event_in_conflict() -> None:
    project_, ids = story("mine")
    rescue = one(project_, "rescued")
    assert outlets(rescue, ids) == {"BBC", "Reuters"} and conflict(rescue) != []


@gap("'The first man, 34-year-old Luis Araya, emerged at 2:10 a.m. ..., and the last shortly before 6 a.m.': the "
     "elided second verb is not read, so 6 a.m. is titled by the apposition ('34-year-old Luis Araya') and 2:10 "
     "keeps 'and the last ...'")
def test_mine_first_and_last_man_out() -> None:
    project_, _ = story("mine")
    assert "last" not in event_of(project_, "2:10 a.m.").title.lower()
    assert "last" in event_of(project_, "6 a.m.").title.lower()


# --- the count: a run-off, a lead two days later, a recount request told as Wednesday and Tuesday ---

def test_count_the_vote_counted_back_to_twice_is_one_event() -> None:
    """AFP: "Tirenians voted on Sunday"; Reuters: "took a narrow lead on Tuesday ..., two days after
    the run-off" (past "with 78 percent of ballots counted": the offset dates the run-off, making no
    second lead); AP: "declared ... the winner ... on Saturday, six days after the vote"."""
    project_, ids = story("count")
    vote = one(project_, "voted")
    assert vote.value == "2025-10-12" and outlets(vote, ids) == {"AFP", "Reuters", "AP"}
    (lead,) = [e for e in project_.events.values() if "narrow lead" in e.title]
    assert lead.value == "2025-10-14"


def test_count_recount_request_is_one_event_in_conflict() -> None:
    """Reuters: "filed a request for a recount ... on Wednesday"; AP: "filed a request for a recount
    in three districts on Tuesday"."""
    project_, ids = story("count")
    request = one(project_, "request for a recount")
    assert outlets(request, ids) == {"Reuters", "AP"} and conflict(request) == ["2025-10-14", "2025-10-15"]
    assert one(project_, "partial recount began").value == "2025-10-16"


def test_count_the_concession_is_on_the_day_of_the_declaration() -> None:
    """AP: "Dragan conceded hours after the result was announced": the announcement told (the
    declaration on Saturday), not Reuters' plan ("expected to announce final results on Friday"),
    and the day, not the bare length PTXH."""
    project_, _ = story("count")
    conceded = one(project_, "conceded")
    assert conceded.value == "2025-10-18" and conceded.depends_on is not None
    assert "declared" in project_.events[conceded.depends_on.anchor_id].title


def test_count_other_events() -> None:
    project_, ids = story("count")
    assert one(project_, "first round").value == "2025-09-28"
    assert one(project_, "polls closed").value == "2025-10-12T20:00"
    assert one(project_, "early results").value == "2025-10-13TMO"
    assert one(project_, "expected to announce").value == "2025-10-17"
    declared = one(project_, "declared irina vasko the winner")
    assert declared.value == "2025-10-18" and outlets(declared, ids) == {"AP"}
    assert one(project_, "sworn in").value == "2025-11-04"


def test_no_event_from_a_dateline() -> None:
    """"LONDON, Sept 24 (Reuters) -", "SANTIAGO, July 14 (Reuters) -", "COPIAPO, Chile (AP) —"."""
    for name in STORIES:
        project_, _ = story(name)
        assert not any(s.expression in ("Sept 24", "July 14") for e in project_.events.values() for s in e.sources)
