"""A long article is summarised where a list would grow with its length, as long lists of articles are.

An article that names the same term, source or figure in every paragraph would
otherwise add a link per paragraph to the glossary, the comparison tables and
the figure table: megabytes of links no reader follows, which also cost more to
build than the rest of the site. Each such list shows its first entries and
counts the rest; the article's own page still has every paragraph.
"""

from __future__ import annotations

import re

import pytest

from seedpress.pages.compare_page import MAX_LINKS
from seedpress.pages.figures import MAX_FIGURES_SHOWN
from seedpress.pages.glossary_page import MAX_PARAGRAPHS_LISTED
from seedpress.site import build_site
from support import copy_project

PARAGRAPHS = 60
STEM = "zz_long"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("long"))
    body = [
        f"Officials in Deir ez-Zor said on Monday that at least {20 + n} soldiers were killed, "
        f"the Defence Ministry spokesman Igor Konashenkov told reporters in paragraph {n}."
        for n in range(PARAGRAPHS)
    ]
    text = "\n\n".join(["A long report from the city", *body]) + "\n"
    (project / "seeds" / f"{STEM}.txt").write_text(text, encoding="utf-8")
    return build_site(project)


def _links_to(markdown: str, stem: str) -> list[str]:
    return re.findall(rf"\]\([^)]*sources/{re.escape(stem)}\.md#p(\d+)\)", markdown)


def test_glossary_lists_a_few_paragraphs_of_a_long_article_and_counts_the_rest(site):
    entry = site.pages["glossary.md"].split("{ #deir-ez-zor ")[1].split("\n### ")[0]
    links = _links_to(entry, STEM)
    assert links == [str(n) for n in range(2, 2 + MAX_PARAGRAPHS_LISTED)]
    assert f"and {PARAGRAPHS - MAX_PARAGRAPHS_LISTED} more paragraphs of that article" in entry


def test_whom_an_article_relies_on_links_a_few_paragraphs_per_source(site):
    compare = "\n".join(page for uri, page in site.pages.items() if uri.startswith(("compare", "more/compare")))
    rows = [line for line in compare.splitlines() if line.startswith("| ") and len(_links_to(line, STEM)) > 1]
    assert rows, "no row of the reliance table cites the long article"
    for row in rows:
        assert len(_links_to(row, STEM)) <= MAX_LINKS, row
    assert any(re.search(r" and \d+ more \|", row) for row in rows)


def test_the_figure_table_shows_a_few_figures_per_line(site):
    claims = site.pages["claims.md"]
    lines = [line for line in claims.splitlines() if line.startswith("| Killed") and STEM in line]
    assert lines, "the long article's figures are not in the table"
    for line in lines:
        assert line.count(f'data-seed="{STEM}"') <= MAX_FIGURES_SHOWN, line
    assert any("more in the article" in line for line in lines)


def test_the_articles_own_page_keeps_every_paragraph(site):
    page = site.pages[f"sources/{STEM}.md"]
    assert len(re.findall(rf'data-seed="{STEM}" data-para="\d+"', page)) == PARAGRAPHS + 1
