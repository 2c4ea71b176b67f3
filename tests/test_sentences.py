"""Sentence splitting around the full stops of news prose."""

from __future__ import annotations

import pytest

from seedpress.sentences import split_sentences


def texts(paragraph: str) -> list[str]:
    return [s.text for s in split_sentences(paragraph)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The U.S. military says it has halted airstrikes over Syria.",
        "Russian Defense Ministry spokesman Maj. Gen. Igor Konashenkov said today.",
        "Talks resumed on Sept. 17 in Geneva.",
        "President George W. Bush spoke.",
        "It cost 3.5 million dollars, said Dr. Smith of St. Louis.",
        "The U.S.-backed opposition and the U.K. government agreed.",
    ],
)
def test_abbreviations_and_initials_do_not_end_a_sentence(paragraph):
    assert texts(paragraph) == [paragraph]


def test_quotation_followed_by_attribution_and_new_quotation():
    paragraph = '"We regret it," the official said. "We will go on." Then he left.'
    assert texts(paragraph) == ['"We regret it," the official said.', '"We will go on."', "Then he left."]


def test_initialism_ends_a_sentence_before_a_common_opener():
    assert texts("Aid was sent to the U.S. The convoy waited.") == ["Aid was sent to the U.S.", "The convoy waited."]


def test_question_and_exclamation_marks_end_sentences():
    assert texts("Was Russia told? Yes! It was.") == ["Was Russia told?", "Yes!", "It was."]


def test_offsets_index_the_paragraph():
    paragraph = "  First one.   Second one.\nThird, on a new line.  "
    spans = split_sentences(paragraph)
    assert [paragraph[s.start : s.end] for s in spans] == [s.text for s in spans]
    assert [s.text for s in spans] == ["First one.", "Second one.", "Third, on a new line."]


def test_text_without_an_end_is_one_sentence():
    assert texts("Russia Says Syrian Regime Forces Targeted") == ["Russia Says Syrian Regime Forces Targeted"]
    assert texts("   ") == []
