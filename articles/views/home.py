"""Home: what moved recently."""

from __future__ import annotations

import datetime as dt

from django.db.models import Count, F, Max, OuterRef, Q, Subquery
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from ..models import Article, DatedStatement, Event, EventMention, Quote
from ._htmx import render_region, wants_region
from ._params import parse_choice
from ._queries import subquery_count

PERIODS = {"7d": ("7 days", 7), "30d": ("30 days", 30), "all": ("all time", None)}


def top_quoted(period: str, *, limit: int = 10) -> tuple[list[dict], dt.date | None]:
    """The most-quoted people in the period ending at the newest quote's date."""
    quotes = Quote.objects.visible().exclude(speaker=None)
    days = PERIODS[period][1]
    latest = quotes.aggregate(latest=Max("said_on"))["latest"]
    if days is not None and latest is not None:
        quotes = quotes.filter(said_on__gt=latest - dt.timedelta(days=days))
    rows = (
        quotes.values("speaker__name", "speaker__slug", "speaker__current_role")
        .annotate(n=Count("pk"), articles=Count("article", distinct=True))
        .order_by("-n", "speaker__name")[:limit]
    )
    return list(rows), latest


def events_with_news(limit: int = 8) -> list[Event]:
    """Events whose articles were stored most recently, with article and statement counts.

    Correlated subqueries, not joins: an event with many mentions and many statements would
    otherwise multiply rows before counting.
    """
    mentions = EventMention.objects.filter(event=OuterRef("pk"))
    last = mentions.order_by().values("event").annotate(last=Max("article__created_at"))
    return list(
        Event.objects.annotate(
            last_seen=Subquery(last.values("last")),
            article_total=subquery_count(mentions, "event", "article", distinct=True),
            statement_total=subquery_count(
                DatedStatement.objects.filter(event=OuterRef("pk")), "event"
            ),
        )
        .filter(last_seen__isnull=False)
        .order_by(F("last_seen").desc(), "name")[:limit]
    )


@require_safe
def home(request: HttpRequest) -> TemplateResponse:
    """Latest articles, events with new statements, and the most-quoted people."""
    messages: list[str] = []
    period = parse_choice(
        request.GET.get("period"),
        PERIODS,
        "7d",
        messages,
        "Unknown period “{value}”; showing the last 7 days.",
    )
    people, latest = top_quoted(period)
    context = {
        "period": period,
        "periods": [(key, label) for key, (label, _) in PERIODS.items()],
        "period_label": PERIODS[period][0],
        "top_people": people,
        "latest_quote_day": latest,
        "notices": messages,
    }
    if not wants_region(request, "top-people"):
        context["articles"] = list(
            Article.objects.for_list()
            .recent()
            .annotate(quote_total=Count("quotes", filter=~Q(quotes__status="rejected")))[:10]
        )
        context["events"] = events_with_news()
    return render_region(request, "articles/home.html", context, "top-people")
