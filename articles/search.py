"""Full-text search behind one function: FTS5 on SQLite, PostgreSQL full-text search elsewhere.

``search(query, limit=...)`` returns ranked articles, quotes and people with highlighted matches.
On SQLite the ``articles_search`` FTS5 table (migration 0002) is kept in sync by
``search_index_update(article)`` after each ingest and rebuilt by ``manage.py
rebuild_search_index``; PostgreSQL searches the tables themselves, so there is nothing to sync.
User input never reaches the query syntax: it is split into words and every word is quoted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .models import Article, Person, Quote

MAX_QUERY_CHARS = 200
MAX_TERMS = 12
SNIPPET_CHARS = 260
_WORD = re.compile(r"\w+", re.UNICODE)
_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ies", "ed", "es", "s", "ly")
# Words that say little about what a story is about; used only to pick "related by text" terms.
_COMMON_WORDS = (
    "the a an and or but of to in on for with at by from as is are was were be been has have "
    "had will would said says say after over into about than that this these those its their "
    "his her they them who what when where which while new more most also not no yes"
)
_COMMON = frozenset(_COMMON_WORDS.split())


@dataclass(frozen=True)
class ArticleHit:
    article: Article
    title_html: SafeString
    snippet_html: SafeString
    paragraph: int | None


@dataclass(frozen=True)
class QuoteHit:
    quote: Quote
    text_html: SafeString


@dataclass(frozen=True)
class PersonHit:
    person: Person
    name_html: SafeString
    detail_html: SafeString


@dataclass(frozen=True)
class SearchResults:
    query: str
    terms: tuple[str, ...] = ()
    articles: list[ArticleHit] = field(default_factory=list)
    quotes: list[QuoteHit] = field(default_factory=list)
    people: list[PersonHit] = field(default_factory=list)
    message: str = ""

    @property
    def total(self) -> int:
        return len(self.articles) + len(self.quotes) + len(self.people)


# --- query text ---------------------------------------------------------------------------------


def query_terms(raw: str) -> tuple[str, tuple[str, ...], str]:
    """(query as used, its terms, a message when it was shortened).

    A term is a word, or a phrase of words joined by punctuation ("cease-fire" -> "cease fire").
    """
    text = " ".join((raw or "").split())
    message = ""
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS].rsplit(" ", 1)[0] or text[:MAX_QUERY_CHARS]
        message = f"The search was shortened to its first {MAX_QUERY_CHARS} characters."
    terms: list[str] = []
    for token in text.casefold().split():
        term = " ".join(_WORD.findall(token))
        if term and term not in terms:
            terms.append(term)
    if len(terms) > MAX_TERMS:
        terms = terms[:MAX_TERMS]
        message = message or f"Only the first {MAX_TERMS} words were searched."
    return text, tuple(terms), message


def fts5_query(terms: Iterable[str], *, prefix_last: bool = True, any_term: bool = False) -> str:
    """An FTS5 MATCH expression in which every term is a quoted string (no operators leak).

    A quoted string of several words is an FTS5 phrase; ``*`` after the last makes it a prefix.
    """
    quoted = []
    for term in terms:
        phrase = '"' + term.replace('"', '""') + '"'
        if " " in term:  # "cease-fire" also finds "ceasefire"
            phrase = f'({phrase} OR "{term.replace(" ", "").replace('"', '""')}")'
        quoted.append(phrase)
    if prefix_last and quoted and not quoted[-1].endswith(")"):
        quoted[-1] += "*"
    return (" OR " if any_term else " AND ").join(quoted)


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _pattern(terms: Iterable[str]) -> re.Pattern | None:
    words = {w for t in terms for w in [*t.split(), t.replace(" ", "")]}
    stems = sorted({_stem(w) for w in words}, key=len, reverse=True)
    if not stems:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")\w*", re.IGNORECASE)


def highlight(text: str, terms: Iterable[str]) -> SafeString:
    """Escape ``text``, then wrap each word that starts with a (stemmed) term in <mark>."""
    pattern = _pattern(terms)
    if pattern is None:
        return mark_safe(escape(text))  # noqa: S308 - escaped on this line
    out, pos = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[pos : match.start()]))
        out.append(f"<mark>{escape(match.group(0))}</mark>")
        pos = match.end()
    out.append(escape(text[pos:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece escaped above


def snippet(paragraphs: list[str], terms: Iterable[str]) -> tuple[str, int | None]:
    """A window of text around the first match, and the index of the paragraph it is in."""
    pattern = _pattern(terms)
    for index, text in enumerate(paragraphs):
        match = pattern.search(text) if pattern else None
        if match:
            start = max(0, match.start() - SNIPPET_CHARS // 3)
            end = min(len(text), start + SNIPPET_CHARS)
            if start > 0:
                start = text.find(" ", start) + 1 or start
            window = text[start:end]
            if end < len(text) and " " in window:
                window = window.rsplit(" ", 1)[0]
            return ("…" if start else "") + window + ("…" if end < len(text) else ""), index
    first = paragraphs[0] if paragraphs else ""
    return (first[:SNIPPET_CHARS] + ("…" if len(first) > SNIPPET_CHARS else "")), None


# --- search -------------------------------------------------------------------------------------


def search(query: str, *, limit: int = 20) -> SearchResults:
    """Articles, quotes and people matching every word of ``query``, best first."""
    text, terms, message = query_terms(query)
    if not terms:
        return SearchResults(query=text, message=message)
    if connection.vendor == "sqlite":
        article_ids = _fts_ids("article", fts5_query(terms), limit)
        quote_ids = _fts_ids("quote", fts5_query(terms), limit)
        person_ids = _fts_ids("person", fts5_query(terms), limit)
    else:
        article_ids, quote_ids, person_ids = _pg_ids(terms, limit)

    articles = Article.objects.select_related("outlet").defer("raw_text", "sanitized_html")
    articles = articles.in_bulk(article_ids)
    quotes = Quote.objects.for_stream().in_bulk(quote_ids)
    people = Person.objects.prefetch_related("aliases").in_bulk(person_ids)

    article_hits = []
    for pk in article_ids:
        if (article := articles.get(pk)) is not None:
            body, paragraph = snippet(article.paragraphs, terms)
            article_hits.append(
                ArticleHit(
                    article, highlight(article.title, terms), highlight(body, terms), paragraph
                )
            )
    quote_hits = [
        QuoteHit(quotes[pk], highlight(quotes[pk].text, terms)) for pk in quote_ids if pk in quotes
    ]
    person_hits = []
    for pk in person_ids:
        if (person := people.get(pk)) is not None:
            aliases = [a.name for a in person.aliases.all() if a.name != person.name]
            detail = " · ".join(filter(None, [person.current_role, ", ".join(aliases)]))
            person_hits.append(
                PersonHit(person, highlight(person.name, terms), highlight(detail, terms))
            )
    return SearchResults(
        query=text,
        terms=terms,
        articles=article_hits,
        quotes=quote_hits,
        people=person_hits,
        message=message,
    )


# Column weights for bm25: kind, obj_id, article_id (unindexed), title, body.
_FTS_SQL = (
    "SELECT obj_id FROM articles_search WHERE articles_search MATCH %s AND kind = %s "
    "AND obj_id != %s ORDER BY bm25(articles_search, 0, 0, 0, 8.0, 1.0) LIMIT %s"
)


def _fts_ids(kind: str, match: str, limit: int, *, exclude_article: int | None = None) -> list:
    with connection.cursor() as cursor:
        cursor.execute(_FTS_SQL, [match, kind, exclude_article or 0, limit])
        return [int(row[0]) for row in cursor.fetchall()]


def _tsquery(terms: tuple[str, ...], *, any_term: bool = False) -> str:
    """to_tsquery() text. Terms are \\w+ words (no tsquery syntax); the last one is a prefix."""
    parts = [
        f"({' <-> '.join(t.split())} | {t.replace(' ', '')})" if " " in t else t for t in terms
    ]
    if not any_term and " " not in terms[-1]:
        parts[-1] += ":*"
    return (" | " if any_term else " & ").join(parts)


# The documents PostgreSQL searches. Migration 0002 stores the article document in a generated
# ``search_document`` column and builds GIN indexes on it and on these exact expressions (a test
# checks they stay identical), so searching reads the index instead of every row.
PG_ARTICLE_DOCUMENT = (
    "(setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(dek, '')), 'B') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(paragraphs::text, '')), 'C'))"
)
PG_QUOTE_DOCUMENT = "to_tsvector('english'::regconfig, coalesce(text, ''))"
PG_PERSON_DOCUMENT = (
    "(setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(\"current_role\", '')), 'C'))"
)

# Fixed SQL texts: table names and expressions are constants, every value is a parameter.
_PG_ARTICLES_SQL = """
    SELECT id FROM articles_article, to_tsquery('english', %s) AS query
    WHERE search_document @@ query AND id <> %s
    ORDER BY ts_rank(search_document, query) DESC, published_at DESC NULLS LAST, id DESC
    LIMIT %s
"""
# Quotes whose text has every term, and quotes whose speaker's name and text together do (the
# speaker branch only looks at people named by some term, so it stays small).
_PG_QUOTES_SQL = f"""
    SELECT id FROM (
        SELECT q.id, q.said_on, ts_rank({PG_QUOTE_DOCUMENT}, query) AS rank
        FROM articles_quote q, to_tsquery('english', %s) AS query
        WHERE {PG_QUOTE_DOCUMENT} @@ query AND q.status <> 'rejected'
        UNION ALL
        SELECT q.id, q.said_on,
               ts_rank(setweight(to_tsvector('english'::regconfig, p.name), 'A')
                       || {PG_QUOTE_DOCUMENT}, query) + 0.1 AS rank
        FROM articles_quote q JOIN articles_person p ON p.id = q.speaker_id,
             to_tsquery('english', %s) AS query, to_tsquery('english', %s) AS any_term
        WHERE to_tsvector('english'::regconfig, p.name) @@ any_term
          AND (to_tsvector('english'::regconfig, p.name) || {PG_QUOTE_DOCUMENT}) @@ query
          AND q.status <> 'rejected'
    ) AS hits
    GROUP BY id, said_on ORDER BY max(rank) DESC, said_on DESC NULLS LAST, id DESC LIMIT %s
"""  # noqa: S608
_PG_PEOPLE_SQL = f"""
    SELECT id FROM (
        SELECT p.id, p.name, ts_rank({PG_PERSON_DOCUMENT}, query) AS rank
        FROM articles_person p, to_tsquery('english', %s) AS query
        WHERE {PG_PERSON_DOCUMENT} @@ query
        UNION ALL
        SELECT p.id, p.name, 0.05 AS rank
        FROM articles_personalias a JOIN articles_person p ON p.id = a.person_id,
             to_tsquery('english', %s) AS query
        WHERE to_tsvector('english'::regconfig, a.name) @@ query
    ) AS hits
    GROUP BY id, name ORDER BY max(rank) DESC, name LIMIT %s
"""  # noqa: S608


def _pg_fetch(sql: str, params: list) -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def _pg_ids(terms: tuple[str, ...], limit: int) -> tuple[list, list, list]:
    every, any_term = _tsquery(terms), _tsquery(terms, any_term=True)
    return (
        _pg_fetch(_PG_ARTICLES_SQL, [every, 0, limit]),
        _pg_fetch(_PG_QUOTES_SQL, [every, every, any_term, limit]),
        _pg_fetch(_PG_PEOPLE_SQL, [every, every, limit]),
    )


def related_by_text(article: Article, *, limit: int = 10) -> list[int]:
    """Ids of other articles sharing distinctive words with this one's title, best first."""
    terms = [w for w in _WORD.findall(article.title.casefold()) if len(w) > 3 and w not in _COMMON]
    terms = list(dict.fromkeys(terms))[:MAX_TERMS]
    if not terms:
        return []
    if connection.vendor == "sqlite":
        match = fts5_query(terms, prefix_last=False, any_term=True)
        return _fts_ids("article", match, limit, exclude_article=article.pk)
    return _pg_fetch(_PG_ARTICLES_SQL, [_tsquery(tuple(terms), any_term=True), article.pk, limit])


def title_words(title: str) -> set[str]:
    """Distinctive, crudely stemmed words of a title (to say why two stories are related)."""
    return {_stem(w) for w in _WORD.findall(title.casefold()) if len(w) > 3 and w not in _COMMON}


# --- keeping the SQLite index in sync -----------------------------------------------------------


def _person_rows(person_ids: Iterable[int]) -> list[tuple]:
    people = Person.objects.filter(pk__in=list(person_ids)).prefetch_related("aliases", "roles")
    rows = []
    for person in people:
        names = [a.name for a in person.aliases.all()]
        titles = sorted({r.title for r in person.roles.all()} | {person.current_role} - {""})
        rows.append(("person", person.pk, None, person.name, " ".join(names + titles)))
    return rows


def _insert(rows: list[tuple]) -> None:
    if rows:
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO articles_search (kind, obj_id, article_id, title, body) "
                "VALUES (%s, %s, %s, %s, %s)",
                rows,
            )


def _article_rows(articles: Iterable[Article]) -> list[tuple]:
    return [
        ("article", a.pk, a.pk, a.title, "\n".join([a.dek, *a.paragraphs]).strip())
        for a in articles
    ]


def _quote_rows(quotes: Iterable[Quote]) -> list[tuple]:
    return [
        ("quote", q.pk, q.article_id, q.speaker.name if q.speaker else "", q.text) for q in quotes
    ]


def search_index_update(article: Article) -> None:
    """Re-index one article, its quotes and the people it names (no-op off SQLite)."""
    if connection.vendor != "sqlite":
        return
    person_ids = set(article.mentions.values_list("person_id", flat=True))
    person_ids |= set(article.quotes.exclude(speaker=None).values_list("speaker_id", flat=True))
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM articles_search WHERE article_id = %s", [article.pk])
    search_index_update_people(person_ids)
    _insert(_article_rows([article]))
    _insert(_quote_rows(Quote.objects.visible().filter(article=article).select_related("speaker")))


def search_index_update_people(person_ids: Iterable[int]) -> None:
    """Re-index these people (after a merge or an alias edit); no-op off SQLite."""
    person_ids = list(person_ids)
    if connection.vendor != "sqlite" or not person_ids:
        return
    with connection.cursor() as cursor:
        marks = ", ".join(["%s"] * len(person_ids))
        cursor.execute(
            f"DELETE FROM articles_search WHERE kind = 'person' AND obj_id IN ({marks})",  # noqa: S608
            person_ids,
        )
    _insert(_person_rows(person_ids))


def search_index_rebuild() -> int:
    """Rebuild the whole SQLite index from the tables; returns the number of rows written."""
    if connection.vendor != "sqlite":
        return 0
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM articles_search")
    count = 0
    articles = Article.objects.only("pk", "title", "dek", "paragraphs").order_by("pk")
    for start in range(0, articles.count(), 200):
        rows = _article_rows(articles[start : start + 200])
        _insert(rows)
        count += len(rows)
    rows = _quote_rows(Quote.objects.visible().select_related("speaker").iterator())
    _insert(rows)
    count += len(rows)
    rows = _person_rows(Person.objects.values_list("pk", flat=True))
    _insert(rows)
    return count + len(rows)
