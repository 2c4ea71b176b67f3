"""Table cells named after their column, for the phone layout (rows as cards)."""

from __future__ import annotations

import markdown

from seedpress.tables import label_cells

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
