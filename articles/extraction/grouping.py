"""Cross-article event grouping: does this event mention describe an event we already know?

Pure: the database service turns its stored events into ``EventSummary`` rows and calls
``best_event_match(mention, candidates)``; the answer is the candidate to attach the mention to,
or None to create a new event. ``event_group_key`` narrows the candidates cheaply (same kind and
month), so the service need not score every stored event.

Scores add up evidence; a different kind, incompatible dates or different places rule a match
out. Dates are compatible when both are days at most ``DAY_WINDOW`` days apart (two weeks for
cease-fires and agreements, one for talks), or when the coarser one contains the finer (a
"March" trip and a "March 11" trip), or when one is unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from .names import same_person

DAY_WINDOW = 3
# A cease-fire, a deal or a round of talks is reported for weeks under one name; a trip or a
# meeting is a matter of days.
DAY_WINDOW_BY_KIND = {"ceasefire": 14, "agreement": 14, "talks": 7}
MATCH_THRESHOLD = 0.5
# Meetings, calls and press conferences happen on one day: a loose date ("last week") widens
# their window less than a trip's or a cease-fire's.
ONE_DAY_KINDS = {"meeting", "call", "press_conference"}
# Kinds whose participants identify them: the same call has the same callers.
PARTICIPANT_KINDS = {"meeting", "call", "press_conference", "trip"}

# What a deal, a truce or talks can be about (a generic lexicon): "a minerals deal", "the
# prisoner exchange agreement". Events names take them; grouping keeps a trade deal apart
# from a minerals deal.
SUBJECT_WORDS = {
    "peace", "trade", "minerals", "mineral", "rare", "earth", "earths", "prisoner", "prisoners",
    "exchange", "swap", "nuclear", "security", "energy", "gas", "oil", "grain", "arms",
    "hostage", "hostages", "border", "maritime", "naval", "sea", "air", "aid", "debt", "tariff",
    "tariffs", "licensing", "plea", "investment", "defense", "defence", "cooperation",
    "association", "partnership", "climate", "economic", "military", "transit", "migration",
    "fishing", "water", "ceasefire", "cease-fire", "truce", "resources", "infrastructure",
    "power", "port", "ports", "shipping", "weapons", "export", "import", "visa", "coalition",
    "budget", "reconstruction", "withdrawal", "deportation", "refugee", "extradition",
}  # fmt: skip
_ABSTRACT_KINDS = {"ceasefire", "agreement", "talks"}

_PLACE_NOISE = re.compile(r"^(?:the\s+)|['’]s$", re.IGNORECASE)


class EventLike(Protocol):
    # (read-only: a frozen EventSummary is one too)
    @property
    def kind(self) -> str: ...
    @property
    def date(self) -> dt.date | None: ...
    @property
    def precision(self) -> str | None: ...
    @property
    def place(self) -> str | None: ...
    @property
    def people(self) -> tuple[str, ...]: ...
    @property
    def key_terms(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class EventSummary:
    """What the service knows of a stored event, enough to decide a match."""

    id: int | str
    kind: str
    date: dt.date | None = None
    precision: str | None = None
    place: str | None = None
    people: tuple[str, ...] = ()
    key_terms: tuple[str, ...] = ()
    is_approximate: bool = False
    name: str = ""  # "Keller trip to Oslo": names a trip's traveller


def normalise_place(place: str | None) -> str:
    return _PLACE_NOISE.sub("", (place or "").strip()).casefold()


def same_place(a: str | None, b: str | None) -> bool:
    """Equal places, ignoring "the", case and a possessive ("Saudi Arabia", "the Saudi Arabia")."""
    left, right = normalise_place(a), normalise_place(b)
    return bool(left) and left == right


def dates_compatible(
    a: dt.date | None,
    a_precision: str | None,
    b: dt.date | None,
    b_precision: str | None,
    *,
    approximate: bool = False,
    kind: str | None = None,
) -> bool:
    """Could both dates describe the same event? Unknown dates are compatible with anything.

    Days may be ``DAY_WINDOW`` apart, or more for the long-running kinds in
    ``DAY_WINDOW_BY_KIND``; ``approximate`` (either date came from "last week", "two days
    later") widens the window by a week.
    """
    if a is None or b is None:
        return True
    coarse = {"year", "month", "day"}
    pa = a_precision if a_precision in coarse else "day"
    pb = b_precision if b_precision in coarse else "day"
    if "year" in (pa, pb):
        return a.year == b.year
    if "month" in (pa, pb):
        return (a.year, a.month) == (b.year, b.month)
    loose = (3 if kind in ONE_DAY_KINDS else 7) if approximate else 0
    window = DAY_WINDOW_BY_KIND.get(kind or "", DAY_WINDOW) + loose
    return abs((a - b).days) <= window


def _people_overlap(a: Iterable[str], b: Iterable[str]) -> float:
    """Share of the smaller list that the other names too ("Zelensky" matches "Zelenskyy")."""
    left, right = list(dict.fromkeys(a)), list(dict.fromkeys(b))
    if not left or not right:
        return 0.0
    small, large = (left, right) if len(left) <= len(right) else (right, left)
    shared = sum(1 for name in small if any(same_person(name, other) for other in large))
    return shared / len(small)


def _shared(a: Sequence[str], b: Sequence[str]) -> int:
    return sum(1 for name in a if any(same_person(name, other) for other in b))


def _different_participants(a: Iterable[str], b: Iterable[str], *, pairs: bool) -> bool:
    """Both name people and share none ("Keller's trip to Oslo", "Brandt's trip to
    Oslo"), or both name two or more and share at most one (a Keller–Brandt call is not a
    Keller–Varga call)."""
    left, right = list(dict.fromkeys(a)), list(dict.fromkeys(b))
    if not left or not right:
        return False
    shared = _shared(left, right)
    if shared == 0:
        return True
    return pairs and len(left) >= 2 and len(right) >= 2 and shared < 2


def _different_subjects(a: Iterable[str], b: Iterable[str]) -> bool:
    """A trade deal is not a minerals deal: both say what they are about, and nothing agrees."""
    left, right = SUBJECT_WORDS.intersection(a), SUBJECT_WORDS.intersection(b)
    return bool(left) and bool(right) and not left & right


def _same_pair(a: Sequence[str], b: Sequence[str]) -> bool:
    """Every person of the shorter list, at least two, is named in the other."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small) >= 2 and _shared(small, large) == len(small)


def _different_traveller(trip: EventLike, other: EventLike) -> bool:
    """A trip named after its traveller ("Keller trip to Oslo") is not a trip the traveller
    is not known to be on. The name says who travels: stored people come in no order."""
    name = getattr(trip, "name", "") or ""
    if " trip" not in name or not other.people:
        return False
    surname = name.split(" trip")[0]
    if not any(person.split()[-1] == surname for person in trip.people):
        return False  # "Trip to Oslo", or a name that is not one of its people
    return not any(same_person(surname, person) for person in other.people)


def _terms_overlap(a: Iterable[str], b: Iterable[str]) -> float:
    left, right = set(a), set(b)
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def events_match(a: EventLike, b: EventLike) -> float:
    """A score in [0, 1]: 0 rules a match out; ``MATCH_THRESHOLD`` or more is the same event."""
    if a.kind != b.kind:
        return 0.0
    loose = getattr(a, "is_approximate", False) or getattr(b, "is_approximate", False)
    if not dates_compatible(
        a.date, a.precision, b.date, b.precision, approximate=loose, kind=a.kind
    ):
        return 0.0
    if a.place and b.place and not same_place(a.place, b.place):
        return 0.0
    if a.kind in PARTICIPANT_KINDS and _different_participants(
        a.people, b.people, pairs=a.kind in ONE_DAY_KINDS
    ):
        return 0.0
    if a.kind == "trip" and (_different_traveller(a, b) or _different_traveller(b, a)):
        return 0.0
    if a.kind in _ABSTRACT_KINDS and _different_subjects(a.key_terms, b.key_terms):
        return 0.0
    score = 0.15  # same kind, nothing contradicts
    if (a.date is None) != (b.date is None):
        score -= 0.1  # an undated event fits any date: weak evidence, never a tie-winner
    if a.date is not None and b.date is not None:
        if a.precision == b.precision == "day" and a.date == b.date:
            score += 0.2
        elif a.kind in ONE_DAY_KINDS or (
            a.kind in PARTICIPANT_KINDS and a.precision != b.precision
        ):
            # A meeting a day off, or a "May" call beside a "May 19" one, is the same only
            # when the same pair is named: the date alone is no evidence.
            score += 0.1 if _same_pair(a.people, b.people) else 0.0
        else:
            score += 0.1
    if a.place and b.place:
        score += 0.25
    score += 0.3 * _people_overlap(a.people, b.people)
    score += 0.3 * _terms_overlap(_content_terms(a), _content_terms(b))
    return min(score, 1.0)


def _content_terms(event: EventLike) -> set[str]:
    return {t for t in event.key_terms if t != event.kind}


def best_event_match(
    mention: EventLike, candidates: Sequence[EventSummary], threshold: float = MATCH_THRESHOLD
) -> EventSummary | None:
    """The candidate that ``mention`` most likely describes, or None to make a new event."""
    best: tuple[float, int] | None = None
    for index, candidate in enumerate(candidates):
        score = events_match(mention, candidate)
        if score >= threshold and (best is None or score > best[0]):
            best = (score, index)
    return candidates[best[1]] if best else None


def event_group_key(event: EventLike) -> tuple[str, str]:
    """(kind, "YYYY-MM" or "") — a cheap first filter: candidates share kind and month.

    Day dates near a month boundary can match a neighbour month; services that want those
    should also look up ``neighbour_group_keys``.
    """
    if event.date is None or event.precision == "year":
        return event.kind, ""
    return event.kind, f"{event.date.year:04d}-{event.date.month:02d}"


def neighbour_group_keys(event: EventLike) -> tuple[tuple[str, str], ...]:
    """Every group key a matching event could have (unknown-date events match everything)."""
    kind = event.kind
    if event.date is None or event.precision == "year":
        return ((kind, ""),)
    keys = {(kind, ""), event_group_key(event)}
    if event.precision == "day":
        for delta in (-DAY_WINDOW, DAY_WINDOW):
            day = event.date + dt.timedelta(days=delta)
            keys.add((kind, f"{day.year:04d}-{day.month:02d}"))
    return tuple(sorted(keys))
