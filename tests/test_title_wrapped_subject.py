"""F4 of a letter-style report: its subject ("V/v ...") wrapped over several lines of the narrow
header column is read as one trích yếu.

A text PDF drawn here with reportlab (DejaVu, two header columns as offices lay them out), read back
by the PDF extractor; the same subject on one line and a subject about something else as controls.
"""

from pathlib import Path


from tdkt.extractors import extract
from tdkt.pipeline.metadata import read_metadata
from tdkt.pipeline.metadata.lines import _Line
from tdkt.pipeline.metadata.title import _title
from tdkt.rules.loader import load_ruleset

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def _letter_pdf(path: Path, subject_lines: list[str]) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    # fonts-dejavu-core is one of scripts/setup.sh's packages: its absence is a setup defect
    assert FONT.exists(), "DejaVu Serif missing: scripts/setup.sh installs fonts-dejavu-core"
    pdfmetrics.registerFont(TTFont("LetterSerif", str(FONT)))
    page = canvas.Canvas(str(path))
    left = ["TRUNG TÂM VĂN HÓA - THỂ THAO", "HUYỆN TÂY SƠN", "Số: 41/TTVH-TT", *subject_lines]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
             "Tây Sơn, ngày 19 tháng 6 năm 2023"]
    for column, x, size in ((left, 50, 11), (right, 300, 11)):
        y = 790
        for text in column:
            page.setFont("LetterSerif", size)
            page.drawString(x, y, text)
            y -= 15
    body = ["Kính gửi: Phòng Nội vụ huyện Tây Sơn.",
            "Thực hiện hướng dẫn của Khối thi đua, Trung tâm báo cáo kết quả như sau:",
            "Trung tâm tổ chức 14 buổi biểu diễn văn nghệ phục vụ Nhân dân, 03 giải thể thao cấp huyện.",
            "Trung tâm có 12/12 viên chức đăng ký danh hiệu Lao động tiên tiến năm 2023."]
    y = 680
    for text in body:
        page.setFont("LetterSerif", 12)
        page.drawString(60, y, text)
        y -= 18
    page.save()
    return path


def test_a_subject_wrapped_over_the_header_column_is_the_trich_yeu(tmp_path):
    pdf = _letter_pdf(tmp_path / "cong-van.pdf", ["V/v báo cáo sơ kết công tác", "thi đua, khen thưởng sáu tháng",
                                                  "đầu năm 2023"])
    result = read_metadata(extract(pdf), load_ruleset())
    assert result.items["F4"].status == "partial", result.items["F4"].note
    assert "đầu năm 2023" in result.info.title


def test_a_wrapped_subject_about_something_else_is_no_trich_yeu(tmp_path):
    pdf = _letter_pdf(tmp_path / "cong-van.pdf", ["V/v báo cáo tình hình tổ chức", "các giải thể thao quần chúng",
                                                  "sáu tháng đầu năm 2023"])
    result = read_metadata(extract(pdf), load_ruleset())
    assert result.items["F4"].status == "missing", result.items["F4"].note


def _line(text, side="left", zone="header"):
    return _Line(text, "dòng 1", side, zone, 0)


def test_only_the_subjects_own_column_continues_it():
    rules = load_ruleset()
    wrapped = [_line("Số: 07/CV-HTX"), _line("Về việc báo cáo kết quả công tác"), _line("thi đua, khen thưởng"),
               _line("6 tháng đầu năm 2023"), _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", side="right")]
    across = [_line("Về việc báo cáo kết quả công tác"), _line("thi đua, khen thưởng", side="right"),
              _line("6 tháng đầu năm 2023", side="right")]
    assert _title(wrapped, None, 2023, rules)[0].status == "partial"
    assert _title(across, None, 2023, rules)[0].status == "missing"
