"""Query pieces the pages share (QuerySet methods in models.py hold the reads of one model)."""

from __future__ import annotations

from django.db.models import Count, IntegerField, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce


def subquery_count(
    queryset: QuerySet, group_by: str, counted: str = "pk", *, distinct: bool = False
) -> Coalesce:
    """COUNT(``counted``) of ``queryset`` (filtered on an OuterRef) as a correlated subquery.

    Several joined Count()s on one row multiply each other's rows; a subquery per count keeps
    the outer query one row per object. ``group_by`` is the column the OuterRef filters on.
    """
    counted_rows = (
        queryset.order_by().values(group_by).annotate(n=Count(counted, distinct=distinct))
    )
    return Coalesce(Subquery(counted_rows.values("n")[:1], output_field=IntegerField()), Value(0))
