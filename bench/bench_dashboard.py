"""The analyst's dashboard under load: first render, interaction latency and payload.

    python bench/bench_dashboard.py                     # 10k and 100k events
    python bench/bench_dashboard.py --sizes 10000 100000 1000000
    python bench/bench_dashboard.py --sizes 1000000 --profile   # + PROFILE of each query

Starts a throw-away Neo4j 5.26 (own temp home, free ports, the project's jars, 4g heap and
4g page cache), ensures the schema (ingest.graph.ensure_schema), and loads a generated
graph that grows step by step to each size. The generator below is a bench fixture, not
an ingest path: it writes the README's graph model directly with bulk UNWIND/CREATE
batches, because the real pipeline would need a million articles to make a million events.

The graph: 5,000 actors whose activity follows a Zipf law (a few countries and leaders in
everything, most actors in a handful of events); event types and modalities with skewed
frequencies; dates over 2006-2025, denser towards the present, 70% day-, 20% month- and
9% year-precise and 1% undated; 1-3 participants per event (source, target, participant);
one document per five events holding their evidence sentences, with MENTIONED_IN counts.

For each size a fresh app (dash over werkzeug, in this process) is driven in headless
Chromium and measured in the browser:

- warm-up: the app computes the default view's whole-graph aggregates at start, as
  `python -m explorer` does (explorer.callbacks.warm); its seconds are reported, and
  are what a first visitor waits for at most;
- cold: a new browser with a fresh --user-data-dir, from navigation start to the moment
  the timeline's data traces are in the DOM (a MutationObserver stamps performance.now());
  the median of --cold-runs, and the first one on its own;
- warm: the same page loaded again in a browser that has it cached;
- zoom: Plotly.relayout to a new x range, until the figure the server sends back is drawn
  (plotly_afterplot with new data), p50/p95 over --interactions ranges;
- payload: bytes of the page and its data (index.html, _dash-layout, _dash-dependencies,
  every _dash-update-component response) from Resource Timing, compressed and decoded,
  and the total transferred on a cold load (scripts included).

Needs Debian's chromium and chromium-driver. CPU-bound figures depend on the machine's
load: the load average is printed with the figures.
"""
from __future__ import annotations

import argparse
import bisect
import itertools
import math
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graphdb.connection import Settings, open_driver  # noqa: E402
from graphdb.server import PROJECT_ROOT, LocalServer, free_ports  # noqa: E402
from ingest.graph import ensure_schema  # noqa: E402

SEED = 20241118
ACTORS = 5000
EVENTS_PER_DOCUMENT = 5
FIRST_DAY, LAST_DAY = date(2006, 1, 1), date(2025, 12, 31)
TYPES = ("statement", "meeting", "visit", "attack", "protest", "agreement", "sanction",
         "election", "appointment", "resignation", "take_office", "deploy", "threaten",
         "aid", "arrest", "trial", "negotiation", "ceasefire", "demand", "accuse")
MODALITIES = (("asserted", 60), ("reported", 25), ("planned", 6), ("expected", 4),
              ("hypothetical", 3), ("negated", 2))
GRANULARITIES = (("day", 70), ("month", 20), ("year", 9), (None, 1))
ACTOR_TYPES = (("PERSON", 45), ("ORGANIZATION", 20), ("COUNTRY", 5), ("GOVERNMENT", 10),
               ("LOCATION", 10), ("GROUP", 10))
SYLLABLES = ("ka", "lo", "mir", "san", "tu", "vel", "dor", "an", "ri", "zen", "bo", "la",
             "quin", "ster", "mo", "har", "ek", "lin", "gor", "ta")

# ---------------------------------------------------------------- bench data generator
# Bulk write Cypher for generated data only (ingest/graph.py is the project's writer).
CREATE_ACTORS = """
UNWIND $rows AS r CREATE (:Actor {id: r.id, name: r.name, type: r.type})
"""
CREATE_DOCUMENTS = """
UNWIND $rows AS r
CREATE (d:Document {id: r.id, title: r.title, published: r.published, lang: r.lang,
                    source: 'Bench Wire', url: r.url, text: r.text, char_count: size(r.text),
                    content_hash: r.id, extractor_version: 'bench'})
WITH d, r
UNWIND r.mentions AS m
MATCH (a:Actor {id: m.id})
CREATE (a)-[:MENTIONED_IN {count: m.count}]->(d)
"""
CREATE_EVENTS = """
UNWIND $rows AS r
MATCH (d:Document {id: r.doc})
CREATE (e:Event {id: r.id, type: r.type, trigger: r.trigger, summary: r.summary,
                 date_value: r.date_value, date_start: r.date_start, date_end: r.date_end,
                 granularity: r.granularity, modality: r.modality, confidence: r.confidence,
                 mention_count: 1})
CREATE (e)-[:REPORTED_IN {sentence: r.sentence, start: r.start, end: r.end,
                          trigger: r.trigger, trigger_start: r.trigger_start,
                          trigger_end: r.trigger_end, modality: r.modality}]->(d)
WITH e, r
UNWIND r.actors AS p
MATCH (a:Actor {id: p.id})
CREATE (a)-[:PARTICIPATED_IN {role: p.role}]->(e)
"""


def _weighted(pairs):
    values, weights = zip(*pairs)
    return values, list(itertools.accumulate(weights))


class Generator:
    """Deterministic events numbered 0..n; `batch(lo, hi)` makes those of [lo, hi)."""

    def __init__(self, seed: int = SEED):
        rng = random.Random(seed)
        self.actors = []
        kinds, kind_cum = _weighted(ACTOR_TYPES)
        names = set()
        while len(self.actors) < ACTORS:
            name = " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()
                            for _ in range(2))
            if name in names:
                continue
            names.add(name)
            kind = rng.choices(kinds, cum_weights=kind_cum)[0]
            self.actors.append({"id": f"{kind.lower()}:bench-{len(self.actors):04d}",
                                "name": name, "type": kind})
        # Zipf by rank; types are drawn independently, so the busiest actors are of every type.
        zipf = [1 / (rank + 1) ** 1.07 for rank in range(ACTORS)]
        self.actor_cum = list(itertools.accumulate(zipf))
        self.type_cum = list(itertools.accumulate(1 / (r + 1) ** 0.9 for r in range(len(TYPES))))
        self.modalities = _weighted(MODALITIES)
        self.granularities = _weighted(GRANULARITIES)
        self.span = (LAST_DAY - FIRST_DAY).days

    def _rng(self, i: int) -> random.Random:
        return random.Random(SEED * 1_000_003 + i)

    def event(self, i: int) -> dict:
        rng = self._rng(i)
        kind = rng.choices(TYPES, cum_weights=self.type_cum)[0]
        modality = rng.choices(self.modalities[0], cum_weights=self.modalities[1])[0]
        granularity = rng.choices(self.granularities[0], cum_weights=self.granularities[1])[0]
        # density grows linearly towards the present, as news archives do
        day = FIRST_DAY + timedelta(days=int(self.span * rng.random() ** 0.5))
        if granularity == "day":
            start = end = day
            value = day.isoformat()
        elif granularity == "month":
            start = day.replace(day=1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            value = start.isoformat()[:7]
        elif granularity == "year":
            start, end, value = date(day.year, 1, 1), date(day.year, 12, 31), str(day.year)
        else:
            start = end = value = None
        count = rng.choices((1, 2, 3), cum_weights=(30, 75, 100))[0]
        chosen: list[int] = []
        while len(chosen) < count:
            a = bisect.bisect(self.actor_cum, rng.random() * self.actor_cum[-1])
            if a not in chosen:
                chosen.append(min(a, ACTORS - 1))
        roles = ("source", "target", "participant")
        actors = [{"id": self.actors[a]["id"], "role": roles[k]} for k, a in enumerate(chosen)]
        names = [self.actors[a]["name"] for a in chosen]
        summary = f"{names[0]} {kind.replace('_', ' ')}" + (f" with {names[1]}" if count > 1 else "")
        return {"id": f"bench:e{i}", "doc": f"bench:d{i // EVENTS_PER_DOCUMENT}", "type": kind,
                "trigger": kind.replace("_", " "), "summary": summary, "date_value": value, "date_start": start,
                "date_end": end, "granularity": granularity, "modality": modality,
                "confidence": round(0.4 + 0.6 * rng.random(), 2), "actors": actors,
                "sentence": f"{summary} ({value or 'undated'}), officials said."}

    def batch(self, lo: int, hi: int) -> tuple[list[dict], list[dict]]:
        """(documents, events) for events [lo, hi); lo and hi are multiples of five."""
        events = [self.event(i) for i in range(lo, hi)]
        documents = []
        for first in range(0, len(events), EVENTS_PER_DOCUMENT):
            group = events[first:first + EVENTS_PER_DOCUMENT]
            text, mentions = "", {}
            for e in group:
                e["start"] = len(text)
                text += e["sentence"]
                e["end"] = len(text)
                e["trigger_start"] = e["start"] + e["sentence"].index(e["trigger"])
                e["trigger_end"] = e["trigger_start"] + len(e["trigger"])
                text += " "
                for p in e["actors"]:
                    mentions[p["id"]] = mentions.get(p["id"], 0) + 1
            published = max((e["date_end"] for e in group if e["date_end"]), default=LAST_DAY)
            doc_id = group[0]["doc"]
            documents.append({"id": doc_id, "title": group[0]["summary"], "published": published,
                              "lang": "en" if hash(doc_id) % 3 else "de",
                              "url": f"https://example.org/{doc_id.split(':')[1]}",
                              "text": text.strip(),
                              "mentions": [{"id": k, "count": v} for k, v in mentions.items()]})
        return documents, events


def loaded_events(driver) -> int:
    """How many generated events the database holds (batches are atomic: a prefix)."""
    with driver.session() as s:
        return s.run("MATCH (e:Event) RETURN count(e) AS n").single()["n"]


def load(driver, gen: Generator, lo: int, hi: int, batch: int = 20_000) -> None:
    """Write events [lo, hi) with their documents, `batch` events per transaction."""
    def write(documents, events):
        def work(tx):
            tx.run(CREATE_DOCUMENTS, rows=documents).consume()
            tx.run(CREATE_EVENTS, rows=events).consume()
        return work

    if lo == 0:
        with driver.session() as s:
            s.execute_write(lambda tx: tx.run(CREATE_ACTORS, rows=gen.actors).consume())
    for start in range(lo, hi, batch):
        documents, events = gen.batch(start, min(hi, start + batch))
        with driver.session() as s:
            s.execute_write(write(documents, events))
        print(f"  loaded {min(hi, start + batch):>9,} events", end="\r", flush=True)
    print()


# --------------------------------------------------------------------- the browser side
MARK_FIRST_RENDER = """
window.__bench = {first: null};
new MutationObserver(function (_, observer) {
  const gd = document.querySelector('#timeline .js-plotly-plot');
  if (gd && gd.data && gd.data.length && gd.querySelector('.scatterlayer .trace, .barlayer .trace, .heatmaplayer .hm')) {
    window.__bench.first = performance.now();
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""

ZOOM = """
const [lo, hi, done] = arguments;
performance.clearResourceTimings();  // the buffer holds 250 entries, then records nothing
const gd = document.querySelector('#timeline .js-plotly-plot');
const before = gd.data;
const t0 = performance.now();
const timer = setTimeout(() => done(-1), 60000);
let local = null;
function drawn() {
  if (local === null) local = performance.now() - t0;  // the relayout's own redraw
  if (gd.data !== before) {
    clearTimeout(timer);
    gd.removeListener('plotly_afterplot', drawn);
    // the callbacks' round trips (the figure's among them), as Resource Timing saw them
    const server = performance.getEntriesByType('resource')
      .filter(r => r.startTime >= t0 && r.name.includes('_dash-update-component'))
      .reduce((most, r) => Math.max(most, r.responseEnd - r.startTime), 0);
    done([performance.now() - t0, local, server]);
  }
}
gd.on('plotly_afterplot', drawn);
Plotly.relayout(gd, {'xaxis.range[0]': lo, 'xaxis.range[1]': hi});
"""

FILTER = """
const [id, value, done] = arguments;
performance.clearResourceTimings();
const gd = document.querySelector('#timeline .js-plotly-plot');
const before = gd.data;
const t0 = performance.now();
const timer = setTimeout(() => done(-1), 60000);
function drawn() {
  if (gd.data !== before) {
    clearTimeout(timer);
    gd.removeListener('plotly_afterplot', drawn);
    const end = performance.now();
    // the callbacks' round trips in order, and the drawing after the last answer
    const trips = performance.getEntriesByType('resource')
      .filter(r => r.startTime >= t0 && r.responseEnd <= end
                   && r.name.includes('_dash-update-component'));
    const last = trips.reduce((most, r) => Math.max(most, r.responseEnd), t0);
    done([end - t0, trips.map(r => r.responseEnd - r.startTime), end - last]);
  }
}
gd.on('plotly_afterplot', drawn);
window.dash_clientside.set_props(id, {value: value});
"""

PAYLOAD = """
const rows = [performance.getEntriesByType('navigation')[0],
              ...performance.getEntriesByType('resource')];
return rows.map(r => [r.name, r.transferSize, r.encodedBodySize, r.decodedBodySize]);
"""


def browser(profile: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic",
                 "--window-size=1400,1000", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    driver.set_script_timeout(90)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": MARK_FIRST_RENDER})
    return driver


def first_render_ms(driver, url: str, timeout: float = 120) -> float:
    driver.get(url)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = driver.execute_script("return window.__bench && window.__bench.first")
        if value:
            return float(value)
        time.sleep(0.02)
    state = driver.execute_script(
        "const gd = document.querySelector('#timeline .js-plotly-plot');"
        "return [document.getElementById('timeline-status')?.innerText,"
        " gd && gd.data && gd.data.length, document.querySelectorAll('.scatterlayer .trace, .barlayer .trace, .heatmaplayer .hm').length]")
    logs = driver.get_log("browser") if hasattr(driver, "get_log") else []
    raise RuntimeError(f"the timeline was not drawn within {timeout:.0f} s: {state} {logs[-5:]}")


def settle(driver, quiet_s: float = 1.0, timeout: float = 120) -> None:
    """Wait until no new resource entries have appeared for `quiet_s` (callbacks done)."""
    last, since = -1, time.monotonic()
    deadline = since + timeout
    while time.monotonic() < deadline:
        n = driver.execute_script("return performance.getEntriesByType('resource').length"
                                  " + (document.querySelector('._dash-loading') ? 1e6 : 0)")
        if n != last:
            last, since = n, time.monotonic()
        elif time.monotonic() - since >= quiet_s:
            return
        time.sleep(0.1)


def payload(driver) -> dict:
    """Bytes by kind: data (html + layout + dependencies + updates) and everything."""
    out = {"data_transfer": 0, "data_encoded": 0, "data_decoded": 0, "all_transfer": 0,
           "updates": 0, "layout": 0, "index": 0}
    for name, transfer, encoded, decoded in driver.execute_script(PAYLOAD):
        out["all_transfer"] += transfer
        path = name.split("?")[0]
        kind = ("updates" if path.endswith("_dash-update-component")
                else "layout" if path.endswith(("_dash-layout", "_dash-dependencies"))
                else "index" if path.rstrip("/").count("/") <= 2 else None)
        if kind:
            out[kind] += encoded
            out["data_transfer"] += transfer
            out["data_encoded"] += encoded
            out["data_decoded"] += decoded
    return out


def zoom_ranges(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """Zooms from a few weeks to a few years, anywhere in the range, all different."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        days = int(math.exp(rng.uniform(math.log(20), math.log(6 * 365))))
        start = FIRST_DAY + timedelta(days=rng.randint(0, (LAST_DAY - FIRST_DAY).days - days))
        out.append((start.isoformat(), (start + timedelta(days=days)).isoformat()))
    return out



def filter_interactions(gen: "Generator") -> list[tuple[str, str, object]]:
    """(kind, control id, value) in order: each filter set and then cleared again, and
    the lanes switched to actors and back.

    Actors by activity rank (0 is the busiest, in about a tenth of all events); the
    search text is a word of an actor's name (names are made of a few syllables, so a
    word is shared by a few actors)."""
    out = []
    for round_ in range(3):
        out += [("type", "f-types", [TYPES[round_ * 3]]), ("type", "f-types", [])]
        out += [("modality", "f-modalities", [MODALITIES[2 + round_][0]]),
                ("modality", "f-modalities", [])]
        for rank in (0, 10, 100)[round_:round_ + 1] + (1000,):
            out += [("actor", "f-actors", [gen.actors[rank]["id"]]), ("actor", "f-actors", [])]
        for rank in (50, 500):
            word = gen.actors[rank + round_]["name"].split()[0]
            out += [("text", "f-text", word), ("text", "f-text", "")]
        out += [("lanes", "f-lanes", "actor"), ("lanes", "f-lanes", "type")]
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def serve(app) -> tuple[str, object]:
    import logging

    from werkzeug.serving import make_server

    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    port = free_ports(1)[0]
    server = make_server("127.0.0.1", port, app.server, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{port}/", server


def measure(settings: Settings, args) -> dict:
    from explorer.app import create_app

    # As `python -m explorer` does: the default view's aggregates are computed at start.
    started = time.perf_counter()
    app = create_app(settings, warm_cache=True)
    url, server = serve(app)
    app.explorer_warmed.join()
    result_warmup_s = time.perf_counter() - started
    work = Path(tempfile.mkdtemp(prefix="bench-chromium-"))
    result: dict = {"warmup_s": result_warmup_s}
    try:
        colds = []
        for run in range(args.cold_runs):
            driver = browser(work / f"cold-{run}")
            try:
                colds.append(first_render_ms(driver, url))
                settle(driver)
                if run == 0:
                    result["payload"] = payload(driver)
            finally:
                driver.quit()
        result["cold_first"], result["cold"] = colds[0], statistics.median(colds[1:] or colds)
        driver = browser(work / "warm")
        try:
            first_render_ms(driver, url)
            settle(driver)
            warms = []
            for _ in range(args.warm_runs):
                warms.append(first_render_ms(driver, url))
                settle(driver, quiet_s=0.5)
            result["warm"] = statistics.median(warms)
            result["warm_payload"] = payload(driver)
            zooms, locals_, trips = [], [], []
            for lo, hi in zoom_ranges(args.interactions):
                total, local, trip = driver.execute_async_script(ZOOM, lo, hi)
                zooms.append(total)
                locals_.append(local)
                trips.append(trip)
                settle(driver, quiet_s=0.3)
            # Where a zoom's time goes: Plotly's redraw at the new range before any data
            # arrives, and the longest callback round trip (request to response end).
            result["zoom_local_p50"] = percentile(locals_, 0.5)
            result["zoom_trip_p50"] = percentile(trips, 0.5)
            result["zoom_p50"] = percentile(zooms, 0.5)
            result["zoom_p95"] = percentile(zooms, 0.95)
            result["zoom_max"] = max(zooms)
            # Filter interactions: a control set as the reader would set it, and cleared.
            gen = Generator()
            filters, trips, draws = {}, [], []
            for kind, control, value in filter_interactions(gen):
                total, trip, draw = driver.execute_async_script(FILTER, control, value)
                filters.setdefault(kind, []).append(total)
                trips.append(sum(trip))
                draws.append(draw)
                settle(driver, quiet_s=0.3)
            # Where a filter change's time goes: its callbacks' round trips, added up, and
            # the drawing after the last answer.
            result["filter_trips_p50"] = percentile(trips, 0.5)
            result["filter_draw_p50"] = percentile(draws, 0.5)
            result["filter_trips_p95"] = percentile(trips, 0.95)
            result["filter_draw_p95"] = percentile(draws, 0.95)
            result["filters"] = {kind: (percentile(ms, 0.5), percentile(ms, 0.95), len(ms))
                                 for kind, ms in filters.items()}
            result["filters_each"] = filters
        finally:
            driver.quit()
    finally:
        server.shutdown()
        app.explorer_driver.close()
        shutil.rmtree(work, ignore_errors=True)
    return result


# --------------------------------------------------------------------------- PROFILE
def profile_queries(driver) -> None:
    """PROFILE every read query of explorer/queries.py on the loaded graph."""
    from explorer import queries
    from explorer.filters import EventFilter

    reader = queries.GraphReader(lambda: driver, cache=False)
    whole, year = EventFilter(), EventFilter(date_from=date(2024, 1, 1), date_to=date(2024, 12, 31))
    days = EventFilter(date_from=date(2024, 11, 1), date_to=date(2024, 11, 3))
    actor = EventFilter(actors=("person:bench-0000",))
    top = [a.id for a in reader.filter_options(40).actors]

    def event(template, flt, **params):
        values = reader.event_params(flt, **params)
        return queries.event_query(template, values), values

    cases = [
        ("GRAPH_STAMP", "", (queries.GRAPH_STAMP, {})),
        ("OVERVIEW", "", (queries.OVERVIEW, {})),
        ("LONG_SPANS", "", (queries.LONG_SPANS, {"short_days": queries.SHORT_SPAN_DAYS})),
        ("FILTER_ACTORS", "", (queries.FILTER_ACTORS, {"limit": 2000})),
        ("FILTER_VALUES", "", (queries.FILTER_VALUES, {})),
        ("COUNT_DATED", "all", event(queries.COUNT_DATED, whole)),
        ("COUNT_DATED", "year", event(queries.COUNT_DATED, year)),
        ("COUNT_UNDATED", "all", event(queries.COUNT_UNDATED, whole)),
        ("COUNT_DATED", "actor", event(queries.COUNT_DATED, actor)),
        ("TIMELINE_BINS_BY_TYPE", "all", event(queries.TIMELINE_BINS_BY_TYPE, whole, unit="month")),
        ("TIMELINE_BINS_BY_TYPE", "year", event(queries.TIMELINE_BINS_BY_TYPE, year, unit="week")),
        ("TIMELINE_BINS_BY_ACTOR", "year", event(queries.TIMELINE_BINS_BY_ACTOR, year, unit="week")),
        ("TIMELINE_EVENTS", "3 days", event(queries.TIMELINE_EVENTS, days, limit=2000)),
        ("ACTOR_NODES", "all", event(queries.ACTOR_NODES, whole, limit=40, sample=queries.ACTOR_SAMPLE)),
        ("ACTOR_NODES", "year", event(queries.ACTOR_NODES, year, limit=40, sample=queries.ACTOR_SAMPLE)),
        ("ACTOR_PARTICIPATIONS", "all", event(queries.ACTOR_PARTICIPATIONS, whole, node_ids=top, sample=queries.ACTOR_SAMPLE)),
        ("ACTOR_PARTICIPATIONS", "year", event(queries.ACTOR_PARTICIPATIONS, year, node_ids=top, sample=queries.ACTOR_SAMPLE)),
        ("EVENT_DETAIL", "", (queries.EVENT_DETAIL, {"id": "bench:e12345"})),
    ]
    for name, label, (query, params) in cases:
        with driver.session(notifications_min_severity="OFF") as s:
            s.run("EXPLAIN " + query, params).consume()  # plan once, so PROFILE times execution
            t0 = time.perf_counter()
            result = s.run("PROFILE " + query, params)
            list(result)
            summary = result.consume()
            ms = (time.perf_counter() - t0) * 1000
        hits, ops = 0, []

        def walk(p):
            nonlocal hits
            hits += p.get("dbHits", 0)
            ops.append(p["operatorType"].split("@")[0])
            for child in p.get("children", []):
                walk(child)
        walk(summary.profile)
        reads = sorted({o for o in ops if "Scan" in o or "Seek" in o or "CountStore" in o})
        print(f"  {name:<22} {label:<6} {ms:7.0f} ms {hits:>11,} db hits  {', '.join(reads)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000],
                        help="event counts to measure at, ascending (1000000 takes a while)")
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--warm-runs", type=int, default=5)
    parser.add_argument("--interactions", type=int, default=20)
    parser.add_argument("--batch", type=int, default=20_000, help="events per transaction")
    parser.add_argument("--profile", action="store_true", help="PROFILE the explorer's queries")
    parser.add_argument("--home", type=Path,
                        help="keep the Neo4j home here and reuse what it holds (a larger "
                             "graph than a size skips that size)")
    parser.add_argument("--load-only", action="store_true", help="load, measure nothing")
    parser.add_argument("--heap", default="4g")
    parser.add_argument("--page-cache", default="4g")
    args = parser.parse_args(argv)

    home = args.home or Path(tempfile.mkdtemp(prefix="neo4j-bench-dashboard-"))
    bolt, http = free_ports(2)
    server = LocalServer(home, bolt_port=bolt, http_port=http, lib_dir=PROJECT_ROOT / ".neo4j" / "lib",
                         heap=args.heap, page_cache=args.page_cache)
    rows = []
    try:
        server.start(timeout=240)
        settings = Settings.for_server(server)
        driver = open_driver(settings)
        ensure_schema(driver)
        gen = Generator()
        loaded = loaded_events(driver)
        for size in sorted(args.sizes):
            if size < loaded:
                print(f"{size:,} events: skipped, {home} holds {loaded:,}")
                continue
            t0 = time.perf_counter()
            load(driver, gen, loaded, size, args.batch)
            load_s = time.perf_counter() - t0
            print(f"{size:,} events: loaded {size - loaded:,} more in {load_s:.1f} s "
                  f"({(size - loaded) / load_s:,.0f} events/s)")
            loaded = size
            if args.profile:
                profile_queries(driver)
            if args.load_only:
                continue
            load_avg = os.getloadavg()[0]
            figures = measure(settings, args)
            figures.update(size=size, load_s=load_s, load_avg=load_avg,
                           load_avg_after=os.getloadavg()[0])
            rows.append(figures)
            report([figures])
        driver.close()
    finally:
        server.stop()
        if not args.home:
            shutil.rmtree(home, ignore_errors=True)
    print()
    report(rows)
    return 0


def report(rows: list[dict]) -> None:
    print(f"{'events':>10} {'load s':>7} {'warmup s':>8} {'cold ms':>8} {'(1st)':>7} {'warm ms':>8} "
          f"{'zoom p50':>9} {'p95':>6} {'max':>6} {'data KB':>8} {'(raw)':>7} "
          f"{'cold all KB':>11} {'loadavg':>9}")
    for r in rows:
        p = r["payload"]
        print(f"{r['size']:>10,} {r['load_s']:>7.0f} {r['warmup_s']:>8.1f} {r['cold']:>8.0f} {r['cold_first']:>7.0f} "
              f"{r['warm']:>8.0f} {r['zoom_p50']:>9.0f} {r['zoom_p95']:>6.0f} "
              f"{r['zoom_max']:>6.0f} {p['data_transfer'] / 1024:>8.0f} "
              f"{p['data_decoded'] / 1024:>7.0f} {p['all_transfer'] / 1024:>11.0f} "
              f"{r['load_avg']:>4.1f}/{r['load_avg_after']:<4.1f}")
        for kind, (p50, p95, n) in r.get("filters", {}).items():
            print(f"{'':>10} filter by {kind}: p50 {p50:.0f} ms, p95 {p95:.0f} ms ({n} changes: "
                  + " ".join(f"{ms:.0f}" for ms in r["filters_each"][kind]) + ")")
        if "zoom_local_p50" in r:
            print(f"{'':>10} zoom p50 parts: relayout redraw {r['zoom_local_p50']:.0f} ms, "
                  f"longest callback round trip {r['zoom_trip_p50']:.0f} ms")
        if "filter_trips_p50" in r:
            print(f"{'':>10} filter parts p50/p95: callback round trips {r['filter_trips_p50']:.0f}"
                  f"/{r['filter_trips_p95']:.0f} ms, drawing after the last "
                  f"{r['filter_draw_p50']:.0f}/{r['filter_draw_p95']:.0f} ms")


if __name__ == "__main__":
    sys.exit(main())
