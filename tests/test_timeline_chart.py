"""The timeline graphic on the strike page, built for real: drawn from the model, linked, accessible."""

from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from seedpress.model import build_model
from seedpress.pages.common import format_iso
from support import ROOT, article_html, run_build

pytestmark = pytest.mark.slow

THIRD_ARTICLE = """Russia Protests Again

On Wednesday, Russia's Defence Ministry said it had new evidence about the raid.
"""


class TimelineLinks(HTMLParser):
    """The links laid over the timeline drawing: (aria-label, href)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if tag == "a" and "timeline-link" in (found.get("class") or "").split():
            self.links.append((found.get("aria-label") or "", found.get("href") or ""))


def timeline_figure(html: str) -> str:
    start = html.index('id="timeline-chart"')
    return html[start : html.index("</figure>", start)]


def timeline_links(html: str) -> list[tuple[str, str]]:
    parser = TimelineLinks()
    parser.feed(timeline_figure(html))
    return parser.links


def test_timeline_graphic_is_one_accessible_image_with_a_description(built_site):
    figure = timeline_figure(article_html(built_site.html("strike/")))
    svg = figure[figure.index("<svg") : figure.index("</svg>")]
    assert 'role="img"' in svg and 'aria-labelledby="timeline-chart-title timeline-chart-desc"' in svg
    assert "<a " not in svg  # links inside role="img" would be unreachable for screen readers
    desc = html_lib.unescape(svg.split('id="timeline-chart-desc">')[1].split("</desc>")[0])
    for day in re.findall(r'text-anchor="middle">([^<]+)</text>', svg)[::2]:
        assert html_lib.unescape(day).split()[0] in desc
    assert "<figcaption>" in figure and "not to scale" in figure


def test_every_dated_mention_and_context_event_has_a_mark_linked_to_its_source(built_site):
    model = build_model(ROOT)
    links = timeline_links(article_html(built_site.html("strike/")))
    labels = {label for label, _ in links}
    days = [date for date in model.extraction.dates if date.value and len(date.value) == 10]
    events = [event for page in model.pages.values() for note in page.context for event in note.events]
    assert days and events and links
    for date in days:
        href = f"../sources/{date.seed}/#p{date.para}"
        assert any(h == href and label.startswith(format_iso(date.value)) for label, h in links), date
    for event in events:
        assert any(event.label in label and label.startswith(format_iso(event.date)) for label in labels)
    # Every link lands on an anchor that exists in the built site.
    for _, href in links:
        path, anchor = href.split("#")
        target = (built_site.site / "strike" / path / "index.html").resolve()
        assert f'id="{anchor}"' in target.read_text(encoding="utf-8"), href


def test_a_new_article_adds_its_date_and_side_to_the_timeline(project_copy):
    (project_copy / "seeds" / "zz_third.txt").write_text(THIRD_ARTICLE, encoding="utf-8")
    with (project_copy / "seeds" / "sources.yml").open("a", encoding="utf-8") as handle:
        handle.write("\nzz_third:\n  published: {value: 2016-09-22, basis: stated}\n")
    result = run_build(project_copy)
    assert result.returncode == 0, result.output
    html = article_html(result.html("strike/"))
    assert ">21 Sep<" in html_lib.unescape(timeline_figure(html))  # "Wednesday" before 22 September
    assert ("21 September 2016, Russia: zz_third ¶2", "../sources/zz_third/#p2") in timeline_links(html)


@pytest.mark.parametrize(
    ("event", "message"),
    [
        (
            "{date: 2016-09-19, event: Something, actors: [martians]}",
            "editorial/pages.yml: strike.context[0].events[0].actors: 'martians' is not a party in parties.yml",
        ),
        (
            "{date: 19 September, event: Something}",
            "editorial/pages.yml: strike.context[0].events[0].date: '19 September' is not a day written as YYYY-MM-DD",
        ),
        ("{date: 2016-09-19}", "editorial/pages.yml: strike.context[0].events[0]: missing field(s) event"),
    ],
)
def test_a_bad_context_event_fails_the_build_in_one_line(project_copy: Path, event, message):
    pages = project_copy / "editorial" / "pages.yml"
    text = pages.read_text(encoding="utf-8")
    strike_context = text.index("  context:", text.index("\nstrike:"))
    note_end = text.index("\n    - text:", strike_context + 20)
    pages.write_text(text[:note_end] + f"\n      events:\n        - {event}" + text[note_end:], encoding="utf-8")
    result = run_build(project_copy)
    assert result.returncode != 0
    assert message in result.output and "Traceback" not in result.output


def test_handout_keeps_the_drawing_but_not_the_screen_links(built_site):
    handout = article_html(built_site.html("handout/"))
    assert 'id="timeline-chart"' in handout and "timeline-link" not in handout


def _dated_article(project: Path, name: str, count: int) -> None:
    lines = "\n\n".join(f"On Monday officials met for the {n}th time." for n in range(count))
    (project / "seeds" / f"{name}.txt").write_text(f"Many Meetings {name}\n\n{lines}\n", encoding="utf-8")
    with (project / "seeds" / "sources.yml").open("a", encoding="utf-8") as handle:
        handle.write(f"\n{name}:\n  published: {{value: 2016-09-20, basis: stated}}\n")


def test_a_long_timeline_table_continues_on_extra_pages(project_copy):
    _dated_article(project_copy, "zz_dates_a", 35)
    _dated_article(project_copy, "zz_dates_b", 35)
    result = run_build(project_copy)
    assert result.returncode == 0, result.output
    strike = article_html(result.html("strike/"))
    table = strike[strike.index("<table>", strike.index('id="timeline-chart"')) :]
    assert table.count("<tr>") == 61  # the header and the first 60 dates
    assert 'href="../more/strike-timeline-2/"' in strike
    continued = article_html(result.html("more/strike-timeline-2/"))
    assert continued.count("<tr>") > 10 and "zz_dates_b" in continued


def test_one_article_with_very_many_dates_shows_the_first_and_points_to_its_page(project_copy):
    _dated_article(project_copy, "zz_dump", 100)
    result = run_build(project_copy)
    assert result.returncode == 0, result.output
    strike = article_html(result.html("strike/"))
    table = strike[strike.index("<table>", strike.index('id="timeline-chart"')) :]
    assert table.count("sources/zz_dump/#p") == 40  # MAX_PER_ARTICLE rows from one article
    assert "60 more from" in strike and 'href="../sources/zz_dump/"' in strike
