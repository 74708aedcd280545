"""Screenshots of every analyst page for docs/screenshots/, from a running server.

    DEBUG=1 python manage.py demo && DEBUG=1 python manage.py runserver 127.0.0.1:8000 &
    python scripts/screenshots.py http://127.0.0.1:8000

Uses Debian's chromium through Playwright (no browser download).
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update"]  # fmt: skip


def main(base: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(base + "/people/")
        person = page.locator("table a[href^='/people/'], .people a[href^='/people/']").first
        person_url = person.get_attribute("href")
        page.goto(base + "/events/")
        event_url = page.locator("a[href^='/events/'][href$='/']").nth(1).get_attribute("href")
        page.goto(base + "/articles/")
        article_url = page.locator("a[href^='/articles/'][href$='/']").nth(1).get_attribute("href")
        shots = {
            "home": "/",
            "articles": "/articles/",
            "article": article_url,
            "people": "/people/",
            "person": person_url,
            "events": "/events/",
            "event": event_url,
            "timeline": "/timeline/",
            "timeline-week": "/timeline/?zoom=week",
            "search": "/search/?q=cease-fire",
        }
        for name, path in shots.items():
            page.goto(base + path)
            page.screenshot(path=OUT / f"{name}.png", full_page=True)
            print(name, path)
        phone = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
        for name, path in {"person-phone": person_url, "timeline-phone": "/timeline/"}.items():
            phone.goto(base + path)
            phone.screenshot(path=OUT / f"{name}.png")
            print(name, path)
        page.goto(base + "/admin/login/?next=/admin/articles/article/add/")
        page.fill("#id_username", "admin")
        page.fill("#id_password", "newsroom-demo")
        page.click("input[type=submit]")
        page.screenshot(path=OUT / "admin-paste.png")
        print("admin-paste")
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8000")
