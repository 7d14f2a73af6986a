"""Connection settings and the errors a user sees when Neo4j cannot be used (no server needed)."""
from __future__ import annotations

import pytest

from graphdb.connection import GraphUnavailable, Settings, open_driver
from graphdb.server import free_ports


def test_neo4j_uri_in_the_environment_wins_over_the_local_server(tmp_path):
    env = {"NEO4J_URI": "neo4j+s://abc.databases.neo4j.io", "NEO4J_USER": "reader",
           "NEO4J_PASSWORD": "s3cret"}

    settings = Settings.from_env(tmp_path, env)

    assert settings == Settings("neo4j+s://abc.databases.neo4j.io", "reader", "s3cret")


def test_user_defaults_to_neo4j_when_only_uri_and_password_are_set(tmp_path):
    settings = Settings.from_env(tmp_path, {"NEO4J_URI": "bolt://db:7687", "NEO4J_PASSWORD": "pw"})

    assert settings.user == "neo4j"


def test_neo4j_uri_without_a_password_is_refused_before_connecting(tmp_path):
    with pytest.raises(GraphUnavailable, match="NEO4J_URI is set .* but NEO4J_PASSWORD is not"):
        Settings.from_env(tmp_path, {"NEO4J_URI": "bolt://db:7687"})


def test_without_neo4j_uri_the_local_server_and_its_password_file_are_used(tmp_path):
    (tmp_path / ".neo4j").mkdir()
    (tmp_path / ".neo4j" / "password").write_text("generated-password\n")

    settings = Settings.from_env(tmp_path, {"NEO4J_BOLT_PORT": "17687"})

    assert settings == Settings("bolt://127.0.0.1:17687", "neo4j", "generated-password")
    assert settings.password_source == str((tmp_path / ".neo4j" / "password").resolve())


def test_a_missing_password_file_says_where_it_should_be_and_how_to_make_it(tmp_path):
    with pytest.raises(GraphUnavailable) as missing:
        Settings.from_env(tmp_path, {})

    message = str(missing.value)
    assert str(tmp_path / ".neo4j" / "password") in message
    assert "python -m graphdb start" in message


def test_the_password_never_shows_in_the_settings_repr():
    assert "s3cret" not in repr(Settings("bolt://127.0.0.1:7687", "neo4j", "s3cret"))


def test_an_unreachable_server_gives_one_line_naming_the_uri_and_the_remedy():
    (port,) = free_ports(1)
    uri = f"bolt://127.0.0.1:{port}"

    with pytest.raises(GraphUnavailable) as down:
        open_driver(Settings(uri, "neo4j", "whatever"))

    assert str(down.value) == (f"cannot reach Neo4j at {uri}: start it with "
                               "`python -m graphdb start` or set NEO4J_URI")


def test_a_malformed_uri_is_named_in_the_error():
    with pytest.raises(GraphUnavailable, match="invalid Neo4j URI 'http://127.0.0.1:7474'"):
        open_driver(Settings("http://127.0.0.1:7474", "neo4j", "pw"))
