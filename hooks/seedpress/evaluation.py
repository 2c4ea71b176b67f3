"""Measure extraction against a hand-written answer key: who said what, figures, dates.

The gold set (``tests/gold/``) is articles the code has never been tuned to,
with a key written by reading them. Scoring follows the attribution contract:
a named speaker must be the right one (precision), as many speakers as possible
should be named (recall), and leaving a speaker unidentified (an abstention) is
never counted as wrong. A predicted name is right when it is the key's name or
one of its accepted alternatives, or when one contains the other and both end
in the same word ("Konashenkov" / "Maj. Gen. Igor Konashenkov"; not "The US" /
"US Central Command").
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .analysis import analyse_articles, load_articles
from .corpus import Corpus
from .errors import SeedError
from .extract import Extraction, ExtractionConfig
from .extract.model import Attribution, Quotation
from .yamlfile import parse_yaml, read_text

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})
_DETERMINERS = frozenset({"the", "a", "an"})


class GoldKeyError(SeedError):
    """The answer key cannot be read."""


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

    def add(self, other: Tally) -> None:
        for name in ("quotations", "with_speaker", "named", "right", "wrong", "abstained", "kind_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.wrong_examples += other.wrong_examples

    @property
    def precision(self) -> float:
        return self.right / self.named if self.named else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.with_speaker if self.with_speaker else 1.0


@dataclass
class Report:
    """Everything ``format_report`` prints."""

    overall: Tally
    by_style: dict[str, Tally]
    by_pattern: dict[str, Tally]
    families: tuple[int, int]  # (pairs judged right, pairs)
    figures: tuple[int, int]
    dates: tuple[int, int]
    not_dates: tuple[int, int]
    cues: tuple[int, int]
    missing: list[str]  # key quotations the code did not find at all


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _words(name: str) -> list[str]:
    words = name.translate(_FOLD).lower().replace("'s ", " ").replace(",", " ").split()
    return [w.rstrip(".") for w in words if w not in _DETERMINERS]


def same_speaker(predicted: str, gold: str, accept: Iterable[str] = ()) -> bool:
    """Is ``predicted`` the key's speaker (or an accepted name for it)?"""
    have = _words(predicted)
    if not have:
        return False
    for name in (gold, *accept):
        want = _words(name)
        if not want:
            continue
        if have == want:
            return True
        shorter, longer = (have, want) if len(have) < len(want) else (want, have)
        inside = any(longer[i : i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1))
        if inside and have[-1] == want[-1]:
            return True
    return False


def _find_quote(quotes: list[Quotation], para: int, starts: str) -> Quotation | None:
    wanted = " ".join(starts.translate(_FOLD).split())
    for quote in quotes:
        if quote.para == para and " ".join(quote.text.translate(_FOLD).split()).startswith(wanted):
            return quote
    return None


def _kind_of(quote: Quotation, attributions: dict[tuple[int, int], Attribution]) -> str:
    found = attributions.get((quote.para, quote.start))
    return found.kind if found else "direct"


def _score_quotation(
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
        return tally
    tally.named = 1
    if gold and same_speaker(predicted, gold, entry.get("accept") or ()):
        tally.right = 1
    else:
        tally.wrong = 1
        tally.wrong_examples.append(f'{stem} ¶{entry["para"]} "{entry["text_starts"]}": {predicted!r}, key {gold!r}')
    return tally


def _family_pairs(
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


def _score_figures(entries: list[dict[str, Any]], extraction: Extraction, stem: str) -> tuple[int, int]:
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
    return right, len(entries)


def _score_dates(entries: list[dict[str, Any]], extraction: Extraction, stem: str, *, present: bool) -> tuple[int, int]:
    right = 0
    dates = [d for d in extraction.dates if d.seed == stem]
    for entry in entries:
        text = " ".join(str(entry["text"]).split()).lower()
        hits = [d for d in dates if d.para == entry["para"] and (d.text.lower() in text or text in d.text.lower())]
        if present:
            right += int(any(d.value == entry["value"] for d in hits))
        else:
            right += int(not any(d.value for d in hits))
    return right, len(entries)


def _score_cues(
    entries: list[dict[str, Any]], attributions: list[Attribution], corpus: Corpus, stem: str
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
    return right, len(entries)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def load_key(path: Path, label: str) -> dict[str, Any]:
    data = parse_yaml(read_text(path, label, GoldKeyError), label, GoldKeyError)
    if not isinstance(data, dict) or not isinstance(data.get("articles"), dict):
        raise GoldKeyError(label, "expected a mapping 'articles' of article name to its key")
    return data["articles"]


def evaluate(articles_dir: Path, key_path: Path, config: ExtractionConfig) -> Report:
    """Extract the articles in ``articles_dir`` and score them against the key at ``key_path``."""
    analysis = analyse_articles(*load_articles(articles_dir, str(articles_dir)), config)
    corpus, extraction = analysis.corpus, analysis.extraction
    family_of = analysis.comparison.family_ids()
    key = load_key(key_path, str(key_path))
    overall = Tally()
    by_style: dict[str, Tally] = {}
    by_pattern: dict[str, Tally] = {}
    missing: list[str] = []
    gold_quotes: list[tuple[str, dict[str, Any], Quotation]] = []
    figures = dates = not_dates = cues = (0, 0)
    plus = lambda a, b: (a[0] + b[0], a[1] + b[1])  # noqa: E731
    for stem, entry in sorted(key.items()):
        quotes = [q for q in extraction.quotations if q.seed == stem]
        attributions = [a for a in extraction.attributions if a.seed == stem]
        by_span = {(a.para, a.start): a for a in attributions}
        article_tally = Tally()
        for item in entry.get("quotations") or []:
            quote = _find_quote(quotes, item["para"], item["text_starts"])
            if quote is None:
                missing.append(f'{stem} ¶{item["para"]} "{item["text_starts"]}"')
                continue
            gold_quotes.append((stem, item, quote))
            article_tally.add(_score_quotation(item, quote, by_span, stem))
        overall.add(article_tally)
        by_style.setdefault(entry.get("style", "?"), Tally()).add(article_tally)
        for pattern in entry.get("patterns") or []:
            by_pattern.setdefault(pattern, Tally()).add(article_tally)
        figures = plus(figures, _score_figures(entry.get("figures") or [], extraction, stem))
        dates = plus(dates, _score_dates(entry.get("dates") or [], extraction, stem, present=True))
        not_dates = plus(not_dates, _score_dates(entry.get("not_dates") or [], extraction, stem, present=False))
        cues = plus(cues, _score_cues(entry.get("reported") or [], attributions, corpus, stem))
    families = _family_pairs(gold_quotes, family_of)
    return Report(overall, by_style, by_pattern, families, figures, dates, not_dates, cues, missing)


def _row(name: str, t: Tally) -> str:
    return (
        f"| {name} | {t.quotations} | {t.with_speaker} | {t.right} | {t.wrong} | {t.abstained} "
        f"| {t.precision:.3f} | {t.recall:.3f} |"
    )


def format_report(report: Report) -> str:
    """The report as Markdown tables, per style, per pattern and overall."""
    head = "| group | quotations | key names a speaker | right | wrong | abstained | precision | recall |"
    rule = "|---|---|---|---|---|---|---|---|"
    lines = ["## Speakers by style", "", head, rule]
    lines += [_row(name, t) for name, t in sorted(report.by_style.items())]
    lines += ["", "## Speakers by pattern (articles showing it)", "", head, rule]
    lines += [_row(name, t) for name, t in sorted(report.by_pattern.items())]
    lines += ["", "## Overall", "", head, rule, _row("all", report.overall), ""]
    o = report.overall
    share = lambda pair: f"{pair[0]}/{pair[1]} ({pair[0] / pair[1]:.3f})" if pair[1] else "0/0"  # noqa: E731
    lines += [
        f"- kind (direct/mixed/scare/headline) right: {o.kind_right}/{o.quotations}",
        f"- same-statement families, pairs judged right: {share(report.families)}",
        f"- figures with value, qualifier and measure right: {share(report.figures)}",
        f"- dates resolved right: {share(report.dates)}",
        f"- durations and other non-dates kept out of dates: {share(report.not_dates)}",
        f"- negated or hedged reported speech with its negation/hedge in the cue: {share(report.cues)}",
        f"- key quotations not found: {len(report.missing)}",
    ]
    if o.wrong_examples:
        lines += ["", "Wrong speakers:", *[f"- {w}" for w in o.wrong_examples]]
    if report.missing:
        lines += ["", "Not found:", *[f"- {m}" for m in report.missing]]
    return "\n".join(lines) + "\n"


def targets_met(report: Report) -> bool:
    """The targets of the attribution contract: precision ≥ 0.98, recall ≥ 0.90, no wrong person."""
    o = report.overall
    return o.precision >= 0.98 and o.recall >= 0.90 and o.wrong == 0


__all__ = ["Report", "Tally", "evaluate", "format_report", "load_key", "same_speaker", "targets_met"]
