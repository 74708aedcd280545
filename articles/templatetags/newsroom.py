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


@register.filter
def mark_phrase(text: str, phrase: str):
    """Escape ``text`` and wrap the first case-insensitive occurrence of ``phrase`` in <mark>."""
    from django.utils.html import escape, format_html

    text = str(text or "")
    phrase = str(phrase or "").strip()
    at = text.lower().find(phrase.lower()) if phrase else -1
    if at < 0:
        return escape(text)
    end = at + len(phrase)
    return format_html("{}<mark>{}</mark>{}", text[:at], text[at:end], text[end:])


@register.filter
def http_url(value) -> str:
    """``value`` if it is an http(s) URL, else "" (a pasted ``javascript:`` link never gets an
    href; autoescaping alone does not stop a dangerous scheme)."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else ""


@register.simple_tag(takes_context=True)
def page_url(context, number) -> str:
    """This page's URL with ``page=number`` and without empty filters (for pager links)."""
    from articles.views._params import non_empty

    request = context["request"]
    query = non_empty(request.GET, "page")
    if number and int(number) > 1:
        query["page"] = str(number)
    encoded = query.urlencode()
    return f"{request.path}?{encoded}" if encoded else request.path


@register.simple_tag(takes_context=True)
def filters_query(context) -> str:
    """``?`` and this page's non-empty filters without the page number, or "" (for downloads)."""
    from articles.views._params import non_empty

    encoded = non_empty(context["request"].GET, "page").urlencode()
    return f"?{encoded}" if encoded else ""
