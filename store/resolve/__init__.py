"""Stage 3, resolve: the records extracted from a batch plus the records already stored become
merged records (participant identity, syndicated copies, agreement identity). Pure: no file I/O
besides the syndication sketches the database hands in."""
