"""The one entry point of the analysis: load, extract, correct and compare, from paths the caller gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from seedpress.analysis import analyse
from seedpress.errors import SeedError
from support import EDITORIAL

# Written for these tests: one speaker the rules cannot decide ("he" after two names),
# and a second article quoting a named speaker.
AMBIGUOUS = (
    "Two ministers speak on the strike\n\n"
    "Foreign Minister Ivan Petrov and Secretary Paul Grant spoke by phone on Sunday about the strike.\n\n"
    'Afterwards he said the truce over the strike was "close to collapse."\n'
)
NAMED = (
    "A monitor counts the dead\n\n"
    'Rami Haddad, who runs a monitoring group, said: "At least 40 soldiers were killed in the raid."\n'
)
CORRECTION = 'corrections:\n  - seed: a_two\n    quote: "close to collapse"\n    speaker: Ivan Petrov\n'


def _project(tmp_path: Path) -> tuple[Path, Path, Path]:
    seeds, editorial = tmp_path / "seeds", tmp_path / "editorial"
    seeds.mkdir()
    (seeds / "a_two.txt").write_text(AMBIGUOUS, encoding="utf-8")
    (seeds / "b_named.txt").write_text(NAMED, encoding="utf-8")
    editorial.mkdir()
    shutil.copy(EDITORIAL / "extraction.yml", editorial / "extraction.yml")
    (editorial / "attributions.yml").write_text(CORRECTION, encoding="utf-8")
    return tmp_path, seeds, editorial


def _speaker(analysis, seed: str, words: str) -> str | None:
    quote = next(q for q in analysis.extraction.quotations if q.seed == seed and words in q.text)
    return quote.speaker.label if quote.speaker else None


def test_analyse_reads_both_folders_and_applies_the_editors_corrections(tmp_path: Path):
    _, seeds, editorial = _project(tmp_path)
    rules_only = analyse(seeds, editorial, corrections=False)
    corrected = analyse(seeds, editorial)
    assert [a.stem for a in corrected.corpus.articles] == ["a_two", "b_named"]
    assert _speaker(rules_only, "a_two", "close to collapse") != "Ivan Petrov"
    assert _speaker(corrected, "a_two", "close to collapse") == "Ivan Petrov"
    # The correction touches its attribution only; the comparison is made from the corrected extraction.
    assert _speaker(corrected, "b_named", "40 soldiers") == _speaker(rules_only, "b_named", "40 soldiers")
    assert corrected.comparison.figure_table, "the second article's figure reaches the figure table"


def test_analyse_takes_one_article_file_too(tmp_path: Path):
    _, seeds, editorial = _project(tmp_path)
    one = analyse(seeds / "b_named.txt", editorial)
    assert [a.stem for a in one.corpus.articles] == ["b_named"]
    assert {q.seed for q in one.extraction.quotations} == {"b_named"}


def test_analyse_reports_the_time_of_each_stage(tmp_path: Path):
    _, seeds, editorial = _project(tmp_path)
    timings: dict[str, float] = {}
    analyse(seeds, editorial, timings=timings)
    assert set(timings) == {"load", "extract", "compare"}
    assert all(seconds >= 0 for seconds in timings.values())


def test_messages_name_files_from_the_root_the_caller_gives(tmp_path: Path):
    root, seeds, editorial = _project(tmp_path)
    (editorial / "attributions.yml").write_text("corrections: [1]\n", encoding="utf-8")
    with pytest.raises(SeedError, match=r"^editorial/attributions\.yml: "):
        analyse(seeds, editorial, root=root)
    with pytest.raises(SeedError, match=r"^missing: not found"):
        analyse(root / "missing", editorial, root=root)
