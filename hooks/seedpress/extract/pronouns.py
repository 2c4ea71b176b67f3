"""Whom "he", "she", "it", "they" and "who" refer to, or why no one can say.

A pronoun is resolved only with evidence: the one candidate of its gender or number in the
last few paragraphs, or the speaker of the sentence before. Otherwise it abstains and keeps
its best guess aside for review, since a wrong name is worse than none.
"""

from __future__ import annotations

from .config import ExtractionConfig
from .memory import GROUP_COUNTS, MEMORY, Entity, SpeakerMemory, named_again
from .model import Evidence, Speaker
from .speaker_labels import TITLE_ABBREVIATIONS, head_noun, is_group, singular
from .tokens import MONTHS, WEEKDAYS

#: Paragraphs back in which a pronoun looks for its antecedent. Wide on purpose:
#: a narrow window could hold one wrong candidate while the right one stands just
#: outside it; a wide one makes the rule abstain instead.
PRONOUN_WINDOW = 4
#: Relative pronouns: "a Russian official, who said": the phrase just before.
RELATIVES = frozenset({"who", "which"})
NO_RULE = Evidence("no rule applies", "none")
_ARTICLES = frozenset({"a", "an", "the"})


def _without_article(label: str) -> str:
    words = label.lower().split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in _ARTICLES else words)


def _given_name(label: str, config: ExtractionConfig) -> str:
    """The capitalised word before the surname ("Fatima" in "Her neighbour Fatima Obeid"), or ""
    (none, or a title: "Mr Churkin", "General Coe")."""
    words = label.split()
    if len(words) < 2 or not words[-2][:1].isupper():
        return ""
    given = words[-2].lower().rstrip(".")
    return "" if given in config.person_titles or given in config.anonymous_heads else given


_DESCRIPTION_SMALL_WORDS = frozenset({"the", "a", "an", "his", "her", "its", "their", "of", "to", "for", "at", "in"})


def _described_as(entity: Entity) -> set[str]:
    """The words of a mention's label and description, abbreviated titles spelt out."""
    found = {singular(w.lower().rstrip(".,")) for w in entity.label.split()} | set(entity.words)
    return (found | {TITLE_ABBREVIATIONS[w] for w in found if w in TITLE_ABBREVIATIONS}) - _DESCRIPTION_SMALL_WORDS


def _same_people(seen: dict[str, Entity], words: dict[str, set[str]], paras: dict[str, set[int]]) -> dict[str, str]:
    """Descriptions ("the defence spokeswoman") that mean a named person of the same paragraph
    described with all their words: description key -> person key. One fitting person only."""
    named = [k for k, e in seen.items() if e.kind == "person"]
    merged = {}
    for key, entity in seen.items():
        if entity.kind != "anonymous":
            continue
        fits = [k for k in named if words[key] <= words[k] and paras[key] & paras[k]]
        if len(fits) == 1:
            merged[key] = fits[0]
    return merged


def _persons_in_window(memory: SpeakerMemory, config: ExtractionConfig) -> list[Entity]:
    """Single people named in the last few paragraphs, most recent first, one entry per label."""
    seen: dict[str, Entity] = {}
    genders: dict[str, set[str]] = {}
    words: dict[str, set[str]] = {}  # every word each one was named or described with
    paras: dict[str, set[int]] = {}
    leading: set[str] = set()  # spoke, or opened a sentence as its subject, in this paragraph
    for entity in reversed(memory.entities[-4 * MEMORY :]):
        if entity.para < memory.para - PRONOUN_WINDOW:
            break
        if entity.plural or entity.kind not in ("person", "anonymous"):
            continue
        if entity.quoted and entity.label.islower():
            continue  # "heard from an official", quoted: a passing word, not someone a later "he" means
        # One person however often named: "Pentagon spokesman Peter Cook" and "Cook".
        # "a ministry spokeswoman" and "the ministry spokeswoman": one description, one person.
        key = head_noun(entity.label) if entity.kind == "person" else _without_article(entity.label)
        given = _given_name(entity.label, config), _given_name(seen[key].label, config) if key in seen else ""
        if given[0] and given[1] and given[0] != given[1]:
            key = entity.label  # "Fatima Obeid" and "Khaled Obeid": one family name, two people
        genders.setdefault(key, set()).add(entity.gender)
        seen.setdefault(key, entity)
        words.setdefault(key, set()).update(_described_as(entity))
        paras.setdefault(key, set()).add(entity.para)
        if entity.para == memory.para and (entity.spoke or entity.subject):
            leading.add(key)
    for key, person in _same_people(seen, words, paras).items():
        # "Mette Kjaer, ... The defence spokeswoman said": one person under two labels.
        genders[person] |= genders.pop(key)
        if key in leading:
            leading.add(person)
        del seen[key]
    result = []
    for key, entity in seen.items():
        known = genders[key] - {""}
        gender = known.pop() if len(known) == 1 else ""
        result.append(
            Entity(
                entity.label,
                entity.kind,
                entity.para,
                gender,
                entity.plural,
                entity.spoke,
                entity.via,
                subject=key in leading,
            )
        )
    return result


def _speakers_in_window(memory: SpeakerMemory, want_plural: bool) -> list[Entity]:
    """Institutions (or groups) that spoke in the last few paragraphs, most recent first."""
    seen: dict[str, Entity] = {}
    for entity in reversed(memory.entities):
        if entity.para < memory.para - PRONOUN_WINDOW:
            break
        if not entity.spoke or entity.label in seen or entity.label.lower() in _FIRST_PERSON:
            continue  # "We answer your questions": the writers, never what a later "it" means
        if (want_plural and entity.plural) or (not want_plural and entity.kind == "institution" and not entity.plural):
            seen[entity.label] = entity
    return list(seen.values())


_FIRST_PERSON = frozenset({"i", "we", "us", "me"})


def _counted_group(entity: Entity, memory: SpeakerMemory) -> bool:
    """A group of people named in this paragraph as a group ("Two women", "Both officials")."""
    if entity.para != memory.para or not entity.plural or entity.kind != "anonymous":
        return False
    return not entity.spoke or entity.label.split(maxsplit=1)[0].lower() in GROUP_COUNTS


def _personal(
    wanted: str, memory: SpeakerMemory, config: ExtractionConfig
) -> tuple[Entity | None, Evidence, list[Entity]]:
    """ "he"/"she": the one compatible person, by gender, by count, or as the sentence before's speaker."""
    if any(_counted_group(e, memory) for e in memory.entities[-MEMORY:]):
        # "Two women ... spoke to us: Umm Ahmad and Samira Hamdan, a nurse. She said": either.
        return None, Evidence("pronoun: a group of people named in this paragraph", "none"), []
    # In a transcript line "he" is never the line's own speaker, who says "I".
    compatible = [
        e
        for e in _persons_in_window(memory, config)
        if e.gender in ("", wanted) and not (memory.line_speaker and e.label == memory.line_speaker)
    ]
    known = [e for e in compatible if e.gender == wanted]
    before = {s.label for s in memory.previous_sentence}
    # "U.S. Ambassador Samantha Power rejected ..." then "Power, she said": one person, two labels.
    # "Mr Kerry and Mr Lavrov spoke": two people, neither of whom alone spoke the sentence before.
    before_heads = {
        head_noun(s.label) for s in memory.previous_sentence if s.kind == "person" and " and " not in s.label
    }
    previous = [
        e for e in compatible if e.label in before or (e.kind == "person" and head_noun(e.label) in before_heads)
    ]
    others = [e for e in compatible if e.para == memory.para and e.kind == "person"]  # named people
    found: tuple[Entity | None, Evidence] = (None, NO_RULE)
    if len(known) == 1 and compatible[0] is known[0]:
        # The one candidate of that gender, and the most recent one that fits.
        found = known[0], Evidence(f"pronoun: the one {wanted} candidate", "likely")
    elif known and compatible[0] is known[0] and len(before) == 1 and previous[:1] == known[:1]:
        # The most recent candidate is of that gender and spoke the sentence before: '"...," she wrote.'
        found = known[0], Evidence(f"pronoun: the {wanted} speaker of the sentence before", "likely")
    elif len(known) == 1 and len(before) == 1 and previous == known:
        # The one candidate of that gender also spoke the sentence before (others fit only by being unknown).
        found = known[0], Evidence(f"pronoun: the one {wanted} candidate, speaker of the sentence before", "likely")
    elif known and compatible[0] is known[0] and _leads_paragraph(known[0], known, memory):
        # "Reem Abbas, who runs the school, has been collecting names. She said ...": the most
        # recent person of that gender leads this paragraph; any other is an earlier paragraph's.
        found = known[0], Evidence(f"pronoun: the {wanted} person leading this paragraph", "likely")
    elif (
        compatible
        and previous[:1] == compatible[:1]
        and len(before) == 1
        and _leads_paragraph(compatible[0], compatible, memory)
    ):
        # "A U.S. defense official ... said the jets had been bombing ... '...,' he said": the
        # speaker of the sentence before; everyone else who fits was named in earlier paragraphs.
        found = compatible[0], Evidence("pronoun: the speaker of the sentence before", "likely")
    elif not known and len(compatible) == 1:
        found = compatible[0], Evidence("pronoun: the one candidate", "likely")
    elif not known and len(previous) == 1 and len(before) == 1 and not [e for e in others if e not in previous]:
        # Only when no one else who fits was named in this paragraph: "Power told ... . Cook
        # repeated ... . She said" may mean either of two people of unknown gender.
        found = previous[0], Evidence("pronoun: the speaker of the sentence before", "likely")
    if found[0] is not None and _named_again_here(found[0], wanted, memory):
        # "Lindahl and a Danish diplomat, Mette Krogh, argued ... she said": Lindahl, a woman met
        # paragraphs back, is named again here by surname and may be meant.
        found = None, Evidence("pronoun: another person named again in this paragraph", "weak", found[0].label)
    return found[0], found[1], compatible


def _named_again_here(chosen: Entity, wanted: str, memory: SpeakerMemory) -> bool:
    """A person of that gender (or unknown), other than ``chosen``, whose surname this paragraph repeats."""
    speaking = head_noun(memory.line_speaker) if memory.line_speaker else ""  # never "she" in her own line
    return any(e.gender in ("", wanted) for e in named_again(memory, head_noun(chosen.label), speaking))


def _leads_paragraph(entity: Entity, rivals: list[Entity], memory: SpeakerMemory) -> bool:
    """``entity`` spoke or was a sentence's subject in this paragraph, and no rival was named in it,
    not even by surname alone ("Coe did not say ..., and Harrigian has ordered ...")."""
    if entity.para != memory.para or not entity.subject:
        return False
    return all(
        other is entity or (other.para < memory.para and head_noun(other.label) not in memory.para_names)
        for other in rivals
    )


def _fits(speaker: Speaker, word: str, wanted: str, memory: SpeakerMemory, config: ExtractionConfig) -> bool:
    """Can ``word`` ("he", "it", "they") mean ``speaker``, by kind, number and known gender?"""
    plural = is_group(speaker.label, speaker.kind, config)
    if wanted:
        known = next((e.gender for e in reversed(memory.entities) if e.label == speaker.label and e.gender), "")
        return speaker.kind in ("person", "anonymous") and not plural and known in ("", wanted)
    if config.pronouns.get(word) == "any":
        return plural
    return speaker.kind == "institution" and not plural


def _person_named(words: tuple[str, ...], memory: SpeakerMemory) -> bool:
    """Does one of ``words`` name a person met so far (a surname, "Zakharova's")?"""
    if not words:
        return False
    names = {head_noun(e.label) for e in memory.entities if e.kind in ("person", "anonymous")}
    return any(w in names for w in words)


#: Capitalised words before a pronoun, not yet met, that may be a person's name.
MIN_UNREAD_NAME_WORDS = 2


def _unread_names(between: tuple[str, ...], memory: SpeakerMemory, config: ExtractionConfig) -> bool:
    """Two capitalised words or more before the pronoun that no candidate's label holds."""
    # People only count while they are still candidates (in the window); bodies and places never are.
    seen = [*_persons_in_window(memory, config), *(e for e in memory.entities if e.kind not in ("person", "anonymous"))]
    known = {w.lower().rstrip(".,") for e in seen for w in e.label.split()}
    skip = config.institution_heads | config.person_titles | config.speaker_words | set(MONTHS) | set(WEEKDAYS)
    unread = [w for w in between if w not in known and w not in skip]
    return len(unread) >= MIN_UNREAD_NAME_WORDS


def _in_sentence(
    word: str, wanted: str, memory: SpeakerMemory, config: ExtractionConfig, *, joined: bool, between: tuple[str, ...]
) -> tuple[Entity | None, Evidence]:
    """A pronoun after someone spoke earlier in its sentence (or an unnamed voice spoke just before)."""
    if memory.unread_in_sentence or memory.unread_in_previous:
        # "X ... and denied it. '...,' he said": X was not read, and may be the one meant.
        return None, Evidence("pronoun: someone not named spoke just before", "none")
    # "The ministry did not deny ..., but it claimed ...": the sentence's own speaker, or no one.
    earlier = memory.sentence[-1]
    # "She said Washington ..., which she called": no other person named in between.
    alone = joined or (wanted and not _person_named(between, memory))
    if alone and _fits(earlier, word, wanted, memory, config):
        return (
            Entity(earlier.label, earlier.kind, memory.para, via=earlier.via),
            Evidence("pronoun: the speaker earlier in the sentence", "likely"),
        )
    # Inside the earlier speaker's words, where anyone they name may be meant.
    return None, Evidence("pronoun: inside or after another speaker's words", "weak", earlier.label)


def resolve_pronoun(
    word: str,
    memory: SpeakerMemory,
    config: ExtractionConfig,
    *,
    joined: bool = False,
    between: tuple[str, ...] = (),
) -> tuple[Entity | None, Evidence]:
    """A pronoun's antecedent, or ``None`` with the reason when more than one could be meant.

    ``joined``: the pronoun's clause is joined to the one before in its sentence ("but it claimed").
    ``between``: capitalised words (lower case) between the sentence's frame before and the pronoun.
    """
    if word in RELATIVES:
        if not memory.sentence:
            return None, Evidence("relative pronoun without antecedent", "none")
        last = memory.sentence[-1]
        return Entity(last.label, last.kind, memory.para, via=last.via), Evidence("X, who said", "sure")
    wanted = config.gender_words.get(word, "")
    if memory.unread_in_sentence or memory.unread_in_previous or memory.sentence:
        return _in_sentence(word, wanted, memory, config, joined=joined, between=between)
    if wanted and _unread_names(between, memory, config):
        # "Samantha Power, for all her theatrics, had a point when she asked": she is named in
        # this very sentence, before the pronoun, and not yet among the candidates.
        return None, Evidence("pronoun: someone named earlier in the sentence is not yet read", "none")
    if wanted:
        entity, evidence, compatible = _personal(wanted, memory, config)
    else:
        compatible = _speakers_in_window(memory, want_plural=config.pronouns.get(word) == "any")
        before = {s.label for s in memory.previous_sentence}
        previous = [e for e in compatible if e.label in before]
        entity, evidence = None, NO_RULE
        if len(compatible) == 1:
            entity, evidence = compatible[0], Evidence("pronoun: the one candidate", "likely")
        elif len(before) == 1 and len(previous) == 1:
            # "The ministry said ... It added ...": the body that spoke in the sentence before,
            # in the same paragraph, and no one else spoke in it.
            entity, evidence = previous[0], Evidence("pronoun: the speaker of the sentence before", "likely")
    if entity is not None:
        return entity, evidence
    guess = compatible[0].label if compatible else ""
    reason = "pronoun: more than one candidate" if len(compatible) > 1 else "pronoun: no candidate"
    return None, Evidence(reason, "weak" if guess else "none", guess)
