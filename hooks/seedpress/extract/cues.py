"""The cue of an attribution: its verb phrase with the negation and hedges that go with it.

"U.S. Central Command ... did not squarely claim responsibility" and
"the Pentagon refused to confirm" say the opposite of "claimed" and "confirmed".
A page that shows the content must show the cue with it, so the cue is kept as
the words the article uses, from the first auxiliary, negation or refusal word
before the verb to the verb itself. Verbs of denial ("denied", "rejected") are
negations in themselves. Hedges ("reportedly", "may have") anywhere in the
sentence are listed, because they qualify whatever the sentence reports.
"""

from __future__ import annotations

import bisect

from .config import ExtractionConfig
from .frames import Frame
from .model import Cue
from .tokens import Token

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: Auxiliaries and adverbs that belong to the verb phrase ("has not yet said").
_AUXILIARIES = frozenset(
    "do does did has have had is are was were will would can could shall should may might must to yet "
    "also still already squarely explicitly directly publicly officially flatly strongly again immediately".split()
)
#: Words of a verb phrase looked at before the verb.
MAX_CUE_WORDS = 6


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def sentence_hedges(tokens: list[Token], config: ExtractionConfig) -> tuple[str, ...]:
    """The hedging words of a sentence, once per sentence however many frames it holds."""
    # Lower case only: "May" is a month far more often than a sentence-initial "may".
    return tuple(dict.fromkeys(t.lower for t in tokens if t.lower in config.hedges and t.text.islower()))


def find_cue(
    text: str, tokens: list[Token], frame: Frame, config: ExtractionConfig, hedges: tuple[str, ...]
) -> Cue | None:
    """The cue of ``frame`` among its sentence's ``tokens``; ``None`` for frames without a verb.

    ``hedges``: the sentence's hedging words (``sentence_hedges``).
    """
    if frame.verb_start < 0:
        return None
    index = bisect.bisect_left(tokens, frame.verb_start, key=lambda t: t.start)
    if index >= len(tokens) or tokens[index].start != frame.verb_start:
        return Cue(text[frame.verb_start : frame.verb_end], frame.verb_start, frame.verb_end, frame.verb)
    first = index
    allowed = _AUXILIARIES | config.negations | config.refusals | config.hedges
    while first > 0 and index - first < MAX_CUE_WORDS:
        word = tokens[first - 1].lower
        if word not in allowed and not word.endswith("n't"):
            break
        first -= 1
    words = [t.lower for t in tokens[first : index + 1]]
    negated = frame.verb in config.denial_verbs or any(
        w in config.negations or w.endswith("n't") or w in config.refusals for w in words
    )
    start = tokens[first].start
    return Cue(text[start : frame.verb_end], start, frame.verb_end, frame.verb, negated, hedges)
