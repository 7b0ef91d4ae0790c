"""Who may do what: bearer tokens, roles and the FastAPI dependencies that check them.

Tokens are those of :mod:`sitrep.store.users` (``sitrep users add NAME --role ROLE``), sent as
``Authorization: Bearer <token>``. Roles, in increasing power: ``reader``, ``editor`` (review
events, ingest documents), ``admin`` (also users and sources).

* The API is readable without a token, unless the app is **private** (``sitrep serve
  --private``): then every request except the dashboard's own page and files needs a valid
  token of any role (401 without one).
* A write needs a valid token of the right role: no token, a malformed, unknown or revoked
  one is a 401 (with ``WWW-Authenticate: Bearer``); a valid token of a lesser role is a 403.
* The single ``SITREP_INGEST_TOKEN`` of earlier versions keeps working as it did: it is an
  ingest-only principal (``ingest-token``), accepted by ``POST /documents`` and by nothing
  else; editors and admins may ingest with their own tokens too.

Use in a route::

    from sitrep.api.auth import Principal, require_role

    @router.post("/sources")
    def add_source(body: SourceIn, who: Principal = Depends(require_role("admin"))): ...

Every token comparison is constant-time (:func:`hmac.compare_digest`).
"""
from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Callable

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from sitrep.store import users as users_lib

ROLES = users_lib.ROLES
INGEST = "ingest"           # the role of the legacy SITREP_INGEST_TOKEN: POST /documents only
ANONYMOUS = "anonymous"
PUBLIC_PATHS = ("/", "/favicon.ico")
PUBLIC_PREFIXES = ("/static/",)


@dataclass(frozen=True)
class Principal:
    """The caller: a user (``name``, ``role``), the legacy ingest token, or anonymous."""
    name: str
    role: str

    @property
    def authenticated(self) -> bool:
        return self.role != ANONYMOUS

    def can(self, role: str) -> bool:
        return self.role in ROLES and users_lib.role_at_least(self.role, role)


ANON = Principal("anonymous", ANONYMOUS)


@dataclass
class AuthConfig:
    private: bool = False
    ingest_token: str | None = None


class AuthError(Exception):
    def __init__(self, status: int, detail: str):
        super().__init__(detail)
        self.status = status
        self.detail = detail


def error_response(status: int, detail: str) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"detail": detail, "status": status}, status_code=status, headers=headers)


def bearer_token(request: Request) -> str | None:
    value = request.headers.get("authorization") or ""
    if value[:7].lower() != "bearer ":
        return None
    return value[7:].strip() or None


def _config(request: Request) -> AuthConfig:
    return getattr(request.app.state, "auth", None) or AuthConfig()


def identify(request: Request) -> Principal | None:
    """The caller of ``request`` (cached on it); None for a token that is given but not valid."""
    if hasattr(request.state, "principal"):
        return request.state.principal
    token = bearer_token(request)
    who: Principal | None = ANON
    if token is not None:
        cfg = _config(request)
        legacy = cfg.ingest_token
        if legacy and hmac.compare_digest(token.encode("utf-8", "replace"), legacy.encode("utf-8", "replace")):
            who = Principal("ingest-token", INGEST)
        else:
            user = users_lib.authenticate(request.app.state.store, token)
            who = Principal(user.name, user.role) if user is not None else None
    request.state.principal = who
    return who


def require_role(role: str) -> Callable[[Request], Principal]:
    """A FastAPI dependency: the caller, who must hold ``role`` or a higher one
    (401 without a valid token, 403 with a token of a lesser role)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r} (one of {', '.join(ROLES)})")

    def dependency(request: Request) -> Principal:
        who = identify(request)
        if who is None:
            raise AuthError(401, "invalid, unknown or revoked token")
        if not who.authenticated:
            raise AuthError(401, f"this needs a bearer token of role {role} or higher")
        if not who.can(role):
            raise AuthError(403, f"role {who.role!r} may not do this (needs {role} or higher)")
        return who

    dependency.__name__ = f"require_{role}"
    return dependency


def caller(request: Request) -> Principal:
    """A FastAPI dependency: the caller, anonymous when no token is sent (401 for a bad token)."""
    who = identify(request)
    if who is None:
        raise AuthError(401, "invalid, unknown or revoked token")
    return who


def _public(path: str) -> bool:
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)


def install(app: FastAPI, *, private: bool = False, ingest_token: str | None = None) -> None:
    """Set the app's auth configuration, the handler of :class:`AuthError` and, when
    ``private``, the gate that closes every non-public path to callers without a token."""
    app.state.auth = AuthConfig(private=private, ingest_token=ingest_token or None)

    @app.exception_handler(AuthError)
    async def _auth_error(_req: Request, exc: AuthError):
        return error_response(exc.status, exc.detail)

    if not private:
        return

    @app.middleware("http")
    async def _private_gate(request: Request, call_next):
        if request.method == "OPTIONS" or _public(request.url.path):
            return await call_next(request)
        who = await run_in_threadpool(identify, request)
        if who is None:
            return error_response(401, "invalid, unknown or revoked token")
        if who.role not in ROLES:
            return error_response(401, "this server is private: send a bearer token")
        return await call_next(request)


# ---------------------------------------------------------------------------- endpoints

router = APIRouter(tags=["users"])


class UserIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(..., min_length=1, max_length=100, pattern=users_lib.NAME_RE.pattern)
    role: str = Field(..., pattern="^(reader|editor|admin)$")


@router.get("/auth/me", summary="Who the bearer token belongs to (the dashboard's login check)")
def me(who: Principal = Depends(caller)) -> dict:
    if not who.authenticated:
        raise AuthError(401, "send a bearer token")
    return {"name": who.name, "role": who.role,
            "can_review": who.can("editor"), "can_admin": who.can("admin")}


@router.get("/users", summary="Users and roles (admin)")
def get_users(request: Request, _who: Principal = Depends(require_role("admin"))) -> dict:
    return {"users": [u.to_dict() for u in users_lib.list_users(request.app.state.store)]}


@router.post("/users", status_code=201, summary="Add a user; the answer holds its token, shown once (admin)")
def post_user(body: UserIn, request: Request, _who: Principal = Depends(require_role("admin"))) -> dict:
    try:
        user, token = users_lib.add_user(request.app.state.store, body.name, body.role)
    except users_lib.UserError as exc:
        raise AuthError(409, str(exc))
    return {**user.to_dict(), "token": token}


@router.delete("/users/{name}", summary="Revoke a user's token (admin)")
def delete_user(name: str, request: Request, _who: Principal = Depends(require_role("admin"))) -> dict:
    try:
        return users_lib.revoke_user(request.app.state.store, name).to_dict()
    except users_lib.UserError as exc:
        raise AuthError(404, str(exc))
