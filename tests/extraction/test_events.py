"""Event mentions, on paragraphs written for the tests."""

import datetime as dt
import json
from pathlib import Path

import pytest

from articles.extraction import extract_article
from articles.extraction.dates import extract_dated_statements
from articles.extraction.events import extract_events
from articles.extraction.types import Person

PUB = dt.datetime(2025, 6, 18, 9, 30)  # a Wednesday

PEOPLE = (
    Person("Anna Keller", ("Keller",)),
    Person("Tomas Brandt", ("Brandt",)),
    Person("Lena Ortiz", ("Ortiz",)),
    Person("Piet Varga", ("Varga",)),
    Person("Marta Lind", ("Lind",)),
)


def events(*paragraphs, people=PEOPLE, published=PUB):
    dated = extract_dated_statements(paragraphs, published)
    return extract_events(paragraphs, people, dated, published)


def by_kind(found, kind):
    return [e for e in found if e.kind == kind]


def test_trip_with_place_participant_and_planned_date():
    (trip,) = events(
        "Spokeswoman Lena Ortiz told reporters on June 17 that envoy Tomas Brandt plans to "
        "visit Norway in the coming days."
    )
    assert trip.kind == "trip"
    assert trip.place == "Norway"
    assert trip.people == ("Tomas Brandt",)  # the spokeswoman only reports it
    assert (trip.date, trip.precision) == (dt.date(2025, 6, 1), "month")
    assert trip.is_approximate  # "in the coming days"
    assert trip.name == "Brandt trip to Norway"
    assert "norway" in trip.key_terms


def test_press_conference_frames_the_speaker_and_joins_a_later_reference():
    found = events(
        "“We are close,” Keller said during a press conference in Lisbon on Monday.",
        "“It will take time,” Varga said at the joint press conference.",
    )
    (conference,) = by_kind(found, "press_conference")
    assert conference.place == "Lisbon"
    assert conference.people == ("Anna Keller", "Piet Varga")
    assert (conference.date, conference.precision) == (dt.date(2025, 6, 16), "day")
    assert conference.name == "Keller press conference in Lisbon"


def test_two_meetings_in_one_place_stay_apart_by_date():
    found = events(
        "Earlier in the day during a meeting with Brandt, Keller said a deal was near.",
        "Ortiz said during the Town Hall gathering that more talks are needed.",
        "Tensions rose late last month after Varga walked out of a meeting with Keller "
        "in the Town Hall.",
    )
    meetings = by_kind(found, "meeting")
    assert len(meetings) == 2
    today, last_month = meetings
    assert (today.date, today.precision) == (dt.date(2025, 6, 18), "day")
    assert set(today.people) == {"Tomas Brandt", "Anna Keller", "Lena Ortiz"}
    assert today.place == "Town Hall"
    assert (last_month.date, last_month.precision) == (dt.date(2025, 5, 1), "month")
    assert set(last_month.people) == {"Piet Varga", "Anna Keller"}
    assert last_month.name == "Varga–Keller meeting in the Town Hall"


def test_ceasefire_mentions_merge_and_prefer_the_exact_date():
    found = events(
        "Officials hope a cease-fire agreement is close.",
        "Lind will travel to Oslo next week to discuss a cease-fire deal with Ruritania.",
        "News broke on June 16 that Ruritania was willing to accept a cease-fire.",
        "Varga is expected to agree to a cease-fire in the near future.",
    )
    (ceasefire,) = by_kind(found, "ceasefire")
    assert ceasefire.name == "Ruritania cease-fire"
    assert (ceasefire.date, ceasefire.precision) == (dt.date(2025, 6, 16), "day")
    assert "Piet Varga" in ceasefire.people
    (trip,) = by_kind(found, "trip")
    assert trip.name == "Lind trip to Oslo"
    assert trip.date == dt.date(2025, 6, 23)  # the Monday of next week


def test_generic_plural_meetings_and_unanchored_mentions_are_dropped():
    found = events(
        "A series of phone calls and meetings are planned between the two sides.",
        "Talks could resume at some point.",
    )
    assert found == ()


def test_possessive_names_the_participant():
    (trip,) = events("Keller declined to discuss the timing of Brandt's trip.")
    assert trip.people == ("Tomas Brandt",)
    assert trip.name == "Brandt trip"
    # No date anywhere near: the publication month, marked approximate.
    assert (trip.date, trip.precision, trip.is_approximate) == (dt.date(2025, 6, 1), "month", True)


def test_pronoun_stands_for_the_last_person_named():
    found = events("Marta Lind arrived late.", "She later flew to Madrid for a summit.")
    (trip,) = by_kind(found, "trip")
    assert trip.people == ("Marta Lind",)
    assert trip.place == "Madrid"


def test_call_summit_vote_and_agreement_kinds():
    found = events(
        "Keller held a phone call with Brandt on Tuesday.",
        "Leaders gathered for the Alpine summit in Geneva on Friday.",
        "The assembly voted on the measure last week.",
        "Ortiz signed a trade agreement with Ruritania in 2024.",
    )
    kinds = {e.kind: e for e in found}
    assert kinds["call"].people == ("Anna Keller", "Tomas Brandt")
    assert kinds["call"].date == dt.date(2025, 6, 17)
    assert kinds["call"].name == "Keller–Brandt call"
    assert kinds["summit"].place == "Geneva"
    assert kinds["summit"].date == dt.date(2025, 6, 13)
    assert kinds["agreement"].name == "Ruritania trade agreement"
    assert (kinds["agreement"].date, kinds["agreement"].precision) == (dt.date(2024, 1, 1), "year")


def test_passive_met_and_verb_deal_are_not_events():
    found = events(
        "Keller's remarks were met with laughter.",
        "Brandt said he would deal with the problem.",
    )
    assert found == ()


def test_place_is_never_a_person_or_a_date_word():
    (trip,) = events("Keller planned a trip to Brandt on Monday.", people=PEOPLE)
    assert trip.place is None
    (meeting,) = events("Keller met Brandt in March to talk.", people=PEOPLE)
    assert meeting.place is None


def test_without_people_or_publication():
    found = events(
        "The delegation arrived in Vienna for talks in Vienna on March 3, 2024.",
        people=(),
        published=None,
    )
    trip, talks = found
    assert trip.place == "Vienna" and trip.people == ()
    assert talks.date == dt.date(2024, 3, 3) and not talks.is_approximate
    (trip,) = events("Keller's trip to Oslo was long.", published=None)
    assert (trip.date, trip.is_approximate) == (None, False)


def test_noisy_triggers_are_not_events():
    found = events(
        "Meet Anna Keller, the candidate nobody expected.",
        "Brandt urged voters to vote for Keller.",
        "Keller is on her way to the Liberal nomination.",
    )
    assert found == ()


def test_place_is_not_a_modifier_of_a_common_noun():
    (meeting,) = events("Keller held a meeting with Brandt at the Grand Plaza hotel.")
    assert meeting.place is None
    (meeting,) = events("Keller held a meeting with Brandt at the Grand Plaza on Monday.")
    assert meeting.place == "Grand Plaza"


def test_capitalised_slogan_topic_drops_its_article():
    (agreement,) = events("Keller promised A Better Deal in 2024.")
    assert agreement.name == "Better agreement"


SEED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "seed"


@pytest.mark.shared
@pytest.mark.skipif(not SEED.exists(), reason="../shared/data/seed is not present")
def test_seed_dated_statements_and_separate_events():
    text = (SEED / "witkoff-heading-to-russia.txt").read_text(encoding="utf-8")
    gold = json.loads((SEED / "witkoff-heading-to-russia.gold.json").read_text(encoding="utf-8"))
    published = dt.datetime.fromisoformat(gold["published"])
    extraction = extract_article(text, published=published).extraction

    found = extraction.dated_statements
    wanted = gold["dated_statements"]
    hits = sum(
        any(s.sentence.startswith(g["sentence_starts"]) and s.date_text == g["date"] for s in found)
        for g in wanted
    )
    assert 2 * hits / (len(found) + len(wanted)) >= 0.85

    unused = list(extraction.events)
    for event in gold["events"]:
        match = next(
            (
                e
                for e in unused
                if _date_text(e) == event["when"] and set(e.people) & set(event["people"])
            ),
            None,
        )
        assert match is not None, event["name"]
        unused.remove(match)


def _date_text(event):
    if event.date is None:
        return None
    return event.date.isoformat()[: {"day": 10, "month": 7, "year": 4}[event.precision]]


def test_topic_stops_at_a_title():
    (talks,) = events("Keller held talks with Ruritanian President Brandt on Monday.")
    assert talks.name == "Ruritanian talks"


def test_same_kind_events_stay_apart_by_people_and_place():
    found = events(
        "Keller held a phone call with Brandt on Tuesday.",
        "Separately, Ortiz held a phone call with Varga on Tuesday.",
        "Lind flew to Oslo on Monday. Varga flew to Madrid on Monday.",
    )
    calls = by_kind(found, "call")
    assert [set(c.people) for c in calls] == [
        {"Anna Keller", "Tomas Brandt"},
        {"Lena Ortiz", "Piet Varga"},
    ]
    assert [t.place for t in by_kind(found, "trip")] == ["Oslo", "Madrid"]


def test_reporting_date_yields_to_the_event_date():
    (ceasefire,) = events(
        "Ortiz told reporters on June 17 that Keller would sign a cease-fire deal with Ruritania.",
        "The cease-fire was first proposed on June 9.",
    )
    assert ceasefire.date == dt.date(2025, 6, 9)


def test_owned_event_takes_its_owner_and_with_people_only():
    (meeting,) = events("Ortiz criticised Brandt's meeting with Keller and Varga in Oslo.")
    assert meeting.people == ("Tomas Brandt", "Anna Keller", "Piet Varga")
    assert meeting.place == "Oslo"


def test_summit_is_named_by_its_organiser_not_a_possible_guest():
    (summit,) = by_kind(events("Keller may attend the NATO summit in Geneva on June 24."), "summit")
    assert summit.name == "NATO summit in Geneva"
    assert summit.date == dt.date(2025, 6, 24)


def test_summit_without_body_or_place_is_dropped():
    assert not by_kind(events("Keller finally reached the summit on Monday."), "summit")


def test_place_cut_to_an_adjective_is_no_place():
    people = (*PEOPLE, Person("Wall"))
    (meeting,) = events(
        "Keller held a prayer meeting at the Northern Wall on Monday.", people=people
    )
    assert meeting.place is None
    assert "Northern" not in meeting.name


def test_abstract_events_are_named_by_what_they_are_about():
    found = events(
        "Keller said Ruritania signed a minerals deal on Monday.",
        "Ortiz called for a cease-fire in Ruritania on June 2.",
        "Brandt said the prisoner exchange agreement would hold, speaking on May 3.",
    )
    names = sorted(e.name for e in found)
    assert names == [
        "Minerals agreement",
        "Prisoner exchange agreement",
        "Ruritania cease-fire",
    ]


def test_held_talks_has_no_subject():
    (talks,) = events("Keller held talks with Brandt in Oslo on Monday.")
    assert talks.name == "Talks in Oslo"


def test_captions_and_credits_are_not_participants():
    (trip,) = events("Keller arrived in Oslo on Monday (Photo: Lena Ortiz/Agency).")
    assert trip.people == ("Anna Keller",)


def test_between_list_names_the_whole_call():
    (call,) = by_kind(
        events(
            "Varga spoke to reporters on Monday, moments before a phone call between Keller "
            "and Brandt."
        ),
        "call",
    )
    assert set(call.people) == {"Anna Keller", "Tomas Brandt"}


def test_background_mention_dated_only_by_a_far_sentence_is_dropped():
    found = events(
        "Brandt was born in 1961 and studied law.",
        "When Brandt arrived in Madrid, he was 30 years old.",
    )
    assert not by_kind(found, "trip")


def test_year_before_the_trigger_dates_it():
    (deal,) = events("Ortiz criticised the 2015 accord between Ruritania and Varga.")
    assert (deal.date, deal.precision) == (dt.date(2015, 1, 1), "year")


def test_trip_is_named_by_the_traveller_not_the_host():
    (trip,) = events("Children visited the home of Brandt in Oslo on Monday.")
    assert trip.name == "Trip to Oslo"
    (trip,) = events("After visiting Oslo on Monday, Keller said the talks went well.")
    assert trip.name == "Keller trip to Oslo"


def test_single_word_place_before_the_trigger_takes_no_article():
    (meeting,) = events("Keller and Brandt left the Oslo meeting early on Monday.")
    assert meeting.name == "Keller–Brandt meeting in Oslo"


def test_ceasefire_without_topic_is_named_by_the_war():
    (ceasefire,) = events(
        "Keller pressed Brandt for a cease-fire on Monday, months into the war in Ruritania."
    )
    assert ceasefire.name == "Ruritania cease-fire"


def test_visiting_as_a_title_is_no_trip():
    found = events("Keller, a visiting fellow at the Oslo Institute, spoke on Monday.")
    assert not by_kind(found, "trip")
    found = events("Brandt, a non-visiting member of the Oslo Club, spoke on Monday.")
    assert not by_kind(found, "trip")


def test_a_person_after_a_later_comma_does_not_make_the_trip():
    (trip,) = by_kind(
        events("Ortiz visits Oslo to open an embassy, meets with Brandt, on June 3."), "trip"
    )
    assert trip.name == "Ortiz trip to Oslo"
    (trip,) = by_kind(
        events("The minister visits Oslo to open an embassy, meets with Brandt."), "trip"
    )
    assert trip.name == "Trip to Oslo"


def test_phone_talks_are_a_call_and_a_treaty_body_is_no_deal():
    found = events(
        "Keller praised her phone talks with Brandt on Monday.",
        "Ortiz spoke at the Baltic Treaty Organization on Tuesday.",
    )
    assert [e.kind for e in found] == ["call"]


def test_talks_without_topic_take_the_war_not_the_people_named():
    (talks,) = events(
        "Keller said the talks aimed at ending the war in Ruritania resumed on Monday."
    )
    assert talks.name == "Ruritania talks"
    (talks,) = events("Keller and Brandt held talks on Monday.")
    assert talks.name == "Talks"  # who speaks of talks need not be a party to them


def test_an_outlet_named_like_a_person_is_no_participant():
    people = (*PEOPLE, Person("Ruritania Today"))
    (talks,) = events(
        "Talks in Oslo with Brandt resume next week, Keller told the broadcaster Ruritania "
        "Today on Monday.",
        people=people,
    )
    assert "Ruritania Today" not in talks.people
