"""An excerpt shows '…' exactly where it starts or ends inside the article's sentence."""

from __future__ import annotations

import pytest

from seedpress.pages.common import _cuts

TEXT = 'First one. The civil war began in 2011 after protests. "We regret it," he said, and left.'


@pytest.mark.parametrize(
    ("words", "cuts"),
    [
        ("The civil war began in 2011 after protests.", []),  # a whole sentence
        ("The civil war began in 2011", ["cut-end"]),
        ("civil war began in 2011 after protests.", ["cut-start"]),
        ("war began in 2011", ["cut-start", "cut-end"]),
        ("We regret it", []),  # the article's own quotation, between its marks
        ("he said", ["cut-end"]),  # after a closing mark a clause starts; ", and left" goes on
    ],
)
def test_cuts_are_marked_only_inside_a_sentence(words, cuts):
    start = TEXT.index(words)
    assert _cuts(TEXT, start, start + len(words)) == cuts


def test_an_excerpt_ending_before_a_quotation_inside_its_sentence_is_cut():
    text = 'The US has reportedly expressed its "regret" to the government, the paper said.'
    words = "The US has reportedly expressed its"
    assert _cuts(text, 0, len(words)) == ["cut-end"]
    quoted = text.index("regret")
    assert _cuts(text, quoted, quoted + len("regret")) == []  # the article's own quoted word
