"""Event titles cut from the clause around a temporal expression."""
from __future__ import annotations

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


def test_reported_speech_and_possessives_keep_their_titles() -> None:
    said = "the ministry said on Thursday that talks would continue tomorrow"
    assert _title(said, "Thursday") == "Ministry said"
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
