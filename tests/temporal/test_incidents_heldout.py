"""Held-out style cases: incident reports (security advisories and breach disclosures, humanitarian
situation reports, disease surveillance bulletins), annotated by hand.

Written for this test, not copied from any corpus or report, at several publication dates (DCTs) on
different weekdays. Values follow TimeML 1.2 / TempEval-3 (TBAQ gold conventions); extents leave out
leading prepositions. Conventions of the register:

* Security copy: an intrusion "between 3 and 11 January 2024" is two dates, as "between 1 and 5 March" is
  in the OSINT register; an ISO stamp keeps its minute and zone ("2024-02-14T09:12:00Z" is
  2024-02-14T09:12Z); "Patch Tuesday" is the second Tuesday of the month (the latest one for a past
  fix, the coming one after "next" or in a future clause, that of the month named in "March's Patch
  Tuesday"), "every Patch Tuesday" recurs monthly (SET P1M, as "every second Tuesday" is); a notification
  deadline ("within 72 hours of becoming aware") and a dwell time are durations; CVE identifiers, version
  and build numbers ("4.2.1", "23H2"), ports ("port 2023"), IP addresses, hashes, KB and ATT&CK numbers
  and CVSS scores are no times; a clock time to the second keeps its seconds ("at 11:04:51 UTC"), a
  running time ("in 0:00:47") is none. "the evening of Aug. 23" tags the date alone, as TimeBank does.
* Situation reports: "as of 12 March" and "since 7 October" tag the date (the preposition left out); "the
  reporting period (5-11 March)" tags the days, a range named by its first day as elsewhere in the
  engine; a plan's year ("the 2024 Humanitarian Response Plan") is the year; "Flash Update #14",
  "Sitrep No. 7", "a Level 3 emergency", "Phase 5 (IPC)" and case counts are no times.
* Surveillance bulletins: an epidemiological or ISO week ("epi week 12", "epidemiological week 12 of
  2024", "EW 34", "ISO week 13", "2024-W12", "week 12 of 2024", and "week 12 (18-24 March)" with its
  seven days in brackets) is the ISO week, TimeML YYYY-Wnn; with no year it is the publication's ISO year,
  or the year before when the week is still ahead and the clause does not look ahead ("By EW 52", told
  in January); a sentence that opens with a year frames it ("In 2023, cases peaked in epi week 34"). A
  bare "week 12" is a trial's, a term's or a season's ("Week 12 of the NFL season") and is not tagged.
  "the past 14 days" and "a 21-day incubation period" are durations.

Each case asserts the engine's whole output; known gaps are strict xfails.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

Case = tuple[str, str, Expected]

THU_FEB_15 = "2024-02-15"   # a security advisory (ISO week 7)
TUE_APR_9 = "2024-04-09"    # Patch Tuesday itself (the second Tuesday of April 2024)
MON_SEP_4 = "2023-09-04"    # a breach disclosure
WED_MAR_13 = "2024-03-13"   # a situation report (ISO week 11)
MON_NOV_20 = "2023-11-20"   # a situation report (ISO week 47)
FRI_MAR_29 = "2024-03-29"   # a weekly surveillance bulletin (ISO week 13)
WED_JAN_8 = "2025-01-08"    # a surveillance bulletin early in the year (ISO week 2 of 2025)
FRI_JUL_19 = "2024-07-19"   # an outage report

CASES: list[Case] = [
    # ---- security advisories (a Thursday in February)
    ('The intrusion took place between 3 and 11 January 2024, the company said in its disclosure.', THU_FEB_15,
     [('3', '2024-01-03'), ('11 January 2024', '2024-01-11')]),
    ('Malicious activity was first observed on 2024-02-14T09:12:00Z.', THU_FEB_15,
     [('2024-02-14T09:12:00Z', '2024-02-14T09:12Z')]),
    ('The vulnerability was patched in version 4.2.1.', THU_FEB_15, []),
    ('CVE-2024-3094 affects versions 5.6.0 and 5.6.1 of the library.', THU_FEB_15, []),
    ('The attackers had a dwell time of 21 days before they were detected.', THU_FEB_15,
     [('21 days', 'P21D')]),
    ('Under the rules, firms must notify the regulator within 72 hours of becoming aware of a breach.', THU_FEB_15,
     [('72 hours', 'PT72H')]),
    ('The vendor released a fix on Tuesday and urged customers to update immediately.', THU_FEB_15,
     [('Tuesday', '2024-02-13')]),
    ("Exploitation attempts began within hours of the advisory's publication.", THU_FEB_15,
     [('hours', 'PTXH')]),
    ('The threat actor has been active since at least 2019.', THU_FEB_15, [('2019', '2019')]),
    ('The campaign ran from late November to mid-January.', THU_FEB_15,
     [('late November', '2023-11'), ('mid-January', '2024-01')]),
    ('Logs are retained for 90 days.', THU_FEB_15, [('90 days', 'P90D')]),
    ('The backdoor beaconed to its command server every 30 minutes.', THU_FEB_15,
     [('every 30 minutes', 'PT30M')]),
    ('The agency added the flaw to its catalogue on 13 February and gave federal agencies until March 5 to patch.',
     THU_FEB_15, [('13 February', '2024-02-13'), ('March 5', '2024-03-05')]),
    ('The ransomware group claimed the attack on its leak site on Monday.', THU_FEB_15,
     [('Monday', '2024-02-12')]),
    ('Stolen data included records created between 2015 and 2023.', THU_FEB_15,
     [('2015', '2015'), ('2023', '2023')]),
    ('The attackers connected over port 8443 from 203.0.113.45.', THU_FEB_15, []),
    ("The malicious file's SHA-256 hash begins 9f86d081884c7d65.", THU_FEB_15, []),
    ('The researchers disclosed the bug to the vendor 94 days ago.', THU_FEB_15,
     [('94 days ago', '2023-11-13')]),
    ('The vendor has 90 days to fix the flaw before details are published.', THU_FEB_15,
     [('90 days', 'P90D')]),
    ('The breach affected 2.3 million customers, the company said in an 8-K filing on Wednesday.', THU_FEB_15,
     [('Wednesday', '2024-02-14')]),
    ('The outage lasted about four hours on Wednesday morning.', THU_FEB_15,
     [('about four hours', 'PT4H'), ('Wednesday morning', '2024-02-14TMO')]),
    ('Services were restored at 14:20 UTC.', THU_FEB_15, [('14:20 UTC', '2024-02-15T14:20Z')]),
    # ---- Patch Tuesday and monthly updates (published on Patch Tuesday, 9 April 2024)
    ('Microsoft fixed 149 flaws on Patch Tuesday.', TUE_APR_9, [('Patch Tuesday', '2024-04-09')]),
    ("Microsoft's next Patch Tuesday falls on May 14.", TUE_APR_9,
     [('next Patch Tuesday', '2024-05-14'), ('May 14', '2024-05-14')]),
    ("The flaw was fixed in March's Patch Tuesday release.", TUE_APR_9,
     [("March's Patch Tuesday", '2024-03-12')]),
    ("Administrators who skipped last month's Patch Tuesday should update now.", TUE_APR_9,
     [("last month's Patch Tuesday", '2024-03-12'), ('now', 'PRESENT_REF')]),
    ('Microsoft ships its security fixes every Patch Tuesday.', TUE_APR_9,
     [('every Patch Tuesday', 'P1M')]),
    ('The fix is included in the April 2024 security update.', TUE_APR_9, [('April 2024', '2024-04')]),
    ('The March 2024 cumulative update introduced the regression.', TUE_APR_9, [('March 2024', '2024-03')]),
    ('Administrators should apply the update within 14 days.', TUE_APR_9, [('14 days', 'P14D')]),
    ('The zero-day was exploited in the wild for at least two months before it was fixed.', TUE_APR_9,
     [('at least two months', 'P2M')]),
    ('The bug, tracked as CVE-2024-26234, was reported last week.', TUE_APR_9, [('last week', '2024-W14')]),
    ('Support for the operating system ends on October 14, 2025.', TUE_APR_9,
     [('October 14, 2025', '2025-10-14')]),
    ('The company rotated all credentials in the 48 hours after the incident.', TUE_APR_9,
     [('the 48 hours', 'PT48H')]),
    ('Version 10.0.19045.4291 contains the fix.', TUE_APR_9, []),
    ('The scanner probes TCP port 3389 every 15 minutes.', TUE_APR_9, [('every 15 minutes', 'PT15M')]),
    ('The backdoor listened on port 2023.', TUE_APR_9, []),
    ('The fix is in build 22631.3447 of Windows 11 23H2.', TUE_APR_9, []),
    ('The patch is distributed as KB5036893.', TUE_APR_9, []),
    ('The bug has a CVSS score of 9.8.', TUE_APR_9, []),
    ('The technique is tracked as T1059 in the ATT&CK framework.', TUE_APR_9, []),
    ('The exploit code was published on GitHub on 2024-04-01.', TUE_APR_9, [('2024-04-01', '2024-04-01')]),
    ('Logs show requests between 00:00 and 04:00 UTC on 3 April.', TUE_APR_9,
     [('00:00', '2024-04-03T00:00'), ('04:00 UTC', '2024-04-03T04:00Z'), ('3 April', '2024-04-03')]),
    ('Attackers scanned 1.2 million IP addresses in 24 hours.', TUE_APR_9, [('24 hours', 'PT24H')]),
    ('The implant was compiled at 11:04:51 UTC.', TUE_APR_9, [('11:04:51 UTC', '2024-04-09T11:04:51Z')]),
    ('The firmware image was built on 2024-03-28 at 11:04:51.', TUE_APR_9,
     [('2024-03-28', '2024-03-28'), ('11:04:51', '2024-03-28T11:04:51')]),
    ('The exploit chain ran in 0:00:47 on a test machine.', TUE_APR_9, []),
    # ---- a breach disclosure (a Monday in September)
    ('Hackers had access to the network from May 27 until June 12.', MON_SEP_4,
     [('May 27', '2023-05-27'), ('June 12', '2023-06-12')]),
    ('The attackers were inside the network from July 3 until July 19.', MON_SEP_4,
     [('July 3', '2023-07-03'), ('July 19', '2023-07-19')]),
    ('The company first detected suspicious activity on the evening of Aug. 23.', MON_SEP_4,
     [('Aug. 23', '2023-08-23')]),  # TimeBank's extent: 'the evening of' stays outside the date
    ('The notification letters were mailed on Friday, more than two months after the breach was discovered.',
     MON_SEP_4, [('Friday', '2023-09-01'), ('more than two months', 'P2M')]),
    ('Affected customers will receive 24 months of free credit monitoring.', MON_SEP_4, [('24 months', 'P24M')]),
    ('The breach was disclosed in a filing with the Maine attorney general last week.', MON_SEP_4,
     [('last week', '2023-W35')]),
    ('The company said it learned of the incident on or about July 30, 2023.', MON_SEP_4,
     [('July 30, 2023', '2023-07-30')]),
    ('The attack was contained within 48 hours.', MON_SEP_4, [('48 hours', 'PT48H')]),
    ('The firm paid a ransom of $4.4 million in bitcoin.', MON_SEP_4, []),
    ('A forensic investigation concluded in late August.', MON_SEP_4, [('late August', '2023-08')]),
    ('The stolen database held records from 1998 onwards.', MON_SEP_4, [('1998', '1998')]),
    # ---- a situation report (a Wednesday in March)
    ('As of 12 March, 1.7 million people were internally displaced.', WED_MAR_13, [('12 March', '2024-03-12')]),
    ('In the reporting period (5-11 March), 23 attacks on health care were recorded.', WED_MAR_13,
     [('5-11 March', '2024-03-05')]),
    ('Since 7 October, more than 30,000 people have been killed, according to the ministry.', WED_MAR_13,
     [('7 October', '2023-10-07')]),
    ('Flash Update #14 covers developments since the last update.', WED_MAR_13, []),
    ('OCHA Flash Update #14, 13 March 2024', WED_MAR_13, [('13 March 2024', '2024-03-13')]),
    ('The 2024 Humanitarian Response Plan seeks $2.8 billion to reach 3.1 million people.', WED_MAR_13,
     [('2024', '2024')]),
    ('The Humanitarian Needs and Response Plan 2024 was launched in January.', WED_MAR_13,
     [('2024', '2024'), ('January', '2024-01')]),
    ('The next situation report will be issued on 20 March.', WED_MAR_13, [('20 March', '2024-03-20')]),
    ('Only 9 of 36 hospitals remain partially functional.', WED_MAR_13, []),
    ('The border crossing was closed for five consecutive days.', WED_MAR_13,
     [('five consecutive days', 'P5D')]),
    ('A Level 3 emergency was declared by the agency.', WED_MAR_13, []),
    ('Parts of the territory are in Phase 5 (IPC), the highest level.', WED_MAR_13, []),
    ('The ceasefire lasted seven days, from 24 November to 1 December.', WED_MAR_13,
     [('seven days', 'P7D'), ('24 November', '2023-11-24'), ('1 December', '2023-12-01')]),
    ('The appeal is 4 percent funded as of today.', WED_MAR_13, [('today', '2024-03-13')]),
    ('The last fuel delivery arrived on 2 March.', WED_MAR_13, [('2 March', '2024-03-02')]),
    ('Between 1 January and 10 March, 412 schools were damaged.', WED_MAR_13,
     [('1 January', '2024-01-01'), ('10 March', '2024-03-10')]),
    ('The situation report covers the period from 4 to 10 March 2024.', WED_MAR_13,
     [('4 to 10 March 2024', '2024-03-04')]),
    ('This report is produced by OCHA in collaboration with humanitarian partners.', WED_MAR_13, []),
    ('About 576,000 people are one step away from famine.', WED_MAR_13, []),
    ('Water supply is limited to two hours a day.', WED_MAR_13, [('two hours', 'PT2H')]),
    ('As of 10 March 2024 (18:00 local time), 31 trucks had crossed.', WED_MAR_13,
     [('10 March 2024', '2024-03-10'), ('18:00', '2024-03-10T18:00')]),
    ('Figures cover the period 1 January to 29 February.', WED_MAR_13,
     [('1 January', '2024-01-01'), ('29 February', '2024-02-29')]),
    ('The IPC projection period runs from mid-March to mid-July 2024.', WED_MAR_13,
     [('mid-March', '2024-03'), ('mid-July 2024', '2024-07')]),
    ('About 1.1 million people face catastrophic food insecurity between March and July.', WED_MAR_13,
     [('March', '2024-03'), ('July', '2024-07')]),
    # ---- a situation report (a Monday in November)
    ('Fighting has displaced 5.6 million people since April.', MON_NOV_20, [('April', '2023-04')]),
    ('The cholera outbreak, declared on 15 September, has spread to six states.', MON_NOV_20,
     [('15 September', '2023-09-15')]),
    ('Humanitarian partners reached 2.1 million people in October.', MON_NOV_20, [('October', '2023-10')]),
    ('Another 1,200 refugees crossed into Chad over the weekend.', MON_NOV_20, [('the weekend', '2023-W46-WE')]),
    ('The Flash Appeal covers the period October to December 2023.', MON_NOV_20,
     [('October', '2023-10'), ('December 2023', '2023-12')]),
    ('The next distribution round is planned for the first week of December.', MON_NOV_20,
     [('the first week of December', '2023-W49')]),
    ('The airport has been closed since 15 April.', MON_NOV_20, [('15 April', '2023-04-15')]),
    ('Access to the camp was suspended for three weeks in October.', MON_NOV_20,
     [('three weeks', 'P3W'), ('October', '2023-10')]),
    ('The Emergency Relief Coordinator allocated $20 million from the CERF on Friday.', MON_NOV_20,
     [('Friday', '2023-11-17')]),
    ('Sitrep No. 7 was released earlier this month.', MON_NOV_20, [('earlier this month', '2023-11')]),
    # ---- a weekly surveillance bulletin (a Friday in ISO week 13 of 2024)
    ('Epidemiological week 12 of 2024 saw 1,340 suspected cases.', FRI_MAR_29,
     [('Epidemiological week 12 of 2024', '2024-W12')]),
    ('In week 12 (18-24 March), 412 suspected cases and 9 deaths were reported.', FRI_MAR_29,
     [('week 12', '2024-W12'), ('18-24 March', '2024-03-18')]),
    ('Cases rose for the third consecutive week in epi week 12.', FRI_MAR_29, [('epi week 12', '2024-W12')]),
    ('Data for 2024-W12 are provisional and may change.', FRI_MAR_29, [('2024-W12', '2024-W12')]),
    ('Reported cases over the past 14 days rose 20 percent.', FRI_MAR_29, [('the past 14 days', 'P14D')]),
    ('The virus has a 21-day incubation period.', FRI_MAR_29, [('21-day', 'P21D')]),
    ('Contacts are followed up for 21 days after their last exposure.', FRI_MAR_29, [('21 days', 'P21D')]),
    ('The case fatality rate is 2.1 percent.', FRI_MAR_29, []),
    ('The outbreak was declared over 42 days after the last case tested negative.', FRI_MAR_29,
     [('42 days', 'P42D')]),
    ('Since the start of the year, 8,912 cases have been reported.', FRI_MAR_29,
     [('the start of the year', '2024')]),
    ('Surveillance data are updated every Thursday.', FRI_MAR_29, [('every Thursday', 'XXXX-WXX-4')]),
    ('A total of 214 cases were reported in EW 11, compared with 189 in EW 10.', FRI_MAR_29,
     [('EW 11', '2024-W11'), ('EW 10', '2024-W10')]),
    ('Cases in ISO week 13 will be published next Friday.', FRI_MAR_29,
     [('ISO week 13', '2024-W13'), ('next Friday', '2024-04-05')]),
    ('The first case had symptom onset on 2 February.', FRI_MAR_29, [('2 February', '2024-02-02')]),
    ('Three of the 12 samples were positive.', FRI_MAR_29, []),
    ('The rate is 4.7 cases per 100,000 population.', FRI_MAR_29, []),
    ('Sentinel sites reported 37 samples in the week ending 24 March.', FRI_MAR_29,
     [('the week', 'P1W'), ('24 March', '2024-03-24')]),
    ('Influenza activity has been elevated for seven weeks.', FRI_MAR_29, [('seven weeks', 'P7W')]),
    ('In 2023, cases peaked in epi week 34.', FRI_MAR_29, [('2023', '2023'), ('epi week 34', '2023-W34')]),
    ('Cases peaked in week 10 of 2024.', FRI_MAR_29, [('week 10 of 2024', '2024-W10')]),
    ('Between epi week 1 and epi week 12 of 2024, 3,410 cases were notified.', FRI_MAR_29,
     [('epi week 1', '2024-W01'), ('epi week 12 of 2024', '2024-W12')]),
    ('Since epi week 1, cases have risen steadily.', FRI_MAR_29, [('epi week 1', '2024-W01')]),
    ('The count for EW 52 of 2023 was revised upward.', FRI_MAR_29, [('EW 52 of 2023', '2023-W52')]),
    ('Over the previous 28 days, 19 deaths were recorded.', FRI_MAR_29, [('the previous 28 days', 'P28D')]),
    ('Case numbers in the last 7 days were the lowest this year.', FRI_MAR_29,
     [('the last 7 days', 'P7D'), ('this year', '2024')]),
    ('The outbreak can be declared over after two incubation periods (42 days) without a new case.', FRI_MAR_29,
     [('42 days', 'P42D')]),
    ('Cases rose in epi week 40, the bulletin said.', FRI_MAR_29, [('epi week 40', '2023-W40')]),
    # ---- a surveillance bulletin early in the year (a Wednesday in January)
    ("By EW 52, the season's cumulative count had passed 12,000.", WED_JAN_8, [('EW 52', '2024-W52')]),
    ('Activity in epidemiological week 1 of 2025 was below the seasonal threshold.', WED_JAN_8,
     [('epidemiological week 1 of 2025', '2025-W01')]),
    ('Data for week 52 (23-29 December 2024) are incomplete.', WED_JAN_8,
     [('week 52', '2024-W52'), ('23-29 December 2024', '2024-12-23')]),
    ('Reports received since 1 January are provisional.', WED_JAN_8, [('1 January', '2025-01-01')]),
    ('The season runs from week 40 to week 20.', WED_JAN_8, []),
    ('The ISO week 2 bulletin will be published on Friday.', WED_JAN_8,
     [('ISO week 2', '2025-W02'), ('Friday', '2025-01-10')]),
    ('Hospital admissions rose 12 percent in the week to 5 January.', WED_JAN_8,
     [('the week', 'P1W'), ('5 January', '2025-01-05')]),
    ('Vaccination coverage reached 48 percent by 31 December.', WED_JAN_8, [('31 December', '2024-12-31')]),
    ('ew 12 more phishing emails in my inbox', WED_JAN_8, []),
    # ---- numbered weeks that are no calendar weeks; an outage (a Friday in July)
    ('The Chiefs play the Bills in Week 12 of the NFL season.', FRI_JUL_19, []),
    ('Patients were reviewed at week 12 of treatment.', FRI_JUL_19, []),
    ('In week 3 (18-24 March) of the course, students sit a quiz.', FRI_JUL_19, [('18-24 March', '2024-03-18')]),
    ('The update, numbered 2024.07.1, was pulled after 79 minutes.', FRI_JUL_19, [('79 minutes', 'PT79M')]),
    ('A faulty content update pushed at 04:09 UTC on Friday crashed 8.5 million Windows machines.', FRI_JUL_19,
     [('04:09 UTC on Friday', '2024-07-19T04:09Z')]),
    ("Recovery could take weeks, the company's chief executive said.", FRI_JUL_19, [('weeks', 'PXW')]),
    # months in a generic statement are any year's (a gap until session 15's 2013 wire copy)
    ('The rainy season usually lasts from June to September.', MON_NOV_20,
     [('June', 'XXXX-06'), ('September', 'XXXX-09')]),
]

GAPS: list[Gap] = [
    ('A log line read: 03/Apr/2024:02:14:09 +0000 GET /admin.', TUE_APR_9,
     [('03/Apr/2024:02:14:09 +0000', '2024-04-03T02:14:09Z')],
     "a web-server log stamp (day/Mon/year:hh:mm:ss and an offset) is not read at all"),
    ('In the week to 24 March (week 12), 412 cases were notified.', FRI_MAR_29,
     [('the week', 'P1W'), ('24 March', '2024-03-24'), ('week 12', '2024-W12')],
     "a bare 'week 12' is an ISO week only with 'epi'/'ISO'/'EW' before it, a year after it ('of 2024') "
     "or its seven days in brackets after it, not in brackets after a dated week"),
    ('Traffic on ports 2021 and 2022 was blocked.', TUE_APR_9,
     [],
     "after 'ports' the first number is a port, but the second of 'N and M' is read as a year (2022)"),
    ('Cases reported in week 1 (30 December-5 January) were fewer than expected.', WED_JAN_8,
     [('week 1', '2025-W01'), ('30 December', '2024-12-30')],
     "a range across the new year in brackets ('30 December-5 January') reads its end as the month "
     "'January' alone (2025-01) instead of leaving it out, as a range is named by its first day"),
    ('The bulletin covers epi weeks 1 to 12 of 2024.', FRI_MAR_29,
     [('epi weeks 1', '2024-W01'), ('12 of 2024', '2024-W12')],
     "a range of weeks with one 'weeks' before both numbers ('epi weeks 1 to 12 of 2024') is not read"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_incident_reports(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_incident_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_the_texts_are_distinct() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts)) >= 100
