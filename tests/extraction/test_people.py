"""People, roles and aliases, on sentences written for the tests."""

import pytest

from articles.extraction.people import extract_people, role_after, role_before


def people_of(*paragraphs):
    return {p.name: p for p in extract_people(tuple(paragraphs))}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Secretary of State Marco Rubio spoke on Friday.", "Marco Rubio", "Secretary of State"),
        (
            "U.S. special envoy to the Middle East Steve Witkoff will travel next week.",
            "Steve Witkoff",
            "U.S. special envoy to the Middle East",
        ),
        (
            "He met the Taoiseach of Ireland, Micheal Martin, in the morning.",
            "Micheal Martin",
            "Taoiseach of Ireland",
        ),
        ("Russian President Vladimir Putin did not reply.", "Vladimir Putin", "Russian President"),
        ("President Donald Trump left early.", "Donald Trump", "President"),
        (
            "U.S. national security adviser Michael Waltz joined them.",
            "Michael Waltz",
            "U.S. national security adviser",
        ),
        (
            "White House Press Secretary Karoline Leavitt took questions.",
            "Karoline Leavitt",
            "White House Press Secretary",
        ),
        ("Vice President JD Vance was also there.", "JD Vance", "Vice President"),
        ("Texas Gov. Greta Olsen signed the bill.", "Greta Olsen", "Texas Gov."),
        (
            "Dana Whitlock, the secretary of state, said little.",
            "Dana Whitlock",
            "secretary of state",
        ),
        (
            "Priya Raman, a longtime Democratic pollster, was asked.",
            "Priya Raman",
            "longtime Democratic pollster",
        ),
        ("The court's chief judge, Ellen Moray, recused herself.", "Ellen Moray", "chief judge"),
    ],
)
def test_roles(sentence, name, role):
    people = people_of(sentence)
    assert name in people, people.keys()
    assert people[name].role == role


def test_role_before_and_after_helpers():
    text = "Foreign Minister Ana Lind met Bo Sten, the deputy mayor of Oslo, on Monday."
    assert role_before(text, text.index("Ana")) == ("Foreign Minister", 0)
    assert role_after(text, text.index(", the deputy")) == "deputy mayor of Oslo"
    assert role_before("Trump, Vance, and others", 7) is None


def test_later_references_are_aliases_of_the_full_name():
    people = people_of(
        "Secretary of State Marco Rubio flew to Jeddah.",
        "Rubio said little. Mr. Rubio later met the press.",
        "The secretary left on Wednesday.",
    )
    assert list(people) == ["Marco Rubio"]
    rubio = people["Marco Rubio"]
    assert "Rubio" in rubio.aliases
    assert "Mr. Rubio" in rubio.aliases
    assert "the secretary" in rubio.aliases
    assert len(rubio.mentions) == 4


def test_mentions_carry_spans():
    paragraphs = ("Intro line here.", "Officials met Hannah Vogt. Vogt smiled.")
    person = extract_people(paragraphs)[0]
    for mention in person.mentions:
        span = mention.span
        assert paragraphs[span.paragraph][span.start : span.end] == mention.text
    assert [m.span.paragraph for m in person.mentions] == [1, 1]


def test_canonical_name_is_the_fullest_form():
    people = people_of("Keller spoke first.", "Anna Maria Keller said she agreed.", "Keller left.")
    assert list(people) == ["Anna Maria Keller"]


def test_spelling_variants_merge():
    people = people_of(
        "Ukrainian President Volodymyr Zelenskyy arrived.", "Volodymyr Zelensky said he would stay."
    )
    assert list(people) == ["Volodymyr Zelenskyy"]


def test_two_people_sharing_a_surname_stay_apart():
    people = people_of("Bill Clinton and Hillary Clinton arrived together.")
    assert set(people) == {"Bill Clinton", "Hillary Clinton"}


def test_bare_surname_goes_to_the_recently_named_person():
    people = people_of(
        "Bill Clinton spoke at noon.",
        "Later, Hillary Clinton took the stage. Clinton said the vote mattered.",
    )
    hillary = people["Hillary Clinton"]
    assert any(m.text == "Clinton" for m in hillary.mentions)


@pytest.mark.parametrize(
    "sentence",
    [
        "The White House said the Oval Office meeting went well.",
        "Saudi Arabia hosted the talks, and Ukrainians welcomed them.",
        "The Secret Service said on Monday in March that it was ready.",
        "The New York Times and the Washington Post reported it.",
        "Democrats said Republicans were wrong about the Supreme Court.",
        "They watched The Apprentice on Tuesday night.",
        "Officials from the European Union met in Brussels.",
    ],
)
def test_organisations_places_nationalities_dates_are_not_people(sentence):
    assert extract_people((sentence,)) == ()


def test_single_name_needs_a_cue():
    assert "Quenby" in people_of("The report was late, Quenby said.")
    assert people_of("The report was late. Later Quenby arrived.") == {}


def test_speech_verb_and_title_are_cues_for_unknown_given_names():
    people = people_of(
        "Zorbat Quennel said the plan was fine.", "Adm. Xavion Trell declined to comment."
    )
    assert "Zorbat Quennel" in people
    assert "Xavion Trell" in people


def test_headline_lines_do_not_invent_people():
    assert people_of("Trade Talks Resume As Markets Rally") == {}


def test_empty_input():
    assert extract_people(()) == ()
    assert extract_people(("",)) == ()


def test_surnames_that_are_titles_or_months():
    people = people_of(
        "British Prime Minister Theresa May spoke first.",
        "Talk show host Larry King listened. Mr. King said little.",
        "The report came out in May.",
    )
    assert set(people) == {"Theresa May", "Larry King"}
    assert "Mr. King" in people["Larry King"].aliases


def test_sentence_opener_before_a_known_surname_is_dropped():
    people = people_of("Mayor Dana Whitlock spoke.", "Beyond Whitlock, nobody came.")
    assert list(people) == ["Dana Whitlock"]
    assert [m.text for m in people["Dana Whitlock"].mentions] == ["Dana Whitlock", "Whitlock"]


def test_compound_surname_alone_joins_the_full_name():
    people = people_of("Minister Ildo Guarnez Villar spoke.", "Mr. Guarnez Villar left early.")
    assert list(people) == ["Ildo Guarnez Villar"]
