"""The strike page's timeline, built for real: one labelled line per dated event, in date order."""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

import pytest

from seedpress.model import build_model
from seedpress.pages.common import format_iso
from support import ROOT, article_html, run_build

pytestmark = pytest.mark.slow

THIRD_ARTICLE = """Russia Protests Again

On Wednesday, Russia's Defence Ministry said it had new evidence about the raid.
"""

EVENT = re.compile(r'<li class="timeline-event timeline-event--(article|context)">(.*?)</li>', re.DOTALL)


def timeline(html: str) -> str:
    start = html.index('<ol class="timeline">', html.index('id="timeline"'))
    return html[start : html.index("</ol>", start)]


def events(html: str) -> list[tuple[str, str, str]]:
    """(kind, ISO date, visible text) of each line, in page order."""
    found = []
    for kind, body in EVENT.findall(timeline(html)):
        day = re.search(r'<time datetime="([^"]+)">', body).group(1)
        text = " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", body)).split())
        found.append((kind, day, text))
    return found


def test_every_dated_mention_and_context_event_is_a_labelled_line(built_site):
    model = build_model(ROOT)
    html = article_html(built_site.html("strike/"))
    lines = events(html)
    body = timeline(html)
    # Every date an article mentions: its date in words, the outlet, and a link to the paragraph.
    for date in model.extraction.dates:
        if date.value:
            assert any(day == date.value and text.startswith(format_iso(date.value)) for _, day, text in lines)
            assert f'href="../sources/{date.seed}/#p{date.para}"' in body
    # Every context event: its words, the kind label, a public source and a link to the note.
    for page in model.pages.values():
        for note in page.context:
            for event in note.events:
                line = next(t for k, d, t in lines if k == "context" and d == event.date and event.label in t)
                assert "Context note, not from the articles" in line
                assert any(source.title in line for source in note.sources)
    assert {kind for kind, _, _ in lines} == {"article", "context"}
    for kind, _, text in lines:
        if kind == "article":
            assert "From an article" in text and "Source:" in text and "¶" in text
    # In date order, and the article's words are quoted with their provenance.
    assert [day for _, day, _ in lines] == sorted(day for _, day, _ in lines)
    assert re.search(r'<q data-seed="[^"]+" data-para="\d+">', body)
    # Each note link lands on an anchor that exists.
    for href in set(re.findall(r'href="(\.\./[^"#]*#context-[^"]+)"', body)):
        path, anchor = href.split("#")
        target = (built_site.site / "strike" / path / "index.html").resolve()
        assert f'id="{anchor}"' in target.read_text(encoding="utf-8"), href


def test_the_timeline_is_text_not_a_drawing(built_site):
    html = article_html(built_site.html("strike/"))
    section = html[html.index('id="timeline"') : html.index("<h2", html.index('id="timeline"') + 10)]
    assert "<svg" not in section and "<table" not in section


def test_a_new_article_adds_its_dated_line(project_copy):
    (project_copy / "seeds" / "zz_third.txt").write_text(THIRD_ARTICLE, encoding="utf-8")
    with (project_copy / "seeds" / "sources.yml").open("a", encoding="utf-8") as handle:
        handle.write("\nzz_third:\n  outlet: {value: Example News, basis: publisher}\n")
        handle.write("  published: {value: 2016-09-22, basis: stated}\n")
    result = run_build(project_copy)
    assert result.returncode == 0, result.output
    html = article_html(result.html("strike/"))
    line = next(t for k, d, t in events(html) if d == "2016-09-21")
    assert line.startswith("21 September 2016 From an article Example News:")
    assert "Russia's Defence Ministry said it had new evidence" in line
    assert "Date worked out from Wednesday and the article's stated publication date" in line  # <q> draws the marks
    assert 'href="../sources/zz_third/#p2"' in timeline(html)


def test_several_dates_of_one_sentence_are_one_line_each(project_copy):
    (project_copy / "seeds" / "zz_many.txt").write_text(
        "Many Dates\n\nTalks were held on 1 September 2016 and again on 1 September 2016, then on 3 September 2016.\n",
        encoding="utf-8",
    )
    result = run_build(project_copy)
    assert result.returncode == 0, result.output
    lines = [(d, t) for _, d, t in events(article_html(result.html("strike/"))) if "Talks were held" in t]
    assert [d for d, _ in lines] == ["2016-09-01", "2016-09-03"]


def _dated_article(project: Path, name: str, count: int) -> None:
    lines = "\n\n".join(f"On Monday officials met for the {n}th time." for n in range(count))
    (project / "seeds" / f"{name}.txt").write_text(f"Many Meetings {name}\n\n{lines}\n", encoding="utf-8")
    with (project / "seeds" / "sources.yml").open("a", encoding="utf-8") as handle:
        handle.write(f"\n{name}:\n  published: {{value: 2016-09-20, basis: stated}}\n")


def test_a_long_timeline_continues_on_extra_pages(project_copy):
    _dated_article(project_copy, "zz_dates_a", 35)
    _dated_article(project_copy, "zz_dates_b", 35)
    result = run_build(project_copy)
    assert result.returncode == 0, result.output
    strike = article_html(result.html("strike/"))
    assert len(events(strike)) == 60
    assert 'href="../more/strike-timeline-2/"' in strike
    continued = article_html(result.html("more/strike-timeline-2/"))
    assert continued.count('class="timeline-event') > 10 and "zz_dates_b" in continued
    assert continued.count('<ol class="timeline">') == 1 and "</ol>" in continued


def test_one_article_with_very_many_dates_shows_the_first_and_points_to_its_page(project_copy):
    _dated_article(project_copy, "zz_dump", 100)
    result = run_build(project_copy)
    assert result.returncode == 0, result.output
    strike = article_html(result.html("strike/"))
    assert timeline(strike).count("sources/zz_dump/#p") == 40  # MAX_PER_ARTICLE lines from one article
    assert "60 more from" in strike and 'href="../sources/zz_dump/"' in strike
