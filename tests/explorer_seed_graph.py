"""A small graph for the explorer's tests: the seed's two key events, written by ingest.

The texts are our own sentences in the seed's manner; the events are given by hand so
that the explorer's tests do not depend on how well extraction does. They are written
with ingest.graph, so the graph has exactly the shape the real pipeline produces.
"""
from __future__ import annotations

from datetime import date

from ingest.graph import delete_documents, ensure_schema, write_extractions
from ingest.model import Actor, Document, Event, EventDate, Extraction, Participant

SLUTSKY = Actor("person:leonid-slutsky", "Leonid Slutsky", "PERSON")
DUMA = Actor("government:state-duma", "State Duma", "GOVERNMENT")
USA = Actor("country:USA", "United States", "COUNTRY")
TRUMP = Actor("person:donald-trump", "Donald Trump", "PERSON")

DE_SENTENCES = (
    "Die Staatsduma reagierte prompt auf die Entscheidung aus Washington.",
    "Leonid Slutsky antwortete am 17. November Ortszeit, dies führe zu einer schweren Eskalation.",
    "Trump wird im Januar nächsten Jahres sein Amt antreten.",
)
EN_SENTENCES = (
    "Moscow answered within hours.",
    "Leonid Slutsky responded on 17 November that the decision meant a severe escalation.",
)
DE_TEXT = " ".join(DE_SENTENCES)
EN_TEXT = " ".join(EN_SENTENCES)
DOC_IDS = ("test-explorer-de", "test-explorer-en")
DUMA_SUMMARY = "Leonid Slutsky warns the United States of a severe escalation"
TRUMP_SUMMARY = "Donald Trump takes office"


def _sentence(text: str, needle: str) -> tuple[int, int, str]:
    """The sentence holding `needle` (the texts are sentences joined by one space)."""
    at = text.index(needle)
    for sentence in DE_SENTENCES + EN_SENTENCES:
        start = text.find(sentence)
        if 0 <= start <= at < start + len(sentence):
            return start, start + len(sentence), sentence
    raise ValueError(needle)


def _event(doc: Document, local_id: str, type_: str, trigger: str, summary: str,
           when: EventDate, modality: str, participants) -> Event:
    start, end, sentence = _sentence(doc.text, trigger)
    t = doc.text.index(trigger)
    return Event(id=local_id, doc_id=doc.id, type=type_, trigger=trigger, trigger_start=t,
                 trigger_end=t + len(trigger), summary=summary, date=when, modality=modality,
                 participants=tuple(participants), evidence_start=start, evidence_end=end,
                 evidence_text=sentence, confidence=0.8)


def seed_extractions() -> list[Extraction]:
    de = Document(DOC_IDS[0], DE_TEXT, published=date(2024, 11, 18), lang="de",
                  title="Duma warnt vor Eskalation", source="Golden Ten Data (forwarded)",
                  url="https://example.org/duma-warnt")
    en = Document(DOC_IDS[1], EN_TEXT, published=date(2024, 11, 18), lang="en",
                  title="Moscow warns of escalation", source="Example Wire",
                  url="https://example.org/moscow-warns")
    day = EventDate("2024-11-17", date(2024, 11, 17), date(2024, 11, 17), "day")
    duma_roles = (Participant(SLUTSKY, "source"), Participant(DUMA, "participant"),
                  Participant(USA, "target"))
    return [
        Extraction(document=de, events=(
            _event(de, "e1", "statement", "antwortete", DUMA_SUMMARY, day, "asserted", duma_roles),
            _event(de, "e2", "take_office", "Amt antreten", TRUMP_SUMMARY,
                   EventDate("2025-01", date(2025, 1, 1), date(2025, 1, 31), "month"),
                   "planned", [Participant(TRUMP, "source")]),
        )),
        Extraction(document=en, events=(
            _event(en, "e1", "statement", "responded", DUMA_SUMMARY, day, "asserted", duma_roles),
        )),
    ]


def write_seed_graph(driver) -> None:
    ensure_schema(driver)
    result = write_extractions(driver, seed_extractions(), force=True)
    assert not result.failed, result.failed


def remove_seed_graph(driver) -> None:
    delete_documents(driver, DOC_IDS)
