"""Stage 3, resolve: the records extracted from a batch plus the records already stored become
merged records. Pure: no file I/O besides the syndication sketches the database hands in.

- batch.py         the entry point: `resolve_batch(extractions, stored, sketches, now)` returns
                   the merged participants, agreements and new quotes, and why each merge happened
- participants.py  one identity per person, organisation and country (indexed, linear)
- agreements.py    one record per agreement, joined on a proper name or on parties+date+kind
- names.py         the guard that keeps places, outlets and common nouns from becoming people
- syndication.py   near-duplicate articles (MinHash)
"""
