"""Check the built site against the provenance contract.

The promise to readers: every element that presents seed text verbatim carries
``data-seed`` and ``data-para``, and its text is a contiguous part of that
paragraph; every citation link lands on a paragraph that exists. The build runs
this over the finished HTML, so a quotation that drifted from its source (an
edit, a bad offset, a filter that changed a word) fails the build instead of
being published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from .corpus import Corpus

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

# Curly and straight quotes are treated alike (typography may differ between
# the article and the page, the words may not).
_QUOTE_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})
#: Elements whose text is decoration added by the theme, not content.
_IGNORED_CLASSES = frozenset({"headerlink"})
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
# A link to paragraph N of a source page, with directory URLs ("sources/x/#p3")
# or without them, as in the offline copy ("sources/x.html#p3").
_CITATION = re.compile(r"(?:^|/)sources/([A-Za-z0-9][A-Za-z0-9._-]*?)(?:/|/index\.html|\.html)#p(\d+)$")


@dataclass(frozen=True)
class ProvenanceProblem:
    """One broken promise, located in the built site."""

    page: str
    problem: str

    def __str__(self) -> str:
        return f"{self.page}: {self.problem}"


def normalise(text: str) -> str:
    """Whitespace collapsed and quotes folded: the form in which texts are compared."""
    return " ".join(text.translate(_QUOTE_FOLD).split())


# ---------------------------------------------------------------------------
# HTML scanning
# ---------------------------------------------------------------------------


@dataclass
class _Open:
    tag: str
    seed: str | None
    para: str | None
    ignored: bool
    text: list[str]


class _PageScanner(HTMLParser):
    """Collect (seed, para, text) of provenance elements and citation hrefs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Open] = []
        self.quotes: list[tuple[str, str, str]] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.hrefs.append(values["href"] or "")
        if tag in _VOID:
            return
        classes = set((values.get("class") or "").split())
        ignored = bool(classes & _IGNORED_CLASSES) or bool(self.stack and self.stack[-1].ignored)
        self.stack.append(_Open(tag, values.get("data-seed"), values.get("data-para"), ignored, []))

    def handle_endtag(self, tag: str) -> None:
        # Pop to the matching element (tolerates unclosed <p>/<li> in generated HTML).
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index].tag == tag:
                for element in reversed(self.stack[index:]):
                    self._close(element)
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        if not self.stack or self.stack[-1].ignored:
            return
        for element in self.stack:
            if element.seed is not None:
                element.text.append(data)

    def _close(self, element: _Open) -> None:
        if element.seed is not None:
            self.quotes.append((element.seed, element.para or "", "".join(element.text)))


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


ParagraphIndex = dict[str, dict[int, str]]


def paragraph_index(corpus: Corpus) -> ParagraphIndex:
    """Normalised text of every paragraph, by seed stem and paragraph number."""
    return {a.stem: {p.number: normalise(p.text) for p in a.paragraphs} for a in corpus.articles}


def check_page(page: str, html: str, paragraphs: ParagraphIndex) -> list[ProvenanceProblem]:
    """Problems in one built page (``page`` is its path, for messages)."""
    scanner = _PageScanner()
    scanner.feed(html)
    scanner.close()
    problems = []
    for seed, para, text in scanner.quotes:
        source = paragraphs.get(seed, {}).get(int(para)) if para.isdecimal() else None
        if source is None:
            problems.append(ProvenanceProblem(page, f"quotation cites {seed} paragraph {para!r}, which does not exist"))
        elif not (quoted := normalise(text)) or quoted not in source:
            problems.append(ProvenanceProblem(page, f'quotation "{quoted[:80]}" is not in {seed} paragraph {para}'))
    for href in scanner.hrefs:
        match = _CITATION.search(href)
        if match and int(match.group(2)) not in paragraphs.get(match.group(1), {}):
            problems.append(ProvenanceProblem(page, f"citation {href} points to a paragraph that does not exist"))
    return problems


def check_site(site_dir: Path, corpus: Corpus) -> list[ProvenanceProblem]:
    """Problems in every HTML page of a built site, in path order."""
    paragraphs = paragraph_index(corpus)
    problems: list[ProvenanceProblem] = []
    for path in sorted(site_dir.rglob("*.html")):
        page = path.relative_to(site_dir).as_posix()
        problems += check_page(page, path.read_text(encoding="utf-8"), paragraphs)
    return problems
