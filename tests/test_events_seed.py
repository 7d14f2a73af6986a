"""The seed article's two events that were named when the project was commissioned."""
from datetime import date
from pathlib import Path

import pytest

from ingest.model import Document
from ingest.pipeline import extract

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_15baa7a1c58b67f2.txt"


@pytest.fixture(scope="module")
def events():
    doc = Document(id="seed-000", text=SEED.read_text(encoding="utf-8"), published=date(2024, 11, 18), lang="de")
    return extract(doc).events


def actors(event):
    return {p.actor.name: p.role for p in event.participants}


def test_duma_statement_by_slutsky_is_dated_17_november(events):
    [e] = [e for e in events if e.trigger == "antwortete"]
    assert e.type == "statement"
    assert (e.date.value, e.date.start, e.date.end, e.date.granularity) == (
        "2024-11-17", date(2024, 11, 17), date(2024, 11, 17), "day")
    assert e.modality == "asserted"
    roles = actors(e)
    assert roles["Leonid Slutsky"] == "source"
    assert "State Duma" in roles and roles["United States"] == "target"
    assert e.evidence_text.startswith("Am 17. November Ortszeit antwortete")


def test_trump_taking_office_is_planned_for_january_2025(events):
    [e] = [e for e in events if e.type == "take_office"]
    assert (e.date.value, e.date.start, e.date.end, e.date.granularity) == (
        "2025-01", date(2025, 1, 1), date(2025, 1, 31), "month")
    assert e.modality == "planned"
    assert actors(e) == {"Donald Trump": "source"}
    assert e.evidence_text.startswith("Trump, der im Januar nächsten Jahres sein Amt antreten wird")


def test_sanctions_before_biden_leaves_office_are_expected_and_undated(events):
    [e] = [e for e in events if e.type == "sanction"]
    assert e.modality == "expected" and e.date.value is None
    assert {"United States", "North Korea"} <= set(actors(e))


def test_trump_election_win_is_dated_to_the_publication_month(events):
    [e] = [e for e in events if e.type == "election" and e.date.value]
    assert e.date.value == "2024-11" and "Donald Trump" in actors(e)


def test_evidence_offsets_point_into_the_document(events):
    text = SEED.read_text(encoding="utf-8")
    for e in events:
        assert text[e.evidence_start:e.evidence_end] == e.evidence_text
        assert text[e.trigger_start:e.trigger_end].split()[0] == e.trigger.split()[0]


def test_russian_lawmakers_statement_reported_by_tass_takes_the_narrative_day(events):
    [e] = [e for e in events if e.type == "statement" and "TASS" in {p.actor.name for p in e.participants}]
    assert (e.modality, e.date.value) == ("reported", "2024-11-17")
    assert {p.actor.name: p.role for p in e.participants}["TASS"] == "participant"


def test_north_korean_troops_sent_to_russia_is_reported_by_estimates_and_undated(events):
    [e] = [e for e in events if e.type == "deploy" and e.trigger == "geschickt"]
    assert (e.modality, e.date.value) == ("reported", None)
    assert {"Russia"} <= {p.actor.name for p in e.participants}
