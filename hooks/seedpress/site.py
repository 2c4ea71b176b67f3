"""Everything one build generates, computed from the project folder.

``build_site`` is the single entry point for the MkDocs hook, the command line
and the tests: it reads ``seeds/`` (articles and ``sources.yml``) and returns
the generated pages as Markdown text and the files to publish as bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .corpus import METADATA_FILE, Corpus, load_corpus
from .pages.source_pages import original_file_uri, render_source_page, render_sources_index, source_page_uri
from .sources_meta import SourceMeta, load_sources

SEEDS_DIR = "seeds"
EDITORIAL_DIR = "editorial"


@dataclass(frozen=True)
class SiteBuild:
    """The model of one build and what it publishes."""

    corpus: Corpus
    metadata: dict[str, SourceMeta]
    pages: dict[str, str] = field(default_factory=dict)  # docs-relative .md path -> Markdown
    files: dict[str, bytes] = field(default_factory=dict)  # docs-relative path -> content

    def meta(self, stem: str) -> SourceMeta:
        return self.metadata.get(stem, SourceMeta())


def load_model(project_dir: Path) -> tuple[Corpus, dict[str, SourceMeta]]:
    """Read and validate the articles and their metadata."""
    seeds_dir = project_dir / SEEDS_DIR
    corpus = load_corpus(seeds_dir, SEEDS_DIR)
    metadata = load_sources(
        seeds_dir / METADATA_FILE, f"{SEEDS_DIR}/{METADATA_FILE}", (a.stem for a in corpus.articles)
    )
    return corpus, metadata


def build_site(project_dir: Path) -> SiteBuild:
    """Generate every page and published file for the project at ``project_dir``."""
    corpus, metadata = load_model(project_dir)
    site = SiteBuild(corpus, metadata)
    site.pages["sources/index.md"] = render_sources_index(corpus, metadata)
    for article in corpus.articles:
        site.pages[source_page_uri(article)] = render_source_page(article, site.meta(article.stem))
        site.files[original_file_uri(article)] = (project_dir / article.path).read_bytes()
    return site
