"""How a very long article's page is laid out on parts: every word once, in order, in pieces of bounded size."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from seedpress.corpus import parse_article
from seedpress.page_parts import PARAGRAPH_COST, Block, split_pages
from support import examples


def _covered(blocks: list[Block], part_chars: int) -> dict[int, str]:
    """Paragraph number -> the text its pieces show, joined, checking each piece's size on the way."""
    shown: dict[int, str] = {}
    for part in split_pages(blocks, part_chars).parts:
        assert sum(p.end - p.start + PARAGRAPH_COST for p in part) <= part_chars or len(part) == 1
        for piece in part:
            text = next(b.text for b in blocks if b.number == piece.number)
            assert piece.end - piece.start <= part_chars - PARAGRAPH_COST
            assert piece.first == (piece.number not in shown)
            shown[piece.number] = shown.get(piece.number, "") + text[piece.start : piece.end]
    return shown


def test_a_short_article_is_one_part():
    article = parse_article("a", "seeds/a.txt", "A headline here\n\nOne paragraph.\n\nAnother one.\n")
    layout = article.page_parts
    assert len(layout) == 1
    assert [p.number for p in layout.parts[0]] == [2, 3]
    assert {layout.part_of(n) for n in (1, 2, 3)} == {1}


def test_paragraphs_fill_parts_in_order_and_each_is_found_on_its_part():
    blocks = [Block(n, f"Paragraph {n} says something short.", 0) for n in range(1, 301)]
    layout = split_pages(blocks, 2_000)
    assert len(layout) > 10
    assert [p.number for part in layout.parts for p in part] == list(range(1, 301))
    for number, part in enumerate(layout.parts, start=1):
        assert {layout.part_of(piece.number) for piece in part} == {number}


def test_a_paragraph_longer_than_a_part_is_cut_between_sentences():
    sentences = [f"Sentence {n} of the long paragraph ends here. " for n in range(400)]
    text = "".join(sentences).strip()
    article = parse_article("a", "seeds/a.txt", f"A headline here\n\nShort one.\n\n{text}\n\nAfter it.\n")
    long = article.paragraph(3)
    blocks = [Block(p.number, p.text, 0, [s.start for s in p.sentences]) for p in article.body]
    layout = split_pages(blocks, 3_000)
    pieces = [p for part in layout.parts for p in part if p.number == 3]
    assert len(pieces) > 5
    assert all(long.text[p.start : p.start + 9] == "Sentence " for p in pieces)
    assert _covered(blocks, 3_000)[3] == long.text
    # The paragraph's anchor is where it starts; the next paragraph is on the part after its end.
    assert layout.part_of(3) == next(
        i for i, part in enumerate(layout.parts, 1) if any(p.first and p.number == 3 for p in part)
    )
    assert layout.part_of(4) == len(layout)


def test_a_sentence_longer_than_a_part_is_cut_between_words_and_a_word_never_before_a_combining_mark():
    words = " ".join(["word"] * 2_000)
    assert _covered([Block(1, words, 0)], 1_000)[1] == words
    pieces = split_pages([Block(1, words, 0)], 1_000).parts
    assert all(words[p.end - 1] == " " for part in pieces for p in part[:-1] if p.end < len(words))
    unbroken = "e\u0301" * 3_000  # "é" as a letter and a combining accent, no space anywhere
    layout = split_pages([Block(1, unbroken, 0)], 1_000)
    assert all(unbroken[p.start] == "e" for part in layout.parts for p in part)
    assert _covered([Block(1, unbroken, 0)], 1_000)[1] == unbroken


@settings(max_examples=examples(200), deadline=None)
@given(
    st.lists(st.text(st.sampled_from("ab .\u0301\n"), min_size=1, max_size=400), min_size=1, max_size=30),
    st.integers(min_value=PARAGRAPH_COST + 2, max_value=600),
)
def test_every_character_of_every_paragraph_is_shown_once_in_order(texts, part_chars):
    blocks = [
        Block(n, text, 0, [i for i in range(1, len(text)) if text[i - 1] == "."]) for n, text in enumerate(texts, 1)
    ]
    assert _covered(blocks, part_chars) == {b.number: b.text for b in blocks}
