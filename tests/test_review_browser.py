"""The review page in a real browser: `tdkt review` started as the clerk would, Debian's chromium
driven headless by Playwright (the Python package only; the system browser, never a download).
The clerk opens a unit, overrides an item with a reason, and the decision is read back from
reports.json. A screenshot of the unit page is kept in the test's folder (path printed)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "inbox"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

import playwright.sync_api as playwright_api  # noqa: E402  (the test extra; setup.sh installs it)

assert os.path.exists(CHROMIUM), "Debian's chromium is missing: scripts/setup.sh installs it"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"tdkt review ended early: {proc.communicate()}")
        try:
            with urllib.request.urlopen(url, timeout=1) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError("tdkt review did not answer")


@pytest.fixture()
def review_server(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("01-xa-tay-vinh.docx", "04-hoi-nong-dan.docx"):
        shutil.copyfile(SAMPLES / name, inbox / name)
        old = time.time() - 600
        os.utime(inbox / name, (old, old))
    tdkt = [sys.executable, "-m", "tdkt"]
    subprocess.run([*tdkt, "run", "inbox", "--out", "out"], cwd=tmp_path, check=True, capture_output=True, timeout=300)
    port = _free_port()
    proc = subprocess.Popen([*tdkt, "review", "--out", "out", "--port", str(port)], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_until_up(f"http://127.0.0.1:{port}/", proc)
        yield f"http://127.0.0.1:{port}", tmp_path / "out"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_clerk_overrides_an_item_in_chromium(review_server, tmp_path):
    base, out = review_server
    before = next(r for r in json.loads((out / "reports.json").read_text("utf-8"))
                  if r["unit"]["roster_id"] == "xa-tay-vinh")["items"]["M3"]
    assert "override" not in before
    wanted = "partial" if before["status"] != "partial" else "missing"
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"), executable_path=CHROMIUM, headless=True, args=FLAGS,
            viewport={"width": 1400, "height": 1000}, locale="vi-VN")
        try:
            page = browser.new_page()
            page.goto(base + "/")
            assert page.locator("h1").inner_text() == "Các đơn vị"
            page.get_by_role("link", name="UBND xã Tây Vinh").click()
            page.wait_for_selector("#nguon .source-inner")  # the source panel loaded beside the items
            item = page.locator("#muc-M3")
            item.get_by_text("Sửa kết quả…").click()
            item.locator("select[name=tinh_trang]").select_option(wanted)
            item.locator("textarea[name=ghi_chu]").fill("Đã đọc bản giấy: chỉ nêu tên phong trào, chưa có kết quả")
            item.locator("input[name=nguoi_sua]").fill("Nguyễn Thị Lan")
            item.get_by_role("button", name="Ghi quyết định").click()
            page.locator("#muc-M3 .ok").wait_for(timeout=60_000)  # htmx swapped the item in place
            assert "Đã ghi" in page.locator("#muc-M3 .ok").inner_text()
            assert "Nguyễn Thị Lan" in page.locator("#muc-M3 .verdict").inner_text()
            page.locator("#muc-M3").scroll_into_view_if_needed()
            shot = tmp_path / "trang-xem-xet.png"
            page.screenshot(path=str(shot), full_page=False)
            print(f"\nscreenshot: {shot}")
        finally:
            browser.close()
    assert shot.stat().st_size > 10_000
    after = next(r for r in json.loads((out / "reports.json").read_text("utf-8"))
                 if r["unit"]["roster_id"] == "xa-tay-vinh")["items"]["M3"]
    assert after["status"] == before["status"]
    assert after["override"]["status"] == wanted and after["override"]["by"] == "Nguyễn Thị Lan"
    assert after["override"]["note"] == "Đã đọc bản giấy: chỉ nêu tên phong trào, chưa có kết quả"
