"""Narratives: bare months and seasons take the year the story is in, not the publication's."""
from __future__ import annotations

from timeline_app.temporal import Reference, find_timexes

REFERENCE = Reference.parse("2020-03-12")


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, REFERENCE)]


def test_a_history_keeps_the_year_it_has_set() -> None:
    text = ("In 1943, the front stabilised. In the spring, the offensive resumed; on 5 July the battle of "
            "Kursk began. The next day, the Germans advanced. In August, they withdrew.")
    assert _values(text) == [("1943", "1943"), ("the spring", "1943-SP"), ("5 July", "1943-07-05"),
                             ("The next day", "1943-07-06"), ("August", "1943-08")]


def test_the_explanation_names_the_date_that_set_the_year() -> None:
    may = find_timexes("In 1940, the army regrouped. In May, Germany invaded France.", REFERENCE)[1]
    assert may.value == "1940-05" and may.anchor == "t0" and "1940" in may.explanation


def test_news_that_dates_from_its_publication_keeps_to_it() -> None:
    text = "The ceasefire was agreed on Thursday, after fighting that began in 2011. In May, talks resume."
    assert ("May", "2020-05") in _values(text)


def test_a_recent_year_does_not_start_a_story() -> None:
    assert ("March 5", "2020-03-05") in _values("Sales fell in 2019. On March 5 the company cut jobs.")


def test_the_end_of_the_year_and_seasons_told_from_the_story() -> None:
    text = ("In the early hours of 22 June 1941, Operation Barbarossa began. By the end of the year, the Germans "
            "had reached Moscow. The following spring the offensive resumed. That autumn, the advance stalled.")
    timexes = find_timexes(text, REFERENCE)
    found = {t.text: t for t in timexes}
    assert (found["the end of the year"].value, found["the end of the year"].mod) == ("1941", "END")
    assert found["The following spring"].value == "1942-SP"
    assert found["That autumn"].value == "1942-FA"
    assert found["That autumn"].anchor == "t2"  # the following spring ("the early hours of" is no duration)


def test_a_winter_across_two_years_is_named_by_the_year_it_ends_in() -> None:
    (winter,) = find_timexes("During the winter of 1939-40 little happened.", REFERENCE)
    assert winter.value == "1940-WI"
    assert (winter.interval.start.year, winter.interval.start.month) == (1939, 12)


def test_news_seasons_still_count_from_the_publication_date() -> None:
    assert _values("Next spring the envoy returns.") == [("Next spring", "2021-SP")]
    assert _values("The year-end figures were published on Thursday.")[0][1] == "2020"


def test_holidays_follow_the_story_and_news_guards_hold() -> None:
    history = "In 1864, Grant took command. Sherman reached Savannah by Christmas."
    assert ("Christmas", "1864-12-25") in _values(history)
    passing = "Thanks to the Gold Label 2011 wine, our Christmas was fun."
    assert ("Christmas", "2019-12-25") in _values(passing)  # a vintage is not a story's frame
    future = ("Poland, invited to join NATO in Madrid in July 1997, will officially join NATO on March 12 "
              "in a ceremony.")
    assert ("March 12", "2020-03-12") in _values(future)


def test_the_next_and_the_previous_are_told_from_the_date_last_mentioned() -> None:
    text = ("The treaty was signed in June 1919. The following year, the League met. The previous month, the "
            "armistice had been extended. By 1923 inflation was rampant; in November of that year, the currency "
            "collapsed. The next decade brought the Depression. In the summer of 1932, the party won. Early the "
            "next year, he became chancellor. A decade later, the war was lost.")
    found = dict(_values(text))
    assert found["The following year"] == "1920" and found["The previous month"] == "1919-05"
    assert found["November of that year"] == "1923-11" and found["The next decade"] == "193"
    assert found["Early the next year"] == "1933" and found["A decade later"] == "1943"


def test_next_year_without_the_stays_with_the_publication_date() -> None:
    assert _values("The envoy returns next year.") == [("next year", "2021")]


def test_a_story_s_winter_follows_its_autumn_and_until_is_no_future() -> None:
    text = ("Warsaw fell on 27 September 1939. During the winter, the front was quiet. In July 1940, the "
            "Battle of Britain began. It lasted until October.")
    found = dict(_values(text))
    assert found["the winter"] == "1940-WI"
    assert found["October"] == "1940-10"


def test_a_full_date_frames_the_story_wherever_it_stands() -> None:
    """A day, month and year stated together set the story's year even without "in"/"on"
    before them ("between 23 August 1942 and 2 February 1943"); a bare year still needs one.
    A campaign summed up by its first and last day is then told from its start (the fighting
    at Stalingrad reached the city centre in September 1942)."""
    text = ("The battle took place between 23 August 1942 and 2 February 1943. In September, the fighting "
            "reached the city centre. The war in Europe ended on 8 May 1945, and Japan surrendered in August.")
    values = _values(text)
    assert ("September", "1942-09") in values and ("August", "1945-08") in values
    assert ("March 5", "2020-03-05") in _values("The 1997 summit failed. On March 5 the talks resumed.")


def test_a_range_of_years_is_one_expression_over_all_of_them() -> None:
    found = find_timexes("During the Korean War (1950\u20131953) and the 1990-91 recession, in 1980-85.", REFERENCE)
    assert [(t.text, t.value, t.interval.inclusive() if t.interval else None) for t in found] == [
        ("1950\u20131953", "1950", ("1950-01-01", "1953-12-31")),
        ("1990-91", "1990", ("1990-01-01", "1991-12-31")),
        ("1980-85", "1980", ("1980-01-01", "1985-12-31")),
    ]
    assert [t.text for t in find_timexes("It rose 1990-1995 percent; on 2011-12-05; call 2011-12-5.", REFERENCE)] \
        == ["2011-12-05"]


def test_timeml_marks_the_two_ends_of_a_range_of_years() -> None:
    from timeline_app.temporal.units import split_ranges

    found = split_ranges(find_timexes("the 1980-1985 boom and the 2012-13 season", REFERENCE))
    assert [(t.text, t.value) for t in found] == [("1980", "1980"), ("1985", "1985"), ("2012-13", "2012")]


def test_a_history_keeps_its_year_across_long_paragraphs() -> None:
    filler = "The army regrouped and the generals argued about supplies, morale and the roads for weeks. " * 5
    history = (f"After the treaty of 1807 and the quarrel of 1810, the campaign of 1812 began in the summer. {filler}"
               f"On 7 September, the armies met at Borodino. {filler}In October, Napoleon left Moscow.")
    values = dict(_values(history))
    assert values["7 September"] == "1812-09-07" and values["October"] == "1812-10"
    # News that names old years but also dates from its publication keeps the short window.
    news = (f"Yesterday the museum opened a show on 1807, 1810 and the campaign of 1812. {filler}"
            "On 7 September, the exhibition moves to Paris.")
    assert not dict(_values(news))["7 September"].startswith("1812")


def test_an_offset_after_a_later_month_counts_from_that_month_not_an_older_day() -> None:
    # the story has moved from 25 June to mid-September: "two weeks later" is not in July
    text = ("On 25 June 1950 the war began. In mid-September, MacArthur landed at Inchon. Two weeks later, "
            "UN troops recaptured Seoul.")
    later = find_timexes(text, REFERENCE)[-1]
    assert (later.text, later.value, later.anchor) == ("Two weeks later", "1950-09", "t1")
    assert "no finer than the month" in later.explanation


def test_an_offset_after_a_month_alone_is_not_counted_from_the_publication() -> None:
    timexes = find_timexes("In September 1950, troops landed at Inchon. Two weeks later, they took Seoul.", REFERENCE)
    assert [(t.text, t.value) for t in timexes] == [("September 1950", "1950-09"), ("Two weeks later", "1950-09")]


def test_the_next_day_after_a_month_is_a_day_of_it_not_given() -> None:
    timexes = find_timexes("In September 1950, troops landed at Inchon. The next day, they took Seoul.", REFERENCE)
    assert [(t.text, t.value) for t in timexes][-1] == ("The next day", "1950-09-XX")
    assert timexes[-1].interval is not None and timexes[-1].interval.start.day == 1


def test_an_older_day_still_anchors_when_no_later_month_came_between() -> None:
    text = "In September 1950 the landing was planned. On 15 September it began. Two weeks later, Seoul fell."
    assert _values(text)[-1] == ("Two weeks later", "1950-W39")


def test_a_position_in_the_next_or_previous_unit() -> None:
    text = ("In 1864 Grant laid siege to Petersburg. Early the next year, Sherman turned north. On 3 May 1865 the "
            "last army surrendered; late the previous day, its general had agreed.")
    found = {t.text: (t.value, t.mod) for t in find_timexes(text, REFERENCE)}
    assert found["Early the next year"] == ("1865", "START")
    assert found["late the previous day"] == ("1865-05-02", "END")


def test_only_a_year_that_opens_the_sentence_frames_its_months() -> None:
    assert _values("The firm, founded in 2019, opens a store in May.")[-1] == ("May", "2020-05")
    assert _values("Last year the firm lost money, and it will recover in May.")[-1] == ("May", "2020-05")
    assert _values("Last year, profits fell. In May, the firm will recover.")[-1] == ("May", "2020-05")


def test_a_past_perfect_aside_does_not_move_the_story_s_year() -> None:
    """"Sarov, who had won a landslide in 2011, refused to step down. On 2 May ...": the aside is
    background; the story stays in the year it had set (2015)."""
    text = ("The crisis began on 14 March 2015. Prime Minister Sarov, who had won a landslide in 2011, refused "
            "to step down. On 2 May the junior partner walked out.")
    assert ("2 May", "2015-05-02") in _values(text)
    # a year that is the story's own frame still moves it
    assert ("2 May", "2011-05-02") in _values("The crisis began on 14 March 2015. In 2011, the party had won. "
                                              "On 2 May it split.")


def test_the_following_months_after_a_month_the_story_reached_start_after_it() -> None:
    """"On 9 March the lab identified the strain. The virus reached the port in April. Over the
    following three months, cases rose": May to July, not from 9 March."""
    text = ("The outbreak began on 3 February 2015. On 9 March the laboratory identified the strain. The virus "
            "reached the port in April. Over the following three months, cases rose tenfold.")
    months = next(t for t in find_timexes(text, REFERENCE) if t.text == "the following three months")
    assert (months.interval.start.date().isoformat(), months.interval.end.date().isoformat()) == \
        ("2015-05-01", "2015-08-01")


def test_a_past_perfect_relative_clause_is_no_anchor_for_the_following_season() -> None:
    """"It blamed the company that had maintained the cables since 2009. ... the following
    spring": the spring after the story's November 2019, not after 2009."""
    text = ("An inquiry published its findings in November 2015. It blamed the company that had maintained the "
            "cables since 2009. Four engineers went on trial the following spring.")
    assert ("the following spring", "2016-SP") in _values(text)


def test_a_range_of_years_sets_the_story_in_its_last_year() -> None:
    text = ("From 1939 to 1945, some 70 million people died. The war in the Pacific went on. "
            "On the morning of 6 August, a bomb fell on Hiroshima; Japan surrendered on 15 August.")
    values = _values(text)
    assert ("6 August", "1945-08-06") in values and ("15 August", "1945-08-15") in values
    assert ("6 August", "1946-08-06") not in values
    between = _values("Between 1950 and 1953, the war claimed millions. In July, the armistice was signed.")
    assert ("July", "1953-07") in between


def test_a_year_named_in_passing_after_a_range_word_sets_no_story() -> None:
    # "up to 2015" only bounds a figure: the May that follows is news of now
    assert ("May", "2019-05") in _values("Output grew up to 2015 figures. In May, it fell.")
