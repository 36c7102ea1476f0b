"""Held-out biographies and encyclopedic text (Wikipedia style), annotated by hand (TimeML 1.2 /
TempEval-3).

Lives and histories of places, firms and institutions, told long after the events and dated
against a publication date of 2015-10-12: life dates in parentheses ("(born 7 November 1867)",
"(1882–1971)", "(b. 1962)", "(d. 1815)", "(r. 1509–1547)", "(fl. 1490s)"), approximate years of
reference works ("c. 1500", "ca. 1320", "circa 1450", "around 1500": mod APPROX; the extent is
the year, as the engine writes "around Nov. 1"), narrative chains whose year comes from the text ("In 1985 ... The following year ... By
the end of the decade", "the following March" after "the autumn of 1853"), spans and eras
("from 1985 to 1990", "the late 1800s", "18th-century", "44 BC", "AD 79", "the 3rd century BC"),
durations ("for 12 years", "a 40-year career"). Expectations are (extent, value, mod) in text
order, with no leading preposition.

Decisions: a range of years in life dates ("1882–1971") is one expression valued by its first year
(the TimeML writer marks its two ends apart, as docs/temporal.md says); ages ("at the age of 5",
"aged 87") are not tagged (TimeML tags no ages; the gold corpora tag 1 of 27 "N-year-old"); named
periods ("the early Middle Ages", "the interwar period") are names, not TIMEX3s; "ca. 1500
employees" is a count. tests/temporal/test_history_heldout.py and test_wars_heldout.py hold
histories of wars; these do not repeat them. Known gaps are strict xfails with their reason.
"""
from __future__ import annotations

import pytest

from timeline_app.temporal import Reference, find_timexes

REF = "2015-10-12"

Marked = list[tuple[str, str, str]]


def found(text: str) -> Marked:
    """The engine's full output on `text` read at REF: (extent, value, mod) in text order."""
    return [(t.text, t.value, t.mod or "") for t in find_timexes(text, Reference.parse(REF))]


CASES: list[tuple[str, Marked]] = [
    (
        'Marie Curie (born 7 November 1867 in Warsaw) was a Polish and naturalised-French physicist and '
        'chemist.',
        [('7 November 1867', '1867-11-07', '')]),
    (
        'Ada Lovelace (10 December 1815 – 27 November 1852) was an English mathematician and writer.',
        [('10 December 1815', '1815-12-10', ''), ('27 November 1852', '1852-11-27', '')]),
    (
        'Igor Stravinsky (1882–1971) was a Russian composer, pianist and conductor.',
        [('1882–1971', '1882', '')]),
    (
        'Johann Sebastian Bach (1685-1750) was a German composer of the Baroque period.',
        [('1685-1750', '1685', '')]),
    (
        'John Harcourt (b. 1962) is a British politician who has sat for Bath since 2010.',
        [('1962', '1962', ''), ('2010', '2010', '')]),
    (
        'Jacques Dupont (d. 1815) was a French general of the Revolutionary Wars.',
        [('1815', '1815', '')]),
    (
        'Thomas Hardy (born 1840) was raised in a small hamlet in Dorset.',
        [('1840', '1840', '')]),
    (
        'William Shakespeare (bapt. 26 April 1564 – 23 April 1616) was an English playwright, poet and '
        'actor.',
        [('26 April 1564', '1564-04-26', ''), ('23 April 1616', '1616-04-23', '')]),
    (
        'Mary Seacole (née Grant; 23 November 1805 – 14 May 1881) was a British-Jamaican nurse and '
        'businesswoman.',
        [('23 November 1805', '1805-11-23', ''), ('14 May 1881', '1881-05-14', '')]),
    (
        'Henry VIII (r. 1509–1547) was King of England and the second Tudor monarch.',
        [('1509–1547', '1509', '')]),
    (
        'Hans Holbein the Elder (fl. 1490s) painted altarpieces for the churches of Augsburg.',
        [('1490s', '149', '')]),
    (
        'The chapel was built c. 1500 and enlarged in the 1620s.',
        [('1500', '1500', 'APPROX'), ('the 1620s', '162', '')]),
    (
        'The earliest surviving copy of the chronicle dates from circa 1450.',
        [('1450', '1450', 'APPROX')]),
    (
        'The keep was erected ca. 1320 on the foundations of a Roman fort.',
        [('1320', '1320', 'APPROX')]),
    (
        'The Flemish painter was born c.1480 in Bruges, the son of a goldsmith.',
        [('1480', '1480', 'APPROX')]),
    (
        'Geoffrey Chaucer (c. 1343 – 25 October 1400) was an English poet and author.',
        [('1343', '1343', 'APPROX'), ('25 October 1400', '1400-10-25', '')]),
    (
        'Hans Baldung (c. 1484–1545) was a German painter and printmaker.',
        [('1484–1545', '1484', 'APPROX')]),
    (
        'By 1990 the abbey had ca. 1500 visitors a year and a staff of twelve.',
        [('1990', '1990', '')]),
    (
        'He was born on 3 April 1934 in Hampstead, London, the youngest of four children.',
        [('3 April 1934', '1934-04-03', '')]),
    (
        'She died on 14 January 2009 at her home in Oxford, aged 87.',
        [('14 January 2009', '2009-01-14', '')]),
    (
        'In 1985 he moved to Paris. The following year he married the cellist Claire Martin. That summer '
        'the couple travelled to Italy.',
        [('1985', '1985', ''), ('The following year', '1986', ''), ('That summer', '1986-SU', '')]),
    (
        'In 1962 she joined the BBC. In March she presented her first programme, and two years later she '
        'was promoted to producer.',
        [('1962', '1962', ''), ('March', '1962-03', ''), ('two years later', '1964', '')]),
    (
        'In 1985 he moved to Paris, where he studied under Nadia Boulanger. By the end of the decade he '
        'had written three symphonies.',
        [('1985', '1985', ''), ('the end of the decade', '198', 'END')]),
    (
        'The firm opened a London office in 1885. By the end of the century it employed 2,000 clerks.',
        [('1885', '1885', ''), ('the end of the century', '18', 'END')]),
    (
        'She graduated in 1971 and, later that year, took up a lectureship at the Sorbonne.',
        [('1971', '1971', ''), ('later that year', '1971', 'END')]),
    (
        'The company was founded in 1899. The same year it opened a factory in Turin.',
        [('1899', '1899', ''), ('The same year', '1899', '')]),
    (
        'In 1921 he returned to Dublin; the previous spring he had been imprisoned in Cork.',
        [('1921', '1921', ''), ('the previous spring', '1920-SP', '')]),
    (
        'In the autumn of 1853 he sailed for Australia; he arrived in Melbourne the following March.',
        [('the autumn of 1853', '1853-FA', ''), ('the following March', '1854-03', '')]),
    (
        'In 1921 he was released from prison; the previous March he had been sentenced to two years.',
        [('1921', '1921', ''), ('the previous March', '1920-03', ''), ('two years', 'P2Y', '')]),
    (
        'In the spring of 1840 the couple married, and their first child was born the following December.',
        [('the spring of 1840', '1840-SP', ''), ('the following December', '1840-12', '')]),
    (
        'He served as mayor from 1985 to 1990 and then as a member of the regional assembly.',
        [('1985', '1985', ''), ('1990', '1990', '')]),
    (
        'Between 1939 and 1945 she worked as a codebreaker at Bletchley Park.',
        [('1939', '1939', ''), ('1945', '1945', '')]),
    (
        'During the 1970s the band released six studio albums and toured Japan twice.',
        [('the 1970s', '197', '')]),
    (
        'The town grew rapidly in the late 1800s, when the railway brought the textile mills.',
        [('the late 1800s', '18', 'END')]),
    (
        'The abbey was founded in the 18th century by Cistercian monks.',
        [('the 18th century', '17', '')]),
    (
        'The house is a fine example of 18th-century domestic architecture.',
        [('18th-century', '17', '')]),
    (
        'The port flourished in the mid-19th century, exporting coal and slate.',
        [('the mid-19th century', '18', 'MID')]),
    (
        'The castle was rebuilt in the early 1600s and again in the late 19th century.',
        [('the early 1600s', '16', 'START'), ('the late 19th century', '18', 'END')]),
    (
        'The settlement dates to the early Middle Ages. During the interwar period the firm expanded into'
        ' Africa.',
        []),
    (
        'Julius Caesar was assassinated in 44 BC by a group of senators.',
        [('44 BC', 'BC0044', '')]),
    (
        'Pompeii was buried by the eruption of Vesuvius in AD 79.',
        [('AD 79', '0079', '')]),
    (
        'The city was founded by Greek colonists in the 3rd century BC.',
        [('the 3rd century BC', 'BC02', '')]),
    (
        'The Roman town was abandoned in the 5th century AD.',
        [('the 5th century AD', '04', '')]),
    (
        'He began playing the piano at the age of 5 and gave his first recital aged 11.',
        []),
    (
        'She retired in 2004, aged 62, after a 40-year career in journalism.',
        [('2004', '2004', ''), ('40-year', 'P40Y', '')]),
    (
        'He taught at Harvard for 12 years before returning to Leiden.',
        [('12 years', 'P12Y', '')]),
    (
        'After a decade in exile he returned to Buenos Aires.',
        [('a decade', 'P10Y', '')]),
    (
        'She held the chair for more than 30 years and supervised over a hundred doctoral students.',
        [('more than 30 years', 'P30Y', 'MORE_THAN')]),
    (
        'He spent nearly three decades at the university.',
        [('nearly three decades', 'P30Y', 'EQUAL_OR_LESS')]),
    (
        'He completed a three-year apprenticeship with a local printer.',
        [('three-year', 'P3Y', '')]),
    (
        'In early 1944 he was transferred to Italy; in late 1944 he was wounded at Rimini.',
        [('early 1944', '1944', 'START'), ('late 1944', '1944', 'END')]),
    (
        'In mid-1968 the family emigrated to Canada.',
        [('mid-1968', '1968', 'MID')]),
    (
        'The firm moved to Chicago in 1921. The next decade brought rapid growth.',
        [('1921', '1921', ''), ('The next decade', '193', '')]),
    (
        'He entered politics in 1970. Four years later he was elected to the Senate, a seat he held until'
        ' his retirement in 1996.',
        [('1970', '1970', ''), ('Four years later', '1974', ''), ('1996', '1996', '')]),
    (
        'Born in Dijon in 1832, Eiffel trained as an engineer. In 1886 he designed the frame of the '
        'Statue of Liberty, and the tower that bears his name opened three years later.',
        [('1832', '1832', ''), ('1886', '1886', ''), ('three years later', '1889', '')]),
    (
        'The first edition appeared in 1755. A revised edition followed in 1773, eleven years before the '
        "author's death.",
        [('1755', '1755', ''), ('1773', '1773', ''), ('eleven years', 'P11Y', '')]),
    (
        'The theatre burned down in 1808 and was rebuilt the next year.',
        [('1808', '1808', ''), ('the next year', '1809', '')]),
    (
        'She taught in Boston from 1880 until her marriage in 1884, and spent the next decade raising '
        'four children.',
        [('1880', '1880', ''), ('1884', '1884', ''), ('the next decade', '189', '')]),
    (
        'The monastery was dissolved in 1539. Its buildings were sold the following year and largely '
        'demolished by 1600.',
        [('1539', '1539', ''), ('the following year', '1540', ''), ('1600', '1600', '')]),
    (
        'The museum, founded in 1753, opened to the public six years later.',
        [('1753', '1753', ''), ('six years later', '1759', '')]),
    (
        'The club was founded on 4 July 1878 and played its first match that September.',
        [('4 July 1878', '1878-07-04', ''), ('that September', '1878-09', '')]),
    (
        'Construction began in the spring of 1889 and took two years.',
        [('the spring of 1889', '1889-SP', ''), ('two years', 'P2Y', '')]),
    (
        'The university traces its origins to 1636. It received its charter in 1650, and for much of the '
        '18th century it trained ministers.',
        [('1636', '1636', ''), ('1650', '1650', ''), ('the 18th century', '17', '')]),
    (
        'Nelson Mandela (18 July 1918 – 5 December 2013) served as President of South Africa from 1994 to'
        ' 1999.',
        [('18 July 1918', '1918-07-18', ''),
         ('5 December 2013', '2013-12-05', ''),
         ('1994', '1994', ''),
         ('1999', '1999', '')]),
    (
        'She was elected to Parliament in 1997 and re-elected in 2001 and 2005.',
        [('1997', '1997', ''), ('2001', '2001', ''), ('2005', '2005', '')]),
    (
        'In 1911 the family emigrated to Argentina; they returned in 1919, after eight years in Buenos '
        'Aires.',
        [('1911', '1911', ''), ('1919', '1919', ''), ('eight years', 'P8Y', '')]),
    (
        'He lived in Rome from the late 1640s until his death.',
        [('the late 1640s', '164', 'END')]),
    (
        'In the years 1940 to 1945 the family lived in hiding in Amsterdam.',
        [('1940', '1940', ''), ('1945', '1945', '')]),
    (
        'Today the firm has ca. 1500 employees in nine countries.',
        [('Today', '2015-10-12', '')]),
    (
        'He wrote the treatise c. 1530 as a gift for the young king.',
        [('1530', '1530', 'APPROX')]),
    (
        'The style spread across Europe from the 12th to the 15th century.',
        [('the 12th', '11', ''), ('the 15th century', '14', '')]),
    (
        'The region was ruled from Constantinople from the 6th to the 9th century AD.',
        [('the 6th', '05', ''), ('the 9th century AD', '08', '')]),
    (
        'Its monasteries were founded in the 11th and 12th centuries.',
        [('the 11th', '10', ''), ('12th centuries', '11', '')]),
    (
        'The newspaper was first published on 1 January 1785 as The Daily Universal Register and took '
        'its present name three years later.',
        [('1 January 1785', '1785-01-01', ''), ('three years later', '1788', '')]),
    (
        'She wrote a column for the Weekly Dispatch and later for the Daily Mail. The paper appeared '
        'daily until 1940.',
        [('daily', 'P1D', ''), ('1940', '1940', '')]),
    (
        'Founded in 1837 as a blacksmith\'s shop, the firm built its first steel plough that year.',
        [('1837', '1837', ''), ('that year', '1837', '')]),
    (
        'The airport handled 4 million passengers in 2014, up from 1.2 million a decade earlier.',
        [('2014', '2014', ''), ('a decade earlier', '2004', '')]),
    (
        'The bridge, opened in 1932, was widened in 1958–59.',
        [('1932', '1932', ''), ('1958–59', '1958', '')]),
    (
        'The manor passed to the Crown in the 16th century and was sold in 1623.',
        [('the 16th century', '15', ''), ('1623', '1623', '')]),
    (
        'He became headmaster in 1905, a post he held until 1931.',
        [('1905', '1905', ''), ('1931', '1931', '')]),
    (
        'The village had 412 inhabitants in 1801 and 1,204 by 1901.',
        [('1801', '1801', ''), ('1901', '1901', '')]),
    (
        'The cathedral took nearly two centuries to complete.',
        [('nearly two centuries', 'P200Y', 'EQUAL_OR_LESS')]),
    (
        'In the late 1990s the club was relegated twice in three seasons.',
        [('the late 1990s', '199', 'END')]),
    (
        'During the 1860s and 70s the railway network in the region tripled.',
        [('the 1860s', '186', ''), ('70s', '187', '')]),
    (
        'In the 1880s and 90s he painted mostly in Brittany.',
        [('the 1880s', '188', ''), ('90s', '189', '')]),
    (
        'In 1952 she moved to New York. In the spring of that year she met the photographer Robert Frank.',
        [('1952', '1952', ''), ('the spring of that year', '1952-SP', '')]),
    (
        'He finished the score in 1913; early the next year it was performed in Paris.',
        [('1913', '1913', ''), ('early the next year', '1914', 'START')]),
    (
        'In January 1919 she was elected to the Reichstag. That spring the party split.',
        [('January 1919', '1919-01', ''), ('That spring', '1919-SP', '')]),
    (
        'The nave was added about 1530, when the parish was enlarged; about 1500 of the villagers '
        'were then living within its bounds.',
        [('1530', '1530', 'APPROX')]),
    (
        'The house was built around 1900 for a shipping merchant.',
        [('1900', '1900', 'APPROX')]),
    (
        'Legend says the hill fort was besieged c. 1000 BC; the town below it was founded c. 1100 AD.',
        [('1000 BC', 'BC1000', ''), ('1100 AD', '1100', '')]),
]

GAPS: list[tuple[str, Marked, str]] = [
    (
        'In 1946 she married the painter John Piper; they divorced in 1950, four years later.',
        [('1946', '1946', ''), ('1950', '1950', ''), ('four years later', '1950', '')],
        "an appositive 'four years later' restates the date before it (counted from 1946), but is "
        "counted from that date"),
    (
        'In 1793 the king was executed; the queen followed him to the guillotine nine months later.',
        [('1793', '1793', ''), ('nine months later', '1793', '')],
        "months counted from a year are counted from the publication date (2016-07); the story's "
        "year (1793, or 1794) would be the reading"),
]


def test_texts_are_distinct() -> None:
    texts = [text for text, _ in CASES] + [text for text, _, _ in GAPS]
    assert len(texts) == len(set(texts))
    assert len(texts) >= 50


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lives(text: str, expected: Marked) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=reason))
    for text, expected, reason in GAPS])
def test_lives_gaps(text: str, expected: Marked) -> None:
    assert found(text) == expected


def test_life_dates_are_two_timex3s_for_timeml() -> None:
    """The TimeML writer marks the two ends of a range of years apart; an approximate first year
    keeps its APPROX, the death year is exact."""
    from timeline_app.temporal.units import split_ranges

    text = "Hans Baldung (c. 1484–1545) was a German painter. Bach (1685-1750) was German."
    assert [(t.text, t.value, t.mod) for t in split_ranges(find_timexes(text, Reference.parse(REF)))] == [
        ("1484", "1484", "APPROX"), ("1545", "1545", None), ("1685", "1685", None), ("1750", "1750", None)]
