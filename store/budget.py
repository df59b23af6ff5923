"""A time budget per article: a pathological article (a backtracking pattern, a quadratic
scan) is skipped with one line instead of blocking a whole import or extract run."""
from __future__ import annotations

import signal
import threading
import time

from store.ingest.reader import RawArticle

DEFAULT_BUDGET = 30.0      # seconds per article; ordinary articles take milliseconds


class ExtractionTimeout(Exception):
    pass


def _on_alarm(_signum, _frame):
    raise ExtractionTimeout


def timeout_reason(budget: float) -> str:
    return f"skipped: extraction took longer than {budget:g}s"


def extract_within(raw: RawArticle, budget: float | None):
    """("ok", Extraction) | ("timeout", reason) | ("error", reason). The budget is a SIGALRM
    timer (the regex engine checks signals, so a backtracking pattern is interrupted too); it
    is only available on the main thread, elsewhere the article runs without one."""
    from store.extract.article import extract
    timed = bool(budget) and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    old = signal.signal(signal.SIGALRM, _on_alarm) if timed else None
    t0 = time.monotonic()
    try:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, budget)
        ex = extract(raw)
        # the alarm's exception can be swallowed where Python ignores exceptions (a finalizer
        # the garbage collector runs): an article that took longer than its budget is still
        # reported as such, not stored
        if budget and time.monotonic() - t0 > budget:
            return ("timeout", timeout_reason(budget))
        return ("ok", ex)
    except ExtractionTimeout:
        return ("timeout", timeout_reason(budget))
    except Exception as exc:  # a rule bug must not lose the rest of the batch
        return ("error", f"extraction failed ({type(exc).__name__}: {exc})")
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
