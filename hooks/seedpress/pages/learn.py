"""Reading the coverage (learn/): the lesson in the coverage itself, exercises, later findings.

The analysis sections are computed from the model (who speaks, chains of
attribution, numbers that disagree, wording differences, labels, omissions),
so a new article adds to them. Exercises come from editorial data, each answer
hidden in a collapsible block and citing its paragraphs.
"""

from __future__ import annotations

import json

from ..compare import FigureRow
from ..figure_words import format_figure
from ..labels import count_labels
from ..model import Model
from ..pictures.chains_chart import render_chains_chart
from ..routes import LEARN, LEARN_HANDOUT
from .attribution_display import all_claims, relay_chains, speaker_text, words_shown
from .common import article_label, cite, escape_markdown, front_matter, inline_quote, measure_name, outlet_name
from .compare_page import speakers_by_article
from .explainer import join_names, point_text, render_context, render_point
from .families import phrase_differences

URI = LEARN
HANDOUT_URI = LEARN_HANDOUT
#: Rows shown per list before counting the rest (lists grow with the articles).
MAX_ROWS = 12


def _more(total: int) -> str:
    return f"\n*And {total - MAX_ROWS} more.*\n" if total > MAX_ROWS else ""


def who_is_speaking(model: Model) -> str:
    lines = [
        "## Who is speaking\n",
        "Named sources can be checked; unnamed ones must be trusted. How many of each does every article use?\n",
        "| Article | Named people | Named institutions | Unnamed sources |",
        "| --- | --- | --- | --- |",
    ]
    by_article = speakers_by_article(model)
    for article in model.corpus.articles[:MAX_ROWS]:
        kinds = [kind for (_, kind, _) in by_article.get(article.stem, {})]
        counts = [kinds.count("person"), kinds.count("institution"), kinds.count("anonymous")]
        label = escape_markdown(article_label(article, model.meta(article.stem)))
        lines.append(f"| {label} | " + " | ".join(map(str, counts)) + " |")
    return "\n".join(lines) + "\n" + _more(len(model.corpus.articles))


def chains(model: Model, uri: str = URI) -> str:
    lines = [
        "## Chains of attribution\n",
        "Words that reached the article second-hand: who said them, who passed them on, and which "
        "article printed them. Each link in the chain is a place where words can change.\n",
    ]
    relayed = [c for c in all_claims(model) if c.speaker and c.speaker.via]
    lines.append(render_chains_chart(relay_chains(model)))
    for claim in relayed[:MAX_ROWS]:
        article = model.article(claim.seed)
        meta = model.meta(claim.seed)
        chain = " → ".join(
            [
                escape_markdown(claim.speaker.label),  # type: ignore[union-attr]
                *(escape_markdown(v) for v in claim.speaker.via),  # type: ignore[union-attr]
                escape_markdown(outlet_name(article, meta)),
            ]
        )
        lines.append(f"- {chain} ({cite(uri, article, meta, claim.para)}): {words_shown(claim, model)}")
    if not relayed:
        lines.append("*No article relays anyone second-hand.*")
    return "\n".join(lines) + "\n" + _more(len(relayed))


def _figure_claims(model: Model, row: FigureRow, uri: str) -> str:
    """Each figure of a row as written ("at least 62 soldiers"), with who gives it and where."""
    claims = []
    for cell in row.cells[:MAX_ROWS]:
        article = model.article(cell.seed)
        for figure in cell.figures:
            claims.append(
                f"{escape_markdown(format_figure(figure))} ({escape_markdown(cell.claimant or 'the article')}, "
                f"{cite(uri, article, model.meta(cell.seed), figure.para)})"
            )
    name = measure_name(row.measure, model.measure_names)
    return f"- **{name[:1].upper()}{name[1:]}:** " + "; ".join(claims)


def numbers(model: Model, uri: str = URI) -> str:
    lines = [
        "## Numbers that disagree\n",
        "Different sources, counting at different times and by different methods, give different "
        "numbers. A careful reader reports each number with who gives it, and with the words around it: "
        '"at least 62" is not the same claim as "62", and "dozens" gives no number at all. Here the '
        "numbers cannot all be true:\n",
    ]
    compared = [r for r in model.comparison.figure_table if r.compared]
    rows = [r for r in compared if r.disagreement]
    lines += [_figure_claims(model, row, uri) for row in rows]
    if not rows:
        lines.append("*The articles' figures do not disagree.*")
    compatible = [r for r in compared if r.relation == "compatible"]
    if compatible:
        lines.append(
            "\nHere the numbers are worded differently but can all be true; they are still not the same figure:\n"
        )
        lines += [_figure_claims(model, row, uri) for row in compatible]
    return "\n".join(lines) + "\n"


def translations(model: Model, uri: str = URI) -> str:
    lines = [
        "## One statement, different words\n",
        "When articles quote the same statement in different words, at least one of them is not "
        "the original wording: for example, two translations of a statement made in another language.\n",
    ]
    shown = 0
    for family in model.comparison.families:
        for member in family.members:
            if member.relation != "variant" or shown >= MAX_ROWS:
                continue
            shown += 1
            base, other = family.base, member.quotation
            a, b = model.article(base.seed), model.article(other.seed)
            lines.append(
                f"**{escape_markdown(speaker_text(base.speaker))}** ({cite(uri, a, model.meta(a.stem), base.para)}) "
                f"and **{escape_markdown(speaker_text(other.speaker))}** ({cite(uri, b, model.meta(b.stem), other.para)}):\n"
            )
            lines += ["| One version | The other |", "| --- | --- |"]
            for left, right in phrase_differences(base, other):
                one = inline_quote(a, a.paragraph(base.para), *left) if left else "*(nothing)*"
                two = inline_quote(b, b.paragraph(other.para), *right) if right else "*(nothing)*"
                lines.append(f"| {one} | {two} |")
            lines.append("")
    if not shown:
        lines.append("*No statement is quoted in two wordings.*")
    return "\n".join(lines) + "\n"


def framing(model: Model, uri: str = URI) -> str:
    uses = count_labels(model.corpus, model.labels)
    lines = [
        "## Labels and framing\n",
        "Some names carry a judgement. Where each article uses a loaded name (first use linked):\n",
    ]
    for actor in model.labels:
        for item in (i for i in actor.labels if i.loaded):
            found = uses.get((actor.actor, item.label), ())
            for use in found[:MAX_ROWS]:
                article = model.article(use.seed)
                para, start, end = use.places[0]
                quote = inline_quote(article, article.paragraph(para), start, end)
                lines.append(f"- {quote}: {len(use.places)} in {cite(uri, article, model.meta(use.seed), para)}")
    return "\n".join(lines) + "\n"


def omissions(model: Model) -> str:
    lines = [
        "## What each article leaves out\n",
        "Items that other articles report and this one does not (quotations and kinds of figure).\n",
    ]
    for article in model.corpus.articles[:MAX_ROWS]:
        missing = [r for r in model.comparison.coverage if article.stem in r.missing]
        label = escape_markdown(article_label(article, model.meta(article.stem)))
        quotes = sum(1 for r in missing if r.kind != "figure")
        kinds = [measure_name(r.key, model.measure_names) for r in missing if r.kind == "figure"]
        kinds = sorted(set(kinds), key=kinds.index)
        parts = [f"{quotes} {'quotation' if quotes == 1 else 'quotations'} the others give"] if quotes else []
        if kinds:
            parts.append("figures for " + join_names(kinds))
        summary = "; ".join(parts) if parts else "nothing the others report"
        lines.append(f"- **{label}** leaves out {escape_markdown(summary)}.")
    return "\n".join(lines) + "\n" + _more(len(model.corpus.articles))


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


def lessons(model: Model, uri: str) -> list[str]:
    """The lesson sections, computed from the articles, for the page at ``uri``."""
    return [
        who_is_speaking(model),
        chains(model, uri),
        numbers(model, uri),
        translations(model, uri),
        framing(model, uri),
        omissions(model),
    ]


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
            "A [printable lesson handout](handout.md) with the questions and no answers, a "
            "[teacher's brief](../brief.md) of the event on a few printed pages, and the "
            "[exercises with their answers as data](../data/exercises.json) for other teaching tools.\n",
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
