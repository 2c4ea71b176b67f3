"""The built site as a whole: reproducible to the byte, and every internal link lands."""

from __future__ import annotations

import filecmp
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from support import copy_project, run_build

pytestmark = pytest.mark.slow


def differing_files(left: Path, right: Path) -> list[str]:
    """Paths that differ (or exist on one side only) between two folders."""
    found = []
    comparison = filecmp.dircmp(left, right)
    stack = [(comparison, "")]
    while stack:
        cmp, prefix = stack.pop()
        found += [prefix + name for name in cmp.left_only + cmp.right_only]
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found += [prefix + name for name in mismatch + errors]
        stack += [(sub, f"{prefix}{name}/") for name, sub in cmp.subdirs.items()]
    return sorted(found)


def test_two_builds_of_the_same_inputs_are_byte_identical(tmp_path):
    first = run_build(copy_project(tmp_path / "a"))
    second = run_build(copy_project(tmp_path / "b"))
    assert first.returncode == second.returncode == 0
    assert differing_files(first.site, second.site) == []


class LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        for name in ("href", "src"):
            if values.get(name):
                self.links.append(values[name] or "")


def test_every_internal_link_and_anchor_resolves(built_site):
    pages: dict[Path, LinkCollector] = {}
    for path in built_site.site.rglob("*.html"):
        collector = LinkCollector()
        collector.feed(path.read_text(encoding="utf-8"))
        pages[path] = collector
    broken = []
    for path, collector in pages.items():
        for link in collector.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "javascript:")):
                continue
            if parts.path.startswith("/"):  # 404.html links from the site root (site_url's path is "/")
                target = (built_site.site / unquote(parts.path).lstrip("/")).resolve()
            else:
                target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{path.relative_to(built_site.site)}: {link}")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else set()
                if parts.fragment not in ids and not re.fullmatch(r"__\w+", parts.fragment):
                    broken.append(f"{path.relative_to(built_site.site)}: {link} (no such anchor)")
    assert broken == []
