"""The explainer pages, built for real: content, provenance, voice, and a third article."""

from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser

import pytest
import yaml

from seedpress.corpus import load_corpus
from support import ROOT, article_html, plain_text, run_build

pytestmark = pytest.mark.slow

EXPLAINER_PAGES = ["", "background/", "strike/", "claims/", "compare/", "glossary/"]
#: Pages written in the site's own voice (glossary and compare discuss the words themselves).
VOICE_PAGES = ["", "background/", "strike/", "claims/", "sources/", "brief/"]
#: A loaded word in the site's own words, unless the site is naming the word itself ("regime").
LOADED_WORDS = re.compile(r"(?<![\"\u201c\u2018'])\bregimes?\b(?![\"\u201d\u2019'])", re.IGNORECASE)


class OutsideQuotes(HTMLParser):
    """Text of a page that is not inside a ``data-seed`` element (the site's own words)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth: list[bool] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in {"br", "img", "hr", "input", "meta", "link", "wbr"}:
            return
        inside = bool(self.depth and self.depth[-1]) or "data-seed" in dict(attrs)
        self.depth.append(inside)

    def handle_endtag(self, tag):
        if self.depth:
            self.depth.pop()

    def handle_data(self, data):
        if not (self.depth and self.depth[-1]):
            self.text.append(data)


def own_words(html: str) -> str:
    parser = OutsideQuotes()
    parser.feed(article_html(html))
    return "".join(parser.text)


@pytest.mark.parametrize("page", EXPLAINER_PAGES)
def test_explainer_page_is_built_with_quotations_that_carry_provenance(built_site, page):
    html = article_html(built_site.html(page))
    assert "<h1" in html
    if page != "glossary/":
        assert html.count("data-seed=") >= 3, page


def test_home_page_shows_key_figures_with_claimants(built_site):
    html = article_html(built_site.html(""))
    assert "seedpress:" not in html  # every marker was filled
    assert "People killed:" in html and "People wounded:" in html
    assert "Syrian Observatory for Human Rights" in html and "83" in html
    assert "Russian Defense Ministry" in html


@pytest.mark.parametrize("page", VOICE_PAGES)
def test_loaded_labels_appear_only_inside_quotations(built_site, page):
    words = own_words(built_site.html(page))
    assert not LOADED_WORDS.findall(words), page


def test_strike_page_has_a_timeline_with_resolved_dates(built_site):
    assert 'id="timeline"' in built_site.html("strike/")
    text = plain_text(built_site.html("strike/"))
    assert "12 September 2016" in text  # "Monday", counted from the inferred date
    assert "10 September 2016" in text  # "September 10"


def test_claims_page_has_questions_parties_families_figures_and_the_rest(built_site):
    html = article_html(built_site.html("claims/"))
    questions = yaml.safe_load((ROOT / "editorial" / "questions.yml").read_text(encoding="utf-8"))
    for question in questions:
        assert f'id="{question["id"]}"' in html
    text = plain_text(built_site.html("claims/"))
    for party in ["United States and the coalition", "Russia", "Monitoring groups"]:
        assert party in text
    assert "target location error" in text and "erroneous coordinates of targets" in text  # the word diff
    assert "figures differ" in text
    assert 'id="other-statements"' in html


def test_glossary_has_35_entries_with_anchors_aliases_sources_and_mentions(built_site):
    html = article_html(built_site.html("glossary/"))
    data = yaml.safe_load((ROOT / "editorial" / "glossary.yml").read_text(encoding="utf-8"))
    entries = data["entries"]
    assert len(entries) >= 35
    for entry in entries:
        assert f'id="{entry["id"]}"' in html, entry["id"]
    assert html.count("Mentioned in:") == len(entries)
    assert "Deir Ezzour" in html and "Daesh" in html
    assert html.count("sources/003_9c4532b68ee2e999/#p") > 5


def test_tooltips_appear_on_source_pages_without_changing_the_words(built_site):
    html = article_html(built_site.html("sources/003_9c4532b68ee2e999/"))
    marks = re.findall(
        r'<a class="glossary-term" href="../../glossary/#([a-z0-9-]+)" title="([^"]+)">([^<]+)</a>', html
    )
    assert ("Deir Ezzour" in [word for _, _, word in marks]) and len(marks) > 10
    assert 'id="p2"' in html  # anchors stay


GLOSSARY_MARK = re.compile(r'<a class="glossary-term" href="[^"]*#([a-z0-9-]+)"')


def test_glossary_marks_once_per_term_per_section_never_in_headings(built_site):
    pages = [p for p in built_site.pages() if p not in ("handout/", "learn/handout/")]
    assert "strike/" in pages and "claims/" in pages
    for page in pages:
        html = article_html(built_site.html(page))
        assert "<abbr" not in html, page  # every mark is either kept as a link or unwrapped
        for heading in re.findall(r"<(h[1-6]|th)\b[^>]*>(.*?)</\1>", html, re.DOTALL):
            assert "glossary-term" not in heading[1], (page, heading)
        for section in re.split(r"<h2[ >]", html):
            entries = GLOSSARY_MARK.findall(section)
            assert len(entries) == len(set(entries)), page
    # The glossary page defines the terms: no marks there at all.
    assert "glossary-term" not in article_html(built_site.html("glossary/"))
    # A term that the strike page uses in several sections is marked in each of them.
    strike = article_html(built_site.html("strike/"))
    assert sum("#syria" in GLOSSARY_MARK.sub(r"#\1", s) for s in re.split(r"<h2[ >]", strike)) > 1


def test_data_export_is_published(built_site):
    for name in ["quotations.json", "figures.json", "statements.json", "dates.json"]:
        assert (built_site.site / "data" / name).stat().st_size > 100


# ---------------------------------------------------------------------------
# Editorial data that no longer matches the articles
# ---------------------------------------------------------------------------


def test_selector_that_matches_nothing_fails_the_build_naming_it(project_copy):
    pages = project_copy / "editorial" / "pages.yml"
    text = pages.read_text(encoding="utf-8")
    pages.write_text(text.replace("went into effect Monday", "went into effect Tuesday"), encoding="utf-8")
    result = run_build(project_copy)
    assert result.returncode != 0
    assert "editorial/pages.yml: background.sections[0].points[1].cite[0]" in result.output
    assert "is not in seeds/000_1e9434ab0af3831d.txt" in result.output
    assert "Traceback" not in result.output


def test_selector_that_matches_twice_fails_the_build(project_copy):
    pages = project_copy / "editorial" / "pages.yml"
    text = pages.read_text(encoding="utf-8")
    pages.write_text(
        text.replace('quote: "cease-fire that went into effect Monday"', 'quote: "cease-fire"'), encoding="utf-8"
    )
    result = run_build(project_copy)
    assert result.returncode != 0
    assert "matches 3 places (paragraph 11, paragraph 12, paragraph 12); quote more words" in result.output


# ---------------------------------------------------------------------------
# A third article flows into every page
# ---------------------------------------------------------------------------

THIRD_ARTICLE = """\
Coalition Strike Near Deir ez-Zor Airport Tests Fragile Truce

Syrian state television said on Sunday that the death toll from the coalition air raid had risen.

Syrian state media said 90 soldiers were killed in the raid near the airport. "This was a deliberate act of aggression against our forces," a Syrian military source told the state news agency.

A Pentagon spokesman said the coalition had tracked the vehicles for days and would review the strike. The ceasefire, which began on Monday, remains in force, he said.
"""


def test_a_third_article_appears_on_every_page(project_copy):
    (project_copy / "seeds" / "010_third_article.txt").write_text(THIRD_ARTICLE, encoding="utf-8")
    with (project_copy / "seeds" / "sources.yml").open("a", encoding="utf-8") as handle:
        handle.write(
            "\n010_third_article:\n"
            "  outlet: {value: Test Wire, basis: publisher}\n"
            "  published: {value: 2016-09-18, basis: stated}\n"
        )
    result = run_build(project_copy)
    assert result.returncode == 0, result.output
    link = "sources/010_third_article/#p"
    # "What the articles say" of background and strike is a page of its own, linked from each.
    for page in ["sources/", "more/background-sentences/", "strike/", "claims/", "compare/", "glossary/"]:
        html = article_html(result.html(page))
        assert "010_third_article" in html, page
    assert link in article_html(result.html("more/background-sentences/"))  # the ceasefire sentence
    assert "../more/background-sentences/" in article_html(result.html("background/"))
    strike = plain_text(result.html("strike/"))
    assert "12 September 2016" in strike and "Test Wire" in strike
    claims = plain_text(result.html("claims/"))
    assert "deliberate act of aggression" in claims
    assert "90 soldiers" in claims  # in the figure table
    assert "Test Wire" in plain_text(result.html("compare/"))


# ---------------------------------------------------------------------------
# Many articles: pages continue on extra pages instead of growing without bound
# ---------------------------------------------------------------------------


def test_forty_articles_page_onto_continuation_pages_and_leave_the_navigation(project_copy):
    original = (project_copy / "seeds" / "000_1e9434ab0af3831d.txt").read_text(encoding="utf-8")
    for n in range(40):
        text = original.replace("killing 62", f"killing {62 + n}").replace("Russia Says", f"Report {n}: Russia Says")
        (project_copy / "seeds" / f"500_copy_{n:02d}.txt").write_text(text, encoding="utf-8")
    result = run_build(project_copy)
    assert result.returncode == 0, result.output
    more = sorted(p.parent.name for p in (result.site / "more").glob("*/index.html"))
    assert any(name.startswith("background-sentences-") for name in more)
    assert any(name.startswith("claims-figures-") for name in more)
    sentences = article_html(result.html("more/background-sentences/"))
    assert "More articles:" in sentences and 'href="../background-sentences-2/"' in sentences
    # Every article still has its page, reachable from the Sources index, but the
    # navigation (repeated on every page) no longer lists 42 articles.
    home = result.html("")
    assert home.count("sources/500_copy_") < 10  # a few citations, no navigation entries
    assert 'href="500_copy_39/"' in result.html("sources/")
    assert "provenance check passed" in result.output


def test_tooltips_change_no_heading_anchor(built_site, project_copy):
    (project_copy / "editorial" / "glossary.yml").write_text("entries: []\n", encoding="utf-8")
    bare = run_build(project_copy)
    assert bare.returncode == 0, bare.output
    for page in ["background/", "strike/", "claims/", "compare/", "sources/000_1e9434ab0af3831d/"]:
        with_tips = re.findall(r'<h[1-6][^>]* id="([^"]+)"', built_site.html(page))
        without = re.findall(r'<h[1-6][^>]* id="([^"]+)"', bare.html(page))
        assert with_tips == without, page
        assert "glossary-term" in built_site.html(page) and "glossary-term" not in article_html(bare.html(page))


# ---------------------------------------------------------------------------
# Pictures
# ---------------------------------------------------------------------------


def test_pictures_are_accessible_svg_with_a_text_equivalent(built_site):
    for page, picture in [("claims/", "figures-chart"), ("learn/", "chains-chart")]:
        html = article_html(built_site.html(page))
        figure = html[html.index(f'id="{picture}"') : html.index("</figure>", html.index(f'id="{picture}"'))]
        assert 'role="img"' in figure and f'aria-labelledby="{picture}-title {picture}-desc"' in figure
        assert "<title" in figure and "<desc" in figure and "<figcaption>" in figure
    chains = article_html(built_site.html("learn/"))
    assert "a Russian military official → The Wall Street Journal → Scroll.in" in chains


def test_figures_chart_is_drawn_from_the_articles(project_copy):
    (project_copy / "seeds" / "zz_new.txt").write_text(
        "Toll Rises After Strike\n\nA monitoring group said 97 soldiers were killed in the raid.\n", encoding="utf-8"
    )
    result = run_build(project_copy)
    assert result.returncode == 0, result.output
    html = article_html(result.html("claims/"))
    desc = html_lib.unescape(html[html.index('id="figures-chart-desc"') :].split("</desc>")[0])
    assert "Killed: 97 soldiers according to A monitoring group (“Toll Rises After Strike”)" in desc
    assert ">97<" in html_lib.unescape(html)  # the bar's value label


def test_evidence_cut_from_inside_a_sentence_shows_that_the_words_go_on(built_site):
    """An editorial excerpt that starts or ends mid-sentence is marked; its text stays verbatim."""
    page = built_site.html("claims/")
    marked = re.findall(r'<q class="(cut-[^"]+)" data-seed="([^"]+)" data-para="(\d+)">(.*?)</q>', page)
    assert marked, "no excerpt is cut from inside a sentence on the claims page"
    css = (ROOT / "docs" / "stylesheets" / "site.css").read_text(encoding="utf-8")
    assert "q.cut-start::before" in css and "q.cut-end::after" in css
    corpus = load_corpus(ROOT / "seeds", "seeds")
    for classes, seed, para, inner in marked:
        text = " ".join(html_lib.unescape(re.sub(r"<[^>]+>", "", inner)).split())
        paragraph = " ".join(corpus.article(seed).paragraph(int(para)).text.split())
        at = paragraph.find(text)
        assert at >= 0, text
        before, after = paragraph[:at].rstrip(), paragraph[at + len(text) :].lstrip()
        assert before or "cut-start" not in classes, text
        if "cut-start" in classes:
            assert before[-1] not in ".!?;:", text
        if "cut-end" in classes:
            assert after and after[0] not in ".!?;:", text
