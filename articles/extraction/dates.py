"""Dated statements: sentences that carry a time, resolved against the publication time.

Choices an analyst's timeline depends on (tests pin each one):

- One statement per sentence, from its most specific expression: exact before approximate, day
  before month before year, then the longer expression, then the earlier one. ``expression``
  keeps the words as written ("on March 11", "late last month").
- Weekdays ("Tuesday", "on Tuesday") are the most recent such day on or before publication;
  under future tense ("will ... on Tuesday", "is scheduled to ... Tuesday") the next one on or
  after publication. "last Tuesday" is strictly before, "next Tuesday" strictly after.
- A month and day without a year ("March 11", "Sept. 11") take the year that puts the date
  nearest to publication, past dates preferred (a future date must be less than half as far
  away to win); a future-tense clause ("will", "is expected to") or a past-tense one ("met",
  "was") weighs four to one for its side. "9/11" is not read as a date.
- A month alone ("in March") is the nearest such month not after the publication month under
  past tense ("met in June"), not before it under future tense ("will meet in June"), and
  without a tense ("the pause ends in July") the nearest, past preferred as above.
- A sentence that is little more than its date ("MOSCOW, May 21. /TASS/.", a dateline) is no
  statement: fewer than three other words, none of them lower case.
- Weeks: "last week", "this week", "next week" resolve to the Monday that starts that week, with
  ``precision="day"`` and ``is_approximate=True``, so a timeline can place them and still show
  they are loose. "N days/weeks ago" is day precision, approximate; "N months ago" month and
  "N years ago" year precision, approximate.
- Weekends: "over the weekend" / "this past weekend" is the Saturday just past (today on a
  weekend), "this weekend" on a weekday the coming one; day precision, approximate.
- "the next day", "two days later", "earlier that day" count from the last day-precise statement
  of the preceding three paragraphs (approximate); "earlier in the day" and "later in the day"
  fall back to the publication day. Without such a reference they are skipped.
- Vague future expressions ("in the coming days/weeks/months", "in the days ahead") resolve in
  ``resolve_date_expression`` (so an event can say "this month, planned") but never make a
  dated statement on their own: they do not put anything at a point on a timeline. "in the
  near future" and "soon" do not resolve at all.
- Without a publication time only absolute dates that carry a year resolve.
- Impossible dates ("February 30") are skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .text import split_sentences
from .types import DatedStatement, Precision, Span

_MONTH_NUMBERS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "couple of": 2,
    "a couple of": 2, "few": 3, "a few": 3, "several": 3,
}  # fmt: skip

# Month names are matched capitalised only ("may" is a verb); abbreviations need their period
# except the unambiguous ones.
_MONTH = (
    r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.|"
    r"(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\b)"
)
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_DAYNUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>1[89]\d\d|2[01]\d\d)(?![\d,.]\d)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_NUMBER = (
    r"(?P<num>\d{1,3}|(?i:a\s+couple\s+of|couple\s+of|a\s+few|few|several|an?|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve))"
)

# Words before an expression that put it in the future.
_FUTURE = re.compile(
    r"(?=[adegipsuw'’])(?:\b(?:will|won['’]t|shall|going\s+to|scheduled|set\s+to|plans?\s+to|"
    r"planned|planning|expected\s+to|intends?\s+to|due\s+to|upcoming|is\s+to|are\s+to)\b"
    r"|['’]ll\b)",
    re.IGNORECASE,
)
# "was expected to", "had planned": a future seen from the past, which may be over by now.
_PAST_OF_FUTURE = {"was", "were", "had", "been"}
# "said he would travel on Friday": future of the speech; trusted for weekdays only.
_WOULD = re.compile(r"\bwould\b|['’]d\b", re.IGNORECASE)
# Past-tense verbs (some irregular ones, anything in -ed): "met in June" is the last June.
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|began|took|came|went|made|left|met|held|told|saw|became|won|"
    r"lost|fell|rose|ran|spoke|gave|got|sent|led|fled|broke|[a-z]{2,}ed)\b"
)
# Where the clause stops after an expression (a "said" there is still its clause's verb).
_CLAUSE_AFTER_BREAK = re.compile(r"[,;:”\"—–()]|\b(?:that|which|who|when|while|because)\b")
# Where the clause that governs an expression stops, looking back from it.
_CLAUSE_BREAK = re.compile(r"[,;:”\"—–()]|\b(?:said|says|told|added)\b")


@dataclass(frozen=True)
class _Resolved:
    date: dt.date
    precision: Precision
    is_future: bool = False
    is_approximate: bool = False
    vague: bool = False  # resolves, but too loose to be a dated statement on its own


@dataclass(frozen=True)
class _Context:
    anchor: dt.date | None  # publication day
    future: bool  # future tense governs the expression
    reference: dt.date | None  # the narrative's current day, for "the next day"
    would: bool = False  # "would" governs it (reported future)
    past: bool = False  # a past-tense verb in its clause, and no future


def _month_number(token: str) -> int:
    return _MONTH_NUMBERS[token.rstrip(".").lower()]


def _number(token: str) -> int:
    token = " ".join(token.lower().split())
    return int(token) if token.isdigit() else _NUMBER_WORDS[token]


def _safe_date(year: int, month: int, day: int = 1) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _future_flag(day: dt.date, precision: Precision, anchor: dt.date | None) -> bool:
    if anchor is None:
        return False
    if precision == "year":
        return day.year > anchor.year
    if precision == "month":
        return (day.year, day.month) > (anchor.year, anchor.month)
    return day > anchor


def _absolute(day: dt.date | None, precision: Precision, ctx: _Context) -> _Resolved | None:
    if day is None:
        return None
    return _Resolved(day, precision, _future_flag(day, precision, ctx.anchor))


def _nearest_year(month: int, day: int, ctx: _Context) -> dt.date | None:
    """The year for a month and day written without one (see the module docstring)."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    best: tuple[float, dt.date] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        candidate = _safe_date(year, month, day)
        if candidate is None:
            continue
        cost = _tense_cost((candidate - anchor).days, ctx)
        if best is None or cost < best[0]:
            best = (cost, candidate)
    return best[1] if best else None


def _tense_cost(offset: int, ctx: _Context) -> float:
    """How unlikely a candidate ``offset`` (days or months) away from publication is.

    Nearest wins; a candidate against the tense of its clause counts four times its distance,
    and without a tense a future candidate counts twice (news reports more than it announces).
    """
    if offset == 0:
        return 0
    ahead = offset > 0
    if ctx.future:
        factor = 1 if ahead else 4
    elif ctx.past:
        factor = 4 if ahead else 1
    else:
        factor = 2 if ahead else 1
    return abs(offset) * factor


# Resolvers: (match, context) -> _Resolved | None


def _r_month_day(m: re.Match, ctx: _Context) -> _Resolved | None:
    month, day = _month_number(m["month"]), int(m["day"])
    if m["year"]:
        return _absolute(_safe_date(int(m["year"]), month, day), "day", ctx)
    if _safe_date(2000, month, day) is None:  # leap year: only impossible dates fail here
        return None
    return _absolute(_nearest_year(month, day, ctx), "day", ctx)


def _r_month_year(m: re.Match, ctx: _Context) -> _Resolved | None:
    return _absolute(_safe_date(int(m["year"]), _month_number(m["month"])), "month", ctx)


def _r_iso(m: re.Match, ctx: _Context) -> _Resolved | None:
    return _absolute(_safe_date(int(m["year"]), int(m["mon"]), int(m["day"])), "day", ctx)


def _r_year(m: re.Match, ctx: _Context) -> _Resolved | None:
    return _absolute(_safe_date(int(m["year"]), 1), "year", ctx)


def _r_month_alone(m: re.Match, ctx: _Context) -> _Resolved | None:
    anchor = ctx.anchor
    if anchor is None:
        return None
    month = _month_number(m["month"])
    which = (m["which"] or "").lower()
    year = anchor.year
    if which == "last":
        year -= month >= anchor.month
    elif which == "next":
        year += month <= anchor.month
    elif which != "this" and ctx.future:  # "will meet in February": not before this month
        year += month < anchor.month
    elif which != "this" and ctx.past:  # "met in June": not after this month
        year -= month > anchor.month
    elif which != "this":
        here = anchor.year * 12 + anchor.month
        year = min(
            (anchor.year - 1, anchor.year, anchor.year + 1),
            key=lambda y: _tense_cost(y * 12 + month - here, ctx),
        )
    return _absolute(dt.date(year, month, 1), "month", ctx)


def _r_weekday(m: re.Match, ctx: _Context) -> _Resolved | None:
    anchor = ctx.anchor
    if anchor is None:
        return None
    target = _WEEKDAYS.index(m["weekday"].lower())
    which = (m["which"] or "").lower()
    back = (anchor.weekday() - target) % 7
    ahead = (target - anchor.weekday()) % 7
    if which == "last":
        day = anchor - dt.timedelta(days=back or 7)
    elif which == "next":
        day = anchor + dt.timedelta(days=ahead or 7)
    elif ctx.future or ctx.would:
        day = anchor + dt.timedelta(days=ahead)
    else:
        day = anchor - dt.timedelta(days=back)
    return _Resolved(day, "day", day > anchor)


_DAY_WORDS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _r_day_word(m: re.Match, ctx: _Context) -> _Resolved | None:
    if ctx.anchor is None:
        return None
    words = m.group().lower()
    offset = next((v for k, v in _DAY_WORDS.items() if k in words), 0)
    day = ctx.anchor + dt.timedelta(days=offset)
    return _Resolved(day, "day", offset > 0 or "later" in words)


def _r_same_day(m: re.Match, ctx: _Context) -> _Resolved | None:
    """'earlier in the day': the narrative's day, else the publication day."""
    day = ctx.reference or ctx.anchor
    return None if day is None else _Resolved(day, "day")


def _r_week(m: re.Match, ctx: _Context) -> _Resolved | None:
    if ctx.anchor is None:
        return None
    which = m["which"].lower()
    weeks = -1 if which == "last" else 1 if which == "next" else 0
    day = _week_start(ctx.anchor) + dt.timedelta(weeks=weeks)
    future = weeks > 0 or (weeks == 0 and (ctx.future or "later" in m.group().lower()))
    return _Resolved(day, "day", future, True)


def _r_weekend(m: re.Match, ctx: _Context) -> _Resolved | None:
    """The Saturday of the weekend meant: just past ("over the weekend"), coming ("this
    weekend" on a weekday), or the one before or after those ("last", "next")."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    which = " ".join(m["which"].lower().split())
    saturday_before = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
    on_weekend = anchor.weekday() >= 5
    if which == "this" and not on_weekend:
        day = saturday_before + dt.timedelta(weeks=1)
    elif which == "next":
        day = saturday_before + dt.timedelta(weeks=1 if on_weekend else 2)
    elif which == "last" and on_weekend:
        day = saturday_before - dt.timedelta(weeks=1)
    else:  # "over the weekend", "this past weekend", "last weekend" on a weekday
        day = saturday_before
    return _Resolved(day, "day", day > anchor, True)


def _r_month_rel(m: re.Match, ctx: _Context) -> _Resolved | None:
    if ctx.anchor is None:
        return None
    which = m["which"].lower()
    months = -1 if which == "last" else 1 if which == "next" else 0
    day = _shift_months(ctx.anchor, months)
    future = months > 0 or (months == 0 and "later" in m.group().lower())
    return _Resolved(day, "month", future)


def _r_year_rel(m: re.Match, ctx: _Context) -> _Resolved | None:
    if ctx.anchor is None:
        return None
    which = m["which"].lower()
    years = -1 if which == "last" else 1 if which == "next" else 0
    future = years > 0 or (years == 0 and "later" in m.group().lower())
    return _Resolved(dt.date(ctx.anchor.year + years, 1, 1), "year", future)


def _r_ago(m: re.Match, ctx: _Context) -> _Resolved | None:
    if ctx.anchor is None:
        return None
    count, unit = _number(m["num"]), m["unit"].lower().rstrip("s")
    try:
        if unit == "day":
            return _Resolved(ctx.anchor - dt.timedelta(days=count), "day", False, True)
        if unit == "week":
            return _Resolved(ctx.anchor - dt.timedelta(weeks=count), "day", False, True)
        if unit == "month":
            return _Resolved(_shift_months(ctx.anchor, -count), "month", False, True)
        if unit == "decade":
            count *= 10
        return _Resolved(dt.date(ctx.anchor.year - count, 1, 1), "year", False, True)
    except (OverflowError, ValueError):
        return None


def _r_later(m: re.Match, ctx: _Context) -> _Resolved | None:
    """'three days later', 'a week earlier': counted from the narrative's current day."""
    if ctx.reference is None:
        return None
    count, unit = _number(m["num"]), m["unit"].lower().rstrip("s")
    sign = -1 if m["dir"].lower() in ("earlier", "before") else 1
    days = count * (7 if unit == "week" else 1)
    try:
        day = ctx.reference + dt.timedelta(days=sign * days)
    except OverflowError:
        return None
    return _Resolved(day, "day", _future_flag(day, "day", ctx.anchor), True)


def _r_next_day(m: re.Match, ctx: _Context) -> _Resolved | None:
    if ctx.reference is None:
        return None
    words = m.group().lower()
    offset = 1 if ("next" in words or "following" in words) else -1
    offset = 0 if "same" in words or "that day" in words else offset
    day = ctx.reference + dt.timedelta(days=offset)
    return _Resolved(day, "day", _future_flag(day, "day", ctx.anchor), True)


def _r_coming(m: re.Match, ctx: _Context) -> _Resolved | None:
    if ctx.anchor is None:
        return None
    unit = m["unit"].lower()
    if unit == "months":
        return _Resolved(dt.date(ctx.anchor.year, 1, 1), "year", True, True, vague=True)
    return _Resolved(ctx.anchor.replace(day=1), "month", True, True, vague=True)


# A season is dated by its first month (northern hemisphere, as the news we read writes it).
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season_start(season: str, year: int) -> dt.date:
    return dt.date(year, _SEASON_START[season], 1)


def _season_of(day: dt.date) -> dt.date:
    """The first day of the season that ``day`` falls in."""
    if day.month in (1, 2):
        return dt.date(day.year - 1, 12, 1)
    return dt.date(day.year, day.month - (day.month % 3), 1)


def _r_season(m: re.Match, ctx: _Context) -> _Resolved | None:
    """ "last summer", "this spring", "next winter", "the summer of 2024", "autumn 2023":
    the season's first month, approximate."""
    season = m["season"].lower()
    if m["year"]:
        start = _season_start(season, int(m["year"]))
        return _Resolved(start, "month", _future_flag(start, "month", ctx.anchor), True)
    if ctx.anchor is None or not m["which"]:
        return None  # "the summer offensive", "the fall of the city": no date
    current = _season_of(ctx.anchor)
    which = m["which"].lower().split()[-1]
    start = _season_start(season, current.year)
    if which in ("last", "past"):
        while start >= current:  # the latest such season that has ended
            start = start.replace(year=start.year - 1)
    elif which == "next":
        while start <= current:
            start = start.replace(year=start.year + 1)
    elif season != "winter" or ctx.anchor.month > 2:  # "this summer": of this calendar year
        start = _season_start(season, ctx.anchor.year)
    else:  # "this winter" in January: the winter under way
        start = current
    return _Resolved(start, "month", start > current, True)


_SEASON = r"(?P<season>(?i:spring|summer|autumn|fall|winter))"
# (Each pattern that can run often opens with a lookahead naming every character a match can
# start with, case-folded where the pattern folds case: the engine then fails every other
# position at once, before the alternations.)
_PATTERNS: tuple[tuple[re.Pattern[str], object], ...] = tuple(
    (re.compile(pattern), resolver)
    for pattern, resolver in (
        (
            rf"(?=[ADFJMNOSTW]|(?i:o))(?:\b(?i:on)\s+)?(?:\b{_WEEKDAY},?\s+)?\b{_MONTH}\s*{_DAYNUM}"
            rf"(?:,?\s+{_YEAR}|(?!\s*(?:%|\d|,\d)))",
            _r_month_day,
        ),
        (
            rf"(?=\d|[FMSTW]|(?i:o))(?:\b(?i:on)\s+)?(?:\b{_WEEKDAY},?\s+)?\b(?<![\d/])"
            rf"(?P<day>[0-3]?\d)\s+{_MONTH}"
            rf"(?:,?\s+{_YEAR})?",
            _r_month_day,
        ),
        (rf"(?=[ADFJMNOS])\b{_MONTH}\s*,?\s+(?i:of\s+)?{_YEAR}", _r_month_year),
        (r"(?=\d)\b(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)\b", _r_iso),
        (
            r"(?=[01-9])(?<![\d/])\b(?P<mon>1[0-2]|0?[1-9])/(?P<day>[0-3]?\d)/(?P<year>\d{4})\b",
            _r_iso,
        ),
        (
            rf"(?=(?i:[abdefilmstu]))\b(?i:in|since|by|during|until|through|from|before|after|"
            rf"around|early|late|mid|the\s+end\s+of|the\s+start\s+of)[\s-]+"
            rf"(?:(?i:early|late|mid)[\s-]+)?{_YEAR}"
            r"(?!\s*[-–/]\s*\d)",
            _r_year,
        ),
        (
            rf"(?=(?i:[abdefilmnostu]))\b(?i:(?:in|since|by|during|until|through|from|before|"
            rf"after|around|early|late|mid|since|of|the\s+end\s+of|the\s+start\s+of|"
            rf"(?P<which>last|next|this))"
            rf"[\s-]+(?:(?i:early|late|mid)[\s-]+)?){_MONTH}(?!\s*\d)",
            _r_month_alone,
        ),
        (
            rf"(?=[FMSTW]|(?i:[lnot]))(?:\b(?i:on|(?P<which>last|next|this))\s+)?\b{_WEEKDAY}"
            rf"{_PART_OF_DAY}",
            _r_weekday,
        ),
        (
            r"\b(?i:(?:earlier|later)\s+(?:today|tonight)|yesterday|today|tonight|tomorrow|"
            r"this\s+(?:morning|afternoon|evening))"
            r"(?:\s+(?i:morning|afternoon|evening|night))?\b",
            _r_day_word,
        ),
        (r"\b(?i:(?:earlier|later)\s+in\s+the\s+day)\b", _r_same_day),
        (
            r"\b(?P<which>(?i:last|this|next|over\s+the|this\s+past|the\s+past))\s+weekend\b",
            _r_weekend,
        ),
        (
            r"\b(?i:(?:early|earlier|late|later)\s+)?(?P<which>(?i:last|this|next))\s+"
            r"week\b(?!\s*(?i:end|day))",
            _r_week,
        ),
        (
            r"\b(?i:(?:early|earlier|late|later|mid-?)\s*)?(?P<which>(?i:last|this|next))\s+"
            r"month\b",
            _r_month_rel,
        ),
        (
            r"\b(?i:(?:early|earlier|late|later)\s+)?(?P<which>(?i:last|this|next))\s+"
            r"year\b",
            _r_year_rel,
        ),
        (
            rf"\b(?i:(?:early|late|mid-?)\s*)?(?:(?P<which>(?i:last|this|next|this\s+past|"
            rf"the\s+past))\s+|(?i:the\s+))?{_SEASON}\b(?:\s+(?i:of\s+)?{_YEAR})?",
            _r_season,
        ),
        (
            rf"\b{_NUMBER}\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?))\s+(?i:ago)\b",
            _r_ago,
        ),
        (
            rf"(?=\d|(?i:[acefnostw]))\b{_NUMBER}\s+(?P<unit>(?i:days?|weeks?))\s+"
            r"(?P<dir>(?i:later|earlier|(?:after|before)(?=\s*[,.;])))\b",
            _r_later,
        ),
        (
            r"\b(?i:the\s+(?:next|following|previous|same)\s+day|the\s+day\s+before|"
            r"(?:earlier|later)\s+that\s+day|that\s+same\s+day)\b",
            _r_next_day,
        ),
        (
            r"\b(?i:in\s+the\s+(?:coming|next\s+few|next)|over\s+the\s+(?:coming|next\s+few)|"
            r"in\s+the)\s+(?P<unit>(?i:days|weeks|months))(?:\s+(?i:ahead|to\s+come))?\b",
            _r_coming,
        ),
    )
)

# Cheap tests that a pattern can match at all, on the sentence's set of words: most sentences
# skip most patterns. Each test is a set of words, or "year" for a run of four digits.
_HINT_WORD = re.compile(r"[A-Za-z]+")
_HINT_YEAR = re.compile(r"\d\d\d\d")
_MONTH_WORDS = frozenset(
    name.capitalize() for name in _MONTH_NUMBERS if name not in ("mar", "jun", "jul")
) | {"Mar", "Jun", "Jul"}
_HINTS: dict[object, frozenset[str] | str] = {
    _r_month_day: _MONTH_WORDS,
    _r_month_year: _MONTH_WORDS,
    _r_month_alone: _MONTH_WORDS,
    _r_iso: "year",
    _r_year: "year",
    _r_weekday: frozenset(day.capitalize() for day in _WEEKDAYS),
    _r_day_word: frozenset(
        {"yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening"}
        | {"Yesterday", "Today", "Tonight", "Tomorrow"}
    ),
    _r_same_day: frozenset({"day"}),
    _r_week: frozenset({"week", "Week"}),
    _r_weekend: frozenset({"weekend"}),
    _r_month_rel: frozenset({"month", "Month"}),
    _r_year_rel: frozenset({"year", "Year"}),
    _r_season: frozenset(
        {"spring", "summer", "autumn", "fall", "winter", "Spring", "Summer", "Autumn", "Winter"}
    ),
    _r_ago: frozenset({"ago"}),
    _r_later: frozenset({"later", "earlier", "after", "before"}),
    _r_next_day: frozenset({"day"}),
    _r_coming: frozenset({"days", "weeks", "months"}),
}
_ALL_HINT_WORDS = frozenset().union(*(h for h in _HINTS.values() if not isinstance(h, str)))
# Only the first MAX_SCAN characters of a sentence are searched: a longer "sentence" is a paste
# without punctuation, and scanning all of it would only cost time.
MAX_SCAN = 3000
# A real sentence holds a handful of time expressions; a pathological paste may hold millions.
MAX_MATCHES_PER_PATTERN = 32
_PRECISION_RANK = {"day": 2, "month": 1, "year": 0}


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    expression: str
    resolved: _Resolved


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - 80) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end() :] if breaks else window


def _clause_after(text: str, end: int, hi: int, fronted: bool) -> str:
    """The rest of the expression's clause; a fronted one ("In July, ...") governs the next."""
    window = text[end : min(hi, end + 80)]
    if fronted:
        window = window.lstrip(" ,")
    stop = _CLAUSE_AFTER_BREAK.search(window)
    return window[: stop.start()] if stop else window


def _tense(before: str, after: str) -> tuple[bool, bool]:
    """(future, past) of the clause around an expression; the words before it decide first."""
    for window in (before, after):
        if _is_future_context(window):
            return True, False
        if _PAST.search(window):
            return False, True
    return False, False


def _is_future_context(window: str) -> bool:
    for match in _FUTURE.finditer(window):
        before = window[: match.start()].split()
        if not before or before[-1].lower() not in _PAST_OF_FUTURE:
            return True
    return False


def _is_coming_days_phrase(match: re.Match) -> bool:
    # "in the days" alone is not "in the coming days"
    words = match.group().lower()
    return "coming" in words or "next" in words or "ahead" in words or "to come" in words


def _find(
    text: str, anchor: dt.date | None, reference: dt.date | None, lo: int = 0, hi: int | None = None
) -> list[_Found]:
    found: list[_Found] = []
    hi = len(text) if hi is None else hi
    words = _ALL_HINT_WORDS.intersection(_HINT_WORD.findall(text, lo, hi))
    has_year = None
    if not words:
        has_year = _HINT_YEAR.search(text, lo, hi) is not None
        if not has_year:
            return found
    for pattern, resolver in _PATTERNS:
        hint = _HINTS[resolver]
        if hint == "year":
            if has_year is None:
                has_year = _HINT_YEAR.search(text, lo, hi) is not None
            if not has_year:
                continue
        elif words.isdisjoint(hint):
            continue
        for count, match in enumerate(pattern.finditer(text, lo, hi)):
            if count >= MAX_MATCHES_PER_PATTERN:
                break
            if resolver is _r_coming and not _is_coming_days_phrase(match):
                continue
            clause = _clause_before(text, match.start())
            fronted = not clause.strip() or clause.strip().lower() in ("in", "on", "by", "since")
            after = _clause_after(text, match.end(), hi, fronted)
            future, past = _tense(clause, after)
            ctx = _Context(anchor, future, reference, bool(_WOULD.search(clause)), past)
            try:
                resolved = resolver(match, ctx)  # type: ignore[operator]
            except (ValueError, OverflowError, KeyError):
                resolved = None
            if resolved is not None:
                expression = match.group().strip()
                found.append(_Found(match.start(), match.end(), expression, resolved))
    return found


def _rank(item: _Found) -> tuple:
    r = item.resolved
    return (
        not r.vague,
        not r.is_approximate,
        _PRECISION_RANK[r.precision],
        len(item.expression),
        -item.start,
    )


def resolve_date_expression(
    text: str, anchor: dt.datetime | dt.date | None
) -> tuple[dt.date, Precision, bool, bool] | None:
    """(date, precision, is_future, is_approximate) for the first time expression in ``text``.

    ``anchor`` is the publication time; relative expressions ("three days later") count from it
    too. Returns None when nothing in the text resolves.
    """
    day = anchor.date() if isinstance(anchor, dt.datetime) else anchor
    found = _find(text, day, day)
    if not found:
        return None
    first = min(found, key=lambda f: (f.start, -len(f.expression)))
    r = first.resolved
    return r.date, r.precision, r.is_future, r.is_approximate


def find_date_expressions(
    text: str, anchor: dt.datetime | dt.date | None
) -> list[tuple[int, int, str, dt.date, Precision, bool, bool]]:
    """Every resolvable expression in ``text`` with offsets, vague future ones included.

    Rows are (start, end, expression, date, precision, is_future, is_approximate), in text
    order; overlapping matches keep the longest. The events module uses this to date an event
    by the expression nearest to its trigger word.
    """
    day = anchor.date() if isinstance(anchor, dt.datetime) else anchor
    rows = []
    last_end = -1
    for item in sorted(_find(text, day, day), key=lambda f: (f.start, -len(f.expression))):
        if item.start < last_end:
            continue
        last_end = item.end
        r = item.resolved
        rows.append(
            (item.start, item.end, item.expression, r.date, r.precision, r.is_future,
             r.is_approximate)
        )  # fmt: skip
    return rows


def extract_dated_statements(
    paragraphs: tuple[str, ...], published: dt.datetime | None
) -> tuple[DatedStatement, ...]:
    """One DatedStatement per sentence that carries a resolvable, non-vague time."""
    anchor = published.date() if published else None
    statements: list[DatedStatement] = []
    for index, paragraph in enumerate(paragraphs):
        for start, end in split_sentences(paragraph):
            reference = _reference_day(statements, index)
            found = [
                f
                for f in _find(paragraph, anchor, reference, start, min(end, start + MAX_SCAN))
                if not f.resolved.vague
            ]
            if not found:
                continue
            best = max(found, key=_rank)
            if _is_dateline(paragraph[start:end], best.expression):
                continue
            r = best.resolved
            statements.append(
                DatedStatement(
                    date=r.date,
                    precision=r.precision,
                    sentence=paragraph[start:end],
                    expression=best.expression,
                    span=Span(index, start, end),
                    is_future=r.is_future,
                    is_approximate=r.is_approximate,
                )
            )
    return tuple(statements)


def _is_dateline(sentence: str, expression: str) -> bool:
    """ "MOSCOW, May 21. /TASS/.": besides the date, a few capitalised words and no others."""
    rest = _HINT_WORD.findall(sentence.replace(expression, " ", 1))
    return len(rest) < 3 and not any(word[0].islower() for word in rest)


def _reference_day(statements: list[DatedStatement], paragraph: int) -> dt.date | None:
    """The narrative's current day: the last day-precise statement of the last 3 paragraphs."""
    for statement in reversed(statements[-30:]):  # bounded: a paste may hold thousands
        if statement.span.paragraph < paragraph - 3:
            return None
        if statement.precision == "day" and not statement.is_approximate:
            return statement.date
    return None
