"""Term mentions in the articles, and the abbreviation definitions behind the tooltips."""

from __future__ import annotations

import time
from collections import Counter
from functools import cache
from itertools import pairwise

import markdown
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown.extensions.abbr import AbbrBlockprocessor

from seedpress.corpus import Corpus, load_corpus
from seedpress.glossary import Glossary, GlossaryEntry, GlossaryError, SourceRef, load_glossary, parse_glossary
from seedpress.terms import TermMatcher, TermMention, compile_terms, find_term_mentions, mentions_by_entry
from seedpress.tooltip_text import abbr_entries, abbr_glossary, abbr_glossary_lines
from seedpress.wordsearch import is_acronym
from support import ROOT, SEEDS, examples

ABC = "000_1e9434ab0af3831d"
SCROLL = "003_9c4532b68ee2e999"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus(SEEDS)


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(ROOT / "editorial" / "glossary.yml", "editorial/glossary.yml")


@pytest.fixture(scope="module")
def mentions(corpus: Corpus, glossary: Glossary) -> tuple[TermMention, ...]:
    return find_term_mentions(corpus, glossary)


@cache
def _real_matcher() -> tuple[Glossary, TermMatcher]:
    """The real glossary, compiled once for the property tests (Hypothesis calls them often)."""
    glossary = load_glossary(ROOT / "editorial" / "glossary.yml", "editorial/glossary.yml")
    return glossary, compile_terms(glossary)


def _in(mentions: tuple[TermMention, ...], seed: str, text: str) -> list[TermMention]:
    return [m for m in mentions if m.seed == seed and m.text == text]


def _small(*entries: tuple[str, list[str]]) -> Glossary:
    """A glossary of (id, [term, aliases...]) with throw-away definitions."""
    lines = ["entries:"]
    for entry_id, forms in entries:
        aliases = ", ".join(repr(f) for f in forms[1:])
        lines += [
            f"  - id: {entry_id}",
            f"    term: {forms[0]!r}",
            f"    aliases: [{aliases}]",
            "    category: concept",
            f"    definition: About {entry_id}.",
            "    source: articles",
        ]
    return parse_glossary("\n".join(lines) + "\n", "test.yml")


# ---------------------------------------------------------------------------
# On the real seeds
# ---------------------------------------------------------------------------


def test_deir_ezzour_maps_to_the_deir_ez_zor_entry(mentions: tuple[TermMention, ...]) -> None:
    found = _in(mentions, SCROLL, "Deir Ezzour")
    assert found
    assert {m.entry_id for m in found} == {"deir-ez-zor"}
    assert found[0].para == 2


def test_capital_is_in_seed_003_is_islamic_state(mentions: tuple[TermMention, ...]) -> None:
    found = _in(mentions, SCROLL, "IS")
    assert [(m.entry_id, m.para) for m in found] == [("isil", 3)]


def test_lowercase_is_is_never_a_mention(corpus: Corpus, mentions: tuple[TermMention, ...]) -> None:
    assert " is " in corpus.article(SCROLL).paragraph(3).text
    assert not [m for m in mentions if m.text.lower() == "is" and m.text != "IS"]


def test_us_central_command_is_one_mention_of_centcom(mentions: tuple[TermMention, ...]) -> None:
    found = _in(mentions, ABC, "U.S. Central Command")
    assert found
    assert {m.entry_id for m in found} == {"centcom"}
    for mention in found:
        inside = [
            m
            for m in mentions
            if (m.seed, m.para) == (mention.seed, mention.para) and m.start < mention.end and mention.start < m.end
        ]
        assert inside == [mention]  # no "U.S." mention of the United States inside it


def test_forms_match_in_any_letter_case_except_acronyms(mentions: tuple[TermMention, ...]) -> None:
    # Seed 000 writes "U.S. Central command" once and the headline "US-Led Coalition".
    assert [m.entry_id for m in _in(mentions, ABC, "U.S. Central command")] == ["centcom"]
    assert [m.alias for m in _in(mentions, ABC, "US-Led Coalition")] == ["US-led coalition"]
    assert [m.entry_id for m in _in(mentions, SCROLL, "cessation of hostilities")] == ["cessation-of-hostilities"]


def test_spelling_variants_of_the_seeds_are_found(mentions: tuple[TermMention, ...]) -> None:
    expected = {
        (SCROLL, "Sana"): "sana",
        (SCROLL, "F16"): "f-16",
        (SCROLL, "A-10"): "a-10",
        (SCROLL, "Syrian Observatory for Human Rights"): "sohr",
        (SCROLL, "erroneous coordinates of targets"): "target-location-error",
        (ABC, "target location error"): "target-location-error",
        (ABC, "Russian Defense Ministry"): "russian-defence-ministry",
        (ABC, "Maj. Gen. Igor Konashenkov"): "konashenkov",
        (ABC, "Coalition Air Operations Center"): "caoc",
        (ABC, "Combined Air Operations Center"): "caoc",
        (ABC, "Memorandum of Understanding on safety of flight"): "mou-safety-of-flight",
        (SCROLL, "Assad regime"): "regime",
    }
    for (seed, text), entry_id in expected.items():
        assert {m.entry_id for m in _in(mentions, seed, text)} == {entry_id}, text


def test_every_mention_is_the_paragraph_slice_at_its_offsets(corpus: Corpus, mentions: tuple[TermMention, ...]) -> None:
    assert len(mentions) > 50
    for mention in mentions:
        paragraph = corpus.article(mention.seed).paragraph(mention.para)
        assert paragraph.text[mention.start : mention.end] == mention.text


def test_mentions_never_overlap_and_come_in_reading_order(mentions: tuple[TermMention, ...]) -> None:
    by_paragraph: dict[tuple[str, int], list[TermMention]] = {}
    for mention in mentions:
        by_paragraph.setdefault((mention.seed, mention.para), []).append(mention)
    for group in by_paragraph.values():
        for before, after in pairwise(group):
            assert before.end <= after.start


def test_mentions_by_entry_groups_in_reading_order(mentions: tuple[TermMention, ...]) -> None:
    groups = mentions_by_entry(mentions)
    assert sum(len(g) for g in groups.values()) == len(mentions)
    centcom = groups["centcom"]
    assert [(m.seed, m.para) for m in centcom] == sorted((m.seed, m.para) for m in centcom)


# ---------------------------------------------------------------------------
# Matching rules on small texts
# ---------------------------------------------------------------------------


def test_whole_words_only() -> None:
    matcher = compile_terms(_small(("aid", ["aid"]), ("is", ["IS"]), ("syria", ["Syria"])))
    assert matcher.find("He said the ISIL fighters in Syrian towns") == ()
    assert [s.entry_id for s in matcher.find("Aid for Syria; IS said")] == ["aid", "syria", "is"]


def test_acronyms_are_case_sensitive_other_forms_are_not() -> None:
    matcher = compile_terms(_small(("is", ["IS"]), ("sana", ["Sana"])))
    assert [s.alias for s in matcher.find("it is IS, Is or is; SANA or sana")] == ["IS", "Sana", "Sana"]
    assert is_acronym("U.S.") and is_acronym("F16") and not is_acronym("A-10s")


def test_straight_and_curly_apostrophes_and_dashes_are_alike() -> None:
    matcher = compile_terms(_small(("mod", ["Russia's Defence Ministry"]), ("cf", ["cease-fire"])))
    text = "Russia\u2019s Defence Ministry and the cease\u2013fire"
    spans = matcher.find(text)
    assert [s.entry_id for s in spans] == ["mod", "cf"]
    assert [text[s.start : s.end] for s in spans] == ["Russia\u2019s Defence Ministry", "cease\u2013fire"]


def test_white_space_inside_a_form_may_be_any_run() -> None:
    matcher = compile_terms(_small(("centcom", ["Central Command"])))
    assert [s.end - s.start for s in matcher.find("Central\n  Command said")] == [17]
    assert matcher.find("CentralCommand") == ()


def test_longest_match_wins_even_against_an_earlier_start() -> None:
    matcher = compile_terms(_small(("city", ["New York"]), ("paper", ["York Times Company"]), ("us", ["U.S."])))
    assert [s.entry_id for s in matcher.find("New York Times Company")] == ["paper"]
    assert [s.alias for s in matcher.find("the U.S. side")] == ["U.S."]


def test_an_exact_case_form_is_reported_when_two_forms_differ_only_in_case() -> None:
    matcher = compile_terms(_small(("sana", ["SANA", "Sana"])))
    assert [s.alias for s in matcher.find("SANA and Sana and sana")] == ["SANA", "Sana", "Sana"]


def test_long_adversarial_text_does_not_hang(glossary: Glossary) -> None:
    matcher = compile_terms(glossary)
    text = ("U.S. Central " * 20_000) + ("Memorandum of Understanding on safety of " * 5_000) + ("a" * 100_000)
    started = time.process_time()
    spans = matcher.find(text)
    # A hang guard against a blow-up (backtracking, quadratic scans), not a speed target: that
    # is measured by `make bench`. CPU time, so a busy machine does not fail it: linear code
    # takes well under a second here, a blow-up minutes.
    assert time.process_time() - started < 60
    assert len(spans) == 20_000 + 5_000  # every "U.S." and every "Memorandum of Understanding"


#: Any text, or any text with glossary spellings in it (so that spans are found and checked).
_ANY_TEXT = st.one_of(
    st.text(),
    st.lists(
        st.one_of(st.text(max_size=8), st.sampled_from(["U.S.", "Deir Ezzour", "SOHR", "A-10s", "Islamic State"])),
        max_size=20,
    ).map("".join),
)


def test_arbitrary_text_never_raises_and_spans_are_exact() -> None:
    checked = Counter[str]()

    @settings(max_examples=examples(300), deadline=None)
    @given(_ANY_TEXT)
    @example("the U.S.-led coalition\x00 and SOHR\u2019s count")
    def check(text: str) -> None:
        glossary, matcher = _real_matcher()
        spans = matcher.find(text)
        for before, after in pairwise(spans):
            assert before.end <= after.start
        for span in spans:
            assert 0 <= span.start < span.end <= len(text)
            assert glossary.entry(span.entry_id)
        checked["spans"] += len(spans)

    check()
    assert checked["spans"], "no example held a glossary term: the span checks never ran"


_WORDS = st.sampled_from(
    ["U.S.", "Central", "Command", "IS", "is", "Deir", "Ezzour", "ez-Zor", "A-10s", "cease-fire", "aid", "said"]
)
_GAPS = st.sampled_from([" ", "  ", "\n", "", "-", "\u2019", "'", ", ", "."])


def test_text_made_of_glossary_words_gives_exact_non_overlapping_spans() -> None:
    checked = Counter[str]()

    @settings(max_examples=examples(300), deadline=None)
    @given(st.lists(st.tuples(_WORDS, _GAPS), min_size=1, max_size=30))
    @example([("U.S.", " "), ("Central", " "), ("Command", ", "), ("Deir", " "), ("ez-Zor", "")])
    def check(parts: list[tuple[str, str]]) -> None:
        _, matcher = _real_matcher()
        text = "".join(word + gap for word, gap in parts)
        spans = matcher.find(text)
        for before, after in pairwise(spans):
            assert before.end <= after.start
        for span in spans:
            found = text[span.start : span.end]
            assert found.strip() == found and found
            before = text[span.start - 1 : span.start]
            assert not (before.isalnum() or before == "_")  # starts on a word boundary
        checked["spans"] += len(spans)

    check()
    assert checked["spans"], "no example held a glossary term: the span checks never ran"


# ---------------------------------------------------------------------------
# Tooltips: abbr definitions
# ---------------------------------------------------------------------------


def test_every_form_and_plural_has_an_abbr_definition(glossary: Glossary) -> None:
    keys = abbr_glossary(glossary)
    for entry in glossary:
        for form in entry.forms:
            assert form.rstrip(".") in keys, form
    assert "A-10s" in keys and "barrel bombs" in keys
    assert "Cease-fire" in keys  # a lower-case form also gets its sentence-start spelling


def test_spellings_found_in_the_articles_get_their_own_keys(
    glossary: Glossary, mentions: tuple[TermMention, ...]
) -> None:
    keys = abbr_glossary(glossary, mentions)
    assert keys["U.S. Central command"] == keys["U.S. Central Command"]
    assert "US-Led Coalition" in keys


def test_abbr_lines_parse_back_as_python_markdown_reads_them(glossary: Glossary) -> None:
    expected = abbr_glossary(glossary)
    lines = abbr_glossary_lines(glossary)
    assert len(lines) == len(expected)
    for line in lines:
        assert "\n" not in line
        match = AbbrBlockprocessor.RE.match(line)
        assert match, line
        assert expected[match.group("abbr")] == match.group("title")


def test_tooltips_name_the_term_in_one_sentence(glossary: Glossary) -> None:
    keys = abbr_glossary(glossary)
    assert keys["Deir Ezzour"].startswith("Deir ez-Zor: A city")
    for entry in glossary:
        # One sentence: the definition's first, or the entry's own short one.
        assert keys[entry.term.rstrip(".")] == entry.tooltip
        assert entry.definition.startswith(entry.tooltip) or entry.short == entry.tooltip
        assert len(entry.tooltip) <= 160, entry.id
    assert "(Glossary, from the articles)" in abbr_glossary(glossary, with_source=True)["Konashenkov"]


def test_a_short_field_replaces_a_long_first_sentence() -> None:
    text = """entries:
  - id: pact
    term: Pact
    aliases: []
    category: agreement
    short: A deal between two states.
    definition: An agreement with many clauses, signed on 1 January 2000 by the U.S. and others. More.
    source: articles
  - id: plan
    term: Plan
    aliases: []
    category: agreement
    definition: What the U.S. and Russia agreed. It failed.
    source: articles
"""
    pact, plan = parse_glossary(text, "glossary.yml").entries
    assert pact.tooltip == "A deal between two states."
    assert plan.tooltip == "What the U.S. and Russia agreed."  # "U.S." does not end the sentence
    with pytest.raises(GlossaryError, match="short: longer than 160 characters"):
        parse_glossary(text.replace("A deal between two states.", "word " * 40), "glossary.yml")


def test_abbr_entries_name_the_entry_of_every_key(glossary: Glossary, mentions: tuple[TermMention, ...]) -> None:
    entries = abbr_entries(glossary, mentions)
    assert entries.keys() == abbr_glossary(glossary, mentions).keys()
    assert entries["Deir Ezzour"] == entries["Deir ez-Zor"] == "deir-ez-zor"


def test_abbr_glossary_renders_tooltips_in_markdown(glossary: Glossary) -> None:
    html = markdown.markdown(
        "Deir Ezzour, the U.S. military and two A-10s.",
        extensions=["abbr"],
        extension_configs={"abbr": {"glossary": abbr_glossary(glossary)}},
    )
    assert '<abbr title="Deir ez-Zor: A city' in html
    assert ">U.S. military</abbr>" in html
    assert ">A-10s</abbr>" in html


def test_abbr_lines_appended_to_a_page_render_tooltips(glossary: Glossary) -> None:
    source = "Only IS and the U.S. here.\n\n" + "\n".join(abbr_glossary_lines(glossary))
    html = markdown.markdown(source, extensions=["abbr"])
    assert ">IS</abbr>" in html
    assert ">U.S</abbr>." in html  # the key stops before the final full stop so \b can match
    assert "*[" not in html


_HOSTILE = st.text().map(lambda s: s + "]: *[x]: \\\n\x02\x03 '' [")


@settings(max_examples=examples(200), deadline=None)
@given(_HOSTILE)
def test_any_definition_becomes_one_safe_abbr_line(definition: str) -> None:
    entry = GlossaryEntry(
        id="x",
        term="Term",
        aliases=("T-1s",),
        category="concept",
        definition=definition,
        sources=(SourceRef("Some [page]", "https://example.org/"),),
    )
    lines = abbr_glossary_lines(Glossary((entry,)))
    assert [AbbrBlockprocessor.RE.match(line).group("abbr") for line in lines] == ["Term", "T-1s"]  # type: ignore[union-attr]
    for line in lines:
        title = line.split("]: ", 1)[1]
        assert "\n" not in line and "[" not in title and "]" not in title and "\\" not in title
        assert "\x02" not in title and "\x03" not in title
