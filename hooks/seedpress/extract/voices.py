"""Who speaks each quotation of a paragraph, and what a paragraph leaves to the next.

A quotation takes its voice from a frame in its sentence when there is one; otherwise from
a quotation continued from the paragraph before, a transcript line's name, or the previous
quotation's speaker, each only when nothing else speaks in between. Quotations inside
quotations and the voice carried across paragraphs are decided here too.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from ..corpus import Paragraph
from .attribution import pick_claimant
from .claimants import Chosen, Resolved, SentenceFrames, frame_for
from .config import ExtractionConfig
from .frames import RELATIVE_RULE, Frame
from .memory import SpeakerMemory
from .model import (
    Confidence,
    Cue,
    Evidence,
    Speaker,
)
from .quotes import DOUBLE_MARKS, SINGLE_MARKS, QuoteSpan, quote_kind
from .speakers import resolve_speaker
from .tokens import Token, strip_possessive
from .transcript import transcript_speaker, unnamed_voice

#: Frames between two quotations looked at before "the same speaker" is given up.
MAX_BETWEEN = 8
#: A quotation inside a quotation this short is a word or label in the outer speaker's mouth.
TERM_WORDS = 5
#: Words after a closing quote mark in which a verb still belongs to the quotation.
FRAME_AFTER_WORDS = 6


def _after_close(text: str, span: QuoteSpan) -> int:
    """Where the words after a closing quote mark start ('"...," the official said')."""
    pos = span.close_at + 1
    while pos < len(text) and (text[pos].isspace() or text[pos] in ",\u2014" or text[pos] in DOUBLE_MARKS):
        pos += 1
    return pos


def _frame_after(sentences: list[SentenceFrames], span: QuoteSpan, verbs: frozenset[str]) -> bool:
    """Does a frame follow the quotation in its sentence ('"...," one diplomat said')?

    Then that frame tells who speaks, even when its speaker was not read, so the
    quotation does not inherit the speaker of the one before.
    """
    index = bisect.bisect_right(sentences, span.close_at, key=lambda s: s.start) - 1
    if index < 0:
        return False
    sentence = sentences[index]
    if any(span.close_at < f.start < sentence.end for f in sentence.frames):
        return True
    # A verb whose subject was not read ('"...," one farmer said') still says someone else speaks.
    first = bisect.bisect_right(sentence.tokens, span.close_at, key=lambda t: t.start)
    after = sentence.tokens[first : first + FRAME_AFTER_WORDS]
    return any(t.lower in verbs and not t.is_capitalised for t in after)


class Voice(NamedTuple):
    """Who speaks a quotation, why we think so, and the frame that says so (if any)."""

    speaker: Speaker | None
    evidence: Evidence
    frame: Frame | None = None
    cue: Cue | None = None


class Carry(NamedTuple):
    """What one paragraph leaves to the next: an open quotation's voice, or the last quoted voice."""

    open_voice: Voice | None  # the paragraph ended inside a quotation
    last_voice: Voice | None  # the paragraph ended with this speaker's direct quotation,
    # or introduced a statement quoted next ("The ministry issued the following statement.")


def _named(voice: Voice) -> Voice:
    """Drop the speaker of a voice whose evidence is too weak to name it (kept as the candidate)."""
    if voice.speaker is None or voice.evidence.named:
        return voice
    evidence = voice.evidence
    weak = Evidence(evidence.rule, evidence.confidence, evidence.candidate or voice.speaker.label)
    return Voice(None, weak, voice.frame, voice.cue)


def _inherited(voice: Voice | None, rule: str, confidence: Confidence) -> Voice | None:
    """The voice of an earlier quotation, handed on under ``rule``."""
    if voice is None or voice.speaker is None:
        return None
    return Voice(voice.speaker, Evidence(rule, confidence), None, voice.cue)


def quotation_voices(
    paragraph: Paragraph,
    sentences: list[SentenceFrames],
    spans: list[QuoteSpan],
    *,
    carry: Carry,
    transcript: Voice | None,
    line_words: int = 0,
    config: ExtractionConfig,
) -> list[Voice]:
    """The voice of each quoted span of a paragraph, by the first rule that applies.

    1. a frame in the quotation's sentence ("X said", '"...," said X', "according to X");
    2. a quotation continued from the paragraph before (no closing mark there);
    3. inside a transcript line ("WREN: ... "..."") no one, the line's speaker quotes someone
       (in a headline, "Ministry: raid 'an aggression'", the name before the colon);
    4. the speaker of the paragraph's previous quotation, if no one else spoke in between;
    5. a paragraph of quotation alone, right after the same speaker's quoted paragraph.
    A quoted term takes only rule 1. Anything else is left unidentified.
    """
    text = paragraph.text
    starts_with_quote = text.lstrip()[:1] in DOUBLE_MARKS | SINGLE_MARKS
    frames = sorted((f for s in sentences for f in s.candidates), key=lambda f: f.start)
    resolved = {k: v for s in sentences for k, v in s.resolved.items()}
    has_frames = bool(frames)
    voices: list[Voice] = []
    last: Voice | None = None
    last_end = -1
    line = quoted_line(text, spans, line_words) if transcript is not None else None
    enclosing = -1  # where the latest top-level quotation opens: spans come in reading order
    for position, span in enumerate(spans):
        if span.depth == 0:
            enclosing = span.open_at
        if span is line:
            voices.append(transcript or _UNREAD)  # 'NAME: "..."': the whole line is the named speaker's
            last, last_end = transcript, span.end
            continue
        chosen = frame_for(sentences, span.open_at, span.close_at, _after_close(text, span))
        # Inside a quoted transcript line, a quotation with a frame of its own is that frame's
        # ("It says ... 'would never ...'"); any other is read as a quotation inside a quotation.
        in_line = line is not None and line.open_at < span.open_at < line.close_at and chosen is not None
        if span.depth and not in_line:
            voices.append(_nested_voice(sentences, span, text, last, config.attribution_verbs, enclosing=enclosing))
            continue
        term = quote_kind(text, span, config) == "term"
        voice: Voice | None = None
        if chosen is not None:
            voice = _framed_voice(sentences, chosen, text, span)
        elif term:
            voice = Voice(None, Evidence("quoted term: the outlet's wording", "none"))
        elif position == 0 and starts_with_quote and carry.open_voice is not None:
            voice = _inherited(carry.open_voice, "quotation continued from the paragraph before", "sure")
        elif transcript is not None:
            # The line's own words are its speaker's; a quotation inside them is someone the
            # speaker quotes ("WREN: Central Command put out a line that they "..."). A headline
            # "Ministry: raid 'a flagrant aggression'" gives its speaker first.
            voice = transcript if paragraph.role == "headline" else _UNREAD_IN_LINE
        elif last is not None and last.speaker is not None:
            voice = _same_as_before(
                last, last_end, span, text=text, frames=frames, resolved=resolved, sentences=sentences, config=config
            )
        elif position == 0 and starts_with_quote and not has_frames and carry.last_voice is not None:
            rule = carry.last_voice.evidence.rule
            if rule != "statement introduced in the paragraph before":
                rule = "quotation paragraph after the same speaker's"
            voice = _inherited(carry.last_voice, rule, "likely")
        voice = _named(voice or Voice(None, Evidence("no attribution found", "none")))
        voices.append(voice)
        if not term:
            last, last_end = voice, span.end
    return voices


#: Words that join a clause of its own ("..., while the Russian envoy said"); "and" only after a comma.
_CLAUSE_JOINERS = frozenset({"while", "whereas", "but", "yet", "and"})
#: Words that open a clause subordinate to the main one ("After X said ..., Y said").
_SUBORDINATORS = frozenset("after when as while before since because although though once if unless until".split())


#: Words before a quoted noun that make it a label ("the 'hotline'").
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "their"})


#: Words of a quoted proper name read as a label ("the 'Islamic State'").
_MAX_NAME_WORDS = 3


def _label_after_article(text: str, span: QuoteSpan, sentences: list[SentenceFrames], chosen: Chosen) -> bool:
    """A single quoted word right after an article, in a sentence whose verb does not name or judge.

    "According to officials, the Russians used the 'hotline'", "X says the episode shows how hard
    the 'deconfliction' will be": the sources say what happened, not that the word is theirs.
    """
    words = text[span.start : span.end].split()
    # "in collusion with the 'Islamic State' (IS) group": a name the outlet keeps in quotation marks.
    name = 1 < len(words) <= _MAX_NAME_WORDS and all(w[:1].isupper() for w in words)
    if (len(words) != 1 and not name) or chosen.frame.verb in _EVALUATIVE_VERBS:
        return False  # "accused Russia of staging a 'stunt'": the accusation's own word
    before = text[max(0, span.open_at - 20) : span.open_at].split()
    if not before or before[-1].lower() not in _ARTICLES:
        return False
    verb_end = chosen.frame.verb_end
    if 0 <= verb_end <= span.open_at and len(text[verb_end : min(span.open_at, verb_end + 40)].split()) <= 1:
        return False  # "expressed its 'regret'": the verb's own object, the speaker's word
    index = bisect.bisect_right(sentences, span.open_at, key=lambda s: s.start) - 1
    return index < 0 or not _names_it(sentences[index], chosen.frame, span.open_at)


#: Tokens looked at between two points of one sentence: a huge sentence of many quotations and
#: frames stays linear, and no rule here needs words further apart than this.
TOKEN_WINDOW = 60


def _tokens_between(sentence: SentenceFrames, start: int, end: int) -> list[Token]:
    """The sentence's tokens in ``[start, end)``, at most the last ``TOKEN_WINDOW`` of them (binary search)."""
    tokens = sentence.tokens
    hi = bisect.bisect_left(tokens, end, key=lambda t: t.start)
    lo = max(bisect.bisect_left(tokens, start, key=lambda t: t.start), hi - TOKEN_WINDOW)
    return tokens[lo:hi]


def _far_apart(sentence: SentenceFrames, start: int, end: int) -> bool:
    """More than ``TOKEN_WINDOW`` tokens between ``start`` and ``end``."""
    tokens = sentence.tokens
    lo = bisect.bisect_left(tokens, start, key=lambda t: t.start)
    return bisect.bisect_left(tokens, end, key=lambda t: t.start) - lo > TOKEN_WINDOW


def _names_it(sentence: SentenceFrames, frame: Frame, quote_at: int) -> bool:
    """ "had called the raid 'a stunt'": a naming verb whose object and label follow it in one clause.

    "as soon as Russian officers called, and that it '...'" only telephoned.
    """
    if (
        frame.verb not in _NAMING_VERBS
        or not frame.verb_end <= quote_at
        or _far_apart(sentence, frame.verb_end, quote_at)
    ):
        return False
    return not any(t.text in {",", ";"} for t in _tokens_between(sentence, frame.verb_end, quote_at))


def _reporting_around(sentences: list[SentenceFrames], frame: Frame, quote_at: int) -> Frame | None:
    """The frame of another speaker whose reported words hold ``frame`` ("X told reporters Y had said").

    Only a finite frame before it in the same sentence, with no clause of its own in between
    (a semicolon, or a joined "..., and Y said"), and not opening a subordinate clause.
    A naming verb ("X said Y had called it '...'") names whose label it is, so it is not held.
    """
    if frame.joined or frame.trailing or frame.rule == RELATIVE_RULE:
        return None
    index = bisect.bisect_right(sentences, frame.start, key=lambda s: s.start) - 1
    if index < 0:
        return None
    sentence = sentences[index]
    if _names_it(sentence, frame, quote_at):
        return None
    own = sentence.resolved.get(id(frame))
    at = bisect.bisect_left(sentence.candidates, frame.start, key=lambda f: f.start)
    for earlier in sentence.candidates[max(0, at - MAX_BETWEEN) : at]:
        if earlier is frame or earlier.verb_end < 0 or earlier.verb_end > frame.start or earlier.trailing:
            continue
        if _far_apart(sentence, earlier.verb_end, frame.start):
            continue
        if earlier.rule not in {"X said", "X told Y"} or earlier.relay:
            continue
        other = sentence.resolved.get(id(earlier))
        if other is None or own is None or other.speaker == own.speaker:
            continue
        between = _tokens_between(sentence, earlier.verb_end, frame.start)
        opener = _tokens_between(sentence, sentence.start, earlier.start)[-1:]
        if any(t.text in {";", '"'} for t in between) or any(t.lower in _SUBORDINATORS for t in opener):
            continue
        if any(
            t.lower in _CLAUSE_JOINERS and (t.lower != "and" or (k and between[k - 1].text == ","))
            for k, t in enumerate(between)
        ):
            continue  # "X claimed that ..., while Y said": a clause of its own
        return earlier
    return None


#: Auxiliaries that show a joined clause has a verb (and so a subject) of its own.
_AUXILIARIES = frozenset("could would can may might will should must has have had did does do is was were are".split())
#: Words after ", and" within which the joined clause's auxiliary stands.
_CLAUSE_REACH = 6


def _clause_of_its_own(sentences: list[SentenceFrames], frame: Frame, quote_at: int) -> bool:
    """ ", and the investigation itself could confirm ..." between the frame's verb and the quotation."""
    if frame.verb_end < 0 or frame.verb_end > quote_at:
        return False
    index = bisect.bisect_right(sentences, frame.start, key=lambda s: s.start) - 1
    if index < 0:
        return False
    between = _tokens_between(sentences[index], frame.verb_end, quote_at)
    if any(t.text == ";" for t in between):
        return True  # "Russia says X; US 'reviewing' incident": the next clause is another's
    for k, token in enumerate(between[:-1]):
        if token.text != "," or between[k + 1].lower not in _CLAUSE_JOINERS:
            continue
        reach = between[k + 2 : k + 2 + _CLAUSE_REACH]
        # ", and had laid bare '...'": the same subject's second verb. ", and the key line was
        # this: '...'": a clause about the same words (it ends in a colon before them).
        own_subject = bool(reach) and reach[0].lower not in _AUXILIARIES
        if own_subject and any(t.lower in _AUXILIARIES for t in reach) and between[-1].text != ":":
            return True
    return False


def _framed_voice(sentences: list[SentenceFrames], chosen: Chosen, text: str, span: QuoteSpan) -> Voice:
    """The voice of the frame that claims a quotation, unless another speaker's report holds that frame."""
    r = chosen.resolved
    if text[max(0, span.open_at - 12) : span.open_at].rstrip().lower().endswith("so-called"):
        # "Washington's so-called 'moderate' opposition": the text's own distancing, whoever reports it.
        return Voice(None, Evidence("a so-called term: the text's own distancing", "none"))
    if not chosen.adjacent and _label_after_article(text, span, sentences, chosen):
        # "According to officials, the Russians used the 'hotline'": a noun quoted as a label
        # may be the officials' word or the outlet's; only a naming verb says whose.
        return Voice(None, Evidence("a one-word label in someone's report: whose word it is not said", "weak"))
    if (outer := _reporting_around(sentences, chosen.frame, span.open_at)) is not None:
        # "An official told reporters the United States had relayed its regret '...'": the
        # official's words or the ones the United States used? The text does not say.
        rule = f"{chosen.frame.rule} inside what {outer.speaker or 'someone'} {outer.verb}: two voices"
        return Voice(None, Evidence(rule, "weak", r.speaker.label if r.speaker else ""))
    if not chosen.adjacent and _clause_of_its_own(sentences, chosen.frame, span.open_at):
        # "The ministry put the dead at 62, ..., and the investigation itself could confirm only
        # 'at least 15'": the quotation stands in another subject's clause.
        return Voice(None, Evidence("a clause of its own between the verb and the quotation", "weak"))
    evidence = r.evidence
    if r.speaker is not None and not chosen.adjacent and evidence.confidence == "sure":
        evidence = Evidence(f"{evidence.rule} (same sentence)", "likely")
    return Voice(r.speaker, evidence, chosen.frame, r.cue)


#: A quotation inside an unquoted transcript line, with no frame of its own.
_UNREAD_IN_LINE = Voice(None, Evidence("quoted inside a transcript line, no attribution", "none"))
#: A voice no rule could read (never used for a quoted line, which has a transcript voice).
_UNREAD = Voice(None, Evidence("no attribution found", "none"))


def _same_as_before(
    last: Voice,
    last_end: int,
    span: QuoteSpan,
    *,
    text: str,
    frames: list[Frame],
    resolved: dict[int, Resolved],
    sentences: list[SentenceFrames],
    config: ExtractionConfig,
) -> Voice | None:
    """The previous quotation's voice, if no one else spoke in between and no frame follows."""
    lo = bisect.bisect_left(frames, last_end, key=lambda f: f.start)
    hi = bisect.bisect_left(frames, span.open_at, key=lambda f: f.start)
    # Bounded: a huge paragraph can hold thousands of frames between two quotations.
    others = any(resolved[id(f)].speaker != last.speaker for f in frames[lo:hi][:MAX_BETWEEN])
    if others or hi - lo > MAX_BETWEEN or _frame_after(sentences, span, config.attribution_verbs):
        return None
    if hi == lo and _speech_verb_between(text, last_end, span.open_at, config):
        return None  # "X, who ..., told the paper that ...": someone spoke whom no frame read
    if _someone_else_named_between(sentences, last_end, span.open_at, last, config):
        return None  # "... 'the direct result'. The Foreign Ministry went further, ... 'between ...'"
    return _inherited(last, "same speaker as the quotation before", "likely")


#: Capitalised words that open a sentence without naming anyone.
_SENTENCE_OPENERS = frozenset(
    {"the", "a", "an", "it", "this", "that", "but", "and", "in", "on", "at", "he", "she", "they"}
)


def _someone_else_named_between(
    sentences: list[SentenceFrames], start: int, end: int, last: Voice, config: ExtractionConfig
) -> bool:
    """A sentence starts between two quotations and has a capitalised word not in the last speaker's
    name, or opens with a document or an unnamed source ("A ministry statement the next day ...").

    Only words in sentences that start between them count, so an aside inside the quotation's
    own sentence does not.
    """
    if last.speaker is None:
        return False
    own = {strip_possessive(w).lower().strip(".,") for w in f"{last.speaker.label} {last.speaker.mention}".split()}
    lo = bisect.bisect_right(sentences, start, key=lambda s: s.start)
    hi = bisect.bisect_left(sentences, end, key=lambda s: s.start)
    for sentence in sentences[lo:hi][:MAX_BETWEEN]:
        names = [
            strip_possessive(t.text).lower()
            for t in _tokens_between(sentence, sentence.start, end)
            if t.is_capitalised and t.is_word and t.lower not in _SENTENCE_OPENERS
        ]
        if any(name not in own for name in names):
            return True
        if _opens_with_other_source(_tokens_between(sentence, sentence.start, end), own, config):
            return True
    return False


#: Words at a sentence's start within which its subject's head noun stands ("A ministry statement").
_SUBJECT_REACH = 4


def _opens_with_other_source(tokens: list[Token], own: set[str], config: ExtractionConfig) -> bool:
    """The sentence's subject is a document or an unnamed source the last speaker's name does not hold."""
    heads = config.document_nouns | config.anonymous_heads
    for token in tokens[:_SUBJECT_REACH]:
        if not token.is_word:
            return False
        if token.lower in heads:
            return token.lower not in own
    return False


def _speech_verb_between(text: str, start: int, end: int, config: ExtractionConfig) -> bool:
    """A lower-case attribution verb in ``text[start:end]`` (bounded: only the last few hundred characters)."""
    words = text[max(start, end - 400) : end].split()
    return any(w.strip(",.;:\"'\u201c\u201d") in config.attribution_verbs for w in words if w[:1].islower())


def quoted_line(text: str, spans: list[QuoteSpan], words_start: int) -> QuoteSpan | None:
    """The quotation that holds a whole transcript line ('NAME: "..."'), if the line is quoted.

    Only a quotation right where the line's words start: in 'HOST: ... He said: "..."' the
    host quotes someone else.
    """
    first = next((s for s in spans if s.depth == 0), None)
    if first is None or first.open_at < words_start or text[words_start : first.open_at].strip():
        return None
    return first


def _nested_voice(
    sentences: list[SentenceFrames],
    span: QuoteSpan,
    text: str,
    outer: Voice | None,
    verbs: frozenset[str],
    *,
    enclosing: int,
) -> Voice:
    """A quotation inside a quotation: a frame inside the outer one decides, else the outer speaker.

    The outer speaker only for a short term with no attribution verb before it in its sentence:
    in "Power ... called the request 'a stunt'" the term is Power's even when her name is too far
    from the verb to be read as its subject, never the correspondent's.
    """
    if outer is None or (outer.speaker is None and not outer.evidence.candidate):
        # No one the article names quotes the inner words, so no one vouches for them: an unsigned
        # post saying 'X called it "..."' is a claim about X, not X's words. (An outer speaker left
        # unresolved between named candidates is still someone the article quotes.)
        return Voice(None, Evidence("quotation inside a quotation no one is named as quoting", "none"))
    index = max(0, bisect.bisect_right(sentences, span.open_at, key=lambda s: s.start) - 1)
    sentence = sentences[index] if sentences else None
    if sentence is not None and sentence.inner:
        chosen = pick_claimant(sentence.inner, span.open_at, _after_close(text, span))
        if chosen is not None and (chosen.end <= span.open_at or chosen.start == _after_close(text, span)):
            r = sentence.resolved[id(chosen)]
            return _named(Voice(r.speaker, r.evidence, chosen, r.cue))
    words = len(text[span.start : span.end].split())
    if outer.speaker is None or words > TERM_WORDS:
        # A sentence quoted inside a quotation is someone else's, and no frame says whose.
        return Voice(None, Evidence("quotation inside a quotation, no attribution", "none"))
    if sentence is not None and _someone_elses_term(sentence, span, verbs, enclosing):
        return Voice(None, Evidence("a term after an attribution verb inside a quotation, speaker not read", "none"))
    evidence = Evidence("a term inside the speaker's own quotation", outer.evidence.confidence)
    return Voice(outer.speaker, evidence, None, outer.cue)


#: Verbs that put a label in someone's mouth, in every form ("when they call it a 'stunt'").
_NAMING_VERBS = frozenset("call calls called calling dub dubs dubbed label labels labelled labeled term termed".split())
#: Verbs whose object holds the speaker's own label: "accused Russia of staging a 'stunt'".
_EVALUATIVE_VERBS = _NAMING_VERBS | frozenset(
    "accused accuses accuse branded brands described describes dismissed dismisses denounced condemned "
    "decried blamed blames charged".split()
)
#: Subjects whose label is the quoted speaker's own ("we call it a 'crime'").
_FIRST_PERSON = frozenset({"i", "we"})


def _someone_elses_term(sentence: SentenceFrames, span: QuoteSpan, verbs: frozenset[str], enclosing: int) -> bool:
    """Does a verb inside the quotation before the term, not the speaker's own ("we call"), say whose it is?

    Only words inside the enclosing quotation count: the "told" of "X told reporters: '...'" is
    the outer frame's.
    """
    before = _tokens_between(sentence, max(sentence.start, enclosing), span.open_at)
    for k, token in enumerate(before):
        if token.is_capitalised or (token.lower not in verbs and token.lower not in _NAMING_VERBS):
            continue
        if not (k > 0 and before[k - 1].lower in _FIRST_PERSON):
            return True
    return False


def transcript_voice(paragraph: Paragraph, memory: SpeakerMemory, config: ExtractionConfig) -> tuple[Voice, int] | None:
    """ "POWER: ..." or "Samantha Power: ...": the line's speaker and where the words start."""
    found = transcript_speaker(paragraph.text)
    if found is None:
        return None
    name, start, end, words_start = found
    frame = Frame(name, start, end, ":", False, rule="transcript Name:", verb_start=-1)
    if unnamed_voice(name):
        return Voice(
            None, Evidence(f"transcript {name}: the transcript does not name the speaker", "none"), frame
        ), words_start
    speaker, evidence = resolve_speaker(frame, [], memory, config)
    memory.line_speaker = speaker.label if speaker is not None else ""
    return _named(Voice(speaker, evidence, frame, None)), words_start


def next_carry(spans: list[QuoteSpan], voices: list[Voice], text: str) -> Carry:
    """What the next paragraph inherits: an unclosed quotation's voice, or a final quotation's voice."""
    top = [(span, voice) for span, voice in zip(spans, voices, strict=True) if span.depth == 0]
    if not top:
        return Carry(None, None)
    span, voice = top[-1]
    if span.close_at >= len(text):
        return Carry(voice, None)
    ends_paragraph = not text[span.close_at + 1 :].strip(" .,;:\u201d\"'\u2019")
    after = text[span.close_at + 1 :]
    said_after = voice.frame is not None and voice.frame.start > span.close_at and len(after) < 80
    return Carry(None, voice if (ends_paragraph or said_after) else None)
