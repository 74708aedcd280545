"""The timeline: every dated statement, grouped by day, week or month, with filters and paging.

The helpers at the top (parameter parsing, date buckets, clustering of reports of the same thing)
are shared with the event pages and the exports.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import (
    Case,
    CharField,
    Count,
    DateField,
    Exists,
    F,
    IntegerField,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Cast, TruncMonth, TruncWeek, TruncYear
from django.http import HttpRequest, QueryDict
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from articles.models import Article, DatedStatement, Event, EventMention, Outlet, Person, Precision

from ._htmx import render_region
from ._params import (
    lookup_slug,
    paginate,
    parse_choice,
    parse_range,
)

ZOOMS = ("day", "week", "month")
GROUPS_PER_PAGE = 12
GROUP_LEAD = 6  # entries shown per date group on the timeline; the rest behind a disclosure
GROUP_MAX = 30  # entries rendered per group at all; beyond that the group links to its range


# --- date buckets -----------------------------------------------------------------------------

_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def bucket_annotations(zoom: str) -> dict:
    """``bucket`` (start date) and ``bucket_kind`` of each statement at this zoom.

    A statement known only to the month (or year) never lands in a day or week: it gets a bucket
    of its own precision, so "in March" is not shown as if it were said on 1 March.
    """
    trunc = {"day": F("date"), "week": TruncWeek("date"), "month": TruncMonth("date")}[zoom]
    return {
        # Cast: PostgreSQL's DATE_TRUNC returns a timestamp even for a date column.
        "bucket": Cast(
            Case(
                When(precision=Precision.YEAR, then=TruncYear("date")),
                When(precision=Precision.MONTH, then=TruncMonth("date")),
                default=trunc,
                output_field=DateField(),
            ),
            DateField(),
        ),
        "bucket_kind": Case(
            When(precision=Precision.YEAR, then=Value("year")),
            When(precision=Precision.MONTH, then=Value("month")),
            default=Value(zoom),
            output_field=CharField(),
        ),
        "bucket_rank": Case(
            When(precision=Precision.YEAR, then=Value(3)),
            When(precision=Precision.MONTH, then=Value(2)),
            default=Value(_RANK[zoom]),
            output_field=IntegerField(),
        ),
    }


def bucket_start(day: dt.date, zoom: str) -> dt.date:
    """The start of the bucket holding ``day`` (Python twin of ``bucket_annotations``)."""
    if zoom == "week":
        return day - dt.timedelta(days=day.weekday())
    if zoom == "month":
        return day.replace(day=1)
    return day


def bucket_end(start: dt.date, kind: str) -> dt.date:
    if kind == "day":
        return start
    if kind == "week":
        return start + dt.timedelta(days=6)
    if kind == "month":
        nxt = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return nxt - dt.timedelta(days=1)
    return start.replace(month=12, day=31)


# --- clustering: several outlets reporting the same dated thing --------------------------------

_WORD = re.compile(r"[^\W\d_]{4,}")
_NOISE = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week month
    year last next this that with from they their have will would said says been were which
    about after before also into over than them then there these those what when where while
    """.split()  # noqa: SIM905
)


def _words(sentence: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(sentence.lower()) if w not in _NOISE)


@dataclass
class Cluster:
    """Statements giving the same date for what looks like the same thing."""

    date: dt.date
    precision: str
    statements: list = field(default_factory=list)
    words: frozenset[str] = frozenset()
    event_id: int | None = None

    @property
    def lead(self):
        return self.statements[0]

    @property
    def others(self) -> list:
        return self.statements[1:]

    @property
    def outlet_count(self) -> int:
        return len({s.article.outlet_id or f"article-{s.article_id}" for s in self.statements})

    @property
    def is_future(self) -> bool:
        return any(s.is_future for s in self.statements)

    @property
    def is_approximate(self) -> bool:
        return any(s.is_approximate for s in self.statements)


def _same_thing(cluster: Cluster, statement, words: frozenset[str]) -> bool:
    if cluster.date != statement.date or cluster.precision != statement.precision:
        return False
    if cluster.event_id and statement.event_id:
        return cluster.event_id == statement.event_id
    if not words or not cluster.words:
        return False
    shared = len(words & cluster.words)
    return shared >= 2 and shared / len(words | cluster.words) >= 0.3


def cluster_statements(statements) -> list[Cluster]:
    """Group statements with the same date and event (or mostly the same words), in order."""
    clusters: list[Cluster] = []
    for statement in statements:
        words = _words(statement.sentence)
        for cluster in clusters:
            if _same_thing(cluster, statement, words):
                cluster.statements.append(statement)
                cluster.words |= words
                cluster.event_id = cluster.event_id or statement.event_id
                break
        else:
            clusters.append(
                Cluster(
                    date=statement.date,
                    precision=statement.precision,
                    statements=[statement],
                    words=words,
                    event_id=statement.event_id,
                )
            )
    return clusters


@dataclass
class Group:
    start: dt.date
    kind: str
    clusters: list[Cluster]

    @property
    def end(self) -> dt.date:
        return bucket_end(self.start, self.kind)

    @property
    def statement_count(self) -> int:
        return sum(len(c.statements) for c in self.clusters)

    @property
    def outlet_count(self) -> int:
        return len(
            {
                s.article.outlet_id or f"article-{s.article_id}"
                for c in self.clusters
                for s in c.statements
            }
        )

    @property
    def lead_clusters(self) -> list[Cluster]:
        return self.clusters[:GROUP_LEAD]

    @property
    def more_clusters(self) -> list[Cluster]:
        return self.clusters[GROUP_LEAD:GROUP_MAX]

    @property
    def more_statement_count(self) -> int:
        return sum(len(c.statements) for c in self.clusters[GROUP_LEAD:])

    @property
    def overflow(self) -> bool:
        """More clusters than one group shows: the page links to the group's range zoomed in."""
        return len(self.clusters) > GROUP_MAX

    @property
    def zoom_in_query(self) -> str:
        finer = "day" if self.kind in ("day", "week") else "week"
        return f"from={self.start.isoformat()}&to={self.end.isoformat()}&zoom={finer}"


def most_reported_first(clusters: list[Cluster]) -> list[Cluster]:
    """Order a group's clusters by how many outlets reported them, then newest date first."""
    return sorted(clusters, key=lambda c: (-c.outlet_count, -c.date.toordinal()))


def group_by_day(statements) -> list[Group]:
    """Day groups (coarse dates in groups of their own precision), newest first."""
    buckets: dict[tuple[dt.date, str], list] = {}
    for s in statements:
        if s.precision == Precision.YEAR:
            key = (s.date.replace(month=1, day=1), "year")
        elif s.precision == Precision.MONTH:
            key = (s.date.replace(day=1), "month")
        else:
            key = (s.date, "day")
        buckets.setdefault(key, []).append(s)
    keys = sorted(buckets, key=lambda k: (-k[0].toordinal(), _RANK[k[1]]))
    return [Group(start, kind, cluster_statements(buckets[(start, kind)])) for start, kind in keys]


def event_statements(event: Event) -> QuerySet:
    """Dated statements about ``event``: linked to it, or in an article that mentions it."""
    mentioning = EventMention.objects.filter(event=event, article=OuterRef("article"))
    return DatedStatement.objects.filter(Q(event=event) | Exists(mentioning))


def statements_for_display(queryset):
    return queryset.select_related("article__outlet", "event").prefetch_related("people")


# --- chart: statements per bucket, each bar a link that zooms into its range ------------------

CHART_BARS = 90
_FINER = {"day": "day", "week": "day", "month": "week"}


def bucket_chart(group_rows: list[dict], zoom: str, params: QueryDict) -> dict | None:
    """Bars for a server-rendered SVG of statements per day/week/month (the latest bars)."""
    counts = {row["bucket"]: row["n"] for row in group_rows if row["bucket_kind"] == zoom}
    if len(counts) < 2:
        return None
    first, last = min(counts), max(counts)
    starts: list[dt.date] = []
    current = last
    while current >= first and len(starts) < CHART_BARS:
        starts.append(current)
        current = bucket_start(current - dt.timedelta(days=1), zoom)
    starts.reverse()
    top = max(counts.get(start, 0) for start in starts) or 1
    width, height, gap = 720, 64, 1
    slot = width / len(starts)
    bars = []
    for index, start in enumerate(starts):
        n = counts.get(start, 0)
        query = params.copy()
        for name in ("page", "from", "to", "zoom"):
            query.pop(name, None)
        query["from"] = start.isoformat()
        query["to"] = bucket_end(start, zoom).isoformat()
        query["zoom"] = _FINER[zoom]
        bar_height = round((height - 4) * n / top, 1) if n else 0
        bars.append(
            {
                "x": round(index * slot, 1),
                "width": round(max(slot - gap, 1), 1),
                "y": round(height - bar_height, 1),
                "height": bar_height,
                "count": n,
                "start": start,
                "end": bucket_end(start, zoom),
                "href": f"?{query.urlencode()}",
            }
        )
    return {"bars": bars, "width": width, "height": height, "first": starts[0], "last": starts[-1]}


HORIZON_DAYS = 31


def news_horizon() -> dt.date | None:
    """A month past the newest article: later dates are plans and forecasts, shown on request."""
    newest = Article.objects.aggregate(newest=Max("published_at"))["newest"]
    return newest.date() + dt.timedelta(days=HORIZON_DAYS) if newest else None


def _ahead_query(params: QueryDict, horizon: dt.date) -> str:
    query = params.copy()
    query.pop("page", None)
    query["from"] = (horizon + dt.timedelta(days=1)).isoformat()
    return query.urlencode()


# --- the page ---------------------------------------------------------------------------------


@require_safe
def timeline(request: HttpRequest) -> TemplateResponse:
    """Everything dated, grouped by day/week/month, filterable by person, event, outlet, dates."""
    errors: list[str] = []
    params = request.GET
    zoom = parse_choice(
        params.get("zoom"),
        ZOOMS,
        "day",
        errors,
        "“{value}” is not a zoom level; use day, week or month.",
    )
    person = lookup_slug(Person, params.get("person"), "person", errors)
    event = lookup_slug(Event, params.get("event"), "event", errors)
    outlet = lookup_slug(Outlet, params.get("outlet"), "outlet", errors)
    start, end = parse_range(params, errors)

    statements = DatedStatement.objects.all()
    if person:
        statements = statements.filter(people=person)
    if event:
        statements = statements.filter(pk__in=event_statements(event).values("pk"))
    if outlet:
        statements = statements.filter(article__outlet=outlet)
    if start:
        statements = statements.filter(date__gte=start)
    if end:
        statements = statements.filter(date__lte=end)
    statements = statements.annotate(**bucket_annotations(zoom))

    group_rows = list(
        statements.values("bucket", "bucket_kind", "bucket_rank")
        .annotate(n=Count("id"))
        .order_by("-bucket", "bucket_rank")
    )
    # Without a date range, dates far past the newest article ("by 2038") would fill the first
    # pages; they wait behind a link instead.
    horizon = None if (start or end) else news_horizon()
    ahead = [row for row in group_rows if horizon and row["bucket"] > horizon]
    if ahead:
        group_rows = [row for row in group_rows if row["bucket"] <= horizon]
    page = paginate(group_rows, GROUPS_PER_PAGE, params.get("page"), errors)

    groups: list[Group] = []
    if page.object_list:
        keys = [(row["bucket"], row["bucket_kind"]) for row in page.object_list]
        wanted = reduce(or_, (Q(bucket=b, bucket_kind=k) for b, k in keys))
        rows = statements_for_display(
            statements.filter(wanted).order_by(
                "-date", F("article__published_at").asc(nulls_last=True), "article_id", "paragraph"
            )
        )
        by_key: dict[tuple[dt.date, str], list] = {key: [] for key in keys}
        for row in rows:
            by_key[(row.bucket, row.bucket_kind)].append(row)
        groups = [
            Group(b, k, most_reported_first(cluster_statements(by_key[(b, k)]))) for b, k in keys
        ]

    context = {
        "zoom": zoom,
        "zoom_precision": "month" if zoom == "month" else "day",
        "zooms": ZOOMS,
        "person": person,
        "event": event,
        "outlet": outlet,
        "date_from": start,
        "date_to": end,
        "page": page,
        "groups": groups,
        "total_statements": sum(row["n"] for row in group_rows),
        "horizon": horizon,
        "ahead_count": sum(row["n"] for row in ahead),
        "ahead_query": _ahead_query(params, horizon) if ahead else "",
        "chart": bucket_chart(group_rows, zoom, params),
        "notices": errors,
        "people": Person.objects.filter(dated_statements__isnull=False)
        .distinct()
        .only("name", "slug"),
        "events": Event.objects.filter(
            Exists(DatedStatement.objects.filter(event=OuterRef("pk")))
            | Exists(EventMention.objects.filter(event=OuterRef("pk")))
        ).only("name", "slug", "date", "precision"),
        "outlets": Outlet.objects.filter(articles__dated_statements__isnull=False).distinct(),
        "filtered": bool(person or event or outlet or start or end),
    }
    return render_region(request, "articles/timeline.html", context, "timeline-results")
