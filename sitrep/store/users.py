"""API users and their tokens.

A token is ``sr_<token id>_<secret>``: the token id (public, 16 hex digits) finds the user,
the SHA-256 of the whole token is compared with the stored hash in constant time
(:func:`hmac.compare_digest`). The token itself is never stored: it is shown once, when the
user is added. SHA-256 without salt or stretching is enough for 256-bit random secrets
(there is nothing to guess); it is not meant for passwords.

Roles, in increasing power: ``reader`` (read, also when the API is private), ``editor``
(review events: verify, reject, correct, merge, split, note; ingest documents), ``admin``
(also manage users and sources).
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from sitrep.store.models import utcnow
from sitrep.store.review_models import UserRow

ROLES = ("reader", "editor", "admin")
RANK = {r: i for i, r in enumerate(ROLES)}
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$")
TOKEN_RE = re.compile(r"^sr_([0-9a-f]{16})_([A-Za-z0-9_-]{20,100})$")


class UserError(ValueError):
    """A user that cannot be added or changed (bad name or role, duplicate, unknown)."""


@dataclass(frozen=True)
class User:
    name: str
    role: str
    created_at: datetime
    revoked_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role,
                "created_at": self.created_at.isoformat() + "Z",
                "revoked_at": self.revoked_at.isoformat() + "Z" if self.revoked_at else None}


def role_at_least(role: str, needed: str) -> bool:
    return RANK.get(role, -1) >= RANK[needed]


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def _user(r: UserRow) -> User:
    return User(r.name, r.role, r.created_at, r.revoked_at)


def add_user(store, name: str, role: str) -> tuple[User, str]:
    """Add a user; returns it with its token (the only time the token is available)."""
    if not NAME_RE.match(name or ""):
        raise UserError("a user name is 1-100 letters, digits, '.', '_', '@' or '-', "
                        "starting with a letter or digit")
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    token_id = secrets.token_hex(8)
    token = f"sr_{token_id}_{secrets.token_urlsafe(32)}"
    with store.WriteSession.begin() as s:
        if s.execute(select(UserRow.id).where(UserRow.name == name)).first():
            raise UserError(f"user {name!r} exists (revoke it, or choose another name)")
        row = UserRow(name=name, role=role, token_id=token_id, token_hash=token_hash(token),
                      created_at=utcnow())
        s.add(row)
        s.flush()
        return _user(row), token


def list_users(store, *, include_revoked: bool = True) -> list[User]:
    with store.Session() as s:
        q = select(UserRow).order_by(UserRow.id)
        if not include_revoked:
            q = q.where(UserRow.revoked_at.is_(None))
        return [_user(r) for r in s.execute(q).scalars()]


def revoke_user(store, name: str) -> User:
    """Revoke a user's token (the user stays listed, with the time of revocation)."""
    with store.WriteSession.begin() as s:
        row = s.execute(select(UserRow).where(UserRow.name == name)).scalar()
        if row is None:
            raise UserError(f"no user {name!r}")
        if row.revoked_at is None:
            row.revoked_at = utcnow()
        return _user(row)


def authenticate(store, token: str | None) -> User | None:
    """The active user holding ``token``, or None (malformed, unknown, wrong or revoked)."""
    m = TOKEN_RE.match(token or "")
    if not m:
        return None
    with store.Session() as s:
        row = s.execute(select(UserRow).where(UserRow.token_id == m.group(1))).scalar()
        if row is None:
            hmac.compare_digest(token_hash(token or ""), "0" * 64)  # same work either way
            return None
        if not hmac.compare_digest(token_hash(token or ""), row.token_hash) or row.revoked_at is not None:
            return None
        return _user(row)
