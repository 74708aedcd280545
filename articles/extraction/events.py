"""Event mentions: trips, talks, meetings, calls, press conferences, summits, cease-fires,
agreements and votes, with participants, place, date and a short name.

How a mention is read (general rules; tests pin each one):

- A trigger word from the lexicon below marks a mention. Plural meeting/call/summit/press
  conference nouns without "the" ("phone calls and meetings are planned") are generic and skipped.
- Participants are the article's people named in the sentence, each given to the nearest trigger
  it may belong to. A speaker ("X said", "said X", "according to X") takes part only when the
  event frames the speech ("X said during a press conference", "During a meeting ..., X said").
  A possessor of the trigger ("X's trip") is the participant, with people after "with".
  "he"/"she" before a trigger with nobody named stands for the last person named before.
- Place: a capitalised name after "in/to/at" (or after a trip verb: "visit Russia") close behind
  the trigger, or right before it ("the Oval Office gathering"); never a person or a date word.
- Date: an expression right behind the trigger in the same clause ("visit Russia in the coming
  days"); else the sentence's dated statement; else the last statement of this or the previous
  paragraph (weak: used to keep events apart, never preferred over a sentence's own date); else
  the publication month. ``is_approximate`` marks loose phrases, borrowed and publication dates.
- Within an article, a mention joins an earlier event of the same kind when their dates and places
  are compatible and it shares a participant or the place, or refers back ("the joint press
  conference"), or has nothing of its own. Cease-fires, agreements and talks join whenever
  compatible: one article rarely covers two of them at once. Mentions that join nothing and have
  no participant, place or topic are dropped: a timeline cannot show them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .dates import MAX_SCAN, find_date_expressions
from .grouping import SUBJECT_WORDS as _SUBJECT_WORDS
from .grouping import dates_compatible, same_place
from .text import split_sentences
from .types import DatedStatement, EventMention, Person, Precision, Span

# (Each pattern opens with a lookahead naming every first letter of its words: the engine
# then fails every other position at once, before the alternation's costlier machinery.)
_TRIGGERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        (
            "ceasefire",
            r"(?=[act])\b(?:cease[-‐ ]?fires?|truces?|armistices?)"
            r"(?:\s+(?:proposals?|deals?|agreements?|plans?|offers?|talks|negotiations|"
            r"accords?|terms))?\b",
        ),
        ("press_conference", r"(?=[np])\b(?:press|news)\s+(?:conferences?|briefings?)\b"),
        ("summit", r"(?=s)\bsummits?\b"),
        (
            "call",
            r"(?=[cpstv])\b(?:(?:phone|telephone|video)\s+(?:calls?|conversations?|talks)|"
            r"call\s+with|spoke\s+by\s+(?:phone|telephone))\b",
        ),
        (
            "meeting",
            r"(?=[gms])(?:\b(?:meetings?|gatherings?|sit-downs?)\b"
            r"|\b(?:met|meets?)\s+(?=with\b|(?-i:[A-Z])))",
        ),
        ("talks", r"(?=[npt])\b(?:(?:peace\s+)?talks|negotiations?)\b(?![-‐])"),
        (
            "trip",
            r"(?=[afhjotv])(?:\b(?:trips?|visit(?:s|ed|ing)?|journey|tour)\b(?![-‐])|"
            r"\b(?:travel(?:s|ed|led|ing|ling)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|"
            r"on\s+(?:the|their|his|her|its)\s+way|arriv(?:e|es|ed|ing))\s+(?:to|in)\b)",
        ),
        (
            "agreement",
            r"(?=[adpt])\b(?:agreements?|deals?|accords?|treaty|treaties|pacts?)\b(?![-‐])",
        ),
        (
            "vote",
            r"(?=[artv])\b(?:voted\s+(?:on|to)|vot(?:es?|ing)\s+on|referendum|"
            r"(?:a|the)\s+(?:\w+\s+)?vote\s+(?:on|to))\b",
        ),
    )
)
# Bounds that keep pathological pastes linear; real articles stay far below them.
MAX_MENTIONS = 400
MAX_TRIGGERS_PER_SENTENCE = 12
MAX_PEOPLE_PER_SENTENCE = 40
_ABSTRACT_KINDS = {"ceasefire", "agreement", "talks"}
_COUNTABLE_KINDS = {"meeting", "call", "summit", "press_conference"}
_KIND_NOUN = {
    "trip": "trip",
    "talks": "talks",
    "meeting": "meeting",
    "call": "call",
    "press_conference": "press conference",
    "summit": "summit",
    "ceasefire": "cease-fire",
    "agreement": "agreement",
    "vote": "vote",
}
_NOT_A_DEAL_BEFORE = {
    "to", "will", "would", "can", "could", "must", "should", "great", "good", "big", "cannot",
    "he", "she", "they", "we", "i", "you",
}  # fmt: skip
_PASSIVE = {"was", "were", "been", "be", "being", "is", "are", "get", "got"}
_NOT_TALKS_BEFORE = {"he", "she", "it", "who", "that"}

_ATTRIBUTION = (
    r"(?:said|says|told|tells|added|adds|explained|noted|stated|declared|argued|insisted|"
    r"announced|wrote|tweeted|asked|suggested|claimed|recalled|warned|acknowledged|declined|"
    r"confirmed|denied|stressed|urged)"
)
_SPEAKER_AFTER = re.compile(
    rf"^[’']?s?\s*(?:,[^,]{{0,60}},\s*)?(?:has\s+|had\s+|also\s+)?{_ATTRIBUTION}\b"
)
_SPEAKER_BEFORE = re.compile(rf"\b(?:{_ATTRIBUTION}|according\s+to)\s*$", re.IGNORECASE)
_FRAME = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:during|at|in|after|before|following|on|from|ahead\s+of)\b"
)
# Between a trigger and a date expression these mean the date belongs to another verb.
_CLAUSE_END = re.compile(
    r"[;:”\"—–()]|,\s|\b(?:that|when|while|because|which|who|whom|whose|where|although|"
    r"since|until|unless|if|as|after|before|said|says|told)\b"
)
_STRONG_CLAUSE_END = re.compile(
    r"[;:”\"—–()]|\b(?:that|when|while|because|which|who|whom|whose|where|although|"
    r"said|says|told)\b"
)
_PLACE_AFTER = re.compile(
    r"\b(?:in|to|at|inside|near)\s+(?P<the>the\s+)?"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4})"
)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4}")
_MODIFIER_BEFORE = re.compile(
    r"\b(?P<det>the|a|an|this|that|last|next)\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"(?:\s+[a-z-]+)?\s*$"
)
_TOPIC_AFTER = re.compile(
    r"^\s*(?:\w+\s+)?(?:with|for|on|between|over)\s+(?:the\s+)?"
    r"(?P<topic>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|its|his|her|their|our)\s+(?:[\w-]+\s+){0,2}$|['’]s\s+$",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:he|she)\b(?!\s+" + _ATTRIBUTION + r")", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_DATE_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept",
    "sep", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "yesterday", "tomorrow",
}  # fmt: skip
_NOT_PLACES = {
    "the", "a", "an", "he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "this",
    "that", "president", "mr", "mrs", "ms", "dr", "some", "all", "many",
}  # fmt: skip
# Titles end a place or topic: "talks with Russian President Putin" is about "Russian" at most.
_TITLE_WORDS = {
    "president", "minister", "secretary", "chancellor", "prime", "senator", "sen", "governor",
    "gov", "king", "queen", "pope", "ambassador", "envoy", "spokesman", "spokeswoman",
    "spokesperson", "adviser", "advisor", "director", "chief", "general", "gen", "leader",
    "foreign", "defense", "defence", "deputy", "vice", "rep", "representative", "mayor",
}  # fmt: skip
_STOPWORDS = {
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from",
    "that", "this", "these", "those", "was", "were", "is", "are", "be", "been", "being", "has",
    "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "its",
    "his", "her", "their", "our", "said", "says", "told", "about", "as", "into", "over", "after",
    "before", "during", "he", "she", "they", "it", "we", "who", "which", "what", "when", "not",
    "but", "if", "so", "than", "then", "there", "also", "more", "some", "any", "all", "out",
    "up", "new", "way", "s", "plans", "plan", "possible", "potential", "coming", "days", "day",
    "week", "weeks", "month", "months", "year", "years", "earlier", "later", "last", "next",
    "ago", "since", "until", "now", "just", "still", "such", "other", "asked",
}  # fmt: skip


@dataclass(slots=True)
class _Mention:
    kind: str
    sentence: str
    span: Span
    trigger: tuple[int, int]  # offsets inside the paragraph
    definite: bool
    people: list[str] = field(default_factory=list)
    place: str | None = None
    place_the: bool = False
    topic: str | None = None
    subject: str | None = None  # "minerals" in "a minerals deal": what an abstract event is about
    war: str | None = None  # "Ruritania" in "the war in Ruritania": a last resort for a name
    lead: str | None = None  # who makes the trip: the possessor or a person before the trigger
    date: dt.date | None = None
    precision: Precision | None = None
    date_strength: int = 0  # 3 attached to the trigger, 2 the sentence's, 1 weak
    approximate: bool = False
    borrowed: bool = False  # dated by a nearby sentence, not its own
    key_terms: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Event:
    mentions: list[_Mention]

    @property
    def kind(self) -> str:
        return self.mentions[0].kind


def extract_events(
    paragraphs: tuple[str, ...],
    people: tuple[Person, ...],
    dated_statements: tuple[DatedStatement, ...],
    published: dt.datetime | None,
) -> tuple[EventMention, ...]:
    """Event mentions of the article, merged so that each event appears once."""
    surface = _people_pattern(people)
    by_sentence = {(s.span.paragraph, s.span.start): s for s in dated_statements}
    last_person: str | None = None
    previous: DatedStatement | None = None  # the last past statement before this sentence
    mentions: list[_Mention] = []
    for index, paragraph in enumerate(paragraphs):
        for start, end in split_sentences(paragraph):
            if len(mentions) >= MAX_MENTIONS:
                break
            # A "sentence" longer than MAX_SCAN is unpunctuated paste: read its start only.
            end = min(end, start + MAX_SCAN)
            found = _sentence_mentions(
                paragraph, index, start, end, surface, published, last_person
            )
            statement = by_sentence.get((index, start))
            nearby = previous if previous and previous.span.paragraph >= index - 1 else None
            for mention in found:
                _date_mention(mention, statement, nearby, published)
            _demote_borrowed_dates(found)
            mentions.extend(found)
            named = _people_in(paragraph, start, end, surface)
            if named:
                last_person = named[-1][2]
            if statement is not None and not statement.is_future:
                previous = statement
    return tuple(
        _to_event_mention(event, published)
        for event in _merge(mentions)
        if not _is_background(event, published)
    )


BACKGROUND_DAYS = 60


def _is_background(event: _Event, published: dt.datetime | None) -> bool:
    """A mention whose only date is a nearby sentence's, far from publication, is background
    ("When X arrived in Lisbon, ..." after a paragraph about 1990): its date is a guess that
    would group it with unrelated events, so it is left out."""
    dated = [m for m in event.mentions if m.date is not None]
    if published is None or not dated or any(not m.borrowed for m in dated):
        return False
    day = published.date()
    return all(m.date is not None and abs((m.date - day).days) > BACKGROUND_DAYS for m in dated)


# People


def _people_pattern(people: tuple[Person, ...]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    forms: dict[str, str] = {}
    for person in people:
        for form in (person.name, *person.aliases):
            form = form.strip()
            if len(form) >= 2 and form not in forms:
                forms[form] = person.name
    if not forms:
        return None, forms
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    # (the lookahead names every first character: other positions fail before the names)
    first = "".join(sorted({re.escape(f[0]) for f in forms}))
    return re.compile(rf"(?=[{first}])(?<![\w-])(?:{alternatives})(?![\w-])"), forms


def _people_in(
    paragraph: str, start: int, end: int, surface: tuple[re.Pattern[str] | None, dict[str, str]]
) -> list[tuple[int, int, str]]:
    pattern, forms = surface
    if pattern is None:
        return []
    return [(m.start(), m.end(), forms[m.group()]) for m in pattern.finditer(paragraph, start, end)]


def _is_speaker(paragraph: str, start: int, end: int, sentence_start: int) -> tuple[bool, int]:
    """(is a speaker, where the attribution verb ends) for a person named at start:end."""
    after = _SPEAKER_AFTER.match(paragraph[end : end + 90])
    if after:
        return True, end + after.end()
    if _SPEAKER_BEFORE.search(paragraph[max(sentence_start, start - 30) : start]):
        return True, end
    return False, end


# Between a participant and its trigger: a parenthesis, a dash aside, a semicolon or a colon
# means the person belongs to another clause.
_PARTICIPANT_BREAK = re.compile(r"[;:()\[\]]|\s[—–-]\s|—")
MAX_PARTICIPANT_GAP = 110  # characters between a person and the trigger


_OUTLET_BEFORE = re.compile(
    r"\b(?:newspaper|daily|weekly|broadcaster|agency|outlet|magazine|channel|network|tabloid|"
    r"website|radio|television|station)\s+$",
    re.IGNORECASE,
)


def _is_credit(paragraph: str, start: int, end: int, sentence_start: int) -> bool:
    """Captions, photo credits and bylines name people who take part in nothing:
    "(Jane Roe/Agency)", "Photo: Jane Roe", "By Jane Roe and ..."."""
    before = paragraph[sentence_start:start]
    if before.count("(") > before.count(")") or before.count("[") > before.count("]"):
        return True
    if re.match(r"\s*/", paragraph[end : end + 3]):
        return True
    if _OUTLET_BEFORE.search(paragraph[max(sentence_start, start - 40) : start]):
        return True  # "told public broadcaster Yle", "the daily Kommersant reported"
    return bool(
        re.search(r"(?:\b(?:[Bb]y|[Pp]hotos?|[Cc]redit|[Ii]mage)\s*:?|\band)\s*$", before)
        and re.match(r"\s*(?:(?:[Bb]y|[Pp]hotos?|[Cc]redits?|[Ii]mage)\b)", before)
    )


def _between_list(paragraph: str, trigger, sentence_end: int) -> tuple[int, int] | None:
    """Where "a call between X and Y" lists the participants, or None."""
    match = re.match(
        r"\s+(?:\w+\s+)?between\s+[^.;:()]{0,120}", paragraph[trigger[1] : sentence_end]
    )
    if not match:
        return None
    return trigger[1], trigger[1] + match.end()


def _eligible(paragraph: str, person: tuple[int, int, str], trigger, sentence_start) -> bool:
    start, end, _ = person
    if _is_credit(paragraph, start, end, sentence_start):
        return False
    gap = paragraph[end : trigger[0]] if end <= trigger[0] else paragraph[trigger[1] : start]
    if len(gap) > MAX_PARTICIPANT_GAP or _PARTICIPANT_BREAK.search(gap):
        return False
    speaker, verb_end = _is_speaker(paragraph, start, end, sentence_start)
    if not speaker:
        return True
    if trigger[1] <= start:  # "During a meeting with ..., X said", but not "“... talks,” X said"
        return not any(mark in paragraph[sentence_start:start] for mark in '“”"')
    between = paragraph[verb_end : trigger[0]]
    return bool(_FRAME.match(between)) and "that" not in between.split()


# Mentions of one sentence


def _sentence_mentions(
    paragraph: str,
    index: int,
    start: int,
    end: int,
    surface: tuple[re.Pattern[str] | None, dict[str, str]],
    published: dt.datetime | None,
    last_person: str | None,
) -> list[_Mention]:
    sentence = paragraph[start:end]
    triggers = _triggers(paragraph, start, end)
    if not triggers:
        return []
    persons = _people_in(paragraph, start, end, surface)[:MAX_PEOPLE_PER_SENTENCE]
    mentions: list[_Mention] = []
    for kind, t_start, t_end in triggers:
        before = paragraph[max(start, t_start - 40) : t_start]
        mention = _Mention(
            kind=kind,
            sentence=sentence,
            span=Span(index, start, end),
            trigger=(t_start, t_end),
            definite=bool(_DEFINITE_BEFORE.search(before)),
        )
        if kind == "summit":  # "the NATO summit": the organiser names it, it is no place
            _find_topic(mention, paragraph, end, persons)
        _find_place(mention, paragraph, start, end, persons)
        if mention.place is None and re.search(r"\s(?:to|in)$", paragraph[t_start:t_end]):
            continue  # "on her way to the nomination", "headed to victory": no place, no trip
        if kind != "summit":
            _find_topic(mention, paragraph, end, persons)
        if kind in _ABSTRACT_KINDS:
            mention.subject = _subject_before(paragraph, start, t_start)
        if kind == "ceasefire" and not (mention.topic or mention.place):
            mention.war = _war_named(paragraph[start:end], persons) or _war_named(
                paragraph, persons
            )
        elif kind == "talks" and not (mention.topic or mention.place or mention.subject):
            mention.war = _war_named(paragraph[start:end], persons)  # "talks to end the war"
        mentions.append(mention)
    _assign_people(mentions, paragraph, start, persons, last_person)
    for mention in mentions:
        mention.key_terms = _key_terms(mention, paragraph, persons)
    return mentions


# The words each kind's pattern needs (lower case): a sentence runs only the patterns whose
# words it has, and most sentences have none.
_TRIGGER_WORDS = {
    "ceasefire": {"cease", "ceasefire", "ceasefires", "truce", "truces", "armistice"},
    "press_conference": {"conference", "conferences", "briefing", "briefings"},
    "summit": {"summit", "summits"},
    "call": {"call", "calls", "conversation", "conversations", "spoke", "phone", "telephone"},
    "meeting": {"meeting", "meetings", "gathering", "gatherings", "sit", "met", "meet", "meets"},
    "talks": {"talks", "negotiation", "negotiations"},
    "trip": {
        "trip", "trips", "visit", "visits", "visited", "visiting", "journey", "tour", "travel",
        "travels", "traveled", "travelled", "traveling", "travelling", "fly", "flies", "flew",
        "flying", "head", "heads", "headed", "heading", "way", "arrive", "arrives", "arrived",
        "arriving",
    },
    "agreement": {
        "agreement", "agreements", "deal", "deals", "accord", "accords", "treaty", "treaties",
        "pact", "pacts",
    },
    "vote": {"vote", "voted", "votes", "voting", "referendum"},
}  # fmt: skip
_ALL_TRIGGER_WORDS = frozenset().union(*_TRIGGER_WORDS.values())
_LOWER_WORD = re.compile(r"[a-z]+")


def _triggers(paragraph: str, start: int, end: int) -> list[tuple[str, int, int]]:
    present = _ALL_TRIGGER_WORDS.intersection(_LOWER_WORD.findall(paragraph[start:end].lower()))
    if not present:
        return []
    taken: list[tuple[int, int]] = []
    found: list[tuple[str, int, int]] = []
    for kind, pattern in _TRIGGERS:
        if present.isdisjoint(_TRIGGER_WORDS[kind]):
            continue
        for match in pattern.finditer(paragraph, start, end):
            a, b = match.span()
            if any(a < y and x < b for x, y in taken):
                continue
            words = paragraph[max(start, a - 20) : a].lower().split()
            previous = words[-1] if words else ""
            text = match.group().lower()
            if kind == "agreement" and previous in _NOT_A_DEAL_BEFORE:
                continue
            if (
                kind == "agreement"
                and match.group()[0].isupper()
                and _NAME_GOES_ON.match(paragraph, b, end)
            ):
                continue  # "the North Atlantic Treaty Organization": a body, not a deal
            if kind == "talks" and (
                previous in _NOT_TALKS_BEFORE
                or (text == "talks" and paragraph[b : b + 6].lower().startswith((" to ", " about")))
            ):
                continue
            if kind in _COUNTABLE_KINDS and _is_generic_plural(text, previous):
                continue
            if kind == "trip" and text in ("tour",) and previous not in ("a", "the", "his", "her"):
                continue
            if kind == "trip" and (
                paragraph[a - 1 : a] == "-" or _VISITING_TITLE.match(paragraph, a, min(end, b + 30))
            ):
                continue  # "a visiting fellow", "non-visiting": a title, not a trip
            if kind == "meeting" and text.startswith("met") and previous in _PASSIVE:
                continue  # "were met with laughter"
            if kind == "meeting" and text.startswith("meet") and not previous:
                continue  # "Meet the candidate who ...": an imperative headline
            taken.append((a, b))
            found.append((kind, a, b))
    return sorted(found, key=lambda item: item[1])[:MAX_TRIGGERS_PER_SENTENCE]


_VISITING_TITLE = re.compile(
    r"visiting\s+(?:fellow|professor|scholar|researcher|lecturer|hours|rights|team|"
    r"delegation|dignitar(?:y|ies)|player|side|fans)\b",
    re.IGNORECASE,
)


_NAME_GOES_ON = re.compile(r"\s+(?:of\s+)?[A-Z]")


def _is_generic_plural(text: str, previous: str) -> bool:
    head = text.split()[-1]
    if head == "talks":  # "phone talks" are one call
        return False
    return head.endswith("s") and previous not in ("the", "these", "those", "two", "both")


def _clean_place(raw: str, persons_text: set[str]) -> str | None:
    words = raw.split()
    while words and words[0].lower() in ("a", "an", "the"):
        words.pop(0)
    kept: list[str] = []
    for word in words:
        bare = word.strip(".,'’").lower()
        if bare in _DATE_WORDS or bare in _TITLE_WORDS:
            break
        if word.removesuffix("’s").removesuffix("'s") in persons_text:
            break
        kept.append(word)
    while kept and kept[-1].lower() in ("of", "the"):
        kept.pop()
    place = " ".join(kept).rstrip(".,").removesuffix("’s").removesuffix("'s")
    if not place or place.lower() in _NOT_PLACES or place in persons_text:
        return None
    if re.search(r"\w{3,}\.\s|\b[A-Z]{6,}\b", place) or re.fullmatch(r"[A-Z][a-z]+ing", place):
        return None  # "Khinshtein. US", "INSISTS UKRAINE": a sentence end or a shouted headline
    if any(place in p or p in place for p in persons_text if len(p) > 2):
        return None
    return place


def _person_texts(paragraph: str, persons) -> set[str]:
    texts = set()
    for a, b, name in persons:
        texts.add(paragraph[a:b])
        texts.update(name.split())
        texts.add(name)
    return texts


_ADJECTIVE_ENDINGS = ("ern", "ian", "ese", "ish")
_ADJECTIVES = {"central", "old", "new", "upper", "lower", "greater", "western", "eastern"}


def _place_name(raw: str, persons_text: set[str]) -> str | None:
    """A cleaned place, unless it ends in an adjective: "at the Northern Gate" cut at a
    mistaken person name leaves "Northern", which is no place."""
    place = _clean_place(raw, persons_text)
    if place is None:
        return None
    last = place.split()[-1].lower()
    if last in _ADJECTIVES or (last.endswith(_ADJECTIVE_ENDINGS) and len(last) > 4):
        return None
    return place


def _find_place(mention: _Mention, paragraph: str, start: int, end: int, persons) -> None:
    t_start, t_end = mention.trigger
    names = _person_texts(paragraph, persons)
    window = paragraph[t_end : min(end, t_end + 70)]
    cut = re.match(r"\w+", paragraph[t_end + len(window) : end])
    window += cut.group() if cut else ""  # never cut a name in half
    stop = _STRONG_CLAUSE_END.search(window) or re.search(r"\baccording\s+to\b", window)
    window = window[: stop.start()] if stop else window
    if mention.kind == "trip":
        direct = re.match(r"\s+(?P<the>the\s+)?(?P<place>" + _CAPITALISED_RUN.pattern + ")", window)
        if (
            direct
            and paragraph[t_start:t_end].lower().startswith("visit")
            and not _modifies_a_noun(window[direct.end() :])
        ):
            place = _place_name(direct["place"], names)
            if place:
                mention.place, mention.place_the = place, bool(direct["the"])
                return
    match = _PLACE_AFTER.search(window)
    if match and not _place_belongs_to_trigger(mention.kind, window, match):
        match = None
    if (
        match is None
        and mention.kind == "trip"
        and re.search(r"\b(?:to|in)$", paragraph[t_start:t_end])
    ):
        match = re.match(r"\s+(?P<the>the\s+)?(?P<place>" + _CAPITALISED_RUN.pattern + ")", window)
    if match and match["the"] and _modifies_a_noun(window[match.end() :]):
        match = None  # "to the GOP nomination", "at the Las Vegas hotel"
    if match:
        place = _place_name(match["place"], names)
        if place:
            mention.place, mention.place_the = place, bool(match["the"])
            return
    if mention.kind == "summit" and mention.topic:
        return
    if mention.kind in ("meeting", "summit", "press_conference", "talks", "call", "vote"):
        before = _MODIFIER_BEFORE.search(paragraph[max(start, t_start - 50) : t_start])
        if before and before["det"].lower() in ("the", "this", "that", "a", "an"):
            place = _place_name(before["place"], names)
            if place:
                # "the Oval Office meeting" keeps its article; "the Oslo talks" does not.
                the = " " in place or place.lower() in _THE_PLACES
                mention.place, mention.place_the = place, the
                mention.definite = mention.definite or before["det"].lower() != "a"


_THE_PLACES = {"kremlin", "vatican", "pentagon", "capitol", "elysee", "élysée", "hague"}
_FUNCTION_WORDS = {
    "in", "on", "at", "to", "for", "with", "and", "or", "but", "as", "after", "before", "since",
    "this", "that", "next", "last", "by", "from", "where", "when", "which", "who", "while",
    "amid", "over", "under", "during", "until", "of", "is", "was", "were", "are", "will", "has",
    "had", "have", "would", "could", "can", "earlier", "later", "today", "tonight", "yesterday",
    "tomorrow", "ahead", "again", "late", "early", "itself", "so", "than",
}  # fmt: skip


def _modifies_a_noun(rest: str) -> bool:
    """The words after a capitalised run start with a common noun: the run was its modifier."""
    words = rest.split(maxsplit=1)
    if not words:
        return False
    word = words[0].strip(".,;:!?'’\"”")
    return bool(word) and word[0].islower() and word.lower() not in _FUNCTION_WORDS


def _place_belongs_to_trigger(kind: str, window: str, match: re.Match) -> bool:
    """ "a summit in Paris", "a meeting with X and Y at the Kremlin"; not "the summit discussed
    sending troops to Ukraine": trips go *to* places, other events happen *in/at* them."""
    preposition = match.group().split()[0].lower()
    if kind != "trip" and preposition == "to":
        return False
    if re.search(r"\b(?:war|conflict|fighting|invasion|offensive)\s*$", window[: match.start()]):
        return False  # "talks to end the war in X": X is where the war is
    return len(window[: match.start()].split()) <= 8


def _find_topic(mention: _Mention, paragraph: str, end: int, persons) -> None:
    names = _person_texts(paragraph, persons)
    t_start, t_end = mention.trigger
    after = _TOPIC_AFTER.match(paragraph[t_end : min(end, t_end + 50)])
    if after:
        topic = _clean_place(after["topic"], names)
        if topic:
            mention.topic = topic
            return
    leaders = r"(?:\s+(?:leaders|heads)['’]?)?" if mention.kind == "summit" else ""
    before = re.search(
        rf"\b(?P<topic>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}){leaders}\s+$",
        paragraph[max(0, t_start - 40) : t_start],
    )
    if before:
        topic = _clean_place(before["topic"], names)
        acronym = bool(topic and re.fullmatch(r"[A-Z0-9][A-Z0-9&-]+", topic))
        opening = _is_sentence_start(paragraph, t_start - len(before.group()))
        if topic and (not opening or (mention.kind == "summit" and acronym)):
            mention.topic = topic


# What a deal, a truce or talks can be about: ``grouping.SUBJECT_WORDS``. Open-ended guesses
# ("crucial talks", "hold talks") read worse than no subject, so only those words are taken.


_WAR = re.compile(
    r"\b(?:war|conflict|fighting|invasion)\s+(?:in|with|against|on|between)\s+(?:the\s+)?"
    r"(?P<on>[A-Z][\w'’-]+(?:\s+and\s+[A-Z][\w'’-]+)?)"
    r"|\b(?P<named>[A-Z][\w'’]+(?:[-–][A-Z][\w'’]+)?)\s+(?:war|conflict)\b"
)


def _war_named(text: str, persons) -> str | None:
    """ "the war in Ruritania", "the Ruritania-Freedonia war": what a cease-fire with no topic
    of its own would end."""
    for match in _WAR.finditer(text):
        found = (match["on"] or match["named"]).replace(" and ", "–")
        found = found.removesuffix("’s").removesuffix("'s")
        words = found.replace("–", " ").replace("-", " ").split()
        if any(w.lower() in _NOT_PLACES or w.lower() in _STOPWORDS for w in words):
            continue
        if any(w == name or w in name.split() for w in words for _, _, name in persons):
            continue
        return found
    return None


def _subject_before(paragraph: str, sentence_start: int, t_start: int) -> str | None:
    """ "a minerals deal", "the prisoner exchange agreement": subject nouns right before an
    abstract trigger say what it is about."""
    before = paragraph[max(sentence_start, t_start - 40) : t_start]
    if not before.endswith(" "):
        return None
    kept: list[str] = []
    for word in reversed(before.split()[-2:]):
        if word not in _SUBJECT_WORDS:  # lower case only: "Peace" may open a headline
            break
        kept.insert(0, word)
    return " ".join(kept) or None


def _is_sentence_start(paragraph: str, offset: int) -> bool:
    return not paragraph[:offset].strip() or paragraph[:offset].rstrip()[-1:] in '.!?"“'


def _possessor_of(paragraph: str, person, trigger) -> bool:
    """ "Brandt's trip", "Brandt's planned visit": the person owns the trigger."""
    _, b, _ = person
    if paragraph[b : b + 2] not in ("'s", "’s") or trigger[0] < b:
        return False
    gap = paragraph[b + 2 : trigger[0]]
    return len(gap.split()) <= 2 and not re.search(r"[,;]", gap)


def _in_with_list(paragraph: str, person, trigger) -> bool:
    """ "X's meeting with Y and Z": Y and Z are named in the trigger's with-phrase."""
    a = person[0]
    between = paragraph[trigger[1] : a]
    return a >= trigger[1] and bool(re.match(r"\s+with\b[^.;:()]{0,120}$", between))


_FRONTED_OPENING = re.compile(
    r"\s*(?:After|Before|During|While|When|On|Upon|Following|Since|Visiting|Arriving|"
    r"Speaking|Travell?ing|Returning|Back)\b"
)


def _fronted_subject(paragraph: str, sentence_start: int, trigger, person_start: int) -> bool:
    """ "After visiting Oslo on Monday, Keller said ...": a trip in an opening phrase belongs to
    the first person named after its comma."""
    if not _FRONTED_OPENING.match(paragraph, sentence_start, trigger[0]):
        return False
    comma = paragraph.find(",", trigger[1], person_start)
    return comma >= 0 and len(paragraph[comma + 1 : person_start].split()) <= 4


def _assign_people(mentions, paragraph, sentence_start, persons, last_person) -> None:
    sentence_end = mentions[0].span.end if mentions else sentence_start
    listed = {
        id(mention): span
        for mention in mentions
        if (span := _between_list(paragraph, mention.trigger, sentence_end))
        and any(span[0] <= a < span[1] for a, _, _ in persons)
    }
    owned = {
        id(mention)
        for mention in mentions
        for person in persons
        if _possessor_of(paragraph, person, mention.trigger)
    }
    for person in persons:
        a, b, name = person
        possessive = paragraph[b : b + 2] in ("'s", "’s")
        choices = []
        for mention in mentions:
            t_start, t_end = mention.trigger
            if possessive:
                if _possessor_of(paragraph, person, mention.trigger):
                    choices.append((0, mention))
                continue
            if id(mention) in owned and not _in_with_list(paragraph, person, mention.trigger):
                continue  # an owned event takes its owner and the people it is "with"
            span = listed.get(id(mention))
            if span and not span[0] <= a < span[1]:
                continue  # "a call between X and Y": the list names everyone
            if not _eligible(paragraph, person, mention.trigger, sentence_start):
                continue
            distance = t_start - b if t_start >= b else a - t_end
            choices.append((max(distance, 0), mention))
        if choices:
            target = min(choices, key=lambda c: c[0])[1]
            if name not in target.people:
                target.people.append(name)
            fronted = a > target.trigger[1] and _fronted_subject(
                paragraph, sentence_start, target.trigger, a
            )
            if target.lead is None and (possessive or b <= target.trigger[0] or fronted):
                target.lead = name  # "After visiting Oslo, X said": X made the trip
    for mention in mentions:
        if mention.people:
            continue
        before = paragraph[sentence_start : mention.trigger[0]]
        if last_person and not persons and _PRONOUN.search(before):
            mention.people.append(last_person)


_REPORTING = re.compile(
    rf"\b{_ATTRIBUTION}(?:\s+(?:to\s+)?(?:reporters|journalists|the\s+press|[A-Z][\w-]+))?\s*$"
)


def _is_reporting_date(mention: _Mention, statement: DatedStatement) -> bool:
    """'X told reporters on March 12 that ... a deal': the date of the telling, not the event."""
    at = mention.sentence.find(statement.expression)
    if at < 0 or mention.trigger[0] - mention.span.start < at:
        return False
    return bool(_REPORTING.search(mention.sentence[max(0, at - 40) : at]))


_YEAR_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(1[89]\d\d|20\d\d)\s+(?:[A-Z][\w'’.-]*\s+){0,3}$"
)
_YEAR_MODIFIER = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}")


def _date_mention(mention: _Mention, statement, nearby, published) -> None:
    """Attach the date: right behind the trigger, else the sentence's, else a nearby one."""
    # Re-find expressions inside the sentence so offsets line up with the trigger.
    sentence_start = mention.span.start
    anchor = published.date() if published else None
    t_end = mention.trigger[1]
    rel_end = t_end - sentence_start
    rel_start = mention.trigger[0] - sentence_start
    year = _YEAR_BEFORE.search(mention.sentence[max(0, rel_start - 60) : rel_start])
    if year:  # "the 2015 accord", "the 1999 OSCE summit": the year names the event
        mention.date, mention.precision, mention.date_strength = (
            dt.date(int(year[1]), 1, 1),
            "year",
            3,
        )
        return
    for a, b, _expr, day, precision, _future, approx in find_date_expressions(
        mention.sentence, anchor
    ):
        if b <= rel_start and _YEAR_MODIFIER.fullmatch(mention.sentence[b:rel_start]):
            # "the 2015 accord", "the 1999 OSCE summit": the year names the event
            mention.date, mention.precision, mention.date_strength = day, precision, 3
            mention.approximate = approx
            return
        if a < rel_end:
            continue
        between = mention.sentence[rel_end:a]
        if len(between) <= 60 and not _CLAUSE_END.search(between):
            mention.date, mention.precision, mention.date_strength = day, precision, 3
            mention.approximate = approx
            return
        break
    if statement is not None:
        mention.date, mention.precision = statement.date, statement.precision
        mention.date_strength = 1 if _is_reporting_date(mention, statement) else 2
        mention.approximate = statement.is_approximate
        return
    if nearby is not None:
        mention.date, mention.precision, mention.date_strength = nearby.date, nearby.precision, 1
        mention.borrowed = True


def _key_terms(mention: _Mention, paragraph: str, persons) -> list[str]:
    t_start, t_end = mention.trigger
    names = {w.lower() for w in _person_texts(paragraph, persons) for w in w.split()}
    lo = paragraph.rfind(" ", mention.span.start, max(mention.span.start, t_start - 30)) + 1
    hi = paragraph.find(" ", min(mention.span.end, t_end + 40), mention.span.end)
    window = paragraph[max(lo, mention.span.start) : hi if hi >= 0 else mention.span.end]
    terms: list[str] = [mention.kind]
    for word in _WORD.findall(window):
        low = word.lower().strip("'’").removesuffix("'s").removesuffix("’s")
        if low in _STOPWORDS or low in _DATE_WORDS or len(low) < 3 or low in terms:
            continue
        if low in names:
            continue
        terms.append(low)
    for extra in (mention.place, mention.topic, mention.war, mention.subject):
        for word in (extra or "").lower().split():
            if word not in terms and word not in _STOPWORDS:
                terms.append(word)
    return terms[:10]


# Merging within the article


def _demote_borrowed_dates(mentions: list[_Mention]) -> None:
    """ "X will travel to Oslo next week to discuss a cease-fire": the date is the trip's."""
    attached = {(m.date, m.precision) for m in mentions if m.date_strength == 3}
    for mention in mentions:
        if mention.date_strength == 2 and (mention.date, mention.precision) in attached:
            mention.date_strength = 1


def _compatible(event: _Event, mention: _Mention) -> bool:
    """Dates (weak ones aside) and places do not contradict."""
    for other in event.mentions:
        if min(other.date_strength, mention.date_strength) < 2:
            continue
        if not dates_compatible(
            other.date,
            other.precision,
            mention.date,
            mention.precision,
            approximate=other.approximate or mention.approximate,
            kind=mention.kind,
        ):
            return False
    place = _event_place(event)
    return mention.place is None or place is None or same_place(place[0], mention.place)


def _join_score(event: _Event, mention: _Mention) -> int:
    people = {p for m in event.mentions for p in m.people}
    score = 0
    if people & set(mention.people):
        score += 2
    place = _event_place(event)
    if place and mention.place and same_place(place[0], mention.place):
        score += 2
    topics = {m.topic for m in event.mentions if m.topic}
    if mention.topic and mention.topic in topics:
        score += 1
    if mention.definite:
        score += 1
    if not mention.people and not mention.place:
        score += 1
    if event.kind in _ABSTRACT_KINDS:
        score += 1
    return score


def _merge(mentions: list[_Mention]) -> list[_Event]:
    events: list[_Event] = []
    for mention in mentions:
        candidates = [
            (score, i)
            for i, event in enumerate(events)
            if event.kind == mention.kind
            and _compatible(event, mention)
            and (score := _join_score(event, mention)) > 0
        ]
        if candidates:
            # The best score; among equals the most recent event.
            _, index = max(candidates)
            events[index].mentions.append(mention)
        elif mention.kind == "summit" and not (mention.place or mention.topic):
            continue  # "approached the summit": a summit is named by its body or place
        elif mention.people or mention.place or mention.topic or mention.subject or mention.war:
            events.append(_Event([mention]))
    return events


def _event_place(event: _Event) -> tuple[str, bool] | None:
    for mention in event.mentions:
        if mention.place:
            return mention.place, mention.place_the
    return None


def _event_date(
    event: _Event, published: dt.datetime | None
) -> tuple[dt.date | None, Precision | None, bool]:
    """(date, precision, approximate): the first date attached to a trigger; else the most exact
    sentence date; else a nearby one; else the publication month, approximate."""
    attached = [m for m in event.mentions if m.date_strength == 3]
    if attached:
        return attached[0].date, attached[0].precision, attached[0].approximate
    rank = {"day": 2, "month": 1, "year": 0}
    dated = [m for m in event.mentions if m.date is not None]
    if dated:
        best = max(dated, key=lambda m: (m.date_strength, rank[m.precision or "year"]))
        return best.date, best.precision, best.approximate or best.date_strength < 2
    if published is not None:
        return published.date().replace(day=1), "month", True
    return None, None, False


def _surname(name: str) -> str:
    return name.split()[-1]


def _event_name(
    kind: str,
    people: list[str],
    place: tuple[str, bool] | None,
    topic: str | None,
    subject: str | None = None,
    lead: str | None = None,
) -> str:
    noun = _KIND_NOUN[kind]
    where = ""
    if place:
        preposition = "to" if kind == "trip" else "in"
        where = f" {preposition} {'the ' if place[1] else ''}{place[0]}"
    if kind in _ABSTRACT_KINDS or kind == "vote":
        # "Ruritania minerals agreement", "Baltic Sea cease-fire": what it is about, not who.
        where_first = place[0] if place and kind != "talks" else None
        about = " ".join(w for w in (topic or where_first, subject) if w)
        label = f"{about} {noun}" if about else f"{noun}{where}"
    elif kind == "summit":  # named by its organiser; a leader who attends does not name it
        label = f"{topic} {noun}{where}" if topic else f"{noun}{where}"
    else:
        if kind in ("meeting", "call"):
            who = "–".join(_surname(p) for p in people[:2])
        elif kind == "trip":
            who = _surname(lead) if lead else ""  # the traveller, not the host visited
        else:
            who = _surname(people[0]) if people else ""
        label = f"{who} {noun}{where}" if who else f"{noun}{where}"
    return label[:1].upper() + label[1:]


def _to_event_mention(event: _Event, published: dt.datetime | None) -> EventMention:
    first = event.mentions[0]
    people: list[str] = []
    terms: list[str] = []
    for mention in event.mentions:
        people.extend(p for p in mention.people if p not in people)
        terms.extend(t for t in mention.key_terms if t not in terms)
    place = _event_place(event)
    topic = next((m.topic for m in event.mentions if m.topic), None)
    subject = next((m.subject for m in event.mentions if m.subject), None)
    if topic is None and place is None:
        topic = next((m.war for m in event.mentions if m.war), None)
    lead = next((m.lead for m in event.mentions if m.lead), None) if event.kind == "trip" else None
    if lead in people:  # the traveller first
        people.remove(lead)
        people.insert(0, lead)
    day, precision, approximate = _event_date(event, published)
    return EventMention(
        name=_event_name(event.kind, people, place, topic, subject, lead),
        kind=event.kind,
        sentence=first.sentence,
        span=first.span,
        date=day,
        precision=precision,
        place=place[0] if place else None,
        people=tuple(people),
        key_terms=tuple(terms[:12]),
        is_approximate=approximate,
    )
