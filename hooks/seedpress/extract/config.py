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
from typing import Any

from ..errors import SeedError
from ..yamlfile import parse_yaml, read_text
from .model import NUMERIC_QUALIFIERS

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: How the file is named in messages, as the project's ``editorial/`` folder holds it.
DEFAULT_LABEL = "editorial/extraction.yml"

_WORD_LISTS = (
    "claim_verbs relay_verbs verb_fillers speaker_words name_connectors clause_openers anonymous_heads institution_heads "
    "person_titles reference_determiners medium_nouns document_nouns term_introducers "
    "negations denial_verbs hedges refusals"
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
# Helper functions
# ---------------------------------------------------------------------------


def _words(label: str, key: str, raw: Any) -> frozenset[str]:
    if not isinstance(raw, list) or not raw:
        raise ExtractionConfigError(label, f"entry '{key}': expected a non-empty list of words")
    for item in raw:
        if not isinstance(item, str) or not item.strip() or item != item.strip():
            raise ExtractionConfigError(label, f"entry '{key}': {item!r} is not a word")
    return frozenset(raw)


def _numbers(label: str, key: str, raw: Any) -> dict[str, float]:
    if not isinstance(raw, Mapping) or not raw:
        raise ExtractionConfigError(label, f"entry '{key}': expected a mapping of word to number")
    for word, value in raw.items():
        if not isinstance(word, str) or isinstance(value, bool) or not isinstance(value, int | float):
            raise ExtractionConfigError(label, f"entry '{key}': {word!r}: {value!r} is not a number")
    return {str(w).lower(): float(v) for w, v in raw.items()}


def _positive_int(label: str, key: str, raw: Any) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < 1:
        raise ExtractionConfigError(label, f"entry '{key}': expected a whole number of at least 1")
    return raw


def _pronouns(label: str, raw: Any) -> dict[str, str]:
    kinds = ("person", "institution", "anonymous", "any")
    if not isinstance(raw, Mapping) or not raw:
        raise ExtractionConfigError(label, "entry 'pronouns': expected a mapping of pronoun to speaker kind")
    for word, kind in raw.items():
        if kind not in kinds:
            raise ExtractionConfigError(label, f"entry 'pronouns': {word!r}: kind must be one of {', '.join(kinds)}")
    return {str(w).lower(): str(k) for w, k in raw.items()}


def _genders(label: str, raw: Any) -> dict[str, str]:
    if not isinstance(raw, Mapping) or not raw:
        raise ExtractionConfigError(label, "entry 'gender_words': expected a mapping of word to female or male")
    for word, gender in raw.items():
        if not isinstance(word, str) or gender not in ("female", "male"):
            raise ExtractionConfigError(label, f"entry 'gender_words': {word!r}: expected female or male")
    return {w.lower(): str(g) for w, g in raw.items()}


def _phrases(label: str, raw: Any) -> tuple[NumberPhrase, ...]:
    if not isinstance(raw, list):
        raise ExtractionConfigError(label, "entry 'number_phrases': expected a list")
    phrases = []
    for item in raw:
        ok = isinstance(item, Mapping) and set(item) == {"phrase", "value", "qualifier"}
        if not ok or not isinstance(item["phrase"], str) or not isinstance(item["value"], int | float):
            raise ExtractionConfigError(label, f"entry 'number_phrases': {item!r} needs phrase, value and qualifier")
        if item["qualifier"] not in NUMERIC_QUALIFIERS:
            raise ExtractionConfigError(
                label,
                f"entry 'number_phrases': {item['phrase']!r}: qualifier must be one of {', '.join(NUMERIC_QUALIFIERS)}",
            )
        phrases.append(
            NumberPhrase(tuple(item["phrase"].lower().split()), float(item["value"]), str(item["qualifier"]))
        )
    # Longest phrase first, so "a couple of" wins over "a couple".
    return tuple(sorted(phrases, key=lambda p: -len(p.words)))


def _vague(label: str, raw: Any) -> tuple[tuple[str, ...], ...]:
    """The vague quantities as word tuples, longest first so "dozens of" wins over "dozens"."""
    words = _words(label, "vague_quantities", raw)
    return tuple(sorted({tuple(w.lower().split()) for w in words}, key=lambda p: (-len(p), p)))


def _qualifiers(label: str, raw: Any) -> dict[tuple[str, ...], str]:
    if not isinstance(raw, Mapping) or not raw:
        raise ExtractionConfigError(label, "entry 'qualifiers': expected a mapping of phrase to qualifier")
    for phrase, value in raw.items():
        if not isinstance(phrase, str) or not isinstance(value, str) or not phrase.strip():
            raise ExtractionConfigError(label, f"entry 'qualifiers': {phrase!r}: {value!r} is not text")
        if value not in NUMERIC_QUALIFIERS:
            raise ExtractionConfigError(
                label, f"entry 'qualifiers': {phrase!r}: qualifier must be one of {', '.join(NUMERIC_QUALIFIERS)}"
            )
    return {tuple(p.lower().split()): v for p, v in raw.items()}


def _measures(label: str, raw: Any) -> tuple[Measure, ...]:
    if not isinstance(raw, Mapping) or not raw:
        raise ExtractionConfigError(label, "entry 'measures': expected a mapping of measure name to words")
    measures: list[Measure] = []
    seen: dict[str, str] = {}
    for name, body in raw.items():
        where = f"measures.{name}"
        if not isinstance(body, Mapping) or set(body) - {"words", "compare"} or "words" not in body:
            raise ExtractionConfigError(label, f"entry '{where}': expected 'words' and optional 'compare'")
        words = _words(label, f"{where}.words", body["words"])
        for word in words:
            if word in seen:
                raise ExtractionConfigError(label, f"entry '{where}': '{word}' is already a word of {seen[word]}")
            seen[word] = where
        if not isinstance(body.get("compare", True), bool):
            raise ExtractionConfigError(label, f"entry '{where}.compare': expected true or false")
        measures.append(Measure(str(name), words, body.get("compare", True)))
    return tuple(measures)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def parse_extraction_config(text: str, label: str = DEFAULT_LABEL) -> ExtractionConfig:
    """Validate the YAML text of the extraction vocabulary."""
    data = parse_yaml(text, label, ExtractionConfigError)
    if not isinstance(data, Mapping):
        raise ExtractionConfigError(label, "expected a mapping of entry name to words")
    expected = {*_WORD_LISTS, "term_max_words", "full_min_words", "number_words", "multipliers"}
    expected |= {"number_phrases", "vague_quantities", "qualifiers", "measures", "aircraft_names", "pronouns"}
    expected |= {"gender_words"}
    missing, unknown = expected - set(data), set(data) - expected
    if missing or unknown:
        problem = f"missing entr(ies) {', '.join(sorted(missing))}" if missing else ""
        problem += (
            f"{'; ' if problem else ''}unknown entr(ies) {', '.join(sorted(map(str, unknown)))}" if unknown else ""
        )
        raise ExtractionConfigError(label, problem)
    lists = {key: _words(label, key, data[key]) for key in _WORD_LISTS}
    lowered = {key: frozenset(w.lower() for w in words) for key, words in lists.items()}
    return ExtractionConfig(
        **lowered,
        term_max_words=_positive_int(label, "term_max_words", data["term_max_words"]),
        full_min_words=_positive_int(label, "full_min_words", data["full_min_words"]),
        number_words=_numbers(label, "number_words", data["number_words"]),
        multipliers=_numbers(label, "multipliers", data["multipliers"]),
        number_phrases=_phrases(label, data["number_phrases"]),
        vague_quantities=_vague(label, data["vague_quantities"]),
        qualifiers=_qualifiers(label, data["qualifiers"]),
        measures=_measures(label, data["measures"]),
        aircraft_names=_words(label, "aircraft_names", data["aircraft_names"]),
        pronouns=_pronouns(label, data["pronouns"]),
        gender_words=_genders(label, data["gender_words"]),
    )


def load_extraction_config(path: Path, label: str = DEFAULT_LABEL) -> ExtractionConfig:
    """Read and validate the vocabulary file at ``path`` (the caller's ``editorial/extraction.yml``).

    One-line error naming ``label`` if it cannot be used.
    """
    return parse_extraction_config(read_text(path, label, ExtractionConfigError), label)
