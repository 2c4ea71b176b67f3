"""The pictures in a real browser: the timeline's links sit on its marks and work from the keyboard."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Each link's centre and size, beside the centre of the drawn mark it belongs to
# (the drawing lists its marks in the same order as the links, legend last).
MEASURE = """() => {
  const links = [...document.querySelectorAll('#timeline-chart a.timeline-link')];
  const marks = [...document.querySelectorAll('#timeline-chart svg .picture-mark')];
  const centre = r => [r.x + r.width / 2, r.y + r.height / 2];
  return links.map((a, i) => {
    const link = a.getBoundingClientRect(), mark = marks[i].getBoundingClientRect();
    return {size: [link.width, link.height], link: centre(link), mark: centre(mark)};
  });
}"""


@pytest.mark.parametrize("width", [1280, 390])
def test_timeline_links_lie_on_their_marks_and_are_large_enough(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site_url}strike/", wait_until="networkidle")
    placed = page.evaluate(MEASURE)
    assert len(placed) >= 10
    for item in placed:
        assert min(item["size"]) >= 24  # WCAG 2.2 target size
        assert abs(item["link"][0] - item["mark"][0]) < 1.5 and abs(item["link"][1] - item["mark"][1]) < 1.5, item


def test_a_timeline_mark_takes_the_keyboard_to_its_paragraph(page, site_url):
    page.goto(f"{site_url}strike/", wait_until="networkidle")
    link = page.locator("#timeline-chart a.timeline-link[href*='sources/']").first
    href = link.get_attribute("href")
    link.focus()
    assert page.evaluate("document.activeElement.classList.contains('timeline-link')")
    outline = link.evaluate("a => getComputedStyle(a).outlineStyle")
    assert outline != "none"  # the focus is visible
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/{href.split('/', 1)[1]}")
    anchor = href.split("#")[1]
    assert page.locator(f"#{anchor}").is_visible()
