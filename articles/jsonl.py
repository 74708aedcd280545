"""Reading the JSONL input shared by ``manage.py extract`` and ``manage.py ingest``."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from .dates_input import parse_datetime_input


class JsonlLineError(ValueError):
    def __init__(self, message: str, item_id: str | None = None):
        super().__init__(message)
        self.item_id = item_id


@dataclass(frozen=True)
class JsonlItem:
    id: str
    text: str
    title: str | None = None
    source: str | None = None
    published: dt.datetime | None = None
    url: str | None = None


def parse_jsonl_line(line: str, number: int) -> JsonlItem:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise JsonlLineError(f"line {number}: not JSON ({exc.msg})") from exc
    if not isinstance(obj, dict):
        raise JsonlLineError(f"line {number}: expected a JSON object")
    item_id = str(obj.get("id") if obj.get("id") is not None else f"line-{number}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise JsonlLineError(f'line {number}: no "text" string', item_id)
    published = None
    if obj.get("published"):
        try:
            published = parse_datetime_input(str(obj["published"]))
        except ValueError as exc:
            raise JsonlLineError(f"line {number}: {exc}", item_id) from exc

    def opt(key: str) -> str | None:
        value = obj.get(key)
        return str(value).strip() or None if value is not None else None

    return JsonlItem(
        id=item_id,
        text=text,
        title=opt("title"),
        source=opt("source"),
        published=published,
        url=opt("url"),
    )
