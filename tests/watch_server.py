"""A local HTTP server for the ``sitrep watch`` tests (127.0.0.1, a free port, a thread).

``routes`` maps a path to a :class:`Page` (or a callable(handler) -> Page, for pages that
change or misbehave); every request is logged in ``requests`` (path, headers). Conditional GET
is answered like a real server: a matching ``If-None-Match`` gets 304.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    ctype: str = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)
    etag: str | None = None
    delay: float = 0.0          # seconds before answering (timeouts)
    drip: int = 0               # send the body in this many bytes per write (size caps)


class _Handler(BaseHTTPRequestHandler):
    server_version = "watch-test/1.0"

    def log_message(self, *a):  # quiet
        pass

    def do_GET(self):  # noqa: N802
        srv = self.server
        with srv.lock:
            srv.requests.append((self.path, dict(self.headers)))
        route = srv.routes.get(self.path) or srv.routes.get(self.path.split("?")[0])
        if route is None:
            page = Page(b"<html><body>not found</body></html>", status=404)
        else:
            page = route(self) if callable(route) else route
        if page.delay:
            time.sleep(page.delay)
        if page.etag and self.headers.get("If-None-Match") == page.etag:
            self.send_response(304)
            self.send_header("ETag", page.etag)
            self.end_headers()
            return
        self.send_response(page.status)
        self.send_header("Content-Type", page.ctype)
        if page.etag:
            self.send_header("ETag", page.etag)
        for k, v in page.headers.items():
            self.send_header(k, v)
        if not page.drip:
            self.send_header("Content-Length", str(len(page.body)))
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        try:
            if page.drip:
                for i in range(0, len(page.body), page.drip):
                    self.wfile.write(page.body[i:i + page.drip])
            else:
                self.wfile.write(page.body)
        except (BrokenPipeError, ConnectionResetError):
            pass


class WatchServer:
    def __init__(self):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.routes = {}
        self.httpd.requests = []
        self.httpd.lock = threading.Lock()
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    @property
    def routes(self) -> dict:
        return self.httpd.routes

    @property
    def requests(self) -> list:
        return self.httpd.requests

    def paths(self) -> list[str]:
        return [p for p, _ in self.requests]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def __enter__(self) -> "WatchServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
