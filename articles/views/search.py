"""(stub: being written)"""

from django.http import HttpResponse


def search(request):
    return HttpResponse("search")
