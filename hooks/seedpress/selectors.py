"""Quotation selectors: how editorial data points at exact words in an article.

Editorial points cite the articles by quoting a few words (``{seed, quote}``)
rather than by paragraph number, so that the citation is checked against the
text on every build: a selector that matches nowhere, or in more than one
place, fails the build naming it. Matching ignores differences of white space
and of curly versus straight quotes, as the provenance check does.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .corpus import Article, Corpus, Paragraph
from .errors import SeedError

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: Curly quotes as straight ones: a selector's quotes match either style.
_QUOTE_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


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


def find_quote(quote: str, text: str) -> list[tuple[int, int]]:
    """Every (start, end) in ``text`` where ``quote``'s words occur, tolerating white space and quote styles.

    The words must follow each other with white space between them (any amount,
    a line break included); curly and straight quotes are alike. Scanned from the
    left, each find after the one before it. String searches only: no regular
    expression to compile for each selector.
    """
    words = quote.translate(_QUOTE_FOLD).split()
    if not words:
        return []
    folded = _folded(text)  # one character for one: offsets hold
    first = words[0]
    found = []
    start = folded.find(first)
    while start >= 0:
        end = _words_from(folded, start + len(first), words[1:])
        if end < 0:
            start = folded.find(first, start + 1)
        else:
            found.append((start, end))
            start = folded.find(first, end)
    return found


@functools.lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    """``text`` with curly quotes straight; a paragraph is searched by many selectors, so it is folded once."""
    return text.translate(_QUOTE_FOLD)


def _words_from(text: str, position: int, words: list[str]) -> int:
    """Where ``words`` end if each follows white space from ``position`` on; -1 if they do not."""
    for word in words:
        after = position
        while after < len(text) and text[after].isspace():
            after += 1
        if after == position or not text.startswith(word, after):
            return -1
        position = after + len(word)
    return position


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
    hits = [(p, span) for p in article.paragraphs for span in find_quote(selector.quote, p.text)]
    shown = " ".join(selector.quote.split())[:60]
    if not hits:
        raise SelectorError(label, f'{where}: "{shown}" is not in seeds/{selector.seed}.txt')
    if len(hits) > 1:
        places = ", ".join(f"paragraph {p.number}" for p, _ in hits[:5])
        raise SelectorError(label, f'{where}: "{shown}" matches {len(hits)} places ({places}); quote more words')
    paragraph, (start, end) = hits[0]
    return Span(article, paragraph, start, end)
