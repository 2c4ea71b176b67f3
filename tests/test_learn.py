"""The learn page: computed lessons, exercises with hidden cited answers, later findings with sources."""

from __future__ import annotations

import json
import re

import pytest

from support import article_html, plain_text

pytestmark = pytest.mark.slow


def test_learn_page_has_six_exercises_with_hidden_cited_answers(built_site):
    html = article_html(built_site.html("learn/"))
    answers = re.findall(r"<details class=\"question\">(.*?)</details>", html, re.DOTALL)
    assert len(answers) >= 6
    for answer in answers:
        assert 'data-seed="' in answer and "/sources/" in answer and "#p" in answer


def test_lessons_are_computed_from_the_articles(built_site):
    text = plain_text(built_site.html("learn/"))
    assert "a Russian military official → The Wall Street Journal → Scroll.in (Scroll.in ¶5)" in text
    assert "83 army personnel (The Syrian Observatory for Human Rights" in text
    assert "at least 62 Syrian soldiers (Russian officials" in text  # the qualifier stays with the number
    assert "more than 100 people (Russian officials" in text
    assert "target location error" in text and "erroneous coordinates of targets" in text


def test_later_findings_are_marked_as_context_and_name_a_source_each(built_site):
    html = article_html(built_site.html("learn/"))
    box = html[html.index("What was learned later (not from the articles)") :]
    box = box[: box.index("</div>")]
    notes = re.findall(r"<li>(.*?)</li>", box, re.DOTALL)
    assert len(notes) >= 4
    for note in notes:
        assert '(Source: <a href="https://' in note
    assert "34 precision-guided weapons" in box and 'data-seed="000_1e9434ab0af3831d"' in box


def test_teachers_get_a_printable_handout_without_answers_and_the_exercises_as_data(built_site):
    handout = article_html(built_site.html("learn/handout/"))
    assert "<details" not in handout and handout.count("Answer: ____") >= 6
    data = json.loads((built_site.site / "data" / "exercises.json").read_text(encoding="utf-8"))
    assert len(data["exercises"]) >= 6
    assert all(item["citations"] for item in data["exercises"])
