"""A reader in a real browser: pages load, citations land, nothing leaves the site."""

from __future__ import annotations

import pytest

from support import SEED_FILES

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_every_page_loads_without_errors_or_requests_to_other_hosts(page, page_log, built_site, site_url):
    pages = [
        "" if p.parent == built_site.site else p.parent.relative_to(built_site.site).as_posix() + "/"
        for p in sorted(built_site.site.rglob("index.html"))
    ]
    assert len(pages) >= 10
    for path in pages:
        response = page.goto(site_url + path, wait_until="networkidle")
        assert response is not None and response.ok, path
        assert page.locator("article h1").first.is_visible(), path
        assert page.evaluate("document.documentElement.lang") == "en"
    assert page_log.console_errors == []
    assert page_log.external_requests == []
    assert len(page_log.requests) > len(pages)  # the log did record the page loads


def test_print_layout_hides_navigation_and_shows_outside_link_targets(page, site_url):
    stem = SEED_FILES[0].stem
    page.goto(f"{site_url}sources/{stem}/", wait_until="networkidle")
    page.emulate_media(media="print")
    assert not page.locator(".md-sidebar--primary").is_visible()
    assert not page.locator(".md-header").is_visible()
    external = page.locator("article a[href^='http']").first
    shown = external.evaluate("a => getComputedStyle(a, '::after').content")
    assert external.get_attribute("href") in shown


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


def _scheme_and_color_scheme_tag(page) -> tuple[str, str]:
    """The body's colour scheme and the head's color-scheme tag."""
    return page.evaluate(
        """() => [document.body.getAttribute("data-md-color-scheme"),
                  document.querySelector('meta[name="color-scheme"]')?.content ?? ""]"""
    )


@pytest.mark.parametrize("system", ["light", "dark"])
def test_colour_toggle_follows_the_system_then_the_reader_on_every_page(browser, site_url, system):
    # A first visit follows the system's preference; the reader's choice (by click or
    # by the arrow keys of the focused option) is kept on the next page; the head
    # tells the browser the page's colour scheme.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=system)
    page = context.new_page()
    page.goto(site_url, wait_until="load")
    first, first_tag = ("slate", "dark") if system == "dark" else ("default", "light")
    other, other_tag = ("default", "light") if system == "dark" else ("slate", "dark")
    assert _scheme_and_color_scheme_tag(page) == [first, first_tag]
    page.locator("label.md-header__button[for^='__palette']:visible").click()
    assert _scheme_and_color_scheme_tag(page) == [other, other_tag]
    assert page.locator("label.md-header__button[for^='__palette']:visible").count() == 1
    page.goto(f"{site_url}glossary/", wait_until="load")
    assert _scheme_and_color_scheme_tag(page) == [other, other_tag]
    page.locator("input.md-option:checked").focus()
    page.keyboard.press("ArrowRight")
    assert _scheme_and_color_scheme_tag(page) == [first, first_tag]
    page.goto(f"{site_url}claims/", wait_until="load")
    assert _scheme_and_color_scheme_tag(page)[0] == first
    assert page.locator("label.md-header__button[for^='__palette']:visible").get_attribute("title") == (
        "Switch to light mode" if system == "dark" else "Switch to dark mode"
    )
    context.close()


def test_printable_handout_loads_no_search_index_and_shows_no_dead_search_button(page, page_log, site_url):
    page.goto(f"{site_url}handout/", wait_until="networkidle")
    assert not any("search_index.json" in url or "/workers/search" in url for url in page_log.requests)
    assert page.locator(".md-header__button[for='__search']").count() == 1
    assert not page.locator(".md-header__button[for='__search']").is_visible()
    page.set_viewport_size({"width": 390, "height": 800})  # the button Material shows on phones
    assert not page.locator(".md-header__button[for='__search']").is_visible()
    # Other pages keep search. The index is fetched once search has started, which on
    # a busy machine can come after the network went quiet: wait for the request itself.
    with page.expect_request(lambda request: "search_index.json" in request.url, timeout=30_000):
        page.goto(f"{site_url}glossary/", wait_until="load")
