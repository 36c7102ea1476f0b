"""Encyclopedic and reference text, annotated by hand (TimeML 1.2 / TempEval-3).

Wikipedia-style background that analysts paste next to the news: lives and reigns, dynasties and
empires, religions, archaeology and the histories of places and institutions, written for this test
long after the events and read at a publication date far from them (2024-05-01), so that every date
comes from the text. The stress is on the first millennium and before: years of three digits ("in
476", "Christmas Day 800", "c. 597", "Charlemagne (742–814)", "the Tang dynasty (618–907)": the
value is the four-digit year, 0476), eras ("44 BC", "AD 79", "79 CE", "between 200 and 900 CE"),
centuries and millennia ("the 5th century BCE" BC04, "the first millennium" 0, "the 4th millennium
BC" BC3), approximate years ("c. 1450", "circa 1600", "ca. 1500": the extent is the year, mod
APPROX as in tests/temporal/test_lives_heldout.py), and holidays of old years ("Easter Sunday 1916").
A range of years that fills its brackets is one expression valued by its first year, as that file
decides for "(1882–1971)"; a dynasty's may run for centuries ("(1368–1644)"). Regnal numbers, psalms and
verses ("John 3:16" is no clock time), routes, highways, page ranges, horse races ("the 1000 Guineas": a sum of money) and named ages ("the
late Bronze Age") are no times; "1,000 years" is a duration; "the Class of 1979" is a year.
Extents leave out leading prepositions. Each case asserts the engine's whole output; known gaps are
strict xfails. test_history_heldout.py, test_lives_heldout.py, test_chronicle_heldout.py and
test_wars_heldout.py hold other histories; these do not repeat them.
"""
from __future__ import annotations

import pytest

from tests.temporal.heldout import Expected, Gap, found, gap_params, texts_of

Case = tuple[str, str, Expected]

REF = '2024-05-01'

CASES: list[Case] = [
    # ---- the first millennium: three-digit years
    ('Charlemagne (742–814) was crowned emperor by Pope Leo III on Christmas Day 800.', REF,
     [('742–814', '0742'), ('Christmas Day 800', '0800-12-25')]),
    ('In 476 the last western emperor, Romulus Augustulus, was deposed by Odoacer.', REF,
     [('476', '0476')]),
    ('The clinic reported 476 cases of the disease.', REF,
     []),
    ('Rome was sacked by the Visigoths in 410.', REF,
     [('410', '0410')]),
    ('The Vikings first raided the monastery at Lindisfarne in 793.', REF,
     [('793', '0793')]),
    ('The Council of Nicaea met in 325 and produced the Nicene Creed.', REF,
     [('325', '0325')]),
    ('The Umayyad mosque in Damascus was completed in 715, and the caliphate fell in 750.', REF,
     [('715', '0715'), ('750', '0750')]),
    ('Bede finished the Ecclesiastical History in 731, four years before his death.', REF,
     [('731', '0731'), ('four years', 'P4Y')]),
    ('Charlemagne was crowned in the year 800 by Pope Leo III in Old St. Peter\'s Basilica.', REF,
     [('the year 800', '0800')]),
    ('The Battle of Tours took place in October 732, near Poitiers.', REF,
     [('October 732', '0732-10')]),
    ('Pope Gregory the Great sent Augustine to Kent, where he baptised King Æthelberht c. 597.', REF,
     [('597', '0597')]),
    ('Augustine landed in Kent at Easter 597 with forty monks.', REF,
     [('Easter 597', '0597-04-16')]),
    ('Alfred the Great (849–899) defeated the Danes at Edington in 878.', REF,
     [('849–899', '0849'), ('878', '0878')]),
    ('Offa of Mercia (r. 757–796) ordered the construction of the dyke that bears his name.', REF,
     [('757–796', '0757')]),
    ('The monk Bede (c. 673–735) completed his history in 731.', REF,
     [('673–735', '0673'), ('731', '0731')]),
    ('Justinian I (c. 482–565) codified Roman law in the 530s.', REF,
     [('482–565', '0482'), ('the 530s', '053')]),
    ('Saint Boniface (c. 675 – 5 June 754) was killed by bandits in Frisia.', REF,
     [('675', '0675'), ('5 June 754', '0754-06-05')]),
    ('Genghis Khan (c. 1162 – 18 August 1227) founded the Mongol Empire in 1206.', REF,
     [('1162', '1162'), ('18 August 1227', '1227-08-18'), ('1206', '1206')]),
    ('The temple was rebuilt in the 6th century BC and destroyed by the Romans in AD 70.', REF,
     [('the 6th century BC', 'BC05'), ('AD 70', '0070')]),
    ('The site has yielded pottery from the early first millennium BC.', REF,
     [('the early first millennium BC', 'BC0')]),
    ('On 5 June 500 pilgrims reached the shrine.', REF,
     [('5 June', '2024-06-05')]),
    # ---- dynasties and empires
    ('The Tang dynasty (618–907) is regarded as a high point of Chinese civilisation.', REF,
     [('618–907', '0618')]),
    ('The Song dynasty (960–1279) saw the spread of printing with movable type.', REF,
     [('960–1279', '0960')]),
    ('The Abbasid Caliphate (750–1258) moved its capital to Baghdad in 762.', REF,
     [('750–1258', '0750'), ('762', '0762')]),
    ('The Ming dynasty (1368–1644) rebuilt much of the Great Wall.', REF,
     [('1368–1644', '1368')]),
    ('The Byzantine Empire (330–1453) outlived its western counterpart by almost a thousand years.', REF,
     [('330–1453', '0330'), ('almost a thousand years', 'P1000Y')]),
    ('The dynasty ruled Egypt for nearly three hundred years.', REF,
     [('nearly three hundred years', 'P300Y')]),
    # ---- eras, centuries, millennia
    ('Julius Caesar was assassinated on the Ides of March, 44 BC.', REF,
     [('the Ides of March, 44 BC', 'BC0044-03-15')]),
    ('Mount Vesuvius erupted on 24 August AD 79, burying Pompeii and Herculaneum.', REF,
     [('24 August AD 79', '0079-08-24')]),
    ('The eruption of 79 CE destroyed Herculaneum as well.', REF,
     [('79 CE', '0079')]),
    ('Athens reached the height of its power in the 5th century BCE.', REF,
     [('the 5th century BCE', 'BC04')]),
    ('The Maya city of Tikal reached its peak between 200 and 900 CE.', REF,
     [('200', '0200'), ('900 CE', '0900')]),
    ('Hadrian\'s Wall was begun in AD 122 and took about six years to complete.', REF,
     [('AD 122', '0122'), ('about six years', 'P6Y')]),
    ('The Roman Republic was established in 509 BC and lasted almost five centuries.', REF,
     [('509 BC', 'BC0509'), ('almost five centuries', 'P500Y')]),
    ('Rome was founded, according to legend, on 21 April 753 BC.', REF,
     [('21 April 753 BC', 'BC0753-04-21')]),
    ('Confucius (551–479 BC) taught in the state of Lu.', REF,
     [('551', 'BC0551'), ('479 BC', 'BC0479')]),
    ('Trade along the Silk Road flourished during the first millennium.', REF,
     [('the first millennium', '0')]),
    ('Farming reached Britain in the 4th millennium BC.', REF,
     [('the 4th millennium BC', 'BC3')]),
    ('The palace was abandoned c. 1200 BC, during the collapse of the late Bronze Age.', REF,
     [('1200 BC', 'BC1200')]),
    ('The Hittite Empire collapsed around 1180 BC.', REF,
     [('1180 BC', 'BC1180')]),
    ('Mohenjo-daro was largely abandoned in the 19th century BC.', REF,
     [('the 19th century BC', 'BC18')]),
    ('The archive holds over 1,000 charters from the 12th and 13th centuries.', REF,
     [('the 12th', '11'), ('13th centuries', '12')]),
    ('The Angkor temples were built between the 9th and 15th centuries.', REF,
     [('the 9th', '08'), ('15th centuries', '14')]),
    ('Christianity had reached Rome by the mid-1st century.', REF,
     [('the mid-1st century', '00')]),
    ('The Carolingian Renaissance flourished in the late 8th and 9th centuries.', REF,
     [('the late 8th', '07'), ('9th centuries', '08')]),
    ('The priory flourished until the turn of the 16th century, when its last prior died.', REF,
     [('the turn of the 16th century', '1500')]),
    ('Most of the mills were built in the 1790s. By the turn of the century, the valley held forty of them.', REF,
     [('the 1790s', '179'), ('the turn of the century', '1800')]),
    # ---- approximate and partial
    ('Gutenberg developed printing with movable type c. 1450.', REF,
     [('1450', '1450')]),
    ('The manor house was built circa 1600 for a wool merchant.', REF,
     [('1600', '1600')]),
    ('The manuscript was copied ca. 1500 in Florence.', REF,
     [('1500', '1500')]),
    ('Norse settlers reached Newfoundland around 1000 AD.', REF,
     [('1000 AD', '1000')]),
    ('The cathedral, begun in the 1190s, was consecrated in 1220.', REF,
     [('the 1190s', '119'), ('1220', '1220')]),
    ('The monastery was founded in the early 9th century and burned by raiders in 865.', REF,
     [('the early 9th century', '08'), ('865', '0865')]),
    ('Construction of the cathedral began circa 1163 and lasted nearly two centuries.', REF,
     [('1163', '1163'), ('nearly two centuries', 'P200Y')]),
    ('The hall was rebuilt in the mid-15th century and extended in 1611.', REF,
     [('the mid-15th century', '14'), ('1611', '1611')]),
    # ---- life dates and reigns
    ('Elizabeth II (21 April 1926 – 8 September 2022) was the longest-reigning British monarch.', REF,
     [('21 April 1926', '1926-04-21'), ('8 September 2022', '2022-09-08')]),
    ('Elizabeth I (r. 1558–1603) never married.', REF,
     [('1558–1603', '1558')]),
    ('Walther von der Vogelweide (fl. 1190–1210) was the best-known Minnesinger.', REF,
     [('1190–1210', '1190')]),
    ('Harold Godwinson (d. 1066) was the last crowned Anglo-Saxon king.', REF,
     [('1066', '1066')]),
    ('Mansa Musa (fl. 1312–1337) made his pilgrimage to Mecca in 1324.', REF,
     [('1312–1337', '1312'), ('1324', '1324')]),
    ('Louis XIV (5 September 1638 – 1 September 1715) reigned for 72 years.', REF,
     [('5 September 1638', '1638-09-05'), ('1 September 1715', '1715-09-01'), ('72 years', 'P72Y')]),
    # ---- holidays of old years
    ('William the Conqueror was crowned in Westminster Abbey on Christmas Day 1066.', REF,
     [('Christmas Day 1066', '1066-12-25')]),
    ('The Easter Rising began on Easter Monday, 24 April 1916, in Dublin.', REF,
     [('Easter Monday, 24 April 1916', '1916-04-24')]),
    ('The Emancipation Proclamation took effect on New Year\'s Day 1863.', REF,
     [("New Year's Day 1863", '1863-01-01')]),
    ('The Normans conquered England in 1066, and William was crowned on Christmas Day that year.', REF,
     [('1066', '1066'), ('Christmas Day', '1066-12-25'), ('that year', '1066')]),
    # ---- pitfalls: numbers that are no times
    ('Pope Gregory XIII promulgated the Gregorian calendar in February 1582.', REF,
     [('February 1582', '1582-02')]),
    ('The abbey was dissolved in 1539 under Henry VIII, and its lands were sold.', REF,
     [('1539', '1539')]),
    ('The hymn sets Psalm 23 to a tune of 1872.', REF,
     [('1872', '1872')]),
    ('The diner on Route 66 opened in 1946 and closed in the 1980s.', REF,
     [('1946', '1946'), ('the 1980s', '198')]),
    ('The verse John 3:16 is among the most quoted in the Bible.', REF,
     []),
    ('The anthem sets Psalm 23:4 to a melody first printed in 1872.', REF,
     [('1872', '1872')]),
    ('The essay appears in volume 12, pp. 112–118.', REF,
     []),
    ('See the tables (112–118) for the full list of finds.', REF,
     []),
    ('The settlement has been occupied for more than 1,000 years.', REF,
     [('more than 1,000 years', 'P1000Y')]),
    ('The filly won the 1000 Guineas at Newmarket.', REF,
     []),
    ('Highway 401 was completed in 1968 across southern Ontario.', REF,
     [('1968', '1968')]),
    ('She graduated with the Class of 1979 and joined the foreign service.', REF,
     [('1979', '1979')]),
    ('The survey was repeated in 200 schools across the province.', REF,
     []),
    # ---- a paragraph
    ('The abbey was founded in 1132 by Cistercian monks from Clairvaux. It prospered in the 13th century, '
     'when its wool was sold across Europe, but the Black Death of 1348–49 halved the community. The '
     'house was dissolved in 1536, and the ruins passed to the state in 1925.', REF,
     [('1132', '1132'), ('the 13th century', '12'), ('1348–49', '1348'), ('1536', '1536'), ('1925', '1925')]),
]

GAPS: list[Gap] = [
    ("The Prophet Muhammad's migration to Medina in 622 marks the start of the Islamic calendar.", REF,
     [('622', '0622')],
     "three digits after 'in' before a verb ('marks') are left: a verb is not told from a noun there"),
    ('The Synod of Whitby met in 664 to settle the date of Easter.', REF,
     [('664', '0664')],
     "three digits after 'in' before 'to' may be a count ('rose in 300 to 400'), so the year is left; "
     "'the date of Easter' names no one Easter but is read as the nearest"),
    ('The treaty of 843 divided the empire among his grandsons.', REF,
     [('843', '0843')],
     "a three-digit year after 'of' is not read (it is as often a count: 'a total of 843')"),
    ('In 410 Alaric\'s Visigoths sacked Rome.', REF,
     [('410', '0410')],
     "a three-digit year before a capitalised word is refused (it may be a count of a named thing)"),
    ('Much of the old town dates from the first half of the 18th century.', REF,
     [('the first half of the 18th century', '17')],
     "a half of a century is not one expression: only 'the 18th century' is found"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_encyclopedic_texts(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), gap_params(GAPS))
def test_encyclopedic_gaps(text: str, reference: str, expected: Expected) -> None:
    assert found(text, reference) == expected


def test_the_texts_are_distinct() -> None:
    texts = texts_of(CASES, GAPS)
    assert len(texts) == len(set(texts)) >= 40
