"""What the read queries return: plain, typed records with Python dates, no driver types.

queries.py turns Neo4j records into these; figures.py turns these into figures. Neither
side needs the other to be tested.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class ActorRef:
    id: str
    name: str
    type: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class TimelineEvent:
    """One Event node as the timeline draws it: a point (day) or a span (vaguer)."""

    id: str
    type: str
    summary: str
    date_value: str | None
    date_start: date
    date_end: date
    granularity: str | None
    modality: str
    confidence: float = 0.5
    actors: tuple[ActorRef, ...] = ()
    mention_count: int = 1

    @property
    def is_point(self) -> bool:
        """Day-precise (or finer) events are points; anything vaguer is drawn as its span."""
        return self.granularity in (None, "day", "time") and self.date_start == self.date_end


@dataclass(frozen=True)
class TimelineBin:
    """How many events of one lane start within one bin (for many-event overviews)."""

    bin_start: date
    bin_end: date  # exclusive
    lane: str
    count: int


@dataclass(frozen=True)
class ActorNode:
    id: str
    name: str
    type: str | None
    event_count: int


@dataclass(frozen=True)
class ActorEdge:
    source: str
    target: str
    event_types: tuple[str, ...]
    weight: int
    directed: bool  # True when the source actor was the source of at least one event


@dataclass(frozen=True)
class Report:
    """Where one document reports an event: its evidence sentence and trigger offsets."""

    doc_id: str
    title: str | None
    source: str | None
    url: str | None
    published: date | None
    sentence: str
    start: int  # sentence offset in the document text
    end: int
    trigger: str | None
    trigger_start: int | None  # offsets in the document text
    trigger_end: int | None
    modality: str | None = None

    def sentence_parts(self) -> tuple[str, str, str]:
        """The sentence split around its trigger: (before, trigger, after).

        >>> Report("d", None, None, None, None, "Er antwortete sofort.", 100, 121,
        ...        "antwortete", 103, 113).sentence_parts()
        ('Er ', 'antwortete', ' sofort.')
        """
        if self.trigger_start is None or self.trigger_end is None:
            return (self.sentence, "", "")
        lo = self.trigger_start - self.start
        hi = self.trigger_end - self.start
        if not (0 <= lo <= hi <= len(self.sentence)):
            return (self.sentence, "", "")
        return (self.sentence[:lo], self.sentence[lo:hi], self.sentence[hi:])


@dataclass(frozen=True)
class EventDetail:
    id: str
    type: str
    summary: str
    trigger: str | None
    date_value: str | None
    date_start: date | None
    date_end: date | None
    granularity: str | None
    modality: str
    confidence: float
    actors: tuple[ActorRef, ...] = ()
    reports: tuple[Report, ...] = ()


@dataclass(frozen=True)
class GraphOverview:
    """How much the graph holds; the page uses it to say 'empty' plainly."""

    documents: int
    events: int
    dated_events: int
    actors: int
    first_date: date | None = None
    last_date: date | None = None

    @property
    def is_empty(self) -> bool:
        return self.events == 0


@dataclass(frozen=True)
class FilterOptions:
    """Choices for the filter panel, read from the graph."""

    actors: tuple[ActorNode, ...] = ()
    event_types: tuple[str, ...] = ()
    modalities: tuple[str, ...] = ()


@dataclass
class ConsoleResult:
    """A console query's outcome: a table, or Neo4j's own error message."""

    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    truncated: bool = False
    error: str | None = None
    elapsed_ms: float | None = None
