"""The reader's memory within one article: the speakers and named people met so far.

``SpeakerMemory`` is created per article and never shared, so extraction stays a pure
function of the article. Later references ("the official", "she") are resolved against
what is remembered here; this module keeps it, bounded so a long article stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .config import ExtractionConfig
from .model import Speaker, SpeakerKind
from .speaker_labels import gender_of, head_noun, is_group

#: Speakers remembered for references; news prose refers back a paragraph or two.
MEMORY = 32
#: Words that count a group of people already met ("Both sources", "Two women").
GROUP_COUNTS = frozenset({"both", "two", "three", "four", "all"})


@dataclass
class Entity:
    """Someone (or some body) the article has named: a speaker or a titled mention."""

    label: str
    kind: SpeakerKind
    para: int
    gender: str = ""  # "female", "male" or "" (unknown)
    plural: bool = False
    spoke: bool = False
    via: tuple[str, ...] = ()
    #: Words that describe it, for "the representative" and the like: its label's words,
    #: plus those of an appositive ("The representative of the United States, Samantha Power").
    words: frozenset[str] = frozenset()
    quoted: bool = False  # named inside a quotation: a weaker antecedent for "the ministry"
    #: Named as its sentence's subject ("Maria Zakharova went further."): a later "she" in the
    #: same paragraph leans on it as on a speaker.
    subject: bool = False


@dataclass
class SpeakerMemory:
    """Speakers and named people so far in one article, most recent last."""

    outlet: str = ""
    recent: list[Speaker] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    document_owner: Speaker | None = None
    para: int = 0
    #: Speakers resolved so far in the current sentence (for "who" and "which").
    sentence: list[Speaker] = field(default_factory=list)
    #: Speakers of the sentence before, in the same paragraph.
    previous_sentence: list[Speaker] = field(default_factory=list)
    #: Entities named in the current sentence.
    sentence_entities: list[Entity] = field(default_factory=list)
    #: The paragraph in which the last document ("a statement") was introduced.
    document_para: int = -1
    #: Someone spoke in this sentence (or the one before) whom the words do not name:
    #: a pronoun after them could mean them, so it is not resolved past them.
    unread_in_sentence: bool = False
    unread_in_previous: bool = False
    #: The speaker of the transcript line being read: "he" in their own words is someone else.
    line_speaker: str = ""
    #: The last outlet named as passing something on ("according to the news agency"): "It quoted".
    last_relay: str = ""
    #: Capitalised words of this paragraph's earlier sentences (lower case): "Harrigian has
    #: ordered ..." names a person again by surname alone.
    para_names: set[str] = field(default_factory=set)


def remember(
    memory: SpeakerMemory, speaker: Speaker, config: ExtractionConfig, gender: str = "", *, main: bool = True
) -> None:
    """Remember a resolved speaker; ``main``: it speaks in the sentence's main clause, not in
    a relative clause ("X, which had confirmed ..."), which later pronouns do not lean on."""
    memory.recent.append(speaker)
    if len(memory.recent) > 2 * MEMORY:
        del memory.recent[:-MEMORY]  # a reference reaches back a few speakers, not the whole text
    if main:
        memory.sentence.append(speaker)
    earlier = next((e for e in reversed(memory.entities) if e.label == speaker.label), None)
    known_gender = gender or gender_of(speaker.label, config) or (earlier.gender if earlier else "")
    plural = is_group(speaker.label, speaker.kind, config)
    memory.entities.append(
        Entity(speaker.label, speaker.kind, memory.para, known_gender, plural, spoke=True, via=speaker.via)
    )
    if gender:
        for entity in memory.entities:
            if entity.kind == "person" and head_noun(entity.label) == head_noun(speaker.label) and not entity.gender:
                entity.gender = gender
    if len(memory.entities) > 8 * MEMORY:
        del memory.entities[: -4 * MEMORY]


def start_paragraph(memory: SpeakerMemory, number: int) -> None:
    """Reading moves on to paragraph ``number``."""
    memory.para = number
    memory.sentence = []
    memory.unread_in_sentence = memory.unread_in_previous = False
    memory.line_speaker = ""
    memory.para_names = set()


def start_sentence(memory: SpeakerMemory) -> None:
    """Reading moves on to the next sentence of the paragraph."""
    memory.previous_sentence = memory.sentence
    memory.sentence = []
    memory.sentence_entities = []
    memory.unread_in_previous, memory.unread_in_sentence = memory.unread_in_sentence, False


def add_entity(
    memory: SpeakerMemory,
    label: str,
    kind: SpeakerKind,
    words: frozenset[str],
    config: ExtractionConfig,
    *,
    quoted: bool,
    subject: bool = False,
    in_sentence: bool = True,
) -> None:
    """Note a mention; ``in_sentence``: it counts among the sentence's named parties (an
    employer inside a person's description, "the Foreign Ministry spokeswoman", does not)."""
    gender = gender_of(" ".join(words), config)
    plural = is_group(label, kind, config)
    entity = Entity(label, kind, memory.para, gender, plural, words=words, quoted=quoted, subject=subject)
    memory.entities.append(entity)
    if in_sentence:
        memory.sentence_entities.append(entity)
    if len(memory.entities) > 8 * MEMORY:
        del memory.entities[: -4 * MEMORY]
    if len(memory.sentence_entities) > MEMORY:
        del memory.sentence_entities[: -MEMORY // 2]


def named_again(memory: SpeakerMemory, *surnames: str) -> list[Entity]:
    """People of earlier paragraphs whose surname this paragraph repeats ("Coe ..., and Harrigian has
    ordered ..."), other than those with one of ``surnames``: each may be who a later word means."""
    return [
        e
        for e in memory.entities
        if e.kind == "person"
        and e.para < memory.para
        and head_noun(e.label) in memory.para_names
        and head_noun(e.label) not in surnames
    ]
