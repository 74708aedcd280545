"""Dated statements, relative dates resolved against publication. (First version: stub.)"""


def extract_dated_statements(paragraphs, published):
    return ()
