"""The core and pipeline never import Qt, so they run headless and in batch jobs."""
from __future__ import annotations

import subprocess
import sys


def test_core_and_pipeline_import_without_qt() -> None:
    code = ("import sys, timeline_app.core.commands, timeline_app.pipeline; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
