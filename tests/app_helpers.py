from __future__ import annotations

from tui.app import ParleyApp
from tui.components.record_list import RecordList


async def ready(pilot) -> None:
    """Wait for the load worker, then for the messages it posted."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def lst(app: ParleyApp, name: str) -> RecordList:
    return app.query_one(f"#{name}", RecordList)


def shown_quotes(app: ParleyApp):
    return [app.catalog.quotes[i] for i in lst(app, "quotes").items]
