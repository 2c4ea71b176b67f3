"""What extraction finds in the articles: frozen records with exact positions.

Every record names its article (``seed``, the file stem) and paragraph (``para``,
numbered as on the source pages) and carries ``start``/``end`` offsets into
``Paragraph.text``, so the site can always show the verbatim words and link back
to where they stand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SpeakerKind = Literal["person", "institution", "anonymous", "unknown"]
QuoteKind = Literal["full", "fragment", "term"]
DateKind = Literal["absolute", "year", "relative"]
#: The PARC kinds: a whole clause quoted (direct), the reporter's paraphrase (indirect), a
#: paraphrase holding a quoted fragment (mixed), a headline (the outlet's words), and a
#: quoted word or label that is nobody's statement (scare).
AttributionKind = Literal["direct", "indirect", "mixed", "headline", "scare"]
#: How sure the rule that chose a speaker is. Only "sure" and "likely" speakers are named
#: on the site; a "weak" one is shown as "speaker not identified" and listed for review.
Confidence = Literal["sure", "likely", "weak", "none"]

#: How a number is hedged, as a figure carries it. "exactly" is a number written
#: without a hedge; the others come from the words before it (``qualifiers`` in
#: ``editorial/extraction.yml``: "over" is "more than", "up to" is "at most").
NUMERIC_QUALIFIERS = ("exactly", "at least", "more than", "about", "almost", "at most", "fewer than")
#: The qualifier of a vague quantity ("dozens of", "several"): words that count
#: without giving a number. Such a figure has ``value`` ``None``.
VAGUE = "vague"
QUALIFIERS = (*NUMERIC_QUALIFIERS, VAGUE)

# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Speaker:
    """Who a quotation or claim belongs to, and who passed it on.

    ``label`` is the fullest description the article gives ("A senior Obama
    administration official"); ``mention`` is the words at the attribution itself
    ("the official") when they refer back. ``via`` lists the relayers, nearest to
    the speaker first ("The Wall Street Journal" for a quote the Journal printed).
    """

    label: str
    kind: SpeakerKind
    via: tuple[str, ...] = ()
    mention: str = ""


@dataclass(frozen=True)
class Evidence:
    """Why a speaker was chosen (or not): the rule, how sure it is, and any guess withheld.

    ``candidate`` is the speaker the rule would have named when it was not sure
    enough to name one; the site never shows it, ``make review`` does.
    """

    rule: str
    confidence: Confidence
    candidate: str = ""

    @property
    def named(self) -> bool:
        """Sure enough to name the speaker on the site."""
        return self.confidence in ("sure", "likely")


NO_EVIDENCE = Evidence("no attribution found", "none")


@dataclass(frozen=True)
class Cue:
    """The words that attribute: the verb phrase with its negation and hedges, as written.

    ``text == paragraph.text[start:end]`` ("did not squarely claim", "denied",
    "refused to confirm", "may have said"). ``negated`` is true for a negated verb
    or a verb of denial; ``hedges`` lists the hedging words of the sentence
    ("reportedly", "may") so that no page shows the content without them.
    """

    text: str
    start: int
    end: int
    verb: str
    negated: bool = False
    hedges: tuple[str, ...] = ()


@dataclass(frozen=True)
class Attribution:
    """One attribution (PARC shape): source, cue and content, with its kind and evidence.

    ``content`` is ``paragraph.text[start:end]``; ``sentence_start``/``sentence_end``
    bound the whole sentence, which pages show for anything that is not the
    speaker's own quoted words. ``source`` is the mention in the text ("the
    official", "She"), ``speaker`` the resolved speaker (``None``: not identified).
    """

    id: str
    seed: str
    para: int
    kind: AttributionKind
    start: int
    end: int
    content: str
    sentence_start: int
    sentence_end: int
    source: str
    source_start: int
    speaker: Speaker | None
    cue: Cue | None
    evidence: Evidence


@dataclass(frozen=True)
class Quotation:
    """A quoted span: ``paragraph.text[start:end] == text`` (quote marks excluded)."""

    seed: str
    para: int
    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: Speaker | None
    depth: int = 0  # 1 for a quotation nested inside another
    evidence: Evidence = NO_EVIDENCE


@dataclass(frozen=True)
class Statement:
    """A claim attributed without quotation marks ("X said that ...")."""

    seed: str
    para: int
    sentence: int
    start: int
    end: int
    text: str
    verb: str
    claimant: Speaker
    evidence: Evidence = NO_EVIDENCE
    #: The verb phrase as written, with its negation ("did not squarely claim"): ``text`` alone
    #: would say the opposite of a denied or refused statement.
    cue: str = ""
    negated: bool = False


@dataclass(frozen=True)
class Figure:
    """A number in the text, what it counts and who claims it.

    ``text`` is the figure's words as written, qualifier and counted noun
    included ("at least 62 Syrian soldiers"). A vague quantity ("dozens of
    soldiers", "several days") is a figure too, so the site can show and
    attribute it, but it has no number: ``value`` is ``None`` and ``qualifier``
    is ``"vague"``. Nothing may invent a number for it.
    """

    seed: str
    para: int
    start: int
    end: int
    text: str
    value: float | None  # None exactly when qualifier == "vague"
    measure: str
    unit: str  # the counted noun as written ("soldiers", "F16 fighter planes")
    qualifier: str  # one of QUALIFIERS; "exactly" when the text gives none
    claimant: Speaker | None

    @property
    def is_vague(self) -> bool:
        """True for a quantity written without a number ("dozens of")."""
        return self.value is None

    @property
    def amount_words(self) -> str:
        """The words that give the quantity, as written: "at least 62", "dozens of", "twenty-five".

        The figure's words without the counted noun after them.
        """
        if self.unit and self.text.endswith(self.unit):
            return self.text[: len(self.text) - len(self.unit)].rstrip(" -")
        return self.text


@dataclass(frozen=True)
class DateMention:
    """A date in the text, resolved to ISO form where possible.

    ``value`` is "YYYY-MM-DD", "YYYY-MM" or "YYYY"; ``None`` when the date cannot be
    resolved (no publication date). ``inferred`` is true when the resolution used a
    publication date that was itself inferred.
    """

    seed: str
    para: int
    start: int
    end: int
    text: str
    kind: DateKind
    value: str | None
    resolved_from: Literal["text", "published"]
    inferred: bool


# ---------------------------------------------------------------------------
# Aggregates
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleExtraction:
    """Everything found in one article."""

    seed: str
    quotations: tuple[Quotation, ...]
    statements: tuple[Statement, ...]
    figures: tuple[Figure, ...]
    dates: tuple[DateMention, ...]
    attributions: tuple[Attribution, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """Everything found in the corpus, one entry per article in file-name order."""

    articles: tuple[ArticleExtraction, ...]

    @property
    def quotations(self) -> tuple[Quotation, ...]:
        return tuple(q for a in self.articles for q in a.quotations)

    @property
    def statements(self) -> tuple[Statement, ...]:
        return tuple(s for a in self.articles for s in a.statements)

    @property
    def figures(self) -> tuple[Figure, ...]:
        return tuple(f for a in self.articles for f in a.figures)

    @property
    def dates(self) -> tuple[DateMention, ...]:
        return tuple(d for a in self.articles for d in a.dates)

    @property
    def attributions(self) -> tuple[Attribution, ...]:
        return tuple(t for a in self.articles for t in a.attributions)
