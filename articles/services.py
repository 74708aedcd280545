"""Every write Newsroom makes: ingest, re-extraction that keeps human work, curation.

Views, the admin and management commands call these; each runs in one ``atomic()`` block so a
failure leaves no half-written rows.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .extraction import EXTRACTOR_VERSION, ArticleRecord, PasteError, extract_article, paste
from .extraction import types as ex
from .extraction.grouping import EventSummary, best_event_match
from .extraction.names import person_key, same_person, surname_key
from .models import (
    Article,
    DatedStatement,
    Event,
    EventMention,
    Mention,
    Outlet,
    Person,
    PersonAlias,
    Quote,
    RelatedStory,
    Role,
    Source,
    unique_slug,
)
from .search import search_index_update, search_index_update_people

logger = logging.getLogger(__name__)


class IngestError(Exception):
    """The paste cannot be stored; the message is for the person who pasted it."""


class DuplicateArticleError(IngestError):
    def __init__(self, existing: Article):
        super().__init__(f"This article is already stored as “{existing.title}”.")
        self.existing = existing


@dataclass(frozen=True)
class ReextractResult:
    article: Article
    kept_quotes: int
    new_quotes: int


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None or timezone.is_aware(value):
        return value
    return timezone.make_aware(value, dt.UTC)


def _naive_utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is None or timezone.is_naive(value):
        return value
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def title_key(title: str) -> str:
    """Titles compared loosely: case, accents, quote marks and punctuation folded."""
    text = unicodedata.normalize("NFKD", title)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", text).split())[:500]


def _has_middle_initial(name: str) -> bool:
    """ "Vladimir V. Putin": a one-letter token between the first and the last."""
    tokens = name.replace(".", " ").split()
    return any(len(t) == 1 for t in tokens[1:-1])


# --- ingest ---------------------------------------------------------------------------------


def article_ingest(
    *,
    raw_text: str | bytes,
    outlet_name: str | None = None,
    url: str | None = None,
    published_at: dt.datetime | None = None,
    title: str | None = None,
    user=None,
) -> Article:
    """Parse, sanitize, extract and store one pasted article.

    Raises ``DuplicateArticleError`` (with ``.existing``) for an article already stored and
    ``IngestError`` for a paste that cannot become an article. Nothing is written then.
    """
    limit = settings.NEWSROOM_MAX_PASTE_BYTES
    try:
        # Bytes become text once, here, so the stored paste is what extraction read.
        text, decode_warnings = paste.decode_paste(raw_text, max_bytes=limit)
        record = extract_article(
            text,
            title=title or None,
            source=outlet_name or None,
            published=_naive_utc(published_at),
            url=url or None,
            max_bytes=limit,
        )
    except PasteError as exc:
        raise IngestError(str(exc)) from exc

    fingerprint = paste.content_fingerprint(record.parsed)
    existing = Article.objects.filter(fingerprint=fingerprint).first()
    if existing is not None:
        raise DuplicateArticleError(existing)

    with transaction.atomic():
        # PostgreSQL text cannot hold NUL; it is the only character not kept.
        article = _article_create(
            record, raw_text=text.replace("\x00", ""), user=user, warnings=decode_warnings
        )
        _store_extraction(article, record)
    return article


def _article_create(record: ArticleRecord, *, raw_text: str, user, warnings: list[str]) -> Article:
    parsed = record.parsed
    outlet = None
    if parsed.source:
        outlet = Outlet.objects.filter(name__iexact=parsed.source).first()
        if outlet is None:
            outlet = Outlet.objects.create(name=parsed.source[:200])
    return Article.objects.create(
        outlet=outlet,
        url=(parsed.url or "")[:1000],
        title=parsed.title[:500],
        title_key=title_key(parsed.title),
        slug=unique_slug(Article, parsed.title, max_length=80),
        dek=parsed.dek,
        byline=(parsed.byline or "")[:300],
        published_at=_aware(parsed.published),
        published_text=(parsed.published_text or "")[:200],
        updated_at=_aware(parsed.updated),
        raw_text=raw_text,
        is_html=parsed.is_html,
        sanitized_html=parsed.sanitized_html,
        paragraphs=list(parsed.paragraphs),
        boilerplate_removed=list(parsed.boilerplate_removed),
        warnings=[*warnings, *parsed.warnings],
        fingerprint=paste.content_fingerprint(parsed),
        created_by=user if user is not None and user.is_authenticated else None,
    )


# --- storing extraction output, keeping human work ----------------------------------------------


def article_reextract(*, article: Article) -> ReextractResult:
    """Run extraction again on the stored paste. Keeps confirmed, edited and rejected quotes,
    fixed speakers, merged people (through their aliases) and events attached by hand."""
    record = extract_article(
        article.raw_text,
        max_bytes=max(settings.NEWSROOM_MAX_PASTE_BYTES, len(article.raw_text.encode())),
        title=article.title,
        source=article.outlet.name if article.outlet else None,
        published=_naive_utc(article.published_at),
        url=article.url or None,
    )
    with transaction.atomic():
        kept, new = _store_extraction(article, record)
    return ReextractResult(article=article, kept_quotes=kept, new_quotes=new)


def articles_to_reextract(*, everything: bool = False) -> list[Article]:
    """Articles whose stored extraction is older than the running extractor (or all)."""
    articles = Article.objects.select_related("outlet").order_by("pk")
    if not everything:
        articles = articles.filter(extractor_version__lt=EXTRACTOR_VERSION)
    return list(articles)


@transaction.atomic
def name_keys_refresh() -> int:
    """Recompute stored name keys after a change in name matching; returns how many changed."""
    changed = 0
    for person in Person.objects.all():
        key, surname = person_key(person.name), surname_key(person.name)
        if (key, surname) != (person.name_key, person.surname_key):
            person.name_key, person.surname_key = key, surname
            person.save(update_fields=["name_key", "surname_key"])
            changed += 1
    for alias in PersonAlias.objects.all():
        key = person_key(alias.name)
        if key != alias.name_key:
            if PersonAlias.objects.filter(person=alias.person_id, name_key=key).exists():
                alias.delete()  # two spellings now share one key: keep one alias
            else:
                alias.name_key = key
                alias.save(update_fields=["name_key"])
            changed += 1
    return changed


def _overlaps(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Do two (paragraph, start, end_paragraph, end) ranges overlap?"""
    return (a[0], a[1]) < (b[2], b[3]) and (b[0], b[1]) < (a[2], a[3])


def _store_extraction(article: Article, record: ArticleRecord) -> tuple[int, int]:
    extraction = record.extraction
    stated_on = article.published_at.date() if article.published_at else None

    # People, their aliases, roles and mentions: derived rows are rebuilt each time.
    Mention.objects.filter(article=article).delete()
    Role.objects.filter(article=article).delete()
    people: dict[str, Person] = {}
    mentions, roles = [], []
    for extracted in extraction.people:
        person = person_resolve(name=extracted.name, aliases=extracted.aliases)
        people[extracted.name] = person
        for mention in extracted.mentions:
            mentions.append(
                Mention(
                    person=person,
                    article=article,
                    text=mention.text[:300],
                    paragraph=mention.span.paragraph,
                    start=mention.span.start,
                    end=mention.span.end,
                )
            )
        for role in extracted.roles:
            roles.append(
                Role(
                    person=person,
                    article=article,
                    title=role.title[:300],
                    stated_on=stated_on,
                    paragraph=role.span.paragraph,
                    start=role.span.start,
                    end=role.span.end,
                )
            )
    Mention.objects.bulk_create(mentions)
    Role.objects.bulk_create(roles)
    _current_roles_update({p.pk for p in people.values()})

    # Events: automatic mentions are rebuilt; those an admin attached stay.
    EventMention.objects.filter(article=article, source=Source.AUTO).delete()
    events_by_paragraph: dict[int, Event] = {}
    event_for_mention: list[tuple[ex.EventMention, Event]] = []
    for mention in extraction.events:
        event = event_resolve(mention=mention, people=people)
        events_by_paragraph.setdefault(mention.span.paragraph, event)
        event_for_mention.append((mention, event))
    EventMention.objects.bulk_create(
        EventMention(
            event=event,
            article=article,
            sentence=mention.sentence,
            paragraph=mention.span.paragraph,
            start=mention.span.start,
            end=mention.span.end,
        )
        for mention, event in event_for_mention
    )
    main_event = _main_event(article, event_for_mention)

    # Dated statements are derived; rebuild them and tie each to the event in its sentence.
    DatedStatement.objects.filter(article=article).delete()
    event_by_sentence = {m.sentence: e for m, e in reversed(event_for_mention)}
    rows = DatedStatement.objects.bulk_create(
        DatedStatement(
            article=article,
            event=event_by_sentence.get(statement.sentence),
            date=statement.date,
            precision=statement.precision,
            sentence=statement.sentence,
            expression=statement.expression[:200],
            paragraph=statement.span.paragraph,
            start=statement.span.start,
            end=statement.span.end,
            is_future=statement.is_future,
            is_approximate=statement.is_approximate,
        )
        for statement in extraction.dated_statements
    )
    through = DatedStatement.people.through
    named = {  # two extracted names may resolve to one person: pairs, once each
        (row.pk, person.pk)
        for row in rows
        for name, person in people.items()
        if _names_in(row.sentence, name)
    }
    through.objects.bulk_create(
        through(datedstatement_id=row_id, person_id=person_id) for row_id, person_id in named
    )

    # Quotes: keep every quote a human touched; replace the automatic ones.
    kept = list(article.quotes.filter(~Q(status=Quote.Status.AUTO) | Q(speaker_locked=True)))
    article.quotes.filter(status=Quote.Status.AUTO, speaker_locked=False).delete()
    # A partial quote and the reported clause around it overlap by design: only a kept quote
    # of the same kind stands in for an extracted one.
    kept_ranges = [(q.kind, (q.paragraph, q.start, q.end_paragraph, q.end)) for q in kept]
    day_by_paragraph = _dates_by_paragraph(extraction.dated_statements)
    new_quotes = []
    for quote in extraction.quotes:
        span = (
            quote.span.paragraph,
            quote.span.start,
            quote.end_span.paragraph,
            quote.end_span.end,
        )
        if any(kind == quote.kind and _overlaps(span, k) for kind, k in kept_ranges):
            continue
        said_on = day_by_paragraph.get(quote.span.paragraph, stated_on)
        new_quotes.append(
            Quote(
                article=article,
                speaker=people.get(quote.speaker) if quote.speaker else None,
                speaker_description=(quote.speaker_description or "")[:300],
                event=events_by_paragraph.get(quote.span.paragraph, main_event),
                text=quote.text,
                kind=quote.kind,
                sentence=quote.sentence,
                paragraph=span[0],
                start=span[1],
                end_paragraph=span[2],
                end=span[3],
                said_on=said_on,
            )
        )
    Quote.objects.bulk_create(new_quotes)

    for event in {e.pk: e for _, e in event_for_mention}.values():
        event.people.add(
            *{
                p
                for m, e in event_for_mention
                if e == event
                for name in m.people
                if (p := people.get(name))
            }
        )
    _orphan_events_delete()
    _related_stories_store(article, record.parsed.related_stories)
    article.extractor_version = EXTRACTOR_VERSION
    article.extracted_at = timezone.now()
    article.save(update_fields=["extractor_version", "extracted_at"])
    search_index_update(article)
    return len(kept), len(new_quotes)


def _names_in(sentence: str, name: str) -> bool:
    surname = name.split()[-1] if name.split() else name
    return bool(surname) and surname in sentence


def _dates_by_paragraph(statements) -> dict[int, dt.date]:
    """A quote's date: a day-precise statement in its paragraph (a quote "said on March 11")."""
    out: dict[int, dt.date] = {}
    for statement in statements:
        if statement.precision == "day" and not statement.is_future:
            out.setdefault(statement.span.paragraph, statement.date)
    return out


def _main_event(article: Article, pairs) -> Event | None:
    counts: dict[int, int] = defaultdict(int)
    by_id = {}
    for _, event in pairs:
        counts[event.pk] += 1
        by_id[event.pk] = event
    for mention in article.event_mentions.filter(source=Source.MANUAL).select_related("event"):
        counts[mention.event_id] += 2
        by_id[mention.event_id] = mention.event
    if not counts:
        return None
    return by_id[max(counts, key=lambda pk: counts[pk])]


def _current_roles_update(person_ids: set[int]) -> None:
    for person in Person.objects.filter(pk__in=person_ids):
        latest = person.roles.order_by("-stated_on", "-article__published_at", "-pk").first()
        if latest and latest.title != person.current_role:
            person.current_role = latest.title
            person.save(update_fields=["current_role"])


def _orphan_events_delete() -> None:
    Event.objects.filter(
        mentions__isnull=True,
        quotes__isnull=True,
        dated_statements__isnull=True,
        name_locked=False,
    ).delete()


def _related_stories_store(article: Article, titles: tuple[str, ...]) -> None:
    """Store the article's Related Stories titles and link both ways by title."""
    article.related_stories.all().delete()
    rows = []
    for position, title in enumerate(titles):
        key = title_key(title)
        linked = Article.objects.filter(title_key=key).exclude(pk=article.pk).first()
        rows.append(
            RelatedStory(
                article=article,
                title=title[:500],
                title_key=key,
                position=position,
                linked_article=linked,
            )
        )
    RelatedStory.objects.bulk_create(rows)
    RelatedStory.objects.filter(
        title_key=title_key(article.title), linked_article__isnull=True
    ).exclude(article=article).update(linked_article=article)


# --- people -----------------------------------------------------------------------------------


def person_resolve(*, name: str, aliases: tuple[str, ...] = ()) -> Person:
    """The stored person for a name from an article, creating one when nobody matches.

    Exact key or known alias first; then spelling variants, initials and nicknames among people
    with a similar surname, only when exactly one matches (two Clintons stay apart).
    """
    key = person_key(name)
    person = Person.objects.filter(name_key=key).first()
    if person is None:
        alias_people = {a.person_id for a in PersonAlias.objects.filter(name_key=key)}
        if len(alias_people) == 1:
            person = Person.objects.get(pk=alias_people.pop())
    if person is None:
        candidates = [
            p
            for p in Person.objects.filter(surname_key=surname_key(name)).prefetch_related(
                "aliases"
            )
            if same_person(p.name, name)
        ]
        if len(candidates) == 1:
            person = candidates[0]
    if person is None:
        person = Person.objects.create(
            name=name[:200],
            slug=unique_slug(Person, name),
            name_key=key,
            surname_key=surname_key(name),
        )
    for form in {name, *aliases}:
        form_key = person_key(form)
        if form_key and form_key != person.name_key:
            PersonAlias.objects.get_or_create(
                person=person, name_key=form_key, defaults={"name": form[:200]}
            )
    # The fullest written form becomes the canonical name ("Zelensky" -> "Volodymyr Zelensky"),
    # and the usual form wins over one with a middle initial ("Vladimir V. Putin").
    fuller = len(key.split()) > len(person.name_key.split())
    usual = (
        key == person.name_key
        and _has_middle_initial(person.name)
        and not _has_middle_initial(name)
    )
    if fuller or usual:
        PersonAlias.objects.get_or_create(
            person=person, name_key=person.name_key, defaults={"name": person.name}
        )
        PersonAlias.objects.filter(person=person, name_key=key).delete()
        person.name, person.name_key = name[:200], key
        person.save(update_fields=["name", "name_key"])
    return person


@transaction.atomic
def person_merge(*, source: Person, target: Person) -> Person:
    """Fold ``source`` into ``target``: names become aliases, quotes and mentions move over."""
    if source.pk == target.pk:
        raise ValueError("A person cannot be merged into themselves.")
    for alias in source.aliases.all():
        PersonAlias.objects.get_or_create(
            person=target, name_key=alias.name_key, defaults={"name": alias.name}
        )
    PersonAlias.objects.get_or_create(
        person=target, name_key=source.name_key, defaults={"name": source.name}
    )
    Quote.objects.filter(speaker=source).update(speaker=target)
    Mention.objects.filter(person=source).update(person=target)
    Role.objects.filter(person=source).update(person=target)
    for event in source.events.all():
        event.people.add(target)
    for statement in source.dated_statements.all():
        statement.people.add(target)
    source_pk = source.pk
    source.delete()
    _current_roles_update({target.pk})
    search_index_update_people([source_pk, target.pk])
    return target


# --- quotes -----------------------------------------------------------------------------------


def quote_set_status(*, quote: Quote, status: str) -> Quote:
    if status not in Quote.Status.values:
        raise ValueError(f"Unknown status {status!r}")
    quote.status = status
    quote.save(update_fields=["status"])
    search_index_update(quote.article)
    return quote


def quote_speaker_fix(*, quote: Quote, speaker: Person | None) -> Quote:
    """Set the speaker by hand; re-extraction will not change it again."""
    quote.speaker = speaker
    quote.speaker_locked = True
    quote.save(update_fields=["speaker", "speaker_locked"])
    search_index_update(quote.article)
    return quote


# --- events -----------------------------------------------------------------------------------


def _summary(event: Event) -> EventSummary:
    return EventSummary(
        id=event.pk,
        kind=event.kind,
        date=event.date,
        precision=event.precision or None,
        place=event.place or None,
        people=tuple(p.name for p in event.people.all()),
        key_terms=tuple(event.key_terms or ()),
        is_approximate=event.is_approximate,
        name=event.name,
    )


def event_resolve(*, mention: ex.EventMention, people: dict[str, Person]) -> Event:
    """The stored event a mention belongs to (same kind, people, place, nearby date), or new."""
    candidates = Event.objects.filter(kind=mention.kind).prefetch_related("people")
    if mention.date:
        window = dt.timedelta(days=45)
        candidates = candidates.filter(
            Q(date__isnull=True) | Q(date__range=(mention.date - window, mention.date + window))
        )
    candidates = list(candidates.order_by("-created_at")[:200])
    match = best_event_match(mention, [_summary(e) for e in candidates])
    if match is not None:
        event = next(e for e in candidates if e.pk == match.id)
        if mention.date and (event.date is None or event.is_approximate > mention.is_approximate):
            # A firmer date wins over none or over a loose one.
            event.date, event.precision = mention.date, mention.precision or ""
            event.is_approximate = mention.is_approximate
            event.save(update_fields=["date", "precision", "is_approximate"])
        return event
    kind = mention.kind if mention.kind in Event.Kind.values else Event.Kind.OTHER
    return Event.objects.create(
        name=mention.name[:300],
        slug=unique_slug(Event, mention.name),
        kind=kind,
        date=mention.date,
        precision=mention.precision or "",
        is_approximate=mention.is_approximate,
        place=(mention.place or "")[:200],
        key_terms=list(mention.key_terms),
    )


def event_rename(*, event: Event, name: str) -> Event:
    event.name = name[:300]
    event.name_locked = True
    event.save(update_fields=["name", "name_locked"])
    return event


@transaction.atomic
def event_merge(*, source: Event, target: Event) -> Event:
    if source.pk == target.pk:
        raise ValueError("An event cannot be merged into itself.")
    EventMention.objects.filter(event=source).update(event=target)
    Quote.objects.filter(event=source).update(event=target)
    DatedStatement.objects.filter(event=source).update(event=target)
    target.people.add(*source.people.all())
    target.key_terms = sorted(set(target.key_terms or []) | set(source.key_terms or []))
    target.save(update_fields=["key_terms"])
    source.delete()
    return target


@transaction.atomic
def event_split(*, event: Event, articles: list[Article], name: str) -> Event:
    """Move the given articles' mentions (and their quotes and statements) to a new event."""
    new = Event.objects.create(
        name=name[:300],
        slug=unique_slug(Event, name),
        kind=event.kind,
        date=event.date,
        precision=event.precision,
        is_approximate=event.is_approximate,
        place=event.place,
        key_terms=event.key_terms,
        name_locked=True,
    )
    EventMention.objects.filter(event=event, article__in=articles).update(event=new)
    Quote.objects.filter(event=event, article__in=articles).update(event=new)
    DatedStatement.objects.filter(event=event, article__in=articles).update(event=new)
    new.people.add(*Person.objects.filter(quotes__event=new).distinct())
    return new


def article_attach_event(*, article: Article, event: Event) -> EventMention:
    """An admin says this article is about this event; re-extraction keeps the link."""
    mention, _ = EventMention.objects.get_or_create(
        article=article, event=event, source=Source.MANUAL
    )
    article.quotes.filter(event__isnull=True).update(event=event)
    return mention
