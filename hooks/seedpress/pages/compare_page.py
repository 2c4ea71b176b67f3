"""Comparing the sources: coverage, labels, and whom each article relies on.

All three tables are computed from the model, one column per article, so a new
article adds a column and its own rows with no change here.
"""

from __future__ import annotations

import re

from ..compare import CoverageRow
from ..extract import Speaker
from ..labels import count_labels
from ..model import Model
from .common import article_label, cite, escape_markdown, front_matter, inline_quote
from .figures import measure_label

URI = "compare.md"
#: Words of a quotation shown as a coverage row's label.
LABEL_WORDS = 12
KIND_LABELS = {"person": "named person", "institution": "institution", "anonymous": "unnamed", "unknown": "unclear"}


def _header(model: Model, first: str) -> list[str]:
    names = [escape_markdown(article_label(a, model.meta(a.stem))) for a in model.corpus.articles]
    return [f"| {first} | " + " | ".join(names) + " |", "| --- |" + " --- |" * len(names)]


def _coverage_label(row: CoverageRow, model: Model) -> str:
    if row.kind == "figure":
        return f"Figure: {measure_label(row.key)}"
    family = next(f for f in model.comparison.families if f.id == row.key)
    base = family.base
    article = model.article(base.seed)
    words = list(re.finditer(r"\S+", base.text))
    end = base.start + words[min(LABEL_WORDS, len(words)) - 1].end()
    more = "…" if len(words) > LABEL_WORDS else ""
    return f"Quotation: {inline_quote(article, article.paragraph(base.para), base.start, end)}{more}"


def render_coverage(model: Model) -> str:
    lines = [
        "## What each article reports\n",
        "Each row is a quotation or a kind of figure; each column an article. A link means the article "
        "reports it (in that paragraph); a dash means it does not.\n",
        *_header(model, "Item"),
    ]
    for row in model.comparison.coverage:
        present = dict(row.present)
        cells = []
        for article in model.corpus.articles:
            paras = present.get(article.stem, ())
            cells.append(", ".join(cite(URI, article, model.meta(article.stem), n) for n in paras) if paras else "—")
        lines.append(f"| {_coverage_label(row, model)} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def render_labels(model: Model) -> str:
    uses = count_labels(model.corpus, model.labels)
    lines = [
        "## How each article names the actors\n",
        "How often each article uses each name, with a link to its first use. Names marked *loaded* carry "
        "a judgement; this site uses them only when quoting.\n",
    ]
    for actor in model.labels:
        rows = []
        for item in actor.labels:
            found = {u.seed: u.places for u in uses.get((actor.actor, item.label), ())}
            if not found:
                continue
            cells = []
            for article in model.corpus.articles:
                places = found.get(article.stem)
                if not places:
                    cells.append("—")
                    continue
                para = places[0][0]
                cells.append(f"{len(places)} ({cite(URI, article, model.meta(article.stem), para)})")
            loaded = " *(loaded)*" if item.loaded else ""
            rows.append(f"| “{escape_markdown(item.label)}”{loaded} | " + " | ".join(cells) + " |")
        if rows:
            lines += [f"### {escape_markdown(actor.actor)}\n", *_header(model, "Name used"), *rows, ""]
    return "\n".join(lines) + "\n"


def _speakers(model: Model, seed: str) -> dict[tuple[str, str, tuple[str, ...]], list[int]]:
    found: dict[tuple[str, str, tuple[str, ...]], list[int]] = {}
    items: list[tuple[Speaker | None, int]] = [
        (q.speaker, q.para) for q in model.extraction.quotations if q.seed == seed
    ]
    items += [(s.claimant, s.para) for s in model.extraction.statements if s.seed == seed]
    for speaker, para in items:
        if speaker is None:
            continue
        key = (speaker.label, speaker.kind, speaker.via)
        if para not in found.setdefault(key, []):
            found[key].append(para)
    return found


def render_reliance(model: Model) -> str:
    lines = [
        "## Whom each article relies on\n",
        "The people, institutions and outlets each article quotes or reports, and whether they are named. "
        "*Relayed through* names the outlet or wire service that passed the words on.\n",
    ]
    for article in model.corpus.articles:
        meta = model.meta(article.stem)
        speakers = _speakers(model, article.stem)
        named = sum(1 for (_, kind, _) in speakers if kind in ("person", "institution"))
        unnamed = sum(1 for (_, kind, _) in speakers if kind == "anonymous")
        lines.append(f"### {escape_markdown(article_label(article, meta))}\n")
        lines.append(f"{len(speakers)} sources: {named} named (people or institutions), {unnamed} unnamed.\n")
        if not speakers:
            continue
        lines += ["| Source | Kind | Relayed through | Paragraphs |", "| --- | --- | --- | --- |"]
        for (label, kind, via), paras in sorted(speakers.items(), key=lambda item: min(item[1])):
            links = ", ".join(cite(URI, article, meta, n) for n in sorted(paras))
            relay = escape_markdown(" and ".join(via)) if via else "—"
            lines.append(f"| {escape_markdown(label)} | {KIND_LABELS.get(kind, kind)} | {relay} | {links} |")
        lines.append("")
    return "\n".join(lines) + "\n"


def render_compare(model: Model) -> str:
    spec = model.page("compare")
    return "\n".join(
        [
            front_matter(spec.title),
            f"# {spec.title}\n",
            f"{spec.intro}\n",
            render_coverage(model),
            render_labels(model),
            render_reliance(model),
        ]
    )
