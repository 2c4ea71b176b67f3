"""The corpus model on the real seeds, and the rules for the seeds folder."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from seedpress.corpus import load_corpus, parse_article, split_blocks
from seedpress.errors import SeedError, SeedNameError
from support import SEED_FILES, SEEDS

ABC = "000_1e9434ab0af3831d"
SCROLL = "003_9c4532b68ee2e999"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(SEEDS)


def test_real_seeds_have_the_documented_paragraph_counts(corpus):
    counts = {a.stem: len(a.paragraphs) for a in corpus.articles}
    assert counts == {ABC: 15, SCROLL: 6}


def test_paragraph_n_is_the_nth_non_blank_block_of_the_file(corpus):
    for path in SEED_FILES:
        raw_blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        article = corpus.article(path.stem)
        assert [p.text for p in article.paragraphs] == raw_blocks
        assert [p.number for p in article.paragraphs] == list(range(1, len(raw_blocks) + 1))


def test_headline_and_standfirst_are_detected_where_present(corpus):
    abc = corpus.article(ABC)
    assert abc.headline is not None and abc.headline.number == 1
    assert abc.headline.text.startswith("Russia Says Syrian Regime Forces")
    assert abc.standfirst is not None and abc.standfirst.number == 2
    assert abc.body[0].number == 3
    scroll = corpus.article(SCROLL)
    assert scroll.headline is None and scroll.standfirst is None
    assert len(scroll.body) == 6


def test_display_text_drops_leading_dash_debris_but_stored_text_is_verbatim(corpus):
    lede = corpus.article(ABC).paragraph(3)
    assert lede.text.startswith("\u2014 -- The U.S. military")
    assert lede.display_text.startswith("The U.S. military")
    assert lede.text.endswith(lede.display_text)


def test_sentences_of_real_seeds_respect_abbreviations(corpus):
    para8 = corpus.article(ABC).paragraph(8)
    assert len(para8.sentences) == 1  # "... spokesman Maj. Gen. Igor Konashenkov said today."
    para7 = corpus.article(ABC).paragraph(7)
    assert [s.text.split()[0] for s in para7.sentences] == ["A", "The", "Only", "That"]
    for article in corpus.articles:
        for paragraph in article.paragraphs:
            for sentence in paragraph.sentences:
                assert paragraph.text[sentence.start : sentence.end] == sentence.text


def test_split_blocks_ignores_lines_of_spaces():
    assert split_blocks("One\n  \t\nTwo\nstill two\n\n\n\nThree") == ["One", "Two\nstill two", "Three"]


def test_single_block_article_is_body_text():
    article = parse_article("x", "seeds/x.txt", "Only a headline-like line")
    assert [p.role for p in article.paragraphs] == ["body"]


# ---------------------------------------------------------------------------
# The seeds folder
# ---------------------------------------------------------------------------


def write(folder: Path, name: str, content: bytes | str) -> None:
    data = content.encode() if isinstance(content, str) else content
    (folder / name).write_bytes(data)


def test_folder_rules_other_files_hidden_files_and_duplicates(tmp_path, caplog):
    write(tmp_path, "b.txt", "Body of b.\n")
    write(tmp_path, "a.txt", "Body of a.\n")
    write(tmp_path, "c.TXT", "Body of a.\r\n")  # same text as a.txt once normalised
    write(tmp_path, "notes.docx", b"PK")
    write(tmp_path, ".DS_Store", b"\x00\x01")
    (tmp_path / "drafts").mkdir()
    with caplog.at_level(logging.WARNING, logger="seedpress"):
        corpus = load_corpus(tmp_path, "seeds")
    assert [a.stem for a in corpus.articles] == ["a", "b"]
    warnings = [r.getMessage() for r in caplog.records]
    assert "seeds/c.TXT: ignored; same text as seeds/a.txt" in warnings
    assert "seeds/notes.docx: ignored; only .txt files are articles" in warnings
    assert any(w.startswith("seeds/drafts: folder ignored") for w in warnings)
    assert not any(".DS_Store" in w for w in warnings)


@pytest.mark.parametrize("name", ["my article.txt", "-x.txt", "a<b>.txt", "index.txt"])
def test_file_names_that_cannot_become_addresses_are_refused(tmp_path, name):
    write(tmp_path, name, "Text.")
    with pytest.raises(SeedNameError) as caught:
        load_corpus(tmp_path, "seeds")
    assert str(caught.value).startswith(f"seeds/{name}: ")


def test_empty_folder_is_an_error(tmp_path):
    with pytest.raises(SeedError, match="no articles found"):
        load_corpus(tmp_path, "seeds")


def test_link_leaving_the_folder_is_refused(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").symlink_to(outside)
    with pytest.raises(SeedNameError, match="outside the seeds folder"):
        load_corpus(seeds, "seeds")
