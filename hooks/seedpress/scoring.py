"""Scoring one article's extraction against its answer-key entry: speakers, kinds, families, figures, dates, cues.

A predicted name is right when it is the key's name or one of its accepted
alternatives, or when one contains the other and both end in the same word
("Konashenkov" / "Maj. Gen. Igor Konashenkov"; not "The US" / "US Central
Command"). Leaving a speaker unidentified (an abstention) is never wrong.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .corpus import Corpus
from .extract import Extraction
from .extract.model import Attribution, Quotation

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})
_DETERMINERS = frozenset({"the", "a", "an"})


@dataclass
class Tally:
    """Counts for one group of quotations (a pattern, a style, or all)."""

    quotations: int = 0
    with_speaker: int = 0  # the key names a speaker
    named: int = 0  # the code names one
    right: int = 0
    wrong: int = 0
    abstained: int = 0  # the key names one, the code does not
    kind_right: int = 0
    wrong_examples: list[str] = field(default_factory=list)
    abstentions: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("quotations", "with_speaker", "named", "right", "wrong", "abstained", "kind_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.wrong_examples += other.wrong_examples
        self.abstentions += other.abstentions

    @property
    def precision(self) -> float:
        return self.right / self.named if self.named else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.with_speaker if self.with_speaker else 1.0


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


_RELAYED_BY = re.compile(r"\s+(?:quoted|cited)\s+by\s+", re.IGNORECASE)


def _words(name: str) -> list[str]:
    words = name.translate(_FOLD).lower().replace("'s ", " ").replace(",", " ").split()
    return [w.replace(".", "") for w in words if w not in _DETERMINERS]  # "U.S.-led" is "US-led"


def same_speaker(predicted: str, gold: str, accept: Iterable[str] = ()) -> bool:
    """Is ``predicted`` the key's speaker (or an accepted name for it)?

    A label that names its relay ("a military source quoted by SANA") is the source's.
    """
    have = _words(_RELAYED_BY.split(predicted, maxsplit=1)[0])
    if not have:
        return False
    for name in (gold, *accept):
        want = _words(name)
        if not want:
            continue
        if have == want:
            return True
        if name is not gold and len(want) == 1:
            # An accepted bare head ("the ministry") fits a longer label only when its other words
            # are the key's own: "US inquiry" for the US military investigation, not "Defence
            # Ministry" for the Foreign Ministry.
            known = {w for n in (gold, *accept) for w in _words(n)}
            if have[-1] == want[0] and set(have) <= known:
                return True
            continue
        shorter, longer = (have, want) if len(have) < len(want) else (want, have)
        inside = any(longer[i : i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1))
        if inside and have[-1] == want[-1]:
            return True
    return False


def find_quote(quotes: list[Quotation], para: int, starts: str) -> Quotation | None:
    # A quotation's text leaves out the comma or colon before its closing mark ('"The coalition,"
    # X said'), so a key that copies it still means the same quotation.
    wanted = " ".join(starts.translate(_FOLD).split()).rstrip(",;:")
    for quote in quotes:
        if quote.para == para and " ".join(quote.text.translate(_FOLD).split()).startswith(wanted):
            return quote
    return None


def _kind_of(quote: Quotation, attributions: dict[tuple[int, int], Attribution]) -> str:
    found = attributions.get((quote.para, quote.start))
    return found.kind if found else "direct"


def score_quotation(
    entry: dict[str, Any], quote: Quotation, attributions: dict[tuple[int, int], Attribution], stem: str
) -> Tally:
    tally = Tally(quotations=1)
    gold = entry.get("speaker")
    predicted = quote.speaker.label if quote.speaker else None
    tally.kind_right = int(_kind_of(quote, attributions) == entry.get("kind"))
    if gold:
        tally.with_speaker = 1
    if predicted is None:
        tally.abstained = int(bool(gold))
        if gold:
            tally.abstentions.append(f'{stem} ¶{entry["para"]} "{entry["text_starts"]}": not identified, key {gold!r}')
        return tally
    tally.named = 1
    if gold and same_speaker(predicted, gold, entry.get("accept") or ()):
        tally.right = 1
    else:
        tally.wrong = 1
        tally.wrong_examples.append(f'{stem} ¶{entry["para"]} "{entry["text_starts"]}": {predicted!r}, key {gold!r}')
    return tally


def family_pairs(
    gold_quotes: list[tuple[str, dict[str, Any], Quotation]], family_of: dict[tuple[str, int, int], str]
) -> tuple[int, int]:
    """Pairs of labelled quotations from different articles: same family in the key iff in the code."""
    labelled = [(stem, e["family"], q) for stem, e, q in gold_quotes if e.get("family")]
    right = total = 0
    for (s1, f1, q1), (s2, f2, q2) in itertools.combinations(labelled, 2):
        if s1 == s2:
            continue
        total += 1
        g1, g2 = family_of.get((q1.seed, q1.para, q1.start)), family_of.get((q2.seed, q2.para, q2.start))
        predicted_same = g1 is not None and g1 == g2
        right += int(predicted_same == (f1 == f2))
    return right, total


def score_figures(
    entries: list[dict[str, Any]], extraction: Extraction, stem: str, misses: list[str]
) -> tuple[int, int]:
    right = 0
    figures = [f for f in extraction.figures if f.seed == stem]
    for entry in entries:
        text = " ".join(str(entry["text"]).split()).lower()
        candidates = [f for f in figures if f.para == entry["para"] and text in " ".join(f.text.split()).lower()]
        ok = any(
            (f.measure == entry["measure"] or f.measure.startswith(f"{entry['measure']}:"))
            and f.qualifier == entry["qualifier"]
            and (f.value is None if entry["value"] is None else f.value == float(entry["value"]))
            for f in candidates
        )
        right += int(ok)
        if not ok:
            found = "; ".join(f"{f.text!r} {f.measure} {f.qualifier} {f.value}" for f in candidates) or "nothing"
            misses.append(
                f"figure {stem} ¶{entry['para']} {entry['text']!r} {entry['measure']} {entry['qualifier']} "
                f"{entry['value']}: code found {found}"
            )
    return right, len(entries)


def score_dates(
    entries: list[dict[str, Any]], extraction: Extraction, stem: str, misses: list[str], *, present: bool
) -> tuple[int, int]:
    right = 0
    dates = [d for d in extraction.dates if d.seed == stem]
    for entry in entries:
        text = " ".join(str(entry["text"]).split()).lower()
        hits = [d for d in dates if d.para == entry["para"] and (d.text.lower() in text or text in d.text.lower())]
        ok = any(d.value == entry["value"] for d in hits) if present else not any(d.value for d in hits)
        right += int(ok)
        if not ok:
            found = "; ".join(f"{d.text!r} {d.value}" for d in hits) or "nothing"
            kind = "date" if present else "not a date"
            misses.append(f"{kind} {stem} ¶{entry['para']} {entry['text']!r}: code found {found}")
    return right, len(entries)


def score_cues(
    entries: list[dict[str, Any]], attributions: list[Attribution], corpus: Corpus, stem: str, misses: list[str]
) -> tuple[int, int]:
    """Reported speech with a negation or hedge: found, with the negation/hedge kept in its cue."""
    right = 0
    article = corpus.article(stem)
    for entry in entries:
        paragraph = article.paragraph(entry["para"])
        at = paragraph.text.find(entry["text_contains"])
        ok = False
        for item in attributions:
            if item.para != entry["para"] or not item.sentence_start <= at < item.sentence_end or item.cue is None:
                continue
            if item.cue.negated or item.cue.hedges:
                ok = True
        right += int(ok)
        if not ok:
            misses.append(f"cue {stem} ¶{entry['para']} {entry['text_contains']!r}: key cue {entry.get('cue')!r}")
    return right, len(entries)
