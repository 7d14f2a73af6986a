"""Records that cross module lines: documents, sentences, timexes, actors, events.

All offsets are Python string indices into ``Document.text`` exactly as loaded, so
``doc.text[x.start:x.end] == x.text`` holds for every record that carries a span.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Document:
    """One news article as loaded from disk or JSON Lines."""

    id: str
    text: str
    published: date | None = None
    lang: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None  # where it was read from, for messages


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Timex:
    """A TIMEX3 temporal expression with its TimeML value and the interval it allows.

    ``value`` is a TimeML value (``2024-11-17``, ``2025-01``, ``2024-WI``, ``P3D``,
    ``PRESENT_REF``, ``XXXX-11-17`` ...). ``begin``/``end_date`` are the inclusive ISO
    bounds the value allows (None when it allows no calendar interval, e.g. durations).
    ``granularity`` is one of day, week, month, season, quarter, half, year, decade,
    century, time, or None.
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None  # TimeML mod: START, MID, END, APPROX, BEFORE, AFTER, ...
    begin: date | None = None
    end_date: date | None = None
    granularity: str | None = None


@dataclass(frozen=True)
class Actor:
    """A canonical actor: one node in the graph whatever language named it."""

    id: str  # stable id, e.g. "country:PRK", "person:leonid-slutsky"
    name: str  # canonical English name
    type: str  # PERSON | ORGANIZATION | COUNTRY | GOVERNMENT | LOCATION | GROUP


@dataclass(frozen=True)
class ActorMention:
    """Where the text names an actor."""

    start: int
    end: int
    text: str
    actor: Actor


@dataclass(frozen=True)
class EventDate:
    value: str | None  # TimeML value or None when undated
    start: date | None = None
    end: date | None = None
    granularity: str | None = None
    mod: str | None = None
    timex_start: int | None = None  # the timex the date came from, if any
    timex_end: int | None = None


@dataclass(frozen=True)
class Participant:
    actor: Actor
    role: str  # source | target | participant
    start: int | None = None  # the mention the actor was read from
    end: int | None = None


@dataclass(frozen=True)
class Event:
    """A dated (or undated) event read from one sentence of one document."""

    id: str  # stable: same document text and same event -> same id
    doc_id: str
    type: str  # event type from the taxonomy in ingest/events/data/types.yaml
    trigger: str
    trigger_start: int
    trigger_end: int
    summary: str
    date: EventDate
    modality: str  # asserted | reported | planned | expected | hypothetical | negated
    participants: tuple[Participant, ...]
    evidence_start: int
    evidence_end: int
    evidence_text: str
    confidence: float = 0.5


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    timexes: tuple[Timex, ...] = ()
    mentions: tuple[ActorMention, ...] = ()
    events: tuple[Event, ...] = field(default_factory=tuple)
