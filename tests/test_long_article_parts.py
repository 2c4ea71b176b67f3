"""A very long article's page comes in parts: built for real, every citation lands, provenance and search hold.

The article is written for this test: hundreds of short paragraphs, one paragraph
longer than a part, and the words other pages cite only near its end, so that
citations must go to a later part.
"""

from __future__ import annotations

import gzip
import html
import json
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from seedpress.corpus import load_corpus
from seedpress.provenance import check_site, normalise
from support import copy_project, run_build
from test_site_integrity import differing_files

pytestmark = pytest.mark.slow

STEM = "zz_long_report"
#: A word only one late paragraph has, for the search test.
RARE_WORD = "Quillocrane"
#: A part of an article's page weighs at most this, compressed (issue 16 asks it of every page).
MAX_PART_GZIP = 60_000


def long_article() -> str:
    filler = [f"Line {n} of this long report is about the weather and the roads to the river." for n in range(900)]
    long_paragraph = " ".join(f"Sentence {n} of one very long paragraph adds a plain remark." for n in range(1_200))
    late = [
        f"A shepherd near the village of {RARE_WORD} watched the sky that evening.",
        "Colonel Ivan Petrovsky said 47 tanks were destroyed near Deir ez-Zor, calling it a regime provocation.",
    ]
    blocks = ["A long report from the river valley", *filler[:400], long_paragraph, *filler[400:], *late]
    return "\n\n".join(blocks) + "\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("parts"))
    (project / "seeds" / f"{STEM}.txt").write_text(long_article(), encoding="utf-8")
    result = run_build(project)
    assert result.returncode == 0, result.output
    return result


@pytest.fixture(scope="module")
def article(built):
    return load_corpus(built.project / "seeds").article(STEM)


def _part_file(site: Path, part: int) -> Path:
    return site / "sources" / STEM / ("index.html" if part == 1 else f"part-{part}/index.html")


def test_the_page_is_split_into_parts_of_bounded_weight(built, article):
    count = len(article.page_parts)
    assert count >= 4
    for part in range(1, count + 1):
        page = _part_file(built.site, part).read_bytes()
        assert len(gzip.compress(page)) <= MAX_PART_GZIP, part
        assert f"This is part {part} of {count} (" in page.decode()
    assert not _part_file(built.site, count + 1).exists()


def test_every_paragraph_is_shown_whole_once_with_one_anchor(built, article):
    shown: dict[int, list[str]] = {}
    anchors: list[str] = []
    element = re.compile(r'<p ([^>]*data-seed="' + STEM + r'"[^>]*)>(.*?)</p>', re.S)
    for part in range(1, len(article.page_parts) + 1):
        page = _part_file(built.site, part).read_text(encoding="utf-8")
        anchors += re.findall(r'\bid="(p\d+)"', page)
        for attributes, content in element.findall(page):
            number = int(re.search(r'data-para="(\d+)"', attributes).group(1))
            shown.setdefault(number, []).append(html.unescape(re.sub(r"<[^>]+>", "", content)))
    assert sorted(anchors, key=lambda a: int(a[1:])) == [p.anchor for p in article.paragraphs]
    for paragraph in article.body:
        assert normalise(" ".join(shown[paragraph.number])) == normalise(paragraph.text), paragraph.number
    assert max(len(pieces) for pieces in shown.values()) > 1  # the long paragraph is shown in pieces


def test_every_citation_of_the_article_lands_on_the_part_holding_its_paragraph(built, article):
    landed_later = 0
    for path in built.site.rglob("*.html"):
        for link in re.findall(r'href="([^"]*#p\d+)"', path.read_text(encoding="utf-8")):
            parts = urlsplit(link)
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            target = target / "index.html" if target.is_dir() else target
            if STEM not in target.as_posix():
                continue
            assert f'id="{parts.fragment}"' in target.read_text(encoding="utf-8"), f"{path}: {link}"
            part = article.page_parts.part_of(int(parts.fragment[1:]))
            assert target == _part_file(built.site, part), f"{path}: {link}"
            landed_later += part > 1
    assert landed_later, "no page cites a paragraph on a later part"


def test_a_changed_word_or_a_wrong_part_on_a_later_part_fails_the_provenance_check(built, article, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(built.site, site)
    corpus = load_corpus(built.project / "seeds")
    assert check_site(site, corpus) == []
    last = len(article.page_parts)
    later = _part_file(site, last)
    page = later.read_text(encoding="utf-8")
    later.write_text(page.replace(RARE_WORD, "Quillocrone", 1), encoding="utf-8")
    problems = [str(p) for p in check_site(site, corpus)]
    assert len(problems) == 1 and problems[0].startswith(f"sources/{STEM}/part-{last}/index.html: quotation")
    later.write_text(page, encoding="utf-8")
    # A citation of a paragraph on the last part, pointed at the first part.
    for path in site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        wrong = re.sub(rf"{STEM}/part-{last}/#p", f"{STEM}/#p", text)
        if wrong != text:
            path.write_text(wrong, encoding="utf-8")
            break
    else:
        pytest.fail("no page cites the last part")
    problems = [str(p) for p in check_site(site, corpus)]
    assert problems and all("points to a part without it" in p for p in problems)


def test_search_finds_the_words_of_a_later_part(built, article):
    index = json.loads((built.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    found = {doc["location"].split("#")[0] for doc in index["docs"] if RARE_WORD in doc["text"]}
    rare = next(p for p in article.body if RARE_WORD in p.text)
    part = article.page_parts.part_of(rare.number)
    assert part > 1
    assert f"sources/{STEM}/part-{part}/" in found


def test_two_builds_with_a_long_article_are_byte_identical(built, tmp_path):
    again = copy_project(tmp_path / "again")
    shutil.copy2(built.project / "seeds" / f"{STEM}.txt", again / "seeds")
    second = run_build(again)
    assert second.returncode == 0, second.output
    assert differing_files(built.site, second.site) == []
