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
