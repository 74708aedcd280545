"""CSV and JSON downloads: a person's quotes (with the person page's filters), an event's timeline.

CSV cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a
leading apostrophe: https://owasp.org/www-community/attacks/CSV_Injection
"""

from __future__ import annotations

import csv
import io

from django.db.models import F
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from articles.models import Event, Person, Quote

from ._params import lookup_slug
from .people import filter_quotes, quote_filters
from .timeline import event_statements

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Where each row was read: the columns _article_fields() fills, last in both downloads.
ARTICLE_COLUMNS = ["article", "outlet", "published", "paragraph", "link", "source_url"]
QUOTE_COLUMNS = [
    *("said_on", "speaker", "speaker_description", "quote", "kind", "status", "event"),
    *ARTICLE_COLUMNS,
]
STATEMENT_COLUMNS = [
    *("date", "precision", "approximate", "future", "sentence", "expression", "people", "event"),
    *ARTICLE_COLUMNS,
]


def csv_safe(value) -> str:
    """The cell as text, defused when a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_START) else text


def csv_response(rows: list[dict], columns: list[str], filename: str) -> HttpResponse:
    """UTF-8 CSV (with a BOM so spreadsheet programs read the encoding right), as a download."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_safe(row[column]) for column in columns])
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def json_response(payload: dict, filename: str) -> JsonResponse:
    response = JsonResponse(payload, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _article_fields(request: HttpRequest, article, paragraph: int) -> dict:
    return {
        "article": article.title,
        "outlet": article.outlet.name if article.outlet else "",
        "published": _iso(article.published_at),
        "paragraph": paragraph,
        "link": request.build_absolute_uri(f"{article.get_absolute_url()}#p-{paragraph}"),
        "source_url": article.url,
    }


def _person_quote_rows(request: HttpRequest, slug: str) -> tuple[Person, dict, list[str], list]:
    person = get_object_or_404(Person, slug=slug)
    filters, messages = quote_filters(request)
    quotes = (
        filter_quotes(Quote.objects.visible().filter(speaker=person), filters)
        .select_related("article__outlet", "event")
        .defer("article__raw_text", "article__sanitized_html", "article__paragraphs")
        .order_by(
            F("said_on").desc(nulls_last=True),
            F("article__published_at").desc(nulls_last=True),
            "-article_id",
            "paragraph",
            "start",
        )
    )
    rows = [
        {
            "said_on": _iso(q.said_on),
            "speaker": person.name,
            "speaker_description": q.speaker_description,
            "quote": q.text,
            "kind": q.kind,
            "status": q.status,
            "event": q.event.name if q.event else "",
            **_article_fields(request, q.article, q.paragraph),
        }
        for q in quotes
    ]
    return person, filters, messages, rows


@require_safe
def person_quotes_csv(request: HttpRequest, slug: str) -> HttpResponse:
    """A person's quotes as CSV, filtered like the person page."""
    person, _, _, rows = _person_quote_rows(request, slug)
    return csv_response(rows, QUOTE_COLUMNS, f"{person.slug}-quotes.csv")


@require_safe
def person_quotes_json(request: HttpRequest, slug: str) -> JsonResponse:
    """A person's quotes as JSON, filtered like the person page."""
    person, filters, messages, rows = _person_quote_rows(request, slug)
    payload = {
        "person": {
            "name": person.name,
            "slug": person.slug,
            "url": request.build_absolute_uri(person.get_absolute_url()),
        },
        "filters": {key: _iso(v) if key in ("from", "to") else v for key, v in filters.items()},
        "warnings": messages,
        "count": len(rows),
        "quotes": rows,
    }
    return json_response(payload, f"{person.slug}-quotes.json")


def _event_timeline_rows(request: HttpRequest, slug: str) -> tuple[Event, Person | None, list]:
    event = get_object_or_404(Event, slug=slug)
    person = lookup_slug(Person, request.GET.get("person"), "person", [])
    statements = event_statements(event)
    if person:
        statements = statements.filter(people=person)
    statements = (
        statements.select_related("article__outlet", "event")
        .defer("article__raw_text", "article__sanitized_html", "article__paragraphs")
        .prefetch_related("people")
        .order_by(
            "date", F("article__published_at").asc(nulls_last=True), "article_id", "paragraph"
        )
    )
    rows = [
        {
            "date": s.date.isoformat(),
            "precision": s.precision,
            "approximate": s.is_approximate,
            "future": s.is_future,
            "sentence": s.sentence,
            "expression": s.expression,
            "people": "; ".join(p.name for p in s.people.all()),
            "event": s.event.name if s.event else "",
            **_article_fields(request, s.article, s.paragraph),
        }
        for s in statements
    ]
    return event, person, rows


@require_safe
def event_timeline_csv(request: HttpRequest, slug: str) -> HttpResponse:
    """An event's dated statements as CSV, oldest first."""
    event, person, rows = _event_timeline_rows(request, slug)
    suffix = f"-{person.slug}" if person else ""
    return csv_response(rows, STATEMENT_COLUMNS, f"{event.slug}{suffix}-timeline.csv")


@require_safe
def event_timeline_json(request: HttpRequest, slug: str) -> JsonResponse:
    """An event's dated statements as JSON, oldest first."""
    event, person, rows = _event_timeline_rows(request, slug)
    for row in rows:
        row["people"] = row["people"].split("; ") if row["people"] else []
    payload = {
        "event": {
            "name": event.name,
            "slug": event.slug,
            "kind": event.kind,
            "date": _iso(event.date),
            "precision": event.precision,
            "place": event.place,
            "url": request.build_absolute_uri(event.get_absolute_url()),
        },
        "person": person.slug if person else None,
        "count": len(rows),
        "statements": rows,
    }
    suffix = f"-{person.slug}" if person else ""
    return json_response(payload, f"{event.slug}{suffix}-timeline.json")
