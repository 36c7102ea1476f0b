"""QSettings behind the settings table declared in ``resources/settings.toml``.

The table is the single place a setting's type, default and description live; this
adapter validates it at load time (unknown type, default of the wrong type) and converts
values read back from QSettings (which stores strings on some platforms) to that type.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from timeline_app import resources

TYPES = {"bool", "int", "float", "str", "list", "bytes"}


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    type: str
    default: Any
    description: str
    minimum: float | None = None
    maximum: float | None = None

    def convert(self, raw: Any) -> Any:
        """``raw`` as read from QSettings, as this setting's type (the default if unusable)."""
        if raw is None:
            return self.default
        try:
            if self.type == "bool":
                return raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
            if self.type in ("int", "float"):
                value = int(raw) if self.type == "int" else float(raw)
                if self.minimum is not None:
                    value = max(value, type(value)(self.minimum))
                if self.maximum is not None:
                    value = min(value, type(value)(self.maximum))
                return value
            if self.type == "list":
                if isinstance(raw, str):
                    return [raw] if raw else []
                return [str(v) for v in raw]
            if self.type == "bytes":
                return raw if isinstance(raw, QByteArray) else QByteArray(raw if isinstance(raw, bytes) else b"")
            return str(raw)
        except (TypeError, ValueError):
            return self.default


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and "type" in value:
            out[name] = value
        elif isinstance(value, dict):
            out.update(_flatten(value, name + "."))
    return out


@lru_cache(maxsize=1)
def declared() -> dict[str, Setting]:
    """Every setting in ``resources/settings.toml``; raises ValueError on a bad declaration."""
    settings: dict[str, Setting] = {}
    for name, spec in _flatten(resources.load_toml("settings.toml")).items():
        kind = spec["type"]
        if kind not in TYPES:
            raise ValueError(f"setting {name}: unknown type {kind!r}")
        default = spec.get("default")
        expected = {"bool": bool, "int": int, "float": (int, float), "str": str, "list": list, "bytes": str}[kind]
        if not isinstance(default, expected):  # type: ignore[arg-type]
            raise ValueError(f"setting {name}: default {default!r} is not a {kind}")
        if not spec.get("description"):
            raise ValueError(f"setting {name}: no description")
        if kind == "bytes":
            default = QByteArray()
        settings[name] = Setting(name, kind, default, spec["description"], spec.get("minimum"), spec.get("maximum"))
    return settings


class Settings:
    """Typed access to the declared settings; unknown names are an error, not a typo saved."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings()

    def get(self, name: str) -> Any:
        setting = declared()[name]
        return setting.convert(self.store.value(name.replace(".", "/")))

    def set(self, name: str, value: Any) -> None:
        setting = declared()[name]
        self.store.setValue(name.replace(".", "/"), setting.convert(value))

    def add_recent(self, path: str) -> list[str]:
        recent = [p for p in self.get("files.recent") if p != path]
        recent.insert(0, path)
        recent = recent[: self.get("files.recent_limit")]
        self.set("files.recent", recent)
        return recent
