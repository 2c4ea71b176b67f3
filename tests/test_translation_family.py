"""A third translation of a statement joins the family of the other two, even in other words."""

from __future__ import annotations

from seedpress.compare import compare_extraction
from seedpress.corpus import Corpus, load_corpus, parse_article
from seedpress.extract import extract_corpus, load_extraction_config
from seedpress.sources_meta import load_sources
from support import SEEDS, VOCABULARY

# Written for this test: the Russian statement in a third English wording that shares
# almost no phrase with the two in the seeds.
THIRD = (
    "Moscow blames Washington\n\n"
    "Defence Ministry spokesman Igor Konashenkov said: \"Should a mistake in the target's "
    "coordinates be behind this air raid, it follows directly from the American side's stubborn "
    'refusal to coordinate with Russia its operations against terrorist groups in Syria."\n'
)
OTHER = (
    "Moscow complains of the weather\n\n"
    'Defence Ministry spokesman Igor Konashenkov said: "Snow closed the airfield for two days, '
    'and the ministry will reopen it on Monday."\n'
)


def _families(*extra: str):
    seeds = load_corpus(SEEDS)
    meta = load_sources(SEEDS / "sources.yml", "seeds/sources.yml", (a.stem for a in seeds.articles))
    articles = [parse_article(f"zz_{i}", f"seeds/zz_{i}.txt", text) for i, text in enumerate(extra)]
    corpus = Corpus((*seeds.articles, *articles))
    config = load_extraction_config(VOCABULARY)
    extraction = extract_corpus(corpus, meta, config)
    return compare_extraction(extraction, config).families


def _seed_family(families):
    return next(f for f in families if any("target location error" in m.quotation.text for m in f.members))


def test_a_third_translation_by_the_same_person_joins_the_family():
    family = _seed_family(_families(THIRD))
    assert "zz_0" in family.seeds
    assert {m.relation for m in family.members if m.quotation.seed == "zz_0"} == {"variant"}


def test_another_statement_by_the_same_person_stays_apart():
    family = _seed_family(_families(THIRD, OTHER))
    assert "zz_1" not in family.seeds
