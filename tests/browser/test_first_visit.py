"""The first-visit weights that tests/test_page_weight.py checks are what Chromium really fetches."""

from __future__ import annotations

import contextlib
import re
from urllib.parse import urljoin, urlsplit

import pytest

from page_weight import gz, page_weights

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("name", ["", "claims/", "glossary/", "handout/"])
def test_the_counted_first_visit_is_what_the_browser_fetches(browser, built_site, site_url, name):
    expected = next(w for w in page_weights(built_site.site) if w.page == name)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    fetched: dict[str, int] = {}

    def record(response) -> None:
        # A response the page dropped before it arrived whole has no body.
        with contextlib.suppress(Exception):
            fetched[response.url] = gz(response.body())

    context.on("response", record)
    page = context.new_page()
    page.goto(site_url + name, wait_until="networkidle")
    page.wait_for_timeout(500)  # the worker and the index come after the bundle runs
    context.close()
    assert all(url.startswith(site_url) for url in fetched), list(fetched)
    assert (site_url + "search/search_index.json" in fetched) == bool(expected.search)
    # Headless Chromium asks for the page's icon only sometimes; the count always includes it.
    html = built_site.html(name)
    icon = re.search(r'<link rel="icon" href="([^"]+)"', html)
    assert icon
    icon_url = urljoin(site_url + name, icon.group(1))
    if icon_url not in fetched:
        fetched[icon_url] = gz((built_site.site / urlsplit(icon_url).path.lstrip("/")).read_bytes())
    assert sum(fetched.values()) == expected.total, sorted(fetched)
