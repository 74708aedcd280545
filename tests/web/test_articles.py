"""The articles list and the article page: marked-up body, dates, events, related stories."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils.html import format_html

from articles.models import Mention, RelatedStory
from articles.search import search_index_update
from articles.views.articles import ARTICLES_PER_PAGE, mark_paragraph

LIST = reverse("articles:article_list")


@pytest.fixture(autouse=True)
def _plain_http(settings):
    settings.SECURE_SSL_REDIRECT = False  # the test client speaks http


def detail(article) -> str:
    return reverse("articles:article_detail", args=[article.slug])


# --- mark_paragraph ------------------------------------------------------------------------------


def test_mark_paragraph_escapes_and_nests():
    text = "Doe said “<b>Smith</b> & co are late,” today."
    quote = (text.index("“"), text.index("today") - 1, "Q")
    mention_doe = (0, 3, "doe")
    mention_smith = (text.index("<b>"), text.index("</b>") + 4, "smith")
    html = mark_paragraph(
        text,
        [quote],
        [mention_doe, mention_smith],
        quote_open=lambda q: '<span class="q">',
        mention_open=lambda m: format_html('<a href="/{}">', m),
    )
    assert html == (
        '<a href="/doe">Doe</a> said <span class="q">“'
        '<a href="/smith">&lt;b&gt;Smith&lt;/b&gt;</a> &amp; co are late,”</span> today.'
    )


def test_mark_paragraph_survives_bad_offsets():
    text = "Short text."
    html = mark_paragraph(text, [(5, 500, 1), (3, 2, 2)], [(-4, 2, 3), (20, 30, 4), (6, 8, 5)])
    # Clamped quote 5..end, empty/inverted spans dropped, a mention crossing nothing stays inside.
    assert (
        html.replace('<span class="q">', "[")
        .replace("</span>", "]")
        .replace('<a class="mention">', "(")
        .replace("</a>", ")")
        == "(Sh)ort[ (te)xt.]"
    )


def test_mark_paragraph_splits_a_mention_crossing_a_quote_edge():
    html = mark_paragraph("abcdef", [(2, 4, 1)], [(1, 5, 2)])
    assert html == (
        'a<a class="mention">b</a><span class="q"><a class="mention">cd</a></span>'
        '<a class="mention">e</a>f'
    )


# --- list ----------------------------------------------------------------------------------------


def test_list_filters_by_outlet_and_counts(client, make):
    gazette = make.outlet("Valley Gazette")
    mine = make.article(title="Gazette story", outlet=gazette)
    make.article(title="Other story")
    person = make.person()
    make.quote(article=mine, speaker=person)
    make.quote(article=mine, speaker=person, status="rejected")
    make.mention(person=person, article=mine)
    make.mention(person=person, article=mine)

    html = client.get(LIST, {"outlet": "valley-gazette"}).content.decode()
    assert "Gazette story" in html and "Other story" not in html
    row = html[html.index("Gazette story") :]
    row = row[: row.index("</tr>")]
    assert '<td class="num">1</td>' in row  # one visible quote
    assert '<td class="num col-wide">1</td>' in row  # one person


def test_list_htmx_region_and_bad_params(client, make):
    make.article(title="Only story")
    html = client.get(
        LIST, {"outlet": "nope", "page": "x"}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="articles"
    ).content.decode()
    assert html.lstrip().startswith('<section id="articles"')
    assert "Unknown outlet" in html and "Only story" in html


def test_list_pages(client, make):
    for _ in range(ARTICLES_PER_PAGE + 1):
        make.article()
    html = client.get(LIST).content.decode()
    assert html.count("<tr>") == ARTICLES_PER_PAGE + 1  # + header row
    assert "?page=2" in html


# --- detail --------------------------------------------------------------------------------------


@pytest.fixture
def story(make):
    doe, roe = make.person("Jane Doe"), make.person("Rick Roe")
    paragraphs = [
        "Secretary of State Jane Doe spoke in Lakeside on Monday.",
        "“The harbour deal is close <now>,” Doe said, standing next to Rick Roe.",
        "She will meet Roe again on March 20.",
    ]
    article = make.article(title="Doe says harbour deal is close", paragraphs=paragraphs)
    p0, p1 = paragraphs[0], paragraphs[1]
    Mention.objects.create(
        person=doe,
        article=article,
        text="Jane Doe",
        paragraph=0,
        start=p0.index("Jane"),
        end=p0.index("Jane") + 8,
    )
    Mention.objects.create(
        person=doe,
        article=article,
        text="Doe",
        paragraph=1,
        start=p1.index("Doe"),
        end=p1.index("Doe") + 3,
    )
    Mention.objects.create(
        person=roe,
        article=article,
        text="Rick Roe",
        paragraph=1,
        start=p1.index("Rick"),
        end=p1.index("Rick") + 8,
    )
    quote = make.quote(
        article=article, speaker=doe, text="The harbour deal is close <now>", paragraph=1
    )
    quote.start, quote.end = 1, p1.index("”")
    quote.save()
    event = make.event("Harbour talks")
    make.event_mention(event=event, article=article)
    make.statement(article=article, event=event, sentence="She will meet Roe again on March 20.")
    return {"article": article, "doe": doe, "roe": roe, "event": event}


def test_detail_marks_people_and_quotes_with_paragraph_anchors(client, story):
    html = client.get(detail(story["article"])).content.decode()
    doe_url = reverse("articles:person_detail", args=[story["doe"].slug])
    assert '<p id="p-0" class="para">' in html and 'id="p-2"' in html
    assert f'<a class="mention" href="{doe_url}">Jane Doe</a>' in html
    assert 'class="q q-direct" id="q-' in html
    assert "The harbour deal is close &lt;now&gt;,</span>”" in html
    assert "<now>" not in html
    assert "She will meet Roe again on March 20." in html and "Harbour talks" in html


def test_related_stories_are_explained_and_query_count_is_flat(
    client, make, story, django_assert_max_num_queries
):
    own = story["article"]
    linked = make.article(title="Earlier harbour report")
    RelatedStory.objects.create(
        article=own,
        title="Earlier harbour report",
        title_key="x",
        position=0,
        linked_article=linked,
    )
    RelatedStory.objects.create(
        article=own, title="A story we never stored", title_key="y", position=1
    )
    sibling = make.article(title="Harbour deal talks resume")
    make.mention(person=story["doe"], article=sibling)
    make.mention(person=story["roe"], article=sibling)
    make.event_mention(event=story["event"], article=sibling)
    for article in (own, linked, sibling):
        search_index_update(article)

    html = client.get(detail(own)).content.decode()
    assert f'href="{detail(linked)}">Earlier harbour report</a>' in html
    assert 'A story we never stored <span class="muted">(not stored)</span>' in html
    assert "2 shared people: Jane Doe, Rick Roe; same event: Harbour talks" in html
    assert "similar headline (harbour)" in html

    for n in (1, 50):
        for _ in range(n):
            other = make.article(title="Harbour deal follow-up")
            make.mention(person=story["doe"], article=other)
            make.event_mention(event=story["event"], article=other)
            search_index_update(other)
        with django_assert_max_num_queries(14):
            assert client.get(detail(own)).status_code == 200


def test_unknown_article_is_404(client, db):
    assert client.get(reverse("articles:article_detail", args=["nope"])).status_code == 404
