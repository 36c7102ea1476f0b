"""International wire and institutional English, annotated by hand for held-out news.

Written for this test (not copied from any corpus) in the register of the non-US/UK wires and the
institutions whose English fills held-out news corpora: Xinhua, Anadolu, TASS, Yonhap, Kyodo,
translated AFP/EFE/ANSA copy, and UN, EU, IMF, WHO and ministry press releases, at several
publication dates (DCTs). Values follow TimeML 1.2 / TempEval-3; extents leave out leading
prepositions. Decisions taken here:

* datelines ("BEIJING, March 5 (Xinhua) --", "MADRID, 5 Oct. (EFE).-") are the date; "local time",
  "Beijing time" and "Moscow time" stay outside the extent, "0230 GMT" in brackets is a time of its
  own with Z; "the morning of March 5" tags the date, as TimeBank tags "the night of Oct. 23";
* wire and IMF style "end-June", "end-2024", "end-March 2023" are the month or year (mod END), as
  "mid-2025" is its year (mod MID); "by end of this year" is the year;
* institutional periods: "the first quarter of this year", "the first half of the year" are the
  quarter and half; "the first two months" and "the first 10 months" are lengths as TimeBank tags
  "the first nine months" (the year after "of" is a date of its own); "January-February" and "from
  January to October" are two months; a fiscal or crop year split over two years ("2023/24",
  "fiscal year 2022/2023", "FY2023/24") is its first year, as the engine reads "2019-20"; "the 78th
  session", "the 20th CPC National Congress", "the 14th Five-Year Plan" are no times;
* "the 2030 Agenda", "Vision 2030", "Agenda 2063" keep their year (a name that points at a year, as
  "the 1998 budget" does), and "Resolution 2334 (2016)" tags the year of adoption in brackets, not
  the resolution's number; UN and EU document symbols ("resolution 78/123", "A/RES/77/1",
  "S/2024/123", "Regulation (EU) 2024/1689", "Directive 2014/65/EU", "decision 1/CP.21") are no dates;
* "the 15th of next month" is that day of the month after the publication's; "proclaimed 2025 the
  International Year of ..." tags the year;
* a year of the Islamic or Iranian calendar ("1445 AH", "1402 SH", "the Hijri year 1446") is no
  Gregorian year;
* holidays: the Spring Festival, the Lunar New Year, Eid al-Adha, the Hijri new year, Ramadan and
  Chuseok (the Mid-Autumn Festival's day) from the holiday table; "the Persian New Year" and "the
  Thai New Year" are not 1 January; Nowruz, Diwali and the Golden Week are gaps (no table);
* "year on year", "on a year-on-year basis", "month on month" are comparisons, not tagged; "the same
  period last year" is the period last year; "the previous day", "the following day", "two days
  later" count from the day last named; "recent years", "the coming days", "at present" and
  "currently" are vague references;
* names and figures with numbers: "the G20", "COP28", "5G", "1.4 billion", "Article 51", "the No. 1
  central document", "the 13th straight time", "a 36-month arrangement" (a length).
Each case asserts the engine's whole output; known gaps are strict xfails.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

Case = tuple[str, str, Expected]

MON_MAR_6 = '2023-03-06'
WED_MAR_8 = '2023-03-08'
TUE_APR_18 = '2023-04-18'
MON_JUL_10 = '2023-07-10'
WED_OCT_18 = '2023-10-18'
TUE_NOV_7 = '2023-11-07'
MON_FEB_5 = '2024-02-05'
TUE_SEP_3 = '2024-09-03'
SAT_OCT_5 = '2024-10-05'

CASES: list[Case] = [
    # ---- datelines and clock notes
    ("BEIJING, March 5 (Xinhua) -- China's top legislature opened its annual session on Sunday morning.",
     MON_MAR_6, [('March 5', '2023-03-05'), ('Sunday morning', '2023-03-05TMO')]),
    ('ANKARA (AA) - Turkish President Recep Tayyip Erdogan said on Monday that the country will rebuild '
     'quake-hit cities within a year.',
     MON_MAR_6, [('Monday', '2023-03-06'), ('a year', 'P1Y')]),
    ('The delegation arrived in Pyongyang on Tuesday local time, KCNA said.',
     WED_MAR_8, [('Tuesday', '2023-03-07')]),
    ('The launch took place at 10:30 a.m. Beijing time (0230 GMT) on Wednesday.',
     WED_MAR_8, [('10:30 a.m.', '2023-03-08T10:30'), ('0230 GMT', '2023-03-08T02:30Z'),
                 ('Wednesday', '2023-03-08')]),
    ('The meeting was held on the morning of March 5 in the Great Hall of the People.',
     WED_MAR_8, [('March 5', '2023-03-05')]),
    ('The talks ended Monday evening Moscow time, TASS reported.',
     WED_MAR_8, [('Monday evening', '2023-03-06TEV')]),
    ('TOKYO, Sept. 3 (Kyodo) -- Japan\'s cabinet approved the draft budget on Tuesday.',
     TUE_SEP_3, [('Sept. 3', '2024-09-03'), ('Tuesday', '2024-09-03')]),
    ('SEOUL, Sept. 3 (Yonhap) -- North Korea fired a ballistic missile early Tuesday morning, the Joint '
     'Chiefs of Staff said.',
     TUE_SEP_3, [('Sept. 3', '2024-09-03'), ('early Tuesday morning', '2024-09-03TMO')]),
    ('MOSCOW, September 3. /TASS/. Russian forces repelled attacks overnight, the ministry said.',
     TUE_SEP_3, [('September 3', '2024-09-03'), ('overnight', '2024-09-03TNI')]),
    ('The quake jolted the region at 11:23 p.m. on Monday (2023 GMT), the USGS said.',
     TUE_SEP_3, [('11:23 p.m. on Monday', '2024-09-02T23:23'), ('2023 GMT', '2024-09-02T20:23Z')]),
    ('The fire broke out at around 3 a.m. local time on Tuesday, Anadolu Agency reported.',
     TUE_SEP_3, [('3 a.m.', '2024-09-03T03:00'), ('Tuesday', '2024-09-03')]),
    ('UNITED NATIONS, Oct. 5 (Xinhua) -- The UN Security Council on Friday extended the mission for '
     'another year.',
     SAT_OCT_5, [('Oct. 5', '2024-10-05'), ('Friday', '2024-10-04')]),
    ('ROME, OCT 5 (ANSA) - Italy\'s premier met the pope on Saturday.',
     SAT_OCT_5, [('OCT 5', '2024-10-05'), ('Saturday', '2024-10-05')]),
    ('MADRID, 5 Oct. (EFE).- The Spanish government approved the plan on Friday.',
     SAT_OCT_5, [('5 Oct.', '2024-10-05'), ('Friday', '2024-10-04')]),
    ('The ceasefire took effect at 7 a.m. (0500 GMT) on Friday.',
     TUE_NOV_7, [('7 a.m.', '2023-11-03T07:00'), ('0500 GMT', '2023-11-03T05:00Z'), ('Friday', '2023-11-03')]),
    ('He made the remarks during a meeting with the visiting delegation on Monday afternoon local time.',
     TUE_NOV_7, [('Monday afternoon', '2023-11-06TAF')]),
    ('Water will be cut off from 9:00 to 17:00 on October 8.',
     SAT_OCT_5, [('9:00', '2024-10-08T09:00'), ('17:00 on October 8', '2024-10-08T17:00')]),

    # ---- institutional periods
    ('GDP grew 4.5 percent year on year in the first quarter of this year, the National Bureau of '
     'Statistics said on Tuesday.',
     TUE_APR_18, [('the first quarter of this year', '2023-Q1'), ('Tuesday', '2023-04-18')]),
    ('Retail sales rose 3.5 percent in the first two months of 2023.',
     '2023-03-15', [('the first two months', 'P2M'), ('2023', '2023')]),
    ('In January-February, industrial output rose 2.4 percent on a year-on-year basis.',
     '2023-03-15', [('January', '2023-01'), ('February', '2023-02')]),
    ('Foreign trade grew 0.2 percent in the January-September period.',
     WED_OCT_18, [('January', '2023-01'), ('September', '2023-09')]),
    ('In the first 10 months of this year, exports reached 19.5 trillion yuan.',
     TUE_NOV_7, [('the first 10 months', 'P10M'), ('this year', '2023')]),
    ('From January to October, the number of visitors rose 40 percent.',
     TUE_NOV_7, [('January', '2023-01'), ('October', '2023-10')]),
    ('The budget for the 2023/24 fiscal year was approved by parliament.',
     WED_OCT_18, [('2023/24', '2023')]),
    ('Growth is forecast at 6.3 percent in fiscal year 2023/24, and the deficit narrowed in the fiscal '
     'year 2022/2023.',
     WED_OCT_18, [('fiscal year 2023/24', '2023'), ('fiscal year 2022/2023', '2022')]),
    ('The deficit is projected to narrow in FY2023/24, the IMF said.',
     WED_OCT_18, [('FY2023/24', '2023')]),
    ('The crop in marketing year 2023/24 is forecast at 780 million tonnes.',
     WED_OCT_18, [('2023/24', '2023')]),
    ('As of end-June, foreign exchange reserves stood at 3.19 trillion U.S. dollars.',
     MON_JUL_10, [('end-June', '2023-06')]),
    ('Inflation is expected to return to target by end-2024, and public debt stood at 60 percent of GDP '
     'at end-March 2023.',
     MON_JUL_10, [('end-2024', '2024'), ('end-March 2023', '2023-03')]),
    ('The project is expected to be completed by mid-2025.',
     MON_JUL_10, [('mid-2025', '2025')]),
    ('The law will be revised by end of this year.',
     MON_JUL_10, [('end of this year', '2023')]),
    ('The sector will grow rapidly in the next three to five years.',
     MON_JUL_10, [('the next three to five years', 'P3Y')]),
    ('China aims to basically realize socialist modernization by 2035.',
     MON_JUL_10, [('2035', '2035')]),
    ('The 2030 Agenda for Sustainable Development calls for ending poverty.',
     MON_JUL_10, [('2030', '2030')]),
    ('The African Union adopted Agenda 2063 in 2015.',
     TUE_NOV_7, [('2063', '2063'), ('2015', '2015')]),
    ('The 78th session of the UN General Assembly opened on Tuesday.',
     '2023-09-20', [('Tuesday', '2023-09-19')]),
    ('The country received 12 million foreign tourists in the first half of the year.',
     TUE_SEP_3, [('the first half of the year', '2024-H1')]),
    ('China will host the event in the second half of next year.',
     TUE_NOV_7, [('the second half of next year', '2024-H2')]),
    ('The IMF projects growth of 3.2 percent in 2024 and 3.3 percent in 2025.',
     SAT_OCT_5, [('2024', '2024'), ('2025', '2025')]),
    ('The Executive Board approved a 36-month arrangement under the Extended Fund Facility.',
     SAT_OCT_5, [('36-month', 'P36M')]),
    ('The Board concluded the Article IV consultation on August 28, 2024.',
     TUE_SEP_3, [('August 28, 2024', '2024-08-28')]),
    ('The General Assembly proclaimed 2025 the International Year of Quantum Science and Technology.',
     '2024-05-20', [('2025', '2025')]),
    ('The International Day of Peace is observed each year on 21 September.',
     '2024-05-20', [('each year on 21 September', 'XXXX-09-21')]),
    ('As of 18:00 CET on 19 May, 1,234 cases had been confirmed, the WHO said.',
     '2024-05-20', [('18:00 CET', '2024-05-19T18:00'), ('19 May', '2024-05-19')]),
    ('The EU will review the sanctions by 31 July 2024 at the latest.',
     '2024-05-20', [('31 July 2024', '2024-07-31')]),
    ('The statistics bureau will release the data for April on the 15th of next month.',
     '2024-05-20', [('April', '2024-04'), ('the 15th of next month', '2024-06-15')]),
    ('Between 1 January and 25 August 2024, 15,000 cases were recorded.',
     TUE_SEP_3, [('1 January', '2024-01-01'), ('25 August 2024', '2024-08-25')]),

    # ---- holidays and calendars
    ('Train trips during the Spring Festival holiday are expected to hit a record.',
     MON_FEB_5, [('Spring Festival', '2024-02-10')]),
    ('Millions of people will travel home for the Lunar New Year.',
     MON_FEB_5, [('Lunar New Year', '2024-02-10')]),
    ('Muslims in Türkiye will celebrate Eid al-Adha on Sunday.',
     '2024-06-14', [('Eid al-Adha', '2024-06-16'), ('Sunday', '2024-06-16')]),
    ('Pilgrims will perform the stoning ritual on the first day of Eid al-Adha.',
     '2024-06-14', [('the first day of Eid al-Adha', '2024-06-16')]),
    ('South Koreans will head to their hometowns for Chuseok this week.',
     '2023-09-25', [('Chuseok', '2023-09-29'), ('this week', '2023-W39')]),
    ('The Hijri new year falls on Wednesday.',
     '2023-07-17', [('Hijri new year', '2023-07-19'), ('Wednesday', '2023-07-19')]),
    ('The Islamic new year 1445 AH began on July 19.',
     TUE_NOV_7, [('Islamic new year', '2023-07-19'), ('July 19', '2023-07-19')]),
    ('Ramadan is expected to begin on March 11 this year.',
     '2024-03-05', [('Ramadan', '2024-03-11'), ('March 11 this year', '2024-03-11')]),
    ('Iranians marked Nowruz, the Persian New Year, in March, and Thais the Thai New Year in April.',
     TUE_NOV_7, [('March', '2023-03'), ('April', '2023-04')]),

    # ---- translated phrasing
    ('Both sides agreed to meet again on the 5th.',
     MON_MAR_6, [('the 5th', '2023-03-05')]),
    ('The law was adopted on March 5 this year, and the agreement was signed on March 5 last year.',
     MON_MAR_6, [('March 5 this year', '2023-03-05'), ('March 5 last year', '2022-03-05')]),
    ('Output was up 5 percent from the corresponding period of 2022.',
     TUE_NOV_7, [('the corresponding period of 2022', '2022')]),
    ('Sales rose 8 percent in the first quarter compared with the same period last year.',
     TUE_APR_18, [('the first quarter', '2023-Q1'), ('the same period last year', '2022-Q1')]),
    ("China's CPI rose 0.6 percent year on year in August, faster than the 0.5 percent in July.",
     TUE_SEP_3, [('August', '2024-08'), ('July', '2024-07')]),
    ('The index rose 0.4 percent month on month in September.',
     SAT_OCT_5, [('September', '2024-09')]),
    ('In recent years, the two countries have deepened cooperation.',
     TUE_APR_18, [('recent years', 'PXY')]),
    ('In the past decade, China has lifted millions out of poverty; over the past 10 years, trade has tripled.',
     TUE_APR_18, [('the past decade', 'P10Y'), ('the past 10 years', 'P10Y')]),
    ('Since the beginning of this year, more than 1,000 trains have run.',
     TUE_APR_18, [('the beginning of this year', '2023')]),
    ('The minister arrived in Moscow on Monday. The previous day, he had visited Minsk.',
     TUE_APR_18, [('Monday', '2023-04-17'), ('The previous day', '2023-04-16')]),
    ('The ceasefire was announced on Sunday. The following day, fighting resumed. Two days later, talks '
     'collapsed.',
     TUE_APR_18, [('Sunday', '2023-04-16'), ('The following day', '2023-04-17'), ('Two days later', '2023-04-19')]),
    ('More rain is expected in the coming days.',
     TUE_APR_18, [('the coming days', 'PXD')]),
    ('At present, the situation is stable, and the hospital is currently treating 20 patients.',
     TUE_APR_18, [('At present', 'PRESENT_REF'), ('currently', 'PRESENT_REF')]),
    ('The country recorded 20 million tourist arrivals last year, up 30 percent from the previous year.',
     TUE_NOV_7, [('last year', '2022'), ('the previous year', '2021')]),
    ('The figure was 12 percent higher than a year earlier.',
     TUE_NOV_7, [('a year earlier', '2022')]),
    ('The ministry said the new rules will take effect from Sept 1 next year.',
     TUE_SEP_3, [('Sept 1 next year', '2025-09-01')]),
    ('The conference will be held in Baku in November next year.',
     TUE_NOV_7, [('November next year', '2024-11')]),
    ('The vice premier will pay an official visit to Ethiopia from Sept. 4 to 6 at the invitation of the '
     'government.',
     TUE_SEP_3, [('Sept. 4 to 6', '2024-09-04')]),
    ('The 10th anniversary of the Belt and Road Initiative was marked in October.',
     TUE_NOV_7, [('October', '2023-10')]),
    ('The measures will remain in force until further notice.', TUE_NOV_7, []),
    ('It is the first visit by a Chinese premier in seven years.',
     TUE_NOV_7, [('seven years', 'P7Y')]),

    # ---- pitfalls: names and figures with numbers
    ('Resolution 2334 (2016) demands a halt to settlement activity.',
     TUE_APR_18, [('2016', '2016')]),
    ('The Security Council adopted Resolution 2712 (2023) on Wednesday.',
     TUE_NOV_7, [('2023', '2023'), ('Wednesday', '2023-11-01')]),
    ('Leaders of the G20 will meet at COP28 in Dubai.', TUE_APR_18, []),
    ('The 19th CPC Central Committee endorsed the Belt and Road plan and 5G rollout for 1.4 billion people.',
     TUE_APR_18, []),
    ('Article 51 of the UN Charter was cited in the No. 1 central document.', TUE_APR_18, []),
    ('The General Assembly adopted resolution 78/123 without a vote; it was circulated as A/RES/77/1 '
     'and S/2024/123.', SAT_OCT_5, []),
    ('Regulation (EU) 2024/1689 and Directive 2014/65/EU were cited, as was decision 1/CP.21.',
     SAT_OCT_5, []),
    ('The Bank of Korea held its base rate at 3.5 percent for the 13th straight time.', SAT_OCT_5, []),
    ('Muharram 1, 1446 AH falls on July 7, 2024, and the Iranian year 1402 SH began on March 21.',
     TUE_NOV_7, [('July 7, 2024', '2024-07-07'), ('March 21', '2023-03-21')]),
    ('The Hijri year 1446 begins on Sunday.', '2024-07-03', [('Sunday', '2024-07-07')]),
    ('The Persian year 1403 began in March 2024.', '2024-07-03', [('March 2024', '2024-03')]),
    ('Sochi hosted the 2014 Winter Olympics.', WED_OCT_18, [('2014', '2014')]),
    ('Beijing hosted the Winter Games, and the Summer Davos forum opened in Dalian on Tuesday.',
     WED_OCT_18, [('Tuesday', '2023-10-17')]),
]

GAPS: list[Gap] = [
    ('Visitor numbers are expected to surge during the Golden Week holiday.', '2024-04-25',
     [('the Golden Week holiday', '2024-04-29')],
     "the Golden Week (Japan's 29 April to 5 May, China's 1 to 7 October) is in no holiday table, and "
     "which one is meant depends on the country"),
    ('Iranians will celebrate Nowruz on Wednesday.', '2024-03-18', [('Nowruz', '2024-03-20'), ('Wednesday', '2024-03-20')],
     'Nowruz falls on the vernal equinox as reckoned in Tehran (20 or 21 March); no table computes it'),
    ('Indians lit lamps for Diwali on Sunday.', '2023-11-14', [('Diwali', '2023-11-12'), ('Sunday', '2023-11-12')],
     'Diwali (Hindu lunisolar calendar) is in no holiday table'),
    ('China will meet the targets of the 14th Five-Year Plan period (2021-2025), the report said.',
     WED_MAR_8, [('2021', '2021'), ('2025', '2025')],
     "a bracketed range of years '(2021-2025)' is one expression with the first year; TimeML writes "
     "the two years of a range as two expressions"),
    ('No new cases were reported during the reporting period, which ended on 30 June.', MON_JUL_10,
     [('the reporting period', '2023-06'), ('30 June', '2023-06-30')],
     "'the reporting period' of a UN or WHO report is not tagged (its dates come from the report's title)"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_international_wire_and_institutional_english(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_international_wire_and_institutional_english_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_the_texts_are_distinct() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts)) >= 40
