"""Editorial data: page introductions, cited points, context notes, questions, parties.

Hand-written YAML in ``editorial/``. It is checked when the build starts: an
error names the file, the entry and the problem in one line, so a typo never
produces a silently wrong page. Text fields may use Markdown (they are written
by the editors, not taken from articles); anything quoted from an article goes
through a ``Selector`` instead, so it is verified and carries its provenance.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import SeedError
from .markdown_text import is_safe_url
from .selectors import Selector
from .yamlfile import parse_yaml, read_text


class EditorialError(SeedError):
    """An editorial file is malformed."""


#: In a point's text, replaced by the outlets of the articles the point cites
#: ("According to {outlets}, ..."), so no text counts the articles.
OUTLETS = "{outlets}"


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PublicSource:
    """A public page that context (not from the articles) relies on."""

    title: str
    url: str


@dataclass(frozen=True)
class Point:
    """One editorial sentence and the article words that support it."""

    text: str
    cites: tuple[Selector, ...]


@dataclass(frozen=True)
class Section:
    heading: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class ContextEvent:
    """A dated event a context note states, for the strike page's timeline."""

    date: str  # ISO day, 2016-09-19
    label: str  # what happened, in a few words
    actors: tuple[str, ...]  # ids of parties in parties.yml ("others" for none of them)


@dataclass(frozen=True)
class ContextNote:
    """A fact from outside the articles, with the public source that states it."""

    text: str
    sources: tuple[PublicSource, ...]
    #: Article words the note speaks to (an early account it corrects), verified like points.
    cites: tuple[Selector, ...] = ()
    #: Dated events the note states; they join the timeline as context.
    events: tuple[ContextEvent, ...] = ()


@dataclass(frozen=True)
class PageSpec:
    """What the editors write for one generated page."""

    id: str
    title: str
    intro: str
    topics: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    context: tuple[ContextNote, ...] = ()


@dataclass(frozen=True)
class Party:
    """A side in the dispute and the words that identify its speakers."""

    id: str
    name: str
    patterns: tuple[str, ...]


@dataclass(frozen=True)
class Question:
    """A contested question on the claims page."""

    id: str
    title: str
    intro: str
    topics: tuple[str, ...]
    agreed: tuple[Point, ...]
    disputed: tuple[Point, ...]


# ---------------------------------------------------------------------------
# Checking helpers
# ---------------------------------------------------------------------------


class _Reader:
    """Typed access to parsed YAML that fails with a one-line message."""

    def __init__(self, label: str) -> None:
        self.label = label

    def fail(self, where: str, problem: str) -> EditorialError:
        return EditorialError(self.label, f"{where}: {problem}")

    def mapping(self, value: Any, where: str, allowed: set[str], required: set[str]) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(where, "expected a mapping")
        unknown = set(map(str, value)) - allowed
        if unknown:
            raise self.fail(
                where, f"unknown field(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(allowed))})"
            )
        missing = required - set(map(str, value))
        if missing:
            raise self.fail(where, f"missing field(s) {', '.join(sorted(missing))}")
        return value

    def text(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "expected non-empty text")
        return " ".join(value.split())

    def flag(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(where, "expected true or false")
        return value

    def items(self, value: Any, where: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(where, "expected a list")
        return value

    def words(self, value: Any, where: str) -> tuple[str, ...]:
        # YAML reads a bare 2011 as a number; a topic word is text either way.
        items = self.items(value, where)
        return tuple(self.text(str(v) if isinstance(v, int) else v, f"{where}[{i}]") for i, v in enumerate(items))

    def source(self, value: Any, where: str) -> PublicSource:
        raw = self.mapping(value, where, {"title", "url"}, {"title", "url"})
        url = self.text(raw["url"], f"{where}.url")
        if not is_safe_url(url):
            raise self.fail(f"{where}.url", f"{url!r} is not an http(s) address")
        return PublicSource(self.text(raw["title"], f"{where}.title"), url)

    def day(self, value: Any, where: str) -> str:
        # YAML reads a bare 2016-09-19 as a date; quoted, it is text. Either is fine.
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value.isoformat()
        try:
            return dt.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise self.fail(where, f"{value!r} is not a day written as YYYY-MM-DD") from None

    def event(self, value: Any, where: str) -> ContextEvent:
        raw = self.mapping(value, where, {"date", "event", "actors"}, {"date", "event"})
        actors = self.words(raw.get("actors", ["others"]), f"{where}.actors") or ("others",)
        return ContextEvent(self.day(raw["date"], f"{where}.date"), self.text(raw["event"], f"{where}.event"), actors)

    def point(self, value: Any, where: str) -> Point:
        raw = self.mapping(value, where, {"text", "cite"}, {"text", "cite"})
        cites = []
        for i, cite in enumerate(self.items(raw["cite"], f"{where}.cite")):
            c = self.mapping(cite, f"{where}.cite[{i}]", {"seed", "quote"}, {"seed", "quote"})
            quote = self.text(c["quote"], f"{where}.cite[{i}].quote")
            cites.append(Selector(str(c["seed"]), quote, self.label, f"{where}.cite[{i}]"))
        if not cites:
            raise self.fail(f"{where}.cite", "a point needs at least one citation")
        text = self.text(raw["text"], f"{where}.text")
        if "{" in text.replace(OUTLETS, ""):
            raise self.fail(f"{where}.text", f"the only placeholder a point may hold is {OUTLETS}")
        return Point(text, tuple(cites))

    def points(self, value: Any, where: str) -> tuple[Point, ...]:
        return tuple(self.point(v, f"{where}[{i}]") for i, v in enumerate(self.items(value, where)))


def _load_yaml(path: Path, label: str) -> Any:
    if not path.exists():
        raise EditorialError(label, "file not found")
    return parse_yaml(read_text(path, label, EditorialError), label, EditorialError)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------

PAGE_FIELDS = {"title", "intro", "topics", "sections", "context"}


def load_pages(path: Path, label: str) -> dict[str, PageSpec]:
    """``editorial/pages.yml``: one entry per generated page, keyed by page id."""
    read = _Reader(label)
    data = _load_yaml(path, label)
    if not isinstance(data, Mapping):
        raise read.fail("top level", "expected a mapping from page id to its page")
    pages = {}
    for page_id, raw in data.items():
        where = str(page_id)
        page = read.mapping(raw, where, PAGE_FIELDS, {"title", "intro"})
        sections = []
        for i, section in enumerate(read.items(page.get("sections"), f"{where}.sections")):
            s = read.mapping(section, f"{where}.sections[{i}]", {"heading", "points"}, {"heading", "points"})
            heading = read.text(s["heading"], f"{where}.sections[{i}].heading")
            sections.append(Section(heading, read.points(s["points"], f"{where}.sections[{i}].points")))
        context = []
        for i, note in enumerate(read.items(page.get("context"), f"{where}.context")):
            n = read.mapping(note, f"{where}.context[{i}]", {"text", "sources", "cite", "events"}, {"text", "sources"})
            sources = tuple(
                read.source(s, f"{where}.context[{i}].sources[{j}]")
                for j, s in enumerate(read.items(n["sources"], f"{where}.context[{i}].sources"))
            )
            if not sources:
                raise read.fail(f"{where}.context[{i}].sources", "context needs at least one public source")
            cites = (
                read.point({"text": n["text"], "cite": n["cite"]}, f"{where}.context[{i}]").cites if "cite" in n else ()
            )
            events = tuple(
                read.event(e, f"{where}.context[{i}].events[{j}]")
                for j, e in enumerate(read.items(n.get("events"), f"{where}.context[{i}].events"))
            )
            context.append(ContextNote(read.text(n["text"], f"{where}.context[{i}].text"), sources, cites, events))
        pages[where] = PageSpec(
            id=where,
            title=read.text(page["title"], f"{where}.title"),
            intro=read.text(page["intro"], f"{where}.intro"),
            topics=read.words(page.get("topics"), f"{where}.topics"),
            sections=tuple(sections),
            context=tuple(context),
        )
    return pages


def load_parties(path: Path, label: str) -> tuple[Party, ...]:
    """``editorial/parties.yml``: the sides, in the order the claims page shows them."""
    read = _Reader(label)
    parties = []
    for i, raw in enumerate(read.items(_load_yaml(path, label), "top level")):
        where = f"parties[{i}]"
        p = read.mapping(raw, where, {"id", "name", "patterns"}, {"id", "name", "patterns"})
        parties.append(
            Party(
                read.text(p["id"], f"{where}.id"),
                read.text(p["name"], f"{where}.name"),
                read.words(p["patterns"], f"{where}.patterns"),
            )
        )
    return tuple(parties)


def load_questions(path: Path, label: str) -> tuple[Question, ...]:
    """``editorial/questions.yml``: the contested questions, in page order."""
    read = _Reader(label)
    questions = []
    fields = {"id", "title", "intro", "topics", "agreed", "disputed"}
    for i, raw in enumerate(read.items(_load_yaml(path, label), "top level")):
        q = read.mapping(raw, f"questions[{i}]", fields, {"id", "title", "intro", "topics"})
        where = f"question '{q['id']}'"
        questions.append(
            Question(
                id=read.text(q["id"], f"{where}.id"),
                title=read.text(q["title"], f"{where}.title"),
                intro=read.text(q["intro"], f"{where}.intro"),
                topics=read.words(q["topics"], f"{where}.topics"),
                agreed=read.points(q.get("agreed"), f"{where}.agreed"),
                disputed=read.points(q.get("disputed"), f"{where}.disputed"),
            )
        )
    return tuple(questions)


@dataclass(frozen=True)
class ActorLabel:
    label: str
    loaded: bool


@dataclass(frozen=True)
class ActorLabels:
    """The phrases articles use for one actor (``editorial/labels.yml``)."""

    actor: str
    labels: tuple[ActorLabel, ...]


def load_labels(path: Path, label: str) -> tuple[ActorLabels, ...]:
    """``editorial/labels.yml``: actors and the labels to count for each."""
    read = _Reader(label)
    actors = []
    for i, raw in enumerate(read.items(_load_yaml(path, label), "top level")):
        a = read.mapping(raw, f"actors[{i}]", {"actor", "labels"}, {"actor", "labels"})
        where = f"actor '{a['actor']}'"
        labels = []
        for j, item in enumerate(read.items(a["labels"], f"{where}.labels")):
            entry = read.mapping(item, f"{where}.labels[{j}]", {"label", "loaded"}, {"label"})
            loaded = read.flag(entry.get("loaded", False), f"{where}.labels[{j}].loaded")
            labels.append(ActorLabel(read.text(entry["label"], f"{where}.labels[{j}].label"), loaded))
        actors.append(ActorLabels(read.text(a["actor"], f"{where}.actor"), tuple(labels)))
    return tuple(actors)


@dataclass(frozen=True)
class Exercise:
    """A question students answer from the articles, with a cited answer."""

    id: str
    question: str
    skill: str
    answer: tuple[Point, ...]

    @property
    def answer_cites(self) -> tuple[Selector, ...]:
        return tuple(c for point in self.answer for c in point.cites)


def load_exercises(path: Path, label: str) -> tuple[Exercise, ...]:
    """``editorial/exercises.yml``: the exercises of the learn page, in order."""
    read = _Reader(label)
    exercises = []
    for i, raw in enumerate(read.items(_load_yaml(path, label), "top level")):
        fields = {"id", "question", "skill", "answer"}
        e = read.mapping(raw, f"exercises[{i}]", fields, fields)
        where = f"exercise '{e['id']}'"
        answer = read.points(e["answer"], f"{where}.answer")
        if not answer:
            raise read.fail(f"{where}.answer", "an exercise needs a cited answer")
        exercises.append(
            Exercise(
                id=read.text(e["id"], f"{where}.id"),
                question=read.text(e["question"], f"{where}.question"),
                skill=read.text(e["skill"], f"{where}.skill"),
                answer=answer,
            )
        )
    return tuple(exercises)


#: Where a place's label goes, relative to its marker on the locator map.
LABEL_SIDES = ("right", "left", "above", "below")


@dataclass(frozen=True)
class Place:
    """A place the locator map marks, and the public page its coordinates come from."""

    id: str
    label: str
    #: The glossary entry that lists the place's spellings (the map's text alternative names them).
    glossary: str
    lon: float
    lat: float
    capital: bool
    label_side: str
    source: PublicSource


def _coordinate(read: _Reader, value: Any, where: str, limit: float) -> float:
    # YAML reads 36.29 as a float and 36 as an int; True is an int too, so refuse it first.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise read.fail(where, f"expected a number of degrees, got {value!r}")
    if not -limit <= value <= limit:
        raise read.fail(where, f"{value} is not between -{limit:g} and {limit:g} degrees")
    return float(value)


def load_places(path: Path, label: str, glossary_ids: Collection[str]) -> tuple[Place, ...]:
    """``editorial/places.yml``: the places the locator map marks, in drawing order.

    Each place names its glossary entry, so a spelling added to the glossary reaches
    the map's description, and the public page its coordinates come from. The entry
    must exist unless the glossary is empty (a site built without one).
    """
    read = _Reader(label)
    places: list[Place] = []
    fields = {"id", "label", "glossary", "lon", "lat", "capital", "label_side", "source"}
    for i, raw in enumerate(read.items(_load_yaml(path, label), "top level")):
        p = read.mapping(raw, f"places[{i}]", fields, fields - {"capital", "label_side"})
        where = f"place '{p['id']}'"
        place_id = read.text(p["id"], f"{where}.id")
        if any(place.id == place_id for place in places):
            raise read.fail(where, "duplicate id")
        glossary = read.text(p["glossary"], f"{where}.glossary")
        # An empty glossary switches spellings (and tooltips) off; otherwise the entry must exist.
        if glossary_ids and glossary not in glossary_ids:
            raise read.fail(f"{where}.glossary", f"no glossary entry with id '{glossary}'")
        capital = read.flag(p.get("capital", False), f"{where}.capital")
        side = p.get("label_side", LABEL_SIDES[0])
        if side not in LABEL_SIDES:
            raise read.fail(f"{where}.label_side", f"{side!r} is not one of {', '.join(LABEL_SIDES)}")
        places.append(
            Place(
                id=place_id,
                label=read.text(p["label"], f"{where}.label"),
                glossary=glossary,
                lon=_coordinate(read, p["lon"], f"{where}.lon", 180),
                lat=_coordinate(read, p["lat"], f"{where}.lat", 90),
                capital=capital,
                label_side=side,
                source=read.source(p["source"], f"{where}.source"),
            )
        )
    return tuple(places)


# ---------------------------------------------------------------------------
# The teacher's brief and the names of measures
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Position:
    """One side's position on a contested question, in one line.

    Either cited from the articles (``cites``) or context from outside them
    (``sources``), which the brief marks as such.
    """

    party: str
    text: str
    cites: tuple[Selector, ...] = ()
    sources: tuple[PublicSource, ...] = ()


@dataclass(frozen=True)
class Discussion:
    """A question for the class and the exercises (ids) that prepare it."""

    question: str
    exercises: tuple[str, ...]


@dataclass(frozen=True)
class BriefSpec:
    """``editorial/brief.yml``: what the teacher's brief adds to the other editorial data."""

    positions: dict[str, tuple[Position, ...]]  # question id -> positions, in party order
    discussion: tuple[Discussion, ...]


def load_brief(
    path: Path, label: str, *, questions: Collection[str], parties: Collection[str], exercises: Collection[str]
) -> BriefSpec:
    """``editorial/brief.yml``: each side's position per question, and the discussion questions.

    Question, party and exercise ids must exist, so a renamed id fails the build
    instead of silently dropping a line from the brief.
    """
    read = _Reader(label)
    data = read.mapping(_load_yaml(path, label), "top level", {"positions", "discussion"}, {"positions", "discussion"})
    positions: dict[str, tuple[Position, ...]] = {}
    raw_positions = data["positions"]
    if not isinstance(raw_positions, Mapping):
        raise read.fail("positions", "expected a mapping from question id to positions")
    for question, items in raw_positions.items():
        where = f"positions.{question}"
        if str(question) not in questions:
            raise read.fail(where, f"no question with id '{question}' in questions.yml")
        found = []
        for i, raw in enumerate(read.items(items, where)):
            w = f"{where}[{i}]"
            p = read.mapping(raw, w, {"party", "text", "cite", "sources"}, {"party", "text"})
            party = read.text(p["party"], f"{w}.party")
            if party not in parties:
                raise read.fail(f"{w}.party", f"no party with id '{party}' in parties.yml")
            if ("cite" in p) == ("sources" in p):
                raise read.fail(w, "give either 'cite' (article words) or 'sources' (context), not both or neither")
            if "cite" in p:
                cites = read.point({"text": p["text"], "cite": p["cite"]}, w).cites
                found.append(Position(party, read.text(p["text"], f"{w}.text"), cites=cites))
            else:
                sources = tuple(read.source(s, f"{w}.sources[{j}]") for j, s in enumerate(read.items(p["sources"], w)))
                if not sources:
                    raise read.fail(f"{w}.sources", "context needs at least one public source")
                found.append(Position(party, read.text(p["text"], f"{w}.text"), sources=sources))
        positions[str(question)] = tuple(found)
    discussion = []
    for i, raw in enumerate(read.items(data["discussion"], "discussion")):
        w = f"discussion[{i}]"
        d = read.mapping(raw, w, {"question", "exercises"}, {"question", "exercises"})
        ids = read.words(d["exercises"], f"{w}.exercises")
        for exercise in ids:
            if exercise not in exercises:
                raise read.fail(f"{w}.exercises", f"no exercise with id '{exercise}' in exercises.yml")
        discussion.append(Discussion(read.text(d["question"], f"{w}.question"), ids))
    return BriefSpec(positions, tuple(discussion))


def load_measure_names(path: Path, label: str, measures: Collection[str]) -> dict[str, str]:
    """``editorial/measures.yml``: what readers call each measure ("people killed").

    Every measure of the extraction vocabulary needs a name, so a new measure
    cannot reach a page under its internal key.
    """
    read = _Reader(label)
    data = read.mapping(_load_yaml(path, label), "top level", set(measures), set(measures))
    return {str(key): read.text(value, str(key)) for key, value in data.items()}
