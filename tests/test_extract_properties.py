"""Properties: extraction never raises, and every quotation is verbatim at its offsets."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from seedpress.compare import group_quotations
from seedpress.corpus import parse_article
from seedpress.extract import extract_article, load_extraction_config
from seedpress.sources_meta import Fact, SourceMeta
from support import VOCABULARY, examples

CONFIG = load_extraction_config(VOCABULARY)
META = SourceMeta(outlet=Fact("ABC News", "publisher"), published=Fact("2016-09-17", "inferred"))

# News-like pieces mixed with arbitrary text, so the patterns are actually exercised.
PIECES = st.sampled_from(
    [
        '"',
        "\u201c",
        "\u201d",
        "'",
        "\u2018",
        "\u2019",
        " said ",
        " the official ",
        ", ",
        ". ",
        "\n\n",
        " according to ",
        " reported that ",
        " at least ",
        " 62 ",
        " two ",
        " F16 ",
        " Monday ",
        " killed ",
        " September 10 ",
        " who said, ",
        " quoted ",
        "Reuters",
        "U.S.",
        " he said. ",
        "-",
        "2011",
    ]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join)


def _article(text: str):
    body = text.replace("\x00", " ")
    return parse_article("t", "seeds/t.txt", "Headline\n\n" + body if body.strip() else "Headline\n\nx")


def test_extraction_never_raises_and_quotations_are_verbatim():
    checked: Counter[str] = Counter()  # what the examples held, so the checks below are known to have run

    @settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(TEXT)
    @example('The official said: "We regret the loss of life." At least 62 were killed on Monday, September 10.')
    def check(text):
        article = _article(text)
        result = extract_article(article, META, CONFIG)
        for quotation in result.quotations:
            paragraph = article.paragraph(quotation.para).text
            assert paragraph[quotation.start : quotation.end] == quotation.text
            assert quotation.text.strip()
        for item in (*result.figures, *result.dates, *result.statements):
            assert article.paragraph(item.para).text[item.start : item.end] == item.text
        group_quotations(result.quotations)
        checked.update(quotations=len(result.quotations), figures=len(result.figures), dates=len(result.dates))

    check()
    assert checked["quotations"] and checked["figures"] and checked["dates"], checked
