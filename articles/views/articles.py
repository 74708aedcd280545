"""(stub: being written)"""

from django.http import HttpResponse


def article_list(request):
    return HttpResponse("articles")


def article_detail(request, slug):
    return HttpResponse(slug)
