"""Cross-article event grouping (pure). Interim version by the integrator: the dates/events
work replaces the scoring; keep ``EventSummary`` and ``best_event_match``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class EventSummary:
    id: int
    kind: str
    date: dt.date | None
    precision: str | None
    place: str | None
    people: tuple[str, ...]
    key_terms: tuple[str, ...]


def best_event_match(mention, candidates: list[EventSummary]) -> EventSummary | None:
    for candidate in candidates:
        if candidate.kind != mention.kind:
            continue
        if set(candidate.people) & set(mention.people) or (
            candidate.place and candidate.place == mention.place
        ):
            return candidate
    return None
