"""``sitrep alerts add|list|remove|test|run|deliveries``: thin shells over :mod:`sitrep.alerts`."""
from __future__ import annotations

import json
import sys
from typing import List, Optional

import typer

from sitrep.cli.common import DB_HELP, _open

alerts_app = typer.Typer(add_completion=False, no_args_is_help=True,
                         help="Saved queries that notify (webhook, e-mail) when matching events appear or change.")


def _fail(msg: str) -> None:
    typer.echo(f"sitrep: {msg}", err=True)
    raise typer.Exit(2)


@alerts_app.command("add")
def add_cmd(
    name: str = typer.Argument(..., help="Rule name (letters, digits, . _ -)."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    date_from: Optional[str] = typer.Option(None, "--from", help="events on or after YYYY-MM-DD"),
    date_to: Optional[str] = typer.Option(None, "--to", help="events on or before YYYY-MM-DD"),
    type_: Optional[str] = typer.Option(None, "--type", help="event_type (comma-separated)"),
    admin1: Optional[str] = typer.Option(None, "--admin1", help="ISO 3166-2, e.g. UA-63"),
    country: Optional[str] = typer.Option(None, "--country", help="ISO 3166-1 alpha-2 of the place, e.g. PL"),
    side: Optional[str] = typer.Option(None, "--side", help="actor side, e.g. RU"),
    text: Optional[str] = typer.Option(None, "--text", help="in place names, actors and claim quotes"),
    min_fatalities: Optional[int] = typer.Option(None, "--min-fatalities"),
    bbox: Optional[str] = typer.Option(None, "--bbox", help="minLon,minLat,maxLon,maxLat"),
    weapon_category: Optional[str] = typer.Option(None, "--weapon-category", help="drone, ballistic_missile, ... (comma-separated)"),
    weapon_model: Optional[str] = typer.Option(None, "--weapon-model", help="e.g. Shahed (substring, any case)"),
    min_launched: Optional[int] = typer.Option(None, "--min-launched", help="a weapon launched at least N times"),
    near: Optional[str] = typer.Option(None, "--near", help="LAT,LON (with --radius-km)"),
    radius_km: Optional[float] = typer.Option(None, "--radius-km"),
    webhook: List[str] = typer.Option([], "--webhook", help="POST JSON to this URL (repeatable)"),
    email: List[str] = typer.Option([], "--email", help="e-mail this address via $SITREP_SMTP_URL (repeatable)"),
    fmt: str = typer.Option("json", "--format", help="webhook body: json (event record) or slack ({\"text\"})"),
    digest: Optional[str] = typer.Option(None, "--digest", help="batch messages: at most one per interval (1h, 30m, 1d)"),
    rate: int = typer.Option(30, "--rate", help="at most this many messages per hour for the rule"),
    replace: bool = typer.Option(False, "--replace", help="overwrite a rule of the same name"),
) -> None:
    """Save an alert rule: the filters of `sitrep events` plus weapons, launched and distance."""
    from sitrep.alerts import Rule, RuleError, add_rule, channels_from, parse_bbox_arg, parse_duration, parse_near

    try:
        rule = Rule(name=name, date_from=date_from, date_to=date_to, event_type=type_, admin1=admin1, side=side,
                    text=text, min_fatalities=min_fatalities, bbox=parse_bbox_arg(bbox), country=country,
                    weapon_category=weapon_category, weapon_model=weapon_model, min_launched=min_launched,
                    near=parse_near(near), radius_km=radius_km, channels=channels_from(webhook, email, fmt),
                    digest_s=parse_duration(digest), rate_per_hour=rate)
        store = _open(db)
        try:
            add_rule(store, rule, replace=replace)
        finally:
            store.close()
    except RuleError as exc:
        _fail(str(exc))
    typer.echo(f"rule {rule.name}: {rule.describe()}")
    import os

    if email and not os.environ.get("SITREP_SMTP_URL"):
        typer.echo("sitrep: warning: SITREP_SMTP_URL is not set here; e-mail needs it wherever "
                   "`sitrep ingest` runs (smtp://user:pass@host:587?starttls=1)", err=True)


@alerts_app.command("list")
def list_cmd(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
             fmt: str = typer.Option("table", "--format", help="table or json")) -> None:
    """List the alert rules."""
    from sitrep.alerts import list_rules

    store = _open(db)
    try:
        rules = list_rules(store)
    finally:
        store.close()
    if fmt == "json":
        typer.echo(json.dumps([r.to_dict() for r in rules], ensure_ascii=False, indent=2))
        return
    if not rules:
        typer.echo("no alert rules (sitrep alerts add NAME ...)")
    for r in rules:
        typer.echo(f"{r.name}{'' if r.enabled else ' (disabled)'}: {r.describe()}")


@alerts_app.command("remove")
def remove_cmd(name: str = typer.Argument(...), db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Remove a rule (with its delivery log)."""
    from sitrep.alerts import remove_rule

    store = _open(db)
    try:
        ok = remove_rule(store, name)
    finally:
        store.close()
    if not ok:
        _fail(f"no rule named {name!r}")
    typer.echo(f"removed rule {name}")


@alerts_app.command("test")
def test_cmd(name: str = typer.Argument(...), db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Send a sample message (the latest matching event, else an invented one) to every channel."""
    from sitrep.alerts import RuleError, send_test

    store = _open(db)
    try:
        try:
            results = send_test(store, name)
        except RuleError as exc:
            _fail(str(exc))
    finally:
        store.close()
    bad = 0
    for label, err in results:
        typer.echo(f"{label}: {'sent' if err is None else 'FAILED: ' + err}")
        bad += err is not None
    if bad:
        raise typer.Exit(1)


@alerts_app.command("run")
def run_cmd(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Run one alerts pass now (what `sitrep ingest` does at its end): queue, digest, deliver."""
    from sitrep.alerts import run_pass

    store = _open(db)
    try:
        summary = run_pass(store)
    finally:
        store.close()
    for e in summary.errors[:20]:
        typer.echo(f"sitrep: alerts: {e}", err=True)
    typer.echo(summary.line())


@alerts_app.command("deliveries")
def deliveries_cmd(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
                   rule: Optional[str] = typer.Option(None, "--rule"),
                   status: Optional[str] = typer.Option(None, "--status", help="pending, sent, failed, dead, held"),
                   limit: int = typer.Option(50, "--limit")) -> None:
    """The delivery log, newest first (JSON lines)."""
    from sitrep.alerts import deliveries

    store = _open(db)
    try:
        rows = deliveries(store, rule=rule, status=status, limit=limit)
    finally:
        store.close()
    for r in rows:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


def after_ingest(store) -> None:
    """The alerts at the end of an ingest pass (one stderr line when anything happened)."""
    from sitrep.alerts import after_pass

    after_pass(store, echo=lambda line: typer.echo(line, err=True))


def register(app: typer.Typer) -> None:
    app.add_typer(alerts_app, name="alerts")
