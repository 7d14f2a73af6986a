"""Query results kept while the graph stays the same: bounded, and each entry expires.

Whole-graph aggregates (counts per month and type over a million events, the busiest
actors) take Neo4j seconds; the page asks for the same ones at every load. The cache
keeps them until the graph's stamp (its node and relationship counts, which Neo4j keeps
in its count store and answers at once) changes, or `ttl_s` passes, whichever is first:
an ingest that adds or removes anything shows at the next request after `stamp_every_s`.

    >>> cache = ResultCache(stamp=lambda: 1)
    >>> cache.get("answer", lambda: 42), cache.get("answer", lambda: 0)
    (42, 42)
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Any, Callable, Hashable


class ResultCache:
    """A thread-safe LRU of at most `max_entries` results, dropped when the stamp changes.

    The largest entries are the event lists of the detailed timeline (at most the detail
    limit, 500 events by default, under a megabyte), so 64 entries stay within ~100 MB.

    Concurrent requests for the same key compute it once: the others wait for the first.
    A computation that raises leaves nothing behind.
    """

    def __init__(self, stamp: Callable[[], Hashable], *, max_entries: int = 64,
                 ttl_s: float = 300.0, stamp_every_s: float = 2.0,
                 clock: Callable[[], float] = time.monotonic):
        self._stamp_of_graph = stamp
        self._max = max_entries
        self._ttl = ttl_s
        self._stamp_every = stamp_every_s
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._pending: dict[Hashable, threading.Event] = {}
        self._stamp: Hashable = None
        self._stamp_checked = float("-inf")

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The cached result for `key`, computing (and keeping) it if missing or stale."""
        self._check_stamp()
        while True:
            with self._lock:
                hit = self._entries.get(key)
                if hit is not None and self._clock() - hit[0] < self._ttl:
                    self._entries.move_to_end(key)
                    return hit[1]
                waiting = self._pending.get(key)
                if waiting is None:
                    self._pending[key] = threading.Event()
                    break
            waiting.wait()
        try:
            value = compute()
            with self._lock:
                self._entries[key] = (self._clock(), value)
                self._entries.move_to_end(key)
                while len(self._entries) > self._max:
                    self._entries.popitem(last=False)
            return value
        finally:
            with self._lock:
                self._pending.pop(key).set()

    def current_stamp(self) -> Hashable:
        """The graph's stamp, as last asked for (again if `stamp_every_s` has passed)."""
        self._check_stamp()
        return self._stamp

    @property
    def stamp_every_s(self) -> float:
        return self._stamp_every

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def _check_stamp(self) -> None:
        now = self._clock()
        with self._lock:
            if now - self._stamp_checked < self._stamp_every:
                return
            self._stamp_checked = now
        stamp = self._stamp_of_graph()  # outside the lock: it may wait on Neo4j
        with self._lock:
            if stamp != self._stamp:
                self._entries.clear()
                self._stamp = stamp

    def __len__(self) -> int:
        return len(self._entries)
