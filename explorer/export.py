"""The current selection as files: events as CSV or JSON, the actor graph as GraphML or JSON.

Pure functions over the read records; the callback sends the strings as downloads.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Sequence
from xml.sax.saxutils import escape, quoteattr

from explorer.records import ActorEdge, ActorNode, TimelineEvent

#: Export button id suffix -> (button label, file name).
EXPORTS = {
    "events-csv": ("Events CSV", "events.csv"),
    "events-json": ("Events JSON", "events.json"),
    "graph-graphml": ("Graph GraphML", "actors.graphml"),
    "graph-json": ("Graph JSON", "actors.json"),
}
EVENT_COLUMNS = ("id", "date_value", "date_start", "date_end", "granularity", "type",
                 "modality", "confidence", "mention_count", "summary", "actors")


def _event_row(event: TimelineEvent) -> dict:
    return {
        "id": event.id,
        "date_value": event.date_value,
        "date_start": event.date_start.isoformat(),
        "date_end": event.date_end.isoformat(),
        "granularity": event.granularity,
        "type": event.type,
        "modality": event.modality,
        "confidence": event.confidence,
        "mention_count": event.mention_count,
        "summary": event.summary,
        "actors": [{"id": a.id, "name": a.name, "type": a.type, "role": a.role}
                   for a in event.actors],
    }


def events_csv(events: Sequence[TimelineEvent]) -> str:
    """One row per event; actors as "Name (role); ..." so a spreadsheet reads them."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EVENT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in events:
        row = _event_row(event)
        row["actors"] = "; ".join(
            f"{a['name']} ({a['role']})" if a["role"] else a["name"] for a in row["actors"])
        writer.writerow(row)
    return out.getvalue()


def events_json(events: Sequence[TimelineEvent]) -> str:
    return json.dumps([_event_row(e) for e in events], ensure_ascii=False, indent=1)


def graph_json(nodes: Sequence[ActorNode], edges: Sequence[ActorEdge]) -> str:
    return json.dumps({
        "nodes": [{"id": n.id, "name": n.name, "type": n.type, "events": n.event_count}
                  for n in nodes],
        "edges": [{"source": e.source, "target": e.target, "types": list(e.event_types),
                   "weight": e.weight, "directed": e.directed} for e in edges],
    }, ensure_ascii=False, indent=1)


def graph_graphml(nodes: Sequence[ActorNode], edges: Sequence[ActorEdge]) -> str:
    """GraphML that Gephi, yEd, Cytoscape desktop and networkx read."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
        '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
        '  <key id="events" for="node" attr.name="events" attr.type="int"/>',
        '  <key id="types" for="edge" attr.name="types" attr.type="string"/>',
        '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
        '  <graph id="actors" edgedefault="directed">',
    ]
    for n in nodes:
        lines.append(
            f"    <node id={quoteattr(n.id)}><data key=\"name\">{escape(n.name)}</data>"
            f"<data key=\"type\">{escape(n.type or '')}</data>"
            f"<data key=\"events\">{n.event_count}</data></node>")
    for i, e in enumerate(edges):
        directed = "true" if e.directed else "false"
        lines.append(
            f"    <edge id=\"e{i}\" source={quoteattr(e.source)} target={quoteattr(e.target)} "
            f"directed=\"{directed}\"><data key=\"types\">{escape(', '.join(e.event_types))}</data>"
            f"<data key=\"weight\">{e.weight}</data></edge>")
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)
