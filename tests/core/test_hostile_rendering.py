"""Hostile HTML pasted in the admin never reaches a stored or rendered page as markup.

The vectors are the public XSS collections in tests/extraction/hostile_vectors.py (bleach's own
tests, the OWASP filter-evasion cheat sheet, html5sec, htmx attributes). Each is pasted as an
HTML article through the real admin form; then the stored row and the public article page are
parsed and checked.
"""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from articles import services
from articles.models import Article
from tests.extraction.hostile_vectors import VECTORS
from tests.extraction.test_sanitize import FORBIDDEN_TAGS, collect, problems

ADD_URL = reverse("admin:articles_article_add")
PAGE_SCRIPTS = 2  # htmx and static/js/newsroom.js, both carrying the CSP nonce


def paste_of(vector: str, n: int) -> str:
    return (
        f"<html><head><title>Hostile sample {n}</title></head><body><article>"
        f"<h1>Hostile sample {n}</h1><p>Officials met on Tuesday to discuss sample {n}.</p>"
        f"<p>{vector}</p><p>The talks ended without a deal in round {n}.</p>"
        "</article></body></html>"
    )


def rendered_problems(page: str) -> list[str]:
    found = []
    body = re.search(r'<article class="article-body".*?</article>', page, re.S)
    assert body, "article body not found on the page"
    for tag, attrs in collect(body.group(0)).tags:
        if tag in FORBIDDEN_TAGS:
            found.append(f"tag <{tag}>")
        for name, value in attrs:
            squashed = re.sub(r"[\s\x00-\x1f]", "", value or "").lower()
            if re.match(r"on|hx-|data-hx|style$|src|formaction|xlink", name):
                found.append(f"attribute {name}")
            if "javascript:" in squashed or "vbscript:" in squashed or "data:" in squashed:
                found.append(f"script url in {name}")
    scripts = page.count("<script")
    if scripts != PAGE_SCRIPTS:
        found.append(f"{scripts} <script> tags on the page")
    return found


# An unclosed raw-text element (<script>, <iframe>, <xmp>, <noscript> …) swallows the rest of
# the document in HTML parsing, in browsers too: there only the text before it can survive.
UNCLOSED_RAW_TEXT = re.compile(
    r"<(script|iframe|xmp|noscript|style|textarea|title|noembed|noframes|plaintext)\b", re.I
)


def swallows_the_rest(vector: str) -> bool:
    opened = UNCLOSED_RAW_TEXT.search(vector)
    return bool(opened) and f"</{opened.group(1).lower()}>" not in vector.lower().split('"')[-1]


@pytest.mark.django_db
@pytest.mark.parametrize("n,vector", list(enumerate(VECTORS)))
def test_hostile_paste_is_stored_sanitized_and_rendered_inert(client, n, vector):
    raw = paste_of(vector, n)
    article = services.article_ingest(raw_text=raw)
    assert article.title == f"Hostile sample {n}"
    assert article.raw_text == raw  # the paste is kept untouched, never rendered
    assert problems(article.sanitized_html) == []
    assert any(f"discuss sample {n}" in p for p in article.paragraphs)
    if not swallows_the_rest(vector):
        assert any(f"round {n}" in p for p in article.paragraphs)
    page = client.get(article.get_absolute_url()).content.decode()
    assert rendered_problems(page) == []
    assert f"discuss sample {n}" in page


@pytest.mark.django_db
def test_prose_with_angle_brackets_survives_to_the_page(staff_client, client):
    text = (
        "Film Night Plans\n\nThe critic said to write <name of movie> on the card, and a < b > c."
    )
    staff_client.post(ADD_URL, {"raw_text": text})
    article = Article.objects.get()
    page = client.get(article.get_absolute_url()).content.decode()
    assert "&lt;name of movie&gt;" in page
    assert "a &lt; b &gt; c" in page
