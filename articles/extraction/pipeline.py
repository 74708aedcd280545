"""Compose the extractors: raw paste -> ArticleRecord, and ArticleRecord -> contract JSON."""

from __future__ import annotations

import datetime as dt

from .dates import extract_dated_statements
from .events import extract_events
from .paste import MAX_PASTE_BYTES, parse_paste
from .people import complete_from_title, extract_people
from .quotes import extract_quotes
from .types import ArticleRecord, Extraction

# Bump when extraction output changes in a way stored articles should be re-extracted for.
EXTRACTOR_VERSION = 29


def extract_article(
    raw: str | bytes,
    *,
    title: str | None = None,
    source: str | None = None,
    published: dt.datetime | None = None,
    url: str | None = None,
    max_bytes: int = MAX_PASTE_BYTES,
) -> ArticleRecord:
    """Parse a paste and extract people, quotes, dated statements and events from it.

    Raises ``PasteError`` when the paste cannot become an article; never anything else on
    purpose.
    """
    parsed = parse_paste(
        raw, title=title, source=source, published=published, url=url, max_bytes=max_bytes
    )
    paragraphs = parsed.paragraphs
    people = complete_from_title(extract_people(paragraphs), parsed.title)
    quotes = extract_quotes(paragraphs, people)
    dated = extract_dated_statements(paragraphs, parsed.published)
    events = extract_events(paragraphs, people, dated, parsed.published)
    return ArticleRecord(
        parsed=parsed,
        extraction=Extraction(people=people, quotes=quotes, dated_statements=dated, events=events),
    )


def _iso(value: dt.datetime | None) -> str | None:
    return value.replace(tzinfo=None).isoformat(timespec="seconds") if value else None


def record_to_contract(record: ArticleRecord, article_id: str) -> dict:
    """The JSON object that ``manage.py extract --jsonl`` prints (see shared eval/SCHEMA.md)."""
    parsed, ex = record.parsed, record.extraction
    return {
        "id": article_id,
        "title": parsed.title,
        "source": parsed.source,
        "published": _iso(parsed.published),
        "updated": _iso(parsed.updated),
        "dek": parsed.dek,
        "paragraphs": list(parsed.paragraphs),
        "related_stories": list(parsed.related_stories),
        "boilerplate_removed": list(parsed.boilerplate_removed),
        "people": [{"name": p.name, "role": p.role, "aliases": list(p.aliases)} for p in ex.people],
        "quotes": [
            {
                "speaker": q.speaker,
                "speaker_description": q.speaker_description,
                "text": q.text,
                "kind": q.kind,
                "paragraph": q.span.paragraph,
            }
            for q in ex.quotes
        ],
        "events": [
            {
                "name": e.name,
                "kind": e.kind,
                "date": _date_text(e.date, e.precision),
                "place": e.place,
                "approximate": e.is_approximate,
                "people": list(e.people),
            }
            for e in ex.events
        ],
        "dated_statements": [
            {
                "date": d.date_text,
                "precision": d.precision,
                "sentence": d.sentence,
                "expression": d.expression,
                "future": d.is_future,
                "approximate": d.is_approximate,
                "paragraph": d.span.paragraph,
            }
            for d in ex.dated_statements
        ],
    }


def _date_text(date: dt.date | None, precision: str | None) -> str | None:
    if date is None:
        return None
    if precision == "year":
        return f"{date.year:04d}"
    if precision == "month":
        return f"{date.year:04d}-{date.month:02d}"
    return date.isoformat()
