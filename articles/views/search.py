"""Search across articles, quotes and people."""

from __future__ import annotations

from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from .. import search as backend
from ._htmx import render_region

RESULT_LIMIT = 20


@require_safe
def search(request: HttpRequest) -> TemplateResponse:
    """Ranked matches with the matching words highlighted; an empty query shows the form."""
    raw = request.GET.get("q") or ""
    results = backend.search(raw, limit=RESULT_LIMIT) if raw.strip() else None
    context = {"q": results.query if results else raw.strip()[:200], "results": results}
    return render_region(request, "articles/search.html", context, "results")
