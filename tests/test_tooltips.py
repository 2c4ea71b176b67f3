"""Glossary marks in rendered pages: one per term per section, linked, never in headings."""

from __future__ import annotations

import re

import markdown

from seedpress.glossary import parse_glossary
from seedpress.provenance import check_page, normalise
from seedpress.tooltip_text import abbr_entries, abbr_glossary
from seedpress.tooltips import thin_tooltips

GLOSSARY = parse_glossary(
    """entries:
  - id: russia
    term: Russia
    aliases: [Russian Federation]
    category: place
    definition: A country. It has a long history.
    source: articles
  - id: sohr
    term: Syrian Observatory for Human Rights
    aliases: [SOHR]
    category: organisation
    definition: A monitoring group. It counts deaths.
    source: articles
""",
    "glossary.yml",
)

PAGE = """\
# Russia and SOHR

Russia said it. Russia said more. The SOHR counted.

| Russia | SOHR |
| --- | --- |
| Russia | the Russian Federation |

## What Russia says

[Russia at the UN](https://example.org) and then Russia again, and Russia.

<q data-seed="a" data-para="3">Russia and SOHR</q> then SOHR.

### Russia in a sub-heading

Russia, once more in the same section.

## Another section

<details markdown="1">
<summary>Russia</summary>

Russia inside the details.

</details>
"""


def render(page: str = PAGE, glossary_url: str | None = "../glossary/") -> str:
    html = markdown.markdown(
        page,
        extensions=["abbr", "tables", "md_in_html", "toc"],
        extension_configs={"abbr": {"glossary": abbr_glossary(GLOSSARY)}},
    )
    return thin_tooltips(html, abbr_entries(GLOSSARY), glossary_url)


def sections(html: str) -> list[str]:
    return re.split(r"<h2[ >]", html)


def marks(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<a class="glossary-term" href="[^"]*#([a-z-]+)" title="[^"]+">([^<]+)</a>', html)


def test_each_term_is_marked_once_per_section_and_linked_to_its_entry():
    html = render()
    first, second, third = sections(html)
    assert marks(first) == [("russia", "Russia"), ("sohr", "SOHR")]
    # Inside a link, a quotation's first term still gets the mark (the link does not use it up).
    assert marks(second) == [("russia", "Russia"), ("sohr", "SOHR")]
    assert marks(third) == [("russia", "Russia")]  # the <summary> never carries it
    assert 'href="../glossary/#russia"' in html
    assert "<abbr" not in html


def test_no_mark_in_headings_table_headers_or_links():
    html = render()
    for element in re.findall(r"<(h[1-6]|th|a|summary)\b[^>]*>(.*?)</\1>", html, re.DOTALL):
        assert "glossary-term" not in element[1], element
    # The cell text keeps its words, and the first term in a cell may carry the mark.
    assert "the Russian Federation" in html


def test_thinning_changes_no_word_and_no_heading_anchor():
    bare = markdown.markdown(PAGE, extensions=["tables", "md_in_html", "toc"])
    html = render()

    def words(text: str) -> str:
        return " ".join(re.sub(r"<[^>]+>", " ", text).split())

    assert words(html) == words(bare)
    assert re.findall(r'id="([^"]+)"', html) == re.findall(r'id="([^"]+)"', bare)
    # The quotation keeps its text (with a mark inside it) and passes the provenance check.
    assert "glossary-term" in re.search(r"<q [^>]*>(.*?)</q>", html).group(1)
    assert check_page("page.html", html, {"a": {3: normalise("Russia and SOHR")}}) == []
    assert check_page("page.html", html, {"a": {3: normalise("Russia or SOHR")}}) != []


def test_the_glossary_page_and_printed_pages_carry_no_marks():
    html = render(glossary_url=None)
    assert "glossary-term" not in html and "<abbr" not in html
    assert "Russia said it." in html


def test_an_unknown_abbreviation_is_unwrapped_and_odd_markup_is_left_alone():
    html = thin_tooltips('<p><abbr title="x">Nope</abbr> and <abbr title="y">broken', {"Nope": "n"}, "g/")
    assert html.startswith('<p><a class="glossary-term" href="g/#n" title="x">Nope</a> and ')
    assert html.endswith('<abbr title="y">broken')


def test_a_two_megabyte_page_of_terms_is_read_in_one_pass():
    # Every mention but one per section is unwrapped; a quadratic step would not finish here.
    paragraph = "<p>" + " ".join(['<abbr title="t">Russia</abbr> said'] * 50) + "</p>\n"
    page = ("<h2>Part</h2>\n" + paragraph * 20) * 100
    assert len(page) > 2_000_000
    html = thin_tooltips(page, {"Russia": "russia"}, "g/")
    assert html.count('class="glossary-term"') == 100
    assert html.count("Russia") == 100_000


def test_tags_are_read_whole_in_any_letter_case_and_a_stray_angle_bracket_is_text():
    entries = {"Russia": "russia"}
    abbr = '<abbr title="t">Russia</abbr>'
    # "<a>" inside an attribute value opens no link: the mark after it is kept.
    html = thin_tooltips(f'<p><span title="see <a>">x</span> {abbr}</p>', entries, "g/")
    assert html.count('class="glossary-term"') == 1
    # A link or heading written in capitals is one: no mark inside it, the next mention gets it.
    html = thin_tooltips(f"<P><A href='x'>{abbr}</A> 3 < 4 and {abbr}</P>", entries, "g/")
    assert html == f"<P><A href='x'>Russia</A> 3 < 4 and {render_mark('Russia')}</P>"
    html = thin_tooltips(f"<H2>{abbr}</H2><p>{abbr}</p><H2>b</H2><p>{abbr}</p>", entries, "g/")
    assert html.count('class="glossary-term"') == 2 and html.startswith("<H2>Russia</H2>")
    # A longer name that begins like an unmarked one ("<thead>", "<abbrev>") is another element.
    html = thin_tooltips(f"<table><thead><tr><td>{abbr}</td></tr></thead></table>", entries, "g/")
    assert html.count('class="glossary-term"') == 1


def render_mark(words: str) -> str:
    return f'<a class="glossary-term" href="g/#russia" title="t">{words}</a>'
