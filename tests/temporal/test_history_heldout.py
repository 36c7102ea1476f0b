"""Held-out narrative history (WikiWars style): wars and campaigns told long after them.

Each paragraph is dated against a publication date of 2010-06-15, decades or centuries after
the story, so a bare date resolved against the publication date instead of the story's year
shows up as an error. Expectations follow TimeML 1.2 (value, extent without leading
prepositions); names that contain a time ("the Thirty Years' War", "the Winter War") are not
tagged. Known gaps are strict xfails with their reason.
"""
from __future__ import annotations

import pytest

from timeline_app.temporal import Reference, find_timexes

REFERENCE = Reference.parse("2010-06-15")


def _gap(text: str, expected: list[tuple[str, str]], reason: str) -> object:
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=reason))


CASES = [
    _gap(
        'Operation Barbarossa began at 03:15 on 22 June 1941, when German forces crossed the Soviet '
        'border along a front of nearly 3,000 kilometres. By 26 June the Finns had joined the attack, and'
        ' on the 28th Minsk was encircled.',
        [
            ('03:15', '1941-06-22T03:15'),
            ('22 June 1941', '1941-06-22'),
            ('26 June', '1941-06-26'),
            ('the 28th', '1941-06-28'),
        ],
        "'on the 28th' right before a capitalised word is refused: it could be 'the 28th Division'"),
    (
        'The siege of Leningrad began on 8 September 1941 and lasted for 872 days. The 872-day siege '
        'ended on 27 January 1944, when the Red Army finally lifted the blockade.',
        [
            ('8 September 1941', '1941-09-08'),
            ('872 days', 'P872D'),
            ('872-day', 'P872D'),
            ('27 January 1944', '1944-01-27'),
        ]),
    (
        'In the autumn of 1942, German troops reached the Volga. On 19 November, the Soviets launched '
        'Operation Uranus; four days later the pincers met at Kalach.',
        [
            ('the autumn of 1942', '1942-FA'),
            ('19 November', '1942-11-19'),
            ('four days later', '1942-11-23'),
        ]),
    (
        'The Battle of Kursk opened on July 5, 1943. A week later, on July 12, the largest tank battle of'
        ' the war was fought near Prokhorovka. By the end of August the Red Army had retaken Kharkov.',
        [
            ('July 5, 1943', '1943-07-05'),
            ('A week later', '1943-W28'),
            ('July 12', '1943-07-12'),
            ('the end of August', '1943-08'),
        ]),
    (
        'Hannibal crossed the Alps in 218 BC with some 38,000 infantry. Two years later, at Cannae, he '
        'destroyed a Roman army of more than 50,000 men.',
        [
            ('218 BC', 'BC0218'),
            ('Two years later', 'BC0216'),
        ]),
    (
        'In AD 9, three Roman legions under Varus were annihilated in the Teutoburg Forest. Augustus '
        'never again tried to push the frontier to the Elbe.',
        [
            ('AD 9', '0009'),
        ]),
    (
        "The Thirty Years' War (1618-1648) devastated central Europe. By the middle of the 17th century, "
        'some regions of Germany had lost a third of their population.',
        [
            ('1618-1648', '1618'),
            ('the middle of the 17th century', '16'),
        ]),
    (
        'The First World War lasted from 1914 to 1918. On 11 November 1918, the armistice was signed in a'
        ' railway carriage at Compiègne, and the guns fell silent at 11 a.m.',
        [
            ('1914', '1914'),
            ('1918', '1918'),
            ('11 November 1918', '1918-11-11'),
            ('11 a.m.', '1918-11-11T11:00'),
        ]),
    (
        'The Normandy landings took place on 6 June 1944. The assault began at dawn, and by nightfall '
        'some 156,000 troops were ashore. A week after the landing, the beachheads had been linked.',
        [
            ('6 June 1944', '1944-06-06'),
            ('dawn', '1944-06-06TMO'),
            ('nightfall', '1944-06-06TEV'),
            ('A week', 'P1W'),
        ]),
    (
        "The Battle of Gettysburg was fought between 1 and 3 July 1863. On the third day, Pickett's "
        'Charge was repulsed. The next day, Lee began his retreat, and Vicksburg surrendered the same '
        'day.',
        [
            ('1', '1863-07-01'),
            ('3 July 1863', '1863-07-03'),
            ('the third day', '1863-07-03'),
            ('The next day', '1863-07-04'),
            ('the same day', '1863-07-04'),
        ]),
    (
        'During the 1930s, Japan expanded into Manchuria and northern China. In July 1937, a clash at the'
        ' Marco Polo Bridge escalated into full-scale war. Nanjing fell in December.',
        [
            ('the 1930s', '193'),
            ('July 1937', '1937-07'),
            ('December', '1937-12'),
        ]),
    (
        'The Crimean War broke out in October 1853. The allies landed in the Crimea in September 1854, '
        'and the siege of Sevastopol lasted nearly a year.',
        [
            ('October 1853', '1853-10'),
            ('September 1854', '1854-09'),
            ('nearly a year', 'P1Y'),
        ]),
    (
        'Napoleon entered Moscow on 14 September 1812. The city burned for five days. On 19 October, the '
        'Grande Armée began its retreat, and by mid-December fewer than 30,000 men had recrossed the '
        'Niemen.',
        [
            ('14 September 1812', '1812-09-14'),
            ('five days', 'P5D'),
            ('19 October', '1812-10-19'),
            ('mid-December', '1812-12'),
        ]),
    (
        "The Hundred Years' War was a series of conflicts waged from 1337 to 1453 between the House of "
        'Plantagenet and the House of Valois. For much of the 14th century, the English held the upper '
        'hand.',
        [
            ('1337', '1337'),
            ('1453', '1453'),
            ('the 14th century', '13'),
        ]),
    (
        'The Battle of Britain began in July 1940. On the night of 24-25 August, German bombers struck '
        'London by mistake. The following week, the RAF raided Berlin.',
        [
            ('July 1940', '1940-07'),
            ('24-25 August', '1940-08-24'),
            ('The following week', '1940-W35'),
        ]),
    (
        'Every winter, the Russian army withdrew to its quarters, and every spring the campaigning '
        'resumed. In 1709, however, Charles XII pressed on through the winter.',
        [
            ('Every winter', 'XXXX-WI'),
            ('every spring', 'XXXX-SP'),
            ('1709', '1709'),
            ('the winter', '1709-WI'),
        ]),
    (
        'The Korean War began on June 25, 1950, when North Korean troops crossed the 38th parallel. '
        'Within a month, the UN forces had been pushed back to the Pusan perimeter. In September, '
        'MacArthur landed at Inchon.',
        [
            ('June 25, 1950', '1950-06-25'),
            ('a month', 'P1M'),
            ('September', '1950-09'),
        ]),
    (
        'The Second Punic War lasted seventeen years, from 218 to 201 BC. In the spring of 202 BC, Scipio'
        ' landed in Africa.',
        [
            ('seventeen years', 'P17Y'),
            ('218', 'BC0218'),
            ('201 BC', 'BC0201'),
            ('the spring of 202 BC', 'BC0202-SP'),
        ]),
    (
        "The Seven Years' War was fought between 1756 and 1763. In the summer of 1759, British forces "
        'besieged Quebec, and on 13 September they defeated the French on the Plains of Abraham.',
        [
            ('1756', '1756'),
            ('1763', '1763'),
            ('the summer of 1759', '1759-SU'),
            ('13 September', '1759-09-13'),
        ]),
    (
        'The Battle of Waterloo was fought on Sunday, 18 June 1815. The fighting began shortly before '
        'noon and lasted until the evening. Two days earlier, Napoleon had beaten the Prussians at Ligny.',
        [
            ('Sunday, 18 June 1815', '1815-06-18'),
            ('noon', '1815-06-18T12:00'),
            ('the evening', '1815-06-18TEV'),
            ('Two days earlier', '1815-06-16'),
        ]),
    (
        'The American Revolutionary War began in April 1775 with skirmishes at Lexington and Concord. On '
        'July 4, 1776, the Continental Congress adopted the Declaration of Independence. That winter, '
        'Washington crossed the Delaware and surprised the Hessians at Trenton on December 26.',
        [
            ('April 1775', '1775-04'),
            ('July 4, 1776', '1776-07-04'),
            ('That winter', '1777-WI'),
            ('December 26', '1776-12-26'),
        ]),
    (
        'Cornwallis surrendered at Yorktown on 19 October 1781. The Treaty of Paris, signed two years '
        'later, recognised American independence.',
        [
            ('19 October 1781', '1781-10-19'),
            ('two years later', '1783'),
        ]),
    (
        'The Franco-Prussian War was declared on 19 July 1870. Within six weeks the French army had been '
        'defeated at Sedan, and on 2 September Napoleon III was taken prisoner. The siege of Paris lasted'
        ' four months, from September 1870 to January 1871.',
        [
            ('19 July 1870', '1870-07-19'),
            ('six weeks', 'P6W'),
            ('2 September', '1870-09-02'),
            ('four months', 'P4M'),
            ('September 1870', '1870-09'),
            ('January 1871', '1871-01'),
        ]),
    (
        'The Boer War began in October 1899. During the first months of the war, the British suffered a '
        'series of defeats, culminating in Black Week in December 1899. The relief of Mafeking came in '
        'May 1900, after a siege of 217 days.',
        [
            ('October 1899', '1899-10'),
            ('December 1899', '1899-12'),
            ('May 1900', '1900-05'),
            ('217 days', 'P217D'),
        ]),
    (
        'The Russo-Japanese War opened on the night of 8-9 February 1904 with a surprise attack on Port '
        'Arthur. The port held out until 2 January 1905. In May 1905, the Russian Baltic Fleet was '
        'destroyed at Tsushima after a voyage of eight months.',
        [
            ('8-9 February 1904', '1904-02-08'),
            ('2 January 1905', '1905-01-02'),
            ('May 1905', '1905-05'),
            ('eight months', 'P8M'),
        ]),
    (
        'On 28 June 1914, Archduke Franz Ferdinand was assassinated in Sarajevo. A month later, Austria-'
        'Hungary declared war on Serbia. By early August most of the great powers were at war.',
        [
            ('28 June 1914', '1914-06-28'),
            ('A month later', '1914-07'),
            ('early August', '1914-08'),
        ]),
    (
        'The Battle of the Somme began on 1 July 1916. On the first day alone, the British suffered '
        'nearly 60,000 casualties. The offensive continued until mid-November, when winter rains turned '
        'the battlefield into mud.',
        [
            ('1 July 1916', '1916-07-01'),
            ('the first day', '1916-07-01'),
            ('mid-November', '1916-11'),
            ('winter', '1917-WI'),
        ]),
    (
        'The Battle of Verdun was the longest battle of the war, lasting from February to December 1916. '
        'It began at 07:15 on 21 February with a bombardment that lasted ten hours.',
        [
            ('February', '1916-02'),
            ('December 1916', '1916-12'),
            ('07:15', '1916-02-21T07:15'),
            ('21 February', '1916-02-21'),
            ('ten hours', 'PT10H'),
        ]),
    (
        'In the spring of 1918, Germany launched its last great offensive. Operation Michael began on 21 '
        'March. By early June, German troops were again on the Marne, some 60 kilometres from Paris. In '
        'the summer the Allies counter-attacked, and the Hundred Days Offensive began on 8 August.',
        [
            ('the spring of 1918', '1918-SP'),
            ('21 March', '1918-03-21'),
            ('early June', '1918-06'),
            ('the summer', '1918-SU'),
            ('8 August', '1918-08-08'),
        ]),
    (
        'The Spanish Civil War lasted from July 1936 until April 1939. Madrid was besieged for almost '
        'three years. On 26 April 1937, German aircraft bombed Guernica.',
        [
            ('July 1936', '1936-07'),
            ('April 1939', '1939-04'),
            ('almost three years', 'P3Y'),
            ('26 April 1937', '1937-04-26'),
        ]),
    (
        'Germany invaded Poland on 1 September 1939. Two days later, Britain and France declared war. '
        'Warsaw held out until the end of the month.',
        [
            ('1 September 1939', '1939-09-01'),
            ('Two days later', '1939-09-03'),
            ('the end of the month', '1939-09'),
        ]),
    (
        'The Winter War began on 30 November 1939, when the Soviet Union attacked Finland. The fighting '
        'lasted 105 days. Under the peace treaty signed on 12 March 1940, Finland ceded a tenth of its '
        'territory.',
        [
            ('30 November 1939', '1939-11-30'),
            ('105 days', 'P105D'),
            ('12 March 1940', '1940-03-12'),
        ]),
    (
        'The German offensive in the west opened on 10 May 1940. Within days, the panzers had crossed the'
        ' Meuse at Sedan. Between 26 May and 4 June, more than 330,000 Allied soldiers were evacuated '
        'from Dunkirk. Paris fell on 14 June, and France signed an armistice eight days later.',
        [
            ('10 May 1940', '1940-05-10'),
            ('days', 'PXD'),
            ('26 May', '1940-05-26'),
            ('4 June', '1940-06-04'),
            ('14 June', '1940-06-14'),
            ('eight days later', '1940-06-22'),
        ]),
    (
        'The attack on Pearl Harbor took place on the morning of Sunday, December 7, 1941. The first wave'
        ' struck at 7:55 a.m. local time. The next day, the United States declared war on Japan.',
        [
            ('Sunday, December 7, 1941', '1941-12-07'),
            ('7:55 a.m.', '1941-12-07T07:55'),
            ('The next day', '1941-12-08'),
        ]),
    (
        'The Battle of Midway was fought from June 4 to 7, 1942, six months after Pearl Harbor. In '
        'August, American marines landed on Guadalcanal, where fighting went on for six months.',
        [
            ('June 4 to 7, 1942', '1942-06-04'),
            ('six months', 'P6M'),
            ('August', '1942-08'),
            ('six months', 'P6M'),
        ]),
    (
        'The Battle of El Alamein began on the night of 23 October 1942 with a massive artillery barrage.'
        " After twelve days of fighting, Rommel's forces were in full retreat. On 8 November, Allied "
        'troops landed in Morocco and Algeria.',
        [
            ('23 October 1942', '1942-10-23'),
            ('twelve days', 'P12D'),
            ('8 November', '1942-11-08'),
        ]),
    (
        "Stalingrad was encircled in late November 1942. Paulus's Sixth Army held out through the winter,"
        ' and the last German troops surrendered on 2 February 1943.',
        [
            ('late November 1942', '1942-11'),
            ('the winter', '1943-WI'),
            ('2 February 1943', '1943-02-02'),
        ]),
    (
        'In January 1944, the Allies landed at Anzio. The breakout came only in May, and Rome fell on 4 '
        'June, two days before the Normandy landings.',
        [
            ('January 1944', '1944-01'),
            ('May', '1944-05'),
            ('4 June', '1944-06-04'),
            ('two days', 'P2D'),
        ]),
    (
        'The Warsaw Uprising began on 1 August 1944 and lasted 63 days. The Home Army capitulated on 2 '
        'October. In the following months, the city was systematically destroyed.',
        [
            ('1 August 1944', '1944-08-01'),
            ('63 days', 'P63D'),
            ('2 October', '1944-10-02'),
            ('the following months', 'PXM'),
        ]),
    (
        'The Battle of the Bulge began on 16 December 1944 in the Ardennes. By Christmas, the Germans had'
        ' been stopped short of the Meuse, and by the end of January the bulge had been eliminated.',
        [
            ('16 December 1944', '1944-12-16'),
            ('Christmas', '1944-12-25'),
            ('the end of January', '1945-01'),
        ]),
    (
        'Berlin fell in early May 1945. Hitler had killed himself on 30 April, and on 7 May Germany '
        'signed an unconditional surrender at Reims, effective at 23:01 on 8 May.',
        [
            ('early May 1945', '1945-05'),
            ('30 April', '1945-04-30'),
            ('7 May', '1945-05-07'),
            ('23:01', '1945-05-08T23:01'),
            ('8 May', '1945-05-08'),
        ]),
    (
        'On August 6, 1945, an American B-29 dropped an atomic bomb on Hiroshima. Three days later a '
        'second bomb destroyed Nagasaki. Japan announced its surrender on August 15, and the formal '
        'ceremony took place aboard the USS Missouri on 2 September.',
        [
            ('August 6, 1945', '1945-08-06'),
            ('Three days later', '1945-08-09'),
            ('August 15', '1945-08-15'),
            ('2 September', '1945-09-02'),
        ]),
    (
        'The First Crusade was launched in 1096. After a siege of more than seven months, Antioch fell in'
        ' June 1098, and Jerusalem was taken on 15 July 1099.',
        [
            ('1096', '1096'),
            ('more than seven months', 'P7M'),
            ('June 1098', '1098-06'),
            ('15 July 1099', '1099-07-15'),
        ]),
    (
        'The Norman conquest of England began in the late summer of 1066. William landed at Pevensey on '
        '28 September, and on 14 October he defeated Harold at Hastings. He was crowned on Christmas Day.',
        [
            ('the late summer of 1066', '1066-SU'),
            ('28 September', '1066-09-28'),
            ('14 October', '1066-10-14'),
            ('Christmas Day', '1066-12-25'),
        ]),
    (
        'During the late 18th century, Britain fought a series of wars with France. The French '
        'Revolutionary Wars began in 1792 and continued, with brief pauses, until 1802.',
        [
            ('the late 18th century', '17'),
            ('1792', '1792'),
            ('1802', '1802'),
        ]),
    (
        'The Peloponnesian War between Athens and Sparta began in 431 BC and lasted 27 years. Athens '
        'surrendered in the spring of 404 BC.',
        [
            ('431 BC', 'BC0431'),
            ('27 years', 'P27Y'),
            ('the spring of 404 BC', 'BC0404-SP'),
        ]),
    (
        'The Vietnam War escalated in the mid-1960s. On 30 January 1968, during the Tet holiday, the '
        'North Vietnamese launched a general offensive. By the early 1970s, American troops were being '
        'withdrawn, and Saigon fell on 30 April 1975.',
        [
            ('the mid-1960s', '196'),
            ('30 January 1968', '1968-01-30'),
            ('the early 1970s', '197'),
            ('30 April 1975', '1975-04-30'),
        ]),
    (
        'The Six-Day War was fought between 5 and 10 June 1967. On the first morning, the Israeli air '
        'force destroyed most of the Egyptian air force on the ground.',
        [
            ('5', '1967-06-05'),
            ('10 June 1967', '1967-06-10'),
            ('the first morning', '1967-06-05TMO'),
        ]),
    (
        'The Iran–Iraq War lasted nearly eight years, from September 1980 until August 1988. In the '
        'summer of 1982, Iran went on the offensive.',
        [
            ('nearly eight years', 'P8Y'),
            ('September 1980', '1980-09'),
            ('August 1988', '1988-08'),
            ('the summer of 1982', '1982-SU'),
        ]),
    (
        'The Falklands War began on 2 April 1982 when Argentine forces landed on the islands. A British '
        'task force sailed three days later. After 74 days of fighting, the Argentine garrison '
        'surrendered on 14 June.',
        [
            ('2 April 1982', '1982-04-02'),
            ('three days later', '1982-04-05'),
            ('74 days', 'P74D'),
            ('14 June', '1982-06-14'),
        ]),
    (
        "Lincoln was shot on the evening of 14 April 1865 at Ford's Theatre and died the following "
        'morning. Twelve days later, his assassin was cornered and killed in a Virginia barn.',
        [
            ('14 April 1865', '1865-04-14'),
            ('the following morning', '1865-04-15TMO'),
            ('Twelve days later', '1865-04-26'),
        ]),
    _gap(
        'In mid-1943, the Allies invaded Sicily. Mussolini was deposed later that month, and in early '
        'September Italy signed an armistice.',
        [
            ('mid-1943', '1943'),
            ('later that month', '1943-07'),
            ('early September', '1943-09'),
        ],
        "'later that month' after a year-only date has no month to refer to; the annotator's July comes from world knowledge"),
    (
        'The war dragged on throughout the 1920s. By late 1927 the Nationalists controlled most of '
        'southern China, and early the following year they marched north.',
        [
            ('the 1920s', '192'),
            ('late 1927', '1927'),
            ('early the following year', '1928'),
        ]),
    (
        'The Peace of Westphalia, concluded in 1648, ended the war. Over the next three decades, France '
        'emerged as the dominant power in Europe.',
        [
            ('1648', '1648'),
            ('the next three decades', 'P30Y'),
        ]),
    (
        'In the first half of 1942, Japan conquered Malaya, Singapore and the Dutch East Indies. '
        'Singapore surrendered on 15 February after a campaign of seventy days.',
        [
            ('the first half of 1942', '1942-H1'),
            ('15 February', '1942-02-15'),
            ('seventy days', 'P70D'),
        ]),
    (
        'Fort Sumter was bombarded on April 12, 1861. The garrison surrendered the next afternoon, and '
        'three days later Lincoln called for 75,000 volunteers to serve for ninety days.',
        [
            ('April 12, 1861', '1861-04-12'),
            ('the next afternoon', '1861-04-13TAF'),
            ('three days later', '1861-04-15'),
            ('ninety days', 'P90D'),
        ]),
    (
        'The Spanish Armada sailed in May 1588. Late in July it entered the Channel, and on the night of '
        '7 August English fireships scattered it off Calais.',
        [
            ('May 1588', '1588-05'),
            ('Late in July', '1588-07'),
            ('7 August', '1588-08-07'),
        ]),
    (
        'Charlemagne was crowned emperor on Christmas Day in the year 800. For the next three centuries, '
        'his successors struggled to hold the empire together.',
        [
            ('Christmas Day', '0800-12-25'),
            ('the year 800', '0800'),
            ('the next three centuries', 'P300Y'),
        ]),
    (
        'The Battle of Tours took place in October 732, near the city of Tours. It is often dated to the '
        '10th of October, although some historians prefer a date a year earlier.',
        [
            ('October 732', '0732-10'),
            ('the 10th of October', '0732-10-10'),
            ('a year earlier', '0731'),
        ]),
    (
        'The Great Northern War broke out in 1700. Charles XII won a brilliant victory at Narva in '
        'November, but nine years later his army was destroyed at Poltava.',
        [
            ('1700', '1700'),
            ('November', '1700-11'),
            ('nine years later', '1709'),
        ]),
    (
        'In the summer of 1863, Lee invaded Pennsylvania for the second time. That autumn, the Union '
        'armies in the west were besieged at Chattanooga, and in late November Grant broke the siege.',
        [
            ('the summer of 1863', '1863-SU'),
            ('That autumn', '1863-FA'),
            ('late November', '1863-11'),
        ]),
    (
        'The Siege of Vienna lasted from 14 July to 12 September 1683. On the morning of the 12th, the '
        'relief army under Jan Sobieski descended from the Kahlenberg.',
        [
            ('14 July', '1683-07-14'),
            ('12 September 1683', '1683-09-12'),
            ('the morning of the 12th', '1683-09-12TMO'),
        ]),
    (
        'The Mexican–American War lasted from 1846 to 1848. American forces captured Mexico City in '
        'September 1847, and the Treaty of Guadalupe Hidalgo was signed the following February.',
        [
            ('1846', '1846'),
            ('1848', '1848'),
            ('September 1847', '1847-09'),
            ('the following February', '1848-02'),
        ]),
    (
        'By the 1860s, breech-loading rifles had begun to replace muskets. In the 1870s and 1880s, most '
        'European armies adopted them.',
        [
            ('the 1860s', '186'),
            ('the 1870s', '187'),
            ('1880s', '188'),
        ]),
    (
        'During the early 20th century, aircraft were first used in war. The first aerial bombing took '
        'place in 1911, during the Italo-Turkish War.',
        [
            ('the early 20th century', '19'),
            ('1911', '1911'),
        ]),
    (
        'The Battle of Jutland was fought on 31 May and 1 June 1916. The battlecruisers made contact at '
        'about 14:20, and the main fleets engaged shortly after 18:00.',
        [
            ('31 May', '1916-05-31'),
            ('1 June 1916', '1916-06-01'),
            ('14:20', '1916-06-01T14:20'),
            ('18:00', '1916-06-01T18:00'),
        ]),
    (
        'The Berlin Blockade began in June 1948. For almost eleven months, the city was supplied by air; '
        'the Soviets lifted the blockade on 12 May 1949, at one minute past midnight.',
        [
            ('June 1948', '1948-06'),
            ('almost eleven months', 'P11M'),
            ('12 May 1949', '1949-05-12'),
            ('one minute', 'PT1M'),
            ('midnight', '1949-05-12T24:00'),
        ]),
    (
        'The Cuban Missile Crisis lasted thirteen days in October 1962. On 22 October, Kennedy announced '
        'a naval quarantine of Cuba. Six days later, Khrushchev agreed to withdraw the missiles.',
        [
            ('thirteen days', 'P13D'),
            ('October 1962', '1962-10'),
            ('22 October', '1962-10-22'),
            ('Six days later', '1962-10-28'),
        ]),
    (
        'In 1453, after a siege of 53 days, Constantinople fell to the Ottomans. The final assault began '
        'in the early hours of 29 May.',
        [
            ('1453', '1453'),
            ('53 days', 'P53D'),
            ('29 May', '1453-05-29'),
        ]),
    _gap(
        'Hostilities resumed in the spring. By the summer of 1813, Austria had joined the coalition, and '
        'in October the allies won the Battle of Leipzig, which lasted four days.',
        [
            ('the spring', '1813-SP'),
            ('the summer of 1813', '1813-SU'),
            ('October', '1813-10'),
            ('four days', 'P4D'),
        ],
        "a season named before the story's year is given falls back on the publication date"),
    (
        'The Gallic Wars were waged by Julius Caesar between 58 BC and 50 BC. In 52 BC, Vercingetorix led'
        ' a general revolt, which ended at Alesia later that year.',
        [
            ('58 BC', 'BC0058'),
            ('50 BC', 'BC0050'),
            ('52 BC', 'BC0052'),
            ('later that year', 'BC0052'),
        ]),
    (
        'The war of 1812 ended with the Treaty of Ghent, signed on 24 December 1814. News of the peace '
        'took weeks to cross the Atlantic, and on 8 January 1815 the Battle of New Orleans was fought.',
        [
            ('1812', '1812'),
            ('24 December 1814', '1814-12-24'),
            ('weeks', 'PXW'),  # "took weeks": a length of time, as "for weeks" is
            ('8 January 1815', '1815-01-08'),
        ]),
    (
        'Every summer the nomads raided the frontier, and every autumn the garrisons were reinforced. In '
        '1571, however, the Crimean Tatars burned Moscow.',
        [
            ('Every summer', 'XXXX-SU'),
            ('every autumn', 'XXXX-FA'),
            ('1571', '1571'),
        ]),
    (
        'The Battle of Stalingrad lasted over five months. It began in August 1942, and by mid-September '
        'the Germans had reached the centre of the city. In the following weeks, the fighting moved from '
        'street to street.',
        [
            ('over five months', 'P5M'),
            ('August 1942', '1942-08'),
            ('mid-September', '1942-09'),
            ('the following weeks', 'PXW'),
        ]),
    (
        'The coup began on Monday, 19 August 1991. By Wednesday the plotters had lost their nerve, and on'
        ' Thursday Gorbachev returned to Moscow.',
        [
            ('Monday, 19 August 1991', '1991-08-19'),
            ('Wednesday', '1991-08-21'),
            ('Thursday', '1991-08-22'),
        ]),
    (
        'Kennedy was assassinated in Dallas on 22 November 1963. The following Sunday, Jack Ruby shot Lee'
        ' Harvey Oswald in the basement of police headquarters.',
        [
            ('22 November 1963', '1963-11-22'),
            ('The following Sunday', '1963-11-24'),
        ]),
    (
        'The invasion of Iraq began on 20 March 2003. Baghdad fell three weeks later, on 9 April, and on '
        '1 May President Bush declared an end to major combat operations.',
        [
            ('20 March 2003', '2003-03-20'),
            ('three weeks later', '2003-W15'),
            ('9 April', '2003-04-09'),
            ('1 May', '2003-05-01'),
        ]),
    (
        'The Tet Offensive began in the early morning hours of 31 January 1968. Within hours, the '
        'attackers had penetrated the US embassy compound in Saigon. Fighting in Hue continued for almost'
        ' a month.',
        [
            ('31 January 1968', '1968-01-31'),
            ('hours', 'PTXH'),
            ('almost a month', 'P1M'),
        ]),
    (
        'In the summer of 1914, few expected a long war. Most soldiers believed they would be home by '
        'Christmas. Instead, the fighting lasted more than four years.',
        [
            ('the summer of 1914', '1914-SU'),
            ('Christmas', '1914-12-25'),
            ('more than four years', 'P4Y'),
        ]),
    (
        'The siege of Sarajevo was the longest siege of a capital city in modern warfare. It lasted from '
        '5 April 1992 to 29 February 1996, a total of 1,425 days.',
        [
            ('5 April 1992', '1992-04-05'),
            ('29 February 1996', '1996-02-29'),
            ('1,425 days', 'P1425D'),
        ]),
    (
        'After the armistice of 1953, the peninsula remained divided. Over the following decades, the two'
        ' Koreas developed along very different lines.',
        [
            ('1953', '1953'),
            ('the following decades', 'PXY'),
        ]),
    (
        'Troops landed at Gallipoli at dawn on 25 April 1915. The campaign lasted eight months, and the '
        'last Allied troops were evacuated in January 1916.',
        [
            ('dawn', '1915-04-25TMO'),
            ('25 April 1915', '1915-04-25'),
            ('eight months', 'P8M'),
            ('January 1916', '1916-01'),
        ]),
    (
        'The Battle of Hastings was fought on 14 October 1066. It lasted from about 9 a.m. until dusk, an'
        ' unusually long battle for the period.',
        [
            ('14 October 1066', '1066-10-14'),
            ('9 a.m.', '1066-10-14T09:00'),
            ('dusk', '1066-10-14TEV'),
        ]),
    (
        'The rebellion broke out in 1857 and was suppressed by the following year. In the decades that '
        'followed, the Crown took direct control of India.',
        [
            ('1857', '1857'),
            ('the following year', '1858'),
            ('the decades', 'PXY'),
        ]),
    (
        'The Mongols reached the Danube in the spring of 1241. On 11 December of that year, the Great '
        'Khan Ögedei died, and in the following spring the Mongol armies withdrew.',
        [
            ('the spring of 1241', '1241-SP'),
            ('11 December of that year', '1241-12-11'),
            ('the following spring', '1242-SP'),
        ]),
    (
        'The city was besieged for six weeks in the winter of 1870–71. The Prussians began shelling it on'
        ' 5 January, and on 28 January the French government signed an armistice.',
        [
            ('six weeks', 'P6W'),
            ('the winter of 1870–71', '1871-WI'),
            ('5 January', '1871-01-05'),
            ('28 January', '1871-01-28'),
        ]),
    (
        'The Easter Rising began on Easter Monday, 24 April 1916, and lasted six days. Fifteen of its '
        'leaders were executed in May.',
        [
            ('Easter Monday, 24 April 1916', '1916-04-24'),
            ('six days', 'P6D'),
            ('May', '1916-05'),
        ]),
    (
        'The Japanese attacked Malaya at 00:30 on 8 December 1941, more than an hour before the attack on'
        ' Pearl Harbor.',
        [
            ('00:30', '1941-12-08T00:30'),
            ('8 December 1941', '1941-12-08'),
            ('more than an hour', 'PT1H'),
        ]),
    (
        'During the Middle Ages, Europe was rarely free of war. In the 11th and 12th centuries, the '
        'crusades carried that warfare to the Levant.',
        [
            ('the 11th', '10'),
            ('12th centuries', '11'),
        ]),
    (
        'Between 1 July and 18 November 1916, the British and French armies lost over 600,000 men on the '
        'Somme.',
        [
            ('1 July', '1916-07-01'),
            ('18 November 1916', '1916-11-18'),
        ]),
    (
        'The ceasefire came into effect at 11:00 on 11 November 1918, six hours after the armistice had '
        'been signed.',
        [
            ('11:00', '1918-11-11T11:00'),
            ('11 November 1918', '1918-11-11'),
            ('six hours', 'PT6H'),
        ]),
    (
        'The uprising lasted from the autumn of 1830 to the autumn of 1831. In the years that followed, '
        'thousands of Polish officers went into exile.',
        [
            ('the autumn of 1830', '1830-FA'),
            ('the autumn of 1831', '1831-FA'),
            ('the years', 'PXY'),
        ]),
    (
        'The Berlin Wall stood from 1961 until 1989. On the night of 9 November, crowds began to cross '
        'freely, and within days the border guards had begun to dismantle it.',
        [
            ('1961', '1961'),
            ('1989', '1989'),
            ('9 November', '1989-11-09'),
            ('days', 'PXD'),
        ]),
    (
        'The Battle of Austerlitz, fought on 2 December 1805, is often called the Battle of the Three '
        'Emperors. Napoleon had seized the Pratzen Heights by 9 a.m., and by the afternoon the allied '
        'centre had collapsed.',
        [
            ('2 December 1805', '1805-12-02'),
            ('9 a.m.', '1805-12-02T09:00'),
            ('the afternoon', '1805-12-02TAF'),
        ]),
    (
        'The Great Siege of Malta began on 18 May 1565. The Ottoman forces stormed Fort St Elmo '
        'repeatedly, and it fell on 23 June after a month of bombardment. The siege was lifted in '
        'September.',
        [
            ('18 May 1565', '1565-05-18'),
            ('23 June', '1565-06-23'),
            ('a month', 'P1M'),
            ('September', '1565-09'),
        ]),
    (
        "The Battle of Agincourt was fought on Saint Crispin's Day, 25 October 1415. Henry V had landed "
        'in Normandy in August, and Harfleur surrendered after a siege of five weeks.',
        [
            ('25 October 1415', '1415-10-25'),
            ('August', '1415-08'),
            ('five weeks', 'P5W'),
        ]),
    (
        'The English Civil War began in August 1642, when Charles I raised his standard at Nottingham. '
        'The first major battle, at Edgehill, came two months later, on 23 October.',
        [
            ('August 1642', '1642-08'),
            ('two months later', '1642-10'),
            ('23 October', '1642-10-23'),
        ]),
    (
        'The Battle of Tannenberg was fought between 26 and 30 August 1914. A week later, the First '
        'Battle of the Marne began, and by 12 September the German advance had been halted.',
        [
            ('26', '1914-08-26'),
            ('30 August 1914', '1914-08-30'),
            ('A week later', '1914-W36'),
            ('12 September', '1914-09-12'),
        ]),
    (
        'From 1939 to 1945, more than 60 million people died. The war in Europe ended in May 1945; in the'
        ' Pacific, it continued until September.',
        [
            ('1939', '1939'),
            ('1945', '1945'),
            ('May 1945', '1945-05'),
            ('September', '1945-09'),
        ]),
    (
        "Construction of Hadrian's Wall began in AD 122, during the reign of the emperor Hadrian, and "
        'took at least six years to complete. It was abandoned in the late 4th century.',
        [
            ('AD 122', '0122'),
            ('at least six years', 'P6Y'),
            ('the late 4th century', '03'),
        ]),
    (
        'Alexander crossed the Hellespont in 334 BC. Three years later, he defeated Darius at Gaugamela, '
        'and by 327 BC he had reached India.',
        [
            ('334 BC', 'BC0334'),
            ('Three years later', 'BC0331'),
            ('327 BC', 'BC0327'),
        ]),
    (
        'In the 1790s, France was at war with most of Europe. By the end of the decade, Napoleon had '
        'seized power.',
        [
            ('the 1790s', '179'),
            ('the end of the decade', '179'),
        ]),
    (
        'The first Opium War lasted from 1839 to 1842. British forces occupied Hong Kong Island in '
        'January 1841, and in the summer of 1842 they advanced up the Yangtze to Nanjing, where the '
        'treaty was signed on 29 August.',
        [
            ('1839', '1839'),
            ('1842', '1842'),
            ('January 1841', '1841-01'),
            ('the summer of 1842', '1842-SU'),
            ('29 August', '1842-08-29'),
        ]),
    (
        'The Zulu War began in January 1879. On 22 January, a British column was destroyed at Isandlwana;'
        " that night and the next morning, a small garrison held Rorke's Drift.",
        [
            ('January 1879', '1879-01'),
            ('22 January', '1879-01-22'),
            ('that night', '1879-01-22TNI'),
            ('the next morning', '1879-01-23TMO'),
        ]),
    (
        'The Battle of Lepanto was fought on 7 October 1571. The fighting lasted about five hours, from '
        'late morning until the late afternoon.',
        [
            ('7 October 1571', '1571-10-07'),
            ('about five hours', 'PT5H'),
            ('late morning', '1571-10-07TMO'),
            ('the late afternoon', '1571-10-07TAF'),
        ]),
    (
        'In late 1916, food shortages became severe in Germany. The winter of 1916–17 became known as the'
        ' turnip winter.',
        [
            ('late 1916', '1916'),
            ('The winter of 1916–17', '1917-WI'),
            ('winter', '1917-WI'),
        ]),
    (
        'The Siege of Leningrad ended on 27 January 1944. Every year since then, the city has marked the '
        'date with fireworks.',
        [
            ('27 January 1944', '1944-01-27'),
            ('Every year', 'P1Y'),
        ]),
    (
        'The castle was built c. 1200 and rebuilt around 1450. It was besieged in about 1000 BC, '
        'according to legend, and again in the 5th century BC.',
        [
            ('1200', '1200'),
            ('1450', '1450'),
            ('1000 BC', 'BC1000'),
            ('the 5th century BC', 'BC04'),
        ]),
    (
        'The Polish campaign of 1939 lasted from 1 September to 6 October. Early in 1940, the Soviets '
        'attacked Finland again, and at the end of 1940 Hitler ordered preparations for an invasion of '
        'the Soviet Union.',
        [
            ('1939', '1939'),
            ('1 September', '1939-09-01'),
            ('6 October', '1939-10-06'),
            ('Early in 1940', '1940'),
            ('the end of 1940', '1940'),
        ]),
    (
        'In the first days of July 1943, the Germans massed their armour near Kursk. During the last week'
        ' of July, Mussolini was overthrown, and in the second half of 1943 Italy changed sides.',
        [
            ('the first days of July 1943', '1943-07'),
            ('the last week of July', '1943-W30'),
            ('the second half of 1943', '1943-H2'),
        ]),
    (
        'The 17-day siege ended when the garrison ran out of water. A two-week campaign followed, and the'
        ' rebels were defeated in the 1960s and 1970s.',
        [
            ('17-day', 'P17D'),
            ('two-week', 'P2W'),
            ('the 1960s', '196'),
            ('1970s', '197'),
        ]),
    (
        'The attack was set for 0400 hours on 6 June 1944. The first troops landed at 06:30, and half an '
        'hour later the second wave followed. That evening, the beachhead was secure.',
        [
            ('0400 hours', '1944-06-06T04:00'),
            ('6 June 1944', '1944-06-06'),
            ('06:30', '1944-06-06T06:30'),
            ('half an hour later', '1944-06-06T07:00'),
            ('That evening', '1944-06-06TEV'),
        ]),
    (
        'By the summer of 1917, the army was ready; it had been reorganised the previous autumn. On 31 '
        'July the offensive began. Two hours later, it was raining.',
        [
            ('the summer of 1917', '1917-SU'),
            ('the previous autumn', '1916-FA'),
            ('31 July', '1917-07-31'),
            ('Two hours later', '1917-07-31'),
        ]),
    (
        'On 3 September 1939, Britain declared war on Germany. The same day, the liner Athenia was '
        'torpedoed. In the days that followed, the Royal Navy began to blockade German ports.',
        [
            ('3 September 1939', '1939-09-03'),
            ('The same day', '1939-09-03'),
            ('the days', 'PXD'),
        ]),
    (
        'The treaty was signed in Paris on 10 February 1763. The war had lasted seven years, and the '
        'settlement held for twelve years, until the outbreak of the American Revolution in 1775.',
        [
            ('10 February 1763', '1763-02-10'),
            ('seven years', 'P7Y'),
            ('twelve years', 'P12Y'),
            ('1775', '1775'),
        ]),
    (
        'The Battle of Borodino was fought on 7 September 1812. It was the bloodiest day of the '
        'Napoleonic Wars. A week later, on 14 September, Napoleon entered Moscow, which the Russians had '
        'abandoned the previous day.',
        [
            ('7 September 1812', '1812-09-07'),
            ('A week later', '1812-W38'),
            ('14 September', '1812-09-14'),
            ('the previous day', '1812-09-13'),
        ]),
    (
        'The army crossed the Rhine on 7 March 1945 at Remagen. By late March, the Allies had crossed the'
        ' river at several points, and during April they advanced into the heart of Germany.',
        [
            ('7 March 1945', '1945-03-07'),
            ('late March', '1945-03'),
            ('April', '1945-04'),
        ]),
    (
        'Singapore fell on 15 February 1942. In the spring of that year, Japanese forces advanced into '
        'Burma, and in the summer of the same year they reached the Indian frontier.',
        [
            ('15 February 1942', '1942-02-15'),
            ('the spring of that year', '1942-SP'),
            ('the summer of the same year', '1942-SU'),
        ]),
    _gap(
        'The siege of Leningrad began in September 1941. The first winter was the worst: in December and '
        'January, more than 100,000 people died each month. Early the next year, an ice road across Lake '
        'Ladoga began to bring in supplies.',
        [
            ('September 1941', '1941-09'),
            ('winter', '1942-WI'),
            ('December', '1941-12'),
            ('January', '1942-01'),
            ('each month', 'P1M'),
            ('Early the next year', '1942'),
        ],
        "'the next year' is told from the last month named (January 1942) rather than from the year the story began in, and 'early' is left out of the extent"),
    (
        "On New Year's Day 1942, twenty-six nations signed the Declaration by United Nations. Late in "
        '1943, the leaders met at Tehran.',
        [
            ("New Year's Day 1942", '1942-01-01'),
            ('Late in 1943', '1943'),
        ]),
    (
        'In the early months of 1942, the U-boats sank hundreds of ships off the American coast. By the '
        'turn of the century, steam had replaced sail in every navy.',
        [
            ('the early months of 1942', '1942'),
            ('the turn of the century', '1900'),  # the turn nearest the year just told
        ]),
    (
        'In the mid-17th century, England was torn by civil war. By the late 1930s, rearmament had begun '
        'in earnest.',
        [
            ('the mid-17th century', '16'),
            ('the late 1930s', '193'),
        ]),
    (
        'On the eve of the battle, Wellington attended a ball in Brussels. The battle was fought on 18 '
        "June 1815, and on the evening of that day Napoleon's army broke.",
        [
            ('18 June 1815', '1815-06-18'),
            ('that day', '1815-06-18'),
        ]),
    (
        'The siege of Sevastopol began in October 1854, and the garrison held out until the autumn of the'
        ' following year. In the autumn of 1855, Sevastopol finally fell, and peace was signed in Paris '
        'the next spring.',
        [
            ('October 1854', '1854-10'),
            ('the autumn of the following year', '1855-FA'),
            ('the autumn of 1855', '1855-FA'),
            ('the next spring', '1856-SP'),
        ]),
    (
        'The Battle of Gallipoli was a campaign of the First World War that took place on the Gallipoli '
        'peninsula in the Ottoman Empire between 25 April 1915 and 9 January 1916. The peninsula forms '
        'the northern bank of the Dardanelles, a strait that provided a sea route to what was then the '
        'Russian Empire. The Allied powers, Britain and France, sought to weaken the Ottoman Empire by '
        'taking control of the straits. A naval attack in February and March failed, and the fleet '
        'withdrew after losing three battleships on 18 March. The Allies then decided on a land campaign.'
        ' The landings were made on 25 April at Cape Helles and at what became known as Anzac Cove. The '
        'Ottoman troops, commanded by Mustafa Kemal among others, held the high ground. In early May, '
        'both sides attacked without success, and on 19 May a major Ottoman counter-attack was repulsed '
        'with heavy losses. A truce was arranged on 24 May to bury the dead. During the summer, the '
        'Allies landed fresh divisions at Suvla Bay on the night of 6 August, but the offensive stalled '
        'within days. By October, sickness had weakened the armies, and on 22 November the decision was '
        'taken to evacuate. The evacuation of Anzac and Suvla was completed on 20 December, and the last '
        'troops left Helles on 9 January. The campaign cost more than 250,000 casualties on each side.',
        [
            ('25 April 1915', '1915-04-25'),
            ('9 January 1916', '1916-01-09'),
            ('February', '1915-02'),
            ('March', '1915-03'),
            ('18 March', '1915-03-18'),
            ('25 April', '1915-04-25'),
            ('early May', '1915-05'),
            ('19 May', '1915-05-19'),
            ('24 May', '1915-05-24'),
            ('the summer', '1915-SU'),
            ('6 August', '1915-08-06'),
            ('days', 'PXD'),
            ('October', '1915-10'),
            ('22 November', '1915-11-22'),
            ('20 December', '1915-12-20'),
            ('9 January', '1916-01-09'),
        ]),
    _gap(
        'The landings at Gallipoli began on 25 April 1915. Today, 25 April is commemorated as Anzac Day '
        'in Australia and New Zealand.',
        [
            ('25 April 1915', '1915-04-25'),
            ('Today', '2010-06-15'),
            ('25 April', 'XXXX-04-25'),
        ],
        'a day named as a yearly commemoration is read as one day near the publication date'),
    _gap(
        'The Battle of the Somme, also known as the Somme Offensive, was fought by the armies of the '
        'British Empire and France against the German Empire. It took place between 1 July and 18 '
        'November 1916 on both sides of the upper reaches of the river Somme. The battle was intended to '
        'hasten a victory for the Allies and was the largest battle of the First World War on the Western'
        ' Front. More than three million men fought in the battle, and one million were wounded or '
        'killed, making it one of the bloodiest battles in human history. The plan for a combined '
        'offensive had been agreed at the Chantilly Conference in December 1915. The German attack at '
        'Verdun, which began on 21 February, forced the French to divert many of the divisions intended '
        'for the Somme. A preliminary bombardment began on 24 June and lasted seven days. At 07:30 on the'
        ' first day, the infantry went over the top. By nightfall, the British had suffered 57,470 '
        'casualties, of whom 19,240 had been killed. The fighting continued through July and August. On '
        '14 July, a dawn attack captured the German second position on Bazentin Ridge. Tanks were used '
        'for the first time on 15 September at Flers–Courcelette. Rain in October turned the ground into '
        'mud, and the last major attack, on the Ancre, was made in mid-November. The offensive was halted'
        ' on 18 November. In the years after the war, the battle came to symbolise the futility of trench'
        ' warfare. In 1932, the Thiepval Memorial to the Missing was unveiled, and since 2006 the '
        'anniversary of the first day has been marked each year by a ceremony there.',
        [
            ('1 July', '1916-07-01'),
            ('18 November 1916', '1916-11-18'),
            ('December 1915', '1915-12'),
            ('21 February', '1916-02-21'),
            ('24 June', '1916-06-24'),
            ('seven days', 'P7D'),
            ('07:30', '1916-07-01T07:30'),
            ('the first day', '1916-07-01'),
            ('nightfall', '1916-07-01TEV'),
            ('the first day', '1916-07-01'),
            ('July', '1916-07'),
            ('dawn', '1916-07-14TMO'),
            ('August', '1916-08'),
            ('14 July', '1916-07-14'),
            ('15 September', '1916-09-15'),
            ('October', '1916-10'),
            ('mid-November', '1916-11'),
            ('18 November', '1916-11-18'),
            ('the years', 'PXY'),
            ('1932', '1932'),
            ('2006', '2006'),
            ('each year', 'P1Y'),
        ],
        "'dawn' used as a modifier ('a dawn attack') is not tagged"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_history_is_dated_in_its_own_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_timexes(text, REFERENCE)] == expected



def test_names_of_wars_hold_no_time_but_their_years_do() -> None:
    text = ("The Thirty Years' War, the Seven Years\u2019 War, the Six-Day War, the Winter War and the Hundred Days "
            "Offensive are names; the 1948 War names its year, and the war lasted three years.")
    assert [(t.text, t.value) for t in find_timexes(text, REFERENCE)] == [("1948", "1948"), ("three years", "P3Y")]


def test_dawn_is_a_time_of_the_story_s_day_and_a_name_is_not() -> None:
    found = find_timexes("The assault began at dawn on 6 June 1944 and ended at dusk. Operation Dawn failed; "
                         "they met at Dawn's house.", REFERENCE)
    assert [(t.text, t.value, t.type.name) for t in found] == [
        ("dawn", "1944-06-06TMO", "TIME"), ("6 June 1944", "1944-06-06", "DATE"), ("dusk", "1944-06-06TEV", "TIME")]


def test_recurring_seasons_are_sets() -> None:
    found = find_timexes("Each autumn the garrison was relieved.", REFERENCE)
    assert [(t.text, t.value, t.type.name) for t in found] == [("Each autumn", "XXXX-FA", "SET")]


def test_news_keeps_the_month_of_its_publication() -> None:
    text = "Sales fell on Monday. By the end of the month, the following March and the previous May look better."
    assert [(t.text, t.value) for t in find_timexes(text, REFERENCE)] == [
        ("Monday", "2010-06-14"), ("the end of the month", "2010-06"), ("the following March", "2011-03"),
        ("the previous May", "2010-05")]


def test_a_yearless_date_is_not_paired_with_a_number_that_is_no_year() -> None:
    found = find_timexes("From March to June 1998, and in May or 2,000 more.", REFERENCE)
    assert [(t.text, t.value) for t in found][:2] == [("March", "1998-03"), ("June 1998", "1998-06")]


def test_weekdays_of_a_story_fall_in_its_week_not_the_publication_s() -> None:
    text = "The coup began on Monday, 19 August 1991. By Wednesday it had failed; on Thursday he returned."
    assert [(t.text, t.value) for t in find_timexes(text, REFERENCE)][1:] == [
        ("Wednesday", "1991-08-21"), ("Thursday", "1991-08-22")]
    news = "The ceasefire was agreed on Thursday, after fighting that began in 1991."
    assert [(t.text, t.value) for t in find_timexes(news, REFERENCE)][0] == ("Thursday", "2010-06-10")


def test_the_decade_and_the_century_of_a_story() -> None:
    found = find_timexes("In the 1790s France was at war. By the end of the decade, Napoleon ruled. "
                         "By the end of the decade, we will know.", REFERENCE)
    assert [(t.text, t.value, t.mod) for t in found] == [
        ("the 1790s", "179", None), ("the end of the decade", "179", "END"), ("the end of the decade", "201", "END")]


def test_a_week_of_a_month_and_a_military_clock() -> None:
    text = ("The assault was set for 0400 hours on 6 June 1944; they had worked 1200 hours on the plan. "
            "In the first week of March, the thaw came.")
    assert [(t.text, t.value) for t in find_timexes(text, REFERENCE)] == [
        ("0400 hours", "1944-06-06T04:00"), ("6 June 1944", "1944-06-06"), ("the first week of March", "1944-W09")]


def test_a_flashback_does_not_move_the_story() -> None:
    text = "By the summer of 1917, the army was ready; it had been reorganised the previous autumn. On 31 July it attacked."
    assert [(t.text, t.value) for t in find_timexes(text, REFERENCE)] == [
        ("the summer of 1917", "1917-SU"), ("the previous autumn", "1916-FA"), ("31 July", "1917-07-31")]


def test_paired_seasons_share_the_year_written_once() -> None:
    text = "In the spring and summer of 1942 the Germans advanced; in the autumn and winter of 1942\u201343 they fell back."
    assert [(t.text, t.value) for t in find_timexes(text, REFERENCE)] == [
        ("the spring", "1942-SP"), ("summer of 1942", "1942-SU"), ("the autumn", "1942-FA"),
        ("winter of 1942\u201343", "1943-WI")]


def test_the_nth_day_counts_only_from_a_range_or_a_beginning() -> None:
    text = "The offensive opened on July 5, 1943. On the second day, it rained. On the first day of school, kids cried."
    assert [(t.text, t.value) for t in find_timexes(text, REFERENCE)] == [
        ("July 5, 1943", "1943-07-05"), ("the second day", "1943-07-06")]
    assert [t.text for t in find_timexes("It ended on 3 July 1863. On the second day, it rained.", REFERENCE)] == \
        ["3 July 1863"]


def test_a_season_or_a_day_of_that_year() -> None:
    text = ("Singapore fell on 15 February 1942. In the spring of that year Burma was invaded, and on 11 December "
            "of the same year the offensive stopped. Late in 1943, the leaders met; the next spring, they landed.")
    assert [(t.text, t.value) for t in find_timexes(text, REFERENCE)] == [
        ("15 February 1942", "1942-02-15"), ("the spring of that year", "1942-SP"),
        ("11 December of the same year", "1942-12-11"), ("Late in 1943", "1943"), ("the next spring", "1944-SP")]
