"""Store many articles from JSONL (the input lines of ``manage.py extract``).

    python manage.py ingest FILE.jsonl [FILE2.jsonl.gz ...]

Shows a progress bar and ends with a summary: stored, duplicates, errors with line numbers.
One bad line never stops the rest: each article is ingested in its own transaction.
"""

from __future__ import annotations

import gzip
import sys
from dataclasses import dataclass, field
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles import services
from articles.jsonl import JsonlLineError, parse_jsonl_line


@dataclass
class IngestSummary:
    stored: int = 0
    duplicates: list[tuple[int, str]] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)


def _open(path: str):
    if path == "-":
        return sys.stdin
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


class Command(BaseCommand):
    help = "Ingest articles from JSONL files ({id, text, title?, source?, published?} a line)."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="JSONL files (.gz allowed), or - for stdin")
        parser.add_argument("--limit", type=int, default=0, help="stop after N lines per file")
        parser.add_argument("--quiet-progress", action="store_true", help="no progress bar")

    def handle(self, *args, files: list[str], limit: int, quiet_progress: bool, **options):
        summary = IngestSummary()
        for path in files:
            if path != "-" and not Path(path).exists():
                raise CommandError(f"No such file: {path}")
            with _open(path) as stream:
                lines = stream.readlines() if path == "-" else list(stream)
            if limit:
                lines = lines[:limit]
            bar = tqdm(
                lines,
                desc=Path(path).name,
                unit="article",
                disable=quiet_progress,
                file=sys.stderr,
            )
            for number, line in enumerate(bar, start=1):
                if line.strip():
                    self._ingest_line(line, number, path, summary)
        self._report(summary)

    def _ingest_line(self, line: str, number: int, path: str, summary: IngestSummary) -> None:
        where = f"{Path(path).name}:{number}"
        try:
            item = parse_jsonl_line(line, number)
            services.article_ingest(
                raw_text=item.text,
                outlet_name=item.source,
                url=item.url,
                published_at=item.published,
                title=item.title,
            )
        except services.DuplicateArticleError as exc:
            summary.duplicates.append((number, f"{where}: duplicate of “{exc.existing.title}”"))
        except (services.IngestError, JsonlLineError) as exc:
            summary.errors.append((number, f"{where}: {exc}"))
        except Exception as exc:  # noqa: BLE001 - report and go on with the next line
            summary.errors.append((number, f"{where}: internal error {type(exc).__name__}: {exc}"))
        else:
            summary.stored += 1

    def _report(self, summary: IngestSummary) -> None:
        self.stdout.write(
            f"stored {summary.stored}, duplicates {len(summary.duplicates)}, "
            f"errors {len(summary.errors)}"
        )
        for _, message in summary.duplicates:
            self.stdout.write(f"  duplicate  {message}")
        for _, message in summary.errors:
            self.stdout.write(self.style.ERROR(f"  error      {message}"))
