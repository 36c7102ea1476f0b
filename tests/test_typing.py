"""The Qt-free heart type-checks under mypy --strict (settings in pyproject.toml)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHECKED = ["timeline_app/temporal", "timeline_app/core", "timeline_app/pipeline"]


def test_qt_free_packages_pass_mypy_strict() -> None:
    pytest.importorskip("mypy", reason="mypy is installed by the test extra (make test)")
    result = subprocess.run([sys.executable, "-m", "mypy", *CHECKED], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
