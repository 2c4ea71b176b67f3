"""Quotations: the answer key for both seeds, and one test per pattern of news prose."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from seedpress.corpus import parse_article
from seedpress.extract import extract_article, load_extraction_config
from seedpress.extract.quotes import scan_quotes
from seedpress.sources_meta import Fact, SourceMeta
from support import VOCABULARY, analysed

ROOT = Path(__file__).resolve().parents[1]
KEY = yaml.safe_load((ROOT / "tests" / "answer_key" / "seeds.yml").read_text(encoding="utf-8"))
CONFIG = load_extraction_config(VOCABULARY)
META = SourceMeta(outlet=Fact("Example News", "publisher"), published=Fact("2016-09-17", "inferred"))


@pytest.fixture(scope="module")
def extraction():
    return analysed().extraction


def quotes_of(text: str, meta: SourceMeta = META):
    article = parse_article("t", "seeds/t.txt", text)
    return extract_article(article, meta, CONFIG).quotations


# --- answer key ---------------------------------------------------------------


def test_seeds_have_the_fourteen_quoted_spans_of_the_answer_key(extraction):
    expected = sum(len(v) for v in KEY["quotations"].values())
    assert expected == 14
    assert len([q for q in extraction.quotations if q.depth == 0]) == expected


@pytest.mark.parametrize(
    ("seed", "index"), [(seed, i) for seed, items in KEY["quotations"].items() for i in range(len(items))]
)
def test_each_quotation_has_the_answer_key_speaker_via_and_kind(extraction, seed, index):
    want = KEY["quotations"][seed][index]
    got = next(a for a in extraction.articles if a.seed == seed).quotations[index]
    assert got.para == want["para"]
    assert got.text.startswith(want["text_starts"])
    assert got.kind == want["kind"]
    assert got.speaker is not None
    assert got.speaker.label == want["speaker"]
    assert list(got.speaker.via) == want["via"]
    if "mention" in want:
        assert got.speaker.mention == want["mention"]


def test_quotation_offsets_index_the_stored_paragraph_text(extraction):
    corpus = analysed().corpus
    for q in extraction.quotations:
        assert corpus.article(q.seed).paragraph(q.para).text[q.start : q.end] == q.text


# --- quote marks ----------------------------------------------------------------


def test_mixed_curly_open_and_straight_close_make_one_quotation():
    text = 'It expressed regret \u201cfor the loss of life" on Saturday.'
    (span,) = scan_quotes(text)
    assert text[span.start : span.end] == "for the loss of life"


def test_apostrophes_are_not_single_quotes():
    text = "Syria's army said \"the U.S. side's stubborn reluctance is to blame.\""
    assert [text[s.start : s.end] for s in scan_quotes(text)] == ["the U.S. side's stubborn reluctance is to blame."]


def test_nested_single_quotes_inside_a_quotation_are_found_at_depth_one():
    text = "\"We reject the 'moderate opposition' label,\" the minister said."
    spans = scan_quotes(text)
    assert [(text[s.start : s.end], s.depth) for s in spans] == [
        ("We reject the 'moderate opposition' label", 0),
        ("moderate opposition", 1),
    ]


def test_unclosed_quotation_runs_to_the_end_of_the_paragraph():
    text = '"We will continue the work and we will not stop'
    (span,) = scan_quotes(text)
    assert text[span.start : span.end] == "We will continue the work and we will not stop"


def test_british_single_quotes_count_when_a_paragraph_has_no_double_quotes():
    text = "The ministry called it \u2018a grave mistake\u2019 on Saturday."
    assert [text[s.start : s.end] for s in scan_quotes(text)] == ["a grave mistake"]


# --- speakers -------------------------------------------------------------------


def test_trailing_attribution_names_the_speaker():
    (q,) = quotes_of('"We regret the loss of life," the Pentagon said.')
    assert q.speaker.label == "the Pentagon"
    assert q.kind == "full"


def test_inverted_attribution_said_then_speaker():
    (q,) = quotes_of('"We regret the loss of life," said Defence Minister Sergei Shoigu.')
    assert q.speaker.label == "Defence Minister Sergei Shoigu"
    assert q.speaker.kind == "person"


def test_interrupted_quotation_keeps_its_speaker_for_the_second_part():
    quotes = quotes_of('"This was a mistake," the envoy said. "We will review it."')
    assert [q.speaker.label for q in quotes] == ["the envoy", "the envoy"]


def test_the_official_refers_back_to_the_last_official_named():
    text = 'A senior defense official told reporters the strike was halted.\n\n"We stopped at once," the official said.'
    (q,) = quotes_of(text)
    assert q.speaker.label == "A senior defense official"
    assert q.speaker.mention == "the official"


def test_he_said_refers_back_to_the_last_person():
    text = 'Maj. Gen. Igor Konashenkov said the strike was deliberate.\n\n"It was a deliberate act," he said.'
    (q,) = quotes_of(text)
    assert q.speaker.label == "Maj. Gen. Igor Konashenkov"


def test_the_statement_refers_to_whoever_issued_the_statement():
    text = 'The Pentagon said in a statement that the strike had stopped.\n\n"We regret it," the statement read.'
    (q,) = quotes_of(text)
    assert q.speaker.label == "The Pentagon"
    assert q.speaker.mention == "the statement"


def test_a_paragraph_that_is_only_a_quotation_continues_the_previous_speaker():
    text = 'The ministry said, "The strike was no accident."\n\n"Those responsible must answer for it."'
    quotes = quotes_of(text)
    assert [q.speaker.label for q in quotes] == ["The ministry", "The ministry"]


def test_quoted_who_said_gives_speaker_and_via():
    (q,) = quotes_of('The newspaper Al-Watan quoted a Syrian army officer, who said, "We lost the hill."')
    assert q.speaker.label == "a Syrian army officer"
    assert q.speaker.via == ("The newspaper Al-Watan",)


def test_trailing_medium_becomes_via_not_speaker():
    (q,) = quotes_of('Russian officials said, "The coalition must explain itself," Reuters reported.')
    assert q.speaker.label == "Russian officials"
    assert q.speaker.via == ("Reuters",)


def test_told_another_outlet_is_via_but_told_the_articles_own_outlet_is_not():
    (q,) = quotes_of('An official told Reuters that Washington "deeply regrets" the deaths.')
    assert q.speaker.via == ("Reuters",)
    (own,) = quotes_of('An official told Example News that Washington "deeply regrets" the deaths.')
    assert own.speaker.via == ()


def test_according_to_names_the_speaker():
    (q,) = quotes_of('The group was "a legitimate target", according to a senior military source.')
    assert q.speaker.label == "a senior military source"


def test_quoted_term_after_the_is_a_term():
    (q,) = quotes_of("Both sides announced a plan for the \u201ccessation of hostilities\u201d on Friday.")
    assert q.kind == "term"


def test_unattributed_quotation_has_no_speaker():
    (q,) = quotes_of('Nobody knows what "deconfliction" meant here.')
    assert q.speaker is None


# --- robustness -----------------------------------------------------------------


@pytest.mark.slow  # several seconds: a 2 MB paragraph
def test_two_megabyte_paragraph_of_unbalanced_quotes_does_not_hang():
    # No full stop: one 2 MB sentence, the worst case for attribution (the sentence splitter is not under test).
    chunk = 'He said "it was wrong and " then \u201cmore ' * 40 + "officials said x, "
    text = (chunk * (2_000_000 // len(chunk) + 1))[:2_000_000].replace("\n", " ")
    article = parse_article("big", "seeds/big.txt", "Headline words here\n\n" + text)
    started = time.process_time()
    result = extract_article(article, META, CONFIG)
    elapsed = time.process_time() - started  # CPU time: a busy machine does not fail the guard
    # A hang guard against catastrophic backtracking, not a speed target (that
    # is measured by `make bench`): linear code takes seconds, a blow-up hours.
    assert elapsed < 120, elapsed
    paragraph = article.paragraphs[-1].text
    assert result.quotations
    assert all(paragraph[q.start : q.end] == q.text for q in result.quotations if q.para == 2)
