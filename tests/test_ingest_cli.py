"""The `python -m ingest` command as a user runs it."""
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_15baa7a1c58b67f2.txt"


def run(*args, env=None, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "ingest", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, env=env, input=stdin, timeout=120,
    )


def records(stdout):
    return [json.loads(line) for line in stdout.splitlines()]


def seed_as_jsonl(tmp_path):
    path = tmp_path / "seed.jsonl"
    doc = {"id": "seed-000", "title": None, "published": "2024-11-18", "lang": "de",
           "url": None, "text": SEED.read_text(encoding="utf-8")}
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    return path, doc["text"]


def test_extract_writes_the_contract_records_with_offsets_into_the_text(tmp_path):
    path, text = seed_as_jsonl(tmp_path)
    result = run("extract", path, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    out = records(result.stdout)
    assert out[0]["kind"] == "document" and out[0]["published"] == "2024-11-18"
    timexes = [r for r in out if r["kind"] == "timex"]
    events = [r for r in out if r["kind"] == "event"]
    for t in timexes:
        assert text[t["start"]:t["end"]] == t["text"]
    for e in events:
        assert text[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["text"]
        assert set(e) >= {"event_id", "type", "trigger", "summary", "date", "modality", "actors"}
    assert {"value": "2024-11-17", "start": "2024-11-17", "end": "2024-11-17"}.items() <= next(
        e["date"] for e in events if any("Slutsky" in a["name"] for a in e["actors"])
    ).items()
    trump = [e for e in events if e["date"]["value"] == "2025-01"
             and any(a["name"] == "Donald Trump" for a in e["actors"])]
    assert trump and trump[0]["date"]["start"] == "2025-01-01" and trump[0]["date"]["end"] == "2025-01-31"


def test_extract_reports_bad_files_by_name_and_still_extracts_the_good_ones(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)))
    (tmp_path / "latin1.txt").write_bytes("Am Montag tagte der Rat in Zürich.".encode("latin-1"))
    (tmp_path / "broken.jsonl").write_text('{"id": "x", "text": "ok"\n', encoding="utf-8")
    (tmp_path / "good.txt").write_text("Am Montag tagte der Rat in Zürich.", encoding="utf-8")
    result = run("extract", tmp_path, tmp_path / "missing.txt")
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 5
    for name in ("empty.txt", "binary.txt", "latin1.txt", "broken.jsonl:1", "missing.txt"):
        assert any(name in line for line in errors), name
    docs = [r for r in records(result.stdout) if r["kind"] == "document"]
    assert [d["doc_id"] for d in docs] == ["good"]


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_ingest_says_plainly_when_neo4j_cannot_be_reached(tmp_path):
    env = {**os.environ, "NEO4J_URI": f"bolt://127.0.0.1:{_free_port()}",
           "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": "irrelevant"}
    result = run("--quiet", SEED, env=env)
    assert result.returncode == 3
    assert "cannot reach Neo4j" in result.stderr
    assert "Traceback" not in result.stderr


def test_ingest_refuses_a_wrong_password_without_writing(neo4j_settings, graph_driver):
    env = {**os.environ, "NEO4J_URI": neo4j_settings.uri, "NEO4J_USER": neo4j_settings.user,
           "NEO4J_PASSWORD": neo4j_settings.password + "-wrong"}
    result = run("--quiet", SEED, env=env)
    assert result.returncode == 3
    assert "password" in result.stderr.lower() and "Traceback" not in result.stderr


def test_ingest_writes_to_the_configured_server_and_a_second_run_changes_nothing(
    neo4j_settings, graph_driver, tmp_path
):
    doc = tmp_path / "cli-seed-test.txt"
    doc.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "cli-seed-test.meta.yaml").write_text(
        "id: cli-seed-test\npublished: 2024-11-18\nlang: de\n", encoding="utf-8")
    env = {**os.environ, "NEO4J_URI": neo4j_settings.uri, "NEO4J_USER": neo4j_settings.user,
           "NEO4J_PASSWORD": neo4j_settings.password}
    try:
        first = run("--quiet", tmp_path, env=env)
        assert first.returncode == 0, first.stderr
        assert "ingested 1 document(s)" in first.stderr
        second = run("--quiet", tmp_path, env=env)
        assert "ingested 0 document(s)" in second.stderr and "1 unchanged" in second.stderr
    finally:
        from ingest.graph import delete_documents
        delete_documents(graph_driver, ["cli-seed-test"])
