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
