"""The write side of the graph: schema and idempotent, transactional document writes.

This is the only module with write Cypher. The model (see README "Graph model"):

    (:Actor)-[:PARTICIPATED_IN {role}]->(:Event)-[:REPORTED_IN {sentence, start, end, ...}]->(:Document)
    (:Actor)-[:MENTIONED_IN {count}]->(:Document)

Each document is written in one transaction together with the other documents of its
batch; if a batch fails, its documents are retried one transaction each so that one bad
document neither loses the others nor leaves half of itself behind.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence

from neo4j import Driver, ManagedTransaction

from ingest.documents import content_hash
from ingest.fingerprint import extractor_fingerprint
from ingest.event_identity import EventKey, assign_event_ids, event_key
from ingest.model import Event, Extraction

SCHEMA = (
    "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
    "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE",
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
    "CREATE INDEX event_date_start IF NOT EXISTS FOR (e:Event) ON (e.date_start)",
    "CREATE INDEX event_date_end IF NOT EXISTS FOR (e:Event) ON (e.date_end)",
    "CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type)",
    "CREATE INDEX event_modality IF NOT EXISTS FOR (e:Event) ON (e.modality)",
    "CREATE INDEX event_identity IF NOT EXISTS FOR (e:Event) ON (e.type, e.date_value)",
    # the explorer's events of some types (or modalities) in a date range
    "CREATE INDEX event_type_date IF NOT EXISTS FOR (e:Event) ON (e.type, e.date_start)",
    "CREATE INDEX event_modality_date IF NOT EXISTS FOR (e:Event) ON (e.modality, e.date_start)",
    "CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)",
    "CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.published)",
    "CREATE FULLTEXT INDEX event_text IF NOT EXISTS FOR (e:Event) ON EACH [e.summary]",
    # the explorer's word search reads both: summaries and the sentences that report them
    "CREATE FULLTEXT INDEX report_sentence IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() "
    "ON EACH [r.sentence]",
)

#: How long ensure_schema waits for new indexes to be filled (a new full-text index over
#: a million relationships takes about a minute).
INDEX_WAIT_S = 600

#: Schema-less first writes make Neo4j warn about property keys it has not seen yet;
#: those warnings are noise for a writer that creates them.
QUIET = {"notifications_min_severity": "OFF"}

def ensure_schema(driver: Driver) -> None:
    """Create constraints and indexes if they are missing; safe to call at every start."""
    with driver.session(**QUIET) as session:
        for statement in SCHEMA:
            session.run(statement).consume()
        # A new index fills in the background; queries wanting it wait until it is online.
        session.run("CALL db.awaitIndexes($seconds)", seconds=INDEX_WAIT_S).consume()


@dataclass
class WriteResult:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    events: int = 0


def _document_row(extraction: Extraction) -> dict:
    doc = extraction.document
    return {
        "id": doc.id,
        "props": {
            "title": doc.title,
            "published": doc.published,
            "lang": doc.lang,
            "source": doc.source,
            "url": doc.url,
            "text": doc.text,
            "char_count": len(doc.text),
            "content_hash": content_hash(doc),
            "extractor_version": extractor_fingerprint(),
        },
    }


def _event_rows(extraction: Extraction, graph_ids: Iterator[str]) -> list[dict]:
    doc_id = extraction.document.id
    rows = []
    for event in extraction.events:
        rows.append({
            "id": next(graph_ids),
            "doc_id": doc_id,
            "props": {
                "type": event.type,
                "trigger": event.trigger,
                "summary": event.summary,
                "date_value": event.date.value,
                "date_start": event.date.start,
                "date_end": event.date.end,
                "granularity": event.date.granularity,
                "date_mod": event.date.mod,
                "modality": event.modality,
                "confidence": event.confidence,
            },
            "report": {
                "sentence": event.evidence_text,
                "start": event.evidence_start,
                "end": event.evidence_end,
                "trigger": event.trigger,
                "trigger_start": event.trigger_start,
                "trigger_end": event.trigger_end,
                "modality": event.modality,
                "local_id": event.id,
            },
            "participants": [
                {"id": p.actor.id, "name": p.actor.name, "type": p.actor.type, "role": p.role}
                for p in event.participants
            ],
        })
    return rows


def _mention_rows(extraction: Extraction) -> list[dict]:
    counts = Counter(m.actor for m in extraction.mentions)
    return [
        {"doc_id": extraction.document.id, "id": a.id, "name": a.name, "type": a.type, "count": n}
        for a, n in counts.items()
    ]


def _stored_versions(tx: ManagedTransaction, ids: list[str]) -> dict[str, tuple[str, str]]:
    result = tx.run(
        "MATCH (d:Document) WHERE d.id IN $ids "
        "RETURN d.id AS id, d.content_hash AS hash, d.extractor_version AS version",
        ids=ids,
    )
    return {r["id"]: (r["hash"], r["version"]) for r in result}


def _stored_event_keys(
    tx: ManagedTransaction, reports: list[tuple[str, Event]]
) -> dict[tuple[str, str], list[tuple[str, EventKey]]]:
    """Keys of stored events that new reports could be the same as (same type and date)."""
    pairs = sorted({(k.type, k.date_value) for _, e in reports if (k := event_key(e))})
    result = tx.run(
        "UNWIND $pairs AS p "
        "MATCH (x:Event {type: p[0], date_value: p[1]}) "
        "OPTIONAL MATCH (a:Actor)-[r:PARTICIPATED_IN]->(x) "
        "RETURN x.id AS id, x.type AS type, x.date_value AS value, "
        "collect(a.id) AS actors, collect(CASE r.role WHEN 'source' THEN a.id END) AS sources",
        pairs=[list(p) for p in pairs],
    )
    stored: dict[tuple[str, str], list[tuple[str, EventKey]]] = {}
    for r in result:
        sources = frozenset(r["sources"])
        key = EventKey(r["type"], r["value"], sources, frozenset(r["actors"]) - sources)
        stored.setdefault((r["type"], r["value"]), []).append((r["id"], key))
    return stored


def _remove_documents(tx: ManagedTransaction, ids: list[str]) -> list[str]:
    """Take back everything these documents contributed; events only they reported go.

    Returns the ids of the actors that were linked to them, to be checked for orphans.
    """
    actor_ids = tx.run(
        "MATCH (d:Document) WHERE d.id IN $ids "
        "CALL (d) { "
        "  MATCH (a:Actor)-[:MENTIONED_IN]->(d) RETURN a.id AS actor "
        "  UNION "
        "  MATCH (a:Actor)-[:PARTICIPATED_IN]->(:Event)-[:REPORTED_IN]->(d) RETURN a.id AS actor "
        "} "
        "RETURN collect(DISTINCT actor) AS actors",
        ids=ids,
    ).single()["actors"]
    tx.run(
        "MATCH (:Actor)-[m:MENTIONED_IN]->(d:Document) WHERE d.id IN $ids DELETE m",
        ids=ids,
    ).consume()
    event_ids = tx.run(
        "MATCH (e:Event)-[r:REPORTED_IN]->(d:Document) WHERE d.id IN $ids "
        "DELETE r RETURN collect(DISTINCT e.id) AS events",
        ids=ids,
    ).single()["events"]
    tx.run(
        "UNWIND $ids AS id MATCH (e:Event {id: id}) "
        "WHERE NOT (e)-[:REPORTED_IN]->() DETACH DELETE e",
        ids=event_ids,
    ).consume()
    _count_mentions(tx, event_ids)
    return actor_ids


def _write_batch(tx: ManagedTransaction, extractions: Sequence[Extraction]) -> None:
    ids = [x.document.id for x in extractions]
    touched_actors = _remove_documents(tx, ids)
    tx.run(
        "UNWIND $docs AS d MERGE (doc:Document {id: d.id}) SET doc += d.props",
        docs=[_document_row(x) for x in extractions],
    ).consume()
    reports = [(x.document.id, event) for x in extractions for event in x.events]
    graph_ids = iter(assign_event_ids(reports, _stored_event_keys(tx, reports)))
    events = [row for x in extractions for row in _event_rows(x, graph_ids)]
    tx.run(
        "UNWIND $events AS e "
        "MERGE (ev:Event {id: e.id}) ON CREATE SET ev += e.props "
        "WITH ev, e "
        "MATCH (doc:Document {id: e.doc_id}) "
        "CREATE (ev)-[r:REPORTED_IN]->(doc) SET r += e.report "
        "WITH ev, e "
        "UNWIND e.participants AS p "
        "MERGE (a:Actor {id: p.id}) ON CREATE SET a.name = p.name, a.type = p.type "
        "MERGE (a)-[pi:PARTICIPATED_IN {role: p.role}]->(ev)",
        events=events,
    ).consume()
    _count_mentions(tx, sorted({e["id"] for e in events}))
    tx.run(
        "UNWIND $mentions AS m "
        "MERGE (a:Actor {id: m.id}) ON CREATE SET a.name = m.name, a.type = m.type "
        "WITH a, m MATCH (doc:Document {id: m.doc_id}) "
        "MERGE (a)-[r:MENTIONED_IN]->(doc) SET r.count = m.count",
        mentions=[row for x in extractions for row in _mention_rows(x)],
    ).consume()
    _remove_orphan_actors(tx, touched_actors)


def _count_mentions(tx: ManagedTransaction, event_ids: list[str]) -> None:
    tx.run(
        "UNWIND $ids AS id MATCH (e:Event {id: id}) "
        "SET e.mention_count = COUNT { (e)-[:REPORTED_IN]->() }",
        ids=event_ids,
    ).consume()


def _remove_orphan_actors(tx: ManagedTransaction, actor_ids: list[str]) -> None:
    tx.run(
        "UNWIND $ids AS id MATCH (a:Actor {id: id}) WHERE NOT (a)--() DELETE a",
        ids=actor_ids,
    ).consume()


def write_extractions(
    driver: Driver, extractions: Sequence[Extraction], force: bool = False
) -> WriteResult:
    """Write a batch of documents; unchanged documents (same text, same extractor) are skipped."""
    result = WriteResult()
    if not extractions:
        return result
    with driver.session(**QUIET) as session:
        stored = session.execute_read(_stored_versions, [x.document.id for x in extractions])
        todo = []
        for x in extractions:
            if not force and stored.get(x.document.id) == (content_hash(x.document), extractor_fingerprint()):
                result.unchanged.append(x.document.id)
            else:
                todo.append(x)
        if not todo:
            return result
        try:
            session.execute_write(_write_batch, todo)
            result.written.extend(x.document.id for x in todo)
            result.events += sum(len(x.events) for x in todo)
        except Exception as batch_error:  # isolate the failing document(s)
            if len(todo) == 1:
                result.failed[todo[0].document.id] = _describe(batch_error)
                return result
            for x in todo:
                try:
                    session.execute_write(_write_batch, [x])
                    result.written.append(x.document.id)
                    result.events += len(x.events)
                except Exception as error:  # noqa: BLE001 - reported per document
                    result.failed[x.document.id] = _describe(error)
    return result


def delete_documents(driver: Driver, ids: Iterable[str]) -> None:
    """Remove documents and everything only they contributed."""
    ids = list(ids)

    def work(tx: ManagedTransaction) -> None:
        touched_actors = _remove_documents(tx, ids)
        tx.run("MATCH (d:Document) WHERE d.id IN $ids DETACH DELETE d", ids=ids).consume()
        _remove_orphan_actors(tx, touched_actors)

    with driver.session(**QUIET) as session:
        session.execute_write(work)


def _describe(error: Exception) -> str:
    message = getattr(error, "message", None) or str(error)
    return f"{type(error).__name__}: {message}".splitlines()[0]
