"""The answer-key format shared by every gold set (tests/gold*/): its vocabulary and quotation marks.

``test_gold_key.py`` and ``test_gold_later_keys.py`` check the keys against their
articles with these, so every set is written to one format.
"""

from __future__ import annotations

import re

KINDS = {"direct", "mixed", "scare", "headline"}
MEASURES = {"killed", "wounded", "aircraft", "vehicles", "tanks", "strikes", "soldiers"}
QUALIFIERS = {"exactly", "at least", "more than", "about", "almost", "at most", "vague"}
PATTERNS = {
    "x-said",
    "said-x-the-y",
    "according-to",
    "x-told-y",
    "quoted-statement-from",
    "transcript",
    "continued-quote",
    "pronoun-resolvable",
    "pronoun-she-trap",
    "pronoun-unresolvable",
    "definite-description",
    "verb-called",
    "verb-repeated",
    "verb-insisted",
    "verb-described-as",
    "verb-warned",
    "relayed-statement",
    "negated-cue",
    "hedged-cue",
    "headline-claim",
    "headline-quote",
    "scare-quote",
    "qualified-figure",
    "vague-quantity",
    "duration-not-date",
    "konashenkov-translation",
    "regret-variant",
}
REGRET_FAMILIES = {"us-regret-relayed", "power-regret", "cook-regret"}
NEGATIONS = re.compile(r"\b(?:not|no|denie[sd]|deny|rejected|refused)\b", re.IGNORECASE)
HEDGES = re.compile(r"\b(?:may|might|reportedly|possibly)\b", re.IGNORECASE)

NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}
#: Words that may stand before a figure's number, as written in the articles.
QUALIFIER_WORDS = re.compile(
    r"^(?:at least|more than|about|around|roughly|some|nearly|almost|up to|as many as|upwards of|to)\s+",
    re.IGNORECASE,
)

QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019"
CURLY_OPENERS = "\u201c\u2018"
BEFORE_OPENING = " \t\n([\u2014\u2013-:"


def opening_marks(text: str) -> list[int]:
    """Offsets of the marks that open a quotation in ``text``."""
    found = []
    for i, ch in enumerate(text):
        if i + 1 >= len(text) or text[i + 1].isspace():
            continue
        if ch in CURLY_OPENERS or (ch in "\"'" and (i == 0 or text[i - 1] in BEFORE_OPENING)):
            found.append(i)
    return found


def quote_start(text: str, starts: str) -> int:
    """Offset of the mark that opens the quotation beginning with ``starts``; it must be unique."""
    hits = [i - 1 for i in range(1, len(text)) if text.startswith(starts, i) and text[i - 1] in QUOTE_MARKS]
    assert len(hits) == 1, f"{starts!r} follows a quotation mark {len(hits)} times, not once"
    return hits[0]


def check_quotation_entry(q: dict, where: str) -> None:
    """One key quotation's own fields: a known kind, lists where lists belong, and a speaker
    (or none) that agrees with its kind and its other right names."""
    assert q["kind"] in KINDS, where
    assert isinstance(q.get("via"), list) and isinstance(q.get("accept", []), list), where
    if q["kind"] == "scare":
        assert q["speaker"] is None, f"{where}: a scare quote has no speaker"
    if q["speaker"] is None:
        assert not q.get("accept"), f"{where}: no speaker, so no other right names"
    else:
        assert isinstance(q["speaker"], str) and q["speaker"].strip(), where


def check_figure_entry(item: dict, text: str, where: str) -> None:
    """One key figure: written as in its paragraph ``text``, a known measure and qualifier, and a
    value that is the written number (none for a vague quantity)."""
    assert item["text"] in text, where
    assert item["measure"] in MEASURES, where
    assert item["qualifier"] in QUALIFIERS, where
    if item["qualifier"] == "vague":
        assert item["value"] is None and not re.search(r"\d", item["text"]), where
    else:
        assert isinstance(item["value"], int), where
        number = QUALIFIER_WORDS.sub("", item["text"]).split()[0]
        assert NUMBER_WORDS.get(number.lower(), number) == str(item["value"]), where
