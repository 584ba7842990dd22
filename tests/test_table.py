"""Records -> the sheet tables: rows, statuses and their precedence, lists, figures and totals."""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synthetic import demo_roster, demo_ruleset, make_record  # noqa: E402

from tdkt.pipeline.supersede import mark_superseded  # noqa: E402
from tdkt.pipeline.output.table import build_tables  # noqa: E402

RUN = {"run_time": dt.datetime(2023, 7, 3, 8, 0), "rules_file": "tay-son-2023-h1.yaml"}


def _scenario():
    roster = demo_roster(12)  # xa-0..xa-4 + cum-1 in cluster 1, xa-6..xa-10 + cum-2 in cluster 2
    u = {x.id: x for x in roster.units}
    records = [
        make_record("ok.docx", u["xa-0"], figures={"sang_kien": 3, "lao_dong_tien_tien": 20,
                                                   "ty_le_lao_dong_truc_tiep": 60.0}),
        make_record("thieu.docx", u["xa-1"], statuses={"M3": "missing", "F6": "missing", "K2": "partial"},
                    figures={"sang_kien": 2, "lao_dong_tien_tien": 10}, warnings=["Tỷ lệ vượt 100%."]),
        make_record("chi-partial.docx", u["xa-2"], statuses={"P3": "partial"}),
        make_record("muon.docx", u["xa-3"], statuses={"T1": "missing", "M1": "missing"}, days_late=3,
                    date="2023-06-26"),
        make_record("cum1.docx", u["cum-1"], figures={"sang_kien": 100, "lao_dong_tien_tien": 500}),
        make_record("xa6-cu.docx", u["xa-6"], date="2023-06-10", statuses={"L1": "missing"}),
        make_record("xa6-moi.docx", u["xa-6"], date="2023-06-15", figures={"sang_kien": 7}),
        make_record("la.docx", name="Hội Người cao tuổi xã", figures={"giay_khen": 4}),
        make_record("hong.pdf", error="Tệp PDF bị mã hóa, không mở được."),
    ]
    return mark_superseded(records), roster


def test_summary_rows_statuses_and_order():
    records, roster = _scenario()
    t = build_tables(records, demo_ruleset(), roster, RUN)
    s = t.summary
    status = dict(zip([f or "" for f in s.column("Tệp")], s.column("Tình trạng")))
    assert status["ok.docx"] == "Đạt"
    assert status["thieu.docx"] == "Thiếu nội dung"
    assert status["chi-partial.docx"] == "Đạt"  # partial counts as reported
    assert status["muon.docx"] == "Nộp muộn"  # lateness wins over missing content
    assert status["xa6-moi.docx"] == "Đạt" and status["xa6-cu.docx"] == "Đã có bản mới"
    assert status["hong.pdf"] == "Lỗi tệp"
    assert status["la.docx"] == "Đạt"
    # 12 roster units + older version + unknown sender + bad file
    assert len(s) == 15
    not_sent = [r["Đơn vị"] for r in s.dicts() if r["Tình trạng"] == "Chưa nộp"]
    assert not_sent == ["UBND xã Tây Số 4", "UBND xã Tây Số 7", "UBND xã Tây Số 8", "UBND xã Tây Số 9",
                        "UBND xã Tây Số 10", "Cụm thi đua số 2"]
    files = s.column("Tệp")
    assert files.index("xa6-cu.docx") == files.index("xa6-moi.docx") + 1  # old version right under
    assert files[-2:] == ["la.docx", "hong.pdf"]  # unknown senders, then unreadable files
    assert s.column("STT") == list(range(1, 16))


def test_summary_values_of_a_row():
    records, roster = _scenario()
    s = build_tables(records, demo_ruleset(), roster, RUN).summary.by("Tệp")
    row = s["thieu.docx"]
    assert row["Đơn vị"] == "UBND xã Tây Số 1" and row["Loại đơn vị"] == "Xã"
    assert row["Cụm/khối thi đua"] == "Cụm thi đua số 1"
    assert row["Số mục đã báo cáo"] == 27 and row["Tổng số mục"] == 29  # T1 is not a content item
    assert row["Mục còn thiếu"] == "M3 Doanh nghiệp hội nhập và phát triển\nF6 Nơi nhận"
    assert row["Mục chưa đầy đủ"] == "K2 Danh hiệu, Giấy khen năm 2022"
    assert row["Cảnh báo"] == "Tỷ lệ vượt 100%."
    assert row["Ngày văn bản"] == dt.date(2023, 6, 20)
    assert row["Thời điểm nhận"] == dt.datetime(2023, 6, 20, 9, 0)
    assert row["Hạn nộp"] == dt.date(2023, 6, 23) and row["Thời hạn"] == "Đúng hạn"
    late = s["muon.docx"]
    assert late["Thời hạn"] == "Trễ 3 ngày" and late["Số ngày trễ"] == 3
    assert late["Mục còn thiếu"] == "M1 Chung sức xây dựng nông thôn mới"
    assert "xa6-cu.docx" not in s["xa6-moi.docx"]["Mục còn thiếu"]
    assert s["xa6-cu.docx"]["Ghi chú"] == ("Văn bản ngày 10/06/2023 đã được thay bằng văn bản ngày "
                                           "15/06/2023: xa6-moi.docx.")
    assert s["xa6-moi.docx"]["Ghi chú"] == "Văn bản mới nhất trong 2 văn bản đơn vị đã gửi."
    assert s["la.docx"]["Loại đơn vị"] == "Chưa rõ"
    assert s["la.docx"]["Ghi chú"] == "Không có trong danh sách đơn vị"
    assert s["hong.pdf"]["Ghi chú"] == "Tệp PDF bị mã hóa, không mở được."


def test_detail_matrix_and_comments():
    records, roster = _scenario()
    t = build_tables(records, demo_ruleset(), roster, RUN)
    d = t.detail.by("Tệp")
    assert "xa6-cu.docx" not in d and "hong.pdf" not in d
    assert list(t.detail.columns[3:-2]) == t.item_ids and len(t.item_ids) == 30
    assert list(t.detail.columns[:3]) == ["STT", "Đơn vị", "Tình trạng"]
    assert d["thieu.docx"]["Tình trạng"] == "Thiếu nội dung" and d["muon.docx"]["Tình trạng"] == "Nộp muộn"
    assert d["thieu.docx"]["M3"] == "✗" and d["thieu.docx"]["K2"] == "◐" and d["thieu.docx"]["L1"] == "✓"
    notes = t.detail_notes
    assert notes.columns == t.item_ids and len(notes) == len(t.detail)
    row = t.detail.column("Tệp").index("thieu.docx")
    assert notes.dicts()[row]["K2"] == "Ghi chú K2\n«Câu bằng chứng của mục K2.» (đoạn 3)"
    assert notes.dicts()[row]["M3"] == ""
    assert t.item_labels["M3"] == "Doanh nghiệp hội nhập và phát triển"


def test_figures_totals_skip_cluster_reports_and_ratios():
    records, roster = _scenario()
    f = build_tables(records, demo_ruleset(), roster, RUN).figures
    names = f.column("Đơn vị")
    assert "Cộng Cụm thi đua số 1 (4 đơn vị)" in names  # xa-0..xa-3; the cluster's own report excluded
    rows = f.by("Đơn vị")
    total1 = rows["Cộng Cụm thi đua số 1 (4 đơn vị)"]
    assert total1["sang_kien"] == 5 and total1["lao_dong_tien_tien"] == 30
    assert total1["ty_le_lao_dong_truc_tiep"] is None  # ratios are never summed
    district = f.dicts()[-1]
    assert district["Đơn vị"].startswith("Toàn huyện") and district["sang_kien"] == 12  # 3 + 2 + 7
    assert district["giay_khen"] == 4
    unit_stt = [n for n in f.column("STT") if n is not None]
    assert unit_stt == list(range(1, len(unit_stt) + 1))
    assert rows["Cụm thi đua số 1"]["sang_kien"] == 100
    assert rows["UBND xã Tây Số 1"]["Cảnh báo"] == "Tỷ lệ vượt 100%."


def test_missing_errors_and_evidence_sheets():
    records, roster = _scenario()
    long_text = "Câu rất dài " * 200
    records[0].items["L1"].evidence[0].text = long_text
    t = build_tables(records, demo_ruleset(), roster, RUN)
    m = t.missing.by("Đơn vị")
    assert m["Cụm thi đua số 2"]["Hạn nộp"] == dt.date(2023, 6, 30)  # clusters have a later deadline
    assert m["Cụm thi đua số 2"]["Số ngày quá hạn"] == 3
    assert m["UBND xã Tây Số 4"]["Số ngày quá hạn"] == 10
    assert m["UBND xã Tây Số 4"]["Cụm/khối thi đua"] == "Cụm thi đua số 1"
    e = t.errors.dicts()[0]
    assert e["Tệp"] == "hong.pdf" and e["Lý do"] == "Tệp PDF bị mã hóa, không mở được."
    assert e["Nơi lưu tệp"] == "quarantine/hong.pdf"
    ev = t.evidence.dicts()
    first = [r for r in ev if r["Tệp"] == "ok.docx" and r["Mã mục"] == "L1"][0]
    assert first["Câu bằng chứng"].endswith("…") and len(first["Câu bằng chứng"]) <= 500
    assert first["Vị trí"] == "đoạn 3" and first["Tình trạng"] == "Có"
    assert not any(r["Tệp"] == "xa6-cu.docx" for r in ev)
    assert sum(r["Tệp"] == "thieu.docx" and r["Mã mục"] == "M3" for r in ev) == 0  # no evidence, no note
    assert [r["STT"] for r in ev] == list(range(1, len(ev) + 1))


def test_figure_columns_follow_the_ruleset_labels():
    records, roster = _scenario()
    ruleset = demo_ruleset()
    ruleset.raw["figures"] = {"sang_kien": {"label": "Sáng kiến", "kind": "count"},
                              "ty_le_moi": {"label": "Tỷ lệ mới", "kind": "percent"}}
    records[0].figures["ty_le_moi"] = 12.5
    records[1].figures["ty_le_moi"] = 40.0
    t = build_tables(records, ruleset, roster, RUN)
    assert t.figure_labels["sang_kien"] == "Sáng kiến"
    assert t.figure_labels["ty_le_moi"] == "Tỷ lệ mới (%)" and "ty_le_moi" in t.ratio_keys
    district = t.figures.dicts()[-1]
    assert district["ty_le_moi"] is None and district["sang_kien"] == 12


def test_overview_one_row_per_unit_and_cluster_counts():
    records, roster = _scenario()
    t = build_tables(records, demo_ruleset(), roster, RUN)
    o = t.overview.by("Đơn vị")
    assert len(o) == len(t.overview) == 12 + 1 + 1  # roster units, the unknown sender, the unreadable file
    assert list(o)[:3] == ["UBND xã Tây Số 0", "UBND xã Tây Số 1", "UBND xã Tây Số 2"]
    assert list(o)[-2:] == ["Hội Người cao tuổi xã", "(tệp hong)"]
    assert o["UBND xã Tây Số 6"]["Văn bản"] == "Số 45/BC-UBND, ngày 15/06/2023"  # the newer version
    assert t.counts == {"Đạt": 5, "Thiếu nội dung": 1, "Nộp muộn": 1, "Chưa nộp": 6, "Lỗi tệp": 1,
                        "Không đúng nội dung": 0}
    assert t.common_missing == [] and t.reporting_units == 7  # no item lacking in 60 % of 7 reports
    v = t.versions
    assert v.column("Tệp") == ["xa6-cu.docx"] and v.dicts()[0]["Bản đang dùng"] == "xa6-moi.docx"
    c = t.clusters.by("Cụm/khối thi đua")
    one = c["Cụm thi đua số 1"]
    assert (one["Số đơn vị phải nộp"], one["Đã nộp"], one["Đúng hạn"], one["Nộp muộn"], one["Chưa nộp"]) == (6, 5, 4, 1, 1)
    assert one["Thiếu nội dung"] == 2  # thieu.docx and the late muon.docx lack items
    assert one["Mục thường thiếu nhất"].splitlines()[0] == "M1 Chung sức xây dựng nông thôn mới (1/5)"
    assert c["Toàn huyện"]["Số đơn vị phải nộp"] == 12 and c["Toàn huyện"]["STT"] is None


def test_overdue_counts_to_the_period_close_once_it_is_over():
    records, roster = _scenario()
    ruleset = demo_ruleset()
    ruleset.raw["period"] = {"year": 2023, "half": 1}  # closes 30/06/2023
    during = build_tables(records, ruleset, roster, {**RUN, "run_time": dt.datetime(2023, 6, 28, 9, 0)})
    m = during.missing.by("Đơn vị")
    assert m["UBND xã Tây Số 4"]["Số ngày quá hạn"] == 5  # 23/06 -> 28/06, the run date
    assert m["UBND xã Tây Số 4"]["Tình hình"] == "Quá hạn 5 ngày"
    assert m["Cụm thi đua số 2"]["Tình hình"] == "Chưa đến hạn (30/06/2023)"
    assert m["Cụm thi đua số 2"]["Số ngày quá hạn"] is None
    after = build_tables(records, ruleset, roster, {**RUN, "run_time": dt.datetime(2023, 7, 20, 9, 0)})
    m = after.missing.by("Đơn vị")
    assert m["UBND xã Tây Số 4"]["Số ngày quá hạn"] == 7  # counted to 30/06, not to 20/07
    assert m["UBND xã Tây Số 4"]["Tình hình"] == "Quá hạn"
    assert after.overview.by("Đơn vị")["UBND xã Tây Số 4"]["Thời hạn"] == "Quá hạn"


def test_unreadable_files_named_after_their_unit_by_name_or_message():
    from tdkt.pipeline.output.file_units import unit_named_in
    from tdkt.pipeline.record import ReportRecord
    from tdkt.rules.loader import load_roster

    real = load_roster()
    assert unit_named_in(["07-xa-tay-xuan"], real).id == "xa-tay-xuan"
    assert unit_named_in(["BC Tây Xuân 6 tháng"], real).id == "xa-tay-xuan"
    assert unit_named_in(["Phong GD&DT bao cao"], real).name == "Phòng Giáo dục và Đào tạo huyện"
    assert unit_named_in(["bao-cao-so-ket", "Tệp rỗng (0 byte)"], real) is None
    assert unit_named_in(["x", "bảng tính Excel; nội dung ghi: «UBND xã Tây Vinh»"], real).id == "xa-tay-vinh"
    assert unit_named_in(["bao-cao-tay"], real) is None  # one word names nothing
    records, roster = _scenario()
    records.append(ReportRecord(file="inbox/BC xa Tay So 8.docx", sha256="1" * 64, format="unknown",
                                error="Tệp bị cắt cụt, không đọc được.", error_code="truncated"))
    t = build_tables(records, demo_ruleset(), roster, RUN)
    e = t.errors.by("Tệp")
    assert e["inbox/BC xa Tay So 8.docx"]["Đơn vị"] == "UBND xã Tây Số 8"
    assert e["inbox/BC xa Tay So 8.docx"]["Định dạng"] == "Không nhận ra (tên tệp .docx)"
    assert e["hong.pdf"]["Đơn vị"] == "(chưa rõ)" and e["hong.pdf"]["Định dạng"] == "PDF"
    o = t.overview.by("Đơn vị")
    assert o["UBND xã Tây Số 8"]["Tình trạng"] == "Lỗi tệp"  # chase it for a readable copy
    assert "cần gửi lại" in o["UBND xã Tây Số 8"]["Cảnh báo, ghi chú"]
    assert t.missing.by("Đơn vị")["UBND xã Tây Số 8"]["Ghi chú"].startswith("Đã gửi tệp không đọc được")


def test_items_follow_the_directive_sections():
    from tdkt.pipeline.output.table import directive_order

    from types import SimpleNamespace

    ids = list(demo_ruleset().item_ids)
    rest = [i for i in ids if i not in ("K1", "L1")]
    ruleset = SimpleNamespace(  # rules listing K1 before L1
        item_ids=["K1", "L1"] + rest,
        raw={"sections": [{"id": "I.1"}, {"id": "I.2"}, {"id": "I.3"}, {"id": "I.4"}]},
        items=[{"id": "K1", "section": "I.3"}, {"id": "L1", "section": "I.1"}] + [{"id": i} for i in rest])
    order = directive_order(ruleset)
    assert order.index("L1") < order.index("K1") and sorted(order) == sorted(ids)
