"""(stub: being written)"""

from django.http import HttpResponse


def event_list(request):
    return HttpResponse("events")


def event_detail(request, slug):
    return HttpResponse(slug)
