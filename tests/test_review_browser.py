"""The review page in a real browser: Debian's Chromium, headless, driven by Selenium,
against `referat review` run as a real process on the demo meeting (its recording,
and its record as the pipeline builds it from the script).

Set REFERAT_SCREENSHOTS=FOLDER to keep screenshots of the page (docs/review.md uses them).
"""

from __future__ import annotations

import os
import shutil
import time
import urllib.error
import urllib.request
from dataclasses import replace
from pathlib import Path

import pytest
from browser import Review, chromium, have_browser, open_page, requested_urls, wait_for
from docx import Document
from fakes import demo_record

from referat.record import load_record, record_json

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not have_browser(), reason="chromium and chromium-driver are not installed "
                                                            "(scripts/setup.sh --dev installs them)")]
SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def screenshot(driver, name: str) -> None:
    folder = os.environ.get("REFERAT_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def record_path(tmp_path) -> Path:
    shutil.copy(SAMPLES / "demo-meeting.flac", tmp_path / "demo-meeting.flac")
    path = tmp_path / "møde.json"
    path.write_text(record_json(replace(demo_record(), source="demo-meeting.flac")), encoding="utf-8")
    return path


@pytest.fixture
def review(record_path):
    """The page as a secretary sees it: in Danish (the English page has its own test)."""
    server = Review(record_path, env={"REFERAT_LANG": "da"})
    yield server
    server.stop()


@pytest.fixture(scope="module")
def driver():
    browser = chromium()
    yield browser
    browser.quit()


def by(driver, css: str):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, css)


def click(driver, element) -> None:
    """A real click, with the element scrolled clear of the sticky header and player."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def click_menu(driver, heading: str, label: str) -> None:
    """The button ``label`` under ``heading`` in the open menu."""
    driver.execute_script("""
        const [heading, label] = arguments;
        let under = false;
        for (const node of document.querySelectorAll('#menu > *')) {
          if (node.tagName === 'H3') under = node.textContent === heading;
          else if (under && node.textContent === label) { node.click(); return; }
        }
        throw new Error('no ' + label + ' under ' + heading);
    """, heading, label)


def revision(driver) -> int:
    return driver.execute_script("return state.revision")


def saved(driver, before: int) -> None:
    wait_for(driver, f"return state.revision > {before} && document.getElementById('status').textContent !== 'Gemmer…'")


def test_items_speakers_listening_and_no_request_leaves_127_0_0_1(driver, review):
    requested_urls(driver)  # forget earlier pages
    open_page(driver, review.url)
    titles = [e.text for e in by(driver, ".item h2")]
    assert titles == ["Punkt 1: Godkendelse af dagsorden", "Punkt 2: Orientering om budget 2027",
                      "Punkt 3: Plan for nye cykelstier"]
    assert [e.text for e in by(driver, ".speaker .label")] == ["Taler 1", "Taler 2", "Taler 3"]
    assert {e.text for e in by(driver, ".line .who")} == {"Taler 1", "Taler 2", "Taler 3"}
    screenshot(driver, "review-page")
    # Clicking a line plays the recording from its start, and marks the line.
    line = by(driver, '.item[data-number="3"] .line')[1]
    start = float(line.get_attribute("data-start"))
    click(driver, line.find_element("css selector", ".text"))
    wait_for(driver, "const a = document.getElementById('player'); return !a.paused && a.currentTime > 0")
    now = driver.execute_script("return document.getElementById('player').currentTime")
    assert start - 0.1 <= now < start + 2.0
    assert "playing" in line.get_attribute("class")
    driver.execute_script("document.getElementById('player').pause()")
    # data: URLs are the browser's own player icons, made in the page: no network.
    urls = [u for u in requested_urls(driver) if not u.startswith("data:")]
    outside = [u for u in urls if not u.startswith(review.origin + "/")]
    assert urls and outside == []


def test_rename_everywhere_move_a_boundary_and_edit_a_decision_that_survives_a_reload(driver, review, record_path):
    open_page(driver, review.url)
    name = by(driver, '.speaker[data-label="Taler 1"] input.name')[0]
    before = revision(driver)
    name.send_keys("Anne Holm\t")
    saved(driver, before)
    whos = [e.text for e in by(driver, ".line .who")]
    chair_lines = sum(line.speaker == "Taler 1" for line in load_record(record_path).lines)
    assert whos.count("Anne Holm") == chair_lines and "Taler 1" not in whos
    evidence = [e.text for e in by(driver, ".evidence")]
    assert any("Anne Holm:" in e for e in evidence) and not any("Taler 1:" in e for e in evidence)
    # "Punkt 2 starts here" on the last line of item 1 moves it into item 2.
    lines_1 = by(driver, '.item[data-number="1"] .line')
    moved_id = lines_1[-1].get_attribute("data-id")
    click(driver, lines_1[-1].find_element("css selector", ".more"))
    before = revision(driver)
    click_menu(driver, "Punkt starter her", "Punkt 2: Orientering om budget 2027")
    saved(driver, before)
    assert moved_id in [e.get_attribute("data-id") for e in by(driver, '.item[data-number="2"] .line')]
    assert moved_id not in [e.get_attribute("data-id") for e in by(driver, '.item[data-number="1"] .line')]
    # The Beslutning, edited and checked, survives a reload.
    box = by(driver, '.item[data-number="3"] textarea')[0]
    box.clear()
    before = revision(driver)
    box.send_keys("Udvalget godkendte planen med flere lygter ved havnestien.\t")
    saved(driver, before)
    before = revision(driver)
    click(driver, by(driver, '.item[data-number="3"] input.check')[0])
    saved(driver, before)
    screenshot(driver, "review-edited")
    driver.refresh()
    wait_for(driver, "return document.body.dataset.ready === '1'")
    assert by(driver, '.item[data-number="3"] textarea')[0].get_attribute("value") == (
        "Udvalget godkendte planen med flere lygter ved havnestien.")
    assert "Kontrolleret" in by(driver, '.item[data-number="3"] .mark')[0].text
    # Making the referat writes the edits into the .docx.
    before = revision(driver)
    click(driver, by(driver, "#export")[0])
    wait_for(driver, "return state.exports.length > 0")
    referat = record_path.with_name("møde-gennemset.docx")
    text = "\n".join(p.text for p in Document(str(referat)).paragraphs)
    assert "Udvalget godkendte planen med flere lygter ved havnestien." in text
    transcript = "\n".join(p.text for p in Document(str(record_path.with_name("møde-gennemset-udskrift.docx"))).paragraphs)
    assert "Anne Holm: Good morning everyone" in transcript
    assert by(driver, "a.download") and load_record(record_path).names == {"Taler 1": "Anne Holm"}


def test_a_request_without_the_token_is_refused(driver, review):
    driver.get(review.origin + "/")
    assert "adressen, som 'referat review' viste" in driver.find_element("tag name", "body").text
    for url in (review.origin + "/api/state", review.origin + "/audio"):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url, timeout=5)
        assert refused.value.code in (401, 403)


PAGE_WORDS = {  # title, the export button, the speaker name's placeholder (made by the script)
    "en": ("Review the referat", "Make referat", "Name (choose a participant or type)"),
    "da": ("Gennemse referat", "Lav referat", "Navn (vælg en deltager eller skriv)"),
}


@pytest.mark.parametrize("language", sorted(PAGE_WORDS))
def test_the_page_follows_the_language(driver, record_path, language):
    server = Review(record_path, env={"REFERAT_LANG": language})
    try:
        open_page(driver, server.url)
        title, export, placeholder = PAGE_WORDS[language]
        assert driver.title == title
        assert driver.find_element("css selector", "html").get_attribute("lang") == language
        assert driver.find_element("id", "export").text == export
        assert by(driver, ".speaker input.name")[0].get_attribute("placeholder") == placeholder
        # The document's own words stay as the referat will read them.
        assert by(driver, ".item h2")[0].text == "Punkt 1: Godkendelse af dagsorden"
        assert "[UDKAST]" in by(driver, '.item[data-number="3"] .mark')[0].text
    finally:
        server.stop()


def correct_line(driver, line_id: str, text: str) -> None:
    """Double-click a line's text, type the correction, press Enter."""
    from selenium.webdriver.common.keys import Keys

    node = by(driver, f'.line[data-id="{line_id}"] .text')[0]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});"
                          "arguments[0].dispatchEvent(new MouseEvent('dblclick', {bubbles: true}))", node)
    node.send_keys(Keys.CONTROL, "a")
    node.send_keys(text)
    node.send_keys(Keys.ENTER)


def test_two_tabs_editing_at_once_lose_no_edit(driver, review, record_path):
    open_page(driver, review.url)
    first = driver.current_window_handle
    driver.switch_to.new_window("tab")
    open_page(driver, review.url)
    second = driver.current_window_handle
    line_id = by(driver, '.item[data-number="2"] .line')[0].get_attribute("data-id")
    # Tab 1 edits item 1's Beslutning; tab 2, which has not seen that, corrects a line: both are kept.
    driver.switch_to.window(first)
    box = by(driver, '.item[data-number="1"] textarea')[0]
    box.clear()
    box.send_keys("Dagsordenen blev godkendt.\t")
    saved(driver, 0)
    driver.switch_to.window(second)
    assert revision(driver) == 0
    correct_line(driver, line_id, "Vi går videre til punkt to, budgettet.")
    saved(driver, 0)
    record = load_record(record_path)
    assert record.decision(1).text == "Dagsordenen blev godkendt."
    assert record.line(int(line_id)).corrected == "Vi går videre til punkt to, budgettet."
    # Tab 1 has not seen tab 2's correction and corrects the same line: refused, said so, and the
    # page shows the latest version; nothing is overwritten.
    driver.switch_to.window(first)
    correct_line(driver, line_id, "Noget andet.")
    wait_for(driver, "return document.getElementById('status').classList.contains('error')")
    assert "andet vindue" in by(driver, "#status")[0].text
    assert by(driver, f'.line[data-id="{line_id}"] .text')[0].text == "Vi går videre til punkt to, budgettet."
    assert load_record(record_path).line(int(line_id)).corrected == "Vi går videre til punkt to, budgettet."
    driver.switch_to.window(second)
    driver.close()
    driver.switch_to.window(first)


@pytest.mark.slow
def test_real_danish_speech_with_a_published_agenda_reviewed(driver, tmp_path, nst_dir, seeds_dir, embedded_model):
    """Real speech (NST, two speakers) with seed 001's published agenda, through the real CLI."""
    import subprocess
    import sys

    import numpy as np
    import psutil
    import soundfile as sf

    from referat.agenda import import_agenda

    speech = [sf.read(p, dtype="float32")[0] for p in sorted(nst_dir.glob("*.wav"))]
    recording = tmp_path / "møde.wav"
    sf.write(recording, np.concatenate(speech), 16000, subtype="PCM_16")
    agenda = next(seeds_dir.glob("001_*.txt"))
    out = tmp_path / "referat.docx"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    done = subprocess.run([sys.executable, "-m", "referat", "transcribe", str(recording), "--agenda", str(agenda),
                           "-o", str(out)], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    server = Review(out.with_suffix(".json"), env={"REFERAT_LANG": "da"})
    try:
        listening = [c.laddr for c in psutil.Process(server.proc.pid).net_connections() if c.status == "LISTEN"]
        assert listening and all(addr.ip == "127.0.0.1" for addr in listening)
        for host, expected in (("evil.example", 403), (None, 401)):
            request = urllib.request.Request(server.origin + "/api/state" + ("?token=" + server.url.split("token=")[1]
                                                                              if host else ""))
            if host:
                request.add_header("Host", host)
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(request, timeout=5)
            assert refused.value.code == expected
        open_page(driver, server.url)
        titles = [e.text for e in by(driver, ".item h2")]
        expected_titles = [f"Punkt {i.number}: {i.title}" for i in import_agenda(agenda).meeting.items]
        assert titles == expected_titles
        labels = [e.text for e in by(driver, ".speaker .label")]
        assert labels and labels == list(load_record(out.with_suffix(".json")).speakers)
        screenshot(driver, "review-danish")
    finally:
        server.stop()
