"""What a speaker's label says about it from its words alone: kind, gender, number, head noun.

"Maj. Gen. Igor Konashenkov" is a person, "the Defence Ministry" an institution, "a senior
official" anonymous; "Ms. Power" is female, "officials" plural; "the official" refers back.
Memory, mentions and reference resolution all read labels the same way through these.
"""

from __future__ import annotations

from .config import ExtractionConfig
from .model import SpeakerKind


def norm_label(name: str) -> str:
    words = name.lower().replace("\u2019", "'").split()
    return " ".join(words[1:] if words and words[0] == "the" else words)


#: "Officials in Washington", "a source at the ministry", "a source quoted by a newspaper",
#: "a spokesman for the prime minister": the head stands before these.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "inside", "outside", "quoted", "cited", "for"})


def head_noun(label: str) -> str:
    words = label.lower().split()
    for index, word in enumerate(words[1:], start=1):
        if word in _PLACE_PREPOSITIONS:
            words = words[:index]
            break
    return words[-1].rstrip(".") if words else ""


def singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def speaker_kind(phrase: str, config: ExtractionConfig) -> SpeakerKind:
    """Person, institution or anonymous description, from the words alone."""
    if " to the " in phrase:
        phrase = phrase.split(" to the ", maxsplit=1)[0]  # "ambassador to the United Nations": an ambassador
    words = phrase.split()
    # "The representative of the Russian Federation": a representative, whoever it represents.
    cut = next(
        (
            i
            for i, w in enumerate(words[1:], start=1)
            if w.lower() in _PLACE_PREPOSITIONS
            or (w.lower() == "of" and words[i - 1].lower() in config.anonymous_heads)
        ),
        len(words),
    )
    words = words[:cut]  # "Diplomats at the United Nations": diplomats
    lowers = [w.lower().rstrip(".") for w in words]
    kind: SpeakerKind = "institution"
    titled_name = (
        len(words) >= 3
        and any(w in config.person_titles for w in lowers[:-2])
        and all(w[0].isupper() and not w.isupper() for w in words[-2:])
        and not {lowers[-1], lowers[-2]} & (config.institution_heads | config.anonymous_heads)
    )
    if not words:
        kind = "unknown"
    elif titled_name:
        kind = "person"  # "Secretary of State John Kerry": a title, then a personal name
    elif lowers[-1] in config.anonymous_heads:
        kind = "anonymous"  # "a senior defense official", "Washington's officials"
    elif lowers[-1] in config.institution_heads:
        kind = "institution"  # "the army's General Command": a title word, but a body
    elif any(w in config.person_titles and words[i + 1][0].isupper() for i, w in enumerate(lowers[:-1])):
        kind = "person"  # "Maj. Gen. Igor Konashenkov"
    elif any(w in config.institution_heads | config.name_connectors for w in lowers) or lowers[0] in {"the", "a", "an"}:
        kind = "institution"
    elif 2 <= len(words) <= 4 and all(_name_word(w) for w in words):
        kind = "person"  # "John Kerry", "Samer al-Hussein": a bare name
    elif _described_name(words, lowers, config):
        kind = "person"  # "Her neighbour Fatima Obeid": a description, then a bare name
    return kind


#: Abbreviated titles and what "the general", "the senator" calls the same person.
TITLE_ABBREVIATIONS = {
    "gen": "general",
    "col": "colonel",
    "lt": "lieutenant",
    "maj": "major",
    "capt": "captain",
    "cmdr": "commander",
    "sgt": "sergeant",
    "adm": "admiral",
    "brig": "brigadier",
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "amb": "ambassador",
    "prof": "professor",
}
#: Lower-case particles joined to a name by a hyphen ("al-Hussein", "el-Sisi", "bin-Salman").
_NAME_PARTICLES = ("al-", "el-", "bin-", "ibn-", "abu-", "abd-", "ad-", "ash-", "as-", "az-", "ar-")


def _name_word(word: str) -> bool:
    """A capitalised word of a name, not an acronym; "al-Hussein" counts, as its particle is lower case."""
    lower = word.lower()
    particle = next((p for p in _NAME_PARTICLES if lower.startswith(p) and len(word) > len(p)), "")
    if particle:
        return word[len(particle)].isupper()
    return word[0].isupper() and not word.isupper()


def _described_name(words: list[str], lowers: list[str], config: ExtractionConfig) -> bool:
    """A person's description ("neighbour", "analyst") followed by a bare name of two or three words."""
    for size in (2, 3):
        if len(words) > size and lowers[-size - 1] in config.anonymous_heads:
            return all(_name_word(w) for w in words[-size:])
    return False


def gender_of(label: str, config: ExtractionConfig) -> str:
    """ "Ms. Power" -> "female", "Pentagon spokesman Peter Cook" -> "male"; "" when the words do not say."""
    found = {config.gender_words[w] for w in (w.lower().rstrip(".") for w in label.split()) if w in config.gender_words}
    return found.pop() if len(found) == 1 else ""


def is_plural(label: str, config: ExtractionConfig) -> bool:
    """ "officials", "the Russians", "Moscow and Washington": a group that "they" can mean."""
    words = label.split()
    head = head_noun(label)
    if " and " in f" {label.lower()} ":
        return True
    lowers = [w.lower() for w in words]
    if "of" in lowers[1:] and lowers[lowers.index("of", 1) - 1] in config.anonymous_heads:
        # "The representative of the United States" is one representative.
        head = lowers[lowers.index("of", 1) - 1]
        return head.endswith("s") and singular(head) != head
    plural_head = head.endswith("s") and singular(head) != head
    return plural_head and (
        head in config.anonymous_heads or head in config.institution_heads or words[-1][0].isupper()
    )


def is_group(label: str, kind: str, config: ExtractionConfig) -> bool:
    """ "officials", "Payne and Julie Bishop": more than one. A person's name ending in s
    ("Colonel Dana Reyes") is one person."""
    if " and " in f" {label.lower()} ":
        return True
    return kind != "person" and is_plural(label, config)


def is_reference(phrase: str, config: ExtractionConfig) -> bool:
    """ "the official", "this official", "the statement": refers back, names no one."""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() not in config.reference_determiners:
        return False
    if any(w[0].isupper() for w in words[1:]):
        return False
    head = head_noun(phrase)
    return head in config.anonymous_heads | config.institution_heads | config.document_nouns | config.speaker_words
