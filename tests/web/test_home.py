"""Home: latest articles, events with new statements, most-quoted people by period."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

HOME = reverse("articles:home")


@pytest.fixture(autouse=True)
def _plain_http(settings):
    settings.SECURE_SSL_REDIRECT = False  # the test client speaks http


def day(d: int, month: int = 3):
    return timezone.make_aware(dt.datetime(2025, month, d, 12, 0))


@pytest.fixture
def news(make):
    recent_voice, old_voice = make.person("Nora Recent"), make.person("Otto Older")
    new = make.article(title="Fresh harbour story", published=day(20))
    old = make.article(title="Old lakeside story", published=day(1, 1))
    for _ in range(2):
        make.quote(article=new, speaker=recent_voice)
    for _ in range(5):
        make.quote(article=old, speaker=old_voice)
    event = make.event("Harbour talks")
    make.event_mention(event=event, article=new)
    make.statement(article=new, event=event)
    return {"new": new, "event": event}


def top_people(html: str) -> str:
    return html[html.index('id="top-people"') :]


def test_home_shows_latest_articles_events_and_top_people(client, news):
    html = client.get(HOME).content.decode()
    assert html.index("Fresh harbour story") < html.index("Old lakeside story")
    assert "Harbour talks" in html and "1 dated statement" in html
    assert "Nora Recent" in top_people(html) and "Otto Older" not in top_people(html)
    assert "Up to the newest quote, 20 Mar 2025." in html


def test_period_all_ranks_by_quotes(client, news):
    html = top_people(client.get(HOME, {"period": "all"}).content.decode())
    assert html.index("Otto Older") < html.index("Nora Recent")
    assert "5 quotes in 1 article" in html


def test_period_swap_is_a_region_with_full_page_on_history_restore(client, news):
    hx = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "top-people"}
    part = client.get(HOME, {"period": "30d"}, **hx).content.decode()
    assert part.lstrip().startswith('<section id="top-people"') and "<html" not in part
    assert 'aria-current="true">30 days' in part
    full = client.get(
        HOME, {"period": "30d"}, **hx, HTTP_HX_HISTORY_RESTORE_REQUEST="true"
    ).content.decode()
    assert "<html" in full and "Fresh harbour story" in full


def test_bad_period_gives_a_message(client, news):
    response = client.get(HOME, {"period": "forever"})
    assert response.status_code == 200 and "Unknown period" in response.content.decode()


def test_empty_home(client, db):
    html = client.get(HOME).content.decode()
    assert "No articles yet." in html and "Nobody quoted in this period." in html
