"""The competing-claims page: contested questions, each side in its own words.

Under each editorial question, every extracted quotation and attributed
statement whose sentence touches the question's topic words is listed under the
party of its speaker. Then the quotations reported by more than one article
side by side with their word differences, the figure table, and every remaining
statement, so nothing the articles say is lost.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from ..corpus import Paragraph
from ..editorial import Party, Question
from ..model import Model
from ..parties import PartyClassifier
from ..routes import CLAIMS, source_link
from ..topics import TopicMatcher
from ..wordsearch import Prepared, Tokens
from .attribution_display import Claim, all_claims, render_attribution
from .common import article_label, escape_markdown, front_matter
from .explainer import render_point
from .families import render_families
from .figures import render_figure_table
from .paging import PER_PAGE, cap_per_article, continuation, dropped_note, paginate

URI = CLAIMS


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


#: Characters around a claim that decide its topic: its sentence, but never more than this
#: on either side, so one enormous sentence cannot make the page quadratic.
TOPIC_WINDOW = 300


def _topic_text(paragraph: Paragraph, claim: Claim, starts: list[int]) -> str:
    """The part of the claim's sentence, around the claim, that its topic is judged on.

    ``starts``: the paragraph's sentence starts, worked out once per paragraph
    (a huge paragraph holds thousands of claims).
    """
    index = bisect.bisect_right(starts, claim.start) - 1
    sentence = paragraph.sentences[index] if index >= 0 else None
    low = max(sentence.start if sentence else claim.start, claim.start - TOPIC_WINDOW)
    high = min(sentence.end if sentence else claim.end, claim.start + 2 * TOPIC_WINDOW)
    return paragraph.text[low:high]


def render_claim(claim: Claim, model: Model, from_uri: str = URI, prefix: str = "") -> str:
    """A claim as a list item: its speaker's own words, or the article's words introduced by the outlet."""
    return f"- {prefix}{render_attribution(claim, model, from_uri)}"


def _party_of(claim: Claim, classifier: PartyClassifier) -> Party:
    """The side whose statement this is; a headline or unidentified speaker goes with the others."""
    if claim.kind == "headline" or claim.speaker is None:
        return classifier.party_of(None)
    return classifier.party_of(claim.speaker.label)


def _article_blocks(claims: list[Claim], model: Model, classifier: PartyClassifier, from_uri: str) -> list[str]:
    """Per article, its claims labelled with their party (for continuation pages)."""
    blocks: dict[str, list[str]] = {}
    for claim in claims:
        article = model.article(claim.seed)
        lines = blocks.setdefault(
            claim.seed, [f"\n### {escape_markdown(article_label(article, model.meta(claim.seed)))}\n"]
        )
        party = _party_of(claim, classifier)
        lines.append(render_claim(claim, model, from_uri, prefix=f"**{escape_markdown(party.name)}** — "))
    return ["\n".join(lines) + "\n" for lines in blocks.values()]


def _source_link(model: Model, seed: str) -> str:
    article = model.article(seed)
    return f"[{escape_markdown(article_label(article, model.meta(seed)))}]({source_link(URI, seed)})"


def _first_articles(claims: list[Claim]) -> set[str]:
    """The first ``PER_PAGE`` articles (in order) that have claims here: shown on the page itself."""
    seeds: list[str] = []
    for claim in claims:
        if claim.seed not in seeds:
            seeds.append(claim.seed)
    return set(seeds[:PER_PAGE])


def _by_party(claims: Iterable[Claim], classifier: PartyClassifier, model: Model) -> str:
    """Each side's statements under its heading; the sides with none are named once, in one line."""
    grouped: dict[str, list[str]] = {}
    for claim in claims:
        grouped.setdefault(_party_of(claim, classifier).id, []).append(render_claim(claim, model))
    parts = []
    silent = []
    for party in classifier.order:
        items = grouped.get(party.id)
        if not items:
            silent.append(escape_markdown(party.name))
            continue
        parts.append(f"### {escape_markdown(party.name)}\n")
        parts.append("\n".join(items) + "\n")
    if silent:
        parts.append(f"*No quotation or reported statement on this question from:* {'; '.join(silent)}.\n")
    return "\n".join(parts)


def _question(
    question: Question, claims: list[Claim], model: Model, classifier: PartyClassifier
) -> tuple[str, dict[str, str]]:
    parts = [f"## {escape_markdown(question.title)} {{ #{question.id} }}\n", f"{question.intro}\n"]
    for heading, points in (("What the articles agree on", question.agreed), ("What is disputed", question.disputed)):
        items = [item for item in (render_point(p, model, URI) for p in points) if item]
        if items:
            parts.append(f"**{heading}**\n\n" + "\n".join(items) + "\n")
    parts.append("**Each side in its own words**\n")
    shown = _first_articles(claims)
    parts.append(_by_party([c for c in claims if c.seed in shown], classifier, model))
    more, extra = continuation(
        lambda uri: _article_blocks(claims, model, classifier, uri),
        name=f"claims-{question.id}",
        title=question.title,
        home_uri=URI,
    )
    parts.append(more)
    return "\n".join(parts), extra


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def render_claims(model: Model) -> tuple[str, dict[str, str]]:
    """The claims page and its continuation pages (docs path -> Markdown)."""
    spec = model.page("claims")
    classifier = PartyClassifier.from_parties(model.parties)
    claims = all_claims(model)
    headlines = [c for c in claims if c.kind == "headline"]
    claims = [c for c in claims if c.kind != "headline"]
    used: set[Claim] = set()
    extra: dict[str, str] = {}
    parts = [front_matter(spec.title), f"# {spec.title}\n", f"{spec.intro}\n"]
    starts: dict[tuple[str, int], list[int]] = {}
    topic_texts = []
    for c in claims:
        paragraph = model.article(c.seed).paragraph(c.para)
        if (c.seed, c.para) not in starts:
            starts[c.seed, c.para] = [s.start for s in paragraph.sentences]
        topic_texts.append(_topic_text(paragraph, c, starts[c.seed, c.para]))
    # Each claim's words are prepared and split into tokens once, for every question that may be about them.
    tokens: dict[str, Tokens] = {}
    prepared: dict[str, Prepared] = {}

    def about(matcher: TopicMatcher, words: str) -> bool:
        if words not in prepared:
            prepared[words] = Prepared(words)
        if not matcher.could_match(prepared[words]):
            return False
        if words not in tokens:
            tokens[words] = Tokens(words)
        return matcher.matches(words, tokens[words])

    for question in model.questions:
        matcher = TopicMatcher(question.topics)
        chosen = [c for c, words in zip(claims, topic_texts, strict=True) if about(matcher, words)]
        used.update(chosen)
        chosen, dropped = cap_per_article(chosen, lambda c: c.seed)
        markdown, pages = _question(question, chosen, model, classifier)
        parts.append(markdown + dropped_note(dropped, lambda seed: _source_link(model, seed)))
        extra.update(pages)
    parts.append(render_families(model, URI))
    figures = render_figure_table(model, URI)
    parts.append(figures.inline)
    extra.update(figures.extra)
    order = {a.stem: i for i, a in enumerate(model.corpus.articles)}
    leftover = sorted(headlines + [c for c in claims if c not in used], key=lambda c: (order[c.seed], c.para, c.start))
    rest, rest_dropped = cap_per_article(leftover, lambda c: c.seed)
    parts.append("## Other statements\n")
    parts.append(
        "Quotations and reported statements that no question above uses, so that nothing the articles say is left out.\n"
    )
    if not rest:
        parts.append("*None: every statement is used above.*\n")
    else:
        others = paginate(
            lambda uri: _article_blocks(rest, model, classifier, uri),
            name="claims-other",
            title="Other statements",
            home_uri=URI,
        )
        parts.append(others.inline + dropped_note(rest_dropped, lambda seed: _source_link(model, seed)))
        extra.update(others.extra)
    return "\n".join(parts), extra
