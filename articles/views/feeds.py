"""(stub: being written)"""

from django.contrib.syndication.views import Feed


class PersonQuotesFeed(Feed):
    title = link = description = "stub"

    def items(self):
        return []


EventStatementsFeed = PersonQuotesFeed
