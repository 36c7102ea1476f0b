"""A built wheel (what `pip install .` and cluster workers get) holds every module and
every resource the app reads, not only what an editable checkout happens to find."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_holds_every_module_and_resource(tmp_path: Path) -> None:
    pytest.importorskip("setuptools", reason="building a wheel needs setuptools")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                             "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True)
    if result.returncode != 0 and "bdist_wheel" in result.stderr + result.stdout:
        pytest.skip("the wheel package is not installed in this environment")
    assert result.returncode == 0, result.stderr[-2000:]
    names = set(zipfile.ZipFile(next(tmp_path.glob("*.whl"))).namelist())
    modules = {str(p.relative_to(ROOT)) for p in (ROOT / "timeline_app").rglob("*.py")}
    resources = {"timeline_app_resources/" + str(p.relative_to(ROOT / "resources"))
                 for p in (ROOT / "resources").rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert modules - names == set()
    assert resources - names == set()
