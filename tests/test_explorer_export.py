"""Exporting the current selection: events as CSV/JSON, the actor graph as GraphML/JSON."""
import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import date

from explorer.export import events_csv, events_json, graph_graphml, graph_json
from explorer.records import ActorEdge, ActorNode, ActorRef, TimelineEvent

SLUTSKY = ActorRef("person:leonid-slutsky", "Leonid Slutsky", "PERSON", "source")
DUMA = ActorRef("org:state-duma", "State Duma", "ORGANIZATION", "participant")
DUMA_STATEMENT = TimelineEvent(
    id="ev:1", type="statement", summary="Slutsky warns of escalation, \"sharply\"",
    date_value="2024-11-17", date_start=date(2024, 11, 17), date_end=date(2024, 11, 17),
    granularity="day", modality="asserted", actors=(SLUTSKY, DUMA),
)
TRUMP_OFFICE = TimelineEvent(
    id="ev:2", type="take_office", summary="Trump takes office", date_value="2025-01",
    date_start=date(2025, 1, 1), date_end=date(2025, 1, 31), granularity="month",
    modality="planned",
)
NODES = [ActorNode("person:leonid-slutsky", "Leonid Slutsky", "PERSON", 3),
         ActorNode("country:USA", "United States & allies", "COUNTRY", 5)]
EDGES = [ActorEdge("person:leonid-slutsky", "country:USA", ("statement", "threaten"), 2, True)]


def test_events_csv_has_one_row_per_event_with_dates_and_actors_by_role():
    rows = list(csv.DictReader(io.StringIO(events_csv([DUMA_STATEMENT, TRUMP_OFFICE]))))
    assert [r["date_value"] for r in rows] == ["2024-11-17", "2025-01"]
    assert rows[1]["date_start"] == "2025-01-01" and rows[1]["date_end"] == "2025-01-31"
    assert rows[0]["actors"] == "Leonid Slutsky (source); State Duma (participant)"
    assert rows[0]["summary"] == 'Slutsky warns of escalation, "sharply"'


def test_events_json_keeps_actor_ids_and_roles():
    [first, second] = json.loads(events_json([DUMA_STATEMENT, TRUMP_OFFICE]))
    assert first["actors"][0] == {"id": "person:leonid-slutsky", "name": "Leonid Slutsky",
                                  "type": "PERSON", "role": "source"}
    assert second["modality"] == "planned" and second["granularity"] == "month"


def test_graphml_is_valid_xml_with_escaped_names_and_weighted_edges():
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.fromstring(graph_graphml(NODES, EDGES))
    names = [d.text for d in root.findall(".//g:node/g:data[@key='name']", ns)]
    assert names == ["Leonid Slutsky", "United States & allies"]
    [edge] = root.findall(".//g:edge", ns)
    assert (edge.get("source"), edge.get("target")) == ("person:leonid-slutsky", "country:USA")
    assert edge.find("g:data[@key='weight']", ns).text == "2"


def test_graph_json_lists_nodes_and_edges():
    graph = json.loads(graph_json(NODES, EDGES))
    assert [n["events"] for n in graph["nodes"]] == [3, 5]
    assert graph["edges"][0]["types"] == ["statement", "threaten"]


def _click_export(client, kind, search=""):
    """What the browser sends when an export button is clicked (Dash's callback request)."""
    from explorer.export import EXPORTS

    payload = {
        "output": "download.data",
        "outputs": {"id": "download", "property": "data"},
        "inputs": [{"id": f"export-{k}", "property": "n_clicks", "value": int(k == kind)}
                   for k in EXPORTS],
        "changedPropIds": [f"export-{kind}.n_clicks"],
        "state": [{"id": "url", "property": "search", "value": search}],
    }
    response = client.post("/_dash-update-component", json=payload)
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    return response.get_json()["response"]["download"]["data"]


def test_the_export_buttons_send_the_seed_events_and_actor_graph(neo4j_settings, seed_graph):
    from explorer.app import create_app

    app = create_app(neo4j_settings)
    try:
        client = app.server.test_client()
        events = _click_export(client, "events-csv", "?actor=person%3Aleonid-slutsky")
        assert events["filename"] == "events.csv"
        rows = list(csv.DictReader(io.StringIO(events["content"])))
        assert [r["date_value"] for r in rows] == ["2024-11-17"]
        graph = _click_export(client, "graph-graphml")
        assert graph["filename"] == "actors.graphml"
        assert "Leonid Slutsky" in graph["content"] and "Donald Trump" in graph["content"]
    finally:
        app.explorer_driver.close()
