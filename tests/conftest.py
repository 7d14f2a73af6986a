"""Shared fixtures: a Neo4j server of the tests' own, never the user's database.

`neo4j_settings` (session) starts a throw-away Neo4j on free ports, with its home in a
temp dir and the jars shared from `.neo4j/lib` (fetched once), and deletes it at the end.
`graph_driver` (per test) is a driver to it. Tests that take neither start no server.

To test against another server instead (Aura, Docker, CI service), set
NEO4J_TEST_URI (and NEO4J_TEST_USER, default neo4j; NEO4J_TEST_PASSWORD). Tests write
to and delete from that database: never point it at data you want to keep.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from graphdb.connection import Settings, open_driver
from graphdb.server import PROJECT_ROOT, LocalServer, free_ports


@contextmanager
def own_server() -> Iterator[LocalServer]:
    """A throw-away Neo4j: temp home, free ports, removed afterwards."""
    home = Path(tempfile.mkdtemp(prefix="neo4j-test-"))
    bolt_port, http_port = free_ports(2)
    server = LocalServer(home, bolt_port=bolt_port, http_port=http_port,
                         lib_dir=PROJECT_ROOT / ".neo4j" / "lib", heap="512m", page_cache="128m")
    try:
        server.start(timeout=180)
        yield server
    finally:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="session")
def local_neo4j() -> Iterator[LocalServer | None]:
    """The tests' own running server, or None when NEO4J_TEST_URI names another one."""
    if os.environ.get("NEO4J_TEST_URI"):
        yield None
        return
    with own_server() as server:
        yield server


@pytest.fixture(scope="module")
def empty_neo4j_settings() -> Iterator[Settings]:
    """A second server of the tests' own that holds nothing (started for the tests that
    ask for it: an empty graph is what a new user's first page shows)."""
    with own_server() as server:
        yield Settings.for_server(server)


@pytest.fixture(scope="session")
def neo4j_settings(local_neo4j: LocalServer | None) -> Settings:
    """How to reach the test server (its own, or NEO4J_TEST_URI's)."""
    if local_neo4j is None:
        return Settings(os.environ["NEO4J_TEST_URI"], os.environ.get("NEO4J_TEST_USER", "neo4j"),
                        os.environ.get("NEO4J_TEST_PASSWORD", ""),
                        password_source="NEO4J_TEST_PASSWORD")
    return Settings.for_server(local_neo4j)


@pytest.fixture
def graph_driver(neo4j_settings: Settings):
    """A driver to the test server, closed after the test. The data is shared across
    tests: clean up what you write (or match only your own ids)."""
    driver = open_driver(neo4j_settings)
    try:
        yield driver
    finally:
        driver.close()


@pytest.fixture
def seed_graph(graph_driver):
    """The two key events of the seed (and their documents) written for one test, then removed."""
    from explorer_seed_graph import remove_seed_graph, write_seed_graph

    write_seed_graph(graph_driver)
    yield graph_driver
    remove_seed_graph(graph_driver)
