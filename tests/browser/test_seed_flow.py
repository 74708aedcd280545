"""The issue's own flow on the founding article: paste it in the admin, find Marco Rubio,
filter his quotes by event, go back, open a quote's source paragraph."""

from __future__ import annotations

import re

import pytest

from tests.browser.test_people_flow import PASSWORD
from tests.conftest import SEED_TEXT, needs_shared

pytestmark = [pytest.mark.browser, pytest.mark.shared, needs_shared]


def test_paste_the_seed_then_follow_rubio(page, django_user_model):
    from articles.models import Person

    django_user_model.objects.create_user(
        username="editor", password=PASSWORD, is_staff=True, is_superuser=True
    )
    page.goto(page.base_url + "/admin/login/?next=/admin/articles/article/add/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.fill("textarea[name=raw_text]", SEED_TEXT.read_text(encoding="utf-8"))
    page.click("input[name=_save]")
    page.wait_for_url(re.compile(r"/admin/articles/article/\d+/change/"))
    assert "Stored" in page.locator(".messagelist").inner_text()

    rubio = Person.objects.get(name="Marco Rubio")
    events = list(rubio.quotes.exclude(event=None).values_list("event__slug", flat=True).distinct())
    assert len(events) >= 2, "his quotes belong to more than one event"
    total = rubio.quotes.exclude(status="rejected").count()

    page.goto(page.base_url + "/people/")
    page.locator("#p-q").press_sequentially("rubio", delay=40)
    page.wait_for_function("() => document.querySelectorAll('#people tbody tr').length === 1")
    page.click("#people tbody a:text('Marco Rubio')")
    page.wait_for_url(re.compile(rf"/people/{rubio.slug}/$"))
    page.evaluate("window.__stayed = true")
    assert page.locator("#quotes .quote-item").count() == total

    page.select_option("#f-event", events[0])
    page.wait_for_url(re.compile(rf"event={events[0]}"))
    page.wait_for_function(
        f"() => document.querySelectorAll('#quotes .quote-item').length < {total}"
    )
    assert page.evaluate("window.__stayed") is True  # swapped, not reloaded

    page.go_back()
    page.wait_for_url(re.compile(rf"/people/{rubio.slug}/$"))
    page.wait_for_function(
        f"() => document.querySelectorAll('#quotes .quote-item').length === {total}"
    )

    link = page.locator("#quotes .source a").first
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_url(re.compile(rf"#{anchor}$"))
    target_text = page.locator(f"#{anchor}").inner_text()
    assert "Rubio" in target_text or "he said" in target_text
