"""A small HTTP proxy between a desk and the hub that misbehaves on purpose.

Each request takes the next fault of the plan (then "ok" once the plan is
used up): the network and the hub fail the way rural sites see them fail.
"""

from __future__ import annotations

import itertools
import socket
import threading
import time
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests

OK = "ok"
REFUSE = "refuse"  # the connection drops before any answer
ERROR_500 = "500"
BUSY_429 = "429"  # with Retry-After
SLOW = "slow"  # longer than the client's read timeout
RESET_AFTER_COMMIT = "reset_after_commit"  # the hub commits, the answer is lost
DUPLICATE = "duplicate"  # the request reaches the hub twice
GARBAGE = "garbage"  # 200 with a body that is not JSON


class FaultProxy:
    def __init__(self, target: str, plan: Iterable[str], slow_seconds: float = 1.5) -> None:
        self.target = target.rstrip("/")
        self._plan = iter(plan)
        self._lock = threading.Lock()
        self.slow_seconds = slow_seconds
        self.seen: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:
                proxy._handle(self, "GET")

            def do_POST(self) -> None:
                proxy._handle(self, "POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def next_fault(self) -> str:
        with self._lock:
            fault = next(self._plan, OK)
            self.seen.append(fault)
            return fault

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _forward(self, handler: BaseHTTPRequestHandler, method: str, body: bytes):
        headers = {
            k: v
            for k, v in handler.headers.items()
            if k.lower() in ("authorization", "content-type")
        }
        return requests.request(
            method, self.target + handler.path, data=body or None, headers=headers, timeout=30
        )

    def _handle(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        fault = self.next_fault()
        if fault == REFUSE:
            handler.connection.shutdown(socket.SHUT_RDWR)
            handler.close_connection = True
            return
        if fault in (ERROR_500, BUSY_429):
            handler.send_response(int(fault))
            if fault == BUSY_429:
                handler.send_header("Retry-After", "0")
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        if fault == SLOW:
            time.sleep(self.slow_seconds)
        response = self._forward(handler, method, body)
        if fault == DUPLICATE:
            response = self._forward(handler, method, body)
        if fault == RESET_AFTER_COMMIT:
            handler.connection.shutdown(socket.SHUT_RDWR)
            handler.close_connection = True
            return
        content = b"<html>proxy error</html>" if fault == GARBAGE else response.content
        handler.send_response(response.status_code)
        handler.send_header("Content-Type", response.headers.get("Content-Type", "text/html"))
        handler.send_header("Content-Length", str(len(content)))
        handler.end_headers()
        handler.wfile.write(content)


def cycle(plan: list[str], times: int) -> Iterable[str]:
    return itertools.islice(itertools.cycle(plan), times)
