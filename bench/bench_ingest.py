"""Ingest throughput into a real Neo4j: extraction, transactional writes, and re-ingest.

    python bench/bench_ingest.py [--docs 2000] [--batch-size 50]

Starts a throw-away Neo4j 5.26 (own temp home, free ports, the project's jars), builds
--docs articles from the Wikinews demo corpus in seeds/ (each copy published some days
later, so its relative dates and events differ), then measures:

- extraction alone (one process), documents/s and characters/s;
- writing the extractions (batched transactions, with cross-document event merging);
- re-ingesting the same documents (all unchanged: the skip path);
and prints the figures with what they mean for a day (a million articles a day is
11.6 documents/s sustained).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graphdb.connection import Settings, open_driver  # noqa: E402
from graphdb.server import PROJECT_ROOT, LocalServer, free_ports  # noqa: E402
from ingest.documents import Document, load_paths  # noqa: E402
from ingest.graph import ensure_schema, write_extractions  # noqa: E402
from ingest.pipeline import extract  # noqa: E402

PER_DAY = 86_400


def corpus(count: int) -> list[Document]:
    base = [d for d in load_paths([ROOT / "seeds" / "wikinews"]) if isinstance(d, Document)]
    docs = []
    for i in range(count):
        doc = base[i % len(base)]
        copy = i // len(base)
        published = doc.published + timedelta(days=3 * copy) if doc.published else None
        docs.append(replace(doc, id=f"{doc.id}-copy{copy}", published=published))
    return docs


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:8.1f} docs/s  ({n / seconds * PER_DAY / 1e6:5.2f} M docs/day)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=50)
    args = parser.parse_args()

    docs = corpus(args.docs)
    chars = sum(len(d.text) for d in docs)
    print(f"{len(docs)} documents, {chars:,} characters (mean {chars // len(docs):,})")

    started = time.perf_counter()
    extractions = [extract(d) for d in docs]
    seconds = time.perf_counter() - started
    events = sum(len(x.events) for x in extractions)
    print(f"extract (1 process):   {rate(len(docs), seconds)}  {chars / seconds:,.0f} chars/s, "
          f"{events} events")

    home = Path(tempfile.mkdtemp(prefix="neo4j-bench-"))
    server = LocalServer(home, *free_ports(2), lib_dir=PROJECT_ROOT / ".neo4j" / "lib",
                         heap="2g", page_cache="1g")
    try:
        t0 = time.perf_counter()
        server.start(timeout=180)
        print(f"neo4j start:           {time.perf_counter() - t0:8.1f} s")
        driver = open_driver(Settings.for_server(server))
        ensure_schema(driver)
        for label, force in (("write (new docs)", False), ("rewrite (--force)", True),
                             ("re-ingest unchanged", False)):
            t0 = time.perf_counter()
            for i in range(0, len(extractions), args.batch_size):
                result = write_extractions(driver, extractions[i:i + args.batch_size], force=force)
                assert not result.failed, result.failed
            print(f"{label + ':':22} {rate(len(docs), time.perf_counter() - t0)}")
        records, _, _ = driver.execute_query(
            "MATCH (e:Event) RETURN count(e) AS events, "
            "count(CASE WHEN e.mention_count > 1 THEN 1 END) AS merged")
        print(f"graph: {records[0]['events']} Event nodes for {events} reports, "
              f"{records[0]['merged']} reported by more than one document")
        driver.close()
    finally:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
