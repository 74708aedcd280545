"""(stub: being written)"""

from django.http import HttpResponse


def timeline(request):
    return HttpResponse("timeline")
