"""Wikinews-style articles (the genre of MEANTIME), annotated by hand (TimeML 1.2 / TempEval-3).

Each article was written for this test (not copied from any corpus) on a topic MEANTIME does not
cover (elections, sport, disasters, courts, science, technology, other firms' earnings, weather,
transport), in the shape of a Wikinews page: a title line, a date line under it ("Tuesday, March 10,
2009" or "June 04, 2009"), then 4-8 sentences. The reference time is the date line: Wikinews dates
an article by the line under its title, and MEANTIME's CREATION_TIME markable is that line. Read as
plain text, the date line is one expression whose value is the reference itself; a weekday at the
end of the title stays its own expression ("... polls on Sunday" / "June 04, 2009"), it is not
joined to the date under it. In a MEANTIME file (``test_meantime_files_*``) the date line is the
creation-time markable and is not tagged a second time; a file without one is resolved against it.

Values and extents follow the guidelines and the conventions MEANTIME and TimeBank share: extents
without leading prepositions ("on Sunday" -> "Sunday"), modifiers kept ("later this year", "late
last night", "up to 16 hours", "less than a week", "the end of March 2010"); "a year ago" and "a
year earlier" after a full year's figures are the year before, and "the same period a year
earlier" / "the same period last year" after a quarter are that quarter a year before (a year
named in passing, "since 1996", is not the period compared); "the January-March quarter" is the
calendar quarter; "the past two weeks" is a duration (P2W); "Christmas" is the day; adjectives
such as "annual" and "quarterly" are not tagged (as elsewhere in these tests); a clock time with
its zone ("2:01 p.m. EDT") keeps the local wall-clock value, as test_clocks_heldout.py does;
"overnight" told in the past is the publication day's night (TBAQ's reading), not the night of a
later day the sentence names ("until Saturday").

Each article is one test asserting the engine's whole output (spurious tags fail too). ``SHORT``
pins single readings of the same genre; ``GAPS`` are what the engine still reads wrong, as
strict xfails with the reason.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple
from xml.sax.saxutils import escape

import pytest

from heldout import Expected, Gap, found, gap_params, texts_of
from timeline_app.cli import main
from timeline_app.exchange.timeml import parse_meantime


class Article(NamedTuple):
    name: str
    reference: str
    text: str
    expected: Expected


ARTICLES: list[Article] = [
    Article(
        'election_lebanon', '2009-06-04',
        ('Lebanese voters head to the polls on Sunday\n'
         'June 04, 2009\n\n'
         'Lebanon will hold parliamentary elections on Sunday, the first since 2005. Campaigning '
         'officially ended at midnight on Wednesday, and a media blackout will last until the polls close'
         ' at 7 p.m. on Sunday. More than 3.2 million people are registered to vote, according to the '
         'interior ministry. The last election, held in May and June 2005, gave the governing coalition a'
         ' majority. Analysts said this week that the opposition could win as many as 70 seats. Results '
         'are expected on Monday.'),
        [
            ('Sunday', '2009-06-07'),
            ('June 04, 2009', '2009-06-04'),
            ('Sunday', '2009-06-07'),
            ('2005', '2005'),
            ('midnight on Wednesday', '2009-06-03T24:00'),
            ('7 p.m. on Sunday', '2009-06-07T19:00'),
            ('May', '2005-05'),
            ('June 2005', '2005-06'),
            ('this week', '2009-W23'),
            ('Monday', '2009-06-08'),
        ]),
    Article(
        'football_final', '2009-05-28',
        ('Barcelona beats Manchester United to win Champions League final\n'
         'Thursday, May 28, 2009\n\n'
         'FC Barcelona won the UEFA Champions League on Wednesday night, defeating holders Manchester '
         "United 2-0 at the Stadio Olimpico in Rome. Samuel Eto'o opened the scoring after ten minutes, "
         "and Lionel Messi headed in a second goal late in the match. It is the club's third European "
         'Cup, after titles in 1992 and 2006. Barcelona completed a treble of league, cup and European '
         'titles in a single season, the first Spanish club to do so. United had won the trophy a year '
         'ago in Moscow. The two sides will meet again in a friendly in August.'),
        [
            ('Thursday, May 28, 2009', '2009-05-28'),
            ('Wednesday night', '2009-05-27TNI'),
            ('ten minutes', 'PT10M'),
            ('1992', '1992'),
            ('2006', '2006'),
            ('a year ago', '2008'),
            ('August', '2009-08'),
        ]),
    Article(
        'earthquake_italy', '2009-04-07',
        ('Death toll rises after earthquake in central Italy\n'
         'Tuesday, April 7, 2009\n\n'
         'The death toll from an earthquake that struck the Abruzzo region of central Italy on Monday has'
         ' risen to 235, officials said. The magnitude 6.3 quake hit at 3:32 a.m. local time (0132 UTC) '
         "near the city of L'Aquila. Rescuers worked through the night to pull survivors from collapsed "
         'buildings. About 17,000 people have spent the past two days in tents and cars. Prime Minister '
         'Silvio Berlusconi declared a state of emergency and cancelled a trip to Moscow scheduled for '
         'this week. It is the deadliest earthquake to hit Italy since 1980, when nearly 3,000 people '
         'died in Irpinia. Aftershocks continued throughout Tuesday morning.'),
        [
            ('Tuesday, April 7, 2009', '2009-04-07'),
            ('Monday', '2009-04-06'),
            ('3:32 a.m.', '2009-04-06T03:32'),
            ('0132 UTC', '2009-04-06T01:32Z'),
            ('the past two days', 'P2D'),
            ('this week', '2009-W15'),
            ('1980', '1980'),
            ('Tuesday morning', '2009-04-07TMO'),
        ]),
    Article(
        'court_ghailani', '2010-11-18',
        ('Former Guantanamo detainee acquitted of most charges in New York trial\n'
         'Thursday, November 18, 2010\n\n'
         'A federal jury in New York on Wednesday acquitted Ahmed Khalfan Ghailani, the first former '
         'Guantanamo Bay detainee to be tried in a civilian court, of all but one of the more than 280 '
         'charges against him. Ghailani was accused of helping to plan the 1998 bombings of two U.S. '
         'embassies in East Africa, which killed 224 people. The jury deliberated for five days before '
         'reaching its verdict. He faces a minimum sentence of 20 years in prison when he is sentenced on'
         ' January 25. Ghailani was captured in Pakistan in 2004 and held by the CIA for two years before'
         ' being moved to Guantanamo in 2006. The trial began on October 12.'),
        [
            ('Thursday, November 18, 2010', '2010-11-18'),
            ('Wednesday', '2010-11-17'),
            ('1998', '1998'),
            ('five days', 'P5D'),
            ('20 years', 'P20Y'),
            ('January 25', '2011-01-25'),
            ('2004', '2004'),
            ('two years', 'P2Y'),
            ('2006', '2006'),
            ('October 12', '2010-10-12'),
        ]),
    Article(
        'earnings_nokia', '2009-10-15',
        ('Nokia posts first quarterly loss in over a decade\n'
         'Thursday, October 15, 2009\n\n'
         'Finnish mobile phone maker Nokia reported a net loss of 559 million euros (US$834 million) for '
         'the third quarter, its first quarterly loss since it began reporting results on a quarterly '
         'basis in 1996. The company made a profit of 1.1 billion euros in the same period a year '
         'earlier. Net sales fell 20 percent to 9.81 billion euros. Nokia said it expects the mobile '
         'device market to decline about 10 percent this year. Chief executive Olli-Pekka Kallasvuo said '
         'the company would launch several new smartphones later this year. Nokia shares fell 3.4 percent'
         ' in Helsinki on Thursday.'),
        [
            ('over a decade', 'P10Y'),
            ('Thursday, October 15, 2009', '2009-10-15'),
            ('the third quarter', '2009-Q3'),
            ('1996', '1996'),
            ('the same period a year earlier', '2008-Q3'),
            ('this year', '2009'),
            ('later this year', '2009'),
            ('Thursday', '2009-10-15'),
        ]),
    Article(
        'space_hubble', '2009-05-12',
        ('Space Shuttle Atlantis launches on final Hubble servicing mission\n'
         'Tuesday, May 12, 2009\n\n'
         'Space Shuttle Atlantis lifted off from the Kennedy Space Center in Florida at 2:01 p.m. EDT on '
         'Monday, carrying seven astronauts on a mission to repair the Hubble Space Telescope. The 11-day'
         ' mission will include five spacewalks. The astronauts are scheduled to capture the telescope on'
         ' Wednesday. Hubble was launched in April 1990 and was last serviced in March 2002. NASA had '
         'postponed the mission last October after a data-handling unit on the telescope failed. '
         'Engineers expect the upgraded observatory to operate until at least 2014.'),
        [
            ('Tuesday, May 12, 2009', '2009-05-12'),
            ('2:01 p.m. EDT on Monday', '2009-05-11T14:01'),
            ('11-day', 'P11D'),
            ('Wednesday', '2009-05-13'),
            ('April 1990', '1990-04'),
            ('March 2002', '2002-03'),
            ('last October', '2008-10'),
            ('2014', '2014'),
        ]),
    Article(
        'tennis_wimbledon', '2009-07-06',
        ('Federer wins record 15th Grand Slam title at Wimbledon\n'
         'Monday, July 6, 2009\n\n'
         'Roger Federer won his sixth Wimbledon title on Sunday, beating Andy Roddick 5-7, 7-6, 7-6, 3-6,'
         ' 16-14 in a final that lasted four hours and 16 minutes. The victory gave the Swiss player a '
         'record 15th Grand Slam singles title, one more than Pete Sampras, who watched from the Royal '
         "Box. The fifth set alone took 95 minutes. Federer lost last year's final to Rafael Nadal, who "
         "withdrew from this year's tournament with a knee injury. Federer will return to the top of the "
         'world rankings today. His wife is expected to give birth later this summer.'),
        [
            ('Monday, July 6, 2009', '2009-07-06'),
            ('Sunday', '2009-07-05'),
            ('four hours and 16 minutes', 'PT4H16M'),
            ('95 minutes', 'PT95M'),
            ('last year', '2008'),
            ('this year', '2009'),
            ('today', '2009-07-06'),
            ('later this summer', '2009-SU'),
        ]),
    Article(
        'floods_pakistan', '2010-08-10',
        ('Floods in Pakistan affect 14 million people\n'
         'Tuesday, August 10, 2010\n\n'
         'Floods caused by monsoon rains have affected more than 14 million people in Pakistan over the '
         'past two weeks, the United Nations said on Monday. At least 1,600 people have died since the '
         'rains began in late July. The Meteorological Department forecast more heavy rain for the next '
         'three days. Prime Minister Yousuf Raza Gilani visited the worst-hit areas of Sindh province '
         'last Saturday. Aid agencies said they had received only a fraction of the money needed. The '
         'floods are the worst in the region in 80 years.'),
        [
            ('Tuesday, August 10, 2010', '2010-08-10'),
            ('the past two weeks', 'P2W'),
            ('Monday', '2010-08-09'),
            ('late July', '2010-07'),
            ('the next three days', 'P3D'),
            ('last Saturday', '2010-08-07'),
            ('80 years', 'P80Y'),
        ]),
    Article(
        'rail_eurostar', '2009-12-18',
        ('Eurostar suspends services after trains break down in Channel Tunnel\n'
         'Friday, December 18, 2009\n\n'
         'Eurostar has suspended all services between London, Paris and Brussels until at least Saturday '
         'after five trains broke down inside the Channel Tunnel overnight. More than 2,000 passengers '
         'were trapped for up to 16 hours without food or power. The company said the failures were '
         'caused by the sudden change from cold air outside to warm air in the tunnel. Eurostar carries '
         'about 26,000 passengers a day during the Christmas period. Chief executive Richard Brown '
         'apologised to passengers on Friday morning and promised a full investigation. Services are '
         'expected to resume by Monday.'),
        [
            ('Friday, December 18, 2009', '2009-12-18'),
            ('Saturday', '2009-12-19'),
            ('overnight', '2009-12-18TNI'),
            ('up to 16 hours', 'PT16H'),
            ('Christmas', '2009-12-25'),
            ('Friday morning', '2009-12-18TMO'),
            ('Monday', '2009-12-21'),
        ]),
    Article(
        'weather_snow', '2010-02-11',
        ('Record snowfall paralyses Washington\n'
         'Thursday, February 11, 2010\n\n'
         'A second major snowstorm in less than a week has brought Washington, D.C. to a standstill. The '
         'storm dropped 10 inches of snow on the capital on Wednesday, on top of the 17.8 inches that '
         "fell last weekend. The season's total of 54.9 inches at Dulles airport broke a record set 14 "
         'years ago. Federal government offices in the city were closed for a fourth consecutive day '
         'today. The National Weather Service said temperatures would stay below freezing until Sunday. '
         'Schools in the region have been closed since February 5.'),
        [
            ('Thursday, February 11, 2010', '2010-02-11'),
            ('less than a week', 'P1W'),
            ('Wednesday', '2010-02-10'),
            ('last weekend', '2010-W05-WE'),
            ('14 years ago', '1996'),
            ('today', '2010-02-11'),
            ('Sunday', '2010-02-14'),
            ('February 5', '2010-02-05'),
        ]),
    Article(
        'phone_nexus', '2010-01-06',
        ('Google unveils Nexus One smartphone\n'
         'Wednesday, January 6, 2010\n\n'
         'Google on Tuesday unveiled the Nexus One, a smartphone built by Taiwanese manufacturer HTC, '
         'which it will sell directly to consumers through its website. The phone runs version 2.1 of '
         "Google's Android operating system. It costs US$529 unlocked, or US$179 with a two-year contract"
         ' from T-Mobile. Verizon Wireless will begin offering the phone in the spring. Google first '
         'released Android in November 2007, and more than 20 phones running the software are expected to'
         ' go on sale this year. Analysts said the launch puts Google in direct competition with Apple, '
         'whose iPhone went on sale in June 2007.'),
        [
            ('Wednesday, January 6, 2010', '2010-01-06'),
            ('Tuesday', '2010-01-05'),
            ('two-year', 'P2Y'),
            ('the spring', '2010-SP'),
            ('November 2007', '2007-11'),
            ('this year', '2010'),
            ('June 2007', '2007-06'),
        ]),
    Article(
        'earnings_sony', '2009-05-14',
        ('Sony reports first annual loss in 14 years\n'
         'Thursday, May 14, 2009\n\n'
         'Japanese electronics maker Sony Corporation reported a net loss of 98.9 billion yen (US$1 '
         'billion) for the 12 months that ended on March 31, its first annual loss in 14 years. A year '
         'ago, the company posted a profit of 369.4 billion yen. Sales fell 13 percent to 7.7 trillion '
         'yen. In the January-March quarter, Sony lost 165 billion yen. The company forecast a loss of '
         '110 billion yen for the period to March 2010. Sony announced in December that it would cut '
         '16,000 jobs by the end of March 2010.'),
        [
            ('14 years', 'P14Y'),
            ('Thursday, May 14, 2009', '2009-05-14'),
            ('the 12 months', 'P12M'),
            ('March 31', '2009-03-31'),
            ('14 years', 'P14Y'),
            ('A year ago', '2008'),
            ('the January-March quarter', '2009-Q1'),
            ('March 2010', '2010-03'),
            ('December', '2008-12'),
            ('the end of March 2010', '2010-03'),
        ]),
    Article(
        'volcano_iceland', '2010-04-16',
        ('Icelandic volcano ash cloud grounds flights across northern Europe\n'
         'Friday, April 16, 2010\n\n'
         'Air traffic across much of northern Europe remained grounded for a second day on Friday as a '
         'cloud of volcanic ash from Iceland spread south. The Eyjafjallajokull volcano began erupting '
         "under a glacier on Wednesday, its second eruption in less than a month. Britain's air traffic "
         'control service said no flights would be allowed in its airspace until at least 7 a.m. on '
         'Saturday. About 17,000 flights were cancelled across Europe on Thursday, according to '
         'Eurocontrol. The volcano last erupted between 1821 and 1823. Scientists said the eruption could'
         ' continue for weeks.'),
        [
            ('Friday, April 16, 2010', '2010-04-16'),
            ('Friday', '2010-04-16'),
            ('Wednesday', '2010-04-14'),
            ('less than a month', 'P1M'),
            ('7 a.m. on Saturday', '2010-04-17T07:00'),
            ('Thursday', '2010-04-15'),
            ('1821', '1821'),
            ('1823', '1823'),
            ('weeks', 'PXW'),
        ]),
    Article(
        'election_midterm', '2010-11-03',
        ('Republicans win control of US House of Representatives\n'
         'Wednesday, November 3, 2010\n\n'
         "The Republican Party won control of the United States House of Representatives in Tuesday's "
         'midterm elections, gaining at least 60 seats, the largest swing since 1948. The Democrats kept '
         'a narrow majority in the Senate. President Barack Obama called Republican leader John Boehner '
         'late last night to congratulate him. Boehner, who is expected to become Speaker of the House in'
         ' January, said the results were a repudiation of the past two years of Democratic government. '
         'The new Congress will be sworn in on January 5, 2011. Turnout was about 41 percent, the lowest '
         'in a midterm election since 1998.'),
        [
            ('Wednesday, November 3, 2010', '2010-11-03'),
            ('Tuesday', '2010-11-02'),
            ('1948', '1948'),
            ('late last night', '2010-11-02TNI'),
            ('January', '2011-01'),
            ('the past two years', 'P2Y'),
            ('January 5, 2011', '2011-01-05'),
            ('1998', '1998'),
        ]),
    Article(
        'earnings_toyota', '2010-05-11',
        ('Toyota returns to profit despite recalls\n'
         'Tuesday, May 11, 2010\n\n'
         'Japanese carmaker Toyota Motor Corporation reported a net profit of 209.4 billion yen (US$2.2 '
         'billion) for the 12 months to March 31, compared with a loss of 437 billion yen a year earlier.'
         ' In the January-March quarter, the company earned 112 billion yen, against a loss of 766 '
         'billion yen in the same period last year. Toyota has recalled more than 8 million vehicles '
         'worldwide since October over problems with sticking accelerator pedals and floor mats. The '
         'company expects to sell 7.29 million vehicles in the current year. Toyota will hold its annual '
         'shareholders meeting on June 24.'),
        [
            ('Tuesday, May 11, 2010', '2010-05-11'),
            ('the 12 months', 'P12M'),
            ('March 31', '2010-03-31'),
            ('a year earlier', '2009'),
            ('the January-March quarter', '2010-Q1'),
            ('the same period last year', '2009-Q1'),
            ('October', '2009-10'),
            ('the current year', '2010'),
            ('June 24', '2010-06-24'),
        ]),
    Article(
        'science_venter', '2010-05-21',
        ('Scientists create first cell controlled by synthetic genome\n'
         'Friday, May 21, 2010\n\n'
         'Researchers at the J. Craig Venter Institute announced on Thursday that they had created the '
         'first living cell controlled by a synthetic genome. The team, led by Craig Venter, spent 15 '
         'years and about US$40 million on the project. The results were published yesterday in the '
         "online edition of the journal Science. Venter's team first synthesized a bacterial genome in "
         '2008, but it took two more years to transplant it into a living cell. The new cell divided more'
         ' than a billion times in the laboratory over the past three weeks. Critics said the work raised'
         ' ethical questions that should be debated before the technology moves forward.'),
        [
            ('Friday, May 21, 2010', '2010-05-21'),
            ('Thursday', '2010-05-20'),
            ('15 years', 'P15Y'),
            ('yesterday', '2010-05-20'),
            ('2008', '2008'),
            ('two more years', 'P2Y'),
            ('the past three weeks', 'P3W'),
        ]),    Article(
        'sport_marathon', '2008-09-29',
        ('Gebrselassie breaks marathon world record in Berlin\n'
         'Monday, September 29, 2008\n\n'
         'Ethiopian runner Haile Gebrselassie set a new world marathon record of two hours, three minutes'
         ' and 59 seconds in Berlin on Sunday. He broke his own record, set on the same course a year '
         'earlier, by 27 seconds. Gebrselassie, 35, said he hoped to run under two hours and three '
         "minutes within the next two years. In the women's race, Irina Mikitenko of Germany won in two "
         'hours, 19 minutes and 19 seconds. About 40,000 runners from 107 countries took part in this '
         "year's race."),
        [
            ('Monday, September 29, 2008', '2008-09-29'),
            ('two hours, three minutes and 59 seconds', 'PT2H3M59S'),
            ('Sunday', '2008-09-28'),
            ('a year earlier', '2007'),
            ('27 seconds', 'PT27S'),
            ('under two hours and three minutes', 'PT2H3M'),
            ('the next two years', 'P2Y'),
            ('two hours, 19 minutes and 19 seconds', 'PT2H19M19S'),
            ('this year', '2008'),
        ]),
    Article(
        'court_chen', '2009-09-11',
        ('Taiwan court sentences former president to life in prison\n'
         'Friday, September 11, 2009\n\n'
         'A court in Taipei on Friday sentenced former president Chen Shui-bian to life in prison for '
         'corruption. Chen, who led Taiwan from 2000 to 2008, was found guilty of embezzlement, bribery '
         'and money laundering. His wife received the same sentence. The trial began in March and lasted '
         'about six months. Chen has been in detention since December last year. His lawyers said they '
         'would appeal within ten days.'),
        [
            ('Friday, September 11, 2009', '2009-09-11'),
            ('Friday', '2009-09-11'),
            ('2000', '2000'),
            ('2008', '2008'),
            ('March', '2009-03'),
            ('about six months', 'P6M'),
            ('December last year', '2008-12'),
            ('ten days', 'P10D'),
        ]),
]


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_wikinews_article(article: Article) -> None:
    assert found(article.text, article.reference) == article.expected


def test_articles_have_the_wikinews_shape() -> None:
    """A title, a date line that states the reference day, then 4-8 sentences; all distinct."""
    assert len(ARTICLES) >= 15 and len({a.text for a in ARTICLES}) == len(ARTICLES)
    for article in ARTICLES:
        title, dateline, body = article.text.split("\n", 2)
        assert title and not title.endswith("."), article.name
        assert article.expected[[v for _, v in article.expected].index(article.reference)][0] in dateline
        sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", body.strip()) if s]
        assert 4 <= len(sentences) <= 8, (article.name, len(sentences))


Case = tuple[str, str, Expected]

SHORT: list[Case] = [
    # a clock time told of the event is on the event's day, not on the day the officials spoke
    ('The earthquake struck on Monday. Officials said today that the death toll had risen to 235. The quake '
     'hit at 3:32 a.m. local time.', '2009-04-07',
     [('Monday', '2009-04-06'), ('today', '2009-04-07'), ('3:32 a.m.', '2009-04-06T03:32')]),
    # the same when the clock time opens the next paragraph (news gives a sentence a paragraph)
    ('A dam in the north collapsed on Sunday after days of rain, the disaster agency said on Monday.\n\n'
     'The 45-metre dam gave way at about 2:30 a.m. local time, officials said.', '2025-06-09',
     [('Sunday', '2025-06-08'), ('days', 'PXD'), ('Monday', '2025-06-09'), ('2:30 a.m.', '2025-06-08T02:30')]),
    # The headline's weekday and the date line under it are two expressions.
    ('Russian markets to remain closed until Friday\nSeptember 17, 2008\n\n'
     'Russia suspended trading on its two main exchanges for a second day.', '2008-09-17',
     [('Friday', '2008-09-19'), ('September 17, 2008', '2008-09-17')]),
    ('Voters in Chile go to the polls on Sunday\nFriday, December 11, 2009\n\n'
     'Chileans will elect a new president on Sunday.', '2009-12-11',
     [('Sunday', '2009-12-13'), ('Friday, December 11, 2009', '2009-12-11'), ('Sunday', '2009-12-13')]),
    # Company comparisons.
    ('Profit in the second quarter fell 30 percent from a year ago.', '2009-07-21',
     [('the second quarter', '2009-Q2'), ('a year ago', '2008-Q2')]),
    ('Second-quarter revenue was US$2.1 billion, up from US$1.8 billion in the same period a year earlier.',
     '2009-07-21', [('Second-quarter', '2009-Q2'), ('the same period a year earlier', '2008-Q2')]),
    ('Nokia reported a loss for the third quarter, its first since it began reporting quarterly results in '
     '1996, against a profit in the same period a year earlier.', '2009-10-15',
     [('the third quarter', '2009-Q3'), ('1996', '1996'), ('the same period a year earlier', '2008-Q3')]),
    ('Sony lost 165 billion yen in the three months to March, compared with a profit of 125 billion yen in '
     'the same quarter a year earlier.', '2009-05-14',
     [('the three months', 'P3M'), ('March', '2009-03'), ('the same quarter a year earlier', '2008-Q1')]),
    ('Profit rose 12 percent in the July-September quarter of 2008.', '2009-05-14',
     [('the July-September quarter of 2008', '2008-Q3')]),
    ('Sales in the April-to-June quarter fell 9 percent, the carmaker said.', '2009-08-04',
     [('the April-to-June quarter', '2009-Q2')]),
    # A fiscal quarter that is no calendar quarter: its months, not a quarter.
    ('Sales in the February-April quarter fell.', '2009-06-02', [('February', '2009-02'), ('April', '2009-04')]),
    ('Airline traffic fell 7 percent in the first half of the year, the industry group said this week.',
     '2009-07-30', [('the first half of the year', '2009-H1'), ('this week', '2009-W31')]),
    # Looking back and ahead from the publication day.
    ('Shares of the company have lost more than half their value over the past decade.', '2009-03-10',
     [('the past decade', 'P10Y')]),
    ('The company will publish its annual report later this month.', '2009-03-10',
     [('later this month', '2009-03')]),
    ('His wife is expected to give birth later this summer.', '2009-07-06', [('later this summer', '2009-SU')]),
    ('It had rained little earlier this spring, farmers said.', '2009-05-20', [('earlier this spring', '2009-SP')]),
    ('Earlier this week, the central bank cut its key rate to a record low.', '2009-03-12',
     [('Earlier this week', '2009-W11')]),
    ('Unemployment rose to 8.5 percent in March, the highest rate since November 1983.', '2009-04-03',
     [('March', '2009-03'), ('November 1983', '1983-11')]),
    ('The two leaders last met 18 months ago in Washington.', '2009-11-12', [('18 months ago', '2008-05')]),
    ('Ticket sales for the weekend were the highest in five years.', '2009-11-16',
     [('the weekend', '2009-W46-WE'), ('five years', 'P5Y')]),
    ('The museum reopened on Saturday after a two-year renovation that cost 30 million euros.', '2009-11-16',
     [('Saturday', '2009-11-14'), ('two-year', 'P2Y')]),
    # "later than planned": the delay is a length of time, not a date that far after the last one.
    ('The ministry said the new line would open in 2012, two years later than planned.', '2009-11-12',
     [('2012', '2012'), ('two years', 'P2Y')]),
    ('The superjumbo arrived in Sydney three days later than originally planned.', '2005-11-14',
     [('three days', 'P3D')]),
    ('The company expects to return to profit in 2010, a year later than previously forecast.', '2009-05-14',
     [('2010', '2010'), ('a year', 'P1Y')]),
    # A year and a comma before "a year" is no rate ("$50,000 a year" is).
    ('Staff at the plant earn $50,000 a year on average.', '2009-05-14', []),
    # More of the genre's readings.
    ('The Dow Jones Industrial Average closed at its lowest level since April 1997 on Monday.', '2008-11-25',
     [('April 1997', '1997-04'), ('Monday', '2008-11-24')]),
    ('The verdict is expected later today.', '2010-11-18', [('later today', '2010-11-18')]),
    ('The Senate will vote on the bill early next week.', '2009-12-18', [('early next week', '2009-W52')]),
    ('The bank posted a loss of $1.8 billion for the three months ended September 30.', '2009-10-16',
     [('the three months', 'P3M'), ('September 30', '2009-09-30')]),
    ('The new law takes effect on January 1.', '2009-11-20', [('January 1', '2010-01-01')]),
    ('He was elected in 2004 and re-elected five years later.', '2010-11-03',
     [('2004', '2004'), ('five years later', '2009')]),
    ('Production at the plant will be halted for two weeks starting Monday.', '2009-01-15',
     [('two weeks', 'P2W'), ('Monday', '2009-01-19')]),
    ('The spacecraft is due to reach Mars in August 2012, about eight months after launch.', '2011-11-26',
     [('August 2012', '2012-08'), ('about eight months', 'P8M')]),
    # A length of time in three parts is one expression, after "in" too.
    ('The winner crossed the line in two hours, 19 minutes and 19 seconds.', '2008-09-29',
     [('two hours, 19 minutes and 19 seconds', 'PT2H19M19S')]),
    ('The rescue took 3 days, 4 hours and 10 minutes.', '2010-10-14', [('3 days, 4 hours and 10 minutes', 'P3DT4H10M')]),
    ('The spacewalk lasted 6 hours, 34 minutes.', '2009-05-15', [('6 hours, 34 minutes', 'PT6H34M')]),
    # "a second goal", "a second bid": the ordinal, not one second.
    ('Messi headed in a second goal before half-time.', '2009-05-28', []),
    ('Rival bidders put in a second offer on Monday.', '2009-05-28', [('Monday', '2009-05-25')]),
    ('The gates will reopen in a second or two, the operator said.', '2009-05-28', [('a second or two', 'FUTURE_REF')]),
    # A group named after a date is no date; the date itself still is.
    ('The Lebanese parliament, dominated by the March 14 alliance, met on Tuesday.', '2009-06-04',
     [('Tuesday', '2009-06-02')]),
    ('Members of the April 6 Youth Movement marched to Tahrir Square on Friday.', '2011-02-13',
     [('Friday', '2011-02-11')]),
    ('Supporters of the 14 March coalition celebrated the result.', '2009-06-08', []),
    ('The parliament was elected on March 14, when turnout reached 54 percent.', '2009-06-04',
     [('March 14', '2009-03-14')]),
    # A clock time on the day the sentence names, not the day after.
    ('Lebanon will hold parliamentary elections on Sunday. A media blackout will last until the polls close at '
     '7 p.m. on election day.', '2009-06-04', [('Sunday', '2009-06-07'), ('7 p.m.', '2009-06-07T19:00')]),
    # "overnight": a past night is not the night of a later day just named.
    ('All services are suspended until Saturday after five trains broke down overnight.', '2009-12-18',
     [('Saturday', '2009-12-19'), ('overnight', '2009-12-18TNI')]),
    ('More rain will fall overnight, forecasters said.', '2009-12-18', [('overnight', '2009-12-18TNI')]),
    # 'over' after what accumulated means during: it stays out of the extent, and no MORE_THAN
    ('The typhoon brought more than 2,000 millimetres of rain over two days.', '2009-08-09',
     [('two days', 'P2D')]),
    ('Shares fell 12% over three days before the earnings report.', '2009-08-09', [('three days', 'P3D')]),
]

GAPS: list[Gap] = [
    ('Leaders of the 14th of March alliance met in Beirut.', '2009-06-04', [],
     "a group named after a date with 'of' ('the 14th of March alliance'): the date is refused, "
     "but the bare month is then tagged on its own"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), SHORT)
def test_wikinews_short(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_wikinews_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_inputs_are_distinct() -> None:
    texts = [a.text for a in ARTICLES] + texts_of(SHORT, GAPS)
    assert len(texts) == len(set(texts))


# --- MEANTIME files: CAT XML, one token per line, in and out through `timeline-app annotate` -------

_TOKEN = re.compile(r"US\$|\d+(?:[.,:]\d+)*|(?:[A-Za-z]\.){2,}|\w+(?:['\-]\w+)*|[^\w\s]")


def _cat_xml(doc_id: str, article: Article, *, with_dct: bool) -> str:
    """``article`` as MEANTIME writes it: tokens numbered in sentences (the title is sentence 0,
    the date line sentence 1), and the date line's tokens under the CREATION_TIME markable."""
    tokens: list[tuple[int, str]] = []
    sentence = 0
    for line in (line for line in article.text.split("\n") if line.strip()):
        for part in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line):
            tokens += [(sentence, m.group(0)) for m in _TOKEN.finditer(part)]
            sentence += 1
    rows = [f'<?xml version="1.0" ?><Document doc_id="{doc_id}" doc_name="{article.name}" lang="en">']
    rows += [f'<token number="{i}" sentence="{s}" t_id="{i + 1}">{escape(word)}</token>'
             for i, (s, word) in enumerate(tokens)]
    rows.append("<Markables>")
    if with_dct:
        anchors = "".join(f'<token_anchor t_id="{i + 1}"/>\n' for i, (s, _) in enumerate(tokens) if s == 1)
        rows.append(f'<TIMEX3 anchorTimeID="" functionInDocument="CREATION_TIME" m_id="1" type="DATE" '
                    f'value="{article.reference}">\n{anchors}</TIMEX3>')
    rows.append("</Markables>\n<Relations>\n</Relations>\n</Document>\n")
    return "\n".join(rows)


def _dateline(article: Article) -> str:
    return article.text.split("\n")[1]


def _annotate(tmp_path: Path, article: Article, *, with_dct: bool) -> tuple[str, str]:
    source, target = tmp_path / f"{article.name}.xml", tmp_path / f"{article.name}.out.xml"
    source.write_text(_cat_xml("1", article, with_dct=with_dct), encoding="utf-8")
    assert main(["annotate", str(source), str(target), "--format", "timeml"]) == 0
    return source.read_text(encoding="utf-8"), target.read_text(encoding="utf-8")


FILES = ["rail_eurostar", "earnings_nokia", "earnings_toyota", "weather_snow"]


@pytest.mark.parametrize("name", FILES)
def test_meantime_files_with_a_creation_time(tmp_path: Path, name: str) -> None:
    """The date line is the CREATION_TIME markable: kept, not tagged again; everything else is
    what the plain text gives, on the same tokens, and anchored to the creation time or to the
    expression it was resolved against."""
    article = next(a for a in ARTICLES if a.name == name)
    original, content = _annotate(tmp_path, article, with_dct=True)
    document = parse_meantime(content, f"{name}.xml")
    assert document.text == parse_meantime(original, f"{name}.xml").text
    assert document.dct == article.reference
    expected = [(extent, value) for extent, value in article.expected if extent != _dateline(article)]
    assert [(t.text, t.value) for t in document.timexes] == expected
    root = ET.fromstring(content.encode())
    ours = [t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "NONE"]
    assert len(ours) == len(expected)
    ids = {t.get("m_id") for t in root.iter("TIMEX3")}
    assert all(t.get("anchorTimeID") in ids | {""} for t in ours)
    creation = [t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"]
    assert len(creation) == 1 and creation[0].get("m_id") == "1"


def test_meantime_file_without_a_creation_time_reads_its_date_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No CREATION_TIME markable: the date line under the title is the reference (not the
    weekday the text names most, 'Sunday', three days later), and is itself tagged."""
    article = next(a for a in ARTICLES if a.name == "election_lebanon")
    _, content = _annotate(tmp_path, article, with_dct=False)
    assert "resolved against 2009-06-04, the dateline" in capsys.readouterr().err
    document = parse_meantime(content, "election_lebanon.xml")
    assert [(t.text, t.value) for t in document.timexes] == article.expected
