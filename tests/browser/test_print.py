"""Printing from Chromium: the teacher's brief and the handout on A4, as a teacher would print them."""

from __future__ import annotations

import functools
import http.server
import re
import threading
from pathlib import Path

import pytest

from support import copy_project, run_build

pytestmark = [pytest.mark.browser, pytest.mark.slow]

#: The brief prints on two to four A4 sheets; the handout on fewer than twenty.
BRIEF_PAGES = range(2, 5)
HANDOUT_MAX_PAGES = 19
# A page object in the PDF ("/Type /Page", not the "/Type /Pages" tree node).
_PDF_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")

THIRD_ARTICLE = """\
Strike Near Airport Leaves Truce in Doubt

Officials in Damascus said on Sunday that the raid near the airport had killed at least 40 soldiers.

"We will review what happened," a coalition spokesman said. The truce, which began on Monday, is still in force, according to the spokesman.
"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def a4_pages(page, url: str) -> int:
    """How many A4 sheets Chromium prints for ``url`` (its own print-to-PDF)."""
    page.goto(url, wait_until="networkidle")
    return len(_PDF_PAGE.findall(page.pdf(format="A4")))


def test_brief_prints_on_two_to_four_a4_pages_and_the_handout_on_fewer_than_twenty(page, site_url):
    assert a4_pages(page, f"{site_url}brief/") in BRIEF_PAGES
    assert a4_pages(page, f"{site_url}handout/") <= HANDOUT_MAX_PAGES


def test_printed_brief_shows_no_navigation_or_search_and_lists_each_address_once(page, site_url):
    page.goto(f"{site_url}brief/", wait_until="networkidle")
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"):
        assert not page.locator(chrome).first.is_visible(), chrome
    assert page.locator("input[name='query']").count() == 0
    after = "a => getComputedStyle(a, '::after').content"
    inline = page.locator("article .admonition a[href^='http']").first
    assert inline.evaluate(after) in ("none", "normal")  # no address after each link...
    listed = page.locator("article .addresses-once a[href^='http']").first
    assert listed.get_attribute("href") in listed.evaluate(after)  # ...but once, in the list


@pytest.mark.parametrize("with_metadata", [True, False], ids=["with-metadata", "without-metadata"])
def test_with_a_third_article_the_brief_and_handout_still_fit(browser, tmp_path: Path, with_metadata: bool):
    project = copy_project(tmp_path / "project")
    (project / "seeds" / "020_third.txt").write_text(THIRD_ARTICLE, encoding="utf-8")
    if with_metadata:
        with (project / "seeds" / "sources.yml").open("a", encoding="utf-8") as handle:
            handle.write("\n020_third:\n  outlet: {value: Example Wire, basis: publisher}\n")
            handle.write("  published: {value: 2016-09-18, basis: stated}\n")
    result = run_build(project)
    assert result.returncode == 0, result.output
    handler = functools.partial(_QuietHandler, directory=str(result.site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = browser.new_context()
    try:
        page = context.new_page()
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        assert a4_pages(page, f"{url}brief/") in BRIEF_PAGES
        assert a4_pages(page, f"{url}handout/") <= HANDOUT_MAX_PAGES
    finally:
        context.close()
        server.shutdown()
        server.server_close()
