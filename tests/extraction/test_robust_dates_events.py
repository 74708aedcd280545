"""Any text returns, quickly and without an exception, from the date and event extractors."""

import datetime as dt
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.extraction.dates import (
    extract_dated_statements,
    find_date_expressions,
    resolve_date_expression,
)
from articles.extraction.events import extract_events
from articles.extraction.types import Person

from .timing import bound

PEOPLE = (Person("Anna Keller", ("Keller",)), Person("Tomas Brandt", ("Brandt",)))
PUBLISHED = st.one_of(
    st.none(),
    st.datetimes(min_value=dt.datetime(1, 2, 1), max_value=dt.datetime(9999, 11, 30)),
)
# Words that exercise the patterns: months, weekdays, numbers, relative words, event nouns.
_WORDS = (
    "March Sept. May 11 32 30 February 29th 2024 9999 0000 1/2/2024 2025-02-30 on in last next "
    "this week month year ago later earlier days two a few Tuesday yesterday today tomorrow the "
    "coming will said “ ” , . ; Keller Brandt's met meeting summit trip to visit cease-fire deal "
    "with talks press conference call vote in the Oval Office Oslo he she"
)
VOCABULARY = st.sampled_from(_WORDS.split())
TOKEN_TEXT = st.lists(VOCABULARY, max_size=60).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=400), TOKEN_TEXT)
FAST = settings(max_examples=150, deadline=1000, suppress_health_check=[HealthCheck.too_slow])


def run_all(paragraphs, published):
    dated = extract_dated_statements(paragraphs, published)
    for statement in dated:
        text = paragraphs[statement.span.paragraph]
        assert text[statement.span.start : statement.span.end] == statement.sentence
        assert statement.precision in ("day", "month", "year")
    return dated, extract_events(paragraphs, PEOPLE, dated, published)


@FAST
@given(st.lists(ANY_TEXT, max_size=5).map(tuple), PUBLISHED)
def test_any_paragraphs(paragraphs, published):
    run_all(paragraphs, published)


@FAST
@given(ANY_TEXT, PUBLISHED)
def test_resolve_any_text(text, published):
    result = resolve_date_expression(text, published)
    assert result is None or result[1] in ("day", "month", "year")
    for start, end, expression, *_ in find_date_expressions(text, published):
        assert text[start:end].strip() == expression


def test_invalid_dates_are_skipped():
    paragraphs = ("It happened on February 30.", "It happened on March 32, 2024.", "April 31")
    assert extract_dated_statements(paragraphs, dt.datetime(2025, 5, 1)) == ()


def test_extreme_publication_dates():
    for published in (dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31)):
        paragraphs = (
            "Talks were held last year, next year, two years ago and tomorrow, on Tuesday.",
            "They met next month in Oslo, 500 years ago, and three days later.",
        )
        run_all(paragraphs, published)


@pytest.mark.parametrize(
    "text",
    [
        "x" * 1_000_000,
        "1" * 1_000_000,
        "March 11 " * 20_000,
        "on " * 60_000,
        # Many sentences in one paragraph: kept smaller, as sentence splitting (text.py) is
        # not linear in the paragraph length yet.
        "Keller met Brandt in Oslo on Tuesday. " * 3_000,
        "Der Gipfel fand am 11. März statt. Президент встретился в Москве. 会议于三月举行。"
        * 1_000,
    ],
    ids=["letters", "digits", "month-days", "prepositions", "meetings", "other-languages"],
)
def test_long_pastes_return_quickly(text):
    started = time.perf_counter()
    run_all((text,), dt.datetime(2025, 3, 12))
    assert time.perf_counter() - started < bound(8)
