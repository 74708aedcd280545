#!/usr/bin/env python3
"""Quote precision/recall/F1 with Gender Gap Tracker-style character-overlap matching.

    python bench/score_ggt.py GOLD.jsonl OUT.jsonl [--threshold 0.3 0.8] [--per-article]

GOLD is the shared gold format (one object a line, ``quotes`` with ``text`` and ``speaker``;
``annotated`` and ``quote_kinds`` are honoured as in the shared score.py). OUT is what
``manage.py extract --jsonl`` printed.

Matching, per article (our definition of the GGT rule):
- both texts are normalised: Unicode NFKC, quote marks (straight, curly, guillemets, doubled
  apostrophes) removed, whitespace collapsed, case folded;
- overlap(gold, pred) = length of the longest common substring of the two normalised texts
  divided by the length of the normalised gold text (so a prediction that contains the whole
  gold quote scores 1.0 even when it is longer). A gold quote in parts (" … " marks where the
  attribution was left out: "A," … "B.") is a set of spans, as in the GGT character-span rule:
  its overlap is the sum of each part's longest common substring over the sum of the part
  lengths, so "A, B" covers it whole (``--no-gaps``: one string, the old rule);
- pairs are matched one-to-one and count when overlap >= threshold: a maximum matching, so a
  one-word gold ("that") cannot take the prediction a longer gold quote needs; ties go to the
  best overlap first (``--greedy``: best overlap first only, the old rule).
P = matched / predicted, R = matched / gold. Speaker accuracy = matched quotes whose speaker is
right / matched quotes: right when both are null, or both are names of the same person
(lenient: same surname, allowing spelling variants, and compatible first names).
Standard library only.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import unicodedata
from collections import defaultdict

_QUOTE_MARKS = re.compile(r"''|[\"“”„«»‘’‹›]")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = _QUOTE_MARKS.sub("", text)
    return _SPACE.sub(" ", text).strip().casefold()


def overlap(gold: str, pred: str) -> float:
    """Longest common substring of the normalised texts, relative to the gold length."""
    if not gold or not pred:
        return 0.0
    matcher = difflib.SequenceMatcher(None, gold, pred, autojunk=False)
    match = matcher.find_longest_match(0, len(gold), 0, len(pred))
    return match.size / len(gold)


_GAP = " … "


def gold_parts(text: str, gaps: bool = True) -> list[str]:
    """The normalised spans of a gold quote: one, or its parts around " … " gaps."""
    parts = (text or "").split(_GAP) if gaps else [text or ""]
    return [n for n in (normalise(part) for part in parts) if n]


def parts_overlap(parts: list[str], pred: str) -> float:
    total = sum(len(part) for part in parts)
    if not total:
        return 0.0
    return sum(overlap(part, pred) * len(part) for part in parts) / total


def _name_tokens(name: str) -> list[str]:
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().replace(".", "")
    return re.sub(r"[^\w']+", " ", text).split()


def same_speaker(a: str | None, b: str | None) -> bool:
    if not a and not b:
        return True
    if not a or not b:
        return False
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if difflib.SequenceMatcher(None, ta[-1], tb[-1]).ratio() < 0.85:
        return False
    if len(ta) == 1 or len(tb) == 1:
        return True
    return ta[0] == tb[0] or (ta[0][0] == tb[0][0] and min(len(ta[0]), len(tb[0])) <= 2)


def match_article(gold_quotes, pred_quotes, threshold, gaps=True, greedy=False):
    """One-to-one matches [(gold_index, pred_index)]: best overlap first, then augmented to a
    maximum matching (unless ``greedy``)."""
    golds = [gold_parts(q.get("text", ""), gaps) for q in gold_quotes]
    preds = [normalise(q.get("text", "")) for q in pred_quotes]
    pairs = []
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            score = parts_overlap(g, p)
            if score >= threshold:
                pairs.append((score, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    gold_of: dict[int, int] = {}  # pred -> gold
    pred_of: dict[int, int] = {}  # gold -> pred
    for _, i, j in pairs:
        if i in pred_of or j in gold_of:
            continue
        pred_of[i], gold_of[j] = j, i
    if not greedy:
        options: dict[int, list[int]] = defaultdict(list)
        for _, i, j in pairs:
            options[i].append(j)

        def augment(i: int, seen: set[int]) -> bool:
            for j in options[i]:
                if j in seen:
                    continue
                seen.add(j)
                if j not in gold_of or augment(gold_of[j], seen):
                    gold_of[j], pred_of[i] = i, j
                    return True
            return False

        for i in list(options):
            if i not in pred_of:
                augment(i, set())
    return sorted(pred_of.items())


def _quotes(gold, pred):
    annotated = set(gold.get("annotated", ("quotes",)))
    if "quotes" not in annotated and "quotes_recall_only" not in annotated:
        return None
    kinds = set(gold.get("quote_kinds", ("direct", "partial", "indirect")))
    gq = [q for q in gold.get("quotes", []) if q.get("kind", "direct") in kinds]
    pq = [q for q in (pred.get("quotes") or []) if q.get("kind", "direct") in kinds]
    return gq, pq


def score(golds, preds, threshold, per_article=False, gaps=True, greedy=False):
    totals = defaultdict(int)
    for gold in golds:
        pred = preds.get(str(gold["id"]), {})
        if "error" in pred:
            pred = {}
        quotes = _quotes(gold, pred)
        if quotes is None:
            continue
        gq, pq = quotes
        matches = match_article(gq, pq, threshold, gaps, greedy)
        right = sum(
            1 for i, j in matches if same_speaker(gq[i].get("speaker"), pq[j].get("speaker"))
        )
        totals["gold"] += len(gq)
        totals["pred"] += len(pq)
        totals["matched"] += len(matches)
        totals["right"] += right
        if per_article:
            p = len(matches) / len(pq) if pq else 0.0
            r = len(matches) / len(gq) if gq else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            print(
                f"{gold['id']}: F1={f:.2f} gold={len(gq)} pred={len(pq)} "
                f"matched={len(matches)} speaker_right={right}",
                file=sys.stderr,
            )
    p = totals["matched"] / totals["pred"] if totals["pred"] else 0.0
    r = totals["matched"] / totals["gold"] if totals["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    acc = totals["right"] / totals["matched"] if totals["matched"] else 0.0
    return {
        "threshold": threshold,
        "p": round(p, 3),
        "r": round(r, 3),
        "f1": round(f, 3),
        "speaker_accuracy": round(acc, 3),
        **totals,
    }


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("gold")
    ap.add_argument("output")
    ap.add_argument("--threshold", type=float, nargs="+", default=[0.3, 0.8])
    ap.add_argument("--per-article", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-gaps", action="store_true", help="gold text as one string")
    ap.add_argument("--greedy", action="store_true", help="best overlap first, no augmenting")
    a = ap.parse_args()
    with open(a.gold, encoding="utf-8") as handle:
        golds = [json.loads(line) for line in handle if line.strip()]
    preds = {}
    with open(a.output, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                obj = json.loads(line)
                preds[str(obj.get("id"))] = obj
    results = [
        score(golds, preds, t, a.per_article and k == 0, not a.no_gaps, a.greedy)
        for k, t in enumerate(a.threshold)
    ]
    if a.json:
        print(json.dumps(results))
        return
    print(f"{'overlap':>8} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8} {'gold':>6} {'pred':>6}")
    for res in results:
        print(
            f"{res['threshold']:>8.2f} {res['p']:6.3f} {res['r']:6.3f} {res['f1']:6.3f} "
            f"{res['speaker_accuracy']:8.3f} {res['gold']:6d} {res['pred']:6d}"
        )


if __name__ == "__main__":
    main()
