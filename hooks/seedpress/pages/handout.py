"""One printable page holding the whole explainer, for classrooms that work on paper.

It is the generated pages themselves, one after another, with their headings
moved one level down; no text is written twice. Search skips it (front matter)
so results point at the original pages. It has no search box, so no search
index to download, and no tooltips (useless on paper, and they would triple
its size).
"""

from __future__ import annotations

import re

from .common import front_matter

TITLE = "Printable handout"
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_HEADING = re.compile(r"^(#{1,5}) ", re.MULTILINE)
# Link lists that help on screen but not on paper (and would double the page).
_SCREEN_ONLY = re.compile(r"^(?:Mentioned in|Appears on): .*\n", re.MULTILINE)
# "What the articles say": every sentence on the page's topic, which on paper
# only repeats the articles (and would make the handout the heaviest page).
_PASSAGES = re.compile(r"^## What the articles say\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
# The links laid over the timeline graphic: paper cannot follow them.
_SCREEN_ONLY_LINKS = re.compile(r'^<div class="timeline-links" markdown>\n[^\n]*\n</div>\n', re.MULTILINE)


def render_handout(pages: list[tuple[str, str]]) -> str:
    """``pages``: (docs path, Markdown) in reading order; all live beside the handout."""
    parts = [
        front_matter(TITLE, search={"exclude": True}, tooltips=False, search_box=False),
        f"# {TITLE}\n",
        "The whole explainer on one page, for printing. Citations such as *ABC News ¶3* name the article "
        "and paragraph; the articles themselves are on the Sources pages. The lists of every sentence on "
        "each topic stay on the screen pages.\n{ .handout-intro }\n",
    ]
    for _, markdown in pages:
        body = _FRONT_MATTER.sub("", markdown, count=1)
        body = _PASSAGES.sub("", _SCREEN_ONLY_LINKS.sub("", _SCREEN_ONLY.sub("", body)))
        parts.append(_HEADING.sub(lambda m: "#" + m.group(1) + " ", body))
    return "\n".join(parts)
