"""The person page: roles over time, the filterable quote stream, load more, chart, co-mentions."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.views.people import QUOTES_PER_PAGE, quote_chart

HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture(autouse=True)
def _plain_http(settings):
    settings.SECURE_SSL_REDIRECT = False  # the test client speaks http


def url(person) -> str:
    return reverse("articles:person_detail", args=[person.slug])


def published(day: int, month: int = 3):
    return timezone.make_aware(dt.datetime(2025, month, day, 12, 0))


@pytest.fixture
def doe(make):
    """Jane Doe quoted in two outlets about two events, with roles and people around her."""
    jane = make.person("Jane Doe", role="Secretary of State")
    harbour, summit = make.event("Harbour talks"), make.event("Lakeside summit")
    gazette, herald = make.outlet("Valley Gazette"), make.outlet("Harbour Herald")
    first = make.article(title="Doe flies to the harbour", outlet=gazette, published=published(3))
    second = make.article(title="Doe at the lakeside", outlet=herald, published=published(20))
    make.quote(article=first, speaker=jane, text="The harbour deal is close", event=harbour)
    make.quote(article=first, speaker=jane, text="We are patient", kind="indirect", event=harbour)
    make.quote(article=second, speaker=jane, text="The summit will decide", event=summit)
    make.quote(article=second, speaker=jane, text="Rejected words", status="rejected")
    make.role(person=jane, article=first, title="Secretary of State")
    make.role(person=jane, article=second, title="Secretary of State")
    make.role(person=jane, article=first, title="Former governor")
    colleague = make.person("Omar Haddad")
    for article in (first, second):
        make.mention(person=jane, article=article)
        make.mention(person=colleague, article=article)
    return {"jane": jane, "harbour": harbour, "gazette": gazette, "first": first}


def test_page_shows_roles_stream_links_and_exports(client, doe):
    html = client.get(url(doe["jane"])).content.decode()

    assert "<h1>Jane Doe</h1>" in html
    assert "3 quotes" in html and "Rejected words" not in html
    # Newest first: the lakeside quote (20 Mar) comes before the harbour ones (3 Mar).
    assert html.index("The summit will decide") < html.index("The harbour deal is close")
    assert "stated 2 times, 3 Mar 2025 – 20 Mar 2025" in html
    assert "Former governor" in html
    assert f"/articles/{doe['first'].slug}/#p-1" in html
    assert "Omar Haddad" in html and "2 articles" in html
    for name in ("person_feed", "person_quotes_csv", "person_quotes_json"):
        assert reverse(f"articles:{name}", args=[doe["jane"].slug]) in html
    assert "<svg" in html and "Quotes per week" in html


@pytest.mark.parametrize(
    ("params", "present", "absent"),
    [
        ({"event": "HARBOUR"}, ["harbour deal", "We are patient"], ["summit will decide"]),
        ({"outlet": "valley-gazette"}, ["harbour deal"], ["summit will decide"]),
        ({"kind": "indirect"}, ["We are patient"], ["harbour deal", "summit will decide"]),
        ({"from": "2025-03-10"}, ["summit will decide"], ["harbour deal"]),
        ({"to": "2025-03-10"}, ["harbour deal"], ["summit will decide"]),
        ({"q": "HARBOUR deal"}, ["harbour deal"], ["We are patient", "summit will decide"]),
        ({"event": "HARBOUR", "kind": "direct"}, ["harbour deal"], ["We are patient"]),
    ],
)
def test_filters_combine(client, doe, params, present, absent):
    if params.get("event") == "HARBOUR":
        params = {**params, "event": doe["harbour"].slug}
    html = client.get(url(doe["jane"]), params).content.decode()
    stream = html[html.index('id="quotes"') :]
    for text in present:
        assert text in stream
    for text in absent:
        assert text not in stream


def test_filters_reflected_in_form_and_exports(client, doe):
    html = client.get(url(doe["jane"]), {"kind": "direct", "from": "2025-03-01"}).content.decode()
    assert '<option value="direct" selected>' in html
    assert 'name="from" value="2025-03-01"' in html
    assert "quotes.csv?kind=direct&amp;from=2025-03-01" in html


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"from": "2025-04-01", "to": "2025-03-01"}, "is after the end date"),
        ({"from": "yesterday"}, "is not a date"),
        ({"kind": "shouted"}, "Unknown quote kind"),
        ({"page": "abc"}, None),
        ({"page": "99999"}, None),
        ({"q": "x" * 10_000}, None),
    ],
)
def test_bad_parameters_give_a_message_not_an_error(client, doe, params, message):
    response = client.get(url(doe["jane"]), params)
    assert response.status_code == 200
    if message:
        assert message in response.content.decode()


def test_backwards_range_is_ignored_not_applied(client, doe):
    html = client.get(url(doe["jane"]), {"from": "2025-04-01", "to": "2025-03-01"}).content.decode()
    assert "3 quotes" in html


def test_unknown_person_is_404(client, db):
    assert client.get(reverse("articles:person_detail", args=["nobody"])).status_code == 404


def test_htmx_filter_returns_only_the_quotes_region(client, doe):
    response = client.get(url(doe["jane"]), {"kind": "indirect"}, **HX, HTTP_HX_TARGET="quotes")
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="quotes"')
    assert "<html" not in html and "Roles over time" not in html
    assert "We are patient" in html and "1 quote" in html
    assert "HX-Request" in response["Vary"]


def test_history_restore_gets_the_full_page(client, doe):
    response = client.get(
        url(doe["jane"]),
        {"kind": "indirect"},
        **HX,
        HTTP_HX_TARGET="quotes",
        HTTP_HX_HISTORY_RESTORE_REQUEST="true",
    )
    html = response.content.decode()
    assert "<html" in html and "Roles over time" in html and "We are patient" in html


def test_load_more_appends_the_next_page_with_filters(client, make):
    jane = make.person("Jane Doe")
    article = make.article()
    for n in range(QUOTES_PER_PAGE + 5):
        make.quote(article=article, speaker=jane, text=f"Numbered remark {n:02d}", paragraph=n)

    first = client.get(url(jane), {"q": "remark"}).content.decode()
    assert first.count('class="quote-item"') == QUOTES_PER_PAGE
    assert f'hx-get="{url(jane)}?q=remark&amp;page=2"' in first and 'hx-push-url="false"' in first

    more = client.get(
        url(jane), {"q": "remark", "page": "2"}, **HX, HTTP_HX_TARGET="load-more"
    ).content.decode()
    assert more.count('class="quote-item"') == 5
    assert "<ol" not in more and "<html" not in more and 'id="load-more"' not in more
    assert "Numbered remark 24" in more  # paragraph order within the article
    # Without JavaScript the same link is a full page with a way back.
    full = client.get(url(jane), {"q": "remark", "page": "2"}).content.decode()
    assert "<html" in full and "Newer quotes" in full


def test_chart_buckets_weeks_then_months():
    weekly = quote_chart([dt.date(2025, 3, 3), dt.date(2025, 3, 4), dt.date(2025, 3, 19)])
    assert weekly["unit"] == "week"
    assert [b["count"] for b in weekly["bars"]] == [2, 0, 1]
    assert weekly["bars"][0]["start"] == dt.date(2025, 3, 3)  # Monday
    monthly = quote_chart([dt.date(2024, 1, 5), dt.date(2025, 3, 9)])
    assert monthly["unit"] == "month" and len(monthly["bars"]) == 15
    assert quote_chart([]) is None


def test_quote_text_is_escaped(client, make):
    jane = make.person("Jane Doe")
    make.quote(speaker=jane, text="<script>alert(1)</script> & more")
    html = client.get(url(jane)).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
