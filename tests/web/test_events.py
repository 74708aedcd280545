"""The events list and the event page."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from articles.views.events import EVENTS_PER_PAGE
from articles.views.timeline import GROUPS_PER_PAGE

LIST = reverse("articles:event_list")


def detail_url(event) -> str:
    return reverse("articles:event_detail", args=[event.slug])


# --- list ---------------------------------------------------------------------------------------


def test_list_shows_counts_place_kind_and_latest_statement(client, make):
    people = [make.person("Ilse Brandt"), make.person("Omar Haddad")]
    event = make.event(
        "Lakeside ministerial", kind="meeting", date=dt.date(2025, 3, 4), people=people
    )
    event.place = "Lakeside"
    event.save()
    for _ in range(3):
        make.event_mention(event=event, article=make.article())
    article = make.article()
    make.statement(article=article, event=event, date=dt.date(2025, 3, 1), sentence="Older.")
    make.statement(article=article, event=event, date=dt.date(2025, 3, 9), sentence="Newest one.")

    html = client.get(LIST).content.decode()

    row = html[html.index("Lakeside ministerial") :]
    row = row[: row.index("</tr>")]
    assert "meeting" in row and "Lakeside" in row and "4 Mar 2025" in row
    assert 'data-label="people">2<' in row
    assert 'data-label="articles">3<' in row
    assert "Newest one." in row and "Older." not in row
    assert f'href="/articles/{article.slug}/#p-0"' in row


def test_list_filters_by_kind_and_text(client, make):
    make.event("Quiet phone call", kind="call")
    make.event("Harbour talks", kind="talks", people=[make.person("Nadia Keller")])

    by_kind = client.get(LIST, {"kind": "call"}).content.decode()
    by_name = client.get(LIST, {"q": "harbour"}).content.decode()
    by_person = client.get(LIST, {"q": "keller"}).content.decode()

    assert "Quiet phone call" in by_kind and "Harbour talks" not in by_kind
    assert "Harbour talks" in by_name and "Quiet phone call" not in by_name
    assert "Harbour talks" in by_person and "Quiet phone call" not in by_person


def test_list_sorts_by_date_or_activity(client, make):
    busy = make.event("Busy event", date=dt.date(2024, 1, 1))
    make.event("Recent event", date=dt.date(2025, 6, 1))
    for _ in range(2):
        make.event_mention(event=busy, article=make.article())

    by_date = client.get(LIST).content.decode()
    by_activity = client.get(LIST, {"sort": "activity"}).content.decode()

    assert by_date.index("Recent event") < by_date.index("Busy event")
    assert by_activity.index("Busy event") < by_activity.index("Recent event")


def test_list_is_paged(client, make):
    for n in range(EVENTS_PER_PAGE + 1):
        make.event(f"Numbered event {n:03d}", date=dt.date(2025, 1, 1) + dt.timedelta(days=n))
    first = client.get(LIST).content.decode()
    second = client.get(LIST, {"page": "2"}).content.decode()
    assert first.count('class="ev-name"') == EVENTS_PER_PAGE
    assert second.count('class="ev-name"') == 1
    assert "Numbered event 000" in second


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"page": "abc"}, "is not a page number"),
        ({"page": "7"}, "There is no page 7"),
        ({"kind": "parade"}, "is not an event kind"),
        ({"sort": "colour"}, "is not a sort order"),
        ({"q": "talks " * 2000}, "search text was too long"),
    ],
)
def test_list_bad_parameters_give_a_message(client, make, params, message):
    make.event("Harbour talks")
    response = client.get(LIST, params)
    assert response.status_code == 200
    assert message in response.content.decode()


def test_list_htmx_request_gets_only_the_results(client, make):
    make.event("Harbour talks")
    response = client.get(
        LIST, {"q": "harb"}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="event-results"
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="event-results"')
    assert "<html" not in html and "Harbour talks" in html


def test_list_form_works_without_javascript(client, db):
    html = client.get(LIST).content.decode()
    assert 'action="/events/"' in html and '<label for="ev-q">' in html
    assert 'hx-trigger="input changed delay:300ms from:find input[type=search], change' in html


# --- detail -------------------------------------------------------------------------------------


def test_unknown_event_is_404(client, db):
    assert client.get(reverse("articles:event_detail", args=["no-such-event"])).status_code == 404


def test_detail_shows_timeline_articles_participants_and_quotes(client, make):
    envoy, minister = make.person("Rosa Lindqvist"), make.person("Kenji Mori")
    event = make.event("Island talks", people=[envoy, minister])
    direct = make.article(title="Talks open on the island")
    mentioning = make.article(title="Ferry strike, and the talks")
    make.event_mention(event=event, article=mentioning, sentence="The talks went on.", paragraph=1)
    make.statement(article=direct, event=event, sentence="Talks opened on Tuesday.")
    make.statement(
        article=mentioning, date=dt.date(2025, 3, 9), sentence="The strike began on Sunday."
    )
    make.statement(article=make.article(), sentence="Unrelated: a bridge opened on Monday.")
    make.quote(article=direct, speaker=envoy, event=event, text="We are close to a deal")
    make.quote(article=direct, speaker=envoy, event=event, text="Rejected words", status="rejected")

    response = client.get(detail_url(event))
    html = response.content.decode()

    assert response.status_code == 200
    assert "Talks opened on Tuesday." in html
    assert "The strike began on Sunday." in html  # from an article that mentions the event
    assert "Unrelated: a bridge opened on Monday." not in html
    assert "Ferry strike, and the talks" in html
    assert f'href="/articles/{mentioning.slug}/#p-1"' in html
    assert "Rosa Lindqvist" in html and "Kenji Mori" in html
    assert "We are close to a deal" in html and "Rejected words" not in html
    for name in ("event_feed", "event_timeline_csv", "event_timeline_json"):
        assert reverse(f"articles:{name}", args=[event.slug]) in html
    assert 'type="application/atom+xml"' in html


def test_detail_timeline_narrows_to_one_participant(client, make):
    envoy, minister = make.person("Rosa Lindqvist"), make.person("Kenji Mori")
    event = make.event("Island talks", people=[envoy, minister])
    article = make.article()
    make.statement(article=article, event=event, sentence="Lindqvist landed.", people=[envoy])
    make.statement(article=article, event=event, sentence="Mori spoke.", people=[minister])
    make.quote(article=article, speaker=minister, event=event, text="Mori's own words")

    response = client.get(
        detail_url(event),
        {"person": envoy.slug},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="event-timeline",
    )
    html = response.content.decode()

    assert html.lstrip().startswith('<section id="event-timeline"')
    assert "Lindqvist landed." in html
    assert "Mori spoke." not in html and "Mori's own words" not in html
    assert f'href="?person={envoy.slug}"' in html and 'aria-current="true"' in html
    full = client.get(detail_url(event), {"person": envoy.slug}).content.decode()
    assert "<html" in full and "Lindqvist landed." in full and "Mori spoke." not in full


def test_detail_unknown_participant_gives_a_message(client, make):
    event = make.event()
    make.statement(article=make.article(), event=event, sentence="Something happened.")
    response = client.get(detail_url(event), {"person": "nobody"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "No person" in html and "Something happened." in html


def test_detail_leads_with_linked_statements_and_folds_the_others(client, make):
    event = make.event("Island talks")
    article = make.article()
    make.event_mention(event=event, article=article)
    make.statement(article=article, event=event, sentence="The talks opened on Tuesday.")
    make.statement(article=article, sentence="A ferry strike began on Tuesday too.")

    html = client.get(detail_url(event)).content.decode()

    linked, _, folded = html.partition('<details class="tl-context"')
    assert "The talks opened on Tuesday." in linked
    assert "A ferry strike began on Tuesday too." in folded
    assert "1 other dated statement in articles that mention this event" in folded


def test_detail_timeline_is_paged_by_date_groups(client, make):
    event = make.event()
    article = make.article()
    for n in range(GROUPS_PER_PAGE + 1):
        make.statement(
            article=article,
            event=event,
            date=dt.date(2025, 1, 1) + dt.timedelta(days=n),
            sentence=f"Step {n} of the talks.",
        )
    first = client.get(detail_url(event)).content.decode()
    second = client.get(
        detail_url(event), {"page": "2"}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="event-timeline"
    ).content.decode()
    bad = client.get(detail_url(event), {"page": "two"})

    assert "Step 0 of the talks." not in first and 'rel="next"' in first
    assert "Step 0 of the talks." in second and "Step 5 of the talks." not in second
    assert bad.status_code == 200 and "is not a page number" in bad.content.decode()
