"""Sentence splitting and small text helpers shared by the extractors."""

from __future__ import annotations

import re
from functools import lru_cache

# Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "sgt",
    "capt", "st", "jr", "sr", "prof", "rev", "hon", "pres", "vs", "no", "u.s", "u.k", "u.n",
    "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "inc", "corp", "co",
    "ltd", "mt", "ft", "ave", "blvd", "a.m", "p.m", "d.c", "e.u", "etc", "approx", "dept", "est",
    "adm", "cmdr", "supt", "atty", "del", "msgr", "fr", "messrs", "mme", "mlle", "ph.d", "u.s.a",
    "maj", "brig", "cpl", "pvt", "sgts", "lieut", "gens",
}  # fmt: skip
_END = re.compile(
    # (the leading lookahead fails every position but a mark at once: 3x faster)
    r"(?=[.!?])(?:[.!?]+[\"'”’)\]]*(?=\s|$)"
    # Pasted text that lost its spaces: 'erased."Donald', 'emails.Morris thinks'.
    r"|(?<=[a-z]{2})[.!?]+[\"”](?=[“\"A-Z])|(?<=[a-z]{3})[.!?](?=[“\"]?(?:[A-Z][a-z]|_)))"
)
# The word right before a period, looked up in a short window (never the whole sentence).
_LAST_WORD = re.compile(r"([\w.]+)\.$")
_ON_X = re.compile(r"\b(?:on|via|to|from|in)\s+X\.$")
# "Montgomery County (Md.) Police Chief", "Gen. Tom Lund (Ret.) said": one abbreviated word in
# parentheses is part of the sentence.
_BRACKETED_ABBREVIATION = re.compile(r"\([A-Z][\w.-]{0,12}\.$")
_NEXT_OK = "\"'“‘([_"
_WINDOW = 24


def _number_sign_ends(word: str, paragraph: str, end: int) -> bool:
    """ "No. 2" abbreviates "number"; "The president says no. According to ...": a word that
    ends a sentence, when no number follows."""
    return word in _NUMBER_SIGNS and not paragraph[end : end + 2].strip()[:1].isdigit()


_NUMBER_SIGNS = frozenset(["no"])


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences in ``paragraph``.

    A sentence ends at . ! or ? (with closing quotes or brackets) followed by a space and an
    upper-case letter, digit or opening quote; not after known abbreviations or initials. Text
    pasted without its spaces also ends one where a lower-case word runs straight into a
    capitalised one or a quote ("wiped.Morris", 'erased."Donald'); "Amazon.com" does not.
    Linear in the paragraph length; results are cached (the extractors split the same text).
    """
    return list(_split(paragraph))


@lru_cache(maxsize=4096)
def _split(paragraph: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    length = len(paragraph)
    for match in _END.finditer(paragraph):
        end = match.end()
        if match.group().startswith("."):
            window = paragraph[max(start, match.start() - _WINDOW) : match.start() + 1]
            word = _LAST_WORD.search(window)
            if word:
                token = word.group(1).lower()
                if (
                    (token in _ABBREVIATIONS and not _number_sign_ends(token, paragraph, end))
                    or (
                        len(token) == 1
                        and token.isalpha()
                        # "a post on X. Vance said": the platform ends the sentence
                        and not _ON_X.search(window)
                        # "But it didn't. Another diplomat said": a contraction, no initial
                        and window[word.start(1) - 1 : word.start(1)] not in ("'", "’")
                    )
                ):
                    continue
            if match.group().startswith(".)") and _BRACKETED_ABBREVIATION.search(window):
                continue
        rest_at = end
        while rest_at < length and paragraph[rest_at].isspace():
            rest_at += 1
        if rest_at < length:
            first = paragraph[rest_at]
            if not (first.isupper() or first.isdigit() or first in _NEXT_OK):
                continue
        if paragraph[start:end].strip():
            spans.append((start, end))
        start = rest_at
    if start < length and paragraph[start:].strip():
        spans.append((start, len(paragraph.rstrip())))
    return tuple(spans)


def sentences(paragraph: str) -> list[str]:
    return [paragraph[a:b] for a, b in split_sentences(paragraph)]


_PLAIN_WORD = re.compile(r"[a-z'’-]+")


def _top_level_branches(alternation: str) -> list[str]:
    """The branches of a regex alternation: split at the bars outside groups and classes."""
    branches, depth, start, escaped, in_class = [], 0, 0, False, False
    for index, char in enumerate(alternation):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(alternation[start:index])
            start = index + 1
    branches.append(alternation[start:])
    return branches


def word_alternation(alternation: str) -> str:
    """The same alternation of words ("said|says|say|pointed\\s+out"), its plain words
    regrouped as a prefix tree ("sa(?:id|y(?:s)?)") that Python's regex engine tries in one
    pass instead of word by word. Used between word boundaries, so it matches the same
    words; plain words come first, as the lists put a word before its longer phrases
    ("said" before "said in"). A branch may hold a group with alternatives of its own
    ("voiced\\s+(?:concern|doubt)"): only the top-level bars separate branches."""
    words = list(dict.fromkeys(_top_level_branches(alternation)))
    plain = [w for w in words if _PLAIN_WORD.fullmatch(w)]
    rest = [w for w in words if not _PLAIN_WORD.fullmatch(w)]
    trie: dict = {}
    for word in plain:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return ("(?:" + body + ")" if len(branches) == 1 and len(body) > 1 else body) + "?"
        return body

    return "|".join(([emit(trie)] if plain else []) + rest)


# A list item's bullet: "- ", "• ", "* ", "— " before the text.
LIST_BULLET = re.compile(r"[-–—*•▪●◦‣∙·]\s+(?=\S)")
