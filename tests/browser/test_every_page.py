"""Every page in real Chromium at desktop and phone width: no CSP violation or script error
(the ``page`` fixture fails on those) and nothing wider than the screen, even with long words."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.browser

LONG_WORD = "Supercalifragilisticexpialidocious" * 3  # no break opportunity at all

# Elements wider than the viewport, outside the wrappers that scroll on purpose.
OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll("body *")]
    .filter(el => el.getBoundingClientRect().right > width + 1)
    .map(el => el.tagName + "." + el.className).slice(0, 5);
}"""


def _world(make):
    outlet = make.outlet(f"Gazette {LONG_WORD}")
    jane = make.person("Jane Doe", role=f"Minister of {LONG_WORD}")
    event = make.event(f"Harbour talks {LONG_WORD}", people=[jane])
    article = None
    for i in range(3):
        article = make.article(
            title=f"Harbour report {i} {LONG_WORD}",
            outlet=outlet,
            paragraphs=[f"Jane Doe spoke about {LONG_WORD}.", f"“Harbour {LONG_WORD},” she said."],
        )
        make.mention(person=jane, article=article)
        make.role(person=jane, article=article, title=f"Minister of {LONG_WORD}")
        make.event_mention(event=event, article=article, sentence=f"They met on {LONG_WORD}.")
        make.quote(
            article=article,
            speaker=jane,
            event=event,
            text=f"Harbour {LONG_WORD} remark {i}",
            said_on=dt.date(2025, 3, 11 + i),
        )
        make.statement(
            article=article,
            event=event,
            people=[jane],
            date=dt.date(2025, 3, 11 + i),
            sentence=f"On March {11 + i} the {LONG_WORD} met.",
        )
    from articles.search import search_index_update

    for stored in type(article).objects.all():
        search_index_update(stored)
    return {"article": article, "person": jane, "event": event}


@pytest.mark.parametrize("width", [1280, 390])
def test_every_page_fits_the_screen_without_console_errors(page, make, width):
    world = _world(make)
    page.set_viewport_size({"width": width, "height": 900})
    paths = [
        "/",
        "/articles/",
        world["article"].get_absolute_url(),
        "/people/",
        world["person"].get_absolute_url(),
        "/events/",
        world["event"].get_absolute_url(),
        "/timeline/",
        "/timeline/?zoom=month",
        "/search/?q=harbour",
        "/people/?page=abc",
    ]
    for path in paths:
        response = page.goto(page.base_url + path)
        assert response.status == 200, path
        assert page.evaluate(OVERFLOW_JS) == [], (path, width)
