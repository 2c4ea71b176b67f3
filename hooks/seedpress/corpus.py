"""The corpus: articles from ``seeds/``, split into numbered paragraphs and sentences.

Paragraph N of an article is its N-th non-blank block, counting from 1 with the
headline included. Every citation on the site points at such a paragraph, so
this numbering is the site's public contract (see ``docs/about.md``).

Which files count:

* ``*.txt`` (any letter case) are articles, read in file-name order;
* ``sources.yml`` is their metadata (``seeds_metadata.py``);
* hidden files (``.gitkeep``, ``.DS_Store``) are passed over silently;
* any other file or folder is passed over with a warning (a strict build fails);
* two articles with the same text: the later file name is passed over with a
  warning, so the site never shows one article twice.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SeedError, SeedNameError
from .page_parts import Block, PageParts, split_pages
from .routes import paragraph_anchor
from .seedfile import read_seed
from .sentences import SentenceSpan, split_sentences
from .structure import Role, classify_blocks, display_start

log = logging.getLogger(__name__)

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: The file stem becomes the page address ``sources/<stem>/`` and the
#: ``data-seed`` attribute, so it must be safe in both.
_SAFE_STEM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")

METADATA_FILE = "sources.yml"
#: Stems that would collide with pages the site generates itself.
_RESERVED_STEMS = frozenset({"index"})


@dataclass(frozen=True)
class Sentence:
    """A sentence: ``paragraph.text[start:end] == text``."""

    number: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """The N-th non-blank block of an article, stored verbatim (outer white space removed)."""

    number: int
    text: str
    role: Role
    sentences: tuple[Sentence, ...]

    @property
    def anchor(self) -> str:
        """The fragment id of this paragraph on its source page."""
        return paragraph_anchor(self.number)

    @property
    def display_text(self) -> str:
        """The text shown to readers: verbatim, minus leading copy-paste debris."""
        return self.text[display_start(self.text) :]


@dataclass(frozen=True)
class Article:
    """One seed file, parsed."""

    stem: str
    path: str  # as shown in messages, e.g. "seeds/000_x.txt"
    text: str  # normalised: NFC, "\n" line ends, no BOM
    paragraphs: tuple[Paragraph, ...]

    @property
    def headline(self) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.role == "headline"), None)

    @property
    def standfirst(self) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.role == "standfirst"), None)

    @property
    def body(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.role == "body")

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    @functools.cached_property
    def page_parts(self) -> PageParts:
        """How the article's page is split into parts of bounded size (``page_parts``), worked out once.

        Every citation asks which part holds its paragraph (``PageParts.part_of``).
        """
        return split_pages(
            Block(p.number, p.text, display_start(p.text), [s.start for s in p.sentences]) for p in self.body
        )

    def paragraph(self, number: int) -> Paragraph:
        """Paragraph ``number`` (1-based); ``IndexError`` if there is none."""
        if not 1 <= number <= len(self.paragraphs):
            raise IndexError(f"{self.path} has no paragraph {number}")
        return self.paragraphs[number - 1]


@dataclass(frozen=True)
class Corpus:
    """All articles of a build, in file-name order."""

    articles: tuple[Article, ...]
    _by_stem: dict[str, Article] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Pages look articles up by stem for every quotation; keep that O(1).
        object.__setattr__(self, "_by_stem", {a.stem: a for a in self.articles})

    def article(self, stem: str) -> Article:
        """The article whose file stem is ``stem``; ``KeyError`` if there is none."""
        return self._by_stem[stem]


# ---------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------


def split_blocks(text: str) -> list[str]:
    """Non-blank blocks of ``text``, each with its outer white space removed."""
    return [block.strip() for block in _BLANK_LINES.split(text) if block.strip()]


def _sentences(text: str) -> tuple[Sentence, ...]:
    spans: tuple[SentenceSpan, ...] = split_sentences(text)
    return tuple(Sentence(i, s.start, s.end, s.text) for i, s in enumerate(spans, start=1))


def parse_article(stem: str, path: str, text: str) -> Article:
    """Build an ``Article`` from already-decoded text (see ``seedfile.decode_seed``)."""
    blocks = split_blocks(text)
    roles = classify_blocks(blocks)
    paragraphs = tuple(
        Paragraph(number, block, role, _sentences(block))
        for number, (block, role) in enumerate(zip(blocks, roles, strict=True), start=1)
    )
    return Article(stem=stem, path=path, text=text, paragraphs=paragraphs)


# ---------------------------------------------------------------------------
# Loading a folder
# ---------------------------------------------------------------------------


def _article_files(seeds_dir: Path, label: str) -> list[Path]:
    """The article files of ``seeds_dir``, sorted; warn about anything unexpected."""
    if not seeds_dir.is_dir():
        raise SeedError(label, "folder not found; it should hold the articles as .txt files")
    articles = []
    for entry in sorted(seeds_dir.iterdir(), key=lambda p: p.name):
        shown = f"{label}/{entry.name}"
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            log.warning("%s: folder ignored; articles must sit directly in %s/", shown, label)
        elif entry.suffix.lower() == ".txt":
            articles.append(entry)
        elif entry.name != METADATA_FILE:
            log.warning("%s: ignored; only .txt files are articles", shown)
    return articles


def _check_file(path: Path, seeds_dir: Path, shown: str) -> None:
    """Refuse names that cannot be addresses and links that leave the folder."""
    if not _SAFE_STEM.match(path.stem):
        raise SeedNameError(
            shown,
            "file name must start with a letter or digit and use only letters, digits, '.', '_' and '-' "
            "(at most 100 characters), because it becomes the page address sources/<name>/",
        )
    if path.stem.lower() in _RESERVED_STEMS:
        raise SeedNameError(shown, f"the name '{path.stem}' is reserved for the sources index page; rename the file")
    if path.is_symlink() and seeds_dir.resolve() not in path.resolve().parents:
        raise SeedNameError(shown, "symbolic link to a file outside the seeds folder; copy the article in instead")


def load_corpus(seeds_dir: Path, label: str = "seeds") -> Corpus:
    """Read every article in ``seeds_dir``.

    ``label`` is how the folder is named in messages. Raises ``SeedError`` (one
    line, naming the file) for any article that cannot be read.
    """
    articles: list[Article] = []
    seen_text: dict[str, str] = {}
    seen_stem: dict[str, str] = {}
    for path in _article_files(seeds_dir, label):
        shown = f"{label}/{path.name}"
        _check_file(path, seeds_dir, shown)
        if path.stem.lower() in seen_stem:
            raise SeedNameError(
                shown, f"same name as {seen_stem[path.stem.lower()]} apart from letter case or extension"
            )
        seen_stem[path.stem.lower()] = shown
        text = read_seed(path, shown)
        digest = hashlib.sha256(text.strip().encode("utf-8")).hexdigest()
        if digest in seen_text:
            log.warning("%s: ignored; same text as %s", shown, seen_text[digest])
            continue
        seen_text[digest] = shown
        articles.append(parse_article(path.stem, shown, text))
    if not articles:
        raise SeedError(label, "no articles found; add at least one .txt file")
    return Corpus(tuple(articles))
