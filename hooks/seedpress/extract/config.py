"""The editorial vocabulary of extraction, read from ``editorial/extraction.yml``.

Which words attribute a claim, which nouns describe a speaker, which words say
what a number counts: these are editorial judgements about news English, so they
live in YAML that editors can change without touching code. This module checks
every entry and fails with one line naming the file and the entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from ..errors import SeedError
from ..yamlerrors import Entries
from ..yamlfile import parse_yaml, read_text
from ..yamlshape import RECORD, Flag, Text, one_of, validate
from .model import NUMERIC_QUALIFIERS

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: How the file is named in messages, as the project's ``editorial/`` folder holds it.
DEFAULT_LABEL = "editorial/extraction.yml"

_WORD_LISTS = (
    "claim_verbs relay_verbs verb_fillers speaker_words name_connectors clause_openers anonymous_heads institution_heads "
    "person_titles reference_determiners medium_nouns document_nouns term_introducers "
    "negations denial_verbs hedges refusals hearsay outlet_nouns record_nouns negated_verbs"
).split()


class ExtractionConfigError(SeedError):
    """``editorial/extraction.yml`` is missing, malformed, or has a bad entry."""


@dataclass(frozen=True)
class NumberPhrase:
    """A phrase standing for a number: "half a dozen" is about 6."""

    words: tuple[str, ...]
    value: float
    qualifier: str


@dataclass(frozen=True)
class Measure:
    """What a figure counts, and the words that signal it."""

    name: str
    words: frozenset[str]
    compare: bool


@dataclass(frozen=True, eq=False)
class ExtractionConfig:
    """Every word list extraction needs; built only by ``parse_extraction_config``."""

    claim_verbs: frozenset[str]
    relay_verbs: frozenset[str]
    verb_fillers: frozenset[str]
    speaker_words: frozenset[str]
    name_connectors: frozenset[str]
    clause_openers: frozenset[str]
    pronouns: Mapping[str, str]
    anonymous_heads: frozenset[str]
    institution_heads: frozenset[str]
    person_titles: frozenset[str]
    reference_determiners: frozenset[str]
    medium_nouns: frozenset[str]
    document_nouns: frozenset[str]
    term_introducers: frozenset[str]
    negations: frozenset[str]
    denial_verbs: frozenset[str]
    hedges: frozenset[str]
    refusals: frozenset[str]
    hearsay: frozenset[str]
    outlet_nouns: frozenset[str]
    record_nouns: frozenset[str]
    negated_verbs: frozenset[str]
    gender_words: Mapping[str, str]
    term_max_words: int
    full_min_words: int
    number_words: Mapping[str, float]
    multipliers: Mapping[str, float]
    number_phrases: tuple[NumberPhrase, ...]
    vague_quantities: tuple[tuple[str, ...], ...]  # longest first: "dozens of" before "dozens"
    qualifiers: Mapping[tuple[str, ...], str]
    measures: tuple[Measure, ...]
    aircraft_names: frozenset[str]

    attribution_verbs: frozenset[str] = frozenset()  # claim and relay verbs together
    phrase_openers: frozenset[str] = frozenset()  # first words of the number phrases and vague quantities

    def __post_init__(self) -> None:
        object.__setattr__(self, "attribution_verbs", self.claim_verbs | self.relay_verbs)
        openers = {p.words[0] for p in self.number_phrases} | {words[0] for words in self.vague_quantities}
        object.__setattr__(self, "phrase_openers", frozenset(openers))

    def measure_of(self, word: str) -> Measure | None:
        """The measure a lower-case word signals, if any."""
        return next((m for m in self.measures if word in m.words), None)


# ---------------------------------------------------------------------------
# The file's shape
# ---------------------------------------------------------------------------


def _is_word(item: str) -> str:
    if not item.strip() or item != item.strip():
        raise ValueError(f"{item!r} is not a word")
    return item


#: A non-empty list of words or phrases, each without surrounding spaces.
Words = Annotated[frozenset[Annotated[str, Field(strict=True), AfterValidator(_is_word)]], Field(min_length=1)]
Number = Annotated[float, Field(strict=True)]
Numbers = Annotated[dict[str, Number], Field(min_length=1)]
Qualifier = Annotated[str, Field(strict=True), one_of(NUMERIC_QUALIFIERS)]
Positive = Annotated[int, Field(strict=True, ge=1)]


@dataclass(frozen=True)
class _Phrase:
    __pydantic_config__ = RECORD

    phrase: Text
    value: Number
    qualifier: Qualifier


@dataclass(frozen=True)
class _Measure:
    __pydantic_config__ = RECORD

    words: Words
    compare: Flag = True


@dataclass(frozen=True)
class _VocabularyFile:
    """``editorial/extraction.yml``: every entry is required."""

    __pydantic_config__ = RECORD

    claim_verbs: Words
    relay_verbs: Words
    verb_fillers: Words
    speaker_words: Words
    name_connectors: Words
    clause_openers: Words
    anonymous_heads: Words
    institution_heads: Words
    person_titles: Words
    reference_determiners: Words
    medium_nouns: Words
    document_nouns: Words
    term_introducers: Words
    negations: Words
    denial_verbs: Words
    hedges: Words
    refusals: Words
    hearsay: Words
    outlet_nouns: Words
    record_nouns: Words
    negated_verbs: Words
    pronouns: Annotated[dict[str, Literal["person", "institution", "anonymous", "any"]], Field(min_length=1)]
    gender_words: Annotated[dict[str, Literal["female", "male"]], Field(min_length=1)]
    given_names: dict[Literal["female", "male"], Words]
    term_max_words: Positive
    full_min_words: Positive
    number_words: Numbers
    multipliers: Numbers
    number_phrases: tuple[_Phrase, ...]
    vague_quantities: Words
    qualifiers: Annotated[dict[Text, Qualifier], Field(min_length=1)]
    measures: Annotated[dict[str, _Measure], Field(min_length=1)]
    aircraft_names: Words


ENTRIES = Entries("entry")


def _measures(label: str, raw: dict[str, _Measure]) -> tuple[Measure, ...]:
    """The measures in file order; a word may signal only one of them."""
    seen: dict[str, str] = {}
    for name, body in raw.items():
        for word in sorted(body.words):
            if word in seen:
                raise ExtractionConfigError(
                    label, f"entry 'measures'.{name}.words: '{word}' is already a word of measures.{seen[word]}"
                )
            seen[word] = name
    return tuple(Measure(name, body.words, body.compare) for name, body in raw.items())


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def parse_extraction_config(text: str, label: str = DEFAULT_LABEL) -> ExtractionConfig:
    """Validate the YAML text of the extraction vocabulary."""
    data = parse_yaml(text, label, ExtractionConfigError)
    raw: _VocabularyFile = validate(_VocabularyFile, data, label, ExtractionConfigError, ENTRIES)
    lowered = {key: frozenset(w.lower() for w in getattr(raw, key)) for key in _WORD_LISTS}
    phrases = (NumberPhrase(tuple(p.phrase.lower().split()), p.value, p.qualifier) for p in raw.number_phrases)
    return ExtractionConfig(
        **lowered,
        term_max_words=raw.term_max_words,
        full_min_words=raw.full_min_words,
        number_words={w.lower(): v for w, v in raw.number_words.items()},
        multipliers={w.lower(): v for w, v in raw.multipliers.items()},
        # Longest phrase first, so "a couple of" wins over "a couple".
        number_phrases=tuple(sorted(phrases, key=lambda p: -len(p.words))),
        # Longest first, so "dozens of" wins over "dozens".
        vague_quantities=tuple(
            sorted({tuple(w.lower().split()) for w in raw.vague_quantities}, key=lambda p: (-len(p), p))
        ),
        qualifiers={tuple(p.lower().split()): v for p, v in raw.qualifiers.items()},
        measures=_measures(label, raw.measures),
        aircraft_names=raw.aircraft_names,
        pronouns={w.lower(): k for w, k in raw.pronouns.items()},
        gender_words=_gender_words(label, raw),
    )


def _gender_words(label: str, raw: _VocabularyFile) -> dict[str, str]:
    """Titles and gendered nouns, with the given names that tell a person's gender added."""
    words: dict[str, str] = {}
    for gender, names in raw.given_names.items():
        for name in sorted(names):
            if words.get(name.lower(), gender) != gender:
                raise ExtractionConfigError(label, f"entry 'given_names': '{name}' is listed as female and male")
            words[name.lower()] = gender
    words.update((w.lower(), g) for w, g in raw.gender_words.items())  # a title says more than a name
    return words


def load_extraction_config(path: Path, label: str = DEFAULT_LABEL) -> ExtractionConfig:
    """Read and validate the vocabulary file at ``path`` (the caller's ``editorial/extraction.yml``).

    One-line error naming ``label`` if it cannot be used.
    """
    return parse_extraction_config(read_text(path, label, ExtractionConfigError), label)
