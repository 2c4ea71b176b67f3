"""Transcript lines: "POWER: ..." or "Samantha Power: ..." name who speaks the line.

Broadcast transcripts and interview write-ups put the speaker's name before a
colon at the start of a paragraph, with or without quotation marks after it.
A name is one to five capitalised words (an all-capitals name may carry a
role in brackets: "LESTER HOLT (ANCHOR)", or after a comma: "MARK ELLERY, correspondent"); a lower-case word before the colon
means an ordinary sentence ("The ministry said: ..."), and labels such as
"UPDATE:" or "Editor's note:" are not speakers.
"UNIDENTIFIED MALE:" or "CROWD:" names no one: the line is kept, its speaker is
not identified (``unnamed_voice``).
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

_NAME_WORD = r"[A-Z][\w.'\u2019-]*"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,4}}"
_LINE = re.compile(
    # "NAME:", "NAME, ROLE:", "NAME (ROLE):" or a questioner "Q (NAME, OUTLET):"
    rf"^[ \t]*(?:Q[ \t]*\([ \t]*(?P<asker>{_NAME})[^)]{{0,60}}\)|(?P<name>{_NAME})"
    rf"(?:,[ \t]*(?P<role>[A-Za-z][A-Za-z .'-]{{1,40}}))?(?:[ \t]+\([A-Za-z .,'-]{{1,40}}\))?)[ \t]*:[ \t]+(?=\S)"
)
#: "STATEMENT OF THE GENERAL COMMAND": a document read out; its author speaks.
_DOCUMENT_OF = re.compile(r"^(?:STATEMENT|COMMUNIQUE|MESSAGE|LETTER)S?\s+(?:OF|FROM|BY)\s+(?:THE\s+)?", re.IGNORECASE)
#: Words before a colon that label the text rather than name a speaker.
_NOT_SPEAKERS = frozenset(
    "update updated note editor's editors correction clarification watch read related photo video caption "
    "source sources warning breaking exclusive analysis opinion comment background context timeline q a "
    "letters letter editorial review feature explainer live factcheck fact-check".split()
)


#: Transcript labels that say the speaker is not known: "UNIDENTIFIED MALE", "VOICE", "CROWD".
_UNNAMED_FIRST = frozenset("unidentified unknown unnamed anonymous".split())
_UNNAMED_ALONE = frozenset("voice voices crowd man woman male female speaker caller protester protesters".split())


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def transcript_speaker(text: str) -> tuple[str, int, int, int] | None:
    """``(name, start, end, words_start)`` when the paragraph is a transcript line, else ``None``."""
    match = _LINE.match(text)
    if match is None:
        return None
    group = "asker" if match.group("asker") else "name"
    name = match.group(group)
    role = match.group("role") or ""
    if role and not role.isupper() and not name.isupper():
        return None  # "Moscow, meanwhile: ..." is a sentence; "MARK ELLERY, defence correspondent:" a line
    start, end = match.start(group), match.end(group)
    if (document := _DOCUMENT_OF.match(name)) is not None and document.end() < len(name):
        start += document.end()
        name = name[document.end() :]
    words = name.split()
    if any(w.lower().rstrip(".") in _NOT_SPEAKERS for w in words):
        return None
    if len(words) == 1 and not name.isupper() and len(name) <= 2:
        return None
    return name, start, end, match.end()


def unnamed_voice(name: str) -> bool:
    """ "UNIDENTIFIED MALE", "Unknown speaker", "CROWD": a label that names no speaker."""
    words = [w.lower().rstrip(".") for w in name.split()]
    return bool(words) and (words[0] in _UNNAMED_FIRST or (len(words) == 1 and words[0] in _UNNAMED_ALONE))
