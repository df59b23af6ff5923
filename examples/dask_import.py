"""Extract a corpus on Dask, then merge the result into a parley store with one writer.

Extraction is a pure function of one article, so any engine can schedule it; parley has no
scheduling code of its own. This recipe maps files to extraction lines with `dask.bag` (one
JSON line per article, the `parley extract --jsonl` format), writes one file per partition,
and merges them in order with `parley import --extracted`, which writes the store under its
lock exactly as a plain `parley import` of the same files in the same order would.

    pip install 'parley[cluster]'
    python examples/dask_import.py ARTICLES/*.txt --out extracted/ --store my-store.json
    python examples/dask_import.py ... --scheduler processes      # local processes (default)
    python examples/dask_import.py ... --scheduler tcp://host:8786 # a dask.distributed cluster

On a cluster the workers need parley installed and the files visible (a shared filesystem, or
change `extract_file` to read from object storage).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path


def extract_file(path: str) -> list[str]:
    """Every article of one file as an extraction line; a file that cannot be read (or an
    article that fails) as an error line, which `parley import --extracted` reports."""
    import orjson

    from store.budget import DEFAULT_BUDGET, extract_within
    from store.exchange import error_line, extraction_line
    from store.extract.article import contract
    from store.ingest.reader import ReadError, read_file
    try:
        raws = read_file(Path(path))
    except ReadError as exc:
        return [orjson.dumps(error_line(path, str(exc))).decode()]
    lines = []
    for raw in raws:
        status, value = extract_within(raw, DEFAULT_BUDGET)
        line = extraction_line(value, contract) if status == "ok" else error_line(path, value)
        lines.append(orjson.dumps(line).decode())
    return lines


def extract_to(files: list[str], out: Path, scheduler: str = "processes",
               partitions: int | None = None) -> list[Path]:
    """Run the extraction on Dask; one .jsonl file per partition, returned in input order."""
    import dask.bag as db
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.jsonl"):
        old.unlink()
    bag = db.from_sequence(files, npartitions=partitions or min(len(files), 64) or 1)
    lines = bag.map(extract_file).flatten()
    if scheduler.startswith("tcp://"):
        from dask.distributed import Client      # only for a real cluster
        with Client(scheduler):
            lines.to_textfiles(str(out / "*.jsonl"), name_function=lambda i: f"{i:06d}")
    else:
        lines.to_textfiles(str(out / "*.jsonl"), name_function=lambda i: f"{i:06d}", scheduler=scheduler)
    return sorted(out.glob("*.jsonl"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--out", type=Path, required=True, help="Folder for the extraction lines.")
    ap.add_argument("--store", help="Store to merge into (default: parley's default store).")
    ap.add_argument("--scheduler", default="processes",
                    help="processes, threads, synchronous, or tcp://HOST:PORT of a dask.distributed scheduler.")
    ap.add_argument("--partitions", type=int)
    args = ap.parse_args(argv)
    parts = extract_to(args.files, args.out, args.scheduler, args.partitions)
    cmd = [sys.executable, "-m", "tui.cli", "import", "-q", *sum((["--extracted", str(p)] for p in parts), [])]
    if args.store:
        cmd += ["--store", args.store]
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
