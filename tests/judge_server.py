"""A real local HTTP server (stdlib, 127.0.0.1, a free port) that speaks the chat-completions API, for judge tests.

Each request is answered by ``reply(body) -> (status, bytes, delay)``: the test
decides what the "model" says. Requests are kept for the test to inspect.
Run it alone to try the app's judge by hand:
``python tests/judge_server.py`` prints a URL that grades every answer 3.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Reply = Callable[[dict[str, Any]], tuple[int, bytes, float]]


def completion(content: str) -> bytes:
    """A chat-completions reply whose message is ``content``."""
    return json.dumps({"id": "chatcmpl-test", "object": "chat.completion", "model": "test",
                       "choices": [{"index": 0, "finish_reason": "stop",
                                    "message": {"role": "assistant", "content": content}}]}).encode()


def judgement(points: list[dict[str, Any]], grade: int = 3, misconceptions: list[str] | None = None,
              feedback: str = "Solid; say why the cache is valid.") -> bytes:
    return completion(json.dumps({"points": points, "misconceptions": misconceptions or [], "grade": grade,
                                  "feedback": feedback}))


@contextmanager
def judge_server(reply: Reply) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Serve ``reply`` on 127.0.0.1 at a free port; yields (base URL, the requests received)."""
    received: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            received.append({"path": self.path, "body": body, "authorization": self.headers.get("Authorization")})
            status, payload, delay = reply(body)
            if delay:
                time.sleep(delay)
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except OSError:
                pass  # the client gave up waiting

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", received
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    def grade_three(body: dict[str, Any]) -> tuple[int, bytes, float]:
        return 200, judgement([{"index": 0, "status": "missed", "quote": ""}], 3), 3.0

    with judge_server(grade_three) as (url, _):
        print(f"judge at {url} (model: any); Ctrl-C to stop", flush=True)
        try:
            while True:
                time.sleep(1)
        except KeyboardInterrupt:
            pass
