"""Whole news articles, annotated by hand (TimeML 1.2 / TempEval-3), where a value depends on what came before.

Each article (written for this test, not copied from any corpus) is 175-355 words of wire copy, a court
story, an obituary, an investigative timeline, a match report, a profile or local news, with its own
publication date (DCT). Every temporal expression a careful TimeML annotator would mark is listed with its
value, extents without leading prepositions: the story's date frame, datelines ("BEIRUT, Oct. 5
(Reuters) -"), reported speech and quotes with their own "today", flashbacks to earlier years ("the
previous year", "that summer", "Two days later"), a background paragraph followed by a return to the
news ("On Tuesday, the borough council voted"), and a look ahead ("next month"). Each article is one test
asserting the engine's whole output, so spurious tags fail too; an expression the engine still gets wrong
is a :class:`Gap` (left out of the article's test, and a strict xfail of its own with the reason).

``SHORT`` holds paragraphs that pin down single readings of the same kind (one per engine change).
"""
from __future__ import annotations


import pytest

from tests.temporal.heldout import (LongArticle, SpanGap, article_gap_params, inside_gap, outside_gaps,
                                    wanted)
from timeline_app.temporal import Reference, Timex, find_timexes


Gap, Article = SpanGap, LongArticle


ARTICLES: list[Article] = [
    # Wire copy with a dateline: reported speech, a quote's own 'yesterday', a background paragraph
    # (1970, 2000) and a return to the news ('On Tuesday'), and a look ahead.
    Article(
        'wire_beirut', '2011-10-05',
        ('BEIRUT, Oct. 5 (Reuters) - Syrian security forces killed at least 12 people on Wednesday in '
         'a raid on the central city of Homs, activists said, a day after Russia and China vetoed a '
         'U.N. Security Council resolution condemning the crackdown.\n\n'
         'The raid lasted about four hours, according to residents reached by telephone. "They came at '
         '4 a.m. and they are still in the streets now," one resident said. "Yesterday they cut the '
         'electricity and the water."\n\n'
         'The veto on Tuesday drew sharp criticism from Western governments. U.S. Ambassador Susan '
         'Rice said Washington was "outraged" and accused Moscow of protecting a government that had '
         'killed thousands of its own people over the past six months.\n\n'
         'The uprising began in March, when security forces fired on protesters in the southern city '
         'of Deraa. The United Nations says more than 2,700 people have been killed since then.\n\n'
         'Syria has been ruled by the Assad family since 1970. Bashar al-Assad succeeded his father, '
         'Hafez, in 2000 and promised political reforms that never came.\n\n'
         'On Tuesday, the opposition Syrian National Council, which was formed in Istanbul last month, '
         'called on the international community to protect civilians.\n\n'
         'Turkish Prime Minister Tayyip Erdogan said on Wednesday he would visit the border region '
         'next week and announce sanctions against Damascus. The Security Council is expected to take '
         'up the issue again later this month.'),
        [
            ('Oct. 5', '2011-10-05'),
            ('Wednesday', '2011-10-05'),
            ('a day', 'P1D'),
            ('about four hours', 'PT4H'),
            ('4 a.m.', '2011-10-05T04:00'),
            ('now', 'PRESENT_REF'),
            ('Yesterday', '2011-10-04'),
            ('Tuesday', '2011-10-04'),
            ('the past six months', 'P6M'),
            ('March', '2011-03'),
            ('1970', '1970'),
            ('2000', '2000'),
            ('Tuesday', '2011-10-04'),
            ('last month', '2011-09'),
            ('Wednesday', '2011-10-05'),
            ('next week', '2011-W41'),
            ('later this month', '2011-10'),
        ]),
    # An anniversary piece: a dated flashback told day by day ('Sept. 15, 2008, a Monday', 'The same day',
    # 'Two days later', 'that week'), then back to this week's news.
    Article(
        'crisis_anniversary', '2018-09-14',
        ('NEW YORK (AP) — Ten years ago this weekend, Lehman Brothers filed for bankruptcy, setting '
         'off the worst financial panic since the Great Depression.\n\n'
         'The 158-year-old investment bank had spent the summer of 2008 searching for a buyer. On '
         'Sept. 15, 2008, a Monday, it filed the largest bankruptcy petition in U.S. history. The same '
         'day, Bank of America agreed to buy Merrill Lynch for $50 billion. Two days later, the '
         'Federal Reserve lent $85 billion to the insurer AIG. By the end of that week, the Dow Jones '
         'industrial average had swung by hundreds of points a day.\n\n'
         'The following month, Congress approved a $700 billion bailout. Unemployment peaked at 10 '
         'percent in October 2009.\n\n'
         'Today, the banks are bigger than they were then. On Tuesday, the Federal Reserve said the '
         'largest lenders held more capital than at any time since the 1990s.\n\n'
         '"The system is much safer than it was," Fed Vice Chairman Randal Quarles said Thursday in a '
         'speech in Washington.\n\n'
         'Regulators will publish the results of new stress tests next month.'),
        [
            ('Ten years ago this weekend', '2008-W37-WE'),
            ('the summer of 2008', '2008-SU'),
            ('Sept. 15, 2008', '2008-09-15'),
            ('Monday', '2008-09-15'),
            ('The same day', '2008-09-15'),
            ('Two days later', '2008-09-17'),
            ('the end of that week', '2008-W38'),
            # 'hundreds of points a day': a rate, not tagged (as '700 seats a week' in test_negative)
            ('The following month', '2008-10'),
            ('October 2009', '2009-10'),
            ('Today', '2018-09-14'),
            ('Tuesday', '2018-09-11'),
            ('the 1990s', '199'),
            ('Thursday', '2018-09-13'),
            ('next month', '2018-10'),
        ]),
    # A court story: the verdict today, testimony about 2011-2012 ('the previous year', 'that summer' inside
    # a reported clause of Tuesday), and what comes next.
    Article(
        'court_fraud', '2019-06-14',
        ('A federal jury in Manhattan on Friday convicted a former hedge fund manager of defrauding '
         'investors of $90 million, ending a three-week trial that laid bare a scheme prosecutors said '
         'began nearly a decade ago.\n\n'
         'The jury deliberated for about six hours on Thursday and Friday before returning its verdict '
         'shortly after 2 p.m. The defendant, Martin Keller, 54, showed no emotion as the verdict was '
         'read.\n\n'
         "According to testimony, Mr. Keller began inflating the value of his fund's holdings in 2010. "
         'On March 3, 2011, he told investors in a letter that the fund had gained 14 percent the '
         'previous year, when it had in fact lost money. The next day, he wired $2 million to a '
         'personal account in Zurich.\n\n'
         "By the spring of 2012, auditors had begun asking questions. Mr. Keller's chief financial "
         'officer testified on Tuesday that she had warned him that summer that "the numbers would not '
         'hold." Two years later, the fund collapsed.\n\n'
         'Mr. Keller was arrested in November 2017 at his home in Greenwich, Conn.\n\n'
         '"I trusted him for eight years," one investor, a retired teacher, told the court last week. '
         '"Now I have nothing."\n\n'
         'Sentencing is scheduled for Oct. 2. Mr. Keller faces up to 20 years in prison. His lawyer '
         'said on Friday that he would appeal.\n\n'
         'Prosecutors had asked Judge Elena Ruiz to keep Mr. Keller in custody until sentencing, '
         'arguing that he had tried to move money abroad as recently as last month. The judge '
         'declined, but ordered him to surrender his passport by Monday and to wear an electronic '
         'monitor.\n\n'
         'The case is the largest investment fraud prosecuted in Manhattan since 2016, when a former '
         'broker was sentenced to 12 years for a $120 million scheme. The Securities and Exchange '
         'Commission has filed a separate civil suit, which has been on hold since the criminal '
         'charges were brought in late 2017.\n\n'
         'Investors who lost money have until Dec. 31 to file claims with a court-appointed receiver, '
         'who said in a filing on Wednesday that he had recovered about $31 million so far.'),
        [
            ('Friday', '2019-06-14'),
            ('three-week', 'P3W'),
            ('nearly a decade ago', '2009'),
            ('about six hours', 'PT6H'),
            ('Thursday', '2019-06-13'),
            ('Friday', '2019-06-14'),
            ('2 p.m.', '2019-06-14T14:00'),
            ('2010', '2010'),
            ('March 3, 2011', '2011-03-03'),
            ('the previous year', '2010'),
            ('The next day', '2011-03-04'),
            ('the spring of 2012', '2012-SP'),
            ('Tuesday', '2019-06-11'),
            ('that summer', '2012-SU'),
            ('Two years later', '2014'),
            ('November 2017', '2017-11'),
            ('eight years', 'P8Y'),
            ('last week', '2019-W23'),
            ('Now', 'PRESENT_REF'),
            ('Oct. 2', '2019-10-02'),
            ('up to 20 years', 'P20Y'),
            ('Friday', '2019-06-14'),
            ('last month', '2019-05'),
            ('Monday', '2019-06-17'),
            ('2016', '2016'),
            ('12 years', 'P12Y'),
            ('late 2017', '2017'),
            ('Dec. 31', '2019-12-31'),
            ('Wednesday', '2019-06-12'),
        ],
        []),
    # An obituary: death this week, then a life told year by year, then the memorial ahead.
    Article(
        'obituary', '2018-02-20',
        ('Eleanor Marsh, a photographer whose portraits of factory workers in the 1950s helped change '
         'how Americans saw industrial labor, died on Sunday at her home in Brattleboro, Vt. She was '
         '91.\n\n'
         'Her son, David, said the cause was heart failure.\n\n'
         'Eleanor Ruth Marsh was born on May 2, 1926, in Pittsburgh, the daughter of a steelworker and '
         'a seamstress. She bought her first camera at 15 with money saved from a summer job.\n\n'
         'In 1948 she moved to New York, where she studied at the Photo League. That year she began '
         'photographing the textile mills of the Lower East Side. The following spring, one of her '
         'pictures appeared in Life magazine.\n\n'
         'Her best-known series, "Shift Change," was shot at a steel mill in Gary, Ind., in the '
         'mid-1950s and first exhibited in 1957. Critics at the time called it unsentimental; in 1998 '
         'it was acquired by the Museum of Modern Art.\n\n'
         'She married the painter Thomas Marsh in 1952. He died in 2003.\n\n'
         'Ms. Marsh taught at Bennington College for nearly 30 years before retiring in 1991. A decade '
         'later she returned to the mills of Pittsburgh, most of them closed by then, to photograph '
         'what remained.\n\n'
         'Last year, at 90, she published a memoir.\n\n'
         'In addition to her son, she is survived by a daughter, Anne, and four grandchildren. A '
         'memorial service will be held in April.'),
        [
            ('the 1950s', '195'),
            ('Sunday', '2018-02-18'),
            ('May 2, 1926', '1926-05-02'),
            ('1948', '1948'),
            ('That year', '1948'),
            ('The following spring', '1949-SP'),
            ('the mid-1950s', '195'),
            ('1957', '1957'),
            ('1998', '1998'),
            ('1952', '1952'),
            ('2003', '2003'),
            ('nearly 30 years', 'P30Y'),
            ('1991', '1991'),
            ('A decade later', '2001'),
            ('Last year', '2017'),
            ('April', '2018-04'),
        ]),
    # An investigative piece with a timeline reconstructed from emails and minutes.
    Article(
        'investigation', '2017-09-08',
        ('Internal emails obtained by The Times show that managers at Carver Motors knew of a defect '
         'in the ignition switches of two of its models by early 2014, more than a year before the '
         'company recalled 1.2 million vehicles.\n\n'
         'The emails trace a timeline that the company has never made public.\n\n'
         "On Jan. 12, 2014, an engineer at the company's plant in Ohio wrote to his supervisor that "
         'switches returned by dealers were failing "at an alarming rate." Two weeks later, the '
         'supervisor forwarded the message to the head of quality control, adding: "We need to talk '
         'about this before the board meeting on Thursday."\n\n'
         'That meeting, on Jan. 30, did not discuss the switches, according to the minutes. By that '
         'summer, the company had received at least 40 complaints of cars stalling on highways. In '
         'October of that year, a driver in Texas was killed when her car lost power.\n\n'
         'The recall was finally announced in February 2015. At the time, the company said it had '
         'learned of the problem only weeks earlier.\n\n'
         'A company spokeswoman said on Thursday that Carver had "acted as soon as the facts were '
         'clear" and that an outside review completed last year found no wrongdoing.\n\n'
         'Federal regulators opened an inquiry in 2016 and are expected to release their findings this '
         'fall. Two senators said this week that they would call Carver executives to testify before '
         'the end of the year.'),
        [
            ('early 2014', '2014'),
            ('more than a year', 'P1Y'),
            ('Jan. 12, 2014', '2014-01-12'),
            ('Two weeks later', '2014-W04'),
            ('Jan. 30', '2014-01-30'),
            ('that summer', '2014-SU'),
            ('October of that year', '2014-10'),
            ('February 2015', '2015-02'),
            ('weeks', 'PXW'),
            ('Thursday', '2017-09-07'),
            ('last year', '2016'),
            ('2016', '2016'),
            ('this fall', '2017-FA'),
            ('this week', '2017-W36'),
            ('the end of the year', '2017'),
        ],
        [Gap("board meeting on ", "Thursday", "2014-01-30",
             "a weekday in an email quoted two weeks after the story's date is placed in the week of that date "
             "(Jan. 12), not after 'Two weeks later' (a week, too coarse to count from)")]),
    # A match report: last night's game, last season in flashback, the parade and next season ahead.
    Article(
        'match_report', '2016-05-15',
        ('Leicester City ended their season the way they have played all of it, with a 2-1 win at '
         'Chelsea on Saturday that sealed the most improbable title in the history of English '
         'football.\n\n'
         'Jamie Vardy scored in the 12th minute and Riyad Mahrez added a second shortly before '
         'half-time. Chelsea pulled one back in the 83rd minute, but Leicester held on through five '
         'minutes of stoppage time.\n\n'
         'Thirteen months ago, Leicester were bottom of the Premier League, seven points from safety. '
         'They won seven of their last nine games to survive, and in July they appointed Claudio '
         'Ranieri, a manager who had been sacked by Greece after four matches.\n\n'
         'Few gave them a chance. Bookmakers offered odds of 5,000-1 against them winning the title in '
         'August.\n\n'
         '"A year ago we were fighting relegation," Ranieri said on Saturday night. "Today we are '
         'champions."\n\n'
         'Leicester went top on Jan. 13 and never looked back. They lost only three league games all '
         'season.\n\n'
         'The players will parade the trophy through the city on Monday. Next season they will play in '
         'the Champions League, which begins in September.'),
        [
            ('Saturday', '2016-05-14'),
            ('five minutes', 'PT5M'),
            ('Thirteen months ago', '2015-04'),
            ('July', '2015-07'),
            ('August', '2015-08'),
            ('A year ago', '2015'),
            ('Saturday night', '2016-05-14TNI'),
            ('Today', '2016-05-14'),
            ('Jan. 13', '2016-01-13'),
            ('Monday', '2016-05-16'),
            ('September', '2016-09'),
        ],
        ),
    # A feature profile: habitual present, a career told from 2009, and plans for next spring.
    Article(
        'profile_baker', '2015-11-22',
        ('Every morning at 4 a.m., Maria Alvarez unlocks the door of a narrow bakery on Fulton Street '
         'and switches on the ovens. By 6:30, there is a line outside.\n\n'
         'Ms. Alvarez, 47, opened Pan de Casa in 2009, a year after the financial crisis cost her a '
         "job in a bank's back office. At the time, she had never baked more than a birthday cake.\n\n"
         '"I was scared every day for the first two years," she said on a recent Tuesday, flour on her '
         'sleeves. "Now I am only scared on Mondays."\n\n'
         'She spent the spring of 2009 taking classes at a culinary school in Queens. The following '
         'summer, she signed a 10-year lease on a former shoe-repair shop. Two years later, she hired '
         'her first employee, a nephew who still runs the counter on weekends.\n\n'
         'Business doubled in 2013, when a food blogger named her conchas the best in the city. Last '
         'December, she sold 3,000 loaves of rosca de reyes in a single week.\n\n'
         'This year has been harder. Her rent rose 30 percent in March, and a chain bakery opened two '
         'blocks away in the summer.\n\n'
         'She is not giving up. Next spring she plans to open a second shop in Brooklyn, and she is '
         'already testing recipes for the holidays.'),
        [
            ('Every morning at 4 a.m.', 'XXXX-XX-XXT04:00'),  # one recurring time, as 'every Tuesday at 7pm'
            ('2009', '2009'),
            ('a year', 'P1Y'),
            ('every day', 'P1D'),
            ('the first two years', 'P2Y'),
            ('a recent Tuesday', 'XXXX-WXX-2'),
            ('Now', 'PRESENT_REF'),
            ('Mondays', 'XXXX-WXX-1'),
            ('the spring of 2009', '2009-SP'),
            ('The following summer', '2009-SU'),
            ('10-year', 'P10Y'),
            ('Two years later', '2011'),
            ('weekends', 'XXXX-WE'),
            ('2013', '2013'),
            ('Last December', '2014-12'),
            ('a single week', 'P1W'),
            ('This year', '2015'),
            ('March', '2015-03'),
            ('the summer', '2015-SU'),
            ('Next spring', '2016-SP'),
        ],
        [Gap("By ", "6:30", "XXXX-XX-XXT06:30",
             "a clock time in the habitual present is dated on the publication day")]),
    # Wire copy: a treaty signed yesterday, a quote with its own 'today', a crisis since November.
    Article(
        'wire_crimea', '2014-03-19',
        ('MOSCOW, March 19 (AP) — Russia moved on Wednesday to absorb Crimea, a day after President '
         "Vladimir Putin signed a treaty with the peninsula's leaders in a ceremony at the Kremlin.\n\n"
         'Putin told both houses of parliament on Tuesday that Crimea had "always been an inseparable '
         'part of Russia" and that its transfer to Ukraine in 1954 had been a mistake. "Today, Crimea '
         'has returned to its native harbor," he said.\n\n'
         'Crimea voted to secede from Ukraine in a referendum on Sunday that Western governments have '
         'called illegal. Organizers said the next day that 96.8 percent of voters had backed joining '
         'Russia.\n\n'
         "The crisis began in November, when Ukraine's then-president, Viktor Yanukovych, abandoned a "
         "trade pact with the European Union. Protesters occupied Kiev's Independence Square for three "
         'months, and Yanukovych fled the capital on Feb. 22.\n\n'
         "Russian troops took control of Crimea's airports a week later.\n\n"
         'The European Union and the United States imposed travel bans and asset freezes on 21 '
         'officials on Monday. EU leaders will discuss further sanctions at a summit in Brussels on '
         'Thursday and Friday, and Washington has suspended preparations for the Group of Eight summit '
         'that Russia is due to host in Sochi in June.\n\n'
         "Ukraine's interim government said it would hold a presidential election on May 25."),
        [
            ('March 19', '2014-03-19'),
            ('Wednesday', '2014-03-19'),
            ('a day', 'P1D'),
            ('Tuesday', '2014-03-18'),
            ('1954', '1954'),
            ('Today', '2014-03-18'),
            ('Sunday', '2014-03-16'),
            ('the next day', '2014-03-17'),
            ('November', '2013-11'),
            ('three months', 'P3M'),
            ('Feb. 22', '2014-02-22'),
            ('a week later', '2014-W09'),
            ('Monday', '2014-03-17'),
            ('Thursday', '2014-03-20'),
            ('Friday', '2014-03-21'),
            ('June', '2014-06'),
            ('May 25', '2014-05-25'),
        ]),
    # Local news: two past floods told in a background paragraph, then 'On Tuesday' in a new paragraph
    # is this week's council vote, not a Tuesday of September 2004.
    Article(
        'local_levee', '2021-07-23',
        ('MILLBROOK, Pa. — The creek that runs through the center of this town of 4,000 people has '
         'flooded badly twice in living memory.\n\n'
         'The first time was in June 1972, when the remnants of Hurricane Agnes dumped a foot of rain '
         'on the valley in two days. The second was in September 2004. That month, the water rose so '
         'quickly that many residents had less than an hour to leave their homes. On Sept. 18, the '
         'National Guard evacuated 300 people from the lower town. Days later, the governor promised a '
         'flood wall.\n\n'
         'The wall was never built.\n\n'
         "On Tuesday, the borough council voted 5-2 to spend $3 million on a levee along the creek's "
         'eastern bank. Construction is expected to begin next spring and take about 18 months.\n\n'
         '"We have waited 17 years for this," said Carol Brandt, who lost her house in 2004. "I\'ll '
         'believe it when I see the trucks."\n\n'
         "The council's vote came a week after the Federal Emergency Management Agency released new "
         'flood maps that place nearly half of the town in a high-risk zone. The previous maps dated '
         'from 1996.\n\n'
         'Two council members who voted against the plan said on Wednesday that the borough could not '
         'afford it. A public hearing on the project is scheduled for Aug. 9.\n\n'
         'The Army Corps of Engineers studied the creek in 2006 and again in 2011, when it estimated '
         'that a wall would cost $9 million. Neither study led to construction. At the time, the '
         "borough's entire annual budget was about $2 million.\n\n"
         'Since then, smaller floods have hit the lower town almost every spring. In April 2019, the '
         'creek rose within a few inches of the top of its banks, and the borough closed Main Street '
         'for three days.\n\n'
         'Mayor Tom Reilly said on Thursday that the borough would apply this fall for a federal grant '
         'that could cover up to 75 percent of the cost. Decisions on the grants are usually announced '
         'in early summer.\n\n'
         '"If we get the money, the trucks could be here by next June," he said. "If we don\'t, we will '
         'find another way."'),
        [
            ('June 1972', '1972-06'),
            ('two days', 'P2D'),
            ('September 2004', '2004-09'),
            ('That month', '2004-09'),
            ('less than an hour', 'PT1H'),
            ('Sept. 18', '2004-09-18'),
            ('Days', 'PXD'),
            ('Tuesday', '2021-07-20'),
            ('next spring', '2022-SP'),
            ('about 18 months', 'P18M'),
            ('17 years', 'P17Y'),
            ('2004', '2004'),
            ('a week', 'P1W'),
            ('1996', '1996'),
            ('Wednesday', '2021-07-21'),
            ('Aug. 9', '2021-08-09'),
            ('2006', '2006'),
            ('2011', '2011'),
            ('every spring', 'XXXX-SP'),
            ('April 2019', '2019-04'),
            ('three days', 'P3D'),
            ('Thursday', '2021-07-22'),
            ('this fall', '2021-FA'),
            # a season in a habitual clause is any year's (a gap until session 15's 2013 wire copy)
            ('early summer', 'XXXX-SU'),
            ('next June', '2022-06'),
        ]),
    # An anniversary wire story: the day of the disaster retold, then today's memorial and the years ahead.
    Article(
        'wire_tsunami', '2021-03-11',
        ('TOKYO, March 11 (Reuters) - Japan fell silent at 2:46 p.m. on Thursday, the moment a decade '
         'ago when a magnitude 9.0 earthquake struck off its northeast coast and unleashed a tsunami '
         'that killed more than 18,000 people.\n\n'
         'The quake, on March 11, 2011, was the strongest ever recorded in Japan. Two days earlier, a '
         'magnitude 7.2 foreshock had struck the same area, but few saw it as a warning. Within an '
         'hour of the main shock, waves as high as 40 meters had swept over sea walls along hundreds '
         'of kilometers of coastline.\n\n'
         'The next day, a hydrogen explosion tore through a reactor building at the Fukushima Daiichi '
         'nuclear plant. Three reactors melted down over the following days. At the time, the '
         'government insisted there was no immediate danger to health. By the end of that month, more '
         'than 150,000 people had been evacuated from the area.\n\n'
         "Later that year, the plant's operator declared the reactors stable. The evacuation orders "
         'for some towns were not lifted until 2017.\n\n'
         'On Thursday, Prime Minister Yoshihide Suga told a memorial service in Tokyo that the '
         'government would "never forget the lessons of that day." The ceremony was scaled down for a '
         'second year because of the coronavirus pandemic.\n\n'
         'Removing the melted fuel is expected to take at least 30 years. The government plans to '
         'begin releasing treated water from the plant into the sea in 2023, a decision that fishermen '
         'say will destroy their livelihoods.'),
        [
            ('March 11', '2021-03-11'),
            ('2:46 p.m. on Thursday', '2021-03-11T14:46'),
            ('a decade ago', '2011'),
            ('March 11, 2011', '2011-03-11'),
            ('Two days earlier', '2011-03-09'),
            ('an hour', 'PT1H'),
            ('The next day', '2011-03-12'),
            ('the following days', 'PXD'),
            ('the end of that month', '2011-03'),
            ('Later that year', '2011'),
            ('2017', '2017'),
            ('Thursday', '2021-03-11'),
            ('at least 30 years', 'P30Y'),
            ('2023', '2023'),
        ],
        [Gap("lessons of ", "that day", "2011-03-11",
             "'that day' in a quote points back to the disaster, not to the day of the speech")]),
    # A crime story: a death in October told from the discovery, an arrest this week, a hearing ahead.
    Article(
        'crime_student', '2019-11-08',
        ('The body of Emily Hart, a 23-year-old nursing student, was found on the morning of Oct. 14 '
         'in a drainage ditch three miles from her apartment. She had last been seen the previous '
         'Saturday, leaving a party near campus shortly after midnight.\n\n'
         'Her roommate reported her missing two days later, when she failed to show up for a shift at '
         'the hospital where she was training. Volunteers searched the woods along Route 9 that '
         'weekend.\n\n'
         'Police said on Thursday that they had arrested a 31-year-old man, Kyle Dorsey, at a motel in '
         'Virginia on Wednesday night and charged him with first-degree murder. He is being held '
         'without bail and is due to appear in court on Nov. 19.\n\n'
         'Mr. Dorsey had been released from prison in June after serving eight years for an armed '
         'robbery in 2010. Detectives said he had met Ms. Hart at the party that night.\n\n'
         '"We never stopped looking," Chief Laura Simmons said at a news conference. "For three and a '
         'half weeks, this department worked around the clock."\n\n'
         "Ms. Hart's mother said her daughter had planned to graduate in May. A vigil will be held on "
         'campus on Sunday evening.'),
        [
            ('Oct. 14', '2019-10-14'),
            ('the previous Saturday', '2019-10-12'),
            ('midnight', '2019-10-12T24:00'),
            ('two days later', '2019-10-14'),
            ('that weekend', '2019-W42-WE'),
            ('Thursday', '2019-11-07'),
            ('Wednesday night', '2019-11-06TNI'),
            ('Nov. 19', '2019-11-19'),
            ('June', '2019-06'),
            ('eight years', 'P8Y'),
            ('2010', '2010'),
            ('three and a half weeks', 'P3.5W'),
            ('May', '2020-05'),
            ('Sunday evening', '2019-11-10TEV'),
        ],
        [Gap("party ", "that night", "2019-10-12TNI",
             "'that night' refers to the party (the previous Saturday), an event, not to the date last named "
             "(Nov. 19)")]),
    # A company results story: the quarter, a year earlier, the full year, the first half, and what is ahead.
    Article(
        'earnings', '2017-10-26',
        ('SEATTLE (Reuters) - Harbor Freight Lines Inc on Thursday reported a 12 percent rise in '
         'third-quarter profit, helped by strong holiday bookings, and raised its forecast for the '
         'full year, sending its shares up 6 percent in extended trading.\n\n'
         'Net income rose to $214 million, or $1.32 per share, in the quarter ended Sept. 30, from '
         '$191 million, or $1.17 per share, a year earlier. Revenue climbed 9 percent to $2.4 billion.\n\n'
         'The company now expects earnings of $4.80 to $4.95 per share for 2017, up from a previous '
         'forecast of $4.60 to $4.80 that it gave in July.\n\n'
         '"This was our best quarter since we went public in 2011," Chief Executive Dana Whitfield '
         'said on a conference call with analysts. "We expect the momentum to continue into next '
         'year."\n\n'
         'Fuel costs, which rose sharply in the first half of the year, eased in August and September, '
         'the company said. Whitfield said the company would take delivery of 40 new vessels over the '
         'next two years, the first of them in March.\n\n'
         'The results come a week after rival Pacific Coast Carriers cut its outlook, citing weak '
         "demand in Asia. Harbor Freight's shares have gained 28 percent since the start of the year, "
         'compared with a 14 percent rise in the S&P 500 index.\n\n'
         'The company will hold its annual investor day on Dec. 6 in New York.'),
        [
            ('Thursday', '2017-10-26'),
            ('third-quarter', '2017-Q3'),
            ('the full year', '2017'),
            ('the quarter', '2017-Q3'),
            ('Sept. 30', '2017-09-30'),
            ('a year earlier', '2016-Q3'),
            ('now', 'PRESENT_REF'),
            ('2017', '2017'),
            ('July', '2017-07'),
            ('2011', '2011'),
            ('next year', '2018'),
            ('the first half of the year', '2017-H1'),
            ('August', '2017-08'),
            ('September', '2017-09'),
            ('the next two years', 'P2Y'),
            ('March', '2018-03'),
            ('a week', 'P1W'),
            ('the start of the year', '2017'),
            ('Dec. 6', '2017-12-06'),
        ]),
    # Disaster wire copy: a storm's landfall told hour by hour ('2 p.m. Wednesday ... that evening'),
    # a quote's 'Yesterday' spoken on the publication day, and the days ahead.
    Article(
        'hurricane', '2018-10-11',
        ('MEXICO BEACH, Fla. (AP) — Hurricane Michael slammed into the Florida Panhandle on Wednesday '
         'afternoon with winds of 155 mph, the most powerful storm to hit the region in more than a '
         'century, and pushed inland on Thursday as a tropical storm.\n\n'
         'The storm made landfall near Mexico Beach shortly before 2 p.m. Wednesday and was still a '
         'Category 3 hurricane when it crossed into Georgia that evening. By early Thursday, it had '
         'weakened to a tropical storm over central Georgia, the National Hurricane Center said.\n\n'
         'At least two people were killed. A man died when a tree fell on his home in Greensboro, '
         'Fla., on Wednesday, and an 11-year-old girl was killed in Georgia early Thursday when a '
         'carport blew into her house.\n\n'
         'Michael formed in the western Caribbean on Oct. 7 and grew from a tropical storm to a major '
         'hurricane in less than 48 hours, catching many residents by surprise. Forecasters said on '
         'Monday that it could reach Category 3 strength; by Tuesday night, it was a Category 4.\n\n'
         '"We have never seen anything like this," Gov. Rick Scott said on Thursday morning. '
         '"Yesterday, whole neighborhoods were wiped off the map."\n\n'
         'More than 900,000 homes and businesses were without power in Florida, Georgia and Alabama on '
         'Thursday, and officials warned it could be weeks before electricity is restored in the '
         'hardest-hit areas. The storm is expected to move off the coast of Virginia on Friday and '
         'head out to sea over the weekend.\n\n'
         'The Atlantic hurricane season ends on Nov. 30.'),
        [
            ('Wednesday afternoon', '2018-10-10TAF'),
            ('more than a century', 'P100Y'),
            ('Thursday', '2018-10-11'),
            ('2 p.m. Wednesday', '2018-10-10T14:00'),
            ('that evening', '2018-10-10TEV'),
            ('early Thursday', '2018-10-11'),
            ('Wednesday', '2018-10-10'),
            ('early Thursday', '2018-10-11'),
            ('Oct. 7', '2018-10-07'),
            ('less than 48 hours', 'PT48H'),
            ('Monday', '2018-10-08'),
            ('Tuesday night', '2018-10-09TNI'),
            ('Thursday morning', '2018-10-11TMO'),
            ('Yesterday', '2018-10-10'),
            ('Thursday', '2018-10-11'),
            ('weeks', 'PXW'),
            ('Friday', '2018-10-12'),
            ('the weekend', '2018-W41-WE'),
            ('Nov. 30', '2018-11-30'),
        ]),
    # A campaign profile: a career told from 2016 ('a Tuesday night in March 2017', 'The following month',
    # 'That fall'), an interview last week, and the election ahead.
    Article(
        'election_feature', '2020-10-18',
        ('In the spring of 2016, Tom Vargas was a high school civics teacher with no interest in '
         'running for anything. Four years later, he is locked in one of the closest House races in '
         'the country.\n\n'
         'His path began on a Tuesday night in March 2017, when about 300 people crowded into a school '
         'gymnasium in Harlow, Ohio, to confront their congressman about health care. Vargas stood up '
         'and asked a question. A video of the exchange was viewed two million times within a week.\n\n'
         'The following month, a local party official called to ask if he would consider a run. He '
         'said no. That fall, after the plant where his father had worked for 31 years announced it '
         'would close, he changed his mind.\n\n'
         'He lost the 2018 primary by 900 votes. Two days after conceding, he filed papers to run '
         'again.\n\n'
         '"I learned more from losing than I ever did from teaching," Vargas said in an interview last '
         'week at a diner in Harlow. "Back then, I thought you could win an argument. Now I know you '
         'have to win a room."\n\n'
         'Early voting began on Oct. 6, and by Friday more than 80,000 ballots had been cast in the '
         'district, about a third of the total in 2016. The two candidates will meet for their only '
         'debate on Tuesday night.\n\n'
         'Election Day is Nov. 3. Whoever wins will be sworn in on Jan. 3.'),
        [
            ('the spring of 2016', '2016-SP'),
            ('Four years later', '2020'),
            ('a Tuesday night', 'XXXX-WXX-2TNI'),
            ('March 2017', '2017-03'),
            ('a week', 'P1W'),
            ('The following month', '2017-04'),
            ('That fall', '2017-FA'),
            ('31 years', 'P31Y'),
            ('2018', '2018'),
            ('Two days', 'P2D'),
            ('last week', '2020-W41'),
            ('Now', 'PRESENT_REF'),
            ('Oct. 6', '2020-10-06'),
            ('Friday', '2020-10-16'),
            ('2016', '2016'),
            ('Tuesday night', '2020-10-20TNI'),
            ('Election Day', '2020-11-03'),
            ('Nov. 3', '2020-11-03'),
            ('Jan. 3', '2021-01-03'),
        ]),
    # A game story: yesterday's game, a quote about 'Two weeks ago' and 'Today' spoken after it, and next week.
    Article(
        'nfl_report', '2019-09-23',
        ("FOXBOROUGH, Mass. (AP) — Tom Brady threw two touchdown passes and the New England Patriots' "
         "defense smothered the New York Jets in a 30-14 win on Sunday, the team's third straight "
         'victory to open the season.\n\n'
         'Brady, 42, completed 28 of 42 passes for 249 yards. He has now won 30 of his past 35 games '
         'against the Jets, a streak that dates to 2003.\n\n'
         'New England led 20-0 at halftime and put the game away with a 10-play, 75-yard drive early '
         'in the fourth quarter. The Patriots have allowed just one offensive touchdown in three '
         'games.\n\n'
         '"We\'re not where we want to be yet," Brady said. "Two weeks ago we were a mess on third '
         'down. Today we were much better."\n\n'
         'The Jets, already without quarterback Sam Darnold, who has mononucleosis, lost backup Trevor '
         'Siemian to a season-ending ankle injury last Monday. Third-stringer Luke Falk was sacked '
         'four times.\n\n'
         'Last season, New England beat the Jets twice on the way to its sixth Super Bowl title, which '
         'it won in February in Atlanta.\n\n'
         'The Patriots play at Buffalo next Sunday. The Jets have a bye and return on Oct. 6 against '
         'Philadelphia.'),
        [
            ('Sunday', '2019-09-22'),
            ('now', 'PRESENT_REF'),
            ('2003', '2003'),
            ('last Monday', '2019-09-16'),
            ('February', '2019-02'),
            ('next Sunday', '2019-09-29'),
            ('Oct. 6', '2019-10-06'),
        ],
        [Gap('"', "Two weeks ago", "2019-W36",
             "said after Sunday's game (the attribution 'Brady said.' names no day), so two weeks before Sunday; "
             "counted from the publication day (a Monday) instead"),
         Gap("down. ", "Today", "2019-09-22", "the speaker's today is the day of the game, Sunday, not the "
             "publication day; the quote's attribution names no day"),
         Gap("", "Last season", "2018", "a sports season is not tagged")]),
    # A politician's obituary: death on Saturday, a career from 1964 ('10 years later', 'the previous
    # spring' before January 1995), and the funeral ahead.
    Article(
        'obit_senator', '2016-07-18',
        ('WASHINGTON — Former Senator Harold Brennan of Iowa, a Democrat who spent three decades in '
         "Congress and helped write the nation's first major farm conservation law, died on Saturday "
         'at a hospital in Des Moines. He was 88.\n\n'
         'His daughter, Margaret Brennan, said the cause was complications of pneumonia. He had been '
         'hospitalized since July 4.\n\n'
         'Mr. Brennan was elected to the House in 1964, in the Democratic landslide that accompanied '
         "Lyndon B. Johnson's victory, and won a Senate seat 10 years later. He served until January "
         '1995, when he retired after losing a bitter primary the previous spring.\n\n'
         'In the early 1980s, as farm foreclosures swept the Midwest, he pushed through a bill that '
         'paid farmers to take fragile land out of production. The program, signed into law in '
         'December 1985, still covers about 24 million acres.\n\n'
         'At the time of his death, he was writing a history of the farm crisis. "He worked on it '
         'every morning until the week he went into the hospital," his daughter said.\n\n'
         'Harold James Brennan was born on a farm near Ames on Feb. 9, 1928. He served in the Army in '
         'Korea from 1950 to 1952 and later earned a law degree at the University of Iowa.\n\n'
         'His wife of 61 years, the former Jean Carter, died in 2013. Besides his daughter, he is '
         'survived by two sons and seven grandchildren.\n\n'
         'A funeral will be held on Friday in Ames.'),
        [
            ('three decades', 'P30Y'),
            ('Saturday', '2016-07-16'),
            ('July 4', '2016-07-04'),
            ('1964', '1964'),
            ('10 years later', '1974'),
            ('January 1995', '1995-01'),
            ('the previous spring', '1994-SP'),
            ('the early 1980s', '198'),
            ('December 1985', '1985-12'),
            ('every morning', 'XXXX-XX-XXTMO'),
            ('Feb. 9, 1928', '1928-02-09'),
            ('1950', '1950'),
            ('1952', '1952'),
            ('61 years', 'P61Y'),
            ('2013', '2013'),
            ('Friday', '2016-07-22'),
        ]),
    # An anniversary feature: 'Fifty years ago today' sets the story in 1969 ('four days earlier', 'July 24',
    # 'the end of that year'), then back to this weekend's crowds.
    Article(
        'anniversary_moon', '2019-07-20',
        ('Fifty years ago today, Neil Armstrong stepped onto the surface of the moon, and an estimated '
         '600 million people watched on television.\n\n'
         'Apollo 11 had lifted off from Cape Kennedy four days earlier, on the morning of July 16, '
         '1969. The lunar module Eagle touched down in the Sea of Tranquility at 4:17 p.m. Eastern '
         'time on July 20, and Armstrong climbed down the ladder about six and a half hours later. He '
         'and Buzz Aldrin spent two hours and 31 minutes outside.\n\n'
         'The crew splashed down in the Pacific on July 24, eight days after launch. By the end of '
         'that year, a second crew had landed on the moon.\n\n'
         'The race had begun in earnest in May 1961, when President John F. Kennedy asked Congress to '
         'commit the nation to a lunar landing before the decade was out. At the time, the United '
         'States had launched a single astronaut, Alan Shepard, on a 15-minute flight.\n\n'
         'On Saturday, crowds gathered at the Kennedy Space Center in Florida and at the National Air '
         'and Space Museum in Washington, where the Apollo 11 command module is on display. On Friday, '
         'Aldrin, 89, and Michael Collins, 88, who orbited the moon while the others walked on it, '
         'visited the launch pad.\n\n'
         'NASA says it will return astronauts to the moon by 2024.'),
        [
            ('Fifty years ago today', '1969-07-20'),
            ('four days earlier', '1969-07-16'),
            ('July 16, 1969', '1969-07-16'),
            ('4:17 p.m.', '1969-07-20T16:17'),
            ('July 20', '1969-07-20'),
            ('about six and a half hours later', '1969-07-20T22:47'),
            ('two hours and 31 minutes', 'PT2H31M'),
            ('July 24', '1969-07-24'),
            ('eight days', 'P8D'),
            ('the end of that year', '1969'),
            ('May 1961', '1961-05'),
            ('15-minute', 'PT15M'),
            ('Saturday', '2019-07-20'),
            ('Friday', '2019-07-19'),
            ('2024', '2024'),
        ],
        [Gap("before ", "the decade", "196", "'the decade' is tagged only after a decade was named ('the 1960s')")]),
    # Trial testimony: this week's hearings retelling one night in November 2020 hour by hour.
    Article(
        'trial_testimony', '2022-05-12',
        ('DENVER — A former security guard testified on Wednesday that he saw the defendant, Brian '
         'Keefe, leave the warehouse with a duffel bag about an hour before the fire was reported on '
         'the night of Nov. 3, 2020.\n\n'
         'The guard, Luis Ortega, told jurors that he had started his shift at 10 p.m. that evening '
         'and that he first noticed Mr. Keefe in the parking lot shortly after 11. "He was walking '
         'fast and he did not look at me," Mr. Ortega said.\n\n'
         'The fire, which destroyed the warehouse and $14 million worth of furniture, was reported at '
         '12:40 a.m. the next day. Investigators found traces of gasoline in three places. Mr. Keefe, '
         'who co-owned the business, was arrested three weeks later.\n\n'
         'Prosecutors say Mr. Keefe set the fire to collect insurance after the business lost a major '
         "client that summer. They told the jury on Monday that he had increased the warehouse's "
         'insurance coverage by $5 million the previous Tuesday.\n\n'
         'Under cross-examination, Mr. Ortega acknowledged that he had told investigators in December '
         '2020 that he could not be sure of the time. He said his memory had become clearer after he '
         'reviewed his phone records days later.\n\n'
         "Mr. Keefe's lawyer, Dana Morrow, has said that her client was at home with his wife that "
         'night. She is expected to call the wife as a witness next week.\n\n'
         'The trial, which began on May 2, is expected to last until the end of the month. If '
         'convicted, Mr. Keefe faces up to 20 years in prison.'),
        [
            ('Wednesday', '2022-05-11'),
            ('about an hour', 'PT1H'),
            ('Nov. 3, 2020', '2020-11-03'),
            ('10 p.m.', '2020-11-03T22:00'),
            ('that evening', '2020-11-03TEV'),
            ('11', '2020-11-03T23:00'),
            ('12:40 a.m.', '2020-11-04T00:40'),
            ('the next day', '2020-11-04'),
            ('three weeks later', '2020-W48'),
            ('that summer', '2020-SU'),
            ('Monday', '2022-05-09'),
            ('December 2020', '2020-12'),
            ('days', 'PXD'),
            ('next week', '2022-W20'),
            ('May 2', '2022-05-02'),
            ('the end of the month', '2022-05'),
            ('up to 20 years', 'P20Y'),
        ],
        [Gap("million ", "the previous Tuesday", "2020-10-27",
             "told from the reporting day ('told the jury on Monday') instead of the night of the fire the story "
             "is about; telling them apart needs the events"),
         Gap("home with his wife ", "that night", "2020-11-03TNI",
             "counted from 'the previous Tuesday' (itself wrong) rather than the night of the fire")]),
    # A markets wire story: a dateline, a GMT clock time, the week so far, last year and the months ahead.
    Article(
        'wire_oil', '2023-01-05',
        ('LONDON, Jan 5 (Reuters) - Oil prices fell more than 1% on Thursday, extending steep losses '
         'from earlier in the week, as worries about a slowing global economy and weak demand in China '
         'outweighed supply concerns.\n\n'
         'Brent crude futures were down 94 cents at $77.90 a barrel by 1130 GMT, after falling 9% over '
         'the previous two sessions, the biggest two-day decline at the start of a year in three '
         'decades. U.S. West Texas Intermediate crude fell 88 cents to $72.96.\n\n'
         'Prices had climbed in the final weeks of 2022 as China eased its strict COVID-19 curbs in '
         'early December. But a surge in infections since then has dampened hopes of a quick recovery '
         "in fuel demand in the world's top crude importer.\n\n"
         '"The market is worried about recession, and that worry is not going away soon," said an '
         'analyst at a Singapore brokerage.\n\n'
         'Data from the American Petroleum Institute late on Wednesday showed U.S. crude stocks rose '
         'by about 3.3 million barrels in the week ended Dec. 30. Official government data is due '
         'later on Thursday.\n\n'
         'OPEC+ agreed in October to cut production by 2 million barrels per day from November until '
         "the end of 2023. The group's next meeting is scheduled for Feb. 1.\n\n"
         'Brent averaged about $99 a barrel last year, its highest annual average since 2013.'),
        [
            ('Jan 5', '2023-01-05'),
            ('Thursday', '2023-01-05'),
            ('the week', '2023-W01'),
            ('1130 GMT', '2023-01-05T11:30Z'),
            ('two-day', 'P2D'),
            ('three decades', 'P30Y'),
            ('the final weeks of 2022', '2022'),
            ('early December', '2022-12'),
            ('Wednesday', '2023-01-04'),
            ('the week', 'P1W'),
            ('Dec. 30', '2022-12-30'),
            ('Thursday', '2023-01-05'),
            ('October', '2022-10'),
            ('November', '2022-11'),
            ('the end of 2023', '2023'),
            ('Feb. 1', '2023-02-01'),
            ('last year', '2022'),
            ('2013', '2013'),
        ],
        []),
]

# Paragraphs that pin down one reading each: (text, reference, expected).
SHORT: list[tuple[str, str, list[tuple[str, str]]]] = [
    # a weekday restating the date just given: "Sept. 15, 2008, a Monday"
    ("The bank filed for bankruptcy on Sept. 15, 2008, a Monday, and the Fed acted two days later.", "2018-09-14",
     [("Sept. 15, 2008", "2008-09-15"), ("Monday", "2008-09-15"), ("two days later", "2008-09-17")]),
    ("The verdict came on March 3, 2011, which was a Thursday.", "2019-06-14",
     [("March 3, 2011", "2011-03-03"), ("Thursday", "2011-03-03")]),
    ("The ship sank on 14 April 1912, a Sunday, and the inquiry opened the following month.", "2012-04-20",
     [("14 April 1912", "1912-04-14"), ("Sunday", "1912-04-14"), ("the following month", "1912-05")]),
    # a background paragraph, then a new paragraph of today's news
    ("The town last flooded in September 2004. On Sept. 18, the National Guard evacuated 300 people.\n\n"
     "On Tuesday, the council approved a new levee.", "2021-07-23",
     [("September 2004", "2004-09"), ("Sept. 18", "2004-09-18"), ("Tuesday", "2021-07-20")]),
    ("The plant opened in May 1998. On June 2, its first shipment left for Ohio.\n\n"
     "On Monday, the company said it would close the plant by the end of next year.", "2016-02-11",
     [("May 1998", "1998-05"), ("June 2", "1998-06-02"), ("Monday", "2016-02-08"),
      ("the end of next year", "2017")]),
    # ... and so is a weekday in a reported clause after a past date (AP style: a bare weekday is this week)
    ("On March 3, 2011, the regulator fined the bank. On Friday, the bank said it would appeal a new fine.",
     "2019-06-14", [("March 3, 2011", "2011-03-03"), ("Friday", "2019-06-14")]),
    ("In June 2016 the mine flooded. On Monday, the owners told investors it would reopen.", "2019-06-14",
     [("June 2016", "2016-06"), ("Monday", "2019-06-10")]),
    # ... while in the same paragraph the story's week still holds
    ("The coup began on Monday, 19 August 1991. By Wednesday, it had collapsed.", "2010-06-15",
     [("Monday, 19 August 1991", "1991-08-19"), ("Wednesday", "1991-08-21")]),
    # "that summer" points away from now, past the reporting day
    ("The accountant testified on Tuesday that she had warned him that summer, after the spring audit of 2012.",
     "2019-06-14",
     [("Tuesday", "2019-06-11"), ("that summer", "2019-SU"), ("2012", "2012")]),
    ("By the spring of 2012 auditors had questions. She testified on Tuesday that she had warned him that summer.",
     "2019-06-14",
     [("the spring of 2012", "2012-SP"), ("Tuesday", "2019-06-11"), ("that summer", "2012-SU")]),
    ("He was fired last year. That summer he moved to Denver.", "2019-06-14",
     [("last year", "2018"), ("That summer", "2018-SU")]),
    # a season describing a noun is no date
    ("She paid for her first camera with money from a summer job.", "2018-02-20", []),
    ("A winter storm knocked out power to 40,000 homes on Sunday.", "2018-02-20", [("Sunday", "2018-02-18")]),
    # "a single week"
    ("The shop sold 3,000 loaves in a single week.", "2015-11-22", [("a single week", "P1W")]),
    # a meeting's minutes
    ("That meeting, on Jan. 30, did not discuss the switches, according to the minutes.", "2017-09-08",
     [("Jan. 30", "2017-01-30")]),
    ("The minutes of the board meeting show no vote was taken.", "2017-09-08", []),
    ("In the minutes after the blast, residents ran into the street.", "2017-09-08", [("the minutes", "PTXM")]),
    # a quote's "today", "tomorrow", "yesterday" are the speaker's
    ('"We will announce our decision tomorrow," the minister said Tuesday.', "2014-03-19",
     [("tomorrow", "2014-03-19"), ("Tuesday", "2014-03-18")]),
    ('"Yesterday was the worst day of my life," the coach told reporters on Sunday.', "2016-05-17",
     [("Yesterday", "2016-05-14"), ("Sunday", "2016-05-15")]),
    ('Putin addressed parliament on Tuesday. "Today, Crimea has returned home," he said.', "2014-03-19",
     [("Tuesday", "2014-03-18"), ("Today", "2014-03-18")]),
    ('The coach spoke on Saturday night. "Today we are champions."', "2016-05-15",
     [("Saturday night", "2016-05-14TNI"), ("Today", "2016-05-14")]),
    ('"I saw him yesterday," she told police on June 3.', "2019-06-14",
     [("yesterday", "2019-06-02"), ("June 3", "2019-06-03")]),
    ('She told police on June 3: "I saw him yesterday."', "2019-06-14",
     [("June 3", "2019-06-03"), ("yesterday", "2019-06-02")]),
    # ... and stay the publication day when the quote is not dated, or dated on the publication day
    ('"We are ready today," the general said.', "2014-03-19", [("today", "2014-03-19")]),
    ('"We will vote tomorrow," the speaker said Wednesday.', "2014-03-19",
     [("tomorrow", "2014-03-20"), ("Wednesday", "2014-03-19")]),
    ("Officials said Tuesday that the bridge would reopen tomorrow.", "2014-03-19",
     [("Tuesday", "2014-03-18"), ("tomorrow", "2014-03-20")]),
    # a past clause right after a past date goes on from it
    ("Thirteen months ago, the club was bottom of the league. In July it appointed a new manager.", "2016-05-15",
     [("Thirteen months ago", "2015-04"), ("July", "2015-07")]),
    ("Last April the plant was still open. It closed in June, the union said.", "2016-02-10",
     [("Last April", "2015-04"), ("June", "2015-06")]),
    # "a recent Tuesday": a Tuesday the text does not identify
    ("On a recent Tuesday morning, the line stretched around the block.", "2015-11-22",
     [("a recent Tuesday morning", "XXXX-WXX-2TMO")]),
    ("I met him one recent Friday at the bakery.", "2015-11-22", [("one recent Friday", "XXXX-WXX-5")]),
    # a clock time with its weekday states the day: "that evening" is that day's
    ("The storm made landfall shortly before 2 p.m. Wednesday and crossed into Georgia that evening.", "2018-10-11",
     [("2 p.m. Wednesday", "2018-10-10T14:00"), ("that evening", "2018-10-10TEV")]),
    # a plural unit after "be", "take", "spent" is a length of time
    ("Officials warned it could be weeks before power is restored.", "2018-10-11", [("weeks", "PXW")]),
    ("The repairs took months, and she spent years paying for them.", "2018-10-11",
     [("months", "PXM"), ("years", "PXY")]),
    # "a Tuesday night in March", "one Friday": a day the text does not identify
    ("It began on a Tuesday night in March 2017, in a school gymnasium.", "2020-10-18",
     [("a Tuesday night", "XXXX-WXX-2TNI"), ("March 2017", "2017-03")]),
    ("One Friday in June, the letter arrived.", "2020-10-18", [("One Friday", "XXXX-WXX-5"), ("June", "2020-06")]),
    # ... but "a Wednesday media event" and "a great Sunday" are the day at hand
    ("In a Wednesday media event, the company showed its new laptops.", "2010-10-21", [("Wednesday", "2010-10-20")]),
    ("Thousands attended a Sunday night memorial service for the victims.", "1999-10-25",
     [("Sunday night", "1999-10-24TNI")]),
    # "N years ago today": the anniversary, one expression, and the story it opens is in that year
    ("Fifty years ago today, Apollo 11 landed on the moon. The crew splashed down on July 24.", "2019-07-20",
     [("Fifty years ago today", "1969-07-20"), ("July 24", "1969-07-24")]),
    ("Ten years ago this weekend, Lehman Brothers collapsed.", "2018-09-14", [("Ten years ago this weekend", "2008-W37-WE")]),
    ("A year ago this month, the factory closed.", "2016-05-20", [("A year ago this month", "2015-05")]),
    ("He died two years ago yesterday.", "2016-05-20", [("two years ago yesterday", "2014-05-19")]),
    # a time zone after a clock time is no sentence break: the clock takes the day named after it
    ("The module touched down at 4:17 p.m. Eastern time on July 20, 1969.", "2019-07-20",
     [("4:17 p.m.", "1969-07-20T16:17"), ("July 20, 1969", "1969-07-20")]),
    ("The meeting ended at 4 p.m. It resumed on Monday.", "2019-07-20", [("4 p.m.", "2019-07-20T16:00"),
                                                                          ("Monday", "2019-07-15")]),
    # "as recently as last month": only the date is a time
    ("He had tried to move money abroad as recently as last month.", "2019-06-14", [("last month", "2019-05")]),
    ("Prices have fallen recently, as analysts expected.", "2019-06-14", [("recently", "PAST_REF")]),
    # a four-digit time in GMT is a clock time, not a year
    ("Brent was down 94 cents at $77.90 a barrel by 1130 GMT.", "2023-01-05", [("1130 GMT", "2023-01-05T11:30Z")]),
    ("In 1930 GMT was already the world's reference time.", "2023-01-05", [("1930", "1930")]),
    # a length of time in two units is one expression
    ("They spent two hours and 31 minutes outside.", "2019-07-20", [("two hours and 31 minutes", "PT2H31M")]),
    ("He was sentenced to five years and three months in prison.", "2019-07-20",
     [("five years and three months", "P5Y3M")]),
    ("The final lasted 2 hours, 15 minutes.", "2019-07-20", [("2 hours, 15 minutes", "PT2H15M")]),
    ("The jury deliberated for about 10 hours and 30 minutes.", "2019-07-20",
     [("about 10 hours and 30 minutes", "PT10H30M")]),
    # ... the smaller unit second ("12 hours, 3 days after" is two)
    ("A second storm lasted 12 hours, 3 days after the first.", "2019-07-20",
     [("12 hours", "PT12H"), ("3 days", "P3D")]),
    # "the mid-1950s and ...": "the" is part of the extent
    ("It was shot in the mid-1950s and first shown in 1957.", "2018-02-20",
     [("the mid-1950s", "195"), ("1957", "1957")]),
    ("The mid-1990s boom ended in 2000.", "2018-02-20", [("mid-1990s", "199"), ("2000", "2000")]),
]


def _tagged(text: str, reference: str) -> list[Timex]:
    return list(find_timexes(text, Reference.parse(reference)))


@pytest.mark.parametrize("article", ARTICLES, ids=[article.name for article in ARTICLES])
def test_article(article: Article) -> None:
    assert outside_gaps(article) == article.expected


@pytest.mark.parametrize(("article", "gap"), article_gap_params(ARTICLES))
def test_article_gap(article: Article, gap: Gap) -> None:
    assert inside_gap(article, gap) == wanted(gap)


@pytest.mark.parametrize(("text", "reference", "expected"), SHORT)
def test_short(text: str, reference: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in _tagged(text, reference)] == expected


def test_articles_are_whole_and_unique() -> None:
    texts = [article.text for article in ARTICLES] + [text for text, _, _ in SHORT]
    assert len(texts) == len(set(texts))
    assert len(ARTICLES) >= 8
    for article in ARTICLES:
        assert len(article.text.split()) >= 150, article.name
        for gap in article.gaps:
            assert (gap.before + gap.extent) in article.text, (article.name, gap.extent)


def test_a_flashback_in_days_does_not_move_the_next_paragraph() -> None:
    text = ("The dam failed on May 4, 2009. Three days earlier, engineers had warned of cracks.\n\n"
            "The next day, the army arrived.")
    assert [(t.text, t.value) for t in _tagged(text, "2019-05-04")] == [
        ("May 4, 2009", "2009-05-04"), ("Three days earlier", "2009-05-01"), ("The next day", "2009-05-05")]
    same_paragraph = "The dam failed on May 4, 2009. Three days earlier, engineers had warned of cracks. The next day, they left."
    assert [(t.text, t.value) for t in _tagged(same_paragraph, "2019-05-04")][-1] == ("The next day", "2009-05-02")
