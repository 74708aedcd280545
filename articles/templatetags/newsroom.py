"""Template helpers shared by all pages. Add to this file; keep one date format everywhere."""

from __future__ import annotations

import datetime as dt

from django import template

register = template.Library()


@register.filter
def newsdate(value, precision: str = "day") -> str:
    """One date format everywhere: '12 Mar 2025'; 'Mar 2025' / '2025' for coarser precision."""
    if not value:
        return ""
    if isinstance(value, dt.datetime):
        from django.utils import timezone

        if timezone.is_aware(value):
            value = timezone.localtime(value)
        value = value.date()
    if precision == "year":
        return f"{value:%Y}"
    if precision == "month":
        return f"{value:%b %Y}"
    return f"{value.day} {value:%b %Y}"
