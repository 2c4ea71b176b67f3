"""Less main-thread work as a page opens on a phone (issue 16), checked on real builds.

Times are measured by `make bench` (``scripts/bench_pages.py``), not here; these
tests pin what keeps them down:

- Material's script carries V8's compile hint on its first line, and is
  otherwise Material's own file, so Chromium compiles it off the main thread;
- a page's navigation does not grow with the articles: the Sources section,
  which lists every article, is written only into the Sources pages (the index
  and the articles' own pages); elsewhere it is one link to the Sources index.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import material
import pytest

import phone_hooks
from support import BuildResult, copy_project, run_build

pytestmark = pytest.mark.slow

HINT = b"//# allFunctionsCalledOnLoad\n"
MATERIAL_SCRIPTS = Path(material.__file__).parent / "templates" / "assets" / "javascripts"

#: Short articles written for this test, so that the build has more than the seeds.
EXTRA_ARTICLES = {
    "zz_phone_a": (
        "Monitors revise the toll after the Deir ez-Zor raid\n\n"
        'A monitoring group said on Sunday that at least 70 soldiers died. "The number may rise," its director said.\n'
    ),
    "zz_phone_b": (
        "Coalition says review of the strike will take weeks\n\n"
        "A coalition spokesman said the review of the strike near Deir ez-Zor would take several weeks.\n"
    ),
    "zz_phone_c": (
        "Russia asks the Security Council to meet\n\n"
        "Russia's envoy asked the UN Security Council to meet on Saturday evening to discuss the strike.\n"
    ),
}
_PRIMARY_NAV = re.compile(
    r'<nav class="md-nav md-nav--primary".*?(?=<div class="md-sidebar md-sidebar--secondary")', re.S
)
_HREF = re.compile(r'href="([^"#]*)"')
_ARTICLE_PAGE = re.compile(r"/sources/([^/]+)/")


@pytest.fixture(scope="module")
def more_articles(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    project = copy_project(tmp_path_factory.mktemp("phone") / "project")
    for stem, text in EXTRA_ARTICLES.items():
        (project / "seeds" / f"{stem}.txt").write_text(text, encoding="utf-8")
    result = run_build(project)
    assert result.returncode == 0, result.output
    return result


def primary_nav(html: str) -> str:
    match = _PRIMARY_NAV.search(html)
    assert match, "no primary navigation"
    return match.group(0)


def articles_in_nav(html: str, page: str) -> set[str]:
    """The articles whose pages the primary navigation of ``page`` links to."""
    here = urljoin("http://site/", page)
    return {
        m.group(1)
        for href in _HREF.findall(primary_nav(html))
        if (m := _ARTICLE_PAGE.fullmatch(urlsplit(urljoin(here, href)).path))
    }


def nav_links(html: str) -> list[str]:
    """The pages the primary navigation links to (not the page's own sections)."""
    return [href for href in _HREF.findall(primary_nav(html)) if href]


def test_materials_script_carries_the_compile_hint_and_is_otherwise_unchanged(built_site):
    built = sorted((built_site.site / "assets" / "javascripts").glob("bundle.*.min.js"))
    assert len(built) == 1
    original = MATERIAL_SCRIPTS / built[0].name
    assert original.is_file(), original
    assert built[0].read_bytes() == HINT + original.read_bytes()
    # Every page runs that file (the hinted one, not another copy).
    for page in built_site.pages():
        assert f"assets/javascripts/{built[0].name}" in built_site.html(page), page


def test_the_hint_is_added_once(tmp_path):
    script = tmp_path / "bundle.x.min.js"
    script.write_bytes(b'"use strict";(()=>{})();\n')
    assert phone_hooks.add_compile_hint(script)
    assert not phone_hooks.add_compile_hint(script)
    assert script.read_bytes() == HINT + b'"use strict";(()=>{})();\n'


def test_navigation_lists_the_articles_only_on_the_sources_pages(built_site, more_articles):
    stems = {p.split("/")[1] for p in more_articles.pages() if re.fullmatch(r"sources/[^/]+/", p)}
    assert set(EXTRA_ARTICLES) <= stems
    for page in more_articles.pages():
        listed = articles_in_nav(more_articles.html(page), page)
        if page.startswith("sources/"):
            assert listed == stems, page
        else:
            assert listed == set(), (page, listed)
            # The Sources section is still there, as one link to the index that lists them all.
            assert re.search(
                r'<a href="(?:\.\./)*sources/" class="md-nav__link"', primary_nav(more_articles.html(page))
            )
    # Three more articles: a page outside Sources links the same pages from its navigation as before.
    for page in ("", "claims/", "glossary/"):
        assert nav_links(more_articles.html(page)) == nav_links(built_site.html(page)), page
