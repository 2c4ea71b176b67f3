"""Every page on a 390 px phone and a 1280 px desktop: nothing needs a sideways swipe, text is legible."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

#: Smallest rendered text in the pictures (CSS px): on a phone, and on a desktop.
MIN_PICTURE_TEXT = {390: 12, 1280: 14}

# Elements whose box passes the viewport's edges. Not counted: anything inside a
# code block (which may scroll on purpose; none today), the closed navigation
# drawer (off-canvas until opened), hidden, fixed, or cut off
# by an ancestor that clips its overflow and itself fits (as the visually hidden
# table header on a phone). An ancestor that scrolls sideways does not excuse it:
# that is the swipe this test is about.
OVERFLOWING = """(width) => {
  const clippedWithin = (el) => {
    for (let up = el.parentElement; up; up = up.parentElement) {
      const overflow = getComputedStyle(up).overflowX;
      if (overflow === 'hidden' || overflow === 'clip') {
        const box = up.getBoundingClientRect();
        return box.right <= width + 0.5 && box.left >= -0.5;
      }
    }
    return false;
  };
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('pre, .md-sidebar, .md-search, .md-tooltip2, [hidden]')) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.position === 'fixed') continue;
    if ((box.right > width + 0.5 || box.left < -0.5) && !clippedWithin(el)) {
      out.push(`${el.tagName.toLowerCase()} [${Math.round(box.left)}, ${Math.round(box.right)}] `
               + (el.textContent || '').trim().slice(0, 40));
    }
  }
  return out;
}"""

# The rendered size of each shown text in each picture: the font size times the SVG's scale.
PICTURE_TEXT = """() => [...document.querySelectorAll('.picture-figure svg text')]
  .filter(t => getComputedStyle(t).display !== 'none').map(t => {
  const svg = t.ownerSVGElement;
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return {picture: svg.closest('figure').id, text: t.textContent,
          px: parseFloat(getComputedStyle(t).fontSize) * scale};
})"""


@pytest.fixture(scope="module")
def pages(built_site) -> list[str]:
    found = built_site.pages()
    assert {"", "strike/", "claims/", "glossary/", "sources/"} <= set(found)
    return found


@pytest.mark.parametrize("width", [390, 1280])
def test_no_page_needs_a_sideways_swipe(page, site_url, pages, width):
    page.set_viewport_size({"width": width, "height": 800})
    problems = {}
    for path in pages:
        page.goto(f"{site_url}{path}", wait_until="load")
        scroll = page.evaluate("document.documentElement.scrollWidth")
        over = page.evaluate(OVERFLOWING, width)
        if scroll > width or over:
            problems[path or "/"] = (scroll, over[:5])
    assert not problems, problems


@pytest.mark.parametrize("width", sorted(MIN_PICTURE_TEXT))
def test_picture_text_is_legible(page, site_url, pages, width):
    page.set_viewport_size({"width": width, "height": 800})
    small = []
    measured = 0
    for path in pages:
        page.goto(f"{site_url}{path}", wait_until="load")
        for text in page.evaluate(PICTURE_TEXT):
            measured += 1
            if text["px"] < MIN_PICTURE_TEXT[width] - 0.05:
                small.append((path, text["picture"], text["text"], round(text["px"], 1)))
    assert measured > 20  # the map, the casualty chart and the chains chart were measured
    assert not small, small[:10]
