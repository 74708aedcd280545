"""(stub: being written)"""

from django.http import HttpResponse


def person_quotes_csv(request, slug):
    return HttpResponse(slug)


person_quotes_json = event_timeline_csv = event_timeline_json = person_quotes_csv
