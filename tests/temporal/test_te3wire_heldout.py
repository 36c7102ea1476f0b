"""2012-2013 wire copy in the TempEval-3 "platinum" style, annotated by hand (TimeML 1.2).

Twenty-two stories written for this test (not copied from any corpus): Xinhua and AFP datelines
("BEIJING, March 21 (Xinhua) --", "BEIJING, April 21, 2013 (AFP) -"), AP US politics (the sequester, the
fiscal cliff: "by Monday's deadline", "Earlier this week", "the coming weeks"), BBC UK copy ("on Tuesday
night", "a fortnight ago"), economy (quarters, fiscal years, "year-on-year", "the first two months of the
year", the Cyprus bailout), disasters, an epidemic, sports results, science and space, two court cases
and two elections, each with its own publication date (DCT). Every expression a careful annotator would
mark is listed in order with its value (extents without leading prepositions, as TimeBank draws them);
an expression the engine still reads wrong is a :class:`Gap`, left out of the story's test and a strict
xfail of its own. ``SHORT`` pins single phenomena (most of them the readings these stories drove);
``SHORT_GAPS`` are known gaps.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import (Expected, Gap as ShortGap, LongArticle, SpanGap, article_gap_params, found,
                                    gap_params, inside_gap, outside_gaps, texts_of, wanted)


Gap, Article = SpanGap, LongArticle


ARTICLES: list[Article] = [
    Article(
        'xinhua_beijing', '2013-03-21',
        ("BEIJING, March 21 (Xinhua) -- China's industrial output grew 9.9 percent year-on-year in the first "
         'two months of the year, down from 10.3 percent in December, the National Bureau of Statistics said '
         'Thursday.\n\n'
         'Retail sales rose 12.3 percent in January and February, compared with 15.2 percent in the whole of '
         '2012, the bureau said. The bureau combines data for the first two months to smooth out distortions '
         'caused by the week-long Spring Festival holiday, which fell in February this year but in January '
         'last year.\n\n'
         'Fixed-asset investment climbed 21.2 percent in the same period. Premier Li Keqiang, who took office '
         'last week, has pledged to keep growth at around 7.5 percent in 2013, the same target as last year.\n\n'
         '"The economy is now in a stable recovery," said Zhang Liqun, a researcher with the State Council\'s '
         'Development Research Center. He said growth in the first quarter was likely to reach 8 percent and '
         'would pick up further in the second half.\n\n'
         'The central bank has kept its benchmark interest rate unchanged since July 2012. Analysts expect no '
         "change in the coming months. China's economy grew 7.8 percent in 2012, its slowest pace in 13 "
         'years.\n\n'
         'The bureau will release first-quarter GDP figures on April 15.'),
        [('March 21', '2013-03-21'),
         ('the first two months', 'P2M'),
         ('the year', '2013'),
         ('December', '2012-12'),
         ('Thursday', '2013-03-21'),
         ('January', '2013-01'),
         ('February', '2013-02'),
         ('2012', '2012'),
         ('the first two months', 'P2M'),
         ('week-long', 'P1W'),
         ('Spring Festival', '2013-02-10'),
         ('February this year', '2013-02'),
         ('January last year', '2012-01'),
         ('last week', '2013-W11'),
         ('2013', '2013'),
         ('last year', '2012'),
         ('now', 'PRESENT_REF'),
         ('the first quarter', '2013-Q1'),
         ('the second half', '2013-H2'),
         ('July 2012', '2012-07'),
         ('the coming months', 'PXM'),
         ('2012', '2012'),
         ('13 years', 'P13Y'),
         ('first-quarter', '2013-Q1'),
         ('April 15', '2013-04-15')]),
    Article(
        'ap_sequester', '2013-03-01',
        ('WASHINGTON (AP) -- President Barack Obama and congressional leaders failed to reach a deal Friday to '
         'head off $85 billion in automatic spending cuts, which begin taking effect at midnight.\n\n'
         'The cuts, known as the sequester, were set in motion by a 2011 budget law and had been delayed for '
         "two months by the fiscal cliff deal reached on New Year's Day. Obama met with House Speaker John "
         'Boehner and Senate leaders at the White House for about an hour Friday morning, but neither side '
         'gave ground.\n\n'
         '"None of this is necessary," Obama told reporters after the meeting. He said the cuts would cost '
         '750,000 jobs this year and warned that federal agencies would begin furloughing workers in the '
         'coming weeks.\n\n'
         'Republicans said they had passed bills to replace the cuts twice last year. "The president got his '
         'tax hikes on January 1," Boehner said. "This discussion about revenue is over."\n\n'
         'Earlier this week, the Pentagon notified Congress that it could furlough 800,000 civilian employees '
         'for up to 22 days. The Defense Department said the first notices would go out by mid-March.\n\n'
         'Lawmakers now face another deadline on March 27, when a stopgap law that funds the government '
         'expires. House Republicans plan to vote next week on a measure to keep agencies open through '
         'September 30, the end of the fiscal year.\n\n'
         'The debate is likely to drag on for months. Congress must also raise the debt limit again by May 19.'),
        [('Friday', '2013-03-01'),
         ('midnight', '2013-03-01T24:00'),
         ('2011', '2011'),
         ('two months', 'P2M'),
         ("New Year's Day", '2013-01-01'),
         ('about an hour', 'PT1H'),
         ('Friday morning', '2013-03-01TMO'),
         ('this year', '2013'),
         ('the coming weeks', 'PXW'),
         ('last year', '2012'),
         ('January 1', '2013-01-01'),
         ('Earlier this week', '2013-W09'),
         ('up to 22 days', 'P22D'),
         ('mid-March', '2013-03'),
         ('now', 'PRESENT_REF'),
         ('March 27', '2013-03-27'),
         ('next week', '2013-W10'),
         ('September 30', '2013-09-30'),
         ('the end of the fiscal year', '2013'),
         ('months', 'PXM'),
         ('May 19', '2013-05-19')]),
    Article(
        'bbc_uk_energy', '2013-02-14',
        ('Energy prices have risen by 37% over the past five years while household incomes have stagnated, a '
         'report by the consumer group Which? has found.\n\n'
         'The study, published on Thursday, said the average family now spends £1,420 a year on gas and '
         'electricity. Ofgem, the industry regulator, announced plans a fortnight ago to simplify tariffs from '
         'this summer.\n\n'
         'Energy Secretary Ed Davey told MPs on Tuesday night that bills would fall by 2020 as a result of the '
         "government's reforms. But Labour said prices had gone up eight times since the coalition took office "
         'in May 2010.\n\n'
         'British Gas raised its prices by 6% in November, and npower and Scottish Power followed within '
         'weeks. SSE, which put up prices in October, said on Wednesday that it would freeze tariffs until at '
         'least the end of the year.\n\n'
         'Ofgem is expected to publish its final proposals in the spring. A spokesman said the new rules would '
         'come into force by the end of 2013, with suppliers given six months to comply.\n\n'
         'Meanwhile, the Met Office warned that temperatures could fall to -10C in parts of Scotland '
         'overnight, and said the cold snap was likely to last until early next week. Last month was the '
         'coldest January since 1987 in parts of the north.'),
        [('the past five years', 'P5Y'),
         ('Thursday', '2013-02-14'),
         ('now', 'PRESENT_REF'),
         ('a fortnight ago', '2013-W05'),
         ('this summer', '2013-SU'),
         ('Tuesday night', '2013-02-12TNI'),
         ('2020', '2020'),
         ('May 2010', '2010-05'),
         ('November', '2012-11'),
         ('weeks', 'PXW'),
         ('October', '2012-10'),
         ('Wednesday', '2013-02-13'),
         ('the end of the year', '2013'),
         ('the spring', '2013-SP'),
         ('the end of 2013', '2013'),
         ('six months', 'P6M'),
         ('overnight', '2013-02-14TNI'),
         ('early next week', '2013-W08'),
         ('Last month', '2013-01'),
         ('January', '2013-01'),
         ('1987', '1987')]),
    Article(
        'afp_quake', '2013-04-21',
        ('BEIJING, April 21, 2013 (AFP) - Rescuers dug through rubble on Sunday in search of survivors of a '
         "powerful earthquake that struck southwest China's Sichuan province a day earlier, killing at least "
         '188 people and injuring more than 11,000.\n\n'
         'The 6.6-magnitude quake hit Lushan county at 8:02 am (0002 GMT) on Saturday, the China Earthquake '
         'Networks Center said, triggering landslides that cut off roads to remote villages for hours.\n\n'
         'More than 1,000 aftershocks had rattled the region by Sunday afternoon, the official Xinhua news '
         'agency reported. Premier Li Keqiang flew to the area on Saturday and said the next 24 hours were '
         'crucial.\n\n'
         'The disaster came almost five years after a magnitude-8.0 quake in Sichuan killed nearly 87,000 '
         'people on May 12, 2008. Many residents said they had rebuilt their homes only in the past two '
         'years.\n\n'
         'Weather forecasters said rain was expected in the area on Monday and Tuesday, which could hamper '
         'rescue efforts. Authorities have sent 17,000 soldiers to the region and said relief supplies would '
         'arrive within 48 hours.\n\n'
         '"We slept outside last night, and we will do so again tonight," said a 35-year-old farmer in Longmen '
         'township.'),
        [('April 21, 2013', '2013-04-21'),
         ('Sunday', '2013-04-21'),
         ('a day earlier', '2013-04-20'),
         ('8:02 am', '2013-04-20T08:02'),
         ('0002 GMT', '2013-04-20T00:02Z'),
         ('Saturday', '2013-04-20'),
         ('hours', 'PTXH'),
         ('Sunday afternoon', '2013-04-21TAF'),
         ('Saturday', '2013-04-20'),
         ('the next 24 hours', 'PT24H'),
         ('almost five years', 'P5Y'),
         ('May 12, 2008', '2008-05-12'),
         ('the past two years', 'P2Y'),
         ('Monday', '2013-04-22'),
         ('Tuesday', '2013-04-23'),
         ('48 hours', 'PT48H'),
         ('last night', '2013-04-20TNI'),
         ('tonight', '2013-04-21TNI')]),
    Article(
        'ap_economy_jobs', '2013-03-08',
        ('WASHINGTON (AP) -- U.S. employers added 236,000 jobs in February, a surprisingly strong gain that '
         'helped push the unemployment rate down to 7.7 percent, the lowest in four years.\n\n'
         'The Labor Department said Friday that job gains averaged 195,000 a month from November through '
         'February, up from 150,000 a month in the previous four months. The unemployment rate fell from 7.9 '
         'percent in January.\n\n'
         'The report suggests the economy is strengthening despite higher taxes that took effect Jan. 1. '
         'Economists had expected 160,000 new jobs last month.\n\n'
         '"This is a very solid report," said Diane Swonk, chief economist at Mesirow Financial. "But we\'ll '
         'see some drag from the spending cuts in the spring and summer."\n\n'
         'The economy grew at an annual rate of just 0.1 percent in the October-December quarter, but most '
         "economists think it's expanding at a rate of about 2 percent in the current quarter.\n\n"
         'Stocks rallied on the news. The Dow Jones industrial average rose 67 points by 10:30 a.m. Eastern '
         'time, a day after closing at a record high for the third straight day. The Dow has gained nearly 10 '
         'percent since the start of the year.\n\n'
         'The Federal Reserve has said it will keep short-term rates near zero at least until unemployment '
         "falls to 6.5 percent, which it doesn't expect to happen before mid-2015. Fed policymakers meet March "
         '19-20.'),
        [('February', '2013-02'),
         ('four years', 'P4Y'),
         ('Friday', '2013-03-08'),
         ('November', '2012-11'),
         ('February', '2013-02'),
         ('the previous four months', 'P4M'),
         ('January', '2013-01'),
         ('Jan. 1', '2013-01-01'),
         ('last month', '2013-02'),
         ('the spring', '2013-SP'),
         ('summer', '2013-SU'),
         ('the October-December quarter', '2012-Q4'),
         ('the current quarter', '2013-Q1'),
         ('10:30 a.m.', '2013-03-08T10:30'),
         ('a day', 'P1D'),
         ('the start of the year', '2013'),
         ('mid-2015', '2015'),
         ('March 19-20', '2013-03-19')]),
    Article(
        'cnn_court', '2013-01-16',
        ('(CNN) -- A federal judge on Wednesday sentenced a former Ponzi schemer to 50 years in prison, '
         'calling his crimes "breathtaking."\n\n'
         "Allen Stanford's associate, James Davis, 64, had pleaded guilty in 2009 and testified against his "
         'former boss at trial last year. Stanford himself was sentenced in June to 110 years.\n\n'
         'U.S. District Judge David Hittner in Houston said Davis had helped defraud thousands of investors '
         'over two decades. Prosecutors said the fraud began in the late 1980s and collapsed in February 2009, '
         "when regulators seized Stanford's companies.\n\n"
         'Davis\'s lawyers had asked for a sentence of no more than 10 years, citing his cooperation. "He has '
         'spent the past four years trying to make amends," attorney David Finn said Tuesday.\n\n'
         'The judge also ordered Davis to surrender by March 1. He has 14 days to appeal.\n\n'
         'Investors have recovered only about 1 cent on the dollar so far, according to a court-appointed '
         'receiver, who said Monday he expects to distribute more money later this year.\n\n'
         'The Supreme Court agreed last Friday to hear a related case next term. Arguments are expected in the '
         'fall, with a decision likely by June 2014.'),
        [('Wednesday', '2013-01-16'),
         ('50 years', 'P50Y'),
         ('2009', '2009'),
         ('last year', '2012'),
         ('June', '2012-06'),
         ('110 years', 'P110Y'),
         ('two decades', 'P20Y'),
         ('the late 1980s', '198'),
         ('February 2009', '2009-02'),
         ('no more than 10 years', 'P10Y'),
         ('the past four years', 'P4Y'),
         ('Tuesday', '2013-01-15'),
         ('March 1', '2013-03-01'),
         ('14 days', 'P14D'),
         ('Monday', '2013-01-14'),
         ('later this year', '2013'),
         ('last Friday', '2013-01-11'),
         ('the fall', '2013-FA'),
         ('June 2014', '2014-06')]),
    Article(
        'bbc_sport_football', '2013-03-17',
        ('Manchester United moved 15 points clear at the top of the Premier League after a 1-0 win at Reading '
         'on Saturday.\n\n'
         "Wayne Rooney scored the only goal in the 21st minute as Sir Alex Ferguson's side recorded their "
         'eighth league win in a row. United have now gone 18 games unbeaten in the league since their defeat '
         'at Norwich in November.\n\n'
         "Second-placed Manchester City were beaten 2-0 by Everton later in the day, leaving Roberto Mancini's "
         'side with a mountain to climb with nine games left. City won the title on the final day of last '
         'season.\n\n'
         'Reading, who have lost four matches in a row, are 19th, four points from safety. Manager Brian '
         'McDermott was sacked last week, and the club hope to appoint a successor before the international '
         'break.\n\n'
         'United face Sunderland at Old Trafford on 30 March before travelling to Chelsea for an FA Cup '
         'quarter-final replay on 1 April. Ferguson, 71, has won the league title 12 times since 1993.\n\n'
         "In Sunday's early kick-off, Tottenham host Fulham at 13:30 GMT. Arsenal, who were knocked out of the "
         'Champions League on Wednesday night, visit Swansea on Saturday.\n\n'
         'The Premier League season ends on 19 May. The transfer window reopens on 1 July.'),
        [('Saturday', '2013-03-16'),
         ('now', 'PRESENT_REF'),
         ('November', '2012-11'),
         ('the day', '2013-03-16'),
         ('last week', '2013-W10'),
         ('30 March', '2013-03-30'),
         ('1 April', '2013-04-01'),
         ('1993', '1993'),
         ('Sunday', '2013-03-17'),
         ('13:30 GMT', '2013-03-17T13:30Z'),
         ('Wednesday night', '2013-03-13TNI'),
         ('Saturday', '2013-03-23'),
         ('19 May', '2013-05-19'),
         ('1 July', '2013-07-01')]),
    Article(
        'xinhua_space', '2013-06-11',
        ('JIUQUAN, June 11 (Xinhua) -- China launched its fifth manned spacecraft, the Shenzhou-10, at 5:38 '
         'p.m. Beijing Time Tuesday from the Jiuquan Satellite Launch Center in northwest China.\n\n'
         "The three astronauts aboard will spend 15 days in orbit, the longest mission in the country's space "
         'history, and will dock with the Tiangong-1 space lab twice during the mission.\n\n'
         'The spacecraft is expected to dock with Tiangong-1 in about two days. The astronauts will conduct '
         'scientific experiments and give a lecture to students on Earth on June 20.\n\n'
         'China launched its first manned spacecraft in 2003 and carried out its first space docking in '
         "November 2011. Last June, the Shenzhou-9 mission put the country's first female astronaut into "
         'orbit.\n\n'
         'China plans to launch a larger space lab, the Tiangong-2, before 2016 and to build a permanent space '
         'station around 2020. Chinese officials say the station will operate for at least 10 years.\n\n'
         'President Xi Jinping saw off the crew at the launch center on Tuesday afternoon. The astronauts '
         'arrived at the center on June 1 and have been training there for the past ten days.\n\n'
         'The mission is the last in the current phase of the program. The spacecraft will return to Earth in '
         'late June.'),
        [('June 11', '2013-06-11'),
         ('5:38 p.m.', '2013-06-11T17:38'),
         ('Tuesday', '2013-06-11'),
         ('15 days', 'P15D'),
         ('about two days', '2013-06-13'),
         ('June 20', '2013-06-20'),
         ('2003', '2003'),
         ('November 2011', '2011-11'),
         ('Last June', '2012-06'),
         ('2016', '2016'),
         ('2020', '2020'),
         ('at least 10 years', 'P10Y'),
         ('Tuesday afternoon', '2013-06-11TAF'),
         ('June 1', '2013-06-01'),
         ('the past ten days', 'P10D'),
         ('current', 'PRESENT_REF'),
         ('late June', '2013-06')]),
    Article(
        'ap_election_italy', '2013-02-26',
        ('ROME (AP) -- Italy faced political paralysis Tuesday after elections left no party able to form a '
         'government, sending shivers through financial markets around the world.\n\n'
         "Pier Luigi Bersani's center-left coalition won the lower house by a razor-thin margin, but no group "
         "won a majority in the Senate after two days of voting on Sunday and Monday. Silvio Berlusconi's "
         "center-right bloc came second, and comic Beppe Grillo's protest movement won about 25 percent of the "
         'vote.\n\n'
         "The results raised the prospect of new elections within months. Italy's 10-year bond yield jumped to "
         "4.9 percent from 4.3 percent at Monday's close, and the Milan stock exchange fell 4.9 percent by "
         'midday.\n\n'
         'President Giorgio Napolitano, whose seven-year term expires in May, will begin consultations with '
         'party leaders next month. Parliament is to convene for the first time on March 15.\n\n'
         'Mario Monti, the economist who has led a technocratic government since November 2011, finished a '
         "distant fourth. Monti resigned in December after Berlusconi's party withdrew its support.\n\n"
         '"The next few weeks will be very difficult," said Roberto D\'Alimonte, a political scientist at '
         "Rome's LUISS University. Italy has had 62 governments since World War II.\n\n"
         'Voter turnout was 75 percent, down from 80 percent in 2008.'),
        [('Tuesday', '2013-02-26'),
         ('two days', 'P2D'),
         ('Sunday', '2013-02-24'),
         ('Monday', '2013-02-25'),
         ('months', 'PXM'),
         ('10-year', 'P10Y'),
         ('Monday', '2013-02-25'),
         ('midday', '2013-02-26T12:00'),
         ('seven-year', 'P7Y'),
         ('May', '2013-05'),
         ('next month', '2013-03'),
         ('March 15', '2013-03-15'),
         ('November 2011', '2011-11'),
         ('December', '2012-12'),
         ('The next few weeks', 'PXW'),
         ('2008', '2008')]),
    Article(
        'nyt_science_climate', '2013-05-10',
        ('The level of carbon dioxide in the atmosphere has passed a long-feared milestone, scientists '
         'reported Friday, reaching a concentration not seen on Earth for millions of years.\n\n'
         'The measurement at the Mauna Loa Observatory in Hawaii showed a daily average of 400 parts per '
         'million on Thursday, up from about 316 when measurements began there in 1958. Scientists say the '
         'level was last this high about three million years ago, during the Pliocene epoch.\n\n'
         'The concentration has been rising by about 2 parts per million every year, and the pace has '
         'accelerated over the past decade. Scientists expect the average for 2013 to top 400 ppm for several '
         'weeks in May before falling back in the summer, as plants in the Northern Hemisphere absorb carbon '
         'dioxide.\n\n'
         '"It symbolizes that so far we have failed miserably in tackling this problem," said Pieter Tans, who '
         'runs the monitoring program at the National Oceanic and Atmospheric Administration.\n\n'
         'The United Nations climate panel will publish the first part of its next major assessment in '
         'September. Negotiators meet in Bonn early next month and are supposed to reach a new global '
         'agreement by 2015, to take effect in 2020.\n\n'
         "The world's emissions rose 3 percent in 2011 and an estimated 2.6 percent last year, according to a "
         'study published in December. Emissions are now about 58 percent above 1990 levels.'),
        [('Friday', '2013-05-10'),
         ('millions of years', 'PXY'),
         ('daily', 'P1D'),
         ('Thursday', '2013-05-09'),
         ('1958', '1958'),
         ('about three million years ago', 'PAST_REF'),
         ('every year', 'P1Y'),
         ('the past decade', 'P10Y'),
         ('2013', '2013'),
         ('several weeks', 'PXW'),
         ('May', '2013-05'),
         ('the summer', '2013-SU'),
         ('September', '2013-09'),
         ('early next month', '2013-06'),
         ('2015', '2015'),
         ('2020', '2020'),
         ('2011', '2011'),
         ('last year', '2012'),
         ('December', '2012-12'),
         ('now', 'PRESENT_REF'),
         ('1990', '1990')]),
    Article(
        'afp_syria', '2013-04-04',
        ('DAMASCUS, April 4, 2013 (AFP) - More than 6,000 people were killed in Syria in March, the deadliest '
         'month of the two-year conflict, a monitoring group said on Thursday.\n\n'
         'The Syrian Observatory for Human Rights said 6,005 people died last month, a third of them '
         'civilians. The previous record was set in August 2012, when 5,440 people were killed.\n\n'
         'The United Nations says more than 70,000 people have been killed since the uprising against '
         'President Bashar al-Assad broke out in March 2011, and more than one million have fled the '
         'country.\n\n'
         'Fighting raged on Wednesday night around Damascus airport, and rebels seized a military checkpoint '
         'in the southern province of Daraa early Thursday, the Observatory said.\n\n'
         'UN-Arab League envoy Lakhdar Brahimi, who has tried for months to broker a ceasefire, will brief the '
         'Security Council later this month. Foreign ministers of the Friends of Syria group are due to meet '
         'in Istanbul on April 20.\n\n'
         "The European Union's arms embargo on Syria expires on June 1. Britain and France have pushed since "
         'February to lift it so that weapons can be supplied to the rebels.\n\n'
         'Aid agencies warned that the number of refugees could triple by the end of the year.'),
        [('April 4, 2013', '2013-04-04'),
         ('March', '2013-03'),
         ('two-year', 'P2Y'),
         ('Thursday', '2013-04-04'),
         ('last month', '2013-03'),
         ('August 2012', '2012-08'),
         ('March 2011', '2011-03'),
         ('Wednesday night', '2013-04-03TNI'),
         ('early Thursday', '2013-04-04'),
         ('months', 'PXM'),
         ('later this month', '2013-04'),
         ('April 20', '2013-04-20'),
         ('June 1', '2013-06-01'),
         ('February', '2013-02'),
         ('the end of the year', '2013')]),
    Article(
        'xinhua_economy_fiscal', '2013-07-15',
        ("NEW DELHI, July 15 (Xinhua) -- India's wholesale price inflation eased to 4.86 percent in June from "
         '4.70 percent in May, official data showed Monday, giving the central bank room to cut interest rates '
         'later this month.\n\n'
         'The Reserve Bank of India has cut its policy rate three times this year, most recently in May, and '
         'will review policy on July 30. Economists expect a cut of 25 basis points.\n\n'
         "India's economy grew 5 percent in the fiscal year 2012-13, which ended March 31, its weakest pace in "
         'a decade. The government expects growth to pick up to 6.1-6.7 percent in fiscal 2013-14.\n\n'
         'Industrial output contracted 1.6 percent in May year-on-year after a 2.3 percent rise in April, data '
         'released on Friday showed. Exports fell 4.6 percent in June from a year earlier, the second monthly '
         'decline in a row.\n\n'
         'The rupee hit a record low of 61.21 to the dollar on July 8 and has lost about 10 percent since the '
         'start of May. Finance Minister P. Chidambaram said last week the government would take steps to '
         'narrow the current account deficit, which widened to 4.8 percent of GDP in 2012-13.\n\n'
         'Data for the April-June quarter will be released at the end of August.'),
        [('July 15', '2013-07-15'),
         ('June', '2013-06'),
         ('May', '2013-05'),
         ('Monday', '2013-07-15'),
         ('later this month', '2013-07'),
         ('this year', '2013'),
         ('recently', 'PAST_REF'),
         ('May', '2013-05'),
         ('July 30', '2013-07-30'),
         ('fiscal year 2012-13', '2012'),
         ('March 31', '2013-03-31'),
         ('a decade', 'P10Y'),
         ('fiscal 2013-14', '2013'),
         ('May', '2013-05'),
         ('April', '2013-04'),
         ('Friday', '2013-07-12'),
         ('June', '2013-06'),
         ('a year earlier', '2012-06'),
         ('monthly', 'P1M'),
         ('July 8', '2013-07-08'),
         ('the start of May', '2013-05'),
         ('last week', '2013-W28'),
         ('2012-13', '2012'),
         ('the April-June quarter', '2013-Q2'),
         ('the end of August', '2013-08')]),
    Article(
        'ap_disaster_tornado', '2013-05-22',
        ('MOORE, Okla. (AP) -- Rescuers with search dogs picked through the ruins of homes on Wednesday, two '
         'days after a monstrous tornado tore through this Oklahoma City suburb, killing 24 people.\n\n'
         'The twister touched down at 2:56 p.m. Monday and stayed on the ground for 40 minutes, carving a path '
         '17 miles long and up to 1.3 miles wide, the National Weather Service said. It was rated EF5, the '
         'strongest category, with winds above 200 mph.\n\n'
         'Moore was also hit by deadly tornadoes in May 1999 and in 2003. "We\'ve been through this before, and '
         'we will rebuild again," Mayor Glenn Lewis said Tuesday.\n\n'
         'President Barack Obama declared a major disaster on Monday night and will visit the area on Sunday. '
         'Federal Emergency Management Agency chief Craig Fugate arrived Tuesday.\n\n'
         'Officials said Tuesday evening that they had accounted for everyone reported missing. The medical '
         "examiner's office said 10 of the dead were children.\n\n"
         'Forecasters said more severe storms were possible Thursday and Friday. Schools in Moore will remain '
         'closed for the rest of the week, and graduation ceremonies will be held next Saturday.\n\n'
         'The tornado season in Oklahoma typically peaks in May. Last year, tornadoes killed 70 people in the '
         'United States, the fewest since 2002.'),
        [('Wednesday', '2013-05-22'),
         ('two days', 'P2D'),
         ('2:56 p.m. Monday', '2013-05-20T14:56'),
         ('40 minutes', 'PT40M'),
         ('May 1999', '1999-05'),
         ('2003', '2003'),
         ('Tuesday', '2013-05-21'),
         ('Monday night', '2013-05-20TNI'),
         ('Sunday', '2013-05-26'),
         ('Tuesday', '2013-05-21'),
         ('Tuesday evening', '2013-05-21TEV'),
         ('Thursday', '2013-05-23'),
         ('Friday', '2013-05-24'),
         ('the rest of the week', '2013-W21'),
         ('next Saturday', '2013-05-25'),
         ('May', 'XXXX-05'),
         ('Last year', '2012'),
         ('2002', '2002')]),
    Article(
        'reuters_corporate', '2013-01-24',
        ('SEATTLE (Reuters) - Boeing Co said on Wednesday it had found no sign of a cause for a battery fire '
         "on a 787 Dreamliner in Boston earlier this month, and that the jet's worldwide fleet would remain "
         'grounded for the foreseeable future.\n\n'
         'The grounding, ordered by the Federal Aviation Administration a week ago, is the first of an entire '
         "U.S. fleet since 1979. Japan's two largest airlines had grounded their 50 Dreamliners a day "
         'earlier.\n\n'
         'Boeing will report fourth-quarter results on January 30. The company delivered 601 aircraft in 2012, '
         'its highest total since 1999, and expects to deliver between 635 and 645 airplanes this year.\n\n'
         'Chief Executive Jim McNerney told analysts in October that the 787 program would break even by the '
         'end of the decade. Boeing has delivered 50 of the jets since the first one was handed over in '
         'September 2011.\n\n'
         'Investigators from the National Transportation Safety Board said on Thursday they would need weeks '
         'to complete their analysis. The NTSB chairwoman said it was too early to say when the jets would fly '
         'again.\n\n'
         'Boeing shares fell 2 percent to $73.10 in morning trading on Thursday. They have lost about 5 '
         'percent since January 7, the day of the Boston fire.'),
        [('Wednesday', '2013-01-23'),
         ('earlier this month', '2013-01'),
         ('a week ago', '2013-W03'),
         ('1979', '1979'),
         ('a day earlier', '2013-01-16'),
         ('fourth-quarter', '2012-Q4'),
         ('January 30', '2013-01-30'),
         ('2012', '2012'),
         ('1999', '1999'),
         ('this year', '2013'),
         ('October', '2012-10'),
         ('the end of the decade', '201'),
         ('September 2011', '2011-09'),
         ('Thursday', '2013-01-24'),
         ('weeks', 'PXW'),
         ('morning', '2013-01-24TMO'),
         ('Thursday', '2013-01-24'),
         ('January 7', '2013-01-07')]),
    Article(
        'bbc_politics', '2013-01-23',
        ("David Cameron has promised an in-out referendum on the UK's membership of the European Union if the "
         'Conservatives win the next general election.\n\n'
         'In a long-awaited speech on Wednesday morning, the prime minister said he would renegotiate '
         "Britain's relationship with the EU and put the result to a vote by the end of 2017.\n\n"
         'Mr Cameron had been due to deliver the speech in Amsterdam on Friday, but postponed it because of '
         'the hostage crisis in Algeria. The next general election is due in May 2015.\n\n'
         'Labour leader Ed Miliband said the promise would create years of uncertainty for business. Deputy '
         'Prime Minister Nick Clegg said on Tuesday night that a referendum now would be a mistake.\n\n'
         'The UK last voted on Europe in 1975, two years after it joined the then European Economic Community. '
         'Polls over the last two years have shown a majority of voters in favour of leaving.\n\n'
         'Mr Cameron will travel to the World Economic Forum in Davos on Thursday, where he is expected to '
         'face questions from European leaders. The Commons will debate the issue next week.\n\n'
         'Conservative backbenchers, who forced a vote on a referendum in October 2011, welcomed the speech. '
         "Ukip said the prime minister had been forced into it by the party's rise in the polls in recent "
         'months.'),
        [('Wednesday morning', '2013-01-23TMO'),
         ('the end of 2017', '2017'),
         ('May 2015', '2015-05'),
         ('years', 'PXY'),
         ('Tuesday night', '2013-01-22TNI'),
         ('now', 'PRESENT_REF'),
         ('1975', '1975'),
         ('two years', 'P2Y'),
         ('the last two years', 'P2Y'),
         ('Thursday', '2013-01-24'),
         ('next week', '2013-W05'),
         ('October 2011', '2011-10'),
         ('recent months', 'PXM')],
        [Gap('deliver the speech in Amsterdam on ', 'Friday', '2013-01-18',
             "a plan as it stood before it changed ('had been due to deliver the speech on Friday, but"
             " postponed it') tells no tense, and the nearest Friday is two days ahead; the "
             'postponement told after the comma makes it the Friday just past')]),
    Article(
        'ap_sports_results', '2013-02-04',
        ('NEW ORLEANS (AP) -- Joe Flacco threw three touchdown passes and the Baltimore Ravens held off the '
         'San Francisco 49ers 34-31 on Sunday night to win the Super Bowl, a game delayed for 34 minutes by a '
         'power outage in the third quarter.\n\n'
         'The lights went out at the Superdome at about 8:38 p.m. local time, early in the second half, with '
         'Baltimore leading 28-6. The 49ers scored 17 straight points after play resumed.\n\n'
         "It was the Ravens' second NFL title in 12 years; they also won the Super Bowl in January 2001. "
         'Linebacker Ray Lewis, 37, had announced last month that he would retire at the end of the season.\n\n'
         "Flacco, who was picked as the game's most valuable player, becomes a free agent on March 12. The "
         'Ravens said Monday they hoped to sign him to a long-term deal in the coming weeks.\n\n'
         'The Ravens will celebrate with a parade in Baltimore on Tuesday. The 49ers, who last won the Super '
         'Bowl in 1995, open training camp in late July.\n\n'
         "Next year's game will be played in New Jersey on Feb. 2, 2014, the first Super Bowl held outdoors in "
         "a cold-weather city. Ticket prices for Sunday's game averaged $2,500, about 10 percent more than a "
         'year ago.\n\n'
         'The Superdome has hosted the Super Bowl seven times since 1978. Officials said Monday morning they '
         'were still investigating the cause of the outage.'),
        [('Sunday night', '2013-02-03TNI'),
         ('34 minutes', 'PT34M'),
         ('8:38 p.m.', '2013-02-03T20:38'),
         ('12 years', 'P12Y'),
         ('January 2001', '2001-01'),
         ('last month', '2013-01'),
         ('March 12', '2013-03-12'),
         ('Monday', '2013-02-04'),
         ('the coming weeks', 'PXW'),
         ('Tuesday', '2013-02-05'),
         ('1995', '1995'),
         ('late July', '2013-07'),
         ('Next year', '2014'),
         ('Feb. 2, 2014', '2014-02-02'),
         ('Sunday', '2013-02-03'),
         ('a year ago', '2012'),
         ('1978', '1978'),
         ('Monday morning', '2013-02-04TMO')]),
    Article(
        'ap_budget_fiscal', '2012-12-28',
        ('WASHINGTON (AP) -- With just four days left before the nation goes over the "fiscal cliff," '
         'President Barack Obama met with congressional leaders Friday afternoon in a last-ditch effort to '
         "avert tax increases and spending cuts that take effect on New Year's Day.\n\n"
         'Senate Majority Leader Harry Reid said he would keep the Senate in session through the weekend and '
         'that a vote could come as early as Sunday. The House will return on Sunday evening, Speaker John '
         "Boehner's office said.\n\n"
         "Without a deal by Monday's deadline, taxes will rise for nearly every working American in January, "
         'and the Pentagon will face $55 billion in cuts over the coming year. Economists have warned that the '
         'combination could push the economy back into recession in the first half of 2013.\n\n'
         "Talks between Obama and Boehner broke down last week, when the House failed to pass the speaker's "
         '"Plan B." The two sides have been negotiating since mid-November, shortly after the Nov. 6 '
         'election.\n\n'
         'The Treasury Department said Wednesday that the government will hit its $16.4 trillion borrowing '
         'limit on Monday, two months earlier than expected. It can take steps to delay a default until late '
         'February or early March.\n\n'
         'Unemployment benefits for 2 million people expire on Saturday. Lawmakers have extended the benefits '
         'several times since 2008.\n\n'
         '"We\'re now at the hour where Congress must act," Obama said Friday evening. The new Congress will be '
         'sworn in on Thursday, Jan. 3.'),
        [('four days', 'P4D'),
         ('Friday afternoon', '2012-12-28TAF'),
         ("New Year's Day", '2013-01-01'),
         ('the weekend', '2012-W52-WE'),
         ('Sunday', '2012-12-30'),
         ('Sunday evening', '2012-12-30TEV'),
         ('Monday', '2012-12-31'),
         ('January', '2013-01'),
         ('the coming year', '2013'),
         ('the first half of 2013', '2013-H1'),
         ('last week', '2012-W51'),
         ('mid-November', '2012-11'),
         ('Nov. 6', '2012-11-06'),
         ('Wednesday', '2012-12-26'),
         ('Monday', '2012-12-31'),
         ('two months', 'P2M'),
         ('late February', '2013-02'),
         ('early March', '2013-03'),
         ('Saturday', '2012-12-29'),
         ('2008', '2008'),
         ('now', 'PRESENT_REF'),
         ('Friday evening', '2012-12-28TEV'),
         ('Thursday, Jan. 3', '2013-01-03')]),
    Article(
        'afp_kenya_election', '2013-03-09',
        ("NAIROBI, March 9, 2013 (AFP) - Uhuru Kenyatta was declared the winner of Kenya's presidential "
         'election on Saturday, narrowly avoiding a run-off with 50.07 percent of the vote, the electoral '
         'commission said.\n\n'
         'Kenyatta, who faces trial at the International Criminal Court in July on charges of crimes against '
         "humanity, beat Prime Minister Raila Odinga by more than 800,000 votes in Monday's election. Odinga "
         'said he would challenge the result in the Supreme Court, which must rule within 14 days of a '
         'petition being filed.\n\n'
         'Counting had dragged on for five days after an electronic system failed on the first night, raising '
         'tensions in a country where more than 1,100 people were killed in violence after the December 2007 '
         'polls.\n\n'
         '"We will not accept the outcome," Odinga told reporters late on Saturday, but he urged his '
         'supporters to remain calm. Police said the country had been largely peaceful since the vote.\n\n'
         "Kenyatta, 51, the son of Kenya's founding president Jomo Kenyatta, is due to be sworn in on March 26 "
         'unless the court orders a new vote. His trial in The Hague had been set to start on April 11 but was '
         'postponed on Thursday until July 9.\n\n'
         'Turnout was a record 86 percent. The new parliament will sit for the first time later this month, '
         "and county governors take office next week. Kenya's next general election is scheduled for August "
         '2017, five years from now.'),
        [('March 9, 2013', '2013-03-09'),
         ('Saturday', '2013-03-09'),
         ('July', '2013-07'),
         ('Monday', '2013-03-04'),
         ('14 days', 'P14D'),
         ('five days', 'P5D'),
         ('December 2007', '2007-12'),
         ('Saturday', '2013-03-09'),
         ('March 26', '2013-03-26'),
         ('April 11', '2013-04-11'),
         ('Thursday', '2013-03-07'),
         ('July 9', '2013-07-09'),
         ('later this month', '2013-03'),
         ('next week', '2013-W11'),
         ('August 2017', '2017-08'),
         ('five years from now', '2018')]),
    Article(
        'ap_cyprus_bailout', '2013-03-25',
        ('BRUSSELS (AP) -- Cyprus reached a last-minute deal with international creditors early Monday to '
         'avoid bankruptcy, agreeing to shut down its second-largest bank and impose losses on large '
         'depositors in exchange for a 10 billion euro ($13 billion) bailout.\n\n'
         'The agreement came after 12 hours of talks that began Sunday evening, hours before a Monday deadline '
         'set by the European Central Bank to cut off emergency funding. Eurozone finance ministers approved '
         'the deal shortly after 1 a.m. local time.\n\n'
         'Banks in Cyprus have been closed since March 16 to prevent a run on deposits, and will remain shut '
         'until Thursday, the central bank said. Officials had said they would reopen on Tuesday.\n\n'
         'An earlier plan, agreed on March 16, would have imposed a tax on all bank deposits, but the Cypriot '
         'parliament rejected it on March 19. "This is the best we could achieve under the circumstances," '
         'President Nicos Anastasiades said in a televised address on Monday night.\n\n'
         'Cyprus is the fifth eurozone country to need a rescue since 2010, after Greece, Ireland, Portugal '
         "and Spain. The island's economy is expected to shrink by 3.5 percent this year and by a further 1.3 "
         'percent in 2014, the European Commission forecast last month.\n\n'
         "The deal must still be approved by several national parliaments, including Germany's Bundestag, "
         'which is expected to vote in mid-April. The first payment is due in May, a eurozone official said.\n\n'
         'The euro rose to $1.30 in Asian trading on Monday, up from $1.29 late Friday.'),
        [('early Monday', '2013-03-25'),
         ('12 hours', 'PT12H'),
         ('Sunday evening', '2013-03-24TEV'),
         ('hours', 'PTXH'),
         ('Monday', '2013-03-25'),
         ('1 a.m.', '2013-03-25T01:00'),
         ('March 16', '2013-03-16'),
         ('Thursday', '2013-03-28'),
         ('Tuesday', '2013-03-26'),
         ('March 16', '2013-03-16'),
         ('March 19', '2013-03-19'),
         ('Monday night', '2013-03-25TNI'),
         ('2010', '2010'),
         ('this year', '2013'),
         ('2014', '2014'),
         ('last month', '2013-02'),
         ('mid-April', '2013-04'),
         ('May', '2013-05'),
         ('Monday', '2013-03-25'),
         ('late Friday', '2013-03-22')]),
    Article(
        'bbc_boston_marathon', '2013-04-16',
        ('Two bombs exploded near the finish line of the Boston Marathon on Monday, killing three people and '
         'injuring more than 170, officials say.\n\n'
         'The blasts happened about 12 seconds apart at about 14:50 local time (18:50 GMT), nearly three hours '
         "after the winners crossed the line. About 23,000 runners took part in this year's race, the 117th.\n\n"
         'President Barack Obama said on Monday evening that those responsible would "feel the full weight of '
         'justice". He will travel to Boston on Thursday to attend an interfaith service, the White House '
         'said.\n\n'
         'The FBI said on Tuesday that it was leading the investigation, and that no suspects were in custody. '
         'Police said they had searched a flat in the suburb of Revere overnight.\n\n'
         'Security has been stepped up in cities across the US, and the London Marathon, which takes place on '
         "Sunday, is reviewing its arrangements. A minute's silence will be held before the start.\n\n"
         'It is the first time a bomb has caused deaths on American soil since the Oklahoma City bombing in '
         "April 1995, apart from the attacks of 11 September 2001. The race, held on Patriots' Day, a state "
         'holiday in Massachusetts, was first run in 1897.\n\n'
         'Medical staff said many of the injured had lost limbs. Some victims were still in a critical '
         'condition on Tuesday morning, a day after the attack, and doctors expect to carry out further '
         'operations in the coming days.'),
        [('Monday', '2013-04-15'),
         ('about 12 seconds', 'PT12S'),
         ('14:50', '2013-04-15T14:50'),
         ('18:50 GMT', '2013-04-15T18:50Z'),
         ('nearly three hours', 'PT3H'),
         ('this year', '2013'),
         ('Monday evening', '2013-04-15TEV'),
         ('Thursday', '2013-04-18'),
         ('Tuesday', '2013-04-16'),
         ('overnight', '2013-04-16TNI'),
         ('Sunday', '2013-04-21'),
         ('A minute', 'PT1M'),
         ('April 1995', '1995-04'),
         ('11 September 2001', '2001-09-11'),
         ("Patriots' Day", '2013-04-15'),
         ('1897', '1897'),
         ('Tuesday morning', '2013-04-16TMO'),
         ('a day', 'P1D'),
         ('the coming days', 'PXD')]),
    Article(
        'xinhua_h7n9', '2013-04-12',
        ('SHANGHAI, April 12 (Xinhua) -- Two more people in east China have been infected with the H7N9 strain '
         'of bird flu, bringing the total number of cases to 40 since the first infections were confirmed on '
         'March 31, health authorities said Friday.\n\n'
         'Eleven of the patients have died. The latest cases, a 62-year-old man and a 74-year-old woman, fell '
         'ill on April 6 and April 8 and were in a critical condition, the Shanghai health bureau said.\n\n'
         'The World Health Organization said Thursday there was no evidence of sustained human-to-human '
         'transmission. A WHO team will visit Shanghai and Beijing next week to assess the situation.\n\n'
         'Shanghai closed its live poultry markets a week ago and culled more than 20,000 birds over the '
         'weekend. The city will keep the markets shut until the outbreak is under control, an official said '
         'on Wednesday night.\n\n'
         'Scientists say it could take up to six months to develop a vaccine. Chinese researchers isolated the '
         'virus within days of the first cases and shared its genetic sequence on April 1.\n\n'
         'The outbreak has revived memories of the SARS epidemic, which killed about 800 people worldwide in '
         '2002 and 2003. China was criticized at the time for covering up the disease for months.\n\n'
         'Flu cases usually peak in the winter, but experts warned that infections could continue through May. '
         'Hospitals in the region have been ordered to report suspected cases within 24 hours.'),
        [('April 12', '2013-04-12'),
         ('March 31', '2013-03-31'),
         ('Friday', '2013-04-12'),
         ('April 6', '2013-04-06'),
         ('April 8', '2013-04-08'),
         ('Thursday', '2013-04-11'),
         ('next week', '2013-W16'),
         ('a week ago', '2013-W14'),
         ('the weekend', '2013-W14-WE'),
         ('Wednesday night', '2013-04-10TNI'),
         ('up to six months', 'P6M'),
         ('days', 'PXD'),
         ('April 1', '2013-04-01'),
         ('2002', '2002'),
         ('2003', '2003'),
         ('months', 'PXM'),
         ('the winter', 'XXXX-WI'),
         ('May', '2013-05'),
         ('24 hours', 'PT24H')]),
    Article(
        'ap_pistorius_bail', '2013-02-22',
        ('PRETORIA, South Africa (AP) -- Oscar Pistorius was granted bail on Friday after four days of '
         "hearings over the Valentine's Day shooting death of his girlfriend, and must return to court on June "
         '4.\n\n'
         'Magistrate Desmond Nair set bail at 1 million rand ($113,000) and ordered the double-amputee '
         'Olympian to surrender his passports and stay away from his home in Pretoria. Pistorius, 26, has been '
         'held at a police station since he was arrested on Feb. 14.\n\n'
         'Prosecutors say Pistorius shot Reeva Steenkamp, a 29-year-old model, through a locked bathroom door '
         'in the early hours of Feb. 14 after an argument. Pistorius says he mistook her for an intruder.\n\n'
         'The lead investigator, Hilton Botha, was removed from the case on Thursday after it emerged that he '
         "faces attempted murder charges over a 2011 shooting. He was replaced by the country's top "
         'detective.\n\n'
         'Pistorius\'s family said they would spend the weekend together. "We are relieved," his uncle Arnold '
         'Pistorius said. The athlete is expected to stay with relatives in the coming weeks.\n\n'
         'Pistorius became the first double-amputee to run in the Olympics last summer in London. Sponsors '
         'including Nike have suspended their contracts with him. His next race had been scheduled for March '
         'in Australia, but his manager said all races had been cancelled for the rest of the year.'),
        [('Friday', '2013-02-22'),
         ('four days', 'P4D'),
         ("Valentine's Day", '2013-02-14'),
         ('June 4', '2013-06-04'),
         ('Feb. 14', '2013-02-14'),
         ('Feb. 14', '2013-02-14'),
         ('Thursday', '2013-02-21'),
         ('2011', '2011'),
         ('the weekend', '2013-W08-WE'),
         ('the coming weeks', 'PXW'),
         ('last summer', '2012-SU'),
         ('March', '2013-03'),
         ('the rest of the year', '2013')]),
]

SHORT: list[tuple[str, str, Expected]] = [
    ('Arsenal, who were knocked out of the Champions League on Wednesday night, visit Swansea '
     'on Saturday.', '2013-03-17',
     [('Wednesday night', '2013-03-13TNI'), ('Saturday', '2013-03-23')]),
    ('The minister, who was appointed last year, travels to Paris on Friday.', '2013-03-12',
     [('last year', '2012'), ('Friday', '2013-03-15')]),
    ('He succeeds James Taylor, who stepped down as chairman, president and chief executive in'
     ' March.', '2013-10-25',
     [('March', '2013-03')]),
    ('The 49ers, who last won the Super Bowl in 1995, open training camp in late July.', '2013-02-04',
     [('1995', '1995'), ('late July', '2013-07')]),
    ('President Obama declared a major disaster on Monday night and will visit the area on '
     'Sunday.', '2013-05-22',
     [('Monday night', '2013-05-20TNI'), ('Sunday', '2013-05-26')]),
    ('The central bank has cut rates three times this year, most recently in May, and will '
     'meet again on July 30.', '2013-07-15',
     [('this year', '2013'), ('recently', 'PAST_REF'), ('May', '2013-05'), ('July 30', '2013-07-30')]),
    ('The company reported a loss on Tuesday but expects to return to profit next year.', '2013-04-18',
     [('Tuesday', '2013-04-16'), ('next year', '2014')]),
    ('Forecasters said rain was expected in the quake zone on Monday and Tuesday.', '2013-04-21',
     [('Monday', '2013-04-22'), ('Tuesday', '2013-04-23')]),
    ('Forecasters said more severe storms were possible Thursday and Friday.', '2013-05-22',
     [('Thursday', '2013-05-23'), ('Friday', '2013-05-24')]),
    ('A verdict was expected Monday, court officials said.', '2013-04-23',
     [('Monday', '2013-04-22')]),
    ("Without a deal by Monday's deadline, taxes will rise for nearly every working American.", '2012-12-28',
     [('Monday', '2012-12-31')]),
    ("Lawmakers must act by Friday's deadline to avoid the cuts.", '2013-02-26',
     [('Friday', '2013-03-01')]),
    ("The rebels rejected Sunday's vote as a sham.", '2013-04-16',
     [('Sunday', '2013-04-14')]),
    ('Ticket prices averaged $2,500, about 10 percent more than a year ago.', '2013-02-04',
     [('a year ago', '2012')]),
    ('We waited slightly more than an hour at the border.', '2013-02-04',
     [('more than an hour', 'PT1H')]),
    ('Prosecutors said he defrauded thousands of investors over two decades.', '2013-01-16',
     [('two decades', 'P20Y')]),
    ('The storms killed 200 people over three days.', '2013-05-22',
     [('three days', 'P3D')]),
    ('He has worked at the bank for over two decades.', '2013-01-16',
     [('over two decades', 'P20Y')]),
    ('Investigators said they would need weeks to complete their analysis.', '2013-01-24',
     [('weeks', 'PXW')]),
    ('Labour said the promise would create years of uncertainty for business.', '2013-01-23',
     [('years', 'PXY')]),
    ('The agreement follows months of talks between the two sides.', '2013-06-04',
     [('months', 'PXM')]),
    ('The Met Office warned that temperatures could fall to -10C overnight.', '2013-02-14',
     [('overnight', '2013-02-14TNI')]),
    ('Economists had expected taxes that took effect Jan. 1 to slow hiring.\n\nStocks rallied. '
     'The Dow rose 67 points by 10:30 a.m.', '2013-03-08',
     [('Jan. 1', '2013-01-01'), ('10:30 a.m.', '2013-03-08T10:30')]),
    ("The yield rose to 4.9 percent from 4.3 percent at Monday's close, and stocks fell 4.9 "
     'percent by midday.', '2013-02-26',
     [('Monday', '2013-02-25'), ('midday', '2013-02-26T12:00')]),
    ('The quake struck at 8:02 a.m. (0002 GMT) on Saturday, the agency said.', '2013-04-21',
     [('8:02 a.m.', '2013-04-20T08:02'), ('0002 GMT', '2013-04-20T00:02Z'), ('Saturday', '2013-04-20')]),
    ('The report is due out at 8:30 a.m. EDT (1230 GMT) on Friday.', '2013-03-20',
     [('8:30 a.m. EDT', '2013-03-22T08:30'), ('1230 GMT', '2013-03-22T12:30Z'), ('Friday', '2013-03-22')]),
    ('The ceasefire took effect at 0800 GMT on Thursday.', '2013-03-22',
     [('0800 GMT', '2013-03-21T08:00Z'), ('Thursday', '2013-03-21')]),
    ('Industrial output grew 9.9 percent year-on-year in the first two months of the year.', '2013-03-09',
     [('the first two months', 'P2M'), ('the year', '2013')]),
    ('The Spring Festival holiday fell in February this year but in January last year.', '2013-03-09',
     [('Spring Festival', '2013-02-10'), ('February this year', '2013-02'), ('January last year', '2012-01')]),
    ('Earlier this week, the Pentagon notified Congress of possible furloughs.', '2013-03-01',
     [('Earlier this week', '2013-W09')]),
    ('Energy regulator Ofgem announced the plans a fortnight ago.', '2013-02-14',
     [('a fortnight ago', '2013-W05')]),
    ('Mr Clegg told the BBC on Tuesday night that a referendum now would be a mistake.', '2013-01-23',
     [('Tuesday night', '2013-01-22TNI'), ('now', 'PRESENT_REF')]),
    ('Fed policymakers meet March 19-20.', '2013-03-08',
     [('March 19-20', '2013-03-19')]),
    ('The economy grew 5 percent in the fiscal year 2012-13, which ended March 31.', '2013-07-15',
     [('fiscal year 2012-13', '2012'), ('March 31', '2013-03-31')]),
    ('The economy grew at an annual rate of 0.1 percent in the October-December quarter.', '2013-03-08',
     [('the October-December quarter', '2012-Q4')]),
    ('Data for the April-June quarter will be released at the end of August.', '2013-07-15',
     [('the April-June quarter', '2013-Q2'), ('the end of August', '2013-08')]),
    ('China plans to build a permanent space station around 2020.', '2013-06-11',
     [('2020', '2020')]),
    ('The G8 summit is held every year, and the Olympics every four years.', '2013-06-17',
     [('every year', 'P1Y'), ('every four years', 'P4Y')]),
    ('The concentration has passed 400 parts per million, a level last seen about three '
     'million years ago.', '2013-05-10',
     [('about three million years ago', 'PAST_REF')]),
    ('The unemployment rate fell to 7.7 percent, the lowest in four years.', '2013-03-08',
     [('four years', 'P4Y')]),
    ('The fraud began in the late 1980s and collapsed in February 2009.', '2013-01-16',
     [('the late 1980s', '198'), ('February 2009', '2009-02')]),
    ('The House will return on Sunday evening, and a vote could come as early as Monday.', '2012-12-28',
     [('Sunday evening', '2012-12-30TEV'), ('Monday', '2012-12-31')]),
    ('The Treasury can delay a default until late February or early March.', '2012-12-28',
     [('late February', '2013-02'), ('early March', '2013-03')]),
    ('The new Congress will be sworn in on Thursday, Jan. 3.', '2012-12-28',
     [('Thursday, Jan. 3', '2013-01-03')]),
    ("Next year's game will be played in New Jersey on Feb. 2, 2014.", '2013-02-04',
     [('Next year', '2014'), ('Feb. 2, 2014', '2014-02-02')]),
    ('Pope Francis, elected on March 13, celebrated his first Mass as pontiff the next day.', '2013-03-22',
     [('March 13', '2013-03-13'), ('the next day', '2013-03-14')]),
    ('Shares have lost about 5 percent since January 7, the day of the fire.', '2013-01-24',
     [('January 7', '2013-01-07')]),
    ('The yen has fallen about 20 percent since mid-November, when elections were called.', '2013-03-22',
     [('mid-November', '2012-11')]),
    ('Profit rose 8 percent from the year-earlier period.', '2013-04-25',
     [('the year-earlier period', '2012-Q1')]),
    ('Late last year, the government raised the sales tax.', '2013-03-22',
     [('Late last year', '2012')]),
    ('The concentration had not been seen on Earth for millions of years.', '2013-05-10',
     [('millions of years', 'PXY')]),
    ("Kenyatta beat Prime Minister Raila Odinga by more than 800,000 votes in Monday's "
     'election.', '2013-03-09',
     [('Monday', '2013-03-04')]),
    ('Chelsea will beat Swansea on Saturday, the manager predicted.', '2013-03-13',
     [('Saturday', '2013-03-16')]),
    ('Counting dragged on after an electronic system failed on the first night.', '2013-03-09',
     []),
    ("Thousands of runners gathered in Boston for the race on Patriots' Day.", '2013-04-16',
     [("Patriots' Day", '2013-04-15')]),
    ('On 19 May an Ottoman counter-attack cost some 10,000 casualties in a single morning.', '2011-06-01',
     [('19 May', '2011-05-19'), ('morning', '2011-05-19TMO')]),
    ('The tornado season in Oklahoma typically peaks in May.', '2013-05-22',
     [('May', 'XXXX-05')]),
    ('A week-long festival of Chinese films opens in London on Monday.', '2013-03-22',
     [('week-long', 'P1W'), ('Monday', '2013-03-25')]),
    ('The decade-long war in Afghanistan has cost more than $600 billion.', '2013-03-22',
     [('decade-long', 'P10Y')]),
    ('Flu cases usually peak in the winter, experts said.', '2013-04-12',
     [('the winter', 'XXXX-WI')]),
    ('Flu cases peaked in the winter, experts said.', '2013-04-12',
     [('the winter', '2013-WI')]),
    ("The FAA grounded the fleet a week ago. Japan's airlines had grounded their jets a day "
     'earlier.', '2013-01-24',
     [('a week ago', '2013-W03'), ('a day earlier', '2013-01-16')]),
    ('The plant closed two weeks ago. The next day, workers blocked the gates.', '2013-01-24',
     [('two weeks ago', '2013-W02'), ('The next day', '2013-01-11')]),
]

SHORT_GAPS: list[ShortGap] = [
    ('Mr Cameron had been due to deliver the speech in Amsterdam on Friday, but postponed it.', '2013-01-23',
     [('Friday', '2013-01-18')],
     "a plan as it stood before it changed ('had been due to ... on Friday') tells no tense, "
     'and with no cue the Friday two days ahead is the nearest; the postponement after the '
     'comma makes it the Friday just past'),
    ('Monsoon rains normally arrive in June and end in September.', '2013-05-22',
     [('June', 'XXXX-06'), ('September', 'XXXX-09')],
     "a habit's adverb ('normally arrive in June') makes its own verb's month any year's, but "
     "not the month of the verb coordinated with it ('and end in September' is read as this "
     'September)'),
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
    assert len(ARTICLES) >= 16 and len(SHORT) + len(SHORT_GAPS) >= 40
    assert len({article.reference for article in ARTICLES}) == len(ARTICLES)
    for article in ARTICLES:
        assert 180 <= len(article.text.split()) <= 500, article.name
        for gap in article.gaps:
            assert (gap.before + gap.extent) in article.text, (article.name, gap.extent)
