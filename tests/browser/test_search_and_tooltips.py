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
    term = page.locator("article a.glossary-term[title]").first
    definition_start = term.get_attribute("title")[:20]
    term.hover()
    tooltip = page.locator(".md-tooltip2--active")
    tooltip.wait_for(state="visible")
    assert definition_start in tooltip.inner_text()
    page.mouse.move(0, 0)
    page.locator("body").click(position={"x": 5, "y": 5})
    for _ in range(200):  # tab through the page until a glossary term has focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('glossary-term')"):
            break
    else:
        pytest.fail("no glossary term can be reached with the keyboard")
    page.locator(".md-tooltip2--active").wait_for(state="visible")
    # The mark is a link to the term's glossary entry.
    href = page.evaluate("document.activeElement.getAttribute('href')")
    assert "glossary/#" in href
    page.keyboard.press("Enter")
    page.wait_for_url("**/glossary/**")
