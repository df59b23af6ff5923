"""parley's terminal interface: the Textual app and the Typer CLI. Depends on `store`."""
