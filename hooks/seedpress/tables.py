"""Table cells that name their column, so a table can reflow into cards on a phone.

On a narrow screen the stylesheet shows each row as a card and each cell on its
own line, preceded by its column's name (``td[data-label]::before``). This pass
copies each header cell's text into ``data-label`` on the cells of its column.
One forward scan over the table tags: linear in the size of the page.
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
