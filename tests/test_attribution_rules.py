"""Speaker resolution that abstains rather than guesses: one small article per rule.

The articles are written for these tests (none is a seed sentence). Each test
pins what a careful reader would say: the speaker, or "not identified" where
the text does not tell.
"""

from __future__ import annotations

import pytest

from seedpress.corpus import parse_article
from seedpress.extract import (
    ExtractionConfigError,
    extract_article,
    load_extraction_config,
    parse_extraction_config,
)
from seedpress.sources_meta import Fact, SourceMeta
from support import VOCABULARY

CONFIG = load_extraction_config(VOCABULARY)
META = SourceMeta(outlet=Fact("Example Wire", "publisher"), published=Fact("2016-09-18", "publisher"))


def extract(*paragraphs: str):
    text = "\n\n".join(("Officials trade blame over air strike", *paragraphs))
    return extract_article(parse_article("t", "seeds/t.txt", text), META, CONFIG)


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker.label if q.speaker else None for q in extract(*paragraphs).quotations if q.depth == 0]


# --- pronouns ----------------------------------------------------------------


def test_she_after_a_woman_and_a_titled_man_is_the_woman():
    said = speakers(
        'Ambassador Nora Vance told the council the attack was "a grave error."',
        "Navy spokesman Carl Dunne said the review would take weeks.",
        'She said Moscow should "stop the theatrics."',
    )
    assert said == ["Ambassador Nora Vance", "Ambassador Nora Vance"]


def test_he_with_two_untitled_men_in_view_is_not_identified():
    said = speakers(
        "Foreign Minister Ivan Petrov and Secretary Paul Grant spoke by phone on Sunday.",
        'Afterwards he said the truce was "close to collapse."',
    )
    assert said == [None]


def test_an_abstained_pronoun_keeps_its_guess_for_review_only():
    quote = next(
        q
        for q in extract(
            "Foreign Minister Ivan Petrov and Secretary Paul Grant spoke by phone on Sunday.",
            'Afterwards he said the truce was "close to collapse."',
        ).quotations
    )
    assert quote.speaker is None
    assert quote.evidence.confidence in ("weak", "none")
    assert not quote.evidence.named


def test_he_with_one_person_in_view_is_that_person():
    said = speakers(
        "General Omar Haddad said the positions had been lost.",
        'He added: "Our soldiers held the hill for a week."',
    )
    assert said == ["General Omar Haddad"]


def test_it_is_the_body_that_spoke_the_sentence_before():
    said = speakers(
        "The Interior Ministry said the border crossing stayed open.",
        'The army said the raid had been "a deliberate act." It added that the hill was "lost for now."',
    )
    assert said == ["The army", "The army"]


def test_it_after_a_sentence_where_two_bodies_spoke_is_not_identified():
    said = speakers(
        "The Interior Ministry said the border crossing stayed open.",
        'The army said the raid was planned, and the ministry said it was "deliberate." It added: "more later."',
    )
    assert said[-1] is None


def test_she_is_the_one_woman_who_spoke_the_sentence_before_even_after_other_names():
    said = speakers(
        "Mrs. Dana Holt, the envoy, said the talks would go on.",
        "Holt rejected the account of Colonel Omar Haddad, saying his brigade had fled. "
        'Rebels, she said, were "regrouping."',
    )
    assert said == ["Mrs. Dana Holt"]


def test_he_after_a_man_of_unknown_gender_and_a_titled_man_is_not_identified():
    said = speakers(
        "Mr. Victor Lund spoke first.",
        'The envoy from Norway said the strike was wrong. "It must not happen again," he said.',
    )
    assert said == [None]


# --- descriptions and documents ----------------------------------------------


def test_the_statement_is_the_statement_of_the_body_that_issued_it():
    said = speakers(
        "The Danish Defence Ministry issued a statement on Sunday.",
        '"Our aircraft acted within the rules of engagement," the statement said.',
    )
    assert said == ["The Danish Defence Ministry"]


def test_a_statement_issued_by_two_bodies_has_no_single_owner():
    said = speakers(
        "The Danish Defence Ministry issued a statement on Sunday, as did the Norwegian Defence Ministry.",
        '"Our aircraft acted within the rules of engagement," the statement said.',
    )
    assert said == [None]


def test_the_ministry_is_the_nearest_ministry_named_before():
    said = speakers(
        "The Russian Foreign Ministry summoned the envoy on Sunday.",
        'The ministry said the strike was "no accident."',
    )
    assert said == ["The Russian Foreign Ministry"]


def test_quoted_a_statement_from_y_which_said_gives_y():
    said = speakers(
        'The agency quoted a statement from the General Command, which said the raid was "a flagrant aggression."'
    )
    assert said == ["the General Command"]


def test_statement_introduced_then_quoted_in_the_next_paragraph():
    said = speakers(
        "The Central Command released the following statement on Saturday.",
        '"Coalition aircraft stopped the strike once they were told of the risk to Syrian forces."',
    )
    assert said == ["The Central Command"]


# --- shapes of attribution ------------------------------------------------------


def test_an_appositive_name_names_the_speaker():
    said = speakers('Its spokesman, Colonel Anna Berg, said: "We regret any loss of life."')
    assert said == ["Colonel Anna Berg"]


def test_transcript_lines_name_their_speakers_and_a_surname_line_the_full_name():
    said = speakers(
        'MARA LINDQVIST, ANCHOR: "Good evening. Tonight the truce is in doubt."',
        'LINDQVIST: "Our correspondent joins us from Geneva."',
        'Q (JONAS FEHR, EXAMPLE RADIO): "Who ordered the strike?"',
    )
    assert said == ["MARA LINDQVIST", "MARA LINDQVIST", "JONAS FEHR"]


def test_a_transcript_line_of_an_unidentified_voice_names_no_one():
    said = speakers(
        'NORA BELL, CORRESPONDENT: "People here are angry."',
        'UNIDENTIFIED FEMALE: "Where was the truce when the bombs fell?"',
        'CROWD: "Shame!"',
    )
    assert said == ["NORA BELL", None, None]


def test_a_term_after_a_verb_in_a_correspondents_line_is_not_the_correspondents():
    quotes = extract(
        'NORA BELL, CORRESPONDENT: "The envoy, Ms. Ada Lind, left early and dismissed the session as '
        "'a show'. The mood here was 'grim'.\"",
    ).quotations
    by_text = {q.text: (q.speaker.label if q.speaker else None) for q in quotes if q.depth == 1}
    assert by_text == {"a show": None, "grim": "NORA BELL"}


# --- participles, objects of prepositions, "one official" ----------------------


def test_a_participle_shares_the_subject_of_its_clause():
    said = speakers(
        'The Interior Ministry rejected the report, saying it was "pure invention".',
        'The army denied the charge, a state agency reported, calling it "slander".',
    )
    assert said == ["The Interior Ministry", "The army"]


def test_a_participle_after_an_object_or_a_new_clause_has_no_speaker():
    said = speakers(
        'The envoy said little, and the Foreign Office sent a note to the embassy calling it "a crime".',
        'Mr. Holm met reporters in Oslo, saying the talks were "over".',
    )
    assert said == [None, None]


def test_a_statement_issued_by_a_body_speaks_for_it_and_one_read_out_does_not():
    said = speakers(
        'The General Command issued a statement saying the raid was "a planned aggression".',
        'Later a presenter read out a statement calling the raid "treachery".',
    )
    assert said == ["The General Command", None]


def test_the_object_of_a_preposition_is_not_the_speaker():
    said = speakers(
        'Diplomats at the Security Council said the talks were "tense".',
        'A note posted on a militia channel read: "We will answer."',
        'A source in the Foreign Ministry told us it was "a setup".',
    )
    assert said == ["Diplomats at the Security Council", None, "A source in the Foreign Ministry"]


def test_a_quotation_followed_by_its_own_frame_does_not_inherit_the_one_before():
    said = speakers(
        'Ambassador Ines Roth said the strike was "a disgrace". '
        '"Nobody wants more war," one delegate said on condition of anonymity.',
    )
    assert said == ["Ambassador Ines Roth", "one delegate"]


def test_which_after_a_comma_is_the_phrase_before_it_or_the_owner_of_the_document():
    said = speakers(
        'Reporters asked about a letter from the Interior Ministry, which said the raid was "unlawful".',
        'The envoy read from the navy\'s statement, which called the raid "reckless".',
        'They met Minister Ola Berg, who said it was "a disgrace".',
    )
    assert said == ["the Interior Ministry", "the navy", "Minister Ola Berg"]


def test_a_verb_joined_by_and_shares_its_subject_unless_that_subject_is_not_read():
    said = speakers(
        'Minister Ola Berg said the talks between the two sides had stalled, and called the raid "a disgrace".',
        'He read from the navy\'s statement, which called it "reckless", and said the navy would "respond".',
        'The council met, and said the talks were "over".',
    )
    assert said == ["Minister Ola Berg", "the navy", "Minister Ola Berg", None]


def test_a_source_quoted_by_a_newspaper_is_the_source_not_the_newspaper():
    quotes = extract('A military source quoted by the Evening Herald put the toll at "as many as 70".').quotations
    assert [q.speaker.label if q.speaker else None for q in quotes] == [
        "A military source quoted by the Evening Herald"
    ]
    assert quotes[0].speaker.kind == "anonymous"


def test_it_after_a_relative_clause_speaker_and_a_second_body_is_not_identified():
    said = speakers(
        "The Danish Defence Ministry, which had confirmed the raid, issued a statement, as did Norway's Defence "
        "Ministry. "
        'It said its crews had acted "lawfully".',
    )
    assert said == [None]


def test_a_title_of_several_words_before_a_name_makes_a_person():
    said = speakers(
        'Defence Minister Piotr Nowak told the council the raid was "a crime". He asked for an inquiry.',
        'Secretary of Defense Carl Amsel, who spoke next, said the coalition had "said sorry". "We own it," he said.',
    )
    assert said[:2] == ["Defence Minister Piotr Nowak", "Secretary of Defense Carl Amsel"]
    assert said[2] != "Defence Minister Piotr Nowak"


def test_a_condition_reports_nothing_so_its_quotation_stays_the_outer_speakers():
    said = speakers(
        'Minister Ola Berg said the raid could not be "forgiven" until London explained why it hit "a hospital".',
    )
    assert said == ["Minister Ola Berg", "Minister Ola Berg"]


def test_a_bodys_statement_is_the_bodys_not_its_spokeswomans():
    said = speakers(
        'In a radio interview, Irma Sole, the Interior Ministry spokeswoman, said the raid was "a scandal".',
        'The ministry\'s statement, issued on Monday, called the pilots "reckless".',
    )
    assert said[0] == "Irma Sole"
    assert said[1] == "Interior Ministry"  # the body her description names, not her


def test_a_spokesman_for_someone_is_the_speaker_and_frames_the_quotation_before_it():
    said = speakers(
        '"We acted in good faith," a spokesman for the navy said.',
        'Norway "will not comment" on the raid, a spokeswoman for Prime Minister Eva Lind said.',
        '"We may have hit them," one of the officials said.',
    )
    assert said == ["a spokesman for the navy", "a spokeswoman for Prime Minister Eva Lind", "one of the officials"]


def test_a_sentence_closing_frame_with_a_day_owns_the_quotation_inside_the_sentence():
    assert speakers('The raid was "a grave mistake", Minister Ola Berg said on Sunday.') == ["Minister Ola Berg"]


def test_a_plain_word_between_a_name_and_its_head_stays_in_the_speaker():
    said = speakers(
        'Denmark\u2019s armed forces said the jets had been "aimed solely at Islamic State".',
        'Poland\'s elite army said the raid was "regrettable".',
    )
    assert said == ["Denmark\u2019s armed forces", "Poland's elite army"]


def test_is_calling_is_a_verb_of_its_own_subject():
    assert speakers('Five days on, Moscow is still calling the raid "a provocation".') == ["Moscow"]


def test_a_quotation_continued_over_paragraphs_keeps_its_speaker():
    said = speakers(
        'Envoy Lena Stark said: "We were told of the strike too late.',
        '"By then the damage was done and the positions were lost."',
    )
    assert said == ["Envoy Lena Stark", "Envoy Lena Stark"]


def test_a_nested_quotation_with_its_own_frame_is_not_the_outer_speakers():
    said = [
        q.speaker.label if q.speaker else None
        for q in extract(
            "TOMAS REY: \"The envoy, Pavel Orlov, called the timing 'highly suspicious, to say the least' today.\""
        ).quotations
    ]
    assert said == ["TOMAS REY", "Pavel Orlov"]


def test_a_frame_later_in_the_sentence_does_not_claim_an_earlier_quotation():
    said = speakers('Before the next "mistake", someone in the capital should explain this one.')
    assert said == [None]


# --- kinds, cues -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue_words"),
    [
        ("The command denied that its aircraft had targeted the army.", "denied"),
        ("The Pentagon did not say whether the soldiers had been warned.", "did not say"),
        ("The ministry refused to confirm the number of dead soldiers.", "refused to confirm"),
    ],
)
def test_a_negated_cue_stays_with_its_content(sentence: str, cue_words: str):
    (found,) = [a for a in extract(sentence).attributions if a.kind == "indirect"]
    assert found.cue is not None and found.cue.negated
    assert found.cue.text == cue_words
    assert found.sentence_start <= found.start < found.end <= found.sentence_end


def test_a_hedge_anywhere_in_the_sentence_is_kept_with_the_cue():
    (found,) = [a for a in extract("The coalition said its jets may have hit the army positions.").attributions]
    assert found.cue is not None and "may" in found.cue.hedges


def test_a_headline_is_the_outlets_words_and_a_label_without_speaker_is_a_scare_quote():
    text = "\n\n".join(
        ("Coalition denies targeting Syrian troops", 'The raid hit the so-called "moderate rebels" first.')
    )
    article = extract_article(parse_article("t", "seeds/t.txt", text), META, CONFIG)
    kinds = {a.kind for a in article.attributions}
    assert "headline" in kinds
    scare = [a for a in article.attributions if a.kind == "scare"]
    assert len(scare) == 1 and scare[0].speaker is None


def test_an_unnamed_document_is_not_a_speaker():
    said = speakers('State radio read out a statement calling the raid "a grave crime" against the army.')
    assert said == [None]


# --- wire relays, requests, descriptions -------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        '"The column was hit by mistake," Colonel Pavel Ilyin was quoted as saying by the Interfax agency.',
        'Colonel Pavel Ilyin was quoted by the Interfax agency as saying the column was "hit by mistake."',
    ],
)
def test_x_was_quoted_as_saying_by_y_is_x_relayed_by_y(paragraph: str):
    (quote,) = [q for q in extract(paragraph).quotations if q.depth == 0]
    assert quote.speaker is not None
    assert quote.speaker.label == "Colonel Pavel Ilyin"
    assert quote.speaker.via == ("the Interfax agency",)


def test_who_asked_not_to_be_named_is_a_request_not_the_speaker():
    said = speakers('According to a retired naval officer who asked not to be named, "the cell trusted its map."')
    assert said == ["a retired naval officer"]


def test_plain_words_before_the_head_belong_to_the_speaker_phrase():
    said = speakers('According to a former coalition planning officer, "nobody checked twice."')
    assert said == ["a former coalition planning officer"]


def test_a_participle_describing_a_document_is_not_a_speech_verb():
    article = extract(
        "The border command said in a statement read on local radio that the ceasefire had ended, "
        'accusing the rebels of "open treachery."'
    )
    (quote,) = article.quotations
    assert quote.speaker is not None and quote.speaker.label == "The border command"
    (claim,) = [a for a in article.attributions if a.kind == "indirect"]
    assert claim.content.startswith("the ceasefire had ended")  # not "in a statement read on ..."


def test_an_inquiry_can_conclude():
    said = speakers('The inquiry, led by Colonel Ada Marsh, concluded that the pilots "acted in good faith."')
    assert said == ["The inquiry"]


def test_she_after_a_name_described_as_a_spokeswoman_is_that_woman():
    said = speakers(
        'A navy spokeswoman said the ships "kept their distance."',
        "Analysts were unconvinced.",
        'Olga Petrenko, the agency spokeswoman, said the raid was planned. "It was not an accident," she wrote.',
    )
    assert said == ["A navy spokeswoman", "Olga Petrenko"]


def test_a_title_word_before_an_institution_does_not_make_a_person():
    said = speakers(
        "The army's General Command issued a statement on Sunday.",
        'Later Defence Secretary Mark Hale said the raid was "a tragic error." He said nothing more.',
    )
    assert said == ["Defence Secretary Mark Hale"]


# --- pronouns within a sentence, descriptions with two candidates --------------------


def test_it_after_but_is_the_sentences_own_speaker():
    said = speakers(
        "The monitoring group claimed that 70 soldiers had died.",
        'The American side did not deny the raid, but it claimed it had "tracked the site for days."',
    )
    assert said == ["The American side"]


def test_she_inside_anothers_words_after_a_second_woman_is_not_identified():
    said = speakers(
        "Deputy Minister Irina Volk spoke on television on Monday.",
        'Our correspondent Anna Berg says Volk\'s remarks went furthest: she said the raid was "no accident."',
    )
    assert said == [None]


def test_she_in_her_own_relative_clause_is_the_speaker():
    said = speakers(
        "Colonel Dana Reyes briefed reporters.",
        'She said London backed the truce, which she called "fragile but alive."',
    )
    assert said == ["Colonel Dana Reyes"]


def test_he_after_an_unnamed_speaker_is_not_identified():
    said = speakers(
        "Navy spokesman Carl Dunne spoke first.",
        'Later the delegate walked out and denied any plan. "We were never told," he said.',
    )
    assert said == [None]


def test_he_in_a_transcript_line_is_not_the_lines_speaker():
    text = "\n\n".join(
        (
            "Briefing transcript",
            "Q: Ambassador Lev Orlov called the raid deliberate. Do you agree?",
            'MR. HALE: No. The Secretary was clear. As he put it this morning, "We stopped at once."',
        )
    )
    article = extract_article(parse_article("t", "seeds/t.txt", text), META, CONFIG)
    (inner,) = [q for q in article.quotations if q.text.startswith("We stopped")]
    assert inner.speaker is None or inner.speaker.label not in {"MR. HALE", "Ambassador Lev Orlov"}


def test_the_representative_after_two_in_one_paragraph_is_not_identified():
    said = speakers(
        "The envoy of Norway, Kari Holm, said the talks went on, while the representative of Chile, "
        'Pablo Ruiz, said the British representative was "not listening."',
        'The representative added: "The timing is odd."',
    )
    assert said[-1] is None


def test_in_the_words_of_x_names_the_source_before_or_after():
    assert speakers('The border, in the words of a retired colonel, was "a sieve for weeks."') == ["a retired colonel"]
    said = speakers(
        'The charity urges both sides to "stop trading death tolls," in the words of one of its researchers.'
    )
    assert said == ["one of its researchers"]


def test_a_statement_from_x_carried_by_a_channel_is_xs():
    said = speakers(
        "State radio is carrying a statement from the navy's high command. "
        'It calls the raid "an act of piracy" and says the truce is over.'
    )
    assert said == ["the navy's high command"]


# --- hearsay narration, reported speech inside a quoted transcript line ---------------------


def test_a_reportedly_sentence_is_reported_speech_from_an_unnamed_source():
    article = extract("The convoy reportedly turned back after a warning from the base.")
    (found,) = article.attributions
    assert found.kind == "indirect" and found.speaker is None
    assert found.content == "The convoy reportedly turned back after a warning from the base"
    assert found.cue is not None and found.cue.text == "reportedly" and "reportedly" in found.cue.hedges


def test_a_reportedly_sentence_with_a_speaker_keeps_its_speaker():
    article = extract("The navy said the convoy had reportedly turned back.")
    assert [a.speaker.label if a.speaker else None for a in article.attributions] == ["The navy"]


def test_reported_speech_inside_a_quoted_transcript_line_keeps_its_cue_and_the_line_its_speaker():
    text = "\n\n".join(
        (
            "Evening bulletin",
            "ANNA REED: \u201cThe navy put out a note tonight. It says the ships held back, and, I quote, "
            "that they \u2018never fired first.\u2019 The navy did not say how many ships were there.\u201d",
        )
    )
    article = extract_article(parse_article("t", "seeds/t.txt", text), META, CONFIG)
    line = next(a for a in article.attributions if a.kind == "direct")
    assert line.speaker is not None and line.speaker.label == "ANNA REED"
    negated = [a for a in article.attributions if a.cue is not None and a.cue.negated]
    assert [a.cue.text for a in negated if a.cue] == ["did not say"]
    assert negated[0].speaker is not None and negated[0].speaker.label == "The navy"
    (inner,) = [q for q in article.quotations if q.text.startswith("never fired")]
    assert inner.speaker is None or inner.speaker.label != "ANNA REED"


def test_a_transcript_name_may_carry_a_lower_case_role_after_a_comma():
    text = "\n\n".join(("Night bulletin", 'JOHN VALE, defence correspondent: "The navy says the ships held back."'))
    article = extract_article(parse_article("t", "seeds/t.txt", text), META, CONFIG)
    line = next(a for a in article.attributions if a.kind == "direct")
    assert line.speaker is not None and line.speaker.label == "JOHN VALE"
    # A sentence with a capitalised word before a comma is not a transcript line.
    assert [a.kind for a in extract("Moscow, meanwhile: the talks are off, the ministry said.").attributions] == [
        "indirect"
    ]


def test_a_question_reports_no_claim():
    assert extract("Anna, what are the two navies saying tonight?").attributions == ()


def test_according_to_an_outlet_relays_and_it_quoted_names_that_outlet():
    article = extract(
        "The army said 40 soldiers were killed, according to the state-run news agency Tarsa. "
        'It quoted Colonel Ivan Dal as saying the jets made "three passes."'
    )
    chains = [(a.speaker.label, a.speaker.via) for a in article.attributions if a.speaker is not None]
    assert ("The army", ("the state-run news agency Tarsa",)) in chains
    assert ("Colonel Ivan Dal", ("the state-run news agency Tarsa",)) in chains
    assert all("It" not in via for _, via in chains)


# --- subjects with places, capitalised verbs in names, asides, relayed sources -----------


def test_a_speaker_with_a_place_and_an_aside_is_read():
    said = speakers(
        'A doctor at the hospital, who asked not to be named because she feared reprisals, told us the ward was "full by noon."'
    )
    assert said == ["A doctor at the hospital"]


def test_a_capitalised_verb_inside_a_name_is_part_of_it():
    assert speakers('The United States said it would "look into" the raid.') == ["The United States"]


def test_a_verb_inside_a_dash_aside_speaks_for_nothing_after_it():
    said = speakers(
        "Colonel Ruth Ames spoke on Sunday.",
        'She said the pause — the jets turned back once a Russian officer called the base — "shows the line works."',
    )
    assert said == ["Colonel Ruth Ames"]


def test_according_to_after_a_speaker_passes_that_speakers_words_on():
    article = extract(
        'A soldier at the base told the group that his unit had lost "nearly 40 men", according to its director.'
    )
    (quote,) = article.quotations
    assert quote.speaker is not None and quote.speaker.label == "A soldier at the base"
    assert "its director" in quote.speaker.via


def test_he_after_the_representative_of_a_country_is_that_representative():
    said = speakers('The representative of Chile said the raid was a mistake. "We regret it," he said.')
    assert said == ["The representative of Chile"]


def test_she_after_two_named_people_of_unknown_gender_is_not_identified():
    said = speakers(
        'Lee Park told the council the raid was "regrettable." The same day Sam Ortiz repeated that '
        'the jets "had no intention" to hit the army. She said the meeting was "a stunt".'
    )
    assert said[-1] is None


def test_two_people_named_together_are_not_she():
    said = speakers(
        'Minister Ana Ruiz said the pilots "did their best." Ruiz and Minister Eva Gil later spoke '
        'to reporters together; she said Spain would "help the review."'
    )
    assert said[-1] is None


def test_a_section_label_before_a_colon_is_not_a_speaker():
    article = extract_article(
        parse_article("t", "seeds/t.txt", 'Letters: "Human error" is not the end of it\n\nThe raid was a mistake.'),
        META,
        CONFIG,
    )
    assert all(a.speaker is None for a in article.attributions)


def test_the_representative_of_a_plural_named_country_is_one_person():
    said = speakers(
        "The representative of Chile said the raid was a mistake.",
        'The representative of the United States said her country regretted it. She called the meeting "a show."',
    )
    assert said == ["The representative of the United States"]


# --- nested voices and clause edges ---------------------------------------------


def all_speakers(*paragraphs: str) -> list[str | None]:
    """Speakers of every quotation, inner ones included, in reading order."""
    return [q.speaker.label if q.speaker else None for q in extract(*paragraphs).quotations]


def test_who_after_a_name_and_its_description_is_the_named_person():
    said = speakers(
        '"We check every name," said Leila Farouk, the monitor\'s coordinator, who told this paper the count '
        '"could still climb."'
    )
    assert said == ["Leila Farouk", "Leila Farouk"]


def test_a_quotation_inside_an_unsigned_quoted_claim_names_no_one():
    # The claim is a post no one is named as writing: the wording inside it is not vouched for.
    said = all_speakers("The viral post: \"Minister Hana Ito called the vote 'a farce' on Monday.\"")
    assert said == [None, None]


def test_a_quotation_inside_a_named_speakers_quotation_keeps_its_own_frame():
    said = all_speakers("\"When Minister Hana Ito called the vote 'a farce', she meant it,\" Colonel Abe Rand said.")
    assert said == ["Colonel Abe Rand", "Minister Hana Ito"]


def test_a_term_after_someone_elses_naming_verb_inside_a_quotation_is_not_the_quoter_s():
    said = all_speakers(
        "A senior envoy told reporters: \"When the other side call our proposal a 'gimmick', they mock the talks.\""
    )
    assert said == ["A senior envoy", None]


def test_a_term_after_we_call_is_the_speaker_s_own():
    said = all_speakers("A senior envoy told reporters: \"We call this a 'pause', not an end.\"")
    assert said == ["A senior envoy", "A senior envoy"]


def test_a_quotation_inside_another_speaker_s_report_is_not_identified():
    # The official's words, or the ones the ministry used? The sentence does not tell.
    said = speakers(
        "A senior official told reporters the ministry had expressed its regret to Ankara "
        '"for the tragic loss of life."'
    )
    assert said == [None]


def test_a_quotation_after_while_has_its_own_speaker():
    said = speakers(
        'Envoy Mara Lind claimed the session was "theatre," while the other envoy, Piet Olsen, said '
        'that Lind "ignores the facts."'
    )
    assert said == ["Envoy Mara Lind", "Piet Olsen"]


def test_a_source_after_a_semicolon_does_not_claim_the_clause_before_it():
    said = speakers('The minister used the word "farce" twice; the full remark, according to the ministry, was longer.')
    assert said == [None]


def test_according_to_a_transcript_names_no_speaker():
    said = speakers('The full sentence, according to the mission\'s transcript, called it "a cynical ploy".')
    assert said == [None]


def test_a_person_who_read_reports_reports_nothing():
    article = extract("Dana Pike read the first reports with alarm in her kitchen in Leeds.")
    assert not article.attributions


@pytest.mark.parametrize(
    "opening",
    ["A statement from the Foreign Ministry read:", "The Foreign Ministry statement read:", "It read:"],
)
def test_a_document_that_reads_still_reports_for_its_author(opening):
    article = extract(
        "The Foreign Ministry issued a statement on Sunday.", f'{opening} "The strike was a grave mistake."'
    )
    (found,) = [a for a in article.attributions if a.kind == "direct"]
    assert found.speaker is not None and found.speaker.label.lower() == "the foreign ministry"


def test_a_document_named_by_an_adjective_names_no_author():
    article = extract('The Danish statement read: "Danish aircraft took part."')
    (found,) = [a for a in article.attributions if a.kind == "direct"]
    # The document may stand as its own source; an adjective is never read as its author.
    assert found.speaker is None or found.speaker.label.lower() in ("the danish statement", "danish statement")


@pytest.mark.parametrize("manner", ["in an emailed statement", "on condition of anonymity", "in a statement on Sunday"])
def test_how_something_was_said_is_not_a_claim(manner):
    article = extract(f"The Foreign Ministry said {manner}.")
    assert not [a for a in article.attributions if a.kind == "indirect"]


# --- transcript lines, descriptions and documents ----------------------------------


def test_a_quotation_inside_an_unquoted_transcript_line_is_not_the_line_speaker_s():
    said = all_speakers('GUEST: The navy put out a line that it "regrets any loss of life", which says little.')
    assert said == [None]


def test_he_said_inside_a_transcript_line_is_not_the_line_speaker():
    said = all_speakers(
        "ANCHOR: Here is the father of a soldier, Omar Haddad, and his cousin Karim Haddad.",
        'ANCHOR: He said: "They never called us back."',
    )
    assert "ANCHOR" not in said


def test_a_headline_speaker_before_a_colon_owns_the_quotation():
    article = extract_article(
        parse_article(
            "t", "seeds/t.txt", 'Defence Ministry: raid was "a grave violation"\n\nThe ministry spoke on Sunday.'
        ),
        META,
        CONFIG,
    )
    assert [q.speaker.label if q.speaker else None for q in article.quotations] == ["Defence Ministry"]


def test_called_without_an_object_is_a_phone_call_not_a_label():
    said = speakers(
        "The Air Command says the jets stopped as soon as foreign officers called, and that it "
        '"would never knowingly hit allied troops."'
    )
    # "called," phoned: no report of the officers; "and that it ..." goes on with what the command says.
    assert said == ["The Air Command"]


def test_a_description_with_other_modifiers_is_not_an_earlier_body():
    said = speakers(
        'The U.S. Central Command said the raid was "a mistake".',
        'The army\'s general command called it "an aggression".',
    )
    assert said[0] == "The U.S. Central Command"
    assert said[1] != "The U.S. Central Command"


def test_she_after_name_and_possessive_description_is_the_named_woman():
    article = extract(
        'Vera Lind, the ministry\'s spokeswoman, said it was "a disgrace". She did not say what evidence it had.'
    )
    (claim,) = [a for a in article.attributions if a.kind == "indirect" and "evidence" in a.content]
    assert claim.speaker is not None and claim.speaker.label == "Vera Lind"


def test_its_statement_is_not_a_speaker_label():
    said = speakers(
        "The Foreign Ministry and the Defence Ministry met on Sunday.",
        'Its statement said the raid was "criminal".',
    )
    assert said == [None]


def test_an_owners_own_statement_is_the_owner_s():
    said = speakers('The Syrian army\'s own statement called it a "flagrant aggression".')
    assert said == ["The Syrian army"]


def test_a_label_in_an_according_to_sentence_is_not_the_source_s_word():
    said = speakers("According to officials, the pilots used the \u2018hotline\u2019 to call off the raid.")
    assert said == [None]


def test_british_single_quotes_take_the_speaker_named_after_them_and_run_on():
    article = extract(
        "\u2018The first thing a board will ask,\u2019 said Alan Pike, a retired officer, \u2018is who chose "
        "the target. Nobody bombs on a hunch.",
        "\u2018If nobody checked, it was not bad luck.\u2019",
    )
    top = [q for q in article.quotations if q.depth == 0]
    assert [q.speaker.label if q.speaker else None for q in top] == ["Alan Pike"] * 3
    assert top[1].text.endswith("Nobody bombs on a hunch.")


def test_said_a_description_then_a_name_is_the_named_person():
    said = speakers('"The figures came from the army," said the ministry\'s spokesman, Major General Ivo Dran.')
    assert said == ["Major General Ivo Dran"]


def test_a_bare_document_noun_is_not_a_speaker_label():
    said = all_speakers('COLONEL REED: Our own statement said only that our jets "were among those involved".')
    assert said == [None]


def test_a_press_office_speaks_for_the_body_it_belongs_to():
    said = speakers(
        "According to a statement released by the press office of the Air Command, the jets "
        '"believed they were striking a militant post".'
    )
    assert said == ["the press office of the Air Command"]


def test_two_bare_names_joined_by_and_are_two_candidates_for_she():
    said = speakers(
        "HOST: Good morning. With me is the analyst Tom Reyes.",
        'HOST: Dana Vance and Robin Petrov clashed again. She called the request "a stunt".',
    )
    assert said == [None]


# --- headlines ------------------------------------------------------------------


def test_a_headline_quotation_takes_the_speaker_of_the_same_words_in_the_body():
    text = (
        'Two weeks on, "nobody has told us anything"\n\n'
        'Omar Saleh buried his brother in September. "Nobody has told us anything," Saleh said.'
    )
    article = extract_article(parse_article("t", "seeds/t.txt", text), META, CONFIG)
    (headline,) = [q for q in article.quotations if q.para == 1]
    assert headline.speaker is not None and headline.speaker.label == "Omar Saleh"
    (record,) = [a for a in article.attributions if a.para == 1]
    assert record.kind == "headline" and record.speaker == headline.speaker


def test_a_short_headline_word_quoted_by_two_speakers_names_no_one():
    text = (
        'Council row over "stunt"\n\n'
        'Ambassador Nora Vance called the meeting a "stunt". Ambassador Ivan Petrov said the word '
        '"stunt" was an insult, and called the raid "a stunt" too.'
    )
    article = extract_article(parse_article("t", "seeds/t.txt", text), META, CONFIG)
    (headline,) = [q for q in article.quotations if q.para == 1]
    assert headline.speaker is None


# --- given names -------------------------------------------------------------------


def test_she_after_a_woman_and_a_man_known_by_their_given_names_is_the_woman():
    said = speakers(
        'Samantha Reyes, a council member, called the raid "a grave error."',
        'Peter Olsen, a navy planner, said the review "will take weeks."',
        'She said the council would "demand answers."',
    )
    assert said[-1] == "Samantha Reyes"


def test_a_name_given_to_both_genders_tells_no_gender():
    said = speakers(
        'Dana Whitlock, a retired officer, called the raid "a grave error."',
        'Robin Olsen, a navy planner, said the review "will take weeks."',
        'She said the council would "demand answers."',
    )
    assert said[-1] is None


def test_she_after_a_man_and_a_person_of_unknown_gender_is_the_only_one_who_fits():
    said = speakers(
        'Dana Whitlock, a retired officer, called the raid "a grave error."',
        'Peter Olsen, a navy planner, said the review "will take weeks."',
        'She said the council would "demand answers."',
    )
    assert said[-1] == "Dana Whitlock"


def test_a_person_named_earlier_in_the_pronoun_s_sentence_blocks_an_older_candidate():
    said = speakers(
        'Maria Lind, the ministry\'s spokeswoman, called it "a crime."',
        'Nora Vance, for all her bluster, had a point when she asked about "barrel bombs".',
    )
    assert said[-1] is None


def test_two_names_in_one_list_cannot_both_be_given_one_gender_by_the_file():
    text = VOCABULARY.read_text(encoding="utf-8").replace("female: [samantha,", "female: [peter, samantha,", 1)
    with pytest.raises(ExtractionConfigError, match=r"given_names.*'peter'"):
        parse_extraction_config(text)


# --- names, relays and carried voices ---------------------------------------------


def test_a_name_with_a_hyphenated_particle_is_read_whole():
    said = speakers('"The truce was fragile," said Layla al-Hassan, a researcher in Doha.')
    assert said == ["Layla al-Hassan"]


def test_x_is_quoted_by_an_agency_colon_is_x_s_words_relayed_by_the_agency():
    article = extract(
        'The ministry\'s spokesman, Maj. Gen. Ivo Dran, is quoted by the Kestrel agency: "We warned them."'
    )
    (quote,) = [q for q in article.quotations if q.depth == 0]
    assert quote.speaker is not None and quote.speaker.label == "Maj. Gen. Ivo Dran"
    assert "the Kestrel agency" in quote.speaker.via


def test_a_reader_who_emails_is_the_speaker():
    said = speakers('A reader in Leeds, Omar Saleh, emails: "My cousin is at the airport."')
    assert said == ["Omar Saleh"]


def test_a_given_name_and_a_possessive_name_joined_by_and_are_two_people():
    said = speakers(
        'Amira Haddad, a teacher, said the news was "unbearable".',
        "Her neighbour Fatima Obeid and Fatima's husband, Khaled, come by every evening.",
        'She told us: "Nobody asks whose side you are on."',
    )
    assert said[-1] is None


def test_another_body_named_between_two_quotations_stops_the_same_speaker():
    said = speakers(
        'The Defence Ministry said the raid was "a direct result of Washington\'s refusal". The Foreign '
        'Ministry went further the next day, describing the pilots\' conduct as "criminal negligence".'
    )
    assert said[0] == "The Defence Ministry"
    assert said[1] != "The Defence Ministry"


# --- refusals ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The Navy did not give a number of aircraft.", "did not give"),
        ("The Navy declined to comment on the pilots' account.", "declined to comment"),
        ("The Navy has not yet identified the units involved.", "has not yet identified"),
    ],
)
def test_a_verb_that_reports_only_when_negated_keeps_its_negation(sentence, cue):
    (found,) = [a for a in extract(sentence).attributions if a.kind == "indirect"]
    assert found.cue is not None and found.cue.text == cue and found.cue.negated
    assert found.speaker is not None and found.speaker.label == "The Navy"


def test_the_same_verb_unnegated_reports_nothing():
    assert not [a for a in extract("The Navy gave a figure of 62 dead on Sunday.").attributions]


def test_the_statement_after_according_to_a_statement_from_x_is_x_s():
    article = extract(
        "According to a statement released by the press office of the Air Command, the jets stopped at once. "
        "The statement did not say how many aircraft were involved."
    )
    claims = [a for a in article.attributions if a.kind == "indirect"]
    assert [c.speaker.label if c.speaker else None for c in claims] == ["the press office of the Air Command"] * 2


# --- asides, groups and so-called terms ---------------------------------------------


def test_a_verb_inside_a_who_aside_does_not_claim_the_quotation_after_it():
    said = speakers('Envoy Nora Vance, who walked out before Ivan Petrov spoke, dismissed the session as "a stunt."')
    assert said == ["Envoy Nora Vance"]


def test_the_official_after_both_officials_names_no_one():
    said = speakers(
        'A senior official said the raid was "a mistake".',
        'A second official said the coalition "may have misread" the ground.',
        'Both officials described the hotline as slow. The official said the delay was "a matter of minutes."',
    )
    assert said[-1] is None


def test_a_so_called_term_is_the_text_s_own_distancing():
    said = all_speakers(
        'The army command branded the raid "an aggression," the agency reported, adding that it helped the '
        'so-called "moderate" opposition.'
    )
    assert said[0] == "The army command"
    assert said[-1] is None


def test_a_single_word_label_in_someone_s_plain_report_is_not_theirs():
    said = speakers("Our correspondent Tom Hale says the episode shows how hard the \u2018deconfliction\u2019 will be.")
    assert said == [None]


def test_a_label_after_an_accusing_verb_is_the_accuser_s():
    said = speakers('Ambassador Nora Vance accused Moscow of staging a "stunt" at the council.')
    assert said == ["Ambassador Nora Vance"]


def test_straight_single_quotes_in_british_copy_are_quotations_and_apostrophes_are_not():
    article = extract(
        "'The UK was among the nations involved in Saturday's operation,' a Ministry of Defence spokesman said.",
        "He said ministers had 'questions to answer' about the pilots' orders.",
    )
    top = [q for q in article.quotations if q.depth == 0]
    assert [q.text for q in top] == [
        "The UK was among the nations involved in Saturday's operation",
        "questions to answer",
    ]
    assert top[0].speaker is not None and top[0].speaker.label == "a Ministry of Defence spokesman"


# --- people who lead a paragraph, and names that are not titles ------------------------------


def test_a_name_described_after_it_speaks_not_the_description():
    said = speakers('Tom Reyes, the Navy press secretary, said the jets had turned back "at once".')
    assert said == ["Tom Reyes"]


def test_she_is_the_woman_leading_her_paragraph_not_one_from_an_earlier_paragraph():
    said = speakers(
        'Foreign Minister Maria Ortiz called the raid "a provocation".',
        "Ambassador Helen Holm told the council her country regretted any deaths. Navy spokesman "
        'Carl Dunne said a review had begun. She said the session was "theatre".',
    )
    assert said == ["Foreign Minister Maria Ortiz", "Ambassador Helen Holm"]


def test_she_abstains_when_the_other_woman_is_named_again_in_the_paragraph():
    said = speakers(
        'Foreign Minister Maria Ortiz called the raid "a provocation".',
        'Ambassador Helen Holm arrived late. Ortiz had already left the room. She said the session was "theatre".',
    )
    assert said == ["Foreign Minister Maria Ortiz", None]


def test_a_woman_only_mentioned_in_the_paragraph_does_not_lead_it():
    said = speakers(
        'Ambassador Helen Holm said the council had "failed".',
        "Rasha, 17, reads the news aloud to her family. On Sunday she read them the words of the "
        'minister, Maria Ortiz. Her mother, she said, "did not want to hear it".',
    )
    assert said == ["Ambassador Helen Holm", None]


def test_he_after_the_speaker_of_the_sentence_before_in_his_own_paragraph():
    said = speakers(
        'General Pavel Orlov said the strike was "no accident".',
        "A navy officer, speaking on condition of anonymity, said the crews had been flying for an hour. "
        '"We were sure of the target," he said.',
    )
    assert said == ["General Pavel Orlov", "A navy officer"]


def test_he_abstains_when_a_second_man_is_named_by_surname_in_the_paragraph():
    said = speakers(
        "Colonel Mark Fenner led the review. General Paul Adair signed it.",
        "Fenner did not say whether anyone would be disciplined, and Adair has ordered new checks. "
        'Both men took questions. "The report stays classified," he said.',
    )
    assert said == [None]


def test_the_ministry_after_its_spokeswoman_is_her_ministry():
    said = speakers(
        'The Defence Ministry said the raid was "a blunder".',
        'Anna Lutova, the Foreign Ministry spokeswoman, said the pilots had "lied".',
        'The ministry said the crews had acted "recklessly".',
    )
    assert said == ["The Defence Ministry", "Anna Lutova", "Foreign Ministry"]


def test_a_description_with_its_post_s_place_is_one_person_with_the_name():
    said = speakers(
        'Minister Maria Ortiz said the raid was "a provocation".',
        'Helen Holm, the Danish ambassador to the United Nations, said the strike "must be explained". '
        'Navy spokesman Carl Dunne said a review had begun. She called the session "theatre".',
    )
    assert said == ["Minister Maria Ortiz", "Helen Holm", "Helen Holm"]


# --- a second voice the sentence does not name ----------------------------------------------


def test_a_pull_quote_takes_the_speaker_of_the_same_words_in_the_body():
    said = speakers(
        'The army said in a statement that the raid had been "a grave violation".',
        '"A show for the cameras, and a cheap one"',
        'Ambassador Helen Holm called the session "a show for the cameras, and a cheap one" on Saturday.',
    )
    assert said == ["The army", "Ambassador Helen Holm", "Ambassador Helen Holm"]


def test_a_pull_quote_of_the_writers_own_words_names_no_one():
    said = speakers(
        'General Pavel Orlov said the strike was "no accident".',
        '"The raid handed Moscow a story for weeks."',
        "The raid handed Moscow a story for weeks. Nobody in Washington seemed ready for it.",
    )
    assert said == ["General Pavel Orlov", None]


def test_a_source_quoted_by_an_agency_is_the_source():
    said = speakers(
        "Troops retook the ridge, according to a military source quoted by the state agency, who said "
        'the attack had "restored order" on the hill.'
    )
    assert said == ["a military source quoted by the state agency"]


def test_the_source_after_two_sources_names_no_one():
    said = speakers(
        'A Syrian military source said the losses were "heavy".',
        "Both Syrian sources, one in Damascus and one at the airport, gave higher figures. "
        'The source said the army also lost "two tanks".',
    )
    assert said == ["A Syrian military source", None]


def test_the_spokesman_after_another_person_is_named_again_by_surname_abstains():
    said = speakers(
        'Pentagon press secretary Tom Reyes said the crews had "acted in good faith".',
        "The Defence Ministry, whose spokesman, Maj. Gen. Pavel Orlov, spoke on Saturday, blamed Washington.",
        'Reyes rejected that. "We stopped the moment we were told," the spokesman said.',
    )
    assert said[-1] is None


def test_a_teller_whose_name_is_not_read_does_not_pass_the_quote_to_the_first_speaker():
    said = speakers(
        'The command said the jets "would never knowingly" hit troops, and a defense official I spoke '
        'with today told me the review "could take weeks".'
    )
    assert said == ["The command", None]


def test_someone_repeating_another_s_line_is_not_its_speaker():
    said = speakers(
        "Senator Ruth Cole, who praised the ambassador's speech, repeated the ambassador's line that the "
        'meeting had been "a stunt".'
    )
    assert said == [None]


def test_a_document_opening_the_next_sentence_stops_the_carried_speaker():
    said = speakers(
        'Maria Lutova, the Foreign Ministry spokeswoman, said the raid was "a scandal". A ministry '
        'statement the next day placed the crews "between negligence and complicity".'
    )
    assert said == ["Maria Lutova", None]


def test_a_noun_after_neither_is_not_a_speech_verb():
    article = extract("Both sides traded accusations. Neither claim is supported by the evidence.")
    assert not any(a.speaker and a.speaker.label == "Neither" for a in article.attributions)


def test_a_quotation_in_a_joined_clause_of_its_own_is_not_the_first_subject_s():
    said = speakers(
        'The ministry put the dead at 62, the monitor at 90, and the inquiry itself could confirm only "at least 15".'
    )
    assert said == [None]


def test_this_ministry_in_a_spokeswoman_s_answer_is_not_the_last_ministry_named():
    said = speakers(
        "Maria Lutova: Our Defence Ministry has given its view. "
        'The statement issued by this ministry called the crews "reckless".'
    )
    assert said == [None]


# --- names and descriptions read as people ------------------------------------------------


def test_a_name_with_an_al_particle_is_a_person_for_a_later_he():
    said = speakers(
        "Samer al-Hussein, a teacher who lives near the airport, told the paper the bombing went on for hours. "
        '"We heard the jets first," he said.'
    )
    assert said == ["Samer al-Hussein"]


def test_a_senators_party_in_brackets_does_not_split_him_from_his_description():
    said = speakers(
        "Sen. Walter Brandt (R-Ind.), a member of the Armed Services Committee, spoke first. "
        '"Spare me," he wrote on Saturday night.'
    )
    assert said == ["Sen. Walter Brandt"]


def test_the_planner_is_a_description_of_a_person():
    said = speakers(
        "A former coalition planner, who spoke on condition of anonymity, described the hotline.",
        'The planner added that analysts "see what they expect to see".',
    )
    assert said == ["coalition planner"]  # the earlier description it refers back to


def test_someone_mentioned_only_inside_a_quotation_is_no_candidate_for_he():
    said = speakers(
        'Khaled Obeid, a retired teacher, said the Russian figure was "the only number we heard from an official".',
        'He insisted the strike was "no accident".',
    )
    assert said == ["Khaled Obeid", "Khaled Obeid"]


def test_two_people_of_one_family_name_are_two_people():
    said = speakers(
        "Her neighbour Fatima Obeid and Fatima's husband, Khaled, come by every evening.",
        'Khaled Obeid, a retired teacher, follows every bulletin. He said it was "no accident".',
    )
    assert said == ["Khaled Obeid"]


def test_the_general_is_the_officer_introduced_as_brig_gen():
    said = speakers(
        "Air Force Brig. Gen. Paul Stroud, who led the review, spoke to reporters. "
        '"We made a mistake," the general said.'
    )
    assert said == ["Air Force Brig. Gen. Paul Stroud"]


def test_he_after_two_described_men_named_together_abstains():
    said = speakers(
        'Ambassador Igor Lebed called the raid "a provocation".',
        "Retired colonel Mike Harlan and British analyst Jon Pryce both doubted the truce would last. "
        "He said it was 'on life support'.",
    )
    assert said == ["Ambassador Igor Lebed", None]


def test_a_description_with_two_places_stays_with_her_name():
    said = speakers(
        'Ambassador Helen Holm said the council had "failed".',
        '"The truce was fragile," said Noura Haddad, a researcher at the Levant Policy Centre in Doha. '
        'She warned that joint targeting was "off the table".',
    )
    assert said == ["Ambassador Helen Holm", "Noura Haddad", "Noura Haddad"]


def test_a_place_after_in_is_no_candidate_for_she():
    said = speakers('Ambassador Helen Holm spoke in New York on Saturday. She called the meeting "a stunt".')
    assert said == ["Ambassador Helen Holm"]


# --- groups, relays and re-mentions ----------------------------------------------------------


def test_she_after_two_women_introduced_as_a_group_abstains():
    said = speakers(
        "Two women with relatives at the base spoke to us by phone: Umm Salim, whose son serves there, "
        'and Lina Haddad, a nurse. She said: "We have no beds left."'
    )
    assert said == [None]


def test_a_quotation_after_a_semicolon_is_not_the_first_clause_s_speaker():
    said = speakers("Moscow says the strike killed its allies; Washington 'reviewing' the raid, officials add.")
    assert said[0] != "Moscow"


def test_a_counted_group_before_a_description_keeps_the_general_unresolved():
    said = speakers(
        'Maj. Gen. Pavel Orlov called the raid "a crime".',
        "Two retired generals, Mark Devlin, an American, and Per Andersen, a Dane, debated it later. "
        'Asked about the hotline, the general said it had worked "exactly as badly as expected".',
    )
    assert said == ["Maj. Gen. Pavel Orlov", None]


def test_words_written_down_for_someone_else_are_not_the_writer_s():
    said = speakers(
        "Samira Khalil rarely speaks to reporters. She asked her daughter to pass on one sentence, "
        'and Rania wrote it down for us: "Write that he was not a number."'
    )
    assert said[-1] != "Rania"


def test_an_agency_quoting_him_as_adding_passes_on_his_words():
    said = speakers(
        'Pavel Orlov, an analyst, told the agency the week had been "her busiest". '
        'The agency quoted him as adding that she "may have enjoyed it".'
    )
    assert said == ["Pavel Orlov", "Pavel Orlov"]


def test_a_sentence_opening_with_by_sunday_names_no_one():
    said = speakers(
        'Maria Lutova said the raid was "a scandal".',
        'By Sunday the ministry had a written statement. It said the pilots had acted "recklessly".',
    )
    assert "By Sunday" not in said


def test_a_general_named_after_his_description_answers_the_general():
    said = speakers(
        "The report's author, an Air Force brigadier general named Paul Stroud, found no misconduct. "
        'The general wrote of "human factors".'
    )
    assert said == ["Paul Stroud"]


def test_she_abstains_when_a_woman_met_earlier_is_named_again_by_surname():
    said = speakers(
        'Greta Lindahl, a reporter, said the meeting would be "about the strike".',
        "The council met twice that day.",
        "The envoys left early.",
        "Nobody expected a vote.",
        "The lounge was empty by midnight.",
        'Late that night Lindahl and a diplomat, Mette Krogh, argued. "It met. That is what it does," she said.',
    )
    assert said[-1] is None


def test_a_listener_who_only_heard_the_words_is_not_a_relay():
    article = extract(
        'Ambassador Helen Holm told the council that the US would "regret the loss of life".',
        'Colonel Mark Fenner told ABC News the crews had "done their best".',
    )
    assert [q.speaker.via for q in article.quotations] == [(), ("ABC News",)]


def test_an_agency_quoting_someone_as_saying_shows_no_fragment_as_their_claim():
    article = extract(
        "The agency quoted the mother of one of the soldiers, who gave her name as Umm Fadi, as saying: "
        '"My son is not a mistake."'
    )
    assert not [a for a in article.attributions if a.kind == "indirect"]


def test_a_session_someone_had_called_is_not_a_naming_call():
    said = speakers('Ambassador Helen Holm described the session Russia had called as "political theatre".')
    assert said == ["Ambassador Helen Holm"]


def test_i_can_tell_you_claims_no_fragment():
    article = extract('GEN. COE: What I can tell you is what we found. "We made a mistake," I said.')
    assert not [a for a in article.attributions if a.kind == "indirect" and a.content.startswith("you")]


def test_he_after_two_titled_men_who_spoke_together_abstains():
    said = speakers(
        "Mr Kerry and Mr Lavrov spoke by telephone late on Saturday, officials said. "
        'Afterwards he told reporters the deal "is not dead yet".'
    )
    assert said == [None]


def test_a_quoted_proper_name_after_the_is_the_outlet_s_style():
    said = speakers(
        'The ministry said the pilots had acted with "criminal negligence" and in collusion with the '
        '"Islamic State" (IS) group.'
    )
    assert said == ["The ministry", None]


def test_a_participle_after_a_statement_from_x_is_x_s():
    said = speakers(
        'State television read out a statement from the army\'s general command calling the raid a "brazen aggression".'
    )
    assert said == ["the army's general command"]


@pytest.mark.parametrize("name", ["Maj. Gen. Pavel Orlov", "Maj.-Gen. Pavel Orlov", "Pavel Orlov"])
def test_a_name_then_a_spokesman_for_a_ministry_after_the_quotation_is_the_name(name):
    said = speakers(f'"It follows from the refusal," {name}, a spokesman for the Russian Defence Ministry, said.')
    assert said == [name]


def test_the_statement_after_the_ministrys_statement_is_the_ministrys():
    said = speakers(
        "Russia's Foreign Ministry said the pilots had acted with negligence.",
        "The ministry's statement, carried in full by the state agency, went further. "
        '"The pilots were careless," the statement said. "The United States must answer for it.',
        '"We warned our partners many times."',
    )
    assert said == ["Russia's Foreign Ministry"] * 3


def test_the_ministrys_statement_after_two_ministries_names_no_one():
    said = speakers(
        "Russia's Foreign Ministry and its Defence Ministry both spoke on Sunday.",
        'The ministry\'s statement went further. "The pilots were careless," the statement said.',
    )
    assert said == [None]


def test_a_plural_noun_before_a_name_is_no_speaker_phrase():
    said = speakers('Between them are the 62 soldiers Russia says died, or the "at least 90" the Observatory counts.')
    assert said == ["the Observatory"]


def test_a_participle_after_a_bodys_statement_is_the_bodys():
    said = speakers("State TV carried an army statement calling the raid 'a grave and flagrant aggression.'")
    assert said == ["the army"]
