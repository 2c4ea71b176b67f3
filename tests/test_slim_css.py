"""Material's stylesheets without the rules no page can match (hooks/seedpress/slim_css.py)."""

from __future__ import annotations

import re

from seedpress.slim_css import (
    NEVER,
    UsedNames,
    drop_unread_properties,
    slim,
    slim_site,
    strip_comments,
    used_names,
)
from seedpress.tables import DATA_TABLE


def _used(classes: str = "", palette: dict[str, set[str]] | None = None) -> UsedNames:
    return UsedNames(classes=set(classes.split()), palette=palette or {})


def test_a_selector_naming_an_unused_class_goes_and_the_rest_of_its_list_stays():
    css = ".a .b{color:red}.a,.gone{margin:0}.gone .a{padding:0}p{border:0}"
    assert slim(css, _used("a b")) == ".a .b{color:red}.a{margin:0}p{border:0}"


def test_a_class_inside_not_or_has_decides_nothing_but_is_needs_one_alternative():
    css = ".a:not(.gone){x:1}.a:has(.gone){x:2}:is(.a,.gone) .b{x:3}:is(.gone,.other) .b{x:4}.a:where(.gone){x:5}"
    assert slim(css, _used("a b")) == ".a:not(.gone){x:1}.a:has(.gone){x:2}:is(.a,.gone) .b{x:3}"


def test_palette_values_no_page_sets_go():
    css = "[data-md-color-primary=pink]{x:1}[data-md-color-primary=indigo]{x:2}[data-md-color-scheme=slate]{x:3}"
    used = _used(palette={"data-md-color-primary": {"indigo"}, "data-md-color-scheme": {"default", "slate"}})
    assert slim(css, used) == "[data-md-color-primary=indigo]{x:2}[data-md-color-scheme=slate]{x:3}"


def test_the_colour_switching_rule_goes_though_it_matches():
    # Material sets the attribute on <body> as every page opens: "[...] *" would restyle every element.
    css = "[data-md-color-switching] *,[data-md-color-switching] :after,.a{transition-duration:0s}.a{x:1}"
    assert slim(css, _used("a")) == ".a{transition-duration:0s}.a{x:1}"
    assert slim("[data-md-color-switching] *{transition:none}", _used("a")) == ""


def test_classless_elements_are_matched_without_naming_the_class_attribute():
    # "[class]" would make every class change restyle the whole subtree below it.
    css = ".a table:not([class]) td>:first-child{x:1}p:not([class]){x:2}.a{x:3}"
    used = used_names(['<table><tr><td class="a">1</td></tr></table><p class="a">x</p>'], [])
    assert used.classed == {"td": {"a"}, "p": {"a"}}
    assert slim(css, used) == f".a table:not(.{NEVER}) td>:first-child{{x:1}}p:not([class]){{x:2}}.a{{x:3}}"
    # A class no page uses: the rewritten selector matches exactly the elements the old one did.
    assert NEVER not in used.classes
    # Tables the hooks wrapped for Material count as classless; any other class keeps "[class]".
    wrapped = used_names([f'<table class="{DATA_TABLE}"><tr><td>1</td></tr></table>'], [])
    assert slim("table:not([class]){x:1}", wrapped) == f"table:not(.{NEVER}){{x:1}}"
    other = used_names([f'<table class="{DATA_TABLE}"></table><table class="mine"></table>'], [])
    assert slim("table:not([class]){x:1}", other) == "table:not([class]){x:1}"


def test_media_blocks_left_empty_go_and_font_faces_and_keyframes_stay():
    css = "@media (min-width:1px){.gone{x:1}}@media print{.a{x:2}}@keyframes k{0%{x:0}}@font-face{font-family:f}"
    assert slim(css, _used("a")) == "@media print{.a{x:2}}@keyframes k{0%{x:0}}@font-face{font-family:f}"


def test_strings_keep_their_braces_semicolons_and_comment_marks():
    css = '/* note */.a{--icon:url(\'data:image/svg+xml;charset=utf-8,<svg d="{;}"/>\');content:"/* not a comment */"}'
    assert slim(css, _used("a")) == (
        '.a{--icon:url(\'data:image/svg+xml;charset=utf-8,<svg d="{;}"/>\');content:"/* not a comment */"}'
    )


def test_custom_properties_nobody_reads_go():
    css = ":root{--read:1px;--unread:2px;--chain:var(--read)}.a{width:var(--chain)}"
    assert (
        drop_unread_properties(css, {"--chain", "--read"})
        == ":root{--read:1px;--chain:var(--read)}.a{width:var(--chain)}"
    )
    assert drop_unread_properties(":root{--unread:2px}", set()) == ""


def test_strip_comments_keeps_every_rule():
    assert strip_comments("/* why */\n.a {\n  color: red; /* red */\n}\n\n") == ".a {\ncolor: red;\n}"


def test_used_names_come_from_class_attributes_scripts_and_palette_attributes():
    page = (
        '<p class="a b">the word gone</p><input data-md-color-primary="indigo">'
        '<script>el.classList.add("made")</script><div style="width:var(--w)"></div>'
    )
    used = used_names([page], ['e.className="from-bundle";e.style.setProperty("--set",1)'])
    assert {"a", "b", "made", "from-bundle"} <= used.classes and "gone" not in used.classes
    assert used.palette == {"data-md-color-primary": {"indigo"}}
    assert {"--w", "--set"} <= used.properties


def test_slim_site_renames_the_stylesheet_and_relinks_every_page(tmp_path):
    sheets = tmp_path / "assets" / "stylesheets"
    sheets.mkdir(parents=True)
    (sheets / "main.0000.min.css").write_text(".a{x:1}.gone{x:2}", encoding="utf-8")
    (sheets / "main.0000.min.css.map").write_text("{}", encoding="utf-8")
    (tmp_path / "own.css").write_text("/* ours */\n.gone { x: 3 }\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    page = '<link rel="stylesheet" href="{}assets/stylesheets/main.0000.min.css"><p class="a">x</p>'
    (tmp_path / "index.html").write_text(page.format(""), encoding="utf-8")
    (tmp_path / "sub" / "index.html").write_text(page.format("../"), encoding="utf-8")
    ((name, before, after),) = slim_site(tmp_path)
    assert after < before and name != "main.0000.min.css"
    assert [p.name for p in sheets.iterdir()] == [name]
    assert (sheets / name).read_text(encoding="utf-8") == ".a{x:1}"
    assert f"assets/stylesheets/{name}" in (tmp_path / "index.html").read_text(encoding="utf-8")
    assert f"../assets/stylesheets/{name}" in (tmp_path / "sub" / "index.html").read_text(encoding="utf-8")
    assert (tmp_path / "own.css").read_text(encoding="utf-8") == ".gone { x: 3 }"


def _slim_site_sheet(tmp_path, css: str, page: str) -> str:
    """The one Material stylesheet of a one-page site after ``slim_site``."""
    sheets = tmp_path / "assets" / "stylesheets"
    sheets.mkdir(parents=True)
    (sheets / "main.0000.min.css").write_text(css, encoding="utf-8")
    (tmp_path / "index.html").write_text(page, encoding="utf-8")
    ((name, _, _),) = slim_site(tmp_path)
    return (sheets / name).read_text(encoding="utf-8")


def test_slim_site_drops_properties_whose_only_readers_go_in_an_earlier_pass(tmp_path):
    # --b is read only by --a's value, and --a by nothing once .gone goes: both go, in two passes.
    css = ":root{--c:1;--b:var(--c);--a:var(--b)}@media print{.gone{x:var(--a)}.kept{y:var(--c)}}"
    assert _slim_site_sheet(tmp_path, css, '<p class="kept">x</p>') == ":root{--c:1}@media print{.kept{y:var(--c)}}"


def test_slim_site_gives_the_same_sheet_for_nested_rules_as_slim_then_drop_until_nothing_changes(tmp_path):
    # A rule that holds braces (nested CSS) is read from the text again in every pass.
    css = ".kept{--a:1;&:hover{--b:var(--a)}}.kept .x{--c:2}:root{--d:var(--c)}"
    used = _used("kept")
    expected = slim(css, used)
    while (again := drop_unread_properties(expected, set(re.findall(r"var\((--[\w-]+)", expected)))) != expected:
        expected = again
    assert expected == ".kept{--a:1;&:hover{--b:var(--a)}}"  # --c goes with its rule, then --d, unread
    assert _slim_site_sheet(tmp_path, css, '<p class="kept">x</p>') == expected
