"""Deciding whether the phrase before a verb is that verb's subject, and so its speaker.

A phrase read by ``phrases`` may be the object of a preposition ("wrote to the United
Nations"), part of a condition ("until Washington explained"), the antecedent of ", which",
or a document that speaks for its owner ("the army's statement"). These rules keep each
apart, so a frame's speaker is the one who speaks.
"""

from __future__ import annotations

from .config import ExtractionConfig
from .phrases import (
    DETERMINERS,
    appositive,
    issuer,
    personal_name,
    phrase_before,
    phrase_with_place,
    skip_aside,
    skip_fillers,
)
from .tokens import Token, strip_possessive

#: Prepositions whose object is never the subject of the verb that follows:
#: in "Diplomats at the United Nations said" the diplomats speak, not the UN.
_OBJECT_PREPOSITIONS = frozenset("at in on from near inside outside with to into onto via through by".split())
#: Participles between a head noun and its preposition ("a message posted on a channel").
_PLACING_PARTICIPLES = frozenset(
    "posted published based stationed sent issued released carried written quoted cited".split()
)
#: Words that make a following "X said" a condition, not a report: "until Washington explained ...".
_CONDITIONS = frozenset({"until", "unless", "if", "whether"})
#: "one of the officials": the part that speaks.
_PART_WORDS = frozenset({"one", "two", "three", "some", "several", "many", "each", "another"})
#: Words that join a second verb to the first verb's subject ("acknowledged ..., but did not claim").
_JOINING = frozenset({"and", "but"})
#: Relative pronouns that take the phrase before their comma as the speaker.
_RELATIVES = frozenset({"who", "which"})


def _subject_or_object(tokens: list[Token], span: tuple[int, int], config: ExtractionConfig) -> tuple[int, int] | None:
    """The speaker phrase read before a verb, unless it is the object of a preposition.

    "Officials in Washington said", "A source at the ministry told": the head before the
    preposition is the speaker, so the phrase grows to take it in. "A message posted on a
    Telegram channel read": the message (whose author is not named). When no such head
    stands there ("wrote to the United Nations, calling it"), ``None``: the subject is unread.
    """
    index = span[0] - 1
    skipped = 0
    while index >= 0 and skipped < 3 and (tokens[index].lower in DETERMINERS or tokens[index].text.islower()):
        if tokens[index].lower in _OBJECT_PREPOSITIONS:
            break
        index -= 1  # "on a pro-government channel", "in the militia's channel"
        skipped += 1
    if index < 0 or tokens[index].lower not in _OBJECT_PREPOSITIONS:
        return span
    head = index - 1
    if head >= 0 and tokens[head].lower in _PLACING_PARTICIPLES:
        head -= 1
    if head < 0:
        return None
    lower = tokens[head].lower
    if lower not in config.anonymous_heads and lower not in config.document_nouns:
        return None
    phrase = phrase_before(tokens, head, config)
    if phrase is None:
        return (head, span[1]) if lower in config.anonymous_heads else None
    if lower not in config.document_nouns:
        return phrase[0], span[1]
    # "A statement from the Defence Ministry read", "a note issued by X": its author speaks;
    # "a message posted on ...": the document does.
    return span if tokens[index].lower in {"from", "by"} else phrase


def subject_before(
    tokens: list[Token], subject_end: int, config: ExtractionConfig
) -> tuple[tuple[int, int] | None, str]:
    """The speaker phrase ending at ``subject_end`` (before a verb), and how it was read.

    Reads a plain phrase, else steps over a comma-enclosed aside (an appositive name, "issued by
    X", or the phrase before the aside), else the antecedent of ", which", else a pronoun. The
    second value is "read", "relative", "unread" (the phrase is an object, not the subject),
    "condition" ("until X said": no report) or "coordinated" (", and said": the subject is that
    of an earlier verb).
    """
    before = phrase_with_place(tokens, subject_end, config) if subject_end >= 0 else None
    if before is None and (aside_end := skip_aside(tokens, subject_end)) >= 0:
        named = appositive(tokens, aside_end, subject_end, config) or issuer(tokens, aside_end, subject_end, config)
        if named is not None:
            return named, "read"  # the name in the aside, or the issuer: already the speaker
        # "A Syrian officer at the airport, who asked not to be named, told ...": the place belongs to the speaker.
        before = phrase_with_place(tokens, aside_end, config)
    if before is not None:
        return _read_subject(tokens, before, config)
    if subject_end < 0:
        return None, "read"
    if (antecedent := _relative_antecedent(tokens, subject_end, config)) is not None:
        return antecedent, "relative"
    if tokens[subject_end].lower in config.pronouns:
        return (subject_end, subject_end), "read"  # "he said": resolved against earlier speakers
    return None, "coordinated" if tokens[subject_end].lower in _JOINING else "read"


def _whose_person(tokens: list[Token], span: tuple[int, int], config: ExtractionConfig) -> tuple[int, int]:
    """The whole phrase when the one read is only part of it.

    "one of the officials said": one of them speaks, not all; "a spokesman for Prime Minister
    Malcolm Turnbull said", "a spokesman for the coalition said": the spokesman speaks (for
    them), and the whole phrase is the speaker, so '"...," a spokesman for X said' is read as
    the frame right after the quotation.
    """
    first = span[0]
    if first < 2 or tokens[first - 1].lower not in {"of", "for", "to"}:
        return span
    before = tokens[first - 2].lower
    if tokens[first - 1].lower == "of" and before in _PART_WORDS:
        return first - 2, span[1]
    if before in config.anonymous_heads:
        head = phrase_before(tokens, first - 2, config)
        return (head[0] if head else first - 2), span[1]
    return span


def _read_subject(
    tokens: list[Token], phrase: tuple[int, int], config: ExtractionConfig
) -> tuple[tuple[int, int] | None, str]:
    """A phrase read before a verb: the subject ("read"), an object ("unread"), or the subject of a
    condition ("until Washington explained": "condition", no report)."""
    subject = _subject_or_object(tokens, _whose_person(tokens, phrase, config), config)
    if subject is None:
        return None, "unread"
    if subject[0] > 0 and tokens[subject[0] - 1].lower in _CONDITIONS:
        return None, "condition"
    return _document_owner(tokens, subject, config), "read"


def _document_owner(tokens: list[Token], span: tuple[int, int], config: ExtractionConfig) -> tuple[int, int]:
    """ "the army's statement" -> "the army's" (read as "the army"): a possessive owner speaks for its document.

    Any other phrase is returned as it is.
    """
    first, last = span
    if tokens[last].lower not in config.document_nouns:
        return span
    if tokens[first].lower in config.pronouns and first < last:
        return first, first  # "Its statement said": the statement of whatever "it" is
    if first == last and first >= 2 and tokens[first - 1].lower == "own":
        # "The Syrian army's own statement called it": the army's.
        possessor = phrase_before(tokens, first - 2, config)
        if possessor is not None and strip_possessive(tokens[possessor[1]].text) != tokens[possessor[1]].text:
            return possessor
    owner = next((k for k in range(last - 1, first - 1, -1) if strip_possessive(tokens[k].text) != tokens[k].text), -1)
    if (
        owner < first
        and last > first
        and tokens[last - 1].is_capitalised
        and tokens[last - 1].lower in config.institution_heads
    ):
        owner = last - 1  # "The Defence Ministry statement": the ministry's ("The Australian statement": no one named)
    return (first, owner) if owner >= first else span


def _relative_antecedent(tokens: list[Token], index: int, config: ExtractionConfig) -> tuple[int, int] | None:
    """ "a statement from the Foreign Ministry, which said": the phrase before ", which" speaks.

    A document's owner speaks for it ("from the ministry", "the army's statement" -> "the army").
    """
    if tokens[index].lower not in _RELATIVES or index < 2 or tokens[index - 1].text != ",":
        return None
    phrase = phrase_before(tokens, index - 2, config)
    if phrase is None:
        return None
    first, last = phrase
    if tokens[last].lower in config.document_nouns:
        return _document_owner(tokens, phrase, config)
    preposition = first - 1
    if preposition >= 1 and tokens[preposition].lower in {"from", "by", "of"}:
        document = phrase_before(tokens, preposition - 1, config)
        if document is not None and tokens[document[1]].lower in config.document_nouns:
            return phrase  # "a statement from the Foreign Ministry, which": the ministry
    if (named := _named_before_description(tokens, phrase, config)) is not None:
        return named
    return _subject_or_object(tokens, phrase, config)


def _named_before_description(
    tokens: list[Token], phrase: tuple[int, int], config: ExtractionConfig
) -> tuple[int, int] | None:
    """ "said Rami Haddad, the group's director, who told ...": the person named before the description.

    The description only says who the named person is; the relative clause is about them, and
    "the group's director" alone would name no one a reader could check.
    """
    first, _ = phrase
    if tokens[first].is_capitalised and tokens[first].lower not in DETERMINERS:
        return None  # the phrase is itself a name
    if first < 2 or tokens[first - 1].text != ",":
        return None
    name = phrase_before(tokens, first - 2, config)
    return name if name is not None and personal_name(tokens, name, config) else None


def issued_document(tokens: list[Token], index: int, config: ExtractionConfig) -> tuple[int, int] | None:
    """ "The ministry issued a statement saying": the subject of "issued" speaks through the statement."""
    document = phrase_before(tokens, index - 1, config) if index > 0 else None
    if document is None or tokens[document[1]].lower not in config.document_nouns:
        return None
    verb = document[0] - 1
    if verb < 1 or tokens[verb].lower not in _PLACING_PARTICIPLES | {"issue", "issues", "put"}:
        return None
    subject = phrase_before(tokens, skip_fillers(tokens, verb - 1, config), config)
    return subject if subject is not None and tokens[subject[1]].lower not in config.document_nouns else None
