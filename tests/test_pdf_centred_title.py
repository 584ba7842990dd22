"""A text PDF's centred title wrapped over two lines (its second opening in lower case) is one
centred block, and the whole of it is the trích yếu, so its "phương hướng, nhiệm vụ ..." is no plan
heading; a Part heading and the lettered heading right under it ("A. ...") stay two blocks.

Drawn here with reportlab (DejaVu Serif Bold for the title, as LibreOffice lays out a title that
wraps), read back by the PDF extractor, and compared with the same lines not centred.
"""

from pathlib import Path

from tdkt.extractors import extract
from tdkt.pipeline.segment import body_range

SERIF = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
SERIF_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")
TITLE = ["Kết quả công tác thi đua, khen thưởng sáu tháng đầu năm 2023 của Hội",
         "gắn với “Dân vận khéo”; phương hướng, nhiệm vụ 6 tháng cuối năm"]


def _report_pdf(path: Path, centred: bool) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    # fonts-dejavu-core is one of scripts/setup.sh's packages: its absence is a setup defect
    assert (SERIF.exists() and SERIF_BOLD.exists()), "DejaVu Serif missing: scripts/setup.sh installs fonts-dejavu-core"
    pdfmetrics.registerFont(TTFont("BodySerif", str(SERIF)))
    pdfmetrics.registerFont(TTFont("BodySerifBold", str(SERIF_BOLD)))
    page = canvas.Canvas(str(path))
    left, right, middle = 60, 540, 300
    for column, x in ((["HỘI NÔNG DÂN HUYỆN", "Số: 27-BC/HND"], 70),
                      (["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Tây Sơn, ngày 21 tháng 6 năm 2023"], 320)):
        y = 800
        for text in column:
            page.setFont("BodySerif", 10)
            page.drawString(x, y, text)
            y -= 14
    page.setFont("BodySerifBold", 12)
    page.drawCentredString(middle, 740, "BÁO CÁO")
    y = 722
    for text in TITLE:
        page.setFont("BodySerifBold", 10.5)
        if centred:
            page.drawCentredString(middle, y, text)
        else:
            page.drawString(left, y, text)
        y -= 14
    body = [("BodySerif", left, "Thực hiện hướng dẫn của Khối thi đua các cơ quan Đảng - đoàn thể huyện về sơ kết"),
            ("BodySerif", left, "công tác thi đua, khen thưởng, Ban Thường vụ Hội báo cáo kết quả như sau:"),
            ("BodySerifBold", left + 30, "PHẦN THỨ NHẤT. KẾT QUẢ SÁU THÁNG ĐẦU NĂM"),
            ("BodySerifBold", left + 30, "A. TÌNH HÌNH CHUNG"),
            ("BodySerif", left + 30, "Hội có 8.412 hội viên ở 15 cơ sở; 6 tháng kết nạp mới 214 hội viên."),
            ("BodySerif", left, "Ban Thường vụ Hội tổ chức tổng kết năm 2022 và phát động thi đua năm 2023.")]
    y -= 10
    for font, x, text in body:
        page.setFont(font, 11)
        page.drawString(x, y, text)
        y -= 16
    page.drawString(right - 200, y - 40, "TM. BAN THƯỜNG VỤ")
    page.save()
    return path


def _body(document):
    return [b for b in document.blocks if b.region is None]


def test_a_centred_title_wrapped_in_lower_case_is_one_centred_block(tmp_path):
    document = extract(_report_pdf(tmp_path / "bao-cao.pdf", centred=True))
    body = _body(document)
    title = body[1]
    assert " ".join(title.full_text.split()) == " ".join(" ".join(TITLE).split())
    assert title.alignment == "center"
    start, _ = body_range(document.blocks)
    assert document.blocks[start].full_text.startswith("Thực hiện hướng dẫn")


def test_a_part_heading_and_the_lettered_heading_under_it_stay_apart(tmp_path):
    document = extract(_report_pdf(tmp_path / "bao-cao.pdf", centred=True))
    texts = [b.full_text for b in _body(document)]
    assert "PHẦN THỨ NHẤT. KẾT QUẢ SÁU THÁNG ĐẦU NĂM" in texts
    assert "A. TÌNH HÌNH CHUNG" in texts


def test_left_aligned_lines_are_not_read_as_a_centred_title(tmp_path):
    document = extract(_report_pdf(tmp_path / "bao-cao.pdf", centred=False))
    assert all(b.alignment != "center" for b in _body(document)[1:3])
