"""House rules every template keeps, checked on the source: CSP-safe markup, escaping, CSRF.

The CSP (settings.SECURE_CSP) allows scripts only from our origin with a nonce and styles only
from our stylesheets, so inline scripts, event-handler attributes and ``style=`` would be
blocked in the browser; ``|safe`` and ``autoescape off`` would let article text become markup.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings

TEMPLATES = sorted((Path(settings.BASE_DIR) / "templates").rglob("*.html"))
RULES = {
    "style attribute (CSP style-src 'self')": re.compile(r"\sstyle\s*=", re.I),
    "<style> element": re.compile(r"<style\b", re.I),
    "inline script": re.compile(r"<script\b(?![^>]*\bsrc=)", re.I),
    "event-handler attribute": re.compile(r"\son[a-z]+\s*=", re.I),
    "javascript: URL": re.compile(r"javascript:", re.I),
    "|safe / safeseq": re.compile(r"\|\s*safe(seq)?\b"),
    "autoescape off": re.compile(r"{%\s*autoescape\s+off"),
}


def test_there_are_templates_to_check():
    assert len(TEMPLATES) >= 10


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_template_keeps_the_rules(path):
    source = path.read_text(encoding="utf-8")
    broken = [rule for rule, pattern in RULES.items() if pattern.search(source)]
    assert broken == [], path


def test_csrf_token_rides_on_every_htmx_request(client, db):
    html = client.get("/").content.decode()
    assert re.search(r"<body hx-headers='\{\"x-csrftoken\": \"[A-Za-z0-9]+\"\}'>", html)


def test_csp_header_allows_no_inline_code(client, db):
    policy = client.get("/")["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    assert "style-src 'self'" in policy and "'nonce-" in policy
