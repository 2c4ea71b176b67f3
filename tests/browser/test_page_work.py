"""Opening a page styles each element about once (issue 16): no script restyles the whole page as it opens.

Counted, not timed: Chromium's trace says how many elements each style pass
recalculated (``UpdateLayoutTree``'s ``elementCount``). A page's first style
passes cover every element once; a script that changes something every element
inherits (the colour scheme, the page's color-scheme tag) makes another pass
over all of them, work that grows with the page and falls inside the long task
of the script (Material's palette component did this twice on every page).
"""

from __future__ import annotations

import json

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

#: A second pass over every element would make this 2 or more.
MAX_STYLED_PER_ELEMENT = 1.6


def elements_styled(trace: bytes, url: str) -> int:
    """Elements whose style was recalculated on the renderer main thread that parsed ``url``."""
    events = json.loads(trace)["traceEvents"]
    parsers = {
        (e["pid"], e["tid"])
        for e in events
        if e.get("name") == "ParseHTML" and (e.get("args", {}).get("beginData") or {}).get("url") == url
    }
    assert len(parsers) == 1, parsers
    return sum(
        e["args"].get("elementCount", 0)
        for e in events
        if e.get("name") == "UpdateLayoutTree" and (e["pid"], e["tid"]) in parsers and e.get("ph") == "X"
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", ["", "claims/", "glossary/", "handout/"])
def test_opening_a_page_styles_each_element_about_once(browser, site_url, name, scheme):
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme=scheme)
    page = context.new_page()
    browser.start_tracing(page=page, categories=["devtools.timeline", "disabled-by-default-devtools.timeline"])
    page.goto(site_url + name, wait_until="load")
    page.wait_for_timeout(1000)  # Material's components mount after the load event
    trace = browser.stop_tracing()
    elements = page.evaluate("document.getElementsByTagName('*').length")
    shown = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    context.close()
    assert shown == ("slate" if scheme == "dark" else "default")
    assert elements > 150  # a whole page, header and navigation included
    styled = elements_styled(trace, site_url + name)
    assert elements * 0.9 <= styled <= elements * MAX_STYLED_PER_ELEMENT, (styled, elements)
