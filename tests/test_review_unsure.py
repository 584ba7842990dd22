"""Verdicts the engine is unsure of (ItemResult.review) are marked for the clerk: on the unit page
and, with a dotted border and the reason first in the comment, on the workbook's Chi tiết."""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_review_page import folder  # noqa: E402,F401  (the fixture: 3 real files judged)

from tdkt.pipeline.record import ReportRecord  # noqa: E402
from tdkt.pipeline.output.table import _comment, _flag  # noqa: E402


def test_unit_page_marks_unsure_verdicts(folder, tmp_path):  # noqa: F811
    import dataclasses
    import shutil

    from starlette.testclient import TestClient

    from tdkt.review.app import ReviewSettings, make_app

    # A copy of the judged folder where one verdict of Tây Vinh is marked unsure.
    out = tmp_path / "out"
    shutil.copytree(folder.output_dir, out)
    records = json.loads((out / "reports.json").read_text("utf-8"))
    current = next(r for r in records if r["unit"]["roster_id"] == "xa-tay-vinh" and not r["superseded_by"])
    current["items"]["M3"].update(confidence=0.3, review="Cần xem lại: phong trào chỉ được nhắc tên một lần.")
    (out / "reports.json").write_text(json.dumps(records, ensure_ascii=False), "utf-8")
    client = TestClient(make_app(dataclasses.replace(folder, output=str(out)), ReviewSettings()),
                        base_url="http://127.0.0.1")
    page = client.get("/don-vi", params={"dv": "id:xa-tay-vinh"}).text
    marked = set(re.findall(r'class="item [a-z]+ unsure" id="muc-([A-Z]\d)"', page))
    assert marked == {"M3"}
    assert "⚑ Cần xem lại: phong trào chỉ được nhắc tên một lần." in page


def test_sheet_flags_unsure_verdicts_and_says_why():
    record = ReportRecord.from_dict({
        "file": "a.docx", "sha256": "0" * 64,
        "items": {"M3": {"status": "present", "note": "Có nội dung", "evidence": [],
                         "confidence": 0.4, "review": "Cần xem lại: chỉ một câu nhắc tên phong trào."},
                  "M4": {"status": "present", "note": "", "evidence": [], "confidence": 0.9}}})
    assert _flag(record, "M3") == "review" and _flag(record, "M4") == ""
    assert _comment(record, "M3").startswith("Cần xem lại: chỉ một câu")
