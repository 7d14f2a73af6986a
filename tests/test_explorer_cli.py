"""`python -m explorer cypher`: one query against the configured server, as a table."""
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def run_cli(neo4j_settings):
    env = {**os.environ, "NEO4J_URI": neo4j_settings.uri, "NEO4J_USER": neo4j_settings.user,
           "NEO4J_PASSWORD": neo4j_settings.password}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "explorer", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60)
    return run


def test_cypher_prints_a_table_with_parameters(run_cli):
    done = run_cli("cypher", "RETURN $name AS name, $n + 1 AS next",
                   "--param", "name=Leonid Slutsky", "--param", "n=41")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[1].split("|")[1:3] == [" name           ", " next "]
    assert "| Leonid Slutsky | 42   |" in lines
    assert lines[-1] == "1 row(s)"


def test_cypher_is_read_only_unless_asked_to_write(run_cli, graph_driver):
    refused = run_cli("cypher", "CREATE (n:ExplorerCliProbe) RETURN n")
    assert refused.returncode == 1
    assert "Neo.ClientError.Statement.AccessMode" in refused.stderr
    assert "Traceback" not in refused.stderr
    try:
        written = run_cli("cypher", "CREATE (n:ExplorerCliProbe) RETURN count(n) AS made", "--write")
        assert written.returncode == 0, written.stderr
        records, _, _ = graph_driver.execute_query("MATCH (n:ExplorerCliProbe) RETURN count(n) AS n")
        assert records[0]["n"] == 1
    finally:
        graph_driver.execute_query("MATCH (n:ExplorerCliProbe) DELETE n")


def test_cypher_says_plainly_when_neo4j_cannot_be_reached():
    done = subprocess.run(
        [sys.executable, "-m", "explorer", "cypher", "RETURN 1"], cwd=ROOT, timeout=60,
        env={**os.environ, "NEO4J_URI": "bolt://127.0.0.1:9", "NEO4J_PASSWORD": "x"},
        capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.startswith("error: cannot reach Neo4j at bolt://127.0.0.1:9")
    assert "Traceback" not in done.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode()


def test_serve_answers_on_the_given_port_even_while_neo4j_is_down():
    port = free_port()
    env = {**os.environ, "NEO4J_URI": f"bolt://127.0.0.1:{free_port()}", "NEO4J_PASSWORD": "x",
           "EXPLORER_PORT": str(port)}
    server = subprocess.Popen([sys.executable, "-m", "explorer"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                page = get(f"http://127.0.0.1:{port}/")
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.3)
        assert "<title>Event explorer</title>" in page
        assert len(page) < 10_000  # data comes by callback, never inlined in the page
    finally:
        server.terminate()
        server.wait(timeout=10)
