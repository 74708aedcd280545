"""Cross-article event grouping."""

import datetime as dt
import json
from pathlib import Path

import pytest

from articles.extraction.grouping import (
    MATCH_THRESHOLD,
    EventSummary,
    best_event_match,
    dates_compatible,
    event_group_key,
    events_match,
    neighbour_group_keys,
    same_place,
)
from articles.extraction.types import EventMention, Span

D = dt.date


def mention(**fields):
    base = dict(
        name="Brandt trip to Norway",
        kind="trip",
        sentence="",
        span=Span(0, 0, 0),
        date=D(2025, 6, 17),
        precision="day",
        place="Norway",
        people=("Tomas Brandt",),
        key_terms=("trip", "visit", "norway", "envoy"),
    )
    base.update(fields)
    return EventMention(**base)


def summary(id, **fields):
    base = dict(
        kind="trip",
        date=D(2025, 6, 18),
        precision="day",
        place="Norway",
        people=("Tomas Brandt", "Lena Ortiz"),
        key_terms=("trip", "norway", "envoy", "talks"),
    )
    base.update(fields)
    return EventSummary(id=id, **base)


def test_dates_compatible():
    assert dates_compatible(D(2025, 6, 17), "day", D(2025, 6, 20), "day")
    assert not dates_compatible(D(2025, 6, 17), "day", D(2025, 6, 21), "day")
    assert dates_compatible(D(2025, 6, 17), "day", D(2025, 6, 26), "day", approximate=True)
    assert dates_compatible(D(2025, 6, 1), "month", D(2025, 6, 30), "day")
    assert not dates_compatible(D(2025, 6, 1), "month", D(2025, 7, 1), "day")
    assert dates_compatible(D(2025, 1, 1), "year", D(2025, 12, 31), "day")
    assert not dates_compatible(D(2024, 1, 1), "year", D(2025, 1, 1), "year")
    assert dates_compatible(None, None, D(2025, 6, 17), "day")
    assert dates_compatible(D(2025, 6, 3), "day", D(2025, 6, 17), "day", kind="ceasefire")
    assert not dates_compatible(D(2025, 6, 3), "day", D(2025, 6, 17), "day", kind="meeting")


def test_same_place_ignores_article_and_case():
    assert same_place("the Oval Office", "Oval Office")
    assert same_place("NORWAY", "Norway")
    assert not same_place("Norway", "Sweden")
    assert not same_place(None, None)


def test_events_match_scores_evidence():
    strong = events_match(mention(), summary(1))
    assert strong >= MATCH_THRESHOLD
    weaker = events_match(mention(people=(), key_terms=("trip",)), summary(1))
    assert 0 < weaker < strong
    assert events_match(mention(), summary(1, kind="meeting")) == 0
    assert events_match(mention(), summary(1, place="Sweden")) == 0
    assert events_match(mention(), summary(1, date=D(2025, 7, 30))) == 0
    assert events_match(mention(), summary(1, date=D(2025, 6, 25))) == 0
    assert events_match(mention(is_approximate=True), summary(1, date=D(2025, 6, 25))) > 0


def test_events_match_surname_matches_full_name():
    score = events_match(mention(people=("Brandt",)), summary(1))
    assert score >= MATCH_THRESHOLD


def test_best_event_match_picks_the_best_candidate_or_none():
    candidates = [
        summary(1, place=None, people=("Lena Ortiz",), key_terms=("trip",)),
        summary(2),
        summary(3, kind="call"),
    ]
    assert best_event_match(mention(), candidates).id == 2
    assert best_event_match(mention(place="Chile", people=("Piet Varga",)), candidates) is None
    assert best_event_match(mention(), []) is None


def test_group_keys():
    assert event_group_key(mention()) == ("trip", "2025-06")
    assert event_group_key(mention(date=None, precision=None)) == ("trip", "")
    keys = neighbour_group_keys(mention(date=D(2025, 6, 29)))
    assert ("trip", "2025-07") in keys and ("trip", "2025-06") in keys and ("trip", "") in keys


def test_trips_of_different_travellers_to_one_place_stay_apart():
    other = summary(1, people=("Piet Varga",))
    assert events_match(mention(), other) == 0
    assert best_event_match(mention(), [other]) is None


def test_calls_with_a_different_counterpart_stay_apart():
    call = mention(kind="call", place=None, people=("Anna Keller", "Tomas Brandt"))
    same = summary(1, kind="call", place=None, people=("Tomas Brandt", "Anna Keller", "L. Ortiz"))
    other = summary(2, kind="call", place=None, people=("Anna Keller", "Piet Varga"))
    assert best_event_match(call, [other, same]).id == 1
    assert best_event_match(call, [other]) is None


def test_one_person_call_joins_the_call_it_names():
    call = mention(
        kind="call", date=D(2025, 6, 18), place=None, people=("Keller",), key_terms=("call",)
    )
    stored = summary(1, kind="call", place=None, people=("Anna Keller", "Tomas Brandt"))
    assert best_event_match(call, [stored]).id == 1


def test_loose_date_widens_one_day_kinds_less():
    assert dates_compatible(
        D(2025, 6, 10), "day", D(2025, 6, 16), "day", approximate=True, kind="meeting"
    )
    assert not dates_compatible(
        D(2025, 6, 10), "day", D(2025, 6, 17), "day", approximate=True, kind="meeting"
    )
    assert dates_compatible(
        D(2025, 6, 10), "day", D(2025, 6, 17), "day", approximate=True, kind="trip"
    )


def test_month_only_meeting_needs_more_than_one_shared_name():
    loose = mention(
        kind="meeting",
        date=D(2025, 6, 1),
        precision="month",
        place=None,
        people=("Tomas Brandt",),
        key_terms=("meeting", "budget"),
    )
    stored = summary(
        1, kind="meeting", place=None, people=("Tomas Brandt",), key_terms=("meeting", "harbour")
    )
    assert events_match(loose, stored) < MATCH_THRESHOLD


def test_one_day_event_on_another_day_with_one_shared_name_stays_apart():
    meeting = mention(kind="meeting", place=None, people=("Tomas Brandt",), key_terms=())
    other_day = summary(1, kind="meeting", date=D(2025, 6, 19), place=None, key_terms=())
    assert events_match(meeting, other_day) < MATCH_THRESHOLD
    same_day = summary(2, kind="meeting", date=D(2025, 6, 17), place=None, key_terms=())
    assert events_match(meeting, same_day) >= MATCH_THRESHOLD


def test_trip_named_after_its_traveller_needs_that_traveller():
    trip = mention(name="Varga trip to Norway", people=("Piet Varga", "Tomas Brandt"))
    assert events_match(trip, summary(1)) == 0
    unnamed = mention(name="Trip to Norway", people=("Piet Varga", "Tomas Brandt"))
    assert events_match(unnamed, summary(1)) > 0


UKRAINE = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ukraine-2025"


def _ukraine_events():
    from articles.extraction import extract_article
    from articles.extraction.types import PasteError

    for path in sorted(UKRAINE.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            published = article.get("published")
            try:
                record = extract_article(
                    article["text"],
                    title=article.get("title"),
                    source=article.get("source"),
                    published=dt.datetime.fromisoformat(published) if published else None,
                )
            except PasteError:
                continue
            yield from record.extraction.events


def _group_like_the_service(found):
    """services.event_resolve: same kind, stored date within 45 days (or none), best match."""
    stored: list[tuple[EventSummary, list]] = []
    for event in found:
        candidates = [
            summary
            for summary, _ in reversed(stored)
            if summary.kind == event.kind
            and (
                summary.date is None
                or event.date is None
                or abs((summary.date - event.date).days) <= 45
            )
        ][:200]
        match = best_event_match(event, candidates)
        if match is None:
            stored.append(
                (
                    EventSummary(
                        id=len(stored),
                        kind=event.kind,
                        date=event.date,
                        precision=event.precision,
                        place=event.place,
                        people=event.people,
                        key_terms=event.key_terms,
                        name=event.name,
                    ),
                    [event],
                )
            )
            continue
        summary, members = stored[match.id]
        people = tuple(dict.fromkeys((*summary.people, *event.people)))
        stored[match.id] = (
            EventSummary(**{**summary.__dict__, "people": people}),
            [*members, event],
        )
    return [members for _, members in stored]


@pytest.mark.shared
@pytest.mark.skipif(not UKRAINE.exists(), reason="../shared/data/ukraine-2025 is not present")
def test_real_news_events_are_named_and_grouped_soundly():
    found = list(_ukraine_events())
    assert len(found) > 200
    for event in found:
        if event.kind == "summit":  # named by its body or place, never by a guest
            assert not any(event.name.startswith(p.split()[-1]) for p in event.people), event
        if event.place:  # "in the Western": a place is never a bare adjective
            assert not event.place.endswith(("ern", "ian")), event
    abstract = [e for e in found if e.kind in ("ceasefire", "agreement")]
    bland = [e for e in abstract if e.name in ("Cease-fire", "Agreement")]
    assert len(bland) <= 0.2 * len(abstract)
    groups = _group_like_the_service(found)
    assert sum(len(g) > 1 for g in groups) >= 25  # one call or summit reported by many outlets
    for members in groups:
        travellers = {m.name.split(" trip")[0] for m in members if " trip" in m.name}
        assert len(travellers) <= 1, [m.name for m in members]


def test_stored_trip_named_after_another_traveller_stays_apart():
    stored = summary(1, people=("Piet Varga", "Tomas Brandt"), name="Varga trip to Norway")
    assert events_match(mention(), stored) == 0
    assert events_match(mention(), summary(2, people=("Piet Varga", "Tomas Brandt"))) > 0


def test_same_pair_a_day_off_is_the_same_call():
    call = mention(kind="call", place=None, people=("Keller", "Brandt"), key_terms=("call",))
    stored = summary(
        1, kind="call", place=None, people=("Anna Keller", "Tomas Brandt"), key_terms=("call",)
    )
    assert events_match(call, stored) >= MATCH_THRESHOLD
    alone = mention(kind="call", place=None, people=("Keller",), key_terms=("call",))
    assert events_match(alone, stored) < MATCH_THRESHOLD


def test_deals_about_different_things_stay_apart():
    deal = mention(
        kind="agreement",
        place=None,
        people=("Tomas Brandt",),
        key_terms=("agreement", "trade", "tariffs"),
    )
    minerals = summary(
        1,
        kind="agreement",
        place=None,
        people=("Tomas Brandt",),
        key_terms=("agreement", "minerals", "signed"),
    )
    assert events_match(deal, minerals) == 0
    trade = summary(
        2,
        kind="agreement",
        place=None,
        people=("Tomas Brandt",),
        key_terms=("agreement", "trade", "signed"),
    )
    assert best_event_match(deal, [minerals, trade]).id == 2
