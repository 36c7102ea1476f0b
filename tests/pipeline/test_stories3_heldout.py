"""Held-out stories, round 3: one happening told by several outlets, and look-alikes kept apart.

Written for this file (not taken from any corpus or outlet), in the shape of wire and web copy:
a headline, sometimes a byline, a dateline (one with no place: "Oct 5 (Reuters) -"), quotes,
and follow-ups a day or weeks later that count back ("a day after the plane crashed", "last
week's crash", "the May 8 ruling", "four days after the central bank's rate increase"). Each
story holds traps for merging: two rate decisions a month apart and a hold a month later, a bus
strike in another city the next day, a second wildfire and its own containment, another
ransomware attack days later, an appeal announced then filed three weeks later, a summit's
opening and its end on adjacent days, a recall widened a week later, toll updates, reactions by
different actors, a ruling announced ("will rule on Friday") and given ("ruled on Friday").
The checks are which reports are one event (with every outlet), which stay apart, their dates,
and conflicts only where outlets disagree. Known gaps are ``xfail(strict=True)`` with the reason.
"""
from __future__ import annotations

import re

import pytest

from tests.pipeline.heldout import Article, Stories, conflict, gap, on, one, outlets


# --- an air crash and its investigation ---------------------------------------------------------

CRASH: list[Article] = [
    ("AP", "2026-04-14", """Passenger jet crashes after takeoff in Peru, killing 112
By Rosa Huaman

CUSCO, Peru (AP) — A passenger jet operated by Andes Air crashed shortly after takeoff from Cusco on Tuesday, killing all 112 people on board, officials said.

The Airbus A320 was bound for Lima when it lost contact with air traffic control four minutes into the flight, the airline said.

"We saw flames coming from one engine," said farmer Luis Quispe, who watched the plane go down.

It was Peru's deadliest air disaster since a Boeing 727 crashed near Arequipa in 1996.
"""),
    ("Reuters", "2026-04-15", """Peru recovers black boxes from Andes Air crash

LIMA, April 15 (Reuters) - Investigators recovered both flight recorders from the wreckage of the Andes Air jet on Wednesday, a day after the plane crashed near Cusco, killing 112 people.

Peru's transport ministry grounded the airline's five other A320 jets on Wednesday pending inspections.

A cargo plane skidded off the runway in Iquitos on March 2 without casualties, the second incident involving a Peruvian carrier this year.

The investigation board will publish a preliminary report within 30 days, the ministry said.
"""),
    ("BBC", "2026-04-21", """Peru crash: engine fire likely cause, investigators say

Investigators said on Monday that an engine fire probably brought down the Andes Air jet in last week's crash near Cusco.

The death toll rose to 114 on Friday after two people hit by debris on the ground died in hospital.

Andes Air resumed flights on Sunday after inspectors cleared its remaining aircraft.
"""),
    ("El Comercio", "2026-05-14", """Preliminary report on Cusco crash points to maintenance error

The investigation board published its preliminary report on Wednesday, four weeks after the April 14 crash.

The report said a mechanic failed to secure an oil cap during maintenance on April 12.

Andes Air said it had suspended two mechanics on Thursday.
"""),
]

# --- a central bank: a surprise rate rise, the market, a hold a month later ------------------------

RATES: list[Article] = [
    ("Reuters", "2026-06-11", """Solvaria central bank raises rates by half point, more than expected

VELDA, June 11 (Reuters) - Solvaria's central bank raised its main interest rate by 50 basis points to 7.25% on Thursday, its second increase in a month, as inflation hit a 15-year high.

The bank raised the rate by 25 basis points on May 14.

Most economists polled by Reuters had expected a quarter-point increase.

"We are ready to act again if needed," Governor Ilse Marek told reporters.
"""),
    ("Bloomberg", "2026-06-12", """Solvarian crown jumps after surprise rate hike

The Solvarian crown rose 1.2% against the euro on Friday, a day after the central bank's larger-than-expected rate increase.

The Velda stock index fell 0.8% on Thursday as bond yields jumped.
"""),
    ("Velda Times", "2026-06-15", """Banks pass on rate rise to borrowers

Solvaria's three largest banks raised their mortgage rates on Monday, four days after the central bank's rate increase.

The new rates apply from July 1, the banks said.
"""),
    ("FT", "2026-07-10", """Solvaria holds rates as inflation eases

Solvaria's central bank kept its main interest rate at 7.25% on Thursday, pausing after two increases.

The bank raised the rate by half a percentage point on June 11 and by a quarter point in May.

Inflation slowed to 8.1% in June from 9.4% in May, data showed last week.
"""),
]

# --- a dock strike and its settlement; a bus strike in another city -----------------------------

STRIKE: list[Article] = [
    ("AP", "2026-03-02", """Melbourne dockworkers strike over pay, halting container traffic

MELBOURNE, Australia (AP) — About 1,200 dockworkers at the Port of Melbourne walked off the job on Monday in a dispute over pay and automation, halting container traffic at Australia's busiest port.

The Maritime Union said the strike would last until the operator agreed to a 12% raise over three years.

"We have been patient for two years," union organiser Dean Walsh said.

The union last struck at the port in 2019.
"""),
    ("Reuters", "2026-03-03", """Sydney bus drivers strike as Melbourne port dispute drags on

SYDNEY, March 3 (Reuters) - Bus drivers in Sydney began a 24-hour strike on Tuesday, a day after dockworkers walked out at the Port of Melbourne.

The Sydney strike, over rostering, left about 600,000 commuters without buses.

Talks between the Melbourne port operator and the union broke down on Tuesday, the operator said.
"""),
    ("ABC", "2026-03-09", """Melbourne port strike ends with pay deal

The Maritime Union and the operator of the Port of Melbourne reached a deal on Sunday to end the week-long strike, both sides said.

Dockworkers returned to work on Monday morning.

Union members will vote on the agreement on March 12.
"""),
    ("Guardian", "2026-03-13", """Melbourne dockworkers approve port deal

Dockworkers at the Port of Melbourne voted on Thursday to accept the pay deal reached last weekend, ending a dispute that began with a strike on March 2.

About 89% of members backed the agreement, the union said.
"""),
]

# --- a wildfire, and a second one in another county ------------------------------------------------

WILDFIRE: list[Article] = [
    ("AP", "2026-09-06", """Wildfire forces thousands to flee in Colorado foothills

LOVELAND, Colo. (AP) — A wildfire that broke out on Saturday afternoon in the foothills west of Loveland has burned 8,000 acres and destroyed at least 40 homes, officials said on Sunday.

About 6,000 residents were ordered to evacuate on Saturday night.

The cause of the Cedar Creek Fire is under investigation.
"""),
    ("Reuters", "2026-09-09", """Second Colorado wildfire erupts as Cedar Creek blaze grows

DENVER, Sept 9 (Reuters) - A second wildfire broke out near Durango on Tuesday, forcing the evacuation of 1,500 people, while firefighters battled the Cedar Creek Fire near Loveland for a fourth day.

The Cedar Creek Fire, which started on Saturday, has destroyed 160 homes and burned 21,000 acres, fire officials said on Wednesday.

Governor Ana Reyes declared a state of emergency for Larimer County on Monday.
"""),
    ("Denver Post", "2026-09-15", """Cedar Creek Fire fully contained

Firefighters fully contained the Cedar Creek Fire on Monday, nine days after it broke out west of Loveland.

Investigators said a downed power line sparked the blaze.

Evacuation orders for Loveland were lifted on Saturday.

The Durango fire was contained on Sunday.
"""),
]

# --- a ransomware attack on a hospital chain, and another attack days later ----------------------

CYBER: list[Article] = [
    ("Reuters", "2026-10-05", """Ransomware attack disrupts Meridian Health hospitals

Oct 5 (Reuters) - A ransomware attack on Sunday forced U.S. hospital operator Meridian Health to divert ambulances and switch to paper records at 14 hospitals, the company said on Monday.

Meridian shut down its computer systems on Sunday to contain the attack.

The company did not say whether it would pay a ransom.
"""),
    ("AP", "2026-10-07", """Hackers claim Meridian Health attack

A ransomware gang known as BlackVane claimed responsibility on Tuesday for the cyberattack on Meridian Health, two days after it crippled the hospital chain's systems.

The gang posted samples of stolen patient data on its leak site on Wednesday.

The FBI said it was investigating.
"""),
    ("TechCrunch", "2026-10-09", """BlackVane hits Tulsa city government in another attack

The BlackVane ransomware gang attacked the city government of Tulsa on Thursday, days after its attack on Meridian Health.

Tulsa shut down its email and payment systems on Thursday, a city spokeswoman said.

Meridian said on Friday that it had restored electronic records at nine of its 14 hospitals.
"""),
    ("Reuters", "2026-10-14", """Meridian Health restores all systems after ransomware attack

Oct 14 (Reuters) - Meridian Health said on Wednesday it had restored all of its systems, ten days after the ransomware attack on Oct. 4.

The company said it did not pay a ransom.
"""),
]

# --- a court ruling, announced and given, and the appeal ------------------------------------------

RULING: list[Article] = [
    ("AP", "2026-05-06", """South African court to rule on Friday in Xolobeni mining case

PRETORIA, South Africa (AP) — South Africa's High Court will rule on Friday on whether an Australian company may mine titanium on communal land in Xolobeni, the court said on Wednesday.

Residents challenged the mining licence in 2024, saying they had not been consulted.

An environmental tribunal upheld the licence in January.
"""),
    ("Reuters", "2026-05-08", """South African court blocks titanium mine on communal land

PRETORIA, May 8 (Reuters) - South Africa's High Court ruled on Friday that the government must not grant a mining licence in Xolobeni without the consent of the community, in a blow to Australia's Mineral Commodities Ltd.

Residents celebrated outside the court in Pretoria.
"""),
    ("Business Day", "2026-05-13", """Mining company to appeal Xolobeni ruling

Mineral Commodities said on Tuesday it would appeal last week's High Court ruling, which it called a threat to investment.

The company's shares fell 9% in Sydney on Monday.
"""),
    ("GroundUp", "2026-06-04", """Mining company files Xolobeni appeal

Mineral Commodities filed its appeal against the May 8 ruling at the Supreme Court of Appeal on Wednesday.

The court is expected to hear the appeal in November.

A separate challenge by residents of nearby Mtentu was dismissed by the High Court on June 1.
"""),
]

# --- a summit: the ministers' meeting, the opening, the close, reactions ----------------------------

SUMMIT: list[Article] = [
    ("Reuters", "2026-06-09", """ASEAN foreign ministers meet ahead of leaders' summit

KUALA LUMPUR, June 9 (Reuters) - Southeast Asian foreign ministers met in Kuala Lumpur on Tuesday to prepare a two-day leaders' summit that opens on Thursday.

The ministers discussed the war in Myanmar and disputes in the South China Sea, Malaysia's foreign minister said.

Hundreds of protesters gathered outside the convention centre on Tuesday.
"""),
    ("AP", "2026-06-11", """ASEAN leaders open summit with Myanmar on agenda

KUALA LUMPUR, Malaysia (AP) — Southeast Asian leaders opened their annual summit in Kuala Lumpur on Thursday, with the bloc's response to the war in Myanmar at the top of the agenda.

Police detained 12 protesters outside the venue on Thursday.
"""),
    ("Bernama", "2026-06-12", """ASEAN summit ends with South China Sea statement

The ASEAN summit ended in Kuala Lumpur on Friday with a joint statement calling for a code of conduct in the South China Sea.

Leaders agreed to hold their next summit in Manila in May 2027.
"""),
    ("SCMP", "2026-06-15", """China rejects ASEAN statement

China's foreign ministry on Monday rejected the statement issued at the end of last week's ASEAN summit, calling it interference.

The Philippines welcomed the statement on Saturday.
"""),
]

# --- a product recall, widened a week later; a second recall of another model ------------------

RECALL: list[Article] = [
    ("Reuters", "2026-09-22", """Kestrel Motors recalls 410,000 SUVs over airbag fault

DETROIT, Sept 22 (Reuters) - Kestrel Motors is recalling 410,000 Ridgeback SUVs in the United States because their airbags may fail to deploy in a crash, the National Highway Traffic Safety Administration said on Tuesday.

The company said it was aware of three injuries linked to the defect.

Kestrel shares fell 4% on Tuesday.
"""),
    ("AP", "2026-09-23", """Kestrel recalls Ridgeback SUVs to fix airbags

DETROIT (AP) — Kestrel Motors said on Tuesday it would recall about 412,000 Ridgeback SUVs to fix faulty airbag sensors.

Owners will be notified by mail starting November 2.

Regulators opened an investigation into the airbags in March after receiving 27 complaints.
"""),
    ("Automotive News", "2026-09-30", """Kestrel widens airbag recall to Canada

Kestrel Motors on Tuesday recalled another 95,000 Ridgeback SUVs in Canada, a week after the U.S. recall of 410,000 vehicles.

Separately, Kestrel recalled 60,000 Falcon sedans on Monday over a fuel pump defect.

The company said the recalls would cost about $180 million.
"""),
]

STORIES: dict[str, list[Article]] = {
    "crash": CRASH, "rates": RATES, "strike": STRIKE, "wildfire": WILDFIRE, "cyber": CYBER,
    "ruling": RULING, "summit": SUMMIT, "recall": RECALL,
}


_story = Stories(STORIES)
_one, _on, _outlets, _conflict, _gap = one, on, outlets, conflict, gap


def test_stories_are_unique() -> None:
    texts = [text for articles in STORIES.values() for _, _, text in articles]
    assert len(texts) == len(set(texts))


# --- every story: no event from a dateline or byline ------------------------------------------

_DATELINE = re.compile(r"^(?:[A-Z][\w.,' ]{0,60}?\((?:AP|Reuters|Bloomberg)\)\s*[\u2014-]|[A-Z][A-Z.' ]+,[^\n]{0,30}?"
                       r"[\u2014-]|By [A-Z].*$)", re.M)


@pytest.mark.parametrize("name", sorted(STORIES))
def test_no_event_from_a_dateline_or_byline(name: str) -> None:
    """"Oct 5 (Reuters) - A ransomware attack on Sunday ..." is a dateline with no place."""
    project, _ = _story(name)
    for event in project.events.values():
        assert not event.title.startswith(("Oct ", "By ")), event.title
        for source in event.sources:
            text = project.documents[source.document_id].text
            lines = [m.span() for m in _DATELINE.finditer(text)]
            assert source.expression_start is not None
            assert not any(a <= source.expression_start < b for a, b in lines), (event.title, source.expression)


# --- the air crash: Tuesday's crash told by four outlets; toll, recorders, report apart ---------

def test_crash_told_three_ways_is_one_event_with_no_conflict() -> None:
    """AP's "crashed ... on Tuesday", Reuters' "a day after the plane crashed" and the BBC's "last
    week's crash" (week 16 holds April 14)."""
    project, ids = _story("crash")
    crash = _one(project, "crashed shortly after takeoff")
    assert crash.value == "2026-04-14" and {"AP", "Reuters", "BBC"} <= _outlets(crash, ids)
    assert _conflict(crash) == []


@_gap("'four weeks after the April 14 crash' makes an event 'Crash' (April 14), but a one-word title shares no "
      "word beside its kind with the other outlets' crash, and merging asks for one more, so it joins nothing")
def test_crash_the_april_14_crash_is_the_crash() -> None:
    project, ids = _story("crash")
    assert "El Comercio" in _outlets(_one(project, "crashed shortly after takeoff"), ids)
    assert _one(project, "published its preliminary report").value == "2026-05-13"


def test_crash_earlier_accidents_toll_and_follow_ups_stay_apart() -> None:
    project, ids = _story("crash")
    assert _outlets(_one(project, "crashed near Arequipa"), ids) == {"AP"}
    assert _one(project, "crashed near Arequipa").value == "1996"
    assert _one(project, "cargo plane").value == "2026-03-02"
    toll = _one(project, "death toll rose")
    assert toll.value == "2026-04-17" and _outlets(toll, ids) == {"BBC"}
    assert _one(project, "flight recorders").value == "2026-04-15"
    assert _one(project, "grounded").value == "2026-04-15"
    assert _one(project, "resumed flights").value == "2026-04-19"
    assert _one(project, "oil cap").value == "2026-04-12"
    assert _one(project, "suspended two mechanics").value == "2026-05-14"


# --- the central bank: the June 11 rise, the May 14 rise, the July 9 hold -----------------------

def test_rates_june_rise_told_four_ways_is_one_event() -> None:
    """Reuters' "raised ... on Thursday", Bloomberg's "a day after the central bank's
    larger-than-expected rate increase", the Velda Times' "four days after the central bank's
    rate increase" and the FT's "raised the rate by half a percentage point on June 11"."""
    project, ids = _story("rates")
    rise = _one(project, "raised its main interest rate")
    assert rise.value == "2026-06-11" and _outlets(rise, ids) == {"Reuters", "Bloomberg", "Velda Times", "FT"}
    assert _conflict(rise) == []


def test_rates_may_rise_and_july_hold_are_other_decisions() -> None:
    """"The bank raised the rate by 25 basis points on May 14" has the June rise's words, four weeks
    earlier; the FT's hold ("kept its main interest rate at 7.25% on Thursday") four weeks later."""
    project, ids = _story("rates")
    may = _one(project, "25 basis points")
    assert may.value == "2026-05-14" and "Reuters" in _outlets(may, ids) and "2026-06-11" not in _conflict(may)
    hold = _one(project, "kept its main interest rate")
    assert hold.value == "2026-07-09" and _outlets(hold, ids) == {"FT"}


def test_rates_market_and_lenders_are_their_own_events() -> None:
    """The lenders' "raised their mortgage rates on Monday" is another actor's rise, four days on."""
    project, ids = _story("rates")
    mortgage = _one(project, "mortgage rates")
    assert mortgage.value == "2026-06-15" and _outlets(mortgage, ids) == {"Velda Times"}
    assert _one(project, "crown rose").value == "2026-06-12"
    index = _one(project, "stock index fell")
    assert index.value == "2026-06-11" and _outlets(index, ids) == {"Bloomberg"}


# --- the dock strike: walkout March 2, deal March 8, vote March 12; a bus strike in Sydney -------

def test_strike_walkout_is_one_event_and_the_sydney_strike_another() -> None:
    project, ids = _story("strike")
    walkout = _one(project, "walked off the job")
    assert walkout.value == "2026-03-02" and {"AP", "Reuters"} <= _outlets(walkout, ids)
    sydney = _one(project, "bus drivers")
    assert sydney.value == "2026-03-03" and _outlets(sydney, ids) == {"Reuters"}


def test_strike_a_strike_on_march_2_is_the_walkout() -> None:
    """"ending a dispute that began with a strike on March 2" is titled "Dispute began with a strike"
    and joins the walkout of that day, not Sydney's bus strike a day later (session 16)."""
    project, ids = _story("strike")
    assert _outlets(_one(project, "walked off the job"), ids) == {"AP", "Reuters", "Guardian"}


def test_strike_deal_reached_last_weekend_is_sunday_s_deal() -> None:
    """ABC: "reached a deal on Sunday"; the Guardian: "the pay deal reached last weekend"."""
    project, ids = _story("strike")
    (deal,) = _on(project, "2026-03-08")
    assert _outlets(deal, ids) == {"ABC", "Guardian"} and _conflict(deal) == []


def test_strike_vote_announced_and_held_is_one_event() -> None:
    """ABC: "Union members will vote on the agreement on March 12"; the Guardian: "voted on Thursday"."""
    project, ids = _story("strike")
    (vote,) = _on(project, "2026-03-12")
    assert _outlets(vote, ids) == {"ABC", "Guardian"}


@_gap("the Guardian's 'voted on Thursday to accept the pay deal reached last weekend, ending a dispute that began "
      "...' is titled by the participle's clause ('Dockworkers at the Port of Melbourne reached last weekend')")
def test_strike_vote_title_tells_the_vote() -> None:
    project, _ = _story("strike")
    (vote,) = _on(project, "2026-03-12")
    assert "voted" in vote.title


def test_strike_talks_and_return_are_their_own_events() -> None:
    project, _ = _story("strike")
    assert _one(project, "broke down").value == "2026-03-03"
    assert _one(project, "returned to work").value == "2026-03-09TMO"
    assert _one(project, "last struck").value == "2019"


# --- the wildfire: the Cedar Creek Fire (Saturday) and a second fire near Durango (Tuesday) ------

def test_wildfire_outbreak_told_three_ways_is_one_event() -> None:
    """AP's "broke out on Saturday afternoon", Reuters' "The Cedar Creek Fire, which started on
    Saturday" and the Denver Post's "nine days after it broke out": Saturday holds its afternoon."""
    project, ids = _story("wildfire")
    fire = _one(project, "wildfire that broke out")
    assert fire.value == "2026-09-05TAF" and _outlets(fire, ids) == {"AP", "Reuters", "Denver Post"}
    assert _conflict(fire) == []


def test_wildfire_second_fire_and_its_containment_stay_apart() -> None:
    project, ids = _story("wildfire")
    durango = _one(project, "second wildfire")
    assert durango.value == "2026-09-08" and _outlets(durango, ids) == {"Reuters"}
    assert _one(project, "Durango fire was contained").value == "2026-09-13"
    assert _one(project, "contained the Cedar Creek Fire").value == "2026-09-14"


def test_wildfire_evacuation_ordered_and_lifted_stay_apart() -> None:
    """"ordered to evacuate on Saturday night" and "Evacuation orders ... were lifted on Saturday"
    a week later share their words, not their day."""
    project, ids = _story("wildfire")
    ordered = _one(project, "ordered to evacuate")
    assert ordered.value == "2026-09-05TNI" and _outlets(ordered, ids) == {"AP"} and _conflict(ordered) == []
    assert _one(project, "were lifted").value == "2026-09-12"
    assert _one(project, "state of emergency").value == "2026-09-07"


# --- the ransomware attack: Sunday October 4; another attack on Thursday -------------------------

def test_cyber_attack_is_one_event_dated_sunday() -> None:
    """Reuters' "A ransomware attack on Sunday" and Reuters' follow-up "ten days after the ransomware
    attack on Oct. 4" (both under a placeless dateline, "Oct 5 (Reuters) -")."""
    project, ids = _story("cyber")
    attack = _one(project, "ransomware attack forced")
    assert attack.value == "2026-10-04" and {"Reuters", "Reuters 2"} <= _outlets(attack, ids)
    assert not any(e.title.startswith("Oct ") for e in project.events.values())


@_gap("TechCrunch's 'days after its attack on Meridian Health' (Thursday) joins the attack, but an unspecified "
      "count of days is read as up to three, so Sunday (four days before) makes a conflict with 'PXD'")
def test_cyber_attack_has_no_conflict() -> None:
    project, _ = _story("cyber")
    assert _conflict(_one(project, "ransomware attack forced")) == []


@_gap("AP's 'two days after it crippled the hospital chain's systems' names the attack by a pronoun ('It crippled "
      "the hospital chain's systems'): no kind and too few words to meet Reuters' report")
def test_cyber_it_crippled_is_the_attack() -> None:
    project, ids = _story("cyber")
    assert "AP" in _outlets(_one(project, "ransomware attack forced"), ids)


def test_cyber_another_attack_and_its_shutdown_stay_apart() -> None:
    project, ids = _story("cyber")
    tulsa = _one(project, "city government of Tulsa")
    assert tulsa.value == "2026-10-08" and _outlets(tulsa, ids) == {"TechCrunch"}
    assert _outlets(_one(project, "Tulsa shut down"), ids) == {"TechCrunch"}
    claim = _one(project, "claimed responsibility")
    assert claim.value == "2026-10-06" and _outlets(claim, ids) == {"AP"}
    assert _one(project, "restored all of its systems").value == "2026-10-14"
    assert _one(project, "restored electronic records").value == "2026-10-09"


def test_cyber_shutdown_is_the_sunday_before() -> None:
    project, _ = _story("cyber")
    assert _one(project, "shut down its computer systems").value == "2026-10-04"


# --- the ruling: announced for Friday, given on Friday, appealed -----------------------------------

def test_ruling_announced_and_given_is_one_event_named_as_given() -> None:
    """AP: "will rule on Friday" (its headline: "court to rule on Friday"); Reuters: "ruled on Friday";
    Business Day: "last week's High Court ruling"."""
    project, ids = _story("ruling")
    ruling = _one(project, "High Court ruled")
    assert ruling.value == "2026-05-08" and {"AP", "Reuters", "Business Day"} <= _outlets(ruling, ids)
    assert _conflict(ruling) == []


@_gap("AP's headline ('court to rule on Friday') and its first sentence ('will rule on Friday') make two events of "
      "one article, and GroundUp's 'the May 8 ruling' is titled 'Ruling at the Supreme Court of Appeal' and placed "
      "at the court, so it stays apart")
def test_ruling_is_the_only_event_of_may_8() -> None:
    project, ids = _story("ruling")
    (ruling,) = _on(project, "2026-05-08")
    assert _outlets(ruling, ids) == {"AP", "Reuters", "Business Day", "GroundUp"}


def test_ruling_appeal_announced_and_filed_stay_apart() -> None:
    """"said on Tuesday it would appeal" (May 12) is the announcement; "filed its appeal ... on
    Wednesday" (June 3) the filing, three weeks later: no merge, no conflict."""
    project, ids = _story("ruling")
    said = _on(project, "2026-05-12")
    assert len(said) == 1 and _outlets(said[0], ids) == {"Business Day"} and _conflict(said[0]) == []
    filed = _one(project, "filed its appeal")
    assert filed.value == "2026-06-03" and _outlets(filed, ids) == {"GroundUp"}


def test_ruling_other_decisions_stay_apart() -> None:
    project, _ = _story("ruling")
    assert _one(project, "tribunal upheld").value == "2026-01"
    assert _one(project, "dismissed").value == "2026-06-01"
    assert _one(project, "shares fell").value == "2026-05-11"
    assert _one(project, "challenged the mining licence").value == "2024"


# --- the summit: ministers on Tuesday, the opening on Thursday, the end on Friday ------------------

def test_summit_opening_is_one_event_and_its_end_another() -> None:
    """Reuters' "a two-day leaders' summit that opens on Thursday" and AP's "opened their annual
    summit ... on Thursday" are one opening; Bernama's "The ASEAN summit ended ... on Friday" is
    the end, a day later, not a day's disagreement."""
    project, ids = _story("summit")
    (opening,) = [e for e in _on(project, "2026-06-11") if "protesters" not in e.title]
    assert _outlets(opening, ids) == {"Reuters", "AP"} and _conflict(opening) == []
    ended = _one(project, "summit ended")
    assert ended.value == "2026-06-12" and _outlets(ended, ids) == {"Bernama"}


@_gap("'to prepare a two-day leaders' summit that opens on Thursday' is titled by the main clause ('Southeast "
      "Asian foreign ministers met in Kuala Lumpur to prepare …'), so the opening is named after the ministers")
def test_summit_opening_title_tells_the_opening() -> None:
    project, _ = _story("summit")
    opening = [e for e in _on(project, "2026-06-11") if "protesters" not in e.title]
    assert len(opening) == 1 and "ministers met" not in opening[0].title


def test_summit_ministers_protests_and_reactions_stay_apart() -> None:
    project, ids = _story("summit")
    ministers = [e for e in _on(project, "2026-06-09") if "ministers met" in e.title]
    assert len(ministers) == 1 and _outlets(ministers[0], ids) == {"Reuters"}
    assert _one(project, "protesters gathered").value == "2026-06-09"
    assert _one(project, "detained 12 protesters").value == "2026-06-11"
    assert _outlets(_one(project, "Philippines welcomed"), ids) == {"SCMP"}
    assert _one(project, "rejected the statement").value == "2026-06-15"
    assert _one(project, "next summit").value == "2027-05"


@_gap("'the statement issued at the end of last week's ASEAN summit' is read as 'the end of last week' (the "
      "weekend, June 13-14), which does not hold the summit's Friday, so 'ASEAN summit' stays an event of its own")
def test_summit_last_week_s_summit_joins_its_end() -> None:
    project, ids = _story("summit")
    assert "SCMP" in _outlets(_one(project, "summit ended"), ids)


# --- the recall: 410,000 SUVs in the U.S., another 95,000 in Canada, a sedan recall ----------------

def test_recall_told_with_two_figures_is_one_event() -> None:
    """Reuters' "is recalling 410,000 Ridgeback SUVs" and AP's "would recall about 412,000
    Ridgeback SUVs", both on Tuesday."""
    project, ids = _story("recall")
    recall = _one(project, "recalling 410,000")
    assert recall.value == "2026-09-22" and {"Reuters", "AP"} <= _outlets(recall, ids)


def test_recall_canada_and_sedan_recalls_stay_apart() -> None:
    project, ids = _story("recall")
    canada = [e for e in project.events.values() if e.title.startswith("Kestrel Motors recalled another")]
    assert canada and all(e.value == "2026-09-29" and _outlets(e, ids) == {"Automotive News"} for e in canada)
    falcon = _one(project, "Falcon sedans")
    assert falcon.value == "2026-09-28" and _outlets(falcon, ids) == {"Automotive News"}
    assert _outlets(_one(project, "shares fell"), ids) == {"Reuters"}
    assert _one(project, "opened an investigation").value == "2026-03"


def test_recall_a_week_after_the_us_recall_names_the_us_recall() -> None:
    """'recalled another 95,000 ... on Tuesday, a week after the U.S. recall of 410,000 vehicles': the
    offset is an apposition of Tuesday's clause and tells the U.S. recall's day (session 15, articles 4)."""
    project, ids = _story("recall")
    assert "Automotive News" in _outlets(_one(project, "recalling 410,000"), ids)
    assert len([e for e in project.events.values() if e.title.startswith("Kestrel Motors recalled another")]) == 1
