"""The provenance check reads only the marked elements and the paragraph links, and misses none of them.

The check runs over every built page, so it reads a page with literal searches
and small patterns instead of parsing all of it. These tests pin that a changed
word still fails, whatever the markup around it, and that the fast reading gives
exactly the answer of a full HTML parse.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedpress.page_parts import PageParts, Piece
from seedpress.provenance import check_page, normalise
from support import examples

PARAGRAPH = "Russia's U.S. envoy said the strike on Sept. 17 killed 62 soldiers & wounded 100 near Deir ez-Zor."
PARAGRAPHS = {"a": {1: normalise(PARAGRAPH), 2: normalise("A second paragraph.")}}


def problems(html: str) -> list[str]:
    return [p.problem for p in check_page("page.html", html, PARAGRAPHS)]


# ---------------------------------------------------------------------------
# Quotations
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "element",
    [
        '<q data-seed="a" data-para="1">the strike on Sept. 17 killed 62</q>',
        # Markup inside, entities, curly quotes for straight ones, white space.
        '<p data-seed="a" data-para="1">Russia\u2019s <a class="glossary-term" href="g/#us" title="x">U.S.</a>\n'
        "envoy said</p>",
        '<span class="x" data-seed="a" data-para="1">soldiers &amp; wounded <abbr title="t">100</abbr></span>',
        # Attributes in another order, quoted otherwise, in capitals.
        "<q data-para='1' class=k data-seed='a'>killed 62 soldiers</q>",
        '<Q DATA-SEED="a" DATA-PARA="1">killed 62 soldiers</Q>',
        # A "<" inside an attribute value before data-seed.
        '<q title="a<b" data-seed="a" data-para="1">killed 62 soldiers</q>',
        # The same element nested: the outer one ends at its own end tag.
        '<div data-seed="a" data-para="1"><div>the strike</div> on Sept. 17</div><div>not quoted</div>',
        # A heading's permalink is the theme's, not the article's.
        '<h3 data-seed="a" data-para="2">A second paragraph.<a class="headerlink" href="#x">\u00b6</a></h3>',
    ],
)
def test_a_quotation_as_written_passes(element):
    assert problems(f"<html><body><article>{element}</article></body></html>") == []


@pytest.mark.parametrize(
    "element",
    [
        '<q data-seed="a" data-para="1">the strike on Sept. 17 killed 63</q>',
        '<p data-seed="a" data-para="1">Russia\u2019s <a href="g/#us">U.K.</a> envoy said</p>',
        "<q data-para='1' class=k data-seed='a'>killed 62 sailors</q>",
        '<Q DATA-SEED="a" DATA-PARA="1">killed 62 airmen</Q>',
        '<q title="a<b" data-seed="a" data-para="1">killed 62 airmen</q>',
        '<div data-seed="a" data-para="1"><div>the strike</div> on Sept. 18</div>',
        '<q data-seed="a" data-para="1"></q>',
    ],
)
def test_a_changed_word_fails(element):
    found = problems(f"<p>Before.</p>{element}<p>After.</p>")
    assert len(found) == 1 and "is not in a paragraph 1" in found[0], found


def test_a_quotation_of_a_paragraph_that_does_not_exist_fails():
    assert "does not exist" in problems('<q data-seed="a" data-para="9">killed 62</q>')[0]
    assert "does not exist" in problems('<q data-seed="b" data-para="1">killed 62</q>')[0]
    assert "does not exist" in problems('<q data-seed="a">killed 62</q>')[0]


def test_an_element_never_closed_fails():
    assert "never closed" in problems('<p data-seed="a" data-para="1">killed 62 soldiers')[0]


def test_the_words_data_seed_in_text_are_not_an_element():
    assert problems('<p>Marked elements carry <code>data-seed="a"</code> and data-para.</p>') == []


# ---------------------------------------------------------------------------
# Citations
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        '<a href="../sources/a/#p9">a</a>',
        "<a href='sources/a.html#p9'>a</a>",
        "<a href=sources/a/index.html#p9>a</a>",
        '<A HREF="sources/a/#p9">a</A>',
    ],
)
def test_a_citation_of_a_missing_paragraph_fails(link):
    found = problems(f'<p>See <a href="sources/a/#p1">¶1</a> and {link}.</p>')
    assert len(found) == 1 and "#p9 points to a paragraph that does not exist" in found[0], found


def test_citations_of_existing_paragraphs_and_other_anchors_pass():
    page = '<a href="sources/a/#p2">x</a> <a href="#p7">on this page</a> <a href="other/#p3">elsewhere</a>'
    assert problems(page) == []


# A long article's page in parts: paragraph 1 on part 1, paragraph 2 cut over parts 2 and 3.
PARTS = {
    "a": PageParts(
        ((Piece(1, 0, 10, True),), (Piece(2, 0, 8, True),), (Piece(2, 8, 19, False),)),
        _starts=(2, 3),
    )
}


@pytest.mark.parametrize(
    "link",
    [
        '<a href="../sources/a/part-2/#p2">x</a>',
        '<a href="sources/a/part-2.html#p2">x</a>',  # the offline copy
        '<a href="sources/a/part-2/index.html#p2">x</a>',
        '<a href="sources/a/#p1">x</a>',
    ],
)
def test_a_citation_of_the_part_holding_its_paragraph_passes(link):
    assert [p.problem for p in check_page("page.html", link, PARAGRAPHS, PARTS)] == []


@pytest.mark.parametrize(
    "link",
    [
        '<a href="sources/a/#p2">x</a>',  # the first part: the paragraph starts on part 2
        '<a href="sources/a/part-3/#p2">x</a>',  # where the paragraph goes on, not where it starts
        '<a href="sources/a/part-2.html#p1">x</a>',
    ],
)
def test_a_citation_of_another_part_fails(link):
    found = [p.problem for p in check_page("page.html", link, PARAGRAPHS, PARTS)]
    assert len(found) == 1 and "points to a part without it" in found[0], found


# ---------------------------------------------------------------------------
# The fast reading agrees with a full parse
# ---------------------------------------------------------------------------


class _FullParse(HTMLParser):
    """(seed, para, text) of marked elements and every href, by parsing the whole page."""

    VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None, str | None, list[str]]] = []
        self.quotes: list[tuple[str, str, str]] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if values.get("href"):
            self.hrefs.append(values["href"])
        if tag not in self.VOID:
            self.stack.append((tag, values.get("data-seed"), values.get("data-para"), []))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                for element in reversed(self.stack[index:]):
                    if element[1] is not None:
                        self.quotes.append((element[1], element[2] or "", "".join(element[3])))
                del self.stack[index:]
                return

    def handle_data(self, data):
        for element in self.stack:
            if element[1] is not None:
                element[3].append(data)


_WORDS = PARAGRAPH.replace("&", "and").split()
_text = st.lists(st.sampled_from([*_WORDS, "&amp;", "&#8217;", "\u201c", "x<y".replace("<", "&lt;")]), max_size=6)


@st.composite
def pages(draw):
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        words = " ".join(draw(_text))
        kind = draw(st.sampled_from(["q", "p", "span", "link", "plain", "nested"]))
        para = draw(st.sampled_from(["1", "2", "5"]))
        quote = draw(st.sampled_from(['"', "'"]))
        if kind == "link":
            parts.append(f"<a href={quote}../sources/a/#p{para}{quote}>{words}</a>")
        elif kind == "plain":
            parts.append(f"<p>{words}</p>")
        elif kind == "nested":
            parts.append(f'<div data-seed="a" data-para="{para}"><em>{words}</em><div>{words}</div></div>')
        else:
            parts.append(f"<{kind} class=c data-seed={quote}a{quote} data-para={quote}{para}{quote}>{words}</{kind}>")
    return "<main>" + "\n".join(parts) + "</main>"


@settings(max_examples=examples(200), deadline=None)
@given(pages())
def test_the_fast_reading_finds_what_a_full_parse_finds(page):
    full = _FullParse()
    full.feed(page)
    full.close()
    expected = []
    for seed, para, text in full.quotes:
        source = PARAGRAPHS.get(seed, {}).get(int(para))
        quoted = normalise(text)
        if source is None or not quoted or quoted not in source:
            expected.append((seed, para))
    expected_links = [h for h in full.hrefs if h.endswith(("#p5",))]
    found = problems(page)
    assert len([p for p in found if p.startswith("quotation")]) == len(expected)
    assert len([p for p in found if p.startswith("citation")]) == len(expected_links)
