"""The review page's web app (Starlette): thin routes over ``ReviewSession``.

Security, as Jupyter does it:
- it is served on 127.0.0.1 only (``referat.review.server``);
- every request needs the secret token: the page's address carries it once
  (``?token=…``), after which an HttpOnly, SameSite=Strict cookie does for
  reading; every state-changing request must also send it in the
  ``X-Referat-Token`` header, which another site cannot make a browser send;
- the ``Host`` header must name this server (no DNS rebinding);
- every response forbids anything but this server's own assets
  (``Content-Security-Policy: default-src 'self'``);
- the client never names a file: the server serves only its own assets, the
  recording and the files this review exported.
"""

from __future__ import annotations

import hmac
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from referat import i18n
from referat.errors import ReferatError
from referat.i18n import _
from referat.record.edits import EditError
from referat.record.journal import StaleEdit
from referat.review.session import ReviewSession

COOKIE = "referat_token"
HEADER = "x-referat-token"
STATIC = {"app.js": "text/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8",
          "favicon.svg": "image/svg+xml"}
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),
]


# A message the page's script shows: _("…") in app.js, a plain JSON-style string.
SCRIPT_MESSAGE = re.compile(r'\b_\("((?:[^"\\]|\\.)*)"\)')


def _static(name: str) -> bytes:
    return resources.files("referat.review").joinpath("static", name).read_bytes()


@cache
def _script_messages() -> tuple[str, ...]:
    """The messages app.js shows (read once: the package's files do not change while it runs)."""
    return tuple(json.loads(f'"{raw}"') for raw in SCRIPT_MESSAGE.findall(_static("app.js").decode("utf-8")))


@cache
def _page_template() -> jinja2.Template:
    return jinja2.Environment(autoescape=True).from_string(_static("index.html").decode("utf-8"))


def script_messages() -> dict[str, str]:
    """The translations of the messages in app.js, for the page to carry (English needs none)."""
    return {message: said for message in _script_messages() if (said := _(message)) != message}


def page() -> bytes:
    """index.html in the user's language, with its script's messages inside (as data, not code)."""
    return _page_template().render(_=_, lang=i18n.language(), messages=script_messages()).encode("utf-8")


class Guard:
    """The checks every request passes before any route sees it."""

    def __init__(self, app: ASGIApp, token: str, hosts: set[str]):
        self.app = app
        self.token = token
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        request = Request(scope)
        refusal = self.refuse(request)
        if refusal is not None:
            await refusal(scope, receive, secured)
            return
        await self.app(scope, receive, secured)

    def refuse(self, request: Request) -> Response | None:
        if request.headers.get("host", "") not in self.hosts:
            return PlainTextResponse(_("This server answers only to its own address on 127.0.0.1."), status_code=403)
        given_header = request.headers.get(HEADER)
        given = given_header or request.query_params.get("token") or request.cookies.get(COOKIE)
        if not given:
            return PlainTextResponse(_("Open the address that 'referat review' printed; it holds the key."),
                                     status_code=401)
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            return PlainTextResponse(_("Wrong key. Open the address that 'referat review' printed."), status_code=403)
        if request.method not in ("GET", "HEAD") and not (
                given_header and hmac.compare_digest(given_header.encode(), self.token.encode())):
            return PlainTextResponse(_("Changes need the key in the X-Referat-Token header."), status_code=403)
        return None


def create_app(session: ReviewSession, token: str, port: int) -> ASGIApp:
    async def index(request: Request) -> Response:
        response = Response(page(), media_type="text/html; charset=utf-8")
        response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/")
        return response

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:
            return PlainTextResponse(_("Not found."), status_code=404)
        return Response(_static(name), media_type=STATIC[name])

    async def state(request: Request) -> Response:
        with session.lock:
            return JSONResponse(session.state())

    async def change(request: Request) -> Response:
        try:
            body: Any = json.loads(await request.body() or b"{}")
        except json.JSONDecodeError:
            return JSONResponse({"error": _("The request is not JSON.")}, status_code=400)
        if not isinstance(body, dict):
            return JSONResponse({"error": _("The request must be a JSON object.")}, status_code=400)
        seen = body.get("revision")
        seen = seen if isinstance(seen, int) and not isinstance(seen, bool) else None
        action = request.path_params["action"]
        with session.lock:
            try:
                if action == "edit":
                    op = body.get("op")
                    if not isinstance(op, dict):
                        return JSONResponse({"error": _("No edit given.")}, status_code=400)
                    session.journal.edit(op, seen)
                elif action == "undo":
                    session.journal.undo(seen)
                elif action == "redo":
                    session.journal.redo(seen)
                elif action == "speakers":
                    count = body.get("count")
                    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= 30:
                        return JSONResponse({"error": _("Give the number of speakers, 1 to 30.")}, status_code=400)
                    session.find_speakers(count, seen)
                elif action == "export":
                    session.export(bool(body.get("public", False)))
                else:
                    unknown = _("Unknown action {action!r}.").format(action=action)
                    return JSONResponse({"error": unknown}, status_code=404)
            except StaleEdit as exc:
                return JSONResponse({"error": str(exc), "stale": True, "state": session.state()}, status_code=409)
            except EditError as exc:
                return JSONResponse({"error": str(exc)}, status_code=400)
            except ReferatError as exc:
                return JSONResponse({"error": str(exc)}, status_code=422)
            return JSONResponse(session.state())

    async def audio(request: Request) -> Response:
        if session.audio is None:
            return PlainTextResponse(session.audio_problem, status_code=404)
        return FileResponse(session.audio, media_type=session.audio_type())  # answers Range requests

    async def download(request: Request) -> Response:
        path: Path | None = session.exports.get(request.path_params["name"])
        if path is None or not path.is_file():
            return PlainTextResponse(_("Not found. Make the referat first."), status_code=404)
        return FileResponse(path, filename=path.name,
                            media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")

    routes = [
        Route("/", index),
        Route("/static/{name}", static),
        Route("/favicon.ico", lambda request: Response(_static("favicon.svg"), media_type="image/svg+xml")),
        Route("/api/state", state),
        Route("/api/{action}", change, methods=["POST"]),
        Route("/audio", audio),
        Route("/download/{name}", download),
    ]
    app = Starlette(routes=routes)
    return Guard(app, token, {f"127.0.0.1:{port}", f"localhost:{port}"})
