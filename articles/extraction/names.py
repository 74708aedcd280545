"""Cross-article identity of person names (pure).

The services call ``person_key``, ``surname_key`` and ``same_person``: keep those signatures.

What counts as the same person:
- case, diacritics, dots and spacing are folded ("Micheál" == "Micheal", "J. D." == "JD");
- honorifics and suffixes are ignored ("Mr.", "Sen.", "Jr.", "III");
- transliteration variants of the surname match ("Zelenskyy" / "Zelensky" / "Zelenskiy");
- first names match when equal, when one is the other's nickname ("Mike" / "Michael"), or when
  one is an initial (or run of initials) of the other ("J. Vance" / "James Vance");
- a bare surname is *compatible* with a full name; whether it is the *same* person depends on
  the other names around, which ``resolve_name`` decides (one candidate or None).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache

HONORIFICS = frozenset(
    """
    mr mrs ms miss dr sir dame lord lady sen rep gov gen prof rev hon president senator mister
    madam
    """.split()  # noqa: SIM905
)
SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv", "v", "phd", "md", "esq"])
# Regnal numbers ("Pope Leo XIV"): dropped only after two other words, as "Xi" and "Vi" are
# also names ("Li Xi").
REGNAL_NUMBERS = frozenset("vi vii viii ix xi xii xiii xiv xv xvi xvii xviii".split())  # noqa: SIM905

# Nickname groups: every name in a group is the same given name. A name may sit in two groups
# ("ted" is Edward or Theodore), so matching asks whether the groups intersect.
_NICKNAME_GROUPS = (
    "michael mike mick mickey mikey",
    "william bill billy will willy willie liam",
    "robert bob bobby rob robbie bert",
    "james jim jimmy jamie",
    "joseph joe joey",
    "thomas tom tommy",
    "richard dick rick ricky rich richie",
    "edward ed eddie ted ned",
    "theodore ted teddy theo",
    "charles chuck charlie chas",
    "daniel dan danny",
    "david dave davey",
    "steven stephen steve stevie",
    "anthony tony",
    "christopher chris kit",
    "christine chris chrissy christina",
    "nicholas nick nicky",
    "patrick pat paddy",
    "patricia pat patty trish",
    "katherine catherine kathryn kate katie cathy kathy kat",
    "elizabeth liz lizzie beth betsy betty eliza",
    "susan sue susie suzanne",
    "jennifer jen jenny",
    "alexander alex sasha alec",
    "alexandra alex sasha",
    "andrew andy drew",
    "benjamin ben benny",
    "donald don donnie",
    "gregory greg",
    "jeffrey jeff geoffrey",
    "john jack johnny jon",
    "jonathan jon jonny",
    "lawrence larry laurence",
    "matthew matt",
    "peter pete",
    "ronald ron ronnie",
    "samuel sam sammy",
    "samantha sam",
    "timothy tim timmy",
    "vladimir vlad",
    "kenneth ken kenny",
    "gerald jerry gerry",
    "jerome jerry",
    "frederick fred freddie",
    "henry hank harry",
    "harold harry hal",
    "albert al bert",
    "alan al allan allen",
    "alfred al alfie",
    "margaret maggie meg peggy",
    "deborah debbie deb debra",
    "rebecca becky",
    "victoria vicky tori",
    "nancy nan",
    "douglas doug",
    "raymond ray",
    "leonard len lenny leo",
    "philip phil phillip",
    "zachary zach zack",
    "joshua josh",
    "nathaniel nate nathan",
    "mitchell mitch",
    "randall randy",
    "terrence terry terence",
    "gabriel gabe",
    "abraham abe",
    "walter walt",
    "eugene gene",
    "francis frank",
    "franklin frank",
    "valerie val",
    "carolyn carol",
    "pamela pam",
    "barbara barb barbie",
    "judith judy",
    "dorothy dot dottie",
    "cynthia cindy",
    "jacqueline jackie",
    "mohammed mohammad muhammad mohamed muhammed",
)
_NICK: dict[str, frozenset[int]] = {}
for _index, _group in enumerate(_NICKNAME_GROUPS):
    for _name in _group.split():
        _NICK[_name] = _NICK.get(_name, frozenset()) | {_index}

_NON_WORD = re.compile(r"[^\w' -]+")
_SPLIT = re.compile(r"[\s-]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without diacritics; curly apostrophes straight; dots become spaces."""
    if text.isascii():
        return _NON_WORD.sub(" ", text.casefold().replace(".", " "))
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("’", "'").replace("‘", "'").replace(".", " ")
    return _NON_WORD.sub(" ", text)


# "al-Assad", "el-Sisi": the Arabic article is written or dropped ("Bashar Assad").
ARTICLE_PREFIX = re.compile(r"\b(?:al|el|ad|as|ash|at|ar|an|az)-(?=\w)", re.IGNORECASE)


def _raw_tokens(name: str) -> list[str]:
    """The folded words of a name, without its leading honorifics ("mr", "dr")."""
    raw = [t.strip("'") for t in _SPLIT.split(fold(ARTICLE_PREFIX.sub("", name)))]
    tokens = [t[:-2] if t.endswith("'s") else t for t in raw if t]
    start = 0
    while start < len(tokens) and tokens[start] in HONORIFICS:
        start += 1
    return tokens[start:]


@lru_cache(maxsize=65536)
def _tokens(name: str) -> tuple[str, ...]:
    out: list[str] = []
    for token in _raw_tokens(name):
        # Initials: "j d vance" -> "jd vance" (only runs of single letters at the front).
        if len(token) == 1 and out and len(out) == 1 and len(out[0]) <= 2 and out[0].isalpha():
            out[0] += token
            continue
        out.append(token)
    while len(out) > 1 and (out[-1] in SUFFIXES or (len(out) > 2 and out[-1] in REGNAL_NUMBERS)):
        out.pop()
    # One middle initial is a style choice ("Vladimir V. Putin" is "Vladimir Putin"); two stay
    # ("George H. W. Bush" is not "George W. Bush").
    middles = [i for i, t in enumerate(out[1:-1], start=1) if len(t) == 1]
    if len(out) >= 3 and len(middles) == 1 and len(out[0]) > 1:
        del out[middles[0]]
    return tuple(out)


@lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """Normalised key: case, accents, dots and spacing folded ("J.D. Vance" == "JD Vance").

    Nicknames and surname spellings are folded too ("Mike Waltz" == "Michael Waltz"), so equal
    keys mean the same person; different keys may still be (see ``same_person``).
    """
    tokens = _tokens(name)
    if not tokens:
        return ""
    if len(tokens) > 1:
        parts = [_canonical_given(tokens[0]), *tokens[1:-1], surname_skeleton(tokens[-1])]
    else:
        parts = [surname_skeleton(tokens[0])]
    return " ".join(parts)


def _canonical_given(given: str) -> str:
    groups = _NICK.get(given)
    if not groups:
        # "Andriy" == "Andrii"; digits are no spelling ("Name5" is not "Name55").
        return surname_skeleton(given) if len(given) > 2 and given.isalpha() else given
    return _NICKNAME_GROUPS[min(groups)].split()[0]


_SKELETON_RULES = (
    (re.compile(r"(?:yy|iy|ii|yi|ij)$"), "y"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"(?<=[aeiou])kh"), "h"),
    (re.compile(r"(\w)\1"), r"\1"),
)


@lru_cache(maxsize=65536)
def surname_skeleton(surname: str) -> str:
    """A spelling-tolerant form of a (folded) surname: "zelenskyy" -> "zelensky"."""
    out = surname
    for pattern, repl in _SKELETON_RULES:
        out = pattern.sub(repl, out)
    return out


def surname_key(name: str) -> str:
    """A short prefix of the surname, to fetch candidate matches from the database."""
    tokens = _tokens(name)
    return tokens[-1][:4] if tokens else ""


def _same_surname(a: str, b: str) -> bool:
    if a == b:
        return True
    sa, sb = surname_skeleton(a), surname_skeleton(b)
    if sa == sb:
        return True
    # Other transliterations of long names ("Medvedyev"/"Medvedev"): one small difference.
    if sa[:1] != sb[:1] or min(len(sa), len(sb)) < 6:
        return False
    if len(sa) == len(sb) and _swapped_neighbours(sa, sb):
        return True  # a typing slip: "Zelesnky" / "Zelensky"
    if min(len(sa), len(sb)) < 8:
        return False
    return SequenceMatcher(None, sa, sb).ratio() >= 0.9


def _swapped_neighbours(a: str, b: str) -> bool:
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and (a[diff[1]] == b[diff[0]])
    )


def _same_given(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) > 2 and a.isalpha() and surname_skeleton(a) == surname_skeleton(b):
        return True  # transliterations: "Andriy" / "Andrii", "Valery" / "Valerii"
    if _NICK.get(a, frozenset()) & _NICK.get(b, frozenset()):
        return True
    # Initials: "j" / "jd" against "james" (first letter) or "jd" against "jd".
    if len(a) <= 2 and a.isalpha() and len(a) < len(b):
        return b.startswith(a[0]) and len(a) == 1
    if len(b) <= 2 and b.isalpha() and len(b) < len(a):
        return a.startswith(b[0]) and len(b) == 1
    return _misspelt_given(a, b)


def _misspelt_given(a: str, b: str) -> bool:
    """ "Volodomyr" / "Volodymyr", "Emmanual" / "Emmanuel": one letter changed, added, dropped or
    swapped inside a long given name. The first two and the last letters must agree, and known
    genders must too: "Daniel" / "Daniela", "Mario" / "Maria" are two people."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or not (a.isalpha() and b.isalpha()):
        return False
    if a[:2] != b[:2] or a[-1] != b[-1]:
        return False
    if a in GIVEN_NAMES and b in GIVEN_NAMES:
        return False  # two real names ("Katrin" / "Karin"), not a typo
    gender_a, gender_b = given_gender(a), given_gender(b)
    if gender_a and gender_b and gender_a != gender_b:
        return False
    return edit_distance_at_most_one(a, b)


def edit_distance_at_most_one(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        # One substitution, or two neighbours swapped.
        return a[i + 1 :] == b[i + 1 :] or (
            a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
        )
    return a[i:] == b[i + 1 :]


@lru_cache(maxsize=65536)
def name_match_score(a: str, b: str) -> float:
    """How surely two names denote one person: 1.0 same key, 0.9 variant, 0.5 bare surname
    against a full name (compatible, ambiguous without context), 0.0 different people."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    # "George H.W. Bush" and "George W. Bush": middle initials that differ, father and son
    middle_a, middle_b = _middle_initials(a), _middle_initials(b)
    if middle_a and middle_b and middle_a != middle_b:
        return 0.0
    if person_key(a) == person_key(b):
        return 1.0
    if not _same_surname(ta[-1], tb[-1]):
        return 0.0
    if len(ta) == 1 or len(tb) == 1:
        return 0.5
    # "Ocasio-Cortez" alone is a hyphenated surname, not a given name and a surname; so is
    # "Martin-Torres" or "Jean-Pierre" alone, ending a longer name ("Karine Jean-Pierre").
    if _hyphenated_word(a) and len(tb) > len(ta) and _same_tail(ta, tb):
        return 0.5
    if _hyphenated_word(b) and len(ta) > len(tb) and _same_tail(tb, ta):
        return 0.5
    if _same_given(ta[0], tb[0]):
        return 0.9
    # "J.D. Vance" against "James David Vance": initials of the given names.
    initials_a = "".join(t[0] for t in ta[:-1])
    initials_b = "".join(t[0] for t in tb[:-1])
    if ta[0] == initials_b or tb[0] == initials_a:
        return 0.9
    return 0.0


@lru_cache(maxsize=65536)
def _middle_initials(name: str) -> str:
    """The middle initials of a name written with initials only between its given name and
    surname ("hw" for "George H.W. Bush"); "" when it has none or a middle word."""
    tokens = _raw_tokens(name)
    while len(tokens) > 2 and tokens[-1] in SUFFIXES:
        tokens.pop()
    middle = tokens[1:-1]
    return "".join(middle) if middle and all(len(t) == 1 for t in middle) else ""


@lru_cache(maxsize=65536)
def _hyphenated_word(name: str) -> bool:
    """One hyphenated word, after any honorific ("Ms. Lopez-Garza", "Martin-Torres")."""
    words = [w for w in fold(name).split() if w not in HONORIFICS]
    return len(words) == 1 and "-" in words[0]


def _same_tail(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    tail = full[-len(short) :]
    return all(_same_surname(x, y) for x, y in zip(short, tail, strict=True))


def same_person(a: str, b: str) -> bool:
    """True when the names are compatible: a bare surname is compatible with a full name that
    ends with it. Use ``resolve_name`` when several full names could match."""
    return name_match_score(a, b) >= 0.5


def resolve_name(short: str, candidates: Iterable[str]) -> str | None:
    """The one candidate ``short`` denotes, or None when none or several do.

    A full candidate equal to ``short`` wins; otherwise every compatible candidate counts, and
    distinct people (not ``same_person`` with each other at full strength) make it ambiguous.
    """
    matches = [c for c in candidates if name_match_score(short, c) >= 0.5]
    if not matches:
        return None
    full = [c for c in matches if len(_tokens(c)) > 1]
    for i, first in enumerate(full):
        for other in full[i + 1 :]:
            if name_match_score(first, other) < 0.9:
                return None  # two different people fit
    return max(matches, key=lambda c: (len(_tokens(c)), len(c)))


# Given names, for telling a person ("Karoline Leavitt") from an organisation or place ("Morning
# Consult", "Saudi Arabia") and for resolving "he"/"she". Common English given names plus those
# frequent in international news. Generic lexicon, not any article's names.
MALE_GIVEN = frozenset(
    """
    aaron abdul abdullah abe abraham adam adrian ahmad ahmed al alan albert alberto alec
    alejandro alex alexander alexei alexey alfred ali allen alvin amir andre andrea andreas
    andrei andres andrew andrzej andy angus anthony antonio antony ari arnold arthur ashraf avi
    barack barry bashar ben benjamin benny bernard bernie bill billy bob bobby boris brad
    bradley brandon brendan brent brett brian bruce bryan byron cal calvin cameron carl carlos
    cary cecil chad charles charlie chris christian christopher chuck clarence claude clay
    clayton clint clifford clyde cody colin conor cory craig curtis dale dan daniel danny
    darrell darren dave david dean dennis derek devin dick diego dmitry dmitri dominic don
    donald doug douglas duncan dwight earl ed eddie edgar eduardo edward edwin elijah elliot
    elliott elon emmanuel emmett enrique eric erik ernest ernesto eugene evan fabio felix
    fernando francis francisco franco frank franklin fred frederick friedrich gabriel gareth
    gary gavin gene geoffrey george gerald gerhard gordon graham grant greg gregory guillermo
    gustavo guy hakeem hal hamid hank hans harold harry hassan hector henry herbert herman hosni
    howard hugh hugo hunter ian ibrahim igor isaac ismail ivan jack jacob jaime jake jamal james
    jamie jared jason javier jay jd jean jeb jeff jeffrey jens jeremy jerome jerry jesse jesus
    jim jimmy joe joel johan johann john johnny jon jonathan jorge jose josef joseph josh joshua
    juan julian julio justin kamal karl keir keith ken kenneth kevin kim kirk klaus kurt kyle
    lamar lance larry lars lawrence lee leo leon leonard lindsey lloyd logan lorenzo louis luca
    lucas luis luiz luke manuel marc marco marcus mario mark marshall martin marvin matt matteo
    matthew maurice max maxim mehmet michael micheal michel miguel mike mikhail miles milton
    mitch mitt mohammad mohammed muhammad murray narendra nathan neil nelson nicholas nick
    nicolas nigel noah norman olaf oliver omar oscar otto owen pablo pat patrick paul pedro pete
    peter phil philip phillip pierre rafael rahm ralph ramon randall randy raul ray raymond
    recep reggie reginald reince ricardo richard rick rob robert roberto rodrigo rodney roger
    roland ron ronald ronny ross roy rudy rupert russell ryan salman sam samuel scott sean
    sebastian serge sergei sergey sergio seth shane shaun sheldon sidney simon stanley stefan
    stephen steve steven stuart sylvester ted theodore thomas tim timothy todd tom tommy
    tony travis trent trevor troy tyler terry uri valentin vernon victor viktor vince vincent vitali
    vladimir volodymyr walter warren wayne wesley will william willie wolfgang xi yair yasser
    yevgeny yoav yuri zach zachary ahmet abbas benedict boyko dmytro emmanuel hakan jair javad
    jens kyriakos mateusz olaf pedro rishi sergiy tayyip ursula viktor yoon yoshihide fumio
    shinzo narendra imran nawaz recep bongbong ferdinand rodrigo andres gustavo nayib nicolas
    ashraf abiy cyril bola muhammadu uhuru william justin anthony mahmoud ismail yahya hossein
    ebrahim masoud kim moon naftali benny isaac gideon avigdor itamar bezalel reuven mike marco
    pete tulsi kash jordan damian austin
    anatoly anatoliy andrii andriy andrey oleksandr oleksii oleksiy oleh oleg mykhailo mykola
    nikolai nikolay serhii serhiy sergii yuriy yurii yury vadim vadym vitaliy vitaly vyacheslav
    valery valerii valeriy denys denis dmitriy kirill konstantin kostiantyn leonid maksym
    pavel pavlo petro pyotr roman ruslan rustem stanislav taras timur tymur vasily vasyl
    yaroslav yevhen yegor egor gennady hennadiy ihor daniil rodion vladyslav vladislav
    aleksandr aleksei alexey arkady artem tymofiy tymofii timofey
    artyom bohdan borys fedir fyodor gleb grigory hryhoriy illia ilya lev nikita mikhail
    gunter günter jurgen jürgen heinz helmut horst dieter uwe rolf bernd markus matthias
    ulrich lothar joachim jean-noel jean-luc jean-marie francois françois sebastien sébastien
    dominique gilles thierry jacques xavier herve hervé laurent yves bruno edouard édouard luc
    mel ernie ernst wes bret barron ricky humza anas asif faisal farhan ishaq khalil naim nawaf
    nabih rahul sajid shehbaz shigeru takeshi yoshimasa radoslaw radosław wladyslaw władysław
    karol ulf jagmeet retief rhun
    cedric corey darius darnell deandre derrick dustin dwayne garrett jalen leroy lonnie malik
    orrin rashad terrence thad trevon tyrone wyatt
    damon eliot ronan nicusor evgeny arseniy thabo julius kgalema
    zack kent neal roscoe duane glenn glen lyle lester marty mitchell ned quentin rufus stu trey
    vern wendell woody zane angelo archie arlen arturo barney beau bert burt conrad dante darin
    denny desmond dirk dylan eli elmer emil ethan ezra gerry hubert jeremiah jules kenny lenny
    lionel malcolm marlon merle micah monty myron nolan norbert ollie orville oswald randolph
    reuben rudolph seymour sid stan sven thaddeus vic wally woodrow zeke rod solomon manu
    abdel asa beto deval jerrold joaquin kofi luther merrick mick mohamed moammar muammar newt
    rand rex saddam steny tucker vivek wilbur blaine piers ira strom walt willy osama
    leslie dana robin jackie lynn tracy jody kerry casey alexis
    fidel fulgencio ignacio cesar emilio felipe gerardo rogelio ruben tomas evo yitzhak ehud
    ariel shimon khalid hamad tamim pervez salem edmund jassim yousef youssef mustafa karim
    rashid saeed nasser adel tariq walid fahd
    nate nathaniel shawn jeffery melvin ronnie darryl daryl erick jimmie johnnie
    """.split()  # noqa: SIM905
)
FEMALE_GIVEN = frozenset(
    """
    abigail adriana agnes aileen alexandra alexandria alice alicia alison allison amanda amber
    amy ana andrea angela angelina anita ann anna anne annalena annette april ashley audrey
    barbara beatrice becky belinda beth betsy betty beverly bonnie brenda bridget brittany
    camilla candace cara carla carly carmen carol caroline carolyn casey cassidy catherine cathy
    cecilia charlotte chelsea cheryl chloe christina christine claire clara claudia colleen
    connie cora courtney cristina cynthia dana daniela danielle daphne dawn debbie deborah debra
    denise diana diane dianne donna doris dorothy edith eileen elaine eleanor elena elise
    elizabeth ella ellen elsa emily emma erica erin esther eva evelyn fiona frances francesca
    gabriela gail georgia giorgia gina gloria grace gretchen hailey hannah harriet hayley
    heather heidi helen helena hillary holly ida ilhan irene iris isabel isabella jackie
    jacqueline jane janet janice jasmine jean jeanne jeanine jennifer jenny jessica jill jo joan
    joanna jodi jody josephine joy joyce judith judy julia julie june justine kamala karen karin
    karine karoline kate katherine kathleen kathryn kathy katie katrin kay kayleigh kelly kelsey
    kendra kerry kim kimberly kirsten kristen kristi kristin kristina kristy krysten laura
    lauren leah leslie liliana linda lindsay lisa liz lorraine louise lucia lucy lynn madeleine
    madeline maggie maia margaret margarethe maria marianne marie marilyn marine marisa marsha
    martha mary maureen maxine megan melania melanie melissa meredith mia michele michelle mila
    mirjana miriam molly monica nadia nancy naomi natalia natalie natasha nicola nicole nikki
    nina nora olena olga pam pamela patricia patty paula pauline penny priti rachel rashida
    rebecca regina rita roberta robin rosa rosalind rose ruth sally samantha sandra sara sarah
    sharon sheila shelley shirley sonia sophie stacey stephanie sue susan susanne suzanne
    svetlana sylvia tamara tammy tanya tara teresa theresa tiffany tina tracy tulsi ursula
    valerie vanessa vera veronica victoria virginia vivian wendy whitney yulia yvette zoe kristi
    elise marjorie lauren nikki tulsi kristi pam brooke liz ayanna sanna mette jacinda theresa
    sahra giorgia kaja roberta annalena liz nadine ivanka hope kellyanne dana kayleigh jen
    iryna irina oksana olena olha tetiana tatiana tatyana yuliia yulia svitlana kateryna
    ekaterina yekaterina liudmyla lyudmila mariya marina mariana daria darya anastasia
    anastasiya viktoria viktoriia yevheniia lesya halyna galina larisa lyubov liubov alla inna
    zoya valentina nadezhda sofia ulyana khrystyna veronika katharina sabine petra gesine
    brigitte segolene ségolène susie kemi lucie chrystia suella eluned lara
    shannon adrienne aisha alexis alyssa bernadette brianna caitlin charlene darlene desiree
    erika felicia gabrielle haley jenna jillian jocelyn jolene joni kara kari katelyn kayla
    keisha kiara kristine latoya loretta lori lydia mallory marissa marlene maya meghan melinda
    miranda monique nia priscilla renee rhonda ronna sabrina selena serena sherry sheryl stacy
    tabitha tamika tasha terri toni tonya wanda yolanda pramila
    karla kitty hoda nataliya
    deirdre kyrsten sharron abby adele alma amelia angie annie arlene ava bella bernice bette
    cassandra celeste christie cindy colette constance della delores dina dolores dora edna eliza
    ellie elsie emilia ethel eunice fran gayle geraldine gertrude ginger gwen gwendolyn hilary
    imogen ingrid irma isabelle janelle jeannette joanne johanna josie juanita lana leigh lena
    leona lila lillian lola lorna lucille luisa mabel mamie marcia margo marguerite marian mildred
    millie minnie mona muriel myra nell nellie noelle norma olivia peggy phyllis polly rena rhoda
    rosemary roxanne sadie selma sherri sonja sybil thelma tricia trudy valeria velma verna wilma
    winifred yvonne zelda nydia marcy jana sheena shauna shawna marla ivana
    condoleezza elisabeth greta jeane ketanji kirstjen lois malia mara megyn mika neera norah
    sasha whoopi carrie cassie nicolle
    dilma marisol alejandra esperanza graciela juana lourdes margarita pilar golda indira
    benazir
    """.split()  # noqa: SIM905
)
GIVEN_NAMES = MALE_GIVEN | FEMALE_GIVEN


def given_gender(name: str) -> str | None:
    """'m', 'f' or None (unknown or both) for a given name."""
    folded = fold(name).strip()
    male, female = folded in MALE_GIVEN, folded in FEMALE_GIVEN
    if male == female:
        return None
    return "m" if male else "f"
