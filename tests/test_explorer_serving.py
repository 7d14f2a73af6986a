"""How the page is served: small, compressed, and its scripts cached by the browser.

These need no Neo4j and no browser: Flask's test client asks for the page's parts.
"""
import re

import pytest

from explorer.app import create_app
from graphdb.connection import GraphUnavailable

ACCEPT = {"Accept-Encoding": "gzip, deflate, br, zstd"}


def neo4j_down():
    raise GraphUnavailable("cannot reach Neo4j (test)")


@pytest.fixture
def client():
    app = create_app(neo4j_down)
    yield app.server.test_client()
    app.explorer_driver.close()


def scripts(client) -> list[str]:
    return re.findall(r'<script src="([^"]+)"', client.get("/").get_data(as_text=True))


def test_the_page_and_its_layout_hold_no_data_and_stay_small(client):
    assert len(client.get("/").data) < 10_000
    assert len(client.get("/_dash-layout").data) < 30_000


def test_scripts_and_data_are_sent_compressed_when_the_browser_accepts_it(client):
    for path in ["/_dash-layout", *scripts(client)]:
        response = client.get(path, headers=ACCEPT)
        assert response.headers.get("Content-Encoding") in {"gzip", "br", "zstd", "deflate"}, path


def test_component_scripts_are_fingerprinted_and_cached_for_a_year(client):
    suites = [s for s in scripts(client) if s.startswith("/_dash-component-suites/")]
    assert suites
    for path in suites:
        assert "max-age=31536000" in client.get(path).headers.get("Cache-Control", ""), path


def test_the_page_loads_the_partial_plotly_bundle_from_its_assets(client):
    loaded = scripts(client)
    assert any(s.startswith("/assets/plotly-explorer.min.js") for s in loaded)


def test_plotly_js_is_revalidated_by_its_etag_instead_of_sent_again(client):
    path = next(s for s in scripts(client) if s.startswith("/assets/plotly-explorer.min.js"))
    first = client.get(path)
    assert first.status_code == 200 and first.headers.get("ETag")
    again = client.get(path, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""


def test_warming_the_cache_at_start_leaves_an_unreachable_graph_to_the_page_to_report():
    app = create_app(neo4j_down, warm_cache=True)
    app.explorer_warmed.join(timeout=30)
    assert not app.explorer_warmed.is_alive()
    assert app.server.test_client().get("/").status_code == 200
    app.explorer_driver.close()


def test_warming_asks_for_zoomed_views_by_actor_words_type_modality_and_actor_lanes(
        neo4j_settings, seed_graph):
    from datetime import timedelta

    from explorer.callbacks import WARM_DAYS
    from explorer.filters import EventFilter
    from explorer.queries import GRAPH_STAMP

    app = create_app(neo4j_settings, warm_cache=True, detail_limit=1)  # counts, not events
    app.explorer_warmed.join(timeout=60)
    reader = app.explorer_reader
    asked = []
    fetch = reader._fetch
    reader._fetch = lambda query, params: asked.append(query) or fetch(query, params)
    last = reader.overview().last_date
    choices = reader.filter_options()
    quiet = choices.actors[-1]
    view = (last - timedelta(days=WARM_DAYS), last)
    for flt in (EventFilter(), EventFilter(actors=(quiet.id,)),
                EventFilter(text=quiet.name.split()[0]),
                EventFilter(types=choices.event_types[:1]),
                EventFilter(modalities=choices.modalities[:1])):
        reader.timeline(flt, view, "type", detail_limit=1)
    reader.timeline(EventFilter(), None, "actor", detail_limit=1)  # whole graph, actor lanes
    # all answered from what warming left in the cache (the stamp is checked every 2 s)
    assert [query for query in asked if query != GRAPH_STAMP] == []
    app.explorer_driver.close()
