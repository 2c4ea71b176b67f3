"""End to end: build the real site (and broken variants) as a user would, read the HTML."""

from __future__ import annotations

import hashlib
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from seedpress.corpus import load_corpus
from seedpress.provenance import normalise
from support import ROOT, SEED_FILES, SEEDS, article_html, copy_project, plain_text, run_build

pytestmark = pytest.mark.slow


class ParagraphCollector(HTMLParser):
    """Elements with an id ``pN`` in a page: their attributes and text (permalink excluded)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, dict] = {}
        self._open: list[tuple[str, str | None, bool]] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        skip = "headerlink" in (values.get("class") or "") or any(s for _, _, s in self._open)
        anchor = values.get("id") if re.fullmatch(r"p\d+", values.get("id") or "") else None
        if anchor:
            self.found[anchor] = {"attrs": values, "text": ""}
        self._open.append((tag, anchor, skip))

    def handle_endtag(self, tag):
        while self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self._open and self._open[-1][2]:
            return
        for _, anchor, _ in self._open:
            if anchor:
                self.found[anchor]["text"] += data


def paragraphs_on(html: str) -> dict[str, dict]:
    collector = ParagraphCollector()
    collector.feed(html)
    return collector.found


# ---------------------------------------------------------------------------
# The real site
# ---------------------------------------------------------------------------


def test_strict_build_is_warning_free(built_site):
    assert "WARNING" not in built_site.output
    assert "provenance check passed" in built_site.output


def test_every_seed_paragraph_is_on_its_source_page_with_anchor_and_provenance(built_site):
    corpus = load_corpus(SEEDS)
    for article in corpus.articles:
        found = paragraphs_on(built_site.html(f"sources/{article.stem}/"))
        assert sorted(found, key=lambda a: int(a[1:])) == [p.anchor for p in article.paragraphs]
        for paragraph in article.paragraphs:
            element = found[paragraph.anchor]
            assert element["attrs"]["data-seed"] == article.stem
            assert element["attrs"]["data-para"] == str(paragraph.number)
            assert normalise(element["text"]) == normalise(paragraph.display_text)


def test_source_page_shows_metadata_with_its_basis(built_site):
    html = article_html(built_site.html("sources/000_1e9434ab0af3831d/"))
    text = plain_text(built_site.html("sources/000_1e9434ab0af3831d/"))
    assert "<h1" in html and "Russia Says Syrian Regime Forces Targeted by US-Led Coalition Airstrikes" in text
    assert "ABC News" in text
    assert "17 September 2016" in text and "inferred from the text" in text
    assert 'href="https://abcnews.go.com/International/' in html
    scroll = plain_text(built_site.html("sources/003_9c4532b68ee2e999/"))
    # Named by outlet and date; the file has no headline and the metadata gives none.
    assert scroll.startswith("Scroll.in, 17 September 2016") and "Not known: the text as received has none" in scroll
    assert "The Latest" in scroll


def test_sources_index_links_every_article(built_site):
    html = article_html(built_site.html("sources/"))
    for path in SEED_FILES:
        assert f'href="{path.stem}/"' in html


def test_article_files_are_published_byte_for_byte(built_site):
    for path in SEED_FILES:
        assert (built_site.site / "sources" / path.name).read_bytes() == path.read_bytes()


def test_project_seeds_are_the_originals_the_answer_key_was_written_from():
    key = yaml.safe_load((ROOT / "tests" / "answer_key" / "seeds.yml").read_text(encoding="utf-8"))
    originals = key["originals"]
    assert originals and set(originals) == set(key["quotations"]) == set(key["figures"])
    for stem, digest in originals.items():
        assert hashlib.sha256((SEEDS / f"{stem}.txt").read_bytes()).hexdigest() == digest, stem


def test_a_library_warning_reaches_mkdocs_and_fails_the_strict_build(project_copy):
    # The library logs under its own name; the hook passes its records on to MkDocs.
    (project_copy / "seeds" / "notes.docx").write_text("not an article", encoding="utf-8")
    strict = run_build(project_copy)
    assert strict.returncode != 0
    assert "WARNING -  seeds/notes.docx: ignored; only .txt files are articles" in strict.output
    assert "Aborted with 1 warnings in strict mode" in strict.output
    assert strict.output.count("seeds/notes.docx: ignored") == 1  # shown once, not twice


# ---------------------------------------------------------------------------
# Addresses: only the one SITE_URL names
# ---------------------------------------------------------------------------

#: Published files a browser or crawler reads (the theme's source maps quote its own comments).
ADDRESS_FILES = {".html", ".xml", ".json", ".js", ".txt"}
LOOPBACK = re.compile(r"127\.0\.0\.1|localhost|\[::1\]")


def assert_names_no_address(site: Path) -> None:
    pages = 0
    for path in sorted(site.rglob("*")):
        if path.suffix not in ADDRESS_FILES or path.name.endswith(".map"):
            continue
        text = path.read_text(encoding="utf-8")
        assert not LOOPBACK.search(text), path
        assert 'rel="canonical"' not in text, path
        pages += path.suffix == ".html"
    assert pages >= 10
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<urlset" in sitemap and "<loc>" not in sitemap


def test_without_site_url_no_page_has_a_canonical_link_or_a_loopback_address(built_site):
    assert_names_no_address(built_site.site)


def test_the_offline_copy_names_no_address_either(project_copy):
    result = run_build(project_copy, offline=True)
    assert result.returncode == 0, result.output
    assert_names_no_address(result.site)


def test_site_url_gives_canonical_links_and_a_sitemap_of_that_address(project_copy):
    base = "https://example.org/explainer/"
    result = run_build(project_copy, site_url=base)
    assert result.returncode == 0, result.output
    assert f'<link rel="canonical" href="{base}">' in result.html("index.html")
    assert f'<link rel="canonical" href="{base}glossary/">' in result.html("glossary/")
    locations = re.findall(r"<loc>([^<]+)</loc>", (result.site / "sitemap.xml").read_text(encoding="utf-8"))
    assert f"{base}strike/" in locations
    assert len(locations) >= 10 and all(loc.startswith(base) for loc in locations)


def test_build_writes_nothing_into_docs(tmp_path):
    project = copy_project(tmp_path / "p")
    before = sorted(p.relative_to(project) for p in (project / "docs").rglob("*"))
    assert run_build(project).returncode == 0
    assert sorted(p.relative_to(project) for p in (project / "docs").rglob("*")) == before


# ---------------------------------------------------------------------------
# Broken and hostile articles
# ---------------------------------------------------------------------------

BAD_SEEDS = {
    "empty": (b"", "file is empty"),
    "whitespace": (b"  \n\n\t\n", "only whitespace"),
    "latin1": ("Caf\u00e9 au lait".encode("latin-1"), "not valid UTF-8: byte 0xe9 at byte offset 3"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL byte at byte offset 8"),
    "control": (b"Text with \x1b escape", "control character U+001B"),
}


@pytest.mark.parametrize("kind", sorted(BAD_SEEDS))
def test_bad_article_stops_the_build_with_one_line_naming_the_file(project_copy, kind):
    content, fragment = BAD_SEEDS[kind]
    (project_copy / "seeds" / "zz_bad.txt").write_bytes(content)
    result = run_build(project_copy)
    assert result.returncode != 0
    errors = [line for line in result.output.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, result.output
    assert "seeds/zz_bad.txt: " in errors[0] and fragment in errors[0]
    assert "Traceback" not in result.output


def test_bad_metadata_stops_the_build_naming_the_file(project_copy):
    (project_copy / "seeds" / "sources.yml").write_text("000_1e9434ab0af3831d:\n  outlet: {value: X, basis: maybe}\n")
    result = run_build(project_copy)
    assert result.returncode != 0
    assert "seeds/sources.yml: entry '000_1e9434ab0af3831d'.outlet.basis: 'maybe' is not one of" in result.output
    assert "Traceback" not in result.output


HOSTILE_ARTICLE = """\
<script>alert("headline")</script> Strike *report* {{ config.site_name }}

---
title: injected
---

# Not a heading <img src=x onerror=alert(1)>

*[ISIS]: Injected abbreviation definition

--8<-- "mkdocs.yml"

!!! danger "Not an admonition"
    indented body

| a | b |
|---|---|
| 1 | 2 |

[a link](javascript:alert(1)) {% raw %} {: #p1 .evil onclick="x()" } <!-- comment -->
"""


class TagLister(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def test_hostile_article_is_shown_as_text_and_nothing_takes_effect(project_copy):
    (project_copy / "seeds" / "zz_hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    result = run_build(project_copy)
    assert result.returncode == 0, result.output
    html = article_html(result.html("sources/zz_hostile/"))
    lister = TagLister()
    lister.feed(html)
    tags = [tag for tag, _ in lister.elements]
    assert not {"script", "img", "iframe", "style", "hr", "ul", "ol", "blockquote", "pre"} & set(tags)
    assert tags.count("table") == 1  # the metadata table only
    assert tags.count("h1") == 1 and tags.count("h2") == 1  # the page's own headings
    attributes = [(name, value or "") for _, attrs in lister.elements for name, value in attrs.items()]
    assert not [name for name, _ in attributes if name.startswith("on")]
    assert not [value for name, value in attributes if name == "href" and "javascript" in value]
    assert "evil" not in [c for name, value in attributes if name == "class" for c in value.split()]
    assert "admonition danger" not in html
    # Tooltips come from the glossary only, never from an abbreviation the article defines.
    assert not [v for name, v in attributes if name == "title" and "Injected" in v]
    assert "site_name:" not in html  # the snippet line did not include mkdocs.yml
    found = paragraphs_on(html)
    blocks = [b.strip() for b in HOSTILE_ARTICLE.split("\n\n") if b.strip()]
    assert len(found) == len(blocks)
    for number, block in enumerate(blocks, start=1):
        assert normalise(found[f"p{number}"]["text"]) == normalise(block)
    # The page title is escaped too (Material prints it unescaped into <title> and the nav).
    # Without metadata the page is named by its headline's first words, quoted.
    assert "<title>\u201c&lt;script&gt;alert(" in result.html("sources/zz_hostile/")


def test_article_without_metadata_builds_and_says_what_is_not_known(project_copy):
    shutil.copy(SEED_FILES[0], project_copy / "seeds" / "zz_copy_edit.txt")
    with (project_copy / "seeds" / "zz_copy_edit.txt").open("a", encoding="utf-8") as handle:
        handle.write("\n\nAn added closing paragraph.\n")
    result = run_build(project_copy)
    assert result.returncode == 0, result.output
    text = plain_text(result.html("sources/zz_copy_edit/"))
    assert text.count("Not known") >= 3
    assert "zz_copy_edit" in article_html(result.html("sources/"))


def test_provenance_check_fails_the_build_on_an_altered_quotation(project_copy):
    (project_copy / "docs" / "altered.md").write_text(
        "# Altered\n\n"
        '<p data-seed="000_1e9434ab0af3831d" data-para="9">U.S. Central command confirmed that claim</p>\n\n'
        "[see](sources/000_1e9434ab0af3831d.md#p9)\n",
        encoding="utf-8",
    )
    result = run_build(project_copy)
    assert result.returncode != 0
    assert "provenance check failed: altered/index.html: quotation" in result.output
    assert "is not in 000_1e9434ab0af3831d paragraph 9" in result.output


def test_citation_to_a_missing_paragraph_fails_the_build(project_copy):
    (project_copy / "docs" / "cites.md").write_text(
        "# Cites\n\n[see](sources/000_1e9434ab0af3831d.md#p99)\n", encoding="utf-8"
    )
    result = run_build(project_copy)
    assert result.returncode != 0
    assert "p99" in result.output
