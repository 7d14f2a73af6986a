"""When two reports are the same real-world event, so that the graph holds it once.

Two event reports are one event when they have the same type, the same precise date
(day or finer: "a statement by Trump in 2019" is many events, not one) and compatible
actors: they share an acting (source) actor, or, where either names no source, any actor.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ingest.model import Event

MERGEABLE_GRANULARITIES = frozenset({"day", "time"})


@dataclass(frozen=True)
class EventKey:
    """What decides identity: type, date value and actor ids by role."""

    type: str
    date_value: str
    sources: frozenset[str]
    others: frozenset[str]

    @property
    def actors(self) -> frozenset[str]:
        return self.sources | self.others


def event_key(event: Event) -> EventKey | None:
    """The identity key of a mergeable event; None for events that stay per document."""
    if not event.date.value or event.date.granularity not in MERGEABLE_GRANULARITIES:
        return None
    if not event.participants:
        return None
    sources = frozenset(p.actor.id for p in event.participants if p.role == "source")
    others = frozenset(p.actor.id for p in event.participants if p.role != "source")
    return EventKey(event.type, event.date.value, sources, others)


def same_event(a: EventKey, b: EventKey) -> bool:
    """Same type and date, and the actors overlap where it matters (see module doc)."""
    if (a.type, a.date_value) != (b.type, b.date_value):
        return False
    if a.sources and b.sources:
        return bool(a.sources & b.sources)
    return bool(a.actors & b.actors)


def overlap(a: EventKey, b: EventKey) -> int:
    """How strongly two same-event keys agree: shared actors, sources counted twice."""
    return 2 * len(a.sources & b.sources) + len(a.actors & b.actors)


def new_event_id(doc_id: str, event: Event) -> str:
    """A fresh graph id for an event that matches nothing stored yet; deterministic."""
    return f"ev:{hashlib.sha1(f'{doc_id}|{event.id}'.encode('utf-8')).hexdigest()[:20]}"


def assign_event_ids(
    reports: list[tuple[str, Event]], stored: dict[tuple[str, str], list[tuple[str, EventKey]]]
) -> list[str]:
    """Graph ids for a batch of (doc_id, event) reports.

    ``stored`` maps (type, date_value) to the keys of events already in the graph (from
    other documents: a re-ingested document's own reports are removed first). A report
    joins the stored or earlier-in-batch event it overlaps most, unless that event already
    has a report from the same document: the extractor keeps two events of one article
    apart on purpose. Otherwise it starts a new one, which later reports may join.
    """
    known: dict[tuple[str, str], list[tuple[str, EventKey, set[str]]]] = {
        pair: [(graph_id, key, set()) for graph_id, key in entries]
        for pair, entries in stored.items()
    }
    ids = []
    for doc_id, event in reports:
        key = event_key(event)
        if key is None:
            ids.append(new_event_id(doc_id, event))
            continue
        entries = known.setdefault((key.type, key.date_value), [])
        candidates = [
            (overlap(key, other), graph_id, docs)
            for graph_id, other, docs in entries
            if doc_id not in docs and same_event(key, other)
        ]
        if candidates:
            _, graph_id, docs = max(candidates, key=lambda c: c[:2])
            docs.add(doc_id)
        else:
            graph_id = new_event_id(doc_id, event)
            entries.append((graph_id, key, {doc_id}))
        ids.append(graph_id)
    return ids
