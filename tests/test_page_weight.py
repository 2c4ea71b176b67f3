"""Light pages: every page's first visit, search included, at most 100 KB gzip; its HTML at most 60 KB.

Sizes are measured on real builds (the seeds, and the seeds with a third
article written for this test); times are measured by `make bench`, not here.
Also what keeps the weight down without costing readers: quotations, citations
and folded answers are left out of the search index, but the words readers
type still find their sections (tests/test_search_terms.py checks every listed
word, the browser tests the search box).
"""

from __future__ import annotations

import html as html_lib
import json
import re

import pytest

from page_weight import HTML_LIMIT_BYTES, PAGE_LIMIT_BYTES, page_weights, search_files
from support import BuildResult, copy_project, run_build

pytestmark = pytest.mark.slow

#: A third article, written for this test: quotations, figures, named and unnamed sources.
THIRD = """Syria strike: coalition review begins as Moscow demands answers

A review of the coalition airstrike near Deir ez-Zor began on Monday, two days after the raid that Syria's army says killed dozens of its soldiers on a hill outside the city.

"We are looking at every step of the targeting process," a coalition spokesman, Colonel Mark Ellery, told reporters in Baghdad. He said the aircraft had stopped firing as soon as Russian officers called the coalition's operations centre.

Russia's Foreign Ministry said on Sunday that the strike "borders on connivance with Islamic State" and asked for a full account of the mission. Its spokeswoman said Moscow would raise the matter at the United Nations.

The Syrian army put the toll at 90 soldiers killed and 110 wounded. A monitoring group based in Britain said at least 80 had died. Neither figure could be checked independently.

Islamic State fighters took positions on the hill soon after the strike, according to the Syrian army, which said it later pushed them back with help from Russian aircraft.

Denmark and Australia said their aircraft had taken part in the mission. The Danish defence ministry said two of its F-16 jets were involved, and Australia said it was "deeply regretful" about the loss of life.

The ceasefire agreed by the United States and Russia a week earlier was already fragile. Aid convoys for Aleppo had not moved, and each side accused the other of failing to keep its promises.

"Nobody wants this truce to fail because of one tragic mistake," said a diplomat at the United Nations who asked not to be named.
"""
_QUOTATION = re.compile(r'<q\b[^>]*\bdata-seed="([^"]+)"[^>]*>(.*?)</q>', re.S)


@pytest.fixture(scope="module")
def third_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    project = copy_project(tmp_path_factory.mktemp("weight") / "project")
    (project / "seeds" / "zz_review.txt").write_text(THIRD, encoding="utf-8")
    result = run_build(project)
    assert result.returncode == 0, result.output
    return result


def _assert_light(build: BuildResult) -> None:
    weights = page_weights(build.site)
    assert sorted(w.page for w in weights) == build.pages()
    assert all(w.assets > 0 for w in weights)  # Material's script and stylesheets at least
    # Pages with a search box count the worker and the index, and most pages have one.
    assert all(path.is_file() for path in search_files(build.site))
    assert sum(1 for w in weights if w.search) > len(weights) // 2
    too_heavy = [(w.page, w.total) for w in weights if w.total > PAGE_LIMIT_BYTES]
    assert not too_heavy, f"first visit over {PAGE_LIMIT_BYTES} bytes gzip: {too_heavy}"
    too_long = [(w.page, w.html) for w in weights if w.html > HTML_LIMIT_BYTES]
    assert not too_long, f"HTML over {HTML_LIMIT_BYTES} bytes gzip: {too_long}"


def _index(build: BuildResult) -> dict[str, str]:
    data = json.loads((build.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return {doc["location"]: html_lib.unescape(doc["text"]) for doc in data["docs"]}


def _text(fragment: str) -> str:
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def _words(text: str) -> str:
    """The words of ``text`` only, so that punctuation and spacing do not decide a match."""
    return " ".join(re.findall(r"\w+", text))


def test_every_page_is_light_on_the_seeds(built_site):
    _assert_light(built_site)


def test_every_page_is_light_with_a_third_article(third_build):
    assert "sources/zz_review/" in third_build.pages()
    _assert_light(third_build)


def test_material_stylesheets_are_slimmed_and_still_linked(built_site):
    sheets = sorted((built_site.site / "assets" / "stylesheets").glob("*.css"))
    assert {s.name.split(".")[0] for s in sheets} == {"main", "palette"}
    for page in built_site.pages():
        html = built_site.html(page)
        links = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
        assert len(links) >= 3, page
        for link in links:
            assert (built_site.site / page / link).resolve().is_file(), (page, link)
    css = "".join(s.read_text(encoding="utf-8") for s in sheets)
    # What the site shows keeps its rules; a feature it never uses loses them.
    for kept in (".md-header", ".md-search__input", ".md-tooltip2", "[data-md-color-scheme=slate]"):
        assert kept in css, kept
    for gone in (".critic", ".arithmatex", ".key-caps-lock", ".highlighttable", ".md-author"):
        assert gone not in css, gone


def test_long_quotations_are_searched_on_their_article_page_only(third_build):
    index = _index(third_build)
    checked = 0
    for page in ("claims/", "strike/"):
        for seed, inner in _QUOTATION.findall(third_build.html(page)):
            words = _words(_text(inner))
            if len(words) < 60:
                continue
            own = [_words(text) for location, text in index.items() if location.startswith(page)]
            assert not any(words in text for text in own), (page, words)
            article = " ".join(_words(t) for loc, t in index.items() if loc.startswith(f"sources/{seed}/"))
            assert words in article, (seed, words)
            checked += 1
    assert checked >= 3
    # The mark is for the search plugin only: the published pages do not carry it.
    assert "data-search-exclude=" not in third_build.html("claims/").replace('data-search-exclude="svg"', "")


def test_citations_and_folded_answers_are_left_out_of_search(built_site):
    index = _index(built_site)
    # "(ABC News ¶3; Scroll.in ¶1)"; a bracket that also says who or via whom stays.
    bracketed = re.compile(r"\((?:[^()¶;,]+¶\d+(?:; )?)+\)")
    assert not [loc for loc, text in index.items() if bracketed.search(text)]
    learn = built_site.html("learn/")
    answers = re.findall(r"<details\b[^>]*>(.*?)</details>", learn, re.S)
    assert answers
    learn_index = " ".join(" ".join(t.split()) for loc, t in index.items() if loc.startswith("learn/"))
    for answer in answers:
        body = re.sub(r"<summary>.*?</summary>", "", answer, flags=re.S)
        first_words = " ".join(_text(body).split()[:8])
        assert first_words and first_words not in learn_index, first_words
    # The questions themselves stay searchable (their headings are section titles).
    assert len([loc for loc in index if loc.startswith("learn/#")]) >= len(answers)
