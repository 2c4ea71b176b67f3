"""The gold set (tests/gold/): its hand-written answer key agrees with its articles.

The key is written by reading the articles; these checks only make sure that
every entry points at text that is really there, that no quotation is left out,
and that the set covers the styles and attribution patterns it is meant to
measure. Paragraph numbers come from the project's own corpus reader, so they
are the numbers the site uses.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

from gold_format import (
    HEDGES,
    NEGATIONS,
    PATTERNS,
    REGRET_FAMILIES,
    check_figure_entry,
    check_quotation_entry,
    opening_marks,
    quote_start,
)
from seedpress.corpus import Article, load_corpus, parse_article
from seedpress.extract import extract_article, load_extraction_config
from seedpress.scoring import find_quote
from seedpress.sources_meta import Fact, SourceMeta, load_sources
from support import VOCABULARY, copy_project, run_build

GOLD = Path(__file__).resolve().parent / "gold"
ARTICLES = GOLD / "articles"
KEY = GOLD / "key.yml"

STYLES = ("wire", "transcript", "statement", "opinion")


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def _load_key() -> dict:
    return yaml.safe_load(KEY.read_text(encoding="utf-8"))["articles"]


KEY_DATA = _load_key()
CORPUS = load_corpus(ARTICLES, label="tests/gold/articles")
ARTICLE_BY_STEM = {article.stem: article for article in CORPUS.articles}


def _para(article: Article, number: int) -> str:
    assert 1 <= number <= len(article.paragraphs), f"{article.stem}: no paragraph {number}"
    return article.paragraph(number).text


def _entries(section: str):
    for stem, entry in KEY_DATA.items():
        for item in entry.get(section) or []:
            yield stem, item


# ---------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------


def test_every_article_has_a_key_entry_and_every_entry_an_article():
    assert set(KEY_DATA) == set(ARTICLE_BY_STEM)
    assert len(KEY_DATA) >= 14
    for stem in KEY_DATA:
        assert re.fullmatch(r"[a-z0-9_]+", stem), stem


def test_every_article_is_a_news_story_of_six_to_fourteen_paragraphs_with_a_headline():
    for article in CORPUS.articles:
        assert 6 <= len(article.paragraphs) <= 14, article.stem
        assert article.headline is not None, f"{article.stem}: first block is not read as a headline"


def test_styles_have_at_least_three_articles_each():
    styles = Counter(entry["style"] for entry in KEY_DATA.values())
    assert set(styles) <= set(STYLES)
    for style in STYLES:
        assert styles[style] >= 3, f"only {styles[style]} {style} articles"


def test_every_pattern_is_known_and_occurs_in_at_least_two_articles():
    counts: Counter[str] = Counter()
    for stem, entry in KEY_DATA.items():
        listed = entry["patterns"]
        assert len(listed) == len(set(listed)), f"{stem}: a pattern is listed twice"
        assert set(listed) <= PATTERNS, f"{stem}: unknown pattern(s) {set(listed) - PATTERNS}"
        counts.update(listed)
    for pattern in sorted(PATTERNS):
        assert counts[pattern] >= 2, f"pattern {pattern!r} occurs in {counts[pattern]} article(s)"


def test_quotations_point_at_real_spans_in_order_and_none_is_missing():
    for stem, entry in KEY_DATA.items():
        article = ARTICLE_BY_STEM[stem]
        keyed: dict[int, list[int]] = {}
        previous = (0, -1)
        for q in entry.get("quotations") or []:
            text = _para(article, q["para"])
            where = f"{stem} p{q['para']} {q['text_starts']!r}"
            mark = quote_start(text, q["text_starts"])
            assert (q["para"], mark) > previous, f"{where}: not in order of appearance"
            previous = (q["para"], mark)
            keyed.setdefault(q["para"], []).append(mark)
            check_quotation_entry(q, where)
        for paragraph in article.paragraphs:
            expected = opening_marks(paragraph.text)
            assert sorted(keyed.get(paragraph.number, [])) == expected, (
                f"{stem} p{paragraph.number}: quotations opening at {expected}, key has {keyed.get(paragraph.number)}"
            )


def test_reported_speech_entries_quote_their_paragraph_and_carry_a_negation_or_hedge():
    for stem, item in _entries("reported"):
        text = _para(ARTICLE_BY_STEM[stem], item["para"])
        assert item["text_contains"] in text, f"{stem} p{item['para']}: {item['text_contains']!r}"
        cue = item["cue"]
        assert NEGATIONS.search(cue) or HEDGES.search(cue), f"{stem}: cue {cue!r} is neither negated nor hedged"
        assert any(word in text for word in cue.split()), f"{stem} p{item['para']}: cue {cue!r} not in the text"


def test_figures_are_written_as_in_the_paragraph_and_vague_ones_have_no_number():
    for stem, item in _entries("figures"):
        text = _para(ARTICLE_BY_STEM[stem], item["para"])
        where = f"{stem} p{item['para']} {item['text']!r}"
        check_figure_entry(item, text, where)


def test_dates_and_durations_are_in_their_paragraphs():
    for stem, item in _entries("dates"):
        text = _para(ARTICLE_BY_STEM[stem], item["para"])
        assert item["text"] in text, f"{stem} p{item['para']}: {item['text']!r}"
        dt.date.fromisoformat(item["value"])
    for stem, item in _entries("not_dates"):
        text = _para(ARTICLE_BY_STEM[stem], item["para"])
        assert item["text"] in text, f"{stem} p{item['para']}: {item['text']!r}"


def test_patterns_that_the_key_itself_can_show_are_backed_by_entries():
    for stem, entry in KEY_DATA.items():
        listed = set(entry["patterns"])
        quotes = entry.get("quotations") or []
        families = {q.get("family") for q in quotes}
        cues = [r["cue"] for r in entry.get("reported") or []]
        qualifiers = {f["qualifier"] for f in entry.get("figures") or []}
        shown = {
            "konashenkov-translation": "konashenkov-error" in families,
            "regret-variant": bool(families & REGRET_FAMILIES),
            "scare-quote": any(q["kind"] == "scare" for q in quotes),
            "headline-quote": any(q["kind"] == "headline" for q in quotes),
            "pronoun-unresolvable": any(q["speaker"] is None and q["kind"] in {"direct", "mixed"} for q in quotes),
            "negated-cue": any(NEGATIONS.search(c) for c in cues),
            "hedged-cue": any(HEDGES.search(c) for c in cues),
            "vague-quantity": "vague" in qualifiers,
            "qualified-figure": bool(qualifiers - {"exactly", "vague"}),
            "duration-not-date": bool(entry.get("not_dates")),
            "relayed-statement": any(q["via"] for q in quotes),
            "transcript": entry["style"] == "transcript",
        }
        for pattern, present in shown.items():
            assert (pattern in listed) == present, f"{stem}: pattern {pattern!r} listed={pattern in listed}"


def test_metadata_gives_every_article_an_outlet_and_a_publication_date():
    stems = list(ARTICLE_BY_STEM)
    meta = load_sources(ARTICLES / "sources.yml", "tests/gold/articles/sources.yml", stems)
    assert set(meta) == set(stems)
    for stem, entry in meta.items():
        assert entry.outlet and entry.published, stem
        assert dt.date(2016, 9, 17) <= entry.published_date <= dt.date(2016, 12, 31), stem


@pytest.mark.slow
def test_the_gold_articles_build_as_the_seeds_of_a_strict_site(tmp_path: Path):
    project = copy_project(tmp_path / "project", seeds=False)
    shutil.rmtree(project / "seeds")
    shutil.copytree(ARTICLES, project / "seeds")
    result = run_build(project)
    assert result.returncode == 0, result.output
    for stem in ARTICLE_BY_STEM:
        assert (result.site / "sources" / stem / "index.html").is_file(), stem


def test_a_key_quotation_copied_with_its_closing_comma_is_still_found():
    meta = SourceMeta(outlet=Fact("Example Wire", "publisher"), published=Fact("2016-09-18", "publisher"))
    text = 'Headline words here\n\n"The coalition," the command said, "regrets the loss."'
    quotes = list(
        extract_article(parse_article("t", "seeds/t.txt", text), meta, load_extraction_config(VOCABULARY)).quotations
    )
    found = find_quote(quotes, 2, "The coalition,")
    assert found is not None and found.text == "The coalition"
