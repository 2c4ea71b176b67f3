"""The glossary page: one heading per entry, its aliases, definition, source and mentions.

Search indexes headings and their text (never tooltip titles), so every alias
is written out under its entry: typing "Daesh" or "Deir Ezzour" finds the entry.
The page is boosted in search (front matter) because readers come to look terms up.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..glossary import GlossaryEntry
from ..markdown_text import escape_html, markdown_link
from ..model import Model
from ..routes import GLOSSARY, relative_link, source_link
from ..terms import TermMention, mentions_by_entry
from .common import article_label, cite, escape_markdown, front_matter

URI = GLOSSARY
SEARCH_BOOST = 3
#: Material's search leaves out an element with this attribute.
SEARCH_SKIP = "data-search-exclude"
#: Articles whose paragraphs "Mentioned in" links; the rest are counted.
MAX_ARTICLES_LISTED = 10
#: Paragraphs of one article that "Mentioned in" links; the rest are counted (a
#: long article naming a term in every paragraph would otherwise fill the page).
MAX_PARAGRAPHS_LISTED = 20

CATEGORY_LABELS = {
    "organisation": "Organisations",
    "person": "People",
    "place": "Places",
    "aircraft": "Aircraft",
    "agreement": "Agreements",
    "concept": "Concepts",
    "outlet": "News outlets",
    "group": "Armed groups",
}


def _sort_key(entry: GlossaryEntry) -> str:
    return entry.term.casefold().lstrip("'\"")


def _letter(entry: GlossaryEntry) -> str:
    first = _sort_key(entry)[:1].upper()
    return first if first.isalpha() else "#"


def _distinct_spellings(term: str, aliases: list[str]) -> list[str]:
    """Aliases that are not just the term's plural or another letter case of a form already listed."""
    seen = {term.casefold()}
    kept = []
    for alias in aliases:
        key = alias.casefold()
        if key in seen or key.rstrip("s") in seen or key.rstrip("’'s") in seen:
            continue
        seen.add(key)
        kept.append(alias)
    return kept


def _within_other_names(entry: GlossaryEntry, model: Model) -> tuple[str, tuple[TermMention, ...]]:
    """Mentions of other entries whose words contain this entry's name ("United Nations Security Council").

    The term finder gives each place in the text to the longest name, so "United
    Nations" inside "United Nations Security Council" counts for the Security
    Council. The glossary still must not call the United Nations unmentioned.
    """
    # As in the term finder, a form in capitals (IS, UN) matches only in capitals.
    patterns = [
        re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", 0 if form.isupper() else re.IGNORECASE) for form in entry.forms
    ]
    # Mentions repeat a few spellings many times: test each spelling once.
    contains = {text: any(p.search(text) for p in patterns) for text in {m.text for m in model.mentions}}
    found = [m for m in model.mentions if m.entry_id != entry.id and contains[m.text]]
    names = list(dict.fromkeys(m.text for m in found))
    return ", ".join(f"\u201c{escape_markdown(name)}\u201d" for name in names), tuple(found)


def _published(entry: GlossaryEntry, model: Model) -> str:
    """Links to the articles an outlet entry published (by the articles' metadata), if any."""
    forms = {form.casefold() for form in entry.forms}
    links = []
    for article in model.corpus.articles:
        meta = model.meta(article.stem)
        if meta.outlet and meta.outlet.value.casefold() in forms:
            label = escape_markdown(article_label(article, meta))
            links.append(f"[{label}]({source_link(URI, article.stem)})")
    return ", ".join(links)


def _mentions(entry: GlossaryEntry, mentions: tuple[TermMention, ...], model: Model) -> str:
    """ "ABC News ¶3, ¶7; Scroll.in ¶2" linking each paragraph."""
    if not mentions:
        names, within = _within_other_names(entry, model)
        if within:
            return f"only as part of {names}: {_mentions(entry, within, model)}"
        published = _published(entry, model)
        if published:
            return f"not named in the text; it published {published}"
        return "not mentioned in the articles"
    by_seed: dict[str, dict[int, None]] = {}  # paragraph numbers in order, each once
    for mention in mentions:
        by_seed.setdefault(mention.seed, {})[mention.para] = None
    parts = []
    for seed, paras in list(by_seed.items())[:MAX_ARTICLES_LISTED]:
        article = model.article(seed)
        listed = list(paras)[:MAX_PARAGRAPHS_LISTED]
        links = ", ".join(cite(URI, article, model.meta(seed), n) for n in listed)
        if len(paras) > len(listed):
            links += f" and {len(paras) - len(listed)} more paragraphs of that article"
        parts.append(links)
    more = len(by_seed) - MAX_ARTICLES_LISTED
    return "; ".join(parts) + (f"; and {more} more articles" if more > 0 else "")


def _pages(entry: GlossaryEntry, pages_using: Mapping[str, list[tuple[str, str]]]) -> str:
    pages = pages_using.get(entry.id, [])
    return ", ".join(f"[{escape_markdown(title)}]({relative_link(URI, uri)})" for uri, title in pages)


def _source(entry: GlossaryEntry) -> str:
    if entry.from_articles:
        return "Source: the articles on this site."
    links = "; ".join(markdown_link(s.title, s.url) for s in entry.sources)
    return f"Source: {links} (context, not from the articles)."


def render_entry(
    entry: GlossaryEntry,
    model: Model,
    mentions: tuple[TermMention, ...],
    pages_using: Mapping[str, list[tuple[str, str]]],
) -> str:
    aliases = [a for a in entry.aliases if a != entry.term]
    # Search ranks heading words far above body text, so the other spellings go
    # in the heading too: "Deir al-Zour" must find Deir ez-Zor before Al Qaida.
    spellings = _distinct_spellings(entry.term, aliases)
    heading = entry.term + (f" ({', '.join(spellings)})" if spellings else "")
    lines = [f'### {escape_markdown(heading)} {{ #{entry.anchor} data-toc-label="{escape_html(entry.term)}" }}\n']
    meta = f"*{entry.category.capitalize()}*"
    other_forms = [a for a in aliases if a not in spellings]
    if other_forms:
        meta += " · Other forms: " + ", ".join(escape_markdown(a) for a in other_forms)
    lines.append(meta + "\n")
    lines.append(escape_markdown(entry.definition) + "\n")
    # Where the entry comes from and where it occurs are for reading, not for
    # search: the same words under every entry ("Source: the articles on this
    # site", page names) would make every entry a result for "articles",
    # "ceasefire" or "Scroll.in", and they weigh on every page's first visit,
    # which loads the whole search index.
    lines.append(f"{_source(entry)}\n{{: {SEARCH_SKIP} }}\n")
    lines.append(f"Mentioned in: {_mentions(entry, mentions, model)}.\n{{: {SEARCH_SKIP} }}\n")
    on_pages = _pages(entry, pages_using)
    if on_pages:
        lines.append(f"Appears on: {on_pages}.\n{{: {SEARCH_SKIP} }}\n")
    return "\n".join(lines)


def render_glossary(model: Model, pages_using: Mapping[str, list[tuple[str, str]]]) -> str:
    """Markdown for the glossary; ``pages_using`` maps entry id -> [(page uri, title)]."""
    spec = model.page("glossary")
    entries = sorted(model.glossary.entries, key=_sort_key)
    mentions = mentions_by_entry(model.mentions)
    letters = sorted({_letter(e) for e in entries})
    parts = [front_matter(spec.title, search={"boost": SEARCH_BOOST}), f"# {spec.title}\n", f"{spec.intro}\n"]
    # The A–Z and category lists repeat every term: for reading, not for search
    # (a search for a term should find its entry, not these lists).
    letter_links = " · ".join(f"[{letter}](#letter-{letter.lower()})" for letter in letters)
    parts.append(f"**A–Z:** {letter_links}\n{{: {SEARCH_SKIP} }}\n")
    parts.append(f'<div markdown="block" {SEARCH_SKIP}>\n\n**By category:**\n')
    for category, label in CATEGORY_LABELS.items():
        members = [e for e in entries if e.category == category]
        if members:
            links = ", ".join(f"[{escape_markdown(e.term)}](#{e.anchor})" for e in members)
            parts.append(f"- {label}: {links}")
    parts.append("\n</div>\n")
    for letter in letters:
        parts.append(f"## {letter} {{ #letter-{letter.lower()} }}\n")
        parts += [render_entry(e, model, mentions.get(e.id, ()), pages_using) for e in entries if _letter(e) == letter]
    return "\n".join(parts)


def render_glossary_for_print(model: Model) -> str:
    """The glossary as one paragraph per entry, for the printable handout.

    On paper the headings, the category lists and the links to each mention
    only take room; the definitions and their sources are what a reader needs.
    """
    spec = model.page("glossary")
    intro = "Names, places, organisations and terms in the articles, with the other spellings the articles use.\n"
    lines = [f"# {spec.title}\n", intro]
    mentions = mentions_by_entry(model.mentions)
    for entry in sorted(model.glossary.entries, key=_sort_key):
        # On paper only the spellings a reader meets in the articles: the full list, for
        # search, stays on the screen page.
        used = {" ".join(m.text.split()).casefold() for m in mentions.get(entry.id, ())}
        aliases = [a for a in entry.aliases if a != entry.term and a.casefold() in used]
        spellings = _distinct_spellings(entry.term, aliases)
        name = f"**{escape_markdown(entry.term)}**"
        if spellings:
            name += f" ({escape_markdown(', '.join(spellings))})"
        lines.append(f"{name}: {escape_markdown(entry.definition)} *{_source(entry)}*\n")
    return "\n".join(lines)
