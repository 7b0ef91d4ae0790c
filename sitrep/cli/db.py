"""Database commands (ingest, events, export, serve). Filled in by the store/API work."""
import typer


def register(app: typer.Typer) -> None:
    """Add the database commands to the main CLI."""
