"""The review page's server through Starlette's test client: security, edits, audio, export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from fakes import demo_record
from starlette.testclient import TestClient

from referat.cli import main
from referat.record import record_json
from referat.review.app import create_app
from referat.review.server import bind
from referat.review.session import ReviewSession

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PORT = 8765
TOKEN = "s3cret-token"


@pytest.fixture
def record_path(tmp_path) -> Path:
    shutil.copy(SAMPLES / "demo-meeting.flac", tmp_path / "demo-meeting.flac")
    record = demo_record()
    from dataclasses import replace

    path = tmp_path / "møde.json"
    path.write_text(record_json(replace(record, source="demo-meeting.flac")), encoding="utf-8")
    return path


@pytest.fixture
def client(record_path) -> TestClient:
    return TestClient(create_app(ReviewSession.open(record_path), TOKEN, PORT), base_url=f"http://127.0.0.1:{PORT}")


def headers(**extra):
    return {"X-Referat-Token": TOKEN, **extra}


def test_the_token_is_needed_on_every_request(client):
    for url in ("/", "/api/state", "/audio", "/static/app.js"):
        assert client.get(url).status_code == 401, url
        assert client.get(url, params={"token": "wrong"}).status_code == 403, url
    page = client.get("/", params={"token": TOKEN})
    assert page.status_code == 200 and "Review the referat" in page.text
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    assert "httponly" in page.headers["set-cookie"].lower() and "samesite=strict" in page.headers["set-cookie"].lower()
    assert client.get("/static/app.js").status_code == 200  # the cookie the page set


def test_a_foreign_host_header_is_refused(client):
    for host in ("evil.example:8765", f"127.0.0.1:{PORT + 1}", "127.0.0.1"):
        response = client.get("/api/state", headers=headers(Host=host))
        assert response.status_code == 403, host


def test_changes_need_the_token_in_a_header_not_only_the_cookie(client):
    client.get("/", params={"token": TOKEN})  # sets the cookie
    body = {"revision": 0, "op": {"op": "rename_speaker", "label": "Taler 1", "name": "Anne Holm"}}
    assert client.post("/api/edit", json=body).status_code == 403
    assert client.post("/api/edit", json=body, params={"token": TOKEN}).status_code == 403
    done = client.post("/api/edit", json=body, headers=headers())
    assert done.status_code == 200 and done.json()["speakers"][0]["name"] == "Anne Holm"


def test_edit_undo_redo_and_a_stale_conflict(client, record_path):
    state = client.get("/api/state", headers=headers()).json()
    assert [i["title"] for i in state["items"]] == ["Godkendelse af dagsorden", "Orientering om budget 2027",
                                                     "Plan for nye cykelstier"]
    edit = {"revision": 0, "op": {"op": "edit_decision", "item": 2, "text": "Taget til efterretning."}}
    after = client.post("/api/edit", json=edit, headers=headers()).json()
    assert after["revision"] == 1 and after["items"][1]["decision"]["text"] == "Taget til efterretning."
    assert record_path.with_name("møde.edits.json").is_file()
    stale = client.post("/api/edit", json=dict(edit, op=dict(edit["op"], text="Udsat.")), headers=headers())
    assert stale.status_code == 409 and stale.json()["stale"] and stale.json()["state"]["revision"] == 1
    undone = client.post("/api/undo", json={"revision": 1}, headers=headers()).json()
    assert undone["items"][1]["decision"]["edited"] is False and undone["can_redo"]
    redone = client.post("/api/redo", json={"revision": 2}, headers=headers()).json()
    assert redone["items"][1]["decision"]["text"] == "Taget til efterretning."
    bad = client.post("/api/edit", json={"revision": 3, "op": {"op": "move_lines", "lines": [0], "item": 9}},
                      headers=headers())
    assert bad.status_code == 400 and "no item 9" in bad.json()["error"]


def test_the_audio_answers_range_requests(client):
    whole = client.get("/audio", headers=headers())
    assert whole.status_code == 200 and whole.headers["content-type"] == "audio/flac"
    part = client.get("/audio", headers=headers(Range="bytes=1000-1999"))
    assert part.status_code == 206 and len(part.content) == 1000 and part.content == whole.content[1000:2000]


def test_only_the_pages_own_files_are_served(client):
    for url in ("/static/", "/static/index.html", "/static/../app.py", "/download/m%C3%B8de.json",
                "/download/..%2Fm%C3%B8de.json", "/nothing"):
        assert client.get(url, headers=headers()).status_code == 404, url


def test_export_writes_the_edited_referat_and_offers_it(client, record_path):
    client.post("/api/edit", json={"revision": 0, "op": {"op": "rename_speaker", "label": "Taler 1",
                                                         "name": "Anne Holm"}}, headers=headers())
    state = client.post("/api/export", json={"revision": 1, "public": True}, headers=headers()).json()
    assert state["exports"] == ["møde-gennemset-offentlig.docx", "møde-gennemset-udskrift.docx",
                                "møde-gennemset.docx"]
    download = client.get("/download/møde-gennemset-udskrift.docx", headers=headers())
    assert download.status_code == 200
    path = record_path.with_name("download.docx")
    path.write_bytes(download.content)
    assert "Anne Holm: Good morning everyone" in "\n".join(p.text for p in Document(str(path)).paragraphs)
    again = client.post("/api/export", json={"revision": 1}, headers=headers())  # replaces its own files
    assert again.status_code == 200


def test_the_server_binds_to_127_0_0_1_only():
    sock = bind(0)
    try:
        assert sock.getsockname()[0] == "127.0.0.1"
    finally:
        sock.close()


def test_bad_input_is_refused_before_any_server_starts(tmp_path, record_path):
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}')
    result = CliRunner().invoke(main, ["review", str(other), "--no-browser"])
    assert result.exit_code != 0 and "not a referat meeting record" in result.output
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"kind": "meeting", "schema_version": 99}))
    result = CliRunner().invoke(main, ["review", str(newer), "--no-browser"])
    assert result.exit_code != 0 and "newer referat" in result.output
    result = CliRunner().invoke(main, ["review", str(tmp_path / "none.json"), "--no-browser"])
    assert result.exit_code != 0 and "does not exist" in result.output


def test_a_missing_recording_opens_the_page_without_audio(record_path):
    (record_path.parent / "demo-meeting.flac").unlink()
    session = ReviewSession.open(record_path)
    state = session.state()
    assert not state["audio"]["available"] and "was not found" in state["audio"]["problem"]
    client = TestClient(create_app(session, TOKEN, PORT), base_url=f"http://127.0.0.1:{PORT}")
    assert client.get("/audio", headers=headers()).status_code == 404
    assert client.get("/api/state", headers=headers()).status_code == 200
