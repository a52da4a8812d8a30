"""The `warta` command line: a thin edge over the library (`warta.api`)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from warta import api
from warta.document import Document
from warta.errors import ConfigError, DependencyError, WartaError
from warta.report import RunReport

app = typer.Typer(
    name="warta",
    help="Indonesian web news → a clean, deduplicated, structured, searchable knowledge base.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
out = Console()

DbOption = Annotated[Path, typer.Option("--db", help="SQLite knowledge base file.")]
StepsOption = Annotated[
    str | None,
    typer.Option(
        "--steps",
        help="Comma-separated stages, any subset of clean,dedup,extract,summarize,stories.",
    ),
]
KeepLangOption = Annotated[
    str | None,
    typer.Option("--keep-lang", help="Drop documents whose language is not in this list (id,ms)."),
]
WorkersOption = Annotated[int, typer.Option("--workers", "-j", help="Worker processes.", min=1)]
ExecutorOption = Annotated[str, typer.Option("--executor", help="local or ray.")]
RayAddressOption = Annotated[
    str | None,
    typer.Option(
        "--ray-address",
        envvar="RAY_ADDRESS",
        help="Ray cluster to join (default: start a local Ray instance).",
    ),
]


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except (ConfigError, DependencyError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    except WartaError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc


@contextmanager
def _progress(label: str) -> Iterator[Callable[[Document], None]]:
    if not err.is_terminal:
        yield lambda doc: None
        return
    columns = (SpinnerColumn(), TextColumn(label), BarColumn(), TextColumn("{task.completed} docs"))
    with Progress(*columns, TimeElapsedColumn(), console=err, transient=True) as progress:
        task = progress.add_task(label, total=None)
        yield lambda doc: progress.advance(task)


def _options(steps: str | None, keep_lang: str | None, **extra: Any) -> api.PipelineOptions:
    return api.make_options(steps=steps, keep_lang=keep_lang, **extra)


@app.command()
def analyze(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or - for stdin.")],
    out_path: Annotated[
        str | None, typer.Option("--out", "-o", help="Output file (default: stdout).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl or parquet.")] = "jsonl",
    steps: StepsOption = None,
    keep_lang: KeepLangOption = None,
    drop_duplicates: Annotated[
        bool, typer.Option("--drop-duplicates", help="Drop copies instead of marking them.")
    ] = False,
    workers: WorkersOption = 1,
    executor: ExecutorOption = "local",
    ray_address: RayAddressOption = None,
) -> None:
    """Process INPUTS and write one output record per input document (JSONL on stdout)."""
    with _errors():
        options = _options(steps, keep_lang, drop_duplicates=drop_duplicates)
        with _progress("analyzing") as tick:
            report = api.analyze(
                inputs,
                options=options,
                out=out_path,
                fmt=fmt,
                executor=api.make_executor(executor, workers=workers, address=ray_address),
                on_doc=tick,
            )
        _print_summary_line(report)


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or - for stdin.")],
    db: DbOption = Path("warta.db"),
    executor: ExecutorOption = "local",
    workers: WorkersOption = 1,
    ray_address: RayAddressOption = None,
    steps: StepsOption = None,
    keep_lang: KeepLangOption = None,
    fresh: Annotated[
        bool, typer.Option("--fresh", help="Ignore finished shards of an earlier run.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Process INPUTS into the knowledge base and print the run report."""
    with _errors():
        options = _options(steps, keep_lang)
        with _progress("processing") as tick:
            report = api.run(
                inputs,
                db=db,
                options=options,
                executor=api.make_executor(executor, workers=workers, address=ray_address),
                fresh=fresh,
                on_doc=tick,
            )
        if as_json:
            out.print_json(json.dumps(report.to_dict()))
        else:
            print_report(report, out)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to look for in titles and text.")],
    db: DbOption = Path("warta.db"),
    limit: Annotated[int, typer.Option("--limit", "-n", help="Most hits to show.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print hits as JSON lines.")] = False,
) -> None:
    """Full-text search over the knowledge base."""
    with _errors():
        hits = api.search(db, query, limit=limit)
        if as_json:
            for hit in hits:
                sys.stdout.write(json.dumps(hit, ensure_ascii=False) + "\n")
            return
        if not hits:
            out.print(f"no documents match {query!r}")
            return
        for hit in hits:
            out.print(f"[bold]{hit['title'] or hit['id']}[/bold]  [dim]{hit['id']}[/dim]")
            out.print(f"  {hit['snippet']}", highlight=False)


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id.")],
    db: DbOption = Path("warta.db"),
) -> None:
    """Show one stored document record as JSON."""
    with _errors():
        record = api.show(db, doc_id)
        if record is None:
            err.print(f"[red]error:[/red] no document {doc_id!r} in {db}")
            raise typer.Exit(1)
        record.pop("raw", None)
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")


@app.command()
def export(
    db: DbOption = Path("warta.db"),
    fmt: Annotated[str, typer.Option("--format", help="jsonl or parquet.")] = "jsonl",
    out_path: Annotated[
        str | None, typer.Option("--out", "-o", help="Output file (default: stdout for jsonl).")
    ] = None,
    status: Annotated[
        str | None, typer.Option("--status", help="Only kept, dropped or error records.")
    ] = None,
) -> None:
    """Export the knowledge base's records."""
    with _errors():
        count = api.export(db, out=out_path, fmt=fmt, status=status)
        err.print(f"exported {count} records")


@app.command()
def serve(
    db: DbOption = Path("warta.db"),
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
) -> None:
    """Serve the HTTP API and the web UI over the knowledge base."""
    with _errors():
        from warta.web.app import serve as serve_app

        err.print(f"warta UI on http://{host}:{port}/  (API under /api, docs at /docs)")
        serve_app(db, host=host, port=port)


@app.command()
def stats(db: DbOption = Path("warta.db")) -> None:
    """Counts of stored documents by status and removed spans by reason, and recent runs."""
    with _errors():
        sys.stdout.write(json.dumps(api.stats(db), ensure_ascii=False, indent=2) + "\n")


@app.command()
def entities(
    db: DbOption = Path("warta.db"),
    type_: Annotated[
        str | None, typer.Option("--type", help="Only PER, ORG or LOC entities.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Most entities to list.")] = 50,
) -> None:
    """Canonical entities across the knowledge base, by number of mentions."""
    with _errors():
        rows = api.entities(db, type=type_.upper() if type_ else None, limit=limit)
        table = Table(title="entities")
        for column in ("name", "type", "mentions", "documents"):
            table.add_column(
                column, justify="right" if column in ("mentions", "documents") else "left"
            )
        for row in rows:
            table.add_row(row["name"], row["type"], str(row["mentions"]), str(row["documents"]))
        out.print(table)


@app.command()
def entity(
    name: Annotated[str, typer.Argument(help="Entity name, alias or spelling variant.")],
    db: DbOption = Path("warta.db"),
) -> None:
    """One entity with its aliases, documents and mentions (JSON)."""
    with _errors():
        found = api.entity(db, name)
        if found is None:
            err.print(f"[red]error:[/red] no entity {name!r} in {db}")
            raise typer.Exit(1)
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=2) + "\n")


@app.command()
def quotes(
    db: DbOption = Path("warta.db"),
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="Only quotes by this speaker (any name form).")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Most quotes to show.")] = 100,
    list_speakers: Annotated[
        bool, typer.Option("--speakers", help="List speakers by number of quotes instead.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """Who said what: stored quotes with speaker and role."""
    with _errors():
        if list_speakers:
            for row in api.speakers(db, limit=limit):
                out.print(f"{row['quotes']:>5}  {row['speaker']}", highlight=False)
            return
        rows = api.quotes(db, speaker=speaker, limit=limit)
        if as_json:
            for row in rows:
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            return
        for row in rows:
            who = row["speaker"] or "(tidak diketahui)"
            role = f", {row['role']}" if row["role"] else ""
            out.print(f"[bold]{who}[/bold]{role} [dim]({row['kind']}, {row['doc_id']})[/dim]")
            out.print(f"  “{row['text']}”", highlight=False)


@app.command()
def dups(
    db: DbOption = Path("warta.db"),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """Syndication groups: each story's canonical copy with its copies."""
    with _errors():
        found = api.groups(db)
        if as_json:
            for group in found:
                sys.stdout.write(json.dumps(group, ensure_ascii=False) + "\n")
            return
        if not found:
            out.print("no duplicate groups")
        for group in found:
            out.print(
                f"[bold]{group['title'] or group['canonical']}[/bold] [dim]{group['id']}[/dim]"
            )
            out.print(f"  canonical  {group['canonical']}", highlight=False)
            for copy in group["duplicates"]:
                out.print(f"  copy       {copy}", highlight=False)


@app.command()
def stories(
    db: DbOption = Path("warta.db"),
    min_size: Annotated[
        int, typer.Option("--min-size", help="Only stories with at least this many articles.")
    ] = 2,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """Developing stories: articles about one event, with a label and time span."""
    with _errors():
        found = api.stories(db, min_size=min_size)
        if as_json:
            for story in found:
                sys.stdout.write(json.dumps(story, ensure_ascii=False) + "\n")
            return
        if not found:
            out.print(f"no stories with at least {min_size} articles")
        for story in found:
            span = f"{story['start'] or '?'} – {story['end'] or '?'}"
            out.print(f"[bold]{story['label']}[/bold] [dim]{story['id']} · {span}[/dim]")
            for member in story["members"]:
                out.print(f"  {member}", highlight=False)


def _print_summary_line(report: RunReport) -> None:
    err.print(
        f"{report.docs_in} documents: {report.kept} kept, {report.n_dropped} dropped, "
        f"{report.n_errored} errored in {report.seconds:.2f}s"
    )


def print_report(report: RunReport, console: Console) -> None:
    """The human run report: counts by outcome and reason, removals, speed."""
    table = Table(title="warta run report", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents in", str(report.docs_in))
    table.add_row("kept", str(report.kept))
    table.add_row("dropped", str(report.n_dropped))
    for reason, count in sorted(report.dropped.items()):
        table.add_row(f"  dropped: {reason}", str(count))
    table.add_row("errored", str(report.n_errored))
    for reason, count in sorted(report.errored.items()):
        table.add_row(f"  errored: {reason}", str(count))
    for reason, count in sorted(report.removed.items()):
        table.add_row(f"spans removed: {reason}", str(count))
    if report.duplicates:
        table.add_row("copies of another document", str(report.duplicates))
    for key, count in sorted(report.annotations.items()):
        table.add_row(f"{key} found", str(count))
    if report.regrouped:
        table.add_row("stored records regrouped", str(report.regrouped))
    if report.entities_joined:
        table.add_row("entities joined across documents", str(report.entities_joined))
    if report.shards:
        table.add_row("shards (skipped as done)", f"{report.shards} ({report.shards_skipped})")
    table.add_row("time", f"{report.seconds:.2f}s")
    table.add_row("docs/s", f"{report.docs_per_second:.1f}")
    console.print(table)
    for line in report.errors[:10]:
        console.print(f"[yellow]error[/yellow] {line}", highlight=False)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
