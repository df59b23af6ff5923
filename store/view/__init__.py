"""Stage 5, view: read-only catalog, the one filter, timeline and exports, for the app and CLI."""
