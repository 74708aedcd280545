"""The people directory: search as you type (names and aliases), sort, role and outlet filters."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import PersonAlias
from articles.views.people import PEOPLE_PER_PAGE

LIST = reverse("articles:person_list")
HX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "people"}


@pytest.fixture(autouse=True)
def _plain_http(settings):
    settings.SECURE_SSL_REDIRECT = False  # the test client speaks http


def names_in(html: str) -> list[str]:
    """Person names in table order."""
    body = html[html.index("<tbody>") : html.index("</tbody>")] if "<tbody>" in html else ""
    return [
        part.split("</a>")[0].split(">")[-1] for part in body.split('<td><a href="/people/')[1:]
    ]


@pytest.fixture
def people(make):
    gazette = make.outlet("Valley Gazette")
    old = make.article(outlet=gazette, published=timezone.make_aware(dt.datetime(2025, 1, 5)))
    new = make.article(published=timezone.make_aware(dt.datetime(2025, 3, 5)))
    quoted = make.person("Ada Quoteworthy", role="Secretary of State")
    named = make.person("Bert Mentioned", role="Governor of the Valley")
    quiet = make.person("Cleo Quiet")
    for _ in range(3):
        make.quote(article=new, speaker=quoted)
    make.quote(article=new, speaker=named)
    for _ in range(4):
        make.mention(person=named, article=old)
    make.mention(person=quoted, article=new)
    make.mention(person=quiet, article=new)
    PersonAlias.objects.create(person=quiet, name="Cleopatra Q.", name_key="cleopatra q")
    return {"quoted": quoted, "named": named, "quiet": quiet}


@pytest.mark.parametrize(
    ("sort", "order"),
    [
        ("quotes", ["Ada Quoteworthy", "Bert Mentioned", "Cleo Quiet"]),
        ("mentions", ["Bert Mentioned", "Ada Quoteworthy", "Cleo Quiet"]),
        ("name", ["Ada Quoteworthy", "Bert Mentioned", "Cleo Quiet"]),
        ("recent", ["Ada Quoteworthy", "Cleo Quiet", "Bert Mentioned"]),
    ],
)
def test_sorts(client, people, sort, order):
    assert names_in(client.get(LIST, {"sort": sort}).content.decode()) == order


def test_counts_shown(client, people):
    html = client.get(LIST).content.decode()
    row = html[html.index("Bert Mentioned") :]
    row = row[: row.index("</tr>")]
    assert '<td class="num">1</td>' in row and '<td class="num">4</td>' in row
    assert "5 Jan 2025" in row


def test_search_matches_name_and_alias_case_insensitively(client, people):
    assert names_in(client.get(LIST, {"q": "QUOTE"}).content.decode()) == ["Ada Quoteworthy"]
    assert names_in(client.get(LIST, {"q": "cleopatra"}).content.decode()) == ["Cleo Quiet"]


def test_role_and_outlet_filters(client, people):
    assert names_in(client.get(LIST, {"role": "secretary"}).content.decode()) == ["Ada Quoteworthy"]
    by_outlet = client.get(LIST, {"outlet": "valley-gazette"}).content.decode()
    assert names_in(by_outlet) == ["Bert Mentioned"]


def test_htmx_search_returns_only_the_region(client, people):
    html = client.get(LIST, {"q": "bert"}, **HX).content.decode()
    assert html.lstrip().startswith('<section id="people"')
    assert "<html" not in html and 'id="people-filters"' not in html
    assert names_in(html) == ["Bert Mentioned"]


def test_history_restore_gets_the_full_page(client, people):
    html = client.get(
        LIST, {"q": "bert"}, **HX, HTTP_HX_HISTORY_RESTORE_REQUEST="true"
    ).content.decode()
    assert "<html" in html and 'value="bert"' in html


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"sort": "shoe-size"}, "Unknown sort order"),
        ({"outlet": "no-such-outlet"}, "Unknown outlet"),
        ({"page": "abc"}, None),
        ({"page": "-3"}, None),
        ({"q": "%" * 10_000}, None),
        ({"q": "<b>"}, None),
    ],
)
def test_bad_parameters_are_handled(client, people, params, message):
    response = client.get(LIST, params)
    assert response.status_code == 200
    html = response.content.decode()
    if message:
        assert message in html
    assert "<b>" not in html.split('id="people"')[1]


def test_paging_keeps_the_filters(client, make):
    for n in range(PEOPLE_PER_PAGE + 2):
        make.person(f"Pat Sample{n:03d}")
    first = client.get(LIST, {"q": "pat", "sort": "name"}).content.decode()
    assert len(names_in(first)) == PEOPLE_PER_PAGE
    assert "?q=pat&amp;sort=name&amp;page=2" in first
    second = client.get(LIST, {"q": "pat", "sort": "name", "page": 2}).content.decode()
    assert names_in(second) == ["Pat Sample050", "Pat Sample051"]


def test_filter_swap_pushes_the_url_without_empty_fields(client, make):
    make.person("Pat Sample")
    response = client.get(
        LIST,
        {"q": "pat", "role": "", "outlet": "", "sort": "quotes"},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="people",
    )
    assert response["HX-Push-Url"] == f"{LIST}?q=pat&sort=quotes"
    assert "<html" not in response.content.decode()


def test_pager_links_keep_filters_and_drop_empty_fields(client, make):
    for i in range(PEOPLE_PER_PAGE + 1):
        make.person(f"Pat Sample{i:03d}")
    second = client.get(LIST, {"q": "pat", "role": "", "sort": "name", "page": "2"}).content
    html = second.decode()
    assert f'rel="prev" href="{LIST}?q=pat&amp;sort=name"' in html
    assert 'rel="next"' not in html and "Page 2 of 2" in html
