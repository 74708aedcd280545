"""Quotes, kinds and speakers, on sentences written for the tests."""

import pytest

from articles.extraction.paste import parse_paste
from articles.extraction.people import extract_people
from articles.extraction.quotes import _PeopleIndex, _Resolver, extract_quotes
from articles.extraction.types import Mention, Person, Span


def quotes_of(*paragraphs):
    paragraphs = tuple(paragraphs)
    return extract_quotes(paragraphs, extract_people(paragraphs))


def spoken(*paragraphs):
    """What was said and who said it: [(text, speaker)] in order."""
    return [(q.text, q.speaker) for q in quotes_of(*paragraphs)]


def only(*paragraphs):
    found = quotes_of(*paragraphs)
    assert len(found) == 1, found
    return found[0]


INTRO = "Foreign Minister Anna Keller arrived in Oslo on Monday."


# --- direct quotes and where the attribution stands ---------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We will sign the plan this week,” Keller said.",
        "“We will sign the plan this week,” said Keller.",
        "“We will sign the plan this week,” Keller told reporters.",
        "Keller said: “We will sign the plan this week.”",
        "Keller told reporters, “We will sign the plan this week.”",
        "“We will sign the plan this week,” Keller, speaking in Bergen, said.",
        "“We will sign the plan this week,” Keller added on Tuesday.",
        "“We will sign the plan this week,” Keller insisted.",
        "“We will sign the plan this week,” according to Keller.",
        "“We will sign the plan this week,” she said.",
        '"We will sign the plan this week," Keller said.',
        "“We will sign the plan this week,” the foreign minister said.",
        "“We will sign the plan this week” — Keller",
    ],
)
def test_direct_quote_attributions(paragraph):
    quote = only(INTRO, paragraph)
    assert quote.kind == "direct"
    assert quote.text.rstrip(",.") == "We will sign the plan this week"
    assert quote.speaker == "Anna Keller"


def test_quote_span_points_at_the_quoted_text():
    paragraphs = (INTRO, "“We will sign,” Keller said.")
    quote = extract_quotes(paragraphs, extract_people(paragraphs))[0]
    assert paragraphs[1][quote.span.start : quote.span.end] == "We will sign,"
    assert quote.span.paragraph == 1
    assert "Keller said" in quote.sentence


def test_quote_split_around_its_attribution_is_one_quote():
    quote = only(INTRO, "“We will sign the plan,” Keller said. “It is the best we have.”")
    assert quote.text == "We will sign the plan, It is the best we have."
    assert quote.speaker == "Anna Keller"
    assert quote.kind == "direct"


def test_quote_split_inside_one_sentence_is_one_quote():
    quote = only(INTRO, "“We will sign,” she said, “and then we will rest.”")
    assert quote.text == "We will sign, and then we will rest."


def test_two_speakers_in_one_paragraph_stay_two_quotes():
    found = quotes_of(
        INTRO + " Defense Minister Tomas Brandt came too.",
        "“We will sign,” Keller said. “We will not,” Brandt replied.",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("We will sign,", "Anna Keller"),
        ("We will not,", "Tomas Brandt"),
    ]


def test_multi_paragraph_quote_is_one_quote():
    found = quotes_of(
        INTRO,
        "Keller said: “We came to sign a plan that ends the fighting.",
        "“It will not be easy, and it will take months.",
        "“But we will get there.”",
        "The talks resume on Friday.",
    )
    assert len(found) == 1
    quote = found[0]
    assert quote.text == (
        "We came to sign a plan that ends the fighting. It will not be easy, and it will "
        "take months. But we will get there."
    )
    assert quote.span.paragraph == 1
    assert quote.end_span.paragraph == 3
    assert quote.speaker == "Anna Keller"


def test_floating_quote_takes_the_speaker_of_the_quote_before():
    found = quotes_of(
        INTRO,
        "“We came to sign a plan,” Keller said at the airport.",
        "“Nobody wants another winter of war.”",
    )
    assert [q.speaker for q in found] == ["Anna Keller", "Anna Keller"]
    assert found[1].kind == "direct"


def test_floating_quote_after_a_colon_lead_in_paragraph():
    found = quotes_of(INTRO, "Keller went on:", "“Nobody wants another winter of war.”")
    assert len(found) == 1
    assert found[0].speaker == "Anna Keller"


def test_dash_lead_in():
    quote = only(INTRO, "Keller was blunt — “nobody wants another winter of war.”")
    assert quote.speaker == "Anna Keller"


# --- partial quotes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "texts"),
    [
        # A partial quote is the quoted words themselves (the contract and the seed gold).
        ("Keller called the offer “a serious step toward peace” and left.",
         ["a serious step toward peace"]),
        ("Keller called her rival a “con artist” at a rally.", ["con artist"]),
        ("Keller called him a “liar” who is “utterly amoral” and a “bully.”",
         ["liar", "utterly amoral", "bully"]),
        ("Keller, speaking in Bergen, asked the police to release the videos “as a matter of "
         "transparency.”", ["as a matter of transparency"]),
        ("With thousands of counting systems, “there is no single point of failure,” Keller said.",
         ["there is no single point of failure"]),
        # Verbs that characterise rather than report: the quoted words are still Keller's.
        ("On Tuesday, Keller rejected the demands as “excessive and outrageous”.",
         ["excessive and outrageous"]),
        ("Keller denied having a “domestic dispute” with her husband.", ["domestic dispute"]),
        ("Keller spoke of the “root causes” of the war.", ["root causes"]),
    ],
)  # fmt: skip
def test_partial_quote_inside_the_reporters_sentence(paragraph, texts):
    found = quotes_of(INTRO, paragraph)
    assert [q.text for q in found] == texts
    assert {q.kind for q in found} == {"partial"}
    assert {q.speaker for q in found} == {"Anna Keller"}


@pytest.mark.parametrize(
    ("paragraph", "words", "clause"),
    [
        ("Keller said her team was ready to sign “as soon as tomorrow.”",
         "as soon as tomorrow", "her team was ready to sign “as soon as tomorrow.”"),
        ("Keller says the offer is “a serious step” toward peace.",
         "a serious step", "the offer is “a serious step” toward peace"),
        ("She said that the talks were “over for now” and “not dead.”",
         "over for now", "the talks were “over for now” and “not dead.”"),
    ],
)  # fmt: skip
def test_reported_clause_around_a_partial_quote_is_kept_beside_it(paragraph, words, clause):
    # The quoted words are a partial quote; the clause that holds them is reported speech.
    found = {q.kind: q for q in reversed(quotes_of(INTRO, paragraph))}  # (the first of a kind)
    assert found["partial"].text == words
    assert found["indirect"].text == clause
    assert found["partial"].speaker == found["indirect"].speaker == "Anna Keller"


def test_split_quote_second_half_gets_no_reported_clause():
    found = quotes_of(INTRO, "“We will sign,” she said, “and then we will rest.”")
    assert [q.kind for q in found] == ["direct"]


def test_unnamed_official_named_in_the_next_paragraph():
    found = quotes_of(
        INTRO,
        "Another government official said the progress was significant.",
        "“This was an important first step,” national security adviser Lena Ostrova said.",
    )
    assert [q.speaker for q in found] == ["Lena Ostrova", "Lena Ostrova"]


@pytest.mark.parametrize(
    "second",
    [
        # Ostrova was named before: the official is someone else.
        "“This was an important first step,” Ostrova said.",
        # Not a quote of the next paragraph's person.
        "Lena Ostrova, the adviser, arrived later.",
    ],
)
def test_unnamed_official_stays_unnamed(second):
    found = quotes_of(
        "Adviser Lena Ostrova arrived in Oslo on Monday.",
        "Another government official said the progress was significant.",
        second,
    )
    assert found[0].speaker is None
    assert found[0].speaker_description == "Another government official"


def test_anonymous_official_stays_unnamed():
    found = quotes_of(
        INTRO,
        "An official, speaking on condition of anonymity, said the progress was significant.",
        "“This was an important first step,” national security adviser Lena Ostrova said.",
    )
    assert [q.speaker for q in found] == [None, "Lena Ostrova"]


def test_partial_quote_with_pronoun_subject():
    quote = only(INTRO, "She called the offer “a serious step toward peace” and left.")
    assert quote.kind == "partial"
    assert quote.speaker == "Anna Keller"


def test_scare_quotes_are_not_quotes():
    assert quotes_of(INTRO, "The so-called “peace dividend” never came.") == ()
    assert quotes_of("Critics mocked the “plan” for weeks.") == ()


def test_titles_in_quotes_are_not_quotes():
    assert quotes_of("The film “Red Sky” opened in Oslo.") == ()


# --- pronouns -----------------------------------------------------------------------------------


def test_pronoun_goes_to_the_person_of_the_right_gender():
    found = quotes_of(
        "Prime Minister Erik Dahl met Foreign Minister Anna Keller on Monday.",
        "“It was a good meeting,” she said.",
        "“We agree on most things,” he said.",
    )
    assert [q.speaker for q in found] == ["Anna Keller", "Erik Dahl"]


def test_pronoun_prefers_the_subject_over_a_later_object():
    found = quotes_of(
        "Trade Minister Lars Berg said on Monday that he spoke with Olav Lund.",
        "“The deal is close,” he said.",
    )
    assert found[-1].speaker == "Lars Berg"


# --- indirect speech ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        (
            "Keller said that the two sides would meet again in May.",
            "the two sides would meet again in May",
        ),
        (
            "Keller said on Tuesday that the two sides would meet again in May.",
            "the two sides would meet again in May",
        ),
        (
            "Keller said the two sides would meet again in May.",
            "the two sides would meet again in May",
        ),
        (
            "Keller told reporters on Tuesday that the two sides would meet again in May.",
            "the two sides would meet again in May",
        ),
        (
            "The two sides would meet again in May, according to Keller.",
            "The two sides would meet again in May",
        ),
        (
            "According to Keller, the two sides would meet again in May.",
            "the two sides would meet again in May",
        ),
        (
            "The two sides would meet again in May, Keller said.",
            "The two sides would meet again in May",
        ),
        (
            "She suggested the two sides would meet again in May.",
            "the two sides would meet again in May",
        ),
        ("Keller said on Tuesday that talks resumed.", "talks resumed"),
        (
            "Keller has said repeatedly that the two sides would meet again in May.",
            "the two sides would meet again in May",
        ),
        (
            "According to Keller, the foreign minister, the two sides would meet again in May.",
            "the two sides would meet again in May",
        ),
        (
            "According to Keller, the talks, which began in April, would resume in May.",
            "the talks, which began in April, would resume in May",
        ),
    ],
)
def test_indirect_speech(paragraph, text):
    quote = only(INTRO, paragraph)
    assert quote.kind == "indirect"
    assert quote.text == text
    assert quote.speaker == "Anna Keller"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Keller declined to say when the two sides would meet again.",
        "Keller refused to discuss the timeline of the talks.",
        "Keller said nothing.",
        "Keller said that was fine.",
        "Keller asked to see the draft before the meeting.",
    ],
)
def test_not_reported_speech(paragraph):
    assert quotes_of(INTRO, paragraph) == ()


# --- organisations and unnamed speakers ---------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "description"),
    [
        ("“The talks are over,” an official said.", "an official"),
        ("“The talks are over,” the Kremlin said in a statement.", "the Kremlin"),
        ("“The talks are over,” said a senior diplomat.", "a senior diplomat"),
        ("The talks are over for this year, officials said.", "officials"),
        ("Sources said the talks were over for this year.", "Sources"),
    ],
)
def test_unnamed_speakers_keep_a_description(paragraph, description):
    quote = only(paragraph)
    assert quote.speaker is None
    assert quote.speaker_description == description


@pytest.mark.parametrize(
    ("paragraph", "description"),
    [
        (
            "The defense ministry a day earlier said it had destroyed 94 drones.",
            "The defense ministry",
        ),
        ("Police on Monday said the suspect had fled the scene at dawn.", "Police"),
        ("Officials last week said the bridge would stay closed for a month.", "Officials"),
    ],
)
def test_time_phrases_are_not_part_of_the_description(paragraph, description):
    quote = only(paragraph)
    assert quote.speaker is None
    assert quote.speaker_description == description


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Sanctions will stay, said council director Ivan Petrov.",
            "“We should not expect quick results,” the expert said.",
        ),
        (
            "Anna Berg, chief executive of Redex, has run the firm for years.",
            "“Tariffs are all anyone talks about,” said the chief executive of Redex.",
        ),
        (INTRO, "“We will sign the plan this week,” the minister said."),
    ],
)
def test_a_definite_description_points_back_at_the_person_just_named(paragraphs):
    quote = quotes_of(*paragraphs)[-1]
    assert quote.speaker == extract_people(paragraphs)[0].name


@pytest.mark.parametrize(
    "paragraphs",
    [
        # The nearest person holds another title: the spokesman is someone not named.
        ("President Tom Lund met the press.", "“We will not sign,” the spokesman said."),
        # Named only as an object: not the one the description picks up.
        ("Reporters asked about Tom Lund.", "“We will not sign,” the spokesman said."),
        # Named without a title: "the Indiana governor" may be someone not named at all.
        ("Reporters met Tom Lund.", "“We will not sign,” the Indiana governor said."),
        # Too far back.
        (INTRO, "The talks went on.", "Nothing moved.", "“We will not sign,” the expert said."),
    ],
)
def test_a_definite_description_without_its_person_stays_a_description(paragraphs):
    quote = quotes_of(*paragraphs)[-1]
    assert quote.speaker is None
    assert quote.speaker_description.startswith("the ")


def test_trailing_attribution_with_a_long_appositive():
    quote = only(
        INTRO,
        "The two sides would meet again in May, Keller, the foreign minister and former "
        "head of the Liberal Party, a group banned in 2020, has said.",
    )
    assert (quote.kind, quote.text, quote.speaker) == (
        "indirect",
        "The two sides would meet again in May",
        "Anna Keller",
    )


@pytest.mark.parametrize("verb", ["pointed out", "underlined", "clarified", "cautioned"])
def test_more_reporting_verbs(verb):
    quote = only(INTRO, f"Keller {verb} that the two sides would meet again in May.")
    assert quote.text == "the two sides would meet again in May"
    assert quote.speaker == "Anna Keller"


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        (
            "Keller told reporters she had already discussed the plan with Oslo.",
            "she had already discussed the plan with Oslo",
        ),
        (
            "Speaking in Bergen, Keller told reporters the talks had stalled.",
            "the talks had stalled",
        ),
        (
            "Keller told the Bergen Post news website the law would have to change.",
            "the law would have to change",
        ),
        ("Keller questioned how the truce would be monitored.", "how the truce would be monitored"),
        (
            "Keller asked whether the talks would resume in May.",
            "whether the talks would resume in May",
        ),
        (
            "Keller confirmed to reporters that the two sides would meet again in May.",
            "the two sides would meet again in May",
        ),
        (
            "Keller did say the two sides would meet again in May.",
            "the two sides would meet again in May",
        ),
        (
            "Keller projects the harvest could drop to nine million tonnes this year.",
            "the harvest could drop to nine million tonnes this year",
        ),
        (
            "Keller went on to confirm the envoy was linked to the ministry.",
            "the envoy was linked to the ministry",
        ),
        (
            "Keller said in order to finish the bill, leaders would have to meet on Tuesday.",
            "in order to finish the bill, leaders would have to meet on Tuesday",
        ),
        (
            "The envoy may have been recalled out of fear of a leak, Keller opined.",
            "The envoy may have been recalled out of fear of a leak",
        ),
    ],
)
def test_reported_clauses_without_that(paragraph, text):
    quote = only(INTRO, paragraph)
    assert (quote.kind, quote.text, quote.speaker) == ("indirect", text, "Anna Keller")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Keller told him to leave the room at once.",
        "Keller told the Post about the plan for the talks.",
        "Keller asked for a delay in the talks.",
    ],
)
def test_told_and_asked_without_a_clause_are_not_reported_speech(paragraph):
    assert quotes_of(INTRO, paragraph) == ()


@pytest.mark.parametrize(
    ("paragraph", "text", "description"),
    [
        (
            "Norway's Ministry of Defence, meanwhile, said its air defences shot down six drones.",
            "its air defences shot down six drones",
            "Norway's Ministry of Defence",
        ),
        (
            "Brussels erred by appointing a new envoy, the Intelligence Service (NIS) said.",
            "Brussels erred by appointing a new envoy",
            "the Intelligence Service",
        ),
        (
            "Opponents point out this is meaningless because nothing changed.",
            "this is meaningless because nothing changed",
            "Opponents",
        ),
    ],
)
def test_bodies_with_asides_and_abbreviations(paragraph, text, description):
    quote = only(paragraph)
    assert (quote.text, quote.speaker, quote.speaker_description) == (text, None, description)


def test_the_nationality_and_title_description_finds_its_person():
    found = quotes_of(
        "Norwegian Prime Minister Anna Keller met Swedish President Ola Berg in Oslo.",
        "“We are in control,” the Norwegian leader said.",
        "The Swedish president said his country was willing to keep working with partners.",
    )
    assert [q.speaker for q in found] == ["Anna Keller", "Ola Berg"]


@pytest.mark.parametrize("verb", ["questioned", "answered", "began"])
def test_more_direct_quote_verbs(verb):
    quote = only(INTRO, f"“Will they leave without a fight?” Keller {verb}.")
    assert quote.speaker == "Anna Keller"


def test_inverted_speaker_with_a_long_title():
    quote = quotes_of(
        "The vote was “contrary to our support of democracy”, said former Speaker of the "
        "House of Representatives Nancy Pelosi."
    )[0]
    assert quote.speaker == "Nancy Pelosi"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Keller stressed the need to rebuild the navy before the winter.",
        "Keller recalled the tense moments before the hostages were freed.",
        "Keller emphasized Oslo's long tradition of neutrality in the conflict.",
        "The mission comes amid reports that Oslo sent more troops to the border.",
        "It is believed that each side holds thousands of prisoners of war.",
        "Recent EU data shows that Norway ranks third in the bloc for power prices.",
        "A Bergen Post poll released Friday showed that 48 percent blamed the government.",
        "Prices rose 7 percent, according to the institute's latest study of the market.",
        "During her two decades with the broadcaster, Keller has reported across Europe.",
        "Troops retreated from the town in January, when Norwegian forces claimed control.",
    ],
)
def test_objects_nouns_and_openers_are_not_reported_speech(paragraph):
    assert quotes_of(INTRO, paragraph) == ()


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        (
            "Keller stressed the talks had reached a dead end after the vote.",
            "the talks had reached a dead end after the vote",
        ),
        (
            "A price cap would be costly for taxpayers, Keller added.",
            "A price cap would be costly for taxpayers",
        ),
        (
            "For the moment the offensive has been contained, Keller added.",
            "For the moment the offensive has been contained",
        ),
        (
            "Oslo media reported that Keller's plane had left the capital.",
            "Keller's plane had left the capital",
        ),
    ],
)
def test_reported_speech_that_looks_like_the_cases_above(paragraph, text):
    found = [q for q in quotes_of(INTRO, paragraph) if q.kind == "indirect"]
    assert [q.text for q in found] == [text]


def test_some_and_many_are_speakers():
    quote = only("Many claimed that the envoy had drafted the law on protests.")
    assert (quote.text, quote.speaker_description) == (
        "the envoy had drafted the law on protests",
        "Many",
    )


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # "he’s insisted": a contracted auxiliary after the pronoun.
        (("Tom Lund rarely criticizes Berg, and he’s insisted that the talks should go on.",),
         "Tom Lund"),
        # "the Russian leader" is the one whose role is Russia's top title, not its minister.
        (("Russian President Tom Lund met Russian Foreign Minister Ola Berg in Oslo.",
          "The Russian leader said that the talks lacked legitimacy in every respect."),
         "Tom Lund"),
        # "the second official": someone new, not the person just named.
        (("Foreign Minister Tom Lund spoke on Monday. “Without the deal, our economy cannot "
          "recover,” said the second official, who asked not to be identified.",), None),
        # "the diplomat": the person last in subject position, not one named as an object.
        (("Ambassador Tom Lund spoke about the killing. Lund told TASS that nobody else had an "
          "interest in keeping Ola Berg quiet. “What Berg knew could have been damning,” the "
          "diplomat said.",), "Tom Lund"),
        # A quote paragraph after "X said that Y had ...": X spoke, not Y.
        (("At a meeting with Ola Berg, Tom Lund said that Per Dahl had released “a promising "
          "statement, but it was not complete”.",
          "“Now we are going to see whether or not they are there.”"), "Tom Lund"),
        # "as Lund threatened Berg, telling him:": the participle's subject is Lund.
        (("A meeting between President Tom Lund and his counterpart Ola Berg turned into a "
          "shouting match, as Lund threatened Berg, telling him: “Make a deal or we are out.”",),
         "Tom Lund"),
        # "Ambassador to Israel Mark Berg also rejected the claim. ... he said": Berg.
        (("“Their reporting is fake,” said President Tom Lund.",
          "Separately, U.S. Ambassador to Israel Mark Berg also rejected the claim. In an "
          "interview with a newspaper, he said, “Their reporting is nonsense.”"), "Mark Berg"),
        # "Lund and Norway's defence ministry said": the person named first.
        (("Tom Lund and Norway's defence ministry said each side brought home 307 soldiers.",),
         "Tom Lund"),
    ],
)  # fmt: skip
def test_speakers_in_harder_contexts(paragraphs, speaker):
    assert quotes_of(*paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("paragraphs", "text", "speaker"),
    [
        # A participle after the quote's attribution reports more of the same speaker.
        (("Analyst Mikhail Komin spoke to the paper.",
          "“The Kremlin wants a neutral Oslo,” Komin said, adding that this was working."),
         "this was working", "Mikhail Komin"),
        (("Analyst Anna Berg spoke to the paper.",
          "“Putin is certain of it,” Berg predicted, saying she saw little chance of peace."),
         "she saw little chance of peace", "Anna Berg"),
        # A surname ending in "to" is no "declined to say".
        (("Iryna Mylto waited outside the hospital.",
          "Mylto said she struggles to think what he has been through."),
         "she struggles to think what he has been through", "Iryna Mylto"),
        # A given name alone, when the story calls people by it.
        (("Sergei and Tatyana Voronkov decided to leave the country.",
          "Sergei says he was taken to an abandoned house and kept in a pit."),
         "he was taken to an abandoned house and kept in a pit", "Sergei Voronkov"),
        (("Analyst Anna Berg spoke to the paper.",
          "She continued that this did not bode well for Kyiv and its allies."),
         "this did not bode well for Kyiv and its allies", "Anna Berg"),
        (("Analyst Anna Berg spoke to the paper.",
          "Berg sees the deal as a guarantee, arguing it would deter another invasion."),
         "it would deter another invasion", "Anna Berg"),
    ],
)  # fmt: skip
def test_more_reported_clauses(paragraphs, text, speaker):
    found = [q for q in quotes_of(*paragraphs) if q.kind == "indirect"]
    assert [(q.text, q.speaker) for q in found] == [(text, speaker)]


@pytest.mark.parametrize(
    ("paragraph", "text", "description"),
    [
        ("He had no criminal record and no history of mental illness, police said.",
         "He had no criminal record and no history of mental illness", "police"),
        ("Some residents carried guns and said volunteers were guarding the houses.",
         "volunteers were guarding the houses", "Some residents"),
        ("By the end of June, Daco estimates the economy will be 12% smaller.",
         "the economy will be 12% smaller", "Daco"),
    ],
)  # fmt: skip
def test_collective_coordinated_and_bare_clause_speakers(paragraph, text, description):
    quote = only(paragraph)
    assert (quote.text, quote.speaker_description) == (text, description)


@pytest.mark.parametrize(
    ("paragraphs", "text"),
    [
        (("Sheriff Tom Lund told reporters he found it hard to believe that one man did it.",),
         "he found it hard to believe that one man did it"),
        (("Tom Lund visited the site on Monday and said the damage was worse than expected.",),
         "the damage was worse than expected"),
        (("Analyst Tom Lund spoke.", "But he acknowledged there’s real uncertainty in that outlook."),
         "there’s real uncertainty in that outlook"),
        # A reported clause beside a quote elsewhere in the sentence.
        (("Tom Lund, who was once called “the fixer,” said on Monday that the deal was dead.",),
         "the deal was dead"),
    ],
)  # fmt: skip
def test_reported_clauses_with_their_own_verbs(paragraphs, text):
    found = [q for q in quotes_of(*paragraphs) if q.kind == "indirect"]
    assert [(q.text, q.speaker) for q in found] == [(text, "Tom Lund")]


def test_a_participle_that_opens_a_quote_is_not_a_second_quote():
    found = quotes_of(INTRO, "“We are ready,” Keller said, adding: “We will go.”")
    assert [(q.kind, q.text) for q in found] == [
        ("direct", "We are ready,"),
        ("direct", "We will go."),
    ]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A relative or a spokesperson "of/for" a named person speaks, not that person.
        (("The brother-in-law of Tom Lund said the family was “delighted” with the video.",),
         None),
        # The paragraph before a floating quote: its subject, not the last name in it.
        (("“We want the truth,” said lawyer Anna Berg.",
          "Berg also looked at the time between when Tom Lund left the car and the shot.",
          "“That is the most important question of all.”"), "Anna Berg"),
        # "footage of X asking": X still speaks; only relatives and representatives do not.
        (("The ad uses footage of Tom Lund asking, “Why aren’t I 50 points ahead?”",),
         "Tom Lund"),
        # An outlet that relays a named speaker's words does not replace the speaker.
        (("But Anna Berg said the strike was “out of the question,” Reuters reports.",),
         "Anna Berg"),
        (("Foreign Minister Anna Berg called the strike a “planned provocation,” the AP "
          "reports.",), "Anna Berg"),
        # "the Florida Republican", "the host": a description for the person just named.
        (("Sen. Anna Berg told the paper the bill would pass.",
          "“I cannot recall the last time we agreed,” the Florida Republican said."),
         "Anna Berg"),
        # A long channel after the verb still joins the two parts of one quote.
        (("“Hope is outstanding,” Anna Berg said in a statement provided by the White House. "
          "“She is as smart as they come.”",), "Anna Berg"),
    ],
)  # fmt: skip
def test_speakers_of_relatives_outlets_and_descriptions(paragraphs, speaker):
    assert quotes_of(*paragraphs)[-1].speaker == speaker


def test_two_quotes_with_their_own_attributions_stay_two():
    found = quotes_of(
        INTRO, "“It went very well,” Keller posted on X. “Talks will start at once,” she wrote."
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("It went very well,", "Anna Keller"),
        ("Talks will start at once,", "Anna Keller"),
    ]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A subordinate clause after the quote is not its attribution.
        (("Tom Lund lashed out at Ola Berg on Sunday.",
          "He said he was “angry, pissed off” that Berg questioned the plan."), "Tom Lund"),
        # The participle hangs on the person right before it, not the verb of another clause.
        (("President Ola Berg urged Lund to act, while Prime Minister Anna Keller, claiming "
          "that the time for talks was over, called for “increased sanctions” on Oslo.",),
         "Anna Keller"),
        (("“This memorandum is just a declaration of intent,” criticized Anna Keller.",),
         "Anna Keller"),
        (("Tom Lund and his ally Ola Berg, who was born in Oslo, claimed the deal was dead.",),
         "Tom Lund"),
        (("“The Oval Office is a tricky place to be,” Anna Keller, a researcher at the "
          "University of Bergen told the paper.",), "Anna Keller"),
    ],
)  # fmt: skip
def test_speakers_across_clauses(paragraphs, speaker):
    assert quotes_of(*paragraphs)[0 if len(paragraphs) == 1 else -1].speaker == speaker


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        # A verb inside the reported clause is not a main verb that outranks this one.
        ("The news came a day after Keller acknowledged to a Senate panel that she told "
         "reporters nothing.", "she told reporters nothing"),
        ("Keller has signaled they want to delay the vote until after the holidays.",
         "they want to delay the vote until after the holidays"),
    ],
)  # fmt: skip
def test_reported_clauses_after_subordinators_and_signals(paragraph, text):
    found = [q for q in quotes_of(INTRO, paragraph) if q.kind == "indirect"]
    assert [(q.text, q.speaker) for q in found] == [(text, "Anna Keller")]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (INTRO, "It was then revealed that Keller had drafted the first response."),
        (INTRO, "Everyone fears that the talks could collapse at any moment."),
        (INTRO, "Did Keller never think that visiting the schools might be a good idea?"),
        (INTRO, "Half of all voters say they lost hours at work, according to a new poll."),
        (INTRO, "“We had no choice,” Keller said, responding to Dahl, on Tuesday."),
    ],
)
def test_no_reported_speech_in_findings_questions_and_impersonal_sentences(paragraphs):
    assert [q for q in quotes_of(*paragraphs) if q.kind == "indirect"] == []


def test_a_participle_after_a_split_attribution_is_the_reporters():
    quote = only(
        INTRO,
        "The leader is set for a tightrope walk in Oslo, Keller added, recalling the last "
        "shouting match.",
    )
    assert (quote.text, quote.speaker) == (
        "The leader is set for a tightrope walk in Oslo",
        "Anna Keller",
    )


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker", "description"),
    [
        ("Oslo media reported the victim had dropped off his children before he was killed.",
         "the victim had dropped off his children before he was killed", None, "Oslo media"),
        ("Prime Minister Tom Lund, condemned the execution, but said that the attacks had "
         "damaged Norway's reputation.", "the attacks had damaged Norway's reputation",
         "Tom Lund", None),
        ("Kurdish forces want a region of their own, a goal that few support, notes Tom Lund, "
         "an analyst.", "Kurdish forces want a region of their own, a goal that few support",
         "Tom Lund", None),
        ("Chancellor Tom Lund has in the past said he favors sending missiles to Kyiv.",
         "he favors sending missiles to Kyiv", "Tom Lund", None),
        ("French officials say about 17,379 people were stopped at the border last year.",
         "about 17,379 people were stopped at the border last year", None, "French officials"),
        ("A federal judge ruled Friday that Tom Lund must answer written questions.",
         "Tom Lund must answer written questions", None, "A federal judge"),
    ],
)  # fmt: skip
def test_more_reporting_constructions(paragraph, text, speaker, description):
    found = [q for q in quotes_of(paragraph) if q.kind == "indirect"]
    assert [(q.text, q.speaker, q.speaker_description) for q in found] == [
        (text, speaker, description)
    ]


def test_but_added_that_ends_the_first_clause():
    found = quotes_of(
        "President Tom Lund said Berg knows he is angry with him, but added that he had “a "
        "very good relationship” with him."
    )
    assert "Berg knows he is angry with him" in [q.text for q in found]


def test_an_object_with_a_later_verb_is_no_clause():
    assert quotes_of(INTRO, "Keller reiterated her anger toward Oslo but softened her tone.") == ()


def test_a_reported_clause_that_is_mostly_quote_is_the_partial_only():
    found = quotes_of(INTRO, "Keller said the plan was “a serious step toward a lasting peace”.")
    assert [(q.kind, q.text) for q in found] == [
        ("partial", "a serious step toward a lasting peace")
    ]


def test_a_reported_clause_with_a_short_quote_keeps_both():
    found = quotes_of(
        INTRO, "Keller said members of her cabinet were on the way to Oslo “as we speak”."
    )
    assert sorted((q.kind, q.text) for q in found) == [
        ("indirect", "members of her cabinet were on the way to Oslo “as we speak”"),
        ("partial", "as we speak"),
    ]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # The person named behind a title after "called out" is the object, not the speaker.
        (("In a post, Tom Lund first called out Prime Minister Ola Berg, saying the leader "
          "“has gone absolutely crazy.”",), "Tom Lund"),
        (("Tom Lund then pivoted to slam Ola Berg, declaring, “Everything he says causes "
          "problems.”",), "Tom Lund"),
        (("Here is how Anna Keller put it in a magazine: “Since the election, the press has "
          "changed.”",), "Anna Keller"),
        # A possessive right before the pronoun in the same sentence is its antecedent.
        (("Minister Ola Berg criticised the plan.",
          "During Tom Lund's announcement on Friday, he said the order was needed “because of "
          "an invasion of our country.”"), "Tom Lund"),
        (("“Today the grassroots won,” Amy Kremer of the national Tea Party Express group "
          "said.",), "Amy Kremer"),
        (("Tom Lund’s special envoy for the region, Mark Berg, called the strikes a “clear "
          "violation of the protocols.”",), "Mark Berg"),
    ],
)  # fmt: skip
def test_speakers_behind_titles_possessives_and_participles(paragraphs, speaker):
    found = quotes_of(*paragraphs)
    assert found and found[-1].speaker == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A dash after a quote that does not open with a name is the reporter's comment.
        (("Prime Minister Tom Lund said the plan will hold “so long as the law is properly "
          "administered” — a challenge aimed straight at Mr. Berg.",), "Tom Lund"),
        # "South Africa's leader" is the one whose role is the country's top title.
        (("South African President Tom Lund met Foreign Minister Ola Berg.",
          "Before the meeting, South Africa's leader had stressed that trade was his priority."),
         "Tom Lund"),
        # A title-only description for a person given no title.
        (("Anna Berg has attended the fair for years. This year, “tariffs are all anyone "
          "talks about,” said the chief executive of the firm.",), "Anna Berg"),
        # The participle does not hang on a name that is an object ("the name of ...").
        (("Tom Lund spoke at the meeting. He invoked the name of anti-apartheid icon Nelson "
          "Mandela, saying the country remained committed to reconciliation.",), "Tom Lund"),
        (("Mr. Tom Lund took a victory lap, saying his law had reset the terms of the "
          "debate.",), "Tom Lund"),
    ],
)  # fmt: skip
def test_speakers_after_dashes_nations_titles_and_participles(paragraphs, speaker):
    found = quotes_of(*paragraphs)
    assert found and found[-1].speaker == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # The last speaker, given no title, is "the Kremlin spokesman" who goes on.
        (("“We are working on some ideas,” Dmitry Lund said in a call with reporters.",
          "“There is nothing concrete yet,” the Kremlin spokesman said."), "Dmitry Lund"),
        # Someone with another title in between is passed over for the one with this title.
        (("Kremlin spokesman Dmitry Lund spoke on Monday.",
          "He did not address the criticism of President Ola Berg. But the spokesman said that "
          "Berg “remains open to contacts” with Oslo."), "Dmitry Lund"),
        # No role names the nation: the title alone decides.
        (("Chancellor Friedrich Lund spoke in Berlin.",
          "The German chancellor said on Monday that the limits on arms would be lifted."),
         "Friedrich Lund"),
    ],
)  # fmt: skip
def test_descriptions_after_speakers_and_other_titles(paragraphs, speaker):
    assert quotes_of(*paragraphs)[-1].speaker == speaker


def test_an_accusation_is_reported_speech_with_its_target():
    quote = only(
        INTRO, "On Sunday, Keller accused the envoy of attempting to back out of the deal."
    )
    assert (quote.kind, quote.text, quote.speaker) == (
        "indirect",
        "the envoy of attempting to back out of the deal",
        "Anna Keller",
    )


@pytest.mark.parametrize(
    "paragraph", ["Keller was accused of fraud by prosecutors.", "Critics accused her."]
)
def test_a_passive_or_bare_accusation_is_not(paragraph):
    assert [q for q in quotes_of(INTRO, paragraph) if q.kind == "indirect"] == []


def test_a_colon_before_a_quote_ends_the_reported_clause():
    found = quotes_of(
        INTRO,
        "Keller warns that lowering prices could backfire: “If power is short, prices rise.”",
    )
    assert sorted((q.kind, q.text) for q in found) == [
        ("direct", "If power is short, prices rise."),
        ("indirect", "lowering prices could backfire"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "text", "description"),
    [
        ("This is the third such video this month, at a time when Norway says it is being "
         "targeted by a disinformation campaign.",
         "it is being targeted by a disinformation campaign", "Norway"),
        ("These sites told customers their parcels would arrive in time for the holiday.",
         "their parcels would arrive in time for the holiday", "These sites"),
    ],
)  # fmt: skip
def test_subjects_after_when_and_plural_objects_of_told(paragraph, text, description):
    found = [q for q in quotes_of(paragraph) if q.kind == "indirect"]
    assert [(q.text, q.speaker_description) for q in found] == [(text, description)]


def test_told_people_to_do_something_is_not_reported_speech():
    assert quotes_of(INTRO, "Keller told voters to stay home on Sunday.") == ()


@pytest.mark.parametrize(
    ("paragraphs", "text", "speaker", "description"),
    [
        (("Norway’s General Staff denounced the “deliberate, targeted shelling” of a hospital.",),
         "deliberate, targeted shelling", None, "Norway’s General Staff"),
        (("The ministry has described the visit as a chance to be “reliable” partners.",),
         "reliable", None, "The ministry"),
        (("Tom Lund spoke in Berlin.", "However, when asked about the talks, he referred to the "
          "pope as “the last earthly authority.”"), "the last earthly authority", "Tom Lund", None),
    ],
)  # fmt: skip
def test_short_partial_quotes_of_bodies_and_pronouns(paragraphs, text, speaker, description):
    quote = quotes_of(*paragraphs)[-1]
    assert (quote.text, quote.speaker, quote.speaker_description) == (text, speaker, description)


def test_a_state_is_no_nation():
    found = quotes_of(
        "President Tom Lund of India met the press.",
        "“We will not sign,” the Indiana governor said.",
    )
    assert (found[-1].speaker, found[-1].speaker_description) == (None, "the Indiana governor")


@pytest.mark.parametrize(
    ("paragraphs", "description"),
    [
        (("Australian Prime Minister Tom Lund met reporters.",
          "“We support the talks,” the Austrian leader said."), "the Austrian leader"),
        (("South Korean President Tom Lund met reporters.",
          "“We will respond,” the North Korean leader said."), "the North Korean leader"),
    ],
)  # fmt: skip
def test_nations_that_start_alike_or_share_a_name_stay_apart(paragraphs, description):
    quote = quotes_of(*paragraphs)[-1]
    assert (quote.speaker, quote.speaker_description) == (None, description)


def test_no_reported_clause_is_glued_to_a_quote():
    found = quotes_of(
        "Mark Keller is a senator. During a speech in Ohio on Monday, Keller attacked Anna "
        "Berg for her record on trade, saying, “She is reckless and very unstable.”"
    )
    assert all("“" not in q.text and "”" not in q.text for q in found)
    assert [q.kind for q in found] == ["direct"]


def test_a_participle_tail_keeps_the_whole_sentence():
    found = quotes_of(
        INTRO, "“We will go. Now is the time,” Keller said, adding that the plan was good."
    )
    tail = next(q for q in found if q.kind == "indirect")
    assert tail.sentence.startswith("“We will go.")


def test_a_body_as_the_subject_of_a_participle():
    found = quotes_of(
        "Tom Lund spoke on Monday.",
        "The Kremlin later played down Lund's comments, saying everyone was under strain.",
    )
    assert [(q.text, q.speaker, q.speaker_description) for q in found] == [
        ("everyone was under strain", None, "The Kremlin")
    ]


def test_a_relative_keeps_the_description():
    quote = quotes_of("The brother-in-law of Tom Lund said the family was “delighted”.")[0]
    assert quote.speaker_description == "The brother-in-law of Tom Lund"


def test_quotes_in_pasted_text_that_lost_its_spaces():
    found = quotes_of(
        "Analyst Anna Berg spoke to the paper.",
        "The server was wiped.Berg thinks the team acted in a “reckless” manner."
        "“Nobody knows what it takes,” Berg said.",
    )
    assert {(q.kind, q.text, q.speaker) for q in found} == {
        ("partial", "reckless", "Anna Berg"),
        ("direct", "Nobody knows what it takes,", "Anna Berg"),
    }


# --- marks --------------------------------------------------------------------------------------


def test_nested_quotes_stay_inside_the_outer_quote():
    quote = only(INTRO, "“They told us ‘no deal’ and left the room,” Keller said.")
    assert quote.text == "They told us ‘no deal’ and left the room,"


def test_straight_nested_in_curly():
    quote = only(INTRO, '“They told us "no deal" and left the room,” Keller said.')
    assert quote.text == 'They told us "no deal" and left the room,'


def test_straight_quote_nested_in_straight_quote_stays_inside():
    quote = only(INTRO, '"Do not fall into the council "trap" of empty promises," Keller wrote.')
    assert quote.text == 'Do not fall into the council "trap" of empty promises,'
    assert quote.speaker == "Anna Keller"


def test_unclosed_straight_quote_does_not_swallow_the_quotes_after_it():
    # A pasted transcript cut ("[...]") leaves a quote open; the next straight mark that opens
    # a sentence starts a new quote instead of nesting in the open one.
    found = spoken(
        INTRO,
        '"It never stopped. [...] The review ended in May. Keller writes: "Their attacks '
        'did lasting damage to the whole campaign." Tom Lund asked: "Why did you say it?" '
        '"Well, I thought the plan was wrong," Keller said.',
    )
    assert ("Their attacks did lasting damage to the whole campaign.", "Anna Keller") in found
    assert ("Why did you say it?", "Tom Lund") in found
    assert ("Well, I thought the plan was wrong,", "Anna Keller") in found


def test_straight_closing_mark_without_its_space_closes():
    quote = only(INTRO, '"More families will be hurt by the cuts,"Keller said on Monday.')
    assert quote.text == "More families will be hurt by the cuts,"
    assert quote.speaker == "Anna Keller"


def test_doubled_apostrophes_are_quote_marks():
    quote = only(INTRO, "''We will sign the plan this week,'' Keller said.")
    assert quote.text == "We will sign the plan this week,"
    assert quote.speaker == "Anna Keller"


def test_unbalanced_mark_runs_to_the_end_of_the_paragraph():
    quote = only(INTRO, "Keller said: “We will sign the plan this week and go home")
    assert quote.text == "We will sign the plan this week and go home"


def test_stray_closing_mark_is_ignored():
    assert quotes_of("The talks ended.” Nothing else happened.") == ()


@pytest.mark.parametrize("text", ["", "“", "”", "“”", '""', "“ ”", "''", "“““", "”””"])
def test_only_marks(text):
    assert quotes_of(text) == ()


def test_no_people_still_finds_quotes():
    found = extract_quotes(("“We will sign the plan this week,” the minister said.",), ())
    assert found[0].speaker is None
    assert found[0].speaker_description == "the minister"


def test_curly_marks_facing_the_wrong_way():
    quote = only(INTRO, "”We will sign the plan this week.” ― Anna Keller")
    assert quote.text == "We will sign the plan this week."
    assert quote.speaker == "Anna Keller"


@pytest.mark.parametrize(
    "paragraph",
    [
        "The two sides would meet again in May, Keller was quoted as saying.",
        "- The two sides would meet again in May, Keller said.",
    ],
)
def test_passive_attribution_and_bullets(paragraph):
    quote = only(INTRO, paragraph)
    assert quote.text == "The two sides would meet again in May"
    assert quote.speaker == "Anna Keller"


# --- reported clauses: where they start and stop, and who speaks ---------------------------------


@pytest.mark.parametrize(
    ("paragraph", "texts"),
    [
        # A subordinate clause before the main one is not the attribution.
        (
            "Back when she wrote her memoir, Keller said that she considered debt a last resort.",
            ["she considered debt a last resort"],
        ),
        # A second attribution inside the clause starts a second quote.
        (
            "Keller agreed that the rules should change, but she said that the vote should wait.",
            ["the rules should change", "the vote should wait"],
        ),
        (
            "Keller said the talks went well, adding that the two sides would meet again in May.",
            ["the talks went well", "the two sides would meet again in May"],
        ),
        # "X, who ..., said": a long appositive between the subject and the verb.
        (
            "Keller, a former adviser to the cabinet on energy and budget questions and a lecturer "
            "at a law school in Bergen, said the plan was sound and fair.",
            ["the plan was sound and fair"],
        ),
        # ", said she cannot ...": the verb leads the clause, it is not an inverted attribution.
        (
            "The minister, Anna Keller, said she cannot comment on the letter because she has "
            "not seen it.",
            ["she cannot comment on the letter because she has not seen it"],
        ),
        (
            "Keller unleashed a series of posts saying that her rival had shown bad judgment.",
            ["her rival had shown bad judgment"],
        ),
        (
            "Keller is telling a veterans group that the army is short of soldiers.",
            ["the army is short of soldiers"],
        ),
    ],
)
def test_reported_clause_boundaries(paragraph, texts):
    found = quotes_of(INTRO, paragraph)
    assert [q.text for q in found] == texts
    assert {q.speaker for q in found} == {"Anna Keller"}


@pytest.mark.parametrize(
    ("paragraph", "text", "description"),
    [
        (
            "Supporters wanted the council to act, although they say they back some changes.",
            "they back some changes",
            "they",
        ),
        (
            "The Water Board, the agency that runs the dams, said it was taking extra steps.",
            "it was taking extra steps",
            "The Water Board",
        ),
        (
            "The White House is saying that the figures show the need for reform.",
            "the figures show the need for reform",
            "The White House",
        ),
        (
            "The vote came late on Friday: Republicans said they were sure the count was wrong.",
            "they were sure the count was wrong",
            "Republicans",
        ),
    ],
)
def test_groups_and_organisations_as_speakers(paragraph, text, description):
    quote = only(paragraph)
    assert quote.text == text
    assert quote.speaker is None
    assert quote.speaker_description == description


def test_adding_that_after_a_direct_quote_is_a_second_quote():
    found = quotes_of(INTRO, "“We will sign,” she said, adding that “the rest can wait a year.”")
    assert [(q.kind, q.text) for q in found] == [
        ("direct", "We will sign,"),
        ("partial", "the rest can wait a year"),
    ]
    assert {q.speaker for q in found} == {"Anna Keller"}


def test_block_of_straight_quoted_paragraphs_does_not_swallow_a_curly_quote():
    found = quotes_of(
        INTRO,
        '"The first time she saw the crowd, she was only beginning to understand it.',
        "“It never crossed my mind that we would lose,” Keller said after the vote.",
    )
    assert found[-1].text == "It never crossed my mind that we would lose,"
    assert found[-1].speaker == "Anna Keller"


def test_said_via_email_that_quote():
    found = quotes_of(INTRO, "Keller said via email that, “Of course we will defend the plan.”")
    assert [q.text for q in found] == ["Of course we will defend the plan."]
    assert found[0].speaker == "Anna Keller"


def test_quote_then_speaker_with_a_long_appositive():
    quote = only(
        INTRO,
        "“Their strategy is very clear,” Michael Varga, a senior fellow at the Hoover "
        "Institution and a former ambassador to Norway, said of the channel.",
    )
    assert quote.speaker == "Michael Varga"


@pytest.mark.parametrize(
    ("paragraphs", "description"),
    [
        (("“The mayor has done a fine job in a hard year,” the article read.",), "the article"),
        (("The ministry met on Monday.", "“We will review the plan in May,” it added."), "it"),
        (("The ministry met on Monday.", "It said the plan would be reviewed in May."), "it"),
    ],
)
def test_documents_and_bodies_as_speakers(paragraphs, description):
    quote = quotes_of(*paragraphs)[-1]
    assert quote.speaker is None
    assert quote.speaker_description == description


def test_second_speaker_named_by_a_plain_noun_phrase():
    found = quotes_of(
        INTRO,
        "Keller stressed that the reforms were not complete, and human rights groups warned "
        "that the army still held power.",
    )
    assert [(q.text, q.speaker, q.speaker_description) for q in found] == [
        ("the reforms were not complete", "Anna Keller", None),
        ("the army still held power", None, "human rights groups"),
    ]


def test_inverted_speaker_after_a_plain_description():
    quote = only(INTRO, "“The plan does not hold,” said longtime adviser Karl Brenner.")
    assert quote.speaker == "Karl Brenner"


def test_pronoun_follows_the_text_when_the_first_name_lexicon_disagrees():
    # "Terry" reads as male to the name lexicon; the text says "she".
    found = quotes_of(
        "President Karl Brenner vetoed the bill on Friday.",
        "“The reasons do not hold. They are wrong,” said widow Terry Strada.",
        "She continued, “All we are asking for is a hearing.”",
        "“Nobody should make us wait another day,” she said.",
    )
    assert [q.speaker for q in found] == ["Terry Strada"] * 3


def test_transcript_turns_are_direct_quotes_of_the_labelled_speaker():
    found = quotes_of(
        "Host Chris Wallace spoke to Governor Mike Pence on Sunday.",
        '"WALLACE: Will the guest be at the debate tomorrow night, sir?',
        '"PENCE: Well, look, she will not be attending the debate.',
        '"WALLACE: Why not, then?',
        '"PENCE: Because it was a joke, Chris."',
    )
    assert [(q.kind, q.speaker, q.text) for q in found] == [
        ("direct", "Chris Wallace", "Will the guest be at the debate tomorrow night, sir?"),
        ("direct", "Mike Pence", "Well, look, she will not be attending the debate."),
        ("direct", "Chris Wallace", "Why not, then?"),
        ("direct", "Mike Pence", "Because it was a joke, Chris."),
    ]


def test_a_fact_checks_section_labels_are_not_transcript_speakers():
    # "WHAT X SAID:" and "THE FACTS:" open each claim and its check: the quote's own
    # attribution names the speaker, and the check is the reporter's narration
    found = spoken(
        "Governor Tom Lund made several claims about the budget this week.",
        "WHAT LUND SAID: “We have cut taxes every single year,” Lund said in Bergen.",
        "THE FACTS: Taxes rose in two of the last four years, state records show.",
        "WHAT LUND SAID: “The deficit is gone,” Lund told reporters on Tuesday.",
        "THE FACTS: The state still runs a deficit of about 2 percent of its budget.",
    )
    assert found == [
        ("We have cut taxes every single year,", "Tom Lund"),
        ("The deficit is gone,", "Tom Lund"),
    ]


def test_a_single_capitalised_label_is_not_a_transcript():
    found = quotes_of("UPDATE: The minister Anna Keller left Oslo on Monday night.")
    assert found == ()


@pytest.mark.parametrize(
    "paragraph",
    [
        "Many economists believe that the plan will cost jobs.",
        "Analysts expect that the bank will cut rates in May.",
        "Many economists believe the plan.",
        "Keller thinks the plan will cost jobs.",
        "Keller also believes the bank has much to answer for.",
        "The minister hopes the talks will resume in May.",
        "Keller feared the talks would collapse.",
    ],
)
def test_beliefs_and_hopes_are_not_reported_speech(paragraph):
    # the annotation guide: beliefs and perceptions without speech are not quotes
    assert quotes_of(INTRO, paragraph) == ()


def test_an_unnamed_subject_with_a_long_aside_before_said():
    quote = only(
        "The governor, often accused of not acting early enough to prepare the state for the "
        "spread of the flood waters in the spring, said she believed the dam should have been "
        "opened much sooner."
    )
    assert (quote.text, quote.speaker_description) == (
        "she believed the dam should have been opened much sooner",
        "The governor",
    )


def test_a_belief_someone_said_they_hold_is_what_they_said():
    quote = only(INTRO, "Keller said she believed the bank had much to answer for.")
    assert (quote.text, quote.speaker) == (
        "she believed the bank had much to answer for",
        "Anna Keller",
    )


def test_words_around_a_mid_sentence_attribution_are_part_of_the_quote():
    quote = only(INTRO, "Acts of protest, she said, are acts of patriotism in a free country.")
    assert quote.text == "Acts of protest are acts of patriotism in a free country"
    assert quote.speaker == "Anna Keller"


def test_a_mid_sentence_attribution_after_a_colon_splits_only_the_clause_after_it():
    quote = only(INTRO, "Keller wasted no time: the plan, she said, is dead in the water.")
    assert (quote.text, quote.speaker) == ("the plan is dead in the water", "Anna Keller")


SENATOR = "Senator Anna Lund spoke on ABC on Sunday."


@pytest.mark.parametrize(
    "sentence",
    [
        # a man named in a fronted phrase, then "she"
        "Pressed on the budget by host Tom Berg, she conceded that the plan was late.",
        "After a question from Tom Berg, she said that the plan was late.",
        # a woman named after a preposition: the one spoken about
        "About Ann Berg, she said that the plan was late.",
        "Of Ann Berg, she said, “The plan was late.”",
    ],
)
def test_a_pronoun_after_a_name_and_a_comma_is_not_that_name_when_it_cannot_be(sentence):
    (quote,) = quotes_of(SENATOR, sentence)
    assert quote.speaker == "Anna Lund"


@pytest.mark.parametrize(
    "sentence",
    [
        "As for Ann Berg, she said that the plan was late.",
        "The delay worried Ann Berg, she said that week, and the plan was late.",
    ],
)
def test_a_pronoun_after_a_topic_or_object_name_is_that_name(sentence):
    speakers = {q.speaker for q in quotes_of(SENATOR, sentence)}
    assert speakers == {"Ann Berg"}


def test_they_after_a_name_and_a_comma_is_a_group():
    (quote,) = quotes_of(SENATOR, "Tom Berg, they said, would compete for the same voters.")
    assert (quote.speaker, quote.speaker_description) == (None, "they")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sen. Tom Berg, another member of the group, said Republicans appeared ready to deal.",
        "Rep. Tom Berg, R-Kan., who sits on the panel, said the mayor, a lawyer and a banker, "
        "had to know the rules.",
    ],
)
def test_a_name_and_its_appositive_before_said_are_the_subject_not_the_clause(sentence):
    (quote,) = quotes_of(sentence)
    assert quote.speaker == "Tom Berg"
    assert quote.text.startswith(("Republicans appeared", "the mayor, a lawyer and a banker"))


@pytest.mark.parametrize(
    "sentence, description",
    [
        ("Officials reached all known contacts in the city, WHO said.", "WHO"),
        ("Officials reached all known contacts in the city, the WHO said.", "the WHO"),
    ],
)
def test_who_in_capitals_is_the_health_organisation(sentence, description):
    quote = only(sentence)
    assert (quote.text, quote.speaker, quote.speaker_description) == (
        "Officials reached all known contacts in the city",
        None,
        description,
    )


def test_a_second_attribution_after_a_fronted_phrase_ends_the_first_clause():
    found = spoken(
        "Ann Berg has claimed that the report clears her, but in response to a question "
        "from the chair, Tom Hale said the probe was flawed."
    )
    assert found == [("the report clears her", "Ann Berg"), ("the probe was flawed", "Tom Hale")]


def test_a_lead_in_owned_by_a_paper_is_the_papers_not_the_last_person_named():
    found = quotes_of(
        "A new poll has good news for Tom Berg.",
        "The Gazette's take on the race: “Lund has an edge, but turnout could help Berg.”",
    )
    assert [(q.speaker, q.speaker_description) for q in found] == [(None, "The Gazette")]


@pytest.mark.parametrize(
    "sentence, description",
    [
        (
            "Early news reports out of Paris said a passport was found at the site.",
            "Early news reports out of Paris",
        ),
        (
            "Several media reports said the minister would resign within the week.",
            "Several media reports",
        ),
        (
            "The mayor attacked a lengthy report that said he spends four hours a day on golf.",
            "a lengthy report",
        ),
    ],
)
def test_reports_as_subjects_are_sources(sentence, description):
    quote = only(sentence)
    assert (quote.speaker, quote.speaker_description) == (None, description)


def test_a_document_issued_by_a_person_is_that_persons_a_received_one_is_not():
    issued = only("Senator Tom Berg released a statement that read: “The results will echo far.”")
    received = only("Senator Tom Berg received a letter that read: “Your life will be a failure.”")
    assert (issued.speaker, received.speaker, received.speaker_description) == (
        "Tom Berg",
        None,
        "a letter",
    )


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Tom Meadows posted again on Monday.", "His tweet said: “Is our mayor insane?”"),
        (
            "Tom Meadows wrote to the council.",
            "The letter from Meadows said: “Is our mayor insane?”",
        ),
        ("Tom Meadows attacked the network.", "The Meadows tweet read: “Is our mayor insane?”"),
        (
            "Senator Tom Meadows wrote to the mayor.",
            "Meadows' first letter to Anna Lund said the mayor was insane.",
        ),
    ],
)
def test_a_persons_writing_speaks_for_them(paragraphs):
    (quote,) = quotes_of(*paragraphs)
    assert quote.speaker == "Tom Meadows"


def test_a_letter_to_someone_is_not_their_writing():
    quote = only("A letter to Senator Anna Lund said the text was sent on April 12.")
    assert quote.speaker is None


@pytest.mark.parametrize(
    "introduction",
    [
        "“He is not guilty,” said attorney Anna Lund.",
        "“He is not guilty,” said Berg lawyer Anna Lund.",
    ],
)
def test_a_clients_attorney_is_the_lawyer_the_article_names(introduction):
    found = spoken(
        "Tom Berg was charged on Monday.",
        introduction,
        "Berg's attorney said Thursday that the retired general is talking to the committees.",
    )
    assert found[-1] == ("the retired general is talking to the committees", "Anna Lund")


def test_a_lawyer_titled_for_something_else_is_not_a_clients_attorney():
    found = spoken(
        "Tom Berg was charged on Monday.",
        "“The law is clear,” said Anna Lund, a career attorney at the Justice Department.",
        "Berg's attorney said Thursday that the retired general is talking to the committees.",
    )
    assert found[-1] == ("the retired general is talking to the committees", None)


def test_estimates_are_findings_not_sources():
    assert quotes_of("Some estimates say the militia commands more than 5,000 fighters.") == ()


def test_a_split_clause_is_not_followed_by_a_clause_cut_from_its_own_words():
    found = quotes_of(
        "Senator Tom Meadows wrote to the department.",
        'On May 2, Anna Lund wrote, "the story is out! Well done," and on May 3 she told him '
        'that two more stories about the "namesake" would soon come out, according to Meadows.',
    )
    for quote in found:
        assert quote.text[:1] in ('"', "“") or quote.text.split()[0].isalpha(), quote.text
        assert not quote.text.startswith(("ould", "d soon"))


def test_a_name_with_a_party_tag_in_brackets_and_an_appositive_is_the_subject():
    quote = only(
        "Sen. Tom Berg (R-Ky.), who criticized the plan in May, said he is not in favor of the "
        "state overruling local policies."
    )
    assert (quote.speaker, quote.text) == (
        "Tom Berg",
        "he is not in favor of the state overruling local policies",
    )


def test_the_spokesman_after_an_unnamed_spokesman_is_that_one():
    found = spoken(
        "Kremlin spokesman Tom Hale denied the report.",
        "The minister called the rebel leader, a spokesman for the rebels said Tuesday. The "
        "minister pressed the rebels to reduce violence in the region, the rebel spokesman "
        "tweeted.",
    )
    assert found[-1] == ("The minister pressed the rebels to reduce violence in the region", None)


def test_the_spokesman_named_after_an_unnamed_mention_is_the_named_one():
    found = spoken(
        "The talks are a long process, a Kremlin spokesman said Monday.",
        "Tom Hale did not address the criticism on Sunday.",
        "But the spokesman said that the president remains open to contacts.",
    )
    assert found[-1] == ("the president remains open to contacts", "Tom Hale")


@pytest.mark.parametrize(
    "paragraph",
    [
        "“I hope for a deal,” Keller said shortly before the parliament passed its bill.",
        "“I hope for a deal,” Keller said Sunday when asked if she thought the bill would pass.",
    ],
)
def test_a_time_clause_after_said_is_no_reported_clause(paragraph):
    assert [q.kind for q in quotes_of(INTRO, paragraph)] == ["direct"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "The wall has been a central issue for Tom Hale since he first announced he was "
            "running for mayor in 2015.",
            "Tom Hale",
        ),
        (
            "The suit is the latest blow for Tom Lund since he accused the firm of fraud.",
            "Tom Lund",
        ),
        # the object of a possessor's noun: the possessor leads the sentence
        (
            "The remark echoed Tom Hale's criticism of Tom Lund, when he said the plan was a "
            "fraud.",
            "Tom Hale",
        ),
    ],
)
def test_a_pronoun_opening_a_clause_right_after_an_object_is_that_person(sentence, speaker):
    found = quotes_of("“It is clear this is no emergency,” Senator Tom Berg said.", sentence)
    assert found[-1].speaker == speaker


def test_a_noun_phrase_that_is_a_known_name_is_that_person():
    # The people list knows "Jim Jordan" (alias "Jordan") from the first paragraph only.
    paragraphs = ("Jim Jordan arrived on Monday.", "Jordan said the committee would meet in May.")
    jordan = Person(
        name="Jim Jordan",
        aliases=("Jordan",),
        mentions=(Mention("Jim Jordan", Span(0, 0, 10)),),
    )
    quote = extract_quotes(paragraphs, (jordan,))[0]
    assert quote.speaker == "Jim Jordan"


def test_a_prepositional_phrase_is_not_a_speaker():
    resolver = _Resolver(("x",), ["x"], _PeopleIndex(()))
    assert resolver._describe("During a long speech in Bergen", 0, 0) is None
    assert resolver._describe("a senior official", 0, 0).description == "a senior official"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Keller starred in the 2016 film “It Ends With Us” before the campaign.",
        "Keller told “Fox News Sunday” that the two sides would meet again in May.",
    ],
)
def test_titles_in_quotes_are_not_quotes_of_the_speaker(paragraph):
    found = quotes_of(INTRO, paragraph)
    assert all(q.text not in ("It Ends With Us", "Fox News Sunday") for q in found)


def test_the_owner_in_a_possessive_subject_is_not_the_speaker():
    found = quotes_of(
        "Actor Tom Brandt sued on Monday. His lawyer is Kevin Fritz.",
        "Brandt’s lawyer Kevin Fritz accused the studio of a campaign that left his client "
        "the “object of public ridicule.”",
    )
    assert found[-1].speaker == "Kevin Fritz"


MEETING = "Foreign Minister Anna Keller met Defence Minister Tom Brandt on Monday."


@pytest.mark.parametrize(
    "paragraph",
    [
        # The quote follows a sentence about her in the same paragraph.
        "Since 1997, Keller has seen a shift in the industry. “I started when there were "
        "eleven papers.”",
        # A list bullet before the subject.
        "- Keller has called on her rival to apologise “for wasting our time.”",
        "Keller threatened him, telling him: “You are either going to make a deal or we are out.”",
        "“Smear campaigns have always been a thing,” she points out.",
    ],
)
def test_speaker_from_the_same_paragraph_not_the_last_person_before(paragraph):
    quote = quotes_of(MEETING, paragraph)[-1]
    assert quote.speaker == "Anna Keller"


def test_quote_after_a_trailing_attribution_sentence_takes_its_speaker():
    found = quotes_of(MEETING, "The deal may wait until May, Keller said. “The rest is weather.”")
    assert {q.speaker for q in found} == {"Anna Keller"}


def test_asking_after_a_quote_starts_a_second_quote_of_the_same_speaker():
    found = quotes_of(
        MEETING,
        "“Keep your hands in sight,” Keller told the crowd before asking them, “Where do we go?”",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("Keep your hands in sight,", "Anna Keller"),
        ("Where do we go?", "Anna Keller"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        # An opening subject with an aside is not the reported clause of an inverted "said".
        (
            "Economist Aparna Mathur, who studies tax policy at a think tank, said Keller's "
            "statement didn't clarify the matter.",
            "Keller's statement didn't clarify the matter",
            "Aparna Mathur",
        ),
        # A time phrase between subject and verb.
        (
            "Keller on Tuesday said she wants to change four rules in the tax code.",
            "she wants to change four rules in the tax code",
            "Anna Keller",
        ),
        # "who said": the person the relative clause hangs on.
        (
            "Keller has a frosty relationship with Tom Brandt, who in 2010 said the party's "
            "main goal was to beat her.",
            "the party's main goal was to beat her",
            "Tom Brandt",
        ),
    ],
)
def test_subjects_around_asides_times_and_relative_clauses(paragraph, text, speaker):
    found = quotes_of(MEETING, paragraph)
    assert [(q.text, q.speaker) for q in found] == [(text, speaker)]


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        (
            "Keller said Tuesday the two sides had agreed to meet again in May.",
            "the two sides had agreed to meet again in May",
        ),
        (
            "Keller said Sunday evening that “since March, a proposal has been on the table.”",
            "since March, a proposal has been on the table",
        ),
    ],
)
def test_the_day_after_said_is_not_part_of_the_quote(paragraph, text):
    quote = only(INTRO, paragraph)
    assert quote.text == text
    assert quote.speaker == "Anna Keller"


@pytest.mark.parametrize(
    "paragraph",
    [
        "“How long must the farmers wait?” Anna Keller said.",
        "“Who pays for the bridge?” Anna Keller, speaking in Bergen, asked reporters.",
        "“How long must the farmers wait?” Anna Keller said. “The money is there.”",
        "“Not one more delay!” Anna Keller told the council.",
    ],
)
def test_quote_ending_in_a_question_or_exclamation_takes_the_attribution_after_it(paragraph):
    # The paragraph before names someone else: a floating quote would go to him.
    found = quotes_of("Lars Berg opened the meeting in Oslo.", paragraph)
    assert [q.speaker for q in found] == ["Anna Keller"]


def test_long_sentence_after_a_question_is_not_its_attribution():
    found = quotes_of(
        "“Who pays for the bridge?” The question hung over the council for weeks, and "
        "Keller said nothing about it until the budget was finally published in the spring."
    )
    assert found[0].speaker is None


def test_quote_after_an_attributed_partial_quote_takes_its_speaker():
    found = quotes_of(
        "Lars Berg opened the meeting in Oslo.",
        "The subsidies are “not meeting the demand,” says Anna Keller, head of the Farmers "
        "Union of Norway. “We often compare it to the drought years.”",
    )
    assert [(q.kind, q.speaker) for q in found] == [
        ("partial", "Anna Keller"),
        ("direct", "Anna Keller"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A name inside the subject's aside is not the subject.
        (
            "Jorge Lund, a former minister and a critic of Mr. Lars Berg, says the plan is dead.",
            "Jorge Lund",
        ),
        ("“The plan is dead,” Jorge Lund, who often argues with Lars Berg, said.", "Jorge Lund"),
        # Two subjects: a group, no one person (the annotation guide)
        ("But Mr. Lund and Mr. Berg say the plan is dead.", None),
        # ... however each is qualified, and however long the list
        ("Rep. Tom Lund (R-Ohio) and Rep. Kara Berg (D-Iowa) said the plan is dead.", None),
        (
            "A short while later, Republican Sens. Tom Lund of Ohio, Kara Berg of Iowa and "
            "Ron Dahl of South Dakota said they would oppose the measure unless it changed.",
            None,
        ),
        ("Ten senators, led by Sen. Mia Holt of Maine, warned that the deal is dead.", None),
        ("Forty senators, led by freshman Sen. Mia Holt, warned that the deal is dead.", None),
        # one named with others unnamed: the annotators credit the one named
        ("Tom Lund and other senators said the plan is dead.", "Tom Lund"),
        # A name before the subject, in an opening phrase, is not the subject.
        (
            "After meeting Lars Berg, Anna Keller, the minister, said the plan is dead.",
            "Anna Keller",
        ),
    ],
)
def test_subject_is_the_head_not_a_name_in_its_aside(sentence, speaker):
    found = quotes_of(sentence)
    assert found and found[0].speaker == speaker


def test_speech_verb_after_a_determiner_is_a_noun_not_the_attribution():
    found = quotes_of(
        "Lars Berg opened the meeting in Oslo.",
        "“The plan is dead,” Anna Keller, the head of a council of the states that sued "
        "the ministry, said on Monday.",
    )
    assert [q.speaker for q in found] == ["Anna Keller"]


@pytest.mark.parametrize(
    ("intro", "reference"),
    [
        ("Vermont Sen. Lars Berg spoke on Monday.", "The senator"),
        ("Gov. Lars Berg spoke on Monday.", "The governor"),
        ("Rep. Lars Berg spoke on Monday.", "The representative"),
    ],
)
def test_the_title_word_refers_to_the_person_with_the_abbreviated_title(intro, reference):
    found = quotes_of(intro, f"{reference} said he would “introduce a bill next session.”")
    assert found and all(q.speaker == "Lars Berg" for q in found)


def test_pronoun_skips_a_name_in_an_aside_after_the_attribution():
    found = quotes_of(
        "Minister Lars Berg opened the bridge.",
        "“We have shown the world we can build,” Berg said, not even needing to name the "
        "engineer behind it, Peter Lund, who died last year. Farmers, he said, can “cross "
        "the river at last.”",
    )
    assert [q.speaker for q in found if q.kind == "partial"] == ["Lars Berg"]


def test_subject_with_a_long_appositive_of_age_place_and_relative_clause():
    found = quotes_of(
        "Lars Berg opened the meeting in Oslo.",
        "Anna Keller, 59, of Tromso, Norway, who watched the vote from the gallery, said the "
        "result brought back memories of “all the farmers who fought for this.”",
    )
    assert found and all(q.speaker == "Anna Keller" for q in found)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Anna Keller, head of Nord Media -- the firm that owns the channel, which is also "
        "streamed online -- told me, “We are a content provider.”",
        "Anna Keller -- the head of Nord Media -- told me, “We are a content provider.”",
        "“We are a content provider,” Anna Keller — the head of Nord Media — said.",
        # A name inside the dash aside, closing a comma aside, is not the subject.
        "Anna Keller -- co-author of Meeting Lars Berg, a book on Berg's debates -- said the "
        "minister tended to make “big announcements” at those meetings.",
    ],
)
def test_subject_before_a_dash_aside(paragraph):
    found = quotes_of("Lars Berg opened the meeting in Oslo.", paragraph)
    assert found and all(q.speaker == "Anna Keller" for q in found)


def test_pronoun_after_a_person_introduced_at_the_end_of_the_paragraph_before():
    found = quotes_of(
        "While Peter Lund had many songs written for him, that has not happened for the union, "
        "which is something that concerns Lars Berg, the longtime president of the union.",
        "“No one is writing songs for us,” he said.",
    )
    assert [q.speaker for q in found] == ["Lars Berg"]


def test_pronoun_skips_an_introduction_followed_by_another_sentence():
    found = quotes_of(
        "Peter Lund spoke first. The hall was built by Lars Berg, the president of the union. "
        "Lund thanked the builders.",
        "“No one is writing songs for us,” he said.",
    )
    assert [q.speaker for q in found] == ["Peter Lund"]


@pytest.mark.parametrize("verb", ["demanded", "exclaimed", "sings to the minister", "shouts"])
def test_more_speech_verbs_carry_the_attribution(verb):
    found = quotes_of(
        "Lars Berg opened the meeting in Oslo.",
        f"“Why is the bridge not finished,” Anna Keller {verb}.",
    )
    assert [q.speaker for q in found] == ["Anna Keller"]


def test_quote_between_dashes_after_a_name_is_that_persons():
    found = quotes_of(
        "Anna Keller opened the meeting.",
        "Several leaders agreed, including the former minister Lars Berg -- “It is a disgrace "
        "for the country” -- and Peter Lund, a former mayor.",
    )
    assert [q.speaker for q in found] == ["Lars Berg"]


def test_quote_between_dashes_after_an_object_is_not_the_objects():
    found = quotes_of(
        "Lars Berg said Anna Keller has lately seemed supportive of Mr. Peter Lund -- “a "
        "completely different Keller to me.”"
    )
    assert found and found[0].speaker != "Peter Lund"


def test_pronoun_takes_the_subject_of_a_with_absolute_clause():
    found = quotes_of(
        "Some families would pay more under the plan, said Anna Keller, a former aide.",
        "It has become a major issue, with Maria Lund — who has called for higher taxes — "
        "attacking the plan.",
        "“The plan would be a gift to the rich,” she said in the debate.",
    )
    assert found[-1].speaker == "Maria Lund"


def test_pronoun_skips_the_object_of_with():
    found = quotes_of(
        "Anna Keller met the farmers on Monday.",
        "She spent an hour with Maria Lund in the hall.",
        "“The plan would be a gift to the rich,” she said.",
    )
    assert found[-1].speaker == "Anna Keller"


# --- session 7: coordinated verbs after auxiliaries, bare plural subjects, promises ----------


@pytest.mark.parametrize("joiner", ["but has said", "and has since said", "but had said"])
def test_coordinated_reporting_verb_after_an_auxiliary(joiner):
    found = quotes_of(
        f"Senator Ann Colt has urged allies to spend more {joiner} she will hold firm to the "
        "treaty."
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Ann Colt", "allies to spend more"),  # the directive, then what she said
        ("Ann Colt", "she will hold firm to the treaty"),
    ]


def test_noted_with_a_bare_plural_subject_is_a_reported_clause():
    found = quotes_of(
        "Senator Ann Colt spoke on Monday.",
        "The work is hard, though she noted clients are beginning to demand diverse teams.",
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Ann Colt", "clients are beginning to demand diverse teams")
    ]


def test_noted_with_a_noun_phrase_object_is_no_quote():
    assert not quotes_of(
        "Senator Ann Colt spoke on Monday.", "She noted concerns about the plan in the hall."
    )


def test_pronoun_subject_of_the_first_of_two_coordinated_verbs():
    found = quotes_of(
        "President Ivan Dorn spoke to Premier Lea Holt on Monday.",
        "He held separate calls with both Holt and Ann Colt, and said the two countries "
        "would begin talks.",
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Ivan Dorn", "the two countries would begin talks")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dorn promised Holt that the army is ready to withdraw from the border.",
        "Dorn pledged that the army is ready to withdraw from the border.",
        "Dorn vowed that the army is ready to withdraw from the border.",
    ],
)
def test_promises_with_a_that_clause_are_reported_speech(sentence):
    found = quotes_of("President Ivan Dorn met Premier Lea Holt on Monday.", sentence)
    assert [(q.speaker, q.kind, q.text) for q in found] == [
        ("Ivan Dorn", "indirect", "the army is ready to withdraw from the border")
    ]


def test_a_promised_noun_is_no_quote():
    # ("Dorn vowed to restore power by Friday" is a commitment: see below)
    assert not quotes_of(
        "President Ivan Dorn met Premier Lea Holt on Monday.",
        "Dorn promised a full inquiry into the fire.",
    )


def test_clause_after_and_is_no_trailing_attribution():
    found = quotes_of(
        "President Louis Armand spoke in Paris on Monday.",
        "Armand said it was a tissue, and his office accused the country's enemies of "
        "spreading fake news.",
    )
    assert ("Louis Armand", "it was a tissue") in [(q.speaker, q.text) for q in found]
    assert all("Armand said" not in q.text for q in found)


@pytest.mark.parametrize("verb", ["emailed", "texted", "messaged"])
def test_written_messages_attribute_quotes(verb):
    found = quotes_of(f"“The network does not need the platform at all,” {verb} Maria Narel.")
    assert [q.speaker for q in found] == ["Maria Narel"]


def test_subject_with_a_place_and_a_long_appositive():
    found = quotes_of(
        "Rep. Elias E. Cummer of Maryland, top Democrat on the House Committee on Oversight and "
        "Government Reform, said, “This is the conspiracy. This is what they tried to hide.”"
    )
    assert [q.speaker for q in found] == ["Elias E. Cummer"]


def test_asked_why_with_a_comma_is_a_wh_clause():
    found = quotes_of(
        "In response, Justice Barry T. Albin asked why, if the state believed the constitution "
        "barred such promises, it signed the bill."
    )
    assert [(q.speaker, q.text[:8]) for q in found] == [("Barry T. Albin", "why, if ")]


def test_quote_after_another_speakers_lead_in_is_not_joined_to_the_quote_before():
    found = quotes_of(
        "“We expect a ceasefire now,” Foreign Minister Hans Wald said in Berlin. “We welcome "
        'the offer.” President Ivan Petrenko said on his channel that "it is obvious that '
        "Russia is buying time. We are working with partners.”"
    )
    assert [q.speaker for q in found] == ["Hans Wald", "Ivan Petrenko"]
    assert found[0].text.endswith("We welcome the offer.")


def test_the_senator_two_paragraphs_after_the_name():
    found = quotes_of(
        "Democratic Sen. Carl Sherman proposed the cuts on Monday.",
        "But Republican Sen. John Barlow was not pleased with the proposal.",
        "“Taxes are off the table,” he told CNN's chief political correspondent Candy Lund.",
        "The senator said there are “much better ways to do these cuts.”",
    )
    assert [q.speaker for q in found] == ["John Barlow"] * len(found)


def test_description_skips_the_subject_of_a_reported_clause():
    found = quotes_of(
        "House Speaker Nancy Peller spoke first.",
        "House GOP Leader Kevin Marsh said Mrs. Peller could have just taken back her words.",
        "“What we just saw was a very sad day in this House,” the California Republican told "
        "reporters.",
    )
    assert found[-1].speaker == "Kevin Marsh"


def test_instead_between_subject_and_verb():
    found = quotes_of(
        "President Ivan Dorn met the prime minister in London.",
        "The president instead said he wanted to focus on positive relations.",
    )
    assert [q.speaker for q in found] == ["Ivan Dorn"]


def test_inverted_attribution_with_a_then_title():
    found = quotes_of(
        "Senator Joe Lindqvist wanted a hard line.",
        "“There is a different leader in Syria now,” said then-Secretary of State Hillary "
        "Rodham Clinton in late March 2011.",
    )
    assert [q.speaker for q in found] == ["Hillary Rodham Clinton"]


@pytest.mark.parametrize(
    "subject",
    [
        "Republicans close to the president",
        "Another person close to the president",
        "A source familiar with Dorn",
    ],
)
def test_person_inside_an_unnamed_subject_is_not_the_speaker(subject):
    found = quotes_of(
        "President Ivan Dorn met his aides on Friday.",
        f"{subject} said the talks had stalled over the border.",
    )
    assert [(q.speaker, q.speaker_description) for q in found] == [(None, subject)]


def test_which_said_is_the_body_before_it():
    found = quotes_of(
        "Ivan Dorn left the country in 2019.",
        "In 2021 Dorn was sanctioned by the US Treasury, which said he had been “widely known "
        "as a court fixer” who had taken steps to control judges.",
    )
    assert found and all(q.speaker is None for q in found)
    assert {q.speaker_description for q in found} == {"the US Treasury"}


@pytest.mark.parametrize("nation", ["U.S.", "US", "American"])
def test_nation_qualified_official_is_not_the_president_named_before(nation):
    found = quotes_of(
        "While President Ivan Dorn picked the concept he wanted, the army is still developing "
        "the requirements.",
        f"The army is still drafting the first capabilities document, the {nation} official said.",
    )
    assert [q.speaker for q in found] == [None]


def test_subject_after_a_fronted_subordinate_clause():
    found = quotes_of(
        "President Ivan Dorn met his aides on Friday.",
        "Though Dorn could continue to point a finger at the parliament, which has given him "
        "only a fraction of what he wants for the border, another person close to the "
        "president noted that the budget was one area where he had the final say.",
    )
    assert [(q.speaker, q.text[:10]) for q in found] == [(None, "the budget")]


def test_name_as_a_modifier_is_no_pronoun_antecedent():
    found = quotes_of(
        "Former Vice President Dan Quale spoke to a business channel about President Donald Trump.",
        "“It will be inflationary down the road,” he said. The Trump administration does realize "
        "the bigger question is how to “prevent a hot war with China,” he said.",
    )
    # the partial quote, and the reporter's clause around it (both his)
    assert [q.speaker for q in found] == ["Dan Quale"] * 3


def test_partial_inside_a_reported_clause_takes_the_clause_speaker():
    found = quotes_of(
        "Mick Mulvan, the acting chief of staff, set the bar on Sunday.",
        "Mulvan said on Sunday that the president’s wall demands were “absolutely necessary.”",
    )
    assert {(q.kind, q.speaker) for q in found} == {
        ("partial", "Mick Mulvan"),
        ("indirect", "Mick Mulvan"),
    }


def test_pronoun_takes_the_last_speaker_when_no_one_else_is_named_since():
    found = quotes_of(
        "Rep. Chris Colt will not attend the forum on Saturday.",
        *(f"“This is point number {n} of my case,” he said." for n in range(8)),
        "He mentioned his own efforts to address shootings.",
        "He won't be bringing that message to the forum, because it is a demonstration.",
        "“It's going to be a circus,” he added.",
    )
    assert [q.speaker for q in found] == ["Chris Colt"] * 9


def test_floating_quote_after_a_paragraph_that_names_no_one():
    found = quotes_of(
        "“I don't think so,” Rep. Chris Colt said on the radio.",
        "The forum, on the other hand, is an anti-Republican rally.",
        "“It's hypocrites of the worst kind.”",
    )
    assert found[-1].text == "It's hypocrites of the worst kind."
    assert found[-1].speaker == "Chris Colt"


def test_floating_quote_after_another_speakers_paragraph_is_not_the_earlier_speaker():
    found = quotes_of(
        "“It is a good megaphone,” said Raju Narel, a professor.",
        "Still, people close to the network said they thought the silence would have ended.",
        "“It is weird and confusing.”",
    )
    assert found[-1].speaker != "Raju Narel"


def test_pronoun_prefers_the_speaker_of_the_sentence_before_to_the_last_speaker():
    found = quotes_of(
        "“He sees that as success,” Robert Borden said.",
        "Borden and other liberals argue that the debt will mean cuts.",
        "This is not what Peter Paulsen says he intends. In a video, he said: “I would hate "
        "to see these programs cut.”",
    )
    assert found[-1].speaker == "Peter Paulsen"


def test_pronoun_skips_the_object_of_a_verb():
    found = quotes_of(
        "“The letter is vague,” FBI Director James Combe said on Friday.",
        "John Podell, the campaign chairman, demanded Mr. Combe explain what he had found.",
        "“We have no idea what those emails are,” he said.",
    )
    assert found[-1].speaker == "John Podell"


@pytest.mark.parametrize(
    "intro",
    [
        "Mrs. Mayhew took office after the vote in favour of Brexit. Then-Prime Minister David "
        "Cameron opposed leaving, and when the vote passed",
        "Secretary General Bo Kim condemned the test. Secretary of State John F. Kerry said the "
        "country would respond, and",
    ],
)
def test_a_title_before_a_subject_is_no_object_position(intro):
    found = quotes_of(
        "“We will not accept it,” Secretary General Bo Kim said.",
        f"{intro} he said “it made sense to have a supporter at the helm.”",
    )
    assert found[-1].speaker in ("David Cameron", "John F. Kerry")


def test_reported_speech_after_direct_quotes_takes_the_speaker_before_it():
    # One flattened paragraph: the direct quotes are read first, the reported clauses after.
    found = quotes_of(
        "President Ivan Dorn and his counterpart Pavel Lisin spoke for two hours on Monday. "
        "“I believe it went very well,” Dorn posted. He added that the conditions would be "
        "negotiated later. “There is a tremendous opportunity,” Dorn wrote. Lisin's reaction, "
        "on the other hand, was more sober. “It was frank and useful,” he told reporters."
    )
    by_text = {q.text[:20]: q.speaker for q in found}
    assert by_text["the conditions would"] == "Ivan Dorn"
    assert by_text["It was frank and use"] == "Pavel Lisin"


def test_colon_lead_in_after_a_partial_quote_of_the_same_sentence():
    found = quotes_of(
        "Neal Katten, a supreme court attorney and former acting solicitor general, said the "
        "“next question” for investigators would be: “Why? At whose direction?”"
    )
    assert {q.speaker for q in found} == {"Neal Katten"}
    assert "Why? At whose direction?" in [q.text for q in found]


def test_conjunction_before_a_surname_subject():
    found = quotes_of(
        "The meeting was arranged by Karl Prince, the former contractor.",
        "Yet Prince told the committee in November he played “no official role” in the campaign.",
    )
    assert found and {q.speaker for q in found} == {"Karl Prince"}


def test_partial_in_a_subordinate_clause_is_its_own_verbs_not_the_main_clauses():
    found = quotes_of(
        "Even as President Ivan Dorn was declaring that the flooded region would get "
        "“everything it needs right away,” the state's fiercest critic of federal aid vowed "
        "that he would push for help."
    )
    assert (found[0].kind, found[0].speaker) == ("partial", "Ivan Dorn")


def test_mr_before_a_possessive_ends_no_sentence():
    found = quotes_of(
        "The minister of the economy, Mr. Ilde Guarda, argues there is little point in "
        "answering Mr. Donald Tramp's threats. “We must not overreact to rhetoric,” he told me."
    )
    assert any(q.text.startswith("We must not") for q in found)
    assert {q.speaker for q in found} == {"Ilde Guarda"}


def test_subject_after_a_quoted_show_title():
    found = quotes_of(
        "“We need to step away from these efforts,” Mike Pencey said on the radio.",
        "On “Face the Nation,” Sen. Bernard Sandler (Vt.), who lost the primaries, spoke of "
        "young voters. “The younger people are open to change,” he said.",
    )
    assert [q.speaker for q in found] == ["Mike Pencey", "Bernard Sandler"]


def test_quoted_show_name_after_the_attribution_is_no_second_half():
    found = quotes_of(
        "“At the end of the day, we need to step away,” Mike Pencey said on CNN's “State of "
        "the Union.”"
    )
    assert [q.text for q in found] == ["At the end of the day, we need to step away,"]


@pytest.mark.parametrize("joiner", ["but said", "and said", "but also said"])
def test_second_reported_clause_after_but_said(joiner):
    found = quotes_of(
        "Deputy Attorney General Rod Rosen said the operation was aimed at the campaign, "
        f"{joiner} there is no evidence that any citizens knowingly helped."
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Rod Rosen", "the operation was aimed at the campaign"),
        ("Rod Rosen", "there is no evidence that any citizens knowingly helped"),
    ]


def test_reported_clause_with_words_of_its_own_beside_its_partial_quote():
    found = quotes_of(
        # (eight words of the clause's own: "several earlier resolutions condemning the
        # invasion of Ukraine")
        "Deputy ambassador Dora Shen said several earlier resolutions condemning the invasion "
        "of Ukraine “have failed to stop the war,” which “has now dragged on for far too long and at far "
        "too terrible a cost to everyone involved.”"
    )
    assert "indirect" in {q.kind for q in found}


def test_reported_clause_that_only_frames_its_quote_is_the_partial_only():
    found = quotes_of("Dora Shen said the plan was “a serious step toward peace in the region.”")
    assert [q.kind for q in found] == ["partial"]


@pytest.mark.parametrize(
    ("sentence", "who", "text"),
    [
        (
            "Prosecutors also allege that Parnel urged a congressman to seek the ouster.",
            "Prosecutors",
            "Parnel urged a congressman to seek the ouster",
        ),
        (
            "The indictment also charges that Kukov conspired with three other defendants.",
            "The indictment",
            "Kukov conspired with three other defendants",
        ),
        (
            "The Kremlin has long been claiming President Ivan Dorn is an illegitimate leader.",
            "The Kremlin",
            "President Ivan Dorn is an illegitimate leader",
        ),
    ],
)
def test_allege_charge_and_long_been_claiming(sentence, who, text):
    found = quotes_of(sentence)
    assert [(q.speaker_description, q.text) for q in found] == [(who, text)]


def test_charged_with_is_no_quote():
    assert not quotes_of("Senator Ann Colt spoke.", "She was charged with fraud last year.")


def test_and_suggested_starts_a_second_clause():
    found = quotes_of(
        "Judge Lewis Lyman has warned lawyers to obey court rules and suggested he could move "
        "the trial to an earlier date."
    )
    assert [q.text for q in found][-1] == "he could move the trial to an earlier date"


@pytest.mark.parametrize(
    "sentence",
    [
        "Three men accused of spying and planning acts of sabotage went on trial on Tuesday.",
        "The case goes on as her sexual harassment claims against her costar proceed to trial.",
        "The network hasn't tweeted since Nov. 8, when it began a silent protest.",
        "Senator Ann Colt did not say whether the deal would pass.",
        "The party never said the plan would work.",
        "In her memoir, Colt did not explicitly say she applied to the school.",
        "Her aides neither confirm nor deny the report about the school.",
        "Poll results confirm that there are few undecided voters left.",
        "And when she does acknowledge their presence, she smiles at them.",
    ],
)
def test_no_statement_in_participles_nouns_and_negations(sentence):
    assert not quotes_of("Senator Ann Colt spoke on Monday.", sentence)


def test_name_then_bare_title_then_verb():
    found = quotes_of(
        "“Three years ago, the president promised nothing would change,” Ryan Willems, "
        "campaign spokesman said."
    )
    assert [q.speaker for q in found] == ["Ryan Willems"]


def test_coordinated_verb_in_a_subordinate_clause_takes_its_nearest_subject():
    found = quotes_of(
        "President Masoud Pezeshk had left open discussions until Supreme Leader Ali Khamen "
        "came down hard on the envoy in February and warned talks “are not intelligent, wise "
        "or honorable” with his administration."
    )
    assert [q.speaker for q in found] == ["Ali Khamen"]


def test_head_of_an_aside_that_names_a_titled_object():
    found = quotes_of(
        "Christopher Peel, a Republican mounting a long-shot challenge to Iowa Democratic "
        "Congressman Dave Lobsack, said on Facebook that the campaign “cheapens the death of "
        "this young woman.”"
    )
    assert {q.speaker for q in found} == {"Christopher Peel"}


def test_participle_before_a_title_is_not_the_attribution_verb():
    found = quotes_of(
        "The dome is “still in the conceptual stage,” newly confirmed Secretary Troy Menk said."
    )
    assert [q.speaker for q in found] == ["Troy Menk"]


# --- reported clauses after relative subjects, asides, phrases and dates ------------------------


def test_a_group_before_a_relative_clause_speaks():
    q = only(
        "Mr. Lenz became a cause for tenant groups, who said his eviction was proof that "
        "the landlord was acting harshly."
    )
    assert (q.kind, q.speaker, q.speaker_description) == ("indirect", None, "tenant groups")
    assert q.text == "his eviction was proof that the landlord was acting harshly"


def test_a_subject_with_a_restrictive_relative_clause_speaks():
    q = only(
        "Those who knew him in the village said he avoided his neighbors and seemed to have "
        "few political leanings."
    )
    assert (q.speaker, q.speaker_description) == (None, "Those who knew him in the village")
    assert q.text.startswith("he avoided his neighbors")


def test_continuing_to_claim_is_speech():
    q = only("Mayor Lin Parkes continues to claim that the levy is paid by tourists alone.")
    assert (q.speaker, q.text) == ("Lin Parkes", "the levy is paid by tourists alone")


def test_a_subordinate_clause_after_the_verb_is_no_statement():
    found = quotes_of("“We will win this,” Mayor Lin Parkes said, as the crowd cheered loudly.")
    assert [(q.kind, q.text) for q in found] == [("direct", "We will win this,")]


def test_a_clause_after_an_aside_with_that():
    q = only(
        "Mayor Lin Parkes said, when asked about the levy, that it would pass easily in spring."
    )
    assert (q.speaker, q.text) == ("Lin Parkes", "it would pass easily in spring")


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Lin Parkes said in an interview with a radio station he hoped the levy would pass.",
        "Mayor Lin Parkes told reporters in Bergen he hoped the levy would pass.",
        "Mayor Lin Parkes announced on April 9 he hoped the levy would pass.",
        "Mayor Lin Parkes said last week he hoped the levy would pass.",
    ],
)
def test_a_bare_clause_after_a_phrase_or_a_date(sentence):
    q = only(sentence)
    assert (q.speaker, q.text) == ("Lin Parkes", "he hoped the levy would pass")


def test_a_place_after_the_name_before_the_verb():
    q = only(
        "U.S. District Judge John Batesby in Bergen, N.D., said he would stay the order "
        "until August."
    )
    assert (q.speaker, q.text) == ("John Batesby", "he would stay the order until August")


def test_a_person_after_former_president_inside_an_aside_is_no_subject():
    found = quotes_of(
        "On Friday Batesby, who was appointed by former President Gerald W. Bushman, a "
        "Republican, said he would not revise his previous ruling."
    )
    assert [q.speaker for q in found] == ["Batesby"]


def test_a_military_rank_abbreviation_does_not_end_the_sentence():
    q = only("“The troops were exhausted,” military spokesman Maj. Viktor Trebov said of it.")
    assert (q.kind, q.speaker) == ("direct", "Viktor Trebov")


@pytest.mark.parametrize(
    "sentence",
    [
        "“It was a mistake,” Mayor Lin Parkes said as the council continued to take criticism.",
        "“It was a mistake,” Mayor Lin Parkes said, an allusion to the council’s forecast that "
        "the levy will pass.",
        "“It was a mistake,” Mayor Lin Parkes also tweeted this response to the council "
        "story: “Shame.”",
    ],
)
def test_the_reporters_words_after_the_verb_are_no_statement(sentence):
    assert {q.kind for q in quotes_of(sentence)} == {"direct"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Lin Parkes agreed with that label when asked at a forum in Miami.",
        "The group claimed responsibility for the attack on the depot on Monday.",
        "The Russian claim could not be independently verified by the reporters.",
        "The same is true in Ohio and in Iowa, the rate has continued its slight increase.",
    ],
)
def test_objects_and_nouns_are_no_reported_clause(sentence):
    assert quotes_of(sentence) == ()


def test_as_many_as_opens_a_reported_clause():
    q = only("Mayor Lin Parkes said as many as 50 people were hurt in the blast.")
    assert q.text == "as many as 50 people were hurt in the blast"


def test_a_clause_after_the_verb_and_a_comma_still_counts_after_an_opening():
    q = only(
        "During his years in office, Mayor Lin Parkes said, a majority of voters have come to "
        "back the levy."
    )
    assert q.speaker == "Lin Parkes"


def test_reminded_someone_that():
    found = quotes_of(
        "Mayor Lin Parkes spoke in Bergen. She reminded the audience that she had campaigned "
        "for the levy.",
        "Mayor Lin Parkes reminded voters of the deadline on Monday.",
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Lin Parkes", "she had campaigned for the levy")
    ]


def test_told_the_paper_that_then_a_subordinate_clause():
    q = only(
        "Mr. Lenz told the paper that after he was evicted he tried to sneak back into the "
        "building."
    )
    assert q.text == "after he was evicted he tried to sneak back into the building"


@pytest.mark.parametrize(
    "sentence",
    [
        "The move could delay the talks by a month or more, the officials said this week.",
        "The move could delay the talks by a month or more, the Bergen Post reported, citing "
        "a diplomat.",
        "The move could delay the talks by a month or more, the officials said this week, "
        "renewing their warnings.",
    ],
)
def test_trailing_attribution_with_a_time_or_a_participle_after_it(sentence):
    q = only(sentence)
    assert (q.speaker, q.text) == (None, "The move could delay the talks by a month or more")


@pytest.mark.parametrize(
    ("sentence", "description"),
    [
        (
            "A Bergen Treasury spokeswoman, however, denied any delay and said the plan was "
            "to issue the checks next week.",
            "A Bergen Treasury spokeswoman",
        ),
        (
            "Even those who insist the city can cut $100 million at once said the plan was to "
            "issue the checks next week.",
            "those who insist the city can cut $100 million at once",
        ),
        (
            "The mayor’s stance pits her once again against teachers’ union officials, who "
            "have argued that the plan was to issue the checks next week.",
            "teachers’ union officials",
        ),
        (
            "Some residents need a paper check–and the Bergen Treasury says the plan was to "
            "issue the checks next week.",
            "the Bergen Treasury",
        ),
        (
            "The transcript of the hearing–published by the Bergen Post–shows that the plan "
            "was to issue the checks next week.",
            "The transcript of the hearing–published by the Bergen Post–",
        ),
    ],
)
def test_unnamed_subjects_with_asides_relatives_and_dashes(sentence, description):
    q = only(sentence)
    assert (q.speaker, q.text) == (None, "the plan was to issue the checks next week")
    assert q.speaker_description.strip() == description


def test_a_participle_after_has_and_a_past_participle():
    q = only(
        "He vowed to repeal it, but now in office Mr. Lenz has reversed course, saying that he "
        "would treat renters with heart."
    )
    assert (q.speaker, q.text) == ("Lenz", "he would treat renters with heart")


def test_said_nothing_about_is_no_statement_but_nothing_had_is():
    found = quotes_of(
        "Mayor Lin Parkes said nothing about the levy during the meeting on Monday. "
        "Mayor Lin Parkes said nothing had changed in the city."
    )
    assert [q.text for q in found] == ["nothing had changed in the city"]


def test_the_expert_is_the_one_just_named_not_the_one_titled_expert():
    found = quotes_of(
        "The bloc is preparing for a war of the future, military expert Alexei Lenkov "
        "suggested. “It is no news,” the expert told Izvestia. Turkey remains the most "
        "suitable host, Tigran Melikyan, an analyst with a Moscow institute, told Izvestia. "
        "“Saudi Arabia, too, could host talks,” the expert said."
    )
    direct = [(q.speaker, q.text) for q in found if q.kind == "direct"]
    assert direct == [
        ("Alexei Lenkov", "It is no news,"),
        ("Tigran Melikyan", "Saudi Arabia, too, could host talks,"),
    ]


def test_a_nation_before_leader_asks_for_that_nations_leader():
    found = quotes_of(
        "Russian President Vadim Pukin spoke. Crimea was handed over by Soviet leader Nikita "
        "Khrushchov in 1954.",
        "The Russian leader has long questioned the border, claiming that the region was "
        "created by Moscow.",
    )
    assert [q.speaker for q in found] == ["Vadim Pukin"]


@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”")])
def test_a_quote_over_paragraphs_pasted_as_one_line(marks):
    o, c = marks
    found = quotes_of(
        f"Rumbold said the board would act. {o}We are really concerned by this. {o}It flies "
        f"in the face of fair play.{c} Lin Parkes, a professor, said the claims were wrong. "
        f"{o}We have thought it through,{c} she said. {o}There may be bans.{c}"
    )
    direct = [q for q in found if q.kind == "direct"]
    assert [q.text for q in direct] == [
        f"We are really concerned by this. {o}It flies in the face of fair play.",
        "We have thought it through, There may be bans.",
    ]
    assert direct[1].speaker == "Lin Parkes"


@pytest.mark.parametrize(
    "sentence",
    [
        "The new policy is far too narrow, says Hany Farrow, a computer science professor at "
        "the University of California, Berkeley, specializing in digital forensics.",
        "The new policy is far too narrow, Higher School of Economics analyst Hany Farrow "
        "emphasizes.",
        "The new policy is far too narrow, Deputy Director of the Institute of Europe at the "
        "Russian Academy of Sciences Hany Farrow told Vedomosti.",
        "The new policy is far too narrow, the analyst Hany Farrow stresses.",
    ],
)
def test_trailing_attribution_with_long_titles_and_present_tense(sentence):
    q = only(sentence)
    assert (q.speaker, q.text) == ("Hany Farrow", "The new policy is far too narrow")


def test_remarks_and_tweets_are_nouns():
    assert (
        quotes_of("The remarks Lin Parkes had made about the mayor were cited as examples.") == ()
    )


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "Anna Kellerman said victory was within reach for the party.",
            "victory was within reach for the party",
        ),
        (
            "Anna Kellerman warned credit conditions would worsen next year.",
            "credit conditions would worsen next year",
        ),
        ("Anna Kellerman said when asked that the bank would close.", "the bank would close"),
    ],
)
def test_objects_and_subordinates_only_where_they_are(sentence, text):
    assert [q.text for q in quotes_of(sentence)] == [text]


def test_lawyers_for_a_person_speak_not_the_person():
    q = only("Lawyers for Ghislaine Maxen said the ruling was unfair and would be appealed.")
    assert (q.speaker, q.speaker_description) == (None, "Lawyers for Ghislaine Maxen")


def test_a_bare_prince_is_not_prince_harry():
    found = quotes_of(
        "Prince said the new album was done at last. Prince Harry said it was great to hear."
    )
    assert [q.speaker for q in found] == [None, "Prince Harry"]


def test_a_quote_glued_to_the_sentence_before_is_still_split_around_its_attribution():
    parsed = parse_paste(
        "Town news\n\nLena Dorn, a director, said it might help."
        '"Local care matters," Dorn said. "We know it from every flood."The town agreed.'
    )
    found = extract_quotes(parsed.paragraphs, extract_people(parsed.paragraphs))
    direct = [q for q in found if q.kind == "direct"]
    assert [(q.text, q.speaker) for q in direct] == [
        ("Local care matters, We know it from every flood.", "Lena Dorn")
    ]


@pytest.mark.parametrize("particle", ["d’", "d'"])
def test_a_surname_with_an_elided_particle_is_the_speaker(particle):
    quote = only(f"Emil {particle}Arcourt, a doctor, said the clinic was closed.")
    assert quote.speaker == f"Emil {particle}Arcourt"


@pytest.mark.parametrize("opening", ["But even the Fishing Council", "Even the Fishing Council"])
def test_even_before_a_subject_is_not_part_of_it(opening):
    quote = only(f"{opening} has argued the quotas should target trawlers only.")
    assert (quote.text, quote.speaker_description) == (
        "the quotas should target trawlers only",
        "the Fishing Council",
    )


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "Those are not the best known names, but according to Keller, that’s just fine.",
            "that’s just fine",
        ),
        (
            "First and foremost, according to Keller, the whole region is in a panic.",
            "the whole region is in a panic",
        ),
        # The name's appositive is no clause: what stands before is what Keller said.
        ("The talks stalled in May, according to Keller, the envoy.", "The talks stalled in May"),
        (
            "The rules were tightened in May, according to Keller, a lawyer who read the rules.",
            "The rules were tightened in May",
        ),
    ],
)
def test_a_clause_after_a_mid_sentence_according_to(sentence, text):
    quote = only(INTRO, sentence)
    assert (quote.text, quote.speaker) == (text, "Anna Keller")


def test_according_to_inside_a_subject_is_no_clause_of_its_own():
    found = quotes_of(
        INTRO,
        "Internal polling, according to Keller’s book about the race, The Turn, painted a "
        "complicated picture.",
    )
    assert all(not q.text.startswith("The Turn") for q in found)


def test_a_verb_inside_the_speakers_relative_clause_is_not_the_attribution():
    quote = only(
        INTRO,
        "“Senators must come through as they promised,” Keller, who made the law one of her "
        "central campaign promises last year, wrote on social media.",
    )
    assert quote.speaker == "Anna Keller"


def test_a_pronoun_subject_with_an_adverb_before_and_said_is_the_person():
    quote = only(
        INTRO,
        "She also called for more patrols on the border and said “the fishing fleet is in the "
        "best position to help.”",
    )
    assert (quote.kind, quote.speaker) == ("partial", "Anna Keller")


def test_a_title_after_according_to_refers_back_to_that_speaker():
    found = quotes_of(
        "Analyst Pavel Orlik spoke on Monday about President Ivan Marek.",
        "According to Orlik, the bombing is counterproductive.",
        "The rest is what “Marek and his allies call defence,” the expert pointed out.",
    )
    partial = next(q for q in found if q.kind == "partial")
    assert partial.speaker == "Pavel Orlik"


def test_a_title_after_agreed_with_is_not_the_person_agreed_with():
    found = quotes_of(
        "Lawyers for Ivana Marek filed papers. Ivana Marek's brief said the files were private.",
        "The judge agreed with Ivana Marek that there was no reason to intrude on her privacy.",
    )
    clause = next(q for q in found if q.text.startswith("there was no reason"))
    assert clause.speaker is None and clause.speaker_description == "The judge"


def test_the_attribution_after_the_last_quote_covers_an_earlier_partial_quote():
    found = quotes_of(
        "President Ivan Marek should either “widen his circle” or stop trusting everything "
        "“poured into his ears,” Deputy Speaker Pavel Orlik said."
    )
    partials = [q for q in found if q.kind == "partial"]
    assert [(q.text, q.speaker) for q in partials] == [
        ("widen his circle", "Pavel Orlik"),
        ("poured into his ears", "Pavel Orlik"),
    ]


@pytest.mark.parametrize("bullet", ["- ", "• ", "* "])
def test_a_list_bullet_does_not_hide_the_subject(bullet):
    quote = only(f"{bullet}Norway’s air force said it shot down 42 of the 85 drones overnight.")
    assert (quote.text, quote.speaker_description) == (
        "it shot down 42 of the 85 drones overnight",
        "Norway’s air force",
    )


def test_an_accusation_with_a_quoted_word_keeps_its_clause_beside_the_partial():
    found = quotes_of(
        INTRO, "Keller accused the envoy of “constantly” changing the terms of the fishing deal."
    )
    assert sorted((q.kind, q.text, q.speaker) for q in found) == [
        (
            "indirect",
            "the envoy of “constantly” changing the terms of the fishing deal",
            "Anna Keller",
        ),
        ("partial", "constantly", "Anna Keller"),
    ]


def test_a_partial_quote_after_but_takes_the_attribution_before_the_but():
    found = quotes_of(
        "President Ivan Marek spoke.",
        "Marek “does not say no directly”, Keller said in her video address, but “in "
        "practice, he is preparing a rejection”.",
    )
    assert [q.speaker for q in found if q.kind == "partial"] == ["Keller", "Keller"]


@pytest.mark.parametrize(
    "attribution",
    [
        "said Marek ally Tom Hale",
        "explained Democratic strategist and longtime Marek ally Tom Hale",
        "said Marek’s campaign manager Tom Hale",
    ],
)
def test_a_name_that_qualifies_a_title_is_not_the_speaker(attribution):
    quote = only("President Ivan Marek spoke.", f"“He has the money to win,” {attribution}.")
    assert quote.speaker == "Tom Hale"


def test_a_name_before_a_verb_is_not_a_title_qualifier():
    found = quotes_of(
        "Press secretary Jo Kell said Marek congratulated Sanders on his “remarkable "
        "accomplishment” in the race."
    )
    assert {q.speaker for q in found} == {"Jo Kell"}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Keller in a series of posts said the envoy had been recalled.", "Anna Keller"),
        ("Keller earlier said the envoy had been recalled.", "Anna Keller"),
        ("Norway’s foreign minister, however, said the envoy had been recalled.", "Anna Keller"),
        ("Tom Hale of the consulting firm Avalere said the envoy had been recalled.", "Tom Hale"),
    ],
)
def test_words_after_the_subject_do_not_hide_the_person(sentence, speaker):
    found = quotes_of("Norway’s Foreign Minister Anna Keller met Tom Hale in Oslo.", sentence)
    assert [(q.text, q.speaker) for q in found] == [("the envoy had been recalled", speaker)]


@pytest.mark.parametrize(
    ("intro", "description", "speaker"),
    [
        ("Rep. Dana Olsen, R-Ore., spoke on Monday.", "the congressman", "Dana Olsen"),
        # "the lawyer" is no attorney general, "the congressman" no trade representative
        ("Attorney General Tom Hale spoke on Monday.", "the lawyer", None),
        ("U.S. Trade Representative Tom Hale spoke on Monday.", "the congressman", None),
    ],
)
def test_a_description_with_an_equivalent_title_is_the_person(intro, description, speaker):
    found = quotes_of(
        intro,
        "The mayor, Ivo Brandt, spoke too.",
        f"“I’ve got limited time,” {description} said.",
    )
    assert [q.speaker for q in found if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "projects" and "confirm" report speech only from someone, or before "that"
        (("Wind projects the agency approved in 2024 are now on hold.",), []),
        (("Further tests will confirm the virus is spreading in the region.",), []),
        (("The Fed projects that wages will rise slowly.",), [("wages will rise slowly", None)]),
        (
            ("Officials confirm the plant was never inspected.",),
            [("the plant was never inspected", None)],
        ),
        # "not only said" is no negation
        (
            ("Senator Tom Hale not only said the bill would fail, he voted against it.",),
            [("the bill would fail, he voted against it", "Tom Hale")],
        ),
        # an appositive with "who" after "according to X," is not what X said
        (
            (
                "Sen. Tom Hale spoke on Monday. The bill would cut taxes for most families, "
                "according to Hale, the senator who introduced it in March.",
            ),
            [("The bill would cut taxes for most families", "Tom Hale")],
        ),
        # "the governor of Nevada" may be another governor than the one named
        (
            (
                "Gov. Gavin Nolan spoke on Monday.",
                *["The rain went on."] * 5,
                "“The state is stealing our water,” the governor of Nevada said.",
            ),
            [("The state is stealing our water,", None)],
        ),
        # another clause and someone else's words: the trailing attribution does not cover them
        (
            (
                "Jane Smith is an analyst. President Ivan Marek’s promise of a decision within "
                "“two weeks” has come and gone, and the deal is “nowhere near done,” Smith said.",
            ),
            [("nowhere near done", "Jane Smith")],
        ),
    ],
)
def test_review_cases(paragraphs, expected):
    assert spoken(*paragraphs) == expected


@pytest.mark.parametrize(
    ("sentence", "description"),
    [
        ("Republicans, including Mr. Kang, said the general should testify.", "Republicans"),
        (
            "Supporters of the law, including Sen. Kang, say it is vital to security.",
            "Supporters of the law",
        ),
        ("Several senators, among them Peter Kang, said the bill would fail.", "Several senators"),
    ],
)
def test_a_group_including_a_named_person_speaks_as_the_group(sentence, description):
    found = quotes_of("Rep. Peter Kang spoke on Monday.", sentence)
    assert [(q.speaker, q.speaker_description) for q in found] == [(None, description)]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the relative clause hangs on the judge past his appositive
        (
            (
                "The posts praise District Judge Ray Lamont, a Reagan appointee, who ruled that "
                "he could not stop the book.",
            ),
            [("he could not stop the book", "Ray Lamont")],
        ),
        # no appositive: "Mr. Varga, versus many members who said" is no clause on Varga
        (
            (
                "In all, union leaders said they would not vote for Mr. Varga, versus many "
                "members who said his handling made them back him.",
            ),
            [
                (
                    "they would not vote for Mr. Varga, versus many members who said his "
                    "handling made them back him",
                    None,
                )
            ],
        ),
        # the outlet after "according to" relays the minister's words
        (
            (
                "Foreign Minister Arne Dahl spoke on Thursday.",
                "Dahl said he hoped “the decision can create momentum,” according to the "
                "Associated Press.",
            ),
            [("the decision can create momentum", "Arne Dahl")],
        ),
        # names inside the speaker's appositive relative clause are not the subject
        (
            (
                "Sid Blum and Cody Shear ran the campaign.",
                "Rick Moss, a former Bill Linton aide who knows Blum and Shear, suggested on "
                "Wednesday that the pair planted the story. He argued that the firm was used "
                "to “launder” the claims.",
            ),
            [
                ("launder", "Rick Moss"),
                ("the firm was used to “launder” the claims", "Rick Moss"),
                ("the pair planted the story", "Rick Moss"),
            ],
        ),
    ],
)
def test_relative_clauses_appositives_and_relaying_outlets(paragraphs, expected):
    assert spoken(*paragraphs) == expected


def test_the_ex_president_is_the_former_president_just_named():
    found = quotes_of(
        "Her husband, former president Bob Castell, insisted she works out. And while he said "
        "there was nothing to it, the ex-president acknowledged that health is fair game."
    )
    assert [(q.text, q.speaker) for q in found][-1] == ("health is fair game", "Bob Castell")


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the pronoun far on picks up the writer, not the president he served under
        (
            (
                "A bomb above a city could deliver grave harm, Harold Vance, who was the "
                "director of the agency under President Carl Brandt, wrote.",
                "The op-ed mentions the test of 1962.",
                "The op-ed says some analysts doubt the threat.",
                "The op-ed points to a report on the grid.",
                "“A warhead at that altitude would blind the grid,” he writes.",
            ),
            "Harold Vance",
        ),
        # no other fit in the object's paragraph: the object
        (
            (
                "Judge Rolf Trent heard the case.",
                "There was nothing tentative about the opinion of Trent.",
                "“The logic is unfathomable,” he wrote.",
            ),
            "Rolf Trent",
        ),
    ],
)
def test_a_pronoun_prefers_a_subject_in_the_paragraph_of_the_nearest_object(paragraphs, speaker):
    assert [q.speaker for q in quotes_of(*paragraphs)][-1] == speaker


def test_a_pronoun_after_someone_else_is_no_vote_on_a_gender():
    # "Alcee" is in no name list: "her" after "Ms. Cortes" must not make him a woman
    found = quotes_of(
        "Former Sen. Joe Lyman wrote an op-ed.",
        "“Her plans would bankrupt the country,” he continued.",
        "In an interview, Rep. Alcee Hobbs warned Ms. Cortes that alienating moderates would "
        "hurt her chances.",
        "“Meteors fizz out,” he said.",
    )
    assert [(q.text, q.speaker) for q in found][-1] == ("Meteors fizz out,", "Alcee Hobbs")


def test_the_subject_of_a_clause_after_after_is_no_object():
    found = quotes_of(
        "Ken Stone praised the pick. “He is above politics,” said Stone.",
        "The appointment comes weeks after Attorney General Will Barton told Congress that he "
        "was building a team.",
        "“I think spying on a campaign is a big deal,” he said.",
    )
    assert ("I think spying on a campaign is a big deal,", "Will Barton") in [
        (q.text, q.speaker) for q in found
    ]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a colon lead-in of its own: two quotes, not one split around an attribution
        (
            (
                "President Ivan Marek spoke on Monday. He said: “We are in a streak.” He added: "
                "“Over the past year, we added jobs.”",
            ),
            [
                ("We are in a streak.", "Ivan Marek"),
                ("Over the past year, we added jobs.", "Ivan Marek"),
            ],
        ),
        # a phrase set off by commas after the verb is no part of the reported clause
        (
            (
                "Prime Minister Ben Nadel spoke. He added, in reference to the vote, that the past "
                "is critical.",
            ),
            [("the past is critical", "Ben Nadel")],
        ),
        (
            ("Prime Minister Ben Nadel spoke. He said, in a statement, the bill is dead.",),
            [("the bill is dead", "Ben Nadel")],
        ),
        # ... nor a quote of its own after a colon
        (
            (
                "Prime Minister Ben Nadel spoke. He added, in reference to the vote: “The past is "
                "critical.”",
            ),
            [("The past is critical.", "Ben Nadel")],
        ),
    ],
)
def test_colon_lead_ins_and_asides_after_the_verb(paragraphs, expected):
    assert spoken(*paragraphs) == expected


def test_a_relative_clause_after_a_bare_title_appositive():
    found = quotes_of(
        "“The plants could emit more,” said Janet Nolte, vice president at the Lung Association, "
        "who added that changing these rules would remove an important tool."
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("The plants could emit more,", "Janet Nolte"),
        ("changing these rules would remove an important tool", "Janet Nolte"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "President Karl Trent took a victory lap on Tuesday, declaring that his tax cuts "
            "have sparked a revival.",
            [("his tax cuts have sparked a revival", "Karl Trent")],
        ),
        # an object, not a clause
        ("President Karl Trent spoke on Tuesday, declaring a state of emergency at once.", []),
        (
            "The army lost 210 personnel and a tank over the past 24 hours, the ministry "
            "specified.",
            [("The army lost 210 personnel and a tank over the past 24 hours", None)],
        ),
        # "specified" is a verb of speech only as a trailing attribution
        ("The judge found evidence of a specified federal crime in the case files.", []),
    ],
)
def test_participles_with_that_and_a_trailing_specified(sentence, expected):
    assert spoken(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an object after the verb: no trailing attribution, no clause before it
        ("While Graham may back the plan, others are stressing caution.", []),
        (
            "Asked whether it would have gone the same way if he had been white, Wilson said yes.",
            [],
        ),
        # a name that ends the stretch before the verb is its subject
        (
            "The chief executive, Carla Lin, announced the suspension of the bill, and even "
            "offered an apology.",
            [],
        ),
        # the comma of "1,373" ends no inverted attribution
        (
            "OVD-Info, which has monitored arrests since 2011, said the number of detentions "
            "reached 1,373 by early Sunday.",
            [("the number of detentions reached 1,373 by early Sunday", None)],
        ),
        # what may follow: when, where, to whom
        (
            "Talks will very likely be held next week, President Alex Stubbe told broadcaster "
            "Yle on Wednesday.",
            [("Talks will very likely be held next week", "Alex Stubbe")],
        ),
        (
            "A surprise intermediary was Pope Leo, said the officials, who spoke on condition of "
            "anonymity.",
            [("A surprise intermediary was Pope Leo", None)],
        ),
    ],
)
def test_what_follows_a_trailing_verb(sentence, expected):
    assert spoken(sentence) == expected


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a lede's "a federal judge", named with that title in the next paragraphs
        (
            (
                "A federal judge in Texas has declared that the all-male draft is "
                "unconstitutional.",
                "The decision deals the biggest blow to the system since 1981.",
                "But U.S. District Judge Gary Millet ruled late Friday that men and women can "
                "fight.",
            ),
            "Gary Millet",
        ),
        # an unnamed source stays unnamed
        (
            (
                "“We all know why he is doing this,” said a senior Republican senator who asked "
                "not to be named.",
                "Sen. Dave Vitt, a freshman senator, spoke on Monday.",
            ),
            None,
        ),
        # "one Republican senator" in a lede, the senator opening the next paragraph
        (
            (
                "The ministry has been handing out leaflets, a practice that one Republican "
                "senator says is the latest example of an “aggressive” push.",
                "Sen. Dave Vitt, R-Ala., raised concerns about it in a letter on Monday.",
            ),
            "Dave Vitt",
        ),
        # ... but one named later, elsewhere, is no one's name for him
        (
            (
                "“The stakes are high,” one Republican senator said of the repeal effort.",
                "The senator said it would not be surprising if the effort failed.",
                "Other senators, among them Sen. Dave Vitt, have reached out to Democrats.",
            ),
            None,
        ),
    ],
)
def test_an_indefinite_titled_speaker_named_just_after(paragraphs, speaker):
    assert quotes_of(*paragraphs)[0].speaker == speaker


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "ally" and "family" end in -ly but are no adverbs between a subject and its verb
        (
            (
                "Senator Bernard Sandor spoke on Monday.",
                "“They align on almost every issue,” one Sandor ally said.",
            ),
            [("They align on almost every issue,", None, "one Sandor ally")],
        ),
        (
            ("Her family told a television station that she was watching her nephew.",),
            [("she was watching her nephew", None, "Her family")],
        ),
    ],
)
def test_nouns_in_ly_are_no_adverbs(paragraphs, expected):
    found = quotes_of(*paragraphs)
    assert [(q.text, q.speaker, q.speaker_description) for q in found] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the main clause's verb speaks, not the opening clause's
        (
            "After a paper reported that Mr. Biden is mulling a new push, press secretary Jay "
            "Carnes said Friday that the vice president is a key player.",
            [("the vice president is a key player", "Jay Carnes")],
        ),
        # an opening clause with the only verb of speech ends at its comma
        (
            "After a paper reported that Mr. Biden is mulling a new push, the White House "
            "scrambled to respond.",
            [("Mr. Biden is mulling a new push", None)],
        ),
        (
            "Though Holder said he had assigned two attorneys to the leaks, President Obama "
            "rejected the notion.",
            [("he had assigned two attorneys to the leaks", "Eric Holder")],
        ),
    ],
)
def test_a_subordinate_opening_clause(sentence, expected):
    found = quotes_of("Attorney General Eric Holder spoke.", sentence)
    assert [(q.text, q.speaker) for q in found] == expected


def test_an_aside_on_an_object_in_a_relative_clause_is_no_subject():
    found = quotes_of(
        "Ukrainian President Victor Zelen called on the United States, which has taken a "
        "softer line on Russia and its leader, Vladimir Putkin, since President Donald Trumble "
        "took office, to speak out. “The silence of others only encourages him,” he wrote."
    )
    assert [q.speaker for q in found] == ["Victor Zelen"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "“They were shot down,” said Khosro Malek. Malek and other families have petitioned "
            "the court. He is bitterly disappointed. But we did raise it with Baghaei, the "
            "foreign ministry spokesperson, in an interview. He said things would have been "
            "easier with diplomatic relations.",
            "Baghaei",
        ),
        (
            "“It is a bad deal,” said President Don Trumble. Critics complain about the deal. "
            "The agreement would stay in place, said Michael Rubinek, an analyst at the "
            "American Enterprise Institute. “Decertification is not walking away from the "
            "deal,” he said.",
            "Michael Rubinek",
        ),
    ],
)
def test_a_pronoun_picks_up_the_one_just_introduced_with_a_title(paragraph, speaker):
    assert [q.speaker for q in quotes_of(paragraph)][-1] == speaker


def test_a_title_with_of_the_before_the_subject():
    found = quotes_of(
        "The council voted on Monday. U.S. Ambassador to the United Nations Nina Hale called "
        "the resolution “the single largest sanctions package ever.”"
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("the single largest sanctions package ever", "Nina Hale")
    ]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a lede's definite description, named with that title in the next paragraph
        (
            (
                "Virginia's governor said Sunday his state would take measures to ensure "
                "residents can vote.",
                "“We'll be ready,” Virginia Gov. Bob McDowell said.",
            ),
            "Bob McDowell",
        ),
        # its qualifiers count: the defense minister is not the prime minister
        (
            (
                "The defense minister said NATO countries had started deliveries of weapons.",
                "On Saturday, the prime minister Arsen Yatsen spoke in Kyiv.",
            ),
            None,
        ),
        # after one with that title was named, "the governor" points back, not ahead
        (
            (
                "Gov. Ann Rich spoke on Monday. The governor said the state would be ready.",
                "Gov. Bob McDowell of Virginia disagreed.",
            ),
            "Ann Rich",
        ),
    ],
)
def test_a_lede_definite_description_named_just_after(paragraphs, speaker):
    assert quotes_of(*paragraphs)[0].speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a clause of the reporter's with its own subject after the attribution
        (
            "A drone attack has killed at least four people in the city of Dnipro and damaged "
            "buildings, the regional governor said, as Moscow claims gains elsewhere.",
            [
                (
                    "A drone attack has killed at least four people in the city of Dnipro and "
                    "damaged buildings",
                    "the regional governor",
                )
            ],
        ),
    ],
)
def test_a_reporters_clause_after_a_trailing_attribution(sentence, expected):
    found = quotes_of(sentence)
    assert [(q.text, q.speaker_description) for q in found] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Secretary Katherine Sebel told reporters she stands by the law but cannot give "
                "figures.",
            ),
            [("she stands by the law but cannot give figures", "Katherine Sebel")],
        ),
        (
            (
                "Hockey host Don Cheery spoke on Monday.",
                "Cheery denies he was singling out visible minorities.",
            ),
            [("he was singling out visible minorities", "Don Cheery")],
        ),
        # an object and a comma, no clause
        (("Judge Brett Kavan denied the allegation Friday, as did Judge Mark Judd.",), []),
    ],
)
def test_bare_clauses_after_told_and_denies(paragraphs, expected):
    assert spoken(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "the official" refers back to the unnamed official, not to the person named
        (
            (
                "Defense Secretary Chuck Hegel resigned on Monday. “Make no mistake, he was "
                "fired,” a senior U.S. official told Fox News.",
                "The official said Hegel agreed to stay until a successor is confirmed.",
            ),
            [
                ("Make no mistake, he was fired,", None),
                ("Hegel agreed to stay until a successor is confirmed", None),
            ],
        ),
        # a name that modifies the speaker noun: the associate speaks, unnamed
        (
            (
                "Senator Bernard Sandor spoke.",
                "“There is some tension,” said one Sandor associate.",
            ),
            [("There is some tension,", None)],
        ),
        # with no unnamed official before, "the official" is the one just named
        (
            (
                "Defense Secretary Chuck Hegel spoke on Monday. The official said he would stay "
                "until a successor is confirmed.",
            ),
            [("he would stay until a successor is confirmed", "Chuck Hegel")],
        ),
    ],
)
def test_unnamed_sources_stay_unnamed(paragraphs, expected):
    assert spoken(*paragraphs) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # short clauses: a pronoun and its verb
        ("Rep. Benny Thomsen said he was pleased.", [("he was pleased", "Benny Thomsen")]),
        ("Mark Shortt said that’s completely wrong.", [("that’s completely wrong", "Mark Shortt")]),
        # ", saying ..." is a second statement of its own
        (
            "President Don Trimble said he isn't ready to issue an order, saying it isn't needed "
            "in some states.",
            [
                ("he isn't ready to issue an order", "Don Trimble"),
                ("it isn't needed in some states", "Don Trimble"),
            ],
        ),
        (
            "David Keane said he has little faith in background checks, saying they don't work.",
            [
                ("he has little faith in background checks", "David Keane"),
                ("they don't work", "David Keane"),
            ],
        ),
    ],
)
def test_short_clauses_and_saying_after_a_clause(sentence, expected):
    assert spoken(sentence) == expected


def test_a_naming_participle_between_quotes_makes_two_quotes():
    found = quotes_of(
        "“This is not a battle about guns,” Mr. Porter said, calling it “a culture war.”"
    )
    assert [(q.kind, q.text) for q in found] == [
        ("direct", "This is not a battle about guns,"),
        ("partial", "a culture war"),
    ]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # what may follow a trailing attribution: how, where, when
        (
            ("The plant will close by June, Ann Cole said as she left the meeting.",),
            [("The plant will close by June", "Ann Cole")],
        ),
        (
            ("The plant will close by June, Ann Cole wrote online.",),
            [("The plant will close by June", "Ann Cole")],
        ),
        (
            ("The plant will close by June, Ann Cole said over the weekend.",),
            [("The plant will close by June", "Ann Cole")],
        ),
        # "said privately": an anonymous source stays unnamed
        (
            (
                "“It’s a mess,” a Republican senator said privately on Tuesday.",
                "Sen. Jon Hale, R-Texas, said the bill would pass.",
            ),
            [("It’s a mess,", None), ("the bill would pass", "Jon Hale")],
        ),
        # the president of a union is no President X
        (
            (
                "The president of the teachers union said the strike would go on.",
                "Meanwhile, President Alan Brisco signed the budget.",
            ),
            [("the strike would go on", None)],
        ),
        # a named person's own appositive is no unnamed official
        (
            (
                "Maria Lund, a senior official, spoke on Monday. “The dam will hold,” the official said.",
            ),
            [("The dam will hold,", "Maria Lund")],
        ),
        # the object of a verb, introduced with a title, is not who "he" is
        (
            (
                "Gov. Paul Rand fired Tom Brill, the state's budget director, on Monday. He said "
                "the agency needed new leadership.",
            ),
            [("the agency needed new leadership", "Paul Rand")],
        ),
    ],
)
def test_review_cases_of_the_round(paragraphs, expected):
    assert spoken(*paragraphs) == expected


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "Senator Ida Berg told CNN Monday morning she didn't like the treatment he received.",
            "she didn't like the treatment he received",
            "Ida Berg",
        ),
        (
            "Rep. Tom Vale told leadership he was disappointed in them.",
            "he was disappointed in them",
            "Tom Vale",
        ),
        (
            "Peter Olsen refused to say how much, telling the oversight committee they could "
            "take that up with his lawyer.",
            "they could take that up with his lawyer",
            "Peter Olsen",
        ),
        (
            "Mark Hale described his firing as political, telling Scott Lund he was authorized "
            "to speak.",
            "he was authorized to speak",
            "Mark Hale",
        ),
        (
            "But Jeb Lund made clear in his remarks Wednesday that those businesses should be "
            "protected.",
            "those businesses should be protected",
            "Jeb Lund",
        ),
        (
            "Ted Marsh also made clear on the call it was the party's goal to keep its seats.",
            "it was the party's goal to keep its seats",
            "Ted Marsh",
        ),
        (
            "Ted Marsh made clear Sunday he will not budge on the issue.",
            "he will not budge on the issue",
            "Ted Marsh",
        ),
    ],
)
def test_told_object_and_made_clear_report_a_clause(sentence, clause, speaker):
    quote = only(sentence)
    assert (quote.kind, quote.text, quote.speaker) == ("indirect", clause, speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ted Marsh made clear his intentions when asked in May what he would do.",
        "Old cities differ from new ones, as any drive through Los Angeles and Philadelphia "
        "makes clear.",
        "Ada Lund went after him for telling the Daily Post he didn't want to answer the question.",
    ],
)
def test_no_reported_clause_of_the_subject(sentence):
    assert [q for q in quotes_of(sentence) if q.kind == "indirect"] == []


def test_criticism_for_saying_is_still_the_subjects_statement():
    assert spoken(
        "John Brennan got into hot water for suggesting that bin Laden used a shield."
    ) == [("bin Laden used a shield", "John Brennan")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Desperate Neighbours” star Ada Lund says she takes full responsibility.",
        "Speaking to “60 Minutes” correspondent Tom Berg, Lund said it was over.",
        "Ed Lund was reunited with his girlfriend, as revealed in a new documentary, "
        "“Northlight,” and a magazine piece published on Friday.",
    ],
)
def test_titles_of_works_are_no_quotes(paragraph):
    assert not [q for q in quotes_of(paragraph) if q.kind in ("direct", "partial")]


def test_short_quotes_beside_titles_stay():
    texts = {q.text for q in quotes_of("Tom Lund told ABC that his father would “100%” accept it.")}
    assert "100%" in texts
    assert [q.text for q in quotes_of("“Stop,” he said.", "“We Won,” Ada Lund said.")] == [
        "Stop,",
        "We Won,",
    ]


def test_an_outlet_relays_the_one_named_speaking():
    assert spoken(
        "Walter Hale, former head of the ethics office, said owning the shares was no "
        "conflict of interest, according to the Journal."
    ) == [("owning the shares was no conflict of interest", "Walter Hale")]
    quotes = quotes_of(
        "State Police Lt. Dale Berg called the shooting spree “incomprehensible,” according to "
        "Fox 17 Online."
    )
    assert ("incomprehensible", "Dale Berg") in [(q.text, q.speaker) for q in quotes]
    # with nobody named speaking, the outlet is the source
    assert spoken("The minister will visit Oslo next week, according to the Kremlin.") == [
        ("The minister will visit Oslo next week", None)
    ]


def test_a_time_between_subject_and_verb():
    assert spoken(
        "Homeland Security Secretary Janet Moller earlier this month said wait times were going up."
    ) == [("wait times were going up", "Janet Moller")]


def test_no_clause_from_a_plural_noun_after_it():
    assert not [
        q
        for q in quotes_of("Tom Lund praised the drug daily, and he mentioned it dozens of times.")
        if q.text.startswith("it dozens")
    ]


def test_inverted_attribution_after_the_rest_of_the_reporters_clause():
    assert spoken(
        "Rep. Gary Lind, a Democrat running for Senate, is campaigning against the agenda.",
        "“There’s certainly a place” for moderates in national politics, says Seth Mork, a "
        "director at the university. But he also cautioned that the party will have work to do.",
    ) == [
        ("There’s certainly a place", "Seth Mork"),
        ("the party will have work to do", "Seth Mork"),
    ]


def test_a_name_ending_a_list_inside_a_relative_clause_is_no_subject():
    assert spoken(
        "Ed Snell, who worked with the journalists Glen Berg, Laura Pitt, and Bart Gell to "
        "publish the files, also answered a question.",
        "“I don’t,” he went on.",
    ) == [("I don’t,", "Ed Snell")]
    # "..., and Trump later called it": a clause, no list
    assert spoken(
        "As it happened, the crowd filled the mall, and Tom Lund later called it a success, "
        "tweeting: “A great crowd this evening!”"
    ) == [("A great crowd this evening!", "Tom Lund")]


def test_names_listed_or_set_off_as_objects_are_no_subjects():
    # the middle of a list after a clause's words
    assert spoken(
        "Jim Carr spoke at his house. On Saturday night, he joined the former presidents "
        "George Buss (1989-93), Bill Cline (1993-2001), George Wald (2001-2009) and Barry "
        "Obert (2009-2017) at a concert in Texas.",
        "Asked if he would go again, he said: “I would go, yes.”",
    ) == [("I would go, yes.", "Jim Carr")]
    # the appositive of an object: "spoken to the national security adviser, X, he said"
    quotes = quotes_of(
        "Former President Jim Carr said he would go.",
        "He had spoken to the national security adviser, Hal Mast, he said, including at a "
        "funeral in May.",
    )
    assert {q.speaker for q in quotes} == {"Jim Carr"}
    # but a title before the name of the subject stays the subject's
    assert spoken(
        "However, later on Sunday, Trump's Special Envoy for Ukraine, Keith Kell, called it a "
        "violation. “The killing is a clear violation,” he wrote."
    ) == [("The killing is a clear violation,", "Keith Kell")]


def test_someone_speaking_for_a_person_is_not_that_person():
    assert spoken(
        "Mike Penn spoke in Dublin.",
        "According to Penn's office, the decision to stay was solely its own.",
    ) == [("the decision to stay was solely its own", None)]
    assert spoken("Mike Penn spoke.", "“It was fine,” said Penn's wife.") == [
        ("It was fine,", None)
    ]
    # unless the one speaking is named after the comma
    assert spoken(
        "Ada Jeffers was killed on Saturday.",
        "“It is another one of those situations,” said Jeffers’s sister, Amber Carr.",
    ) == [("It is another one of those situations,", "Amber Carr")]


def test_a_participle_after_the_quote_is_no_inverted_attribution():
    assert spoken(
        "Don Tramp spoke on Monday.",
        "Tramp on Monday told reporters that “Republicans have to get tougher and fight” the "
        "inquiry, saying the Democrats “vicious and they stick together.”",
    )[0] == ("Republicans have to get tougher and fight", "Don Tramp")


def test_the_subject_of_a_reported_clause_is_not_the_next_he():
    people = (
        "President Barry Oberg spoke to the Business Roundtable. Oberg said voters were angry. "
        "Oberg left. Oberg came back. “America is great,” Oberg said.",
        "Later, White House press secretary Josh Ernst said the president wasn’t singling out "
        "anyone. He said the comments “apply to a significant number of candidates.”",
    )
    assert ("apply to a significant number of candidates", "Josh Ernst") in spoken(*people)


def test_the_age_noun_refers_back_to_the_person_just_named():
    assert spoken(
        "Asked to handicap the race, Jim Schick, of Conneaut, Ohio, predicted that Mr. Romer "
        "will win his state.",
        "“I think it is going to be the unemployment reports,” the 52-year-old said.",
    )[-1] == ("I think it is going to be the unemployment reports,", "Jim Schick")
    assert spoken(
        "Dmytro Guza was returning home with his wife Olena when he felt the explosion. “After "
        "that, I didn’t hear anything at all,” the 49-year-old says."
    ) == [("After that, I didn’t hear anything at all,", "Dmytro Guza")]
    # one introduced unnamed with that age is someone else
    assert spoken(
        "Ana Lopez spoke. A 40-year-old man from Ohio was also there.",
        "“It was awful,” the 40-year-old said.",
    ) == [("It was awful,", None)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Saying “we will respond to the threat of climate change,” President Barry Oberg used "
        "his address to put the issue back on the front burner.",
        "Washington (CNN) - Saying “we will respond to the threat of climate change,” President "
        "Barry Oberg used his address to put the issue back.",
    ],
)
def test_a_fronted_participle_is_said_by_the_subject_after_the_quote(paragraph):
    assert spoken(paragraph) == [("we will respond to the threat of climate change", "Barry Oberg")]


def test_a_paragraph_set_apart_after_a_lead_in_is_a_block_quote():
    # an embedded tweet without marks, its signature left out
    assert spoken(
        "Commentator Erik Ericsen responded to the speech by claiming that the senator was a "
        "“petulant man child” who gave “the middle finger” to voters:",
        "We have a petulant man child for senator. -- Erik Ericsen (@EEricsen) November 5, 2014",
    )[-1] == ("We have a petulant man child for senator.", "Erik Ericsen")
    # a statement by a named person
    assert spoken(
        "Transportation Secretary Elaine Chow said in a statement:",
        "This rule reflects the department’s first priority, which is safety for everyone.",
    ) == [
        (
            "This rule reflects the department’s first priority, which is safety for everyone.",
            "Elaine Chow",
        )
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # list items, not sentences
        (
            "There are three groups of lawmakers to watch, analyst Ian Bolt said:",
            "Big names who could grab headlines",
        ),
        # a group's answer, then the reporter goes on
        (
            "Republicans said yes; Democrats and independents said no:",
            "This is why the senator's opponents have not made the obvious criticism of him.",
        ),
        # a paragraph with an attribution of its own
        (
            "Officials said:",
            "In an email, director Andrew Smit wrote that the agency 'has been asked' to help.",
        ),
    ],
)
def test_no_block_quote_for_lists_narration_or_attributed_paragraphs(paragraphs):
    assert not [q for q in quotes_of(*paragraphs) if q.kind == "direct"]


def test_a_participle_lead_in_is_said_by_its_subject():
    assert spoken(
        "Mayor Steven Fulton spoke.",
        "Still, Fulton later came out forcefully, saying that “there is no question that this is "
        "a hate crime”:",
        "“When you look at the facts, it's difficult to argue anything other than that.”",
    )[-1] == (
        "When you look at the facts, it's difficult to argue anything other than that.",
        "Steven Fulton",
    )


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "Rep. Adam Shiff, also a member of the committee, said Sunday that the suspects "
            "being linked to a terror group appears unlikely.",
            "the suspects being linked to a terror group appears unlikely",
            "Adam Shiff",
        ),
        (
            "Anton Shahi, one of the most visible activists who has been protesting, said he "
            "sensed things would escalate as soon as he learned about it.",
            "he sensed things would escalate as soon as he learned about it",
            "Anton Shahi",
        ),
        (
            "Eunju Park, whose father died of starvation, told U.N. diplomats that she was sold "
            "for less than 300 dollars.",
            "she was sold for less than 300 dollars",
            "Eunju Park",
        ),
        (
            "President Don Tramp told cheering Cuban-Americans on Friday that his new "
            "restrictions will help.",
            "his new restrictions will help",
            "Don Tramp",
        ),
        (
            "Paul Ryman told Republican members on a conference call this morning that he will "
            "focus on the majority.",
            "he will focus on the majority",
            "Paul Ryman",
        ),
        (
            "Don Tramp told the forum he was totally against the war.",
            "he was totally against the war",
            "Don Tramp",
        ),
        (
            "Jang Se-yul told CNN he thinks that Pyongyang has 1,800 hackers.",
            "he thinks that Pyongyang has 1,800 hackers",
            "Jang Se-yul",
        ),
    ],
)
def test_core_reported_clauses(sentence, clause, speaker):
    assert (clause, speaker) in spoken(sentence)


def test_the_main_verb_after_a_relative_clause_reports_too():
    assert spoken(
        "Lynne Brooks, a classmate of hers who has said repeatedly that the denials were lies, "
        "told USA TODAY she would be willing to cooperate."
    ) == [
        ("the denials were lies", "Lynne Brooks"),
        ("she would be willing to cooperate", "Lynne Brooks"),
    ]


def test_a_show_title_in_marks_before_the_reported_clause():
    assert spoken(
        "Sen. Rand Pauls warned Sunday on NBC’s “Meet the Press” that if Republicans vote for the "
        "plan, they will own it."
    ) == [("if Republicans vote for the plan, they will own it", "Rand Pauls")]
    assert spoken(
        "Rep. Mike McCall told “Fox News Sunday” that the suspects perhaps had help."
    ) == [("the suspects perhaps had help", "Mike McCall")]
    # a quote is no object: what follows it is the reporter's
    assert not [
        q
        for q in quotes_of(
            "Ted Lund warned “this is not something I can do myself” before going the extra "
            "step of worrying about his nation's soul."
        )
        if q.kind == "indirect"
    ]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a list after an opening phrase opens the clause: its last name is a subject
        (
            (
                "Speaker Tom Hale opened the session on Monday.",
                "After the vote, Mary Berg, Ann Lund, and Raj Patel walked out. “We were "
                "ignored,” he said.",
            ),
            ("We were ignored,", "Raj Patel"),
        ),
        # a fronted phrase with a title is no object of a verb
        (
            (
                "President Jon Bide hosted union leaders on Monday.",
                "In a meeting with the president, Tom Lund, head of the autoworkers union, "
                "pressed for higher wages. “We need a deal,” he said.",
            ),
            ("We need a deal,", "Tom Lund"),
        ),
        # an unnamed relative between: the age noun is that one
        (
            (
                "Tom Lund watched as his daughter crossed the finish line. “I was so nervous,” "
                "the 17-year-old said.",
            ),
            ("I was so nervous,", None),
        ),
        # a subordinate clause's verb is the account's, not relayed
        (
            (
                "Ann Berg was attacked hours after she told Tom Lund she was leaving him, "
                "according to Sheriff Raj Patel.",
            ),
            (
                "Ann Berg was attacked hours after she told Tom Lund she was leaving him",
                "Raj Patel",
            ),
        ),
        # a family friend named after the possessive speaks
        (
            ("Ann Berg was killed. “She was a kind person,” said Berg's family friend Tom Lund.",),
            ("She was a kind person,", "Tom Lund"),
        ),
        # an inverted subject with a relative "that"
        (
            ("The plan is dead, said one Republican senator that voted for the bill.",),
            ("The plan is dead", None),
        ),
    ],
)
def test_review_cases_of_the_round_quotes(paragraphs, expected):
    assert expected in spoken(*paragraphs)


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Ann Berg told everyone she met that the mill would close by spring.",),
        ("Tom Lund told war stories at the dinner that left several guests in tears.",),
        ("Berg praised Lund for telling the truth when he testified last year.",),
        ("Tom Lund lost in May. Lund's defeat made clear it was time for new leaders.",),
        (
            "Mayor Tom Lund said the new budget includes three major changes:",
            "Property taxes will rise by 2 percent. The city will hire 40 new police officers.",
        ),
    ],
)
def test_review_cases_of_the_round_no_quote(paragraphs):
    assert [q for q in quotes_of(*paragraphs) if q.kind != "partial"] == []


def test_and_saying_that_stays_one_clause():
    assert spoken(
        "Tom Lund said the protesters were chanting and saying that the police had no right to "
        "be there."
    ) == [
        (
            "the protesters were chanting and saying that the police had no right to be there",
            "Tom Lund",
        )
    ]


def test_said_he_is_the_one_named_as_saying_it():
    quotes = quotes_of(
        "Police Commissioner Charles Ramsy, a former police chief who attended Mr. Oberg’s "
        "speech, said he thinks the congressional battle is “winnable.”"
    )
    assert {(q.text, q.speaker) for q in quotes} >= {("winnable", "Charles Ramsy")}
    # not a subject found by a looser path ("..., but said he believed")
    assert spoken(
        "Jeb Bash, speaking as Barry Oberg made an announcement, praised the return of a "
        "prisoner, but said he believed the president was misguided."
    ) == [("he believed the president was misguided", "Jeb Bash")]


def test_the_subject_of_a_claim_is_not_the_next_he():
    quotes = quotes_of(
        "NSA Director Keith Alexandre spoke on Tuesday. Alexandre also rejected the claim that "
        "former NSA contractor Edward Snowdon, who admitted leaking the documents, could tap "
        "into any phone.",
        "“I know of no way to do that,” he said.",
    )
    assert ("I know of no way to do that,", "Keith Alexandre") in [
        (q.text, q.speaker) for q in quotes
    ]


def test_one_named_speaking_wins_over_the_outlet_that_reports_it():
    assert spoken(
        "According to a pool report, Joe Bidden then added: “Look, I'm ready to debate him.”"
    ) == [("Look, I'm ready to debate him.", "Joe Bidden")]
    # with nobody named, the outlet
    assert spoken("According to Reuters, the minister’s office said: “We will not comment.”") == [
        ("We will not comment.", None)
    ]


def test_a_continued_paragraph_with_an_attribution_of_its_own_is_a_quote_of_its_own():
    assert spoken(
        INTRO,
        "“This is a crisis of trust,” she said. “And I think it is the worst we have had.",
        "“In the end I am running because I can win,” she said.",
    ) == [
        ("This is a crisis of trust, And I think it is the worst we have had.", "Anna Keller"),
        ("In the end I am running because I can win,", "Anna Keller"),
    ]
    # the first paragraph has no attribution: the one at the end is for the whole quote
    assert spoken(
        INTRO,
        "“This is a crisis of trust. And I think it is the worst we have had.",
        "“In the end I am running because I can win,” she said.",
    ) == [
        (
            "This is a crisis of trust. And I think it is the worst we have had. In the end I am "
            "running because I can win,",
            "Anna Keller",
        )
    ]


def test_a_second_quote_after_a_lead_in_has_its_own_attribution():
    assert spoken(
        "Anna Keller also told Radio Oslo: “There is no chance that we would be sued.” She "
        "added, “We treat our own companies the same way.”"
    ) == [
        ("There is no chance that we would be sued.", "Anna Keller"),
        ("We treat our own companies the same way.", "Anna Keller"),
    ]
    # the attribution between two parts of one quote still joins them
    assert spoken(
        "“There is no chance that we would be sued,” Anna Keller said. “We treat our own "
        "companies the same way.”"
    ) == [
        (
            "There is no chance that we would be sued, We treat our own companies the same way.",
            "Anna Keller",
        )
    ]


@pytest.mark.parametrize(
    ("sentence", "description"),
    [
        (
            "An aide to Mr. Lund said the call was brief and the two men disagreed.",
            "An aide to Mr. Lund",
        ),
        (
            "But a spokesman for British Prime Minister Tom Lund said on Monday that the West "
            "agreed to move.",
            "a spokesman for British Prime Minister Tom Lund",
        ),
        (
            "The presidential campaign for former Vice President Tom Lund said it was unfortunate "
            "that companies would ban the ads.",
            "The presidential campaign for former Vice President Tom Lund",
        ),
    ],
)
def test_an_unnamed_aide_or_campaign_of_a_person_is_not_that_person(sentence, description):
    quote = only("Speaker Tom Lund met the president on Friday.", sentence)
    assert (quote.speaker, quote.speaker_description) == (None, description)


def test_a_named_aide_of_a_person_speaks():
    quote = only(
        "Mark Steen, a spokesman for House Speaker Tom Lund, Ohio Republican, said committees "
        "will review the proposal."
    )
    assert quote.speaker == "Mark Steen"


def test_named_people_speaking_together_are_a_group():
    quote = only("Sens. Tom Lund and Jeff Berg of Arizona also said they would vote for cloture.")
    assert (quote.speaker, quote.speaker_description) == (None, "Sens. Tom Lund and Jeff Berg")
    quote = only("Tom Lund, Anna Berg and Sen. Amy Holt said the bill was dead.")
    assert (quote.speaker, quote.speaker_description) == (
        None,
        "Tom Lund, Anna Berg and Sen. Amy Holt",
    )
    # names inside the speaker's appositive are no group
    quote = only(
        "Dick Morrow, a former aide who knows Tom Lund and Jeff Berg, suggested on Wednesday that "
        "the allegations were planted."
    )
    assert quote.speaker == "Dick Morrow"


@pytest.mark.parametrize(
    "attribution",
    [
        "said University of Oslo political scientist Vincent Hutch",
        "said Harvard political scientist Vincent Hutch",
        "according to University of Tennessee law professor Vincent Hutch",
    ],
)
def test_a_long_description_before_an_inverted_name(attribution):
    quote = only(f"“There is some indication of it,” {attribution}, who reviewed the findings.")
    assert quote.speaker == "Vincent Hutch"


@pytest.mark.parametrize("attribution", ["she said", "said Foreign Minister Keller"])
def test_a_reporters_clause_ending_in_a_quote_before_the_attribution(attribution):
    found = spoken(
        INTRO,
        "The budget will include new money for schools and roads and for “climate "
        f"resilience,” {attribution}.",
    )
    assert found == [
        ("climate resilience", "Anna Keller"),
        (
            "The budget will include new money for schools and roads and for “climate resilience,”",
            "Anna Keller",
        ),
    ]


def test_a_direct_quote_or_a_lead_in_before_the_attribution_is_no_reporters_clause():
    found = spoken(
        INTRO,
        "“One should be cautious about predicting a collapse,” said Ms. Keller, although she "
        "said the possibility is real that the army may act.",
    )
    assert found == [
        ("One should be cautious about predicting a collapse,", "Anna Keller"),
        ("the possibility is real that the army may act", "Anna Keller"),
    ]
    found = spoken(
        INTRO,
        "Considering the allegations, “you are never quite sure whether you know them,” "
        "Keller said.",
    )
    assert [kind for kind, _ in found] == ["you are never quite sure whether you know them"]


def test_each_clause_of_first_said_then_said_is_a_quote():
    assert spoken(
        INTRO,
        "Keller first said she would have done the same thing, then said it was a "
        "hypothetical question she could not answer, then said mistakes were made and she "
        "would not do it.",
    ) == [
        ("she would have done the same thing", "Anna Keller"),
        ("it was a hypothetical question she could not answer", "Anna Keller"),
        ("mistakes were made and she would not do it", "Anna Keller"),
    ]


def test_a_second_reported_clause_beside_a_quote():
    assert spoken(
        INTRO,
        "Keller said the city is “running out of time to fix this,” but said the solution "
        "is simple.",
    ) == [
        ("running out of time to fix this", "Anna Keller"),
        ("the solution is simple", "Anna Keller"),
    ]
    # the quote's own attribution is no second clause, nor is a clause without a subject
    assert spoken(
        "“You have a bunch of bad hombres down there,” Ivan Marek told Pena Nieto, according to "
        "the excerpt given to AP."
    ) == [("You have a bunch of bad hombres down there,", "Ivan Marek")]
    assert [
        text
        for text, _ in spoken(
            "Even China said it was “resolutely opposed” to the test and warned Oslo to refrain "
            "from further actions that would worsen the situation."
        )
    ] == ["resolutely opposed", "it was “resolutely opposed” to the test"]


def test_a_title_opened_by_a_possessive_is_not_the_possessor():
    intro = "Ivan Marek won the race in 2012."
    quote = only(
        intro,
        "“A message only works if it is authentic,” said Marek’s 2012 deputy campaign "
        "manager, Sara Cutting.",
    )
    assert quote.speaker == "Sara Cutting"
    quote = only(intro, "“We will win again,” said Marek’s longtime chief of staff.")
    assert (quote.speaker, quote.speaker_description) == (
        None,
        "Marek’s longtime chief of staff",
    )


def test_a_participle_aside_ending_in_a_quoted_title_before_the_verb():
    quote = only(
        "Party chairman Tom Lund, speaking on CNN’s “State of the Union,” said he was not "
        "picking a side on the issue."
    )
    assert (quote.text, quote.speaker) == ("he was not picking a side on the issue", "Tom Lund")


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Keller told Finnish national broadcaster Yla that she and her husband would open "
            "their house.",
            "she and her husband would open their house",
        ),
        (
            "Keller told the British newspaper The Times that the deal was dead.",
            "the deal was dead",
        ),
        (
            "Keller, under oath, told the House Energy and Commerce Committee she stands by the "
            "act but cannot release the figures.",
            "she stands by the act but cannot release the figures",
        ),
        (
            "Keller told Mother Jones’s Nick Bauman and Pat Caldwel that the debate is the "
            "textbook example.",
            "the debate is the textbook example",
        ),
    ],
)
def test_told_an_outlet_or_a_body_with_a_long_name(sentence, clause):
    quote = only(INTRO, sentence)
    assert (quote.text, quote.speaker) == (clause, "Anna Keller")


def test_told_names_that_run_on_into_the_clause_are_no_object():
    # the names end where the clause would begin: no clause from the middle of a name
    found = quotes_of(
        "Ivan Marek told Senate Majority Leader Tom Lund and House Minority Leader Ann Berg, "
        "poised to become speaker, to “get it done” in his posts."
    )
    assert [(q.kind, q.text) for q in found] == [("partial", "get it done")]


@pytest.mark.parametrize(
    ("sentence", "description"),
    [
        (
            "The jobless rate dropped to 7.7 percent in November, the Bureau of Labor "
            "Statistics says.",
            "the Bureau of Labor Statistics",
        ),
        (
            "Republicans opposed to that provision say it unfairly forces veterans to pay.",
            "Republicans opposed to that provision",
        ),
        ("Officials in Kyiv said the attack killed three people.", "Officials in Kyiv"),
    ],
)
def test_a_body_or_a_group_with_a_modifier_speaks(sentence, description):
    quote = only(sentence)
    assert (quote.speaker, quote.speaker_description) == (None, description)


@pytest.mark.parametrize(
    "sentence",
    [
        "Half of the voters back the plan, Census Bureau data show.",
        "Officials in several states have approved the referendums on marijuana.",
    ],
)
def test_evidence_and_plain_subjects_are_no_speakers(sentence):
    assert quotes_of(sentence) == ()


def test_a_weekday_that_owns_the_subject_stays_in_the_clause():
    quote = only(
        "Organizers said Sunday’s march drew far more than the 100,000 they had hoped for."
    )
    assert quote.text == "Sunday’s march drew far more than the 100,000 they had hoped for"


def test_a_trailing_he_said_is_not_a_man_named_inside_the_clause():
    found = spoken(
        "“The press goes from one thing to another,” Jim Carvel said on Sunday.",
        "But the stories never harm her husband, former President Bill Lund, he said.",
    )
    assert found[-1] == (
        "But the stories never harm her husband, former President Bill Lund",
        "Jim Carvel",
    )


def test_the_clause_around_a_partial_quote_may_follow_another_clause():
    found = spoken(
        "Tom Heck told reporters the talks had failed, adding that the policy of “strategic "
        "patience” gave Kim time to build missiles."
    )
    assert found == [
        ("strategic patience", "Tom Heck"),
        ("the policy of “strategic patience” gave Kim time to build missiles", "Tom Heck"),
        ("the talks had failed", "Tom Heck"),
    ]


# --- review of session 12's rules: where they must not fire ----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "“We have a long way to go,” said Lund beside head coach Amy Holt.",
        "“We have a long way to go,” said Lund introducing new coach Amy Holt.",
    ],
)
def test_a_name_after_a_preposition_or_participle_is_not_the_inverted_subject(sentence):
    assert only("Tom Lund coached the team for ten years.", sentence).speaker == "Tom Lund"


def test_a_possessive_before_a_phrase_with_a_title_is_still_the_speaker():
    quote = only(
        "Tom Lund wrote to the governor.",
        "The plan was illegal and must be stopped, according to Lund’s letter to the president.",
    )
    assert quote.speaker == "Tom Lund"


def test_an_institution_inside_an_evidence_noun_is_still_evidence():
    assert quotes_of("A Federal Reserve Bank Study shows that lending slowed this year.") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Amy Holt, who introduced the senator's son to Tom Lund, said she would appeal.",
        "Sen. Amy Holt, who for many years had served as a trusted adviser to Gov. Tom Lund, said "
        "the budget would be delayed.",
    ],
)
def test_a_relation_inside_the_speakers_aside_is_not_the_speaker(sentence):
    assert only(sentence).speaker == "Amy Holt"


def test_an_unnamed_aide_is_described_from_the_determiner():
    quote = only("Late Monday night an aide to Gov. Amy Holt said the budget would be delayed.")
    assert (quote.speaker, quote.speaker_description) == (None, "an aide to Gov. Amy Holt")


def test_an_open_quote_after_another_statement_runs_on_into_the_next_paragraph():
    # "Police said ..." is a statement of its own, not the open quote's attribution: one quote
    found = quotes_of(
        "Police said the fire started at noon. “We saw smoke over the roof and ran outside. "
        "Nobody knew what to do.",
        "“It was chaos,” said Ana Ruiz, a neighbor.",
    )
    direct = [q.text for q in found if q.kind == "direct"]
    assert direct == [
        "We saw smoke over the roof and ran outside. Nobody knew what to do. It was chaos,"
    ]


def test_a_later_clause_around_a_quoted_fragment_is_kept():
    texts = [
        q.text
        for q in quotes_of(
            "Tom Lund said the plan was a disaster and then said the council was “dead wrong” "
            "about the budget for next year."
        )
    ]
    assert "the council was “dead wrong” about the budget for next year" in texts
    assert "the plan was a disaster" in texts


def test_subject_of_an_after_clause_is_the_pronoun_before_an_earlier_speaker():
    found = spoken(
        "“We will wait for the report,” Tom Lund told reporters on Monday.",
        "The talks came a day after Erik Berg expressed alarm over the plan. Troops have "
        "crossed the border twice, he said.",
    )
    assert found[-1] == ("Troops have crossed the border twice", "Erik Berg")


def test_subject_of_an_after_clause_yields_to_a_person_leading_the_sentence():
    found = spoken(
        "“We will wait for the report,” Tom Lund told reporters on Monday.",
        "Lund called on the council, since Erik Berg took office, to speak out. “Silence only "
        "helps them,” he said.",
    )
    assert ("Silence only helps them,", "Tom Lund") in found


def test_pronoun_after_a_pronoun_subject_is_the_same_person():
    # The first "He" picks up the possessive that opens the sentence before it; the "he" of
    # the attribution is the same man, not the last one quoted in the paragraph before.
    found = spoken(
        "Critics include Tom Lund. Mr. Lund says that the plan is a gift to the wealthy.",
        "By 2014, Mr. Berg’s own views had hardened. He was saying such things himself. "
        "“Think about it,” he said in a talk.",
    )
    assert ("Think about it,", "Berg") in found


def test_coordinated_verb_after_a_relative_clause_keeps_the_named_subject():
    found = spoken(
        "Tom Lund, who has urged the league to suspend the players, again called on the league "
        "to act, and said players should find another way to speak out."
    )
    # (both directives, the relative clause's too, are his)
    assert found == [
        ("the league to suspend the players", "Tom Lund"),
        ("the league to act", "Tom Lund"),
        ("players should find another way to speak out", "Tom Lund"),
    ]


def test_serial_reporting_verbs_make_one_clause_each():
    found = spoken(
        "Tom Lund asserted that there was no such thing as a partisan judge, said that he "
        "would have no problem ruling against the council if the law demanded it."
    )
    assert found == [
        ("there was no such thing as a partisan judge", "Tom Lund"),
        ("he would have no problem ruling against the council if the law demanded it", "Tom Lund"),
    ]


@pytest.mark.parametrize("opener", ["where", "because", "after", "since"])
def test_unnamed_subject_of_a_late_subordinate_clause_reports(opener):
    quote = only(
        "Another case is pending before the state appeals court in the capital after the "
        f"farmers lost at the county court level, {opener} the judge ruled that the permit had "
        "lapsed in 2013."
    )
    assert quote.text == "the permit had lapsed in 2013"
    assert quote.speaker is None
    assert quote.speaker_description == "the judge"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # a hedged verb of speech
        (
            "Tom Lund also seemed to claim this week that the council was not aware of the payment.",
            "the council was not aware of the payment",
        ),
        (
            "Tom Lund appeared to suggest on Sunday that the same debate divides his party.",
            "the same debate divides his party",
        ),
        # "demanded that", "responded that", "replied that"
        (
            "Tom Lund demanded that the council end its support of the plan.",
            "the council end its support of the plan",
        ),
        (
            "Asked about the programme, Tom Lund responded that he does not buy it.",
            "he does not buy it",
        ),
        # a subject before its auxiliary, then "but says"
        (
            "Tom Lund is pressing the council to drop the plan but says he has made great progress.",
            "he has made great progress",
        ),
    ],
)
def test_more_ways_of_reporting_speech(sentence, text):
    quote = only(sentence)
    assert (quote.text, quote.speaker) == (text, "Tom Lund")


def test_which_clause_with_adverbs_reports_for_the_body():
    quote = only(
        "It was a reversal for the ministry, which until now had argued that farmers were "
        "aware of the change all along."
    )
    assert quote.text == "farmers were aware of the change all along"
    assert quote.speaker is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Lund has never ruled in such a case, but he has sided with the farmers and wrote a "
        "book opposing the new dams on the river.",
        "Tom Lund has been beset by stories, from the audit of his office and alleged collusion "
        "between his aides and the builders, to the lawsuit.",
    ],
)
def test_wrote_or_alleged_with_a_noun_object_reports_nothing(sentence):
    assert quotes_of(sentence) == ()


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We will win the vote,” Tom Lund said earlier in the week.",
        "“We will vote on whatever passes,” Tom Lund said flatly at his weekly news conference "
        "before attacking the bill as too weak.",
    ],
)
def test_what_follows_the_attribution_of_a_quote_is_no_clause(paragraph):
    assert [q.kind for q in quotes_of(paragraph)] == ["direct"]


def test_only_after_said_is_no_adverb_of_place():
    quote = only("Tom Lund said only of his list of five finalists that two are women.")
    assert quote.text.endswith("two are women")


def test_name_in_a_fronted_with_phrase_is_not_the_speaker():
    found = spoken(
        "Anna Keller endorsed Tom Lund on Tuesday.",
        "With Lund looking on from beside her, she hailed the builder as a “compassionate” "
        "man who would bring the town back.",
    )
    assert found == [("compassionate", "Anna Keller")]


def test_curly_quote_nested_in_a_curly_quote_stays_inside():
    found = spoken(
        "“A lot of the intrigue gets overblown,” Tom Lund said. “I think the mayor is meeting "
        "people who share his “town first” policy, some of whom have been public.”"
    )
    assert found == [
        (
            "A lot of the intrigue gets overblown, I think the mayor is meeting people who share "
            "his “town first” policy, some of whom have been public.",
            "Tom Lund",
        )
    ]


def test_curly_opener_right_after_a_word_nests_nothing():
    # "wars “in": a closing mark facing the wrong way; the later “razor-thin” is a quote.
    found = quotes_of(
        "Tom Lund ran on the promise to end the “endless wars “in the region. Now he claims "
        "that he acted to stop a war. He acted on what his own officials call “razor-thin” "
        "evidence, shocking his advisers."
    )
    assert not [q.text for q in found if q.text.startswith("in the region")]


def test_embedded_post_is_a_direct_quote_by_its_author():
    found = spoken(
        "Former envoy Anna Keller also seemed to rebuke the mayor in a post.",
        "Our hearts are with the family for their strength. We will never forget them. "
        "pic.twitter.com/abc123 — Anna Keller (@AnnaKeller) February 28, 2019",
        "This person is the “head of site integrity” at the council — Tom Lund (@tomlund) "
        "May 27, 2020",
    )
    assert found == [
        (
            "Our hearts are with the family for their strength. We will never forget them.",
            "Anna Keller",
        ),
        ("This person is the “head of site integrity” at the council", "Tom Lund"),
    ]


def test_embedded_post_quoting_someone_else_is_left_to_its_quote():
    found = spoken(
        "Tom Lund spoke on Tuesday.",
        '.@TomLund: "Young people need to recognize how proud we should be of that flag." — '
        "City News (@citynews) May 27, 2020",
    )
    assert found == [
        ("Young people need to recognize how proud we should be of that flag.", "Tom Lund")
    ]


@pytest.mark.parametrize("participle", ["acknowledging", "admitting", "announcing", "conceding"])
def test_that_participle_belongs_to_the_subject_of_the_clause(participle):
    quote = only(
        f"After the photo surfaced Friday, Tom Lund released an apology {participle} that he "
        "appeared in the photo."
    )
    assert (quote.text, quote.speaker) == ("he appeared in the photo", "Tom Lund")


@pytest.mark.parametrize(
    "sentence",
    [
        "The posts underscored Tom Lund's claim that the money was not campaign-related -- an "
        "apparent attempt to reject any suggestion of a violation.",
        "Officials brushed off Tom Lund’s repeated warning that the bridge would fail.",
    ],
)
def test_a_persons_claim_that_is_their_statement(sentence):
    quote = only("Tom Lund spoke to the council.", sentence)
    assert quote.speaker == "Tom Lund"
    assert quote.text in ("the money was not campaign-related", "the bridge would fail")


def test_a_bodys_claim_that_names_no_speaker():
    assert quotes_of("Officials brushed off the ministry's claim that the bridge would fail.") == ()


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Regardless, Tom Lund vows to veto that resolution.", "to veto that resolution"),
        ("Tom Lund has vowed not to send in the army.", "not to send in the army"),
        (
            "Tom Lund threatened to sue the council, arguing the story is false.",
            "to sue the council",
        ),
        (
            "Tom Lund ran for office in 2016 pledging to crack down on illegal logging, and has "
            "called for new rules.",
            "to crack down on illegal logging",
        ),
        ("Tom Lund promised this week to keep rates low -- a costly plan.", "to keep rates low"),
    ],
)
def test_a_commitment_is_reported_speech(sentence, text):
    found = spoken(sentence)
    assert (text, "Tom Lund") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The night of the vote promised to be long and grueling for everyone.",
        "Tom Lund bashed the council for making promises to the voters that it could not keep.",
    ],
)
def test_no_commitment_without_a_pledge(sentence):
    assert [q for q in quotes_of(sentence) if q.text.startswith("to ")] == []


def test_a_commitment_attributes_nothing_before_it():
    found = spoken(
        "The treasurer, one of the architects of the tariffs, is also in town, along with the "
        "mayor, whom Tom Lund has threatened to fire on several occasions."
    )
    assert found == [("to fire on several occasions", "Tom Lund")]


def test_he_after_a_quote_is_not_the_man_the_quote_names():
    found = spoken(
        "The pastor Erik Berg has led the campaign against the rule.",
        "“We must change with the times,” Tom Lund said on Thursday, defending the new rule.",
        "“I urge every parent to let Tom Lund know how displeased you are,” he wrote on Friday.",
    )
    assert found[-1] == (
        "I urge every parent to let Tom Lund know how displeased you are,",
        "Erik Berg",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Now, many states are waiting to see what the courts will do next.",
        "Thirty-two states and the District of Columbia have laws governing how electors vote.",
        "In the end, the battleground states and voter turnout will decide the race.",
        "Tom Lund has tried to change the subject. And for many voters, that is what they expect.",
    ],
)
def test_plural_states_and_openers_report_nothing(sentence):
    assert quotes_of(sentence) == ()


def test_an_opening_phrase_before_according_to_is_no_clause():
    quote = only("At a company dinner, according to the book, the founder made his plans clear.")
    assert quote.text == "the founder made his plans clear"


def test_states_that_still_reports():
    quote = only("The council's report states that the bridge is unsafe for heavy trucks.")
    assert quote.text == "the bridge is unsafe for heavy trucks"


def test_tweeted_from_a_place_is_no_clause():
    assert (
        quotes_of("“We will win,” Tom Lund tweeted from Florida, where he spends the weekend.")
        != ()
    )
    assert [
        q.kind
        for q in quotes_of(
            "“We will win,” Tom Lund tweeted from Florida, where he spends the weekend."
        )
    ] == ["direct"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Editor’s note: the mayor regularly misleads voters about the budget.",
        "At the board meeting, Tom Lund was asked how the party could refute the accusations.",
    ],
)
def test_a_note_or_a_question_put_to_someone_reports_nothing(sentence):
    assert [q for q in quotes_of(sentence) if q.kind == "indirect"] == []


def test_a_clause_may_open_with_an_amount():
    quote = only("Industry analysts say $1,000 won’t mean much to the buyer of a new car.")
    assert quote.text == "$1,000 won’t mean much to the buyer of a new car"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "But now, Tom Lund is telling his advisers and county officials that he was not "
            "in the photo.",
            "he was not in the photo",
        ),
        (
            "At the meeting, Tom Lund warned his party colleagues that their jobs were at risk.",
            "their jobs were at risk",
        ),
        (
            "Tom Lund has said for years that we are due for another crisis.",
            "we are due for another crisis",
        ),
        # the object holds no clause of its own
        (
            "Tom Lund told reporters he couldn't say definitively that there was an attack.",
            "he couldn't say definitively that there was an attack",
        ),
    ],
)
def test_longer_objects_and_phrases_before_that(sentence, text):
    quote = only(sentence)
    assert (quote.text, quote.speaker) == (text, "Tom Lund")


@pytest.mark.parametrize(
    ("sentence", "description"),
    [
        (
            "Lawmakers who attended the briefing said the plan was dead.",
            "Lawmakers who attended the briefing",
        ),
        (
            "Party pollsters who addressed the meeting also told lawmakers that voters were calm.",
            "Party pollsters who addressed the meeting",
        ),
    ],
)
def test_a_plural_subject_with_its_who_clause_speaks(sentence, description):
    quote = only(sentence)
    assert (quote.speaker, quote.speaker_description) == (None, description)


def test_said_then_a_capitalised_quote_is_no_clause_around_it():
    found = quotes_of(
        "Asked whether he could switch camps, Tom Lund, the mayor of Galva, Illinois, who was "
        "elected as a delegate, said, “I personally cannot.”"
    )
    assert [(q.kind, q.text, q.speaker) for q in found] == [
        ("direct", "I personally cannot.", "Tom Lund")
    ]


def test_said_then_the_quoted_rest_of_the_clause_is_kept():
    found = quotes_of(
        'House actions under his leadership, Tom Lund said, "have not violated any principle."'
    )
    assert any(q.text.startswith("House actions under his leadership") for q in found)


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        ('"He yelled "Stop!" and ran," Tom Lund said.', 'He yelled "Stop!" and ran,'),
        (
            '"She kept asking "Why?" all night long," Tom Lund said.',
            'She kept asking "Why?" all night long,',
        ),
        (
            '"He told me "I am done. Leave now" and walked out," Tom Lund said.',
            'He told me "I am done. Leave now" and walked out,',
        ),
    ],
)
def test_short_straight_quote_with_its_own_sentence_mark_nests(paragraph, text):
    quote = only(paragraph)
    assert (quote.text, quote.speaker) == (text, "Tom Lund")


@pytest.mark.parametrize(
    "sentence",
    [
        "The new deal promises to lower prices for everyone in the region.",
        "It threatened to rain all day over the whole region.",
        "Tom Lund was threatened to leave the country by the gangs.",
        "Tom Lund has promises to keep and many miles to go.",
        "Tom Lund and Anna Keller exchanged vows to love each other forever.",
        "Tom Lund collected pledges to fund the new park downtown.",
    ],
)
def test_no_commitment_from_things_passives_or_nouns(sentence):
    assert [q for q in quotes_of(sentence) if q.text.startswith("to ")] == []


def test_a_commitment_in_a_relative_clause_stops_at_the_main_verb():
    found = spoken("Anna Keller, whom Tom Lund has threatened to fire, said she would stay.")
    assert ("she would stay", "Anna Keller") in found
    assert not [text for text, _ in found if "said" in text]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tom Lund’s aides claim that the money was clean.",
            ("the money was clean", None, "Tom Lund’s aides"),
        ),
        (
            "Anna Keller said Tom Lund’s claim that the deal was legal is false.",
            ("Tom Lund’s claim that the deal was legal is false", "Anna Keller", None),
        ),
        (
            "Tom Lund spoke to Anna Keller’s staff, warning that the dam would burst.",
            ("the dam would burst", "Tom Lund", None),
        ),
    ],
)
def test_owned_claims_do_not_take_what_others_say(sentence, expected):
    quote = only("Tom Lund and Anna Keller met.", sentence)
    assert (quote.text, quote.speaker, quote.speaker_description) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the only one there names himself
        (
            (
                "Tom Lund spoke to the crowd.",
                "“I am Tom Lund and I approve this message,” he said.",
            ),
            ("I am Tom Lund and I approve this message,", "Tom Lund"),
        ),
        # "he" reports the clause that names Lund: the last speaker
        (
            (
                "Bob Stone, the mayor, spoke on Monday.",
                "Things got worse after Tom Lund resigned, he said, and the city suffered.",
            ),
            ("Things got worse after Tom Lund resigned and the city suffered", "Bob Stone"),
        ),
        (
            ("Tom Lund said from now on the city would ban cars.",),
            ("from now on the city would ban cars", "Tom Lund"),
        ),
    ],
)
def test_review_cases_of_the_sixth_round(paragraphs, expected):
    assert spoken(*paragraphs)[-1] == expected


def test_replied_that_way_is_no_clause():
    assert quotes_of("Tom Lund replied that way to every question on the vote.") == ()


# --- speakers: the eighth round ------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Anna Lund soon added: “The plan is dead.”",
        "Anna Lund twice called the plan “dead on arrival” at the rally.",
    ],
)
def test_adverb_between_subject_and_verb(paragraph):
    assert only("Anna Lund toured the plant on Monday.", paragraph).speaker == "Anna Lund"


def test_a_possessed_speech_noun_is_no_verb():
    # "he called Berg’s comments “nonsense”": "comments" is a noun; he is the speaker
    quote = only(
        "Publisher Tom Lund has been unfriendly to Ann Berg.",
        "On Nov. 11, he called Berg’s comments on banking during a debate “nonsense” at a dinner.",
    )
    assert (quote.text, quote.speaker) == ("nonsense", "Tom Lund")


def test_a_naming_participle_takes_the_clause_subject():
    quote = only(
        "Actor Anna Lund asked a judge on Thursday to dismiss a suit filed by her costar Tom "
        "Berg, calling his claims “vengeful and rambling” after she sued."
    )
    assert (quote.text, quote.speaker) == ("vengeful and rambling", "Anna Lund")


@pytest.mark.parametrize(
    "paragraph",
    [
        "The filing was only the latest example of the mayor’s “bullying behavior,” said a "
        "union spokeswoman, Anna Lund, who spoke on Monday.",
        "Smugglers would not even need passports to get in, argued the head of the House "
        "Homeland Security Committee, Rep. Anna Lund, R-Texas.",
        "“The sense of concern was real,” said the official, Alderman Anna Lund.",
    ],
)
def test_inverted_description_then_its_name(paragraph):
    for quote in quotes_of(paragraph):
        assert quote.speaker == "Anna Lund"
        assert quote.speaker_description is None


def test_a_description_then_another_sentence_names_no_one():
    quote = only("“It is over,” said the spokesman. Separately, Tom Lee met the mayor.")
    assert quote.speaker is None
    assert quote.speaker_description == "the spokesman"


def test_the_president_is_not_the_vice_president():
    paragraphs = (
        "Vice President Tom Berg spoke to Republicans. Donald Lund is angry.",
        "The president has remained in touch with party officials and has privately said he "
        "is determined to hold a convention.",
    )
    assert spoken(*paragraphs) == [("he is determined to hold a convention", "Donald Lund")]
    # while "the vice president" is still Berg
    assert spoken(paragraphs[0], "Later the vice president said he was fine.")[-1] == (
        "he was fine",
        "Tom Berg",
    )


def test_a_name_after_a_full_stop_is_a_subject_not_an_object():
    # "spoke to Republicans. Ann Lund ...": Lund opens a sentence, no object of "to"
    assert spoken(
        "Sen. Tom Berg spoke to Republicans. Ann Lund is angry.",
        "The governor has said she will veto the bill.",
    ) == [("she will veto the bill", "Ann Lund")]


def test_the_president_far_from_any_mention():
    paragraphs = (
        "Donald Lund wants a wall, the White House says. Lund spoke on Monday. Lund left.",
        "Tom Berg and Ann Hale disagree.",
        "Budget talks remain at a standstill.",
        "Republicans want cuts. The president insists the wall is not negotiable.",
    )
    assert spoken(*paragraphs)[-1] == ("the wall is not negotiable", "Donald Lund")
    # no one stands out: no guess
    even = ("Donald Lund wants a wall.", "Tom Berg and Ann Hale disagree.", *paragraphs[2:])
    assert spoken(*even)[-1] == ("the wall is not negotiable", None)
    # the one titled president anywhere in the article
    titled = ("President Tom Berg's plan is a wall.", *paragraphs[1:])
    assert spoken(*titled)[-1] == ("the wall is not negotiable", "Tom Berg")


def test_the_president_is_no_ordinary_person_named_most():
    # nothing ties Lund to the presidency: "the president" stays unnamed
    found = spoken(
        "Tom Lund runs a bakery in Ohio. Lund said sales fell by half.",
        "Lund said prices rose sharply. Lund said he was tired.",
        "The White House has promised relief.",
        "“Help is on the way,” the president said.",
    )
    assert found[-1] == ("Help is on the way,", None)


def test_a_pronoun_in_a_paste_without_breaks_stays_near():
    far = "Ann Hale, a painter, won a prize. " + "The gallery was full of visitors. " * 50
    found = spoken(
        far + "Artist Tom Berg stands in front of the painting he made of Hale at his studio. "
        "He said he was drawn to Hale because of her “exceptional energy.”"
    )
    assert found and {speaker for _, speaker in found} == {"Tom Berg"}


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        (
            "Senator Anna Lund has called on Congress to pass a law that would cut taxes.",
            "Congress to pass a law that would cut taxes",
            "Anna Lund",
        ),
        (
            "Senator Anna Lund urged all senators to vote no on the bill and cited its cost.",
            "all senators to vote no on the bill",
            "Anna Lund",
        ),
        ("Senator Anna Lund urged that the vote be delayed.", "the vote be delayed", "Anna Lund"),
        (
            "In May, Senator Anna Lund urged Tom Berg, the candidate, not to run again.",
            "Tom Berg, the candidate, not to run again",
            "Anna Lund",
        ),
        (
            "Senator Anna Lund is calling on Kyiv to start talks, while others wait.",
            "Kyiv to start talks",
            "Anna Lund",
        ),
    ],
)
def test_a_directive_reports_what_was_urged(paragraph, text, speaker):
    quote = only(paragraph)
    assert (quote.kind, quote.text, quote.speaker) == ("indirect", text, speaker)


def test_an_organisation_urges_unnamed():
    quote = only("The Club for Growth urged all senators to vote no on the proposal.")
    assert (quote.speaker, quote.speaker_description) == (None, "The Club for Growth")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Anna Lund was urged to run by her friends.",
        "Anna Lund called on Monday to say hello.",
        "Urged on by the crowd, Anna Lund ran the last mile.",
        "Anna Lund called on the phone to ask about it.",
    ],
)
def test_no_directive(paragraph):
    assert quotes_of(paragraph) == ()


def test_a_trailing_directive_attributes_no_clause_before_it():
    # "..., and his son urged Democrats to act": the son urged, but said nothing before it
    found = spoken(
        "Tom Berg met the mayor. Anna Lund has said that the plan is dead, and on Monday "
        "her son Tom Lund urged Democrats to support the idea."
    )
    assert ("Democrats to support the idea", "Tom Lund") in found
    assert all(speaker != "Tom Lund" for text, speaker in found if "plan is dead" in text)


def test_doubled_curly_apostrophes_close_a_curly_quote():
    # “...’’ (USA TODAY's style): the two apostrophes are one closing mark
    found = spoken(
        "Part of his fear, Tom Lund said, came from a “mob mentality’’ in the boys.",
        "“It was ugly, what these kids did,’’ he said. “It was scary.’’",
    )
    assert ("mob mentality", "Tom Lund") in found
    assert found[-1] == ("It was ugly, what these kids did, It was scary.", "Tom Lund")


def test_while_others_said_is_a_second_clause():
    assert spoken(
        "Some said they wanted to get back to school, while others said they needed more time."
    ) == [("they wanted to get back to school", None), ("they needed more time", None)]


def test_confirming_that_after_a_trailing_attribution():
    found = quotes_of(
        "The mayor talks to the governor often, usually about policy, an aide said, confirming "
        "that the two spoke once last week."
    )
    assert [(q.text, q.speaker_description) for q in found] == [
        ("The mayor talks to the governor often, usually about policy", "an aide"),
        ("the two spoke once last week", "an aide"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "description"),
    [
        ("But many defend it, too, saying that sharp words help cut through clichés.", "many"),
        (
            "But some of her readers disagreed, insisting that sharp words help cut through "
            "clichés.",
            "some of her readers",
        ),
    ],
)
def test_a_quantifier_subject_of_a_participle(paragraph, description):
    quote = only(paragraph)
    assert (quote.text, quote.speaker, quote.speaker_description) == (
        "sharp words help cut through clichés",
        None,
        description,
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "In October, Tom Lund declared the crisis a national public health emergency.",
        "Tom Lund declared victory on Monday.",
        "The remarks came as Tom Lund concluded his final world tour as governor.",
        "“Stop it,” Tom Lund said, in an unusually direct admonition.",
    ],
)
def test_declared_and_concluded_need_a_clause(paragraph):
    assert [q.kind for q in quotes_of(paragraph)] in ([], ["direct"])


def test_declared_with_a_clause_is_reported_speech():
    assert spoken(
        "Tom Lund declared he would run.", "Ann Hale concluded the report was wrong."
    ) == [
        ("he would run", "Tom Lund"),
        ("the report was wrong", "Ann Hale"),
    ]


def test_an_honorific_picks_the_spouse_of_that_gender():
    assert spoken(
        "Eric Richter and his wife, Dani Richter, live in Ohio.",
        "“We are back to crossing our fingers,” Mrs. Richter said.",
        "“It is fine,” Mr. Richter said.",
    ) == [
        ("We are back to crossing our fingers,", "Dani Richter"),
        ("It is fine,", "Eric Richter"),
    ]


def test_an_unpaired_dash_ends_the_subject_phrase():
    # "vacuous -- the pontiff": the pontiff speaks, and he is the pope named before
    quote = only(
        "Pope Francis spoke in Rome on Monday.",
        "And it is vacuous -- the pontiff recently asked why the news ignores the old.",
    )
    assert (quote.speaker, quote.speaker_description) == ("Pope Francis", None)


def test_a_relative_clause_after_a_party_label_and_a_second_main_verb():
    assert spoken(
        "In 2013, Tom Berg voted for Ann Hale for speaker. Rep. Tim Lund (R-Kan.), who "
        "originally signaled he would vote for Hale, announced he would oppose her."
    ) == [("he would vote for Hale", "Tim Lund"), ("he would oppose her", "Tim Lund")]


def test_a_quotes_relative_clause_before_an_inverted_attribution():
    quote = only(
        "“The program has been a weapons program from the beginning” that accepts "
        "enrichment, says John Lund, the former ambassador to the United Nations."
    )
    assert (quote.kind, quote.speaker) == ("direct", "John Lund")


def test_an_object_gap_relative_after_a_long_opening():
    quote = only(
        "Tom Lund and Ann Hale support a plan that would give each retiree a fixed sum every "
        "year to buy private insurance or traditional coverage, a shift that Democrats say "
        "would leave the elderly exposed to rising costs."
    )
    assert (quote.text, quote.speaker_description) == (
        "would leave the elderly exposed to rising costs",
        "Democrats",
    )
    # not a subject relative with a verb of its own after the reporting verb
    assert (
        quotes_of(
            "Tom Lund and Ann Hale support a plan that would give each retiree a fixed sum "
            "every year to buy private insurance, a plan that critics accused of favouring "
            "insurers over the old."
        )
        == ()
    )


def test_told_names_whom_he_told_not_who_spoke():
    assert spoken(
        "In court on Friday, Tom Lund blew a kiss to his wife before the hearing. Lund later "
        "stood up and told Judge Anna Berg: “I plead guilty.”"
    ) == [("I plead guilty.", "Tom Lund")]


def test_a_short_partial_after_a_naming_verb_mid_sentence():
    # the subject does not open the sentence: the one the (last) naming verb hangs on
    quote = only(
        "In his recent exhortation Pope Francis slammed unfettered capitalism, calling it "
        "“a new tyranny.”"
    )
    assert (quote.text, quote.speaker) == ("a new tyranny", "Pope Francis")


# --- the review of the eighth round --------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Tom Lund, who urged the group to return donations, said he was done.",
            [("the group to return donations", "Tom Lund"), ("he was done", "Tom Lund")],
        ),
        (
            "Tom Lund, who urged lawmakers to drop the plan, said on Monday that he had changed "
            "his mind.",
            [("lawmakers to drop the plan", "Tom Lund"), ("he had changed his mind", "Tom Lund")],
        ),
        (
            "Tom Lund urged Congress to protect veterans and retired workers from the cuts.",
            [("Congress to protect veterans and retired workers from the cuts", "Tom Lund")],
        ),
        (
            "The deal, Tom Lund said, in the end was doomed by its cost.",
            [("The deal in the end was doomed by its cost", "Tom Lund")],
        ),
        (
            "Tom Lund said the company, in a filing on Monday, announced it would close the plant.",
            [
                (
                    "the company, in a filing on Monday, announced it would close the plant",
                    "Tom Lund",
                )
            ],
        ),
        (
            "Tom Lund said his lawyer, Ann Berg, said she would appeal the ruling.",
            [("his lawyer, Ann Berg, said she would appeal the ruling", "Tom Lund")],
        ),
    ],
)
def test_review_clauses_of_the_eighth_round(paragraph, expected):
    assert spoken(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tom Lund urged the horse on to victory.",
        "Ann Berg urged residents to safety as the fire spread.",
        "Ann Berg urged that approach last year, but the council refused to adopt it.",
        "Tom Lund called on Ann Berg at her home to discuss the weather.",
        "Some of the protesters carried signs saying the war must end.",
        "The test results arrived Tuesday, confirming that she had the virus.",
    ],
)
def test_review_non_statements_of_the_eighth_round(paragraph):
    assert quotes_of(paragraph) == ()


@pytest.mark.parametrize(
    ("paragraph", "description"),
    [
        (
            "“We will appeal,” said an aide to the senator, Tom Lund, who declined to be named.",
            "an aide to the senator",
        ),
        ("“We will appeal,” said a union spokeswoman, Friday. Tom Lund disagreed.", None),
    ],
)
def test_review_descriptions_that_name_someone_else(paragraph, description):
    quote = quotes_of(paragraph)[0]
    assert quote.speaker is None
    if description:
        assert quote.speaker_description == description


def test_the_admiral_may_be_a_vice_admiral():
    assert spoken(
        "Vice Admiral Tom Lund commands the fleet. Ann Berg, a sailor, stood by.",
        "“We are ready,” the admiral said.",
    ) == [("We are ready,", "Tom Lund")]


def test_the_candidate_may_hold_another_title():
    assert spoken(
        "Sen. Anna Lund spoke to a packed coffee house. Lund recalled her family history.",
        "“I do not come from money,” the candidate began.",
    ) == [("I do not come from money,", "Anna Lund")]
    # but "the billionaire" is not the senator named last
    assert spoken(
        "Sen. Anna Lund spoke to a packed coffee house. Lund recalled her family history.",
        "“I do not come from money,” the billionaire said.",
    ) == [("I do not come from money,", None)]


def test_said_while_then_a_main_clause_is_all_reported():
    assert spoken(
        "Spokesman Tom Lund said while the council hasn’t formally met recently, the mayor "
        "hears from its members all the time."
    ) == [
        (
            "while the council hasn’t formally met recently, the mayor hears from its members "
            "all the time",
            "Tom Lund",
        )
    ]
    assert spoken("Tom Lund said as Ann Berg continued to speak.") == []


def test_inverted_speaker_after_two_joined_titles():
    # "said X strategist and Y contributor Name": one person with two titles, not a group
    quote = only(
        "“It will be a fight beyond anything we have seen,” said Democratic strategist and "
        "Fox News contributor Tom Berg."
    )
    assert quote.speaker == "Tom Berg"


@pytest.mark.parametrize(
    "names", ["Glen Dorn and Tyrone Wick", "Glen Dorn", "Glen Dorn, Tyrone Wick and Rory Hale"]
)
def test_names_ending_a_sentence_after_a_comma_are_no_subject(names):
    # they rename what stands before the comma; "she" is the one the sentence is about
    found = spoken(
        "Senator Ann Berg testified on Tuesday.",
        "Berg was visibly emotional, especially when she talked about the deaths of Chris "
        f"Lund, officer Sean Holt, and two members of the security staff, {names}.",
        "“For me, this is personal,” she said.",
    )
    assert found == [("For me, this is personal,", "Ann Berg")]


def test_an_initial_is_no_sentence_end():
    # "Tom V. Lund, the minister, ...": the point after "V" ends no sentence
    found = spoken(
        "Anna Berg pressed hard. At the other end of the table, Tom V. Lund, the foreign "
        "minister, tried to break the tension.",
        "“Or a Swede!” he said.",
    )
    assert found == [("Or a Swede!", "Tom V. Lund")]


def test_epithet_after_an_according_to_source():
    # the source just quoted after "according to" is the one "the Ohio Republican" names
    found = spoken(
        "The caucus would back the bill, according to Caucus Chairman Tom Berg.",
        "“We have a very narrow margin,” the Ohio Republican told reporters.",
    )
    assert found[-1] == ("We have a very narrow margin,", "Tom Berg")


def test_epithet_skips_an_object_who_did_not_speak():
    # "met with Berg": an object, and no source; "the Ohio Republican" is not Tom Berg
    found = spoken(
        "Anna Lund met with Caucus Chairman Tom Berg on Monday.",
        "“We have a very narrow margin,” the Ohio Republican told reporters.",
    )
    assert found[-1][1] != "Tom Berg"


def test_clause_around_a_quoted_fragment_counts_as_spoken():
    # the clause holding "greater flexibility" is Berg's: the next epithet picks him up
    found = spoken(
        "The caucus would give the mayor “greater flexibility” on the bill, according to "
        "Caucus Chairman Tom Berg.",
        "“We have a very narrow margin,” the Ohio Republican told reporters.",
    )
    assert found[-1] == ("We have a very narrow margin,", "Tom Berg")


def test_subject_with_a_modified_title_after_an_opening_word():
    # "Still, political scientist Tom Berg says": Berg is the subject "he" picks up
    found = spoken(
        "Mayor Tom Lund has changed his stance twice this year.",
        "Still, political scientist Tom Berg of the state university says what Lund is doing "
        "isn't all that unusual.",
        "“There's a long tradition of candidates doing this,” he says.",
    )
    assert found[-1] == ("There's a long tradition of candidates doing this,", "Tom Berg")


def test_modified_title_after_a_clause_is_an_appositive():
    # "investigating his wife, Democratic presidential nominee Maria Lund": an aside
    found = spoken(
        "Attorney General Ann Berg spoke to reporters in Phoenix.",
        "She has faced a number of controversies - most recently her decision to meet with "
        "Tom Lund on her plane while the department was investigating his wife, Democratic "
        "presidential nominee Maria Lund, over the private email server she used.",
        "She said she wasn't aware of a stronger backlash against her.",
    )
    assert found[-1] == ("she wasn't aware of a stronger backlash against her", "Ann Berg")


@pytest.mark.parametrize(
    "sentence",
    [
        "Oslo was able to take “necessary precautions,” according to a statement from Norway's "
        "Prime Minister Tom Berg.",
        "According to a statement released by Tom Berg, the talks will resume on Monday.",
        "The talks will resume on Monday, according to a letter from Prime Minister Tom Berg.",
    ],
)
def test_according_to_a_statement_from_a_person(sentence):
    assert {speaker for _, speaker in spoken(sentence)} == {"Tom Berg"}


def test_a_document_after_an_inverted_verb_is_no_speaker():
    # "added a letter from Berg to the file": Berg did not say what follows
    found = spoken(
        "A spokeswoman said the agency, which added a letter from Tom Berg to the file, had "
        "done all it would do, because “the allegation does not involve any crime.”"
    )
    assert all(speaker != "Tom Berg" for _, speaker in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sgt. Tom Berg of the county sheriff’s office said that 33 people had been killed.",
        "Detective Tom Berg of the state police said that 33 people had been killed.",
    ],
)
def test_titled_name_of_an_office_speaks(sentence):
    # the name after its title speaks, not "the sheriff's office" it belongs to
    assert spoken(sentence) == [("33 people had been killed", "Tom Berg")]


def test_an_office_holder_named_by_title_alone_stays_unnamed():
    assert spoken("The governor of the state said that 33 people had been killed.") == [
        ("33 people had been killed", None)
    ]


def test_a_person_reporting_a_finding_is_the_speaker():
    found = spoken(
        "Tom Berg, director of tax studies at the institute, said the budget was overdue.",
        "He noted that the tax credit has a 25 percent fraud rate, according to government data.",
    )
    assert found[-1] == ("the tax credit has a 25 percent fraud rate", "Tom Berg")


@pytest.mark.parametrize(
    "sentence",
    [
        "Half of all Americans say the economy is getting worse, according to a new poll.",
        "In fact, 60 percent of voters, when asked whether they would back the president, said "
        "they would prefer someone else, according to a November poll.",
    ],
)
def test_a_finding_attributed_to_a_poll_is_no_quote(sentence):
    assert spoken("President Tom Berg spoke on Monday.", sentence) == []


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Fox contributor Tom Berg made the argument that the declassified transcripts back "
            "up the claim.",
            "the declassified transcripts back up the claim",
        ),
        (
            "Tom Berg repeated his argument that the hijackers were all students who overstayed "
            "their visas.",
            "the hijackers were all students who overstayed their visas",
        ),
        (
            "He began with the newsworthy announcement that he would bring home half of all "
            "troops.",
            "he would bring home half of all troops",
        ),
    ],
)
def test_made_the_argument_that(sentence, clause):
    assert spoken("Senator Tom Berg spoke on Monday.", sentence) == [(clause, "Tom Berg")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The report makes the case that the tax has failed to raise revenue in the state.",
        "If Tom Berg was making the case that he opposed the war, he was naming a rival.",
        "The paper published a profile of Tom Berg, making the point that the mayor respects "
        "his rival.",
        "Tom Berg will make the case that the tax has failed to raise revenue in the state.",
    ],
)
def test_made_the_argument_that_needs_a_speaking_subject(sentence):
    assert spoken(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The government’s latest reports that the economy grew at a 3.6 percent rate left out "
        "a lot of caveats.",
        "The news media’s exaggerated reports that shoppers were pouring into the stores do not "
        "hold up to closer inspection.",
        "Many reports over the course of the year have shown that employers are cutting hours.",
    ],
)
def test_plural_noun_of_saying_is_no_verb(sentence):
    assert spoken(sentence) == []


def test_reports_after_a_subject_noun_is_a_verb():
    assert spoken("The newspaper reports that the mayor will resign next week.") == [
        ("the mayor will resign next week", None)
    ]


def test_possessive_in_an_appositive_is_no_gender_vote():
    # "Tavi Lund, his campaign co-chair": "his" is the candidate's, not Lund's
    found = spoken(
        "Senator Ann Berg took questions at the deli.",
        "“That deal is the worst I have seen,” Senator Tom Berg told the crowd.",
        "Tavi Lund, his campaign co-chair who met Berg when he hired her, urged supporters "
        "to bring friends. “If you can fill your car, we would be grateful,” she said.",
    )
    assert ("If you can fill your car, we would be grateful,", "Tavi Lund") in found


def test_inverted_attribution_title_with_a_parenthesis():
    # "said Baker County (Ore.) Sheriff Tom Berg": the state in parentheses is part of the
    # title, and its period does not end the sentence
    assert spoken(
        "“The county has a duty to help. Most sheriffs do,” said Baker County (Ore.) Sheriff "
        "Tom Berg. “But the threat is troubling.”"
    ) == [
        (
            "The county has a duty to help. Most sheriffs do, But the threat is troubling.",
            "Tom Berg",
        )
    ]


@pytest.mark.parametrize("writing", ["statement", "letter", "latest tweet"])
def test_a_persons_writing_speaks_for_the_person(writing):
    found = spoken(
        "Representative Anna Lund disagreed with the findings.",
        f"“The majority was not willing to follow the facts,” Lund’s {writing} said.",
    )
    assert found == [("The majority was not willing to follow the facts,", "Anna Lund")]


def test_a_persons_spokesman_is_not_the_person():
    found = quotes_of(
        "Representative Anna Lund disagreed with the findings.",
        "“The majority was not willing to follow the facts,” Lund’s spokesman said.",
    )
    assert [(q.speaker, q.speaker_description) for q in found] == [(None, "Lund’s spokesman")]


def test_split_quote_around_an_attribution_with_a_clause_of_its_own():
    # "Lund said as the search began": "the search" is the subject of the clause, not a
    # second speaker
    found = spoken(
        "Tom Berg, a coordinator at the rescue agency, spoke to reporters.",
        "“Divers will try to lift the wreck,” Berg said as Monday's search began, “and we "
        "hope the sea is calm today.”",
    )
    assert found == [
        ("Divers will try to lift the wreck, and we hope the sea is calm today.", "Tom Berg")
    ]


def test_a_reporting_clause_after_the_attribution_stays_a_quote_of_its_own():
    found = quotes_of(
        "“We will not let the poor be bullied,” Tom Berg said before signing the order, which "
        "states that the policy is “to protect and promote the poor.”"
    )
    assert found[0].text == "We will not let the poor be bullied,"
    assert len(found) == 2


def test_subject_after_a_fronted_clause_whose_comma_is_quoted():
    # the comma of "When pressed about “two Bergs,”" is inside the quote: Berg is still the
    # main clause's subject, whom the next "he" picks up
    found = spoken(
        "Tom Lund endorsed Tom Berg on Friday.",
        "“You can have a good talk with him,” Lund said.",
        "But when pressed about why there are, in fact, “two Tom Bergs,” Berg reversed himself.",
        "“I do not think there are two of me,” he said.",
    )
    assert ("I do not think there are two of me,", "Tom Berg") in found


def test_quotes_after_a_lead_in_that_names_a_person_only_as_object_are_not_hers():
    found = spoken(
        "Senator Anna Lund grew testy with a reporter on Tuesday.",
        "A number of commenters on the exchange were not kind to Lund:",
        "“She is not a nice person if you ask a question she does not want.”",
        "“She is scared.”",
    )
    assert found == [
        ("She is not a nice person if you ask a question she does not want.", None),
        ("She is scared.", None),
    ]


def test_a_lead_in_naming_no_one_gives_no_speaker():
    found = spoken(
        "Senator Anna Lund spoke on Monday.",
        "Republicans seized on Lund's comment. Their committee sent out a one-line email:",
        "“We could not agree more!”",
    )
    assert found[-1] == ("We could not agree more!", None)


@pytest.mark.parametrize(
    ("lead_in", "speaker"),
    [
        ("The bias shows in how the site rated this statement by Lund on June 11:", "Anna Lund"),
        ("I imagine hearing her give the following answer:", "Anna Lund"),
    ],
)
def test_a_lead_in_naming_the_speaker_as_agent_or_pronoun(lead_in, speaker):
    found = spoken(
        "Anna Lund took the pulpit on Sunday.",
        lead_in,
        "“We are to love. We are to forgive those who trespass against us.”",
    )
    assert found[-1][1] == speaker


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Lund told Ohio reporters Thursday he hasn't spoken with Berg in several weeks.",
            "he hasn't spoken with Berg in several weeks",
        ),
        (
            "Lund told more than 50 wealthy donors, who paid up to $33,400 each to attend, that "
            "Berg has been instrumental to her work.",
            "Berg has been instrumental to her work",
        ),
        (
            "Lund told NBC’s “Today” show that the plan was the first step in a long process.",
            "the plan was the first step in a long process",
        ),
        ("Lund told reporters she couldn’t recall the meeting.", "she couldn’t recall the meeting"),
        (
            "Lund told Fox last week she doesn't support the group, seemingly contradicting her "
            "earlier remarks to CNN.",
            "she doesn't support the group",
        ),
    ],
)
def test_told_object_forms(sentence, clause):
    found = quotes_of("Senator Anna Lund met Tom Berg.", sentence)
    assert [(q.text, q.speaker, q.kind) for q in found] == [(clause, "Anna Lund", "indirect")]


def test_told_a_show_in_an_interview_is_no_clause():
    found = quotes_of(
        "Senator Anna Lund met Tom Berg.",
        "“The fiscal year ends,” Lund told CNN’s “State of the Union” in an interview that "
        "aired Sunday.",
    )
    assert [q.text for q in found] == ["The fiscal year ends,"]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Berg kept his focus on the department, clarifying that he has no evidence the "
            "mayor was involved.",
            "he has no evidence the mayor was involved",
        ),
        (
            "Berg expressed confidence that the legislation would pass later on Tuesday.",
            "the legislation would pass later on Tuesday",
        ),
        (
            "Berg voiced his deep concern that the deal would collapse within weeks.",
            "the deal would collapse within weeks",
        ),
        (
            "Berg, noting that women make up more than half of the country, said his cabinet "
            "would reflect that.",
            "women make up more than half of the country",
        ),
    ],
)
def test_more_ways_to_report_speech(sentence, clause):
    found = quotes_of("Senator Tom Berg spoke on Monday.", sentence)
    assert [(q.text, q.speaker) for q in found][:1] == [(clause, "Tom Berg")]


def test_present_assert_reports_speech():
    found = only(
        "City officials assert that while many lawmakers have questions, some want it dead."
    )
    assert found.text == "while many lawmakers have questions, some want it dead"


def test_a_statement_clarifying_is_not_the_subjects_clause():
    found = spoken(
        "The remarks were mocked before the mayor's office issued a statement clarifying that "
        "Tom Berg had urged people to ask their doctors, and Berg later insisted he was joking."
    )
    assert ("he was joking", "Tom Berg") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "A reporter asked the mayor when he thinks the strike will end.",
        "Berg praised what he said has come to be known as the Ohio standard.",
        "But the past two weeks suggest that patience has its limits in the party.",
        "And Thursday night suggested that beating her is still hard for her rivals.",
        "His profile shows that he has won more than $234,664 at the card table.",
    ],
)
def test_no_speech_inside_a_question_or_from_a_time_or_a_record(sentence):
    assert spoken("Mayor Tom Berg met Anna Lund.", sentence) == []


def test_a_clause_after_what_is_still_reported():
    assert spoken("Tom Berg said what he wanted was a fair deal for the workers.") == [
        ("what he wanted was a fair deal for the workers", "Tom Berg")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Union President Tom Berg in an interview said the mayor was just “checking a box.”",
        "Union President Tom Berg in a written statement on Tuesday said the mayor was just "
        "“checking a box.”",
    ],
)
def test_subject_then_the_channel_then_said(sentence):
    found = quotes_of("Mayor Anna Lund met the unions.", sentence)
    assert {q.speaker for q in found} == {"Tom Berg"}


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We knew the debt was heading towards ruin,” said Anna Lund, director of economic "
        "policy at the Bipartisan Policy Center, “but the new projections show how bad it is.”",
        "“As a group these efforts work in tandem,” said Anna Lund, the director of policy for "
        "Vice President Tom R. Berg Jr. “But the most important was the check system.”",
        "“We all owe a huge debt to the president,” Anna Lund said, polishing his halo in a "
        "familiar fashion, “who transformed health care in this country.”",
    ],
)
def test_split_quote_around_a_long_attribution_is_one_quote(paragraph):
    found = quotes_of(paragraph)
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Anna Lund")]


def test_split_quote_does_not_join_across_a_sentence_of_the_reporter():
    found = quotes_of(
        "“There are barely any people who reject him for his ideas,” says Anna Lund, a "
        "17-year-old student and volunteer. Her confidence is brimming. “If people were more "
        "aware, they would know who he was.”"
    )
    assert len(found) == 2


@pytest.mark.parametrize(
    "paragraph",
    [
        "“I believe they will vote for it,” committee chairman Tom Berg told “Fox News "
        "Sunday.” “Both parties will vote that way.”",
        "“It will be welcomed by the industry,” Tom Berg said on CNN’s “State of the Union.” "
        "“As long as the virus lasts, there is excess capacity.”",
    ],
)
def test_a_show_named_inside_the_attribution_of_a_split_quote(paragraph):
    found = quotes_of("Anna Lund met Tom Berg.", paragraph)
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Tom Berg")]
    assert "Sunday" not in found[0].text and "Union" not in found[0].text


def test_a_show_then_a_sentence_of_reported_speech_is_not_a_split_quote():
    found = quotes_of(
        "“We will be ready,” Governor Tom Berg said on CNN’s “State of the Union.” He said "
        "his state would “absolutely” restore power to polling centers first."
    )
    assert found[0].text == "We will be ready,"
    assert len(found) >= 2


@pytest.mark.parametrize("participle", ["claiming", "charging", "suggesting", "urging voters"])
def test_a_quote_after_a_second_statement_is_not_the_second_half(participle):
    found = quotes_of(
        f"“Millionaires do not pay their fair share,” Senator Tom Berg said in a speech, "
        f"{participle} the wealthy had built a “corrupt” system."
    )
    assert found[0].text == "Millionaires do not pay their fair share,"
    assert "corrupt" in [q.text for q in found]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Tom Berg had previously written in his 2012 book that the reform could ruin the "
            "country.",
            "the reform could ruin the country",
        ),
        (
            "Tom Berg had vowed to be more prepared this time and to learn from his mistakes.",
            "to be more prepared this time and to learn from his mistakes",
        ),
    ],
)
def test_written_that_and_vowed_to_be(sentence, clause):
    assert spoken(sentence) == [(clause, "Tom Berg")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The tax was written into the law that Congress passed last year.",
        "Some old systems are written in a way that makes them hard to edit.",
        "The evening promises to be a long one for the party.",
    ],
)
def test_passive_written_and_a_things_promise_are_no_speech(sentence):
    assert spoken(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Later, a Lund spokeswoman, Ann Berg, issued a statement calling the senator “worse "
        "than a puppet.”",
        "In a letter on Thursday, Lund attorney Tom Berg accused the paper of leaving her the "
        "“object of public scorn.”",
    ],
)
def test_the_one_who_speaks_for_a_person_is_the_subject(sentence):
    found = quotes_of("Senator Anna Lund won the state.", sentence)
    assert {q.speaker for q in found} <= {"Ann Berg", "Tom Berg"} and found


def test_a_persons_campaign_is_no_person_speaking_for_her():
    found = quotes_of(
        "The Lund campaign is using the emails to hammer Tom Berg, accusing him of “using "
        "foreign talking points.”"
    )
    assert "Tom Berg" not in {q.speaker for q in found}


def test_a_clause_that_only_frames_a_quoted_fragment_is_not_repeated_as_reported_speech():
    # seven words of the clause's own around the fragment: the fragment is the quote
    found = quotes_of(
        "Tom Berg said the support among young voters for Lund “could erase a "
        "12-percentage-point lead in the popular vote.”"
    )
    assert [(q.kind, q.text) for q in found] == [
        ("partial", "could erase a 12-percentage-point lead in the popular vote")
    ]


def test_a_clause_that_says_more_than_its_fragment_stays_reported_speech():
    found = quotes_of(
        "Tom Berg said the mayor, who has led the city since 2010 and faces a tough race, "
        "would “never” resign."
    )
    assert ("indirect", "Tom Berg") in [(q.kind, q.speaker) for q in found]


@pytest.mark.parametrize(
    "sentence, text, description",
    [
        (
            "The talks will resume next week in Paris, according to sources familiar with "
            "the plan.",
            "The talks will resume next week in Paris",
            "sources familiar with the plan",
        ),
        (
            "According to lawmakers and aides involved in the talks, the deal would cut "
            "spending by a third.",
            "the deal would cut spending by a third",
            "lawmakers and aides involved",
        ),
    ],
)
def test_according_to_a_bare_plural_group(sentence, text, description):
    found = only(sentence)
    assert (found.kind, found.text, found.speaker) == ("indirect", text, None)
    assert found.speaker_description == description


def test_a_bare_plural_after_a_verb_is_its_object_and_no_speaker():
    # "assured voters that ...": the senator speaks, not "voters"
    found = quotes_of(
        "Senator Tom Berg cast himself as a defender of farms and assured voters that “no one "
        "in the capital tells me what to do.”"
    )
    assert [q.speaker for q in found] == ["Tom Berg"]


def test_a_clause_after_according_to_with_a_comma_of_its_own_is_kept_whole():
    # not an appositive ("According to Lund, the envoy, ..."): the clause has a verb
    found = only(
        "According to the weather agency, the country had more storms than ever, behind only 1998."
    )
    assert found.text == "the country had more storms than ever, behind only 1998"
    assert found.speaker_description == "the weather agency"


@pytest.mark.parametrize(
    "sentence, text",
    [
        (
            "Some economists emphasize that a higher wage acts like a tax on hiring.",
            "a higher wage acts like a tax on hiring",
        ),
        (
            "Senator Tom Berg recommended that voters read both plans before the election.",
            "voters read both plans before the election",
        ),
        (
            "Many analysts speculate that the mayor will not run again.",
            "the mayor will not run again",
        ),
    ],
)
def test_base_and_clause_only_forms_of_reporting_verbs(sentence, text):
    assert [q.text for q in quotes_of(sentence) if q.kind == "indirect"] == [text]


def test_stress_as_a_noun_reports_nothing():
    assert quotes_of("The stress that the strike put on the port grew every day.") == ()


@pytest.mark.parametrize(
    "sentence, texts",
    [
        (
            "Senator Tom Berg said he thought the mayor should step aside and predicted that "
            "more damaging news would come out.",
            ["he thought the mayor should step aside", "more damaging news would come out"],
        ),
        (
            "Anna Lund speculates that this is a sign of the mayor's inexperience and wonders if "
            "his rivals will pounce.",
            ["this is a sign of the mayor's inexperience", "if his rivals will pounce"],
        ),
    ],
)
def test_a_second_verb_after_and_opens_a_second_clause(sentence, texts):
    assert [q.text for q in quotes_of(sentence)] == texts


def test_a_dash_before_the_next_clause_is_no_part_of_the_first():
    found = spoken(
        "Senator Tom Berg said he is convinced the plan will work — but acknowledged it could "
        "mean problems for workers."
    )
    assert found == [
        ("he is convinced the plan will work", "Tom Berg"),
        ("it could mean problems for workers", "Tom Berg"),
    ]


@pytest.mark.parametrize(
    "introduction, speaker",
    [
        (
            "“It is a disgrace,” said Mary Ann Lund, whose 32-year-old son Sgt. Tom Lund was "
            "killed by a drunk driver.",
            "Mary Ann Lund",
        ),
        ("Fred Berg, father of Jaime Berg who died in the fire, spoke on Tuesday.", "Fred Berg"),
        ("Tom Hale spoke on Monday. His wife, Dr. Anna Hale, stayed home.", "Tom Hale"),
    ],
)
def test_a_shared_surname_alone_is_not_the_relative_named_after_a_kin_word(introduction, speaker):
    surname = speaker.split()[-1]
    found = quotes_of(introduction, f"“Who gives them the right?” {surname} asked.")
    assert found[-1].speaker == speaker


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        (
            (
                "President Tom Hale in a statement blamed the “lax system” for the attack.",
                "“The suspect entered our country through chain migration,” the statement read.",
            ),
            "Tom Hale",
        ),
        (
            (
                "Rep. Tom Hale (R-Va.), who represents a district with many veterans, is "
                "circulating a letter to colleagues.",
                "“The Founders gave the president the power to act in emergencies,” the letter "
                "reads.",
            ),
            "Tom Hale",
        ),
        (
            (
                "“We received a complaint on Monday,” Chairman Tom Hale's statement read.",
                "“We were also told this may not have been an isolated case,” the statement said.",
            ),
            "Tom Hale",
        ),
        # a body's statement, and one about a person named inside it: no one's
        (
            (
                "Senator Tom Hale spoke. The White House released a statement on Monday.",
                "“We are proud of the plan,” the statement said.",
            ),
            None,
        ),
        (
            (
                "“Anna Lund has betrayed the people of Maine,” the organizers said in a statement.",
                "“She ignored them,” the statement said.",
            ),
            None,
        ),
    ],
)
def test_the_statement_said_is_the_one_who_issued_it(paragraphs, speaker):
    assert quotes_of(*paragraphs)[-1].speaker == speaker


def test_the_fleet_is_no_person():
    found = quotes_of("“The Russian ship closed to an unsafe distance,” the Navy’s 7th Fleet said.")
    assert [q.speaker for q in found] == [None]


@pytest.mark.parametrize("mark", [",", ":", ""])
def test_a_clause_ends_where_a_participle_opens_a_quote(mark):
    found = spoken(
        f"Senator Tom Berg said the state police would open an inquiry, adding{mark} “There "
        "must be an independent investigation.”"
    )
    assert ("the state police would open an inquiry", "Tom Berg") in found
    assert not any("adding" in text for text, _ in found)


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("Senator Tom Berg, who said the bill was dead, left early.", "the bill was dead"),
        (
            "Senator Tom Berg (R-Ohio), who has said the tax is unfair, is retiring.",
            "the tax is unfair",
        ),
    ],
)
def test_a_relative_clause_in_the_subject_ends_at_the_subjects_own_verb(sentence, text):
    assert spoken(sentence) == [(text, "Tom Berg")]


def test_who_said_after_a_prepositional_phrase_hangs_on_its_noun():
    found = only("Anna Lund had a warning for Republicans, who said they could work with Berg.")
    assert (found.text, found.speaker, found.speaker_description) == (
        "they could work with Berg",
        None,
        "Republicans",
    )


def test_tweeted_with_a_noun_phrase_reports_no_clause():
    found = quotes_of(
        "Senator Tom Berg tweeted his response to the plans overnight, saying, “The plans "
        "are very strange.”"
    )
    assert [q.kind for q in found] == ["direct"]


@pytest.mark.parametrize(
    "sentence, text",
    [
        (
            "Mayor Tom Berg denies ever having known the developer.",
            "ever having known the developer",
        ),
        (
            "Tom Berg denied knowing or lobbying the senator, but the committee said he had.",
            "knowing or lobbying the senator",
        ),
        ("Tom Berg has denied being involved in the scheme.", "being involved in the scheme"),
    ],
)
def test_a_denial_reports_the_gerund_phrase_denied(sentence, text):
    found = quotes_of(sentence)
    assert (found[0].text, found[0].speaker) == (text, "Tom Berg")


@pytest.mark.parametrize(
    "sentence",
    ["Tom Berg denied wrongdoing on Friday.", "Tom Berg denied the charges during a hearing."],
)
def test_a_denied_noun_is_no_clause(sentence):
    assert quotes_of(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Tom Berg took to the Senate floor to say the department cannot duck questions.",
        "Senator Tom Berg took to Twitter to say the department cannot duck questions.",
        "Senator Tom Berg used the speech to argue that the department cannot duck questions.",
    ],
)
def test_a_platform_taken_to_speak_keeps_the_speaker(sentence):
    assert spoken(sentence) == [("the department cannot duck questions", "Tom Berg")]


def test_declined_to_say_still_reports_nothing():
    assert quotes_of("Senator Tom Berg declined to say whether the department would act.") == ()


@pytest.mark.parametrize(
    "sentence, text",
    [
        (
            "Senator Tom Berg on Tuesday reassured voters that his chamber will not give up.",
            "his chamber will not give up",
        ),
        (
            "Senator Tom Berg expressed optimism on Wednesday that Congress will pass a bill.",
            "Congress will pass a bill",
        ),
        ("Senator Tom Berg voiced deep concern that the plan would fail.", "the plan would fail"),
    ],
)
def test_reassurances_and_expressed_feelings_report_their_clause(sentence, text):
    assert spoken(sentence) == [(text, "Tom Berg")]


def test_expressed_concern_about_a_noun_reports_nothing():
    assert quotes_of("Senator Tom Berg voiced his concerns about the plan.") == ()


def test_a_second_present_tense_verb_after_but_opens_its_own_clause():
    found = spoken(
        "Tom Berg told reporters that he does not share their views, but argues that a ban "
        "would be worse."
    )
    assert found == [
        ("he does not share their views", "Tom Berg"),
        ("a ban would be worse", "Tom Berg"),
    ]


def test_a_noun_phrase_subject_before_an_adverb_aside_and_an_auxiliary():
    found = only(
        "The ambassador’s deputy, however, has argued that the department refused the extra "
        "protection."
    )
    assert (found.text, found.speaker_description) == (
        "the department refused the extra protection",
        "The ambassador’s deputy",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "“These changes strengthen our number,” Senator Tom Berg said outside the chamber.",
        "“There isn't any compromise in this bill,” Tom Berg said last week when the deal was "
        "announced.",
        "“I’m going to be the nominee,” Tom Berg countered flatly last week, when asked about "
        "the criticism.",
    ],
)
def test_the_tail_of_a_quotes_attribution_is_no_reported_clause(sentence):
    assert [q.kind for q in quotes_of(sentence)] == ["direct"]


def test_a_passive_speech_verb_attributes_nothing():
    found = quotes_of(
        "Senator Anna Lund spoke.",
        "Roughly two months before the vote in Kyiv, she was recalled.",
    )
    assert found == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "National polling shows that only about a quarter of voters chose the mayor.",
        "But demographics do suggest that young voters can play a decisive role.",
        "Leaked intelligence findings concluded the regime does not intend to give up its program.",
    ],
)
def test_polling_demographics_and_findings_are_evidence_not_speech(sentence):
    assert quotes_of(sentence) == ()


def test_a_plural_subject_with_a_that_relative_speaks_as_a_group():
    found = only(
        "But groups that favor a crackdown said the party will not be able to outbid its rivals."
    )
    assert (found.text, found.speaker_description) == (
        "the party will not be able to outbid its rivals",
        "groups that favor a crackdown",
    )


def test_a_subordinate_clause_then_an_indefinite_subject_is_what_was_said():
    found = spoken("Anna Lund said when she got on the train, everyone was looking at each other.")
    assert found == [("when she got on the train, everyone was looking at each other", "Anna Lund")]


def test_two_named_people_who_both_said_speak_as_a_group():
    found = only("Tom Berg and Anna Lund both said they believe the mayor is honest.")
    assert (found.text, found.speaker, found.speaker_description) == (
        "they believe the mayor is honest",
        None,
        "Tom Berg and Anna Lund",
    )


def test_a_participle_after_a_noun_phrase_subject_reports_for_it():
    found = quotes_of(
        "Hours later a county judge rejected the request, saying it would set a “terrible” "
        "precedent."
    )
    assert [(q.kind, q.text, q.speaker_description) for q in found] == [
        ("partial", "terrible", "a county judge"),
        ("indirect", "it would set a “terrible” precedent", "a county judge"),
    ]


def test_a_body_naming_something_after_an_opening_phrase_is_the_speaker():
    found = only("In its statement, the White House called the inquiry “completely baseless.”")
    assert (found.kind, found.text, found.speaker_description) == (
        "partial",
        "completely baseless",
        "the White House",
    )


@pytest.mark.parametrize(
    "sentence, text",
    [
        (
            "Senator Tom Berg sent a letter on Sunday asking the governor to suspend the sheriff.",
            "the governor to suspend the sheriff",
        ),
        (
            "Judge Tom Berg ordered the agency to release the records by Friday.",
            "the agency to release the records by Friday",
        ),
        ("Senator Tom Berg asked the court to delay the ruling.", "the court to delay the ruling"),
    ],
)
def test_a_request_or_an_order_to_someone_is_reported(sentence, text):
    assert spoken(sentence) == [(text, "Tom Berg")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Tom Berg was asked to leave the room.",
        "Senator Tom Berg ordered a review of the plan.",
        "Senator Tom Berg asked him about the plan.",
    ],
)
def test_no_request_without_someone_asked_to_act(sentence):
    assert quotes_of(sentence) == ()


def test_asked_not_to_be_identified_is_no_request():
    found = only("A senior official, who asked not to be identified, said the talks would resume.")
    assert found.text == "the talks would resume"


def test_accusing_after_an_attribution_is_the_speakers_charge():
    found = spoken(
        "“We will not be silenced,” Anna Lund said, accusing liberals of trying to censor ideas."
    )
    assert found == [
        ("We will not be silenced,", "Anna Lund"),
        ("liberals of trying to censor ideas", "Anna Lund"),
    ]


def test_a_group_subject_before_an_aside_and_are_accusing():
    found = only("Republicans, meanwhile, are accusing Democrats of withholding their votes.")
    assert (found.text, found.speaker_description) == (
        "Democrats of withholding their votes",
        "Republicans",
    )


# --- session 19: clause boundaries and subjects found in a fresh blind batch --------------------


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "Police said they were answering gunfire from the crowd, but protesters said "
            "the officers acted without being provoked.",
            "they were answering gunfire from the crowd",
            "the officers acted without being provoked",
        ),
        (
            "The agency says hundreds more cases will be closed, while critics say the results "
            "expose an unwillingness to enforce the policy.",
            "hundreds more cases will be closed",
            "the results expose an unwillingness to enforce the policy",
        ),
    ],
)
def test_a_group_speaking_after_but_is_a_clause_of_its_own(sentence, first, second):
    assert [q.text for q in quotes_of(sentence)] == [first, second]


def test_according_to_ends_where_another_speaker_begins():
    found = spoken(
        "Anna Lund and Tom Hale were both there.",
        "According to Lund, the minister handed in a resignation letter, but Hale said he "
        "talked the president into returning it.",
    )
    assert found == [
        ("the minister handed in a resignation letter", "Anna Lund"),
        ("he talked the president into returning it", "Tom Hale"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Campaign aides, many of whom expect to face her next year, said the attacks reflect "
        "her worries about the governor.",
        "Campaign aides, who expect to face her next year, said the attacks reflect her "
        "worries about the governor.",
    ],
)
def test_a_subject_with_a_relative_clause_then_its_verb(sentence):
    found = only(sentence)
    assert (found.text, found.speaker_description) == (
        "the attacks reflect her worries about the governor",
        "Campaign aides",
    )


def test_until_opens_a_clause_before_the_subject():
    found = only(
        "The bill seemed headed for easy passage — until Democrats said they noticed a clause "
        "on fines."
    )
    assert (found.text, found.speaker_description) == (
        "they noticed a clause on fines",
        "Democrats",
    )


def test_forecasted_reports_a_prediction():
    found = only("Tom Hale forecasted that the country would be a year away from a bomb.")
    assert (found.text, found.speaker) == (
        "the country would be a year away from a bomb",
        "Tom Hale",
    )


def test_told_a_listener_then_the_pronoun_clause():
    found = only("Facing mounting claims, Senator Tom Hale told a local radio host he will retire.")
    assert (found.text, found.speaker) == ("he will retire", "Tom Hale")


@pytest.mark.parametrize("noun", ["mounting claims", "news reports", "new estimates"])
def test_a_noun_before_the_comma_is_no_attribution(noun):
    assert quotes_of(f"Facing {noun}, the company closed two plants in Ohio last year.") == ()


def test_said_his_family_after_the_clause():
    found = only("The officer shot at the courthouse was identified as Tom Hale, said his family.")
    assert (found.text, found.speaker_description) == (
        "The officer shot at the courthouse was identified as Tom Hale",
        "his family",
    )


def test_a_contrast_after_a_trailing_attribution_is_the_reporters():
    found = only(
        "Lawmakers are less likely to follow the polls on security questions, Tom Hale says, "
        "as opposed to domestic issues."
    )
    assert (found.text, found.speaker) == (
        "Lawmakers are less likely to follow the polls on security questions",
        "Tom Hale",
    )


def test_a_claim_after_a_reported_question_is_a_clause_of_its_own():
    found = spoken(
        "Senator Tom Hale hit back at reports that he questioned why the agency took the "
        "money, claiming the remarks attributed to him are wrong."
    )
    assert found == [
        ("why the agency took the money", "Tom Hale"),
        ("the remarks attributed to him are wrong", "Tom Hale"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Tom Hale gave a blunt assessment of the budget, suggesting it could carry over "
        "to other issues.",
        "Senator Tom Hale also suggests it could carry over to other issues.",
    ],
)
def test_suggesting_takes_a_clause_without_that(sentence):
    found = only(sentence)
    assert (found.text, found.speaker) == ("it could carry over to other issues", "Tom Hale")


def test_two_adverbs_joined_by_and_before_the_verb():
    found = only("Tom Hale calmly and patiently explains to voters that he can end the feud.")
    assert (found.text, found.speaker) == ("he can end the feud", "Tom Hale")


def test_an_adverb_and_a_second_verb_keep_the_subject():
    found = only(
        "Senator Tom Hale mocked Anna Lund repeatedly and then added: “Would it not be fun to "
        "meet her in the finals?”"
    )
    assert found.speaker == "Tom Hale"


def test_called_for_someone_to_act_is_a_directive():
    found = only("Senator Tom Hale again called for the agency to suspend the briefings.")
    assert (found.text, found.speaker) == ("the agency to suspend the briefings", "Tom Hale")


def test_called_for_a_thing_alone_is_no_directive():
    assert quotes_of("Senator Tom Hale called for a vote on the bill.") == ()


def test_a_directive_after_and_is_a_clause_of_its_own():
    found = spoken(
        "Mayor Tom Hale said the doctor poses no threat to others and urged residents to stick "
        "to their daily routines."
    )
    assert found == [
        ("the doctor poses no threat to others", "Tom Hale"),
        ("residents to stick to their daily routines", "Tom Hale"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The president, Tom Hale, who met Anna Lund in Oslo, said the ban should be lifted.",
            "Tom Hale",
        ),
        (
            "Pope Leo XIV, who was elected as the successor to Pope Francis, has signaled that "
            "the ban should be lifted.",
            "Pope Leo XIV",
        ),
    ],
)
def test_the_object_of_a_closed_relative_clause_is_not_the_subject(sentence, speaker):
    found = only(sentence)
    assert (found.text, found.speaker) == ("the ban should be lifted", speaker)


def test_a_participle_after_a_long_clause_hangs_on_the_opening_subject():
    found = only(
        "The White House has berated Republican senators for insisting on finishing the long "
        "and contested trafficking bill first, saying the nominee has waited longer than any "
        "other."
    )
    assert (found.text, found.speaker_description) == (
        "the nominee has waited longer than any other",
        "The White House",
    )


def test_until_opens_a_clause_after_a_long_opening():
    found = only(
        "The bill cleared committee on a unanimous vote and seemed destined for easy passage "
        "last month, until Democrats said they noticed a clause on fines."
    )
    assert (found.text, found.speaker_description) == (
        "they noticed a clause on fines",
        "Democrats",
    )


@pytest.mark.parametrize("verb", ["pressed", "encouraged", "implored", "begged"])
def test_pressing_someone_to_act_is_a_request(verb):
    found = only(f"Senator Tom Hale {verb} the party leaders to honor the fallen officers.")
    assert (found.text, found.speaker) == (
        "the party leaders to honor the fallen officers",
        "Tom Hale",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Tom Hale pressed him on his failure to release the tax returns.",
        "Senator Tom Hale pressed for more efforts to dismantle the law.",
        "The rule is a setup pressed by lawmakers to no effect for many years.",
    ],
)
def test_pressed_without_someone_told_to_act_is_no_request(sentence):
    assert quotes_of(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "speaker", "description"),
    [
        (
            "The White House backed the release, despite warnings from lawmakers that it could "
            "lead to a backlash against Americans.",
            None,
            "lawmakers",
        ),
        (
            "The agency rejected claims by Senator Tom Hale that the money was misspent on travel.",
            "Tom Hale",
            None,
        ),
    ],
)
def test_a_claim_from_its_owner(sentence, speaker, description):
    found = only(sentence)
    assert found.speaker == speaker
    assert found.speaker_description == description


def test_a_claim_from_a_report_is_a_finding():
    assert quotes_of("The claims from the report that the money was misspent were false.") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Tom Hale’s claim that he was publicly against the invasion was met with derision.",
        "Over on the internet, Senator Tom Hale’s claim that he was publicly against the invasion "
        "was met with derision.",
        "Critics gripe that Senator Tom Hale’s claim that he was publicly against the invasion is "
        "misleading.",
    ],
)
def test_a_claim_that_opens_a_clause_ends_at_the_main_verb(sentence):
    found = only(sentence)
    assert (found.text, found.speaker) == ("he was publicly against the invasion", "Tom Hale")


def test_a_claim_inside_the_object_keeps_its_whole_clause():
    found = only(
        "The tweets underscored Senator Tom Hale’s claim that the money was spent and was returned."
    )
    assert found.text == "the money was spent and was returned"


def test_a_relative_that_after_a_claim_noun_is_no_reported_clause():
    assert (
        quotes_of(
            "The general sought to play down Senator Tom Hale’s assertion that seemed to rule out "
            "a diplomatic solution."
        )
        == ()
    )


def test_his_claim_is_the_claim_of_the_sentences_subject():
    found = only(
        "Senator Tom Hale has held his ground, especially on his insistence that tax rates "
        "return to the levels of the 1990s."
    )
    assert (found.text, found.speaker) == (
        "tax rates return to the levels of the 1990s",
        "Tom Hale",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # the lawyer's assertions, not Hale's
        "Senator Tom Hale’s lawyer is walking back his assertions that his client could tell "
        "a prosecutor everything.",
        # no person is the subject: "his" may be anyone
        "Senator Tom Hale spoke. The ruling undercut his claim that the money was legal.",
    ],
)
def test_his_claim_without_a_person_as_subject_is_left_alone(sentence):
    assert all(q.speaker != "Tom Hale" for q in quotes_of(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "“There is no trick here,” Tom Hale said in the Rose Garden as he presented the plan "
        "with his budget director.",
        "The officials insisted on anonymity because they were not allowed to discuss the talks.",
    ],
)
def test_a_phrase_then_a_subordinate_clause_is_no_reported_clause(sentence):
    assert [q.kind for q in quotes_of(sentence)] in ([], ["direct"])


def test_said_a_supporter_of_someone_named():
    found = quotes_of(
        "Anna Lund spoke first.", "“I just keep hoping,” said Lund supporter Tom Hale, 49."
    )
    assert [q.speaker for q in found] == ["Tom Hale"]


def test_a_clause_after_the_name_is_no_bare_title():
    # "Hale, also addressed the throng ... when she said": not a title between Hale and "said"
    found = only(
        "Anna Lund, widow of the fallen officer Thor Hale, also addressed the crowd and drew "
        "cheers when she said the police risk their lives."
    )
    assert (found.text, found.speaker) == ("the police risk their lives", "Anna Lund")


def test_he_is_the_sentences_subject_of_his_gender_before_a_name_of_unknown_gender():
    # Zorbak's gender is unknown; "he" in Hale's sentence is Hale, the subject
    found = spoken(
        "Zorbak Berg, a scholar, said the talks were over.",
        "Tom Hale's relationship with Iran has been controversial since his first campaign, "
        "when he said he was willing to sit down with Iranian leaders.",
    )
    assert found[-1] == ("he was willing to sit down with Iranian leaders", "Tom Hale")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # "and he" continues the clause of the sentence's subject, past a possessive aside
        (
            "Lund has gone after other reporters this week – including Ann Holt of a radio "
            "network and Berg's colleague Abby Dahl – and he indicated Friday that he might "
            "pull the credentials of other journalists.",
            "Tom Lund",
        ),
        # with no person as the subject, the possessive is still the one meant
        (
            "The ministry will send groups like Berg's network some money, but he says what "
            "they are missing is a coordinating central body.",
            "Jim Berg",
        ),
    ],
)
def test_a_pronoun_after_and_is_the_subject_not_a_possessive_in_an_aside(sentence, speaker):
    found = quotes_of("President Tom Lund spoke on Monday. Jim Berg asked a question.", sentence)
    assert [q.speaker for q in found if q.kind == "indirect"] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a listener with a determiner and modifiers between the verb and "that"
        (
            "The leaders also reiterated to the rank-and-file that they would give members "
            "a notice.",
            ("they would give members a notice", None, "The leaders"),
        ),
        (
            "Lund insisted to his fellow senators that there was no room for mediation.",
            ("there was no room for mediation", "Tom Lund", None),
        ),
        # an aside between spaced hyphens, and one holding a quoted fragment
        (
            "Foreign Minister Tom Lund - infuriated by the demand last week that activists be "
            "freed - said earlier on Wednesday that there was no room for mediation.",
            ("there was no room for mediation", "Tom Lund", None),
        ),
        (
            "Lund – who called the matter “a difference of opinion” – told reporters in Oslo "
            "that the minister had held a long conversation with her counterpart.",
            (
                "the minister had held a long conversation with her counterpart",
                "Tom Lund",
                None,
            ),
        ),
        # a relative clause, then an aside between spaced hyphens: the name inside is no subject
        (
            "Professor Tom Lund, who studies the work of Kara Berg - particularly in Norway - "
            "says the parish is full.",
            ("the parish is full", "Tom Lund", None),
        ),
        # one unnamed person with a relative clause of his own before the verb
        (
            "Another senator who asked not to be named said Republicans got into some detail "
            "on each subject.",
            (
                "Republicans got into some detail on each subject",
                None,
                "Another senator who asked not to be named",
            ),
        ),
    ],
)
def test_reported_clauses_past_listeners_asides_and_relative_clauses(sentence, expected):
    found = [
        (q.text, q.speaker, q.speaker_description)
        for q in quotes_of("Minister Tom Lund met Gov. Kara Berg on Monday.", sentence)
        if q.kind == "indirect"
    ]
    assert found == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two participle clauses of one subject are two statements
        (
            "Berg denied the allegations, saying she never offered a bribe and saying she was "
            "tiring of the race.",
            ["she never offered a bribe", "she was tiring of the race"],
        ),
        (
            "Berg denied it, saying she never offered a bribe and adding she was tiring of it.",
            ["she never offered a bribe", "she was tiring of it"],
        ),
        # "noting" with a clause of its own, and a present verb after an adverb
        (
            "“You fight strategically,” Lund stressed, noting he still serves in the Air Force.",
            ["he still serves in the Air Force"],
        ),
        # an object and a comma are no subject of a clause ("the point, noting he ...")
        (
            "Lund stressed the point, noting he had served in the Air Force.",
            ["he had served in the Air Force"],
        ),
        # but an age between commas is part of one
        (
            "Police told reporters the man, 55, was in stable condition on Monday.",
            ["the man, 55, was in stable condition on Monday"],
        ),
    ],
)
def test_bare_clauses_after_participles_and_their_subjects(sentence, expected):
    found = quotes_of("Minister Tom Lund met Gov. Kara Berg on Monday.", sentence)
    assert [q.text for q in found if q.kind == "indirect"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the reported clause opens with the quoted words and runs on from them
        (
            "Lund said “phenomenal” health care plans would be released in the coming weeks.",
            [
                ("partial", "phenomenal"),
                (
                    "indirect",
                    "“phenomenal” health care plans would be released in the coming weeks",
                ),
            ],
        ),
        # "he and his wife": a pronoun and a relative as the subject of a bare clause
        (
            "Lund told reporters he and his wife were broke when they left the capital.",
            [("indirect", "he and his wife were broke when they left the capital")],
        ),
        # a quote closed by its own punctuation, then the reporter's words: no clause
        ("Lund said “we will win,” and the crowd cheered.", [("partial", "we will win")]),
    ],
)
def test_clauses_opening_with_a_quote_or_a_pronoun_and_a_relative(sentence, expected):
    found = quotes_of("Minister Tom Lund met Gov. Kara Berg on Monday.", sentence)
    assert [(q.kind, q.text) for q in found] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "about" before a quantity opens the clause, not a topic
        (
            ("Lund said about a dozen sites were narrowed to a list of four finalists.",),
            [("about a dozen sites were narrowed to a list of four finalists", "Tom Lund")],
        ),
        # a promise with a clause of its own, without "that"
        (
            ("Lund promised Sunday he would work with Democrats to keep the government open.",),
            [("he would work with Democrats to keep the government open", "Tom Lund")],
        ),
        # "Another said": one more of the unnamed speakers just quoted
        (
            (
                "One adviser called the polls a mirage. Another said polling after the debate "
                "would be more telling.",
            ),
            [("polling after the debate would be more telling", None)],
        ),
        # a fronted "Even as" clause long enough to hide the subject after it
        (
            (
                "Even as Lund seems to be distancing himself from Berg, two Republicans close "
                "to the president said the two had struck a bond.",
            ),
            [("the two had struck a bond", None)],
        ),
    ],
)
def test_clauses_after_quantities_promises_another_and_fronted_even_as(paragraphs, expected):
    found = quotes_of("Minister Tom Lund met Gov. Kara Berg on Monday.", *paragraphs)
    assert [(q.text, q.speaker) for q in found if q.kind == "indirect"] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund said Berg was “a friend of mine” and “a good man.”",
        "Lund told reporters Berg was “a friend of mine,” “a good man.”",
    ],
)
def test_a_list_of_fragments_shares_the_first_ones_speaker(sentence):
    found = quotes_of("Minister Tom Lund met Gov. Kara Berg on Monday.", sentence)
    assert [(q.kind, q.text, q.speaker) for q in found if q.kind == "partial"] == [
        ("partial", "a friend of mine", "Tom Lund"),
        ("partial", "a good man", "Tom Lund"),
    ]


@pytest.mark.parametrize(
    ("sentence", "description"),
    [
        (
            "One party operative with ties to Lund told a newspaper that the mogul may pay in "
            "installments.",
            "One party operative with ties to Lund",
        ),
        (
            "Several donors backing Lund said the errors are piling up.",
            "Several donors backing Lund",
        ),
        (
            "The talks went on. On Monday, several donors backing Lund said the errors pile up.",
            "several donors backing Lund",
        ),
        (
            "Those who worked alongside Tom Lund say there are likely more records.",
            "Those who worked alongside Tom Lund",
        ),
    ],
)
def test_a_group_named_by_its_link_to_a_person_speaks_itself(sentence, description):
    found = quotes_of("Minister Tom Lund met Gov. Kara Berg on Monday.", sentence)
    assert [(q.speaker, q.speaker_description) for q in found] == [(None, description)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "as much", "much the same", "so": what was said is an object, not a clause
        ("Senior aides said as much on Friday before Lund signed the order.", []),
        ("Berg said much the same in a recent interview.", []),
        # a time "ago" before the clause is no part of it, nor a clause alone
        ("Lund said two years ago the plan would fail.", ["the plan would fail"]),
        ("“We might win,” Lund said two years ago on a radio show.", []),
        # "writing in a memo that": a written statement's clause
        (
            "Lund said as much last year, writing in a memo that it was wrong for Berg to act.",
            ["it was wrong for Berg to act"],
        ),
    ],
)
def test_objects_times_and_writings_around_the_verb(sentence, expected):
    found = quotes_of("Minister Tom Lund met Gov. Kara Berg on Monday.", sentence)
    assert [q.text for q in found if q.kind == "indirect"] == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the relative named first, then "wife of <title>, <name>": she speaks
        (
            "Former first lady Laura Lund, wife of the previous Republican president, George "
            "W. Lund, said she lives in a border state.",
            "Laura Lund",
        ),
        # title words in lower case between the relation and the name
        ("A spokesman for Senate Democratic leader Jim Hale said the talks had failed.", None),
        (
            "Tom Dahl, a top adviser to presidential nominee Jim Hale, said the plan was weak.",
            "Tom Dahl",
        ),
        # the name after a relation's comma is that relation's own name
        ("A lawyer for the news outlets, Jim Hale, said no decision had been made.", "Jim Hale"),
    ],
)
def test_relations_with_titles_and_appositive_names(sentence, speaker):
    found = quotes_of(sentence)
    assert [q.speaker for q in found if q.kind == "indirect"] == [speaker]


def test_a_sentence_opened_by_he_keeps_its_he_past_names_inside_it():
    # "He learned ... when Hale was, ... the week the former president died." names Hale
    # twice inside a sentence whose subject is "he": the next "he said" is still Lund
    found = quotes_of(
        "Tom Lund’s first memory is the day he left the clinic in Oak Springs for the last time.",
        "Two years later, after driving young Lund to the clinic where then-President Frank Hale "
        "was treated, his mother heard her son would walk.",
        "Senators were staying home, and one, Jim Berg, said he had the virus.",
        "With the Capitol closed, the Senate passed the bill. The votes counted, Lund closed the "
        "session.",
        "“Let us keep praying for one another,” he said.",
        "“We are holding on,” he said.",
        "A year ago, he went back to Oak Springs. At the old clinic, he read files about his "
        "case. He learned he was sometimes treated when Hale was, including the week the former "
        "president died.",
        "Asked how his mother paid for his care, he was stumped. “Honestly, I do not know,” he "
        "said.",
    )
    assert [q.speaker for q in found] == ["Jim Berg", "Tom Lund", "Tom Lund", "Tom Lund"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a staffer, a donor, a surrogate: titles before the name after an inverted "said"
        ("“We are waiting,” said Lund campaign staffer Jim Hale.", "Jim Hale"),
        ("“We are waiting,” said Lund staffer Jim Hale.", "Jim Hale"),
        ("“We will give again,” said Republican donor Jim Hale.", "Jim Hale"),  # (a guard)
        # "No." with a number inside the description before the name
        ("“We are waiting,” said the Senate's No. 2 Democrat, Jim Hale, on Thursday.", "Jim Hale"),
    ],
)
def test_inverted_speakers_with_more_titles(sentence, speaker):
    assert only(INTRO.replace("Anna Keller", "Tom Lund"), sentence).speaker == speaker


def test_a_lead_in_verb_is_a_whole_word():
    # "disagrees" holds "agrees": no verb of speech, so the floating quote goes to the
    # person the lead-in paragraph names (before, the subject became "Hale strongly dis")
    found = quotes_of(
        INTRO,
        "But Tom Hale, a columnist, strongly disagrees:",
        "“Like her rival, Keller has no record to speak of. I doubt that voters would take "
        "that chance.”",
    )
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Tom Hale")]


@pytest.mark.parametrize(
    ("sentence", "clauses"),
    [
        (
            "Keller argued that it is too early to ease sanctions, stating that the talks with "
            "partners continue.",
            ["it is too early to ease sanctions", "the talks with partners continue"],
        ),
        (
            "Keller initially claimed there had been no damage, but subsequently admitted that "
            "the plant was hit.",
            ["there had been no damage", "the plant was hit"],
        ),
        (
            "Keller said the plan was sound, claiming that the costs were low.",
            ["the plan was sound", "the costs were low"],
        ),
        (
            "Keller voiced anger, claiming that the envoy had lied and alleging that he had "
            "hidden the report.",
            ["the envoy had lied", "he had hidden the report"],
        ),
        # (guards) no comma: a participle inside the clause ends nothing
        (
            "Keller said the report exonerates the agencies by stating that they were warned.",
            ["the report exonerates the agencies by stating that they were warned"],
        ),
    ],
)
def test_a_second_reporting_verb_ends_the_first_clause(sentence, clauses):
    found = quotes_of(INTRO, sentence)
    assert [q.text for q in found if q.kind == "indirect"] == clauses
    assert {q.speaker for q in found} == {"Anna Keller"}


def test_a_participle_after_a_quote_is_no_inverted_attribution():
    # "“...” alleging that Ambassador Hale ...": Keller said it; Hale is who is accused (a
    # guard: "alleging" is a verb of speech now, but never an inverted one)
    found = quotes_of(
        INTRO,
        "Keller said the ban was based on “credible reports” alleging that Ambassador Tom Hale "
        "had met rebel groups.",
    )
    assert [(q.kind, q.speaker) for q in found] == [
        ("partial", "Anna Keller"),
        ("indirect", "Anna Keller"),
    ]


def test_claiming_before_a_quoted_fragment_attributes_it():
    found = quotes_of(
        INTRO, "Keller voiced anger, claiming that the envoy had “gone completely rogue” in May."
    )
    assert ("gone completely rogue", "Anna Keller") in [(q.text, q.speaker) for q in found]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # one phrase inside the clause's subject, then an auxiliary
        (
            "Keller told CNN a vote on her amendment would be pushed back.",
            "a vote on her amendment would be pushed back",
        ),
        # "earlier" after the object, before a pronoun's clause
        ("Keller told reporters earlier she was willing to meet.", "she was willing to meet"),
        # a weekday and its date between the verb and "that"
        (
            "Keller said Sunday, May 3, that the city must be held accountable.",
            "the city must be held accountable",
        ),
        # (guards) "earlier reports" is the subject; a phrase with no auxiliary after it is
        # the object's ("signaled her support for the plan worked out by ...")
        ("Keller said earlier reports were wrong.", "earlier reports were wrong"),
        ("Keller signaled her support for the plan worked out by the leaders.", None),
    ],
)
def test_reported_clauses_after_objects_and_times(sentence, clause):
    found = [q for q in quotes_of(INTRO, sentence) if q.kind == "indirect"]
    assert [q.text for q in found] == ([clause] if clause else [])
    assert all(q.speaker == "Anna Keller" for q in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "“We will win this, don't worry,” Keller assured the crowd Friday evening at a rally.",
        "“That is the only true solution,” Keller said, then began a chant.",
    ],
)
def test_what_follows_an_attribution_without_a_clause_is_no_quote(sentence):
    found = quotes_of(INTRO, sentence)
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Anna Keller")]


def test_lord_after_a_given_name_is_a_surname():
    found = quotes_of(
        INTRO, "On CNN, Keller backer Jeffrey Lord said he thought the plan was racist."
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("he thought the plan was racist", "Jeffrey Lord")
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the attribution interrupts a clause a possessive opens: not the possessor's
        ("Walker's actions, he said, have been a reaction to past budgets.", "Jim Taylor"),
        # a fronted participle's phrase: its possessor is not the subject
        ("Acting on Walker's order, he said the march was illegal.", "Jim Taylor"),
        # (a guard) "During Walker's speech Friday, he said": the possessor spoke
        ("During Walker's speech Friday, he said the budget was sound.", "Tom Walker"),
    ],
)
def test_possessives_before_a_pronoun_attribution(sentence, speaker):
    found = quotes_of(
        "Gov. Tom Walker won again.",
        "“It was the financial side of his message,” Jim Taylor said at the bank.",
        sentence,
    )
    assert [q.speaker for q in found] == ["Jim Taylor", speaker]


def test_a_name_ending_the_quoted_sentence_is_not_the_pronoun():
    # "“... only encourages” Petrov, he added": Petrov is the quote's object; "he" is Hale
    found = quotes_of(
        "Ukrainian President Tom Hale met reporters in Kyiv. Russian President Ivan Petrov "
        "stayed silent.",
        "“These were deliberate strikes on cities,” Hale wrote on social media.",
        "“The silence of others in the world only encourages” Petrov, he added.",
    )
    assert [q.speaker for q in found] == ["Tom Hale", "Tom Hale"]


@pytest.mark.parametrize(
    ("summary", "speaker"),
    [
        # a description before anyone is named: the first one named after it with the title
        ("The Norwegian minister said on Monday the ban would be lifted.", "Anna Keller"),
        # (a guard: a nation's title found the one named after it before)
        ("Norway's foreign minister said on Monday the ban would be lifted.", "Anna Keller"),
        # another title, or a qualifier the role lacks: nobody
        ("The Norwegian governor said on Monday the ban would be lifted.", None),
        ("The Norwegian defence minister said on Monday the ban would be lifted.", None),
    ],
)
def test_a_description_opening_the_article_points_forward(summary, speaker):
    found = quotes_of(
        summary,
        "Oslo news desk",
        "Foreign Minister Anna Keller said the decision was final. Her deputy, Tom Hale, "
        "stayed in Oslo.",
    )
    assert [q.speaker for q in found] == [speaker, "Anna Keller"]


@pytest.mark.parametrize(
    ("sentences", "speaker"),
    [
        # the one person the sentence before names, as an owner, then "He" opens the next
        (
            "There was nothing tentative about Hale’s opinion. He found “no doubt at all” "
            "in the record.",
            "Rolf Hale",
        ),
        # (guards) the sentence before has its own subject, after "Mr." and "U.S."
        (
            "Mr. Dunn questioned Mr. Hale’s motives. He said “the record is clear” to us.",
            "Tom Dunn",
        ),
        (
            "Dunn said the U.S. would hear Hale’s case. He said “the record is clear” to us.",
            "Tom Dunn",
        ),
        # (a guard) "he" in the sentence before is someone else than the owner
        (
            "When he first heard about Hale’s ruling, he applauded. He says “it was right” now.",
            "Tom Dunn",
        ),
    ],
)
def test_an_owner_in_the_sentence_before_a_pronoun(sentences, speaker):
    found = quotes_of(
        "Judge Rolf Hale ruled on Monday.",
        "Education Secretary Tom Dunn backed the ruling. He called it “a mandate to fix this.”",
        sentences,
    )
    assert [q.speaker for q in found][-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Keller predicted to her audience in Vietnam that the pact will be approved.",
            "the pact will be approved",
        ),
        (
            "Keller came to Hale's defense, lamenting that the reports omitted his record.",
            "the reports omitted his record",
        ),
        (
            "Keller sent an email to supporters, announcing Tom Hale would become the chair.",
            "Tom Hale would become the chair",
        ),
        # (a guard) announcing a thing: no clause
        ("Keller sent an email to supporters, announcing Plans for the park.", None),
    ],
)
def test_more_ways_to_report_a_clause(sentence, clause):
    found = [q for q in quotes_of(INTRO, sentence) if q.kind == "indirect"]
    assert [(q.text, q.speaker) for q in found] == ([(clause, "Anna Keller")] if clause else [])


def test_what_a_speaker_began_is_no_inverted_subject():
    found = quotes_of(
        INTRO, "“That is the only solution,” Keller said, then began a chant: “We will not move.”"
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("That is the only solution,", "Anna Keller"),
        ("We will not move.", "Anna Keller"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Keller thanked both Hale and Dahl for showing “impartiality” during the campaign.",
        "Keller congratulated Hale for an “extraordinary campaign” and left the stage.",
    ],
)
def test_thanks_and_congratulations_attribute_their_quoted_words(sentence):
    found = quotes_of(INTRO, sentence)
    assert [(q.kind, q.speaker) for q in found] == [("partial", "Anna Keller")]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Keller took office declaring she could end the strike within a week.",
            "she could end the strike within a week",
        ),
        (
            "Local media reports state that the bridge was closed overnight.",
            "the bridge was closed overnight",
        ),
        # (guards) "declaring" a thing, and "the state that" a relative clause
        ("Keller signed the order, declaring a state of emergency.", None),
        ("Indiana, the state that no Democrat has won since 1964, is next.", None),
    ],
)
def test_declaring_and_state_report_clauses(sentence, clause):
    found = [q for q in quotes_of(INTRO, sentence) if q.kind == "indirect"]
    assert [q.text for q in found] == ([clause] if clause else [])


def test_no_clause_ends_in_a_relative_pronoun_before_an_according_aside():
    found = quotes_of(
        INTRO,
        "Police searched the area for a gunman who, according to witnesses, was a tall man.",
    )
    assert not any(q.text.endswith("who") for q in found)


def test_for_whom_opens_the_sentence_the_pronoun_after_is_that_one():
    found = quotes_of(
        "President Tom Hale will meet Ivan Petrov on Wednesday. “The office is a tricky place,” "
        "Neo Dahl, an analyst at the university, told CNN. “We want a good deal,” Hale told "
        "reporters ahead of his meeting with Petrov. For Dahl, the talks between Petrov and Hale "
        "could hit a wall if the White House makes demands. “A dealbreaker would be a demand on "
        "land,” he said."
    )
    assert [q.speaker for q in found] == ["Neo Dahl", "Tom Hale", "Neo Dahl"]


def test_reflected_after_a_quote_is_an_inverted_attribution():
    found = quotes_of(
        INTRO,
        "“I have known Tom Hale for many years,” reflected Alexis Herman, a former secretary.",
    )
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Alexis Herman")]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        (
            "Tom Hale, president of the firefighters union, cited the damage in the town, and "
            "said the people there “have only begun to rebuild.”",
            ["partial"],
        ),
        (
            "Tom Hale, a father from Fairfax, lamented “the end of an era” and said he would "
            "vote for Keller in November.",
            ["partial", "indirect"],
        ),
    ],
)
def test_an_appositive_before_a_first_verb_keeps_the_subject_for_and_said(sentence, kinds):
    found = quotes_of(INTRO, sentence)
    assert [(q.kind, q.speaker) for q in found] == [(kind, "Tom Hale") for kind in kinds]


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        # an outlet that relays a named speaker's clause: the speaker's
        (
            "Keller told the mayor on Monday that she was “concerned” about the plan, the Oslo "
            "Post reported.",
            "she was “concerned” about the plan",
            "Anna Keller",
        ),
        (
            "Keller pushed back on the decision, saying the city should not negotiate yet, the "
            "Oslo Post reported.",
            "the city should not negotiate yet",
            "Anna Keller",
        ),
        # (a guard) the outlet's own report
        (
            "The bridge will close for a month, the Oslo Post reported.",
            "The bridge will close for a month",
            None,
        ),
    ],
)
def test_an_outlet_reporting_relays_the_named_speaker(sentence, clause, speaker):
    found = [q for q in quotes_of(INTRO, sentence) if q.kind == "indirect"]
    assert [(q.text, q.speaker) for q in found] == [(clause, speaker)]


@pytest.mark.parametrize("surname", ["Kelly", "Connolly", "Daly"])
def test_a_surname_ending_in_ly_is_no_adverb_before_told(surname):
    found = quotes_of(
        f"Former Rep. Ann Giles and her husband, Mark {surname}, met Sen. Joe Berg on Monday.",
        "Berg said the bill could pass.",
        f"“We are optimistic that this can pass,” {surname} told CNN after the meeting.",
    )
    assert [q.speaker for q in found] == ["Joe Berg", f"Mark {surname}"]


def test_with_a_group_saying_reports_the_groups_speech():
    # ", with officials saying ...": an absolute phrase whose noun is the participle's subject
    found = only(
        INTRO,
        "The strike was one of many launched on a number of towns along the coast overnight, "
        "with officials saying 40 drones had hit the port.",
    )
    assert (found.kind, found.speaker, found.speaker_description, found.text) == (
        "indirect",
        None,
        "officials",
        "40 drones had hit the port",
    )
    found = only(
        INTRO, "The talks stalled, with Norwegian diplomats warning that a deal was far off."
    )
    assert (found.speaker, found.speaker_description) == (None, "Norwegian diplomats")


def test_with_and_a_noun_is_no_subject_without_the_absolute_phrase():
    # "spars with the rival saying": "with" governs an object; a poll's share is no speaker
    for paragraph in (
        "Keller spars with the rival mayor saying the city deserves better.",
        "The survey closed, with 18 percent saying they backed the plan.",
    ):
        descriptions = [q.speaker_description or "" for q in quotes_of(INTRO, paragraph)]
        assert not any("mayor" in d or "percent" in d for d in descriptions), descriptions


def test_a_quoted_predicate_after_a_name_is_not_that_persons_words():
    # 'Governor Tom Lund “is trampling ...”': Lund is what the quote is about; the words are
    # those of whoever spoke last (here they continue Keller's quote)
    found = quotes_of(
        INTRO,
        "“We cannot accept this,” Keller said. Governor Tom Lund “is trampling on human rights, "
        "this is an affront.”",
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Anna Keller", "We cannot accept this, is trampling on human rights, this is an affront.")
    ]
    lone = quotes_of(INTRO, "Governor Tom Lund “is trampling on human rights, this is an affront.”")
    assert [q.speaker for q in lone] in ([], [None])
    # (but the subject of a naming verb still speaks: "Lund called the plan “a disaster ...”")
    named = only(
        INTRO, "Governor Tom Lund called the plan “a disaster for all of us in the north.”"
    )
    assert named.speaker == "Tom Lund"


def test_a_long_phrase_of_medium_or_time_after_the_trailing_verb():
    # "..., Keller wrote in the Nordic Journal of Clinical Medicine late last month": ten words
    found = only(
        INTRO,
        "Months of work are needed to bring the outbreak in Oslo, Bergen and Tromso under "
        "control, Keller wrote in the Nordic Journal of Clinical Medicine late last month.",
    )
    assert (found.speaker, found.text) == (
        "Anna Keller",
        "Months of work are needed to bring the outbreak in Oslo, Bergen and Tromso under control",
    )


def test_a_predicate_before_a_trailing_verb_is_no_attribution():
    # "The plan, he argued, had opened the door and revealed in the plainest way the cost":
    # "had opened the door and" is no subject of "revealed"
    found = quotes_of(
        INTRO,
        "The plan, Keller argued, had opened the door and revealed in the plainest way possible "
        "the cost of delay.",
    )
    assert all(q.speaker_description != "had" for q in found), found


def test_a_reporters_with_phrase_after_a_trailing_attribution():
    # "..., Norwegian officials said, with 15 people wounded": the phrase is the reporter's
    found = only(
        INTRO,
        "Overnight attacks employed 14 ballistic missiles and 250 drones, Norwegian officials "
        "said, with 15 people wounded in the attacks.",
    )
    assert (found.speaker, found.speaker_description, found.text) == (
        None,
        "Norwegian officials",
        "Overnight attacks employed 14 ballistic missiles and 250 drones",
    )
    # (but "added to that urgency" adds to a thing: nobody speaks)
    assert not quotes_of(
        INTRO,
        "Taxes rose in May, the vote in Bergen only added to that urgency, with the lead growing.",
    )


def test_according_to_an_unnamed_source_the_name_after_the_comma_is_what_it_said():
    found = quotes_of(
        "Tom Hale, a former drug executive, was nominated on Monday.",
        "According to a senior administration official, Hale is a twice-confirmed nominee "
        "for the post. The official told Fox News that Hale “knows the agency” and “can hit "
        "the ground running.”",
    )
    assert {(q.text, q.speaker, q.speaker_description) for q in found} == {
        (
            "Hale is a twice-confirmed nominee for the post",
            None,
            "a senior administration official",
        ),
        ("knows the agency", None, "The official"),
        ("can hit the ground running", None, "The official"),
    }


def test_according_to_a_described_source_named_after_the_comma():
    quote = only(
        INTRO,
        "According to her spokesman, Jon Tate, the treaty is dead and will not return this year.",
    )
    assert (quote.text, quote.speaker) == (
        "the treaty is dead and will not return this year",
        "Jon Tate",
    )
    quote = only(INTRO, "The vote was postponed, said a town leader, Pogu Bitrus.")
    assert quote.speaker == "Pogu Bitrus"


def test_the_president_is_the_one_the_article_titles_so_not_an_untitled_name_nearby():
    found = spoken(
        "President Jim Berg first appointed Ann Hale to the agency in 2001.",
        "President Tom Lund nominated her for the post on Monday.",
        "Hale worked at the agency for a decade before she left.",
        "“Happy to announce my choice,” the president tweeted Monday.",
    )
    assert ("Happy to announce my choice,", "Tom Lund") in found


def test_a_second_speaker_after_at_which_point_ends_the_first_clause():
    found = spoken(
        "Inspector General Tom Lund testified on Wednesday.",
        "Lund said he was surprised by the decision by Jim Berg, the U.S. attorney in "
        "Connecticut leading a separate inquiry, to issue a statement.",
        "He also said he met with Berg in November to discuss his findings, at which point "
        "Berg told Lund he believed the agency had been justified in opening an inquiry.",
    )
    assert ("he met with Berg in November to discuss his findings", "Tom Lund") in found
    assert (
        "he believed the agency had been justified in opening an inquiry",
        "Jim Berg",
    ) in found


def test_a_polls_share_of_people_is_a_finding_not_a_speaker():
    found = spoken(
        "A solid 59 percent of voters say the trait describes Lund, but only 49 percent say "
        "the same about Hale. Two in three Americans say the economy is weak.",
        "In the same poll, voters say Hale is more corrupt than Lund by a 12-point margin.",
        "A majority of the court said the law was unconstitutional and could not stand.",
        "Voters say the mayor must resign now, Tom Lund told reporters on Friday.",
    )
    assert found == [
        ("the law was unconstitutional and could not stand", None),
        ("Voters say the mayor must resign now", "Tom Lund"),
    ]


def test_no_reported_speech_without_saying_or_in_a_passive_before_a_comma():
    assert (
        quotes_of(
            "It almost goes without saying that neither Lund nor Hale was popular with voters.",
            "Until the nominees are formally confirmed, the general election has not begun.",
            "He blamed the broken test without explaining that it was made during his term.",
        )
        == ()
    )
    # an active verb with its subject still reports
    assert only("The nominees confirmed that the general election had begun.").speaker is None


def test_he_after_a_sentence_presenting_a_name_after_a_colon():
    found = spoken(
        "Gov. Tom Lund might be in the biggest bind of all. Lund has shown no will to act.",
        "One Republican has never backed the plan: Jim Berg. He issued his own rebuke on "
        "Friday night: “The comments were wrong and offensive.”",
    )
    assert found == [("The comments were wrong and offensive.", "Jim Berg")]


def test_a_fragment_named_in_a_fronted_perfect_participle_is_the_main_subjects():
    found = spoken(
        "Florida Sen. Tom Lund is in a bind.",
        "Having once called Berg a “con artist” who cannot be trusted, the Florida senator "
        "wound up walking back his criticism.",
        "Having praised the plan as “a breakthrough,” Lund later changed his mind.",
    )
    assert found == [("con artist", "Tom Lund"), ("a breakthrough", "Tom Lund")]


def test_a_fragment_after_the_reported_clauses_subject_is_the_reporters():
    found = spoken(
        "Gov. Anna Keller thanked the president on Monday.",
        "President Tom Lund sent masks. She said the president was “on top of it” when it "
        "came to testing and said Lund was aware “even before I offered my own insight” of "
        "the state’s need for more swabs.",
        "Keller said Jim Berg told reporters the plan was “a disgrace” and would fail.",
    )
    assert ("even before I offered my own insight", "Anna Keller") in found
    # a verb of speech between the subject and the fragment: that subject's words
    assert ("a disgrace", "Jim Berg") in found


def test_a_second_verb_of_speech_joined_to_a_persons_clause():
    found = spoken(
        "Gov. Tom Lund of Ohio described himself as aligned with the plan, but then also "
        "noted the state’s model did not show cases peaking until May.",
    )
    assert found == [("the state’s model did not show cases peaking until May", "Tom Lund")]
    # an object after the verb, no clause: "suggested a rethinking of the alliance"
    found = spoken(
        "Gov. Tom Lund spoke on Monday.",
        "He has called for a ban on imports, proposed building a wall, and suggested a "
        "rethinking of the alliance, which he described as “obsolete” to The Herald.",
    )
    assert [text for text, _ in found] == ["obsolete"]


def test_according_to_sources_who_spoke_on_condition_of_anonymity():
    quote = only(
        INTRO,
        "Keller has kept a close eye on the coverage and noted which officials praised her, "
        "according to three aides who spoke on condition of anonymity because they were not "
        "authorized to publicly discuss the foreign minister’s private deliberations.",
    )
    assert (quote.speaker, quote.speaker_description) == (None, "three aides")
    assert quote.text.startswith("Keller has kept a close eye")


def test_made_clear_without_that_before_a_named_subject():
    quote = only(
        INTRO,
        "The move would break a taboo, and the ministry has made clear Ms. Keller would avoid it.",
    )
    assert (quote.text, quote.speaker_description) == ("Ms. Keller would avoid it", "the ministry")
    assert quotes_of(INTRO, "Keller made clear her intentions when asked.") == ()


def test_a_subordinate_clause_alone_before_the_main_clause_is_no_statement():
    found = spoken(
        "After Mr. Berg announced thousands of new homes, Mr. Tom Lund asked him to delay "
        "new construction, saying it would not help peace efforts.",
        "If the senators push the nomination through - before the new term begins - it "
        "would build momentum for a larger court, Lund said.",
    )
    texts = [text for text, _ in found]
    assert "After Mr. Berg announced thousands of new homes" not in texts
    assert ("it would not help peace efforts", "Tom Lund") in found
    assert (
        "If the senators push the nomination through - before the new term begins - it would "
        "build momentum for a larger court",
        "Tom Lund",
    ) in found


def test_a_promise_ends_where_the_main_clause_of_its_sentence_begins():
    found = spoken(
        "Tom Lund met Anna Keller on Monday.",
        "And while he promised last year to move the embassy to the capital despite the "
        "dispute, he has not acted on that pledge, making clear he was rethinking it.",
        "Keller’s advisers initially expressed worry that Lund did not reach out sooner.",
    )
    assert found == [
        ("to move the embassy to the capital despite the dispute", "Tom Lund"),
        ("he was rethinking it", "Tom Lund"),
        ("Lund did not reach out sooner", None),
    ]


def test_two_people_speaking_together_are_a_group_not_the_first_of_them():
    found = quotes_of(
        "Tom Lund and Anna Keller met on Monday.",
        "During the primary race, both Lund and Keller said they would use the threat of "
        "leaving the pact to force a new deal.",
        "According to Lund and Keller, making it harder to buy guns is impossible.",
        "According to Lund, the pact is dead and Keller agrees with him on that point.",
    )
    assert [(q.speaker, q.speaker_description) for q in found] == [
        (None, "Lund and Keller"),
        (None, "Lund and Keller"),
        ("Tom Lund", None),
    ]


def test_a_name_inside_a_question_put_to_the_subject_is_not_the_speaker():
    found = spoken(
        "Tom Lund spoke to Anna Keller and Jim Berg on Monday.",
        "Back in May, Lund when asked by Anna Keller if he was prepared to formally back "
        "Berg, said: “I'm not there right now.”",
        "Lund, when pressed by Keller about Berg, said the plan was dead.",
    )
    assert found == [("I'm not there right now.", "Tom Lund"), ("the plan was dead", "Tom Lund")]


def test_the_object_of_a_first_verb_is_not_the_subject_of_the_second():
    found = spoken(
        "Tom Lund won the race. Anna Keller lost.",
        "After winning, Lund called Afghan President Jim Berg in December and told him he "
        "would consider sending more troops to the region.",
    )
    assert found == [("he would consider sending more troops to the region", "Tom Lund")]


def test_statements_and_assurances_made_that_report_a_clause():
    found = spoken(
        "Sen. Tom Lund (R-Ky.) has made repeated statements that he will likely vote against "
        "the bill if it includes tax credits.",
        "Gov. Anna Keller gave assurances that the bridge would open in May.",
        "Keller made statements to the press all week.",
    )
    assert found == [
        ("he will likely vote against the bill if it includes tax credits", "Tom Lund"),
        ("the bridge would open in May", "Anna Keller"),
    ]


def test_a_colon_lead_in_whose_only_verb_like_word_is_a_noun():
    found = spoken(
        "Jim Berg, the ambassador, said Mayor Tom Lund was pushing a hoax.",
        "Asked during a town hall this week about the comments by Berg, one of the most "
        "prominent envoys in the administration, Lund sidestepped it with a line: “I know "
        "bait when I see it, and I am not going to take it.”",
        "Ann Hale responds to the comments on her late father, Sen. Jim Hale: “Your life is "
        "spent obsessing over great men.”",
    )
    assert ("I know bait when I see it, and I am not going to take it.", "Tom Lund") in found
    # an appositive before the colon, no clause of its own: not the father's words
    assert ("Your life is spent obsessing over great men.", "Jim Hale") not in found


def test_words_quoted_inside_a_reported_clause_are_the_reported_speakers():
    found = spoken(
        INTRO,
        "Vice President Tom Hale said they had “great respect” for Norway and there would be"
        " no backing down until it “changes its ways.”",
    )
    assert ("great respect", "Tom Hale") in found
    assert ("changes its ways", "Tom Hale") in found
    # a single quoted word there stays a scare quote
    single = spoken(
        INTRO,
        "Tom Hale said they had “great respect” for Norway and there would be no backing"
        " down until it “relents.”",
    )
    assert not any(text == "relents" for text, _ in single)


def test_a_name_and_its_description_after_a_quote_attribute_it():
    found = spoken(
        INTRO,
        "“Any cut in rates would be welcome, but we see it as a pause,” Tom Hale, chief"
        " economist at Norsk Bank wrote in a note to clients.",
        "Prices rose again on Tuesday.",
        "“We make a mistake looking only at trade,” Ana Ruiz, a professor at Oslo University"
        " and a member of the Council on Trade. “This is an economic war.”",
    )
    assert found[0][1] == "Tom Hale"
    assert found[1][1] == "Ana Ruiz"
    # a comment after the name is the reporter's, not an attribution
    plain = spoken(INTRO, "Markets fell.", "“We lost,” Tom Hale, who lost his seat in May.")
    assert plain == [("We lost,", None)]


def test_a_pronoun_before_anyone_is_named_is_the_next_person_of_its_gender():
    found = spoken(
        "A lack of consensus “was never a reason to keep it from the president,” she says.",
        "The report came out on Monday. Anna Mulligan, a former official at the Justice"
        " Department, said the timing was odd.",
    )
    assert found[0] == ("was never a reason to keep it from the president", "Anna Mulligan")
    # not a man named later in a verb's object
    found = spoken(
        "“Taxes are too high,” he says.",
        "On Monday night, the senators were set to dine with their leader, Senator Jon Lee.",
    )
    assert found[0][1] is None


def test_the_one_who_asks_in_a_fronted_phrase_is_not_the_pronoun_that_answers():
    found = spoken(
        "Anna Berg spoke on Monday. Tom Hale was there too.",
        "Pressed about his staying power by NBC host Jon Lee, he conceded, “I do not know"
        " the future.”",
    )
    assert found == [("I do not know the future.", "Tom Hale")]
    # "Surprised by Lee, he said": no fronted question, the name right before "he" still is
    found = spoken("Anna Berg spoke on Monday.", "As for Jon Lee, he said, “I will stay.”")
    assert found == [("I will stay.", "Jon Lee")]


def test_implied_and_adamant_report_speech():
    found = spoken(
        "Tom Hale spoke on Monday.",
        "At least part of the frenzy is little more than marketing, he implied.",
        "Of course, Hale was also adamant that he was not running for speaker.",
    )
    assert found == [
        ("At least part of the frenzy is little more than marketing", "Tom Hale"),
        ("he was not running for speaker", "Tom Hale"),
    ]
    # an adjective with no clause of speech after it is no attribution
    assert spoken("Tom Hale spoke.", "Hale was adamant about the plan, which passed.") == []


def test_remarks_by_a_named_person_that_report_a_clause():
    found = spoken(
        "Tom Hale spoke on Monday.",
        "After remarks by party chairman Jon Lee that Hale would not be welcome at the"
        " convention, the delegates left.",
    )
    assert found == [("Hale would not be welcome at the convention", "Jon Lee")]


def test_a_day_between_the_speaker_and_the_verb_and_marveled_that():
    found = spoken(
        "Treasury Secretary Tom Hale Friday morning said passing a tax overhaul would be"
        " easier than replacing the law.",
        "He marveled that it did not feel like he was impeached.",
    )
    assert found == [
        ("passing a tax overhaul would be easier than replacing the law", "Tom Hale"),
        ("it did not feel like he was impeached", "Tom Hale"),
    ]


def test_a_cited_headline_is_no_quote():
    found = spoken(
        "Rep. Tom Hale threatened to act.",
        "-- “N.Y. Poised To Be First To Pass Post-Massacre Gun Bill.”",
        "The headline speaks for itself: “Anna Berg: Holy Terror.” In the column, Hale calls"
        " Berg “self-infatuated.”",
        "“We Will Win This Fight,” Hale said.",
    )
    # a headline-cased quote with its own attribution stays
    assert found == [("self-infatuated", "Tom Hale"), ("We Will Win This Fight,", "Tom Hale")]


def test_a_quote_split_around_a_long_title_with_commas_is_one_quote():
    found = spoken(
        "“What we need is the next step,” says Ana Ruiz, director of investment at the W.K. Lund"
        " Foundation in Bergen, Norway, which has a long tradition of funding programs."
        " “It is really going to require skin in the game.”"
    )
    assert found == [
        (
            "What we need is the next step, It is really going to require skin in the game.",
            "Ana Ruiz",
        )
    ]


def test_a_naming_verb_in_a_relative_clause_is_the_antecedents():
    found = spoken(
        "That prompted a retort from Tom Hale, who in remarks to reporters on the driveway"
        " called Lee's comments “unauthorized.”"
    )
    assert found == [("unauthorized", "Tom Hale")]


def test_a_surname_with_junior_is_the_son_not_the_father():
    found = spoken(
        "President Hale spoke on Monday. Hale said it was fine.",
        "“Oh boy, they have him on the ropes now,” Hale Jr. added.",
    )
    assert found[-1] == ("Oh boy, they have him on the ropes now,", "Hale Jr.")


def test_the_one_an_outlet_quoted_is_the_speaker():
    found = spoken(
        "The ministry criticised the plan, according to a report by the state news agency.",
        "“Attempts to intervene from outside can only aggravate it,” the report quoted"
        " spokesman Ivan Petrov.",
        "“We will not accept this,” the agency quoted Foreign Minister Anna Berg as saying.",
        "“It is over,” the paper quoted him as saying.",
        "“He talks all the time,” the biographer Tom Hale quoted Ben Lee.",
        "The agency quoted Berg as saying: “We are ready.”",
    )
    assert found[1:] == [
        ("Attempts to intervene from outside can only aggravate it,", "Ivan Petrov"),
        ("We will not accept this,", "Anna Berg"),
        ("It is over,", "Ivan Petrov"),
        ("He talks all the time,", "Ben Lee"),
        ("We are ready.", "Anna Berg"),
    ]


def test_a_verb_joined_by_and_has_the_first_verbs_subject_not_the_reported_clauses():
    found = spoken(
        "At a news conference, activist Tom Hale argued that Ben Lund had no principles, and"
        " flatly stated, “The battle for the party begins today.”",
        "Dean Wolfe is a conservative who asked others to sign a pledge, believes President"
        " Ben Lund was born abroad and said he would not vote for his opponent.",
    )
    assert ("The battle for the party begins today.", "Tom Hale") in found
    assert ("he would not vote for his opponent", "Dean Wolfe") in found


def test_a_subject_after_a_fronted_phrase_speaks_the_verb_joined_by_and():
    found = spoken(
        "Judge Tom Hale ruled on the case in May.",
        "In 2009, he went further and argued that the president should be exempt from suits.",
        "Following talks with Democrats, Ben Lund hints a deal may be close, but suggests it"
        " would not include a pathway to citizenship.",
    )
    assert found == [
        ("the president should be exempt from suits", "Tom Hale"),
        ("it would not include a pathway to citizenship", "Ben Lund"),
    ]


def test_the_leader_or_chief_of_a_body_is_the_one_whose_role_names_it():
    found = spoken(
        "The minister spoke with U.N. Secretary-General Ban Ki-moon on Monday. In comments"
        " Thursday, the U.N. leader called for calm and said the talks should resume.",
        "NATO Secretary General Jens Lind spoke on Friday. The NATO chief said the alliance"
        " would stand firm.",
    )
    assert found == [
        ("the talks should resume", "Ban Ki-moon"),
        ("the alliance would stand firm", "Jens Lind"),
    ]


def test_a_name_after_a_gerund_is_its_object_not_the_speaker():
    found = spoken(
        "Republican Tom Hale ran in Indiana.",
        "Hale, who beat longtime Sen. Ben Lund in the primary, never found his footing. After"
        " beating Lund, he said he would model himself on Sen. Jim Dahl.",
        "Stanley Hubbard, a top backer of struggling governor Scott Walker, said he planned to"
        " give the maximum to another campaign.",
    )
    assert found == [
        ("he would model himself on Sen. Jim Dahl", "Tom Hale"),
        ("he planned to give the maximum to another campaign", "Stanley Hubbard"),
    ]


def test_a_person_presented_after_an_inverted_verb_is_the_subject_a_pronoun_picks_up():
    found = spoken(
        "Columnist Ana Ruiz writes that activist Tom Hale called the result “a failure.”",
        "Also attending the news conference was Jenny Beth Lund, the coordinator of the group."
        " Like Hale, she was not happy:",
        "“What we got was a weak candidate,” she said.",
    )
    assert found[-1] == ("What we got was a weak candidate,", "Jenny Beth Lund")


def test_according_to_the_speakers_own_office_keeps_the_named_speaker():
    found = spoken(
        "This came as Prime Minister Anna Lund said there is a proposal for elections this"
        " year, according to a statement from Lund's office.",
        "The council was attacked after Tom Hale said he was leaving, according to the sheriff.",
    )
    assert found[0] == ("there is a proposal for elections this year", "Anna Lund")
    assert all(speaker != "Tom Hale" for _, speaker in found[1:])


def test_a_name_modifying_the_subject_of_joined_verbs_is_not_the_speaker():
    found = spoken(
        "President Tom Hale signed the bill.",
        "Many Hale loyalists agree with this critique in theory but say it was impossible to"
        " get more money through Congress.",
    )
    assert found == [("it was impossible to get more money through Congress", None)]


def test_a_named_speaker_after_according_to_speaks_the_clause():
    found = spoken(
        "Columnist Ana Ruiz wrote about it on Monday.",
        "According to Ruiz, Tom Hale said the party was lost.",
        "According to Ruiz, the party was lost for good.",
    )
    assert found == [
        ("the party was lost", "Tom Hale"),
        ("the party was lost for good", "Ana Ruiz"),
    ]


def test_stating_without_that_reports_a_clause_with_a_pronoun_subject():
    found = spoken(
        "Ana Lund came out against the trade pact, stating it did not protect workers.",
        "Tom Hale wrote a letter stating his case to the board.",
    )
    assert found == [("it did not protect workers", "Ana Lund")]


def test_a_man_named_by_his_given_name_is_the_speaker():
    found = spoken(
        "“I am cleaning blood from the floor,” said a man named Anton, who was volunteering.",
        "A volunteer called Olha said she had not slept.",
    )
    assert found == [
        ("I am cleaning blood from the floor,", "Anton"),
        ("she had not slept", "Olha"),
    ]


def test_a_group_with_a_range_of_names_speaks_as_the_group():
    found = spoken(
        "Some officials, from President Tom Hale to Rep. Ana Lund (R-AZ), have asked if “the"
        " cure is proving worse than the disease itself.”"
    )
    assert found == [("the cure is proving worse than the disease itself", None)]


def test_an_opening_phrase_after_a_sentence_adverb_is_no_reported_clause():
    assert spoken("Naturally, over on NBC, Tom Hale agreed with the general notion.") == []


def test_a_headline_cased_quote_under_a_short_label_is_a_heading():
    found = spoken(
        "Tom Hale spoke first at the debate on Monday.",
        "Update at 9:45 p.m. ET. “We Also Have Fewer Horses And Bayonets”:",
        "Asked how he would balance the budget, Hale talks again about the program.",
    )
    assert all("Horses" not in text for text, _ in found)


def test_a_trailing_which_clause_attributes_nothing_before_it():
    found = spoken(
        "Tom Hale ran the company for years.",
        "As he has run his empire, Hale has often been accused of being a bully, which he denies.",
        "They are targeting voters in Florida and Arizona, which have larger Latino populations.",
        "The plan would cut taxes for the rich, Hale said.",
    )
    assert found == [("The plan would cut taxes for the rich", "Tom Hale")]


def test_one_campaign_title_describes_the_holder_of_another():
    found = spoken(
        "Republican challenger Tom Hale spoke first. President Ben Lund answered.",
        "Hale also accused Lund of weakening the military.",
        "“Our Navy is smaller now than at any time since 1917,” the Republican nominee said.",
    )
    assert found[-1] == ("Our Navy is smaller now than at any time since 1917,", "Tom Hale")


def test_a_name_after_a_preposition_in_an_aside_is_not_the_subject():
    found = spoken(
        "Ana Ruiz of the Washington Post, just before the nomination of Tom Hale, asserted that"
        " no majority would want to overrule the ruling."
    )
    assert found == [("no majority would want to overrule the ruling", "Ana Ruiz")]


def test_the_subject_of_a_whom_clause_names_the_quoted_words():
    found = spoken(
        "Tom Hale, whom the columnist Ana Ruiz aptly described as a “bag of useless flesh,”"
        " tipped his hand last Friday.",
        "Ben Lund, whom critics called a “loose cannon,” spoke on Monday.",
    )
    assert found == [("bag of useless flesh", "Ana Ruiz"), ("loose cannon", None)]


def test_a_claim_holding_quoted_words_is_reported_with_them():
    found = spoken(
        "Tom Hale makes the case that China needs to be held accountable for holding down its"
        " currency and “stealing our intellectual property.”",
        "Ben Lund also repeated his assertion that “they are dragging out the war,” echoing"
        " comments he made in Paris that they are prolonging talks “just to buy time.”",
    )
    assert (
        "China needs to be held accountable for holding down its currency and “stealing our"
        " intellectual property.”",
        "Tom Hale",
    ) in found
    assert ("stealing our intellectual property", "Tom Hale") in found
    assert all(not text.startswith("“they") for text, _ in found)


def test_a_hyphenated_adjective_before_a_title_keeps_the_named_subject():
    found = spoken(
        "Nonetheless, the right-wing Prime Minister Tom Hale still remains in denial, last week"
        " claiming that “there have always been tough times and lush times.”"
    )
    assert found == [("there have always been tough times and lush times", "Tom Hale")]


def test_a_quote_after_the_reporters_question_is_the_earlier_speakers():
    found = spoken(
        "Ana Lund said of the bill, “it is fine.” Why would Ben Dahl want that? “It is bad.”",
        "Tom Hale, a generally astute writer, said of the bill, “it seems clear to me they want it"
        " overturned.” And why would Republicans want that? “They want to keep their base mad.”",
    )
    assert found[1] == ("It is bad.", None)  # (someone named since)
    assert found[-1] == ("They want to keep their base mad.", "Tom Hale")


@pytest.mark.parametrize(
    "paragraph",
    [
        "One example was the 1994 book, “A Rage to Punish: The Unintended Consequences of"
        " Mandatory Sentencing,” by Ana Lund, a judge in Bergen.",
        "Tom Hale, author of “Annals of Decline: How Trade Became ‘Bad’” (2016), is writing.",
        "It is called “The Most Dangerous Idea in Central Bank History: Policy Doesn’t Matter.”",
    ],
)
def test_a_title_with_a_subtitle_is_no_quote(paragraph):
    assert quotes_of(INTRO, paragraph) == ()


def test_a_book_title_inside_the_attribution_leaves_the_quote_split_around_it():
    found = spoken(
        "“In the long run there will be resistance,” said Tom Hale, a zoologist, and author of"
        " “The Myth of Trade: Fidelity and Infidelity in Markets” (2001). “They recognize it.”"
    )
    assert found == [("In the long run there will be resistance, They recognize it.", "Tom Hale")]


def test_a_quoted_sentence_with_a_colon_is_still_a_quote():
    found = spoken("Tom Hale said: “Nobody Wants This: We Are Done.”")
    assert found == [("Nobody Wants This: We Are Done.", "Tom Hale")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The second was the writer Tom Hale, a self-described “charter New Democrat who fell in"
            " love with the party.”",
            "Tom Hale",
        ),
        ("Ana Lund met the self-described “democratic socialist” Tom Hale on Monday.", "Tom Hale"),
        ("Tom Hale met Ana Lund, a self-styled “friend of the workers,” on Monday.", "Ana Lund"),
    ],
)
def test_a_self_described_fragment_is_the_described_persons(paragraph, speaker):
    assert [q.speaker for q in quotes_of(paragraph)] == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We are a very boring and respectable couple!” polyamorist Tom Hale beamed to a paper.",
        "“Are we ready? Yes we are!” Mayor Tom Hale bellowed to a crowd in the park.",
        "But when asked what the White House had done since, Hale laughed: “That I don’t know.”",
    ],
)
def test_verbs_of_the_manner_of_saying_attribute(paragraph):
    found = quotes_of("Mayor Tom Hale came first. Ana Lund spoke later.", paragraph)
    assert [q.speaker for q in found] == ["Tom Hale"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "As campaign manager Hale said to POLITICO last fall, “My daughter could color that map.”",
        "Hale explained to a crowd of supporters: “My daughter could color that map.”",
    ],
)
def test_a_verb_with_its_listener_leads_in_the_quote(paragraph):
    found = quotes_of("Campaign manager Tom Hale built the plan. Ana Lund won.", paragraph)
    assert [q.speaker for q in found] == ["Tom Hale"]


def test_words_read_to_a_listener_stay_their_authors():
    found = quotes_of(
        "Rep. Tom Hale asked about it. “It is done,” Ana Lund said in writing.",
        "Hale read to Mueller Lund's written answer: “I do not recall discussing it with him.”",
    )
    assert [q.speaker for q in found] == ["Ana Lund", "Ana Lund"]


def test_a_because_of_phrase_between_quote_and_attribution_is_no_clause():
    found = spoken(
        "Tom Hale spoke on Monday. Ana Lund is a teacher.",
        "The price is high.",
        "“I have lost jobs,” because of her lifestyle, Lund said. “I’ve lost friends.”",
    )
    assert found == [("I have lost jobs, I’ve lost friends.", "Ana Lund")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“California has no plan,” wrote NASA water scientist and University of California-Irvine"
        " professor Tom Hale in an op-ed in March.",
        "“Did he just do that?” said former Obama political adviser and current CNN commentator"
        " Tom Hale on Twitter.",
        "“Births change a couple,” said marriage and family therapist Tom Hale.",
    ],
)
def test_two_descriptions_joined_by_and_before_an_inverted_name(paragraph):
    assert [q.speaker for q in quotes_of(paragraph)] == ["Tom Hale"]


def test_bragging_and_boasting_report_speech():
    found = spoken(
        "Tom Hale bragged that the administration was doing more. Ana Lund boasted that she won."
    )
    assert found == [
        ("the administration was doing more", "Tom Hale"),
        ("she won", "Ana Lund"),
    ]


def test_a_long_title_before_the_subject_of_a_colon_lead_in():
    found = spoken(
        "Ana Lund spoke first.",
        "Former New York Times technology reporter Tom Hale weighed the pros and cons: “More than"
        " 34,000 people died in accidents.”",
        "But as Ben Dahl of the Federal Reserve Bank recounts in his history, “the Fed did not"
        " enjoy such independence.”",
    )
    assert [speaker for _, speaker in found] == ["Tom Hale", "Ben Dahl"]


def test_a_relative_clause_speaker_is_the_one_it_hangs_on():
    found = spoken(
        "Ana Lund spoke first.",
        "I can’t resist quoting Tom Hale himself, who says his law “can’t continue forever.”",
    )
    assert found == [("can’t continue forever", "Tom Hale")]


def test_a_quote_printed_again_as_a_pull_quote_is_one_quote():
    found = spoken(
        "“Normalizing it will become yet another way to privilege male desire.”",
        "Critic Ana Lund disagrees. “Normalizing it will become yet another way to privilege"
        " male desire,” she said. “I know, I know: there are good reasons.”",
        "“The ultimate penalty has to be the death penalty,” Tom Hale said on Monday.",
        "“The ultimate penalty has to be the death penalty.” — Tom Hale",
    )
    assert found == [
        (
            "Normalizing it will become yet another way to privilege male desire, I know, I know:"
            " there are good reasons.",
            "Ana Lund",
        ),
        ("The ultimate penalty has to be the death penalty,", "Tom Hale"),
    ]


def test_a_short_quote_said_twice_stays_twice():
    found = spoken(
        "“We will win,” Tom Hale said on Monday.",
        "On Tuesday he was asked again. “We will win,” Hale said.",
    )
    assert len(found) == 2


@pytest.mark.parametrize(
    "paragraph",
    [
        "Calling records – often called “toll records” – offered one way to do that.",
        "The theory of primaries was called “the party decides,” and it was widely held.",
        "They were held in what are termed “re-education centers.”",
        "The final farewell is known as “cutting the body loose.”",
    ],
)
def test_the_name_a_thing_is_called_is_no_quote(paragraph):
    assert quotes_of(INTRO, paragraph) == ()


def test_a_name_given_by_someone_stays_their_words():
    found = spoken(
        "Tom Hale spoke. He was called “scripted” by rival Ana Lund.",
        "Apple's chief executive, Ben Dahl, called it “total political crap” on Monday.",
    )
    assert found == [("scripted", "Ana Lund"), ("total political crap", "Ben Dahl")]


def test_a_clause_ending_in_an_appositive_fragment_is_reported_speech():
    found = spoken(
        "Activists want to include a new protected class, “relationship structure,” said"
        " psychologist Tom Hale."
    )
    assert found == [
        ("relationship structure", "Tom Hale"),
        ("Activists want to include a new protected class, “relationship structure,”", "Tom Hale"),
    ]


def test_a_sentence_adverb_before_a_title_subject():
    found = spoken(
        "Ten days ago, President Tom Hale admitted that some people were doing well.",
        "Now the President asks the voters to judge him on his promises.",
        "Yesterday I wrote that the reckoning was welcome.",
    )
    assert found == [
        ("some people were doing well", "Tom Hale"),
        ("the voters to judge him on his promises", "Tom Hale"),
        ("the reckoning was welcome", None),
    ]


def test_a_phrase_opening_with_through_is_no_speaker():
    found = quotes_of(
        "Ana Lund spoke.",
        "She defended her 1966 plan for forcing a “political crisis” through mass enrollment,"
        " and said it would be “worth trying” today.",
    )
    assert all(q.speaker_description != "through" for q in found)
    assert ("worth trying", "Ana Lund") in [(q.text, q.speaker) for q in found]


def test_the_agent_of_a_passive_is_whom_he_refers_to():
    found = spoken(
        "Dick Lund said the war was right.",
        "The challenges are usefully summarized within the framework by Tom Hale, chief"
        " columnist for the Financial Times. He begins by reviewing the picture: “Ever since the"
        " end of the cold war, the power of the military has been the central fact.”",
    )
    assert found[-1][1] == "Tom Hale"


def test_a_quoted_subheading_repeating_a_quote_is_no_quote():
    found = spoken(
        "Tom Hale came to the department in 2009.",
        "“Tom did everything for the secretary.”",
        "He gained influence quickly. “Tom did everything for the secretary,” Ana Lund said.",
    )
    assert found == [("Tom did everything for the secretary,", "Ana Lund")]


def test_a_paragraphs_source_label_is_the_quotes_source():
    found = spoken(
        "Tom Hale and Ana Lund spoke. “We will win,” Hale said.",
        "Daily Caller: “Rep. Ben Dahl is launching a new political action committee.”",
        "WHAT LUND SAID: “When you see what has taken place, I do not know how anyone lives there.”",
        "HALE: “Nobody should wait another day.”",
    )
    assert [speaker for _, speaker in found] == ["Tom Hale", None, "Ana Lund", "Tom Hale"]
    assert (
        quotes_of("Daily Caller: “Rep. Ben Dahl is launching a new political action committee.”")[
            0
        ].speaker_description
        == "Daily Caller"
    )


def test_a_bracketed_aside_between_subject_and_verb_keeps_the_speaker():
    found = spoken(
        INTRO,
        "Remember when Keller (you know, the calmest minister you’ve ever met) said that the"
        " talks “have all failed” and that the plan was “a dead end?”",
    )
    assert ("have all failed", "Anna Keller") in found
    assert ("a dead end?", "Anna Keller") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "In Keller's words, the plan was “a dead end.”",
        "The plan was, in Keller's words, “a dead end.”",
        "The plan was, in the words of Anna Keller, “a dead end.”",
        "Critics heeded her warning, in Keller's phrase, that “a dead end” was near.",
        "Keller called the plan hopeless. In her words, it was “a dead end.”",
    ],
)
def test_in_whose_words_names_the_speaker(sentence):
    assert spoken(INTRO, sentence) == [("a dead end", "Anna Keller")]


def test_in_his_words_inside_an_unnamed_subjects_sentence_is_not_the_last_named():
    found = spoken(
        "Tom Hale died last week.",
        "This man, one of Hale's neighbors, fears the agency will, in his words, “hunt him” down.",
    )
    assert ("hunt him", "Tom Hale") not in found


def test_according_to_a_persons_own_bureau_is_the_bureau():
    quote = only(INTRO, "According to Keller's own Census Bureau, migrants earn more than others.")
    assert quote.speaker is None
    assert quote.speaker_description == "Keller's own Census Bureau"


def test_a_noun_after_a_contracted_clause_is_no_attribution_verb():
    found = quotes_of(
        INTRO,
        "If you lived alone on an island, that might be true, but for everyone else, it’s just"
        " another one of his wild claims.",
    )
    assert not found


@pytest.mark.parametrize(
    "sentence",
    [
        "Polls leading up to the vote had suggested the race would be close.",
        "Two recent studies of patients indicated the drug has little effect.",
    ],
)
def test_polls_and_studies_that_suggest_are_evidence_not_speech(sentence):
    assert not quotes_of(INTRO, sentence)


def test_a_suggestion_by_a_person_stays_reported_speech():
    assert spoken(INTRO, "Keller suggested the race would be close.") == [
        ("the race would be close", "Anna Keller")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The cuts, called a “sequester” in Washington-speak, were never meant to happen.",
        "The laws, known as the “laws of June 12,” were drafted in haste.",
    ],
)
def test_a_name_given_after_a_comma_is_no_quote(sentence):
    assert not quotes_of(INTRO, sentence)


def test_a_named_subject_calling_after_an_appositive_comma_still_speaks():
    found = spoken(
        INTRO, "It was a tax which the minister, Anna Keller, called “total political crap.”"
    )
    assert found == [("total political crap", "Anna Keller")]


def test_two_authors_who_write_give_the_quote_to_the_first_not_the_last_speaker():
    found = spoken(
        "Tom Lund said the deal was fine.",
        "“The deal is dead,” write Ana Berg, a former ambassador, and Kim Dahl, an analyst at"
        " the group, in an essay published this week.",
        "“It is a warning shot,” they write.",
    )
    assert found[1] == ("The deal is dead,", "Ana Berg")
    assert found[2] == ("It is a warning shot,", None)


def test_going_on_to_write_that_reports_the_writer():
    assert spoken(INTRO, "Keller went on to write that the plan was “a dead end.”")[0] == (
        "a dead end",
        "Anna Keller",
    )


def test_a_party_and_state_with_an_en_dash_between_name_and_verb():
    assert spoken(
        "Sen. Tom Hale (R–S.D.) said a ban was something Congress should “look into.”"
    ) == [
        ("look into", "Tom Hale"),
        ("a ban was something Congress should “look into.”", "Tom Hale"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Keller was quick to point out that other countries have raised their spending.",
        "Keller hastened to add that other countries have raised their spending.",
    ],
)
def test_quick_to_say_is_saying(sentence):
    assert spoken(INTRO, sentence) == [
        ("other countries have raised their spending", "Anna Keller")
    ]


def test_charge_that_is_a_verb_after_a_subject_and_a_noun_after_an_owner():
    assert spoken(INTRO, "Democrats charge that the problems were made worse.") == [
        ("the problems were made worse", None)
    ]
    assert not quotes_of(INTRO, "Keller’s charge that the talks failed drew wide agreement.")
    assert not quotes_of(INTRO, "The lawmakers’ charge that the talks failed drew agreement.")


def test_a_pronoun_after_an_unnamed_spokesman_is_the_spokesman():
    found = quotes_of(
        "Tom Hale met Ana Berg in Oslo on Friday.",
        "“The other side only made demands,” a foreign ministry spokesman said in a statement.",
        "He said Hale’s team insisted on a complete handover. He argued instead for steps.",
        "“The talks brought us into a dangerous situation.”",
    )
    assert [q.speaker for q in found] == [None] * len(found)
    assert {q.speaker_description for q in found} == {"a foreign ministry spokesman"}


def test_a_spokeswoman_then_she_is_not_a_woman_named_paragraphs_before():
    found = quotes_of(
        "Ana Berg wrote the story.",
        "A ministry spokeswoman said the money was sent on time. She added that it was faster"
        " than in 2008.",
    )
    assert [(q.speaker, q.speaker_description) for q in found] == [
        (None, "A ministry spokeswoman"),
        (None, "A ministry spokeswoman"),
    ]


def test_a_named_speaker_after_the_unnamed_one_takes_the_pronoun():
    found = spoken(
        "A ministry spokeswoman said the money was sent on time.",
        "Minister Ana Berg told reporters the delay was over. She added that it was faster now.",
    )
    assert found[-1] == ("it was faster now", "Ana Berg")


def test_a_party_tag_between_a_name_and_its_relative_clause_keeps_the_speaker():
    assert spoken(
        "Rep. Tom Hale, R-Iowa, who in 2006 suggested a wall because “we do this all the time,” lost."
    )[0] == ("we do this all the time", "Tom Hale")


def test_a_reported_clause_ends_where_someones_campaign_speaks():
    found = quotes_of(
        "Tom Hale and Ana Berg spoke. Hale announced he would campaign in every county, and"
        " Berg's campaign said she had “a 50-state strategy.”"
    )
    assert [(q.text, q.speaker, q.speaker_description) for q in found] == [
        ("a 50-state strategy", None, "Berg's campaign"),
        ("he would campaign in every county", "Tom Hale", None),
    ]


def test_claimed_without_evidence_that_reports_the_clause_after_that():
    assert spoken(INTRO, "Keller claimed without evidence that the ships started the clash.") == [
        ("the ships started the clash", "Anna Keller")
    ]


def test_a_reported_clause_ends_where_the_titled_speaker_speaks_again():
    found = spoken(
        "Tom Hale, the president, spoke.",
        "Hale said he didn't agree with critics who said it had spread the virus, but the"
        " president said he did think officials could have warned earlier.",
    )
    assert found == [
        ("he didn't agree with critics who said it had spread the virus", "Tom Hale"),
        ("he did think officials could have warned earlier", "Tom Hale"),
    ]


def test_but_has_said_opens_the_same_speakers_next_clause():
    found = spoken(
        INTRO,
        "Keller admitted lending her flat to the men but has said she didn't know who they were.",
    )
    assert ("she didn't know who they were", "Anna Keller") in found


def test_a_short_phrase_and_a_comma_after_said_open_the_reported_clause():
    assert spoken(INTRO, "Keller said in that case, they would pay a lot more.") == [
        ("in that case, they would pay a lot more", "Anna Keller")
    ]
    # (where she said it is no part of it)
    assert not spoken(INTRO, "Keller said in interviews this week, she stands by it.")


@pytest.mark.parametrize(
    "sentence",
    [
        "These incidents show that too many people ignore the rule.",
        "A report from the Labor Department showed that employers added few jobs.",
        "The investigation found that the agency had granted the papers in error.",
    ],
)
def test_what_something_shows_or_found_is_a_finding_not_a_quote(sentence):
    assert not quotes_of(INTRO, sentence)


def test_what_a_person_found_is_still_reported():
    assert spoken(INTRO, "Keller found that the agency had granted the papers in error.") == [
        ("the agency had granted the papers in error", "Anna Keller")
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“Things have to change,” said one marcher, Tom Hale, a 25-year-old student.", "Tom Hale"),
        ("“We are so happy,” said her sister, Beth Lund.", "Beth Lund"),
        # a letter is no person: the name after it is whom the letter pressed
        (
            "“They need to know,” said a letter from groups pressing the governor, Tom Hale, to act.",
            None,
        ),
    ],
)
def test_a_person_described_then_named_after_an_inverted_verb(sentence, speaker):
    assert spoken(sentence)[0][1] == speaker


def test_a_relative_clause_after_the_reported_one_is_no_attribution():
    found = spoken(
        INTRO,
        "Keller, according to several aides, explained that she didn't share that priority, an"
        " answer that many emphasized as they left.",
    )
    assert [speaker for _, speaker in found] == ["Anna Keller"]


def test_a_given_name_borne_by_men_and_women_leaves_he_open():
    found = spoken(
        "Trump may choose Tom Berg as his running mate.",
        "Leslie Hale, a politics expert at the university, said Berg's credibility could help.",
        "“He certainly brings solid credentials,” he said.",
    )
    assert found[-1] == ("He certainly brings solid credentials,", "Leslie Hale")


def test_he_opening_a_paragraph_after_one_about_a_persons_work():
    found = spoken(
        "Judge Carl Hale issued the order on Monday.",
        "The suits were filed by Ana Berg, a lawyer, and Tom Lund, the father of a soldier.",
        "Judge Hale’s ruling turns on whether the collection violates the Constitution.",
        "He noted that its framers meant to protect people from “unreasonable searches.”",
    )
    assert ("unreasonable searches", "Carl Hale") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferries stopped running at noon, according to harbour officials.",
        "The ferries stopped running at noon, according to military sources.",
    ],
)
def test_according_to_a_group_with_a_modifier(sentence):
    assert spoken(INTRO, sentence) == [("The ferries stopped running at noon", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Keller laid out her plan and said the talks were routine.",
        "Keller set out the terms and said the talks were routine.",
        "Keller sold the idea to her party and said the talks were routine.",
        # an appositive whose head is a proper noun does not hide her
        "Keller, a Foreign Ministry veteran, laid out her plan and said the talks were routine.",
    ],
)
def test_a_speaker_whose_first_verb_is_an_irregular_past(sentence):
    assert spoken(INTRO, sentence) == [("the talks were routine", "Anna Keller")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Keller called on Sweden to reopen the border, as she arrived in Oslo for talks.",
            [("Sweden to reopen the border", "Anna Keller")],
        ),
        (
            "The navy said it shot down a drone on Monday, as Prime Minister Tom Berg vowed to "
            "press ahead with the drills.",
            [
                ("it shot down a drone on Monday", None),
                ("to press ahead with the drills", "Tom Berg"),
            ],
        ),
        # a lower-case subject after "as" may be part of what was said
        (
            "Keller said prices would rise, as demand grew.",
            [("prices would rise, as demand grew", "Anna Keller")],
        ),
    ],
)
def test_a_persons_act_after_as_ends_the_reported_clause(sentence, expected):
    assert spoken(INTRO, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "As my colleague Tom Berg reports, since 2010 the state has become a mess.",
            [("since 2010 the state has become a mess", "Tom Berg")],
        ),
        (
            "As Keller notes in her memoir, the ministry never had a plan.",
            [("the ministry never had a plan", "Anna Keller")],
        ),
        # what an event showed is no one's words
        ("As the death of Tom Berg showed, the rules can fail.", []),
    ],
)
def test_as_x_reports_before_the_main_clause(sentence, expected):
    assert spoken(INTRO, sentence) == expected


def test_a_quoted_answer_of_a_poll_share_is_no_ones_quote():
    found = spoken(
        "Governor Tom Berg endorsed Anna Keller on Friday.",
        "In exit polls, 58% said Berg’s endorsement of Keller was an “important factor” in "
        "their decision, and 21% said it was “the decisive factor.”",
    )
    assert found == []


def test_a_reported_clause_ending_in_a_quote_keeps_its_closing_mark():
    found = spoken(INTRO, 'Keller said the vote marked a "turning point."')
    assert ('the vote marked a "turning point."', "Anna Keller") in found


def test_a_day_first_date_after_the_verb_is_no_reported_clause():
    found = spoken(
        INTRO, "“We have nothing further,” Keller said on 24 November 2023. “It is over.”"
    )
    assert [text for text, _ in found] == ["We have nothing further, It is over."]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Keller spoke at length, saying her real name was Berg and noting rumors of a feud.",
            "her real name was Berg",
        ),
        # gerunds joined by "and", or a noun after "warning", are part of the clause
        (
            "Keller said establishing and maintaining a no-fly zone took seven weeks.",
            "establishing and maintaining a no-fly zone took seven weeks",
        ),
        (
            "Keller said the army used tear gas and warning shots to disperse the crowd.",
            "the army used tear gas and warning shots to disperse the crowd",
        ),
    ],
)
def test_and_then_a_participle_ends_the_reported_clause(sentence, clause):
    assert spoken(INTRO, sentence) == [(clause, "Anna Keller")]


def test_the_person_a_document_names_in_apposition_is_not_its_author():
    found = spoken(
        "Tom Berg met a diplomat in Oslo in 1963.",
        "A police memo calls the consul there, Tom Berg, “a known intelligence officer” and a"
        " regular at the club.",
    )
    assert "Tom Berg" not in {speaker for _, speaker in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "A biography of Foreign Minister Anna Keller says that she was a gifted speaker.",
        "The supporters of Anna Keller said that she was a gifted speaker.",
    ],
)
def test_a_person_after_of_in_the_subject_is_not_the_speaker(sentence):
    assert spoken(INTRO, sentence) == [("she was a gifted speaker", None)]


def test_a_title_of_something_before_the_name_is_the_speakers():
    assert spoken(INTRO, "The secretary of State Anna Keller said that she was ready.") == [
        ("she was ready", "Anna Keller")
    ]


def test_he_after_a_titled_name_inside_what_was_said_is_the_speaker():
    found = spoken(
        "Tom Hale ran the agency for a decade.",
        "In the same memo, Hale said he and Carl Berg, the deputy minister, already feared the"
        " spread of rumors. He noted that the suspect had visited Oslo.",
    )
    assert found[-1] == ("the suspect had visited Oslo", "Tom Hale")


def test_an_order_told_by_a_parenthetical_source_is_the_sources():
    found = spoken(
        INTRO,
        "A ministry official briefed reporters on Thursday.",
        "Keller ordered the agencies to review the files within six months, the official said,"
        " to ensure more documents reach the public.",
    )
    assert found[-1] == (
        "Keller ordered the agencies to review the files within six months to ensure more"
        " documents reach the public",
        None,
    )


def test_a_which_clause_between_an_unnamed_subject_and_its_verb():
    found = spoken(
        INTRO,
        "Sources close to the militia, which is expected to play a major role in an attack on the"
        " valley, say it will begin soon after the holiday.",
    )
    assert found == [("it will begin soon after the holiday", None)]


def test_quoted_words_a_person_expressed_are_hers():
    assert spoken(INTRO, "Keller expressed “great satisfaction” with the test.") == [
        ("great satisfaction", "Anna Keller")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Republicans claim that the census question is fair.",
            [("the census question is fair", None)],
        ),
        (
            "Keller claims instead that the ministry is a threat to the constitution.",
            [("the ministry is a threat to the constitution", "Anna Keller")],
        ),
        (
            "Keller proposes that the board meet weekly.",
            [("the board meet weekly", "Anna Keller")],
        ),
        # an adjective of nationality before the noun: no one speaks
        ("The Russian claim could not be verified.", []),
    ],
)
def test_claims_of_groups_and_claims_put_forward(sentence, expected):
    assert spoken(INTRO, sentence) == expected


def test_according_to_him_or_her_is_the_person_just_named():
    found = spoken(
        INTRO,
        "Later, Keller said she was ready to testify. According to her, the intelligence service"
        " was interested in the addresses of citizens of three countries.",
    )
    assert found[-1] == (
        "the intelligence service was interested in the addresses of citizens of three countries",
        "Anna Keller",
    )


def test_a_pronoun_in_a_fronted_clause_is_the_subject_named_after_it():
    found = spoken(
        INTRO,
        "Senator Ana Berg spoke with the press on Monday.",
        "While she now demands that higher taxes must be part of the deal, Keller took a very"
        " different line a year ago.",
    )
    assert found[-1] == ("higher taxes must be part of the deal", "Anna Keller")


@pytest.mark.parametrize(
    "sentence",
    [
        "Keller’s office on Wednesday was highlighting the reports, saying the plan was dead.",
        "Keller’s legal team called the report “a total victory” for the minister.",
    ],
)
def test_a_persons_office_or_team_speaks_for_itself(sentence):
    found = spoken(INTRO, sentence)
    assert found and all(speaker is None for _, speaker in found)


def test_a_name_modifying_the_subject_is_not_the_speaker():
    found = spoken(
        INTRO,
        "Tom Berg, head of the council, spoke on Monday.",
        "The Keller campaign is using the emails to hammer Berg, accusing him of “using foreign"
        " talking points.”",
        "The Keller campaign “is playing very serious ball here,” Berg said. “But it's a factor.”",
    )
    assert [speaker for _, speaker in found] == [None, "Tom Berg", "Tom Berg"]


def test_a_plural_noun_opening_the_main_clause_is_no_verb():
    found = spoken(
        INTRO,
        "Even though federal officials say couples should get those benefits, states administer"
        " the program jointly.",
    )
    assert found == [("couples should get those benefits", None)]


def test_a_fronted_as_clause_with_a_phrase_after_its_verb_in_parentheses():
    found = spoken(
        INTRO,
        "(As the Daily Ledger has acknowledged in earlier reports, the deadline has now moved"
        " up to the end of June.)",
    )
    assert found == [("the deadline has now moved up to the end of June", None)]


def test_a_fronted_as_clause_whose_verb_takes_an_object_reports_nothing():
    assert spoken(INTRO, "As Keller acknowledged the crowd, the band played on for an hour.") == []


def test_a_paragraph_about_the_speaker_between_his_quotes_keeps_him_speaking():
    found = spoken(
        INTRO,
        "Tom Berg, an aide to the minister, told a historian in an interview about his"
        " “two-year rule.”",
        "That is how long he found it took to turn a proposal into a treaty.",
        "“Most of the treaties I worked on were opposed at first. It took that much time.”",
    )
    assert [speaker for _, speaker in found] == ["Tom Berg", "Tom Berg"]


def test_a_block_quote_between_does_not_pass_its_pronoun_on():
    found = spoken(
        INTRO,
        "Tom Berg says the minister shouted at him during the visit.",
        "He repeated that we must rehearse it again. I said no. I walked away.",
        "The statement from the ministry is not much of a denial: “I do not remember it that"
        " way, but I apologise to Tom.”",
    )
    assert found[-1] == ("I do not remember it that way, but I apologise to Tom.", None)


def test_as_x_puts_it_after_a_partial_quote():
    found = spoken(
        INTRO,
        "The treaty leaves room for “second thoughts,” as former archivist Tom Berg puts it.",
    )
    assert found == [("second thoughts", "Tom Berg")]


def test_another_speakers_clause_ends_the_first():
    found = spoken(
        INTRO,
        "One appeals court ruled that the grants must stop at once, and another appeals court"
        " said they could continue until June.",
    )
    assert found == [
        ("the grants must stop at once", None),
        ("they could continue until June", None),
    ]


@pytest.mark.parametrize("when", ["on Thursday", "Thursday"])
def test_a_named_speaker_with_an_appositive_and_a_time_after_said(when):
    found = spoken(
        INTRO,
        f"The ministry could not trace the sender, Tom Berg, the head of its security office,"
        f" said {when}.",
    )
    assert found == [("The ministry could not trace the sender", "Tom Berg")]


def test_a_description_before_the_speakers_name_is_not_what_he_said():
    found = spoken(
        INTRO,
        "The ministry sees May 1 as a target date for lifting the curbs, the head of the"
        " health agency, Tom Berg, said on Sunday.",
    )
    assert found == [("The ministry sees May 1 as a target date for lifting the curbs", "Tom Berg")]


def test_a_group_that_was_quick_to_argue():
    found = spoken(
        INTRO,
        "Many opposition lawmakers were quick to argue that the vote bolsters the case they have"
        " made for years.",
    )
    assert found == [("the vote bolsters the case they have made for years", None)]


def test_according_to_a_source_with_a_long_appositive():
    found = spoken(
        INTRO,
        "A vague threat alone may not be enough to open an investigation, according to Tom Berg,"
        " a former police officer and joint counterterrorism task force supervisor who now works"
        " for Nordsec Partners, a private security firm in Bergen.",
    )
    assert found == [
        ("A vague threat alone may not be enough to open an investigation", "Tom Berg")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a conjunction before "according to": the clause before it is no one's
        "Prices have fallen below last year's level, and according to the central bank, for the"
        " first time on record, exports outstrip imports.",
        # a source past 120 characters without an appositive: a clause after it
        "But the biggest fights, according to several former officials, came between leaders"
        " trying to protect streams of information and military leaders looking to strike.",
    ],
)
def test_no_clause_is_cut_before_a_misread_according_to(sentence):
    texts = [text for text, _ in spoken(INTRO, sentence)]
    assert "Prices have fallen below last year's level, and" not in texts
    assert "But the biggest fights" not in texts


def test_a_thing_a_name_modifies_threatens_nothing():
    assert spoken(INTRO, "The Oslo issue threatens to hobble the minister's first year.") == []


def test_a_wire_dateline_is_not_part_of_the_clause():
    found = spoken(
        INTRO,
        "OSLO (Reuters) - Infighting over the budget could cost the coalition its majority next"
        " year, Keller said.",
    )
    assert found == [
        (
            "Infighting over the budget could cost the coalition its majority next year",
            "Anna Keller",
        )
    ]


def test_a_groups_second_verb_in_the_plural_present_ends_its_first_clause():
    found = spoken(
        INTRO,
        "Party advisers are quick to point out that incumbents have a long history of cancelling"
        " primaries and note it will save the party money.",
    )
    assert found == [
        ("incumbents have a long history of cancelling primaries", None),
        ("it will save the party money", None),
    ]


def test_an_aside_between_the_verb_and_that():
    found = spoken(
        INTRO,
        "Keller continues to insist, most recently in an interview with the state broadcaster,"
        " that she wants to publish the report.",
    )
    assert found == [("she wants to publish the report", "Anna Keller")]


def test_said_at_least_is_a_clause_not_a_place():
    found = spoken(INTRO, "Keller said at least 80 people were killed in the strike on Saturday.")
    assert found == [("at least 80 people were killed in the strike on Saturday", "Anna Keller")]


def test_a_body_that_did_not_do_one_thing_but_said_another():
    found = spoken(
        INTRO,
        "The ministry did not name the substance but said survivors smelled strongly of chlorine.",
    )
    assert found == [("survivors smelled strongly of chlorine", None)]


def test_two_subjects_before_a_participle_of_saying():
    found = spoken(
        INTRO,
        "Russia and the Syrian military blamed Norway for a missile attack on Monday, saying"
        " fighter jets launched the missiles from the sea.",
    )
    assert found == [("fighter jets launched the missiles from the sea", None)]


def test_what_most_people_would_agree_is_the_writers_supposition():
    assert spoken(INTRO, "Most voters would agree that helping the unemployed is fair.") == []
    assert spoken(INTRO, "Keller agreed that helping the unemployed is fair.") == [
        ("helping the unemployed is fair", "Anna Keller")
    ]


def test_saying_only_that():
    found = spoken(
        INTRO,
        "The ministry gave no details, saying only that the two countries continue to deepen"
        " their coordination.",
    )
    assert found == [("the two countries continue to deepen their coordination", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks stalled over sanctions on Monday, according to U.S. officials.",
        "The talks stalled over sanctions on Monday, according to U.S. officials who have"
        " spoken on condition of anonymity.",
        "The talks had stalled over sanctions, said a U.S. official.",
    ],
)
def test_an_initialism_in_an_unnamed_source(sentence):
    (quote,) = quotes_of(INTRO, sentence)
    assert quote.speaker is None
    assert quote.speaker_description in ("U.S. officials", "a U.S. official")


def test_the_source_cited_as_saying_speaks():
    found = spoken(
        INTRO,
        "Tom Berg, the ministry's spokesman, spoke on Monday.",
        "The story, published by the Daily Ledger, cited unidentified officials as saying Keller"
        " had moved to end the program.",
        "The agency quoted Berg as saying that the talks would resume in Geneva next week.",
    )
    assert found == [
        ("Keller had moved to end the program", None),
        ("the talks would resume in Geneva next week", "Tom Berg"),
    ]


def test_a_listener_and_a_time_before_that():
    found = spoken(
        INTRO,
        "Sources confirmed to Ledger News earlier Thursday that Keller had been placed on"
        " leave, with pay.",
    )
    assert found == [("Keller had been placed on leave, with pay", None)]


def test_asserted_with_a_noun_object_reports_nothing():
    assert spoken(INTRO, "Keller asserted her innocence at a hearing on Wednesday.") == []
    assert spoken(INTRO, "Keller asserted the ministry had acted within the law.") == [
        ("the ministry had acted within the law", "Anna Keller")
    ]


def test_a_crowd_that_responds_with_a_chant_speaks_for_itself():
    found = spoken(
        INTRO,
        "“We will build a new bridge,” Keller says.",
        "As if on cue, the crowds at her rallies respond with a familiar chant: “Build that"
        " bridge. Build that bridge.”",
    )
    assert found[-1] == ("Build that bridge. Build that bridge.", None)


def test_given_time_to_respond_is_no_attribution():
    found = spoken(
        INTRO,
        "Tom Berg, her rival, spoke after her.",
        "“Families like mine pay first,” Keller said.",
        "Berg, given 30 seconds to respond, was curt, answering only: “I had forgotten that your"
        " parents came all the way from Oslo.”",
    )
    assert found[-1][1] == "Tom Berg"


def test_who_d_said_is_who_had_said():
    found = spoken(
        INTRO,
        "He sounded like Tom Berg, the famous journalist who’d said of the republic, “I have seen"
        " the future and it works.”",
    )
    assert found == [("I have seen the future and it works.", "Tom Berg")]


def test_a_reported_clause_in_an_opening_subordinate_after_and_ends_at_its_comma():
    found = spoken(
        INTRO,
        "And because the ministry agrees with the council that it does have standing, the court"
        " has appointed a lawyer to argue the other side.",
    )
    assert all("the court has appointed" not in text for text, _ in found)
    found = spoken(
        INTRO,
        "But when Keller said the law was unfair, the court listened to her arguments.",
    )
    assert found == [("the law was unfair", "Anna Keller")]


def test_a_clause_after_a_long_trailing_attribution_is_not_its_time_or_place():
    found = spoken(
        INTRO,
        "The talks failed over the sanctions question, Tom Berg, the agent, said Keller was wrong.",
    )
    assert ("The talks failed over the sanctions question", "Tom Berg") not in found


def test_a_described_subject_with_an_appositive_and_an_adverb_speaks():
    quote = only(
        "The mayor's brother, the deputy governor, actually suggested that the city sell its"
        " harbour to the navy."
    )
    assert quote.text == "the city sell its harbour to the navy"
    assert quote.speaker is None and quote.speaker_description


def test_a_name_in_an_appositive_relative_clause_does_not_speak():
    found = spoken(
        "Tom Berg was the first to complain.",
        "Ana Holt, a Bergen dentist who was neighbours with Berg in Oslo, said Friday that she"
        " welcomes the inquiry.",
    )
    assert ("she welcomes the inquiry", "Ana Holt") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Keller said the so-called “grey money” had doubled since 2020.",
        "The ministry released its figures late on a Friday, what’s known among reporters as a"
        " “holiday burial” because few people are watching.",
    ],
)
def test_a_name_a_thing_goes_by_is_no_partial_quote(sentence):
    assert [q for q in quotes_of(INTRO, sentence) if q.kind == "partial"] == []


def test_a_quote_paragraph_after_a_reports_clause_is_the_reports():
    found = quotes_of(
        INTRO,
        "Keller's ruling recalled a report by the state auditor in March. The report stated that"
        " the fund broke the law by failing to register as a party.",
        "“Over three years the fund hid the names of its donors. Registering would have forced"
        " it to disclose them.”",
    )
    block = found[-1]
    assert block.kind == "direct" and block.speaker is None
    assert block.speaker_description.endswith("report")


def test_a_quote_paragraph_after_a_persons_description_keeps_the_person_before():
    found = spoken(
        INTRO,
        "“We will sign,” Keller said.",
        "The former ambassador said that she had changed her mind.",
        "“The other side has given more than we asked.”",
    )
    assert found[-1] == ("The other side has given more than we asked.", "Anna Keller")


def test_what_people_said_is_no_speaker():
    assert (
        quotes_of(
            INTRO,
            "Here’s what the three ministers, often seen as moderates, have said so far on it:",
        )
        == ()
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "On Monday the paper ran this glowing profile: “Long Exiled, Keller Returns to Lead a"
        " Divided Party.”",
        "The next day, the paper front-paged: “Fjord Ferries Face Steep Winter Losses.”",
    ],
)
def test_a_headline_after_a_lead_in_without_speech_is_no_quote(paragraph):
    assert quotes_of(INTRO, paragraph) == ()


def test_a_short_saying_after_a_lead_in_without_speech_stays_a_quote():
    found = quotes_of(
        INTRO, "Keller asked her aides for a slogan. The winning entry: “We Are Oslo.”"
    )
    assert [q.text for q in found] == ["We Are Oslo."]


def test_what_he_called_is_his_word_not_the_trailing_speakers():
    found = spoken(
        "Sen. Tom Berg (R-Ohio), who attacked the council for what he called a “shameful”"
        " attempt to stall the vote, also won applause, said Sen. Ana Holt (R-Iowa).",
    )
    assert ("shameful", "Tom Berg") in found


def test_what_she_called_is_the_sentence_subjects_word():
    found = spoken(
        "Anna Keller met Ingrid Holt on Friday.",
        "Keller says she admired Holt’s patience through what she calls a “winter of hard"
        " bargaining.”",
    )
    assert ("winter of hard bargaining", "Anna Keller") in found


def test_a_parenthetical_attribution_after_an_honorific_keeps_the_subject():
    found = spoken(
        "Tom Lund spoke on Monday.",
        "Fishing quotas, Mr. Lund often says, are the coast's oldest quarrel.",
    )
    assert found == [("Fishing quotas are the coast's oldest quarrel", "Tom Lund")]


def test_a_parenthetical_attribution_of_a_group_joins_the_clause_around_it():
    found = spoken(
        INTRO,
        "The harbour plan doesn’t get much money from the new budget, some shipping and fishing"
        " groups say, because its grants are still too small.",
    )
    assert found[-1][0] == (
        "The harbour plan doesn’t get much money from the new budget because its grants are"
        " still too small"
    )


def test_a_fronted_phrase_is_no_part_of_the_clause_after_a_parenthetical():
    found = spoken(
        "Tom Lund spoke on Monday.",
        "Given one more chance to condemn the rioters, Mr. Lund insisted, as he had on Friday,"
        " that both parties were to blame.",
    )
    assert all(not text.startswith("Given") for text, _ in found)


def test_a_plural_noun_verb_after_a_preposition_is_a_noun():
    assert (
        quotes_of(
            INTRO,
            "As Keller rolled out her radio spot in both early-voting states, Tom Berg released a tax"
            " plan, just days after hiring a new manager.",
        )
        == ()
    )


def test_a_pronoun_after_a_dash_appositives_subject_is_that_subject():
    found = spoken(
        "The geologist Tom Berg has estimated that “nearly half” of the wells will run dry.",
        "Another member of the Oslo panel—Ivar Lund, dean of the Bergen law school—backs the"
        " point. “I have long preferred counting the years saved,” he says.",
    )
    assert found[-1] == ("I have long preferred counting the years saved,", "Ivar Lund")


def test_a_titles_quote_is_no_one_s_words():
    assert (
        quotes_of(
            INTRO,
            "The title of the panel is telling: “Reopening Bergen Means Fishermen Will Suffer. So"
            " When Do We Start?” The five panelists disagree.",
        )
        == ()
    )


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("Keller has long been critical of the paper, labeling it a “gazette of lies.”",
         "gazette of lies"),
        ("During the campaign Keller ripped the paper as “dishonest and lazy.”",
         "dishonest and lazy"),
    ],
)  # fmt: skip
def test_labeling_and_ripping_as_name_the_speakers_words(sentence, fragment):
    assert (fragment, "Anna Keller") in spoken(INTRO, sentence)


def test_a_clause_ends_before_and_labeling():
    found = spoken(INTRO, "Keller has long criticised the paper, claiming it is biased against"
                   " her and labeling it a “gazette of lies.”")  # fmt: skip
    assert ("it is biased against her", "Anna Keller") in found


def test_an_adverb_between_the_verb_and_that():
    found = spoken(
        INTRO,
        "Keller is making her record a centrepiece of her campaign, boasting recently that she"
        " persuaded three rivals to back the budget.",
    )
    assert ("she persuaded three rivals to back the budget", "Anna Keller") in found


def test_allegations_levied_are_reported_speech():
    found = spoken(
        INTRO,
        "Keller, in a letter to the agency's director, levied a series of allegations that the"
        " agency ignored warning signs about the floods.",
    )
    assert found == [("the agency ignored warning signs about the floods", "Anna Keller")]


@pytest.mark.parametrize("verb", ["argue", "contend", "insist"])
def test_a_supposed_argument_is_no_quote(verb):
    assert quotes_of(INTRO, f"They would {verb} that it is the council that abandoned them.") == ()


def test_would_say_only_is_what_was_said():
    found = spoken(INTRO, "Keller would say only that the ministry is “assessing” a move.")
    assert ("the ministry is “assessing” a move", "Anna Keller") in found


def test_proclaimed_that_is_reported_speech():
    found = spoken(INTRO, "During the race, many loudly proclaimed that they would never vote.")
    assert found == [("they would never vote", None)]
    assert quotes_of(INTRO, "The self-proclaimed king of debt left the room.") == ()


def test_a_staffer_for_a_senator_is_not_the_senator():
    found = spoken(
        INTRO,
        "Ivar Lund, a former staffer for Sen. Tom Berg agreed, writing online that Keller should"
        " do some “soul searching.”",
    )
    assert found and all(speaker == "Ivar Lund" for _, speaker in found)


def test_explained_to_a_group_with_a_relative_clause_is_reported_speech():
    found = spoken(
        INTRO,
        "She explained to the group, which included several students, that the bill had no"
        " chance of passing.",
    )
    assert found == [("the bill had no chance of passing", "Anna Keller")]


def test_a_subject_past_a_statement_aside_and_a_negated_verb_speaks():
    found = spoken(
        INTRO,
        "Keller, in a statement to the Bergen Post, did not apologize but said she wanted the"
        " students to know they were heard.",
    )
    assert ("she wanted the students to know they were heard", "Anna Keller") in found


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Judge Ana Berg ruled the agency was enforcing the rule too loosely.",
         "the agency was enforcing the rule too loosely"),
        ("Few donors were named, because the agency ruled those disclosures weren't required.",
         "those disclosures weren't required"),
    ],
)  # fmt: skip
def test_ruled_takes_a_bare_clause(sentence, text):
    assert text in [t for t, _ in spoken(INTRO, sentence)]


def test_ruled_with_an_object_is_no_quote():
    assert quotes_of(INTRO, "King Olav ruled the country for thirty years.") == ()


def test_ranted_that_is_reported_speech():
    found = spoken(INTRO, "The show interviewed Dr. Tom Berg, who ranted that Keller is “plainly"
                   " reckless” in her handling of the budget.")  # fmt: skip
    assert ("plainly reckless", "Tom Berg") in found


def test_researchers_and_others_who_studied_it_speak():
    found = spoken(
        INTRO,
        "However, Bergen researchers and others who have studied the harbour say the investment"
        " isn’t worth the return.",
    )
    assert found == [("the investment isn’t worth the return", None)]


def test_a_contracted_negation_before_but_has_said():
    found = spoken(
        "Tom Lund spoke on Monday.",
        "Mr. Lund hasn’t threatened any federal action but has said he expects the owners to"
        " deal with it.",
    )
    assert found == [("he expects the owners to deal with it", "Tom Lund")]


def test_acknowledged_takes_a_clause_opening_with_a_quantifier():
    found = spoken(INTRO, "Keller herself acknowledged some families would lose their ferry.")
    assert found == [("some families would lose their ferry", "Anna Keller")]
    assert quotes_of(INTRO, "Keller acknowledged some mistakes.") == ()


def test_a_reported_clause_ends_before_and_said_and_a_quote():
    found = spoken(
        "Tom Lund spoke on Monday.",
        'He pointed out that members voted on the same bill last year, and said, "Now there is a'
        ' concern."',
    )
    assert ("members voted on the same bill last year", "Tom Lund") in found


def test_a_long_sentence_with_a_group_then_who_speaks():
    found = spoken(
        INTRO,
        "The late-night decision to pull the bill was an unusual win for more centrist members,"
        " who argued that the bill sent the wrong message.",
    )
    assert found == [("the bill sent the wrong message", None)]


def test_a_subject_with_its_own_predicate_is_no_trailing_attribution():
    assert (
        quotes_of(
            "Tom Lund met Ana Berg on Monday.",
            "On Wednesday, as Ana Berg came out in favor of the plan, Lund had responded online before"
            " Berg's speech had even concluded.",
        )
        == ()
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Keller has said little publicly about the inquiry since it began.",
        "Keller said nothing about the plan.",
    ],
)
def test_saying_little_or_nothing_is_no_clause(sentence):
    assert quotes_of(INTRO, sentence) == ()


def test_saying_nothing_has_changed_is_a_clause():
    assert spoken(INTRO, "Keller said nothing has changed since Monday.") == [
        ("nothing has changed since Monday", "Anna Keller")
    ]


def test_complaining_with_a_pronoun_clause():
    found = spoken(INTRO, "Keller left the meeting early, complaining it will stain her record.")
    assert found == [("it will stain her record", "Anna Keller")]


def test_despite_their_lawyers_writing_is_the_lawyers():
    found = quotes_of(
        INTRO,
        "Keller has offered scant sign she is turning to the budget, despite her lawyers writing"
        " in a letter that “she remains focused on her promises.”",
    )
    assert [(q.text, q.speaker) for q in found] == [("she remains focused on her promises", None)]
    assert found[0].speaker_description == "her lawyers"


def test_the_one_who_acted_before_a_naming_participle_names():
    found = spoken(
        "Tom Lund met Ana Berg on Monday.",
        "After Sen. Ana Berg, R-Utah, said it was wrong for Lund to act, Lund unloaded, calling"
        ' Berg a "pompous ass" and suggesting Berg herself be impeached.',
    )
    assert ("pompous ass", "Tom Lund") in found
    assert ("Berg herself be impeached", "Tom Lund") in found


@pytest.mark.parametrize(
    ("sentence", "text", "speaker"),
    [
        ("The plan, said Tom Lund, is dead.", "The plan is dead", "Tom Lund"),
        ("That, say several people with knowledge, reflects Lund's cautious approach.",
         "That reflects Lund's cautious approach", None),
    ],
)  # fmt: skip
def test_an_inverted_attribution_inside_the_clause(sentence, text, speaker):
    assert spoken("Tom Lund met Ana Berg on Monday.", sentence) == [(text, speaker)]


def test_a_subject_and_its_appositive_before_says_is_no_inverted_aside():
    found = spoken(
        "Petr Lund, director of the Oslo institute, says the leanings in Norway mirror those of"
        " Sweden, where right-leaning politicians take a harder view."
    )
    assert found and found[0][0].startswith("the leanings in Norway mirror those of Sweden")


def test_just_ask_presents_the_one_a_pronoun_means():
    found = spoken(
        '"We like working for tips," says Tom Lund, who earns $28 an hour.',
        "But not for long. Just ask Dan Berg, who owns a bakery in Bergen. He is also a member of"
        ' a group that in his words yearns for "an industry that doesn\'t need tipping."',
        '"Removing that credit is their first step," he recently told a paper.',
    )
    assert found[1:] == [
        ("an industry that doesn't need tipping", "Dan Berg"),
        ("Removing that credit is their first step,", "Dan Berg"),
    ]


def test_announcing_with_a_pronoun_and_an_auxiliary():
    found = spoken(INTRO, "The ministry ended the day announcing it would accept 150 students.")
    assert found == [("it would accept 150 students", None)]


def test_a_name_closing_its_paragraph_with_herself_is_the_next_she():
    found = spoken(
        "“The clinic is safe,” said Ana Berg, director of the Bergen women's group.",
        "The sense that the Holts have great influence was shared by each of the people the paper"
        " spoke to -- including Tara Holt herself.",
        "“Three years ago we came to work on the clinic here,” she explained over the phone.",
    )
    assert found[-1] == ("Three years ago we came to work on the clinic here,", "Tara Holt")


def test_warnings_by_an_owner_with_an_appositive():
    found = spoken(
        INTRO,
        "The ministers listened to warnings by their host, the Danish prime minister Tom Lund,"
        " that they risked sleepwalking into a crisis.",
    )
    assert found == [("they risked sleepwalking into a crisis", "Tom Lund")]


def test_a_participle_in_the_main_clause_after_an_opening_subordinate_clause():
    found = spoken(
        "When President Tom Lund announced his plan in 2014, then-Attorney General Ana Berg"
        " sought out the court in Bergen to file a lawsuit arguing that the president had"
        " violated the constitution."
    )
    assert found == [("the president had violated the constitution", "Ana Berg")]


# --- twenty-fifth round: kit 10 -----------------------------------------------------------------


@pytest.mark.parametrize("verb", ["acknowledges", "concedes", "admitted"])
def test_a_relative_clause_whose_subject_is_the_noun_before_it(verb):
    found = spoken(
        f"Sen. Tom Lund has been planning a review of the archives, a review he {verb} could"
        " embarrass the governor."
    )
    assert found == [("could embarrass the governor", "Tom Lund")]


def test_a_fronted_participle_with_an_auxiliary_is_no_gap_clause():
    assert spoken(INTRO, "Not mentioned was the strike or the 40 arrests at the port.") == []


def test_a_past_tense_verb_opens_a_relative_clause_after_a_plural_subject():
    found = spoken(
        INTRO,
        "The county wants the court to rule on the law after the ministry voided a local map"
        " that lawyers argued played a role in the defeat of the only Sami member of the"
        " council.",
    )
    assert found == [("played a role in the defeat of the only Sami member of the council", None)]


def test_the_relative_clause_with_a_past_tense_verb_ends_at_its_comma():
    found = spoken(
        INTRO,
        "Conservatives, who long doubted the inquiry that they say cleared the minister of any"
        " wrongdoing, used the hearing to attack its cost.",
    )
    assert [text for text, _ in found] == ["cleared the minister of any wrongdoing"]


def test_the_comma_of_a_number_opens_no_trailing_attribution():
    found = spoken(
        INTRO,
        "The bureau now says there were an estimated 212,000 jobs added to payrolls in June.",
    )
    assert found == [("there were an estimated 212,000 jobs added to payrolls in June", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Markets are hard to read, but as the Oslo Post and others are pointing out, the jobs"
        " report does seem to be the reason stocks rose sharply.",
        "Ana Keller spoke for an hour, pointing out that the jobs report does seem to be the"
        " reason stocks rose sharply.",
    ],
)
def test_pointing_out_reports_a_clause(sentence):
    found = spoken(INTRO, sentence)
    assert [text for text, _ in found] == [
        "the jobs report does seem to be the reason stocks rose sharply"
    ]


def test_pointing_out_as_a_gerund_subject_reports_nothing():
    found = spoken(
        INTRO,
        "The rivals proved that pointing out that Lund was in office in 2001 is a red line for"
        " the party.",
    )
    assert found == []


def test_a_clause_that_stops_at_its_verb_before_a_colon_is_only_a_lead_in():
    found = spoken(
        "Economist Tom Lund tells our desk that Friday’s report is:",
        "“Good news, but it should be better.”",
    )
    assert found == [("Good news, but it should be better.", "Tom Lund")]


def test_a_paragraph_printed_twice_reports_its_clause_once():
    repeated = "The bureau now says there were 90,000 more jobs in May than it first estimated."
    found = spoken(INTRO, repeated, "Stocks rose on the news.", repeated)
    assert found == [("there were 90,000 more jobs in May than it first estimated", None)]


def test_quoted_words_with_their_speaker_in_parentheses():
    found = spoken(
        "Before the plan was public, critics lambasted the minister for “abusing her power”"
        " (Sen. Tom Lund), for “decrees” and “the manners of a queen” (Rep. Ana Berg), and for"
        " risking “chaos” in the streets (Gov. Kari Holt)."
    )
    assert found == [
        ("abusing her power", "Tom Lund"),
        ("decrees", "Ana Berg"),
        ("the manners of a queen", "Ana Berg"),
        ("chaos", "Kari Holt"),
    ]


def test_a_parenthesis_that_says_more_than_a_name_gives_no_speaker():
    found = spoken(
        "Ana Berg ran the campaign.",
        "His “letters to a young voter” (under the pen name Tom Lund) went viral.",
    )
    assert ("letters to a young voter", "Tom Lund") not in found


def test_a_relative_subject_with_a_participle_aside():
    found = spoken(
        INTRO,
        "Experts believe that is the question in a case in which local officials, backed by a"
        " dozen northern counties, will argue that parliament went too far in 2006.",
    )
    assert found == [("parliament went too far in 2006", None)]


def test_an_inverted_attribution_after_a_fronted_phrase():
    found = spoken(
        INTRO,
        "At the very least, say plaintiffs in the Bergen case, parliament must use its power on"
        " the basis of current evidence.",
    )
    assert found == [("parliament must use its power on the basis of current evidence", None)]


def test_likened_to_quoted_words():
    found = spoken(
        "The ministry challenged new fees in the north that Attorney General Ana Berg likened to"
        " medieval “road tolls.”"
    )
    assert found == [("road tolls", "Ana Berg")]


def test_a_time_phrase_after_said_is_not_what_was_said():
    found = spoken(INTRO, "Some voters said this weekend they had ruled out Keller.")
    assert found == [("they had ruled out Keller", None)]


def test_ruled_out_inside_an_opening_clause_is_no_main_verb():
    found = spoken(
        INTRO,
        "And even though some voters said they had ruled out Keller, many recognize it is a long"
        " road to February.",
    )
    assert found == [("they had ruled out Keller", None)]


def test_argued_against_takes_an_object_not_a_clause():
    found = spoken(
        INTRO,
        "Keller argued against a special counsel at her hearing, and the cabinet and many"
        " lawmakers say that it would be a waste of money.",
    )
    assert found == [("it would be a waste of money", None)]


def test_a_restricted_subject_after_but():
    found = spoken(
        INTRO,
        "Keller will brief senators this week, but many senators who voted for her now say"
        " they have lost confidence in her.",
    )
    assert found == [("they have lost confidence in her", None)]


def test_what_others_say_inside_a_fronted_participle_ends_at_the_main_clause():
    found = spoken(
        INTRO,
        "Noting that some critics say the benefit “saps their will to find a job,” Keller"
        " savored a chance to rebut the argument.",
    )
    assert [text for text, _ in found] == ["saps their will to find a job"]


# --- twenty-fifth round: kit 11 -----------------------------------------------------------------


def test_a_gerund_subject_after_as_someone_explains():
    found = spoken(
        "Jed Lund, a prosecutor in Bergen, gives talks on the law.",
        "But under the new rules, as Lund explains, missing court dates, even repeatedly, does"
        " not on its own lead to jail.",
    )
    assert found == [
        ("missing court dates, even repeatedly, does not on its own lead to jail", "Jed Lund")
    ]


def test_the_one_blamed_for_a_naming_used_the_words():
    found = spoken(
        "Tom Lund debated Ana Berg.",
        "He did not go after Berg for calling half of his voters a “bag of losers.”",
    )
    assert found[-1] == ("bag of losers", "Ana Berg")


@pytest.mark.parametrize("went", ["went so far as to argue", "would go as far as to say"])
def test_going_so_far_as_to_say(went):
    found = spoken(INTRO, f"She {went} that people who disagree with her are disloyal.")
    assert found == [("people who disagree with her are disloyal", "Anna Keller")]


def test_the_reporters_next_conjunct_after_an_attribution_is_no_clause():
    found = spoken(
        "Ana Berg runs the parents' group.",
        "“Nobody knew how you caught it,” she said, and because it hit so many young people,"
        " for “so many parents, what is worse than a sick child?”",
    )
    assert [text for text, _ in found] == [
        "Nobody knew how you caught it,",
        "so many parents, what is worse than a sick child?",
    ]


def test_phrases_of_time_and_place_before_the_speaker_are_not_what_was_said():
    found = spoken(
        INTRO,
        "On Sunday, in a jam-packed hotel ballroom along the coast, Keller told supporters to"
        " keep the faith.",
    )
    assert not any(text.startswith("On Sunday") for text, _ in found)


def test_an_age_description_is_the_last_person_named():
    found = spoken(
        "Tom Lund and Ana Berg campaigned in Bergen.",
        "Voters such as Kari Holt are already uneasy. Interviewed at a Lund rally in Bergen, the"
        " 69-year-old said she wants the candidate best placed to win.",
        "Bergen resident Anne Dahl views Berg’s record as an advantage.",
        "“Berg appeals to workers more than anyone,” said the 28-year-old lab manager, who"
        " lives in Voss.",
    )
    assert found == [
        ("she wants the candidate best placed to win", "Kari Holt"),
        ("Berg appeals to workers more than anyone,", "Anne Dahl"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Yet nothing she has ever said could possibly justify the attack.",
        "Something she said could upset the markets.",
    ],
)
def test_what_someone_said_as_a_subject_is_no_report(sentence):
    assert spoken(INTRO, sentence) == []


def test_something_after_the_thing_said_still_reports():
    found = spoken(
        INTRO,
        "In Bergen her plan was met with applause - something she said was unlikely to be"
        " repeated in Oslo.",
    )
    assert found == [("was unlikely to be repeated in Oslo", "Anna Keller")]


# --- twenty-sixth round ------------------------------------------------------------------------


@pytest.mark.parametrize("aside", ["responding to critics", "responding to Tom Lund"])
def test_a_participle_aside_before_that_leaves_the_clause_to_the_speaker(aside):
    found = spoken(INTRO, f"Keller said, {aside}, that the plan is dead.")
    assert found == [("the plan is dead", "Anna Keller")]


def test_a_participle_aside_without_that_still_gives_no_clause():
    assert spoken(INTRO, "Keller said, responding to Tom Lund, on Tuesday.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "She has been called “the conscience of the cabinet.”",
        "Keller is often described as “a workhorse.”",
        "Her book has been praised as “timely,” “spot-on,” and “brilliant.”",
    ],
)
def test_words_after_a_passive_naming_verb_are_not_the_subjects(sentence):
    found = spoken(INTRO, sentence)
    assert found
    assert all(speaker is None for _, speaker in found)


def test_the_agent_of_a_passive_naming_verb_named_before_the_quote_said_it():
    found = spoken(INTRO, "Her plan has been described by Tom Lund as “doomed.”")
    assert found == [("doomed", "Tom Lund")]


def test_an_active_naming_verb_still_gives_the_subject():
    assert spoken(INTRO, "Keller called the bill “a disgrace.”") == [("a disgrace", "Anna Keller")]


def test_the_one_warned_is_no_part_of_the_clause():
    found = spoken(
        INTRO,
        "Keller made another play, sharply warning the nation's governors that she would"
        " overrule any action they take.",
    )
    assert found == [("she would overrule any action they take", "Anna Keller")]


def test_a_charge_after_a_pronoun_ends_where_a_second_claim_begins():
    found = spoken(
        INTRO,
        "Throughout the week, she courted voters with her charge that governors treat churches"
        " unfairly and her insistence that the churches must open.",
    )
    assert found[0] == ("governors treat churches unfairly", "Anna Keller")


def test_a_long_gerund_subject_after_a_parenthetical_attribution():
    found = spoken(
        INTRO,
        "But, she said, allowing the downturn to deepen into a depression would ultimately hurt"
        " health.",
    )
    assert found == [
        (
            "allowing the downturn to deepen into a depression would ultimately hurt health",
            "Anna Keller",
        )
    ]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Saying the budget was too small, Keller voted against the plan.",
            "the budget was too small",
        ),
        (
            "Arguing that the cure was worse than the disease, she closed the schools.",
            "the cure was worse than the disease",
        ),
        (
            "Declaring the cure can’t be worse than the disease, Keller has said the schools"
            " will open.",
            "the cure can’t be worse than the disease",
        ),
    ],
)
def test_a_fronted_participle_of_speech_reports_the_main_subjects_clause(sentence, clause):
    assert (clause, "Anna Keller") in spoken(INTRO, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Declaring a state of emergency in the county, Keller closed the schools.",
        "Saying goodbye to the staff of the embassy, Keller left.",
    ],
)
def test_a_fronted_participle_with_an_object_reports_nothing(sentence):
    assert spoken(INTRO, sentence) == []


def test_a_whole_clause_before_a_colon_and_a_quote_is_reported_without_the_colon():
    found = spoken(
        "Polls show Tom Lund with a large lead.",
        "Republicans say the raw numbers don't bear out that lead:",
        "“The numbers tell another story,” says one Berg official.",
    )
    assert found[0] == ("the raw numbers don't bear out that lead", None)


def test_a_noun_of_speech_in_an_opening_phrase_leaves_the_subject_speaking():
    found = spoken(
        "Tom Lund met Jon Berg on Monday.",
        "In comments to a radio station, Berg, a former minister, said “the talks will fail,”"
        " as he put it.",
    )
    assert found == [("the talks will fail", "Jon Berg")]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Keller said, as it stands, there's ground to cover before a deal.",
            "as it stands, there's ground to cover before a deal",
        ),
        (
            "Keller said, if elected, she would close the base.",
            "if elected, she would close the base",
        ),
    ],
)
def test_a_subordinate_aside_after_the_verb_opens_the_reported_clause(sentence, clause):
    assert spoken(INTRO, sentence) == [(clause, "Anna Keller")]


def test_a_fronted_phrase_with_its_own_speaker_ends_the_first_claim():
    found = spoken(
        "Tom Lund and Ana Ruiz faced the panel.",
        "The lawyers said Lund broke no rules, and in the case of Ruiz, the groups said she had"
        " crossed a line.",
    )
    assert ("Lund broke no rules", None) in found
    assert not any("the groups said" in text for text, _ in found)


def test_the_source_a_sentence_closes_on_goes_on_as_he():
    found = spoken(
        "Tom Lund met Jon Berg on Monday.",
        "The deal was nearly done, according to former deputy minister Jon Berg. He told"
        " reporters that “the last clause is the hardest.”",
    )
    assert ("the last clause is the hardest", "Jon Berg") in found


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the sentence has its own subject: "he" goes on with Lund
        (
            "Lund blamed the delay on the ministry, according to Berg. He told reporters that"
            " “the ministry never wanted it.”",
        ),
        # a new paragraph: the source does not carry over
        (
            "The deal was nearly done, according to Berg.",
            "He told reporters that “the ministry never wanted it.”",
        ),
    ],
)
def test_a_source_named_by_according_to_is_not_always_the_next_he(paragraphs):
    found = spoken("Tom Lund met Jon Berg on Monday.", *paragraphs)
    assert ("the ministry never wanted it", "Tom Lund") in found


def test_a_name_before_a_quote_in_the_first_person_is_not_its_speaker():
    found = spoken(
        "Tom Lund spoke at a school named for Jon Berg on Monday.",
        "Berg “taught me to listen to my neighbours,” he continued.",
    )
    assert found == [("taught me to listen to my neighbours", "Tom Lund")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Keller telegraphed that the talks would resume in May.",
        "The ministry's move came with Keller signaling that the talks would resume in May.",
    ],
)
def test_signaling_and_telegraphing_report_a_claim(sentence):
    assert spoken(INTRO, sentence) == [("the talks would resume in May", "Anna Keller")]


def test_an_absolute_phrase_after_a_quote_has_its_own_speaker():
    found = spoken(
        INTRO,
        "Keller called the vote a “disgrace,” with the White House saying that the president"
        " had done nothing wrong in the count.",
    )
    assert ("disgrace", "Anna Keller") in found
    assert ("the president had done nothing wrong in the count", None) in found


def test_a_second_absolute_phrase_ends_the_first_claim():
    found = spoken(
        "Tom Lund met Jon Berg on Monday.",
        "The two traded barbs, with Lund saying the deal was dead, and Berg accusing him of lying.",
    )
    assert found[0] == ("the deal was dead", "Tom Lund")


def test_a_quantifier_subject_after_an_opening_adverb_speaks():
    quote = only(
        INTRO, "Instead, many of the delegates walked out, saying “the talks are a farce.”"
    )
    assert quote.speaker is None
    assert quote.speaker_description == "many of the delegates"


def test_a_fronted_time_phrase_is_not_part_of_the_speaker():
    quote = only(
        INTRO, "Since early April the Office for Disease Control has suggested that masks help."
    )
    assert quote.text == "masks help"
    assert quote.speaker_description == "the Office for Disease Control"


@pytest.mark.parametrize(
    "sentence",
    [
        "An aide who spoke with Lund recently said the bill is dead in the senate.",
        "An aide who spoke with the senator on Friday said the bill is dead in the senate.",
    ],
)
def test_a_name_inside_the_subjects_restrictive_relative_clause_does_not_speak(sentence):
    quote = only("Senator Tom Lund met Jon Berg on Monday.", sentence)
    assert quote.text == "the bill is dead in the senate"
    assert quote.speaker is None
    assert quote.speaker_description == sentence[: sentence.index(" said")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the relative clause gives the head its name
        ("A man who gave his name as Jon Berg said the bill is dead in the senate.", "Jon Berg"),
    ],
)
def test_a_relative_clause_that_names_or_reports_keeps_its_name(sentence, speaker):
    found = spoken("Senator Tom Lund met Jon Berg on Monday.", sentence)
    assert ("the bill is dead in the senate", speaker) in found


def test_a_name_in_the_clause_a_relative_subject_reports_owns_its_quoted_words():
    found = spoken(
        "Senator Tom Lund met Jon Berg on Monday.",
        "People who attended the meeting told the website that Lund asked for a “humane and"
        " efficient” way to address the backlog.",
    )
    assert found[0] == ("humane and efficient", "Tom Lund")


def test_a_pronoun_clause_after_a_reported_quote_does_not_attribute_it():
    found = spoken(
        "Tom Lund and Jon Berg met on Monday.",
        "An aide said the senator's view is “it's all nonsense” and he believes he will win.",
    )
    assert found[0] == ("it's all nonsense", None)


def test_a_pronoun_clause_after_a_quote_with_no_report_still_attributes_it():
    found = spoken(
        "Tom Lund met Jon Berg on Monday.",
        "Lund found the remarks “shocking and dumbfounding,” and he wondered aloud: is that what"
        " they think of us?",
    )
    assert ("shocking and dumbfounding", "Tom Lund") in found


def test_an_unnamed_speaker_goes_on_into_the_next_quote_of_the_paragraph():
    found = spoken(
        "Tom Lund and Jon Berg met on Monday.",
        "Lund was “praising the party for targeting those districts,” the source said. “He"
        " seemed in good spirits.”",
    )
    assert found == [
        ("praising the party for targeting those districts", None),
        ("He seemed in good spirits.", None),
    ]
    assert (
        quotes_of(
            "Tom Lund and Jon Berg met on Monday.",
            "Lund was “praising the party for targeting those districts,” the source said. “He"
            " seemed in good spirits.”",
        )[1].speaker_description
        == "the source"
    )


def test_a_named_speaker_of_the_sentence_goes_on_before_an_unnamed_one_in_it():
    found = spoken(
        "Deputy Minister Jon Berg met envoys on Monday.",
        "Berg told reporters that the strikes were “an act of war” and that Norway would"
        " respond. “We have answered before, and they will suffer again.”",
    )
    assert ("We have answered before, and they will suffer again.", "Jon Berg") in found


def test_a_report_inside_a_subordinate_clause_ends_where_the_main_clause_begins():
    found = spoken(
        "Tom Lund met Jon Berg on Monday.",
        "The irony is that, rhetoric aside, while voters say they disapprove of the budget,"
        " few senators have proposed anything different.",
    )
    assert found == [("they disapprove of the budget", None)]


def test_a_list_inside_a_report_in_a_subordinate_clause_is_not_cut():
    found = spoken(
        "Tom Lund met Jon Berg on Monday.",
        "The bill passed, although critics say it could curtail the rights of gay, lesbian,"
        " bisexual and transgender people.",
    )
    assert found == [
        ("it could curtail the rights of gay, lesbian, bisexual and transgender people", None)
    ]


def test_saying_nothing_more_to_someone_reports_nothing():
    assert (
        spoken(INTRO, "But on strategy, Keller said nothing more to the conference, which met.")
        == []
    )
    assert spoken(INTRO, "Keller said nothing more could be done for the families.") == [
        ("nothing more could be done for the families", "Anna Keller")
    ]


def test_a_dash_and_but_end_the_reported_clause():
    found = spoken(
        INTRO, "Keller says the party is the party of lower taxes — but the cuts will have to wait."
    )
    assert found == [("the party is the party of lower taxes", "Anna Keller")]


def test_a_second_speaker_in_a_subordinate_clause_ends_the_first_claim():
    found = spoken(
        INTRO,
        "Lawyers told the court that they will not defend the law after a lower court said the"
        " penalty should topple the rest of the law.",
    )
    assert found == [
        ("they will not defend the law", None),
        ("the penalty should topple the rest of the law", None),
    ]
    described = quotes_of(
        INTRO,
        "Lawyers told the court that they will not defend the law after a lower court said the"
        " penalty should topple the rest of the law.",
    )
    assert [q.speaker_description for q in described] == ["Lawyers", "a lower court"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The budget will fail within a year, say Democrats.",
        "The budget will fail within a year, say Democrats, who voted against it.",
    ],
)
def test_an_inverted_plural_say_attributes_the_clause_before_it(sentence):
    quote = only(INTRO, sentence)
    assert quote.text == "The budget will fail within a year"
    assert quote.speaker_description == "Democrats"


@pytest.mark.parametrize("verb", ["say", "said"])
def test_an_inverted_attribution_inside_the_clause_joins_its_two_halves(verb):
    quote = only(INTRO, f"A repeat of that, {verb} Democrats, would give their rivals ammunition.")
    assert quote.text == "A repeat of that would give their rivals ammunition"


def test_what_a_trailing_attribution_reports_starts_after_a_colon():
    quote = only(
        INTRO,
        "The minister had one message for the crowd: the budget will pass by the end of the week,"
        " said Keller.",
    )
    assert quote.text == "the budget will pass by the end of the week"
    assert quote.speaker == "Anna Keller"


def test_a_list_after_a_colon_is_not_what_a_trailing_attribution_reports_alone():
    quote = only(
        INTRO, "The vote is divided into three camps: Lund, Berg and Hale, said Keller, a rival."
    )
    assert quote.text == "The vote is divided into three camps: Lund, Berg and Hale"


@pytest.mark.parametrize(
    "sentence",
    [
        "Keller said she will back the deal — but only if the talks resume.",
        "Keller said she will back the deal — but not without a vote first.",
    ],
)
def test_a_dash_and_a_restriction_stay_in_the_reported_clause(sentence):
    quote = only(INTRO, sentence)
    assert quote.text == sentence[len("Keller said ") : -1]


def test_a_ruling_with_no_clause_does_not_end_the_first_claim():
    quote = only(
        INTRO, "Keller said she had no other options after the state court ruled against her."
    )
    assert quote.text == "she had no other options after the state court ruled against her"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # a clause must follow the second verb for it to be a second speaker's
        (
            "Keller said she resigned because the board told her to.",
            "she resigned because the board told her to",
        ),
        (
            "Keller said the talks collapsed after the other side announced new demands.",
            "the talks collapsed after the other side announced new demands",
        ),
        ("Keller said nothing else mattered to her.", "nothing else mattered to her"),
        (
            "The bill passed, although Keller said it would hurt farmers, many of whom have lost"
            " money.",
            "it would hurt farmers, many of whom have lost money",
        ),
        # a dash and "but" with no subject of its own: her words still
        (
            "Keller said the plan was expensive — but worth it.",
            "the plan was expensive — but worth it",
        ),
    ],
)
def test_clause_ends_do_not_cut_the_speakers_own_words(sentence, clause):
    assert spoken(INTRO, sentence) == [(clause, "Anna Keller")]


def test_an_according_to_source_goes_on_only_into_the_very_next_sentence():
    found = spoken(
        "Tom Lund met Jon Berg on Monday.",
        "The bill is dead, according to Berg. Lund disagreed. He told reporters that “the vote"
        " is close.”",
    )
    assert ("the vote is close", "Tom Lund") in found


def test_a_roman_numeral_is_no_first_person():
    found = spoken("Tom Lund met Jon Berg on Monday.", "Berg “fought in World War I,” he said.")
    assert found == [("fought in World War I", "Jon Berg")]


# --- twenty-ninth round: kit 17 -----------------------------------------------------------------


def test_a_unisex_given_name_takes_the_gender_its_pronouns_give():
    found = spoken(
        "Casey Lund said he first cheered the ruling.",
        "Lund, 50, married Tom Berg in Oslo. The couple now lives in Bergen.",
        "“Are we still second-class citizens?” he asked.",
    )
    assert found[-1] == ("Are we still second-class citizens?", "Casey Lund")


def test_a_relative_named_as_an_object_is_not_the_one_the_pronoun_picks_up():
    found = spoken(
        "Student Maria Keller was waiting outside the court with her girlfriend, Anna Lund,"
        " when the word came down.",
        "“I am just so happy,” she said.",
    )
    assert found == [("I am just so happy,", "Maria Keller")]


def test_a_relative_named_as_the_subject_is_still_picked_up():
    found = spoken(
        "Her girlfriend, Anna Lund, was waiting outside the court.",
        "“I am just so happy,” she said.",
    )
    assert found == [("I am just so happy,", "Anna Lund")]


def test_an_epithet_for_a_role_is_no_office_that_keeps_a_title_from_its_holder():
    found = spoken(
        "Billionaire Tom Hale, one of Keller's rivals, has faced criticism.",
        "The former mayor has said he is willing to release the women from the agreements.",
    )
    assert found == [
        ("he is willing to release the women from the agreements", "Tom Hale"),
    ]


def test_a_long_description_with_a_place_finds_the_role_that_names_the_place():
    found = spoken(
        "Former New York Mayor Tom Hale met Gov. Ana Berg on Monday.",
        "The former New York mayor has said he is willing to run again.",
    )
    assert found == [("he is willing to run again", "Tom Hale")]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the role has the title but not the place: another governor
        (
            "Ohio Gov. Tom Hale came second on Tuesday.",
            "The somber New Jersey governor said he would return home to think.",
        ),
        # no role at all: the long description is someone new
        (
            "Tom Hale was killed in Abu Dhabi on Monday.",
            "The United Arab Emirates' interior minister said police had arrested a suspect.",
        ),
    ],
)
def test_a_long_description_with_a_place_needs_a_role_with_that_place(paragraphs):
    found = quotes_of(*paragraphs)
    assert [q.speaker for q in found] == [None]
    assert found[0].speaker_description is not None


def test_what_a_fronted_clause_says_was_announced_is_no_speaker():
    found = spoken(
        INTRO,
        "After the rulings were announced, Keller ordered a review of the statutes to ensure"
        " the plan is “carried out swiftly and smoothly.”",
    )
    assert found == [("carried out swiftly and smoothly", "Anna Keller")]


# --- thirtieth round: kit 19 --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "text", "description"),
    [
        (
            "The rebels will remain weak for years, say experts.",
            "The rebels will remain weak for years",
            "experts",
        ),
        (
            "“The rebels will remain weak for years,” said voters.",
            "The rebels will remain weak for years,",
            "voters",
        ),
    ],
)
def test_a_bare_group_after_an_inverted_verb_at_the_sentence_end_speaks(
    paragraph, text, description
):
    found = only(INTRO, paragraph)
    assert (found.text, found.speaker, found.speaker_description) == (text, None, description)


@pytest.mark.parametrize(
    "paragraph",
    [
        # the group's clause goes on after it: not the first half alone
        "But as long as the army holds the roads, say experts, the rebels will remain weak.",
        # after a verb that is no inversion, a bare plural is its object
        "Keller assured voters that the rebels will remain weak.",
    ],
)
def test_a_bare_group_is_no_speaker_inside_a_sentence_or_as_an_object(paragraph):
    found = quotes_of(INTRO, paragraph)
    assert all(q.speaker_description not in ("experts", "voters") for q in found)


@pytest.mark.parametrize(
    ("paragraph", "description"),
    [
        (
            "The man who defeated Keller in the primary said the race was fair.",
            "The man who defeated Keller in the primary",
        ),
        (
            "The chairman of a House committee that recommended a contempt citation against"
            " Foreign Minister Anna Keller said the ministry is covering up its role.",
            "The chairman of a House committee that recommended a contempt citation against"
            " Foreign Minister Anna Keller",
        ),
        (
            "A reporter who interviewed Keller and Lund said the talks had failed.",
            "A reporter who interviewed Keller and Lund",
        ),
        (
            "The analyst who studied the Fast and Furious files for Keller said the ministry knew"
            " about the plan.",
            "The analyst who studied the Fast and Furious files for Keller",
        ),
    ],
)
def test_a_subject_with_a_relative_clause_speaks_not_the_one_it_names(paragraph, description):
    found = only(INTRO, paragraph)
    assert (found.speaker, found.speaker_description) == (None, description)


def test_a_long_subject_with_its_relative_clause_keeps_its_reported_clause():
    found = only(
        INTRO,
        "The secretaries of state who testified to the House Committee on Oversight and"
        " Government Reform on Thursday said they too never heard from Keller ahead of time.",
    )
    assert found.text == "they too never heard from Keller ahead of time"
    assert found.speaker is None
    assert found.speaker_description.startswith("The secretaries of state who testified")


def test_a_description_by_its_relative_clause_is_named_in_the_next_paragraph():
    found = spoken(
        "The chairman of a House committee that recommended a contempt citation against"
        " Attorney General Tom Lund said on Tuesday that the ministry is covering up.",
        "“To date, the ministry has denied any role,” Rep. Ana Berg, California Republican,"
        " said in a letter.",
        "Ms. Berg, chairman of the House Oversight Committee, also challenged the claim.",
    )
    assert found == [
        ("the ministry is covering up", "Ana Berg"),
        ("To date, the ministry has denied any role,", "Ana Berg"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        # the auxiliary is the relative clause's own: "claimed" is no verb of speech here
        "The wedding vendors who have claimed exemptions, which I think they deserve, have"
        " been the targets of boycotts.",
        # "that" after a verb opens what was reported, not a relative clause
        "The Oslo Sun reports that soon after it was posted, police contacted Keller.",
    ],
)
def test_no_restricted_subject_from_an_auxiliary_or_a_verb_before_that(paragraph):
    found = quotes_of(INTRO, paragraph)
    assert all(not (q.speaker_description or "").endswith((" have", " it")) for q in found), found


def test_the_auxiliary_of_the_main_verb_is_no_part_of_the_relative_clause():
    found = only(
        INTRO,
        "Republicans who want the pipeline to go forward have argued that Keller could approve"
        " it with the stroke of a pen.",
    )
    assert found.speaker_description == "Republicans who want the pipeline to go forward"


def test_a_predicate_after_the_quote_goes_on_with_the_subject_before_it():
    found = spoken(
        INTRO,
        "Keller also said of the statement, “I'm pretty sure this statement is Oslo first,"
        " not Europe first,” and speculated that national security adviser Tom Lund wrote it.",
    )
    assert found[0] == (
        "I'm pretty sure this statement is Oslo first, not Europe first,",
        "Anna Keller",
    )


def test_a_name_after_a_preposition_before_an_inverted_verb_is_no_speaker():
    found = quotes_of(
        INTRO,
        "Tom Lund’s “hyper-reactive and thin-skinned response” hasn’t helped him in the feud"
        " with Keller, said Tom Hale, a strategist.",
    )
    assert [q.speaker for q in found if q.kind == "partial"] == ["Tom Hale"]


def test_an_appositive_that_ends_in_a_name_after_a_preposition_keeps_its_owner():
    found = spoken(
        INTRO,
        "“The plan is sound,” Amy Holt, chief of staff to Foreign Minister Keller, said in a"
        " statement.",
    )
    assert found == [("The plan is sound,", "Amy Holt")]


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        (
            "Three lawyers claim deputy assistant attorney general Julie Fernandez said the"
            " department would not enforce the law.",
            "the department would not enforce the law",
            "Julie Fernandez",
        ),
        (
            "The Oslo Post reported that Keller has told associates that she is uncomfortable"
            " with the plan.",
            "she is uncomfortable with the plan",
            "Anna Keller",
        ),
    ],
)
def test_an_unnamed_source_relays_what_a_named_person_said(paragraph, text, speaker):
    assert spoken(INTRO, paragraph) == [(text, speaker)]


@pytest.mark.parametrize(
    ("paragraph", "description"),
    [
        # told, but no clause of what was told
        ("A senior official said Keller told her staff this morning.", "A senior official"),
        # said, but only a quoted word
        ("The magistrate reported that Keller said “no” when asked.", "The magistrate"),
        # no named person opens the clause
        (
            "An aide responded by saying the company couldn't repay. Lund said he felt conned.",
            "An aide",
        ),
    ],
)
def test_an_unnamed_source_keeps_what_it_said_when_no_one_is_relayed(paragraph, description):
    found = [q for q in quotes_of(INTRO, paragraph) if q.kind == "indirect"]
    assert found[0].speaker is None
    assert found[0].speaker_description == description


def test_a_long_subject_of_a_head_and_its_complement_speaks():
    found = only(
        INTRO,
        "Some advocates of tough voting rights enforcement by the federal government have"
        " argued that the ministry should use the procedure.",
    )
    assert (found.text, found.speaker) == ("the ministry should use the procedure", None)
    assert found.speaker_description == (
        "Some advocates of tough voting rights enforcement by the federal government"
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        # the head is no one who speaks
        "A history of previously failed attempts by outside powers to end the war suggests"
        " that Keller faces long odds.",
        "The flow of migrants passing through the country to make their asylum claims has"
        " meant that some of them are staying.",
    ],
)
def test_a_long_subject_whose_head_is_no_speaker_reports_nothing(paragraph):
    assert not quotes_of(INTRO, paragraph)


# --- thirtieth round: kit 20 --------------------------------------------------------------------


def test_a_name_whose_appositive_lacks_its_closing_comma_speaks():
    found = spoken(
        "Gov. Tom Lund won the case on Monday.",
        "Ana Berg, director of the Oslo University Polling Institute said Lund “dodged a bullet.”",
    )
    assert ("dodged a bullet", "Ana Berg") in found


def test_a_parenthetical_attribution_is_no_appositive():
    # a parenthetical attribution after the reported clause's subject
    paragraph = "Keller, the senator said, reacted “openly” to that and other ideas."
    found = [q for q in quotes_of(INTRO, paragraph) if q.kind == "partial"]
    assert [(q.speaker, q.speaker_description) for q in found] == [(None, "the senator")]


def test_a_verb_inside_the_appositives_relative_clause_is_not_the_names():
    found = quotes_of(
        INTRO,
        "Tom Hale, the Oxford professor that had previously concluded that humans could keep"
        " only 150 friends, has just completed a new study.",
    )
    assert all(q.speaker != "Tom Hale" for q in found)


def test_a_possessive_after_the_verb_owns_what_was_said_and_does_not_say_it():
    found = spoken(
        "Gov. Tom Lund spoke on Monday. “We're getting soft,” Lund said.",
        "Ana Berg, another teacher who is a co-founder of “Save Our Schools” the advocacy"
        " group, said Lund's “elitist comments don't shock me anymore.”",
    )
    assert found == [
        ("We're getting soft,", "Tom Lund"),
        ("elitist comments don't shock me anymore", "Ana Berg"),
    ]


def test_compared_names_what_the_subject_compared():
    found = spoken(
        INTRO,
        "In August, Tom Hale compared Keller to the “far-right parties” in Europe.",
    )
    assert found == [("far-right parties", "Tom Hale")]


def test_compared_to_without_an_object_names_no_one():
    found = quotes_of(
        INTRO,
        "But perhaps nothing compares to the stress of hearing yourself compared to a"
        " “pervert” on a shopping trip.",
    )
    assert all(q.speaker_description != "But" for q in found)


def test_a_participle_after_a_progressive_verb_hangs_on_its_subject():
    found = only(
        INTRO,
        "Democrats are labeling it Keller’s shutdown, arguing the minister has failed to show"
        " leadership.",
    )
    assert (found.text, found.speaker, found.speaker_description) == (
        "the minister has failed to show leadership",
        None,
        "Democrats",
    )


def test_a_participle_hangs_on_the_sentences_subject_not_on_a_reported_clauses():
    found = quotes_of(
        "Editor Tom Lund runs the paper.",
        "The person disputed the idea that Lund wanted to suppress the story, saying that he"
        " wanted to “put it to the side” and then resurface it.",
    )
    assert [(q.kind, q.speaker, q.speaker_description) for q in found] == [
        ("partial", None, "The person"),
        ("indirect", None, "The person"),
    ]


def test_a_participle_in_a_clause_reported_without_a_subject_before_is_that_clauses():
    found = quotes_of(
        "Editor Tom Lund runs the paper.",
        "Late in the article, it is mentioned that Lund grew embarrassed, and tried telling his"
        " aides, “I don’t need this.”",
    )
    assert [q.speaker for q in found] == ["Tom Lund"]


def test_a_pronoun_later_in_the_sentence_is_its_described_subject():
    found = spoken(
        "The race to define Rep. Tom Lund, the Oslo congressman, has begun.",
        "“They will do whatever they can,” Lund's strategist Carl Berg said.",
        "As the Oslo Herald reported Sunday, the Oslo congressman was a critic of the embargo"
        " until 2008, when he told the Oslo Journal, “If we trade with China, why not Cuba?”",
    )
    assert found[-1] == ("If we trade with China, why not Cuba?", "Tom Lund")


def test_a_nominee_is_no_vice_presidential_nominee():
    found = only(
        "Republican vice presidential nominee Carl Berg spoke in Ohio.",
        "The Republican nominee said on Thursday that he would accept the results.",
    )
    assert (found.speaker, found.speaker_description) == (None, "The Republican nominee")


def test_a_name_closing_a_dash_aside_is_no_dash_attribution():
    found = spoken(
        "Reporter Tom Lund wrote the piece.",
        "Lund next wrote that the staffers who made the graphics -- Ana Berg, Eva Holt and Carl"
        " Hale -- “helped me distill complex financial jargon into charts.”",
    )
    assert ("helped me distill complex financial jargon into charts", "Tom Lund") in found
    assert all(speaker == "Tom Lund" for _, speaker in found)


def test_a_letter_two_people_sent_is_no_one_persons():
    found = only(
        "Sen. Tom Lund of Ohio spoke on Monday.",
        "Lund and ranking committee member Sen. Ana Berg, a New Jersey Democrat, sent a letter"
        " to the minister on Tuesday.",
        "“We request that your determination address the killing,” the letter reads.",
    )
    assert (found.speaker, found.speaker_description) == (None, "the letter")


def test_a_letter_one_person_sent_is_hers():
    found = only(
        "Sen. Tom Lund of Ohio spoke on Monday.",
        "Sen. Ana Berg, a New Jersey Democrat, sent a letter to the minister on Tuesday.",
        "“We request that your determination address the killing,” the letter reads.",
    )
    assert found.speaker == "Ana Berg"


# --- thirty-first round: kit 21 -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund compared it to a tariff, which Berg's lawyer, Tom Hale, called “the unlawful tax.”",
        "Lund compared it to a tariff, which Tom Hale has repeatedly called “the unlawful tax.”",
        "Lund compared it to a tariff that Tom Hale described as “the unlawful tax.”",
    ],
)
def test_a_relative_clause_names_who_called_it(sentence):
    found = only("Carl Lund and Eva Berg spoke in court.", sentence)
    assert found.speaker == "Tom Hale"


@pytest.mark.parametrize(
    "sentence",
    [
        # a complementizer after a speech verb: what Lund tweeted
        "Lund tweeted early Monday that Tom Hale denied any knowledge of “whatever happened.”",
        # a passive: the relative clause's subject did not call it anything
        "Lund compared it to the tax of Tom Hale, a lawyer who was deemed by the court to be"
        " “absolutely immune.”",
    ],
)
def test_no_relative_clause_subject(sentence):
    found = quotes_of("Carl Lund and Eva Berg spoke in court.", sentence)
    assert all(q.speaker != "Tom Hale" for q in found), found


def test_called_on_is_no_naming_in_a_relative_clause():
    found = spoken(
        "President Carl Lund spoke in Berlin on Monday, drawing on Tom Hale’s 1963 speech in"
        " the city, in which he called on Berliners to look ahead to “the day of peace.”",
    )
    assert ("the day of peace", "Tom Hale") not in found


def test_a_pronoun_goes_on_with_whom_a_relative_clause_gave_words():
    found = spoken(
        "That was because two residents, Carl Berg and Eva Berg, had good arguments.",
        "The opinion was written by Justice Tom Lund, who noted that the scheme forces"
        " residents to pay twice. States cannot tax income unless they give full credit, he said.",
    )
    assert found[-1] == ("States cannot tax income unless they give full credit", "Tom Lund")


def test_a_source_quoting_someone_named_gives_that_persons_words():
    found = spoken(
        INTRO,
        "The strikes depend on “mass surveillance on an industrial level,” the story states,"
        " quoting a former drone operator named Carl Berg.",
    )
    assert found == [("mass surveillance on an industrial level", "Carl Berg")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Legislators like Berg say they have started to focus on expanding access now.",
        "On Monday, Republicans such as Sen. Carl Berg said they would vote against the plan.",
    ],
)
def test_a_group_like_someone_speaks_as_a_group(sentence):
    found = only("State Sen. Carl Berg spoke on Monday.", sentence)
    assert found.speaker is None
    assert "Berg" in found.speaker_description


def test_it_looks_like_is_no_group():
    found = only(
        "State Sen. Carl Berg spoke on Monday.", "It looks like Berg said the plan would fail."
    )
    assert found.speaker == "Carl Berg"


def test_observes_attributes_like_says():
    found = only(
        "Professor Tom Hale and Ana Berg spoke.",
        "“The case has real significance,” observes NYU law professor Tom Hale.",
    )
    assert found.speaker == "Tom Hale"


def test_a_view_holder_opening_a_sentence_is_who_he_goes_on_with():
    found = spoken(
        "Professor Tom Hale and Ana Berg spoke.",
        "“The case has real significance,” observes Tom Hale.",
        "To Alabama Solicitor General Carl Lund, for instance, it makes no sense that Congress"
        " extended the law. The problem just does not exist anymore, he says.",
    )
    assert found[-1] == ("The problem just does not exist anymore", "Carl Lund")


def test_to_someone_before_he_said_is_the_listener():
    found = spoken(
        "Professor Tom Hale and Ana Berg spoke.",
        "“The case has real significance,” observes Tom Hale.",
        "To Carl Lund, he said, “the case is lost.”",
    )
    assert ("the case is lost", "Tom Hale") in found


def test_citing_after_a_named_speaker_is_no_quoting():
    found = only(
        INTRO,
        "“She wants the tax code to reduce the gap between winners and losers,” says Tom Hale,"
        " citing Keller’s proposal to end the estate tax.",
    )
    assert found.speaker == "Tom Hale"


def test_said_then_quoting_the_president_gives_his_words():
    found = only(
        "President Carl Lund met Director Tom Hale in January.",
        "“I hope you can see your way clear to letting this go,” Hale said, quoting Lund.",
    )
    assert found.speaker == "Carl Lund"


def test_the_rest_of_a_split_quote_joins_it_past_an_adding_that_clause():
    found = quotes_of(
        "Tom Lund has been the county attorney since 1964.",
        "“The South has changed,” he says, adding that there is no more discrimination in the"
        " South than anywhere else. “There is probably some of it everywhere.”",
    )
    assert [(q.kind, q.text) for q in found] == [
        ("direct", "The South has changed, There is probably some of it everywhere."),
        ("indirect", "there is no more discrimination in the South than anywhere else"),
    ]


def test_but_later_another_speaker_ends_the_first_clause():
    found = spoken(
        "Initially, authorities said four bodies had been recovered, but later, police"
        " spokesman Tom Lund said the remains of two more people had been removed.",
    )
    assert found == [
        ("four bodies had been recovered", None),
        ("the remains of two more people had been removed", "Tom Lund"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "In Maryland, the refund claims could be close to $200 million.",
        "Under the plan, the insurance claims would rise by a third.",
    ],
)
def test_a_noun_before_a_modal_reports_nothing(sentence):
    assert not quotes_of(INTRO, sentence)


def test_a_gap_relative_before_a_modal_still_reports():
    found = only(INTRO, "It was a shift that Democrats say would leave millions without coverage.")
    assert (found.speaker_description, found.text) == (
        "Democrats",
        "would leave millions without coverage",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Keller approved the changes on Thursday, promising that this version will prevent"
        " another wave.",
        "Vowing that this version will prevent another wave, Keller approved the changes.",
    ],
)
def test_a_promise_is_reported_speech(sentence):
    found = only(INTRO, sentence)
    assert (found.speaker, found.text) == ("Anna Keller", "this version will prevent another wave")


@pytest.mark.parametrize(
    "sentence",
    [
        "“She will never forget it,” the lawyer said.",
        "The family’s lawyer said he could not tell whether the man was holding a gun.",
    ],
)
def test_a_lawyer_is_the_attorney_for_the_family(sentence):
    found = only("Justin Bamberg, an attorney for the family, spoke on Monday.", sentence)
    assert found.speaker == "Justin Bamberg"


@pytest.mark.parametrize("verb", ["proclaims", "counters", "sighs"])
def test_more_present_tense_verbs_attribute(verb):
    found = only(
        "The book has received accolades from Gen. Carl Berg, the former commander.",
        f"“It is time to recover what we have lost,” Mr. Hale {verb}. He also wrote books.",
    )
    assert found.speaker == "Hale"


def test_a_relative_clause_after_a_dash_says_who_is_saying():
    found = only(
        INTRO,
        "The Senate gave final approval to the bill, sending it to Gov. Carl Berg — who"
        " responded by saying, “I applaud the assembly for passing this legislation.”",
    )
    assert found.speaker == "Carl Berg"


@pytest.mark.parametrize(
    "sentence",
    [
        "Over the weekend, key Republicans, including potential 2016 presidential candidate Sen."
        " Carl Berg of Kentucky, insisted that an extension must include cuts elsewhere.",
        "Republicans, including Sen. Carl Berg, said that an extension must include cuts"
        " elsewhere.",
    ],
)
def test_a_group_including_someone_speaks_as_a_group(sentence):
    found = only(INTRO, sentence)
    assert (found.speaker, found.text) == (None, "an extension must include cuts elsewhere")
    assert found.speaker_description.endswith("Republicans")


def test_the_agent_of_an_irregular_passive_is_who_he_goes_on_with():
    found = spoken(
        "That was because two residents, Carl Berg and Eva Berg, had good arguments.",
        "The opinion was written by Tom Lund. States cannot tax income unless they give full"
        " credit, he said.",
    )
    assert found[-1] == ("States cannot tax income unless they give full credit", "Tom Lund")
