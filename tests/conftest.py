"""Shared fixtures: factories that build rows directly (no extraction), and paths to shared data.

Texts here are written for the tests; nothing is copied from ../shared.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from django.utils import timezone

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SEED_TEXT = SHARED / "data" / "seed" / "witkoff-heading-to-russia.txt"
SEED_GOLD = SHARED / "data" / "seed" / "witkoff-heading-to-russia.gold.json"
needs_shared = pytest.mark.skipif(
    not SEED_TEXT.exists(), reason="../shared (seed article) is not beside this checkout"
)

_counter = itertools.count(1)


class Factory:
    """Small builders for the data model; every call makes unique rows."""

    def outlet(self, name: str | None = None):
        from articles.models import Outlet

        return Outlet.objects.create(name=name or f"Outlet {next(_counter)}")

    def article(self, *, title=None, outlet=None, published=None, paragraphs=None, **extra):
        from articles.models import Article
        from articles.services import title_key

        n = next(_counter)
        title = title or f"Sample article {n}"
        published = published or timezone.make_aware(dt.datetime(2025, 3, 12, 12, 0))
        paragraphs = paragraphs or [
            f"Paragraph one of article {n}, about the cease-fire talks.",
            "“We are making progress,” the envoy said on Tuesday.",
        ]
        return Article.objects.create(
            title=title,
            title_key=title_key(title),
            slug=f"article-{n}",
            outlet=outlet if outlet is not None else self.outlet(),
            published_at=published,
            raw_text=f"{title}\n\n" + "\n\n".join(paragraphs),
            paragraphs=paragraphs,
            fingerprint=f"{n:064d}",
            **extra,
        )

    def person(self, name: str | None = None, role: str = ""):
        from articles.extraction.names import person_key, surname_key
        from articles.models import Person

        n = next(_counter)
        name = name or f"Person Number{n}"
        return Person.objects.create(
            name=name,
            slug=f"person-{n}",
            name_key=person_key(name),
            surname_key=surname_key(name),
            current_role=role,
        )

    def event(self, name: str | None = None, *, kind="talks", date=None, people=()):
        from articles.models import Event

        n = next(_counter)
        event = Event.objects.create(
            name=name or f"Event {n}",
            slug=f"event-{n}",
            kind=kind,
            date=date or dt.date(2025, 3, 11),
            precision="day",
        )
        if people:
            event.people.add(*people)
        return event

    def quote(
        self,
        *,
        article=None,
        speaker=None,
        text=None,
        kind="direct",
        event=None,
        paragraph=1,
        status="auto",
        said_on=None,
    ):
        from articles.models import Quote

        article = article or self.article()
        text = text or f"Quote number {next(_counter)} about the talks"
        return Quote.objects.create(
            article=article,
            speaker=speaker,
            text=text,
            kind=kind,
            event=event,
            sentence=f"“{text},” the speaker said.",
            paragraph=paragraph,
            start=1,
            end_paragraph=paragraph,
            end=len(text) + 1,
            status=status,
            said_on=said_on or (article.published_at.date() if article.published_at else None),
        )

    def mention(self, *, person, article, paragraph=0):
        from articles.models import Mention

        return Mention.objects.create(
            person=person,
            article=article,
            text=person.name.split()[-1],
            paragraph=paragraph,
            start=0,
            end=len(person.name),
        )

    def role(self, *, person, article, title="Secretary of State"):
        from articles.models import Role

        return Role.objects.create(
            person=person,
            article=article,
            title=title,
            stated_on=article.published_at.date() if article.published_at else None,
            paragraph=0,
            start=0,
            end=len(title),
        )

    def statement(
        self, *, article, date=None, sentence=None, event=None, precision="day", people=()
    ):
        from articles.models import DatedStatement

        text = sentence or f"Officials met on March 11 for round {next(_counter)}."
        row = DatedStatement.objects.create(
            article=article,
            event=event,
            date=date or dt.date(2025, 3, 11),
            precision=precision,
            sentence=text,
            expression="on March 11",
            paragraph=0,
            start=0,
            end=len(text),
        )
        if people:
            row.people.set(people)
        return row

    def event_mention(self, *, event, article, sentence="They met.", paragraph=0):
        from articles.models import EventMention

        return EventMention.objects.create(
            event=event, article=article, sentence=sentence, paragraph=paragraph
        )


@pytest.fixture(autouse=True)
def _plain_http(settings):
    """Tests talk plain HTTP to the test client and live server: no HTTPS-only redirects or
    cookies (production keeps them; tests/core/test_settings.py checks that)."""
    settings.SECURE_SSL_REDIRECT = False
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    # Test users need no slow, strong password hashing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def make(db) -> Factory:
    return Factory()


@pytest.fixture
def staff_user(db, django_user_model):
    return django_user_model.objects.create_user(
        username="editor", password="correct-horse-battery", is_staff=True, is_superuser=True
    )


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client
