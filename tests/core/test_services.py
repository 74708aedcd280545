"""Ingest, duplicates, re-extraction that keeps human work, merges: the write services."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import IntegrityError

from articles import services
from articles.models import (
    Article,
    DatedStatement,
    Event,
    EventMention,
    Person,
    PersonAlias,
    Quote,
    RelatedStory,
)

# Written for the tests: a plain-text paste with a byline header, quotes, dates and a
# Related Stories block.
ARTICLE = """Envoy Heads to Capital for Truce Talks

By The Daily Sample | Created at 2025-03-12 21:07:48 | Updated at 2025-03-13 01:58:35 4 hours ago

Officials say an agreement on a truce could be close.

Foreign Minister Jane Doe told reporters on March 12 that special envoy Tom Roe will travel to the capital in the coming days.

“We are closer to peace than we have been in months,” Doe said. “Now the other side has to answer.”

Related Stories

Doe Says Talks Will Resume Soon
Markets Rally After Truce Hopes

Roe met Prime Minister Ann Smith on March 11 to discuss the plan.

“The work is not finished,” Roe said.

Read Entire Article"""


def ingest(text: str = ARTICLE, **kwargs) -> Article:
    return services.article_ingest(raw_text=text, **kwargs)


@pytest.mark.django_db
def test_ingest_stores_the_raw_paste_byte_for_byte_and_the_parsed_parts():
    article = ingest()
    assert article.raw_text == ARTICLE
    assert article.title == "Envoy Heads to Capital for Truce Talks"
    assert article.outlet.name == "The Daily Sample"
    assert article.published_at == dt.datetime(2025, 3, 12, 21, 7, 48, tzinfo=dt.UTC)
    assert article.dek == "Officials say an agreement on a truce could be close."
    assert not any("Read Entire Article" in p for p in article.paragraphs)
    assert [r.title for r in article.related_stories.all()] == [
        "Doe Says Talks Will Resume Soon",
        "Markets Rally After Truce Hopes",
    ]


@pytest.mark.django_db
def test_ingest_extracts_people_quotes_and_dates_with_their_place():
    article = ingest()
    doe = Person.objects.get(name="Jane Doe")
    quote = article.quotes.get(speaker=doe, kind="direct")
    assert quote.text.startswith("We are closer to peace")
    paragraph = article.paragraphs[quote.paragraph]
    assert paragraph[quote.start : quote.start + 10] == quote.text[:10]
    assert doe.roles.get().title == "Foreign Minister"
    dates = set(article.dated_statements.values_list("date", flat=True))
    assert {dt.date(2025, 3, 12), dt.date(2025, 3, 11)} <= dates


@pytest.mark.django_db
@pytest.mark.parametrize(
    "variant",
    [
        ARTICLE.replace("\n", "\r\n"),
        ARTICLE.replace("4 hours ago", "7 hours ago"),
        "  " + ARTICLE.replace("\n\n", "\n\n\n") + "\n\n",
        ARTICLE.replace("“", '"').replace("”", '"'),
    ],
    ids=["crlf", "other-residue", "whitespace", "straight-quotes"],
)
def test_the_same_article_twice_is_refused_with_a_link_to_the_first(variant):
    first = ingest()
    with pytest.raises(services.DuplicateArticleError) as excinfo:
        ingest(variant)
    assert excinfo.value.existing == first
    assert Article.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["", "   \n\t  ", "\x00\x00"])
def test_empty_pastes_are_refused_with_a_clear_message(text):
    with pytest.raises(services.IngestError, match=r"(?i)empty|no text"):
        ingest(text)
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_a_paste_over_the_limit_is_refused_before_parsing(settings):
    settings.NEWSROOM_MAX_PASTE_BYTES = 1000
    with pytest.raises(services.IngestError, match="limit"):
        ingest("Title\n\n" + "word " * 1000)
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_non_utf8_bytes_are_decoded_and_kept():
    article = ingest(
        "Caf\xe9 Talks Resume\n\nThe caf\xe9 owner said talks resumed.".encode("cp1252")
    )
    assert article.title == "Café Talks Resume"
    assert "café" in article.raw_text


@pytest.mark.django_db
def test_an_unparseable_date_is_kept_as_text_with_a_warning():
    text = (
        "Talks Resume\n\nBy The Daily Sample | Created at the 45th of Smarch\n\nThe talks resumed."
    )
    article = ingest(text)
    assert article.published_at is None
    assert "Smarch" in article.published_text
    assert article.warnings


@pytest.mark.django_db
def test_a_failure_while_storing_leaves_no_half_written_rows(monkeypatch):
    def boom(*args, **kwargs):
        raise IntegrityError("simulated failure after the article row was written")

    monkeypatch.setattr(services, "_related_stories_store", boom)
    with pytest.raises(IntegrityError):
        ingest()
    assert Article.objects.count() == 0
    assert Quote.objects.count() == 0
    assert Person.objects.count() == 0
    assert DatedStatement.objects.count() == 0


@pytest.mark.django_db
def test_related_stories_link_to_stored_articles_both_ways():
    later = ingest()
    earlier = ingest("Doe Says Talks Will Resume Soon\n\nJane Doe said talks would resume soon.")
    linked = RelatedStory.objects.get(title="Doe Says Talks Will Resume Soon")
    assert linked.article == later
    assert linked.linked_article == earlier


@pytest.mark.django_db
def test_reextract_keeps_confirmed_rejected_edited_quotes_and_fixed_speakers():
    article = ingest()
    doe = Person.objects.get(name="Jane Doe")
    roe = Person.objects.get(name="Tom Roe")
    doe_quote = article.quotes.get(speaker=doe, kind="direct")
    roe_quote = article.quotes.get(speaker=roe, kind="direct")
    services.quote_set_status(quote=doe_quote, status=Quote.Status.CONFIRMED)
    services.quote_speaker_fix(quote=roe_quote, speaker=doe)
    other = article.quotes.exclude(pk__in=[doe_quote.pk, roe_quote.pk]).first()
    if other is not None:
        services.quote_set_status(quote=other, status=Quote.Status.REJECTED)
    before = article.quotes.count()

    result = services.article_reextract(article=article)

    doe_quote.refresh_from_db()
    roe_quote.refresh_from_db()
    assert doe_quote.status == Quote.Status.CONFIRMED
    assert roe_quote.speaker == doe and roe_quote.speaker_locked
    if other is not None:
        other.refresh_from_db()
        assert other.status == Quote.Status.REJECTED
    assert article.quotes.count() == before  # nothing duplicated, nothing resurrected
    assert result.kept_quotes >= 2


@pytest.mark.django_db
def test_merge_moves_quotes_and_keeps_the_merge_through_reextraction():
    article = ingest()
    doe = Person.objects.get(name="Jane Doe")
    roe = Person.objects.get(name="Tom Roe")
    services.person_merge(source=roe, target=doe)
    assert not Person.objects.filter(pk=roe.pk).exists()
    assert PersonAlias.objects.filter(person=doe, name="Tom Roe").exists()

    services.article_reextract(article=article)

    assert not Person.objects.filter(name="Tom Roe").exists()
    assert article.quotes.filter(text__startswith="The work is not finished").get().speaker == doe


@pytest.mark.django_db
def test_people_are_one_record_across_articles_through_name_variants():
    ingest("Talks One\n\nPresident Volodymyr Zelenskyy said talks would go on.")
    ingest("Talks Two\n\nPresident Volodymyr Zelensky said the plan was fair.")
    ingest(
        "Talks Three\n\nVice President J.D. Vance spoke.\n\nVice President JD Vance said it was done."
    )
    assert Person.objects.filter(name__startswith="Volodymyr").count() == 1
    assert Person.objects.filter(name_key="jd vance").count() == 1


@pytest.mark.django_db
def test_two_people_sharing_a_surname_stay_apart():
    ingest("Clinton One\n\nFormer President Bill Clinton said he would campaign.")
    ingest("Clinton Two\n\nFormer Secretary of State Hillary Clinton said she would speak.")
    assert set(Person.objects.values_list("name", flat=True)) >= {"Bill Clinton", "Hillary Clinton"}


@pytest.mark.django_db
def test_manual_event_attachment_survives_reextraction():
    article = ingest()
    event = Event.objects.create(name="Capital truce talks", slug="capital-truce-talks")
    services.article_attach_event(article=article, event=event)
    services.article_reextract(article=article)
    assert EventMention.objects.filter(article=article, event=event, source="manual").exists()


@pytest.mark.django_db
def test_event_rename_merge_and_split(make):
    a1, a2 = make.article(), make.article()
    e1 = make.event("Talks A")
    e2 = make.event("Talks B")
    make.event_mention(event=e1, article=a1)
    make.event_mention(event=e2, article=a2)
    make.quote(article=a2, event=e2)

    services.event_rename(event=e1, name="Capital talks")
    assert Event.objects.get(pk=e1.pk).name_locked

    merged = services.event_merge(source=e2, target=e1)
    assert set(merged.mentions.values_list("article", flat=True)) == {a1.pk, a2.pk}
    assert merged.quotes.count() == 1

    new = services.event_split(event=merged, articles=[a2], name="Second round")
    assert list(new.mentions.values_list("article", flat=True)) == [a2.pk]
    assert new.quotes.count() == 1
    assert list(merged.mentions.values_list("article", flat=True)) == [a1.pk]


@pytest.mark.django_db
def test_an_ingested_article_is_found_by_search_at_once():
    from articles.search import search

    ingest()
    results = search("closer to peace")
    assert any("closer to peace" in hit.quote.text for hit in results.quotes)
    assert any(hit.article.title.startswith("Envoy Heads") for hit in results.articles)


@pytest.mark.django_db
def test_a_merged_person_is_searchable_under_the_kept_name_only():
    from articles.search import search

    ingest()
    doe = Person.objects.get(name="Jane Doe")
    roe = Person.objects.get(name="Tom Roe")
    services.person_merge(source=roe, target=doe)
    names = [hit.person.name for hit in search("Roe").people]
    assert names == ["Jane Doe"]


@pytest.mark.django_db
def test_the_same_trip_reported_twice_is_one_event_and_different_travellers_stay_apart():
    ingest(
        "Envoy Flies to Oslo\n\nBy The Daily Sample | Created at 2025-03-12 10:00:00\n\n"
        "Special envoy Tom Roe will travel to Oslo on Thursday for talks on the truce."
    )
    ingest(
        "Roe Heads North\n\nBy Another Wire | Created at 2025-03-12 18:00:00\n\n"
        "U.S. envoy Tom Roe is set to travel to Oslo on Thursday, officials said."
    )
    ingest(
        "Minister Visits Oslo\n\nBy The Daily Sample | Created at 2025-03-13 09:00:00\n\n"
        "Foreign Minister Ann Smith will travel to Oslo on Thursday to meet her counterpart."
    )
    trips = Event.objects.filter(kind="trip")
    roe_trips = [e for e in trips if "Roe" in e.name]
    assert len(roe_trips) == 1
    assert roe_trips[0].mentions.values("article").distinct().count() == 2
    assert any("Smith" in e.name for e in trips)


@pytest.mark.django_db
def test_the_usual_form_of_a_name_wins_over_one_with_a_middle_initial():
    ingest("Kremlin One\n\nRussian President Vladimir V. Putin said the talks would go on.")
    ingest("Kremlin Two\n\nRussian President Vladimir Putin said the plan needed work.")
    (putin,) = Person.objects.filter(name__contains="Putin")
    assert putin.name == "Vladimir Putin"


def test_title_key_folds_case_accents_and_quote_marks_only():
    assert services.title_key("Zelenskyy Says ‘Peace’ Is Near") == services.title_key(
        "zelenskyy says 'peace' is near"
    )
    assert services.title_key("Mike Waltz Resigns") != services.title_key("Michael Waltz Resigns")


@pytest.mark.django_db
def test_a_curated_partial_quote_does_not_hide_the_reported_clause_around_it():
    article = ingest(
        "Minister on Deal\n\nForeign Minister Jane Doe said her team was ready to sign "
        "“as soon as tomorrow.”"
    )
    partial = article.quotes.get(kind="partial")
    assert article.quotes.filter(kind="indirect").exists()
    services.quote_set_status(quote=partial, status=Quote.Status.CONFIRMED)
    services.article_reextract(article=article)
    assert article.quotes.filter(kind="partial").get().pk == partial.pk
    assert article.quotes.filter(kind="indirect").count() == 1


@pytest.mark.django_db
def test_dated_statements_name_the_people_in_their_sentence():
    article = ingest()
    statement = article.dated_statements.get(sentence__startswith="Roe met")
    assert set(statement.people.values_list("name", flat=True)) == {"Tom Roe", "Ann Smith"}
