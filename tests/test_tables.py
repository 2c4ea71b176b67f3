"""Table cells named after their column, for the phone layout (rows as cards); tables wrapped as Material would."""

from __future__ import annotations

import re

import markdown

from seedpress.tables import DATA_TABLE, WRAPPER_END, WRAPPER_START, label_cells, wrap_tables

TABLE = """\
| Source | Kind <em>of</em> source | |
| --- | --- | --- |
| ABC & co | direct | x |
| Scroll.in | relayed | y |

| Second | Table |
| --- | --- |
| a | b |
"""


def test_every_data_cell_names_its_column():
    html = label_cells(markdown.markdown(TABLE, extensions=["tables", "md_in_html"]))
    assert html.count('<td data-label="Source">') == 2
    assert html.count('<td data-label="Kind of source">') == 2  # markup in the header is dropped
    assert '<td data-label="Second">a</td>' in html and '<td data-label="Table">b</td>' in html
    assert "<td>x</td>" in html  # a column without a header name gets no label
    assert "ABC &amp; co" in html  # the cells' own text is untouched


def test_existing_labels_and_tables_without_headers_are_left_alone():
    page = '<table><tr><td data-label="Mine">1</td><td>2</td></tr></table><p>text</p>'
    assert label_cells(page) == page
    quoted = '<table><tr><th>Who "said" &amp; when</th></tr><tr><td>1</td></tr></table>'
    assert '<td data-label="Who &quot;said&quot; &amp; when">1</td>' in label_cells(quoted)


def test_a_large_table_is_labelled_in_one_pass():
    rows = "".join(f"<tr><td>{n}</td><td>{n}</td></tr>" for n in range(100_000))
    html = label_cells(f"<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody>{rows}</tbody></table>")
    assert html.count('data-label="B"') == 100_000


def test_tables_come_wrapped_as_materials_script_would_wrap_them():
    page = markdown.markdown(TABLE, extensions=["tables"]) + '<table class="mine"><tr><td>1</td></tr></table>'
    html = wrap_tables(page)
    assert html.count(f'{WRAPPER_START}<table class="{DATA_TABLE}">') == 2
    assert html.count(f"</table>{WRAPPER_END}") == 2
    # A table with a class is one Material's script leaves alone, and so does this pass.
    assert html.endswith('<table class="mine"><tr><td>1</td></tr></table>')
    # Only tags change: the text is the same.
    assert re.sub(r"<[^>]+>", "", html) == re.sub(r"<[^>]+>", "", page)
    assert wrap_tables("<p>no table</p>") == "<p>no table</p>"


def test_nested_tables_close_their_own_wrappers():
    html = wrap_tables(
        '<table><tr><td><table class="x"><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table></td></tr></table>'
    )
    assert html.count(WRAPPER_START) == 2 and html.count(WRAPPER_END) == 2
    assert html.endswith(f"</table>{WRAPPER_END}</td></tr></table>{WRAPPER_END}")
