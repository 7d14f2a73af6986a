"""The explorer's result cache: kept while the graph is unchanged, bounded, expiring."""
import threading
import time

import pytest

from explorer.cache import ResultCache


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def counting(value):
    calls = []

    def compute():
        calls.append(1)
        return value
    return compute, calls


def test_a_second_request_for_the_same_query_is_answered_from_the_cache():
    cache = ResultCache(stamp=lambda: "graph-1")
    compute, calls = counting([{"n": 1_000_000}])
    assert cache.get("count", compute) == [{"n": 1_000_000}]
    assert cache.get("count", compute) == [{"n": 1_000_000}]
    assert len(calls) == 1


def test_a_changed_graph_stamp_drops_every_cached_result():
    stamp = {"events": 3}
    clock = Clock()
    cache = ResultCache(stamp=lambda: stamp["events"], stamp_every_s=2.0, clock=clock)
    cache.get("count", lambda: 3)
    stamp["events"] = 4  # an ingest added an event
    clock.now = 2.5
    assert cache.get("count", lambda: 4) == 4


def test_the_stamp_is_asked_at_most_once_per_interval():
    asked = []
    clock = Clock()
    cache = ResultCache(stamp=lambda: asked.append(1) or 1, stamp_every_s=2.0, clock=clock)
    for _ in range(10):
        cache.get("count", lambda: 1)
    clock.now = 2.0
    cache.get("count", lambda: 1)
    assert len(asked) == 2


def test_an_entry_expires_after_its_time_to_live_even_if_the_graph_looks_the_same():
    clock = Clock()
    cache = ResultCache(stamp=lambda: 1, ttl_s=300, clock=clock)
    cache.get("count", lambda: "old")
    clock.now = 301
    assert cache.get("count", lambda: "new") == "new"


def test_the_least_recently_used_entry_goes_first_when_the_cache_is_full():
    cache = ResultCache(stamp=lambda: 1, max_entries=2)
    cache.get("a", lambda: "a")
    cache.get("b", lambda: "b")
    cache.get("a", lambda: "never")  # a is used again, so b is the oldest
    cache.get("c", lambda: "c")
    assert len(cache) == 2
    assert cache.get("a", lambda: "recomputed") == "a"
    assert cache.get("b", lambda: "recomputed") == "recomputed"


def test_a_failed_query_is_not_cached_and_the_next_request_tries_again():
    cache = ResultCache(stamp=lambda: 1)

    def fail():
        raise RuntimeError("Neo4j stopped answering")
    with pytest.raises(RuntimeError):
        cache.get("count", fail)
    assert cache.get("count", lambda: 7) == 7


def test_concurrent_requests_for_one_query_run_it_once():
    cache = ResultCache(stamp=lambda: 1)
    started, calls = threading.Event(), []

    def slow():
        calls.append(1)
        started.set()
        time.sleep(0.2)
        return "bins"
    results = []
    threads = [threading.Thread(target=lambda: results.append(cache.get("bins", slow)))
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["bins"] * 4 and len(calls) == 1
