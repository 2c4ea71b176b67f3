"""Quotation selectors: how editorial data points at exact words in an article.

Editorial points cite the articles by quoting a few words (``{seed, quote}``)
rather than by paragraph number, so that the citation is checked against the
text on every build: a selector that matches nowhere, or in more than one
place, fails the build naming it. Matching ignores differences of white space
and of curly versus straight quotes, as the provenance check does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .corpus import Article, Corpus, Paragraph
from .errors import SeedError

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

_QUOTE_CLASSES = {
    '"': '["\u201c\u201d]',
    "\u201c": '["\u201c\u201d]',
    "\u201d": '["\u201c\u201d]',
    "'": "['\u2018\u2019]",
    "\u2018": "['\u2018\u2019]",
    "\u2019": "['\u2018\u2019]",
}


class SelectorError(SeedError):
    """An editorial selector matches no text, or more than one place."""


@dataclass(frozen=True)
class Selector:
    """Words to find in one article; ``file`` and ``where`` name the selector in messages."""

    seed: str
    quote: str
    file: str  # "editorial/pages.yml"
    where: str  # "background.sections[0].points[1].cite[0]"


@dataclass(frozen=True)
class Span:
    """Where a selector landed: ``paragraph.text[start:end]``."""

    article: Article
    paragraph: Paragraph
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.paragraph.text[self.start : self.end]


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def selector_pattern(quote: str) -> re.Pattern[str]:
    """A regex for ``quote`` that tolerates white space and quote-style differences.

    Built from escaped literal characters and ``\\s+`` only, so it cannot
    backtrack catastrophically.
    """
    parts = []
    for word in quote.split():
        parts.append("".join(_QUOTE_CLASSES.get(c) or re.escape(c) for c in word))
    return re.compile(r"\s+".join(parts))


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def resolve(selector: Selector, corpus: Corpus) -> Span | None:
    """The one place ``selector`` matches; ``None`` if its article is not in this build.

    Raises ``SelectorError`` (naming ``selector.where``) when the article is
    present but the words match nowhere or more than once.
    """
    label, where = selector.file, selector.where
    try:
        article = corpus.article(selector.seed)
    except KeyError:
        return None
    if not selector.quote.split():
        raise SelectorError(label, f"{where}: empty quote")
    pattern = selector_pattern(selector.quote)
    hits = [(p, m) for p in article.paragraphs for m in pattern.finditer(p.text)]
    shown = " ".join(selector.quote.split())[:60]
    if not hits:
        raise SelectorError(label, f'{where}: "{shown}" is not in seeds/{selector.seed}.txt')
    if len(hits) > 1:
        places = ", ".join(f"paragraph {p.number}" for p, _ in hits[:5])
        raise SelectorError(label, f'{where}: "{shown}" matches {len(hits)} places ({places}); quote more words')
    paragraph, match = hits[0]
    return Span(article, paragraph, match.start(), match.end())
