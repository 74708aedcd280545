"""Rebuild the SQLite full-text index from the tables (PostgreSQL needs no index rebuild)."""

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from articles.search import search_index_rebuild


class Command(BaseCommand):
    help = "Rebuild the full-text search index (FTS5 on SQLite; nothing to do on PostgreSQL)."

    def handle(self, *args, **options):
        if connection.vendor != "sqlite":
            self.stdout.write("PostgreSQL searches the tables directly; nothing to rebuild.")
            return
        with transaction.atomic():
            rows = search_index_rebuild()
        self.stdout.write(f"Indexed {rows} rows.")
