"""The editorial glossary: the real file is complete and sourced; bad files fail in one line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from seedpress.glossary import (
    CATEGORIES,
    Glossary,
    GlossaryError,
    form_key,
    load_glossary,
    parse_glossary,
)
from seedpress.markdown_text import is_safe_url
from seedpress.sentences import split_sentences
from support import ROOT

GLOSSARY = ROOT / "editorial" / "glossary.yml"
LABEL = "editorial/glossary.yml"
FACTS = ROOT / "editorial" / "facts.md"


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(GLOSSARY, LABEL)


def _owner(glossary: Glossary, form: str) -> str | None:
    """The id of the entry that claims ``form`` (compared as the finder compares)."""
    for entry in glossary:
        if any(form_key(f) == form_key(form) for f in entry.forms):
            return entry.id
    return None


# ---------------------------------------------------------------------------
# The real file
# ---------------------------------------------------------------------------


def test_real_glossary_has_at_least_35_entries(glossary: Glossary) -> None:
    assert len(glossary) >= 35


def test_every_entry_has_definition_category_and_source(glossary: Glossary) -> None:
    for entry in glossary:
        assert entry.definition.strip(), entry.id
        assert entry.category in CATEGORIES, entry.id
        assert entry.from_articles or entry.sources, entry.id
        for source in entry.sources:
            assert source.title.strip(), entry.id
            assert is_safe_url(source.url), entry.id


def test_ids_are_unique_slugs(glossary: Glossary) -> None:
    ids = [entry.id for entry in glossary]
    assert len(ids) == len(set(ids))
    for entry_id in ids:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", entry_id), entry_id


def test_definitions_are_one_or_two_sentences(glossary: Glossary) -> None:
    for entry in glossary:
        assert 1 <= len(split_sentences(entry.definition)) <= 2, entry.id


def test_loaded_label_regime_appears_only_in_its_own_entry(glossary: Glossary) -> None:
    # House style: "regime" only inside quotations or with attribution.
    for entry in glossary:
        if entry.id != "regime":
            assert "regime" not in entry.definition.lower(), entry.id


def test_every_source_address_comes_from_the_fact_sheet(glossary: Glossary) -> None:
    facts = FACTS.read_text(encoding="utf-8")
    addresses = [(entry.id, source.url) for entry in glossary for source in entry.sources]
    assert addresses  # entries defined from the articles alone name no source; the others do
    for entry_id, url in addresses:
        assert url in facts, (entry_id, url)


@pytest.mark.parametrize(
    ("form", "entry_id"),
    [
        ("ISIL", "isil"),
        ("ISIS", "isil"),
        ("IS", "isil"),
        ("Islamic State", "isil"),
        ("Islamic State group", "isil"),
        ("Daesh", "isil"),
        ("Deir ez-Zor", "deir-ez-zor"),
        ("Deir Ezzour", "deir-ez-zor"),
        ("Deir al-Zour", "deir-ez-zor"),
        ("Deir el-Zour", "deir-ez-zor"),
        ("Dayr az Zawr", "deir-ez-zor"),
        ("SOHR", "sohr"),
        ("Syrian Observatory for Human Rights", "sohr"),
        ("SANA", "sana"),
        ("Sana", "sana"),
        ("CENTCOM", "centcom"),
        ("U.S. Central Command", "centcom"),
        ("US Central Command", "centcom"),
        ("Central Command", "centcom"),
        ("Combined Air Operations Center", "caoc"),
        ("Coalition Air Operations Center", "caoc"),
        ("CAOC", "caoc"),
        ("Memorandum of Understanding on safety of flight", "mou-safety-of-flight"),
        ("Cessation of Hostilities", "cessation-of-hostilities"),
        ("cease-fire", "cessation-of-hostilities"),
        ("ceasefire", "cessation-of-hostilities"),
        ("deconfliction", "deconfliction"),
        ("target location error", "target-location-error"),
        ("A-10", "a-10"),
        ("A-10s", "a-10"),
        ("F-16", "f-16"),
        ("F16", "f-16"),
        ("UN Security Council", "un-security-council"),
        ("United Nations Security Council", "un-security-council"),
        ("Russian Defence Ministry", "russian-defence-ministry"),
        ("Russian Defense Ministry", "russian-defence-ministry"),
        ("Igor Konashenkov", "konashenkov"),
        ("Bashar al-Assad", "bashar-al-assad"),
        ("Assad", "bashar-al-assad"),
        ("Al Qaida", "al-qaida"),
        ("Al Qaeda", "al-qaida"),
        ("Nusra Front", "al-qaida"),
        ("barrel bomb", "barrel-bomb"),
        ("barrel bombs", "barrel-bomb"),
        ("chemical weapons", "chemical-weapons"),
        ("coalition", "coalition"),
        ("U.S.-led coalition", "coalition"),
        ("Reuters", "reuters"),
        ("The Wall Street Journal", "wall-street-journal"),
        ("BBC", "bbc"),
        ("The Associated Press", "associated-press"),
        ("ABC News", "abc-news"),
        ("Scroll.in", "scroll-in"),
        ("West Asia", "west-asia"),
        ("West Asian", "west-asia"),
        ("Obama administration", "obama-administration"),
        ("Syrian Arab Army", "syrian-arab-army"),
        ("Syrian government forces", "syrian-arab-army"),
        ("Syrian regime", "regime"),
        ("opposition militia", "opposition"),
        ("rebel groups", "opposition"),
        ("humanitarian aid", "humanitarian-aid"),
        ("Damascus", "damascus"),
        ("Euphrates", "euphrates"),
        ("Russian Federation", "russia"),
        ("Moscow", "moscow"),
        ("Washington", "washington"),
        ("United States", "united-states"),
        ("U.S.", "united-states"),
    ],
)
def test_glossary_covers_the_terms_of_the_articles(glossary: Glossary, form: str, entry_id: str) -> None:
    assert _owner(glossary, form) == entry_id


def test_people_and_states_are_described_at_the_time(glossary: Glossary) -> None:
    for entry_id in ("bashar-al-assad", "konashenkov", "syrian-government", "russia", "united-states"):
        assert "at the time" in glossary.entry(entry_id).definition.lower(), entry_id


def test_entry_lookup_by_id(glossary: Glossary) -> None:
    assert glossary.entry("deir-ez-zor").term == "Deir ez-Zor"
    assert glossary.entry("deir-ez-zor").anchor == "deir-ez-zor"
    with pytest.raises(KeyError):
        glossary.entry("no-such-entry")


# ---------------------------------------------------------------------------
# Bad files
# ---------------------------------------------------------------------------

GOOD_ENTRY = """\
  - id: {id}
    term: {term}
    aliases: [{aliases}]
    category: {category}
    definition: {definition}
    source: {source}
"""


def _entry(**overrides: str) -> str:
    fields = {
        "id": "sohr",
        "term": "Syrian Observatory for Human Rights",
        "aliases": "SOHR",
        "category": "organisation",
        "definition": "A monitoring group.",
        "source": "articles",
    }
    fields.update(overrides)
    return GOOD_ENTRY.format(**fields)


def _file(*entries: str) -> str:
    return "entries:\n" + "".join(entries)


def test_a_small_good_file_parses() -> None:
    glossary = parse_glossary(_file(_entry(), _entry(id="sana", term="SANA", aliases="Sana")), LABEL)
    assert [e.id for e in glossary] == ["sohr", "sana"]
    assert glossary.entry("sohr").from_articles
    assert glossary.entry("sana").forms == ("SANA", "Sana")


def test_sources_may_be_a_mapping_or_a_list_and_anchors_work() -> None:
    text = "public_sources:\n  - &w {title: Wikipedia, url: 'https://en.wikipedia.org/wiki/X'}\n" + _file(
        _entry(source="*w"),
        _entry(id="sana", term="SANA", aliases="", source="[*w, {title: B, url: 'https://b.example/'}]"),
    )
    glossary = parse_glossary(text, LABEL)
    assert [s.url for s in glossary.entry("sohr").sources] == ["https://en.wikipedia.org/wiki/X"]
    assert len(glossary.entry("sana").sources) == 2


@pytest.mark.parametrize(
    ("text", "names", "problem"),
    [
        pytest.param(_file(_entry(), _entry()), "entry 'sohr'", "duplicate id", id="duplicate-id"),
        pytest.param(
            _file(_entry(), _entry(id="other", term="Other", aliases="SOHR")),
            "entry 'other'",
            "already claimed by entry 'sohr'",
            id="alias-claimed-twice",
        ),
        pytest.param(
            _file(_entry(aliases="ISIS"), _entry(id="other", term="Isis", aliases="")),
            "entry 'other'",
            "already claimed by entry 'sohr'",
            id="alias-claimed-twice-in-other-case",
        ),
        pytest.param(
            _file(_entry(aliases="SOHR, SOHR")), "entry 'sohr'", "'SOHR' is listed twice", id="alias-listed-twice"
        ),
        pytest.param(
            _file(_entry().replace("    definition: A monitoring group.\n", "")),
            "entry 'sohr'",
            "missing 'definition'",
            id="missing-definition",
        ),
        pytest.param(
            _file(_entry(definition="''")),
            "entry 'sohr'",
            "definition: expected non-empty text",
            id="empty-definition",
        ),
        pytest.param(
            _file(_entry(definition='"A\\x07bell."')),
            "entry 'sohr'",
            "definition: contains a control character",
            id="control-character",
        ),
        pytest.param(
            _file(_entry(category="weapon")), "entry 'sohr'", "category: 'weapon' is not one of", id="unknown-category"
        ),
        pytest.param(
            _file(_entry().replace("    category: organisation\n", "")),
            "entry 'sohr'",
            "missing 'category'",
            id="missing-category",
        ),
        pytest.param(
            _file(_entry(source="{title: X, url: 'javascript:alert(1)'}")),
            "entry 'sohr'",
            "source[0].url: 'javascript:alert(1)' is not an http(s) address",
            id="bad-url",
        ),
        pytest.param(
            _file(_entry(source="{title: X, url: 'https://a b/'}")),
            "entry 'sohr'",
            "is not an http(s) address",
            id="url-space",
        ),
        pytest.param(
            _file(_entry().replace("    source: articles\n", "")), "entry 'sohr'", "missing 'source'", id="no-source"
        ),
        pytest.param(
            _file(_entry(source="web")), "entry 'sohr'", "source: 'web' is neither 'articles'", id="source-word"
        ),
        pytest.param(_file(_entry(id="Bad Id")), "entry 'Bad Id'.id", "must be a slug", id="id-not-slug"),
        pytest.param(_file(_entry(), _entry(id="x--y")), "entry 'x--y'.id", "must be a slug", id="id-double-hyphen"),
        pytest.param(_file(_entry(aliases="'SOHR]'")), "entry 'sohr'", "contains ']'", id="alias-with-bracket"),
        pytest.param(_file(_entry(aliases="'-SOHR'")), "entry 'sohr'", "must start with a letter", id="alias-dash"),
        pytest.param(_file(_entry(aliases="'1 2'")), "entry 'sohr'", "has no letters", id="alias-no-letters"),
        pytest.param(
            _file(_entry().replace("    aliases: [SOHR]\n", "")),
            "entry 'sohr'",
            "missing 'aliases'",
            id="no-aliases",
        ),
        pytest.param(
            _file(_entry().replace("aliases: [SOHR]", "aliases: SOHR")),
            "entry 'sohr'",
            "aliases: expected a list",
            id="aliases-not-list",
        ),
        pytest.param(
            _file(_entry() + "    note: hello\n"), "entry 'sohr'", "unknown field(s) note", id="unknown-field"
        ),
        pytest.param(_file(_entry() + "    term: Again\n"), "line ", "duplicate key 'term'", id="duplicate-yaml-key"),
        pytest.param("entries: [\n", "line ", "not valid YAML", id="invalid-yaml"),
        pytest.param("- just a list\n", LABEL, "expected a mapping", id="top-level-list"),
        pytest.param("entries: {}\n", LABEL, "entries: expected a list", id="entries-not-list"),
        pytest.param(
            "public_sources:\n  - {title: X, url: 'ftp://x/'}\n" + _file(_entry()),
            "public_sources[0].url",
            "is not an http(s) address",
            id="bad-public-source",
        ),
        pytest.param("terms: []\n", LABEL, "top level: unknown field(s) terms", id="unknown-top-level"),
    ],
)
def test_bad_glossary_gives_one_line_naming_file_and_entry(text: str, names: str, problem: str) -> None:
    with pytest.raises(GlossaryError) as caught:
        parse_glossary(text, LABEL)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{LABEL}: ")
    assert names in message
    assert problem in message


def test_missing_file_is_an_empty_glossary(tmp_path: Path) -> None:
    assert len(load_glossary(tmp_path / "glossary.yml", LABEL)) == 0


def test_empty_file_is_an_empty_glossary() -> None:
    assert len(parse_glossary("", LABEL)) == 0
    assert len(parse_glossary("# nothing yet\n", LABEL)) == 0


def test_unreadable_file_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "glossary.yml"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(GlossaryError, match=r"^editorial/glossary\.yml: cannot read file"):
        load_glossary(path, LABEL)
