"""One rule for finding words in text, used by every word list of the site.

Glossary terms (``terms.py``), topic words (``topics.py``), actor labels
(``labels.py``) and party patterns (``parties.py``) are all found here, so a
form that one of them finds, the others find too:

* whole words only: "IS" is not found in "ISIL", "aid" not in "said"; a word is
  a run of letters, digits or underscores (in any script: "Dayr", "دير", "Дейр"),
  and every other character (hyphens and dashes included) stands between words,
  so "U.S." is found in "U.S.-led" and "ISIS" in "anti-ISIS";
* forms written all in capitals ("IS", "SANA", "U.S.") match only in capitals, so
  the verb "is" never counts as Islamic State; every other form matches in any
  case ("Assad" finds "ASSAD" and "assad");
* straight and curly apostrophes are alike ("Assad's" finds "Assad’s"), and so
  are hyphens and dashes ("U.S.-led" finds "U.S.–led");
* white space in a form matches any run of white space (a line break included);
  where the form has none, the text must have none ("ez-Zor" is not "ez - Zor");
* the longest form wins and found forms never overlap, so "U.S. Central Command"
  is one find, not "U.S." plus "Central Command".

How: text is split once into tokens (runs of word characters, single other
characters) by one simple regular expression, and the forms are stored in two
tries keyed by token (capitals as written; the rest case-folded). At each token
the trie is walked as far as the text allows, so the work is linear in the text
(times the length, in tokens, of the longest form) whatever the number of forms.
Most texts hold no form at all: a substring test of each form's longest token
answers those without tokenising them.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate
from typing import Generic, TypeVar

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: Characters that news text uses interchangeably: every apostrophe becomes "'",
#: every hyphen or dash becomes "-". One character for one, so offsets survive.
CHAR_EQUIVALENTS = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark, the usual curly apostrophe
        "\u2018": "'",  # left single quotation mark, often typed by mistake
        "\u02bc": "'",  # modifier letter apostrophe
        "\u2032": "'",  # prime
        "`": "'",
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash ("U.S.–Russia")
        "\u2014": "-",  # em dash
        "\u2015": "-",  # horizontal bar
        "\u2212": "-",  # minus sign
    }
)

_EQUIVALENT_PAIRS = tuple((chr(code), same) for code, same in CHAR_EQUIVALENTS.items())

#: A token: a run of word characters, or one character that is neither a word
#: character nor white space. Linear: no nesting, no alternation that overlaps.
_TOKEN = re.compile(r"\w+|[^\w\s]")
#: The same, as the one group of a split: pieces alternate white space (maybe empty) and tokens.
_TOKEN_SPLIT = re.compile(rf"({_TOKEN.pattern})")

Payload = TypeVar("Payload")


@dataclass(frozen=True)
class WordSpan(Generic[Payload]):
    """A find: ``text[start:end]`` is ``form`` (under the rule above), given with ``payload``."""

    start: int
    end: int
    form: str  # the form as the caller gave it
    payload: Payload


class Prepared:
    """A text unified and case-folded once, for ``WordMatcher.could_match`` asked by several matchers."""

    __slots__ = ("folded", "unified")

    def __init__(self, text: str) -> None:
        self.unified = unify(text)
        self.folded = self.unified.casefold()


class Tokens:
    """The tokens of a text as parallel arrays (offsets, white space before, unified and folded text).

    Compact rather than a tuple per token: a 2 MB paragraph has half a million
    tokens. Offsets are machine integers, and a word that recurs is one shared
    string, so the memory needed grows with the vocabulary, not the text.
    """

    __slots__ = ("ends", "folded", "gaps", "starts", "texts")

    def __init__(self, text: str) -> None:
        # One split in C gives white space and tokens alternately (only white space lies
        # between tokens): [space, token, space, token, ..., space].
        pieces = _TOKEN_SPLIT.split(unify(text))
        count = len(pieces) // 2
        offsets = list(accumulate(map(len, pieces)))  # where each piece ends
        self.starts = array("q", offsets[0 : 2 * count : 2])
        self.ends = array("q", offsets[1::2])
        # White space before a token, not counting the text's start.
        self.gaps = bytearray(map(bool, pieces[2 : 2 * count : 2]))
        self.gaps[0:0] = b"\x00"[:count]
        shared: dict[str, str] = {}
        self.texts = list(map(shared.setdefault, pieces[1::2], pieces[1::2]))  # apostrophes and dashes unified
        folded = {token: token.casefold() for token in shared}
        self.folded = list(map(folded.__getitem__, self.texts))  # the same, case-folded

    def __len__(self) -> int:
        return len(self.starts)


class _Node:
    """A trie node: the next token, joined without white space (``tight``) or after some
    (``spaced``); ``forms`` holds (form, payload) for the forms that end here."""

    __slots__ = ("forms", "spaced", "tight")

    def __init__(self) -> None:
        self.tight: dict[str, _Node] = {}
        self.spaced: dict[str, _Node] = {}
        self.forms: list[tuple[str, object]] = []


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def unify(text: str) -> str:
    """``text`` with every apostrophe as "'" and every hyphen or dash as "-" (same length)."""
    # One str.replace per character that occurs: each a scan in C, faster than translate's
    # lookup per character; every target ("'", "-") is no source, so the order does not matter.
    for char, same in _EQUIVALENT_PAIRS:
        if char in text:
            text = text.replace(char, same)
    return text


def is_acronym(form: str) -> bool:
    """A form with letters, all of them capitals ("IS", "U.S.", "F-16"): matched as written."""
    return any(c.isalpha() for c in form) and form == form.upper()


def _firsts(root: _Node, texts: list[str]) -> list[int]:
    """The tokens where a form can start (its first token is a key of the root): usually few or none."""
    tight = root.tight
    if tight.keys().isdisjoint(texts):
        return []
    return [first for first, token in enumerate(texts) if token in tight]


def _walk(root: _Node, texts: list[str], gaps: bytearray, first: int) -> Iterable[tuple[int, _Node]]:
    """Every (last token + 1, node) with forms that a walk from token ``first`` reaches."""
    node = root.tight.get(texts[first])  # a form's first token has no white space before it
    last = first
    count = len(texts)
    while node is not None:
        if node.forms:
            yield last + 1, node
        last += 1
        if last == count:
            return
        node = (node.spaced if gaps[last] else node.tight).get(texts[last])


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


class WordMatcher(Generic[Payload]):
    """Forms compiled once under the rule above; ``find`` and ``matches`` ask about any text."""

    __slots__ = ("_exact", "_exact_parts", "_folded", "_folded_parts")

    def __init__(self, forms: Iterable[tuple[str, Payload]]) -> None:
        self._exact = _Node()
        self._folded = _Node()
        exact_parts: set[str] = set()
        folded_parts: set[str] = set()
        for form, payload in forms:
            normal = unicodedata.normalize("NFC", form)
            tokens = Tokens(normal)
            if not len(tokens):
                continue
            exact = is_acronym(normal)
            texts = tokens.texts if exact else tokens.folded
            node = self._exact if exact else self._folded
            for index, token in enumerate(texts):
                branch = node.spaced if index and tokens.gaps[index] else node.tight
                node = branch.setdefault(token, _Node())
            node.forms.append((form, payload))
            (exact_parts if exact else folded_parts).add(max(texts, key=len))
        self._exact_parts = tuple(exact_parts)
        self._folded_parts = tuple(folded_parts)

    def could_match(self, text: str | Prepared) -> bool:
        """False only when no form can be in ``text``: each form's longest token is missing from it.

        ``text`` may be ``Prepared`` once for several matchers asking about it.
        """
        unified = text.unified if isinstance(text, Prepared) else unify(text)
        if any(part in unified for part in self._exact_parts):
            return True
        if not self._folded_parts:
            return False
        # Case folding is one character at a time, so a folded token is a substring of the folded text.
        folded = text.folded if isinstance(text, Prepared) else unified.casefold()
        return any(part in folded for part in self._folded_parts)

    def matches(self, text: str, tokens: Tokens | None = None) -> bool:
        """Does any form occur in ``text``? (``tokens``: ``Tokens(text)``, when the caller has them.)"""
        if tokens is None:
            if not self.could_match(text):
                return False
            tokens = Tokens(text)
        for root, texts in ((self._exact, tokens.texts), (self._folded, tokens.folded)):
            if any(next(iter(_walk(root, texts, tokens.gaps, first)), None) for first in _firsts(root, texts)):
                return True
        return False

    def find(self, text: str, tokens: Tokens | None = None) -> tuple[WordSpan[Payload], ...]:
        """Every form in ``text``, in order; where two overlap the longer wins (then the earlier, then capitals).

        ``tokens``: ``Tokens(text)``, when the caller has them (several matchers asking about one text).
        """
        if tokens is None:  # with tokens given, the walk below finds at once where no form can start
            if not text or not self.could_match(text):
                return ()
            tokens = Tokens(text)
        starts, ends = tokens.starts, tokens.ends
        # Candidates: (minus length, start char, prefer, first token, end token, forms), in the order
        # they are taken: longest, then earliest, then capitals. No two agree on the first three
        # (a start and a length give one walk per trie), so sorting never compares the forms.
        candidates: list[tuple[int, int, int, int, int, list[tuple[str, object]]]] = []
        for prefer, root, texts in ((0, self._exact, tokens.texts), (1, self._folded, tokens.folded)):
            for first in _firsts(root, texts):
                start = starts[first]
                for stop, node in _walk(root, texts, tokens.gaps, first):
                    candidates.append((start - ends[stop - 1], start, prefer, first, stop, node.forms))
        candidates.sort()
        taken = bytearray(len(tokens))
        chosen: list[WordSpan[Payload]] = []
        for minus_length, start, _, first, stop, forms in candidates:
            if any(taken[first:stop]):
                continue
            taken[first:stop] = b"\x01" * (stop - first)
            end = start - minus_length
            if len(forms) == 1:
                form, payload = forms[0]
            else:
                surface = text[start:end]
                form, payload = next((f for f in forms if f[0] == surface), forms[0])
            chosen.append(WordSpan(start, end, form, payload))  # type: ignore[arg-type]
        chosen.sort(key=lambda s: s.start)
        return tuple(chosen)
