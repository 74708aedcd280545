"""Re-run extraction on stored articles, keeping every human correction.

    python manage.py reextract            # articles extracted by an older extractor version
    python manage.py reextract --all      # every article

Name keys of people and aliases are recomputed first, so that a change in name matching
(nicknames, spellings) applies to stored people before articles are matched against them.
"""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand
from tqdm import tqdm

from articles import services
from articles.extraction import EXTRACTOR_VERSION


class Command(BaseCommand):
    help = "Re-run extraction (keeps confirmed/edited/rejected quotes, fixed speakers, merges)."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="every article, not only stale")
        parser.add_argument("--quiet-progress", action="store_true")

    def handle(self, *args, all: bool, quiet_progress: bool, **options):
        keys = services.name_keys_refresh()
        articles = services.articles_to_reextract(everything=all)
        kept = new = 0
        for article in tqdm(
            articles, desc="reextract", unit="article", disable=quiet_progress, file=sys.stderr
        ):
            result = services.article_reextract(article=article)
            kept += result.kept_quotes
            new += result.new_quotes
        self.stdout.write(
            f"extractor version {EXTRACTOR_VERSION}: {len(articles)} article(s) re-extracted, "
            f"{new} quotes from extraction, {kept} curated quotes kept; {keys} name keys updated"
        )
