"""A reader in a real browser: pages load, citations land, nothing leaves the site."""

from __future__ import annotations

import pytest

from support import SEED_FILES

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PAGES = ["", "sources/", *[f"sources/{p.stem}/" for p in SEED_FILES]]


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_without_errors_or_requests_to_other_hosts(page, page_log, site_url, path):
    response = page.goto(site_url + path, wait_until="networkidle")
    assert response is not None and response.ok
    assert page.locator("h1").first.is_visible()
    assert page_log.console_errors == []
    assert page_log.external_requests == []
    assert page.evaluate("document.documentElement.lang") == "en"


def test_paragraph_link_scrolls_to_and_highlights_the_paragraph(page, site_url):
    stem = SEED_FILES[0].stem
    page.goto(f"{site_url}sources/{stem}/#p8", wait_until="networkidle")
    target = page.locator("#p8")
    assert target.get_attribute("data-para") == "8"
    assert target.is_visible()
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]
    outline = target.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline == "solid"  # the :target highlight


def test_dark_mode_toggle_switches_the_colour_scheme(page, site_url):
    page.goto(site_url, wait_until="networkidle")
    before = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    after = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert {before, after} == {"default", "slate"}
