"""Glossary citations support what they are cited for, and "Mentioned in" agrees with the definition.

Each check below is a kind of mismatch once found in the glossary: an article's own
page cited as outside context; a definition "from the articles" that no article
mentions; a definition that says an outlet reports the term while that outlet's
article never mentions it; a page about one subject (the SANA page) cited for
another (the Syrian president); a source older than the event it is cited for (a
February 2016 release cited for a July 2016 renaming).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from seedpress.glossary import GlossaryEntry
from seedpress.model import Model, build_model
from seedpress.pages.common import outlet_name
from seedpress.pages.glossary_page import render_entry
from seedpress.terms import mentions_by_entry
from support import ROOT

MONTHS = {m: i for i, m in enumerate(("jan feb mar apr may jun jul aug sep oct nov dec").split(), start=1)}
# "28 July 2016", "7–8 December 2024", "26 Feb 2016": the last day named.
DATE = re.compile(r"\b(\d{1,2})(?:[–-]\d{1,2})? ([A-Z][a-z]+) (\d{4})\b")
#: Verbs by which a definition says an article reports the term.
REPORTS = "reports|report|says|quotes|quote|credits|relays|calls|uses|use"
# A public source about one subject: Wikipedia, "Syrian Arab News Agency".
SUBJECT = re.compile(r'^Wikipedia, "([^"]+)"')


def _dates(text: str) -> list[dt.date]:
    found = []
    for day, month, year in DATE.findall(text):
        number = MONTHS.get(month[:3].lower())
        if number:
            found.append(dt.date(int(year), number, int(day)))
    return found


def _mentioned_in(entry: GlossaryEntry, model: Model) -> str:
    """The entry's "Mentioned in" line as the glossary page renders it."""
    rendered = render_entry(entry, model, mentions_by_entry(model.mentions).get(entry.id, ()), {})
    return next(line for line in rendered.splitlines() if line.startswith("Mentioned in: "))


def problems(model: Model) -> list[str]:
    """Every mismatch between a glossary entry, its sources and its mentions."""
    found: list[str] = []
    article_pages = {meta.url.value for meta in model.metadata.values() if meta.url}
    outlets = {outlet_name(a, model.meta(a.stem)): a.stem for a in model.corpus.articles}
    subjects = {form.casefold(): entry.id for entry in model.glossary for form in entry.forms}
    for entry in model.glossary:
        mentioned = _mentioned_in(entry, model)
        unmentioned = "not mentioned in the articles" in mentioned
        # 1. An article's own page is not outside context.
        found += [
            f"{entry.id}: cites the article page {s.url} as context" for s in entry.sources if s.url in article_pages
        ]
        # 2. "From the articles" needs an article that mentions it; "not mentioned" needs none.
        if entry.from_articles and unmentioned:
            found.append(f"{entry.id}: its source is the articles, but no article mentions it")
        if re.search(r"\bnot (?:mentioned|named) in the articles\b", entry.definition) and not unmentioned:
            found.append(f"{entry.id}: the definition says it is not mentioned, but it is")
        # 3. "Scroll.in reports ..." needs a mention in Scroll.in's article.
        for outlet, stem in outlets.items():
            says = re.search(rf"\b{re.escape(outlet)}(?:'s)?(?: article)? (?:{REPORTS})\b", entry.definition)
            if says and f"sources/{stem}.md#" not in mentioned:
                found.append(f"{entry.id}: says {outlet} reports it, but {outlet}'s article never mentions it")
        for source in entry.sources:
            # 4. A page about another glossary subject supports only entries that speak of it.
            subject = SUBJECT.match(source.title)
            owner = subjects.get(subject.group(1).casefold()) if subject else None
            if owner and owner != entry.id and subject.group(1).casefold() not in entry.definition.casefold():
                found.append(f"{entry.id}: cites the page about {subject.group(1)!r}, which is another entry's subject")
        # 5. A dated source cannot support an event after its own date.
        stated = _dates(entry.definition)
        dated = [max(_dates(s.title)) for s in entry.sources if _dates(s.title)]
        undated = len(dated) < len(entry.sources)
        if stated and dated and not undated and max(stated) > max(dated):
            found.append(f"{entry.id}: states {max(stated)}, but its latest source is from {max(dated)}")
    return found


@pytest.fixture(scope="module")
def model() -> Model:
    return build_model(ROOT)


def test_every_glossary_entry_is_supported_by_its_sources_and_agrees_with_its_mentions(model):
    assert problems(model) == []


def test_an_entry_found_only_inside_a_longer_name_says_where(model):
    line = _mentioned_in(model.glossary.entry("united-nations"), model)
    assert line.startswith("Mentioned in: only as part of \u201cUnited Nations Security Council\u201d")
    assert "#p1" in line


BAD_ENTRIES = {
    "article page as context": (
        "  - id: test-outlet\n    term: Test outlet phrase\n    aliases: []\n    category: outlet\n"
        "    definition: A phrase.\n    source: {title: An article, url: '%(article_url)s'}\n",
        "cites the article page",
    ),
    "from the articles, mentioned nowhere": (
        "  - id: test-absent\n    term: Zyxwv Organisation\n    aliases: []\n    category: organisation\n"
        "    definition: A body the articles name.\n    source: articles\n",
        "no article mentions it",
    ),
    "says not mentioned, is mentioned": (
        "  - id: test-present\n    term: Konashenkov test alias\n    aliases: [Igor Konashenkov Test, airstrikes]\n"
        "    category: concept\n    definition: A word not mentioned in the articles.\n"
        "    source: {title: 'Wikipedia, \"Example\"', url: 'https://en.wikipedia.org/wiki/Example'}\n",
        "says it is not mentioned",
    ),
    "outlet reports, article silent": (
        "  - id: test-silent\n    term: Qwerty Council\n    aliases: []\n    category: organisation\n"
        "    definition: A council; ABC News reports its meeting.\n"
        "    source: {title: 'Wikipedia, \"Example\"', url: 'https://en.wikipedia.org/wiki/Example'}\n",
        "never mentions it",
    ),
    "another subject's page": (
        "  - id: test-president\n    term: Test President\n    aliases: []\n    category: person\n"
        "    definition: A president at the time.\n"
        "    source: {title: 'Wikipedia, \"Syrian Arab News Agency\"', url: 'https://en.wikipedia.org/wiki/Syrian_Arab_News_Agency'}\n",
        "another entry's subject",
    ),
    "source older than the event": (
        "  - id: test-renamed\n    term: Test Front\n    aliases: []\n    category: group\n"
        "    definition: A group that renamed itself on 28 July 2016.\n"
        "    source: {title: 'A release (26 Feb 2016)', url: 'https://example.org/release'}\n",
        "its latest source is from 2016-02-26",
    ),
}


@pytest.mark.parametrize("kind", list(BAD_ENTRIES))
def test_each_kind_of_mismatch_is_caught(project_copy: Path, model: Model, kind: str):
    entry, message = BAD_ENTRIES[kind]
    article_url = next(meta.url.value for meta in model.metadata.values() if meta.url)
    glossary = project_copy / "editorial" / "glossary.yml"
    glossary.write_text(
        glossary.read_text(encoding="utf-8") + "\n" + entry % {"article_url": article_url}, encoding="utf-8"
    )
    found = problems(build_model(project_copy))
    assert [p for p in found if p.startswith("test-") and message in p], found
