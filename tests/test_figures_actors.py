"""Actor graph elements and the event detail panel, from hand-made records."""
from datetime import date

from dash import html

from explorer.figures import actor_elements, actor_status, console_table, event_detail_children
from explorer.records import ActorEdge, ActorNode, ActorRef, ConsoleResult, EventDetail, Report

SLUTSKY = ActorNode("person:leonid-slutsky", "Leonid Slutsky", "PERSON", 3)
DUMA = ActorNode("org:state-duma", "State Duma", "GOVERNMENT", 1)
USA = ActorNode("country:USA", "United States", "COUNTRY", 1)

SENTENCE = "Leonid Slutsky antwortete am 17. November Ortszeit, dies sei eine Eskalation."
OFFSET = 1200  # where the sentence starts in its document


def report(doc_id="doc-1", title="Duma warnt", published=date(2024, 11, 18)):
    start = OFFSET + SENTENCE.index("antwortete")
    return Report(doc_id=doc_id, title=title, source="Golden Ten Data",
                  url="https://example.org/a", published=published, sentence=SENTENCE,
                  start=OFFSET, end=OFFSET + len(SENTENCE), trigger="antwortete",
                  trigger_start=start, trigger_end=start + len("antwortete"))


def detail(*reports):
    return EventDetail(
        id="ev:duma", type="statement", summary="Slutsky warns of escalation",
        trigger="antwortete", date_value="2024-11-17", date_start=date(2024, 11, 17),
        date_end=date(2024, 11, 17), granularity="day", modality="asserted", confidence=0.8,
        actors=(ActorRef(SLUTSKY.id, SLUTSKY.name, "PERSON", "source"),), reports=reports,
    )


def find(component, kind):
    """All descendants of one Dash component class."""
    found = [component] if isinstance(component, kind) else []
    children = getattr(component, "children", None)
    if isinstance(children, (list, tuple)):
        for child in children:
            found += find(child, kind)
    elif children is not None and not isinstance(children, str):
        found += find(children, kind)
    return found


def test_actor_nodes_grow_with_their_event_count():
    nodes = [e for e in actor_elements([SLUTSKY, DUMA], []) if "source" not in e["data"]]
    sizes = {n["data"]["id"]: n["data"]["size"] for n in nodes}
    assert sizes[SLUTSKY.id] > sizes[DUMA.id]


def test_actor_nodes_are_classed_by_actor_type_for_styling():
    [node] = actor_elements([SLUTSKY], [])
    assert node["classes"] == "person"


def test_edge_carries_event_types_as_label_and_is_directed_from_the_source():
    edge = ActorEdge(SLUTSKY.id, USA.id, ("statement", "threaten"), 2, directed=True)
    [e] = [x for x in actor_elements([SLUTSKY, USA], [edge]) if "source" in x["data"]]
    assert (e["data"]["source"], e["data"]["target"]) == (SLUTSKY.id, USA.id)
    assert e["data"]["label"] == "statement, threaten"
    assert e["data"]["weight"] == 2
    assert e["classes"].split() == ["directed", "labelled"]


def test_edges_to_actors_not_drawn_are_left_out():
    edge = ActorEdge(SLUTSKY.id, USA.id, ("statement",), 1, directed=True)
    assert all("source" not in x["data"] for x in actor_elements([SLUTSKY], [edge]))


def test_chosen_actor_is_marked():
    [node] = actor_elements([SLUTSKY], [], chosen=[SLUTSKY.id])
    assert "chosen" in node["classes"]


def test_report_splits_its_sentence_around_the_trigger():
    assert report().sentence_parts() == (
        "Leonid Slutsky ", "antwortete", " am 17. November Ortszeit, dies sei eine Eskalation.")


def test_report_with_offsets_outside_its_sentence_shows_it_unmarked():
    broken = Report("d", None, None, None, None, "Kurz.", 0, 5, "x", 40, 41)
    assert broken.sentence_parts() == ("Kurz.", "", "")


def test_event_detail_marks_the_trigger_in_the_source_sentence():
    panel = html.Div(event_detail_children(detail(report())))
    [mark] = find(panel, html.Mark)
    assert mark.children == "antwortete"


def test_event_detail_names_the_document_and_its_publication_date():
    panel = html.Div(event_detail_children(detail(report())))
    [link] = find(panel, html.A)
    assert link.children == "Duma warnt" and link.href == "https://example.org/a"
    spans = " ".join(s.children for s in find(panel, html.Span) if isinstance(s.children, str))
    assert "published 2024-11-18" in spans and "Golden Ten Data" in spans


def test_event_detail_lists_the_other_documents_reporting_the_same_event():
    panel = html.Div(event_detail_children(
        detail(report(), report(doc_id="doc-2", title="Moskau droht"))))
    titles = [a.children for a in find(panel, html.A)]
    assert titles == ["Duma warnt", "Moskau droht"]
    assert any("1 other document" in h.children for h in find(panel, html.H4))


def test_console_error_is_shown_as_neo4j_message_not_a_table():
    [shown] = console_table(ConsoleResult(error="Neo.ClientError.Statement.AccessMode: no"))
    assert isinstance(shown, html.Pre) and "AccessMode" in shown.children


def test_console_rows_become_a_table():
    note, table = console_table(ConsoleResult(columns=["type"], rows=[["statement"]]))
    assert find(table, html.Td)[0].children == "statement"
    assert note.children.startswith("1 row(s)")


def test_only_the_strongest_edges_of_a_dense_graph_are_labelled():
    nodes = [ActorNode(f"a{i}", f"Actor {i}", "PERSON", 1) for i in range(40)]
    edges = [ActorEdge("a0", f"a{i}", ("meeting",), weight=i, directed=False) for i in range(1, 40)]
    drawn = [x for x in actor_elements(nodes, edges) if "source" in x["data"]]
    labelled = [x["data"]["weight"] for x in drawn if "labelled" in x["classes"]]
    assert sorted(labelled) == list(range(15, 40))


def test_a_document_url_that_is_not_a_web_address_is_not_linked():
    unsafe = Report("doc-x", "Titel", None, "javascript:alert(1)", None, SENTENCE, 0,
                    len(SENTENCE), None, None, None)
    panel = html.Div(event_detail_children(detail(unsafe)))
    assert find(panel, html.A) == []


def test_actor_status_counts_actors_and_links():
    edge = ActorEdge(SLUTSKY.id, USA.id, ("statement",), 1, directed=True)
    status = actor_status(actor_elements([SLUTSKY, USA], [edge]), max_actors=40)
    assert status.startswith("2 actors, 1 link by shared events")


def test_actor_status_says_when_no_actor_takes_part():
    assert actor_status([], max_actors=40) == "No actors take part in these events."


def test_actor_status_says_when_the_graph_is_drawn_from_the_latest_events_only():
    edge = ActorEdge(SLUTSKY.id, USA.id, ("statement",), 1, directed=True)
    status = actor_status(actor_elements([SLUTSKY, USA], [edge]), max_actors=2,
                          sampled=20_000, in_view=990_198)
    assert "(the 2 busiest)" in status
    assert "in the latest 20,000 of the 990,198 events in the zoomed range" in status
