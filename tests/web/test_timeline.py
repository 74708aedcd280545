"""The timeline page: grouping by day/week/month, filters, paging, htmx regions, bad params."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.views.timeline import GROUPS_PER_PAGE, cluster_statements

URL = reverse("articles:timeline")
HX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "timeline-results"}


def published(day: dt.date):
    return timezone.make_aware(dt.datetime.combine(day, dt.time(12)))


def test_groups_by_day_and_links_each_sentence_to_its_paragraph(client, make):
    outlet = make.outlet("Harbour Gazette")
    article = make.article(title="Ministers meet again", outlet=outlet)
    make.statement(article=article, date=dt.date(2025, 3, 11), sentence="They met on Tuesday.")
    row = make.statement(article=article, date=dt.date(2025, 3, 14), sentence="Talks end Friday.")
    row.paragraph = 3
    row.save()

    html = client.get(URL).content.decode()

    assert html.count('class="tl-group tl-group-day"') == 2
    assert "11 Mar 2025" in html and "14 Mar 2025" in html
    groups = html[html.index('class="tl-group ') :]
    assert groups.index("14 Mar 2025") < groups.index("11 Mar 2025")  # newest first
    assert f'href="/articles/{article.slug}/#p-3"' in html
    assert "Ministers meet again" in html and "Harbour Gazette" in html


def test_week_and_month_zoom_merge_days(client, make):
    article = make.article()
    for day in (dt.date(2025, 3, 10), dt.date(2025, 3, 12), dt.date(2025, 3, 20)):
        make.statement(article=article, date=day, sentence=f"Something on {day}.")

    week = client.get(URL, {"zoom": "week"}).content.decode()
    month = client.get(URL, {"zoom": "month"}).content.decode()

    assert week.count('class="tl-group tl-group-week"') == 2
    assert "Week of 10 Mar 2025" in week and "Week of 17 Mar 2025" in week
    assert month.count('class="tl-group tl-group-month"') == 1
    assert "Mar 2025" in month


def test_month_precision_gets_its_own_group_and_a_marker(client, make):
    article = make.article()
    make.statement(
        article=article, date=dt.date(2025, 3, 1), precision="month", sentence="In March."
    )
    make.statement(article=article, date=dt.date(2025, 3, 1), sentence="On the first.")

    html = client.get(URL).content.decode()

    assert 'class="tl-group tl-group-month"' in html
    assert 'class="tl-group tl-group-day"' in html
    assert "date known only to the month" in html
    assert "month only" in html


def test_future_and_approximate_statements_are_marked(client, make):
    article = make.article()
    future = make.statement(article=article, sentence="The summit will be held on Friday.")
    future.is_future = True
    future.save()
    rough = make.statement(
        article=article, date=dt.date(2025, 2, 2), sentence="Around early February it began."
    )
    rough.is_approximate = True
    rough.save()

    html = client.get(URL).content.decode()

    assert "tl-entry is-future" in html and ">expected<" in html
    assert ">approximate<" in html


def test_same_thing_from_several_outlets_shows_an_outlet_count(client, make):
    event = make.event("Border talks")
    for name in ("Alpha News", "Beta Post", "Gamma Daily"):
        article = make.article(outlet=make.outlet(name))
        make.statement(article=article, event=event, sentence=f"{name}: the talks opened Tuesday.")
    other = make.article(outlet=make.outlet("Delta Wire"))
    make.statement(article=other, sentence="A new ferry route opened to tourists.")

    html = client.get(URL).content.decode()

    assert ">3 outlets<" in html
    assert "2 more reports" in html
    assert "A new ferry route opened to tourists." in html


def test_clustering_joins_similar_sentences_without_an_event(make):
    a1, a2, a3 = make.article(), make.article(), make.article()
    day = dt.date(2025, 5, 16)
    rows = [
        make.statement(
            article=a1, date=day, sentence="Delegations met in Istanbul for direct talks."
        ),
        make.statement(article=a2, date=day, sentence="The delegations met in Istanbul on Friday."),
        make.statement(article=a3, date=day, sentence="Farmers protested grain import quotas."),
    ]
    clusters = cluster_statements(rows)
    assert [len(c.statements) for c in clusters] == [2, 1]
    assert clusters[0].outlet_count == 2


def test_filters_by_person_event_outlet_and_dates(client, make):
    envoy = make.person("Vera Sandoval")
    event = make.event("Harbour summit")
    outlet = make.outlet("Coastal Herald")
    a1 = make.article(outlet=outlet)
    a2 = make.article()
    make.statement(article=a1, sentence="Sandoval flew in on Monday.", people=[envoy])
    make.statement(article=a2, sentence="The summit opened on Wednesday.", event=event)
    make.statement(article=a2, date=dt.date(2024, 1, 5), sentence="An older matter was settled.")

    def sentences(**params):
        html = client.get(URL, params).content.decode()
        return {
            s
            for s in (
                "Sandoval flew in on Monday.",
                "The summit opened on Wednesday.",
                "An older matter was settled.",
            )
            if s in html
        }

    assert sentences(person=envoy.slug) == {"Sandoval flew in on Monday."}
    assert sentences(event=event.slug) == {"The summit opened on Wednesday."}
    assert sentences(outlet=outlet.slug) == {"Sandoval flew in on Monday."}
    assert sentences(to="2024-12-31") == {"An older matter was settled."}
    assert sentences(**{"from": "2025-01-01"}) == {
        "Sandoval flew in on Monday.",
        "The summit opened on Wednesday.",
    }


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"zoom": "year"}, "is not a zoom level"),
        ({"page": "abc"}, "is not a page number"),
        ({"page": "99"}, "There is no page 99"),
        ({"from": "2025-04-01", "to": "2025-03-01"}, "is after the end date"),
        ({"from": "yesterday"}, "is not a date"),
        ({"person": "nobody-here"}, "No person"),
        ({"event": "x" * 10_000}, "No event"),
    ],
)
def test_bad_parameters_give_a_message_not_an_error(client, make, params, message):
    make.statement(article=make.article(), sentence="Something happened on Tuesday.")
    response = client.get(URL, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'role="alert"' in html
    assert "Something happened on Tuesday." in html  # the page still shows the data


def test_pages_hold_a_fixed_number_of_date_groups(client, make):
    article = make.article()
    start = dt.date(2025, 1, 1)
    for n in range(GROUPS_PER_PAGE + 2):
        make.statement(article=article, date=start + dt.timedelta(days=n), sentence=f"Day {n}.")

    first = client.get(URL).content.decode()
    second = client.get(URL, {"page": "2"}).content.decode()

    assert first.count('class="tl-group tl-group-day"') == GROUPS_PER_PAGE
    assert second.count('class="tl-group tl-group-day"') == 2
    assert "Day 0." in second and "Day 0." not in first
    assert 'rel="next"' in first and "page=2" in first


def test_htmx_request_gets_only_the_results_region(client, make):
    make.statement(article=make.article(), sentence="The ministers met on Tuesday.")

    fragment = client.get(URL, {"zoom": "week"}, **HX)
    assert fragment.status_code == 200
    html = fragment.content.decode()
    assert html.lstrip().startswith('<section id="timeline-results"')
    assert "<html" not in html and "The ministers met on Tuesday." in html
    assert 'data-zoom="week"' in html
    assert "HX-Request" in fragment["Vary"]

    restore = client.get(URL, {"zoom": "week"}, HTTP_HX_HISTORY_RESTORE_REQUEST="true", **HX)
    assert "<html" in restore.content.decode()


def test_page_works_without_javascript_and_carries_htmx_attributes(client, make):
    make.statement(article=make.article(), sentence="A statement.")
    html = client.get(URL).content.decode()
    assert 'action="/timeline/"' in html and 'method="get"' in html
    assert 'hx-target="#timeline-results"' in html and 'hx-push-url="true"' in html
    assert 'hx-history="false"' in html  # back/forward reload the real page from the server
    for field in ("tl-person", "tl-event", "tl-outlet", "tl-from", "tl-to"):
        assert f'<label for="{field}">' in html


def test_empty_timeline_says_so(client, db):
    html = client.get(URL).content.decode()
    assert "0 dated statements" in html and "No dated statements" in html


def test_chart_bars_link_to_a_zoomed_in_range(client, make):
    article = make.article()
    make.statement(article=article, date=dt.date(2025, 3, 11), sentence="One.")
    make.statement(article=article, date=dt.date(2025, 3, 26), sentence="Two.")

    html = client.get(URL, {"zoom": "week"}).content.decode()

    assert '<svg viewBox="0 0 720 64"' in html
    assert html.count('<rect class="tl-bar"') == 2 and html.count("tl-bar-empty") == 1
    assert 'href="?from=2025-03-10&amp;to=2025-03-16&amp;zoom=day"' in html


def test_dates_far_past_the_newest_article_wait_behind_a_link(client, make):
    article = make.article(published=published(dt.date(2025, 3, 12)))
    make.statement(article=article, date=dt.date(2025, 3, 11), sentence="Met on Tuesday.")
    far = make.statement(
        article=article, date=dt.date(2038, 1, 1), precision="year", sentence="Coal ends by 2038."
    )
    far.is_future = True
    far.save()

    html = client.get(URL).content.decode()
    assert "Met on Tuesday." in html and "Coal ends by 2038." not in html
    assert "1 statement about dates after 12 Apr 2025" in html
    assert 'href="?from=2025-04-13"' in html

    shown = client.get(URL, {"from": "2025-04-13"}).content.decode()
    assert "Coal ends by 2038." in shown and "Met on Tuesday." not in shown


def test_big_groups_lead_with_the_most_reported_and_fold_the_rest(client, make, settings):
    from articles.views import timeline as timeline_view

    event = make.event()
    day = dt.date(2025, 3, 11)
    topics = ["harbour", "railway", "vaccine", "tariffs", "weather", "museum", "election", "bridge"]
    assert len(topics) == timeline_view.GROUP_LEAD + 2
    for topic in topics:
        make.statement(article=make.article(), date=day, sentence=f"News about the {topic}.")
    for name in ("North", "South"):
        article = make.article(outlet=make.outlet(f"{name} Star"))
        make.statement(article=article, date=day, event=event, sentence=f"{name}: talks opened.")

    html = client.get(URL).content.decode()

    lead, _, folded = html.partition('<details class="tl-context">')
    assert ">2 outlets<" in lead  # the story two outlets reported comes first
    assert "3 more statements on this day" in folded
    assert lead.count('<li class="tl-entry') == timeline_view.GROUP_LEAD


def test_htmx_form_swap_pushes_a_url_without_empty_fields(client, make):
    make.statement(article=make.article(), sentence="A statement.")
    response = client.get(URL + "?zoom=week&person=&event=&from=&to=&outlet=", **HX)
    assert response["HX-Push-Url"] == "/timeline/?zoom=week"
    clean = client.get(URL, {"zoom": "week"}, **HX)
    assert "HX-Push-Url" not in clean


def test_htmx_request_for_another_region_gets_the_full_page(client, make):
    make.statement(article=make.article(), sentence="A statement.")
    html = client.get(URL, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="people").content.decode()
    assert "<html" in html and 'id="timeline-results"' in html
