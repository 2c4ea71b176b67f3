"""The library's imports run one way: from a higher floor down, never up, never in a circle.

Floors, from the ground up (a module may import its own floor and those below):

1. foundation: errors, text escaping, routes, the word rule, file reading;
2. pictures: leaves that receive words and numbers and return SVG;
3. corpus and editorial data: articles, sources, glossary, editorial files, word lists;
4. extract: quotations, speakers, statements, figures, dates;
5. compare: families, the figure table, coverage;
6. analysis: load → extract → correct → compare, the model, the published data;
7. pages: Markdown for every page;
8. site and command: what MkDocs and ``seedpress`` call.

Read with Python's ``ast`` from the source, so nothing is imported or run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from support import ROOT

LIBRARY = ROOT / "hooks" / "seedpress"

#: Floor of each module, by its dotted name under the package; the longest prefix decides.
FLOORS: dict[str, int] = {
    **dict.fromkeys(
        (
            "errors",
            "markdown_text",
            "routes",
            "page_parts",
            "wordsearch",
            "sentences",
            "structure",
            "tables",
            "tooltips",
        ),
        1,
    ),
    **dict.fromkeys(("seedfile", "yamlfile", "yamlerrors", "jsonfile"), 1),
    "pictures": 2,
    **dict.fromkeys(("corpus", "sources_meta", "selectors", "glossary", "editorial", "search_terms", "yamlshape"), 3),
    **dict.fromkeys(("terms", "tooltip_text", "topics", "labels", "parties", "provenance"), 3),
    **dict.fromkeys(("extract", "figure_words"), 4),
    "compare": 5,
    **dict.fromkeys(("analysis", "corrections", "model", "export", "evaluation", "scoring"), 6),
    "pages": 7,
    **dict.fromkeys(("", "__main__", "site", "cli", "slim_css"), 8),
}


# ---------------------------------------------------------------------------
# Reading the graph
# ---------------------------------------------------------------------------


def modules(package: Path) -> dict[str, Path]:
    """Dotted name (without the package's own name; "" for the package) -> file."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imports(package: Path) -> dict[str, set[str]]:
    """Module -> the modules of the same package it imports (anywhere in the file, relative or absolute)."""
    names = modules(package)
    top = package.name
    graph: dict[str, set[str]] = {}
    for name, path in names.items():
        here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        here = [part for part in here if part]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = here[: len(here) - (node.level - 1)] if node.level > 1 else here
                    target = ".".join([*base, *([node.module] if node.module else [])])
                elif node.module == top or (node.module or "").startswith(top + "."):
                    target = (node.module or "").removeprefix(top).lstrip(".")
                else:
                    continue
                for alias in node.names:
                    sub = f"{target}.{alias.name}".lstrip(".")
                    targets.add(sub if sub in names else target)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name == top or alias.name.startswith(top + "."):
                        targets.add(alias.name.removeprefix(top).lstrip("."))
        targets.discard(name)
        graph[name] = {t for t in targets if t in names}
    return graph


def floor_of(name: str, floors: dict[str, int]) -> int | None:
    """The floor of the longest prefix of ``name`` in ``floors``."""
    parts = name.split(".") if name else [""]
    for length in range(len(parts), 0, -1):
        prefix = ".".join(parts[:length])
        if prefix in floors:
            return floors[prefix]
    return None


def arrows_up(graph: dict[str, set[str]], floors: dict[str, int]) -> list[str]:
    """Every import from a lower floor to a higher one, as "a (floor) -> b (floor)"."""
    return [
        f"{source} ({floor_of(source, floors)}) -> {target} ({floor_of(target, floors)})"
        for source, targets in sorted(graph.items())
        for target in sorted(targets)
        if (floor_of(target, floors) or 0) > (floor_of(source, floors) or 0)
    ]


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import each other in a loop (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


# ---------------------------------------------------------------------------
# The library
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return imports(LIBRARY)


def test_the_graph_is_read(graph):
    # Arrows the library certainly has: the reader sees relative imports of modules and of names.
    assert "pictures.figures_chart" in graph["pages.figures"]
    assert "analysis" in graph["model"] and "extract" in graph["analysis"]
    assert sum(len(targets) for targets in graph.values()) > 100


def test_every_module_has_a_floor(graph):
    assert [name for name in graph if floor_of(name, FLOORS) is None] == []


def test_no_import_runs_up_a_floor(graph):
    assert arrows_up(graph, FLOORS) == []


def test_no_circle(graph):
    assert circles(graph) == []


def test_pictures_are_leaves(graph):
    """A picture imports only other pictures and the foundation: it receives data, it does not fetch it."""
    reaching = {
        f"{name} -> {target}"
        for name, targets in graph.items()
        if name.startswith("pictures")
        for target in targets
        if not target.startswith("pictures") and floor_of(target, FLOORS) != 1
    }
    assert reaching == set()


# ---------------------------------------------------------------------------
# The checks themselves, on a package written for the purpose
# ---------------------------------------------------------------------------


def test_the_checks_find_an_arrow_up_and_a_circle(tmp_path: Path):
    package = tmp_path / "pkg"
    (package / "pictures").mkdir(parents=True)
    (package / "pages").mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "pictures" / "__init__.py").write_text("", encoding="utf-8")
    (package / "pages" / "__init__.py").write_text("", encoding="utf-8")
    (package / "pictures" / "chart.py").write_text("from ..pages.table import label\n", encoding="utf-8")
    (package / "pages" / "table.py").write_text(
        "def label():\n    from ..pictures import chart\n    from pkg.pages import other\n", encoding="utf-8"
    )
    (package / "pages" / "other.py").write_text("import pkg.pages.table\n", encoding="utf-8")
    graph = imports(package)
    assert graph["pictures.chart"] == {"pages.table"}
    assert graph["pages.table"] == {"pictures.chart", "pages.other"}
    assert arrows_up(graph, {"pictures": 2, "pages": 7, "": 8}) == ["pictures.chart (2) -> pages.table (7)"]
    assert circles(graph) == [["pages.other", "pages.table", "pictures.chart"]]
