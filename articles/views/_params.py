"""Reading the query string: every page parses its filters and page number here.

Each parser takes the raw value and a list of messages; a value it cannot use is replaced by the
default and explained in a message shown on the page (never a 500, never a silent surprise).
"""

from __future__ import annotations

import datetime as dt
import re

from django.core.paginator import Page, Paginator
from django.http import QueryDict

MAX_TEXT = 200  # longer search strings are cut (with a message), never sent whole to the DB
MAX_PAGE = 1_000_000
# Control characters (NUL above all: PostgreSQL refuses it in any SQL string) are never wanted.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_PAGE = re.compile(r"[0-9]{1,7}")  # ASCII digits only: '²'.isdigit() is True, int('²') fails
_SLUG = re.compile(r"[-\w]{1,100}")


def _shown(value: str, limit: int = 40) -> str:
    """A bad value as quoted back in a message: no control characters, cut short."""
    text = _CONTROL.sub("", value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parse_text(value: str | None, errors: list[str]) -> str:
    """Free text for a filter: control characters dropped, spaces collapsed, cut to MAX_TEXT."""
    text = " ".join(_CONTROL.sub(" ", value or "").split())
    if len(text) > MAX_TEXT:
        errors.append(f"The search text was too long; only its first {MAX_TEXT} characters count.")
        text = text[:MAX_TEXT]
    return text


def parse_choice(value: str | None, choices, default: str, errors: list[str], message: str) -> str:
    """One of ``choices`` (none given means ``default``); anything else gets ``message``.

    ``message`` may name the bad value as ``{value}``.
    """
    if not value:
        return default
    if value in choices:
        return value
    errors.append(message.format(value=_shown(value)))
    return default


def parse_page(value: str | None, errors: list[str]) -> int:
    """A 1-based page number; anything else becomes 1 with a message."""
    if value in (None, ""):
        return 1
    if _PAGE.fullmatch(value) and 0 < int(value) < MAX_PAGE:
        return int(value)
    errors.append(f"“{_shown(value)}” is not a page number; showing the first page.")
    return 1


def paginate(items, per_page: int, value: str | None, errors: list[str]) -> Page:
    """The requested page of ``items``; past the end gives the last page, with a message."""
    number = parse_page(value, errors)
    paginator = Paginator(items, per_page, allow_empty_first_page=True)
    if number > paginator.num_pages:
        errors.append(f"There is no page {number}; showing the last page.")
        number = paginator.num_pages
    return paginator.page(number)


def parse_date(value: str | None, label: str, errors: list[str]) -> dt.date | None:
    """A YYYY-MM-DD date from a filter; unreadable dates are ignored with a message."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        errors.append(f"“{_shown(value)}” is not a date ({label}); use YYYY-MM-DD.")
        return None


def parse_range(params: QueryDict, errors: list[str]) -> tuple[dt.date | None, dt.date | None]:
    """The ``from``/``to`` pair; a backwards range is dropped with a message."""
    start = parse_date(params.get("from"), "from", errors)
    end = parse_date(params.get("to"), "to", errors)
    if start and end and start > end:
        errors.append(
            f"The start date ({start:%d %b %Y}) is after the end date ({end:%d %b %Y}); "
            "showing all dates."
        )
        return None, None
    return start, end


def lookup_slug(model, value: str | None, label: str, errors: list[str]):
    """The row with that slug, or None (with a message when a slug was given but is unknown)."""
    if not value:
        return None
    row = model.objects.filter(slug=value).first() if _SLUG.fullmatch(value) else None
    if row is None:
        errors.append(f"No {label} “{_shown(value, 60)}”; that filter is ignored.")
    return row


def non_empty(params: QueryDict, *without: str) -> QueryDict:
    """The parameters that carry a value, minus ``without``."""
    kept = QueryDict(mutable=True)
    for name, values in params.lists():
        if name not in without:
            for value in values:
                if value:
                    kept.appendlist(name, value)
    return kept
