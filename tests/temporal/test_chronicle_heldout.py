"""Held-out encyclopedic histories of events other than wars (WikiWars style), annotated by hand
(TimeML 1.2 / TempEval-3).

Revolutions and coups, epidemics, natural disasters, expeditions and the space race, financial
crises, scientific discoveries, scandals, sports dynasties and company histories, told long after
the events: years, months of the story's year, anaphora ("the following year", "that autumn", "a
week later", "two years earlier", "the previous summer"), decades and centuries ("the mid-1970s",
"the late 19th century", "the 1920s and 1930s"), spans of years ("from 1347 to 1351", "between 1860
and 1890") and durations ("for the next 72 hours", "over the next two decades"). The reference is
2010-06-15, as in test_wars_heldout.py and test_history_heldout.py (whose topics these do not
repeat). Expectations are (extent, value) in text order, with no leading preposition and with
"early"/"late"/"mid" inside the extent. "The night of 14 April 1912" is tagged as its date alone
(as TimeBank does); a winter across two years is named by the year it ends in. Names that hold a
time word hold no time ("Apollo 11", "the Great Depression", "the Year of the Four Emperors"), and
"the Roaring Twenties" is read as such a name (an era's name, like "the Gilded Age"), while "the
Spanish flu of 1918" keeps its year. Days of history known by a name ("Black Thursday") are
their day. Known gaps are strict xfails.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

REF = "2010-06-15"

CASES: list[tuple[str, str, Expected]] = [
    (  # the Black Death: a span of years, a winter across two years, the end of the decade
        "The Black Death reached Europe in 1347, when Genoese ships brought it to Messina. The pandemic "
        "raged from 1347 to 1351 and killed perhaps a third of the continent's population. During the "
        "winter of 1346-47 the disease had already spread through the Crimea. By the end of the decade the "
        "population of many towns had fallen by half. Outbreaks returned every few years for the next "
        "three centuries.",
        REF,
        [("1347", "1347"), ("1347", "1347"), ("1351", "1351"), ("the winter of 1346-47", "1347-WI"),
         ("the end of the decade", "134"), ("every few years", "PXY"), ("the next three centuries", "P300Y")]),
    (  # the Titanic: the night of a date, ship's time, hours later, the next morning
        "The Titanic left Southampton on 10 April 1912 on her maiden voyage. She struck an iceberg on the "
        "night of 14 April 1912, at 11:40 p.m. ship's time. She sank less than three hours later. The "
        "Carpathia picked up the survivors early the next morning. A week later the American inquiry "
        "opened in New York.",
        REF,
        [("10 April 1912", "1912-04-10"), ("14 April 1912, at 11:40 p.m.", "1912-04-14T23:40"),
         ("less than three hours later", "1912-04-15T02:40"), ("early the next morning", "1912-04-15TMO"),
         ("A week later", "1912-W16")]),
    (  # the Spanish flu: a name that keeps its year, early in a year, waves by season
        "The Spanish flu of 1918 was the deadliest epidemic of the 20th century. The first wave appeared "
        "early in 1918 in military camps in Kansas. A far deadlier second wave struck that autumn. Within a "
        "month it had killed tens of thousands in Philadelphia alone. A third wave followed in the spring "
        "of 1919. By the summer of 1919 the pandemic had largely burned itself out.",
        REF,
        [("1918", "1918"), ("the 20th century", "19"), ("early in 1918", "1918"), ("that autumn", "1918-FA"),
         ("a month", "P1M"), ("the spring of 1919", "1919-SP"), ("the summer of 1919", "1919-SU")]),
    (  # the space race: years later, the end of the decade, a mission named by a number
        "The Soviet Union launched Sputnik 1 on 4 October 1957. Four years later Yuri Gagarin became the "
        "first man in space. In May 1961 President Kennedy committed the United States to landing a man on "
        "the Moon before the end of the decade. Apollo 11 lifted off on 16 July 1969. Four days later Neil "
        "Armstrong stepped onto the lunar surface.",
        REF,
        [("4 October 1957", "1957-10-04"), ("Four years later", "1961"), ("May 1961", "1961-05"),
         ("the end of the decade", "196"), ("16 July 1969", "1969-07-16"), ("Four days later", "1969-07-20")]),
    (  # the San Francisco earthquake: a clock time before its date, "for the next 72 hours"
        "The San Francisco earthquake struck at 5:12 a.m. on 18 April 1906. Fires broke out across the city "
        "and burned for the next 72 hours. More than half of the population was left homeless. The "
        "rebuilding was largely complete by 1915, when the city hosted the Panama-Pacific Exposition.",
        REF,
        [("5:12 a.m.", "1906-04-18T05:12"), ("18 April 1906", "1906-04-18"), ("the next 72 hours", "PT72H"),
         ("1915", "1915")]),
    (  # the Russian revolution: within a week, a bare month, the following year
        "The February Revolution broke out in Petrograd on 8 March 1917. Within a week Tsar Nicholas II had "
        "abdicated. Lenin returned from exile in April. The Bolsheviks seized power on the night of 7 "
        "November 1917. The following year the capital was moved to Moscow.",
        REF,
        [("8 March 1917", "1917-03-08"), ("a week", "P1W"), ("April", "1917-04"),
         ("7 November 1917", "1917-11-07"), ("The following year", "1918")]),
    (  # Watergate: "that November" before a phrase, early in a year, "two years after" an event
        "The Watergate burglars were arrested on the night of 17 June 1972. The break-in attracted little "
        "attention at first, and Nixon was reelected that November by a landslide. Early in 1973 the "
        "burglars were convicted. The Senate hearings opened in May 1973 and were televised for weeks. "
        "Nixon resigned on 9 August 1974, two years after the break-in.",
        REF,
        [("17 June 1972", "1972-06-17"), ("that November", "1972-11"), ("Early in 1973", "1973"),
         ("May 1973", "1973-05"), ("weeks", "PXW"), ("9 August 1974", "1974-08-09"), ("two years", "P2Y")]),
    (  # the race to the South Pole: days later across a new year, late in a month
        "Roald Amundsen set out from Norway in August 1910. His party reached the Bay of Whales in January "
        "1911 and wintered there. The polar party left the base on 20 October 1911. They reached the South "
        "Pole on 14 December 1911. Scott's party arrived 34 days later and found the Norwegian tent. Scott "
        "and his companions died on the return journey in late March 1912.",
        REF,
        [("August 1910", "1910-08"), ("January 1911", "1911-01"), ("20 October 1911", "1911-10-20"),
         ("14 December 1911", "1911-12-14"), ("34 days later", "1912-01-17"), ("late March 1912", "1912-03")]),
    (  # penicillin: the following year, the late 1930s, "by 1944"
        "Alexander Fleming noticed the mould that killed his bacteria in September 1928. He published his "
        "findings the following year, but they attracted little attention. In the late 1930s Howard Florey "
        "and Ernst Chain at Oxford took up the work. By 1944 penicillin was being mass-produced in the "
        "United States. Fleming, Florey and Chain shared the Nobel Prize in 1945.",
        REF,
        [("September 1928", "1928-09"), ("the following year", "1929"), ("the late 1930s", "193"),
         ("1944", "1944"), ("1945", "1945")]),
    (  # Krakatoa: centuries as a duration, within hours, the next five years
        "Krakatoa had been quiet for two centuries when it began to stir in May 1883. The climactic eruption "
        "came on 27 August 1883. The explosions were heard nearly 5,000 kilometres away. Tsunamis killed "
        "more than 36,000 people within hours. For the next five years sunsets around the world glowed a "
        "vivid red.",
        REF,
        [("two centuries", "P200Y"), ("May 1883", "1883-05"), ("27 August 1883", "1883-08-27"),
         ("hours", "PTXH"), ("the next five years", "P5Y")]),
    (  # Ford: years later with the year restated, "by 1918"
        "Henry Ford founded the Ford Motor Company in 1903. The Model T was introduced five years later, in "
        "1908. In 1913 the company opened its moving assembly line at Highland Park. By 1918 half of all "
        "cars in the United States were Model Ts. Production ended in May 1927, after more than 15 million "
        "cars had been built.",
        REF,
        [("1903", "1903"), ("five years later", "1908"), ("1908", "1908"), ("1913", "1913"), ("1918", "1918"),
         ("May 1927", "1927-05")]),
    (  # the South Sea Bubble: a bare month of the story's year, that autumn, the end of the year
        "The South Sea Company was founded in 1711. Its shares rose from about 128 pounds in January 1720 to "
        "over 1,000 pounds by August. The bubble burst that autumn, and by the end of the year the shares "
        "were worth less than 200 pounds. A parliamentary inquiry the following year exposed widespread "
        "fraud.",
        REF,
        [("1711", "1711"), ("January 1720", "1720-01"), ("August", "1720-08"), ("that autumn", "1720-FA"),
         ("the end of the year", "1720"), ("the following year", "1721")]),
    (  # Chernobyl: a clock time, the following afternoon, the next two decades
        "The explosion at Chernobyl occurred at 1:23 a.m. on 26 April 1986. The nearby town of Pripyat was "
        "evacuated the following afternoon. Radiation was detected in Sweden two days later. Over the next "
        "two decades thousands of cases of thyroid cancer were reported. The sarcophagus over the reactor "
        "was completed in November 1986.",
        REF,
        [("1:23 a.m.", "1986-04-26T01:23"), ("26 April 1986", "1986-04-26"),
         ("the following afternoon", "1986-04-27TAF"), ("two days later", "1986-04-28"),
         ("the next two decades", "P20Y"), ("November 1986", "1986-11")]),
    (  # the Iranian revolution: weeks later as a week, a sentence opening with "That November"
        "Protests against the Shah began in January 1978 and grew through the year. The Shah left Iran on "
        "16 January 1979. Two weeks later Khomeini returned from exile in Paris. On 1 April Iran was "
        "declared an Islamic republic after a referendum. That November students seized the American "
        "embassy.",
        REF,
        [("January 1978", "1978-01"), ("16 January 1979", "1979-01-16"), ("Two weeks later", "1979-W05"),
         ("1 April", "1979-04-01"), ("That November", "1979-11")]),
    (  # the Dreyfus affair: years later, years alone
        "Alfred Dreyfus was convicted of treason in December 1894 and sent to Devil's Island. Two years "
        "later, the new head of counter-intelligence found evidence pointing to another officer. In January "
        "1898 Emile Zola published J'accuse. Dreyfus was pardoned in 1899, but he was not fully cleared "
        "until 1906.",
        REF,
        [("December 1894", "1894-12"), ("Two years later", "1896"), ("January 1898", "1898-01"),
         ("1899", "1899"), ("1906", "1906")]),
    (  # railroads: a late century, a span between years, two decades with one "the"
        "In the late 19th century the railroads transformed the American economy. Between 1860 and 1890 the "
        "network grew from about 30,000 to more than 160,000 miles of track. By 1900 five transcontinental "
        "lines crossed the country. The 1920s and 1930s saw the rise of the automobile and the decline of "
        "passenger rail.",
        REF,
        [("the late 19th century", "18"), ("1860", "1860"), ("1890", "1890"), ("1900", "1900"),
         ("The 1920s", "192"), ("1930s", "193")]),
    (  # the Hindenburg: that year, the previous summer
        "The Hindenburg made its first flight in March 1936. It completed ten round trips to the United "
        "States that year. On 6 May 1937 it caught fire while landing at Lakehurst, New Jersey. The previous "
        "summer it had carried more than 1,000 passengers across the Atlantic. The disaster ended the era "
        "of the passenger airship.",
        REF,
        [("March 1936", "1936-03"), ("that year", "1936"), ("6 May 1937", "1937-05-06"),
         ("The previous summer", "1936-SU")]),
    (  # the Galveston hurricane: the evening of a date, two years earlier, two years later
        "The Galveston hurricane made landfall on the evening of 8 September 1900. The storm surge flooded "
        "the entire island within hours. Between 6,000 and 12,000 people died. Two years earlier, the city "
        "had rejected a proposal to build a sea wall. Construction of the wall began in 1902 and was "
        "completed two years later.",
        REF,
        [("8 September 1900", "1900-09-08"), ("hours", "PTXH"), ("Two years earlier", "1898"),
         ("1902", "1902"), ("two years later", "1904")]),
    (  # the Roaring Twenties and the New Deal: an era's name holds no time
        "The Roaring Twenties ended with the crash of 1929. Unemployment in the United States rose from 3 "
        "percent in 1929 to 25 percent by 1933. Roosevelt took office in March 1933 and launched the New "
        "Deal within his first hundred days.",
        REF,
        [("1929", "1929"), ("1929", "1929"), ("1933", "1933"), ("March 1933", "1933-03"),
         ("first hundred days", "P100D")]),
    (  # the gold rush: that autumn, the following spring after it
        "Gold was discovered at Sutter's Mill in January 1848. News of the find reached the East Coast that "
        "autumn, and by the following spring thousands of prospectors were pouring into California. The "
        "population of San Francisco grew from about 1,000 in 1848 to 25,000 by 1850. California became a "
        "state in September 1850.",
        REF,
        [("January 1848", "1848-01"), ("that autumn", "1848-FA"), ("the following spring", "1849-SP"),
         ("1848", "1848"), ("1850", "1850"), ("September 1850", "1850-09")]),
    (  # the Profumo affair: a season of a year, a sentence opening with "That June"
        "John Profumo met Christine Keeler at Cliveden in July 1961. The affair lasted only a few weeks. "
        "Rumours reached the press early in 1963, and in March Profumo denied any impropriety in the House. "
        "That June he admitted that he had lied and resigned. The government fell the following year.",
        REF,
        [("July 1961", "1961-07"), ("a few weeks", "PXW"), ("early in 1963", "1963"), ("March", "1963-03"),
         ("That June", "1963-06"), ("the following year", "1964")]),
    # ---- single sentences
    ("The coup took place on 11 September 1973.", REF, [("11 September 1973", "1973-09-11")]),
    ("The company was founded in the mid-1970s in a garage in Los Altos.", REF, [("the mid-1970s", "197")]),
    ("In the mid-1980s a new generation of players arrived.", REF, [("the mid-1980s", "198")]),
    ("The expedition returned a week later with news of the disaster.", REF, [("a week later", "XXXX-WXX")]),
    ("The cholera epidemic of 1854 was traced to a pump in Broad Street.", REF, [("1854", "1854")]),
    ("The Roaring Twenties brought jazz and flappers to the cities.", REF, []),
    ("The Great Depression began in 1929.", REF, [("1929", "1929")]),
    ("The team won three titles in the 1990s and two more in the early 2000s.", REF,
     [("the 1990s", "199"), ("the early 2000s", "200")]),
    ("The scandal broke in the spring of 1963, when Profumo admitted lying to the House.", REF,
     [("the spring of 1963", "1963-SP")]),
    ("Tambora erupted in April 1815, and the year without a summer followed in 1816.", REF,
     [("April 1815", "1815-04"), ("1816", "1816")]),
    ("The bank failed in 1931, and its directors were tried the following year.", REF,
     [("1931", "1931"), ("the following year", "1932")]),
    ("The market recovered over the next two decades.", REF, [("the next two decades", "P20Y")]),
    ("The flood of 1927 displaced more than 600,000 people.", REF, [("1927", "1927")]),
    ("The Challenger broke apart 73 seconds after lift-off on 28 January 1986.", REF,
     [("73 seconds", "PT73S"), ("28 January 1986", "1986-01-28")]),
    ("The firm had been trading since the late 18th century.", REF, [("the late 18th century", "17")]),
    ("During the 1960s and 1970s the club won nine league titles.", REF, [("the 1960s", "196"), ("1970s", "197")]),
    ("The mutiny lasted for the next 72 hours.", REF, [("the next 72 hours", "PT72H")]),
    ("In the autumn of 1789 the king was forced to move to Paris.", REF, [("the autumn of 1789", "1789-FA")]),
    ("Vostok 1 orbited the Earth once on 12 April 1961.", REF, [("12 April 1961", "1961-04-12")]),
    ("The Dust Bowl years of the 1930s drove thousands of families west.", REF, [("the 1930s", "193")]),
    ("The Yankees won the World Series in 1927. That October they swept Pittsburgh in four games.", REF,
     [("1927", "1927"), ("That October", "1927-10")]),
    ("The Wall Street crash began on Black Thursday, 24 October 1929.", REF,
     [("Black Thursday", "1929-10-24"), ("24 October 1929", "1929-10-24")]),
    ("The strike spread to the docks in 1889, and the employers gave in that September after five weeks.", REF,
     [("1889", "1889"), ("that September", "1889-09"), ("five weeks", "P5W")]),
    ("The first patent was filed in 1876. That may explain why the company claimed priority.", REF,
     [("1876", "1876")]),
    # a count of years restated by the year after it is that year (a gap until session 15)
    ("He had resigned two years earlier, in 1961.", REF,
     [("two years earlier", "1961"), ("1961", "1961")]),
    ("The New York Yankees won their first World Series in 1923. Between 1936 and 1939 they won four "
     "titles in a row. The team dominated again from 1949 to 1953, winning five straight championships. By "
     "the mid-1960s the dynasty had collapsed, and the club finished last in 1966.",
     REF,
     [("1923", "1923"), ("1936", "1936"), ("1939", "1939"), ("1949", "1949"), ("1953", "1953"),
      ("the mid-1960s", "196"), ("1966", "1966")]),
]

GAPS: list[Gap] = [
    ("The stock market had risen steadily through the 1920s. On Black Thursday, 24 October 1929, prices "
     "began to fall sharply. Five days later, on Black Tuesday, the market collapsed. Over the next three "
     "years the Dow lost almost 90 percent of its value. The Great Depression lasted through most of the 1930s.",
     REF,
     [("the 1920s", "192"), ("Black Thursday", "1929-10-24"), ("24 October 1929", "1929-10-24"),
      ("Five days later", "1929-10-29"), ("Black Tuesday", "1929-10-29"), ("the next three years", "P3Y"),
      ("the 1930s", "193")],
     "a named day of history is only tagged when its cue (here '1929') stands in its own sentence"),
    ("Nero committed suicide in June AD 68. The Year of the Four Emperors followed, as Galba, Otho and "
     "Vitellius each held power briefly. Vespasian was proclaimed emperor in Alexandria on 1 July AD 69. "
     "His troops entered Rome in December, and Vitellius was killed the same day.",
     REF,
     [("June AD 68", "0068-06"), ("1 July AD 69", "0069-07-01"), ("December", "0069-12"),
      ("the same day", "0069-12-XX")],
     "a month before 'AD <year>' is not joined to it, and a yearless month after an AD date does not "
     "take the story's first-century year"),
    ("Nero committed suicide in June 68, and the Year of the Four Emperors followed. Vespasian was "
     "proclaimed emperor on 1 July 69.",
     REF,
     [("June 68", "0068-06"), ("1 July 69", "0069-07-01")],
     "a two-digit year after a month is not read as a first-century year, even in a story of Rome"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_histories_of_events_other_than_wars(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_known_gaps_in_histories_of_events(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_the_cases_are_distinct() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts))
    assert sum(1 for text, _, _ in CASES if text.count(". ") >= 3) >= 20
    assert len(CASES) >= 40
