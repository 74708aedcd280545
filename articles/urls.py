"""Analyst pages. Every URL renders a full page; htmx requests get the region that changes."""

from django.urls import path

from .views import articles, events, exports, feeds, home, people, search, timeline

app_name = "articles"
urlpatterns = [
    path("", home.home, name="home"),
    path("articles/", articles.article_list, name="article_list"),
    path("articles/<slug:slug>/", articles.article_detail, name="article_detail"),
    path("people/", people.person_list, name="person_list"),
    path("people/<slug:slug>/", people.person_detail, name="person_detail"),
    path("people/<slug:slug>/quotes.csv", exports.person_quotes_csv, name="person_quotes_csv"),
    path("people/<slug:slug>/quotes.json", exports.person_quotes_json, name="person_quotes_json"),
    path("people/<slug:slug>/feed/", feeds.PersonQuotesFeed(), name="person_feed"),
    path("events/", events.event_list, name="event_list"),
    path("events/<slug:slug>/", events.event_detail, name="event_detail"),
    path("events/<slug:slug>/timeline.csv", exports.event_timeline_csv, name="event_timeline_csv"),
    path(
        "events/<slug:slug>/timeline.json", exports.event_timeline_json, name="event_timeline_json"
    ),
    path("events/<slug:slug>/feed/", feeds.EventStatementsFeed(), name="event_feed"),
    path("timeline/", timeline.timeline, name="timeline"),
    path("search/", search.search, name="search"),
]
