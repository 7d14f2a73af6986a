"""Loading articles from disk: plain text, text + sidecar, Markdown front matter, JSON Lines, HTML.

Every loader yields either a ``Document`` or a ``LoadError`` naming the file (and line),
so one bad file never stops the others.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator

import yaml

from ingest.model import Document

#: Larger files are refused rather than read into memory: a news article is far smaller.
MAX_BYTES = 5_000_000
TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SIDECAR_SUFFIXES = (".meta.json", ".meta.yaml", ".meta.yml")
SUPPORTED = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
METADATA_FIELDS = ("id", "title", "published", "lang", "source", "url")


@dataclass(frozen=True)
class LoadError:
    """A file (or one line of it) that could not be read as a document."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class BadDocument(ValueError):
    pass


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | LoadError]:
    """Files to load, folders walked in sorted order; sidecars and hidden files skipped."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if child.name.endswith(SIDECAR_SUFFIXES) or child.name.lower() == "readme.md":
                    continue
                if child.suffix.lower() in SUPPORTED:
                    yield child
        elif path.is_file():
            yield path
        else:
            yield LoadError(str(path), "no such file or folder")


def load_paths(paths: Iterable[str | Path]) -> Iterator[Document | LoadError]:
    """Documents from files and folders, in a stable order."""
    for item in iter_paths(paths):
        if isinstance(item, LoadError):
            yield item
        else:
            yield from load_file(item)


def load_file(path: Path) -> Iterator[Document | LoadError]:
    try:
        size = path.stat().st_size
        if size == 0:
            yield LoadError(str(path), "empty file")
            return
        if size > MAX_BYTES:
            yield LoadError(str(path), f"file too large ({size:,} bytes; limit {MAX_BYTES:,})")
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield LoadError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES or (suffix not in SUPPORTED and looks_like_jsonl(raw)):
        yield from parse_jsonl(raw, str(path))
        return
    try:
        text = decode(raw)
        if suffix in MARKDOWN_SUFFIXES:
            meta, body = split_front_matter(text)
        elif suffix in HTML_SUFFIXES:
            meta, body = parse_html(text)
        else:
            meta, body = {}, text
        meta = {**read_sidecar(path), **meta}
        yield make_document(meta, body, default_id=path.stem, path=str(path))
    except BadDocument as exc:
        yield LoadError(str(path), str(exc))


def looks_like_jsonl(raw: bytes) -> bool:
    """A file of unknown kind (a temp file, `.json`) whose first line is a document object."""
    first = raw.lstrip()[:1_000_000].split(b"\n", 1)[0]
    if not first.startswith(b"{"):
        return False
    try:
        record = json.loads(first.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(record, dict) and "text" in record


def decode(raw: bytes) -> str:
    """UTF-8 text (a BOM is dropped); binary or mis-encoded bytes are refused, not guessed."""
    if b"\x00" in raw[:8192]:
        raise BadDocument("binary file (NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadDocument(
            f"not valid UTF-8 (byte {exc.start}: {raw[exc.start:exc.start + 1]!r}); "
            "convert it with e.g. `iconv -f latin1 -t utf-8`"
        ) from None
    return text


def parse_jsonl(raw: bytes, path: str) -> Iterator[Document | LoadError]:
    try:
        text = decode(raw)
    except BadDocument as exc:
        yield LoadError(path, str(exc))
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LoadError(path, f"malformed JSON ({exc.msg}, column {exc.colno})", number)
            continue
        if not isinstance(record, dict):
            yield LoadError(path, "a line must be a JSON object", number)
            continue
        try:
            yield make_document(record, record.get("text"), default_id=None, path=path)
        except BadDocument as exc:
            yield LoadError(path, str(exc), number)


def read_sidecar(path: Path) -> dict:
    """Metadata from ``NAME.meta.json`` / ``NAME.meta.yaml`` beside ``NAME.txt``."""
    for suffix in SIDECAR_SUFFIXES:
        sidecar = path.with_name(path.stem + suffix)
        if sidecar.is_file():
            try:
                data = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
            except (yaml.YAMLError, UnicodeDecodeError) as exc:
                raise BadDocument(f"unreadable metadata file {sidecar.name}: {exc}") from None
            if not isinstance(data, dict):
                raise BadDocument(f"metadata file {sidecar.name} must hold a mapping")
            return data
    return {}


FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def split_front_matter(text: str) -> tuple[dict, str]:
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise BadDocument(f"malformed front matter: {exc}") from None
    if not isinstance(meta, dict):
        raise BadDocument("front matter must be a mapping")
    return meta, text[match.end():]


class _ArticleText(HTMLParser):
    """Visible text of an HTML page, paragraphs kept, scripts and navigation dropped."""

    SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "template"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "tr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title: str | None = None
        self.meta: dict[str, str] = {}
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.SKIP:
            self.skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = attrs.get("property") or attrs.get("name") or ""
            if attrs.get("content"):
                self.meta[key.lower()] = attrs["content"]
        elif tag == "html" and attrs.get("lang"):
            self.meta["lang"] = attrs["lang"]
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "title":
            self._in_title = False
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title = (self.title or "") + data
        elif not self.skip_depth:
            self.parts.append(data)


def parse_html(text: str) -> tuple[dict, str]:
    parser = _ArticleText()
    parser.feed(text)
    parser.close()
    body = re.sub(r"[ \t\r\f\v]+", " ", "".join(parser.parts))
    body = re.sub(r" *\n[ \n]*", "\n\n", body).strip()
    meta = parser.meta
    found = {
        "title": meta.get("og:title") or (parser.title or "").strip() or None,
        "published": meta.get("article:published_time") or meta.get("date") or meta.get("pubdate"),
        "lang": (meta.get("lang") or "")[:2] or None,
        "url": meta.get("og:url"),
        "source": meta.get("og:site_name"),
    }
    return {k: html.unescape(v) if isinstance(v, str) else v for k, v in found.items() if v}, body


def parse_published(value, lang: str | None = None) -> date | None:
    """The publication date from metadata: ISO first, else a full written date.

    Metadata from HTML pages and feeds writes dates in many forms ("Friday, January 4,
    2019", "13. Dezember 2019", "Fri, 04 Jan 2019 10:00:00 GMT"). dateparser is good at
    exactly this job, normalising a string already known to be one date; it is used
    strictly (day, month and year must all be present, no relative dates) so nothing
    is guessed.
    """
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    import dateparser  # slow to import; only needed for non-ISO metadata

    parsed = dateparser.parse(
        text,
        languages=[lang] if lang else None,
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                  "PARSERS": ["timestamp", "absolute-time"]},  # never "last week"
    )
    if parsed is None:
        raise BadDocument(f"published date {text!r} is not a date (use YYYY-MM-DD)")
    return parsed.date()


def make_document(meta: dict, text, default_id: str | None, path: str | None) -> Document:
    if not isinstance(text, str):
        raise BadDocument("no text (expected a string field 'text')")
    if not text.strip():
        raise BadDocument("empty text")
    doc_id = meta.get("id")
    if doc_id in (None, ""):
        if default_id is None:
            raise BadDocument("no 'id'")
        doc_id = default_id
    title = meta.get("title") or derive_title(text)
    lang = meta.get("lang") or meta.get("language")
    lang = str(lang).lower()[:2] if lang else None
    return Document(
        id=str(doc_id),
        text=text,
        published=parse_published(meta.get("published") or meta.get("date"), lang),
        lang=lang,
        title=str(title) if title else None,
        source=str(meta["source"]) if meta.get("source") else None,
        url=str(meta["url"]) if meta.get("url") else None,
        path=path,
    )


def derive_title(text: str, limit: int = 90) -> str:
    """The first sentence-ish stretch of the text, cut at a word boundary."""
    first = text.strip().split("\n", 1)[0]
    first = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + " …"


def content_hash(doc: Document) -> str:
    """Changes when anything that extraction depends on changes."""
    key = json.dumps([doc.text, doc.published and doc.published.isoformat(), doc.lang])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()
