"""The editorial glossary: terms, their spellings, plain definitions and sources.

It lives in ``editorial/glossary.yml`` (the comment at the top of that file is the
authors' guide). Three things depend on it, so it is checked strictly on load:

* the glossary page uses ``id`` as a heading anchor, so ids must be unique slugs;
* the term finder (``terms.py``) and the tooltips map every form back to one entry,
  so no form may belong to two entries, and every form must be safe as an
  ``abbr`` key (no ``[``, ``]`` or backslash, starts with a letter or digit);
* the site promises that context not taken from a seed names its public source,
  so every entry has a source (``articles`` when it comes only from the seeds).

Every problem is a ``GlossaryError``: one line naming the file, the entry and what
is wrong, which the MkDocs hook turns into a failed build.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field

from .errors import SeedError
from .sentences import split_sentences
from .wordsearch import CHAR_EQUIVALENTS  # one rule for what "the same form" means
from .yamlerrors import Entries
from .yamlfile import parse_yaml, read_text
from .yamlshape import RECORD, PublicSource, Text, validate

Category = Literal["organisation", "person", "place", "aircraft", "agreement", "concept", "outlet", "group"]

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

GLOSSARY_FILE = "glossary.yml"

CATEGORIES: tuple[Category, ...] = (
    "organisation",
    "person",
    "place",
    "aircraft",
    "agreement",
    "concept",
    "outlet",
    "group",
)

#: The value of ``source`` for a definition drawn only from the seed articles.
FROM_ARTICLES = "articles"

#: Ids become heading anchors and URL fragments: lower-case words joined by hyphens.
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID_CHARS = 60
MAX_FORM_CHARS = 80
#: "One or two plain sentences": anything longer is an essay, not a tooltip.
MAX_DEFINITION_CHARS = 500
#: A tooltip is one short sentence; a longer first sentence needs a ``short`` field.
MAX_TOOLTIP_CHARS = 160

#: Punctuation a form may contain besides letters, digits and spaces. Anything else
#: is either Markdown syntax (which would break the ``abbr`` definitions) or a sign
#: that a note or a markup fragment has slipped into the alias list.
FORM_PUNCTUATION = frozenset(".-'\u2019\u2018\u02bc\u2010\u2011\u2013&/")


#: The glossary's public sources are the editors' ``PublicSource``.
SourceRef = PublicSource


def _slug(value: str) -> str:
    if not _SLUG.match(value) or len(value) > MAX_ID_CHARS:
        raise ValueError(
            f"{value!r} must be a slug of lower-case letters, digits and single hyphens "
            f"(at most {MAX_ID_CHARS} characters), because it becomes the heading anchor"
        )
    return value


def _form(form: str) -> str:
    """A term or alias: text that can be matched as whole words and used as an ``abbr`` key."""
    if len(form) > MAX_FORM_CHARS:
        raise ValueError(f"{form!r} is longer than {MAX_FORM_CHARS} characters")
    if not form[0].isalnum():
        raise ValueError(f"{form!r} must start with a letter or digit")
    bad = sorted({c for c in form if not (c.isalnum() or c == " " or c in FORM_PUNCTUATION)})
    if bad:
        shown = " ".join(repr(c) for c in bad)
        raise ValueError(f"{form!r} contains {shown}; use letters, digits, spaces and . - ' & / only")
    if not any(c.isalpha() for c in form):
        raise ValueError(f"{form!r} has no letters")
    return form


def _at_most(limit: int, advice: str) -> AfterValidator:
    def check(text: str) -> str:
        if len(text) > limit:
            raise ValueError(f"longer than {limit} characters; {advice}")
        return text

    return AfterValidator(check)


def _source_list(raw: Any) -> Any:
    """``articles`` (no outside source), one ``{title, url}`` mapping, or a non-empty list of them."""
    if raw == FROM_ARTICLES:
        return ()
    if isinstance(raw, str):
        raise ValueError(f"{raw!r} is neither {FROM_ARTICLES!r} nor a {{title, url}} mapping")
    if isinstance(raw, list) and not raw:
        raise ValueError(f"an empty list; write {FROM_ARTICLES!r} or give a {{title, url}} mapping")
    return raw if isinstance(raw, list) else [raw]


def _none_is_empty(raw: Any) -> Any:
    return [] if raw is None else raw


Form = Annotated[Text, AfterValidator(_form)]


@dataclass(frozen=True)
class GlossaryEntry:
    """One glossary term; ``sources`` is empty when the definition comes only from the articles."""

    __pydantic_config__ = RECORD

    id: Annotated[str, Field(strict=True), AfterValidator(_slug)]
    term: Form
    #: Other spellings; the key is required (``[]`` for none), so an entry says it has none.
    aliases: Annotated[tuple[Form, ...], BeforeValidator(_none_is_empty)]
    category: Category
    definition: Annotated[Text, _at_most(MAX_DEFINITION_CHARS, "keep it to one or two sentences")]
    sources: Annotated[tuple[PublicSource, ...], Field(alias="source"), BeforeValidator(_source_list)]
    #: The tooltip's sentence when the definition's first sentence is too long ("" for none).
    short: Annotated[Text, _at_most(MAX_TOOLTIP_CHARS, "one short sentence")] = ""

    @property
    def tooltip(self) -> str:
        """One sentence for the tooltip: ``short`` if given, else the definition's first sentence."""
        return self.short or first_sentence(self.definition)

    @property
    def anchor(self) -> str:
        """The heading anchor on the glossary page."""
        return self.id

    @property
    def from_articles(self) -> bool:
        """True when the definition needs no outside source (the site says "from the articles")."""
        return not self.sources

    @property
    def forms(self) -> tuple[str, ...]:
        """Every form to look for in text: the term first, then the aliases."""
        return (self.term, *(a for a in self.aliases if a != self.term))


@dataclass(frozen=True)
class Glossary:
    """All entries, in file order (the glossary page sorts them for display)."""

    entries: tuple[GlossaryEntry, ...]

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[GlossaryEntry]:
        return iter(self.entries)

    def entry(self, entry_id: str) -> GlossaryEntry:
        """The entry with id ``entry_id``; ``KeyError`` if there is none."""
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise KeyError(entry_id)


class GlossaryError(SeedError):
    """``editorial/glossary.yml`` is malformed or has an entry we cannot use."""


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def first_sentence(text: str) -> str:
    """The first sentence of a definition (abbreviations such as "U.S." do not end one)."""
    spans = split_sentences(text)
    return spans[0].text if spans else text


def form_key(form: str) -> str:
    """What two forms have in common when the finder cannot tell them apart.

    Letter case is folded because most forms match in any case, apostrophes and
    dashes are unified, and runs of white space count as one space.
    """
    text = unicodedata.normalize("NFC", form).translate(CHAR_EQUIVALENTS)
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class _GlossaryFile:
    """The file: public sources written once (used through YAML anchors), then the entries."""

    __pydantic_config__ = RECORD

    public_sources: Annotated[tuple[PublicSource, ...], BeforeValidator(_none_is_empty)] = ()
    entries: Annotated[tuple[GlossaryEntry, ...], BeforeValidator(_none_is_empty)] = ()


ENTRIES = Entries("entry", "id", "entries", under="entries")


def _check_entries(label: str, entries: tuple[GlossaryEntry, ...]) -> None:
    """Ids unique, no spelling listed twice in an entry, no source listed twice."""
    seen: set[str] = set()
    for entry in entries:
        where = f"entry '{entry.id}'"
        if entry.id in seen:
            raise GlossaryError(label, f"{where}: duplicate id")
        seen.add(entry.id)
        forms = (entry.term, *entry.aliases)
        twice = next((form for form in forms if forms.count(form) > 1), None)
        if twice is not None:
            raise GlossaryError(label, f"{where}.aliases: {twice!r} is listed twice")
        if len(set(entry.sources)) != len(entry.sources):
            raise GlossaryError(label, f"{where}.source: the same source is listed twice")


def _check_forms_unique(label: str, entries: tuple[GlossaryEntry, ...]) -> None:
    """No form may lead to two entries, or a mention could not say which one it is."""
    owner: dict[str, tuple[str, str]] = {}
    for entry in entries:
        for form in entry.forms:
            key = form_key(form)
            first = owner.setdefault(key, (entry.id, form))
            if first[0] != entry.id:
                raise GlossaryError(
                    label,
                    f"entry '{entry.id}'.aliases: {form!r} is already claimed by entry '{first[0]}' ({first[1]!r})",
                )


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def parse_glossary(text: str, label: str) -> Glossary:
    """Parse the text of ``glossary.yml``; ``label`` names the file in messages."""
    data = parse_yaml(text, label, GlossaryError)
    if data is None:
        return Glossary(())
    # The public sources are checked even if no entry uses them, so a typo there is caught where it was made.
    entries = validate(_GlossaryFile, data, label, GlossaryError, ENTRIES).entries
    _check_entries(label, entries)
    _check_forms_unique(label, entries)
    return Glossary(entries)


def load_glossary(path: Path, label: str) -> Glossary:
    """Read ``glossary.yml`` at ``path``; a missing file means an empty glossary."""
    if not path.exists():
        return Glossary(())
    return parse_glossary(read_text(path, label, GlossaryError), label)
