"""The synthetic probe sets in bench/probe_timex are usable by the shared scorer: every gold
expression is the text at its offsets, in a document that has an id, a language and a date."""
import json
from datetime import date
from pathlib import Path

import pytest

SETS = sorted(p.parent for p in (Path(__file__).resolve().parent.parent / "bench" / "probe_timex").glob("*/documents.jsonl"))


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_there_are_probe_sets_in_both_languages():
    langs = {read(s / "documents.jsonl")[0]["lang"] for s in SETS}
    assert langs == {"de", "en"}


@pytest.mark.parametrize("probe", SETS, ids=lambda p: p.name)
def test_every_gold_expression_is_the_text_at_its_offsets(probe):
    docs = {d["id"]: d for d in read(probe / "documents.jsonl")}
    for d in docs.values():
        assert d["lang"] in ("de", "en") and date.fromisoformat(d["published"][:10])
    gold = read(probe / "gold_timex.jsonl")
    assert gold
    for g in gold:
        assert docs[g["doc_id"]]["text"][g["start"]:g["end"]] == g["text"], g
        assert g["type"] in ("DATE", "TIME", "DURATION", "SET")
