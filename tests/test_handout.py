"""The printable handout stays short as articles are added: capped statement lists, spellings the articles use."""

from __future__ import annotations

import re

import pytest

from seedpress.pages.handout import MAX_PRINTED_STATEMENTS, _cap_statements
from seedpress.site import build_site
from support import ROOT


def _claims(items_per_side: int) -> str:
    sides = []
    for side in ("United States and the coalition", "Russia"):
        items = [f"- statement {n} of {side}\n    (a second line of it)" for n in range(1, items_per_side + 1)]
        sides.append(f"### {side}\n\n" + "\n".join(items) + "\n")
    return "## How many were killed?\n\n**What is disputed**\n\n- a disputed point\n\n" + "\n".join(sides)


def test_each_side_prints_its_first_statements_and_counts_the_rest():
    printed = _cap_statements(_claims(MAX_PRINTED_STATEMENTS + 2))
    for side in ("United States and the coalition", "Russia"):
        section = printed.split(f"### {side}")[1].split("###")[0]
        assert section.count("- statement") == MAX_PRINTED_STATEMENTS
        assert "(a second line of it)" in section
        assert "- *… and 2 more on the Competing claims page.*" in section
    assert "- a disputed point" in printed  # points under a question are never capped


def test_a_side_within_the_limit_is_printed_whole():
    body = _claims(MAX_PRINTED_STATEMENTS)
    assert _cap_statements(body) == body


@pytest.fixture(scope="module")
def site():
    return build_site(ROOT)


def test_the_printed_glossary_lists_only_spellings_the_articles_use(site):
    printed = site.pages["handout.md"]
    glossary = printed.split("Glossary", 1)[1]
    entry = re.search(r"\*\*Al Qaida\*\*(?: \(([^)]*)\))?:", glossary)
    assert entry is not None
    shown = entry.group(1) or ""
    # The glossary file spells Al Qaida eight ways; the screen page lists them all.
    assert "Jabhat Fateh al-Sham" not in shown
    assert "Jabhat Fateh al-Sham" in site.pages["glossary.md"]
