"""Glossary marks in a rendered page: one per term per section, each linking to its entry.

The ``abbr`` extension marks every occurrence of every glossary form. A reader
needs the first one in each section (``h2``), so this pass keeps that one, turns
it into a link to the glossary entry whose ``title`` is the tooltip (Material's
``content.tooltips`` shows it on hover and on keyboard focus), and unwraps every
other mark to plain text. Never marked: headings, table headers, navigation,
summaries, buttons, labels, and text that is already inside a link (a link in a
link is invalid and unreachable); a mention there does not use up the section's
mark, so the next mention in running text gets it.

How: one forward scan over the tags with a regular expression that cannot
backtrack and that steps over the tags this pass does not act on (most of them)
without returning to Python; each ``<abbr>`` holds only text (``abbr`` wraps
plain text), so its end is the next ``</abbr>``. The work is linear in the size of the page. The words of
the page do not change, only the elements around them, so quotations keep their
text for the provenance check and heading anchors stay as they are.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: Elements inside which a term is never marked.
UNMARKED = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "th", "nav", "a", "summary", "button", "label", "svg"})
#: The element that starts a new section.
SECTION = "h2"
#: A tag's attributes (values may hold ">", so quoted values are skipped whole); possessive: no backtracking.
_ATTRIBUTES = r"""(?:[^>"']++|"[^"]*+"|'[^']*+')*+"""
#: The names of the tags this pass acts on: ``abbr`` and ``UNMARKED`` (which holds ``SECTION``), in any case.
_NAMES = rf"(?i:{'|'.join(sorted(UNMARKED | {'abbr'}))})(?![A-Za-z0-9])"
#: The next tag this pass acts on, or the end of the page. Text, every other tag (attributes
#: and all) and a "<" that starts no tag are stepped over in one match, as a scan from tag to
#: tag would step over them.
_NEXT = re.compile(
    rf"""(?:[^<]++|(?!</?{_NAMES}{_ATTRIBUTES}>)(?:</?[A-Za-z][A-Za-z0-9]*+{_ATTRIBUTES}>|<))*+"""
    rf"""(?:(?P<tag><(?P<closing>/?)(?P<name>{_NAMES})(?P<attributes>{_ATTRIBUTES})>)|\Z)""",
    re.ASCII,
)
_TITLE = re.compile(r'\btitle="([^"]*)"')
_ABBR_END = "</abbr>"
#: The class of a kept mark (styled in ``docs/stylesheets/site.css``).
MARK_CLASS = "glossary-term"


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def thin_tooltips(page: str, entries: Mapping[str, str], glossary_url: str | None) -> str:
    """``page`` with one glossary mark per entry per section (none at all if ``glossary_url`` is None).

    ``entries`` maps an abbreviation key (the marked words) to its glossary entry
    id, which is also the entry's anchor on the glossary page at ``glossary_url``.
    A mark whose words are not a known key is unwrapped.
    """
    out: list[str] = []
    depth: dict[str, int] = {}
    inside = 0  # how many UNMARKED elements are open
    seen: set[str] = set()
    position = 0
    while (match := _NEXT.match(page, position)) is not None and match.group("tag"):
        closing, tag, attributes = match.group("closing"), match.group("name").lower(), match.group("attributes")
        if tag == "abbr" and not closing:
            end = page.find(_ABBR_END, match.end())
            if end < 0:
                break  # not abbr's output: leave the rest as it is
            out.append(page[position : match.start("tag")])
            words = page[match.end() : end]
            entry = entries.get(html.unescape(words))
            title = _TITLE.search(attributes)
            if glossary_url is None or inside or entry is None or entry in seen or title is None:
                out.append(words)
            else:
                seen.add(entry)
                out.append(
                    f'<a class="{MARK_CLASS}" href="{html.escape(glossary_url)}#{entry}" '
                    f'title="{title.group(1)}">{words}</a>'
                )
            position = end + len(_ABBR_END)
            continue
        count = depth.get(tag, 0)  # an UNMARKED element
        if closing:
            if count:
                depth[tag] = count - 1
                inside -= 1
        elif not attributes.rstrip().endswith("/"):
            depth[tag] = count + 1
            inside += 1
        if tag == SECTION and not closing:
            seen.clear()
        out.append(page[position : match.end()])
        position = match.end()
    out.append(page[position:])
    return "".join(out)
