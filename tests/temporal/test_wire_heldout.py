"""International wire copy in the AQUAINT / TempEval-3 style, annotated by hand (TimeML 1.2).

Each story (written for this test, not copied from any corpus) is AP, AFP, Reuters, Xinhua or NYT-service
copy of 1998-2000 with its own publication date (DCT) and weekday: datelines ("BEIJING, March 13 (Xinhua)
--", "JERUSALEM (AP) _"), "here on Saturday", a dateline a day before the DCT, "earlier this week", "the
following day", "later this month", "the past year" (a DATE, as TimeBank writes it), "since the early
1990s", quotes with attributions, ages, casualty counts and figures that are no times. Every expression a
careful annotator would mark is listed in order with its value (extents without leading prepositions);
an expression the engine still reads wrong is a :class:`Gap`, left out of the story's test and a strict
xfail of its own. ``SHORT`` pins single wire phenomena; ``SHORT_GAPS`` are known gaps.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import (Expected, Gap as ShortGap, LongArticle, SpanGap, article_gap_params, found,
                                    gap_params, inside_gap, outside_gaps, texts_of, wanted)


Gap, Article = SpanGap, LongArticle


ARTICLES: list[Article] = [
    Article(
        'beijing_xinhua', '1999-03-13',
        ('BEIJING, March 13 (Xinhua) -- Chinese Premier Zhu Rongji met with visiting Malaysian Foreign '
         'Minister Syed Hamid Albar here on Saturday, pledging to expand trade between the two countries.\n\n'
         'Zhu said bilateral trade had grown by 12 percent in the past year and reached 4.3 billion U.S. '
         'dollars in 1998. "Our cooperation has made great progress since the early 1990s," Zhu said.\n\n'
         'Syed Hamid arrived in Beijing on Thursday for a four-day official visit. He held talks with Chinese '
         'Foreign Minister Tang Jiaxuan the following day and will leave for Shanghai on Sunday.\n\n'
         'The two countries established diplomatic relations in 1974. Malaysian Prime Minister Mahathir '
         'Mohamad is expected to visit China later this month.'),
        [('March 13', '1999-03-13'),
         ('Saturday', '1999-03-13'),
         ('the past year', '1998'),
         ('1998', '1998'),
         ('the early 1990s', '199'),
         ('Thursday', '1999-03-11'),
         ('four-day', 'P4D'),
         ('the following day', '1999-03-12'),
         ('Sunday', '1999-03-14'),
         ('1974', '1974'),
         ('later this month', '1999-03')]),
    Article(
        'jerusalem_ap', '2000-04-05',
        ('JERUSALEM (AP) _ A Palestinian gunman opened fire on an Israeli bus near the West Bank town of '
         'Hebron on Wednesday, wounding three passengers, the army said.\n\n'
         'The attack came a day after Prime Minister Ehud Barak met Palestinian leader Yasser Arafat in '
         'Ramallah for more than two hours. It was the first meeting between the two leaders in six weeks.\n\n'
         '"We will not let terror dictate the pace of the talks," Barak told reporters Wednesday night.\n\n'
         'A 19-year-old soldier was seriously hurt, hospital officials said. Earlier this week, Israeli police'
         ' arrested two Hamas activists suspected of planning attacks. Negotiators are to resume talks in '
         'Washington next week, aiming for a framework agreement by May 13.'),
        [('Wednesday', '2000-04-05'),
         ('a day', 'P1D'),
         ('more than two hours', 'PT2H'),
         ('six weeks', 'P6W'),
         ('Wednesday night', '2000-04-05TNI'),
         ('Earlier this week', '2000-W14'),
         ('next week', '2000-W15'),
         ('May 13', '2000-05-13')]),
    Article(
        'manila_afp', '1998-11-23',
        ('MANILA, Nov 23 (AFP) - At least 27 people were killed and 40 others remain missing after a passenger'
         ' ferry capsized off the central Philippines early Monday, coast guard officials said.\n\n'
         'The ferry, carrying 150 passengers and crew, left the port of Cebu at 10 p.m. Sunday and sank about '
         'three hours later in rough seas, the officials said.\n\n'
         '"The rescue operation will continue through the night," said coast guard spokesman Lt. Ramon Cruz, '
         '42.\n\n'
         'It was the third sea disaster in the country this year. In October, a cargo ship sank in the same '
         'area, killing 11 crewmen. The Philippines has suffered more than 20 major ferry accidents since '
         '1987, when the Dona Paz collided with a tanker and some 4,300 people died.'),
        [('Nov 23', '1998-11-23'),
         ('early Monday', '1998-11-23'),
         ('10 p.m. Sunday', '1998-11-22T22:00'),
         ('about three hours later', '1998-11-23T01:00'),
         ('this year', '1998'),
         ('October', '1998-10'),
         ('1987', '1987')]),
    Article(
        'moscow_ap', '1998-08-21',
        ('MOSCOW (AP) _ The ruble fell another 10 percent Friday, the fifth straight day of losses, as '
         'Russians lined up outside banks to withdraw their savings.\n\n'
         'The currency closed at 7.8 rubles to the dollar, down from 6.3 at the start of the week. On Monday, '
         'the government effectively devalued the ruble and declared a 90-day moratorium on foreign debt '
         'payments.\n\n'
         'Prime Minister Sergei Kiriyenko told parliament Thursday that the crisis would last "at least '
         'several months." Lawmakers are to meet again on Aug. 28 to debate a no-confidence motion.\n\n'
         'Inflation has risen sharply over the past two weeks, and prices for imported food have doubled since'
         ' early August, shopkeepers said.'),
        [('Friday', '1998-08-21'),
         ('the start of the week', '1998-W34'),
         ('Monday', '1998-08-17'),
         ('90-day', 'P90D'),
         ('Thursday', '1998-08-20'),
         ('at least several months', 'PXM'),
         ('Aug. 28', '1998-08-28'),
         ('the past two weeks', 'P2W'),
         ('early August', '1998-08')]),
    Article(
        'cairo_xinhua', '1999-06-08',
        ('CAIRO, June 7 (Xinhua) -- Egyptian President Hosni Mubarak and visiting Jordanian King Abdullah II '
         'discussed the Middle East peace process here on Monday, the official MENA news agency reported.\n\n'
         "It was the king's second visit to Egypt since he succeeded his father, King Hussein, who died on "
         'February 7 this year.\n\n'
         'The two leaders also reviewed the results of the Israeli elections held last month. Mubarak said '
         'that Egypt hoped the new Israeli government would resume negotiations "in the coming weeks."\n\n'
         'Abdullah, 37, arrived here on Sunday evening and is scheduled to leave for Damascus on Tuesday. '
         'Egypt and Jordan are the only Arab countries that have signed peace treaties with Israel, in 1979 '
         'and 1994 respectively.'),
        [('June 7', '1999-06-07'),
         ('Monday', '1999-06-07'),
         ('February 7 this year', '1999-02-07'),
         ('last month', '1999-05'),
         ('the coming weeks', 'PXW'),
         ('Sunday evening', '1999-06-06TEV'),
         ('Tuesday', '1999-06-08'),
         ('1979', '1979'),
         ('1994', '1994')]),
    Article(
        'nyt_washington', '2000-01-19',
        ('WASHINGTON _ The Federal Reserve is widely expected to raise interest rates when its policy '
         'committee meets early next month, economists said Wednesday.\n\n'
         'The central bank has raised its benchmark rate three times since last June, most recently in '
         'November, to 5.5 percent. Unemployment fell to 4.1 percent in December, the lowest level in 30 '
         'years.\n\n'
         '"The economy is simply growing too fast," said Alan Blinder, a former Fed vice chairman. "They will '
         'move in February, and probably again in the spring."\n\n'
         'Retail sales rose 1.2 percent last month, the Commerce Department reported on Tuesday. The '
         'expansion, which began in March 1991, will become the longest in U.S. history next month.'),
        [('early next month', '2000-02'),
         ('Wednesday', '2000-01-19'),
         ('last June', '1999-06'),
         ('recently', 'PAST_REF'),
         ('November', '1999-11'),
         ('December', '1999-12'),
         ('30 years', 'P30Y'),
         ('February', '2000-02'),
         ('the spring', '2000-SP'),
         ('last month', '1999-12'),
         ('Tuesday', '2000-01-18'),
         ('March 1991', '1991-03'),
         ('next month', '2000-02')]),
    Article(
        'nairobi_reuters', '1998-08-10',
        ('NAIROBI, Kenya (AP) _ Rescue workers pulled a woman alive from the rubble of a collapsed office '
         'building on Monday, three days after a bomb blast tore through the U.S. Embassy here.\n\n'
         'The death toll rose to 201 on Monday, including 12 Americans, Kenyan officials said. More than 5,000'
         " people were injured in Friday's explosion.\n\n"
         'A team of FBI agents arrived on Saturday to help investigate. "We have made progress in the past 48 '
         'hours," an embassy spokesman said Sunday.\n\n'
         'A nearly simultaneous bombing in Dar es Salaam, Tanzania, killed 10 people. U.S. officials said they'
         ' expected to name suspects within days.'),
        [('Monday', '1998-08-10'),
         ('three days', 'P3D'),
         ('Monday', '1998-08-10'),
         ('Friday', '1998-08-07'),
         ('Saturday', '1998-08-08'),
         ('the past 48 hours', 'PT48H'),
         ('Sunday', '1998-08-09'),
         ('days', 'PXD')]),
    Article(
        'seoul_xinhua', '2000-06-16',
        ('SEOUL, June 16 (Xinhua) -- South Korean President Kim Dae-jung returned home Thursday afternoon '
         'after a historic three-day summit in Pyongyang with North Korean leader Kim Jong Il.\n\n'
         'The two leaders signed a joint declaration on Wednesday night, agreeing to reunite families '
         'separated since the Korean War by August 15.\n\n'
         'About 1,000 people greeted Kim at Seoul airport. "A new age has dawned on the Korean peninsula," '
         'Kim, 74, said in a speech.\n\n'
         'Officials from the two sides will meet later this month to discuss the details, Unification Ministry'
         ' spokesman said on Friday.'),
        [('June 16', '2000-06-16'),
         ('Thursday afternoon', '2000-06-15TAF'),
         ('three-day', 'P3D'),
         ('Wednesday night', '2000-06-14TNI'),
         ('August 15', '2000-08-15'),
         ('later this month', '2000-06'),
         ('Friday', '2000-06-16')]),
    Article(
        'london_afp', '1999-10-06',
        ('LONDON, Oct 6 (AFP) - Thirty-one people were killed when two commuter trains collided outside '
         "London's Paddington station on Tuesday morning, police said on Wednesday.\n\n"
         "It was Britain's worst rail accident in more than a decade. Investigators said one of the trains had"
         ' passed a red signal at 8:11 a.m., seconds before the crash.\n\n'
         'The same signal had been passed at danger eight times in the previous six years, the Health and '
         'Safety Executive said. Rail unions have long complained about safety since the network was '
         'privatised in the mid-1990s.\n\n'
         'Deputy Prime Minister John Prescott promised a public inquiry, which will open next year. "This must'
         ' never happen again," he told the House of Commons on Wednesday afternoon.'),
        [('Oct 6', '1999-10-06'),
         ('Tuesday morning', '1999-10-05TMO'),
         ('Wednesday', '1999-10-06'),
         ('more than a decade', 'P10Y'),
         ('the previous six years', 'P6Y'),
         ('the mid-1990s', '199'),
         ('next year', '2000'),
         ('Wednesday afternoon', '1999-10-06TAF')],
        [Gap('red signal at ', '8:11 a.m.', '1999-10-05T08:11',
             "a bare clock time in the past perfect tells of the crash ('Tuesday morning'), not of the day the "
             "police spoke ('said on Wednesday'); the engine anchors it to the last day named")]),
    Article(
        'jakarta_ap', '1999-09-01',
        ("JAKARTA, Indonesia (AP) _ East Timor's independence ballot passed peacefully on Monday, but "
         'militiamen opposed to independence killed at least three people in the capital, Dili, the following '
         'day, U.N. officials said Wednesday.\n\n'
         'Results of the vote are expected by next Tuesday. Some 98.6 percent of the 451,792 registered voters'
         ' cast ballots, the United Nations said.\n\n'
         'Indonesia invaded the former Portuguese colony in 1975 and annexed it the following year. The United'
         ' Nations never recognized the annexation.\n\n'
         '"We have waited 24 years for this vote," said Maria Soares, 55, a teacher.'),
        [('Monday', '1999-08-30'),
         ('the following day', '1999-08-31'),
         ('Wednesday', '1999-09-01'),
         ('next Tuesday', '1999-09-07'),
         ('1975', '1975'),
         ('the following year', '1976'),
         ('24 years', 'P24Y')]),
    Article(
        'tokyo_ap', '1998-09-29',
        ("TOKYO (AP) _ Japan's jobless rate rose to a record 4.3 percent in August, the government said "
         'Tuesday, the highest level since the Management and Coordination Agency began compiling statistics '
         'in 1953.\n\n'
         'The rate was 4.1 percent in July. The number of unemployed reached 2.94 million, up 630,000 from a '
         'year earlier.\n\n'
         'Economists expect the rate to keep climbing through the end of the year. "The worst is yet to come,"'
         ' said Naoki Iizuka, an economist at Nomura Research Institute.\n\n'
         'Prime Minister Keizo Obuchi, who took office in July, has promised a 10 trillion yen stimulus '
         'package. Parliament is expected to vote on the plan in mid-October.'),
        [('August', '1998-08'),
         ('Tuesday', '1998-09-29'),
         ('1953', '1953'),
         ('July', '1998-07'),
         ('the end of the year', '1998'),
         ('July', '1998-07'),
         ('mid-October', '1998-10')],
        [Gap('up 630,000 from ', 'a year earlier', '1997-08',
             "'a year earlier' compared with a monthly figure (August) is that month a year before; "
             "the engine reads the year only")]),
    Article(
        'belgrade_reuters', '1999-04-12',
        ('BELGRADE, April 12 (Reuters) - NATO missiles struck an oil refinery and a bridge in northern Serbia '
         "overnight, Yugoslav state media said on Monday, as the alliance's air campaign entered its 20th day.\n\n"
         'The Tanjug news agency said at least 10 civilians were killed on Sunday when a passenger train was '
         'hit on a bridge near Leskovac. NATO said the train had been hit by mistake.\n\n'
         'More than 500,000 ethnic Albanians have fled Kosovo since the bombing began on March 24, according '
         'to the U.N. refugee agency. About 3,000 crossed into Albania over the weekend.\n\n'
         '"We will continue until Milosevic accepts our conditions," NATO spokesman Jamie Shea said in '
         'Brussels on Sunday. Alliance foreign ministers will meet in Brussels on Wednesday.'),
        [('April 12', '1999-04-12'),
         ('overnight', '1999-04-12TNI'),
         ('Monday', '1999-04-12'),
         ('Sunday', '1999-04-11'),
         ('March 24', '1999-03-24'),
         ('the weekend', '1999-W14-WE'),
         ('Sunday', '1999-04-11'),
         ('Wednesday', '1999-04-14')]),
    Article(
        'delhi_ap', '2000-02-28',
        ('NEW DELHI, India (AP) _ A cyclone that struck the eastern state of Orissa four months ago killed '
         'nearly 10,000 people, according to a government report released Monday.\n\n'
         'The storm hit the coast on Oct. 29 with winds of up to 160 miles per hour and left some 15 million '
         'people homeless. Relief workers said many villages remained cut off for weeks.\n\n'
         'The report said the state had received only a third of the promised aid by the end of January. '
         '"Three months on, people are still living in tents," said Ramesh Panda, 48, a village leader.\n\n'
         'Orissa will hold state elections this week, and the cyclone is expected to be a major issue.'),
        [('four months ago', '1999-10'),
         ('Monday', '2000-02-28'),
         ('Oct. 29', '1999-10-29'),
         ('weeks', 'PXW'),
         ('the end of January', '2000-01'),
         ('Three months', 'P3M'),
         ('this week', '2000-W09')]),
]


SHORT: list[tuple[str, str, Expected]] = [
    ('UNITED NATIONS (AP) _ The Security Council voted unanimously on Friday to extend the peacekeeping '
     'mission for six months.', '1999-07-30',
     [('Friday', '1999-07-30'), ('six months', 'P6M')]),
    ('GENEVA, Feb. 3 (Xinhua) -- The World Health Organization said here on Wednesday that 1.5 million '
     'children died of measles last year.', '1999-02-04',
     [('Feb. 3', '1999-02-03'), ('Wednesday', '1999-02-03'), ('last year', '1998')]),
    ('The talks, which began earlier this week, are expected to end on Friday.', '2000-03-07',
     [('earlier this week', '2000-W10'), ('Friday', '2000-03-10')]),
    ('Unemployment has fallen in each of the past three months, the ministry said.', '1998-10-02',
     [('the past three months', 'P3M')]),
    ('The company has cut 4,000 jobs since the early 1990s.', '1999-05-11',
     [('the early 1990s', '199')]),
    ('The two sides signed a cease-fire agreement in Lusaka the previous day.', '1999-07-11',
     [('the previous day', '1999-07-10')]),
    ('Prices rose 0.3 percent in November after a 0.2 percent gain the previous month.', '1998-12-15',
     [('November', '1998-11'), ('the previous month', '1998-10')]),
    ('The summit will be held in Lisbon later this month, officials said.', '2000-06-02',
     [('later this month', '2000-06')]),
    ('"I have been waiting for this moment for 30 years," said Li, 62.', '1999-12-20',
     [('30 years', 'P30Y')]),
    ('Police said the 23-year-old suspect was arrested early Saturday.', '2000-04-10',
     [('early Saturday', '2000-04-08')]),
    ('The president returned home on Thursday after a five-day tour of Africa.', '1998-04-03',
     [('Thursday', '1998-04-02'), ('five-day', 'P5D')]),
    ('The airline carried 12 million passengers in the first half of the year.', '1999-08-05',
     [('the first half of the year', '1999-H1')]),
    ('Three months on, survivors are still living in tents.', '2000-02-28',
     [('Three months', 'P3M')]),
    ('The quake struck on Oct. 29. Three months on, survivors are still living in tents.', '2000-02-28',
     [('Oct. 29', '1999-10-29'), ('Three months on', '2000-01')]),
    ('The quake struck on Oct. 29, and the last aid convoy left at the end of January. Three months on, '
     'survivors are still living in tents.', '2000-02-28',
     [('Oct. 29', '1999-10-29'), ('the end of January', '2000-01'), ('Three months', 'P3M')]),
    ('Two years on from the referendum, the province is still waiting for a new constitution.', '2000-02-28',
     [('Two years', 'P2Y')]),
    ('The election will be held on March 26, a week after the Taiwan poll.', '2000-03-01',
     [('March 26', '2000-03-26'), ('a week', 'P1W')]),
    ('The central bank has kept interest rates unchanged since mid-1998.', '1999-09-14',
     [('mid-1998', '1998')]),
    ('A spokesman said the minister would travel to Brussels early next week.', '1999-11-19',
     [('early next week', '1999-W47')]),
    ('The Nikkei average closed at 13,842.17 on Tuesday, down 1.4 percent from the previous day.', '1998-10-06',
     [('Tuesday', '1998-10-06'), ('the previous day', '1998-10-05')]),
    ('Parliament approved the budget for fiscal 1999 on Friday.', '1999-03-27',
     [('fiscal 1999', '1999'), ('Friday', '1999-03-26')]),
    ('Yeltsin, 67, has been hospitalized twice in the past year.', '1998-10-27',
     [('the past year', '1997')]),
    ('Earlier in the day, the foreign minister met his French counterpart.', '1999-11-03',
     [('the day', '1999-11-03')]),
    ('The agency said it expects growth of 6 percent next year, up from 4.8 percent this year.', '1998-12-10',
     [('next year', '1999'), ('this year', '1998')]),
    ('The trial is scheduled to resume on Monday.', '2000-05-26',
     [('Monday', '2000-05-29')]),
    # TimeBank and AQUAINT tag the date of "the night of Aug. 3" (the engine's reading, kept)
    ('The rebels seized the town on the night of Aug. 3, residents said.', '1998-08-06',
     [('Aug. 3', '1998-08-03')]),
    # "midnight Sunday" (T24:00) ends Sunday: a time restated in GMT, and the next day, count from Sunday
    ('The ceasefire took effect at midnight Sunday (2200 GMT).', '1999-06-14',
     [('midnight Sunday', '1999-06-13T24:00'), ('2200 GMT', '1999-06-13T22:00Z')]),
    ('Troops began pulling out at midnight Saturday. The next day, the first refugees returned.', '1999-06-14',
     [('midnight Saturday', '1999-06-12T24:00'), ('The next day', '1999-06-13')]),
    # "the week ending <date>": seven days, and the day that ends them (as "the year ended June 30")
    ('The ministry said the figures for the week ending March 12 showed a sharp drop.', '1999-03-17',
     [('the week', 'P1W'), ('March 12', '1999-03-12')]),
    ('The index ended the week 3 percent higher.', '1999-03-19',
     [('the week', '1999-W11')]),
    ('The visit will be the first by a U.S. president since 1978.', '1999-03-17',
     [('1978', '1978')]),
    ('Clinton will travel to Guatemala next week for a two-day summit with Central American leaders.', '1999-03-04',
     [('next week', '1999-W10'), ('two-day', 'P2D')]),
    ("Officials said the death toll from last week's earthquake had risen to 1,185.", '1999-02-02',
     [('last week', '1999-W04')]),
    ('The government has until midnight Friday to respond.', '1999-03-17',
     [('midnight Friday', '1999-03-19T24:00')]),
    ('The plane crashed shortly after takeoff at 11:40 a.m. local time (0340 GMT) Tuesday.', '1999-03-17',
     [('11:40 a.m.', '1999-03-16T11:40'), ('0340 GMT', '1999-03-16T03:40Z'), ('Tuesday', '1999-03-16')]),
    ('In the first two months of this year, car sales fell 9 percent.', '1999-03-17',
     [('the first two months', 'P2M'), ('this year', '1999')]),
    ('The army said two soldiers were wounded late Tuesday in southern Lebanon.', '1999-03-17',
     [('late Tuesday', '1999-03-16')]),
    ('Election officials expect final results within 48 hours.', '1999-03-17',
     [('48 hours', 'PT48H')]),
    # a clock time restated in brackets or followed by its zone does not end the sentence: the verb
    # before it still governs the day after it
    ('The bank will announce its decision at 2:15 p.m. (1915 GMT) on Tuesday.', '1999-03-17',
     [('2:15 p.m.', '1999-03-23T14:15'), ('1915 GMT', '1999-03-23T19:15Z'), ('Tuesday', '1999-03-23')]),
    ('The bank will announce its decision at 2:15 p.m. EST (1915 GMT) Tuesday.', '1999-03-17',
     [('2:15 p.m. EST', '1999-03-23T14:15'), ('1915 GMT', '1999-03-23T19:15Z'), ('Tuesday', '1999-03-23')]),
    ('The plane crashed at 11:40 a.m. (0340 GMT) Tuesday.', '1999-03-17',
     [('11:40 a.m.', '1999-03-16T11:40'), ('0340 GMT', '1999-03-16T03:40Z'), ('Tuesday', '1999-03-16')]),
    ('Talks will resume at 10 a.m. Negotiators met on Tuesday.', '1999-03-17',
     [('10 a.m.', '1999-03-17T10:00'), ('Tuesday', '1999-03-16')]),
]

SHORT_GAPS: list[ShortGap] = [
    ('Exports in the January-March period rose 8.5 percent from the same period a year earlier.', '1999-04-20',
     [('January', '1999-01'), ('March', '1999-03'), ('the same period a year earlier', '1998-Q1')],
     "'the same period a year earlier' after a January-March period is the first quarter of the year "
     "before; the engine shifts only the last month named"),
]


@pytest.mark.parametrize("article", ARTICLES, ids=[article.name for article in ARTICLES])
def test_article(article: Article) -> None:
    assert outside_gaps(article) == article.expected


@pytest.mark.parametrize(("article", "gap"), article_gap_params(ARTICLES))
def test_article_gap(article: Article, gap: Gap) -> None:
    assert inside_gap(article, gap) == wanted(gap)


@pytest.mark.parametrize(("text", "reference", "expected"), SHORT)
def test_short(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(SHORT_GAPS))
def test_short_gap(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_stories_are_whole_and_unique() -> None:
    texts = [article.text for article in ARTICLES] + texts_of(SHORT, SHORT_GAPS)
    assert len(texts) == len(set(texts))
    assert len(ARTICLES) >= 12 and len(SHORT) + len(SHORT_GAPS) >= 20
    assert len({article.reference for article in ARTICLES}) == len(ARTICLES)
    for article in ARTICLES:
        assert 4 <= article.text.count('. ') + article.text.count('.\n') + 1
        for gap in article.gaps:
            assert (gap.before + gap.extent) in article.text, (article.name, gap.extent)
