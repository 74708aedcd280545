"""Ingest benchmark: store N real articles through the full service (parse, extract, write).

    python bench/ingest_bench.py [--file ../shared/data/bench/allsides-5k.jsonl.gz] [--limit 300]
                                 [--database-url sqlite:////tmp/bench.sqlite3]

Then times the analyst pages on that data (median of 5 runs each, with SQL query counts).
Prints its figures; asserts nothing (timings are measured, not tested).
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_FILE = ROOT.parent / "shared" / "data" / "bench" / "allsides-5k.jsonl.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--file", default=str(DEFAULT_FILE))
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--database-url", default="sqlite:////tmp/newsroom-bench.sqlite3")
    args = parser.parse_args()

    if args.database_url.startswith("sqlite:///"):
        db_path = Path(args.database_url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = args.database_url
    # Production-like settings: DEBUG off, served to the test client over plain HTTP.
    os.environ.setdefault("DEBUG", "0")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from articles import services
    from articles.jsonl import parse_jsonl_line
    from articles.models import Event, Person

    call_command("migrate", verbosity=0)
    opener = gzip.open if args.file.endswith(".gz") else open
    with opener(args.file, "rt", encoding="utf-8") as stream:
        lines = [line for _, line in zip(range(args.limit), stream, strict=False)]

    stored = duplicates = errors = 0
    start = time.perf_counter()
    for number, line in enumerate(lines, 1):
        item = parse_jsonl_line(line, number)
        try:
            services.article_ingest(
                raw_text=item.text,
                outlet_name=item.source,
                published_at=item.published,
                title=item.title,
            )
            stored += 1
        except services.DuplicateArticleError:
            duplicates += 1
        except services.IngestError:
            errors += 1
    elapsed = time.perf_counter() - start
    print(f"database: {connection.vendor}")
    print(
        f"ingest: {stored} stored, {duplicates} duplicates, {errors} errors in {elapsed:.1f} s "
        f"= {len(lines) / elapsed:.1f} articles/s"
    )

    client = Client()
    person = Person.objects.with_counts().order_by("-quote_count").first()
    event = Event.objects.order_by("-pk").first()
    pages = {
        "home": "/",
        "people": "/people/",
        "timeline": "/timeline/",
        "events": "/events/",
        "search": "/search/?q=president",
        "articles": "/articles/",
    }
    if person:
        pages["person"] = person.get_absolute_url()
    if event:
        pages["event"] = event.get_absolute_url()
    print(f"{'page':10} {'median ms':>10} {'queries':>8}")
    for name, url in pages.items():
        times = []
        for _ in range(5):
            reset_queries()
            t0 = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
        status = "" if response.status_code == 200 else f" (HTTP {response.status_code})"
        print(f"{name:10} {statistics.median(times):10.1f} {len(queries):8d}{status}")


if __name__ == "__main__":
    main()
