"""Serve the review page on 127.0.0.1 only, with a fresh secret token, until Ctrl-C."""

from __future__ import annotations

import secrets
import socket
from collections.abc import Callable

from referat.errors import OutputError
from referat.i18n import _
from referat.review.app import create_app
from referat.review.session import ReviewSession

HOST = "127.0.0.1"  # never another address: the page holds personal data


def bind(port: int = 0) -> socket.socket:
    """A listening socket on 127.0.0.1 (port 0: a free one)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((HOST, port))
    except OSError as exc:
        sock.close()
        raise OutputError(_("Port {port} on {HOST} is in use ({strerror}); choose another with --port, or leave "
                            "--port out to take a free one.").format(
                              port=port, HOST=HOST, strerror=exc.strerror)) from exc
    sock.listen(64)
    return sock


def serve(session: ReviewSession, port: int = 0, announce: Callable[[str], None] = print,
          open_browser: bool = True) -> None:
    """Run the page until interrupted. ``announce`` gets the one line with the address."""
    import uvicorn

    sock = bind(port)
    port = sock.getsockname()[1]
    token = secrets.token_urlsafe(32)
    url = f"http://{HOST}:{port}/?token={token}"
    config = uvicorn.Config(create_app(session, token, port), log_level="warning", access_log=False,
                            lifespan="off", server_header=False)
    server = uvicorn.Server(config)
    announce(url)
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
