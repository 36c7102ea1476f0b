"""The one place that finds files in the top-level ``resources/`` folder.

pyproject.toml installs ``resources/`` as the package ``timeline_app_resources``, so
``importlib.resources`` finds it both in an editable checkout and in a built wheel.
"""
from __future__ import annotations

import tomllib
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any


def path(*parts: str) -> Traversable:
    """Return the resource at ``resources/<parts...>``."""
    node = resources.files("timeline_app_resources")
    for part in parts:
        node = node / part
    return node


def read_text(*parts: str) -> str:
    return path(*parts).read_text(encoding="utf-8")


def read_bytes(*parts: str) -> bytes:
    return path(*parts).read_bytes()


def load_toml(*parts: str) -> dict[str, Any]:
    return tomllib.loads(read_text(*parts))
