"""Where the graph is and how to log in: settings from the environment, a checked driver.

    settings = Settings.from_env(project_root)   # NEO4J_URI/USER/PASSWORD, else .neo4j/
    driver = open_driver(settings)              # raises GraphUnavailable, one clear line
    try:
        driver.execute_query("RETURN 1")
    finally:
        driver.close()

Nothing connects at import time; each process opens one driver and closes it on exit.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import neo4j
from neo4j.exceptions import AuthError, ConfigurationError, ServiceUnavailable

from graphdb.server import PROJECT_ROOT, USER, LocalServer

START_HINT = "start it with `python -m graphdb start` or set NEO4J_URI"


class GraphUnavailable(RuntimeError):
    """Neo4j cannot be used: down, wrong password, no settings. str() is a one-line message."""


@dataclass(frozen=True)
class Settings:
    uri: str
    user: str
    password: str = field(repr=False)
    # said in error messages, so the reader knows which password to fix
    password_source: str = field(default="NEO4J_PASSWORD", compare=False)

    @classmethod
    def from_env(cls, project_root: Path = PROJECT_ROOT,
                 env: Mapping[str, str] = os.environ) -> Settings:
        """NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD if NEO4J_URI is set, else the local server.

        The local server is the one `python -m graphdb start` runs: bolt on 127.0.0.1 at
        NEO4J_BOLT_PORT (7687), user neo4j, password from `<project_root>/.neo4j/password`.
        """
        if uri := env.get("NEO4J_URI"):
            password = env.get("NEO4J_PASSWORD")
            if password is None:
                raise GraphUnavailable(f"NEO4J_URI is set ({uri}) but NEO4J_PASSWORD is not: "
                                       "set the password of that server")
            return cls(uri, env.get("NEO4J_USER", USER), password)
        return cls.for_server(LocalServer.for_project(project_root, env))

    @classmethod
    def for_server(cls, server: LocalServer) -> Settings:
        """Settings for a LocalServer, its password read from its password file."""
        try:
            password = server.password_file.read_text().strip()
        except FileNotFoundError:
            raise GraphUnavailable(
                f"no Neo4j password file at {server.password_file}: {START_HINT} "
                "(with NEO4J_PASSWORD)") from None
        return cls(server.bolt_uri, USER, password, password_source=str(server.password_file))


def open_driver(settings: Settings, connection_timeout: float = 5.0) -> neo4j.Driver:
    """A driver that has just logged in; GraphUnavailable with a one-line reason if not."""
    try:
        driver = neo4j.GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password),
                                            connection_timeout=connection_timeout)
    except (ConfigurationError, ValueError) as exc:
        raise GraphUnavailable(f"invalid Neo4j URI {settings.uri!r}: {exc}") from None
    try:
        driver.verify_connectivity()
    except AuthError as exc:
        driver.close()
        if exc.code == "Neo.ClientError.Security.AuthenticationRateLimit":
            raise GraphUnavailable(f"Neo4j at {settings.uri} locked user '{settings.user}' after "
                                   "too many wrong passwords: wait a few seconds") from None
        raise GraphUnavailable(f"Neo4j at {settings.uri} refused user '{settings.user}': wrong "
                               f"password (check {settings.password_source})") from None
    except (ServiceUnavailable, OSError) as exc:
        driver.close()
        raise GraphUnavailable(f"cannot reach Neo4j at {settings.uri}: {START_HINT}") from exc
    except BaseException:
        driver.close()
        raise
    return driver
