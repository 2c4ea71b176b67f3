"""The escaping function: seed text renders as itself, and nothing in it takes effect.

Each case is rendered with the site's own Markdown configuration (read from
mkdocs.yml) and with a wider set of pymdown-extensions switched on, as a guard
for the day someone enables them.
"""

from __future__ import annotations

from functools import cache
from html.parser import HTMLParser

import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from seedpress.markdown_text import escape_html, escape_markdown, is_safe_url, markdown_link
from seedpress.pages.common import front_matter
from support import ROOT, examples

# Extensions that add syntax (not typographic replacements such as smarty or
# smartsymbols, which change text by design and which the site never enables).
WIDER_EXTENSIONS = [
    "pymdownx.snippets",
    "pymdownx.magiclink",
    "pymdownx.tilde",
    "pymdownx.caret",
    "pymdownx.mark",
    "pymdownx.keys",
    "pymdownx.emoji",
    "pymdownx.critic",
    "pymdownx.arithmatex",
    "pymdownx.betterem",
    "pymdownx.inlinehilite",
    "pymdownx.superfences",
    "pymdownx.tasklist",
    "pymdownx.tabbed",
    "pymdownx.blocks.admonition",
    "footnotes",
    "def_list",
]


@cache
def site_config() -> MkDocsConfig:
    """The site's configuration, read once (reading it loads the theme, plugins and hooks)."""
    return load_config(str(ROOT / "mkdocs.yml"))


def site_markdown() -> markdown.Markdown:
    config = site_config()
    return markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"])


def wider_markdown() -> markdown.Markdown:
    base = site_config()
    configs = dict(base["mdx_configs"])
    configs["pymdownx.snippets"] = {"base_path": [str(ROOT)], "check_paths": False}
    return markdown.Markdown(extensions=base["markdown_extensions"] + WIDER_EXTENSIONS, extension_configs=configs)


RENDERERS = {"site": site_markdown, "wider": wider_markdown}


class ElementLister(HTMLParser):
    """Tags, attributes and text of rendered HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.tags.append("<!--comment-->")


def render(text: str, renderer: str) -> ElementLister:
    md = RENDERERS[renderer]()
    html = md.convert(escape_markdown(text))
    lister = ElementLister()
    lister.feed(html)
    lister.close()
    return lister


HOSTILE = {
    "html-tag": '<script>alert("x")</script><img src=x onerror=alert(1)>',
    "html-attribute": '<a href="javascript:alert(1)" onclick="x()">click</a>',
    "html-comment": "<!-- hidden --> visible",
    "entity": "&lt;b&gt; and &amp; and &#60;",
    "heading": "# Not a heading",
    "setext": "Title\n=====",
    "list": "- not\n- a list",
    "ordered-list": "1. not a list",
    "blockquote": "> not a quote",
    "code-block": "    not code",
    "fence": "```\nnot code\n```",
    "inline-code": "`not code`",
    "emphasis": "*not* **bold** _not_ __bold__",
    "link": "[click](https://example.com) ![img](x.png) <https://example.com>",
    "reference": "[x]: https://example.com",
    "table": "| a | b |\n|---|---|\n| 1 | 2 |",
    "admonition": '!!! danger "Not an admonition"\n    body',
    "details": "??? note\n    body",
    "abbreviation": "*[ISIS]: Injected definition",
    "front-matter": "---\ntitle: injected\n---",
    "jinja-expression": "{{ config.site_name }} {{ 7*7 }}",
    "jinja-statement": "{% for x in y %}loop{% endfor %}",
    "snippet-line": '--8<-- "mkdocs.yml"',
    "snippet-inline": ';--8<-- "README.md"',
    "attr-list": "Text\n{: #injected .class onclick=x }",
    "footnote": "Text[^1]\n\n[^1]: note",
    "mark-tilde-caret-keys": "==mark== ~~del~~ ^^ins^^ ++ctrl+alt++ H~2~O",
    "emoji-critic-math": ":smile: {++add++} {--del--} $x^2$",
    "magiclink": "https://example.com and www.example.com and @user",
    "hard-break": "line one  \nline two",
    "backslash": "\\*not emphasis\\* C:\\path",
    "tab-block": '=== "Tab"\n    body',
}


@pytest.mark.parametrize("renderer", sorted(RENDERERS))
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_text_renders_as_itself_in_one_plain_paragraph(case, renderer):
    text = HOSTILE[case]
    rendered = render(text, renderer)
    assert rendered.tags == ["p"], f"{case}: markup took effect: {rendered.tags}"
    assert rendered.attrs == []
    assert "".join(rendered.text) == " ".join(text.split())


def test_escaped_text_is_one_line_starting_with_a_letter_or_entity():
    for text in HOSTILE.values():
        escaped = escape_markdown(text)
        assert "\n" not in escaped
        assert escaped[0].isalpha() or escaped[0] == "&"


def test_ordinary_words_keep_their_letters_for_glossary_tooltips():
    # abbr tooltips match plain text, so names must not be broken up by escapes.
    for name in ["U.S.", "F-16", "A-10", "Deir ez-Zor", "al-Assad", "Scroll.in", "U.S.-led (coalition)"]:
        assert escape_markdown(f"The {name} x") == f"The {name} x"


markdown_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("\\`*_{}[]()<>#+-.!|~^=:$@%&\"' \n\t-8;/")),
        st.characters(exclude_categories=("Cc", "Cs")),
    ),
    max_size=80,
)


@settings(max_examples=examples(300), deadline=None)
@given(text=markdown_text)
def test_any_text_renders_as_itself(text):
    rendered = render(text, "wider")
    expected = " ".join(text.split())
    if not expected:
        assert rendered.tags == []
        return
    assert rendered.tags == ["p"]
    assert rendered.attrs == []
    assert "".join(rendered.text) == expected


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "https://x.org/a b", 'https://x.org/"onmouseover="x', "ftp://x.org", "//x.org"],
)
def test_unsafe_addresses_are_refused(url):
    assert not is_safe_url(url)
    with pytest.raises(ValueError):
        markdown_link("label", url)


def test_link_label_is_escaped_and_address_encoded():
    lister = ElementLister()
    lister.feed(site_markdown().convert(markdown_link("a *b* <c>", "https://x.org/p_(1)?a=1&b=2")))
    assert lister.tags == ["p", "a"]
    assert lister.attrs == [("href", "https://x.org/p_%281%29?a=1&b=2")]
    assert "".join(lister.text) == "a *b* <c>"


@given(st.text())
def test_front_matter_reads_back_as_the_same_title_whatever_the_characters(title):
    # Characters beyond U+FFFF once produced JSON surrogate pairs that YAML refused,
    # and MkDocs then printed the front matter as page text.
    block = front_matter(title, search={"exclude": True})
    data = yaml.safe_load(block.split("---\n")[1])
    assert data == {"title": escape_html(title), "search": {"exclude": True}}
