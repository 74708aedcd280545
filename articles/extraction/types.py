"""Frozen dataclasses that the extraction package returns.

Offsets: ``paragraph`` is the 0-based index into ``ParsedArticle.paragraphs`` (the body, without
title and dek); ``start``/``end`` are character offsets inside that paragraph's text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

QuoteKind = Literal["direct", "partial", "indirect"]
Precision = Literal["day", "month", "year"]


class ExtractionError(Exception):
    """Base class for every error the extraction package raises on purpose."""


class PasteError(ExtractionError):
    """The paste cannot become an article (empty, too large, no text). The message is for users."""


@dataclass(frozen=True)
class Span:
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class ParsedArticle:
    title: str
    paragraphs: tuple[str, ...]
    source: str | None = None
    byline: str | None = None
    published: dt.datetime | None = None
    updated: dt.datetime | None = None
    published_text: str | None = None  # the date as written, kept when it could not be parsed
    dek: str = ""
    related_stories: tuple[str, ...] = ()
    boilerplate_removed: tuple[str, ...] = ()
    url: str | None = None
    is_html: bool = False
    sanitized_html: str = ""  # bleach-cleaned article HTML when the paste was HTML
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    text: str
    span: Span


@dataclass(frozen=True)
class Role:
    title: str  # as the article states it: "Secretary of State"
    span: Span


@dataclass(frozen=True)
class Person:
    name: str  # canonical full name as written at its fullest in the article
    aliases: tuple[str, ...] = ()  # other forms used in the article ("Rubio", "Zelensky")
    roles: tuple[Role, ...] = ()
    mentions: tuple[Mention, ...] = ()

    @property
    def role(self) -> str | None:
        return self.roles[0].title if self.roles else None


@dataclass(frozen=True)
class Quote:
    text: str  # without the surrounding quote marks
    kind: QuoteKind
    span: Span  # where the quoted text starts
    end_span: Span  # where it ends (another paragraph for multi-paragraph quotes)
    speaker: str | None = None  # canonical name of a Person in the same extraction
    speaker_description: str | None = None  # "an official", "the Kremlin" when no person
    sentence: str = ""  # the sentence (or sentences) that carry the quote and attribution


@dataclass(frozen=True)
class DatedStatement:
    date: dt.date  # first day of the month/year when precision is coarser than a day
    precision: Precision
    sentence: str
    expression: str  # the words that gave the date: "late last month"
    span: Span  # the sentence's place
    is_future: bool = False
    is_approximate: bool = False

    @property
    def date_text(self) -> str:
        if self.precision == "year":
            return f"{self.date.year:04d}"
        if self.precision == "month":
            return f"{self.date.year:04d}-{self.date.month:02d}"
        return self.date.isoformat()


@dataclass(frozen=True)
class EventMention:
    name: str  # "Witkoff trip to Russia"
    kind: str  # trip, talks, meeting, call, press_conference, summit, ceasefire, agreement, vote
    sentence: str
    span: Span
    date: dt.date | None = None
    precision: Precision | None = None
    place: str | None = None
    people: tuple[str, ...] = ()  # canonical names of participants
    key_terms: tuple[str, ...] = ()
    is_approximate: bool = False  # date from a loose phrase, a nearby sentence or publication


@dataclass(frozen=True)
class Extraction:
    people: tuple[Person, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dated_statements: tuple[DatedStatement, ...] = ()
    events: tuple[EventMention, ...] = ()


@dataclass(frozen=True)
class ArticleRecord:
    parsed: ParsedArticle
    extraction: Extraction = field(default_factory=Extraction)
