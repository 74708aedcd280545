"""The timeline and event pages in real Chromium (``page`` from tests/browser/conftest.py)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

pytestmark = pytest.mark.browser


def test_zoom_regroups_without_reload_and_back_restores(page, make):
    from playwright.sync_api import expect

    article = make.article(title="Talks resume")
    for day in (
        dt.date(2025, 3, 10),
        dt.date(2025, 3, 12),
        dt.date(2025, 3, 20),
        dt.date(2025, 4, 2),
    ):
        make.statement(article=article, date=day, sentence=f"Officials met on {day:%B %-d}.")

    page.goto(f"{page.base_url}/timeline/")
    expect(page.locator("#timeline-results .tl-group")).to_have_count(4)
    page.evaluate("window.stillTheSamePage = true")

    page.get_by_text("week", exact=True).click()
    expect(page).to_have_url(re.compile(r"/timeline/\?zoom=week$"))  # no empty fields
    expect(page.locator("#timeline-results .tl-group-week")).to_have_count(3)  # 10+12 Mar merge
    expect(page.locator("#timeline-results")).to_contain_text("Week of 10 Mar 2025")

    page.get_by_text("month", exact=True).click()
    expect(page).to_have_url(re.compile(r"zoom=month"))
    expect(page.locator("#timeline-results .tl-group-month")).to_have_count(2)
    assert page.evaluate("window.stillTheSamePage") is True  # htmx swapped, no full reload

    page.go_back()
    expect(page).to_have_url(re.compile(r"zoom=week"))
    expect(page.locator("#timeline-results .tl-group-week")).to_have_count(3)
    expect(page.locator("input[name=zoom][value=week]")).to_be_checked()

    page.go_back()
    expect(page).to_have_url(re.compile(r"/timeline/$"))
    expect(page.locator("#timeline-results .tl-group-day")).to_have_count(4)
    expect(page.locator("input[name=zoom][value=day]")).to_be_checked()


def test_event_timeline_narrows_to_one_participant(page, make):
    from playwright.sync_api import expect

    envoy, minister = make.person("Rosa Lindqvist"), make.person("Kenji Mori")
    event = make.event("Island talks", people=[envoy, minister])
    article = make.article()
    make.statement(article=article, event=event, sentence="Lindqvist landed.", people=[envoy])
    make.statement(article=article, event=event, sentence="Mori spoke.", people=[minister])

    page.goto(f"{page.base_url}/events/{event.slug}/")
    timeline = page.locator("#event-timeline")
    expect(timeline).to_contain_text("Mori spoke.")
    page.evaluate("window.stillTheSamePage = true")

    page.locator(".ev-chips").get_by_role("link", name=re.compile("Rosa Lindqvist")).click()
    expect(page).to_have_url(re.compile(rf"\?person={envoy.slug}$"))
    expect(timeline).to_contain_text("Lindqvist landed.")
    expect(timeline).not_to_contain_text("Mori spoke.")
    expect(page.locator("#event-timeline-heading")).to_be_focused()
    assert page.evaluate("window.stillTheSamePage") is True

    page.go_back()
    expect(page.locator("#event-timeline")).to_contain_text("Mori spoke.")
