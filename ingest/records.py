"""Extraction -> JSON records of the output contract (shared/bench/CONTRACT.md)."""
from __future__ import annotations

from datetime import date
from typing import Iterator

from ingest.model import Event, Extraction


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def extraction_records(extraction: Extraction) -> Iterator[dict]:
    """The document record, then its timex records, then its event records."""
    doc = extraction.document
    yield {
        "kind": "document",
        "doc_id": doc.id,
        "title": doc.title,
        "published": _iso(doc.published),
        "lang": doc.lang,
        "source": doc.source,
        "url": doc.url,
    }
    for t in extraction.timexes:
        yield {
            "kind": "timex",
            "doc_id": doc.id,
            "text": t.text,
            "start": t.start,
            "end": t.end,
            "type": t.type,
            "value": t.value,
            "mod": t.mod,
            "interval": [_iso(t.begin), _iso(t.end_date)],
        }
    for event in extraction.events:
        yield event_record(doc.id, event)


def event_record(doc_id: str, event: Event) -> dict:
    return {
        "kind": "event",
        "doc_id": doc_id,
        "event_id": event.id,
        "type": event.type,
        "trigger": event.trigger,
        "trigger_span": [event.trigger_start, event.trigger_end],
        "summary": event.summary,
        "date": {
            "value": event.date.value,
            "start": _iso(event.date.start),
            "end": _iso(event.date.end),
            "granularity": event.date.granularity,
            "mod": event.date.mod,
        },
        "modality": event.modality,
        "confidence": round(event.confidence, 3),
        "actors": [
            {"name": p.actor.name, "id": p.actor.id, "type": p.actor.type, "role": p.role}
            for p in event.participants
        ],
        "evidence": {
            "start": event.evidence_start,
            "end": event.evidence_end,
            "text": event.evidence_text,
        },
    }
