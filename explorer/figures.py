"""Pure views: records in, Plotly figures / Cytoscape elements / Dash components out.

Nothing here talks to Neo4j, so every view can be tested with hand-made records.
"""
from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, timedelta
from typing import Iterable, Sequence

import plotly.graph_objects as go
from dash import html

from explorer.records import (
    ActorEdge, ActorNode, ConsoleResult, EventDetail, GraphOverview, Report, TimelineBin,
    TimelineEvent,
)

MODALITY_COLOURS = {
    "asserted": "#1f77b4",
    "reported": "#17becf",
    "planned": "#2ca02c",
    "expected": "#8c9c1a",
    "hypothetical": "#9467bd",
    "negated": "#d62728",
}
TYPE_PALETTE = (
    "#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2",
    "#ff9da6", "#9d755d", "#bab0ac", "#eeca3b", "#393b79", "#637939",
)
ACTOR_TYPE_COLOURS = {
    "PERSON": "#4c78a8",
    "ORGANIZATION": "#f58518",
    "COUNTRY": "#54a24b",
    "GOVERNMENT": "#e45756",
    "LOCATION": "#72b7b2",
    "GROUP": "#b279a2",
}
ACTOR_TYPE_SHAPES = {
    "PERSON": "ellipse",
    "ORGANIZATION": "round-rectangle",
    "COUNTRY": "hexagon",
    "GOVERNMENT": "diamond",
    "LOCATION": "triangle",
    "GROUP": "octagon",
}
#: More rows than this in one lane and events share rows (they overlap) instead of
#: making the chart endlessly tall; with many lanes each gets fewer (ROWS_IN_VIEW).
MAX_ROWS_PER_LANE = 8
ROWS_IN_VIEW = 48
#: The plot area grows with its rows up to this many pixels; past it rows get thinner.
MAX_PLOT_PX = 620
ROW_PX = 44
NO_ACTOR_LANE = "(no actor)"
OTHER_ACTORS_LANE = "(other actors)"
#: Lanes by actor: the busiest this many get a lane each, the rest share one.
MAX_ACTOR_LANES = 30
MS_PER_DAY = 86_400_000
#: Event marks go on a hidden x axis matching the main one, and the lanes' y axis: the
#: range slider draws only the main axes' trace (there, a line of events per day).
MARKS_AXES = ("x2", "y2")
MAX_EDGE_LABELS = 25
#: A hairball hides more than it shows: past this many, the weakest edges are dropped.
MAX_EDGES = 90


EMPTY_GRAPH = ("The graph holds no events yet. Load articles with "
               "`python -m ingest PATH...`, then reload this page.")


def banner(overview: GraphOverview | None = None, error: str | None = None) -> tuple[str, bool, str]:
    """The page banner as (text, hidden, className): an error, an empty graph, or nothing."""
    if error:
        return error, False, "banner banner-error"
    if overview is not None and overview.is_empty:
        return EMPTY_GRAPH, False, "banner banner-info"
    return "", True, "banner"


def empty_figure(message: str) -> go.Figure:
    """A blank chart that says why it is blank."""
    fig = go.Figure()
    fig.update_layout(
        xaxis={"visible": False}, yaxis={"visible": False}, height=260,
        margin={"l": 20, "r": 20, "t": 20, "b": 20},
        annotations=[{"text": message, "showarrow": False, "font": {"size": 16},
                      "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5}],
    )
    return fig


def colour_for(key: str, colour_by: str, types: Sequence[str]) -> str:
    """A modality's fixed colour, or a type's colour by its place among the types shown."""
    if colour_by == "modality":
        return MODALITY_COLOURS.get(key, "#7f7f7f")
    index = list(types).index(key) if key in types else len(types)
    return TYPE_PALETTE[index % len(TYPE_PALETTE)]


def lanes_of(event: TimelineEvent, lane_by: str, actor_lanes: set[str] | None = None) -> list[str]:
    """The lanes an event is drawn in: its type, or each of its actors that has a lane."""
    if lane_by == "actor":
        names = sorted({a.name for a in event.actors})
        if actor_lanes is not None:
            names = [n for n in names if n in actor_lanes] or ([OTHER_ACTORS_LANE] if names else [])
        return names or [NO_ACTOR_LANE]
    return [event.type]


def busiest_actors(events: Sequence[TimelineEvent], limit: int = MAX_ACTOR_LANES) -> set[str]:
    """The names of the actors taking part in the most events: they get lanes of their own."""
    counts: dict[str, int] = defaultdict(int)
    for event in events:
        for name in {a.name for a in event.actors}:
            counts[name] += 1
    return set(sorted(counts, key=lambda n: (-counts[n], n))[:limit])


def pack_rows(
    spans: Iterable[tuple[date, date]], min_width: timedelta, max_rows: int = MAX_ROWS_PER_LANE
) -> list[int]:
    """Give each (start, end) interval the first row where it overlaps nothing.

    Points get `min_width` so that markers on nearby days do not sit on top of each other.

    >>> d = date(2024, 11, 17)
    >>> pack_rows([(d, d), (d, d), (d + timedelta(days=30), d + timedelta(days=30))],
    ...           timedelta(days=3))
    [0, 1, 0]
    """
    row_ends: list[date] = []
    rows = []
    for start, end in spans:
        end = max(end, start + min_width)
        for i, last in enumerate(row_ends):
            if last < start:
                row_ends[i] = end
                rows.append(i)
                break
        else:
            if len(row_ends) < max_rows:
                row_ends.append(end)
                rows.append(len(row_ends) - 1)
            else:  # full: share the row that frees up first
                i = min(range(len(row_ends)), key=row_ends.__getitem__)
                row_ends[i] = max(row_ends[i], end)
                rows.append(i)
    return rows


def _extent(events: Sequence[TimelineEvent]) -> tuple[date, date]:
    return min(e.date_start for e in events), max(e.date_end for e in events)


def default_range(events: Sequence[TimelineEvent]) -> tuple[date, date]:
    """The range to open on: every event, or the central 96% of start dates when a few
    outliers (a birth in 1924 among news of 2024) would squeeze the rest into a sliver."""
    if len(events) < 50:
        return _extent(events)
    ordered = sorted(e.date_start for e in events)
    cut = len(ordered) // 50
    return ordered[cut], ordered[-1 - cut]


def _x_range(lo: date, hi: date, view: tuple[date, date] | None) -> list[str]:
    if view and view[0] and view[1]:
        return [view[0].isoformat(), (view[1] + timedelta(days=1)).isoformat()]
    span = max((hi - lo).days, 14)
    pad = timedelta(days=max(3, span // 12))
    return [(lo - pad).isoformat(), (hi + timedelta(days=1) + pad).isoformat()]


def _hover(event: TimelineEvent) -> str:
    actors = ", ".join(f"{a.name} ({a.role})" if a.role else a.name for a in event.actors)
    precision = event.granularity or "day"
    when = event.date_value or event.date_start.isoformat()
    if not event.is_point:
        when += f" ({precision}: {event.date_start.isoformat()} – {event.date_end.isoformat()})"
    lines = [
        f"<b>{_escape(event.summary)}</b>",
        f"{_escape(event.type)} · {when}",
        f"modality: {_escape(event.modality)}",
    ]
    if actors:
        lines.append(_escape(actors))
    if event.mention_count > 1:
        lines.append(f"reported by {event.mention_count} documents")
    return "<br>".join(lines)


def _escape(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;")


def timeline_figure(
    events: Sequence[TimelineEvent],
    lane_by: str = "type",
    colour_by: str = "modality",
    view: tuple[date, date] | None = None,
) -> dict | go.Figure:
    """Events in lanes: day-precise ones as points, vaguer ones as spans over what they allow.

    A month-precise event (``2025-01``) is a bar from 1 to 31 January: the bar's width is
    the uncertainty of its date, not a duration. Each mark carries the event id in
    ``customdata[0]`` so a click can open it.

    The figure is a plain dict (`go.Figure(...)` of it is the same figure): plotly's
    classes validate every mark, 20-100 ms for 500 events on each redraw, and the page
    gets the same JSON either way. The tests validate it.
    """
    if not events:
        return empty_figure("No dated events match these filters.")
    types = sorted({e.type for e in events})

    # Zoomed in, only the lanes with something in view are drawn (with all their events,
    # so the range slider can still pull the view wider).
    in_view = [e for e in events if view and view[0] and view[1]
               and e.date_end >= view[0] and e.date_start <= view[1]] or events
    actor_lanes = busiest_actors(in_view) if lane_by == "actor" else None
    shown = {lane for e in in_view for lane in lanes_of(e, lane_by, actor_lanes)}
    by_lane: dict[str, list[TimelineEvent]] = defaultdict(list)
    for event in events:
        for lane in lanes_of(event, lane_by, actor_lanes):
            if lane in shown:
                by_lane[lane].append(event)
    if lane_by == "actor":
        # busiest first; the catch-all lanes last
        lane_names = sorted(by_lane, key=lambda k: (k in (OTHER_ACTORS_LANE, NO_ACTOR_LANE),
                                                   -len(by_lane[k]), k))
    else:
        lane_names = sorted(by_lane)

    if view and view[0] and view[1]:
        lo, hi = view
    else:
        lo, hi = default_range(events)
    # A point gets the room of one marker at the drawn scale, so neighbours take new rows.
    min_width = timedelta(days=max(1, (hi - lo).days // 80))
    max_rows = max(1, min(MAX_ROWS_PER_LANE, ROWS_IN_VIEW // max(1, len(lane_names))))
    # Each mark: (colour key, y, event); lanes stacked top-down, one row per packed line.
    marks: list[tuple[str, float, TimelineEvent]] = []
    ticks: list[tuple[float, str]] = []
    separators: list[float] = []
    offset = 0
    in_view_ids = {e.id for e in in_view}
    for lane in lane_names:
        ordered = sorted(by_lane[lane], key=lambda e: (e.date_start, e.date_end, e.id))
        # Rows are packed for what is in view; events beyond it share those rows.
        inside = [e for e in ordered if e.id in in_view_ids]
        outside = [e for e in ordered if e.id not in in_view_ids]
        rows = pack_rows(((e.date_start, e.date_end) for e in inside), min_width, max_rows)
        height = max(rows) + 1 if rows else 1
        rows += pack_rows(((e.date_start, e.date_end) for e in outside), min_width, height)
        for event, row in zip(inside + outside, rows):
            key = event.modality if colour_by == "modality" else event.type
            marks.append((key, offset + row, event))
        ticks.append((offset + (height - 1) / 2, lane))
        offset += height
        separators.append(offset - 0.5)

    row_px = min(ROW_PX, MAX_PLOT_PX / offset)
    marker_px = max(5, min(12, round(row_px * 0.7)))
    traces: list[dict] = []
    keys = sorted({key for key, _, _ in marks})
    # The legend names what is in view, not every type the lanes hold elsewhere.
    legend_keys = {key for key, _, e in marks if e.id in in_view_ids}
    for key in keys:
        colour = colour_for(key, colour_by, types)
        spans = [(y, e) for k, y, e in marks if k == key and not e.is_point]
        points = [(y, e) for k, y, e in marks if k == key and e.is_point]
        if spans:
            traces.append(dict(
                type="bar", name=key, legendgroup=key,
                showlegend=not points and key in legend_keys,
                orientation="h", xaxis=MARKS_AXES[0], yaxis=MARKS_AXES[1],
                base=[e.date_start.isoformat() for _, e in spans],
                x=[((e.date_end - e.date_start).days + 1) * MS_PER_DAY for _, e in spans],
                y=[y for y, _ in spans],
                width=0.55,
                marker={"color": [_tint(colour, _fill(e)) for _, e in spans],
                        "line": {"color": colour, "width": 1.5}},
                customdata=[[e.id, e.date_value or ""] for _, e in spans],
                hovertext=[_hover(e) for _, e in spans],
                hovertemplate="%{hovertext}<extra></extra>",
            ))
        if points:
            traces.append(dict(
                type="scatter", name=key, legendgroup=key, mode="markers",
                showlegend=key in legend_keys,
                xaxis=MARKS_AXES[0], yaxis=MARKS_AXES[1],
                x=[e.date_start.isoformat() for _, e in points],
                y=[y for y, _ in points],
                marker={"color": colour, "size": marker_px,
                        "line": {"color": "white", "width": 1},
                        "symbol": [_symbol(e) for _, e in points]},
                customdata=[[e.id, e.date_value or ""] for _, e in points],
                hovertext=[_hover(e) for _, e in points],
                hovertemplate="%{hovertext}<extra></extra>",
            ))

    traces.append(_per_day(events))
    layout = dict(
        barmode="overlay",
        height=round(max(340, 150 + row_px * offset)),
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0,
                "title": {"text": colour_by + ":"}},
        hovermode="closest",
        clickmode="event",
        dragmode="zoom",
        uirevision=_revision(view),
        xaxis={"type": "date", "range": _x_range(lo, hi, view),
               "rangeslider": {"visible": True, "thickness": 0.12,
                               "range": _x_range(*_extent(events), None),
                               "yaxis": {"rangemode": "auto"}}},
        # the events-per-day line's axis: its range keeps the line out of the plot, the
        # slider scales it to its own height
        yaxis={"visible": False, "fixedrange": True, "range": [-2, -1]},
        # the marks' axes: x2 hidden, following the main x (zoom, pan, slider); y2 the lanes
        xaxis2={"type": "date", "overlaying": "x", "matches": "x", "visible": False},
        yaxis2={"overlaying": "y", "side": "left", "automargin": True,
                "tickmode": "array", "tickvals": [t for t, _ in ticks],
                "tickfont": {"size": 12 if row_px * min(max_rows, 2) >= 14 else 9},
                "ticktext": [_short(name) for _, name in ticks],
                "autorange": "reversed", "zeroline": False, "showgrid": False,
                "fixedrange": True},
        shapes=[{"type": "line", "xref": "paper", "x0": 0, "x1": 1, "yref": MARKS_AXES[1],
                 "y0": y, "y1": y, "line": {"color": "#dddddd", "width": 1}}
                for y in separators[:-1]],
    )
    return {"data": traces, "layout": layout}


def _per_day(events: Sequence[TimelineEvent]) -> dict:
    """Events per start day, as a step line on the main x axis: all the range slider
    draws. The marks are on axes of their own (MARKS_AXES), which the slider leaves
    out; drawn there too, every mark cost its SVG twice (500 events: 190 -> 80 ms)."""
    counts: dict[date, int] = defaultdict(int)
    for event in events:
        counts[event.date_start] += 1
    days = sorted(counts)
    return dict(
        type="scatter", x=[d.isoformat() for d in days], y=[counts[d] for d in days],
        mode="lines", line={"shape": "hvh", "width": 1, "color": "#7f7f7f"},
        fill="tozeroy", fillcolor="rgba(127,127,127,0.35)", hoverinfo="skip",
        showlegend=False, name="events per day",
    )


def _revision(view: tuple[date, date] | None) -> str:
    # A new revision lets a programmatic range (cleared zoom, shared URL) replace the
    # reader's last zoom; the same one keeps legend clicks across data refreshes.
    return f"{view[0]}..{view[1]}" if view else "all"


def _tint(colour: str, alpha: float) -> str:
    """'#1f77b4' at `alpha` as an rgba() colour (the outline keeps the full colour)."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _fill(event: TimelineEvent) -> float:
    # What has not (yet) happened is an open span, as it is an open circle, so colour can
    # carry the type. (Hatching said the same but cost a quarter of the drawing time of a
    # 500-event view in headless Chromium: a pattern per bar, drawn again in the slider.)
    return 0.45 if event.modality in ("asserted", "reported") else 0.1


def _symbol(event: TimelineEvent) -> str:
    return "circle" if event.modality in ("asserted", "reported") else "circle-open"


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def timeline_bins_figure(
    bins: Sequence[TimelineBin], total: int, view: tuple[date, date] | None = None
) -> dict | go.Figure:
    """Too many events to draw one by one: a heat map of counts, lanes by periods.

    One image however many bins there are, so a zoom redraws in a few milliseconds where
    a mark per bin took a tenth of a second and more. The shade is logarithmic (counts
    span orders of magnitude); the hover gives the count. A click on a cell zooms into
    its period: the column edges are the trace's x (see assets/clicks.js). A plain dict,
    as the timeline_figure's (validating it took 9 ms of every zoom).
    """
    if not bins:
        return empty_figure("No dated events match these filters.")
    lanes = sorted({b.lane for b in bins})
    edges = _column_edges(bins)
    column = {start: i for i, start in enumerate(edges[:-1])}
    row = {lane: i for i, lane in enumerate(lanes)}
    counts: list[list[int | None]] = [[None] * (len(edges) - 1) for _ in lanes]
    for b in bins:
        counts[row[b.lane]][column[b.bin_start]] = b.count
    lane_px = min(36, MAX_PLOT_PX / len(lanes))
    biggest = max(b.count for b in bins)
    widest = max((e - s).days for s, e in zip(edges, edges[1:]))
    cells = dict(
        type="heatmap", x=[d.isoformat() for d in edges], y=lanes, z=counts,
        zmin=0, zmax=biggest, colorscale=_log_shades(biggest), showscale=False,
        xgap=1, ygap=3, hoverongaps=False,
        xhoverformat="%Y" if widest >= 365 else "%b %Y" if widest >= 28 else "%d %b %Y",
        hovertemplate="<b>%{z:,}</b> %{y} event(s)<br>%{x}<br>click to zoom in<extra></extra>",
    )
    lo, hi = _busy_range(bins)
    layout = dict(
        height=round(max(280, 150 + lane_px * len(lanes))),
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        title={"text": f"{total:,} events: counts per period, darker is more (click a "
                       "period or zoom in to see single events)", "font": {"size": 13}, "x": 0},
        hovermode="closest", clickmode="event", uirevision=_revision(view),
        plot_bgcolor="#f7f7f7",
        # No range slider on the overview (a double-click zooms out): it would draw the
        # whole picture a second time on every zoom.
        xaxis={"type": "date", "range": _x_range(lo, hi, view),
               "rangeslider": {"visible": False}, "showgrid": False},
        yaxis={"type": "category", "tickmode": "array", "tickvals": lanes,
               "ticktext": [_short(lane) for lane in lanes], "autorange": "reversed",
               "tickfont": {"size": 12 if lane_px >= 16 else 9},
               "fixedrange": True, "zeroline": False, "showgrid": False},
    )
    return {"data": [cells], "layout": layout}


def _column_edges(bins: Sequence[TimelineBin]) -> list[date]:
    """Start of every column and the end of the last: the bins' periods, and the gaps
    between them as columns of their own (left empty)."""
    periods = sorted({(b.bin_start, b.bin_end) for b in bins})
    edges = [periods[0][0]]
    for start, end in periods:
        if start > edges[-1]:
            edges.append(start)  # a gap without events
        edges.append(end)
    return edges


def _log_shades(biggest: int) -> list[list]:
    """A colour scale on 0..biggest whose shades step at powers of `biggest`: a single
    event is already visible and a busy period does not wash out the rest."""
    shades = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b")
    steps, biggest = len(shades) - 1, max(2, biggest)
    stops = [[0.0, shades[0]]]
    for k in range(1, steps + 1):
        stops.append([min(1.0, biggest ** (k / steps) / biggest), shades[k]])
    stops[-1][0] = 1.0
    return stops


def _busy_range(bins: Sequence[TimelineBin]) -> tuple[date, date]:
    """The bins holding the central 96% of the events, as default_range opens on (a
    double-click shows the outlying years)."""
    ordered = sorted(bins, key=lambda b: b.bin_start)
    total = sum(b.count for b in ordered)
    cut = total // 50
    seen, lo = 0, ordered[0].bin_start
    for b in ordered:
        seen += b.count
        if seen > cut:
            lo = b.bin_start
            break
    seen, hi = 0, ordered[-1].bin_end
    for b in reversed(ordered):
        seen += b.count
        if seen > cut:
            hi = b.bin_end
            break
    return lo, hi - timedelta(days=1)


ACTOR_STYLESHEET = [
    {"selector": "node", "style": {
        "label": "data(label)", "width": "data(size)", "height": "data(size)",
        "font-size": 10, "text-valign": "bottom", "text-margin-y": 3,
        "background-color": "#7f7f7f", "text-wrap": "wrap", "text-max-width": 120,
    }},
    *[{"selector": f".{kind.lower()}", "style": {"background-color": colour,
                                                  "shape": ACTOR_TYPE_SHAPES[kind]}}
      for kind, colour in ACTOR_TYPE_COLOURS.items()],
    {"selector": "edge", "style": {
        "width": "data(width)", "line-color": "#b0b0b0", "curve-style": "bezier",
        "font-size": 9, "color": "#555555",
        "text-rotation": "autorotate", "text-background-color": "#ffffff",
        "text-background-opacity": 0.8,
    }},
    {"selector": ".labelled", "style": {"label": "data(label)"}},
    {"selector": ".directed", "style": {"target-arrow-shape": "triangle",
                                        "target-arrow-color": "#b0b0b0"}},
    {"selector": ".chosen", "style": {"border-width": 4, "border-color": "#222222"}},
]


def actor_elements(
    nodes: Sequence[ActorNode], edges: Sequence[ActorEdge], chosen: Iterable[str] = ()
) -> list[dict]:
    """Cytoscape elements: actors sized by their event count, edges weighted by shared events."""
    chosen = set(chosen)
    present = {n.id for n in nodes}
    elements: list[dict] = []
    for node in nodes:
        classes = [(node.type or "unknown").lower()]
        if node.id in chosen:
            classes.append("chosen")
        elements.append({
            "data": {"id": node.id, "label": node.name, "type": node.type or "",
                     "events": node.event_count,
                     "size": round(min(64, 12 + 5 * math.sqrt(node.event_count)), 1)},
            "classes": " ".join(classes),
        })
    drawn = sorted((e for e in edges if e.source in present and e.target in present),
                   key=lambda e: -e.weight)[:MAX_EDGES]
    # Labels on every edge of a dense graph are unreadable: keep them on the strongest.
    labelled = {id(e) for e in sorted(drawn, key=lambda e: -e.weight)[:MAX_EDGE_LABELS]}
    for edge in drawn:
        classes = ["directed" if edge.directed else "undirected"]
        if id(edge) in labelled:
            classes.append("labelled")
        elements.append({
            "data": {"id": f"{edge.source}->{edge.target}", "source": edge.source,
                     "target": edge.target, "label": ", ".join(edge.event_types),
                     "weight": edge.weight,
                     "width": round(1 + 2 * math.log2(1 + edge.weight), 1)},
            "classes": " ".join(classes),
        })
    return elements


def actor_status(elements: Sequence[dict], max_actors: int, sampled: int | None = None,
                 in_view: int = 0) -> str:
    """One line over the actor graph: what it shows, and how to use it.

    `sampled`: the graph was drawn from only the latest this many of `in_view` events.
    """
    nodes = sum(1 for e in elements if "source" not in e["data"])
    links = len(elements) - nodes
    if nodes == 0:
        return "No actors take part in these events."
    busiest = f" (the {max_actors} busiest)" if nodes >= max_actors else ""
    where = (f"in the latest {sampled:,} of the {in_view:,} events in the zoomed range"
             if sampled else "in the zoomed range")
    return (f"{_count(nodes, 'actor')}{busiest}, {_count(links, 'link')} by shared events "
            f"{where}; click an actor to see only its events.")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def highlighted_sentence(report: Report) -> html.Span:
    """The evidence sentence with its trigger marked."""
    before, trigger, after = report.sentence_parts()
    return html.Span([before, html.Mark(trigger, className="trigger"), after]
                     if trigger else [before], className="sentence")


def _document_line(report: Report) -> list:
    title = report.title or report.doc_id
    # Only web addresses become links: a stored "javascript:" URL must not run.
    linkable = bool(report.url) and report.url.lower().startswith(("http://", "https://"))
    parts: list = [html.A(title, href=report.url, target="_blank", rel="noopener noreferrer")
                   if linkable else html.Span(title, className="doc-title")]
    if report.source:
        parts.append(html.Span(f" · {report.source}"))
    if report.published:
        parts.append(html.Span(f" · published {report.published.isoformat()}"))
    return parts


def event_detail_children(detail: EventDetail | None) -> list:
    """The panel shown after clicking an event: what, when, who, and the source sentence."""
    if detail is None:
        return [html.P("That event is no longer in the graph.", className="hint")]
    when = detail.date_value or "undated"
    if detail.date_start and detail.date_end and detail.date_start != detail.date_end:
        when += f" ({detail.granularity}: {detail.date_start} – {detail.date_end})"
    actors = ", ".join(f"{a.name} ({a.role})" if a.role else a.name for a in detail.actors)
    children: list = [
        html.H3(detail.summary, className="event-summary"),
        html.Dl([
            html.Dt("type"), html.Dd(detail.type, className="event-type"),
            html.Dt("date"), html.Dd(when, className="event-date"),
            html.Dt("modality"), html.Dd(detail.modality, className="event-modality"),
            html.Dt("actors"), html.Dd(actors or "—"),
        ], className="event-facts"),
    ]
    if not detail.reports:
        children.append(html.P("No document reports this event.", className="hint"))
        return children
    first, others = detail.reports[0], detail.reports[1:]
    children += [
        html.Blockquote(highlighted_sentence(first), className="evidence"),
        html.P(_document_line(first), className="document"),
    ]
    if others:
        children.append(html.H4(f"Also reported in {len(others)} other document(s)"))
        children.append(html.Ul([
            html.Li([html.Div(_document_line(r)),
                     html.Blockquote(highlighted_sentence(r), className="evidence")])
            for r in others
        ], className="other-reports"))
    return children


def console_table(result: ConsoleResult) -> list:
    """A console result as an HTML table, or Neo4j's message when the query failed."""
    if result.error:
        return [html.Pre(result.error, className="console-error")]
    if not result.columns:
        return [html.P("The query returned no columns.", className="hint")]
    note = f"{len(result.rows)} row(s)"
    if result.truncated:
        note += f" — stopped at {len(result.rows)}; add LIMIT or narrow the query"
    if result.elapsed_ms is not None:
        note += f" · {result.elapsed_ms:.0f} ms"
    return [
        html.P(note, className="console-note"),
        html.Table([
            html.Thead(html.Tr([html.Th(c) for c in result.columns])),
            html.Tbody([html.Tr([html.Td(v) for v in row]) for row in result.rows]),
        ], className="console-table"),
    ]
