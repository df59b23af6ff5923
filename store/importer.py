"""`parley import`: read every input, extract, and store in batches; one bad file never
spoils the batch or the store."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from store.db.database import ImportReport, Store
from store.extract.article import extract
from store.ingest.reader import RawArticle, ReadError, iter_paths, read_file, read_stdin, read_url


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


def run_import(store: Store, paths: list[str], glob: str = "*", batch: int = 200,
               on_input: Callable[[str], None] | None = None,
               on_failure: Callable[[Failure], None] | None = None,
               on_warning: Callable[[str, str], None] | None = None,
               fetch_links: bool = False, allow_private: bool = False) -> ImportResult:
    result = ImportResult()
    warnings: list[str] = []
    readers, failures = read_inputs(paths, glob, fetch_links, warnings, allow_private)
    for f in failures:
        result.failures.append(f)
        if on_failure:
            on_failure(f)
    result.inputs = len(readers) + len(failures)
    pending: list = []

    def flush() -> None:
        if not pending:
            return
        rep = store.write_extractions(pending)
        r = result.report
        r.added += rep.added
        r.skipped += rep.skipped
        r.quotes += rep.quotes
        r.agreements += rep.agreements
        r.participants += rep.participants
        r.new_participants += rep.new_participants
        r.duplicates += rep.duplicates
        pending.clear()

    for label, reader in readers:
        try:
            del warnings[:]
            raws = reader()
            for w in warnings:
                result.warnings.append((label, w))
                if on_warning:
                    on_warning(label, w)
        except ReadError as exc:
            f = Failure(label, str(exc))
            result.failures.append(f)
            if on_failure:
                on_failure(f)
        except Exception as exc:  # noqa: BLE001 - an input a reader did not foresee fails alone
            f = Failure(label, f"cannot read ({type(exc).__name__}: {exc})")
            result.failures.append(f)
            if on_failure:
                on_failure(f)
        else:
            for raw in raws:
                try:
                    pending.append(extract(raw))
                except Exception as exc:  # a rule bug must not lose the rest of the batch
                    f = Failure(label, f"extraction failed ({type(exc).__name__}: {exc})")
                    result.failures.append(f)
                    if on_failure:
                        on_failure(f)
        if on_input:
            on_input(label)
        if len(pending) >= batch:
            flush()
    flush()
    return result
