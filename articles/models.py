"""Newsroom's data model. Every extracted fact keeps its place in its article.

Provenance: ``paragraph`` is the 0-based index into ``Article.paragraphs``; ``start``/``end`` are
character offsets inside that paragraph. Human corrections live on the same rows as extraction
output (``status``/``speaker_locked``/``source``) so re-extraction can tell them apart.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.text import slugify


def unique_slug(model, text: str, *, max_length: int = 80) -> str:
    base = slugify(text)[:max_length].strip("-") or "item"
    slug, n = base, 2
    while model.objects.filter(slug=slug).exists():
        slug = f"{base[: max_length - 6]}-{n}"
        n += 1
    return slug


class Precision(models.TextChoices):
    DAY = "day", "day"
    MONTH = "month", "month"
    YEAR = "year", "year"


class Outlet(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=80, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Outlet, self.name)
        super().save(*args, **kwargs)


class ArticleQuerySet(models.QuerySet):
    def for_list(self):
        return self.select_related("outlet").defer("raw_text", "sanitized_html")

    def recent(self):
        return self.order_by(models.F("published_at").desc(nulls_last=True), "-created_at")


class Article(models.Model):
    outlet = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    url = models.URLField(max_length=1000, blank=True)
    title = models.CharField(max_length=500)
    title_key = models.CharField(max_length=500, db_index=True, editable=False)
    slug = models.SlugField(max_length=90, unique=True)
    dek = models.TextField(blank=True)
    byline = models.CharField(max_length=300, blank=True)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    published_text = models.CharField(
        max_length=200, blank=True, help_text="The date as written when it could not be parsed."
    )
    updated_at = models.DateTimeField(null=True, blank=True)
    raw_text = models.TextField(help_text="The paste exactly as submitted. Never modified.")
    is_html = models.BooleanField(default=False)
    sanitized_html = models.TextField(blank=True, help_text="bleach-cleaned body (HTML pastes).")
    paragraphs = models.JSONField(default=list, help_text="Body paragraphs as plain text.")
    boilerplate_removed = models.JSONField(default=list, blank=True)
    warnings = models.JSONField(default=list, blank=True)
    fingerprint = models.CharField(max_length=64, unique=True)
    extractor_version = models.PositiveIntegerField(default=0)
    extracted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("articles:article_detail", args=[self.slug])

    @property
    def body_text(self) -> str:
        return "\n\n".join(self.paragraphs)


class PersonQuerySet(models.QuerySet):
    def with_counts(self):
        return self.annotate(
            quote_count=Count(
                "quotes", filter=~Q(quotes__status=Quote.Status.REJECTED), distinct=True
            ),
            mention_count=Count("mentions", distinct=True),
        )


class Person(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=90, unique=True)
    name_key = models.CharField(max_length=200, db_index=True, editable=False)
    surname_key = models.CharField(max_length=20, db_index=True, editable=False)
    current_role = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:person_detail", args=[self.slug])


class PersonAlias(models.Model):
    """Another written form of a person's name; kept after merges so re-extraction finds them."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    name_key = models.CharField(max_length=200, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "name_key"], name="alias_unique_per_person")
        ]
        verbose_name_plural = "person aliases"

    def __str__(self) -> str:
        return self.name


class Role(models.Model):
    """A role a person held as stated in one article, with the date it was stated."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="roles")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="roles")
    title = models.CharField(max_length=300)
    stated_on = models.DateField(null=True, blank=True)
    paragraph = models.PositiveIntegerField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    class Meta:
        ordering = ["-stated_on", "title"]

    def __str__(self) -> str:
        return f"{self.person}: {self.title}"


class Mention(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    text = models.CharField(max_length=300)
    paragraph = models.PositiveIntegerField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    class Meta:
        ordering = ["article", "paragraph", "start"]
        indexes = [models.Index(fields=["person", "article"])]

    def __str__(self) -> str:
        return self.text


class Event(models.Model):
    class Kind(models.TextChoices):
        TRIP = "trip", "trip or visit"
        TALKS = "talks", "talks or negotiations"
        MEETING = "meeting", "meeting"
        CALL = "call", "call"
        PRESS_CONFERENCE = "press_conference", "press conference"
        SUMMIT = "summit", "summit"
        CEASEFIRE = "ceasefire", "cease-fire"
        AGREEMENT = "agreement", "agreement"
        VOTE = "vote", "vote"
        OTHER = "other", "other"

    name = models.CharField(max_length=300)
    slug = models.SlugField(max_length=90, unique=True)
    kind = models.CharField(max_length=30, choices=Kind.choices, default=Kind.OTHER)
    date = models.DateField(null=True, blank=True, db_index=True)
    precision = models.CharField(max_length=5, choices=Precision.choices, blank=True)
    is_approximate = models.BooleanField(
        default=False, help_text="The date comes from a loose phrase or a nearby sentence."
    )
    place = models.CharField(max_length=200, blank=True)
    key_terms = models.JSONField(default=list, blank=True)
    people = models.ManyToManyField(Person, blank=True, related_name="events")
    name_locked = models.BooleanField(
        default=False, help_text="Set when an admin renamed it; extraction keeps the name."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = [models.F("date").desc(nulls_last=True), "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:event_detail", args=[self.slug])


class Source(models.TextChoices):
    AUTO = "auto", "extraction"
    MANUAL = "manual", "admin"


class EventMention(models.Model):
    """An article's mention of an event; admins attach articles by hand with source=manual."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="event_mentions")
    sentence = models.TextField(blank=True)
    paragraph = models.PositiveIntegerField(null=True, blank=True)
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    source = models.CharField(max_length=6, choices=Source.choices, default=Source.AUTO)

    class Meta:
        ordering = ["article", "paragraph"]

    def __str__(self) -> str:
        return f"{self.event} in {self.article}"


class QuoteQuerySet(models.QuerySet):
    def visible(self):
        return self.exclude(status=Quote.Status.REJECTED)

    def for_stream(self):
        return self.visible().select_related("speaker", "article__outlet", "event")


class Quote(models.Model):
    class Kind(models.TextChoices):
        DIRECT = "direct", "direct"
        PARTIAL = "partial", "partial"
        INDIRECT = "indirect", "indirect"

    class Status(models.TextChoices):
        AUTO = "auto", "extracted"
        CONFIRMED = "confirmed", "confirmed"
        REJECTED = "rejected", "rejected"
        EDITED = "edited", "edited"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    speaker = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    speaker_description = models.CharField(max_length=300, blank=True)
    speaker_locked = models.BooleanField(
        default=False, help_text="An admin fixed the speaker; extraction keeps it."
    )
    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    text = models.TextField()
    kind = models.CharField(max_length=10, choices=Kind.choices)
    sentence = models.TextField(blank=True)
    paragraph = models.PositiveIntegerField()
    start = models.PositiveIntegerField()
    end_paragraph = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    said_on = models.DateField(null=True, blank=True, db_index=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.AUTO)

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["article", "paragraph", "start"]
        indexes = [models.Index(fields=["speaker", "said_on"])]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def is_human_curated(self) -> bool:
        return self.status != self.Status.AUTO or self.speaker_locked


class DatedStatement(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="dated_statements")
    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="dated_statements"
    )
    date = models.DateField(db_index=True)
    precision = models.CharField(max_length=5, choices=Precision.choices)
    sentence = models.TextField()
    expression = models.CharField(max_length=200, blank=True)
    paragraph = models.PositiveIntegerField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    is_future = models.BooleanField(default=False)
    is_approximate = models.BooleanField(default=False)
    people = models.ManyToManyField(Person, blank=True, related_name="dated_statements")

    class Meta:
        ordering = ["date", "article", "paragraph"]

    def __str__(self) -> str:
        return f"{self.date_text}: {self.sentence[:60]}"

    @property
    def date_text(self) -> str:
        if self.precision == Precision.YEAR:
            return f"{self.date:%Y}"
        if self.precision == Precision.MONTH:
            return f"{self.date:%Y-%m}"
        return self.date.isoformat()


class RelatedStory(models.Model):
    """A title from the article's own "Related Stories" block, linked when we have it."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="related_stories")
    title = models.CharField(max_length=500)
    title_key = models.CharField(max_length=500, db_index=True)
    position = models.PositiveIntegerField()
    linked_article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="cited_by"
    )

    class Meta:
        ordering = ["article", "position"]
        verbose_name_plural = "related stories"

    def __str__(self) -> str:
        return self.title
