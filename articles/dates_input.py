"""Parsing dates typed by people or given in input files (not dates inside article prose)."""

from __future__ import annotations

import datetime as dt


def parse_datetime_input(value: str) -> dt.datetime:
    """'2025-03-12', '2025-03-12T21:07:48', '2025-03-12 21:07' -> naive datetime (UTC)."""
    text = value.strip()
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"unparseable date {value!r}; use YYYY-MM-DD[THH:MM:SS]") from None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    return parsed
