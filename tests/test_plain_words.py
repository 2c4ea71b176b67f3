"""Reader pages speak plainly: no file names, selector syntax or build words; articles named as readers know them."""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

import pytest

from support import SEED_FILES, BuildResult, article_html, plain_text, run_build

pytestmark = pytest.mark.slow

#: Words of the build and its files that a reader must never meet.
BUILD_WORDS = re.compile(
    r"\.txt\b|seeds/|\.ya?ml\b|#p(?:\d+|N)\b|\bselectors?\b|computed from|\bgenerated\b|\bbuild\b|\bstems?\b"
    r"|file name|\.json\b|data-seed|\bsources\.yml\b|\bmeasure_|\bFigure: ",
    re.IGNORECASE,
)
#: Editorial text that counts the articles, and so goes stale when one is added.
ARTICLE_COUNTS = re.compile(r"\b(?:both|two|neither|either) (?:of the )?articles?\b", re.IGNORECASE)

THIRD_HEADLINE = "Airport Raid Draws Protest From Moscow"
THIRD_ARTICLE = f"""\
{THIRD_HEADLINE}

Russia's foreign ministry said on Sunday that the raid near Deir ez-Zor had killed at least 40 soldiers.

"We regret the loss of life," a coalition spokesman said, adding that the strike would be reviewed.
"""
NO_HEADLINE_ARTICLE = """\
Aircraft of the coalition struck positions near the airport, officials in Damascus said on Saturday, and the truce held.

A coalition spokesman said the strike would be reviewed.
"""


def visible_text(page_html: str) -> str:
    """Everything a reader can read on the page: body text, without scripts, styles and attributes."""
    body = page_html[page_html.index("<body") :]
    body = re.sub(r"<(script|style)\b[^>]*>.*?</\1>", " ", body, flags=re.DOTALL)
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def reader_pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in sorted(site.rglob("*.html"))}


def assert_plain(result: BuildResult, stems: list[str]) -> None:
    for name, page in reader_pages(result.site).items():
        text = visible_text(page)
        match = BUILD_WORDS.search(text)
        assert not match, (name, text[max(0, match.start() - 80) : match.end() + 40])
        assert not ARTICLE_COUNTS.search(text), (name, ARTICLE_COUNTS.search(text))
        for stem in stems:
            assert stem not in text, (name, stem)  # an article is never named by its file


def element_text(page_html: str, opening: str) -> str:
    """The text of the first element whose start tag begins with ``<opening``, tags (tooltips) removed."""
    tag = opening.split(maxsplit=1)[0]
    match = re.search(rf"<{re.escape(opening)}[^>]*>(.*?)</{tag}>", page_html, re.DOTALL)
    assert match, opening
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", "", match.group(1))).split())


def navigation_labels(page_html: str) -> list[str]:
    """The labels of the navigation (and the page's table of contents)."""
    spans = re.findall(r'<span class="md-ellipsis">(.*?)</span>', page_html, re.S)
    return [" ".join(html_lib.unescape(t).split()) for t in spans]


def test_no_reader_page_shows_file_names_selectors_or_build_words(built_site):
    assert_plain(built_site, [path.stem for path in SEED_FILES])


def test_articles_are_named_by_outlet_and_date_and_their_headline_is_quoted(built_site):
    # The navigation lists the articles on the Sources pages (pruned elsewhere, for a light page).
    labels = navigation_labels(built_site.html("sources/"))
    assert "ABC News, 17 Sep 2016" in labels and "Scroll.in, 17 Sep 2016" in labels
    assert not [label for label in labels if "Regime" in label]  # no headline in the site's own voice
    page = article_html(built_site.html(f"sources/{SEED_FILES[0].stem}/"))
    assert element_text(page, "h1").startswith("ABC News, 17 September 2016")
    assert "Headline (¶1): <strong><q" in page and element_text(page, 'q id="p1"').startswith("Russia Says")
    index = plain_text(built_site.html("sources/"))
    assert "ABC News, 17 Sep 2016 (date inferred)" in index


def test_measures_are_named_in_readers_words(built_site):
    for page in ("", "compare/", "learn/", "brief/"):
        text = plain_text(built_site.html(page))
        assert not re.search(
            r"\b(?:Days|Tanks|Vehicles|Strikes|Killed|Wounded)\b(?!:? \d)", text.replace("Killed:", "")
        ), page
    assert "People killed:" in plain_text(built_site.html("brief/"))
    assert "figures for periods in days" in plain_text(built_site.html("learn/"))


@pytest.mark.parametrize("with_metadata", [True, False], ids=["with-metadata", "without-metadata"])
def test_a_third_article_is_named_plainly_everywhere(project_copy, with_metadata):
    (project_copy / "seeds" / "020_third.txt").write_text(THIRD_ARTICLE, encoding="utf-8")
    (project_copy / "seeds" / "021_untitled.txt").write_text(NO_HEADLINE_ARTICLE, encoding="utf-8")
    if with_metadata:
        with (project_copy / "seeds" / "sources.yml").open("a", encoding="utf-8") as handle:
            handle.write("\n020_third:\n  outlet: {value: Example Wire, basis: publisher}\n")
            handle.write("  published: {value: 2016-09-18, basis: stated}\n")
    result = run_build(project_copy)
    assert result.returncode == 0, result.output
    assert_plain(result, ["020_third", "021_untitled", *(path.stem for path in SEED_FILES)])
    labels = navigation_labels(result.html("sources/"))
    third = "Example Wire, 18 Sep 2016" if with_metadata else f"\u201c{THIRD_HEADLINE}\u201d"
    assert third in labels
    # No headline and no metadata: the opening words, quoted and cut short.
    assert "\u201cAircraft of the coalition struck positions near the\u2026\u201d" in labels
    page = article_html(result.html("sources/020_third/"))
    assert element_text(page, 'q id="p1"') == THIRD_HEADLINE  # quoted, as the article's words
    assert element_text(page, "h1").startswith(third.replace("Sep", "September"))
    # Notes name the outlets they cite instead of counting the articles.
    home = plain_text(result.html(""))
    assert "According to ABC News and Scroll.in, the strike fell during a ceasefire" in home
