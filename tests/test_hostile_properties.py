"""Property: any article text, however hostile, builds or fails with the one-line error,
and no element or attribute in the generated pages comes from the article."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config
from mkdocs.utils.meta import get_data

from seedpress.errors import EmptySeedError
from seedpress.site import build_site
from support import ROOT, examples

pytestmark = pytest.mark.slow

#: Markup soup: fragments of every syntax the site's Markdown understands, plus any text.
FRAGMENTS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "<iframe src=//x>",
    "<b onclick=x>",
    "# ",
    "## ",
    "- ",
    "1. ",
    "> ",
    "    ",
    "```",
    "`",
    "*",
    "**",
    "_",
    "[a](javascript:alert(1))",
    "![i](x.png)",
    "<https://x.org>",
    "*[ISIS]: injected",
    "!!! danger",
    "??? note",
    "---",
    "{: .x onclick=y }",
    "{{ config }}",
    "{% raw %}",
    '--8<-- "mkdocs.yml"',
    "|a|b|\n|-|-|",
    "[^1]",
    "&amp;",
    "&lt;",
    '"',
    "\u201c",
    "\u201d",
    "'",
    "U.S. ",
    "said ",
    "killed 62 ",
    "Monday ",
    "\n",
    "\n\n",
    "Mr. ",
    "ISIS ",
    "Deir ez-Zor ",
]
article_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=12)),
    min_size=1,
    max_size=40,
).map("".join)

SAFE_TAGS = frozenset(
    "p a q span h1 h2 h3 h4 ul ol li table thead tbody tr th td em strong code div abbr br sup details summary "
    "figure figcaption svg title desc rect text line path circle polygon g time".split()
)
SAFE_ATTRS = frozenset(
    "href id class title data-seed data-para role aria-labelledby viewbox width height preserveaspectratio "
    "x y x1 y1 x2 y2 rx d text-anchor cx cy r points aria-label style data-search-exclude transform data-place datetime".split()
)


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def site_markdown() -> markdown.Markdown:
    config = load_config(str(ROOT / "mkdocs.yml"))
    return markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"])


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(ROOT / "editorial", root / "editorial")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    return root


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=article_text)
@example(text="<script>alert(1)</script> said U.S. *[ISIS]: injected\n\n{{ config }} killed 62 [a](javascript:x)")
def test_hostile_article_builds_or_fails_cleanly_and_injects_nothing(project, text):
    (project / "seeds" / "zz_hostile.txt").write_bytes(text.encode("utf-8"))
    if not text.replace("\ufeff", "").strip():
        # The one refusal such text can earn: nothing to show.
        with pytest.raises(EmptySeedError) as refused:
            build_site(project)
        assert str(refused.value) in {
            "seeds/zz_hostile.txt: file is empty",
            "seeds/zz_hostile.txt: file contains only whitespace",
        }
        return
    site = build_site(project)  # any other text is an article: it must build
    assert "sources/zz_hostile.md" in site.pages
    md = site_markdown()
    for uri, page in site.pages.items():
        md.reset()
        parser = Elements()
        body, _ = get_data(page)  # front matter, as MkDocs strips it
        parser.feed(md.convert(body))
        for tag, attrs in parser.found:
            assert tag in SAFE_TAGS, (uri, tag)
            assert set(attrs) <= SAFE_ATTRS, (uri, tag, attrs)
            assert not attrs.get("href", "").lower().startswith(("javascript", "data", "vbscript")), (uri, attrs)
