"""Who says what in a sentence: the attribution patterns of news prose.

News English attributes with a handful of shapes: "X said (that) ...", "...,"
X said", "said X", "according to X", "X told Y ...", "X reported that Y ...",
"X quoted Y, who said ...". A ``Frame`` is one such attribution: the speaker's
words, the verb, and whether the verb only relays (a medium passing something
on). Quotations, statements and figures all pick their speaker from these
frames, so the rules live in one place. There is no parser: speaker phrases are
read word by word from the verb outward (``phrases``), checked to be the verb's
subject (``subjects``), and verbs without a subject before them get their frames
in ``frames``. This module finds the frames and picks the one a claim belongs to.
"""

from __future__ import annotations

import bisect
import dataclasses

from .config import ExtractionConfig
from .frames import (
    JOINERS,
    QUOTED_RULE,
    RELATIVE_RULE,
    UNREAD_SUBJECT,
    Frame,
    ends_clause,
    follows_quotation,
    participle_frame,
    quoted_as_saying,
    subjectless_frame,
    unread_frame,
    verb_form,
)
from .phrases import DETERMINERS, personal_name, phrase_after, skip_fillers, source_of_document, span_text, strip_medium
from .subjects import subject_before
from .tokens import Token, make_token, strip_possessive

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

MAX_VIA = 3  # relayers kept per claim
MAX_BACKTRACK = 8  # frames looked at before a claim
_ASKING = frozenset({"asked", "asks", "ask", "asking"})
_READING = frozenset({"read", "reads"})
#: "X told Y": a finite report whatever stands before it, so an unread subject is still someone.
_TOLD = frozenset({"told", "tells", "tell"})
#: Words before "told" that leave no teller to read ("was told", "had told", "I told").
_NOT_A_TELLER = frozenset("was were is are been be being had has have i we you he she they it who which that".split())
#: Words of a ", who ... ," aside looked at for its closing comma.
MAX_ASIDE_WORDS = 30
#: Words before an owner in which its document may stand ("A statement from the").
_DOCUMENT_BEFORE_OWNER = 4
_PERSONAL = frozenset({"he", "she"})
#: Words that open a source phrase without a verb: "according to X", "in the words of X".
_SOURCE_WORDS = frozenset({"according", "words"})
_ASIDE_DASHES = frozenset({"\u2014", "\u2013", "--"})
#: Words read back from a pronoun or a source phrase for names or quotation marks.
_NAMES_WINDOW = 60
#: What follows a participle that describes a document: "read on", "issued by", "read out".
_DOCUMENT_PLACES = frozenset({"on", "by", "out", "over", "aloud", "in", "at", "from", "via"})


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


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


#: Words after "called" that make it convene, phone or cancel, not name.
_CALLED_NOT_NAMING = frozenset({"as", "off", "back", "up", "in"})
#: Words before a speech word that make it a noun ("Neither claim", "her comments").
_NOUN_DETERMINERS = frozenset(
    "a an the neither either each every this these those no any his her its their our my your such another".split()
)


def _not_a_report(tokens: list[Token], index: int, config: ExtractionConfig) -> bool:
    """A speech verb that reports no speech here.

    "who asked not to be named", "asked to leave": a request; "put out a note": an issue, not
    the words. "a statement read on state
    television", "a message posted by the ministry": a past participle describing the document
    before it, with no speaker of its own.
    """
    lower = tokens[index].lower
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if index > 0 and tokens[index - 1].lower in _NOUN_DETERMINERS:
        return True  # "Neither claim is supported", "the report says": a noun, not a verb
    after = [t.lower for t in tokens[index + 1 : index + 3]]
    if lower.startswith("call") and (following in {".", ",", ";", ")"} or following in _CALLED_NOT_NAMING):
        return True  # "the session Russia had called as ...", "called off", "called back": convened, phoned
    if lower.startswith(("wrote", "write")) and "down" in after:
        return True  # "Rania wrote it down for us": she took down someone else's words
    if (lower in _ASKING and following in {"not", "to"}) or (lower in {"put", "puts"} and following == "out"):
        return True  # "put out a note": issued it, the words come later
    after_document = index > 0 and tokens[index - 1].lower in config.document_nouns
    participle = lower == "read" or lower.endswith("ed")
    return after_document and participle and following in _DOCUMENT_PLACES


def _named_after_description(tokens: list[Token], span: tuple[int, int], config: ExtractionConfig) -> tuple[int, int]:
    """ "said the ministry's spokesman, Maj. Gen. Igor Konashenkov": the name the description is given."""
    comma = span[1] + 1
    if tokens[span[1]].lower not in config.anonymous_heads or comma >= len(tokens) or tokens[comma].text != ",":
        return span
    name = phrase_after(tokens, comma + 1, config)
    if name is None or not personal_name(tokens, name, config):
        return span
    closing = name[1] + 1 >= len(tokens) or tokens[name[1] + 1].text in {",", ".", ";", "!", "?"}
    return name if closing else span


#: Words between a negation and its verb ("did not immediately give", "has not yet given").
_NEGATION_REACH = 3


def _negated_before(tokens: list[Token], index: int, config: ExtractionConfig) -> bool:
    """ "did not give", "would not comment", "declined to identify": a negation or refusal just before."""
    for back in range(index - 1, max(index - 1 - _NEGATION_REACH, -1), -1):
        word = tokens[back].lower
        if word in config.negations or word.endswith("n't") or word in config.refusals:
            return True
        if not tokens[back].is_word or tokens[back].is_capitalised:
            return False
    return False


def _reads_out(tokens: list[Token], subject: tuple[int, int], index: int, config: ExtractionConfig) -> bool:
    """ "The statement read", "it reads", "the spokesman read out/from": reading that reports words.

    A person who "read the reports" only read them.
    """
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    # The whole phrase before the verb: "A statement from the ministry read" has the ministry as subject.
    words = {t.lower for t in tokens[max(0, subject[0] - _DOCUMENT_BEFORE_OWNER) : index]}
    return following in {"out", "aloud", "from"} or bool(words & (config.document_nouns | {"it"}))


def _names_between(tokens: list[Token], frames: list[Frame], subject: int, config: ExtractionConfig) -> tuple[str, ...]:
    """Capitalised words after the last frame (or the sentence's start) and before a pronoun subject."""
    if subject == 0 or tokens[subject].lower not in _PERSONAL:
        return ()
    last_end = frames[-1].end if frames else -1  # no frame before: from the sentence's start
    # Read back from the pronoun to the frame, a bounded number of words: a huge sentence of
    # many frames stays linear.
    names: list[str] = []
    for t in reversed(tokens[max(0, subject - _NAMES_WINDOW) : subject]):
        if t.start < last_end:
            break
        if t.is_capitalised and t.text != "I" and t.lower not in config.clause_openers and t.lower not in DETERMINERS:
            names.append(strip_possessive(t.text).lower())
    return tuple(reversed(names))


def _source_frame(text: str, tokens: list[Token], index: int, config: ExtractionConfig) -> list[Frame]:
    """ "according to X", "in the words of X": X is the source of the claim beside it."""
    token = tokens[index]
    if token.lower == "according":
        if index + 2 >= len(tokens) or tokens[index + 1].lower != "to":
            return []
        first, opener, rule = index + 2, index, "according to X"
    else:
        of_words = index >= 2 and tokens[index - 1].lower == "the" and tokens[index - 2].lower == "in"
        if not of_words or index + 2 >= len(tokens) or tokens[index + 1].lower != "of":
            return []
        first, opener, rule = index + 2, index - 2, "in the words of X"
    part = first + 2 < len(tokens) and tokens[first].lower == "one" and tokens[first + 1].lower == "of"
    span = phrase_after(tokens, first + 2 if part else first, config)  # "one of its researchers"
    if not span:
        return []
    span = (first, span[1]) if part else source_of_document(tokens, span, config)
    if tokens[span[1]].lower in config.record_nouns:
        # "according to the mission's transcript": a record of someone's words, not a speaker.
        rule = f"{rule}: a record, whose words it holds is not read"
        return [
            Frame(
                UNREAD_SUBJECT,
                tokens[opener].start,
                tokens[span[1]].end,
                "according to",
                False,
                rule=rule,
                verb_start=tokens[opener].start,
                verb_end=tokens[first - 1].end,
            )
        ]
    # '"...," according to X' and "The toll rose, according to X.": the claim stands before it.
    # "The raid, according to X, was "..."": an aside before the claim, which follows.
    # Only in its own clause: after "X used the word "..."; the text, according to Y," Y's aside
    # comes before the claim it sources.
    window = tokens[max(0, opener - _NAMES_WINDOW) : opener]
    clause = window[max((k + 1 for k, t in enumerate(window) if t.text == ";"), default=0) :]
    quoted_before = any(t.text == '"' for t in clause)
    ends = span[1] + 1 >= len(tokens) or tokens[span[1] + 1].text in {".", "!", "?", ";"}
    trailing = opener > 0 and tokens[opener - 1].text == "," and (quoted_before or ends)
    start = tokens[opener].start
    # "according to the state news agency": the outlet passes on what the sentence's speaker said.
    outlet = any(t.lower in config.outlet_nouns for t in tokens[span[0] : span[1] + 1])
    return [
        Frame(
            span_text(text, tokens, span),
            start,
            tokens[span[1]].end,
            "according to" if token.lower == "according" else "in the words of",
            outlet,
            "",
            trailing,
            rule,
            start,
            tokens[first - 1].end,
        )
    ]


def _relayed_sources(frames: list[Frame]) -> list[Frame]:
    """ "X told the group that ..., according to its director": X speaks, the director passes it on."""
    first_end = min((f.end for f in frames if not f.relay and f.rule != "according to X"), default=-1)
    return [
        dataclasses.replace(f, relay=True)
        if f.rule == "according to X" and f.trailing and 0 <= first_end <= f.start
        else f
        for f in frames
    ]


def _outside_asides(frames: list[Frame], tokens: list[Token]) -> list[Frame]:
    """Frames not shut inside a dash-enclosed aside that holds no quotation.

    "He said the halt — the coalition stopped once a Russian officer called — 'tells you ...'":
    the aside's verb speaks for nothing outside it.
    """
    dashes = [t.start for t in tokens if t.text in _ASIDE_DASHES]
    if len(dashes) < 2 or not frames:
        return frames
    quotes = [t.start for t in tokens if t.text == '"']
    # Asides in order, each checked for a quotation and each frame placed by binary search.
    closed = [
        (a, b)
        for a, b in zip(dashes[::2], dashes[1::2], strict=False)
        if bisect.bisect_right(quotes, a) == bisect.bisect_left(quotes, b)
    ]
    starts = [a for a, _ in closed]
    kept = []
    for f in frames:
        at = bisect.bisect_left(starts, f.start) - 1
        if at < 0 or not f.end < closed[at][1]:
            kept.append(f)
    return kept


def _outside_relative_asides(frames: list[Frame], tokens: list[Token]) -> list[Frame]:
    """Frames other than the relative one, shut inside ", who ... ," with no quotation, are dropped.

    "Samantha Power, who walked out before Churkin spoke, dismissed the session as 'a stunt'":
    the aside's "Churkin spoke" speaks for nothing after it.
    """
    if len(frames) < 2:
        return frames
    asides: list[tuple[int, int]] = []
    for i, token in enumerate(tokens[:-1]):
        if token.text != "," or tokens[i + 1].lower not in {"who", "which"}:
            continue
        for j in range(i + 2, min(i + 2 + MAX_ASIDE_WORDS, len(tokens))):
            text = tokens[j].text
            if text in {".", ";", '"', "!", "?"}:
                break
            if text == ",":
                asides.append((token.start, tokens[j].start))
                break
    if not asides:
        return frames
    starts = [a for a, _ in asides]
    kept = []
    for f in frames:
        at = bisect.bisect_right(starts, f.start) - 1
        inside = at >= 0 and asides[at][0] < f.start < asides[at][1]
        if not inside or f.rule == RELATIVE_RULE:
            kept.append(f)
    return kept


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


#: Nouns for someone's words: "repeated the ambassador's line that ...".
_WORDS_NOUNS = frozenset(
    "line lines words phrase claim claims charge charges term description characterization characterisation "
    "accusation accusations assertion argument view remark remarks".split()
)
#: Words read after a verb for a possessive and its words noun.
_WORDS_WINDOW = 5


def _someone_elses_words(tokens: list[Token], index: int) -> bool:
    """The verb at ``index`` takes another's words as its object: "echoed Moscow's charge", "repeated
    the ambassador's line". Whose words they are is a second speaker the frame does not read."""
    for k in range(index + 1, min(index + 1 + _WORDS_WINDOW, len(tokens) - 1)):
        if not tokens[k].is_word:
            return False
        if strip_possessive(tokens[k].text) != tokens[k].text:
            return tokens[k + 1].lower in _WORDS_NOUNS
    return False


def _object_not_theirs(
    tokens: list[Token], before: tuple[int, int] | None, i: int, relay: bool, config: ExtractionConfig
) -> list[Frame] | None:
    """Frames for a verb whose object is not the subject's own words, else ``None`` (read it as usual).

    "Dana Whitlock read the first reports": she read them, she said nothing (no frame). "Mays
    repeated the ambassador's line that ...": the words are another's, passed on (an unread frame).
    """
    lower = tokens[i].lower
    if before and lower in _READING and not _reads_out(tokens, before, i, config):
        return []
    if _someone_elses_words(tokens, i):
        return [unread_frame(tokens, i, relay, f"{lower} someone else's words: whose is not read", config)]
    return None


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
    consumed = -1  # the "saying" of "X was quoted as saying", already read with its frame
    for i, token in enumerate(tokens):
        lower = token.lower
        refused = lower in config.negated_verbs and _negated_before(tokens, i, config)
        if (lower not in verbs and lower not in _SOURCE_WORDS and not refused) or i == consumed:
            continue  # most words: nothing below applies to them
        if lower in _SOURCE_WORDS:
            frames.extend(_source_frame(text, tokens, i, config))
            continue
        if token.is_capitalised and not title_case:
            continue
        if not refused and (lower not in config.attribution_verbs or _not_a_report(tokens, i, config)):
            continue
        relay = lower in config.relay_verbs
        form = verb_form(tokens, i, relay, config)
        if form == "participle":
            frames.append(participle_frame(text, frames, tokens, i, config))
            continue
        if form == "passive":
            # "X was quoted as saying": X speaks; "has been accused of": the subject is not the speaker.
            passive, consumed = quoted_as_saying(text, tokens, i, config) if relay else ([], -1)
            frames.extend(passive)
            continue
        subject_end = skip_fillers(tokens, i - 1, config)
        before, how = subject_before(tokens, subject_end, config)
        if how in ("unread", "coordinated", "condition"):
            frames.extend(subjectless_frame(frames, tokens, i, relay=relay, how=how, config=config))
            continue
        after = phrase_after(tokens, i + 1, config)
        if (not_theirs := _object_not_theirs(tokens, before, i, relay, config)) is not None:
            frames.extend(not_theirs)
            continue
        if before:
            phrase = strip_possessive(span_text(text, tokens, before))  # "the army's statement, which": the army
            speaker = strip_medium(phrase, config) if relay else phrase
            recipient = span_text(text, tokens, after) if after and lower in {"told", "tells", "tell"} else ""
            frames.append(
                Frame(
                    speaker,
                    tokens[before[0]].start,
                    token.end,
                    lower,
                    relay,
                    recipient,
                    ends_clause(tokens, i, config),
                    "X told Y" if recipient else (RELATIVE_RULE if how == "relative" else "X said"),
                    token.start,
                    token.end,
                    joined=before[0] > 0 and tokens[before[0] - 1].lower in JOINERS,
                    names_between=_names_between(tokens, frames, before[0], config),
                )
            )
            if relay and lower.startswith(("quot", "cit")):
                frames.extend(_quoted_frames(text, tokens, i, after, config))
        elif (found := _frame_without_subject(text, tokens, i, after, relay=relay, config=config)) is not None:
            frames.append(found)
    frames.sort(key=lambda f: f.start)
    return _outside_relative_asides(_outside_asides(_relayed_sources(frames), tokens), tokens)


def _quoted_frames(
    text: str, tokens: list[Token], i: int, after: tuple[int, int] | None, config: ExtractionConfig
) -> list[Frame]:
    """The one quoted after "X quoted": "X quoted Y, who said" (Y speaks, X only relays), "X quoted a
    statement from Y, which said" (the statement is Y's), "X quoted him as adding" (he speaks)."""
    if after is None:
        return _quoted_pronoun(tokens, i)
    after = source_of_document(tokens, after, config)
    return [_quoted_one(span_text(text, tokens, after), tokens[after[0]].start, tokens[after[1]].end, tokens[i])]


def _quoted_one(label: str, start: int, end: int, verb: Token) -> Frame:
    """The frame of the one "X quoted" names: they speak (not relaying), the verb is X's."""
    return Frame(label, start, end, verb.lower, False, rule=QUOTED_RULE, verb_start=verb.start, verb_end=verb.end)


#: Object pronouns after "quoted" and the subject pronoun each is resolved as.
_QUOTED_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def _quoted_pronoun(tokens: list[Token], i: int) -> list[Frame]:
    """ "Interfax quoted him as adding that ...": "he" speaks (resolved like any "he"), the agency relays."""
    if i + 2 >= len(tokens) or tokens[i + 1].lower not in _QUOTED_PRONOUNS or tokens[i + 2].lower != "as":
        return []
    pronoun = tokens[i + 1]
    return [_quoted_one(_QUOTED_PRONOUNS[pronoun.lower], pronoun.start, pronoun.end, tokens[i])]


def _frame_without_subject(
    text: str, tokens: list[Token], i: int, after: tuple[int, int] | None, *, relay: bool, config: ExtractionConfig
) -> Frame | None:
    """A verb with no subject read before it: '"...," said the official' (the speaker after it), or
    "a defense official I spoke with today told me ..." (someone tells, whose words are not read:
    the quotation after it is not the sentence's earlier speaker's)."""
    token = tokens[i]
    lower = token.lower
    before = tokens[i - 1].lower if i > 0 else ""
    if lower == "told" and tokens[i - 1].is_word and before not in _NOT_A_TELLER and not follows_quotation(tokens, i):
        return unread_frame(tokens, i, relay, f"{lower}: its subject is not read", config)
    if not (after and follows_quotation(tokens, i)):
        return None
    after = _named_after_description(tokens, after, config)
    return Frame(
        span_text(text, tokens, after),
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
