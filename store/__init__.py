"""parley's headless core: records, extraction, resolution and TinyDB persistence.

Never imports textual (a test proves it): everything here runs in scripts, the CLI's headless
commands and the app's worker threads alike.
"""
