"""The ``Frame`` record and the frames that start at their verb.

A frame is one attribution in a sentence. Most are built in ``attribution.find_frames``; the
ones here have a verb whose subject is not a phrase right before it: a participle ("...,
saying"), a coordinated verb ("rejected the charge and said"), or a subject the words do not
give ("not identified").
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .config import ExtractionConfig
from .phrases import MAX_PHRASE, phrase_after, phrase_before, skip_fillers, span_text
from .subjects import issued_document, subject_before
from .tokens import MONTHS, WEEKDAYS, Token

_PASSIVE = frozenset("is are was were been being be".split())
_QUOTE_MARKS = frozenset("\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019'")  # single marks: British quotations
#: Words that end a clause before a participle ("X said ..., and Y wrote to Z calling it ...").
_CLAUSE_BREAKS = frozenset(";  and but while whereas".split())
#: Words before a subject that join its clause to the one before ("..., but it claimed").
JOINERS = frozenset({"and", "but", "while", "yet", "whereas", ";"})
#: Speaker of a frame whose subject the words do not give: resolved to "not identified".
UNREAD_SUBJECT = ""
#: The rule of a frame in a non-restrictive relative clause: background, not the main clause.
RELATIVE_RULE = "X, who/which said"
#: The rule of the one quoted after "X quoted" ("X quoted Y, who said"): Y speaks.
QUOTED_RULE = "X quoted Y"


@dataclass(frozen=True)
class Frame:
    """One attribution in a sentence; offsets index the paragraph."""

    speaker: str
    start: int  # of the whole frame (speaker or verb, whichever comes first)
    end: int
    verb: str
    relay: bool  # the verb passes on what someone else said ("reported", "quoted")
    recipient: str = ""  # "told ABC News" -> "ABC News"
    trailing: bool = False  # the frame ends its clause: the claim stands before it
    rule: str = "X said"  # the pattern that found it, reported as the speaker's evidence
    verb_start: int = -1  # the verb's own offsets (``start`` may be the speaker's)
    verb_end: int = -1
    #: Where a claim before this frame stops, when that is before ``start``: the "but" of
    #: "acknowledged the accusations, but did not claim ..." (-1: at ``start``).
    claim_stop: int = -1
    #: Its clause is joined to the one before ("..., but it claimed", "..., adding"), so a
    #: pronoun subject can mean the sentence's earlier speaker; inside someone's reported
    #: words ("Sokol says ...: she said") it cannot be told.
    joined: bool = False
    #: Capitalised words between the frame before and a pronoun subject: a person named
    #: there ("Sokol says Zakharova's remarks ...: she said") may be the one meant.
    names_between: tuple[str, ...] = ()


def _participle_subject(frames: list[Frame], tokens: list[Token], index: int, until: int | None = None) -> Frame | None:
    """ "The army said ..., adding that ...": the frame whose subject a participle at ``index`` shares.

    The last frame before it in the sentence, unless a new clause ("and", "but", ";") starts in
    between, which may have a subject of its own.
    """
    # "X rejected the findings, RIA Novosti reported, calling them ...": the relaying medium is
    # not the subject; a parenthetical ", an official said," makes it ambiguous.
    before = [f for f in frames if f.verb_end <= tokens[index].start and f.verb_start >= 0 and not f.relay]
    if not before or (before[-1].trailing and len(before) > 1):
        return None
    last = before[-1]
    # ``until``: the "and" that joins two verbs of one subject ("said ..., and called"); an "and"
    # inside the first verb's content does not start a clause of its own there.
    end = tokens[index if until is None else until].start
    breaks = _CLAUSE_BREAKS if until is None else frozenset({";"})
    between = (t.lower for t in tokens if last.verb_end <= t.start < end)
    return None if any(word in breaks for word in between) else last


def verb_form(tokens: list[Token], index: int, relay: bool, config: ExtractionConfig) -> str:
    """ "participle" ("..., saying"), "passive" ("was accused") or "finite" ("said", "is still calling")."""
    lower = tokens[index].lower
    if lower.endswith("ing") and not relay:
        back = index - 1
        while back >= 0 and tokens[back].lower in config.verb_fillers and tokens[back].lower not in _PASSIVE:
            back -= 1
        return "finite" if back >= 0 and tokens[back].lower in _PASSIVE else "participle"
    return "passive" if index > 0 and tokens[index - 1].lower in _PASSIVE else "finite"


def subjectless_frame(
    frames: list[Frame], tokens: list[Token], index: int, *, relay: bool, how: str, config: ExtractionConfig
) -> list[Frame]:
    """A verb whose subject is not before it: a coordinated verb shares its clause's, else unread.

    "Power rejected the charge and said ...": Power. "He quoted the army's statement, which had
    called it ..., and said ...": the subject is "He", which neither frame before gives (one
    relays, one is a relative clause), so the speaker is left unread. A condition ("until
    Washington explained how ...") reports nothing: no frame, so its words stay the outer speaker's.
    """
    token = tokens[index]
    if how == "condition":
        return []
    if how == "coordinated":
        joining = skip_fillers(tokens, index - 1, config)
        shared = _participle_subject([f for f in frames if f.rule != RELATIVE_RULE], tokens, index, joining)
        if shared is not None:
            rule = f"{shared.rule}, {tokens[joining].lower} {token.lower}"
            shared_frame = _verb_frame(tokens, index, shared.speaker, relay=relay, rule=rule, config=config)
            # The first verb's claim ends before "and"/"but".
            return [dataclasses.replace(shared_frame, claim_stop=tokens[joining].start)]
        unread = unread_frame(tokens, index, relay, f"and {token.lower}: its subject is not read", config)
        return [dataclasses.replace(unread, claim_stop=tokens[joining].start)]
    return [unread_frame(tokens, index, relay, "the noun before the verb is an object: subject not read", config)]


def _verb_frame(
    tokens: list[Token], index: int, speaker: str, *, relay: bool, rule: str, config: ExtractionConfig
) -> Frame:
    """A frame that starts at its verb (the speaker is not before it, or was read elsewhere)."""
    token = tokens[index]
    return Frame(
        speaker,
        token.start,
        token.end,
        token.lower,
        relay,
        trailing=ends_clause(tokens, index, config),
        rule=rule,
        verb_start=token.start,
        verb_end=token.end,
        joined=speaker != UNREAD_SUBJECT,  # a subject shared with the verb before
    )


def unread_frame(tokens: list[Token], index: int, relay: bool, rule: str, config: ExtractionConfig) -> Frame:
    """A frame whose verb is there but whose subject the words do not give: "not identified"."""
    return _verb_frame(tokens, index, UNREAD_SUBJECT, relay=relay, rule=rule, config=config)


def participle_frame(
    text: str, frames: list[Frame], tokens: list[Token], index: int, config: ExtractionConfig
) -> Frame:
    """ "saying", "calling", "adding": a participle has no subject of its own.

    It shares the subject of the frame before it in its clause, or of "X issued a statement";
    the noun just before it is often an object ("wrote to the United Nations calling it ..."),
    so otherwise its subject is left unread.
    """
    token = tokens[index]
    document = phrase_before(tokens, index - 1, config) if index > 0 else None
    shared = _participle_subject(frames, tokens, index)
    if document is not None and _statement_from(tokens, document, config):
        # "read out a statement from the army's general command calling ...": the command calls.
        speaker, rule = span_text(text, tokens, document), f"a statement from X {token.lower}"
    elif document is not None and (body := _body_before_document(tokens, document, config)) is not None:
        # "carried an army statement calling it ...": the army's statement, whoever carried it.
        named = span_text(text, tokens, body)
        speaker, rule = (f"the {named}" if named.islower() else named), f"a body's statement {token.lower}"
    elif document is not None and tokens[document[1]].lower in config.document_nouns:
        # "read out a statement calling ...": the statement calls, for whoever issued it.
        issuer = issued_document(tokens, index, config)
        speaker, rule = span_text(text, tokens, issuer or document), f"X issued a statement {token.lower}"
    elif shared is not None:
        speaker, rule = shared.speaker, f"{shared.rule}, {token.lower}"
    else:
        return unread_frame(tokens, index, False, f"{token.lower}: its subject is not read", config)
    return _verb_frame(tokens, index, speaker, relay=False, rule=rule, config=config)


def _body_before_document(
    tokens: list[Token], phrase: tuple[int, int], config: ExtractionConfig
) -> tuple[int, int] | None:
    """The body word in "an army statement", "a ministry statement": the token before the document noun."""
    first, last = phrase
    if tokens[last].lower not in config.document_nouns or last - 1 < first:
        return None
    body = last - 1
    return (body, body) if tokens[body].lower in config.institution_heads else None


def _statement_from(tokens: list[Token], phrase: tuple[int, int], config: ExtractionConfig) -> bool:
    """``phrase`` is the author in "a statement from/by PHRASE"."""
    first = phrase[0]
    return first >= 2 and tokens[first - 1].lower in {"from", "by"} and tokens[first - 2].lower in config.document_nouns


def follows_quotation(tokens: list[Token], index: int) -> bool:
    """The verb comes right after a closing quote mark (and perhaps a comma)."""
    previous = [t.text for t in tokens[max(index - 2, 0) : index]]
    return bool(previous) and (
        previous[-1] in _QUOTE_MARKS or (previous[-1] == "," and previous[:1][0] in _QUOTE_MARKS)
    )


def ends_clause(tokens: list[Token], index: int, config: ExtractionConfig) -> bool:
    """Only fillers and closing punctuation follow the verb at ``index``."""
    for token in tokens[index + 1 : index + 1 + MAX_PHRASE]:
        if token.text in _QUOTE_MARKS:
            return False  # 'X said "...": the claim follows the verb
        if token.text in {".", "!", "?", ",", ";"}:
            return token.text != ","
        # "Kerry said on Sunday.", "said on September 18": time words do not open a claim.
        timely = token.lower in WEEKDAYS or token.lower.rstrip(".") in MONTHS or token.text.isdecimal()
        if token.lower not in config.verb_fillers and not timely:
            return False
    return True


def _by_phrase(tokens: list[Token], index: int, config: ExtractionConfig) -> tuple[int, int] | None:
    """ "by the Tass news agency" at ``index``: the phrase after "by"."""
    if index < len(tokens) and tokens[index].lower == "by":
        return phrase_after(tokens, index + 1, config)
    return None


def quoted_as_saying(text: str, tokens: list[Token], index: int, config: ExtractionConfig) -> tuple[list[Frame], int]:
    """ "X was quoted (by Y) as saying (by Y)", "X is quoted by Y:": X speaks, Y relays. Returns the frames and the
    index of the "saying" they consume (-1 when the words are not this pattern).

    The wire's way of passing on another outlet's quotation. Read as an ordinary passive, the
    subject X would be dropped ("was quoted": someone else quotes) and "saying" left with no
    subject of its own.
    """
    subject, how = subject_before(tokens, skip_fillers(tokens, index - 1, config), config)
    if subject is None or how != "read":
        return [], -1
    by = _by_phrase(tokens, index + 1, config)
    at = by[1] + 1 if by else index + 1
    # "X is quoted by the Interfax agency: '...'": the colon opens X's words.
    colon = by is not None and at < len(tokens) and tokens[at].text == ":"
    if not colon and (
        at + 1 >= len(tokens) or tokens[at].lower != "as" or tokens[at + 1].lower not in config.claim_verbs
    ):
        return [], -1
    participle = by[1] if colon and by else at + 1
    by = by or _by_phrase(tokens, participle + 1, config)
    last = by[1] if by else participle
    trailing = last + 1 >= len(tokens) or tokens[last + 1].text in {".", "!", "?", ";"}
    token = tokens[index]
    frames = [
        Frame(
            span_text(text, tokens, subject),
            tokens[subject[0]].start,
            tokens[participle].end,
            token.lower,
            False,
            trailing=trailing,
            rule="X was quoted as saying",
            verb_start=token.start,
            verb_end=token.end,
        )
    ]
    if by:
        frames.append(
            Frame(
                span_text(text, tokens, by),
                tokens[by[0]].start,
                tokens[by[1]].end,
                token.lower,
                True,
                rule="quoted by Y",
                verb_start=token.start,
                verb_end=token.end,
            )
        )
    return frames, -1 if colon else participle
