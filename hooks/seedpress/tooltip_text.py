"""The tooltips' text: glossary definitions for Python-Markdown's ``abbr`` extension.

``abbr`` marks every form of every glossary term in every page, with the
tooltip as the mark's title; ``tooltips.py`` then keeps one mark per term per
section. This module writes what ``abbr`` is given: one key per form as the
articles and the glossary write it, and one sentence of definition per key,
always on one line and never able to end or escape its ``*[key]: title`` line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .glossary import Glossary, GlossaryEntry, form_key
from .terms import TermMention

# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


#: Control characters, surrogates and private-use characters (Unicode categories Cc, Cs and Co:
#: sets the Unicode stability policy fixes).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")


def _abbr_safe(text: str) -> str:
    """Text that stays inside one ``*[key]: title`` line and means nothing there.

    One line (white space collapsed); no control characters (Markdown uses STX/ETX
    for its placeholders); square brackets become round ones and backslashes
    slashes, so the definition can never end or escape the abbreviation key.
    """
    kept = _UNSAFE.sub("", text)
    line = " ".join(kept.split()).replace("[", "(").replace("]", ")").replace("\\", "/")
    # Python-Markdown reads a title of '' or "" as "forget this abbreviation".
    return "(no definition)" if line in ("", "''", '""') else line


def _abbr_key(form: str) -> str | None:
    """The ``abbr`` key for a form, or None if the form cannot be one.

    ``abbr`` wraps matches in ``\\b...\\b``, so a key ending in a full stop ("U.S.")
    would only match before a letter. Trimming it to "U.S" lets the tooltip cover
    the letters while the final full stop stays outside.
    """
    key = " ".join(form.split()).rstrip(".")
    if not key or not key[0].isalnum() or any(c in "[]\\" for c in key):
        return None
    return key


def _abbr_title(entry: GlossaryEntry, form: str, *, with_source: bool) -> str:
    """The tooltip: the canonical term when the form differs, one sentence, optionally its origin.

    One sentence (``GlossaryEntry.tooltip``): the whole definition stays on the
    glossary page, which the first mention in each section links to.
    """
    title = entry.tooltip
    if form_key(form) != form_key(entry.term):
        title = f"{entry.term}: {title}"
    if with_source:
        origin = "from the articles" if entry.from_articles else "source: " + "; ".join(s.title for s in entry.sources)
        title = f"{title} (Glossary, {origin})"
    return _abbr_safe(title)


def _abbr_forms(glossary: Glossary, mentions: Iterable[TermMention]) -> Iterable[tuple[GlossaryEntry, str, str]]:
    """(entry, form, abbr key) for every key, first claim first (see ``abbr_glossary``)."""
    surfaces: dict[str, list[str]] = {}
    for mention in mentions:
        surfaces.setdefault(mention.entry_id, []).append(mention.text)
    claimed: set[str] = set()
    for entry in glossary.entries:
        forms: list[str] = []
        for form in (*entry.forms, *surfaces.get(entry.id, ())):
            forms.append(form)
            if form[:1].islower():
                forms.append(form[0].upper() + form[1:])
        for form in forms:
            if "\n" in form:
                continue  # a mention broken across lines is not a key abbr could match
            key = _abbr_key(form)
            if key is not None and key not in claimed:
                claimed.add(key)
                yield entry, form, key


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def abbr_glossary(
    glossary: Glossary, mentions: Iterable[TermMention] = (), *, with_source: bool = False
) -> dict[str, str]:
    """Abbreviation key -> tooltip text, for the ``abbr`` extension's ``glossary`` option.

    ``abbr`` matches keys case-sensitively and as whole words, so each form needs
    its own key: every term and alias as written, the same with a capital first
    letter (for the start of a sentence), and, when ``mentions`` are given, every
    spelling the articles actually use ("Central command"). The first entry to
    claim a key keeps it, so the result does not depend on dictionary order.
    """
    return {
        key: _abbr_title(entry, form, with_source=with_source) for entry, form, key in _abbr_forms(glossary, mentions)
    }


def abbr_entries(glossary: Glossary, mentions: Iterable[TermMention] = ()) -> dict[str, str]:
    """Abbreviation key -> glossary entry id: which entry a rendered ``<abbr>`` stands for."""
    return {key: entry.id for entry, _, key in _abbr_forms(glossary, mentions)}


def abbr_glossary_lines(
    glossary: Glossary, mentions: Iterable[TermMention] = (), *, with_source: bool = False
) -> list[str]:
    """The same as ``abbr_glossary``, as Python-Markdown definitions: ``*[key]: title``."""
    return [f"*[{key}]: {title}" for key, title in abbr_glossary(glossary, mentions, with_source=with_source).items()]
