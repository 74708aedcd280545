"""Quotes and their speakers (rule-based).

Three kinds: ``direct`` (a quoted sentence or more), ``partial`` (quoted words inside the
reporter's sentence) and ``indirect`` (reported speech: "X said that ...", "..., X said",
"according to X, ..."). The text is what the speaker said, without the outer quote marks.

How it works, per paragraph:
1. Find quoted segments by pairing quote marks (curly, straight, guillemets, doubled
   apostrophes; unbalanced marks run to the end of the paragraph). A segment left open at the
   end of a paragraph continues into the next one when that opens with a mark of the same
   family (multi-paragraph quote). Transcript turns ("PENCE: ...", a label used twice or more)
   are direct quotes of the labelled person.
2. Mask the quoted text, so that sentence splitting and attribution patterns only see the
   reporter's words.
3. For each quote, look for an attribution (speech verb with its subject, or "according to")
   in its sentence: after the quote, before it, or inverted ("said Rubio"). A quote without one
   takes the speaker of a lead-in ("Rubio said:"), of the sentence before it in the same
   paragraph, or of the quote just before (a "floating" quote). Two quoted parts around one
   attribution become one quote: "A, B" (not after "adding that", "asking").
4. Quoted words inside the reporter's sentence are a partial quote of just those words (as the
   extraction contract and the founding article's gold define it); when a reported clause holds
   them ("X said Y was “unhinged”"), the clause is also kept, as reported speech. Capitalised
   titles in marks ("Fox News Sunday") are not quotes.
5. Sentences without quote marks are checked for reported speech; a reported clause stops
   where a second attribution starts (", but she said that", ", adding that").

Annotations differ on partial quotes (the quoted words, or the whole reported clause): keeping
both, with their own kinds, serves either reading.

Speakers are people from ``extract_people`` (their mentions carry spans); pronouns go to the
most recent gender-compatible person (the text's own pronouns override the first-name lexicon
when it disagrees); organisations, groups and unnamed people ("an official", "the Kremlin",
"they", "it") give ``speaker=None`` with ``speaker_description``. An unnamed official who is
named in the very next paragraph's quote is that person.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import pairwise, takewhile

from .names import given_gender
from .people import (
    DESCRIPTIVE_HEADS,
    FEMALE_WORDS,
    MALE_WORDS,
    MONTHS_DAYS,
    NAME_RUN,
    NATIONALITIES,
    PARTY_TAG,
    RANKED_HEADS,
    REGNAL_TITLES,
    SECOND_RANK,
    TIME_PREFIX,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from .text import LIST_BULLET, split_sentences, word_alternation
from .types import Person, Quote, QuoteKind, Span

OPENERS = "“„«"
CLOSERS = "”»"
# Doubled apostrophes are the quote marks of some wire and archive texts (''like this'').
# Doubled curly apostrophes stand for curly double marks in some (USA TODAY) texts: “like this’’.
# (the lookahead names every first character: the engine then skips other text at C speed,
# where branches that open with a lookbehind would be tried at every position)
_MARK = re.compile(r"(?=['’‘“”„«»\"])(?:(?<!')''(?!')|(?<!’)’’(?![’”\w])|(?<!‘)‘‘(?!‘)|[“”„«»\"])")
_DOUBLED_CURLY = {"’’": "”", "‘‘": "“"}
_MAX_QUOTE_CHARS = 6000

VERBS = (
    r"said|says|say|saying|told|tells|added|adds|asked|asks|explained|explains|stated|states|"
    r"wrote|writes|tweeted|posted|noted|notes|argued|argues|insisted|insists|claimed|claims|"
    r"warned|warns|declared|declares|continued|continues|replied|replies|responded|responds|"
    r"recalled|recalls|acknowledged|acknowledges|announced|announces|suggested|suggests|"
    r"conceded|concedes|admitted|admits|maintained|maintains|emphasized|emphasised|emphasizes|"
    r"stressed|stresses|observed|observes|remarked|commented|comments|cautioned|cautions|"
    r"predicted|predicts|concludes|muses|wonders|retorts|testifies|marvels|frets|scoffs|"
    r"(?<!-)proclaims|(?<!-)proclaimed|counters|ripostes|sighs|bellows|"
    r"urged|urges|vowed|vows|promised|promises|pledged|quipped|joked|boasted|lamented|"
    r"complained|complains|charged|contended|contends|countered|concluded|reported|reports|"
    r"confirmed|confirms|disclosed|revealed|testified|shouted|yelled|recounted|recounts|mused|"
    r"wondered|believes|believed|thinks|thought|agreed|agrees|indicated|indicates|signaled|"
    r"signalled|estimated|alleged|alleges|assured|reiterated|reiterates|repeated|added|"
    r"pointed out|points out|point out|went on|wrote in|said in|read|reads|telling|asking|"
    r"demanded|demands|exclaimed|whispered|screamed|shouts|yells|pleaded|retorted|snapped|"
    r"interjected|muttered|sings|sang|chant|chanted|answered|answers|questioned|began|"
    r"(?<!\bto )respond|"
    r"underlined|underscored|clarified|reaffirmed|asserted|asserts|echoed|fretted|touted|"
    r"scoffed|gushed|groused|fumed|marveled|marvelled|opined|chimed\s+in|frowned|sneered|"
    r"criticized|criticised|blasted|put\s+it|puts\s+it|declaring|writing|stating|tweeting|posting|"
    r"emailed|e-mailed|texted|messaged|stresses|emphasizes|emphasises|"
    # ("voiced disapproval, claiming that Lund had “gone crazy”": the participle attributes)
    r"claiming|alleging|reflected|reflects|implied|implies|"
    # the manner of saying: "“We’re a boring couple!” Ana Lund beamed to a paper"
    r"beamed|laughed|sighed|chuckled|grumbled|griped|bragged|crowed|raved|teased|sniffed|"
    r"barked|bellowed|thundered|deadpanned|quips|jokes|boasts|laments|complained|"
    # the plural present of two authors: "“…,” they write", "write Tom Hale and Ana Berg"
    r"write"
)
VERBS = word_alternation(VERBS)
_VERB = re.compile(r"\b(?:" + VERBS + r")\b")
# Words between a subject and its verb. Each alternative must match in one way only: "has
# been" is "has" + "been", "reportedly" is "\w+ly"; overlapping forms made a run of them
# backtrack exponentially ("has been has been ... said").
# "took to the Senate floor to say", "used the speech to argue": a platform, then the speech
_PLATFORM_TO = (
    r"(?:took|takes|taking)\s+to\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:floor|Twitter|Facebook|airwaves|podium|stage|microphone)\s+to|"
    r"(?:used|uses|using)\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:speech|interview|address|appearance|statement|hearing|opportunity|occasion|"
    r"platform|op-ed|post|remarks)\s+to"
)
# (The plain words are tried as one prefix tree: a subject's words are each tried against
# every alternative, and the tree fails a word at its first letter or two.)
_AUX = (
    r"(?:(?:"
    + word_alternation(
        r"also|later|then|previously|once|twice|soon|further|has|had|have|would|will|again|"
        r"earlier|told|just|not|never|long|often|now|still|instead|too|meanwhile|next|"
        r"in\s+the\s+past|both|already|even|first|since|quoted\s+as|herself|himself|themselves|"
        # "calmly and patiently explains": an adverb, "and", another adverb (matched as "\w+ly"
        # below; not "mocked Sanders repeatedly and then added")
        r"[a-z]+ly\s+(?:and|but)(?=\s+[a-z]+ly\s)|"
        r"(?!(?:ally|family|rally|assembly|supply|daily|weekly|monthly|Italy|July)\s)\w+ly|"
        r"is|was|were|are|been|did|does|do|"
        r"(?:continues|continued|went\s+on|goes\s+on|seemed|seems|appeared|appears|quick|"
        r"hastened|hastens|hurried|rushed|(?:went|go|goes|going)\s+(?:so|as)\s+far\s+as)\s+to|"
        + _PLATFORM_TO
    )
    + r")\s+)*"
)
_PRONOUN = re.compile(r"\b(he|she|they|it|He|She|They|It)\b")
# "predicted to his audience in Vietnam that": where the listeners are
_LISTENERS_PLACE = r"(?:\s+(?:in|at|from|on)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)?"
# "asked to", "vowed to": not reported speech; "confirmed to TASS that" is.
_NOT_SPEECH_AFTER = re.compile(
    # ("confirmed to Fox News earlier Thursday that": when, between the listener and "that")
    r"\s+to\s+(?!(?:the\s+|a\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}"
    r"(?:(?:on|earlier|late|early|last|this)\s+[A-Z][a-z]+day\s+)?that\b|"
    r"(?:the|a|an|his|her|their)\s+(?:[A-Z][\w.’'-]*\s+)(?:[\w.’'-]+\s+){0,3}that\b|"
    r"(?:reporters|journalists|him|her|them|us|me|lawmakers|parliament|voters|supporters|"
    r"viewers|listeners|readers|members|donors|colleagues|senators|students|investors|"
    r"residents|delegates|followers|congregants)" + _LISTENERS_PLACE + r"\s+that\b|"
    # "reiterated to the rank-and-file that", "explained to his fellow members that"
    r"(?:the|his|her|their|its|our)\s+(?:[a-z-]+\s+){0,2}(?:rank-and-file|audience|crowd|"
    r"committee|panel|board|jury|court|press|media|public|nation|country|staff|employees|"
    r"workers|troops|leaders|officials|allies|diplomats|legislators|council|members|"
    r"lawmakers|senators|colleagues|supporters|voters|donors|delegates|students|"
    r"group|gathering|children|kids|families|class|congregation|visitors|activists|protesters)"
    + _LISTENERS_PLACE
    # ("explained to the group, which included several teens, that")
    + r"(?:,\s*(?:which|who)\b[^,;:_]{1,80},)?\s+that\b)\w+"
)
# "As Lund said to POLITICO last fall, “...”": the listener, then the quote the verb leads to
_TO_LISTENER_LEAD = re.compile(
    r"\s+to\s+(?:(?:the|a|an|his|her|their|its|our)\s+|(?=[A-Z])"
    r"|(?=(?:reporters|journalists|him|her|them|us|me|lawmakers|supporters|voters)\b))"
    r"[^,;:“”\"_]{1,80}[,:]\s*$"
)
# "often called", "also known as", "are called": the name a thing goes by, no one's words
_NAME_GIVEN_BEFORE = re.compile(
    r"(?:\b(?:often|sometimes|also|commonly|widely|popularly|usually|informally|so|is|are|was|"
    r"were|be|been|being)\s+|[’']s\s+|[–—]\s*)(?:called|dubbed|termed|nicknamed|"
    # ("what’s known in the news industry as a “Friday night news dump”")
    r"known(?:\s+(?:in|to|among|on)\s+[^,;:“”\"_]{1,40}?)?\s+as)\s+"
    r"(?:(?:a|an|the)\s+)?$"
    r"|\bso-called\s+$"  # "the so-called “dark money”"
    # "The cuts, called a “sequester” in Washington-speak, ...": after the thing named (not
    # "which Apple's chief, Tim Cook, called “total political crap”": his words)
    r"|,\s*(?:(?:called|dubbed|termed|nicknamed)\s+(?:a|an|the)|known\s+as(?:\s+(?:a|an|the))?)\s+$"
)
_BY_AGENT = re.compile(r"[,\s]*by\s")
_SOURCE_LABEL = re.compile(
    r"\s*(?:[^:“”\"_]*?\s[-–—]\s)?((?:[A-Z][\w.’'&-]*\s+){0,4}[A-Z][\w.’'&-]*):\s*$"
)
_PASSIVE_AGENT = re.compile(
    # (the first "by" after the participle: not "was surprised by the decision by Berg")
    r"\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+ed|written|given|taken|made|held|led|drawn|shown|brought|sent|told|spoken|"
    r"won|done|known|seen|chosen|signed|struck|overseen|undertaken)\b"
    r"(?:(?!\bby\b)[^.;:_]){0,80}\bby\s+$"
)
# "..., according to former acting CIA Director Michael Morrell. He told ...": the source a
# sentence closes on is the one the next "he" goes on with
_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:[\w.’'-]+\s+){0,6}$", re.IGNORECASE)
# ("fought in World War I,": a numeral, not the speaker; "I" speaks before a word or "I'm")
_FIRST_PERSON_SINGULAR = re.compile(r"\bI(?=\s+[a-z]|[’'][a-z])|\b(?:me|my|My|myself|mine)\b")
_SENTENCE_CLOSES = re.compile(r"\.(?:\s|$)")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+|also\s+)?$")
_WHO_BEFORE_VERB = re.compile(r",\s*who\s+(?:[a-z]+ly\s+|also\s+|has\s+|had\s+)?$")
_HIMSELF = re.compile(r"\s*(?:himself|herself)?\s*")
_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)
_COMMITMENT_VERBS = frozenset(
    """
    vowed vows vowing pledged pledges pledging promised promises promising threatened threatens
    """.split()  # noqa: SIM905
)
# Where a commitment's clause ends: a new clause ("..., and the 2008 nominee said"; not "...,
# and to do so with a simple majority"), a dash or a semicolon
_COMMITMENT_END = re.compile(
    r"[,”\"]\s+(?:and|but)\s+(?!to\b)"
    r"|,\s+(?:said|says|told|lost|won|[a-z]{3,}ed)\b"  # "..., whom X threatened to fire, said"
    # "while he promised to move the embassy ..., he has not acted": the main clause
    r"|,\s+(?:he|she|they|it)\s+(?:has|have|had|is|was|were|did|does|will|would|can|could)\b"
    r"|\s+(?:and|but)\s+(?:has|have|had|is|was|also|then|he|she|they)\b"
    r"|\s+(?:--|—|–)\s|;|,\s+[a-z]+ing\b"  # a dash, a semicolon, a participle
)
_THAT_NOUN = re.compile(r"\s+that\s+(?:way|day|time|question|point|one|issue|matter)\b")
_NOUN_BEFORE_PLEDGE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|our|my|your|has|have|had|[a-z]+ed|\w+[’']s)\s+$",
    re.IGNORECASE,
)
_PERSON_PLURAL = re.compile(
    r"(?:ers|ists|ians|ants|ents|als|ives|men|women|people|groups|caucus|democrats|republicans|"
    r"government|administration|ministry|party|council|committee|company|campaign|union)$"
)


def _pledger(description: str | None) -> bool:
    """Whether an unnamed subject can pledge or threaten: people, a group or a body
    ("Republican leaders", "they", "Amazon", "the Kremlin"), not a thing ("the deal", "the
    move", "it")."""
    words = (description or "").split()
    if not words:
        return False
    head = words[-1].lower().strip(",.")
    if head in TITLE_HEADS or head == "they" or _PERSON_PLURAL.search(head):
        return True
    if head in _THING_HEADS:
        return False  # "The Russia issue threatens to hobble ...": a thing a name modifies
    return any(w[:1].isupper() for w in words if w.lower() not in _NOT_A_NAME_WORD)


_THING_HEADS = frozenset(
    """
    issue issues scandal crisis controversy matter affair question problem debate fight probe
    investigation inquiry case deal plan bill law measure move policy proposal rule tariff
    tariffs war conflict pandemic virus outbreak storm hurricane economy shutdown ban
    """.split()  # noqa: SIM905
)


_NOT_A_PLEDGE = re.compile(r"(?:not\s+)?to\s+(?:be|become|overshadow|derail|undermine|spill)\b")
# "... (this week) (not) to VERB": the clause a commitment verb takes
_COMMITMENT = re.compile(
    r"\s+(?:(?:this|last|on)\s+\w+\s+)?(?P<clause>(?:not\s+)?to\s+"
    # (a verb after "to", not "making promises to the American people")
    r"(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me|do)\b)"
    r"[a-z]{2,})"
)
_THAT = re.compile(r"\bthat\s+", re.IGNORECASE)
_DIRECTIVE_VERBS = frozenset(["urged", "urges", "urging", "called", "calls", "calling"])
_REQUEST_VERBS = frozenset(
    # "pressed the party to honor fallen officers", "implored them to stay"
    "asked asks asking ordered orders ordering pressed encouraged implored begged".split()  # noqa: SIM905
)
# "... Congress (not) to VERB": the one told and what to do, after a directive verb; the
# object is a short noun phrase (no verb of its own, no clause break)
_DIRECTIVE = re.compile(
    r"\s+(?P<clause>(?!(?:to|that|on|by|in|for|against|this|last|next|the\s+phone|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    # (the object has no place or time phrase: not "called on Ann Berg at her home to ...",
    # "urged the horse on to victory")
    r"(?:(?!\b(?:at|forward|back|ahead|onward)\b|\bon\s+to\b)"
    r"[^,;:_.!?“”\"()]){1,70}?"
    r"(?:,[^,;:_.!?“”\"()]{1,90},)?\s+(?:not\s+)?to\s+"
    r"(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me|"
    r"safety|victory|glory|death|power|office|court|jail|prison|school)\b)"
    r"[a-z]{2,})"
)
# "urged that approach": "that" is a determiner, no clause follows
_THAT_DETERMINER = re.compile(
    r"\s+that\s+(?:approach|option|change|plan|idea|course|policy|proposal|strategy|move|step|"
    r"measure|bill|law|path|decision|deal|one|route|tactic|view)\b"
)
# Where a directive's clause ends: the subject's next verb ("and cited the cost", "..., again
# called on ..."), or the reporter's next clause ("..., while Zelensky called on ...", "...,
# although they say ...")
_AND_PAST = re.compile(
    # ("and cited the cost"; not "veterans and retired workers")
    r"\s+and\s+(?:also\s+)?[a-z]{3,}ed\s+(?:the|a|an|his|her|their|its|that|to|on|for)\b"
    r"|,?\s+while\s|,\s+(?:although|though|because|whereas)\s"
    r"|,\s+(?:again|also|then|later)\s+[a-z]{3,}ed\b"
)
_DETERMINERS = frozenset(
    """
    a an the another one two three several some many most other senior top former this these
    those his her their its
    """.split()  # noqa: SIM905
)
_NOT_A_NAME_WORD = _DETERMINERS | {"it"}  # capitalised only when they open the sentence
# "the Trump administration", "the Biden campaign": a name as a modifier, not a subject.
_ATTRIBUTIVE_AFTER = re.compile(
    r"\s+(?:administration|campaign|team|family|government|era|camp|aides|allies|supporters|"
    r"loyalists|presidency|doctrine|foundation|organization|organisation|policy|policies|"
    r"tariffs|plan|voters|base|regime|cabinet|transition|White\s+House|Kremlin|"
    # "a former Bill Clinton aide", "Trump spokesman Sean Spicer"
    r"aide|ally|adviser|advisor|appointee|loyalist|supporter|spokesman|spokeswoman|"
    r"spokesperson|confidant|donor|critic|associate|associates|official|officials)\b"
)
# "a Trump spokeswoman, Hope Hicks": a person who speaks for the one named before
_ATTRIBUTIVE_PERSON = re.compile(
    r"\s+(?:aide|ally|adviser|advisor|appointee|loyalist|supporter|spokesman|spokeswoman|"
    r"spokesperson|confidant|associate|official|lawyer|attorney)\b"
)
_KIN = r"wife|husband|son|daughter|mother|father|brother|sister"
# "Pence's office", "Cohen's lawyers": someone speaking for the person, unnamed
_POSSESSED_SPEAKER = re.compile(
    r"[’']s\s+(?:\w+\s+)?(?:office|campaign|spokesman|spokeswoman|spokesperson|spokespeople|"
    r"lawyer|lawyers|attorney|attorneys|aide|aides|team|staff|allies|representative|"
    r"representatives|camp|administration|government|ministry|press\s+office|family|"
    + _KIN
    + r")\b"
)
# "according to Trump’s own Census Bureau": a body under the one named, no person speaking
_POSSESSED_BODY = re.compile(
    r"[’']s\s+(?:own\s+)?(?:[A-Z][\w&-]*\s+){1,4}(?:Bureau|Department|Agency|Office|"
    r"Administration|Commission|Service|Committee|Council|Ministry|Institute|Foundation)\b"
)
# A name opening the clause a subject reported ("Earnest said the president ...", "he told
# reporters Trump would ..."; not the inverted "…,” said Trump").
_REPORTING = (
    r"(?:said|says|told|tells|added|argued|insisted|noted|claimed|warned|stressed|predicted|"
    r"predicts|believes|thinks|suggested|suggests)(?:\s+(?:reporters|journalists|him|her|them))?"
)
_REPORTED_SUBJECT = re.compile(
    r"(?:\w\s+" + _REPORTING + r"\s+(?:that\s+)?|,\s+" + _REPORTING + r"\s+that\s+)"
    # ("Hoover said he and Nicholas Katzenbach ... feared": one of the clause's subjects)
    r"(?:(?:he|she|they|we|I)\s+and\s+)?(?:the\s+|Mr\.\s+|Mrs\.\s+|Ms\.\s+)?$"
)
# "returning home with his wife Elena": a relative named as an object
_KIN_OBJECT = re.compile(
    r"\b(?:with|to|for|by|and|of)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:"
    + _KIN
    + r"|partner|friend|girlfriend|boyfriend),?\s+$"
)


def _reported_subject(text: str, start: int) -> bool:
    return bool(
        _REPORTED_SUBJECT.search(text, max(0, start - 60), start)
        or _CONTENT_CLAUSE_SUBJECT.search(text, max(0, start - 90), start)
    )


# "rejected the claim that former NSA contractor Edward Snowden ... could": inside what a
# noun reports
_CONTENT_CLAUSE_SUBJECT = re.compile(
    r"\b(?:claims?|allegations?|reports?|idea|notion|suggestion|assertion|charges?|accusations?)"
    r"\s+that\s+(?:[\w.’'-]+\s+){0,5}$"
)


_PRONOUN_GENDER = {"he": "m", "she": "f"}
# Unnamed people a later "he" or "she" may mean: "a spokesman", "an official", "one aide"
_UNNAMED_PERSON_HEADS = frozenset(
    """
    spokesperson official aide adviser advisor lawyer attorney source diplomat officer
    """.split()  # noqa: SIM905
)
_COUNSEL_WORDS = frozenset(["attorney", "lawyer", "counsel"])
# "Flynn's attorney", "Strzok's longtime lawyer": one person's counsel (not "his lawyers")
_COUNSEL_OF = re.compile(
    r"(?:(?:the|a)\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})['’]s?\s+"
    r"(?:(?:personal|longtime|former|defense|own|new)\s+)?(?:attorney|lawyer|counsel)"
)
# Descriptions of sources an article keeps anonymous: "the official" after "a White House
# official said" is that one.
_ANONYMOUS_HEADS = frozenset(
    "official officials aide aides source sources spokesman spokeswoman spokesperson "  # noqa: SIM905
    "adviser advisor diplomat staffer".split()
)


# (after a comma, an appositive name closes: "a spokesman, Tom Hale, said"; not "According to
# a senior official, Azar is ...", where the name opens the reported clause)
_NAMED_AFTER = re.compile(
    r"\s*(?:,\s*" + NAME_RUN + r"(?:[,;)]|\.(?:\s|$)|$)|[A-Z][a-z]|,?\s*(?:named|identified)\b)"
)
_WRITING_TO_BEFORE = re.compile(
    r"\b(?:letter|message|e-?mail|memo|note|tweet|post|statement|report)\s+(?:to|for)\s+"
    r"(?:[\w.]+\s+){0,2}$"
)
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:since|when|after|before|because|until|once|while)\s+$")
_PRONOUN_AFTER_COMMA = re.compile(r"\s*,\s*(he|she|they|it|we)\s", re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|insisted|argued|noted)\s+(?:that\s+)?$")
_POSSESSED_NAMED = re.compile(r"[’']s\s+(?:\w+\s+){0,3}\w+,?\s*")
# "Obama’s 2012 deputy campaign manager": a title the person's possessive opens
_POSSESSED_TITLE = re.compile(
    r"[’']s\s+(?:(?!(?:of|to|for|in|on|at|with|from|by|about)\s)[\w-]+\s+){0,3}?(?:"
    + word_alternation("|".join(sorted(TITLE_HEADS)))
    + r")\b",
    re.IGNORECASE,
)
_SPEAKS_AFTER = re.compile(r"\s+" + _AUX + r"(?:said|says|told|tells|added|wrote|insisted)\b")
_LEADING_CONJUNCTIONS = frozenset(["but", "and", "so", "yet", "still", "then", "also", "even"])
# Sentence adverbs before a named or titled subject: "Now the President asks ...": the president
_LEADING_ADVERBS = frozenset(
    """
    now today tonight yesterday meanwhile instead again finally later earlier recently separately
    """.split()  # noqa: SIM905
)
_SUBJECT_WINDOW_CHARS = 1500
_SUBJECT_WINDOW = 3  # paragraphs back in which a sentence subject beats a nearer mention
_PREPOSITIONS = frozenset(
    """
    with to for of by against from about on at in than like between among into onto upon toward
    towards after before under over through throughout across via
    """.split()  # noqa: SIM905
)


@dataclass(slots=True)
class _Segment:
    paragraph: int
    start: int  # offset of the opening mark (or paragraph start when it has none)
    end: int  # offset after the closing mark (or paragraph end)
    text: str
    closed: bool
    end_paragraph: int = -1
    opens_paragraph: bool = False
    inner_start: int = 0
    inner_end: int = 0


@dataclass(slots=True)
class _MentionRef:
    paragraph: int
    start: int
    end: int
    person: str


@dataclass(slots=True)
class _Attribution:
    speaker: str | None
    description: str | None
    start: int  # where the attribution words are in the paragraph (for ordering)


# --- quote marks --------------------------------------------------------------------------------


_SENTENCE_PRONOUN = re.compile(r"(?:^|[.!?][\"”’']?\s+)(He|She)\b")
_CHAIN_CHARS = 1500  # how far back a pronoun looks for the pronoun it repeats
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_NEW_PARAGRAPH_MARK = re.compile(r"[.!?]\s+$")
_CLOSER_OF_CURLY = re.compile(r"[”»]")
_WORD_CHAR = re.compile(r"\w")
_NESTED_CHARS = 60  # a nested straight quote: a word or a phrase, not sentences


def _mark_kind(paragraph: str, index: int, length: int) -> str:
    char = _DOUBLED_CURLY.get(paragraph[index : index + length], paragraph[index])
    before = paragraph[index - 1] if index else " "
    after = paragraph[index + length] if index + length < len(paragraph) else " "
    # A curly mark facing the wrong way still opens at a word start ("”What ...") and closes
    # at a word end ("... percent.“").
    if char in OPENERS:
        return "close" if not before.isspace() and (after.isspace() or after in ",.;:") else "open"
    if char in CLOSERS:
        return "open" if before.isspace() and after.isalnum() else "close"
    if before.isspace() or before in "([{—–-:;,/" or index == 0:
        return "open" if not after.isspace() else "close"
    return "close"


_SENTENCE_INSIDE = re.compile(r"[.!?]\s")


def _nested(paragraph: str, index: int, length: int, outer: int) -> bool:
    """Whether a mark opening inside an open quote of its own family nests a short word or
    phrase ('"… the Democrats "trap" of Open Borders …"', "“… share his “America first”
    foreign policy …”"): its closing mark follows within a few words and no sentence ends
    before it. Else the first quote was never closed ('she writes: "His attacks …"' after an
    unclosed '"It never stopped. […]'): for a straight mark, only a colon before it says so.
    A curly quote that opened right after a word ("the “endless wars “in the Middle East")
    was a closing mark facing the wrong way: it nests nothing."""
    mark = paragraph[index : index + length]
    if mark in OPENERS and paragraph[max(0, outer - 20) : outer].rstrip()[-1:].isalnum():
        return False
    closer = (
        _CLOSER_OF_CURLY.search(paragraph, index + 1, index + 1 + _NESTED_CHARS)
        if mark in OPENERS
        else None
    )
    close = (
        closer.start()
        if closer
        else paragraph.find(mark, index + length, index + length + _NESTED_CHARS)
    )
    short = (
        close > index + length
        and _WORD_CHAR.search(paragraph, index + length, close) is not None
        and not _SENTENCE_INSIDE.search(paragraph, index + length, close)
        and paragraph[close - 1 : close] not in (".", "!", "?")
    )
    if mark in OPENERS:
        return short
    # A straight mark that closes within a few words nests ('"He yelled "Stop!" and ran,"'),
    # unless a colon leads in to a quote of its own ('Keller writes: "His attacks caused
    # lasting damage."'); one that does not close there restarts.
    if close <= index + length:
        return False
    return short or not paragraph[max(0, index - 4) : index].rstrip().endswith(":")


def _segments(paragraph: str, p_index: int) -> list[_Segment]:
    """Quoted stretches of one paragraph (outermost only)."""
    out: list[_Segment] = []
    stack: list[tuple[str, int, int]] = []  # (family, offset, mark length)
    for match in _MARK.finditer(paragraph):
        index = match.start()
        length = match.end() - index
        char = _DOUBLED_CURLY.get(match.group(), paragraph[index])
        family = "curly" if char in OPENERS or char in CLOSERS else "straight"
        kind = _mark_kind(paragraph, index, length)
        if (
            kind == "open"
            and family == "straight"
            and stack
            and paragraph[index - 1 : index] in (",", ".", "!", "?")
        ):
            kind = "close"  # 'be harmed,"Obama said': a closing mark without its space
        if kind == "open":
            if len(stack) == 1 and stack[-1][0] == family:
                if _NEW_PARAGRAPH_MARK.search(paragraph, max(0, index - 3), index):
                    # 'concerned by this concept. "It flies ...': a quote that ran over
                    # paragraphs, pasted as one line; each paragraph opens again.
                    continue
                if not _nested(paragraph, index, length, stack[-1][1]):
                    # Two openers in a row: the first was never closed; restart here.
                    stack.clear()
            stack.append((family, index, length))
            continue
        if not stack:
            continue
        # Close the innermost open mark of the same family, or the outermost if none is.
        position = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == family), 0)
        _, opened, open_len = stack[position]
        del stack[position:]
        if not stack:
            seg = _Segment(
                p_index, opened, index + length, paragraph[opened + open_len : index], True
            )
            seg.inner_start, seg.inner_end = opened + open_len, index
            out.append(seg)
    if stack:
        _, opened, open_len = stack[0]
        seg = _Segment(
            p_index, opened, len(paragraph), paragraph[opened + open_len :].rstrip(), False
        )
        seg.inner_start, seg.inner_end = opened + open_len, len(paragraph)
        out.append(seg)
    for seg in out:
        seg.end_paragraph = p_index
        seg.opens_paragraph = _NON_SPACE.search(paragraph, 0, seg.start) is None
    return out


def _family(paragraph: str, seg: _Segment) -> str:
    """Which marks a segment opens with: "straight" ('"', "''") or "curly" (“ „ «)."""
    return "straight" if paragraph[seg.start : seg.start + 1] in "\"'" else "curly"


def _mask(paragraph: str, segments: list[_Segment]) -> str:
    """The paragraph with quoted words replaced by '_' (a final .!? kept for sentence ends)
    and a list bullet blanked ("- Kyiv's air force said ..." opens with its subject)."""
    bullet = LIST_BULLET.match(paragraph)
    if bullet:
        paragraph = " " * bullet.end() + paragraph[bullet.end() :]
    if not segments:
        return paragraph
    parts: list[str] = []
    last = 0
    for seg in segments:
        inner_start, inner_end = seg.inner_start, seg.inner_end
        inner = paragraph[inner_start:inner_end]
        keep = inner[-1] if inner and inner[-1] in ".!?" else ""
        parts.append(paragraph[last:inner_start])
        parts.append("_" * (len(inner) - len(keep)) + keep)
        last = inner_end
    parts.append(paragraph[last:])
    return "".join(parts)


# --- people and pronouns ------------------------------------------------------------------------


_NAME_LIKE = re.compile(r"\b[A-Z][a-z]+\b")
_NEXT_PRONOUN = re.compile(r"(?=[hs])\b(he|him|his|she|her|hers)\b", re.IGNORECASE)


# "Sen. Berg" ... "the senator": abbreviated titles and the word a later reference uses.
_TITLE_WORDS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "lt": "lieutenant",
    "gen": "general",
    "pres": "president",
    "sec": "secretary",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "sgt": "sergeant",
    "capt": "captain",
    "atty": "attorney",
    "amb": "ambassador",
    "dr": "doctor",
}


# A description's head and the title it covers: "the congressman" is the one the article
# called "Rep." (not "U.S. Trade Representative Greer"). Generic heads ("the lawmaker") take
# the nearest person anyway; "the lawyer" is no "Attorney General" or "District Attorney".
_TITLE_EQUIVALENTS = {
    "congressman": "representative",
    "congresswoman": "representative",
    "pontiff": "pope",
}


def _has_title(head: str, words: set[str] | frozenset[str], noun: Iterable[str] = ()) -> bool:
    """Whether a role's ``words`` carry the title ``head`` of a description (its words
    ``noun``): "the president" is not the "Vice President", "the secretary" no "Deputy
    Secretary", unless the description says so too."""
    if head in RANKED_HEADS and words & SECOND_RANK and not SECOND_RANK.intersection(noun):
        return False
    covered = _TITLE_EQUIVALENTS.get(head)
    return head in words or (covered in words and "trade" not in words)


class _PeopleIndex:
    def __init__(self, people: tuple[Person, ...]):
        self.people = people
        self.by_paragraph: dict[int, list[_MentionRef]] = {}
        refs: list[_MentionRef] = []
        for person in people:
            for mention in person.mentions:
                span = mention.span
                refs.append(_MentionRef(span.paragraph, span.start, span.end, person.name))
        refs.sort(key=lambda r: (r.paragraph, r.start))
        self.refs = refs
        self.keys = [(r.paragraph, r.start) for r in refs]
        for ref in refs:
            self.by_paragraph.setdefault(ref.paragraph, []).append(ref)
        self.starts = {p: [r.start for r in rs] for p, rs in self.by_paragraph.items()}
        self.gender = {p.name: _gender(p) for p in people}
        self.contested: set[str] = set()
        self.by_name: dict[str, str] = {}  # full name, alias or surname -> canonical name
        surnames: dict[str, set[str]] = {}
        for person in people:
            for form in (person.name, *person.aliases):
                self.by_name[form.casefold()] = person.name
            surnames.setdefault(person.name.split()[-1].casefold(), set()).add(person.name)
        for surname, names in surnames.items():
            if len(names) == 1:
                self.by_name.setdefault(surname, next(iter(names)))
        # "Sergei says ...": a given name alone, in stories that call people by it.
        given: dict[str, set[str]] = {}
        for person in people:
            parts = person.name.split()
            if len(parts) >= 2 and parts[0].casefold() not in REGNAL_TITLES:
                # (not "Prince" for Prince Harry: "Prince said" is someone else)
                given.setdefault(parts[0].casefold(), set()).add(person.name)
        self.by_given = {
            key: next(iter(names))
            for key, names in given.items()
            if len(names) == 1 and key not in self.by_name
        }
        self.refs_by_person: dict[str, list[_MentionRef]] = {}
        for ref in refs:
            self.refs_by_person.setdefault(ref.person, []).append(ref)
        heads: dict[str, list[str]] = {}
        for person in people:
            for role in person.roles[:1]:
                words = role.title.lower().split()
                for k, word in enumerate(_TITLE_WORDS.get(w.rstrip("."), w) for w in words):
                    if word in TITLE_HEADS and (
                        k == 0 or words[k - 1] not in SECOND_RANK or word not in RANKED_HEADS
                    ):
                        # ("Vice President Lund" is no one's "the president"; an attorney
                        # is "the lawyer", but no attorney general)
                        synonyms = (
                            _HEAD_SYNONYMS.get(word, (word,))
                            if words[k + 1 : k + 2] != ["general"]
                            else (word,)
                        )
                        for head in synonyms:
                            heads.setdefault(head, [])
                            if person.name not in heads[head]:
                                heads[head].append(person.name)
        self.role_heads = heads
        # Lawyers by the words of their titles ("Strzok lawyer"), and those titled only
        # "attorney": whom "Strzok's attorney" may be.
        self.counsel_by_word: dict[str, set[str]] = {}
        self.counsel_bare: set[str] = set()
        for person in people:
            for role in person.roles:
                words = role.title.lower().replace("’s", "").replace("'s", "").split()
                if not set(words) & _COUNSEL_WORDS or "general" in words:
                    continue
                if len(words) == 1:
                    self.counsel_bare.add(person.name)
                for word in words:
                    self.counsel_by_word.setdefault(word, set()).add(person.name)
        self.role_words = {
            person.name: {
                _TITLE_WORDS.get(w.rstrip(".,"), w.rstrip(".,"))
                for title in (
                    *(role.title for role in person.roles),
                    *(a.split()[0] for a in person.aliases if a.split()[0].endswith(".")),
                )
                for w in title.lower().split()
            }
            for person in people
        }

    def vote_genders(self, masked: list[str]) -> None:
        """Gender of people the lexicons cannot tell: the pronoun that follows their mentions."""
        for name, gender in self.gender.items():
            votes = {"m": 0, "f": 0}
            for ref in self.refs_by_person.get(name, [])[:8]:
                match = _NEXT_PRONOUN.search(masked[ref.paragraph], ref.end, ref.end + 160)
                if (
                    match
                    and match.group(1).lower() in ("his", "her")
                    and not masked[ref.paragraph][ref.end : match.start()].strip(" ,")
                ):
                    continue  # "Tana Lund, his Iowa co-chair": someone else's possessive
                if match and any(
                    other.person != name
                    for other in self.in_range(ref.paragraph, ref.end, match.start())
                ):
                    continue  # "Hastings warned Ms. Cortez that ... her chances": hers
                if match is None and ref.paragraph + 1 < len(masked):
                    rest = masked[ref.paragraph][ref.end :]
                    if not _NAME_LIKE.search(rest):  # no one else named before the paragraph ends
                        match = _NEXT_PRONOUN.search(masked[ref.paragraph + 1], 0, 60)
                if match:
                    votes["f" if match.group(1).lower() in ("she", "her", "hers") else "m"] += 1
            if gender is not None and votes["m" if gender == "f" else "f"] > votes[gender]:
                self.contested.add(name)  # "Terry ... she": the name lexicon may be wrong
            if gender is None and votes["m"] != votes["f"]:
                self.gender[name] = "m" if votes["m"] > votes["f"] else "f"
            elif gender is not None and votes[gender] == 0 and sum(votes.values()) >= 4:
                self.gender[name] = "m" if gender == "f" else "f"  # the text knows better

    def in_range(self, paragraph: int, start: int, end: int) -> list[_MentionRef]:
        refs = self.by_paragraph.get(paragraph)
        if not refs:
            return []
        starts = self.starts[paragraph]
        return refs[bisect_left(starts, start) : bisect_left(starts, end)]

    def before(self, paragraph: int, offset: int) -> list[_MentionRef]:
        """Mentions before a point, most recent first (at most a few paragraphs back)."""
        index = bisect_left(self.keys, (paragraph, offset))
        out = []
        for ref in reversed(self.refs[max(0, index - 80) : index]):
            if ref.paragraph < paragraph - 8:
                break
            out.append(ref)
        return out


def _gender(person: Person) -> str | None:
    words = {w.lower().rstrip(".") for alias in person.aliases for w in alias.split()[:1]}
    for role in person.roles:
        words.update(role.title.lower().split())
    if words & FEMALE_WORDS:
        return "f"
    if words & MALE_WORDS:
        return "m"
    return given_gender(person.name.split()[0])


# --- attribution --------------------------------------------------------------------------------


# "“... only encourages” Putin, he added": a name that ends the quoted sentence
_QUOTE_CLOSED_BEFORE = re.compile(r"_[”\"]\s*$")
_HE_WORD = re.compile(r"\b[Hh]e\b")
_SOON_CHARS = 1500  # how far on in its paragraph a pronoun's first person may be named
_FRONTED_ASKED = re.compile(
    r"(?:(?:But|And|When|Later|Then|Again)\s+)?"
    r"(?:[Aa]sked|[Pp]ressed|[Qq]uestioned|[Cc]hallenged|[Qq]uizzed|[Ii]nterviewed)\b"
)
_FRONTED_GERUND = re.compile(
    r"(?:After|Before|Since|While|Upon|By|Despite|Without)\s+[a-z]{3,}ing\s"
)
_SHE_WORD = re.compile(r"\b[Ss]he\b")
# "..., he said, ...": an attribution set between commas inside the clause it reports
_INTERRUPTING = re.compile(r"(?:he|she)\s+(?:[a-z]+ly\s+)?[a-z]+,\s*(?![“\"_])", re.IGNORECASE)
# "Addressing Pence's record, he said": a fronted participle's phrase, whose subject is "he"
_ING_OPENER = re.compile(r"\s*(?!During\s)[A-Z][a-z]+ing\s")


class _Resolver:
    def __init__(self, paragraphs: tuple[str, ...], masked: list[str], people: _PeopleIndex):
        self.paragraphs = paragraphs
        self.masked = masked
        self.people = people
        self.last_speaker: tuple[int, str] | None = None  # the latest one recorded
        self.exclude: frozenset[str] = frozenset()  # named in the quote: no "he" of its own
        self._spoken: list[tuple[int, int, str]] = []  # (paragraph, offset, speaker), sorted
        # Speakers the text leaves unnamed ("a spokesman"): (paragraph, where their words start,
        # where they end, gender or "", description), sorted
        self._unnamed: list[tuple[int, int, int, str, str]] = []
        self._unnamed_meant: str | None = None  # the description the last pronoun meant
        # paragraph -> (sentence starts, {start: gender of the "He"/"She" opening it})
        self._openers: dict[int, tuple[list[int], dict[int, str]]] = {}
        self._sentence_starts: dict[int, list[int]] = {}  # paragraph -> where sentences start

    def spoke(self, paragraph: int, offset: int, speaker: str) -> None:
        """Record who spoke where: a later pass over the same paragraph (reported speech after
        the direct quotes) asks who spoke *before* a point, not who spoke last."""
        insort(self._spoken, (paragraph, offset, speaker))
        self.last_speaker = (paragraph, speaker)

    def spoke_unnamed(self, span: Span, description: str | None) -> None:
        """Record an unnamed person who spoke (``span``: their words), "a North Korean foreign
        ministry spokesman", whom a later "he" or "she" may mean; not a body ("the Kremlin")."""
        if not description:
            return
        words = description.lower().split()
        head = words[-1].strip(",.’'") if words else ""
        if (
            # (not "the top Russian diplomat", who may be a person named before)
            words
            and words[0] in ("a", "an", "one", "another")
            and (head in FEMALE_WORDS or head in MALE_WORDS or head in _UNNAMED_PERSON_HEADS)
        ):
            gender = "f" if head in FEMALE_WORDS else "m" if head in MALE_WORDS else ""
            insort(self._unnamed, (span.paragraph, span.start, span.end, gender, description))

    def unnamed_since(
        self, want: str | None, paragraph: int, offset: int
    ) -> tuple[int, int, int, str, str] | None:
        """The unnamed person of the wanted gender (or of none; any, when ``want`` is None)
        who spoke last before (``paragraph``, ``offset``), in that paragraph or the one
        before, if no named person spoke after them."""
        index = bisect_left(self._unnamed, (paragraph, offset))
        if not index:
            return None
        found = self._unnamed[index - 1]
        if found[0] < paragraph - 1 or (want is not None and found[3] not in ("", want)):
            return None
        named = bisect_left(self._spoken, (paragraph, offset, ""))
        if named and self._spoken[named - 1][:2] >= found[:2]:
            return None
        return found

    def pronoun_attribution(self, pronoun: str, paragraph: int, at: int) -> _Attribution:
        """Who "he"/"she" at ``at`` is, as an attribution: a person, or the description of an
        unnamed one who spoke just before ("a spokesman ..., he added")."""
        self._unnamed_meant = None
        person = self.pronoun(pronoun, paragraph, at)
        return _Attribution(person, None if person else self._unnamed_meant, at)

    def _spoke_in_sentence(self, ref: _MentionRef, paragraph: int, offset: int) -> bool:
        """Whether ``ref``'s person was given words later in the sentence that names them, in
        the paragraph of the pronoun at ``offset`` ("written by Justice Lund, who noted that
        ...")."""
        if ref.paragraph != paragraph or not _WHO_AFTER_NAME.match(self.masked[paragraph], ref.end):
            return False
        index = bisect_left(self._spoken, (paragraph, ref.end, ""))
        if index == len(self._spoken):
            return False
        p, at, speaker = self._spoken[index]
        return (
            p == paragraph
            and at < offset
            and speaker == ref.person
            and not _SENTENCE_BREAK.search(self.masked[paragraph], ref.end, at)
        )

    def speaker_before(self, paragraph: int, offset: int) -> tuple[int, str] | None:
        index = bisect_left(self._spoken, (paragraph, offset, ""))
        if not index:
            return None
        p, _, speaker = self._spoken[index - 1]
        return p, speaker

    def pronoun(self, pronoun: str, paragraph: int, offset: int) -> str | None:
        """The person "he"/"she" refers to: walking back, the last speaker or a sentence
        subject of the right gender wins; else the nearest compatible mention."""
        want = _PRONOUN_GENDER.get(pronoun.lower())
        if want is None:
            return None
        ahead = self._cataphora(want, paragraph, offset)
        if ahead is not None:
            return ahead
        described = self._described_subject(want, paragraph, offset)
        if described is not None:
            return described
        offset = self._chained(want, paragraph, offset)
        found = self._pronoun_pass(want, paragraph, offset, strict=True)
        if found == "":
            # the unnamed one who spoke last ("a spokesman ... He added")
            unnamed = self.unnamed_since(want, paragraph, offset)
            self._unnamed_meant = unnamed[4] if unnamed else None
            return None
        if found is None and self.people.contested:
            found = self._pronoun_pass(want, paragraph, offset, strict=False)
        if found is None and self.exclude:
            # "“I am Tom Lund and I approve this message,” he said": the only one there
            excluded, self.exclude = self.exclude, frozenset()
            found = self._pronoun_pass(want, paragraph, offset, strict=True)
            self.exclude = excluded
        if found is not None and self.people.gender.get(found) is None:
            # "Jennifer Loudon, widow of officer Thor Soderberg, spoke when she said": the
            # sentence's subject, of the pronoun's gender, over a name of unknown gender
            found = self._gendered_subject(want, paragraph, offset) or found
        if found is None and paragraph <= 1:
            found = self._named_soon(want, paragraph, offset)
        return found

    def _described_subject(self, want: str, paragraph: int, offset: int) -> str | None:
        """ "As the Herald reported, the Wisconsin congressman was a critic until 2008, when he
        told ...": a pronoun later in the sentence is its subject, a description of someone
        named (and no one of the pronoun's gender named between)."""
        text = self.masked[paragraph]
        start = _sentence_start(text, offset)
        match = _DESCRIBED_SUBJECT.match(text, start, offset)
        if match is None or any(
            self.people.gender.get(ref.person) in (want, None)
            for ref in self.people.in_range(paragraph, start, offset)
        ):
            return None
        found = self._describe(match.group(1), paragraph, match.start(1))
        if found is None or found.speaker is None:
            return None
        return found.speaker if self.people.gender.get(found.speaker) in (want, None) else None

    def _cataphora(self, want: str, paragraph: int, offset: int) -> str | None:
        """ "While he now demands that ..., President Obama took a different line": a pronoun
        in a fronted subordinate clause is the main clause's subject, named after its comma."""
        text = self.masked[paragraph]
        start = _sentence_start(text, offset)
        if not _SUBORDINATE_OPENING.match(text, start) or "," in text[start:offset]:
            return None
        comma = text.find(", ", offset, offset + 250)
        if comma < 0 or _SENTENCE_BREAK.search(text, offset, comma):
            return None
        refs = self.people.in_range(paragraph, comma, comma + 60)
        if not refs:
            return None
        ref = refs[0]
        if (
            text[ref.end : ref.end + 2] in ("’s", "'s")
            or not _is_subject(text, ref.start)
            or self.people.gender.get(ref.person) not in (want, None)
            or ref.person in self.exclude
        ):
            return None
        return ref.person

    def _named_soon(self, want: str, paragraph: int, offset: int) -> str | None:
        """An article that opens on "..., she says" before naming anyone: the first person
        of that gender it names next, within two paragraphs, if no one came before."""
        if bisect_left(self.people.keys, (paragraph, offset)):
            return None
        index = bisect_right(self.people.keys, (paragraph, offset))
        for ref in self.people.refs[index : index + 12]:
            if ref.paragraph > paragraph + 2 or (
                ref.paragraph == paragraph and ref.start - offset > _SOON_CHARS
            ):
                break
            text = self.masked[ref.paragraph]
            if (
                # (in the pronoun's own sentence: no sentence break between them)
                (ref.paragraph == paragraph and not _SENTENCE_BREAK.search(text, offset, ref.start))
                or text[ref.start : ref.start + 1] == "_"
                or ref.person in self.exclude
                or text[ref.end : ref.end + 2] in ("’s", "'s")
                or not _is_subject(text, ref.start)
                or len(text[_sentence_start(text, ref.start) : ref.start].split()) > 6
            ):
                continue  # (what she says, the words she quotes; a name in a verb's object)
            gender = self.people.gender.get(ref.person)
            if gender == want and ref.person not in self.people.contested:
                return ref.person
            if gender is None:
                return None  # (someone the pronoun may be)
        return None

    def _opened_by(self, paragraph: int, pos: int) -> str | None:
        """The gender of the "He"/"She" that opens the sentence holding ``pos``, if one does
        (per paragraph once: a walk back over many mentions stays linear)."""
        cached = self._openers.get(paragraph)
        if cached is None:
            text = self.masked[paragraph]
            starts = [0, *(m.end() for m in _SENTENCE_BREAK.finditer(text))]
            openers = {}
            for start in starts:
                opener = _PRONOUN_OPENER.match(text, start)
                if opener:
                    openers[start] = _PRONOUN_GENDER[opener.group(1).lower()]
            cached = self._openers[paragraph] = (starts, openers)
        starts, openers = cached
        start = starts[bisect_right(starts, pos) - 1]
        return openers.get(start) if start < pos else None

    def _sole_person(self, paragraph: int, ref: _MentionRef, offset: int, want: str) -> bool:
        """Whether ``ref`` is the only person, named or as "he"/"she" of the gender ``want``,
        in its sentence and up to ``offset``."""
        text = self.masked[paragraph]
        starts = self._sentence_starts.get(paragraph)
        if starts is None:  # (per paragraph once, and a bisect: many pronouns stay linear)
            starts = self._sentence_starts[paragraph] = [s for s, _ in split_sentences(text)]
        index = bisect_right(starts, ref.start) - 1
        start = starts[index] if index >= 0 else 0
        if any(o.person != ref.person for o in self.people.in_range(paragraph, start, offset)):
            return False
        pronoun = _SHE_WORD if want == "f" else _HE_WORD
        return not pronoun.search(text, start, offset)

    def _opens_with_pronoun(self, paragraph: int, offset: int) -> bool:
        """Whether the pronoun at ``offset`` opens its sentence ("He found", "But she said")."""
        text = self.masked[paragraph]
        opener = _PRONOUN_OPENER.match(text, _sentence_start(text, offset))
        return bool(opener and opener.start(1) == offset)

    def _speaks_of(self, paragraph: int, start: int, end: int) -> bool:
        """Whether a quote right after a person's name (``start``) is the predicate that
        person's sentence gives them, in someone else's words: "Mandela “woke me up to my
        responsibilities,” he continued" (the "me" is the speaker, not Mandela)."""
        masked = self.masked[paragraph]
        quote = masked.find("_", start, end)
        if quote < 0:
            return False
        gap = masked[start:quote]
        if "," in gap or _VERB.search(gap) or len(gap.split()) > 3:
            return False  # ("Lund said: “I ...”", "Lund, a senator, “...”": his own words)
        words = "".join(
            o if m == "_" else " "
            for o, m in zip(self.paragraphs[paragraph][quote:end], masked[quote:end], strict=True)
        )
        return bool(_FIRST_PERSON_SINGULAR.search(words))

    def _gendered_subject(self, want: str, paragraph: int, offset: int) -> str | None:
        """The subject of the pronoun's sentence when it is a person known to be of gender
        ``want`` (named before the pronoun, not inside a quote)."""
        text = self.masked[paragraph]
        start = _sentence_start(text, offset)
        for ref in self.people.in_range(paragraph, start, offset):
            if text[ref.start : ref.start + 1] == "_" or ref.person in self.exclude:
                continue
            if self.people.gender.get(ref.person) == want and _is_subject(text, ref.start):
                if self._speaks_of(paragraph, ref.end, offset):
                    # "Mandela “woke me up to my responsibilities,” he continued": the one
                    # whose "me" the quote says is not its subject
                    return None
                return ref.person
            break  # (only the sentence's first person)
        return None

    def _chained(self, want: str, paragraph: int, offset: int) -> int:
        """Where to resolve a pronoun from: at the first "He"/"She" of its gender opening a
        sentence since the last person named in the paragraph, the same person ("Mr. Bannon’s
        own ideology had changed. He was saying such things himself. “Think about it,” he
        said"), else where it stands."""
        refs = self.people.by_paragraph.get(paragraph, ())
        index = bisect_right(self.people.starts.get(paragraph, ()), offset)
        start = refs[index - 1].end if index else 0
        start = max(start, offset - _CHAIN_CHARS)
        for match in _SENTENCE_PRONOUN.finditer(self.masked[paragraph], start, offset):
            # (the first of the other gender: another person stands in between)
            return match.start(1) if _PRONOUN_GENDER[match.group(1).lower()] == want else offset
        return offset

    def _pronoun_pass(self, want: str, paragraph: int, offset: int, strict: bool) -> str | None:
        """The person a pronoun means, None for no one found, or "" for an unnamed speaker
        (a spokesman who spoke last, with no one of the pronoun's gender named since)."""
        masked = self.masked
        last = self.speaker_before(paragraph, offset)
        if last and last[1] in self.exclude:
            last = None
        unnamed = self.unnamed_since(want, paragraph, offset)
        fallback = None
        oblique_fallback: tuple[int, str] | None = None  # (paragraph, person)
        nearest_seen = False
        for ref in self.people.before(paragraph, offset):
            if unnamed and fallback is None:
                if (ref.paragraph, ref.start) < unnamed[:2]:
                    return ""  # "A spokesman said ... He added": past him, no one else named
                if ref.paragraph == unnamed[0] and ref.start < unnamed[2]:
                    continue  # "a spokesman said Pompeo’s delegation insisted": in his words
            if fallback is None and oblique_fallback and ref.paragraph < oblique_fallback[0]:
                # "..., Cooper, who served under President Bush, wrote": a fit that is no
                # object in the paragraph of the nearest object; else that object
                fallback = oblique_fallback[1]
            if fallback is not None and (
                ref.paragraph < paragraph - _SUBJECT_WINDOW
                # (a paste without paragraph breaks: as far back as a few paragraphs go)
                or (ref.paragraph == paragraph and offset - ref.end > _SUBJECT_WINDOW_CHARS)
            ):
                return fallback  # beyond the last paragraph the nearest fit is safest
            text = masked[ref.paragraph]
            if text[ref.start : ref.start + 1] == "_" or ref.person in self.exclude:
                continue  # inside a quote, or named in the one being attributed
            if (
                ref.paragraph == paragraph
                and not _SENTENCE_BREAK.search(text, ref.end, offset)
                and self._speaks_of(paragraph, ref.end, offset)
            ):
                continue  # "Mandela “woke me up,” he continued": the quote's "me" is not him
            gender = self.people.gender.get(ref.person)
            if not strict and ref.person in self.people.contested:
                gender = None
            if gender is not None and gender != want:
                continue
            if self._opened_by(ref.paragraph, ref.start) == want:
                # "He learned he got treatments when Roosevelt did, the week the former
                # president died." then "he said": the sentence's "he" goes on, not a name
                # inside it
                continue
            # "with Trump", "Trump's": not the subject the pronoun picks up, unless no one is.
            prev = text[max(0, ref.start - 12) : ref.start].split()
            oblique = (
                (
                    bool(prev and prev[-1].lower() in _PREPOSITIONS)
                    or text[ref.end : ref.end + 2] in ("’s", "'s")
                    # "The Trump administration does realize ...": a name used as a modifier
                    or bool(_ATTRIBUTIVE_AFTER.match(text, ref.end))
                    # "Podesta demanded Mr. Comey explain ...": the object of a verb
                    or _object_position(text, ref.start)
                    # "Earnest said the president wasn't singling out ...": inside what was said
                    or _reported_subject(text, ref.start)
                    # "Berg was waiting with her girlfriend, Ana Lund, when": the relative
                    # named as an object, not the one the sentence is about
                    or bool(_KIN_OBJECT.search(text, max(0, ref.start - 40), ref.start))
                )
                and not _subordinate_subject(text, ref.start, ref.end)
                # (not "For Letswalo, the talks could fail. “...,” he said": whose view)
                and not self._holds_view(ref)
            )
            # "are summarized ... by Gideon Rachman, columnist. He begins": a passive's agent
            # does what the sentence tells, as a subject would
            agent = bool(
                prev
                and prev[-1] == "by"
                and _PASSIVE_AGENT.search(text, max(0, ref.start - 120), ref.start)
            )
            agent = agent or bool(
                ref.paragraph == paragraph
                and _SENTENCE_CLOSES.match(text, ref.end)
                # (the very next sentence: not "..., according to Berg. Lund disagreed. He")
                and not _SENTENCE_BREAK.search(text, ref.end + 1, offset)
                and _ACCORDING_TO_BEFORE.search(text, max(0, ref.start - 80), ref.start)
                # (not "Bush attributed it to Cheney's wife, according to Meacham.": Bush)
                and not self.people.in_range(
                    ref.paragraph, _sentence_start(text, ref.start), ref.start
                )
            )
            # "The opinion was written by Justice Lund, who noted that .... It was wrong,
            # he said": one whose own sentence gave them words speaks on
            oblique = oblique and not agent and not self._spoke_in_sentence(ref, paragraph, offset)
            if (
                oblique
                and ref.paragraph == paragraph
                and text[ref.end : ref.end + 2] in ("’s", "'s")
                and offset - ref.end < 60
                and not _SENTENCE_BREAK.search(text, ref.end, offset)
                and "_" not in text[ref.end : offset]
                # (not "Lund has gone after reporters, including Berg's colleague Dahl, and
                # he indicated": a clause joined to the main one has its subject)
                and not (
                    _AND_END.search(text, ref.end, offset)
                    and self._gendered_subject(want, paragraph, offset)
                )
                # (not "Walker's actions, he said, have been ...": the attribution interrupts a
                # clause the possessive opens)
                and not _INTERRUPTING.match(text, offset)
                and not _ING_OPENER.match(text, _sentence_start(text, offset))
            ):
                return ref.person  # "During Trump's announcement Friday, he said"
            if (
                ref.paragraph == paragraph
                and text[ref.end : ref.end + 2] in ("’s", "'s")
                and offset - ref.end - text.count("_", ref.end, offset) < 200
                and len(_SENTENCE_BREAK.findall(text, ref.end, offset)) == 1
                and (
                    _is_subject(text, ref.start)
                    # "... nothing tentative about Hale's opinion. He found ...": the one
                    # person the sentence before names, and "He" opens this one
                    or (
                        self._opens_with_pronoun(paragraph, offset)
                        and self._sole_person(paragraph, ref, offset, want)
                    )
                )
            ):
                return ref.person  # "Putin's reaction was more sober. He called the talks"
            if (
                ref.paragraph == paragraph - 1
                and text[ref.end : ref.end + 2] in ("’s", "'s")
                and _is_subject(text, ref.start)
                and not _SENTENCE_BREAK.search(text, ref.end)  # (its paragraph's last sentence)
                and self._opens_with_pronoun(paragraph, offset)
                and not self.masked[paragraph][
                    : _sentence_start(self.masked[paragraph], offset)
                ].strip()
                and self._sole_person(ref.paragraph, ref, len(text), want)
            ):
                # "Judge Leon’s ruling focuses on the question. [¶] He noted that ...": the one
                # whose work the paragraph before was about, and no one else named there
                return ref.person
            if oblique and prev and prev[-1].lower() == "with" and _ABSOLUTE.match(text, ref.end):
                oblique = False  # "with Clinton — who ... — lambasting the plan": a subject
                if not nearest_seen:
                    return ref.person
            if not nearest_seen:
                nearest_seen = True
                if (
                    ref.paragraph == paragraph - 1
                    and self._introduced_last(ref)
                    # (not "Horowitz said he was surprised by Durham, the U.S. attorney ...".
                    # "He also said": the one who spoke there goes on)
                    and not (
                        oblique
                        and last
                        and last[0] == ref.paragraph
                        and last[1] != ref.person
                        and self.people.gender.get(last[1]) in (want, None)
                    )
                ):
                    return ref.person  # "... concerns Henry Crespo, president of X." "he said"
                if (
                    ref.paragraph == paragraph
                    and offset - ref.end < 400
                    # an interlocutor ("with Baghaei") or a subject, not a verb's object
                    and (
                        (prev and prev[-1].lower() in ("with", "to"))
                        or not _object_position(text, ref.start)
                    )
                    and len(_SENTENCE_BREAK.findall(text, ref.end, offset)) == 1
                    and self._introduced_with_title(ref, offset)
                    # (not "Hoover said he and Nicholas Katzenbach, the deputy attorney
                    # general, feared ... He noted": named in what the speaker said)
                    and not (
                        last
                        and last[0] == ref.paragraph
                        and last[1] != ref.person
                        and self.people.gender.get(last[1]) in (want, None)
                        and _reported_subject(text, ref.start)
                    )
                ):
                    # "we did raise it with Baghaei, the foreign ministry spokesperson, in an
                    # interview. He said": the one just interviewed (not "fired Tom Brill, the
                    # budget director": the governor who fired him speaks on)
                    return ref.person
            if oblique:
                if (
                    ref.paragraph == paragraph
                    and offset - ref.end < 60
                    and not _SENTENCE_BREAK.search(text, ref.end, offset)
                    and _SUBORDINATOR_BEFORE.search(text, max(ref.end, offset - 12), offset)
                    and not self._possessor_before(ref, want)
                ):
                    return ref.person  # "a central issue for Trump since he first announced"
                if oblique_fallback is None:
                    oblique_fallback = (ref.paragraph, ref.person)
                continue
            if fallback is None:
                fallback = ref.person
            if ref.paragraph == paragraph and self._holds_view(ref):
                # "To Solicitor General Lund, for instance, it makes no sense .... The problem
                # does not exist, he says": the one whose view the paragraph gives
                return ref.person
            if last and last[1] == ref.person and paragraph - last[0] <= 2:
                return ref.person
            if (
                _is_subject(text, ref.start)
                or _SPEAKS_AFTER.match(text, ref.end)
                # "... who has never supported Trump: John Kasich. He issued": the one the
                # sentence presents
                or (
                    text.startswith(".", ref.end)
                    and text[max(0, ref.start - 3) : ref.start].rstrip().endswith(":")
                )
                or agent
            ):
                return ref.person  # "what Peterson says he intends. ..., he said": Peterson
            if (
                ref.paragraph == paragraph
                and _subordinate_subject(text, ref.start, ref.end)
                and not self._named_before_in_sentence(ref)
                # (in a sentence before the pronoun's, or with the pronoun inside its clause
                # ("while Constantine released a statement in which he blasted"): not "Things
                # got worse after Lund resigned, he said", where "he" reports that clause)
                and (
                    _SENTENCE_BREAK.search(text, ref.end, offset)
                    or "," not in text[ref.end : offset]
                )
            ):
                # "The developments came a day after Stoltenberg expressed alarm over ... .
                # Russian planes have also ..., he said": the subject of a clause in this
                # paragraph, before the last speaker of an earlier one; not when a person
                # leads the sentence ("Zelenskyy called on the U.S., since Trump took office")
                return ref.person
        if unnamed and fallback is None:
            return ""
        # The last speaker: just before, or further back when no one else was named since.
        if last and (paragraph - last[0] <= 1 or (not nearest_seen and paragraph - last[0] <= 4)):
            gender = self.people.gender.get(last[1])
            if not strict and last[1] in self.people.contested:
                gender = None
            if gender is None or gender == want:
                return last[1]
        if fallback is None and oblique_fallback is not None:
            return oblique_fallback[1]
        return fallback

    def _holds_view(self, ref: _MentionRef) -> bool:
        """Whether ``ref`` opens its sentence as the one whose view it gives: "For Lund, the
        talks could fail", "To Solicitor General Lund, for instance, it makes no sense" (not
        "To Lund, he said": whom he said it to)."""
        text = self.masked[ref.paragraph]
        return bool(
            text.startswith(",", ref.end)
            and _VIEW_HOLDER.fullmatch(text, _sentence_start(text, ref.start), ref.start)
            and not _PRONOUN_NEXT.match(text, ref.end)
        )

    def _named_before_in_sentence(self, ref: _MentionRef) -> bool:
        """Whether a person is named, or "he"/"she" stands, earlier in the sentence of
        ``ref``."""
        text = self.masked[ref.paragraph]
        start = _sentence_start(text, ref.start)
        return bool(
            self.people.in_range(ref.paragraph, start, ref.start)
            or _SUBJECT_PRONOUN.search(text, start, ref.start)
        )

    def _possessor_before(self, ref: _MentionRef, want: str) -> bool:
        """Whether the noun phrase ``ref`` ends belongs to a person of the wanted gender named
        earlier in its sentence ("Hale's criticism of Lund, when he said": Hale)."""
        text = self.masked[ref.paragraph]
        start = _sentence_start(text, ref.start)
        return any(
            text[other.end : other.end + 2] in ("’s", "'s")
            and self.people.gender.get(other.person) in (want, None)
            for other in self.people.in_range(ref.paragraph, start, ref.start)
        )

    def _introduced_last(self, ref: _MentionRef) -> bool:
        """A person introduced with a title right at the end of their paragraph, the last
        one named there: the one a pronoun opening the next paragraph picks up."""
        refs = self.people.by_paragraph.get(ref.paragraph, [])
        if not refs or refs[-1] is not ref:
            return False
        text = self.masked[ref.paragraph]
        if _REFLEXIVE_END.fullmatch(text, ref.end):
            return True  # "... shared by everyone Salon spoke to, including Tara Shaver herself."
        match = _INTRODUCTION.match(text, ref.end)
        if not match or not {w.lower().strip(",") for w in match.group(1).split()} & TITLE_HEADS:
            return False
        return not _END_OF_CLAUSE.search(text, match.end())

    def _unnamed_mention(
        self, head: str, p: int, offset: int, paragraphs: int = 2
    ) -> tuple[int, int] | None:
        """Where the last "a/another/one ... <head>" stands shortly before ``offset`` (in this
        or the ``paragraphs`` before, the last 1,500 characters of each): an unnamed person
        "the <head>" then refers back to. Not an appositive ("Maria Lund, a senior official,",
        "a spokesman, Tom Hale,")."""
        pattern = _unnamed_pattern(head)
        for q in range(p, max(-1, p - paragraphs - 1), -1):
            end = len(self.masked[q]) if q < p else offset
            last = None
            for match in pattern.finditer(self.masked[q], max(0, end - 1500), end):
                named = self.people.in_range(q, max(0, match.start() - 80), match.start())
                if named and not self.masked[q][named[-1].end : match.start()].strip(" ,"):
                    continue  # (she is named before it)
                if _NAMED_AFTER.match(self.masked[q], match.end()):
                    continue  # (he is named after it)
                last = (q, match.start())
            if last:
                return last
        return None

    def _introduced_with_title(self, ref: _MentionRef, offset: int) -> bool:
        """A person named with a title set off after the name ("Baghaei, the foreign ministry
        spokesperson,"), the last one named before ``offset``."""
        text = self.masked[ref.paragraph]
        if self.people.in_range(ref.paragraph, ref.end, offset):
            return False
        match = _INTRODUCTION.match(text, ref.end)
        words = match.group(1).lower().replace(",", " ").split() if match else []
        return bool(words) and words[0] in ("the", "a", "an") and bool(set(words) & TITLE_HEADS)

    def _pronoun_not_named(self, masked: str, ref: _MentionRef, gap: str) -> bool:
        """Whether the pronoun right after a name and its comma ("Lund, she said") is not that
        person: the wrong gender ("by host Tom Berg, she conceded"), a group ("Cruz, they
        said"), or a name in a fronted phrase ("About Obama, he wrote"; but "As for Hale, he
        said" and "surprised Hale, he said" are Hale)."""
        pronoun = _PRONOUN_AFTER_COMMA.match(gap)
        if pronoun is None:
            return False
        word = pronoun.group(1).lower()
        if word not in _PRONOUN_GENDER:
            return True
        if self.people.gender.get(ref.person) not in (None, _PRONOUN_GENDER[word]):
            return True
        if _QUOTE_CLOSED_BEFORE.search(masked, max(0, ref.start - 4), ref.start):
            return True  # "“... only encourages” Putin, he added": the quote's last word
        if _FRONTED_ASKED.match(masked, _sentence_start(masked, ref.start), ref.start):
            return True  # "Pressed about it by NBC host Jon Lee, he conceded": the asker
        if _FRONTED_GERUND.match(masked, _sentence_start(masked, ref.start), ref.start):
            return True  # "After beating Lugar, he said": the one beaten
        before = masked[max(0, ref.start - 30) : ref.start].split()
        return (
            bool(before)
            and before[-1].lower() in _PREPOSITIONS
            and " ".join(before[-2:]).lower() != "as for"
        )

    def subject_before(self, p: int, lo: int, verb_start: int) -> _Attribution | None:
        """Who is the subject of a verb at ``verb_start``, looking left as far as ``lo``."""
        masked = self.masked[p]
        region = masked[lo:verb_start]
        # A named person whose mention ends right before the verb (adverbs, appositive between).
        refs = self.people.in_range(p, lo, verb_start)
        if refs and (" who " in region or " that " in region):
            # "An aide who spoke with Lund recently said": the aide, not the one in the
            # relative clause (but "a man who gave his name as Tom Lund said": Lund)
            restricted = _restricted_subject(region)
            who_at = restricted.start("rel") - 1 if restricted else -1
            if (
                restricted
                and who_at >= 0
                # (a name before "who" only as a modifier: "A Trump ally who spoke with")
                and all(
                    ref.start > lo + who_at or _MODIFIER_GAP.fullmatch(masked, ref.end, lo + who_at)
                    for ref in refs
                )
                and "(" not in region  # ("those who thought Lund (and Berg is among ...")
                and not _DASH.search(region)  # ("one negotiator — Tom Lund of X — said": Lund)
                # (not "People who attended told the website that Trump asked": Trump's
                # clause; nor "Voters who elected Trump did so because he promised": his)
                and not _NAMING_WORDS.search(region, who_at, refs[-1].start - lo)
                and not _OWN_CLAUSE_WORDS.search(region, restricted.end("rel"))
            ):
                description = _TRAILING_ADVERB.sub("", restricted.group(1).strip())
                return _Attribution(None, description, lo + restricted.start(1))
        for k in range(len(refs) - 1, -1, -1):
            ref = refs[k]
            gap = masked[ref.end : verb_start]
            inside = (
                _INSIDE_RELATIVE.search(masked, max(lo, ref.start - 100), ref.start)
                if "," in gap or " - " in gap or _DASH.search(gap)
                else None
            )
            if inside:
                # "Hale, who met Lund in Mogadishu, said": Lund is in Hale's clause; "Ryan,
                # when asked by Tapper if he would back Trump, said": Ryan, right before it
                when = inside.group().lstrip(" ,").startswith("when")
                asked = next(
                    (r for r in refs[:k] if not masked[r.end : inside.start()].strip(" ,")),
                    None,
                )
                if when and asked is not None:
                    return _Attribution(asked.person, None, asked.start)
                continue
            if _gap_ok(gap) or _quoted_appositive_ok(gap):
                if (
                    gap.startswith(",")
                    and k > 0
                    and _PREPOSITION_BEFORE.search(masked, max(lo, ref.start - 20), ref.start)
                ):
                    # "Parker, just before Trump's nomination of Kavanaugh, asserted": the
                    # object of an aside's preposition; the subject stands before it
                    continue
                if _AND_WORD.search(gap) and _object_position(masked, ref.start):
                    # "Lund called President Berg in December and told him ...": the one who
                    # called, not the one called
                    caller = next(
                        (r for r in reversed(refs[:k]) if _is_subject(masked, r.start)), None
                    )
                    if caller is not None:
                        return _Attribution(caller.person, None, caller.start)
                    break
                if self._pronoun_not_named(masked, ref, gap):
                    break  # "About Obama, he wrote": the pronoun is someone else
                if _WRITING_TO_BEFORE.search(masked, max(lo, ref.start - 40), ref.start):
                    break  # "Meadows' letter to Rosenstein said": the letter's writer
                relation = _RELATION_OF.search(masked, max(lo, ref.start - 90), ref.start)
                if (
                    relation
                    and "," in relation.group()
                    and not any(
                        masked[r.end : r.end + 1] == ","
                        for r in self.people.in_range(p, lo, relation.start())
                    )
                ):
                    # "A lawyer for the news outlets, David Schulz, said": the name is the
                    # lawyer's (only "Laura Bush, wife of the president, George W. Bush, said"
                    # names the relative before)
                    relation = None
                object_of = (
                    _OBJECT_OF_BEFORE.search(masked, max(lo, ref.start - 60), ref.start)
                    if relation is None and k == 0
                    else None
                )
                if (
                    object_of
                    # (not "the chairman of Tesla, Elon Musk": a title the name holds)
                    and object_of.group(1).lower() not in TITLE_HEADS
                    and _DETERMINER_HEAD.match(masked, lo)
                ):
                    # "The publication of files relating to the assassination of John F
                    # Kennedy reveals that ...": the name is the object of "of" in the subject
                    return _Attribution(None, masked[lo : ref.end].strip(), lo)
                if relation:
                    # "The brother-in-law of Keith Scott said", "An aide to Mr. Lund said": the
                    # relative or the aide speaks, unnamed
                    window = max(lo, relation.start() - 40), relation.end("relation")
                    head = _RELATION_HEAD.search(masked, *window) or _RELATION_BARE.search(
                        masked, *window
                    )
                    # "Tom Lee, an aide to Mr. Lund, said", "Amy Holt, who for years had served
                    # as a trusted adviser to Gov. Lund, said": the one named before the comma
                    named = next(
                        (
                            r
                            for r in reversed(self.people.in_range(p, lo, relation.start()))
                            if masked[r.end : r.end + 1] == ","
                        ),
                        None,
                    )
                    if named is not None:
                        return _Attribution(named.person, None, named.start)
                    if head:
                        start = head.start()
                        lead = _FIRST_WORD.match(masked, start)
                        if lead and lead.group().strip().lower() in _LEADING_CONJUNCTIONS:
                            start = lead.end()  # "But a spokesman for ..."
                        return _Attribution(None, masked[start : ref.end].strip(), start)
                    break
                if _CLOSE_TO.search(masked, max(lo, ref.start - 30), ref.start):
                    break  # "Republicans close to the president said": they speak
                like = _PLURAL_LIKE.search(masked, max(lo, ref.start - 60), ref.start)
                if (
                    like
                    and like.group(1).lower() not in _LIKE_VERBS
                    # (the subject's noun phrase: at the clause start, or after an opening
                    # phrase's comma)
                    and (
                        not masked[lo : like.start(1)].strip()
                        or masked[lo : like.start(1)].rstrip().endswith(",")
                    )
                ):
                    # "Legislators like Ashe say they've started to focus on ...": the group
                    # speaks, Ashe one of them
                    return _Attribution(None, masked[like.start(1) : ref.end], like.start(1))
                linked = _LINKED_TO.search(masked, max(lo, ref.start - 40), ref.start)
                group = (
                    _GROUP_SUBJECT.match(masked, lo, linked.start())
                    if linked and not self.people.in_range(p, lo, ref.start)
                    else None
                )
                if group:
                    # "One GOP operative with ties to Adelson told", "Several donors backing
                    # Trump said", "Those who worked alongside Trump say": they speak
                    return _Attribution(None, masked[group.start(1) : ref.end], group.start(1))
                first = k
                while first > 0 and _COORDINATED.fullmatch(
                    masked, refs[first - 1].end, refs[first].start
                ):
                    first -= 1
                if (
                    first < k
                    and _AND_WORD.search(masked, refs[k - 1].end, ref.start)
                    # not "Dick Morris, an aide who knows Lund and Berg, said": Morris
                    and (
                        _is_subject(masked, refs[first].start)
                        # "During the race, both Lund and Berg said": both
                        or masked.endswith("both ", 0, refs[first].start)
                    )
                ):
                    # "Sens. John Lund and Jeff Berg of Arizona said": a group, no one person
                    start = refs[first].start
                    opener = _TITLE_BEFORE.search(masked, max(lo, start - 12), start)
                    if opener:
                        start = opener.start()
                    return _Attribution(None, masked[start : ref.end], start)
                including = _INCLUDING_BEFORE.search(
                    masked, max(lo, ref.start - 80), ref.start
                ) or _RANGE_BEFORE.search(masked, max(lo, ref.start - 120), ref.start)
                if including:
                    # "Republicans, including Mr. King, said": the group speaks
                    np = _noun_phrase_before(masked[lo : including.start()])
                    if np and ", " in np[0]:
                        # ("Over the weekend, key Republicans, including ...": after the
                        # opening phrase)
                        cut = np[0].rindex(", ") + 2
                        np = (np[0][cut:], np[1] + cut)
                    found = self._describe(np[0], p, lo + np[1]) if np else None
                    if found is not None and found.speaker is None:
                        return found
                    break
                return _Attribution(self._head_of(refs[:k], ref, verb_start, p), None, ref.start)
        pron = None
        for match in _PRONOUN.finditer(region):
            pron = match
        if pron and _gap_ok(_CONTRACTION.sub("", region[pron.end() :], count=1)):
            word = pron.group(1)
            if word.lower() in ("they", "it"):  # a group or a body: a speaker, not a person
                return _Attribution(None, word.lower(), lo + pron.start())
            said = _SAID_BEFORE.search(region, 0, pron.start())
            if said:
                # "Ramsey, a former police chief who attended Mr. Obama’s speech, said he thinks
                # ...": the one named as saying it, not the last man named
                for ref in reversed(self.people.in_range(p, lo, lo + said.start())):
                    if _gap_ok(masked[ref.end : lo + said.start()]):
                        if self.people.gender.get(ref.person) in (
                            None,
                            _PRONOUN_GENDER[word.lower()],
                        ):
                            return _Attribution(ref.person, None, lo + pron.start())
                        break
            return self.pronoun_attribution(word, p, lo + pron.start())
        # "McConnell, who in 2010 said": the person the relative clause hangs on.
        who = _WHO_BEFORE.search(region)
        if who:
            refs = self.people.in_range(p, lo, lo + who.start() + 1)
            between = masked[refs[-1].end : lo + who.start()] if refs else ""
            # "Judge Royce Lamberth, a Reagan appointee, who ruled": past the appositive too
            if refs and (
                not between.strip(" ,")
                or _PARTY_STATE.fullmatch(between.strip(" ,"))  # "Rep. Lund (R-Kan.), who"
                or PARTY_TAG.fullmatch(between.strip(" ,"))  # "Rep. Lund, R-Kan., who"
                or (
                    # "Lamberth, a Reagan appointee, who", "Nolen, vice president at X, who"
                    (_APPOSITIVE_OPEN.match(between) or _title_appositive(between))
                    and _gap_ok(between.rstrip(" ,") + ",")
                )
            ):
                return _Attribution(refs[-1].person, None, refs[-1].start)
            if region[who.start() :].lstrip().startswith(","):
                # "immigrant-rights groups, who said": the group the clause hangs on
                before_who = region[: who.start()]
                np = _noun_phrase_before(before_who)
                found = (
                    self._describe(np[0], p, lo + np[1]) if np and len(np[0].split()) <= 4 else None
                )
                # (match, not search: ".*" from every start would be quadratic)
                after = _LAST_PREPOSITION.match(before_who) if found is None else None
                if after:
                    # "a cause for tenant groups", "a warning for Republicans, who said": the
                    # noun phrase after a preposition
                    tail = _noun_phrase_before(before_who[after.end() :])
                    found = self._describe(tail[0], p, lo + after.end() + tail[1]) if tail else None
                if found is not None:
                    return found
        # "Those who knew him in Asheville said": a subject with its restrictive clause.
        restricted = _restricted_subject(region)
        restricted_at = lo
        if restricted is None and ", " in region:
            # "Lund will brief senators, but many senators who voted for him now say": the
            # subject of the clause after the conjunction
            joint = max(region.rfind(", but "), region.rfind(", and "))
            if joint >= 0:
                restricted = _restricted_subject(region, joint + 1)
                restricted_at = lo + joint + 1
        if restricted and not self.people.in_range(p, restricted_at, verb_start):
            # (not the adverb of the verb: "... who addressed the meeting also told")
            at = restricted_at if restricted_at == lo else lo + restricted.start(1)
            return _Attribution(None, _TRAILING_ADVERB.sub("", restricted.group(1).strip()), at)
        # "the US Treasury, which said": the body the relative clause hangs on.
        which = _WHICH_BEFORE.search(region)
        if which:
            np = _noun_phrase_before(region[: which.start()])
            if np is None:
                np_match = _WHICH_NP.search(region, 0, which.start())
                np = (np_match.group(), np_match.start()) if np_match else None
            found = self._describe(np[0], p, lo + np[1]) if np else None
            return found or _Attribution(None, "which", lo + which.start())
        that = _THAT_BEFORE.search(region)
        if that:
            document = _WHICH_NP.search(region, 0, that.start())
            if document and _DOCUMENT_HEAD.search(document.group()):
                issued = _ISSUED_BEFORE.search(region, 0, document.start())
                if issued:
                    # "Romney released a statement that read": the one who issued it
                    author = self.subject_before(p, lo, lo + issued.start())
                    if author is not None:
                        return author
                return _Attribution(None, document.group(), lo + document.start())
        # "Some residents carried guns and said ...": the subject of the first verb.
        if _AND_END.search(region):
            # "until Khamenei came down hard on Trump and warned ...": the nearest subject
            last_comma = masked.rfind(",", lo, verb_start)  # (once: the loop may be long)
            for ref in reversed(self.people.in_range(p, lo, verb_start)):
                word_before = masked[max(lo, ref.start - 12) : ref.start].split()[-1:]
                if (
                    word_before
                    and word_before[0].lower() in _SUBORDINATORS
                    and last_comma >= ref.end
                ):
                    continue  # "Bash, speaking as Oberg made an announcement, praised ...":
                    # the subject of an aside's clause, closed before the verb
                if _REPORTED_CLAUSE_OPENS.search(masked, max(lo, ref.start - 60), ref.start):
                    continue  # "Hale argued that Lund had no principles, and stated": the
                    # subject of a reported clause, not of the verbs joined by "and"
                # ("Trump, who has urged the NFL to act, again called on ... and said": past
                # the relative clause or a participle's aside: ", speaking in Ohio,")
                aside = _RELATIVE_ASIDE.match(masked, ref.end, verb_start)
                gap_from = aside.end() - 1 if aside else ref.end
                if (
                    _FOLLOWED_BY_VERB.match(masked, gap_from)
                    or _FOLLOWED_BY_AUX.match(masked, gap_from)
                ) and not _object_position(
                    masked, ref.start
                ):  # "Rouhani, condemned the execution, but said that ...": Rouhani
                    return _Attribution(ref.person, None, ref.start)
            subject = self._clause_subject(region, p, lo)
            if subject is not None:
                return subject
        # "Tom Hale, director of the Norsk Polling Institute said": the appositive's closing
        # comma left out (not "Obama, the senator said, reacted ...": a parenthetical; nor
        # "Tom Hale, the professor that had previously concluded that": a relative's verb)
        unclosed = _named_with_appositive(self, p, lo, verb_start)
        if (
            unclosed is not None
            and not _PARENTHETICAL_VERB.match(masked, verb_start)
            and not _RELATIVE_PRONOUN.search(
                masked, max(unclosed.start, verb_start - 30), verb_start
            )
        ):
            return unclosed
        # A noun phrase: "an official", "the Kremlin", "sources familiar with the talks".
        np = _noun_phrase_before(region)
        if np is None:
            # "The agency, which oversees the program, said": the noun phrase before the aside.
            aside = _APPOSITIVE_END.search(region)
            bare = _AUX_AFTER_COMMA.sub("", region, count=1) if aside is None else region
            if bare != region:
                # "The brother, the attorney general, actually suggested": past its adverbs,
                # when the subject opens the sentence
                aside = _APPOSITIVE_END.search(bare)
                if aside and "," in bare[: aside.start()]:
                    aside = None
            if aside:
                np = _noun_phrase_before(region[: aside.start()])
        if np is None:
            # "Mr. Stevens' deputy, however, has argued": the phrase before the aside
            aside = _ADVERB_ASIDE_END.search(region)
            if aside:
                np = _noun_phrase_before(region[: aside.start()])
        if np is None:
            np = _modified_subject(region)
        if np:
            text, offset = np
            # "Lund and Norway's defence ministry said": the person named first speaks.
            joined = _AND_BEFORE.search(masked, lo, lo + offset)
            if joined:
                refs = self.people.in_range(p, lo, joined.start() + 1)
                if refs and refs[-1].end == joined.start():
                    return _Attribution(refs[-1].person, None, refs[-1].start)
            return self._describe(text, p, lo + offset)
        return None

    def _clause_subject(self, region: str, p: int, lo: int) -> _Attribution | None:
        """The subject opening ``region`` (at ``lo`` in paragraph ``p``), past a fronted phrase:
        "Some residents carried guns and said", "In comments Thursday, the U.N. leader ..."."""
        subject = _CLAUSE_SUBJECT.match(region)
        fronted = _FRONTED_PHRASE.match(region)
        if fronted:
            subject = _CLAUSE_SUBJECT.match(region, fronted.end()) or subject
        if subject is None:
            return None
        refs = self.people.in_range(p, lo + subject.start(1), lo + subject.end(1))
        if refs and not _ATTRIBUTIVE_AFTER.match(self.masked[p], refs[0].end):
            return _Attribution(refs[0].person, None, refs[0].start)
        # ("Many Obama loyalists agree ... but say": the group the name modifies)
        words = subject.group(1).split()
        while len(words) > 1 and (
            words[-1].lower() in ("also", "then", "later", "still", "again")
            or words[-1].lower().endswith("ly")
        ):
            words.pop()  # "She also called for ... and said": she
        word = " ".join(words)
        if word.lower() in ("he", "she"):  # "He called both leaders and said ..."
            where = lo + subject.start(1)
            return self.pronoun_attribution(word, p, where)
        return self._describe(subject.group(1), p, lo + subject.start(1))

    def _head_of(
        self, earlier: list[_MentionRef], ref: _MentionRef, verb_start: int, p: int
    ) -> str:
        """The subject whose appositive ``ref`` closes: "Lund, a critic of Berg, said" is
        Lund's; "Lund and Berg say": the first named (the speaker the gold conventions keep)."""
        masked = self.masked[p]
        if masked[ref.end : verb_start].lstrip().startswith(","):
            for head in earlier:
                between = masked[head.end : ref.start]
                if between.startswith(",") and _RELATIVE_IN.search(between):
                    # "Dick Morris, an aide who knows Lund and Berg, suggested": Morris; the
                    # names inside his appositive's relative clause are objects there
                    return head.person
        between_and = earlier and _AND_TITLE.fullmatch(masked[earlier[-1].end : ref.start])
        if between_and:
            return earlier[-1].person  # "Lund and his ally Berg, who ..., claimed": Lund
        if not masked[ref.end : verb_start].lstrip().startswith(","):
            return ref.person
        if not _object_position(masked, ref.start):
            return ref.person  # not an object inside an aside ("a challenge to Rep. Berg")
        for head in earlier:
            between = masked[head.end : ref.start]
            if between.startswith(",") and _gap_ok(masked[head.end : verb_start]):
                return head.person
        return ref.person

    def subject_after(
        self, p: int, start: int, hi: int, documents: bool = False, inverted: bool = False
    ) -> _Attribution | None:
        """Inverted attribution: the subject follows the verb ("said Rubio", "said an aide");
        with ``documents`` (after "according to"), also the one who issued a statement, a
        letter or a post ("according to a statement from Prime Minister Lund"); with
        ``inverted`` (a verb that inverts after a clause), also a bare group that ends the
        sentence ("..., say experts.")."""
        masked = self.masked[p]
        for ref in self.people.in_range(p, start, start + 130)[:1]:
            if _described_then_named(masked[start : ref.start]) and (
                # (not "According to a senior official, Azar is ...": the clause's subject)
                ref.end <= hi or _APPOSITION_CLOSES.match(masked, ref.end)
            ):
                # "said a union spokeswoman, Tia Lund,": the one the description names
                return _Attribution(ref.person, None, ref.start)
        refs = self.people.in_range(p, start, min(hi, start + 90))
        if (
            documents
            and len(refs) > 1
            and _AND_WORD.search(masked, refs[0].end, refs[1].start)
            and _COORDINATED.fullmatch(masked, refs[0].end, refs[1].start)
            and not masked[start : refs[0].start].strip()
        ):
            # "according to Lund and Berg, ...": the two of them, no one person
            return _Attribution(None, masked[refs[0].start : refs[1].end], refs[0].start)
        for k, ref in enumerate(refs):
            if ref.start >= start + 80:
                break
            if "," in masked[start : ref.start]:
                break  # "according to Yahoo News, Clinton spokesman ...": another clause
            if k + 1 < len(refs) and _names_a_title(masked[ref.end : refs[k + 1].start]):
                continue  # "said Clinton ally Paul Begala": Begala, the ally, speaks
            if (
                _ATTRIBUTIVE_AFTER.match(masked, ref.end)
                or _POSSESSED_SPEAKER.match(masked, ref.end)
                or _POSSESSED_BODY.match(masked, ref.end)
                or _POSSESSED_TITLE.match(masked, ref.end)
            ):
                if k + 1 < len(refs) and _POSSESSED_NAMED.fullmatch(
                    masked, ref.end, refs[k + 1].start
                ):
                    # "said Jefferson’s sister, Amber Carr": the one named after the comma
                    return _Attribution(refs[k + 1].person, None, refs[k + 1].start)
                break  # "said one Sanders associate", "according to Pence's office": unnamed
            if not documents and _POSSESSIVE_THEN_QUOTE.match(masked, ref.end):
                break  # "said Bevin's “elitist comments” ...": what was said, not who said it
            between = masked[start : ref.start]
            # "according to a statement from Prime Minister Lund": the one who issued it
            document = _DOCUMENT_OF.match(between) if documents else None
            if document:
                between = between[document.end() :]
            # "said then-Secretary of State Clinton": the time prefix is no word of its own;
            # "said Montgomery County (Md.) Police Chief Tom Manger": nor is a parenthesis
            words = [TIME_PREFIX.sub("", w) for w in _PARENTHESIS.sub(" ", between).split()]
            if (
                all(
                    w.lower() in _DETERMINERS
                    or w[:1].isupper()
                    or w.lower() in TITLE_HEADS
                    or w.lower() in _DESCRIPTOR_WORDS  # "longtime Clinton ally Paul Begala"
                    or w.lower() in _TITLE_MODIFIERS
                    or w.lower() in NATIONALITIES
                    # "Speaker of the House", "Secretary for Defence": inside a title
                    or (w in _TITLE_JOINERS and 0 < k < len(words) - 1)
                    for k, w in enumerate(words)
                )
                and len(words) <= 10
            ):
                return _Attribution(ref.person, None, ref.start)
            # "said 9/11 widow Terry Strada", "said longtime adviser Kim Park", "said University
            # of Michigan political scientist Vincent Hutchings": a description.
            if _description_words(words):
                return _Attribution(ref.person, None, ref.start)
            break
        rest = masked[start:hi]
        match = _HE_SHE.match(rest)
        if match:
            return self.pronoun_attribution(match.group(1), p, start)
        match = _HIM_HER.match(rest) if documents else None
        if match:  # "according to him, ...": he
            return self.pronoun_attribution(_OBJECT_PRONOUNS[match.group(1).lower()], p, start)
        np = _NP_AFTER.match(rest)
        if (
            np
            and not documents
            and _POSSESSIVE_THEN_QUOTE.search(masked, start + np.start(1), start + np.end(1) + 4)
        ):
            np = None  # "said Bevin's “elitist comments” ...": the owner of what was said
        if np:
            words = np.group(1).split()
            if words and (
                words[0].lower() in _DETERMINERS
                or words[0][:1].isupper()
                # "according to sources familiar with the talks" (not "assured voters that":
                # after a verb, a bare plural is its object)
                or (documents and words[0] in _GROUP_HEADS)
                # "..., say experts.": nothing after the group but the sentence's end
                or (
                    inverted
                    and len(words) == 1
                    and words[0] in _GROUP_HEADS
                    and _SENTENCE_ENDS.match(masked, start + np.end(1))
                )
                # "according to rebel sources", "according to military officials": one
                # lower-case modifier before the group
                or (
                    documents
                    and len(words) >= 2
                    and words[1].rstrip(".,") in _GROUP_HEADS
                    and words[0].isalpha()
                    and words[0].islower()
                )
            ):
                cut = _cut_np(words)
                if cut:
                    return self._describe(" ".join(cut), p, start)
        return None

    def _describe(self, text: str, p: int, offset: int) -> _Attribution | None:
        words = text.split()
        while len(words) > 1 and (
            words[0].lower() in _LEADING_CONJUNCTIONS
            or (
                words[0].lower() in _LEADING_ADVERBS
                and (words[1][:1].isupper() or words[1] in ("the", "a", "an"))
                and words[1] != "I"
            )
        ):
            offset += text.index(words[1], len(words[0]))  # "Yet Prince told ...": Prince
            text = text[text.index(words[1], len(words[0])) :]
            words = words[1:]
        if not words:
            return None
        # "the ex-president", "the then-senator": the title without its time prefix
        low = [TIME_PREFIX.sub("", w.lower().strip(",")) for w in words]
        if low[0] in (
            "this", "that", "there", "i", "we", "you", "which", "who", "what",
            "everyone", "everybody", "nobody", "anyone", "anybody", "no",
            # ("nothing he's ever said could justify ...": what he said is the subject)
            "nothing", "anything", "everything", "something",
        ) and not (len(words[0]) > 2 and words[0].isupper()):  # fmt: skip
            return None  # (but "WHO", the health organisation)
        if low[0] in _PREPOSITIONS or low[0] == "during":
            return None  # "During a speech earlier in the day": a phrase, not a speaker
        # "Trump in a series of tweets", "Mexico’s president, however,", "Trump earlier":
        # the words after the subject are no part of it; the subject may name a person.
        tail = next(
            (k for k in range(1, len(low)) if low[k] in _PREPOSITIONS or low[k] in _AFTERWORDS),
            None,
        )
        if tail is not None:
            before = " ".join(words[:tail])
            # "Sgt. Tom Hale of the sheriff's office": the name after its title
            titles = 0
            while titles < tail - 1 and (
                low[titles].rstrip(".") in TITLE_HEADS or low[titles] in TITLE_MODIFIERS
            ):
                titles += 1
            titled = self.people.by_name.get(" ".join(words[titles:tail]).casefold())
            # "Tom Hale of Avalere": the name; but "the governor of Nevada" keeps its "of":
            # it may be another governor than the one the article named
            if low[tail] not in ("of", "for") or self.people.by_name.get(before.casefold()):
                head = self._describe(before, p, offset)
                if head is not None and head.speaker is not None:
                    return head
            elif titles and titled:
                return _Attribution(titled, None, offset)
        # "Stumpf’s ...", "Jordan": a person the people list knows by that name.
        name = re.sub(r"[’']s$", "", text.strip(" ,")) if len(words) <= 3 else ""
        if name:
            person = self.people.by_name.get(name.casefold())
            if person is None and len(words) == 1:
                person = self.people.by_given.get(name.casefold())
            if person:
                return _Attribution(person, None, offset)
        if len(words) > 1 and any(
            (_VERB.fullmatch(w) or _INDIRECT_VERB.fullmatch(w) or w in _FINITE)
            # ("Early news reports out of Paris": a plural noun after its modifier)
            and not (
                k
                and w in _NOUN_LIKE_VERBS
                and (low[k - 1] in _NOUN_BEFORE or low[k - 1] in _QUANTIFIERS)
            )
            for k, w in enumerate(low)
        ):
            return None  # a clause, not a noun phrase
        # "the president", "the secretary": the one person with that title.
        if (
            low[0] == "the"
            and 2 <= len(low) <= 3
            and low[-1] in self.people.role_heads
            # "the Russian leader" is not the one "Soviet leader": a nation asks for its own
            and not any(_is_nation(w) for w in low[1:-1])
            # "the expert": the one just quoted, whatever his title (below), not the one
            # whose title says "expert"
            and low[-1] not in _GENERIC_HEADS
        ):
            names = self.people.role_heads[low[-1]]
            if len(names) == 1 and all(
                # "the defense minister" is not the one whose title is "prime minister"; "the
                # family's lawyer" is the "attorney for the family"
                _POSSESSIVE_S.sub("", w) in self.people.role_words.get(names[0], set())
                or w in _LOOSE_QUALIFIERS
                for w in low[1:-1]
            ):
                return _Attribution(names[0], None, offset)
        # "South Africa's leader", "Norway's prime minister": a nation's title.
        writer = self._writer(words, low, p, offset)
        if writer is not None:
            return writer
        counsel = _COUNSEL_OF.fullmatch(text.strip(" ,"))
        if counsel:
            lawyer = self._counsel_of(counsel.group(1))
            if lawyer:
                return _Attribution(lawyer, None, offset)
        possessive = next((k for k, w in enumerate(low[:3]) if w.endswith(("’s", "'s"))), None)
        if possessive is not None and 1 <= len(low) - possessive - 1 <= 2:
            title = low[possessive + 1 :]
            if _is_nation(low[possessive]) and title[-1] in TITLE_HEADS:
                person = self._described_person([low[possessive], *title], p, offset)
                if person:
                    return _Attribution(person, None, offset)
            # "Schiff’s statement said", "Lund's latest tweet reads": the one who wrote it
            if title[-1] in _WRITINGS:
                owner = " ".join(words[: possessive + 1])
                person = self.people.by_name.get(re.sub(r"[’']s$", "", owner).casefold())
                if person:
                    return _Attribution(person, None, offset)
        # "the expert said", "the chief executive of Redex said": a definite description
        # that points back at a person just named.
        if low[0] == "the" and len(low) <= 6:
            noun = low[1:]
            for k, word in enumerate(noun):
                if word in _PREPOSITIONS:
                    noun = noun[:k]
                    break
            # ("the former New York mayor": a place's name qualifies the title as a nation's
            # does, and counts no more against its length)
            proper = {
                low[k] for k in range(1, len(noun)) if words[k][:1].isupper() and low[k] != "i"
            }
            if (
                noun
                and (noun[-1] in TITLE_HEADS or _is_generic(noun[-1]))
                and 1 <= len(noun) - (0 if _is_generic(noun[-1]) else len(proper)) <= 3
                and not set(noun) & _NEW_REFERENT
            ):
                # (looking forward only for a whole description: not "the president of the
                # teachers union", someone else than the President named next)
                # (a description that long must match a role: "the United Arab Emirates'
                # interior minister" is no one named without a title)
                person = self._described_person(
                    noun,
                    p,
                    offset,
                    forward=noun == low[1:],
                    by_role=proper if len(noun) > 3 else None,
                )
                if person and noun[-1] in _ANONYMOUS_HEADS:
                    # "..., a White House official said." then "the official said": the
                    # unnamed one, unless the person was named after it
                    unnamed = self._unnamed_mention(noun[-1], p, offset, paragraphs=8)
                    if unnamed and unnamed > self._last_named(person, p, offset):
                        return _Attribution(None, text.strip(" ,"), offset)
                if person is None and noun == low[1:] and _bare_president(noun):
                    person = self._the_president
                if person:
                    return _Attribution(person, None, offset)
        return _Attribution(None, text.strip(" ,"), offset)

    def _named_after(
        self, head: str, nations: set[str], noun: list[str], p: int, offset: int
    ) -> str | None:
        """The first person named in the next few paragraphs whose role has the title (and
        no other nation than the description's); only the first few named count, so that
        many descriptions before many names stay linear."""
        seen = 0  # (called only when no one is named before ``offset``)
        for q in range(p, min(p + _CATAPHORA_PARAGRAPHS, len(self.masked))):
            for ref in self.people.by_paragraph.get(q, ()):
                seen += 1
                if seen > _CATAPHORA_MENTIONS:
                    return None
                words = self.people.role_words.get(ref.person, set())
                if not _has_title(head, words, noun) or not all(
                    w in words or w in _LOOSE_QUALIFIERS or _is_nation(w) for w in noun[:-1]
                ):
                    continue
                named = {_nation(w) for w in words if _is_nation(w)}
                return ref.person if not named or not nations or named & nations else None
        return None

    def _last_named(self, person: str, p: int, offset: int) -> tuple[int, int]:
        """Where ``person`` was last mentioned before ``offset`` ((-1, 0) if not)."""
        for ref in self.people.before(p, offset):
            if ref.person == person:
                return (ref.paragraph, ref.start)
        return (-1, 0)

    @cached_property
    def _the_president(self) -> str | None:
        """Whom "the president" means when it names no one near: the one person titled
        president anywhere in the article; with none, the person the article names most, by
        far, among those it gives no title, if a paragraph names him beside the presidency
        ("Trump ... the president’s trend ... the president said")."""
        role_words = self.people.role_words
        titled = [
            name
            for name, words in role_words.items()
            if "president" in words and not words & SECOND_RANK
        ]
        if titled:
            return titled[0] if len(titled) == 1 else None
        counts = sorted(
            (
                (len(refs), name)
                for name, refs in self.people.refs_by_person.items()
                if not role_words.get(name)
            ),
            reverse=True,
        )
        if not counts or counts[0][0] < 3 or (len(counts) > 1 and counts[0][0] < 2 * counts[1][0]):
            return None
        name = counts[0][1]
        near_office = any(
            _PRESIDENCY.search(self.masked[ref.paragraph])
            for ref in self.people.refs_by_person[name]
        )
        return name if near_office else None

    def _counsel_of(self, client: str) -> str | None:
        """ "Flynn's attorney": the one person the article titles a lawyer (preferring one whose
        title names the client: "Strzok lawyer Aitan Goelman"), if the client is a person."""
        owner = self.people.by_name.get(client.casefold())
        if owner is None:
            return None
        # ("Strzok lawyer Aitan Goelman"; or the bare title: "attorney Tom Hale")
        named = self.people.counsel_by_word.get(owner.split()[-1].lower(), set()) - {owner}
        chosen = named or (self.people.counsel_bare - {owner})
        return next(iter(chosen)) if len(chosen) == 1 else None

    def _writer(self, words: list[str], low: list[str], p: int, offset: int) -> _Attribution | None:
        """The person whose writing or words a description names: "His tweet", "Meadows'
        initial letter to Rosenstein", "the letter from Sessions", "the Lund tweet"."""
        head = next((k for k, w in enumerate(low) if w in _PREPOSITIONS), len(low))
        if not 2 <= head <= 4 or low[head - 1] not in _WRITINGS:
            return None
        if len(low) == 2 and low[0] in ("the", "that", "this") and low[1] in _ISSUED:
            # "Trump in a statement blamed ... “...,” the statement read": who issued it
            return self._issuer(low[1], p, offset)
        if low[0] in ("his", "her"):
            person = self.pronoun("he" if low[0] == "his" else "she", p, offset)
            return _Attribution(person, None, offset) if person else None
        candidates = []
        if words[0].endswith(("s’", "s'")):
            candidates.append(words[0][:-1])  # "Meadows' letter"
        if low[0] == "the" and head == 3:
            candidates.append(words[1])  # "the Trump tweet"
        if low[0] == "the" and head < len(low) - 1 and low[head] in ("from", "by"):
            candidates.append(" ".join(words[head + 1 :]))  # "the letter from Sessions"
        for name in candidates:
            person = self.people.by_name.get(name.strip(" ,").casefold())
            if person:
                return _Attribution(person, None, offset)
        return None

    def _issuer(self, noun: str, p: int, offset: int) -> _Attribution | None:
        """The person who issued the last statement, letter ... (``noun``) mentioned shortly
        before ``offset``: "Lund's statement", "a statement from Lund", "Lund said in a
        statement", "Lund is circulating a letter"; None when that one names no person (a
        body's statement)."""
        pattern = re.compile(r"\b" + re.escape(noun) + r"s?\b", re.IGNORECASE)
        for q in range(p, max(-1, p - 4), -1):
            text = self.masked[q]
            end = offset if q == p else len(text)
            last = None
            for match in pattern.finditer(text, max(0, end - 2000), end):
                last = match
            if last is None:
                continue
            refs = self.people.in_range(q, _sentence_start(text, last.start()), last.start())
            if refs and _POSSESSIVE_END.fullmatch(text, refs[-1].end, last.start()):
                return _Attribution(refs[-1].person, None, offset)  # "Lund's statement"
            after = _ISSUED_BY.match(text, last.end())
            if after:
                for ref in self.people.in_range(q, after.end(), after.end() + 80)[:1]:
                    gap = text[after.end() : ref.start]
                    if not _CLAUSE_PUNCTUATION.search(gap) and len(gap.split()) <= 6:
                        return _Attribution(ref.person, None, offset)  # "a letter from Lund"
            # (the one whose verb issues it: not a name inside a quote, nor an object
            # "appointing Kallas as ..., the SVR said in a statement", nor "Ayotte said, was
            # that in the email ...")
            subject = next(
                (
                    ref
                    for ref in refs
                    if text[ref.start] != "_"
                    and _ISSUING_GAP.fullmatch(text, ref.end, last.start())
                ),
                None,
            )
            if subject is not None:
                # (from further back: "Sen." may have ended the "sentence" there)
                before = self.people.in_range(q, max(0, subject.start - 120), subject.start)
                if before and _JOINT_SENDER.fullmatch(text, before[-1].end, subject.start):
                    # "Corker and committee member Sen. Bob Menendez sent a letter": the two of
                    # them, no one person
                    return None
                return _Attribution(subject.person, None, offset)  # "Lund said in a statement"
            return None
        return None

    def _described_person(
        self,
        noun: list[str],
        p: int,
        offset: int,
        forward: bool = True,
        by_role: set[str] | None = None,
    ) -> str | None:
        """The person "the <noun>" refers back to. With a nationality ("the Russian leader",
        "the US president"): the one person whose role has that nation and title. Otherwise
        the nearest one named in this or the previous paragraph (not as an object or a
        possessive) whose role has the title, or any one when the title is a generic
        description ("the expert", "the official"); with ``by_role`` (a set of names), only a role
        that holds the title and those names counts ("the former New York mayor")."""
        head = noun[-1]
        # ("the 28-year-old lab manager": an age makes any noun a description of the last one)
        generic = _is_generic(head) or any(_AGE_NOUN.fullmatch(w) for w in noun[:-1])
        nations = {_nation(w) for w in noun[:-1] if _is_nation(w)}
        described = noun
        if nations:
            nations |= _NATION_QUALIFIERS & set(noun[:-1])
            found = [
                name
                for name, words in self.people.role_words.items()
                if nations <= {_nation(w) for w in words}
                and (
                    # ("the Republican nominee" is no "Republican vice presidential nominee")
                    (head in words and _has_title(head, words, noun))
                    or (head in _LEADER_HEADS and words & _TOP_TITLES and "vice" not in words)
                )
            ]
            if len(found) == 1:
                return found[0]
            if found or by_role is not None:
                return None  # two people fit: no guess
            if generic:
                return None  # "the U.S. official": an unnamed source, not the president before
            noun = [head]  # no role names the nation ("Chancellor Merz"): the title alone
        if forward and not generic and not self.people.before(p, offset):
            # "The German chancellor said ..." in a summary before anyone is named: the first
            # one named after it with that title ("Chancellor Friedrich Merz said ...")
            return self._named_after(head, nations, described, p, offset)
        masked = self.masked
        if generic and self._unnamed_mention(head, p, offset) is not None:
            return None  # "a senior U.S. official told Fox News ... The official said": that one
        last = self.speaker_before(p, offset)
        for ref in self.people.before(p, offset):
            if ref.paragraph < p - 1 or (
                ref.paragraph == p
                and offset - ref.end - masked[p].count("_", ref.end, offset) > 600
            ):
                # Further back only someone with that very title: "Sen. Berg ... “...,” he told
                # Candy Lund of CNN. ... The senator said": Berg.
                if ref.paragraph < p - 3 or generic:
                    return None
                words = self.people.role_words.get(ref.person, set())
                if _has_title(head, words, noun) and (by_role is None or by_role <= words):
                    return ref.person
                continue
            text = masked[ref.paragraph]
            if text[ref.start : ref.start + 1] == "_":
                continue
            just_spoke = bool(last and last[1] == ref.person and p - last[0] <= 1)
            prev = text[max(0, ref.start - 14) : ref.start].split()
            if (
                (
                    (prev and prev[-1].lower() in _PREPOSITIONS)
                    or text[ref.end : ref.end + 2] in ("’s", "'s")
                    or (
                        text[ref.end - 1 : ref.end] == "s"
                        and text[ref.end : ref.end + 2] in ("’ ", "' ")
                    )
                    # ("at a Biden rally": a name as a modifier)
                    or (
                        prev
                        and prev[-1].lower() in ("a", "an")
                        and _LOWER_AFTER.match(text, ref.end)
                    )
                    or _KIN_OBJECT.search(text, max(0, ref.start - 30), ref.start)
                )
                and not (just_spoke and [w.lower() for w in prev[-2:]] == ["according", "to"])
            ):
                continue  # not "agreed with Lund"; but "According to Lund, ... the senator said"
            words = self.people.role_words.get(ref.person, set())
            if _has_title(head, words, noun) and (by_role is None or by_role <= words):
                return ref.person  # the nearest person with that title
            if (
                # "U.N. Secretary-General Ban ... the U.N. leader"; "Republican challenger
                # Romney ... the Republican nominee": the role holds the description's
                # qualifiers and a title the head stands for
                (head in _ORG_HEAD_WORDS and len(noun) > 1)
                or (head in _CAMPAIGN_HEADS and words & _CAMPAIGN_HEADS)
            ) and {w.rstrip(".,") for w in noun[:-1]} <= words:
                if words & SECOND_RANK and not SECOND_RANK.intersection(noun):
                    continue  # ("the Republican nominee": no "vice presidential nominee")
                return ref.person
            if by_role is not None:
                continue
            # "Sen. Lund ... the candidate": no office ("the billionaire" has none at all)
            epithet = head in _EPITHET_HEADS and (not words or head in _RACE_EPITHETS)
            # ("Billionaire Tom Lund ... The former mayor": an epithet is no office either)
            if words - _EPITHET_HEADS and not generic and not epithet:
                continue  # someone with another title: look further back for the one
            if (
                not (words or just_spoke or generic)
                and len(described) == 1
                and head in self.people.role_heads
            ):
                # "the president", when the article gives someone that title: not a person
                # it gives none
                continue
            if (
                generic
                or epithet
                or all(w in TITLE_HEADS or w in _TITLE_MODIFIERS for w in noun)
                # "“...,” Peskov said. “...,” the Kremlin spokesman said": the last speaker
                or just_spoke
            ):
                if (
                    _object_position(text, ref.start, reported=True)
                    or _reported_subject(text, ref.start)
                ) and not (
                    # "..., according to Chairman Tom Lund. “...,” the Ohio Republican said":
                    # the source just quoted
                    just_spoke and _ACCORDING_BEFORE.search(text, max(0, ref.start - 80), ref.start)
                ):
                    continue  # "McCarthy said Pelosi could ... the California Republican": him
                if _AGE_NOUN.fullmatch(head) and (
                    _UNNAMED_PERSON_NOUN.search(
                        text, ref.end, offset if ref.paragraph == p else len(text)
                    )
                    or (ref.paragraph != p and _UNNAMED_PERSON_NOUN.search(masked[p], 0, offset))
                ):
                    return (
                        None  # "Lund watched as his daughter crossed the line. ... the 17-year-old"
                    )
                return ref.person  # "the host", "the chief executive": a title for one given none
            return None  # the nearest person is someone else: a new, unnamed speaker
        return None


# How far after a description opening an article its named person may come
_CATAPHORA_PARAGRAPHS = 4
_CATAPHORA_MENTIONS = 12
# "the Russian leader" is whoever the article titles "Russian President"/"Prime Minister".
_TITLE_JOINERS = frozenset(["of", "for", "and", "the", "on", "to"])
_LEADER_HEADS = frozenset(["leader", "president", "premier"])
# A campaign's titles, one for another: "the Republican challenger" is "the GOP nominee"
_CAMPAIGN_HEADS = frozenset(["nominee", "candidate", "challenger", "contender", "hopeful"])
# "the NATO chief", "the U.N. leader": the head of the body the role names
_ORG_HEAD_WORDS = frozenset(["leader", "chief", "head"])
_TOP_TITLES = frozenset(
    "president premier prime chancellor king queen leader emir sultan taoiseach".split()  # noqa: SIM905
)
# "the second official", "another diplomat": someone new, not the person just named.
_NEW_REFERENT = frozenset(
    "second third fourth another other one two three senior several some".split()  # noqa: SIM905
)
# Country names to the adjective the key uses ("Ukraine's" and "Ukrainian" -> "ukrainian").
_COUNTRY_ADJECTIVES = {
    "us": "american", "u.s.": "american", "america": "american", "uk": "british",
    "u.k.": "british", "britain": "british", "russia": "russian", "ukraine": "ukrainian",
    "iran": "iranian", "india": "indian", "japan": "japanese", "korea": "korean",
    "mexico": "mexican", "canada": "canadian", "italy": "italian", "africa": "african",
    "china": "chinese", "germany": "german", "france": "french", "israel": "israeli",
    "turkey": "turkish", "poland": "polish", "spain": "spanish", "syria": "syrian",
    "iraq": "iraqi", "egypt": "egyptian", "brazil": "brazilian", "australia": "australian",
    "austria": "austrian", "netherlands": "dutch", "switzerland": "swiss", "finland": "finnish",
    "sweden": "swedish", "norway": "norwegian", "denmark": "danish", "belarus": "belarusian",
    "georgia": "georgian", "hungary": "hungarian", "venezuela": "venezuelan",
    "pakistan": "pakistani", "afghanistan": "afghan", "qatar": "qatari", "lebanon": "lebanese",
    "greece": "greek", "serbia": "serbian", "taiwan": "taiwanese", "vietnam": "vietnamese",
    "nigeria": "nigerian", "kenya": "kenyan", "cuba": "cuban", "armenia": "armenian",
}  # fmt: skip
# "the North Korean leader" is not "South Korean President Lee".
_NATION_QUALIFIERS = frozenset(["north", "south", "east", "west"])


@lru_cache(maxsize=64)
def _unnamed_pattern(head: str) -> re.Pattern:
    """ "a senior U.S. official", "another official", "one longtime ally": an unnamed one."""
    return re.compile(
        r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w.’'-]+\s+){0,3}?" + re.escape(head) + r"\b"
    )


def _nation(word: str) -> str:
    """A country key shared by its name and adjective: "Ukraine's"/"Ukrainian" -> "ukrainian"."""
    word = _nation_key(word)
    if word.endswith("s") and word[:-1] in _NATION_WORDS:
        word = word[:-1]  # "Russians"
    return _COUNTRY_ADJECTIVES.get(word, word)


# The words that name a nation (not "Indiana", which starts like "India").
_NATION_WORDS = frozenset({w.lower() for w in NATIONALITIES} | set(_COUNTRY_ADJECTIVES))


def _nation_key(word: str) -> str:
    """ "U.S.’s" -> "us", "Russia's" -> "russia"."""
    return re.sub(r"[’']s$", "", word.lower().strip(",")).replace(".", "")


def _is_nation(word: str) -> bool:
    return _nation_key(word) in _NATION_WORDS


_TITLE_MODIFIERS = frozenset("chief senior deputy former executive vice managing".split())  # noqa: SIM905
# What issues a statement, a letter or a post: "released a", "put out a".
_ISSUING_VERBS = r"released|issued|put\s+out|posted|published|wrote|signed"
# What a person issues and a later "the statement said" refers back to.
_ISSUED = frozenset("statement letter tweet post message memo email e-mail note affidavit".split())  # noqa: SIM905
_POSSESSIVE_END = re.compile(r"[’']s?\s+(?:[\w-]+\s+){0,2}?")
_ISSUED_BY = re.compile(r"\s+(?:from|by|of)\s+")
_CLAUSE_PUNCTUATION = re.compile(r"[,.;:!?_]")
# Between a person and the statement they issue: "Lund said in a", "Lund in a", "Lund, who
# ..., is circulating a", "Lund released a".
_ISSUING_GAP = re.compile(
    r"(?:\s*\([^()_]{1,30}\))?(?:,[^,;_]{1,100},)?\s+(?:\w+ly\s+)?"
    r"(?:(?:has|have|had|is|was|were|also)\s+)*"
    r"(?:(?:(?:said|says|wrote|writes|added|noted|explained|announced|responded|replied)\s+)?"
    r"(?:in|on|via)|" + _ISSUING_VERBS + r"|releasing|issuing|sent|sending|posting|"
    r"circulated|circulating|shared|penned|tweeted)"
    r"\s+(?:a|an|his|her|the|their)\s+(?:[\w-]+\s+){0,2}"
)
# What a person writes and signs: "Lund's statement said" is Lund's word.
_WRITINGS = frozenset(
    "statement letter tweet post message memo email e-mail note op-ed column essay book memoir "  # noqa: SIM905
    "affidavit blog report article remarks comments speech testimony".split()
)
_DOCUMENT_OF = re.compile(
    r"\s*(?:a|an|the)\s+(?:(?:written|joint|new|brief|short|recent|separate|public)\s+)?"
    r"(?:statement|letter|post|tweet|message|memo|email|e-mail|interview|op-ed|speech|filing|"
    r"note|video)\s+(?:from|by|(?:issued|released|posted|written|sent)\s+by)\s+"
)
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording to\s+[^,;:.!?_“”\"]{0,60}$")
# Descriptions a reporter uses for anyone just quoted, whatever their title.
_GENERIC_HEADS = (DESCRIPTIVE_HEADS - {"officer", "head", "leader"}) | {"democrat", "republican"}
_AGE_NOUN = re.compile(r"\d{1,3}-year-old")
_LOWER_AFTER = re.compile(r"\s+[a-z]")
# What a reporter calls a person beside the office he holds ("Sen. Lund ... the candidate",
# "Mr. Trump ... the New York billionaire")
_EPITHET_HEADS = frozenset(
    """
    candidate nominee billionaire millionaire businessman businesswoman tycoon mogul veteran
    hopeful contender frontrunner front-runner challenger incumbent
    """.split()  # noqa: SIM905
)
_RACE_EPITHETS = frozenset(
    "candidate hopeful contender frontrunner front-runner challenger incumbent".split()  # noqa: SIM905
)
# Someone unnamed that an age noun may refer to instead of the one named before
_UNNAMED_PERSON_NOUN = re.compile(
    r"\b(?:"
    + _KIN
    + r"|child|girl|boy|man|woman|teen|teenager|student|victim|patient|neighbor|neighbour|"
    r"friend)\b(?!,?\s+[A-Z])"
)


# "a union spokeswoman, Rep. ": a description, then the name it gives (after any title)
_DESCRIPTION_THEN_NAME = re.compile(
    r"\s*(?:a|an|the|one|another|his|her|their|its|[A-Z][\w.-]*[’']s)\s+"
    # ("the Senate's No. 2 Democrat, Dick Durbin": "No." ends no sentence)
    r"((?:(?!(?<!\bNo)[.!?]\s)[^,_;:()“”\"]){2,90}),"
    r"\s+(?:(?:[A-Z][a-z]{0,4}\.|[A-Z][\w-]*|then-[\w.-]+)\s+){0,3}"
)


def _described_then_named(gap: str) -> bool:
    """ "said a union spokeswoman, Tia Lund" / "argued the head of the House panel, Rep. Tom
    Lee": a title description whose appositive is the person's name."""
    match = _DESCRIPTION_THEN_NAME.fullmatch(gap)
    if match is None:
        return False
    words = match.group(1).lower().split()
    for k, word in enumerate(words):
        if word in _PREPOSITIONS:
            if word == "to":
                return False  # "an aide to the senator, Tom Lund": Lund is the senator
            words = words[:k]
            break
    # (or any person noun: "said one marcher, Paul Selman", "said a neighbor, Tom Lund")
    return bool(words) and (
        words[-1] in TITLE_HEADS or _is_generic(words[-1]) or words[-1] in _PERSON_NOUNS
    )


# People a description names by what they are or do, not by a title
_PERSON_NOUNS = frozenset(
    """
    marcher protester demonstrator resident neighbor neighbour voter student worker supporter
    participant attendee witness friend relative father mother sister brother wife husband son
    daughter cousin uncle aunt parent grandmother grandfather colleague classmate customer
    owner driver nurse veteran farmer shopper patient victim survivor fan retiree volunteer
    """.split()  # noqa: SIM905
)
_PRESIDENCY = re.compile(r"\b(?:[Pp]resident|[Pp]residency|White House|Oval Office)\b")


def _bare_president(noun: list[str]) -> bool:
    """ "the president", "the U.S. President" (not "the former president", "the president of
    the union")."""
    return noun[-1] == "president" and all(_nation(w) == "american" for w in noun[:-1])


def _is_generic(head: str) -> bool:
    """A description anyone just named may get: "the expert", "the 52-year-old"."""
    return head in _GENERIC_HEADS or bool(_AGE_NOUN.fullmatch(head))


# Qualifiers a description may carry that no role needs to repeat ("the top envoy").
_LOOSE_QUALIFIERS = frozenset("top senior former federal state new current".split())  # noqa: SIM905
_COLON_QUOTE = re.compile(r":\s*[“\"_]")
_ACCUSED_OF = re.compile(r"\s+((?!of\s)(?:[\w’'.-]+\s+){1,8}?of\s+\S)")  # not "accused of"
# "said in an interview with Fox News he hoped": a short phrase, then a pronoun's clause.
# "said in that case, they would pay more": a short phrase of the clause, then its subject
# (not "said in a statement, ...": where it was said)
_PP_COMMA_CLAUSE = re.compile(
    r"\s*(?:in|for|at|by)\s+(?!(?:[\w’'-]+\s+){0,2}(?:statement|interview|speech|letter|email|"
    r"e-mail|post|tweet|video|release|remarks|conference|hearing|briefing|meeting|call|"
    r"appearance|address|op-ed|column|podcast|message|filing|report)s?\b)"
    r"(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*,\s+"
)
_PP_PRONOUN_CLAUSE = re.compile(
    # (the phrase holds no subordinator: "said in the Rose Garden as he presented the plan" is
    # a time, not what he said)
    r"\s*(?:in|on|at|during|with|to)\s+"
    r"(?:(?!\b(?:as|when|while|after|before|because|since|if|until|where)\s)[^,;:_“”\"]){3,60}?"
    r"\s(?=(?:he|she|they|we|I|it|there)\s)"
)
# "said nothing about it": an object, no statement (not "said nothing had changed").
# ("said as much on Friday", "said much the same in an interview": an object, no clause)
_NOTHING_OBJECT = re.compile(
    r"\s+(?:nothing|little|anything|as\s+much|much\s+the\s+same|the\s+same|so)"
    r"(?=\s*(?:about|of|on|at|in|to|during|last|this|before|after|[,.;]|$))"
)
# "claimed responsibility for the attack" (not "said victory was within reach").
_SUBORDINATE_THAT = re.compile(r"\s+\w+\s[^,;:_“”\"]{1,80}?\bthat\s+")
_CLAIMED_OBJECT = re.compile(r"\s+(?:responsibility|credit|victory|ownership)\b")
_COMMA_WORD = re.compile(r"\s*,\s*(\w+)")
_SUBORDINATE_THEN_MAIN = re.compile(
    r"\s+(?:while|although|though|if|when|because)\s[^,;:_“”\"]{5,160},\s+"
    r"(?:he|she|they|it|we|I|there|the\s+\w+|everyone|everybody|nobody|no\s+one|people|"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)\s+"
    r"(?:\w+\s+){0,2}?(?:is|are|was|were|has|have|had|would|will|could|should|can|does|did|"
    r"\w+s|\w+ed|wouldn’t|won’t|can’t|doesn’t|isn’t)\b"
)
# "said, as it stands, there's ...", "said, if elected, she would ...": a subordinate clause set
# off by commas, then a main clause (its subject and a verb)
_ASIDE_SUBORDINATE_THEN_MAIN = re.compile(
    r"\s*,\s*(?:as|if|while|although|though|when|because|unless|once|until)\s[^,;:_“”\"]{3,100},"
    r"\s+(?:he|she|they|it|we|I|there|that|the\s+\w+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)"
    r"(?:[’']s\s|\s+(?:\w+\s+){0,2}?(?:is|are|was|were|has|have|had|would|will|could|should|can|"
    r"does|did|\w+s|\w+ed|wouldn’t|won’t|can’t|doesn’t|isn’t)\b)"
)
_BARE_SUBORDINATE = re.compile(
    # ("said shortly before the House voted", "said Sunday when asked if ...")
    r"\s+(?:(?:shortly|just|soon|right|moments|minutes|hours|days|weeks|long|"
    r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|later|earlier)\s+)?"
    r"(?:while|when|after|before|because|although|though|"
    r"as(?!\s+(?:many|much|few|little|long|well|soon|often|far|recently|early|late)\b))\s"
)
# "said, in a statement, that": a phrase set off by commas before the clause (or a colon
# before a quote)
_ASIDE_PP = re.compile(
    r"\s*,\s*(?:in|on|at|during|with|for|after|before|referring|speaking)\s[^,;:_“”\"]{1,80}"
    r"(,\s*(?:that\s+)?|:\s*)"
)
_ASIDE_THAT = re.compile(r"\s*,[^,;:_]{2,80},\s*that\s+")
_TO_BEFORE = re.compile(r"\bto\s+$")  # "declined to say" (not "Mylto said")
# "continues to claim that", "went on to say": the speech goes on, it is not refused or wanted.
_GOES_ON_TO = re.compile(
    r"\b(?:continues|continued|continue|continuing|went\s+on|goes\s+on|go\s+on|going\s+on|"
    # "were quick to point out that", "hastened to add that": said, and soon
    r"quick|hastened|hastens|hurried|rushed|"
    # "seemed to claim that ...": said, in the reporter's hedge
    r"seemed|seems|appeared|appears|"
    # "went so far as to argue that ...": said, and boldly
    r"so\s+far\s+as|as\s+far\s+as)"
    r"\s+to\s+$"
)
# "took to the Senate floor to say": not "declined to say" (the platform of _AUX)
_TOOK_TO = re.compile(r"\b(?:" + _PLATFORM_TO + r")\s+$")
# "the brother-in-law of", "a spokeswoman for", "lawyers for", "an aide to", "a spokesman for
# British Prime Minister": a person named as the object (after any title).
_RELATION_NOUNS = (
    r"brother|sister|wife|husband|son|daughter|mother|father|parents?|[a-z]+-in-law|"
    r"cousin|uncle|aunt|nephew|niece|widow|widower|partner|friends?|relatives?|family|"
    r"lawyers?|attorneys?|counsel|spokes(?:man|woman|person)|aides?|advis[eo]rs?|"
    r"representatives?|allies|supporters|critics|staff|office|campaign|doctor|physician|"
    r"staffers?|employees?|assistants?|associates?|colleagues?"
)
# "an aide to": only those who work for someone ("the senator's son to Tom Lund" is no relation)
_AIDE_NOUNS = (
    r"aides?|advis[eo]rs?|spokes(?:man|woman|person)|counsel|lawyers?|attorneys?|staff|"
    r"staffers?|assistants?"
)
_RELATION = r"(?:(?:" + _RELATION_NOUNS + r")\s+(?:of|for)|(?:" + _AIDE_NOUNS + r")\s+to)"
# "the assassination of President John F Kennedy", "a study of the late Ana Berg"
_OBJECT_OF_BEFORE = re.compile(
    # (the word before "of" in lower case: not "Secretary of State John Kerry")
    r"\b((?-i:[a-z]{3,}))\s+of\s+(?:(?:the|late|former|then|(?-i:[A-Z])[\w’'-]*|"
    + word_alternation("|".join(sorted(w for w in TITLE_HEADS if w.isalpha())))
    + r")\.?\s+){0,3}$",
    re.IGNORECASE,
)
_DETERMINER_HEAD = re.compile(r"\s*(?:The|A|An|This|That|These|Those)\s+[a-z]")
_RELATION_OF = re.compile(
    r"\b(?P<relation>" + _RELATION + r")\s+"
    # ("for Senate Democratic leader Chuck Schumer": title words before the name; "wife of
    # the previous Republican president, George W. Bush": a title, a comma, the name)
    r"(?:(?:the|former|then|late|previous|incumbent|(?-i:[A-Z])[\w.’'-]*|"
    + word_alternation("|".join(sorted(w for w in TITLE_HEADS | TITLE_MODIFIERS if w.isalpha())))
    + r"),?\s+){0,5}$",
    re.IGNORECASE,  # "Lawyers for Ghislaine Maxwell said", opening the sentence
)
_FIRST_WORD = re.compile(r"\S+\s*")
# An optional honorific before a name: "Sen. ", "Mr. "
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?"
# Names in a list: "Lund, Berg and Sen. Amy Holt", "Lund of Ohio, Berg (R-Iowa) and Holt"
_COORDINATED = re.compile(
    r"(?:\s+of(?:\s+[A-Z][\w.'’-]*){1,3}|\s*\([^()_]{1,30}\))?(?:,\s*(?:and\s+)?|\s+and\s+)"
    + _HONORIFIC
)
_AND_WORD = re.compile(r"\band\b")
# "key Republicans, including ... Sen. Rand Paul of Kentucky, insisted": an aside after a group
_INCLUDING_ASIDE = re.compile(r",\s*(?:including|among\s+them|such\s+as)\s[^;:_]{1,120},\s*")
# "Gov. Tom Lund — who responded by saying": a relative clause up to its participle
_WHO_UP_TO_PARTICIPLE = re.compile(r"\s*(?:,|[—–]|--)\s*who\s+[^,;:_—–]{0,60}?\s+")
# "For Lund, ...", "To Solicitor General Lund, ...": who holds the view a sentence gives
_VIEW_HOLDER = re.compile(r"(?:For|To)\s+(?:[A-Z][\w.’'-]*\s+){0,5}")
_PRONOUN_NEXT = re.compile(r",\s+(?:he|she|they|I|we)\b")
_WHO_AFTER_NAME = re.compile(r",\s+who\s")
# What keeps a which/that clause from naming who called it (with _PASSIVE_BEFORE): a
# complementizer after a verb of speech, "called on"
_VERB_BEFORE_THAT = re.compile(r"\b(?:" + VERBS + r")\b[^,;_]*$")
_CALLED_ON = re.compile(r"\s+(?:on|for|upon|out|in|up|off|back)\b")
# ("for what he called a “despicable” attempt": his word, whoever else the sentence quotes;
# "the tariff, which Lund's lawyer, Tom Brill, called “the unlawful tax”": his words)
_WHOM_SUBJECT = re.compile(
    r"\b(?:whom|what)\s+([^,_;]{1,60}?)\s+(?:[a-z]+ly\s+)?$"
    r"|\b(?:which|that)\s+((?!(?:has|have|had|is|was|were|are|would|will|also|later|once)\b)"
    r"[^_;]{1,80}?)\s+(?:(?:has|have|had|would|will|once|also|later|often|[a-z]+ly)\s+){0,2}$"
)


def _named_by_whom(
    resolver: _Resolver, p: int, s_start: int, quote_start: int
) -> _Attribution | None:
    """The subject of "whom X called/described as" right before a quote: X's words."""
    text = resolver.masked[p]
    naming = _NAMING_VERB.search(text, max(s_start, quote_start - 40), quote_start)
    if naming is None:
        return None
    whom = _WHOM_SUBJECT.search(text, max(s_start, naming.start() - 80), naming.start())
    if whom is None:
        return None
    group = 1 if whom.group(1) is not None else 2
    if group == 2 and (
        naming.group().endswith("ing")
        # ("that of Lund, an aide who was deemed by the White House to be “...”": a passive)
        or _PASSIVE_BEFORE.search(text, max(0, naming.start() - 20), naming.start())
        or _CALLED_ON.match(text, naming.end())
        # ("Lund tweeted that Berg denied any knowledge of “...”": a complementizer, and what
        # Lund tweeted)
        or (
            text.startswith("that", whom.start())
            and _VERB_BEFORE_THAT.search(text, max(s_start, whom.start() - 40), whom.start())
        )
    ):
        return None  # ("which she entered, calling it ...", "in which he called on Berliners")
    want = _PRONOUN_GENDER.get(whom.group(group).lower())
    if want is not None:
        # "Clinton says she appreciated Machado’s courage through what she calls": the
        # sentence's subject of that gender, not the nearest woman named
        for ref in reversed(resolver.people.in_range(p, s_start, whom.start())):
            if _is_subject(text, ref.start) and resolver.people.gender.get(ref.person) in (
                None,
                want,
            ):
                return _Attribution(ref.person, None, ref.start)
    return resolver.subject_before(p, whom.start(group), whom.end(group) + 1)


_PREPOSITION_BEFORE = re.compile(r"\b(?:of|before|after|with|against|about|for|from)\s+$")
_TITLE_BEFORE = re.compile(r"\b(?:Sens?|Reps?|Govs?|Mr|Mrs|Ms|Dr)\.?\s+$")
# Where the noun phrase of a relation starts: at its determiner ("night an aide to" is "an
# aide to"), else a word or two before the noun ("Lawyers for", "Senate aides to")
_RELATION_HEAD = re.compile(
    r"\b(?:the|a|an|his|her|their|its|one|two|three)\s+(?:[\w’'-]+\s+){0,2}?" + _RELATION + r"$",
    re.IGNORECASE,
)
_RELATION_BARE = re.compile(r"(?:[\w’'-]+\s+){0,2}" + _RELATION + r"$", re.IGNORECASE)
# "Some officials, from President Trump to Rep. Andy Biggs, have asked": the group's range
_RANGE_BEFORE = re.compile(r",\s*from\s+[^,;_]{2,90}?\s+to\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")
_INCLUDING_BEFORE = re.compile(
    r",\s*(?:including|among\s+them|such\s+as|(?:led|headed)\s+by(?:\s+[a-z]+)?)\s+"
    # ("including potential 2016 presidential candidate Sen. Rand Paul")
    r"(?:(?!(?:a|an|the|where|which|who|whom|whose|that|when|in|of)\s)(?:[a-z][\w-]*|\d{4})\s+){0,5}?"
    + _HONORIFIC
    + "$"  # ("led by freshman Sen. Tom Cotton")
)
_LINKED_TO = re.compile(
    r"\b(?:ties\s+to|close\s+to|linked\s+to|tied\s+to|loyal\s+to|backing|supporting|"
    r"opposing|alongside|behind|against)\s+(?:(?:the|Mr\.|Mrs\.|Ms\.|Sen\.|Rep\.|Gov\.|"
    r"President|former)\s+)*$"
)
# the subject those words modify: a quantifier or a determiner opening the sentence's noun
# phrase, or the one after an opening phrase ("On Monday, several donors backing ...")
_GROUP_SUBJECT = re.compile(
    r"(?:\s*|.*[,;:]\s*)(?:(?:But|And|Yet)\s+)?((?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|"
    r"[Ss]ome|[Tt]hose|[Oo]ther|[Aa]nother|[Aa]n?|[Mm]ost)\s[^,;:_]*?)\s*$"
)
_PLURAL_LIKE = re.compile(
    r"\b([A-Za-z][a-z]+s)\s+(?:like|such\s+as)\s+(?:(?:[A-Z][\w.'’-]*|the|former)\s+){0,3}$"
)
_LIKE_VERBS = frozenset("looks seems sounds feels is was".split())  # noqa: SIM905
_CLOSE_TO = re.compile(
    r"\b(?:close|closest|near|loyal|allied|familiar|opposed)\s+(?:to|with)\s+(?:the\s+)?$"
)
# "sanctioned by the US Treasury, which": the noun phrase the relative clause follows.
_WHICH_NP = re.compile(
    r"\b(?:(?:the|a|an|its|their|his|her)\s+(?:[\w.&'’-]+\s+){0,3}[\w.&'’-]+"
    r"|(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*)$"
)
# "a lengthy Times report that said": a document the relative clause hangs on
_THAT_BEFORE = re.compile(r"(?<=[a-z])\s+that\s+$")
_DOCUMENT_HEAD = re.compile(
    r"(?:report|reports|story|article|statement|letter|memo|document|tweet|post|email|message|"
    r"editorial|column|release|filing|lawsuit|complaint|ruling|study|book)$"
)
_ISSUED_BEFORE = re.compile(r"\b(?:" + _ISSUING_VERBS + r"|sent(?:\s+out)?|filed)\s+$")
_WHICH_BEFORE = re.compile(
    r",\s*which\s+(?:(?:also|then|later|has|had|have|until\s+now|\w+ly)\s+){0,3}$"
)
# A reported clause opening before a name: "argued that [Sen.] Lund", "believes President Lund".
_REPORTED_CLAUSE_OPENS = re.compile(r"\b(?:that|" + VERBS + r")\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")
_AND_END = re.compile(r"\b(?:and|but)\s+" + _AUX + "$")  # "... and has since said"
# Irregular past forms that open a clause's predicate ("Khamenei came down hard ...").
_IRREGULAR_PAST = (
    "took|went|made|held|met|left|came|gave|sent|ran|spoke|wrote|stood|sat|rose|got|put|"
    "kept|felt|saw|threw|drew|hit|read|paid|fought|knew|thought|told|laid|set|cut|bought|built|"
    "caught|chose|dealt|found|heard|meant|sold|spent|swore|taught|broke|fled|fell|grew|drove|"
    "shook|stuck|swept|withdrew|upheld|oversaw|undertook|forgave|hid|lent|shot|sank|spun|sought|"
    "brought|struck"
)
_FOLLOWED_BY_VERB = re.compile(
    r",?\s+(?:(?:\w+ly|again|also|then|later|still)\s+)?(?:[a-z]{3,}ed|" + _IRREGULAR_PAST + r"|"
    r"said|won|lost|began|became|sought|brought|struck|led)\b"
)
# "Trump is pressing for ... but says": a subject before its auxiliary
_FOLLOWED_BY_AUX = re.compile(
    r",?\s+(?:is|was|has|had|will|would|does|did|can|could)(?:n[’']t)?\s+\w"  # ("hasn’t")
)
# (or an appositive: "Brian Rice, president of the firefighters' union, cited ... and said")
_RELATIVE_ASIDE = re.compile(
    r",\s+(?:who\s|[a-z]{3,}ing\s|(?:the|a|an)\s+[a-zA-Z]|[a-z]{3,}\s+of\s"
    # ("Feinstein, in a statement to USA TODAY, did not apologize but said")
    r"|(?:in|at|during|on)\s+(?:a|an|the|his|her|its|their)\s)[^,;:_]{0,150},"
)
_CLAUSE_SUBJECT = re.compile(
    r"\s*((?:(?:[A-Z][\w.'’-]*|some|many|several|most|the|a|an)\s+)?[\w.'’-]+"
    # "A Treasury Department spokeswoman": capitalised words, then the head noun
    r"(?:\s+[A-Z][\w.'’-]*)*(?:\s+(?:spokes(?:wo)?man|spokesperson|official|aide|source|"
    r"leader|chief))?"
    # "Russia and the Syrian military blamed Israel ..., saying": two subjects
    r"(?:\s+and\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}?[\w.'’-]+(?=\s+[a-z]{3,}ed\b))?)"
    r"(?:,\s*(?:however|though|meanwhile|too),)?"  # "..., however, denied X and said"
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:later|also|then|again|still|[a-z]+ly)\s+)?"
    r"(?:[a-z]{3,}ed|[a-z]{3,}s|" + _IRREGULAR_PAST + r"|"
    # "The ministry did not name the substance but said": a negated verb
    r"(?:did|does|do|would|could|will|can)(?:\s+not|n[’']t)\s+[a-z]{3,}|"
    # "Democrats are labeling it Trump’s shutdown, arguing": a progressive
    r"(?:is|are|was|were)\s+[a-z]{3,}ing)\b"
)
# A phrase before the subject: "In comments Thursday, ", "After the vote on Monday, ".
_FRONTED_PHRASE = re.compile(
    r"\s*(?:In|On|At|After|Before|During|Since|Following|From|Over|Later|Earlier)\s[^,_;]{1,60},"
)
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins (looking back 400 characters at most)."""
    start = max(0, pos - 400)
    for match in _SENTENCE_BREAK.finditer(text, start, pos):
        start = match.end()
    return start


_AND_BEFORE = re.compile(r"\s+and\s+$")
_INTRODUCTION = re.compile(r",\s+((?:[\w.'’-]+[\s,]+){0,5})")
_END_OF_CLAUSE = re.compile(r"[.!?][\"”’']?\s+\S")  # another sentence after the introduction
_TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr sen rep gov gen pres".split())  # noqa: SIM905
_AND_TITLE = re.compile(r"\s+and\s+(?:(?:his|her|their)\s+[\w-]+\s+)?" + _HONORIFIC)
_GAP = re.compile(
    # (an aside in brackets: "Trump (you know, the least racist person you’ve met) said")
    r"\s*(?:(?:Jr\.?|Sr\.?|[IVX]{2,5})\s*)?(?:\([^()_]{1,100}\)\s*)?"
    # "Amy Kremer of the national Tea Party Express group said", "Lund of New Hampshire said"
    r"(?:\s*(?:of|from|at|in)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w.'’&-]*(?:\s+|(?=,))){1,5}"
    r"(?:[a-z]+\s+)?)?"
    r"(?:(?:,[^,_]{1,160}){1,4}(?:,|\s(?:--|—|–|-(?=\s)))"
    r"|,\s*(?:a|an)\s[^,_]{1,100}?\s"  # "Lund, a researcher at X told"
    # "“...,” Ryan Williams, campaign spokesman said": a bare title after the name
    r"|,\s*(?!(?:and|but|or|nor|while|as|who|which|when|where|after|before|because|if|then|"
    r"so|though|although|since|until|whose|the|a|an|of|in|on|at|to|for)\b)[a-z]"
    # (a title, not a clause: "Loudon, also addressed the throng when she said")
    r"(?:(?!\b(?:he|she|they|when|while|and|who|which|that)\b)[a-z\s.'’-]){1,60}?"
    r"(?<!\bthe)(?<!\bof)(?<!\ba)\s)?\s*"
    # (" - " too; a quoted fragment inside: "– who called it “a difference of opinion” –")
    r"(?:(?:--|—|–)(?:[^_—–]|[“\"]_+[”\"]){1,200}?(?:--|—|–)\s*"
    r"|-\s(?:[^_—–]|[“\"]_+[”\"]){1,200}?\s-\s*)?"
    # "Lund on Tuesday said", "Lund earlier this month said"
    r",?\s*(?:(?:(?:earlier|later)\s+(?:this|last)|on|in|at|last|this|late|early|earlier)"
    r"\s+[\w-]+\s+){0,2}"
    # "Mnuchin Friday morning said", "Lund yesterday said"
    r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+)?"
    # "Keene in an interview said", "Lund in a written statement on Tuesday said"
    r"(?:(?:in|during)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+)?(?:interview|statement|"
    r"letter|speech|post|tweet|e-?mail|op-ed|video)\s+(?:(?:on|last|this)\s+[\w-]+\s+)?)?" + _AUX
)


_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’']?\s+)(?=[^.!?]*$)")
_FRONTED_PREPOSITIONS = frozenset(
    """
    with without unlike like despite amid against beside behind alongside among including
    following besides except through toward towards under
    """.split()  # noqa: SIM905
)
_SUBJECT_PREFIX = frozenset(["the", "a", "an", "but", "and", "so", "yet", "then", "also", "former"])


_TITLED_OPENER = re.compile(r"^\s*(?:On|In|At|During|After|Before)\s+[\"“][_\s]*[\"”],?\s*")
_QUOTE_ENDS = re.compile(r"(?:^|\s)[\"“]_+[\"”]\s*$")
_SUBORDINATE_OPENER = re.compile(
    r"\s*(?:(?:but|and|yet|so|then)\s+)?(?:when|while|as|after|before|if|although|though|"
    r"because|since|until|once)\s",
    re.IGNORECASE,
)
_PLACE_OPENER = re.compile(r"\s*(?:On|In|At|During|After|Before)\s")  # 'On “Face the Nation,”'
_TITLE_SHORT_FORMS = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sen",
    "Rep",
    "Gov",
    "Gen",
    "Lt",
    "Col",
    "Capt",
    "Prof",
    "St",
)
_ABBREVIATION_POINT = re.compile(r"\b(" + "|".join(_TITLE_SHORT_FORMS) + r")\.")


# "Also attending the news conference was", "Among those present were", "Joining him is Sen."
_INVERTED_PRESENTATION = re.compile(
    r"\s*(?:Also\s+[a-z]+ing|[A-Z][a-z]+ing|Among)\b[^,.;:_]{0,80}\s(?:was|were|is|are)\s+"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}$"
)


_REFLEXIVE_END = re.compile(r"\s+(?:himself|herself)\s*[.!]?\s*")
_JUST_ASK = re.compile(r"\s*(?:(?:Just|Simply|But|And)\s+)?(?:just\s+)?[Aa]sk\s+")
_APPOSITIVE_DASH_END = re.compile(r"\s*(?:—|–|--)\s*$")
_DASHES = ("—", "–", "--")


# "In comments to Onet", "in his remarks": a verb of speech's form used as a noun
_NOUN_DETERMINER_END = re.compile(
    r"\b(?:in|on|at|during|after|with|his|her|their|its|the|a|an|those|these)\s+$", re.IGNORECASE
)


def _verb_in_opener(opener: str) -> bool:
    """Whether ``opener`` (the words before a comma) holds a verb of speech that is a verb:
    not "In comments to Onet," nor "In his remarks," (nouns after a preposition or a
    determiner)."""
    return any(
        not _NOUN_DETERMINER_END.search(opener, 0, verb.start()) for verb in _VERB.finditer(opener)
    )


def _is_subject(text: str, start: int) -> bool:
    """A mention that opens its sentence (after a title or conjunction): a likely subject."""
    # "to Mr. Trump's": an abbreviation's point ends no sentence
    window = _ABBREVIATION_POINT.sub(r"\1", text[max(0, start - 120) : start])
    match = _SENTENCE_START.search(window)
    prefix = window[match.end() :] if match else window
    prefix = _TITLED_OPENER.sub("", prefix)  # 'On “Face the Nation,” Sen. Sanders'
    dash = _APPOSITIVE_DASH_END.search(prefix) if prefix.rstrip().endswith(_DASHES) else None
    if dash and prefix[: dash.start()].strip():
        # "Another participant in the forum—Zeke Emanuel, ...—reinforces": an appositive set
        # off by dashes, as by commas
        prefix = prefix[: dash.start()] + ", "
    if _INVERTED_PRESENTATION.match(prefix):
        return True  # "Also attending was Jenny Beth Martin": the subject after its verb
    if _JUST_ASK.fullmatch(prefix):
        return True  # "Just ask Dan Swenson-Klatt, who owns a bakery.": the one presented
    # (a title's lower-case modifiers only after nothing but an opening phrase: "Still,
    # political scientist John Green says"; not "... investigating his wife, Democratic
    # presidential nominee Hillary Clinton": an appositive after a clause)
    modifiers_allowed = "," not in prefix or not _FINITE_WORD.search(prefix)
    if (
        _SUBORDINATE_OPENER.match(prefix)
        and _QUOTE_ENDS.search(prefix)
        and not _VERB.search(prefix)
    ):
        # "When pressed about “two Trumps,” Trump reversed": the main clause after a fronted
        # one whose comma is inside the quote
        return True
    if "," in prefix:
        opener = prefix[: prefix.rindex(",")]
        if (
            _verb_in_opener(opener) or ("_" in opener and not _PLACE_OPENER.match(opener))
        ) and not _SUBORDINATE_OPENER.match(opener):
            # "“...,” Obama said, mentioning its author, Ali": an aside; but "When asked
            # about “two Trumps,” Trump reversed himself": the main clause after a fronted one
            return False
        segment = opener.rsplit(",", 1)[-1].split()  # the words since the comma before
        if (
            segment
            and segment[0] in ("which", "who", "that")
            and segment[-1].lower() in TITLE_HEADS
            and any(w.lower() in _PREPOSITIONS for w in segment[1:-1])
        ):
            # "which has taken a line on Russia and its leader, Vladimir Putin": an aside
            return False
        after_comma = prefix[prefix.rindex(",") + 1 :]
        rest = after_comma.split()
        if (rest in (["and"], ["or"]) or (not rest and _LIST_GOES_ON.match(text, start))) and (
            _list_in_clause(opener)
        ):
            # "who worked with Glenn Greenwald, Laura Poitras, and Bart Gellman", "joined the
            # former presidents George Bush (1989-93), Bill Clinton (1993-2001), ...": names
            # listed as objects
            return False
        if all(w[:1].isupper() or w == "and" for w in rest) and _NAMES_END_SENTENCE.match(
            text, start
        ):
            return False  # the sentence's subject and verb came before the comma
        if not rest and _object_title(opener) and _NAME_THEN_COMMA.match(text, start):
            # "He had spoken to the national security adviser, HR McMaster, he said": an
            # appositive (not "amid tensions with the Ukrainian leader, Trump described")
            return False
        if (
            not rest
            and _NAMING_VERB.search(opener)
            and not _SUBORDINATE_OPENER.match(opener)
            and _NAME_THEN_COMMA.match(text, start)
        ):
            # "A CIA memo calls the consul there, Valeriy Kostikov, “an identified KGB
            # officer”": the object of the naming verb, in apposition
            return False
        prefix = after_comma  # "In recent weeks, Reid ..."
    words = prefix.split()
    if words and words[0].lower() in _FRONTED_PREPOSITIONS:
        return False  # "With Trump looking on, she hailed ...": a fronted phrase's object
    for k, word in enumerate(words):
        if word in ("-", "–", "—", "•", "*", "·"):
            continue  # a list bullet
        if word[:1].isupper() or word.lower() in _SUBJECT_PREFIX or word.lower() in TITLE_HEADS:
            continue
        if (
            word in _TITLE_JOINERS
            and 0 < k < len(words) - 1
            and (
                words[k + 1][:1].isupper()
                # "Ambassador to the United Nations Nikki Haley"
                or (words[k + 1] == "the" and k + 2 < len(words) and words[k + 2][:1].isupper())
            )
        ):
            continue  # "Ambassador to Israel Mark Berg", "Secretary of State Lund"
        if word.lower().strip(",") in TITLE_HEADS:
            continue
        if (
            modifiers_allowed
            # ("the right-wing Australian Prime Minister Tony Abbott": a hyphenated adjective)
            and (word.lower() in TITLE_MODIFIERS or "-" in word)
            and any(w.lower().strip(",") in TITLE_HEADS for w in words[k + 1 :])
        ):
            continue  # "Still, political scientist John Green says": a title's modifier
        return False
    return True


_NAME_THEN_COMMA = re.compile(NAME_RUN + r"\s*(?:[,.;]|$)")
# (an initial, the titles above, and more titles and suffixes)
_SHORT_FORMS = (
    "[A-Z]",
    *_TITLE_SHORT_FORMS,
    "Sens",
    "Reps",
    "Sgt",
    "Adm",
    "Maj",
    "Rev",
    "Cmdr",
    "Jr",
    "Sr",
)
# "..., two members of his security detail, Glen Lund and Tom Berg.": names that end their
# sentence after a comma rename what stands before it
_NAMES_END_SENTENCE = re.compile(
    NAME_RUN
    + r"(?:(?:,\s*|,?\s+and\s+)"
    + NAME_RUN
    + r"){0,4}"
    # (not an initial's, a title's or a suffix's point: "Sergey V. Lavrov", "Rep. Tom Berg",
    # "Donald Trump Jr. said")
    + "".join(rf"(?<!\b{short})" for short in _SHORT_FORMS)
    + r"\s*[.!?](?:\s+[^\sa-z]|\s*$)"
)
_GOVERNED_TITLE = re.compile(
    r"\b(?:to|with|for|from|of|by|at|on|about|against|met|called|thanked|named|fired|hired)\s+"
    r"(?:the|a|an|his|her|their|its|[A-Z][\w.’'-]*[’']s)\s+[^,;:_]*$"
)


def _object_title(opener: str) -> bool:
    """Whether ``opener`` ends in a title that a verb or preposition governs ("spoken to the
    national security adviser"), so the name after its comma is that object's appositive
    (not "His spokesman, Tom Lund, said": a subject)."""
    words = opener.split()
    return (
        bool(words)
        and words[-1].lower() in TITLE_HEADS
        # "In a meeting with the president, Tom Lund ... pressed": a fronted phrase
        and words[0].lower() not in _PREPOSITIONS
        and bool(_GOVERNED_TITLE.search(opener, max(0, len(opener) - 80)))
    )


_PARENTHESIS = re.compile(r"\([^()]*\)")
# A name followed by the next one of a list: "Bill Clinton (1993-2001), George W Bush"
_LIST_GOES_ON = re.compile(NAME_RUN + r"(?:\s*\([^()]{1,30}\))?(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z]")


def _name_item(item: str) -> bool:
    words = _PARENTHESIS.sub("", item).split()
    return 1 <= len(words) <= 4 and all(
        w[:1].isupper() and not w.endswith(("’s", "'s")) for w in words
    )


def _list_in_clause(opener: str) -> bool:
    """Whether the names listed before ", (and) X" follow a clause's words (the list is an
    object there: "worked with the journalists A, B"), not the sentence start ("A, B")."""
    items = opener.split(",")
    if len(items) < 2:
        return False
    k = len(items) - 1
    while k > 0 and _name_item(items[k]):
        k -= 1
    words = _PARENTHESIS.sub("", items[k]).split()
    head = list(words)
    while head and head[-1].lstrip('([“"')[:1].isupper():
        head.pop()  # the list's first name ("(Nehlen")
    if len(head) == len(words):
        # "..., and Trump later called it": a clause before, no list of names; "After the
        # vote, Mary Berg, Ann Lund, and Raj Patel walked out": the list opens the clause
        return False
    return any(w[:1].islower() and w.lower() not in _SUBJECT_PREFIX for w in head)


def _title_appositive(gap: str) -> bool:
    """ ", vice president at the American Lung Association": a bare title set off by a comma."""
    if not gap.lstrip().startswith(","):
        return False
    words = gap.strip(" ,").split()[:6]
    for k, word in enumerate(words):
        if word in ("of", "at", "for", "with"):
            words = words[:k]
            break
    return bool(words) and words[-1].lower().strip(",") in TITLE_HEADS


def _gap_ok(gap: str) -> bool:
    """Only adverbs, auxiliaries or one appositive between a subject and its verb."""
    if len(_DASH.findall(_PARENTHESIS.sub("", gap) if "(" in gap else gap)) % 2:
        # "Kall -- editor of a book on Trump --": a dash aside opened earlier (not the dash
        # of a party and state: "Thune (R–S.D.) said")
        return False
    return bool(_GAP.fullmatch(gap))


_DASH = re.compile(r"--|—|–")
_CONTRACTION = re.compile(r"^[’'](?:s|d|ve)\s+")  # "he’s insisted", "she’d said"
_APPOSITIVE_OPEN = re.compile(r"\s*,\s*(?:who|a|an|the)\b")
_QUOTE_CLOSE_END = re.compile(r"[”\"](\s*)$")


_PARTICIPLE_ASIDE = re.compile(r"\s*,\s*[a-z]+ing\s+(?:on|in|at|to|with|from|during)\b")


# "in Postman's phrase, that “…”", "in his words, “…”", "in the words of Berg, “…”"
_WHOSE_WORDS = (
    r"\b[Ii]n\s+(?:(?:(?P<pronoun>his|her)|(?P<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
    r"[’']s?)\s+(?:own\s+)?(?:words|phrase|telling|formulation)|"
    r"the\s+words\s+of\s+(?P<named>[A-Z][^,_]{1,60}?)(?=,))"
)
_IN_WORDS = re.compile(_WHOSE_WORDS + r",?\s*(?:that\s+)?$")
_IN_WORDS_OPENING = re.compile(r"\s*(?=In\s)" + _WHOSE_WORDS + ",")


def _in_whose_words(
    resolver: _Resolver, p: int, s_start: int, quote_start: int
) -> _Attribution | None:
    """The one whose words a quote gives: "in X's words," right before it, or opening its
    sentence ("In Berg's words, the plan was “a dead end.”")."""
    text = resolver.masked[p]
    match = _IN_WORDS.search(text, max(s_start, quote_start - 90), quote_start)
    if match is not None and match.group("pronoun"):
        # ("This man, one of Duncan's neighbors, fears the government will, in his words,
        # “hunt him”": the sentence's own subject, whom a pronoun cannot name)
        match = None
    if match is None:
        match = _IN_WORDS_OPENING.match(text, s_start, quote_start)
    if match is None:
        return None
    if match.group("pronoun"):
        # "Reid said it was vital. In his words, this is “big time stuff.”": the last speaker
        pronoun = "he" if match.group("pronoun") == "his" else "she"
        person = resolver.pronoun(pronoun, p, match.start())
        return _Attribution(person, None, match.start()) if person else None
    group = "named" if match.group("named") else "owner"
    refs = resolver.people.in_range(p, match.start(group), match.end(group))
    if not refs:
        return None
    return _Attribution(refs[-1].person, None, refs[-1].start)


def _quoted_appositive_ok(gap: str) -> bool:
    """ "Lund, who was once called “the fixer,” said": an appositive that ends in a quote
    whose comma sits inside the closing mark."""
    if not (_APPOSITIVE_OPEN.match(gap) or _PARTICIPLE_ASIDE.match(gap)) or "_" not in gap:
        return False  # (and "Lund, speaking on CNN’s “State of the Union,” said")
    return _gap_ok(_QUOTE_CLOSE_END.sub(r",\1", gap.replace("_", "x")))


def _cut_np(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in words[:10]:
        if word.lower() in ("who", "which", "that", "in", "on", "at", "during", "after", "when"):
            if out and out[-1].lower() in TITLE_HEADS | {"official", "officials"}:
                break
            if word.lower() not in ("in", "on", "at") or len(out) > 1:
                break
        out.append(word)
    return out


_PARTY_STATE = re.compile(r"\([^()_]{1,30}\)")
_RELATIVE_IN = re.compile(r"\s(?:who|whom|whose)\s")
# (or inside a question put to the subject: "Ryan, when asked by Jake Tapper if he would
# back Trump, said": Ryan)
_INSIDE_RELATIVE = re.compile(
    # ("Ana Berg, a doctor who was roommates with Lund at Yale, said": in her appositive's)
    r"(?:,\s+(?:(?:an?|the)\s+[^,_]{1,50}?\s)?who|,?\s+when\s+(?:asked|pressed|questioned))"
    r"\s+[^,_]{1,80}$"
)
_WHO_BEFORE = re.compile(r",?\s*\bwho(?:[’']d)?\s+(?:[^,_\s]+\s+){0,4}$")  # ("who’d said")
_LAST_PREPOSITION = re.compile(
    r".*\b(?:for|of|to|with|by|among|from|at|in|on|about|against|toward|towards|between)\s+"
)
_THAT_CLAUSE_SUBJECT = (
    r"(?:the|a|an|his|her|their|its|this|these|those|he|she|they|it|we|you|everyone|no one|"
    r"nobody|someone|many|some|most|all|there)\s"
)
_RELATIVE_PRONOUN = re.compile(r"\s(?:who|that)\s")
_PARENTHETICAL_VERB = re.compile(r"\w+,")
_POSSESSIVE_THEN_QUOTE = re.compile(r"[’']s\s+[“\"_]")
_JOINT_SENDER = re.compile(r"\s+and\s+[^,.;:_]{0,80}(?:[A-Z][a-z]{1,4}\.\s+)?")  # ("Sen. ")
_SENTENCE_ENDS = re.compile(r"\s*(?:[.!?]|$)")  # (not "..., say experts, the rebels will")
_RESTRICTED_SUBJECT = re.compile(
    # (", but many senators who voted for him now say": after the comma of a clause before)
    r"\s*(?:(?:Even|Only|And|But|and|but)\s+|(?:However|Still|Yet|Meanwhile|Instead),\s+)?"
    r"((?:[Tt]hose|[Mm]any|[Ss]ome|[Oo]thers|[Pp]eople|[Rr]esidents|[Nn]eighbors|[Ff]riends|"
    r"[Ww]itnesses|[Vv]oters|[Ff]amilies|[Oo]fficials|[Ee]xperts|[Aa]nalysts|[Cc]ritics|"
    # "GOP pollsters who addressed the meeting": any plural head, after capitalised words
    # ("Brookings researchers and others who have studied the issue")
    # ("many senators who voted for him": a quantifier first)
    r"(?:(?:[Mm]any|[Ss]ome|[Mm]ost|[Ss]everal|[Oo]ther|[Tt]he)\s+)?"
    r"(?:[A-Z][\w.-]*\s+){0,2}[A-Za-z][a-z]{2,}s(?:\s+and\s+(?:other\s+)?[a-z]{3,}s)?"
    # "Another senator who asked not to be named", "An aide who was at the meeting", "The
    # man who defeated Lund"
    r"|(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w’'-]+\s+){0,2}[a-z]{3,}"
    # (after "the" and a head, only "who": "The fact that he came close" is no one; a
    # "that" only after a head's complement, next)
    r"|[Tt]he\s+(?:(?!(?:have|has|had|is|was|are|were)\s)[\w’'-]+\s+){0,2}[a-z]{3,}(?<!ed)"
    r"(?=\s+who\s)"
    # "The chairman of a House committee that recommended ...": the head before "of"
    r"|[Tt]he\s+[a-z]{3,}\s+(?:of|for|at)\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,2}[a-z]{3,})"
    # ("groups that favor a crackdown said": "that" as the relative pronoun, a verb after it;
    # not "reports that Trump asked", "an aide said that the speaker told": a clause's subject)
    r"\s+(?P<rel>who|that(?=\s+(?!" + _THAT_CLAUSE_SUBJECT + r")[a-z]))\s+"
    # ("The wedding vendors who have claimed ... have been": an auxiliary alone is no clause;
    # nor one with a relative of its own: "countries that ... do a job that everyone says")
    r"(?!(?:have|has|had|is|was|are|were)\s*$)"
    r"(?:(?!\sthat\s)(?!(?<!\sand)\swho\s)[^,;:_“”\"]){2,139}?[^\s,;:_“”\"]"
    # ("people who live upstairs — and this is ... — we have agreed": the subject again)
    r"(?<!\swe)(?<!\sthey)(?<!\she)(?<!\sshe)(?<!\sI)(?<!\swe\shave)(?<!\sthey\shave)"
    # ("Groups that push for it called the ruling illegal and said": the main clause's)
    r"(?<!\sand))"
    # ("Republicans who want the pipeline built have argued": the verb's own auxiliary)
    r"(?:\s+(?:have|has|had|is|was|are|were))?\s*"
)


def _restricted_subject(region: str, pos: int = 0) -> re.Match[str] | None:
    """A subject with its restrictive clause filling ``region`` from ``pos`` ("Those who knew
    him in Asheville"); not "The Sun reports that soon after": a verb before "that"."""
    match = _RESTRICTED_SUBJECT.fullmatch(region, pos)
    if match and match.group("rel") == "that":
        head = region[match.start(1) : match.start("rel")].split()
        if _INDIRECT_VERB.fullmatch(head[-1]):
            return None
    return match


_TRAILING_ADVERB = re.compile(r"\s+(?:also|then|later|still|again|now)$")
# words by which a relative clause gives its head's own name ("who gave his name as")
_NAMING_WORDS = re.compile(r"\b(?:as|name|named|called|calls|identified|identifies)\b")
_MODIFIER_GAP = re.compile(r"(?:\s+[a-z][\w-]*){1,2}\s*")
# (not "and" between capitalised words: "the Fast and Furious probe", "met Lund and Berg")
_OWN_CLAUSE_WORDS = re.compile(
    r"\b(?:that|he|she|they|we|I|because|and(?!\s+[A-Z])|but|so|when|if|while|say|said|says|"
    r"told|tells)\b"
)
_APPOSITIVE_END = re.compile(r",[^,_]{2,160},\s*$")
_AUX_AFTER_COMMA = re.compile(r"(?<=,)\s*" + _AUX + r"$")
_FINITE = frozenset(
    """
    would will is was were are be been has have had could should can did does do must might
    """.split()  # noqa: SIM905
)
_HE_SHE = re.compile(r"\s*(he|she)\b", re.IGNORECASE)
_HIM_HER = re.compile(r"\s*(him|her)\s*(?:,|[.!?]?\s*$)", re.IGNORECASE)
_OBJECT_PRONOUNS = {"him": "he", "her": "she"}
# (the stops of an initialism are no sentence end: "according to U.S. officials")
_NP_AFTER = re.compile(r"\s*((?:[^,.;:_]|(?<=\b[A-Z])\.){2,80})")
_ONE_AUX = re.compile(_AUX.strip("*") + "?")
# "He said", "But she said", "However, when asked about the plan, he said".
_OPENING_PRONOUN = re.compile(
    r"\s*(?:[A-Z][^,_]{0,40},\s*)?(?:(?:when|while|after|before|asked)\b[^,_]{0,80},\s*)?"
    r"(?:But |And |So )?([Hh]e|[Ss]he)\b"
)
# "said in June", "told of ..." (but "say about 17,379 people were ..." is a clause).
_LY_WORD = re.compile(r"(?:\s*(?!only\b)\w+ly\b)?")  # (not "said only of his list that")
_PREP_START = re.compile(
    r"\s*(?:in(?!\s+order\s+to\b)|on|at(?!\s+(?:least|most)\b)|during|after|to|with|by|for|of|from(?!\s+now\b)|"
    # ("said about a dozen sites were narrowed", "about half of them": a quantity)
    r"about(?!\s+(?:(?:a|an)\s+(?:dozen|half|third|quarter|fifth|hundred|thousand|million|"
    r"billion|handful)|half|dozens|hundreds|thousands|millions)\b)|"
    r"outside|inside|near|behind|ahead|amid|via|upon|across|against)\b"
    r"(?!\s+[\d$£€])"
)  # "said in a statement"; but "said in order to finish, leaders would ..." is the clause
_ADVERB_ASIDE_END = re.compile(
    r",\s*(?:however|though|meanwhile|too|also|instead|in\s+turn|in\s+fact|for\s+(?:his|her|its|"
    r"their)\s+part)\s*,\s*(?:(?:has|have|had|also|later|then|would|will|are|is|was|were)\s+)+$"
)
_SPACE_COMMA = re.compile(r"[\s,]*")
_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+$")
_PASSIVE_ADVERB_AUX = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:[a-z]+ly\s+)?$")
_NP_BEFORE = re.compile(r"([^,;:_!?()“”\"]{1,90})$")
# "them–and the Treasury says": a dash before "and" ends the phrase (not "the transcript
# –published by the Post–shows").
_DASH_AND = re.compile(r".*[–—]\s*(?:and|but)\b")


_NP_BOUNDARY = frozenset(
    """
    while as and but that who which when where after before because since has have had is was
    were are also if then so than though although whether until unless whereas
    """.split()  # noqa: SIM905
)
_NP_BAD_END = _DETERMINERS | _PREPOSITIONS | {"and", "or", "of", "to"}


_MODIFIED_SUBJECT = re.compile(
    # "Republicans opposed to that provision", "Brokers and online assisters in Utah": a plural
    # head, then a participle or a prepositional phrase, opening the sentence
    r"\s*((?:(?:the|some|many|most|several|other)\s+)?(?:[A-Za-z][\w-]*\s+(?:and\s+)?){0,2}"
    r"(?P<head>[A-Za-z][\w-]*s)\s+(?:[a-z]+ed\s+)?(?:in|from|at|of|with|for|to|on|across|around)\s+"
    r"(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)\s*$"
)


def _modified_subject(region: str) -> tuple[str, int] | None:
    """A plural subject with a modifier after it, the whole region before the verb."""
    match = _MODIFIED_SUBJECT.fullmatch(region)
    if match is None or "_" in region or "," in region:
        return None
    words = match.group(1).split()
    if words[0].lower() in _PREPOSITIONS or any(
        w.lower() in _FINITE or w.lower() in _SUBORDINATORS or _VERB.fullmatch(w) for w in words
    ):
        return None
    if words[-1].lower() in _QUANTIFIERS or any(w.endswith("ed") for w in words[-3:]):
        return None  # "Officials in several states", "Supporters of Sanders displayed paper"
    head = match.group("head").lower()
    if head not in _GROUP_HEADS and not (
        match.group("head")[:1].isupper() and head.rstrip("s") in _PARTY_MEMBERS
    ):
        return None  # not "a report released Wednesday from the Center ...", "Voters in two"
    return match.group(1), match.start(1)


# People who speak as a group: the head of a subject like "Officials in Kyiv"
_GROUP_HEADS = frozenset(
    """
    officials lawmakers legislators senators members leaders experts analysts economists critics
    supporters opponents residents activists advocates organizers organisers protesters workers
    brokers investigators authorities officers scientists researchers doctors teachers parents
    students voters diplomats sources aides advisers advisors executives spokesmen spokespeople
    prosecutors lawyers attorneys judges observers witnesses neighbors neighbours farmers owners
    """.split()  # noqa: SIM905
)
_PARTY_MEMBERS = frozenset(["republican", "democrat", "conservative", "liberal", "progressive"])


def _noun_phrase_before(region: str) -> tuple[str, int] | None:
    """The noun phrase that ends a clause: "an official", "the Kremlin", "sources"."""
    abbreviation = _ABBREVIATION_END.search(region)
    if abbreviation:
        region = region[: abbreviation.start()] + " "  # "the Intelligence Service (SVR)"
    match = _NP_BEFORE.search(region)
    if not match:
        return None
    text, base = match.group(1), match.start(1)
    dash = _DASH_AND.match(text) if "–" in text or "—" in text else None
    if dash:
        text, base = text[dash.end() :], base + dash.end()
    spaced = list(_SPACED_DASH.finditer(text))
    if len(spaced) % 2 and _DETERMINER_START.match(text, spaced[-1].end()):
        # "And it is vacuous -- the pontiff recently asked": an unpaired dash ends the phrase
        # (not "the transcript – published by the Post – shows")
        text, base = text[spaced[-1].end() :], base + spaced[-1].end()
    if not text.strip():
        return None
    spans = [(m.group(), m.start()) for m in _WORD_SPAN.finditer(text)]
    # Drop adverbs/auxiliaries between the noun phrase and the verb, and time phrases
    # ("The ministry a day earlier said", "Police on Monday said").
    while spans:
        if (
            len(spans) >= 2
            and spans[-2][0].lower() in _TIME_LEADS
            and (spans[-1][0].lower().rstrip(",") in _TIME_WORDS | _TIME_UNITS)
        ):
            del spans[-2:]
        elif (
            len(spans) >= 2
            and spans[-1][0] == "to"
            and _GOES_ON_TO.fullmatch(f"{spans[-2][0].lower()} to ")
        ):
            del spans[-2:]  # "Many Republicans were quick to argue", "officials went on to say"
        elif _ONE_AUX.fullmatch(spans[-1][0] + " ") or spans[-1][0].lower() in _TIME_WORDS:
            spans.pop()
        else:
            break
    # Only what follows the last clause boundary: "the feud while another" -> "another".
    # ("WHO", the World Health Organization, is no "who")
    for index in range(len(spans) - 1, -1, -1):
        if spans[index][0].lower() in _NP_BOUNDARY and not spans[index][0].isupper():
            spans = spans[index + 1 :]
            break
        if spans[index][0] in ("what", "What"):
            return None  # "Here’s what the four senators have said so far:": said's object
    if len(spans) > 1 and spans[0][0].lower() == "even":
        spans = spans[1:]  # "but even the ministry said": the ministry
    lead = 0
    while lead < len(spans) - 1 and spans[lead][0].lower().strip(",") in _FRONTED_TIME_WORDS:
        lead += 1
    if lead and spans[lead][0] in ("the", "a", "an"):
        spans = spans[lead:]  # "Since early April the Centers for Disease Control has said"
    if not spans or (len(spans) > 9 and not _head_then_complement(spans)):
        return None
    if (
        spans[-1][0].lower() in _NP_BAD_END
        and not spans[-1][0].isupper()
        and not (len(spans) == 1 and spans[0][0].lower() in _PRONOUN_DETERMINERS)
    ):
        return None
    words = [w for w, _ in spans]
    first = words[0].lower()
    plural_head = words[-1].lower().endswith("s") and len(words) <= 4  # "human rights groups"
    collective = words[-1].lower() in _COLLECTIVE_NOUNS  # "police said", "state police say"
    if not (
        first in _DETERMINERS
        or words[0][:1].isupper()
        or first.endswith("s")
        or plural_head
        or collective
    ):
        return None
    if len(words) == 1 and first in _DETERMINERS and first not in _PRONOUN_DETERMINERS:
        return None  # "the said"; but "Some say ...", "Many claimed ..." are speakers
    return " ".join(words), base + spans[0][1]


def _head_then_complement(spans: list[tuple[str, int]]) -> bool:
    """A longer noun phrase that is a determiner, its head and the head's complement: "Some
    advocates of tough voting rights enforcement by the federal government"."""
    head = spans[1][0]
    return (
        len(spans) <= 13
        and spans[0][0].lower() in _DETERMINERS
        and (head in _GROUP_HEADS or head.removesuffix("s") in TITLE_HEADS)
        and spans[2][0] in ("of", "for", "with", "from")
        and not any(
            w.endswith((",", ";", ":", "-", "—")) or w in ("—", "–", "--") for w, _ in spans
        )
    )


_WORD_SPAN = re.compile(r"\S+")
_SPACED_DASH = re.compile(r"\s(?:--|—|–)\s+")
# (or a name: "(AP) — Iran’s president said"; not "— speaking on condition of anonymity")
_DETERMINER_START = re.compile(r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+\w|[A-Z]")
_TIME_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday yesterday today tonight earlier
    later
    """.split()  # noqa: SIM905
)
_TIME_UNITS = frozenset("day days week weeks month months year years night morning".split())  # noqa: SIM905
# the words of a time phrase that can open a sentence before its subject: "(Since) early April"
_FRONTED_TIME_WORDS = (
    _TIME_WORDS | _TIME_UNITS | MONTHS_DAYS | frozenset("early late mid last this next".split())  # noqa: SIM905
)
_TIME_LEADS = frozenset("a one two three on last this that".split())  # noqa: SIM905
# ("Another said ...": one more of those just quoted)
_PRONOUN_DETERMINERS = frozenset(["some", "many", "several", "another"])
_COLLECTIVE_NOUNS = frozenset(["police", "military", "government", "staff", "management"])
_ABBREVIATION_END = re.compile(r"\s*\([A-Za-z.&-]{2,12}\)\s*$")


# --- main ---------------------------------------------------------------------------------------


def extract_quotes(paragraphs: tuple[str, ...], people: tuple[Person, ...]) -> tuple[Quote, ...]:
    """Direct, partial and indirect quotes of ``paragraphs``, with speakers from ``people``."""
    paragraphs = tuple(paragraphs)
    per_paragraph = [_segments(p, i) for i, p in enumerate(paragraphs)]
    masked = [_mask(p, segs) for p, segs in zip(paragraphs, per_paragraph, strict=True)]
    index = _PeopleIndex(tuple(people))
    index.vote_genders(masked)
    resolver = _Resolver(paragraphs, masked, index)
    quotes: list[Quote] = []
    previous: Quote | None = None  # last direct quote, for floating quotes
    previous_paragraph = -10
    lead_in: tuple[int, _Attribution] | None = None  # "Rubio said:" ending a paragraph
    skip_paragraphs: set[int] = set()
    turns = _transcript_turns(paragraphs)
    for p, paragraph in enumerate(paragraphs):
        if p in skip_paragraphs:
            continue
        if p in turns:
            quote = _transcript_turn(turns[p], p, people)
            quotes.append(quote)
            if quote.speaker:
                resolver.spoke(p, 0, quote.speaker)
            continue
        tweet = _tweet(paragraph, p, people)
        if tweet is not None:
            # "Our hearts are with the family. — Nikki Haley (@NikkiHaley) February 28, 2019":
            # an embedded post, its author's words (no marks, and often no lead-in)
            quotes.append(tweet)
            if tweet.speaker:
                resolver.spoke(p, 0, tweet.speaker)
            continue
        segments = per_paragraph[p]
        text = masked[p]
        first_here = len(quotes)  # this paragraph's quotes start there
        if lead_in and lead_in[0] == p - 1 and not segments:
            block = _block_quote(
                paragraph, p, lead_in[1], tight=bool(_TIGHT_LEAD_IN.search(masked[p - 1]))
            )
            if block is not None:
                # "Erick Erickson responded by claiming ...:" and the tweet set below it
                quotes.append(block)
                if block.speaker:
                    resolver.spoke(p, 0, block.speaker)
                lead_in = None
                continue
        sentences = split_sentences(text)
        used_sentences: set[int] = set()
        clause_of: dict[int, Quote | None] = {}  # sentence -> its reported clause
        wrapped: set[tuple[int, int]] = set()  # clauses already out
        wraps: list[tuple[int, Quote]] = []  # (segment, the reported clause around it)
        merged_segments: set[int] = set()  # segments that continue the quote before them
        pending: Quote | None = None  # a quote that may continue after its attribution
        pending_attr_end = -1
        pending_seg_end = -1
        pending_led = False  # the pending quote's attribution comes before it
        attributed: dict[int, _Attribution] = {}  # sentence -> who spoke the quotes in it
        fragment: tuple[int, int, _Attribution] | None = None  # last partial: sentence, end
        for seg_index, seg in enumerate(segments):
            if len(seg.text) > _MAX_QUOTE_CHARS or not seg.text.strip():
                continue
            s_index = _sentence_of(sentences, seg.start)
            s_start, s_end = sentences[s_index] if sentences else (0, len(paragraph))
            used_sentences.add(s_index)
            quote_text, end_p, end_off = seg.text.strip(), p, seg.end
            # Multi-paragraph quote: open at the end, next paragraph opens with a mark.
            if not seg.closed and seg_index == len(segments) - 1:
                q = p
                parts = [quote_text]
                while q + 1 < len(paragraphs):
                    nxt = per_paragraph[q + 1]
                    if not nxt or not nxt[0].opens_paragraph or q + 1 in turns:
                        break
                    if _family(paragraphs[q + 1], nxt[0]) != _family(paragraph, seg):
                        break  # a block of '"' paragraphs, then a “quote” of its own
                    if _own_attribution(masked[q], per_paragraph[q], masked[q + 1], nxt):
                        break  # "“A,” he said. “B ... / “C,” he said.": two quotes
                    q += 1
                    parts.append(nxt[0].text.strip())
                    skip_paragraphs.add(q)
                    end_p, end_off = q, nxt[0].end
                    if nxt[0].closed:
                        break
                quote_text = " ".join(parts)
            # "“... let Robert Gates know how displeased you are ...,” he wrote": whoever "he"
            # is, not the man the quote names
            resolver.exclude = frozenset(
                ref.person for ref in resolver.people.in_range(p, seg.start, seg.end)
            )
            attribution = _attribute(resolver, p, seg, s_start, s_end, segments)
            resolver.exclude = frozenset()
            words = len(quote_text.split())
            kind = _kind(text, seg, s_start, s_end, attribution is not None)
            if kind == "partial":
                quote_text = quote_text.rstrip(" .,")
                second_half = (
                    pending is not None
                    and _attribution_between(text, pending_seg_end, seg.start)
                    and not _OBJECT_BEFORE.search(text, max(0, seg.start - 30), seg.start)
                    # ('“A,” Berg told “Fox News Sunday.”': the show, not the second half)
                    and not (
                        _SHOW_BEFORE.search(text, max(0, seg.start - 30), seg.start)
                        and _is_title(quote_text.rstrip(".,"))
                    )
                )
                if second_half:
                    quote_text = seg.text.strip()  # the second half of a split quote
                # "X said Y was “unhinged”": the quote is the whole reported clause, which
                # holds the quoted words.
                if s_index not in clause_of:
                    clause_of[s_index] = _indirect(resolver, p, s_start, s_end, allow_quotes=True)
                wrap = clause_of[s_index]
                for _ in range(4):
                    # "told reporters the talks failed, adding that the policy of “…” gave":
                    # the clause that holds the quote comes after another one
                    if wrap is None or wrap.span.end >= seg.start:
                        break
                    later = _indirect(
                        resolver,
                        p,
                        wrap.span.end,
                        s_end,
                        allow_quotes=True,
                        context_start=s_start,
                        previous=_Attribution(
                            wrap.speaker, wrap.speaker_description, wrap.span.end
                        ),
                    )
                    if later is None or later.span.end <= wrap.span.end:
                        break
                    wrap = later
                # ("said “phenomenal” health care plans would ...": the clause may open with
                # the quoted words when the sentence runs on from them, no punctuation between)
                if (
                    not second_half
                    and wrap
                    and (
                        wrap.span.start < seg.start
                        or (
                            wrap.span.start == seg.start
                            and seg.closed
                            and _RUNS_ON.match(paragraph, seg.end)
                            and paragraph[seg.inner_end - 1 : seg.inner_end] not in ",.!?;:"
                        )
                    )
                    and seg.start <= wrap.span.end
                ):
                    # Both stay: the clause as reported speech, the quoted words as a partial
                    # quote (what the schema and the seed gold call a partial quote).
                    if (s_index, wrap.span.start) not in wrapped:
                        wrapped.add((s_index, wrap.span.start))
                        wraps.append((seg_index, wrap))
                    pending = None
            if (
                (kind != "partial" or not second_half)
                and end_p == p
                and _is_title(quote_text.rstrip(".,"))
                and (
                    # "“Desperate Housewives” star Felicity Huffman", 'the documentary,
                    # “Citizenfour,” and': a title naming a work, whatever its place
                    (quote_text[-1:].isalnum() and _MODIFIER_AFTER.match(text, seg.end))
                    or _WORK_BEFORE.search(text, max(0, seg.start - 24), seg.start)
                )
            ):
                pending = None
                continue
            if (
                kind == "partial"
                and not second_half
                and (
                    _is_title(quote_text)
                    # 'on CNN’s “State of the Union.”': American punctuation inside the marks
                    or (
                        _OBJECT_BEFORE.search(text, max(0, seg.start - 30), seg.start)
                        and _is_title(quote_text.rstrip(".,"))
                    )
                )
            ) or (
                # '“A,” Berg told “Fox News Sunday.” “B.”': the show he told, not a quote
                kind == "direct"
                and words <= 6
                and _SHOW_BEFORE.search(text, max(0, seg.start - 30), seg.start)
                and _is_title(quote_text.rstrip(".,"))
            ):
                if pending is None or not _attribution_between(text, pending_seg_end, seg.start):
                    pending = None  # (else the show is named inside the pending quote's
                    # attribution, and the quote after it may continue that one)
                continue  # “It Ends With Us”, “Fox News Sunday”: a title, not a quote
            if (
                kind == "partial"
                and words <= 4
                and _NAME_GIVEN_BEFORE.search(text, max(s_start, seg.start - 40), seg.start)
                # (not 'was called “scripted” by rival Chris Christie': the one who called it)
                and not _BY_AGENT.match(text, seg.end)
                # (nor 'lambasted him as “Emperor Obama” (Speaker John Boehner)': his words)
                and _parenthetical_speaker(resolver, p, seg.end, s_end) is None
            ):
                pending = None
                continue  # "records – often called “toll records” –": a name, no one's words
            if (
                kind == "partial"
                and attribution is None
                and fragment is not None
                and fragment[0] == s_index
                and _FRAGMENT_LIST.fullmatch(text, fragment[1], seg.start)
            ):
                # "said Berg was “a friend of mine” and “a good man.”": the same speaker's
                attribution = fragment[2]
            # "Hale said there would be no deal until it “changes its ways”": words quoted
            # inside a reported clause are the reported speaker's, when nothing nearer speaks
            inside = (
                _Attribution(wrap.speaker, wrap.speaker_description, wrap.span.start)
                if kind == "partial"
                and not second_half
                and words >= 2
                and wrap is not None
                and (wrap.speaker or wrap.speaker_description)
                and wrap.span.start < seg.start
                and seg.inner_end <= wrap.span.end + 1
                else None
            )
            if kind == "partial" and attribution is not None and _poll_share(attribution, text):
                continue  # "27% said it was “the most important factor”": a poll's figure
            if kind == "partial":
                # "After Romney said ..., Trump unloaded, calling Romney a “pompous ass”": the
                # one who acted just before the naming participle, not the earlier speaker
                naming = _NAMING_VERB.search(text, max(s_start, seg.start - 60), seg.start)
                if naming and text.startswith(", ", naming.start() - 2):
                    attribution = _acted_before(resolver, p, s_start, naming.start()) or attribution
                # "Gregory, whom Esquire's Charlie Pierce described as a “...”": the relative
                # clause's own subject names it
                named_by = _named_by_whom(resolver, p, s_start, seg.start)
                if named_by is not None:
                    attribution = named_by
                elif attribution is None:
                    attribution = _self_described(resolver, p, s_start, seg)
            if attribution is None:
                attribution = _in_whose_words(resolver, p, s_start, seg.start)
            if kind == "partial" and attribution is None:
                attribution = _parenthetical_speaker(resolver, p, seg.end, s_end)
            if kind == "partial" and attribution is None:
                # "She has been described as “a workhorse”": someone else's words
                attribution = _passive_naming(resolver, p, s_start, s_end, seg)
            if kind == "partial" and attribution is None and words <= 3:
                # "Keller called him a “con artist”": a short quote after a naming verb.
                naming = _NAMING_VERB.search(text, max(s_start, seg.start - 150), seg.start)
                agent = _BY_AGENT.match(text, seg.end)
                if (
                    naming
                    and agent
                    and _PASSIVE_BEFORE.search(
                        text, max(s_start, naming.start() - 20), naming.start()
                    )
                ):
                    # 'he was called “scripted” by rival Chris Christie': the one who called it
                    attribution = resolver.subject_after(p, agent.end(), s_end)
                    naming = None
                if naming:
                    breaks = list(_CLAUSE_BREAK.finditer(text, s_start, seg.start))
                    clause_start = breaks[-1].end() if breaks else s_start
                    attribution = (
                        _blamed_for(resolver, p, s_start, naming.start())
                        or _acted_before(resolver, p, s_start, naming.start())
                        or _main_subject(resolver, p, clause_start, seg.start)
                    )
                    if attribution is None and _PERFECT_OPENER.match(text, s_start, seg.start):
                        # "Having once called Trump a “con artist” who ..., the Florida
                        # senator wound up ...": the subject after the fronted phrase
                        attribution = _subject_after_phrase(resolver, p, seg.end, s_end)
                    if attribution is None:
                        # "Lund said, calling Berg’s claims “vengeful”", "In his speech Pope
                        # Lund slammed it, calling it “a new tyranny”": the one who said it
                        last = naming
                        while more := _NAMING_VERB.search(text, last.end(), seg.start):
                            last = more
                        attribution = _participle_subject(resolver, p, s_start, last.start())
                    if attribution is None:
                        # "a retort from Kudlow, who in remarks to reporters called Navarro's
                        # comments “unauthorized”": the one the relative clause hangs on
                        who = _WHO_CLAUSE_BEFORE.search(
                            text, max(s_start, naming.start() - 120), naming.start()
                        )
                        if who is not None:
                            named = resolver.people.in_range(p, s_start, who.start())
                            if named and not text[named[-1].end : who.start()].strip():
                                attribution = _Attribution(named[-1].person, None, named[-1].start)
                    if attribution is None:
                        # "Ukraine's General Staff denounced the “deliberate shelling”": a body
                        # (after an opening phrase: "In its statement, the White House called")
                        opener = _OPENING_PHRASE.match(text, clause_start, seg.start)
                        first = _CLAUSE_SUBJECT.match(
                            text, opener.end() if opener else clause_start, seg.start
                        )
                        if first and (
                            first.group(1).split()[0][:1].isupper()
                            or (opener and first.group(1).split()[0] == "the")
                        ):
                            attribution = resolver._describe(first.group(1), p, first.start(1))
                if attribution is None:
                    attribution = inside
                if attribution is None:
                    continue  # scare quotes
            if kind == "partial" and attribution is None:
                attribution = _main_subject(resolver, p, s_start, seg.start)
                if (
                    attribution is not None
                    and attribution.speaker is not None
                    and _NAME_THEN_QUOTE.fullmatch(text, attribution.start, seg.start)
                    and (seg.text.split(None, 1) or [""])[0] in _FINITE
                ):
                    # "Keller said. Governor Lund “is trampling on human rights”": the quote
                    # is the subject's predicate, in the words of whoever spoke last
                    attribution = None
                if attribution is None:
                    attribution = inside
                if attribution is None and words <= 6:
                    continue
            # "“A,” she said. “B.”" / "“A,” she said, “b.”": B has no attribution of its own,
            # or only the words between the two parts, which belong to A.
            if (
                pending is not None
                and not _OBJECT_BEFORE.search(text, max(0, seg.start - 30), seg.start)
                and (
                    (
                        attribution is None
                        and kind == "direct"
                        and not text[pending_attr_end : seg.start].strip(" ,.")
                    )
                    or (
                        # "Lund told Yahoo: “A.” He added, “B.”": A has its attribution before
                        # it, so the words between are B's own: two quotes
                        not pending_led
                        and _attribution_between(text, pending_seg_end, seg.start)
                        # B's attribution is the one between the parts, not one of its own
                        # ("“A,” Lund posted. “B,” he wrote." are two quotes).
                        and (
                            attribution is None
                            or (
                                pending_seg_end <= attribution.start < seg.start
                                # "“A,” Wald said. Lund said that “B.”": a new speaker, a new quote
                                and (
                                    (
                                        attribution.speaker == pending.speaker
                                        and attribution.description == pending.speaker_description
                                    )
                                    # "“A,” Lund said as the search began, “B.”": the verb
                                    # of a clause inside the attribution
                                    or (
                                        attribution.speaker is None
                                        and pending.speaker is not None
                                        and _CLAUSE_IN_ATTRIBUTION.search(
                                            text, pending_seg_end, attribution.start
                                        )
                                        is not None
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                merged = Quote(
                    text=f"{pending.text} {quote_text}",
                    kind=pending.kind,
                    span=pending.span,
                    end_span=Span(end_p, seg.inner_start, end_off),
                    speaker=pending.speaker,
                    speaker_description=pending.speaker_description,
                    sentence=pending.sentence
                    + " "
                    + _sentence_around(paragraph, s_start, s_end, seg.start, seg.end),
                )
                # (the pending quote, not a reported clause found after it: "“A,” he says,
                # adding that .... “B.”")
                at = next((i for i in range(len(quotes) - 1, -1, -1) if quotes[i] is pending), -1)
                quotes[at] = merged
                merged_segments.add(seg_index)
                pending = merged
                pending_attr_end = s_end
                pending_seg_end = seg.end
                previous = merged
                continue
            if (
                kind == "direct"
                and end_p == p
                and _headline_case(quote_text)
                and (
                    _HEADLINE_BEFORE.search(text, max(0, seg.start - 60), seg.start)
                    or _heading_line(text[: seg.start] + text[seg.end :])
                    # "the paper instead front-paged: “What We Wore in 2017.”": a lead-in
                    # with no verb of speech
                    or _silent_lead(text[s_start : seg.start], quote_text)
                )
            ):
                # '-- "N.Y. Poised To Be 1st To Pass Gun Bill."', 'The headline speaks for
                # itself: "Mike Pence: Holy Terror."': a headline cited, not anyone's words
                pending = None
                continue
            if attribution is None:
                if lead_in and lead_in[0] == p - 1 and seg.opens_paragraph:
                    attribution = lead_in[1]
                elif kind == "direct" and s_index > 0 and not text[s_start : seg.start].strip():
                    # "Since 1997, Bee has seen a shift. “I started in the media ...”": the
                    # subject of the sentence before, in the same paragraph; but 'The Trump
                    # campaign “is playing ...,” Perkins said. “But ...”': the one who spoke there
                    attribution = attributed.get(s_index - 1) or _main_subject(
                        resolver, p, *sentences[s_index - 1]
                    )
                    if attribution is None:  # "..., Schiff said. “The other factor ...”"
                        before = _indirect(resolver, p, *sentences[s_index - 1])
                        if before is not None and (before.speaker or before.speaker_description):
                            attribution = _Attribution(
                                before.speaker, before.speaker_description, s_start
                            )
                    if attribution is None and s_index - 1 in attributed:
                        # "The answers are “not enough,” says Rieckhoff, founder of X. “We
                        # often ...”": the speaker of the partial quote just before.
                        attribution = attributed[s_index - 1]
                if attribution is not None:
                    pass
                elif kind == "direct" and (
                    earlier := _earlier_speaker(
                        resolver, p, attributed, s_index, segments, seg_index
                    )
                ):
                    # "Wilkinson said “A.” And why would they want that? “B.”": the one who
                    # spoke before in the paragraph, no one named since
                    attribution = earlier
                elif previous is not None and previous_paragraph >= p - 1 and kind == "direct":
                    attribution = _Attribution(previous.speaker, previous.speaker_description, 0)
                elif kind == "direct":
                    attribution = (
                        _unnamed_source_before(quotes[:first_here], p, resolver)
                        if seg.opens_paragraph
                        else None
                    ) or _floating(resolver, p)
            quote_start = seg.inner_start
            quote = Quote(
                text=quote_text,
                kind=kind,
                span=Span(p, quote_start, quote_start + len(quote_text)),
                end_span=Span(end_p, max(0, end_off - 1), end_off),
                speaker=attribution.speaker if attribution else None,
                speaker_description=attribution.description if attribution else None,
                sentence=_sentence_around(paragraph, s_start, s_end, seg.start, seg.end),
            )
            quotes.append(quote)
            if kind == "partial" and attribution is not None and end_p == p:
                fragment = (s_index, seg.end, attribution)
            if end_p == p and attribution is not None:
                tail = _participle_tail(paragraph, text, s_start, seg.end, s_end, attribution, p)
                if tail is not None:
                    quotes.append(tail)  # "“...,” Komin said, adding that this was working."
            if not quote.speaker and end_p == p:
                resolver.spoke_unnamed(quote.span, quote.speaker_description)
            if quote.speaker:
                resolver.spoke(end_p, quote_start if end_p == p else 0, quote.speaker)
                attributed[_sentence_of(sentences, end_off - 1) if end_p == p else -1] = (
                    _Attribution(quote.speaker, None, quote_start)
                )
            elif (
                quote.speaker_description
                and end_p == p
                and quote.speaker_description.lower() not in _NO_ONE_GOING_ON
                and _sentence_of(sentences, end_off - 1) not in attributed
            ):
                # '"...," the source said. "He seemed in good spirits."': the source goes on
                # (a person named as speaking in that sentence goes on first)
                attributed[_sentence_of(sentences, end_off - 1)] = _Attribution(
                    None, quote.speaker_description, quote_start
                )
            if kind == "direct":
                previous, previous_paragraph = quote, end_p
                pending = quote
                pending_attr_end = _attribution_end(text, seg.end, s_end)
                pending_seg_end = seg.end
                pending_led = attribution is not None and s_start <= attribution.start < seg.start
            else:
                pending = None
        # A reported clause that is mostly its own quoted words adds nothing to the partial
        # quote: "Keller said the plan was “a serious step toward peace”" is the partial only.
        for seg_index, wrap in wraps:
            if seg_index not in merged_segments and _says_more(
                text[wrap.span.start : wrap.span.end]
            ):
                quotes.append(wrap)
                if wrap.speaker:
                    resolver.spoke(p, wrap.span.start, wrap.speaker)
        # Where this paragraph's quotes stand, to test a clause against them in a window
        # (a paragraph of thousands of quotes stays linear).
        here = sorted(
            (q.span.start, max(q.span.end, q.end_span.end))
            for q in quotes[first_here:]
            if q.span.paragraph == p
        )
        direct_here = sorted(
            (q.span.start, max(q.span.end, q.end_span.end))
            for q in quotes[first_here:]
            if q.span.paragraph == p and q.kind == "direct"
        )
        # Reported speech in the sentences without quote marks.
        for s_index, (s_start, s_end) in enumerate(sentences):
            if s_index in used_sentences:
                # "X, regarded as a “person of interest,” said through a lawyer that ...":
                # a reported clause with no quote in it, beside a quote elsewhere.
                found = clause_of.get(s_index)
                if found is None and s_index not in clause_of:
                    found = _indirect(resolver, p, s_start, s_end, allow_quotes=True)
                first_clause = True
                for _ in range(_MAX_CLAUSES):
                    if found is None:
                        break
                    masked_clause = text[found.span.start : found.span.end]
                    # not the quote's own attribution ("“...,” Lund told Berg, according to
                    # AP"), nor a clause with no subject ("actions that would worsen it")
                    placed = first_clause or (
                        not _AFTER_QUOTE.search(
                            text, max(0, found.span.start - 4), found.span.start
                        )
                        and not _SUBJECTLESS.match(found.text)
                    )
                    plain = (
                        "_" not in masked_clause
                        and not _QUOTE_MARK_CHARS.search(found.text)  # no quote spliced in
                        and not _overlaps(here, found.span.start, found.span.end)
                    )
                    # "..., and then said the council was “dead wrong” about the budget": a
                    # later clause around a quoted fragment
                    around_fragment = (
                        not first_clause
                        and (s_index, found.span.start) not in wrapped
                        and _says_more(masked_clause)
                        and not _QUOTE_MARK_CHARS.match(found.text)
                        and not _overlaps(direct_here, found.span.start, found.span.end)
                    )
                    if placed and (plain or around_fragment):
                        quotes.append(found)
                        insort(here, (found.span.start, found.span.end))
                        if found.speaker:  # (as a clause in a sentence without marks is)
                            resolver.spoke(p, found.span.start, found.speaker)
                    start = found.span.end
                    if (
                        s_end - start < 12  # (", said he was done." is a clause)
                        or start < s_start
                        or not _ANY_REPORTING.search(text, start, s_end)
                    ):
                        break
                    # "Lund said it is “running out of time,” but said the solution is simple":
                    # the next clause in the rest of the sentence
                    found = _indirect(
                        resolver,
                        p,
                        start,
                        s_end,
                        allow_quotes=True,
                        context_start=s_start,
                        previous=_Attribution(found.speaker, found.speaker_description, start),
                    )
                    first_clause = False
                    if found is not None and found.span.end <= start:
                        break
                continue
            start = s_start
            found = None
            while start < s_end:
                before = found
                found = _indirect(
                    resolver,
                    p,
                    start,
                    s_end,
                    context_start=s_start,
                    previous=(
                        _Attribution(before.speaker, before.speaker_description, start)
                        if before is not None
                        else None
                    ),
                )
                if not found:
                    break
                quotes.append(found)
                if found.speaker:
                    resolver.spoke(p, found.span.start, found.speaker)
                else:
                    resolver.spoke_unnamed(found.span, found.speaker_description)
                if found.span.end <= start or s_end - found.span.end < 12:
                    break
                start = found.span.end  # ", but she said that ...": the rest of the sentence
        lead_in = _lead_in(resolver, p) if not segments or segments[-1].end < len(text) else None
    quotes = _drop_repeated(quotes, paragraphs)
    # "told our desk that Friday's report is:" and the quote below it: the quote is what was
    # said, the clause before the colon only its lead-in; ('“...,” she said, and because it hit
    # so many young people, for “...”': the reporter's next conjunct, no clause of hers)
    quotes = [
        q
        for q in quotes
        if not (
            q.kind == "indirect"
            and (_OPEN_PREDICATE.search(q.text) or _CONJUNCT_START.match(q.text))
        )
    ]
    return tuple(_named_later(_named_next(_clause_speakers(quotes, paragraphs), index), index))


_REPEAT_MIN_WORDS = 8
_NOT_WORD = re.compile(r"[^\w]+")


# '“abusing his power” (Sen. John Cornyn), using “diktats” and “the tactics of a monarch”
# (Cruz)': quoted words, then the one who used them in parentheses
_TO_PARENTHESIS = re.compile(
    r"(?:[^()\w]|_)*(?:(?:and|or|[a-z]+)(?:[^()\w]|_)+){0,5}?\(([^()]{2,60})\)"
)


def _blamed_for(resolver: _Resolver, p: int, s_start: int, at: int) -> _Attribution | None:
    """ "He didn't go after Clinton for calling half of his supporters a “basket of
    deplorables”": the one blamed for the naming did it, not the sentence's subject."""
    text = resolver.masked[p]
    if not text.endswith(" for ", s_start, at):
        return None
    refs = resolver.people.in_range(p, s_start, at)
    if refs and not text[refs[-1].end : at - 4].strip():
        return _Attribution(refs[-1].person, None, refs[-1].start)
    return None


_LOWER_WORDS = re.compile(r"\b[a-z][a-z]+\b")


def _parenthetical_speaker(
    resolver: _Resolver, p: int, seg_end: int, s_end: int
) -> _Attribution | None:
    """The person named alone (a title before at most) in the parenthesis that follows the
    quoted words ending at ``seg_end``, past at most a few words and other quoted words."""
    text = resolver.masked[p]
    found = _TO_PARENTHESIS.match(text, seg_end, min(s_end, seg_end + 200))  # (a short way on)
    if found is None:
        return None
    refs = resolver.people.in_range(p, found.start(1), found.end(1))
    if not refs or text[refs[-1].end : found.end(1)].strip():
        return None  # "(R-Texas)", "(Cruz's words)": no one named, or more than a name
    lead = text[found.start(1) : refs[-1].start]
    if len(lead) > 40 or any(ch.isdigit() or ch in ",;" for ch in lead):
        return None
    if any(word not in ("former", "then", "the") for word in _LOWER_WORDS.findall(lead)):
        return None  # "(under the pseudonym Carlos Danger)": not who said it
    return _Attribution(refs[-1].person, None, refs[-1].start)


def _drop_repeated(quotes: list[Quote], paragraphs: tuple[str, ...]) -> list[Quote]:
    """Without a direct quote the article prints again elsewhere (a pull quote set above the
    paragraph that has it, a caption repeating it, a quoted subheading): the fuller printing
    stays; of two alike, the one in a paragraph of its own goes, else the later. A short quote
    goes only when it stands alone as a paragraph (a subheading). A reported clause the
    article prints again word for word (a repeated paragraph) stays once, the first."""
    alone = {
        k
        for k, q in enumerate(quotes)
        if q.kind == "direct" and len(paragraphs[q.span.paragraph].strip()) <= len(q.text) + 4
    }
    direct = {
        k: " " + _NOT_WORD.sub(" ", q.text).strip().casefold() + " "
        for k, q in enumerate(quotes)
        if q.kind == "direct"
    }
    # Each quote under every three words in a row it holds: a repeat of a quote holds its first
    # three words, so only those quotes are compared (not every pair: linear in the article)
    holders: dict[tuple[str, ...], list[int]] = {}
    for j, other in direct.items():
        tokens = other.split()
        for w in range(len(tokens) - 2):
            holders.setdefault(tuple(tokens[w : w + 3]), []).append(j)
    drop = set()
    for k, text in direct.items():
        words = len(quotes[k].text.split())
        if words < _REPEAT_MIN_WORDS and not (k in alone and words >= 3):
            continue  # (a short quote said twice may be said twice)
        for j in dict.fromkeys(holders.get(tuple(text.split()[:3]), ())):
            other = direct[j]
            if j == k or j in drop or quotes[j].span.paragraph == quotes[k].span.paragraph:
                continue
            # the shorter printing goes; of two alike, one standing alone, else the later
            if text in other and (
                len(text) < len(other)
                or (k in alone and j not in alone)
                or ((k in alone) == (j in alone) and j < k)
            ):
                drop.add(k)
                break
    # a paragraph printed twice (a live blog's update repeating its lead): its reported
    # clause once
    seen: set[tuple[str, str | None, str | None]] = set()
    for k, q in enumerate(quotes):
        if q.kind == "indirect" and len(q.text.split()) >= _REPEAT_MIN_WORDS:
            key = (q.text, q.speaker, q.speaker_description)
            if key in seen:
                drop.add(k)
            seen.add(key)
    return [q for k, q in enumerate(quotes) if k not in drop] if drop else quotes


# "Friday's report is:" before the quote it introduces: a clause that stops at its verb
_OPEN_PREDICATE = re.compile(r"\b(?:is|are|was|were|be|been)\s*:\s*$")
_CONJUNCT_START = re.compile(r"(?:and|but|or)\s+(?:because|since|when|while|after|before|as|if)\s")


_TO_SENTENCE_END = re.compile(r"[^.!?]*[.!?]?")


def _earlier_speaker(
    resolver: _Resolver,
    p: int,
    attributed: dict[int, _Attribution],
    s_index: int,
    segments: list[_Segment],
    seg_index: int,
) -> _Attribution | None:
    """Who spoke in an earlier sentence of the paragraph, when the words since the quote
    before name no one and hold no verb of speech."""
    earlier = [k for k in attributed if 0 <= k < s_index]
    if not earlier or not seg_index:
        return None
    gap_start, gap_end = segments[seg_index - 1].end, segments[seg_index].start
    text = resolver.masked[p]
    if resolver.people.in_range(p, gap_start, gap_end) or _VERB.search(text, gap_start, gap_end):
        return None
    return attributed[max(earlier)]


def _own_attribution(
    before: str, before_segments: list[_Segment], paragraph: str, segments: list[_Segment]
) -> bool:
    """Whether a paragraph that continues an open quote is a quote of its own: it closes its
    first quote with an attribution right after it ("“C,” he said."), and the open quote's
    paragraph (masked) attributes its quote too: a speech verb between or right after its
    quotes ("“A,” he said. “B ..."), or in the open quote's sentence ("Lund said: “B ...").
    Not "Police said the fire started at noon. “We saw smoke ...": that verb is another
    statement's."""
    first = segments[0]
    if not first.closed:
        return False
    attributed = any(
        _VERB.search(before, a.end, min(b.start, a.end + 120)) for a, b in pairwise(before_segments)
    )
    if not attributed:
        # the open quote's own sentence: "Lund wrote that her views “are so far ..."
        opening = before_segments[-1].start
        breaks = [
            b
            for b in _SENTENCE_BREAK.finditer(before, max(0, opening - 300), opening)
            if not _ABBREVIATION_POINT.search(before, max(0, b.start() - 5), b.start() + 1)
        ]
        lead_start = breaks[-1].end() if breaks else max(0, opening - 300)
        attributed = _VERB.search(before, lead_start, opening) is not None
    if not attributed:
        return False
    stop = segments[1].start if len(segments) > 1 else len(paragraph)
    tail = _TO_SENTENCE_END.match(paragraph, first.end, stop)
    return bool(tail and tail.end() - first.end <= 300 and _only_attribution(tail.group()))


def _description_words(words: list[str]) -> bool:
    """Whether the words between an inverted verb and a name describe that person: up to four
    words with no preposition, verb or subordinator, or up to seven ending in a title ("of" only
    inside a name: "University of Michigan political scientist"); or two such descriptions
    joined by "and", each ending in a title ("NASA water scientist and University of
    California-Irvine professor")."""
    lows = [word.lower() for word in words]
    if lows.count("and") == 1 and 0 < lows.index("and") < len(words) - 1:
        cut = lows.index("and")
        if all(
            len(part) <= 4 and _description_words(part) and _ends_in_title(part)
            for part in (words[:cut], words[cut + 1 :])
        ):
            return True
    if len(words) > 7:
        return False
    for k, word in enumerate(words):
        low = word.lower()
        inside_name = 0 < k < len(words) - 1 and words[k - 1][:1].isupper()
        if low == "of" and inside_name and words[k + 1][:1].isupper():
            continue
        if low in _PREPOSITIONS or low in _FINITE or low in _SUBORDINATORS:
            return False
    return len(words) <= 4 or _ends_in_title(words)


def _ends_in_title(words: list[str]) -> bool:
    return words[-1].lower() in TITLE_HEADS or words[-1].lower() in DESCRIPTIVE_HEADS


_OPENING_MARK = re.compile(r"[“\"‘](?=[^“\"‘]*$)")  # the last opening mark


def _quote_ends_clause(original: str, masked: str) -> bool:
    """Whether ``original`` is a reporter's clause that ends in a quoted fragment, its comma
    inside the marks: "The budget adds money for “climate resilience,”". Not a direct quote
    (“…,” said Lund, who testified …), a lead-in ("…, “You never know.”"), nor a clause with a
    speaker of its own ("Lavrov said it was “a witch hunt,”": that clause is found as such)."""
    if not original.endswith(",") or _QUOTE_MARK_CHARS.match(original.lstrip()):
        return False
    opening = _OPENING_MARK.search(original)
    if opening is None:
        return False
    lead = original[: opening.start()].rstrip()
    if lead.endswith(":") or (
        # (but 'a new protected class, “relationship structure,” said Lund': an appositive
        # fragment in lower case, no clause of its own as in 'With thousands of systems,
        # “there is no single point of failure,” Keller said')
        lead.endswith(",")
        and (
            not original[opening.end() : opening.end() + 1].islower()
            or _FINITE_IN_QUOTE.search(original, opening.end())
        )
    ):
        return False
    # no speaker of its own, and no one else's quoted words ("Marek's promise of “two weeks”
    # has come and gone, and the deal is “nowhere near done,” Smith said")
    return not _INDIRECT_VERB.search(masked) and "_" not in masked[: opening.start()]


_AFTER_QUOTE = re.compile(r"[”\"][\s,]*$")
_FINITE_IN_QUOTE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|can|could|will|would|should|must|may|might|do|does|"
    r"did)\b|[’']s\b|n[’']t\b|[’'](?:re|ll|ve|d)\b"
)
_MAX_CLAUSES = 10  # reported clauses looked for in one sentence that holds quotes
_SUBJECTLESS = re.compile(r"(?:would|will|could|can|may|might|must|should|is|are|was|were)\b")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted (start, end) pairs of quotes,
    each at most _MAX_QUOTE_CHARS long in its own paragraph)."""
    k = bisect_left(spans, (end, -1))
    while k > 0 and spans[k - 1][0] > start - _MAX_QUOTE_CHARS:
        k -= 1
        if spans[k][1] > start:
            return True
    return k > 0 and spans[k - 1][1] > start


def _fronted_subordinator(clause_head: str) -> bool:
    """Whether a clause opens with a subordinator ("Though ...", "Even as ...")."""
    words = clause_head.lower().split()[:2]
    if len(words) > 1 and words[0] in ("even", "just", "only", "but", "and", "yet", "so"):
        words = words[1:]
    return bool(words) and words[0] in _SUBORDINATORS


def _names_inner_speaker(resolver: _Resolver, p: int, at: int) -> bool:
    """Whether the clause from ``at`` opens with a named person (a title before, "that"
    first) whose own verb of speech follows ("... they claim Gov. Tom Lund said ...")."""
    masked = resolver.masked[p]
    refs = resolver.people.in_range(p, at, at + 90)[:1]
    if not refs or _CLAUSE_STOP.search(masked, at, refs[0].start):
        return False
    words = [TIME_PREFIX.sub("", w) for w in masked[at : refs[0].start].split()]
    if words[:1] == ["that"]:
        words = words[1:]
    return (all(w[:1].isupper() for w in words) or _description_words(words)) and bool(
        _INNER_SPEECH_VERB.match(masked, refs[0].end)
    )


_CLAUSE_STOP = re.compile(r"[.!?;:,—–]\s")
# ("Lund said “no”", "Lund told her staff this morning": no clause to report)
_INNER_SPEECH_VERB = re.compile(
    r"\s+(?:had\s+|has\s+)?(?:(?:said|says)\b(?!\s*[“\"_])|(?:told|tells)\s+(?:[\w’'-]+\s+){1,4}"
    r"(?:that|he|she|they|it|we|I|his|her|their)\s)"
)


def _named_group(resolver: _Resolver, p: int, found: _Attribution, verb_start: int) -> bool:
    """Whether an unnamed attribution is a list of people that opens at the first of them
    ("Sens. Lund of Ohio, Berg of Iowa and Holt of Utah")."""
    refs = resolver.people.in_range(p, found.start, verb_start)
    return bool(found.description) and len(refs) > 1 and refs[0].start - found.start <= 12


# Between two quoted fragments of one list: "“honest,” “interactive,” and “cordial”"
_FRAGMENT_LIST = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:as\s+)?")
# (the quoted words go on as the clause's subject: not "warned “...” before going", "said
# “...” and the crowd cheered", the reporter's words after a whole quoted clause)
_RUNS_ON = re.compile(
    r"\s+(?!(?:and|but|or|as|while|when|before|after|because|since|until|unless|if|though|"
    r"although|despite|to|in|on|at|for|with|by|from|during|amid|over|then|so)\b)[a-z]"
)


def _says_more(masked_clause: str) -> bool:
    """Whether a reported clause says more than the quoted words inside it: a subject and
    verb of its own, not just a frame ("the plan was “...”")."""
    # (not the stop before the closing mark the clause ends with: '... “feels good.”')
    masked_clause = _STOP_BEFORE_MARK.sub("", masked_clause)
    own = _MASKED_QUOTE.sub(" ", masked_clause).split()
    return len(own) >= _OWN_WORDS or masked_clause.count("_") < 0.5 * max(1, len(masked_clause))


_OWN_WORDS = 8
_STOP_BEFORE_MARK = re.compile(r"[.,!?](?=[”\"]$)")
_MASKED_QUOTE = re.compile(r"[“”\"]?_+[.,!?]?[“”\"]?")  # (with the stop before its closing mark)


def _clause_speakers(quotes: list[Quote], paragraphs: tuple[str, ...]) -> list[Quote]:
    """ "Lund said the wall demands were “absolutely necessary.”": a partial quote that found
    no person ("the wall demands") takes the person of the reported clause it sits in; so
    does one given to the clause's own subject when no verb of speech or naming stands between
    that subject and the quote ("Newsom said Trump was aware “even before I offered my own
    insight”": Newsom's words; but "Lund said Berg called it “a hoax”": Berg's)."""
    clauses = [q for q in quotes if q.kind == "indirect" and q.speaker]
    if not clauses:
        return quotes
    out = []
    for quote in quotes:
        if quote.kind == "partial":
            span = quote.span
            host = next(
                (
                    c
                    for c in clauses
                    if c.span.paragraph == span.paragraph
                    and c.span.start <= span.start
                    and c.span.paragraph == quote.end_span.paragraph == c.end_span.paragraph
                    and span.end <= c.span.end + 1
                    and c.speaker != quote.speaker
                ),
                None,
            )
            if host is not None and quote.speaker:
                lead = paragraphs[span.paragraph][host.span.start : span.start]
                at = lead.rfind(quote.speaker.split()[-1])
                if at < 0 or _VERB.search(lead, at) or _NAMING_VERB.search(lead, at):
                    host = None  # "Lund said Berg told reporters it was “a hoax”": Berg's
            if host is not None:
                quote = replace(
                    quote, speaker=host.speaker, speaker_description=host.speaker_description
                )
        out.append(quote)
    return out


# '... Pence said on CNN’s “State of the Union.”': a quoted name after a preposition or a
# possessive is the object of the words before it, not the rest of a split quote.
_MODIFIER_AFTER = re.compile(
    r"[”\"]?\s+(?!(?:and|or|is|was|has|he|she|they|it|we|you|said|says)\b)[a-z]+\b(?![,.;:])"
)
_WORK_BEFORE = re.compile(
    r"\b(?:documentary|film|movie|book|memoir|novel|show|series|album|song|episode|podcast|"
    r"play|musical|program|programme|column|essay|headline|slogan|hashtag)[,:]?\s*$"
)
_SHOW_BEFORE = re.compile(r"(?:\b(?:on|to|told|tells)|[’']s)\s*$")
_OBJECT_BEFORE = re.compile(r"(?:\b(?:on|in|to|of|at|from|with)|[’']s)\s*$")
_QUOTE_MARK_CHARS = re.compile(r"[“”\"«»„]")
_PARTICIPLE_TAIL = re.compile(
    r",\s*(?:adding|saying|noting|warning|arguing|insisting|stressing|explaining|claiming|"
    r"suggesting|predicting)\s+(that,?\s+)?"
)


def _participle_tail(
    paragraph: str,
    masked: str,
    s_start: int,
    after: int,
    s_end: int,
    attribution: _Attribution,
    p: int,
) -> Quote | None:
    """The reported clause of a participle that follows a quote's attribution in the same
    sentence: "“...,” Komin said, adding that this was working." is also Komin's."""
    if attribution.speaker is None and not attribution.description:
        return None
    match = _PARTICIPLE_TAIL.search(masked, after, s_end)
    if match is None or "_" in masked[after : match.start()] or "_" in masked[match.end() : s_end]:
        return None  # another quote between, or the participle introduces a quote
    if not match.group(1) and not _BARE_CLAUSE.match(masked, match.end(), s_end):
        return None  # "adding, however, ..." / "saying goodbye": no reported clause
    clause = paragraph[match.end() : s_end].strip().rstrip(".!?”\"’' ").strip(" ,")
    if len(clause.split()) < 3:
        return None
    start = match.end()
    return Quote(
        text=clause,
        kind="indirect",
        span=Span(p, start, start + len(clause)),
        end_span=Span(p, start + len(clause), start + len(clause)),
        speaker=attribution.speaker,
        speaker_description=None if attribution.speaker else attribution.description,
        sentence=_sentence_around(paragraph, s_start, s_end, start, start + len(clause)).strip(),
    )


_UNNAMED_PERSON = re.compile(
    r"^(?:another|an?|one)\b[^,]{0,60}\b(?:official|adviser|advisor|aide|spokes(?:man|woman|person)|"
    r"diplomat|minister|officer)$",
    re.IGNORECASE,
)
_ANONYMOUS = re.compile(
    r"anonymity|anonymous|not authorized|familiar with|declined to be named|"
    r"not to be (?:named|identified)|privately",
    re.I,
)


def _named_next(quotes: list[Quote], people: _PeopleIndex) -> list[Quote]:
    """ "Another official said X." then "“Y,” Waltz, the adviser, said." in the next paragraph:
    a person introduced right after an unnamed one is the one who spoke."""
    out = list(quotes)
    for i, quote in enumerate(out):
        desc = quote.speaker_description
        if quote.speaker or not desc or not _UNNAMED_PERSON.match(desc):
            continue
        if _ANONYMOUS.search(quote.sentence):
            continue
        p = quote.span.paragraph
        follow = [q for q in out[i + 1 :] if q.span.paragraph == p + 1 and q.kind == "direct"]
        if not follow or not follow[0].speaker:
            continue
        name = follow[0].speaker
        refs = people.refs_by_person.get(name)
        if refs and refs[0].paragraph == p + 1:
            out[i] = replace(quote, speaker=name, speaker_description=None)
    return out


# "A federal judge in Texas has declared ..." then "U.S. District Judge Gray Miller ruled":
# a lede's indefinite description with a title, and the person named with it just after
# ("one Republican senator says ..." then "Sen. Jeff Sessions, R-Ala., ...").
_INDEFINITE_TITLED = re.compile(
    r"^(?:an?|one)\s+(?:[\w.’'-]+\s+){0,4}?(judge|justice|senator|congressman|congresswoman|"
    r"representative|ambassador|governor|mayor|prosecutor|general|admiral|envoy|sheriff)"
    r"(?:\s+(?:in|from|of|for|on)\s.*)?$",
    re.IGNORECASE,
)
# "Virginia's governor said ...", "The chairman of the House Homeland Security Committee
# said ...": a definite description in a lede, the name in the next paragraph. The heads
# differ from the indefinite ones on purpose: "a congressman" names nobody in particular
# until the name comes, while "the chairman", "the minister" carry qualifiers that are
# checked against the role ("the defense minister"); "an ambassador" is often anonymous
# when definite ("the ambassador" points back).
_DEFINITE_TITLED = re.compile(
    # (not "president": the president of a union is no President X)
    r"^(?:the|[A-Z][\w.]*[’']s)\s+(?:[\w.’'-]+\s+){0,3}?(judge|justice|senator|governor|"
    r"mayor|prosecutor|general|admiral|envoy|sheriff|chairman|chairwoman|secretary|minister|"
    r"chancellor)"
    r"(?:\s+(?:of|for|in|on)\s.*)?$",
    re.IGNORECASE,
)


_ANONYMOUS_WINDOW = 2000
_OPENS = 12  # characters before a name that opens a paragraph ("Sen. ", "But Rep. ")


def _named_later(quotes: list[Quote], people: _PeopleIndex) -> list[Quote]:
    """Quotes of "a federal judge" (or, when no one with that title was named before, "the
    chairman of X") whose name the next two paragraphs give with that title (the first time
    that person is named, after the quote)."""
    out = list(quotes)
    titled: dict[str, list[tuple[tuple[int, int], str]]] = {}  # head -> (first mention, name)
    for i, quote in enumerate(out):
        desc = quote.speaker_description
        if not desc or quote.speaker:
            continue
        match = _INDEFINITE_TITLED.match(desc)
        definite = match is None
        if definite:
            match = _DEFINITE_TITLED.match(desc)
        # (the sentence of a paste without full stops is the whole paragraph: look near it)
        if match is None or _ANONYMOUS.search(quote.sentence, 0, _ANONYMOUS_WINDOW):
            continue
        head = match.group(1).lower()
        if head not in titled:  # once per title: linear in quotes and people
            titled[head] = sorted(
                ((refs[0].paragraph, refs[0].start), name)
                for name, refs in people.refs_by_person.items()
                if refs
                and _has_title(head, people.role_words.get(name, set()), desc.lower().split())
            )
        here = (quote.span.paragraph, quote.span.start)
        if definite and titled[head] and titled[head][0][0] < here:
            continue  # "the governor" after one was named points back, not ahead
        # "The defense minister" is not the prime minister: a definite one's qualifiers count
        qualifiers = (
            {
                w.lower()
                for w in desc[: match.start(1)].split()[1:]
                if w.lower() not in _LOOSE_QUALIFIERS
            }
            if definite
            else set()
        )
        # "one Republican senator" is often someone unnamed on purpose: only the person who
        # opens the very next paragraph is meant
        one = desc[:4].lower() == "one "
        named = [
            name
            for first, name in titled[head]
            if here < first
            and first[0] <= quote.span.paragraph + 2
            and qualifiers <= people.role_words.get(name, set())
            and (not one or (first[0] == quote.span.paragraph + 1 and first[1] <= _OPENS))
        ]
        if len(named) == 1:
            out[i] = replace(quote, speaker=named[0], speaker_description=None)
    return out


_OPENING_PHRASE = re.compile(
    r"\s*(?:In|On|At|During|After|Before|Earlier|Later|Last|Since|With|Without|Meanwhile)\b"
    r"[^,_.;:]{0,60},\s*"
)
_NAMING_VERB = re.compile(
    r"\b(?:called|calls|calling|described|describes|labeled|labelled|dubbed|branded|"
    r"denounced|derided|praised|hailed|rejected|dismissed|condemned|criticized|criticised|"
    r"slammed|decried|denied|accused|blamed|characterized|characterised|termed|deemed|"
    # "labeling it the “Clinton News Network”"; "ripped the network as “dishonest”" (not
    # "mocked the “plan”": a scare quote)
    r"labeling|labelling|branding|dubbing|deriding|denouncing|"
    r"(?:slamming|blasting|blasted|ripped|ripping|mocked|mocking|lashed\s+out\s+at|"
    r"lashing\s+out\s+at)(?=\s+[^,.;:_]{1,50}?\s+as\b)|"
    r"welcomed|referred\s+to|warned\s+of|spoke\s+of|promised|vowed|likened|likens|likening|"
    r"(?:compared|compares|comparing)(?=\s+(?!(?:to|with)\b)\S)|"
    # "Kim expressed “great satisfaction” with the test"
    r"expressed|expresses|voiced|voices|"
    # "thanked Lund for running an “incredible campaign”"
    r"thanked|congratulated|commended|lauded|applauded)\b"
)
# A transcript turn: "PENCE: Well, look, ..." (a block-quoted transcript may open with a mark).
_TRANSCRIPT = re.compile(r"\s*[\"“]?([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s+(\S.{9,})", re.S)
_NOT_SPEAKERS = frozenset(
    """
    UPDATE UPDATED WATCH READ PHOTO PHOTOS VIDEO NOTE EDITOR'S CORRECTION RELATED MORE SOURCE
    SOURCES CLARIFICATION WARNING BREAKING EXCLUSIVE ANALYSIS OPINION Q A
    WHAT WHY HOW SAID SAYS CLAIM CLAIMS FACT FACTS VERDICT CONTEXT BACKGROUND TAKEAWAY TAKEAWAYS
    """.split()  # noqa: SIM905
)  # (and a fact check's section labels: "WHAT TRUMP SAID:", "THE FACTS:", "CLAIM:")


def _transcript_turns(paragraphs: tuple[str, ...]) -> dict[int, re.Match]:
    """Paragraphs that are turns of a transcript: a label used for two turns or more."""
    found = {p: m for p, m in enumerate(map(_TRANSCRIPT.match, paragraphs)) if m}
    found = {p: m for p, m in found.items() if not set(m.group(1).split()) & _NOT_SPEAKERS}
    labels = [m.group(1) for m in found.values()]
    return {p: m for p, m in found.items() if labels.count(m.group(1)) >= 2}


def _person_named(label: str, people: tuple[Person, ...]) -> str | None:
    """The person a label names by surname ("LUND", "Tom Lund"), or None."""
    surname = label.split()[-1].casefold()
    return next(
        (
            person.name
            for person in people
            if person.name.split()[-1].casefold() == surname
            or any(alias.split()[-1].casefold() == surname for alias in person.aliases)
        ),
        None,
    )


def _label_person(label: str, people: tuple[Person, ...]) -> str | None:
    """The person a source label names by a capitalised word ("WHAT TRUMP SAID:"), if any."""
    for word in label.split():
        word = word.strip(":")
        if word[:1].isupper() and len(word) > 2:
            person = _person_named(word, people)
            if person is not None:
                return person
    return None


_SELF_DESCRIBED = re.compile(r"\bself-(?:described|styled|proclaimed|identified)\s*$")


# "has been described by critics as a “...”", "is often called “...”", 'was praised as
# “timely,” “spot-on,” and “...”': a passive naming verb right before the quote (a list of quoted
# words between them)
_PASSIVE_NAMING = re.compile(
    r"\b(?:is|are|was|were|been|being|be)\s+(?:(?:[a-z]+ly|also|often|long|since|sometimes|even|"
    r"variously|widely|now)\s+){0,2}"
    r"(?:called|described|labeled|labelled|dubbed|branded|derided|praised|hailed|denounced|"
    r"condemned|criticized|criticised|characterized|characterised|termed|deemed|decried)"
    r"(?P<by>\s+by\s+[^,;:_“”\"]{2,60}?)?"
    r"\s+(?:as\s+)?(?:(?:a|an|the|his|her|their|its|so|too|very|more|most)\s+)?"
    r"(?:[“\"][^“”\"]{1,60}[”\"],?\s+(?:and\s+|or\s+)?)*$"
)


def _passive_naming(
    resolver: _Resolver, p: int, s_start: int, s_end: int, seg: _Segment
) -> _Attribution | None:
    """The one who named it, when a passive naming verb stands right before the quote:
    the agent ("described by Tom Lund as “doomed”", "called “scripted” by Chris Christie"), or
    no one the sentence names ("She has been called “the conscience of the Senate”": not her
    words). None when no passive naming verb stands there."""
    text = resolver.masked[p]
    passive = _PASSIVE_NAMING.search(text, max(s_start, seg.start - 200), seg.start)
    if passive is None:
        return None
    if passive.group("by"):
        agent = resolver.subject_after(p, passive.start("by") + 4, seg.start)
    else:
        after = _BY_AGENT.match(text, seg.end)
        agent = resolver.subject_after(p, after.end(), s_end) if after else None
    return agent or _Attribution(None, None, passive.start())


def _self_described(
    resolver: _Resolver, p: int, s_start: int, seg: _Segment
) -> _Attribution | None:
    """The person a "self-described “...”" describes: named right after the quote ("the
    self-described “democratic socialist” Ben Lund"), else the last one named before it in
    the sentence ("Ed Lund, a self-described “charter New Democrat”")."""
    text = resolver.masked[p]
    described = _SELF_DESCRIBED.search(text, max(s_start, seg.start - 30), seg.start)
    if described is None:
        return None
    after = len(text) - len(text[seg.end :].lstrip())
    named_after = resolver.people.in_range(p, after, after + 1)
    if named_after:
        return _Attribution(named_after[0].person, None, named_after[0].start)
    named = [
        ref
        for ref in resolver.people.in_range(p, s_start, described.start())
        if text[ref.start : ref.start + 1] != "_"
    ]
    return _Attribution(named[-1].person, None, named[-1].start) if named else None


def _tweet(paragraph: str, p: int, people: tuple[Person, ...]) -> Quote | None:
    """A paragraph that is an embedded post: its text, then "— Name (@handle) May 27, 2020"."""
    if "(@" not in paragraph or len(paragraph) > _MAX_BLOCK_CHARS + 200:
        return None  # (cheap: most paragraphs; and a post is short)
    signed = _TWEET_SIGNATURE.search(paragraph)
    if signed is None or not signed.group("name").strip():
        return None
    text = paragraph[: signed.start()].strip()
    for _ in range(5):  # "... pic.twitter.com/abc https://t.co/xyz": the links go
        link = _TWEET_LINK.search(text)
        if link is None:
            break
        text = text[: link.start()].rstrip()
    if not 10 <= len(text) <= _MAX_BLOCK_CHARS:
        return None
    quoted = sum(len(seg.text) for seg in _segments(text, p))
    if quoted * 5 >= len(text) * 2:
        return None  # '.@BurgessOwens: "Young men need to ..."': a post quoting someone else
    name = " ".join(signed.group("name").split())
    speaker = _person_named(name, people)
    found = _Attribution(speaker, None if speaker else name, 0)
    return _quote_at(text, "direct", p, paragraph.find(text), found, paragraph)


def _transcript_turn(match: re.Match, p: int, people: tuple[Person, ...]) -> Quote:
    label = match.group(1)
    text = match.group(2).strip().rstrip('"”').strip()
    speaker = _person_named(label, people)
    found = _Attribution(speaker, None if speaker else label.title(), 0)
    return _quote_at(text, "direct", p, match.start(2), found, match.string)


_TITLE_SMALL = frozenset(
    "a an the and or of in on at to for with by from as is vs nor but".split()  # noqa: SIM905
)


def _is_title(text: str) -> bool:
    """Capitalised words without end punctuation: the name of a show, book or event; with a
    subtitle after a colon, up to twice as long ("A Rage to Punish: The Unintended
    Consequences of Mandatory Sentencing")."""
    words = text.split()
    if 1 <= len(words) <= _TITLE_WORDS_MAX and _is_title_words(words):
        return True
    title, colon, subtitle = text.partition(": ")
    return bool(
        colon
        and len(words) <= 2 * _TITLE_WORDS_MAX
        and _is_title_words(title.split())
        and _is_title_words(subtitle.split())
    )


_TITLE_WORDS_MAX = 8
_OPENING_MARKS = "‘'“\""


def _is_title_words(words: list[str]) -> bool:
    if not words or words[-1][-1:] in ".!?,;:":
        return False
    # "60 Minutes"; but not "100%", "24/7" alone
    numbered = words[0][:1].isdigit() and len(words) > 1 and words[1][:1].isupper()
    if not (words[0][:1].isupper() or numbered):
        return False
    return all(
        w.lstrip(_OPENING_MARKS)[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL
        for w in words
    )


_HEADLINE_BEFORE = re.compile(
    r"\b(?:headlines?|headlined|titled|entitled|title|column|op-ed|editorial|banner)\b[^_.]{0,30}$"
)
_BULLET_ONLY = re.compile(r"[-–—*•▪●◦‣∙·\s]+")
_CASED_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _heading_line(outside: str) -> bool:
    """Whether the words around a quote leave it a heading: nothing but a bullet, or a short
    label without a verb of speech ('Update at 9:45 p.m. ET. "We Have Fewer Horses":')."""
    rest = _BULLET_ONLY.sub(" ", outside).strip()
    return not rest or (len(rest) <= _HEADING_LABEL_CHARS and not _VERB.search(rest))


_HEADING_LABEL_CHARS = 40


def _silent_lead(lead: str, quote: str) -> bool:
    """A lead-in ending in a colon, without a verb of speech ("gave us this puff piece:"),
    before a headline of three capitalised words or more (not "The winning entry: “We’re
    America, b**ch.”": a saying)."""
    return (
        lead.rstrip().endswith(":")
        and not _VERB.search(lead)
        and not _ACCORDING.search(lead)
        and sum(1 for w in _CASED_WORD.findall(quote) if len(w) >= 4) >= 3
    )


def _headline_case(text: str) -> bool:
    """Words of four letters or more all capitalised, at least three words: a headline's
    casing ("Poll Says Gun-Rights Supporters Fund Their Cause")."""
    words = _CASED_WORD.findall(text)
    long = [w for w in words if len(w) >= 4]
    return len(words) >= 3 and len(long) >= 2 and all(w[0].isupper() for w in long)


def _sentence_of(sentences: list[tuple[int, int]], offset: int) -> int:
    """The index of the sentence holding ``offset`` (or the one before a gap)."""
    index = bisect_right(sentences, offset, key=lambda span: span[0]) - 1
    return max(0, min(index, len(sentences) - 1))


def _attribution_between(text: str, start: int, end: int) -> bool:
    """``_only_attribution`` of ``text[start:end]``, without slicing a long stretch."""
    return end - start <= 300 and _only_attribution(text[start:end])


def _only_attribution(between: str) -> bool:
    """Text between two quoted parts that is nothing but "she said," / "said Keller,"."""
    if len(between) > 300:
        return False  # an attribution is short; never scan a long stretch for one
    # 'Lund told “Fox News Sunday.”', 'said on CNBC's “Squawk Box”': a show named inside
    between = _MASKED_TITLE.sub(lambda m: " Show" + m.group(1) + " ", between)
    words = between.split()
    if _SECOND_STATEMENT.search(between):
        return False  # "she said, adding that “...”": a second statement of its own
    if between.rstrip().endswith(":"):
        return False  # "“A.” He added: “B.”": a lead-in of the second quote's own
    verb = _VERB.search(between)
    if not words or "_" in between or verb is None:
        return False
    if len(words) <= 8:
        return True
    if len(words) <= 30 and (
        # "said Anna Lund, director of policy at the Bipartisan Policy Center,": her title
        _APPOSITIVE_AFTER_NAME.match(between, verb.end())
        # "Warren said, polishing the former president's halo,": the reporter's aside
        or _ASIDE_AFTER_VERB.match(between, verb.end())
    ):
        return True
    if len(words) <= 45 and _LONG_APPOSITIVE_AFTER_NAME.match(between, verb.end()):
        # "says Ana Lund, director at the X Foundation in Bergen, Norway, which has long
        # funded ...": a longer title with commas of its own, and nothing after it
        return True
    # "Lund said in a statement provided by the White House.": a long place or channel.
    return len(words) <= 16 and bool(_ATTRIBUTION_PP.match(between, verb.end()))


# (no sentence ends inside, but initials and "Jr." may stand there)
_NO_SENTENCE_END = r"(?:[^,;:_“”\"!?.]|\.(?!\s)|(?<=\b[A-Z])\.|(?<=\b(?:Jr|Sr|Dr|St))\.)"
_APPOSITIVE_AFTER_NAME = re.compile(
    r"\s+(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*,\s+" + _NO_SENTENCE_END + r"{3,170}[,.]\s*$"
)
# (commas allowed: "director at X in Battle Creek, Michigan, which has long funded ...")
_NO_SENTENCE_END_BUT_COMMAS = r"(?:[^;:_“”\"!?.]|\.(?!\s)|(?<=\b[A-Z])\.|(?<=\b(?:Jr|Sr|Dr|St))\.)"
_LONG_APPOSITIVE_AFTER_NAME = re.compile(
    r"\s+(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*,\s+(?:director|president|professor|"
    r"chairman|chairwoman|chair|head|founder|chief|executive|senior|spokesman|spokeswoman|"
    r"spokesperson|an?|the)\s" + _NO_SENTENCE_END_BUT_COMMAS + r"{3,280}\.\s*$"
)
_ASIDE_AFTER_VERB = re.compile(r"\s*,\s+[a-z]{3,}ing\s" + _NO_SENTENCE_END + r"{3,140},\s*$")
_MASKED_TITLE = re.compile(r"[“\"]_+([.!?,]?)[”\"]")
_CLAUSE_IN_ATTRIBUTION = re.compile(r"\b(?:as|when|while|after|before|once|because)\s+$")
_ATTRIBUTION_PP = re.compile(
    r"\s+(?:\w+\s+)?(?:in|on|at|during|to|after|before|via|through|from|while|when)\b[^.!?]*"
    r"[.!?,]?\s*$"
)
_SECOND_STATEMENT = re.compile(
    r"\b(?:adding|noting|saying|arguing|explaining|insisting|warning|stressing|asking|"
    r"claiming|charging|accusing|suggesting|urging|vowing|promising|pledging|declaring|"
    # "“A,” Porter said, calling it “a culture war.”": his words for it, a quote of its own
    r"calling|describing|labeling|labelling|dubbing|branding)\b"
)


def _attribution_end(text: str, after: int, s_end: int) -> int:
    """Where the attribution after a quote stops (end of its sentence or clause)."""
    return s_end


def _kind(text: str, seg: _Segment, s_start: int, s_end: int, attributed: bool) -> QuoteKind:
    # Only the text near the quote is looked at (a paste without full stops is one long
    # "sentence": slicing all of it for every quote would be quadratic).
    has_before = _NON_SPACE.search(text, s_start, seg.start) is not None
    before = text[max(s_start, seg.start - 300) : seg.start].strip()
    has_after = _NON_SPACE.search(text, seg.end, s_end) is not None
    if seg.text[:1].islower() and has_before:
        return "partial"
    if not has_before:
        return "direct"
    if before.endswith(":") or (before.endswith(",") and _VERB.search(before)):
        return "direct"
    if before.endswith(("—", "–", "-")) and not has_after:
        return "direct"
    del attributed
    return "partial"


_NON_SPACE = re.compile(r"\S")


_ABSOLUTE = re.compile(
    r"\s*(?:(?:--|—|–)[^_—–]{1,120}?(?:--|—|–)\s*|,[^,_]{1,120},\s*)?[a-z]+ing\b"
)
_DASH_BEFORE = re.compile(r"\s(?:--|—|–)\s*$")
_DASH_ATTRIBUTION = re.compile(r"\s*[―—–-]+\s*[^_]{2,80}$")
# "“...,” the agency quoted spokesman Ivan Petrov (as saying)": the one quoted is the speaker.
_QUOTED_AS_SAYING = re.compile(
    r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+(?P<who>[^_]{1,80}?)\s+as\s+saying[\s:,]*$"
)
_QUOTED_BY = re.compile(
    r"[\s,]*(?:[\w.’'-]+\s+){1,4}?(?:quoted|quotes|quoting|cited|cites|citing)\s+"
    # ("“...,” the story states, quoting a former drone operator named Tom Hale"; not "says
    # Hale, citing Lund's plan": his words)
    r"|[\s,]*(?:[\w.’'-]+\s+){1,4}?[\w.’'-]+,\s+quoting\s+"
)


def _attribute(
    resolver: _Resolver, p: int, seg: _Segment, s_start: int, s_end: int, segments
) -> _Attribution | None:
    """The attribution of a quote inside its sentence: after it, before it, or around it."""
    text = resolver.masked[p]
    # After the quote, up to the next quote or sentence end.
    next_start = _next_segment_start(segments, seg.end, len(text))
    hi = min(s_end, next_start)
    if not text[seg.end : hi].strip() and seg.text.rstrip()[-1:] in ("?", "!"):
        hi = min(_attribution_sentence_end(text, seg.end), next_start)
    after = text[seg.end : hi]
    dash = _DASH_ATTRIBUTION.match(after)
    # "Romney -- “...” -- and Goldberg": the name before the dashes, not the next one.
    dashed = _DASH_BEFORE.search(text, max(0, seg.start - 8), seg.start)
    if dashed:
        refs = resolver.people.in_range(p, max(0, seg.start - 80), seg.start)
        if (
            refs
            and not text[refs[-1].end : seg.start].strip(" -–—")
            # (not "staffers -- Tom Lund, Ana Berg and Eva Holt -- “helped me ...”": the dash
            # closes an aside that names them)
            and not len(_DASH.findall(text, s_start, refs[-1].start)) % 2
        ):
            words = [w.lower().rstrip(".") for w in text[: refs[-1].start].split()[-3:]]
            while words and words[-1] in _TITLE_ABBREVIATIONS:
                words.pop()
            if not words or words[-1] not in _PREPOSITIONS:  # "supportive of Trump -- “...”"
                return _Attribution(refs[-1].person, None, refs[-1].start)
    if dash and not re.match(r"\s*[―—–-]+\s*(?:and|or|but)\b", after):
        refs = resolver.people.in_range(p, seg.end, seg.end + dash.end())
        # "“...” — Keller" / "“...” — Foreign Minister Keller, in Oslo": the name opens the
        # dash part; "“...” — a challenge aimed at Mr. Lund" is the reporter's comment.
        lead = text[seg.end : refs[0].start] if refs else ""
        if refs and all(
            w[:1].isupper() or w.lower().rstrip(".,") in TITLE_HEADS
            for w in re.sub(r"[―—–-]", " ", lead).split()
        ):
            return _Attribution(refs[0].person, None, refs[0].start)
    quoted_by = _QUOTED_BY.match(after)
    if quoted_by:
        found = _quoted_person(resolver, p, seg.end + quoted_by.end(), hi)
        if found is not None:
            return found
    if (
        after.strip(" ,.—–-")
        and (not _NEW_CLAUSE.match(after) or _RELATIVE_THEN_INVERTED.match(after))
        and not (_AND_GOES_ON.match(after) and _SAYING_VERB.search(text, s_start, seg.start))
    ):
        match = _ACCORDING.search(after)
        if match and not after[: match.start()].strip(" ,—–-"):
            found = resolver.subject_after(p, seg.end + match.end(), hi, documents=True)
            if found and found.speaker is None:
                # "Lund said he hoped “...,” according to the AP": the outlet relays Lund;
                # so in "Lund called the attack “incomprehensible,” according to Fox 17".
                relayed = _relayed(resolver, p, seg, s_start, segments)
                if relayed is not None:
                    return relayed
            if found:
                return found
        verb = _VERB.search(after)
        while (
            verb
            and verb.start() < _MAX_LEAD_CHARS  # a longer lead is no attribution (and linear)
            and (
                (after[max(0, verb.start() - 40) : verb.start()].split() or [""])[-1].lower()
                in _DETERMINERS
                # "newly confirmed Secretary Troy Meink told": a participle before a title
                or (
                    _ADVERBS_ONLY.fullmatch(after, 0, verb.start())
                    and re.match(r"\s+[A-Z]", after[verb.end() :])
                )
                # "Trump, who made it one of his campaign promises, wrote": inside the aside
                or _OPEN_RELATIVE.search(after, max(0, verb.start() - 200), verb.start())
            )
        ):
            verb = _VERB.search(after, verb.end())  # "one of the states suing": a noun
        lead_words = len(after[: verb.start()].split()) if verb else 99
        if verb and lead_words <= 30:
            lead = after[: verb.start()]
            if lead.strip(" ,—–-"):
                found = resolver.subject_before(p, seg.end, seg.end + verb.start())
                if found is None:
                    # "“...,” Tom Hale, chief economist at Norsk Bank wrote": the appositive's
                    # closing comma left out
                    found = _named_with_appositive(resolver, p, seg.end, seg.end + verb.start())
                if found and lead_words > 12 and found.speaker is None:
                    found = None  # a long lead-in: only a named person with an appositive
                if (
                    found is not None
                    and found.speaker
                    and lead.rstrip().endswith(",")
                    and (text[max(0, found.start - 30) : found.start].split() or [""])[-1].lower()
                    in _PREPOSITIONS
                    # (not "Amy Holt, head of research at Kantar,": the appositive's owner)
                    and any(
                        ref.person == found.speaker
                        for ref in resolver.people.in_range(p, found.start, found.start + 1)
                    )
                ):
                    # "“...” hasn’t helped him in the feud with Lund, said Tom Hale": Lund is
                    # the preposition's object; the inverted subject speaks
                    found = None
                if (
                    found is None
                    and lead.rstrip().endswith(",")
                    and verb.group() in _INVERTING  # not "..., saying the Democrats ..."
                ):
                    # "“... will certainly facilitate” passing fast-track authority, said Rep.
                    # Jared Polis": the rest of the reporter's clause, then the inverted verb
                    found = resolver.subject_after(p, seg.end + verb.end(), hi, inverted=True)
            elif verb.group() in ("claiming", "alleging"):
                found = None  # "“credible reports” alleging that Ambassador Lund ...": no inversion
            else:
                found = resolver.subject_after(
                    p, seg.end + verb.end(), hi, inverted=verb.group() in _INVERTING
                )
            if found and found.speaker is None and verb.group() in _RELAYING_VERBS:
                # "Lavrov called it a “provocation,” the AP reports": the outlet relays Lavrov.
                relayed = _relayed(resolver, p, seg, s_start, segments)
                if relayed is not None:
                    return relayed
            if (
                found
                and found.speaker is None
                and len(after[verb.end() :].split()) > 4
                and _VERB.search(text, s_start, seg.start)
            ):
                # "As Obama was declaring that X would get “...,” the senator vowed that ...":
                # the verb after the quote has a clause of its own; the one before governs.
                before = _attribute_before(resolver, p, seg, s_start, segments)
                if before is not None and before.speaker:
                    return before
            if found:
                return found
    trailing = _trailing_attribution(resolver, p, seg, s_start, s_end, segments)
    if trailing is not None:
        return trailing
    if seg.text.rstrip().endswith(","):
        # "“We make a mistake,” Anna Berg, a professor at Oslo University. “...”": the verb
        # left out; the name and its description stand where the attribution would
        found = _named_with_appositive(resolver, p, seg.end, hi)
        if found is not None and not _VERB.search(text, seg.end, hi):
            return found
    if _FRONTED_PARTICIPLE.fullmatch(text, s_start, seg.start):
        # "Saying “we will respond to ...,” President Barack Obama used his address": the
        # subject after the quote says it
        comma = _COMMA_AFTER_QUOTE.match(text, seg.end)
        if comma and ("," in comma.group() or seg.text.rstrip().endswith(",")):
            found = resolver.subject_after(p, comma.end(), min(s_end, seg.end + 120))
            if found is not None and found.speaker:
                return found
    return _attribute_before(resolver, p, seg, s_start, segments)


# The description after a name, up to a verb or the sentence end: no clause of its own.
_APPOSITIVE_TAIL = re.compile(r",\s+(?:(?:a|an|the)\s+)?[\w.’'&-]+(?:\s+[\w.’'&-]+){0,19}[\s.]*")


def _quoted_person(resolver: _Resolver, p: int, start: int, end: int) -> _Attribution | None:
    """The person right after "quoted" between ``start`` and ``end``: "quoted spokesman Ivan
    Petrov", "quoted him as saying"."""
    text = resolver.masked[p]
    pronoun = re.match(r"(him|her)\b", text[start:end])
    if pronoun:
        speaker = resolver.pronoun("he" if pronoun.group() == "him" else "she", p, start)
        return _Attribution(speaker, None, start) if speaker is not None else None
    refs = resolver.people.in_range(p, start, end)
    lead = text[start : refs[0].start] if refs else ""
    if refs and (
        all(w[:1].isupper() or w.lower().rstrip(".,") in TITLE_HEADS for w in lead.split())
        # "quoting a former drone operator named Tom Hale"
        or _NAMED_LEAD.fullmatch(lead)
    ):
        return _Attribution(refs[0].person, None, refs[0].start)
    return None


_NAMED_LEAD = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+){1,6}(?:named|called)\s+")


def _named_with_appositive(resolver: _Resolver, p: int, lo: int, hi: int) -> _Attribution | None:
    """The person named right after a quote when only a description follows the name, up to
    ``hi`` (a verb, or the sentence end): "Tom Hale, chief economist at Norsk Bank"."""
    text = resolver.masked[p]
    refs = resolver.people.in_range(p, lo, hi)
    if not refs or text[lo : refs[0].start].strip(" ,"):
        return None
    tail = _APPOSITIVE_TAIL.fullmatch(text, refs[0].end, hi)
    if tail is None or "," in text[refs[0].end + 1 : hi]:
        return None
    words = text[refs[0].end : hi].lower().replace(",", " ").split()
    if not (set(words) & TITLE_HEADS or words[0] in ("a", "an", "the")):
        return None
    return _Attribution(refs[0].person, None, refs[0].start)


def _relayed(
    resolver: _Resolver, p: int, seg: _Segment, s_start: int, segments
) -> _Attribution | None:
    """The person an outlet relays: who speaks before the quote, or the subject of a naming
    verb there ("Lavrov called it a “provocation”")."""
    before = _attribute_before(resolver, p, seg, s_start, segments)
    if before is None and _NAMING_VERB.search(
        resolver.masked[p], max(s_start, seg.start - 150), seg.start
    ):
        before = _main_subject(resolver, p, s_start, seg.start)
    return before if before is not None and before.speaker else None


_JOINED_CLAUSE = re.compile(r",\s*(?:and|but|or|while|whereas|although|though)\s|;")
_POSSESSIVE_BEFORE = re.compile(r"[’']s\s")


def _trailing_attribution(
    resolver: _Resolver, p: int, seg: _Segment, s_start: int, s_end: int, segments
) -> _Attribution | None:
    """'X should either “A” or stop trusting what is “B,” Lund said.': the attribution after
    the sentence's last quote covers an earlier one when no verb of speech stands before it
    or between them."""
    # Only a few quotes nearby: a paragraph of thousands of marks must stay linear.
    index = bisect_left(segments, seg.end, key=lambda other: other.start)
    later = list(takewhile(lambda other: other.end <= s_end, segments[index : index + 4]))
    if not later or len(later) == 4 or later[-1].start - seg.end > 400:
        return None
    last = later[-1]
    text = resolver.masked[p]
    # The last quote ends in a comma (inside or outside its marks): "…,” Lund said.
    if (
        not (last.text.rstrip().endswith(",") or text[last.end : last.end + 2].startswith(","))
        or _VERB.search(text, max(s_start, seg.start - 300), seg.start)
        or _VERB.search(text, seg.end, last.start)
        # "Trump’s promise of “two weeks” has come and gone, and the deal is “nowhere near
        # done,” Smith said": another clause, and words someone else's
        or _JOINED_CLAUSE.search(text, seg.end, last.start)
        or _POSSESSIVE_BEFORE.search(text, max(s_start, seg.start - 60), seg.start)
    ):
        return None
    return _attribute(resolver, p, last, s_start, s_end, segments)


# "newly", "recently" (lower case: "Kelly told CNN" names Kelly)
_ADVERBS_ONLY = re.compile(r"[\s,]*(?:[a-z]+ly\s+)+")
_MAX_LEAD_CHARS = 400  # words between a quote and its attribution verb: at most 30 count
_AFTERWORDS = frozenset("however earlier later also too then again meanwhile soon twice".split())  # noqa: SIM905
_DESCRIPTOR_WORDS = frozenset(
    # ("said Rubio supporter Jenna Tagliaferri": the supporter speaks)
    """
    longtime veteran top close ally allies friend confidant supporter backer donor critic fan voter
    """.split()  # noqa: SIM905
)


# Prepositions _PREPOSITIONS leaves out: "said Lund beside head coach Amy Holt"
_PLACE_PREPOSITIONS = frozenset(
    """
    beside alongside via unlike near outside inside amid despite toward towards around behind
    opposite past
    """.split()  # noqa: SIM905
)


def _names_a_title(between: str) -> bool:
    """Whether the words between two names make the first qualify the second's title:
    "Clinton ally", "Trump’s campaign manager" (not "Obama congratulated Sanders")."""
    words = re.sub(r"^['’]s\b", "", between).split()
    return (
        1 <= len(words) <= 3
        and between[:1] in ("'", "’", " ")
        and all(
            w in TITLE_HEADS
            or w in _DESCRIPTOR_WORDS
            or w in _TITLE_MODIFIERS
            or w == "campaign"
            # "Harvard political scientist", "Yale law professor": a plain modifier
            or (
                w.isalpha()
                and w.islower()
                and not w.endswith(("ed", "s", "ing"))  # not "said Lund introducing coach X"
                and w not in _PREPOSITIONS
                and w not in _PLACE_PREPOSITIONS
                and w not in _FINITE
                and w not in _SUBORDINATORS
                and w not in _DETERMINERS
            )
            for w in words[:-1]
        )
        and (words[-1] in TITLE_HEADS or words[-1] in _DESCRIPTOR_WORDS)
    )


_OPEN_RELATIVE = re.compile(r",\s*(?:who|which)\s[^,;:_]*$")  # an aside not closed yet
_RELAYING_VERBS = frozenset(["reports", "reported", "writes", "wrote"])


def _attribute_before(
    resolver: _Resolver, p: int, seg: _Segment, s_start: int, segments
) -> _Attribution | None:
    """The attribution before a quote, from the sentence start (or the previous quote)."""
    text = resolver.masked[p]
    prev_end = _previous_segment_end(segments, seg.start)
    lo = max(s_start, prev_end)
    breaks = list(_CLAUSE_BREAK.finditer(text, lo, seg.start))
    if breaks and text[breaks[-1].end() : seg.start].strip():
        lo = breaks[-1].end()  # "X urged Y, while Keller ... called for “...”": Keller's clause
        before = text[lo : seg.start]
    elif breaks:
        # '“A”, Zelensky said, but “B”': nothing between the break and the quote, so the
        # clause before the break attributes it.
        before = text[lo : breaks[-1].start()]
        breaks = breaks[:-1]
    else:
        before = text[lo : seg.start]
    quoted_as = _QUOTED_AS_SAYING.search(before)
    if quoted_as:  # "The agency quoted Berg as saying: “...”"
        found = _quoted_person(resolver, p, lo + quoted_as.start("who"), lo + quoted_as.end("who"))
        if found is not None:
            return found
    match = _ACCORDING.search(before)
    according = None
    if match:
        according = resolver.subject_after(p, lo + match.end(), seg.start, documents=True)
        if according is not None and according.speaker:
            return according
    # "According to Reuters, ... the pontiff ... said: “...”": one named speaking wins over
    # the outlet; else the outlet
    found = _attribute_by_verbs(resolver, p, seg, s_start, lo, before, breaks)
    if found is not None and (found.speaker or according is None):
        return found
    return according or found


_BODY_OWNER_LEAD = re.compile(r"\s*((?:The|the)\s+(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)[’']s\s")


def _attribute_by_verbs(
    resolver: _Resolver, p: int, seg: _Segment, s_start: int, lo: int, before: str, breaks
) -> _Attribution | None:
    """The subject of the last verb of speech in ``before`` (the text from ``lo`` up to the
    quote), or of a lead-in ending in a colon."""
    text = resolver.masked[p]
    verbs = list(_VERB.finditer(before))
    if not verbs and before.rstrip().endswith(":") and lo > s_start and not breaks:
        # "Katyal said the “next question” would be: “Why?”": the lead-in's verb stands
        # before an earlier quote of the same sentence.
        lo = s_start
        before = text[lo : seg.start]
        verbs = list(_VERB.finditer(before))
    if not verbs and before.rstrip().endswith(":"):
        # "Obama has a new message: “...”": the subject of the lead-in sentence.
        found = _main_subject(resolver, p, lo, seg.start)
        if found:
            return found
        owner = _BODY_OWNER_LEAD.match(text, lo, seg.start)
        if owner and not resolver.people.in_range(p, lo, seg.start):
            # "The Gazette's take on the race: “...”": the paper's words, no person's
            return _Attribution(None, owner.group(1), owner.start(1))
        label = _SOURCE_LABEL.match(text, lo, seg.start) if lo == 0 else None
        if label and not resolver.people.in_range(p, lo, seg.start):
            # "Seattle-Post Intelligencer: “...”" opening a paragraph: a digest's source label,
            # no person's (not the last speaker's); but "WHAT TRUMP SAID:", "BIDEN:" name one
            named = _label_person(text[lo : seg.start], resolver.people.people)
            if named is not None:
                return _Attribution(named, None, label.start(1))
            return _Attribution(None, label.group(1), label.start(1))
    for verb in reversed(verbs):
        follow = before[verb.end() :]
        if _NOT_SPEECH_AFTER.match(follow) and not (
            # (not "Scanlon read to Mueller Trump's written answer: “...”": another's words)
            verb.group() not in ("read", "reads") and _TO_LISTENER_LEAD.match(follow)
        ):
            continue
        if _POSSESSOR_BEFORE.search(before, max(0, verb.start() - 40), verb.start()):
            continue  # "he called Cruz’s comments “nonsense”", "her remarks": nouns
        if (
            verb.group().endswith("ed")
            and _PASSIVE_BEFORE.search(before, max(0, verb.start() - 30), verb.start())
            and _SUBORDINATE_OPENER.match(text, s_start)
            and "," in follow
            and not _BY_AGENT.match(before, verb.end())
        ):
            # "After the rulings were announced, Obama ordered ...": what a fronted clause says
            # was announced is no speaker; the main clause after its comma has one
            continue
        if verb.group() in _PARTICIPLES:  # "..., telling him: “...”"
            found = _participle_subject(resolver, p, s_start, lo + verb.start())
            if found:
                return found
        found = resolver.subject_before(p, lo, lo + verb.start())
        if found is None:
            # "quoting Gordon Moore himself, who says his law “can't continue”": the one the
            # relative clause hangs on (not "his law", the reported clause's subject)
            who = _WHO_BEFORE_VERB.search(before, max(0, verb.start() - 30), verb.start())
            if who is not None:
                refs = resolver.people.in_range(p, s_start, lo + who.start())
                if refs and _HIMSELF.fullmatch(text, refs[-1].end, lo + who.start()):
                    found = _Attribution(refs[-1].person, None, refs[-1].start)
        if found is None:
            share = _SHARE_BEFORE_VERB.search(before, max(0, verb.start() - 60), verb.start())
            if share:
                # "61% said Clyburn's endorsement was an “important factor”": a poll's
                # answer (not Clyburn's words, named after the verb)
                return _Attribution(None, share.group().strip(), lo + share.start())
        if found is None and verb.group() not in ("told", "tells", "began"):
            # ("“...,” said Lund"; but "and told Judge Lund: “...”" names whom he told, and
            # "then began a chant: “...”" what he began)
            found = resolver.subject_after(p, lo + verb.end(), seg.start)
        if found:
            return found
    if verbs and before.rstrip().endswith(":"):
        # "Asked about the comments by Berg, ..., Lund sidestepped it with a line: “...”": no
        # verb of speech ("comments" is a noun), so the subject of the clause the colon ends
        return _colon_clause_subject(resolver, p, lo, lo + len(before.rstrip()) - 1)
    return None


def _colon_clause_subject(resolver: _Resolver, p: int, lo: int, colon: int) -> _Attribution | None:
    """The person opening the last clause before a colon (after a comma, behind title
    words), the one whose lead-in it is."""
    text = resolver.masked[p]
    refs = resolver.people.in_range(p, lo, colon)
    if not refs or "," in text[refs[-1].end : colon]:
        return None
    ref = refs[-1]
    if not _LOWER_WORD_AFTER.search(text, ref.end, colon):
        return None  # "..., her late father, Sen. John McCain:": an appositive, no clause
    comma = text.rfind(",", lo, ref.start)
    if comma < 0 or not _titles_only(text[comma + 1 : ref.start]):
        return None
    return _Attribution(ref.person, None, ref.start)


def _titles_only(words: str) -> bool:
    """Whether ``words`` hold nothing but capitalised words and titles ("Sen.", "Mayor"): what
    may stand between a clause's start and the name opening it."""
    return all(w[:1].isupper() or w.lower().rstrip(".") in TITLE_HEADS for w in words.split())


# A possessor before a verb of speech makes it a noun ("Cruz’s comments", "his remarks"); not
# a contraction ("he’s said", "it's claimed").
_POSSESSOR_BEFORE = re.compile(
    r"(?:\b(?:his|her|their|its|our|my|your)|\b(?!(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Tt]here|[Ww]ho|"
    r"[Ww]hat|[Hh]ere|[Ww]here|[Ll]et)[’'])[A-Z][\w.-]*[’']s?)\s+$"
)


def _that_after_time(sentence: str, at: int) -> bool:
    """ "said on Monday that ...": "that" after a time phrase."""
    when = _LEADING_TIME.match(sentence, at)
    return bool(when and _THAT.match(sentence, when.end()))


def _next_segment_start(segments: list[_Segment], after: int, default: int) -> int:
    """Where the first quote starting at or after ``after`` begins (segments are in order)."""
    index = bisect_left(segments, after, key=lambda s: s.start)
    return segments[index].start if index < len(segments) else default


def _previous_segment_end(segments: list[_Segment], before: int) -> int:
    """Where the last quote ending at or before ``before`` ends (0 if none)."""
    index = bisect_right(segments, before, key=lambda s: s.end)
    return segments[index - 1].end if index else 0


_MAX_ATTRIBUTION_WORDS = 20
# "“...,” while analyst Dan Abrams declared": a second clause, with its own speaker.
# "“...” that accepts enrichment, says John Bolton": the quote's relative clause, then the
# inverted attribution
_RELATIVE_THEN_INVERTED = re.compile(
    r"\s*(?:that|which)\s[^,;:_.!?“”\"]{1,100},\s*(?:said|says|added|adds)\s+(?:[A-Z]|the\s)"
)
_NEW_CLAUSE = re.compile(
    # (not "“...,” because of her lifestyle, Johns said": a phrase, then the attribution)
    r"[\s,]*(?:while|whereas|but|although|though|that|because(?!\s+of\b)|since|when|if|"
    r"after|before|until|so)\b"
)
# descriptions that name no one who could go on speaking ("Here are some more:")
_NO_ONE_GOING_ON = frozenset(["more", "others", "some", "many", "most", "several"])
# "— but apparently it will have to wait", "— but denies ...": a dash and "but" end the clause
# (not "— but only if ...", "— but also has to ...", "— but worth it", "— but slowly.": its own)
_DASH_BUT = re.compile(
    r"\s*(?:—|–|--)\s*(?:but|yet)\s+(?!(?:also|not|only|rather|still|even|just|worth)\b)"
    r"(?![a-z]+ly\s*(?:[.,;!?]|$))"
)
# "said his view is “it's all nonsense” and he believes ...": after a reported clause's quote,
# a clause of the reporter's own (but "Lund found it “shocking,” and he wondered": his words);
# so a predicate of the subject before the quote ('said of it, “...,” and speculated that
# Lund wrote it': not Lund)
_AND_GOES_ON = re.compile(
    r"[\s,]*and\s+(?:that|he|she|they|we|I|(?:then\s+|also\s+)?[a-z]{3,}ed)\b"
)
_SAYING_VERB = re.compile(
    r"\b(?:said|says|say|told|tells|argued|argues|claimed|claims|insisted|insists|added|adds|"
    r"wrote|writes|noted|notes|stressed|stresses)\b"
)


def _attribution_sentence_end(text: str, after: int) -> int:
    """“Why now?” Keller asked. — a quote ending in ? or ! ends its sentence, so its
    attribution is the short sentence that follows; where that sentence ends (or ``after``
    when it is too long to be an attribution alone)."""
    for _start, end in split_sentences(text):
        if end > after:
            if len(text[after:end].split()) <= _MAX_ATTRIBUTION_WORDS:
                return end
            return after
    return after


def _main_subject(resolver: _Resolver, p: int, s_start: int, limit: int) -> _Attribution | None:
    """The subject of the main clause: a person opening the sentence, or "he"/"she"."""
    text = resolver.masked[p]
    refs = resolver.people.in_range(p, s_start, limit)
    for index, ref in enumerate(refs):
        if (
            text[ref.end : ref.end + 2] in ("’s", "'s") or _ATTRIBUTIVE_PERSON.match(text, ref.end)
        ) and index + 1 < len(refs):
            # "Baldoni’s lawyer Kevin Fritz said", "Trump’s Special Envoy for Ukraine, Keith
            # Kellogg, called", "a Trump spokeswoman, Hope Hicks, issued": the owner is not
            # the subject.
            following = refs[index + 1]
            between = text[ref.end : following.start]
            if (following.start - ref.end <= 40 and "," not in between) or (
                following.start - ref.end <= 80
                and between.count(",") == 1
                and between.rstrip().endswith(",")
                and "_" not in between
            ):
                return _Attribution(following.person, None, following.start)
        possessed = _POSSESSED_SPEAKER.match(text, ref.end)  # (it opens with the "’s")
        if possessed and _is_subject(text, ref.start):
            # "Mr. Boehner’s office was highlighting ..., saying": his office speaks
            return _Attribution(None, text[ref.start : possessed.end()], ref.start)
        body = _ATTRIBUTIVE_AFTER.match(text, ref.end)
        if body and not _ATTRIBUTIVE_PERSON.match(text, ref.end):
            # "The Trump campaign “is playing ...,” Perkins said", "The Clinton campaign is
            # using the emails ..., accusing him": a modifier of the subject, not the person
            if _is_subject(text, ref.start):
                return _Attribution(None, text[ref.start : body.end()].strip(), ref.start)
            break
        if _is_subject(text, ref.start):
            return _Attribution(ref.person, None, ref.start)
        break
    match = _OPENING_PRONOUN.match(text, s_start, limit)
    if match:
        return resolver.pronoun_attribution(match.group(1), p, s_start)
    return None


_LOWER_WORD_AFTER = re.compile(r"\s[a-z]{2,}")
_WHO_CLAUSE_BEFORE = re.compile(r",\s+who\s+[^,_;]{0,100}$")
_PHRASE_COMMA = re.compile(r",[”\"’]?\s+")
_CLAUSE_SEPARATOR = re.compile(r",|\s[-–—]{1,2}\s")
_CONJOINED_VERB = re.compile(r",\s+(?:but|and)\s+(?:(?:then|also|later|still|again)\s+){0,2}$")
_PERFECT_OPENER = re.compile(r"\s*Having\s+(?:[a-z]+ly\s+|once\s+|already\s+)?[a-z]+ed\b")


def _subject_after_phrase(
    resolver: _Resolver, p: int, start: int, s_end: int
) -> _Attribution | None:
    """The subject of the main clause after a fronted phrase that runs past ``start``: the
    person, pronoun or description after its closing comma."""
    text = resolver.masked[p]
    # (in the paragraph itself: the masked text hides a comma inside the closing mark)
    comma = _PHRASE_COMMA.search(resolver.paragraphs[p], max(0, start - 2), min(s_end, start + 200))
    if comma is None:
        return None
    after = comma.end()
    refs = resolver.people.in_range(p, after, s_end)
    if refs and _titles_only(text[after : refs[0].start]):
        return _Attribution(refs[0].person, None, refs[0].start)  # "..., Sen. Rubio later"
    found = _main_subject(resolver, p, after, s_end)
    if found is None and text.startswith("the ", after):
        # "the Florida senator": the shortest description that names someone
        words = text[after : min(s_end, after + 80)].split()[:4]
        for size in range(2, len(words) + 1):
            found = resolver._describe(" ".join(words[:size]), p, after)
            if found is not None and found.speaker:
                break
            found = None
    return found


# A name and the opening mark right after it: "Governor Tom Lund “is trampling ...”"
_NAME_THEN_QUOTE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*\s*")
_PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]im|[Ss]he|[Hh]er)\b")


def _oblique_mention(text: str, start: int, end: int) -> bool:
    """A name after a preposition ("kind to Lund") or owning something ("Lund's office");
    not the agent of "a statement by Lund", "this message from Lund"."""
    if text[end : end + 2] in ("’s", "'s"):
        return True
    before = text[max(0, start - 14) : start].split()
    word = before[-1].lower() if before else ""
    return word in _PREPOSITIONS and word not in ("by", "from")


_PREDICATE_OPENERS = _FINITE | frozenset(
    "also still never not only already now just probably likely may might must".split()  # noqa: SIM905
)
_CONTINUATIONS = frozenset("because since although though unless but and".split())  # noqa: SIM905


def _continues_opening(rest: str, opening: str) -> bool:
    """Whether what follows a parenthetical attribution ("..., Mr. Lund said, ...") goes on
    from the words before it: their predicate ("Climate change, he says, is ...") or a clause
    joined to a clause ("The plan doesn't work, he says, because ..."); not the main clause
    after a fronted phrase ("Given one more chance ..., Mr. Lund insisted that both sides")."""
    words = rest.split()
    if not words or not words[0][:1].islower():
        return False
    first = words[0].lower().rstrip(",")
    if first in _PREDICATE_OPENERS or first.endswith(("ed", "ly")):
        return True
    return first in _CONTINUATIONS and bool(
        _LOWER_FINITE.search(opening) or "n’t " in opening or "n't " in opening
    )


def _unnamed_source_before(
    earlier: list[Quote], p: int, resolver: _Resolver
) -> _Attribution | None:
    """The source the previous paragraph ends on, when it names no person: "The report stated
    that X." then a quote paragraph with no attribution, the report's words (not the person
    named before it)."""
    if p == 0 or not earlier:
        return None
    last = max(
        # (the paragraph before holds the last quotes found, and no more than a few)
        (q for q in earlier[-8:] if q.end_span.paragraph == p - 1),
        key=lambda q: q.span.start if q.span.paragraph == p - 1 else -1,
        default=None,
    )
    if (
        last is None
        or last.kind != "indirect"
        or last.speaker
        or not last.speaker_description
        or last.span.paragraph != p - 1
    ):
        return None
    head = last.speaker_description.split()[-1].lower()
    if not (_DOCUMENT_HEAD.search(head) or _PERSON_PLURAL.search(head)):
        return None  # ("The former NFL player said ...": the man named before, most likely)
    masked = resolver.masked[p - 1]
    sentences = split_sentences(masked)
    if not sentences or last.span.start < sentences[-1][0]:
        return None  # (a sentence of the reporter's came after it)
    if any(ref.start >= sentences[-1][0] for ref in resolver.people.by_paragraph.get(p - 1, [])):
        return None  # a person is named in that sentence
    return _Attribution(None, last.speaker_description, 0)


def _floating(resolver: _Resolver, p: int) -> _Attribution | None:
    """A quote paragraph with no attribution: who spoke in the previous paragraph ("Lund said
    that Berg had released “...”." then “Now we will see.”), else the last person named there."""
    if p == 0:
        return None
    last = resolver.speaker_before(p, 0)
    unnamed = resolver.unnamed_since(None, p, 0)
    if unnamed is not None and unnamed[0] == p - 1:
        return _Attribution(None, unnamed[4], 0)  # "a spokesman said ..." then “...”
    if last and last[0] == p - 1:
        return _Attribution(last[1], None, 0)
    refs = resolver.people.by_paragraph.get(p - 1, [])
    masked = resolver.masked[p - 1]
    for ref in reversed(refs):  # "Bamberg also zeroed in on when Scott left": Bamberg
        if _is_subject(masked, ref.start) and masked[ref.start : ref.start + 1] != "_":
            return _Attribution(ref.person, None, 0)
    if masked.rstrip().endswith(":"):
        # "A number of commenters were not kind to Lund:", "The committee sent an email:"
        # then quotes: the lead-in's subject speaks, and no person is named in it but as an
        # object or an owner ("I imagine him giving this answer:": the one "him" is)
        sentences = split_sentences(masked)
        lo = sentences[-1][0] if sentences else 0
        named = [ref for ref in refs if ref.start >= lo]
        pronoun = None if named else _PERSON_PRONOUN.search(masked, lo)
        if refs and not named and pronoun is None:
            return None
        if pronoun is not None:
            word = "she" if pronoun.group().lower() == "her" else "he"
            meant = resolver.pronoun_attribution(word, p - 1, pronoun.start())
            return _Attribution(meant.speaker, meant.description, 0)
        if named and all(_oblique_mention(masked, ref.start, ref.end) for ref in named):
            return None
    if refs:
        return _Attribution(refs[-1].person, None, 0)
    if last and last[0] == p - 2:
        if not _ANY_REPORTING.search(masked):
            return _Attribution(last[1], None, 0)  # a paragraph naming no one came between
        # "That's how long he found it took." between the speaker's paragraph and the
        # quote: the pronoun (a subject, not "told him") is the speaker still (one sentence
        # of the reporter's, not a block quote: "He repeated that ... I walked away.")
        pronoun = _SUBJECT_PRONOUN.search(masked)
        if pronoun is not None and len(split_sentences(masked)) == 1:
            meant = resolver.pronoun_attribution(pronoun.group().lower(), p - 1, pronoun.start())
            if meant.speaker == last[1]:
                return _Attribution(last[1], None, 0)
    return None


_LEAD_IN = re.compile(r"\b(?:" + VERBS + r")\b(?:(?!,\s*(?:and|but)\b)[^.!?;]){0,120}:\s*$")
# "... -- Erick Erickson (@EWErickson) November 5, 2014": an embedded tweet's signature
_TWEET_SIGNATURE = re.compile(
    r"(?:--|—|–)\s*(?P<name>[^()—–]{2,60}?)\s*\(@\w{1,30}\)\s*"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\s*$"
)
_TWEET_LINK = re.compile(r"(?:pic\.twitter\.com/|https?://t\.co/)\S*$")
_MAX_BLOCK_CHARS = 700
_TIGHT_LEAD_IN = re.compile(r"\b(?:" + VERBS + r")(?:\s+[^\s:]+){0,3}\s*:\s*$")
_SENTENCE_END = re.compile(r"[.!?][)\]’']?$")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|my|My|us|you|You|your|Your)\b")


def _block_quote(paragraph: str, p: int, lead: _Attribution, tight: bool) -> Quote | None:
    """A paragraph without quote marks after a lead-in ending "... said:": a block quote (a
    tweet, a statement) as the article sets it apart. ``tight``: the verb stands right before
    the colon ("said in a statement:"), not "said the budget includes three changes:"."""
    signed = _TWEET_SIGNATURE.search(paragraph)
    text = paragraph[: signed.start()].strip() if signed else paragraph.strip()
    if not 20 <= len(text) <= _MAX_BLOCK_CHARS or text.startswith(("-", "•", "*", "–", "—")):
        return None
    if not text[:1].isupper() or not _SENTENCE_END.search(text) or _MARK.search(text):
        return None  # a list item, another lead-in, or a paragraph with quotes of its own
    if not (signed or (lead.speaker and tight) or _FIRST_PERSON.search(text)):
        return None  # "Republicans said yes; Democrats said no:" and the reporter goes on
    return _quote_at(text, "direct", p, paragraph.find(text), lead, paragraph)


def _lead_in(resolver: _Resolver, p: int) -> tuple[int, _Attribution] | None:
    """A paragraph ending "Rubio said:" introduces the quote paragraph that follows."""
    text = resolver.masked[p]
    if not text.rstrip().endswith(":"):
        return None
    tail_start = max(0, len(text) - 160)
    match = _LEAD_IN.search(text, tail_start)
    if not match:
        return None
    sentences = split_sentences(text)
    lo = sentences[-1][0] if sentences else 0
    verb = match.group().split()[0]
    if verb in _PARTICIPLES:
        # "Fulop later came out forcefully, saying that “...”:": who is saying it
        found = _participle_subject(resolver, p, lo, match.start())
    else:
        found = resolver.subject_before(p, lo, match.start())
    return (p, found) if found else None


# --- reported speech ----------------------------------------------------------------------------

_INDIRECT_VERBS = (
    r"said|says|say|saying|told|tells|added|adds|argued|argues|claimed|claims|noted|notes|suggested|"
    r"suggests|warned|warns|insisted|insists|predicted|predicts|forecasted|"
    r"reported|reports|announced|announces|acknowledged|acknowledges|admitted|admits|"
    r"explained|explains|stressed|emphasized|emphasised|confirmed|confirms|wrote|writes|"
    r"tweeted|stated|states|contended|contends|maintained|maintains|indicated|indicates|"
    r"signaled|signalled|estimated|alleged|alleges|asserted|asserts|declared|declares|"
    r"conceded|concedes|countered|recalled|revealed|disclosed|assured|reiterated|agreed|"
    r"agrees|denied|denies|concluded|observed|complained|hinted|projected|implied|implies|"
    r"marveled|marvelled|marvels|signaling|signalling|telegraphed|telegraphing|"
    r"telegraphs|"
    # ("many loudly proclaimed that they could never vote for him"; not "self-proclaimed")
    r"(?<!-)proclaimed(?=\s+that\b)|(?<!-)proclaims(?=\s+that\b)|"
    r"learned|found|showed|shows|telling|"
    # "Ryan was also adamant that he wasn't running": a firm statement
    r"(?:(?<=\bwas )|(?<=\bwere )|(?<=\bis )|(?<=\bare )|(?<=\balso )|(?<=\bbeen ))"
    r"(?:adamant|insistent|emphatic)(?=\s+that\b)|"
    # "had written in his 2012 book that ...": a written statement
    # (not the passive "was written into the law that", "are written in a way that")
    r"(?<!\bwas )(?<!\bwere )(?<!\bare )(?<!\bis )(?<!\bbeen )(?<!\bbe )"
    r"written(?=\s+(?:[^.,;:_]{0,60}\s)?(?<!\bway )that\s)|"
    # "..., writing in a memo recommending the firing that it was wrong"
    r"(?<=, )writing(?=\s+(?:[^.,;:_]{0,60}\s)?that\s)|"
    r"argue|insist|warn|acknowledge|contend|predict|agree|"
    r"suggest|claim|note|estimates|estimate|concluded|conclude|"
    r"adding|noting|arguing|explaining|insisting|warning|stressing|claiming|suggesting|"
    # ("..., alleging that", "and alleging that"; not "postings falsely alleging that")
    r"(?:(?<=, )|(?<=and ))alleging(?=\s+that\b)|remarked(?=\s+that\b)|"
    # (these take an object as often as a clause: "declaring a state of emergency")
    # ("took office declaring he could end the war", "announcing Tom Hale would become chair":
    # a pronoun or a name, then an auxiliary)
    r"declaring(?=\s+that\b|\s+(?:he|she|they|we|I)\s+(?:would|will|could|can|had|has|was|is)\s)|"
    # ("..., stating it did not protect workers": a pronoun, then an auxiliary)
    r"(?:stating|asserting)(?=\s+that\b|\s+(?:he|she|it|they|we|I)\s+"
    r"(?:would|will|could|can|had|has|was|is|were|are|did|does|do)\s)|"
    r"acknowledging(?=\s+that\b)|admitting(?=\s+that\b)|"
    r"announcing(?=\s+that\b|\s+(?:(?:[A-Z][\w.’'-]*\s+){1,3}|(?:he|she|it|they|we)\s+)"
    r"(?:would|will|had|has|was|is)\s)|"
    r"lamenting(?=\s+that\b)|complaining(?=\s+that\b)|boasting(?=\s+that\b)|"
    # ("..., promising that this version will prevent ...": a commitment is said)
    r"(?:promising|vowing|pledging)(?=\s+that\b)|"
    # ("complaining it will stain his legacy": a pronoun, then an auxiliary)
    r"(?:lamenting|complaining|boasting|acknowledging|admitting)(?=\s+(?:he|she|it|they|we|I)\s+"
    r"(?:would|will|could|can|had|has|was|is|were|are|did|does|do)\s)|"
    r"(?:boasted|bragged|boasts|brags|ranted|rants|raged|fumed)(?=\s+that\b)|"
    # "reports state that" (after a plural: not "the state that Pence calls home")
    r"(?<=[a-z]s )state(?=\s+that\b)|"
    r"conceding(?=\s+that\b)|predicting(?=\s+that\b)|contending(?=\s+that\b)|"
    r"confirming(?=\s+that\b)|reiterating(?=\s+that\b)|"
    # (after a comma: not "issued a statement clarifying that": the statement's)
    r"(?<=, )clarifying(?=\s+that\b)|"
    r"assert(?=\s+that\b)|indicate(?=\s+that\b)|"
    # "Dionne proposes instead that he is a threat": a claim put forward
    r"(?:proposed|proposes|propose|posited|posits|theorized|theorizes)"
    r"(?=\s+(?:instead\s+|also\s+)?that\b)|"
    r"maintaining(?=\s+that\b)|responded(?=\s+that\b)|replied(?=\s+that\b)|"
    # (a commitment: "threatened to veto", "pledging to crack down")
    r"threatened(?=\s+(?:not\s+)?to\s)|threatens(?=\s+(?:not\s+)?to\s)|"
    r"vowing(?=\s+(?:not\s+)?to\s)|pledging(?=\s+(?:not\s+)?to\s)|"
    r"promising(?=\s+(?:not\s+)?to\s)|"
    r"demanded(?=\s+that\b)|demands(?=\s+that\b)|"
    # (a directive: "urged Congress to act", "calling on Kyiv to start talks", "urged that")
    r"urged(?=\s)|urges(?=\s)|urging(?=\s)|"
    r"called\s+on(?=\s)|calls\s+on(?=\s)|calling\s+on(?=\s)|"
    # ("called for the agency to suspend ...": a directive; not "called for a vote")
    r"called\s+for(?=\s)|calls\s+for(?=\s)|calling\s+for(?=\s)|"
    r"pointed\s+out|points\s+out|underlined|underscored|clarified|cautioned|reaffirmed|"
    # ("as the Journal and others are pointing out, the report ...": the progressive)
    # (the word first, its context after: a branch that opens with a look-behind is tried at
    # every word of every sentence)
    r"pointing(?:(?<=\bis pointing)|(?<=\bare pointing)|(?<=\bwas pointing)|"
    r"(?<=\bwere pointing)|(?<=\bbeen pointing))\s+out|"
    # (not a gerund subject: "proved that pointing out that Bush was in office is ...")
    r"pointing(?<!\bthat pointing)(?<!\bto pointing)(?<!\bof pointing)(?<!\bby pointing)"
    r"(?<!\bfor pointing)(?<!\babout pointing)(?<!\bwithout pointing)"
    r"\s+out(?=\s+(?:[a-z]+ly\s+)?that\b)|"
    r"affirmed|testified|speculated|lamented|boasted|remarked|mentioned|point\s+out|"
    # ("they had ruled out Paul": no ruling)
    r"questioned|asked|wondered|continued|ruled(?!\s+out\b)|accused|accuses|accusing|promised|promises|"
    r"pledged|pledges|vowed|vows|allege|charges|charged|reminded|reminds|"
    # ("Democrats charge that ...", "hastened to add that ...")
    r"charge(?=\s+that\b)|add(?=\s+that\b)|"
    # present tense of the verbs above, for "..., the analyst stresses."
    # (not "remarks", "tweets", "mentions", "hints": mostly nouns)
    r"emphasizes|emphasises|stresses|recalls|complains|reiterates|cautions|observes|concludes|"
    r"underlines|testifies|laments|boasts|clarifies|reveals|discloses|"
    r"opined|opines|projects|confirm|"
    # base forms for a plural subject ("Some economists emphasize that ..."), and verbs that
    # take a clause only with "that" (not "the stress that", "an admit")
    r"emphasize(?=\s+that\b)|emphasise(?=\s+that\b)|stress(?=\s+that\b)|"
    r"explain(?=\s+that\b)|concede(?=\s+that\b)|maintain(?=\s+that\b)|"
    r"complain(?=\s+that\b)|reiterate(?=\s+that\b)|observe(?=\s+that\b)|"
    r"speculate(?=\s+that\b)|speculates(?=\s+that\b)|admit(?=\s+that\b)|"
    r"deny(?=\s+that\b)|recommend(?=\s+that\b)|recommends(?=\s+that\b)|"
    r"recommended(?=\s+that\b)|wonders(?=\s+(?:if|whether)\b)|"
    r"reassured(?=\s+\w+\s+that\b)|reassures(?=\s+\w+\s+that\b)|"
    r"countering(?=\s+that\b)|asks(?=\s)|asking(?=\s)|ordered(?=\s)|orders(?=\s)|"
    r"ordering(?=\s)|"
    # (only before someone and what they are to do: not "a setup pressed by lawmakers")
    r"(?:pressed|encouraged|implored|begged)(?=\s+(?!(?:by|for|ahead|on)\b)[\w.’'-]+"
    r"(?:\s+(?!(?:on|about|over|as|for|with|by)\b)[\w.’'-]+){0,3}\s+to\s+[a-z])|"
    # "expressed optimism that", "voiced concern on Monday that"
    r"(?:expressed|expresses|expressing|voiced|voices|voicing)\s+(?:[\w-]+\s+)?"
    r"(?:optimism|hope|confidence|concern|concerns|doubt|doubts|fear|fears|frustration|"
    r"skepticism|scepticism|surprise|regret|dismay|disappointment|worry|worries|alarm|anger)"
    r"(?=\s+(?:(?:on|in|at|during)\s+[\w-]+(?:\s+[\w-]+)?\s+)?that\b)|"
    # "made clear in his remarks that ...", "made clear on the call it was ..."
    r"made\s+clear|makes\s+clear|make\s+clear|"
    # ("..., making clear he was rethinking it": after a comma, the subject's participle)
    r"(?<=, )making\s+clear"
)
# "boasting recently that", "lamenting bitterly that": an adverb may come before the "that"
_INDIRECT_VERBS = _INDIRECT_VERBS.replace(r"(?=\s+that\b)", r"(?=\s+(?:[a-z]+ly\s+)?that\b)")
# "..., adding that ...": the participle's subject is the subject of the verb before it.
_PARTICIPLES = frozenset(
    """
    saying adding noting arguing explaining insisting warning stressing claiming suggesting
    telling asking declaring writing stating tweeting posting asserting acknowledging admitting
    announcing conceding predicting contending maintaining vowing pledging promising urging
    confirming reiterating clarifying accusing alleging lamenting complaining boasting
    """.split()  # noqa: SIM905
) | {"calling on", "making clear", "pointing out"}
_PARTICIPLE_NEXT = re.compile(r",?\s*(?:" + "|".join(sorted(_PARTICIPLES)) + r")\b")
_FRONTED_PARTICIPLE = re.compile(
    # (after a dateline: "Washington (CNN) - Saying ...")
    r"(?:[^“\"_.]{0,40}?\s[-–—]{1,2}\s+)?\s*(?:"
    + "|".join(sorted(w.capitalize() for w in _PARTICIPLES - {"telling"}))
    + r"|Calling|Describing|Telling\s+\S+(?:\s+\S+)?)(?:\s+(?:that|it|him|her|them))?\s*[“\"]?"
)
_MAIN_AFTER_PHRASE = re.compile(
    r"(?:,[”\"]?|_[”\"])\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s+"
    r"(?:\w+ly\s+)?(?:[a-z]{3,}ed|" + _IRREGULAR_PAST + r"|said|says|told)\b"
)
_COMMA_AFTER_QUOTE = re.compile(r"[”\"]?\s*,?\s*")
_SUBORDINATORS = frozenset(
    """
    when while after before as if because since until although though whether once unless
    """.split()  # noqa: SIM905
)
# ", but she said that ...": a second attribution inside the clause ends the first one.
_THAT_PARTICIPLES = r"adding|noting|arguing|explaining|insisting|warning|stressing"
_NEXT_ATTRIBUTION = re.compile(
    # (every alternative opens with a comma or one of these words: checked first, a search
    # over a long clause stays cheap)
    r"(?=,|\s+(?:and|but|while|although|though|whereas|then|after|before|because|since|"
    r"until)\b)(?:"
    # "they will not defend it after a lower court said the law should fall": the court's
    r"\s+(?:after|before|because|since|until)\s+(?:a|an|the|his|her|their|its)\s+"
    r"(?:[\w’'.-]+\s+){0,5}?(?:said|says|ruled|rules|told|tells|announced|argued|wrote|"
    r"testified|claimed)\s+"
    # (a clause must follow: not "after the state court ruled against him", "because the
    # board told her to", "after the other side announced new demands")
    r"(?=(?:[\w’'-]+\s+){0,3}?that\b|(?:him|her|them|us|me|reporters)\s+"
    r"(?:that|he|she|it|they|we|I)\b|(?:he|she|it|they|we|I|the|a|an|his|its|their|this|these|"
    r"those|only|some|many|all|no|[A-Z][\w’'-]*)(?:[’']s)?\s+\S)|"
    r",\s*(?:" + _THAT_PARTICIPLES + r")\s+that\b|"
    # "He said A, adding, “B.”": the quote that follows is B's own
    r",\s*(?:" + _THAT_PARTICIPLES + r"|saying)\s*[,:]?\s*[“\"]|"
    # "He pointed out that A, and said, “B.”": the same subject's next act, a quote
    r",?\s+and\s+(?:then\s+|also\s+|later\s+)?(?:said|says|added|adds|told\s+\w+|wrote)"
    r"\s*[,:]\s*[“\"]|"
    # "Gorsuch asserted that A, said that B": the same subject's next verb
    r",\s*(?:also\s+|again\s+|later\s+|then\s+)?(?:said|says|added|noted|argued|insisted|warned|"
    r"stressed)\s+that\b|"
    # "who signaled he would vote for Boehner, announced he would oppose him": the main verb
    r"(?P<second>,\s*(?:also\s+|later\s+|then\s+)?(?:announced|said|added|argued|insisted|"
    r"warned|declared|acknowledged|conceded|wrote|tweeted)\s+"
    # ("Lund, noting that A, said her cabinet would B": the main verb and its clause)
    r"(?=(?:he|she|they|it|we|I|his|her|their|its)\s))|"
    # "saying that a no-fly zone was not advisable and warning that ...": a second one
    r",?\s+and\s+(?:" + _THAT_PARTICIPLES + r")\s+that\b|"
    # "argued that A, stating that B", "claiming that A and alleging that B": a second one
    r",\s*(?:and\s+)?(?:stating|claiming|alleging|asserting|acknowledging|admitting|conceding|"
    r"contending|maintaining|confirming|predicting|suggesting)\s+that\b|"
    r"\s+and\s+(?:stating|claiming|alleging|asserting)\s+that\b|"
    # "saying he never offered a bribe and saying he was tiring of it" (not "the protesters
    # were chanting and saying that ...": their own progressive)
    r"(?<!ing),?\s+and\s+(?:saying\s+that\b|(?:" + _THAT_PARTICIPLES + r"|saying)\s+"
    r"(?=(?:he|she|they|it|we|I|there)\s))|"
    # "Brookes, who has said that the denials were lies, told USA TODAY she ...": the
    # relative clause ends, the main verb speaks on
    r",\s+told\s+(?=\S)|"
    # "he isn't ready to issue an order, saying it isn't needed": a second statement
    # ("questioned why it took them, claiming the remarks are wrong": so is a claim)
    r",\s*(?:saying|claiming|suggesting)\s+(?=(?:he|she|it|they|we|I|there|the|this|that)\b)|"
    r",?\s+(?:but|and|while|although|though)\s+(?:he|she|they|others|some|many|most|[A-Z][\w.'’-]+"
    # ("..., and Fiorina's campaign said she had ...": one who speaks for a person named)
    r"(?:\s+[A-Z][\w.'’-]+){0,2}(?:(?<=['’]s)\s+(?:campaign|office|spokesman|spokeswoman|"
    r"spokesperson|team|aides?|lawyers?|attorneys?))?"
    # ("..., but the president said he did think ...": a title the article gives someone)
    r"|the\s+(?:[a-z]+\s+)?(?:" + word_alternation("|".join(sorted(TITLE_HEADS))) + r"))"
    r"\s+(?:also\s+)?(?:said|says|told|tells|added|argued|noted|"
    r"insisted|warned|stressed|explained|acknowledged|claimed)\b|"
    # "admitted loaning his apartment but has said he didn't know": the same subject again
    r"\s+but\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|insisted|maintained)\s+(?=\S)|"
    # "Police reported that A, but protesters said B": a group that speaks for itself
    r",\s+(?:but|while|whereas|although|though)\s+(?:the\s+|other\s+|some\s+|many\s+)?"
    r"(?:[a-z][\w'’-]*\s+){0,2}?[a-z]{3,}s\s+(?:also\s+)?(?:said|say|told|argued|argue|noted|"
    r"insisted|insist|warned|warn|countered|counter|claimed|claim|contend|contended)\b|"
    # "Trump advisers are quick to point out that A and note it will save money": the
    # group's second verb, in the plural present
    r"\s+and\s+(?:also\s+)?(?:note|say|argue|insist|warn|add|contend|stress)\s+"
    r"(?=(?:it|he|she|they|we|there|the|this|that)\s)|"
    # "they didn't cross any lines, and in the case of Kasich, the groups said B": a fronted
    # phrase, then a speaker of its own
    r",\s+(?:and|but)\s+(?:in|on|at|for|after|during|since|with)\s[^,;:_]{2,80},\s+"
    r"(?:(?:the|some|many|other)\s+)?(?:[a-z][\w'’-]*\s+){0,2}?(?:[a-z]{3,}s|he|she|they)\s+"
    r"(?:also\s+)?(?:said|say|says|told|argued|insisted|warned|claimed|noted)\b|"
    # "with the White House saying A and Trump accusing him of B": another's absolute phrase
    r",?\s+and\s+(?:[A-Z][\w.'’-]+\s+){1,3}(?:saying|accusing|calling|claiming|arguing|"
    r"insisting|warning|adding|noting|suggesting|denying|blaming|charging|describing|urging)\b|"
    # "one court ruled that A, and another appeals court said B": another speaker
    r",\s+(?:and|but|while|whereas)\s+(?:another|a\s+second|the\s+other)\s+"
    r"(?:[a-z][\w'’-]*\s+){0,2}?[a-z]{3,}\s+(?:also\s+)?(?:said|says|told|ruled|rules|argued|"
    r"found|insisted|warned|countered|claimed|concluded)\b|"
    # "he met with Durham, at which point Durham told Horowitz he ...": the next one speaks
    r",\s+(?:at which point|after which|whereupon|when)\s+(?:he|she|they|[A-Z][\w.'’-]+"
    r"(?:\s+[A-Z][\w.'’-]+){0,2})\s+(?:also\s+)?(?:said|told|added|argued|warned|insisted|"
    r"explained|acknowledged|claimed)\b|"
    # "..., but in response to a question from Berg, Lund said ...": a phrase before them
    r",?\s+(?:but|and|while|although|though)\s+(?:in|on|at|during|after|before|asked|when|"
    r"speaking|responding)\b[^,_.;]{1,80},\s+(?:he|she|they|[A-Z][\w.'’-]+"
    r"(?:\s+[A-Z][\w.'’-]+){0,2})\s+(?:also\s+)?(?:said|says|told|tells|added|argued|noted|"
    r"insisted|warned|stressed|explained|acknowledged|claimed)\b|"
    # "authorities said A, but later, police spokesman Tom Lund said B": after an adverb
    # and its comma, another speaker
    r",?\s+(?:but|and|while)\s+(?:later|then|now|since|afterward|afterwards|subsequently|"
    r"meanwhile|however|today|yesterday)\s*,\s+(?:[\w.'’-]+\s+){1,6}?(?:said|says|told|"
    r"tells|added|argued|noted|insisted|warned|stressed|explained|acknowledged|claimed)\b|"
    # ("..., but subsequently admitted that B", "..., but remarked that B")
    r",?\s+(?:but|and)\s+(?:also\s+|later\s+|then\s+|[a-z]{3,}ly\s+)?(?:added|said|noted|"
    r"insisted|warned|stressed|argued|admitted|acknowledged|conceded|remarked|stated|claimed|"
    r"confirmed|explained)\s+that\b|"
    r",?\s+(?:but|and|while)\s+(?:[\w'’-]+\s+){1,4}?(?:said|warned|argued|noted|insisted|"
    r"claimed|countered|stressed)\s+that\b|"
    r",\s+(?:but|and|while)\s+(?:[\w'’-]+\s+){1,4}?(?:accused|accuses|denied|denies)\s|"
    # "..., and on Monday her son Tom Lund urged Democrats to ...": a directive of another
    r",\s+(?:but|and|while)\s+(?:[\w.'’-]+\s+){1,7}?(?:urged|urges|called\s+on|calls\s+on)\s|"
    # "said the doctor poses no threat and urged New Yorkers to ...": the subject's directive
    r",?\s+and\s+(?:also\s+|then\s+)?(?:urged|urges|called\s+on|calls\s+on)\s|"
    # "... was aimed at the candidacy, but said there is no evidence ...", "first said A, then
    # said B": a second clause
    r",?\s+(?:but|and|(?:and\s+)?then)\s+(?:also\s+|later\s+)?(?:said|says|added|noted|"
    r"insisted|warned|stressed|argued|suggested|predicted|predicts|wondered|wonders|"
    r"speculated|conceded|acknowledged|argues|insists|notes|warns|adds|contends|maintains|"
    r"stresses|suggests|acknowledges|concedes)\s)"
)
# A sentence's subject and its relative clause up to the verb: "Sen. Tom Berg, who has said"
_SUBJECT_WHO = re.compile(
    r"\s*(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w.’'-]*(?:\s*\([^()_]{1,30}\))?,\s+who\s+"
    r"(?:(?:has|had|have|also|previously|once|earlier|repeatedly|publicly|later)\s+)*"
)
_MAIN_PREDICATE = re.compile(
    r",\s+(?:(?:also|then|later|now|still|has|had|was|is|will|would)\s+)?"
    r"(?:[a-z]+ed|left|told|said|says|went|came|took|made|gave|won|lost|met|ran|sent|spent|"
    r"held|kept|led|wrote|is|was|has|had|will|would|can|could|remains|plans|wants)\b"
)
_PREDICATE_IN_ATTR = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){1,3}(?:had|has|have|was|were|would|will)\s+(?:\w+ly\s+)?"
    r"[a-z]{3,}(?:ed|en)\s+\S"
)
_AMOUNT_OBJECTS = frozenset("little nothing much something anything everything".split())  # noqa: SIM905
_DENIALS = frozenset(["denied", "denies", "deny"])
# ", the official said,": an attribution set inside the sentence it reports
_PARENTHETICAL_SAID = re.compile(
    r",\s+(?:the|a|an|one|two|three|several|[A-Z][\w.’'-]*)\s+(?:[\w.’'-]+\s+){0,4}?"
    r"(?:said|says|added|told\s+[\w\s]{1,30}?),\s"
)
# "Trump unloaded, calling": a past verb (and a few words) after the subject, then a comma
_ACTED_THEN_COMMA = re.compile(
    r"\s+(?:\w+ly\s+)?(?:[a-z]{3,}ed|" + _IRREGULAR_PAST + r")(?:\s+[a-z]+){0,3},\s*"
)
# ", say multiple people with knowledge, ": a source after its verb, inside a clause
_INVERTED_ASIDE = re.compile(r",\s+(?:said|says|say)\s+(?P<source>[^,;:_“”\"]{3,80}?),\s+")
_NOUN_THEN_AUX = re.compile(
    r"[a-z]+\s+(?:must|should|would|will|could|can|may|might|is|are|was|were|has|have|had)\s"
)
_FRONTED_PP = re.compile(
    r"(?:At|In|On|For|By|With|Without|Under|After|Before|Ultimately|Still|Now|Instead|Above)\s"
)
_NOT_PREDICATE_OPENERS = frozenset(
    "that to the a an he she they it we i and but or as who which".split()  # noqa: SIM905
)
_PARTY_TAG_COMMAS = re.compile(r",\s*" + PARTY_TAG.pattern + r",")
_PLURAL_NOUN_VERBS = frozenset("states reports claims notes estimates charges".split())  # noqa: SIM905
# ", states administer ...", ", reports show ...": a plural noun opening the main clause
_MAIN_CLAUSE_NOUN = re.compile(r", (?:" + "|".join(sorted(_PLURAL_NOUN_VERBS)) + r")$")
_PREPOSITION_PHRASE_END = re.compile(
    r"\b(?:in|of|across|from|for|among|to|at|by|with)\s+(?:[\w’'-]+\s+){0,3}$"
)
# ("claiming it is biased and labeling it the “Clinton News Network”": the next act)
_NAMING_PARTICIPLES = frozenset(
    "calling describing labeling labelling branding dubbing deriding denouncing".split()  # noqa: SIM905
)
_AND_PARTICIPLE = re.compile(r",?\s+and\s+([a-z]{3,}ing)\b")
_NOUN_AFTER_ING = re.compile(r"\s+[a-z]+s\s+(?:to|and|or|that|were|are)\b|[,.;]")
# "As my colleague Ana Berg reports, ...", "As the report notes in its summary, ..."
_FRONTED_AS = re.compile(
    r"\s*\(?As\s+(?!(?:for|of|if|part|well|soon|long|much|many|far|usual|a|an|such)\b)"
    r"[^,_;:]{1,60}\s+"
)
_UP_TO_COMMA = re.compile(r"(?:\s+[^,_;:]{1,40}?)?,\s+")
# ", as she arrived in Japan", ", as North Korean leader Kim vowed to ...": a person's own
# past act, told by the reporter beside what was said (not ", as demand grew": a lower-case
# subject may be part of what was said)
_AS_NARRATION = re.compile(
    r",\s+as\s+(?:(?:he|she|they)\s+|(?:[A-Z][\w.’'-]*\s+)(?:[A-Za-z][\w.’'-]*\s+){0,6}?)"
    r"(?:(?:also|then|later|again)\s+)?(?:[a-z]{3,}ed|" + _IRREGULAR_PAST + r"|was|were)\b"
)
_GERUND = re.compile(
    r"\s*(?:ever\s+|(?:repeatedly|previously)\s+)?"
    # (not a noun: "denied wrongdoing and threatened to sue")
    r"(?!(?:during|nothing|anything|something|everything|wrongdoing|building|funding|"
    r"spending|hearing|meeting|ruling|training|shooting|bombing|killing|briefing|warning|"
    r"evening|morning|reporting|polling|housing|finding|offering|filing|setting|thing)\b)"
    r"[a-z]{2,}ing\s+\S"
)
_GERUND_END = re.compile(r"[,;(]|\s+(?:and|then|but)\s+(?:then\s+)?[a-z]+ed\b")
_CONTRACTED_SUBJECT = re.compile(r"(?:he|she|it|that|there|they|we|i)[’'](?:s|re|ll|d|ve|m)")
_INNER_SUBORDINATORS = ("while", "though", "because", "whereas")  # (all the pattern's words)
_INNER_SUBORDINATE = re.compile(
    r"(?:,\s+|\bthat\s+)(?:while|although|though|whereas|because(?!\s+of\b)|even\s+though)\s"
)
_MAIN_AFTER_SUBORDINATE = re.compile(
    r",\s+(?:(?:few|many|some|most|the|a|an|no|other|several|[A-Z][\w’'-]*)\s+)"
    # (not "..., many of whom have lost money", "..., the same people who elected her")
    r"(?:(?!(?:who|whom|which|whose|that)\b)[\w’'-]+\s+){0,3}?(?:\w+ly\s+)?"
    r"(?:have|has|had|is|are|was|were|will|would|can|could|"
    r"should|may|might|must|do|does|did|[a-z]{3,}ed|" + _IRREGULAR_PAST + r")\b"
)
_SUBORDINATE_OPENING = re.compile(
    r"\s*(?:After|When|While|As|Before|Since|Although|Though|If|Because|Once|Until|"
    r"Even\s+as|Even\s+though|"
    # "And because the administration agrees that X, the Court ...": after a conjunction
    # (not "And while he promised to X, he has not acted, making clear ...": kept whole)
    r"(?:And|But|So|Yet)\s+(?:after|when|as|before|since|although|though|if|because|"
    r"once|until|even\s+though|even\s+as))\s"
)
_NOUN_PREP_AFTER = re.compile(r"\s+(?:against|of|about|from|by|for)\s")
# "did not say", "did not explicitly say", "neither confirm nor deny"; but "not only said"
_NEGATED = re.compile(
    r"(?:n[’']t|\bnot|\bnever|\bneither)\s+(?:(?!only\b|merely\b|simply\b)\w+ly\s+)?$"
)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|can|may|might|must|should)\s+$")
_BUT_ONLY = re.compile(
    # ("..., but subsequently admitted that")
    r"[\s,]*(?:(?:but|and|(?:and\s+)?then)\s+(?:(?:has|have|had)\s+)?"
    r"(?:also\s+|later\s+|since\s+|(?!only\s)[a-z]{3,}ly\s+)?"
    r"|,\s*(?:again|also|later)\s+)"  # "X, who urged A, again called on B"
)
# "went after him for telling the Post he ...": the object's words (not "came under
# criticism for saying", "stopped short of saying": the subject's)
# "... hours after she told": the verb of speech inside a subordinate clause (not "Shaub,
# head of the office until July 2017, said": a comma closes that phrase)
_SUBORDINATE_CLAUSE_END = re.compile(
    r"\b(?:after|when|while|because|since|before|until|although|though|if|once|as)\s[^,;]{0,60}$",
    re.IGNORECASE,
)
_OBJECT_FOR_BEFORE = re.compile(r"\b(?:him|her|them)\s+(?:for|of)\s+$")
_MADE_CLEAR = frozenset(["made clear", "makes clear", "make clear", "making clear"])
_POSSESSIVE_WORD = re.compile(r"\w[’']s\b")
# "made clear Sunday it will not budge": without "that", a clause opening with a pronoun
# (not "made clear his intentions when asked", an object).
_PRONOUN_CLAUSE = re.compile(r"\s*(?:he|she|it|they|we|I|there)\s")
_NAMED_CLAUSE = re.compile(
    r"\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+"
    r"(?:would|will|is|was|has|had|could|should|can|must|did|does|wants|wanted)\b"
)
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|be)\s+$")
_INDIRECT_PATTERN = word_alternation(_INDIRECT_VERBS)
_INDIRECT_VERB = re.compile(r"(?=[a-z])\b(?:" + _INDIRECT_PATTERN + r")\b")  # (see _MARK)
_TRAILING = re.compile(
    # "specified" only here: "..., it specified." (not "a specified crime")
    # (not the comma of a number: "there were 332,000 jobs added to payrolls")
    r",(?!\d)\s*(?P<attr>[^,;:_]{2,120}?)\s+"
    + _AUX
    + r"(?P<verb>"
    + _INDIRECT_PATTERN
    + r"|specified)\b"
    r"(?P<rest>[^,;:_]{0,80})"
    # "..., the Post reported, citing a diplomat": a participle phrase after the attribution,
    # or a clause of the reporter's with a subject of its own ("..., the governor said, as
    # Moscow claims gains"; not "..., he said, because the period ...": his clause goes on)
    r"(?:,\s*(?:[a-z]{3,}ing\b|(?:as|while)\s+[A-Z]|"
    # "..., Fitch says, as opposed to domestic issues.": a contrast of the reporter's; "...,
    # officials said, with 15 people wounded": an absolute phrase of the reporter's
    r"as\s+opposed\s+to|rather\s+than|unlike|in\s+contrast|with\s)"
    r"[^;:_]{0,160}?)?[.!?]?\s*$"
)
# What may follow a trailing "X said": when, where, to whom, how ("said Tuesday", "told
# reporters", "wrote in a statement", "said repeatedly"); not an object ("stressing caution").
_ATTRIBUTION_REST = re.compile(
    r"\s*(?:[A-Z0-9]|\w+ly\b|(?:on|in|at|during|to|from|via|through|after|before|while|when|"
    r"as\s+(?:he|she|they)|amid|over|outside|inside|without|following|ahead|under|near|"
    r"across|behind|upon|despite|online|privately|publicly|"
    r"last|this|earlier|later|today|tonight|yesterday|again|also|too|then|afterward|afterwards|"
    r"reporters|journalists|lawmakers|senators|members|him|her|them|us|me|of|about|with|by|"
    r"late|early|recently|previously|separately|instead|once|twice|here|there|now|"
    r"the\s+(?:\w+\s+)?(?:newspaper|agency|outlet|station|network|magazine|paper|"
    r"committee|panel|audience|crowd|court|jury|press))\b)"
)
_ADDED_TO = re.compile(r"\s+to\s+(?:that|the|this|its|his|her|their)\s")
_PHRASE_REST = re.compile(
    r"\s*(?:on|in|at|during|via|through|after|before|amid|over|last|this|earlier|later)\s"
)
# What cannot follow a trailing "X said": the start of the reported clause itself.
_CLAUSE_OPENERS = frozenset("that he she they it we i there this".split())  # noqa: SIM905
_THIS_TIME = re.compile(
    r"\s*this\s+(?:week|month|year|morning|afternoon|evening|weekend|spring|summer|fall|"
    r"autumn|winter)\b"
)  # "..., officials said this week": a time, not "said this is ..."
_DETERMINER_OPENERS = frozenset("the a an his her their its".split())  # noqa: SIM905
_OBJECT_OPENERS = _DETERMINER_OPENERS | {"this", "these"}
# Verbs that invert after a clause: "..., said Keller." (not "..., told Keller").
_INVERTED_VERBS = (
    r"said|says|say|added|adds|wrote|writes|explained|noted|continued|argued|insisted|recalled|"
    r"warned|stated|declared|remarked|observed|replied|responded|countered|concluded|"
    r"acknowledged|admitted|conceded|asserted|reported|announced|tweeted|posted|notes|"
    r"explains|argues|insists|warns|observes|concludes|recalls|continues|cautions|cautioned|"
    r"emailed|e-mailed|texted|messaged"
)
_INVERTING = frozenset(_INVERTED_VERBS.split("|"))
# "..., said its air defences shot down six drones": the clause follows the verb.
_RELATIVE_IN_ATTR = re.compile(
    r"\b(?:that|which)\s+(?:many|some|most|few|all|he|she|they|it|we|I|[A-Z][a-z]+)\b"
)
_CONTRACTED_VERB = re.compile(r"\b(?:it|that|there|here|what)[’']s\b", re.IGNORECASE)
_NOT_INVERTED_SUBJECT = frozenset(
    "he she they it that its his her their our my we i there this these those".split()  # noqa: SIM905
)
# A clause that is only an opening phrase: "During her years at CBC" (no comma, no verb).
_DETERMINED_ADJECTIVE = re.compile(r"\b(?:a|an|the)\s+[\w-]+ed\b")
_OPENER_PREPOSITIONS = (
    r"(?:during|in|on|at|after|before|since|despite|amid|with|for|from|over|under|as|while|"
    r"when|throughout|following)\s[^,]*"
)
_OPENER_ONLY = re.compile(
    r"(?:[a-z]+ly,\s+)?"  # ("Naturally, over on NBC")
    # ("On Sunday, in a packed ballroom": phrase after phrase)
    r"(?:" + _OPENER_PREPOSITIONS + r",\s+)*" + _OPENER_PREPOSITIONS + r"$",
    re.IGNORECASE,
)
_FINITE_AUX = r"is|was|were|are|has|have|had|would|will|could|should|can|did|does"
_FINITE_WORD = re.compile(r"\b(?:" + _FINITE_AUX + r"|must|might|may|\w+ed)\b")
# (a lower-case past only: "told The Associated Press" holds no verb of its own)
_LOWER_FINITE = re.compile(r"\b(?:" + _FINITE_AUX + r"|[a-z]+ed)\b")
_DESCRIPTION_END = re.compile(r",\s+(?:the|a|an|another|his|her|its|their)\s+[^,_]{1,80}$")
_TRAILING_LONG = re.compile(
    r",\s+" + _AUX + r"(?P<verb>said|says|added|wrote|stated|noted|warned|argued|insisted|"
    r"explained|stressed|emphasized|emphasised|told\s+\w+|announced|claimed)"
    # (and when, where or how: "..., the special agent in charge, said Thursday.")
    r"(?P<rest>\s+[^,;:_]{1,50}?)?\s*[.!?]?\s*$"
)
# "said X" and what may follow X to the end of the sentence (not at the comma of "1,373":
# "..., said the number reached 1,373 by Sunday")
_INVERTED_TAIL = (
    r"(?:" + _INVERTED_VERBS + r")\s+(?P<attr>[^,;:_]{2,80}?)\s*"
    # (an appositive, not the rest of the clause: "A repeat of that, say Democrats, would ...")
    r"(?:,(?!\d)(?!\s*(?:would|will|is|are|was|were|has|have|had|could|can|should|may|might|"
    r"must|does|did|do)\b)[^_]{0,160})?[.!?]?\s*$"
)
_TRAILING_INV = re.compile(r",\s*" + _INVERTED_TAIL)
# The same after a partial quote that ends the reporter's clause, its comma inside the marks
# ("The budget will add money for “climate resilience,” he said."; "_" is the masked quote)
_TRAILING_QUOTED = re.compile(
    r"(?<=_)[”\"’]\s*(?P<attr>[^,;:_]{2,80}?)\s+"
    + _AUX
    + r"(?P<verb>"
    + _INVERTED_VERBS
    + r"|told|tells)\b(?P<rest>[^,;:_]{0,80})[.!?]?\s*$"
)
_TRAILING_QUOTED_INV = re.compile(r"(?<=_)[”\"’]\s*" + _INVERTED_TAIL)
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_WEEKDAY_WORD = re.compile(_WEEKDAYS)
_LEADING_TIME = re.compile(
    r"\s*(?:(?:on\s+)?(?:" + _WEEKDAYS + r"|yesterday|today|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    # ("saying Sunday, May 3, that ...")
    r"(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:,\s*\d{4})?(?=,))?"
    # "announced on April 9 it would ...", "said last week the plan"
    r"|(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?(?:,\s*\d{4})?"
    # ("said on 24 November 1963": the day first)
    r"|(?:on\s+)?\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s+\d{4})?"
    # (not "said Sunday’s march drew ...": the day owns the subject)
    r"|(?:last|this|earlier\s+this)\s+(?:week|month|year)"
    r"|(?:last|this)\s+(?:weekend|morning|afternoon|evening|spring|summer|fall|autumn|winter)"
    r"(?=\s+(?:he|she|they|it|we|I|there)\s)"
    r"|(?:earlier|later)\s+(?:in|on)\s+the\s+(?:week|month|year|day)"
    # "told reporters earlier she was willing" (not "said earlier reports were wrong")
    r"|(?:earlier|later|recently|again|afterward|afterwards)(?=\s+(?:he|she|they|it|we|I|there)\s)"
    # "said two years ago the plan would fail"
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
    r"(?:years?|months?|weeks?|days?|decades?)\s+ago)\b(?![’']),?\s*"
)
_ANY_REPORTING = re.compile(
    r"(?=[a-z])(?:"  # (every first character: see _MARK)
    r"\b(?:" + word_alternation(_INDIRECT_VERBS + "|" + _INVERTED_VERBS) + r")\b|ccording to|"
    r"\bspecified\b)"
)
# "Aparna Mathur, who studies tax policy, said ...": the sentence opens with its subject.
_APPOSITIVE_SUBJECT = re.compile(
    r"\s*(?:[A-Z][a-z]+\s+){0,3}[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3},\s*(?:who|a|an|the)\b"
)
_INDEFINITE_START = re.compile(r"[\s,]*(?:a|an)\s")
_POSSESSED_RELATION = re.compile(r"(?:his|her|their)\s+(?:" + _RELATION_NOUNS + r")")
# A relative clause after a comma: ", who ...", ", many of whom ..."
_RELATIVE_OPENER = (
    r",\s*(?:who|(?:many|some|most|all|one|both|several|none|few|each|two|three)\s+of\s+"
    r"(?:whom|which))\s"
)
_SUBJECT_THEN_RELATIVE = re.compile(r"\s*[^,_]{2,60}" + _RELATIVE_OPENER)
_RELATIVE_ASIDE_OPEN = re.compile(_RELATIVE_OPENER)
_TRAILING_ACCORDING = re.compile(
    r",?\s*according to\s+(?P<attr>[^_]{2,200}?)"
    # ("according to three aides who spoke on condition of anonymity because ...")
    r"(?:\s+who\s+(?:(?:have|has|had)\s+)?(?:spoke|spoken|asked|requested|were|was|are|is|declined)\b[^_]{0,250}?)?[.!?]?\s*$"
)
_LEADING_ACCORDING = re.compile(r"^\s*According to\s+(?P<attr>[^,_]{2,100}),\s*")
_PRONOUN_SUBJECT = r"(?:he|she|they|it|we|I)"  # a clause's subject after "told X"
_QUOTED_TITLE = r"[“\"]_+[”\"]"  # a show's name in marks, masked
# What opens a clause after "that" (not "the dinner that left several guests in tears")
# "that" opening a clause, not a relative "that" and its verb ("the dinner that left ...")
_RELATIVE_THAT_VERBS = (
    r"[a-z]+ed|left|made|took|gave|kept|held|won|lost|put|set|ran|came|went|got|"
    r"was|were|is|are|has|had|have|will|would|could|can|may|might|must|should"
)
_CLAUSE_AFTER_THAT = r"that\s+(?!(?:" + _RELATIVE_THAT_VERBS + r")\b)"
_PP = re.compile(
    r"\s*(?:(?:repeatedly|previously|again|also|publicly|privately|earlier|later|separately|"
    r"recently|often|now|then|instead|too|still|once|even|further|"
    r"(?!only\b)[a-z]+ly)\s+)?"  # ("lamenting bitterly that")
    r"(?:(?:on|in|at|during|after|before|late|early|earlier|last|this|from|to|via|through|"
    # (a show's name in marks: 'on NBC’s “Meet the Press” that')
    # ("claimed without evidence that ...")
    r"with|without|while|by|over|under|outside|inside|ahead of|for)\b(?!\s+that\b)"
    r"(?:[^,;:_“”\"]|" + _QUOTED_TITLE + r"){0,60}?"
    # ("explained to the group, which included several teens, that")
    r"(?:,\s*(?:which|who)\b[^,;:_]{1,80}(?=,\s*that\b))?)?"
    r"(?:,\s*)?\bthat,?\s+",
)
# "the Kremlin spokesman," / "a former adviser to Biden,": an appositive after a name.
_APPOSITION_CLOSES = re.compile(r"\s*(?:[,;.)!?]|$)")
_NAME_APPOSITIVE = re.compile(NAME_RUN + r",\s*")
_APPOSITIVE_AFTER = re.compile(
    r"(?:the|a|an|his|her|their|its)\s+[^,;:_]{2,80}?,\s*(?!which|who|that|where|when)(?=\S)"
)
_OUTLET_NOUN = (
    r"(?:website|newspaper|agency|channel|network|broadcaster|outlet|magazine|daily|radio|"
    r"television|TV|podcast|program|programme|show)"
)
_RUN_END = r"(?![\w’'&-]|\s+(?:(?:and|of)\s+)?(?!" + _WEEKDAYS + r")[A-Z])"
_TOLD_OBJECT = re.compile(
    r"\s*(?:"
    # 'told NBC’s “Today” show that': an outlet's show by its name in marks
    # (not "in an interview that aired Sunday")
    r"[A-Z][\w.&-]*[’']s\s+" + _QUOTED_TITLE + r"(?:\s+(?:show|program|programme|podcast))?"
    r"(?=\s+(?:that|" + _PRONOUN_SUBJECT + r")\b)|"
    # "telling his advisers and Virginia Democrats that", "warned his GOP colleagues that": a
    # short object, then "that"
    # (no clause of its own: not "told X he couldn't say definitively that")
    r"(?:(?!(?:that|he|she|it|they|we|I|there|is|was|were|are|would|will|could|has|had|"
    r"have|not)\b)(?![\w.’'&-]*n[’']t\b)[\w.’'&-]+\s+){1,9}?(?=" + _CLAUSE_AFTER_THAT + r")|"
    # "told U.N. diplomats that", "told cheering Cuban-Americans on Friday that"
    r"(?:(?!(?:" + _PRONOUN_SUBJECT + r"|that)\b)[\w.’'&-]+\s+){0,2}?"
    r"(?!(?:he|she|it)\s)[A-Za-z-]{2,}[a-z]s(?=\s+(?:" + _CLAUSE_AFTER_THAT + r"|the|their|his|her|"
    r"its|"
    + _PRONOUN_SUBJECT
    + r")\b|\s+(?:on|in|at|during)\s[^,;:_]{1,60}?\s"
    + _CLAUSE_AFTER_THAT
    # "told Indiana reporters Thursday he hasn't spoken": a day before the clause
    + r"|\s+"
    + _WEEKDAYS
    + r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:"
    + _PRONOUN_SUBJECT
    + r"|that)\s)|"
    # "told more than 50 donors, who paid up to $33,400 each, that": past the relative clause
    r"(?:(?!(?:that|he|she|it|they|we|I)\b)[\w.’'&$-]+\s+){0,7}[\w’'-]+,\s+who\s[^;:_]{1,150}?,"
    r"\s+(?=" + _CLAUSE_AFTER_THAT + r")|"
    # "told Finnish national broadcaster YLE that", "told the British newspaper The Times"
    r"(?:the\s+)?(?:[A-Z][\w.’'&-]*\s+)?(?:[a-z]+\s+){0,2}(?:news\s+)?" + _OUTLET_NOUN + r"\s+"
    r"(?:The\s+)?[A-Z][\w.’'&-]*(?:\s+(?!" + _WEEKDAYS + r")[A-Z][\w.’'&-]*){0,3}" + _RUN_END + "|"
    # (a capitalised run stops at a day: "told CNN Monday morning he ..."; "told the House
    # Energy and Commerce Committee she"; it ends where the names end: not "told Mother
    # Jones's Nick Baumann and Pat" before "Caldwell that")
    r"(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+(?:(?:and|of)\s+)?(?!"
    + _WEEKDAYS
    + r")[A-Z][\w.’'&-]*){0,6}"
    + _RUN_END
    + r"(?:\s+(?:news\s+)?"
    + _OUTLET_NOUN
    + r")?|"
    r"reporters|journalists|lawmakers|supporters|him|her|them|us|me|"
    + _QUOTED_TITLE
    + r"(?=\s+(?:that|on|in|"
    + _PRONOUN_SUBJECT
    + r")\b)|"
    # "told a local radio host he will retire": a listener, then the clause's pronoun
    r"(?:the|an?)\s+(?:[a-z][\w-]*\s+){1,2}(?:host|anchor|interviewer|station|crowd|audience|"
    r"gathering|congregation|panel|committee|jury|judge|court|reporter|journalist|newspaper|"
    r"magazine|network|broadcaster|caller|podcast|program|show)(?=\s+" + _PRONOUN_SUBJECT + r"\s)|"
    # (not "telling the truth when he testified")
    r"(?:the|an?) \w+(?: (?!(?:that|" + _PRONOUN_SUBJECT + r"|when|while|because|if|as|after|"
    r"before|since|until)\b)\w+)?|"
    # "told leadership he was disappointed": a plain noun before the clause's pronoun (not
    # "told everyone she met that ...")
    r"(?!(?:that|everyone|everybody|anyone|anybody|someone|somebody|nobody)\b)[a-z]{3,}"
    r"(?=\s+" + _PRONOUN_SUBJECT + r"\s))"
)


# Verbs that mostly take a noun phrase: without "that" the rest must read as a clause.
_NP_OBJECT_VERBS = frozenset(
    """
    emphasized emphasised stressed recalled reiterated confirmed confirms announced announces
    revealed disclosed noted notes acknowledged acknowledges maintained maintains signaled
    signalled indicated indicates underlined underscored clarified reaffirmed affirmed mentioned
    remarked testified lamented boasted added adds conceded concedes observed complained hinted
    projected estimated emphasizes emphasises stresses recalls reiterates reveals discloses
    underlines clarifies testifies laments boasts observes complains projects confirm acknowledge
    alleged wrote writes tweeted asserted asserts signaling signalling telegraphed
    telegraphing telegraphs
    """.split()  # noqa: SIM905
)
# Verbs that _NEEDS_THAT lists but that also take a bare clause with its own subject and
# verb: "told reporters he had ...", "arguing it would deter ...".
_BARE_CLAUSE_VERBS = frozenset(
    [
        "told", "tells", "telling", "pointed out", "point out", "points out", "denied",
        "denies", "arguing", "insisting", "warning", "claiming", "saying", "adding",
        "estimates", "estimated", "estimate", "reported", "reports", "declared", "declares",
        "concluded", "concludes", "suggesting", "suggests", "noting", "explaining",
        "promised", "promises", "vowed", "vows", "pledged", "pledges",
        # "the judge ruled the agency was too loosely enforcing ..." (not "ruled the country")
        "ruled", "rules",
    ]
)  # fmt: skip
_NOUN_LIKE_VERBS = frozenset(
    """
    reports report claims claim estimates estimate notes hopes fears worries warns states projects
    """.split()  # noqa: SIM905
)
_NOUN_BEFORE = frozenset(
    "amid after despite following of the a an these those such media news press recent".split()  # noqa: SIM905
)
# (words that make a noun of the next one inside a subject: "several early reports"; before a
# verb they may be its subject: "Some claim that ...")
_QUANTIFIERS = frozenset("some many several other early earlier initial local multiple".split())  # noqa: SIM905
_IMPERSONAL = re.compile(
    r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:\w+ly|then|also|later|now|since)\s+)?\w+$"
)
_ADVERB_PARTICIPLE = re.compile(r",\s+[a-z]{3,}ly\s+[a-z]{3,}ing\b")
_COMMA_PARTICIPLE = re.compile(r"\s*,\s*[a-z]+ing\b")
_ING_WORD = re.compile(r"[a-z]+ing\b")
_GERUND_SUBJECT = re.compile(
    r"\s*,\s*(?!(?:" + "|".join(sorted(w for w in _PARTICIPLES if " " not in w)) + r")\b)"
    r"[a-z]+ing(?:\s+(?!(?:that|which|who|it|he|she|they|we|I|him|her|them)\b)[a-z]+){0,8}"
    # (", even repeatedly,": an adverb set off inside the subject)
    r"(?:,\s*(?:even\s+)?[a-z]+,)?\s+(?:is|was|does|did|has|will|would|can|could|may|might|must|should)\s+(?:not\s+)?[a-z]"
)
_EVIDENCE_WORD = re.compile(
    r"\b(?:poll|polls|survey|surveys|study|studies|data|figures|statistics|census|analysis)\b",
    re.IGNORECASE,
)
_SHOWING_VERBS = frozenset(["shows", "showed", "show", "found", "finds"])
_RECORD_OF_SPEECH = re.compile(
    r"\b(?:transcripts?|recordings?|tapes?|e-?mails?|letters?|memos?|messages?|texts?|minutes|"
    r"notes)\b",
    re.IGNORECASE,
)
_EVIDENCE_VERBS = frozenset(
    "shows showed show found finds suggests suggested suggest indicates indicated".split()  # noqa: SIM905
)
# A subject inside a free relative or a reported question: "what he said ...", "asked the
# president when he thinks ..."
_INSIDE_QUESTION = re.compile(
    r"(?:\bwhat|\b(?:asked|asks|asking|wondered|wonders)\s+(?:[\w.’'-]+\s+){0,3}?"
    r"(?:when|whether|how|why|if))\s+$"
)
_EVIDENCE_NOUNS = frozenset(
    """
    data figures statistics numbers records record chart charts table tables poll polls survey
    results estimates estimate projections polling demographics trends models findings
    surveys study studies research analysis census index profile profiles exchanges footage
    evidence
    past day days week weeks weekend month months year years night morning afternoon evening
    """.split()  # noqa: SIM905
)


# A body's name with its head noun ("the Bureau of Labor Statistics", "the Census Bureau"; not
# "a Federal Reserve Bank Study")
_INSTITUTION = re.compile(
    r"\b(?:Bureau|Office|Department|Institute|Center|Centre|Agency|Service|Administration|"
    r"Commission|Board|Council|Bank|Ministry)(?:\s+(?:of|for)\b|\s*$)"
)


def _evidence_only(found: _Attribution, anywhere: bool = False) -> bool:
    """A poll, a study or figures as the "speaker": evidence, not someone speaking."""
    if found.speaker is not None or not found.description:
        return False
    named = [w for w in found.description.split() if w.lower() not in _DETERMINERS]
    if (
        _INSTITUTION.search(found.description)
        and named[0][:1].isupper()
        and named[-1][:1].isupper()
    ):
        return False  # "the Bureau of Labor Statistics says": a body that speaks (not "Census
        # Bureau data show")
    words = [re.sub(r"[’']s$", "", w.strip(",.")) for w in found.description.lower().split()]
    return bool(words) and (
        words[-1] in _EVIDENCE_NOUNS or (anywhere and any(w in _EVIDENCE_NOUNS for w in words))
    )


# A share of those polled: "59 percent of voters", "a majority of Americans", "two in three"
_POLL_SHARE = re.compile(
    r"\b(?:\d[\d.,]*\s*(?:percent|per\s+cent|%)|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:\d+|"
    r"two|three|four|five|six|seven|eight|nine|ten)\b|"
    r"(?:a|the)\s+(?:majority|plurality|minority)\b|(?:half|two-thirds|one-third|a\s+third|"
    r"a\s+quarter)\s+of\b)",
    re.IGNORECASE,
)
# "61% said", "a majority of voters also say": a share of those polled as a verb's subject
_SHARE_BEFORE_VERB = re.compile(
    r"\b(?:\d[\d.,]*\s*(?:percent|per\s+cent|%)|(?:a|the)\s+(?:majority|plurality))"
    r"(?:\s+of\s+[a-z][\w\s-]{0,30}?)?\s+(?:(?:also|still)\s+)?$",
    re.IGNORECASE,
)
# Those a poll asks; as a bare subject ("voters say ...") only beside a poll's figures
_BODY_SHARE = re.compile(
    r"\b(?:court|justices|judges|caucus|senators|lawmakers|members|committee|panel|board|"
    r"council|conference|delegation|cabinet)\b|^\W*(?:the|a)\s+(?:majority|minority)\W*$",
    re.IGNORECASE,
)
_POLLED = frozenset("voters respondents adults americans".split())  # noqa: SIM905
_POLL_CONTEXT = re.compile(r"\b(?:percent|poll|polls|polled|survey|surveyed)\b|%")


def _poll_share(found: _Attribution, paragraph: str) -> bool:
    """A poll's share of people as the "speaker" ("59 percent of voters say", "voters say"
    among a poll's figures): a finding, not someone speaking."""
    if found.speaker is not None or not found.description:
        return False
    if _POLL_SHARE.search(found.description):
        # (not "a majority of the court", "the majority", "half of the caucus": a body)
        return not _BODY_SHARE.search(found.description)
    words = found.description.lower().split()
    return len(words) <= 3 and words[-1] in _POLLED and bool(_POLL_CONTEXT.search(paragraph))


# "asked whether", "questioned how": a question reported by its wh-clause.
_WH_VERBS = frozenset(["asked", "asks", "questioned", "wondered", "asking"])
_WH_CLAUSE = re.compile(
    r"\s*(?:(?:on|in|at|during)\s+[^,;:_]{1,40}?\s+)?((?:whether|how|why|what|when|where|who|if)"
    r"(?:\s|,\s))"
)
# "told reporters he had ...": a clause without "that" opens with a subject and has a verb.
_BARE_CLAUSE = re.compile(
    # ("told ABC News she and her husband were broke": a pronoun and a relative)
    r"\s*(?:(?:(?:he|she|we|i)\s+and\s+(?:his|her|our|my)\s+[\w-]+"
    r"|he|she|they|it|we|i|there|[A-Z][\w’'-]+|\d[\d,.]*%?)\s+"
    r"|(?:the|a|an|his|her|their|its|this|these|those|some|many|most|several|few)\s+"
    r"(?!(?:to|of|for|in|on|at|with|before|after|about|from|toward|towards|over|under|against|into|between|among|during|but|and|or)\s)(?:[^\s,]|,(?=\d|\s\d{1,3},)|(?<=\d),)+\s+)"
    # (no comma inside the subject, "stressed the point, noting he had served" is no clause;
    # but "1,000 people", "the man, 55, was")
    r"(?:(?!(?:to|of|for|in|on|at|with|before|after|about|from|toward|towards|over|under|against|into|between|among|during|but|and|or)\s)(?:[^\s,]|,(?=\d|\s\d{1,3},)|(?<=\d),)+\s+){0,4}?"
    # ("told CNN a vote on his amendment would be pushed back": one phrase after the noun,
    # a determiner and lower-case nouns, no pronoun, then an auxiliary: not "signaled his
    # support for the plan worked out by ...")
    r"(?:(?:of|on|for|in|to|from|at|with|about)\s+(?:the|a|an|his|her|their|its|this|that)\s+"
    r"(?:(?!(?:he|she|they|it|we|i|you|that|who|which)\s)[a-z][\w-]*\s+){1,2}"
    r"(?=(?:is|was|were|are|had|has|have|would|will|could|should|can|must|might|may|did|does)"
    r"\s))?"
    r"(?:is|was|were|are|had|has|have|would|will|could|should|"
    r"can|did|does|do|must|might|may|\w{3,}ed|shot|made|went|took|gave|won|lost|held|met|told|"
    r"ran|sent|spent|kept|left|began|became|came|put|set|saw|knew|thought|brought|bought|"
    r"fought|built|fell|rose|grew|paid|sold|led|hit|cut|struck|wants|needs|remains|seeks|"
    r"plans|intends|hopes|says|means|faces|found|felt|heard|meant|stood|understood|got|"
    r"want|need|plan|expect|believe|think|know|feel|see|say|"
    # (any negative contraction, with either apostrophe: "hasn't", "couldn’t")
    r"will|[a-z]{2,}n[’']t)\b"
    r"|\s*(?:he|she|it|there|that|they|we|i|you)[’'](?:s|re|ll|d|ve|m)\b"
    # "told reporters she stands by the law": a pronoun and a verb in the present
    r"|\s*(?:he|she|it)\s+(?:(?:\w+ly|still|also|now|never|already|even)\s+)?"
    r"(?!(?:this|his|its|was|has|is|as|us|always|perhaps)\b)"
    r"[a-z]{2,}s\b(?!\s+of\b)"  # (not "mentioned it dozens of times")
    # "noted clients are beginning to ...": a bare plural subject and its auxiliary.
    r"|\s*[a-z]{3,}s\s+(?:are|were|have|had|will|would|could|can|should|must|may|might)\s"
)
# Verbs that report speech only with "that" ("found that", "hopes that").
_AUX_WORD = re.compile(
    r"\b(?:is|was|were|are|has|have|had|would|will|could|should|can|did|does|must|might|may)\b"
)
_COMMA_PHRASE_END = re.compile(
    r",\s*(?:in|with|at|on|during|after|before|from|by|for|as)\s[^,;:_“”\"]*$"
)
_SENTENCE_PRONOUN_START = re.compile(r"\s*(?:He|She|They)\s")


def _opens_with_person(resolver: _Resolver, p: int, s_start: int) -> bool:
    """Whether the sentence at ``s_start`` opens with "He"/"She"/"They" or a person named
    after nothing but capitalised words (a title): "Sen. Tom Lund noted that ..."."""
    text = resolver.masked[p]
    if _SENTENCE_PRONOUN_START.match(text, s_start):
        return True
    refs = resolver.people.in_range(p, s_start, s_start + 60)
    return bool(refs) and all(w[:1].isupper() for w in text[s_start : refs[0].start].split())


# Forms of reporting verbs that are also plural nouns, and what makes them nouns: a possessor
# and one or two adjectives, or a determiner right before ("the media's exaggerated reports
# that", "many reports"; not "the newspaper reports that"; "Issa's claims that" is left to
# the owned claim)
_NOUN_FORMS = frozenset(
    "reports claims notes estimates hopes fears shows charges promises pledges vows".split()  # noqa: SIM905
)
_NOUN_MAKER = re.compile(
    r"(?:(?:[’']s?|\b(?:his|her|their|its|our|my|your))\s+(?:[a-z]+\s+){1,2}"
    r"|\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Mm]any|[Ss]everal|[Ss]ome|[Ss]uch)\s+"
    # "Facing mounting claims, Lund told", "amid reports that", "news reports": nouns
    r"|\b(?:amid|despite|over|about|of|against|with|by|following|on|to|for|mounting|growing|"
    r"conflicting|lingering|new|fresh|false|unfounded|baseless|repeated|recent|earlier|"
    r"previous|media|news|press)\s+)$"
)
_POSSESSIVE_S = re.compile(r"[’']s$")  # "the family's lawyer": "family"
_HEAD_SYNONYMS = {"attorney": ("attorney", "lawyer"), "lawyer": ("lawyer", "attorney")}
# "the refund claims could be ...": a clause that opens with a modal has no subject of its own
_AUX_OPENS = re.compile(r"\s*(?:would|will|could|can|should|might|may|must)\s")
_RELATIVE_WORD = re.compile(r"\b(?:that|which|what|whom|who)\b")
# "a network it alleged had ties": a subject after a noun, the clause's own subject missing
# (not "Not mentioned was X")
_GAP_SUBJECT_BEFORE = re.compile(
    r"[a-z]\s+(?:he|she|they|it|we|I|[A-Z][\w’'.-]+)\s+(?:[a-z]+ly\s+)?$"
)
_NEEDS_THAT = frozenset(
    """
    found showed shows learned expects expected hopes hoped fears feared worries agreed agrees
    denied denies reported reports told tells telling adding noting arguing explaining insisting
    warning stressing claiming suggesting believe think fear expect hope agree thought knew
    estimate estimates conclude continued ruled promised promises pledged pledges vowed vows
    charges charged reminded reminds states declared declares concluded concludes
    """.split()  # noqa: SIM905
)


# "Saying the budget was too small, Lund voted no": a fronted participle of speech, whose
# clause is what the main clause's subject said
_FRONTED_SPEECH = re.compile(
    r"(?:(?:But|And|Yet|Still|Instead|Now)\s+)?(?:Saying|Arguing|Insisting|Claiming|Declaring|"
    r"Noting|Warning|Explaining|Stressing|Asserting|Acknowledging|Admitting|Contending|"
    r"Suggesting|Predicting|Maintaining|Complaining|Conceding|Emphasizing|Emphasising|"
    r"Vowing|Promising|Pledging)\s+"
    r"(?:(?:again|repeatedly|publicly|privately|falsely|wrongly)\s+)?(?:that\s+)?"
    r"(?!(?:of|about|against|on|for|to|in|with|so|goodbye|no|yes)\b)"
)
# (the main clause: its subject, then a verb in lower case)
_VERB_AFTER_SUBJECT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?!(?:and|or|who|which|of)\b)[a-z]{2,}")


def _fronted_participle(
    resolver: _Resolver, p: int, s_start: int, s_end: int, start: int
) -> Quote | None:
    """ "Saying the budget was too small, Lund voted against it": the participle's clause
    (from ``start``), up to the comma before the main clause, as the reported speech of that
    clause's subject (a person named, "he"/"she", or a description that names one)."""
    text = resolver.masked[p]
    for comma in _PHRASE_COMMA.finditer(resolver.paragraphs[p], start, s_end):
        after = comma.end()
        refs = resolver.people.in_range(p, after, min(s_end, after + 60))
        found = None
        if refs and _titles_only(text[after : refs[0].start]):
            if _VERB_AFTER_SUBJECT.match(text, refs[0].end):
                found = _Attribution(refs[0].person, None, refs[0].start)
        elif (pronoun := _BARE_PRONOUN.match(text, after)) and _VERB_AFTER_SUBJECT.match(
            text, pronoun.end()
        ):
            found = resolver.pronoun_attribution(pronoun.group(1), p, after)
        if found is None or found.speaker is None:
            continue
        clause = resolver.paragraphs[p][start : comma.start()].strip(" ,")
        masked_clause = text[start : comma.start()]
        if (
            len(clause.split()) < 4
            or "_" in masked_clause
            or not _FINITE_WORD.search(masked_clause)  # ("Declaring a state of emergency")
        ):
            return None
        return _make_indirect(clause, found, p, s_start, s_end, resolver.paragraphs[p])
    return None


_BARE_PRONOUN = re.compile(r"([Hh]e|[Ss]he)\b")


def _indirect(
    resolver: _Resolver,
    p: int,
    s_start: int,
    s_end: int,
    allow_quotes: bool = False,
    context_start: int | None = None,
    previous: _Attribution | None = None,
) -> Quote | None:
    """Reported speech in ``[s_start, s_end)``; ``context_start`` is where the sentence
    begins when that is earlier (the subject of "..., adding that" stands there), and
    ``previous`` the attribution of the clause before ("X said A, but said B")."""
    text = resolver.masked[p]
    paragraph = resolver.paragraphs[p]
    sentence = text[s_start:s_end]
    original = paragraph[s_start:s_end]
    if ("_" in sentence and not allow_quotes) or len(sentence) < 12 or len(sentence) > 1500:
        return None
    if sentence[:1].isupper() and (fronted := _FRONTED_SPEECH.match(sentence)):
        found_fronted = _fronted_participle(resolver, p, s_start, s_end, fronted.end())
        if found_fronted is not None:
            return found_fronted
    if not _ANY_REPORTING.search(sentence):
        # every pattern below needs one of these words, but "made the point that"
        if " that " not in sentence:
            return None
        return _noun_claim(resolver, p, s_start, len(sentence.rstrip().rstrip('.!?”"’')))
    if sentence.rstrip().endswith("?"):
        return None  # "Did she never think that ...?": the reporter's question
    ending = (
        _TRAILING_ACCORDING.search(sentence, max(0, len(sentence) - 300))
        if "according to" in sentence  # (the pattern's own words: a far cheaper test)
        else None
    )
    if ending and _EVIDENCE_WORD.search(ending.group("attr")):
        # "Half of all Americans say ..., according to a new poll": a finding; but "He noted
        # that the credit has a 25 percent fraud rate, according to government data": a
        # person reports the finding
        if ending.start() < 12 or not _opens_with_person(resolver, p, s_start):
            return None
        cited = _indirect(
            resolver, p, s_start, s_start + ending.start(), allow_quotes, context_start, previous
        )
        return cited if cited is not None and cited.speaker else None
    trimmed = sentence.rstrip()
    if trimmed.endswith(")") and trimmed.lstrip().startswith("("):
        trimmed = trimmed[:-1]  # "(As the Times has noted, ...)": a sentence in parentheses
    body_end = len(trimmed.rstrip('.!?”"’'))
    cited_as = (
        _CITED_AS.search(sentence, 0, min(body_end, 320)) if "as saying" in sentence else None
    )
    if cited_as:
        # "The Journal cited unidentified officials as saying Obama had moved to end it":
        # the ones cited speak, not the one citing them
        found = resolver.subject_after(
            p, s_start + cited_as.start("source"), s_start + cited_as.end("source"), documents=True
        )
        clause = original[cited_as.end() : body_end].strip()
        if found is not None and (found.speaker or found.description) and len(clause.split()) >= 4:
            return _make_indirect(clause, found, p, s_start, s_end, paragraph)
    # "..., X said." / "..., said X." / "..., according to X."
    for pattern, inverted in (
        (_TRAILING_ACCORDING, True),
        (_TRAILING, False),
        (_TRAILING_INV, True),
        (_TRAILING_QUOTED, False),
        (_TRAILING_QUOTED_INV, True),
    ):
        if not allow_quotes and pattern in (_TRAILING_QUOTED, _TRAILING_QUOTED_INV):
            continue  # (a quote in the sentence is what these two look for)
        match = (
            ending  # (searched above)
            if pattern is _TRAILING_ACCORDING
            else pattern.search(sentence, max(0, len(sentence) - 300))  # they end the sentence
        )
        if not match:
            continue
        if pattern in (_TRAILING_QUOTED, _TRAILING_QUOTED_INV) and not _quote_ends_clause(
            original[: match.start()], sentence[: match.start()]
        ):
            continue
        if "verb" in match.groupdict() and match.group("verb").split()[0] in _DIRECTIVE_VERBS:
            continue  # "..., and his son urged Democrats to act.": what he urged follows
        clause = original[: match.start()].strip()
        colon_at = clause.rfind(": ")
        if (
            colon_at > 0
            and "_" not in sentence[colon_at : match.start()]
            and len(clause[colon_at:].split()) > 4
            # (not "is divided into three camps: Cruz, Trump, and Rubio": no clause)
            and _FINITE_WORD.search(clause, colon_at)
        ):
            # "His message was plain: the budget will pass this week, said Keller.": what
            # she says follows the colon
            clause = clause[colon_at + 2 :]
        attr_start = s_start + match.start("attr")
        inner = (
            _INDIRECT_VERB.search(sentence, 0, match.start())
            # (and "..., the Jerusalem Post reported.": a relaying outlet)
            if pattern is _TRAILING_ACCORDING
            or (pattern is _TRAILING and match.group("verb") in _RELAYING_VERBS)
            else None
        )
        if inner:
            # "Shaub said owning shares was no conflict, according to WSJ": the outlet relays
            # the one named as speaking before it (not "Berg was attacked after she told Lund
            # she was leaving, according to the sheriff": the sheriff's account; but "as Tusk
            # said ..., according to a statement from Tusk's office": his own)
            subordinate = _SUBORDINATE_CLAUSE_END.search(sentence, 0, inner.start())
            relayed = _indirect(resolver, p, s_start, s_start + match.start(), allow_quotes)
            if (
                relayed is not None
                and relayed.speaker
                and (
                    not subordinate
                    or any(
                        ref.person == relayed.speaker
                        for ref in resolver.people.in_range(
                            p, attr_start, s_start + match.end("attr")
                        )
                    )
                )
            ):
                return relayed
        if pattern is _TRAILING_ACCORDING and ", " in match.group("attr"):
            # "..., but according to Marquis, that's just fine": the clause follows the name.
            comma = match.group("attr").index(", ")
            found = resolver.subject_after(p, attr_start, attr_start + comma)
            after = original[match.start("attr") + comma + 1 : body_end].strip()
            head = after.split()[:6]
            if (
                found is not None
                and len(head) >= 3
                and _BARE_CLAUSE.match(after)  # not "..., according to Keller, the envoy."
                and head[0].lower() not in ("a", "an")  # "..., a research group that found"
                # "according to Hale, the senator who introduced it": an appositive
                and not any(w.lower() in ("who", "which", "whose") for w in head)
                and not any(word.endswith(",") for word in head)  # "..., Hillary's Turn, said"
                and not _evidence_only(found, anywhere=True)
            ):
                return _make_indirect(after, found, p, s_start, s_end, paragraph)
        if len(clause.split()) < 4 or _DANGLING_RELATIVE.search(clause):
            continue  # ("... searched for a gunman who, according to witnesses, was ...")
        if pattern is _TRAILING_ACCORDING and (
            _CONJUNCTION_END.search(clause)
            # (a source past 120 characters only with its appositive: "according to Ana
            # Lund, a former FBI agent who now works for X, a security firm")
            or (len(match.group("attr")) > 120 and not _LONG_SOURCE.match(match.group("attr")))
        ):
            continue  # "Unemployment fell, and according to the Fed, for the first time, ..."
        if _OPENER_ONLY.match(clause) and not _FINITE_WORD.search(
            _DETERMINED_ADJECTIVE.sub("", clause)  # ("in a packed ballroom": no verb)
        ):
            continue  # "At a company dinner, according to the book, X made clear": a phrase
        if " what " in f" {match.group('attr')} ":
            continue  # "..., that is what they expect": a free relative, nobody reporting
        if pattern is _TRAILING_INV and _LEADING_TIME.fullmatch(match.group("attr")):
            continue  # "..., Lund, the agent, said Thursday.": when, not who
        if inverted:
            attr = match.group("attr").split()
            if pattern in (_TRAILING_INV, _TRAILING_QUOTED_INV) and (
                (
                    len(attr) > 1
                    and (
                        (
                            attr[0].lower() in _NOT_INVERTED_SUBJECT
                            # "..., said his family.": a relative or a spokesman, not a clause
                            and not _POSSESSED_RELATION.fullmatch(match.group("attr"))
                        )
                        or any(w.lower() in _FINITE or "n’t" in w or "n't" in w for w in attr)
                        # "..., said Sunday that the suspects ...": a clause, and a day
                        or attr[1] == "that"
                        or _WEEKDAY_WORD.fullmatch(attr[0])
                    )
                )
                or _APPOSITIVE_SUBJECT.match(sentence)
                # "Bush aides, many of whom believe they will face her, said the attacks
                # reflect ...": the subject, its relative clause, then its verb
                or _SUBJECT_THEN_RELATIVE.match(sentence)
                # "The chief executive, Carrie Lam, announced the suspension": her verb
                or _ends_with_name(resolver, p, s_start, s_start + match.start(), clause)
                # "Sen. Tom Carper, a member of the group, said Republicans were ready": the
                # subject and its appositive, then the verb and what was said
                or _name_and_appositive(resolver, p, s_start, s_start + match.start(), clause)
            ):
                continue  # "..., said he cannot comment": the clause follows the verb
            found = resolver.subject_after(
                p,
                attr_start,
                s_start + match.end("attr"),
                documents=pattern is _TRAILING_ACCORDING,
                inverted=pattern is not _TRAILING_ACCORDING,
            )
        else:
            verb_start = s_start + match.start("verb")
            rest = match.group("rest").split()
            first = rest[0].lower() if rest else ""
            attr_first = (match.group("attr").split() or [""])[0].lower()
            if (
                attr_first in _SUBORDINATORS  # "..., when Russian troops claimed control."
                # "X said it was a tissue, and his office accused ...": a second clause
                or attr_first in ("and", "but", "or", "yet", "so")
                # "After Netanyahu announced new homes, Trump asked him to delay": a
                # subordinate clause alone is no statement, only the main clause's setting
                or (_SUBORDINATE_OPENING.match(clause) and not _CLAUSE_SEPARATOR.search(clause))
                # "The pandemic, he argued, had pulled the tide out and revealed ...": a
                # predicate, no subject, before the verb
                or attr_first in _FINITE
                # "..., it’s just another one of his delusional claims.": a clause of its own
                # before a noun
                or _CONTRACTED_VERB.search(match.group("attr"))
                # "..., an answer that many emphasized": a relative clause's verb
                or _RELATIVE_IN_ATTR.search(match.group("attr"))
                # "..., Mississippi only added to that urgency": adding to a thing, no speech
                or (
                    match.group("verb") in ("added", "adds")
                    and _ADDED_TO.match(match.group("rest"))
                )
                or match.group("verb").startswith("accus")
                # "..., Lund had responded on Twitter before Berg's speech had even concluded":
                # a subject and its own predicate before the verb
                or _PREDICATE_IN_ATTR.match(match.group("attr"))
                # "..., which he denies": he disputes the clause, and says nothing of his own
                or match.group("attr").startswith("which ")
                # "..., whom Trump has threatened to fire": a commitment attributes nothing
                # before it
                or match.group("verb") in _COMMITMENT_VERBS
                # "..., said he sensed things would escalate as soon as he learned": the verb
                # of speech stands in the attribution itself
                or _INDIRECT_VERB.search(match.group("attr"))
                # "..., as any drive through Los Angeles makes clear.": evidence, no speaker
                or " ".join(match.group("verb").split()) in _MADE_CLEAR
                or _NEGATED.search(match.group("attr") + " ")  # "..., neither confirm nor"
                # "..., she was recalled.": a passive, nobody speaking
                or (
                    match.group("verb").endswith("ed")
                    and _PASSIVE_AUX.search(sentence, match.end("attr"), match.start("verb"))
                )
                # "During her years at CBC, she has reported ...": an opening phrase only
                or (_OPENER_ONLY.match(clause) and not _FINITE_WORD.search(clause))
                # (a phrase of place, time or medium may run longer: "..., Chan wrote in the
                # New England Journal of Medicine last month")
                or len(rest) > (14 if _PHRASE_REST.match(match.group("rest")) else 8)
                or (first in _CLAUSE_OPENERS and not _THIS_TIME.match(match.group("rest")))
                or (len(rest) > 4 and first in _DETERMINER_OPENERS)
                # "the rate has continued its slight increase": an object, no speech
                or (match.group("verb").startswith("continue") and rest)
                or any(w.lower() in _FINITE for w in rest)  # "told reporters he had ..."
                # "..., others are stressing caution.", "Wilson said yes.": an object
                or (
                    match.group("rest").strip(' .!?”’"')
                    and not _ATTRIBUTION_REST.match(match.group("rest"))
                    and not match.group("verb").startswith(("told", "tell"))  # "told Yle"
                    # "..., an analysis of campaign-finance reports shows": the noun first
                    and not _INDIRECT_VERB.match(match.group("rest").strip())
                )
            ):
                continue  # "..., but he said that discussion should wait": a leading verb
            found = resolver.subject_before(p, attr_start, verb_start)
            pronoun = _HE_SHE.fullmatch(match.group("attr"))
            if found is not None and pronoun:
                # "..., but the stories never harm her husband, Bill Lund, he said": the one
                # who spoke before the clause, not a man named inside what he said
                meant = resolver.pronoun_attribution(pronoun.group(1), p, s_start)
                found = _Attribution(meant.speaker, meant.description, found.start)
        if found is None or _evidence_only(found, anywhere=pattern is _TRAILING_ACCORDING):
            continue
        return _make_indirect(clause, found, p, s_start, s_end, paragraph)
    # "..., Viktor Lund, the head of X, a party banned in 2022, has said.": the subject's
    # appositive holds commas the patterns above stop at.
    match = _TRAILING_LONG.search(sentence, max(0, len(sentence) - 320))
    if match and match.group("rest"):
        rest = match.group("rest")
        if (
            not _ATTRIBUTION_REST.match(rest)
            or rest.split()[0].lower() in _CLAUSE_OPENERS
            or _LOWER_FINITE.search(rest)  # (not "told The Associated Press")
        ):
            match = None  # "..., Lund said the plan was dead": a clause of its own
    if match:
        verb_start = s_start + match.start("verb")
        refs = resolver.people.in_range(p, s_start, verb_start)
        for k in range(len(refs) - 1, -1, -1):
            ref = refs[k]
            if text[max(s_start, ref.start - 2) : ref.start] != ", ":
                continue
            if k and refs[k - 1].person == ref.person and refs[k - 1].end == ref.start - 2:
                continue  # "Keller, the foreign minister and ...": the name before its title
            found = resolver.subject_before(p, ref.start, verb_start)
            if found is None or found.speaker != ref.person:
                continue
            clause = original[: ref.start - s_start].strip(" ,")
            described = _DESCRIPTION_END.search(clause)
            if described and not _FINITE.intersection(described.group().lower().split()):
                # "..., the commissioner of the FDA, Stephen Hahn, said": his description
                clause = clause[: described.start()]
            if len(clause.split()) >= 4 and "_" not in sentence[: ref.start - s_start]:
                quote = _make_indirect(clause, found, p, s_start, s_end, paragraph)
                if described:  # (the description is no clause of its own to look for)
                    quote = replace(
                        quote,
                        span=Span(p, quote.span.start, ref.start),
                        end_span=Span(p, ref.start, ref.start),
                    )
                return quote
            break
    match = _LEADING_ACCORDING.match(sentence)
    if match:
        clause = original[match.end() : body_end].strip()
        found = resolver.subject_after(
            p, s_start + match.start("attr"), s_start + match.end("attr"), documents=True
        )
        appositive = _APPOSITIVE_AFTER.match(clause)
        if (
            appositive
            and len(clause[appositive.end() :].split()) >= 4
            # (not "the U.S. had more extremes, behind 1998" nor "the minister handed in a
            # letter, but": a clause, no appositive)
            and not any(w in _FINITE for w in appositive.group().lower().split())
            # (but "according to Rudaw, a news channel based in Erbil,": an appositive)
            and not (
                _FINITE_WORD.search(appositive.group())
                and not _INDEFINITE_START.match(appositive.group())
            )
        ):
            clause = clause[appositive.end() :]  # "According to Peskov, the Kremlin spokesman,"
        elif found and found.speaker and found.start >= s_start + match.end():
            # "According to her spokesman, Jon Tate, the bill ...": the name closes the source
            named = _NAME_APPOSITIVE.match(clause)
            if named:
                clause = clause[named.end() :]
        # "According to Whipple, A, but Priebus said B": B is Priebus's own
        cut = _NEXT_ATTRIBUTION.search(clause)
        if cut:
            clause = clause[: cut.start()]
        # "According to Ruiz, Hale said the party was lost": Hale speaks, Ruiz reports it
        if not cut and not sentence[match.end() :].lstrip().lower().startswith("according"):
            own = _indirect(resolver, p, s_start + match.end(), s_end, allow_quotes)
            if own is not None and own.speaker:
                return own
        if found and len(clause.split()) >= 4 and not _evidence_only(found, anywhere=True):
            return _make_indirect(clause, found, p, s_start, s_end, paragraph)
    # "The plan, said one official, is dead.": an inverted attribution inside the clause.
    aside_attr = (
        _INVERTED_ASIDE.search(sentence, 0, min(body_end, 320)) if ", sa" in sentence else None
    )
    if aside_attr is not None:
        opening = original[: aside_attr.start()].strip()
        rest = original[aside_attr.end() : body_end].strip()
        rest_words = rest.split()
        plain_aside = (
            opening
            # (not "Petr Kratochvil, director of X, says the leanings mirror Y, where ...": a
            # subject and its appositive, then a clause)
            and "," not in opening
            and len(aside_attr.group("source").split()) <= 8
            and not _LOWER_FINITE.search(aside_attr.group("source"))
            and "_" not in text[s_start : s_start + aside_attr.start()]
            and not _FINITE_WORD.search(opening)
        )
        # "At the very least, say plaintiffs in the case, Congress must ...": a fronted phrase,
        # the source, then the clause with its own subject (the phrase is not what was said)
        fronted_phrase = bool(
            plain_aside
            and _FRONTED_PP.match(opening)
            and len(opening.split()) <= 8
            and len(rest_words) >= 4
            and (_BARE_CLAUSE.match(rest) or _NOUN_THEN_AUX.match(rest))
        )
        if fronted_phrase or (
            plain_aside
            and len(rest_words) >= 2
            and rest_words[0][:1].islower()
            and rest_words[0].lower() not in _NOT_PREDICATE_OPENERS
        ):
            found = resolver.subject_after(
                p, s_start + aside_attr.start("source"), s_start + aside_attr.end("source")
            ) or resolver._describe(
                aside_attr.group("source"), p, s_start + aside_attr.start("source")
            )
            if found is not None and (found.speaker or found.description):
                clause = rest if fronted_phrase else opening + " " + rest
                return _make_indirect(clause, found, p, s_start, s_end, paragraph)
    # "X said (on Tuesday) (that) ...".
    subordinate_opening = bool(_SUBORDINATE_OPENING.match(sentence))
    # "The irony is that, rhetoric aside, while Americans say X, few have proposed Y": a
    # subordinate clause set inside the sentence, ended by its comma too
    # (the plain-word test first: the pattern is searched in few sentences)
    inner_openings = (
        [m.end() for m in _INNER_SUBORDINATE.finditer(sentence, 0, 320)]
        if not subordinate_opening and any(w in sentence for w in _INNER_SUBORDINATORS)
        else []
    )
    for verb in _INDIRECT_VERB.finditer(sentence):
        if (
            sentence.startswith(",", verb.end())
            and verb.group() in _PLURAL_NOUN_VERBS
            and _PREPOSITION_PHRASE_END.search(sentence, max(0, verb.start() - 40), verb.start())
        ):
            continue  # "As Lund rolled out his ad in both early-voting states, Berg ...": a noun
        if verb.start() > 320:
            break
        # "After Politico reported that X, ...": a verb of the opening subordinate clause
        comma = sentence.find(", ", verb.end(), 320) if subordinate_opening else -1
        # (a party tag's commas are the subject's: "After Sen. Mitt Romney, R-Utah, said")
        in_opening = comma > 0 and ", " not in _PARTY_TAG_COMMAS.sub(" ", sentence[: verb.start()])
        later = _INDIRECT_VERB.search(sentence, comma, 400) if in_opening else None
        if later and not _MAIN_CLAUSE_NOUN.match(sentence, later.start() - 2, later.end()):
            continue  # "..., Carney said that Y": the main clause's verb speaks
        if sentence.endswith("without ", 0, verb.start()):
            continue  # "it goes without saying that", "left without saying that": no one says
        if (
            verb.group().endswith("ed")
            and sentence.startswith(",", verb.end())
            and _PASSIVE_ADVERB_AUX.search(sentence, max(0, verb.start() - 30), verb.start())
        ):
            continue  # "until the nominees are formally confirmed, the election ...": passive
        if _TO_BEFORE.search(sentence, max(0, verb.start() - 4), verb.start()) and not (
            _GOES_ON_TO.search(sentence, max(0, verb.start() - 25), verb.start())
            or _TOOK_TO.search(sentence, max(0, verb.start() - 70), verb.start())
        ):
            continue  # "declined to say", "wants to tell"
        if verb.group() in ("responded", "replied", "demanded", "demands") and _THAT_NOUN.match(
            sentence, verb.end()
        ):
            continue  # "replied that way to every question": "that" is no conjunction
        if verb.group() in _SUPPOSED_VERBS and _WOULD_BEFORE.search(sentence, 0, verb.start()):
            continue  # "Most Americans would agree that ...", "They would argue that ...": the
            # writer's supposition
        if verb.group() == "asked" and _PROGRESSIVE.search(sentence, 0, verb.start()):
            continue  # "he was asked how ...", "voters are asked who ...": the asker speaks
        if verb.group() == "confirm" and _MODAL_BEFORE.search(
            sentence, max(0, verb.start() - 12), verb.start()
        ):
            continue  # "Officials confirm", "went on to confirm"; not "tests will confirm"
        if verb.group() in _NOUN_FORMS and _NOUN_MAKER.search(
            sentence, max(0, verb.start() - 40), verb.start()
        ):
            continue  # "The government's latest reports that ...", "many reports": a noun
        rest = sentence[verb.end() : body_end]
        # "vowed to veto the bill", "has promised not to raise taxes": a commitment, said
        commitment = _COMMITMENT.match(rest) if verb.group() in _COMMITMENT_VERBS else None
        if (
            verb.group() in ("confirming", "reiterating")
            and not _VERB.search(sentence, 0, verb.start())
            and not _PROGRESSIVE.search(sentence, 0, verb.start())
        ):
            continue  # "The results arrived, confirming that she was ill": evidence, no speaker
        # "urged the Senate to act", "called on Kyiv not to ...", "urged that ...": a directive
        directive = None
        if (
            verb.group().split()[0] in _DIRECTIVE_VERBS or verb.group() in _REQUEST_VERBS
        ) and _PARENTHETICAL_SAID.search(sentence, verb.end(), body_end):
            continue  # "Trump ordered the agencies to ..., the official said, to ...": hers
        if verb.group().split()[0] in _DIRECTIVE_VERBS:
            directive = _DIRECTIVE.match(rest)
            if (
                (directive is None and (not _THAT.match(rest, 1) or _THAT_DETERMINER.match(rest)))
                or (verb.group().endswith("ed") and _PROGRESSIVE.search(sentence, 0, verb.start()))
                or (
                    verb.group().startswith("urg")
                    and _NOUN_BEFORE_PLEDGE.search(
                        sentence, max(0, verb.start() - 20), verb.start()
                    )
                    and not verb.group().endswith("ed")
                )
            ):
                continue  # "urged on by the crowd", "was urged to run", "his urging": no directive
        elif verb.group() in _REQUEST_VERBS:
            # "asking the governor to suspend the sheriff", "ordered the agency to release
            # ...": a request or an order to someone (not "was asked to", "asked whether")
            directive = _DIRECTIVE.match(rest)
            if (
                directive
                and (
                    _PROGRESSIVE.search(sentence, 0, verb.start())
                    # "who asked not to be identified": a condition of the source's
                    or directive.group("clause").startswith("not ")
                    # (around a quoted fragment the partial quote says it: "asked the police to
                    # release the videos “as a matter of transparency”")
                    or "_" in sentence[verb.end() : body_end]
                )
            ):
                continue
            if directive is None and verb.group() not in _WH_VERBS:
                continue
        if commitment and (
            (
                _NOT_A_PLEDGE.match(rest, commitment.start("clause"))
                # ("Perry had vowed to be more prepared": only a person vows)
                and not verb.group().startswith(("vow", "pledg"))
            )
            # "Tom Lund was threatened to leave": the one threatened; "has promises to keep",
            # "exchanged vows to", "collected pledges to": nouns
            or (verb.group().endswith("ed") and _PROGRESSIVE.search(sentence, 0, verb.start()))
            or (
                verb.group() in ("promises", "pledges", "vows")
                and _NOUN_BEFORE_PLEDGE.search(sentence, max(0, verb.start() - 20), verb.start())
            )
        ):
            continue  # "The night promised to be long", "threatens to become": no one speaks
        if (
            (_NOT_SPEECH_AFTER.match(rest) and not commitment)
            or not rest.strip()
            or _NOTHING_OBJECT.match(rest)
            or (verb.group().startswith("claim") and _CLAIMED_OBJECT.match(rest))
        ):
            continue  # "asked to", "claimed responsibility for the attack": no statement
        if _PARTICIPLE_NEXT.match(rest):
            continue  # "said, adding that": the participle carries the clause
        if verb.group() not in _PLAIN_SAYING and _OWNED_CLAIM_NEXT.match(rest):
            continue  # "underscored Giuliani's claim that ...": Giuliani's, below
        before = sentence[max(0, verb.start() - 30) : verb.start()].split()
        if verb.group() in ("claim", "claims", "warning", "charge") and (
            # ("Col. Ralph Peters’ charge that"): a plural's possessive too
            (before and before[-1].endswith(("’s", "'s", "s’", "s'")))
            # "a charge that Ukraine denies", "the charge that he lied"
            or (verb.group() == "charge" and before and before[-1].lower() in _NOUN_BEFORE)
            or (
                len(before) > 1
                and before[-2].endswith(("’s", "'s"))
                and before[-1].isalpha()
                and before[-1].islower()
                and not before[-1].endswith("s")
            )
        ):
            continue  # "Giuliani's (repeated) claim that ...": a noun, its owner speaks (below)
        if verb.group() in _NOUN_LIKE_VERBS and (
            (before and before[-1].lower() in _NOUN_BEFORE)
            # "The Russian claim could not be ..." (not "Democrats claim that ...": a plural
            # is the subject)
            or (before and _is_nation(before[-1]) and not before[-1].endswith("s"))
            or _NOUN_PREP_AFTER.match(rest)
        ):
            continue  # "amid reports that", "her claims against ...": a noun, not a verb
        if _NEGATED.search(sentence, max(0, verb.start() - 30), verb.start()):
            continue  # "Fox News hasn't tweeted since ...", "did not say": no statement
        if _IMPERSONAL.search(sentence, 0, verb.end()):
            continue  # "It is believed that ...": nobody is speaking
        if verb.group() in _PARTICIPLES and _OBJECT_FOR_BEFORE.search(
            sentence, max(0, verb.start() - 12), verb.start()
        ):
            continue
        if verb.group() in _PARTICIPLES and not _PROGRESSIVE.search(sentence, 0, verb.start()):
            found = _participle_subject(
                resolver,
                p,
                s_start if context_start is None else context_start,
                s_start + verb.start(),
            )
        else:
            found = resolver.subject_before(p, s_start, s_start + verb.start())
            if (
                found is None
                and previous is not None
                and (
                    _BUT_ONLY.fullmatch(text, s_start, s_start + verb.start())
                    # "Brookes, who has said A, told USA TODAY B": the relative clause
                    # ended; "Gorsuch asserted that A, said that B": the next verb
                    or (
                        not text[s_start : s_start + verb.start()].strip(" ,")
                        and (
                            verb.group() == "told"
                            or _THAT.match(sentence, verb.end() + 1)
                            # "..., said on Monday that ..."
                            or _that_after_time(sentence, verb.end())
                            # "who signaled A, announced he would oppose him"
                            or _PRONOUN_CLAUSE.match(sentence, verb.end())
                        )
                    )
                )
            ):
                found = previous  # "X said A, but also said B": X again
            if (
                found is None
                and previous is None
                and _CONJOINED_VERB.search(
                    text, max(s_start, s_start + verb.start() - 40), s_start + verb.start()
                )
                # (a clause follows: not "and suggested a rethinking of the alliance")
                and (
                    _THAT.match(sentence, verb.end() + 1)
                    or _BARE_CLAUSE.match(sentence, verb.end(), body_end)
                )
            ):
                # "Gov. Lund described himself as aligned with Trump, but then also noted the
                # model ...": the sentence's subject, a person, speaks again
                found = _main_subject(resolver, p, s_start, s_start + verb.start())
                if found is not None and found.speaker is None:
                    found = None
        if found is None or (found.speaker is None and not found.description):
            continue
        if commitment and found.speaker is None and not _pledger(found.description):
            continue  # "Inflation threatens to erode wages", "The deal promises to lower prices"
        if (
            verb.group() == "projects"
            and found.speaker is None
            and not _THAT.match(sentence, verb.end() + 1)
        ):
            continue  # "Gaba projects", "The Fed projects that"; not "Wind projects the agency"
        if (
            found.speaker is None
            and verb.group() in _SHOWING_VERBS
            # (but "The transcript of the hearing shows that the plan ...": a record of speech)
            and not _RECORD_OF_SPEECH.search(found.description or "")
        ):
            continue  # "These incidents show that ...", "the data found": findings, no speaker
        if _evidence_only(found, anywhere=verb.group() in _EVIDENCE_VERBS):
            continue  # "EU data shows that ...", "a poll released Friday showed": no speaker
        if _poll_share(found, paragraph):
            continue  # "59 percent of voters say ...": a poll's finding, no one speaking
        if _INSIDE_QUESTION.search(text, max(s_start, found.start - 60), found.start):
            continue  # "praised what he said has come to be known", "asked when he thinks"
        before_subject = text[max(s_start, found.start - 20) : found.start].split()
        if (
            before_subject
            and (
                before_subject[-1].lower() in ("nothing", "anything")
                or (
                    before_subject[-1].lower() in ("something", "everything")
                    # (opening the sentence: not "It's something Cullen says has happened")
                    and all(
                        word.lower() in ("yet", "but", "and", "so")
                        for word in text[s_start : found.start].split()[:-1]
                    )
                )
            )
        ):
            # "Yet nothing he's ever said could justify it", "Something he said could upset
            # markets": what he said is the subject (but "..., something he said was unlikely
            # to be replicated": the thing before is what he said)
            continue
        later = _INDIRECT_VERB.search(sentence, verb.end())
        if later and _MAIN_CLAUSE_NOUN.match(sentence, later.start() - 2, later.end()):
            later = None  # (not "..., states administer the program": a noun)
        if (
            before_subject
            and before_subject[-1].lower() in _SUBORDINATORS
            and later
            # "after Hicks acknowledged that she told ...": a verb inside the clause is no
            # main verb of its own
            and not (
                _THAT.search(sentence, verb.end(), later.start())
                and "_" not in sentence[verb.end() : later.start()]
            )
        ):
            continue  # "when she wrote her book, Keller said ...": the main clause's verb wins
        # An unnamed subject must open the clause: nothing but the subject before the verb.
        clause_head = re.split(r"[:;]", text[s_start : s_start + verb.start()])[-1]
        if (
            found.speaker is None
            and len(clause_head.split()) > 14
            # (not "key Republicans, including ... Sen. Rand Paul of Kentucky, insisted": the
            # group, then an aside naming some of them)
            and not (
                found.description
                and _INCLUDING_ASIDE.fullmatch(
                    text, found.start + len(found.description), s_start + verb.start()
                )
            )
            # (not "The secretaries of state who testified to ... on Thursday said": the long
            # head is all the subject's, with its relative clause)
            and not (
                found.description
                and _RELATIVE_PRONOUN.search(found.description)
                and not text[s_start : found.start].strip()
                and len(found.description.split()) >= len(clause_head.split()) - 2
            )
            # "... at a time when France says ...": a clause of its own opens at "when"; "...,
            # a shift that Democrats say would ...": a relative clause's subject
            and not (before_subject and before_subject[-1].lower() in _CLAUSE_OPENING)
            # "a case in which local officials, backed by ..., will argue that": a relative
            and before_subject[-2:] != ["in", "which"]
            # "..., with officials saying": the absolute phrase's subject (_WITH_SUBJECT)
            and not (
                before_subject and before_subject[-1] == "with" and verb.group() in _PARTICIPLES
            )
            # "... was a win for more centrist members, who argued that": the relative
            # clause's antecedent, however far the sentence's start
            and not _WHO_BEFORE_VERB.search(text, s_start, s_start + verb.start())
            and not (
                before_subject
                and before_subject[-1].lower() == "that"
                and (
                    _GAP_CLAUSE.match(sentence, verb.end()) or _GAP_PAST.match(sentence, verb.end())
                )
            )
            # "Though Trump could ..., another person close to him noted": the main clause's
            # subject after a fronted subordinate clause
            and not (
                _fronted_subordinator(clause_head)
                and text[s_start : found.start].rstrip().endswith(",")
            )
            # "The president, often accused of acting late ..., said": the subject opens the
            # sentence and a long aside follows it
            and not _subject_then_aside(text, s_start, s_start + verb.start(), found)
            # "Republican Sens. Tom Lund of Ohio, Kara Berg of Iowa and ... said": a long
            # list of the people who speak together
            and not _named_group(resolver, p, found, s_start + verb.start())
            # "Trump ordered the agencies to ..., the official said, to ensure ...": an
            # attribution set inside the clause it reports
            and not (
                sentence.startswith(",", verb.end())
                and text[s_start : found.start].rstrip().endswith(",")
                and _PARENTHETICAL_SAID.match(
                    sentence, len(text[s_start : found.start].rstrip()) - 1
                )
            )
            # "The White House has berated senators for ..., saying": the participle hangs on
            # the subject that opens the sentence
            and not (
                verb.group() in _PARTICIPLES
                and sentence[: verb.start()].rstrip().endswith(",")
                and not text[s_start : found.start].strip()
            )
        ):
            continue
        if found.speaker is None and _names_inner_speaker(resolver, p, s_start + verb.end()):
            # "in which they claim deputy attorney general Julie Fernandez said the DOJ would
            # ...": the one named says it, and her verb comes next
            continue
        clause_start = verb.end()
        gerund = None
        participle_after = bool(
            _COMMA_PARTICIPLE.match(sentence, clause_start)
            # (not a gerund subject: "As Painter explains, missing court dates does not ...")
            and not _GERUND_SUBJECT.match(sentence, clause_start)
        )
        if verb.group().startswith("accus"):
            # "Lund accused the envoy of backing out of the deal": the charge, with its target.
            charge = _ACCUSED_OF.match(sentence, clause_start, body_end)
            if not charge:
                continue
            clause = original[charge.start(1) : body_end].strip(" ,")
            if len(clause.split()) < 4:
                continue
            return _make_indirect(clause, found, p, s_start, s_end, paragraph)
        obj = None
        if verb.group() in (
            "told", "tells", "telling", "assured", "warned", "reminded", "promised", "promises",
            "reassured", "reassures", "warning", "reminding", "assuring", "reassuring",
            "promising",
        ):  # fmt: skip
            obj = _TOLD_OBJECT.match(rest)
            if obj:
                clause_start += obj.end()
            elif verb.group() in ("told", "tells"):
                continue
        # ("countered flatly last week, when asked": past a manner adverb too)
        adverb_end = _LY_WORD.match(sentence, clause_start).end()  # type: ignore[union-attr]
        when = _LEADING_TIME.match(sentence, clause_start, body_end) or _LEADING_TIME.match(
            sentence, adverb_end, body_end
        )
        # where a subordinate clause may open: "said last week when the deal was announced"
        tail = verb.end()
        if when:  # (at the space before the next word: "last week, when asked")
            spaces = _SPACE_COMMA.match(sentence, when.end())
            tail = max(when.start(), (spaces.end() if spaces else when.end()) - 1)
        if when and when.end() >= body_end:
            continue  # "“...,” Lund said earlier in the week.": when, and nothing said
        if when:
            clause_start = when.end()  # "said Monday (that) ...": the day is not what was said
            if "," in when.group() and _ING_WORD.match(sentence, clause_start):
                participle_after = True  # "said this week, renewing ...": the reporter's
        that = _PP.match(sentence, clause_start, body_end) or (
            # "continues to insist, most recently in an interview with ABC, that ...": the
            # clause after the aside
            # (not "her warning, in Lund's phrase, that": a noun, and whose words they are)
            _ASIDE_THAT.match(sentence, verb.end(), body_end)
            if not when and not verb.group().endswith("ing")
            else None
        )
        if that and participle_after and that.group().lstrip().startswith(","):
            # "Lund said, responding to critics, that the plan is dead": the participle is
            # an aside, and the clause after "that" is his
            participle_after = False
        wh = None
        fronted_as = _FRONTED_AS.fullmatch(sentence, 0, verb.start()) and _UP_TO_COMMA.match(
            sentence, verb.end(), body_end
        )
        if (
            fronted_as
            and verb.group() not in _SHOWING_VERBS  # ("As the death of X showed, ...")
            # ("As Lund acknowledged the crowd, ...": an object, not "in earlier articles")
            and not (
                verb.group() in _NP_OBJECT_VERBS
                and fronted_as.end() - verb.end() > 2
                and not _PREP_START.match(sentence, verb.end())
            )
            and _FINITE_WORD.search(sentence, fronted_as.end(), body_end)
        ):
            # "As my colleague Ana Berg reports, since 2010 the state has ...": the main
            # clause is what she reports, "that" or not
            that = None
            clause_start = fronted_as.end()
        else:
            fronted_as = None
        if commitment:
            that = None
            clause_start = verb.end() + commitment.start("clause")
        elif directive:
            that = None
            clause_start = verb.end() + directive.start("clause")  # "Congress to pass ..."
        elif that:
            clause_start = that.end()
        elif verb.group() in _WH_VERBS:
            wh = _WH_CLAUSE.match(sentence, clause_start, body_end)
            if not wh:
                continue
            clause_start = wh.start(1)  # "questioned how the truce would be monitored"
        else:
            pp_then_clause = _PP_PRONOUN_CLAUSE.match(sentence, clause_start, body_end)
            pp_comma = _PP_COMMA_CLAUSE.match(sentence, clause_start, body_end)
            if pp_then_clause and _BARE_CLAUSE.match(sentence, pp_then_clause.end(), body_end):
                clause_start = pp_then_clause.end()  # "said in an interview he hoped ..."
            elif pp_comma and _BARE_CLAUSE.match(sentence, pp_comma.end(), body_end):
                pass  # "said in that case, they would pay more": the phrase is said too
            elif _PREP_START.match(sentence, _LY_WORD.match(sentence, clause_start).end()) or (  # type: ignore[union-attr]
                _COMMA_PHRASE_END.match(sentence, clause_start, body_end)
                and not _AUX_WORD.search(sentence, clause_start, body_end)
            ):
                # "said in a statement", "said flatly at his news conference", "Wang said, in
                # an unusually direct admonition."
                continue
            if (
                obj
                and verb.group() in ("assured", "reassured")
                and "_" not in sentence[clause_start:body_end]
                and not _BARE_CLAUSE.match(sentence, clause_start, body_end)
            ):
                continue  # "assured the crowd Friday evening at a rally": no clause after him
            bare = (
                _BARE_CLAUSE.match(sentence, clause_start, body_end)
                if verb.group() in _BARE_CLAUSE_VERBS
                else None
            )
            if verb.group() in _MADE_CLEAR and (
                not (
                    _PRONOUN_CLAUSE.match(sentence, clause_start)
                    # "has made clear Mr Obama would avoid such a move": a named subject, a verb
                    or _NAMED_CLAUSE.match(sentence, clause_start)
                )
                # "Lund's defeat made clear it was time ...": evidence, nobody speaking
                or (found.speaker is None and _POSSESSIVE_WORD.search(found.description or ""))
            ):
                continue
            if (
                not that
                and found.speaker is None
                and verb.group().endswith("s")
                and _AUX_OPENS.match(sentence, clause_start, body_end)
                and not _RELATIVE_WORD.search(text, s_start, s_start + verb.start())
            ):
                # "In Maryland, the refund claims could be close to $200 million": a plural
                # noun, and no clause opens with its verb (but "the revenue Lund predicts would
                # come", "a shift that Democrats say would ...": relatives, their gap the subject)
                continue
            # "Moore denies ever having known Nelson": what is denied, as a gerund
            # (not around a quoted fragment: "denied having a “domestic dispute”" is the
            # partial quote)
            gerund = (
                verb.group() in _DENIALS
                and _GERUND.match(sentence, clause_start)
                and "_" not in sentence[clause_start:body_end]
            )
            if (
                verb.group() in _NEEDS_THAT
                and not gerund
                and not fronted_as
                and not (
                    # "denied the allegation Friday, as did Judge X": no clause across a comma
                    bare and not (verb.group().startswith("den") and "," in bare.group())
                )
            ):
                continue
            if (
                verb.group() in _NP_OBJECT_VERBS
                and not fronted_as  # ("As the Times has acknowledged in earlier articles, ...")
                and not sentence[verb.end() :].lstrip().startswith(",")  # "..., he added, as"
                and not _BARE_CLAUSE.match(sentence, clause_start, body_end)
                # ("an investigation he acknowledges could put Clinton in the cross hairs": a
                # relative clause whose subject is the noun before it)
                and not (
                    _GAP_CLAUSE.match(sentence, clause_start, body_end)
                    and _GAP_SUBJECT_BEFORE.search(
                        sentence, max(0, verb.start() - 40), verb.start()
                    )
                )
            ):
                continue  # "stressed the need to ...", "recalled the tense moments": an object
        aside = None if fronted_as else _COMMA_WORD.match(sentence, verb.end())
        aside_only = False  # "Park said, as the crowd cheered": the reporter's aside
        if (
            aside
            and not that
            and aside.group(1).lower() in ("a", "an")
            # after a quote, or opening the sentence; not "During X, Lund said, a majority ..."
            and ("_" in text[s_start : found.start] or not text[s_start : found.start].strip())
        ):
            aside_only = True  # "“...,” Warren said, an allusion to ...": the reporter's
        elif aside and not that and (pp := _ASIDE_PP.match(sentence, verb.end())):
            if pp.group(1).startswith(":"):
                aside_only = True  # "He added, in reference to Hamas: “...”": the quote
            else:
                clause_start = pp.end()  # "said, in a statement, (that) the bill is dead"
        elif not that and not fronted_as and _BARE_SUBORDINATE.match(sentence, tail):
            later_that = _SUBORDINATE_THAT.match(sentence, tail)
            if later_that:
                clause_start = later_that.end()  # "said when asked that the bank would close"
            elif not _SUBORDINATE_THEN_MAIN.match(sentence, tail, body_end):
                aside_only = True  # "Biden said as Trump continued to ...": no clause of his
            # ("Carney said while the council hasn't met, the president hears from it": the
            # subordinate clause, then the main one, are what he said)
        elif aside and not that and aside.group(1).lower() in _SUBORDINATORS:
            later_that = _ASIDE_THAT.match(sentence, verb.end())
            if later_that:
                clause_start = later_that.end()  # "said, when asked, that ...": the clause
            elif _ASIDE_SUBORDINATE_THEN_MAIN.match(sentence, verb.end(), body_end):
                # "Hasen said, as it stands, there's ground to cover": the subordinate clause,
                # then the main one, are what he said
                clause_start = aside.start(1)
            else:
                aside_only = True
        clause_end = body_end
        if gerund:
            # "denied knowing Reid, but the committee said ...": the gerund's phrase only
            stop = _GERUND_END.search(sentence, clause_start, body_end)
            if stop:
                clause_end = stop.start()
        cut = _NEXT_ATTRIBUTION.search(sentence, clause_start, clause_end)
        if (
            cut
            and cut.group("second")
            and not _FINITE_WORD.search(sentence, clause_start, cut.start())
            # ("Lund, noting that women make up half of it, said her cabinet would": the
            # participle's clause ends at the main verb)
            and not (
                verb.group() in _PARTICIPLES and sentence[: verb.start()].rstrip().endswith(",")
            )
        ):
            cut = None  # "said the company, in a filing, announced it would ...": one clause
        if cut:
            clause_end = cut.start()
        # "he doesn't support it, seemingly contradicting his earlier remarks": the reporter's
        # (within a clause's length: a sentence without full stops may run for a megabyte)
        remark = _ADVERB_PARTICIPLE.search(
            sentence, clause_start, min(clause_end, clause_start + 800)
        )
        if remark:
            clause_end = remark.start()
        dash_but = _DASH_BUT.search(sentence, clause_start, clause_end)
        if dash_but:
            clause_end = dash_but.start()  # "says X — but apparently ...": the reporter's
        if commitment or directive:
            # "pledging to crack down on X, and has called for Y": the commitment ends
            cut = _COMMITMENT_END.search(sentence, clause_start, clause_end)
            if cut:
                clause_end = cut.start()
            if directive:
                # "urged all senators to vote no and cited the cost": the subject's next verb
                cut = _AND_PAST.search(sentence, clause_start, clause_end)
                if cut:
                    clause_end = cut.start()
        if in_opening and clause_start < comma < clause_end:
            clause_end = comma  # "After Politico reported that X, the White House scrambled"
        if any(
            at <= verb.start() and ", " not in sentence[at : verb.start()] for at in inner_openings
        ):
            # "..., while Americans say they disapprove of X, few have proposed Y": what they
            # say ends where the main clause's subject and verb come
            main = _MAIN_AFTER_SUBORDINATE.search(sentence, clause_start, clause_end)
            if main:
                clause_end = main.start()
        if (
            before_subject
            and before_subject[-1].lower() == "that"
            and _GAP_PAST.match(sentence, verb.end())
        ):
            # "the inquiry that they say exonerated the president, used the ...": the
            # relative clause ends at its comma
            comma_at = sentence.find(", ", clause_start, clause_end)
            if comma_at > 0:
                clause_end = comma_at
        if verb.start() > 0 and _FRONTED_PARTICIPLE.match(sentence, 0, verb.start()):
            # "Noting that some Republicans say UI “saps ...,” Obama savored a chance to ...":
            # what they say ends where the main clause begins
            main = _MAIN_AFTER_PHRASE.search(sentence, clause_start, clause_end)
            if main:
                clause_end = main.start()
        if _SUBJECT_WHO.fullmatch(sentence, 0, verb.start()):
            # "Sen. Tom Berg, who said the bill was dead, left early": the relative clause
            # ends where the subject's own verb comes
            main = _MAIN_PREDICATE.search(sentence, clause_start, clause_end)
            if main:
                clause_end = main.start()
        colon = _COLON_QUOTE.search(sentence, clause_start, clause_end)
        if colon:
            clause_end = colon.start()  # "warns that X could backfire: “...”": the quote is apart
        as_aside = _AS_NARRATION.search(sentence, clause_start, clause_end)
        if as_aside:
            clause_end = as_aside.start()  # "..., as she arrived in Japan": the reporter's
        for then in _AND_PARTICIPLE.finditer(sentence, clause_start, clause_end):
            if (
                (then.group(1) in _PARTICIPLES or then.group(1) in _NAMING_PARTICIPLES)
                # (not gerunds joined: "establishing and maintaining a no-fly zone ended";
                # nor a noun: "used tear gas and warning shots")
                and not sentence.endswith("ing", 0, then.start())
                and not _NOUN_AFTER_ING.match(sentence, then.end())
            ):
                # "saying his name was Rubenstein and noting rumors of ...": the next act
                clause_end = then.start()
                break
        clause = original[clause_start:clause_end].strip(" ,")
        if (
            sentence[verb.end() :].lstrip().startswith(",")
            and clause[:1] in ("“", '"', "‘")
            and clause[1:2].isupper()
        ):
            # 'Nordstrom, the mayor of Galva, said, “I personally cannot.”': a quote of its
            # own (not '..., Boehner said, "have not violated any principle"': the rest)
            continue
        # "Acts of protest, he said, are acts of patriotism": the attribution splits the clause.
        opening = text[s_start : found.start]
        subject_start = found.start
        comma_at = opening.rfind(", ")
        if (
            comma_at > 0
            and not opening.rstrip().endswith(",")
            and len(opening[comma_at + 2 :].split()) <= 4
            and not any(w.lower() in _FINITE for w in opening[comma_at + 2 :].split())
            and _continues_opening(clause, text[s_start : s_start + comma_at])
        ):
            # "Climate change, Mr. Obama often says, is ...", "..., some education and civil
            # rights observers say, because ...": the subject starts at the comma, before the
            # words its noun phrase left out
            opening, subject_start = opening[: comma_at + 1], s_start + comma_at + 1
        if (
            subject_start > s_start
            and opening.rstrip().endswith(",")
            and sentence[verb.end() :].lstrip().startswith(",")
            and "_" not in opening
            and len(opening.split()) >= 2
        ):
            opening_clause = original[: subject_start - s_start].strip(" ,")
            # "Berg wasted no time: the plan, he said, ...": the clause starts at the colon
            opening_clause = opening_clause.rpartition(": ")[2]
            # "The leader is set for a tightrope walk, he added, reminiscing about ...": the
            # participle after the verb is the reporter's, not what was said.
            clause = opening_clause if participle_after else opening_clause + " " + clause
        elif participle_after or aside_only:
            continue  # "Schumer said, responding to McConnell, on Tuesday": no clause
        # "Doe said that talks resumed": an explicit "that" marks even a short clause.
        words = clause.split()
        if (
            not that
            and len(words) > 1
            and words[0].lower() in _AMOUNT_OBJECTS
            and words[1].lower() != "of"  # ("said much of the demand is from ...": a clause)
            and (
                words[1].lower() in _PREPOSITIONS
                or words[1].lower().endswith("ly")
                # "said nothing more to X" (but "said nothing more could be done", "said
                # nothing else mattered": clauses)
                or (
                    words[1].lower() in ("more", "else", "further")
                    and (len(words) == 2 or words[2].lower() in _PREPOSITIONS)
                )
            )
        ):
            continue  # "McConnell has said little publicly about it": an amount said, no clause
        if (
            words
            and (clause.endswith(":") or colon)
            and words[0].lower() in _OBJECT_OPENERS
            # ("claiming this will lead to:", "say the numbers don't bear that out:")
            and not any(w.lower() in _FINITE or w.endswith(("n't", "n’t")) for w in words)
        ):
            continue  # "tweeted this response to the story:": an object before the quote
        if clause.endswith(":") and not _OPEN_PREDICATE.search(clause):
            clause = clause.rstrip(": ")  # (a whole clause before a quote: not its colon)
        if (
            len(words) < 4
            and not (
                len(words) >= 2
                and that
                and that.group().rstrip(", ").endswith("that")
                and words[0].lower() not in _FINITE  # "said that was fine": "that" is the subject
            )
            and not (
                # "Thompson said he was pleased", "said he lost everything": a pronoun, a verb;
                # "Short said that’s completely wrong"
                len(words) == 3
                and (
                    (
                        words[0].lower() in ("he", "she", "they", "we", "i")
                        and _BARE_CLAUSE.match(" " + clause)
                    )
                    or _CONTRACTED_SUBJECT.fullmatch(words[0].lower())
                )
            )
        ):
            continue
        if _SUBJECTLESS_CLAUSE.match(clause) or _THEN_VERB.match(clause):
            continue  # "Editor's note: ...", "he said, then began a chant": no clause
        return _make_indirect(clause, found, p, s_start, s_end, paragraph)
    return _noun_claim(resolver, p, s_start, body_end)


def _noun_claim(resolver: _Resolver, p: int, s_start: int, body_end: int) -> Quote | None:
    """A claim named by a noun: "Lund's claim that", "warnings from lawmakers that", "made
    the argument that"."""
    return (
        _owned_claim(resolver, p, s_start, body_end)
        or _claim_from(resolver, p, s_start, body_end)
        or _made_claim(resolver, p, s_start, body_end)
    )


_CLAIM_NOUNS = (
    r"(?:claims?|assertions?|insistence|argument|warnings?|accusations?|allegations?|contention|"
    r"announcement|suggestion|prediction|admission)"
)
# A reported clause opens with a word or a quote, not another mark ("Editor's note: ...")
_LONG_SOURCE = re.compile(r"[A-Z][^,_:;]{1,60},\s+(?:a|an|the)\s[^:;_]+$")
# (not "say": "he would say only that ..." is what he said)
_SUPPOSED_VERBS = frozenset("agree argue contend insist claim suggest note".split())  # noqa: SIM905
_WOULD_BEFORE = re.compile(r"\b(?:would|might|could)\s+(?:(?:all|surely|probably)\s+)?$")
_CONJUNCTION_END = re.compile(r"[\s,](?:and|but|or|while|yet)$")
_DANGLING_RELATIVE = re.compile(r"\b(?:who|whom|which|whose)$")
_SUBJECTLESS_CLAUSE = re.compile(r"[^\w“\"‘'(\[$£€]")
_THEN_VERB = re.compile(r"(?:and\s+)?then\s+[a-z]{2,}(?:ed|an|ent|ook|egan|ave|ame|old|ew)\b")
# (an adjective between, not a plural noun: not "Lund's aides claim that")
_OWNED_CLAIM = re.compile(r"[’']s\s+(?:[a-z]+(?<!s)\s+)?" + _CLAIM_NOUNS + r"\s+that\s+")
_OWNED_CLAIM_NEXT = re.compile(
    r"\s*(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+(?:[a-z]+(?<!s)\s+)?"
    + _CLAIM_NOUNS
    + r"\s+that\b"
)
# Verbs whose own clause wins over an owned claim inside it ("Keller said Lund's claim that
# the deal was legal is false": Keller's)
_PLAIN_SAYING = frozenset(
    "said says say told tells added argued wrote noted insisted".split()  # noqa: SIM905
)
# (and where a second claim joins it: "his charge that X and his insistence that Y")
_CLAIM_END = re.compile(
    r"\s+(?:--|—|–)\s|;|,?\s+and\s+(?:his|her|their|its|the)\s+(?:[a-z]+\s+)?"
    + _CLAIM_NOUNS
    + r"\s+that\b"
)


# "made the argument that", "made the critical point that", "began with the announcement that"
_MADE_CLAIM = re.compile(
    # (finite verbs only: "making the point that" hangs on a subject far back, "will make the
    # case that" is yet to be said)
    r"(?=[belmoprsvg])(?:\b(?:made|makes|offered|offers|repeated|repeats|echoed|echoes|sounded|"
    r"pressed|renewed|began with)\s+(?:the|a|an|his|her|their)\s+(?:[a-z]+(?<!s)\s+){0,2}"
    r"(?:argument|point|case|claim|assertion|observation|prediction|theme|announcement|"
    r"warning|accusation|allegation)\s+that\s+"
    # "expressed confidence that", "voiced his concern that"
    r"|\b(?:expressed|expresses|voiced|voices)\s+(?:(?:his|her|their|the)\s+)?(?:[a-z]+\s+)?"
    r"(?:confidence|hope|optimism|concern|doubt|doubts|fear|fears|skepticism|belief|"
    r"frustration|disappointment)\s+that\s+"
    # "has made repeated statements that", "gave assurances that"
    r"|\b(?:made|makes|gave|gives)\s+(?:(?:repeated|several|many|public|multiple|similar|"
    r"numerous)\s+)?(?:statements|comments|remarks|assurances)\s+that\s+"
    # "levied a series of allegations that", "leveled new charges that"
    r"|\b(?:levied|leveled|levelled|lodged|raised)\s+(?:a\s+(?:series|number|string|host)\s+of\s+"
    r"|(?:several|new|multiple|similar)\s+)?(?:allegations|accusations|charges|claims)\s+that\s+)"
)


def _made_claim(resolver: _Resolver, p: int, s_start: int, body_end: int) -> Quote | None:
    """ "Fox contributor Steve Hayes made the argument that the transcripts back up the
    claim": the subject's argument, point or announcement, and what it says."""
    text = resolver.masked[p]
    match = _MADE_CLAIM.search(text, s_start, min(s_start + body_end, s_start + 300))
    if match is None:
        return None
    opening = text[s_start : match.start()].split()[:1]
    if opening and opening[0].lower() in _SUBORDINATORS:
        return None  # "If Obama was making the case that ..., he was naming": a condition
    found = resolver.subject_before(p, s_start, match.start())
    if found is None or found.speaker is None:
        return None  # (an unnamed subject: "The report makes the case that")
    return _claim_quote(resolver, p, s_start, body_end, match.end(), found)


def _claim_quote(
    resolver: _Resolver,
    p: int,
    s_start: int,
    body_end: int,
    start: int,
    found: _Attribution,
    subject: bool = False,
    fronted: bool = False,
) -> Quote | None:
    """The clause a claim's "that" opens at ``start``, up to a dash, a semicolon or the next
    attribution, as ``found``'s reported speech; None when it is too short or holds a quote.
    With ``subject`` the claim is the sentence's subject: its clause ends where the main verb
    comes ("Lund's claim that the bill was dead was met with derision"); with ``fronted`` it
    stands in an opening phrase and ends at the comma before the main clause."""
    text = resolver.masked[p]
    if not _THAT_CLAUSE_OPENS.match(text, start):
        return None  # "Trump's assertion that seemed to rule out talks": a relative clause
    end = s_start + body_end
    cut = _CLAIM_END.search(text, start, end) or _NEXT_ATTRIBUTION.search(text, start, end)
    if cut:
        end = cut.start()
    if fronted:
        comma = text.find(",", start, end)
        if comma > 0:
            end = comma
    if subject:
        own_verb = _FINITE_WORD.search(text, start, end)
        main = _MAIN_VERB_AFTER_CLAUSE.search(text, own_verb.end(), end) if own_verb else None
        if main:
            end = main.start()
    clause = resolver.paragraphs[p][start:end].strip(" ,")
    masked_clause = text[start:end].strip()
    if (
        len(clause.split()) < 4
        or not _says_more(masked_clause)
        or masked_clause[:1] in ("_", *OPENERS, '"')
    ):
        return None  # (a clause mostly of quoted words, or opening with them: the quote says it)
    return _make_indirect(clause, found, p, s_start, s_start + body_end, resolver.paragraphs[p])


def _owned_claim(resolver: _Resolver, p: int, s_start: int, body_end: int) -> Quote | None:
    """ "The tweets underscored Giuliani's claim that the money was not campaign-related": a
    person's claim, warning or announcement, and what it says."""
    text = resolver.masked[p]
    match = _OWNED_CLAIM.search(text, s_start, min(s_start + body_end, s_start + 400))
    if match is None:
        return _pronoun_claim(resolver, p, s_start, body_end)
    refs = resolver.people.in_range(p, s_start, match.start())
    if not refs or refs[-1].end != match.start():
        return _pronoun_claim(resolver, p, s_start, body_end)  # (not "the administration's")
    found = _Attribution(refs[-1].person, None, refs[-1].start)
    # ("Trump's claim that ... was met with derision": the claim opens the sentence or a
    # clause, after a title: "WASHINGTON – President Trump's announcement that", "...
    # gripe that Vitter's accusation that")
    subject = bool(_CLAUSE_START_BEFORE.search(text[s_start : refs[-1].start]))
    return _claim_quote(resolver, p, s_start, body_end, match.end(), found, subject)


# The sentence's main verb after a subject's "that" clause: an auxiliary after a word that
# does not join clauses ("... a crisis on the border has won over", "... he was there was met")
_MAIN_VERB_AFTER_CLAUSE = re.compile(
    r"(?<![,;])\s(?<!\band\s)(?<!\bbut\s)(?<!\bthat\s)(?<!\bwho\s)(?<!\bwhich\s)(?<!\bor\s)"
    r"(?:is|was|are|were|has|have|had|will|would)\s"
)
# What follows a claim's "that" when it opens a clause, not a relative clause's verb
_THAT_CLAUSE_OPENS = re.compile(
    r"(?!(?:" + _RELATIVE_THAT_VERBS + r"|seems|appears|drew|sparked|prompted)\b)"
)
_CLAUSE_START_BEFORE = re.compile(
    r"(?:^|[,:;–—-]\s*|\bthat\s+|\b(?:But|And|So)\s+)(?:(?:[A-Z][\w.’'-]*|the)\s+){0,3}$"
)
# "despite warnings from lawmakers that it could ...", "claims by the senator that ...": the
# claim's owner after "from"/"by", then what it says
_CLAIM_FROM = re.compile(
    r"(?=[acprsw])\b(?:warnings?|claims?|assertions?|accusations?|allegations?|complaints?|"
    r"predictions?|statements?|remarks?|comments?|announcements?|assurances?)\s+"
    r"(?:from|by)\s+(?P<owner>[^,;:_“”\"]{2,80}?)"
    # ("warnings by ... Dr. Anthony Fauci, who was absent from the briefing, that", "warnings
    # by their host, the Japanese prime minister Shinzo Abe, that": an aside on the owner)
    r"(?P<aside>,\s*(?:who|which|the|a|an)\s[^,;:_“”\"]{1,100},)?\s+that\s+"
)


# "Tom Hale's lawyer ...": the subject is the lawyer
_OWNER_FIRST = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}[\w.-]*[’']s\s")
# "his insistence that tax rates return", "her warning that": the pronoun's person
_PRONOUN_CLAIM = re.compile(
    # ("his charge that": the noun after a pronoun, not "Democrats charge that")
    r"(?=h)\b(his|her)\s+(?:[a-z]+(?<!s)\s+)?(?:" + _CLAIM_NOUNS + r"|charge)\s+that\s+",
    re.IGNORECASE,
)


def _pronoun_claim(resolver: _Resolver, p: int, s_start: int, body_end: int) -> Quote | None:
    """ "Obama has held his ground on his insistence that tax rates return to 1990s' levels":
    the claim of the one "his" refers to."""
    text = resolver.masked[p]
    match = _PRONOUN_CLAIM.search(text, s_start, min(s_start + body_end, s_start + 400))
    if match is None:
        return None
    # (the sentence's subject, a person named or "he"/"she": not "Cohen's lawyer is walking
    # back his assertions", whose "his" is the unnamed lawyer)
    found = _main_subject(resolver, p, s_start, match.start())
    if found is None or found.speaker is None:
        return None
    if _OWNER_FIRST.match(text, found.start, match.start()):
        return None
    want = "m" if match.group(1).lower() == "his" else "f"
    if resolver.people.gender.get(found.speaker) not in (want, None):
        return None
    return _claim_quote(resolver, p, s_start, body_end, match.end(), found)


def _claim_from(resolver: _Resolver, p: int, s_start: int, body_end: int) -> Quote | None:
    """ "The White House backed the release, despite warnings from lawmakers that it could
    lead to a backlash": the owner's claim, warning or prediction, and what it says."""
    text = resolver.masked[p]
    match = _CLAIM_FROM.search(text, s_start, min(s_start + body_end, s_start + 400))
    if match is None:
        return None
    found = resolver.subject_after(p, match.start("owner"), match.end("owner"), documents=True)
    if match.group("aside") and (found is None or found.speaker is None):
        # "warnings by their host, the Japanese prime minister Shinzo Abe, that": the person
        # the aside names
        named = resolver.people.in_range(p, match.start("aside"), match.end("aside"))
        if named:
            found = _Attribution(named[-1].person, None, named[-1].start)
    if (
        found is None
        or _evidence_only(found, anywhere=True)
        or (found.speaker is None and _DOCUMENT_HEAD.search(found.description or ""))
    ):
        return None  # ("claims from the report that": a finding or a document's)
    opener = text[s_start : match.start()].split()[:1]
    fronted = bool(opener) and opener[0].lower() in _FRONTING_PREPOSITIONS
    return _claim_quote(resolver, p, s_start, body_end, match.end(), found, fronted=fronted)


# "After remarks by Lee that ..., the delegates left": the claim's clause ends at the comma
_FRONTING_PREPOSITIONS = frozenset(
    "after despite amid following before since given with over against in".split()  # noqa: SIM905
)


def _subject_then_aside(text: str, start: int, end: int, found: _Attribution) -> bool:
    """ "The president, often accused of acting late ..., said": a subject that opens the
    sentence, then one aside without a finite verb (not "Meanwhile, a group ... met and would
    continue, said X", nor "While she ...")."""
    if text[start : found.start].strip():
        return False
    aside = _APPOSITIVE_END.search(text, start, end)
    first = (found.description or "").split()[:1]
    return (
        aside is not None
        and (
            not any(word in _FINITE for word in aside.group().lower().split())
            # "Bush aides, many of whom believe they will face her, said": a relative clause
            or _RELATIVE_ASIDE_OPEN.match(aside.group()) is not None
            # "Sources close to Hezbollah, which is expected to play a role ..., say"
            or aside.group().startswith((", which ", ",which "))
        )
        and not (first and first[0].lower() in _SUBORDINATORS | {"meanwhile"})
    )


def _name_and_appositive(resolver: _Resolver, p: int, start: int, end: int, clause: str) -> bool:
    """A stretch that is only a person and one appositive ("Sen. Tom Carper, another member of
    the group", "Rep. Tom Lund, R-Kan., who sits on the panel"): the subject of the verb after
    it, not a reported clause."""
    if len(clause.split()) > 20:
        return False
    refs = resolver.people.in_range(p, start, end)
    if not refs or len(resolver.masked[p][start : refs[0].start].split()) > 3:
        return False  # (titles before the name: "House Speaker", "Sen.")
    rest = resolver.masked[p][refs[0].end : end].rstrip(" ,")
    rest = _PARTY_AFTER_NAME.sub("", rest, count=1)
    if not rest.startswith(", ") or "," in rest[2:] or "_" in rest:
        return False
    appositive = rest[2:]
    return appositive.startswith(("who ", "which ")) or not _FINITE_WORD.search(appositive)


_PARTY_AFTER_NAME = re.compile(r"^(?:,\s*[RDI]-[A-Z][A-Za-z.]{1,12}(?=,)|\s*\([^()_]{1,30}\))")


def _ends_with_name(resolver: _Resolver, p: int, start: int, end: int, clause: str) -> bool:
    """A short stretch ("The chief executive, Carrie Lam") that ends with a person named: the
    subject of the verb after it, not a reported clause."""
    if len(clause.split()) > 8 or _FINITE_WORD.search(clause):
        return False  # "A surprise intermediary was Pope Francis, said the officials"
    refs = resolver.people.in_range(p, start, end)
    return bool(refs) and not resolver.masked[p][refs[-1].end : end].strip(" ,")


# ", with officials saying": an absolute phrase (after a comma or opening the sentence; not
# "tussles with the reptile saying"), "with", then up to four words and no punctuation
# (and "despite his lawyers writing in a letter that": the lawyers write)
_WITH_SUBJECT = re.compile(
    # (after a quote, its comma is masked: "called him a “disgrace,” with the White House")
    r"(?:(?:,\s*with|_[”\"]\s+with|\bWith)\s+((?:[\w’'.-]+\s+){0,3}[\w’'.-]+)"
    # (not "despite receiving criticism for saying", "despite their boss’ saying")
    r"|\b[Dd]espite\s+((?:his|her|their|its|the)\s+(?:[\w.-]+\s+){0,2}[\w.-]+)"
    r")\s+$"
)
# "with 18 percent saying", "with some saying": a poll's share or a bare quantifier
_NOT_WITH_SUBJECTS = frozenset(
    "some many most more others rest few several all both his her their its one percent".split()  # noqa: SIM905
)


def _acted_before(
    resolver: _Resolver, p: int, s_start: int, verb_start: int
) -> _Attribution | None:
    """ "After Romney said it was wrong, Trump unloaded, calling Romney a “pompous ass”": the
    main clause's subject, named just before its verb and the participle at ``verb_start``."""
    text = resolver.masked[p]
    refs = resolver.people.in_range(p, s_start, verb_start)
    if (
        refs
        and _ACTED_THEN_COMMA.fullmatch(text, refs[-1].end, verb_start)
        and text[max(0, refs[-1].start - 2) : refs[-1].start] == ", "
        and not _object_position(text, refs[-1].start)
    ):
        return _Attribution(refs[-1].person, None, refs[-1].start)
    return None


def _participle_subject(
    resolver: _Resolver, p: int, s_start: int, verb_start: int
) -> _Attribution | None:
    """Who is "saying"/"adding": the subject of the speech verb before, else of the sentence."""
    text = resolver.masked[p]
    # "..., while Zelensky, claiming that ...": the person the participle hangs on.
    refs = resolver.people.in_range(p, s_start, verb_start)
    if (
        refs
        and (
            not text[refs[-1].end : verb_start].strip()  # "footage of Lund asking"
            or (
                text[refs[-1].end : verb_start].strip() == ","
                and _opens_clause(text, s_start, refs[-1].start)  # not "threatened Berg, telling"
            )
        )
    ):
        return _Attribution(refs[-1].person, None, refs[-1].start)
    if refs and _WHO_UP_TO_PARTICIPLE.fullmatch(text, refs[-1].end, verb_start):
        # "... to Gov. Tom Lund — who responded by saying, “...”": the relative clause's
        return _Attribution(refs[-1].person, None, refs[-1].start)
    acted = _acted_before(resolver, p, s_start, verb_start)
    if acted is None and text.endswith(" and ", s_start, verb_start):
        # "..., Trump unloaded, calling Romney a “pompous ass” and suggesting ...": the first
        # participle's subject
        joined_at = text.rfind(", ", s_start, verb_start)
        if joined_at > 0 and _ING_WORD.match(text, joined_at + 2):
            acted = _acted_before(resolver, p, s_start, joined_at + 2)
    if acted is not None:
        return acted
    # "..., with officials saying ...": the noun after "with" is the participle's subject
    # (a person right before it is found above)
    absolute = _WITH_SUBJECT.search(text, max(s_start, verb_start - 60), verb_start)
    noun = (absolute.lastindex or 1) if absolute else 1  # the "with" or the "despite" group
    if (
        absolute
        and not any(absolute.start(noun) <= ref.start for ref in refs)
        and not any(char.isdigit() for char in absolute.group(noun))
        and _NOT_WITH_SUBJECTS.isdisjoint(absolute.group(noun).lower().split()[-1:])
    ):
        described = resolver._describe(absolute.group(noun), p, absolute.start(noun))
        if described is not None:
            return described
    # Only the clause the participle belongs to: not a verb before ", while".
    breaks = list(_CLAUSE_BREAK.finditer(text, s_start, verb_start))
    if breaks:
        s_start = breaks[-1].end()
    elif _SUBORDINATE_OPENING.match(text, s_start):
        # "When Obama announced X, Abbott sought out the court to file a lawsuit arguing
        # that ...": the main clause's, not the opening clause's verb
        comma = text.find(", ", s_start, verb_start)
        if comma > 0 and resolver.people.in_range(p, comma, verb_start):
            s_start = comma + 2
    previous = None
    for match in _VERB.finditer(text, s_start, verb_start):
        before = text[max(s_start, match.start() - 20) : match.start()].split()
        if before and (before[-1].endswith(("’s", "'s")) or before[-1].lower() in _DETERMINERS):
            continue  # "Lund's comments", "the reports": nouns
        previous = match
    if previous is not None and previous.group() not in _PARTICIPLES:
        found = resolver.subject_before(p, s_start, previous.start())
        if found is None:
            found = resolver.subject_after(p, previous.end(), verb_start)
        if found is not None:
            return found
    found = _main_subject(resolver, p, s_start, verb_start)
    if found is None:
        first = _CLAUSE_SUBJECT.match(text, s_start, verb_start)

        def reported(ref: _MentionRef) -> bool:
            # "The person disputed the idea that Baker wanted ..., saying": the subject of a
            # clause a noun reports, when the sentence opens with a subject of its own
            return bool(
                first
                and ref.start > first.end()
                and _THAT_BEFORE_NAME.search(text, max(s_start, ref.start - 40), ref.start)
            )

        # "..., as Lund threatened Berg, telling him": the last person followed by a verb.
        for ref in reversed(resolver.people.in_range(p, s_start, verb_start)):
            if (
                _VERB_AFTER.match(text, ref.end)
                and not _object_position(text, ref.start)
                and not reported(ref)
            ):
                return _Attribution(ref.person, None, ref.start)
        # "The Kremlin later played down the comments, saying ...": a body as subject.
        subject_named = any(
            not _object_position(text, r.start)
            and text[r.end : r.end + 2] not in ("’s", "'s")
            and not reported(r)
            for r in refs
        )
        if first and first.group(1).split()[0][:1].isupper() and not subject_named:
            found = resolver._describe(first.group(1), p, first.start(1))
        if found is None and not subject_named:
            # "Hours later a county judge rejected the request, saying ...": a noun phrase
            # with its determiner and modifiers
            determined = _DETERMINED_SUBJECT.match(text, s_start, verb_start)
            if determined:
                found = resolver._describe(determined.group(1), p, determined.start(1))
        if found is None and not refs:
            # "But many defend it, saying ...", "Some of her readers disagreed, insisting ...":
            # a quantifier for a group as the subject
            group = _QUANTIFIER_SUBJECT.match(text, s_start, verb_start)
            if group:
                found = _Attribution(None, group.group(1), group.start(1))
    return found


# "(As the Herald reported,) the Wisconsin congressman was": a description opening the sentence
_DESCRIBED_SUBJECT = re.compile(
    r"(?:[^,.;:_]{0,80},\s+)?([Tt]he\s+(?:[A-Z][\w.’'-]*\s+){0,3}[a-z]{3,})"
    r"\s+(?:was|is|has|had|would|will|[a-z]{3,}ed)\b"
)
_THAT_BEFORE_NAME = re.compile(
    r"\b(?:idea|claim|claims|notion|suggestion|suggestions|report|reports|fact|allegation|"
    r"allegations|view|argument|assertion|charge|charges|accusation|accusations)\s+that\s+"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}$"
)
_DETERMINED_SUBJECT = re.compile(
    r"\s*(?:(?:[A-Z][a-z]+\s+)?(?:later|earlier)\s+|(?:But|And|Yet|Still|However|Instead)"
    r",?\s+)?((?:[Aa]n?|[Tt]he)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:\w+ly\s+)?"
    r"(?:[a-z]{3,}ed|[a-z]{3,}s|" + _IRREGULAR_PAST + r")\b[^;:_]*,\s*$"
)
_QUANTIFIER_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Still|However|Instead),?\s+)?((?:[Mm]any|[Ss]ome|[Oo]thers|[Mm]ost|[Ss]everal)"
    r"(?:\s+of\s+(?:them|(?:the|her|his|their|its|those)\s+[a-z]+s))?)"
    r"\s+(?:also\s+|\w+ly\s+)?(?!(?:of|who|which|that|are|were|is|was)\b)[a-z]{3,}\b"
    r"[^;:_]*,\s*$"  # (", saying": not "carried signs saying")
)
_CLAUSE_BREAK = re.compile(r",\s*(?:while|whereas|but|although|though)\s+|;\s*")


_VERB_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:[a-z]{3,}ed|[a-z]{3,}s|said|began|led|"
    + _IRREGULAR_PAST
    + r")\b"
)


def _opens_clause(text: str, s_start: int, start: int) -> bool:
    """A mention (with its title) that opens a clause: at the sentence start or after a
    comma or a conjunction ("..., while Ukraine's leader Zelensky, claiming ...")."""
    words = text[s_start:start].split()
    while words and (
        words[-1][:1].isupper()
        or words[-1].lower().rstrip(".,") in TITLE_HEADS
        or words[-1].lower() in _TITLE_JOINERS
    ):
        if words[-1].endswith(","):
            return True
        words.pop()
    return not words or words[-1].endswith(",") or words[-1].lower() in _CLAUSE_OPENING


# "a shift that Democrats say would leave ...": the clause of an object-gap relative opens
# with its verb
_GAP_CLAUSE = re.compile(
    r"\s+(?:would|will|could|can|should|might|may|must|is|are|was|were|has|have|had)\s"
)
# ("an effort that attorneys argued played a role in ...": a past-tense verb and its object;
# the relative clause ends at the next comma)
_GAP_PAST = re.compile(
    r"\s+(?!(?:based|needed|used)\s)[a-z]{3,}ed\s+(?:a|an|the|to|in|on|by|his|her|their|its)\s"
)
_CLAUSE_OPENING = frozenset(
    """
    while and but as when although though whereas where because after since so until unless
    """.split()  # noqa: SIM905
)


_TIME_BEFORE_TITLE = frozenset("former late acting outgoing incoming interim then".split())  # noqa: SIM905


_PRONOUN_OPENER = re.compile(r"\s*(?:(?:But|And|Yet|So|Then)\s+)?(He|She)\b")


def _subordinate_subject(text: str, start: int, end: int) -> bool:
    """The subject of a clause that "after", "since", ... open: "This comes after former
    Trump attorney Michael Cohen pleaded guilty" (not "after Cohen's plea")."""
    if not _FOLLOWED_BY_VERB.match(text, end):
        return False
    prev = text[max(0, start - 80) : start].split()
    while prev and (
        prev[-1][:1].isupper()
        or prev[-1].lower().rstrip(".") in TITLE_HEADS
        or prev[-1].lower() in _TIME_BEFORE_TITLE
    ):
        prev.pop()  # "after former Trump attorney Michael Cohen": the title before the name
    return bool(prev) and prev[-1].lower() in _SUBORDINATORS


def _object_position(text: str, start: int, reported: bool = False) -> bool:
    """A mention right after a preposition or a verb ("with Lund", "threatened Lund"), also
    behind its title ("called out Russian President Vladimir Putin"); with ``reported``, also
    the subject of a reported clause ("said Mrs. Lund could")."""
    prev = text[max(0, start - 80) : start].split()
    if prev and prev[-1].endswith((",", ";", ":")):
        return False  # "serving under Obama, Ham also noted": a clause's subject
    while (
        prev
        and (
            prev[-1][:1].isupper()
            or prev[-1].lower().rstrip(".") in TITLE_HEADS
            or prev[-1].lower() in _TIME_BEFORE_TITLE  # "appointed by former President Bush"
            # "Secretary of State", "Speaker of the House": a joiner inside a title
            or (
                prev[-1] in _TITLE_JOINERS
                and len(prev) > 1
                and (prev[-2][:1].isupper() or prev[-2] in _TITLE_JOINERS)
            )
        )
        and len(prev) > 1
    ):
        before = prev[-2]
        if before.endswith(("!", "?", "”", '"', ",", ";", ":")) or any(
            word.endswith(".") and len(word) > 5 and "." not in word[:-1]
            for word in (before, prev[-1])
        ):
            # "... in favour of Brexit. Then-Prime Minister Cameron", "spoke to Republicans.
            # Lund is angry": a subject
            return False
        prev.pop()  # title words and names before the mention
    if not prev:
        return False
    word = prev[-1].lower()
    return (
        word in _PREPOSITIONS
        or (len(word) > 4 and word.endswith("ed"))
        or word in ("told", "met", "out", "up")
        or (reported and word in ("said", "says"))
        # "After beating Lugar, he said": the object of a gerund after its subordinator
        or (
            len(word) > 5
            and word.endswith("ing")
            and len(prev) > 1
            and (prev[-2].lower() in _SUBORDINATORS or prev[-2].lower() in _PREPOSITIONS)
        )
    )


_SENTENCE_CONTEXT = 1000


def _sentence_around(paragraph: str, s_start: int, s_end: int, start: int, end: int) -> str:
    """The sentence of a quote at [start, end): a window around the quote when the "sentence"
    is a whole paragraph without full stops (a paste), so that storing each quote's sentence
    stays linear."""
    if s_end - s_start <= 3 * _SENTENCE_CONTEXT:
        return paragraph[s_start:s_end]
    return paragraph[max(s_start, start - _SENTENCE_CONTEXT) : min(s_end, end + _SENTENCE_CONTEXT)]


_TRAILING_DASH = re.compile(r"\s+[-–—]{1,2}$")


# A wire story's dateline: "WASHINGTON (Reuters) - ", "KYIV, Ukraine — ", "Moscow (AP) -- "
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?:,?\s+[A-Z][A-Za-z.'’-]*){0,3}\s*(?:\([^()_]{1,30}\))?"
    r"|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}\s*\([^()_]{1,30}\))\s*[-–—]{1,2}\s+(?=[A-Z])"
)


_CITED_AS = re.compile(
    r"\b(?:cited|cites|citing|quoted|quotes|quoting)\s+(?P<source>[^,;:_]{2,100}?)\s+as\s+saying"
    r"\s+(?:that\s+)?(?=\S)"
)
_ONLY_THAT = re.compile(r"only\s+that\s+(?=\S)")


def _make_indirect(
    clause: str, found: _Attribution, p: int, s_start: int, s_end: int, paragraph: str
) -> Quote:
    clause = clause.lstrip("-–—•*· ")  # list bullets
    lead = _DATELINE.match(clause) or _ONLY_THAT.match(clause)
    if lead:
        # "WASHINGTON (Reuters) - ...": where it was filed; "saying only that ...": the
        # clause after the conjunction
        clause = clause[lead.end() :]
    offset = paragraph.find(clause, s_start)
    if offset < 0:
        # "the plan, she said, is dead": a clause in two parts ends where its last words do
        words = clause.split()
        head = paragraph.find(" ".join(words[:2]), s_start, s_end)
        offset = head if head >= 0 else s_start
        tail = " ".join(words[-2:])
        last = paragraph.rfind(tail, offset, s_end)
        end = max(last + len(tail) if last >= 0 else s_end, offset + len(clause))
        sentence = _sentence_around(paragraph, s_start, s_end, offset, end)
        quote = _quote_at(clause, "indirect", p, offset, found, sentence)
        # (the span covers the attribution inside: the next clause is looked for after it)
        return replace(quote, span=Span(p, offset, end), end_span=Span(p, end, end))
    else:
        # "... on the way “as we speak”": keep the closing mark of a quote the clause holds.
        # ('said it marked a "key milestone."': with the stop the closing mark follows)
        after = paragraph[offset + len(clause) : offset + len(clause) + 2]
        if after[:1] in ".,!?" and after[1:] in ("”", '"'):
            mark = after[1:]
        else:
            after = mark = after[:1]
        if (mark == "”" and clause.count("“") > clause.count("”")) or (
            mark == '"' and clause.count('"') % 2
        ):
            clause += after
    # "... the border — but acknowledged ...": not the dash before the next clause (which
    # is looked for after it)
    dash = _TRAILING_DASH.search(clause)
    text = clause[: dash.start()] if dash else clause
    sentence = _sentence_around(paragraph, s_start, s_end, offset, offset + len(text))
    quote = _quote_at(text, "indirect", p, offset, found, sentence)
    if dash:  # (the span keeps the dash: the next clause is looked for after it)
        end = offset + len(clause)
        quote = replace(quote, span=Span(p, offset, end), end_span=Span(p, end, end))
    return quote


def _quote_at(
    text: str, kind: QuoteKind, p: int, start: int, found: _Attribution, sentence: str
) -> Quote:
    """A quote whose text stands at ``start`` of paragraph ``p``, in one piece."""
    return Quote(
        text=text,
        kind=kind,
        span=Span(p, start, start + len(text)),
        end_span=Span(p, start + len(text), start + len(text)),
        speaker=found.speaker,
        speaker_description=found.description,
        sentence=sentence,
    )
