"""Turn attribution frames into speakers, following references back, and say how sure.

News copy names a speaker once in full ("A senior Obama administration
official") and then refers back ("the official", "this official", "she", "the
statement"). The reader's memory within one article is ``memory.SpeakerMemory``,
filled by ``mentions``; pronouns are resolved in ``pronouns``. This module resolves
one frame's speaker against that memory: a pronoun, a description, a surname or
the name itself, with its relay chain.

A wrong name is worse than none, so every reference is resolved only with
evidence (a matching head noun, a gendered title, a single compatible
candidate) and otherwise left unresolved with its best guess kept aside for
review. Each answer carries an ``Evidence``: the rule used and how sure it is.
"""

from __future__ import annotations

from .config import ExtractionConfig
from .frames import RELATIVE_RULE, Frame
from .memory import MEMORY, Entity, SpeakerMemory, named_again, remember
from .model import Evidence, Speaker
from .pronouns import RELATIVES, resolve_pronoun
from .speaker_labels import TITLE_ABBREVIATIONS, head_noun, is_reference, norm_label, singular, speaker_kind
from .tokens import strip_possessive

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: Verbs with which a document speaks ("It reads: ...").
DOCUMENT_VERBS = frozenset(
    "read reads says said states stated calls called describes described accuses accused adds added".split()
)
_RELAY_PRONOUNS = frozenset({"it", "they", "its", "their"})
_SMALL_WORDS = frozenset({"the", "a", "an", "of", "for", "to", "and"})


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


#: Determiners by which a speaker points at their own body ("this ministry", "our government").
_OWN_BODY = frozenset({"this", "our", "my"})


def _description(phrase: str, memory: SpeakerMemory, config: ExtractionConfig) -> tuple[Entity | None, Evidence]:
    """ "the ministry": the nearest earlier mention whose words hold the same head noun.

    A body is never one of its people: "the ministry" is not "the ministry's spokeswoman".
    """
    head = singular(head_noun(phrase))
    plural = head != head_noun(phrase).lower()
    body = head_noun(phrase) in config.institution_heads
    if body and phrase.split(maxsplit=1)[0].lower() in _OWN_BODY:
        # "The statement issued by this ministry", "our ministry": a spokesperson's own body,
        # which the last ministry named need not be.
        return None, Evidence(
            f"{phrase.split(maxsplit=1)[0].lower()} {head}: the speaker's own, not named here", "weak"
        )
    # "the army's general command" is not "U.S. Central Command": every word that narrows the
    # description must be one the earlier mention was described with.
    modifiers = {singular(strip_possessive(w).lower().rstrip(".,")) for w in phrase.split()[1:]}
    modifiers -= {head} | _SMALL_WORDS | config.reference_determiners
    for quoted in (False, True):
        found = [
            entity
            for entity in reversed(memory.entities)
            if entity.quoted == quoted
            and not (body and entity.kind in ("person", "anonymous"))
            and not (entity.plural and not plural)  # "the official" is not "Both officials"
            and norm_label(entity.label) != norm_label(phrase)
            and {head} | modifiers <= _label_words(entity) | entity.words
        ]
        if not found:
            continue
        nearest = found[0]
        # "Cook rejected that reading. '...,' the spokesman said": someone of an earlier paragraph
        # named again (by surname) in this one is nearer than the last mention with that head.
        if nearest.para < memory.para and not body:
            again = named_again(memory, head_noun(nearest.label))
            fitting = {head_noun(e.label): e for e in again if e in found}
            if len(fitting) == 1 and len({head_noun(e.label) for e in again}) == 1:
                return next(iter(fitting.values())), Evidence(f"the {head}: named again in this paragraph", "likely")
            if again:
                return None, Evidence(f"the {head}: someone else named in this paragraph", "weak", nearest.label)
        # "the representative" after two representatives named in one paragraph: either.
        rival = next((e for e in found[1:] if e.para == nearest.para and _other(e, nearest)), None)
        if rival is not None or (not plural and _group_since(memory, nearest, head)):
            return None, Evidence(f"the {head}: more than one earlier {head}", "weak", nearest.label)
        return nearest, Evidence(f"the {head}: nearest earlier {head}", "likely")
    return None, Evidence(f"the {head}: no earlier {head} named", "none")


def _group_since(memory: SpeakerMemory, nearest: Entity, head: str) -> bool:
    """A group of that head named after ``nearest``: "Both officials described ... The official said"."""
    for entity in reversed(memory.entities):
        if entity is nearest:
            return False
        if entity.plural and singular(head_noun(entity.label)) == head:
            return True
    return False


def _other(one: Entity, other: Entity) -> bool:
    """Two mentions that need not be one person or body: neither label holds the other ("Cook",
    "Peter Cook"), and neither describes the other ("Samantha Power" met as "the representative
    of the United States, Samantha Power")."""
    a, b = norm_label(one.label), norm_label(other.label)
    if a in b or b in a:
        return False
    return not (
        _label_words(one) <= _label_words(other) | other.words or _label_words(other) <= _label_words(one) | one.words
    )


def _label_words(entity: Entity) -> set[str]:
    """The words a mention was described with, abbreviated titles spelt out ("Brig. Gen." -> "general")."""
    words = {singular(w.lower().rstrip(".,")) for w in entity.label.split()} - _SMALL_WORDS
    return words | {TITLE_ABBREVIATIONS[w] for w in words | entity.words if w in TITLE_ABBREVIATIONS}


def _full_name(phrase: str, memory: SpeakerMemory) -> Entity | None:
    """ "Konashenkov" or "POWER" (a transcript) after "Maj. Gen. Igor Konashenkov": the full description."""
    if len(phrase.split()) != 1:
        return None
    wanted = phrase.lower()
    for entity in reversed(memory.entities):
        if entity.kind == "person" and head_noun(entity.label) == wanted and entity.label.lower() != wanted:
            return entity
    return None


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def _document_referent(
    phrase: str, memory: SpeakerMemory, config: ExtractionConfig
) -> tuple[Entity | None, Evidence, bool] | None:
    """ "the statement said": the last statement named; "a statement calling the raid ...": a
    document whose author this phrase does not name. ``None`` when ``phrase`` is no document."""
    lower = phrase.lower()
    owner = memory.document_owner
    # A bare "statement" ("Our own statement said") is as unowned as "a statement".
    indefinite = lower.split()[:1] in (["a"], ["an"]) or lower in config.document_nouns
    if head_noun(phrase) not in config.document_nouns or not (indefinite or is_reference(phrase, config)):
        return None
    if indefinite or owner is None:
        reason = f"{phrase}: its author is not named here" if indefinite else "the statement: no earlier statement"
        return None, Evidence(reason, "none"), True
    if memory.document_para < memory.para and any(
        e.spoke and e.para == memory.para and e.label != owner.label for e in memory.entities[-MEMORY:]
    ):
        # "U.S. Central Command said ... '...,' the statement said": the statement named paragraphs
        # back, or one of the body that has just spoken? Either.
        return None, Evidence("the statement: someone else spoke since it was named", "weak", owner.label), True
    entity = Entity(owner.label, owner.kind, memory.para, via=owner.via)
    return entity, Evidence("the statement: the last statement named", "likely"), False


def _referent(frame: Frame, memory: SpeakerMemory, config: ExtractionConfig) -> tuple[Entity | None, Evidence, bool]:
    """Whom a pronoun, description or surname refers to: ``(entity, evidence, abstain)``.

    ``entity`` is ``None`` with ``abstain`` false when the phrase names the
    speaker itself ("Russia's Defence Ministry").
    """
    phrase = frame.speaker
    lower = phrase.lower()
    owner = memory.document_owner
    recent_document = owner is not None and memory.document_para >= memory.para - 1
    if lower == "it" and frame.verb in DOCUMENT_VERBS and recent_document and owner is not None:
        return (
            Entity(owner.label, owner.kind, memory.para, via=owner.via),
            Evidence("it: the statement just introduced", "likely"),
            False,
        )
    if lower in config.pronouns or lower in RELATIVES:
        entity, evidence = resolve_pronoun(lower, memory, config, joined=frame.joined, between=frame.names_between)
        return entity, evidence, entity is None
    if (document := _document_referent(phrase, memory, config)) is not None:
        return document
    if is_reference(phrase, config):
        entity, evidence = _description(phrase, memory, config)
        ambiguous = evidence.confidence == "weak"  # two earlier mentions fit: abstain
        if entity is None and not ambiguous:
            # "the envoy said" with no envoy named before: the article's own description
            # is the most a reader knows, and it names no one wrongly.
            evidence = Evidence(f"the {head_noun(phrase)}: unnamed, as the article describes", "likely")
        return entity, evidence, ambiguous
    fuller = _full_name(phrase, memory)
    rule = f"{frame.rule} (surname of an earlier full name)" if fuller is not None else frame.rule
    return fuller, Evidence(rule, "sure"), False


#: Listeners who hear words without passing them on to the reader.
_AUDIENCES = frozenset(
    "reporters journalists council committee parliament lawmakers senators congress assembly chamber audience "
    "crowd delegates diplomats people families residents students members colleagues me us him her them you "
    "session meeting briefing conference senate".split()
)


def _chain(frame: Frame, relays: list[Frame], referent: Entity | None, memory: SpeakerMemory) -> tuple[str, ...]:
    """The relay chain: the listener ("told ABC News"), the referent's relayers, then the relaying frames."""
    # "told ABC News" passes the words on; "told reporters", "told the council" only heard them.
    relaying = frame.recipient and head_noun(frame.recipient) not in _AUDIENCES
    via: list[str] = [frame.recipient] if relaying else []
    if referent is not None:
        via.extend(referent.via)
    for relay in relays:
        if relay.speaker.lower() not in _RELAY_PRONOUNS:
            via.append(relay.speaker)
            memory.last_relay = relay.speaker
        elif memory.last_relay:
            via.append(memory.last_relay)  # "It quoted X as saying": the outlet named just before

    outlet = norm_label(memory.outlet)
    chain: list[str] = []
    for name in via:
        if norm_label(name) != outlet and name not in chain and (referent is None or name != referent.label):
            chain.append(name)
    return tuple(chain)


def resolve_speaker(
    frame: Frame, relays: list[Frame], memory: SpeakerMemory, config: ExtractionConfig
) -> tuple[Speaker | None, Evidence]:
    """The speaker of ``frame`` with its via chain and the evidence; ``None`` when no rule is sure.

    Remembers a resolved speaker for later references.
    """
    phrase = frame.speaker
    if not phrase:
        memory.unread_in_sentence = True
        return None, Evidence(frame.rule, "none")  # a verb whose subject the words do not give
    referent, evidence, abstain = _referent(frame, memory, config)
    if abstain:
        return None, evidence
    chain = _chain(frame, relays, referent, memory)
    if referent is not None:
        speaker = Speaker(referent.label, referent.kind, chain, phrase)
    else:
        kind = speaker_kind(phrase, config)
        transcript = frame.rule.startswith("transcript")
        if transcript and kind == "institution" and head_noun(phrase) not in config.institution_heads:
            kind = "person"  # "COE:" in a transcript is a person
        speaker = Speaker(phrase, kind, chain, "")
    main = frame.rule != RELATIVE_RULE
    remember(memory, speaker, config, config.gender_words.get(phrase.lower(), ""), main=main)
    return speaker, evidence
