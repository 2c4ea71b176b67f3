"""Work grows with the text, not with its square: a hostile article builds in seconds.

No test here looks at a clock. Each one counts the work a function does (list
items it reads, calls it makes) on inputs large enough that a quadratic step
would show, or checks that a shortcut taken for speed gives exactly the answer
of the plain way.
"""

from __future__ import annotations

import gc
import json
import re
import sys
import weakref

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import site_hooks
from seedpress import wordsearch
from seedpress.compare import families
from seedpress.corpus import Corpus, parse_article
from seedpress.extract import extract_corpus, load_extraction_config
from seedpress.extract.attribution import find_frames
from seedpress.extract.model import Quotation
from seedpress.extract.quotes import scan_quotes
from seedpress.extract.statements import _covered_before, _quoted_share, claim_spans
from seedpress.extract.tokens import tokenize
from seedpress.jsonfile import encode_json
from seedpress.sentences import _CANDIDATE_END, split_sentences
from seedpress.wordsearch import WordMatcher
from support import VOCABULARY, examples

CONFIG = load_extraction_config(VOCABULARY)
#: The 2 MB article of ``scripts/bench.py``, in miniature: thousands of unbalanced quotes in one line.
HOSTILE_CHUNK = 'He said "it was wrong and " then \u201cmore ' * 40 + "officials said 62 were killed, "


class CountingList(list):
    """A list that counts the items read from it (one per index, the length of a slice)."""

    def __init__(self, items=()) -> None:
        super().__init__(items)
        self.touched = 0

    def __getitem__(self, index):
        item = super().__getitem__(index)
        self.touched += len(item) if isinstance(index, slice) else 1
        return item

    def __iter__(self):
        for item in super().__iter__():
            self.touched += 1
            yield item


def hostile_article(chunks: int) -> Corpus:
    text = "A hostile headline\n\n" + HOSTILE_CHUNK * chunks + "\n"
    return Corpus((parse_article("zz_hostile", "seeds/zz_hostile.txt", text),))


# ---------------------------------------------------------------------------
# Statements: the quoted share of a claim
# ---------------------------------------------------------------------------


def naive_quoted_share(start: int, end: int, quoted: list[tuple[int, int]]) -> float:
    covered = sum(max(0, min(end, q_end) - max(start, q_start)) for q_start, q_end in quoted)
    return covered / max(end - start, 1)


def test_quoted_share_reads_a_few_quotations_not_all_of_them():
    quoted = CountingList((i, i + 7) for i in range(0, 1_000_000, 10))
    plain, covered_before = list(quoted), _covered_before(quoted)
    quoted.touched = 0
    for start, end in [(0, 5), (3, 95), (500_003, 500_204), (999_990, 1_000_500)]:
        share = _quoted_share(start, end, quoted, covered_before)
        assert share == pytest.approx(naive_quoted_share(start, end, plain))
    # Two binary searches over 100,000 quotations are some 40 reads, plus the two cut at the ends.
    assert quoted.touched <= 4 * 50


@given(
    spans=st.lists(st.tuples(st.integers(0, 300), st.integers(0, 12)), max_size=30),
    start=st.integers(0, 400),
    length=st.integers(0, 120),
)
def test_quoted_share_equals_the_plain_sum(spans, start, length):
    quoted, position = [], 0
    for gap, size in spans:  # sorted and disjoint, as the pipeline makes them
        quoted.append((position + gap, position + gap + size))
        position += gap + size
    end = start + length
    assert _quoted_share(start, end, quoted, _covered_before(quoted)) == pytest.approx(
        naive_quoted_share(start, end, quoted)
    )


def test_claims_of_a_sentence_read_each_quotation_a_bounded_number_of_times():
    (article,) = hostile_article(60).articles
    paragraph = article.paragraphs[1]
    quoted = CountingList((s.open_at + 1, s.close_at) for s in scan_quotes(paragraph.text) if s.depth == 0)
    frames = find_frames(paragraph.text, tokenize(paragraph.text), list(quoted), CONFIG)
    quoted.touched = 0
    claim_spans(paragraph.text, (0, len(paragraph.text)), frames, quoted)
    assert len(quoted) > 2000 and len(frames) > 2000
    # One pass for the running totals, then a few binary searches per frame (not a pass per frame).
    assert quoted.touched <= len(quoted) + 100 * len(frames)


# ---------------------------------------------------------------------------
# Sentences: the candidate ends, found without backtracking
# ---------------------------------------------------------------------------

#: The pattern as it was, which retried a run of full stops from each of its characters.
BACKTRACKING_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]*[A-Z0-9\u00C0-\u024F])")


@settings(max_examples=examples(500), deadline=None)
@given(text=st.text(alphabet=".!?\"'\u201d\u2019)] \n\u201c\u2018([A0a\u00c0x", max_size=40))
def test_candidate_sentence_ends_are_those_of_the_backtracking_pattern(text):
    assert [m.span() for m in _CANDIDATE_END.finditer(text)] == [m.span() for m in BACKTRACKING_END.finditer(text)]


def test_a_million_full_stops_are_read_once():
    # Read once: the backtracking pattern needed hours for this (78 s for 80,000 stops).
    assert [s.text for s in split_sentences("." * 1_000_000 + " A")] == ["." * 1_000_000, "A"]
    assert len(split_sentences("!?" * 500_000 + " A. B")) == 2


# ---------------------------------------------------------------------------
# The whole extraction, end to end
# ---------------------------------------------------------------------------


def calls_to_extract(chunks: int) -> tuple[int, int]:
    """(function calls, quotations) of extracting and comparing a hostile article of ``chunks`` chunks."""
    corpus = hostile_article(chunks)
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        extraction = extract_corpus(corpus, {}, CONFIG)
        families.group_quotations(extraction.quotations)
    finally:
        sys.setprofile(None)
    return calls, len(extraction.quotations)


@pytest.mark.slow  # several seconds: articles of growing size
def test_extracting_a_hostile_article_takes_work_in_proportion_to_its_length():
    small_calls, small_quotes = calls_to_extract(25)
    large_calls, large_quotes = calls_to_extract(100)
    assert abs(large_quotes - 4 * small_quotes) <= 4  # 40 a chunk, and one left open at the end
    # Four times the text: four times the work (a little more for the longer binary searches).
    assert large_calls <= 4.6 * small_calls


def test_a_quotation_repeated_thousands_of_times_is_diffed_once(monkeypatch):
    calls = []
    real_diff = families.word_diff
    monkeypatch.setattr(families, "word_diff", lambda *args: calls.append(args) or real_diff(*args))
    quotations = [Quotation("zz", 2, 10 * n, 10 * n + 16, "it was wrong and", "fragment", None, 0) for n in range(3000)]
    (family,) = families.group_quotations(quotations)
    assert len(family.members) == 3000
    assert len(calls) == 1


# ---------------------------------------------------------------------------
# Words (glossary terms, topics, labels, parties): one walk of a trie per token
# ---------------------------------------------------------------------------


class CountingDict(dict):
    """A trie node's children that count how often the walk looks a token up."""

    lookups = 0

    def get(self, key, default=None):
        CountingDict.lookups += 1
        return super().get(key, default)


def _count_lookups(node) -> None:
    for name in ("tight", "spaced"):
        children = CountingDict(getattr(node, name))
        setattr(node, name, children)
        for child in children.values():
            _count_lookups(child)


def test_finding_words_in_a_hostile_paragraph_looks_up_each_token_a_bounded_number_of_times():
    # Every token starts a partial match of the longest form, and almost none completes it.
    forms = ["Syrian regime forces near Deir ez-Zor", "Syrian regime forces", "regime"]
    matcher = WordMatcher((form, None) for form in forms)
    _count_lookups(matcher._exact)
    _count_lookups(matcher._folded)
    text = "Syrian regime Syrian regime forces near Deir " * 20_000
    spans = matcher.find(text)
    assert [text[s.start : s.end] for s in spans[:3]] == ["regime", "Syrian regime forces", "regime"]
    longest = max(len(wordsearch.Tokens(form)) for form in forms)
    assert CountingDict.lookups <= 2 * longest * len(wordsearch.Tokens(text))


# ---------------------------------------------------------------------------
# The data files: written as json.dumps writes them
# ---------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4),
    max_leaves=30,
)


@given(value=json_values)
def test_data_files_are_written_byte_for_byte_as_json_dumps_writes_them(value):
    expected = (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
    assert encode_json(value) == expected
    assert (
        encode_json({"version": 1, "records": [value, {"x": value}]})
        == (
            json.dumps({"version": 1, "records": [value, {"x": value}]}, ensure_ascii=False, indent=1, sort_keys=True)
            + "\n"
        ).encode()
    )


class _Cycle:
    """An object that refers to itself: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_a_model_frozen_for_one_build_is_freed_when_the_next_build_starts():
    """The build leaves its model out of cyclic collection; a later build (``mkdocs serve``) frees it."""
    leftover = _Cycle()
    alive = weakref.ref(leftover)
    try:
        site_hooks._freeze_model()  # as on_files does, with the model alive
        assert gc.get_freeze_count() > 0
        del leftover
        gc.collect()
        assert alive() is not None  # frozen: a full collection does not look at it
        site_hooks._freeze_startup()  # as the next build's on_config does
        assert alive() is None
    finally:
        gc.unfreeze()  # the rest of the test run collects as usual
