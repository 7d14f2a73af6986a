"""The read side of the graph: every Cypher query the explorer runs lives here.

All queries are parameterised and run in READ transactions. Results come back as the
plain records of explorer.records, with Python dates, so views never see driver types.
The filter fragment below is the one place a filter turns into Cypher; callers pass an
`EventFilter`, never text.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Callable, Hashable

import numpy as np
from neo4j import READ_ACCESS, Driver, ManagedTransaction
from neo4j.exceptions import AuthError, ServiceUnavailable, SessionExpired

from explorer.actor_edges import edges_of
from explorer.cache import ResultCache
from explorer.cube import SHORT_SPAN_DAYS, EventCube
from explorer.event_table import EventTable, SearchHits
from explorer.filters import EventFilter, search_words, word_query
from explorer.records import (
    ActorEdge, ActorNode, ActorRef, EventDetail, FilterOptions, GraphOverview, Report,
    TimelineBin, TimelineEvent,
)
from graphdb.connection import GraphUnavailable

#: Above this many events in the visible range the timeline shows counts per period.
#: Each single event is an SVG mark, read with its actors: 1,000 of them took 0.3-0.5 s
#: to read and as long to redraw in headless Chromium here (bench_dashboard at 100k
#: events, when the range slider still drew every mark again), 500 about half.
DEFAULT_DETAIL_LIMIT = 500
DEFAULT_MAX_ACTORS = 40
#: The actor graph is drawn from at most this many events (the latest in range). At a
#: million events, 20,000 took 0.35-0.5 s to read (1-2 s while the page asked for other
#: things), in the background of every zoom; 5,000 about 0.1 s, with the same busiest
#: actors on top.
ACTOR_SAMPLE = 5_000
MAX_ACTOR_LANES = 30
#: Above this many events in range, lanes by actor are counted from the busiest actors'
#: cubes instead of by Neo4j (which reads every event in range and its actors).
ACTOR_LANES_SCAN_LIMIT = 20_000

#: Counts cubes take seconds to compute on a large graph and change only when events are
#: added or removed, which the cache's stamp sees at once: they are kept for longer.
CUBE_TTL_S = 3600.0
#: Cubes kept at once (the whole graph's and recently chosen actors'; a busy actor's of
#: a million-event graph is some megabytes).
MAX_CUBES = 40
#: A search's hits in range are handed to Neo4j by node id (explorer.event_table) when
#: they are at most this many (counts per actor lane of a search: a list of 10,000 ids
#: is 90 KB); more are found through the full-text indexes again.
MAX_HIT_IDS = 10_000

#: Cubes of searches kept at once, apart from the actors' (a reader trying words would
#: otherwise push out the busiest actors' cubes, which take seconds to compute again).
MAX_SEARCH_CUBES = 20

#: Stand-ins for an open end of a date range: a bound is always given, so that Neo4j can
#: seek the date_start index instead of scanning every event ("$x IS NULL OR ..." can't).
EARLIEST, LATEST = date(1, 1, 1), date(9999, 12, 31)

# `e` is the event. `$types`, `$modalities`, `$words` may be null ("no restriction").
_KIND_FILTERS = """
    ($types IS NULL OR e.type IN $types)
    AND ($modalities IS NULL OR e.modality IN $modalities)"""
# A search keeps the events whose summary, or one of whose reporting sentences, holds
# every word (the full-text path below asks the same of the indexes, by word start).
_WORDS_FILTER = """
    AND ($words IS NULL OR all(w IN $words WHERE toLower(coalesce(e.summary, '')) CONTAINS w)
         OR EXISTS { MATCH (e)-[fr:REPORTED_IN]->(:Document)
                     WHERE all(w IN $words WHERE toLower(fr.sentence) CONTAINS w) })
"""
_OTHER_FILTERS = _KIND_FILTERS + _WORDS_FILTER
# An event matches a date range when its span overlaps it. Most spans are short (a day,
# a month): those start at most SHORT_SPAN_DAYS before the range, and one bounded seek of
# the date_start index finds them. The few long ones (a year, a season) that began
# earlier are looked up by their exact start dates (`$long_starts`, from LONG_SPANS).
_IN_RANGE = """CALL {
  MATCH (e:Event) WHERE /*kind*/e.date_start >= $start_from AND e.date_start <= $date_to RETURN e
  UNION ALL
  MATCH (e:Event) WHERE /*kind*/e.date_start IN $long_starts AND e.date_start < $start_from
  RETURN e
}
WITH e WHERE coalesce(e.date_end, e.date_start) >= $date_from"""
# With types (or modalities) chosen, the same seeks go to the (type, date_start) or
# (modality, date_start) index: only the events of those types in range are read, not
# all of the range (a zoomed year of a million-event graph: 0.5 s -> 30 ms).
_KIND_SEEKS = {"types": "e.type IN $types AND ", "modalities": "e.modality IN $modalities AND "}
# In date order (for "the latest N events"), one seek reaching back the longest span in
# the graph (`$span_from`) keeps the index order, so reading stops after N.
_IN_RANGE_ORDERED = """MATCH (e:Event)
WHERE e.date_start >= $span_from AND e.date_start <= $date_to
  AND coalesce(e.date_end, e.date_start) >= $date_from"""


# With a search text, the events come from the full-text indexes: those whose summary or
# one of whose reporting sentences has a word starting with each of the search's words.
_BY_TEXT = """CALL {
  CALL db.index.fulltext.queryNodes('event_text', $text_query) YIELD node
  RETURN node AS e
  UNION
  CALL db.index.fulltext.queryRelationships('report_sentence', $text_query) YIELD relationship
  RETURN startNode(relationship) AS e
}
WITH e WHERE e:Event AND ($actor_ids IS NULL OR EXISTS {
  MATCH (fa:Actor)-[:PARTICIPATED_IN]->(e) WHERE fa.id IN $actor_ids })"""


# A search's hits in range, picked by explorer.event_table, read by node id. The list is
# inside a map: Neo4j plans a query again for each size class of a list parameter (up
# to 10, 100, 1,000, ...: 25-150 ms each time), not for a list inside a map. (`id()` is
# deprecated in Neo4j 5 in favour of elementId(), whose strings would cost the table
# tens of megabytes; 5.26 LTS keeps it.)
_BY_IDS = "MATCH (e:Event) WHERE id(e) IN $hits.ids"


def matching_events(dated: bool = True, by_actor: bool = False, ordered: bool = False,
                    by_text: bool = False, by_kind: str | None = None,
                    by_ids: bool = False) -> str:
    """The MATCH that binds `e` to the events a filter keeps (dated, or undated ones).

    With a search's hits already picked (`by_ids`, dated ones only) the match reads those
    events by id; with a search text (and the full-text indexes online) it starts from
    the index hits; with actors chosen, from them (a unique-index seek and their
    relationships); else from the events in the date range (the date_start index, or
    with `by_kind` "types" or "modalities" the composite index of that and date_start).
    """
    dates = ("e.date_start <= $date_to AND coalesce(e.date_end, e.date_start) >= $date_from"
             if dated else "e.date_start IS NULL")
    if by_ids and dated:
        return f"{_BY_IDS}\nWITH e WHERE {dates} AND {_KIND_FILTERS}"
    if by_text:
        return f"{_BY_TEXT}\nWITH e WHERE {dates} AND {_KIND_FILTERS}"
    if by_actor:
        return ("MATCH (fa:Actor)-[:PARTICIPATED_IN]->(e:Event) WHERE fa.id IN $actor_ids\n"
                f"WITH DISTINCT e WHERE {dates} AND {_OTHER_FILTERS}")
    if not dated:
        return f"MATCH (e:Event) WHERE e.date_start IS NULL AND {_OTHER_FILTERS}"
    if ordered:  # the date index's order beats a seek by kind: reading stops after N
        return f"{_IN_RANGE_ORDERED} AND {_OTHER_FILTERS}"
    return f"{_IN_RANGE.replace('/*kind*/', _KIND_SEEKS.get(by_kind, ''))} AND {_OTHER_FILTERS}"


#: The full-text indexes the word search needs, and whether they are ready.
TEXT_INDEXES = """
SHOW FULLTEXT INDEXES YIELD name, state
WHERE name IN ['event_text', 'report_sentence'] AND state = 'ONLINE'
RETURN count(*) AS online
"""

#: Node and relationship totals from Neo4j's count store: answered without reading data,
#: they change whenever an ingest adds or removes anything (explorer.cache).
GRAPH_STAMP = """
RETURN COUNT { (:Event) } AS events, COUNT { (:Document) } AS documents,
       COUNT { (:Actor) } AS actors, COUNT { ()-[:PARTICIPATED_IN]->() } AS participations,
       COUNT { ()-[:REPORTED_IN]->() } AS reports, COUNT { ()-[:MENTIONED_IN]->() } AS mentions
"""

# First and last dates come from the ends of the date indexes, not from a scan.
OVERVIEW = """
RETURN COUNT { (:Event) } AS events,
       COUNT { (e:Event) WHERE e.date_start IS NOT NULL } AS dated,
       head(COLLECT { MATCH (e:Event) WHERE e.date_start IS NOT NULL
                      RETURN e.date_start ORDER BY e.date_start LIMIT 1 }) AS first,
       head(COLLECT { MATCH (e:Event) WHERE e.date_end IS NOT NULL
                      RETURN e.date_end ORDER BY e.date_end DESC LIMIT 1 }) AS last,
       COUNT { (:Document) } AS documents, COUNT { (:Actor) } AS actors
"""

# Neo4j Community starts with an empty page cache (Enterprise reloads the pages it held
# before a restart): the first query to touch an event's records reads them from the
# store files. At a million events, a search's first run took 300-550 ms, its second
# 40-150 ms. These passes touch the records the explorer reads most (events with their
# dates, type and modality; reports; participations): 6 s at a million events.
# (The events' own records are read by EVENT_TABLE, which comes first.)
PAGE_CACHE_TOUCH = (
    "MATCH (:Event)-[r:REPORTED_IN]->() RETURN count(r.start) AS n",
    "MATCH (:Actor)-[p:PARTICIPATED_IN]->() RETURN count(p.role) AS n",
)

#: explorer.event_table: every event's node id, start (a day ordinal, 0 undated), span,
#: type and modality, as five columns of one record (a million events: 3-5 s).
EVENT_TABLE = """
MATCH (e:Event)
RETURN collect(id(e)) AS ids,
       collect(CASE WHEN e.date_start IS NULL THEN 0
                    ELSE duration.inDays(date('0001-01-01'), e.date_start).days + 1 END) AS starts,
       collect(coalesce(duration.inDays(e.date_start, e.date_end).days, 0)) AS spans,
       collect(coalesce(e.type, '')) AS types, collect(coalesce(e.modality, '')) AS modalities
"""

#: The node ids of a search's hits (as _BY_TEXT finds them), without reading the events.
TEXT_HIT_IDS = """
CALL { CALL db.index.fulltext.queryNodes('event_text', $text_query) YIELD node
       RETURN collect(id(node)) AS by_summary }
CALL { CALL db.index.fulltext.queryRelationships('report_sentence', $text_query)
       YIELD relationship
       RETURN collect(id(startNode(relationship))) AS by_sentence }
RETURN by_summary, by_sentence
"""

#: The events of any of the actors, by node id (every participation ends at an event).
ACTOR_EVENT_IDS = """
MATCH (a:Actor) WHERE a.id IN $actor_ids
MATCH (a)-[:PARTICIPATED_IN]->(e)
RETURN collect(id(e)) AS ids
"""

#: The distinct spans longer than SHORT_SPAN_DAYS (year-, season-precise dates, ...).
LONG_SPANS = """
MATCH (e:Event) WHERE e.date_start IS NOT NULL AND e.date_end IS NOT NULL
WITH DISTINCT e.date_start AS start, e.date_end AS end
WHERE duration.inDays(start, end).days > $short_days
RETURN start, end ORDER BY start
"""

# An actor's degree is kept with the node: no event is read.
FILTER_ACTORS = """
MATCH (a:Actor)
WITH a, COUNT { (a)-[:PARTICIPATED_IN]->() } AS events
WHERE events > 0
RETURN a.id AS id, a.name AS name, a.type AS type, events
ORDER BY events DESC, name
LIMIT $limit
"""

FILTER_VALUES = """
CALL { MATCH (e:Event) WHERE e.type IS NOT NULL RETURN collect(DISTINCT e.type) AS types }
CALL { MATCH (e:Event) RETURN collect(DISTINCT e.modality) AS modalities }
RETURN types, modalities
"""

COUNT_DATED = "/*events*/\nRETURN count(e) AS n"

TIMELINE_EVENTS = """/*events*/
WITH e ORDER BY e.date_start, e.id LIMIT $limit
OPTIONAL MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
WITH e, collect(CASE WHEN a IS NULL THEN null
                     ELSE {id: a.id, name: a.name, type: a.type, role: p.role} END) AS actors
RETURN e.id AS id, e.type AS type, e.summary AS summary, e.date_value AS date_value,
       e.date_start AS date_start, coalesce(e.date_end, e.date_start) AS date_end,
       e.granularity AS granularity, e.modality AS modality,
       coalesce(e.confidence, 0.5) AS confidence,
       coalesce(e.mention_count, 1) AS mention_count, actors
ORDER BY date_start, id
"""

TIMELINE_BINS_BY_TYPE = """/*events*/
RETURN date.truncate($unit, e.date_start) AS bin, e.type AS lane, count(e) AS n
ORDER BY bin, lane
"""

TIMELINE_BINS_BY_ACTOR = """/*events*/
OPTIONAL MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)
RETURN date.truncate($unit, e.date_start) AS bin, coalesce(a.name, '(no actor)') AS lane,
       count(DISTINCT e) AS n
ORDER BY bin, lane
"""

# The actor graph reads at most $sample events, the latest in range (in index order, so
# no sort): a graph of the 40 busiest actors needs no more to be right, and a zoom over
# twenty years of a million events stays as quick as one over a week.
_LATEST_EVENTS = """/*ordered*/
WITH e ORDER BY e.date_start DESC LIMIT $sample
"""

ACTOR_NODES = _LATEST_EVENTS + """
MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)
RETURN a.id AS id, a.name AS name, a.type AS type, count(DISTINCT e) AS events
ORDER BY events DESC, name
LIMIT $limit
"""

# For the edges among the graph's actors (explorer.actor_edges pairs them): who took part
# in each event in range, as two columns of one record (event types, (actor, role) lists).
ACTOR_PARTICIPATIONS = _LATEST_EVENTS + """
MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e) WHERE a.id IN $node_ids
WITH e, collect([a.id, coalesce(r.role, '')]) AS parts WHERE size(parts) > 1
RETURN collect(coalesce(e.type, 'event')) AS types, collect(parts) AS participants
"""

COUNT_UNDATED = "/*undated*/\nRETURN count(e) AS n"

# explorer.cube: events counted by start, span, type and modality, the undated ones with
# start 0. Days as ordinals (0001-01-01 is 1, as in Python), and the rows as five columns
# of one record: a search's or a busy actor's cube has tens of thousands of rows, which
# as records took the driver seconds (117k events: 2.1 s as rows, 0.8 s as columns).
_CUBE_COLUMNS = """
WITH e.date_start AS start, coalesce(e.date_end, e.date_start) AS end, e.type AS type,
     e.modality AS modality, count(*) AS n
RETURN collect(CASE WHEN start IS NULL THEN 0
                    ELSE duration.inDays(date('0001-01-01'), start).days + 1 END) AS starts,
       collect(coalesce(duration.inDays(start, end).days, 0)) AS spans,
       collect(coalesce(type, '')) AS types, collect(coalesce(modality, '')) AS modalities,
       collect(n) AS counts
"""
EVENT_CUBE = "MATCH (e:Event)" + _CUBE_COLUMNS
# The same for one actor's events: a busy actor (a country, a head of state) takes part
# in a tenth of a large graph, too many to count again on every zoom.
ACTOR_CUBE = ("MATCH (:Actor {id: $actor_id})-[:PARTICIPATED_IN]->(e:Event)\nWITH DISTINCT e"
              + _CUBE_COLUMNS)
# The same for the events a search finds (with the actors chosen, if any), in one pass
# over the full-text hits: a search, its zooms and its filters by type then need Neo4j
# only for the events drawn one by one and the actor graph.
SEARCH_CUBE = _BY_TEXT + _CUBE_COLUMNS


def event_query(template: str, params: dict, text_indexed: bool = False) -> str:
    """A query template with its event match filled in for these parameters.

    `text_indexed`: the full-text indexes are online, so a search text starts the match.
    """
    by_actor = bool(params.get("actor_ids"))
    by_text = text_indexed and bool(params.get("text_query"))
    by_kind = next((kind for kind in _KIND_SEEKS if params.get(kind)), None)
    by_ids = params.get("hits") is not None
    return (template.replace("/*events*/", matching_events(True, by_actor, by_text=by_text,
                                                           by_kind=by_kind, by_ids=by_ids))
            .replace("/*ordered*/", matching_events(True, by_actor, True, by_text, by_ids=by_ids))
            .replace("/*undated*/", matching_events(False, by_actor, by_text=by_text)))


EVENT_DETAIL = """
MATCH (e:Event {id: $id})
OPTIONAL MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
WITH e, collect(CASE WHEN a IS NULL THEN null
                     ELSE {id: a.id, name: a.name, type: a.type, role: p.role} END) AS actors
OPTIONAL MATCH (e)-[r:REPORTED_IN]->(d:Document)
WITH e, actors, r, d ORDER BY d.published, d.id
RETURN e {.*} AS event, actors,
       collect(CASE WHEN d IS NULL THEN null ELSE {
         doc_id: d.id, title: d.title, source: d.source, url: d.url, published: d.published,
         sentence: r.sentence, start: r.start, end: r.end, trigger: r.trigger,
         trigger_start: r.trigger_start, trigger_end: r.trigger_end, modality: r.modality
       } END) AS reports
"""

#: Shown in the console's example menu: (label, query).
EXAMPLE_QUERIES: tuple[tuple[str, str], ...] = (
    ("Events by date",
     "MATCH (e:Event) WHERE e.date_start IS NOT NULL\n"
     "RETURN e.date_value AS date, e.type AS type, e.modality AS modality, e.summary AS summary\n"
     "ORDER BY e.date_start LIMIT 50"),
    ("Who took part in what",
     "MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e:Event)\n"
     "RETURN a.name AS actor, p.role AS role, e.type AS event, e.date_value AS date\n"
     "ORDER BY date LIMIT 50"),
    ("Most active actors",
     "MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event)\n"
     "RETURN a.name AS actor, a.type AS type, count(DISTINCT e) AS events\n"
     "ORDER BY events DESC LIMIT 25"),
    ("Evidence sentences of one actor",
     "MATCH (:Actor {name: 'Leonid Slutsky'})-[:PARTICIPATED_IN]->(e:Event)-[r:REPORTED_IN]->(d:Document)\n"
     "RETURN e.date_value AS date, r.trigger AS trigger, r.sentence AS sentence, d.title AS document"),
    ("Planned or expected events",
     "MATCH (e:Event) WHERE e.modality IN ['planned', 'expected']\n"
     "RETURN e.date_value AS date, e.summary AS summary, e.modality AS modality\n"
     "ORDER BY e.date_start"),
    ("Documents",
     "MATCH (d:Document)\n"
     "RETURN d.id AS id, d.title AS title, d.published AS published, d.lang AS lang,\n"
     "       COUNT { (d)<-[:REPORTED_IN]-() } AS events\n"
     "ORDER BY published DESC LIMIT 50"),
)


@dataclass
class TimelineData:
    """What the timeline draws: single events, or counts per bin when there are too many."""

    total: int  # dated events matching the filter
    undated: int  # matching events without a date (not drawable)
    events: list[TimelineEvent] = field(default_factory=list)
    bins: list[TimelineBin] = field(default_factory=list)
    in_view: int = 0
    # the lanes by actor are the whole graph's busiest actors, not the range's
    lanes_of_whole_graph: bool = False


#: List parameters are padded to this length (see GraphReader.event_params).
PLAN_LIST_SIZE = 10


def _padded(values: list, filler: Any) -> list:
    """`values` and fillers up to PLAN_LIST_SIZE: "" is no actor id, type, modality (and
    every text contains it); EARLIEST is no long span's start (that seek asks for starts
    before `$start_from`)."""
    return list(values) + [filler] * (PLAN_LIST_SIZE - len(values))


def _key(params: dict) -> tuple:
    """Query parameters as a cache key."""
    return tuple(sorted((k, _frozen(v)) for k, v in params.items()))


def _frozen(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, dict):
        return _key(value)
    return value


def _day(value: Any) -> date | None:
    if value is None:
        return None
    return value.to_native() if hasattr(value, "to_native") else value


def _actors(rows: list[dict]) -> tuple[ActorRef, ...]:
    refs = {(r["id"], r.get("role")): ActorRef(r["id"], r["name"] or r["id"], r.get("type"),
                                                r.get("role")) for r in rows}
    order = {"source": 0, "target": 1, "participant": 2}
    return tuple(sorted(refs.values(), key=lambda a: (order.get(a.role or "", 3), a.name)))


def bin_unit(lo: date, hi: date) -> str:
    """The `date.truncate` unit that gives a readable number of bins for a range.

    At most about 120 per lane: with twenty lanes that is a few thousand marks, which a
    browser draws in well under a second.
    """
    days = (hi - lo).days
    if days <= 120:
        return "day"
    if days <= 2 * 366:
        return "week"
    if days <= 10 * 366:
        return "month"
    return "year"


def bin_end(start: date, unit: str) -> date:
    """The first day after a `date.truncate(unit, ...)` bin that starts at `start`."""
    if unit == "day":
        return start + timedelta(days=1)
    if unit == "week":
        return start + timedelta(days=7)
    if unit == "month":
        return date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


class GraphReader:
    """Read queries over one driver, which it asks for lazily on each call.

    Connection failures come out as `GraphUnavailable` with a message a reader can act on;
    anything else (a bug in a query) raises as itself.
    """

    def __init__(self, driver: Callable[[], Driver], database: str | None = None,
                 cache: ResultCache | None | bool = True, cube: bool = True):
        """`cache`: True for a fresh `ResultCache` over this graph, a cache, or False/None.
        `cube`: count events per period from a cached `EventCube` where the filter allows
        (needs the cache)."""
        self._driver = driver
        self._database = database
        if cache is True:
            cache = ResultCache(self.stamp)
        self._cache = cache if isinstance(cache, ResultCache) else None
        self._use_cube = cube and self._cache is not None
        # Cubes apart from the query results: dozens of zooms fill the result cache, and
        # a cube pushed out of it (the busiest actor's: seconds) would be computed again.
        # (they see a changed graph as soon as the result cache does)
        every = self._cache.stamp_every_s if self._cache is not None else 2.0
        self._cubes = ResultCache(self.stamp, max_entries=MAX_CUBES, ttl_s=CUBE_TTL_S,
                                  stamp_every_s=every)
        self._search_cubes = ResultCache(self.stamp, max_entries=MAX_SEARCH_CUBES,
                                         ttl_s=CUBE_TTL_S, stamp_every_s=every)
        # Facts of the whole graph that every page load or event query needs (its extent,
        # the filter panel's choices, the long date spans): seconds at a million events,
        # so kept apart too, or dozens of zooms would push them out.
        self._facts = ResultCache(self.stamp, max_entries=32, ttl_s=CUBE_TTL_S,
                                  stamp_every_s=every)
        # explorer.event_table's hits of recent searches and actor filters (a few MB each)
        self._hits_cache = ResultCache(self.stamp, max_entries=MAX_SEARCH_CUBES,
                                       ttl_s=CUBE_TTL_S, stamp_every_s=every)
        # explorer.event_table, read by load_event_table (at warm-up) with the stamp of
        # the graph it was read from; read again in the background when that changes.
        self._table: tuple[Hashable, EventTable | None] | None = None
        self._table_max_events = 0
        self._table_lock = threading.Lock()
        self._table_reload: threading.Thread | None = None

    def cube(self, flt: EventFilter) -> EventCube | None:
        """The cached counts cube, if one can answer for this filter: all events, one
        actor's, or a search's (with any actors; needs the full-text indexes). Several
        actors without a search are counted by Neo4j, unless the event table is read."""
        if not self._use_cube:
            return None
        if search_words(flt.text):
            return self._search_cube(flt) if self.text_indexed() else None
        if len(flt.actors) > 1:
            hits = self._hits(flt)
            return None if hits is None else self._cubes.get(
                ("actors-cube", tuple(sorted(flt.actors)), id(hits)), hits.cube)
        if flt.actors:
            return self._cubes.get(("actor-cube", flt.actors[0]), lambda: self._cube_of_hits(
                flt, ACTOR_CUBE, {"actor_id": flt.actors[0]}))
        return self._cubes.get("event-cube", lambda: self._cube_of(EVENT_CUBE, {}))

    def _search_cube(self, flt: EventFilter) -> EventCube:
        params = {"text_query": word_query(flt.text), "actor_ids": sorted(flt.actors) or None}
        return self._search_cubes.get(
            ("search-cube", params["text_query"], tuple(params["actor_ids"] or ())),
            lambda: self._cube_of_hits(flt, SEARCH_CUBE, params))

    def _cube_of_hits(self, flt: EventFilter, query: str, params: dict) -> EventCube:
        """The cube of a search's or actors' events: from the event table when it is
        read, else by Neo4j (`query`)."""
        hits = self._hits(flt)
        return hits.cube() if hits is not None else self._cube_of(query, params)

    def load_event_table(self, max_events: int) -> bool:
        """Read explorer.event_table's table of every event (not on a graph of more than
        `max_events` events); kept up to date from then on. Whether it holds it."""
        if self._cache is None or self.overview().events > max_events:
            return False
        if self.event_table() is not None:
            return True
        self._table_max_events = max_events
        stamp = self._facts.current_stamp()  # before reading: a change shows as stale
        columns = self._read(lambda tx: tx.run(EVENT_TABLE).single())
        self._table = (stamp, EventTable.from_columns(*columns))
        return True

    def event_table(self) -> EventTable | None:
        """The table of every event if it is read and the graph has not changed since;
        else None (and, if it had been read, it is read again in the background)."""
        if self._table is None:
            return None
        stamp, table = self._table
        if stamp == self._facts.current_stamp():
            return table
        with self._table_lock:
            if self._table_reload is None or not self._table_reload.is_alive():
                self._table_reload = threading.Thread(target=self._reload_event_table,
                                                      daemon=True)
                self._table_reload.start()
        return None

    def _reload_event_table(self) -> None:
        try:
            self.load_event_table(self._table_max_events)
        except GraphUnavailable:
            pass

    def _hits(self, flt: EventFilter) -> SearchHits | None:
        """The events a search or actor filter keeps (before dates and kinds), from the
        event table; None without words or actors, or while the table is not read."""
        words = search_words(flt.text)
        if not (words or flt.actors) or (words and not self.text_indexed()):
            return None
        table = self.event_table()
        if table is None:
            return None
        text_query = word_query(flt.text) if words else None
        actor_ids = sorted(flt.actors)

        def compute() -> SearchHits | None:
            def ids(tx: ManagedTransaction) -> np.ndarray:
                found = None
                if text_query:
                    row = tx.run(TEXT_HIT_IDS, text_query=text_query).single()
                    found = np.asarray(row["by_summary"] + row["by_sentence"], dtype=np.int64)
                if actor_ids:
                    of_actors = np.asarray(
                        tx.run(ACTOR_EVENT_IDS, actor_ids=_padded(actor_ids, "")).single()[0],
                        dtype=np.int64)
                    found = of_actors if found is None else np.intersect1d(found, of_actors)
                return found
            return table.hits(self._read(ids))

        return self._hits_cache.get(("hits", text_query, tuple(actor_ids), id(table)), compute)

    def _pick_hits(self, flt: EventFilter, values: dict, take: tuple[str, int] | None) -> None:
        """Set `hits` in an event query's parameters to the search's or actors' events in
        range (of the filter's kinds), when the event table has them: Neo4j then reads
        those events by id, not every hit of the full-text indexes or every event of the
        actors (the busiest actor of a million: 257,000). `take`: ("first", n) or
        ("latest", n) for queries that keep that many in date order; else all of them,
        up to MAX_HIT_IDS."""
        hits = self._hits(flt)
        if hits is None:
            return
        how, n = take or ("first", MAX_HIT_IDS + 1)
        pick = hits.latest if how == "latest" else hits.first
        ids = pick(flt.date_from, flt.date_to, n, flt.types, flt.modalities)
        if take is None and len(ids) > MAX_HIT_IDS:
            return
        values["hits"] = {"ids": ids}

    def _cube_of(self, query: str, params: dict) -> EventCube:
        return EventCube.from_columns(*self._read(lambda tx: tx.run(query, params).single()))

    def _read(self, work: Callable[[ManagedTransaction], Any]) -> Any:
        driver = self._driver()
        try:
            # Our queries name every label on purpose; "unknown label" warnings on an
            # empty graph would only fill the server log.
            with driver.session(default_access_mode=READ_ACCESS, database=self._database,
                                notifications_min_severity="OFF") as s:
                return s.execute_read(work)
        except (ServiceUnavailable, SessionExpired) as error:
            raise GraphUnavailable(f"Neo4j stopped answering: {error}") from error
        except AuthError as error:
            raise GraphUnavailable(f"Neo4j refused the credentials: {error.message}") from error

    def _fetch(self, query: str, params: dict) -> list[dict]:
        return self._read(lambda tx: [r.data() for r in tx.run(query, params)])

    def _rows(self, query: str, **params: Any) -> list[dict]:
        return self._kept((query, _key(params)), lambda: self._fetch(query, params))

    def _graph_facts(self, query: str, **params: Any) -> list[dict]:
        """Rows of a whole-graph query, kept as long as the cubes (when caching at all)."""
        if self._cache is None:
            return self._fetch(query, params)
        return self._facts.get((query, _key(params)), lambda: self._fetch(query, params))

    def _kept(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """`compute()`, through the result cache if this reader has one."""
        return compute() if self._cache is None else self._cache.get(key, compute)

    def stamp(self) -> tuple:
        """The graph's node and relationship counts (from the count store, at once)."""
        return tuple(self._fetch(GRAPH_STAMP, {})[0].values())

    def event_params(self, flt: EventFilter, **params: Any) -> dict:
        """The parameters of an event query: the filter's, with both date bounds set."""
        values = {**flt.params(), **params}
        date_from = values["date_from"] or EARLIEST
        date_to = values["date_to"] or LATEST
        values.update(date_from=date_from, date_to=date_to, start_from=EARLIEST,
                      span_from=EARLIEST, long_starts=[])
        if date_from > EARLIEST:
            spans = self.long_spans()
            values["start_from"] = max(EARLIEST, date_from - timedelta(days=SHORT_SPAN_DAYS))
            values["span_from"] = max(EARLIEST, date_from - timedelta(days=max(
                [SHORT_SPAN_DAYS] + [(end - start).days for start, end in spans])))
            values["long_starts"] = sorted({start for start, end in spans
                                            if start < values["start_from"] and end >= date_from})
        # Neo4j plans a query again for each size class of its list parameters (1, up to
        # 10, ...): 0.2-0.3 s, on a reader's first choice of two types instead of one.
        # Lists padded with values that match nothing keep one plan for 1 to 10 entries.
        values["long_starts"] = _padded(values["long_starts"], EARLIEST)
        for name in ("actor_ids", "types", "modalities", "words"):
            if values.get(name):
                values[name] = _padded(values[name], "")
        return values

    def _event_rows(self, template: str, flt: EventFilter, take: tuple[str, int] | None = None,
                    **params: Any) -> list[dict]:
        """Rows of an event query over the events `flt` keeps, its date range index-bound
        (a search's hits picked by id when they can be: `_pick_hits`)."""
        values = self.event_params(flt, **params)
        self._pick_hits(flt, values, take)
        return self._rows(event_query(template, values, self._by_text(values)), **values)

    def _by_text(self, params: dict) -> bool:
        """Whether an event query with these parameters starts from the full-text indexes."""
        return bool(params.get("text_query")) and self.text_indexed()

    def text_indexed(self) -> bool:
        """Whether both full-text indexes of the word search are online (a graph written
        by an older ingest may lack them: then the search reads every event in range)."""
        return self._graph_facts(TEXT_INDEXES)[0]["online"] == 2

    def long_spans(self) -> list[tuple[date, date]]:
        """(start, end) of every distinct date span longer than SHORT_SPAN_DAYS."""
        return [(_day(r["start"]), _day(r["end"]))
                for r in self._graph_facts(LONG_SPANS, short_days=SHORT_SPAN_DAYS)]

    def max_span_days(self) -> int:
        """The widest span an event's date allows in this graph, in days (at least a month)."""
        return max([SHORT_SPAN_DAYS] + [(end - start).days for start, end in self.long_spans()])

    def overview(self) -> GraphOverview:
        """How many documents, events and actors the graph holds, and its date extent."""
        row = self._graph_facts(OVERVIEW)[0]
        return GraphOverview(documents=row["documents"], events=row["events"],
                             dated_events=row["dated"], actors=row["actors"],
                             first_date=_day(row["first"]), last_date=_day(row["last"]))

    def touch_page_cache(self, max_events: int) -> bool:
        """Read the records most queries need once, so Neo4j's page cache holds them
        (see PAGE_CACHE_TOUCH); not on a graph of more than `max_events` events, which
        a page cache of usual size would not hold anyway. Whether it read them."""
        if self.overview().events > max_events:
            return False
        if not self.load_event_table(max_events):  # no table kept without a cache,
            self._fetch(EVENT_TABLE, {})            # but its query reads the events
        for query in PAGE_CACHE_TOUCH:
            self._fetch(query, {})
        return True

    def filter_options(self, max_actors: int = 2000) -> FilterOptions:
        """Actors (busiest first), event types and modalities to offer in the filter panel."""
        actors = self._graph_facts(FILTER_ACTORS, limit=max_actors)
        values = self._graph_facts(FILTER_VALUES)[0]
        return FilterOptions(
            actors=tuple(ActorNode(r["id"], r["name"] or r["id"], r["type"], r["events"])
                         for r in actors),
            event_types=tuple(sorted(t for t in values["types"] if t)),
            modalities=tuple(sorted(m for m in values["modalities"] if m)),
        )

    def count_events(self, flt: EventFilter) -> tuple[int, int]:
        """(dated, undated) events matching the filter; a date range keeps no undated one."""
        cube = self.cube(flt)
        if cube is not None:
            undated = 0 if (flt.date_from or flt.date_to) else cube.count_undated(
                flt.types, flt.modalities)
            return self.count_dated(flt), undated
        dated = self._event_rows(COUNT_DATED, flt)[0]["n"]
        if flt.date_from or flt.date_to:
            return dated, 0
        return dated, self._event_rows(COUNT_UNDATED, flt)[0]["n"]

    def count_dated(self, flt: EventFilter) -> int:
        """Dated events matching the filter."""
        cube = self.cube(flt)
        if cube is not None:  # a pass over the cells in range: kept, like a query's rows
            return self._cache.get(("cube-count", flt), lambda: cube.count(
                flt.date_from, flt.date_to, flt.types, flt.modalities))
        return self._event_rows(COUNT_DATED, flt)[0]["n"]

    def timeline_events(self, flt: EventFilter, limit: int = DEFAULT_DETAIL_LIMIT) -> list[TimelineEvent]:
        """Dated events matching the filter, earliest first, with their actors."""
        rows = self._event_rows(TIMELINE_EVENTS, flt, ("first", limit), limit=limit)
        return [
            TimelineEvent(
                id=r["id"], type=r["type"] or "event", summary=r["summary"] or r["type"] or "",
                date_value=r["date_value"], date_start=_day(r["date_start"]),
                date_end=_day(r["date_end"]), granularity=r["granularity"],
                modality=r["modality"] or "asserted", confidence=float(r["confidence"]),
                actors=_actors(r["actors"]), mention_count=r["mention_count"],
            )
            for r in rows
        ]

    def timeline_bins(self, flt: EventFilter, unit: str, lane_by: str = "type") -> list[TimelineBin]:
        """Matching events counted per lane and `date.truncate(unit)` period.

        By type, from the cube when the filter allows; else (and by actor) by Neo4j.
        """
        cube = self.cube(flt)
        if cube is not None and lane_by != "actor":
            return self._cache.get(("cube-bins", flt, unit), lambda: cube.bins(
                flt.date_from, flt.date_to, unit, flt.types, flt.modalities, bin_end=bin_end))
        if lane_by == "actor" and self.lanes_of_whole_graph(flt):
            return self._cache.get(("actor-lanes", flt, unit),
                                   lambda: self._busiest_actor_bins(flt, unit))
        query = TIMELINE_BINS_BY_ACTOR if lane_by == "actor" else TIMELINE_BINS_BY_TYPE
        rows = self._event_rows(query, flt, unit=unit)
        if lane_by == "actor":  # keep the busiest lanes readable
            totals: dict[str, int] = {}
            for r in rows:
                totals[r["lane"]] = totals.get(r["lane"], 0) + r["n"]
            keep = set(sorted(totals, key=lambda k: -totals[k])[:MAX_ACTOR_LANES])
            rows = [r for r in rows if r["lane"] in keep]
        return [TimelineBin(_day(r["bin"]), bin_end(_day(r["bin"]), unit), r["lane"], r["n"])
                for r in rows]

    def lanes_of_whole_graph(self, flt: EventFilter) -> bool:
        """Whether lanes by actor for this filter come from the busiest actors' cubes:
        more than ACTOR_LANES_SCAN_LIMIT events, no actor chosen, no words searched."""
        return (not flt.actors and not search_words(flt.text) and self.cube(flt) is not None
                and self.count_dated(flt) > ACTOR_LANES_SCAN_LIMIT)  # kept: asked twice

    def _busiest_actor_bins(self, flt: EventFilter, unit: str) -> list[TimelineBin]:
        """Lanes for the graph's busiest actors, counted from their cubes: too many events
        in range to count per actor in Neo4j on each zoom. The lanes are the busiest of the
        whole graph that act in range, not of the range (docs/explorer.md says so)."""
        busiest = self.filter_options(max_actors=MAX_ACTOR_LANES).actors
        bins = []
        for actor in busiest:
            bins += self.cube(EventFilter(actors=(actor.id,))).bins(
                flt.date_from, flt.date_to, unit, flt.types, flt.modalities,
                bin_end=bin_end, lane=actor.name)
        return bins

    def timeline(
        self,
        flt: EventFilter,
        view: tuple[date, date] | None,
        lane_by: str = "type",
        detail_limit: int = DEFAULT_DETAIL_LIMIT,
    ) -> TimelineData:
        """Single events when they are few enough to draw, else counts per bin.

        All events are read when the whole filter fits, so zooming needs no new query;
        otherwise only the zoomed range is read, in detail once it is small enough.
        """
        total, undated = self.count_events(flt)
        data = TimelineData(total=total, undated=undated, in_view=total)
        if total == 0:
            return data
        if total <= detail_limit:
            data.events = self.timeline_events(flt, limit=detail_limit)
            return data
        in_view = flt
        if view and view[0] and view[1]:
            in_view = replace(flt, date_from=max(d for d in (flt.date_from, view[0]) if d),
                              date_to=min(d for d in (flt.date_to, view[1]) if d))
            if lane_by != "actor" and self.cube(in_view) is not None:
                # one pass: the bins add up to the count in view
                bins = self.timeline_bins(in_view, bin_unit(*view), lane_by)
                data.in_view = sum(b.count for b in bins)
                if data.in_view <= detail_limit:
                    data.events = self.timeline_events(in_view, limit=detail_limit)
                else:
                    data.bins = bins
                return data
            data.in_view = self.count_dated(in_view)
        if data.in_view <= detail_limit:
            data.events = self.timeline_events(in_view, limit=detail_limit)
            return data
        lo, hi = view if view and view[0] else self._date_extent(in_view)
        data.bins = self.timeline_bins(in_view, bin_unit(lo, hi), lane_by)
        data.lanes_of_whole_graph = lane_by == "actor" and self.lanes_of_whole_graph(in_view)
        return data

    def _date_extent(self, flt: EventFilter) -> tuple[date, date]:
        overview = self.overview()
        lo = flt.date_from or overview.first_date or date.today()
        hi = flt.date_to or overview.last_date or lo
        return lo, hi

    def actor_graph(
        self, flt: EventFilter, max_actors: int = DEFAULT_MAX_ACTORS,
        sample: int = ACTOR_SAMPLE,
    ) -> tuple[list[ActorNode], list[ActorEdge]]:
        """The busiest actors of the matching events and the events they share.

        Only the latest `sample` dated events are read (see `_LATEST_EVENTS`).
        """
        nodes = [ActorNode(r["id"], r["name"] or r["id"], r["type"], r["events"])
                 for r in self._event_rows(ACTOR_NODES, flt, ("latest", sample),
                                          limit=max_actors, sample=sample)]
        # Asked even for fewer than two actors (a quick query then): so warm-up, whose
        # small samples may show one actor, has Neo4j plan it for every kind of filter
        # (a first search's graph: +0.3 s). The ids are padded to `max_actors` with ""
        # (no actor's id): one plan for any number of them, as for the other lists.
        ids = [n.id for n in nodes] + [""] * (max_actors - len(nodes))
        params = self.event_params(flt, node_ids=ids, sample=sample)
        self._pick_hits(flt, params, ("latest", sample))
        query = event_query(ACTOR_PARTICIPATIONS, params, self._by_text(params))
        return nodes, self._kept(("edges", query, _key(params)), lambda: edges_of(
            *self._read(lambda tx: tx.run(query, params).single())))

    def event_detail(self, event_id: str) -> EventDetail | None:
        """One event with its actors and every report of it (None if it is gone)."""
        rows = self._rows(EVENT_DETAIL, id=event_id)
        if not rows:
            return None
        e, reports = rows[0]["event"], rows[0]["reports"]
        return EventDetail(
            id=e["id"], type=e.get("type") or "event", summary=e.get("summary") or "",
            trigger=e.get("trigger"), date_value=e.get("date_value"),
            date_start=_day(e.get("date_start")), date_end=_day(e.get("date_end")),
            granularity=e.get("granularity"), modality=e.get("modality") or "asserted",
            confidence=float(e.get("confidence") or 0.5),
            actors=_actors(rows[0]["actors"]),
            reports=tuple(
                Report(doc_id=r["doc_id"], title=r["title"], source=r["source"], url=r["url"],
                       published=_day(r["published"]), sentence=r["sentence"] or "",
                       start=r["start"] or 0, end=r["end"] or 0, trigger=r["trigger"],
                       trigger_start=r["trigger_start"], trigger_end=r["trigger_end"],
                       modality=r["modality"])
                for r in reports
            ),
        )
