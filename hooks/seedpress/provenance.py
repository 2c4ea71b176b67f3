"""Check the built site against the provenance contract.

The promise to readers: every element that presents seed text verbatim carries
``data-seed`` and ``data-para``, and its text is a contiguous part of that
paragraph; every citation link lands on a paragraph that exists. The build runs
this over the finished HTML, so a quotation that drifted from its source (an
edit, a bad offset, a filter that changed a word) fails the build instead of
being published.

It reads only the marked elements and the links to paragraphs, never a whole
page as HTML: one pass of literal searches per page, so the check costs a
small part of the build at any size (a full parse of every page cost as much
as generating them).
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .corpus import Corpus
from .page_parts import PageParts

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
# or without them, as in the offline copy ("sources/x.html#p3"); on a later part
# of a long article's page, "sources/x/part-4/#p3120" ("sources/x/part-4.html#p3120").
_CITATION = re.compile(
    r"(?:^|/)sources/([A-Za-z0-9][A-Za-z0-9._-]*?)(?:/part-([1-9]\d*))?(?:/|/index\.html|\.html)#p(\d+)$"
)

# The scan reads only what the contract is about: start tags that carry
# ``data-seed``, the elements they open, and link targets ending in ``#pN``. The
# rest of a page is never parsed. Literal searches find the candidates (fast in
# C); the patterns that confirm them cannot backtrack (the alternatives of an
# attribute list start with different characters). Where the fast way cannot
# tell (upper-case attribute names, a "<" inside an attribute value), the page is
# scanned tag by tag instead, so no marked element is ever passed over.
_ATTRS = r"""(?:[^>"']|"[^"]*"|'[^']*')*"""
#: Any start tag: (tag name, attributes).
_START = re.compile(rf"<([A-Za-z][A-Za-z0-9]*)({_ATTRS})>")
#: A start tag with a data-seed attribute, found tag by tag: (tag name, attributes).
_SEED_TAG = re.compile(rf"<([A-Za-z][A-Za-z0-9]*)(\s{_ATTRS}?\bdata-seed\s*=\s*{_ATTRS})>", re.IGNORECASE)
#: Where "data-seed" may be written, in any letter case (found by its literal "-").
_SEED_NAME = re.compile(r"-[sS][eE][eE][dD]")
#: One attribute: name, then its value double-quoted, single-quoted or bare.
_ATTR = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
#: Any tag (start or end) or comment; markup inside an element is dropped from its text.
_MARKUP = re.compile(rf"<!--.*?-->|</?[A-Za-z][A-Za-z0-9]*{_ATTRS}>", re.DOTALL)
#: The target of a link (any quoting) when it ends in a paragraph anchor.
_TARGET = r"""\s*=\s*(?:"([^"]*#p\d+)"|'([^']*#p\d+)'|([^\s>"']*#p\d+)(?=[\s>]))"""
_PARA_HREF = re.compile("href" + _TARGET)
_PARA_HREF_ANY_CASE = re.compile(r"\bhref" + _TARGET, re.IGNORECASE)
#: Every paragraph anchor at the end of an attribute value, however it is linked.
_PARA_ANCHOR = re.compile(r"""#p\d+(?=["'\s>])""")


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


def _attributes(source: str) -> dict[str, str]:
    """The attributes of a start tag (names in lower case, values unescaped; the first of a name wins)."""
    found: dict[str, str] = {}
    for match in _ATTR.finditer(source):
        value = next((v for v in match.group(2, 3, 4) if v is not None), "")
        found.setdefault(match.group(1).lower(), html.unescape(value))
    return found


@functools.cache
def _tag_pattern(tag: str) -> re.Pattern[str]:
    """Start and end tags of one element name."""
    return re.compile(rf"<(/?){re.escape(tag)}(?=[\s/>]){_ATTRS}>", re.IGNORECASE)


def _element_end(page: str, tag: str, position: int) -> tuple[int, int] | None:
    """(start, end) of the end tag that closes the ``tag`` element whose content starts at ``position``."""
    depth = 1
    for match in _tag_pattern(tag).finditer(page, position):
        if match.group(1):
            depth -= 1
            if depth == 0:
                return match.start(), match.end()
        elif not match.group(0).endswith("/>"):
            depth += 1
    return None


def _text(content: str) -> str:
    """The text of an element's content as a reader sees it, without theme decoration."""
    if "headerlink" in content:
        content = _drop_ignored(content)
    return html.unescape(_MARKUP.sub("", content))


def _drop_ignored(content: str) -> str:
    """``content`` without the elements of an ignored class (the permalink of a heading)."""
    kept: list[str] = []
    position = 0
    while (match := _START.search(content, position)) is not None:
        classes = set(_attributes(match.group(2)).get("class", "").split())
        if not classes & _IGNORED_CLASSES or match.group(1).lower() in _VOID:
            kept.append(content[position : match.end()])
            position = match.end()
            continue
        kept.append(content[position : match.start()])
        end = _element_end(content, match.group(1), match.end())
        position = len(content) if end is None else end[1]
    kept.append(content[position:])
    return "".join(kept)


def _seed_tags(page: str) -> list[tuple[re.Match[str], dict[str, str]]]:
    """The start tags carrying ``data-seed``, with their attributes, in page order."""
    found: list[tuple[re.Match[str], dict[str, str]]] = []
    for candidate in _SEED_NAME.finditer(page):
        name_start = candidate.start() - 4
        if page[name_start : candidate.start()].lower() != "data":
            continue
        opening = page.rfind("<", 0, name_start)
        tag = _START.match(page, opening) if opening >= 0 else None
        if tag is not None and tag.end() <= name_start:
            continue  # the words "data-seed" in the text, after a closed tag
        attributes = _attributes(tag.group(2)) if tag is not None else {}
        if tag is None or page.find(">", opening, name_start) >= 0 or "data-seed" not in attributes:
            # Not plainly an attribute of the last tag: read the page tag by tag.
            return [(match, _attributes(match.group(2))) for match in _SEED_TAG.finditer(page)]
        found.append((tag, attributes))
    return found


def _hrefs(page: str) -> list[str]:
    """Link targets ending in a paragraph anchor."""
    matches = list(_PARA_HREF.finditer(page))
    if len(matches) != len(_PARA_ANCHOR.findall(page)):
        matches = list(_PARA_HREF_ANY_CASE.finditer(page))  # "HREF=", or an anchor outside a link
    return [html.unescape(next(v for v in m.groups() if v is not None)) for m in matches]


def _scan(page: str) -> tuple[list[tuple[str, str, str | None]], list[str]]:
    """(seed, para, text or None if the element is never closed) of every provenance element, and citation hrefs."""
    quotes: list[tuple[str, str, str | None]] = []
    for match, attributes in _seed_tags(page):
        tag = match.group(1).lower()
        if tag in _VOID or "data-seed" not in attributes:
            continue
        end = _element_end(page, tag, match.end())
        text = None if end is None else _text(page[match.end() : end[0]])
        quotes.append((attributes["data-seed"], attributes.get("data-para", ""), text))
    return quotes, _hrefs(page)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


ParagraphIndex = dict[str, dict[int, str]]


def paragraph_index(corpus: Corpus) -> ParagraphIndex:
    """Normalised text of every paragraph, by seed stem and paragraph number."""
    return {a.stem: {p.number: normalise(p.text) for p in a.paragraphs} for a in corpus.articles}


def check_page(
    page: str, html: str, paragraphs: ParagraphIndex, layouts: Mapping[str, PageParts] | None = None
) -> list[ProvenanceProblem]:
    """Problems in one built page (``page`` is its path, for messages).

    ``layouts``: how each article's page is split into parts; a citation must go
    to the part where its paragraph starts (without it, every page is one part).
    """
    quotes, hrefs = _scan(html)
    problems = []
    for seed, para, text in quotes:
        source = paragraphs.get(seed, {}).get(int(para)) if para.isdecimal() else None
        if source is None:
            problems.append(ProvenanceProblem(page, f"quotation cites {seed} paragraph {para!r}, which does not exist"))
        elif text is None:
            problems.append(ProvenanceProblem(page, f"quotation from {seed} paragraph {para} is never closed"))
        elif not (quoted := normalise(text)) or quoted not in source:
            problems.append(ProvenanceProblem(page, f'quotation "{quoted[:80]}" is not in {seed} paragraph {para}'))
    for href in hrefs:
        match = _CITATION.search(href)
        if not match:
            continue
        seed, number = match.group(1), int(match.group(3))
        layout = (layouts or {}).get(seed)
        if number not in paragraphs.get(seed, {}):
            problems.append(ProvenanceProblem(page, f"citation {href} points to a paragraph that does not exist"))
        elif int(match.group(2) or 1) != (part := layout.part_of(number) if layout else 1):
            problems.append(
                ProvenanceProblem(page, f"citation {href} points to a part without it (it is on part {part})")
            )
    return problems


def check_site(site_dir: Path, corpus: Corpus) -> list[ProvenanceProblem]:
    """Problems in every HTML page of a built site, in path order."""
    paragraphs = paragraph_index(corpus)
    layouts = {article.stem: article.page_parts for article in corpus.articles}
    problems: list[ProvenanceProblem] = []
    for path in sorted(site_dir.rglob("*.html")):
        page = path.relative_to(site_dir).as_posix()
        problems += check_page(page, path.read_text(encoding="utf-8"), paragraphs, layouts)
    return problems
