"""Full-text search index: an FTS5 table on SQLite; PostgreSQL searches the tables directly."""

from django.db import migrations

FTS_CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_search USING fts5("
    "kind UNINDEXED, obj_id UNINDEXED, article_id UNINDEXED, title, body, "
    "tokenize = 'porter unicode61 remove_diacritics 2')"
)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(FTS_CREATE)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS articles_search")


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index)]
