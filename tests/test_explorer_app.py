"""The explorer in a real (headless) browser, over the tests' own Neo4j.

Needs Chromium + chromedriver (Debian: chromium, chromium-driver) and the webdriver
options of tests/conftest_browser.py.
"""
import socket
import time

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.keys import Keys

import conftest_browser
from conftest_browser import browser_available
from explorer.app import create_app
from explorer_seed_graph import (
    DUMA_SUMMARY, TRUMP, TRUMP_SUMMARY,
)
from graphdb.connection import Settings, open_driver

@pytest.fixture(autouse=True)
def _chromium_is_installed():
    """Browser tests fail, never skip, when the browser is missing: `make browser` installs it."""
    if not browser_available():
        pytest.fail("browser tests need Debian's chromium and chromium-driver: run `make browser`")

TIMELINE = "#timeline .js-plotly-plot"


@pytest.fixture(scope="module", autouse=True)
def headless_chromium(request):
    """Give dash_duo the headless Chromium options even if conftest.py does not load them."""
    plugins = request.config.pluginmanager
    if not plugins.is_registered(conftest_browser):
        plugins.register(conftest_browser, "explorer-headless-chromium")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def explorer(dash_duo, neo4j_settings, seed_graph):
    """Start the app over the seed graph; returns a function that opens a URL query."""
    app = create_app(neo4j_settings)
    dash_duo.start_server(app, port=free_port())

    def open_view(query: str = ""):
        if query:
            dash_duo.driver.get(dash_duo.server_url + "/" + query)
        dash_duo.wait_for_element(TIMELINE + " .main-svg", timeout=20)
        wait_until(lambda: drawn_summaries(dash_duo), "the timeline never drew an event")
        return dash_duo

    yield open_view
    app.explorer_driver.close()


def wait_until(condition, message, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(message)


def drawn_summaries(duo) -> list[str]:
    """The events the timeline's Plotly figure holds, by the summary line of their hover."""
    texts = duo.driver.execute_script(
        "const gd = document.querySelector(arguments[0]);"
        "return gd && gd.data ? gd.data.flatMap(t => t.hovertext || []) : [];", TIMELINE)
    return [t.split("</b>")[0].removeprefix("<b>") for t in texts]


def marks(duo, layer: str) -> int:
    """How many marks one Plotly layer ("scatterlayer", "barlayer") draws in the main plot."""
    return duo.driver.execute_script(
        "return [...document.querySelectorAll(arguments[0])]"
        ".filter(p => !p.closest('.rangeslider-container')).length;",
        f"{TIMELINE} .{layer} .point")


def actor_labels(duo) -> set[str]:
    """The actor names Cytoscape draws (it keeps its instance on its container element)."""
    labels = duo.driver.execute_script(
        "const root = document.getElementById('actor-graph');"
        "const holder = [root, ...root.querySelectorAll('*')].find(el => el._cyreg);"
        "return holder ? holder._cyreg.cy.nodes().map(n => n.data('label')) : [];")
    return set(labels)


def test_timeline_shows_the_duma_statement_and_trump_taking_office(explorer):
    duo = explorer()
    assert set(drawn_summaries(duo)) == {DUMA_SUMMARY, TRUMP_SUMMARY}
    # the day-precise statement is a point, the month-precise inauguration a span
    assert marks(duo, "scatterlayer") == 1
    assert marks(duo, "barlayer") == 1
    # the range slider shows events per day, not the marks a second time
    assert duo.driver.execute_script(
        "return document.querySelectorAll(arguments[0]).length;",
        f"{TIMELINE} .rangeslider-container .point") == 0
    # the lanes' names are drawn whole, inside the figure
    lefts = duo.driver.execute_script(
        "const gd = document.querySelector(arguments[0]);"
        "const names = [...gd.querySelectorAll('svg text')]"
        "  .filter(t => ['statement', 'take_office'].includes(t.textContent));"
        "return [gd.getBoundingClientRect().left,"
        "        ...names.map(t => t.getBoundingClientRect().left)];", TIMELINE)
    assert len(lefts) == 3 and min(lefts[1:]) >= lefts[0]
    assert duo.get_logs() == []


def test_clicking_the_statement_shows_its_sentence_with_the_trigger_marked(explorer):
    duo = explorer()
    point = duo.find_element(TIMELINE + " .scatterlayer .point")
    ActionChains(duo.driver).move_to_element(point).pause(0.3).click().perform()
    duo.wait_for_text_to_equal("#event-detail mark.trigger", "antwortete", timeout=10)
    evidence = duo.find_element("#event-detail .evidence").text
    assert evidence.startswith("Leonid Slutsky antwortete am 17. November Ortszeit")
    detail = duo.find_element("#event-detail").text
    assert "2024-11-17" in detail and "Duma warnt vor Eskalation" in detail
    assert "published 2024-11-18" in detail
    assert "Also reported in 1 other document" in detail and "Moscow warns of escalation" in detail


def test_clicking_the_month_span_shows_trump_taking_office(explorer):
    duo = explorer()
    bar = duo.find_element(TIMELINE + " .barlayer .point")
    ActionChains(duo.driver).move_to_element(bar).pause(0.3).click().perform()
    duo.wait_for_text_to_equal("#event-detail mark.trigger", "Amt antreten", timeout=10)
    assert "2025-01" in duo.find_element("#event-detail .event-date").text
    assert duo.find_element("#event-detail .event-modality").text == "planned"


def test_searching_filters_the_timeline_and_writes_the_query_into_the_url(explorer):
    duo = explorer()
    search = duo.find_element("#f-text")
    search.send_keys("Ortszeit\n")
    wait_until(lambda: drawn_summaries(duo) == [DUMA_SUMMARY], "search did not filter")
    wait_until(lambda: "q=Ortszeit" in duo.driver.current_url, "URL does not hold the search")


def test_a_shared_url_restores_the_actor_filter(explorer):
    duo = explorer(f"?actor={TRUMP.id}")
    wait_until(lambda: drawn_summaries(duo) == [TRUMP_SUMMARY], "actor filter from URL not applied")
    assert "Donald Trump" in duo.find_element("#f-actors").text


def test_zooming_the_timeline_narrows_the_actor_graph(explorer):
    duo = explorer()
    wait_until(lambda: "Donald Trump" in actor_labels(duo), "actor graph never showed Trump")
    duo.driver.execute_script(
        "Plotly.relayout(document.querySelector(arguments[0]),"
        " {'xaxis.range': ['2024-11-10', '2024-11-30']});", TIMELINE)
    wait_until(lambda: actor_labels(duo) and "Donald Trump" not in actor_labels(duo),
               "zoom did not filter the actor graph")
    assert "Leonid Slutsky" in actor_labels(duo)
    wait_until(lambda: "view=2024-11-10..2024-11-30" in duo.driver.current_url,
               "URL does not hold the zoom")


def run_in_console(duo, query: str) -> None:
    duo.find_element("#tab-console").click()
    box = duo.find_element("#console-query")
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(Keys.DELETE)
    box.send_keys(query)
    duo.find_element("#console-run").click()


def test_console_read_query_shows_a_table(explorer):
    duo = explorer()
    run_in_console(duo, f"MATCH (e:Event {{summary: '{TRUMP_SUMMARY}'}}) RETURN e.date_value AS date")
    duo.wait_for_element(".console-table", timeout=10)
    assert duo.find_element(".console-table th").text == "date"
    assert duo.find_element(".console-table td").text == "2025-01"


def test_console_write_is_refused_and_nothing_is_written(explorer, graph_driver):
    duo = explorer()
    run_in_console(duo, "CREATE (n:Hack) RETURN n")
    duo.wait_for_contains_text(".console-error", "AccessMode", timeout=10)
    assert "read-only" in duo.find_element(".console-error").text
    records, _, _ = graph_driver.execute_query("MATCH (n:Hack) RETURN count(n) AS n")
    assert records[0]["n"] == 0


def test_unreachable_neo4j_is_said_plainly_in_a_banner(dash_duo):
    nowhere = Settings(f"bolt://127.0.0.1:{free_port()}", "neo4j", "wrong")
    app = create_app(lambda: open_driver(nowhere, connection_timeout=2))
    dash_duo.start_server(app, port=free_port())
    dash_duo.wait_for_contains_text("#banner", "cannot reach Neo4j at bolt://127.0.0.1", timeout=15)
    assert "Traceback" not in dash_duo.find_element("body").text


def test_an_empty_graph_says_how_to_load_articles(dash_duo, empty_neo4j_settings):
    app = create_app(empty_neo4j_settings)
    dash_duo.start_server(app, port=free_port())
    dash_duo.wait_for_contains_text("#banner", "no events yet", timeout=20)
    assert "python -m ingest" in dash_duo.find_element("#banner").text
    dash_duo.wait_for_contains_text("#timeline-status", "No events match", timeout=20)
    assert "Traceback" not in dash_duo.find_element("body").text
    app.explorer_driver.close()


def tap_actor(duo, actor_id: str) -> None:
    """Tap a node the way a reader's click does (Cytoscape draws on a canvas)."""
    duo.driver.execute_script(
        "const root = document.getElementById('actor-graph');"
        "const holder = [root, ...root.querySelectorAll('*')].find(el => el._cyreg);"
        "holder._cyreg.cy.getElementById(arguments[0]).emit('tap');", actor_id)


def test_clicking_an_actor_filters_the_timeline_to_its_events(explorer):
    duo = explorer()
    wait_until(lambda: "Donald Trump" in actor_labels(duo), "actor graph never showed Trump")
    tap_actor(duo, TRUMP.id)
    wait_until(lambda: drawn_summaries(duo) == [TRUMP_SUMMARY], "actor click did not filter")
    assert "person%3Adonald-trump" in duo.driver.current_url


def test_clear_all_brings_every_event_back(explorer):
    duo = explorer("?type=take_office&q=Amt")
    wait_until(lambda: drawn_summaries(duo) == [TRUMP_SUMMARY], "filters from URL not applied")
    duo.find_element("#f-clear").click()
    wait_until(lambda: set(drawn_summaries(duo)) == {DUMA_SUMMARY, TRUMP_SUMMARY},
               "clear all did not bring the events back")
    assert "?" not in duo.driver.current_url


def test_more_events_than_the_detail_limit_are_shown_as_counts(dash_duo, neo4j_settings, seed_graph):
    app = create_app(neo4j_settings, detail_limit=1)
    dash_duo.start_server(app, port=free_port())
    dash_duo.wait_for_contains_text("#timeline-status", "counts per period", timeout=20)
    title = wait_until(lambda: dash_duo.driver.execute_script(
        "const gd = document.querySelector(arguments[0]);"
        "return gd && gd.layout && gd.layout.title ? gd.layout.title.text : null;", TIMELINE),
        "the overview was never drawn")
    assert "counts per period" in title
    app.explorer_driver.close()


def test_clicking_a_period_of_the_overview_zooms_into_it_and_shows_single_events(
        dash_duo, neo4j_settings, seed_graph):
    app = create_app(neo4j_settings, detail_limit=1)
    dash_duo.start_server(app, port=free_port())
    dash_duo.wait_for_contains_text("#timeline-status", "counts per period", timeout=20)
    # where the statement lane's cell of 17 November is on the screen
    dash_duo.driver.execute_script("document.querySelector(arguments[0]).scrollIntoView()",
                                   TIMELINE)
    point = wait_until(lambda: dash_duo.driver.execute_script(
        "const gd = document.querySelector(arguments[0]);"
        "const t = gd && gd.data && gd.data[0];"
        "if (!t || t.type !== 'heatmap') return null;"
        "const day = Date.parse('2024-11-17T12:00:00Z');"
        "const i = t.x.findIndex((x, k) => k + 1 < t.x.length"
        "  && Date.parse(x) <= day && day < Date.parse(t.x[k + 1]));"
        "const row = t.y.indexOf('statement');"
        "if (i < 0 || row < 0) return null;"
        "const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;"
        "const mid = (Date.parse(t.x[i]) + Date.parse(t.x[i + 1])) / 2;"
        "const area = gd.querySelector('.nsewdrag').getBoundingClientRect();"
        "return [area.left + xa.l2p(mid), area.top + ya.l2p(row)];", TIMELINE),
        "the overview drew no statement cell for 17 November")
    actions = ActionBuilder(dash_duo.driver)
    actions.pointer_action.move_to_location(round(point[0]), round(point[1]))
    actions.pointer_action.pause(0.3).click()
    actions.perform()
    wait_until(lambda: DUMA_SUMMARY in drawn_summaries(dash_duo), "period click did not zoom in")
    assert "view=2024-11-17..2024-11-17" in dash_duo.driver.current_url
    app.explorer_driver.close()
