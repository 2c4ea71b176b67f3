"""Comparing the sources: coverage, labels, and whom each article relies on.

All three tables are computed from the model, one column per article, so a new
article adds a column and its own rows with no change here.
"""

from __future__ import annotations

import re

from ..compare import CoverageRow
from ..extract import Speaker
from ..model import Model
from ..routes import COMPARE
from .common import article_label, cite, escape_markdown, front_matter, inline_quote, measure_name
from .paging import MAX_PER_ARTICLE, Paged, paginate

URI = COMPARE
#: Words of a quotation shown as a coverage row's label.
LABEL_WORDS = 12
#: Up to this many articles, tables have one column per article; beyond, they count.
MAX_COLUMNS = 6
#: Paragraph links listed per row when tables count instead, and per cell or row at most.
MAX_LINKS = 10
#: Rows of the coverage table; a long article's own quotations would otherwise fill it.
MAX_COVERAGE_ROWS = 40
KIND_LABELS = {"person": "named person", "institution": "institution", "anonymous": "unnamed", "unknown": "unclear"}


def _header(model: Model, first: str) -> list[str]:
    names = [escape_markdown(article_label(a, model.meta(a.stem))) for a in model.corpus.articles]
    return [f"| {first} | " + " | ".join(names) + " |", "| --- |" + " --- |" * len(names)]


def _coverage_label(row: CoverageRow, model: Model) -> str:
    if row.kind == "figure":
        name = measure_name(row.key, model.measure_names)
        return f"A figure for {escape_markdown(name)}"
    family = next(f for f in model.comparison.families if f.id == row.key)
    base = family.base
    article = model.article(base.seed)
    words = list(re.finditer(r"\S+", base.text))
    end = base.start + words[min(LABEL_WORDS, len(words)) - 1].end()
    more = "…" if len(words) > LABEL_WORDS else ""
    return f"Quotation: {inline_quote(article, article.paragraph(base.para), base.start, end)}{more}"


def _some_links(model: Model, places: list[tuple[str, int]], from_uri: str = URI) -> str:
    """The first ``MAX_LINKS`` (article, paragraph) citations, then how many more."""
    links = [cite(from_uri, model.article(seed), model.meta(seed), n) for seed, n in places[:MAX_LINKS]]
    more = f" and {len(places) - MAX_LINKS} more" if len(places) > MAX_LINKS else ""
    return ", ".join(links) + more


def render_coverage(model: Model) -> str:
    articles = model.corpus.articles
    columns = len(articles) <= MAX_COLUMNS
    lines = [
        "## What each article reports\n",
        "Each row is a quotation or a kind of figure. "
        + (
            "Each column is an article: a link means the article reports it (in that paragraph); a dash means it does not.\n"
            if columns
            else f"The site has {len(articles)} articles, so each row counts the articles that report it and links the first ones.\n"
        ),
        *(_header(model, "Item") if columns else ["| Item | Reported in | Where |", "| --- | --- | --- |"]),
    ]
    rows = model.comparison.coverage
    for row in rows[:MAX_COVERAGE_ROWS]:
        present = dict(row.present)
        if not columns:
            places = [(a.stem, n) for a in articles for n in present.get(a.stem, ())[:1]]
            count = f"{len(present)} of {len(articles)} articles"
            lines.append(f"| {_coverage_label(row, model)} | {count} | {_some_links(model, places)} |")
            continue
        cells = []
        for article in articles:
            paras = present.get(article.stem, ())
            cells.append(_some_links(model, [(article.stem, n) for n in paras]) if paras else "—")
        lines.append(f"| {_coverage_label(row, model)} | " + " | ".join(cells) + " |")
    if len(rows) > MAX_COVERAGE_ROWS:
        lines.append(f"\n*{len(rows) - MAX_COVERAGE_ROWS} more rows are not shown; the articles' own pages have them.*")
    return "\n".join(lines) + "\n"


def render_labels(model: Model) -> str:
    uses = model.label_uses
    articles = model.corpus.articles
    columns = len(articles) <= MAX_COLUMNS
    lines = [
        "## How each article names the actors\n",
        "How often each article uses each name, with a link to its first use. Names marked *loaded* carry "
        "a judgement; this site uses them only when quoting.\n",
    ]
    header = (
        _header(model, "Name used")
        if columns
        else ["| Name used | Uses | Articles | First uses |", "| --- | --- | --- | --- |"]
    )
    for actor in model.labels:
        rows = []
        for item in actor.labels:
            found = {u.seed: u.places for u in uses.get((actor.actor, item.label), ())}
            if not found:
                continue
            name = f"“{escape_markdown(item.label)}”" + (" *(loaded)*" if item.loaded else "")
            if not columns:
                total = sum(len(p) for p in found.values())
                firsts = [(a.stem, found[a.stem][0][0]) for a in articles if a.stem in found]
                rows.append(f"| {name} | {total} | {len(found)} of {len(articles)} | {_some_links(model, firsts)} |")
                continue
            cells = []
            for article in articles:
                places = found.get(article.stem)
                cells.append(
                    f"{len(places)} ({cite(URI, article, model.meta(article.stem), places[0][0])})" if places else "—"
                )
            rows.append(f"| {name} | " + " | ".join(cells) + " |")
        if rows:
            lines += [f"### {escape_markdown(actor.actor)}\n", *header, *rows, ""]
    return "\n".join(lines) + "\n"


SpeakerKey = tuple[str, str, tuple[str, ...]]


def speakers_by_article(model: Model) -> dict[str, dict[SpeakerKey, list[int]]]:
    """seed -> (label, kind, via) -> paragraphs where that source is quoted or reported."""
    found: dict[str, dict[SpeakerKey, dict[int, None]]] = {}  # paragraphs in order, each once
    items: list[tuple[str, Speaker | None, int]] = [(q.seed, q.speaker, q.para) for q in model.extraction.quotations]
    items += [(s.seed, s.claimant, s.para) for s in model.extraction.statements]
    for seed, speaker, para in items:
        if speaker is None:
            continue
        found.setdefault(seed, {}).setdefault((speaker.label, speaker.kind, speaker.via), {})[para] = None
    return {seed: {key: list(paras) for key, paras in by_key.items()} for seed, by_key in found.items()}


def _reliance_blocks(model: Model, from_uri: str) -> list[str]:
    by_article = speakers_by_article(model)
    blocks = []
    for article in model.corpus.articles:
        meta = model.meta(article.stem)
        speakers = by_article.get(article.stem, {})
        named = sum(1 for (_, kind, _) in speakers if kind in ("person", "institution"))
        unnamed = sum(1 for (_, kind, _) in speakers if kind == "anonymous")
        lines = [
            f"### {escape_markdown(article_label(article, meta))}\n",
            f"{len(speakers)} sources: {named} named (people or institutions), {unnamed} unnamed.\n",
        ]
        if speakers:
            lines += ["| Source | Kind | Relayed through | Paragraphs |", "| --- | --- | --- | --- |"]
            rows = sorted(speakers.items(), key=lambda item: min(item[1]))
            for (label, kind, via), paras in rows[:MAX_PER_ARTICLE]:
                links = _some_links(model, [(article.stem, n) for n in sorted(paras)], from_uri)
                relay = escape_markdown(" and ".join(via)) if via else "—"
                lines.append(f"| {escape_markdown(label)} | {KIND_LABELS.get(kind, kind)} | {relay} | {links} |")
            if len(rows) > MAX_PER_ARTICLE:
                lines.append(f"\n*{len(rows) - MAX_PER_ARTICLE} more sources: see the article's own page.*")
        blocks.append("\n".join(lines) + "\n")
    return blocks


def render_reliance(model: Model) -> Paged:
    intro = (
        "## Whom each article relies on\n\n"
        "The people, institutions and outlets each article quotes or reports, and whether they are named. "
        "*Relayed through* names the outlet or wire service that passed the words on.\n\n"
    )
    paged = paginate(
        lambda uri: _reliance_blocks(model, uri),
        name="compare-sources",
        title="Whom each article relies on",
        home_uri=URI,
    )
    return Paged(intro + paged.inline, paged.extra)


def render_compare(model: Model) -> tuple[str, dict[str, str]]:
    """The comparison page and its continuation pages."""
    spec = model.page("compare")
    reliance = render_reliance(model)
    page = "\n".join(
        [
            front_matter(spec.title),
            f"# {spec.title}\n",
            f"{spec.intro}\n",
            render_coverage(model),
            render_labels(model),
            reliance.inline,
        ]
    )
    return page, reliance.extra
