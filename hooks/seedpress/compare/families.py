"""Quote families: quotations that report the same utterance, across articles.

Two outlets print the same sentence identically, translate it differently, or
quote a piece of it. A family has a *base* (its longest quotation) and members
that are ``identical`` to it, a ``variant`` wording of it, or a ``fragment`` of
it, each with a word-level diff against the base. Matching never compares all
pairs: each quotation looks up candidate families through its rarest words, so
work grows with the number of quotations, not its square.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from ..extract.model import Quotation

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

Relation = Literal["base", "identical", "variant", "fragment"]

#: Function words carry no evidence that two quotations are the same utterance.
STOPWORDS = frozenset(
    "a an the of to in on at by for with and or but is are was were be been it its this that these those "
    "as from has have had will would not no we our us they their he his she her i".split()
)
RAREST_WORDS = 6  # words of a quotation used to look up candidates
MAX_POSTINGS = 64  # families remembered per word; more means the word is not rare
MAX_CANDIDATES = 5  # families compared in full per quotation
FRAGMENT_SHARE = 0.8  # share of a fragment's words found, in order, in the base
VARIANT_SHARE = 0.6  # share of content words two wordings must have in common
VARIANT_MIN_SHARED = 4
FRAGMENT_MIN_WORDS = 3  # shorter quotations join only an unambiguous family
#: Two translations of one statement share few exact words ("stubborn reluctance" / "dogged
#: unwillingness"). Quoted from the same named person, they are one family when this share
#: of their word stems (first letters, so "coordinate"/"coordination" agree) is common.
TRANSLATION_SHARE = 0.35
TRANSLATION_MIN_SHARED = 4
STEM = 5
_WORD = re.compile(r"[\w\u2019']+")


@dataclass(frozen=True)
class DiffOp:
    """One step of a word diff from the base to a member."""

    op: Literal["equal", "replace", "delete", "insert"]
    base: str
    member: str


@dataclass(frozen=True)
class FamilyMember:
    quotation: Quotation
    relation: Relation
    diff: tuple[DiffOp, ...]


@dataclass(frozen=True)
class QuoteFamily:
    """Quotations of one utterance; ``id`` is stable across builds (a hash of the base's words)."""

    id: str
    base: Quotation
    members: tuple[FamilyMember, ...]

    @property
    def seeds(self) -> tuple[str, ...]:
        return tuple(sorted({m.quotation.seed for m in self.members}))


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def words_of(text: str) -> list[str]:
    """Lower-case words, curly and straight apostrophes alike."""
    return [w.replace("\u2019", "'") for w in _WORD.findall(text.lower())]


def _content(words: list[str]) -> set[str]:
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w not in STOPWORDS}


def _fragment_of(base: list[str], part: list[str]) -> bool:
    """Are (nearly) all words of ``part`` found in order within one stretch of ``base``?"""
    if len(part) >= len(base):
        return False
    blocks = [b for b in difflib.SequenceMatcher(None, base, part, autojunk=False).get_matching_blocks() if b.size]
    if not blocks:
        return False
    matched = sum(b.size for b in blocks)
    stretch = blocks[-1].a + blocks[-1].size - blocks[0].a
    return matched >= FRAGMENT_SHARE * len(part) and stretch <= 1.5 * len(part) + 2


def _variant_of(base: set[str], other: set[str]) -> bool:
    shared = len(base & other)
    return shared >= VARIANT_MIN_SHARED and shared >= VARIANT_SHARE * min(len(base), len(other))


def _stems(words: list[str]) -> set[str]:
    return {w[:STEM] for w in words if w not in STOPWORDS and len(w) > 2}


def _translation_of(family: set[str], other: set[str]) -> bool:
    """Does a wording share enough stems with the wordings of a family so far?"""
    shared = len(family & other)
    return shared >= TRANSLATION_MIN_SHARED and shared >= TRANSLATION_SHARE * len(other)


def speaker_key(quotation: Quotation) -> str:
    """A named person's surname: the same person quoted in two articles ("" for anyone else)."""
    speaker = quotation.speaker
    if speaker is None or speaker.kind != "person":
        return ""
    return speaker.label.split()[-1].lower().strip(".,")


def word_diff(base: Quotation, member: Quotation, fragment: bool) -> tuple[DiffOp, ...]:
    """Word diff from the base (only the stretch a fragment covers) to the member."""
    a, b = base.text.split(), member.text.split()
    norm_a, norm_b = [" ".join(words_of(w)) for w in a], [" ".join(words_of(w)) for w in b]
    matcher = difflib.SequenceMatcher(None, norm_a, norm_b, autojunk=False)
    ops = matcher.get_opcodes()
    if fragment:
        ops = [op for op in ops if not (op[0] == "delete" and (op is ops[0] or op is ops[-1]))]
    return tuple(DiffOp(tag, " ".join(a[i1:i2]), " ".join(b[j1:j2])) for tag, i1, i2, j1, j2 in ops)


def _family_id(words: list[str]) -> str:
    return "qf-" + hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:10]


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


class _Index:
    """Families found so far and the rare-word index that leads to them (local to one call)."""

    def __init__(self, frequency: Counter[str]) -> None:
        self.frequency = frequency
        self.families: list[list[tuple[Quotation, Relation]]] = []
        self.bases: list[tuple[list[str], set[str]]] = []
        self.postings: dict[str, list[int]] = {}
        self.short_alone: dict[str, int] = {}  # short quotations that found no family, by words
        self.by_speaker: dict[str, list[int]] = {}  # a named person's families (for translations)
        self.stems: dict[int, set[str]] = {}  # word stems of all the wordings of such a family

    def match(self, words: list[str], speaker: str = "") -> tuple[int, Relation] | None:
        """The family a quotation of ``words`` joins, comparing only families that share rare words."""
        # Words no other quotation has cannot lead to a match; the rarest of the rest can.
        shared = {w for w in words if self.frequency[w] > 1}
        rare = sorted(shared, key=lambda w: (self.frequency[w], w))[:RAREST_WORDS]
        hits = Counter(f for w in rare for f in self.postings.get(w, ()))
        content = _content(words)
        for family, _ in sorted(hits.items(), key=lambda h: (-h[1], h[0]))[:MAX_CANDIDATES]:
            base_words, base_content = self.bases[family]
            if _fragment_of(base_words, words):
                return family, "fragment"
            if _variant_of(base_content, content):
                return family, "variant"
        if speaker:
            stems = _stems(words)
            for family in self.by_speaker.get(speaker, [])[:MAX_POSTINGS]:
                if _translation_of(self.stems[family], stems):
                    return family, "variant"
        return None

    def add(self, quotation: Quotation, words: list[str], joined: tuple[int, Relation] | None) -> int:
        """Put the quotation in its family (a new one if ``joined`` is None) and index its words."""
        family, relation = joined if joined is not None else (len(self.families), "base")
        if joined is None:
            self.families.append([])
            self.bases.append((words, _content(words)))
        # Any member quoted from a named person makes the family findable as that person's words.
        key = speaker_key(quotation)
        families = self.by_speaker.setdefault(key, []) if key else []
        if key and family not in families:
            families.append(family)
        self.stems.setdefault(family, set()).update(_stems(words))
        self.families[family].append((quotation, relation))
        for word in set(words) - STOPWORDS:
            posting = self.postings.setdefault(word, [])
            if len(posting) < MAX_POSTINGS and family not in posting:
                posting.append(family)
        return family

    def place_short(self, quotation: Quotation, words: list[str]) -> None:
        """A one- or two-word quotation joins a family only if exactly one family contains it."""
        rarest = min(words, key=lambda w: (self.frequency[w], w)) if words else ""
        found = {f for f in self.postings.get(rarest, ()) if _fragment_of(self.bases[f][0], words)}
        key = " ".join(words)
        if len(found) == 1:
            self.families[found.pop()].append((quotation, "fragment"))
        elif key in self.short_alone:
            self.families[self.short_alone[key]].append((quotation, "identical"))
        else:
            self.short_alone[key] = len(self.families)
            self.families.append([(quotation, "base")])
            self.bases.append((words, _content(words)))


def group_quotations(quotations: tuple[Quotation, ...] | list[Quotation]) -> tuple[QuoteFamily, ...]:
    """Group quotations into families; every quotation ends up in exactly one (alone, perhaps).

    Longest first, so a family's base is its fullest wording; terms group only
    with identical terms.
    """
    items = [(q, words_of(q.text)) for q in quotations if q.depth == 0]
    items.sort(key=lambda item: (-len(item[1]), item[0].seed, item[0].para, item[0].start))
    index = _Index(Counter(w for _, words in items for w in set(words) if w not in STOPWORDS))
    exact: dict[tuple[str, str], int] = {}
    short: list[tuple[Quotation, list[str]]] = []
    for quotation, words in items:
        key = ("term" if quotation.kind == "term" else "", " ".join(words))
        if key in exact:
            index.families[exact[key]].append((quotation, "identical"))
        elif quotation.kind != "term" and len(words) < FRAGMENT_MIN_WORDS:
            short.append((quotation, words))
        else:
            joined = index.match(words, speaker_key(quotation)) if quotation.kind != "term" else None
            exact[key] = index.add(quotation, words, joined)
    for quotation, words in short:
        index.place_short(quotation, words)
    return tuple(_build(members) for members in index.families)


def _build(members: list[tuple[Quotation, Relation]]) -> QuoteFamily:
    base = members[0][0]
    # A quotation repeated many times is diffed once: the diff depends only on the wording.
    diffs: dict[tuple[str, bool], tuple[DiffOp, ...]] = {}

    def diff(quotation: Quotation, relation: Relation) -> tuple[DiffOp, ...]:
        if relation == "base":
            return ()
        key = (quotation.text, relation == "fragment")
        if key not in diffs:
            diffs[key] = word_diff(base, quotation, key[1])
        return diffs[key]

    built = tuple(
        FamilyMember(q, relation, diff(q, relation))
        for q, relation in sorted(members, key=lambda m: (m[1] != "base", m[0].seed, m[0].para, m[0].start))
    )
    return QuoteFamily(_family_id(words_of(base.text)), base, built)
