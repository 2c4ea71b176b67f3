"""A third translation of a statement joins the family of the other two, even in other words."""

from __future__ import annotations

from seedpress.analysis import analyse_articles, load_articles
from seedpress.corpus import Corpus, parse_article
from seedpress.extract import load_extraction_config
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
    seeds, meta = load_articles(SEEDS)
    articles = [parse_article(f"zz_{i}", f"seeds/zz_{i}.txt", text) for i, text in enumerate(extra)]
    corpus = Corpus((*seeds.articles, *articles))
    return analyse_articles(corpus, meta, load_extraction_config(VOCABULARY)).comparison.families


def _seed_family(families):
    return next(f for f in families if any("target location error" in m.quotation.text for m in f.members))


def test_a_third_translation_by_the_same_person_joins_the_family():
    family = _seed_family(_families(THIRD))
    assert "zz_0" in family.seeds
    assert {m.relation for m in family.members if m.quotation.seed == "zz_0"} == {"variant"}


def test_another_statement_by_the_same_person_stays_apart():
    family = _seed_family(_families(THIRD, OTHER))
    assert "zz_1" not in family.seeds
