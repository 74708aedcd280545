"""Paste an article in the admin, then find the speaker and work through their quote page."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import timezone

pytestmark = pytest.mark.browser

# Written for this test: a titled person quoted several times, two events.
ARTICLE = """Doe Says Harbour Talks Are Close to a Deal

Officials expect an agreement within weeks.

By Pat Writer
Valley Gazette
March 12, 2025

Secretary of State Jane Doe said on Tuesday that the harbour talks in Lakeside were close to a \
deal, after two days of meetings with delegations from both sides.

"We are closer than we have ever been," Doe said after the harbour talks on Tuesday.

"The next round will decide everything," Doe told reporters in Lakeside.

Doe will travel to Riverton for a summit with Prime Minister Tom Rowe on March 20.

"Nobody should expect miracles at the Riverton summit," Doe said.

"We will listen to every partner at the summit," Doe added.
"""
PASSWORD = "correct-horse-battery"
EXTRA_QUOTES = 25


def paste_article(page, django_user_model) -> None:
    django_user_model.objects.create_user(
        username="editor", password=PASSWORD, is_staff=True, is_superuser=True
    )
    page.goto(page.base_url + "/admin/login/?next=/admin/articles/article/add/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.fill("textarea[name=raw_text]", ARTICLE)
    page.click("input[name=_save]")
    page.wait_for_load_state()


def later_quotes(person, make) -> None:
    """A second, larger article built with the factory: enough quotes to need "load more"."""
    event = make.event("Riverton summit", kind="summit", date=dt.date(2025, 3, 20))
    article = make.article(
        title="Doe in Riverton",
        published=timezone.make_aware(dt.datetime(2025, 3, 21, 9, 0)),
        paragraphs=[f"Paragraph {n} of the summit story." for n in range(EXTRA_QUOTES)],
    )
    for n in range(EXTRA_QUOTES):
        make.quote(
            article=article,
            speaker=person,
            event=event,
            text=f"Summit remark number {n}",
            paragraph=n,
        )


def quote_count(page) -> int:
    return page.locator("#quotes .quote-item").count()


def test_person_quote_page_flow(page, make, django_user_model):
    from articles.models import Person

    paste_article(page, django_user_model)

    # What extraction must give for this text: the titled person, the role, four direct quotes.
    jane = Person.objects.get(name="Jane Doe")
    assert jane.current_role == "Secretary of State"
    pasted = jane.quotes.filter(kind="direct").count()
    assert pasted >= 4
    talks = jane.quotes.exclude(event=None).values_list("event__slug", flat=True).first()
    assert talks, "extraction should tie the quotes to the harbour talks"
    later_quotes(jane, make)
    total = jane.quotes.exclude(status="rejected").count()

    # People directory: search as you type narrows the table without a reload.
    page.goto(page.base_url + "/people/")
    page.evaluate("window.__stayed = 'people'")
    assert page.locator("#people tbody tr").count() >= 2
    page.locator("#p-q").press_sequentially("doe", delay=40)
    page.wait_for_url(re.compile(r"/people/\?q=doe"))
    page.wait_for_function("() => document.querySelectorAll('#people tbody tr').length === 1")
    assert page.evaluate("window.__stayed") == "people"
    page.click("#people tbody a:text('Jane Doe')")
    page.wait_for_url(re.compile(rf"/people/{jane.slug}/$"))

    # Person page: roles, first page of quotes, load more appends without pushing a URL.
    page.evaluate("window.__stayed = 'person'")
    assert "Secretary of State" in page.locator(".roles").inner_text()
    assert quote_count(page) == 20
    page.click("#load-more a")
    page.wait_for_function(
        f"() => document.querySelectorAll('#quotes .quote-item').length === {total}"
    )
    assert page.locator("#load-more").count() == 0
    assert page.url.endswith(f"/people/{jane.slug}/")
    assert page.evaluate("window.__stayed") == "person"

    # Filter by event: the region changes, the URL records it, the page is not reloaded.
    page.select_option("#f-event", talks)
    page.wait_for_url(re.compile(rf"event={talks}"))
    page.wait_for_function(
        f"() => document.querySelectorAll('#quotes .quote-item').length < {total}"
    )
    filtered = quote_count(page)
    assert 0 < filtered < total
    assert "Summit remark" not in page.locator("#quotes").inner_text()
    assert page.evaluate("window.__stayed") == "person"

    # Back: the earlier list (all quotes, as far as we had loaded) comes back, still no reload.
    page.go_back()
    page.wait_for_url(re.compile(rf"/people/{jane.slug}/$"))
    page.wait_for_function(
        f"() => document.querySelectorAll('#quotes .quote-item').length === {total}"
    )
    assert page.evaluate("window.__stayed") == "person"

    # Forward and reload restore the filtered state from the URL alone.
    page.go_forward()
    page.wait_for_url(re.compile(rf"event={talks}"))
    page.reload()
    assert quote_count(page) == filtered
    assert page.locator("#f-event").input_value() == talks

    # A quote's source link opens the article at that paragraph.
    link = page.locator("#quotes .source a").first
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_url(re.compile(rf"#{anchor}$"))
    assert page.evaluate("document.querySelector(':target').id") == anchor
    assert page.locator(f"#{anchor} .q").count() >= 1
