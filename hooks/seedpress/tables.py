"""Tables as a phone gets them: cells that name their column, and Material's wrapper made at build time.

On a narrow screen the stylesheet shows each row as a card and each cell on its
own line, preceded by its column's name (``td[data-label]::before``).
``label_cells`` copies each header cell's text into ``data-label`` on the cells
of its column.

``wrap_tables`` puts each table in the two ``<div>`` that Material's script
would put it in (``md-typeset__scrollwrap``, ``md-typeset__table``) and gives it
the class ``DATA_TABLE``, so that the script, which wraps only tables without a
class, leaves it alone. Wrapped by the script after the page is laid out, every
table is laid out again as the page opens, work that grows with the tables
(issue 16); in the HTML it costs nothing. Material's stylesheet styles tables
without a class; ``slim_css`` lets its rules match tables whose only class is
``DATA_TABLE`` too.

Each pass is one forward scan over the table tags: linear in the size of the page.
"""

from __future__ import annotations

import html
import re

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: The tags that matter: tables, rows and cells (start and end).
_TAG = re.compile(r"<(/?)(table|tr|th|td)\b([^>]*)>", re.IGNORECASE)
_MARKUP = re.compile(r"<[^>]*>")
#: A table start or end tag (group 1: "/" for an end tag; group 2: the attributes).
_TABLE = re.compile(r"<(/?)table\b([^>]*)>", re.IGNORECASE)
_CLASS_ATTR = re.compile(r"\sclass\s*=", re.IGNORECASE)
#: The class of a table wrapped at build time; it stands for "no class" in the stylesheets.
DATA_TABLE = "data-table"
WRAPPER_START = '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
WRAPPER_END = "</div></div>"


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def label_cells(page: str) -> str:
    """``page`` with ``data-label="<column header>"`` on every data cell of a table with a header row.

    Cells that already carry a ``data-label`` keep it; a table without header
    cells, or a column without a header text, is left as it is.
    """
    out: list[str] = []
    position = 0
    labels: list[str] = []  # the current table's column names
    in_header_row = False
    column = 0
    header_start = -1
    for match in _TAG.finditer(page):
        closing, tag, attrs = match.group(1), match.group(2).lower(), match.group(3)
        if tag == "table" and not closing:
            labels, in_header_row = [], False
        elif tag == "tr" and not closing:
            column = 0
            in_header_row = not labels
        elif tag == "th" and not closing:
            header_start = match.end()
        elif tag == "th" and closing and in_header_row and header_start >= 0:
            labels.append(" ".join(html.unescape(_MARKUP.sub("", page[header_start : match.start()])).split()))
            header_start = -1
        elif tag == "td" and not closing:
            label = labels[column] if column < len(labels) else ""
            column += 1
            if label and "data-label" not in attrs:
                out.append(page[position : match.start()])
                out.append(f'<td data-label="{html.escape(label)}"{attrs}>')
                position = match.end()
    out.append(page[position:])
    return "".join(out)


def wrap_tables(page: str) -> str:
    """``page`` with every table without a class inside Material's wrapper and classed ``DATA_TABLE``.

    A table that has a class is one Material's script leaves alone: so is it here.
    """
    out: list[str] = []
    position = 0
    wrapped: list[bool] = []  # per open table, innermost last
    for match in _TABLE.finditer(page):
        closing, attrs = match.group(1), match.group(2)
        out.append(page[position : match.start()])
        position = match.end()
        if not closing:
            wrap = _CLASS_ATTR.search(attrs) is None
            wrapped.append(wrap)
            out.append(f'{WRAPPER_START}<table class="{DATA_TABLE}"{attrs}>' if wrap else match.group(0))
        else:
            out.append(match.group(0) + (WRAPPER_END if wrapped and wrapped.pop() else ""))
    out.append(page[position:])
    return "".join(out)
