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

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .analysis import analyse_articles, load_articles
from .errors import SeedError
from .extract import ExtractionConfig
from .extract.model import Quotation
from .scoring import (
    Tally,
    family_pairs,
    find_quote,
    score_cues,
    score_dates,
    score_figures,
    score_quotation,
)
from .yamlfile import parse_yaml, read_text

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------


class GoldKeyError(SeedError):
    """The answer key cannot be read."""


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
    misses: list[str] = field(default_factory=list)  # every key entry scored wrong, for ``details``


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
    misses: list[str] = []
    gold_quotes: list[tuple[str, dict[str, Any], Quotation]] = []
    figures = dates = not_dates = cues = (0, 0)
    plus = lambda a, b: (a[0] + b[0], a[1] + b[1])  # noqa: E731
    for stem, entry in sorted(key.items()):
        quotes = [q for q in extraction.quotations if q.seed == stem]
        attributions = [a for a in extraction.attributions if a.seed == stem]
        by_span = {(a.para, a.start): a for a in attributions}
        article_tally = Tally()
        for item in entry.get("quotations") or []:
            quote = find_quote(quotes, item["para"], item["text_starts"])
            if quote is None:
                missing.append(f'{stem} ¶{item["para"]} "{item["text_starts"]}"')
                continue
            gold_quotes.append((stem, item, quote))
            article_tally.add(score_quotation(item, quote, by_span, stem))
        overall.add(article_tally)
        by_style.setdefault(entry.get("style", "?"), Tally()).add(article_tally)
        for pattern in entry.get("patterns") or []:
            by_pattern.setdefault(pattern, Tally()).add(article_tally)
        figures = plus(figures, score_figures(entry.get("figures") or [], extraction, stem, misses))
        dates = plus(dates, score_dates(entry.get("dates") or [], extraction, stem, misses, present=True))
        not_dates = plus(not_dates, score_dates(entry.get("not_dates") or [], extraction, stem, misses, present=False))
        cues = plus(cues, score_cues(entry.get("reported") or [], attributions, corpus, stem, misses))
    families = family_pairs(gold_quotes, family_of)
    misses = overall.abstentions + misses
    return Report(overall, by_style, by_pattern, families, figures, dates, not_dates, cues, missing, misses)


def _row(name: str, t: Tally) -> str:
    return (
        f"| {name} | {t.quotations} | {t.with_speaker} | {t.right} | {t.wrong} | {t.abstained} "
        f"| {t.precision:.3f} | {t.recall:.3f} |"
    )


def format_report(report: Report, *, details: bool = False) -> str:
    """The report as Markdown tables, per style, per pattern and overall; ``details`` lists every miss."""
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
    if details and report.misses:
        lines += ["", "Abstentions and other misses:", *[f"- {m}" for m in report.misses]]
    return "\n".join(lines) + "\n"


def targets_met(report: Report) -> bool:
    """The targets of the attribution contract: precision ≥ 0.98, recall ≥ 0.90, no wrong person."""
    o = report.overall
    return o.precision >= 0.98 and o.recall >= 0.90 and o.wrong == 0


__all__ = ["Report", "Tally", "evaluate", "format_report", "load_key", "targets_met"]
