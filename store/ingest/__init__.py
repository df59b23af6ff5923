"""Stage 1, ingest: bytes from files, folders, stdin, URLs and feeds become `RawArticle`s.

Decoding and normalising (the text every offset indexes), format detection and parsing
(text, HTML, RSS/Atom, JSON), bounded fetching. Knows nothing of extraction or the store.
"""
