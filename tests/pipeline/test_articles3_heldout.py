"""Held-out news, third set: twelve wire-style articles written for this file and never tuned
on (a wildfire, a no-confidence vote, earnings with layoffs, a fraud sentencing, a hostage
release, an Ebola outbreak, a grounded ship, a doping ban, a Senate recount, a bank run, a
data breach, a protest anniversary), each read alone, with the events a careful analyst
expects: the date, words the title must and must not carry, the anchor of an event-anchored
date. Runs the real pipeline; known gaps are strict xfails with the reason."""
from __future__ import annotations

import pytest

from tests.pipeline.heldout import Expect, Projects, check_event, titled


ARTICLES: dict[str, tuple[str, str]] = {
    "wildfire": ("2025-03-11", "\n\n".join((
        "LOS ANGELES (Reuters) - Firefighters on Tuesday gained ground against a wind-driven wildfire that "
        "has burned more than 14,000 acres in the hills north of Santa Clarita, officials said, as some "
        "residents were allowed to return home.",
        "The Ridge Fire broke out on Saturday afternoon near a highway rest stop and spread quickly "
        "overnight, pushed by gusts of up to 60 miles per hour. By Sunday morning, authorities had ordered "
        "the evacuation of about 9,000 homes.",
        "Containment rose to 35 percent on Tuesday, up from 10 percent a day earlier, the county fire "
        "department said.",
        "\"We turned a corner last night,\" fire chief Maria Alvarez told reporters. \"But the winds are coming "
        "back on Thursday and nobody should let their guard down.\"",
        "Evacuation orders for the neighborhood of Castaic were lifted on Monday evening, two days after the "
        "fire started. Two firefighters were injured on Sunday when a burning tree fell on their engine.",
        "The cause of the fire is under investigation. Southern California Edison said on Tuesday it had "
        "reported a problem with a power line in the area to state regulators.",
        "The region's last major blaze, the Lake Fire, burned 31,000 acres in August 2020.",
        "Officials said a public meeting on the recovery would be held on March 20.",
    ))),
    "noconfidence": ("2024-10-10", "\n\n".join((
        "PRAGUE, Oct 10 (AP) — The Czech government of Prime Minister Pavel Novak lost a vote of no "
        "confidence in parliament on Wednesday, ending a coalition that had governed for less than two years.",
        "Lawmakers voted 104 to 89 to bring down the government after a marathon debate that began on Tuesday"
        " morning. The motion was filed by opposition parties two weeks ago, days after the finance ministry "
        "admitted that the budget deficit would be twice the forecast.",
        "Novak, who took office in December 2023, said he would ask President Karel Dvorak to give him a "
        "chance to form a new coalition. \"The fight is not over,\" he told reporters outside the chamber.",
        "Dvorak said on Thursday that he would meet the leaders of all parliamentary parties next week before"
        " deciding who would be asked to form a government.",
        "The coalition had been weakened since June, when the Pirate Party quit over a dispute about a new "
        "highway tender. Two ministers resigned in August.",
        "It was the first time a Czech government had lost a confidence vote since 2009, when Mirek "
        "Topolanek's cabinet fell in the middle of the country's EU presidency.",
        "Under the constitution, Novak's cabinet will stay in office until a new government is appointed. A "
        "new budget must be passed by December 31.",
    ))),
    "earnings": ("2025-02-13", "\n\n".join((
        "SAN FRANCISCO, Feb 13 (Reuters) - Software maker Veltrix Inc said on Thursday it would cut about "
        "1,200 jobs, or 9% of its workforce, after reporting a wider-than-expected quarterly loss, sending "
        "its shares down 14% in extended trading.",
        "The company posted a net loss of $212 million in the fourth quarter, compared with a loss of $48 "
        "million a year earlier. Revenue rose 3% to $1.9 billion, short of analysts' estimates.",
        "Chief Executive Dana Whitfield, who replaced co-founder Amir Haddad in September, said the layoffs "
        "would be completed by the end of the second quarter. \"We grew too fast during the pandemic,\" she "
        "said on a call with analysts.",
        "Veltrix had already cut 600 jobs in March 2024. The company said it expected to record restructuring"
        " charges of about $90 million, mostly in the first quarter.",
        "The results come two weeks after the company's largest rival, Norhaven, announced plans to buy a "
        "cloud security startup for $3.4 billion.",
        "Veltrix's shares have lost nearly half their value since July, when the company cut its annual "
        "forecast for the first time.",
        "The company will hold its annual shareholder meeting on May 22.",
    ))),
    "sentencing": ("2025-02-15", "\n\n".join((
        "MINNEAPOLIS (AP) — A former nursing home administrator was sentenced on Friday to 12 years in prison"
        " for a scheme that stole more than $6 million from elderly residents, ending a case that began when "
        "a bank flagged suspicious transfers in 2021.",
        "U.S. District Judge Helen Park also ordered Gregory Lind, 58, to pay $6.4 million in restitution.",
        "A jury convicted Lind in November after a three-week trial in which prosecutors showed he had opened"
        " accounts in the names of residents with dementia. The trial began on October 21.",
        "Lind was arrested in March 2022, a year after the bank's fraud team alerted the FBI. He pleaded not "
        "guilty and was released on bail.",
        "\"He preyed on people who could not defend themselves,\" Park said as she announced the sentence.",
        "Lind's lawyer, Thomas Reyes, said on Saturday that his client would appeal the verdict. He has 14 "
        "days to file a notice of appeal.",
        "Lind must report to federal prison by April 1. A co-defendant, his former bookkeeper, pleaded guilty"
        " in January and will be sentenced on March 28.",
    ))),
    "hostage": ("2024-09-16", "\n\n".join((
        "DOHA, Qatar — Three aid workers held for nearly five months by an armed group in northern Mali were "
        "freed on Sunday after weeks of negotiations mediated by Qatar, officials said.",
        "The workers, two French nationals and a Canadian, were kidnapped on April 19 while driving between "
        "Gao and Menaka. Their captors released a video in May demanding the release of prisoners.",
        "Qatar's foreign ministry said on Monday that talks had started in late July and that a first "
        "agreement was reached on September 2. The final handover took place at an airstrip near the Niger "
        "border, 13 days after the agreement was signed.",
        "The freed hostages landed in Doha late on Sunday and were flown to Paris on Monday morning, where "
        "President Emmanuel Macron greeted them on the tarmac.",
        "\"They are tired but in good health,\" Macron said.",
        "The group had freed a Malian driver in June, a month after the video was published.",
        "France has said it did not pay a ransom. The French parliament's foreign affairs committee will "
        "question the foreign minister about the case on September 24.",
    ))),
    "outbreak": ("2025-02-26", "\n\n".join((
        "KAMPALA, Uganda (Reuters) - Uganda confirmed 11 new cases of Sudan ebolavirus on Wednesday, bringing"
        " the total in the outbreak to 43, the health ministry said, as authorities extended a lockdown in "
        "two central districts for another 21 days.",
        "The outbreak was declared on January 30 after a nurse died at a hospital in Kampala. Since then, 16 "
        "people have died, including four health workers.",
        "The lockdown of Mubende and Kassanda districts was first imposed on February 13, two weeks after the"
        " outbreak was declared, and will now run until March 28.",
        "A trial of an experimental vaccine began on February 3, four days after the declaration, the World "
        "Health Organization said. More than 2,000 doses arrived from the United States on Monday.",
        "Uganda's last Sudan ebolavirus outbreak, in 2022, killed 55 people and was declared over in January "
        "2023.",
        "Health Minister Jane Aceng said on Tuesday that contact tracers were following more than 700 people."
        " \"We are not yet out of the woods,\" she said.",
        "Schools in the two districts will reopen on April 7, the education ministry said.",
    ))),
    "shipwreck": ("2025-03-06", "\n\n".join((
        "SINGAPORE, March 6 (Reuters) - Salvage crews began pumping fuel out of a container ship that ran "
        "aground off Indonesia's Bintan island last week, the vessel's operator said on Thursday, as fears "
        "grew of an oil spill near popular beaches.",
        "The Panama-flagged Oriental Star struck a reef shortly after midnight on February 27 while sailing "
        "from Port Klang to Hong Kong with 1,800 containers on board. All 22 crew members were rescued by the"
        " Indonesian coast guard on the same day.",
        "Dutch salvage firm Smit Salvage was hired on March 1 and its team reached the wreck two days later.",
        "\"The hull is badly damaged but stable,\" a company spokesman said.",
        "Indonesia's transport ministry said on Wednesday it had opened an investigation into why the ship "
        "had strayed from the shipping lane. The captain was questioned by police on Tuesday.",
        "A thin sheen of oil was spotted on Monday about three kilometres from the ship.",
        "The salvage operation is expected to take at least six weeks. The operator said the ship would be "
        "refloated by the end of April.",
    ))),
    "doping": ("2025-09-10", "\n\n".join((
        "LAUSANNE, Switzerland (AP) — Olympic 400-meter champion Kemar Daley was banned for four years on "
        "Tuesday after testing positive for a banned steroid, the Athletics Integrity Unit said.",
        "Daley tested positive in an out-of-competition test on June 14, three weeks before he won the world "
        "title in Budapest. He was provisionally suspended on August 2, when the results of his B sample were"
        " confirmed.",
        "The ban is backdated to August 2 and will end in August 2029, ruling him out of the next Olympics.",
        "Daley has denied wrongdoing. His lawyer said on Wednesday that the sprinter would appeal to the "
        "Court of Arbitration for Sport, which would hear the case in the spring.",
        "\"We will prove that the substance came from a contaminated supplement,\" lawyer Martina Gallo said.",
        "World Athletics stripped Daley of the world title on Tuesday. The silver medallist, Marcus Reid, "
        "will be awarded the gold at a ceremony before the Diamond League final in Brussels on September 13.",
        "Daley won the Olympic title in Paris in August 2024. He had never failed a test before this year.",
    ))),
    "recount": ("2024-11-18", "\n\n".join((
        "HARRISBURG, Pa. (AP) — A statewide recount in the race for Pennsylvania's Senate seat began on "
        "Monday, nearly two weeks after the Nov. 5 election left Republican Dave Miller ahead by fewer than "
        "16,000 votes out of nearly 7 million cast.",
        "State law requires an automatic recount when the margin is under half a percentage point. Secretary "
        "of the Commonwealth Al Schmidt ordered the recount on Thursday, two days after the final unofficial "
        "count was posted.",
        "Counties must finish the recount by November 26 and report their results to the state by noon the "
        "next day.",
        "Incumbent Democrat Sarah Casey conceded on election night in 2018 when she trailed by 2 points, but "
        "she said on Friday that she would wait for every vote to be counted this time.",
        "\"This is what democracy looks like,\" Casey told supporters in Scranton on Saturday.",
        "The last statewide recount in Pennsylvania took place in 2021, for a judicial seat, and changed the "
        "result by fewer than 100 votes.",
        "Miller's campaign said the recount would cost taxpayers more than $1 million. The new senator will "
        "be sworn in on January 3.",
    ))),
    "bank": ("2025-03-15", "\n\n".join((
        "FRANKFURT (Reuters) - German regulators closed regional lender Hanseatische Kreditbank on Friday and"
        " handed its deposits to a state-backed rescue fund, three days after customers withdrew more than 2 "
        "billion euros in a run on the bank.",
        "Financial watchdog BaFin said it had imposed a moratorium on the bank on Tuesday evening, freezing "
        "withdrawals, after the lender failed to meet its capital requirements.",
        "The run started on Monday, a day after a newspaper reported that the bank had lost heavily on "
        "commercial property loans. The bank's shares had plunged 60% in a single session on Monday before "
        "trading was suspended.",
        "Finance Minister Karl Brandt said on Saturday that all deposits up to 100,000 euros were safe. \"No "
        "saver will lose a cent,\" he said.",
        "The bank had been under scrutiny since 2023, when auditors raised concerns about its property "
        "portfolio. Its chief executive resigned in January.",
        "The European Central Bank said it would review the case at its next supervisory board meeting on "
        "April 16. Parliament's finance committee will hold a hearing next Wednesday.",
    ))),
    "cyber": ("2025-01-24", "\n\n".join((
        "BOSTON, Jan 24 (Reuters) - Health insurer Meridian Health said on Friday that hackers had stolen the"
        " personal data of about 8.7 million customers in a cyberattack that went undetected for more than "
        "two months.",
        "The breach began on November 3, when attackers used stolen credentials to log into a contractor's "
        "account, the company said in a filing with securities regulators. Meridian discovered the intrusion "
        "on January 9 and shut down the affected systems the same day.",
        "The company said it notified the FBI on January 10 and hired the cybersecurity firm Mandiant a day "
        "later.",
        "A ransomware group calling itself BlackVane claimed responsibility for the attack on Wednesday and "
        "posted samples of the data online.",
        "Meridian's shares fell 6% on Friday. The company said it would begin mailing letters to affected "
        "customers next week and would offer two years of free credit monitoring.",
        "It is the second major breach at a U.S. health insurer since February 2024, when an attack on Change"
        " Healthcare disrupted payments to pharmacies for weeks.",
        "A class action lawsuit was filed in federal court in Boston on Thursday, a day after the hackers "
        "posted the data.",
    ))),
    "anniversary": ("2025-11-30", "\n\n".join((
        "TBILISI, Georgia (AP) — Tens of thousands of people marched through the Georgian capital on Saturday"
        " to mark one year since the start of protests against the government's decision to suspend talks on "
        "joining the European Union.",
        "The protests began on November 28 last year, hours after Prime Minister Irakli Kobakhidze announced "
        "that the government would freeze EU accession talks until 2028. Demonstrators have gathered outside "
        "parliament every night since then.",
        "Police used water cannon and tear gas against protesters in the first weeks. More than 400 people "
        "were detained in December alone, according to the public defender.",
        "On Saturday, marchers carried EU and Georgian flags from Republic Square to the parliament building,"
        " where opposition leaders read out the names of 60 people jailed since the protests began.",
        "\"We are still here,\" said Nino Beridze, a 23-year-old student who has attended the rallies since the"
        " first night.",
        "The government has passed a series of laws since the spring restricting foreign-funded groups and "
        "the media. The European Union suspended visa-free travel for Georgian officials in January.",
        "Local elections were held on October 4, a day when police clashed with protesters who tried to storm"
        " the presidential palace.",
        "Organizers said on Sunday that they would hold another march on December 10.",
    ))),
}

project = Projects(ARTICLES)


EXPECTED: list[tuple[str, Expect]] = [
    # wildfire: coordinated verbs with a phrase between, times of day, a quote cut by the title
    ("wildfire", Expect("Saturday afternoon", "2025-03-08TAF", has=("fire", "broke out"))),
    ("wildfire", Expect("overnight", "2025-03-08TNI", has=("ridge fire", "spread"), lacks=("broke",))),
    ("wildfire", Expect("Sunday morning", "2025-03-09TMO", has=("evacuation", "9,000 homes"))),
    ("wildfire", Expect("Sunday", "2025-03-09", has=("firefighters", "injured"))),
    ("wildfire", Expect("Monday evening", "2025-03-10TEV", has=("evacuation orders", "lifted"))),
    ("wildfire", Expect("last night", "2025-03-10TNI", has=("turned a corner",))),
    ("wildfire", Expect("August 2020", "2020-08", has=("burned 31,000 acres",))),
    ("wildfire", Expect("March 20", "2025-03-20", has=("public meeting",))),
    # no-confidence vote: a relative clause ending the sentence, "since June, when ...", background
    ("noconfidence", Expect("Wednesday", "2024-10-09", has=("government", "lost a vote"))),
    ("noconfidence", Expect("Tuesday morning", "2024-10-08TMO", has=("debate began",), lacks=("voted",))),
    ("noconfidence", Expect("two weeks ago", "2024-W39", has=("motion", "filed"))),
    ("noconfidence", Expect("December 2023", "2023-12", has=("novak", "took office"))),
    ("noconfidence", Expect("June", "2024-06", has=("pirate party quit",))),
    ("noconfidence", Expect("August", "2024-08", has=("two ministers resigned",))),
    ("noconfidence", Expect("2009", "2009", has=("cabinet fell",))),
    ("noconfidence", Expect("next week", "2024-W42", has=("meet the leaders",))),
    ("noconfidence", Expect("December 31", "2024-12-31", has=("budget", "passed"))),
    # earnings: a saying behind a relative clause, a quarter a year earlier, background months
    ("earnings", Expect("Thursday", "2025-02-13", has=("veltrix", "cut about 1,200 jobs"))),
    ("earnings", Expect("the fourth quarter", "2024-Q4", has=("net loss of $212 million",))),
    ("earnings", Expect("a year earlier", "2023-Q4", anchor="net loss")),
    ("earnings", Expect("the end of the second quarter", "2025-Q2", has=("layoffs would be completed",),
                        lacks=("said",))),
    ("earnings", Expect("September", "2024-09", has=("replaced co-founder",))),
    ("earnings", Expect("March 2024", "2024-03", has=("cut 600 jobs",))),
    ("earnings", Expect("July", "2024-07", has=("cut its annual forecast",))),
    ("earnings", Expect("May 22", "2025-05-22", has=("shareholder meeting",))),
    # sentencing: a trial history, a beginning told by a when-clause, coordinated tenses
    ("sentencing", Expect("Friday", "2025-02-14", has=("sentenced", "12 years"))),
    ("sentencing", Expect("2021", "2021", has=("bank flagged suspicious transfers",), lacks=("sentenced",))),
    ("sentencing", Expect("March 2022", "2022-03", has=("lind was arrested",))),
    ("sentencing", Expect("a year", "2021-03", has=("alerted the fbi",), anchor="lind was arrested")),
    ("sentencing", Expect("October 21", "2024-10-21", has=("trial began",))),
    ("sentencing", Expect("November", "2024-11", has=("convicted lind",))),
    ("sentencing", Expect("January", "2025-01", has=("co-defendant pleaded guilty",))),
    ("sentencing", Expect("March 28", "2025-03-28", has=("co-defendant will be sentenced",), lacks=("pleaded",))),
    ("sentencing", Expect("April 1", "2025-04-01", has=("report to federal prison",))),
    # hostage release: an irregular participle before the verb, two reported clauses
    ("hostage", Expect("April 19", "2024-04-19", has=("kidnapped",))),
    ("hostage", Expect("May", "2024-05", has=("video",))),
    ("hostage", Expect("June", "2024-06", has=("freed a malian driver",))),
    ("hostage", Expect("late July", "2024-07", has=("talks had started",))),
    ("hostage", Expect("September 2", "2024-09-02", has=("first agreement was reached",))),
    ("hostage", Expect("Monday morning", "2024-09-16TMO", has=("flown to paris",))),
    ("hostage", Expect("September 24", "2024-09-24", has=("question the foreign minister",))),
    # outbreak: appositions counting back to the declaration, "and will now run", a date set off
    ("outbreak", Expect("Wednesday", "2025-02-26", has=("confirmed 11 new cases",))),
    ("outbreak", Expect("January 30", "2025-01-30", has=("outbreak was declared",))),
    ("outbreak", Expect("February 3", "2025-02-03", has=("vaccine",))),
    ("outbreak", Expect("February 13", "2025-02-13", has=("lockdown", "imposed"))),
    ("outbreak", Expect("March 28", "2025-03-28", has=("lockdown of", "will now run"))),
    ("outbreak", Expect("2022", "2022", has=("outbreak killed 55 people",))),
    ("outbreak", Expect("Monday", "2025-02-24", has=("doses arrived",))),
    ("outbreak", Expect("Tuesday", "2025-02-25", has=("contact tracers",))),
    ("outbreak", Expect("April 7", "2025-04-07", has=("schools", "reopen"))),
    # grounded ship: "last week, the operator said on Thursday", a new subject after "and"
    ("shipwreck", Expect("last week", "2025-W09", has=("container ship ran aground",), lacks=("salvage",))),
    ("shipwreck", Expect("Thursday", "2025-03-06")),
    ("shipwreck", Expect("the same day", "2025-02-27", has=("crew members were rescued",))),
    ("shipwreck", Expect("March 1", "2025-03-01", has=("smit salvage was hired",))),
    ("shipwreck", Expect("two days later", "2025-03-03", has=("its team reached the wreck",), lacks=("hired",),
                         anchor="hired")),
    ("shipwreck", Expect("Monday", "2025-03-03", has=("sheen",))),
    ("shipwreck", Expect("Tuesday", "2025-03-04", has=("captain was questioned",))),
    ("shipwreck", Expect("Wednesday", "2025-03-05", has=("opened an investigation",))),
    ("shipwreck", Expect("the end of April", "2025-04", has=("refloated",))),
    # doping ban: counted forward from a test, a relative clause after a name with "of"/"for"
    ("doping", Expect("June 14", "2025-06-14", has=("tested positive",))),
    ("doping", Expect("three weeks", "2025-07-05", has=("won the world title",), anchor="tested positive")),
    ("doping", Expect("Wednesday", "2025-09-10", has=("appeal",))),
    ("doping", Expect("the spring", "2026-SP", has=("court of arbitration for sport would hear",))),
    ("doping", Expect("August 2029", "2029-08", has=("ban will end",))),
    ("doping", Expect("September 13", "2025-09-13", has=("awarded the gold",))),
    ("doping", Expect("August 2024", "2024-08", has=("olympic title",))),
    # recount: a count between two dates, "election night", a bare verb after "and"
    ("recount", Expect("Monday", "2024-11-18", has=("recount", "began"))),
    ("recount", Expect("Nov. 5", "2024-11-05", has=("election left",), lacks=("weeks",))),
    ("recount", Expect("Thursday", "2024-11-14", has=("ordered the recount",))),
    ("recount", Expect("two days", "2024-11-12", has=("count was posted",), anchor="ordered the recount")),
    ("recount", Expect("November 26", "2024-11-26", has=("finish the recount",))),
    ("recount", Expect("noon", "2024-11-27T12:00", has=("report their results",), lacks=("finish",))),
    ("recount", Expect("2018", "2018", has=("conceded",))),
    ("recount", Expect("2021", "2021", has=("recount", "took place"))),
    ("recount", Expect("January 3", "2025-01-03", has=("sworn in",))),
    # bank run: a day counted back from the run, background since 2023
    ("bank", Expect("Friday", "2025-03-14", has=("closed regional lender",))),
    ("bank", Expect("Tuesday evening", "2025-03-11TEV", has=("moratorium",))),
    ("bank", Expect("a day", "2025-03-09", has=("newspaper reported",), anchor="run started")),
    ("bank", Expect("Saturday", "2025-03-15", has=("deposits", "safe"))),
    ("bank", Expect("2023", "2023", has=("auditors raised concerns",))),
    ("bank", Expect("January", "2025-01", has=("chief executive resigned",))),
    ("bank", Expect("April 16", "2025-04-16", has=("review the case",))),
    ("bank", Expect("next Wednesday", "2025-03-19", has=("hearing",))),
    # breach: a saying whose content holds only a length, "the same day", counted days
    ("cyber", Expect("November 3", "2024-11-03", has=("breach began",))),
    ("cyber", Expect("January 9", "2025-01-09", has=("discovered the intrusion",))),
    ("cyber", Expect("the same day", "2025-01-09", has=("shut down the affected systems",), lacks=("discovered",))),
    ("cyber", Expect("January 10", "2025-01-10", has=("notified the fbi",))),
    ("cyber", Expect("a day later", "2025-01-11", has=("mandiant",), anchor="notified the fbi")),
    ("cyber", Expect("Wednesday", "2025-01-22", has=("claimed responsibility",))),
    ("cyber", Expect("Thursday", "2025-01-23", has=("lawsuit was filed",))),
    ("cyber", Expect("a day", "2025-01-22", has=("hackers posted the data",), anchor="lawsuit")),
    ("cyber", Expect("next week", "2025-W05", has=("mailing letters",))),
    ("cyber", Expect("February 2024", "2024-02", has=("change healthcare",))),
    # anniversary: a year told with "last year", a month of this year told in the past, "alone"
    ("anniversary", Expect("November 28 last year", "2024-11-28", has=("protests began",))),
    ("anniversary", Expect("December", "2024-12", has=("detained",), lacks=("alone",))),
    ("anniversary", Expect("January", "2025-01", has=("suspended visa-free travel",))),
    ("anniversary", Expect("October 4", "2025-10-04", has=("local elections were held",))),
    ("anniversary", Expect("December 10", "2025-12-10", has=("another march",))),
]


@pytest.mark.parametrize(("name", "expect"), EXPECTED)
def test_articles3_event(name: str, expect: Expect) -> None:
    check_event(project(name), expect)


def test_the_freed_hostages_are_titled_by_their_release() -> None:
    freed = titled(project("hostage"), "aid workers", "were freed")
    assert freed.value == "2024-09-15" and "held" not in freed.title.lower()


def test_the_layoffs_count_back_to_no_unrelated_event() -> None:
    """'The results come two weeks after the company's largest rival, Norhaven, announced plans to
    buy a startup': the article tells the rival's deal nowhere else, so the count stays unanchored
    rather than hang on 'company' in 'Company expected to record restructuring charges'."""
    come = titled(project("earnings"), "results come")
    assert come.depends_on is None and "Norhaven" in come.notes


def test_the_run_and_the_plunge_are_two_events_of_monday() -> None:
    assert titled(project("bank"), "run started").value == titled(project("bank"), "plunged 60%").value == "2025-03-10"


def test_a_dateline_with_a_state_is_no_sentence_of_its_own() -> None:
    """'HARRISBURG, Pa. (AP) — A statewide recount ...': the state's full stop ends no sentence."""
    assert not any(s.sentence.startswith("HARRISBURG") and len(s.sentence) < 20
                   for s in project("recount").statements.values())


def test_a_count_between_two_stated_dates_makes_no_event() -> None:
    assert not any(s.expression == "nearly two weeks" for e in project("recount").events.values() for s in e.sources)


@pytest.mark.parametrize(("name", "night"), [("recount", "night"), ("anniversary", "night")])
def test_a_named_night_makes_no_event(name: str, night: str) -> None:
    """'conceded on election night in 2018', 'since the first night': no event of the publication's night."""
    assert not any(s.expression == night for e in project(name).events.values() for s in e.sources)


def test_the_breach_saying_is_titled_by_what_was_said() -> None:
    stolen = titled(project("cyber"), "hackers had stolen")
    assert stolen.value == "2025-01-24" and "said" not in stolen.title.lower()


def test_the_posting_of_the_data_does_not_join_the_theft() -> None:
    stolen = titled(project("cyber"), "hackers had stolen")
    assert [s.expression for s in stolen.sources] == ["Friday"]


@pytest.mark.parametrize("name", list(ARTICLES))
def test_no_title_keeps_a_lone_quote_mark(name: str) -> None:
    for event in project(name).events.values():
        assert event.title.count('"') % 2 == 0, event.title


@pytest.mark.xfail(strict=True, reason="'13 days after the agreement was signed': the phrase's past verb 'signed' must "
                   "be told by its anchor, and 'First agreement was reached' (September 2) tells 'reached'; signing "
                   "and reaching are not near synonyms in KIN, so the handover stays unanchored (September 15)")
def test_the_handover_is_counted_from_the_agreement() -> None:
    check_event(project("hostage"), Expect("13 days", "2024-09-15", anchor="agreement"))


@pytest.mark.xfail(strict=True, reason="'killed 55 people and was declared over in January 2023' after ', in 2022,': "
                   "the first verb's date is in the clause before, so the second verb's title keeps the first "
                   "('... outbreak killed 55 people and was declared over')")
def test_the_earlier_outbreak_was_declared_over_in_january_2023() -> None:
    check_event(project("outbreak"), Expect("January 2023", "2023-01", has=("declared over",), lacks=("killed",)))


@pytest.mark.xfail(strict=True, reason="'shortly after midnight on February 27' is read by the engine as the end of "
                   "February 27 (T24:00, the interval on February 28); news means the first minutes of the 27th")
def test_the_grounding_is_in_the_first_hour_of_february_27() -> None:
    check_event(project("shipwreck"), Expect("midnight on February 27", "2025-02-27T00:00", has=("struck a reef",),
                                             start="2025-02-27"))


@pytest.mark.xfail(strict=True, reason="'closed ... on Friday and handed its deposits to a fund, three days after "
                   "customers withdrew ...': the offset is read as the second verb's date (an event 'closed' on "
                   "March 13 anchored to the run), not as an apposition dating the withdrawals three days before "
                   "Friday: an apposition is found only right after its clause's date")
def test_the_withdrawals_are_three_days_before_the_closure() -> None:
    check_event(project("bank"), Expect("three days", "2025-03-11", has=("customers withdrew",)))


def test_the_incumbent_s_saying_tells_what_she_said() -> None:
    """', but she said on Friday that she would wait ...': the conjunction does not hide the speaker
    (the title was the bare 'She said')."""
    check_event(project("recount"), Expect("Friday", "2024-11-15", has=("she said she would wait",)))


@pytest.mark.xfail(strict=True, reason="'Lind's lawyer, Thomas Reyes, said on Saturday that his client would appeal': "
                   "what was said is the title and its 'his client' loses whose client it is; the speaker is dropped "
                   "as for 'Police said that they had arrested two men'")
def test_the_appeal_names_whose_lawyer_said_it() -> None:
    check_event(project("sentencing"), Expect("Saturday", "2025-02-15", has=("lawyer",)))


@pytest.mark.xfail(strict=True, reason="'Containment rose to 35 percent on Tuesday, up from 10 percent a day "
                   "earlier': Monday's figure is titled by the sentence's opening clause ('Containment rose to 35 "
                   "percent'), the documented fallback for a comparison, so two events tell the Tuesday figure")
def test_the_day_earlier_containment_is_its_own_figure() -> None:
    check_event(project("wildfire"), Expect("a day earlier", "2025-03-10", has=("10 percent",)))
