"""Every route against a battery of bad query strings: a page (with a message) or a 404, never 500.

Runs on whichever database DATABASE_URL names; CI runs it on SQLite and PostgreSQL (PostgreSQL
refuses NUL characters in SQL strings, SQLite does not, so both matter).
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

HX = {"HTTP_HX_REQUEST": "true"}
LONG = "x" * 10_240

# Query strings a user, a crawler or a mangled link can send. Every route gets all of them.
BAD_PARAMS = [
    {"page": "abc"},
    {"page": "0"},
    {"page": "-1"},
    {"page": "99999"},
    {"page": "1.5"},
    {"page": "²"},  # str.isdigit() says yes, int() says no
    {"page": "9" * 400},
    {"page": ["1", "2"]},
    {"from": "2025-13-45"},
    {"from": "2025-03-31", "to": "2025-03-01"},
    {"from": "0001-01-01", "to": "9999-12-31"},
    {"to": LONG},
    {"q": LONG},
    {"q": "a\x00b"},
    {"q": '"<script>alert(1)</script>'},
    {"q": 'NEAR( * - AND OR "'},
    {"q": "%_\\"},
    {"q": "   "},
    {"role": "a\x00b"},
    {"role": LONG},
    {"zoom": "year"},
    {"zoom": LONG},
    {"kind": "bogus"},
    {"sort": "bogus"},
    {"sort": LONG},
    {"period": "bogus"},
    {"person": "nobody"},
    {"person": LONG},
    {"person": "a\x00b"},
    {"event": "nobody"},
    {"event": "a\x00b"},
    {"outlet": "nobody"},
    {"outlet": "a\x00b"},
    {"outlet": LONG},
]


@pytest.fixture
def data(make):
    """A little of everything, so the filters and pages have rows to work on."""
    outlet = make.outlet("Harbour Gazette")
    article = make.article(title="Harbour talks resume", outlet=outlet)
    jane = make.person("Jane Doe", role="Harbour Minister")
    event = make.event("Harbour talks", people=[jane])
    make.mention(person=jane, article=article)
    make.event_mention(event=event, article=article)
    make.quote(article=article, speaker=jane, event=event, said_on=dt.date(2025, 3, 11))
    make.statement(article=article, event=event, people=[jane])
    return {"article": article, "person": jane, "event": event}


def routes(data) -> dict[str, str]:
    """Every page, download and feed, with the region an htmx request would target (or None)."""
    article, person, event = data["article"].slug, data["person"].slug, data["event"].slug
    return {
        reverse("articles:home"): "top-people",
        reverse("articles:article_list"): "articles",
        reverse("articles:article_detail", args=[article]): None,
        reverse("articles:person_list"): "people",
        reverse("articles:person_detail", args=[person]): "quotes",
        reverse("articles:person_quotes_csv", args=[person]): None,
        reverse("articles:person_quotes_json", args=[person]): None,
        reverse("articles:person_feed", args=[person]): None,
        reverse("articles:event_list"): "event-results",
        reverse("articles:event_detail", args=[event]): "event-timeline",
        reverse("articles:event_timeline_csv", args=[event]): None,
        reverse("articles:event_timeline_json", args=[event]): None,
        reverse("articles:event_feed", args=[event]): None,
        reverse("articles:timeline"): "timeline-results",
        reverse("articles:search"): "results",
    }


def test_every_route_survives_every_bad_parameter(client, data):
    failures = []
    for url, region in routes(data).items():
        for params in BAD_PARAMS:
            headers = [{}] + ([{**HX, "HTTP_HX_TARGET": region}] if region else [])
            for extra in headers:
                response = client.get(url, params, **extra)
                if response.status_code != 200:
                    failures.append((url, {k: str(v)[:20] for k, v in params.items()}, extra))
    assert failures == []


PAGED = [
    ("articles:article_list", None),
    ("articles:person_list", None),
    ("articles:person_detail", "person"),
    ("articles:event_list", None),
    ("articles:event_detail", "event"),
    ("articles:timeline", None),
]


@pytest.mark.parametrize(("name", "arg"), PAGED)
@pytest.mark.parametrize("page", ["abc", "99999", "²"])
def test_a_bad_page_number_says_so(client, data, name, arg, page):
    url = reverse(f"articles:{name.split(':')[1]}", args=[data[arg].slug] if arg else [])
    html = client.get(url, {"page": page}).content.decode()
    assert "not a page number" in html or "There is no page" in html


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("articles:timeline", {"from": "2025-03-31", "to": "2025-03-01"}, "after the end date"),
        ("articles:timeline", {"zoom": "year"}, "not a zoom level"),
        ("articles:timeline", {"person": "nobody"}, "No person"),
        ("articles:event_list", {"kind": "bogus"}, "not an event kind"),
        ("articles:event_list", {"q": LONG}, "too long"),
        ("articles:person_list", {"sort": "bogus"}, "Unknown sort order"),
        ("articles:person_list", {"q": LONG}, "too long"),
        ("articles:article_list", {"outlet": "nobody"}, "Unknown outlet"),
        ("articles:home", {"period": "bogus"}, "Unknown period"),
        ("articles:search", {"q": LONG}, "shortened"),
    ],
)
def test_bad_filters_are_explained_on_the_page(client, data, name, params, message):
    assert message in client.get(reverse(name), params).content.decode()


def test_person_page_explains_a_backwards_range(client, data):
    url = reverse("articles:person_detail", args=[data["person"].slug])
    html = client.get(url, {"from": "2025-03-31", "to": "2025-03-01"}).content.decode()
    assert "after the" in html


@pytest.mark.parametrize(
    "name",
    [
        "article_detail",
        "person_detail",
        "person_quotes_csv",
        "person_quotes_json",
        "person_feed",
        "event_detail",
        "event_timeline_csv",
        "event_timeline_json",
        "event_feed",
    ],
)
@pytest.mark.parametrize("slug", ["no-such-thing", "x" * 2000, "123"])
def test_unknown_slugs_are_404(client, db, name, slug):
    assert client.get(reverse(f"articles:{name}", args=[slug])).status_code == 404


@pytest.mark.parametrize(
    "path", ["/articles/a%00b/", "/people/%E2%80%AE/", "/events/../", "/articles/1;DROP/"]
)
def test_odd_paths_are_404(client, db, path):
    assert client.get(path).status_code == 404


def test_pages_refuse_writes(client, data):
    """Only staff write, and only through the admin: every public route is read-only."""
    for url in routes(data):
        assert client.post(url).status_code in (403, 405), url
