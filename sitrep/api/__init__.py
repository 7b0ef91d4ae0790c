"""REST API (FastAPI) over the event store: ``create_app``."""


def create_app(*args, **kwargs):  # lazy, so that importing sitrep.api stays cheap
    from sitrep.api.app import create_app as _create

    return _create(*args, **kwargs)


__all__ = ["create_app"]
