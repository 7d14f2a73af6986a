"""Run a reader's own Cypher safely: read-only unless asked, bounded in time and rows.

Read-only is enforced by the server, not by inspecting the text: the query runs in a
transaction opened in READ access mode, and Neo4j refuses any write in it. Used by the
web console and by ``python -m explorer cypher``.
"""
from __future__ import annotations

import json
import time
from typing import Any, TextIO

import neo4j
from neo4j import READ_ACCESS, WRITE_ACCESS, Driver, unit_of_work
from neo4j.exceptions import DriverError, Neo4jError, ServiceUnavailable, SessionExpired
from neo4j.graph import Node, Path, Relationship

from explorer.records import ConsoleResult

DEFAULT_TIMEOUT_S = 10.0
DEFAULT_ROW_CAP = 500
#: Cells longer than this are cut: a Document's full text in a table helps no one.
MAX_CELL_CHARS = 300


def run_query(
    driver: Driver,
    text: str,
    params: dict | None = None,
    *,
    write: bool = False,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    row_cap: int = DEFAULT_ROW_CAP,
    database: str | None = None,
) -> ConsoleResult:
    """Run one Cypher statement and return its rows as strings, or Neo4j's error message.

    >>> run_query(driver, "MATCH (e:Event) RETURN e.type AS type LIMIT 1")  # doctest: +SKIP
    ConsoleResult(columns=['type'], rows=[['statement']], truncated=False, error=None, ...)
    """
    if not text or not text.strip():
        return ConsoleResult(error="Type a Cypher query first.")

    @unit_of_work(timeout=timeout_s)
    def work(tx: neo4j.ManagedTransaction) -> tuple[list[str], list[list[str]], bool]:
        result = tx.run(text, params or {})
        columns = list(result.keys())
        rows: list[list[str]] = []
        truncated = False
        for record in result:
            if len(rows) >= row_cap:
                truncated = True
                break
            rows.append([format_value(v) for v in record.values()])
        return columns, rows, truncated

    began = time.perf_counter()
    try:
        with driver.session(
            default_access_mode=WRITE_ACCESS if write else READ_ACCESS, database=database
        ) as session:
            execute = session.execute_write if write else session.execute_read
            columns, rows, truncated = execute(work)
    except Neo4jError as error:
        return ConsoleResult(error=describe_neo4j_error(error))
    except (ServiceUnavailable, SessionExpired) as error:
        return ConsoleResult(error=f"Cannot reach Neo4j: {error}")
    except DriverError as error:
        return ConsoleResult(error=f"{type(error).__name__}: {error}")
    elapsed = (time.perf_counter() - began) * 1000
    return ConsoleResult(columns=columns, rows=rows, truncated=truncated, elapsed_ms=elapsed)


def describe_neo4j_error(error: Neo4jError) -> str:
    """Neo4j's own words, with a hint for the refusals a console reader will meet."""
    message = (error.message or str(error)).strip()
    code = error.code or type(error).__name__
    hint = ""
    if "AccessMode" in code or "read access mode" in message.lower():
        hint = "\nThe console is read-only: writes are refused by the server."
    elif "TransactionTimedOut" in code or "timeout" in message.lower():
        hint = "\nThe query ran too long; add LIMIT or a narrower MATCH."
    return f"{code}: {message}{hint}"


def format_value(value: Any) -> str:
    """A Cypher value as one readable table cell."""
    return _cut(_render(value))


def _render(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Node):
        labels = "".join(f":{label}" for label in sorted(value.labels))
        return f"({labels} {_props(dict(value))})"
    if isinstance(value, Relationship):
        return f"[:{value.type} {_props(dict(value))}]"
    if isinstance(value, Path):
        parts = [_render(value.start_node)]
        for rel in value.relationships:
            parts.append(f"-{_render(rel)}->")
            parts.append(_render(rel.end_node))
        return "".join(parts)
    if isinstance(value, list):
        return "[" + ", ".join(_render(v) for v in value) + "]"
    if isinstance(value, dict):
        return _props(value)
    if hasattr(value, "iso_format"):  # neo4j.time Date / DateTime / Time / Duration
        return value.iso_format()
    return str(value)


def _props(props: dict) -> str:
    inner = ", ".join(f"{k}: {json.dumps(v, ensure_ascii=False) if isinstance(v, str) else _render(v)}"
                      for k, v in sorted(props.items()))
    return "{" + inner + "}"


def _cut(text: str) -> str:
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"


def parse_param(pair: str) -> tuple[str, Any]:
    """``k=v`` from the command line; v is read as JSON when it can be, else as a string.

    >>> parse_param("limit=5"), parse_param("name=Leonid Slutsky"), parse_param('ids=["a"]')
    (('limit', 5), ('name', 'Leonid Slutsky'), ('ids', ['a']))
    """
    key, sep, raw = pair.partition("=")
    if not sep or not key.strip():
        raise ValueError(f"parameter {pair!r} is not of the form name=value")
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    return key.strip(), value


def print_table(result: ConsoleResult, out: TextIO, max_width: int = 60) -> None:
    """A plain-text table for the terminal."""
    if result.error:
        out.write(result.error + "\n")
        return
    cells = [[c[:max_width] for c in row] for row in result.rows]
    widths = [len(c) for c in result.columns]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row)]
    line = "+".join("-" * (w + 2) for w in widths)
    out.write("+" + line + "+\n")
    out.write("| " + " | ".join(c.ljust(w) for c, w in zip(result.columns, widths)) + " |\n")
    out.write("+" + line + "+\n")
    for row in cells:
        out.write("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |\n")
    out.write("+" + line + "+\n")
    note = f"{len(result.rows)} row(s)"
    if result.truncated:
        note += " (stopped at the row cap)"
    out.write(note + "\n")
