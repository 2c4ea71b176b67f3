"""Who says what in a sentence: the attribution patterns of news prose.

News English attributes with a handful of shapes: "X said (that) ...", "...,"
X said", "said X", "according to X", "X told Y ...", "X reported that Y ...",
"X quoted Y, who said ...". A ``Frame`` is one such attribution: the speaker's
words, the verb, and whether the verb only relays (a medium passing something
on). Quotations, statements and figures all pick their speaker from these
frames, so the rules live in one place. Speaker phrases are read word by word
from the verb outward, using the editorial word lists; there is no parser.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass

from .config import ExtractionConfig
from .tokens import MONTHS, WEEKDAYS, Token, make_token, strip_possessive

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

# "that" is left out: in "reported that Russian officials claim" it opens a clause.
_DETERMINERS = frozenset("a an the its their this these those his her our one another".split())
_PASSIVE = frozenset("is are was were been being be".split())
MAX_PHRASE = 12  # words in a speaker phrase; longer runs of capitals are not one name
MAX_VIA = 3  # relayers kept per claim
MAX_BACKTRACK = 8  # frames looked at before a claim
MAX_ASIDE = 30  # words of a comma-enclosed aside between a subject and its verb
_QUOTE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')
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
#: Words that end a clause before a participle ("X said ..., and Y wrote to Z calling it ...").
_CLAUSE_BREAKS = frozenset(";  and but while whereas".split())
#: Speaker of a frame whose subject the words do not give: resolved to "not identified".
UNREAD_SUBJECT = ""
#: The rule of a frame in a non-restrictive relative clause: background, not the main clause.
RELATIVE_RULE = "X, who/which said"


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


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _is_name_word(token: Token, config: ExtractionConfig) -> bool:
    """Can this word stand inside a speaker phrase?"""
    lower = token.lower
    if not token.is_word or lower in config.clause_openers or lower in config.attribution_verbs:
        return False
    if lower in MONTHS or lower in WEEKDAYS:
        return False
    return token.is_capitalised or lower in config.speaker_words or strip_possessive(lower) in config.speaker_words


def _skip_fillers(tokens: list[Token], index: int, config: ExtractionConfig) -> int:
    """Step left over words that may stand between a subject and its verb."""
    stop = index - MAX_PHRASE
    while index >= 0 and index > stop:
        token = tokens[index]
        lower = token.lower
        skippable = lower in config.verb_fillers or lower in MONTHS or lower in WEEKDAYS or token.text.isdigit()
        comma_aside = token.text == "," and index >= 2 and tokens[index - 1].lower in config.verb_fillers
        comma_aside = comma_aside and tokens[index - 2].text == ","
        if comma_aside:
            index -= 3
        elif skippable:
            index -= 1
        else:
            break
    return index


def _skip_aside(tokens: list[Token], index: int) -> int:
    """ "The statement, issued by US officials, said": step over the comma-enclosed aside."""
    if index < 1 or tokens[index].text != ",":
        return -1
    for back in range(index - 1, max(index - MAX_ASIDE, 0), -1):
        if tokens[back].text in {'"', ";", "."}:
            return -1
        if tokens[back].text == ",":
            return back - 1
    return -1


def _phrase_before(tokens: list[Token], index: int, config: ExtractionConfig) -> tuple[int, int] | None:
    """Token range [first, last] of the speaker phrase ending at ``index``, reading leftward."""
    last, first = index, index + 1
    while index >= 0 and last - index < MAX_PHRASE:
        token = tokens[index]
        lower = token.lower
        # "The American ambassador to the United Nations": a post holder, not the body.
        to_the = lower == "the" and index >= 2 and tokens[index - 1].lower == "to"
        if to_the and tokens[index - 2].lower in config.person_titles | config.anonymous_heads:
            index -= 2
            continue
        if lower in _DETERMINERS and first <= last:
            first = index
            break
        if _is_name_word(token, config):
            first = index
        elif lower in config.name_connectors and first <= last and index > 0 and tokens[index - 1].is_capitalised:
            pass  # "Observatory for Human Rights": decided by the word before
        else:
            break
        index -= 1
    while first <= last and tokens[first].lower in config.name_connectors:
        first += 1
    return (first, last) if first <= last else None


def _phrase_after(tokens: list[Token], index: int, config: ExtractionConfig) -> tuple[int, int] | None:
    """Token range of the speaker phrase starting at ``index``, reading rightward."""
    first = index
    if index < len(tokens) and tokens[index].lower in _DETERMINERS:
        index += 1
    last = first - 1
    while index < len(tokens) and index - first < MAX_PHRASE:
        token = tokens[index]
        if _is_name_word(token, config):
            last = index
        elif token.lower in config.name_connectors and index + 1 < len(tokens) and tokens[index + 1].is_capitalised:
            pass
        elif _connects_to_the_name(tokens, index, config):
            index += 1  # "an officer of the General Staff": take in "of the"
        else:
            break
        index += 1
    return (first, last) if last >= first else None


def _connects_to_the_name(tokens: list[Token], index: int, config: ExtractionConfig) -> bool:
    """ "of the General Staff", "for the Pentagon": a connector and "the" before a capitalised name."""
    return (
        tokens[index].lower in config.name_connectors
        and index + 2 < len(tokens)
        and tokens[index + 1].lower == "the"
        and tokens[index + 2].is_capitalised
    )


def _appositive(tokens: list[Token], aside_end: int, comma: int, config: ExtractionConfig) -> tuple[int, int] | None:
    """ "Its spokesman, Maj. Gen. Igor Konashenkov, said": the name between the commas names the speaker.

    ``aside_end`` is the last token before the first comma, ``comma`` the
    second comma's index. Only a titled or bare personal name counts, so a
    clause such as ", in a statement carried by SANA," is still stepped over.
    """
    name = _phrase_after(tokens, aside_end + 2, config)
    if name is None or name[1] != comma - 1:
        return None
    words = [t.text for t in tokens[name[0] : name[1] + 1]]
    lowers = [w.lower().rstrip(".") for w in words]
    titled = any(w in config.person_titles for w in lowers[:-1])
    bare = 2 <= len(words) <= 4 and all(w[0].isupper() for w in words) and lowers[-1] not in config.institution_heads
    return name if titled or bare else None


def _issuer(tokens: list[Token], aside_end: int, comma: int, config: ExtractionConfig) -> tuple[int, int] | None:
    """ "The statement, issued by US officials, said": the statement speaks for its issuer."""
    if tokens[aside_end].lower not in config.document_nouns or aside_end + 3 >= comma:
        return None
    if tokens[aside_end + 2].lower not in {"issued", "released", "published", "sent"}:
        return None
    if tokens[aside_end + 3].lower != "by":
        return None
    owner = _phrase_after(tokens, aside_end + 4, config)
    return owner if owner is not None and owner[1] < comma else None


def _source_of_document(tokens: list[Token], span: tuple[int, int], config: ExtractionConfig) -> tuple[int, int]:
    """ "a statement from the Defence Ministry", "the ministry's spokesman, Igor Konashenkov": who speaks."""
    index = span[1] + 1
    if tokens[span[1]].lower in config.document_nouns:
        if index < len(tokens) and tokens[index].lower in {"released", "issued", "published"}:
            index += 1
        if index + 1 < len(tokens) and tokens[index].lower in {"from", "by", "of"}:
            owner = _phrase_after(tokens, index + 1, config)
            if owner is not None:
                return owner
        return span
    if index + 1 < len(tokens) and tokens[index].text == ",":
        name = _phrase_after(tokens, index + 1, config)
        if name is not None and name[1] + 1 < len(tokens) and tokens[name[1] + 1].text in {",", "."}:
            closing = name[1] + 1
            if _appositive(tokens, span[1], closing, config) is not None:
                return name
    return span


def _subject_or_object(tokens: list[Token], span: tuple[int, int], config: ExtractionConfig) -> tuple[int, int] | None:
    """The speaker phrase read before a verb, unless it is the object of a preposition.

    "Officials in Washington said", "A source at the ministry told": the head before the
    preposition is the speaker, so the phrase grows to take it in. "A message posted on a
    Telegram channel read": the message (whose author is not named). When no such head
    stands there ("wrote to the United Nations, calling it"), ``None``: the subject is unread.
    """
    index = span[0] - 1
    skipped = 0
    while index >= 0 and skipped < 3 and (tokens[index].lower in _DETERMINERS or tokens[index].text.islower()):
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
    phrase = _phrase_before(tokens, head, config)
    if phrase is None:
        return (head, span[1]) if lower in config.anonymous_heads else None
    if lower in config.document_nouns:
        return phrase  # "a message posted on ...": the document speaks
    return phrase[0], span[1]


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


def _subject(tokens: list[Token], subject_end: int, config: ExtractionConfig) -> tuple[tuple[int, int] | None, str]:
    """The speaker phrase ending at ``subject_end`` (before a verb), and how it was read.

    Reads a plain phrase, else steps over a comma-enclosed aside (an appositive name, "issued by
    X", or the phrase before the aside), else the antecedent of ", which", else a pronoun. The
    second value is "read", "relative", "unread" (the phrase is an object, not the subject),
    "condition" ("until X said": no report) or "coordinated" (", and said": the subject is that
    of an earlier verb).
    """
    before = _phrase_before(tokens, subject_end, config) if subject_end >= 0 else None
    if before is None and (aside_end := _skip_aside(tokens, subject_end)) >= 0:
        named = _appositive(tokens, aside_end, subject_end, config) or _issuer(tokens, aside_end, subject_end, config)
        if named is not None:
            return named, "read"  # the name in the aside, or the issuer: already the speaker
        before = _phrase_before(tokens, aside_end, config)
    if before is not None:
        return _read_subject(tokens, before, config)
    if subject_end < 0:
        return None, "read"
    if (antecedent := _relative_antecedent(tokens, subject_end, config)) is not None:
        return antecedent, "relative"
    if tokens[subject_end].lower in config.pronouns:
        return (subject_end, subject_end), "read"  # "he said": resolved against earlier speakers
    return None, "coordinated" if tokens[subject_end].lower in _JOINING else "read"


def _names_a_person(tokens: list[Token], span: tuple[int, int], config: ExtractionConfig) -> bool:
    """ "Prime Minister Malcolm Turnbull", "Ms. Power": a titled name (not "the Defence Ministry")."""
    words = tokens[span[0] : span[1] + 1]
    titled = any(
        w.lower.rstrip(".") in config.person_titles and words[k + 1].is_capitalised for k, w in enumerate(words[:-1])
    )
    return titled and words[-1].lower not in config.institution_heads


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
        head = _phrase_before(tokens, first - 2, config)
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


def _verb_form(tokens: list[Token], index: int, relay: bool, config: ExtractionConfig) -> str:
    """ "participle" ("..., saying"), "passive" ("was accused") or "finite" ("said", "is still calling")."""
    lower = tokens[index].lower
    if lower.endswith("ing") and not relay:
        back = index - 1
        while back >= 0 and tokens[back].lower in config.verb_fillers and tokens[back].lower not in _PASSIVE:
            back -= 1
        return "finite" if back >= 0 and tokens[back].lower in _PASSIVE else "participle"
    return "passive" if index > 0 and tokens[index - 1].lower in _PASSIVE else "finite"


def _document_owner(tokens: list[Token], span: tuple[int, int], config: ExtractionConfig) -> tuple[int, int]:
    """ "the army's statement" -> "the army's" (read as "the army"): a possessive owner speaks for its document.

    Any other phrase is returned as it is.
    """
    first, last = span
    if tokens[last].lower not in config.document_nouns:
        return span
    owner = next((k for k in range(last - 1, first - 1, -1) if strip_possessive(tokens[k].text) != tokens[k].text), -1)
    return (first, owner) if owner >= first else span


def _relative_antecedent(tokens: list[Token], index: int, config: ExtractionConfig) -> tuple[int, int] | None:
    """ "a statement from the Foreign Ministry, which said": the phrase before ", which" speaks.

    A document's owner speaks for it ("from the ministry", "the army's statement" -> "the army").
    """
    if tokens[index].lower not in _RELATIVES or index < 2 or tokens[index - 1].text != ",":
        return None
    phrase = _phrase_before(tokens, index - 2, config)
    if phrase is None:
        return None
    first, last = phrase
    if tokens[last].lower in config.document_nouns:
        return _document_owner(tokens, phrase, config)
    preposition = first - 1
    if preposition >= 1 and tokens[preposition].lower in {"from", "by", "of"}:
        document = _phrase_before(tokens, preposition - 1, config)
        if document is not None and tokens[document[1]].lower in config.document_nouns:
            return phrase  # "a statement from the Foreign Ministry, which": the ministry
    return _subject_or_object(tokens, phrase, config)


def _subjectless_frame(
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
        joining = _skip_fillers(tokens, index - 1, config)
        shared = _participle_subject([f for f in frames if f.rule != RELATIVE_RULE], tokens, index, joining)
        if shared is not None:
            rule = f"{shared.rule}, {tokens[joining].lower} {token.lower}"
            shared_frame = _verb_frame(tokens, index, shared.speaker, relay=relay, rule=rule, config=config)
            # The first verb's claim ends before "and"/"but".
            return [dataclasses.replace(shared_frame, claim_stop=tokens[joining].start)]
        unread = _unread_frame(tokens, index, relay, f"and {token.lower}: its subject is not read", config)
        return [dataclasses.replace(unread, claim_stop=tokens[joining].start)]
    return [_unread_frame(tokens, index, relay, "the noun before the verb is an object: subject not read", config)]


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
        trailing=_ends_clause(tokens, index, config),
        rule=rule,
        verb_start=token.start,
        verb_end=token.end,
    )


def _unread_frame(tokens: list[Token], index: int, relay: bool, rule: str, config: ExtractionConfig) -> Frame:
    """A frame whose verb is there but whose subject the words do not give: "not identified"."""
    return _verb_frame(tokens, index, UNREAD_SUBJECT, relay=relay, rule=rule, config=config)


def _issued_document(tokens: list[Token], index: int, config: ExtractionConfig) -> tuple[int, int] | None:
    """ "The ministry issued a statement saying": the subject of "issued" speaks through the statement."""
    document = _phrase_before(tokens, index - 1, config) if index > 0 else None
    if document is None or tokens[document[1]].lower not in config.document_nouns:
        return None
    verb = document[0] - 1
    if verb < 1 or tokens[verb].lower not in _PLACING_PARTICIPLES | {"issue", "issues", "put"}:
        return None
    subject = _phrase_before(tokens, _skip_fillers(tokens, verb - 1, config), config)
    return subject if subject is not None and tokens[subject[1]].lower not in config.document_nouns else None


def _participle_frame(
    text: str, frames: list[Frame], tokens: list[Token], index: int, config: ExtractionConfig
) -> Frame:
    """ "saying", "calling", "adding": a participle has no subject of its own.

    It shares the subject of the frame before it in its clause, or of "X issued a statement";
    the noun just before it is often an object ("wrote to the United Nations calling it ..."),
    so otherwise its subject is left unread.
    """
    token = tokens[index]
    document = _phrase_before(tokens, index - 1, config) if index > 0 else None
    shared = _participle_subject(frames, tokens, index)
    if document is not None and tokens[document[1]].lower in config.document_nouns:
        # "read out a statement calling ...": the statement calls, for whoever issued it.
        issuer = _issued_document(tokens, index, config)
        speaker, rule = _text(text, tokens, issuer or document), f"X issued a statement {token.lower}"
    elif shared is not None:
        speaker, rule = shared.speaker, f"{shared.rule}, {token.lower}"
    else:
        return _unread_frame(tokens, index, False, f"{token.lower}: its subject is not read", config)
    return _verb_frame(tokens, index, speaker, relay=False, rule=rule, config=config)


def _text(text: str, tokens: list[Token], span: tuple[int, int]) -> str:
    return text[tokens[span[0]].start : tokens[span[1]].end]


def _strip_medium(words: str, config: ExtractionConfig) -> str:
    """ "The Wall Street Journal report" -> "The Wall Street Journal"."""
    parts = words.split()
    while len(parts) > 1 and parts[-1].lower() in config.medium_nouns:
        parts.pop()
    return " ".join(parts)


def _follows_quotation(tokens: list[Token], index: int) -> bool:
    """The verb comes right after a closing quote mark (and perhaps a comma)."""
    previous = [t.text for t in tokens[max(index - 2, 0) : index]]
    return bool(previous) and (
        previous[-1] in _QUOTE_MARKS or (previous[-1] == "," and previous[:1][0] in _QUOTE_MARKS)
    )


def _ends_clause(tokens: list[Token], index: int, config: ExtractionConfig) -> bool:
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


def _masked_tokens(all_tokens: list[Token], masked: list[tuple[int, int]]) -> list[Token]:
    """Tokens outside quotations; each quotation becomes one '"' stand-in token."""
    if not masked:
        return list(all_tokens)
    spans = sorted(masked)
    tokens: list[Token] = []
    current = 0
    for token in all_tokens:
        while current < len(spans) and spans[current][1] <= token.start:
            current += 1
        if current < len(spans) and spans[current][0] <= token.start:
            span = spans[current]
            if not tokens or tokens[-1].start != span[0]:
                tokens.append(make_token('"', span[0], span[1]))
        else:
            tokens.append(token)
    return tokens


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def find_frames(
    text: str, sentence_tokens: list[Token], masked: list[tuple[int, int]], config: ExtractionConfig
) -> list[Frame]:
    """Attribution frames among a sentence's tokens, in order, ignoring words inside ``masked`` spans."""
    tokens = _masked_tokens(sentence_tokens, masked)
    words = [t.text for t in tokens if t.text[0].isalnum() or t.text[0] == "_"]  # ``Token.is_word``, inlined
    # In a headline every word is capitalised ("Russia Says ..."); elsewhere a capitalised
    # "States" or "Reads" is part of a name.
    title_case = bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
    verbs = config.attribution_verbs
    frames: list[Frame] = []
    for i, token in enumerate(tokens):
        lower = token.lower
        if lower not in verbs and lower != "according":
            continue  # most words: nothing below applies to them
        if token.is_capitalised and not title_case and lower != "according":
            continue
        if lower == "according" and i + 2 < len(tokens) and tokens[i + 1].lower == "to":
            span = _phrase_after(tokens, i + 2, config)
            if span:
                span = _source_of_document(tokens, span, config)
                # ", according to X" closes its clause: the claim stands before it.
                trailing = i > 0 and tokens[i - 1].text == ","
                frames.append(
                    Frame(
                        _text(text, tokens, span),
                        token.start,
                        tokens[span[1]].end,
                        "according to",
                        False,
                        "",
                        trailing,
                        "according to X",
                        token.start,
                        tokens[i + 1].end,
                    )
                )
            continue
        if lower not in config.attribution_verbs:
            continue
        relay = lower in config.relay_verbs
        form = _verb_form(tokens, i, relay, config)
        if form == "participle":
            frames.append(_participle_frame(text, frames, tokens, i, config))
            continue
        if form == "passive":
            continue  # "has been accused of": the subject is not the speaker
        subject_end = _skip_fillers(tokens, i - 1, config)
        before, how = _subject(tokens, subject_end, config)
        if how in ("unread", "coordinated", "condition"):
            frames.extend(_subjectless_frame(frames, tokens, i, relay=relay, how=how, config=config))
            continue
        after = _phrase_after(tokens, i + 1, config)
        if before:
            phrase = strip_possessive(_text(text, tokens, before))  # "the army's statement, which": the army
            speaker = _strip_medium(phrase, config) if relay else phrase
            recipient = _text(text, tokens, after) if after and lower in {"told", "tells", "tell"} else ""
            frames.append(
                Frame(
                    speaker,
                    tokens[before[0]].start,
                    token.end,
                    lower,
                    relay,
                    recipient,
                    _ends_clause(tokens, i, config),
                    "X told Y" if recipient else (RELATIVE_RULE if how == "relative" else "X said"),
                    token.start,
                    token.end,
                )
            )
            if relay and after and lower.startswith(("quot", "cit")):
                # "X quoted Y, who said": Y is the one who speaks, X only relays.
                # "X quoted a statement from Y, which said": the statement is Y's.
                after = _source_of_document(tokens, after, config)
                frames.append(
                    Frame(
                        _text(text, tokens, after),
                        tokens[after[0]].start,
                        tokens[after[1]].end,
                        lower,
                        False,
                        rule="X quoted Y",
                        verb_start=token.start,
                        verb_end=token.end,
                    )
                )
        elif after and _follows_quotation(tokens, i):
            # Inverted order after a quotation: '"...," said the official.'
            frames.append(
                Frame(
                    _text(text, tokens, after),
                    token.start,
                    tokens[after[1]].end,
                    lower,
                    relay,
                    "",
                    True,
                    "said X",
                    token.start,
                    token.end,
                )
            )
    frames.sort(key=lambda f: f.start)
    return frames


def nearest_relays(relays: list[Frame], anchor: int, exclude: Frame | None = None) -> list[Frame]:
    """The relaying frames nearest ``anchor`` (sorted by start), nearest first, at most ``MAX_VIA``."""
    index = bisect.bisect_left(relays, anchor, key=lambda f: f.start)
    window = relays[max(index - MAX_VIA - 1, 0) : index + MAX_VIA + 1]
    near = [f for f in window if f is not exclude and (exclude is None or f.speaker != exclude.speaker)]
    near.sort(key=lambda f: abs(f.start - anchor))
    return near[:MAX_VIA]


def claim_candidates(frames: list[Frame]) -> list[Frame]:
    """Frames that can own a claim: the speaking ones; relaying ones only if no one else speaks."""
    return [f for f in frames if not f.relay] or frames


def pick_claimant(candidates: list[Frame], position: int, adjacent_after: int | None = None) -> Frame | None:
    """The frame a claim at ``position`` belongs to (``candidates`` from ``claim_candidates``, sorted).

    A frame right after the claim wins (``"...," X said``), then the nearest
    frame before it, then the first one after it. Lookups are binary searches,
    so a huge sentence with many frames stays cheap.
    """
    if adjacent_after is not None:
        index = bisect.bisect_left(candidates, adjacent_after, key=lambda f: f.start)
        if index < len(candidates) and candidates[index].start == adjacent_after:
            return candidates[index]
    index = bisect.bisect_right(candidates, position, key=lambda f: f.start)
    for back in range(index - 1, max(index - 1 - MAX_BACKTRACK, -1), -1):
        frame = candidates[back]
        if frame.end <= position and not frame.trailing:
            return frame
    after = bisect.bisect_left(candidates, position, key=lambda f: f.start)
    return candidates[after] if after < len(candidates) else None
