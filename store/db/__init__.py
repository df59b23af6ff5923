"""Stage 4, persistence: the TinyDB store, article bodies, corrections and `doctor`.
Stores what resolution decided; decides nothing about identity itself."""
