"""The read side of the graph: every Cypher query the explorer runs lives here.

All queries are parameterised and run in READ transactions. Results come back as the
plain records of explorer.records, with Python dates, so views never see driver types.
The filter fragment below is the one place a filter turns into Cypher; callers pass an
`EventFilter`, never text.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Callable

from neo4j import READ_ACCESS, Driver, ManagedTransaction
from neo4j.exceptions import AuthError, ServiceUnavailable, SessionExpired

from explorer.filters import EventFilter
from explorer.records import (
    ActorEdge, ActorNode, ActorRef, EventDetail, FilterOptions, GraphOverview, Report,
    TimelineBin, TimelineEvent,
)
from graphdb.connection import GraphUnavailable

#: Above this many events in the visible range the timeline shows counts per period.
DEFAULT_DETAIL_LIMIT = 2000
DEFAULT_MAX_ACTORS = 40
MAX_ACTOR_LANES = 30

# `e` is the event; every parameter may be null, meaning "no restriction".
_EVENT_FILTER = """
    ($types IS NULL OR e.type IN $types)
    AND ($modalities IS NULL OR e.modality IN $modalities)
    AND ($date_from IS NULL OR e.date_end >= $date_from)
    AND ($date_to IS NULL OR e.date_start <= $date_to)
    AND ($actor_ids IS NULL OR EXISTS {
          MATCH (fa:Actor)-[:PARTICIPATED_IN]->(e) WHERE fa.id IN $actor_ids })
    AND ($text IS NULL OR toLower(coalesce(e.summary, '')) CONTAINS $text OR EXISTS {
          MATCH (e)-[fr:REPORTED_IN]->(:Document) WHERE toLower(fr.sentence) CONTAINS $text })
"""

OVERVIEW = """
MATCH (e:Event)
WITH count(e) AS events, count(e.date_start) AS dated,
     min(e.date_start) AS first, max(e.date_end) AS last
RETURN events, dated, first, last,
       COUNT { (:Document) } AS documents, COUNT { (:Actor) } AS actors
"""

FILTER_ACTORS = """
MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event)
RETURN a.id AS id, a.name AS name, a.type AS type, count(DISTINCT e) AS events
ORDER BY events DESC, name
LIMIT $limit
"""

FILTER_VALUES = """
MATCH (e:Event)
RETURN collect(DISTINCT e.type) AS types, collect(DISTINCT e.modality) AS modalities
"""

COUNT_EVENTS = f"""
MATCH (e:Event)
WHERE {_EVENT_FILTER}
RETURN count(e) AS matching, count(e.date_start) AS dated
"""

TIMELINE_EVENTS = f"""
MATCH (e:Event)
WHERE e.date_start IS NOT NULL AND {_EVENT_FILTER}
WITH e ORDER BY e.date_start, e.id LIMIT $limit
OPTIONAL MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
WITH e, collect(CASE WHEN a IS NULL THEN null
                     ELSE {{id: a.id, name: a.name, type: a.type, role: p.role}} END) AS actors
RETURN e.id AS id, e.type AS type, e.summary AS summary, e.date_value AS date_value,
       e.date_start AS date_start, coalesce(e.date_end, e.date_start) AS date_end,
       e.granularity AS granularity, e.modality AS modality,
       coalesce(e.confidence, 0.5) AS confidence,
       coalesce(e.mention_count, 1) AS mention_count, actors
ORDER BY date_start, id
"""

TIMELINE_BINS_BY_TYPE = f"""
MATCH (e:Event)
WHERE e.date_start IS NOT NULL AND {_EVENT_FILTER}
RETURN date.truncate($unit, e.date_start) AS bin, e.type AS lane, count(e) AS n
ORDER BY bin, lane
"""

TIMELINE_BINS_BY_ACTOR = f"""
MATCH (e:Event)
WHERE e.date_start IS NOT NULL AND {_EVENT_FILTER}
OPTIONAL MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)
RETURN date.truncate($unit, e.date_start) AS bin, coalesce(a.name, '(no actor)') AS lane,
       count(DISTINCT e) AS n
ORDER BY bin, lane
"""

ACTOR_NODES = f"""
MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event)
WHERE {_EVENT_FILTER}
RETURN a.id AS id, a.name AS name, a.type AS type, count(DISTINCT e) AS events
ORDER BY events DESC, name
LIMIT $limit
"""

# An edge points from an event's source actor to its other actors; pairs with no source
# role between them are ordered by id so that each pair is counted once.
ACTOR_EDGES = f"""
MATCH (a:Actor)-[ra:PARTICIPATED_IN]->(e:Event)<-[rb:PARTICIPATED_IN]-(b:Actor)
WHERE a.id IN $node_ids AND b.id IN $node_ids AND a <> b
  AND CASE
        WHEN ra.role = 'source' AND rb.role <> 'source' THEN true
        WHEN rb.role = 'source' AND ra.role <> 'source' THEN false
        ELSE a.id < b.id
      END
  AND {_EVENT_FILTER}
WITH a, b, e, CASE WHEN ra.role = 'source' AND rb.role <> 'source' THEN 1 ELSE 0 END AS directed
RETURN a.id AS source, b.id AS target, collect(DISTINCT e.type) AS types,
       count(DISTINCT e) AS weight, max(directed) = 1 AS directed
ORDER BY weight DESC, source, target
"""

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
    """The `date.truncate` unit that gives a readable number of bins for a range."""
    days = (hi - lo).days
    if days <= 90:
        return "day"
    if days <= 3 * 365:
        return "week"
    if days <= 40 * 365:
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

    def __init__(self, driver: Callable[[], Driver], database: str | None = None):
        self._driver = driver
        self._database = database

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

    def _rows(self, query: str, **params: Any) -> list[dict]:
        return self._read(lambda tx: [r.data() for r in tx.run(query, params)])

    def overview(self) -> GraphOverview:
        """How many documents, events and actors the graph holds, and its date extent."""
        row = self._rows(OVERVIEW)[0]
        return GraphOverview(documents=row["documents"], events=row["events"],
                             dated_events=row["dated"], actors=row["actors"],
                             first_date=_day(row["first"]), last_date=_day(row["last"]))

    def filter_options(self, max_actors: int = 2000) -> FilterOptions:
        """Actors (busiest first), event types and modalities to offer in the filter panel."""
        actors = self._rows(FILTER_ACTORS, limit=max_actors)
        values = self._rows(FILTER_VALUES)[0]
        return FilterOptions(
            actors=tuple(ActorNode(r["id"], r["name"] or r["id"], r["type"], r["events"])
                         for r in actors),
            event_types=tuple(sorted(t for t in values["types"] if t)),
            modalities=tuple(sorted(m for m in values["modalities"] if m)),
        )

    def count_events(self, flt: EventFilter) -> tuple[int, int]:
        """(dated, undated) events matching the filter."""
        row = self._rows(COUNT_EVENTS, **flt.params())[0]
        return row["dated"], row["matching"] - row["dated"]

    def timeline_events(self, flt: EventFilter, limit: int = DEFAULT_DETAIL_LIMIT) -> list[TimelineEvent]:
        """Dated events matching the filter, earliest first, with their actors."""
        rows = self._rows(TIMELINE_EVENTS, limit=limit, **flt.params())
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
        """Matching events counted per lane and `date.truncate(unit)` period, by Neo4j."""
        query = TIMELINE_BINS_BY_ACTOR if lane_by == "actor" else TIMELINE_BINS_BY_TYPE
        rows = self._rows(query, unit=unit, **flt.params())
        if lane_by == "actor":  # keep the busiest lanes readable
            totals: dict[str, int] = {}
            for r in rows:
                totals[r["lane"]] = totals.get(r["lane"], 0) + r["n"]
            keep = set(sorted(totals, key=lambda k: -totals[k])[:MAX_ACTOR_LANES])
            rows = [r for r in rows if r["lane"] in keep]
        return [TimelineBin(_day(r["bin"]), bin_end(_day(r["bin"]), unit), r["lane"], r["n"])
                for r in rows]

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
            data.in_view, _ = self.count_events(in_view)
        if data.in_view <= detail_limit:
            data.events = self.timeline_events(in_view, limit=detail_limit)
            return data
        lo, hi = view if view and view[0] else self._date_extent(in_view)
        data.bins = self.timeline_bins(in_view, bin_unit(lo, hi), lane_by)
        return data

    def _date_extent(self, flt: EventFilter) -> tuple[date, date]:
        overview = self.overview()
        lo = flt.date_from or overview.first_date or date.today()
        hi = flt.date_to or overview.last_date or lo
        return lo, hi

    def actor_graph(
        self, flt: EventFilter, max_actors: int = DEFAULT_MAX_ACTORS
    ) -> tuple[list[ActorNode], list[ActorEdge]]:
        """The busiest actors of the matching events and the events they share."""
        params = flt.params()
        nodes = [ActorNode(r["id"], r["name"] or r["id"], r["type"], r["events"])
                 for r in self._rows(ACTOR_NODES, limit=max_actors, **params)]
        if len(nodes) < 2:
            return nodes, []
        edges = [ActorEdge(r["source"], r["target"], tuple(sorted(r["types"])), r["weight"],
                           bool(r["directed"]))
                 for r in self._rows(ACTOR_EDGES, node_ids=[n.id for n in nodes], **params)]
        return nodes, edges

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
