"""Plain SVG text: accessible (role="img", <title>, <desc>), themed by CSS, printable.

Written by hand rather than with a charting library: the pictures are a few
rectangles and labels, and plain text keeps the output deterministic and small.
Colours come from CSS classes (``docs/stylesheets/site.css``) so one drawing
works in the light and the dark scheme.
"""

from __future__ import annotations

from ..markdown_text import escape_markdown

#: Rough width of a character at the label size (14 px), for laying out text (px).
CHAR_WIDTH = 8.4
#: The widest a chart may be drawn (px). Charts are never shown larger than drawn,
#: so their 14 px labels stay 14 px on a desktop; a 390 px phone's column (about
#: 358 px) shrinks a chart this wide by at most 0.86, which keeps them above 12 px.
CHART_WIDTH = 400


def text(value: str) -> str:
    """Seed-derived text inside SVG: the site's one escaping function (entities work in SVG too)."""
    return escape_markdown(value)


def svg_image(picture_id: str, *, title: str, desc: str, width: int, height: float, body: list[str]) -> str:
    """An accessible, responsive SVG: one image with a title and a description.

    Search skips it (Material's ``data-search-exclude``): its words repeat the
    text or table beside every picture, and would only add noise to results.
    It fills the column but is never drawn larger than ``width`` pixels, so its
    text is never larger than designed.
    """
    return (
        f'<svg class="picture" role="img" aria-labelledby="{picture_id}-title {picture_id}-desc" data-search-exclude="svg" '
        f'viewBox="0 0 {width} {height:g}" width="100%" style="max-width: {width}px" preserveAspectRatio="xMinYMin meet">'
        f'<title id="{picture_id}-title">{text(title)}</title><desc id="{picture_id}-desc">{text(desc)}</desc>'
        + "".join(body)
        + "</svg>"
    )


def figure(picture_id: str, *, title: str, desc: str, width: int, height: float, body: list[str], caption: str) -> str:
    """A ``<figure>`` holding an accessible, responsive SVG and its caption (a raw HTML block)."""
    svg = svg_image(picture_id, title=title, desc=desc, width=width, height=height, body=body)
    return f'<figure class="picture-figure" id="{picture_id}">\n{svg}\n<figcaption>{caption}</figcaption>\n</figure>\n'
