"""Sentence splitting, on sentences written for the tests."""

import pytest

from articles.extraction.text import sentences


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The talks ended. Keller left.", ["The talks ended.", "Keller left."]),
        ("Mr. Keller met Dr. Dahl in the U.S. capital.", ["Mr. Keller met Dr. Dahl in the U.S. capital."]),
        # Pasted text that lost the space after a sentence.
        ("The server was wiped.Keller said so.", ["The server was wiped.", "Keller said so."]),
        ("It was deleted.“No,” Keller said.", ["It was deleted.", "“No,” Keller said."]),
        ('It was erased."Keller said so.', ['It was erased."', "Keller said so."]),
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
    ],
)
def test_glued_text_that_is_not_a_sentence_end(paragraph):
    assert sentences(paragraph) == [paragraph]
