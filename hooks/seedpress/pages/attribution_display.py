"""How an attribution is shown on every page: the attribution contract, in one place.

- A direct quotation with an identified speaker is the speaker's own words:
  shown in quotation marks with the speaker, the cue as written and the relay chain.
- Everything else (reported speech, a paraphrase holding a quoted fragment, a
  headline, a quotation whose speaker is not identified) is the article's own
  words: shown as the whole sentence, introduced by the outlet, so that the
  source, the cue with its negation or hedge, and the content are never parted,
  and nothing starts or ends mid-clause. A sentence too long to show whole is
  cut at word boundaries, visibly, with "…" outside the quoted element.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..extract.model import Attribution, AttributionKind, Cue, Speaker
from ..model import Model
from ..structure import display_start
from .common import at_word_edges, cite, escape_markdown, outlet_name

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: Characters of a sentence shown around the content before it is cut with "…".
MAX_SENTENCE = 600
NOT_IDENTIFIED = "speaker not identified"


@dataclass(frozen=True)
class Claim:
    """An attribution reduced to what pages show; hashable, so pages can de-duplicate."""

    seed: str
    para: int
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    kind: AttributionKind
    speaker: Speaker | None
    cue: Cue | None

    @classmethod
    def of(cls, item: Attribution) -> Claim:
        return cls(
            item.seed,
            item.para,
            item.start,
            item.end,
            item.sentence_start,
            item.sentence_end,
            item.kind,
            item.speaker,
            item.cue,
        )

    @property
    def own_words(self) -> bool:
        """Shown in quotation marks under its speaker: a direct quotation of an identified speaker."""
        return self.kind == "direct" and self.speaker is not None

    @property
    def sentence_key(self) -> tuple[str, int, int]:
        """The sentence a page shows for this claim (one entry per sentence)."""
        if self.own_words:
            return (self.seed, self.para, self.start)
        return (self.seed, self.para, self.sentence_start)


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def speaker_text(speaker: Speaker | None) -> str:
    """ "a Russian military official, via The Wall Street Journal" (escaped)."""
    if speaker is None:
        return NOT_IDENTIFIED
    text = escape_markdown(speaker.label)
    if speaker.via:
        text += ", via " + escape_markdown(" and ".join(speaker.via))
    return text


#: Double quotation marks an article may use.
_DOUBLE_MARKS = ('"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e")


#: Characters a sentence may grow by to take in the rest of a quotation it opens or closes.
MAX_BALANCE = 400


def _balanced(text: str, low: int, high: int) -> tuple[int, int]:
    """Widen ``text[low:high]`` to whole quotations: a sentence that opens a quotation continued in
    the next sentence ('“They promised a ceasefire. What kind of ceasefire is this?”') is shown to
    its closing mark, and one that closes a quotation begun earlier, from its opening mark."""
    shown = text[low:high]
    opens = shown.count("\u201c") - shown.count("\u201d")
    straight_odd = shown.count('"') % 2 == 1
    if opens > 0 or (straight_odd and shown.lstrip()[:1] == '"'):
        close = text.find("\u201d" if opens > 0 else '"', high, high + MAX_BALANCE)
        # Only to a mark that ends a sentence ('... is this?”'), so the shown words end a sentence too.
        ends = close > 0 and (text[close - 1] in ".!?" or text[close + 1 : close + 2] in (".", "!", "?"))
        return (low, close + 1 + (text[close + 1 : close + 2] in (".", "!", "?"))) if ends else (low, high)
    if opens < 0 or straight_odd:
        mark = "\u201c" if opens < 0 else '"'
        start = text.rfind(mark, max(0, low - MAX_BALANCE), low)
        return (start, high) if start >= 0 else (low, high)
    return low, high


def _window(text: str, claim: Claim) -> tuple[int, int, bool, bool]:
    """The part of the sentence shown: all of it, or a window around the content cut at spaces."""
    start, end = claim.sentence_start, claim.sentence_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start <= MAX_SENTENCE:
        return start, end, False, False
    low = max(start, min(claim.start, claim.end - MAX_SENTENCE // 2) - MAX_SENTENCE // 4)
    high = min(end, low + MAX_SENTENCE)
    low, high = at_word_edges(text, (start, end), (low, high), keep=(high, low))
    return low, high, low > start, high < end


def article_words(claim: Claim, model: Model, tag: str = "q") -> str:
    """The claim's sentence as the article's words, quoted from the outlet, carrying its provenance."""
    article = model.article(claim.seed)
    paragraph = article.paragraph(claim.para)
    low, high, cut_before, cut_after = _window(paragraph.text, claim)
    low = max(low, display_start(paragraph.text))  # not the copy-paste debris before a dateline
    if not (cut_before or cut_after):
        low, high = _balanced(paragraph.text, low, high)
    shown = paragraph.text[low:high]
    # A sentence with quotation marks of its own ('"We regret it," she said.') is shown with
    # those marks only: the element's own marks around them would read as a quotation in a quotation.
    kind = "article-words own-marks" if tag == "q" and any(m in shown for m in _DOUBLE_MARKS) else "article-words"
    words = escape_markdown(shown)
    element = f'<{tag} class="{kind}" data-seed="{article.stem}" data-para="{paragraph.number}">{words}</{tag}>'
    return ("… " if cut_before else "") + element + (" …" if cut_after else "")


def words_shown(claim: Claim, model: Model) -> str:
    """Only the words: the quotation for a speaker's own words, else the article's sentence."""
    if not claim.own_words:
        return article_words(claim, model)
    article = model.article(claim.seed)
    text = escape_markdown(article.paragraph(claim.para).text[claim.start : claim.end])
    return f'<q data-seed="{article.stem}" data-para="{claim.para}">{text}</q>'


def own_words(claim: Claim, model: Model) -> str:
    """A direct quotation: speaker, cue and quoted words ("X said: «…»")."""
    cue = escape_markdown(claim.cue.text) if claim.cue else ""
    who = escape_markdown(claim.speaker.label) if claim.speaker else NOT_IDENTIFIED
    return f"{who}{' ' + cue if cue else ''}: {words_shown(claim, model)}"


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def render_attribution(claim: Claim, model: Model, from_uri: str) -> str:
    """One claim as a Markdown list item's text, with its citation."""
    meta = model.meta(claim.seed)
    article = model.article(claim.seed)
    source = cite(from_uri, article, meta, claim.para)
    if claim.own_words:
        via = claim.speaker.via if claim.speaker else ()
        relay = f"via {escape_markdown(' and '.join(via))}; " if via else ""
        return f"{own_words(claim, model)} ({relay}{source})"
    outlet = escape_markdown(outlet_name(article, meta))
    label = f"{outlet} headline" if claim.kind == "headline" else outlet
    notes = []
    if claim.kind != "headline" and claim.speaker is None:
        notes.append(NOT_IDENTIFIED)
    elif claim.speaker is not None and claim.kind != "headline":
        sentence = article.paragraph(claim.para).text[claim.sentence_start : claim.sentence_end]
        if claim.speaker.label not in sentence:
            # "he said", "the official said": say who the rules (or an editor) found.
            notes.append(f"speaker: {escape_markdown(claim.speaker.label)}")
        if claim.speaker.via:
            notes.append(f"via {escape_markdown(' and '.join(claim.speaker.via))}")
    note = f" ({'; '.join(notes)})" if notes else ""
    return f"*{label}:* {article_words(claim, model)}{note} ({source})"


__all__ = [
    "NOT_IDENTIFIED",
    "Claim",
    "all_claims",
    "article_words",
    "relay_chains",
    "render_attribution",
    "speaker_text",
    "words_shown",
]


def all_claims(model: Model) -> list[Claim]:
    """Every attribution a reader is shown (not scare quotes), one per sentence or quotation, in article order."""
    seen: set[tuple[str, int, int]] = set()
    claims: list[Claim] = []
    for item in model.extraction.attributions:
        if item.kind == "scare":
            continue
        claim = Claim.of(item)
        if claim.sentence_key in seen:
            continue
        seen.add(claim.sentence_key)
        claims.append(claim)
    order = {a.stem: i for i, a in enumerate(model.corpus.articles)}
    return sorted(claims, key=lambda c: (order[c.seed], c.para, c.start))


def relay_chains(model: Model) -> list[tuple[str, ...]]:
    """Each distinct second-hand chain, in article order: (speaker, relay, ..., outlet)."""
    chains: list[tuple[str, ...]] = []
    for claim in all_claims(model):
        if claim.speaker and claim.speaker.via:
            article = model.article(claim.seed)
            chain = (claim.speaker.label, *claim.speaker.via, outlet_name(article, model.meta(claim.seed)))
            if chain not in chains:
                chains.append(chain)
    return chains
