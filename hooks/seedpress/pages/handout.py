"""One printable page holding the whole explainer, for classrooms that work on paper.

It is the generated pages themselves, one after another, with their headings
moved one level down, then the lessons and what was learned later. Material
that would print twice is left out: lists of links that help only on screen,
"What the articles say" (every sentence on a topic, which only repeats the
articles), the quotations that the lessons compare again, the exercises'
answers (the lesson handout is for students), and any list item already
printed above. Search skips it (front matter) so results point at the original
pages. It has no search box, so no search index to download, and no tooltips
(useless on paper, and they would triple its size).
"""

from __future__ import annotations

import re

from ..routes import CLAIMS
from .common import addresses_once, front_matter

TITLE = "Printable handout"
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_HEADING = re.compile(r"^(#{1,5}) ", re.MULTILINE)
# Link lists that help on screen but not on paper (and would double the page).
_SCREEN_ONLY = re.compile(r"^(?:Mentioned in|Appears on): .*\n", re.MULTILINE)
#: Sections left out on paper, by heading: their content is printed elsewhere in
#: the handout or only helps on screen.
SKIPPED_SECTIONS = (
    # Every sentence on the page's topic: on paper it only repeats the articles.
    "What the articles say",
    # Quotations in more than one article: the lesson "One statement, different
    # words" compares them again.
    "The same words in more than one article",
    # Links for teachers, on screen.
    "For teachers",
    # The count of every name each article uses: the lesson "Labels and framing"
    # prints the loaded ones, which are the point on paper.
    "How each article names the actors",
)
# The links laid over the timeline graphic: paper cannot follow them.
_SCREEN_ONLY_LINKS = re.compile(r'^<div class="timeline-links" markdown>\n[^\n]*\n</div>\n', re.MULTILINE)
# An exercise's collapsed answer (the lesson handout leaves answers out too).
_ANSWER = re.compile(r'^\?\?\? question "Answer"\n(?:(?: {4}.*)?\n)*', re.MULTILINE)
# A list item (top level or inside a box) and the anchor a context note carries.
_LIST_ITEM = re.compile(r"^ *- .+$")
_ANCHOR = re.compile(r'<span id="[^"]*"></span>')
#: List items shorter than this are never dropped as repeats ("- Russia").
MIN_REPEAT_CHARS = 60
#: Statements printed per side and question; the rest are counted and stay on the claims
#: page, so the handout does not grow with every article added.
MAX_PRINTED_STATEMENTS = 3
_SIDE_HEADING = re.compile(r"^(?:### |## Other statements$)")


def _skip_sections(body: str) -> str:
    """Drop every section (at ``##`` level) named in ``SKIPPED_SECTIONS``."""
    for heading in SKIPPED_SECTIONS:
        body = re.sub(rf"^## {re.escape(heading)}\n.*?(?=^## |\Z)", "", body, flags=re.MULTILINE | re.DOTALL)
    return body


def _drop_repeats(body: str, seen: set[str]) -> str:
    """Leave out list items (and the lines that continue them) already printed above."""
    kept: list[str] = []
    skipping = False
    for line in body.split("\n"):
        if _LIST_ITEM.match(line):
            key = _ANCHOR.sub("", line).strip()
            skipping = len(key) >= MIN_REPEAT_CHARS and key in seen
            seen.add(key)
        elif not line.startswith(" ") or not line.strip():
            skipping = False  # anything but an indented continuation ends the item
        if not skipping:
            kept.append(line)
    return "\n".join(kept)


def _cap_statements(body: str) -> str:
    """Keep the first ``MAX_PRINTED_STATEMENTS`` items under each side (``###``) of the claims page,
    and of its "Other statements"."""
    kept: list[str] = []
    items = dropped = 0
    for line in [*body.split("\n"), ""]:
        if _SIDE_HEADING.match(line) or (not line.strip() and dropped and items):
            if dropped:
                kept.append(f"- *… and {dropped} more on the Competing claims page.*")
            items = dropped = 0
        if line.startswith("- ") and _SIDE_HEADING.match(_last_heading(kept)):
            items += 1
            if items > MAX_PRINTED_STATEMENTS:
                dropped += 1
                continue
        elif dropped and line.startswith(" "):
            continue  # an indented continuation of a dropped item
        kept.append(line)
    return "\n".join(kept[:-1])


def _last_heading(lines: list[str]) -> str:
    return next((line for line in reversed(lines) if line.startswith("#")), "")


def render_handout(pages: list[tuple[str, str]]) -> str:
    """``pages``: (docs path, Markdown) in reading order; all link as if they lived beside the handout."""
    parts = [
        front_matter(TITLE, search={"exclude": True}, tooltips=False, search_box=False),
        f"# {TITLE}\n",
        "The whole explainer on one page, for printing, with the lessons and what was learned later. "
        "Citations such as *ABC News ¶3* name the article and paragraph; the articles themselves are on "
        "the Sources pages. The lists of every sentence on each topic, and the exercises' answers, stay "
        "on the screen pages.\n{ .handout-intro }\n",
    ]
    seen: set[str] = set()
    for path, markdown in pages:
        body = _FRONT_MATTER.sub("", markdown, count=1)
        if path == CLAIMS:
            body = _cap_statements(body)
        body = _SCREEN_ONLY_LINKS.sub("", _SCREEN_ONLY.sub("", body))
        body = _drop_repeats(_ANSWER.sub("", _skip_sections(body)), seen)
        parts.append(_HEADING.sub(lambda m: "#" + m.group(1) + " ", body))
    markdown = "\n".join(parts)
    return markdown + "\n" + addresses_once(markdown, "Addresses of the public sources")
