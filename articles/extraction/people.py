"""People named in an article. (First version: stub.)"""


def extract_people(paragraphs):
    return ()
