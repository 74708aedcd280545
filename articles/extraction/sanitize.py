"""Clean article HTML down to a small allow-list, so it can be shown on our htmx pages.

Two passes: a stdlib ``html.parser`` pass drops whole dangerous elements *with their content*
(``<script>`` text must not survive as prose) and keeps only allow-listed tags; then bleach,
the authority, re-parses the result with html5lib and enforces the same allow-list, so a
disagreement between the two parsers can only remove markup, never let some through.
"""

from __future__ import annotations

import html
import re
import threading
from html.parser import HTMLParser

import bleach
from bleach.html5lib_shim import Filter

ALLOWED_TAGS = frozenset(
    {"p", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "a", "em", "strong", "b", "i", "br"}
)
ALLOWED_ATTRIBUTES = {"a": ["href"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener"

# Elements dropped together with everything inside them.
DROP_WITH_CONTENT = frozenset(
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg",
        "math", "template", "noscript", "noembed", "noframes", "form", "select", "textarea",
        "button", "head", "title", "xmp", "plaintext", "video", "audio", "canvas", "map",
    }
)  # fmt: skip
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr", "keygen", "basefont", "frame", "isindex"}
)  # fmt: skip
_SAFE_HREF = re.compile(r"(?:https?://|mailto:)[^\s\x00-\x1f]*", re.IGNORECASE)


class _RelFilter(Filter):
    """Give every surviving link rel="nofollow noopener" (user-supplied links, new tabs)."""

    def __iter__(self):
        for token in super().__iter__():
            if token["type"] in ("StartTag", "EmptyTag") and token["name"] == "a":
                attrs = dict(token.get("data") or {})
                attrs[(None, "rel")] = LINK_REL
                token["data"] = attrs
            yield token


# bleach.Cleaner keeps parser state and is not thread-safe (its docstring says so): one per
# thread, since views may sanitize concurrently.
_LOCAL = threading.local()


def _cleaner() -> bleach.Cleaner:
    cleaner = getattr(_LOCAL, "cleaner", None)
    if cleaner is None:
        cleaner = _LOCAL.cleaner = bleach.Cleaner(
            tags=ALLOWED_TAGS,
            attributes=ALLOWED_ATTRIBUTES,
            protocols=ALLOWED_PROTOCOLS,
            strip=True,
            strip_comments=True,
            filters=[_RelFilter],
        )
    return cleaner


class _AllowListParser(HTMLParser):
    """Re-emit only allow-listed tags (with a safe href) and escaped text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._drop: list[str] = []  # open elements whose content is being dropped

    def handle_starttag(self, tag, attrs):
        if self._drop:
            if tag == self._drop[-1] or (tag in DROP_WITH_CONTENT and tag not in _VOID):
                self._drop.append(tag)
            return
        if tag in DROP_WITH_CONTENT and tag not in _VOID:
            self._drop.append(tag)
            return
        if tag not in ALLOWED_TAGS:
            return
        if tag == "a":
            href = next((v for k, v in attrs if k == "href" and v), "")
            href = href.strip()
            if _SAFE_HREF.fullmatch(href):
                self.out.append(f'<a href="{html.escape(href, quote=True)}">')
            else:
                self.out.append("<a>")
        elif tag == "br":
            self.out.append("<br>")
        else:
            self.out.append(f"<{tag}>")

    def handle_startendtag(self, tag, attrs):
        if tag == "br" and not self._drop:
            self.out.append("<br>")
        elif tag not in _VOID:
            # "<script/>" is not self-closing in HTML: treat it as an ordinary start tag.
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if self._drop:
            if tag in self._drop:
                while self._drop and self._drop.pop() != tag:
                    pass
            return
        if tag in ALLOWED_TAGS and tag != "br":
            self.out.append(f"</{tag}>")

    def handle_data(self, data):
        if not self._drop:
            self.out.append(html.escape(data, quote=False))


def _allow_list_pass(markup: str) -> str:
    parser = _AllowListParser()
    parser.feed(markup)
    parser.close()
    return "".join(parser.out)


def sanitize_html(markup: str) -> str:
    """Return ``markup`` reduced to the allow-list: safe to render as-is in a template.

    Dangerous elements vanish with their content, other unknown tags are unwrapped, links keep
    only http/https/mailto ``href`` and get ``rel="nofollow noopener"``, comments are removed.
    """
    if not markup or not markup.strip():
        return ""
    cleaned = _cleaner().clean(_allow_list_pass(markup))
    return cleaned.strip()
