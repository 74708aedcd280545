"""Atom feeds: a person's newest quotes, an event's newest dated statements."""

from __future__ import annotations

import datetime as dt

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.shortcuts import get_object_or_404
from django.utils.decorators import method_decorator
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html
from django.utils.text import Truncator
from django.views.decorators.http import require_safe

from articles.models import DatedStatement, Event, Person, Quote
from articles.templatetags.newsroom import newsdate

from .timeline import event_statements

FEED_ITEMS = 50


def _newest_first(queryset):
    return queryset.order_by(
        F("article__published_at").desc(nulls_last=True),
        "-article__created_at",
        "-article_id",
        "paragraph",
        "pk",
    )


def _outlet(article) -> str:
    return f" ({article.outlet.name})" if article.outlet else ""


class ArticleItemFeed(Feed):
    """An Atom feed of rows read from an article paragraph (quotes, dated statements).

    Answers GET and HEAD only, like every other public page; items link to their paragraph.
    """

    feed_type = Atom1Feed
    guid_prefix = "urn:newsroom:item"

    @method_decorator(require_safe)
    def __call__(self, request, *args, **kwargs):
        return super().__call__(request, *args, **kwargs)

    def link(self, obj) -> str:
        return obj.get_absolute_url()

    def item_link(self, item) -> str:
        return f"{item.article.get_absolute_url()}#p-{item.paragraph}"

    def item_guid(self, item) -> str:
        return f"{self.guid_prefix}:{item.pk}"

    def item_guid_is_permalink(self, item) -> bool:
        return False

    def item_pubdate(self, item) -> dt.datetime:
        return item.article.published_at or item.article.created_at


class PersonQuotesFeed(ArticleItemFeed):
    """New quotes by one person, newest article first."""

    guid_prefix = "urn:newsroom:quote"

    def get_object(self, request, slug: str) -> Person:
        return get_object_or_404(Person, slug=slug)

    def title(self, person: Person) -> str:
        return f"Quotes by {person.name} · Newsroom"

    def subtitle(self, person: Person) -> str:
        return f"What {person.name} said, as quoted in the articles in Newsroom."

    def items(self, person: Person):
        return _newest_first(Quote.objects.for_stream().filter(speaker=person))[:FEED_ITEMS]

    def item_title(self, quote: Quote) -> str:
        text = Truncator(" ".join(quote.text.split())).chars(110)
        return text if quote.kind == Quote.Kind.INDIRECT else f"“{text}”"

    def item_description(self, quote: Quote) -> str:
        # Atom summaries are type="html": escape the text so a quote is never read as markup.
        return format_html(
            "<p>{}</p><p>{}, in “{}”{}</p>",
            quote.text,
            quote.speaker.name,
            quote.article.title,
            _outlet(quote.article),
        )

    def item_author_name(self, quote: Quote) -> str:
        return quote.speaker.name

    def item_categories(self, quote: Quote) -> list[str]:
        return [quote.event.name] if quote.event else []


class EventStatementsFeed(ArticleItemFeed):
    """New dated statements about one event, newest article first."""

    guid_prefix = "urn:newsroom:dated-statement"

    def get_object(self, request, slug: str) -> Event:
        return get_object_or_404(Event, slug=slug)

    def title(self, event: Event) -> str:
        return f"{event.name}: dated statements · Newsroom"

    def subtitle(self, event: Event) -> str:
        return f"Dates stated in the articles about {event.name}."

    def items(self, event: Event):
        statements = event_statements(event).select_related("article__outlet")
        return _newest_first(statements)[:FEED_ITEMS]

    def item_title(self, statement: DatedStatement) -> str:
        sentence = Truncator(" ".join(statement.sentence.split())).chars(110)
        return f"{newsdate(statement.date, statement.precision)}: {sentence}"

    def item_description(self, statement: DatedStatement) -> str:
        return format_html(
            "<p>{}</p><p>In “{}”{}</p>",
            statement.sentence,
            statement.article.title,
            _outlet(statement.article),
        )
