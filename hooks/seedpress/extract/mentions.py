"""Noting who a sentence names, and whose document a later "the statement" is.

A name becomes a candidate for later pronouns and descriptions whether or not it speaks:
"she said" after a woman and a man were named is not the man's. A document introduced
with its speaker ("X said in a statement", "X issued a statement") is remembered as X's.
"""

from __future__ import annotations

import bisect

from .config import ExtractionConfig
from .frames import RELATIVE_RULE, Frame
from .memory import GROUP_COUNTS, SpeakerMemory, add_entity
from .model import Speaker
from .phrases import personal_name, phrase_after
from .speaker_labels import is_plural, norm_label, singular, speaker_kind
from .tokens import MONTHS, WEEKDAYS, Token, strip_possessive

#: Words after which a capitalised pair is a place or a body, not a person.
_NOT_BEFORE_A_NAME = frozenset(
    "the a an in at near from to outside inside around across over into toward towards".split()
)
#: Words before a document noun that introduce a new document ("a statement", "the following statement").
DOCUMENT_INTRODUCERS = frozenset({"a", "an", "its", "their", "following"})
#: Words between a name's comma and its description's run (", the foreign ministry's spokeswoman,").
_MAX_DESCRIPTION_GAP = 3
_APPOSITIVE_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})
_POSSESSIVE_WORDS = frozenset({"her", "his", "their", "its", "our", "my", "your"})
#: Words of two people's names joined by "and" ("Fatima Obeid and Fatima's").
MAX_PAIR_WORDS = 6
#: Characters between a frame and "in a statement" that still tie the two.
DOCUMENT_GAP = 20
#: Words that tie a description to its post's place ("ambassador to the United Nations").
_PLACE_PREPOSITIONS = frozenset({"to", "at", "of", "for", "in"})


def _runs(tokens: list[Token], config: ExtractionConfig) -> list[tuple[int, int]]:
    """Token ranges of capitalised names and descriptions ("Pentagon spokesman Peter Cook",
    "General Command of the Army and Armed Forces")."""
    runs = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if not (token.is_word and (token.is_capitalised or token.lower in config.speaker_words)):
            index += 1
            continue
        if token.lower in config.clause_openers:
            index += 1  # "In Damascus, ...": the capital is the sentence's, not the name's
            continue
        last = index
        while last + 1 < len(tokens):
            nxt = tokens[last + 1]
            if nxt.is_word and (nxt.is_capitalised or nxt.lower in config.speaker_words):
                last += 1
                continue
            # "of", "for", "and" inside a name; "of the" before a capitalised word
            step = 2 if nxt.lower in config.name_connectors and nxt.lower != "on" else 0
            if step and last + 2 < len(tokens) and tokens[last + 2].lower == "the":
                step = 3
            if step and last + step < len(tokens) and tokens[last + step].is_capitalised:
                last += step
                continue
            break
        runs.append((index, last))
        index = last + 1
    return runs


def _split_pairs(tokens: list[Token], runs: list[tuple[int, int]], config: ExtractionConfig) -> list[tuple[int, int]]:
    """ "Foreign Minister Ivan Petrov and Secretary Paul Grant": two people, not one."""
    result = []
    for first, last in runs:
        cut = next((i for i in range(first + 1, last) if tokens[i].lower == "and"), None)
        titled = cut is not None and any(t.lower.rstrip(".") in config.person_titles for t in tokens[cut + 1 : last])
        # "Samantha Power and Vitaly Churkin": two bare personal names, two people.
        named = cut is not None and _two_people(tokens[first:cut], tokens[cut + 1 : last + 1], config)
        # "A second defense official and a coalition spokesman": two descriptions, two people.
        described = cut is not None and {tokens[cut - 1].lower, tokens[last].lower} <= config.anonymous_heads
        if cut is not None and (titled or named or described):
            result += [(first, cut - 1), (cut + 1, last)]
        else:
            result.append((first, last))
    return result


def _is_name(words: list[Token], config: ExtractionConfig) -> bool:
    """ "Vitaly Churkin", "Ambassador Nora Vance": ``phrases.personal_name`` on a run of tokens."""
    return bool(words) and personal_name(words, (0, len(words) - 1), config)


def _two_people(left: list[Token], right: list[Token], config: ExtractionConfig) -> bool:
    """ "Samantha Power and Vitaly Churkin", "Fatima Obeid and Fatima's husband": two people.

    Two full names, or capitalised words on both sides of which one starts with a given name or
    a title that tells a person.
    """
    # "Her neighbour Fatima Obeid and Fatima's husband": descriptions around the names are not part of them.
    while len(left) > 1 and (not left[0].is_capitalised or left[0].lower in _POSSESSIVE_WORDS):
        left = left[1:]
    while len(right) > 1 and not right[-1].is_capitalised:
        right = right[:-1]
    if _is_name(left, config) and _is_name(right, config):
        return True
    if not left or not right or len(left) + len(right) > MAX_PAIR_WORDS:
        return False
    capitalised = all(t.is_capitalised for t in (*left, *right))
    return capitalised and any(strip_possessive(side[0].lower) in config.gender_words for side in (left, right))


def _bare_name(tokens: list[Token], first: int, last: int) -> bool:
    """ "Samantha Power went further": a capitalised pair that may be a person.

    Not after "the" ("the United States"). A place taken for a person
    ("Islamic State fighters") only makes a later pronoun abstain, which is the
    safe way to be wrong.
    """
    before = tokens[first - 1].lower if first > 0 else ""
    if before in _NOT_BEFORE_A_NAME:
        return False  # "the United States", "in New York", "near Deir Ezzor": a place or a body
    words = tokens[first : last + 1]
    if words[0].lower in MONTHS or words[0].lower in WEEKDAYS:
        return False  # "Monday Washington": a date before a place
    # "Danish F-16s", "I'm Priya Raman": a number or a contraction is no part of a name.
    contraction = any(("'" in t.text or "\u2019" in t.text) and strip_possessive(t.text) == t.text for t in words)
    return not contraction and not any(any(c.isdigit() for c in t.text) for t in words)


def _description_after(
    tokens: list[Token], runs: list[tuple[int, int]], number: int, config: ExtractionConfig
) -> int | None:
    """The index of the run that describes run ``number`` as an appositive (", the X spokeswoman,"), if any."""
    last = _after_parenthesis(tokens, runs[number][1])  # "Sen. Walter Brandt (R-Ind.), a member of ..."
    while number + 1 < len(runs) and runs[number + 1][0] <= last:
        number += 1  # a run inside the parenthesis ("R-Ind") describes nothing
    if number + 1 >= len(runs):
        return None
    d_first, d_last = runs[number + 1]
    if last + 1 >= len(tokens) or tokens[last + 1].text != ",":
        return None
    # ", the ministry's spokeswoman,", ", its chief spokesman,": a determiner and up to two
    # lower-case modifiers stand between the comma and the description's run.
    gap = d_first - (last + 2)
    if gap < 0 or gap > _MAX_DESCRIPTION_GAP:
        return None
    between = tokens[last + 2 : d_first]
    if between and (
        between[0].lower not in _APPOSITIVE_DETERMINERS
        or any(not t.text.islower() or t.lower in config.attribution_verbs for t in between[1:])
    ):
        return None
    # "a member of the Armed Services Committee": the head stands before its "of".
    head = next((k for k in range(d_first, d_last) if tokens[k + 1].lower in config.name_connectors), d_last)
    if tokens[head].lower.rstrip(".") not in config.anonymous_heads:
        return None
    # ", the American ambassador to the United Nations,": the post's place is part of the description.
    return number + 1 if _closes(tokens, d_last) else _place_after(tokens, runs, number + 1)


#: Tokens a parenthesis after a name may hold ("(R-Ind.)", "(SOHR)").
_MAX_PARENTHESIS = 8


def _after_parenthesis(tokens: list[Token], last: int) -> int:
    """The index of the ")" closing a parenthesis right after ``last``, else ``last``."""
    if last + 1 >= len(tokens) or tokens[last + 1].text != "(":
        return last
    for k in range(last + 2, min(last + 2 + _MAX_PARENTHESIS, len(tokens))):
        if tokens[k].text == ")":
            return k
    return last


def _closes(tokens: list[Token], last: int) -> bool:
    """The description ends here: a comma, a full stop, or its own relative clause ("a teacher who ...")."""
    return last + 1 < len(tokens) and (tokens[last + 1].text in {",", ".", ";"} or tokens[last + 1].lower == "who")


#: Place phrases a description may carry ("a researcher at the Levant Policy Centre in Doha").
_MAX_PLACES = 2


def _place_after(tokens: list[Token], runs: list[tuple[int, int]], number: int) -> int | None:
    """The last run of the place phrases after run ``number`` ("to the United Nations", "at the
    Levant Policy Centre in Doha") when a comma or full stop follows them, else ``None``."""
    for _ in range(_MAX_PLACES):
        if number + 1 >= len(runs):
            return None
        at = runs[number][1] + 1
        if at >= len(tokens) or tokens[at].lower not in _PLACE_PREPOSITIONS:
            return None
        at += 2 if at + 1 < len(tokens) and tokens[at + 1].lower == "the" else 1
        p_first, p_last = runs[number + 1]
        if p_first != at:
            return None
        number += 1
        if _closes(tokens, p_last):
            return number
    return None


def note_mentions(
    text: str, tokens: list[Token], memory: SpeakerMemory, config: ExtractionConfig, quoted: list[tuple[int, int]]
) -> None:
    """Remember the people and bodies a sentence names, whether or not they speak.

    They are candidates for later pronouns and descriptions: "she said" after a
    woman and a man were named is not the man's. A bare capitalised pair
    ("United States", "Islamic State") is not taken for a person; a title
    ("Ambassador", "spokesman", "Ms") or an appositive description is needed.
    """
    runs = _split_pairs(tokens, _runs(tokens, config), config)
    outlet = norm_label(memory.outlet)
    described = -1  # the last run already read as the description of the name before it
    lead = next((i for i, t in enumerate(tokens) if t.is_word), -1)
    for number, (first, last) in enumerate(runs):
        memory.para_names.update(strip_possessive(t.lower) for t in tokens[first : last + 1] if t.is_capitalised)
        if number <= described:
            continue
        label = text[tokens[first].start : tokens[last].end]
        if norm_label(label) == outlet:
            continue  # the publishing outlet in a dateline ("MOSCOW (Example Wire)") is not a party
        at = bisect.bisect_right(quoted, tokens[first].start, key=lambda q: q[0]) - 1
        inside = at >= 0 and quoted[at][0] <= tokens[first].start < quoted[at][1]
        words = frozenset(singular(w.lower().rstrip(".,")) for w in label.split())
        kind = speaker_kind(label, config)
        lowers = [t.lower.rstrip(".") for t in tokens[first : last + 1]]
        titled = any(w in config.person_titles for w in lowers[:-1]) and tokens[last].is_capitalised
        # "The representative of the United States, Samantha Power, ...": one person.
        if number + 1 < len(runs) and runs[number + 1][0] == last + 2 and tokens[last + 1].text == ",":
            n_first, n_last = runs[number + 1]
            name = text[tokens[n_first].start : tokens[n_last].end]
            closing = n_last + 1 < len(tokens) and tokens[n_last + 1].text in {",", ".", ";"}
            name_words = name.split()
            looks_named = 2 <= len(name_words) <= 4 and all(w[0].isupper() for w in name_words)
            single = not is_plural(label, config)  # "Two retired generals, Mark Devlin, ...": a group, then one of it
            if (
                single
                and closing
                and looks_named
                and any(w in config.anonymous_heads | config.person_titles for w in lowers)
            ):
                _note_employer(text, tokens, (first, last), memory, config, quoted=inside)
                all_words = words | frozenset(singular(w.lower().rstrip(".,")) for w in name_words)
                subject = first == lead and _subject_ends(tokens, n_last)
                add_entity(memory, name, "person", all_words, config, quoted=inside, subject=subject)
                continue
        # "an Air Force brigadier general named Richard Coe": one person, described then named.
        if (named := _named_after(tokens, runs, number, config)) is not None:
            _note_person(text, tokens, runs[named], words, memory, config=config, quoted=inside)
            described = named
            continue
        # "Maria Vance, the ministry's spokeswoman, ...": one person, whose description tells her gender.
        description = _description_after(tokens, runs, number, config)
        if kind == "person" and description is not None:
            closed = _after_parenthesis(tokens, last)
            d_first = next(r[0] for r in runs[number + 1 : description + 1] if r[0] > closed)
            d_last = runs[description][1]
            d_words = frozenset(singular(t.lower.rstrip(".,")) for t in tokens[d_first : d_last + 1])
            _note_employer(text, tokens, (d_first, d_last), memory, config, quoted=inside)
            subject = first == lead and _subject_ends(tokens, d_last)
            add_entity(memory, label, "person", words | d_words, config, quoted=inside, subject=subject)
            described = description
            continue
        subject = first == lead and _subject_ends(tokens, last)
        if (
            (kind == "person" and (titled or _bare_name(tokens, first, last)))
            or (kind == "anonymous" and (not is_plural(label, config) or _counted_group(tokens, first)))
            or (
                kind == "institution"
                and any(w in config.institution_heads for w in lowers)
                and any(t.is_capitalised for t in tokens[first : last + 1])
                and lowers[-1] not in config.document_nouns
            )
        ):
            add_entity(memory, label, kind, words, config, quoted=inside, subject=subject)


def _note_employer(
    text: str,
    tokens: list[Token],
    span: tuple[int, int],
    memory: SpeakerMemory,
    config: ExtractionConfig,
    *,
    quoted: bool,
) -> None:
    """ "Maria Zakharova, the Russian Foreign Ministry spokeswoman, said ... The ministry's statement":
    the body in a person's description is mentioned too, so "the ministry" can find it."""
    first, last = span
    heads = [k for k in range(first, last + 1) if strip_possessive(tokens[k].lower) in config.institution_heads]
    if not heads:
        return
    end = start = heads[-1]
    while start - 1 >= first and tokens[start - 1].is_capitalised:
        start -= 1
    if not any(t.is_capitalised for t in tokens[start : end + 1]):
        return  # "a ministry spokeswoman": no body is named
    label = strip_possessive(text[tokens[start].start : tokens[end].end])
    words = frozenset(singular(w.lower().rstrip(".,")) for w in label.split())
    add_entity(memory, label, "institution", words, config, quoted=quoted, in_sentence=False)


#: Words before a group's run within which its count may stand.
_COUNT_REACH = 2


def _counted_group(tokens: list[Token], first: int) -> bool:
    """ "Both Syrian sources ... The source said": a group that may hold the one named before
    (an uncounted group, "Russian officials", is someone else)."""
    # "Both Syrian sources", "Two retired generals": the count may stand a word or two before the run.
    words = [t.lower for t in tokens[max(0, first - _COUNT_REACH) : first + 1]]
    return any(w in GROUP_COUNTS for w in words)


def _note_person(
    text: str,
    tokens: list[Token],
    span: tuple[int, int],
    description: frozenset[str],
    memory: SpeakerMemory,
    *,
    config: ExtractionConfig,
    quoted: bool,
) -> None:
    """Note the person named at ``span`` with the words of their description."""
    first, last = span
    name_words = frozenset(singular(t.lower.rstrip(".,")) for t in tokens[first : last + 1])
    add_entity(
        memory, text[tokens[first].start : tokens[last].end], "person", description | name_words, config, quoted=quoted
    )


def _named_after(tokens: list[Token], runs: list[tuple[int, int]], number: int, config: ExtractionConfig) -> int | None:
    """The run of the name after "DESCRIPTION named/called" ("a general named Richard Coe"), if any."""
    last = runs[number][1]
    if number + 1 >= len(runs) or tokens[last].lower not in config.anonymous_heads | config.person_titles:
        return None
    if last + 1 >= len(tokens) or tokens[last + 1].lower not in {"named", "called"}:
        return None
    n_first, n_last = runs[number + 1]
    return number + 1 if n_first == last + 2 and personal_name(tokens, (n_first, n_last), config) else None


def _subject_ends(tokens: list[Token], last: int) -> bool:
    """A phrase opening its sentence and ending at ``last`` is the sentence's one subject:
    not a possessive ("Power's remarks drew ...") and not half of a pair ("Power and Churkin ...")."""
    if strip_possessive(tokens[last].text) != tokens[last].text:
        return False
    after = last + 2 if last + 1 < len(tokens) and tokens[last + 1].text == "," else last + 1
    return not (after < len(tokens) and tokens[after].lower in {"and", "or", "nor"})


def note_document(
    speaker: Speaker, following_words: list[str], config: ExtractionConfig, memory: SpeakerMemory
) -> None:
    """ "X said in its statement": later "the statement" means X's statement."""
    if any(word.lower() in config.document_nouns for word in following_words):
        memory.document_owner = speaker
        memory.document_para = memory.para


def _named_author(text: str, tokens: list[Token], index: int, config: ExtractionConfig) -> Speaker | None:
    """ "a statement from X", "a statement by X": X wrote the document at ``index``, whoever carries it."""
    if index + 2 >= len(tokens) or tokens[index + 1].lower not in {"from", "by"}:
        return None
    span = phrase_after(tokens, index + 2, config)
    if span is None:
        return None
    label = strip_possessive(text[tokens[span[0]].start : tokens[span[1]].end])
    return Speaker(label, speaker_kind(label, config), ())


def _possessing_body(
    text: str, tokens: list[Token], index: int, memory: SpeakerMemory, config: ExtractionConfig
) -> Speaker | None:
    """The body whose document stands at ``index`` ("The ministry's statement"), resolved to the one
    body of that head met so far, else ``None``."""
    if index < 2 or strip_possessive(tokens[index - 1].text) == tokens[index - 1].text:
        return None
    head = strip_possessive(tokens[index - 1].lower)
    if head not in config.institution_heads:
        return None
    if tokens[index - 2].lower not in {"the", "this", "that"}:
        label = strip_possessive(text[tokens[index - 2].start : tokens[index - 1].end])
        return Speaker(label, speaker_kind(label, config), ()) if tokens[index - 2].is_capitalised else None
    bodies = {e.label for e in memory.entities if e.kind == "institution" and head in e.label.lower().split()}
    return Speaker(bodies.pop(), "institution", ()) if len(bodies) == 1 else None


def note_issued_document(
    text: str,
    tokens: list[Token],
    memory: SpeakerMemory,
    spoken: list[tuple[Frame, Speaker]],
    config: ExtractionConfig,
) -> None:
    """ "X issued the following statement", "In a statement, X said": X owns the next "the statement".

    ``spoken``: the sentence's frames with their named speakers. A statement next
    to a frame ("In a statement, X said", "X said in a statement") is that
    speaker's; a statement that is the object of another verb ("X issued a
    statement") belongs to the one body or person the sentence names, and to no
    one when it names several ("X issued a statement, as did Y").
    """
    for index, token in enumerate(tokens):
        if token.lower not in config.document_nouns or index == 0:
            continue
        window = [t.lower for t in tokens[max(0, index - 3) : index]]
        if (possessor := _possessing_body(text, tokens, index, memory, config)) is not None:
            # "The ministry's statement, carried by TASS, went further": the ministry's document.
            memory.document_owner, memory.document_para = possessor, memory.para
            return
        if not any(w in DOCUMENT_INTRODUCERS for w in window):
            continue  # "the statement" refers back; "a statement" introduces one
        owner = _named_author(text, tokens, index, config)  # "a statement from the army's command"
        for frame, speaker in spoken if owner is None else ():
            if frame.rule.startswith("according to") and frame.start <= token.start < frame.end:
                owner = speaker  # "According to a statement released by X": the source's own document
                break
            if frame.rule == RELATIVE_RULE:
                continue  # "X, which had confirmed the raid, issued a statement": the main clause decides
            verb_start = frame.verb_start if frame.verb_start >= 0 else frame.start
            first_frame = frame is spoken[0][0]
            before_frame = token.end <= verb_start and first_frame
            after_frame = 0 <= token.start - frame.end <= DOCUMENT_GAP
            if before_frame or after_frame:
                owner = speaker
        if owner is None:
            outlet = norm_label(memory.outlet)
            named = {
                e.label
                for e in memory.sentence_entities
                if e.kind in ("institution", "person", "anonymous") and norm_label(e.label) != outlet
            }
            named |= {s.label for _, s in spoken}
            if len(named) == 1:
                label = named.pop()
                found = next((e for e in memory.sentence_entities if e.label == label), None)
                owner = Speaker(label, found.kind if found else "institution", found.via if found else ())
            else:
                # "X issued a statement, as did Y": each may have issued it, so each is a
                # candidate for a later "it said" (which then names no one).
                for entity in memory.sentence_entities:
                    entity.spoke = entity.spoke or entity.label in named
        memory.document_owner = owner
        memory.document_para = memory.para
        return
