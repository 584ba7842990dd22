"""A second directive (year-end review 2023) runs with no code change: only rules/year-end-2023.yaml."""

from pathlib import Path

import docx
import pytest

from tdkt.pipeline.process import process_file
from tdkt.rules.loader import default_rules_path, load_roster, load_ruleset


@pytest.fixture(scope="module")
def year_end():
    return load_ruleset(default_rules_path().parent / "year-end-2023.yaml")


def _write(path: Path, body: list[str], date_line: str = "Tây Vinh, ngày 10 tháng 12 năm 2023") -> None:
    d = docx.Document()
    for line in ["ỦY BAN NHÂN DÂN", "XÃ TÂY VINH", "Số: 120/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", date_line, "BÁO CÁO",
                 "Tổng kết công tác thi đua, khen thưởng năm 2023"]:
        d.add_paragraph(line)
    for line in body:
        p = d.add_paragraph()
        run = p.add_run(line)
        run.bold = line[:2] in ("I.", "II", "IV") or line.startswith("III")
    for line in ["Nơi nhận:", "- UBND huyện;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]:
        d.add_paragraph(line)
    d.save(path)


BODY = [
    "I. KẾT QUẢ CÔNG TÁC THI ĐUA NĂM 2023",
    "UBND xã ban hành Kế hoạch số 05/KH-UBND ngày 20/01/2023 về tổ chức phong trào thi đua năm 2023.",
    "Tổng giá trị sản xuất đạt 1.050 tỷ đồng, vượt 5% chỉ tiêu kế hoạch năm.",
    "II. CÔNG TÁC KHEN THƯỞNG",
    "Đề nghị công nhận danh hiệu Lao động tiên tiến cho 30 cá nhân; tặng Giấy khen cho 4 tập thể và 9 cá nhân.",
    "Hội đồng xét, công nhận 2 sáng kiến cấp cơ sở.",
    "III. ĐÁNH GIÁ CHUNG",
    "Ưu điểm: các phong trào được triển khai đồng bộ.",
    "Hạn chế: việc nhân rộng điển hình còn chậm.",
    "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024",
    "Tiếp tục đẩy mạnh các phong trào thi đua, phấn đấu hoàn thành các chỉ tiêu năm 2024.",
]


def test_year_end_ruleset_loads_with_its_own_items(year_end):
    assert year_end.id == "year-end-2023"
    assert year_end.item_ids == ["TK1", "TK2", "TK3", "TK4", "TK5", "TK6", "VB1", "VB2", "VB3", "VB4", "HN"]
    assert year_end.deadline_for("commune").isoformat() == "2023-12-15"


def test_year_end_report_is_judged_item_by_item(tmp_path, year_end):
    path = tmp_path / "tay-vinh-tong-ket.docx"
    _write(path, BODY)
    record = process_file(path, year_end, load_roster())
    assert record.error is None
    assert record.rules == "year-end-2023"
    assert list(record.items) == year_end.item_ids
    status = {k: v.status for k, v in record.items.items()}
    assert status["TK1"] == "present"
    assert status["TK2"] == "present"
    # Only two of the three titles: the note names the absent one.
    assert status["TK3"] == "partial" and "Chiến sĩ thi đua cơ sở" in record.items["TK3"].note
    assert status["TK4"] == "present"
    assert status["TK5"] == "present"
    assert status["TK6"] == "present"
    assert status["VB2"] == "present" and record.document.number == "120/BC-UBND"
    assert status["VB4"] == "present"
    assert record.unit.roster_id == "xa-tay-vinh"
    assert status["HN"] == "present" and record.deadline == "2023-12-15"


def test_year_end_gaps_and_lateness(tmp_path, year_end):
    path = tmp_path / "tre.docx"
    _write(path, ["I. KẾT QUẢ", "Các phong trào được triển khai.", "IV. PHƯƠNG HƯỚNG NĂM 2024",
                  "Tiếp tục phát động thi đua."], date_line="Tây Vinh, ngày 20 tháng 12 năm 2023")
    record = process_file(path, year_end, load_roster())
    status = {k: v.status for k, v in record.items.items()}
    assert status["TK2"] == "missing" and status["TK3"] == "missing" and status["TK4"] == "missing"
    assert status["TK5"] == "missing"
    assert status["TK6"] == "present"
    assert status["HN"] == "missing" and record.days_late == 5
