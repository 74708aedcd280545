"""Events: the list (filter by kind and text, sort by date or activity) and one event's page."""

from __future__ import annotations

from django.db.models import (
    Count,
    DateField,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from articles.models import DatedStatement, Event, EventMention, Person, Quote

from ._htmx import render_region
from ._params import (
    lookup_slug,
    paginate,
    parse_choice,
    parse_text,
)
from ._queries import subquery_count
from .timeline import GROUPS_PER_PAGE, event_statements, group_by_day, statements_for_display

EVENTS_PER_PAGE = 25
SORTS = {
    "date": "newest first",
    "activity": "most reported",
    "name": "name",
}
MAX_TIMELINE = 300  # statements on one event page; the full timeline page pages the rest
QUOTES_SHOWN = 25  # the rest of the quotes (up to 200) wait behind a disclosure


def events_for_list() -> QuerySet:
    """Events with participant, article and statement counts and their latest statement."""
    latest = DatedStatement.objects.filter(event=OuterRef("pk")).order_by("-date", "-pk")
    return Event.objects.annotate(
        participant_count=subquery_count(
            Event.people.through.objects.filter(event=OuterRef("pk")), "event", distinct=True
        ),
        article_count=subquery_count(
            EventMention.objects.filter(event=OuterRef("pk")), "event", "article", distinct=True
        ),
        statement_count=subquery_count(
            DatedStatement.objects.filter(event=OuterRef("pk")), "event", distinct=True
        ),
        latest_sentence=Subquery(latest.values("sentence")[:1]),
        latest_date=Subquery(latest.values("date")[:1], output_field=DateField()),
        latest_precision=Subquery(latest.values("precision")[:1]),
        latest_article=Subquery(latest.values("article__slug")[:1]),
        latest_paragraph=Subquery(latest.values("paragraph")[:1]),
    )


@require_safe
def event_list(request: HttpRequest) -> TemplateResponse:
    """Events with their participants, articles and latest dated statement."""
    errors: list[str] = []
    params = request.GET
    kind = parse_choice(
        params.get("kind"),
        Event.Kind.values,
        "",
        errors,
        "“{value}” is not an event kind; showing all kinds.",
    )
    sort = parse_choice(
        params.get("sort"), SORTS, "date", errors, "“{value}” is not a sort order; sorting by date."
    )
    text = parse_text(params.get("q"), errors)

    events = events_for_list()
    if kind:
        events = events.filter(kind=kind)
    if text:
        events = events.filter(
            Q(name__icontains=text) | Q(place__icontains=text) | Q(people__name__icontains=text)
        ).distinct()
    if sort == "activity":
        events = events.order_by(
            F("article_count").desc(), F("statement_count").desc(), F("date").desc(nulls_last=True)
        )
    elif sort == "name":
        events = events.order_by("name")
    else:
        events = events.order_by(F("date").desc(nulls_last=True), "name")

    page = paginate(events, EVENTS_PER_PAGE, params.get("page"), errors)

    context = {
        "page": page,
        "events": page.object_list,
        "kinds": Event.Kind.choices,
        "kind": kind,
        "sorts": SORTS,
        "sort": sort,
        "sort_label": SORTS[sort],
        "q": text,
        "notices": errors,
        "filtered": bool(kind or text),
    }
    return render_region(request, "articles/event_list.html", context, "event-results")


@require_safe
def event_detail(request: HttpRequest, slug: str) -> TemplateResponse:
    """One event: its timeline (narrowable to one participant), articles, people and quotes."""
    event = get_object_or_404(Event, slug=slug)
    errors: list[str] = []
    person = lookup_slug(Person, request.GET.get("person"), "person", errors)

    participants = list(
        event.people.annotate(
            statement_count=Count(
                "dated_statements",
                filter=Q(dated_statements__in=event_statements(event)),
                distinct=True,
            )
        ).order_by("name")
    )

    statements = event_statements(event)
    quotes = Quote.objects.for_stream().filter(event=event)
    if person:
        statements = statements.filter(people=person)
        quotes = quotes.filter(speaker=person)
    statements = list(
        statements_for_display(statements).order_by(
            "-date", F("article__published_at").asc(nulls_last=True), "article_id", "paragraph"
        )[: MAX_TIMELINE + 1]
    )
    truncated = len(statements) > MAX_TIMELINE
    statements = statements[:MAX_TIMELINE]
    quotes = list(
        quotes.order_by(F("said_on").desc(nulls_last=True), "article_id", "paragraph")[:200]
    )

    mentions = (
        EventMention.objects.filter(event=event)
        .select_related("article__outlet")
        .defer("article__raw_text", "article__sanitized_html", "article__paragraphs")
        .order_by(F("article__published_at").desc(nulls_last=True), "article_id", "paragraph")
    )
    articles: dict[int, dict] = {}
    for mention in mentions:
        entry = articles.setdefault(mention.article_id, (mention.article, []))
        entry[1].append(mention)

    page = paginate(group_by_day(statements), GROUPS_PER_PAGE, request.GET.get("page"), errors)
    # Statements linked to the event lead; the other dates in its articles wait behind a
    # disclosure (unless nothing is linked, then they are all there is).
    linked_any = any(s.event_id == event.pk for s in statements)
    groups = []
    for group in page.object_list:
        linked = [c for c in group.clusters if c.event_id == event.pk] if linked_any else None
        groups.append(
            {
                "group": group,
                "linked": group.clusters if linked is None else linked,
                "context": [] if linked is None else [c for c in group.clusters if c not in linked],
            }
        )

    context = {
        "event": event,
        "person": person,
        "participants": participants,
        "page": page,
        "groups": groups,
        "quotes_first": quotes[:QUOTES_SHOWN],
        "quotes_rest": quotes[QUOTES_SHOWN:],
        "statement_count": len(statements),
        "truncated": truncated,
        "quotes": quotes,
        "articles": list(articles.values()),  # (article, [mentions])
        "notices": errors,
        "current_event_id": event.pk,
    }
    return render_region(request, "articles/event_detail.html", context, "event-timeline")
