"""Turn attribution frames into speakers, following references back, and say how sure.

News copy names a speaker once in full ("A senior Obama administration
official") and then refers back ("the official", "this official", "she", "the
statement"). ``SpeakerMemory`` is the reader's memory within one article; it is
created per article and never shared, so extraction stays a pure function of
the article.

A wrong name is worse than none, so every reference is resolved only with
evidence (a matching head noun, a gendered title, a single compatible
candidate) and otherwise left unresolved with its best guess kept aside for
review. Each answer carries an ``Evidence``: the rule used and how sure it is.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .config import ExtractionConfig
from .frames import RELATIVE_RULE, Frame
from .model import Evidence, Speaker, SpeakerKind
from .tokens import Token

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: Speakers remembered for references; news prose refers back a paragraph or two.
MEMORY = 32
#: Paragraphs back in which a pronoun looks for its antecedent. Wide on purpose:
#: a narrow window could hold one wrong candidate while the right one stands just
#: outside it; a wide one makes the rule abstain instead.
PRONOUN_WINDOW = 4
#: Relative pronouns: "a Russian official, who said": the phrase just before.
RELATIVES = frozenset({"who", "which"})
NO_RULE = Evidence("no rule applies", "none")
#: Words before a document noun that introduce a new document ("a statement", "the following statement").
DOCUMENT_INTRODUCERS = frozenset({"a", "an", "its", "their", "following"})
#: Characters between a frame and "in a statement" that still tie the two.
DOCUMENT_GAP = 20
#: Verbs with which a document speaks ("It reads: ...").
DOCUMENT_VERBS = frozenset({"read", "reads", "says", "said", "states", "stated"})


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


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _norm(name: str) -> str:
    words = name.lower().replace("\u2019", "'").split()
    return " ".join(words[1:] if words and words[0] == "the" else words)


#: "Officials in Washington", "a source at the ministry", "a source quoted by a newspaper",
#: "a spokesman for the prime minister": the head stands before these.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "inside", "outside", "quoted", "cited", "for"})


def _head(label: str) -> str:
    words = label.lower().split()
    for index, word in enumerate(words[1:], start=1):
        if word in _PLACE_PREPOSITIONS:
            words = words[:index]
            break
    return words[-1].rstrip(".") if words else ""


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def speaker_kind(phrase: str, config: ExtractionConfig) -> SpeakerKind:
    """Person, institution or anonymous description, from the words alone."""
    if " to the " in phrase:
        phrase = phrase.split(" to the ", maxsplit=1)[0]  # "ambassador to the United Nations": an ambassador
    words = phrase.split()
    cut = next((i for i, w in enumerate(words[1:], start=1) if w.lower() in _PLACE_PREPOSITIONS), len(words))
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
    elif any(w in config.person_titles and words[i + 1][0].isupper() for i, w in enumerate(lowers[:-1])):
        kind = "person"  # "Maj. Gen. Igor Konashenkov"
    elif any(w in config.institution_heads | config.name_connectors for w in lowers) or lowers[0] in {"the", "a", "an"}:
        kind = "institution"
    elif 2 <= len(words) <= 4 and all(w[0].isupper() and not w.isupper() for w in words):
        kind = "person"  # "John Kerry": a bare name
    return kind


def gender_of(label: str, config: ExtractionConfig) -> str:
    """ "Ms. Power" -> "female", "Pentagon spokesman Peter Cook" -> "male"; "" when the words do not say."""
    found = {config.gender_words[w] for w in (w.lower().rstrip(".") for w in label.split()) if w in config.gender_words}
    return found.pop() if len(found) == 1 else ""


def _is_plural(label: str, config: ExtractionConfig) -> bool:
    """ "officials", "the Russians", "Moscow and Washington": a group that "they" can mean."""
    words = label.split()
    head = _head(label)
    if " and " in f" {label.lower()} ":
        return True
    plural_head = head.endswith("s") and _singular(head) != head
    return plural_head and (
        head in config.anonymous_heads or head in config.institution_heads or words[-1][0].isupper()
    )


def _is_reference(phrase: str, config: ExtractionConfig) -> bool:
    """ "the official", "this official", "the statement": refers back, names no one."""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() not in config.reference_determiners:
        return False
    if any(w[0].isupper() for w in words[1:]):
        return False
    head = _head(phrase)
    return head in config.anonymous_heads | config.institution_heads | config.document_nouns | config.speaker_words


def _persons_in_window(memory: SpeakerMemory) -> list[Entity]:
    """Single people named in the last few paragraphs, most recent first, one entry per label."""
    seen: dict[str, Entity] = {}
    genders: dict[str, set[str]] = {}
    for entity in reversed(memory.entities[-4 * MEMORY :]):
        if entity.para < memory.para - PRONOUN_WINDOW:
            break
        if entity.plural or entity.kind not in ("person", "anonymous"):
            continue
        # One person however often named: "Pentagon spokesman Peter Cook" and "Cook".
        key = _head(entity.label) if entity.kind == "person" else entity.label
        genders.setdefault(key, set()).add(entity.gender)
        seen.setdefault(key, entity)
    result = []
    for key, entity in seen.items():
        known = genders[key] - {""}
        gender = known.pop() if len(known) == 1 else ""
        result.append(Entity(entity.label, entity.kind, entity.para, gender, entity.plural, entity.spoke, entity.via))
    return result


def _speakers_in_window(memory: SpeakerMemory, want_plural: bool) -> list[Entity]:
    """Institutions (or groups) that spoke in the last few paragraphs, most recent first."""
    seen: dict[str, Entity] = {}
    for entity in reversed(memory.entities):
        if entity.para < memory.para - PRONOUN_WINDOW:
            break
        if not entity.spoke or entity.label in seen:
            continue
        if (want_plural and entity.plural) or (not want_plural and entity.kind == "institution" and not entity.plural):
            seen[entity.label] = entity
    return list(seen.values())


def _personal(wanted: str, memory: SpeakerMemory) -> tuple[Entity | None, Evidence, list[Entity]]:
    """ "he"/"she": the one compatible person, by gender, by count, or as the sentence before's speaker."""
    compatible = [e for e in _persons_in_window(memory) if e.gender in ("", wanted)]
    known = [e for e in compatible if e.gender == wanted]
    before = {s.label for s in memory.previous_sentence}
    # "U.S. Ambassador Samantha Power rejected ..." then "Power, she said": one person, two labels.
    before_heads = {_head(s.label) for s in memory.previous_sentence if s.kind == "person"}
    previous = [e for e in compatible if e.label in before or (e.kind == "person" and _head(e.label) in before_heads)]
    found: tuple[Entity | None, Evidence] = (None, NO_RULE)
    if len(known) == 1 and compatible[0] is known[0]:
        # The one candidate of that gender, and the most recent one that fits.
        found = known[0], Evidence(f"pronoun: the one {wanted} candidate", "likely")
    elif len(known) == 1 and len(before) == 1 and previous == known:
        # The one candidate of that gender also spoke the sentence before (others fit only by being unknown).
        found = known[0], Evidence(f"pronoun: the one {wanted} candidate, speaker of the sentence before", "likely")
    elif not known and len(compatible) == 1:
        found = compatible[0], Evidence("pronoun: the one candidate", "likely")
    elif not known and len(previous) == 1 and len(before) == 1:
        found = previous[0], Evidence("pronoun: the speaker of the sentence before", "likely")
    return found[0], found[1], compatible


def _pronoun(word: str, memory: SpeakerMemory, config: ExtractionConfig) -> tuple[Entity | None, Evidence]:
    """A pronoun's antecedent, or ``None`` with the reason when more than one could be meant."""
    if word in RELATIVES:
        if not memory.sentence:
            return None, Evidence("relative pronoun without antecedent", "none")
        last = memory.sentence[-1]
        return Entity(last.label, last.kind, memory.para, via=last.via), Evidence("X, who said", "sure")
    wanted = config.gender_words.get(word, "")
    if wanted:
        entity, evidence, compatible = _personal(wanted, memory)
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


def _description(phrase: str, memory: SpeakerMemory, config: ExtractionConfig) -> tuple[Entity | None, Evidence]:
    """ "the ministry": the nearest earlier mention whose words hold the same head noun.

    A body is never one of its people: "the ministry" is not "the ministry's spokeswoman".
    """
    head = _singular(_head(phrase))
    body = _head(phrase) in config.institution_heads
    for quoted in (False, True):
        for entity in reversed(memory.entities):
            if entity.quoted != quoted or (body and entity.kind in ("person", "anonymous")):
                continue
            words = {_singular(w.lower().rstrip(".,")) for w in entity.label.split()} | entity.words
            if head in words and _norm(entity.label) != _norm(phrase):
                return entity, Evidence(f"the {head}: nearest earlier {head}", "likely")
    return None, Evidence(f"the {head}: no earlier {head} named", "none")


def _full_name(phrase: str, memory: SpeakerMemory) -> Entity | None:
    """ "Konashenkov" or "POWER" (a transcript) after "Maj. Gen. Igor Konashenkov": the full description."""
    if len(phrase.split()) != 1:
        return None
    wanted = phrase.lower()
    for entity in reversed(memory.entities):
        if entity.kind == "person" and _head(entity.label) == wanted and entity.label.lower() != wanted:
            return entity
    return None


def _remember(
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
    plural = _is_plural(speaker.label, config)
    memory.entities.append(
        Entity(speaker.label, speaker.kind, memory.para, known_gender, plural, spoke=True, via=speaker.via)
    )
    if gender:
        for entity in memory.entities:
            if entity.kind == "person" and _head(entity.label) == _head(speaker.label) and not entity.gender:
                entity.gender = gender
    if len(memory.entities) > 8 * MEMORY:
        del memory.entities[: -4 * MEMORY]


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def start_paragraph(memory: SpeakerMemory, number: int) -> None:
    """Reading moves on to paragraph ``number``."""
    memory.para = number
    memory.sentence = []


def start_sentence(memory: SpeakerMemory) -> None:
    """Reading moves on to the next sentence of the paragraph."""
    memory.previous_sentence = memory.sentence
    memory.sentence = []
    memory.sentence_entities = []


def _runs(tokens: list[Token], config: ExtractionConfig) -> list[tuple[int, int]]:
    """Token ranges of capitalised names and descriptions ("Pentagon spokesman Peter Cook",
    "General Command of the Army and Armed Forces")."""
    runs = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if not (token.is_word and (token.is_capitalised or token.lower in config.speaker_words)):
            index += 1
            continue
        last = index
        while last + 1 < len(tokens):
            nxt = tokens[last + 1]
            if nxt.is_word and (nxt.is_capitalised or nxt.lower in config.speaker_words):
                last += 1
                continue
            # "of", "for", "and" inside a name; "of the" before a capitalised word
            step = 2 if nxt.lower in config.name_connectors and nxt.lower != "on" else 0
            if step and last + 2 < len(tokens) and tokens[last + 2].lower == "the":
                step = 3
            if step and last + step < len(tokens) and tokens[last + step].is_capitalised:
                last += step
                continue
            break
        runs.append((index, last))
        index = last + 1
    return runs


def _split_pairs(tokens: list[Token], runs: list[tuple[int, int]], config: ExtractionConfig) -> list[tuple[int, int]]:
    """ "Foreign Minister Ivan Petrov and Secretary Paul Grant": two people, not one."""
    result = []
    for first, last in runs:
        cut = next((i for i in range(first + 1, last) if tokens[i].lower == "and"), None)
        titled = cut is not None and any(t.lower.rstrip(".") in config.person_titles for t in tokens[cut + 1 : last])
        if cut is not None and titled:
            result += [(first, cut - 1), (cut + 1, last)]
        else:
            result.append((first, last))
    return result


def _bare_name(tokens: list[Token], first: int, last: int) -> bool:
    """ "Samantha Power went further": a capitalised pair that may be a person.

    Not after "the" ("the United States"). A place taken for a person
    ("Islamic State fighters") only makes a later pronoun abstain, which is the
    safe way to be wrong.
    """
    before = tokens[first - 1].lower if first > 0 else ""
    return before not in {"the", "a", "an"}


def _add_entity(
    memory: SpeakerMemory,
    label: str,
    kind: SpeakerKind,
    words: frozenset[str],
    config: ExtractionConfig,
    *,
    quoted: bool,
) -> None:
    gender = gender_of(" ".join(words), config)
    entity = Entity(label, kind, memory.para, gender, _is_plural(label, config), words=words, quoted=quoted)
    memory.entities.append(entity)
    memory.sentence_entities.append(entity)
    if len(memory.entities) > 8 * MEMORY:
        del memory.entities[: -4 * MEMORY]
    if len(memory.sentence_entities) > MEMORY:
        del memory.sentence_entities[: -MEMORY // 2]


def note_mentions(
    text: str, tokens: list[Token], memory: SpeakerMemory, config: ExtractionConfig, quoted: list[tuple[int, int]]
) -> None:
    """Remember the people and bodies a sentence names, whether or not they speak.

    They are candidates for later pronouns and descriptions: "she said" after a
    woman and a man were named is not the man's. A bare capitalised pair
    ("United States", "Islamic State") is not taken for a person; a title
    ("Ambassador", "spokesman", "Ms") or an appositive description is needed.
    """
    runs = _split_pairs(tokens, _runs(tokens, config), config)
    outlet = _norm(memory.outlet)
    for number, (first, last) in enumerate(runs):
        label = text[tokens[first].start : tokens[last].end]
        if _norm(label) == outlet:
            continue  # the publishing outlet in a dateline ("MOSCOW (Example Wire)") is not a party
        at = bisect.bisect_right(quoted, tokens[first].start, key=lambda q: q[0]) - 1
        inside = at >= 0 and quoted[at][0] <= tokens[first].start < quoted[at][1]
        words = frozenset(_singular(w.lower().rstrip(".,")) for w in label.split())
        kind = speaker_kind(label, config)
        lowers = [t.lower.rstrip(".") for t in tokens[first : last + 1]]
        titled = any(w in config.person_titles for w in lowers[:-1]) and tokens[last].is_capitalised
        # "The representative of the United States, Samantha Power, ...": one person.
        if number + 1 < len(runs) and runs[number + 1][0] == last + 2 and tokens[last + 1].text == ",":
            n_first, n_last = runs[number + 1]
            name = text[tokens[n_first].start : tokens[n_last].end]
            closing = n_last + 1 < len(tokens) and tokens[n_last + 1].text in {",", ".", ";"}
            name_words = name.split()
            looks_named = 2 <= len(name_words) <= 4 and all(w[0].isupper() for w in name_words)
            if closing and looks_named and any(w in config.anonymous_heads | config.person_titles for w in lowers):
                all_words = words | frozenset(_singular(w.lower().rstrip(".,")) for w in name_words)
                _add_entity(memory, name, "person", all_words, config, quoted=inside)
                continue
        if (
            (kind == "person" and (titled or _bare_name(tokens, first, last)))
            or (kind == "anonymous" and not _is_plural(label, config))
            or (
                kind == "institution"
                and any(w in config.institution_heads for w in lowers)
                and any(t.is_capitalised for t in tokens[first : last + 1])
                and lowers[-1] not in config.document_nouns
            )
        ):
            _add_entity(memory, label, kind, words, config, quoted=inside)


def note_document(
    speaker: Speaker, following_words: list[str], config: ExtractionConfig, memory: SpeakerMemory
) -> None:
    """ "X said in its statement": later "the statement" means X's statement."""
    if any(word.lower() in config.document_nouns for word in following_words):
        memory.document_owner = speaker
        memory.document_para = memory.para


def note_issued_document(
    text: str,
    tokens: list[Token],
    memory: SpeakerMemory,
    spoken: list[tuple[Frame, Speaker]],
    config: ExtractionConfig,
) -> None:
    """ "X issued the following statement", "In a statement, X said": X owns the next "the statement".

    ``spoken``: the sentence's frames with their named speakers. A statement next
    to a frame ("In a statement, X said", "X said in a statement") is that
    speaker's; a statement that is the object of another verb ("X issued a
    statement") belongs to the one body or person the sentence names, and to no
    one when it names several ("X issued a statement, as did Y").
    """
    for index, token in enumerate(tokens):
        if token.lower not in config.document_nouns or index == 0:
            continue
        window = [t.lower for t in tokens[max(0, index - 3) : index]]
        if not any(w in DOCUMENT_INTRODUCERS for w in window):
            continue  # "the statement" refers back; "a statement" introduces one
        owner: Speaker | None = None
        for frame, speaker in spoken:
            if frame.rule == RELATIVE_RULE:
                continue  # "X, which had confirmed the raid, issued a statement": the main clause decides
            verb_start = frame.verb_start if frame.verb_start >= 0 else frame.start
            first_frame = frame is spoken[0][0]
            before_frame = token.end <= verb_start and first_frame
            after_frame = 0 <= token.start - frame.end <= DOCUMENT_GAP
            if before_frame or after_frame:
                owner = speaker
        if owner is None:
            outlet = _norm(memory.outlet)
            named = {
                e.label
                for e in memory.sentence_entities
                if e.kind in ("institution", "person", "anonymous") and _norm(e.label) != outlet
            }
            named |= {s.label for _, s in spoken}
            if len(named) == 1:
                label = named.pop()
                found = next((e for e in memory.sentence_entities if e.label == label), None)
                owner = Speaker(label, found.kind if found else "institution", found.via if found else ())
            else:
                # "X issued a statement, as did Y": each may have issued it, so each is a
                # candidate for a later "it said" (which then names no one).
                for entity in memory.sentence_entities:
                    entity.spoke = entity.spoke or entity.label in named
        memory.document_owner = owner
        memory.document_para = memory.para
        return


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
        entity, evidence = _pronoun(lower, memory, config)
        return entity, evidence, entity is None
    indefinite = lower.split()[:1] in (["a"], ["an"])
    if _head(phrase) in config.document_nouns and (indefinite or _is_reference(phrase, config)):
        # "the statement said": the last statement named; "a statement calling the raid ...":
        # a document whose author this phrase does not name.
        if indefinite or owner is None:
            reason = f"{phrase}: its author is not named here" if indefinite else "the statement: no earlier statement"
            return None, Evidence(reason, "none"), True
        entity = Entity(owner.label, owner.kind, memory.para, via=owner.via)
        return entity, Evidence("the statement: the last statement named", "likely"), False
    if _is_reference(phrase, config):
        entity, evidence = _description(phrase, memory, config)
        if entity is None:
            # "the envoy said" with no envoy named before: the article's own description
            # is the most a reader knows, and it names no one wrongly.
            evidence = Evidence(f"the {_head(phrase)}: unnamed, as the article describes", "likely")
        return entity, evidence, False
    fuller = _full_name(phrase, memory)
    rule = f"{frame.rule} (surname of an earlier full name)" if fuller is not None else frame.rule
    return fuller, Evidence(rule, "sure"), False


def _chain(frame: Frame, relays: list[Frame], referent: Entity | None, memory: SpeakerMemory) -> tuple[str, ...]:
    """The relay chain: the listener ("told ABC News"), the referent's relayers, then the relaying frames."""
    via: list[str] = [frame.recipient] if frame.recipient else []
    if referent is not None:
        via.extend(referent.via)
    via.extend(f.speaker for f in relays)
    outlet = _norm(memory.outlet)
    chain: list[str] = []
    for name in via:
        if _norm(name) != outlet and name not in chain and (referent is None or name != referent.label):
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
        if transcript and kind == "institution" and _head(phrase) not in config.institution_heads:
            kind = "person"  # "COE:" in a transcript is a person
        speaker = Speaker(phrase, kind, chain, "")
    main = frame.rule != RELATIVE_RULE
    _remember(memory, speaker, config, config.gender_words.get(phrase.lower(), ""), main=main)
    return speaker, evidence
