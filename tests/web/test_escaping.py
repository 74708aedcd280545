"""Article text is data, never markup: markup in every stored field comes out escaped everywhere."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse

from articles.search import search_index_update

PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'
RAW_MARKERS = ("<script>alert", "<img src=x")


def test_markup_in_every_field_is_escaped_on_every_page(client, make):
    outlet = make.outlet(f"Gazette {PAYLOAD}")
    article = make.article(
        title=f"Harbour {PAYLOAD}",
        outlet=outlet,
        paragraphs=[f"Jane Doe spoke. {PAYLOAD}", f"“Harbour {PAYLOAD} remark,” she said."],
        dek=f"Dek {PAYLOAD}",
        byline=f"By {PAYLOAD}",
        url="javascript:alert(1)",
    )
    jane = make.person(f"Jane Doe {PAYLOAD}", role=f"Minister {PAYLOAD}")
    event = make.event(f"Harbour talks {PAYLOAD}", people=[jane])
    make.mention(person=jane, article=article)
    make.role(person=jane, article=article, title=f"Minister {PAYLOAD}")
    make.event_mention(event=event, article=article, sentence=f"They met. {PAYLOAD}")
    make.quote(
        article=article,
        speaker=jane,
        event=event,
        text=f"Harbour {PAYLOAD} remark",
        said_on=dt.date(2025, 3, 11),
    )
    make.statement(article=article, event=event, people=[jane], sentence=f"On March 11 {PAYLOAD}.")
    search_index_update(article)

    pages = [
        reverse("articles:home"),
        reverse("articles:article_list"),
        reverse("articles:article_detail", args=[article.slug]),
        reverse("articles:person_list"),
        reverse("articles:person_detail", args=[jane.slug]),
        reverse("articles:person_feed", args=[jane.slug]),
        reverse("articles:event_list"),
        reverse("articles:event_detail", args=[event.slug]),
        reverse("articles:event_feed", args=[event.slug]),
        reverse("articles:timeline"),
        reverse("articles:search") + "?q=harbour",
        reverse("articles:search") + "?q=" + PAYLOAD,
    ]
    for url in pages:
        body = client.get(url).content.decode()
        assert "&lt;script&gt;" in body or "&amp;lt;script&amp;gt;" in body, url
        for marker in RAW_MARKERS:
            assert marker not in body, url
        assert 'href="javascript:' not in body, url
