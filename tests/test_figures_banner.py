"""The page banner: says plainly when Neo4j is down or the graph is empty, else hides."""
from explorer.figures import banner
from explorer.records import GraphOverview


def test_unreachable_neo4j_shows_its_message_as_an_error():
    text, hidden, css = banner(error="cannot reach Neo4j at bolt://127.0.0.1:7687: start it")
    assert (text.startswith("cannot reach Neo4j"), hidden, css) == (True, False, "banner banner-error")


def test_empty_graph_says_how_to_load_articles():
    text, hidden, css = banner(overview=GraphOverview(documents=0, events=0, dated_events=0, actors=0))
    assert "no events yet" in text and "python -m ingest" in text
    assert (hidden, css) == (False, "banner banner-info")


def test_graph_with_events_hides_the_banner():
    assert banner(overview=GraphOverview(documents=1, events=2, dated_events=2, actors=4))[1] is True
