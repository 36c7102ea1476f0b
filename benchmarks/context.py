"""What every benchmark module receives: the mode, a scratch folder, generated projects."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generate import generate_project

#: (events, documents) of the generated projects: 1k/100, 10k/1,000, 100k/10,000.
FULL_SIZES = [(1_000, 100), (10_000, 1_000), (100_000, 10_000)]
QUICK_SIZES = [(1_000, 100), (10_000, 1_000)]


@dataclass
class Context:
    quick: bool
    workdir: Path
    seed: int = 1
    _projects: dict[tuple[int, int], Any] = field(default_factory=dict)
    _files: dict[tuple[int, int], Path] = field(default_factory=dict)

    @property
    def sizes(self) -> list[tuple[int, int]]:
        return QUICK_SIZES if self.quick else FULL_SIZES

    @property
    def largest(self) -> tuple[int, int]:
        return self.sizes[-1]

    def repeat(self, full: int, quick: int | None = None) -> int:
        return (quick if quick is not None else max(1, full // 2)) if self.quick else full

    def project(self, events: int, documents: int) -> Any:
        """The generated project of this size (made once per run, shared, do not modify)."""
        key = (events, documents)
        if key not in self._projects:
            self._projects[key] = generate_project(events, documents, self.seed)
        return self._projects[key]

    def fresh_project(self, events: int, documents: int) -> Any:
        return generate_project(events, documents, self.seed)

    def project_file(self, events: int, documents: int) -> Path:
        """The project of this size saved as a .tlproj (needs timeline_app.store)."""
        key = (events, documents)
        if key not in self._files:
            from timeline_app.store import save_project

            path = self.workdir / f"project-{events}.tlproj"
            save_project(self.project(events, documents), path)
            self._files[key] = path
        return self._files[key]
