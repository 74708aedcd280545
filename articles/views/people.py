"""(stub: being written)"""

from django.http import HttpResponse


def person_list(request):
    return HttpResponse("people")


def person_detail(request, slug):
    return HttpResponse(slug)
