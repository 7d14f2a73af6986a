"""Edges of the actor graph, paired from each event's participants."""
from explorer.actor_edges import edges_of


def test_an_edge_points_from_the_source_to_each_other_actor_and_links_the_others():
    edges = edges_of(["statement"], [[("usa", "target"), ("slutsky", "source"),
                                      ("un", "participant")]])
    assert [(e.source, e.target, e.directed) for e in edges] == [
        ("slutsky", "un", True), ("slutsky", "usa", True), ("un", "usa", False)]


def test_two_actors_without_a_source_make_one_undirected_edge_from_the_smaller_id():
    [edge] = edges_of(["meeting"], [[("usa", "participant"), ("russia", "participant")]])
    assert (edge.source, edge.target, edge.directed) == ("russia", "usa", False)


def test_weight_counts_events_and_types_are_collected_heaviest_edge_first():
    edges = edges_of(["statement", "meeting", "statement"],
                     [[("a", "source"), ("b", "target")],
                      [("a", "participant"), ("b", "participant"), ("c", "participant")],
                      [("a", "source"), ("b", "target"), ("b", "participant")]])
    assert [(e.source, e.target, e.weight, e.event_types, e.directed) for e in edges] == [
        ("a", "b", 3, ("meeting", "statement"), True),
        ("a", "c", 1, ("meeting",), False),
        ("b", "c", 1, ("meeting",), False),
    ]


def test_an_actor_alone_in_an_event_has_no_edge():
    assert edges_of(["statement"], [[("a", "source")]]) == []
