"""Held-out long histories of wars (WikiWars style), annotated by hand (TimeML 1.2 / TempEval-3).

Each case is a paragraph of four to ten sentences told long after the events: absolute dates,
dates without a year that take the story's year, anaphora ("two days later", "the following
spring", "that December", "early the next year", "within weeks"), decades and centuries, BC
years and spans of years. The reference is 2010-06-15 (WikiWars articles were written long after
their stories, and carry no creation time: the last tests run whole TimeML files without a DCT
through ``timeline-app annotate``). Expectations are (extent, value) in text order, with no
leading preposition and with "early"/"late"/"mid" inside the extent. Names that contain a time
("the Seven Days Battles", "his March to the Sea") are not tagged. Known gaps are strict xfails.
tests/temporal/test_history_heldout.py holds other paragraphs of the kind; these do not repeat it.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of
from timeline_app.cli import main

REF = "2010-06-15"

CASES: list[tuple[str, str, Expected]] = [
    (  # ancient Rome: BC years, a full BC date, vague durations
        "In 49 BC Caesar crossed the Rubicon with a single legion. Within weeks he controlled Italy, "
        "and Pompey fled to Greece. The two armies met at Pharsalus on 9 August 48 BC. Pompey escaped "
        "to Egypt, where he was murdered a few weeks later. Caesar himself was killed on March 15, 44 B.C.",
        REF,
        [("49 BC", "BC0049"), ("weeks", "PXW"), ("9 August 48 BC", "BC0048-08-09"), ("a few weeks", "PXW"),
         ("March 15, 44 B.C.", "BC0044-03-15")]),
    (  # the civil war of 49-48 BC: seasons told from a BC year
        "Caesar crossed the Rubicon in 49 BC and took Rome without a fight. The following spring he "
        "pursued Pompey across the Adriatic. That summer the two armies faced each other in Thessaly, and "
        "in the autumn Caesar followed his beaten rival to Egypt.",
        REF,
        [("49 BC", "BC0049"), ("The following spring", "BC0048-SP"), ("That summer", "BC0048-SU"),
         ("the autumn", "BC0048-FA")]),
    (  # ancient Greece: a shared era, seasons and anaphora counted in BC years
        "The Peloponnesian War lasted from 431 to 404 BC. In the summer of 430 BC plague broke out in "
        "Athens. Pericles died the following year. The Sicilian Expedition sailed in 415 BC and was "
        "destroyed two years later. Athens surrendered in the spring of 404 BC.",
        REF,
        [("431", "BC0431"), ("404 BC", "BC0404"), ("the summer of 430 BC", "BC0430-SU"),
         ("the following year", "BC0429"), ("415 BC", "BC0415"), ("two years later", "BC0413"),
         ("the spring of 404 BC", "BC0404-SP")]),
    (  # early empire: a day of a year written with AD first
        "Augustus died at Nola on 19 August AD 14, a month before his seventy-sixth birthday. Tiberius "
        "succeeded him, and in AD 26 he withdrew to Capri. He never returned to Rome and died there in "
        "AD 37.",
        REF,
        [("19 August AD 14", "0014-08-19"), ("a month", "P1M"), ("AD 26", "0026"), ("AD 37", "0037")]),
    (  # medieval: Christmas Day of the story's year, "the next five years"
        "The Norman conquest began when William landed at Pevensey on 28 September 1066. Two weeks later, "
        "on 14 October, he defeated Harold at Hastings. He was crowned in Westminster Abbey on Christmas "
        "Day. Over the next five years the Normans put down a series of English revolts. The Domesday "
        "survey was carried out twenty years later, in 1086.",
        REF,
        [("28 September 1066", "1066-09-28"), ("Two weeks later", "1066-W41"), ("14 October", "1066-10-14"),
         ("Christmas Day", "1066-12-25"), ("the next five years", "P5Y"), ("twenty years later", "1086"),
         ("1086", "1086")]),
    (  # crusades: "by the end of the year", "the months that followed"
        "The First Crusade was proclaimed by Pope Urban II at Clermont in November 1095. The main armies "
        "set out in the summer of 1096 and reached Constantinople by the end of the year. In June 1097 "
        "they took Nicaea. The siege of Antioch lasted from October 1097 to June 1098. Jerusalem finally "
        "fell on 15 July 1099, after a siege of five weeks. In the months that followed, most of the "
        "crusaders returned home.",
        REF,
        [("November 1095", "1095-11"), ("the summer of 1096", "1096-SU"), ("the end of the year", "1096"),
         ("June 1097", "1097-06"), ("October 1097", "1097-10"), ("June 1098", "1098-06"),
         ("15 July 1099", "1099-07-15"), ("five weeks", "P5W"), ("the months", "PXM")]),
    (  # Armada: late May, the end of July, "that autumn"
        "The Spanish Armada sailed from Lisbon in late May 1588. Storms forced it into Corunna, and it "
        "did not reach the English Channel until the end of July. On 7 August the English sent fireships "
        "among the anchored galleons. The next day the two fleets fought off Gravelines. The surviving "
        "ships limped back to Spain that autumn.",
        REF,
        [("late May 1588", "1588-05"), ("the end of July", "1588-07"), ("7 August", "1588-08-07"),
         ("The next day", "1588-08-08"), ("that autumn", "1588-FA")]),
    (  # Napoleonic: "the next hundred days" in a past story does not bring it to the present
        "Napoleon left Elba on 26 February 1815 and landed near Antibes three days later. By 20 March he "
        "was back in Paris. Over the next hundred days he raised a new army. In early June he marched "
        "north into Belgium. On 18 June the French attacked Wellington's line at Waterloo. By nightfall "
        "the Grande Armée was in full retreat. Napoleon abdicated for the second time four days later.",
        REF,
        [("26 February 1815", "1815-02-26"), ("three days later", "1815-03-01"), ("20 March", "1815-03-20"),
         ("the next hundred days", "P100D"), ("early June", "1815-06"), ("18 June", "1815-06-18"),
         ("nightfall", "1815-06-18TEV"), ("four days later", "1815-06-22")]),
    (  # Napoleonic background: decades, centuries, "the following March"
        "Napoleon escaped from Elba in February 1815. In the 1790s he had risen from artillery officer to "
        "general. By the early 19th century he ruled most of Europe. The Battle of Leipzig in October "
        "1813 broke his power, and the allies entered Paris the following March.",
        REF,
        [("February 1815", "1815-02"), ("the 1790s", "179"), ("the early 19th century", "18"),
         ("October 1813", "1813-10"), ("the following March", "1814-03")]),
    (  # American Civil War: names are no dates, "Early the next year", "two months later"
        "Fort Sumter was bombarded on April 12, 1861. The first major battle of the war came in July, at "
        "Bull Run. In the spring of 1862, McClellan moved his army to the Peninsula. That summer, Lee drove "
        "him back in the Seven Days Battles. Early the next year, Lincoln issued the Emancipation "
        "Proclamation. In mid-September 1864 Sherman left Atlanta; two months later he began his March to "
        "the Sea. Lee surrendered at Appomattox on April 9, 1865.",
        REF,
        [("April 12, 1861", "1861-04-12"), ("July", "1861-07"), ("the spring of 1862", "1862-SP"),
         ("That summer", "1862-SU"), ("Early the next year", "1863"), ("mid-September 1864", "1864-09"),
         ("two months later", "1864-11"), ("April 9, 1865", "1865-04-09")]),
    (  # WWI, 1914: "by Christmas", "that autumn", a clock time before its day
        "On 4 August 1914 Britain declared war on Germany. Most people expected the war to be over by "
        "Christmas. Instead the armies dug in along the Western Front that autumn, and the trenches hardly "
        "moved for the next three years. The United States entered the war in April 1917. The armistice "
        "came into force at 11 a.m. on 11 November 1918.",
        REF,
        [("4 August 1914", "1914-08-04"), ("Christmas", "1914-12-25"), ("that autumn", "1914-FA"),
         ("the next three years", "P3Y"), ("April 1917", "1917-04"), ("11 a.m.", "1918-11-11T11:00"),
         ("11 November 1918", "1918-11-11")]),
    (  # WWI, the Somme: seasons of the story's year, "The following year", "late 1917"
        "On 1 July 1916 the British launched the offensive on the Somme. The fighting dragged on through "
        "the summer and autumn. By mid-November, when the offensive was called off, the Allies had "
        "advanced barely six miles. The following year brought the disaster of Passchendaele. In late "
        "1917 Russia left the war, and in the spring of 1918 Germany launched its last great offensive.",
        REF,
        [("1 July 1916", "1916-07-01"), ("the summer", "1916-SU"), ("autumn", "1916-FA"),
         ("mid-November", "1916-11"), ("The following year", "1917"), ("late 1917", "1917"),
         ("the spring of 1918", "1918-SP")]),
    (  # WWII in the Pacific: "Within hours", "Two months later", "early June" of 1942
        "Japan attacked Pearl Harbor on 7 December 1941. Within hours, Japanese aircraft struck the "
        "Philippines. Singapore fell on 15 February 1942. Two months later, the Doolittle raid hit Tokyo. "
        "In early June, the Japanese lost four carriers at Midway. The Guadalcanal campaign began on "
        "August 7 and lasted six months. By the end of 1943, the Americans were advancing across the "
        "central Pacific.",
        REF,
        [("7 December 1941", "1941-12-07"), ("hours", "PTXH"), ("15 February 1942", "1942-02-15"),
         ("Two months later", "1942-04"), ("early June", "1942-06"), ("August 7", "1942-08-07"),
         ("six months", "P6M"), ("the end of 1943", "1943")]),
    (  # WWII in Asia: "a decade of war" after a year (no rate, as in "700 seats a week"), a span of years
        "The Japanese invasion of Manchuria in September 1931 opened a decade of war in Asia. In the late "
        "1930s Japan fought a full-scale war in China. Pearl Harbor was attacked on 7 December 1941. The "
        "island-hopping campaign of 1943–44 brought American bombers within range of Japan. Hiroshima was "
        "destroyed on 6 August 1945, and Nagasaki three days later.",
        REF,
        [("September 1931", "1931-09"), ("a decade", "P10Y"), ("the late 1930s", "193"), ("7 December 1941", "1941-12-07"),
         ("1943–44", "1943"), ("6 August 1945", "1945-08-06"), ("three days later", "1945-08-09")]),
    (  # WWII in Europe: "1939–45", decades with a position, "mid-1943", a bare month of 1945
        "The Second World War in Europe lasted from 1939 to 1945. The war of 1939–45 cost some 60 million "
        "lives. In the 1930s rearmament had accelerated. The early 1940s saw German victories across "
        "Europe. By mid-1943 the tide had turned. Germany surrendered on 8 May 1945, and Japan followed "
        "in August.",
        REF,
        [("1939", "1939"), ("1945", "1945"), ("1939–45", "1939"), ("the 1930s", "193"), ("The early 1940s", "194"),
         ("mid-1943", "1943"), ("8 May 1945", "1945-05-08"), ("August", "1945-08")]),
    (  # Korea: "Throughout July and August", "late October", "that July"
        "The Korean War began on 25 June 1950. Seoul fell three days later. Throughout July and August, UN "
        "forces held the Pusan Perimeter. On 15 September MacArthur landed at Inchon, and by late October "
        "UN troops had reached the Yalu. In November, Chinese forces entered the war. The front "
        "stabilised near the 38th parallel in the spring of 1951, and armistice talks began that July. "
        "The fighting ended with the armistice of 27 July 1953, after two years of negotiation.",
        REF,
        [("25 June 1950", "1950-06-25"), ("three days later", "1950-06-28"), ("July", "1950-07"),
         ("August", "1950-08"), ("15 September", "1950-09-15"), ("late October", "1950-10"),
         ("November", "1950-11"), ("the spring of 1951", "1951-SP"), ("that July", "1951-07"),
         ("27 July 1953", "1953-07-27"), ("two years", "P2Y")]),
    (  # Vietnam: "within days", "by the end of the year", "two years later"
        "The Gulf of Tonkin incident took place in August 1964. Congress passed its resolution within "
        "days. The first American combat troops landed at Da Nang in March 1965, and by the end of the "
        "year nearly 200,000 were in Vietnam. The Tet Offensive began on 30 January 1968. Within weeks, "
        "public opinion in the United States had turned against the war. The last American troops left "
        "in March 1973, and Saigon fell two years later.",
        REF,
        [("August 1964", "1964-08"), ("days", "PXD"), ("March 1965", "1965-03"), ("the end of the year", "1965"),
         ("30 January 1968", "1968-01-30"), ("weeks", "PXW"), ("March 1973", "1973-03"),
         ("two years later", "1975")]),
    (  # Falklands: days of the story's year; "a little over three weeks" is "over three weeks" (MORE_THAN),
       # as the tweets gold writes "slightly more than an hour" ("more than an hour")
        "Argentine forces landed on the Falkland Islands on 2 April 1982. Three days later a British task "
        "force sailed from Portsmouth. The General Belgrano was sunk on 2 May. On 21 May British troops "
        "came ashore at San Carlos Water. The land campaign lasted a little over three weeks. Port Stanley "
        "surrendered "
        "on 14 June, seventy-four days after the invasion.",
        REF,
        [("2 April 1982", "1982-04-02"), ("Three days later", "1982-04-05"), ("2 May", "1982-05-02"),
         ("21 May", "1982-05-21"), ("over three weeks", "P3W"), ("14 June", "1982-06-14"),
         ("seventy-four days", "P74D")]),
    (  # Gulf War: "Over the following months", a clock duration
        "Iraq invaded Kuwait on 2 August 1990. Over the following months a coalition of 35 nations "
        "assembled in Saudi Arabia. The air campaign began on 17 January 1991. After five weeks of "
        "bombing, the ground offensive opened on 24 February. It lasted exactly 100 hours. A ceasefire "
        "was declared on 28 February.",
        REF,
        [("2 August 1990", "1990-08-02"), ("the following months", "PXM"), ("17 January 1991", "1991-01-17"),
         ("five weeks", "P5W"), ("24 February", "1991-02-24"), ("100 hours", "PT100H"),
         ("28 February", "1991-02-28")]),
    (  # Yugoslav wars: "early 1992", "nearly four years", "that December"
        "Slovenia and Croatia declared independence on 25 June 1991. The war in Slovenia lasted ten days. "
        "In Croatia the fighting went on until early 1992. The siege of Sarajevo began in April 1992 and "
        "lasted nearly four years. In July 1995 Bosnian Serb forces overran Srebrenica. The Dayton "
        "Agreement was signed in Paris that December.",
        REF,
        [("25 June 1991", "1991-06-25"), ("ten days", "P10D"), ("early 1992", "1992"), ("April 1992", "1992-04"),
         ("nearly four years", "P4Y"), ("July 1995", "1995-07"), ("that December", "1995-12")]),
    (  # Revolutionary France: centuries and decades, "later that year"
        "In the late 18th century Britain and France fought a series of wars. The 1790s had seen the "
        "French Revolution spread across Europe. In 1805 Nelson destroyed the combined fleet at Trafalgar, "
        "and later that year Napoleon won at Austerlitz.",
        REF,
        [("the late 18th century", "17"), ("The 1790s", "179"), ("1805", "1805"), ("later that year", "1805")]),
    # TimeBank's extent (AQUAINT: 'the night of <TIMEX3>1998-10-23</TIMEX3>', 'in the early hours of
    # <TIMEX3>1999-10-07</TIMEX3>'): 'the night/morning/early hours of' stays outside the date it names.
    ('The Korean War began early on the morning of 25 June 1950.', REF,
     [("25 June 1950", "1950-06-25")]),
    ('The Hundred Days began when Napoleon escaped from Elba in February 1815.', REF,
     [("February 1815", "1815-02")]),
    ('In the 1790s revolution spread across Europe. By the turn of the century Napoleon was First Consul.', REF,
     [("the 1790s", "179"), ("the turn of the century", "1800")]),
    ('Caesar was assassinated on the Ides of March, 44 BC.', REF,
     [("the Ides of March, 44 BC", "BC0044-03-15")]),
    ('The war ended in April 1865, three years and one month after the first shots at Fort Sumter.', REF,
     [("April 1865", "1865-04"), ("three years and one month", "P3Y1M")]),
]

GAPS: list[Gap] = [
    ("The invasion of 1931 began years of war in Asia.",
     REF, [("1931", "1931"), ("years", "PXY")],
     "a bare plural unit as an object ('began years of war') is not tagged; 'for years' is"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_a_war_history_is_dated_in_its_own_years(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_known_gaps_in_war_histories(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_the_cases_are_distinct_paragraphs() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts))
    assert len(CASES) >= 12


# ------------------------------------------------------------------ whole files without a DCT

_TIMEX = re.compile(r'<TIMEX3 [^>]*value="([^"]*)"[^>]*>([^<]*)</TIMEX3>')


def _annotate(tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    source = tmp_path / f"{name}.tml"
    source.write_text(f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{name}</DOCID>\n<TEXT>\n{text}\n</TEXT>\n</TimeML>\n',
                      encoding="utf-8")
    target = tmp_path / f"{name}.out.tml"
    assert main(["annotate", str(source), str(target), "--format", "timeml"]) == 0
    return [(extent, value) for value, extent in _TIMEX.findall(target.read_text(encoding="utf-8"))]


def test_a_history_without_dct_is_dated_from_its_own_dates(tmp_path: Path) -> None:
    """No DCT: the creation time is estimated from the text (here the last full date, 27 July
    1953), and the bare months of 1950 still take the story's year."""
    text = ("The Korean War began on 25 June 1950. Seoul fell three days later. In September MacArthur "
            "landed at Inchon, and by late October UN troops had reached the Yalu. The armistice was signed "
            "on 27 July 1953.")
    assert _annotate(tmp_path, "korea", text) == [
        ("25 June 1950", "1950-06-25"), ("three days later", "1950-06-28"), ("September", "1950-09"),
        ("late October", "1950-10"), ("27 July 1953", "1953-07-27")]


def test_a_history_whose_last_date_has_no_year(tmp_path: Path) -> None:
    """The last date ("14 June") gives no year: the estimate falls years after 1982, and every
    yearless date still belongs to the story's 1982."""
    text = ("The Falklands War began on 2 April 1982, when Argentine forces landed on the islands. Three days "
            "later a British task force sailed from Portsmouth. On 2 May the cruiser General Belgrano was sunk. "
            "The British landed at San Carlos on 21 May, and Port Stanley surrendered on 14 June.")
    assert _annotate(tmp_path, "falklands", text) == [
        ("2 April 1982", "1982-04-02"), ("Three days later", "1982-04-05"), ("2 May", "1982-05-02"),
        ("21 May", "1982-05-21"), ("14 June", "1982-06-14")]


def test_a_history_that_ends_in_the_year_it_tells(tmp_path: Path) -> None:
    """The estimate is the story's own last date (2 September 1945 is not stated with its year;
    8 May 1945 is): a bare month between them is still of 1945."""
    text = ("The war in Europe lasted from 1939 to 1945. Germany invaded Poland on 1 September 1939. In the "
            "spring of 1940 German armies overran France. Germany surrendered on 8 May 1945, and Japan "
            "followed in August. The formal surrender was signed on 2 September aboard the USS Missouri.")
    assert _annotate(tmp_path, "ww2", text) == [
        ("1939", "1939"), ("1945", "1945"), ("1 September 1939", "1939-09-01"), ("the spring of 1940", "1940-SP"),
        ("8 May 1945", "1945-05-08"), ("August", "1945-08"), ("2 September", "1945-09-02")]


def test_an_ancient_history_without_a_dct_keeps_its_era_years(tmp_path: Path) -> None:
    """Nothing to estimate a day from (BC years only): the era years and the years counted from
    them stand, as they depend on no creation time."""
    text = ("In 49 BC Caesar crossed the Rubicon. The following year he defeated Pompey at Pharsalus. "
            "In 44 BC he was assassinated in the Senate.")
    assert _annotate(tmp_path, "rome", text) == [
        ("49 BC", "BC0049"), ("The following year", "BC0048"), ("44 BC", "BC0044")]


def test_a_story_with_no_date_at_all_leaves_its_dates_unspecified(tmp_path: Path) -> None:
    """No DCT and no date: durations keep their values, the rest is unspecified."""
    text = "The siege lasted three months. Two days later the garrison surrendered, and that winter the army withdrew."
    assert _annotate(tmp_path, "siege", text) == [
        ("three months", "P3M"), ("Two days later", "XXXX-XX-XX"), ("that winter", "XXXX-WI")]
