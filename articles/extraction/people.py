"""People named in an article, with their roles and every mention (rule-based, no model).

How a person is found: a run of capitalised words ("White House Press Secretary Karoline
Leavitt") loses its leading words that cannot be part of a name (titles, organisation and place
words, sentence starters); what is left is a name when it has a cue: a known given name, a title
or honorific before it, an appositive role after it, or a speech verb next to it. Places,
organisations, nationalities, days and months never make a name on their own.

Names that are the same person ("Marco Rubio", "Rubio", "Mr. Rubio") are merged; the fullest
form is the canonical name, the others are aliases. The role is the title the article gives at
the first mention that has one: before the name ("Secretary of State Marco Rubio", "the
Taoiseach of Ireland, Micheal Martin") or as an appositive after it ("Rubio, the secretary of
state,").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from .names import (
    ARTICLE_PREFIX,
    GIVEN_NAMES,
    edit_distance_at_most_one,
    fold,
    given_gender,
    name_match_score,
    resolve_name,
    surname_skeleton,
)
from .types import Mention, Person, Role, Span

# --- lexicons (generic) -------------------------------------------------------------------------

TITLE_HEADS = frozenset(
    """
    president president-elect vice-president secretary minister envoy adviser advisor spokesman
    spokeswoman spokesperson senator sen representative rep congressman congresswoman governor
    gov mayor chancellor premier ambassador director chairman chairwoman chair chairperson chief
    ceo commissioner general gen admiral colonel col captain capt sergeant sgt lieutenant lt
    major attorney judge justice speaker leader king queen prince princess pope emperor
    taoiseach tanaiste nominee candidate pollster host anchor correspondent reporter analyst
    strategist economist professor prof lawmaker legislator diplomat negotiator aide counsel
    counselor manager founder co-founder cofounder owner head commander sheriff prosecutor
    lawyer treasurer comptroller administrator superintendent councilman councilwoman
    committeeman committeewoman
    councilmember delegate deputy official officer executive editor columnist author activist
    historian scientist researcher expert economist pastor rabbi imam bishop cardinal archbishop
    sheikh emir crown monarch dictator chancellor-elect governor-elect mayor-elect whip ceo cfo
    coo chairman-elect physician doctor surgeon consultant lobbyist adm sens reps gens maj cpl
    pvt supt atty amb cmdr brig operative organizer organiser campaigner chairwoman premier
    president-designate minister-president first-lady lady secretary-general director-general
    attorney-general surgeon-general inspector auditor coordinator commentator producer writer
    mp mps mep meps pm del
    psychologist psychiatrist sociologist demographer criminologist epidemiologist virologist
    physicist biologist chemist engineer architect teacher therapist philosopher theologian
    ethicist anthropologist statistician lecturer instructor dean critic futurist
    journalist moderator celebrity billionaire millionaire tycoon magnate oligarch businessman
    businesswoman entrepreneur investor philanthropist environmentalist actor actress comedian
    singer rapper musician artist filmmaker novelist poet playwright photographer blogger
    presenter broadcaster athlete coach footballer soldier immigrant dissident priest cleric
    banker pontiff
    contributor pundit scholar investigator detective trooper mediator challenger co-chair
    staffer surrogate donor fundraiser volunteer nurse specialist solicitor planner liaison
    """.split()  # noqa: SIM905
)
TITLE_MODIFIERS = frozenset(
    """
    former acting interim deputy vice special national security foreign defense defence press
    incumbent
    chief senior top assistant associate executive general state presidential campaign longtime
    long-time veteran prime first lead principal permanent incoming outgoing then newly elected
    appointed communications policy economic political military intelligence finance health
    homeland interior justice energy trade commerce treasury education labor labour agriculture
    transportation environment environmental federal district county city regional white house
    house senate republican democratic gop conservative liberal progressive independent majority
    minority ranking supreme high appeals circuit civil rights human international global
    managing founding co vice-presidential administration government opposition party ruling
    retired fellow former- pro tem tempore
    technology tech water climate science economics business legal immigration tax budget media
    sports film music fashion food travel data research investment marketing
    """.split()  # noqa: SIM905
)
HONORIFICS = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "rev", "reverend"]
)
NATIONALITIES = frozenset(
    """
    american americans u.s. us british britons english french german germans russian russians
    ukrainian ukrainians chinese japanese korean koreans indian indians israeli israelis
    palestinian palestinians iranian iranians iraqi iraqis syrian syrians saudi saudis turkish
    turks egyptian egyptians canadian canadians mexican mexicans brazilian brazilians italian
    italians spanish spaniards polish poles dutch irish scottish welsh european europeans
    african africans asian asians arab arabs afghan afghans pakistani pakistanis qatari emirati
    jordanian lebanese yemeni libyan sudanese nigerian kenyan ethiopian south-african australian
    australians swedish swedes norwegian danish finnish belgian swiss austrian hungarian czech
    slovak romanian bulgarian greek greeks serbian croatian belarusian georgian armenian azeri
    kazakh uzbek venezuelan colombian cuban cubans argentine chilean peruvian taiwanese
    vietnamese thai filipino indonesian malaysian kurdish kurds western eastern northern
    southern soviet islamic islamist hispanic latino latina latinos jewish muslim muslims
    christian christians catholic catholics democrat democrats republican republicans
    bangladeshi bangladeshis nepali nepalese lankan burmese somali somalis eritrean
    ethiopians sudanese nigerians kenyans ghanaian senegalese malian congolese rwandan ugandan
    tanzanian zimbabwean moroccan moroccans algerian tunisian omani kuwaiti bahraini emiratis
    yemenis libyans lebanese jordanians qataris tajik turkmen kyrgyz mongolian moldovan
    lithuanian latvian estonian icelandic slovenian albanian bosnian macedonian montenegrin
    portuguese luxembourgish maltese cypriot uruguayan paraguayan bolivian ecuadorian
    salvadoran guatemalan honduran nicaraguan haitian dominican jamaican
    """.split()  # noqa: SIM905
)
PLACES = frozenset(
    """
    afghanistan albania algeria america argentina armenia australia austria azerbaijan bahrain
    bangladesh belarus belgium bolivia bosnia brazil britain bulgaria cambodia canada chile
    china colombia congo croatia cuba cyprus czechia denmark ecuador egypt england estonia
    ethiopia europe finland france gaza germany ghana greece guatemala haiti honduras hungary
    iceland india indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya korea
    kosovo kuwait latvia lebanon libya lithuania luxembourg malaysia mali mexico moldova
    mongolia montenegro morocco myanmar nepal netherlands nicaragua niger nigeria norway oman
    pakistan palestine panama paraguay peru philippines poland portugal qatar romania russia
    rwanda saudi arabia scotland senegal serbia singapore slovakia slovenia somalia spain sudan
    sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey turkiye uganda
    ukraine emirates uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe crimea
    donbas donetsk luhansk kherson zaporizhzhia kharkiv kyiv kiev moscow washington london paris
    berlin brussels beijing tokyo jerusalem tehran riyadh jeddah istanbul ankara cairo baghdad
    damascus beirut doha dubai geneva vienna rome madrid warsaw minsk budapest prague delhi
    mumbai seoul pyongyang manila ottawa toronto sydney havana caracas mexico texas california
    florida ohio michigan georgia pennsylvania arizona nevada wisconsin virginia carolina york
    jersey iowa illinois indiana minnesota missouri kentucky tennessee alabama mississippi
    louisiana arkansas oklahoma kansas nebraska dakota montana wyoming colorado utah idaho
    oregon alaska hawaii maine vermont massachusetts connecticut maryland delaware chicago
    boston atlanta miami houston dallas seattle denver phoenix philadelphia detroit baltimore
    manhattan brooklyn queens bronx hollywood silicon valley mar-a-lago hampshire rhode island
    middle east west north south africa asia pacific atlantic arctic gulf balkans caucasus sahel
    kremlin street avenue santa los las
    oslo stockholm copenhagen helsinki reykjavik athens lisbon dublin amsterdam rotterdam zurich
    bern munich frankfurt hamburg milan naples marseille strasbourg barcelona seville
    bucharest belgrade zagreb sarajevo skopje tirana vilnius riga tallinn bratislava ljubljana
    chisinau tbilisi yerevan baku tashkent astana almaty bishkek dushanbe ashgabat odesa odessa
    lviv dnipro mariupol bakhmut avdiivka sevastopol belgorod kursk petersburg novosibirsk
    kabul kandahar islamabad karachi lahore dhaka kolkata bangalore bangkok hanoi jakarta
    taipei shanghai shenzhen guangzhou wuhan osaka kyoto canberra melbourne brisbane auckland
    nairobi lagos abuja johannesburg pretoria khartoum tripoli benghazi tunis algiers rabat
    casablanca mogadishu kinshasa amman ramallah sanaa muscat aleppo idlib raqqa mosul basra
    fallujah brasilia bogota quito montevideo managua tegucigalpa montreal vancouver calgary
    nashville memphis milwaukee pittsburgh cincinnati indianapolis sacramento honolulu
    anchorage minneapolis omaha tucson albuquerque tampa annapolis tallahassee newark oakland
    louisville baton albany fresno coast beach springs heights
    """.split()  # noqa: SIM905
)
ORG_WORDS = frozenset(
    """
    house office department ministry service services party council committee agency university
    college school times news post journal institute center centre bank union court congress
    senate parliament assembly kremlin pentagon administration government army navy corps force
    forces guard police fbi cia nsa nato un eu foundation fund association organization
    organisation group company corp inc ltd llc network channel television radio press media
    magazine daily weekly monthly quarterly herald tribune telegraph guardian gazette review
    reuters cnn fox msnbc
    bbc abc cbs nbc npr pbs ap afp tass bloomberg politico axios campaign coalition alliance
    movement front church mosque hospital airport station bureau board commission authority
    federation republic kingdom state states city county province region district club team
    league cup games olympics summit conference forum treaty accord act bill law plan deal
    program programme project initiative report poll survey index market exchange street capitol
    hill square palace building tower hall museum library stadium bridge road airlines
    airways motors systems technologies labs industries holdings partners capital securities
    trust health care medicare medicaid security defense oval room war crisis day week month
    year consult rasmussen gallup quinnipiac breitbart caucus primary convention debate election
    elections amendment constitution mall show observer islands twitter facebook youtube
    instagram google apple amazon microsoft tiktok politifact wikileaks debates telegram
    whatsapp truth social netflix disney boeing tesla spacex meta openai airbus gazprom rosneft
    hamas hezbollah taliban isis al-qaeda qaeda qaida houthis houthi wagner ministry
    staff base naval battalion brigade regiment battlegroup directorate division command
    synagogue cathedral basilica monastery championships championship newspaper statute archives
    lockheed raytheon northrop dept lilly pfizer merck
    monde mundo figaro parisien liberation pais repubblica stampa corriere welt zeit spiegel
    tagesspiegel bild zeitung allgemeine presse jazeera izvestia vedomosti kommersant pravda
    novosti interfax ukrinform ukrainska pravda rbc meduza xinhua yonhap kyodo haaretz ynet
    euronews dw esquire
    revolution rada soviet soviets nations affairs statistics development studies relations
    magistrates racing empire box sciences research economics uk investigations session
    symposium society budget responsibility aid relief humanitarian units unit foods action
    reserve insider courant clause operation tv chamber bloc academy consortium foundry patrol
    monitor offices brewery series works hotel brigades tech sector district precinct
    chronicle inquirer enquirer dispatch sentinel examiner bulletin globe mirror statesman courier
    automotive pharmaceuticals petroleum insurance bancorp financial entertainment enterprises
    communications logistics aerospace robotics ventures investments parenthood fleet
    buzzfeed huffpost townhall vox salon mediaite newsmax infowars gawker walmart kroger
    cooperation goods stores lab ratings pizza co llp plc international management reports order
    checker amendments priorities cabinet
    """.split()  # noqa: SIM905
)
MONTHS_DAYS = frozenset(
    """
    january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday christmas easter ramadan thanksgiving
    """.split()  # noqa: SIM905
)
# Capitalised words that start sentences or headlines and are never part of a name.
STOP_CAPS = frozenset(
    """
    the a an and or but if when while after before as at by for from in into of on to with
    without this that these those there here it its he she they we i you his her their our my
    your who what where why how which not no yes so then than also just even still yet however
    meanwhile earlier later today yesterday tomorrow tonight now last next new old many most
    some all any every each both either neither one two three four five six seven eight nine ten
    first second third mr mrs ms dr says said asked told read related more other others another such
    according despite during since until under over about against between among through
    following amid although though because unless whether do does did is are was were be been
    has have had will would can could should may might must shall let please thank thanks
    breaking update updated watch photo photos video videos image images highlights source
    sources getty reuters ap afp
    advertisement subscribe sign click share comments copyright all rights reserved editor note
    opinion analysis exclusive live sir lady god lord jesus christ allah mother father twenty
    thirty forty fifty sixty seventy eighty ninety hundred thousand million billion follow
    having teachers proponents opponents critics lawmakers demonstrators protesters authorities
    people officials experts analysts investigators prosecutors residents voters supporters
    students parents workers doctors police soldiers troops leaders members citizens americans
    women men children families democrats republicans conservatives liberals journalists
    reporters observers diplomats scientists researchers economists investors donors activists
    advocates nobody everyone someone somebody everybody whoever dear hello hi oh yeah okay ok
    caption captions hide night morning evening afternoon several like i've i'm i'd i'll
    never presidents senators governors ministers secretaries don't doesn't didn't can't won't
    isn't aren't wasn't weren't it's that's there's here's what's let's we're they're you're
    once only whenever wherever perhaps maybe upon within toward towards beyond except
    protestants catholics evangelicals mormons muslims christians jews hindus buddhists sikhs
    baptists methodists lutherans presbyterians episcopalians anglicans witnesses
    """.split()  # noqa: SIM905
)
# Sentence adverbs that are also surnames ("Dan Rather"): no name when they open a sentence
# before a comma.
_SENTENCE_ADVERBS = frozenset(
    """
    rather instead indeed moreover furthermore nevertheless nonetheless otherwise likewise
    similarly accordingly consequently hence thus therefore besides afterwards afterward
    overall finally again ultimately initially separately additionally specifically notably
    importantly fortunately unfortunately curiously ironically interestingly surprisingly
    regardless anyway elsewhere
    """.split()  # noqa: SIM905
)
PARTICLES = frozenset(
    [
        "de",
        "da",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "ibn",
        "al",
        "el",
        "la",
        "le",
        "dos",
        "del",
        "ter",
    ]
)

SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|asked|asks|explained|stated|wrote|writes|tweeted|"
    "posted|noted|argued|insisted|claimed|warned|declared|continued|replied|responded|"
    "recalled|acknowledged|announced|suggested|conceded|admitted|maintained|emphasized|"
    "emphasised|stressed|observed|remarked|commented|cautioned|predicted|urged|vowed|promised|"
    "pledged|quipped|joked|boasted|lamented|complained|charged|contended|countered|concluded|"
    "reported|reports|confirmed|denied|disclosed|revealed|testified|shouted|told|described|"
    "believes|thinks|agreed|wondered|mused|recounted|pointed out|went on"
)
_SPEECH_AFTER = re.compile(
    # ("Trump (you know, the least racist person) said": an aside in brackets)
    r"\s*(?:\([^()“”\"]{1,100}\)\s*)?(?:(?:,[^,;“”\"]{1,100}){1,2},\s*)?"
    r"(?:(?:also|later|then|previously|once|further|has|had|"
    r"have|would|will|recently|repeatedly|publicly|reportedly)\s+)?(?:" + SPEECH_VERBS + r")\b"
)
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|added|asked|wrote|according to|told)\s+$")

# Only capitalised words (and name particles) matter for names: match just those, fast.
_UPPERISH = "A-Z\u00c0-\u00de\u0100-\u024f\u0370-\u03ff\u0400-\u042f"
# "al-Sharaa", "d’Harcourt": a lower-case particle glued to a surname.
_GLUED_PARTICLE = r"(?:(?:al|el|ad|as|ash|at|ar|an|az)-|d['’])"
_WORD = re.compile(
    # (the lookahead names every first character: other positions fail at once)
    rf"(?=[{_UPPERISH}dvbiaelt])(?<![\w'’.\-])"
    rf"(?:(?:[{_UPPERISH}]\.){{2,4}}|[{_UPPERISH}][\w'’\-]*\.?"
    r"|(?:de|da|di|du|van|von|der|den|bin|ibn|al|el|la|le|dos|del|ter)(?= )"
    rf"|{_GLUED_PARTICLE}[{_UPPERISH}][\w'’\-]*)"  # "Ahmed al-Sharaa", "Emmanuel d’Harcourt"
)
_ARTICLE_PARTICLE = re.compile(_GLUED_PARTICLE + r"[^\W\d_]")
_ABBREV_KEEP_DOT = frozenset(
    """
    mr mrs ms dr sen rep gov gen lt col sgt capt jr sr st prof rev del
    """.split()  # noqa: SIM905
)


@lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    return fold(word).strip().replace(" ", "")


def _normed(name: str) -> str:
    """A name's words, each normalised, joined by spaces."""
    return " ".join(_norm(w) for w in name.split())


@dataclass(slots=True)
class _Word:
    text: str
    start: int
    end: int
    possessive: bool = False


def _words(paragraph: str) -> list[_Word]:
    out: list[_Word] = []
    for match in _WORD.finditer(paragraph):
        text, start, end = match.group(), match.start(), match.end()
        if not text[0].isupper() and text not in PARTICLES and not _ARTICLE_PARTICLE.match(text):
            continue
        if text.endswith(".") and text.count(".") == 1:
            stem = text[:-1]
            if len(stem) > 1 and stem.lower() not in _ABBREV_KEEP_DOT:
                text, end = stem, end - 1
        possessive = False
        if len(text) > 2 and (text.endswith("’s") or text.endswith("'s")):
            text, end, possessive = text[:-2], end - 2, True
        elif len(text) > 1 and text[-1] in "’'" and text[-2] == "s":
            text, end, possessive = text[:-1], end - 1, True
        text = text.rstrip("-’'")
        end = start + len(text)
        if text:
            out.append(_Word(text, start, end, possessive))
    return out


def _is_initial(word: str) -> bool:
    """ "Q.", "J.": a middle initial."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or bool(_ARTICLE_PARTICLE.match(word))  # "al-Sharaa"


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) >= 3 and letters.isupper()


_INNER_CAPS = re.compile(r"^[A-Z][a-z]+[A-Z]")
# "EADs", "UMass", "IBISWorld", "CNSNews": acronyms and firm names, not people.
_ACRONYM_SHAPE = re.compile(r"^[A-Z]{2,}s$|^[A-Z]{2}[a-z]{2,}|^[A-Z]{3,}[a-z]")
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|O['’]|D['’]|De|Di|Du|La|Le|Van|Von)")
_SUFFIX_WORDS = frozenset(
    "Jr Jr. Sr Sr. II III IV VI VII VIII IX XI XII XIII XIV XV XVI XVII XVIII".split()  # noqa: SIM905
)
# "Pope Leo XIV", "King Charles III", "Prince Harry": the title is part of a reigning name.
REGNAL_TITLES = frozenset("pope king queen prince princess emperor empress".split())  # noqa: SIM905
_SUFFIX_FORMS = {"Jr": "Jr.", "Sr": "Sr."}
_COMMA_SUFFIX = re.compile(r",\s(Jr\.|Sr\.|Jr|Sr|II|III|IV)(?=[\s,.;:)]|$)")


def _suffixes_agree(known: str, name: str, suffix: str | None) -> bool:
    """Whether ``name`` (with ``suffix``) may be the person already named ``known``: the same
    suffix ("Trump Jr." is not Trump), or a reigning name with and without its number
    ("Pope Leo" is "Pope Leo XIV")."""
    other = _suffix_of(known)
    if other == suffix:
        return True
    return (other is None or suffix is None) and _norm(name.split()[0]) in REGNAL_TITLES


def _suffix_of(name: str) -> str | None:
    """ "Donald Trump Jr." -> "Jr."; None for a name without a generational suffix."""
    last = name.rsplit(" ", 1)[-1]
    return _SUFFIX_FORMS.get(last, last) if last in _SUFFIX_WORDS else None


_COMPOUND_TAIL = re.compile(
    r"-(?:run|led|like|based|backed|born|style|owned|controlled|held|linked|made|era|type|funded|"
    r"occupied|affiliated|allied|aligned|friendly|speaking|leaning|bound|wide|checking)$"
)


# A surname glued to a common noun names a policy or a movement, not a person.
_GLUED_NOUN = re.compile(r"[a-z](?:care|nomics|ism)$")
# Suffixes of abstract nouns, no names' ("Negotiations", "Elections", "Agreements", "Cities")
_ABSTRACT_NOUN = re.compile(r"[a-z]{3}(?:tions?|sions?|ments|ities)$")


# Organisations known by their capitals: in title case ("Un", "Ap") they are name parts.
_ORG_ACRONYMS = frozenset(
    "fbi cia nsa un eu ap afp cnn bbc abc cbs nbc npr pbs dw uk rt".split()  # noqa: SIM905
)


def _is_org_word(word: str) -> bool:
    """ "Ministry", "UN" the organisation; but "Kim Jong Un"."""
    low = _norm(word)
    return low in ORG_WORDS and (low not in _ORG_ACRONYMS or word.isupper())


def _is_shouted(word: str) -> bool:
    """An all-capitals word of three or more letters: a headline or credit, not a name."""
    letters = word.replace(".", "").replace("-", "").replace("'", "").replace("’", "")
    return len(letters) >= 3 and letters.isalpha() and letters.isupper()


# Two capitals that read as an honorific in title case: a state or a country's initials.
_CAPITAL_ABBREVIATIONS = frozenset(["MS", "MR", "DR"])


@lru_cache(maxsize=16384)
def _name_capable(word: str) -> bool:
    low = _norm(word)
    if _is_shouted(word):
        return False  # "DAVID MARCUS", "SWITZERLAND NEGOTIATIONS", acronyms
    if word in _CAPITAL_ABBREVIATIONS:
        return False  # "The MS Coast" (Mississippi), "DR Congo": no Ms. Coast, no Dr. Congo
    if low in GIVEN_NAMES:
        return True
    if _COMPOUND_TAIL.search(word):
        return False  # "Hamas-run", "Kremlin-backed", "Fact-checking"
    if PARTY_TAG.fullmatch(word):
        return False  # "Ayanna Pressley D-Mass.": a party and state with the comma left out
    if _DIGIT.search(word):
        return False  # "France24", "Covid19": no name has a digit
    if "-" in word:
        # not "Kim Jong-un": a lower-case syllable is no "UN"
        caps = [
            low_part
            for part, low_part in zip(word.split("-"), low.split("-"), strict=False)
            if part[:1].isupper()
        ]
        placed = [
            low_part in NATIONALITIES
            or low_part in MONTHS_DAYS
            or low_part in PLACES
            or low_part in ORG_WORDS
            for low_part in caps
        ]
        if any(placed) and (placed[0] or all(placed) or caps[0] not in GIVEN_NAMES):
            # "Russian-Ukrainian", "January-February", "RIA-Novosti", "Trump-Russia"; but
            # "John Lindsay-Poland": a given name first, a double surname
            return False
    if "-" in word and _norm(word.split("-", 1)[0]) in STOP_CAPS:
        return False
    if _ACRONYM_SHAPE.match(word):
        return False  # "EADs", "UMass": an acronym's plural or a university's short name
    if _INNER_CAPS.match(word) and not _NAME_PREFIX.match(word):
        return False
    if _GLUED_NOUN.search(word) and low not in GIVEN_NAMES:
        return False  # "Obamacare", "Reaganomics", "Trumpism": a thing named after a person
    if _ABSTRACT_NOUN.search(word) and low not in GIVEN_NAMES:
        return False  # "Discussions Obama will have ...": a sentence's first noun
    if _is_org_word(word):
        return False
    if low in STOP_CAPS or low in MONTHS_DAYS or low in NATIONALITIES:
        return False
    if low in TITLE_HEADS or low in HONORIFICS or low in PLACES:
        return False
    if _is_demonym(low):
        return False
    return not _is_acronym(word)


def _is_demonym(low: str) -> bool:
    """Whether ``low`` names the people of a place in PLACES ("minnesotans", "texans",
    "ohioans", "floridians"): a plural in -ns made from the place's name."""
    if not low.endswith("ns") or len(low) < 6:
        return False
    base = low[:-2]  # "minnesota", "texa", "ohioa", "floridia"
    return (
        any(stem in PLACES for stem in (base, base + "s", base[:-1], base[:-2] + "a"))
        and low not in GIVEN_NAMES
    )


def _is_title_case_line(paragraph: str, words: list[_Word]) -> bool:
    """Headlines and related-story lines: most words capitalised, no sentence end."""
    if len(words) < 3 or len(paragraph) > 200:
        return False
    caps = sum(1 for w in words if _is_cap(w.text))
    return caps / len(paragraph.split()) >= 0.7


# --- roles --------------------------------------------------------------------------------------

_TOKEN_BACK = re.compile(r"\S+")
_PREPS = frozenset(
    ["of", "to", "for", "on", "at", "in", "with"]
)  # ("an economist with BNP Paribas")


TIME_PREFIX = re.compile(r"^(?:then|ex|former)-(?=\w)", re.IGNORECASE)  # "then-Secretary"


def _is_head(token: str) -> bool:
    return _norm(TIME_PREFIX.sub("", token)) in TITLE_HEADS  # "then-Secretary of State"


# "a major Trump donor", "the private Smith fortune": adjectives, not ranks (but "Army major
# Tom Lund", "a retired Army major, Tom Lund")
_RANK_ADJECTIVES = frozenset(["major", "private"])
_ADJECTIVE_DETERMINERS = frozenset(
    "a an the two three four several many some other another its his her their our".split()  # noqa: SIM905
)


def _is_modifier(token: str) -> bool:
    token = TIME_PREFIX.sub("", token)  # "then-Vice President", "ex-Prime Minister"
    low = _norm(token)
    if low in TITLE_MODIFIERS or low in NATIONALITIES or low in TITLE_HEADS:
        return True
    if token[:1].isupper():
        return low not in STOP_CAPS and low not in MONTHS_DAYS
    return False


_OPENERS = "“\"‘'([«„"


def _after_marks(token: str) -> int:
    """Where a title starts in its first token: after opening or inner quote marks and
    brackets ("“President", "(Russian", 'Obama."New')."""
    match = re.match(r".*[\"“”(\[«„]", token)
    return match.end() if match and match.end() < len(token) else 0


def _is_abbreviation(token: str) -> bool:
    """ "Gov.", "Sen.", "U.S.", "Del.": a dot that does not end a sentence."""
    stem = token.rstrip(".").lstrip(_OPENERS)
    low = _norm(stem)
    short_title = low in TITLE_HEADS and len(low) <= 4  # "Adm.", "Cmdr.", "Amb."
    return low in _ABBREV_KEEP_DOT or short_title or "." in stem or len(stem) == 1


# "the head of the country’s paramilitary force, NAME": a title with a lowercase "of" phrase,
# set off by a comma after a determiner that opens the sentence or follows a preposition
_HEAD_OF_APPOSITIVE = re.compile(
    r"(?:^|[.!?]\s+|\b(?:by|from|with|to|for|and)\s+)(?:[Tt]he|[Aa]n?)\s+"
    # (at most seven words after "of": not "the governor of Georgia's decision to reopen
    # businesses like salons, Birx said")
    r"(?P<title>(?:[\w’'-]+\s+){0,3}?(?P<head>[\w-]+)\s+of(?:\s+[^\s,;:.!?()“”\"]+){1,7})$"
)


def role_before(paragraph: str, name_start: int) -> tuple[str, int] | None:
    """The title written right before a name: "Secretary of State", "U.S. special envoy to the
    Middle East", "the Taoiseach of Ireland," -> (title, start offset) or None."""
    window_start = max(0, name_start - 160)
    window = paragraph[window_start:name_start]
    if not window[-1:].isspace():
        return None
    stripped = window.rstrip()
    comma = stripped.endswith(",")
    if comma:
        stripped = stripped[:-1]
    words = stripped.rsplit(None, 1)
    if (
        len(words) == 2
        and words[1] in _RANK_ADJECTIVES
        and words[0].rsplit(None, 1)[-1].lower() in _ADJECTIVE_DETERMINERS
    ):
        return None  # "a major Trump fund-raiser"
    if comma and words and not words[-1][:1].isupper() and not _is_head(words[-1]):
        # "The head of the country’s paramilitary force, Gholamhossein Gharibpour,"
        match = _HEAD_OF_APPOSITIVE.search(stripped)
        if match and _is_head(match.group("head")):
            return match.group("title"), window_start + match.start("title")
    if not words or (not words[-1][:1].isupper() and not _is_head(words[-1])):
        return None  # "said Rubio", "and Rubio": no title ends right before the name
    tokens = [(m.group(), m.start()) for m in _TOKEN_BACK.finditer(stripped)]
    last = len(tokens) - 1
    end_word = tokens[last][0]
    if end_word.endswith(".") and not _is_abbreviation(end_word):
        return None  # "... for the Air Force. Sounds of ...": a sentence ended before the name
    head_index = last
    if not _is_head(tokens[last][0]):
        # A tail after the head: "of State", "to the Middle East".
        j = last
        while j >= 0 and last - j < 6:
            tok = tokens[j][0]
            if j != last and tok[-1] in ',;:!?)"”':
                return None
            if _norm(tok) in HONORIFICS or _norm(tok) in GIVEN_NAMES:
                return None  # "deputy head of Mr. Yanukovych's office": not this name's title
            if j != last and tok.endswith(".") and not _is_abbreviation(tok):
                return None  # "... of the Tea Party Patriots. Like ...": a sentence ended
            if (tok[:1].isupper() and not _is_head(tok)) or (tok == "the" and j != last):
                j -= 1
                continue
            break
        if j < 1 or j == last or tokens[j][0] not in _PREPS or not _is_head(tokens[j - 1][0]):
            return None
        head_index = j - 1
    if tokens[head_index][0][-1] in ",;:!?)":
        return None
    k = head_index - 1
    opened = tokens[head_index][0][:1] in _OPENERS
    while k >= 0 and head_index - k <= 7 and not opened:
        tok = tokens[k][0]
        if tok[-1] in ',;:!?()"“”' or (tok[-1] in "'’" and not tok[:-1].endswith("s")):
            break  # "... A VISA' President Trump": a closing quote mark
        if any(c in '"“”' for c in tok[1:-1]):
            # 'Obama."New Hampshire Sen.': a quotation ended inside the word; the title starts
            # after it.
            if _is_modifier(tok[_after_marks(tok) :]):
                k -= 1
            break
        if _is_shouted(tok) and (len(tok) > 5 or (k > 0 and _is_shouted(tokens[k - 1][0]))):
            break  # "TENSE EXCHANGE Secretary of State": a headline in capitals before the title
        if tok[:1] in _OPENERS:
            # "“President Donald Trump", "(Russian President": the title starts after the mark.
            if _is_modifier(tok.lstrip(_OPENERS)):
                k -= 1
            break
        if tok.endswith(".") and tok not in ("U.S.", "U.K.", "U.N.", "U.S.-backed"):
            break
        if tok.endswith(("’s", "'s")):
            if tok[:1].isupper() and _norm(tok[:-2]) not in STOP_CAPS:
                k -= 1  # "Trump's special envoy", but not "It's chief executive"
            break
        if not _is_modifier(tok) and not (
            # "New York Times columnist": the first word of a place's name
            tok == "New" and tokens[k + 1][0][:1].isupper()
        ):
            break
        low = _norm(tok)
        if low in GIVEN_NAMES and low not in PLACES and k + 1 < head_index:
            k += 1  # "Prime Minister Keir Starmer Conservative MP": another person's name
            break
        k -= 1
    first = k + 1
    if comma:
        # "the Taoiseach of Ireland, Micheal Martin", "her spokesman, Shams Tarek": an
        # appositive before the name needs a determiner or possessive in front, else it is a
        # list ("Trump, Vance, and ...").
        before = tokens[k][0].lower() if k >= 0 else ""
        possessive = k >= 0 and tokens[k][0].endswith(("’s", "'s"))
        if (
            before not in _APPOSITIVE_DETERMINERS
            and not possessive
            and not (tokens[first][0].endswith(("’s", "'s")))
        ):
            # "AstraZeneca’s biopharma chief, Mene Pangalos": one word no list knows between
            # the possessive (or determiner) and the head; not a verb ("The decision shocked
            # party chief, Amy Holt")
            word = tokens[k][0] if k >= 0 else ""
            if (
                not (word.replace("-", "").isalpha() and word.islower())
                or word.endswith(("ed", "s"))
                or word in _NOT_IN_TITLES
                or word in _PREPS
                or word in _APPOSITIVE_DETERMINERS
            ):
                return None
            j = k - 1
            # "The EU’s top migration official", "The Cardinals first-year head coach": known
            # modifiers or capitalised words before it
            while (
                j >= 0
                and k - j <= 3
                and _is_modifier(tokens[j][0])
                and not tokens[j][0].endswith(("’s", "'s"))
            ):
                j -= 1
            if j < 0 or not tokens[head_index][0].islower():
                return None  # (not "a more Representative, Important and Lasting site")
            owner = tokens[j][0]
            if owner.endswith(("’s", "'s")) and owner[:1].isupper():
                first = j
            elif owner.endswith(("’s", "'s")) or owner.lower() in _APPOSITIVE_DETERMINERS:
                first = j + 1  # "the company’s biopharma chief"
            else:
                return None
        if _ACCORDING_TO_BEFORE.search(stripped, 0, tokens[first][1]) and not (
            _NAME_THEN_COMMA.match(paragraph, name_start)
        ):
            # "According to a senior official, Azar is ...": a source, then a clause (but
            # "according to her spokesman, Jon Tate, ..." names the spokesman)
            return None
    start = window_start + tokens[first][1] + _after_marks(tokens[first][0])
    end = window_start + tokens[last][1] + len(tokens[last][0])
    title = paragraph[start:end]
    if _norm(title) in HONORIFICS:
        return None
    return title, start


# A name of one to four capitalised words: "HR McMaster", "Bill Clinton", "Ann Marie Lund"
NAME_RUN = r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*"
_ACCORDING_TO_BEFORE = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?$"
)
_NAME_THEN_COMMA = re.compile(NAME_RUN + ",")
_APPOSITIVE_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our"])
_APPOSITIVE = re.compile(
    r",\s+(?:(?:the|a|an)\s+|(?P<poss>[A-Z][\w.]*['’]s\s+))?(?P<phrase>[^,;:()“”\"]{2,90}?)"
    r"\s*(?:,|;|(?<!\.[A-Z])\.(?:\s|$)|$|\s+(?:who|whom|whose|since|until|(?:"
    + SPEECH_VERBS
    # (not "Mr. Durham, the attorney general said, is": an attribution set off by commas)
    + r")\b(?!\s+(?:with|as|by|to)\b|,)))"
)


_NOT_IN_TITLES = frozenset(
    [
        "who",
        "which",
        "that",
        "is",
        "was",
        "are",
        "were",
        "has",
        "had",
        "have",
        "said",
        "says",
        "will",
        "would",
        "also",
        "not",
        "who's",
        "whose",
        "when",
        "where",
        "while",
        "after",
        "before",
        "including",
        "as",
    ]
)


def role_after(paragraph: str, name_end: int) -> str | None:
    """An appositive title after a name: "Rubio, the secretary of state, said" -> title."""
    suffix = _COMMA_SUFFIX.match(paragraph, name_end)
    if suffix:
        name_end = suffix.end()  # "Tom Lee, Jr., the mayor"
    match = _APPOSITIVE.match(paragraph, name_end, min(len(paragraph), name_end + 140))
    if not match:
        return None
    phrase = match.group("phrase").strip()
    words = phrase.split()
    if not words or len(words) > 12 or words[0] in ("and", "or", "like", "unlike", "including"):
        # (not "the University of California, Berkeley, and co-chair of …": the list goes on;
        # nor "Others, like Sen. Rand Paul,": a comparison)
        return None
    head = None
    loose = 0  # plain words before the head: "political science professor"
    for index, word in enumerate(words[:6]):
        if _is_head(word):
            head = index
            if index + 1 < len(words) and words[index + 1].lower() in _PREPS:
                break
            if index + 1 < len(words) and _is_head(words[index + 1]):
                continue
            if index + 2 < len(words) and words[index + 1] == "and" and _is_head(words[index + 2]):
                continue  # "the mediator and administrator of the fund": two titles, one role
            break
        if not _is_modifier(word) and word.lower() not in ("and",):
            loose += 1
            bad = loose > 3 or word.lower() in _NOT_IN_TITLES or not word.isalpha()
            if bad and not word.endswith("-based"):
                return None
    if head is None or words[-1].lower() in _PREPS:
        return None  # "becoming the first senator to (say ...)": a clause cut at its verb
    rest = words[head + 1 :]
    if rest and rest[0].lower() not in _PREPS and rest[0] != "from":  # "Senator from Ohio"
        return None
    if any(word.lower() in _NOT_IN_TITLES for word in rest):
        return None  # "U.S. Ambassador to Israel Mike Huckabee also rejected ...": a clause
    if (
        len(rest) >= 3
        # a verb of speech after it, no comma
        and paragraph[match.end("phrase") : match.end()].strip().isalpha()
        and paragraph[match.end("phrase") : match.end()].strip()
        not in ("who", "whom", "whose", "since", "until")
        and rest[-1][:1].isupper()
        and not _is_org_word(rest[-1])
        and rest[-2][:1].isupper()
        and _norm(rest[-2]) in GIVEN_NAMES
    ):
        # "Paraphrasing Mark Twain, TD Securities head of research Eric Green tells ...": the
        # title of the next name, who speaks, not an appositive
        return None
    title = phrase
    if match.group("poss"):
        title = match.group("poss") + phrase
    return title


# --- candidates ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Candidate:
    tokens: list[str]
    paragraph: int
    start: int
    end: int
    role: str | None = None
    role_span: tuple[int, int] | None = None
    cue: bool = False
    honorific: str | None = None
    possessive: bool = False
    headline: bool = False
    sentence_initial: bool = False
    modal_question: bool = False  # "Will Trump and the Court Tear ...?": "Will" asks
    after_acronym: bool = False
    after_org: bool = False  # "Lockheed Martin", "cyber security firm Dragos": a body's name
    body_noun: bool = False  # "the website Freedom Outpost": a body's noun before the name
    body_after: bool = False  # "Immigration Equality, another group ...": a body's appositive
    place_after: bool = False  # "Kursk region"
    thing_after: bool = False  # "the Monitor's Passcode, which covers ...": a thing
    place_before: bool = False  # "in Helsinki", "the Vatican"; or a group: "more Boomers"
    place_prep: bool = False  # "in Helsinki", "east of Vantaa": a place for sure
    role_tail: bool = False  # the title before ends "of <Capitals>"
    role_tail_the: bool = False  # ... "of the <Capitals>"
    speech: bool = False  # a speech verb next to the name
    common_words: int = 0  # words the article also writes in lower case
    common_last: bool = False
    foreign: bool = False  # in a paragraph in another language (German capitalises nouns)
    credit: bool = False  # a byline, photo credit or newsletter blurb: page residue
    attributive: bool = False  # "the Anna Keller bloc": a name inside the name of a thing
    names_a_body: bool = False  # "United for Progress", "Americans for Prosperity": a body
    opener_cut: bool = False  # "Golden Dome's ..." cut to "Dome" at a sentence start
    org_of: bool = False  # "University of Bremen": the rest of an organisation's name
    written: str | None = None  # the mention as written, when the name is completed
    place_name: bool = False  # "Las Vegas", "Fort Worth": the rest of a place's name
    org_surname: bool = False  # "Bloomberg" in an article about Michael Bloomberg
    known_lone: bool = False  # "Trump’s comments ... Trump took to Truth Social": a person
    # "Khadija West, a senior ... Ms. West": the surname the article writes after an honorific
    titled_surname: bool = False
    suffix: str | None = None  # "Jr.", "III": written after the name, part of who it is


_PARTY_STATE = re.compile(r"\s*\((?:[DRI]|Dem|Rep|Ind)\s*[-–,]")


_SIGNATURE = re.compile(r"[”\"]\s*[―—–-]+\s*$")  # “...” — Name
_MODAL_NAMES = frozenset(["will", "may", "can", "june", "april"])
_QUESTION_AFTER = re.compile(r"[^.!?]{0,200}\?")
_APOSTROPHE_GIVEN = re.compile(r"[A-Z][a-z]?['’][A-Z][a-z]{2,}")
_DIGIT = re.compile(r"\d")
# "D-Mass.", "R-Iowa": a party and a state, written after a name
PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]{1,12}")
_FIRM_LIST_AFTER = re.compile(r"(?:,\s+[A-Z][\w'’-]+){1,5},?\s+&\s+[A-Z]")
_POSSESSOR = re.compile(r"\b[A-Z][\w.&-]*(?:['’]s|s['’])\s+$")  # "CNN's", "Fox News'"
# "Jimmy Tompkins, 31,", "40-year-old Terence Crutcher": ages are given for people.
_AGE_AFTER = re.compile(r",\s*\d{1,3},")
_AGE_APPOSITIVE = re.compile(r",\s+an?\s+\d{1,3}-year-old\b")  # "Ana Lund, a 26-year-old"
_WHO_AFTER = re.compile(r",\s*who(?:se)?\b")  # "Rucker Culpepper, who runs ..." (full names)
_BODY_NAME_AFTER = re.compile(r"\s+for\s+(?:the\s+)?[A-Z]")  # not "Graham of South Carolina"
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")
# "Trayvon Martin – the black teenager shot by ...": an appositive that only a person fits
_PERSON_NOUN_AFTER = re.compile(
    r"\s*(?:,|--|[–—])\s*(?:the|a|an)\s+(?:(?!(?:where|which|who|that|when)\b)[\w-]+\s+){0,3}?"
    r"(?:teenager|teen|boy|girl|man|"
    r"woman|student|mother|father|son|daughter|wife|husband|widow|widower|grandmother|"
    r"grandfather|child|victim|resident|activist|nurse|doctor|worker|mom|dad)\b"
)

_CASE_NAME_AFTER = re.compile(r"\s+v\.\s+[A-Z]")  # not "Jake Paul vs. Mike Tyson", a bout
_CASE_NAME_BEFORE = re.compile(r"\bv\.\s+$")
_ORG_NOUN_BEFORE = re.compile(
    r"\b(?:firm|company|startup|outlet|website|site|newspaper|magazine|broadcaster|network|"
    r"channel|platform|app|brand|manufacturer|maker|watchdog|charity|nonprofit|insurer|"
    r"lender|retailer|carrier|airline|group|agency|tabloid|daily|militia|faction|movement|"
    r"organi[sz]ation|outfit|over\s+at)\s+"
    # "a militant group called Ansar al-Sharia"
    r"(?:(?:called|named|known\s+as)\s+)?$"
)
# "Immigration Equality, another group supporting the bill, said": an appositive that only a
# body fits (not "Lund, a group leader", "Berg, a member of the group")
_BODY_NOUN_AFTER = re.compile(
    r",\s+(?:a|an|another|the)\s+(?:(?!of\b)[\w-]+\s+){0,3}?(?:group|organi[sz]ation|company|"
    r"firm|nonprofit|non-profit|coalition|charity|think\s+tank|network|agency|outlet)"
    r"(?=[,.;:]|\s+(?:that|which|based|supporting|backing|opposing|founded|led|representing|"
    r"working|with|for|in)\b)"
)
# Page residue, not article text: bylines ("Ana Ruiz in Oslo and Tom Hale contributed
# reporting", "Edited by: Ana Ruiz", "By Tom Hale"), photo credits ("(Photo: Ana Ruiz/Reuters)",
# "(AFP/Tom Hale)", "credit: Ana Ruiz"), a writer's bio line ("Tom Hale is a reporter for The
# Daily Planet") and newsletter blurbs ("Sign up for Ana Ruiz's weekly newsletter").
_BYLINE_AFTER = re.compile(
    r"(?:\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?,?\s+(?:and\s+(?:[A-Z][\w'’.-]*\s+){1,4}"
    r"(?:in\s+[A-Z][\w.-]*\s+(?:[A-Z][\w.-]*\s+)?)?)?"  # "... and Julie Walker in New York"
    r"contributed\s+(?:additional\s+)?(?:reporting|research|to\s+(?:this|the)\b)"
)
_CREDIT_ENDS = ("by", "By", ":", "/")
# People who act for a person: "Lawyers for Ghislaine Maxwell" names her, not a group.
_AGENTS_FOR = frozenset(
    """
    lawyers attorneys spokesmen spokeswomen spokespeople representatives advisers advisors aides
    lobbyists prosecutors friends supporters fans relatives doctors agents
    """.split()  # noqa: SIM905
)
_PLATFORM_BEFORE = re.compile(r"\b(?:on|via|to|from)\s+$")
_PARTY_WORDS = frozenset("republican republicans democrat democrats democratic independent".split())  # noqa: SIM905
_CREDIT_BEFORE = re.compile(
    r"(?:(?:^|[.!?”\"]\s+|\(\s*|\|\s*)(?:Edited|Written|Reported|Reporting|Compiled|Produced|"
    r"Translated|Additional\s+reporting|Photos?|Photographs?|Pictures?|Video|Text|Graphics|"
    r"Illustrations?|Images?|Story)\s+by:?\s*"
    r"|(?:^|[.!?”\"]\s+)By\s+"
    r"|\b(?:[Pp]hoto(?:graph)?s?|[Ii]mages?|[Pp]ictures?|[Cc]redits?|[Ii]llustrations?|"
    r"[Ff]ootage)(?:\s+credit)?\s*:\s*"
    r"|[A-Za-z]/\s?"
    r"|\(\s*[A-Z]{3,}(?:\s+[A-Z]{2,}){0,2}:\s*)$"  # "(PHOTOS: Ana Ruiz's speech)": a link
)
# "— Ana Ruiz (@anaruiz) May 2, 2024": the signature of an embedded post.
_POST_SIGNATURE = re.compile(r"\s*\(@\w+\)")
# "— Jon Levine (@LevineJonathan) May 27, 2020": the author of an embedded post
_TWEET_AUTHOR = re.compile(r"\s*\(@\w+\)\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\s*$")
_CREDIT_AFTER = re.compile(
    r"\s?/\s?[A-Z]"  # "Ana Ruiz/Reuters"
    r"|\s+is\s+an?\s+(?:[\w-]+\s+){0,4}(?:reporter|writer|correspondent|journalist|editor|"
    r"producer|columnist|contributor|photographer|photojournalist),?\s+(?:for|at|with|based)\b"
)
# "the Anna Keller bloc", "the Tom Hale podcast": a name that is part of the name of a thing.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_PROMO = re.compile(r"\b(?:newsletter|podcast)\b")
_PROMO_CALL = re.compile(r"\b(?:[Ss]ign\s+up|[Ss]ubscribe|[Ff]ollow|inbox)\b")
# "University of Bremen", "Chamber of Commerce": after "<organisation word> of" comes its name.
_ORG_OF_BEFORE = re.compile(r"\b([A-Z][\w'’.-]*)\s+(of|on|for)\s+(?:the\s+)?$")
# "his wife, Heidi,", "their daughter Ellie": kin are people.
_KIN = (
    r"(?:wife|husband|spouse|son|daughter|father|mother|brother|sister|widow|widower|grandson|"
    r"granddaughter|nephew|niece|cousin|fianc[ée]e?|stepson|stepdaughter|uncle|aunt)"
)
_KIN_BEFORE = re.compile(r"\b" + _KIN + r",?\s+$")
# "His colleague, Ayaan Hirsi Ali,", "her lawyer John Dowd": someone's associate is a person.
_ASSOCIATE_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:(?:close|longtime|former|old|new|top)\s+)?"
    r"(?:colleague|friend|aide|assistant|boss|neighbou?r|lawyer|attorney|girlfriend|boyfriend|"
    r"co-?author|mentor|classmate|roommate|successor|predecessor|adviser|advisor|biographer|"
    r"co-?founder|co-?star|spokes(?:man|woman|person))s?,?\s+$"
)

# "University student Mollie Wagoner", "churchgoer Evet Accion": a person noun right before a
# full name
_PERSON_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?:student|resident|voter|worker|nurse|teacher|farmer|activist|volunteer|"
    r"protester|protestor|veteran|retiree|shopper|homeowner|parent|grandmother|grandfather|"
    r"widow|widower|survivor|patient|customer|immigrant|refugee|fan|attendee|parishioner|"
    r"worshipper|worshiper|[a-z]+goer)\s+$"
)


_TIME_WORDS = frozenset("year day week month century decade".split())  # noqa: SIM905


def _person_possessor(paragraph: str, start: int) -> bool:
    """ "CNN's Wolf Blitzer" hints at a person; "Russia's Kursk" does not."""
    match = _POSSESSOR.search(paragraph, max(0, start - 40), start)
    if not match:
        return False
    owner = _norm(re.split(r"['’]", match.group())[0])
    # "Russia's Kursk", "the People's Deputies": a place or a group owns no person.
    # "New Year's Eve", "Monday's vote": a time owns no person either.
    return (
        owner not in PLACES
        and owner not in NATIONALITIES
        and owner not in STOP_CAPS
        and owner not in MONTHS_DAYS
        and owner not in _TIME_WORDS
    )


def _sentence_initial(paragraph: str, start: int) -> bool:
    before = paragraph[max(0, start - 4) : start].rstrip(" “\"‘'(")
    # ("-- Retailers added 29,300.": a list item's bullet opens a sentence too)
    return (
        not before
        or before[-1] in ".!?:"
        or (start <= 6 and paragraph[:start].strip() in _BULLETS)  # (at the paragraph's start)
    )


_BULLETS = frozenset("- -- – — • * ·".split())  # noqa: SIM905


_NAME_GAPS = frozenset([" ", "\u00a0", "] ", " ] "])


_PATRONYMIC = frozenset(["bin", "ibn", "bint", "ben"])  # (lower case: not "Ben Carson")


def _nicknames(words: list[_Word], paragraph: str) -> set[int]:
    """Indices of one-word nicknames in quote marks between a given name (or an initial) and
    a surname: 'Bernard "Jack" Young', 'Edmund G. “Pat” Brown'."""
    found = set()
    for index in range(1, len(words) - 1):
        before, word, after = words[index - 1], words[index], words[index + 1]
        if (
            paragraph[before.end : word.start] in (' "', " “")
            and paragraph[word.end : after.start] in ('" ', "” ")
            and _is_cap(word.text)
            and _is_cap(after.text)
            and not before.possessive
            and (_norm(before.text) in GIVEN_NAMES or _is_initial(before.text))
        ):
            found.add(index)
    return found


def _particle_before_name(words: list[_Word], index: int, paragraph: str, end: int) -> bool:
    """Whether the words from ``index`` on continue a name after a particle: a capitalised word
    right after, or another particle then one ("von der Leyen")."""
    for k in (index, index + 1):
        if k >= len(words) or paragraph[end : words[k].start] != " ":
            return False
        if _is_cap(words[k].text):
            return True
        if words[k].text not in PARTICLES:
            return False
        end = words[k].end
    return False


def _runs(words: list[_Word], paragraph: str) -> list[list[_Word]]:
    runs: list[list[_Word]] = []
    current: list[_Word] = []
    nicknames = _nicknames(words, paragraph) if '"' in paragraph or "“" in paragraph else ()
    for index, word in enumerate(words):
        if index in nicknames:
            continue  # 'Mayor Bernard "Jack" Young': the nickname is no part of the name
        cap = _is_cap(word.text)
        particle = (
            not cap
            and word.text.lower() in PARTICLES
            and current
            # "von der Leyen", but "Rubio der Krisenpraevention" is German grammar.
            and (word.text not in ("der", "den") or current[-1].text.lower() in ("van", "von"))
            and _particle_before_name(words, index + 1, paragraph, word.end)
        )
        # "[Russian President Vladimir] Putin": an editor's bracket inside a name.
        joined = bool(current) and (
            paragraph[current[-1].end : word.start] in _NAME_GAPS
            or (index - 1 in nicknames and current[-1] is words[index - 2])
        )
        if current and (not joined or current[-1].possessive):
            runs.append(current)
            current = []
        if cap or (particle and current):
            current.append(word)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


# Organisation words that are also common surnames: "Michael R. Bloomberg", "Fiona Hill",
# "Vicente Fox", "Steve Law", "Sharon Day". Not "street" or "church": "Victoria Street" and
# "Grace Church" are places.
_SURNAME_ORG_WORDS = frozenset(
    ["bloomberg", "day", "fox", "hill", "hall", "law", "press", "rasmussen"]
)
_SURNAME_ORG_TITLES = tuple(word.title() for word in _SURNAME_ORG_WORDS)
_SURNAME_ORG = re.compile(
    r"\b([A-Z][a-z]+\.?)\s+(?:[A-Z]\.\s+)?(" + "|".join(_SURNAME_ORG_TITLES) + r")\b"
)
_NAMED_DAYS = frozenset(["Victoria Day"])  # a holiday, not a woman
_VENUE_BEFORE = re.compile(r"\b(?:the|The|Royal|at|from)\s+$")  # "a professor at Howard Law"


def _names_before(word: str, surname: str) -> bool:
    """A word after which an organisation word is a surname: a given name, an initial, "Mr."
    (not "Dame", which comes before a given name and ends "Notre Dame Law"; not a holiday)."""
    low = _norm(word)
    if f"{word} {surname}" in _NAMED_DAYS:
        return False
    return low in GIVEN_NAMES or (low in HONORIFICS and low != "dame") or _is_initial(word)


def _org_surnames(paragraphs: tuple[str, ...]) -> frozenset[str]:
    """The organisation words the article uses as surnames: after a given name or "Mr." (not
    in a venue's name: "the Royal Albert Hall")."""
    found = set()
    for paragraph in paragraphs:
        if not any(word in paragraph for word in _SURNAME_ORG_TITLES):
            continue  # (a substring test is far cheaper than the pattern)
        for match in _SURNAME_ORG.finditer(paragraph):
            if _VENUE_BEFORE.search(paragraph, max(0, match.start() - 8), match.start()):
                continue
            if _names_before(match.group(1), match.group(2)) or (
                # "Middletown Press journalist Cassandra Day": a title before the given name
                match.group(1)[:1].isupper() and role_before(paragraph, match.start(1))
            ):
                found.add(match.group(2).lower())
    return frozenset(found)


_TITLED_SURNAME = re.compile(r"(?=[MD])\b(?:Mr|Mrs|Ms|Dr)\.?\s+([A-Z][a-z]+)\b")


def _split_at_suffix_points(runs: Iterable[list[_Word]]) -> Iterator[list[_Word]]:
    """ "Martin Luther King Jr. He spoke", "King Jr. The Rev. Al Sharpton spoke": a suffix's
    point may end the sentence; the capitalised words after it, from a word no name holds, are
    a run of their own."""
    for run in runs:
        start = 0
        for index, word in enumerate(run[:-1]):
            if (
                word.text.endswith(".")
                and word.text in _SUFFIX_WORDS
                and _norm(run[index + 1].text) in STOP_CAPS
            ):
                yield run[start : index + 1]
                start = index + 1
        yield run[start:]


def _candidates(paragraphs: tuple[str, ...]) -> list[_Candidate]:
    out: list[_Candidate] = []
    vocab: set[str] = set()
    for paragraph in paragraphs:
        vocab.update(_LOWER_WORD.findall(paragraph))
    lower_vocab = frozenset(vocab)
    org_surnames = _org_surnames(paragraphs)
    titled_surnames = frozenset(
        _norm(m.group(1)) for paragraph in paragraphs for m in _TITLED_SURNAME.finditer(paragraph)
    )
    for p_index, paragraph in enumerate(paragraphs):
        words = _words(paragraph)
        headline = _is_title_case_line(paragraph, words)
        foreign = _is_foreign(paragraph)
        for run in _split_at_suffix_points(_runs(words, paragraph)):
            if PARTY_TAG.fullmatch(run[0].text):
                continue  # "Fred Love, D-Little Rock": a party and a home town, no name
            if len(run) > 1 and PARTY_TAG.fullmatch(run[-1].text):
                run = run[:-1]  # "Ayanna Pressley D-Mass.": the party, with no comma before
            # "President Volodymyr Zelenskyy Monday said": a weekday after a surname ends it.
            while (
                len(run) > 2
                and _norm(run[-1].text) in MONTHS_DAYS
                and _norm(run[-2].text) not in GIVEN_NAMES
                and _name_capable(run[-2].text)
            ):
                run = run[:-1]
            # The name is what follows the last word that cannot be part of a name.
            cut = 0
            honorific = None
            for index, word in enumerate(run):
                low = _norm(word.text)
                last_index = len(run) - 1
                if run[-1].text in _SUFFIX_WORDS and last_index > 1:
                    last_index -= 1  # "Martin Luther King Jr."
                if (
                    index == last_index
                    and index > 0
                    # ("Jeffrey Lord", "Winston Lord": the honorific as a surname)
                    and (low in TITLE_HEADS or low in MONTHS_DAYS or low == "lord")
                    and low not in _ADDRESS_TITLES
                    and cut <= index
                    and (
                        _norm(run[index - 1].text) in GIVEN_NAMES
                        or (index == cut and honorific is not None)
                        or (
                            index - 2 >= cut
                            and low in TITLE_HEADS
                            and _norm(run[index - 2].text) in GIVEN_NAMES
                            and _name_capable(run[index - 1].text)
                        )
                    )
                ):
                    continue  # "Charlie King", "Martin Luther King", "Mr. King": a surname
                if (
                    index == 0
                    and word.text in ("X", "X.")
                    and _PLATFORM_BEFORE.search(paragraph, max(0, word.start - 8), word.start)
                ):
                    cut = 1  # "a post on X. Vance's remark": the platform, then a sentence
                    continue
                if word.text in _SUFFIX_WORDS and cut < index == len(run) - 1:
                    continue  # "Robert S. Mueller III": the suffix ends the name
                if (
                    not _name_capable(word.text)
                    and not (word.text.lower() in PARTICLES and 0 < index < len(run) - 1)
                    # "John A. Boehner": a middle initial that is also a stop word
                    and not (_is_initial(word.text) and cut < index < len(run) - 1)
                    # "Mr. Houston", "Mr. French": a place or nationality word after an
                    # honorific is a surname (but "Miss Arizona" is a pageant title)
                    and not (
                        index == cut == len(run) - 1
                        and _norm(run[index - 1].text) in _HONORIFIC_GENDER
                        and _norm(run[index - 1].text) != "miss"
                        and (low in PLACES or low in NATIONALITIES)
                    )
                    # "Michael R. Bloomberg", then "Bloomberg said": a surname in this article
                    # (alone, or after a given name: not "Carnegie Hall")
                    and not (
                        index == last_index
                        and low in org_surnames
                        and (index == 0 or _names_before(run[index - 1].text, word.text))
                    )
                    # "Frances Fox Piven": such a word between a given name and a surname
                    and not (
                        index == last_index - 1 > 0
                        and low in _SURNAME_ORG_WORDS
                        and _norm(run[index - 1].text) in GIVEN_NAMES
                        and _name_capable(run[last_index].text)
                    )
                    # "Khadija West, a senior ... Ms. West": a place word the article writes
                    # after an honorific, after a word that can be a given name
                    and not (
                        index == last_index == cut + 1
                        and low in titled_surnames
                        and _name_capable(run[index - 1].text)
                    )
                ):
                    cut = index + 1
                    honorific = (
                        low
                        if low in HONORIFICS and word.text not in _CAPITAL_ABBREVIATIONS
                        else None
                    )
            # "Mark Cuban", "Jordan Peterson", "Tyler Q. Houston": a place or nationality word
            # after a given name (and its middle initial).
            given_at = cut - 2
            if given_at > 0 and _is_initial(run[given_at].text):
                given_at -= 1
            if cut > 1 and (
                _norm(run[given_at].text) in GIVEN_NAMES
                # "L'Damian Washington", "Ja'Marr Houston": a given name of this shape
                or _APOSTROPHE_GIVEN.fullmatch(run[given_at].text)
            ):
                low = _norm(run[cut - 1].text)
                if (
                    (low in NATIONALITIES or low in PLACES)
                    and low not in ORG_WORDS
                    and low not in STOP_CAPS  # "Virginia Democrats": a group
                ):
                    cut = given_at
                    while cut > 0 and _name_capable(run[cut - 1].text):
                        cut -= 1
            if (
                1 < cut < len(run)
                and not headline
                and run[cut - 1].text in _CAPITALISED_LINKS
                and not _sentence_initial(paragraph, run[cut - 1].start)
                # (not "Centers For Disease Control Robert Redfield": a given name follows)
                and not any(_norm(word.text) in GIVEN_NAMES for word in run[cut:])
            ):
                cut = len(run)  # "Doctors Without Borders", "Reporters Without Borders": a body
            for earlier in _names_before_titles(run[:cut]):
                cand = _candidate(paragraph, p_index, earlier, earlier[-1], run, 0, lower_vocab)
                if cand is not None:
                    cand.headline, cand.foreign = headline, foreign
                    out.append(cand)
            name_words = run[cut:]
            # cues after the name follow a suffix (with no name words, no candidate is made)
            tail = name_words[-1] if name_words else run[-1]
            suffix = None
            while name_words and name_words[-1].text in _SUFFIX_WORDS:
                suffix = suffix or _SUFFIX_FORMS.get(name_words[-1].text, name_words[-1].text)
                name_words = name_words[:-1]
            regnal = (
                run[cut - 1]
                if len(name_words) == 1
                and cut > 0
                and _norm(run[cut - 1].text) in REGNAL_TITLES
                and _norm(name_words[0].text) in GIVEN_NAMES
                else None
            )
            at_start = bool(name_words) and _sentence_initial(paragraph, name_words[0].start)
            if 2 < len(name_words) <= 5 and _ARTICLE_PARTICLE.match(name_words[-1].text):
                groups = [name_words]  # "Omar Abdel Hamid el-Hussein": one Arabic full name
            else:
                # ("President Obama Speaks:": a heading, its verb before the colon)
                heading = bool(name_words) and paragraph[name_words[-1].end :][:1] == ":"
                groups = _name_groups(name_words, lower_vocab, foreign, at_start, heading)
            for number, group in enumerate(groups, start=1):
                last = tail if number == len(groups) else group[-1]  # cues follow the run
                cand = _candidate(paragraph, p_index, group, last, run, cut, lower_vocab)
                if cand is not None:
                    if number == len(groups):
                        cand.suffix = suffix  # "Donald Trump Jr." is not Donald Trump
                        comma = None if suffix else _COMMA_SUFFIX.match(paragraph, cand.end)
                        if comma:  # "Jerry Falwell, Jr.": the same suffix after a comma
                            cand.suffix = _SUFFIX_FORMS.get(comma.group(1), comma.group(1))
                    if regnal is not None and paragraph[regnal.end : cand.start] == " ":
                        cand.tokens.insert(0, regnal.text)  # "Pope Leo XIV", "King Charles"
                        cand.start = regnal.start
                    cand.place_name = not honorific and _after_place_article(paragraph, run, group)
                    cand.org_surname = _norm(group[-1].text) in org_surnames
                    cand.honorific = honorific if group and group[0] is name_words[0] else None
                    if cand.honorific and cand.possessive:
                        cand.place_after = False  # "Mr. Abbott's state": his, not a place
                    cand.cue = cand.cue or bool(cand.honorific)
                    cand.headline = headline
                    cand.foreign = foreign
                    out.append(cand)
    return out


# "Las Vegas", "Fort Worth", "San Diego", "St. Louis": the word after these is a place's name.
_PLACE_ARTICLES = frozenset(
    # "Hurricane Maria", "Typhoon Haiyan": a storm's name, not a person's
    """
    las los san santa fort port saint st new puerto porto costa cape mount lake cote côte
    sierra
    hurricane hurricanes typhoon cyclone
    """.split()  # noqa: SIM905
)
# "in Le Havre", "near La Jolla"; but "Marine Le Pen", "Le Pen said": only after a preposition.
_PLACE_ARTICLES_AFTER_PREP = frozenset(("le", "la", "el", "des"))  # "in Des Moines"
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|outside|around|across|at)\s+$")


def _after_place_article(paragraph: str, run: list[_Word], group: list[_Word]) -> bool:
    """Whether ``group`` is the rest of a place's name: it follows "Las", "Fort", "San" ... or is
    "Le Havre" after "in"."""
    first = group[0]
    index = next(i for i, w in enumerate(run) if w is first)
    if index and _norm(run[index - 1].text) in _PLACE_ARTICLES:
        return True
    if len(group) < 2:
        return False
    low = _norm(first.text)
    if low in _PLACE_ARTICLES:
        return True
    return (
        low in _PLACE_ARTICLES_AFTER_PREP
        and not group[-1].possessive
        and bool(_LOCATIVE_BEFORE.search(paragraph, max(0, first.start - 8), first.start))
    )


# Function words capitalised inside a run of capitalised words: the run names a body or a
# work, and the words after them are no person's name.
_CAPITALISED_LINKS = frozenset(
    ["Without", "Against", "Beyond", "For", "Of", "And", "Into", "Under", "Across"]
)


# Given names that open the second part of an Arabic name ("Adil Abdul Mahdi", "Hassan Abdel
# Rahman"): after an unknown first word they do not start the name
_COMPOUND_HEADS = frozenset(["abdul", "abdel", "abd", "abu"])


def _names_before_titles(words: list[_Word]) -> list[list[_Word]]:
    """ "President Dana Whitlock Conservative MP Alex Burden" (a list without commas, a lost
    full stop): a given name and surname standing right before the next person's title (not
    in a body's name: "the Paul Simon Public Policy Institute")."""
    if words and _is_org_word(words[-1].text):
        return []
    found = []
    index = 0
    while index < len(words) - 2:
        if _norm(words[index].text) in GIVEN_NAMES and not _is_shouted(words[index].text):
            end = index + 1
            while (
                end < len(words)
                and _name_capable(words[end].text)
                and _norm(words[end].text) not in _TITLE_WORDS
            ):
                end += 1
            if end - index >= 2 and end < len(words) and _norm(words[end].text) in _TITLE_WORDS:
                found.append(words[index:end])
            index = end
        else:
            index += 1
    return found


def _name_groups(
    name_words: list[_Word],
    lower_vocab: frozenset[str],
    foreign: bool,
    at_sentence_start: bool,
    heading: bool = False,
) -> list[list[_Word]]:
    """The names in a run of name words: usually one; two glued ones ("Ana Ruiz Tom Hale", a
    byline) are split, a doubled one ("Tom Hale Tom Hale") is one."""
    if not name_words:
        return []
    texts = [w.text for w in name_words]
    half = len(texts) // 2
    if len(texts) % 2 == 0 and texts[:half] == texts[half:]:
        return [name_words[:half]]  # "Trump Trump", a caption repeated
    given = [_norm(t) in GIVEN_NAMES for t in texts]
    if len(texts) >= 4 and given[0]:
        for k in range(2, len(texts) - 1):
            if any(t in _PATRONYMIC for t in texts[:k]):
                break  # "Tamim bin Hamad Al Thani": a father's given name, then the family's
            if given[k] and not given[k - 1]:
                first = name_words[:k]
                while len(first) > 1 and len(first[-1].text) == 1:
                    first = first[:-1]  # "Christina N Luis Olidem"
                # "Keir Starmer Conservative MP Alex Burghart": the second name's title goes.
                while len(first) > 2 and _norm(first[-1].text) in _TITLE_WORDS:
                    first = first[:-1]
                rest = _name_groups(name_words[k:], lower_vocab, foreign, False, heading)
                return [first, *rest]
    # "Jenny Gross Reporting", "Ana Ruiz Photographs": a credit line's label after the name;
    # "President Obama Speaks:": a heading's verb (not "Rep. Nelda Speaks (i)", a surname).
    while len(name_words) >= 2 and (
        _norm(texts[-1]) in _CREDIT_LABELS or (heading and _norm(texts[-1]) in _HEADING_VERBS)
    ):
        name_words, given, texts = name_words[:-1], given[:-1], texts[:-1]
    # "Alicia M": a surname cut to its initial is no surname.
    while len(name_words) >= 2 and len(texts[-1]) == 1:
        name_words, given, texts = name_words[:-1], given[:-1], texts[:-1]
    # "Sr. Wallace" (a sentence cut), "Invoking Article" (a sentence opener): not given names.
    while (
        len(name_words) >= 2
        and not given[0]
        and (
            texts[0] in _SUFFIX_WORDS
            or (texts[0].endswith(("ing", "ly")) and len(texts[0]) > 5 and at_sentence_start)
        )
    ):
        name_words, given, texts = name_words[1:], given[1:], texts[1:]
    # "Actor Blake Lively", "Trade Maros Sefcovic": a leading word the article also writes in
    # lower case is a common noun, not a given name; "Senior Trump administration officials":
    # nor is a title's modifier.
    while (
        len(name_words) >= 2
        and not given[0]
        and (texts[0].lower() in lower_vocab or texts[0].lower() in TITLE_MODIFIERS)
        and texts[0].lower() not in PARTICLES
    ):
        name_words, given, texts = name_words[1:], given[1:], texts[1:]
    # "Miss Universe Alicia Machado": the name starts at the given name; in a foreign-language
    # paragraph ("Ukrainerin Julija Sowa") a known given name is the only reliable start.
    if (
        (len(name_words) >= 3 or foreign)
        and not given[0]
        and not _is_initial(texts[0])
        and not (len(texts[0]) == 1 and texts[0].isupper() and given[1])
    ):
        # ("C. Eugene Steuerle", "J. Edgar Hoover", the BBC's "J Edgar Hoover": a first
        # initial stays)
        for k in range(1, len(name_words) - 1):
            if given[k] and _norm(texts[k]) not in _COMPOUND_HEADS:
                if k == 1 and len(name_words) == 3 and _first_of_double_given(texts, foreign):
                    break  # "Jerri Ann Henry": an unlisted first name before a middle name
                name_words = name_words[k:]
                break
    # "Stoneman Douglas Shooter Nikolas Cruz", once started at "Douglas": a common noun
    # capitalised inside the run (the article writes "shooter" in lower case) ends a title;
    # the name is the two words after it
    cut = len(texts) - len(name_words)  # (words the given-name start dropped)
    if cut and texts[-1].lower() not in lower_vocab:
        for k in range(len(name_words) - 3, 0, -1):
            word = texts[cut + k].lower()
            if word in lower_vocab and word not in PARTICLES and not given[cut + k]:
                name_words = name_words[k + 1 :]
                break
    if len(name_words) > 4 and not (
        # "Mohammed bin Zayed Al Nahyan": a patronymic name runs longer
        len(name_words) <= 6 and any(w.text in _PATRONYMIC for w in name_words[1:-1])
    ):
        name_words = name_words[-3:]
    return [name_words]


# Given names that follow another given name as the second of a pair ("Mary Ann", "Billy Ray").
_MIDDLE_GIVEN = frozenset("ann anne marie lynn lee kay jo sue beth louise mae jean ray bob".split())  # noqa: SIM905
# Capitalised words that are something else before a name: titles, places, labels, openers.
_NO_FIRST_NAMES = (
    STOP_CAPS
    | TITLE_HEADS
    | TITLE_MODIFIERS
    | HONORIFICS
    | NATIONALITIES
    | PLACES
    | ORG_WORDS
    | MONTHS_DAYS
    | _PARTY_WORDS
)


def _first_of_double_given(texts: list[str], foreign: bool) -> bool:
    """Whether the word before a middle name ("Jerri" in "Jerri Ann Henry") is a first name no
    list knows rather than a title, a place or a label ("Miss Ann Henry", "Texas Ann Henry")."""
    first = texts[0]
    return (
        not foreign
        and _norm(texts[1]) in _MIDDLE_GIVEN
        and len(first) >= 3
        and first[1:].islower()
        and first.isalpha()
        and first.lower() not in _NO_FIRST_NAMES
    )


_JOINERS = frozenset(["of", "for", "on", "the", "and"])


def _org_phrase_before(paragraph: str, end: int) -> bool:
    """Whether the capitalised phrase ending at ``end`` ("Centers for Disease Control") names a
    body: one of its words, or its plural, is an organisation word."""
    words = paragraph[max(0, end - 80) : end].split()
    for word in reversed(words[-8:]):
        if word in _JOINERS:
            continue
        if not word[:1].isupper() or word[-1:] in ",.;:":
            return False
        if _is_org_word(word) or (word.endswith("s") and _is_org_word(word[:-1])):
            return True
    return False


def _candidate(
    paragraph: str,
    p_index: int,
    name_words: list[_Word],
    tail: _Word,
    run: list[_Word],
    cut: int,
    lower_vocab: frozenset[str],
) -> _Candidate | None:
    # Initials-only or acronyms alone are not names.
    if not name_words or (len(name_words) == 1 and len(name_words[0].text.replace(".", "")) < 2):
        return None
    first, last = name_words[0], name_words[-1]
    if _norm(last.text) in _PARTY_WORDS or paragraph[tail.end : tail.end + 2] == " &":
        return None  # "Virginia Republican", "the Dinkins Leadership & Policy Forum"
    if _CASE_NAME_AFTER.match(paragraph, tail.end) or _CASE_NAME_BEFORE.search(
        paragraph, max(0, first.start - 6), first.start
    ):
        return None  # "Roe v. Wade": a court case
    if (
        len(name_words) == 1
        and _norm(first.text) in _SENTENCE_ADVERBS
        and paragraph[first.end : first.end + 1] == ","
        and _sentence_initial(paragraph, first.start)
    ):
        return None  # "Rather, the official said": an adverb opening the sentence
    cand = _Candidate(
        tokens=[w.text for w in name_words],
        paragraph=p_index,
        start=first.start,
        end=last.end,
        possessive=last.possessive,
    )
    found = role_before(paragraph, first.start)
    if found:
        cand.role, role_start = found
        cand.role_span = (role_start, role_start + len(cand.role))
        tail_match = _ROLE_TAIL.search(cand.role)
        cand.role_tail = bool(tail_match)  # a lone word after it needs a speech verb
        # "Speaker of the House Newt Gingrich": a tail ending in an organisation word is whole.
        if tail_match:
            end_word = _norm(cand.role.split()[-1])
            if end_word in ORG_WORDS and end_word not in _ORG_ACRONYMS:
                tail_match = None
        cand.role_tail_the = bool(tail_match and " the " in tail_match.group() + " ")
    elif not tail.possessive:
        after = role_after(paragraph, tail.end)
        if after:
            cand.role = after
            cand.role_span = (tail.end, tail.end + len(after))
    cand.sentence_initial = _sentence_initial(paragraph, first.start)
    cand.modal_question = (
        _norm(first.text) in _MODAL_NAMES
        and (cand.sentence_initial or paragraph[first.start - 1 : first.start] in ('"', "“", "‘"))
        and _QUESTION_AFTER.match(paragraph, first.end) is not None
    )
    cand.after_acronym = first is run[cut] and cut > 0 and _is_acronym(run[cut - 1].text)
    # "the website Freedom Outpost", "the firm Apollo Global Management", "over at Hot Air"
    cand.body_noun = bool(_ORG_NOUN_BEFORE.search(paragraph, max(0, first.start - 30), first.start))
    cand.body_after = bool(_BODY_NOUN_AFTER.match(paragraph, tail.end))
    cand.after_org = bool(
        (
            first is run[cut]
            and cut > 0
            and _is_org_word(run[cut - 1].text)
            # "Sandra Day O'Connor": the word is a middle name after a given name
            and not (cut > 1 and _norm(run[cut - 2].text) in GIVEN_NAMES)
        )
        or cand.body_noun
        or (len(name_words) == 1 and cand.body_after)
        # "Procter & Gamble", "Florida Power & Light": a word joined by "&" names a firm
        or paragraph[max(0, first.start - 2) : first.start] == "& "
        or paragraph.startswith(" & ", tail.end)
        # "Paul, Weiss, Rifkind, Wharton & Garrison": a list of surnames that ends in "&"
        or _FIRM_LIST_AFTER.match(paragraph, tail.end)
        # "the Centers for Disease Control and Prevention": the last word of a body's name
        or (
            len(name_words) == 1
            and paragraph.endswith(" and ", 0, first.start)
            and _org_phrase_before(paragraph, first.start - 5)
        )
        # "the Centers for Disease Control has": once "Disease" (written in lower case too) is
        # cut, the last word of the body's name is left alone
        # (but "FBI Director Comey": a title before the surname)
        or (
            len(name_words) == 1
            and first is not run[0]
            and run[run.index(first) - 1].text.lower() in lower_vocab
            and _norm(run[run.index(first) - 1].text) not in TITLE_HEADS
            and _org_phrase_before(paragraph, first.start)
        )
    )
    # "Kursk region"; 'Antisemitism Exposed" newsletter': a place, or a quoted title.
    cand.thing_after = paragraph.startswith(", which ", tail.end)
    cand.place_after = bool(
        # (not "President Trump's border wall": a title makes the owner a person)
        (_PLACE_NOUN_AFTER.match(paragraph, tail.end) and not (cand.possessive and cand.role))
        # "a 22-year-old Norwalk man": a place that says where a person is from
        or (
            len(name_words) == 1
            and _RESIDENT_AFTER.match(paragraph, tail.end)
            and _RESIDENT_BEFORE.search(paragraph, max(0, first.start - 8), first.start)
        )
        or (len(name_words) == 1 and _GROUP_OF_AFTER.match(paragraph, tail.end))
        or paragraph[tail.end : tail.end + 1] in ('"', "”")
    )
    # "in Helsinki", "near the Vatican", "the Kremlin": a lone word there is a place or a body.
    cand.place_before = (
        (
            len(name_words) == 1
            and not last.possessive
            and (
                bool(_PLACE_BEFORE.search(paragraph, max(0, first.start - 14), first.start))
                # "the National Interest": "the" before a run whose leading words were dropped
                or (
                    first is not run[0]
                    and not any(_norm(w.text) in TITLE_HEADS for w in run[: run.index(first)])
                    and bool(
                        _THE_ONLY_BEFORE.search(paragraph, max(0, run[0].start - 5), run[0].start)
                    )
                )
            )
        )
        or (
            # "as more Boomers retire", "many Democrats": a quantified plural is a group
            len(name_words) == 1
            and len(first.text) > 3
            and first.text.endswith("s")
            and bool(_GROUP_BEFORE.search(paragraph, max(0, first.start - 10), first.start))
        )
    )
    cand.credit = _is_credit(paragraph, first.start, tail)
    cand.names_a_body = len(name_words) == 1 and bool(_BODY_NAME_AFTER.match(paragraph, tail.end))
    cand.attributive = bool(
        len(name_words) > 1
        and not tail.possessive
        and first is run[0]
        and _THE_BEFORE.search(paragraph, max(0, first.start - 5), first.start)
        and re.match(r"\s+[a-z]", paragraph[tail.end : tail.end + 3])
    )
    org_of = _ORG_OF_BEFORE.search(paragraph, max(0, first.start - 40), first.start)
    cand.org_of = bool(
        org_of
        and (
            _is_org_word(org_of.group(1))
            # "Taxpayers for Common Sense", "Americans for Prosperity": a group's name
            or (
                org_of.group(2) == "for"
                and org_of.group(1).endswith("s")
                and _norm(org_of.group(1)) not in _AGENTS_FOR  # "Lawyers for Ghislaine Maxwell"
                and _norm(org_of.group(1)) not in _NOT_PLURALS  # "As for Stephen, ..."
            )
        )
    )
    cand.place_prep = len(name_words) == 1 and bool(
        _PLACE_PREP_BEFORE.search(paragraph, max(0, first.start - 20), first.start)
    )
    cand.common_words = sum(1 for w in name_words if w.text.lower() in lower_vocab)
    cand.common_last = name_words[-1].text.lower() in lower_vocab
    cand.speech = bool(
        (not tail.possessive and _SPEECH_AFTER.match(paragraph, tail.end))
        or (
            _SPEECH_BEFORE.search(paragraph, max(0, first.start - 20), first.start)
            # (not "said Berkeley psychologist Dave Lund": a place or body before a title)
            and not (len(name_words) == 1 and _title_word_after(paragraph, tail.end))
        )
    )
    cand.cue = bool(
        cand.speech
        or cand.role
        or (
            _person_possessor(paragraph, first.start)
            # (not "CBS's Face the Nation", "NBC's Meet the Press": a show's title)
            and not (len(name_words) == 1 and _THE_NAME_AFTER.match(paragraph, tail.end))
        )
        or _SIGNATURE.search(paragraph, max(0, first.start - 8), first.start)
        or _TWEET_AUTHOR.match(paragraph, tail.end)
        or _AGE_AFTER.match(paragraph, tail.end)
        or _AGE_APPOSITIVE.match(paragraph, tail.end)
        or (len(name_words) > 1 and _WHO_AFTER.match(paragraph, tail.end))
        or (len(name_words) > 1 and _PERSON_NOUN_AFTER.match(paragraph, tail.end))
        or _AGE_BEFORE.search(paragraph, max(0, first.start - 14), first.start)
        or _KIN_BEFORE.search(paragraph, max(0, first.start - 16), first.start)
        or (
            len(name_words) > 1
            and _PERSON_NOUN_BEFORE.search(paragraph, max(0, first.start - 16), first.start)
        )
        or (
            len(name_words) > 1
            and _ASSOCIATE_BEFORE.search(paragraph, max(0, first.start - 30), first.start)
        )
        or _PARTY_STATE.match(paragraph, tail.end)
        or _NAMED_BEFORE.search(paragraph, max(0, first.start - 30), first.start)
    )
    return cand


# "Prize-winning", "Texas-based", "Harvard-educated": a capitalised word made a modifier
_COMPOUND_MODIFIER = re.compile(r"[A-Z][\w’']*-(?:[a-z]+(?:ing|ed)|based|born|led|run|style|era)$")
_NEXT_LOWER_WORD = re.compile(r"\s+([a-z][a-z-]+)\b")
_THE_NAME_AFTER = re.compile(r"\s+the\s+[A-Z]")


def _title_word_after(paragraph: str, end: int) -> bool:
    """Whether a lower-case title word follows ("Berkeley psychologist", "Texas state
    senator")."""
    after = _NEXT_LOWER_WORD.match(paragraph, end)
    return after is not None and (_is_head(after.group(1)) or after.group(1) in TITLE_MODIFIERS)


# "a man named Anton", "a volunteer called Olha": a person the article names by a given name
_NAMED_BEFORE = re.compile(
    r"\b(?:man|woman|boy|girl|teenager|resident|student|worker|soldier|volunteer|mother|father|"
    r"doctor|nurse|farmer|driver|protester|voter|refugee|migrant|neighbou?r)\s+(?:named|called)\s+$"
)


def _is_credit(paragraph: str, start: int, tail: _Word) -> bool:
    """Whether the name at ``start`` stands in a byline, a credit or a promotional blurb."""
    if paragraph[max(0, start - 12) : start].rstrip().endswith(_CREDIT_ENDS) and (
        _CREDIT_BEFORE.search(paragraph, max(0, start - 40), start)
    ):  # every credit lead-in ends in one of these: a cheap test first
        return True
    if _BYLINE_AFTER.match(paragraph, tail.end) or _CREDIT_AFTER.match(paragraph, tail.end):
        return True
    if (
        _POST_SIGNATURE.match(paragraph, tail.end)
        and paragraph[max(0, start - 3) : start].rstrip().endswith(("—", "–", "―"))
        and not _TWEET_AUTHOR.match(paragraph, tail.end)
    ):
        return True  # a signature; not an embedded post's author, whose post is dated
    if not tail.possessive:
        return False
    # "Sign up for Ana Ruiz's weekly newsletter": the name advertises a product.
    ahead = paragraph[tail.end : tail.end + 80]
    promo = _PROMO.search(ahead)
    if not promo or any(c in ahead[: promo.start()] for c in ".!?"):
        return False
    sentence_start = max(paragraph.rfind(c, 0, start) for c in ".!?") + 1
    return bool(_PROMO_CALL.search(paragraph, sentence_start, tail.end + 160))


_TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS | NATIONALITIES
_HEADING_VERBS = frozenset(
    """
    says speaks talks responds reacts answers addresses tweets warns vows urges slams blasts
    rips touts defends denies admits insists explains announces
    """.split()  # noqa: SIM905
)
_CREDIT_LABELS = frozenset(
    "reporting photographs photograph photos illustrations illustration graphics editing".split()  # noqa: SIM905
)
# "Mr. President", "Madam Speaker": forms of address, never surnames (unlike "Mr. King").
_ADDRESS_TITLES = frozenset(
    """
    president speaker chairman chairwoman chair secretary minister ambassador senator governor
    mayor commissioner director premier chancellor
    """.split()  # noqa: SIM905
)


# "Kursk region", "Donetsk oblast", "Springfield, Va.": a place, whatever cue stands near it.
_PLACE_NOUN_AFTER = re.compile(
    r",\s(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Mass|Md|Mich|Minn|Miss|Mo|"
    r"Mont|Neb|Nev|N\.[CDHJMY]|Okla|Ore|Pa|S\.[CD]|Tenn|Tex|Va|Vt|Wash|Wis|W\.Va|Wyo)\.[\s,]"
    r"|[’']?s?\s+(?:region|regions|oblast|province|provinces|district|city|town|village|border|"
    r"area|front|frontline|offensive|incursion|airport|port|plant|river|peninsula|county|"
    r"governorate|state|capital)\b"
    # "of Conneaut, Ohio,": a town before its state
    r"|,\s(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    r"Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    r"Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    r"New\s(?:Hampshire|Jersey|Mexico|York)|North\s(?:Carolina|Dakota)|Ohio|Oklahoma|Oregon|"
    r"Pennsylvania|Rhode\sIsland|South\s(?:Carolina|Dakota)|Tennessee|Texas|Utah|Vermont|"
    r"Virginia|Washington|West\sVirginia|Wisconsin|Wyoming)(?=[,.;:)]|$)"
)
# "Gang of Eight", "Group of Seven": a group named by its size.
_GROUP_OF_AFTER = re.compile(
    r"\s+of\s+(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|\d{1,3})\b"
)
# "executive director of World Aquatics": a title ending in "of" + capitals runs into a name of
# an organisation, which a lone word after it continues.
_ROLE_TAIL = re.compile(r"\b(?:of|to|for|on|at|in)(?:\s+the)?(?:\s+[A-Z][\w'’.-]*)+$")
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|near|outside|inside|across|via)\s+(?:the\s+)?|\b[Tt]he\s+)$"
)
_RESIDENT_AFTER = re.compile(
    r"\s+(?:man|woman|men|women|resident|residents|native|natives|couple|teen|teenager)\b"
)
_RESIDENT_BEFORE = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he)|-old)\s+$")  # (not "a loyal Obama man")
_THE_ONLY_BEFORE = re.compile(r"\b[Tt]he\s+$")
_GROUP_BEFORE = re.compile(
    r"\b(?:more|most|many|some|few|fewer|all|these|those|other|several)\s+$", re.IGNORECASE
)
# "near Vantaa", "north-east of Vantaa": a place whatever the word does elsewhere.
_PLACE_PREP_BEFORE = re.compile(
    r"\b(?:near|outside|(?:(?:north|south)(?:[ -]?(?:east|west))?|east|west)(?:ern)?\s+of)\s+$"
)
# Words only German (not English) uses often: a paragraph with three of them is German, and
# its capitalised nouns are not names.
_GERMAN_WORDS = frozenset(
    """
    und ist nicht mit sich auf für das dem des ein eine einen auch wird werden sind oder bei
    nach über sie wir ich zu im vom zum zur aus wie noch nur wurde hat haben kann soll diese
    dieser dass einer können
    """.split()  # noqa: SIM905
)
_LOWER_WORD = re.compile(r"(?<![\w'’.-])[a-zà-ÿ][a-zà-ÿ]+(?![\w'’-])")


def _is_foreign(paragraph: str) -> bool:
    if " und " not in paragraph and " ist " not in paragraph and " die " not in paragraph:
        return False  # cheap test first: long English paragraphs are the common case
    return len(_GERMAN_WORDS.intersection(_LOWER_WORD.findall(paragraph))) >= 3


def _plural_title(low: str) -> bool:
    """ "deputies", "ministers": the plural of a title names a group."""
    if low.endswith("ies"):
        return low[:-3] + "y" in TITLE_HEADS
    return low.endswith("s") and low[:-1] in TITLE_HEADS


def _looks_like_person(cand: _Candidate) -> bool:
    tokens = cand.tokens
    if _COMPOUND_MODIFIER.match(tokens[-1]):
        return False  # "the Intercept's Pulitzer Prize-winning journalist": a modifier
    lows = [_norm(t) for t in tokens]
    inner = tokens[1:-1] if cand.org_surname else tokens[1:]
    if cand.place_name or any(
        _is_org_word(t)
        # "Frances Fox Piven": a surname-like organisation word as a middle name
        and not (0 < k < len(inner) and lows[k] in _SURNAME_ORG_WORDS and lows[0] in GIVEN_NAMES)
        for k, t in enumerate(inner, start=1)
    ):
        return False
    if cand.foreign and (len(tokens) == 1 or lows[0] not in GIVEN_NAMES):
        return False
    if cand.body_after and not (cand.role or cand.honorific) and lows[0] not in GIVEN_NAMES:
        return False  # "Voter Access, a group backing the bill, said"
    if len(tokens) == 1 and lows[0] in NATIONALITIES and not cand.honorific:
        return False  # "a 32-year-old Bangladeshi, has put the number at ...": no name
    if cand.place_after and lows[0] not in GIVEN_NAMES:
        return False
    if cand.role_tail_the and not any(low in GIVEN_NAMES for low in lows):
        return False  # "chair of the U.S. Federal Reserve": the organisation goes on
    if (
        len(tokens) > 1
        and cand.common_last
        and 2 * cand.common_words >= len(tokens)
        and not (cand.role or cand.honorific)
        and not any(low in GIVEN_NAMES for low in lows)
    ):
        return False  # "Great Again", "Foreign Affairs": common words, capitalised
    if len(tokens) == 2 and len(tokens[0].rstrip(".")) == 1 and not cand.cue:
        return False  # "on X. Fires broke out": a sentence end, not an initial
    if any(low in MONTHS_DAYS for low in lows[1:]) and lows[0] not in GIVEN_NAMES:
        return False
    if (
        not (cand.role or cand.honorific or cand.titled_surname)
        and any(low in PLACES for low in lows[1:])
        and not (len(tokens) == 3 and lows[0] in GIVEN_NAMES and _is_initial(tokens[1]))
        # "Michael Jordan said", "L'Damian Washington, a former receiver, said": a given name
        # and a place as surname, speaking (not "Will Ukraine say ...?")
        and not (
            len(tokens) == 2
            and cand.speech
            and (lows[0] in GIVEN_NAMES or _APOSTROPHE_GIVEN.fullmatch(tokens[0]))
            and not (cand.sentence_initial and lows[0] in _MODAL_NAMES)
        )
    ):
        return False  # "Will Ukraine", "Paris Texas"; but "Tyler Q. Houston"
    if cand.modal_question and not (cand.role or cand.honorific):
        return False  # 'the column "Will Trump and the Supreme Court Tear Our Democracy Apart?"'
    if cand.org_of and not (cand.role or cand.honorific or lows[0] in GIVEN_NAMES):
        return False  # "University of Bremen", "Chamber of Commerce and Industry"
    if len(tokens) == 1:
        if cand.sentence_initial and not (cand.role or cand.honorific or cand.known_lone):
            return False
        if _plural_title(lows[0]) or lows[0].endswith("ists"):
            return False  # "the People's Deputies", "Senators", "Islamists": a group
        if cand.after_acronym or cand.after_org:
            return False  # "RIA Novosti", "Lockheed Martin": the rest of a body's name
        if cand.names_a_body and lows[0] not in GIVEN_NAMES and not (cand.honorific or cand.role):
            return False  # "said United for Progress Chairman Juan Marcos Vilar"
        if tokens[0].replace(".", "").isupper():
            return False  # "DW", "U.K.": acronyms, not people
        if lows[0] in ORG_WORDS and not cand.org_surname:
            return False  # "Fox" alone is the channel
        if cand.common_words and lows[0] not in GIVEN_NAMES and not cand.honorific:
            return False  # "Cabinet", "Strategy": the article writes the word in lower case too
        if lows[0] in TITLE_MODIFIERS and lows[0] not in GIVEN_NAMES and not cand.honorific:
            return False  # "his wife, Democratic presidential nominee ...": a title word
        if lows[0] in MONTHS_DAYS and not (cand.role or cand.honorific):
            return False  # "in April charged": the month, not a woman named April
        if cand.place_after or cand.place_before:
            return False
        if cand.thing_after and not (cand.role or cand.honorific):
            return False  # ("the dissent by Justice Scalia, which states": the dissent)
        if cand.role_tail and not (cand.speech or cand.honorific):
            return False  # "chief executive of UK Anti-Doping", "Court of Justice in The Hague"
        return cand.cue and not cand.headline and (lows[0] not in PLACES or bool(cand.honorific))
    given = lows[0] in GIVEN_NAMES or _hyphenated_given(tokens[0])
    # "J.D. Vance", "L. Douglas Wilder"; but "TD Ameritrade", "UC Berkeley" are firms and places.
    initials = (
        "." in tokens[0]
        and len(tokens[0].replace(".", "")) <= 3
        and tokens[0].replace(".", "").isupper()
    )
    if cand.headline:
        # ("Bulk Collection Will Likely Lapse": a modal or a noun in title case)
        return (given and lows[0] not in _HEADLINE_MODALS) or cand.role is not None
    return given or initials or cand.cue


def _hyphenated_given(token: str) -> bool:
    """ "Lin-Manuel", "Jean-Pierre": two capitalised parts, one a given name (not "Al-Qaeda",
    "El-Sisi": an article before a name)."""
    parts = token.split("-")
    return (
        len(parts) == 2
        and all(part[:1].isupper() and part[1:].islower() for part in parts)
        and _norm(parts[0]) not in ("al", "el", "bin", "ibn", "abu", "abd", "ben")
        and any(_norm(part) in GIVEN_NAMES for part in parts)
    )


@dataclass(eq=False, slots=True)  # clusters are compared by identity: "in" checks stay cheap
class _Cluster:
    names: list[str] = field(default_factory=list)
    titled: list[str] = field(default_factory=list)  # "Mr. Rubio": aliases, never canonical
    full_positions: list[tuple[int, int]] = field(default_factory=list)  # full-name mentions
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    first_seen: tuple[int, int] = (0, 0)
    # (names and mentions only grow: their lengths tell whether the name must be chosen again)
    _canonical: tuple[int, int, str] | None = field(default=None, init=False, repr=False)

    @property
    def canonical(self) -> str:
        key = (len(self.names), len(self.mentions))
        if self._canonical is None or self._canonical[:2] != key:
            self._canonical = (*key, self._choose_canonical())
        return self._canonical[2]

    def _choose_canonical(self) -> str:
        def fullness(name: str) -> tuple[int, int, int, bool]:
            # "Vladimir Putin" over "Vladimir V. Putin": a middle initial is not more name
            # (but "Joseph R. Biden" is fuller than "Joe Biden").
            words = name.split()
            slip = len(words) > 2 and words[-1] == words[-2] and " ".join(words[:-1]) in self.names
            if slip:
                # "Eric Holder Holder" (a caption's slip) beside "Eric Holder"; but "Sirhan
                # Sirhan" alone is a name
                words = words[:-1]
            middle = [w for w in words[1:-1] if len(w.rstrip(".")) == 1]
            rest = sum(len(w) for w in words) - sum(len(w) for w in middle)
            return (len(words) - len(middle), rest, -len(middle), not slip)

        best = max(self.names, key=fullness)
        # "Michele Bachmann" twice (or first), "Michelle Bachmann" once: a slip in one mention
        # does not make the name; the spelling the article uses most does.
        variants = [
            name
            for name in self.names
            if name != best
            # ("Kim Jong-un" beside "Kim Jong Un": one name, hyphenated or not)
            and (_spelling_variant(name, best) or _unhyphenated(name) == _unhyphenated(best))
        ]
        if not variants:
            return best
        written = Counter(mention.text for mention in self.mentions)
        first: dict[str, tuple[int, int]] = {}
        for mention in self.mentions:
            first.setdefault(mention.text, (mention.span.paragraph, mention.span.start))
        # (a tie goes to the spelling written first)
        return min(
            [best, *variants],
            key=lambda name: (-written[name], first.get(name, (1 << 30, 0))),
        )


def _unhyphenated(name: str) -> str:
    return name.replace("-", " ").lower()


def _spelling_variant(a: str, b: str) -> bool:
    """Two writings of one name that differ by one letter in one word ("Michele Bachmann" /
    "Michelle Bachmann")."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    differing = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
    return (
        len(differing) == 1
        and min(len(differing[0][0]), len(differing[0][1])) >= 4
        and differing[0][0][0] == differing[0][1][0]
        and edit_distance_at_most_one(*differing[0])
    )


# What only a person has: "Trump’s comments", "Putin’s wife". (Not "lawyers", "spokesman",
# "campaign", "envoy" or "took to": "Sony’s lawyers", "Moderna’s campaign", "Eritrea’s envoy",
# "Moderna took to the courts".)
_PERSON_CUE_AFTER = re.compile(
    r"['’]s\s+(?:(?:former|first|top|own|latest)\s+)?(?:comments|remarks|wife|husband|son|daughter|"
    r"presidency|nominee|nominees|campaign|inauguration|chief\s+(?:of\s+staff|strategist))\b"
)


_PLURAL_BEFORE = re.compile(
    r"\b(?:two|three|four|several|many|more|other|different|both|all|these|those|the)\s+$",
    re.IGNORECASE,
)


def _plural_of_name(cand: _Candidate, named: Counter, paragraphs: tuple[str, ...]) -> bool:
    """Whether ``cand`` is another candidate's name plus "s" ("two Donald Trumps"): written
    after a plural word, or less often than the singular. ``named`` counts every candidate's
    normalised tokens."""
    if len(cand.tokens) < 2 or not cand.tokens[-1].endswith("s"):
        return False
    singular = (*(_norm(t) for t in cand.tokens[:-1]), _norm(cand.tokens[-1][:-1]))
    if not named[singular]:
        return False
    text = paragraphs[cand.paragraph]
    plural = tuple(_norm(t) for t in cand.tokens)
    return named[singular] > named[plural] or bool(
        _PLURAL_BEFORE.search(text, max(0, cand.start - 20), cand.start)
    )


_CAPITALISED_PAIR = re.compile(r"(?=[A-Z])\b([A-Z][a-z]+) and ([A-Z][a-z]+)\b")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def _fixed_pairs(paragraphs: tuple[str, ...]) -> frozenset[str]:
    """Capitalised words that the text writes at least twice, and only inside one "X and Y"
    pair ("Fast and Furious", "Black and Decker")."""
    text = "\n".join(paragraphs)
    found = Counter(match.groups() for match in _CAPITALISED_PAIR.finditer(text))
    if not any(count >= 2 for count in found.values()):
        return frozenset()
    written = Counter(_CAPITALISED_WORD.findall(text))  # (one pass, however many pairs)
    words: set[str] = set()
    for (first, second), count in found.items():
        if count >= 2 and written[first] == count and written[second] == count:
            words.update((first, second))
    return frozenset(words)


_NOT_PLURALS = frozenset("as thus plus this his its is was has does yes us".split())  # noqa: SIM905
_FIRST_NAME_ONLY = re.compile(
    # ("Chris, a 53-year-old banker from Boone, said")
    r"\s*(?:\((?:not\s+(?:his|her|their)\s+real\s+name|a\s+pseudonym)[^()]{0,40}\)|,\s*\d{1,2},|"
    r",\s*an?\s+\d{1,2}-year-old\s|"
    r",\s*who\s+(?:asked|requested|declined|spoke)\b[^.]{0,80}?\bnames?\b)"
)


def _mark_known_lone_names(paragraphs: tuple[str, ...], candidates: list[_Candidate]) -> None:
    """ "Trump’s comments came after ... Trump’s comments ...": a surname the article never
    gives in full (RT, TASS) opens its sentences. Seen three times, twice with something only
    a person has (comments, remarks, a wife ...), it is a person wherever it stands, sentence
    openings included."""
    cues: dict[str, int] = {}
    seen: dict[str, int] = {}
    for cand in candidates:
        if len(cand.tokens) != 1 or cand.headline:
            continue
        low = _norm(cand.tokens[0])
        if low in PLACES or low in NATIONALITIES or low in TITLE_HEADS or _is_org_word(low):
            continue
        seen[low] = seen.get(low, 0) + 1
        if _PERSON_CUE_AFTER.match(paragraphs[cand.paragraph], cand.end):
            cues[low] = cues.get(low, 0) + 1
    known = {low for low, count in cues.items() if count >= 2 and seen[low] >= 3}
    # "Stephen (not his real name)", "Maria, 34,", "Ana, who asked that her last name not be
    # used": someone the article names by a given name only
    known |= {
        _norm(cand.tokens[0])
        for cand in candidates
        if len(cand.tokens) == 1
        and _norm(cand.tokens[0]) in GIVEN_NAMES
        and _FIRST_NAME_ONLY.match(paragraphs[cand.paragraph], cand.end)
    }
    if known:
        for cand in candidates:
            if len(cand.tokens) == 1 and _norm(cand.tokens[0]) in known:
                cand.known_lone = True
                cand.cue = True


def extract_people(paragraphs: tuple[str, ...]) -> tuple[Person, ...]:
    """Every person named in ``paragraphs`` with canonical name, aliases, roles and mentions."""
    paragraphs = tuple(paragraphs)
    # Bylines and credits are page residue, not people the article names.
    candidates = [c for c in _candidates(paragraphs) if not c.credit]
    # "the website Freedom Outpost ... Freedom Outpost said": a name the article gives a body
    # once is that body's throughout (names of two words or more: "Lockheed Martin" does not
    # make every "Martin" a company; and not "ad maker Fred Davis": a given name first)
    bodies = {
        tuple(c.tokens)
        for c in candidates
        if c.body_noun
        and len(c.tokens) > 1
        and not c.role
        and _norm(c.tokens[0]) not in GIVEN_NAMES
    }
    if bodies:
        candidates = [
            c for c in candidates if tuple(c.tokens) not in bodies or c.role or c.honorific
        ]
    # "there are two Donald Trumps": a person's name in the plural is no one of its own
    # (but "Bernie Sander", a slip, does not make "Bernie Sanders" a plural)
    named = Counter(tuple(_norm(t) for t in c.tokens) for c in candidates)
    candidates = [c for c in candidates if not _plural_of_name(c, named, paragraphs)]
    # "Operation Fast and Furious ... any Fast and Furious cover-up": a word only ever written
    # in one "X and Y" pair names a thing, not a person
    paired = _fixed_pairs(paragraphs)
    if paired:
        candidates = [c for c in candidates if not (len(c.tokens) == 1 and c.tokens[0] in paired)]
    candidates = _drop_owners_of_names(paragraphs, candidates)
    candidates = _drop_modifier_bodies(candidates)
    _mark_known_lone_names(paragraphs, candidates)
    clusters: list[_Cluster] = []
    by_name: dict[str, _Cluster] = {}
    by_bucket: dict[str, list[_Cluster]] = {}  # surname prefix -> clusters, to compare few
    singles: list[_Candidate] = []
    attributive: list[_Candidate] = []
    uncued: list[_Candidate] = []  # full names that are no person by themselves
    # Full names first: they define the people; single words attach to them afterwards.
    # A full name without other cue counts when its surname stands alone elsewhere in the text
    # ("Lester Holt ... Holt said"): organisations and places are rarely cut that way.
    # "Beyond Trump ...", "Notice Trump ...": a capitalised sentence opener before a surname
    # known from elsewhere is not a given name.
    known_surnames = {
        _norm(c.tokens[-1])
        for c in candidates
        if len(c.tokens) >= 2 and (not c.sentence_initial or _norm(c.tokens[0]) in GIVEN_NAMES)
    }
    # (a name written twice is a name: "Cliven Bundy's mugshot ... Cliven Bundy announced")
    pairs = Counter(tuple(c.tokens) for c in candidates if len(c.tokens) == 2)
    # "Bill de Blasio ... De Blasio campaigned": a particle capitalised at a sentence start
    particle_surnames = {
        (c.tokens[-2], c.tokens[-1])
        for c in candidates
        if len(c.tokens) >= 3 and c.tokens[-2] in PARTICLES
    }
    for cand in candidates:
        if (
            len(cand.tokens) == 2
            and cand.sentence_initial
            and not cand.role
            and not cand.honorific
            and _norm(cand.tokens[0]) not in GIVEN_NAMES
            and _norm(cand.tokens[1]) in known_surnames
            and not cand.tokens[0].replace(".", "").isupper()
        ):
            if (
                pairs[tuple(cand.tokens)] > 1
                and (cand.tokens[0].lower(), cand.tokens[1]) not in particle_surnames
            ):
                continue  # the name again, as the article wrote it elsewhere
            cand.start = cand.end - len(cand.tokens[1])
            cand.tokens = cand.tokens[1:]
            cand.sentence_initial = False
            cand.opener_cut = True
    lone_surnames = {
        _norm(c.tokens[0])
        for c in candidates
        if len(c.tokens) == 1
        and not c.headline
        and (c.cue or not (c.sentence_initial or c.opener_cut))
        and not (c.place_before or c.place_after or c.place_name)  # "in Leverkusen", "Las Vegas"
        and not c.org_of  # "University of Bremen"
    }
    # "Buck Johnson has worked as a firefighter ... Buck says": features call people by their
    # given name; one that speaks alone makes the full name a person.
    # (Not a word the article also uses as a surname: "Trump says" makes no "Trump Tower".)
    surname_words = {_norm(c.tokens[-1]) for c in candidates if len(c.tokens) >= 2}
    lone_speakers = {
        _norm(c.tokens[0])
        for c in candidates
        if len(c.tokens) == 1
        and c.speech
        and not c.headline
        and not (c.place_before or c.place_prep or c.org_of or c.possessive)
        # "Harvard says it will sue" opens a sentence; "“...,” Buck says" follows a quote
        and (not c.sentence_initial or _norm(c.tokens[0]) in GIVEN_NAMES)
        and _norm(c.tokens[0]) not in PLACES
        and _norm(c.tokens[0]) not in NATIONALITIES
        and not _is_org_word(c.tokens[0])
        and not (c.after_acronym or c.after_org)
    } - surname_words
    # "near Vantaa ... Vantaa has warned": a word the article uses as a place is one throughout.
    place_words = {
        _norm(c.tokens[0])
        for c in candidates
        if len(c.tokens) == 1
        and (c.place_prep or c.place_after or c.org_of or c.place_name)
        # (not '“Emperor Obama”': a titled word before a closing mark is no place)
        and not (c.role and not c.place_prep)
    }
    # "Khadija West ... Ms. West": a surname after an honorific, even a place word, makes a
    # given name no list knows before it (not a word the article writes in lower case)
    titled_surnames = {_norm(c.tokens[0]) for c in candidates if len(c.tokens) == 1 and c.honorific}
    for cand in candidates:
        if (
            len(cand.tokens) == 2
            and not (cand.headline or cand.common_words)
            and _norm(cand.tokens[1]) in titled_surnames
            and _name_capable(cand.tokens[0])
            and _norm(cand.tokens[0]) not in PLACES
            and _norm(cand.tokens[0]) not in NATIONALITIES
        ):
            cand.cue = cand.titled_surname = True
    _listed_people(tuple(paragraphs), candidates)
    _shared_surnames(tuple(paragraphs), candidates)
    _kin_surnames(tuple(paragraphs), candidates)
    for cand in candidates:
        if (
            len(cand.tokens) in (2, 3)
            and not cand.headline
            and (
                _norm(cand.tokens[-1]) in lone_surnames
                or (
                    len(cand.tokens) == 2
                    and _norm(cand.tokens[0]) in lone_speakers
                    and not cand.common_last  # "Harvard Yard": "yard" is a word of the text
                )
            )
            and not any(_norm(t) in PLACES or _norm(t) in NATIONALITIES for t in cand.tokens)
        ):
            cand.cue = True
        if len(cand.tokens) < 2 or not _looks_like_person(cand):
            if len(cand.tokens) == 1:
                singles.append(cand)
            elif not cand.headline:
                uncued.append(cand)
            continue
        if cand.attributive and not (cand.role or cand.honorific):
            attributive.append(cand)  # a person only if named as one elsewhere
            continue
        _cluster_full_name(cand, clusters, by_name, by_bucket)
    for cand in uncued:
        # "Eriq Gardner, entertainment law expert ... Eriq Gardner is less convinced": the
        # person named in full elsewhere, though this mention has no cue of its own.
        cluster = by_name.get(" ".join(cand.tokens))
        if cluster is not None:
            _cluster_full_name(cand, clusters, by_name, by_bucket)
    for cand in attributive:
        name = " ".join(cand.tokens)
        cluster = by_name.get(name) or next(
            (
                c
                for c in _nearby(by_bucket, name)
                if any(name_match_score(name, n) >= 0.9 for n in c.names)
            ),
            None,
        )
        if cluster is not None:
            by_name[name] = cluster
            _add(cluster, cand, name)
    by_given: dict[str, list[_Cluster]] = {}
    for cluster in clusters:
        words = cluster.canonical.split()
        if len(words) > 1 and _norm(words[0]) in REGNAL_TITLES:
            continue  # "Prince Harry" is not called "Prince": that is another person
        by_given.setdefault(_norm(words[0]), []).append(cluster)
    # Given names the article introduces as someone's kin ("his wife, Brigitte"): the
    # reporter calls that person by the given name, so a bare shared surname means the other.
    introduced = [m for paragraph in paragraphs for m in _KIN_GIVEN.finditer(paragraph)]
    lone_given = {_norm(m.group(1)) for m in introduced if _norm(m.group(1)) in by_given}
    # "Carlos Alzugaray Treto ... Alzugaray says": a Spanish-style double surname, the person
    # called by the first of the two (a middle word that is no given name nor an initial).
    by_first_surname: dict[str, list[_Cluster]] = {}
    for cluster in clusters:
        words = cluster.canonical.split()
        if (
            len(words) == 3
            and not _is_initial(words[1])
            and _norm(words[1]) not in GIVEN_NAMES
            and not _suffix_of(cluster.canonical)
        ):
            by_first_surname.setdefault(_norm(words[1]), []).append(cluster)
    # People named in full only as someone's relative ("whose son Sgt. Brandon Mendoza",
    # "father of Jaime Lund"): a bare shared surname means the other one.
    kin_only = {
        id(cluster)
        for cluster in clusters
        if cluster.full_positions
        and all(
            _KIN_INTRODUCED.search(paragraphs[p], max(0, start - 40), start)
            for p, start in cluster.full_positions
        )
    }
    # "President Trump ... his daughter Ivanka Trump": a surname written alone before its
    # only full name is that of a relative means someone else (but "Gabby Giffords and her
    # husband, Mark Kelly ... Kelly said": him)
    first_bare: dict[str, tuple[int, int]] = {}
    for cand in singles:
        first_bare.setdefault(_norm(cand.tokens[0]), (cand.paragraph, cand.start))
    shadowed = {
        id(cluster)
        for cluster in clusters
        if id(cluster) in kin_only
        and first_bare.get(_norm(cluster.canonical.split()[-1]), (1 << 30, 0))
        < min(cluster.full_positions)
    }
    # "his son John Conyers III" names that son in full: only he is set aside, not John
    # Conyers, whom a bare "Conyers" still means
    kin_named = {_normed(m.group(1) + m.group(2)) for m in introduced}
    for given in list(lone_given):
        relatives = [c for c in by_given[given] if _normed(c.canonical) in kin_named]
        if relatives and len(relatives) < len(by_given[given]):
            lone_given.discard(given)
            kin_only |= {id(c) for c in relatives}
    new_singles: dict[str, _Cluster] = {}
    juniors: list[_Cluster] | None = None
    unnamed_kin = _unnamed_kin(paragraphs, singles, by_bucket)
    # Surnames written with "Mr." and with "Mrs."/"Ms.": a man and a woman share them
    honorifics: dict[str, set[str]] = {}
    for cand in singles:
        if cand.honorific and cand.honorific in _HONORIFIC_GENDER:
            honorifics.setdefault(_norm(cand.tokens[0]), set()).add(
                _HONORIFIC_GENDER[cand.honorific]
            )
    couples = {key for key, genders in honorifics.items() if len(genders) == 2}
    genders: dict[int, str | None] = {}

    def gender_of(cluster: _Cluster) -> str | None:
        # the given name's gender, else the one the article gives; cached at the first ask
        # (a role the person gets from a later mention is not seen: the given name decides
        # most of them)
        if id(cluster) not in genders:
            genders[id(cluster)] = _given_gender(cluster) or _text_gender(cluster, paragraphs)
        return genders[id(cluster)]

    # Where names (not places or bodies) start: a pronoun after one is no longer the lone
    # surname's ("Obama asked Merkel whether she ...").
    named_at: dict[int, list[int]] = {}
    for cand in candidates:
        if not (cand.place_before or cand.place_prep or cand.place_name or cand.org_of):
            named_at.setdefault(cand.paragraph, []).append(cand.start)
    for starts in named_at.values():
        starts.sort()
    for cand in singles:
        word = cand.tokens[0]
        if cand.suffix:  # "Trump Jr.": the person of that surname with that suffix
            target = next(
                (
                    c
                    for c in clusters
                    if _suffix_of(c.canonical) == cand.suffix
                    and len(c.canonical.split()) > 1
                    and _norm(c.canonical.split()[-2]) == _norm(word)
                ),
                None,
            )
            if target is not None:
                _add(target, cand, f"{word} {cand.suffix}")
                continue
            if cand.suffix in ("Jr.", "Sr.") and (
                _norm(word) in new_singles
                or any(_norm(c.canonical.split()[-1]) == _norm(word) for c in clusters)
            ):
                # "Trump Jr. added" beside President Trump: the son, a person of his own
                key = f"{_norm(word)} {cand.suffix}"
                junior = new_singles.get(key)
                if junior is None:
                    junior = new_singles[key] = _Cluster(first_seen=(cand.paragraph, cand.start))
                _add(junior, cand, f"{word} {cand.suffix}")
                continue
        if word == "Junior":  # "Junior said": the one person whose name ends in "Jr."
            if juniors is None:  # (once: canonical names are computed, not stored)
                juniors = [c for c in clusters if _suffix_of(c.canonical) == "Jr."]
            if len(juniors) == 1:
                _add(juniors[0], cand, word)
                continue

        def pronoun(cand: _Candidate = cand) -> str | None:
            # (asked only when two people share the surname)
            return _pronoun_gender_after(
                paragraphs[cand.paragraph],
                cand.start,
                cand.end,
                others=named_at.get(cand.paragraph, []),
            )

        target = (
            None
            if _norm(word) in unnamed_kin
            else _resolve_single(
                word,
                cand,
                _nearby(by_bucket, word),
                by_given,
                lone_given,
                pronoun,
                gender_of,
                kin_only,
                couples,
                paragraphs,
                shadowed,
            )
        )
        if (
            target is None
            and len(by_first_surname.get(_norm(word), ())) == 1
            # "Her father, former Gov. Huckabee": a title of his own, another person (not
            # "Professor Alzugaray" for the professor at the University of Havana)
            and not (
                cand.role and not _shares_title(cand.role, by_first_surname[_norm(word)][0].roles)
            )
        ):
            target = by_first_surname[_norm(word)][0]
        if target is None:
            if not _looks_like_person(cand) and _norm(word) not in new_singles:
                continue
            key = _norm(word)
            target = new_singles.get(key)
            if target is None:
                if not _looks_like_person(cand) or key in place_words:
                    continue
                target = _Cluster(first_seen=(cand.paragraph, cand.start))
                new_singles[key] = target
        _add(target, cand, word)
    # A lone word seen only without cue before its cue mention is still a mention: re-scan.
    for key, cluster in new_singles.items():
        seen = {m.span for m in cluster.mentions}
        for cand in singles:
            if (
                _norm(cand.tokens[0]) == key
                and Span(cand.paragraph, cand.start, cand.end) not in seen
            ):
                _add(cluster, cand, cand.tokens[0])
    everyone = clusters + list(new_singles.values())
    everyone = [c for c in everyone if not _spoken_of_as_it(c, paragraphs)]
    _nominal_mentions(tuple(paragraphs), everyone)
    people = []
    for cluster in sorted(everyone, key=lambda c: c.first_seen):
        canonical = cluster.canonical  # "Joseph R. Biden Jr.": the suffix is part of the name
        aliases = []
        for name in cluster.names + cluster.titled:
            if name != canonical and name not in aliases:
                aliases.append(name)
        mentions = tuple(sorted(cluster.mentions, key=lambda m: (m.span.paragraph, m.span.start)))
        roles = tuple(cluster.roles)
        people.append(
            Person(name=canonical, aliases=tuple(aliases), roles=roles, mentions=mentions)
        )
    return tuple(people)


# Given names a title-case line writes as a modal or a noun ("Bulk Collection Will Lapse")
_HEADLINE_MODALS = frozenset(["will", "may", "bill"])
# Given names that a headline in title case writes as other words ("Will Obama Veto It?")
_HEADLINE_WORDS = _HEADLINE_MODALS | frozenset(["mark", "grant", "rich", "hope", "faith"])
_HEADLINE_GIVEN_NAMES = GIVEN_NAMES - _HEADLINE_WORDS


def _drop_modifier_bodies(candidates: list[_Candidate]) -> list[_Candidate]:
    """ "the Goldman Sachs forecasters ... Goldman Sachs says": a name the article uses as a
    modifier, with no given name, title, honorific or person cue but speech anywhere, is a
    body's even where it speaks (not "the Donald Trump campaign"; nor "Breonna Taylor, a
    26-year-old EMT ... the Breonna Taylor case")."""
    modifiers = {tuple(c.tokens) for c in candidates if c.attributive}
    if not modifiers:
        return candidates
    titled = {
        tuple(c.tokens) for c in candidates if c.role or c.honorific or (c.cue and not c.speech)
    }
    bodies = {
        tokens
        for tokens in modifiers - titled
        if not any(_norm(t) in GIVEN_NAMES or _hyphenated_given(t) for t in tokens)
    }
    return [c for c in candidates if tuple(c.tokens) not in bodies]


def _drop_owners_of_names(
    paragraphs: tuple[str, ...], candidates: list[_Candidate]
) -> list[_Candidate]:
    """Without "Stanford" in "says Stanford's Michael Wara": one word owning a full name is
    the person's school, outlet or firm, unless the article names someone by that surname."""
    surnames = {_norm(c.tokens[-1]) for c in candidates if len(c.tokens) >= 2}
    owners = {
        id(cand)
        for cand, after in pairwise(candidates)
        if len(cand.tokens) == 1
        and cand.possessive
        and cand.paragraph == after.paragraph
        and len(after.tokens) >= 2
        and _norm(after.tokens[0]) in GIVEN_NAMES
        and _OWNER_GAP.fullmatch(paragraphs[cand.paragraph], cand.end, after.start)
        and _norm(cand.tokens[0]) not in surnames
    }
    return [c for c in candidates if id(c) not in owners] if owners else candidates


_OWNER_GAP = re.compile(r"(?:[’']s?)?\s+")


def complete_from_title(people: tuple[Person, ...], title: str | None) -> tuple[Person, ...]:
    """A person the body names only by surname ("Mr. Bush") takes the full name the headline
    gives ("Boehner's exit rattles Jeb Bush"), when no one else in the article has that surname."""
    if not title:
        return people
    surnames = Counter(p.name.split()[-1] for p in people)
    out = []
    for person in people:
        name = person.name
        match = (
            re.search(r"\s" + re.escape(name) + r"\b", title)
            if " " not in name and surnames[name] == 1
            else None
        )
        before = title[: match.start()].split()[-2:] if match else []
        given = [w[:1].isupper() and _norm(w) in _HEADLINE_GIVEN_NAMES for w in before]
        if given and given[-1]:
            before = before[-1:]
        elif not (len(before) == 2 and given[0] and re.fullmatch(r"[A-Z]\.", before[1])):
            before = []  # (but "Donald J. Trump": a given name, then an initial)
        if before:
            full = " ".join([*before, name])
            person = Person(
                name=full,
                aliases=(name, *person.aliases),
                roles=person.roles,
                mentions=person.mentions,
            )
        out.append(person)
    return tuple(out)


# "Unilever said it would ...", "Amtrak said its trains ...": a body's pronoun after the name
_IT_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:its\b|it\s+(?:would|will|was|is|has|had|could|can|did|does|"
    r"plans|expects|hopes|wants|needs|remains|[a-z]+ed)\b)"  # (not "said it best")
)
_PERSONAL_AFTER = re.compile(r"[^.!?]{0,120}?\b(?:he|she|his|her|him|hers)\b", re.IGNORECASE)


def _spoken_of_as_it(cluster: _Cluster, paragraphs: tuple[str, ...] | list[str]) -> bool:
    """Whether a name with nothing of a person (a single word that is no given name, no role,
    no "Mr.") is picked up by "it"/"its" and never by "he"/"she": a company or a body
    ("“We have decided to pause,” Unilever said. Unilever said it would ...")."""
    if cluster.roles or cluster.titled or len(cluster.names) != 1:
        return False
    words = cluster.names[0].split()
    if len(words) != 1 or _norm(words[0]) in GIVEN_NAMES:
        return False
    it = False
    for mention in cluster.mentions[:_MENTIONS_CHECKED]:
        text, end = paragraphs[mention.span.paragraph], mention.span.end
        if _PERSONAL_AFTER.match(text, end):
            return False
        it = it or bool(_IT_AFTER.match(text, end))
    return it


_MENTIONS_CHECKED = 8


def _cluster_full_name(
    cand: _Candidate,
    clusters: list[_Cluster],
    by_name: dict[str, _Cluster],
    by_bucket: dict[str, list[_Cluster]],
) -> None:
    """Add a full-name candidate to the person it names, or to a new person."""
    name = " ".join(cand.tokens) + (f" {cand.suffix}" if cand.suffix else "")
    cluster = by_name.get(name)
    if cluster is None:
        cluster = next(
            (
                c
                for c in _nearby(by_bucket, name)
                # (a person's first names only: a real one has a few; a paste of numbered
                # names, "Tom Hale00001son" ..., would pile thousands on one)
                if all(
                    _suffixes_agree(n, name, cand.suffix)
                    for n in c.names[:_NAMES_COMPARED]
                    if len(n.split()) > 1
                )
                and any(
                    name_match_score(name, n) >= 0.9 or _is_surname_part(name, n)
                    for n in c.names[:_NAMES_COMPARED]
                )
            ),
            None,
        )
    if cluster is None:
        cluster = _Cluster(first_seen=(cand.paragraph, cand.start))
        clusters.append(cluster)
        for key in _bucket_keys(name):
            by_bucket.setdefault(key, []).append(cluster)
    by_name[name] = cluster
    cluster.full_positions.append((cand.paragraph, cand.start))
    _add(cluster, cand, name)


_NOMINAL = re.compile(r"(?=[Tt])\b[Tt]he((?: [a-z][a-z-]*){1,3})")


# Titles a reporter gives anyone just quoted ("the expert", "the official"): no nominal
# mention of the one person whose role has that word.
DESCRIPTIVE_HEADS = frozenset(
    """
    official officer head leader expert analyst economist researcher scholar observer diplomat
    academic lawmaker legislator politician
    """.split()  # noqa: SIM905
)


def _nominal_mentions(paragraphs: tuple[str, ...], clusters: list[_Cluster]) -> None:
    """ "the secretary", "the president": a later reference to the one person with that title
    (first role only); ambiguous titles are left alone."""
    heads: dict[str, list[_Cluster]] = {}
    for cluster in clusters:
        if not cluster.roles:
            continue
        words = [_norm(w) for w in cluster.roles[0].title.split()]
        for k, word in enumerate(words):
            if word in TITLE_HEADS and word not in DESCRIPTIVE_HEADS:
                # "Vice President Pence" is "the vice president", not "the president"
                if k and words[k - 1] in SECOND_RANK and word in RANKED_HEADS:
                    word = f"{words[k - 1]} {word}"
                heads.setdefault(word, [])
                if cluster not in heads[word]:
                    heads[word].append(cluster)
    if not heads:
        return
    role_spans: dict[int, dict[int, list[Span]]] = {}  # cluster -> paragraph -> role spans
    owner_of: dict[tuple[str, bool], _Cluster | None] = {}
    for p_index, paragraph in enumerate(paragraphs):
        for match in _NOMINAL.finditer(paragraph):
            words = match.group(1).split()
            # "the secretary", "the former president": title modifiers, then the head.
            keys = [
                f"{words[i - 1]} {w}"
                if i and words[i - 1] in SECOND_RANK and w in RANKED_HEADS
                else w
                for i, w in enumerate(words)
            ]
            head_at = next((i for i, key in enumerate(keys) if key in heads), None)
            if head_at is None or any(
                w not in TITLE_MODIFIERS and w not in TITLE_HEADS for w in words[:head_at]
            ):
                continue
            head = keys[head_at]
            key = (head, head_at == 0)
            if key not in owner_of:  # (once per title: an article of many presidents)
                owner_of[key] = _title_owner(heads.get(head, []), head, bare=head_at == 0)
            owner = owner_of[key]
            if owner is None:
                continue
            end = match.start(1) + len(" ".join(words[: head_at + 1])) + 1
            span = Span(p_index, match.start(), end)
            if (span.paragraph, span.start) < owner.first_seen:
                continue  # before the person is introduced: someone else
            if any(
                r.start <= span.start < r.end
                for r in role_spans.setdefault(id(owner), _spans_by_paragraph(owner.roles)).get(
                    p_index, ()
                )
            ):
                continue  # the title itself ("the Taoiseach of Ireland, Micheal Martin")
            if paragraph[end : end + 4] in (" of ", " to ") or paragraph[end : end + 2] == "’s":
                continue  # "the president of the company": a different title
            text = paragraph[span.start : span.end]
            alias = text[0].lower() + text[1:]
            owner.mentions.append(Mention(text, span))
            if alias not in owner.titled:
                owner.titled.append(alias)


SECOND_RANK = frozenset(["vice", "deputy", "assistant"])
# Titles whose vice/deputy holder is someone else ("the president" is no "Vice President";
# but "the admiral" may be a "Vice Admiral", "the coach" an "Assistant Coach")
RANKED_HEADS = frozenset(
    """
    president secretary chair chairman chairwoman minister director governor mayor premier
    chancellor leader administrator commissioner speaker nominee candidate
    """.split()  # noqa: SIM905
)


def _title_owner(owners: list[_Cluster], head: str, bare: bool) -> _Cluster | None:
    """The one person "the <head>" refers to among those whose first role has that head."""
    if len(owners) > 1:
        # "the president" is the one whose title is just "President".
        owners = [c for c in owners if _norm(c.roles[0].title) == head]
        if len(owners) > 1 and bare:
            # "Trump ... Russia and its president, Vladimir Putin ... the president": the one
            # the article is about, named far more often than the other (not for "the vice
            # president").
            owners = sorted(owners, key=lambda c: len(c.mentions), reverse=True)
            if len(owners[0].mentions) >= 3 * len(owners[1].mentions):
                owners = owners[:1]
    return owners[0] if len(owners) == 1 else None


def _shares_title(role: str, roles: list[Role]) -> bool:
    """Whether ``role`` may be one of ``roles`` (no roles known: it may)."""
    heads = {_norm(w) for w in role.split() if _is_head(w)}
    return not roles or any(heads & {_norm(w) for w in r.title.split()} for r in roles)


def _spans_by_paragraph(roles: list[Role]) -> dict[int, list[Span]]:
    out: dict[int, list[Span]] = {}
    for role in roles:
        out.setdefault(role.span.paragraph, []).append(role.span)
    return out


_LIST_GAPS = frozenset([", ", " and ", ", and ", " & "])


def _listed_people(paragraphs: tuple[str, ...], candidates: list[_Candidate]) -> None:
    """ "Oprah Winfrey, Will Smith, Patti LaBelle and Stevie Wonder": full names listed next to
    a person are people too (a list holds one kind of thing)."""
    run: list[_Candidate] = []

    def settle() -> None:
        full = [c for c in run if len(c.tokens) >= 2 and not c.headline]
        if len(full) >= 2 and any(c.cue or _norm(c.tokens[0]) in GIVEN_NAMES for c in full):
            for cand in full:
                cand.cue = True

    for cand in candidates:
        if run:
            prev = run[-1]
            gap = paragraphs[cand.paragraph][prev.end : cand.start]
            if prev.paragraph == cand.paragraph and gap in _LIST_GAPS:
                run.append(cand)
                continue
            settle()
        run = [cand]
    if run:
        settle()


_PLACE_OF_BEFORE = re.compile(r"\b(?:of|in|from)\s+(?:[A-Z][\w.]*\s+)?$")


def _shared_surnames(paragraphs: tuple[str, ...], candidates: list[_Candidate]) -> None:
    """ "Ivan and Vera Sokol": a given name alone, joined by "and" to a full name, shares its
    surname (a couple, siblings). Not a word that is someone else's surname: "Sen. Bill
    Cassidy ... Cassidy and Susan Collins" are two senators."""
    surnames = {_norm(c.tokens[-1]) for c in candidates if len(c.tokens) >= 2}
    for cand, after in pairwise(candidates):
        if (
            len(cand.tokens) == 1
            and _norm(cand.tokens[0]) not in surnames
            and not cand.possessive
            and cand.paragraph == after.paragraph
            and len(after.tokens) >= 2
            and _norm(cand.tokens[0]) in GIVEN_NAMES
            and _norm(after.tokens[0]) in GIVEN_NAMES
            and paragraphs[cand.paragraph][cand.end : after.start] in (" and ", " & ")
            # (not "Sen. Lund of West Virginia and Kyrsten Sinema": a place's name)
            and not _PLACE_OF_BEFORE.search(
                paragraphs[cand.paragraph], max(0, cand.start - 30), cand.start
            )
        ):
            cand.written = cand.tokens[0]
            cand.tokens = [cand.tokens[0], *after.tokens[1:]]
            cand.cue = cand.cue or after.cue
            cand.sentence_initial = False


# ("Tom Hale and his wife, Ana", "Tom Hale, who along with his wife, Ana,", "Tom Hale said
# his wife, Ana,")
_KIN_AND = re.compile(
    # (no comma before "and": "Romer, who served under President Obama, and her husband")
    r"(?:\s+and|,?\s+(?:who\s+)?along\s+with|\s+with|\s+said|\s+says)\s+(?:his|her)\s+"
    r"(?:(?:older|younger|elder|late|twin)\s+)?" + _KIN + r",?\s+"
)
_KIN_OF = re.compile(r"['’]s?\s+(?:(?:older|younger|elder|late|twin)\s+)?" + _KIN + r",?\s+")
_SUFFIX_AFTER = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\b")


def _kin_surnames(paragraphs: tuple[str, ...], candidates: list[_Candidate]) -> None:
    """ "Tom Brandt's brother Eric": a given name alone, introduced as a relative of a named
    person, takes that person's surname ("Eric Brandt")."""
    for owner, cand in pairwise(candidates):
        paragraph = paragraphs[cand.paragraph]
        surname = owner.tokens[-1]
        if (
            len(cand.tokens) == 1
            and owner.paragraph == cand.paragraph
            and (
                (owner.possessive and _KIN_OF.fullmatch(paragraph, owner.end, cand.start))
                # "Eric Richter and his wife, Dani", "sued Trump and his father Fred" (not
                # "Hillary and her husband Bill": a given name is no surname)
                or (
                    (len(owner.tokens) >= 2 or _norm(surname) not in GIVEN_NAMES)
                    and _KIN_AND.fullmatch(paragraph, owner.end, cand.start)
                )
            )
            and _name_capable(surname)
            and not _name_capable_place(surname)
            and _norm(cand.tokens[0]) != _norm(surname)
            and not _SUFFIX_AFTER.match(paragraph, cand.end)  # "his son Donald Jr."
        ):
            cand.written = cand.tokens[0]
            cand.tokens = [cand.tokens[0], surname]
            cand.cue = True
            cand.sentence_initial = False


def _name_capable_place(word: str) -> bool:
    low = _norm(word)
    return low in PLACES or low in NATIONALITIES or _is_org_word(word)


def _is_surname_part(short: str, full: str) -> bool:
    """ "Guajardo Villarreal" in "Ildefonso Guajardo Villarreal": a compound surname alone."""
    short_words, full_words = short.split(), full.split()
    return (
        1 < len(short_words) < len(full_words)
        and full_words[-len(short_words) :] == short_words
        and (_norm(short_words[0]) not in GIVEN_NAMES or _norm(short_words[0]) in _COMPOUND_HEADS)
    )


def _bucket_keys(name: str) -> tuple[str, str]:
    """Index keys of a name: its surname skeleton, and a prefix for spelling variants."""
    words = name.split()
    if len(words) > 1 and words[-1] in _SUFFIX_WORDS:
        words = words[:-1]  # "Joseph R. Biden Jr.": filed under Biden
    if len(words) > 1 and _SYLLABLE_AFTER_HYPHEN.search(words[-1]):
        # "Kim Jong-un" beside "Kim Jong Un": filed under the last syllable, as the other
        words = words[-1].split("-")
    skeleton = surname_skeleton(_norm(ARTICLE_PREFIX.sub("", words[-1]))) if words else ""
    return skeleton, "~" + skeleton[:3]


_SYLLABLE_AFTER_HYPHEN = re.compile(r"-[a-z]+$")
_NAMES_COMPARED = 16


def _nearby(by_bucket: dict[str, list[_Cluster]], name: str) -> list[_Cluster]:
    """Clusters that may be the same person: same surname skeleton, or (long surnames only,
    a bounded number) the same first letters."""
    exact, prefix = _bucket_keys(name)
    # (bounded too: no article names 64 people of one surname skeleton, but a paste of
    # numbered names, "Hale00001son" ... "Hale05000son", would compare each with all)
    found = list(by_bucket.get(exact, ())[:64])
    if len(exact) >= 6:  # (as _same_surname: a typing slip in a surname of six letters)
        found.extend(c for c in by_bucket.get(prefix, ())[:30] if c not in found)
    return found


_KIN_INTRODUCED = re.compile(r"\b" + _KIN + r"(?:\s+of)?,?\s+(?:[A-Z][a-z]{1,4}\.\s+)?$")
_KIN_GIVEN = re.compile(
    # "his daughter and adviser, Ivanka", "her husband, George Conway" (the rest of the name,
    # with its suffix: "his father, Barack Obama, Sr.")
    r"(?=[abcdfghmnsuw])\b" + _KIN + r"(?:\s+and\s+[a-z]+)?,?\s+([A-Z][a-z]+)\b"
    r"((?:\s+[A-Z][\w.’'-]+)*(?:,\s+(?:Jr|Sr)\b\.?)?)"
)


_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f"}


def _unnamed_kin(
    paragraphs: tuple[str, ...], singles: list[_Candidate], by_bucket: dict[str, list[_Cluster]]
) -> set[str]:
    """Lone surnames that name someone other than everyone the article names in full with
    them: "First lady Melania Trump ... Mr. Trump said" is her husband, whose given name the
    article never writes. The honorifics tell, or the pronouns that pick the surname up
    ("Trump headed to the meeting after his administration ..."): all of one gender, the
    opposite of that of every full name the surname could attach to (an honorific, or two
    pronouns at least; or one "he" and two possessives: "Obama was buoyed by his win")."""
    votes: dict[str, dict[str, int]] = {}
    for cand in singles:
        if cand.suffix:
            continue
        paragraph = paragraphs[cand.paragraph]
        honorific = _HONORIFIC_GENDER.get(cand.honorific or "")
        gender = honorific or _pronoun_gender_after(paragraph, cand.start, cand.end, strict=True)
        loose = None
        if not gender:
            # "launched into his second term": a weaker vote ("asks about his plans" may be
            # someone else's, so these count only beside a "he" or "she")
            loose = _pronoun_gender_after(paragraph, cand.start, cand.end)
        vote = gender or loose
        if vote:
            counts = votes.setdefault(
                _norm(cand.tokens[0]), {"m": 0, "f": 0, "honorific": 0, "strict": 0}
            )
            counts[vote] += 1
            counts["honorific"] += bool(honorific)
            counts["strict"] += bool(gender)
    found = set()
    for key, counts in votes.items():
        if counts["m"] and counts["f"]:
            continue  # "Mr. and Mrs. Lund": the mentions tell each other apart, not the name
        genders = {"m"} if counts["m"] else {"f"}
        if not counts["honorific"] and not (
            counts["strict"] >= 2 or (counts["strict"] and counts["m"] + counts["f"] >= 3)
        ):
            continue
        hits = [
            c
            for c in _nearby(by_bucket, key)
            if len(c.canonical.split()) > 1 and _norm(_family_name(c.canonical)) == key
        ]
        other = "f" if genders == {"m"} else "m"
        given = {_given_gender(c) for c in hits}
        # the name list may be wrong ("Michele" is a man in Italy): the text must agree
        if (
            hits
            and given == {other}
            # two honorifics, or the text gives them their gender too
            and (
                counts["honorific"] >= 2 or all(_text_gender(c, paragraphs) == other for c in hits)
            )
        ):
            found.add(key)
    return found


# Words of a role or an honorific that give a person's gender (shared with quotes.py).
FEMALE_WORDS = frozenset(
    """
    spokeswoman congresswoman chairwoman councilwoman businesswoman queen princess duchess
    lady first-lady wife mother daughter widow sister actress grandmother mrs ms miss madam
    """.split()  # noqa: SIM905
)
MALE_WORDS = frozenset(
    """
    spokesman congressman chairman councilman businessman king prince duke husband father
    son widower brother actor grandfather mr sir lord
    """.split()  # noqa: SIM905
)


def _text_gender(cluster: _Cluster, paragraphs: tuple[str, ...]) -> str | None:
    """The gender the article itself gives a person named in full: a role ("First lady",
    "his wife") or a "he"/"she" right after the full name."""
    words = {w.lower() for role in cluster.roles for w in role.title.split()}
    if words & FEMALE_WORDS:
        return "f"
    if words & MALE_WORDS:
        return "m"
    for mention in cluster.mentions:
        if len(mention.text.split()) > 1:
            span = mention.span
            gender = _pronoun_gender_after(paragraphs[span.paragraph], span.start, span.end, True)
            if gender:
                return gender
    return None


def _given_gender(cluster: _Cluster) -> str | None:
    return given_gender(cluster.canonical.split()[0])


def _family_name(canonical: str) -> str:
    """The surname of a canonical name, without its suffix ("Donald Trump Jr." -> "Trump")."""
    words = canonical.split()
    return words[-2] if _suffix_of(canonical) and len(words) > 2 else words[-1]


_TOP_OFFICES = frozenset("president senator governor king queen pope chancellor minister".split())  # noqa: SIM905


def _is_top_title(title: str) -> bool:
    return any(_norm(w) in _TOP_OFFICES for w in title.split())


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)
# A subject or possessive pronoun; "praised her for" is an object, someone else: it ends the
# search (group 3) rather than being skipped.
_PRONOUN_AFTER = re.compile(
    r"(?=[hs.!?;:“”\"])(?:"  # (every first character: see quotes._MARK)
    r"\b(?:(he|his)|(she|her(?!\s*[.,;:!?]|\s+(?:for|to|and|as|in|on|at|with|of|from|that|"
    r"about|but|or|by|when|after|before|while)\b))|(her|him))\b|[.!?;:“”\"])"
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]")


def _pronoun_gender_after(
    paragraph: str, start: int, end: int, strict: bool = False, others: list[int] | None = None
) -> str | None:
    """The gender of the first personal pronoun after a name in its sentence, before a quote
    ("Clinton would be 69 should she win": "f") and before anyone else is named: any
    capitalised word, or with ``others`` any of those name starts ("Obama asked Merkel
    whether she"); ``strict``: "he" or "she" only ("Bolduan asks about his plans" is no
    vote). Not after a name that modifies a noun ("Rendell, a Clinton surrogate, said he")."""
    if _ARTICLE_BEFORE.search(paragraph, max(0, start - 5), start):
        return None
    match = _PRONOUN_AFTER.search(paragraph, end, end + 120)
    if match is None or not (match.group(1) or match.group(2)):
        return None
    if others is not None:
        k = bisect_right(others, end)  # (sorted: a paragraph of thousands of names stays fast)
        named_between = k < len(others) and others[k] < match.start()
    else:
        named_between = bool(_CAPITALISED.search(paragraph, end, match.start()))
    if named_between:
        return None  # "Obama asked Merkel whether she ...": someone else's pronoun
    if strict and match.group().lower() not in ("he", "she"):
        return None
    return "m" if match.group(1) else "f"


def _resolve_single(
    word: str,
    cand: _Candidate,
    bucket: list[_Cluster],
    by_given: dict[str, list[_Cluster]],
    lone_given: frozenset[str] | set[str] = frozenset(),
    pronoun: Callable[[], str | None] | None = None,
    gender_of: Callable[[_Cluster], str | None] | None = None,
    kin_only: frozenset[int] | set[int] = frozenset(),
    couples: frozenset[str] | set[str] = frozenset(),
    paragraphs: tuple[str, ...] = (),
    shadowed: frozenset[int] | set[int] = frozenset(),
) -> _Cluster | None:
    """The person a lone word ("Rubio", "Hillary") refers to, or None. ``pronoun`` gives the
    gender of the pronoun that picks the mention up later in its sentence, if any; ``gender_of``
    a person's gender, if known (by default from the given name); ``kin_only`` the
    people (by id) named in full only as someone's relative; ``couples`` the surnames written
    with both "Mr." and "Mrs."/"Ms."; ``paragraphs`` the article's text; ``shadowed`` the
    relatives (by id) whose surname the article wrote alone before naming them."""
    low = _norm(word)
    by_canonical = {c.canonical: c for c in bucket}
    # "Trump" beside Donald Trump and Donald Trump Jr.: the son is called "Trump Jr."
    plain = {name: c for name, c in by_canonical.items() if not _suffix_of(name)}
    if (
        not plain
        and by_canonical
        and cand.role
        and _is_top_title(cand.role)
        and not any(_is_top_title(role.title) for c in by_canonical.values() for role in c.roles)
    ):
        return None  # "an email to Donald Trump Jr. ... President Trump said": the father
    if plain and len(plain) < len(by_canonical):
        by_canonical = plain
    honorific_gender = _HONORIFIC_GENDER.get(cand.honorific or "")
    if honorific_gender and by_canonical:
        # "Mrs. Richter" beside Eric and Dani Richter: not the man (nor "Mr. Garland" the wife)
        fitting = {
            name: c
            for name, c in by_canonical.items()
            if (gender_of or _given_gender)(c) in (honorific_gender, None)
        }
        if not fitting and honorific_gender == "m" and low in couples:
            # "First lady Melania Trump ... Mrs. Trump ... Mr. Trump said": a man and a woman
            # share the surname, and only she is named in full (the other way round the
            # article may name someone's wife in passing: "sending Mrs. Powell out")
            return None
        if fitting:
            by_canonical = fitting
    if shadowed and not honorific_gender:
        # (but "Mrs. Trump" may be the daughter)
        by_canonical = {name: c for name, c in by_canonical.items() if id(c) not in shadowed}
    match = resolve_name(word, list(by_canonical))
    if match:
        return by_canonical[match]
    hits = [c for name, c in by_canonical.items() if name_match_score(word, name) >= 0.5]
    if len(hits) > 1:
        # "Macron ... his wife, Brigitte": the one called by a given name alone is not meant.
        principal = [
            c
            for c in hits
            if _norm(c.canonical.split()[0]) not in lone_given and id(c) not in kin_only
        ]
        if principal:
            hits = principal
    want = honorific_gender
    if len(hits) > 1 and not want and pronoun is not None:
        want = pronoun()
    if len(hits) > 1 and want:
        # "Mrs. Obama" among Michelle and Barack Obama: the honorific tells them apart;
        # "Clinton pointed to her husband's record": so does the pronoun that follows.
        # A person of unknown gender may be meant ("Mr. Paul" beside Rand and Ron Paul)
        matching = [c for c in hits if (gender_of or _given_gender)(c) in (want, None)]
        if matching:
            hits = matching
    if hits:
        # Two people share the surname: one named in full in the last few paragraphs is meant;
        # else the one the article is about, the first introduced.
        here = (cand.paragraph, cand.start)
        recent = []
        for cluster in hits:
            index = bisect_left(cluster.full_positions, here)
            if index and cand.paragraph - cluster.full_positions[index - 1][0] <= 3:
                recent.append((cluster.full_positions[index - 1], cluster))
        if recent:
            latest = max(recent, key=lambda x: x[0])
            # "President Donald Trump and first lady Melania Trump step off ...": both named
            # in one sentence, the bare surname is the one holding the top office, if one does
            (p, at), text = latest[0], paragraphs[latest[0][0]] if paragraphs else ""
            tied = [
                c
                for (q, start), c in recent
                if q == p and not _SENTENCE_END.search(text, start, at)
            ]
            if len(tied) > 1:
                # (the first roles: a person named thousands of times has thousands)
                top = [c for c in tied if any(_is_top_title(r.title) for r in c.roles[:3])]
                if len(top) == 1:
                    return top[0]
            return latest[1]
        return min(hits, key=lambda c: c.first_seen)
    # A given name alone ("Hillary") for exactly one person; or a family name written first
    # ("spokesperson Wen Bo ... Wen said"), which is no known given name.
    given_hits = by_given.get(low, [])
    if len(given_hits) == 1 and low in GIVEN_NAMES:
        return given_hits[0]
    if (
        len(given_hits) == 1
        # ("Tedros" for Tedros Adhanom Ghebreyesus, "Tedros of the WHO": a first name that
        # stands alone in a name of three words)
        and ((len(low) <= 5 and not cand.org_of) or len(given_hits[0].canonical.split()) >= 3)
        and not (cand.place_before or cand.place_after)
        and low not in PLACES
        and low not in NATIONALITIES
        and not _is_org_word(word)
    ):
        return given_hits[0]
    return None


_SENTENCE_END = re.compile(r"\b[a-z]{2,}[.!?][\"”’]?\s")  # "spoke. Maria", not "Sen. Maria"
_ROLE_STRIP = " ,;:[]()“”\"‘’'«»?!—–-"


def _add(cluster: _Cluster, cand: _Candidate, name: str) -> None:
    if name not in cluster.names:
        cluster.names.append(name)
    # The mention is the text at its span: "Trump Jr." names the person, "Trump" is the span.
    written = cand.written or (" ".join(cand.tokens) if cand.suffix else name)
    cluster.mentions.append(Mention(written, Span(cand.paragraph, cand.start, cand.end)))
    if cand.honorific:
        honorific = cand.honorific.capitalize() + "."
        alias = f"{honorific} {name}"
        if alias not in cluster.titled and len(cand.tokens) == 1:
            cluster.titled.append(alias)
    if cand.role and cand.role_span:
        start = cand.role_span[0]
        # Roles are clean title phrases: no quote marks, brackets or sentence punctuation.
        title = cand.role.strip(_ROLE_STRIP)
        if title.endswith(".") and not _is_abbreviation(title.split()[-1]):
            title = title[:-1]  # a sentence end, not "Gov."
        if title:
            start += cand.role.index(title)
            cluster.roles.append(Role(title, Span(cand.paragraph, start, start + len(title))))
