"""Everything one build generates, computed from the project folder.

``build_site`` is the single entry point for the MkDocs hook, the command line
and the tests: it reads the seeds and editorial data, derives the model, and
returns the generated pages as Markdown, the published files as bytes, and the
snippets that fill markers in hand-written pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .export import export_data
from .jsonfile import encode_json
from .model import Model, build_model
from .pages.brief import render_brief
from .pages.claims import render_claims
from .pages.common import article_label
from .pages.compare_page import render_compare
from .pages.explainer import render_explainer
from .pages.glossary_page import render_glossary, render_glossary_for_print
from .pages.handout import render_handout
from .pages.home import SNIPPETS
from .pages.learn import EXERCISES_DATA, exercises_data, render_learn, render_learn_for_print
from .pages.source_pages import original_file_uri, render_source_pages, render_sources_index, source_page_uri
from .routes import BRIEF, CLAIMS, COMPARE, GLOSSARY, HANDOUT, SOURCES_INDEX, data_file, page_file
from .terms import compile_terms

#: Explainer pages built from editorial points (ids in editorial/pages.yml).
EXPLAINER_PAGES = ("background", "strike")
#: Generated pages whose text is scanned for glossary terms ("Appears on").
TERM_PAGES = ("background", "strike", "claims", "compare")
#: Beyond this many articles, their pages leave the navigation (see ``nav_source_pages``).
MAX_NAV_ARTICLES = 25


@dataclass(frozen=True)
class SiteBuild:
    """The model of one build and what it publishes."""

    model: Model
    pages: dict[str, str] = field(default_factory=dict)  # docs-relative .md path -> Markdown
    files: dict[str, bytes] = field(default_factory=dict)  # docs-relative path -> content
    snippets: dict[str, str] = field(default_factory=dict)  # marker name -> Markdown
    not_in_nav: set[str] = field(default_factory=set)  # pages reached by links, not the navigation

    @property
    def nav_source_pages(self) -> list[dict[str, str]]:
        """The article pages listed in the navigation, as ``{label: page}``: all of them, unless there are too many.

        Each is named by outlet and date ("ABC News, 17 Sep 2016"), never by its
        headline, which is the outlet's words and is quoted on the page itself.
        Material writes this list into each Sources page (the index and every
        article's page; other pages get one link to the index, as
        ``navigation.prune`` does), so a thousand articles would add a thousand
        links to each of a thousand pages; past ``MAX_NAV_ARTICLES`` the Sources
        index alone lists them.
        """
        articles = self.model.corpus.articles
        if len(articles) > MAX_NAV_ARTICLES:
            return []
        return [{article_label(a, self.model.meta(a.stem), short=True): source_page_uri(a)} for a in articles]


def _pages_using_terms(model: Model, pages: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    """Glossary entry id -> [(page, title)] of the explainer pages whose text mentions it."""
    matcher = compile_terms(model.glossary)
    using: dict[str, list[tuple[str, str]]] = {}
    for page_id in TERM_PAGES:
        uri = page_file(page_id)
        for entry_id in sorted({span.entry_id for span in matcher.find(pages[uri])}):
            using.setdefault(entry_id, []).append((uri, model.page(page_id).title))
    return using


def build_site(project_dir: Path) -> SiteBuild:
    """Generate every page and published file for the project at ``project_dir``."""
    model = build_model(project_dir)
    site = SiteBuild(model)
    corpus = model.corpus
    site.pages[SOURCES_INDEX], index_extra = render_sources_index(corpus, model.metadata)
    site.pages.update(index_extra)
    site.not_in_nav.update(index_extra)
    if not site.nav_source_pages:
        site.not_in_nav.update(source_page_uri(a) for a in corpus.articles)
    for article in corpus.articles:
        pages = render_source_pages(article, model.meta(article.stem))
        site.pages.update(pages)
        # Later parts of a long article's page are reached from its first part, not the navigation.
        site.not_in_nav.update(uri for uri in pages if uri != source_page_uri(article))
        site.files[original_file_uri(article)] = (project_dir / article.path).read_bytes()
    for page_id in EXPLAINER_PAGES:
        explainer = render_explainer(page_id, model)
        site.pages[page_file(page_id)] = explainer.inline
        site.pages.update(explainer.extra)
        site.not_in_nav.update(explainer.extra)
    site.pages[CLAIMS], claims_extra = render_claims(model)
    site.pages.update(claims_extra)
    site.not_in_nav.update(claims_extra)
    site.pages[COMPARE], compare_extra = render_compare(model)
    site.pages.update(compare_extra)
    site.not_in_nav.update(compare_extra)
    site.pages[GLOSSARY] = render_glossary(model, _pages_using_terms(model, site.pages))
    site.pages.update(render_learn(model))
    site.files[EXERCISES_DATA] = exercises_data(model)
    site.pages[BRIEF] = render_brief(model)
    reading_order = [(uri, site.pages[uri]) for uri in (page_file(page_id) for page_id in TERM_PAGES)]
    reading_order.append((HANDOUT, render_learn_for_print(model, HANDOUT)))
    reading_order.append((GLOSSARY, render_glossary_for_print(model)))
    site.pages[HANDOUT] = render_handout(reading_order)
    for name, data in export_data(model.extraction, model.comparison).items():
        site.files[data_file(name)] = encode_json(data)
    site.snippets.update({name: render(model) for name, render in SNIPPETS.items()})
    return site
