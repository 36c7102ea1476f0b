"""Held-out stories, round 2: whole wire and web articles, several outlets, several days.

Written for this file (not taken from any corpus or outlet) in the shape of today's news
copy: a headline line, sometimes a byline or an "Updated ..." stamp, a dateline opening the
first paragraph, one or two sentences a paragraph, quotes, attributions, a background
paragraph about earlier years, and follow-ups days later that refer back to what happened
("last week's explosion", "two days after the blast", "since the ceasefire took effect").
The checks are what a careful analyst wants of the merged timeline: one event per happening
with every outlet's source, distinct happenings kept apart, conflicts where outlets
disagree, anchored events linked to the right anchor and dated from it, titles that say
what happened (no dateline residue, no dangling "said"), and no event from a dateline or a
byline. Known gaps are ``xfail(strict=True)`` with the reason.
"""
from __future__ import annotations

import re

import pytest

from tests.pipeline.heldout import Article, Stories, conflict, gap, on, one, outlets


# --- an industrial accident: Monday night's refinery blast and its week ---------------------

REFINERY: list[Article] = [
    ("AP", "2026-02-17", """Explosion at German refinery kills 3 workers, injures dozens
By Marta Quell
Updated 6:40 PM GMT, February 17, 2026

KESSLING, Germany (AP) — An explosion ripped through a processing unit at the Kessling oil refinery on Monday night, killing three workers and injuring 27 others, police said.

The blast shook houses several kilometers away and sent a column of black smoke over the town, residents said.

"It felt like an earthquake," said Anke Vogel, who lives two streets from the plant.

Firefighters put out the fire on Tuesday morning, the fire service said.

The refinery, which opened in 1974, was fined in 2019 over a gas leak.
"""),
    ("Reuters", "2026-02-18", """German refinery operator halts output after deadly blast

FRANKFURT, Feb 18 (Reuters) - The operator of the Kessling refinery suspended all production on Wednesday, two days after an explosion killed three workers at the site.

The explosion on Monday happened in a unit that processes crude oil, the company said in a statement.

Prosecutors opened an investigation into possible negligence on Tuesday, a spokesman for the prosecutor's office said.

Shares in the company fell 6% in Frankfurt trading.
"""),
    ("DW", "2026-02-24", """Kessling mourns refinery victims

KESSLING — Hundreds of people attended a memorial service on Sunday for the workers killed in last week's explosion at the Kessling refinery.

A fourth worker died in hospital on Saturday, the company said.

The state government said on Monday that it would review safety rules at all refineries in the state.

Investigators believe a faulty valve caused the explosion.
"""),
]

# --- a disputed election: the vote, the result, protests, a court petition ------------------

ELECTION: list[Article] = [
    ("AP", "2026-05-21", """Malawi opposition rejects presidential election result

LILONGWE, Malawi (AP) — Malawi's main opposition party on Thursday rejected the result of last week's presidential election, saying the vote was rigged.

The electoral commission declared President Daniel Phiri the winner on Tuesday with 52% of the vote.

"We will not accept a stolen election," opposition leader Grace Mwale told reporters in the capital.

Voters cast ballots on May 14 in an election that observers described as largely peaceful.
"""),
    ("Reuters", "2026-05-22", """Police fire tear gas as Malawi election protests spread

BLANTYRE, May 22 (Reuters) - Police fired tear gas at opposition supporters in Blantyre on Friday as protests over the disputed presidential election spread to the commercial capital, witnesses said.

The protests began in Lilongwe on Wednesday, a day after the electoral commission declared the result.

The opposition said it would file a petition at the Constitutional Court next week.
"""),
    ("Nyasa Times", "2026-06-09", """Court hears election petition

The Constitutional Court began hearing the opposition's petition against the presidential election result on Monday.

The petition was filed on May 27.

Lawyers for the electoral commission told the court that the vote was free and fair. The court said it would rule by June 30.
"""),
]

# --- a bribery trial over eight weeks -------------------------------------------------------

TRIAL: list[Article] = [
    ("AP", "2026-03-03", """Former Kenyan health minister goes on trial over vaccine contracts
By Peter Odhiambo

NAIROBI, Kenya (AP) — A former Kenyan health minister went on trial on Monday on charges of taking bribes in exchange for vaccine contracts.

Prosecutors say Joseph Kamau received $2 million from two suppliers between 2021 and 2022.

Kamau, who was arrested in October, has denied the charges.
"""),
    ("Reuters", "2026-03-12", """Aide tells Kenyan court he carried cash to ex-minister's home

NAIROBI, March 12 (Reuters) - A former aide to ex-health minister Joseph Kamau testified on Wednesday that he had carried bags of cash to Kamau's home in 2021.

The trial opened on March 2 and is expected to last six weeks.

Defence lawyers said on Thursday they would call 14 witnesses.
"""),
    ("BBC", "2026-04-15", """Kenya's ex-health minister Kamau found guilty of bribery

A court in Nairobi has found former health minister Joseph Kamau guilty of taking bribes from vaccine suppliers.

The verdict was read out on Tuesday. Kamau will be sentenced on April 28, the judge said.

The trial, which opened on March 2, heard from 31 witnesses.
"""),
    ("AP", "2026-04-29", """Kenyan ex-minister sentenced to 12 years for bribery

NAIROBI, Kenya (AP) — A Kenyan court sentenced former health minister Joseph Kamau to 12 years in prison on Tuesday, two weeks after he was convicted of taking bribes.

His lawyer said he would appeal.
"""),
]

# --- a tropical storm: landfall, toll, state of calamity, clean-up -----------------------------

STORM: list[Article] = [
    ("Reuters", "2026-10-27", """Tropical Storm Idris kills 18 in northern Philippines

MANILA, Oct 27 (Reuters) - Tropical Storm Idris made landfall in the northern Philippines on Monday afternoon, triggering landslides and floods that killed at least 18 people, the disaster agency said on Tuesday.

Authorities evacuated more than 200,000 people on Sunday ahead of the storm.

Idris is the 14th storm to hit the country this year.
"""),
    ("AP", "2026-10-28", """Philippine storm death toll rises to 46

MANILA, Philippines (AP) — The death toll from Tropical Storm Idris rose to 46 on Wednesday, two days after the storm slammed into the northern Philippines, officials said.

The storm made landfall on Monday in Isabela province.

President Ramon Cruz declared a state of calamity in four provinces on Tuesday, freeing emergency funds.
"""),
    ("Inquirer", "2026-11-02", """Isabela digs out

ILAGAN, Isabela — Residents were still clearing mud from their homes on Sunday, six days after the storm made landfall.

The state of calamity declared in four provinces last week remains in force, officials said.

Classes will resume on November 9, the education department said.
"""),
]

# --- a corporate takeover: the deal, the market, the regulator ---------------------------------

TAKEOVER: list[Article] = [
    ("Reuters", "2026-07-13", """Halvorsen agrees to buy Brightwater for $8.4 billion

OSLO, July 13 (Reuters) - Norwegian shipping group Halvorsen said on Monday it had agreed to buy British ferry operator Brightwater for $8.4 billion in cash.

Brightwater shares jumped 31% in London on Monday.

Halvorsen first approached Brightwater in April, people familiar with the matter said.
"""),
    ("FT", "2026-07-14", """Brightwater investors cheer Halvorsen deal

Brightwater's largest shareholder backed Halvorsen's $8.4 billion offer on Tuesday, a day after the deal was announced.

The takeover is expected to close in the first quarter of 2027, subject to regulatory approval.
"""),
    ("Bloomberg", "2026-09-01", """UK regulator opens in-depth probe of Halvorsen-Brightwater deal

LONDON (Bloomberg) — Britain's Competition and Markets Authority opened an in-depth investigation into Halvorsen's takeover of Brightwater on Monday, seven weeks after the deal was announced.

The regulator will decide by January 15 whether to block the deal.
"""),
]

# --- ceasefire and talks -----------------------------------------------------------------------

CEASEFIRE: list[Article] = [
    ("Reuters", "2026-03-03", """Kordavia ceasefire holds as mediators plan talks

DOHA, March 3 (Reuters) - A ceasefire between Kordavia's government and the Northern Front rebels took effect on Sunday, Qatari mediators said on Tuesday.

Talks on a permanent settlement will begin in Doha on March 10, the mediators said.

The conflict, which began in 2023, has killed more than 20,000 people.
"""),
    ("AP", "2026-03-06", """Shelling hits Kordavian town despite truce

ATARA, Kordavia (AP) — Shelling hit the northern town of Atara on Thursday in the first serious violation of the truce, residents said.

More than 4,000 displaced people have returned to Atara since the ceasefire took effect, the U.N. refugee agency said.
"""),
    ("Al Jazeera", "2026-03-11", """Kordavia peace talks open in Doha

Peace talks between Kordavia's government and the Northern Front opened in Doha on Tuesday, nine days after the ceasefire began.

"This is a fragile beginning," said Qatari envoy Khalid al-Sada.
"""),
]

# --- a disease outbreak: declared, spreading, vaccines ------------------------------------------

OUTBREAK: list[Article] = [
    ("Reuters", "2026-08-10", """Uganda declares Marburg outbreak after miner dies

KAMPALA, Aug 10 (Reuters) - Uganda's health ministry declared an outbreak of Marburg virus disease in the western district of Kasese on Sunday, after a miner died at a regional hospital.

The patient fell ill on July 29, the ministry said.

Uganda last had a Marburg outbreak in 2017.
"""),
    ("AP", "2026-08-14", """Uganda Marburg cases rise to nine

KAMPALA, Uganda (AP) — Confirmed Marburg cases in Uganda have risen to nine, health authorities said on Thursday, four days after the outbreak was declared.

Vaccination of health workers with a trial vaccine began on Wednesday, the World Health Organization said.
"""),
    ("Health Policy Watch", "2026-08-25", """Marburg: no new cases in a week

The Marburg outbreak declared on August 9 has infected 14 people and killed six.

No new cases have been reported since August 17, the WHO said on Monday.
"""),
]

# --- a protest movement: the march, arrests, a curfew ----------------------------------------

PROTEST: list[Article] = [
    ("AP", "2026-11-15", """Tens of thousands march in Accra against illegal mining

ACCRA, Ghana (AP) — Tens of thousands of people marched through Accra on Saturday to protest against illegal gold mining, the largest protest since the movement began in September.

"Our rivers are dying," said student leader Ama Owusu.
"""),
    ("Reuters", "2026-11-17", """Ghana police arrest 54 after mining protest turns violent

ACCRA, Nov 17 (Reuters) - Police arrested 54 protesters in Accra on Monday, two days after the march, police said.

The interior ministry declared a curfew in central Accra starting Saturday.
"""),
    ("BBC", "2026-11-20", """Ghana's president meets mining protesters

President Kwame Adjei met leaders of the anti-mining movement on Thursday, five days after the march through Accra.

The curfew will begin on Saturday, the interior ministry said.
"""),
]

STORIES: dict[str, list[Article]] = {
    "refinery": REFINERY, "election": ELECTION, "trial": TRIAL, "storm": STORM, "takeover": TAKEOVER,
    "ceasefire": CEASEFIRE, "outbreak": OUTBREAK, "protest": PROTEST,
}


_story = Stories(STORIES)
_one, _on, _outlets, _conflict, _gap = one, on, outlets, conflict, gap


# --- every story: no event from a dateline, byline or stamp; no dateline residue in a title ----

_DATELINE = re.compile(r"^(?:[A-Z][A-Za-z.,' ]{0,60}?(?:\((?:AP|Reuters|Bloomberg)\))?\s*[\u2014-]|By [A-Z].*$|Updated .*$)",
                       re.M)


@pytest.mark.parametrize("name", sorted(STORIES))
def test_no_event_from_a_dateline_byline_or_stamp(name: str) -> None:
    project, _ = _story(name)
    for event in project.events.values():
        for source in event.sources:
            text = project.documents[source.document_id].text
            lines = [m.span() for m in _DATELINE.finditer(text)]
            assert source.expression_start is not None
            assert not any(a <= source.expression_start < b for a, b in lines), (event.title, source.expression)


@pytest.mark.parametrize("name", sorted(STORIES))
def test_titles_carry_no_dateline_residue_and_no_dangling_word(name: str) -> None:
    project, _ = _story(name)
    for event in project.events.values():
        words = event.title.rstrip(" .\u2026").split()
        assert not any(w.strip("(),") in ("AP", "Reuters", "Bloomberg") for w in words), event.title
        assert not any(len(w) > 3 and w.isupper() for w in words), event.title  # "KESSLING, Germany (AP) —"
        assert words[-1].lower() not in ("starting", "beginning", "since", "as", "the", "of", "to"), event.title
        assert "since said" not in event.title.lower() and "'s said" not in event.title.lower(), event.title


# --- the refinery: Monday night's blast, told four ways by three outlets ------------------------

def test_refinery_blast_told_four_ways_is_one_event_with_no_conflict() -> None:
    """AP's "Monday night", Reuters' "two days after an explosion" and "The explosion on Monday",
    and DW's "last week's explosion" (week 8, which holds Monday the 16th)."""
    project, ids = _story("refinery")
    blast = _one(project, "explosion")
    assert _outlets(blast, ids) == {"AP", "Reuters", "DW"} and len(blast.sources) == 4
    assert blast.value == "2026-02-16TNI" and _conflict(blast) == []


def test_refinery_suspension_is_dated_by_its_own_day() -> None:
    project, ids = _story("refinery")
    halt = _one(project, "suspended all production")
    assert halt.value == "2026-02-18" and _outlets(halt, ids) == {"Reuters"}


def test_refinery_follow_ups_are_their_own_events() -> None:
    project, _ = _story("refinery")
    assert _one(project, "put out the fire").value == "2026-02-17TMO"
    assert _one(project, "opened an investigation").value == "2026-02-17"
    assert _one(project, "fourth worker died").value == "2026-02-21"
    assert _one(project, "memorial service").value == "2026-02-22"
    review = _one(project, "safety rules")
    assert review.value == "2026-02-23" and "review" in review.title


def test_refinery_background_years() -> None:
    project, _ = _story("refinery")
    assert _one(project, "refinery opened").value == "1974"
    assert _one(project, "fined").value == "2019"


# --- the election: the vote (May 14), the result (Tuesday), protests, a court petition ----------

def test_election_result_told_twice_is_one_event() -> None:
    """AP: "declared ... the winner on Tuesday"; Reuters: "on Wednesday, a day after the
    electoral commission declared the result"."""
    project, ids = _story("election")
    declared = _one(project, "declared")
    assert declared.value == "2026-05-19" and _outlets(declared, ids) == {"AP", "Reuters"}
    assert _conflict(declared) == []


def test_election_protests_are_their_own_events() -> None:
    project, _ = _story("election")
    assert _one(project, "protests began").value == "2026-05-20"
    gas = _one(project, "tear gas")
    assert gas.value == "2026-05-22" and not gas.title.endswith(" as protests")


def test_election_rejection_title_leaves_the_possessive_date_out() -> None:
    project, _ = _story("election")
    rejected = _one(project, "rejected")
    assert rejected.value == "2026-05-21" and "last week" not in rejected.title


@_gap("'last week's presidential election' and 'Voters cast ballots on May 14' are one vote told twice in one "
      "article; merging joins reports of different documents, and in one document only near copies of a sentence")
def test_election_last_week_s_vote_is_the_may_14_vote() -> None:
    project, _ = _story("election")
    assert len([e for e in project.events.values() if "election" in e.title.lower()
                and e.value in ("2026-05-14", "2026-W20")]) == 1


def test_election_petition_plan_is_not_the_hearing() -> None:
    project, ids = _story("election")
    hearing = _on(project, "2026-06-08")
    assert len(hearing) == 1 and _outlets(hearing[0], ids) == {"Nyasa Times"} and _conflict(hearing[0]) == []


def test_election_later_dates_are_their_own_events() -> None:
    project, _ = _story("election")
    assert _one(project, "petition was filed").value == "2026-05-27"
    assert _one(project, "rule").value == "2026-06-30"


# --- the trial: opened March 2, testimony, verdict April 14, sentence April 28 ------------------

def test_trial_opening_told_three_times_is_one_event() -> None:
    project, ids = _story("trial")
    opened = _on(project, "2026-03-02")
    assert len(opened) == 1 and _outlets(opened[0], ids) == {"AP", "Reuters", "BBC"}


def test_trial_testimony_and_defence_are_their_own_events() -> None:
    project, _ = _story("trial")
    assert [e.title for e in _on(project, "2026-03-11")] and "testified" in _on(project, "2026-03-11")[0].title
    assert "14 witnesses" in _one(project, "defence lawyers").title
    assert _one(project, "arrested").value == "2025-10"


def test_trial_verdict_is_anchored_two_weeks_before_the_sentence() -> None:
    """BBC: "The verdict was read out on Tuesday" (April 14); AP: "sentenced ... on Tuesday, two
    weeks after he was convicted" dates the conviction, which is that verdict."""
    project, ids = _story("trial")
    verdict = _one(project, "verdict")
    assert verdict.value == "2026-04-14" and _outlets(verdict, ids) == {"BBC", "AP 2"}
    assert _conflict(verdict) == []


def test_trial_sentence_is_april_28() -> None:
    project, ids = _story("trial")
    sentenced = _one(project, "court sentenced")
    assert sentenced.value == "2026-04-28" and "AP 2" in _outlets(sentenced, ids)


def test_trial_announced_sentence_is_the_sentence() -> None:
    """BBC's 'Kamau will be sentenced on April 28' and AP's 'A Kenyan court sentenced ... on Tuesday'
    (April 28) are one sentencing, announced and then told: one kind of happening on one day.
    The merged event is named as it was done."""
    project, ids = _story("trial")
    (sentenced,) = _on(project, "2026-04-28")
    assert "will" not in sentenced.title.split() and {"BBC", "AP 2"} <= _outlets(sentenced, ids)


@_gap("'testified on Wednesday that he had carried bags of cash to Kamau's home in 2021': what was said holds "
      "the 2021 date but opens with 'he', so it is left as the saying, cut short ('Former aide ... testified …')")
def test_trial_what_the_aide_told_is_the_2021_event() -> None:
    project, _ = _story("trial")
    assert "carried" in _on(project, "2021")[0].title


# --- the storm: landfall on Monday afternoon, told four ways; a state of calamity -------------

def test_storm_landfall_is_one_event_with_no_conflict() -> None:
    """Reuters' "Monday afternoon", AP's "on Monday" and "two days after the storm slammed into",
    and the Inquirer's "six days after the storm made landfall": Monday holds its afternoon."""
    project, ids = _story("storm")
    landfall = _one(project, "made landfall")
    assert _outlets(landfall, ids) == {"Reuters", "AP", "Inquirer"}
    assert landfall.value == "2026-10-26TAF" and _conflict(landfall) == []


def test_storm_evacuation_ahead_of_the_storm_is_the_sunday_before() -> None:
    """"evacuated ... on Sunday ahead of the storm", published on Tuesday: ahead of the storm,
    not of the publication."""
    project, _ = _story("storm")
    assert _one(project, "evacuated").value == "2026-10-25"


def test_storm_toll_and_clean_up_are_their_own_events() -> None:
    project, ids = _story("storm")
    assert _one(project, "death toll").value == "2026-10-28"
    mud = _one(project, "clearing mud")
    assert mud.value == "2026-11-01" and _outlets(mud, ids) == {"Inquirer"}
    assert _one(project, "classes will resume").value == "2026-11-09"


def test_storm_calamity_told_twice_is_one_event() -> None:
    project, ids = _story("storm")
    calamity = _one(project, "state of calamity")
    assert _outlets(calamity, ids) == {"AP", "Inquirer"} and calamity.value == "2026-10-27"


@_gap("a saying whose content has a date of its own keeps the plain title 'Disaster agency said' (by design, so "
      "the saying does not repeat the content's event); the analyst wants what was reported in it")
def test_storm_saying_title_says_what_was_reported() -> None:
    project, _ = _story("storm")
    assert _on(project, "2026-10-27")[0].title.lower() != "disaster agency said" and \
        all(e.title.lower() != "disaster agency said" for e in project.events.values())


# --- the takeover: the deal announced on Monday, counted from twice -----------------------------

def test_takeover_announcement_is_one_event() -> None:
    project, ids = _story("takeover")
    deal = [e for e in _on(project, "2026-07-13") if "shares" not in e.title.lower()]
    assert len(deal) == 1 and _outlets(deal[0], ids) == {"Reuters", "FT", "Bloomberg"}


def test_takeover_deal_and_share_jump_of_one_day_stay_apart() -> None:
    project, ids = _story("takeover")
    agreed = _one(project, "agreed to buy")
    jump = _one(project, "shares jumped")
    assert agreed.id != jump.id and agreed.value == jump.value == "2026-07-13"
    assert "Reuters" in _outlets(agreed, ids)


def test_takeover_later_steps_are_their_own_events() -> None:
    project, ids = _story("takeover")
    assert _one(project, "largest shareholder").value == "2026-07-14"
    probe = _one(project, "in-depth investigation")
    assert probe.value == "2026-08-31" and _outlets(probe, ids) == {"Bloomberg"}
    assert _one(project, "decide").value == "2027-01-15"
    assert _one(project, "expected to close").value == "2027-Q1"
    assert _one(project, "first approached").value == "2026-04"


# --- the ceasefire: took effect on Sunday; talks nine days later ---------------------------------

def test_ceasefire_is_one_event_dated_by_reuters_and_counted_by_al_jazeera() -> None:
    project, ids = _story("ceasefire")
    ceasefire = _one(project, "took effect")
    assert ceasefire.value == "2026-03-01" and _outlets(ceasefire, ids) == {"Reuters", "Al Jazeera"}
    assert _conflict(ceasefire) == []


def test_ceasefire_talks_announced_and_opened_are_one_event() -> None:
    project, ids = _story("ceasefire")
    talks = _on(project, "2026-03-10")
    assert len(talks) == 1 and _outlets(talks[0], ids) == {"Reuters", "Al Jazeera"}


def test_ceasefire_shelling_and_background_are_their_own_events() -> None:
    project, ids = _story("ceasefire")
    shelling = _one(project, "shelling")
    assert shelling.value == "2026-03-05" and _outlets(shelling, ids) == {"AP"}
    assert _one(project, "conflict began").value == "2023"


def test_ceasefire_since_the_ceasefire_is_a_period_from_it() -> None:
    project, _ = _story("ceasefire")
    returned = _one(project, "returned to Atara")
    assert returned.depends_on is not None and project.events[returned.depends_on.anchor_id].value == "2026-03-01"
    # from the ceasefire until AP's report (March 6)
    assert returned.interval is not None and returned.interval.inclusive() == ("2026-03-01", "2026-03-06")


# --- the outbreak: declared on Sunday (August 9), counted from and restated ---------------------

def test_outbreak_declaration_counted_from_is_one_event() -> None:
    project, ids = _story("outbreak")
    declared = _one(project, "health ministry declared")
    assert declared.value == "2026-08-09" and {"Reuters", "AP"} <= _outlets(declared, ids)


def test_outbreak_participle_dates_the_declaration_not_the_toll() -> None:
    """"The Marburg outbreak declared on August 9 has infected 14 people": a participle."""
    alone, _ = Stories({"alone": OUTBREAK[2:]})("alone")  # read alone: in the story it joins the ministry's declaration
    assert any(e.value == "2026-08-09" and e.title.lower().endswith("outbreak declared")
               for e in alone.events.values())
    project, ids = _story("outbreak")
    assert not any("declared has" in e.title for e in project.events.values())
    assert "Health Policy Watch" in _outlets(_one(project, "health ministry declared"), ids)


def test_outbreak_declaration_told_three_times_is_one_event() -> None:
    project, ids = _story("outbreak")
    assert len(_on(project, "2026-08-09")) == 1


def test_outbreak_follow_ups_are_their_own_events() -> None:
    project, ids = _story("outbreak")
    assert _one(project, "fell ill").value == "2026-07-29"
    assert _one(project, "vaccination").value == "2026-08-12"
    assert _one(project, "risen to nine").value == "2026-08-13"
    assert _one(project, "no new cases").value == "2026-08-17"
    assert _one(project, "last had").value == "2017"


def test_outbreak_the_who_is_no_relative_pronoun() -> None:
    """"No new cases have been reported since August 17, the WHO said on Monday": "WHO" is the
    speaker, not "who" of a relative clause."""
    project, _ = _story("outbreak")
    assert [e.title for e in _on(project, "2026-08-24")] == ["WHO said"]


# --- the protest: the march on Saturday, arrests two days later, a curfew from Saturday ------------

def test_protest_march_counted_from_twice_is_one_event() -> None:
    project, ids = _story("protest")
    march = _one(project, "marched")
    assert march.value == "2026-11-14" and _outlets(march, ids) == {"AP", "Reuters", "BBC"}
    assert _conflict(march) == []


def test_protest_arrests_and_meeting_are_their_own_events() -> None:
    project, _ = _story("protest")
    assert _one(project, "arrested 54").value == "2026-11-16"
    assert _one(project, "met leaders").value == "2026-11-19"


def test_protest_curfew_declared_starting_saturday_is_the_coming_saturday() -> None:
    """Reuters (Tuesday): "declared a curfew in central Accra starting Saturday"; BBC (Friday):
    "The curfew will begin on Saturday": one curfew, from November 21."""
    project, ids = _story("protest")
    curfew = _one(project, "curfew")
    assert curfew.value == "2026-11-21" and _outlets(curfew, ids) == {"Reuters", "BBC"}
    assert not curfew.title.endswith("starting")


def test_protest_movement_began_in_september() -> None:
    """'the largest protest since the movement began in September': the date is the 'since' clause's."""
    project, _ = _story("protest")
    assert _on(project, "2026-09")[0].title == "Movement began"
