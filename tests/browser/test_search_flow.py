"""Search in real Chromium: results as you type, URL and back button, failures shown."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def indexed(make):
    from articles.search import search_index_update

    jane = make.person("Jane Doe", role="Secretary of State")
    article = make.article(
        title="Harbour talks resume in Lakeside",
        paragraphs=["Delegations met again.", "The harbour talks resumed on Monday in Lakeside."],
    )
    make.quote(article=article, speaker=jane, text="The harbour deal is close")
    make.article(title="Budget passes", paragraphs=["The budget passed on Tuesday."])
    # The ingest service will call this after storing; here the rows are built directly.
    search_index_update(article)
    return article


def test_search_as_you_type_back_and_errors(page, indexed):
    page.goto(page.base_url + "/search/")
    page.evaluate("window.__stayed = 'search'")
    page.locator("#s-q").press_sequentially("harbour", delay=30)
    page.wait_for_url(re.compile(r"/search/\?q=harbour$"))
    results = page.locator("#results")
    results.locator("h3:text('Articles')").wait_for()
    assert results.locator("mark").first.inner_text().lower() == "harbour"
    assert "Budget passes" not in results.inner_text()
    link = results.locator(".results-articles a").first
    assert link.get_attribute("href").endswith("#p-1")
    assert page.evaluate("window.__stayed") == "search"

    page.locator("#s-q").fill("harbour deal")
    page.wait_for_url(re.compile(r"q=harbour(\+|%20)deal"))
    page.wait_for_function("() => !document.querySelector('.results-articles')")
    assert "The harbour deal is close" in results.inner_text()

    page.go_back()
    page.wait_for_url(re.compile(r"/search/\?q=harbour$"))
    results.locator(".results-articles").wait_for()
    assert page.evaluate("window.__stayed") == "search"

    # A failing request leaves the results in place and says so.
    page.route("**/search/?q=harbo*", lambda route: route.fulfill(status=500, body="boom"))
    page.locator("#s-q").fill("harbo")
    error = page.locator("#request-error")
    error.wait_for(state="visible")
    assert "could not answer (500)" in error.inner_text()
    assert results.locator(".results-articles").count() == 1


def test_people_search_as_you_type_keeps_focus(page, make):
    for name in ("Jane Doe", "John Roe", "Mary Major"):
        make.person(name)
    page.goto(page.base_url + "/people/")
    box = page.locator("#p-q")
    box.press_sequentially("ro", delay=30)
    page.wait_for_function("() => document.querySelectorAll('#people tbody tr').length === 1")
    assert page.locator("#people tbody").inner_text().strip().startswith("John Roe")
    assert page.evaluate("document.activeElement.id") == "p-q"  # typing is not interrupted
    box.press_sequentially("x", delay=30)
    page.locator("#people .empty").wait_for()
