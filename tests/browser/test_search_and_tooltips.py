"""Search finds glossary entries by name, alias and spelling; tooltips work by mouse and keyboard."""

from __future__ import annotations

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

#: What a reader types -> the glossary entry it must find (among the first results).
SEARCHES = {
    "ISIS": "isil",
    "Daesh": "isil",
    "Islamic State": "isil",
    "Deir ez-Zor": "deir-ez-zor",
    "Deir Ezzour": "deir-ez-zor",
    "Deir al-Zour": "deir-ez-zor",
    "A-10": "a-10",
    "F-16": "f-16",
    "F16": "f-16",
    "SOHR": "sohr",
    "Central Command": "centcom",
    "Konashenkov": "konashenkov",
}


#: Questions readers type in words the articles do not use -> sections that answer them.
READER_QUESTIONS = {
    "casualties": {"claims/#casualties"},
    "death toll": {"claims/#casualties", "learn/#second-toll", "learn/#numbers-that-disagree"},
    "killed": {"claims/#casualties"},
    "investigation": {"learn/#what-was-learned-later", "glossary/#us-investigation"},
    "Churkin": {"strike/#what-followed"},
    "Samantha Power": {"strike/#what-followed"},
    "UN Security Council": {"strike/#what-followed", "glossary/#un-security-council"},
    "ceasefire": {"claims/#ceasefire", "glossary/#cessation-of-hostilities", "background/#the-plan"},
    "cease-fire": {"claims/#ceasefire", "glossary/#cessation-of-hostilities", "background/#the-plan"},
    "truce": {"claims/#ceasefire", "glossary/#cessation-of-hostilities"},
    "Deir Ezzor": {"glossary/#deir-ez-zor"},
}


def search(page, query: str) -> list[str]:
    """Type ``query`` into Material's search and return the result links, best first."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=20)
    page.wait_for_function(
        "q => document.querySelector('.md-search-result__meta')?.textContent && "
        "[...document.querySelectorAll('.md-search-result__item a')].length > 0",
        arg=query,
        timeout=10_000,
    )
    page.wait_for_timeout(300)  # let the last keystroke's results settle
    return page.locator(".md-search-result__item a").evaluate_all("els => els.map(e => e.href)")


@pytest.mark.parametrize("query", sorted(SEARCHES))
def test_search_finds_the_glossary_entry(page, site_url, query):
    page.goto(site_url, wait_until="networkidle")
    links = search(page, query)
    glossary_sections = [link for link in links if "/glossary/" in link and "#" in link]
    assert any(link.endswith(f"#{SEARCHES[query]}") for link in glossary_sections[:3]), links[:6]


@pytest.mark.parametrize("query", sorted(READER_QUESTIONS))
def test_search_answers_readers_questions(page, site_url, query):
    page.goto(site_url, wait_until="networkidle")
    # Result links carry the highlight query (?h=...); compare page and section only.
    links = [re.sub(r"\?[^#]*", "", link.removeprefix(site_url)) for link in search(page, query)]
    sections = [link for link in links if "#" in link]
    assert set(sections[:3]) & READER_QUESTIONS[query], links[:6]


def test_search_result_leads_to_the_entry_anchor(page, site_url):
    page.goto(site_url, wait_until="networkidle")
    search(page, "Daesh")
    page.locator(".md-search-result__item a[href$='#isil']").first.click()
    page.wait_for_url("**/glossary/**#isil")
    assert page.locator("#isil").is_visible()


def test_search_dialog_has_an_accessible_name(page, site_url):
    page.goto(site_url, wait_until="networkidle")
    assert page.locator(".md-search[role=dialog]").get_attribute("aria-label")


def test_tooltip_shows_on_hover_and_on_keyboard_focus(page, site_url):
    page.goto(f"{site_url}sources/003_9c4532b68ee2e999/", wait_until="networkidle")
    # A handle, not a locator: "[title]" stops matching while the tooltip shows.
    term = page.locator("article a.glossary-term[title]").first.element_handle()
    definition = term.get_attribute("title")
    term.hover()
    tooltip = page.locator(".md-tooltip2--active[role=tooltip]")
    tooltip.wait_for(state="visible")
    assert tooltip.inner_text() == definition
    # While it shows, it replaces the browser's own tooltip and describes the mark.
    assert term.get_attribute("title") is None
    assert term.get_attribute("aria-describedby") == tooltip.get_attribute("id")
    page.mouse.move(0, 0)
    tooltip.wait_for(state="detached")
    assert term.get_attribute("title") == definition  # the title is back
    page.locator("body").click(position={"x": 5, "y": 5})
    for _ in range(200):  # tab through the page until a glossary term has focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('glossary-term')"):
            break
    else:
        pytest.fail("no glossary term can be reached with the keyboard")
    tooltip.wait_for(state="visible")
    # Escape hides it (WCAG 1.4.13), focus moving on hides it too.
    page.keyboard.press("Escape")
    tooltip.wait_for(state="detached")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    tooltip.wait_for(state="visible")
    # The mark is a link to the term's glossary entry.
    href = page.evaluate("document.activeElement.getAttribute('href')")
    assert "glossary/#" in href
    page.keyboard.press("Enter")
    page.wait_for_url("**/glossary/**")


def test_tooltip_stays_inside_a_phone_screen(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{site_url}claims/", wait_until="networkidle")
    marks = page.locator("article a.glossary-term[title]")
    assert marks.count() > 5
    for index in (0, marks.count() // 2, marks.count() - 1):
        mark = marks.nth(index).element_handle()
        mark.scroll_into_view_if_needed()
        mark.focus()
        inner = page.locator(".md-tooltip2--active .md-tooltip2__inner")
        inner.wait_for(state="visible")
        box, host = inner.bounding_box(), mark.bounding_box()
        assert box and host and box["x"] >= 0 and box["x"] + box["width"] <= 390, box
        assert box["y"] >= host["y"] + host["height"] - 1  # below its mark, not over it
        page.keyboard.press("Escape")
    context.close()


def test_no_tooltip_work_per_element_as_a_page_opens(page, site_url):
    """Tooltips cost nothing on load: no listener on any element with a title; the document handles them all."""
    page.goto(f"{site_url}claims/", wait_until="networkidle")
    assert page.locator("article a.glossary-term[title]").count() > 20
    assert page.locator(".md-tooltip2").count() == 0
    cdp = page.context.new_cdp_session(page)

    def listeners(object_id: str) -> list[str]:
        found = cdp.send("DOMDebugger.getEventListeners", {"objectId": object_id})["listeners"]
        return [item["type"] for item in found]

    titled = cdp.send("Runtime.evaluate", {"expression": "[...document.querySelectorAll('[title]')]"})["result"]
    items = cdp.send("Runtime.getProperties", {"objectId": titled["objectId"], "ownProperties": True})["result"]
    elements = [item["value"]["objectId"] for item in items if item["name"].isdigit()]
    assert len(elements) > 20
    assert [kinds for kinds in map(listeners, elements) if kinds] == []
    document = cdp.send("Runtime.evaluate", {"expression": "document"})["result"]
    assert {"mouseover", "focusin"} <= set(listeners(document["objectId"]))
