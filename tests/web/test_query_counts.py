"""Query counts do not grow with data: every page, at 1 and at 50 articles, under one bound.

The data is built so that each page has more to show at 50 (one person quoted in every article,
one event every article mentions), and each test checks that the rows really are on the page:
a page that shows nothing runs few queries for the wrong reason.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.search import search_index_update
from articles.views.articles import ARTICLES_PER_PAGE
from articles.views.events import EVENTS_PER_PAGE
from articles.views.people import PEOPLE_PER_PAGE, QUOTES_PER_PAGE

SIZES = [1, 50]


@pytest.fixture
def world(make, request):
    """``n`` articles from 5 outlets; Jane is quoted and the harbour talks mentioned in each."""
    n = request.param
    outlets = [make.outlet(f"Outlet {k}") for k in range(min(n, 5))]
    jane = make.person("Jane Doe", role="Harbour Minister")
    talks = make.event("Harbour talks", people=[jane])
    articles = []
    for i in range(n):
        day = dt.date(2025, 3, 1) + dt.timedelta(days=i % 20)
        article = make.article(
            title=f"Harbour report {i}",
            outlet=outlets[i % len(outlets)],
            published=timezone.make_aware(dt.datetime.combine(day, dt.time(12))),
        )
        other = make.person(f"Rick Roe{i:03d}")
        own_event = make.event(f"Visit {i}", kind="trip", people=[other], date=day)
        for person in (jane, other):
            make.mention(person=person, article=article)
        make.role(person=jane, article=article, title=f"Title {i % 3}")
        make.event_mention(event=talks, article=article)
        make.event_mention(event=own_event, article=article)
        make.quote(article=article, speaker=jane, event=talks, text=f"Harbour remark {i}")
        make.quote(article=article, speaker=other, text=f"Other remark {i}")
        make.statement(
            article=article, event=talks, people=[jane, other], date=day, sentence=f"Met {i}."
        )
        search_index_update(article)
        articles.append(article)
    return {"n": n, "jane": jane, "talks": talks, "articles": articles}


def _get(client, url, bound, assert_max, params=None, **headers):
    with assert_max(bound):
        response = client.get(url, params or {}, **headers)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("world", SIZES, indirect=True)
def test_home(client, world, django_assert_max_num_queries):
    n = world["n"]
    html = _get(
        client, reverse("articles:home"), 4, django_assert_max_num_queries, {"period": "all"}
    )
    assert html.count('href="/articles/article-') == min(n, 10)
    assert f"{n} quote{'s' if n > 1 else ''} in {n} article" in html


@pytest.mark.parametrize("world", SIZES, indirect=True)
def test_article_list(client, world, django_assert_max_num_queries):
    n = world["n"]
    html = _get(client, reverse("articles:article_list"), 3, django_assert_max_num_queries)
    assert f">{n} article" in html
    assert html.count('href="/articles/article-') == min(n, ARTICLES_PER_PAGE)


@pytest.mark.parametrize("world", SIZES, indirect=True)
def test_article_detail(client, world, django_assert_max_num_queries):
    n, article = world["n"], world["articles"][-1]
    url = reverse("articles:article_detail", args=[article.slug])
    html = _get(client, url, 12, django_assert_max_num_queries)
    assert html.count('class="q-by"') == 2  # both quotes, each with its speaker
    assert f"Met {n - 1}." in html and "Harbour talks" in html and "Rick Roe" in html
    related = html.count("shared people") + html.count("shared person")
    assert related == min(n - 1, 6)


@pytest.mark.parametrize("world", SIZES, indirect=True)
def test_person_list(client, world, django_assert_max_num_queries):
    n = world["n"]
    html = _get(
        client,
        reverse("articles:person_list"),
        3,
        django_assert_max_num_queries,
        {"sort": "recent"},
    )
    assert f">{n + 1} people" in html
    assert html.count('href="/people/person-') == min(n + 1, PEOPLE_PER_PAGE)


@pytest.mark.parametrize("world", SIZES, indirect=True)
def test_person_detail(client, world, django_assert_max_num_queries):
    n, jane = world["n"], world["jane"]
    url = reverse("articles:person_detail", args=[jane.slug])
    html = _get(client, url, 10, django_assert_max_num_queries)
    assert f"{n} quote" in html
    assert html.count('class="quote-item"') == min(n, QUOTES_PER_PAGE)
    assert html.count("<strong>Title ") == min(n, 3)  # roles over time
    more = _get(
        client,
        url,
        6,
        django_assert_max_num_queries,
        {"page": "2"} if n > QUOTES_PER_PAGE else {},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="load-more",
    )
    assert more.count('class="quote-item"') == min(max(n - QUOTES_PER_PAGE, 1), QUOTES_PER_PAGE)


@pytest.mark.parametrize("world", SIZES, indirect=True)
def test_event_list(client, world, django_assert_max_num_queries):
    n = world["n"]
    html = _get(client, reverse("articles:event_list"), 2, django_assert_max_num_queries)
    assert f"{n + 1} event" in html
    assert html.count('class="ev-name"') == min(n + 1, EVENTS_PER_PAGE)


@pytest.mark.parametrize("world", SIZES, indirect=True)
def test_event_detail(client, world, django_assert_max_num_queries):
    n, talks, jane = world["n"], world["talks"], world["jane"]
    url = reverse("articles:event_detail", args=[talks.slug])
    html = _get(client, url, 6, django_assert_max_num_queries)
    assert f"{n} article{'s' if n > 1 else ''}</span>" in html
    assert f"{n} dated statement" in html
    assert html.count('class="ev-quote ') == n
    html = _get(client, url, 7, django_assert_max_num_queries, {"person": jane.slug})
    assert f"{n} dated statement" in html


@pytest.mark.parametrize("world", SIZES, indirect=True)
@pytest.mark.parametrize("zoom", ["day", "week", "month"])
def test_timeline(client, world, django_assert_max_num_queries, zoom):
    n = world["n"]
    url = reverse("articles:timeline")
    html = _get(client, url, 7, django_assert_max_num_queries, {"zoom": zoom})
    assert f"{n} dated statement" in html
    assert html.count('class="tl-sentence"') >= min(n, 12 if zoom == "day" else 1)


@pytest.mark.parametrize("world", SIZES, indirect=True)
def test_search(client, world, django_assert_max_num_queries):
    n = world["n"]
    html = _get(
        client, reverse("articles:search"), 7, django_assert_max_num_queries, {"q": "harbour"}
    )
    assert html.count("<mark>Harbour</mark> remark") == min(n, 20)
    assert html.count('class="snippet"') == min(n, 20)


@pytest.mark.parametrize("world", SIZES, indirect=True)
def test_downloads_and_feeds(client, world, django_assert_max_num_queries):
    n, jane, talks = world["n"], world["jane"], world["talks"]
    csv = _get(
        client,
        reverse("articles:person_quotes_csv", args=[jane.slug]),
        2,
        django_assert_max_num_queries,
    )
    assert csv.count("Harbour remark") == n
    timeline = _get(
        client,
        reverse("articles:event_timeline_json", args=[talks.slug]),
        3,
        django_assert_max_num_queries,
    )
    assert timeline.count('"sentence": "Met ') == n
    for name, slug in (("person_feed", jane.slug), ("event_feed", talks.slug)):
        feed = _get(
            client, reverse(f"articles:{name}", args=[slug]), 2, django_assert_max_num_queries
        )
        assert feed.count("<entry>") == n
