"""Held-out style cases: transport and travel news (airline and rail disruption, timetables, roadworks
and big projects, ports and ferries, holiday getaway traffic, travel advice, fares), written for this
test (not copied from any corpus).

Travel desks write clock times bare and British papers write them with a dot ("the train arrived at
10.30", "due at 10.30"): after a verb of departing, arriving or being due, a dotted number is a time
(a price "closed at 10.30"). Lengths of delay are durations ("delayed by three hours", "an hour-long
delay", "a 72-hour strike"), and a length just before "earlier this year" is one too: "closed for 33
hours earlier this year" is 33 hours plus the date "earlier this year", not a time 33 hours back.
"an hour and a half later" is told from the clock time before, as "two and a half hours later" is.
Timetables give sets ("every 15 minutes", "hourly", "on Sundays"). Flight and train numbers, aircraft
("the A380", "Boeing 737"), roads ("the M25", "Route 66"), platforms, terminals, gates, seat rows,
speeds and "24/7" are no times; a train named by its departure ("the 7.15 from Paddington") is a name
and is left untagged. Several stories are stamped with a time of day ("2019-12-20T16:30"): a bare
clock time in a past clause after the stamp is the day before's, one in a future clause before it the
next day's. Values follow TimeML 1.2 / TempEval-3; extents leave out leading prepositions; each case
asserts the engine's whole output.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

FRI_1630 = "2019-12-20T16:30"  # the Friday of the Christmas getaway, an afternoon update
MON = "2020-01-06"
THU = "2019-11-28"  # Thanksgiving Day
WED = "2021-07-14"
SAT_0900 = "2018-08-04T09:00"  # a Saturday morning in the summer holidays

CASES: list[tuple[str, str, Expected]] = [
    # ---- disruption
    ("Passengers were delayed by three hours after a signal failure at Clapham Junction.", FRI_1630,
     [("three hours", "PT3H")]),
    ("Flights were grounded for most of Tuesday as fog blanketed the airport.", FRI_1630,
     [("Tuesday", "2019-12-17")]),
    ("Services will resume at 5am tomorrow, the operator said.", FRI_1630, [("5am tomorrow", "2019-12-21T05:00")]),
    ("The line is closed until 2 January for engineering works.", FRI_1630, [("2 January", "2020-01-02")]),
    ("Cancellations are expected through the weekend.", FRI_1630, [("the weekend", "2019-W51-WE")]),
    ("Travellers faced the worst delays since 2010.", FRI_1630, [("2010", "2010")]),
    # the article is the delay's, as in "a 72-hour strike" (session 15: "a week-long festival")
    ("Passengers endured an hour-long delay on the tarmac.", FRI_1630, [("hour-long", "PT1H")]),
    ("Unions announced a 72-hour strike starting on Monday.", FRI_1630,
     [("72-hour", "PT72H"), ("Monday", "2019-12-16")]),
    ("Rail services were suspended for several hours on Thursday night.", FRI_1630,
     [("several hours", "PTXH"), ("Thursday night", "2019-12-19TNI")]),
    ("The flight was diverted to Shannon at 11:20 and landed 40 minutes later.", FRI_1630,
     [("11:20", "2019-12-20T11:20"), ("40 minutes later", "2019-12-20T12:00")]),
    ("Heathrow said 1,200 flights would be cancelled over the next two days.", FRI_1630,
     [("the next two days", "P2D")]),
    ("The strike will run from midnight on Sunday until 11.59pm on 3 January.", FRI_1630,
     [("midnight on Sunday", "2019-12-22T24:00"), ("11.59pm", "2020-01-03T23:59"), ("3 January", "2020-01-03")]),
    ("The motorway reopened at 2.30pm, nearly six hours after the crash.", FRI_1630,
     [("2.30pm", "2019-12-20T14:30"), ("nearly six hours", "PT6H")]),
    ("Passengers were stuck on the train for more than four hours last night.", FRI_1630,
     [("more than four hours", "PT4H"), ("last night", "2019-12-19TNI")]),
    # a length before "earlier this year" is a duration; "earlier this year" is the date
    ("The airport was closed for 33 hours earlier this year after drone sightings.", FRI_1630,
     [("33 hours", "PT33H"), ("earlier this year", "2019")]),
    ("The line was shut for two days earlier this month after a landslip.", FRI_1630,
     [("two days", "P2D"), ("earlier this month", "2019-12")]),
    ("Gatwick's runway was closed for 40 minutes earlier today.", FRI_1630,
     [("40 minutes", "PT40M"), ("earlier today", "2019-12-20")]),
    ("Three weeks earlier, the airline had warned of losses.", FRI_1630, [("Three weeks earlier", "2019-W48")]),
    ("Flights were suspended at 6.15am and resumed shortly before noon.", FRI_1630,
     [("6.15am", "2019-12-20T06:15"), ("noon", "2019-12-20T12:00")]),
    # against the 16:30 stamp: a past 7pm is yesterday's, a future 6am tomorrow's
    ("The airport reopened at 7pm after a drone sighting.", FRI_1630, [("7pm", "2019-12-19T19:00")]),
    ("Services will resume at 6am, the operator said.", FRI_1630, [("6am", "2019-12-21T06:00")]),
    ("Gatwick's runway was closed for almost an hour this afternoon.", FRI_1630,
     [("almost an hour", "PT1H"), ("this afternoon", "2019-12-20TAF")]),
    ("Flights resumed Thursday morning after a ground stop lasting 90 minutes.", THU,
     [("Thursday morning", "2019-11-28TMO"), ("90 minutes", "PT90M")]),
    ("Lorries queued for up to 12 hours last month.", WED, [("up to 12 hours", "PT12H"), ("last month", "2021-06")]),
    ("Motorists were stuck for up to eight hours on the A303 on Saturday night.", MON,
     [("up to eight hours", "PT8H"), ("Saturday night", "2020-01-04TNI")]),
    # ---- timetables
    ("The service departs 07:45 and arrives 10:10.", FRI_1630,
     [("07:45", "2019-12-20T07:45"), ("10:10", "2019-12-20T10:10")]),
    ("Trains will run every 15 minutes during the day.", FRI_1630, [("every 15 minutes", "PT15M")]),
    ("The airline will operate hourly services to Dublin.", FRI_1630, [("hourly", "PT1H")]),
    ("The Night Tube provides a 24-hour service on Fridays and Saturdays.", FRI_1630,
     [("24-hour", "PT24H"), ("Fridays", "XXXX-WXX-5"), ("Saturdays", "XXXX-WXX-6")]),
    ("The last train at 23:40 will be withdrawn.", FRI_1630, [("23:40", "2019-12-20T23:40")]),
    ("Trains will not run on Sundays and bank holidays.", FRI_1630, [("Sundays", "XXXX-WXX-7")]),
    ("The timetable change on 15 December added 1,000 services.", FRI_1630, [("15 December", "2019-12-15")]),
    ("The new fares apply from May 2020.", FRI_1630, [("May 2020", "2020-05")]),
    ("Eurostar trains will run to a reduced timetable on December 27 and 28.", FRI_1630,
     [("December 27", "2019-12-27"), ("28", "2019-12-28")]),
    ("Buses run every half hour until midnight.", WED, [("every half hour", "PT30M"), ("midnight", "2021-07-14T24:00")]),
    ("Flights depart twice a week, on Tuesdays and Saturdays.", WED,
     [("twice a week", "P1W"), ("Tuesdays", "XXXX-WXX-2"), ("Saturdays", "XXXX-WXX-6")]),
    ("Flights to the island run on Mondays, Wednesdays and Fridays during July and August.", SAT_0900,
     [("Mondays", "XXXX-WXX-1"), ("Wednesdays", "XXXX-WXX-3"), ("Fridays", "XXXX-WXX-5"), ("July", "2018-07"),
      ("August", "2018-08")]),
    ("The line will be closed every weekend in February.", MON, [("every weekend", "P1WE"), ("February", "2020-02")]),
    ("The timetable from 12 December cuts weekend services.", WED, [("12 December", "2021-12-12")]),
    # a dotted clock time after a verb of departing, arriving or being due
    ("The train arrived at 10.30.", FRI_1630, [("10.30", "2019-12-20T10:30")]),
    ("The ferry sails at 11.15 and docks at 19.45.", FRI_1630,
     [("11.15", "2019-12-20T11:15"), ("19.45", "2019-12-20T19:45")]),
    ("The jet took off at 6.40 and landed at 9.05 in Rome.", FRI_1630,
     [("6.40", "2019-12-20T06:40"), ("9.05", "2019-12-20T09:05")]),
    ("The flight from Palma, due at 10.30, finally landed at 3pm.", MON,
     [("10.30", "2020-01-06T10:30"), ("3pm", "2020-01-06T15:00")]),
    # a train named by its departure time is a name
    ("Commuters packed onto the 7.15 from Paddington.", FRI_1630, []),
    # "an hour and a half later" counts from the clock time before
    ("The ferry left Dover at 7am and arrived in Calais an hour and a half later.", SAT_0900,
     [("7am", "2018-08-04T07:00"), ("an hour and a half later", "2018-08-04T08:30")]),
    ("The ferry sailed at 9pm. An hour and a half later it ran aground.", FRI_1630,
     [("9pm", "2019-12-19T21:00"), ("An hour and a half later", "2019-12-19T22:30")]),
    ("The pilot declared an emergency an hour and a half before landing.", FRI_1630,
     [("an hour and a half", "PT1H30M")]),
    ("A passenger train derailed at 5.50am, about 40 minutes after leaving Aberdeen.", SAT_0900,
     [("5.50am", "2018-08-04T05:50"), ("about 40 minutes", "PT40M")]),
    ("The flight landed safely at 8.12am, two hours behind schedule.", SAT_0900,
     [("8.12am", "2018-08-04T08:12"), ("two hours", "PT2H")]),
    # ---- travel and traffic
    ("Today is expected to be the busiest day of the year at Heathrow.", FRI_1630, [("Today", "2019-12-20")]),
    ("The Christmas getaway starts in earnest this evening.", FRI_1630,
     [("Christmas", "2019-12-25"), ("this evening", "2019-12-20TEV")]),
    ("Motorists should avoid the roads on Friday afternoon.", FRI_1630, [("Friday afternoon", "2019-12-20TAF")]),
    ("Drivers are being warned that the busiest time will be between 4pm and 7pm today.", FRI_1630,
     [("4pm", "2019-12-20T16:00"), ("7pm today", "2019-12-20T19:00")]),
    ("Roughly 2.5 million cars are expected on the roads between Friday and Christmas Eve.", FRI_1630,
     [("Friday", "2019-12-20"), ("Christmas Eve", "2019-12-24")]),
    ("Rail engineering works over Christmas and New Year will close Paddington from 24 December to 1 January.",
     FRI_1630, [("Christmas", "2019-12-25"), ("New Year", "2020-01-01"), ("24 December", "2019-12-24"),
                ("1 January", "2020-01-01")]),
    ("Drivers were warned of delays of up to two hours on the M6 this weekend.", FRI_1630,
     [("up to two hours", "PT2H"), ("this weekend", "2019-W51-WE")]),
    ("Ryanair said bookings for the summer of 2020 were strong.", FRI_1630, [("the summer of 2020", "2020-SU")]),
    ("Air traffic was heavy over the Thanksgiving weekend.", MON, [("the Thanksgiving weekend", "2019-W48-WE")]),
    ("The Thanksgiving travel period runs from Tuesday through Monday.", THU,
     [("Thanksgiving", "2019-11-28"), ("Tuesday", "2019-11-26"), ("Monday", "2019-12-02")]),
    ("Flights out of Denver were delayed an average of 45 minutes Wednesday afternoon.", THU,
     [("45 minutes", "PT45M"), ("Wednesday afternoon", "2019-11-27TAF")]),
    ("The TSA screened a record 2.6 million passengers on Sunday, the busiest day in its history.", THU,
     [("Sunday", "2019-11-24")]),
    ("Travelers should arrive at least two hours before domestic flights.", THU, [("at least two hours", "PT2H")]),
    ("Drivers face journey times of up to 40 minutes.", WED, [("up to 40 minutes", "PT40M")]),
    ("The 12-hour flight was the airline's longest.", WED, [("12-hour", "PT12H")]),
    ("Amtrak's Acela makes the trip in about three hours.", THU, [("about three hours", "PT3H")]),
    ("Delays of up to 90 minutes were reported at the Eurotunnel terminal on Friday evening.", SAT_0900,
     [("up to 90 minutes", "PT90M"), ("Friday evening", "2018-08-03TEV")]),
    ("Queues at the port stretched back six miles earlier this morning.", SAT_0900,
     [("earlier this morning", "2018-08-04TMO")]),
    ("The ship will dock in Southampton on Monday after a 14-night cruise.", SAT_0900,
     [("Monday", "2018-08-06"), ("14-night", "P14D")]),
    ("She suffered jet lag for days.", FRI_1630, [("days", "PXD")]),
    # "lasting"/"lasts" take a bare length as "lasted" does
    ("She suffered jet lag lasting days.", WED, [("days", "PXD")]),
    ("The disruption, lasting hours, angered commuters at Waterloo.", WED, [("hours", "PTXH")]),
    ("Heathrow had its busiest December on record, handling 6.5 million passengers last month.", MON,
     [("December", "2019-12"), ("last month", "2019-12")]),
    # ---- travel advice
    ("Travellers arriving after 4am on Monday will need a negative test taken within three days of departure.", WED,
     [("4am on Monday", "2021-07-19T04:00"), ("three days", "P3D")]),
    ("The ban on non-essential travel was extended until 31 August.", WED, [("31 August", "2021-08-31")]),
    ("The Foreign Office updated its travel advice on Monday.", WED, [("Monday", "2021-07-12")]),
    ("The port has been congested for weeks.", WED, [("weeks", "PXW")]),
    # ---- roadworks and projects
    ("The bridge will close for 18 months from March.", MON, [("18 months", "P18M"), ("March", "2020-03")]),
    ("Work is due to finish in late 2021.", MON, [("late 2021", "2021")]),
    ("The new terminal opens next spring.", MON, [("next spring", "2020-SP")]),
    ("Phase two, due in 2024, will extend the line to Leeds.", MON, [("2024", "2024")]),
    ("The network will be electrified by the end of the decade.", MON, [("the end of the decade", "202")]),
    ("The ferry operator will suspend its Portsmouth-Bilbao route from 1 February until the end of March.", MON,
     [("1 February", "2020-02-01"), ("the end of March", "2020-03")]),
    ("The bridge has been closed since last Tuesday and will reopen in mid-December.", THU,
     [("last Tuesday", "2019-11-26"), ("mid-December", "2019-12")]),
    ("The project broke ground in 2016 and is due for completion by the end of next year.", THU,
     [("2016", "2016"), ("the end of next year", "2020")]),
    ("Officials expect the runway to reopen within 24 hours.", THU, [("24 hours", "PT24H")]),
    ("The airline said its new route to Lisbon will begin in spring 2020.", THU, [("spring 2020", "2020-SP")]),
    ("The subway's new line opened on Dec. 31, 2016, nearly a century after it was first proposed.", THU,
     [("Dec. 31, 2016", "2016-12-31"), ("nearly a century", "P100Y")]),
    ("Crossrail's central section, originally due in December 2018, is now expected in 2021.", MON,
     [("December 2018", "2018-12"), ("now", "PRESENT_REF"), ("2021", "2021")]),
    ("The port handled 10 million tonnes in 2017, up 4% on the previous year.", SAT_0900,
     [("2017", "2017"), ("the previous year", "2016")]),
    # ---- numbers that are no times
    ("Passengers on BA 2490 were stranded.", MON, []),
    ("The search for flight 370 resumed.", MON, []),
    ("The A380 and the Boeing 737 were both grounded.", MON, []),
    ("Traffic on the M25 was slow near junction 10.", MON, []),
    ("Drive along Route 66 at 70mph.", MON, []),
    ("The train leaves from Platform 9 at Terminal 5, gate 23.", MON, []),
    ("The new Class 800 trains reached 125mph.", MON, []),
    ("The helpline runs 24/7.", MON, []),
    ("A 1st class ticket costs more.", MON, []),
    ("He sat in row 23, seat 14C.", MON, []),
    ("The Boeing 737-800 was grounded alongside two Airbus A320neo jets.", MON, []),
    ("Seats in rows 1 to 12 cost £35 more.", MON, []),
    ("Shares closed at 10.30 on the day.", FRI_1630, []),
    ("EasyJet 2019 results were strong.", MON, [("2019", "2019")]),
    ("Passengers on flight BA2490 from Gatwick were held on the plane for 90 minutes.", MON, [("90 minutes", "PT90M")]),
]

GAPS: list[Gap] = [
    ("The works will take place over nine weekends between August and November.", SAT_0900,
     [("nine weekends", "P9WE"), ("August", "2018-08"), ("November", "2018-11")],
     "'over' before a count is read as 'more than' and kept in the extent; here it is a preposition"),
    ("The M62 will be closed overnight from 8pm on Monday to 6am on Tuesday.", SAT_0900,
     [("overnight", "2018-08-06TNI"), ("8pm on Monday", "2018-08-06T20:00"), ("6am on Tuesday", "2018-08-07T06:00")],
     "a bare 'overnight' is the night just past; here the range after it names the night of Monday"),
    ("The airline operates up to 10 flights a day between London and Edinburgh.", MON, [("a day", "P1D")],
     "a rate 'N things a day' is a set (P1D) but only 'twice a day'-style frequencies are tagged"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_transport_news(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_transport_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_texts_are_unique() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts))
    assert len(CASES) >= 40
