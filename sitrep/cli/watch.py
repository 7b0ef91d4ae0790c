"""``sitrep watch`` and ``sitrep sources``: thin shells over :mod:`sitrep.watch`."""
from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from pathlib import Path
from typing import Any, Callable, Optional

import typer

from sitrep.cli.common import DB_HELP

sources_app = typer.Typer(add_completion=False, no_args_is_help=True,
                          help="The source registry watched by `sitrep watch`.")


def _open(db: Optional[str]):
    from sitrep.store import open_store

    return open_store(db)


def _fail(msg: str, code: int = 2) -> None:
    typer.echo(f"sitrep: {msg}", err=True)
    raise typer.Exit(code)


def after_pass_hook(store) -> Optional[Callable[[Any], Any]]:
    """What runs at the end of every pass, given the pass summary: the alerts (issue 15),
    one stderr line when anything was queued, sent or failed."""
    from sitrep.cli.alerts import after_ingest

    return lambda _summary: after_ingest(store)


# ----------------------------------------------------------------------------- sources
@sources_app.command("list")
def sources_list(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
                 fmt: str = typer.Option("table", "--format", help="table, json or toml")) -> None:
    """Registered sources with their health."""
    from sitrep.watch.registry import dump_toml, source_health

    if fmt not in ("table", "json", "toml"):
        raise typer.BadParameter("--format must be table, json or toml")
    store = _open(db)
    try:
        health = source_health(store)
    finally:
        store.close()
    if fmt == "json":
        typer.echo(json.dumps([h.to_dict() for h in health], indent=2, ensure_ascii=False))
        return
    if fmt == "toml":
        typer.echo(dump_toml(h.source for h in health))
        return
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"{len(health)} sources")
    for col in ("name", "kind", "interval", "status", "docs", "last fetch", "last error", "url"):
        t.add_column(col, overflow="fold")
    for h in health:
        s = h.source
        t.add_row(s.name, s.kind, f"{s.interval}s", h.status + (f" ({h.failures})" if h.failures else ""),
                  str(h.documents), h.last_fetch_at or "", (h.last_error or "")[:80], s.url)
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)
    console.print(t)


@sources_app.command("add")
def sources_add(
    name: str = typer.Argument(..., help="A short unique name (letters, digits, . _ -)."),
    url: str = typer.Argument(..., help="Feed, listing page or sitemap URL; a folder or export file path."),
    kind: str = typer.Option("feed", "--kind", help="feed (rss/atom), html, sitemap, dir, telegram-export"),
    interval: str = typer.Option("15m", "--interval", help="How often it is due: seconds, or 90s, 15m, 2h, 1d."),
    language: Optional[str] = typer.Option(None, "--language"),
    outlet: Optional[str] = typer.Option(None, "--outlet"),
    trust: Optional[float] = typer.Option(None, "--trust", help="0..1"),
    link_css: Optional[str] = typer.Option(None, "--link-css", help="html: CSS selector of the article links."),
    link_pattern: Optional[str] = typer.Option(None, "--link-pattern", help="html/sitemap: article URLs match this regex."),
    exclude_pattern: Optional[str] = typer.Option(None, "--exclude-pattern", help="... and not this one."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Add a source to the registry (or update the one of that name)."""
    from sitrep.watch.registry import SourceError, make_source, upsert_sources

    data = {"name": name, "url": url, "kind": kind, "interval": interval, "language": language,
            "outlet": outlet, "trust": trust, "link_css": link_css, "link_pattern": link_pattern,
            "exclude_pattern": exclude_pattern}
    try:
        src = make_source({k: v for k, v in data.items() if v is not None}, base_dir=Path.cwd())
    except SourceError as e:
        _fail(str(e))
    store = _open(db)
    try:
        added, updated = upsert_sources(store, [src])
    finally:
        store.close()
    typer.echo(f"{'added' if added else 'updated' if updated else 'unchanged'}: {src.name} ({src.kind}) {src.url}")


@sources_app.command("remove")
def sources_remove(name: str = typer.Argument(...),
                   forget_items: bool = typer.Option(False, "--forget-items",
                                                     help="Also forget the items seen (re-adding it fetches them again)."),
                   db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Remove a source (its documents and events stay)."""
    from sitrep.watch.registry import remove_source

    store = _open(db)
    try:
        ok = remove_source(store, name, forget_items=forget_items)
    finally:
        store.close()
    if not ok:
        _fail(f"no source named {name!r}", 1)
    typer.echo(f"removed: {name}")


@sources_app.command("import")
def sources_import(file: Path = typer.Argument(..., help="A sources.toml of [[source]] tables."),
                   db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Add or update every source of a TOML file (sources not in the file stay)."""
    from sitrep.watch.registry import SourceError, load_sources, upsert_sources

    try:
        sources, _policy = load_sources(file)
    except SourceError as e:
        _fail(str(e))
    store = _open(db)
    try:
        added, updated = upsert_sources(store, sources)
    finally:
        store.close()
    typer.echo(f"{len(sources)} sources in {file}: {added} added, {updated} updated, "
               f"{len(sources) - added - updated} unchanged")


@sources_app.command("revive")
def sources_revive(name: str = typer.Argument(...),
                   db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Clear a dead source's mark: it is tried at the next pass."""
    from sitrep.watch.registry import revive_source

    store = _open(db)
    try:
        ok = revive_source(store, name)
    finally:
        store.close()
    if not ok:
        _fail(f"no source named {name!r}", 1)
    typer.echo(f"revived: {name}")


@sources_app.command("log")
def sources_log(name: Optional[str] = typer.Argument(None, help="Only this source."),
                limit: int = typer.Option(50, "--limit", min=1, max=10000),
                db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """The fetch log, newest first, as JSON lines."""
    from sitrep.watch.state import WatchState

    store = _open(db)
    try:
        rows = WatchState(store).fetch_log(name, limit)
    finally:
        store.close()
    for r in rows:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


# ----------------------------------------------------------------------------- watch
def watch_cmd(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    sources: Optional[Path] = typer.Option(None, "--sources", help="A sources.toml: its sources are "
                                           "imported and watched (re-read every pass). Default: every "
                                           "enabled source of the database."),
    once: bool = typer.Option(False, "--once", help="One pass, then exit (for cron)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON summary object per pass on stdout."),
    force: bool = typer.Option(False, "--force", help="Fetch every source now, due or not (dead ones excepted)."),
) -> None:
    """Keep the database current from the source registry (stops cleanly on SIGINT/SIGTERM)."""
    from sitrep.app.settings import Settings, SettingsError
    from sitrep.watch.registry import FetchPolicy, SourceError, load_sources
    from sitrep.watch.runner import Runner

    try:
        settings = Settings.from_env(database_url=db)
    except SettingsError as e:
        _fail(str(e))

    logging.basicConfig(level=logging.WARNING, format="sitrep watch: %(message)s", stream=sys.stderr)
    policy = FetchPolicy()
    loader = None
    if sources is not None:
        try:
            first, policy = load_sources(sources)
        except SourceError as e:
            _fail(str(e))
        state = {"sources": first}

        def loader():  # re-read each pass; a broken edit keeps the last good list
            try:
                state["sources"], _ = load_sources(sources)
            except SourceError as e:
                logging.getLogger("sitrep.watch").warning("%s (keeping the previous sources)", e)
            return state["sources"]

    stop = threading.Event()
    handled = {"n": 0}

    def on_signal(signum, _frame):
        handled["n"] += 1
        if handled["n"] > 1:  # a second Ctrl-C: stop now
            raise KeyboardInterrupt
        typer.echo("sitrep watch: stopping after the document in hand...", err=True)
        stop.set()

    old = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    store = _open(settings.database_url)
    from rich.console import Console

    err = Console(stderr=True)
    progress = None
    try:
        if err.is_terminal and not as_json:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            progress = Progress(SpinnerColumn(), TextColumn("[bold]watch"), TextColumn("{task.completed} items"),
                                TextColumn("{task.fields[item]}"), TimeElapsedColumn(), console=err, transient=True)
            progress.start()
            task = progress.add_task("watch", total=None, item="")

            def on_item(source: str, key: str, status: str) -> None:
                progress.update(task, advance=1, item=f"{source}: {status} {key[-60:]}")
        else:
            on_item = None

        def on_pass(summary) -> None:
            if as_json:
                sys.stdout.write(json.dumps(summary.to_dict(), ensure_ascii=False) + "\n")
                sys.stdout.flush()
            else:
                typer.echo(summary.line())

        runner = Runner(store, sources=loader, policy=policy, settings=settings, after_pass=after_pass_hook(store),
                        on_item=on_item, stop=stop, force=force)
        if once:
            on_pass(runner.run_pass())
        else:
            runner.run_forever(on_pass=on_pass)
    finally:
        if progress is not None:
            progress.stop()
        store.close()
        for s, h in old.items():
            signal.signal(s, h)


def register(app: typer.Typer) -> None:
    """Add ``sitrep watch`` and ``sitrep sources`` to the main CLI."""
    app.command("watch")(watch_cmd)
    app.add_typer(sources_app, name="sources")
