"""Reading a speaker phrase out of a sentence's tokens, word by word from the verb outward.

Attribution needs the words that name a speaker ("the Russian Defence Ministry", "Its
spokesman, Maj. Gen. Igor Konashenkov,", "a statement from the ministry") without a parser:
these functions find such a phrase's token range before or after a given word, using the
editorial word lists. Whether the phrase is the verb's subject is decided in ``subjects``.
"""

from __future__ import annotations

from .config import ExtractionConfig
from .tokens import MONTHS, WEEKDAYS, Token, strip_possessive

# "that" is left out: in "reported that Russian officials claim" it opens a clause.
DETERMINERS = frozenset("a an the its their this these those his her our one another".split())
MAX_PHRASE = 12  # words in a speaker phrase; longer runs of capitals are not one name
MAX_ASIDE = 30  # words of a comma-enclosed aside between a subject and its verb
_PLACES = frozenset({"at", "in", "near", "from", "inside", "outside"})


def _is_name_word(token: Token, config: ExtractionConfig) -> bool:
    """Can this word stand inside a speaker phrase?"""
    lower = token.lower
    if not token.is_word or lower in config.clause_openers or lower == "i":
        return False  # "I" is capitalised but names no one ("an officer I spoke to")
    if lower in config.attribution_verbs and not token.is_capitalised:
        return False  # a capitalised one is part of a name: "the United States said"
    if lower in MONTHS or lower in WEEKDAYS:
        return False
    return token.is_capitalised or lower in config.speaker_words or strip_possessive(lower) in config.speaker_words


def skip_fillers(tokens: list[Token], index: int, config: ExtractionConfig) -> int:
    """Step left over words that may stand between a subject and its verb."""
    stop = index - MAX_PHRASE
    while index >= 0 and index > stop:
        token = tokens[index]
        lower = token.lower
        skippable = lower in config.verb_fillers or lower in MONTHS or lower in WEEKDAYS or token.text.isdigit()
        comma_aside = token.text == "," and index >= 2 and tokens[index - 1].lower in config.verb_fillers
        comma_aside = comma_aside and tokens[index - 2].text == ","
        if comma_aside:
            index -= 3
        elif skippable:
            index -= 1
        else:
            break
    return index


def skip_aside(tokens: list[Token], index: int) -> int:
    """ "The statement, issued by US officials, said": step over the comma-enclosed aside."""
    if index < 1 or tokens[index].text != ",":
        return -1
    for back in range(index - 1, max(index - MAX_ASIDE, 0), -1):
        if tokens[back].text in {'"', ";", "."}:
            return -1
        if tokens[back].text == ",":
            return back - 1
    return -1


def _modifier_after_name(tokens: list[Token], index: int, config: ExtractionConfig) -> bool:
    """A lower-case word right after a possessive name ("Denmark's armed forces"); after any other
    capitalised word it may be a verb ("They met Minister X")."""
    token = tokens[index]
    lower = token.lower
    if not token.text.isalpha() or not token.text.islower() or index == 0:
        return False
    if lower in config.attribution_verbs or lower in config.clause_openers or lower in DETERMINERS:
        return False
    before = tokens[index - 1]
    possessive = strip_possessive(before.text) != before.text
    return possessive and before.is_capitalised and _is_name_word(before, config)


def phrase_before(tokens: list[Token], index: int, config: ExtractionConfig) -> tuple[int, int] | None:
    """Token range [first, last] of the speaker phrase ending at ``index``, reading leftward."""
    last, first = index, index + 1
    while index >= 0 and last - index < MAX_PHRASE:
        token = tokens[index]
        lower = token.lower
        # "The American ambassador to the United Nations": a post holder, not the body.
        to_the = lower == "the" and index >= 2 and tokens[index - 1].lower == "to"
        if to_the and tokens[index - 2].lower in config.person_titles | config.anonymous_heads:
            index -= 2
            continue
        if lower in DETERMINERS and first <= last:
            first = index
            break
        if _is_name_word(token, config) and _plural_before_name(tokens, index, first, last, config):
            break  # "the 62 soldiers Russia says": a plural noun never stands before a name
        if _is_name_word(token, config):
            first = index
        elif lower in config.name_connectors and first <= last and index > 0 and tokens[index - 1].is_capitalised:
            pass  # "Observatory for Human Rights": decided by the word before
        elif _modifier_after_name(tokens, index, config) and first <= last:
            pass  # "Denmark's armed forces": one plain word between a name and its head
        elif token.text == "-" and first <= last and _between_titles(tokens, index, config):
            pass  # "Maj.-Gen. Igor Konashenkov": one title written with a hyphen
        elif (
            first <= last
            and not tokens[first].is_capitalised  # "the session Russia had called": no phrase
            and (article := _article_before_plain_words(tokens, index, config)) >= 0
        ):
            first = article  # "the border command", "a retired naval officer": plain words after "the"/"a"
            break
        else:
            break
        index -= 1
    # "Later Defence Secretary Mark Hale said": a capitalised opener is the sentence's, not the name's.
    while first <= last and (tokens[first].lower in config.name_connectors or _opener(tokens[first], config)):
        first += 1
    return (first, last) if first <= last else None


def _plural_before_name(tokens: list[Token], index: int, first: int, last: int, config: ExtractionConfig) -> bool:
    """The lower-case plural head at ``index`` ("soldiers") would be read into a capitalised name after it."""
    token = tokens[index]
    if first > last or not token.text.islower() or not tokens[first].is_capitalised:
        return False
    return token.lower in config.anonymous_heads and token.lower.endswith("s") and len(token.lower) > 3


def _between_titles(tokens: list[Token], index: int, config: ExtractionConfig) -> bool:
    """The token at ``index`` stands between two title words ("Maj." "-" "Gen.")."""
    if index < 1 or index + 1 >= len(tokens):
        return False
    return all(tokens[k].lower.rstrip(".") in config.person_titles for k in (index - 1, index + 1))


def _opener(token: Token, config: ExtractionConfig) -> bool:
    return token.is_capitalised and (token.lower in config.clause_openers or token.lower in config.verb_fillers)


def phrase_with_place(tokens: list[Token], index: int, config: ExtractionConfig) -> tuple[int, int] | None:
    """ "A Syrian officer at the airport": a speaker phrase and the place after it, ending at ``index``.

    The place ("at the airport", "in the town") is part of who speaks; the phrase before it decides.
    """
    found = phrase_before(tokens, index, config)
    if found is not None or index < 3:
        return found
    preposition = index - 2 if tokens[index - 1].lower in {"the", "a", "an"} else index - 1
    if tokens[preposition].lower not in _PLACES or not tokens[index].text.isalpha():
        return None
    head = phrase_before(tokens, preposition - 1, config)
    return (head[0], index) if head is not None else None


def phrase_after(tokens: list[Token], index: int, config: ExtractionConfig) -> tuple[int, int] | None:
    """Token range of the speaker phrase starting at ``index``, reading rightward."""
    first = index
    determined = index < len(tokens) and tokens[index].lower in DETERMINERS
    if determined:
        index += 1
    last = first - 1
    while index < len(tokens) and index - first < MAX_PHRASE:
        token = tokens[index]
        if _is_name_word(token, config):
            last = index
        elif determined and (head := _plain_words_to_head(tokens, index, config)) > index:
            index = head  # "a retired officer", "a former targeting officer": adjectives before the head
            continue
        elif token.lower in config.name_connectors and index + 1 < len(tokens) and tokens[index + 1].is_capitalised:
            pass
        elif _connects_to_the_name(tokens, index, config):
            index += 1  # "an officer of the General Staff": take in "of the"
        else:
            break
        index += 1
    return (first, last) if last >= first else None


#: Plain words read between a determiner and a speaker word ("a retired senior officer").
_MAX_PLAIN_WORDS = 3


def _plain_words_to_head(tokens: list[Token], index: int, config: ExtractionConfig) -> int:
    """Index of the speaker word after up to a few plain lower-case words from ``index``, else ``index``."""
    for ahead in range(index, min(index + _MAX_PLAIN_WORDS, len(tokens))):
        token = tokens[ahead]
        if _is_name_word(token, config):
            return ahead if ahead > index else index
        lower = token.lower
        plain = token.text.replace("-", "").isalpha() and token.text.islower()  # "state-run"
        if not plain or lower in config.attribution_verbs or lower in config.clause_openers or lower in DETERMINERS:
            break
    return index


def _article_before_plain_words(tokens: list[Token], index: int, config: ExtractionConfig) -> int:
    """Index of "the"/"a"/"an" before up to a few plain lower-case words ending at ``index``, else -1."""
    for back in range(index, max(index - _MAX_PLAIN_WORDS, -1), -1):
        token = tokens[back]
        if token.lower in {"the", "a", "an"}:
            return back if back < index else -1
        lower = token.lower
        plain = token.text.replace("-", "").isalpha() and token.text.islower()  # "state-run"
        if not plain or lower in config.attribution_verbs or lower in config.clause_openers or lower in DETERMINERS:
            return -1
    return -1


def _connects_to_the_name(tokens: list[Token], index: int, config: ExtractionConfig) -> bool:
    """ "of the General Staff", "for the Pentagon": a connector and "the" before a capitalised name."""
    return (
        tokens[index].lower in config.name_connectors
        and index + 2 < len(tokens)
        and tokens[index + 1].lower == "the"
        and tokens[index + 2].is_capitalised
    )


def appositive(tokens: list[Token], aside_end: int, comma: int, config: ExtractionConfig) -> tuple[int, int] | None:
    """ "Its spokesman, Maj. Gen. Igor Konashenkov, said": the name between the commas names the speaker.

    ``aside_end`` is the last token before the first comma, ``comma`` the
    second comma's index. Only a titled or bare personal name counts, so a
    clause such as ", in a statement carried by SANA," is still stepped over.
    """
    name = phrase_after(tokens, aside_end + 2, config)
    if name is None or name[1] != comma - 1:
        return None
    return name if personal_name(tokens, name, config) else None


#: Words of a name after its title ("Maj. Gen. Igor Konashenkov": two).
_MAX_NAME_AFTER_TITLE = 4


def personal_name(tokens: list[Token], span: tuple[int, int], config: ExtractionConfig) -> bool:
    """Is ``tokens[span]`` a titled or bare personal name ("Maj. Gen. Igor Konashenkov", "Rami Haddad")?"""
    words = [t.text for t in tokens[span[0] : span[1] + 1]]
    lowers = [w.lower().rstrip(".") for w in words]
    # The title stands before a name: "the Pentagon press secretary" is a description, not a name.
    last = lowers[-1]
    named_last = words[-1][0].isupper() and last not in config.person_titles and last not in config.anonymous_heads
    # "Maj. Gen. Igor Konashenkov", and "British analyst Jon Pryce": a title or a description, then a name.
    # "a spokesman for the Russian Defence Ministry" is a description: after the last title only
    # capitalised words of a name may stand, none of them a body's head.
    titles = [k for k, w in enumerate(lowers[:-1]) if w in config.person_titles or w in config.anonymous_heads]
    after = words[titles[-1] + 1 :] if titles else []
    titled = (
        named_last
        and 1 <= len(after) <= _MAX_NAME_AFTER_TITLE
        and all(x[0].isupper() for x in after)
        and not any(x.lower() in config.institution_heads for x in after)
    )
    bare = 2 <= len(words) <= 4 and all(w[0].isupper() for w in words) and lowers[-1] not in config.institution_heads
    return titled or bare


def issuer(tokens: list[Token], aside_end: int, comma: int, config: ExtractionConfig) -> tuple[int, int] | None:
    """ "The statement, issued by US officials, said": the statement speaks for its issuer."""
    if tokens[aside_end].lower not in config.document_nouns or aside_end + 3 >= comma:
        return None
    if tokens[aside_end + 2].lower not in {"issued", "released", "published", "sent"}:
        return None
    if tokens[aside_end + 3].lower != "by":
        return None
    owner = phrase_after(tokens, aside_end + 4, config)
    return owner if owner is not None and owner[1] < comma else None


def source_of_document(tokens: list[Token], span: tuple[int, int], config: ExtractionConfig) -> tuple[int, int]:
    """ "a statement from the Defence Ministry", "the ministry's spokesman, Igor Konashenkov": who speaks."""
    index = span[1] + 1
    if tokens[span[1]].lower in config.document_nouns:
        if index < len(tokens) and tokens[index].lower in {"released", "issued", "published"}:
            index += 1
        if index + 1 < len(tokens) and tokens[index].lower in {"from", "by", "of"}:
            owner = phrase_after(tokens, index + 1, config)
            if owner is not None:
                return owner
        return span
    if index + 1 < len(tokens) and tokens[index].text == ",":
        name = phrase_after(tokens, index + 1, config)
        if name is not None and name[1] + 1 < len(tokens) and tokens[name[1] + 1].text in {",", "."}:
            closing = name[1] + 1
            if appositive(tokens, span[1], closing, config) is not None:
                return name
    return span


def span_text(text: str, tokens: list[Token], span: tuple[int, int]) -> str:
    return text[tokens[span[0]].start : tokens[span[1]].end]


def strip_medium(words: str, config: ExtractionConfig) -> str:
    """ "The Wall Street Journal report" -> "The Wall Street Journal"."""
    parts = words.split()
    while len(parts) > 1 and parts[-1].lower() in config.medium_nouns:
        parts.pop()
    return " ".join(parts)
