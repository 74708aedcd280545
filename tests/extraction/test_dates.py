"""Dated statements and relative-date resolution, on sentences written for the tests."""

import datetime as dt

import pytest

from articles.extraction.dates import (
    extract_dated_statements,
    find_date_expressions,
    resolve_date_expression,
)

# A Wednesday.
PUB = dt.datetime(2025, 3, 12, 21, 7)
D = dt.date


def resolve(text, anchor=PUB):
    return resolve_date_expression(text, anchor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy arrived on March 11.", (D(2025, 3, 11), "day", False, False)),
        ("The envoy arrived March 11, 2024.", (D(2024, 3, 11), "day", False, False)),
        ("The envoy arrived on 11 March.", (D(2025, 3, 11), "day", False, False)),
        ("The envoy arrived on 11 March 2023.", (D(2023, 3, 11), "day", False, False)),
        ("The envoy arrived on Tuesday, March 11.", (D(2025, 3, 11), "day", False, False)),
        ("Posted Monday, May 26, 2024 6:17 pm.", (D(2024, 5, 26), "day", False, False)),
        ("The talks ran March 10-12.", (D(2025, 3, 10), "day", False, False)),
        ("Officials met Sept. 4 in the capital.", (D(2024, 9, 4), "day", False, False)),
        ("The summit opens on March 14.", (D(2025, 3, 14), "day", True, False)),
        ("The mayor spoke on Tuesday.", (D(2025, 3, 11), "day", False, False)),
        ("The mayor spoke Monday night.", (D(2025, 3, 10), "day", False, False)),
        ("The mayor spoke on Wednesday.", (D(2025, 3, 12), "day", False, False)),
        ("The mayor will speak on Friday.", (D(2025, 3, 14), "day", True, False)),
        ("The council is scheduled to vote Monday.", (D(2025, 3, 17), "day", True, False)),
        ("The mayor spoke last Wednesday.", (D(2025, 3, 5), "day", False, False)),
        ("The mayor speaks next Wednesday.", (D(2025, 3, 19), "day", True, False)),
        ("The mayor spoke yesterday.", (D(2025, 3, 11), "day", False, False)),
        ("The mayor speaks today.", (D(2025, 3, 12), "day", False, False)),
        ("The mayor speaks tomorrow.", (D(2025, 3, 13), "day", True, False)),
        ("Earlier today the mayor spoke.", (D(2025, 3, 12), "day", False, False)),
        ("This morning the mayor spoke.", (D(2025, 3, 12), "day", False, False)),
        ("Earlier in the day the mayor spoke.", (D(2025, 3, 12), "day", False, False)),
        ("The council met last week.", (D(2025, 3, 3), "day", False, True)),
        ("The council meets next week.", (D(2025, 3, 17), "day", True, True)),
        ("The council met late last month.", (D(2025, 2, 1), "month", False, False)),
        ("The council met earlier this month.", (D(2025, 3, 1), "month", False, False)),
        ("The council met last month.", (D(2025, 2, 1), "month", False, False)),
        ("The council meets next month.", (D(2025, 4, 1), "month", True, False)),
        ("The council met last year.", (D(2024, 1, 1), "year", False, False)),
        ("The council met earlier this year.", (D(2025, 1, 1), "year", False, False)),
        ("The council was founded in 2019.", (D(2019, 1, 1), "year", False, False)),
        ("The law takes effect by 2030.", (D(2030, 1, 1), "year", True, False)),
        ("The council met in January.", (D(2025, 1, 1), "month", False, False)),
        ("The council met in June.", (D(2024, 6, 1), "month", False, False)),
        ("The council will meet in June.", (D(2025, 6, 1), "month", True, False)),
        ("The council will meet in February.", (D(2026, 2, 1), "month", True, False)),
        ("The council met in March 2021.", (D(2021, 3, 1), "month", False, False)),
        ("The council met two weeks ago.", (D(2025, 2, 26), "day", False, True)),
        ("The council met three days ago.", (D(2025, 3, 9), "day", False, True)),
        ("The council met a few months ago.", (D(2024, 12, 1), "month", False, True)),
        ("The council met two years ago.", (D(2023, 1, 1), "year", False, True)),
        ("The council met again three days later.", (D(2025, 3, 15), "day", True, True)),
        ("The plant closed on 2024-11-05.", (D(2024, 11, 5), "day", False, False)),
        ("The plant closed on 11/5/2024.", (D(2024, 11, 5), "day", False, False)),
        ("They honored the Sept. 11 victims.", (D(2024, 9, 11), "day", False, False)),
        ("Talks will resume in the coming days.", (D(2025, 3, 1), "month", True, True)),
    ],
)
def test_resolve_date_expression(text, expected):
    assert resolve(text) == expected


def test_year_boundary_late_last_month():
    anchor = dt.datetime(2025, 1, 3)
    assert resolve("The talks collapsed late last month.", anchor) == (
        D(2024, 12, 1),
        "month",
        False,
        False,
    )


def test_year_boundary_month_day_without_year():
    anchor = dt.datetime(2025, 1, 3)
    assert resolve("The talks collapsed on Dec. 28.", anchor)[0] == D(2024, 12, 28)
    assert resolve("The talks resume on Jan. 8.", anchor)[0] == D(2025, 1, 8)


def test_year_boundary_last_week_and_last_year():
    anchor = dt.datetime(2025, 1, 2)  # a Thursday
    assert resolve("The talks collapsed last week.", anchor)[0] == D(2024, 12, 23)
    assert resolve("The talks collapsed last year.", anchor)[0] == D(2024, 1, 1)
    assert resolve("The talks collapsed in December.", anchor)[0] == D(2024, 12, 1)


def test_leap_day_and_invalid_dates():
    assert resolve("It happened on February 29, 2024.") == (D(2024, 2, 29), "day", False, False)
    assert resolve("It happened on February 29, 2023.") is None
    assert resolve("It happened on February 30.") is None
    assert resolve("It happened on March 32.") is None


def test_nothing_resolvable():
    assert resolve("The mayor spoke at length about budgets.") is None
    assert resolve("He may go, or he may not.") is None
    assert resolve("Talks could come in the near future.") is None
    assert resolve("The 9/11 commission reported.") is None


def test_without_publication_only_absolute_dates_with_a_year():
    assert resolve("The mayor spoke on Tuesday.", None) is None
    assert resolve("The mayor spoke on March 11.", None) is None
    assert resolve("The mayor spoke yesterday.", None) is None
    assert resolve("The mayor spoke on March 11, 2025.", None)[0] == D(2025, 3, 11)
    assert resolve("The mayor spoke in 2024.", None)[0] == D(2024, 1, 1)


def test_said_breaks_future_tense_of_a_quote():
    text = "“We will win,” the mayor said at a rally on Tuesday."
    assert resolve(text) == (D(2025, 3, 11), "day", False, False)


def test_statements_one_per_sentence_most_specific():
    paragraphs = (
        "The spokeswoman said on March 12 that the envoy will travel in the coming days. "
        "Nothing was settled.",
        "Tensions rose late last month after the mayor left a meeting.",
    )
    statements = extract_dated_statements(paragraphs, PUB)
    assert [(s.date_text, s.precision, s.expression) for s in statements] == [
        ("2025-03-12", "day", "on March 12"),
        ("2025-02", "month", "late last month"),
    ]
    first = statements[0]
    assert first.span.paragraph == 0
    assert paragraphs[0][first.span.start : first.span.end] == first.sentence
    assert first.sentence.startswith("The spokeswoman said")
    assert statements[1].span.paragraph == 1


def test_statement_in_quoted_speech():
    paragraphs = (
        "“Our aim is a deal that lasts,” the minister said during a visit to the port on March 10.",
    )
    (statement,) = extract_dated_statements(paragraphs, PUB)
    assert statement.date == D(2025, 3, 10)
    assert statement.sentence.startswith("“Our aim")


def test_vague_future_is_not_a_statement():
    paragraphs = (
        "The minister expects an answer in the coming days.",
        "A deal may come in the near future.",
        "The minister travels next week.",
    )
    statements = extract_dated_statements(paragraphs, PUB)
    assert [s.expression for s in statements] == ["next week"]
    assert statements[0].is_future and statements[0].is_approximate


def test_chained_relative_dates_follow_the_narrative():
    paragraphs = (
        "The strike began on Feb. 3, 2025.",
        "Two days later, the union walked out. The next day, talks resumed.",
    )
    statements = extract_dated_statements(paragraphs, PUB)
    assert [s.date for s in statements] == [D(2025, 2, 3), D(2025, 2, 5), D(2025, 2, 4)]
    assert statements[1].is_approximate


def test_chained_relative_date_without_reference_is_skipped():
    assert extract_dated_statements(("Two days later, the union walked out.",), PUB) == ()


def test_without_publication_time():
    paragraphs = ("The mayor spoke on Tuesday.", "The plant opened on May 5, 2019.")
    statements = extract_dated_statements(paragraphs, None)
    assert [s.date for s in statements] == [D(2019, 5, 5)]


def test_find_date_expressions_offsets():
    text = "The envoy spoke on March 12 and will travel in the coming days."
    rows = find_date_expressions(text, PUB)
    assert [(text[a:b], expr) for a, b, expr, *_ in rows] == [
        ("on March 12", "on March 12"),
        ("in the coming days", "in the coming days"),
    ]


def test_month_alone_follows_the_tense_of_its_clause():
    anchor = dt.datetime(2025, 5, 21)
    assert resolve("The pause on the new tariffs ends in July.", anchor)[0] == D(2025, 7, 1)
    assert resolve("Troops launched an incursion in August.", anchor)[0] == D(2024, 8, 1)
    assert resolve("In April, the bloc announced a package.", anchor)[0] == D(2025, 4, 1)
    assert resolve("In July, the bloc announced a package.", anchor)[0] == D(2024, 7, 1)
    assert resolve("The bloc is expected to decide in April.", anchor)[0] == D(2026, 4, 1)


def test_a_dateline_is_not_a_statement():
    paragraphs = ("MOSCOW, May 21. /TASS/.", "The talks ended on May 20.")
    statements = extract_dated_statements(paragraphs, dt.datetime(2025, 5, 21))
    assert [s.expression for s in statements] == ["on May 20"]


def test_tense_is_read_before_the_expression_first():
    anchor = dt.datetime(2019, 3, 19)  # a Tuesday
    text = "She sounded off on the show on Monday, telling him he'll never win."
    assert resolve(text, anchor)[0] == D(2019, 3, 18)
    text = "The forces said in a statement Thursday that the move will help."
    assert resolve(text, anchor)[0] == D(2019, 3, 14)
    assert resolve("In January, he told the radio host that he would run.", anchor)[0] == D(
        2019, 1, 1
    )


def test_title_case_week_is_a_name_not_a_date():
    assert resolve("He said on the show “This Week” that it was a mistake.") is None


def test_weekends():
    wednesday = dt.datetime(2025, 3, 12)
    sunday = dt.datetime(2025, 3, 16)
    assert resolve("The talks stalled over the weekend.", wednesday) == (
        D(2025, 3, 8),
        "day",
        False,
        True,
    )
    assert resolve("The talks resume this weekend.", wednesday)[:3] == (D(2025, 3, 15), "day", True)
    assert resolve("The talks stalled last weekend.", wednesday)[0] == D(2025, 3, 8)
    assert resolve("The talks stalled last weekend.", sunday)[0] == D(2025, 3, 8)
    assert resolve("The talks go on this weekend.", sunday)[0] == D(2025, 3, 15)
    assert resolve("The talks resume next weekend.", wednesday)[0] == D(2025, 3, 22)


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("They met last summer.", D(2025, 5, 26), (D(2024, 6, 1), "month", False, True)),
        ("They met last summer.", D(2025, 11, 3), (D(2025, 6, 1), "month", False, True)),
        ("Prices fell last fall.", D(2025, 11, 3), (D(2024, 9, 1), "month", False, True)),
        ("This spring the talks resumed.", D(2025, 11, 3), (D(2025, 3, 1), "month", False, True)),
        ("This spring the talks resume.", D(2025, 1, 15), (D(2025, 3, 1), "month", True, True)),
        ("This winter is cold.", D(2025, 1, 15), (D(2024, 12, 1), "month", False, True)),
        ("Next winter will be hard.", D(2025, 5, 26), (D(2025, 12, 1), "month", True, True)),
        ("In the spring of 2023 they met.", D(2025, 5, 26), (D(2023, 3, 1), "month", False, True)),
        ("Autumn 2021 was wet.", D(2025, 5, 26), (D(2021, 9, 1), "month", False, True)),
    ],
)
def test_seasons_resolve_to_their_first_month_approximately(text, anchor, expected):
    (found,) = find_date_expressions(text, anchor)
    assert found[3:] == expected


@pytest.mark.parametrize("text", ["The fall of the city shocked them.", "A summer offensive."])
def test_season_words_without_which_or_year_are_no_dates(text):
    assert find_date_expressions(text, D(2025, 5, 26)) == []
