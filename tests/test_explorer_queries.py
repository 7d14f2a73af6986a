"""The explorer's read queries against the tests' own Neo4j, on the seed's two key events."""
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from explorer.console import run_query
from explorer.filters import EventFilter
from explorer.cache import ResultCache
from explorer.queries import (
    COUNT_DATED, GRAPH_STAMP, TIMELINE_BINS_BY_TYPE, GraphReader, bin_end, bin_unit, event_query,
)
from explorer_seed_graph import (
    DOC_IDS, DUMA_SUMMARY, SLUTSKY, TRUMP, TRUMP_SUMMARY, USA, remove_seed_graph,
)

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_15baa7a1c58b67f2.txt"


@pytest.fixture
def reader(seed_graph):
    return GraphReader(lambda: seed_graph)


def by_summary(events):
    return {e.summary: e for e in events}


def test_timeline_reads_the_duma_statement_as_a_day_and_trump_taking_office_as_a_month(reader):
    events = by_summary(reader.timeline_events(EventFilter()))
    duma, trump = events[DUMA_SUMMARY], events[TRUMP_SUMMARY]
    assert (duma.date_start, duma.date_end, duma.is_point) == (date(2024, 11, 17),) * 2 + (True,)
    assert (trump.date_value, trump.date_start, trump.date_end) == (
        "2025-01", date(2025, 1, 1), date(2025, 1, 31))
    assert not trump.is_point and trump.modality == "planned"


def test_two_documents_reporting_the_same_statement_share_one_event(reader):
    duma = by_summary(reader.timeline_events(EventFilter()))[DUMA_SUMMARY]
    assert duma.mention_count == 2
    assert [a.name for a in duma.actors] == ["Leonid Slutsky", "United States", "State Duma"]


def test_actor_filter_keeps_only_that_actors_events(reader):
    events = reader.timeline_events(EventFilter(actors=(TRUMP.id,)))
    assert [e.summary for e in events] == [TRUMP_SUMMARY]


def test_date_range_keeps_events_whose_span_overlaps_it(reader):
    events = reader.timeline_events(EventFilter(date_from=date(2025, 1, 20), date_to=date(2025, 2, 5)))
    assert TRUMP_SUMMARY in by_summary(events) and DUMA_SUMMARY not in by_summary(events)


def test_text_search_finds_words_of_the_source_sentence(reader):
    events = reader.timeline_events(EventFilter(text="ORTSZEIT"))
    assert [e.summary for e in events] == [DUMA_SUMMARY]


def test_word_search_finds_every_word_in_any_order_within_one_sentence(reader):
    events = reader.timeline_events(EventFilter(text="Slutsky Ortszeit"))
    assert [e.summary for e in events] == [DUMA_SUMMARY]
    assert reader.timeline_events(EventFilter(text="Slutsky Wahlkampfspende")) == []


def test_a_search_word_finds_the_words_it_begins(reader):
    # "Eskal" is the start of "Eskalation" in the source sentence
    assert [e.summary for e in reader.timeline_events(EventFilter(text="eskal"))] == [
        DUMA_SUMMARY]


def test_word_search_starts_from_the_full_text_indexes_the_ingest_creates(reader):
    assert reader.text_indexed()
    params = reader.event_params(EventFilter(text="Ortszeit"))
    assert "db.index.fulltext.queryRelationships" in event_query(COUNT_DATED, params, True)
    assert "fulltext" not in event_query(COUNT_DATED, params, False)


def test_events_of_chosen_types_are_sought_by_type_and_date_together(seed_graph):
    reader = GraphReader(lambda: seed_graph, cache=False)  # Neo4j counts, no cube
    chosen = EventFilter(types=("statement",), date_from=date(2024, 11, 1))
    query = event_query(COUNT_DATED, reader.event_params(chosen))
    assert "e.type IN $types AND e.date_start >= $start_from" in query  # the composite index
    every = reader.timeline_events(replace(chosen, types=()))
    assert reader.count_dated(chosen) == sum(e.type == "statement" for e in every) > 0
    modal = EventFilter(modalities=("planned",))
    assert "e.modality IN $modalities AND" in event_query(COUNT_DATED, reader.event_params(modal))
    assert reader.count_dated(modal) == sum(e.modality == "planned"
                                            for e in reader.timeline_events(EventFilter())) > 0


def test_search_text_without_a_word_restricts_nothing(reader):
    assert len(reader.timeline_events(EventFilter(text="?!"))) == len(
        reader.timeline_events(EventFilter()))
    assert reader.cube(EventFilter(text="?!")) is not None  # so the cube can count it


def test_type_and_modality_filters(reader):
    assert [e.summary for e in reader.timeline_events(
        EventFilter(types=("take_office",), modalities=("planned",)))] == [TRUMP_SUMMARY]
    assert reader.timeline_events(EventFilter(types=("take_office",), modalities=("asserted",))) == []


def test_event_detail_gives_both_reports_with_trigger_offsets_in_their_sentences(reader):
    duma = by_summary(reader.timeline_events(EventFilter()))[DUMA_SUMMARY]
    detail = reader.event_detail(duma.id)
    assert {r.doc_id for r in detail.reports} == set(DOC_IDS)
    triggers = {r.doc_id: r.sentence_parts()[1] for r in detail.reports}
    assert triggers == {DOC_IDS[0]: "antwortete", DOC_IDS[1]: "responded"}
    de = next(r for r in detail.reports if r.doc_id == DOC_IDS[0])
    assert (de.title, de.published) == ("Duma warnt vor Eskalation", date(2024, 11, 18))


def test_unknown_event_has_no_detail(reader):
    assert reader.event_detail("ev:no-such-event") is None


def test_actor_graph_links_slutsky_to_the_united_states_by_the_statement(reader):
    nodes, edges = reader.actor_graph(EventFilter(text="slutsky"))
    assert {n.id for n in nodes} >= {SLUTSKY.id, USA.id}
    edge = next(e for e in edges if {e.source, e.target} == {SLUTSKY.id, USA.id})
    assert (edge.source, edge.target, edge.event_types, edge.directed) == (
        SLUTSKY.id, USA.id, ("statement",), True)


def test_many_events_are_counted_per_bin_on_the_server(reader):
    data = reader.timeline(EventFilter(text="slutsky"), view=None, detail_limit=0)
    assert data.events == [] and data.total == 1
    [b] = data.bins
    assert (b.lane, b.count) == ("statement", 1)


def test_few_events_are_drawn_one_by_one(reader):
    data = reader.timeline(EventFilter(actors=(TRUMP.id,)), view=None)
    assert [e.summary for e in data.events] == [TRUMP_SUMMARY] and data.bins == []


def test_page_cache_is_filled_only_when_the_graph_is_small_enough(reader):
    assert reader.touch_page_cache(max_events=1_000_000)
    assert not reader.touch_page_cache(max_events=0)


def test_bin_units_follow_the_range_length():
    assert bin_unit(date(2024, 11, 1), date(2024, 12, 1)) == "day"
    assert bin_unit(date(2020, 1, 1), date(2024, 12, 1)) == "month"
    assert bin_end(date(2024, 12, 1), "month") == date(2025, 1, 1)


def test_filter_options_list_actors_types_and_modalities(reader):
    options = reader.filter_options()
    assert {SLUTSKY.id, TRUMP.id} <= {a.id for a in options.actors}
    assert {"statement", "take_office"} <= set(options.event_types)
    assert {"asserted", "planned"} <= set(options.modalities)


def test_console_read_query_returns_a_table(seed_graph):
    result = run_query(seed_graph, "MATCH (e:Event {summary: $s}) RETURN e.date_value AS date",
                       {"s": TRUMP_SUMMARY})
    assert (result.error, result.columns, result.rows) == (None, ["date"], [["2025-01"]])


def test_console_refuses_a_write_and_nothing_is_written(graph_driver):
    result = run_query(graph_driver, "CREATE (n:Hack) RETURN n")
    assert result.error and "read" in result.error.lower()
    records, _, _ = graph_driver.execute_query("MATCH (n:Hack) RETURN count(n) AS n")
    assert records[0]["n"] == 0


def test_console_stops_at_the_row_cap(graph_driver):
    result = run_query(graph_driver, "UNWIND range(1, 100) AS i RETURN i", row_cap=10)
    assert len(result.rows) == 10 and result.truncated


def test_console_shows_neo4j_syntax_errors(graph_driver):
    result = run_query(graph_driver, "MATCH (n RETURN n")
    assert result.error.startswith("Neo.ClientError.Statement.SyntaxError")


def test_console_times_out_long_queries(graph_driver):
    result = run_query(graph_driver,
                       "UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i)",
                       timeout_s=0.5)
    assert result.error.startswith("Neo.ClientError.Transaction.TransactionTimedOut")
    assert "ran too long" in result.error


def test_the_real_seed_ingested_puts_both_key_events_on_the_timeline(graph_driver):
    from ingest.documents import load_paths
    from ingest.graph import delete_documents, ensure_schema, write_extractions
    from ingest.pipeline import extract

    [doc] = load_paths([SEED])
    doc = replace(doc, id="test-explorer-real-seed")
    ensure_schema(graph_driver)
    try:
        write_extractions(graph_driver, [extract(doc)])
        reader = GraphReader(lambda: graph_driver)
        slutsky = reader.timeline_events(EventFilter(actors=(SLUTSKY.id,), text="antwortete"))
        assert [(e.date_value, e.is_point) for e in slutsky] == [("2024-11-17", True)]
        trump = [e for e in reader.timeline_events(EventFilter(actors=(TRUMP.id,)))
                 if e.date_value == "2025-01"]
        assert [(e.date_start, e.date_end, e.modality) for e in trump] == [
            (date(2025, 1, 1), date(2025, 1, 31), "planned")]
        detail = reader.event_detail(slutsky[0].id)
        assert any(r.sentence_parts()[1] == "antwortete" for r in detail.reports)
    finally:
        delete_documents(graph_driver, [doc.id])


def plan_operators(driver, query: str, params: dict) -> set[str]:
    plan = driver.execute_query("EXPLAIN " + query, params).summary.plan
    found, todo = set(), [plan]
    while todo:
        step = todo.pop()
        found.add(step["operatorType"].split("@")[0])
        todo += step.get("children", [])
    return found


def test_a_date_range_is_read_through_the_date_index_not_by_scanning_every_event(seed_graph):
    reader = GraphReader(lambda: seed_graph, cache=False)
    params = reader.event_params(EventFilter(date_from=date(2024, 11, 1),
                                             date_to=date(2024, 11, 30)))
    operators = plan_operators(seed_graph, event_query(COUNT_DATED, params), params)
    assert "NodeIndexSeekByRange" in operators
    assert not {"NodeByLabelScan", "AllNodesScan"} & operators


def test_an_actor_filter_starts_from_the_chosen_actors(seed_graph):
    reader = GraphReader(lambda: seed_graph, cache=False)
    params = reader.event_params(EventFilter(actors=(TRUMP.id,)), unit="month")
    operators = plan_operators(seed_graph, event_query(TIMELINE_BINS_BY_TYPE, params), params)
    assert "NodeUniqueIndexSeek" in operators
    assert not {"NodeByLabelScan", "AllNodesScan"} & operators


def test_the_seek_reaches_back_far_enough_for_spans_that_began_before_the_range(reader):
    # Trump taking office (2025-01) is a month-long span: a range from 15 January holds it.
    data = reader.timeline(EventFilter(date_from=date(2025, 1, 15), date_to=date(2025, 2, 1)),
                           view=None)
    assert [e.summary for e in data.events] == [TRUMP_SUMMARY]


def test_a_sampled_actor_graph_is_drawn_from_the_latest_events(reader):
    # the latest dated event is Trump taking office in January 2025
    nodes, edges = reader.actor_graph(EventFilter(), sample=1)
    assert [n.id for n in nodes] == [TRUMP.id] and edges == []


def test_a_cached_reader_sees_documents_removed_since_its_last_read(seed_graph):
    stamp = GraphReader(lambda: seed_graph, cache=False).stamp
    reader = GraphReader(lambda: seed_graph, cache=ResultCache(stamp, stamp_every_s=0))
    before, _ = reader.count_events(EventFilter(text="slutsky"))
    assert reader.count_events(EventFilter(text="slutsky")) == (before, 0)
    remove_seed_graph(seed_graph)
    assert reader.count_events(EventFilter(text="slutsky")) == (before - 1, 0)


def test_the_overview_reads_first_and_last_dates_from_the_indexes(reader):
    overview = reader.overview()
    assert overview.first_date <= date(2024, 11, 17) and overview.last_date >= date(2025, 1, 31)
    assert overview.dated_events >= 2 and overview.events >= overview.dated_events


def test_counts_from_the_cube_equal_what_neo4j_counts(seed_graph):
    cubed = GraphReader(lambda: seed_graph)
    counted = GraphReader(lambda: seed_graph, cache=False)
    for flt in (EventFilter(), EventFilter(types=("statement",)),
                EventFilter(date_from=date(2025, 1, 15), date_to=date(2025, 3, 1)),
                EventFilter(modalities=("planned",), date_from=date(2024, 11, 1)),
                EventFilter(actors=(SLUTSKY.id,)), EventFilter(actors=(USA.id,)),
                EventFilter(actors=(TRUMP.id,), date_from=date(2025, 1, 1)),
                EventFilter(text="Duma"), EventFilter(text="Duma", types=("statement",)),
                EventFilter(text="Duma", actors=(SLUTSKY.id, TRUMP.id)),
                EventFilter(text="Ortszeit", date_from=date(2024, 11, 1))):
        assert cubed.cube(flt) is not None
        assert cubed.count_events(flt) == counted.count_events(flt)
        assert cubed.timeline_bins(flt, "week") == counted.timeline_bins(flt, "week")


def test_one_actor_gets_a_cube_of_its_own_and_the_whole_graph_cube_is_not_used_for_it(reader):
    assert reader.cube(EventFilter(actors=(TRUMP.id,))).count(None, None) == 1
    assert reader.cube(EventFilter()).count(None, None) == 2


def test_lanes_by_actor_of_a_wide_range_come_from_the_busiest_actors_cubes(
        seed_graph, monkeypatch):
    import explorer.queries

    monkeypatch.setattr(explorer.queries, "ACTOR_LANES_SCAN_LIMIT", 0)  # "too many" events
    cubed = GraphReader(lambda: seed_graph)
    counted = GraphReader(lambda: seed_graph, cache=False)
    key = lambda b: (b.bin_start, b.lane)  # noqa: E731
    # a search's lanes are its own hits' actors, never the busiest actors' counts
    for flt in (EventFilter(), EventFilter(types=("statement",)), EventFilter(text="Duma")):
        assert sorted(cubed.timeline_bins(flt, "week", "actor"), key=key) == sorted(
            counted.timeline_bins(flt, "week", "actor"), key=key)
    # and the timeline says so, for the status line
    assert cubed.timeline(EventFilter(), None, "actor", detail_limit=0).lanes_of_whole_graph
    assert not cubed.timeline(EventFilter(), None, "type", detail_limit=0).lanes_of_whole_graph
    assert not cubed.timeline(EventFilter(text="Duma"), None, "actor",
                              detail_limit=0).lanes_of_whole_graph


def test_cubes_stay_while_many_other_results_come_and_go(reader):
    actor = EventFilter(actors=(TRUMP.id,))
    cube = reader.cube(actor)
    for day in range(80):  # more results than the result cache holds
        reader.count_events(EventFilter(actors=(SLUTSKY.id, TRUMP.id),
                                        date_to=date(2025, 1, 1) + timedelta(days=day)))
    assert reader.cube(actor) is cube


def test_whole_graph_facts_stay_while_many_other_results_come_and_go(reader, monkeypatch):
    reader.overview(), reader.filter_options(), reader.long_spans()
    for day in range(80):  # more results than the result cache holds
        reader.count_events(EventFilter(actors=(SLUTSKY.id, TRUMP.id),
                                        date_to=date(2025, 1, 1) + timedelta(days=day)))
    asked = []
    fetch = reader._fetch
    monkeypatch.setattr(reader, "_fetch", lambda query, params: asked.append(query) or fetch(
        query, params))
    reader.overview(), reader.filter_options(), reader.long_spans()
    assert [query for query in asked if query != GRAPH_STAMP] == []


def test_several_actors_without_a_search_are_counted_by_neo4j_not_a_cube(reader):
    assert reader.cube(EventFilter(actors=(TRUMP.id, SLUTSKY.id))) is None


def test_several_actors_get_a_cube_from_the_event_table_once_it_is_read(reader):
    reader.load_event_table(max_events=1_000_000)
    cube = reader.cube(EventFilter(actors=(TRUMP.id, SLUTSKY.id)))
    assert cube is not None and cube.count() == 2


def test_a_search_gets_a_cube_of_its_own_kept_apart_from_the_actors_cubes(reader):
    duma = reader.cube(EventFilter(text="Duma"))
    assert duma is not reader.cube(EventFilter())
    assert duma.count(None, None) < reader.cube(EventFilter()).count(None, None)
    assert reader.cube(EventFilter(text="duma ")) is duma  # the same words, the same cube
    assert reader.cube(EventFilter(text="Duma", types=("statement",))) is duma


def test_with_the_event_table_searches_and_actors_are_read_by_id_and_find_what_neo4j_finds(
        seed_graph, monkeypatch):
    tabled = GraphReader(lambda: seed_graph)
    assert tabled.load_event_table(max_events=1_000_000)
    counted = GraphReader(lambda: seed_graph, cache=False)
    asked = []
    fetch, cube_of = tabled._fetch, tabled._cube_of
    monkeypatch.setattr(tabled, "_fetch", lambda q, p: asked.append(q) or fetch(q, p))
    monkeypatch.setattr(tabled, "_cube_of", lambda q, p: asked.append(q) or cube_of(q, p))
    for flt in (EventFilter(text="Duma"), EventFilter(text="slutsky warns"),
                EventFilter(text="Trump", types=("take_office",)),
                EventFilter(text="Ortszeit", date_from=date(2024, 11, 1),
                            date_to=date(2024, 11, 30)),
                EventFilter(text="Trump", modalities=("asserted",)),
                EventFilter(actors=(SLUTSKY.id,)), EventFilter(actors=(SLUTSKY.id, TRUMP.id)),
                EventFilter(actors=(USA.id,), date_from=date(2024, 11, 1),
                            date_to=date(2024, 11, 30)),
                EventFilter(text="Duma", actors=(SLUTSKY.id, TRUMP.id)),
                EventFilter(text="Trump", actors=(SLUTSKY.id,))):
        assert tabled.count_events(flt) == counted.count_events(flt)
        assert tabled.timeline_bins(flt, "week") == counted.timeline_bins(flt, "week")
        assert tabled.timeline_bins(flt, "week", "actor") == counted.timeline_bins(
            flt, "week", "actor")
        assert tabled.timeline_events(flt) == counted.timeline_events(flt)
        assert tabled.actor_graph(flt) == counted.actor_graph(flt)
    assert any("id(e) IN $hits.ids" in query for query in asked)
    # no hit was read by Neo4j from the full-text indexes or the actors' events
    assert not any("fulltext" in query or "fa.id IN $actor_ids" in query for query in asked)


def test_the_event_table_steps_aside_when_the_graph_changes_and_is_read_again(seed_graph):
    stamp = GraphReader(lambda: seed_graph, cache=False).stamp
    reader = GraphReader(lambda: seed_graph, cache=ResultCache(stamp, stamp_every_s=0))
    assert reader.load_event_table(max_events=1_000_000)
    table = reader.event_table()
    before, _ = reader.count_events(EventFilter(text="slutsky"))
    remove_seed_graph(seed_graph)
    assert reader.event_table() is None  # stale: not used, and read again in the background
    assert reader.count_events(EventFilter(text="slutsky")) == (before - 1, 0)
    for _ in range(300):
        if reader.event_table() is not None:
            break
        time.sleep(0.1)
    assert reader.event_table() not in (None, table)


def test_no_event_table_is_read_for_a_graph_larger_than_allowed(reader):
    assert not reader.load_event_table(max_events=0)
    assert reader.event_table() is None
