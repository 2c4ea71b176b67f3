"""Editorial data: page introductions, cited points, context notes, questions, parties, places.

Hand-written YAML in ``editorial/``, one module per kind of file. Each file's
shape is declared once, as the records below (see ``yamlshape``); it is checked
when the build starts, and an error names the file, the entry and the problem in
one line, so a typo never produces a silently wrong page. Text fields may use
Markdown (they are written by the editors, not taken from articles); anything
quoted from an article goes through a ``Selector`` instead, so it is verified and
carries its provenance.
"""

from ..yamlshape import PublicSource
from .claims import (
    ActorLabel,
    ActorLabels,
    Party,
    Question,
    load_labels,
    load_measure_names,
    load_parties,
    load_questions,
)
from .common import OUTLETS, EditorialError, Point
from .learn import BriefSpec, Discussion, Exercise, Position, load_brief, load_exercises
from .pages import ContextEvent, ContextNote, PageSpec, Section, load_pages
from .places import LABEL_SIDES, Place, load_places

__all__ = [
    "LABEL_SIDES",
    "OUTLETS",
    "ActorLabel",
    "ActorLabels",
    "BriefSpec",
    "ContextEvent",
    "ContextNote",
    "Discussion",
    "EditorialError",
    "Exercise",
    "PageSpec",
    "Party",
    "Place",
    "Point",
    "Position",
    "PublicSource",
    "Question",
    "Section",
    "load_brief",
    "load_exercises",
    "load_labels",
    "load_measure_names",
    "load_pages",
    "load_parties",
    "load_places",
    "load_questions",
]
