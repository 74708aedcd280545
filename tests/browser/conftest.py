"""Browser tests: real headless Chromium (Playwright) against pytest-django's live_server."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the test body
# are still synchronous and safe here.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]


def pytest_collection_modifyitems(items):
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason="no /usr/bin/chromium (apt-get install chromium)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="module")
def browser(http_server):
    """One Chromium per module (a module that starts its own sync Playwright must not overlap).

    It asks for the server so that it closes first: a keep-alive connection Chromium still
    holds keeps a request thread of the server alive, and that thread must end before the
    server stops sharing the in-memory SQLite connection with it.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def http_server(django_db_setup, django_db_blocker):
    """A live server over plain HTTP.

    SecurityMiddleware reads SECURE_SSL_REDIRECT once, when the server thread builds its handler,
    so it must be off while this server starts (pytest-django's session ``live_server`` may have
    started earlier with production settings).
    """
    from django.conf import settings
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        previous = settings.SECURE_SSL_REDIRECT
        settings.SECURE_SSL_REDIRECT = False
        try:
            server = LiveServer("localhost")
        finally:
            settings.SECURE_SSL_REDIRECT = previous
    yield server
    # Request threads are daemons the server does not join: let those still finishing a
    # response close their (shared) database connection before the sharing ends.
    for thread in threading.enumerate():
        if "process_request_thread" in thread.name:
            thread.join(timeout=10)
    server.stop()


@pytest.fixture
def page(browser, http_server, transactional_db, settings):
    """A fresh browser tab; fails the test on any JavaScript error or CSP violation."""
    settings.SESSION_COOKIE_SECURE = False  # read per response: the admin login works over http
    settings.CSRF_COOKIE_SECURE = False
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on(
        "console",
        lambda msg: (
            errors.append(msg.text)
            if msg.type == "error" and "Content Security Policy" in msg.text
            else None
        ),
    )
    tab.base_url = http_server.url
    yield tab
    context.close()
    assert not errors, errors
