"""Reports of one real-world event from several articles become one Event."""
from datetime import date

from ingest.event_identity import assign_event_ids, event_key
from ingest.model import Actor, Event, EventDate, Participant

TRUMP = Actor("person:donald-trump", "Donald Trump", "PERSON")
USA = Actor("country:USA", "United States", "COUNTRY")
IRAN = Actor("country:IRN", "Iran", "COUNTRY")
SOLEIMANI = Actor("person:qasem-soleimani", "Qasem Soleimani", "PERSON")
KHAMENEI = Actor("person:ali-khamenei", "Ali Khamenei", "PERSON")


def report(local_id, type_, value, granularity, *participants):
    start = date.fromisoformat(value) if granularity == "day" else None
    return Event(
        id=local_id, doc_id="", type=type_, trigger="", trigger_start=0, trigger_end=0,
        summary="", date=EventDate(value, start, start, granularity), modality="asserted",
        participants=tuple(Participant(actor, role) for actor, role in participants),
        evidence_start=0, evidence_end=0, evidence_text="",
    )


def test_german_and_english_reports_of_the_soleimani_strike_share_one_event():
    de = report("e1", "assault", "2020-01-03", "day", (USA, "source"), (SOLEIMANI, "target"))
    en = report("e7", "assault", "2020-01-03", "day", (USA, "source"), (IRAN, "target"),
                (SOLEIMANI, "target"))
    first, second = assign_event_ids([("wn-de-1", de), ("wn-en-9", en)], stored={})
    assert first == second


def test_different_sources_on_the_same_day_are_different_statements():
    trump = report("e1", "statement", "2020-01-03", "day", (TRUMP, "source"), (IRAN, "target"))
    khamenei = report("e2", "statement", "2020-01-03", "day", (KHAMENEI, "source"), (USA, "target"))
    first, second = assign_event_ids([("a", trump), ("b", khamenei)], stored={})
    assert first != second


def test_month_precise_events_are_never_merged():
    a = report("e1", "election", "2024-11", "month", (TRUMP, "source"))
    b = report("e1", "election", "2024-11", "month", (TRUMP, "source"))
    assert event_key(a) is None
    first, second = assign_event_ids([("doc-a", a), ("doc-b", b)], stored={})
    assert first != second


def test_a_new_report_joins_the_stored_event_it_overlaps_most():
    stored_key = event_key(report("x", "assault", "2020-01-03", "day", (USA, "source"),
                                  (SOLEIMANI, "target")))
    weaker_key = event_key(report("y", "assault", "2020-01-03", "day", (IRAN, "target")))
    stored = {("assault", "2020-01-03"): [("ev:weak", weaker_key), ("ev:strike", stored_key)]}
    new = report("e3", "assault", "2020-01-03", "day", (USA, "source"), (IRAN, "target"),
                 (SOLEIMANI, "target"))
    assert assign_event_ids([("wn-en-2", new)], stored) == ["ev:strike"]


def test_ids_are_the_same_on_every_run():
    event = report("e1", "take_office", "2025-01-20", "day", (TRUMP, "source"))
    assert assign_event_ids([("d", event)], {}) == assign_event_ids([("d", event)], {})


def test_two_statements_of_one_article_stay_two_events_even_on_the_same_day():
    first = report("e1", "statement", "2019-09-22", "day", (KHAMENEI, "source"))
    second = report("e2", "statement", "2019-09-22", "day", (KHAMENEI, "source"))
    other_paper = report("e5", "statement", "2019-09-22", "day", (KHAMENEI, "source"))
    ids = assign_event_ids([("a", first), ("a", second), ("b", other_paper)], stored={})
    assert ids[0] != ids[1]
    assert ids[2] == ids[0]
