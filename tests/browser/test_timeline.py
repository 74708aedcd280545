"""The timeline and event pages in real Chromium: zoom, filters and back/forward via htmx."""

from __future__ import annotations

import datetime as dt
import os
import re

import pytest

# Playwright's sync API runs an event loop in this thread; the live server's ORM calls are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.browser

LAUNCH = {
    "executable_path": "/usr/bin/chromium",
    "headless": True,
    "args": [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
    ],
}


@pytest.fixture(scope="module")
def chromium():
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not os.path.exists(LAUNCH["executable_path"]):
        pytest.skip("Chromium is not installed at /usr/bin/chromium")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(**LAUNCH)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def server(django_db_setup, django_db_blocker):
    """A live server over plain HTTP.

    SecurityMiddleware reads SECURE_SSL_REDIRECT once, when the server thread builds its handler,
    so the setting must be off while this server starts (the shared ``live_server`` may have
    started earlier with production settings).
    """
    from django.conf import settings
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        previous = settings.SECURE_SSL_REDIRECT
        settings.SECURE_SSL_REDIRECT = False
        try:
            live = LiveServer("localhost")
        finally:
            settings.SECURE_SSL_REDIRECT = previous
    yield live
    live.stop()


@pytest.fixture
def tab(chromium):
    """A fresh page; the shared ``page`` fixture may not exist yet, so this file has its own."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.set_default_timeout(10_000)
    yield page
    context.close()
    assert not errors, errors


def group_count(page) -> int:
    return page.locator("#timeline-results .tl-group").count()


def test_zoom_regroups_without_reload_and_back_restores(transactional_db, server, make, tab):
    from playwright.sync_api import expect

    article = make.article(title="Talks resume")
    for day in (
        dt.date(2025, 3, 10),
        dt.date(2025, 3, 12),
        dt.date(2025, 3, 20),
        dt.date(2025, 4, 2),
    ):
        make.statement(article=article, date=day, sentence=f"Officials met on {day:%B %-d}.")

    tab.goto(f"{server.url}/timeline/")
    expect(tab.locator("#timeline-results .tl-group")).to_have_count(4)
    tab.evaluate("window.stillTheSamePage = true")

    tab.get_by_text("week", exact=True).click()
    expect(tab).to_have_url(re.compile(r"zoom=week"))
    expect(tab.locator("#timeline-results .tl-group-week")).to_have_count(3)  # 10+12 Mar merge
    expect(tab.locator("#timeline-results")).to_contain_text("Week of 10 Mar 2025")

    tab.get_by_text("month", exact=True).click()
    expect(tab).to_have_url(re.compile(r"zoom=month"))
    expect(tab.locator("#timeline-results .tl-group-month")).to_have_count(2)
    assert tab.evaluate("window.stillTheSamePage") is True  # htmx swapped, no full reload

    tab.go_back()
    expect(tab).to_have_url(re.compile(r"zoom=week"))
    expect(tab.locator("#timeline-results .tl-group-week")).to_have_count(3)
    expect(tab.locator("input[name=zoom][value=week]")).to_be_checked()

    tab.go_back()
    expect(tab).to_have_url(re.compile(r"/timeline/$"))
    expect(tab.locator("#timeline-results .tl-group-day")).to_have_count(4)
    expect(tab.locator("input[name=zoom][value=day]")).to_be_checked()


def test_event_timeline_narrows_to_one_participant(transactional_db, server, make, tab):
    from playwright.sync_api import expect

    envoy, minister = make.person("Rosa Lindqvist"), make.person("Kenji Mori")
    event = make.event("Island talks", people=[envoy, minister])
    article = make.article()
    make.statement(article=article, event=event, sentence="Lindqvist landed.", people=[envoy])
    make.statement(article=article, event=event, sentence="Mori spoke.", people=[minister])

    tab.goto(f"{server.url}/events/{event.slug}/")
    timeline = tab.locator("#event-timeline")
    expect(timeline).to_contain_text("Mori spoke.")
    tab.evaluate("window.stillTheSamePage = true")

    tab.locator(".ev-chips").get_by_role("link", name=re.compile("Rosa Lindqvist")).click()
    expect(tab).to_have_url(re.compile(rf"\?person={envoy.slug}$"))
    expect(timeline).to_contain_text("Lindqvist landed.")
    expect(timeline).not_to_contain_text("Mori spoke.")
    expect(tab.locator("#event-timeline-heading")).to_be_focused()
    assert tab.evaluate("window.stillTheSamePage") is True

    tab.go_back()
    expect(tab.locator("#event-timeline")).to_contain_text("Mori spoke.")
