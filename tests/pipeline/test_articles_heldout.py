"""Held-out news: short articles written for this file, never tuned on, with the events a careful
analyst expects (date, words the title must and must not carry, the anchor of an event-anchored
date). Runs the real pipeline; known gaps are strict xfails with the reason."""
from __future__ import annotations

import pytest

from tests.pipeline.heldout import Expect, Projects, check_event, event_of


ARTICLES: dict[str, tuple[str, str]] = {
    "shelling": ("2024-05-09", "Heavy shelling hit the eastern outskirts of Kharkiv on Tuesday, regional officials said. "
                 "At least four civilians were killed when a rocket struck a market on Monday evening. The governor "
                 "said on Wednesday that evacuations from border villages would continue through the weekend. Two days "
                 "after the market strike, the army said it had pushed back an assault near Vovchansk. A ceasefire "
                 "agreed in March collapsed last month. Aid convoys are expected to reach the city on Friday."),
    "election": ("2024-11-08", "Voters in the country went to the polls on Sunday in a tightly contested presidential "
                 "election. The electoral commission declared the incumbent the winner on Wednesday. Opposition "
                 "supporters clashed with police on Thursday, a day after the commission declared the result. The "
                 "opposition leader said he would challenge the outcome in court next week. Turnout was the lowest "
                 "since 1996. Observers from the regional bloc will publish their final report in December."),
    "quake": ("2023-02-10", "A magnitude 7.1 earthquake struck the southern province early on Monday. The death toll "
              "rose to 1,450 on Thursday, the health ministry said. Rescue teams from twelve countries arrived on "
              "Tuesday. The morning after the quake, aftershocks brought down a hospital wing. Schools will stay "
              "closed until March 1. The government declared three days of national mourning on Wednesday."),
    "sentence": ("2024-06-14", "A federal judge sentenced the former mayor to eight years in prison on Thursday. He was "
                 "convicted in February of taking bribes from developers. The jury deliberated for three days before "
                 "returning its verdict. His lawyers said on Friday that they would appeal. The judge ordered him to "
                 "report to prison by July 15. Prosecutors first charged him in 2021."),
    "chipmaker": ("2024-10-25", "Shares of the chipmaker jumped 12 percent on Thursday after it reported record "
                  "quarterly revenue. The company posted net income of $4.2 billion in the third quarter, compared "
                  "with $2.9 billion a year earlier. It said on Wednesday that it would open a new plant in Arizona "
                  "in 2026. The chief executive, who took over in January, said demand would stay strong. The board "
                  "approved a $10 billion buyback on Tuesday."),
    "final": ("2024-08-12", "The home side won the final 3-1 on Sunday to lift the trophy for the first time since "
              "2004. The captain scored twice in the second half. The team had lost the semi-final a year ago. Fans "
              "lined the streets on Monday as the squad paraded through the capital. The coach, who was appointed in "
              "May, said he would stay for next season. The league season begins on August 23."),
    "measles": ("2024-03-22", "Health officials confirmed a measles outbreak in the northern district on Tuesday. The "
                "first case was reported on March 4 at a primary school. By Thursday, 38 children had been infected. "
                "A vaccination campaign began the day after the outbreak was confirmed. The ministry said on Friday "
                "that clinics would stay open over the weekend. Officials expect the outbreak to peak in April."),
    "budget": ("2025-01-17", "Parliament passed the budget on Wednesday after a marathon session. The vote came two "
               "days after the finance minister resigned. The prime minister, who took office in September, named a "
               "new finance minister on Thursday. The opposition said it would hold a no-confidence vote next month. "
               "The budget takes effect on February 1."),
    "floods": ("2023-09-15", "Floodwaters swept through the coastal city of Derna on Sunday night after two dams burst. "
               "Rescuers recovered more than 5,000 bodies by Wednesday. A state of emergency was declared on Monday. "
               "Three days after the floods, the first international aid flights landed in Benghazi. The United "
               "Nations launched an appeal on Thursday. Officials had warned in 2022 that the dams needed repairs."),
    "truce": ("2024-07-19", "Rebel fighters seized the border town of Kolda on Saturday after a week of fighting. The "
              "army launched a counter-offensive on Tuesday. A truce brokered by regional leaders took effect on "
              "Wednesday. The day after the truce, both sides accused each other of violations. The talks will resume "
              "in Addis Ababa on July 29. The conflict began in 2019."),
    "maps": ("2024-04-26", "The Supreme Court heard arguments on Wednesday in a case over the state's voting maps. A "
             "lower court struck down the maps in January. The state appealed the ruling a week later. The justices "
             "are expected to rule by the end of June. Lawyers for the plaintiffs said on Thursday that they were "
             "confident."),
    "airline": ("2024-02-02", "The airline said on Thursday it would cut 2,000 jobs by the end of the year. Its shares "
                "fell 8 percent on Friday. The carrier lost $1.1 billion in 2023. Pilots went on strike for two days "
                "in December. The chief executive, who joined the company in 2020, said the cuts were painful but "
                "necessary. Talks with unions will resume next week."),
    "marathon": ("2025-03-07", "The marathon runner broke the world record in Tokyo on Sunday. She finished in 2 hours "
                 "9 minutes, beating the mark set in 2023. She had pulled out of the Olympic race last August with an "
                 "injury. On Monday, a day after the race, she announced that she would retire at the end of the "
                 "season. Her coach said on Tuesday that she would run in London in April."),
    "cholera": ("2024-01-19", "The World Health Organization declared the cholera outbreak a public health emergency "
                "on Monday. Cases had doubled since December. The health minister said on Tuesday that 120 people "
                "had died. A new vaccine shipment arrived two days after the declaration. Officials said on Thursday "
                "that schools would reopen next week."),
    # a long sentence, a speaker with an apposition, participles set off by commas
    "blast": ("2024-03-09", "An explosion tore through a storage hall at the Halvern Chemicals plant in the early "
              "hours of March 4, injuring nine workers. One of the nine workers injured in Monday's explosion at the "
              "Halvern Chemicals plant died in hospital on Tuesday night, his family said on Wednesday. The town's "
              "mayor, Jonas Berg, said on Thursday that the council would hold an emergency meeting. The company's "
              "chief executive, speaking on Friday, said the plant would stay closed. The labour minister, visiting "
              "the site on Saturday, promised a full inquiry."),
}


def _gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


CASES = [
    ("shelling", Expect("Tuesday", "2024-05-07", ("shelling", "kharkiv"))),
    ("shelling", Expect("Monday evening", "2024-05-06TEV", ("killed",))),
    ("shelling", Expect("Wednesday", "2024-05-08", ("governor", "said"), ("evacuations",))),
    ("shelling", Expect("the weekend", "2024-W19-WE", ("evacuations", "continue"), ("through", "governor"))),
    ("shelling", Expect("Two days", "2024-05-08", ("army", "assault"), ("market",), anchor="rocket")),
    ("shelling", Expect("March", "2024-03", ("ceasefire", "agreed"), ("collapsed",))),
    ("shelling", Expect("last month", "2024-04", ("ceasefire", "collapsed"), ("agreed",))),
    ("shelling", Expect("Friday", "2024-05-10", ("aid", "convoys"))),
    ("election", Expect("Sunday", "2024-11-03", ("polls",), ("sunday",))),
    ("election", Expect("Wednesday", "2024-11-06", ("commission", "declared"), ("clashed",))),
    ("election", Expect("Thursday", "2024-11-07", ("clashed", "police"), ("commission",))),
    ("election", Expect("next week", "2024-W46", ("challenge",))),
    ("election", Expect("December", "2024-12", ("report",))),
    ("quake", Expect("Monday", "2023-02-06", ("earthquake", "struck"))),
    ("quake", Expect("Monday", "2023-02-06", ("earthquake",), ("early",))),  # "early on Monday" leaves no "early"
    ("quake", Expect("Thursday", "2023-02-09", ("death", "toll", "rose"), ("ministry",))),
    ("quake", Expect("Tuesday", "2023-02-07", ("rescue", "arrived"))),
    ("quake", Expect("The morning after", "2023-02-07", ("aftershocks", "hospital"), ("quake",), anchor="earthquake")),
    ("quake", Expect("March 1", "2023-03-01", ("schools", "closed"))),
    ("quake", Expect("Wednesday", "2023-02-08", ("mourning",))),
    ("sentence", Expect("Thursday", "2024-06-13", ("sentenced", "mayor"))),
    ("sentence", Expect("February", "2024-02", ("convicted", "bribes"))),
    ("sentence", Expect("Friday", "2024-06-14", ("lawyers", "appeal"))),
    ("sentence", Expect("July 15", "2024-07-15", ("report", "prison"))),
    ("sentence", Expect("2021", "2021", ("charged",))),
    # "its verdict" names the conviction (kin); three days before a February is still February
    ("sentence", Expect("three days", "2024-02", ("jury", "deliberated"), anchor="convicted")),
    ("chipmaker", Expect("Thursday", "2024-10-24", ("shares", "jumped"))),
    ("chipmaker", Expect("the third quarter", "2024-Q3", ("net", "income", "4.2"))),
    pytest.param("chipmaker", Expect("a year earlier", "2023-Q3", ("2.9",), ("4.2",)),
                 marks=_gap("'compared with $2.9 billion a year earlier' falls back to the sentence's opening "
                            "clause ($4.2 billion, another event's figure) and is dated by month (2023-07)")),
    ("chipmaker", Expect("Wednesday", "2024-10-23", ("said",), ("plant",))),
    ("chipmaker", Expect("2026", "2026", ("plant", "arizona"))),
    ("chipmaker", Expect("January", "2024-01", ("chief", "executive", "took", "over"))),  # a verb's particle stays
    ("chipmaker", Expect("Tuesday", "2024-10-22", ("buyback",))),
    ("final", Expect("Sunday", "2024-08-11", ("won", "final"))),
    ("final", Expect("2004", "2004", (), ("sunday",))),
    # "the semi-final a year ago" was read as a length, "final a year"; a year ago is the year
    # (TimeBank's reading of "a year ago")
    ("final", Expect("a year ago", "2023", ("lost", "semi-final"))),
    ("final", Expect("Monday", "2024-08-12", ("fans", "streets"))),
    ("final", Expect("May", "2024-05", ("coach", "appointed"), ("stay",))),
    ("final", Expect("August 23", "2024-08-23", ("season", "begins"))),
    # "a measles outbreak in the district on Tuesday" once read as a schedule ("measles" taken for
    # a plural subject of the present verb "outbreak"): the past verb dates the day
    ("measles", Expect("Tuesday", "2024-03-19", ("confirmed", "measles"))),
    ("measles", Expect("March 4", "2024-03-04", ("first", "case", "reported"))),
    ("measles", Expect("Thursday", "2024-03-21", ("children", "infected"), ("by",))),
    ("measles", Expect("the day after", "2024-03-20", ("vaccination", "campaign"), ("confirmed",),
                       anchor="confirmed")),
    ("measles", Expect("Friday", "2024-03-22", ("ministry", "said"))),
    ("measles", Expect("the weekend", "2024-W12-WE", ("clinics",), ("ministry",))),
    ("measles", Expect("April", "2024-04", ("peak",))),
    ("budget", Expect("Wednesday", "2025-01-15", ("parliament", "passed", "budget"))),
    ("budget", Expect("September", "2024-09", ("prime", "minister", "took", "office"))),
    ("budget", Expect("Thursday", "2025-01-16", ("named", "finance", "minister"))),
    ("budget", Expect("next month", "2025-02", ("no-confidence",))),
    ("budget", Expect("February 1", "2025-02-01", ("budget", "effect"))),
    pytest.param("budget", Expect("two days", "2025-01-13", ("resigned",), anchor="budget"),
                 marks=_gap("'The vote came two days after the finance minister resigned': the vote is Wednesday's "
                            "budget passage, so the resignation is on Monday; the pipeline leaves the vote undated "
                            "(it no longer anchors to Thursday's naming of a new minister)")),
    ("floods", Expect("Sunday night", "2023-09-10TNI", ("floodwaters", "derna"))),
    ("floods", Expect("Wednesday", "2023-09-13", ("rescuers", "bodies"))),
    ("floods", Expect("Monday", "2023-09-11", ("emergency", "declared"))),
    ("floods", Expect("Three days", "2023-09-13", ("aid", "flights"), ("floods",), anchor="floodwaters")),
    ("floods", Expect("Thursday", "2023-09-14", ("appeal",))),
    ("floods", Expect("2022", "2022", ("warned",))),
    ("truce", Expect("Saturday", "2024-07-13", ("seized", "kolda"))),
    ("truce", Expect("Tuesday", "2024-07-16", ("counter-offensive",))),
    ("truce", Expect("Wednesday", "2024-07-17", ("truce", "effect"))),
    ("truce", Expect("The day after", "2024-07-18", ("accused", "violations"), ("truce",), anchor="truce")),
    ("truce", Expect("July 29", "2024-07-29", ("talks", "resume"))),
    ("truce", Expect("2019", "2019", ("conflict", "began"))),
    ("maps", Expect("Wednesday", "2024-04-24", ("heard", "arguments"))),
    ("maps", Expect("January", "2024-01", ("struck", "maps"))),
    # a week after the month the story went back to (not after Wednesday's hearing)
    ("maps", Expect("a week later", "2024-01", ("appealed",), anchor="struck")),
    ("maps", Expect("the end of June", "2024-06", ("justices", "rule"))),
    ("maps", Expect("Thursday", "2024-04-25", ("lawyers", "said"))),
    ("airline", Expect("Thursday", "2024-02-01", ("airline", "said"), ("cut", "end"))),
    ("airline", Expect("the end of the year", "2024", ("airline", "cut", "jobs"), ("thursday", "said"))),
    ("airline", Expect("Friday", "2024-02-02", ("shares", "fell"))),
    ("airline", Expect("2023", "2023", ("lost",))),
    ("airline", Expect("December", "2023-12", ("pilots", "strike"))),
    ("airline", Expect("2020", "2020", ("joined",))),
    ("airline", Expect("next week", "2024-W06", ("talks", "unions"))),
    ("marathon", Expect("Sunday", "2025-03-02", ("world", "record"))),
    ("marathon", Expect("last August", "2024-08", ("olympic", "race"))),
    ("marathon", Expect("Monday", "2025-03-03", ("announced", "retire"))),
    ("marathon", Expect("a day", "2025-03-02", ("race",), anchor="retire")),
    ("marathon", Expect("Tuesday", "2025-03-04", ("coach", "said"))),
    ("marathon", Expect("April", "2025-04", ("run", "london"))),
    ("cholera", Expect("Monday", "2024-01-15", ("declared", "cholera"))),
    ("cholera", Expect("December", "2023-12", ("cases", "doubled"))),
    ("cholera", Expect("two days", "2024-01-17", ("vaccine", "shipment"), ("declaration",), anchor="declared")),
    ("cholera", Expect("next week", "2024-W04", ("schools", "reopen"))),
    ("blast", Expect("March 4", "2024-03-04", ("explosion", "storage", "halvern"))),
    ("blast", Expect("Monday", "2024-03-04", ("explosion",), ("died",))),
    ("blast", Expect("Tuesday night", "2024-03-05TNI", ("workers", "died", "hospital"), ("at",))),
    ("blast", Expect("Wednesday", "2024-03-06", ("family", "said"))),
    ("blast", Expect("Thursday", "2024-03-07", ("council", "emergency", "meeting"), ("jonas",))),
    ("blast", Expect("Friday", "2024-03-08", ("plant", "closed"), ("speaking",))),
    ("blast", Expect("Saturday", "2024-03-09", ("minister", "visiting", "site"))),
]


_project = Projects(ARTICLES)
_event = event_of


@pytest.mark.parametrize("name, expect", CASES)
def test_heldout_event(name: str, expect: Expect) -> None:
    check_event(_project(name), expect)


def test_an_apposition_does_not_join_a_like_named_event_months_away() -> None:
    """"On Monday, a day after the race": not the Olympic race of last August (no conflict there)."""
    olympic = _event(_project("marathon"), "last August")
    assert len(olympic.sources) == 1 and olympic.conflict is None


def test_an_anchor_must_tell_the_phrase_s_verb() -> None:
    """"after the finance minister resigned" is not "named a new finance minister": undated, with a note."""
    vote = _event(_project("budget"), "two days")
    assert vote.depends_on is None and vote.interval is None and "finance minister resigned" in vote.notes


def test_no_article_has_two_events_for_one_expression() -> None:
    for name in ARTICLES:
        project = _project(name)
        quoted = [(s.expression, s.expression_start) for e in project.events.values() for s in e.sources]
        assert len(quoted) == len(set(quoted)), name
