"""Event titles cut from the clause around a temporal expression."""
from __future__ import annotations

import pytest

from timeline_app.pipeline.wording import title_for


def _title(clause: str, expression: str, neighbour: str = "", anchored: bool = False) -> str:
    start = clause.index(expression)
    return title_for(clause, 0, start, start + len(expression), anchored, neighbour)


def test_a_leading_participle_takes_the_subject_of_the_main_clause() -> None:
    assert _title("Erupting in 2011", "2011", " Syria\u2019s civil war has claimed the lives of at least 380,000 people") \
        == "Syria\u2019s civil war erupting"
    assert _title("Founded in 1998", "1998", " the company was sold last year") == "Company founded"


def test_without_a_clear_subject_the_neighbour_is_borrowed_as_before() -> None:
    title = _title("Erupting in 2011", "2011", " fighting spread across the north and east of the country quickly")
    assert title.startswith("Erupting fighting")


def _told(sentence: str, expression: str, *others: str) -> str:
    """Title as extraction makes it, with the sentence's other expressions given."""
    from timeline_app.pipeline.sentences import Span, clause_around

    start = sentence.index(expression)
    clause = clause_around(Span(0, len(sentence), sentence), start, start + len(expression))
    spans = [(sentence.index(other), sentence.index(other) + len(other)) for other in others]
    return title_for(clause.text, clause.start, start, start + len(expression), False,
                     lead=sentence[:clause.start], others=spans)


def test_a_saying_date_titles_what_was_said_when_that_has_no_date_of_its_own() -> None:
    assert _told("Police said on Monday that they had arrested two men in connection with the fire.", "Monday") == \
        "Police had arrested two men in connection with the fire"
    assert _told("Two men have been arrested in connection with the fire, police said on Monday.", "Monday") == \
        "Two men have been arrested in connection with the fire"
    assert _told("Rebels have seized the airport, a spokesman told reporters on Wednesday.", "Wednesday") == \
        "Rebels have seized the airport"
    assert _told("The health ministry reported on Tuesday that 42 new cases had been confirmed.", "Tuesday") == \
        "42 new cases had been confirmed"
    # announcing is part of what happened
    assert _told("The company announced on Monday that it would close three plants.", "Monday") == \
        "Company announced it would close three plants"
    # what was said has its own date: the saying is an event of its own
    assert _told("The ministry said on Thursday that talks would continue tomorrow.", "Thursday", "tomorrow") == \
        "Ministry said"
    assert _told("Troops have held the town for the past three days, the ministry said on Thursday.", "Thursday",
                 "the past three days") == "Ministry said"
    # not a saying: the speaker slot holds a verb phrase
    assert _told("The minister who resigned said on Monday.", "Monday") != "Minister who resigned"


def test_reported_speech_and_possessives_keep_their_titles() -> None:
    said = "the ministry said on Thursday that talks would continue tomorrow"
    start = said.index("tomorrow")
    assert title_for(said, 0, said.index("Thursday"), said.index("Thursday") + 8, False,
                     others=[(start, start + 8)]) == "Ministry said"
    assert _title(said, "tomorrow") == "Talks would continue"
    assert _title("Thursday\u2019s phone call between the two leaders followed", "Thursday") == \
        "Phone call between the two leaders"


def _sentence_title(sentence: str, expression: str) -> str:
    """Title as extraction makes it: the clause around the expression, the sentence before it as lead."""
    from timeline_app.pipeline.sentences import Span, clause_around

    start = sentence.index(expression)
    clause = clause_around(Span(0, len(sentence), sentence), start, start + len(expression))
    after = sentence[clause.end:].lstrip(" ,;:")
    neighbour = after.split(",")[0] if after else ""
    return title_for(clause.text, clause.start, start, start + len(expression), False, neighbour,
                     lead=sentence[:clause.start])


def test_a_title_that_would_open_with_its_verb_gets_its_subject() -> None:
    assert _sentence_title("He was placed on the FBI's most wanted list, which began in 1950.", "1950") == \
        "FBI's most wanted list began"
    assert _sentence_title("Kopp, who is from Vermont, was indicted last year in the shooting.", "last year") == \
        "Kopp was indicted in the shooting"
    assert _sentence_title("Nothing is certain,'' said a government communique, read Wednesday night at a rally.",
                           "Wednesday night").startswith("Government communique read at a rally")
    assert _sentence_title("They would not comment before the judge's ruling, which is expected early next week.",
                           "early next week") == "Judge's ruling is expected"


def test_a_clause_that_only_frames_the_time_gives_way_to_the_next() -> None:
    assert _sentence_title("During the day Friday, Elian played in the yard with a puppy.", "Friday") == \
        "Elian played in the yard with a puppy"
    assert _sentence_title("Also Friday, the mayors flew to Washington.", "Friday") == "Mayors flew to Washington"


def test_weak_titles_fall_back_to_what_the_sentence_opens_with() -> None:
    assert _sentence_title("Separately, Citadel posted a net loss of $2.3 million, versus net income of $5.3 million, "
                           "a year earlier.", "a year earlier") == "Citadel posted a net loss of $2.3 million"
    assert _sentence_title("Pentagon officials say the goal is to put 40,000 troops in the region by the end of "
                           "the month.", "the end of the month").startswith("Pentagon officials say the goal")
    assert _sentence_title("The Iraqi leader, in a speech designed to rally opinion, announced yesterday that he "
                           "would withdraw.", "yesterday") == "Iraqi leader announced"


def _titles(text: str) -> list[tuple[str, str]]:
    """(value, title) of each event extraction makes from ``text``, in reading order."""
    from datetime import datetime

    from timeline_app.core import Document, Project, PublicationSource
    from timeline_app.pipeline import add_documents

    project = Project()
    add_documents(project, [Document("", "t", text, published=datetime(2025, 2, 14),
                                     published_source=PublicationSource.GIVEN)])
    return [(e.value or "", e.title) for e in sorted(project.events.values(), key=lambda e: e.sequence)]


def test_a_relative_clause_holding_the_date_is_its_own_event() -> None:
    assert _titles("The death toll from the earthquake that struck the coastal province on Monday rose to 2,100 "
                   "on Thursday.") == [("2025-02-10", "Earthquake struck the coastal province"),
                                       ("2025-02-13", "Death toll from the earthquake rose to 2,100")]
    assert _titles("The attack that killed 12 people on Monday was claimed by the group on Wednesday.") == \
        [("2025-02-10", "Attack killed 12 people"), ("2025-02-12", "Attack was claimed by the group")]
    assert _titles("Protests that began in October have spread to 20 cities.") == [("2024-10", "Protests began")]
    assert _titles("The minister, who resigned on Tuesday, said she had been treated unfairly.") == \
        [("2025-02-11", "Minister resigned")]
    # At the end of the sentence the date may be the main verb's: the title keeps it all.
    assert _titles("Police arrested a man who attacked a guard on Friday.") == \
        [("2025-02-14", "Police arrested a man who attacked a guard")]


def test_a_participle_holding_the_date_is_its_own_event() -> None:
    assert _titles("A ceasefire agreed on March 5 collapsed on Thursday.") == \
        [("2024-03-05", "Ceasefire agreed"), ("2025-02-13", "Ceasefire collapsed")]
    assert _titles("The agreement signed in Doha last year has held.") == [("2024", "Agreement signed in Doha")]


def test_coordinated_verbs_with_their_own_dates_share_the_subject() -> None:
    assert _titles("Talks opened on March 5 and closed on March 7.") == \
        [("2024-03-05", "Talks opened"), ("2024-03-07", "Talks closed")]
    assert _titles("He was arrested on Monday and charged on Tuesday.") == \
        [("2025-02-10", "He was arrested"), ("2025-02-11", "He was charged")]
    assert _titles("Police arrested a man who attacked a guard on Friday and charged him on Saturday.")[1][1] == \
        "Police charged him"
    # no second verb after "and": nothing is shared
    assert _titles("The plan will cut earnings for the last half of 1989 and for 1990.")[-1][1].startswith(
        "Plan will cut earnings")


def test_a_participle_set_off_by_commas_dates_the_noun_before_it() -> None:
    assert _sentence_title("Analysts said the company's annual results, due on March 19, could be delayed.",
                           "March 19") == "Company's annual results due"
    assert _sentence_title("The council's emergency meeting, held on Monday, voted to ask for a review.",
                           "Monday") == "Council's emergency meeting held"
    assert _sentence_title("They said they would appeal the decision, announced Wednesday by the commissioner, "
                           "that the boy must return.", "Wednesday") == "Decision announced by the commissioner"
    # a participle that is the sentence's own verb is no apposition
    assert _sentence_title("The Iraqi leader, in a speech, announced yesterday that he would withdraw.",
                           "yesterday") != "Speech announced that he would withdraw"


def test_a_possessive_date_leaves_its_noun_and_short_past_verbs_are_verbs() -> None:
    sentence = "A worker injured in Monday's explosion died in hospital on Tuesday night."
    assert _told(sentence, "Tuesday night", "Monday") == "Worker injured in the explosion died in hospital"
    assert _sentence_title("The worker who died last Tuesday will be buried on Friday.", "last Tuesday") == \
        "Worker died"
    assert _told("The blast happened at about 5:40 a.m. on Monday.", "5:40 a.m.", "Monday") == "Blast happened"


def test_a_long_title_drops_modifiers_and_keeps_its_main_verb() -> None:
    sentence = ("One of the nine workers injured in Monday's explosion at the Halvern Chemicals plant died in hospital "
                "on Tuesday night, his family said on Wednesday.")
    assert _told(sentence, "Tuesday night", "Monday", "Wednesday") == \
        "One of the nine workers injured in the explosion died in hospital"
    # Monday's explosion ends before the workers' verb; a date opening the sentence keeps it
    assert _titles(sentence)[0] == ("2025-02-10", "Explosion at the Halvern Chemicals plant")
    assert _titles("Friday's terrorist blasts killed 257 people in Nairobi.") == \
        [("2025-02-14", "Terrorist blasts killed 257 people in Nairobi")]
    assert _title("one of the nine workers who were injured in the explosion at the Halvern Chemicals plant "
                  "died in hospital on Tuesday", "Tuesday") == "One of the nine workers died in hospital"
    # the predicate keeps its first phrase and loses the later ones
    assert _title("suspected bombs exploded outside the U.S. embassies in the Kenyan and Tanzanian capitals on "
                  "Friday", "Friday") == "Suspected bombs exploded outside the U.S. embassies"
    # a participle with "by" is no main verb: the communique was read, not attended
    assert _title("a government communique read at a pro-Elian rally attended by President Fidel Castro and "
                  "thousands of others on Wednesday", "Wednesday") == "Government communique read at a pro-Elian rally"
    # a verb in a "when" clause is not the main verb
    assert _title("Slepian was heating soup in his kitchen when he was shot through a window on Friday night",
                  "Friday night") == "Slepian was heating soup in his kitchen"


def test_a_title_too_long_for_its_phrases_ends_on_a_whole_word_never_a_preposition() -> None:
    title = _title("Saudi Arabia called for an emergency conference of the Organization of Petroleum Exporting "
                   "Countries on Monday", "Monday")
    assert title.endswith("\u2026") and title.split()[-2].lower() not in ("of", "the", "for", "an")
    assert _title("Slepian was shot in the back by a sniper as he stood in the kitchen of his home on Friday",
                  "Friday") == "Slepian was shot in the back by a sniper as he stood"
    assert _title("his father could come to the U.S. from Cuba as early as Wednesday", "Wednesday") == \
        "His father could come to the U.S. from Cuba"
    assert _title("Kopp became the subject of an international manhunt when he was charged with murder in the "
                  "shooting of a doctor on Friday", "Friday") == \
        "Kopp became the subject of an international manhunt"
    # "and" cuts only before a verb: "U.S. and British objections" stays whole; a participle
    # phrase after the object goes
    assert _title("the World Court rejected U.S. and British objections to the case brought by Libya over the "
                  "Lockerbie bombing on Friday", "Friday") == \
        "World Court rejected U.S. and British objections to the case"


def test_a_speaker_set_off_by_commas_still_tells_what_was_said() -> None:
    assert _titles("The mayor, Jonas Berg, said on Sunday that the council would hold an emergency meeting.") == \
        [("2025-02-09", "Council would hold an emergency meeting")]
    assert _titles("The mayor, Jonas Berg, said on Sunday that he would resign.") == \
        [("2025-02-09", "Mayor said he would resign")]
    # the sentence before is the speaker, not what was said
    assert _titles("The mayor, Jonas Berg, said on Sunday.") == [("2025-02-09", "Mayor said")]
    # an apposition holding a verb is no name: the saying keeps its plain title
    assert _titles("The minister, who resigned last year, said on Sunday that the plan would fail.")[-1][1] != \
        "Plan would fail"


def test_a_speaking_participle_set_off_by_commas_dates_the_saying() -> None:
    assert _titles("President Biden, speaking on Tuesday, said the war would end soon.") == \
        [("2025-02-11", "War would end soon")]
    assert _titles("The mayor, speaking on Tuesday, said nothing.") == [("2025-02-11", "Mayor spoke")]
    assert _titles("The minister, speaking at a rally in Lyon on Monday, announced new taxes.") == \
        [("2025-02-10", "Minister announced new taxes")]
    # what was said has its own date: the speaking is an event of its own
    assert _titles("The minister, speaking to reporters on Monday, said that they would raise taxes next year.") == \
        [("2025-02-10", "Minister spoke to reporters"), ("2026", "They would raise taxes")]
    # any participle so set off dates its subject doing it
    assert _titles("The president, visiting Kyiv on Tuesday, pledged more aid.") == \
        [("2025-02-11", "President visiting Kyiv")]


@pytest.mark.parametrize("sentence, expected", [
    ("The provincial authority said the river burst its banks near Shahdara on Monday evening.",
     ("2025-02-10TEV", "River burst its banks near Shahdara")),
    ("Police said the suspect was arrested on Monday.", ("2025-02-10", "Suspect was arrested")),
    ("Traders said the market remains nervous this week.", ("2025-W07", "Market remains nervous")),
    ("The company said it would close three plants in March.", ("2025-03", "Company would close three plants")),
    ("Unisys said its European business was weak in the third quarter.",
     ("2024-Q3", "Unisys's European business was weak")),
])
def test_a_saying_whose_content_holds_the_date_is_titled_by_its_content(sentence: str, expected: tuple) -> None:
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize("sentence, title", [
    ("The president said in a speech on Monday that taxes would rise.", "President said in a speech that taxes would rise"),
    ("Castro said she had been kidnapped on Monday.", "Castro said she had been kidnapped"),  # whose "she"?
    ("The spokesman said special envoy Ali Reza on Monday.", "Spokesman said special envoy Ali Reza"),  # no verb
])
def test_a_saying_keeps_its_speaker_when_its_content_tells_too_little(sentence: str, title: str) -> None:
    assert [t for _, t in _titles(sentence)] == [title]


def test_a_second_verb_with_an_object_does_not_take_the_first_verbs_was() -> None:
    assert _titles("The storm was named on Sunday evening and made landfall overnight.") == \
        [("2025-02-09TEV", "Storm was named"), ("2025-02-09TNI", "Storm made landfall")]
    assert _titles("He was arrested on Monday and charged with murder on Tuesday.") == \
        [("2025-02-10", "He was arrested"), ("2025-02-11", "He was charged with murder")]
    assert _titles("The bill was passed on Monday and signed into law on Friday.")[1] == \
        ("2025-02-14", "Bill was signed into law")


def test_a_wire_dateline_is_no_part_of_a_title() -> None:
    assert _titles("THE HAGUE, Netherlands (AP)_ The World Court on Friday rejected the objections.") == \
        [("2025-02-14", "World Court rejected the objections")]
    assert _titles("NEW YORK _ A Brooklyn woman was killed on Thursday evening.") == \
        [("2025-02-13TEV", "Brooklyn woman was killed")]
    # capitals and a dash that are not a dateline stay
    assert _titles("NATO - the alliance - met on Thursday.")[0][1].startswith("NATO")


def test_a_quote_mark_or_a_missed_sentence_end_is_no_part_of_a_title() -> None:
    assert _title("'' Clinton told reporters in the Rose Garden on Friday . ``We have done that.''", "Friday") == \
        "Clinton told reporters in the Rose Garden"
    assert _title("'' Goldstein said. ``Stopping clinic violence is going to be a priority after Tuesday", "Tuesday") \
        == "Goldstein said"
    # abbreviations keep their full stop and do not end the title
    assert _title("the Miller Brewing unit of Philip Morris Co. grew in 1989", "1989") == \
        "Miller Brewing unit of Philip Morris Co. grew"


def test_a_title_never_ends_on_a_preposition_a_quantifier_or_stray_punctuation() -> None:
    assert _title("the company has reported declines in operating profit in each of the past three years",
                  "the past three years") == "Company has reported declines in operating profit"
    assert _title("the association expects to achieve near record earnings in 1990 .\"", "1990") == \
        "Association expects to achieve near record earnings"
    assert _title("the rifle was buried near the house in April", "April") == "Rifle was buried near the house"


def test_a_title_does_not_open_with_a_subordinator_or_relative() -> None:
    assert _title("whose revenue inched up 3.7% in 1989", "1989") == "Revenue inched up 3.7%"
    assert _title("because Kopp has been arrested at this march in 1997", "1997") == \
        "Kopp has been arrested at this march"


@pytest.mark.parametrize("text, title", [
    ("Fighting broke out in the north, killing 12 people on Monday.", "Fighting broke out in the north, killing 12 people"),
    ("The storm hit the coast, leaving thousands without power on Wednesday.",
     "Storm hit the coast, leaving thousands without power"),
    # a date naming a thing inside the participle clause is not the result's
    ("Officials filed objections, claiming the resolutions overruled a 1971 convention.",
     "Claiming the resolutions overruled a convention"),
])
def test_a_participle_after_the_main_clause_titles_with_it(text: str, title: str) -> None:
    assert [t for _, t in _titles(text)] == [title]


@pytest.mark.parametrize("text, title", [
    ("In composite trading on the New York Stock Exchange Friday, Crossland closed at $5.25.", "Crossland closed at $5.25"),
    ("In early trading in Tokyo Monday, the Nikkei index fell 148.85 points.", "Nikkei index fell 148.85 points"),
])
def test_a_long_framing_phrase_with_no_verb_gives_way_to_the_main_clause(text: str, title: str) -> None:
    assert [t for _, t in _titles(text)] == [title]
