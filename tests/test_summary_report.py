"""The district's draft summary: totals equal the sum of the current units' figures with cluster
reports counted once, ratios pooled from counts (not averaged), flagged figures marked, units
without figures named, quotes attributed; the same command on the year-end rules; and on real
records from `tdkt check` of sample DOCX files."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Mm

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synthetic import demo_roster, make_record  # noqa: E402

from tdkt.cli import main  # noqa: E402
from tdkt.pipeline.documents.model import BLANK, BLANK_NAME  # noqa: E402
from tdkt.pipeline.output.outputs import write_reports_json  # noqa: E402
from tdkt.pipeline.documents.summary_report import fmt  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
WARN = "Số Chiến sĩ thi đua cơ sở (5) vượt 15% số Lao động tiên tiến (20)."


def _roster_csv(folder: Path, roster) -> Path:
    path = folder / "roster.csv"
    path.write_text("id,name,type,cluster,aliases\n" + "".join(
        f"{u.id},{u.name},{u.type},{u.cluster},\n" for u in roster.units), encoding="utf-8")
    return path


def _records(roster):
    u = {unit.id: unit for unit in roster.units}
    recs = [
        make_record("xa0.docx", u["xa-0"], figures={"lao_dong_tien_tien": 20, "chien_si_thi_dua_co_so": 5,
                                                    "giay_khen": 15, "ty_le_lao_dong_truc_tiep": 60.0}, warnings=[WARN]),
        make_record("xa1.docx", u["xa-1"], figures={"lao_dong_tien_tien": 30, "giay_khen": 10, "sang_kien": 4,
                                                    "ty_le_lao_dong_truc_tiep": 80.0}),
        make_record("xa2.docx", u["xa-2"], figures={}),  # a report without figures
        make_record("xa6.docx", u["xa-6"], figures={"lao_dong_tien_tien": 7, "ty_le_lao_dong_truc_tiep": 90.0}),
        # the cluster's own report totals its members: never added again
        make_record("cum1.docx", u["cum-1"], figures={"lao_dong_tien_tien": 500, "giay_khen": 300}),
    ]
    old = make_record("xa6-cu.docx", u["xa-6"], figures={"lao_dong_tien_tien": 1000}, date="2023-06-05",
                      received="2023-06-05T08:00:00")
    recs.append(dataclasses.replace(old, sha256="9" * 64, document=dataclasses.replace(old.document, number="3/BC")))
    return recs


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    folder = tmp_path_factory.mktemp("draft")
    roster = demo_roster(12)
    write_reports_json(_records(roster), folder)
    assert main(["draft-report", "--out", str(folder), "--roster", str(_roster_csv(folder, roster))]) == 0
    return Document(str(folder / "van-ban" / "du-thao-bao-cao-so-ket.docx"))


def _table_with(doc, first_header: str):
    return next(t for t in doc.tables if t.rows[0].cells[0].text == first_header
                or t.rows[0].cells[1].text == first_header)


def test_totals_are_the_sum_of_current_units_with_cluster_reports_counted_once(draft):
    by_award = _table_with(draft, "Danh hiệu, hình thức")
    totals = {r.cells[1].text: r.cells[2].text for r in by_award.rows[1:]}
    # xa-0 20 + xa-1 30 + xa-6 7 (its current report, not the superseded 1000); the cluster's 500 not added
    assert totals["Lao động tiên tiến"] == "57"
    assert totals["Giấy khen"] == "25"
    assert totals["Sáng kiến"] == "4" and totals["Chiến sĩ thi đua cơ sở"] == "5"
    counted = {r.cells[1].text: r.cells[3].text for r in by_award.rows[1:]}
    assert counted["Lao động tiên tiến"] == "3"
    by_cluster = _table_with(draft, "Cụm, khối thi đua")
    rows = {r.cells[0].text: [c.text for c in r.cells[1:]] for r in by_cluster.rows[1:]}
    head = [c.text for c in by_cluster.rows[0].cells[1:]]
    ldtt = head.index("Lao động tiên tiến")
    assert rows["Cụm thi đua số 1"][ldtt] == "50" and rows["Cụm thi đua số 2"][ldtt] == "7"
    assert rows["Toàn huyện"][ldtt] == "57"


def test_ratio_is_pooled_from_counts_not_an_average(draft):
    text = "\n".join(p.text for p in draft.paragraphs)
    # people = 60% of (20+5+15) + 80% of (30+10) + 90% of 7 = 24 + 32 + 6.3 = 62.3 of 87 → 71.6%
    # (the average of 60, 80 and 90 would be 76.7%)
    assert "Tỷ lệ người lao động trực tiếp: 71,6%" in text
    assert "76,7" not in text


def test_flagged_figures_marked_and_units_without_figures_named(draft):
    text = "\n".join(p.text for p in draft.paragraphs)
    assert "cần xác minh" in text and "UBND xã Tây Số 0 (Lao động tiên tiến, Chiến sĩ thi đua cơ sở)" in text
    assert "Báo cáo không có số liệu khen thưởng: UBND xã Tây Số 2." in text
    assert "Chưa có số liệu do chưa gửi báo cáo: UBND xã Tây Số 3" in text
    annex = draft.tables[-1]
    header = [c.text for c in annex.rows[0].cells]
    assert header[:2] == ["STT", "Cơ quan, đơn vị, địa phương"] and "Nguồn số liệu" in header
    rows = {r.cells[1].text: [c.text for c in r.cells] for r in annex.rows[1:]}
    ldtt = header.index("Lao động tiên tiến")
    assert rows["UBND xã Tây Số 0"][ldtt] == "20 (*)"
    assert "Báo cáo số 45/BC-UBND ngày 20/06/2023 (xa0.docx)" in rows["UBND xã Tây Số 0"][header.index("Nguồn số liệu")]
    assert rows["Cụm thi đua số 1"][ldtt] == "500"  # listed with its provenance, outside the totals
    assert rows["Toàn huyện (4 đơn vị)"][ldtt] == "57"
    assert rows["UBND xã Tây Số 3"][-1] == "Chưa nộp báo cáo"
    section = draft.sections[-1]
    assert section.page_width > section.page_height  # the wide annex is landscape


def test_outline_quotes_and_form_of_the_draft(draft):
    texts = [p.text for p in draft.paragraphs]
    heads = [t for t in texts if t[:3] in ("I. ", "II.", "III", "IV.", "V. ", "VI.")]
    assert heads[:3] == ["I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "II. KẾT QUẢ TỔ CHỨC PHONG TRÀO THI ĐUA",
                         "III. CÔNG TÁC KHEN THƯỞNG"]
    assert "1. Chung sức xây dựng nông thôn mới" not in texts  # numbered inside its section
    assert any(t.startswith("4. Chung sức xây dựng nông thôn mới") for t in texts)
    assert any(t.startswith("Có 4/4 cơ quan, đơn vị, địa phương báo cáo nội dung này") for t in texts)
    assert any(t.startswith("- UBND xã Tây Số 0: «Câu bằng chứng của mục M1.»") for t in texts)
    assert "BÁO CÁO" in texts and "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023" in texts
    header = draft.tables[0]
    assert [p.text for p in header.cell(0, 0).paragraphs][:2] == ["ỦY BAN NHÂN DÂN", "HUYỆN TÂY SƠN"]
    assert header.cell(1, 0).paragraphs[0].text == f"Số: {BLANK}/BC-UBND"
    sign = [p.text for p in draft.tables[-2].cell(0, 1).paragraphs] if len(draft.tables) > 3 else []
    assert sign and sign[0] == "TM. ỦY BAN NHÂN DÂN" and sign[-1] == BLANK_NAME
    first = draft.sections[0]
    assert abs(first.page_width - Mm(210)) < Mm(1) and first.left_margin >= Mm(29.5)


def test_year_end_rules_give_their_own_outline(tmp_path):
    roster = demo_roster(6)
    ruleset_path = ROOT / "rules" / "year-end-2023.yaml"
    rec = make_record("a.docx", roster.units[0], figures={"lao_dong_tien_tien": 3})
    write_reports_json([rec], tmp_path)
    assert main(["draft-report", "--out", str(tmp_path), "--rules", str(ruleset_path),
                 "--roster", str(_roster_csv(tmp_path, roster))]) == 0
    doc = Document(str(tmp_path / "van-ban" / "du-thao-bao-cao-so-ket.docx"))
    texts = [p.text for p in doc.paragraphs]
    assert "Tổng kết công tác thi đua, khen thưởng năm 2023" in texts
    assert "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024" in texts
    assert any(t.startswith("1. Văn bản chỉ đạo công tác thi đua năm 2023") for t in texts)


def test_fmt_vietnamese_numbers():
    assert fmt(1234) == "1.234" and fmt(71.55) in ("71,5", "71,6") and fmt(3.0) == "3"


def test_real_records_from_tdkt_check(tmp_path):
    """Real sample DOCX files judged by `tdkt check`: the draft's district total of each award is
    the sum over the current non-cluster reports in reports.json."""
    inbox = sorted((ROOT / "samples" / "inbox").glob("*.docx"))
    picked = [p for p in inbox if "." not in p.stem][:8]
    cluster = [p for p in inbox if "." not in p.stem and ("cum" in p.stem or "khoi" in p.stem)][:1]
    files = list(dict.fromkeys(picked + cluster))
    assert main(["check", *map(str, files), "--out", str(tmp_path), "--format", "json"]) in (0, 1)
    assert main(["draft-report", "--out", str(tmp_path)]) == 0
    data = json.loads((tmp_path / "reports.json").read_text(encoding="utf-8"))
    from tdkt.pipeline.record import ReportRecord
    from tdkt.pipeline.supersede import mark_superseded

    current = [r for r in mark_superseded([ReportRecord.from_dict(d) for d in data])
               if not r.error and not r.superseded_by and r.unit.type != "cluster" and r.document.on_subject is not False]
    expected = sum(r.figures.get("lao_dong_tien_tien", 0) for r in current)
    assert expected > 0
    clusters = [d for d in data if (d.get("unit") or {}).get("type") == "cluster"]
    assert any(d["figures"].get("lao_dong_tien_tien") for d in clusters)  # there is something not to add
    doc = Document(str(tmp_path / "van-ban" / "du-thao-bao-cao-so-ket.docx"))
    by_award = _table_with(doc, "Danh hiệu, hình thức")
    totals = {r.cells[1].text: r.cells[2].text for r in by_award.rows[1:]}
    assert totals["Lao động tiên tiến"] == fmt(expected)
