"""Parse a pasted article (plain text or HTML) into a ParsedArticle.

The layout of a pasted news page, top to bottom, as this module reads it:

- optional page residue ("Advertisement", "Skip to content") and a kicker ("Analysis");
- the title: the first line (or the HTML ``<h1>``, ``og:title``, JSON-LD headline);
- a header: byline and date lines ("By Jane Doe | Reuters", "Updated 3:04 PM EST, March 12,
  2025", "Created at 2025-03-12 21:07:48 | 4 hours ago"), possibly with a dek (a one-sentence
  standfirst) before or after them; a dek is only recognised when such a header exists (or,
  in HTML, when the markup marks it). A bare name or outlet line counts only beside a strong
  header line, so a short title-case line under a headline stays text;
- body paragraphs, interrupted by residue lines ("Share", "2 min read", photo credits and
  captions) and related-story blocks (a heading such as "Related Stories" followed by short
  title lines without a final period);
- trailing residue ("Read Entire Article", "Continue reading", copyright lines).

HTML goes through ``html.parser``: the largest ``<article>`` (else ``<main>``, else the body)
gives the blocks, site furniture (nav, header, footer, aside, forms, share bars, link lists) is
dropped, and the blocks then go through the same layout reading as plain text. The kept body
is re-serialised and cleaned by ``sanitize.sanitize_html`` (bleach) into ``sanitized_html``.

Everything removed is listed in ``boilerplate_removed``. Dates are naive UTC: a written zone
("EST", "BST", "+02:00") is converted, a date without one is kept as written. Regular
expressions only ever run on short lines (a length check comes first) or are linear, so a
hostile 1 MB line cannot make them backtrack for long. Only ``PasteError`` leaves
``parse_paste``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import itertools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from .sanitize import sanitize_html
from .text import LIST_BULLET, split_sentences
from .types import ParsedArticle, PasteError

MAX_PASTE_BYTES = 2 * 1024 * 1024
MAX_TITLE_CHARS = 200

# ---------------------------------------------------------------------------------------------
# Decoding and normalisation
# ---------------------------------------------------------------------------------------------

_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u200b-\u200d\u2060\ufeff]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def _decode(raw: str | bytes, max_bytes: int) -> tuple[str, list[str]]:
    warnings: list[str] = []
    if isinstance(raw, bytes | bytearray | memoryview):
        data = bytes(raw)
        size = len(data)
    elif isinstance(raw, str):
        data = None
        size = len(raw.encode("utf-8", "surrogatepass"))
    else:
        raise PasteError("The paste must be text.")
    if size > max_bytes:
        raise PasteError(
            f"The paste is too large ({size / 1_048_576:.1f} MB); the limit is "
            f"{max_bytes / 1_048_576:.1f} MB. Paste the article text only."
        )
    if data is None:
        return raw, warnings  # type: ignore[return-value]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark
        try:
            return data.decode("utf-16"), warnings
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), warnings
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        warnings.append("The paste was not UTF-8; it was read as Windows-1252.")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        warnings.append("The paste was not UTF-8; it was read as Latin-1 and may show odd letters.")
    return text, warnings


def _normalise(text: str) -> str:
    text = _SURROGATES.sub("\ufffd", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", text)


def _collapse(text: str) -> str:
    # str.split() splits where \s matches (str.isspace), and is several times faster
    return " ".join(text.split())


def _has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


# ---------------------------------------------------------------------------------------------
# Dates in headers ("Updated 3:04 PM EST, March 12, 2025", "2025-03-12T21:07:48Z", ...)
# ---------------------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_WEEKDAY_WORDS = {
    "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
    "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
}  # fmt: skip
_FILLER_WORDS = {"at", "on", "the", "of", "th", "st", "nd", "rd", "t", "z"}
# Time-zone words recognised in date lines (and dropped: see _to_utc), with their UTC offsets.
_TZ_OFFSETS = {
    "utc": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7,
    "mdt": -6, "pst": -8, "pdt": -7, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3,
    "msk": 3, "jst": 9, "kst": 9, "aest": 10, "aedt": 11, "wib": 7, "sgt": 8, "hkt": 8,
}  # fmt: skip
_US_ZONES = {"et": -5, "ct": -6, "mt": -7, "pt": -8}
_ISO_DATE = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?"
    r"\s?(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?",
    re.IGNORECASE,
)
_DATE_TOKEN = re.compile(
    r"\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\.\d{2}(?![\d.])|\d+|[^\W\d_]+\.?|[+-]\d{1,2}(?::?\d{2})?|\S"
)


def _to_utc(value: dt.datetime, zone: str | None, has_time: bool) -> dt.datetime:
    """Keep the time as printed, in the outlet's own zone (the zone word is recognised and
    dropped). The date an article carries is the one its readers see and the one its relative
    dates ("on Tuesday", "today") count from; converting "9:07 p.m. ET, March 12" to UTC would
    move the article to March 13."""
    return value


def _make_datetime(year, month, day, hour=0, minute=0, second=0) -> dt.datetime | None:
    try:
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def parse_header_date(text: str) -> dt.datetime | None:
    """Parse a date (and time) that makes up the whole of ``text``; naive UTC, or None.

    Accepts ISO 8601, "March 12, 2025", "12 March 2025", "Wed 21 May 2025 17:16 BST",
    "3:04 PM EST, March 12, 2025", "March 12, 2025 at 9:07 p.m. ET", "03/12/2025".
    """
    text = text.strip().strip(",;|·•").strip()
    if not text or len(text) > 80:
        return None
    iso = _ISO_DATE.fullmatch(text)
    if iso:
        y, mo, d, h, mi, s, zone = iso.groups()
        value = _make_datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0))
        return _to_utc(value, zone, h is not None) if value else None
    tokens = _DATE_TOKEN.findall(text)
    year = month = day = None
    hour = minute = second = None
    ampm = zone = None
    numbers: list[int] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.lower().rstrip(".")
        if (":" in tok or "." in tok[1:-1]) and tok[0].isdigit():
            parts = [int(p) for p in re.split(r"[:.]", tok)]
            hour, minute = parts[0], parts[1]
            second = parts[2] if len(parts) > 2 else 0
        elif tok[0] in "+-" and len(tok) > 1:
            zone = tok
        elif tok.isdigit():
            number = int(tok)
            if len(tok) == 4:
                year = number
            elif (
                len(tok) <= 2
                and i + 1 < len(tokens)
                and tokens[i + 1].lower().rstrip(".") in {"am", "pm", "a", "p"}
            ):
                hour, minute, second = number, 0, 0
            else:
                numbers.append(number)
        elif low in _MONTHS and month is None:
            month = _MONTHS[low]
        elif low in {"am", "pm", "a", "p"} and hour is not None:
            ampm = low[0]
            if len(low) == 1 and i + 1 < len(tokens) and tokens[i + 1].lower() in {"m.", "m"}:
                i += 1
        elif low in _TZ_OFFSETS or low in _US_ZONES:
            zone = low
        elif low in _WEEKDAY_WORDS or low in _FILLER_WORDS:
            pass
        elif tok.isalpha() or (tok[:-1].isalpha() and tok.endswith(".")):
            return None  # a word that is not part of a date
        i += 1
    if month is not None:
        if len(numbers) != 1:
            return None
        day = numbers[0]
    elif len(numbers) == 2 and year is not None:
        first, second_number = numbers
        # 03/12/2025: month first (US) unless the first number cannot be a month.
        month, day = (second_number, first) if first > 12 else (first, second_number)
        if "." in text and first <= 31 and second_number <= 12:
            day, month = first, second_number  # 12.03.2025 is European
    else:
        return None
    if year is None or day is None:
        return None
    if hour is not None and ampm:
        hour = hour % 12 + (12 if ampm == "p" else 0)
    value = _make_datetime(year, month, day, hour or 0, minute or 0, second or 0)
    if value is None:
        return None
    return _to_utc(value, zone, hour is not None)


# ---------------------------------------------------------------------------------------------
# Line classes: residue, bylines, related-story headings
# ---------------------------------------------------------------------------------------------

_RELATIVE_TIME = (
    r"(?:(?:updated|published|posted)\s+)?(?:\d{1,3}|an?|one)\s+"
    r"(?:sec(?:ond)?s?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago"
)
_READ_TIME = r"\d{1,3}(?:\s*-\s*|\s+)min(?:ute)?s?\.?\s+(?:read|listen)"
_RESIDUE_LINE = re.compile(
    rf"(?:{_RELATIVE_TIME}|{_READ_TIME}|(?:reading time|listen)\s*:?\s*\d{{1,3}}\s*min(?:ute)?s?"
    r"|advertisements?|advert|ad|sponsored(?: content)?|supported by|share(?: this)?"
    r"|share (?:this|the) (?:article|story|page)|share on \w+|share via \w+|copy link|link copied"
    r"|listen to this (?:article|story)|listen|listen now|play|watch|print|email|save"
    r"|save (?:this )?(?:article|story)|comments?|\d{1,5} comments?"
    r"|follow|follow us|follow us on \w+"
    r"|read more|continue reading(?: the main story| (?:at|on) [\w .'-]{1,40})?"
    r"|(?:read|view|see) (?:the )?(?:entire|full|original|complete|whole) "
    r"(?:article|story|post|report)(?: here| (?:at|on) [\w .'-]{1,40})?"
    r"|read the (?:rest|full story|original article)(?: here)?|read on"
    r"|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|pinterest|flipboard|tweet|copy"
    r"|print (?:this )?(?:article|page|story)"
    r"|see more|show more|load more|click here(?: to [\w ]{1,40})?"
    r"|story continues below(?: advertisement)?|article continues below(?: advertisement)?"
    r"|skip to (?:main )?content|skip advertisement|scroll to continue(?: with content)?"
    r"|subscribe(?: now| today| to [\w' ]{1,40})?|sign up(?: now)?|sign in|log in|register"
    r"|sign up (?:for|to) [\w' ,-]{0,60}newsletters?[\w' ,.!-]{0,80}"
    r"|get (?:our|the) [\w' -]{0,40}newsletter[\w' ,.!-]{0,60}"
    r"|(?:image|photo|picture|video) (?:source|caption|credit)s?\s*[:,]?[^\n]{0,120}"
    r"|getty images|(?:©|\(c\)|copyright ©|copyright \d{4})[^\n]{0,150}|all rights reserved\.?"
    r"|reporting from [\w ,.'’-]{1,60}|\d{1,3} min(?:ute)?s?|gift (?:this )?article"
    r"|comment on this (?:story|article)|view comments|summari[sz]e|add to (?:your )?saved stories"
    r"|hide caption|toggle caption|enlarge this image|expand|close|open in app|watch live"
    r"|leer en español|translate|download the app|bookmark|more"
    # a news site's summary bullets above the story, each a line ("Story highlights ...")
    r"|story highlights\b[^\n]{0,200}"
    # a teaser line in brackets ("( Also on POLITICO: Reid, McConnell clash over ...)")
    r"|\(\s*(?:also on [\w' .-]{1,30}|photos?|videos?|watch|read more|more|related|see also)"
    r"\s*:[^()\n]{2,200}\)"
    r"|(?:enlarge this image|toggle caption|hide caption)\b[^\n]{0,200}"
    r"|[^\n]{0,120}\b(?:sign up|subscribe|click) (?:here|now|today)\b[^\n]{0,60}"
    r"|(?:\d{1,2}:\d{2}\s*){1,40}|loading\.{0,3}|[-_*=~•·.]{2,})[.!]?",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(
    r"\(?(?:(?:file |ap |afp )?photo|image|picture|illustration|video)(?: by| credit)?\s*[:|]?\s*"
    r"[^()\n]{1,120}\)?"
    r"|[^()\n]{0,80}/\s?(?:getty images|afp|reuters|ap|epa|bloomberg|shutterstock|ap photo)"
    r"(?: via getty images)?\)?"
    r"|(?:reuters|ap|afp|epa|getty images|ap photo)\s?/[^()\n]{1,80}",
    re.IGNORECASE,
)
_TRAILING_CREDIT = re.compile(
    r"\s*\((?:(?:file )?photo|image|picture|illustration|video)s?(?: by| credit|:)"
    r"[^()\n]{1,150}\)$",
    re.IGNORECASE,
)
# A paragraph that ends in a photo credit is an image caption, not article text.
_CAPTION_CREDIT = re.compile(
    r"\((?=[^()]{0,120}(?:photo\b|getty images|via (?:ap|afp|reuters|getty)\b"
    r"|/(?:ap|afp|reuters|epa|pool|bloomberg|shutterstock|sipa|anadolu|nurphoto)\b))"
    r"[^()\n]{3,120}\)$",
    re.IGNORECASE,
)
_RELATED_HEADING = re.compile(
    r"(?:related(?: (?:stories|story|articles?|content|coverage|news|links|reading|topics|posts"
    r"|video|videos))?|more on (?:this|that) (?:story|topic)|more (?:stories|coverage|news)"
    r"|more from [\w' &.-]{1,40}|read more|read more on [\w' &.-]{1,40}|see also|also read"
    r"|also see|recommended(?: (?:stories|articles|reading|for you))?"
    r"|you (?:may|might) (?:also )?(?:like|be interested in)|most (?:read|popular|viewed)"
    r"|top stories|trending(?: now| stories)?|further reading|what to read next|editor'?s picks"
    r"|in other news|elsewhere on [\w' &.-]{1,40})\s*:?",
    re.IGNORECASE,
)
_READ_MORE_INLINE = re.compile(
    r"(?:read more|read also|also read|related|see also|more|watch|listen)\s*[:|]\s*(.{3,200})",
    re.IGNORECASE,
)
# "Related Coverage Trump declines to say if he is considering pardoning Stone": a heading
# run into the one story it lists
_RELATED_GLUED = re.compile(
    r"related (?:coverage|stories|story|content|articles?)\s+(?=[A-Z0-9“\"'‘])(.{3,200})",
    re.IGNORECASE,
)
# "Trump administration plans to weaken protections for sage grouse Read more": a teaser
# set between paragraphs, its link text after the title.
_READ_MORE_AFTER = re.compile(r"(.{3,200}?[^.!?:,;])\s+Read more")
_BY_PREFIX = re.compile(
    r"(?:(?:analysis|opinion|commentary|story|words|text|written|reporting|reported)\s+)?"
    r"(?:by|from)\s*:?\s+(.+)",
    re.IGNORECASE | re.DOTALL,
)
_DATE_LABEL = re.compile(
    r"(first published|published|posted|created|last updated|last modified|updated|modified"
    r"|date|dated)(?:\s+(?:at|on))?\s*:?\s*(.*)",
    re.IGNORECASE,
)
_DATELINE_SOURCE = re.compile(r"[^()\n]{2,60}\(([A-Z][\w&. ]{1,30})\)\s*[—–-]")
_DATELINE = re.compile(r"[A-Z][A-Z .,'-]{1,40}(?:\([^)]{1,40}\))?\s*[—–-]")
_SEGMENT_SPLIT = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+")
_OUTLET_WORDS = {
    "news", "times", "post", "press", "journal", "tribune", "herald", "guardian", "telegraph",
    "gazette", "chronicle", "daily", "weekly", "review", "wire", "wires", "agency", "network",
    "broadcasting", "media", "radio", "tv", "television", "reuters", "bloomberg", "associated",
    "politico", "axios", "monitor", "observer", "independent", "standard", "mail", "express",
    "mirror", "insider", "beast", "examiner", "register", "globe", "dispatch", "bulletin",
    "inquirer", "courier", "sentinel", "magazine", "staff", "desk", "online", "digital",
    "jazeera", "welle", "monde", "spiegel", "zeit", "xinhua", "kyodo", "yonhap", "interfax",
    "ukrinform", "afp", "ap", "bbc", "cnn", "npr", "pbs", "abc", "cbs", "nbc", "fox", "msnbc",
    "dw", "tass", "ria", "atlantic", "economist", "newsweek", "hill", "report",
    "service", "channel", "broadcast", "newsroom", "upi", "irna", "ani", "pti", "ians", "efe",
    "ansa", "dpa", "kcna", "wafa", "sana", "voa", "rfi", "rfe", "sky", "itv", "cbc", "rte",
    "ndtv", "wsj", "nyt", "ft", "cnbc", "nhk", "rbc", "unian", "today",
    "pravda", "kommersant", "izvestia", "ukrainska",
}  # fmt: skip
_NAME_PARTICLES = {"de", "van", "von", "der", "den", "al", "el", "bin", "da", "di", "la", "le",
                   "del", "dos", "du", "ibn", "ten", "ter", "y"}  # fmt: skip
_SMALL_WORDS = {"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at",
                "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs", "vs.", "with",
                "from", "into", "over", "than", "is", "are", "be", "its", "it's"}  # fmt: skip
_QUOTE_CHARS = "\"'“”‘’«»„‚"
_TERMINAL = ".!?"


def _is_residue(line: str) -> bool:
    if len(line) > 220:
        return False
    stripped = line.strip(" :|>»›")
    if not stripped:
        return True
    if _RESIDUE_LINE.fullmatch(stripped):
        return True
    return (
        len(stripped) <= 200 and bool(_CREDIT_LINE.fullmatch(stripped)) and _looks_credit(stripped)
    )


# The consent line of a newsletter sign-up box ("Email Sign Up By signing up you agree to
# receive email newsletters ... You can unsubscribe at any time. This site is protected by
# reCAPTCHA ..."), which a paste keeps as a paragraph between the article's own.
_SIGNUP_CONSENT = re.compile(
    r"(?=[btwy])(?:\bby signing up,? (?:you|I) agree\b|\byou (?:can|may) unsubscribe at any time\b"
    r"|\bthis site is protected by recaptcha\b|\bthanks for signing up\b"
    r"|\bwe encountered an issue signing you up\b)",
    re.IGNORECASE,
)
_SPEECH_IN_BOX = re.compile(r"[“”\"]|\b(?:said|says|told)\b")


# A video player's captions ("JUST WATCHED <title> Replay More Videos ... MUST WATCH <title>
# 03:23") and a photo gallery's ("Photos: <gallery> – <caption> Hide Caption 3 of 25"), as a
# paste of a news page keeps them between the article's paragraphs; and a photo's caption
# behind its share buttons ("Facebook Twitter Pinterest <caption> Photograph: <credit>").
_PLAYER_CAPTIONS = re.compile(
    r"(?:JUST WATCHED [^\n]{1,200}? Replay More Videos \.\.\. MUST WATCH [^\n]{1,200}? "
    r"\d{1,2}:\d{2}\s*)+"
)
_GALLERY_END = re.compile(r"\bHide Caption \d{1,3} of \d{1,3}\s*$")
# A wire photo's caption ends with its credit: "... on Tuesday. (AP Photo/Ana Ruiz, File)"
_PHOTO_CREDIT_END = re.compile(r"\((?:AP|AFP|Reuters|Getty)\s+Photo\s*/[^()]{1,80}\)\s*$")


def _is_media_caption(text: str) -> bool:
    if text.startswith("Facebook Twitter Pinterest "):
        return True  # a photo caption behind its share buttons ("... Photograph: AP")
    if text.startswith("Photos:"):
        return _GALLERY_END.search(text) is not None
    if len(text) <= 1200 and text.endswith(")") and _PHOTO_CREDIT_END.search(text):
        return True  # "FILE - In this May 3, 2018, file photo, ... (AP Photo/Ana Ruiz, File)"
    return text.startswith("JUST WATCHED") and _PLAYER_CAPTIONS.fullmatch(text) is not None


def _is_signup_box(text: str) -> bool:
    """A newsletter sign-up box: its blurb ("Morning Energy newsletter The source for energy
    news, weekday mornings, in your inbox.") and the consent line; not an article paragraph
    that happens to hold those words (one too long, or with someone speaking before them)."""
    if len(text) > 700:
        return False
    consent = _SIGNUP_CONSENT.search(text)
    return consent is not None and not _SPEECH_IN_BOX.search(text, 0, consent.start())


_CREDIT_TAIL = re.compile(r"/\s?[A-Z][\w.&' -]{1,40}\)?$")


def _looks_credit(line: str) -> bool:
    """Credit lines are short and do not read like a sentence of the article."""
    low = line.lower()
    if line[-1] in _TERMINAL and not low.endswith(("images.", "photo.")):
        return False  # a sentence, not a credit
    if low.startswith(("(photo", "(image", "(file photo", "(picture")):
        return True
    if _CREDIT_TAIL.search(line[-60:]):
        return True  # "... Jane Doe/Getty Images"
    return bool(
        re.match(r"(?:photo|image|picture|illustration)(?: by| credit)?\s*:", low)
        or re.match(r"(?:photo|image|picture|illustration)s? by [A-Z]", line, re.IGNORECASE)
    )


def _is_outlet(text: str, *, any_acronym: bool = False) -> bool:
    """An outlet's name: "Reuters", "BBC News", "The Daily Courier"; acronyms only when known,
    unless ``any_acronym`` (a dateline's "(MNA)" can only be an outlet)."""
    words = text.strip(" .,").split()
    if not words or len(words) > 6 or "," in text or "&" in text:
        return False
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,5}", words[0]):
        return any_acronym or words[0].lower() in _OUTLET_WORDS
    lowered = [w.lower().strip(".,'’") for w in words]
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words):
        return False
    return any(w in _OUTLET_WORDS for w in lowered) or (lowered[0] == "the" and len(words) >= 2)


def _is_person_name(text: str) -> bool:
    words = text.strip(" .,").split()
    if not 2 <= len(words) <= 5:
        return False
    capitalised = 0
    for word in words:
        bare = word.strip(".,'’")
        if bare.lower() in _NAME_PARTICLES:
            continue
        if bare.lower() in {"jr", "sr", "ii", "iii", "iv"}:
            continue
        if not bare or not bare[0].isupper():
            return False
        if not re.fullmatch(r"[^\W\d_][\w'’.-]*", bare):
            return False
        capitalised += 1
    return capitalised >= 2 or (capitalised >= 1 and len(words) >= 2)


def _split_people(text: str) -> list[str]:
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", text.strip())
    return [p for p in parts if p]


def _names_or_outlet(text: str) -> tuple[str | None, str | None] | None:
    """Read the words after "By": (byline, source), or None when they are not names."""
    text = text.strip(" ,;")
    if not text or len(text) > 160:
        return None
    words = text.split()
    for cut in range(2, min(len(words), 6)):
        # "JANE DOE Associated Press": an upper-case name runs straight into the outlet.
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if _is_upper_name(head) and not tail.isupper() and _is_outlet(tail):
            return head, tail
    for cut in range(2, min(len(words) - 1, 5)):
        # "Jane Doe Fox News": a name runs into a two-word-or-longer outlet name.
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if (
            words[0].lower() != "the"
            and len(words) - cut >= 2
            and _is_person_name(head)
            and not _is_outlet(head)
            and _is_outlet(tail)
        ):
            return head, tail
    if _is_outlet(text):
        outlet = _STAFF_SUFFIX.sub("", text) or text
        return text, outlet
    located = re.fullmatch(
        r"(.+?)\s+(?:in|at|from)\s+([A-Z][\w'’.-]*(?:[ ,]+[A-Z][\w'’.-]*){0,3})", text
    )
    if located and not _is_outlet(located.group(2)):
        text = located.group(1)  # "Jane Doe in Kyiv"
    people = _split_people(text)
    source = None
    # "Jane Doe, Reuters" / "Jane Doe and John Roe, Associated Press" / "Jane Doe for the BBC"
    for_match = re.fullmatch(r"(.+?)\s+(?:for|of|at)\s+(.+)", text)
    if for_match and _is_outlet(for_match.group(2)):
        people, source = _split_people(for_match.group(1)), for_match.group(2).strip()
        text = for_match.group(1)
    elif len(people) >= 2 and _is_outlet(people[-1]):
        source = people[-1]
        people = people[:-1]
        text = text[: text.rfind(source)].rstrip(" ,;&")
    else:
        # "JANE DOE Associated Press": names run straight into the outlet.
        words = text.split()
        for cut in range(2, min(len(words), 6)):
            tail = " ".join(words[cut:])
            if _is_outlet(tail) and tail.lower() not in _SMALL_WORDS:
                head = " ".join(words[:cut])
                if _is_person_name(head) or _is_upper_name(head):
                    people, source, text = [head], tail, head
                    break
    if people and all(_is_person_name(p) or _is_upper_name(p) for p in people):
        return text.strip(" ,"), source
    return None


_STAFF_SUFFIX = re.compile(
    r"\s+(?:staff(?: writers?| reporters?)?|wire(?: services)?|news service|newsroom|reporters?"
    r"|correspondents?|desk)$",
    re.IGNORECASE,
)


def _is_upper_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 5 and all(re.fullmatch(r"[A-Z][A-Z'’.-]*", w) for w in words)


_TIME_ONLY = re.compile(
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{1,4}|[a-z]{2,4})?", re.IGNORECASE
)
_RELATIVE_ONLY = re.compile(_RELATIVE_TIME, re.IGNORECASE)
_RESIDUE_SUFFIX = re.compile(rf"\s+({_RELATIVE_TIME}|{_READ_TIME})\s*$", re.IGNORECASE)


@dataclass
class _Header:
    byline: str | None = None
    source: str | None = None
    published: dt.datetime | None = None
    updated: dt.datetime | None = None
    published_text: str | None = None
    removed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    strong: bool = False  # "By ...", a date, or a name with its outlet: a header on its own


WEAK, STRONG = 1, 2


def _parse_header_line(line: str, header: _Header, *, allow_weak: bool = False) -> int:
    """If ``line`` is a byline/date line, record what it says in ``header``; 0 when it is not.

    Returns ``STRONG`` for lines that are headers on their own ("By Jane Doe", a date, "Jane
    Doe | BBC News") and ``WEAK`` for a bare name or outlet ("Jane Doe", "BBC News, Kyiv"),
    which only count (with ``allow_weak``) beside a strong line, so a short title-case line
    under a headline stays text.
    """
    if len(line) > 300 or line[-1:] in "!?" or (line.endswith(".") and not _ends_in_abbrev(line)):
        return 0
    found = _Header()
    meaningful = False
    for raw_segment in _SEGMENT_SPLIT.split(line):
        segment = raw_segment.strip()
        if not segment:
            continue
        suffix = _RESIDUE_SUFFIX.search(segment)
        if suffix and suffix.start() > 0:
            found.removed.append(suffix.group(1))
            segment = segment[: suffix.start()].strip()
        if _is_residue(segment):
            found.removed.append(segment)
            continue
        if not _classify_segment(segment, found):
            return 0
        meaningful = True
    if not meaningful:
        return 0
    strong = bool(
        found.strong
        or found.published
        or found.updated
        or found.published_text
        or (found.byline and found.source)
    )
    if not strong and not allow_weak:
        return 0
    header.byline = header.byline or found.byline
    header.source = header.source or found.source
    if found.published and not header.published:
        header.published = found.published
    if found.updated and not header.updated:
        header.updated = found.updated
    if found.published_text and not header.published and not header.published_text:
        header.published_text = found.published_text
    header.removed.extend(found.removed)
    header.warnings.extend(found.warnings)
    return STRONG if strong else WEAK


def _ends_in_abbrev(line: str) -> bool:
    # "By Jane Doe Jr." or "... 9:07 p.m." end with a period without being a sentence.
    return bool(re.search(r"(?:\b[a-z]\.[a-z]\.|\b(?:jr|sr|inc|co|ltd)\.|\b[A-Z]\.)$", line,
                          re.IGNORECASE))  # fmt: skip


def _classify_segment(segment: str, found: _Header) -> bool:
    labelled = _DATE_LABEL.fullmatch(segment)
    if labelled:
        label, rest = labelled.group(1).lower(), labelled.group(2).strip()
        if _RELATIVE_ONLY.fullmatch(rest):
            found.removed.append(segment)  # "Updated 2 hours ago" says nothing absolute
            return True
        when = parse_header_date(rest)
        is_update = "updated" in label or "modified" in label
        if when is None and _TIME_ONLY.fullmatch(rest):
            return True  # "Updated 1:02 a.m. ET": a time without a day dates nothing
        if when is not None:
            if is_update:
                found.updated = found.updated or when
            else:
                found.published = found.published or when
            return True
        if rest and re.search(r"\d", rest) and len(rest) <= 80:
            if not is_update:
                found.published_text = found.published_text or rest
            found.warnings.append(f"Could not read the date {rest!r}.")
            return True
        return False
    when = parse_header_date(segment)
    if when is not None:
        if found.published is None:
            found.published = when
        else:
            found.updated = found.updated or when
        return True
    by = _BY_PREFIX.fullmatch(segment)
    if by:
        names = by.group(1)
        # "By Jane Doe Published March 12, 2025": the date label splits the segment.
        inner = re.search(r"\s(?:published|updated|posted|created)\b", names, re.IGNORECASE)
        if inner:
            if not _classify_segment(names[inner.start() :].strip(), found):
                return False
            names = names[: inner.start()]
        read = _names_or_outlet(names)
        if read is None:
            return False
        found.byline = found.byline or read[0]
        found.source = found.source or read[1]
        found.strong = True
        return True
    if _is_outlet(segment):
        found.source = found.source or segment.strip(" .,")
        return True
    head, comma, place = segment.partition(",")
    if comma and _is_outlet(head) and _is_place(place):
        found.source = found.source or head.strip()  # "BBC News, Kyiv"
        return True
    read = _names_or_outlet(segment)
    if read is not None and read[0]:
        found.byline = found.byline or read[0]
        found.source = found.source or read[1]
        return True
    return False


def _is_place(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _is_related_heading(line: str) -> bool:
    return len(line) <= 60 and bool(_RELATED_HEADING.fullmatch(line.strip(" :|>»›#")))


def _is_title_case(line: str) -> bool:
    words = [w.strip(_QUOTE_CHARS + "(),:;-–—") for w in line.split()]
    words = [w for w in words if w and w[0].isalpha()]
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    upper = sum(1 for w in content if w[0].isupper())
    return upper / len(content) >= 0.7


def _is_story_title(line: str, grouped: bool) -> bool:
    """A related-story line: short, no final period, title case (or listed with the heading)."""
    bare = line.rstrip(_QUOTE_CHARS + " ")
    if not 3 <= len(line) <= 160 or bare.endswith(".") or bare.endswith(":"):
        return False
    if len(line.split()) > 25 or not _has_words(line):
        return False
    first = line.lstrip(_QUOTE_CHARS)[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    return grouped or _is_title_case(line)


def _sentence_count(text: str) -> int:
    return len(split_sentences(text))


_LEDE_SIGNS = re.compile(
    r"\b(?:said|told|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|yesterday|today|tonight|last night|this (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)


def _is_dek(line: str, following: str | None) -> bool:
    """A standfirst: one short sentence, shorter than the paragraph after it, not a lede.

    Ledes report ("X said on Tuesday ..."), deks summarise in the present ("Officials are
    optimistic ..."), so reporting verbs and day words rule a line out.
    """
    words = line.split()
    if not 4 <= len(words) <= 30 or len(line) > 240:
        return False
    if line[0] in _QUOTE_CHARS or any(q in line for q in '“”"'):
        return False
    if _DATELINE.match(line) or _LEDE_SIGNS.search(line):
        return False
    if following is not None and len(following) <= len(line):
        return False
    return _sentence_count(line) == 1


# ---------------------------------------------------------------------------------------------
# Layout of a list of lines (plain text, or the blocks of an HTML page)
# ---------------------------------------------------------------------------------------------


@dataclass
class _Unit:
    text: str
    grouped: bool = False  # no blank line (plain text) / same list (HTML) as the unit before
    block: Any = None  # the HTML block it came from


@dataclass
class _Layout:
    title: str = ""
    title_source: str | None = None  # "Headline | Outlet": the outlet named after the headline
    dek: str = ""
    header: _Header = field(default_factory=_Header)
    paragraphs: list[tuple[str, _Unit]] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_MD_HEADING = re.compile(r"#{1,6}\s+")
_DECORATION = re.compile(r"[\W_]+")


def _clean_title(title: str) -> str:
    title = _collapse(_MD_HEADING.sub("", title, count=1) if title.startswith("#") else title)
    if title.endswith(".") and not title.endswith("..") and not _ends_in_abbrev(title):
        title = title[:-1].rstrip()
    return title


def _title_key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", _clean_title(text).casefold()).strip()


def _truncate(text: str, limit: int = MAX_TITLE_CHARS) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+(?=[^|–—-]{2,60}$)")


def _split_title_outlet(title: str) -> tuple[str, str | None]:
    """ "Talks resume in Riyadh | Example News" -> ("Talks resume in Riyadh", "Example News")."""
    parts = _TITLE_SUFFIX.split(title)
    if len(parts) == 2 and len(parts[0].split()) >= 3 and _is_outlet(parts[1]):
        return parts[0], parts[1].strip()
    return title, None


def _same_title(line: str, title: str) -> bool:
    key, line_key = _title_key(title), _title_key(line)
    if not key or not line_key:
        return False
    if line_key == key:
        return True
    # "Headline: live updates" for the headline; not a body sentence that starts like it.
    return (
        line_key.startswith(key + " ")
        and len(line_key) <= 1.6 * len(key) + 10
        and line.rstrip()[-1:] not in _TERMINAL
    )


def _is_kicker(line: str) -> bool:
    """A section label above a headline: "World", "Russia-Ukraine War", "ANALYSIS"."""
    words = line.split()
    return (
        1 <= len(words) <= 4
        and len(line) <= 40
        and line[-1] not in _TERMINAL + ":"
        and not _is_related_heading(line)
        and not any(ch.isdigit() for ch in line)
    )


def _kicker_then_title(units: list[_Unit], at: int) -> bool:
    """Whether ``units[at]`` reads as the real headline below a kicker."""
    line = units[at].text
    words = line.split()
    if not 5 <= len(words) <= 40 or len(line) > MAX_TITLE_CHARS:
        return False
    if _parse_header_line(line, _Header()) or line[-1:] == ".":
        return False
    after = units[at + 1].text if at + 1 < len(units) else ""
    return _is_title_case(line) or bool(after and _parse_header_line(after, _Header()))


def _layout(units: list[_Unit], title: str | None) -> _Layout:
    out = _Layout()
    n = len(units)
    i = 0
    while i < n and _is_residue(units[i].text):  # page residue above the title
        out.removed.append(units[i].text)
        i += 1
    if i >= n:
        return out
    if title is not None:
        out.title = title
        # The paste may repeat the given title, maybe after a kicker ("Analysis", "World").
        for j in range(i, min(i + 3, n)):
            if _same_title(units[j].text, title) and all(_is_kicker(u.text) for u in units[i:j]):
                out.removed.extend(u.text for u in units[i:j])
                i = j + 1
                break
        else:
            # A differently worded headline line, recognisable by the byline/date under it.
            first = units[i].text
            if (
                i + 1 < n
                and len(first) <= MAX_TITLE_CHARS
                and first[-1] not in _TERMINAL
                and not _parse_header_line(first, _Header())
                and (
                    len(first.split()) >= 4
                    or not _parse_header_line(first, _Header(), allow_weak=True)
                )
                and _parse_header_line(units[i + 1].text, _Header())
            ):
                out.removed.append(first)
                i += 1
    else:
        if i + 2 < n and _is_kicker(units[i].text) and _kicker_then_title(units, i + 1):
            out.removed.append(units[i].text)
            i += 1
        first = units[i].text
        # Headlines are short; a long line ending like a sentence is the first paragraph.
        sentence_like = len(first.split()) > 28 and first.rstrip(_QUOTE_CHARS)[-1:] in _TERMINAL
        if (
            len(first) <= MAX_TITLE_CHARS
            and n - i > 1
            and _sentence_count(first) <= 2
            and not sentence_like
        ):
            out.title, out.title_source = _split_title_outlet(_clean_title(first))
            i += 1
        else:
            out.title = _truncate(_clean_title(first))
            out.warnings.append("No title was recognised; the first line is used as the title.")

    # Header zone: bylines, dates, residue, and at most one dek, right after the title.
    header = out.header
    window = range(i, min(i + 8, n))
    kinds = {k: _header_kind(units[k].text) for k in window}
    header_found = False
    dek_index: int | None = None
    k = i
    while k < n and k < i + 8:
        text = units[k].text
        kind = kinds[k]
        if kind == STRONG or (kind in (_WEAK_NAME, _WEAK_OUTLET) and _beside_strong(kinds, k)):
            _parse_header_line(text, header, allow_weak=True)
            header_found = True
        elif kind == _RESIDUE_KIND:  # "4 hours ago": says nothing, but marks a header
            header.removed.append(text)
            header_found = True
        elif kind == _NEUTRAL_KIND:
            header.removed.append(text)
        elif (
            dek_index is None
            and k + 1 < n
            and _may_be_dek(units[k])
            and _is_dek(text, _next_body_text(units, k + 1))
        ):
            dek_index = k
        else:
            break
        k += 1
    # In HTML the markup marks a standfirst, so it needs no byline/date header to count.
    marked_dek = dek_index is not None and units[dek_index].block is not None
    if header_found or marked_dek:
        out.removed.extend(header.removed)
        out.warnings.extend(header.warnings)
        if dek_index is not None:
            out.dek = units[dek_index].text
        body_start = k
    else:
        body_start = i
        header = out.header = _Header()

    # Body. ``pending``: (paragraph, its text before a prompt, teaser sentences since it).
    pending: tuple[int, str, int] | None = None
    k = body_start
    while k < n:
        unit = units[k]
        text = unit.text
        if _is_related_heading(text):
            titles: list[str] = []
            j = k + 1
            while j < n and _is_story_title(
                _strip_bullet(units[j].text), units[j].grouped or _link_dense(units[j])
            ):
                titles.append(_strip_bullet(units[j].text))
                j += 1
            out.removed.append(text)
            out.related.extend(titles)
            k = j
            continue
        inline = _READ_MORE_INLINE.fullmatch(text) if len(text) <= 240 else None
        if inline is None and len(text) <= 240:
            inline = _READ_MORE_AFTER.fullmatch(text) or _RELATED_GLUED.fullmatch(text)
        if inline and _is_story_title(inline.group(1), True):
            out.removed.append(text[: inline.start(1)].strip())
            out.related.append(inline.group(1).strip())
            k += 1
            continue
        if (
            _is_residue(text)
            or _is_signup_box(text)
            or _is_media_caption(text)
            or (_link_dense(unit) and len(text) <= 200)
        ):
            out.removed.append(text)
            if pending and _is_copyright(text):
                _drop_teasers(out, pending, "")
                pending = None
            k += 1
            continue
        if _DECORATION.fullmatch(text):
            k += 1
            continue
        if _md_heading(units, k) and (_md_heading(units, k - 1) or _md_heading(units, k + 1)):
            out.removed.append(text)  # a run of Markdown headings: a table of contents
            k += 1
            continue
        credit = _CAPTION_CREDIT.search(text[-130:]) or _TRAILING_CREDIT.search(text[-160:])
        if credit:
            cut = len(text) - len(text[-160 if credit.re is _TRAILING_CREDIT else -130 :])
            cut += credit.start()
            if len(text[:cut].split()) <= 60:  # an image caption with its credit
                out.removed.append(text)
                k += 1
                continue
            out.removed.append(text[cut:].strip())
            text = text[:cut].rstrip()
        if unit.block is None and text.startswith("#"):
            text = _MD_HEADING.sub("", text, count=1) or text
        residue = _cut_residue(text, out.removed)
        text = residue.text
        if residue.closed and pending and pending[2] + residue.count <= _TEASER_GAP:
            _drop_teasers(out, pending, text)
            pending = None
            k += 1
            continue
        if not text or _is_residue(text) or (k + 1 < n and _is_headline_run(text)):
            if text:
                out.removed.append(text)
            k += 1
            continue
        out.paragraphs.append((text, unit))
        if residue.head is not None:
            pending = (len(out.paragraphs) - 1, residue.head, residue.tail)
        elif pending:
            pending = (pending[0], pending[1], pending[2] + residue.count)
            pending = pending if pending[2] <= _TEASER_GAP else None
        k += 1
    _drop_repeats(out)
    # Short lines after the last paragraph ("Subscription", "Follow Example News"): page links.
    while len(out.paragraphs) > 1 and _is_short_label(out.paragraphs[-1][0]):
        out.removed.append(out.paragraphs.pop()[0])
    return out


# A paragraph printed twice in a row is a photo's caption as a paste of a news page keeps it;
# a run of them is a gallery (CNN's print each caption twice): its first copies go too.
_GALLERY_REPEATS = 3
_REPEAT_MIN_CHARS = 40


def _drop_repeats(out: _Layout) -> None:
    texts = [text for text, _ in out.paragraphs]
    repeats = [
        i
        for i in range(1, len(texts))
        if texts[i] == texts[i - 1] and len(texts[i]) > _REPEAT_MIN_CHARS
    ]
    if not repeats:
        return
    drop = set(repeats)
    if len(repeats) >= _GALLERY_REPEATS and len(texts) > 2 * len(repeats):
        drop.update(i - 1 for i in repeats)  # (not when the gallery is all there is)
    out.removed.extend(texts[i] for i in sorted(drop))
    out.paragraphs = [item for i, item in enumerate(out.paragraphs) if i not in drop]


def _drop_teasers(out: _Layout, pending: tuple[int, str, int], last: str) -> None:
    """Cut the teasers from a prompt ("Follow us on ...") down to the closing copyright."""
    index, head, _ = pending
    text, unit = out.paragraphs[index]
    out.removed.append(text[len(head) :].strip() if text.startswith(head) else text)
    out.removed.extend(p for p, _ in out.paragraphs[index + 1 :])
    if last:
        out.removed.append(last)
    del out.paragraphs[index:]
    if head:
        out.paragraphs.append((head, unit))


def _is_short_label(text: str) -> bool:
    return (
        len(text.split()) <= 5
        and text.rstrip()[-1:] not in _TERMINAL + _QUOTE_CHARS + ":"
        and not any(q in text for q in _QUOTE_CHARS)
    )


def _is_headline_run(text: str) -> bool:
    """Headlines run together (a flattened list of related stories): long, but hardly a
    sentence ends in it and it does not end like one."""
    if len(text) < 800 or text.rstrip()[-1:] in _TERMINAL + _QUOTE_CHARS:
        return False
    ends = sum(1 for _, end in split_sentences(text) if text[end - 1 : end] == ".")
    return ends * 400 < len(text)


# ---------------------------------------------------------------------------------------------
# Residue inside a paragraph (a flattened page: furniture and text in one run of sentences)
# ---------------------------------------------------------------------------------------------

# Page furniture phrased as sentences: cut wherever they stand, even mid-paragraph.
_FURNITURE = re.compile(
    r"this material may not be published, broadcast, rewritten,? or redistributed\.?"
    # "Contributing: Tom Hale, (Louisville, Ky.) Courier Journal.": the place's stop inside
    r"|contributing:\s+[^.\n]{1,60}\([^()\n]{1,40}\)[^.\n]{0,60}\.?"
    r"|©\s?\d{4}[^.\n]{1,60}\.(?:\s*all rights reserved\.?)?"
    r"|copyright (?:©\s?)?\d{4}[^.\n]{1,60}\.(?:\s*all rights reserved\.?)?"
    # Generic phrases only as the page writes them, capitalised (not "... to subscribers only.")
    r"|(?-i:All [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)\.?"
    r"|quotes displayed in real-time or delayed by at least \d{1,3} minutes\.?"
    r"|(?:market data|(?:mutual fund and etf )?data) provided by\s+[\w .&,-]{1,40}?\."
    r"|powered and implemented by\s+[\w .&,-]{1,40}?\.|(?-i:Legal Statement)\."
    r"|notifications can be managed in browser preferences\.?"
    r"|please refresh (?:the page|your browser)[\w ,]{0,120}?(?:logged in|log in)\.?"
    r"|to view this video please enable javascript[\w ,]{0,120}?html5 video\.?"
    r"|please view the main text area of the page by skipping the main menu\.?"
    r"|the page may not be displayed properly if the javascript is deactivated[\w ,]{0,40}\."
    r"|you have [\d.,]{1,6}\s?% of this article left to read\.?"
    r"|the rest is for subscribers only\.?|(?-i:Subscribers only)|(?-i:Lire en français)"
    # (the New York Times' page: "Advertisement Continue reading the main story")
    r"|(?-i:(?:Advertisement\s+)?Continue reading the main story)"
    # a newsletter sign-up box pasted with the text
    r"|(?-i:(?:Newsletter )?Sign Up)(?= Continue reading| Please verify| You will receive)"
    r"|please verify you(?:'|’)re not a robot by clicking the box\.|invalid email address\."
    r"|please re-enter\.|you must select a newsletter to subscribe to\.|thank you for subscribing\."
    r"|an error has occurred\. please try again later\.|view all [\w ]{1,40} newsletters\."
    r"|you will receive emails containing news content[^.]{0,80}\.|you may opt-out at any time\."
    r"|you agree to receive occasional updates and special offers[^.]{0,120}\."
    r"|(?:(?-i:(?:[Tt]he )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}) is )?"
    r"not responsible for the content of external (?:sites|websites)\.?"
    r"|read about our approach to external linking\.?"
    r"|by entering your email and clicking the subscribe button[^.]{0,200}\."
    r"|you understand that you can\s+opt-out at any time\.?"
    r"|you've successfully subscribed to this newsletter!?"
    r"|it is a priority for [\w ]{1,40} to create products that are accessible[^.]{0,160}\."
    r"|closed captioning and described video is available[^.]{0,80}\."
    r"|toll-free \([\w ]{1,30}\):?\s*[\d-]{7,16}"
    r"|join thought-provoking conversations[^.]{0,120}?see their replies\.?"
    r"|go to [\w.-]{2,40}\.(?:com|org|net|co\.uk)\b[^.]{0,80}\."
    r"|follow us(?:(?:,\s*|\s+)(?:or\s+|and\s+)?(?:on\s+)?(?:twitter|facebook|instagram|tiktok"
    r"|youtube|threads|bluesky|linkedin|x)(?:\s+at)?\s+@?[\w.]+(?-i:(?:\s[A-Z][\w.]*(?=\s+or\b|,))?)"
    r"){1,6}\.?",
    re.IGNORECASE,
)
# Words one of which every _FURNITURE phrase holds: a cheap test before the slow search.
_FURNITURE_WORDS = (
    "material may not", "©", "copyright", "rights reserved", "quotes displayed", "provided by",
    "powered and implemented", "legal statement", "notifications can", "please refresh",
    "javascript", "main text area", "of this article left", "subscribers only", "lire en",
    "external", "subscribe", "opt-out", "accessible", "closed captioning", "toll-free",
    "thought-provoking", "go to ", "follow us", "main story", "sign up", "robot",
    "email address", "newsletter", "please try again", "contributing:",
)  # fmt: skip
# Words one of which every _FURNITURE_SENTENCE or _COPYRIGHT_SENTENCE match holds.
_SENTENCE_FURNITURE_WORDS = (
    "sign up", "subscribe", "outside the", "get the latest", "can be reached",
    "can be followed", "can be contacted", "follow us", "additional reporting", "contributed",
    "contributing:", "reported from", "on twitter", "on x", "on facebook", "on instagram",
    "on bluesky", "on threads",
    "edited by", "this article was", "more articles", "copyright", "©",
)  # fmt: skip
_CREDIT_NAME = r"[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3}"
_CREDIT_PLACE = (
    r"(?:\s+(?:in|at|from)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    # "in Tallinn, Estonia, contributed": a country or state only before the list's end
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?(?=,?\s+(?:and\s|contributed)))?)?"
)
_CREDIT_ONE = rf"(?>{_CREDIT_NAME}{_CREDIT_PLACE})"  # atomic: no backtracking into a name
_CREDIT_NAMES = rf"{_CREDIT_ONE}(?:,\s+{_CREDIT_ONE})*(?:,?\s+and\s+{_CREDIT_ONE})?,?\s+contributed"
_CREDIT_LIST = (
    r"(?:(?:Associated Press|AP|Reuters)\s+(?:writers?|reporters?|correspondents?)\s+)?"
    rf"{_CREDIT_NAMES}\s+(?:additional\s+)?(?:reporting|to\s+this\s+(?:report|story|article))\."
    # a bare "contributed." only with a wire's lead or a reporter's place ("Ana Ruiz in Oslo
    # and Tom Hale contributed."), not "Sheldon and Miriam Adelson contributed."
    rf"|(?:Associated Press|AP|Reuters)\s+(?:writers?|reporters?|correspondents?)\s+"
    rf"{_CREDIT_NAMES}\."
    rf"|(?=.{{0,200}}?\s(?:in|at|from)\s+(?:the\s+)?[A-Z]){_CREDIT_NAMES}\."
)
_REPORTED_FROM = (
    r"[A-Z][\w'’-]+(?:\s(?:and|&)\s[A-Z][\w'’-]+)?\sreported\sfrom\s"
    r"[A-Z][\w'’-]+(?:[ ,]+[A-Z][\w'’-]+)?"
)
# A furniture sentence (matched whole): sign-up prompts, author contacts, credits, notes.
_FURNITURE_SENTENCE = re.compile(
    r"(?:sign up|subscribe) (?:for|to) [^.]{0,80}newsletters?\b[^.]{0,120}[.!]?"
    r"|(?:outside the [\w.]{1,10}\?\s*)?sign up here\.?|outside the [\w.]{1,10}\?"
    r"|get the latest updates from [^.]{0,120}\."
    # "X can be reached at x@paper.com / on X @handle": a contact line, not "the mayor can be
    # reached at city hall".
    r"|[^.]{0,60}\bcan be (?:reached|followed|contacted) (?:at|on|via)\b"
    r"(?=.{0,160}(?:@|\bemail\b|\btwitter\b|\bx\b|\bbluesky\b|\d{3}[-. ]\d{3})).{0,160}"
    r"|follow us on [^.]{0,160}"
    r"|additional reporting by [^.]{1,100}\.?"
    r"|[^.]{0,80}\bcontributed (?:reporting|to this (?:report|story|article))\.?"
    # "Associated Press writers Ana Ruiz in Oslo, Tom M. Hale at the United Nations and Eva
    # Berg contributed (to this report).": a list of names, each perhaps with a place
    r"|(?-i:" + _CREDIT_LIST + r")"
    r"|contributing:\s+[^.]{1,100}\.?"  # "Contributing: Ana Ruiz."
    # "Follow Ana Ruiz on Twitter: @anaruiz", "- Follow Tom Hale on X": an author's handle
    r"|(?:[-–—•]\s*)?follow\s+(?-i:(?:[A-Z][\w.'’-]*\s+|and\s+){1,7})on\s+"
    r"(?:twitter|x|facebook|instagram|bluesky|threads)\b"
    r"(?::?\s*@[\w.]+(?:\s+and\s+@[\w.]+)?)?\.?"
    # "Gerstein reported from Johannesburg; Epstein reported from Washington."
    # (two reporters at least: "Reuters reported from Moscow." may be the article's own)
    r"|(?-i:(?=[^.;]*\s(?:and|&)\s[^.;]*\sreported\sfrom\s|[^.]*;)"
    r"" + _REPORTED_FROM + r"(?:;\s*" + _REPORTED_FROM + r")*)\.?"
    r"|edited by:?\s+[^.]{1,60}\.?"
    r"|this article was (?:originally )?(?:published|written) in \w+\.?"
    r"|more articles|subscribed",
    re.IGNORECASE,
)
# Prompts that open the run of teasers closing a page ("Sign up for our newsletter").
_PROMPT = re.compile(r"sign up|subscribe|follow us|go to|outside the", re.IGNORECASE)
_COPYRIGHT_SENTENCE = re.compile(
    r"(?:[Cc]opyright|COPYRIGHT|©)\s?(?:©\s?)?(?:\d{4}|[A-Z][A-Z &.,'-]{1,60}\b)[^.]{0,60}\.?"
)
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,4}|[A-Z]{2,3}")
_ALL_CAPS_WORD = re.compile(r"[^\sa-z]*[A-Z][^\sa-z]*")
# A photo credit inside a paragraph closes the image caption before it.
_INLINE_CREDIT = re.compile(
    r"\((?:credit|photo|image|picture)s?\s?:[^()]{1,80}\)"
    r"|\((?=[^()]{0,80}(?:\bap photo\b|getty images|/(?:ap|afp|reuters|epa|pool|bloomberg)\b"
    r"|\b(?:reuters|afp|epa|ap)/))[^()]{3,80}\)",
    re.IGNORECASE,
)
_TEASER = re.compile(r"(?:watch|video|listen|read more|read also|also read)\s?:\s", re.IGNORECASE)
_APPEAL_WORDS = ("donat", "contribution", "support", "paywall", "journalism", "reporters on")
_APPEAL = re.compile(
    r"\b(?:your (?:donation|support|contribution)s?|donations?|donate|paywalls?"
    r"|quality journalism|independent journalism|reporters on the ground"
    r"|support (?:our|us|the) (?:journalism|reporting|newsroom))\b",
    re.IGNORECASE,
)


_OUTLET_NAME = re.compile(r"\b[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})+|\bThe [A-Z][a-z]{3,}")
# (not "US": the country is no outlet's voice)
_OUTLET_VOICE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans = split_sentences(text)
    return spans or [(0, len(text))]


_OPENING_MARKS = "'‘\"“"
_CLOSING_MARKS = "'’\"”"


def _is_caps_run(words: list[str]) -> bool:
    """Four or more upper-case words, not ending a sentence ("THEY LOSE, WE WIN." is text set
    in capitals for emphasis; a headline has no final period)."""
    long_words = [w for w in words if sum(ch.isalpha() for ch in w) >= 3]
    if words and words[0][:1] in _OPENING_MARKS and words[-1].rstrip(",.")[-1:] in _CLOSING_MARKS:
        return False  # "asks, 'WHERE IN THE WORLD WAS OBAMA?'": quoted words, shouted
    return len(words) >= 4 and len(long_words) >= 3 and words[-1][-1:] not in _TERMINAL


def _cut_caps_runs(sentence: str, removed: list[str]) -> list[str]:
    """Cut runs of four or more upper-case words (a related headline: "RIVALS CLASH ON
    BUDGET") out of a sentence and return the pieces around them; a dateline ("KYIV (AP) --")
    or an acronym is shorter."""
    if not re.search(r"[A-Z]{2,}\S{0,20} [A-Z]{2,}", sentence):
        return [sentence]
    pieces: list[list[str]] = [[]]
    run: list[str] = []
    for word in [*sentence.split(" "), ""]:
        if 0 < len(word) <= 40 and _ALL_CAPS_WORD.fullmatch(word) and _has_words(word):
            run.append(word)
            continue
        back: list[str] = []
        while (
            len(run) > 4 and _ACRONYM.fullmatch(run[-1]) and (word[:1].isupper() or "." in run[-1])
        ):
            back.insert(0, run.pop())  # "... HEADLINE U.S. Ambassador": the next sentence
        if _is_caps_run(run):
            removed.append(" ".join(run))
            pieces.append(back)
        else:
            pieces[-1].extend(run)
        run = []
        if word:
            pieces[-1].append(word)
    return [" ".join(piece) for piece in pieces]


@dataclass
class _Cut:
    """A paragraph with its furniture cut out, and what its end says about the page's end."""

    text: str
    count: int = 0  # article sentences kept
    closed: bool = False  # it ends in the page's copyright line
    head: str | None = None  # the text before a sign-up prompt or teaser that nothing closed
    tail: int = 0  # sentences after that prompt


_TEASER_GAP = 10  # at most this many teaser sentences between a prompt and the copyright line


def _is_copyright(text: str) -> bool:
    low = text.lower()
    return "©" in text or "rights reserved" in low or low.startswith("copyright")


# The Hill's link cards: "Rep. Steve Scalise Stephen (Steve) Joseph ScaliseLive updates:
# Schiff fires warning ... MORE (R-La.) said": after the name, the full legal name glued to
# the headlines of other stories, up to "MORE".
_LINK_CARD = re.compile(
    # (or glued to the name: "John DurhamJohn DurhamThe Hill's Morning Report ... MORE")
    r"\b(?P<surname>[A-Z][\w'’-]{0,29}[a-z])(?P<card>\s*"
    r"(?:(?:\(?[A-Z][\w'’.-]*\)?|" + "|".join(sorted(_NAME_PARTICLES)) + r")\s+){1,4}?"
    # the surname glued to the next headline ("ScaliseLive updates"; not "Trump's lawyer"),
    # or to "MORE" itself ("Sen. John Kennedy John Neely KennedyMORE")
    r"(?P=surname)(?:MORE\b|(?=[A-Z\d‘“])[^\n]{0,600}?(?<!\bREAD)(?<!\bSEE)(?<!\bLEARN)\sMORE\b))"
)


# ... or with a space before the headline, the card repeating the given name: "Speaker Paul
# Ryan Paul Davis Ryan Retirees should say 'no thanks' to ... MORE (R-Wis.)"
_LINK_CARD_SPACED = re.compile(
    r"\b(?P<given>[A-Z][\w'’-]*[a-z])\s(?P<surname>[A-Z][\w'’-]{0,29}[a-z])(?P<card>\s(?P=given)"
    r"(?:\s[A-Z][\w'’.()-]*){0,3}\s(?P=surname)\s(?=[A-Z\d‘“])"
    r"[^\n]{0,600}?(?<!\bREAD)(?<!\bSEE)(?<!\bLEARN)\sMORE\b)"
)


def _cut_link_cards(text: str, removed: list[str]) -> str:
    text = _cut_cards(_LINK_CARD, text, removed)
    return _cut_cards(_LINK_CARD_SPACED, text, removed) if "MORE" in text else text


def _cut_cards(pattern: re.Pattern[str], text: str, removed: list[str]) -> str:
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces.append(text[last : match.start("card")])
        removed.append(match.group("card").strip())
        last = match.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _cut_residue(text: str, removed: list[str]) -> _Cut:
    """Cut page furniture out of a paragraph and keep its article sentences.

    A scraper that flattens a page leaves copyright lines, sign-up prompts, photo captions
    with their credits, upper-case related headlines, "Watch:" teasers and appeals for
    donations inside the text. Each rule cuts a whole phrase or sentence and lists it in
    ``removed``. Teasers for other stories are cut only where the page marks them: between a
    "Watch:" teaser or a sign-up prompt and the copyright line that closes the page.
    """
    if len(text) > 20_000:
        return _Cut(text)
    if "MORE" in text:
        text = _cut_link_cards(text, removed)
    # 1. Fixed furniture phrases, wherever they stand; they split the text into chunks.
    chunks: list[str] = []
    marks: list[str] = []
    pos = 0
    lowered = text.lower()
    matches = _FURNITURE.finditer(text) if any(w in lowered for w in _FURNITURE_WORDS) else ()
    # Sentence furniture needs one of its words somewhere in the paragraph.
    sentence_furniture = any(w in lowered for w in _SENTENCE_FURNITURE_WORDS)
    for match in matches:
        chunks.append(text[pos : match.start()])
        removed.append(match.group().strip())
        phrase = match.group().strip()
        kind = "prompt" if _PROMPT.match(phrase) else "furn"
        marks.append("copy" if _is_copyright(phrase) else kind)
        pos = match.end()
    chunks.append(text[pos:])
    # 2. Sentence by sentence; kept holds (sentence, "") or ("", kind of furniture cut there).
    sentences: list[tuple[str, str]] = []
    for number, chunk in enumerate(chunks):
        if number:
            sentences.append(("", marks[number - 1]))
        chunk = chunk.strip()
        for start, end in _sentence_spans(chunk) if chunk else ():
            # A related headline in capitals splits a sentence; it stands for furniture.
            for number_, piece in enumerate(_cut_caps_runs(chunk[start:end].strip(), removed)):
                if number_:
                    sentences.append(("", "furn"))
                if piece.strip():
                    sentences.append((piece.strip(), ""))
    kept: list[tuple[str, str]] = []
    for sentence, mark in sentences:
        if mark:
            kept.append(("", mark))
            continue
        stripped = sentence.strip(" :|>»›")
        copyright_line = (
            sentence_furniture
            and len(stripped) <= 120
            and bool(_COPYRIGHT_SENTENCE.fullmatch(stripped))
        )
        if copyright_line or (sentence_furniture and _FURNITURE_SENTENCE.fullmatch(stripped)):
            removed.append(sentence)
            kind = "prompt" if _PROMPT.match(stripped) else "furn"
            kept.append(("", "copy" if copyright_line else kind))
            continue
        credit = _INLINE_CREDIT.search(sentence) if "(" in sentence else None
        if credit and len(sentence[: credit.start()].split()) <= 60:
            # The caption ends at its credit; text after the credit is article text again.
            caption = sentence[: credit.start()].strip()
            removed.append(sentence[: credit.end()].strip())
            sentence = sentence[credit.end() :].strip()
            previous = kept[-1][0] if kept and not kept[-1][1] else ""
            if not caption and previous and len(previous.split()) <= 60:
                removed.append(kept.pop()[0])  # "<caption>. (Credit: ...)"
            if not sentence:
                continue
        if ":" in sentence[:20] and _TEASER.match(sentence):
            removed.append(sentence)
            kept.append(("", "prompt"))
            continue
        kept.append((sentence, ""))
    # 3. Appeals for donations: a run of sentences that ask readers to support the outlet.
    appeals = any(w in lowered for w in _APPEAL_WORDS)
    flags = [appeals and bool(s) and bool(_APPEAL.search(s)) for s, _ in kept]
    if sum(flags) >= 2:
        first = flags.index(True)
        last = len(flags) - 1 - flags[::-1].index(True)
        if last - first <= 8:
            start = 0 if first <= 2 and sum(flags) >= 3 else first
            # the appeal's opening sentences, in the outlet's voice ("we know how important
            # it is ...") or naming it ("The Independent is on the ground when ..."), before
            # the first that asks for money
            outlets = {
                m.group() for s, _ in kept[first : last + 1] for m in _OUTLET_NAME.finditer(s)
            }
            while (
                start > 0
                and first - start < 2
                and kept[start - 1][0]
                and (
                    _OUTLET_VOICE.search(kept[start - 1][0])
                    or any(name in kept[start - 1][0] for name in outlets)
                )
            ):
                start -= 1
            for j in range(start, last + 1):
                if kept[j][0]:
                    removed.append(kept[j][0])
                kept[j] = ("", kept[j][1] or "furn")
    # 4. Teasers between a teaser or sign-up prompt and the copyright line closing the page.
    closing = len(kept)
    while closing and kept[closing - 1][1]:
        closing -= 1
    closed = any(kind == "copy" for _, kind in kept[closing:])
    opening = None
    gap = 0
    for j in range(closing - 1, -1, -1):  # the earliest prompt of a chain ending at the close
        if kept[j][1] == "prompt":
            opening, gap = j, 0
        elif kept[j][0]:
            gap += 1
            if gap > _TEASER_GAP:
                break
    cut = _Cut("")
    if opening is not None and closed:
        for j in range(opening + 1, closing):
            if kept[j][0]:
                removed.append(kept[j][0])
            kept[j] = ("", "furn")
    elif opening is not None:
        cut.head = " ".join(s for s, _ in kept[:opening] if s)
        cut.tail = sum(1 for s, _ in kept[opening:] if s)
    cut.text = " ".join(s for s, _ in kept if s)
    cut.count = sum(1 for s, _ in kept if s)
    cut.closed = closed
    return cut


_RESIDUE_KIND = -1  # residue that still marks a header: "4 hours ago", "3 min read"
_NEUTRAL_KIND = -2  # other residue ("Share"): neither header nor text
_WEAK_NAME, _WEAK_OUTLET = 11, 12
_HEADERISH_RESIDUE = re.compile(rf"{_RELATIVE_TIME}|{_READ_TIME}", re.IGNORECASE)


def _header_kind(line: str) -> int:
    """STRONG, a weak kind, a residue kind or 0 for a line near the top of the article."""
    scratch = _Header()
    kind = _parse_header_line(line, scratch, allow_weak=True)
    if kind == STRONG:
        return STRONG
    if kind == WEAK:
        return _WEAK_NAME if scratch.byline else _WEAK_OUTLET
    if len(line) <= 60 and _HEADERISH_RESIDUE.fullmatch(line.strip(" ·|")):
        return _RESIDUE_KIND
    if _is_residue(line) and not _is_related_heading(line):
        return _NEUTRAL_KIND
    return 0


def _beside_strong(kinds: dict[int, int], k: int) -> bool:
    """Whether the run of header-like lines around ``k`` holds a strong line, or pairs a bare
    name with a bare outlet ("Jane Doe" above "BBC News")."""
    seen = {kinds[k]}
    for step in (-1, 1):
        j = k + step
        while j in kinds and kinds[j] != 0:
            seen.add(kinds[j])
            j += step
    return bool(seen & {STRONG, _RESIDUE_KIND}) or {_WEAK_NAME, _WEAK_OUTLET} <= seen


def _next_body_text(units: list[_Unit], start: int) -> str | None:
    """The first unit from ``start`` that is neither a header line nor residue."""
    for unit in units[start : start + 8]:
        if not _header_kind(unit.text) and not _is_residue(unit.text):
            return unit.text
    return None


def _link_dense(unit: _Unit) -> bool:
    """An HTML block that is mostly link text: a menu, a tag list, a teaser."""
    return bool(getattr(unit.block, "link_dense", False))


def _may_be_dek(unit: _Unit) -> bool:
    """In HTML the markup says where the standfirst is; plain text only has its position."""
    block = unit.block
    return block is None or bool(getattr(block, "ctx", None) and block.ctx.dek)


def _md_heading(units: list[_Unit], k: int) -> bool:
    if not 0 <= k < len(units) or units[k].block is not None:
        return False
    text = units[k].text
    return text.startswith("#") and bool(_MD_HEADING.match(text)) and len(text) <= 200


def _strip_bullet(text: str) -> str:
    return LIST_BULLET.sub("", text, count=1) if len(text) < 400 else text


# ---------------------------------------------------------------------------------------------
# Plain text
# ---------------------------------------------------------------------------------------------


_GLUED_MARK = re.compile(r'(?<=[.!?])"(?=[A-Z])')
_STRAIGHT_MARK = re.compile('"')


def _unglue_marks(line: str) -> str:
    """'might be helpful."Local preparedness," he said': a scraper dropped the space beside a
    straight quote mark after a full stop, so the mark may open or close a quote. Marks with
    a space on one side say themselves which they do; each glued one is read the way that
    leaves the fewest contradictions among them (an opener while a quote is open, a closer
    while none is), and the space goes on its other side. An opener right after a sentence
    inside an open quote is no contradiction: a quote running over flattened paragraphs."""
    if '"' not in line or not _GLUED_MARK.search(line):
        return line
    # Per mark: "O" opens, "C" closes, "T" toggles, "G" glued (to decide).
    kinds, places = [], []
    for match in _STRAIGHT_MARK.finditer(line):
        index = match.start()
        before = line[index - 1] if index else " "
        after = line[index + 1] if index + 1 < len(line) else " "
        if before in ".!?" and after.isupper():
            kind = "G"
        elif before.isspace() or before in "([{—–-:;/":
            kind = "C" if after.isspace() else "O"
        elif after.isspace() or after in ",.;:!?)":
            kind = "C"
        else:
            kind = "T"
        kinds.append(kind)
        places.append(index)
    # Viterbi over "is a quote open after this mark"; ties keep the plain reading.
    inf = float("inf")
    cost = {False: 0.0, True: inf}
    back: list[dict[bool, tuple[bool, bool]]] = []  # state -> (previous state, glued opens)
    for kind, index in zip(kinds, places, strict=True):
        new = {False: inf, True: inf}
        step: dict[bool, tuple[bool, bool]] = {}
        for was, so_far in cost.items():
            if so_far == inf:
                continue
            if kind == "G":
                options = [(False, 0 if was else 1, False), (True, 0, True)]
                if not was:
                    options.reverse()
            elif kind == "O":
                continuation = was and line[max(0, index - 2) : index - 1] in (".", "!", "?")
                options = [(True, 1 if was and not continuation else 0, True)]
            elif kind == "C":
                options = [(False, 0 if was else 1, False)]
            else:
                options = [(not was, 0, not was)]
            for state, penalty, opens in options:
                if so_far + penalty < new[state]:
                    new[state] = so_far + penalty
                    step[state] = (was, opens)
        cost = new
        back.append(step)
    # A line may end inside a quote that runs on, but a closed ending is likelier.
    state = not (cost[False] != inf and cost[False] <= cost[True] + 0.5)
    decisions = [False] * len(kinds)
    for position in range(len(kinds) - 1, -1, -1):
        was, opens = back[position][state]
        decisions[position] = opens
        state = was
    pieces, last = [], 0
    for kind, index, opens in zip(kinds, places, decisions, strict=True):
        if kind == "G":
            pieces.append(line[last:index])
            pieces.append(' "' if opens else '" ')
            last = index + 1
    pieces.append(line[last:])
    return "".join(pieces)


def _text_units(text: str) -> list[_Unit]:
    lines = [_unglue_marks(_collapse(line)) for line in _unflatten(text).split("\n")]
    if _hard_wrapped(lines):
        return _joined_units(lines)
    units: list[_Unit] = []
    previous_blank = True
    for line in lines:
        if not line:
            previous_blank = True
            continue
        if line.startswith("**") and line.endswith("**") and len(line) > 4:
            line = line.strip("*").strip() or line  # a Markdown-bold line
        units.append(_Unit(line, grouped=not previous_blank))
        previous_blank = False
    return units


# "(Credit:  Jane Doe)" is one line; "He  even might": a block never opens in lower case.
_BLOCK_GAP = re.compile(r"(?<![:(,]) {2,}(?![a-z])")


def _unflatten(text: str) -> str:
    """A long line holding a whole page (a scraper's flattening) keeps its old line breaks
    as runs of spaces; they become line breaks again (not inside an open curly quote, and
    not where the writer simply puts two spaces after every full stop)."""
    out = []
    for line in text.split("\n"):
        if len(line) > 1000 and not _typed_double_spaces(line):
            line = line.strip()
            pieces, last, depth = [], 0, 0
            for match in _BLOCK_GAP.finditer(line):
                segment = line[last : match.start()]
                depth = max(0, depth + segment.count("“") - segment.count("”"))
                pieces.append(segment)
                pieces.append(match.group() if depth else "\n")
                last = match.end()
            pieces.append(line[last:])
            line = "".join(pieces)
        out.append(line)
    return "\n".join(out)


def _typed_double_spaces(line: str) -> bool:
    """Two spaces after most full stops: the writer's habit, not lost paragraph breaks."""
    ends = _SENTENCE_GAP.findall(line)
    doubled = sum(1 for gap in ends if len(gap) >= 2)
    return len(ends) >= 4 and doubled >= 0.6 * len(ends)


_SENTENCE_GAP = re.compile(r"(?<=[a-z][.!?])( +)(?=[A-Z“\"])")


def _hard_wrapped(lines: list[str]) -> bool:
    """Text wrapped at a fixed width (email, terminals): paragraphs span several lines."""
    filled = [line for line in lines if line]
    if len(filled) < 8 or not any(not line for line in lines):
        return False
    long_lines = [line for line in filled if 50 <= len(line) <= 100]
    continuing = sum(
        1
        for a, b in itertools.pairwise(lines)
        if a and b and a[-1] not in _TERMINAL + _QUOTE_CHARS and b[:1].islower()
    )
    return (
        max(len(line) for line in filled) <= 100
        and len(long_lines) >= 0.6 * len(filled)
        and continuing >= 2
    )


def _joined_units(lines: list[str]) -> list[_Unit]:
    units: list[_Unit] = []
    buffer: list[str] = []
    for line in [*lines, ""]:
        if line:
            buffer.append(line)
            continue
        if buffer:
            # Short lines in a block (a title, a byline, a list) stay separate lines.
            if len(buffer) > 1 and sum(len(b) >= 50 for b in buffer) >= len(buffer) - 1:
                units.append(_Unit(" ".join(buffer)))
            else:
                units.extend(_Unit(b, grouped=j > 0) for j, b in enumerate(buffer))
            buffer = []
    return units


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------

_KNOWN_TAGS = (
    r"html|head|body|article|main|section|div|span|p|br|hr|h[1-6]|a|ul|ol|li|em|strong|b|i|u"
    r"|blockquote|figure|figcaption|img|table|tr|td|th|header|footer|nav|aside|script|style"
    r"|meta|link|title|time|pre|code|small|sup|sub|iframe|form|input|button|svg|noscript"
    r"|picture|source|video|audio|label|select|textarea|template|object|embed|math|base|dl|dt"
    r"|dd|font|center|marquee|body|frameset|frame|applet|details|summary|abbr|cite|q|mark"
)
_HTML_START = re.compile(
    rf"\s*(?:<!doctype\s+html|<\?xml|<!--|</?(?:{_KNOWN_TAGS})(?=[\s/>]))", re.IGNORECASE
)
_KNOWN_TAG_NAMES = frozenset(_KNOWN_TAGS.replace("h[1-6]", "h1|h2|h3|h4|h5|h6").split("|"))
_ANY_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]{0,9})(?=[\s/>])")
_HTML_CLOSE = re.compile(rf"</(?:{_KNOWN_TAGS})\s*>|<br\s*/?>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True for a whole page or a fragment (even a few ``<p>``s), false for prose with "<x>"."""
    if _HTML_START.match(text):
        return True
    tags = 0
    for match in _ANY_TAG.finditer(text):
        if match.group(1).lower() in _KNOWN_TAG_NAMES:
            tags += 1
            if tags >= 2:
                break
    return tags >= 2 and _HTML_CLOSE.search(text) is not None


_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "summary", "caption",
        "body", "html", "menu", "center",
    }
)  # fmt: skip
_DROP_TAGS = frozenset(
    {
        "script", "style", "nav", "footer", "aside", "form", "iframe", "noscript", "svg",
        "math", "template", "object", "embed", "applet", "select", "textarea", "button",
        "figcaption", "video", "audio", "canvas", "map", "dialog", "frameset", "frame",
        "noembed", "noframes", "title", "head", "menu", "label", "xmp", "plaintext",
    }
)  # fmt: skip
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr", "keygen", "basefont", "frame", "isindex"}
)  # fmt: skip
_BLOCK_KINDS = {"p": "p", "h1": "h1", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4",
                "h6": "h4", "li": "li", "pre": "p", "td": "p", "th": "p", "dt": "p", "dd": "p",
                "blockquote": "p", "caption": "p", "summary": "p"}  # fmt: skip
_CHROME_WORDS = frozenset(
    {
        "ad", "ads", "advert", "adverts", "advertisement", "promo", "newsletter", "share",
        "sharing", "social", "cookie", "cookies", "consent", "subscribe", "subscription",
        "comments", "sidebar", "breadcrumb", "breadcrumbs", "menu", "nav",
        "navbar", "navigation", "footer", "masthead", "toolbar", "banner", "popup", "modal",
    }
)  # fmt: skip
_CLASS_WORD = re.compile(r"[a-z]+")


def _is_chrome(attrs: dict[str, str]) -> bool:
    """Site furniture by its class, id or role: share bars, ads, newsletters, comments."""
    if attrs.get("role") in ("navigation", "banner", "contentinfo", "complementary"):
        return True
    if attrs.get("aria-hidden") == "true" or "hidden" in attrs:
        return True
    names = f"{attrs.get('class', '')} {attrs.get('id', '')}"[:300].lower()
    return any(word in _CHROME_WORDS for word in _CLASS_WORD.findall(names))


_DEK_CLASS = re.compile(
    r"(?:^|[\s_-])(?:dek|standfirst|sub-?title|subhead(?:ing|line)?|summary|intro|lede|lead"
    r"|description|strapline|teaser)(?:$|[\s_-])",
    re.IGNORECASE,
)
_INLINE_KEEP = frozenset({"a", "em", "strong", "b", "i"})
_MAX_DEPTH = 400
_BODY_HTML_LIMIT = 150_000


@dataclass(frozen=True)
class _Ctx:
    kind: str = "p"
    list_id: int | None = None
    list_tag: str = "ul"
    quote: bool = False
    article: int | None = None
    main: bool = False
    dropping: bool = False
    h1: bool = False
    title: bool = False
    jsonld: bool = False
    dek: bool = False  # inside the article's <header> or an element classed as a standfirst
    link: bool = False


@dataclass
class _Block:
    text: str
    html: str
    ctx: _Ctx
    link_chars: int = 0  # characters of the text inside links

    @property
    def link_dense(self) -> bool:
        return self.link_chars >= 0.7 * len(self.text)


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, _Ctx]] = [("#root", _Ctx())]
        self.blocks: list[_Block] = []
        self.meta: dict[str, str] = {}
        self.h1s: list[tuple[str, _Ctx]] = []
        self.times: list[tuple[str, _Ctx]] = []
        self.page_title: list[str] = []
        self.jsonld: list[str] = []
        self.canonical: str | None = None
        self._text: list[str] = []
        self._html: list[str] = []
        self._h1: list[str] = []
        self._ids = 0
        self._link_chars = 0

    # -- helpers
    @property
    def ctx(self) -> _Ctx:
        return self.stack[-1][1]

    def _flush(self) -> None:
        text = _collapse("".join(self._text))
        if text:
            self.blocks.append(
                _Block(text, "".join(self._html).strip(), self.ctx, self._link_chars)
            )
        self._text.clear()
        self._html.clear()
        self._link_chars = 0

    def _child_ctx(self, tag: str, attrs: dict[str, str]) -> _Ctx:
        ctx = self.ctx
        self._ids += 1
        changes: dict = {}
        if tag in _DROP_TAGS or (tag == "header" and ctx.article is None) or _is_chrome(attrs):
            changes["dropping"] = True
        if tag == "a":
            changes["link"] = True
        if tag in ("ul", "ol"):
            changes["list_id"] = self._ids
            changes["list_tag"] = tag
        if tag in _BLOCK_KINDS:
            changes["kind"] = _BLOCK_KINDS[tag]
        elif tag in ("div", "section"):
            changes["kind"] = "p"
        if tag == "blockquote":
            changes["quote"] = True
        if tag == "article" and ctx.article is None:
            changes["article"] = self._ids
        if tag == "main" or attrs.get("role") == "main":
            changes["main"] = True
        if tag == "h1":
            changes["h1"] = True
        if (tag == "header" and ctx.article is not None) or _DEK_CLASS.search(
            attrs.get("class", "")[:300]
        ):
            changes["dek"] = True
        if tag == "title":
            changes["title"] = True
        if tag == "script" and "ld+json" in attrs.get("type", ""):
            changes["jsonld"] = True
        changes = {key: value for key, value in changes.items() if getattr(ctx, key) != value}
        return _Ctx(**{**ctx.__dict__, **changes}) if changes else ctx

    # -- parser callbacks
    def handle_starttag(self, tag, attr_list):
        attrs = {k: (v or "") for k, v in attr_list}
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or ""
            if key and attrs.get("content") and key.lower() not in self.meta:
                self.meta[key.lower()] = attrs["content"].strip()
            return
        if tag == "link" and "canonical" in attrs.get("rel", "").lower():
            self.canonical = attrs.get("href") or None
            return
        if tag == "time" and (attrs.get("datetime") or "").strip():
            self.times.append((attrs["datetime"].strip(), self.ctx))
        if attrs.get("itemprop") == "datePublished" and attrs.get("datetime"):
            self.meta.setdefault("datepublished", attrs["datetime"])
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag == "br":
            if self.ctx.dropping:
                return
            if self._html and self._html[-1] == "<br>":
                self._html.pop()  # "<br><br>" separates paragraphs
                self._flush()
                return
            self._text.append(" ")
            self._html.append("<br>")
            return
        if tag in _VOID_TAGS:
            return
        if tag == "p" and self.stack[-1][0] == "p":
            self.stack.pop()  # <p> closes an open <p>
        if len(self.stack) >= _MAX_DEPTH:
            return
        ctx = self._child_ctx(tag, attrs)
        self.stack.append((tag, ctx))
        if tag == "h1":
            self._h1.clear()
        if tag in _INLINE_KEEP and not ctx.dropping:
            href = attrs.get("href", "").strip() if tag == "a" else ""
            self._html.append(f'<a href="{html.escape(href)}">' if href else f"<{tag}>")

    def handle_startendtag(self, tag, attrs):
        if tag in _VOID_TAGS or tag == "meta":
            self.handle_starttag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, max(0, len(self.stack) - 64), -1):
            if self.stack[depth][0] == tag:
                break
        else:
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        closing = self.stack[depth:]
        del self.stack[depth:]
        for name, ctx in reversed(closing):
            if name == "h1":
                text = _collapse("".join(self._h1))
                if text:
                    self.h1s.append((text, ctx))
                self._h1.clear()
            if name in _INLINE_KEEP and not ctx.dropping:
                self._html.append(f"</{name}>")

    def handle_data(self, data):
        ctx = self.ctx
        if ctx.jsonld:
            self.jsonld.append(data)
            return
        if ctx.title:
            self.page_title.append(data)
            return
        if ctx.h1:
            self._h1.append(data)
        if ctx.dropping:
            return
        self._text.append(data)
        if data.strip() or not self._html or self._html[-1] != "<br>":
            self._html.append(html.escape(data, quote=False))
        if ctx.link:
            self._link_chars += len(data.strip())

    def close(self):
        super().close()
        self._flush()


@dataclass
class _HtmlPage:
    units: list[_Unit]
    title: str | None
    source: str | None
    byline: str | None
    published: dt.datetime | None
    updated: dt.datetime | None
    url: str | None


def _jsonld_fields(chunks: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for chunk in chunks[:10]:
        try:
            data = json.loads(chunk)
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        if isinstance(data, dict) and isinstance(data.get("@graph"), list):
            items = data["@graph"]
        for item in items[:20]:
            if not isinstance(item, dict):
                continue
            for key in ("headline", "datePublished", "dateModified"):
                value = item.get(key)
                if isinstance(value, str) and key not in found:
                    found[key] = value
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                found.setdefault("publisher", publisher["name"])
            author = item.get("author")
            authors = author if isinstance(author, list) else [author]
            names = [
                n for a in authors if isinstance(a, dict) and isinstance(n := a.get("name"), str)
            ]
            if names and "author" not in found:
                found["author"] = " and ".join(names)
    return found


_LONE_LT = re.compile(r"<(?![A-Za-z/!?])")


def defuse_markup(text: str) -> str:
    """Escape unclosed comments, declarations and processing instructions.

    ``html.parser`` rescans an unclosed ``<!--``/``<!``/``<?`` from every later position, which
    is quadratic on hostile input (see CPython gh-135462); closed ones are left alone.
    """
    # A "<" that cannot open a tag is text; escaping it up front spares the parser one slow
    # step per character on input such as "<<<<".
    text = _LONE_LT.sub("&lt;", text)
    out: list[str] = []
    pos = 0
    while True:
        start = text.find("<", pos)
        if start < 0 or start + 1 >= len(text):
            break
        nxt = text[start + 1]
        if nxt not in "!?":
            pos = start + 1
            continue
        closer = "-->" if text.startswith("<!--", start) else ">"
        end = text.find(closer, start + 2)
        if end < 0:
            out.append(text[:start])
            out.append(html.escape(text[start:], quote=False))
            return "".join(out)
        pos = end + len(closer)
    return text


def _parse_html(text: str) -> _HtmlPage:
    parser = _PageParser()
    parser.feed(defuse_markup(text))
    parser.close()
    blocks = parser.blocks
    in_article = [b for b in blocks if b.ctx.article is not None]
    if in_article:
        sizes: dict[int, int] = {}
        for b in in_article:
            article = b.ctx.article
            if article is not None:  # (always: the blocks in an article)
                sizes[article] = sizes.get(article, 0) + len(b.text)
        best = max(sizes, key=lambda key: sizes[key])
        region = [b for b in in_article if b.ctx.article == best]
    elif any(b.ctx.main for b in blocks):
        region = [b for b in blocks if b.ctx.main]
    else:
        region = blocks
    chosen_article = region[0].ctx.article if region else None
    h1 = next((t for t, c in parser.h1s if c.article == chosen_article), None) or next(
        (t for t, _ in parser.h1s), None
    )
    meta, ld = parser.meta, _jsonld_fields(parser.jsonld)
    page_title = _collapse("".join(parser.page_title))
    title = h1 or meta.get("og:title") or ld.get("headline") or meta.get("twitter:title")
    site = meta.get("og:site_name") or ld.get("publisher")
    if not title and page_title:
        title = re.split(r"\s+[|–—-]\s+", page_title)[0] if site else page_title
    units: list[_Unit] = []
    previous: _Block | None = None
    for block in region:
        if block.ctx.kind == "h1":
            continue
        grouped = previous is not None and (
            (block.ctx.list_id is not None and block.ctx.list_id == previous.ctx.list_id)
            or (block.ctx.kind == "li" and previous.ctx.kind in ("h2", "h3", "h4", "p"))
        )
        units.append(_Unit(block.text, grouped=grouped, block=block))
        previous = block
    published = None
    for key in (
        "article:published_time",
        "datepublished",
        "og:published_time",
        "date",
        "pubdate",
        "publishdate",
        "dc.date",
        "dcterms.created",
        "sailthru.date",
    ):
        if meta.get(key):
            published = parse_header_date(meta[key])
            if published:
                break
    published = published or (parse_header_date(ld["datePublished"]) if "datePublished" in ld
                              else None)  # fmt: skip
    if published is None:
        stamps = [t for t, c in parser.times if c.article == chosen_article] or [
            t for t, _ in parser.times
        ]
        published = parse_header_date(stamps[0]) if stamps else None
    modified = (
        meta.get("article:modified_time") or meta.get("og:updated_time") or ld.get("dateModified")
    )
    author = meta.get("author") or meta.get("article:author") or ld.get("author")
    if author and (author.startswith("http") or len(author) > 160):
        author = None
    url = meta.get("og:url") or parser.canonical
    return _HtmlPage(
        units=units,
        title=_collapse(title) if title else None,
        source=_collapse(site) if site else None,
        byline=_collapse(author) if author else None,
        published=published,
        updated=parse_header_date(modified) if modified else None,
        url=url if url and url.startswith(("http://", "https://")) else None,
    )


def _body_html(paragraphs: list[tuple[str, _Unit]], warnings: list[str]) -> str:
    """The kept blocks as allow-listed HTML: lists grouped, quotes wrapped, then sanitized.

    bleach (html5lib) is pure Python and slow on huge markup, so the copy stops after
    ``_BODY_HTML_LIMIT`` characters; real article bodies are far smaller.
    """
    parts: list[str] = []
    size = 0
    open_list: tuple[int | None, str] | None = None
    for _, unit in paragraphs:
        block = unit.block
        if not isinstance(block, _Block):
            continue
        size += len(block.html) + 12
        if size > _BODY_HTML_LIMIT:
            warnings.append("The article HTML is very long; its formatted copy is cut short.")
            break
        ctx = block.ctx
        if ctx.kind == "li":
            key = (ctx.list_id, ctx.list_tag)
            if open_list != key:
                if open_list:
                    parts.append(f"</{open_list[1]}>")
                parts.append(f"<{ctx.list_tag}>")
                open_list = key
            parts.append(f"<li>{block.html}</li>")
            continue
        if open_list:
            parts.append(f"</{open_list[1]}>")
            open_list = None
        tag = ctx.kind if ctx.kind in ("h2", "h3", "h4") else "p"
        element = f"<{tag}>{block.html}</{tag}>"
        parts.append(f"<blockquote>{element}</blockquote>" if ctx.quote else element)
    if open_list:
        parts.append(f"</{open_list[1]}>")
    return sanitize_html("".join(parts))


# ---------------------------------------------------------------------------------------------
# Entry points
# ---------------------------------------------------------------------------------------------


def parse_paste(
    raw: str | bytes,
    *,
    title: str | None = None,
    source: str | None = None,
    published: dt.datetime | None = None,
    url: str | None = None,
    max_bytes: int = MAX_PASTE_BYTES,
) -> ParsedArticle:
    """Parse a pasted article (plain text or HTML); caller-given values win over the paste's.

    Raises ``PasteError`` (with a message for the user) when the paste cannot become an
    article, and never anything else.
    """
    try:
        return _parse(raw, title=title, source=source, published=published, url=url,
                      max_bytes=max_bytes)  # fmt: skip
    except PasteError:
        raise
    except Exception as exc:  # the contract: nothing but PasteError leaves this function
        raise PasteError("The paste could not be read as an article.") from exc


def _parse(raw, *, title, source, published, url, max_bytes) -> ParsedArticle:
    text, warnings = _decode(raw, max_bytes)
    text = _normalise(text)
    if not text.strip():
        raise PasteError("The paste is empty.")
    title = _collapse(_normalise(title)) if title and title.strip() else None
    source = _collapse(_normalise(source)) if source and source.strip() else None
    if published is not None and published.tzinfo is not None:
        published = published.astimezone(dt.UTC).replace(tzinfo=None)

    page: _HtmlPage | None = None
    if looks_like_html(text):
        page = _parse_html(text)
        units = page.units
    else:
        units = _text_units(text)
    if not units or not any(_has_words(u.text) for u in units):
        raise PasteError("The paste holds no readable text (only markup or punctuation).")

    layout = _layout(units, title or (page.title if page else None))
    header = layout.header
    paragraphs = [p for p, _ in layout.paragraphs]
    if not layout.title:
        layout.title = _truncate(paragraphs[0]) if paragraphs else "Untitled"
        layout.warnings.append("No title was recognised; the first line is used as the title.")
    if not paragraphs and not layout.dek:
        raise PasteError("The paste holds a title but no article text.")

    if not (source or header.source or (page and page.source)) and paragraphs:
        dateline = _DATELINE_SOURCE.match(paragraphs[0][:120])
        if dateline and _is_outlet(dateline.group(1), any_acronym=True):
            header.source = dateline.group(1)  # "KYIV, Ukraine (AP) — ..."
    found_published = (page.published if page else None) or header.published
    found_updated = (page.updated if page else None) or header.updated
    if found_published is None and found_updated is not None:
        found_published = found_updated  # a page that only says "Updated ..." dates the article
    published_text = None
    if published is None and found_published is None and header.published_text:
        published_text = header.published_text
    sanitized = _body_html(layout.paragraphs, layout.warnings) if page else ""
    return ParsedArticle(
        title=layout.title,
        paragraphs=tuple(paragraphs),
        source=source or (page.source if page else None) or header.source or layout.title_source,
        byline=header.byline or (page.byline if page else None),
        published=published or found_published,
        updated=found_updated,
        published_text=published_text,
        dek=layout.dek,
        related_stories=tuple(layout.related),
        boilerplate_removed=tuple(dict.fromkeys(layout.removed)),
        url=url or (page.url if page else None),
        is_html=page is not None,
        sanitized_html=sanitized,
        warnings=tuple(dict.fromkeys(warnings + layout.warnings)),
    )


_QUOTE_FOLD = str.maketrans(
    {**dict.fromkeys("‘’‚‛′", "'"), **dict.fromkeys("“”„‟″«»", '"'), **dict.fromkeys("‐‑‒–—―", "-")}
)


def _fingerprint_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", _normalise(text)).translate(_QUOTE_FOLD)
    return _collapse(text).casefold()


def content_fingerprint(parsed: ParsedArticle) -> str:
    """sha256 hex of the article's title and body, blind to whitespace, quotes and boilerplate.

    Two pastes of the same article (line endings, curly vs straight quotes, residue removed or
    not) give the same value; services use it to refuse duplicates.
    """
    # The dek counts as text: whether a standfirst is recognised depends on the header around it.
    texts = (
        (parsed.title, parsed.dek, *parsed.paragraphs)
        if parsed.dek
        else (parsed.title, *parsed.paragraphs)
    )
    parts = [_fingerprint_text(text) for text in texts]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def decode_paste(raw: str | bytes, *, max_bytes: int = MAX_PASTE_BYTES) -> tuple[str, list[str]]:
    """The paste as text (UTF-16 with a BOM, UTF-8, else Windows-1252, else Latin-1) and any
    decoding warnings.

    Raises ``PasteError`` past ``max_bytes``. Services use it to store bytes as readable text.
    """
    return _decode(raw, max_bytes)
