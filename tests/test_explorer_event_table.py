"""The event table: a search's hits counted and picked by range without Neo4j reading them."""
from datetime import date

from explorer.cube import EventCube
from explorer.event_table import EventTable
from explorer.queries import bin_end

D = date.toordinal
# node id -> (start, span in days, type, modality); node 1 is an actor (no event)
EVENTS = {
    0: (D(date(2024, 11, 17)), 0, "statement", "asserted"),
    2: (D(date(2024, 11, 17)), 0, "statement", "reported"),
    3: (D(date(2024, 11, 18)), 0, "meeting", "asserted"),
    5: (D(date(2025, 1, 1)), 30, "take_office", "planned"),   # January 2025
    6: (D(date(2024, 1, 1)), 365, "election", "asserted"),     # the year 2024
    7: (0, 0, "statement", "reported"),                        # undated
}
TABLE = EventTable.from_columns(list(EVENTS), *map(list, zip(*EVENTS.values())))


def test_a_searchs_cube_counts_what_a_cube_of_the_same_events_counts():
    hits = TABLE.hits([0, 2, 3, 5, 6, 7])
    same = EventCube.from_ordinals(
        [[start, span, t, m, 1] for start, span, t, m in EVENTS.values() if start],
        [{"type": "statement", "modality": "reported", "n": 1}])
    for lo, hi in ((None, None), (date(2024, 11, 17), date(2024, 11, 17)),
                   (date(2024, 12, 30), date(2025, 1, 5))):
        assert hits.cube().count(lo, hi) == same.count(lo, hi)
    assert hits.cube().bins(None, None, "month", bin_end=bin_end) == same.bins(
        None, None, "month", bin_end=bin_end)
    assert hits.cube().count_undated() == 1


def test_an_event_found_by_its_summary_and_its_sentence_counts_once():
    assert TABLE.hits([0, 0, 3, 3, 3]).cube().count() == 2


def test_a_hit_the_table_does_not_know_makes_it_step_aside():
    assert TABLE.hits([0, 1]) is None       # node 1 is no event of the table
    assert TABLE.hits([0, 99]) is None      # written after the table was read
    assert TABLE.hits([]).cube().count() == 0


def test_the_first_hits_in_range_keep_every_event_of_the_last_day_taken():
    hits = TABLE.hits([0, 2, 3, 5, 6])
    # 2024-11-17 has two events: taking one means taking both (Neo4j orders ties by id)
    assert hits.first(date(2024, 11, 1), date(2024, 11, 30), 2) == [6, 0, 2]
    assert hits.first(date(2024, 11, 1), date(2024, 11, 30), 4) == [6, 0, 2, 3]
    assert hits.first(date(2024, 11, 1), date(2024, 11, 30), 0) == []


def test_the_latest_hits_in_range_come_latest_first():
    hits = TABLE.hits([0, 2, 3, 5, 6])
    assert hits.latest(None, None, 2) == [5, 3]
    assert hits.latest(date(2024, 11, 1), date(2024, 11, 17), 10) == [2, 0, 6]


def test_a_long_span_that_began_before_the_range_is_in_it():
    hits = TABLE.hits([0, 5, 6])
    assert hits.first(date(2024, 12, 30), date(2024, 12, 31), 10) == [6]


def test_types_and_modalities_narrow_the_hits_in_range():
    hits = TABLE.hits([0, 2, 3, 5, 6, 7])
    assert hits.first(None, None, 10, types=["statement"]) == [0, 2]
    assert hits.first(None, None, 10, modalities=["reported", "planned"]) == [2, 5]
    assert hits.first(None, None, 10, types=["unknown-type"]) == []


def test_node_ids_too_sparse_for_a_table_give_none():
    assert EventTable.from_columns([10**9], [D(date(2024, 1, 1))], [0], ["x"], ["y"]) is None
