"""Browser tests (dash_duo) in Debian's headless Chromium, as root, with no display.

Loaded from tests/conftest.py (`from conftest_browser import pytest_setup_options`), or
with `pytest -p tests.conftest_browser`. dash[testing] asks this hook for the webdriver
options, so no `--headless` flag is needed on the command line.
"""
from __future__ import annotations

import os
import shutil


def chromium_binary() -> str | None:
    """The Chromium to drive: $DASH_TEST_CHROMEPATH, else Debian's, else none."""
    for candidate in (os.environ.get("DASH_TEST_CHROMEPATH"), "/usr/lib/chromium/chromium",
                      shutil.which("chromium"), shutil.which("google-chrome")):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


def browser_available() -> bool:
    return chromium_binary() is not None and shutil.which("chromedriver") is not None


def pytest_setup_options():
    from selenium.webdriver.chrome.options import Options

    options = Options()
    binary = chromium_binary()
    if binary:
        options.binary_location = binary
    # dash[testing] adds --no-sandbox (needed as root) and --disable-dev-shm-usage itself.
    options.add_argument("--headless=new")
    options.add_argument("--window-size=1400,1000")
    return options
