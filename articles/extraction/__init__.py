"""Pure extraction package: text in, frozen dataclasses out. No Django, no network.

``extract_article`` is the one entry point that ingest and ``manage.py extract`` both use.
"""

from .pipeline import EXTRACTOR_VERSION, extract_article, record_to_contract
from .types import ArticleRecord, ExtractionError, PasteError

__all__ = [
    "EXTRACTOR_VERSION",
    "ArticleRecord",
    "ExtractionError",
    "PasteError",
    "extract_article",
    "record_to_contract",
]
