"""Event mentions. (First version: stub.)"""


def extract_events(paragraphs, people, dated_statements, published):
    return ()
