"""Sentence splitting, on sentences written for the tests."""

import pytest

from articles.extraction.text import sentences, split_sentences


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The talks ended. Keller left.", ["The talks ended.", "Keller left."]),
        ("Mr. Keller met Dr. Dahl in the U.S. capital.", ["Mr. Keller met Dr. Dahl in the U.S. capital."]),
        # Pasted text that lost the space after a sentence.
        ("The server was wiped.Keller said so.", ["The server was wiped.", "Keller said so."]),
        ("It was deleted.“No,” Keller said.", ["It was deleted.", "“No,” Keller said."]),
        ('It was erased."Keller said so.', ['It was erased."', "Keller said so."]),
        # "no." ends a sentence unless a number follows ("No. 2")
        ("Keller says no. According to Dahl, it is true.", ["Keller says no.", "According to Dahl, it is true."]),
        ("Keller was the No. 2 official. Dahl was No. 1.", ["Keller was the No. 2 official.", "Dahl was No. 1."]),
    ],
)  # fmt: skip
def test_sentences(paragraph, expected):
    assert sentences(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "He visited Amazon.com on Monday.",
        "Troops left the U.S.Army base at dawn.",
        "Mr.Keller left.",
        "Version 2.0 shipped.",
        # one abbreviated word in parentheses: a state, a party and state, a rank
        "The chief of Baker County (Ore.) Police Tom Berg said so.",
        "Sen. Anna Lund (D-N.Y.) Spoke first.",
        "Gen. Tom Lund (Ret.) Spoke first.",
    ],
)
def test_glued_text_that_is_not_a_sentence_end(paragraph):
    assert sentences(paragraph) == [paragraph]


def test_word_alternation_matches_the_same_words_as_the_plain_alternation():
    import re

    from articles.extraction.text import word_alternation

    words = r"said|says|say|saying|sang|pointed\s+out|added|adds|wrote|wrote in"
    fast = re.compile(r"\b(?:" + word_alternation(words) + r")\b")
    slow = re.compile(r"\b(?:" + words + r")\b")
    for text in [
        "he said it", "she says", "they say so", "saying", "pointed  out", "adds up",
        "sayings", "she sang", "wrote in the letter", "unsaid", "s", "",
    ]:  # fmt: skip
        a, b = fast.search(text), slow.search(text)
        assert (a and (a.start(), a.group())) == (b and (b.start(), b.group())), text


def test_word_alternation_keeps_a_branch_with_a_group_of_alternatives_whole():
    import re

    from articles.extraction.text import word_alternation

    words = r"said|voiced\s+(?:deep\s+)?(?:concern|doubt|fear)(?=\s+that)|x[(|]y|says"
    fast = re.compile(r"\b(?:" + word_alternation(words) + r")\b")
    slow = re.compile(r"\b(?:" + words + r")\b")
    for text in [
        "voiced concern that", "voiced deep doubt that", "voiced concern about", "voiced",
        "concern that", "doubt", "x(y", "x|y", "she says",
    ]:  # fmt: skip
        a, b = fast.search(text), slow.search(text)
        assert (a and (a.start(), a.group())) == (b and (b.start(), b.group())), text


def test_a_post_on_x_ends_a_sentence_but_an_initial_does_not():
    text = "She wrote in a post on X. Vance replied. Malcolm X. Jones agreed."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "She wrote in a post on X.",
        "Vance replied.",
        "Malcolm X. Jones agreed.",
    ]


@pytest.mark.parametrize("contraction", ["didn't", "won’t", "isn't"])
def test_a_contraction_ends_a_sentence_where_an_initial_would_not(contraction):
    text = f"But it {contraction}. Another diplomat said so. John F. Kennedy agreed."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        f"But it {contraction}.",
        "Another diplomat said so.",
        "John F. Kennedy agreed.",
    ]
