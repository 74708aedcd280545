"""Production settings pass Django's deployment checks; SQLite runs in WAL mode."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def test_check_deploy_is_clean_under_production_settings(tmp_path):
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DEBUG": "0",
        "SECRET_KEY": "x7!kq2-production-like-secret-key-for-the-check-" + "z" * 30,
        "ALLOWED_HOSTS": "newsroom.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'prod.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_without_a_secret_key_check_deploy_complains(tmp_path):
    env = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env |= {"DEBUG": "0", "ALLOWED_HOSTS": "x.org", "DATABASE_URL": f"sqlite:///{tmp_path}/p.db"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stdout + result.stderr


def test_sqlite_database_file_runs_in_wal_mode_with_immediate_transactions(tmp_path):
    code = (
        "from django.db import connection as c\n"
        "cur = c.cursor()\n"
        "print(cur.execute('PRAGMA journal_mode').fetchone()[0],"
        " cur.execute('PRAGMA busy_timeout').fetchone()[0], c.transaction_mode)"
    )
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'wal.sqlite3'}"}
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    mode, timeout_ms, transaction_mode = result.stdout.splitlines()[-1].split()
    assert mode == "wal"
    assert int(timeout_ms) >= 5000
    assert transaction_mode == "IMMEDIATE"
