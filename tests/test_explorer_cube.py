"""The counts cube: what the timeline's overview adds up per zoom, without Neo4j."""
from datetime import date

from explorer.cube import EventCube
from explorer.queries import bin_end


def cell(start, end, type_="statement", modality="asserted", n=1):
    return {"start": start, "end": end, "type": type_, "modality": modality, "n": n}


CUBE = EventCube.from_rows([
    cell(date(2024, 11, 17), date(2024, 11, 17), n=2),                      # Slutsky, twice
    cell(date(2024, 11, 18), date(2024, 11, 18), "meeting"),
    cell(date(2025, 1, 1), date(2025, 1, 31), "take_office", "planned"),    # month: 2025-01
    cell(date(2024, 1, 1), date(2024, 12, 31), "election", "expected"),     # year: 2024
], undated=[{"type": "statement", "modality": "reported", "n": 5}])


def test_a_range_counts_every_event_whose_span_overlaps_it():
    assert CUBE.count(date(2024, 11, 17), date(2024, 11, 17)) == 3  # 2 statements + the year
    assert CUBE.count(date(2025, 1, 20), date(2025, 2, 1)) == 1     # inside January 2025


def test_a_year_long_span_that_began_long_before_the_range_is_still_counted():
    assert CUBE.count(date(2024, 12, 30), date(2024, 12, 31), types=["election"]) == 1


def test_types_and_modalities_narrow_the_count():
    assert CUBE.count(types=["statement", "meeting"]) == 3
    assert CUBE.count(modalities=["planned"]) == 1
    assert CUBE.count(types=["statement"], modalities=["planned"]) == 0


def test_undated_events_are_counted_apart():
    assert CUBE.count() == 5 and CUBE.count_undated() == 5
    assert CUBE.count_undated(modalities=["asserted"]) == 0


def test_bins_count_per_type_and_period_of_the_start_day():
    bins = CUBE.bins(date(2024, 11, 1), date(2025, 1, 31), "month", bin_end=bin_end)
    assert [(b.bin_start, b.bin_end, b.lane, b.count) for b in bins] == [
        (date(2024, 1, 1), date(2024, 2, 1), "election", 1),
        (date(2024, 11, 1), date(2024, 12, 1), "meeting", 1),
        (date(2024, 11, 1), date(2024, 12, 1), "statement", 2),
        (date(2025, 1, 1), date(2025, 2, 1), "take_office", 1),
    ]


def test_weeks_start_on_monday_as_in_cypher_date_truncate():
    [b] = CUBE.bins(date(2024, 11, 17), date(2024, 11, 17), "week", types=["statement"],
                    bin_end=bin_end)
    assert (b.bin_start, b.bin_start.weekday(), b.count) == (date(2024, 11, 11), 0, 2)
