"""One printable page holding the whole explainer, for classrooms that work on paper.

It is the generated pages themselves, one after another, with their headings
moved one level down; no text is written twice. Search skips it (front matter)
so results point at the original pages, and it carries no tooltips (useless on
paper, and they would triple its size).
"""

from __future__ import annotations

import re

from .common import front_matter

TITLE = "Printable handout"
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_HEADING = re.compile(r"^(#{1,5}) ", re.MULTILINE)
# Link lists that help on screen but not on paper (and would double the page).
_SCREEN_ONLY = re.compile(r"^(?:Mentioned in|Appears on): .*\n", re.MULTILINE)


def render_handout(pages: list[tuple[str, str]]) -> str:
    """``pages``: (docs path, Markdown) in reading order; all live beside the handout."""
    parts = [
        front_matter(TITLE, search={"exclude": True}, tooltips=False),
        f"# {TITLE}\n",
        "The whole explainer on one page, for printing. Citations such as *ABC News ¶3* name the article "
        "and paragraph; the articles themselves are on the Sources pages.\n",
    ]
    for _, markdown in pages:
        body = _SCREEN_ONLY.sub("", _FRONT_MATTER.sub("", markdown, count=1))
        parts.append(_HEADING.sub(lambda m: "#" + m.group(1) + " ", body))
    return "\n".join(parts)
