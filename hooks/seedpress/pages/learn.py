"""Reading the coverage (learn/): the lesson in the coverage itself, exercises, later findings.

The lessons (``lessons.py``) are computed from the model, so a new article adds
to them. Exercises come from editorial data, each answer hidden in a
collapsible block and citing its paragraphs.
"""

from __future__ import annotations

import json

from ..model import Model
from ..routes import BRIEF, LEARN, LEARN_HANDOUT, data_file, relative_link
from .common import front_matter
from .explainer import point_text, render_context, render_point
from .lessons import lessons

URI = LEARN
HANDOUT_URI = LEARN_HANDOUT
#: The exercises as data, for other teaching tools.
EXERCISES_DATA = data_file("exercises.json")


def exercises(model: Model, with_answers: bool, uri: str) -> str:
    lines = ["## Exercises\n", "Answer from the articles; open an answer to check it against the paragraphs.\n"]
    for number, exercise in enumerate(model.exercises, start=1):
        lines.append(f"### {number}. {exercise.question} {{ #{exercise.id} }}\n")
        lines.append(f"*Skill: {exercise.skill}*\n")
        if with_answers:
            points = [p for p in (render_point(point, model, uri) for point in exercise.answer) if p]
            body = "\n".join("    " + line for point in points for line in point.splitlines())
            lines.append(f'??? question "Answer"\n{body}\n')
        else:
            lines.append("Answer: ______________________________________________\n")
    return "\n".join(lines)


LATER_TITLE = "What was learned later (not from the articles)"


def learned_later(model: Model, uri: str) -> str:
    """ "What was learned later": the learn page's context notes, marked as context."""
    return "\n".join(
        [
            "## What was learned later\n",
            "The articles were written on the day. What became known afterwards is below, marked as "
            "context and naming its sources; where a later finding concerns an early account, the early "
            "words are shown beside it.\n",
            render_context(model.page("learn"), model, uri, LATER_TITLE),
        ]
    )


def render_learn_for_print(model: Model, uri: str) -> str:
    """The learn page's lessons, exercises and later findings, for a printed page at ``uri``."""
    spec = model.page("learn")
    return "\n".join(
        [
            f"# {spec.title}\n",
            f"{spec.intro}\n",
            *lessons(model, uri),
            exercises(model, True, uri),
            learned_later(model, uri),
        ]
    )


def render_learn(model: Model) -> dict[str, str]:
    """The learn page, the printable lesson handout, and the exercises as data."""
    spec = model.page("learn")
    page = "\n".join(
        [
            front_matter(spec.title),
            f"# {spec.title}\n",
            f"{spec.intro}\n",
            *lessons(model, URI),
            exercises(model, True, URI),
            learned_later(model, URI),
            "## For teachers\n",
            f"A [printable lesson handout]({relative_link(URI, HANDOUT_URI)}) with the questions and no answers, a "
            f"[teacher's brief]({relative_link(URI, BRIEF)}) of the event on a few printed pages, and the "
            f"[exercises with their answers as data]({relative_link(URI, EXERCISES_DATA)}) for other teaching tools.\n",
        ]
    )
    handout = "\n".join(
        [
            front_matter("Lesson handout", search={"exclude": True}, tooltips=False, search_box=False),
            "# Lesson handout: reading the coverage\n",
            "Read the articles (on the Sources pages), then answer each question, naming the article and "
            "paragraph that supports your answer.\n",
            exercises(model, False, HANDOUT_URI).replace("## Exercises\n", "## Questions\n"),
        ]
    )
    return {URI: page, HANDOUT_URI: handout}


def exercises_data(model: Model) -> bytes:
    """The exercises for other tools: question, skill, and answer citations (seed, paragraph)."""
    items = []
    for exercise in model.exercises:
        cites = []
        for selector in exercise.answer_cites:
            span = model.resolve(selector)
            if span:
                cites.append({"seed": span.article.stem, "para": span.paragraph.number, "text": span.text})
        items.append(
            {
                "id": exercise.id,
                "question": exercise.question,
                "skill": exercise.skill,
                "answer": [point_text(p, model, markdown=False) for p in exercise.answer],
                "citations": cites,
            }
        )
    return (json.dumps({"exercises": items}, ensure_ascii=False, indent=1) + "\n").encode()
