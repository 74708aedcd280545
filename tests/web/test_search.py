"""Search behind one function: FTS5 on SQLite, PostgreSQL full-text search; the search page."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from articles.models import PersonAlias
from articles.search import (
    MAX_QUERY_CHARS,
    fts5_query,
    highlight,
    query_terms,
    search,
    search_index_update,
)

PAGE = reverse("articles:search")


@pytest.fixture(autouse=True)
def _plain_http(settings):
    settings.SECURE_SSL_REDIRECT = False  # the test client speaks http


@pytest.fixture
def corpus(make):
    doe = make.person("Jane Doe", role="Secretary of State")
    PersonAlias.objects.create(person=doe, name="J. Doe", name_key="j doe")
    title_hit = make.article(
        title="Harbour cease-fire holds",
        paragraphs=["Quiet streets today.", "Shops opened for the first time in weeks."],
    )
    body_hit = make.article(
        title="Weekly roundup",
        paragraphs=["Many things happened.", "Among them, the harbour cease-fire held overnight."],
    )
    make.article(title="Unrelated budget story", paragraphs=["The budget passed.", "Votes: 51."])
    make.quote(article=title_hit, speaker=doe, text="The cease-fire must hold <for now>")
    make.quote(article=body_hit, speaker=doe, text="Rejected cease-fire remark", status="rejected")
    make.mention(person=doe, article=title_hit)
    for article in (title_hit, body_hit):
        search_index_update(article)
    return {"doe": doe, "title_hit": title_hit, "body_hit": body_hit}


def test_articles_ranked_title_first_with_highlights(corpus):
    results = search("harbour cease-fire", limit=10)
    assert [h.article for h in results.articles] == [corpus["title_hit"], corpus["body_hit"]]
    weekly = results.articles[1]
    assert weekly.paragraph == 1
    assert "<mark>harbour</mark> <mark>cease</mark>-<mark>fire</mark>" in weekly.snippet_html


def test_phrase_and_prefix(corpus):
    assert search("cease-fire", limit=5).articles  # hyphenated words are a phrase
    assert not search("fire-cease", limit=5).articles
    assert [h.article for h in search("harb", limit=5).articles]  # the last word is a prefix


def test_quotes_skip_rejected_and_escape(corpus):
    results = search("cease-fire", limit=10)
    assert [h.quote.text for h in results.quotes] == ["The cease-fire must hold <for now>"]
    assert "&lt;for now&gt;" in results.quotes[0].text_html
    assert "<for" not in results.quotes[0].text_html


def test_people_by_name_alias_and_role(corpus):
    assert [h.person for h in search("doe", limit=5).people] == [corpus["doe"]]
    assert [h.person for h in search("secretary state", limit=5).people] == [corpus["doe"]]
    PersonAlias.objects.create(person=corpus["doe"], name="Janet Doeling", name_key="janet doeling")
    search_index_update(corpus["title_hit"])
    assert [h.person for h in search("janet", limit=5).people] == [corpus["doe"]]


@pytest.mark.parametrize(
    "query",
    ['"', "NEAR(", "* OR AND", "doe) OR (", "-doe", "col:doe", "'; DROP TABLE x; --", "^", "\x00"],
)
def test_query_syntax_in_user_input_is_harmless(corpus, query):
    search(query, limit=5)  # no exception


def test_fts5_query_quotes_every_term():
    assert fts5_query(("cease fire", 'a"b', "near")) == (
        '("cease fire" OR "ceasefire") AND "a""b" AND "near"*'
    )


def test_hyphenated_query_finds_the_closed_up_spelling(make):
    article = make.article(title="Ceasefire agreed", paragraphs=["A ceasefire was agreed."])
    search_index_update(article)
    assert [h.article for h in search("cease-fire", limit=5).articles] == [article]


def test_long_query_is_truncated_with_message():
    text, terms, message = query_terms("word " * 3000)
    assert len(text) <= MAX_QUERY_CHARS and terms == ("word",) and "shortened" in message


def test_highlight_escapes_first():
    assert highlight("<i>Doe</i> & Does", ["doe"]) == (
        "&lt;i&gt;<mark>Doe</mark>&lt;/i&gt; &amp; <mark>Does</mark>"
    )


def test_rebuild_command(corpus):
    call_command("rebuild_search_index")
    assert search("harbour", limit=5).articles


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the FTS5 table exists only on SQLite")
def test_index_update_replaces_rows(corpus):
    article = corpus["body_hit"]
    article.paragraphs = ["Now about rivers."]
    article.save()
    search_index_update(article)
    assert article not in [h.article for h in search("harbour", limit=5).articles]
    assert [h.article for h in search("rivers", limit=5).articles] == [article]


# --- the page ------------------------------------------------------------------------------------


def test_page_lists_sections_and_links_to_paragraph(client, corpus):
    html = client.get(PAGE, {"q": "cease-fire"}).content.decode()
    assert "<h3>Quotes</h3>" in html and "<h3>Articles</h3>" in html
    assert f"/articles/{corpus['body_hit'].slug}/#p-1" in html
    assert "<mark>" in html


def test_htmx_request_gets_results_region_only(client, corpus):
    html = client.get(
        PAGE, {"q": "doe"}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="results"
    ).content.decode()
    assert html.lstrip().startswith('<section id="results"') and "<html" not in html
    assert "<h3>People</h3>" in html


@pytest.mark.parametrize("q", ["", "   ", "x" * 10_000, "<script>alert(1)</script>", "%00"])
def test_odd_queries_are_fine(client, corpus, q):
    response = client.get(PAGE, {"q": q})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    if len(q) > MAX_QUERY_CHARS:
        assert "shortened" in html


def test_postgres_index_expressions_match_the_searched_documents():
    import importlib

    from articles import search as backend

    migration = importlib.import_module("articles.migrations.0002_search_index")
    assert migration.PG_ARTICLE_DOCUMENT == backend.PG_ARTICLE_DOCUMENT
    assert migration.PG_QUOTE_DOCUMENT == backend.PG_QUOTE_DOCUMENT
    assert migration.PG_PERSON_DOCUMENT == backend.PG_PERSON_DOCUMENT


@pytest.mark.skipif(connection.vendor != "postgresql", reason="GIN indexes are PostgreSQL's")
def test_postgres_search_uses_the_gin_index(corpus):
    from articles.search import _PG_ARTICLES_SQL

    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        cursor.execute("EXPLAIN " + _PG_ARTICLES_SQL, ["harbour", 0, 10])
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("SET enable_seqscan = on")
    assert "articles_article_search" in plan


def test_an_ingested_article_is_searchable_after_index_update(db):
    from articles.services import article_ingest

    article = article_ingest(
        raw_text=(
            "Doe Visits the Harbour\n\nBy Pat Writer\nValley Gazette\nMarch 12, 2025\n\n"
            "Secretary of State Jane Doe arrived in Lakeside on Tuesday for the harbour talks.\n\n"
            '"We are closer than ever," Doe said after the talks.'
        )
    )
    search_index_update(article)  # what the ingest service calls after storing
    assert [h.article for h in search("lakeside harbour", limit=5).articles] == [article]
    assert "Jane Doe" in [h.person.name for h in search("doe", limit=5).people]
    assert search("closer than ever", limit=5).quotes
