"""Held-out news, fifth set: five articles read alone and three stories told by several outlets,
in registers the other held-out files do not use (a party leadership contest's timetable, a
salmonella outbreak traced to a recalled crop, a bill's passage through parliament, a heatwave, a
search for missing hikers; a football transfer saga, a volcano closing an airport, a lunar
lander's scrubbed and retried launch), written for this file and never tuned on. The checks are
what a careful analyst expects: each dated happening's value, words its title must and must not
carry, the anchor of an event-anchored date ("three days after the recall was announced", "a week
before the party's annual conference", "since the heatwave began"), which reports are one event
across outlets and which stay apart. Runs the real pipeline; known gaps are strict xfails with the
reason."""
from __future__ import annotations

import pytest

from tests.pipeline.heldout import (Article, Expect, Projects, Stories, check_event, conflict, event_of, gap, on,
                                    one, outlets)
from timeline_app.core.event import Event


ARTICLES: dict[str, tuple[str, str]] = {
    "leadership": ("2025-06-28", "\n\n".join((
        "Prime Minister Alan Whitmore announced his resignation as leader of the Progressive Party on Friday,"
        " two days after the party lost more than 400 council seats in local elections.",
        "Whitmore, 61, will stay on as prime minister until his successor is chosen. He has led the party "
        "since March 2019, when he beat three rivals in a ballot of members.",
        "The party's executive said on Saturday that nominations would open on Monday and close on July 10. "
        "Candidates need the backing of 20 members of parliament to make the ballot.",
        "Members will vote by post from August 4, and the result will be announced on September 12, a week "
        "before the party's annual conference in Manchester.",
        "Foreign Secretary Helen Marsh, who came second to Whitmore six years ago, launched her campaign on "
        "Saturday morning. Health Secretary Omar Bashir is expected to declare on Tuesday.",
        "The last time the party changed leader between general elections was in 2011.",
    ))),
    "salmonella": ("2025-10-17", "\n\n".join((
        "Health officials have linked 214 cases of salmonella in nine states to cucumbers grown by a farm in "
        "Sinaloa, Mexico, the Centers for Disease Control and Prevention said on Thursday.",
        "The number of cases has more than doubled since the agency first reported the outbreak on September "
        "26, when it counted 97 illnesses. Forty-three people have been taken to hospital. No deaths have been "
        "reported.",
        "Illnesses began between August 28 and October 3, the CDC said. Cases reported in the past two weeks "
        "may not yet be counted because it takes three to four weeks to confirm a case.",
        "Verde Valle Produce recalled all cucumbers shipped from its Sinaloa farm on October 2. Three days "
        "after the recall was announced, two supermarket chains pulled salads containing the cucumbers from "
        "their shelves.",
        "Inspectors from the Food and Drug Administration visited the farm last week and took water samples, "
        "which are still being tested.",
        "A similar outbreak linked to cucumbers sickened more than 900 people in 2015.",
    ))),
    "bill": ("2025-03-27", "\n\n".join((
        "The Online Safety (Children) Bill cleared its final hurdle in the House of Commons on Wednesday "
        "evening, when MPs backed it at third reading by 342 votes to 198.",
        "The bill, introduced by Technology Secretary Priya Nair in October, would require social media "
        "platforms to verify the age of users and ban under-13s from opening accounts.",
        "It passed its second reading on November 19 after a six-hour debate. A committee of MPs then "
        "examined it line by line over eight weeks, finishing on February 6.",
        "The bill now goes to the House of Lords, where its second reading is scheduled for April 8. "
        "Ministers hope it will receive royal assent before the summer recess, which begins on July 22.",
        "Platforms will have 12 months after royal assent to comply.",
        "A similar bill was dropped in 2022, a month before it was due to be debated, after a change of "
        "prime minister.",
    ))),
    "heatwave": ("2025-07-16", "\n\n".join((
        "Temperatures reached 46.2C in Seville on Tuesday, the highest ever recorded in the city, as a "
        "heatwave that began on July 6 tightened its grip on southern Spain.",
        "The previous record of 45.8C was set in August 2021.",
        "The state weather agency AEMET said on Wednesday the heat would last at least until Sunday and "
        "issued red warnings for Andalusia and Extremadura.",
        "At least 38 deaths have been attributed to the heat since the heatwave began, the health ministry "
        "said. A 54-year-old street cleaner collapsed and died in Madrid on Saturday.",
        "Firefighters have battled more than 60 wildfires since Friday. A blaze near Huelva forced the "
        "evacuation of 3,000 people on Monday night.",
        "Madrid's regional government closed parks on Wednesday afternoon and moved school summer camps "
        "indoors until further notice.",
    ))),
    "search": ("2025-09-20", "\n\n".join((
        "Rescuers found two missing hikers alive in the Cairngorms on Friday, five days after they set off "
        "to climb Ben Macdui, police said.",
        "Emma Dunbar, 27, and Rory Quinn, 29, were spotted by a coastguard helicopter in a bothy near Loch "
        "Etchachan shortly after 2 p.m. They were taken to Raigmore Hospital in Inverness with hypothermia.",
        "The pair left a car park at Glenmore on Sunday morning and were reported missing by Quinn's brother "
        "on Monday evening when they failed to return.",
        "More than 80 volunteers from four mountain rescue teams had joined the search, which was hampered by "
        "snow and gales on Wednesday and Thursday.",
        "Police Scotland said the hikers had sheltered in the bothy since Tuesday after losing their way in "
        "low cloud.",
        "In January 2024, a climber died on the same mountain after falling through a cornice.",
    ))),
}

TRANSFER: list[Article] = [
    ("Sky Sports", "2025-08-12", """Harbour City reject second bid for Kerr

Harbour City have rejected a second bid from Westbridge for midfielder Daniel Kerr, worth up to £48m including add-ons, Sky Sports News understands.

The offer was made on Monday, five days after City turned down an opening bid of £38m.

Kerr, 24, has two years left on his contract. He handed in a transfer request on Sunday.

The transfer window closes on September 1.
"""),
    ("Guardian", "2025-08-16", """Westbridge agree £52m fee for Daniel Kerr

Westbridge have agreed a fee of £52m with Harbour City for Daniel Kerr, ending a saga that began in July when the midfielder first said he wanted to leave.

The clubs reached an agreement on Friday night, three days after City rejected a £48m offer. Kerr is due to have a medical on Sunday.

City signed Kerr from Kingsport for £6m in 2021.
"""),
    ("BBC", "2025-08-18", """Kerr completes record move to Westbridge

Westbridge have completed the signing of Daniel Kerr from Harbour City on a five-year contract for a club-record fee of £52m.

The 24-year-old passed a medical on Monday, a day later than planned, three days after the clubs agreed the fee.

He could make his debut against Northgate on Saturday.
"""),
]

VOLCANO: list[Article] = [
    ("Reuters", "2025-11-03", """Etna erupts, Catania airport closed

CATANIA, Italy, Nov 3 (Reuters) - Mount Etna erupted on Sunday night, sending a column of ash 8 km into the sky and forcing the closure of Catania airport, Italy's volcanology institute said.

Lava flowed down the volcano's southeastern flank but posed no threat to villages, officials said.

About 140 flights were cancelled on Monday. The airport will stay closed at least until Tuesday morning.

Etna last erupted in August.
"""),
    ("ANSA", "2025-11-06", """Catania airport reopens as Etna calms

Catania airport reopened on Wednesday, three days after the eruption of Mount Etna began, as winds carried the ash cloud out to sea.

Airlines added 30 extra flights on Wednesday and Thursday to clear the backlog.

The institute said lava fountaining stopped on Tuesday afternoon.
"""),
    ("AP", "2025-11-11", """Etna erupts again, a week after airport shutdown

ROME (AP) — Mount Etna erupted again on Monday, eight days after an eruption that closed Catania airport for three days.

The airport stayed open this time because the wind blew the ash east over the sea.

Sicily's regional government declared a state of emergency on Friday for towns on the volcano's slopes covered in ash.
"""),
]

LAUNCH: list[Article] = [
    ("SpaceNews", "2025-04-09", """Artemis lander test launch scrubbed over valve fault

CAPE CANAVERAL, Fla. — The launch of the Horizon lunar lander test flight was scrubbed on Tuesday, 40 seconds before liftoff, after a sensor detected a fault in a valve on the rocket's upper stage.

Orion Launch Services said it would try again no earlier than Thursday.

The mission was first scheduled to fly in December but slipped twice.
"""),
    ("AP", "2025-04-10", """Lunar lander launches on second try

CAPE CANAVERAL, Fla. (AP) — The Horizon lunar lander lifted off from Cape Canaveral on Thursday, two days after a valve fault halted its first launch attempt with seconds to go.

The uncrewed lander is due to reach lunar orbit on April 15 and attempt a landing near the moon's south pole three days later.

Engineers replaced the valve on Wednesday.
"""),
    ("Reuters", "2025-04-18", """Horizon lander touches down near lunar south pole

April 18 (Reuters) - The Horizon lander touched down near the moon's south pole on Friday, eight days after it was launched from Florida.

The lander entered lunar orbit on Tuesday, as planned.

Orion's shares rose 14% on Friday.
"""),
]
STORIES: dict[str, list[Article]] = {"transfer": TRANSFER, "volcano": VOLCANO, "launch": LAUNCH}

project = Projects(ARTICLES)
story = Stories(STORIES)


def test_texts_are_unique() -> None:
    texts = [text for _, text in ARTICLES.values()] + [text for told in STORIES.values() for _, _, text in told]
    assert len(texts) == len(set(texts))


EXPECTED: list[tuple[str, Expect]] = [
    # leadership: a resignation counted back to the local elections, a contest's timetable told
    # by its executive, a result "a week before" the conference
    ("leadership", Expect("Friday", "2025-06-27", has=("whitmore announced his resignation",))),
    ("leadership", Expect("two days", "2025-06-25", has=("party lost", "council seats"), anchor="resignation")),
    ("leadership", Expect("March 2019", "2019-03", has=("led the party",))),
    ("leadership", Expect("Monday", "2025-06-30", has=("nominations would open",), lacks=("close",))),
    ("leadership", Expect("July 10", "2025-07-10", has=("nominations would close",), lacks=("open",))),
    ("leadership", Expect("August 4", "2025-08-04", has=("vote by post",))),
    ("leadership", Expect("September 12", "2025-09-12", has=("result will be announced",))),
    ("leadership", Expect("a week", "2025-09-19", has=("annual conference",), anchor="result will be announced")),
    ("leadership", Expect("Saturday morning", "2025-06-28TMO", has=("helen marsh launched her campaign",))),
    ("leadership", Expect("Tuesday", "2025-07-01", has=("omar bashir", "declare"))),
    ("leadership", Expect("six years ago", "2019", has=("came second to whitmore",))),
    # salmonella: a report date, a span of illness onsets, a recall and what followed it
    ("salmonella", Expect("September 26", "2025-09-26", has=("first reported the outbreak",))),
    ("salmonella", Expect("August 28 and October 3", "2025-08-28/2025-10-03", has=("illnesses began",))),
    ("salmonella", Expect("October 2", "2025-10-02", has=("verde valle produce recalled",))),
    ("salmonella", Expect("Three days", "2025-10-05", has=("supermarket chains pulled salads",),
                          anchor="recalled all cucumbers")),
    ("salmonella", Expect("last week", "2025-W41", has=("inspectors visited the farm",))),
    ("salmonella", Expect("2015", "2015", has=("similar outbreak",))),
    # bill: readings and stages, a scheduled Lords reading, a relative clause's recess,
    # "a month before it was due to be debated"
    ("bill", Expect("Wednesday evening", "2025-03-26TEV", has=("bill cleared its final hurdle",))),
    ("bill", Expect("October", "2024-10", has=("introduced by technology secretary",))),
    ("bill", Expect("November 19", "2024-11-19", has=("passed its second reading",))),
    ("bill", Expect("February 6", "2025-02-06", has=("committee of mps",))),
    ("bill", Expect("April 8", "2025-04-08", has=("second reading is scheduled",))),
    ("bill", Expect("July 22", "2025-07-22", has=("recess begins",))),
    ("bill", Expect("2022", "2022", has=("similar bill was dropped",))),
    ("bill", Expect("a month", "2022", has=("due to be debated",), anchor="dropped")),
    # heatwave: "since the heatwave began", a record year, a saying's "at least until Sunday"
    ("heatwave", Expect("Tuesday", "2025-07-15", has=("temperatures reached 46.2c in seville",))),
    ("heatwave", Expect("July 6", "2025-07-06", has=("heatwave began",))),
    ("heatwave", Expect("August 2021", "2021-08", has=("previous record",))),
    ("heatwave", Expect("Sunday", "2025-07-20", has=("heat would last",), lacks=("least", "issued", "warnings"))),
    ("heatwave", Expect("since", "2025-07-06", has=("38 deaths",), anchor="heatwave began")),
    ("heatwave", Expect("Saturday", "2025-07-12", has=("street cleaner collapsed and died",))),
    ("heatwave", Expect("Friday", "2025-07-11", has=("firefighters have battled",))),
    ("heatwave", Expect("Monday night", "2025-07-14TNI", has=("blaze near huelva",))),
    ("heatwave", Expect("Wednesday afternoon", "2025-07-16TAF", has=("closed parks",))),
    # search: five days counted back to the set-off, a relative clause's hampered search
    ("search", Expect("Friday", "2025-09-19", has=("rescuers found two missing hikers",))),
    ("search", Expect("five days", "2025-09-14", has=("set off to climb ben macdui",), anchor="rescuers found")),
    ("search", Expect("2 p.m.", "2025-09-19T14:00", has=("spotted by a coastguard helicopter",))),
    ("search", Expect("Sunday morning", "2025-09-14TMO", has=("left a car park at glenmore",))),
    ("search", Expect("Monday evening", "2025-09-15TEV", has=("reported missing",))),
    ("search", Expect("Wednesday", "2025-09-17", has=("search was hampered",))),
    ("search", Expect("Thursday", "2025-09-18", has=("search was hampered",))),
    ("search", Expect("Tuesday", "2025-09-16", has=("hikers had sheltered in the bothy",))),
    ("search", Expect("January 2024", "2024-01", has=("climber died",))),
]


@pytest.mark.parametrize(("name", "expect"), EXPECTED)
def test_articles5_event(name: str, expect: Expect) -> None:
    check_event(project(name), expect)


@gap("'The last time the party changed leader between general elections was in 2011': the cleft frame keeps "
     "its copula and article ('Last time the party changed leader between general elections was')")
def test_the_last_leadership_change_is_titled_by_the_change() -> None:
    check_event(project("leadership"), Expect("2011", "2011", has=("party changed leader",), lacks=("was", "time")))


@gap("'Health officials have linked 214 cases ..., the Centers for Disease Control and Prevention said on "
     "Thursday': what was said before a long speaker name is left as the saying ('Centers for Disease Control "
     "and Prevention said')")
def test_the_cdc_s_thursday_is_the_count() -> None:
    check_event(project("salmonella"), Expect("Thursday", "2025-10-16", has=("linked 214 cases",)))


@gap("'Ministers hope it will receive royal assent before the summer recess, which begins on July 22': 'the "
     "summer' is cut out of 'the summer recess', leaving 'Ministers hope it will receive royal assent recess'")
def test_royal_assent_before_the_summer_recess() -> None:
    event = event_of(project("bill"), "the summer")
    assert "royal assent" in event.title.lower() and not event.title.lower().endswith("recess")


@gap("'Platforms will have 12 months after royal assent to comply': the title stops at 'will have' (the "
     "infinitive after the cut count is lost)")
def test_platforms_comply_twelve_months_after_royal_assent() -> None:
    check_event(project("bill"), Expect("12 months", "2026-07", has=("comply",), anchor="royal assent"))


@gap("'Emma Dunbar, 27, and Rory Quinn, 29, were spotted': the ages set off by commas cut the coordinated "
     "subject to its first name ('Emma Dunbar were spotted')")
def test_both_hikers_are_spotted() -> None:
    check_event(project("search"), Expect("2 p.m.", "2025-09-19T14:00", has=("emma dunbar and rory quinn",)))


def test_the_search_is_titled_by_its_noun() -> None:
    """"had joined the search, which was hampered by snow and gales on Wednesday and Thursday":
    the relative clause's subject is "the search" (a noun phrase opens at its determiner), and
    each listed day is the title's without the other ("Search was hampered by snow and gales")."""
    for event in on(project("search"), "2025-09-17") + on(project("search"), "2025-09-18"):
        assert event.title == "Search was hampered by snow and gales"


def test_a_duration_told_as_the_past_weeks_makes_no_dated_event() -> None:
    """"Cases reported in the past two weeks may not yet be counted": a length up to now, never
    a calendar date."""
    assert not any(e.value and e.value[:1].isdigit() and "cases reported" in e.title.lower()
                   for e in project("salmonella").events.values())


# --- the transfer saga: bids, a fee agreed, a medical a day late --------------------------------

def _value_and_outlets(event: Event, ids: dict[str, str]) -> tuple[str | None, set[str]]:
    return event.value, outlets(event, ids)


def test_transfer_bids_and_their_anchors() -> None:
    """Sky: "The offer was made on Monday, five days after City turned down an opening bid";
    the Guardian: "three days after City rejected a £48m offer" (Tuesday, Sky's publication day)."""
    project_, ids = story("transfer")
    assert _value_and_outlets(one(project_, "offer was made"), ids) == ("2025-08-11", {"Sky Sports"})
    opening = one(project_, "opening bid")
    assert opening.value == "2025-08-06" and opening.depends_on is not None
    assert "offer was made" in project_.events[opening.depends_on.anchor_id].title.lower()
    rejected = one(project_, "rejected a £48m offer")
    assert rejected.value == "2025-08-12" and rejected.depends_on is not None
    assert "agreement" in project_.events[rejected.depends_on.anchor_id].title.lower()
    assert one(project_, "transfer request").value == "2025-08-10"
    assert one(project_, "transfer window closes").value == "2025-09-01"


def test_transfer_the_saga_began_in_july() -> None:
    """"ending a saga that began in July when the midfielder first said he wanted to leave": July
    is the saga's beginning, not the fee (was "Westbridge have agreed a fee of £52m")."""
    project_, _ = story("transfer")
    saga = one(project_, "saga began")
    assert saga.value == "2025-07" and "fee" not in saga.title.lower()


def test_transfer_later_events() -> None:
    project_, ids = story("transfer")
    assert _value_and_outlets(one(project_, "reached an agreement"), ids)[0] == "2025-08-15TNI"
    assert _value_and_outlets(one(project_, "passed a medical"), ids) == ("2025-08-18", {"BBC"})
    assert one(project_, "debut").value == "2025-08-23"
    assert one(project_, "kingsport").value == "2021"


@gap("BBC: 'passed a medical on Monday, a day later than planned, three days after the clubs agreed the fee': "
     "the second apposition is read as a bare length titled by the first ('Day later than planned', P3D), not "
     "as the fee's day (Friday, the Guardian's agreement)")
def test_transfer_the_fee_agreed_is_the_agreement() -> None:
    project_, ids = story("transfer")
    assert outlets(one(project_, "reached an agreement"), ids) == {"Guardian", "BBC"}


@gap("the Guardian's 'Kerr is due to have a medical on Sunday' and the BBC's 'passed a medical on Monday, a day "
     "later than planned' are one medical (planned and done a day apart); titles share only 'medical', so they "
     "stay apart with no conflict")
def test_transfer_the_medical_is_one_event_in_conflict() -> None:
    project_, ids = story("transfer")
    medical = one(project_, "medical")
    assert outlets(medical, ids) == {"Guardian", "BBC"} and conflict(medical) == ["2025-08-17", "2025-08-18"]


# --- the volcano: Sunday night's eruption told three ways, a second eruption eight days later -----

def test_volcano_eruption_told_three_ways_is_one_event() -> None:
    """Reuters' "erupted on Sunday night", ANSA's "three days after the eruption of Mount Etna began"
    and AP's "eight days after an eruption that closed Catania airport" (its relative clause tells
    what the eruption did, not the eruption's end)."""
    project_, ids = story("volcano")
    (eruption,) = on(project_, "2025-11-02TNI")
    assert "erupted" in eruption.title and outlets(eruption, ids) == {"Reuters", "ANSA", "AP"}
    assert conflict(eruption) == [] and not on(project_, "2025-11-02")


def test_volcano_second_eruption_and_airport_stay_apart() -> None:
    project_, ids = story("volcano")
    again = one(project_, "erupted again")
    assert again.value == "2025-11-10" and outlets(again, ids) == {"AP"}
    assert one(project_, "last erupted").value == "2025-08"
    reopened = one(project_, "airport reopened")
    assert reopened.value == "2025-11-05" and outlets(reopened, ids) == {"ANSA"}
    assert one(project_, "stay closed").value == "2025-11-04TMO"
    assert one(project_, "flights were cancelled").value == "2025-11-03"
    assert one(project_, "fountaining stopped").value == "2025-11-04TAF"
    assert one(project_, "state of emergency").value == "2025-11-07"


def test_volcano_extra_flights_on_two_listed_days() -> None:
    """"Airlines added 30 extra flights on Wednesday and Thursday to clear the backlog": "added" with
    an amount is no saying (was "30 extra flights ..."), and the other listed day is no word of the
    title (was "... flights and to clear the backlog")."""
    project_, _ = story("volcano")
    for value in ("2025-11-05", "2025-11-06"):
        (flights,) = [e for e in on(project_, value) if "flights" in e.title]
        assert flights.title == "Airlines added 30 extra flights to clear the backlog"


@gap("AP's headline 'Etna erupts again, a week after airport shutdown' is left unanchored (the shutdown is "
     "told only inside other reports' clauses), so it stands as a bare length (P1W) titled by the whole headline")
def test_volcano_headline_makes_no_bare_length() -> None:
    project_, _ = story("volcano")
    assert not on(project_, "P1W")


# --- the lander: a scrubbed launch, a launch two days later, orbit and touchdown ------------------

def test_launch_scrub_stays_apart_from_the_launch() -> None:
    """SpaceNews' "was scrubbed on Tuesday" and Reuters' "eight days after it was launched" (Thursday):
    a happening stopped before it took place is not the happening (was one event in conflict)."""
    project_, ids = story("launch")
    scrub = one(project_, "scrubbed")
    assert scrub.value == "2025-04-08" and outlets(scrub, ids) == {"SpaceNews"} and conflict(scrub) == []
    assert not any(e.conflict for e in project_.events.values())


def test_launch_events_and_anchors() -> None:
    project_, ids = story("launch")
    lifted = one(project_, "lifted off")
    assert lifted.value == "2025-04-10" and "AP" in outlets(lifted, ids)
    halted = one(project_, "valve fault halted")
    assert halted.value == "2025-04-08" and halted.depends_on is not None
    assert "lifted off" in project_.events[halted.depends_on.anchor_id].title
    assert one(project_, "replaced the valve").value == "2025-04-09"
    attempt = one(project_, "attempt a landing")
    assert attempt.value == "2025-04-18" and attempt.depends_on is not None
    assert "lunar orbit" in project_.events[attempt.depends_on.anchor_id].title
    touched = one(project_, "touched down")
    assert touched.value == "2025-04-18" and outlets(touched, ids) == {"Reuters"}
    assert one(project_, "try again").title == "Orion Launch Services would try again"


@gap("Reuters' 'eight days after it was launched from Florida' joins SpaceNews' 'Orion Launch Services would "
     "try again' (Thursday; 'Launch' of the company's name) rather than AP's 'lifted off' (no word in common)")
def test_launch_eight_days_after_it_was_launched_is_the_lift_off() -> None:
    project_, ids = story("launch")
    assert "Reuters" in outlets(one(project_, "lifted off"), ids)


@gap("AP's 'two days after a valve fault halted its first launch attempt' and SpaceNews' 'The launch ... was "
     "scrubbed on Tuesday' are one scrub told two ways; they share 'launch' and 'valve' and no kind, so they "
     "stay apart")
def test_launch_the_halted_attempt_is_the_scrub() -> None:
    project_, ids = story("launch")
    assert outlets(one(project_, "scrubbed"), ids) == {"SpaceNews", "AP"}


@gap("AP's 'is due to reach lunar orbit on April 15' and Reuters' 'entered lunar orbit on Tuesday, as planned' "
     "(April 15) are one happening announced and told; only 'lander', 'lunar' and 'orbit' are shared, and they "
     "stay apart (so too the landing 'three days later' and 'touched down')")
def test_launch_orbit_announced_and_told_is_one_event() -> None:
    project_, ids = story("launch")
    assert len([e for e in on(project_, "2025-04-15") if "orbit" in e.title]) == 1


# SpaceNews: 'The mission was first scheduled to fly in December but slipped twice' (a past plan, read in
# April 2025): a plan as it stood ('was first scheduled') tells no tense, so the nearest December, 2024-12
def test_launch_first_scheduled_in_december_is_last_december() -> None:
    project_, _ = story("launch")
    assert one(project_, "first scheduled").value == "2024-12"
