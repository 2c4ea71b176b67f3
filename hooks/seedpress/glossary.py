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
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from .errors import SeedError
from .markdown_text import is_safe_url
from .sentences import split_sentences
from .yamlfile import parse_yaml, read_text

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

ENTRY_FIELDS = ("id", "term", "aliases", "category", "definition", "short", "source")
TOP_LEVEL_KEYS = ("public_sources", "entries")

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

#: Characters that news text uses interchangeably: every apostrophe becomes "'",
#: every hyphen or dash becomes "-". Shared with ``terms.py`` so that the finder
#: and the duplicate check agree on what "the same form" means.
CHAR_EQUIVALENTS = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark, the usual curly apostrophe
        "\u2018": "'",  # left single quotation mark, often typed by mistake
        "\u02bc": "'",  # modifier letter apostrophe
        "\u2032": "'",  # prime
        "`": "'",
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash ("U.S.–Russia")
        "\u2014": "-",  # em dash
        "\u2015": "-",  # horizontal bar
        "\u2212": "-",  # minus sign
    }
)


@dataclass(frozen=True)
class SourceRef:
    """A public page a definition relies on."""

    title: str
    url: str


@dataclass(frozen=True)
class GlossaryEntry:
    """One glossary term; ``sources`` is empty when the definition comes only from the articles."""

    id: str
    term: str
    aliases: tuple[str, ...]
    category: Category
    definition: str
    sources: tuple[SourceRef, ...]
    #: The tooltip's sentence when the definition's first sentence is too long ("" for none).
    short: str = ""

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


def _one_line(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).split())


def _text(label: str, where: str, field: str, raw: Any) -> str:
    """A required, non-empty, single-line text field."""
    if raw is None:
        raise GlossaryError(label, f"{where}: missing '{field}'")
    if not isinstance(raw, str) or not raw.strip():
        raise GlossaryError(label, f"{where}: '{field}' must be non-empty text")
    if any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in raw):
        raise GlossaryError(label, f"{where}: '{field}' contains a control character")
    return _one_line(raw)


def _form(label: str, where: str, field: str, raw: Any) -> str:
    """A term or alias: text that can be matched as whole words and used as an ``abbr`` key."""
    form = _text(label, where, field, raw)
    if len(form) > MAX_FORM_CHARS:
        raise GlossaryError(label, f"{where}: {field} {form!r} is longer than {MAX_FORM_CHARS} characters")
    if not form[0].isalnum():
        raise GlossaryError(label, f"{where}: {field} {form!r} must start with a letter or digit")
    bad = sorted({c for c in form if not (c.isalnum() or c == " " or c in FORM_PUNCTUATION)})
    if bad:
        shown = " ".join(repr(c) for c in bad)
        raise GlossaryError(
            label, f"{where}: {field} {form!r} contains {shown}; use letters, digits, spaces and . - ' & / only"
        )
    if not any(c.isalpha() for c in form):
        raise GlossaryError(label, f"{where}: {field} {form!r} has no letters")
    return form


def _source_ref(label: str, where: str, raw: Any) -> SourceRef:
    if not isinstance(raw, Mapping):
        raise GlossaryError(label, f"{where}: a source must be a mapping with 'title' and 'url'")
    unknown = set(raw) - {"title", "url"}
    if unknown:
        raise GlossaryError(label, f"{where}: unknown source key(s) {', '.join(sorted(map(str, unknown)))}")
    title = _text(label, where, "source title", raw.get("title"))
    url = raw.get("url")
    if not isinstance(url, str) or not is_safe_url(url.strip()):
        raise GlossaryError(label, f"{where}: bad source url {url!r}; it must be an http(s) address without spaces")
    return SourceRef(title=title, url=url.strip())


def _sources(label: str, where: str, raw: Any) -> tuple[SourceRef, ...]:
    """``articles``, one ``{title, url}`` mapping, or a non-empty list of them."""
    if raw is None:
        raise GlossaryError(label, f"{where}: missing 'source' ({FROM_ARTICLES!r} or a {{title, url}} mapping)")
    if raw == FROM_ARTICLES:
        return ()
    if isinstance(raw, str):
        raise GlossaryError(label, f"{where}: 'source' must be {FROM_ARTICLES!r} or a {{title, url}} mapping")
    items = raw if isinstance(raw, list) else [raw]
    if not items:
        raise GlossaryError(label, f"{where}: 'source' list is empty")
    refs = tuple(_source_ref(label, where, item) for item in items)
    if len(set(refs)) != len(refs):
        raise GlossaryError(label, f"{where}: the same source is listed twice")
    return refs


def _entry(label: str, position: int, raw: Any, seen_ids: set[str]) -> GlossaryEntry:
    """Validate one entry; ``position`` (1-based) names it until its id is known."""
    where = f"entry {position}"
    if not isinstance(raw, Mapping):
        raise GlossaryError(label, f"{where}: expected a mapping with {', '.join(ENTRY_FIELDS)}")
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not _SLUG.match(entry_id) or len(entry_id) > MAX_ID_CHARS:
        raise GlossaryError(
            label,
            f"{where}: 'id' {entry_id!r} must be a slug of lower-case letters, digits and single hyphens "
            f"(at most {MAX_ID_CHARS} characters), because it becomes the heading anchor",
        )
    where = f"entry '{entry_id}'"
    if entry_id in seen_ids:
        raise GlossaryError(label, f"{where}: duplicate id")
    unknown = set(raw) - set(ENTRY_FIELDS)
    if unknown:
        raise GlossaryError(
            label,
            f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))} (known: {', '.join(ENTRY_FIELDS)})",
        )
    term = _form(label, where, "term", raw.get("term"))
    if "aliases" not in raw:
        raise GlossaryError(label, f"{where}: missing 'aliases' (use [] for none)")
    raw_aliases = raw["aliases"] if raw["aliases"] is not None else []
    if not isinstance(raw_aliases, list):
        raise GlossaryError(label, f"{where}: 'aliases' must be a list (use [] for none)")
    aliases = tuple(_form(label, where, "alias", a) for a in raw_aliases)
    if len(set(aliases)) != len(aliases) or term in aliases:
        twice = next(a for a in (term, *aliases) if (term, *aliases).count(a) > 1)
        raise GlossaryError(label, f"{where}: alias {twice!r} is listed twice")
    category = raw.get("category")
    if category is None:
        raise GlossaryError(label, f"{where}: missing 'category' (one of {', '.join(CATEGORIES)})")
    if category not in CATEGORIES:
        raise GlossaryError(label, f"{where}: unknown category {category!r} (one of {', '.join(CATEGORIES)})")
    definition = _text(label, where, "definition", raw.get("definition"))
    if len(definition) > MAX_DEFINITION_CHARS:
        raise GlossaryError(
            label,
            f"{where}: definition is longer than {MAX_DEFINITION_CHARS} characters; keep it to one or two sentences",
        )
    sources = _sources(label, where, raw.get("source"))
    short = _text(label, where, "short", raw["short"]) if "short" in raw else ""
    if len(short) > MAX_TOOLTIP_CHARS:
        raise GlossaryError(
            label, f"{where}: 'short' is longer than {MAX_TOOLTIP_CHARS} characters; one short sentence"
        )
    seen_ids.add(entry_id)
    return GlossaryEntry(
        id=entry_id,
        term=term,
        aliases=aliases,
        category=category,
        definition=definition,
        sources=sources,
        short=short,
    )


def _check_forms_unique(label: str, entries: list[GlossaryEntry]) -> None:
    """No form may lead to two entries, or a mention could not say which one it is."""
    owner: dict[str, tuple[str, str]] = {}
    for entry in entries:
        for form in entry.forms:
            key = form_key(form)
            first = owner.setdefault(key, (entry.id, form))
            if first[0] != entry.id:
                raise GlossaryError(
                    label, f"entry '{entry.id}': alias {form!r} is already claimed by entry '{first[0]}' ({first[1]!r})"
                )


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def parse_glossary(text: str, label: str) -> Glossary:
    """Parse the text of ``glossary.yml``; ``label`` names the file in messages."""
    data = parse_yaml(text, label, GlossaryError)
    if data is None:
        return Glossary(())
    if not isinstance(data, Mapping):
        raise GlossaryError(label, "expected a mapping with an 'entries' list")
    unknown = set(data) - set(TOP_LEVEL_KEYS)
    if unknown:
        raise GlossaryError(
            label,
            f"unknown top-level key(s) {', '.join(sorted(map(str, unknown)))} (known: {', '.join(TOP_LEVEL_KEYS)})",
        )
    # The public sources are written once and used through YAML anchors; check them
    # even if no entry uses them, so a typo there is caught where it was made.
    public = data.get("public_sources") or []
    if not isinstance(public, list):
        raise GlossaryError(label, "'public_sources' must be a list of {title, url} mappings")
    for number, item in enumerate(public, start=1):
        _source_ref(label, f"public source {number}", item)
    raw_entries = data.get("entries")
    if raw_entries is None:
        return Glossary(())
    if not isinstance(raw_entries, list):
        raise GlossaryError(label, "'entries' must be a list of entries")
    seen_ids: set[str] = set()
    entries = [_entry(label, n, raw, seen_ids) for n, raw in enumerate(raw_entries, start=1)]
    _check_forms_unique(label, entries)
    return Glossary(tuple(entries))


def load_glossary(path: Path, label: str) -> Glossary:
    """Read ``glossary.yml`` at ``path``; a missing file means an empty glossary."""
    if not path.exists():
        return Glossary(())
    return parse_glossary(read_text(path, label, GlossaryError), label)
