"""Split a paragraph into sentences, keeping character offsets.

News prose is full of full stops that do not end a sentence: "U.S.", "Maj. Gen.",
"Sept. 17", initials. Quotations and figures are attributed per sentence, so a
wrong split would hand a quote to the wrong speaker. The rules are small and
explicit rather than a statistical model, so a reader of this file can predict
every split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: Words that, written with a full stop, do not end a sentence (compared in
#: lower case, without the stop). Titles, ranks, months and common short forms.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cmdr cdr sgt adm brig gov sen rep rev st sr jr
    pres amb cpl pvt supt insp hon gens sens reps lieut messrs mme mlle
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vs approx est inc ltd co corp dept mt ft fig al
    """.split()
)

#: After an initialism such as "U.S." a sentence usually goes on ("the U.S.
#: military"); it ends only when one of these common sentence openers follows.
SENTENCE_OPENERS = frozenset(
    "the a an it he she they we i this that these those but and in on at his her their its "
    "there however meanwhile".split()
)

# A candidate end: terminal punctuation, any closing quotes or brackets, then
# white space and something that can open a sentence. It starts only where a run
# of terminal punctuation starts, and its runs never give characters back
# (possessive quantifiers): a line of a million full stops is read once, where
# retrying the run from each of its characters took hours.
_CANDIDATE_END = re.compile(
    r"(?<![.!?])[.!?]++[\"'\u201d\u2019)\]]*+(?=\s++[\"'\u201c\u2018(\[]*+[A-Z0-9\u00C0-\u024F])"
)
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.){2,}$")
_INITIAL = re.compile(r"^[A-Z]\.$")
_NEXT_WORD = re.compile(r"\s+[\"'\u201c\u2018(\[]*([A-Za-z]+)")
_OPENING_PUNCT = "\"'\u201c\u2018([\u2014\u2013-"


@dataclass(frozen=True)
class SentenceSpan:
    """One sentence: ``text == paragraph[start:end]``."""

    start: int
    end: int
    text: str


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _ends_sentence(text: str, stop_start: int, stop_end: int) -> bool:
    """Decide whether the punctuation at ``text[stop_start:stop_end]`` ends a sentence."""
    if text[stop_start] != ".":
        return True  # "!" and "?" always end one
    # Walk back to the start of the word (not a regex over the whole prefix,
    # which made long paragraphs quadratic).
    word_start = stop_start
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start : stop_start + 1].lstrip(_OPENING_PUNCT)
    if not word:
        return True
    if _INITIAL.match(word):
        return False  # "George W. Bush"
    if _INITIALISM.match(word):
        following = _NEXT_WORD.match(text, stop_end)
        return following is not None and following.group(1).lower() in SENTENCE_OPENERS
    # "Maj.-Gen.": the last part of a hyphenated title is an abbreviation too.
    return word[:-1].lower().rsplit("-", 1)[-1] not in ABBREVIATIONS


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def split_sentences(paragraph: str) -> tuple[SentenceSpan, ...]:
    """Split ``paragraph`` into sentences whose offsets index into it.

    Leading and trailing white space around each sentence is excluded; the
    spans are in order and do not overlap. Text with no sentence end is one
    sentence.
    """
    spans: list[SentenceSpan] = []
    start = 0
    for match in _CANDIDATE_END.finditer(paragraph):
        if not _ends_sentence(paragraph, match.start(), match.end()):
            continue
        _append(spans, paragraph, start, match.end())
        start = match.end()
    _append(spans, paragraph, start, len(paragraph))
    return tuple(spans)


def _append(spans: list[SentenceSpan], text: str, start: int, end: int) -> None:
    """Add ``text[start:end]`` without its surrounding white space, if not empty."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(SentenceSpan(start, end, text[start:end]))
