"""The review page through Starlette's TestClient, on a folder judged from real sample files (a
DOCX, a text PDF, a phone photo): the unit list and its filters, one unit's items with their
buttons, the source beside the evidence, a decision posted and read back, and the guards."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from tdkt.flows.config import FlowConfig
from tdkt.review.app import ReviewSettings, make_app

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "inbox"
FILES = ("01-xa-tay-vinh.docx", "03-phong-tai-chinh-ke-hoach.pdf", "06-cum-thi-dua-so-2.photo.jpg")
BASE = "http://127.0.0.1:8765"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    from tdkt.flows.run import run_once

    root = tmp_path_factory.mktemp("review")
    (root / "inbox").mkdir()
    for name in FILES:
        shutil.copyfile(SAMPLES / name, root / "inbox" / name)
        old = time.time() - 600
        os.utime(root / "inbox" / name, (old, old))
    cfg = FlowConfig(inbox=str(root / "inbox"), output=str(root / "out"), concurrency=1, retries=0)
    assert run_once(cfg)["judged"] == 3
    return cfg


@pytest.fixture()
def client(folder):
    return TestClient(make_app(folder, ReviewSettings()), base_url=BASE)


def _record(cfg, roster_id):
    return next(r for r in json.loads((cfg.output_dir / "reports.json").read_text("utf-8"))
                if r["unit"]["roster_id"] == roster_id and not r["superseded_by"])


def test_unit_list_in_vietnamese_with_filters(client):
    page = client.get("/")
    assert page.status_code == 200 and '<html lang="vi">' in page.text
    assert "Các đơn vị" in page.text and "Cụm/khối thi đua" in page.text and "Chưa nộp" in page.text
    rows = re.findall(r'<tr class="unit-row" data-unit="(id:[^"]+)">', page.text)
    assert set(rows) == {"id:xa-tay-vinh", "id:phong-tai-chinh-ke-hoach", "id:cum-2"}
    assert 'href="/don-vi?dv=id%3Axa-tay-vinh"' in page.text
    assert '<script src="/static/htmx.min.js"' in page.text
    assert client.get("/static/htmx.min.js").text.startswith("/* htmx 2.")

    one = client.get("/", params={"cum": "Cụm thi đua số 2"}, headers={"HX-Request": "true"})
    assert one.text.lstrip().startswith('<section id="units">')  # htmx gets the table only
    assert re.findall(r'data-unit="(id:[^"]+)"', one.text) == ["id:cum-2"]
    by_item = client.get("/", params={"muc": "M3"})
    assert "<th>M3</th>" in by_item.text


def test_unit_page_has_every_item_with_evidence_and_buttons(client, folder):
    page = client.get("/don-vi", params={"dv": "id:xa-tay-vinh"})
    assert page.status_code == 200
    text = page.text
    record = _record(folder, "xa-tay-vinh")
    for item in record["items"]:
        assert f'id="muc-{item}"' in text
    assert text.count("Xác nhận kết quả máy") == len(record["items"])
    assert text.count("Ghi quyết định") == len(record["items"])
    assert "Sửa kết quả…" in text and "Tình trạng" in text and "Lý do" in text
    first = next(e for i in record["items"].values() for e in i["evidence"])
    assert first["where"] in text  # the quote's place, e.g. "đoạn 13"
    year, month, day = record["document"]["date"].split("-")
    assert f"ngày {day}/{month}/{year}" in text and record["document"]["date"] not in text  # as the office writes dates
    assert client.get("/don-vi", params={"dv": "id:khong-co"}).status_code == 404


def test_source_beside_the_evidence(client, folder):
    docx = client.get("/nguon", params={"dv": "id:xa-tay-vinh", "muc": "P2", "i": "0"})
    where = _record(folder, "xa-tay-vinh")["items"]["P2"]["evidence"][0]["where"]
    n = int(re.search(r"đoạn (\d+)", where).group(1))
    assert re.search(rf'<p class="para hit"><span class="pn">đoạn {n}</span>', docx.text)

    pdf = client.get("/nguon", params={"dv": "id:phong-tai-chinh-ke-hoach", "muc": "L1", "i": "0"})
    assert "data:image/png;base64," in pdf.text and "Câu bằng chứng được tô vàng trên trang." in pdf.text

    photo = client.get("/nguon", params={"dv": "id:cum-2", "muc": "P2", "i": "0"})
    assert "data:image/png;base64," in photo.text
    assert "không lưu vị trí từng dòng, nên không tô sáng được" in photo.text


def test_decision_posted_is_stored_and_rewrites_the_outputs(client, folder):
    record = _record(folder, "phong-tai-chinh-ke-hoach")
    engine = record["items"]["K2"]["status"]
    wanted = "partial" if engine != "partial" else "missing"
    form = {"dv": "id:phong-tai-chinh-ke-hoach", "muc": "K2", "tinh_trang": wanted, "ghi_chu": "Số liệu ở phụ lục",
            "nguoi_sua": "Trần Văn Bình", "hanh_dong": "sua"}
    refused = client.post("/quyet-dinh", data=form)  # no Origin, no Referer: not from the page
    assert refused.status_code == 403
    foreign = client.post("/quyet-dinh", data=form, headers={"Origin": "http://evil.example"})
    assert foreign.status_code == 403
    assert "override" not in _record(folder, "phong-tai-chinh-ke-hoach")["items"]["K2"]

    done = client.post("/quyet-dinh", data=form, headers={"Origin": BASE, "HX-Request": "true"})
    assert done.status_code == 200
    assert done.text.lstrip().startswith('<section class="item') and "Đã ghi" in done.text
    assert "Trần Văn Bình" in done.text
    item = _record(folder, "phong-tai-chinh-ke-hoach")["items"]["K2"]
    assert item["status"] == engine and item["override"]["status"] == wanted
    assert item["override"]["note"] == "Số liệu ở phụ lục"

    confirm = client.post("/quyet-dinh", data={"dv": "id:phong-tai-chinh-ke-hoach", "muc": "K2",
                                               "hanh_dong": "xac-nhan"}, headers={"Referer": BASE + "/don-vi"})
    assert confirm.status_code == 200 and "Lịch sử quyết định (2)" in confirm.text
    assert re.search(r"\d\d/\d\d/20\d\d \d\d:\d\d — ", confirm.text)  # decision times dd/mm/yyyy hh:mm
    assert not re.search(r"20\d\d-\d\d-\d\d[ T]\d\d:", confirm.text)
    assert _record(folder, "phong-tai-chinh-ke-hoach")["items"]["K2"]["override"]["status"] == engine

    no_reason = client.post("/quyet-dinh", data={**form, "ghi_chu": " "}, headers={"Origin": BASE})
    assert no_reason.status_code == 422 and "Hãy ghi lý do" in no_reason.text


def test_guards_host_and_password(folder, monkeypatch):
    local = TestClient(make_app(folder, ReviewSettings()), base_url="http://attacker.example:8765")
    assert local.get("/").status_code == 400  # DNS rebinding: a foreign Host is refused

    monkeypatch.delenv("TDKT_REVIEW_PASSWORD", raising=False)
    with pytest.raises(ValueError, match="mật khẩu"):
        ReviewSettings.from_config(folder, host="0.0.0.0")
    monkeypatch.setenv("TDKT_REVIEW_PASSWORD", "bí-mật")
    settings = ReviewSettings.from_config(folder, host="0.0.0.0", port=9000)
    assert settings.password == "bí-mật"
    remote = TestClient(make_app(folder, settings), base_url="http://10.1.2.3:9000")
    assert remote.get("/").status_code == 401
    assert remote.get("/", auth=("canbo", "sai")).status_code == 401
    assert remote.get("/", auth=("canbo", "bí-mật")).status_code == 200
    assert "review_password" not in folder.to_dict()  # never in Prefect's parameters or the store


def test_the_page_beside_serve_runs_in_a_thread(folder):
    """flows/serve.py starts the page this way next to the Prefect server."""
    import socket
    import urllib.request

    from tdkt.review.app import start_in_thread

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = start_in_thread(folder, ReviewSettings(port=port))
    try:
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.1)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as resp:
            assert resp.status == 200 and "Các đơn vị" in resp.read().decode("utf-8")
    finally:
        server.should_exit = True
