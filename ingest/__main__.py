"""Command line: ingest articles into Neo4j, or print the extraction as JSON Lines.

    python -m ingest PATH...                       extract and write to Neo4j
    python -m ingest extract INPUT... --format jsonl   extraction only, to stdout
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from itertools import islice
from pathlib import Path
from typing import Iterator, Sequence

from ingest.documents import LoadError, load_paths
from ingest.model import Document, Extraction
from ingest.pipeline import extract
from ingest.records import extraction_records

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_GRAPH_UNAVAILABLE = 0, 1, 2, 3
PROJECT_ROOT = Path(__file__).resolve().parents[1]


def _error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def _documents(paths: Sequence[str], failures: list[str]) -> Iterator[Document]:
    """Every loadable document once; load errors and duplicate ids are reported and counted."""
    seen: set[str] = set()
    for item in load_paths(paths):
        if isinstance(item, LoadError):
            _error(str(item))
            failures.append(str(item))
            continue
        if item.id in seen:
            message = f"{item.path}: duplicate document id {item.id!r}; only the first is kept"
            _error(message)
            failures.append(message)
            continue
        seen.add(item.id)
        yield item


def _extractions(paths: Sequence[str], failures: list[str], jobs: int = 1) -> Iterator[Extraction]:
    """Extractions in input order; with jobs > 1, extracted by that many worker processes."""
    documents = _documents(paths, failures)
    if jobs <= 1:
        yield from map(extract, documents)
        return
    from multiprocessing import get_context

    # Chunks bound the memory a million-document input needs in flight.
    with get_context("spawn").Pool(jobs) as pool:
        while chunk := list(islice(documents, 64 * jobs)):
            yield from pool.imap(extract, chunk, chunksize=8)


def run_extract(args: argparse.Namespace) -> int:
    failures: list[str] = []
    out = sys.stdout
    for extraction in _extractions(args.inputs, failures, args.jobs):
        for record in extraction_records(extraction):
            if args.format == "jsonl":
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif record["kind"] == "event":
                date = record["date"]["value"] or "undated"
                actors = ", ".join(a["name"] for a in record["actors"])
                out.write(f"{record['doc_id']}\t{date}\t{record['type']}\t"
                          f"{record['modality']}\t{actors}\t{record['summary']}\n")
    return EXIT_SOME_FAILED if failures else EXIT_OK


def run_ingest(args: argparse.Namespace) -> int:
    from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired
    from tqdm import tqdm

    from graphdb.connection import GraphUnavailable, Settings, open_driver
    from ingest.graph import ensure_schema, write_extractions

    try:
        driver = open_driver(Settings.from_env(PROJECT_ROOT))
    except GraphUnavailable as exc:
        _error(str(exc))
        return EXIT_GRAPH_UNAVAILABLE
    failures: list[str] = []
    written = unchanged = events = 0
    started = time.perf_counter()
    try:
        ensure_schema(driver)
        batch: list[Extraction] = []
        progress = tqdm(unit="doc", disable=args.quiet or None, file=sys.stderr)

        def flush() -> None:
            nonlocal written, unchanged, events
            result = write_extractions(driver, batch, force=args.force)
            written += len(result.written)
            unchanged += len(result.unchanged)
            events += result.events
            for doc_id, message in result.failed.items():
                _error(f"document {doc_id!r} not written: {message}")
                failures.append(doc_id)
            progress.update(len(batch))
            batch.clear()

        for extraction in _extractions(args.paths, failures, args.jobs):
            batch.append(extraction)
            if len(batch) >= args.batch_size:
                flush()
        if batch:
            flush()
        progress.close()
    except GraphUnavailable as exc:
        _error(str(exc))
        return EXIT_GRAPH_UNAVAILABLE
    except (ServiceUnavailable, SessionExpired, Neo4jError) as exc:  # the server went away
        _error(f"Neo4j failed during ingest ({exc}); documents of the batch in flight "
               "were not written, earlier batches were. Re-run the same command to resume.")
        return EXIT_GRAPH_UNAVAILABLE
    finally:
        driver.close()
    elapsed = time.perf_counter() - started
    print(
        f"ingested {written} document(s) with {events} event(s), {unchanged} unchanged, "
        f"{len(failures)} failed, in {elapsed:.1f} s",
        file=sys.stderr,
    )
    return EXIT_SOME_FAILED if failures else EXIT_OK


def build_parsers() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    ingest = argparse.ArgumentParser(
        prog="python -m ingest",
        description="Extract dated events from news articles and write them to Neo4j. "
        "Use `python -m ingest extract --help` for extraction without Neo4j.",
    )
    ingest.add_argument("paths", nargs="+", help="files or folders (.txt, .md, .html, .jsonl)")
    ingest.add_argument("--batch-size", type=int, default=50, help="documents per transaction")
    ingest.add_argument("--force", action="store_true", help="rewrite unchanged documents too")
    ingest.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ingest.add_argument("-j", "--jobs", type=int, default=1,
                        help="extraction worker processes (default 1; writing stays in one)")

    extract_parser = argparse.ArgumentParser(
        prog="python -m ingest extract",
        description="Print the extraction (documents, timexes, events) without Neo4j.",
    )
    extract_parser.add_argument("inputs", nargs="+", help="files or folders")
    extract_parser.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    extract_parser.add_argument("-j", "--jobs", type=int, default=1, help="worker processes")
    return ingest, extract_parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    ingest_parser, extract_parser = build_parsers()
    if argv and argv[0] == "extract":
        return run_extract(extract_parser.parse_args(argv[1:]))
    args = ingest_parser.parse_args(argv)
    if args.batch_size < 1:
        ingest_parser.error("--batch-size must be at least 1")
    return run_ingest(args)


if __name__ == "__main__":
    sys.exit(main())
