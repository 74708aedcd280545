"""parse_paste: layout of pasted news text and HTML, bad input, and the duplicate fingerprint.

Texts are written for these tests; the seed article is read from ../shared when present.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.extraction.paste import (
    MAX_PASTE_BYTES,
    _cut_link_cards,
    content_fingerprint,
    looks_like_html,
    parse_header_date,
    parse_paste,
)
from articles.extraction.types import PasteError

from .timing import bound

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEED = SHARED / "data" / "seed" / "witkoff-heading-to-russia.txt"
SEED_GOLD = SHARED / "data" / "seed" / "witkoff-heading-to-russia.gold.json"

BODY = (
    "The council approved the new budget plan on Tuesday after a long debate in the chamber.\n\n"
    "“We will publish the details next week,” the finance chair said after the vote.\n\n"
    "Opponents said the plan cut too deeply into local services and promised to appeal.\n"
)


def article(header: str, *, dek: str = "") -> str:
    parts = ["Council Passes Budget Plan After Long Debate", header]
    if dek:
        parts.append(dek)
    return "\n\n".join([*parts, BODY])


# --- the seed article -----------------------------------------------------------------------


@pytest.mark.shared
@pytest.mark.skipif(
    not SEED.exists(), reason="../shared (seed article) is not beside this checkout"
)
def test_seed_layout_matches_gold():
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    parsed = parse_paste(SEED.read_text(encoding="utf-8"))
    assert parsed.title == gold["title"]
    assert parsed.source == gold["source"]
    assert parsed.published == dt.datetime.fromisoformat(gold["published"])
    assert parsed.updated == dt.datetime.fromisoformat(gold["updated"])
    assert parsed.dek == gold["dek"]
    assert list(parsed.related_stories) == gold["related_stories"]
    assert list(parsed.boilerplate_removed) == gold["boilerplate_removed"]
    # The body is every blank-line paragraph between the dek and the trailing residue, minus
    # the related-stories block.
    blocks = [b.strip() for b in SEED.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    related_at = next(i for i, b in enumerate(blocks) if b == "Related Stories")
    expected = blocks[3:related_at] + blocks[related_at + 2 : -1]
    assert list(parsed.paragraphs) == expected
    assert parsed.warnings == ()


# --- headers: bylines, dates, dek -------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "byline", "source"),
    [
        ("By Jane Doe, Reuters", "Jane Doe", "Reuters"),
        ("By Jane Doe and John Roe | AP", "Jane Doe and John Roe", "AP"),
        ("Jane Doe | BBC News", "Jane Doe", "BBC News"),
        ("By JANE DOE Associated Press", "JANE DOE", "Associated Press"),
        (
            "By Jane Doe, John Roe and Ann Poe, The Daily Courier",
            "Jane Doe, John Roe and Ann Poe",
            "The Daily Courier",
        ),
        ("By The Morning Herald", "The Morning Herald", "The Morning Herald"),
        ("Jane Doe\n\nBBC News", "Jane Doe", "BBC News"),
        ("Jane Doe and John Roe\n\nUSA TODAY", "Jane Doe and John Roe", "USA TODAY"),
    ],
)
def test_bylines(header, byline, source):
    parsed = parse_paste(article(header))
    assert (parsed.byline, parsed.source) == (byline, source)
    assert parsed.paragraphs[0].startswith("The council approved")
    assert len(parsed.paragraphs) == 3


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("Updated 3:04 PM EST, March 12, 2025", dt.datetime(2025, 3, 12, 15, 4)),
        ("12 March 2025", dt.datetime(2025, 3, 12)),
        ("March 12, 2025 at 9:07 p.m. ET", dt.datetime(2025, 3, 12, 21, 7)),  # as printed
        ("Published: 2025-03-12T21:07:48Z", dt.datetime(2025, 3, 12, 21, 7, 48)),
        ("2025-03-12T23:07:48+02:00", dt.datetime(2025, 3, 12, 23, 7, 48)),
        ("Wednesday 21 May 2025 17:16 BST", dt.datetime(2025, 5, 21, 17, 16)),
        ("By Jane Doe | Published Jan. 5, 2025 | 4 min read", dt.datetime(2025, 1, 5)),
        ("Posted on 03/12/2025", dt.datetime(2025, 3, 12)),
    ],
)
def test_header_dates(header, published):
    parsed = parse_paste(article(header))
    assert parsed.published == published
    assert parsed.published.tzinfo is None
    assert parsed.paragraphs[0].startswith("The council approved")


LEDE_BODY = (
    "RIVERTON (Wire) — The council approved a budget plan on Tuesday that its members say will "
    "reshape services for years, after a debate that ran past midnight.\n\n"
    "“We will publish the details next week,” the finance chair said after the vote.\n\n"
    "Opponents said the plan cut too deeply into local services.\n"
)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "By Jane Doe, CNN\n\nUpdated 3:04 PM EST, Wed March 12, 2025",
            ("Jane Doe", "CNN", dt.datetime(2025, 3, 12, 15, 4), ""),
        ),
        (
            "By JANE DOE and JOHN ROE\nUpdated 9:07 PM EDT, March 12, 2025\nShare",
            ("JANE DOE and JOHN ROE", "Wire", dt.datetime(2025, 3, 12, 21, 7), ""),
        ),
        (
            "2 hours ago\nShare\nSave\nJane Doe\nBBC News, Riverton",
            ("Jane Doe", "BBC News", None, ""),
        ),
        (
            "Members say the deal ends a year of wrangling over cuts\n\nJane Doe in Riverton\n"
            "Wed 12 Mar 2025 21.07 GMT",
            (
                "Jane Doe",
                "Wire",
                dt.datetime(2025, 3, 12, 21, 7),
                "Members say the deal ends a year of wrangling over cuts",
            ),
        ),
        (
            "By Jane Doe and John Roe\nMarch 12, 2025 9:07 PM GMT+1 Updated 2 hours ago",
            ("Jane Doe and John Roe", "Wire", dt.datetime(2025, 3, 12, 21, 7), ""),
        ),
        (
            "Members say the deal ends a year of wrangling\n\nPublished March 12, 2025 9:07pm EDT"
            "\n\nBy Jane Doe Fox News",
            (
                "Jane Doe",
                "Fox News",
                dt.datetime(2025, 3, 12, 21, 7),
                "Members say the deal ends a year of wrangling",
            ),
        ),
        (
            "By Example Gazette Staff\nPublished On 12 Mar 2025",
            ("Example Gazette Staff", "Example Gazette", dt.datetime(2025, 3, 12), ""),
        ),
        (
            "Opinion by Jane Doe\nMarch 12, 2025 at 9:07 a.m. EDT\n5 min",
            ("Jane Doe", "Wire", dt.datetime(2025, 3, 12, 9, 7), ""),
        ),
    ],
    ids=["cnn", "ap", "bbc", "guardian", "reuters", "fox", "staff", "opinion"],
)
def test_outlet_layouts(header, expected):
    text = f"Council passes budget after long debate\n\n{header}\n\n{LEDE_BODY}"
    parsed = parse_paste(text)
    assert (parsed.byline, parsed.source, parsed.published, parsed.dek) == expected
    assert parsed.title == "Council passes budget after long debate"
    assert len(parsed.paragraphs) == 3 and parsed.paragraphs[0].startswith("RIVERTON")
    assert parsed.warnings == ()


def test_kicker_above_the_title_is_dropped():
    text = "Analysis\n\nCouncil Passes Budget After a Long Debate\n\nBy Jane Doe\n\n" + BODY
    parsed = parse_paste(text)
    assert parsed.title == "Council Passes Budget After a Long Debate"
    assert "Analysis" in parsed.boilerplate_removed
    given = parse_paste(text, title="Council Passes Budget After a Long Debate")
    assert given.paragraphs == parsed.paragraphs


def test_created_and_updated_with_relative_residue():
    header = "By The Evening Gazette | Created at 2025-03-12 21:07:48 | Updated at 2025-03-13 01:58:35 4 hours ago"
    parsed = parse_paste(article(header))
    assert parsed.published == dt.datetime(2025, 3, 12, 21, 7, 48)
    assert parsed.updated == dt.datetime(2025, 3, 13, 1, 58, 35)
    assert parsed.source == "The Evening Gazette"
    assert "4 hours ago" in parsed.boilerplate_removed


def test_updated_only_dates_the_article():
    parsed = parse_paste(article("Updated 10:15 AM GMT, 2 June 2025"))
    assert parsed.published == parsed.updated == dt.datetime(2025, 6, 2, 10, 15)


def test_dek_after_byline():
    parsed = parse_paste(article("By Jane Doe | Reuters", dek="Members say the deal is close."))
    assert parsed.dek == "Members say the deal is close."
    assert parsed.paragraphs[0].startswith("The council approved")


def test_dek_before_byline():
    text = "\n\n".join(
        ["Council Passes Budget Plan", "Members say the deal is close.", "By Jane Doe", BODY]
    )
    parsed = parse_paste(text)
    assert parsed.dek == "Members say the deal is close."
    assert parsed.byline == "Jane Doe"


def test_no_dek_without_a_header():
    text = "\n\n".join(["Council Passes Budget Plan", "Members say the deal is close.", BODY])
    parsed = parse_paste(text)
    assert parsed.dek == ""
    assert parsed.paragraphs[0] == "Members say the deal is close."


def test_a_long_lede_is_not_a_dek():
    lede = (
        "CAPITAL CITY (Wire) — The council approved a budget plan on Tuesday that its members "
        "say will reshape local services for years, after a debate that ran past midnight."
    )
    parsed = parse_paste(article("By Jane Doe", dek=lede))
    assert parsed.dek == ""
    assert parsed.paragraphs[0] == lede


def test_a_one_sentence_lede_with_a_weekday_is_not_a_dek():
    lede = "Mayor Jane Doe vetoed the budget plan Friday after a debate that ran past midnight."
    parsed = parse_paste(article("By John Roe", dek=lede))
    assert parsed.dek == ""
    assert parsed.paragraphs[0] == lede


@pytest.mark.parametrize(
    "credit",
    [
        "Associated Press writers Ana Ruiz in Oslo, Tom M. Hale at the United Nations and Eva "
        "Berg in Tallinn, Estonia, contributed to this report.",
        "Ana Ruiz in Oslo and Tom Hale in Luxembourg contributed.",
        "Contributing: Ana Ruiz.",
        "Contributing: Tom Hale, (Louisville, Ky.) Courier Journal.",
    ],
)
def test_contributor_credits_at_the_end_are_residue(credit):
    parsed = parse_paste(article("By John Roe") + "\n\n" + credit)
    assert credit in parsed.boilerplate_removed
    assert not any("contribut" in p.lower() for p in parsed.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "Follow Ana Ruiz on Twitter: @anaruiz",
        "- Follow Tom M. Hale on Twitter: @tomhale",
        "Follow Ana Ruiz and Tom Hale on Twitter: @anaruiz and @tomhale",
        "Follow Eva Berg on X.",
    ],
)
def test_an_authors_social_media_handle_is_residue(line):
    parsed = parse_paste(article("By John Roe") + "\n\n" + line)
    assert not any("Follow" in p for p in parsed.paragraphs)


def test_following_someone_on_twitter_in_a_sentence_stays():
    sentence = "She said she would follow Mayor Doe on Twitter to see what he posts."
    parsed = parse_paste(article("By John Roe") + "\n\n" + sentence)
    assert parsed.paragraphs[-1] == sentence


@pytest.mark.parametrize(
    "sentence",
    ["Many factors contributed.", "The storm contributed to this report of losses."],
)
def test_sentences_about_contributing_stay(sentence):
    parsed = parse_paste(article("By John Roe") + "\n\n" + sentence)
    assert parsed.paragraphs[-1] == sentence


def test_a_long_list_of_capitalised_names_is_read_in_linear_time():
    # The credit pattern must not backtrack over "Name in Place, Name, ..." (it did).
    line = ("Aa Bb in Cc Dd, Ee Ff, " * 400) + " and Gg contributed to nothing"
    start = time.perf_counter()
    parsed = parse_paste(article("By John Roe") + "\n\n" + line)
    assert time.perf_counter() - start < bound(5)
    assert parsed.paragraphs[-1].endswith("contributed to nothing")


def test_link_cards_after_names_are_cut_out():
    # The Hill: after a name, the full legal name glued to other stories' headlines, "MORE".
    paste = (
        "Rep. Jane Doe Jane Marie DoeCouncil balks at budget Mayor vows veto MORE (R-Ohio) "
        "said the bridge would open in May.\n\n"
        "Rep. John Roe Jonathan (John) Roe2020 hopefuls court veterans MORE (D) agreed.\n\n"
        "Mayor Bill de Vries Bill de VriesCity Hall report: sights and sounds MORE (D) "
        "objected.\n\n"
        "He wants MORE money, Doe said."
    )
    parsed = parse_paste(paste, title="Bridge vote")
    assert parsed.paragraphs == (
        "Rep. Jane Doe (R-Ohio) said the bridge would open in May.",
        "Rep. John Roe (D) agreed.",
        "Mayor Bill de Vries (D) objected.",
        "He wants MORE money, Doe said.",
    )
    assert "Jonathan (John) Roe2020 hopefuls court veterans MORE" in parsed.boilerplate_removed


def test_link_cards_glued_to_the_name_or_to_more_are_cut_out():
    # The card may follow the name with no space, or end in "MORE" glued to the surname.
    paste = (
        "Keller was puzzled by Judge Tom HaleTom HaleCouncil balks at budget MORE, the county "
        "judge, who ruled on Friday.\n\n"
        "Sen. Ann Lund Ann Marie LundMORE (R-Ohio) said the bridge would open in May."
    )
    parsed = parse_paste(paste, title="Bridge vote")
    assert parsed.paragraphs == (
        "Keller was puzzled by Judge Tom Hale, the county judge, who ruled on Friday.",
        "Sen. Ann Lund (R-Ohio) said the bridge would open in May.",
    )
    # (no card inside words in capitals: surname "MO", name "RMON", "MO" again in "MONEY")
    removed: list[str] = []
    assert _cut_link_cards("signs reading MORMON MONEY, NO MORE outside", removed) == (
        "signs reading MORMON MONEY, NO MORE outside"
    )


def test_a_lone_outlet_like_line_without_byline_or_date_stays_text():
    parsed = parse_paste("Voters Split Over Issues\n\nSurvey Report\n\n" + BODY)
    assert parsed.source is None
    assert parsed.paragraphs[0] == "Survey Report"


def test_unparseable_date_is_kept_as_text_with_a_warning():
    parsed = parse_paste(article("Published: the 31st of Smarch 2025"))
    assert parsed.published is None
    assert parsed.published_text == "the 31st of Smarch 2025"
    assert any("date" in w for w in parsed.warnings)
    assert parsed.paragraphs[0].startswith("The council approved")


def test_a_title_case_sentence_without_header_stays_body():
    text = "\n\n".join(["Council Passes Budget Plan", "Jane Doe Wins Again", BODY])
    parsed = parse_paste(text)
    assert parsed.byline is None
    assert parsed.paragraphs[0] == "Jane Doe Wins Again"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 12, 2025", dt.datetime(2025, 3, 12)),
        ("Sept. 3, 2024, 6:30 a.m. PT", dt.datetime(2024, 9, 3, 6, 30)),
        ("3 December 2024 09:00 CET", dt.datetime(2024, 12, 3, 9, 0)),
        ("12.03.2025", dt.datetime(2025, 3, 12)),
        ("2025-02-30", None),
        ("Tuesday", None),
        ("March 12, 2025 was a day", None),
    ],
)
def test_parse_header_date(text, expected):
    assert parse_header_date(text) == expected


# --- residue and related stories ---------------------------------------------------------------


def test_residue_lines_are_removed_and_listed():
    text = (
        "Advertisement\n\nCouncil Passes Budget Plan\n\nBy Jane Doe\n2 min read\n\n"
        "Listen to this article\n\nShare\n\n"
        + BODY.replace("\n\n", "\n\nAdvertisement\n\n", 1)
        + "\n(Photo by Ann Poe/Getty Images)\n\nSign up for our daily politics newsletter\n\n"
        "Continue reading\n\nREUTERS/Ann Poe/File Photo\n\nFacebook\n\nView original article\n\n"
        "Read Entire Article\n\n© 2025 The Daily Courier. All rights reserved."
    )
    parsed = parse_paste(text)
    assert parsed.title == "Council Passes Budget Plan"
    assert len(parsed.paragraphs) == 3
    for residue in ("Advertisement", "2 min read", "Listen to this article", "Share",
                    "(Photo by Ann Poe/Getty Images)", "Continue reading", "Read Entire Article"):  # fmt: skip
        assert residue in parsed.boilerplate_removed, residue


@pytest.mark.parametrize(
    "line",
    [
        "Copyright lawsuits were filed against the firm on Monday.",
        "Video footage shows 24/7 coverage of the strike on the city",
        "The 50/50 split was agreed by both sides",
        "Share prices fell sharply after the announcement.",
        "Read the statement in full below.",
    ],
)
def test_body_lines_that_resemble_residue_are_kept(line):
    parsed = parse_paste(
        article("By Jane Doe").replace("Opponents said", line + "\n\nOpponents said")
    )
    assert line in parsed.paragraphs


def test_photo_caption_paragraph_is_dropped():
    text = article("By Jane Doe").replace(
        "Opponents said",
        "Members vote in the chamber on Tuesday. (AP Photo/Ann Poe)\n\nOpponents said",
    )
    parsed = parse_paste(text)
    assert not any("AP Photo" in p for p in parsed.paragraphs)
    assert len(parsed.paragraphs) == 3


def test_related_block_in_the_middle():
    text = article("By Jane Doe").replace(
        "Opponents said",
        "Related Stories\n\nMayor Says Budget Vote Was Fair\nCouncil ‘Will Not Back Down,’ "
        "Chair Says\n\nOpponents said",
    )
    parsed = parse_paste(text)
    assert parsed.related_stories == (
        "Mayor Says Budget Vote Was Fair",
        "Council ‘Will Not Back Down,’ Chair Says",
    )
    assert "Related Stories" in parsed.boilerplate_removed
    assert len(parsed.paragraphs) == 3


@pytest.mark.parametrize("heading", ["Related", "More on this story", "Read more:", "See also"])
def test_related_headings(heading):
    text = article("By Jane Doe") + f"\n{heading}\nMayor Defends Budget Vote\nWhat Comes Next\n"
    parsed = parse_paste(text)
    assert parsed.related_stories == ("Mayor Defends Budget Vote", "What Comes Next")
    assert len(parsed.paragraphs) == 3


def test_read_more_inline_link():
    text = article("By Jane Doe").replace(
        "Opponents said", "Read more: Mayor Defends Budget Vote\n\nOpponents said"
    )
    parsed = parse_paste(text)
    assert parsed.related_stories == ("Mayor Defends Budget Vote",)
    assert len(parsed.paragraphs) == 3


def test_read_more_after_a_teaser_title():
    text = article("By Jane Doe").replace(
        "Opponents said",
        "Council says budget deficit is nearly closed Read more\n\nOpponents said",
    )
    parsed = parse_paste(text)
    assert parsed.related_stories == ("Council says budget deficit is nearly closed",)
    assert len(parsed.paragraphs) == 3
    # a sentence that ends before "Read more" is the article's own
    text = article("By Jane Doe").replace(
        "Opponents said", "She writes weekly. Read more opinion on our site.\n\nOpponents said"
    )
    assert parse_paste(text).related_stories == ()


def test_a_related_heading_run_into_its_story_title():
    text = article("By Jane Doe").replace(
        "Opponents said",
        "Related Coverage Mayor declines to say if he will veto the budget\n\nOpponents said",
    )
    parsed = parse_paste(text)
    assert parsed.related_stories == ("Mayor declines to say if he will veto the budget",)
    assert len(parsed.paragraphs) == 3
    # a sentence of the article that opens with the words stays
    text = article("By Jane Doe").replace(
        "Opponents said", "Related stories ran in the paper for weeks.\n\nOpponents said"
    )
    assert parse_paste(text).related_stories == ()


def test_sentences_after_a_related_heading_are_body():
    text = article("By Jane Doe").replace(
        "Opponents said", "Related\n\nThe vote followed months of talks.\n\nOpponents said"
    )
    parsed = parse_paste(text)
    assert parsed.related_stories == ()
    assert "The vote followed months of talks." in parsed.paragraphs


# --- plain text without metadata ---------------------------------------------------------------


def test_plain_text_first_line_is_title():
    parsed = parse_paste("Council passes budget.\n\n" + BODY)
    assert parsed.title == "Council passes budget"
    assert parsed.published is None and parsed.source is None and parsed.dek == ""
    assert len(parsed.paragraphs) == 3
    assert parsed.warnings == ()


@pytest.mark.parametrize(
    ("line", "title", "source"),
    [
        (
            "Talks resume in the capital | Example News",
            "Talks resume in the capital",
            "Example News",
        ),
        ("Talks resume in the capital - Reuters", "Talks resume in the capital", "Reuters"),
        ("Trump - Putin talks - what we know", "Trump - Putin talks - what we know", None),
        ("Ukraine-Russia talks resume", "Ukraine-Russia talks resume", None),
    ],
)
def test_outlet_after_the_headline(line, title, source):
    parsed = parse_paste(line + "\n\n" + BODY)
    assert (parsed.title, parsed.source) == (title, source)


def test_single_newline_paragraphs():
    parsed = parse_paste("Council passes budget\n" + BODY.replace("\n\n", "\n"))
    assert len(parsed.paragraphs) == 3


def test_hard_wrapped_text_is_joined():
    sentence = "The council approved the new budget plan after a long debate in the chamber"
    wrapped = "\n".join([sentence[:40], sentence[40:] + " and then"] * 1)
    lines = ("word " * 14).strip()
    # (four different paragraphs: one printed twice in a row is a caption's copy)
    paragraphs = [
        "\n".join([lines + " and", "then " + lines, f"more {n} " + lines + "."]) for n in range(4)
    ]
    text = "Council passes budget\n\n" + "\n\n".join(paragraphs)
    parsed = parse_paste(text)
    assert len(parsed.paragraphs) == 4, wrapped
    assert parsed.paragraphs[0].startswith(lines + " and then")


def test_a_long_first_sentence_is_not_a_title():
    lede = (
        "The council approved a budget plan on Tuesday that its members say will reshape local "
        "services for years, after a debate in the chamber that ran well past midnight."
    )
    parsed = parse_paste(lede + "\n\n" + BODY)
    assert parsed.paragraphs[0] == lede
    assert parsed.title.startswith("The council approved") and len(parsed.title) <= 200
    assert parsed.warnings


def test_markdown_headings_run_is_dropped_single_heading_kept():
    text = "Council passes budget\n\n## What was agreed\n\n## What comes next\n\n" + BODY.replace(
        "Opponents said", "## The opposition\n\nOpponents said"
    )
    parsed = parse_paste(text)
    assert "What was agreed" not in " ".join(parsed.paragraphs)
    assert "The opposition" in parsed.paragraphs
    assert len(parsed.paragraphs) == 4


def test_overrides_win():
    when = dt.datetime(2024, 1, 2, 3, 4, 5)
    parsed = parse_paste(
        article("By Jane Doe, Reuters | March 12, 2025"),
        title="Given Title",
        source="Given Source",
        published=when,
        url="https://example.com/a",
    )
    assert (parsed.title, parsed.source, parsed.published, parsed.url) == (
        "Given Title", "Given Source", when, "https://example.com/a",
    )  # fmt: skip
    # The paste's own title line is recognised as the title, not kept as a paragraph.
    assert parsed.paragraphs[0].startswith("The council approved")


def test_given_title_and_a_differently_worded_headline_line():
    text = "Council Backs Budget Plan Again\n\nBy Jane Doe | Reuters\n\n" + BODY
    parsed = parse_paste(text, title="Budget plan passes first council vote")
    assert parsed.title == "Budget plan passes first council vote"
    assert parsed.paragraphs[0].startswith("The council approved")
    assert parsed.byline == "Jane Doe"


def test_given_title_does_not_swallow_a_body_sentence_that_starts_like_it():
    parsed = parse_paste("Council approves budget after a long debate.\n\nMore text here.",
                         title="Council approves budget")  # fmt: skip
    assert parsed.paragraphs[0] == "Council approves budget after a long debate."


def test_aware_override_becomes_naive_utc():
    when = dt.datetime(2025, 3, 12, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert parse_paste(BODY, published=when).published == dt.datetime(2025, 3, 12, 21, 0)


def test_no_recognisable_title_uses_first_line_truncated():
    long_line = "word " * 100
    parsed = parse_paste(long_line + "\n\nSecond paragraph here.")
    assert len(parsed.title) <= 200
    assert parsed.title.startswith("word word")
    assert parsed.warnings
    assert parsed.paragraphs[0] == long_line.strip()


# --- HTML --------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Budget passes | The Daily Courier</title>
<meta property="og:title" content="Budget plan passes first vote">
<meta property="og:site_name" content="The Daily Courier">
<meta property="article:published_time" content="2025-03-12T21:07:48+01:00">
<meta name="author" content="Jane Doe">
<script>var s = "<p>not article text</p>";</script><style>p { color: red }</style></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World news</a></nav></header>
<main><article><header><h1>Budget plan passes first vote</h1>
<p class="standfirst">Members say the deal is close.</p><p>By Jane Doe | The Daily Courier</p>
</header>
<p>The council approved the <a href="https://example.org/plan" onclick="x()">budget plan</a>
on Tuesday after a <em>long</em> debate.</p>
<figure><img src="x.jpg" onerror="alert(1)"><figcaption>Members vote (Getty Images)</figcaption>
</figure>
<div hx-get="/x" hx-trigger="load">Opponents promised to appeal the decision.</div>
<h2>What happens next</h2><ul><li>A second vote in April.</li><li>A review in May.</li></ul>
<aside><h3>Related</h3><ul><li><a href="/a">Other Story</a></li></ul></aside>
<form><input name="q"><button>Search the site</button></form>
<iframe src="https://example.net/embed"></iframe><p>Advertisement</p>
</article></main><footer>Contact us. © 2025 The Daily Courier</footer></body></html>"""


def test_html_page():
    parsed = parse_paste(PAGE)
    assert parsed.is_html
    assert parsed.title == "Budget plan passes first vote"
    assert parsed.source == "The Daily Courier"
    assert parsed.byline == "Jane Doe"
    assert parsed.published == dt.datetime(2025, 3, 12, 21, 7, 48)
    assert parsed.dek == "Members say the deal is close."
    assert parsed.paragraphs == (
        "The council approved the budget plan on Tuesday after a long debate.",
        "Opponents promised to appeal the decision.",
        "What happens next",
        "A second vote in April.",
        "A review in May.",
    )
    html = parsed.sanitized_html
    assert '<a href="https://example.org/plan" rel="nofollow noopener">budget plan</a>' in html
    assert "<h2>What happens next</h2><ul><li>A second vote in April.</li>" in html
    for gone in ("Home", "Search", "Other Story", "Contact", "not article", "hx-", "onclick"):
        assert gone not in html and not any(gone in p for p in parsed.paragraphs), gone


def test_html_fragment_of_paragraphs():
    parsed = parse_paste("<p>Council passes budget</p><p>The vote was close.</p><p>Two more.</p>")
    assert parsed.is_html
    assert parsed.title == "Council passes budget"
    assert parsed.paragraphs == ("The vote was close.", "Two more.")
    assert parsed.sanitized_html == "<p>The vote was close.</p><p>Two more.</p>"


def test_html_standfirst_marked_by_class_needs_no_byline():
    parsed = parse_paste(
        '<article><h1>Talks resume</h1><p class="article-dek">Both sides see progress.</p>'
        "<p>Negotiators met again after a week-long pause, officials from both sides said.</p>"
        "<p>Second paragraph.</p></article>"
    )
    assert parsed.dek == "Both sides see progress."
    assert parsed.paragraphs[0].startswith("Negotiators")


def test_html_double_line_breaks_separate_paragraphs_and_json_ld_metadata():
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Talks resume", "datePublished": "2025-03-12T21:07:48Z", '
        '"author": [{"name": "Jane Doe"}], "publisher": {"name": "Example Wire"}}</script>'
        "</head><body><div>First line of text.<br>\n<br>Second paragraph.<br>Same one."
        "<br/><br/>Third.</div></body></html>"
    )
    parsed = parse_paste(page)
    assert (parsed.title, parsed.byline, parsed.source) == (
        "Talks resume",
        "Jane Doe",
        "Example Wire",
    )
    assert parsed.published == dt.datetime(2025, 3, 12, 21, 7, 48)
    assert parsed.paragraphs == ("First line of text.", "Second paragraph. Same one.", "Third.")
    assert "<p>Second paragraph.<br>Same one.</p>" in parsed.sanitized_html


def test_html_without_article_uses_body_and_drops_chrome():
    page = (
        "<html><body><nav>Menu Sections</nav><h1>Title here</h1><div><p>Body one.</p>"
        "<p>Body two.</p></div><footer>Footer words</footer></body></html>"
    )
    parsed = parse_paste(page)
    assert parsed.title == "Title here"
    assert parsed.paragraphs == ("Body one.", "Body two.")


def test_html_site_furniture_by_class_and_link_density():
    page = (
        '<html><head><meta property="og:site_name" content="Example Post"></head><body>'
        '<div class="site-header"><ul class="menu"><li><a href="/">Home</a></li></ul></div>'
        '<div class="cookie-banner"><p>We use cookies to improve your visit.</p></div>'
        '<div id="content"><h1>Talks resume in the capital</h1>'
        '<div class="byline">By Jane Doe and John Roe</div><div>March 12, 2025</div>'
        "<p>Negotiators met again after a week-long pause, officials from both sides said.</p>"
        '<div class="share-tools"><a href="#">Facebook</a> <a href="#">Email</a></div>'
        '<p><a href="/other">Another story about the talks is here</a></p>'
        '<h3>Related</h3><ul><li><a href="/a">Envoy Heads Home Empty-Handed</a></li>'
        '<li><a href="/b">What the Deal Would Mean</a></li></ul>'
        "<p>A third round is planned for next month.</p></div>"
        '<div class="comments"><p>First comment, great article about the talks!</p></div>'
        "</body></html>"
    )
    parsed = parse_paste(page)
    assert parsed.title == "Talks resume in the capital"
    assert (parsed.byline, parsed.source) == ("Jane Doe and John Roe", "Example Post")
    assert parsed.published == dt.datetime(2025, 3, 12)
    assert parsed.paragraphs == (
        "Negotiators met again after a week-long pause, officials from both sides said.",
        "A third round is planned for next month.",
    )
    assert parsed.related_stories == ("Envoy Heads Home Empty-Handed", "What the Deal Would Mean")


@pytest.mark.parametrize(
    ("text", "is_html"),
    [
        ("<p>One</p>", True),
        ("  <!DOCTYPE html><html><body>x</body></html>", True),
        ("Intro words <div>a</div> and <br> more", True),
        ("Write <name of movie> here", False),
        ("a < b > c", False),
        ("Use the <b> key", False),
    ],
)
def test_html_detection(text, is_html):
    assert looks_like_html(text) is is_html


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    ["", "   \n\t  ", b"", "\u200b\u00a0\n", "<div></div><span> </span>", "!!! ... ???", "<<<<"],
)
def test_unusable_pastes_raise_paste_error(raw):
    with pytest.raises(PasteError) as info:
        parse_paste(raw)
    assert str(info.value)


def test_too_large():
    assert MAX_PASTE_BYTES == 2 * 1024 * 1024
    with pytest.raises(PasteError, match="too large"):
        parse_paste("a" * (MAX_PASTE_BYTES + 1))
    with pytest.raises(PasteError, match="too large"):
        parse_paste(b"Title\n\nBody text.", max_bytes=10)
    assert parse_paste("Title\n\nBody text.", max_bytes=100).paragraphs == ("Body text.",)


def test_bytes_decoding():
    text = "Café talks\r\n\r\n“Quoted” words – here.\r\n"
    assert parse_paste(("\ufeff" + text).encode("utf-8")).title == "Café talks"
    assert parse_paste(("\ufeff" + text).encode("utf-8")).warnings == ()
    cp = parse_paste(text.encode("cp1252"))
    assert cp.paragraphs == ("“Quoted” words – here.",)
    assert cp.warnings
    assert parse_paste(text.encode("utf-16")).paragraphs == ("“Quoted” words – here.",)
    latin = parse_paste("Café talks\n\nBody \x81 text.".encode("latin-1"))
    assert latin.title == "Café talks"
    assert any("Latin-1" in w for w in latin.warnings)


def test_normalisation():
    raw = "Title\u200b here\r\rFirst\u00a0para\x00graph\u200d.\r\nSecond  line.\u2028Third."
    parsed = parse_paste(raw)
    assert parsed.title == "Title here"
    assert parsed.paragraphs == ("First paragraph.", "Second line.", "Third.")


def test_lone_surrogates_do_not_crash():
    parsed = parse_paste("Title\n\nBroken \ud800 text.")
    assert parsed.paragraphs == ("Broken \ufffd text.",)


@pytest.mark.parametrize(
    "raw",
    [
        "word " * 200_000,
        "<" * 1_000_000,
        '"' * 1_000_000,
        "<!--" * 250_000,
        "<p>" + "<" * 1_000_000,
        "<div>" * 200_000,
        "Title\n\nBy " + "Jane " * 200_000,
        "Title\n\n" + "(Photo by " * 100_000,
    ],
    ids=["words", "lt", "quotes", "comments", "p-lt", "divs", "byline", "credits"],
)
def test_hostile_sizes_finish_quickly(raw):
    started = time.perf_counter()
    with contextlib.suppress(PasteError):
        parse_paste(raw)
    assert time.perf_counter() - started < bound(5)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.binary(max_size=300)))
def test_only_paste_error_ever_escapes(raw):
    try:
        parsed = parse_paste(raw)
    except PasteError:
        return
    assert parsed.title and isinstance(parsed.paragraphs, tuple)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div>",
                "<a href='x'>",
                "<!--",
                "-->",
                "<b>",
                "Words ",
                "&lt;",
                "<script>",
                "</script>",
                "\n\n",
                "By Jane Doe",
                "March 3, 2025",
                "Related",
                "<h1>",
                "</h1>",
                "<article>",
                "<",
                ">",
                '"',
            ]
        ),
        max_size=40,
    )
)
def test_only_paste_error_for_markup_soup(parts):
    with contextlib.suppress(PasteError):
        parse_paste("".join(parts))


# --- fingerprint --------------------------------------------------------------------------------


def test_fingerprint_ignores_whitespace_quotes_and_boilerplate():
    a = parse_paste(article("By Jane Doe"))
    b = parse_paste(
        "Advertisement\r\n\r\n  Council Passes   Budget Plan After Long Debate\r\n\r\n"
        + BODY.replace("“", '"').replace("”", '"').replace("\n\n", "\r\n\r\nShare\r\n\r\n")
        + "\r\nRead Entire Article"
    )
    assert content_fingerprint(a) == content_fingerprint(b)
    assert len(content_fingerprint(a)) == 64


def test_fingerprint_changes_with_the_text():
    a = parse_paste(article("By Jane Doe"))
    b = parse_paste(article("By Jane Doe").replace("Tuesday", "Wednesday"))
    assert content_fingerprint(a) != content_fingerprint(b)


# --- flattened pages: furniture inside paragraphs ------------------------------------------

TOWN = (
    "The town council of Eastbrook approved a new bridge on Monday after a long debate. "
    "Mayor Anna Keller said the work would start in the spring and last two years. "
    "“We have waited for this bridge for a decade,” Keller told reporters after the vote. "
    "Opponents said the plan was too expensive and promised to appeal the decision."
)


def body_of(paste: str) -> str:
    return " ".join(parse_paste(paste, title="Eastbrook Approves New Bridge").paragraphs)


def assert_town_kept(body: str) -> None:
    for sentence in TOWN.split(". "):
        assert sentence.rstrip(".") in body


def test_a_flattened_page_gets_its_paragraphs_back():
    # A scraper joined the lines of the page with runs of spaces.
    filler = " ".join(["The council met in the old hall, as it has done for many years."] * 12)
    paste = f"{TOWN}     {filler}     Keller thanked the residents who came to the meeting."
    parsed = parse_paste(paste, title="Eastbrook Approves New Bridge")
    assert parsed.paragraphs == (
        TOWN,
        filler,
        "Keller thanked the residents who came to the meeting.",
    )


def test_syndication_and_copyright_furniture_is_cut_out_of_a_paragraph():
    paste = (
        "This material may not be published, broadcast, rewritten, or redistributed. "
        "©2025 Example News Network, LLC. All rights reserved. Quotes displayed in real-time or "
        "delayed by at least 15 minutes. Market data provided by Quotefeed. " + TOWN + " "
        "Copyright 2025 Example Broadcasting. All rights reserved. Example Broadcasting is not "
        "responsible for the content of external sites. Read about our approach to external "
        "linking."
    )
    parsed = parse_paste(paste, title="Eastbrook Approves New Bridge")
    assert parsed.paragraphs == (TOWN,)
    removed = " ".join(parsed.boilerplate_removed)
    assert "may not be published" in removed
    assert "Market data provided by Quotefeed." in removed
    assert "not responsible for the content of external sites" in removed


@pytest.mark.parametrize(
    "furniture",
    [
        "Notifications can be managed in browser preferences.",
        "To view this video please enable JavaScript, and consider upgrading to a web browser "
        "that supports HTML5 video",
        "Please view the main text area of the page by skipping the main menu.",
        "You have 62.5% of this article left to read. The rest is for subscribers only.",
        "Sign up for our Weekly Roundup newsletter to get the top stories every Friday.",
        "Toll-free (Canada only): 1-800-555-0100",
    ],
)
def test_furniture_phrases_are_cut_wherever_they_stand(furniture):
    half = len(TOWN) // 2
    cut = TOWN.index(". ", half) + 2
    paste = TOWN[:cut] + furniture + " " + TOWN[cut:]
    parsed = parse_paste(paste, title="Eastbrook Approves New Bridge")
    assert parsed.paragraphs == (TOWN,)
    assert parsed.boilerplate_removed


def test_contact_lines_and_editor_notes_at_the_end_are_cut():
    paste = (
        TOWN + " Jane Doe is a reporter based in Eastbrook. She can be reached at "
        "jane.doe@example.com or on X @janedoe. John Roe contributed reporting. "
        "Edited by: Mark Smith"
    )
    body = body_of(paste)
    assert_town_kept(body)
    assert "reached at" not in body and "contributed" not in body and "Edited" not in body
    assert "Jane Doe is a reporter based in Eastbrook." in body  # a sentence, kept


def test_a_photo_caption_with_its_credit_is_cut_out_of_a_paragraph():
    paste = (
        "Mayor Anna Keller said the work would start in the spring. Residents gather outside "
        "the town hall in Eastbrook, March 3, 2025. (Credit: REUTERS/John Roe) The bridge will "
        "cost about 40 million dollars, officials said. Anna Keller speaks to reporters on "
        "Monday (AP Photo/Mary Major) Opponents promised to appeal the decision."
    )
    body = body_of(paste)
    assert "Residents gather" not in body and "Credit" not in body
    assert "speaks to reporters" not in body and "AP Photo" not in body
    assert body == (
        "Mayor Anna Keller said the work would start in the spring. The bridge will cost about "
        "40 million dollars, officials said. Opponents promised to appeal the decision."
    )


def test_an_upper_case_headline_run_is_cut_and_the_next_sentence_kept():
    paste = (
        "“We will appeal,” Keller said. MAYOR AND COUNCIL CLASH OVER BRIDGE BUDGET: ‘WE "
        "WANT ANSWERS’ U.S. officials said they would watch the case. EASTBROOK (AP) — The "
        "NATO summit and the EU talks were not affected."
    )
    parsed = parse_paste(paste, title="Eastbrook Approves New Bridge")
    body = " ".join(parsed.paragraphs)
    assert "CLASH" not in body
    assert "U.S. officials said they would watch the case." in body
    assert "EASTBROOK (AP) — The NATO summit and the EU talks were not affected." in body
    assert any("CLASH" in item for item in parsed.boilerplate_removed)


def test_watch_teasers_up_to_the_copyright_line_are_cut():
    paste = (
        TOWN + "\n\nWatch: How the new bridge will look. Bob Stone says the mayor should "
        "resign over the budget. Carla West on what the vote means for the town. Watch: The "
        "council in sixty seconds. Copyright 2025 Example Broadcasting. All rights reserved."
    )
    parsed = parse_paste(paste, title="Eastbrook Approves New Bridge")
    assert parsed.paragraphs == (TOWN,)
    assert "Bob Stone says the mayor should resign over the budget." in parsed.boilerplate_removed


def test_teasers_after_a_follow_prompt_are_cut_across_paragraphs():
    paste = (
        f"{TOWN}\n\nFollow us on Twitter @ExampleNews, on Facebook at Example News or on "
        "Instagram at examplenews The harbour reopened after the storm. A new school opens "
        "in the north of the county.\n\nFarmers on why they are protesting.\n\n"
        "Copyright 2025 Example Broadcasting. All rights reserved."
    )
    parsed = parse_paste(paste, title="Eastbrook Approves New Bridge")
    assert parsed.paragraphs == (TOWN,)
    assert "Farmers on why they are protesting." in parsed.boilerplate_removed


def test_sentences_before_a_copyright_line_stay_without_a_prompt():
    paste = f"{TOWN}\n\nThe harbour reopened after the storm.\n\nCopyright 2025 Example News."
    parsed = parse_paste(paste, title="Eastbrook Approves New Bridge")
    assert parsed.paragraphs == (TOWN, "The harbour reopened after the storm.")


def test_an_appeal_for_donations_is_cut():
    appeal = (
        "From schools to hospitals, Example News is there when the story breaks. We know how "
        "much facts matter. Your donation keeps our reporters on the ground. We choose not "
        "to put our journalism behind paywalls. We believe quality journalism should be free."
    )
    parsed = parse_paste(f"{appeal} {TOWN}", title="Eastbrook Approves New Bridge")
    assert parsed.paragraphs == (TOWN,)
    one = f"{TOWN} The charity said every donation would go to the families."
    assert parse_paste(one, title="Eastbrook Approves New Bridge").paragraphs == (one,)


def test_a_run_of_related_headlines_is_cut():
    headlines = " ".join(
        f"Town {word} votes on new park plan In the north, farmers wait for rain"
        for word in ("Ashford", "Brookfield", "Carlton", "Dunmore", "Elmwood", "Fairview",
                     "Glenrock", "Hillcrest", "Ivybridge", "Juniper", "Kingsley", "Lakeside",
                     "Milford", "Northam")
    )  # fmt: skip
    paste = f"{headlines}     4 min read  Subscribers only {TOWN}     Subscription     Follow us"
    parsed = parse_paste(paste, title="Eastbrook Approves New Bridge")
    assert parsed.paragraphs == (TOWN,)
    removed = parsed.boilerplate_removed
    assert "Subscribers only" in removed and "4 min read" in removed and "Follow us" in removed


@pytest.mark.parametrize(
    "sentence",
    [
        "Copyright lawsuits were filed against the firm on Monday.",
        "Watch the video of the vote on the council website, Keller said.",
        "The NATO and EU officials met the U.S. envoy in Eastbrook.",
        "The council said residents can be proud of the bridge.",
    ],
)
def test_article_sentences_that_resemble_furniture_are_kept(sentence):
    paste = f"{TOWN} {sentence} Keller thanked the residents."
    parsed = parse_paste(paste, title="Eastbrook Approves New Bridge")
    assert parsed.paragraphs == (paste,)


def test_typed_double_spaces_after_full_stops_are_no_paragraph_breaks():
    text = "Budget talks\n\n" + (
        "Anna Keller, the mayor, met officials in Bergen on Monday to discuss the budget.  " * 13
        + "“We will not accept this deal.  It is bad for the city,” Keller said."
    )
    parsed = parse_paste(text)
    assert len(parsed.paragraphs) == 1


def test_a_flattened_page_is_not_split_inside_an_open_quote():
    line = (
        "Anna Keller, the mayor, met officials in Bergen on Monday about the budget.   " * 12
        + "“We will not accept this deal,   not now and not later,” Keller said."
    )
    parsed = parse_paste("Budget talks\n\n" + line)
    quoted = [p for p in parsed.paragraphs if "“" in p]
    assert len(quoted) == 1 and quoted[0].endswith("Keller said.")


def test_a_flattened_page_is_not_split_before_a_lower_case_word():
    # A stray double space inside a straight-quoted sentence is no lost paragraph break.
    filler = " ".join(["The council met in the old hall, as it has done for many years."] * 12)
    quote = '"We were told about the plan in June. We  even might have agreed," Keller said.'
    parsed = parse_paste(f"{TOWN}     {filler}     {quote}", title="Eastbrook Approves New Bridge")
    assert parsed.paragraphs[:2] == (TOWN, filler)
    assert parsed.paragraphs[2:] == (quote.replace("  ", " "),)


@pytest.mark.parametrize(
    "sentence",
    [
        "The paper made its archive available to subscribers only.",
        "It said all rights reserved by the city would be sold.",
        "The mayor can be reached at city hall most days, officials said.",
    ],
)
def test_furniture_words_inside_article_sentences_stay(sentence):
    parsed = parse_paste(f"Archive news\n\nKeller spoke on Monday. {sentence} Then she left.")
    assert sentence in parsed.paragraphs[0]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            'It might help."Local care matters," Dorn said. "We know it."The town agreed.',
            'It might help. "Local care matters," Dorn said. "We know it." The town agreed.',
        ),
        (
            'He called it a "fire" that could "get out of hand."On Monday she left.',
            'He called it a "fire" that could "get out of hand." On Monday she left.',
        ),
        # A quote over flattened paragraphs: the glued mark opens its next paragraph.
        (
            'She warned: "It is the worst case of all."And if not that, what?" The mayor left.',
            'She warned: "It is the worst case of all. "And if not that, what?" The mayor left.',
        ),
    ],
)
def test_a_quote_mark_glued_after_a_full_stop_gets_its_space_back(line, expected):
    assert parse_paste(f"Town news\n\n{line}").paragraphs == (expected,)


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        (
            "Prosecutors met on Monday at Marek Tower. Marek's lawyer Ana Ruiz said the case was "
            "a witch hunt and would be dismissed, she said. See MORE on the trial below.",
            "Marek's lawyer Ana Ruiz said",
        ),
        (
            "The fund raised $40 million in its first week. Sheldon Adelson and Miriam Adelson "
            "contributed. Other donors gave less.",
            "Sheldon Adelson and Miriam Adelson contributed.",
        ),
    ],
)
def test_review_cases_text_that_only_looks_like_a_card_or_a_credit_stays(paragraph, words):
    parsed = parse_paste("Trial news\n\n" + paragraph)
    assert words in " ".join(parsed.paragraphs)


@pytest.mark.parametrize(
    "box",
    [
        "Morning Budget Your guide to the city's money, weekday mornings, in your inbox. Email "
        "Sign Up By signing up you agree to receive email newsletters or alerts from the "
        "Gazette. You can unsubscribe at any time. This site is protected by reCAPTCHA and the "
        "Google Privacy Policy and Terms of Service apply.",
        "Get the Gazette stories you care about delivered to your inbox. By signing up, you "
        "agree to our Privacy Policy",
        "Let our news meet your inbox. The stories that matter, delivered weekday mornings. "
        "This site is protected by recaptcha",
    ],
)
def test_newsletter_signup_box_is_boilerplate(box):
    assert_removed_between_paragraphs(box)


def assert_removed_between_paragraphs(residue):
    """``residue`` pasted after the first body paragraph is listed as boilerplate and the
    body comes out whole."""
    paragraphs = BODY.strip().split("\n\n")
    head = ["Council Passes Budget Plan After Long Debate", "By Jane Doe", paragraphs[0]]
    parsed = parse_paste("\n\n".join([*head, residue, *paragraphs[1:]]))
    assert residue in parsed.boilerplate_removed
    assert list(parsed.paragraphs) == paragraphs


def test_paragraph_about_signing_up_is_kept():
    said = (
        "“You can unsubscribe at any time,” the clerk said of the city's new alert service, "
        "which residents join by signing up on its website."
    )
    text = "\n\n".join(["Council Passes Budget Plan After Long Debate", "By Jane Doe", said, BODY])
    assert said in parse_paste(text).paragraphs


@pytest.mark.parametrize(
    "caption",
    [
        "JUST WATCHED Lund: The budget is not a talking point Replay More Videos ... MUST WATCH "
        "Lund: The budget is not a talking point 01:08",
        "JUST WATCHED Council explains the vote Replay More Videos ... MUST WATCH Council "
        "explains the vote 03:23 JUST WATCHED Berg on taxes Replay More Videos ... MUST WATCH "
        "Berg on taxes 05:21",
        "Photos: Photos: The council at work Photos: Photos: The council at work – Mayor Tom "
        "Berg opens the session on Monday. Hide Caption 1 of 2 Photos: Photos: The council at "
        "work – “We will vote today,” Anna Lund said. Hide Caption 2 of 2",
        "Facebook Twitter Pinterest Officers detain a suspect as they conduct an operation in"
        " Oslo. Photograph: Jane Doe/Reuters",
    ],
)
def test_video_player_captions_are_boilerplate(caption):
    assert_removed_between_paragraphs(caption)


def test_a_paragraph_about_watching_a_replay_is_kept():
    line = "“I just watched the replay,” Lund said, “and more videos of the vote must be shown.”"
    text = "\n\n".join(["Council Passes Budget Plan After Long Debate", "By Jane Doe", line, BODY])
    assert line in parse_paste(text).paragraphs


def test_a_story_highlights_line_is_page_residue():
    raw = article("By John Roe") + "\n\nStory highlights The council passed the plan 7 to 2"
    parsed = parse_paste(raw)
    assert parsed.paragraphs
    assert not any(p.lower().startswith("story highlights") for p in parsed.paragraphs)
    assert any(r.lower().startswith("story highlights") for r in parsed.boilerplate_removed)


def test_an_appeal_keeps_no_opening_sentences_after_other_page_text():
    # three sentences of something else before it: the appeal's first two sentences (the
    # outlet's name, its "we") go with the ones that ask for money
    appeal = (
        "Readers may browse the archive by year. Older stories load slowly. Some pages have "
        "moved. From schools to hospitals, Example News is there when the story breaks. "
        "Whether it is a budget or a flood, we know how much facts matter. Your donation "
        "keeps our reporters on the ground. Example News is trusted across the spectrum. We "
        "believe quality journalism should be free."
    )
    parsed = parse_paste(f"{appeal} {TOWN}", title="Eastbrook Approves New Bridge")
    text = " ".join(parsed.paragraphs)
    assert "Example News" not in text and "facts matter" not in text
    assert TOWN in text and "Some pages have moved." in text


@pytest.mark.parametrize(
    "teaser",
    [
        "( Also on EXAMPLE NEWS: Keller, Hale clash over the bridge)",
        "(PHOTOS: Tom Hale and Anna Keller at the harbour)",
        "( WATCH: Gov. Keller talks budget cuts)",
    ],
)
def test_a_teaser_line_in_brackets_is_cut(teaser):
    paste = f"{TOWN}\n\n{teaser}\n\nThe harbour reopened after the storm."
    parsed = parse_paste(paste, title="Eastbrook Approves New Bridge")
    assert parsed.paragraphs == (TOWN, "The harbour reopened after the storm.")
    assert teaser.strip("( )").split(":")[0] in " ".join(parsed.boilerplate_removed)


def test_a_bracketed_aside_of_the_article_is_kept():
    # (a guard: a colon inside brackets is no teaser by itself)
    aside = "(The council met again on Tuesday: the vote was postponed.)"
    paste = f"{TOWN}\n\n{aside}"
    assert parse_paste(paste, title="Eastbrook Approves New Bridge").paragraphs == (TOWN, aside)


def test_a_sentence_about_the_us_before_an_appeal_stays():
    # "US" (the country) is not the outlet's "us": the article's sentence before the appeal
    # keeps its place, only the appeal goes
    before = "Readers may browse the archive. Older stories load slowly. The US will send aid."
    appeal = (
        "Your donation keeps our reporters on the ground. We choose not to put our "
        "journalism behind paywalls. We believe quality journalism should be free."
    )
    parsed = parse_paste(f"{before} {appeal} {TOWN}", title="Eastbrook Approves New Bridge")
    text = " ".join(parsed.paragraphs)
    assert "The US will send aid." in text and "donation" not in text


CAPTIONS = [
    f"Mayor Tom Berg opens session {n} of the council on Monday in the chamber, as aides look on."
    for n in range(1, 4)
]


def test_a_paragraph_printed_twice_in_a_row_keeps_one_copy():
    paragraphs = BODY.strip().split("\n\n")
    head = ["Council Passes Budget Plan After Long Debate", "By Jane Doe"]
    parsed = parse_paste("\n\n".join([*head, paragraphs[0], *paragraphs[1:2] * 2, paragraphs[2]]))
    assert list(parsed.paragraphs) == paragraphs
    assert paragraphs[1] in parsed.boilerplate_removed


def test_a_gallery_of_captions_printed_twice_is_page_residue():
    paragraphs = BODY.strip().split("\n\n")
    gallery = [caption for caption in CAPTIONS for _ in range(2)]
    head = ["Council Passes Budget Plan After Long Debate", "By Jane Doe", paragraphs[0]]
    parsed = parse_paste("\n\n".join([*head, *gallery, *paragraphs[1:]]))
    assert list(parsed.paragraphs) == paragraphs
    assert set(CAPTIONS) <= set(parsed.boilerplate_removed)


def test_a_paste_that_is_only_a_gallery_keeps_one_copy_of_each_caption():
    gallery = [caption for caption in CAPTIONS for _ in range(2)]
    parsed = parse_paste("\n\n".join(["Council in Pictures", "By Jane Doe", *gallery]))
    assert list(parsed.paragraphs) == CAPTIONS


def test_link_cards_with_a_space_before_the_headline_are_cut_out():
    # The card repeats the given name, then the full name, a space and other stories' headlines.
    parsed = parse_paste(
        "Speaker Tom Lund Tom Erik Lund Retirees should say no to the ferry plan Mayor dresses"
        " as a viking MORE (R-Ohio) is making the case that the bridge should wait.",
        title="Bridge vote",
    )
    assert parsed.paragraphs == (
        "Speaker Tom Lund (R-Ohio) is making the case that the bridge should wait.",
    )
    # (a name said twice in a sentence, with no "MORE" after it, is text)
    parsed = parse_paste("Tom Lund met Tom Erik Lund Senior at the ferry.", title="Ferry")
    assert parsed.paragraphs == ("Tom Lund met Tom Erik Lund Senior at the ferry.",)


def test_a_wire_photo_caption_with_file_in_its_credit_is_dropped():
    caption = (
        "FILE - In this March 2, 2019, file photo, Foreign Minister Ana Berg warned that any"
        " strike will result in “all-out war.” (AP Photo/Tom Lund, File)"
    )
    parsed = parse_paste(
        article("By Jane Doe").replace("Opponents said", f"{caption}\n\nOpponents said")
    )
    assert not any("AP Photo" in p for p in parsed.paragraphs)
    assert caption in parsed.boilerplate_removed


def test_a_paragraph_that_ends_by_naming_a_photo_is_kept():
    line = "The council voted on Tuesday, Berg said. (The vote was close.)"
    parsed = parse_paste(
        article("By Jane Doe").replace("Opponents said", f"{line}\n\nOpponents said")
    )
    assert line in parsed.paragraphs


def test_words_in_capitals_inside_quote_marks_are_kept_as_text():
    sentence = "One flyer asked, ‘WHO WILL PAY FOR THE NEW BRIDGE?’ and the council had no answer."
    parsed = parse_paste(f"{TOWN}\n\n{sentence}", title="Eastbrook Approves New Bridge")
    assert parsed.paragraphs == (TOWN, sentence)


@pytest.mark.parametrize(
    "furniture",
    [
        "Advertisement Continue reading the main story",
        "Newsletter Sign Up Continue reading the main story",
        "Please verify you're not a robot by clicking the box. Invalid email address. "
        "Please re-enter. You must select a newsletter to subscribe to.",
        "Thank you for subscribing. An error has occurred. Please try again later. "
        "View all Example Times newsletters.",
        "Hale reported from Oslo; Berg reported from Eastbrook.",
        "Hale and Berg reported from Oslo.",
    ],
)
def test_page_and_newsletter_furniture_and_reporting_credits_are_cut(furniture):
    paste = f"{TOWN}\n\n{furniture}\n\nThe harbour reopened after the storm."
    parsed = parse_paste(paste, title="Eastbrook Approves New Bridge")
    assert parsed.paragraphs == (TOWN, "The harbour reopened after the storm.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Keller said the reporters had to sign up to continue reading the main story.",
        "Hale reported from the scene that the bridge was closed.",
        "Reuters reported from Moscow.",
    ],
)
def test_sentences_about_newsletters_and_reporting_stay(sentence):
    parsed = parse_paste(f"{TOWN}\n\n{sentence}", title="Eastbrook Approves New Bridge")
    assert parsed.paragraphs == (TOWN, sentence)
