"""Where glossary terms occur in the articles, and the tooltips that explain them.

The glossary page links every entry to the paragraphs that mention it, and every
page explains terms in tooltips. Both need the same idea of a mention:

* whole words only ("IS" is not found in "ISIL", "aid" not in "said");
* forms written all in capitals ("IS", "SANA", "U.S.") match only in capitals, so
  the verb "is" never counts as Islamic State; every other form matches in any case;
* straight and curly apostrophes are alike, and so are hyphens and dashes;
* the longest form wins and mentions never overlap, so "U.S. Central Command" is
  one mention of CENTCOM, not a mention of the United States plus one of CENTCOM.

How: text is split once into tokens (runs of word characters, single punctuation
marks) with one simple regular expression, and the glossary forms are stored in a
trie keyed by token. At each token the trie is walked as far as the text allows,
so the work is linear in the size of the text (times the length, in tokens, of the
longest form) whatever the number of forms, and there is nothing to backtrack.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import add, itemgetter, sub

from .corpus import Corpus
from .glossary import CHAR_EQUIVALENTS, Glossary, GlossaryEntry, form_key

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: A token: a run of word characters, or one character that is neither a word
#: character nor white space. Linear: no nesting, no alternation that overlaps.
_TOKEN = re.compile(r"\w+|[^\w\s]")
#: The same tokens, each with the white space before it: (space, token).
_SPACED_TOKEN = re.compile(r"(\s*)(\w+|[^\w\s])")

#: The trie key of a token: whether white space precedes it (always False for the
#: first token of a form), and its text with apostrophes and dashes unified.
_Key = tuple[bool, str]


@dataclass(frozen=True)
class TermSpan:
    """A mention in a piece of text: ``text[start:end]`` is a form of entry ``entry_id``."""

    entry_id: str
    alias: str  # the glossary form that matched, as written in the glossary
    start: int
    end: int


@dataclass(frozen=True)
class TermMention:
    """A mention in an article: ``corpus.article(seed).paragraph(para).text[start:end] == text``."""

    entry_id: str
    alias: str  # the glossary form that matched, as written in the glossary
    seed: str  # article file stem
    para: int  # paragraph number, as on the source pages
    start: int
    end: int
    text: str  # the words as the article writes them ("Central command", "Deir Ezzour")


class _Node:
    """A trie node: the next token, joined without white space (``tight``) or after some
    (``spaced``); ``forms`` holds (entry id, form) for forms that end here."""

    __slots__ = ("forms", "spaced", "tight")

    def __init__(self) -> None:
        self.tight: dict[str, _Node] = {}
        self.spaced: dict[str, _Node] = {}
        self.forms: list[tuple[str, str]] = []

    def add_child(self, key: _Key) -> _Node:
        gap, token = key
        return (self.spaced if gap else self.tight).setdefault(token, _Node())


class _Tokens:
    """The tokens of a text as parallel arrays (offsets, white space before, unified text).

    Compact rather than a tuple per token: a 2 MB paragraph has half a million
    tokens. Offsets are machine integers, and a word that recurs is one shared
    string, so the memory needed grows with the vocabulary, not the text.
    """

    __slots__ = ("ends", "folded", "gaps", "starts", "texts")

    def __init__(self, text: str) -> None:
        # One pass of the regular expression gives each token with the white
        # space before it; offsets are running sums of their lengths. No Python
        # code runs per token, only per distinct token (unifying, case-folding).
        pairs = _SPACED_TOKEN.findall(text)
        spaces = list(map(len, map(itemgetter(0), pairs)))
        tokens = list(map(itemgetter(1), pairs))
        del pairs
        lengths = list(map(len, tokens))
        ends = list(accumulate(map(add, spaces, lengths)))
        self.starts = array("q", map(sub, ends, lengths))
        self.ends = array("q", ends)
        self.gaps = bytearray(map(bool, spaces))
        if self.gaps:
            self.gaps[0] = 0  # the first token has nothing before it to be apart from
        # Apostrophes and dashes unified; a word that recurs is one shared string,
        # so the memory needed grows with the vocabulary, not the text.
        unified = {token: token.translate(CHAR_EQUIVALENTS) for token in set(tokens)}
        folded = {token: token.casefold() for token in set(unified.values())}
        self.texts: list[str] = list(map(unified.__getitem__, tokens))
        self.folded: list[str] = list(map(folded.__getitem__, self.texts))


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def is_acronym(form: str) -> bool:
    """A form with letters, all of them capitals ("IS", "U.S.", "F16"): matched case-sensitively."""
    return any(c.isalpha() for c in form) and form == form.upper()


def _token_keys(text: str, *, fold: bool) -> list[tuple[int, int, _Key]]:
    """Tokens of ``text`` with their offsets and trie keys."""
    tokens = _Tokens(text)
    gaps = [bool(gap) for gap in tokens.gaps]
    texts = tokens.folded if fold else tokens.texts
    return list(zip(tokens.starts, tokens.ends, zip(gaps, texts, strict=True), strict=True))


class TermMatcher:
    """The compiled glossary: two tries (case-sensitive acronyms, case-folded others).

    Built once per build by ``compile_terms`` and never changed afterwards.
    """

    __slots__ = ("_exact", "_folded")

    def __init__(self, glossary: Glossary) -> None:
        self._exact = _Node()
        self._folded = _Node()
        for entry in glossary.entries:
            for form in entry.forms:
                normal = unicodedata.normalize("NFC", form)
                exact = is_acronym(normal)
                node = self._exact if exact else self._folded
                for _, _, key in _token_keys(normal, fold=not exact):
                    node = node.add_child(key)
                node.forms.append((entry.id, form))

    def find(self, text: str) -> tuple[TermSpan, ...]:
        """Every mention in ``text``, in order; the longest wins where two overlap."""
        if not text:
            return ()
        tokens = _Tokens(text)
        starts, ends, gaps = tokens.starts, tokens.ends, tokens.gaps
        # Candidates: (start char, end char, first token, end token, prefer, forms).
        candidates: list[tuple[int, int, int, int, int, list[tuple[str, str]]]] = []
        count = len(starts)
        for prefer, root, texts in ((0, self._exact, tokens.texts), (1, self._folded, tokens.folded)):
            first_tokens = root.tight  # a form's first token has no white space before it
            # Only a token that starts some form can start a match: pick those in one pass.
            for first in compress(range(count), map(first_tokens.__contains__, texts)):
                node: _Node | None = first_tokens[texts[first]]
                last = first
                while node is not None:
                    if node.forms:
                        candidates.append((starts[first], ends[last], first, last + 1, prefer, node.forms))
                    last += 1
                    if last == count:
                        break
                    node = (node.spaced if gaps[last] else node.tight).get(texts[last])
        del tokens
        # Longest first; then the earlier one; then an exact-case acronym over a folded form.
        candidates.sort(key=lambda c: (c[0] - c[1], c[0], c[4]))
        taken = bytearray(count)
        chosen: list[TermSpan] = []
        for start, end, first, stop, _, forms in candidates:
            if any(taken[first:stop]):
                continue
            taken[first:stop] = b"\x01" * (stop - first)
            surface = text[start:end]
            entry_id, alias = next((f for f in forms if f[1] == surface), forms[0])
            chosen.append(TermSpan(entry_id, alias, start, end))
        chosen.sort(key=lambda s: s.start)
        return tuple(chosen)


def _abbr_safe(text: str) -> str:
    """Text that stays inside one ``*[key]: title`` line and means nothing there.

    One line (white space collapsed); no control characters (Markdown uses STX/ETX
    for its placeholders); square brackets become round ones and backslashes
    slashes, so the definition can never end or escape the abbreviation key.
    """
    kept = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cs", "Co"))
    line = " ".join(kept.split()).replace("[", "(").replace("]", ")").replace("\\", "/")
    # Python-Markdown reads a title of '' or "" as "forget this abbreviation".
    return "(no definition)" if line in ("", "''", '""') else line


def _abbr_key(form: str) -> str | None:
    """The ``abbr`` key for a form, or None if the form cannot be one.

    ``abbr`` wraps matches in ``\\b...\\b``, so a key ending in a full stop ("U.S.")
    would only match before a letter. Trimming it to "U.S" lets the tooltip cover
    the letters while the final full stop stays outside.
    """
    key = " ".join(form.split()).rstrip(".")
    if not key or not key[0].isalnum() or any(c in "[]\\" for c in key):
        return None
    return key


def _abbr_title(entry: GlossaryEntry, form: str, *, with_source: bool) -> str:
    """The tooltip: the canonical term when the form differs, one sentence, optionally its origin.

    One sentence (``GlossaryEntry.tooltip``): the whole definition stays on the
    glossary page, which the first mention in each section links to.
    """
    title = entry.tooltip
    if form_key(form) != form_key(entry.term):
        title = f"{entry.term}: {title}"
    if with_source:
        origin = "from the articles" if entry.from_articles else "source: " + "; ".join(s.title for s in entry.sources)
        title = f"{title} (Glossary, {origin})"
    return _abbr_safe(title)


def _abbr_forms(glossary: Glossary, mentions: Iterable[TermMention]) -> Iterable[tuple[GlossaryEntry, str, str]]:
    """(entry, form, abbr key) for every key, first claim first (see ``abbr_glossary``)."""
    surfaces: dict[str, list[str]] = {}
    for mention in mentions:
        surfaces.setdefault(mention.entry_id, []).append(mention.text)
    claimed: set[str] = set()
    for entry in glossary.entries:
        forms: list[str] = []
        for form in (*entry.forms, *surfaces.get(entry.id, ())):
            forms.append(form)
            if form[:1].islower():
                forms.append(form[0].upper() + form[1:])
        for form in forms:
            if "\n" in form:
                continue  # a mention broken across lines is not a key abbr could match
            key = _abbr_key(form)
            if key is not None and key not in claimed:
                claimed.add(key)
                yield entry, form, key


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def compile_terms(glossary: Glossary) -> TermMatcher:
    """Build the matcher once and reuse it for every text of a build."""
    return TermMatcher(glossary)


def find_term_mentions(corpus: Corpus, glossary: Glossary) -> tuple[TermMention, ...]:
    """Every glossary mention in every paragraph, in article and reading order."""
    matcher = compile_terms(glossary)
    mentions: list[TermMention] = []
    for article in corpus.articles:
        for paragraph in article.paragraphs:
            for span in matcher.find(paragraph.text):
                mentions.append(
                    TermMention(
                        entry_id=span.entry_id,
                        alias=span.alias,
                        seed=article.stem,
                        para=paragraph.number,
                        start=span.start,
                        end=span.end,
                        text=paragraph.text[span.start : span.end],
                    )
                )
    return tuple(mentions)


def mentions_by_entry(mentions: Iterable[TermMention]) -> dict[str, tuple[TermMention, ...]]:
    """Mentions grouped by entry id, each group in reading order ("Mentioned in" links)."""
    groups: dict[str, list[TermMention]] = {}
    for mention in mentions:
        groups.setdefault(mention.entry_id, []).append(mention)
    return {entry_id: tuple(group) for entry_id, group in groups.items()}


def abbr_glossary(
    glossary: Glossary, mentions: Iterable[TermMention] = (), *, with_source: bool = False
) -> dict[str, str]:
    """Abbreviation key -> tooltip text, for the ``abbr`` extension's ``glossary`` option.

    ``abbr`` matches keys case-sensitively and as whole words, so each form needs
    its own key: every term and alias as written, the same with a capital first
    letter (for the start of a sentence), and, when ``mentions`` are given, every
    spelling the articles actually use ("Central command"). The first entry to
    claim a key keeps it, so the result does not depend on dictionary order.
    """
    return {
        key: _abbr_title(entry, form, with_source=with_source) for entry, form, key in _abbr_forms(glossary, mentions)
    }


def abbr_entries(glossary: Glossary, mentions: Iterable[TermMention] = ()) -> dict[str, str]:
    """Abbreviation key -> glossary entry id: which entry a rendered ``<abbr>`` stands for."""
    return {key: entry.id for entry, _, key in _abbr_forms(glossary, mentions)}


def abbr_glossary_lines(
    glossary: Glossary, mentions: Iterable[TermMention] = (), *, with_source: bool = False
) -> list[str]:
    """The same as ``abbr_glossary``, as Python-Markdown definitions: ``*[key]: title``."""
    return [f"*[{key}]: {title}" for key, title in abbr_glossary(glossary, mentions, with_source=with_source).items()]
