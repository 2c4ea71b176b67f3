"""Words readers search for that the pages do not use: written into the right sections' search entries."""

from __future__ import annotations

import json

import pytest
import yaml

from seedpress.search_terms import SearchTermsError, add_search_terms, parse_search_terms
from support import ROOT, article_html, run_build


def index_entries(site) -> dict[str, dict]:
    data = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return {doc["location"]: doc for doc in data["docs"]}


def test_every_listed_word_is_indexed_with_its_section(built_site):
    entries = index_entries(built_site.site)
    listed = yaml.safe_load((ROOT / "editorial" / "search.yml").read_text(encoding="utf-8"))
    assert listed
    for item in listed:
        url = item["page"].removesuffix("index.md").removesuffix(".md")
        url = (url + "/" if url and not url.endswith("/") else url) + "#" + item["section"]
        for word in item["words"]:
            assert word.lower() in entries[url]["text"].lower(), (url, word)
    # Readers' words the articles never use now find a section.
    for word, url in [("casualties", "claims/#casualties"), ("Churkin", "strike/#what-followed")]:
        assert url in [loc for loc, doc in entries.items() if word.lower() in doc["text"].lower()]


def test_the_words_are_hidden_from_readers(built_site):
    html = article_html(built_site.html("claims/"))
    start = html.index('id="casualties"')
    hidden = html[html.index("<p", start) : html.index("</p>", start)]
    assert 'class="search-terms" hidden' in hidden and "death toll" in hidden


def test_glossary_page_lists_are_left_out_of_search(built_site):
    entries = index_entries(built_site.site)
    assert "Mentioned in" not in entries["glossary/#deir-ez-zor"]["text"]
    assert "Mentioned in:" in built_site.html("glossary/")


def test_a_section_that_no_longer_exists_stops_the_build(project_copy):
    (project_copy / "editorial" / "search.yml").write_text(
        "- {page: claims.md, section: no-such-question, words: [casualties]}\n", encoding="utf-8"
    )
    result = run_build(project_copy)
    assert result.returncode != 0
    assert "editorial/search.yml: no heading with id 'no-such-question' on claims.md" in result.output
    assert "Traceback" not in result.output


def test_an_unknown_page_stops_the_build(project_copy):
    (project_copy / "editorial" / "search.yml").write_text(
        "- {page: nowhere.md, section: x, words: [casualties]}\n", encoding="utf-8"
    )
    result = run_build(project_copy)
    assert result.returncode != 0 and "editorial/search.yml: no page nowhere.md" in result.output


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- {page: claims.md, section: x}", r"^editorial/search\.yml: entries\[0\]: missing 'words'$"),
        ("- {page: claims, section: x, words: [a]}", r"entries\[0\]\.page: 'claims' is not a page's path"),
        ("- {page: a.md, section: 'x y', words: [a]}", r"entries\[0\]\.section: 'x y' is not a heading id"),
        ("- {page: a.md, section: x, words: []}", r"entries\[0\]\.words: expected at least one item"),
        ("{page: a.md}", r"top level: expected a list"),
    ],
)
def test_bad_entries_are_named(text, message):
    with pytest.raises(SearchTermsError, match=message):
        parse_search_terms(text, "editorial/search.yml")


def test_words_are_escaped_and_placed_after_their_heading():
    terms = parse_search_terms("- {page: a.md, section: two, words: ['<b>x</b> & y']}", "s.yml")
    page = '<h2 id="one">One</h2><p>a</p><h2 id="two">Two <a href="#two">¶</a></h2><p>b</p>'
    assert add_search_terms(page, terms, "s.yml") == (
        '<h2 id="one">One</h2><p>a</p><h2 id="two">Two <a href="#two">¶</a></h2>'
        '\n<p class="search-terms" hidden>&lt;b&gt;x&lt;/b&gt; &amp; y</p><p>b</p>'
    )
