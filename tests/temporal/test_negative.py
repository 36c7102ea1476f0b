"""Things that look like dates and are not: nothing may be tagged in them."""
from __future__ import annotations

import pytest

from timeline_app.temporal import Reference, find_timexes

REFERENCE = Reference.parse("2020-03-12")

NOT_DATES = [
    "He placed an ad 14 times in the paper.",
    "He scored twice in the first half.",
    "The visitors led 2-0 in the first half.",
    "The bc 14 route was closed.",
    "Theresa May said the vote would go ahead.",
    "In his last year in office, the president pardoned hundreds.",
    "Obama's last week in the White House was quiet.",
    "Officials may decide to extend the truce.",
    "Thousands march through the city centre.",
    "The Sunday Times reported the story.",
    "according to the Sunday Telegraph",
    "joint patrols on the strategic cross-country M4 highway",
    "a safe corridor 6 km north and south of the M4",
    "including nearly 60 soldiers",
    "2011 people were evacuated.",
    "The company employs 2000 workers.",
    "He paid $2011 for the car.",
    "Inflation reached 2019% in the crisis.",
    "the killing of at least 380,000 people",
    "Room 1990 was empty.",
    # a day evaluated "for" someone names that day (TimeBank dates it), not a length: no P1D
    "It was a great day for Poland and for the world.",
    "Ordinance 2019-15 bans leaf blowers.",
    "The council passed Ordinance No. 2019-31 on second reading.",
    "Resolution No. 2018-7 was tabled.",
    "Muharram 1, 1446 AH was a holiday.",  # a Hijri year, no Gregorian one
    "The Iranian year 1402 SH ended.",  # a Solar Hijri year
    "Iranians marked Nowruz, the Persian New Year.",  # not 1 January
    "The Thai New Year, Songkran, draws tourists.",
    "Sochi hosted the Winter Olympics.",  # a season inside a name at the end of a sentence
    "Delegates toured the Winter Palace, then left.",
    "flight 1984 landed safely",
    "He sat down next to the minister.",
    "They saw the sun rise over the hills.",
    "She will wed her partner.",
    "The score was 3-1 at half time.",
    "Call 555-1234 for details.",
    "The fall of the regime was sudden.",
    "He is 37 years old.",
    "The airline added 700 seats a week on the route.",
    "The current account deficit widened.",
    "version 2.5 of the software",
    "Spring water is sold everywhere.",
    "Jan Kavan met executives of Sun Microsystems.",
    "The helpline is open 24/7.",
    "Turnout rose 5/6 percent in the final count.",  # a slash between numbers before a non-month: no day range
    "Negotiators held late-night talks with the union.",  # an adjective, no particular night
    "She went to night school to study law.",  # a kind of school
    "During the Hundred Days, Napoleon raised an army.",
    "The river ides of march swam upstream.",  # lower-case: not the Roman Ides  # a name in capitals, not a length of time
    "Morning trains were packed with commuters.",  # a kind of train  # all the time, not 24 July
    "She scored 15/20 and then 18/20.",
    "Bill Nye explained the experiment.",  # a name, not NYE (New Year's Eve)
    "For the alliance, high noon comes when the votes are counted.",
    "June Carter sang at the Grand Ole Opry.",
    "She is in her 80s and still working.",
    "The company anticipates the long term savings.",
    "The goalkeeper saved the day.",
    "It holds more than a quarter of the entire market.",
    "He sat down and watched the sun set.",
    "The company is confident about future earnings.",
    "Happy #Friday all!! Team building for our company",
    "Motivation level drops as we enter the #Christmas season",
    "#grey #mercedes #diecast #1:18 #supercars",
    'Baker said on ABC\'s "This Week With David Brinkley" that talks failed.',
    "according to a report in USA Today.",
    "Thanks to the pack running in 1st half and pacing me in 2nd half.",
    "Intel clocks the chip at 15 million instructions per second.",
    "The dealers sell fewer than a hundred cars per year.",
    "It wants to eliminate 789, or about a quarter, of its 3,200 dealers.",
    "Three quarters of voters backed the plan.",  # a fraction, not nine months
    "The protests of the Arab Spring spread to Syria.",  # seasons inside names
    "Prague Spring reforms were crushed by the tanks.",
    "The Winter Olympics open in Beijing.",
    "Winter Park police responded to the call.",
    "The Summer Palace was crowded with tourists.",
    "He lives at 1600 Pennsylvania Avenue.",  # a house number
    "Offices at 1999 Broadway Street were raided.",
    # sports: periods of play are no calendar quarters
    "The Bulls trailed by 12 points in the fourth quarter but won in overtime.",
    "He threw two touchdown passes in the third quarter.",
    "The Broncos led 14-0 after the first quarter.",
    # temperatures are no decades
    "Temperatures will climb into the 90s.",
    "Highs will be in the upper 80s and lows in the 60s.",
    # forms and product versions are no years
    "Form 1040 was revised.",
    "Microsoft still supports Windows 2000 servers.",
    # amounts per unit of time (rates)
    "Season two drew 8 million viewers a week.",
    "Those who drank two cups of coffee a day had a lower risk.",
    "She opened the present.",
    "The present crisis has no parallel.",
    "She won the 1500 metres at the trials.",  # a distance, not the year 1500
    "The index closed at 1435 points, up 12.",
    "The Fed raised rates by a quarter point.",  # a fraction, not three months
    "Traders price in a quarter-point cut.",  # the fraction as a modifier
    "the goals of the 9th Five-Year Plan",  # a plan's name, no five years' length
    "The deficit grew by a quarter to 2 million dollars.",
    "Every minute detail of the plan was checked.",  # tiny, not sixty seconds
    "Children aged 10-12 years can join the club.",  # an age
    "The final score was 21:14.",  # a score, not a time of day
    "Flight UA 1540 was delayed.",  # a flight number after its airline's code
    "Easter Island lies 3,500 km off the coast of Chile.",  # a holiday inside a place name
    "Christmas Island is an Australian territory.",
    "Good Friday Agreement talks resumed in Belfast.",
    "The Tuesday Group of moderate Republicans met.",
    "The Morning Star printed the letter.",  # a paper's name
    "The Saturday Evening Post ran the cover.",
    "Apple renewed The Morning Show for a third season.",  # a programme named after a time of day
    "Fans still quote Friday Night Lights.",
    "Sunday Night Football drew the largest audience.",
    "It was five to one in the final game.",  # a score, not 00:55
    "They won by ten to nine in overtime.",
    "Children from five to eleven can enter.",  # a range of ages
    "The minutes showed a split on the committee.",  # a meeting's record
    "The hours are long and the pay is low.",
    "The Halloween costume sold out.",  # a thing sold for the holiday dates nothing
    "Valentine's cards are in the shops.",
    "The SUV gets 20.30 mpg on the highway.",
    "Read more at http://example.com/news/2014-06-12/story",  # a date inside a link names a page
    "New post: 10 tips for a better morning routine",  # a kind of routine, no particular morning
    "He works the night shift at the plant.",
    "Looters struck the downtown area for the second night in a row.",  # a count of nights, no date
    "Protesters clashed with police for a third straight night.",
    "Stocks rarely fall this hard at the start of a year.",  # any year, no length of time
    "Sales usually dip at the end of a month.",
    "Get whisked away for a night out in this dress.",  # an outing, not a night's length
    "He was never more than a one-night stand.",
    "I may be qualified for a one night stand.",
    "Singapore's night life never sleeps.",
    "Sherman began his March to the Sea.",  # a march, not the month
    "The March on Washington drew huge crowds.",
    "Lee drove him back in the Seven Days Battles.",  # a name: a capitalised head follows
    "It costs $5 a month.",  # a rate (kept: a length only when "of" follows, "opened a decade of war")
    "The filly won the 1000 Guineas at Newmarket.",  # a race named for its purse: guineas are money
    "The trial enrolled patients in 476 hospitals.",  # three digits after "in" before a noun: a count
    "See the figures (112–118) in the appendix.",  # numbers in brackets after a common noun: no years
    "The bid was 300 guineas.",
    "The pastor read Luke 2:10 aloud.",  # chapter and verse, no clock time
    "Surah 2:255 is known as the Throne Verse.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    found = find_timexes(text, REFERENCE)
    assert found == [], [(t.text, t.value, t.rule) for t in found]


def test_march_the_verb_but_march_the_month() -> None:
    found = find_timexes("Protesters march on the capital, as they did in March.", REFERENCE)
    assert [(t.text, t.value) for t in found] == [("March", "2020-03")]
    found = find_timexes("The March to June period was hard; its March sales fell.", REFERENCE)
    assert [t.text for t in found] == ["March", "June", "March"]


def test_inputs_are_unique() -> None:
    assert len(NOT_DATES) == len(set(NOT_DATES))


def test_a_number_after_a_date_and_is_a_day_only_when_nothing_follows_it() -> None:
    people = find_timexes("On April 24 and 25 people were killed.", REFERENCE)
    assert [t.text for t in people] == ["April 24"]
    days = find_timexes("On April 24 and 25, people were killed.", REFERENCE)
    assert [(t.text, t.value) for t in days] == [("April 24", "2020-04-24"), ("25", "2020-04-25")]


def test_the_day_of_a_market_report_is_the_day_last_mentioned() -> None:
    found = find_timexes("On Monday the index fell early but closed the day higher.", REFERENCE)
    assert [(t.text, t.value) for t in found] == [("Monday", "2020-03-09"), ("the day", "2020-03-09")]


def test_a_number_further_into_a_list_of_days_is_a_day_only_before_the_next_item() -> None:
    found = find_timexes("Classes on May 2 - 3, 9 - 10, 16 - 17.", REFERENCE)
    assert [t.value for t in found] == ["2020-05-02", "2020-05-09", "2020-05-10", "2020-05-16", "2020-05-17"]
    for text in ("On March 5, 12 of them died.", "On March 5, 10 people died.", "On March 5, 3 - 0 was the score", "On March 5, 6-1 was the score"):
        assert [t.text for t in find_timexes(text, REFERENCE)] == ["March 5"], text


def test_seasons_next_to_date_words_stay_dates() -> None:
    """The name check leaves seasons that a date word or a determiner stands next to."""
    cases = {"Elections Delayed Until Spring": "Spring", "He visited in Summer 2019.": "Summer 2019",
             "Last Summer we went to Rome.": "Last Summer", "Your Summer Reading List: Picks": "Summer",
             "The harvest ended in late Autumn.": "late Autumn"}
    for text, expression in cases.items():
        assert [t.text for t in find_timexes(text, REFERENCE)] == [expression], text


def test_quarters_that_are_periods_stay_periods() -> None:
    for text, value in (("It was the third of several quarters of losses.", "PXQ"),
                        ("after two consecutive quarters of decline", "P2Q")):
        assert [t.value for t in find_timexes(text, REFERENCE)] == [value], text
    found = find_timexes("The company posted a second-quarter loss.", REFERENCE)
    assert [(t.text, t.value) for t in found] == [("second-quarter", "2019-Q2")]


def test_may_day_is_the_holiday_not_the_month() -> None:
    for text in ("Workers will rally on May Day.", "The May Day rally will draw thousands.", "May Day rallies are planned."):
        assert [(t.text, t.value) for t in find_timexes(text, REFERENCE)] == [("May Day", "2020-05-01")], text
    # In the past tense, the May Day that has been (the tense outweighs the 50 days ahead).
    assert [t.value for t in find_timexes("The May Day rally drew thousands.", REFERENCE)] == ["2019-05-01"]


def test_a_year_before_a_street_name_after_in_stays_a_year() -> None:
    found = find_timexes("In 1999 Clinton Road was renamed.", REFERENCE)
    assert [(t.text, t.value) for t in found] == [("1999", "1999")]


def test_a_bare_hour_needs_a_clock_time_in_its_sentence() -> None:
    reference = REFERENCE
    assert [t.text for t in find_timexes("The vote came shortly after 11. It passed.", reference)] == []
    assert [t.text for t in find_timexes("The count began on Monday. It ended shortly after 11, and then we ate.",
                                         reference)] == ["Monday"]
