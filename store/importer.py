"""`parley import`: read every input, extract, and store in batches; one bad file never
spoils the batch or the store.

Extraction is a pure function of one article, so `jobs` > 1 runs it in a process pool while
this process reads the inputs and writes the store (one writer, under the store's lock), in
input order, so that the store is the same whatever the number of jobs. Every article has a
time budget: an article whose extraction takes longer is skipped with one line and the rest
of the batch imports.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from store.budget import DEFAULT_BUDGET, extract_within, timeout_reason
from store.db.database import ImportReport, Store
from store.ingest.reader import RawArticle, ReadError, iter_paths, read_file, read_stdin, read_url

_GRACE = 10.0              # a worker that ignores its own alarm this long is killed
POOL_AFTER = 0.5           # seconds of extraction in this process before a pool pays for itself


@dataclass(slots=True)
class Failure:
    source: str
    reason: str


@dataclass(slots=True)
class ImportResult:
    report: ImportReport = field(default_factory=ImportReport)
    failures: list[Failure] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    inputs: int = 0


def read_inputs(paths: list[str], glob: str = "*", fetch_links: bool = False,
                warnings: list | None = None, allow_private: bool = False,
                ) -> tuple[list[tuple[str, Callable[[], list[RawArticle]]]], list[Failure]]:
    """Lazy readers, one per input, and the inputs that cannot even be listed."""
    readers, failures = [], []
    for label, path, err in iter_paths(paths, glob):
        if err:
            failures.append(Failure(label, err))
        elif path is None and label == "-":
            readers.append((label, lambda: read_stdin(fetch_links, warnings, allow_private)))
        elif path is None:
            readers.append((label, lambda u=label: read_url(u, fetch_links, warnings, allow_private)))
        else:
            readers.append((label, lambda p=path: read_file(p, fetch_links, warnings, allow_private)))
    return readers, failures


# -- extraction with a time budget ------------------------------------------------------

def _worker_init(parent: int) -> None:
    """Pool workers leave when the importing process dies (e.g. SIGKILL), rather than lingering."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)      # Ctrl-C is the parent's to handle

    ppid = os.getppid()        # the fork server, which exits with the importing process

    def watch() -> None:
        while True:
            time.sleep(1.0)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(0)
            if os.getppid() != ppid:   # re-parented: whoever started this pool is gone
                os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _worker_extract(args):
    raw, budget = args
    return extract_within(raw, budget)


class _Pool:
    """A multiprocessing pool that can be replaced when a worker hangs past its budget."""

    def __init__(self, jobs: int):
        import multiprocessing as mp
        methods = mp.get_all_start_methods()
        # forkserver: workers forked from a clean process that has imported the extractor once
        # (fork from a process running a progress thread is unsafe, spawn imports it per worker)
        self.ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
        if "forkserver" in methods:
            self.ctx.set_forkserver_preload(["store.importer", "store.extract.article"])
        self.jobs = jobs
        self.pool = None

    def start(self) -> None:
        if self.pool is None:
            self.pool = self.ctx.Pool(self.jobs, initializer=_worker_init, initargs=(os.getpid(),))

    def submit(self, raw: RawArticle, budget: float | None):
        self.start()
        return self.pool.apply_async(_worker_extract, ((raw, budget),))

    def kill(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()
            self.pool = None


def extract_all(items: Iterable[tuple[str, RawArticle]], jobs: int = 1,
                budget: float | None = DEFAULT_BUDGET,
                pool_after: float = POOL_AFTER) -> Iterator[tuple[str, tuple]]:
    """(label, outcome) for each (label, article), in input order.

    With jobs > 1 the first articles are extracted here until they have taken `pool_after`
    seconds: adding one article to a store never pays for starting a pool (~0.5 s)."""
    it = iter(items)
    spent = 0.0
    for label, raw in it:
        if jobs > 1 and spent >= pool_after:
            break
        t0 = time.monotonic()
        yield label, extract_within(raw, budget)
        spent += time.monotonic() - t0
    else:
        return
    pool = _Pool(jobs)
    try:
        pool.start()
    except (OSError, ImportError, ValueError):   # no process support here: carry on in-process
        yield label, extract_within(raw, budget)
        for label, raw in it:
            yield label, extract_within(raw, budget)
        return
    yield from _pooled(pool, [(label, raw)], it, budget)


def _pooled(pool: _Pool, first: list, it: Iterator, budget: float | None) -> Iterator[tuple[str, tuple]]:
    window: deque = deque((lb, rw, pool.submit(rw, budget)) for lb, rw in first)   # oldest first
    depth = pool.jobs * 64           # keeps the workers busy while this process writes a batch
    hard = budget + _GRACE if budget else None
    exhausted = False
    try:
        while True:
            while not exhausted and len(window) < depth:
                try:
                    label, raw = next(it)
                except StopIteration:
                    exhausted = True
                    break
                window.append((label, raw, pool.submit(raw, budget)))
            if not window:
                return
            label, raw, res = window.popleft()
            try:
                # the oldest task is running (or next) once all before it are done
                outcome = res.get(hard)
            except Exception as exc:  # noqa: BLE001 - a hung or dead worker
                import multiprocessing as mp
                if not isinstance(exc, mp.TimeoutError):
                    outcome = ("error", f"extraction failed ({type(exc).__name__}: {exc})")
                else:
                    outcome = ("timeout", timeout_reason(budget))
                    pool.kill()      # the hung worker goes with its pool; the rest is resubmitted
                    pool.start()
                    window = deque((lb, rw, pool.submit(rw, budget)) for lb, rw, _ in window)
            yield label, outcome
    finally:
        if window:
            pool.kill()
        else:
            pool.close()


# -- the import -------------------------------------------------------------------------

def _add_report(total: ImportReport, rep: ImportReport) -> None:
    total.added += rep.added
    total.skipped += rep.skipped
    total.quotes += rep.quotes
    total.agreements += rep.agreements
    total.participants += rep.participants
    total.new_participants += rep.new_participants
    total.duplicates += rep.duplicates


MIN_BATCH, MAX_BATCH = 200, 5000


def _stored_articles(store: Store) -> int:
    """Articles in the store, from the counts at the head of its file (0 if unknown)."""
    from store.db.storage import read_meta
    meta = read_meta(store.path) or {}
    first = next(iter(meta.values()), None)
    counts = first.get("counts") if isinstance(first, dict) else None
    n = counts.get("articles") if isinstance(counts, dict) else 0
    return n if isinstance(n, int) else 0


def _auto_batch(stored: int) -> int:
    """Each write rewrites the whole store, so batches grow with it (an eighth of the store,
    200 to 5,000 articles): the writes of a 10k import cost O(n log n), not O(n^2), and at
    most one batch of extraction is redone after a crash."""
    return max(MIN_BATCH, min(MAX_BATCH, stored // 8))


class _Run:
    """The state of one import: the result so far, the callbacks, the pending batch."""

    def __init__(self, store: Store, batch: int | None, on_input, on_failure, on_warning):
        self.store = store
        self.fixed = batch is not None
        self.stored = 0 if self.fixed else _stored_articles(store)
        self.batch = batch if batch is not None else _auto_batch(self.stored)
        self.on_input, self.on_failure, self.on_warning = on_input, on_failure, on_warning
        self.result = ImportResult()
        self.pending: list = []

    def fail(self, source: str, reason: str) -> None:
        f = Failure(source, reason)
        self.result.failures.append(f)
        if self.on_failure:
            self.on_failure(f)

    def warn(self, source: str, msg: str) -> None:
        self.result.warnings.append((source, msg))
        if self.on_warning:
            self.on_warning(source, msg)

    def done_input(self, label: str) -> None:
        if self.on_input:
            self.on_input(label)

    def add(self, ex) -> None:
        self.pending.append(ex)
        if len(self.pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            rep = self.store.write_extractions(self.pending)
            _add_report(self.result.report, rep)
            self.pending.clear()
            if not self.fixed:
                self.stored += len(rep.added)
                self.batch = _auto_batch(self.stored)


_LAST = object()   # marks the end of one input's articles, for the progress callback


def _articles(run: _Run, readers) -> Iterator[tuple[str, RawArticle | object]]:
    """Every article of every input, then a marker per input; read errors are reported here."""
    warnings_sink: list[str] = readers[1]
    for label, reader in readers[0]:
        del warnings_sink[:]
        try:
            raws = reader()
        except ReadError as exc:
            run.fail(label, str(exc))
            raws = []
        except Exception as exc:  # noqa: BLE001 - an input a reader did not foresee fails alone
            run.fail(label, f"cannot read ({type(exc).__name__}: {exc})")
            raws = []
        for w in warnings_sink:
            run.warn(label, w)
        for raw in raws:
            yield label, raw
        yield label, _LAST


def run_import(store: Store, paths: list[str], glob: str = "*", batch: int | None = None,
               on_input: Callable[[str], None] | None = None,
               on_failure: Callable[[Failure], None] | None = None,
               on_warning: Callable[[str, str], None] | None = None,
               fetch_links: bool = False, allow_private: bool = False, jobs: int = 1,
               budget: float | None = DEFAULT_BUDGET, pool_after: float = POOL_AFTER) -> ImportResult:
    run = _Run(store, batch, on_input, on_failure, on_warning)
    warnings: list[str] = []
    readers, failures = read_inputs(paths, glob, fetch_links, warnings, allow_private)
    for f in failures:
        run.fail(f.source, f.reason)
    run.result.inputs = len(readers) + len(failures)
    articles = _articles(run, (readers, warnings))
    # the input markers pass the pool by: they are split off and put back in order
    markers: deque = deque()

    def only_articles():
        for label, item in articles:
            if item is _LAST:
                markers.append((label, pending_count[0]))
            else:
                pending_count[0] += 1
                yield label, item

    pending_count = [0]
    for seen, (label, outcome) in enumerate(extract_all(only_articles(), jobs, budget, pool_after)):
        while markers and markers[0][1] <= seen:       # every article of that input is done
            run.done_input(markers.popleft()[0])
        status, value = outcome
        if status == "ok":
            run.add(value)
        else:
            run.fail(label, value)
    for label, _n in markers:
        run.done_input(label)
    run.flush()
    return run.result


def _lines(src: str) -> Iterator[bytes]:
    import sys
    if src == "-":
        yield from sys.stdin.buffer
        return
    with open(src, "rb") as fh:
        yield from fh


def import_extracted(store: Store, sources: list[str], batch: int | None = None,
                     on_failure: Callable[[Failure], None] | None = None) -> ImportResult:
    """Merge `parley extract --jsonl` output into the store without extracting again."""
    import orjson

    from store.exchange import ExtractedError, ExtractedLineError, extraction_from_line
    run = _Run(store, batch, None, on_failure, None)
    run.result.inputs = len(sources)
    for src in sources:
        try:
            for n, line in enumerate(_lines(src), 1):
                if not line.strip():
                    continue
                try:
                    run.add(extraction_from_line(orjson.loads(line)))
                except ExtractedError as exc:
                    run.fail(exc.source, exc.reason)
                except (orjson.JSONDecodeError, ExtractedLineError) as exc:
                    run.fail(f"{src}:{n}", f"not an extraction line ({exc})")
        except OSError as exc:
            run.fail(src, f"cannot read ({exc.strerror or exc})")
    run.flush()
    return run.result


def import_raws(store: Store, raws: Iterable[RawArticle]) -> ImportReport:
    """Articles already read (tests, the demo, scripts): extract each, then resolve and write
    them as one batch. The same path as `run_import`, without reading or a pool."""
    from store.extract.article import extract
    extractions, seen = [], set()
    for raw in raws:
        ex = extract(raw)
        if ex.article.id not in seen:
            seen.add(ex.article.id)
            extractions.append(ex)
    return store.write_extractions(extractions)
