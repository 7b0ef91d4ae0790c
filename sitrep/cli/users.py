"""``sitrep users add|list|revoke``: API users and roles (thin shells over :mod:`sitrep.store.users`)."""
from __future__ import annotations

from typing import Optional

import typer

from sitrep.cli.common import DB_HELP

users_app = typer.Typer(add_completion=False, no_args_is_help=True,
                        help="API users and roles (reader, editor, admin) and their tokens.")


def _open(db: Optional[str]):
    from sitrep.store import open_store

    return open_store(db)


@users_app.command("add")
def add_cmd(
    name: str = typer.Argument(..., help="User name (letters, digits, '.', '_', '@', '-')."),
    role: str = typer.Option(..., "--role", help="reader, editor or admin."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Add a user and print its token once, alone on the last line (only a hash is stored)."""
    from sitrep.store.users import UserError, add_user

    store = _open(db)
    try:
        try:
            user, token = add_user(store, name, role)
        except UserError as exc:
            typer.echo(f"sitrep: {exc}", err=True)
            raise typer.Exit(2)
    finally:
        store.close()
    typer.echo(f"added user {user.name} with role {user.role}; its token (shown only now) follows:")
    typer.echo(token)


@users_app.command("list")
def list_cmd(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """List users: name, role, created, revoked."""
    from sitrep.store.users import list_users

    store = _open(db)
    try:
        users = list_users(store)
    finally:
        store.close()
    if not users:
        typer.echo("no users")
        return
    for u in users:
        state = f"revoked {u.revoked_at:%Y-%m-%d %H:%M}" if u.revoked_at else "active"
        typer.echo(f"{u.name}\t{u.role}\tcreated {u.created_at:%Y-%m-%d %H:%M}\t{state}")


@users_app.command("revoke")
def revoke_cmd(
    name: str = typer.Argument(..., help="The user whose token stops working."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Revoke a user's token (the user stays listed as revoked)."""
    from sitrep.store.users import UserError, revoke_user

    store = _open(db)
    try:
        try:
            user = revoke_user(store, name)
        except UserError as exc:
            typer.echo(f"sitrep: {exc}", err=True)
            raise typer.Exit(2)
    finally:
        store.close()
    typer.echo(f"revoked {user.name} ({user.role})")


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
