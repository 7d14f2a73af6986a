"""Command line: serve the explorer, or run one Cypher query against the graph.

    python -m explorer                       # http://127.0.0.1:8050
    python -m explorer serve --host 0.0.0.0 --port 8060
    python -m explorer cypher "MATCH (e:Event) RETURN e.type, count(*)"
    python -m explorer cypher "MATCH (a:Actor {name: \\$name}) RETURN a" --param name="Donald Trump"
    python -m explorer cypher "MATCH (n:Hack) DELETE n" --write

Connection: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, else the project's local server.
Serving: EXPLORER_HOST and EXPLORER_PORT give the defaults for --host and --port.
"""
from __future__ import annotations

import argparse
import os
import sys

from explorer.console import DEFAULT_ROW_CAP, DEFAULT_TIMEOUT_S, parse_param, print_table
from explorer.queries import DEFAULT_DETAIL_LIMIT


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m explorer", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command")

    _serve_options(parser)  # `python -m explorer --port 8060` serves too
    serve = commands.add_parser("serve", help="serve the web explorer (the default)")
    _serve_options(serve, inherit=True)

    cypher = commands.add_parser("cypher", help="run one Cypher query and print a table")
    cypher.add_argument("query", help="the Cypher text; use $name for parameters")
    cypher.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                        help="a query parameter; VALUE is read as JSON when it can be")
    cypher.add_argument("--write", action="store_true",
                        help="run in a write transaction (default: read-only, enforced by Neo4j)")
    cypher.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S, help="seconds")
    cypher.add_argument("--limit", type=int, default=DEFAULT_ROW_CAP, help="row cap")
    return parser


def _serve_options(parser: argparse.ArgumentParser, inherit: bool = False) -> None:
    # On `serve`, unset options keep the values parsed before it (SUPPRESS), so that
    # `python -m explorer --port 8060 serve` still serves on 8060.
    def default(value):
        return argparse.SUPPRESS if inherit else value

    parser.add_argument("--host", default=default(os.environ.get("EXPLORER_HOST", "127.0.0.1")),
                        help="address to listen on (env EXPLORER_HOST; default 127.0.0.1)")
    parser.add_argument("--port", type=int,
                        default=default(int(os.environ.get("EXPLORER_PORT", "8050"))),
                        help="port to listen on (env EXPLORER_PORT; default 8050)")
    parser.add_argument("--debug", action="store_true", default=default(False),
                        help="Dash debug mode (reloader, dev tools)")
    parser.add_argument("--detail-limit", type=int, default=default(DEFAULT_DETAIL_LIMIT),
                        help="above this many events in range the timeline shows counts "
                             f"per period (default {DEFAULT_DETAIL_LIMIT})")


def serve(host: str, port: int, debug: bool, detail_limit: int) -> int:
    """Serve the explorer until interrupted; the driver is closed on the way out."""
    from explorer.app import create_app

    app = create_app(detail_limit=detail_limit, warm_cache=True)
    try:
        app.run(host=host, port=port, debug=debug)
    finally:
        app.explorer_driver.close()
    return 0


def cypher(query: str, params: list[str], write: bool, timeout: float, limit: int) -> int:
    """Run one query, print its table (or Neo4j's error on stderr); exit code 0 or 1."""
    from graphdb.connection import GraphUnavailable, Settings, open_driver

    from explorer.console import run_query
    from explorer.driver import PROJECT_ROOT

    try:
        parsed = dict(parse_param(p) for p in params)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    try:
        driver = open_driver(Settings.from_env(PROJECT_ROOT))
    except GraphUnavailable as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    try:
        result = run_query(driver, query, parsed, write=write, timeout_s=timeout, row_cap=limit)
    finally:
        driver.close()
    print_table(result, sys.stderr if result.error else sys.stdout)
    return 1 if result.error else 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "cypher":
        return cypher(args.query, args.param, args.write, args.timeout, args.limit)
    return serve(args.host, args.port, args.debug, args.detail_limit)


if __name__ == "__main__":
    sys.exit(main())
