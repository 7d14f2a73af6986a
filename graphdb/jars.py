"""The Neo4j Community jars, fetched from Maven Central by Maven into one lib folder.

Neo4j's download site is out of reach here, but every jar of the server is on Maven
Central: graphdb/pom.xml names them, and `mvn dependency:copy-dependencies` copies the
whole runtime classpath into a folder. A stamp file records which pom produced the
folder, so a second install is a no-op and a bumped pom fetches afresh.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

POM = Path(__file__).with_name("pom.xml")
STAMP = ".installed"


class InstallError(RuntimeError):
    """The jars could not be fetched (no Maven, no network, unknown version)."""


def neo4j_version(pom: Path = POM) -> str:
    """The Neo4j version pinned in the pom, e.g. "5.26.30"."""
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    version = ET.parse(pom).getroot().find("m:properties/m:neo4j.version", ns)
    if version is None or not version.text:
        raise InstallError(f"{pom} has no <neo4j.version> property")
    return version.text.strip()


def _stamp_text(pom: Path) -> str:
    digest = hashlib.sha256(pom.read_bytes()).hexdigest()
    return f"neo4j {neo4j_version(pom)}\npom sha256 {digest}\n"


def is_installed(lib_dir: Path, pom: Path = POM) -> bool:
    """True when lib_dir holds the jars of exactly this pom."""
    stamp = lib_dir / STAMP
    return stamp.is_file() and stamp.read_text() == _stamp_text(pom)


def install(lib_dir: Path, pom: Path = POM) -> bool:
    """Fetch the server's jars into lib_dir unless they are there; True if it fetched.

    The jars land in a sibling folder first and replace lib_dir in one rename, so a
    server (or a parallel test run) never sees half a classpath or two Neo4j versions.
    """
    lib_dir = lib_dir.resolve()
    if is_installed(lib_dir, pom):
        return False
    mvn = shutil.which("mvn")
    if mvn is None:
        raise InstallError("Maven (`mvn`) is not on PATH: install it (Debian: apt-get install maven)")
    staging = lib_dir.with_name(f"{lib_dir.name}.partial-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    command = [mvn, "-B", "-q", "-f", str(pom), "dependency:copy-dependencies",
               "-DincludeScope=runtime", f"-DoutputDirectory={staging}"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0 or not any(staging.glob("*.jar")):
        shutil.rmtree(staging, ignore_errors=True)
        tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-15:])
        raise InstallError(f"`{' '.join(command)}` failed:\n{tail}")
    (staging / STAMP).write_text(_stamp_text(pom))
    if is_installed(lib_dir, pom):  # another process finished first
        shutil.rmtree(staging)
        return False
    retired = lib_dir.with_name(f"{lib_dir.name}.old-{os.getpid()}")
    if lib_dir.exists():
        lib_dir.rename(retired)
    staging.rename(lib_dir)
    shutil.rmtree(retired, ignore_errors=True)
    return True


def footprint(lib_dir: Path) -> tuple[int, int]:
    """(number of jars, bytes on disk) of an installed lib folder."""
    jars = list(lib_dir.glob("*.jar"))
    return len(jars), sum(jar.stat().st_size for jar in jars)
