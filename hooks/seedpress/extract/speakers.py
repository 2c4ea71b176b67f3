"""Turn attribution frames into speakers, following references back.

News copy names a speaker once in full ("A senior Obama administration
official") and then refers back ("the official", "this official", "he", "the
statement"). ``SpeakerMemory`` is the reader's memory within one article; it is
created per article and never shared, so extraction stays a pure function of
the article.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .attribution import Frame
from .config import ExtractionConfig
from .model import Speaker, SpeakerKind

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------


#: Speakers remembered for references; news prose refers back a paragraph or two.
MEMORY = 32


@dataclass
class SpeakerMemory:
    """Speakers named so far in one article, most recent last."""

    outlet: str = ""
    recent: list[Speaker] = field(default_factory=list)
    document_owner: Speaker | None = None


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _norm(name: str) -> str:
    words = name.lower().replace("\u2019", "'").split()
    return " ".join(words[1:] if words and words[0] == "the" else words)


def _head(label: str) -> str:
    words = label.lower().split()
    return words[-1].rstrip(".") if words else ""


def speaker_kind(phrase: str, config: ExtractionConfig) -> SpeakerKind:
    """Person, institution or anonymous description, from the words alone."""
    words = phrase.split()
    lowers = [w.lower().rstrip(".") for w in words]
    kind: SpeakerKind = "institution"
    if not words:
        kind = "unknown"
    elif lowers[-1] in config.anonymous_heads:
        kind = "anonymous"  # "a senior defense official", "Washington's officials"
    elif any(w in config.person_titles and words[i + 1][0].isupper() for i, w in enumerate(lowers[:-1])):
        kind = "person"  # "Maj. Gen. Igor Konashenkov"
    elif any(w in config.institution_heads | config.name_connectors for w in lowers) or lowers[0] in {"the", "a", "an"}:
        kind = "institution"
    elif 2 <= len(words) <= 4 and all(w[0].isupper() and not w.isupper() for w in words):
        kind = "person"  # "John Kerry": a bare name
    return kind


def _is_reference(phrase: str, config: ExtractionConfig) -> bool:
    """ "the official", "this official", "the statement": refers back, names no one."""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() not in config.reference_determiners:
        return False
    if any(w[0].isupper() for w in words[1:]):
        return False
    head = _head(phrase)
    return head in config.anonymous_heads | config.institution_heads | config.document_nouns


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _referent(phrase: str, memory: SpeakerMemory, config: ExtractionConfig) -> Speaker | None:
    """The earlier speaker that a pronoun or reference points to."""
    lower = phrase.lower()
    if lower in config.pronouns:
        wanted = config.pronouns[lower]
        return next((s for s in reversed(memory.recent) if wanted in ("any", s.kind)), None)
    head = _head(phrase)
    if head in config.document_nouns:
        return memory.document_owner
    return next((s for s in reversed(memory.recent) if _singular(_head(s.label)) == _singular(head)), None)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def resolve_speaker(frame: Frame, relays: list[Frame], memory: SpeakerMemory, config: ExtractionConfig) -> Speaker:
    """The speaker of ``frame``, with its via chain; remembers it for later references."""
    phrase = frame.speaker
    via: list[str] = []
    if frame.recipient:
        via.append(frame.recipient)
    referent = None
    if phrase.lower() in config.pronouns or _is_reference(phrase, config):
        referent = _referent(phrase, memory, config)
    if referent is not None:
        via.extend(referent.via)
    via.extend(f.speaker for f in relays)
    outlet = _norm(memory.outlet)
    chain: list[str] = []
    for name in via:
        if _norm(name) != outlet and name not in chain and (referent is None or name != referent.label):
            chain.append(name)
    if referent is not None:
        speaker = Speaker(referent.label, referent.kind, tuple(chain), phrase)
    else:
        speaker = Speaker(phrase, speaker_kind(phrase, config), tuple(chain), "")
    if phrase.lower() not in config.pronouns or referent is not None:
        memory.recent.append(speaker)
        if len(memory.recent) > 2 * MEMORY:
            del memory.recent[:-MEMORY]  # a reference reaches back a few speakers, not the whole text
    return speaker


def note_document(
    speaker: Speaker, following_words: list[str], config: ExtractionConfig, memory: SpeakerMemory
) -> None:
    """ "X said in its statement": later "the statement" means X's statement."""
    if any(word.lower() in config.document_nouns for word in following_words):
        memory.document_owner = speaker
