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
backtrack; each ``<abbr>`` holds only text (``abbr`` wraps plain text), so its end
is the next ``</abbr>``. The work is linear in the size of the page. The words of
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

#: A start or end tag (attribute values may hold ">", so quoted values are skipped whole).
_TAG = re.compile(r"""<(/?)([A-Za-z][A-Za-z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""")
_TITLE = re.compile(r'\btitle="([^"]*)"')
_ABBR_END = "</abbr>"
#: Elements inside which a term is never marked.
UNMARKED = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "th", "nav", "a", "summary", "button", "label", "svg"})
#: The element that starts a new section.
SECTION = "h2"
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
    while (match := _TAG.search(page, position)) is not None:
        closing, tag = match.group(1), match.group(2).lower()
        if tag == "abbr" and not closing:
            end = page.find(_ABBR_END, match.end())
            if end < 0:
                break  # not abbr's output: leave the rest as it is
            out.append(page[position : match.start()])
            words = page[match.end() : end]
            entry = entries.get(html.unescape(words))
            title = _TITLE.search(match.group(3))
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
        if tag in UNMARKED:
            count = depth.get(tag, 0)
            if closing:
                if count:
                    depth[tag] = count - 1
                    inside -= 1
            elif not match.group(3).rstrip().endswith("/"):
                depth[tag] = count + 1
                inside += 1
        if tag == SECTION and not closing:
            seen.clear()
        out.append(page[position : match.end()])
        position = match.end()
    out.append(page[position:])
    return "".join(out)
