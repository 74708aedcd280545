"""Benchmark the pure extraction pipeline on one core.

    python bench/extract_bench.py                       # the dev set (../shared/eval/dev.jsonl)
    python bench/extract_bench.py --file ../shared/data/bench/allsides-5k.jsonl.gz --limit 1000

Prints articles/s (wall clock, and per CPU second, which other load on the machine disturbs
less), words/s, mean words per article, errors and peak RSS, and how long this machine takes
for a fixed loop of plain Python (``sum(range(100000))``), so figures from different machines
can be compared. No Django setup: the
extraction package is pure, so the repository root on sys.path is enough. Input: JSONL (or
.jsonl.gz), one article a line with ``text`` and optionally ``title``, ``published``/``date``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import resource
import sys
import time
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles.extraction import ExtractionError, extract_article  # noqa: E402

DEFAULT_FILE = ROOT.parent / "shared" / "eval" / "dev.jsonl"


def read_articles(path: Path, limit: int | None) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    articles = []
    with opener(path, "rt", encoding="utf-8", errors="replace") as stream:
        for line in stream:
            if not line.strip():
                continue
            item = json.loads(line)
            if item.get("text"):
                articles.append(item)
            if limit and len(articles) >= limit:
                break
    return articles


def parse_published(item: dict) -> dt.datetime | None:
    value = item.get("published") or item.get("date")
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value.strip()[:19])
    except ValueError:
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE, help="JSONL or JSONL.gz input")
    parser.add_argument("--limit", type=int, default=None, help="read at most this many articles")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the articles")
    parser.add_argument(
        "--stages", action="store_true", help="also time each extractor (a second pass)"
    )
    args = parser.parse_args()
    if not args.file.exists():
        print(f"no such file: {args.file}", file=sys.stderr)
        return 2
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    articles = read_articles(args.file, args.limit)
    words = sum(len(item["text"].split()) for item in articles)
    errors = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(args.repeat):
        for item in articles:
            try:
                extract_article(
                    item["text"], title=item.get("title"), published=parse_published(item)
                )
            except ExtractionError:
                errors += 1
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started

    count = len(articles) * args.repeat
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    print(f"file            {args.file}")
    print(f"articles        {count} ({errors} rejected)")
    print(f"seconds         {elapsed:.2f} (CPU {cpu:.2f})")
    print(f"articles/s      {count / elapsed:.1f} (per CPU second {count / cpu:.1f})")
    print(f"words/s         {words * args.repeat / elapsed:,.0f}")
    print(f"words/article   {words / max(len(articles), 1):.0f}")
    print(f"peak RSS        {peak_mb:.0f} MB")
    print(f"machine         sum(range(100000)) in {reference_ms():.2f} ms")
    if args.stages:
        for stage, seconds in time_stages(articles).items():
            print(f"  {stage:<13} {seconds / len(articles) * 1000:7.2f} ms/article")
    return 0


def reference_ms() -> float:
    """Milliseconds this machine takes for ``sum(range(100000))``, the best of five runs: the
    bench's figures scale with it from machine to machine."""
    runs = timeit.repeat("sum(range(100000))", number=20, repeat=5)
    return min(runs) / 20 * 1000


def time_stages(articles: list[dict]) -> dict[str, float]:
    """Seconds spent in each extractor, called in the order ``extract_article`` calls them."""
    from articles.extraction.dates import extract_dated_statements
    from articles.extraction.events import extract_events
    from articles.extraction.paste import parse_paste
    from articles.extraction.people import extract_people
    from articles.extraction.quotes import extract_quotes

    totals = dict.fromkeys(("paste", "people", "quotes", "dates", "events"), 0.0)
    clock = time.perf_counter
    for item in articles:
        t0 = clock()
        try:
            parsed = parse_paste(
                item["text"], title=item.get("title"), published=parse_published(item)
            )
        except ExtractionError:
            continue
        t1 = clock()
        people = extract_people(parsed.paragraphs)
        t2 = clock()
        extract_quotes(parsed.paragraphs, people)
        t3 = clock()
        dated = extract_dated_statements(parsed.paragraphs, parsed.published)
        t4 = clock()
        extract_events(parsed.paragraphs, people, dated, parsed.published)
        t5 = clock()
        for stage, seconds in zip(
            totals, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True
        ):
            totals[stage] += seconds
    return totals


if __name__ == "__main__":
    raise SystemExit(main())
