"""WCAG 2.2 AA in a real browser: zero axe-core violations on every page, both colour schemes.

axe-core comes from the axe-playwright-python package (shipped inside it, not
downloaded at run time).
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.browser, pytest.mark.slow]

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def site_pages(built_site) -> list[str]:
    """Every page of the built site, as a path relative to the site root."""
    pages = []
    for path in sorted(built_site.site.rglob("index.html")):
        relative = path.parent.relative_to(built_site.site).as_posix()
        pages.append("" if relative == "." else f"{relative}/")
    return pages


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_has_zero_axe_violations(browser, built_site, site_url, scheme):
    axe = Axe()
    report = []
    pages = site_pages(built_site)
    assert len(pages) >= 3
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    for path in pages:
        page.goto(site_url + path, wait_until="networkidle")
        shown = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        assert shown == ("slate" if scheme == "dark" else "default")
        result = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        for violation in result.response["violations"]:
            targets = [node["target"] for node in violation["nodes"][:3]]
            report.append(f"/{path}: {violation['id']} ({violation['impact']}): {targets}")
    context.close()
    assert report == [], "\n".join(report)
