"""Report commands (brief). Filled in by the dashboard/brief work."""
import typer


def register(app: typer.Typer) -> None:
    """Add the report commands to the main CLI."""
