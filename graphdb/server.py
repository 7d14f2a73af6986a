"""A Neo4j Community server run from the jars in a lib folder, one home folder per server.

Home layout (the user's server lives in `<project>/.neo4j/`, a test run's in a temp dir):

    conf/neo4j.conf   written at every start from this module's settings
    data/ logs/ run/  the database, Neo4j's logs (+ console.log: the JVM's own output), pid
    password          the generated password of user `neo4j`, mode 0600

The JVM is started the way the official tarball's launcher starts it: `java -cp 'lib/*'
org.neo4j.server.CommunityEntryPoint --home-dir H --config-dir H/conf`, with the
launcher's JVM flags. The launcher would translate `server.memory.heap.*` into -Xms/-Xmx;
starting the entry point directly, we pass those ourselves.
"""
from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from graphdb import jars

USER = "neo4j"
PROJECT_ROOT = Path(__file__).resolve().parent.parent

# From the `server.jvm.additional` lines of the 5.26 tarball's neo4j.conf: Neo4j's page
# cache and Netty reach into java.nio internals, which Java 17 closes unless opened.
JVM_FLAGS = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
    "-Dfile.encoding=UTF-8",
)
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"


class ServerError(RuntimeError):
    """The server could not be installed, started or stopped; the message says why."""


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    pid: int | None
    bolt_uri: str
    browser_url: str

    def __str__(self) -> str:
        if not self.running:
            return "Neo4j is not running"
        return f"Neo4j is running (pid {self.pid}) at {self.bolt_uri}, Browser {self.browser_url}"


class LocalServer:
    """One Neo4j server: its home folder, ports and the shared jar folder.

        server = LocalServer(Path("/tmp/graph"), bolt_port=17687, http_port=17474,
                             lib_dir=Path(".neo4j/lib"))
        server.start()   # fetches the jars once, sets the password on the first start
        Settings.for_server(server)   # graphdb.connection: its URI, user and password
        server.stop()
    """

    def __init__(self, home: Path, bolt_port: int = 7687, http_port: int = 7474, *,
                 lib_dir: Path | None = None, heap: str = "1g", page_cache: str = "256m"):
        self.home = Path(home).resolve()
        self.bolt_port = bolt_port
        self.http_port = http_port
        self.lib_dir = Path(lib_dir).resolve() if lib_dir else self.home / "lib"
        self.heap = heap
        self.page_cache = page_cache

    @classmethod
    def for_project(cls, root: Path = PROJECT_ROOT,
                    env: Mapping[str, str] = os.environ) -> LocalServer:
        """The user's server: home `<root>/.neo4j`, ports from NEO4J_BOLT_PORT/NEO4J_HTTP_PORT."""
        return cls(Path(root) / ".neo4j",
                   bolt_port=int(env.get("NEO4J_BOLT_PORT", 7687)),
                   http_port=int(env.get("NEO4J_HTTP_PORT", 7474)))

    # -- where things are -------------------------------------------------------------

    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def browser_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/browser/"

    @property
    def conf_dir(self) -> Path:
        return self.home / "conf"

    @property
    def data_dir(self) -> Path:
        return self.home / "data"

    @property
    def logs_dir(self) -> Path:
        return self.home / "logs"

    @property
    def password_file(self) -> Path:
        return self.home / "password"

    @property
    def pid_file(self) -> Path:
        return self.home / "run" / "neo4j.pid"

    # -- lifecycle ----------------------------------------------------------------------

    def install(self) -> bool:
        """Fetch the jars into lib_dir unless present; True if it fetched."""
        try:
            return jars.install(self.lib_dir)
        except jars.InstallError as exc:
            raise ServerError(str(exc)) from exc

    def write_config(self) -> Path:
        """Write conf/neo4j.conf: loopback only, auth on, small memory, no telemetry."""
        self.conf_dir.mkdir(parents=True, exist_ok=True)
        settings = {
            "server.directories.data": self.data_dir,
            "server.directories.logs": self.logs_dir,
            "server.directories.run": self.pid_file.parent,
            "server.directories.import": self.home / "import",
            "server.directories.plugins": self.home / "plugins",
            "server.default_listen_address": "127.0.0.1",
            "server.default_advertised_address": "127.0.0.1",
            "server.bolt.enabled": "true",
            "server.bolt.listen_address": f"127.0.0.1:{self.bolt_port}",
            # advertised = what the Browser is told to connect to; defaults to :7687
            "server.bolt.advertised_address": f"127.0.0.1:{self.bolt_port}",
            "server.bolt.tls_level": "DISABLED",
            "server.http.enabled": "true",
            "server.http.listen_address": f"127.0.0.1:{self.http_port}",
            "server.http.advertised_address": f"127.0.0.1:{self.http_port}",
            "server.https.enabled": "false",
            "dbms.security.auth_enabled": "true",
            "dbms.usage_report.enabled": "false",
            "client.allow_telemetry": "false",
            # otherwise each database (neo4j, system) starts with a 256 MiB log file
            "db.tx_log.preallocate": "false",
            # Bolt otherwise waits 5 s twice on shutdown for connections that are gone
            # already; internal settings, checked against the pinned version
            "internal.server.bolt.connection_shutdown_wait_time": "1s",
            "internal.server.bolt.thread_pool_shutdown_wait_time": "1s",
            # recorded only: the JVM gets -Xms/-Xmx on its command line (see _command)
            "server.memory.heap.initial_size": self.heap,
            "server.memory.heap.max_size": self.heap,
            "server.memory.pagecache.size": self.page_cache,
        }
        conf = self.conf_dir / "neo4j.conf"
        lines = ["# Written by graphdb/server.py at every start: edit that, not this file."]
        lines += [f"{key}={value}" for key, value in settings.items()]
        conf.write_text("\n".join(lines) + "\n")
        return conf

    def status(self) -> ServerStatus:
        pid = self._running_pid()
        return ServerStatus(pid is not None, pid, self.bolt_uri, self.browser_url)

    def start(self, timeout: float = 120) -> ServerStatus:
        """Start the server unless it runs; return once it answers queries on Bolt.

        Raises ServerError with the tail of the logs if it exits or is not ready in time.
        """
        if (pid := self._running_pid()) is not None:
            return ServerStatus(True, pid, self.bolt_uri, self.browser_url)
        for port in (self.bolt_port, self.http_port):
            if _port_in_use(port):
                raise ServerError(f"port {port} on 127.0.0.1 is taken by another process: "
                                  "stop it or set NEO4J_BOLT_PORT / NEO4J_HTTP_PORT")
        java = _java()
        self.install()
        self.write_config()
        self._ensure_password()
        for folder in (self.logs_dir, self.pid_file.parent):
            folder.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        with open(self.logs_dir / "console.log", "ab") as console:
            process = subprocess.Popen(
                self._command(java), cwd=self.home, stdin=subprocess.DEVNULL,
                stdout=console, stderr=subprocess.STDOUT,
                start_new_session=True)  # Ctrl-C in the caller's terminal must not kill it
        self.pid_file.write_text(f"{process.pid}\n")
        try:
            self._wait_until_ready(process, started + timeout)
        except ServerError:
            self._terminate(process.pid, grace=10)
            raise
        return ServerStatus(True, process.pid, self.bolt_uri, self.browser_url)

    def stop(self, timeout: float = 60) -> bool:
        """Stop the server (SIGTERM, then SIGKILL after timeout); False if it was not running."""
        pid = self._running_pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        self._terminate(pid, grace=timeout)
        return True

    def log_tail(self, lines: int = 30) -> str:
        """The last lines of neo4j.log and console.log, for error messages."""
        parts = []
        for name in ("neo4j.log", "console.log"):
            path = self.logs_dir / name
            if path.is_file() and (text := path.read_text(errors="replace").strip()):
                parts.append(f"--- {path} ---\n" + "\n".join(text.splitlines()[-lines:]))
        return "\n".join(parts) or f"(no logs in {self.logs_dir})"

    # -- internals ----------------------------------------------------------------------

    def _command(self, java: str) -> list[str]:
        return [java, f"-Xms{self.heap}", f"-Xmx{self.heap}", *JVM_FLAGS,
                "-cp", f"{self.lib_dir}/*", ENTRY_POINT,
                f"--home-dir={self.home}", f"--config-dir={self.conf_dir}"]

    def _ensure_password(self) -> None:
        """Give user neo4j a generated password before the very first start.

        `neo4j-admin dbms set-initial-password` only acts while the system database does
        not exist yet, so the default neo4j/neo4j account never exists, not even briefly.
        """
        if (self.data_dir / "databases" / "system").exists():
            if not self.password_file.is_file():
                raise ServerError(
                    f"{self.password_file} is missing but {self.data_dir} has a database "
                    f"whose password it held: restore the file, or delete {self.data_dir} "
                    "to start afresh (this deletes the graph)")
            return
        if not self.password_file.is_file():
            self.home.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.password_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as out:
                out.write(new_password() + "\n")
        password = self.password_file.read_text().strip()
        result = subprocess.run(
            [_java(), "-cp", f"{self.lib_dir}/*", "org.neo4j.server.startup.Neo4jAdminCommand",
             "dbms", "set-initial-password", "--", password],  # "--": a password is no option
            env={**os.environ, "NEO4J_HOME": str(self.home), "NEO4J_CONF": str(self.conf_dir)},
            capture_output=True, text=True)
        if result.returncode != 0:
            raise ServerError("neo4j-admin dbms set-initial-password failed:\n"
                              + (result.stdout + result.stderr).strip())
        auth_ini = self.data_dir / "dbms" / "auth.ini"
        if auth_ini.exists():
            auth_ini.chmod(0o600)

    def _wait_until_ready(self, process: subprocess.Popen, deadline: float) -> None:
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, ServiceUnavailable

        auth = (USER, self.password_file.read_text().strip())
        while True:
            if process.poll() is not None:
                self.pid_file.unlink(missing_ok=True)
                raise ServerError(f"Neo4j exited with code {process.returncode} while starting:\n"
                                  + self.log_tail())
            if time.monotonic() > deadline:
                raise ServerError(f"Neo4j did not answer on {self.bolt_uri} in time:\n"
                                  + self.log_tail())
            # HTTP (the Browser) comes up just after Bolt: wait for both
            if _port_in_use(self.bolt_port) and _port_in_use(self.http_port):
                with GraphDatabase.driver(self.bolt_uri, auth=auth, connection_timeout=2) as driver:
                    try:
                        driver.verify_connectivity()
                        return
                    except AuthError as exc:
                        raise ServerError(f"Neo4j refused the password in {self.password_file}: "
                                          f"{exc.message}") from exc
                    except (ServiceUnavailable, OSError):
                        pass  # Bolt accepts connections a moment before databases are up
            time.sleep(0.25)

    def _running_pid(self) -> int | None:
        """The pid from the pid file if that process is this home's Neo4j, else None."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:  # gone (or no /proc: then trust a signal-0 probe)
            if not Path("/proc/self").exists() and _alive(pid):
                return pid
            return None
        # a recycled pid must never be signalled: check it is our JVM for our home
        if ENTRY_POINT.encode() in cmdline and f"--home-dir={self.home}".encode() in cmdline:
            return pid
        return None

    def _terminate(self, pid: int, grace: float) -> None:
        # SIGTERM runs Neo4j's shutdown hook: a clean checkpoint, no recovery next start
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + grace
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        if _alive(pid):
            print(f"Neo4j (pid {pid}) ignored SIGTERM for {grace:.0f}s; killing it", file=sys.stderr)
            os.kill(pid, signal.SIGKILL)
            while _alive(pid):
                time.sleep(0.1)
        self.pid_file.unlink(missing_ok=True)


def new_password() -> str:
    """A random password that neo4j-admin cannot mistake for an option (no leading '-')."""
    while (password := secrets.token_urlsafe(24)).startswith("-"):
        pass
    return password


def _alive(pid: int) -> bool:
    try:
        # reap it if it is our child, so it does not linger as a zombie
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
    if not java or not Path(java).exists():
        raise ServerError("Java 17 or 21 is needed to run Neo4j 5.26 and `java` was not found: "
                          "install it (Debian: apt-get install openjdk-17-jre-headless)")
    return java


def free_ports(count: int) -> list[int]:
    """`count` distinct TCP ports on 127.0.0.1 that nothing listens on right now."""
    sockets = [socket.socket(socket.AF_INET, socket.SOCK_STREAM) for _ in range(count)]
    try:
        for sock in sockets:  # all held open at once, so the kernel hands out distinct ports
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()
