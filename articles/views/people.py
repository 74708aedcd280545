"""People: the directory, and the per-person quote page analysts asked for."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from django.db.models import Count, F, Max, OuterRef, Q, Subquery
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from ..models import Mention, Outlet, Person, PersonAlias, Quote, Role
from ._htmx import render_region, wants_region
from ._params import paginate, parse_choice, parse_range, parse_text
from ._queries import subquery_count

PEOPLE_PER_PAGE = 50
QUOTES_PER_PAGE = 20
SORTS = OrderedDict(
    [
        ("quotes", ("most quoted", ["-quote_total", "-mention_total", "name"])),
        ("mentions", ("most mentioned", ["-mention_total", "-quote_total", "name"])),
        ("recent", ("recently active", [F("last_seen").desc(nulls_last=True), "name"])),
        ("name", ("name", ["name"])),
    ]
)


def people_with_activity():
    """People with quote and mention totals and the date they last appeared."""
    quotes = Quote.objects.visible().filter(speaker=OuterRef("pk"))
    mentions = Mention.objects.filter(person=OuterRef("pk"))
    last = (
        Mention.objects.filter(person=OuterRef("pk"))
        .order_by()
        .values("person")
        .annotate(last=Max("article__published_at"))
        .values("last")
    )
    return Person.objects.annotate(
        quote_total=subquery_count(quotes, "speaker"),
        mention_total=subquery_count(mentions, "person"),
        last_seen=Subquery(last),
    )


@require_safe
def person_list(request: HttpRequest) -> TemplateResponse:
    """Everyone named in the articles: search as you type, sort, filter by role and outlet."""
    messages: list[str] = []
    q = parse_text(request.GET.get("q"), messages)
    role = parse_text(request.GET.get("role"), messages)
    outlet_slug = request.GET.get("outlet") or ""
    sort = parse_choice(
        request.GET.get("sort"),
        SORTS,
        "quotes",
        messages,
        "Unknown sort order “{value}”; showing the most quoted first.",
    )

    people = people_with_activity()
    if q:
        aliases = PersonAlias.objects.filter(name__icontains=q).values("person")
        people = people.filter(Q(name__icontains=q) | Q(pk__in=aliases))
    if role:
        people = people.filter(current_role__icontains=role)
    outlets = list(Outlet.objects.order_by("name"))
    outlet = next((o for o in outlets if o.slug == outlet_slug), None)
    if outlet_slug and outlet is None:
        messages.append("Unknown outlet; showing all outlets.")
    if outlet is not None:
        people = people.filter(
            pk__in=Mention.objects.filter(article__outlet=outlet).values("person")
        )
    people = people.order_by(*SORTS[sort][1])
    page = paginate(people, PEOPLE_PER_PAGE, request.GET.get("page"), messages)
    context = {
        "page": page,
        "q": q,
        "role": role,
        "outlet": outlet,
        "outlets": outlets,
        "sort": sort,
        "sorts": [(key, label) for key, (label, _) in SORTS.items()],
        "notices": messages,
    }
    return render_region(request, "articles/person_list.html", context, "people")


def quote_filters(request: HttpRequest) -> tuple[dict, list[str]]:
    """The person page's filters from the query string, cleaned, plus messages about bad ones."""
    messages: list[str] = []
    get = request.GET
    date_from, date_to = parse_range(get, messages)
    kind = parse_choice(
        get.get("kind"), Quote.Kind.values, "", messages, "Unknown quote kind; showing all kinds."
    )
    filters = {
        "q": parse_text(get.get("q"), messages),
        "event": parse_text(get.get("event"), messages),
        "outlet": parse_text(get.get("outlet"), messages),
        "kind": kind,
        "from": date_from,
        "to": date_to,
    }
    return filters, messages


def filter_quotes(quotes, filters: dict):
    """Apply the person page's filters to a Quote queryset."""
    if filters["event"]:
        quotes = quotes.filter(event__slug=filters["event"])
    if filters["outlet"]:
        quotes = quotes.filter(article__outlet__slug=filters["outlet"])
    if filters["kind"]:
        quotes = quotes.filter(kind=filters["kind"])
    if filters["from"]:
        quotes = quotes.filter(said_on__gte=filters["from"])
    if filters["to"]:
        quotes = quotes.filter(said_on__lte=filters["to"])
    for word in filters["q"].split()[:12]:
        quotes = quotes.filter(text__icontains=word)
    return quotes


def quote_chart(dates: list[dt.date], *, width: int = 640, height: int = 120) -> dict | None:
    """Bars of quotes per week (per month when the span is long) for a server-rendered SVG."""
    if not dates:
        return None
    first, last = min(dates), max(dates)
    weekly = (last - first).days <= 26 * 7
    if weekly:

        def bucket(d: dt.date) -> dt.date:
            return d - dt.timedelta(days=d.weekday())

        def step(d: dt.date) -> dt.date:
            return d + dt.timedelta(days=7)

    else:

        def bucket(d: dt.date) -> dt.date:
            return d.replace(day=1)

        def step(d: dt.date) -> dt.date:
            return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)

    counts: dict[dt.date, int] = {}
    for d in dates:
        counts[bucket(d)] = counts.get(bucket(d), 0) + 1
    buckets, current = [], bucket(first)
    while current <= bucket(last):
        buckets.append(current)
        current = step(current)
    buckets = buckets[-60:]
    top = max(counts.get(b, 0) for b in buckets) or 1
    plot_height = height - 24
    slot = width / len(buckets)
    bars = []
    for index, start in enumerate(buckets):
        n = counts.get(start, 0)
        bar_height = round(plot_height * n / top, 1)
        bar_width = min(max(slot * 0.8, 1), 36)
        bars.append(
            {
                "x": round(index * slot + (slot - bar_width) / 2, 1),
                "y": round(plot_height - bar_height, 1),
                "width": round(bar_width, 1),
                "height": bar_height,
                "count": n,
                "start": start,
            }
        )
    return {
        "bars": bars,
        "unit": "week" if weekly else "month",
        "width": width,
        "height": height,
        "axis_y": plot_height,
        "label_y": height - 6,
        "top": top,
        "first": buckets[0],
        "last": buckets[-1],
    }


def _roles(person: Person) -> list[dict]:
    """Titles over time: each title once, with when and where it was first and last stated."""
    grouped: dict[str, dict] = {}
    rows = (
        Role.objects.filter(person=person)
        .select_related("article__outlet")
        .only(
            "title",
            "stated_on",
            "paragraph",
            "article__slug",
            "article__title",
            "article__outlet__name",
        )
        .order_by(F("stated_on").asc(nulls_last=True), "pk")
    )
    for role in rows:
        key = " ".join(role.title.casefold().split())
        entry = grouped.setdefault(key, {"title": role.title, "first": role, "count": 0})
        entry["last"] = role
        entry["count"] += 1
    return sorted(
        grouped.values(),
        key=lambda e: e["last"].stated_on or dt.date.min,
        reverse=True,
    )


def _co_mentioned(person: Person, limit: int = 12) -> list[dict]:
    articles = Mention.objects.filter(person=person).values("article")
    return list(
        Mention.objects.filter(article__in=articles)
        .exclude(person=person)
        .values("person__name", "person__slug")
        .annotate(articles=Count("article", distinct=True))
        .order_by("-articles", "person__name")[:limit]
    )


@require_safe
def person_detail(request: HttpRequest, slug: str) -> TemplateResponse:
    """One person: roles over time, the filterable quote stream, a chart and who appears along."""
    person = get_object_or_404(Person, slug=slug)
    filters, messages = quote_filters(request)
    all_quotes = Quote.objects.visible().filter(speaker=person)
    quotes = filter_quotes(all_quotes, filters)
    stream = quotes.select_related("article__outlet", "event").order_by(
        F("said_on").desc(nulls_last=True),
        F("article__published_at").desc(nulls_last=True),
        "-article_id",
        "paragraph",
        "start",
    )
    page = paginate(stream, QUOTES_PER_PAGE, request.GET.get("page"), messages)
    context = {"person": person, "page": page, "filters": filters, "notices": messages}
    if wants_region(request, "load-more"):
        return TemplateResponse(request, "articles/person_detail.html#load-more", context)

    context["chart"] = quote_chart(
        list(quotes.exclude(said_on=None).values_list("said_on", flat=True))
    )
    if not wants_region(request, "quotes"):
        context.update(
            aliases=[a.name for a in person.aliases.all() if a.name != person.name],
            roles=_roles(person),
            co_mentioned=_co_mentioned(person),
            event_choices=list(
                all_quotes.exclude(event=None)
                .values("event__slug", "event__name")
                .annotate(n=Count("pk"))
                .order_by("-n", "event__name")
            ),
            outlet_choices=list(
                all_quotes.exclude(article__outlet=None)
                .values("article__outlet__slug", "article__outlet__name")
                .annotate(n=Count("pk"))
                .order_by("-n", "article__outlet__name")
            ),
            kinds=Quote.Kind.choices,
            total_quotes=all_quotes.count(),
        )
    return render_region(request, "articles/person_detail.html", context, "quotes")
