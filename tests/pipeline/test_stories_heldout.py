"""Held-out stories: several outlets, several days, one timeline (merging, conflicts, anchors).

Each story is 3-4 articles written for this file (not taken from a corpus), published on
different days, so that "Thursday" in one names another day than "Thursday" in the next.
The expectations are what a careful analyst wants: one event per happening with every
source kept; a date the sources disagree on shown as a conflict; two happenings of one
kind (car bombs in two cities, talks in two cities, talks nine months apart) kept apart;
"two days after the vote" linked to the vote told in an earlier article. Known gaps are
``xfail(strict=True)`` with the reason.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from timeline_app.core import Document, Project, PublicationSource
from timeline_app.core.event import Event
from timeline_app.pipeline import add_documents

Article = tuple[str, str, str]  # outlet, publication date, text

ELECTION: list[Article] = [
    ("Reuters", "2026-03-09", "Valdoria votes in tense election. Voters in Valdoria went to the polls on Sunday in a "
     "parliamentary election marked by long queues. The electoral commission said turnout reached 61 percent."),
    ("AP", "2026-03-11", "Valdoria commission declares result. The electoral commission declared the result of the "
     "parliamentary election on Tuesday, two days after the vote. The ruling party won 84 of 150 seats."),
    ("AFP", "2026-03-13", "Clashes in Valdoria capital. Protesters clashed with police in the capital on Thursday, "
     "two days after the commission declared the result. Opposition leader Ana Petrova called for calm."),
    ("BBC", "2026-03-20", "Valdoria after the vote. The parliamentary election on March 8 was followed by a week of "
     "protests. The new parliament will convene on March 30, officials said on Thursday."),
]

BOMBINGS: list[Article] = [
    ("Reuters", "2026-03-03", "Car bomb kills 12 in Mosul. A car bomb exploded near a market in Mosul on Monday, "
     "killing 12 people, police said. No group claimed responsibility."),
    ("AP", "2026-03-05", "Second bombing in a week. A car bomb exploded outside a police station in Kirkuk on "
     "Wednesday, killing seven people. It came two days after a car bomb killed 12 people in Mosul."),
    ("AFP", "2026-03-06", "Iraq bombings. The car bomb in Mosul exploded on March 2 near a crowded market, officials "
     "said. The Kirkuk car bomb on March 4 targeted a police station."),
    ("Al Jazeera", "2026-03-04", "Mosul market bombing. The bomb that exploded in a Mosul market on Sunday killed at "
     "least 12 people, witnesses said."),
]

TALKS: list[Article] = [
    ("Reuters", "2026-03-06", "Peace talks open in Geneva. Peace talks between the government and the rebels opened "
     "in Geneva on Thursday under UN mediation."),
    ("AP", "2026-03-23", "Talks move to Vienna. A new round of peace talks between the government and the rebels "
     "opened in Vienna on Monday."),
    ("AFP", "2026-12-04", "Talks resume. Peace talks between the government and the rebels resumed in Geneva on "
     "Thursday after a nine-month pause."),
    ("BBC", "2026-03-10", "Geneva talks. The Geneva peace talks, which opened on March 5, broke down on Monday when "
     "the rebel delegation walked out."),
]

QUAKE: list[Article] = [
    ("Reuters", "2026-06-16", "Quake hits Anatolia. A magnitude 6.8 earthquake struck eastern Anatolia on Monday, "
     "killing at least 40 people, officials said."),
    ("AP", "2026-06-17", "Rescuers search rubble. The earthquake that struck the region on Sunday night has killed "
     "112 people. A strong aftershock struck two days after the earthquake, damaging more buildings."),
    ("Anadolu", "2026-06-19", "Aftershock. The aftershock on June 17 toppled a mosque in Malatya. The government "
     "declared three days of national mourning on Thursday."),
]

STRIKE: list[Article] = [
    ("Reuters", "2026-06-05", "Workers walk out. Workers at the Hartwell car plant walked out on Thursday over pay, "
     "the union said."),
    ("FT", "2026-06-12", "Hartwell strike enters second week. The strike at the Hartwell plant, which began on June 4, "
     "has halted production. Management made a new offer two days after the walkout began. Union leaders met "
     "management on Thursday."),
    ("Guardian", "2026-06-19", "Hartwell deal. Union leaders and management reached a deal on Wednesday, ending the "
     "strike at the Hartwell plant."),
    ("BBC", "2026-06-13", "Hartwell talks. Union leaders met Hartwell management on Thursday to discuss the new offer."),
]


def _timeline(articles: list[Article]) -> tuple[Project, dict[str, str]]:
    """The project, and each outlet's document id."""
    project = Project()
    documents = [Document("", text.split(".")[0], text, published=datetime.fromisoformat(published),
                          published_source=PublicationSource.GIVEN, source_name=outlet)
                 for outlet, published, text in articles]
    add_documents(project, documents)
    return project, {d.source_name: d.id for d in project.documents.values()}


def _one(project: Project, words: str) -> Event:
    """The one event whose title holds ``words`` (case-insensitive)."""
    found = [e for e in project.events.values() if words.lower() in e.title.lower()]
    assert len(found) == 1, [e.title for e in project.events.values()]
    return found[0]


def _outlets(event: Event, ids: dict[str, str]) -> set[str]:
    names = {v: k for k, v in ids.items()}
    return {names[d] for d in event.document_ids}


def _conflict(event: Event) -> list[str]:
    return sorted({c.value for c in event.conflict.candidates}) if event.conflict else []


# --- the election: Sunday (March 8), declared Tuesday, clashes Thursday -------------------

def test_election_declaration_told_twice_is_one_event_with_no_conflict() -> None:
    project, ids = _timeline(ELECTION)
    declared = _one(project, "declared the result")
    assert declared.value == "2026-03-10"
    assert _outlets(declared, ids) == {"AP", "AFP"}
    assert _conflict(declared) == []


def test_election_clash_is_its_own_event_on_thursday() -> None:
    project, ids = _timeline(ELECTION)
    clash = _one(project, "clashed")
    assert clash.value == "2026-03-12" and _outlets(clash, ids) == {"AFP"}


def test_election_vote_in_a_later_article_is_the_vote_of_the_earlier_one() -> None:
    """'on Tuesday, two days after the vote' (AP) dates the vote Reuters told, not a second vote."""
    project, ids = _timeline(ELECTION)
    vote = _one(project, "polls")
    assert vote.value == "2026-03-08" and _outlets(vote, ids) == {"Reuters", "AP", "BBC"}
    assert _conflict(vote) == []


def test_election_sunday_and_march_8_are_one_vote() -> None:
    project, ids = _timeline(ELECTION)
    vote = _one(project, "polls")
    assert {"Reuters", "BBC"} <= _outlets(vote, ids)


def test_election_later_dates_are_their_own_events() -> None:
    project, _ = _timeline(ELECTION)
    assert _one(project, "parliament will convene").value == "2026-03-30"


# --- two car bombs in one week, in two cities ----------------------------------------------

def test_bombings_in_two_cities_stay_apart() -> None:
    project, ids = _timeline(BOMBINGS)
    mosul, kirkuk = _one(project, "in Mosul"), _one(project, "in Kirkuk")
    assert mosul.id != kirkuk.id
    assert kirkuk.value == "2026-03-04" and _outlets(kirkuk, ids) == {"AP", "AFP"}
    assert _conflict(kirkuk) == []


def test_bombing_monday_and_march_2_merge_and_sunday_is_a_conflict() -> None:
    project, ids = _timeline(BOMBINGS)
    mosul = _one(project, "in Mosul")
    assert _outlets(mosul, ids) == {"Reuters", "AFP", "Al Jazeera"}
    assert _conflict(mosul) == ["2026-03-01", "2026-03-02"]


def test_bombing_anchor_names_the_mosul_bomb_of_another_article() -> None:
    """'two days after a car bomb killed 12 people in Mosul' is not its own article's Kirkuk bomb."""
    project, _ = _timeline(BOMBINGS)
    came = _one(project, "It came")
    assert came.depends_on is not None and came.depends_on.anchor_id == _one(project, "in Mosul").id
    assert came.value == "2026-03-04"


# --- peace talks: Geneva in March, Vienna in March, Geneva again in December ---------------

def test_talks_in_two_cities_and_nine_months_apart_stay_apart() -> None:
    project, ids = _timeline(TALKS)
    vienna = next(e for e in project.events.values() if e.value == "2026-03-23")
    assert _outlets(vienna, ids) == {"AP"}
    assert _one(project, "resumed").value == "2026-12-03"
    assert all(e.conflict is None for e in project.events.values())


def test_talks_one_article_s_two_events_do_not_both_join_one_event() -> None:
    project, ids = _timeline(TALKS)
    geneva = next(e for e in project.events.values() if e.value == "2026-03-05")
    assert _outlets(geneva, ids) == {"Reuters", "BBC"}
    assert _one(project, "broke down").value == "2026-03-09"


# --- an earthquake and its aftershock --------------------------------------------------------

def test_quake_aftershock_is_anchored_to_the_quake_of_its_article() -> None:
    project, ids = _timeline(QUAKE)
    aftershock = _one(project, "Strong aftershock")
    assert aftershock.depends_on is not None
    quake = project.events[aftershock.depends_on.anchor_id]
    assert "earthquake struck" in quake.title.lower() and "AP" in _outlets(quake, ids)


def test_quake_sunday_night_and_monday_are_one_quake_in_conflict() -> None:
    project, ids = _timeline(QUAKE)
    quake = _one(project, "earthquake struck")
    assert _outlets(quake, ids) == {"Reuters", "AP"}
    assert _conflict(quake) == ["2026-06-14TNI", "2026-06-15"]  # Sunday night, Monday


def test_quake_aftershock_told_twice_is_one_event() -> None:
    project, ids = _timeline(QUAKE)
    assert len([e for e in project.events.values() if "aftershock" in e.title.lower()]) == 1


def test_quake_mourning_is_thursday_of_its_own_week() -> None:
    project, _ = _timeline(QUAKE)
    assert _one(project, "mourning").value == "2026-06-18"


# --- a strike: walkout, offer, meeting, deal -------------------------------------------------

def test_strike_meeting_told_by_two_outlets_is_one_event() -> None:
    project, ids = _timeline(STRIKE)
    met = _one(project, "met management")
    assert met.value == "2026-06-11" and {"FT", "BBC"} <= _outlets(met, ids)


def test_strike_deal_is_not_the_meeting() -> None:
    """The deal (June 17) shares its participants with the meeting (June 11), not the act."""
    project, ids = _timeline(STRIKE)
    assert _conflict(_one(project, "met management")) == []
    deal = _one(project, "reached a deal")
    assert deal.value == "2026-06-17" and _outlets(deal, ids) == {"Guardian"}


def test_strike_offer_is_anchored_to_the_strike_s_start() -> None:
    project, _ = _timeline(STRIKE)
    offer = _one(project, "new offer")
    assert offer.value == "2026-06-06" and offer.depends_on is not None


def test_strike_walkout_and_strike_start_are_one_event() -> None:
    project, _ = _timeline(STRIKE)
    assert len([e for e in project.events.values() if e.value == "2026-06-04"]) == 1


# --- round 2 stories ---------------------------------------------------------------------------

CYCLONE: list[Article] = [
    ("Reuters", "2026-09-08", "Cyclone Amara makes landfall. Cyclone Amara made landfall near the port of Beira on "
     "Monday with winds of 180 km/h, the weather service said. Thousands of people fled to shelters."),
    ("AP", "2026-09-09", "Cyclone kills 30 in Mozambique. The cyclone that made landfall near Beira late on Sunday "
     "has killed at least 30 people. The government declared a state of emergency on Tuesday."),
    ("AFP", "2026-09-12", "Aid reaches Beira. The first aid flights landed in Beira on Thursday, three days after "
     "the cyclone made landfall. Roads to the north remain cut."),
    ("BBC", "2026-09-15", "Beira counts the cost. The state of emergency declared on September 8 remains in force, "
     "and the port reopened on Monday."),
]

STRIKES: list[Article] = [
    ("Reuters", "2026-10-06", "Rail workers strike. Rail workers across the country walked out on Monday over "
     "pensions, halting most trains."),
    ("AP", "2026-10-07", "Teachers join the strikes. Teachers in public schools went on strike on Tuesday, a day "
     "after the rail walkout, the teachers' union said."),
    ("Guardian", "2026-10-09", "Strikes spread. The rail strike, which began on October 5, has stranded millions of "
     "commuters. The teachers' strike, which began on October 6, has closed 4,000 schools."),
    ("FT", "2026-10-12", "Rail workers return. Rail workers returned to work on Friday after the union accepted a "
     "pension offer."),
]

TRUCE: list[Article] = [
    ("Al Jazeera", "2026-04-13", "Sudan ceasefire begins. A truce between the army and the RSF began on Saturday "
     "evening, the mediators said."),
    ("Reuters", "2026-04-14", "Truce takes hold in Sudan. A ceasefire between the army and the RSF took effect on "
     "Sunday, mediators said."),
    ("AP", "2026-04-16", "Ceasefire violated. Fighting broke out in Khartoum on Wednesday, three days after the "
     "ceasefire took effect."),
    ("BBC", "2026-04-20", "Sudan talks. Talks on a lasting truce will open in Jeddah on April 27, the mediators said "
     "on Sunday."),
]


# --- a cyclone: landfall told as Sunday night and Monday; emergency told twice --------------

def test_cyclone_landfall_is_one_event_in_conflict() -> None:
    project, ids = _timeline(CYCLONE)
    landfall = [e for e in project.events.values() if "landfall" in e.title.lower()]
    assert len(landfall) == 1 and {"Reuters", "AP"} <= _outlets(landfall[0], ids)
    assert _conflict(landfall[0]) == ["2026-09-06", "2026-09-07"]  # late on Sunday, Monday


def test_cyclone_emergency_told_twice_is_one_event_with_no_conflict() -> None:
    project, ids = _timeline(CYCLONE)
    emergency = _one(project, "state of emergency")
    assert emergency.value == "2026-09-08" and _outlets(emergency, ids) == {"AP", "BBC"}
    assert _conflict(emergency) == []


def test_cyclone_aid_flights_and_port_are_their_own_events() -> None:
    project, ids = _timeline(CYCLONE)
    assert _one(project, "aid flights").value == "2026-09-10"
    port = _one(project, "port reopened")
    assert port.value == "2026-09-14" and _outlets(port, ids) == {"BBC"}


# --- two strikes of one kind on two days: rail (Monday) and teachers (Tuesday) ----------------

def test_strikes_rail_and_teachers_stay_apart() -> None:
    project, ids = _timeline(STRIKES)
    rail = next(e for e in project.events.values() if e.value == "2026-10-05")
    teachers = next(e for e in project.events.values() if e.value == "2026-10-06")
    assert rail.id != teachers.id
    assert _outlets(rail, ids) == {"Reuters", "AP", "Guardian"} and _conflict(rail) == []  # AP: "a day after"
    assert _outlets(teachers, ids) == {"AP", "Guardian"} and _conflict(teachers) == []


def test_strikes_a_day_after_the_rail_walkout_is_anchored_to_it() -> None:
    project, _ = _timeline(STRIKES)
    teachers = next(e for e in project.events.values() if e.value == "2026-10-06")
    assert len([e for e in project.events.values() if e.value == "2026-10-06"]) == 1
    assert "teachers" in teachers.title.lower()


def test_strikes_return_to_work_is_its_own_event() -> None:
    project, ids = _timeline(STRIKES)
    back = _one(project, "returned to work")
    assert back.value == "2026-10-09" and _outlets(back, ids) == {"FT"}


# --- a truce told as Saturday evening and Sunday; fighting three days after it --------------

def test_truce_saturday_evening_and_sunday_are_one_truce_in_conflict() -> None:
    project, ids = _timeline(TRUCE)
    truce = [e for e in project.events.values() if {"Al Jazeera", "Reuters"} & _outlets(e, ids)]
    assert len(truce) == 1 and {"Al Jazeera", "Reuters"} <= _outlets(truce[0], ids)
    assert _conflict(truce[0]) == ["2026-04-11TEV", "2026-04-12"]  # Saturday evening, Sunday


def test_truce_fighting_is_wednesday_and_its_anchor_is_the_truce() -> None:
    project, ids = _timeline(TRUCE)
    fighting = _one(project, "fighting broke out")
    assert fighting.value == "2026-04-15" and _outlets(fighting, ids) == {"AP"}


def test_truce_later_talks_are_not_the_truce() -> None:
    project, ids = _timeline(TRUCE)
    talks = _one(project, "Jeddah")
    assert talks.value == "2026-04-27" and _outlets(talks, ids) == {"BBC"}

PROTESTS: list[Article] = [
    ("Reuters", "2026-05-05", "Students protest in Lagos. Thousands of students protested in Lagos on Monday against "
     "higher tuition fees, police said."),
    ("AP", "2026-05-06", "Traders take to the streets. Market traders protested in Lagos on Tuesday against a new "
     "tax on stalls, a day after the student protest."),
    ("BBC", "2026-05-06", "Lagos students march. Students marched through Lagos on Sunday against higher tuition "
     "fees, chanting slogans."),
    ("Premium Times", "2026-05-08", "Lagos protests. The student protest on May 4 drew about 5,000 people. The "
     "traders' protest, held on May 5, was smaller. The governor will meet student leaders on Monday."),
]


# --- two protests in one city on adjacent days; the first told as Sunday and Monday ----------

def test_protests_students_and_traders_stay_apart() -> None:
    project, ids = _timeline(PROTESTS)
    students = [e for e in project.events.values() if "Reuters" in _outlets(e, ids)]
    traders = [e for e in project.events.values() if "traders protested" in e.title.lower()]
    assert len(students) == 1 and len(traders) == 1 and students[0].id != traders[0].id
    assert "Premium Times" in _outlets(traders[0], ids) and "Reuters" not in _outlets(traders[0], ids)


def test_protests_student_protest_is_one_event_in_conflict() -> None:
    project, ids = _timeline(PROTESTS)
    students = next(e for e in project.events.values() if "Reuters" in _outlets(e, ids))
    assert {"Reuters", "BBC", "Premium Times"} <= _outlets(students, ids)
    assert _conflict(students) == ["2026-05-03", "2026-05-04"]


def test_protests_governor_meeting_is_its_own_event() -> None:
    project, ids = _timeline(PROTESTS)
    meeting = _one(project, "governor")
    assert meeting.value == "2026-05-11" and _outlets(meeting, ids) == {"Premium Times"}

BAGHDAD: list[Article] = [
    ("Reuters", "2026-07-07", "Baghdad bomb. A car bomb exploded at a checkpoint in Baghdad on Monday, killing "
     "soldiers, the army said."),
    ("AP", "2026-07-08", "Another Baghdad bomb. Another car bomb exploded in Baghdad on Tuesday, killing three "
     "civilians near a mosque."),
    ("AFP", "2026-07-09", "Baghdad attacks. The checkpoint bombing on July 6 killed five soldiers; the bombing near "
     "a mosque on July 7 killed three civilians."),
]


# --- two car bombs in one city on adjacent days: "another car bomb" is not the first ---------

def test_baghdad_another_car_bomb_is_not_the_first() -> None:
    project, ids = _timeline(BAGHDAD)
    first = _one(project, "checkpoint")
    second = _one(project, "another car bomb")
    assert first.value == "2026-07-06" and _outlets(first, ids) == {"Reuters", "AFP"} and _conflict(first) == []
    assert second.value == "2026-07-07" and _outlets(second, ids) == {"AP", "AFP"} and _conflict(second) == []
