"""Attributed statements without quotation marks: claimant, via chain and claim text."""

from __future__ import annotations

from seedpress.corpus import parse_article
from seedpress.extract import extract_article, load_extraction_config
from seedpress.sources_meta import Fact, SourceMeta
from support import VOCABULARY

CONFIG = load_extraction_config(VOCABULARY)
META = SourceMeta(outlet=Fact("Example News", "publisher"), published=Fact("2016-09-17", "inferred"))


def statements_of(text: str):
    return extract_article(parse_article("t", "seeds/t.txt", text), META, CONFIG).statements


def test_x_said_that_gives_claimant_and_claim():
    (s,) = statements_of("The Pentagon said that the strike had been halted.")
    assert (s.claimant.label, s.verb, s.text) == ("The Pentagon", "said", "the strike had been halted")


def test_reported_that_someone_claims_makes_the_medium_the_via():
    (s,) = statements_of("The Wall Street Journal reported that Russian officials claim the strike killed 62 soldiers.")
    assert s.claimant.label == "Russian officials"
    assert s.claimant.via == ("The Wall Street Journal",)
    assert s.text.startswith("the strike killed 62")


def test_trailing_medium_alone_is_the_claimant():
    (s,) = statements_of("The coalition stopped an airstrike in Syria on Saturday, Reuters reported.")
    assert s.claimant.label == "Reuters"
    assert s.text == "The coalition stopped an airstrike in Syria on Saturday"


def test_according_to_and_pegs_the_toll():
    (s,) = statements_of("The group pegs the toll at 83 soldiers, according to its director.")
    assert s.claimant.label == "The group"
    (t,) = statements_of("The toll rose to 90 overnight, according to the Syrian Observatory for Human Rights.")
    assert t.claimant.label == "the Syrian Observatory for Human Rights"


def test_comma_aside_between_subject_and_verb_is_skipped():
    (s,) = statements_of("The monitor, however, said the toll had risen.")
    assert s.claimant.label == "The monitor"


def test_passive_accused_names_no_claimant():
    assert statements_of("The government has been accused of using chemical weapons.") == ()


def test_capitalised_states_is_a_name_not_a_verb():
    assert all(s.verb != "states" for s in statements_of("The United States coalition said it halted the strike."))


def test_a_quotation_is_not_listed_again_as_a_statement():
    assert statements_of('"We regret it," the ministry said in a statement.') == ()


def test_statement_offsets_index_the_paragraph():
    text = "Russian Army officials said the incident took place near the airport."
    (s,) = statements_of(text)
    assert text[s.start : s.end] == s.text
