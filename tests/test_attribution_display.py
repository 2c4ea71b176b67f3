"""The display rules of the attribution contract, on real builds of the seeds and of new articles.

Quotation marks under a side's name hold only that side's quoted words;
reported speech, headlines and unidentified quotations are whole sentences
introduced by the outlet, so no negation or hedge is parted from its content
and nothing starts or ends mid-clause.
"""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

import pytest

from seedpress.corpus import load_corpus
from seedpress.pages.attribution_display import _balanced
from seedpress.site import build_site
from support import ROOT, article_html, copy_project, run_build

_Q = re.compile(
    r'<q( class="article-words(?: own-marks)?")? data-seed="([^"]+)" data-para="(\d+)">(.*?)</q>', re.DOTALL
)
_CLAIM_ITEM = re.compile(r"^- (?:\*\*[^*]+\*\* — )?(.*)$", re.MULTILINE)

THIRD = """Coalition denies targeting Syrian troops

The U.S.-led coalition on Sunday denied that it had deliberately targeted Syrian soldiers near Deir ez-Zor.

Russia's Defence Ministry said the strike killed at least 62 soldiers and may have been planned.

The Pentagon refused to confirm how many soldiers had died in the strike.

Ambassador Nora Vance said the council meeting was "a stunt." Navy spokesman Carl Dunne said the review would take weeks. She said Moscow should "stop the theatrics."
"""


def _text(fragment: str) -> str:
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


@pytest.fixture(scope="module")
def seeds_site():
    return build_site(ROOT)


@pytest.fixture(scope="module")
def third_build(tmp_path_factory: pytest.TempPathFactory):
    project = copy_project(tmp_path_factory.mktemp("third") / "project")
    (project / "seeds" / "zz_third.txt").write_text(THIRD, encoding="utf-8")
    result = run_build(project)
    assert result.returncode == 0, result.output
    return result


def _claim_lines(markdown: str) -> list[str]:
    """The list items of the "Each side in its own words" blocks."""
    lines = []
    for block in markdown.split("**Each side in its own words**")[1:]:
        section = block.split("\n## ")[0]
        lines += [m.group(1) for m in _CLAIM_ITEM.finditer(section)]
    return lines


def test_quotation_marks_under_a_side_hold_only_direct_quotations(seeds_site):
    lines = _claim_lines(seeds_site.pages["claims.md"])
    assert lines, "the claims page lists no statement"
    corpus = load_corpus(ROOT / "seeds")
    direct = {(q.seed, q.para, " ".join(q.text.split())) for q in seeds_site.model.extraction.quotations}
    for line in lines:
        for match in _Q.finditer(line):
            outlet_words, seed, para = match.group(1), match.group(2), int(match.group(3))
            words = _text(match.group(4))
            if outlet_words:
                # The article's words: introduced by the outlet, a whole sentence of the paragraph.
                assert line.startswith("*"), line
                sentences = [" ".join(s.text.split()) for s in corpus.article(seed).paragraph(para).sentences]
                assert any(words.rstrip(".") in s or s.rstrip(".") in words for s in sentences), words
            else:
                assert (seed, para, words) in direct, f"not a direct quotation: {words!r}"


def test_reported_speech_is_never_cut_mid_clause(seeds_site):
    for line in _claim_lines(seeds_site.pages["claims.md"]):
        for match in _Q.finditer(line):
            if match.group(1):
                words = _text(match.group(4))
                assert words[0].isupper() or words[0] in "\"“'‘", words
                assert words[-1] in ".!?\"”'’", words


def test_a_denial_is_shown_with_its_denied(third_build):
    claims = _text(article_html(third_build.html("claims/")))
    assert "denied that it had deliberately targeted Syrian soldiers" in claims
    assert "refused to confirm how many soldiers had died" in claims
    # The headline is the outlet's words, never a side's statement.
    assert "targeting Syrian troops (reported speech)" not in claims
    page = article_html(third_build.html("claims/"))
    for heading in re.findall(r'<h3 id="[^"]*">(.*?)</h3>', page):
        assert "headline" not in _text(heading).lower()


def test_the_hedge_stays_with_the_claim(third_build):
    claims = _text(article_html(third_build.html("claims/")))
    assert "at least 62 soldiers and may have been planned" in claims


def test_she_after_a_man_is_not_given_to_the_man(third_build):
    page = article_html(third_build.html("claims/"))
    for match in re.finditer(r"<li>(.*?)</li>", page, re.DOTALL):
        item = _text(match.group(1))
        if "stop the theatrics" in item and "Carl Dunne" in item:
            raise AssertionError(f"'She said' given to the man: {item}")


def test_unidentified_speakers_are_said_so_with_the_whole_sentence(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    (project / "seeds" / "zz_two_men.txt").write_text(
        "Two ministers speak on the strike\n\n"
        "Foreign Minister Ivan Petrov and Secretary Paul Grant spoke by phone on Sunday about the strike.\n\n"
        'Afterwards he said the truce over the strike was "close to collapse."\n',
        encoding="utf-8",
    )
    site = build_site(project)
    markdown = site.pages["claims.md"]
    line = next(line for line in markdown.splitlines() if "close to collapse" in line)
    assert "speaker not identified" in line
    assert "Afterwards he said the truce" in line


def test_a_sentence_with_its_own_quotation_marks_gets_no_second_pair(third_build):
    """'"We regret it," she said.' is shown with the article's marks only (class own-marks)."""
    page = article_html(third_build.html("claims/"))
    own = re.findall(r'<q class="article-words own-marks"[^>]*>(.*?)</q>', page, re.DOTALL)
    plain = re.findall(r'<q class="article-words"[^>]*>(.*?)</q>', page, re.DOTALL)
    assert own, "no sentence with quotation marks of its own on the claims page"
    assert all(any(m in _text(s) for m in '"\u201c\u201d') for s in own)
    assert not any(any(m in _text(s) for m in '"\u201c\u201d') for s in plain)
    css = (ROOT / "docs" / "stylesheets" / "site.css").read_text(encoding="utf-8")
    assert "q.own-marks::before { content: no-open-quote; }" in css


@pytest.mark.parametrize(
    ("text", "sentence", "shown"),
    [
        # A sentence that opens a quotation the next sentence closes is shown to the closing mark.
        (
            "VOICE: \u201cWe waited. Nobody came?\u201d Then silence.",
            "VOICE: \u201cWe waited.",
            "VOICE: \u201cWe waited. Nobody came?\u201d",
        ),
        # One that closes a quotation opened in the sentence before is shown from the opening mark.
        (
            "\u201cWe waited. Nobody came,\u201d he said. Then silence.",
            "Nobody came,\u201d he said.",
            "\u201cWe waited. Nobody came,\u201d he said.",
        ),
        # Balanced already, or a mark that does not end a sentence: unchanged.
        ('He said "no." Then silence.', 'He said "no."', 'He said "no."'),
        ("A \u201cterm. Then words\u201d go on.", "A \u201cterm.", "A \u201cterm."),
    ],
)
def test_a_sentence_is_widened_to_whole_quotations(text, sentence, shown):
    low = text.index(sentence)
    start, end = _balanced(text, low, low + len(sentence))
    assert text[start:end] == shown
