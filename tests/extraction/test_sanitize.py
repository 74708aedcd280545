"""The sanitizer and the HTML paste path against public XSS vectors and htmx attributes.

Outputs are inspected with a real parser (``html.parser``), not substring checks, so an
attribute hidden by odd quoting or casing is still seen.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from articles.extraction.paste import parse_paste
from articles.extraction.sanitize import ALLOWED_TAGS, sanitize_html
from articles.extraction.types import PasteError

from .hostile_vectors import HTMX, TEXT_CARRIES_MARKUP, VECTORS

FORBIDDEN_TAGS = {
    "script", "iframe", "object", "embed", "svg", "math", "style", "form", "base", "meta",
    "link", "img", "input", "button", "frame", "frameset", "template", "textarea", "select",
    "video", "audio", "source", "body", "html", "xss", "isindex", "keygen", "applet",
}  # fmt: skip
SAFE_SCHEMES = ("http://", "https://", "mailto:")


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_comment(self, data):
        self.comments.append(data)


def collect(markup: str) -> TagCollector:
    collector = TagCollector()
    collector.feed(markup)
    collector.close()
    return collector


def problems(markup: str) -> list[str]:
    """Everything in ``markup`` that must never reach a page."""
    found = []
    parsed = collect(markup)
    if parsed.comments:
        found.append("comment")
    for tag, attrs in parsed.tags:
        if tag in FORBIDDEN_TAGS or tag not in ALLOWED_TAGS:
            found.append(f"tag <{tag}>")
        for name, value in attrs:
            value = value or ""
            if re.match(r"on|hx-|data-hx|style$|src|formaction|xlink", name):
                found.append(f"attribute {name}")
            if name not in ("href", "rel"):
                found.append(f"unexpected attribute {name}")
            squashed = re.sub(r"[\s\x00-\x1f]", "", value).lower()
            if "javascript:" in squashed or "vbscript:" in squashed or "data:" in squashed:
                found.append(f"script url in {name}")
            if name == "href" and not squashed.startswith(SAFE_SCHEMES):
                found.append(f"href {value!r}")
    return found


@pytest.mark.parametrize("vector", VECTORS)
def test_sanitize_html_leaves_nothing_executable(vector):
    assert problems(sanitize_html(vector)) == []


@pytest.mark.parametrize("vector", VECTORS)
def test_html_paste_leaves_nothing_executable(vector):
    paste = f"<p>Opening words of the test page.</p>{vector}<p>Closing words of the test page.</p>"
    parsed = parse_paste(paste, title="A test page")
    assert parsed.is_html
    assert problems(parsed.sanitized_html) == []
    if vector not in TEXT_CARRIES_MARKUP:
        # Extracted text is plain text: it must not carry markup a browser would act on.
        for text in (parsed.title, parsed.dek, *parsed.paragraphs):
            for tag, attrs in collect(text).tags:
                assert tag not in FORBIDDEN_TAGS, text
                assert not [name for name, _ in attrs if re.match(r"on|hx-|data-hx", name)]


@pytest.mark.parametrize("vector", VECTORS)
def test_bare_vector_paste_is_refused_or_safe(vector):
    try:
        parsed = parse_paste(vector)
    except PasteError:
        return
    assert problems(parsed.sanitized_html) == []


def test_the_problem_detector_itself_catches_each_kind_of_danger():
    # Guards the guard: if ``problems`` stopped seeing these, every test above would pass.
    for markup in (
        "<script>x</script>",
        '<p onclick="x">a</p>',
        '<p hx-get="/x">a</p>',
        '<p data-hx-post="/x">a</p>',
        '<a href="JaVa\tScript:alert(1)">a</a>',
        '<a href="/relative">a</a>',
        "<svg></svg>",
        "<!-- c -->",
        '<p style="color:red">a</p>',
    ):
        assert problems(markup), markup


@pytest.mark.parametrize("vector", HTMX)
def test_no_htmx_attribute_survives(vector):
    attributes = [name for _, attrs in collect(sanitize_html(vector)).tags for name, _ in attrs]
    assert not [name for name in attributes if "hx" in name]


def test_allowed_markup_is_kept():
    markup = (
        "<h2>Sub</h2><p>Some <em>em</em>, <strong>strong</strong>, <b>b</b>, <i>i</i><br>"
        '<a href="https://example.com/a?b=1&amp;c=2">link</a> and '
        '<a href="mailto:desk@example.com">mail</a></p><blockquote>quoted</blockquote>'
        "<ul><li>one</li></ul><ol><li>two</li></ol><h3>Three</h3><h4>Four</h4>"
    )
    clean = sanitize_html(markup)
    tags = [tag for tag, _ in collect(clean).tags]
    for tag in ("h2", "h3", "h4", "p", "em", "strong", "b", "i", "br", "a", "blockquote", "ul",
                "ol", "li"):  # fmt: skip
        assert tag in tags, tag
    assert 'href="https://example.com/a?b=1&amp;c=2"' in clean
    for tag, attrs in collect(clean).tags:
        if tag == "a":
            assert dict(attrs)["rel"] == "nofollow noopener"


def test_disallowed_wrappers_are_unwrapped_and_dangerous_content_dropped():
    clean = sanitize_html(
        "<div><span>kept words</span></div><script>alert('gone')</script>"
        "<style>.gone{}</style><h1>title words</h1><!-- note -->"
    )
    assert "kept words" in clean and "title words" in clean
    assert "alert" not in clean and ".gone" not in clean and "note" not in clean


def test_links_with_other_schemes_lose_their_href():
    for href in ("javascript:alert(1)", "/relative/path", "ftp://example.com/x", "data:,x"):
        clean = sanitize_html(f'<a href="{href}">words</a>')
        assert "href" not in clean and "words" in clean


def test_escaped_angle_brackets_stay_text():
    assert sanitize_html("<p>Use &lt;name of movie&gt; here</p>") == (
        "<p>Use &lt;name of movie&gt; here</p>"
    )


def test_html_paste_keeps_escaped_brackets_as_words():
    parsed = parse_paste("<p>Use &lt;name of movie&gt; here</p><p>Then a second line.</p>")
    assert parsed.is_html
    assert "Use <name of movie> here" in (parsed.title, *parsed.paragraphs)
    parsed = parse_paste(
        "<h1>Film night</h1><p>Use &lt;name of movie&gt; here</p><p>Then a second line.</p>"
    )
    assert parsed.paragraphs[0] == "Use <name of movie> here"
    assert "&lt;name of movie&gt;" in parsed.sanitized_html


def test_plain_text_with_angle_brackets_is_prose_not_html():
    parsed = parse_paste(
        "Notes on a film club\n\nWrite <name of movie> on the card.\n\n"
        "Remember that a < b > c holds for these numbers."
    )
    assert not parsed.is_html
    assert parsed.paragraphs == (
        "Write <name of movie> on the card.",
        "Remember that a < b > c holds for these numbers.",
    )
    assert parsed.sanitized_html == ""


def test_empty_markup_sanitizes_to_empty():
    assert sanitize_html("") == ""
    assert sanitize_html("   ") == ""
    assert sanitize_html("<script>only()</script>") == ""
