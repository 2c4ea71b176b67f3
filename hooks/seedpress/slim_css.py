"""Material's stylesheets without the rules that no page of the built site can match.

Material ships one stylesheet for every feature it has (content tabs, code
highlighting, keys, annotations, blog posts, twenty colour palettes, ...) and
offers no setting to leave unused ones out. This site uses few of them, and
its first visit must stay under 100 KB gzip with the search index included
(issue 13), so after the build this pass removes from Material's
``main.*.min.css`` and ``palette.*.min.css``:

- every selector naming a class that appears neither in a ``class`` attribute
  of a built page nor as a word in any script the pages run (Material's scripts
  create their elements with literal class names), and every
  ``[data-md-color-*=value]`` selector with a value no page sets; a class
  inside a parenthesised pseudo-class (``:not(.x)``, ``:has(.x)``) never
  makes a selector unused, except in ``:is()`` and ``:where()``, which need
  one of their selectors matchable;
- a rule whose selectors are all unused, an ``@media`` block left empty;
- custom property declarations (``--md-...``) that nothing reads any more;
- the selectors naming ``[data-md-color-switching]`` (``COSTLY``), though they
  match: Material's bundle sets that attribute on ``<body>`` as every page
  opens and removes it a moment later, and the rule
  ``[data-md-color-switching] *`` then makes the browser restyle every element
  of the page twice, a cost that grows with the page (issue 16). The rule only
  stops colours fading during a switch of colour scheme.

In Material's stylesheets and the site's own, ``table:not([class])`` (any
element name) becomes ``table:not(.seedpress-no-class)`` when no page has such
an element with a class, other than the class ``tables.py`` gives the tables it
wraps for Material (a class that stands for none): the same elements match with the same specificity, but a selector
naming ``[class]`` makes the browser restyle the whole subtree of any element
whose class changes (Material's bundle changes the class of ``<html>`` as every
page opens), thousands of elements each time; a class no element has never
changes. Classes that scripts give such elements later are not seen: no
script of this site gives one to a table.

The site's own stylesheets keep every rule and lose their comments. The
rewritten file gets a name with its own content hash (and the pages link
it), so a browser never mixes a cached copy with a different build. The work is
linear in the size of the stylesheets and the site.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from .tables import DATA_TABLE

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: Material's stylesheets in a built site (the site's own stylesheets are left alone).
MATERIAL_SHEETS = ("assets/stylesheets/main.*.min.css", "assets/stylesheets/palette.*.min.css")
#: Selectors left out although they can match: their cost on every page load outweighs what they do.
COSTLY = ("[data-md-color-switching]",)
#: Block at-rules whose content is itself a list of rules.
_NESTING = ("@media", "@supports", "@container", "@layer")
_CLASS_ATTR = re.compile(r"""\sclass\s*=\s*(?:"([^"]*)"|'([^']*)')""")
#: A start tag (group 1: the element name; group 2: its attributes); possessive, so it never backtracks.
_START_TAG = re.compile(r"""<([a-zA-Z][\w-]*+)((?:[^>"']++|"[^"]*+"|'[^']*+')*+)>""")
#: Classes that stand for "no class": tables the hooks wrapped as Material's script would (``tables.py``).
CLASSLESS_ALIKE = frozenset({DATA_TABLE})
#: ``name:not([class])``: an element of that name without a class attribute.
_CLASSLESS = re.compile(r"(?<![\w-])([a-z][\w-]*):not\(\[class\]\)")
#: A class no page uses, to stand in for ``[class]`` (see the module's docstring).
NEVER = "seedpress-no-class"
_PALETTE_ATTR = re.compile(r"""\s(data-md-color-[a-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
#: Material's search worker, started by its bundle (not linked from the pages).
WORKERS = "assets/javascripts/workers/*.js"
_SCRIPT_SRC = re.compile(r"""<script\b[^>]*\ssrc=["']([^"']+)["']""", re.I)
_INLINE_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script>", re.S | re.I)
_WORD = re.compile(r"[\w-]+")
_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
_PALETTE_SELECTOR = re.compile(r"""\[(data-md-color-[a-z]+)=["']?([^\]"']*)["']?\]""")
#: A functional pseudo-class: ":is(", ":not(", "::slotted(" ...
_FUNCTION = re.compile(r"::?([\w-]+)\(")
#: Pseudo-classes that match when one of their selectors does.
_ANY_OF = frozenset({"is", "where", "matches", "-webkit-any", "-moz-any"})
_COMMENT_OR_STRING = re.compile(r"""("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')|/\*.*?\*/""", re.S)
_VAR = re.compile(r"var\(\s*(--[\w-]+)")
#: A quoted string (a backslash escapes the next character; an unclosed one runs to the end).
_STRING = r""""(?:\\.|[^"\\])*"?|'(?:\\.|[^'\\])*'?"""
#: What ``_blocks`` reads at the top level: a string (skipped whole), a brace or a semicolon; inside a block:
#: a string or a brace.
_TOP_MARK = re.compile(rf"{_STRING}|[{{}};]", re.S)
_INNER_MARK = re.compile(rf"{_STRING}|[{{}}]", re.S)
#: What ``_split_top`` reads, per separator: a string, a parenthesis or bracket, the separator.
_SPLIT_MARK = {sep: re.compile(rf"{_STRING}|[()\[\]{re.escape(sep)}]", re.S) for sep in ",;"}
#: What makes ``_split_top`` read the text mark by mark: a quote, a parenthesis or a bracket.
_NESTS = re.compile(r"[\"'()\[\]]")
_ATTRIBUTE = re.compile(r"\[[^\]]*\]")


@dataclass
class UsedNames:
    """What the built site can match: class names, palette attribute values, custom properties read."""

    classes: set[str] = field(default_factory=set)
    palette: dict[str, set[str]] = field(default_factory=dict)
    #: Per element name, the classes pages give such elements ("" for an empty class attribute).
    classed: dict[str, set[str]] = field(default_factory=dict)
    properties: set[str] = field(default_factory=set)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def slim_site(site: Path) -> list[tuple[str, int, int]]:
    """Rewrite Material's stylesheets in the built ``site``; (new name, bytes before, bytes after) per sheet."""
    sheets = [path for pattern in MATERIAL_SHEETS for path in sorted(site.glob(pattern))]
    if not sheets:
        return []
    pages = sorted(site.rglob("*.html"))
    texts = {page: page.read_text(encoding="utf-8") for page in pages}
    used = used_names(list(texts.values()), [p.read_text(encoding="utf-8") for p in _loaded_scripts(site, texts)])
    # The site's own stylesheets keep every rule (all are meant), without their
    # comments; the custom properties they read stay in Material's.
    for other in sorted(site.rglob("*.css")):
        if other not in sheets:
            text = other.read_text(encoding="utf-8")
            used.properties.update(_VAR.findall(text))
            other.write_text(without_classless(strip_comments(text), used), encoding="utf-8")
    # Each stylesheet is read into rules once; every pass below works on the rules.
    rules = {sheet: _slim_items(_parse(strip_comments(sheet.read_text(encoding="utf-8"))), used) for sheet in sheets}
    slimmed = {sheet: _render(items) for sheet, items in rules.items()}
    # Each pass below works on the items, as if it read the text the last one wrote. Reading
    # gives the same items for a well-formed sheet without nested CSS (Material's); else each
    # pass reads the text again.
    reread = not all(_flat(items) and _parse(slimmed[sheet]) == items for sheet, items in rules.items())
    # A property may be read only by a declaration that goes: repeat until nothing changes.
    while True:
        read = set(used.properties).union(*(_VAR.findall(css) for css in slimmed.values()))
        rules = {
            sheet: _drop_items(_parse(slimmed[sheet]) if reread else items, read) for sheet, items in rules.items()
        }
        again = {sheet: _render(items) for sheet, items in rules.items()}
        if again == slimmed:
            break
        slimmed = again
    renames: dict[str, str] = {}
    report = []
    for sheet, rules_text in slimmed.items():
        css = without_classless(rules_text, used)
        digest = hashlib.sha256(css.encode("utf-8")).hexdigest()[:8]
        stem = sheet.name.split(".", 1)[0]
        new = sheet.with_name(f"{stem}.{digest}.min.css")
        before = sheet.stat().st_size
        sheet.unlink()
        # Material's source map describes the whole stylesheet, not this one.
        sheet.with_name(f"{sheet.name}.map").unlink(missing_ok=True)
        new.write_text(css, encoding="utf-8")
        renames[sheet.name] = new.name
        report.append((new.name, before, len(css.encode("utf-8"))))
    for page, text in texts.items():
        changed = text
        for old, new_name in renames.items():
            changed = changed.replace(f"/{old}", f"/{new_name}")
        if changed != text:
            page.write_text(changed, encoding="utf-8")
    return report


def _loaded_scripts(site: Path, pages: dict[Path, str]) -> list[Path]:
    """The scripts that can run on the site's pages: those they link, and Material's search worker.

    Other scripts in the site (lunr's language files, loaded by the worker only
    for other languages, and never touching the page) cannot add a class.
    """
    found = set(site.glob(WORKERS))
    for page, text in pages.items():
        for ref in _SCRIPT_SRC.findall(text):
            path = urlsplit(ref).path
            if path and not urlsplit(ref).netloc:
                script = (page.parent / unquote(path)).resolve()
                if script.is_file():
                    found.add(script)
    return sorted(found)


def used_names(pages: list[str], scripts: list[str]) -> UsedNames:
    """Class names and palette values that ``pages`` set, and every word of ``scripts`` and inline scripts."""
    used = UsedNames()
    # Pages repeat the same inline scripts (Material's configuration): each distinct one is read once.
    inline: set[str] = set()
    for page in pages:
        used.classes.update(" ".join(a or b for a, b in _CLASS_ATTR.findall(page)).split())
        for name, attributes in _START_TAG.findall(page):
            found = _CLASS_ATTR.search(attributes) if "class" in attributes else None
            if found:
                classes = (found.group(1) or found.group(2) or "").split() or [""]
                used.classed.setdefault(name.lower(), set()).update(classes)
        for name, double, single in _PALETTE_ATTR.findall(page):
            used.palette.setdefault(name, set()).add(double or single)
        inline.update(_INLINE_SCRIPT.findall(page))
        used.properties.update(_VAR.findall(page))
    for script in inline:
        used.classes.update(_WORD.findall(script))
    for script in scripts:
        words = set(_WORD.findall(script))
        used.classes.update(words)
        used.properties.update(w for w in words if w.startswith("--"))
    return used


def slim(css: str, used: UsedNames) -> str:
    """``css`` without comments and without the selectors and rules that ``used`` cannot match."""
    return without_classless(_render(_slim_items(_parse(strip_comments(css)), used)), used)


def without_classless(css: str, used: UsedNames) -> str:
    """``css`` with ``name:not([class])`` as ``name:not(.NEVER)`` where pages give that element no class.

    No class, or only classes of ``CLASSLESS_ALIKE``.
    """
    if NEVER in used.classes:
        return css

    def rewrite(match: re.Match[str]) -> str:
        name = match.group(1)
        return f"{name}:not(.{NEVER})" if used.classed.get(name, set()) <= CLASSLESS_ALIKE else match.group(0)

    return _CLASSLESS.sub(rewrite, css)


def strip_comments(css: str) -> str:
    """``css`` without comments (strings kept as they are) and without indentation and blank lines."""
    text = _COMMENT_OR_STRING.sub(lambda m: m.group(1) or "", css)
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def drop_unread_properties(css: str, read: set[str]) -> str:
    """``css`` without declarations of custom properties outside ``read``, and without rules left empty."""
    return _render(_drop_items(_parse(css), read))


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


#: A stylesheet read into items, each (kind, prelude, content): a statement such as
#: ``@import ...;`` (no content); a block of rules such as ``@media`` (its items); another
#: at-rule such as ``@font-face`` (its body, kept whole); a rule (its body, or once read,
#: its declarations).
_STATEMENT, _NESTED, _WHOLE, _RULE = range(4)
_Item = tuple[int, str, Any]


def _parse(css: str) -> list[_Item]:
    """``css`` as items (see ``_Item``), nested blocks read once."""
    items: list[_Item] = []
    for head, body in _blocks(css):
        if body is None:
            items.append((_STATEMENT, head, None))
        elif head.startswith(_NESTING):
            items.append((_NESTED, head, _parse(body)))
        elif head.startswith("@"):
            items.append((_WHOLE, head, body))
        else:
            items.append((_RULE, head, body))
    return items


def _render(items: list[_Item]) -> str:
    """The stylesheet text of ``items``; a rule's declarations joined by ";"."""
    out = []
    for kind, head, content in items:
        if kind == _STATEMENT:
            out.append(head)
        elif kind == _NESTED:
            out.append(f"{head}{{{_render(content)}}}")
        elif kind == _RULE and not isinstance(content, str):
            out.append(f"{head}{{{';'.join(content)}}}")
        else:
            out.append(f"{head}{{{content}}}")
    return "".join(out)


def _flat(items: list[_Item]) -> bool:
    """No rule of ``items`` holds a brace (outside its prelude) or has a prelude that reads as an at-rule."""
    return all(
        _flat(content)
        if kind == _NESTED
        else kind != _RULE or ("{" not in content and "}" not in content and not head.startswith("@"))
        for kind, head, content in items
    )


def _map_rules(items: list[_Item], rule: Callable[[str, Any], _Item | None]) -> list[_Item]:
    """``items`` with each rule replaced by ``rule(head, content)`` (dropped for ``None``), inside
    nested blocks too; blocks left empty go, other items are kept whole."""
    out: list[_Item] = []
    for kind, head, content in items:
        if kind == _NESTED:
            inner = _map_rules(content, rule)
            if inner:
                out.append((kind, head, inner))
        elif kind == _RULE:
            if (kept := rule(head, content)) is not None:
                out.append(kept)
        else:
            out.append((kind, head, content))  # statements, @font-face, @keyframes, @page: kept whole
    return out


def _slim_items(items: list[_Item], used: UsedNames) -> list[_Item]:
    """``items`` without the selectors ``used`` cannot match, rules left without any, and empty blocks."""

    def matched(head: str, content: Any) -> _Item | None:
        selectors = [s for s in _split_top(head, ",") if _matchable(s, used)]
        return (_RULE, ",".join(selectors), content) if selectors else None

    return _map_rules(items, matched)


def _drop_items(items: list[_Item], read: set[str]) -> list[_Item]:
    """``items`` without declarations of custom properties outside ``read``, and without rules left empty."""

    def read_only(head: str, content: Any) -> _Item | None:
        declarations = _split_top(content, ";") if isinstance(content, str) else content
        kept = [d for d in declarations if not d.startswith("--") or d.split(":", 1)[0].strip() in read]
        return (_RULE, head, kept) if kept else None

    return _map_rules(items, read_only)


def _matchable(selector: str, used: UsedNames) -> bool:
    """Whether some element of the site can match ``selector``, as far as its classes and palette tell.

    A ``COSTLY`` selector counts as unmatchable.
    """
    if any(costly in selector for costly in COSTLY):
        return False
    for name, value in _PALETTE_SELECTOR.findall(selector):
        if name in used.palette and value not in used.palette[name]:
            return False
    bare = []
    i = 0
    while i < len(selector):
        match = _FUNCTION.search(selector, i)
        if match is None:
            bare.append(selector[i:])
            break
        bare.append(selector[i : match.start()])
        end = _closing(selector, match.end())
        if match.group(1) in _ANY_OF and not any(
            _matchable(alternative, used) for alternative in _split_top(selector[match.end() : end], ",")
        ):
            return False  # :is(.a, .b) with neither class used
        i = end + 1  # :not(.x), :has(.x), :nth-child(...) decide nothing
    without_attributes = _ATTRIBUTE.sub("", "".join(bare))
    return all(name in used.classes for name in _CLASS.findall(without_attributes))


def _closing(text: str, start: int) -> int:
    """The index of the ")" that closes the parenthesis opened just before ``start`` (or the end)."""
    depth = 1
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return len(text)


def _blocks(css: str) -> list[tuple[str, str | None]]:
    """Top-level items of ``css``: (prelude, body) for a block, (statement, None) for ``@x ...;``."""
    items: list[tuple[str, str | None]] = []
    depth = 0
    start = 0
    body_start = 0
    # Only quoted strings (skipped whole), braces and (at the top level) semicolons matter:
    # a regular expression steps from one to the next, not a loop over every character.
    position = 0
    while (match := (_TOP_MARK if depth == 0 else _INNER_MARK).search(css, position)) is not None:
        position = match.end()
        ch = match.group()
        if ch == "{":
            if depth == 0:
                body_start = match.start()
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                items.append((css[start:body_start].strip(), css[body_start + 1 : match.start()]))
                start = position
        elif ch == ";":  # only searched for at the top level
            items.append((css[start:position].strip(), None))
            start = position
    rest = css[start:].strip()
    if rest:
        items.append((rest, None))
    return items


def _split_top(text: str, separator: str) -> list[str]:
    """``text`` split at ``separator`` outside quotes, parentheses and brackets."""
    if not _NESTS.search(text):  # most selectors and declarations: a plain split
        return [p for p in (part.strip() for part in text.split(separator)) if p]
    parts = []
    depth = 0
    start = 0
    for match in _SPLIT_MARK[separator].finditer(text):
        ch = match.group()
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == separator and depth == 0:
            parts.append(text[start : match.start()])
            start = match.end()
    parts.append(text[start:])
    return [p for p in (part.strip() for part in parts) if p]


__all__ = ["UsedNames", "drop_unread_properties", "slim", "slim_site", "strip_comments", "used_names"]
