"""The admin paste flow and curation actions, through the real admin views."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, Person, Quote

PASTE = """Minister Promises Answer on Truce

By The Daily Sample | Created at 2025-03-12 10:00:00

Foreign Minister Jane Doe said on March 12 that her government would answer within days.

“We will give our answer this week,” Doe said.
"""

ADD_URL = reverse("admin:articles_article_add")


@pytest.mark.django_db
def test_paste_form_stores_and_redirects_to_the_article_with_its_quotes(staff_client):
    response = staff_client.post(ADD_URL, {"raw_text": PASTE})
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:articles_article_change", args=[article.pk])
    page = staff_client.get(response["Location"])
    assert page.status_code == 200
    assert "We will give our answer this week" in page.content.decode()


@pytest.mark.django_db
def test_overrides_win_over_the_paste(staff_client):
    staff_client.post(
        ADD_URL,
        {"raw_text": PASTE, "outlet": "Override Wire", "published_at": "2025-03-01 08:00"},
    )
    article = Article.objects.get()
    assert article.outlet.name == "Override Wire"
    assert article.published_at.date().isoformat() == "2025-03-01"


@pytest.mark.django_db
def test_a_duplicate_paste_shows_an_error_with_a_link_to_the_stored_article(staff_client):
    staff_client.post(ADD_URL, {"raw_text": PASTE})
    response = staff_client.post(ADD_URL, {"raw_text": PASTE.replace("\n", "\r\n")})
    article = Article.objects.get()
    assert response.status_code == 200
    body = response.content.decode()
    assert "already stored" in body
    assert reverse("admin:articles_article_change", args=[article.pk]) in body


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["", "   \n  "])
def test_an_empty_paste_shows_a_clear_error(staff_client, text):
    response = staff_client.post(ADD_URL, {"raw_text": text})
    assert response.status_code == 200
    assert "The paste is empty." in response.content.decode()
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_a_huge_paste_is_refused_with_the_limit_stated(staff_client, settings):
    settings.NEWSROOM_MAX_PASTE_BYTES = 10_000
    response = staff_client.post(ADD_URL, {"raw_text": "Title\n\n" + "x" * 20_000})
    assert "the limit is" in response.content.decode()
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_only_staff_can_paste(client, django_user_model):
    user = django_user_model.objects.create_user(username="reader", password="pw-reader-123")
    client.force_login(user)
    response = client.post(ADD_URL, {"raw_text": PASTE})
    assert response.status_code == 302  # to the admin login
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_paste_needs_a_csrf_token(staff_user):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(staff_user)
    response = client.post(ADD_URL, {"raw_text": PASTE})
    assert response.status_code == 403
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_reject_and_confirm_actions(staff_client, make):
    q1, q2 = make.quote(), make.quote()
    url = reverse("admin:articles_quote_changelist")
    staff_client.post(url, {"action": "reject", "_selected_action": [q1.pk]})
    staff_client.post(url, {"action": "confirm", "_selected_action": [q2.pk]})
    assert Quote.objects.get(pk=q1.pk).status == "rejected"
    assert Quote.objects.get(pk=q2.pk).status == "confirmed"


@pytest.mark.django_db
def test_changing_a_speaker_in_the_admin_locks_it(staff_client, make):
    doe, roe = make.person("Jane Doe"), make.person("Tom Roe")
    quote = make.quote(speaker=roe)
    url = reverse("admin:articles_quote_change", args=[quote.pk])
    response = staff_client.post(
        url,
        {
            "speaker": doe.pk,
            "text": quote.text,
            "kind": "direct",
            "status": "auto",
            "speaker_description": "",
            "event": "",
            "said_on": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    quote.refresh_from_db()
    assert quote.speaker == doe and quote.speaker_locked


@pytest.mark.django_db
def test_merge_people_action_asks_for_the_one_to_keep_then_merges(staff_client, make):
    a, b = make.person("Volodymyr Zelenskyy"), make.person("Volodymyr Zelensky")
    make.quote(speaker=b)
    url = reverse("admin:articles_person_changelist")
    page = staff_client.post(url, {"action": "merge_people", "_selected_action": [a.pk, b.pk]})
    assert "Keep this person" in page.content.decode()
    staff_client.post(
        url,
        {"action": "merge_people", "_selected_action": [a.pk, b.pk], "apply": "1", "target": a.pk},
    )
    assert list(Person.objects.values_list("name", flat=True)) == ["Volodymyr Zelenskyy"]
    assert a.quotes.count() == 1
    assert a.aliases.filter(name="Volodymyr Zelensky").exists()


@pytest.mark.django_db
def test_reextract_action_reports_what_it_kept(staff_client):
    staff_client.post(ADD_URL, {"raw_text": PASTE})
    article = Article.objects.get()
    quote = article.quotes.first()
    quote.status = "confirmed"
    quote.save()
    response = staff_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "reextract", "_selected_action": [article.pk]},
        follow=True,
    )
    assert "curated quotes kept" in response.content.decode()
    assert Quote.objects.get(pk=quote.pk).status == "confirmed"


@pytest.mark.django_db
def test_merge_events_action_keeps_the_chosen_event(staff_client, make):
    keep, other = make.event("Capital talks"), make.event("Talks in the capital")
    article = make.article()
    make.event_mention(event=other, article=article)
    url = reverse("admin:articles_event_changelist")
    staff_client.post(
        url,
        {
            "action": "merge_events",
            "_selected_action": [keep.pk, other.pk],
            "apply": "1",
            "target": keep.pk,
        },
    )
    from articles.models import Event

    assert list(Event.objects.values_list("name", flat=True)) == ["Capital talks"]
    assert keep.mentions.get().article == article


@pytest.mark.django_db
def test_merging_needs_two_selected(staff_client, make):
    person = make.person()
    response = staff_client.post(
        reverse("admin:articles_person_changelist"),
        {"action": "merge_people", "_selected_action": [person.pk]},
        follow=True,
    )
    assert "Select at least two people to merge." in response.content.decode()


@pytest.mark.django_db
def test_split_event_moves_chosen_articles_to_a_new_event(staff_client, make):
    event = make.event("Talks")
    a1, a2 = make.article(), make.article()
    make.event_mention(event=event, article=a1)
    make.event_mention(event=event, article=a2)
    url = reverse("admin:articles_event_split", args=[event.pk])
    assert staff_client.get(url).status_code == 200
    response = staff_client.post(url, {"name": "Second round", "articles": [a2.pk]})
    assert response.status_code == 302
    from articles.models import Event

    new = Event.objects.get(name="Second round")
    assert list(new.mentions.values_list("article", flat=True)) == [a2.pk]


@pytest.mark.django_db
def test_event_change_page_links_to_split(staff_client, make):
    event = make.event("Talks")
    page = staff_client.get(reverse("admin:articles_event_change", args=[event.pk]))
    assert reverse("admin:articles_event_split", args=[event.pk]) in page.content.decode()
