"""Render a whole page, or only the region an htmx request targets."""

from __future__ import annotations

from django.http import HttpRequest
from django.template.response import TemplateResponse


def wants_region(request: HttpRequest, region: str) -> bool:
    """True when htmx asked for ``region`` alone (history restores always get the full page)."""
    htmx = getattr(request, "htmx", None)
    return bool(htmx) and not htmx.history_restore_request and htmx.target == region


def render_region(
    request: HttpRequest, template: str, context: dict, region: str, *, status: int = 200
) -> TemplateResponse:
    """Render ``template#region`` for an htmx swap of that region, else the full page."""
    name = f"{template}#{region}" if wants_region(request, region) else template
    return TemplateResponse(request, name, context, status=status)
