"""The review page's unit list filtered by status (the many «Chưa nộp» roster rows hidden)."""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_review_page import client, folder  # noqa: E402,F401  (the fixtures: 3 real files judged)


def test_status_filter_keeps_only_that_status(client):  # noqa: F811
    page = client.get("/")
    assert '<select name="tt">' in page.text and '<option value="Chưa nộp"' in page.text
    every = re.findall(r'<tr class="unit-row"', page.text)
    assert len(every) > 40  # the roster: most units have sent nothing in this folder
    missing = client.get("/", params={"tt": "Chưa nộp"}, headers={"HX-Request": "true"})
    assert re.findall(r'data-unit="(id:[^"]+)"', missing.text) == []  # no unit with a report left
    assert len(re.findall(r'<tr class="unit-row"', missing.text)) == len(every) - 3
    sent = client.get("/", params={"tt": "Đạt"}).text + client.get("/", params={"tt": "Thiếu nội dung"}).text \
        + client.get("/", params={"tt": "Nộp muộn"}).text
    shown = set(re.findall(r'<tr class="unit-row" data-unit="(id:[^"]+)">', sent))
    assert shown == {"id:xa-tay-vinh", "id:phong-tai-chinh-ke-hoach", "id:cum-2"}
    assert "Chưa nộp: <b>" in missing.text  # the totals still count every status
