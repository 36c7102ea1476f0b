"""English-language news from Africa, the Gulf, Australia, New Zealand, the Pacific and the Caribbean,
annotated by hand for held-out news (TimeML 1.2 / TempEval-3 values; extents without leading prepositions).

Sixteen stories written for this test (not copied from any outlet) in the registers of Nigeria's Punch,
Premium Times and Vanguard, Kenya's Nation and Standard, South Africa's News24 and Daily Maverick, GhanaWeb,
Ahram Online, Gulf News and The National (UAE), the Jamaica Gleaner, the Fiji Times, ABC (Australia), RNZ and
Stuff (New Zealand), each at its own publication date (DCT) spread over the year and the week. What these
outlets write that US-centred engines miss: postposed and regional weekdays ("on Monday last", "Sunday
next", "Saturday coming", "last week Thursday"), the formal "the 14th instant" / "the 28th ultimo", "a
fortnight", day-first dates with and without commas ("12th March, 2024", "12/03/2024", "12.03.2024"; a
weekday written before an ambiguous numeric date picks its reading: "Monday, 11/03/2024" is 11 March),
split financial years ("the 2023/24 financial year", "FY2024/25": the year they begin, as elsewhere), the
local time zones (WAT, EAT, CAT, SAST, GST, AEST/AEDT, ACDT, NZST: the clock time as written, the zone in
the extent; "local time" outside it), and national days. A day many countries keep on their own dates
("Independence Day", "Republic Day", "Youth Day", "Democracy Day", "Emancipation Day", "National Day",
"the King's Birthday", "Labour Day") is the day of the country named nearest it in its sentence, else the
last one named before it in the text (a dateline in capitals counts: "KINGSTON, Jamaica"); with none, the
usual day ("Independence Day" 4 July), or no tag where there is none ("the King's Birthday",
"Emancipation Day", "National Day"). Kenya's Jamhuri, Madaraka and Mashujaa Days, South Africa's Freedom,
Heritage and Workers' Days, Fiji Day, Africa Day; Eid-el-Kabir, Eid-el-Maulud (the Mawlid table, Umm
al-Qura) and New Zealand's Matariki (its table from the 2022 Act) come from the vocabulary and the holiday
tables. Diwali keeps its year only (no day table); Vesak is not tagged. Each case asserts the engine's
whole output; what it still reads wrong is a strict xfail with its reason.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import (Expected, Gap as ShortGap, LongArticle, SpanGap, article_gap_params, found,
                                    gap_params, inside_gap, outside_gaps, texts_of, wanted)

Gap, Article = SpanGap, LongArticle
Case = tuple[str, str, Expected]


ARTICLES: list[Article] = [
    Article(
        'punch_independence', '2024-10-02',
        ('ABUJA — President Bola Tinubu on Tuesday urged Nigerians to remain hopeful as the country marked its '
         '64th Independence Day, saying the hardship of the past 16 months would give way to prosperity.\n\nIn a '
         'nationwide broadcast aired at 7am, the President said the removal of petrol subsidy in May 2023 had '
         'been painful but necessary. He announced that the new N70,000 minimum wage would be paid from the '
         'end of this month and that a youth conference would hold in November.\n\nThe Central Bank of Nigeria '
         'last week Tuesday raised the Monetary Policy Rate by 50 basis points to 27.25 per cent, its fifth '
         'hike this year. Headline inflation eased to 32.15 per cent in August from 33.40 per cent in July, '
         'the National Bureau of Statistics said on Monday last.\n\nMeanwhile, the #EndBadGovernance protesters '
         'who were arraigned on 6th September, 2024 will return to court on Friday, 1st November, after the '
         'Federal High Court in Abuja adjourned the matter on Monday. The judge granted them bail and ordered '
         'the prosecution to file its proofs of evidence within a fortnight.\n\nThe naira, which has lost about '
         '40 per cent of its value since January, closed at N1,668 to the dollar on Friday. Analysts expect '
         'the currency to remain under pressure in the fourth quarter.\n\nThe Federal Executive Council will '
         'meet on Thursday to consider the Medium Term Expenditure Framework, ahead of the presentation of the '
         '2025 budget to the National Assembly before the end of the year.'),
        [('Tuesday', '2024-10-01'),
         ('Independence Day', '2024-10-01'),
         ('the past 16 months', 'P16M'),
         ('7am', '2024-10-01T07:00'),
         ('May 2023', '2023-05'),
         ('the end of this month', '2024-10'),
         ('November', '2024-11'),
         ('last week Tuesday', '2024-09-24'),
         ('this year', '2024'),
         ('August', '2024-08'),
         ('July', '2024-07'),
         ('Monday last', '2024-09-30'),
         ('6th September, 2024', '2024-09-06'),
         ('Friday, 1st November', '2024-11-01'),
         ('Monday', '2024-09-30'),
         ('a fortnight', 'P2W'),
         ('January', '2024-01'),
         ('Friday', '2024-09-27'),
         ('the fourth quarter', '2024-Q4'),
         ('Thursday', '2024-10-03'),
         ('2025', '2025'),
         ('the end of the year', '2024')]),
    Article(
        'premium_democracy', '2023-06-13',
        ('President Bola Tinubu on Monday used his first Democracy Day broadcast to promise Nigerians that the '
         'sacrifices of June 12, 1993 would not be in vain. The date was declared a public holiday in 2018, '
         'nineteen years after the return to civil rule.\n\nThirty years ago, Moshood Abiola won the '
         'presidential election that the military government of Ibrahim Babangida annulled soon after. Abiola '
         'died in detention in July 1998.\n\nIn Lagos, police fired tear gas at protesters who gathered at the '
         'Gani Fawehinmi Park at about 9am. The protest lasted for three hours before the crowd '
         'dispersed.\n\nMeanwhile, the Presidential Election Petitions Court in Abuja on Monday fixed Tuesday '
         'next for the commencement of hearing in the petition filed by the Labour Party candidate, Peter Obi. '
         'The court had on 30th May, 2023 consolidated the petitions. Under the Electoral Act, it must deliver '
         'its judgment within 180 days of the filing of the petitions, which were filed on 20/03/2023.\n\nThe '
         'Senate will resume plenary on Tuesday, 4th July, after its two-week recess, the Clerk of the '
         'National Assembly said in a statement on Sunday.'),
        [('Monday', '2023-06-12'),
         ('Democracy Day', '2023-06-12'),
         ('June 12, 1993', '1993-06-12'),
         ('2018', '2018'),
         ('nineteen years', 'P19Y'),
         ('Thirty years ago', '1993'),
         ('July 1998', '1998-07'),
         ('three hours', 'PT3H'),
         ('Monday', '2023-06-12'),
         ('Tuesday next', '2023-06-20'),
         ('30th May, 2023', '2023-05-30'),
         ('180 days', 'P180D'),
         ('20/03/2023', '2023-03-20'),
         ('Tuesday, 4th July', '2023-07-04'),
         ('two-week', 'P2W'),
         ('Sunday', '2023-06-11')],
        [Gap('at about ', '9am', '2023-06-12T09:00',
             "a past clock time with no day of its own takes the publication day, not the day the "
             "story is about (Monday's Democracy Day, told in the lead)")]),
    Article(
        'vanguard_sallah', '2024-06-14',
        ('The Federal Government has declared Monday, June 17 and Tuesday, June 18 as public holidays to mark '
         "this year's Eid-el-Kabir celebration.\n\nThe Minister of Interior, Olubunmi Tunji-Ojo, who made the "
         'declaration on behalf of the government on Thursday, urged Muslims to use the festival to pray for '
         'the country. Sallah rams are selling for between N250,000 and N1.5 million in Kano and Lagos this '
         "week, up from N150,000 last year.\n\nThe Sultan of Sokoto, Muhammad Sa'ad Abubakar, announced last "
         'Thursday that the new moon of Dhul Hijjah had been sighted, so Eid will fall on Sunday. Muslim '
         'faithful will observe the prayers at 9am at praying grounds across the country.\n\nIn Lagos State, the '
         'Lagos State Traffic Management Authority said its officers would be on the roads round the clock '
         'throughout the holiday. The Federal Road Safety Corps said it had deployed 30,000 personnel for the '
         'Sallah period, which runs from Friday to Wednesday.\n\nMuslims had fasted for 30 days during Ramadan, '
         'which ended on 9th April, 2024. Eid-el-Maulud, the birthday of the Prophet, will be marked in '
         'September.'),
        [('Monday, June 17', '2024-06-17'),
         ('Tuesday, June 18', '2024-06-18'),
         ('this year', '2024'),
         ('Eid-el-Kabir', '2024-06-16'),
         ('Thursday', '2024-06-13'),
         ('this week', '2024-W24'),
         ('last year', '2023'),
         ('last Thursday', '2024-06-13'),
         ('Eid', '2024-06-16'),
         ('Sunday', '2024-06-16'),
         ('9am', '2024-06-16T09:00'),
         ('Friday', '2024-06-14'),
         ('Wednesday', '2024-06-19'),
         ('30 days', 'P30D'),
         ('Ramadan', '2024-03-11'),
         ('9th April, 2024', '2024-04-09'),
         ('September', '2024-09')],
        [Gap('', 'Eid-el-Maulud', '2024-09-16',
             "the Mawlid table (Umm al-Qura) has 15 September 2024; Nigeria kept 16 September on its "
             "own sighting of the moon (the interval is widened a day each side, the value is the table's)")]),
    Article(
        'nation_madaraka', '2024-06-03',
        ('NAIROBI — President William Ruto on Saturday led Kenyans in marking the 61st Madaraka Day '
         "celebrations at Masinde Muliro Stadium in Kakamega, where he defended his administration's tax "
         'measures.\n\nThe Finance Bill 2024, which proposes a 16 per cent VAT on bread and an annual motor '
         'vehicle tax, will be tabled in the National Assembly on June 13, Finance Committee chairman Kuria '
         'Kimani said on Sunday. The Treasury estimates the 2024/25 budget at Sh3.9 trillion, up from Sh3.6 '
         'trillion.\n\nPublic participation on the Bill ended last week Friday. The Kenya Revenue Authority '
         'collected Sh2.2 trillion in the first 11 months of the 2023/24 financial year, which ends on June '
         '30.\n\nSchools will close for the mid-term break on Thursday and reopen on Monday, June 10, the '
         'Ministry of Education said. The Kenya Certificate of Secondary Education examinations will begin on '
         'October 22 and end on November 22.\n\nThe Kenya Meteorological Department said the long rains would '
         'continue until the end of June in the western counties, but most of the country would be dry in July '
         'and August.'),
        [('Saturday', '2024-06-01'),
         ('Madaraka Day', '2024-06-01'),
         ('2024', '2024'),
         ('June 13', '2024-06-13'),
         ('Sunday', '2024-06-02'),
         ('2024/25', '2024'),
         ('last week Friday', '2024-05-31'),
         ('the first 11 months', 'P11M'),
         ('2023/24', '2023'),
         ('June 30', '2024-06-30'),
         ('Thursday', '2024-06-06'),
         ('Monday, June 10', '2024-06-10'),
         ('October 22', '2024-10-22'),
         ('November 22', '2024-11-22'),
         ('the end of June', '2024-06'),
         ('July', '2024-07'),
         ('August', '2024-08')]),
    Article(
        'standard_jamhuri', '2023-12-13',
        ('President Ruto yesterday led the nation in marking the 60th Jamhuri Day at Uhuru Gardens in Nairobi, '
         'where he announced that the Social Health Insurance Fund would replace the NHIF from January next '
         'year.\n\nSpeaking at 10.30am, the President said Kenya had come a long way in the 60 years since '
         'independence on December 12, 1963. He said the country would hold a national prayer day on Sunday '
         'next.\n\nOn Monday, the Kenya National Examinations Council said the 2023 KCSE results would be '
         'released before Christmas.\n\nMeanwhile, Form One students who sat the first Kenya Primary School '
         'Education Assessment will report to junior secondary schools on January 8, when the first term '
         'opens. Parents have until Friday to pay fees for the new term.\n\nTraffic police said 4,212 people had '
         'died on Kenyan roads since January, and warned that a crackdown would run throughout December. The '
         'Mombasa-Nairobi highway will be closed to heavy trucks from 6pm on December 22 until 6am on December '
         '26.'),
        [('yesterday', '2023-12-12'),
         ('Jamhuri Day', '2023-12-12'),
         ('January next year', '2024-01'),
         ('10.30am', '2023-12-12T10:30'),
         ('the 60 years', 'P60Y'),
         ('December 12, 1963', '1963-12-12'),
         ('Sunday next', '2023-12-17'),
         ('Monday', '2023-12-11'),
         ('2023', '2023'),
         ('Christmas', '2023-12-25'),
         ('January 8', '2024-01-08'),
         ('Friday', '2023-12-15'),
         ('January', '2023-01'),
         ('December', '2023-12'),
         ('6pm on December 22', '2023-12-22T18:00'),
         ('6am on December 26', '2023-12-26T06:00')]),
    Article(
        'news24_heritage', '2024-09-23',
        ('JOHANNESBURG — South Africans will celebrate Heritage Day on Tuesday with braais across the country, '
         'as Eskom marked 180 consecutive days without load shedding.\n\nElectricity Minister Kgosientsho '
         'Ramokgopa said on Sunday that the last power cuts had ended on 26 March. He said load shedding would '
         'not return, but warned that a breakdown at Koeberg could change that within hours.\n\nThe South '
         'African Reserve Bank last Thursday cut the repo rate by 25 basis points to 8%, its first cut in more '
         "than four years. Governor Lesetja Kganyago said the decision had been unanimous. The bank's next "
         'meeting is on 21 November.\n\nMatric pupils will write their first papers on 21 October and the exams '
         'end on 6 December, the Department of Basic Education said. Results will be released on 13 January '
         '2025.\n\nThe South African Weather Service issued a yellow level 2 warning for disruptive rain in the '
         'Western Cape from 8pm SAST on Monday. Conditions are expected to clear by Wednesday afternoon.\n\nThe '
         'government of national unity marked its first 100 days last week.'),
        [('Heritage Day', '2024-09-24'),
         ('Tuesday', '2024-09-24'),
         ('180 consecutive days', 'P180D'),
         ('Sunday', '2024-09-22'),
         ('26 March', '2024-03-26'),
         ('hours', 'PTXH'),
         ('last Thursday', '2024-09-19'),
         ('more than four years', 'P4Y'),
         ('21 November', '2024-11-21'),
         ('21 October', '2024-10-21'),
         ('6 December', '2024-12-06'),
         ('13 January 2025', '2025-01-13'),
         ('8pm SAST on Monday', '2024-09-23T20:00'),
         ('Wednesday afternoon', '2024-09-25TAF'),
         ('first 100 days', 'P100D'),
         ('last week', '2024-W38')]),
    Article(
        'maverick_freedom', '2024-04-29',
        ('Thirty years after South Africans queued for hours to vote in the first democratic election on 27 '
         "April 1994, President Cyril Ramaphosa used Saturday's Freedom Day address in Pretoria to defend the "
         "ANC's record ahead of the 29 May election.\n\nThe turnout in 1994 was 86%. In the 2019 election, it "
         "fell to 66%, and the ANC's share dropped below 60% for the first time. Polls in the past month have "
         'put the party at about 40%.\n\nRamaphosa said unemployment, which stood at 32.1% in the fourth quarter '
         "of 2023, remained the country's biggest challenge. Statistics South Africa will publish the "
         'first-quarter figures on 14 May.\n\nThe Treasury said the deficit for the 2023/24 financial year, '
         'which ended on 31 March, was R320 billion. Finance Minister Enoch Godongwana will table the '
         "adjustments budget in October.\n\nWorkers' Day falls on Wednesday, and the Independent Electoral "
         'Commission said special votes would be cast on 27 and 28 May. Voting stations will be open from 7am '
         'to 9pm on 29 May.'),
        [('Thirty years', 'P30Y'),
         ('hours', 'PTXH'),
         ('27 April 1994', '1994-04-27'),
         ('Saturday', '2024-04-27'),
         ('Freedom Day', '2024-04-27'),
         ('29 May', '2024-05-29'),
         ('1994', '1994'),
         ('2019', '2019'),
         ('the past month', '2024-03'),
         ('the fourth quarter of 2023', '2023-Q4'),
         ('first-quarter', '2024-Q1'),
         ('14 May', '2024-05-14'),
         ('2023/24', '2023'),
         ('31 March', '2024-03-31'),
         ('October', '2024-10'),
         ("Workers' Day", '2024-05-01'),
         ('Wednesday', '2024-05-01'),
         ('27', '2024-05-27'),
         ('28 May', '2024-05-28'),
         ('7am', '2024-05-29T07:00'),
         ('9pm', '2024-05-29T21:00'),
         ('29 May', '2024-05-29')]),
    Article(
        'ghanaweb_independence', '2024-03-07',
        ('ACCRA — President Nana Addo Dankwa Akufo-Addo yesterday took the salute at his last Independence Day '
         'parade as Head of State, ahead of the December 7 general election.\n\nThe 67th anniversary parade was '
         'held at the Independence Square in Accra from 9am, with 3,000 school children and security personnel '
         'taking part. Ghana became the first sub-Saharan African country to gain independence on 6th March, '
         '1957.\n\nThe Bank of Ghana will announce its policy rate on Monday, 25th March, after holding it at 29 '
         'per cent in January. Inflation fell to 23.5 per cent in January from 54.1 per cent in December '
         '2022.\n\nThe Electoral Commission said the voters register would be exhibited from 28/04/2024 to '
         '06/05/2024. The limited voter registration exercise, which ran for 21 days, ended on 2nd October '
         'last year.\n\nMeanwhile, the National Chief Imam has asked Muslims to look out for the new moon on '
         'Sunday, as Ramadan is expected to begin on Monday or Tuesday. The fast will last 29 or 30 '
         "days.\n\nGovernment has declared Friday, 8th March a holiday to mark International Women's Day."),
        [('yesterday', '2024-03-06'),
         ('Independence Day', '2024-03-06'),
         ('December 7', '2024-12-07'),
         ('9am', '2024-03-06T09:00'),
         ('6th March, 1957', '1957-03-06'),
         ('Monday, 25th March', '2024-03-25'),
         ('January', '2024-01'),
         ('December 2022', '2022-12'),
         ('28/04/2024', '2024-04-28'),
         ('06/05/2024', '2024-05-06'),
         ('21 days', 'P21D'),
         ('2nd October last year', '2023-10-02'),
         ('Ramadan', '2024-03-11'),
         ('Monday', '2024-03-11'),
         ('Tuesday', '2024-03-12'),
         ('29 or 30 days', 'P29D'),
         ('Friday, 8th March', '2024-03-08'),
         ("International Women's Day", '2024-03-08')],
        [Gap('at 29 per cent in ', 'January', '2024-01',
             "a month in a participle clause after a future ('will announce ... after holding it at "
             "29 per cent in January') takes the main clause's 'will' and becomes next January"),
         Gap('look out for the new moon on ', 'Sunday', '2024-03-10',
             "'has asked Muslims to look out for the new moon on Sunday': the perfect 'has asked' "
             "makes the weekday past; the infinitive it governs looks ahead")]),
    Article(
        'ahram_revolution', '2024-07-24',
        ('CAIRO — President Abdel-Fattah El-Sisi said on Tuesday that Egypt had overcome the economic crisis '
         "of the past two years, in a speech marking the 72nd anniversary of the 1952 revolution.\n\nEgypt's new "
         'fiscal year 2024/2025 began on 1 July with a budget of EGP 3.9 trillion. The government aims to cut '
         'the budget deficit to 6.5 percent of GDP by June 2025.\n\nThe Central Bank of Egypt held interest '
         'rates at 27.25 percent at its meeting on Thursday, 18 July. Its next meeting is on 5 September. '
         'Annual urban inflation slowed to 27.5 percent in June, the lowest rate since January '
         '2023.\n\nLoad-shedding, which lasted up to three hours a day in the past year, ended on Sunday, the '
         'Ministry of Electricity said. Prime Minister Mostafa Madbouly had promised that the power cuts would '
         'stop after the third week of July.\n\nThanaweya Amma results will be announced next week, the '
         'Education Ministry said. The exams ran from 10 June to 20 July. The new academic year starts on 28 '
         'September.'),
        [('Tuesday', '2024-07-23'),
         ('the past two years', 'P2Y'),
         ('1952', '1952'),
         ('fiscal year 2024/2025', '2024'),
         ('1 July', '2024-07-01'),
         ('June 2025', '2025-06'),
         ('Thursday, 18 July', '2024-07-18'),
         ('5 September', '2024-09-05'),
         ('June', '2024-06'),
         ('January 2023', '2023-01'),
         ('up to three hours', 'PT3H'),
         ('the past year', '2023'),
         ('Sunday', '2024-07-21'),
         ('the third week of July', '2024-W29'),
         ('next week', '2024-W31'),
         ('10 June', '2024-06-10'),
         ('20 July', '2024-07-20'),
         ('28 September', '2024-09-28')]),
    Article(
        'gulf_eid', '2024-04-08',
        ('DUBAI — UAE residents are set for a long Eid Al Fitr break after the Federal Authority for '
         'Government Human Resources announced that the public sector holiday will begin on Monday, April 8, '
         'and end on Friday, April 12. Work will resume on Monday, April 15.\n\nThe moon-sighting committee will '
         'meet after Maghrib prayers on Monday evening. If the Shawwal crescent is sighted, Eid will fall on '
         'Tuesday; if not, Ramadan will complete 30 days and Eid will be on Wednesday.\n\nEid prayers will be '
         'held at 6.20am GST in Dubai and 6.24am in Abu Dhabi, the Islamic Affairs department said. Dubai '
         'Metro will extend its hours during the holiday.\n\nFree parking has been announced across Dubai from '
         'the first day of Eid until Friday. The Road and Transport Authority said paid parking would resume '
         'on Sunday.\n\nThe National Centre of Meteorology warned of heavy rain from Monday night until '
         'Wednesday morning. Schools will move to remote learning on Tuesday, April 16, if the rain persists '
         'after the holiday.'),
        [('Eid Al Fitr', '2024-04-10'),
         ('Monday, April 8', '2024-04-08'),
         ('Friday, April 12', '2024-04-12'),
         ('Monday, April 15', '2024-04-15'),
         ('Monday evening', '2024-04-08TEV'),
         ('Eid', '2024-04-10'),
         ('Tuesday', '2024-04-09'),
         ('Ramadan', '2024-03-11'),
         ('30 days', 'P30D'),
         ('Eid', '2024-04-10'),
         ('Wednesday', '2024-04-10'),
         ('Eid', '2024-04-10'),
         ('6.20am GST', '2024-04-10T06:20'),
         ('6.24am', '2024-04-10T06:24'),
         ('the first day of Eid', '2024-04-10'),
         ('Friday', '2024-04-12'),
         ('Sunday', '2024-04-14'),
         ('Monday night', '2024-04-08TNI'),
         ('Wednesday morning', '2024-04-10TMO'),
         ('Tuesday, April 16', '2024-04-16')]),
    Article(
        'national_day_uae', '2023-12-01',
        ('ABU DHABI — The UAE will celebrate its 52nd National Day on Saturday with fireworks across the seven '
         'emirates, as world leaders gather in Dubai for the Cop28 climate summit.\n\nThe Ministry of Human '
         'Resources and Emiratisation announced a four-day weekend for the private sector, from Saturday to '
         "Tuesday. Commemoration Day, which honours the country's fallen soldiers, was observed on "
         'Thursday.\n\nThe summit opened on Thursday and runs until December 12. On its first day, delegates '
         'agreed to launch a loss and damage fund, which had been promised at Cop27 in Sharm El Sheikh last '
         'year.\n\nSheikh Mohamed bin Zayed, President of the UAE, said in a message on Thursday evening that '
         'the country had achieved in 52 years what others took centuries to build. The federation was founded '
         'on December 2, 1971.\n\nTraffic authorities in Dubai said roads around Expo City would be closed from '
         '6am on Saturday to midnight on Sunday. Dubai Metro will run for 24 hours from Saturday morning.'),
        [('National Day', '2023-12-02'),
         ('Saturday', '2023-12-02'),
         ('four-day', 'P4D'),
         ('Commemoration Day', '2023-11-30'),
         ('Thursday', '2023-11-30'),
         ('Thursday', '2023-11-30'),
         ('December 12', '2023-12-12'),
         ('last year', '2022'),
         ('Thursday evening', '2023-11-30TEV'),
         ('52 years', 'P52Y'),
         ('centuries', 'PXCE'),
         ('December 2, 1971', '1971-12-02'),
         ('6am on Saturday', '2023-12-02T06:00'),
         ('midnight on Sunday', '2023-12-03T24:00'),
         ('24 hours', 'PT24H'),
         ('Saturday morning', '2023-12-02TMO')],
        [Gap('sector, from ', 'Saturday', '2023-12-02',
             "'announced a four-day weekend ..., from Saturday to Tuesday': the past 'announced' "
             "dates the range (last Saturday to Tuesday); the weekend announced is the coming one"),
         Gap('Saturday to ', 'Tuesday', '2023-12-05',
             "the end of the range 'from Saturday to Tuesday' after the past 'announced' (see its start)")]),
    Article(
        'gleaner_emancipation', '2024-08-01',
        ('KINGSTON, Jamaica — Jamaicans will celebrate Emancipation Day today, with the traditional '
         're-enactment of the reading of the Emancipation Proclamation at Emancipation Park in St Ann at '
         '9am.\n\nSlavery ended in the British Caribbean on August 1, 1834, but full freedom came only in 1838, '
         'after four years of so-called apprenticeship.\n\nThe Independence Day celebrations will follow on '
         'Tuesday, when the Grand Gala will be staged at the National Stadium from 7pm. Jamaica gained '
         'independence on August 6, 1962.\n\nThe Meteorological Service said a tropical wave would bring showers '
         'on Friday and Saturday. The Atlantic hurricane season, which runs from June 1 to November 30, has '
         'already produced Hurricane Beryl, which damaged more than 100 homes in Clarendon and St Elizabeth '
         'early last month.\n\nThe Bank of Jamaica will announce its policy rate decision on August 20. '
         'Inflation was 5.3 per cent in June, up from 4.2 per cent in May.\n\nSchools reopen for the Christmas '
         'term on September 2, the Ministry of Education said.'),
        [('Emancipation Day', '2024-08-01'),
         ('today', '2024-08-01'),
         ('9am', '2024-08-01T09:00'),
         ('August 1, 1834', '1834-08-01'),
         ('1838', '1838'),
         ('four years', 'P4Y'),
         ('Independence Day', '2024-08-06'),
         ('Tuesday', '2024-08-06'),
         ('7pm', '2024-08-06T19:00'),
         ('August 6, 1962', '1962-08-06'),
         ('Friday', '2024-08-02'),
         ('Saturday', '2024-08-03'),
         ('June 1', '2024-06-01'),
         ('November 30', '2024-11-30'),
         ('early last month', '2024-07'),
         ('August 20', '2024-08-20'),
         ('June', '2024-06'),
         ('May', '2024-05'),
         ('September 2', '2024-09-02')]),
    Article(
        'fiji_day', '2024-10-11',
        ('SUVA — Thousands of people gathered at Albert Park yesterday for the Fiji Day celebrations, marking '
         '54 years since the country gained independence from Britain on October 10, 1970.\n\nPrime Minister '
         'Sitiveni Rabuka, in his address at 10am, said the Government would review the 1970 '
         'constitution-making process and report to Parliament next year.\n\nThe celebrations opened on Monday '
         'with a church service and ended with fireworks at 8pm last night. The Fiji Day public holiday fell '
         'on a Thursday this year, and many workers took today off for a four-day weekend.\n\nMeanwhile, the '
         'Ministry of Employment said Diwali would be a public holiday on Friday, 1st November. Sale of '
         'firecrackers will be allowed from 25/10/2024 to 02/11/2024.\n\nParliament will sit next week from '
         'Monday to Friday to debate the 2024-2025 National Budget supplementary estimates. The Reserve Bank '
         'of Fiji kept its Overnight Policy Rate at 0.25 per cent at its meeting on September 26.\n\nThe Fiji '
         'Meteorological Service said the tropical cyclone season would run from November to April, with two '
         'to four cyclones expected to affect the country.'),
        [('yesterday', '2024-10-10'),
         ('Fiji Day', '2024-10-10'),
         ('54 years', 'P54Y'),
         ('October 10, 1970', '1970-10-10'),
         ('10am', '2024-10-10T10:00'),
         ('1970', '1970'),
         ('next year', '2025'),
         ('Monday', '2024-10-07'),
         ('8pm', '2024-10-10T20:00'),
         ('last night', '2024-10-10TNI'),
         ('Fiji Day', '2024-10-10'),
         ('Thursday', '2024-10-10'),
         ('this year', '2024'),
         ('today', '2024-10-11'),
         ('four-day', 'P4D'),
         ('Friday, 1st November', '2024-11-01'),
         ('25/10/2024', '2024-10-25'),
         ('02/11/2024', '2024-11-02'),
         ('next week', '2024-W42'),
         ('Monday', '2024-10-14'),
         ('Friday', '2024-10-18'),
         ('2024-2025', '2024'),
         ('September 26', '2024-09-26'),
         ('November', '2024-11'),
         ('April', '2025-04')],
        [Gap('', 'Diwali', '2024-11-01',
             'Diwali has no day table (Fiji kept 1 November 2024, most of India 31 October): only '
             'its year is given, even with the day told right after it')]),
    Article(
        'abc_anzac', '2024-04-25',
        ('Tens of thousands of people gathered at dawn services across Australia this morning to mark Anzac '
         'Day, 109 years after Australian and New Zealand troops landed at Gallipoli on April 25, 1915.\n\nThe '
         "Australian War Memorial's service in Canberra began at 5.30am AEST, with Governor-General David "
         'Hurley laying a wreath. The national ceremony will follow at 10.15am.\n\nIn Sydney, the march through '
         'the CBD started at 9am. Police said it would close George Street until 3pm.\n\nThe Prime Minister, '
         'Anthony Albanese, travelled to France on Tuesday and attended a service at Villers-Bretonneux this '
         'afternoon (local time).\n\nMeanwhile, the Reserve Bank will meet on May 6 and 7 after inflation came '
         'in higher than expected in the March quarter. Treasurer Jim Chalmers will hand down the federal '
         "budget on May 14, ahead of the new financial year, which begins on July 1.\n\nThe King's Birthday long "
         "weekend in June is the next public holiday in most states. In Western Australia, the King's Birthday "
         'will be marked in September.'),
        [('dawn', '2024-04-25TMO'),
         ('this morning', '2024-04-25TMO'),
         ('Anzac Day', '2024-04-25'),
         ('109 years', 'P109Y'),
         ('April 25, 1915', '1915-04-25'),
         ('5.30am AEST', '2024-04-25T05:30'),
         ('10.15am', '2024-04-25T10:15'),
         ('9am', '2024-04-25T09:00'),
         ('3pm', '2024-04-25T15:00'),
         ('Tuesday', '2024-04-23'),
         ('this afternoon', '2024-04-25TAF'),
         ('May 6', '2024-05-06'),
         ('7', '2024-05-07'),
         ('the March quarter', '2024-Q1'),
         ('May 14', '2024-05-14'),
         ('July 1', '2024-07-01'),
         ("The King's Birthday long weekend", '2024-W23-WE'),
         ('June', '2024-06'),
         ('September', '2024-09')],
        [Gap('Australia, the ', "King's Birthday", '2024-09-23',
             "Western Australia keeps the King's Birthday in late September, set by proclamation "
             "each year; a state is not told from its country (the second Monday of June)")]),
    Article(
        'rnz_kings_birthday', '2024-06-03',
        ("Roads were busy across New Zealand as holidaymakers headed home at the end of the King's Birthday "
         'weekend, with traffic queues stretching for kilometres on State Highway 1 north of Auckland this '
         'afternoon.\n\nNZTA said more than 20,000 vehicles had passed through the Brynderwyn Hills detour since '
         "Friday. A crash at 11.45am today near Te Hana closed one lane for two hours.\n\nThe King's Birthday "
         'honours list was published on Monday, with 183 New Zealanders recognised.\n\nMetService said a cold '
         'southerly would bring snow to 400 metres in Canterbury on Wednesday night. Temperatures are expected '
         'to drop to minus 4 degrees on Thursday morning.\n\nThe next public holiday is Matariki, on Friday, '
         'June 28. This year is the third time the Māori new year has been marked with a public holiday.\n\nThe '
         'Reserve Bank will announce the Official Cash Rate on July 10 at 2pm NZST. It has held the OCR at 5.5 '
         "per cent since May last year. The Government's first Budget was delivered on May 30."),
        [("the King's Birthday weekend", '2024-W22-WE'),
         ('this afternoon', '2024-06-03TAF'),
         ('Friday', '2024-05-31'),
         ('11.45am today', '2024-06-03T11:45'),
         ('two hours', 'PT2H'),
         ('Monday', '2024-06-03'),
         ('Wednesday night', '2024-06-05TNI'),
         ('Thursday morning', '2024-06-06TMO'),
         ('Matariki', '2024-06-28'),
         ('Friday, June 28', '2024-06-28'),
         ('This year', '2024'),
         ('July 10 at 2pm NZST', '2024-07-10T14:00'),
         ('May last year', '2023-05'),
         ('May 30', '2024-05-30')]),
    Article(
        'stuff_waitangi', '2024-02-07',
        ('Prime Minister Christopher Luxon was booed as he spoke at the Treaty Grounds on Waitangi Day '
         "yesterday, after a week of protests against the Government's plans for the Treaty Principles "
         'Bill.\n\nThousands of people had marched onto the grounds at dawn on Monday. The pōwhiri for '
         'politicians was held at upper Treaty Grounds on Monday morning.\n\nLuxon said the Government would not '
         'support the bill beyond its first reading, which is expected before the end of the year. ACT leader '
         'David Seymour said the bill would be introduced in November.\n\nThe national Hui for Unity held in '
         'Ngāruawāhia on January 20 drew about 10,000 people.\n\nWaitangi Day fell on a Tuesday this year, so '
         'there was no Mondayisation.\n\nLabour Day will be on October 28, the last public holiday before '
         "Christmas Day and Boxing Day.\n\nParliament resumes on Tuesday, February 13, with the Prime Minister's "
         'statement. The House sits for 12 weeks before the Budget on May 30.'),
        [('Waitangi Day', '2024-02-06'),
         ('yesterday', '2024-02-06'),
         ('a week', 'P1W'),
         ('dawn', '2024-02-05TMO'),
         ('Monday', '2024-02-05'),
         ('Monday morning', '2024-02-05TMO'),
         ('the end of the year', '2024'),
         ('November', '2024-11'),
         ('January 20', '2024-01-20'),
         ('Waitangi Day', '2024-02-06'),
         ('Tuesday', '2024-02-06'),
         ('this year', '2024'),
         ('Labour Day', '2024-10-28'),
         ('October 28', '2024-10-28'),
         ('Christmas Day', '2024-12-25'),
         ('Boxing Day', '2024-12-26'),
         ('Tuesday, February 13', '2024-02-13'),
         ('12 weeks', 'P12W'),
         ('May 30', '2024-05-30')]),
]

SHORT: list[Case] = [
    ('The accused was arraigned before the court on Monday last.', '2024-03-14',
     [('Monday last', '2024-03-11')]),
    ('The tribunal will deliver its ruling on Sunday next, the chairman said.', '2024-03-14',
     [('Sunday next', '2024-03-17')]),
    ('The event will take place on Saturday coming at the Independence Square.', '2024-03-07',
     [('Saturday coming', '2024-03-09')]),
    ('Last week Thursday, the minister visited the site.', '2024-03-14',
     [('Last week Thursday', '2024-03-07')]),
    ('The governor will commission the road next week Monday.', '2024-03-14',
     [('next week Monday', '2024-03-18')]),
    ("Last Friday's attack left three people dead in Borno.", '2024-03-14',
     [('Last Friday', '2024-03-08')]),
    ('The council met on the 14th instant to consider the matter.', '2024-03-14',
     [('the 14th instant', '2024-03-14')]),
    ('Your letter of the 3rd instant has been received.', '2024-03-14',
     [('the 3rd instant', '2024-03-03')]),
    ('The meeting held on the 28th ultimo resolved to increase fees.', '2024-03-14',
     [('the 28th ultimo', '2024-02-28')]),
    ('Nominations close on the 5th proximo.', '2024-03-14',
     [('the 5th proximo', '2024-04-05')]),
    ('The strike has lasted a fortnight.', '2024-03-14',
     [('a fortnight', 'P2W')]),
    ('The fortnight-long festival ends on Sunday.', '2024-03-14',
     [('fortnight-long', 'P2W'), ('Sunday', '2024-03-17')]),
    ('The exams begin on 12th March, 2024 in all centres.', '2024-03-11',
     [('12th March, 2024', '2024-03-12')]),
    ('The notice was dated 12.03.2024.', '2024-03-14',
     [('12.03.2024', '2024-03-12')]),
    ('The exams began on 4th March, 2024 and results will be released on 12/04/2024.', '2024-03-14',
     [('4th March, 2024', '2024-03-04'), ('12/04/2024', '2024-04-12')]),
    ('The results were released on Monday, 11/03/2024.', '2024-03-14',
     [('Monday', '2024-03-11'), ('11/03/2024', '2024-03-11')]),
    ('Ramaphosa spoke ahead of the 29 May election.', '2024-04-20',
     [('29 May', '2024-05-29')]),
    ('The deadline is 5pm on Friday, 15th March.', '2024-03-14',
     [('5pm', '2024-03-15T17:00'), ('Friday, 15th March', '2024-03-15')]),
    ("The firm's profit rose in the 2023/24 financial year.", '2024-03-14',
     [('2023/24', '2023')]),
    ('Revenue in FY2024/25 is projected to grow.', '2024-03-14',
     [('FY2024/25', '2024')]),
    ('The 2024/2025 financial year begins on 1 April.', '2024-03-14',
     [('2024/2025', '2024'), ('1 April', '2024-04-01')]),
    ("This year's budget allocates N28.7 trillion to capital projects.", '2024-03-14',
     [('This year', '2024')]),
    ('The explosion happened at 2pm WAT on Tuesday.', '2024-03-14',
     [('2pm WAT on Tuesday', '2024-03-12T14:00')]),
    ('The meeting starts at 9am EAT.', '2024-03-14',
     [('9am EAT', '2024-03-14T09:00')]),
    ('Kick-off is at 3pm CAT.', '2024-03-14',
     [('3pm CAT', '2024-03-14T15:00')]),
    ('Load shedding will begin at 16:00 SAST.', '2024-03-14',
     [('16:00 SAST', '2024-03-14T16:00')]),
    ('The flight lands in Dubai at 10pm GST.', '2024-03-14',
     [('10pm GST', '2024-03-14T22:00')]),
    ('Polls close at 6pm AEDT on Saturday.', '2024-03-14',
     [('6pm AEDT on Saturday', '2024-03-16T18:00')]),
    ('The result was announced at 7.30pm ACDT.', '2024-03-14',
     [('7.30pm ACDT', '2024-03-14T19:30')]),
    ('The quake struck at 3.15am local time on Wednesday.', '2024-03-14',
     [('3.15am', '2024-03-13T03:15'), ('Wednesday', '2024-03-13')]),
    ('The fireworks ended at 8pm last night.', '2024-10-11',
     [('8pm', '2024-10-10T20:00'), ('last night', '2024-10-10TNI')]),
    ('The Reserve Bank of Fiji kept its Overnight Policy Rate at 0.25 per cent.', '2024-10-11',
     []),
    ("Ghana's Independence Day is a public holiday.", '2024-02-20',
     [('Independence Day', '2024-03-06')]),
    ('Nigeria will celebrate its Independence Day on Tuesday.', '2024-09-27',
     [('Independence Day', '2024-10-01'), ('Tuesday', '2024-10-01')]),
    ('Americans will celebrate Independence Day with fireworks.', '2024-06-20',
     [('Independence Day', '2024-07-04')]),
    ('KINGSTON, Jamaica — The Independence Day parade drew large crowds.', '2024-08-07',
     [('Independence Day', '2024-08-06')]),
    ('President Ruto spoke at the Jamhuri Day celebrations at Uhuru Gardens.', '2023-12-13',
     [('Jamhuri Day', '2023-12-12')]),
    ('Mashujaa Day celebrations will be held in Kericho.', '2024-10-15',
     [('Mashujaa Day', '2024-10-20')]),
    ('Freedom Day will be celebrated at the Union Buildings in Pretoria.', '2024-04-20',
     [('Freedom Day', '2024-04-27')]),
    ('Youth Day commemorates the 1976 Soweto uprising.', '2024-06-10',
     [('Youth Day', '2024-06-16'), ('1976', '1976')]),
    ('Democracy Day protests were held in Lagos and Abuja.', '2024-06-13',
     [('Democracy Day', '2024-06-12')]),
    ('Republic Day parade rehearsals have begun in New Delhi.', '2024-01-20',
     [('Republic Day', '2024-01-26')]),
    ('Ghana marks Republic Day with a holiday for senior citizens.', '2024-06-28',
     [('Republic Day', '2024-07-01')]),
    ('Human Rights Day commemorates the Sharpeville massacre.', '2024-03-19',
     [('Human Rights Day', '2024-03-21')]),
    ('Emancipation Day is celebrated on August 1 in Jamaica.', '2024-07-20',
     [('Emancipation Day', '2024-08-01'), ('August 1', '2024-08-01')]),
    ('The UAE will celebrate National Day with fireworks at the Burj Khalifa.', '2024-11-28',
     [('National Day', '2024-12-02')]),
    ('Saudi Arabia marked its National Day with air shows.', '2024-09-24',
     [('National Day', '2024-09-23')]),
    ('The National Day of Mourning was declared by the president.', '2024-03-14',
     []),
    ('The national day of prayer drew thousands.', '2024-03-14',
     []),
    ("The King's Birthday weekend in New Zealand brought heavy traffic.", '2024-06-04',
     [("The King's Birthday weekend", '2024-W22-WE')]),
    ("Australians get a day off for the King's Birthday in June.", '2024-05-20',
     [('a day', 'P1D'), ("King's Birthday", '2024-06-10'), ('June', '2024-06')]),
    ("The King's Birthday honours list was released on Monday.", '2024-06-04',
     [('Monday', '2024-06-03')]),
    ("Crowds gathered outside the palace for the King's birthday.", '2024-06-04',
     []),
    ('Labour Day falls on October 28 in New Zealand this year.', '2024-02-07',
     [('Labour Day', '2024-10-28'), ('October 28', '2024-10-28'), ('this year', '2024')]),
    ('Workers marched in Nairobi on Labour Day.', '2024-05-02',
     [('Labour Day', '2024-05-01')]),
    ("Workers' Day rallies were held in Durban.", '2024-05-02',
     [("Workers' Day", '2024-05-01')]),
    ('Waitangi Day commemorations at the treaty grounds went ahead peacefully.', '2024-02-07',
     [('Waitangi Day', '2024-02-06')]),
    ('Anzac Day services will be held at dawn.', '2024-04-20',
     [('Anzac Day', '2024-04-25'), ('dawn', '2024-04-25TMO')]),
    ('Australia Day is celebrated on January 26.', '2024-01-20',
     [('Australia Day', '2024-01-26'), ('January 26', '2024-01-26')]),
    ('Fiji Day celebrations were held at Albert Park.', '2024-10-11',
     [('Fiji Day', '2024-10-10')]),
    ('Africa Day was marked with cultural displays in Addis Ababa.', '2024-05-26',
     [('Africa Day', '2024-05-25')]),
    ('The Easter long weekend starts on Friday.', '2024-03-25',
     [('The Easter long weekend', '2024-W13-WE'), ('Friday', '2024-03-29')]),
    ('Schools reopen for the Christmas term on September 2.', '2024-08-01',
     [('September 2', '2024-09-02')]),
    ('In his last Independence Day address, the president thanked Ghanaians.', '2024-03-07',
     [('Independence Day', '2024-03-06')]),
    ('Muslims began fasting for Ramadan on Monday.', '2024-03-14',
     [('Ramadan', '2024-03-11'), ('Monday', '2024-03-11')]),
    ('Muslims will celebrate Eid-el-Kabir on Sunday.', '2024-06-13',
     [('Eid-el-Kabir', '2024-06-16'), ('Sunday', '2024-06-16')]),
    ("The Prophet's Birthday is a public holiday in Egypt.", '2024-09-10',
     [("Prophet's Birthday", '2024-09-15')]),
    ('Matariki is celebrated on June 28 this year.', '2024-02-07',
     [('Matariki', '2024-06-28'), ('June 28 this year', '2024-06-28')]),
    ('Bids must be submitted by Tue 02/04/2024 at noon.', '2024-03-14',
     [('Tue', '2024-04-02'), ('02/04/2024', '2024-04-02'), ('noon', '2024-04-02T12:00')]),
]

SHORT_GAPS: list[ShortGap] = [
    ('The Federal Government declared Monday a public holiday to mark Eid-el-Maulud.', '2024-09-13',
     [('Monday', '2024-09-16'), ('Eid-el-Maulud', '2024-09-15')],
     "the past 'declared' dates the weekday (last Monday); a day declared a holiday is the coming one"),
    ('Eid Al Fitr holidays will run from Ramadan 29 to Shawwal 3, the ministry said.', '2024-04-02',
     [('Eid Al Fitr', '2024-04-10'), ('Ramadan 29', '2024-04-08'), ('Shawwal 3', '2024-04-12')],
     "a day of an Islamic month ('Ramadan 29', 'Shawwal 3') is not read: 'Ramadan' alone is taken as the month"),
    ('Holi was celebrated across Fiji and Guyana on Monday.', '2024-03-27',
     [('Holi', '2024-03-25'), ('Monday', '2024-03-25')],
     'Holi (Hindu lunisolar calendar, regional rules) has no day table: only its year is given'),
    ('Vesak Day is a public holiday in Singapore.', '2024-05-10',
     [('Vesak Day', '2024-05-22')],
     "Vesak is set by each country's Buddhist council (Sri Lanka's can be a month from Singapore's): left out"),
    ("In Western Australia, the King's Birthday will be marked in September.", '2024-04-25',
     [("King's Birthday", '2024-09-23'), ('September', '2024-09')],
     "Western Australia keeps the King's Birthday in late September, set by proclamation each year; "
     "the state is not told from the country (the second Monday of June)"),
    ('In the first half of the 2023/24 financial year, revenue grew.', '2024-03-14',
     [('the first half of the 2023/24 financial year', '2023-H1')],
     "a half of a split financial year is not read: only '2023/24' is tagged"),
]


@pytest.mark.parametrize("article", ARTICLES, ids=[article.name for article in ARTICLES])
def test_africa_pacific_article(article: Article) -> None:
    assert outside_gaps(article) == article.expected


@pytest.mark.parametrize(("article", "gap"), article_gap_params(ARTICLES))
def test_africa_pacific_article_gap(article: Article, gap: Gap) -> None:
    assert inside_gap(article, gap) == wanted(gap)


@pytest.mark.parametrize(("text", "reference", "expected"), SHORT)
def test_africa_pacific_short(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(SHORT_GAPS))
def test_africa_pacific_short_gap(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_africa_pacific_stories_are_whole_and_unique() -> None:
    texts = [article.text for article in ARTICLES] + texts_of(SHORT, SHORT_GAPS)
    assert len(texts) == len(set(texts))
    assert len(ARTICLES) >= 16 and len(SHORT) + len(SHORT_GAPS) >= 70
    assert len({article.reference for article in ARTICLES}) == len(ARTICLES) - 1  # two stories of 3 June 2024
    for article in ARTICLES:
        assert 150 <= len(article.text.split()) <= 300, article.name
        for gap in article.gaps:
            assert (gap.before + gap.extent) in article.text, (article.name, gap.extent)
