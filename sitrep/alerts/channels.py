"""Sending one message: a JSON POST to a webhook, or an e-mail (text + HTML) over SMTP.

Every send is bounded in time (connect and total timeouts) and raises :class:`SendError`
with a one-line reason; retries and backoff are the engine's (:mod:`sitrep.alerts.engine`).

SMTP settings come from one URL (``SITREP_SMTP_URL``)::

    smtp://user:password@mail.example.org:587?starttls=1&from=desk@example.org
    smtps://user:password@mail.example.org:465          # TLS from the start
    smtp://127.0.0.1:2525                                # a local relay, no login
"""
from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

SMTP_ENV = "SITREP_SMTP_URL"
PUBLIC_URL_ENV = "SITREP_PUBLIC_URL"
TIMEOUT_S = 10.0
CONNECT_TIMEOUT_S = 5.0
USER_AGENT = "sitrep-alerts/1"


class SendError(Exception):
    """A message that could not be delivered (``transient``: worth trying again soon)."""

    def __init__(self, message: str, transient: bool = True):
        super().__init__(" ".join(str(message).split())[:300])
        self.transient = transient


@dataclass
class SmtpConfig:
    host: str
    port: int
    user: str | None = None
    password: str | None = None
    ssl: bool = False
    starttls: bool = False
    sender: str = "sitrep@localhost"

    @classmethod
    def from_url(cls, url: str) -> "SmtpConfig":
        u = urlsplit(url)
        if u.scheme not in ("smtp", "smtps") or not u.hostname:
            raise ValueError(f"{SMTP_ENV} must look like smtp://user:pass@host:port?starttls=1")
        q = {k: v[-1] for k, v in parse_qs(u.query).items()}
        yes = lambda v: str(v).lower() in ("1", "true", "yes", "on")  # noqa: E731
        tls = u.scheme == "smtps" or yes(q.get("ssl", "0"))
        return cls(host=u.hostname, port=u.port or (465 if tls else 25),
                   user=unquote(u.username) if u.username else None,
                   password=unquote(u.password) if u.password else None,
                   ssl=tls, starttls=yes(q.get("starttls", "0")),
                   sender=q.get("from") or os.environ.get("SITREP_SMTP_FROM") or
                   (f"{unquote(u.username)}" if u.username and "@" in unquote(u.username) else "sitrep@localhost"))

    def describe(self) -> str:  # never the password
        return f"{'smtps' if self.ssl else 'smtp'}://{self.host}:{self.port}" + (" starttls" if self.starttls else "")


@dataclass
class AlertSettings:
    """Where messages go out and what links point to (from the environment by default)."""
    smtp_url: str | None = None
    public_url: str | None = None
    timeout_s: float = TIMEOUT_S

    @classmethod
    def from_env(cls, **over: Any) -> "AlertSettings":
        s = cls(smtp_url=os.environ.get(SMTP_ENV) or None, public_url=os.environ.get(PUBLIC_URL_ENV) or None)
        for k, v in over.items():
            if v is not None:
                setattr(s, k, v)
        return s


def post_webhook(url: str, body: dict, *, timeout_s: float = TIMEOUT_S) -> int:
    """POST ``body`` as JSON; a 2xx answer is success (its status is returned)."""
    import httpx  # noqa: PLC0415

    timeout = httpx.Timeout(timeout_s, connect=min(CONNECT_TIMEOUT_S, timeout_s))
    try:
        r = httpx.post(url, json=body, timeout=timeout, follow_redirects=False,
                       headers={"User-Agent": USER_AGENT})
    except httpx.TimeoutException as exc:
        raise SendError(f"webhook timed out ({type(exc).__name__})") from exc
    except httpx.HTTPError as exc:
        raise SendError(f"webhook unreachable ({type(exc).__name__}: {exc})") from exc
    if 200 <= r.status_code < 300:
        return r.status_code
    transient = r.status_code >= 500 or r.status_code in (408, 425, 429)
    raise SendError(f"webhook answered HTTP {r.status_code}", transient=transient)


def build_email(cfg: SmtpConfig, to: str, subject: str, text: str, html: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = cfg.sender
    msg["To"] = to
    msg["Subject"] = " ".join(subject.split())[:250]
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain="sitrep.local")
    msg.set_content(text)
    msg.add_alternative(f"<!doctype html><html><body>{html}</body></html>", subtype="html")
    return msg


def send_email(smtp_url: str | None, to: str, subject: str, text: str, html: str, *,
               timeout_s: float = TIMEOUT_S) -> None:
    if not smtp_url:
        raise SendError(f"no SMTP server configured ({SMTP_ENV})")
    try:
        cfg = SmtpConfig.from_url(smtp_url)
    except ValueError as exc:
        raise SendError(str(exc), transient=False) from exc
    msg = build_email(cfg, to, subject, text, html)
    try:
        if cfg.ssl:
            client: smtplib.SMTP = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=timeout_s,
                                                    context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(cfg.host, cfg.port, timeout=timeout_s)
        with client:
            if cfg.starttls:
                client.starttls(context=ssl.create_default_context())
            if cfg.user:
                client.login(cfg.user, cfg.password or "")
            client.send_message(msg)
    except smtplib.SMTPRecipientsRefused as exc:
        raise SendError(f"recipient refused by {cfg.describe()}", transient=False) from exc
    except smtplib.SMTPAuthenticationError as exc:
        raise SendError(f"SMTP login refused by {cfg.describe()}", transient=False) from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise SendError(f"SMTP {cfg.describe()}: {type(exc).__name__}: {exc}") from exc
