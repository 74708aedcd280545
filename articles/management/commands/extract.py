"""Run the extraction pipeline over a JSONL file without touching the database.

    python manage.py extract --jsonl IN.jsonl > OUT.jsonl

The output contract is the shared eval/SCHEMA.md: one line per input line, same order, same id;
a line that cannot be parsed becomes {"id": ..., "error": "..."} and the command goes on.
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from articles.extraction import ExtractionError, extract_article, record_to_contract
from articles.jsonl import JsonlLineError, parse_jsonl_line


class Command(BaseCommand):
    help = "Extract articles from JSONL (one {id, text, ...} a line) to JSONL on stdout."
    requires_system_checks: list = []

    def add_arguments(self, parser):
        parser.add_argument("--jsonl", required=True, help="input file, or - for stdin")

    def handle(self, *args, jsonl: str, **options):
        try:
            stream = (
                sys.stdin if jsonl == "-" else open(jsonl, encoding="utf-8", errors="replace")  # noqa: SIM115 - closed below
            )
        except OSError as exc:
            raise CommandError(f"Cannot read {jsonl}: {exc.strerror}") from exc
        out = self.stdout
        with stream:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                out.write(json.dumps(extract_line(line, number), ensure_ascii=False))


def extract_line(line: str, number: int) -> dict:
    """One input line -> one output object; every failure becomes an ``error`` object."""
    try:
        item = parse_jsonl_line(line, number)
    except JsonlLineError as exc:
        return {"id": exc.item_id, "error": str(exc)}
    try:
        record = extract_article(
            item.text, title=item.title, source=item.source, published=item.published
        )
    except ExtractionError as exc:
        return {"id": item.id, "error": str(exc)}
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
        return {"id": item.id, "error": f"internal error: {type(exc).__name__}: {exc}"}
    return record_to_contract(record, item.id)
