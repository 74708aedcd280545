"""The extraction package type-checks: mypy with the settings in pyproject.toml.

A variable that changes type halfway through a function ("cut" an offset, then a _Cut) is
where bugs hide; mypy finds those, and this test keeps the package clean of them.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_extraction_package_type_checks():
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--config-file", "pyproject.toml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues found" in result.stdout
