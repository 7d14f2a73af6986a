"""The explorer's page: layout and the `create_app` factory.

The layout is static and holds no data: every figure and option list is filled by a
callback after the page loads, so the page appears at once even on a large graph, and
says so plainly when Neo4j is down or empty.
"""
from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from typing import Any

import dash_cytoscape as cyto
from dash import Dash, dcc, html

from explorer import callbacks
from explorer.console import DEFAULT_ROW_CAP, DEFAULT_TIMEOUT_S
from explorer.driver import LazyDriver, driver_factory
from explorer.export import EXPORTS
from explorer.figures import ACTOR_STYLESHEET, empty_figure
from explorer.queries import DEFAULT_DETAIL_LIMIT, DEFAULT_MAX_ACTORS, EXAMPLE_QUERIES, GraphReader

ASSETS = Path(__file__).resolve().parent / "assets"
# Randomised starts: new elements otherwise all begin at one point and stay clumped.
ACTOR_LAYOUT = {"name": "cose", "animate": False, "randomize": True, "fit": True,
                "padding": 30, "nodeRepulsion": 400000, "idealEdgeLength": 100,
                "nodeOverlap": 20, "componentSpacing": 80, "gravity": 60}


def _field(label: str, control: Any) -> html.Div:
    return html.Div([html.Label(label, className="field-label"), control], className="field")


def filter_panel() -> html.Aside:
    return html.Aside([
        html.H2("Filters"),
        _field("Actors", dcc.Dropdown(id="f-actors", multi=True, placeholder="any actor")),
        _field("Event types", dcc.Dropdown(id="f-types", multi=True, placeholder="any type")),
        _field("Modality", dcc.Dropdown(id="f-modalities", multi=True,
                                        placeholder="asserted, planned, …")),
        _field("Date range", dcc.DatePickerRange(id="f-dates", display_format="YYYY-MM-DD",
                                                 clearable=True)),
        _field("Search summary and sentence",
               dcc.Input(id="f-text", type="search", debounce=True, placeholder="e.g. Duma")),
        _field("Lanes", dcc.RadioItems(id="f-lanes", value="type", inline=True, options=[
            {"label": "by event type", "value": "type"},
            {"label": "by actor", "value": "actor"}])),
        _field("Colour", dcc.RadioItems(id="f-colour", value="modality", inline=True, options=[
            {"label": "by modality", "value": "modality"},
            {"label": "by type", "value": "type"}])),
        html.Button("Clear all", id="f-clear", n_clicks=0, className="button"),
        _field("Export the selection", html.Div([
            html.Button(label, id=f"export-{kind}", n_clicks=0, className="button export")
            for kind, (label, _file) in EXPORTS.items()
        ], className="exports")),
        dcc.Download(id="download"),
        html.P("Zoom or drag the timeline's range slider to narrow the actor graph; "
               "click an actor to see only its events; the address bar keeps the view.",
               className="hint"),
    ], id="filters", className="filters")


def explore_view() -> html.Div:
    return html.Div([
        filter_panel(),
        html.Main([
            html.Div(id="timeline-status", className="status"),
            dcc.Graph(id="timeline", figure=empty_figure("Loading events…"),
                      config={"displaylogo": False, "scrollZoom": True},
                      className="timeline"),
            html.Div([
                html.Section([
                    html.H2("Actors"),
                    html.Div(id="actor-status", className="status"),
                    cyto.Cytoscape(id="actor-graph", elements=[], stylesheet=ACTOR_STYLESHEET,
                                   layout=ACTOR_LAYOUT,
                                   style={"width": "100%", "height": "420px"},
                                   minZoom=0.2, maxZoom=3),
                ], className="panel actor-panel"),
                html.Section([
                    html.H2("Event"),
                    html.Div(html.P("Click an event on the timeline to read its source "
                                    "sentence.", className="hint"), id="event-detail"),
                ], className="panel detail-panel"),
            ], className="lower"),
        ], className="content"),
    ], id="explore-view", className="explore")


def console_view() -> html.Div:
    return html.Div([
        html.P("Read-only Cypher: the server refuses writes; queries stop after the timeout "
               "and tables after the row cap.", className="hint"),
        dcc.Dropdown(id="console-examples", placeholder="Example queries…", clearable=True,
                     options=[{"label": label, "value": i}
                              for i, (label, _) in enumerate(EXAMPLE_QUERIES)]),
        dcc.Textarea(id="console-query", value=EXAMPLE_QUERIES[0][1], spellCheck=False,
                     className="console-query"),
        html.Button("Run read-only", id="console-run", n_clicks=0, className="button"),
        dcc.Loading(html.Div(id="console-result", className="console-result")),
    ], id="console-view", className="console", hidden=True)


def layout() -> html.Div:
    """The whole page, without data: callbacks fill it after load."""
    return html.Div([
        dcc.Location(id="url", refresh=False),
        dcc.Store(id="state"),
        dcc.Store(id="zoom"),
        dcc.Store(id="bin-click"),
        dcc.Store(id="drawn"),  # the URL query the timeline was last drawn for
        html.Header([
            html.H1("Event explorer"),
            dcc.Tabs(id="tabs", value="explore", className="tabs", children=[
                dcc.Tab(label="Timeline & actors", value="explore", id="tab-explore",
                        className="tab", selected_className="tab-selected"),
                dcc.Tab(label="Cypher console", value="console", id="tab-console",
                        className="tab", selected_className="tab-selected"),
            ]),
        ], className="header"),
        html.Div(id="banner", className="banner", hidden=True),
        explore_view(),
        console_view(),
    ], className="page")


def create_app(
    settings_or_driver_factory: Any = None,
    *,
    detail_limit: int = DEFAULT_DETAIL_LIMIT,
    max_actors: int = DEFAULT_MAX_ACTORS,
    console_timeout_s: float = DEFAULT_TIMEOUT_S,
    console_row_cap: int = DEFAULT_ROW_CAP,
    database: str | None = None,
    warm_cache: bool = False,
) -> Dash:
    """The Dash app over one graph; connects lazily, on the first request that needs it.

    `settings_or_driver_factory`: a `graphdb.connection.Settings`, a zero-argument callable
    returning a neo4j `Driver`, or None for the environment / the project's local server.
    `warm_cache`: compute the default view's whole-graph aggregates in the background now,
    so that the first visitor of a large graph does not wait for them.
    """
    driver = LazyDriver(driver_factory(settings_or_driver_factory))
    # Compressed, plotly.js is a fifth of its size and a data response a tenth.
    # assets/plotly-explorer.min.js is plotly.js 3.7.0 (the version Dash's own bundle has;
    # MIT, licence in assets/plotly-explorer.LICENSE.txt) with only the trace types the
    # figures use: scatter, bar, heatmap (built by `make plotly-bundle` from
    # explorer/plotly-bundle). Loaded with the page it sets window.Plotly, which dcc.Graph
    # then uses instead of fetching the full 4.9 MB bundle: a quarter of the script for
    # the browser to parse. A figure needing another trace type needs it added there.
    app = Dash(__name__, title="Event explorer", assets_folder=str(ASSETS),
               update_title=None, compress=compression_available())
    app.layout = layout()
    reader = GraphReader(driver, database=database)
    options = callbacks.Options(detail_limit=detail_limit, max_actors=max_actors,
                                console_timeout_s=console_timeout_s,
                                console_row_cap=console_row_cap, database=database)
    callbacks.register(app, reader=reader, driver=driver, options=options)
    app.explorer_driver = driver  # so a server or a test can close it
    app.explorer_reader = reader
    if warm_cache:
        app.explorer_warmed = threading.Thread(target=callbacks.warm, args=(reader, options),
                                               name="explorer-warm-cache", daemon=True)
        app.explorer_warmed.start()
    return app


def compression_available() -> bool:
    """Whether flask-compress (Dash's `compress=True`) is installed."""
    return importlib.util.find_spec("flask_compress") is not None
