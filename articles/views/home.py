"""(stub: being written)"""

from django.http import HttpResponse


def home(request):
    return HttpResponse("Newsroom")
