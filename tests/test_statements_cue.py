"""A statement is published with its cue: the text of a denied or refused claim never stands alone."""

from __future__ import annotations

from seedpress.compare import compare_extraction
from seedpress.corpus import parse_article
from seedpress.export import export_data
from seedpress.extract import extract_article, load_extraction_config
from seedpress.extract.model import Extraction
from seedpress.sources_meta import Fact, SourceMeta
from support import VOCABULARY

CONFIG = load_extraction_config(VOCABULARY)
META = SourceMeta(outlet=Fact("Example Wire", "publisher"), published=Fact("2016-09-18", "publisher"))
TEXT = (
    "Navy answers charges\n\n"
    "The navy acknowledged the charges in a note on Sunday, but did not directly admit fault for the losses. "
    "The army said the raid was planned and refused to confirm how many soldiers died."
)


def statements() -> list[dict]:
    article = extract_article(parse_article("t", "seeds/t.txt", TEXT), META, CONFIG)
    extraction = Extraction((article,))
    return export_data(extraction, compare_extraction(extraction, CONFIG))["statements.json"]["statements"]


def test_a_claim_not_made_is_published_with_its_negated_cue():
    by_verb = {s["verb"]: s for s in statements()}
    admitted = by_verb["admit"]
    assert admitted["text"] == "fault for the losses"
    assert admitted["cue"] == "did not directly admit"
    assert admitted["negated"] is True
    assert by_verb["acknowledged"]["text"] == "the charges in a note on Sunday"
    assert by_verb["acknowledged"]["negated"] is False


def test_a_refusal_joined_by_and_keeps_its_refusal():
    by_verb = {s["verb"]: s for s in statements()}
    named = by_verb["confirm"]
    assert named["claimant"] == "The army"
    assert named["cue"] == "refused to confirm"
    assert named["negated"] is True
    assert by_verb["said"]["text"] == "the raid was planned"
