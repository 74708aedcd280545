"""Render a whole page, or only the region an htmx request targets."""

from __future__ import annotations

from django.http import HttpRequest
from django.template.response import TemplateResponse

from ._params import non_empty


def wants_region(request: HttpRequest, region: str) -> bool:
    """True when htmx asked for ``region`` alone (history restores always get the full page)."""
    htmx = getattr(request, "htmx", None)
    return bool(htmx) and not htmx.history_restore_request and htmx.target == region


def render_region(
    request: HttpRequest, template: str, context: dict, region: str, *, status: int = 200
) -> TemplateResponse:
    """Render ``template#region`` for an htmx swap of that region, else the full page.

    A form swap pushes the URL without its empty fields (``?zoom=week``, not
    ``?zoom=week&person=&event=``), so the address bar and shared links stay short.
    """
    if not wants_region(request, region):
        return TemplateResponse(request, template, context, status=status)
    response = TemplateResponse(request, f"{template}#{region}", context, status=status)
    query = non_empty(request.GET).urlencode()
    if query != request.GET.urlencode():
        response["HX-Push-Url"] = f"{request.path}?{query}" if query else request.path
    return response
