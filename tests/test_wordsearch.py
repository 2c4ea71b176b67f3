"""The site's one word rule, and that glossary terms, topics, labels and parties all follow it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedpress import wordsearch
from seedpress.corpus import Corpus, parse_article
from seedpress.editorial import ActorLabel, ActorLabels, Party
from seedpress.glossary import Glossary, GlossaryEntry, SourceRef
from seedpress.labels import count_labels
from seedpress.parties import PartyClassifier
from seedpress.terms import TermMatcher
from seedpress.topics import TopicMatcher
from seedpress.wordsearch import CHAR_EQUIVALENTS, Prepared, WordMatcher, is_acronym, unify
from support import examples


def found(forms: list[str], text: str) -> list[str]:
    """The words of ``text`` that ``forms`` find, in order."""
    return [text[span.start : span.end] for span in WordMatcher((form, None) for form in forms).find(text)]


# ---------------------------------------------------------------------------
# The rule
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u2018", "\u02bc", "`"])
def test_every_apostrophe_finds_every_other(apostrophe):
    text = f"Reports said Assad{apostrophe}s forces moved."
    assert found(["Assad's forces"], text) == [f"Assad{apostrophe}s forces"]
    assert found(["Assad\u2019s forces"], text) == [f"Assad{apostrophe}s forces"]


@pytest.mark.parametrize("dash", ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"])
def test_every_hyphen_and_dash_finds_every_other(dash):
    assert found(["U.S.-led coalition"], f"the U.S.{dash}led coalition said") == [f"U.S.{dash}led coalition"]
    assert found(["cease\u2013fire"], f"a cease{dash}fire held") == [f"cease{dash}fire"]


def test_a_dash_stands_between_words_but_white_space_is_not_a_dash():
    assert found(["ISIS"], "an anti-ISIS coalition") == ["ISIS"]
    assert found(["U.S."], "the U.S.-led coalition") == ["U.S."]
    assert found(["cease-fire"], "a cease - fire and a cease fire") == []


def test_capitals_match_only_as_written_and_other_forms_in_any_case():
    assert found(["IS"], "It is IS, not Is or is.") == ["IS"]
    assert found(["SANA"], "Sana and SANA") == ["SANA"]
    assert found(["Assad"], "ASSAD, assad and Assad") == ["ASSAD", "assad", "Assad"]
    assert is_acronym("U.S.") and is_acronym("F-16") and not is_acronym("A-10s") and not is_acronym("62")


def test_whole_words_only():
    assert found(["aid"], "he said aid arrived; aides left") == ["aid"]
    assert found(["IS"], "ISIL and ISIS, but IS too") == ["IS"]
    assert found(["Russia"], "Russians and Russia's jets") == ["Russia"]


def test_letters_of_any_script_are_word_letters():
    assert found(["Dayr"], "Dayr al-Zawr, Dayré, ÉDayr") == ["Dayr"]
    assert found(["ez-Zor"], "Deir ez-Zor, Deir Ez-Zor") == ["ez-Zor", "Ez-Zor"]
    assert found(["دير الزور"], "مدينة دير الزور في سوريا") == ["دير الزور"]
    assert found(["Дейр"], "Дейр-эз-Зор и Дейрэз") == ["Дейр"]
    assert found(["Éric"], "ÉRIC and éric") == ["ÉRIC", "éric"]


def test_white_space_in_a_form_matches_any_run_of_it():
    assert found(["loss of life"], "the loss  of\nlife") == ["loss  of\nlife"]


def test_the_longest_form_wins_and_finds_never_overlap():
    text = "U.S. Central Command said the U.S. would"
    assert found(["U.S.", "Central Command", "U.S. Central Command"], text) == ["U.S. Central Command", "U.S."]


def test_unify_keeps_every_offset():
    assert all(len(value) == 1 for value in CHAR_EQUIVALENTS.values())  # type: ignore[arg-type]
    text = "Assad\u2019s U.S.\u2013led"
    assert len(unify(text)) == len(text)


# ---------------------------------------------------------------------------
# Every user goes through it
# ---------------------------------------------------------------------------


def test_topics_find_a_curly_apostrophe():
    assert TopicMatcher(["Assad's forces"]).matches("Assad\u2019s forces advanced.")
    assert not TopicMatcher(["Assad's forces"]).matches("Assad forces advanced.")


def test_parties_find_a_curly_apostrophe_and_a_dash():
    syria = Party(id="syria", name="Syria", patterns=("Syria's national news agency",))
    coalition = Party(id="coalition", name="Coalition", patterns=("U.S.-led coalition",))
    classifier = PartyClassifier.from_parties((syria, coalition))
    assert classifier.party_of("Syria\u2019s national news agency").id == "syria"
    assert classifier.party_of("a U.S.\u2013led coalition spokesman").id == "coalition"
    assert classifier.party_of("a coalition spokesman").id == "others"


def test_labels_find_a_curly_apostrophe_and_count_the_longest_label_once():
    text = "Headline\n\nAssad\u2019s forces and the Syrian regime\u2019s forces met Assad's forces.\n"
    corpus = Corpus((parse_article("zz", "seeds/zz.txt", text),))
    actors = (ActorLabels("Syria", (ActorLabel("Assad's forces", False), ActorLabel("forces", False))),)
    counts = {label: sum(len(use.places) for use in uses) for (_, label), uses in count_labels(corpus, actors).items()}
    assert counts == {"Assad's forces": 2, "forces": 1}


def test_glossary_terms_find_a_curly_apostrophe():
    source = (SourceRef("A public page", "https://example.org/"),)
    entry = GlossaryEntry("assads-forces", "Assad's forces", (), "group", "The army of the government.", source)
    spans = TermMatcher(Glossary((entry,))).find("Assad\u2019s forces and ASSAD'S FORCES")
    assert [(s.entry_id, s.start) for s in spans] == [("assads-forces", 0), ("assads-forces", 19)]


# ---------------------------------------------------------------------------
# Against a plain reference: one regular expression per form, every overlap tried
# ---------------------------------------------------------------------------


def _reference_pattern(form: str) -> re.Pattern[str]:
    """The rule as one expression: the form's tokens, white space as ``\\s+``, word tokens whole."""
    parts = re.findall(r"\s+|\w+|[^\w\s]", unify(form).strip())
    body = "".join(r"\s+" if part.isspace() else re.escape(part) for part in parts)
    before = r"(?<!\w)" if re.match(r"\w", parts[0]) else ""
    after = r"(?!\w)" if re.match(r"\w", parts[-1]) else ""
    return re.compile(rf"(?=({before}{body}{after}))", 0 if is_acronym(form) else re.IGNORECASE)


def reference_find(forms: list[str], text: str) -> list[tuple[int, int]]:
    """Every place of every form; then the longest, earliest, capitals first, never overlapping."""
    unified = unify(text)
    candidates = []
    for form in forms:
        for match in _reference_pattern(form).finditer(unified):
            candidates.append((match.start(1), match.end(1), 0 if is_acronym(form) else 1))
    candidates.sort(key=lambda c: (c[0] - c[1], c[0], c[2]))
    taken: list[tuple[int, int]] = []
    for start, end, _ in candidates:
        if not any(s < end and start < e for s, e in taken):
            taken.append((start, end))
    return sorted(taken)


FORMS = ["Syrian regime forces", "Syrian regime", "regime", "IS", "ISIS", "U.S.", "U.S.-led coalition", "Assad's"]
WORDS = ["Syrian", "regime", "REGIME", "forces", "U.S.", "U.S.\u2013led", "coalition", "IS", "is", "ISIS", "-"]
WORDS += ["Assad\u2019s", "Assad's", "assad`s", "Assads", "\u2014", "'", "\n", "ré", "Dayr", "x"]


@settings(max_examples=examples(200), deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=14), glue=st.sampled_from([" ", "", "-", ", ", "  "]))
def test_the_matcher_finds_what_the_plain_reference_finds(words, glue):
    text = glue.join(words)
    matcher = WordMatcher((form, None) for form in FORMS)
    assert [(s.start, s.end) for s in matcher.find(text)] == reference_find(FORMS, text)
    assert matcher.matches(text) == bool(reference_find(FORMS, text))
    # The quick test, on the text or on it prepared once for several matchers: never False where a form is.
    assert matcher.could_match(Prepared(text)) == matcher.could_match(text)
    assert matcher.could_match(text) or not reference_find(FORMS, text)


def test_text_without_a_form_is_never_tokenised(monkeypatch):
    matcher = WordMatcher((form, None) for form in FORMS)

    def refuse(text: str) -> None:
        raise AssertionError("tokenised")

    monkeypatch.setattr(wordsearch, "Tokens", refuse)
    text = "A long report on the weather, with no word of any form in it. " * 20_000
    assert not matcher.matches(text) and matcher.find(text) == ()
