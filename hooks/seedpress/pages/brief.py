"""The teacher's brief: the event on two to four printed pages.

A teacher hands it out or projects it. It holds what happened (editorial
points, each with its citation link rather than the quoted words, to stay
short), the casualty figures with who gives them, each contested question with
each side's position in one line, the context notes (each government's stated
position, what was learned later), and three discussion questions linked to the
exercises. Everything comes from editorial data and the model; nothing here is
written for one set of articles.
"""

from __future__ import annotations

from ..editorial import Point, Position
from ..model import Model
from ..routes import BRIEF, CLAIMS, LEARN, LEARN_HANDOUT, relative_link
from .common import addresses_once, cite, escape_markdown, front_matter, source_links
from .explainer import point_text, render_context
from .home import render_key_figures

URI = BRIEF
CONTEXT = "Context, not from the articles"
# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _citations(point: Point, model: Model) -> str | None:
    """ "(ABC News ¶3; Scroll.in ¶1)": the point's citation links, or ``None`` if none is in the build."""
    spans = [span for span in (model.resolve(s) for s in point.cites) if span]
    if not spans:
        return None
    links = []
    for span in spans:
        link = cite(URI, span.article, model.meta(span.article.stem), span.paragraph.number)
        if link not in links:
            links.append(link)
    return "(" + "; ".join(links) + ")"


def _what_happened(model: Model) -> str:
    spec = model.page("brief")
    lines = []
    for section in spec.sections:
        items = []
        for point in section.points:
            citations = _citations(point, model)
            if citations:
                items.append(f"- {point_text(point, model)} {citations}")
        if items:
            lines += [f"## {section.heading}\n", *items, ""]
    return "\n".join(lines)


def _position(position: Position, model: Model) -> str | None:
    party = next(p.name for p in model.parties if p.id == position.party)
    if position.sources:
        links = source_links([(s.title, s.url) for s in position.sources])
        return f"- **{escape_markdown(party)}** (*{CONTEXT.lower()}*): {position.text} {links}"
    citations = _citations(Point(position.text, position.cites), model)
    return f"- **{escape_markdown(party)}:** {position.text} {citations}" if citations else None


def _questions(model: Model) -> str:
    lines = [
        "## The contested questions\n",
        "Each side's position in one line, with its source. The "
        f"[Competing claims]({relative_link(URI, CLAIMS)}) page quotes every side in its own words.\n",
    ]
    for question in model.questions:
        items = [line for p in model.brief.positions.get(question.id, ()) if (line := _position(p, model))]
        if not items:
            continue
        lines.append(f"### {escape_markdown(question.title)}\n")
        lines += [*items, ""]
    return "\n".join(lines)


def _discussion(model: Model) -> str:
    exercises = {e.id: (number, e) for number, e in enumerate(model.exercises, start=1)}
    lines = ["## Questions for discussion\n"]
    for number, item in enumerate(model.brief.discussion, start=1):
        ids = sorted((i for i in item.exercises if i in exercises), key=lambda i: exercises[i][0])
        links = [f"[exercise {exercises[i][0]}]({relative_link(URI, LEARN)}#{i})" for i in ids]
        prepare = f" Prepare with {' and '.join(links)} on *Reading the coverage*." if links else ""
        lines.append(f"{number}. {item.question}{prepare}")
    handout = relative_link(URI, LEARN_HANDOUT)
    lines.append(f"\nThe exercises without their answers, for students: the [lesson handout]({handout}).\n")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def render_brief(model: Model) -> str:
    """Markdown for ``brief/``."""
    spec = model.page("brief")
    parts = [
        front_matter(spec.title, search={"exclude": True}, tooltips=False, search_box=False),
        f"# {spec.title}\n",
        f"{spec.intro}\n{{ .handout-intro .brief-intro }}\n",
        _what_happened(model),
        "## Key figures, and who gives them\n",
        render_key_figures(model, URI),
        _questions(model),
        "## At the time, outside the articles\n",
        render_context(spec, model, URI, CONTEXT),
        "## What was learned later\n",
        render_context(model.page("learn"), model, URI, f"What was learned later ({CONTEXT[0].lower()}{CONTEXT[1:]})"),
        _discussion(model),
    ]
    markdown = "\n".join(part for part in parts if part)
    return markdown + "\n" + addresses_once(markdown)
