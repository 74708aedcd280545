"""Atom feeds: a person's newest quotes, an event's newest dated statements."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import timezone

ATOM = "{http://www.w3.org/2005/Atom}"


def published(day: int):
    return timezone.make_aware(dt.datetime(2025, 3, day, 12))


def parse(response) -> ET.Element:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def test_person_feed_lists_quotes_newest_first(client, make):
    speaker = make.person("Ines Duarte")
    old = make.article(title="Older piece", published=published(1))
    new = make.article(title="Newer piece", published=published(9))
    make.quote(article=old, speaker=speaker, text="First words")
    make.quote(article=new, speaker=speaker, text="Latest words", paragraph=4)
    make.quote(article=new, speaker=speaker, text="Struck out", status="rejected")
    make.quote(article=new, speaker=make.person(), text="Someone else")

    feed = parse(client.get(reverse("articles:person_feed", args=[speaker.slug])))

    assert feed.find(f"{ATOM}title").text == "Quotes by Ines Duarte · Newsroom"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == ["“Latest words”", "“First words”"]
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link.endswith(f"/articles/{new.slug}/#p-4")
    ids = [e.find(f"{ATOM}id").text for e in entries]
    assert len(set(ids)) == 2


def test_feed_escapes_titles_and_text(client, make):
    speaker = make.person("Ana & <Bob> O'Neil")
    article = make.article(title="Tariffs & <b>trade</b>")
    make.quote(article=article, speaker=speaker, text='Prices < costs & "margins"')

    response = client.get(reverse("articles:person_feed", args=[speaker.slug]))
    feed = parse(response)  # parses: nothing broke the XML

    assert feed.find(f"{ATOM}title").text == "Quotes by Ana & <Bob> O'Neil · Newsroom"
    entry = feed.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == '“Prices < costs & "margins"”'
    summary = entry.find(f"{ATOM}summary").text  # HTML, as type="html" says
    assert "<p>Prices &lt; costs &amp; &quot;margins&quot;</p>" in summary
    assert "Tariffs &amp; &lt;b&gt;trade&lt;/b&gt;" in summary  # shown, never run as markup
    assert b"<b>trade" not in response.content


def test_event_feed_lists_dated_statements(client, make):
    event = make.event("Canal talks")
    old = make.article(published=published(2))
    new = make.article(published=published(8))
    make.statement(article=old, event=event, date=dt.date(2025, 3, 1), sentence="They met.")
    make.statement(article=new, event=event, date=dt.date(2025, 3, 7), sentence="They met again.")
    make.statement(article=new, sentence="Unrelated date.")

    feed = parse(client.get(reverse("articles:event_feed", args=[event.slug])))

    assert feed.find(f"{ATOM}title").text == "Canal talks: dated statements · Newsroom"
    titles = [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")]
    assert titles == ["7 Mar 2025: They met again.", "1 Mar 2025: They met."]


@pytest.mark.parametrize("name", ["person_feed", "event_feed"])
def test_unknown_slug_is_404(client, db, name):
    assert client.get(reverse(f"articles:{name}", args=["missing"])).status_code == 404
