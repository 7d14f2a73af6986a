"""The Cypher console: parameters from the command line, cells, tables, Neo4j's errors."""
import io

import pytest
from neo4j.exceptions import ClientError

from explorer.console import (
    MAX_CELL_CHARS, describe_neo4j_error, format_value, parse_param, print_table,
)
from explorer.records import ConsoleResult


def test_param_value_is_read_as_json_when_it_can_be():
    assert parse_param("limit=5") == ("limit", 5)
    assert parse_param('ids=["person:leonid-slutsky"]') == ("ids", ["person:leonid-slutsky"])


def test_param_value_that_is_not_json_stays_a_string():
    assert parse_param("name=Leonid Slutsky") == ("name", "Leonid Slutsky")
    assert parse_param("day=2024-11-17") == ("day", "2024-11-17")


def test_param_without_equals_sign_is_refused():
    with pytest.raises(ValueError, match="name=value"):
        parse_param("limit")


def test_cells_render_cypher_values_readably():
    assert format_value(None) == "null"
    assert format_value(True) == "true"
    assert format_value(["statement", 2]) == "[statement, 2]"
    assert format_value({"name": "Duma"}) == '{name: "Duma"}'


def test_long_cells_are_cut():
    cell = format_value("x" * 10_000)
    assert len(cell) == MAX_CELL_CHARS and cell.endswith("…")


def test_refused_write_is_explained_as_read_only(graph_driver):
    with graph_driver.session(default_access_mode="READ") as session:
        with pytest.raises(ClientError) as refused:
            session.run("CREATE (:ConsoleProbe)").consume()
    text = describe_neo4j_error(refused.value)
    assert text.startswith("Neo.ClientError.Statement.AccessMode: Writing in read access mode")
    assert "read-only" in text


def test_table_prints_columns_rows_and_count():
    out = io.StringIO()
    print_table(ConsoleResult(columns=["type", "n"], rows=[["statement", "2"]]), out)
    lines = out.getvalue().splitlines()
    assert lines[1] == "| type      | n |"
    assert lines[3] == "| statement | 2 |"
    assert lines[-1] == "1 row(s)"
