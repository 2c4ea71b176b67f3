"""The lessons of the learn page, computed from the articles, so a new article adds to them.

Who speaks, chains of attribution, numbers that disagree, wording differences
between translations, the labels each article uses, and what each leaves out.
"""

from __future__ import annotations

from ..compare import FigureRow
from ..figure_words import format_figure
from ..model import Model
from ..pictures.chains_chart import render_chains_chart
from .attribution_display import all_claims, relay_chains, speaker_text, words_shown
from .common import article_label, cite, escape_markdown, inline_quote, measure_name, outlet_name
from .compare_page import speakers_by_article
from .explainer import join_names
from .families import phrase_differences
from .figures import MAX_FIGURES_SHOWN

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


def chains(model: Model, uri: str) -> str:
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
        who = escape_markdown(cell.claimant or "the article")
        for figure in cell.figures[:MAX_FIGURES_SHOWN]:
            claims.append(
                f"{escape_markdown(format_figure(figure))} ({who}, {cite(uri, article, model.meta(cell.seed), figure.para)})"
            )
        if len(cell.figures) > MAX_FIGURES_SHOWN:
            # An article repeating a figure in every paragraph would make this one line megabytes long.
            more = len(cell.figures) - MAX_FIGURES_SHOWN
            claims.append(f"and {more} more in the article")
    name = measure_name(row.measure, model.measure_names)
    return f"- **{name[:1].upper()}{name[1:]}:** " + "; ".join(claims)


def numbers(model: Model, uri: str) -> str:
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


def translations(model: Model, uri: str) -> str:
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


def framing(model: Model, uri: str) -> str:
    uses = model.label_uses
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
