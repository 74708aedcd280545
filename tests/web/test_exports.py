"""CSV and JSON exports of a person's quotes and an event's timeline."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.views.exports import QUOTE_COLUMNS, STATEMENT_COLUMNS, csv_safe


def read_csv(response) -> list[dict]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_safe_defuses_formulas():
    assert csv_safe('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert csv_safe("+1") == "'+1"
    assert csv_safe("-2+3") == "'-2+3"
    assert csv_safe("@SUM(A1)") == "'@SUM(A1)"
    assert csv_safe("\t=1") == "'\t=1"
    assert csv_safe("plain, text") == "plain, text"
    assert csv_safe(None) == ""


def test_person_quotes_csv(client, make):
    speaker = make.person("Zoë Ångström")
    article = make.article(title="Naïve café talks", outlet=make.outlet("Le Monde Test"))
    make.quote(article=article, speaker=speaker, text="=cmd|' /C calc'!A0", paragraph=2)
    make.quote(article=article, speaker=speaker, text="Ça va “très” bien")
    make.quote(article=article, speaker=speaker, text="hidden", status="rejected")

    response = client.get(reverse("articles:person_quotes_csv", args=[speaker.slug]))
    rows = read_csv(response)

    assert response["Content-Disposition"] == f'attachment; filename="{speaker.slug}-quotes.csv"'
    assert response.content.decode("utf-8-sig").splitlines()[0] == ",".join(QUOTE_COLUMNS)
    assert {r["quote"] for r in rows} == {"'=cmd|' /C calc'!A0", "Ça va “très” bien"}
    assert rows[0]["speaker"] == "Zoë Ångström" and rows[0]["outlet"] == "Le Monde Test"
    assert any(r["link"].endswith(f"/articles/{article.slug}/#p-2") for r in rows)


def test_person_quotes_respect_the_person_page_filters(client, make):
    speaker = make.person()
    event = make.event()
    outlet = make.outlet()
    march = make.article(outlet=outlet, published=timezone.make_aware(dt.datetime(2025, 3, 5)))
    april = make.article(published=timezone.make_aware(dt.datetime(2025, 4, 5)))
    make.quote(article=march, speaker=speaker, event=event, text="ceasefire now")
    make.quote(article=april, speaker=speaker, kind="indirect", text="that talks would resume")

    def quotes(**params):
        url = reverse("articles:person_quotes_csv", args=[speaker.slug])
        return {row["quote"] for row in read_csv(client.get(url, params))}

    assert quotes(event=event.slug) == {"ceasefire now"}
    assert quotes(outlet=outlet.slug) == {"ceasefire now"}
    assert quotes(kind="indirect") == {"that talks would resume"}
    assert quotes(**{"from": "2025-04-01"}) == {"that talks would resume"}
    assert quotes(to="2025-03-31") == {"ceasefire now"}
    assert quotes(q="ceasefire") == {"ceasefire now"}
    assert quotes(**{"from": "2025-05-01", "to": "2025-01-01"}) == {  # backwards: ignored
        "ceasefire now",
        "that talks would resume",
    }


def test_person_quotes_json(client, make):
    speaker = make.person("Zoë Ångström")
    make.quote(speaker=speaker, text="Ça va", kind="partial")
    response = client.get(
        reverse("articles:person_quotes_json", args=[speaker.slug]), {"from": "nonsense"}
    )
    data = json.loads(response.content)
    assert response["Content-Type"] == "application/json"
    assert "Zoë" in response.content.decode("utf-8")  # real UTF-8, not \u escapes
    assert data["person"]["slug"] == speaker.slug and data["count"] == 1
    assert data["quotes"][0]["quote"] == "Ça va" and data["quotes"][0]["kind"] == "partial"
    assert data["warnings"]  # the bad date is reported, as on the person page


def test_event_timeline_csv_and_json(client, make):
    envoy = make.person("Rosa Lindqvist")
    event = make.event("Island talks", people=[envoy])
    article = make.article()
    make.statement(
        article=article, event=event, date=dt.date(2025, 3, 2), sentence="@first", people=[envoy]
    )
    make.statement(article=article, event=event, date=dt.date(2025, 3, 1), sentence="Second.")

    csv_response = client.get(reverse("articles:event_timeline_csv", args=[event.slug]))
    rows = read_csv(csv_response)
    assert csv_response["Content-Disposition"].startswith("attachment; filename=")
    assert csv_response.content.decode("utf-8-sig").splitlines()[0] == ",".join(STATEMENT_COLUMNS)
    assert [r["date"] for r in rows] == ["2025-03-01", "2025-03-02"]
    assert rows[1]["sentence"] == "'@first" and rows[1]["people"] == "Rosa Lindqvist"

    url = reverse("articles:event_timeline_json", args=[event.slug])
    data = json.loads(client.get(url, {"person": envoy.slug}).content)
    assert data["event"]["name"] == "Island talks" and data["count"] == 1
    assert data["statements"][0]["people"] == ["Rosa Lindqvist"]
    assert data["statements"][0]["sentence"] == "@first"  # JSON needs no defusing


@pytest.mark.parametrize(
    "name", ["person_quotes_csv", "person_quotes_json", "event_timeline_csv", "event_timeline_json"]
)
def test_unknown_slug_is_404(client, db, name):
    assert client.get(reverse(f"articles:{name}", args=["missing"])).status_code == 404
