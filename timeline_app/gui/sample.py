"""The bundled sample project, built at first start from the sample article.

A new user sees a real timeline at once: the article in ``resources/samples`` goes
through the same pipeline as any import, with its publication date (Thursday 12 March
2020, which the article itself does not state). Two categories and an era are added so
the sample also shows colours and background bands; which event gets which category is
decided by a few words of its title (demo data, not an extraction feature).
"""
from __future__ import annotations

from datetime import datetime
from importlib.resources import as_file

from timeline_app import resources
from timeline_app.core.category import Category, Era
from timeline_app.core.project import Project

SAMPLE = ("samples", "idlib-ceasefire.txt")
PUBLISHED = "2020-03-12"
_DIPLOMACY = ("meeting", "call", "talks", "said", "ministry", "leaders", "putin", "erdogan", "delegation")
_FIGHTING = ("forces", "fighting", "killed", "offensive", "advances", "war", "fighters", "gains", "retaking")


def build_sample_project() -> Project:
    from timeline_app.pipeline import build_timeline, parse_published

    with as_file(resources.path(*SAMPLE)) as path:
        result = build_timeline([path], published=parse_published(PUBLISHED))
    project = result.project
    project.name = "Idlib ceasefire (sample)"
    diplomacy = Category(project.new_id("categories"), "Diplomacy", "#4a7fc1")
    fighting = Category(project.new_id("categories"), "Fighting", "#d9822b")
    project.put("categories", diplomacy, notify=False)
    project.put("categories", fighting, notify=False)
    for event in project.events.values():
        words = event.title.lower()
        if any(w in words for w in _FIGHTING):
            event.category_id = fighting.id
        elif any(w in words for w in _DIPLOMACY):
            event.category_id = diplomacy.id
    era = Era(project.new_id("eras"), "Ceasefire in Idlib", datetime(2020, 3, 6), datetime(2020, 3, 14), "#8fbf8f")
    project.put("eras", era, notify=False)
    return project
