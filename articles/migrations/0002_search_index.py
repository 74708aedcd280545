"""Full-text search index: an FTS5 table on SQLite; GIN-indexed tsvectors on PostgreSQL.

On PostgreSQL articles get a stored generated ``search_document`` column (ranking long bodies
then reads the stored vector instead of re-parsing every match); quotes and people, short texts,
get GIN expression indexes. The expressions must stay identical to the documents in
``articles/search.py`` (a test compares them) or the planner cannot use the indexes. The column
is PostgreSQL-only and not on the model: only ``articles/search.py`` reads it, in raw SQL.
"""

from django.db import migrations

FTS_CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_search USING fts5("
    "kind UNINDEXED, obj_id UNINDEXED, article_id UNINDEXED, title, body, "
    "tokenize = 'porter unicode61 remove_diacritics 2')"
)

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
PG_INDEXES = [
    ("articles_article_search", "articles_article", "search_document"),
    ("articles_quote_search", "articles_quote", PG_QUOTE_DOCUMENT),
    ("articles_person_search", "articles_person", PG_PERSON_DOCUMENT),
]


def create_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(FTS_CREATE)
    elif vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE articles_article ADD COLUMN IF NOT EXISTS search_document tsvector "
            f"GENERATED ALWAYS AS ({PG_ARTICLE_DOCUMENT}) STORED"
        )
        for name, table, expression in PG_INDEXES:
            schema_editor.execute(
                f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING GIN (({expression}))"
            )


def drop_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS articles_search")
    elif vendor == "postgresql":
        for name, _, _ in PG_INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
        schema_editor.execute("ALTER TABLE articles_article DROP COLUMN IF EXISTS search_document")


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index)]
