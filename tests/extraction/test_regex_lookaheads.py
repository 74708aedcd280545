"""The hot patterns open with a lookahead that names every character a match can start with
(a speed device: the regex engine then fails every other position at once). The lookahead
must never change what a pattern finds: for each pattern, text generated to match the
pattern without its lookahead is searched with and without it, and the matches must agree.
A first letter missing from a lookahead ("(?=[bs])" before "said|stated|told") fails here."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.extraction import dates, events, paste, people, quotes, text

# A leading lookahead of first characters: "(?=[A-Z])", "(?=s)", "(?=\\d|(?i:[acef]))".
_LOOKAHEAD = re.compile(
    r"\(\?=(?:\\.|\[(?:\\.|[^\]\\])*\]|\(\?i:(?:\[[^\]]*\]|[^()])*\)|[^()\[\\])*\)"
)


def _without_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern minus its leading "(?=...)" of first characters."""
    found = _LOOKAHEAD.match(pattern.pattern)
    assert found, pattern.pattern[:40]
    return re.compile(pattern.pattern[found.end() :], pattern.flags)


def _found(pattern: re.Pattern[str], value: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(value)]


# Patterns whose own text hypothesis can generate (no lookbehind at their start).
GENERATED = {
    "people._CAPITALISED_PAIR": people._CAPITALISED_PAIR,
    "people._NOMINAL": people._NOMINAL,
    "people._KIN_GIVEN": people._KIN_GIVEN,
    "quotes._NEXT_PRONOUN": quotes._NEXT_PRONOUN,
    "quotes._MADE_CLAIM": quotes._MADE_CLAIM,
    "quotes._CLAIM_FROM": quotes._CLAIM_FROM,
    "quotes._PRONOUN_CLAIM": quotes._PRONOUN_CLAIM,
    "paste._SIGNUP_CONSENT": paste._SIGNUP_CONSENT,
    "dates._FUTURE": dates._FUTURE,
    **{
        f"dates.{resolver.__name__}#{n}": pattern  # type: ignore[attr-defined]
        for n, (pattern, resolver) in enumerate(dates._PATTERNS)
        if pattern.pattern.startswith("(?=")
    },
    **{f"events.{kind}": pattern for kind, pattern in events._TRIGGERS},
}


def test_the_hot_patterns_keep_their_lookaheads():
    # (the speed this file guards is lost silently if a lookahead is dropped)
    assert len([k for k in GENERATED if k.startswith("dates._r_")]) >= 9
    for pattern in [*GENERATED.values(), people._WORD, text._END]:
        assert pattern.pattern.startswith("(?="), pattern.pattern[:40]


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_a_lookahead_never_changes_the_matches(name):
    fast = GENERATED[name]
    plain = _without_lookahead(fast)

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.text(max_size=12), st.from_regex(plain), st.text(max_size=12))
    def check(before: str, match: str, after: str) -> None:
        # (and with the first character's case turned: the lookahead's class is about it)
        for first in {match[:1], match[:1].lower(), match[:1].upper()}:
            value = before + first + match[1:] + after
            assert _found(fast, value) == _found(plain, value), value

    check()


# Patterns that open with a lookbehind: text from their own characters instead.
_PARTICLES = "de da di du van von der den bin ibn al el la le dos del ter".split()  # noqa: SIM905
_GLUED = "al el ad as ash at ar an az".split()  # noqa: SIM905
_NAMEY = st.lists(
    st.sampled_from(
        [*"AaBbDdEeIiLlTtVvRrZz ÉéЖж.-'’_"]
        + [f"{p} " for p in _PARTICLES]
        + [f"{p}-" for p in _GLUED]
        + ["d'", "d’"]
    ),
    max_size=20,
).map("".join)
_ENDY = st.text(alphabet=st.sampled_from(list("ab A.!?\"'”’)]“_9 ")), max_size=40)


@settings(max_examples=400, deadline=None)
@given(_NAMEY)
def test_the_name_scanner_lookahead_never_changes_the_words(value):
    assert _found(people._WORD, value) == _found(_without_lookahead(people._WORD), value)


@settings(max_examples=400, deadline=None)
@given(_ENDY)
def test_the_sentence_end_lookahead_never_changes_the_ends(value):
    assert _found(text._END, value) == _found(_without_lookahead(text._END), value)


def test_the_people_pattern_lookahead_names_every_first_character():
    # built per article from its people's names and aliases, whatever they open with
    from articles.extraction.events import _people_pattern
    from articles.extraction.types import Person

    people = (
        Person("Anna Keller", ("Keller",)),
        Person("Ümit Özkan", ("Özkan",)),
        Person("de Vries", ("Jan de Vries",)),
        Person("[Tom] Lund", ("Lund",)),
        Person("^Odd^ Name", ()),
    )
    fast, _ = _people_pattern(people)
    assert fast is not None
    value = "Anna Keller met Özkan, de Vries and [Tom] Lund; ^Odd^ Name and Jan de Vries spoke."
    found = [m.group() for m in fast.finditer(value)]
    assert found == [
        "Anna Keller", "Özkan", "de Vries", "[Tom] Lund", "^Odd^ Name", "Jan de Vries"
    ]  # fmt: skip
    assert _found(fast, value) == _found(_without_lookahead(fast), value)
