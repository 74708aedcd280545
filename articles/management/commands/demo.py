"""Load the demo: sample articles written for the project, plus an admin login.

    python manage.py demo [--username admin --password newsroom-demo]

Idempotent: articles already stored are skipped (duplicate detection), the user is updated.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from articles import services

DEMO_DIR = Path(__file__).resolve().parent.parent.parent / "demo"
SHARED_SEED = (
    Path(settings.BASE_DIR).parent / "shared" / "data" / "seed" / "witkoff-heading-to-russia.txt"
)


class Command(BaseCommand):
    help = "Ingest the demo articles and create a staff login for the admin."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--password", default="newsroom-demo")

    def handle(self, *args, username: str, password: str, **options):
        paths = sorted(DEMO_DIR.glob("*.txt"))
        if SHARED_SEED.exists():
            paths.append(SHARED_SEED)
        for path in paths:
            try:
                article = services.article_ingest(raw_text=path.read_text(encoding="utf-8"))
            except services.DuplicateArticleError as exc:
                self.stdout.write(f"already stored: {exc.existing.title}")
            except services.IngestError as exc:
                self.stderr.write(f"{path.name}: {exc}")
            else:
                self.stdout.write(f"stored: {article.title} ({article.quotes.count()} quotes)")
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        self.stdout.write(f"Admin login: {username} / {password}")
