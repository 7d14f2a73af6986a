"""One Neo4j driver per process, opened on first use and closed on exit.

Nothing connects at import time: the app can start (and say so plainly) while Neo4j is
down, and connects as soon as Neo4j answers.
"""
from __future__ import annotations

import atexit
import threading
from pathlib import Path
from typing import Any, Callable

from neo4j import Driver

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def driver_factory(source: Any = None) -> Callable[[], Driver]:
    """A zero-argument driver opener from settings, an opener, or (None) the environment.

    `source` may be a `graphdb.connection.Settings`, any callable returning a `Driver`
    (tests pass one for their own server), or None for NEO4J_URI/USER/PASSWORD or the
    project's local server.
    """
    if callable(source):
        return source
    from graphdb.connection import Settings, open_driver

    if source is None:
        def open_from_env() -> Driver:
            return open_driver(Settings.from_env(PROJECT_ROOT))
        return open_from_env
    if isinstance(source, Settings):
        return lambda: open_driver(source)
    raise TypeError(f"expected Settings or a driver factory, got {type(source).__name__}")


class LazyDriver:
    """Calls its opener once, on first use; a failed open is retried on the next call."""

    def __init__(self, opener: Callable[[], Driver]):
        self._opener = opener
        self._driver: Driver | None = None
        self._lock = threading.Lock()
        atexit.register(self.close)

    def __call__(self) -> Driver:
        with self._lock:
            if self._driver is None:
                self._driver = self._opener()  # GraphUnavailable propagates to the page
            return self._driver

    def close(self) -> None:
        with self._lock:
            if self._driver is not None:
                self._driver.close()
                self._driver = None
