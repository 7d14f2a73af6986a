"""Ingest into the tests' own Neo4j: the seed's events by Cypher, idempotence, replacement."""
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from ingest.documents import load_paths
from ingest.graph import delete_documents, ensure_schema, write_extractions
from ingest.pipeline import extract

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_15baa7a1c58b67f2.txt"


@pytest.fixture
def seed_doc():
    [doc] = load_paths([SEED])
    return replace(doc, id=f"test-seed-{id(doc)}")  # ids of our own, never the user's


@pytest.fixture
def clean_graph(graph_driver):
    """Documents written by a test are removed again, with all they contributed."""
    written: list[str] = []
    ensure_schema(graph_driver)
    yield written
    delete_documents(graph_driver, written)


def counts(driver, doc_id):
    records, _, _ = driver.execute_query(
        "MATCH (d:Document {id: $id}) "
        "RETURN COUNT { (:Event)-[:REPORTED_IN]->(d) } AS reports, "
        "COUNT { (:Actor)-[:MENTIONED_IN]->(d) } AS mentioned",
        id=doc_id,
    )
    return records[0]["reports"], records[0]["mentioned"]


def test_seed_yields_the_duma_statement_on_17_november_with_slutsky(graph_driver, clean_graph, seed_doc):
    clean_graph.append(seed_doc.id)
    result = write_extractions(graph_driver, [extract(seed_doc)])
    assert result.written == [seed_doc.id]
    records, _, _ = graph_driver.execute_query(
        "MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event)-[r:REPORTED_IN]->(d:Document {id: $id}) "
        "WHERE toLower(a.name) CONTAINS 'slutsk' AND e.date_value = '2024-11-17' "
        "RETURN e.date_start AS start, e.date_end AS end, e.granularity AS granularity, "
        "r.sentence AS sentence, r.start AS s, r.end AS t, d.text AS text",
        id=seed_doc.id,
    )
    assert records, "no 2024-11-17 event with Slutsky"
    event = records[0]
    assert event["start"].to_native() == date(2024, 11, 17) == event["end"].to_native()
    assert event["granularity"] == "day"
    assert "Slutsky" in event["sentence"]
    assert event["text"][event["s"]:event["t"]] == event["sentence"]


def test_seed_yields_trump_taking_office_in_january_2025_as_planned(graph_driver, clean_graph, seed_doc):
    clean_graph.append(seed_doc.id)
    write_extractions(graph_driver, [extract(seed_doc)])
    records, _, _ = graph_driver.execute_query(
        "MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event)-[r:REPORTED_IN]->(:Document {id: $id}) "
        "WHERE a.name = 'Donald Trump' AND e.date_value = '2025-01' "
        "RETURN e.date_start AS start, e.date_end AS end, e.granularity AS granularity, "
        "e.modality AS modality, r.sentence AS sentence",
        id=seed_doc.id,
    )
    assert records, "no 2025-01 event with Donald Trump"
    event = records[0]
    assert (event["start"].to_native(), event["end"].to_native()) == (date(2025, 1, 1), date(2025, 1, 31))
    assert event["granularity"] == "month"
    assert event["modality"] in {"planned", "expected"}
    assert "im Januar nächsten Jahres" in event["sentence"]


def test_reingesting_the_same_document_changes_nothing(graph_driver, clean_graph, seed_doc):
    clean_graph.append(seed_doc.id)
    extraction = extract(seed_doc)
    write_extractions(graph_driver, [extraction])
    before = counts(graph_driver, seed_doc.id)
    again = write_extractions(graph_driver, [extraction])
    assert again.unchanged == [seed_doc.id] and again.written == []
    forced = write_extractions(graph_driver, [extraction], force=True)
    assert forced.written == [seed_doc.id]
    assert counts(graph_driver, seed_doc.id) == before
    assert before[0] >= 2


def test_a_changed_document_replaces_its_own_events(graph_driver, clean_graph, seed_doc):
    clean_graph.append(seed_doc.id)
    write_extractions(graph_driver, [extract(seed_doc)])
    shorter = replace(seed_doc, text=seed_doc.text.split("Ein Sprecher des Nationalen")[0])
    write_extractions(graph_driver, [extract(shorter)])
    records, _, _ = graph_driver.execute_query(
        "MATCH (e:Event)-[:REPORTED_IN]->(:Document {id: $id}) "
        "RETURN collect(e.date_value) AS dates",
        id=seed_doc.id,
    )
    assert "2024-11-17" not in records[0]["dates"]  # the Slutsky sentence is gone
    assert "2025-01" in records[0]["dates"]


def test_two_documents_reporting_the_same_day_event_share_one_event_node(graph_driver, clean_graph, seed_doc):
    copy = replace(seed_doc, id=seed_doc.id + "-copy")
    clean_graph.extend([seed_doc.id, copy.id])
    write_extractions(graph_driver, [extract(seed_doc), extract(copy)])
    records, _, _ = graph_driver.execute_query(
        "MATCH (e:Event {date_value: '2024-11-17'})-[:REPORTED_IN]->(d:Document) "
        "WHERE d.id IN $ids RETURN e.id AS id, e.mention_count AS n, count(d) AS docs",
        ids=[seed_doc.id, copy.id],
    )
    assert any(r["docs"] == 2 and r["n"] == 2 for r in records)
    delete_documents(graph_driver, [copy.id])
    records, _, _ = graph_driver.execute_query(
        "MATCH (e:Event {date_value: '2024-11-17'})-[:REPORTED_IN]->(d:Document {id: $id}) "
        "RETURN e.mention_count AS n",
        id=seed_doc.id,
    )
    assert records and all(r["n"] == 1 for r in records)


def test_a_failing_document_is_not_half_written_and_does_not_stop_the_batch(graph_driver, clean_graph, seed_doc):
    good = replace(seed_doc, id=seed_doc.id + "-good")
    # A property value Neo4j cannot store (a map inside a list) makes this document's write fail.
    bad_extraction = extract(replace(seed_doc, id=seed_doc.id + "-bad"))
    bad_extraction = replace(bad_extraction, document=replace(bad_extraction.document, source=[{"x": 1}]))
    clean_graph.extend([good.id, bad_extraction.document.id])
    result = write_extractions(graph_driver, [bad_extraction, extract(good)])
    assert result.written == [good.id]
    assert list(result.failed) == [bad_extraction.document.id]
    records, _, _ = graph_driver.execute_query(
        "OPTIONAL MATCH (d:Document {id: $id}) RETURN d IS NULL AS absent, "
        "COUNT { (:Event)-[:REPORTED_IN]->(:Document {id: $id}) } AS reports",
        id=bad_extraction.document.id,
    )
    assert records[0]["absent"] and records[0]["reports"] == 0
