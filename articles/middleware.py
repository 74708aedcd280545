"""Responses differ for htmx requests (fragment vs full page), so caches must key on it."""

from django.utils.cache import patch_vary_headers


class HtmxVaryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        patch_vary_headers(response, ("HX-Request", "HX-Target"))
        return response
