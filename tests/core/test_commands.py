"""The extract contract command and bulk ingest."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article
from tests.conftest import SEED_GOLD, SEED_TEXT, needs_shared

LINES = [
    {
        "id": "a",
        "text": "Truce Talks Resume\n\nForeign Minister Jane Doe said on Tuesday that talks resumed.",
        "published": "2025-03-12",
    },
    {"id": "b", "text": "   "},
    {
        "id": "c",
        "text": "Second Story\n\n“We are ready,” said Tom Roe, the envoy.",
        "source": "Wire",
    },
]


def write_jsonl(tmp_path, rows, extra_lines=()):
    path = tmp_path / "in.jsonl"
    lines = [json.dumps(r) for r in rows] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_extract(path) -> list[dict]:
    out = StringIO()
    call_command("extract", "--jsonl", str(path), stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


def test_extract_prints_one_line_per_input_in_order_without_touching_the_database(tmp_path):
    # No django_db mark: pytest-django fails any database access in this test.
    path = write_jsonl(tmp_path, LINES, ["{not json"])
    out = run_extract(path)
    assert [o.get("id") for o in out][:3] == ["a", "b", "c"]
    assert out[0]["published"].startswith("2025-03-12")
    assert out[0]["title"] == "Truce Talks Resume"
    assert "error" in out[1] and "empty" in out[1]["error"].lower()
    assert out[2]["source"] == "Wire"
    assert "error" in out[3]
    for key in ("people", "quotes", "events", "dated_statements", "paragraphs", "related_stories"):
        assert isinstance(out[0][key], list)


@needs_shared
@pytest.mark.shared
def test_extract_on_the_seed_meets_the_foundation_bars(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "score", SEED_GOLD.parent.parent.parent / "eval" / "score.py"
    )
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    path = write_jsonl(
        tmp_path, [{"id": gold["id"], "text": SEED_TEXT.read_text(encoding="utf-8")}]
    )
    (pred,) = run_extract(path)
    from collections import defaultdict

    tally = defaultdict(score.Tally)
    score.score_article(gold, pred, tally)
    for field in ("meta.title", "meta.source", "meta.dek", "meta.published", "related_stories"):
        assert tally[field].prf()[1] == 1.0, field
    assert tally["people"].prf()[2] == 1.0
    assert tally["roles"].prf()[2] >= 0.9
    assert tally["quotes.speaker"].prf()[2] >= 0.9
    assert tally["dated_statements"].prf()[2] >= 0.85


@pytest.mark.django_db
def test_ingest_stores_reports_duplicates_and_errors_with_line_numbers(tmp_path):
    path = write_jsonl(tmp_path, [*LINES, LINES[0]], ["[1, 2]"])
    out = StringIO()
    call_command("ingest", str(path), "--quiet-progress", stdout=out)
    report = out.getvalue()
    assert report.startswith("stored 2, duplicates 1, errors 2")
    assert "in.jsonl:2" in report  # the empty text
    assert "in.jsonl:4" in report  # the duplicate
    assert "in.jsonl:5" in report  # not an object
    assert Article.objects.count() == 2


@pytest.mark.django_db
def test_demo_command_loads_samples_and_a_login(django_user_model):
    out = StringIO()
    call_command("demo", "--password", "demo-pass-123", stdout=out)
    assert Article.objects.filter(title__startswith="Sample:").count() == 4
    user = django_user_model.objects.get(username="admin")
    assert user.is_staff and user.check_password("demo-pass-123")
    call_command("demo", stdout=StringIO())  # idempotent
    assert Article.objects.filter(title__startswith="Sample:").count() == 4


@pytest.mark.django_db
def test_reextract_updates_stale_articles_and_name_keys_and_keeps_curation(tmp_path):
    from articles import services
    from articles.extraction import EXTRACTOR_VERSION
    from articles.models import Person

    article = services.article_ingest(
        raw_text="Talks Go On\n\n“We will keep talking,” Foreign Minister Jane Doe said on Tuesday."
    )
    quote = article.quotes.get()
    quote.status = "confirmed"
    quote.save()
    Article.objects.filter(pk=article.pk).update(extractor_version=EXTRACTOR_VERSION - 1)
    Person.objects.update(name_key="stale", surname_key="st")
    out = StringIO()
    call_command("reextract", "--quiet-progress", stdout=out)
    assert "1 article(s) re-extracted" in out.getvalue()
    assert "1 curated quotes kept" in out.getvalue()
    article.refresh_from_db()
    assert article.extractor_version == EXTRACTOR_VERSION
    assert not Person.objects.filter(name_key="stale").exists()
    out = StringIO()
    call_command("reextract", "--quiet-progress", stdout=out)
    assert "0 article(s) re-extracted" in out.getvalue()
