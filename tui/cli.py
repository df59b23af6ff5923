"""The `parley` command.

Headless commands (extract, import, stats) import only `store`, typer and rich, never textual:
`parley extract --json` must start fast enough to be scripted over hundreds of files.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from typer.core import TyperGroup

from store.view.safe import block, json_inert, line

class _Commands(TyperGroup):
    """Every command reports a store it cannot use (damaged, misshapen, newer, read-only, full
    disk, lock held or unusable) as one line, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except Exception as exc:
            from store.db.database import StoreError   # here, not at start-up: only on failure
            if isinstance(exc, StoreError):
                _fail(str(exc))
                raise typer.Exit(1) from None
            raise


app = typer.Typer(cls=_Commands, add_completion=False, no_args_is_help=False, rich_markup_mode=None,
                  help="parley: explore who said what and who signed what, in diplomatic and defence news.")

StoreOpt = typer.Option(None, "--store", "-s", envvar="PARLEY_STORE",
                        help="Store file (default: the user data directory).")


_GLOBAL_STORE: Path | None = None     # `parley --store X COMMAND`, set by the callback


def _store_path(store: Optional[Path]) -> Path:
    """The store a command works on: its own --store, else the global one (`parley --store X
    stats`), else PARLEY_STORE, else the default. A command's option is also filled from
    PARLEY_STORE, so a value equal to the environment's gives way to the global option."""
    import os
    from store.db.paths import default_store
    if _GLOBAL_STORE is not None:
        env = os.environ.get("PARLEY_STORE")
        if store is None or (env and Path(env) == store):
            store = _GLOBAL_STORE
    return store.expanduser() if store else default_store()


def _fail(msg: str) -> None:
    # One line, plain text: article text and paths are never rendered as markup, and their
    # control characters are shown, not obeyed.
    sys.stderr.write(f"parley: {line(msg)}\n")


def _say(msg: str) -> None:
    """One line of output on stdout, sanitised like every line parley prints."""
    sys.stdout.write(f"{line(msg)}\n")


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version
        try:
            v = version("parley")
        except PackageNotFoundError:
            v = "unknown (not installed)"
        sys.stdout.write(f"parley {v}\n")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def main_callback(ctx: typer.Context, store: Optional[Path] = StoreOpt,
                  demo: bool = typer.Option(False, "--demo", help="Open the bundled demo store."),
                  version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                               help="Print the version and exit.")) -> None:
    """Open the app on the store (or on the demo store when there is none yet)."""
    global _GLOBAL_STORE
    _GLOBAL_STORE = store if ctx.get_parameter_source("store").name == "COMMANDLINE" else None
    if ctx.invoked_subcommand is not None:
        return     # a command reads the global --store through _store_path
    path = _store_path(store)
    is_demo = demo or not path.exists()
    if is_demo:
        from store.demo import ensure_demo
        try:
            path = ensure_demo()
        except Exception as exc:  # noqa: BLE001 - shown to the user as one line
            _fail(f"cannot build the demo store: {exc}")
            raise typer.Exit(1) from None
    from tui.app import ParleyApp   # textual is imported only here
    ParleyApp(path, demo=is_demo).run()


def _extract_outcomes(paths: list[str], budget: float | None):
    """(label, Extraction | None) per article of every input; read errors and skipped
    articles are reported as one line each (None)."""
    from store.budget import extract_within
    from store.ingest.reader import ReadError, read_file, read_stdin
    for path in paths:
        try:
            raws = read_stdin() if path == "-" else read_file(Path(path))
        except ReadError as exc:
            _fail(f"{path}: {exc}")
            yield path, None
            continue
        for raw in raws:
            status, value = extract_within(raw, budget)
            if status != "ok":
                _fail(f"{path}: {value}")
                yield path, None
            else:
                yield path, value


@app.command()
def extract(paths: list[str] = typer.Argument(..., help="Article files, or - for stdin."),
            json_out: bool = typer.Option(False, "--json", help="Print the JSON contract."),
            jsonl: bool = typer.Option(False, "--jsonl", help="Stream one extraction per line (the contract "
                                       "plus the full record, for `parley import --extracted`)."),
            budget: float = typer.Option(30.0, "--timeout", min=0,
                                         help="Seconds per article before it is skipped (0: no limit).")) -> None:
    """Extract participants, quotes and agreements from articles without storing them."""
    import orjson

    from store.extract.article import contract

    failed = False
    if jsonl:
        from store.exchange import extraction_line
        out = sys.stdout.buffer if hasattr(sys.stdout, "buffer") else None
        for _label, ex in _extract_outcomes(paths, budget or None):
            if ex is None:
                failed = True
                continue
            record = json_inert(orjson.dumps(extraction_line(ex, contract)).decode()).encode() + b"\n"
            if out is not None:
                out.write(record)
                out.flush()
            else:
                sys.stdout.write(record.decode())
        if failed:
            raise typer.Exit(1)
        return
    articles = []
    for _label, ex in _extract_outcomes(paths, budget or None):
        if ex is None:
            failed = True
        else:
            articles.append(contract(ex))
    if json_out:
        sys.stdout.write(json_inert(orjson.dumps({"articles": articles}, option=orjson.OPT_INDENT_2).decode()) + "\n")
    else:
        _print_extractions(articles)
    if failed:
        raise typer.Exit(1)


def _print_extractions(articles: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text
    con = Console()
    for art in articles:
        t = Table(title=Text(line(art["title"] or art["source"])), show_lines=False)
        t.add_column("speaker")
        t.add_column("kind")
        t.add_column("quote")
        for q in art["quotes"]:
            t.add_row(Text(line(q["speaker"] or "?")), q["kind"], Text(line(q["text"][:120])))
        con.print(t)
        for g in art["agreements"]:
            con.print(Text(line(f"agreement: {g['name']} — parties {', '.join(g['parties'])}; "
                           f"signed by {', '.join(g['signatories']) or '?'}; {g['date'] or 'date ?'}; "
                           f"{g['place'] or 'place ?'}")))


def _default_jobs() -> int:
    import os
    return os.cpu_count() or 1


@app.command("import")
def import_(paths: Optional[list[str]] = typer.Argument(None, help="Files, folders (recursive) or - for stdin."),
            store: Optional[Path] = StoreOpt,
            glob: str = typer.Option("*", "--glob", help="File pattern inside folders."),
            batch: Optional[int] = typer.Option(None, "--batch", min=1,
                                                help="Articles per store write (default: an eighth of the "
                                                "store, 200 to 5,000)."),
            quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or table."),
            json_out: bool = typer.Option(False, "--json", help="Print a machine-readable summary."),
            fetch: bool = typer.Option(False, "--fetch", help="Fetch the pages that feed entries link to."),
            allow_private: bool = typer.Option(False, "--allow-private",
                                               help="Follow redirects and feed links to private or local addresses."),
            jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1,
                                               help="Extraction processes (default: the machine's cores)."),
            budget: float = typer.Option(30.0, "--timeout", min=0,
                                         help="Seconds per article before it is skipped (0: no limit)."),
            extracted: Optional[list[str]] = typer.Option(None, "--extracted",
                                                          help="Merge `parley extract --jsonl` output "
                                                          "(a file, or - for stdin) without extracting again.")) -> None:
    """Import articles into the store (re-importing the same article changes nothing)."""
    from store.db.database import Store
    from store.importer import import_extracted, run_import

    if not paths and not extracted:
        _fail("nothing to import (give files, folders, - for stdin, or --extracted FILE.jsonl)")
        raise typer.Exit(2)
    path = _store_path(store)
    db = Store(path)
    progress = None
    task = None
    total = 0
    if paths:
        from store.ingest.reader import iter_paths
        total = len(iter_paths(paths, glob))
    if not quiet and not json_out and total >= 20 and sys.stderr.isatty():
        from rich.progress import Progress
        progress = Progress(transient=True)
        progress.start()
        task = progress.add_task("importing", total=total)

    def on_input(_label: str) -> None:
        if progress is not None:
            progress.advance(task)

    def on_failure(f) -> None:
        _fail(f"{f.source}: {f.reason}")

    def on_warning(source: str, msg: str) -> None:
        if not quiet:
            sys.stderr.write(f"parley: warning: {line(source)}: {line(msg)}\n")

    try:
        results = []
        if extracted:
            results.append(import_extracted(db, extracted, batch=batch, on_failure=on_failure))
        if paths:
            results.append(run_import(db, paths, glob=glob, batch=batch, on_input=on_input,
                                      on_failure=on_failure, on_warning=on_warning, fetch_links=fetch, allow_private=allow_private,
                                      jobs=jobs or _default_jobs(), budget=budget or None))
    finally:
        if progress is not None:
            progress.stop()
    result = results[0]
    for more in results[1:]:
        from store.importer import _add_report
        _add_report(result.report, more.report)
        result.failures += more.failures
        result.warnings += more.warnings
    _report_import(path, result, json_out, quiet)
    if result.failures:
        raise typer.Exit(1)


def _report_import(path: Path, result, json_out: bool, quiet: bool) -> None:
    rep = result.report
    if json_out:
        import orjson
        sys.stdout.write(json_inert(orjson.dumps({
            "store": str(path), "added": len(rep.added), "skipped": len(rep.skipped),
            "duplicates": len(rep.duplicates),
            "quotes": rep.quotes, "agreements": rep.agreements,
            "new_participants": rep.new_participants,
            "failed": [{"source": f.source, "reason": f.reason} for f in result.failures],
            "warnings": [{"source": src, "warning": w} for src, w in result.warnings],
        }).decode()) + "\n")
    elif not quiet:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text
        t = Table(title=Text(line(f"import into {path}")))
        t.add_column("what")
        t.add_column("count", justify="right")
        t.add_row("articles added", str(len(rep.added)))
        t.add_row("already stored", str(len(rep.skipped)))
        t.add_row("syndicated copies", str(len(rep.duplicates)))
        t.add_row("quotes", str(rep.quotes))
        t.add_row("agreements", str(rep.agreements))
        t.add_row("new participants", str(rep.new_participants))
        t.add_row("failed", str(len(result.failures)))
        con = Console()
        con.print(t)
        for f in result.failures:
            con.print(Text(line(f"  failed: {f.source}: {f.reason}")))
        for src, w in result.warnings:
            con.print(Text(line(f"  warning: {src}: {w}")))


@app.command()
def stats(store: Optional[Path] = StoreOpt) -> None:
    """Counts, store size and path."""
    from store.db.database import Store
    path = _store_path(store)
    if not path.exists():
        _fail(f"{path}: no store yet (run `parley import PATH`)")
        raise typer.Exit(1)
    from store.db.database import StoreError
    try:
        stats_ = Store(path).stats()
    except StoreError as exc:
        _fail(str(exc))
        raise typer.Exit(1) from None
    for k, v in stats_.items():
        _say(f"{k}: {v}")


@app.command()
def export(query: str = typer.Argument("", help="Filter: words, country:NAME, since:YYYY-MM-DD, until:YYYY-MM-DD."),
           participant: Optional[str] = typer.Option(None, "--participant", "-p",
                                                     help="Only this participant's quotes and agreements."),
           fmt: str = typer.Option("md", "--format", "-f", help="md (briefing note), csv or json."),
           output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
           store: Optional[Path] = StoreOpt) -> None:
    """Export quotes and agreements, with citations, as Markdown, CSV or JSON."""
    from store.db.database import Store
    from store.view.export import FORMATS, distinct_quotes, render, select
    from store.view.query import build_catalog
    path = _store_path(store)
    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
        raise typer.Exit(2)
    if not path.exists():
        _fail(f"{path}: no store yet (run `parley import PATH`)")
        raise typer.Exit(1)
    cat = build_catalog(Store(path).snapshot(), search=False)     # select() indexes words if it needs them
    try:
        quotes, agreements, context = select(cat, query, participant)
    except LookupError as exc:
        _fail(str(exc))
        raise typer.Exit(1) from None
    out = render(fmt, cat, quotes, agreements, context)
    if output is None:
        sys.stdout.write(json_inert(out) if fmt == "json" else block(out))
    else:
        target = output.expanduser().resolve()
        try:
            target.write_text(out, encoding="utf-8")
        except OSError as exc:
            _fail(f"{target}: cannot write ({exc.strerror or exc}); choose another --output")
            raise typer.Exit(1) from None
        sys.stderr.write(line(f"wrote {len(distinct_quotes(quotes))} quotes and {len(agreements)} agreements to {target}") + "\n")


def _correct(kind: str, target: str, value: Optional[str], store: Optional[Path]) -> None:
    from store.db.corrections import CorrectionError, add_correction
    from store.db.database import Store
    try:
        c = add_correction(Store(_store_path(store)), kind, target, value)
    except CorrectionError as exc:
        _fail(str(exc))
        raise typer.Exit(1) from None
    _say(f"{c['id']}  {kind} {c['target']}{' -> ' + value if value else ''}")


@app.command()
def merge(keep: str = typer.Argument(..., help="Participant to keep (name, alias or id)."),
          other: str = typer.Argument(..., help="Participant merged into it."),
          store: Optional[Path] = StoreOpt) -> None:
    """Merge two participants into one (survives re-import)."""
    _correct("merge", keep, other, store)


@app.command()
def rename(participant: str, name: str, store: Optional[Path] = StoreOpt) -> None:
    """Give a participant another canonical name (the old one becomes an alias)."""
    _correct("rename", participant, name, store)


@app.command()
def retitle(participant: str, title: str, store: Optional[Path] = StoreOpt) -> None:
    """Set a participant's title."""
    _correct("retitle", participant, title, store)


@app.command()
def reject(record_id: str = typer.Argument(..., help="Quote or agreement id (or a unique prefix)."),
           store: Optional[Path] = StoreOpt) -> None:
    """Reject a quote or an agreement: kept in the store, hidden everywhere."""
    _correct("reject", record_id, None, store)


@app.command()
def reassign(quote_id: str = typer.Argument(..., help="Quote id (or a unique prefix; Y copies it in the app)."),
             speaker: str = typer.Argument(..., help="Participant: id, full name, alias or surname."),
             new: bool = typer.Option(False, "--new", help="SPEAKER is a new person, not one in the store."),
             store: Optional[Path] = StoreOpt) -> None:
    """Give a quote another speaker (an existing participant unless --new)."""
    if not new:
        from store.db.database import Store
        from tui.resolve_name import NameError_, resolve_participant
        path = _store_path(store)
        if not path.exists():
            _fail(f"{path}: no store yet")
            raise typer.Exit(1)
        try:
            speaker = resolve_participant(Store(path).snapshot().participants, speaker)
        except NameError_ as exc:
            _fail(str(exc))
            raise typer.Exit(1) from None
    _correct("reassign", quote_id, speaker, store)


@app.command()
def accept(quote_id: str = typer.Argument(..., help="Quote id (or a unique prefix; Y copies it in the app)."),
           store: Path | None = StoreOpt) -> None:
    """Accept a quote's suggested speaker (shown as "? Name"): it becomes the speaker."""
    _correct("accept", quote_id, None, store)


@app.command()
def dismiss(quote_id: str = typer.Argument(..., help="Quote id (or a unique prefix; Y copies it in the app)."),
            store: Path | None = StoreOpt) -> None:
    """Dismiss a quote's suggested speaker: the quote stays, unattributed."""
    _correct("dismiss", quote_id, None, store)


@app.command()
def corrections(store: Optional[Path] = StoreOpt) -> None:
    """List the corrections, oldest first."""
    from store.db.corrections import list_corrections
    from store.db.database import Store
    path = _store_path(store)
    if not path.exists():
        _fail(f"{path}: no store yet")
        raise typer.Exit(1)
    for c in list_corrections(Store(path)):
        state = "undone" if c.get("undone") else "active"
        value = f" -> {c['value']}" if c.get("value") else ""
        _say(f"{c['id']}  {c['created'][:19]}  {state:6}  {c['kind']} {c['target']}{value}")


@app.command()
def undo(correction_id: str, store: Optional[Path] = StoreOpt) -> None:
    """Undo a correction."""
    from store.db.corrections import CorrectionError, undo_correction
    from store.db.database import Store
    try:
        c = undo_correction(Store(_store_path(store)), correction_id)
    except CorrectionError as exc:
        _fail(str(exc))
        raise typer.Exit(1) from None
    _say(f"undone {c['id']}  {c['kind']} {c['target']}")


@app.command()
def doctor(store: Optional[Path] = StoreOpt) -> None:
    """Check the store: ids, offsets inside article text, dangling references."""
    from store.db.database import Store
    from store.db.doctor import check
    path = _store_path(store)
    problems = check(Store(path))
    for p in problems:
        _fail(p)
    if problems:
        raise typer.Exit(1)
    _say(f"{path}: ok")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
