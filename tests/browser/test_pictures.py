"""The timeline in a real browser: readable lines on a phone, told apart without colour, linked."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Each line's box, the text size of its words, its label and its marker's shape.
MEASURE = """() => [...document.querySelectorAll('ol.timeline > li.timeline-event')].map(li => {
  const box = li.getBoundingClientRect();
  const marker = getComputedStyle(li, '::before');
  return {
    kind: li.classList.contains('timeline-event--context') ? 'context' : 'article',
    left: box.left, right: box.right, width: box.width,
    font: parseFloat(getComputedStyle(li.querySelector('.timeline-what')).fontSize),
    label: li.querySelector('.timeline-kind').textContent,
    date: li.querySelector('time').textContent,
    radius: marker.borderRadius,
  };
})"""


@pytest.mark.parametrize("width", [1280, 390])
def test_every_timeline_line_is_on_screen_and_readable(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site_url}strike/", wait_until="networkidle")
    lines = page.evaluate(MEASURE)
    assert len(lines) >= 10
    assert any("17 September 2016" in line["date"] for line in lines)
    for line in lines:
        assert line["left"] >= 0 and line["right"] <= width, line  # nothing off-screen, no sideways swipe
        assert line["font"] >= 12 and line["width"] > 200
    # The two kinds differ in their label and their marker's shape, not only in colour.
    article = next(line for line in lines if line["kind"] == "article")
    context = next(line for line in lines if line["kind"] == "context")
    assert article["label"] != context["label"]
    assert article["radius"] != context["radius"]


def test_a_timeline_source_link_takes_the_keyboard_to_its_paragraph(page, site_url):
    page.goto(f"{site_url}strike/", wait_until="networkidle")
    link = page.locator("ol.timeline .timeline-source a[href*='sources/']").first
    href = link.get_attribute("href")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/{href.split('/', 1)[1]}")
    anchor = href.split("#")[1]
    assert page.locator(f"#{anchor}").is_visible()
