"""The teacher's brief and the printable handout, built for real (page counts: tests/browser/test_print.py)."""

from __future__ import annotations

import html as html_lib
import re

import pytest

from seedpress.model import build_model
from support import ROOT, article_html, plain_text

pytestmark = pytest.mark.slow

#: "About 200 words" for what happened, in the site's own words (citations not counted).
SUMMARY_WORDS = (120, 280)
#: Words of a citation link: "ABC News ¶3", "(ABC News ¶3; Scroll.in ¶1)".
CITATION = re.compile(r"\((?:[^()]*¶\d+(?:; )?)+\)")


def _section(html: str, heading: str) -> str:
    """The HTML from the ``<h2>`` called ``heading`` to the next ``<h2>``."""
    start = re.search(rf"<h2[^>]*>{re.escape(heading)}", html)
    assert start, heading
    end = html.find("<h2", start.end())
    return html[start.start() : end if end != -1 else len(html)]


def _text(html: str) -> str:
    """Visible text: tags removed and character references decoded ("&#54;2" is "62")."""
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", "", html)).split())


@pytest.fixture(scope="module")
def model():
    return build_model(ROOT)


def test_the_brief_is_in_the_navigation_and_linked_from_home_with_the_lessons_and_both_handouts(built_site):
    home = article_html(built_site.html(""))
    for target in ('href="brief/"', 'href="learn/"', 'href="learn/handout/"', 'href="handout/"'):
        assert target in home, target
    navigation = built_site.html("")
    assert re.search(r'href="brief/"[^>]*>.{0,200}?Teacher(?:&#39;|\'|’)s brief', navigation, re.DOTALL)


def test_what_happened_is_about_200_attributed_words_with_a_citation_per_point(built_site):
    summary = _section(article_html(built_site.html("brief/")), "What happened")
    items = re.findall(r"<li>(.*?)</li>", summary, re.DOTALL)
    assert items
    words = 0
    for item in items:
        text = _text(item)
        assert CITATION.search(text), text  # every point links the paragraph it rests on
        assert 'href="../sources/' in item
        words += len(CITATION.sub("", text).split())
    assert SUMMARY_WORDS[0] <= words <= SUMMARY_WORDS[1], words


def test_key_figures_keep_their_qualifiers_and_claimants(built_site, model):
    figures = _text(_section(article_html(built_site.html("brief/")), "Key figures, and who gives them"))
    shown = 0
    for row in model.comparison.figure_table:
        if row.measure not in ("killed", "wounded"):
            continue
        for cell in row.cells:
            for figure in cell.figures:
                value = f"{figure.value:g}"
                expected = value if figure.qualifier == "exactly" else f"{figure.qualifier} {value}"
                assert f"{expected} according to {cell.claimant or 'the article'}" in figures, expected
                shown += 1
    assert shown >= 2


def test_each_contested_question_gives_each_side_in_one_line_with_its_source(built_site, model):
    questions = _section(article_html(built_site.html("brief/")), "The contested questions")
    names = {party.id: party.name for party in model.parties}
    for question in model.questions:
        positions = model.brief.positions.get(question.id, ())
        if not positions:
            continue
        block = questions[questions.index(question.title) :]
        block = block[: block.find("<h3", 1)] if "<h3" in block[1:] else block
        lines = re.findall(r"<li>(.*?)</li>", block, re.DOTALL)
        assert len(lines) == len(positions), question.id
        for line, position in zip(lines, positions, strict=True):
            assert names[position.party] in _text(line)
            if position.sources:  # context: marked, with its public source
                assert "context, not from the articles" in _text(line) and 'href="http' in line
            else:
                assert 'href="../sources/' in line


def test_context_later_findings_and_three_discussion_questions_with_exercise_links(built_site, model):
    html = article_html(built_site.html("brief/"))
    context = _section(html, "At the time, outside the articles")
    assert "Context, not from the articles" in context and "Churkin" in context and "Power" in context
    assert "deliberate" in _text(context) and "unintentional" in _text(context)
    later = _section(html, "What was learned later")
    assert "not from the articles" in later and 'href="http' in later
    discussion = _section(html, "Questions for discussion")
    assert len(re.findall(r"<li>", discussion)) == 3
    learn = built_site.html("learn/")
    for anchor in re.findall(r'href="\.\./learn/#([a-z0-9-]+)"', discussion):
        assert f'id="{anchor}"' in learn, anchor
    assert len(re.findall(r'href="\.\./learn/#', discussion)) >= 3


def test_brief_has_no_search_box_no_tooltips_and_lists_each_outside_address_once(built_site):
    page = built_site.html("brief/")
    assert 'name="query"' not in page  # no search form: nothing to search from paper
    html = article_html(page)
    assert "<abbr" not in html
    sources = _section(html, "Public sources")
    addresses = re.findall(r'href="(https?://[^"]+)"', sources)
    assert addresses and len(addresses) == len(set(addresses))
    assert set(re.findall(r'href="(https?://[^"]+)"', html)) == set(addresses)


def test_handout_holds_the_lessons_and_later_findings_without_repeats_or_answers(built_site):
    html = article_html(built_site.html("handout/"))
    text = plain_text(built_site.html("handout/"))
    for heading in ("Who is speaking", "Chains of attribution", "What was learned later", "Exercises"):
        assert heading in text, heading
    assert "<details" not in html  # answers stay on the screen page
    assert "What the articles say" not in text
    items = [
        " ".join(re.sub(r'<span id="[^"]*"></span>', "", i).split()) for i in re.findall(r"<li>(.*?)</li>", html, re.S)
    ]
    repeated = {i for i in items if len(i) >= 200 and items.count(i) > 1}
    assert not repeated
    # Links from the lessons work from the handout's own address.
    assert 'href="../sources/' in html and 'href="../../sources/' not in html
