"""The offline classroom copy works opened from disk (file://), search included, with no network."""

from __future__ import annotations

import pytest

from support import copy_project, run_build

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("offline"))
    result = run_build(project, offline=True)
    assert result.returncode == 0, result.output
    return result.site


def test_offline_copy_loads_no_script_from_another_host(offline_site):
    for page in offline_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "unpkg.com" not in html and '<script src="http' not in html, page


def test_offline_copy_searches_from_file_url(page, page_log, offline_site):
    page.goto((offline_site / "index.html").as_uri(), wait_until="load")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("Daesh", delay=20)
    result = page.locator(".md-search-result__item a[href*='glossary.html'][href$='#isil']").first
    result.wait_for(state="attached", timeout=15_000)
    result.click()
    page.wait_for_url("**/glossary.html?h=*#isil")
    assert page.locator("#isil").is_visible()
    assert page_log.external_requests == []
    assert page_log.console_errors == []


def test_offline_copy_citation_links_open_the_paragraph(page, offline_site):
    page.goto((offline_site / "strike.html").as_uri(), wait_until="load")
    link = page.locator("article a[href*='sources/'][href*='#p']").first
    anchor = link.get_attribute("href").split("#", 1)[1]
    link.click()
    page.wait_for_url(f"**/sources/*.html#{anchor}")
    assert page.locator(f"#{anchor}").is_visible()
