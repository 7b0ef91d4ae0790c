from sitrep.cli.main import app

app()
