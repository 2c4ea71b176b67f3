"""The model of one build: articles, editorial data, extraction and comparison.

Everything a page generator may need, computed once per build by
``build_model`` and passed around frozen, so generators stay pure functions.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import analyse
from .compare import Comparison
from .corpus import Article, Corpus
from .editorial import (
    ActorLabels,
    BriefSpec,
    EditorialError,
    Exercise,
    PageSpec,
    Party,
    Place,
    Point,
    Question,
    load_brief,
    load_exercises,
    load_labels,
    load_measure_names,
    load_pages,
    load_parties,
    load_places,
    load_questions,
)
from .extract import Extraction
from .glossary import Glossary, load_glossary
from .labels import LabelUse, count_labels
from .selectors import Selector, Span, resolve
from .sources_meta import SourceMeta
from .terms import TermMention, find_term_mentions

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

SEEDS_DIR = "seeds"
EDITORIAL_DIR = "editorial"


@dataclass(frozen=True)
class Model:
    """Everything known in one build."""

    corpus: Corpus
    metadata: dict[str, SourceMeta]
    pages: dict[str, PageSpec]
    questions: tuple[Question, ...]
    parties: tuple[Party, ...]
    labels: tuple[ActorLabels, ...]
    exercises: tuple[Exercise, ...]
    glossary: Glossary
    mentions: tuple[TermMention, ...]
    extraction: Extraction
    comparison: Comparison
    #: The places the locator map marks (``editorial/places.yml``).
    places: tuple[Place, ...] = ()
    #: What only the teacher's brief shows (``editorial/brief.yml``).
    brief: BriefSpec = field(default_factory=lambda: BriefSpec({}, ()))
    #: What readers call each measure (``editorial/measures.yml``): "killed" -> "people killed".
    measure_names: dict[str, str] = field(default_factory=dict)

    def meta(self, stem: str) -> SourceMeta:
        return self.metadata.get(stem, SourceMeta())

    @functools.cached_property
    def label_uses(self) -> dict[tuple[str, str], tuple[LabelUse, ...]]:
        """How each article names the actors (``labels.count_labels``), counted once per build.

        Three pages show it (the comparison, the learn page and its print version);
        counting reads every word of every article, so it is not done per page.
        """
        return count_labels(self.corpus, self.labels)

    def article(self, stem: str) -> Article:
        return self.corpus.article(stem)

    def page(self, page_id: str) -> PageSpec:
        return self.pages[page_id]

    def resolve(self, selector: Selector) -> Span | None:
        """Where an editorial selector lands (``None``: its article is not in this build)."""
        return resolve(selector, self.corpus)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def build_model(project_dir: Path) -> Model:
    """Read every input of the project at ``project_dir`` and derive the model."""
    editorial = project_dir / EDITORIAL_DIR
    analysis = analyse(project_dir / SEEDS_DIR, editorial, root=project_dir)
    corpus, config, extraction = analysis.corpus, analysis.config, analysis.extraction

    def label(name: str) -> tuple[Path, str]:
        return editorial / name, f"{EDITORIAL_DIR}/{name}"

    glossary = load_glossary(*label("glossary.yml"))
    questions = load_questions(*label("questions.yml"))
    parties = load_parties(*label("parties.yml"))
    exercises = load_exercises(*label("exercises.yml"))
    brief = load_brief(
        *label("brief.yml"),
        questions={q.id for q in questions},
        parties={p.id for p in parties},
        exercises={e.id for e in exercises},
    )
    model = Model(
        corpus=corpus,
        metadata=analysis.metadata,
        pages=load_pages(*label("pages.yml")),
        questions=questions,
        parties=parties,
        labels=load_labels(*label("labels.yml")),
        exercises=exercises,
        glossary=glossary,
        mentions=find_term_mentions(corpus, glossary),
        extraction=extraction,
        comparison=analysis.comparison,
        places=load_places(*label("places.yml"), {entry.id for entry in glossary}),
        brief=brief,
        measure_names=load_measure_names(*label("measures.yml"), [m.name for m in config.measures]),
    )
    _check_selectors(model)
    _check_event_actors(model, label("pages.yml")[1])
    return model


def _check_event_actors(model: Model, label: str) -> None:
    """A context event's actors must be parties, so the timeline has a row for each."""
    known = {party.id for party in model.parties} | {"others"}
    for page in model.pages.values():
        for i, note in enumerate(page.context):
            for j, event in enumerate(note.events):
                for actor in event.actors:
                    if actor in known:
                        continue
                    raise EditorialError(
                        label,
                        f"{page.id}.context[{i}].events[{j}].actors: {actor!r} is not a party in parties.yml "
                        f"(known: {', '.join(sorted(known))})",
                    )


def _check_selectors(model: Model) -> None:
    """Resolve every editorial selector now, so a bad one fails before any page is written."""
    points = [p for page in model.pages.values() for s in page.sections for p in s.points]
    points += [Point(n.text, n.cites) for page in model.pages.values() for n in page.context if n.cites]
    points += [Point(e.question, e.answer_cites) for e in model.exercises]
    points += [p for q in model.questions for p in (*q.agreed, *q.disputed)]
    points += [Point(p.text, p.cites) for ps in model.brief.positions.values() for p in ps if p.cites]
    for point in points:
        for selector in point.cites:
            model.resolve(selector)
