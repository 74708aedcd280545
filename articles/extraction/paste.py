"""Parse a pasted article (plain text or HTML) into a ParsedArticle. (First version: stub.)"""

from __future__ import annotations

import datetime as dt

from .types import ParsedArticle, PasteError

MAX_PASTE_BYTES = 2_000_000


def parse_paste(raw, *, title=None, source=None, published: dt.datetime | None = None, url=None):
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    if not text.strip():
        raise PasteError("The paste is empty.")
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    return ParsedArticle(
        title=title or lines[0],
        paragraphs=tuple(lines[1:]),
        source=source,
        published=published,
        url=url,
    )
