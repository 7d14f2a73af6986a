"""The project's own Neo4j server: started by the tests (see conftest.py), really queried."""
from __future__ import annotations

import json
import os
import socket
import stat
import urllib.request

import pytest
from neo4j.exceptions import ClientError

from graphdb.connection import GraphUnavailable, Settings, open_driver
from graphdb.server import PROJECT_ROOT, LocalServer, ServerError, free_ports, new_password


def test_the_server_answers_a_query_over_bolt(graph_driver):
    records, _, _ = graph_driver.execute_query("RETURN 1 AS one")

    assert records[0]["one"] == 1


def test_the_server_is_neo4j_5_26_community(graph_driver):
    records, _, _ = graph_driver.execute_query(
        "CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition")

    assert records[0]["version"].startswith("5.26.")
    assert records[0]["edition"] == "community"


def test_the_password_file_is_readable_by_its_owner_only(local_neo4j):
    if local_neo4j is None:
        pytest.skip("NEO4J_TEST_URI names another server: no password file of ours")

    mode = stat.S_IMODE(local_neo4j.password_file.stat().st_mode)

    assert mode == 0o600
    assert len(local_neo4j.password_file.read_text().strip()) >= 24


def test_the_default_password_neo4j_is_refused(neo4j_settings):
    default = Settings(neo4j_settings.uri, "neo4j", "neo4j")

    with pytest.raises(GraphUnavailable, match="refused user 'neo4j': wrong password"):
        open_driver(default).close()


def test_a_wrong_password_is_refused_with_a_message_naming_server_and_user(neo4j_settings):
    wrong = Settings(neo4j_settings.uri, neo4j_settings.user, "not-the-password",
                     password_source="the test's made-up password")

    with pytest.raises(GraphUnavailable) as refused:
        open_driver(wrong)

    assert str(refused.value) == (
        f"Neo4j at {neo4j_settings.uri} refused user '{neo4j_settings.user}': "
        "wrong password (check the test's made-up password)")


def test_a_read_transaction_refuses_to_write(graph_driver):
    """The server, not our code, enforces read-only: what a read-only Cypher console needs."""
    with graph_driver.session() as session:
        with pytest.raises(ClientError) as refused:
            session.execute_read(lambda tx: tx.run("CREATE (:ReadOnlyProbe) RETURN 1").consume())
        count = session.execute_read(
            lambda tx: tx.run("MATCH (n:ReadOnlyProbe) RETURN count(n) AS n").single()["n"])

    assert refused.value.code == "Neo.ClientError.Statement.AccessMode"
    assert count == 0


def test_status_names_the_running_process_and_its_urls(local_neo4j):
    if local_neo4j is None:
        pytest.skip("NEO4J_TEST_URI names another server")

    status = local_neo4j.status()

    assert status.running and status.pid > 0
    assert status.bolt_uri == f"bolt://127.0.0.1:{local_neo4j.bolt_port}"
    assert str(status).startswith(f"Neo4j is running (pid {status.pid})")


def test_starting_a_running_server_keeps_the_same_process(local_neo4j):
    if local_neo4j is None:
        pytest.skip("NEO4J_TEST_URI names another server")
    before = local_neo4j.status().pid

    assert local_neo4j.start().pid == before


def test_neo4j_browser_is_served_over_http(local_neo4j):
    if local_neo4j is None:
        pytest.skip("NEO4J_TEST_URI names another server")

    with urllib.request.urlopen(local_neo4j.browser_url, timeout=10) as response:
        page = response.read().decode()

    assert response.status == 200
    assert "<title>Neo4j Browser" in page


def test_the_browser_is_told_the_servers_own_bolt_port(local_neo4j):
    """Discovery at / tells the Browser where Bolt is; Neo4j's default would say :7687."""
    if local_neo4j is None:
        pytest.skip("NEO4J_TEST_URI names another server")
    request = urllib.request.Request(f"http://127.0.0.1:{local_neo4j.http_port}/",
                                     headers={"Accept": "application/json"})

    with urllib.request.urlopen(request, timeout=10) as response:
        discovery = json.load(response)

    assert discovery["bolt_direct"] == local_neo4j.bolt_uri


# -- without starting a server ----------------------------------------------------------

def test_config_listens_on_loopback_only_with_auth_on_and_no_https(tmp_path):
    server = LocalServer(tmp_path, bolt_port=17687, http_port=17474)

    conf = dict(line.split("=", 1) for line in server.write_config().read_text().splitlines()
                if not line.startswith("#"))

    assert conf["server.default_listen_address"] == "127.0.0.1"
    assert conf["server.bolt.listen_address"] == "127.0.0.1:17687"
    assert conf["server.http.listen_address"] == "127.0.0.1:17474"
    assert conf["dbms.security.auth_enabled"] == "true"
    assert conf["server.https.enabled"] == "false"
    assert conf["dbms.usage_report.enabled"] == "false"


def test_a_pid_file_naming_some_other_process_is_not_taken_for_the_server(tmp_path):
    """A stale pid file whose pid was reused must never get that process killed."""
    server = LocalServer(tmp_path)
    server.pid_file.parent.mkdir(parents=True)
    server.pid_file.write_text(f"{os.getpid()}\n")

    assert server.status().running is False
    assert server.stop() is False
    assert not server.pid_file.exists()


def test_start_on_a_taken_port_says_which_port_and_what_to_do(tmp_path):
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        port = squatter.getsockname()[1]
        server = LocalServer(tmp_path, bolt_port=port, http_port=port + 1)

        with pytest.raises(ServerError, match=f"port {port} on 127.0.0.1 is taken.*NEO4J_BOLT_PORT"):
            server.start()


def test_a_database_whose_password_file_is_gone_is_not_started_and_says_how_to_recover(tmp_path):
    bolt_port, http_port = free_ports(2)
    server = LocalServer(tmp_path, bolt_port, http_port, lib_dir=PROJECT_ROOT / ".neo4j" / "lib")
    (server.data_dir / "databases" / "system").mkdir(parents=True)

    with pytest.raises(ServerError, match="password is missing but .* has a database.*restore"):
        server.start()
    assert server.status().running is False


def test_generated_passwords_never_look_like_an_option_to_neo4j_admin():
    # One in 32 url-safe tokens starts with "-", which neo4j-admin read as an option.
    passwords = [new_password() for _ in range(2000)]
    assert not any(p.startswith("-") for p in passwords)
    assert len(set(passwords)) == 2000 and all(len(p) >= 32 for p in passwords)
