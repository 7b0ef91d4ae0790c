"""The API's one error type: a status and a one-line detail, rendered as a JSON body by the app."""
from __future__ import annotations


class ApiError(Exception):
    def __init__(self, status: int, detail: str):
        super().__init__(detail)
        self.status = status
        self.detail = detail
