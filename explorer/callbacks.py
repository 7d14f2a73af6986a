"""Callbacks: read the inputs, call queries and figures, return the outputs. No Cypher here."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Callable

from dash import ClientsideFunction, Dash, Input, Output, State, ctx, dcc, html, no_update
from dash.exceptions import PreventUpdate
from neo4j import Driver

from explorer import console, export, figures
from explorer.filters import EventFilter, ViewState, next_state, parse_day, zoom_from_relayout
from explorer.queries import ACTOR_SAMPLE, EXAMPLE_QUERIES, MAX_ACTOR_LANES, GraphReader
from explorer.records import ConsoleResult
from graphdb.connection import GraphUnavailable

#: Which kind of change each component's event is (explorer.filters.next_state).
MOVED = {None: "url", "url": "url", "f-clear": "clear", "actor-graph": "actor"}


@dataclass(frozen=True)
class Options:
    """Limits the app was created with (see create_app)."""

    detail_limit: int
    max_actors: int
    console_timeout_s: float
    console_row_cap: int
    database: str | None = None
    actor_sample: int = ACTOR_SAMPLE


#: The zoomed range warm() asks for: short enough to be cheap on any graph.
WARM_DAYS = 30
#: How many of the busiest actors get their counts cube computed at start.
WARM_ACTORS = 30
#: Up to this many events, warm() reads the event table of a search's hits (GraphReader.
#: load_event_table: 3-5 s and ~15 MB at a million events) and fills Neo4j's page cache
#: (touch_page_cache: a few seconds more), in the background.
WARM_PAGE_CACHE_MAX_EVENTS = 5_000_000

#: Events are capped so an export click cannot pull a million rows through the page.
EXPORT_EVENT_CAP = 50_000


def _bin_range(click: dict | None):
    lo, hi = parse_day((click or {}).get("from")), parse_day((click or {}).get("to"))
    return (lo, hi) if lo and hi else None


def register(app: Dash, reader: GraphReader, driver: Callable[[], Driver], options: Options) -> None:
    """Wire the page's components to the graph."""

    # Plotly reports every resize as a relayout too. Passing on only real zooms, in the
    # browser, keeps those from re-running (and so cancelling) a pending state update.
    app.clientside_callback(
        ClientsideFunction(namespace="explorer", function_name="zoomOnly"),
        Output("zoom", "data"), Input("timeline", "relayoutData"), prevent_initial_call=True,
    )
    # Clicking a period in the many-events overview zooms into it (the figure is read in
    # the browser for the period's edges; nothing travels).
    app.clientside_callback(
        ClientsideFunction(namespace="explorer", function_name="binClickOnly"),
        Output("bin-click", "data"), Input("timeline", "clickData"),
        State("timeline", "figure"), prevent_initial_call=True,
    )

    @app.callback(
        Output("f-actors", "value"), Output("f-types", "value"),
        Output("f-modalities", "value"), Output("f-dates", "start_date"),
        Output("f-dates", "end_date"), Output("f-text", "value"), Output("f-lanes", "value"),
        Output("f-colour", "value"), Output("url", "search"), Output("state", "data"),
        Input("url", "search"), Input("f-actors", "value"), Input("f-types", "value"),
        Input("f-modalities", "value"), Input("f-dates", "start_date"),
        Input("f-dates", "end_date"), Input("f-text", "value"), Input("f-lanes", "value"),
        Input("f-colour", "value"), Input("f-clear", "n_clicks"),
        Input("actor-graph", "tapNode"),
        State("state", "data"), State("f-actors", "options"), State("f-types", "options"),
        State("f-modalities", "options"),
    )
    def sync_state(search, actors, types, modalities, start, end, text, lanes, colour,
                   _clear, tapped, stored, *dropdown_options):
        """Keep URL, filter controls and the state store in step, whichever one moved.

        A zoom does not pass through here: render_timeline reads it and writes the URL
        itself, which saves a zoom one round trip to the server.
        """
        trigger = ctx.triggered_id
        dropdowns = ("f-actors", "f-types", "f-modalities")
        if trigger in dropdowns and not dropdown_options[dropdowns.index(trigger)]:
            # A dropdown drops values it has no options for yet (a URL read before the
            # options arrived); that is not the reader's choice. restore_dropdowns puts
            # them back once the options are there.
            raise PreventUpdate
        current = ViewState.from_store(stored) if stored else None
        moved = MOVED.get(trigger, "controls")
        new = next_state(
            current, moved, search=search,
            controls=ViewState(
                EventFilter(actors=tuple(actors or ()), types=tuple(types or ()),
                            modalities=tuple(modalities or ()), date_from=parse_day(start),
                            date_to=parse_day(end), text=(text or "").strip() or None),
                lanes=lanes or "type", colour=colour or "modality"),
            actor=((tapped or {}).get("data") or {}).get("id"),
        )
        if new is None:
            raise PreventUpdate
        # Controls the reader just moved keep their own values; anything else sets them.
        f = new.filter
        control_values = [no_update] * 8 if moved == "controls" else [
            list(f.actors), list(f.types), list(f.modalities),
            f.date_from.isoformat() if f.date_from else None,
            f.date_to.isoformat() if f.date_to else None,
            f.text or "", new.lanes, new.colour,
        ]
        query = new.to_query()
        return (*control_values, query if query != (search or "") else no_update,
                new.to_store())

    @app.callback(
        Output("f-actors", "options"), Output("f-types", "options"),
        Output("f-modalities", "options"), Output("banner", "children"),
        Output("banner", "hidden"), Output("banner", "className"),
        Input("url", "pathname"),
    )
    def load_options(_pathname):
        """Fill the filter panel; say plainly when the graph is unreachable or empty."""
        try:
            overview = reader.overview()
            choices = reader.filter_options()
        except GraphUnavailable as error:
            return [], [], [], *figures.banner(error=str(error))
        actors = [{"label": f"{a.name} ({a.event_count})", "value": a.id} for a in choices.actors]
        types = [{"label": t, "value": t} for t in choices.event_types]
        modalities = [{"label": m, "value": m} for m in choices.modalities]
        return actors, types, modalities, *figures.banner(overview=overview)

    @app.callback(
        Output("f-actors", "value", allow_duplicate=True),
        Output("f-types", "value", allow_duplicate=True),
        Output("f-modalities", "value", allow_duplicate=True),
        Input("f-actors", "options"), State("state", "data"), prevent_initial_call=True,
    )
    def restore_dropdowns(_options, stored):
        """Once the options are there, show the values the URL asked for."""
        f = ViewState.from_store(stored).filter
        return list(f.actors), list(f.types), list(f.modalities)

    # The figures follow the URL, not the state store: sync_state writes the URL whenever
    # the state changes, and on page load the URL is there at once, so the first figures
    # are asked for in the same round as the state instead of one round after it. A zoom
    # (or a click on a count) is read here directly and the new URL written from here:
    # input to redrawn figure in one round trip.
    @app.callback(
        Output("timeline", "figure"), Output("timeline-status", "children"),
        Output("drawn", "data"), Output("url", "search", allow_duplicate=True),
        Input("url", "search"), Input("zoom", "data"), Input("bin-click", "data"),
        prevent_initial_call="initial_duplicate",
    )
    def render_timeline(search, zoom_event, bin_click):
        state = ViewState.from_query(search)
        trigger = ctx.triggered_id
        if trigger in ("zoom", "bin-click"):
            view = zoom_from_relayout(zoom_event) if trigger == "zoom" else _bin_range(bin_click)
            if view is None or state.zoomed(view) == state:
                raise PreventUpdate
            state = state.zoomed(view)
        query = state.to_query()
        try:
            data = reader.timeline(state.filter, state.view, state.lanes,
                                   detail_limit=options.detail_limit)
        except GraphUnavailable as error:
            return (figures.empty_figure("Neo4j cannot be reached."), str(error), query,
                    no_update)
        if data.bins:
            figure = figures.timeline_bins_figure(data.bins, data.in_view, state.view)
        else:
            figure = figures.timeline_figure(data.events, state.lanes, state.colour, state.view)
        status = _status_line(data.total, data.undated, len(data.events), bool(data.bins),
                              data.lanes_of_whole_graph)
        return figure, status, query, query if query != (search or "") else no_update

    # The actor graph follows the timeline: drawn after it, it does not compete with it
    # for the server and the browser.
    @app.callback(
        Output("actor-graph", "elements"), Output("actor-status", "children"),
        Input("drawn", "data"), prevent_initial_call=True,
    )
    def render_actor_graph(search):
        state = ViewState.from_query(search)
        flt = state.in_view_filter()
        try:
            nodes, edges = reader.actor_graph(flt, options.max_actors, options.actor_sample)
            in_view = reader.count_dated(flt) if len(nodes) >= options.max_actors else 0
        except GraphUnavailable:
            return [], "Neo4j cannot be reached."
        elements = figures.actor_elements(nodes, edges, chosen=state.filter.actors)
        sampled = options.actor_sample if in_view > options.actor_sample else None
        return elements, figures.actor_status(elements, options.max_actors, sampled, in_view)

    @app.callback(
        Output("download", "data"),
        *(Input(f"export-{kind}", "n_clicks") for kind in export.EXPORTS),
        State("url", "search"), prevent_initial_call=True,
    )
    def export_selection(*args):
        kind = (ctx.triggered_id or "").removeprefix("export-")
        if kind not in export.EXPORTS:
            raise PreventUpdate
        flt = ViewState.from_query(args[-1]).in_view_filter()
        try:
            if kind.startswith("events"):
                events = reader.timeline_events(flt, limit=EXPORT_EVENT_CAP)
                content = (export.events_csv if kind == "events-csv" else export.events_json)(events)
            else:
                nodes, edges = reader.actor_graph(flt, options.max_actors, options.actor_sample)
                content = (export.graph_graphml if kind == "graph-graphml"
                           else export.graph_json)(nodes, edges)
        except GraphUnavailable:
            raise PreventUpdate from None
        return dcc.send_string(content, export.EXPORTS[kind][1])

    @app.callback(
        Output("event-detail", "children"), Input("timeline", "clickData"),
        prevent_initial_call=True,
    )
    def show_event(click):
        points = (click or {}).get("points") or []
        custom = points[0].get("customdata") if points else None
        if not custom or not custom[0]:
            raise PreventUpdate  # a count, not an event: bin-click zooms into it
        try:
            detail = reader.event_detail(custom[0])
        except GraphUnavailable as error:
            return [html.P(str(error), className="hint")]
        return figures.event_detail_children(detail)

    @app.callback(
        Output("explore-view", "hidden"), Output("console-view", "hidden"),
        Input("tabs", "value"),
    )
    def switch_tab(tab):
        return tab != "explore", tab != "console"

    @app.callback(
        Output("console-query", "value"), Input("console-examples", "value"),
        prevent_initial_call=True,
    )
    def pick_example(index):
        if index is None:
            raise PreventUpdate
        return EXAMPLE_QUERIES[int(index)][1]

    @app.callback(
        Output("console-result", "children"), Input("console-run", "n_clicks"),
        State("console-query", "value"), prevent_initial_call=True,
    )
    def run_console(_clicks, text):
        try:
            graph = driver()
        except GraphUnavailable as error:
            return figures.console_table(ConsoleResult(error=str(error)))
        result = console.run_query(graph, text or "", timeout_s=options.console_timeout_s,
                                   row_cap=options.console_row_cap, database=options.database)
        return figures.console_table(result)


def warm(reader: GraphReader, options: Options) -> None:
    """Ask once for what the default page asks for, so its first visitor finds it cached,
    read the event table (explorer.event_table), and ask once for each other kind of
    query the page makes (zoomed, by actor, by words), and last fill Neo4j's page cache.

    Whole-graph aggregates over a million events take Neo4j seconds, and Neo4j plans
    each kind of query the first time it sees it (up to a second); run this in the
    background at start. An unreachable graph is left for the page to report.
    """
    state = ViewState()
    try:
        overview = reader.overview()
        choices = reader.filter_options()
        reader.timeline(state.filter, None, state.lanes, detail_limit=options.detail_limit)
        reader.actor_graph(state.in_view_filter(), options.max_actors, options.actor_sample)
        reader.count_dated(state.in_view_filter())
        # The event table: searches and actors' events are then counted from it.
        reader.load_event_table(WARM_PAGE_CACHE_MAX_EVENTS)
        # The busiest actors' counts cubes: their events are too many to count per zoom
        # (and on a large graph they are the lanes by actor, asked for next).
        for actor in choices.actors[:WARM_ACTORS]:
            reader.cube(EventFilter(actors=(actor.id,)))
        reader.timeline(state.filter, None, "actor", detail_limit=options.detail_limit)
        if not (overview.last_date and choices.actors):
            return
        # A word of the busiest actor: the first search with many hits ran 2-3 times
        # slower in Neo4j (182 against 80 ms at 117,000 hits) than later ones.
        busy = EventFilter(text=(choices.actors[0].name.split() or [choices.actors[0].id])[0])
        reader.timeline(busy, None, state.lanes, detail_limit=options.detail_limit)
        reader.actor_graph(busy, options.max_actors, options.actor_sample)
        # Small samples of the other kinds: the last weeks, the least busy actor listed,
        # a word of its name, one type, one modality (each asks Neo4j a query of its own
        # shape, which it plans on first sight: 0.2-0.3 s).
        quiet = choices.actors[-1]
        word = (quiet.name.split() or [quiet.id])[0]
        view = (overview.last_date - timedelta(days=WARM_DAYS), overview.last_date)
        kinds = [EventFilter(types=choices.event_types[:1])] if choices.event_types else []
        kinds += [EventFilter(modalities=choices.modalities[:1])] if choices.modalities else []
        for flt in (state.filter, EventFilter(actors=(quiet.id,)), EventFilter(text=word),
                    *kinds):
            sample = ViewState(flt).zoomed(view)
            for lanes in ("type", "actor"):
                reader.timeline(flt, view, lanes, detail_limit=options.detail_limit)
            reader.actor_graph(sample.in_view_filter(), options.max_actors, options.actor_sample)
            reader.count_dated(sample.in_view_filter())
            # the single events of a zoomed view (the counts above may not have needed them)
            reader.timeline_events(sample.in_view_filter(), limit=options.detail_limit)
        # last: the first reader's view and the query plans matter more
        reader.touch_page_cache(WARM_PAGE_CACHE_MAX_EVENTS)
    except GraphUnavailable:
        pass


def _status_line(total: int, undated: int, drawn: int, binned: bool,
                 lanes_of_whole_graph: bool = False) -> str:
    if total == 0 and undated == 0:
        return "No events match these filters."
    parts = [f"{total} dated event(s) match"]
    if binned:
        parts.append("too many to draw one by one: counts per period; zoom in for single events")
    if lanes_of_whole_graph:
        parts.append(f"lanes: the {MAX_ACTOR_LANES} busiest actors of the whole graph that act "
                     "in this range (too many events to rank actors per range)")
    elif drawn < total:
        parts.append(f"{drawn} shown in the zoomed range")
    if undated:
        parts.append(f"{undated} undated not on the timeline")
    return "; ".join(parts) + "."
