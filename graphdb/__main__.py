"""python -m graphdb install|start|stop|status|password — the project's local Neo4j.

The server lives in `<project>/.neo4j/` (jars in lib/, the graph in data/, the generated
password in `password`), Bolt and HTTP on 127.0.0.1 at NEO4J_BOLT_PORT / NEO4J_HTTP_PORT
(7687 / 7474).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from graphdb import jars
from graphdb.server import USER, LocalServer, ServerError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m graphdb", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["install", "start", "stop", "status", "password"])
    parser.add_argument("--timeout", type=float, default=120,
                        help="seconds to wait for Bolt on start (default 120)")
    args = parser.parse_args(argv)
    server = LocalServer.for_project()
    try:
        return COMMANDS[args.command](server, args)
    except ServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def install(server: LocalServer, args: argparse.Namespace) -> int:
    started = time.perf_counter()
    fetched = server.install()
    count, size = jars.footprint(server.lib_dir)
    how = f"fetched in {time.perf_counter() - started:.1f}s" if fetched else "already installed"
    print(f"Neo4j {jars.neo4j_version()}: {count} jars, {size / 2**20:.0f} MB in "
          f"{_shown(server.lib_dir)} ({how})")
    return 0


def start(server: LocalServer, args: argparse.Namespace) -> int:
    was_running = server.status().running
    began = time.perf_counter()
    status = server.start(timeout=args.timeout)
    if was_running:
        print(f"Neo4j was already running (pid {status.pid})")
    else:
        print(f"Neo4j {jars.neo4j_version()} started in {time.perf_counter() - began:.1f}s "
              f"(pid {status.pid}, logs in {_shown(server.logs_dir)})")
    print(f"  Bolt:     {status.bolt_uri}")
    print(f"  Browser:  {status.browser_url}")
    print(f"  user:     {USER}")
    print(f"  password: in {_shown(server.password_file)} (python -m graphdb password)")
    return 0


def stop(server: LocalServer, args: argparse.Namespace) -> int:
    print("Neo4j stopped" if server.stop() else "Neo4j was not running")
    return 0


def status(server: LocalServer, args: argparse.Namespace) -> int:
    """Exit code 0 when running, 3 when not (as `neo4j status` does)."""
    current = server.status()
    print(current)
    return 0 if current.running else 3


def password(server: LocalServer, args: argparse.Namespace) -> int:
    if not server.password_file.is_file():
        print(f"error: no password yet: {_shown(server.password_file)} is made by "
              "`python -m graphdb start`", file=sys.stderr)
        return 1
    print(server.password_file.read_text().strip())
    return 0


COMMANDS = {"install": install, "start": start, "stop": stop, "status": status,
            "password": password}


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())
