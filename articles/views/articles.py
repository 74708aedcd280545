"""Articles: the paged list, and one article with its people, quotes, dates and related stories."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, OuterRef
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_safe

from ..models import Article, EventMention, Mention, Outlet, Quote
from ..search import related_by_text, title_words
from ._htmx import render_region
from ._params import paginate
from ._queries import subquery_count

ARTICLES_PER_PAGE = 25
RELATED_LIMIT = 6


@require_safe
def article_list(request: HttpRequest) -> TemplateResponse:
    """Stored articles, newest first, paged, filterable by outlet."""
    outlets = list(Outlet.objects.annotate(n=Count("articles")).order_by("name"))
    slug = (request.GET.get("outlet") or "")[:100]
    outlet = next((o for o in outlets if o.slug == slug), None)
    messages = ["Unknown outlet; showing all outlets."] if slug and outlet is None else []
    articles = Article.objects.for_list().recent()
    if outlet is not None:
        articles = articles.filter(outlet=outlet)
    articles = articles.annotate(
        quote_total=subquery_count(
            Quote.objects.visible().filter(article=OuterRef("pk")), "article"
        ),
        people_total=subquery_count(
            Mention.objects.filter(article=OuterRef("pk")), "article", "person", distinct=True
        ),
    )
    page = paginate(articles, ARTICLES_PER_PAGE, request.GET.get("page"), messages)
    context = {"page": page, "outlets": outlets, "outlet": outlet, "notices": messages}
    return render_region(request, "articles/article_list.html", context, "articles")


# --- marking up paragraphs -----------------------------------------------------------------------


Span = tuple[int, int, object]


def _clean_spans(spans: list[Span], length: int) -> list[Span]:
    """Clamp spans to the text and drop empty or overlapping ones (first, longest wins)."""
    kept: list[Span] = []
    last_end = 0
    for start, end, obj in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end = max(0, min(start, length)), max(0, min(end, length))
        if end <= start or start < last_end:
            continue
        kept.append((start, end, obj))
        last_end = end
    return kept


def mark_paragraph(
    text: str,
    quotes: list[Span],
    mentions: list[Span],
    *,
    quote_open=None,
    mention_open=None,
) -> SafeString:
    """Escape ``text`` piece by piece, wrapping quote spans and mention links around offsets.

    ``quote_open(obj)``/``mention_open(obj)`` return the opening tag (built with format_html).
    A mention that crosses a quote boundary is split in two links so tags always nest.
    """
    quotes = _clean_spans(quotes, len(text))
    mentions = _clean_spans(mentions, len(text))
    cuts = sorted({0, len(text)} | {p for s in quotes + mentions for p in s[:2]})
    out: list[str] = []
    open_quote = open_mention = None
    for a, b in itertools.pairwise(cuts):
        quote = next((q for q in quotes if q[0] <= a and b <= q[1]), None)
        mention = next((m for m in mentions if m[0] <= a and b <= m[1]), None)
        if open_mention is not None and (mention is not open_mention or quote is not open_quote):
            out.append("</a>")
            open_mention = None
        if quote is not open_quote:
            if open_quote is not None:
                out.append("</span>")
            if quote is not None:
                out.append(quote_open(quote[2]) if quote_open else '<span class="q">')
            open_quote = quote
        if mention is not None and open_mention is None:
            out.append(mention_open(mention[2]) if mention_open else '<a class="mention">')
            open_mention = mention
        out.append(escape(text[a:b]))
    if open_mention is not None:
        out.append("</a>")
    if open_quote is not None:
        out.append("</span>")
    return mark_safe("".join(out))  # noqa: S308 - text escaped above, tags from format_html


def _quote_open(first_paragraph: dict):
    def opening(quote: Quote) -> str:
        speaker = quote.speaker.name if quote.speaker else "unattributed"
        if first_paragraph.get(quote.pk):
            first_paragraph[quote.pk] = False
            return format_html(
                '<span class="q q-{}" id="q-{}" title="{} quote: {}">',
                quote.kind,
                quote.pk,
                quote.get_kind_display().capitalize(),
                speaker,
            )
        return format_html('<span class="q q-{}" title="Quote: {}">', quote.kind, speaker)

    return opening


def _mention_open(mention: Mention) -> str:
    return format_html(
        '<a class="mention" href="{}">',
        reverse("articles:person_detail", args=[mention.person.slug]),
    )


def marked_paragraphs(article: Article, quotes: list[Quote], mentions: list[Mention]) -> list:
    """Each paragraph as safe HTML with quotes and people marked from their stored offsets."""
    quote_spans: dict[int, list] = defaultdict(list)
    speaker_after: dict[int, list[Quote]] = defaultdict(list)
    for quote in quotes:
        last = max(quote.end_paragraph, quote.paragraph)
        for index in range(quote.paragraph, last + 1):
            if index >= len(article.paragraphs):
                break
            start = quote.start if index == quote.paragraph else 0
            end = quote.end if index == last else len(article.paragraphs[index])
            quote_spans[index].append((start, end, quote))
        if quote.speaker is not None:
            speaker_after[min(last, len(article.paragraphs) - 1)].append(quote)
    mention_spans: dict[int, list] = defaultdict(list)
    for mention in mentions:
        mention_spans[mention.paragraph].append((mention.start, mention.end, mention))
    first = {q.pk: True for q in quotes}
    rows = []
    for index, text in enumerate(article.paragraphs):
        if not text.strip():
            rows.append({"index": index, "html": "", "quotes": []})
            continue
        html = mark_paragraph(
            text,
            quote_spans[index],
            mention_spans[index],
            quote_open=_quote_open(first),
            mention_open=_mention_open,
        )
        rows.append({"index": index, "html": html, "quotes": speaker_after[index]})
    return rows


# --- related stories -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Related:
    article: Article
    reasons: list[str]


def _names(names: list[str], limit: int = 3) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _names_by_article(model, field: str, article_ids: list[int], ids: set[int]) -> dict:
    """{article id: sorted names of the ``field`` rows (people, events) among ``ids``}."""
    names: dict[int, list[str]] = defaultdict(list)
    if ids:
        rows = (
            model.objects.filter(article_id__in=article_ids, **{f"{field}_id__in": ids})
            .values_list("article_id", f"{field}__name")
            .distinct()
            .order_by("article_id", f"{field}__name")
        )
        for pk, name in rows:
            names[pk].append(name)
    return names


def _shared_counts(model, field: str, ids: set[int], article: Article) -> dict[int, int]:
    """For other articles: how many of ``ids`` (people or events) they share with ``article``."""
    if not ids:
        return {}
    return dict(
        model.objects.filter(**{f"{field}_id__in": ids})
        .exclude(article=article)
        .values("article")
        .annotate(n=Count(field, distinct=True))
        .order_by("-n")
        .values_list("article", "n")[:50]
    )


def related_articles(
    article: Article, person_ids: set[int], event_ids: set[int], *, limit: int = RELATED_LIMIT
) -> list[Related]:
    """Other stored articles sharing people, events and wording, each with the reason why.

    A fixed number of queries: the overlaps are counted in SQL, then the names for the winners.
    """
    people_n = _shared_counts(Mention, "person", person_ids, article)
    events_n = _shared_counts(EventMention, "event", event_ids, article)
    text_ids = related_by_text(article, limit=10)
    scores: dict[int, float] = defaultdict(float)
    for pk, n in people_n.items():
        scores[pk] += 2 * n
    for pk, n in events_n.items():
        scores[pk] += 4 * n
    for rank, pk in enumerate(text_ids):
        scores[pk] += 3 - rank * 0.2
    top = sorted(scores, key=lambda pk: -scores[pk])[:limit]
    if not top:
        return []
    by_pk = Article.objects.for_list().in_bulk(top)
    shared_people = _names_by_article(Mention, "person", top, person_ids)
    shared_events = _names_by_article(EventMention, "event", top, event_ids)
    words = title_words(article.title)
    related = []
    for pk in top:
        other = by_pk.get(pk)
        if other is None:
            continue
        reasons = []
        if names := shared_people.get(pk):
            reasons.append(
                f"{len(names)} shared {'person' if len(names) == 1 else 'people'}: {_names(names)}"
            )
        if names := shared_events.get(pk):
            reasons.append(f"same event{'s' if len(names) > 1 else ''}: {_names(names, 2)}")
        if pk in text_ids:
            common = sorted(words & title_words(other.title))
            reasons.append(
                f"similar headline ({', '.join(common[:4])})" if common else "similar wording"
            )
        related.append(Related(other, reasons))
    return related


def _related_stories(article: Article) -> list[dict]:
    """The article's own Related Stories; unlinked titles matched to stored articles by title."""
    stories = list(
        article.related_stories.select_related("linked_article").only(
            "title", "title_key", "linked_article__slug", "linked_article__title"
        )
    )
    keys = {s.title_key for s in stories if s.linked_article is None and s.title_key}
    found = {}
    if keys:
        found = {
            key: slug
            for key, slug in Article.objects.filter(title_key__in=keys)
            .exclude(pk=article.pk)
            .values_list("title_key", "slug")
        }
    return [
        {
            "title": s.title,
            "slug": s.linked_article.slug if s.linked_article else found.get(s.title_key),
        }
        for s in stories
    ]


@require_safe
def article_detail(request: HttpRequest, slug: str) -> TemplateResponse:
    """One article: its body with people and quotes marked, dates, events and related stories."""
    article = get_object_or_404(Article.objects.select_related("outlet"), slug=slug)
    mentions = list(
        article.mentions.select_related("person").only(
            "paragraph", "start", "end", "text", "person__slug", "person__name"
        )
    )
    quotes = list(
        Quote.objects.visible().filter(article=article).select_related("speaker", "event")
    )
    statements = list(
        article.dated_statements.select_related("event").order_by("paragraph", "start")
    )
    event_mentions = list(article.event_mentions.select_related("event"))
    events = list({em.event_id: em.event for em in event_mentions}.values())
    people = {}
    for mention in mentions:
        entry = people.setdefault(mention.person_id, {"person": mention.person, "mentions": 0})
        entry["mentions"] += 1
    context = {
        "article": article,
        "paragraphs": marked_paragraphs(article, quotes, mentions),
        "quotes": quotes,
        "statements": statements,
        "events": events,
        "people": sorted(people.values(), key=lambda e: (-e["mentions"], e["person"].name)),
        "related_stories": _related_stories(article),
        "related": related_articles(article, set(people), {e.pk for e in events}),
    }
    return TemplateResponse(request, "articles/article_detail.html", context)
