"""Which side a speaker belongs to, by the words of the speaker's own label.

The relaying outlet (the "via" chain) never decides: a Russian official quoted by
The Wall Street Journal is Russia's position, not the Journal's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .editorial import Party
from .topics import TopicMatcher
from .wordsearch import Tokens

OTHERS = Party(id="others", name="Others and unattributed", patterns=())


@dataclass(frozen=True)
class PartyClassifier:
    """First matching party wins, in the editorial order."""

    matchers: tuple[tuple[Party, TopicMatcher], ...]
    #: Speaker label -> its party, as found so far (pages ask about the same speakers again and again).
    _known: dict[str, Party] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_parties(cls, parties: tuple[Party, ...]) -> PartyClassifier:
        return cls(tuple((party, TopicMatcher(party.patterns)) for party in parties))

    def party_of(self, label: str | None) -> Party:
        if not label:
            return OTHERS
        if label not in self._known:
            tokens = Tokens(label)
            self._known[label] = next(
                (party for party, matcher in self.matchers if matcher.matches(label, tokens)), OTHERS
            )
        return self._known[label]

    def parties_named_in(self, text: str) -> tuple[Party, ...]:
        """Every party whose words appear in ``text`` (a sentence), in the editorial order."""
        return tuple(party for party, matcher in self.matchers if matcher.matches(text))

    @property
    def order(self) -> tuple[Party, ...]:
        return (*(party for party, _ in self.matchers), OTHERS)
