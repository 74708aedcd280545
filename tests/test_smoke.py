def test_factory_builds_a_quote(make):
    quote = make.quote(speaker=make.person("Ada Lovelace"))
    assert quote.speaker.name == "Ada Lovelace"
    assert quote.article.quotes.count() == 1
