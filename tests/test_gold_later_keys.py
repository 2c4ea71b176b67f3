"""The later gold sets (tests/gold_fresh*/): each hand-written key agrees with its articles.

Only consistency is checked here: every entry points at text that is really in
its paragraph, no quotation is left out, and figures, dates and patterns are
written the way the key format says. Nothing here runs the extraction: the set
is kept for measuring rules that were never tuned on it. Paragraphs are counted
as in tests/gold/README.md (the N-th non-blank block, headline included), and
the count is compared with the project's own corpus reader so that the numbers
are the ones the site uses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from gold_format import (
    HEDGES,
    NEGATIONS,
    PATTERNS,
    QUALIFIER_WORDS,
    REGRET_FAMILIES,
    check_figure_entry,
    check_quotation_entry,
    opening_marks,
    quote_start,
)
from seedpress.corpus import load_corpus
from seedpress.sources_meta import load_sources

TESTS = Path(__file__).resolve().parent
#: Each later set: its folder and the letter its article names start with.
SETS = {
    "gold_fresh": "f",
    "gold_fresh2": "n",
    "gold_fresh3": "t",
    "gold_fresh4": "r",
    "gold_fresh5": "u",
    "gold_fresh6": "w",
    "gold_fresh7": "x",
    "gold_fresh8": "y",
    "gold_fresh9": "z",
    "gold_fresh10": "v",
    "gold_fresh11": "q",
    "gold_fresh12": "k",
    "gold_fresh13": "m",
    "gold_fresh15": "d",
    "gold_fresh14": "b",
    "gold_fresh17": "e",
    "gold_fresh16": "c",
    "gold_fresh18": "i",
    "gold_fresh19": "j",
    "gold_fresh21": "l",
    "gold_fresh20": "a",
}

#: How many articles of each style a set holds (its README says which is which).
STYLES = {"wire": 2, "transcript": 1, "statement": 2, "opinion": 1}
SET_STYLES = {
    "gold_fresh3": {"wire": 4, "transcript": 1, "statement": 2, "opinion": 1},
    "gold_fresh4": {"wire": 3, "transcript": 1, "statement": 2, "opinion": 2},
    "gold_fresh5": {"wire": 4, "transcript": 2, "statement": 1, "opinion": 1},
    "gold_fresh6": {"wire": 4, "transcript": 1, "statement": 2, "opinion": 1},
    "gold_fresh7": {"wire": 6, "transcript": 2},
    "gold_fresh8": {"wire": 8},
    "gold_fresh9": {"wire": 5, "statement": 1, "opinion": 2},
    "gold_fresh10": {"wire": 5, "transcript": 1, "statement": 1, "opinion": 1},
    "gold_fresh11": {"wire": 3, "transcript": 2, "opinion": 3},
    "gold_fresh12": {"wire": 7, "opinion": 1},
    "gold_fresh13": {"wire": 4, "transcript": 1, "statement": 1, "opinion": 2},
    "gold_fresh15": {"wire": 6, "opinion": 2},
    "gold_fresh14": {"wire": 8},
    "gold_fresh17": {"wire": 4, "statement": 1, "opinion": 1},
    "gold_fresh16": {"wire": 6},
    "gold_fresh18": {"wire": 6},
    "gold_fresh19": {"wire": 3, "transcript": 2, "opinion": 1},
    "gold_fresh21": {"wire": 4, "transcript": 1, "opinion": 1},
    "gold_fresh20": {"wire": 3, "transcript": 1, "statement": 1, "opinion": 1},
}
BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


def _paragraphs(path: Path) -> list[str]:
    """The non-blank blocks of an article file, numbered from 1 by list position + 1."""
    text = path.read_text(encoding="utf-8")
    return [block.strip() for block in BLANK_LINES.split(text) if block.strip()]


@dataclass(frozen=True)
class GoldSet:
    """One later set: its name, article letter, key and paragraphs."""

    name: str
    letter: str
    key: dict
    paras: dict[str, list[str]]

    @property
    def articles(self) -> Path:
        return TESTS / self.name / "articles"


@pytest.fixture(params=sorted(SETS), scope="module")
def gold(request: pytest.FixtureRequest) -> GoldSet:
    folder = TESTS / request.param
    key = yaml.safe_load((folder / "key.yml").read_text(encoding="utf-8"))["articles"]
    paras = {path.stem: _paragraphs(path) for path in sorted((folder / "articles").glob("*.txt"))}
    return GoldSet(request.param, SETS[request.param], key, paras)


def _para(gold: GoldSet, stem: str, number: int) -> str:
    paras = gold.paras[stem]
    assert 1 <= number <= len(paras), f"{stem}: no paragraph {number}"
    return paras[number - 1]


def _entries(gold: GoldSet, section: str):
    for stem, entry in gold.key.items():
        for item in entry.get(section) or []:
            yield stem, item


def test_articles_and_key_entries_match_and_styles_are_as_described(gold: GoldSet):
    assert set(gold.key) == set(gold.paras)
    assert Counter(entry["style"] for entry in gold.key.values()) == Counter(SET_STYLES.get(gold.name, STYLES))
    for stem, paras in gold.paras.items():
        assert re.fullmatch(rf"{gold.letter}\d\d_[a-z0-9_]+", stem), stem
        assert 7 <= len(paras) <= 13, f"{stem}: headline and 6-12 paragraphs, not {len(paras)} blocks"


def test_paragraph_numbers_are_the_ones_the_site_uses(gold: GoldSet):
    corpus = load_corpus(gold.articles, label=f"tests/{gold.name}/articles")
    assert {a.stem for a in corpus.articles} == set(gold.paras)
    for article in corpus.articles:
        assert [p.text for p in article.paragraphs] == gold.paras[article.stem], article.stem
        assert article.headline is not None, f"{article.stem}: first block is not read as a headline"


def test_quotations_point_at_real_spans_in_order_and_none_is_missing(gold: GoldSet):
    for stem, entry in gold.key.items():
        keyed: dict[int, list[int]] = {}
        previous = (0, -1)
        for q in entry.get("quotations") or []:
            text = _para(gold, stem, q["para"])
            where = f"{stem} p{q['para']} {q['text_starts']!r}"
            mark = quote_start(text, q["text_starts"])
            assert (q["para"], mark) > previous, f"{where}: not in order of appearance"
            previous = (q["para"], mark)
            keyed.setdefault(q["para"], []).append(mark)
            check_quotation_entry(q, where)
        for number, text in enumerate(gold.paras[stem], start=1):
            expected = opening_marks(text)
            assert sorted(keyed.get(number, [])) == expected, (
                f"{stem} p{number}: quotations opening at {expected}, key has {keyed.get(number)}"
            )


def test_reported_speech_entries_quote_their_paragraph_and_carry_a_negation_or_hedge(gold: GoldSet):
    for stem, item in _entries(gold, "reported"):
        text = _para(gold, stem, item["para"])
        assert item["text_contains"] in text, f"{stem} p{item['para']}: {item['text_contains']!r}"
        cue = item["cue"]
        assert NEGATIONS.search(cue) or HEDGES.search(cue), f"{stem}: cue {cue!r} is neither negated nor hedged"
        assert cue in text, f"{stem} p{item['para']}: cue {cue!r} not in the text"


def test_figures_are_written_as_in_the_paragraph_and_vague_ones_have_no_number(gold: GoldSet):
    for stem, item in _entries(gold, "figures"):
        text = _para(gold, stem, item["para"])
        where = f"{stem} p{item['para']} {item['text']!r}"
        check_figure_entry(item, text, where)
        if item["qualifier"] != "vague":
            written = QUALIFIER_WORDS.match(item["text"])
            assert (item["qualifier"] == "exactly") == (written is None), f"{where}: qualifier as written"


def test_dates_and_durations_are_in_their_paragraphs(gold: GoldSet):
    for stem, item in _entries(gold, "dates"):
        assert item["text"] in _para(gold, stem, item["para"]), f"{stem} p{item['para']}: {item['text']!r}"
        assert dt.date(2016, 9, 1) <= dt.date.fromisoformat(item["value"]) <= dt.date(2016, 12, 31), item
    for stem, item in _entries(gold, "not_dates"):
        assert item["text"] in _para(gold, stem, item["para"]), f"{stem} p{item['para']}: {item['text']!r}"


def test_patterns_are_known_and_those_the_key_can_show_are_backed_by_entries(gold: GoldSet):
    for stem, entry in gold.key.items():
        listed = entry["patterns"]
        assert len(listed) == len(set(listed)), f"{stem}: a pattern is listed twice"
        assert set(listed) <= PATTERNS, f"{stem}: unknown pattern(s) {set(listed) - PATTERNS}"
        quotes = entry.get("quotations") or []
        families = {q.get("family") for q in quotes}
        cues = [r["cue"] for r in entry.get("reported") or []]
        qualifiers = {f["qualifier"] for f in entry.get("figures") or []}
        shown = {
            "konashenkov-translation": "konashenkov-error" in families,
            "regret-variant": bool(families & REGRET_FAMILIES),
            "scare-quote": any(q["kind"] == "scare" for q in quotes),
            "headline-quote": any(q["kind"] == "headline" for q in quotes),
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
        # A quotation with no speaker is not always a pronoun case (an unsigned message, an
        # unidentified voice), so this one holds in one direction only.
        if "pronoun-unresolvable" in listed:
            assert any(q["speaker"] is None and q["kind"] in {"direct", "mixed"} for q in quotes), stem


def test_metadata_gives_every_article_an_outlet_and_a_publication_date(gold: GoldSet):
    meta = load_sources(gold.articles / "sources.yml", f"tests/{gold.name}/articles/sources.yml", list(gold.paras))
    assert set(meta) == set(gold.paras)
    for stem, entry in meta.items():
        assert entry.outlet and entry.published, stem
        assert dt.date(2016, 9, 17) <= entry.published_date <= dt.date(2016, 12, 31), stem
