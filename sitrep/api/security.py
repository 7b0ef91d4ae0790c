"""The outermost layer of the API: trusted hosts, request body limit, security headers.

* ``Host`` must be one of ``allowed_hosts`` (``*.example.org`` matches subdomains, ``*``
  anything; ``None`` turns the check off): a web page on another origin that rebinds its DNS
  name to 127.0.0.1 cannot read the local API (DNS rebinding). Anything else is a 400.
* A body of a write request (POST, PUT, PATCH, DELETE) larger than ``max_body`` bytes is a
  413, whether the client announced it (``Content-Length``) or streams it.
* Every response, errors included, carries ``X-Content-Type-Options: nosniff``,
  ``X-Frame-Options: DENY``, ``Referrer-Policy: no-referrer`` and a Content-Security-Policy:
  the dashboard and the API docs (Swagger UI vendored under ``/static/swagger/``, started by
  a script file: :mod:`sitrep.api.desk`) load only their own scripts, styles and data (no
  inline code, no other host).
"""
from __future__ import annotations

import json
from typing import Iterable, Sequence

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
DOCS_CSP = CSP  # the docs are vendored and start from a script file: the same strict policy
HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


def default_hosts(bind: str) -> list[str]:
    """The hosts a server bound to ``bind`` answers by default: the bind address (unless it is
    a wildcard address) and the loopback names."""
    out = ["localhost", "127.0.0.1", "::1"]
    b = bind.strip().strip("[]").lower()
    if b and b not in ("0.0.0.0", "::") and b not in out:
        out.insert(0, b)
    return out


def host_of(header: str) -> str:
    """``Host`` header value without the port, lower case (``[::1]:8000`` -> ``::1``)."""
    h = header.strip().lower()
    if h.startswith("["):
        return h[1:h.find("]")] if "]" in h else ""
    if h.count(":") == 1:
        h = h.split(":", 1)[0]
    return h.rstrip(".")


def host_allowed(host: str, allowed: Iterable[str]) -> bool:
    if not host:
        return False
    for pattern in allowed:
        p = pattern.strip().lower().strip("[]").rstrip(".")
        if p == "*" or p == host:
            return True
        if p.startswith("*.") and host.endswith(p[1:]) and host != p[2:]:
            return True
    return False


class _TooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"body larger than {limit} bytes")


def _json(status: int, detail: str) -> tuple[Message, Message]:
    body = json.dumps({"detail": detail, "status": status}).encode()
    start = {"type": "http.response.start", "status": status,
             "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]}
    return start, {"type": "http.response.body", "body": body}


class SecurityMiddleware:
    def __init__(self, app: ASGIApp, *, allowed_hosts: Sequence[str] | None, max_body: int,
                 docs_paths: Iterable[str] = ()) -> None:
        self.app = app
        self.allowed = None if allowed_hosts is None else [h for h in allowed_hosts if h.strip()]
        self.max_body = max_body
        self.docs_paths = {p for p in docs_paths if p}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        csp = DOCS_CSP if path in self.docs_paths or path.rstrip("/") in self.docs_paths else CSP
        started = False

        async def send_secure(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                have = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in HEADERS.items() if k.encode() not in have]
                if b"content-security-policy" not in have:
                    extra.append((b"content-security-policy", csp.encode()))
                message = dict(message, headers=list(message.get("headers", [])) + extra)
            await send(message)

        async def reply(status: int, detail: str) -> None:
            for m in _json(status, detail):
                await send_secure(m)

        headers = Headers(scope=scope)
        if self.allowed is not None and not host_allowed(host_of(headers.get("host", "")), self.allowed):
            return await reply(400, "invalid Host header")
        if scope.get("method") not in WRITE_METHODS:
            return await self.app(scope, receive, send_secure)
        length = headers.get("content-length")
        if length is not None:
            if not length.strip().isdigit():
                return await reply(400, "bad Content-Length")
            if int(length) > self.max_body:
                return await reply(413, f"body larger than {self.max_body} bytes")
        size = 0

        async def receive_limited() -> Message:
            nonlocal size
            message = await receive()
            if message["type"] == "http.request":
                size += len(message.get("body", b""))
                if size > self.max_body:
                    raise _TooLarge(self.max_body)
            return message

        try:
            await self.app(scope, receive_limited, send_secure)
        except _TooLarge:
            if started:
                raise
            await reply(413, f"body larger than {self.max_body} bytes")
