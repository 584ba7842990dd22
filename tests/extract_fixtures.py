"""Builders for the extraction tests and the benchmark fallback: a realistic half-year report
as DOCX (python-docx), converted to PDF by LibreOffice, rendered to a scanned (image-only) PDF.

Not a test module itself (no `test_` prefix); test modules import it by name.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "XÃ TÂY VINH", "Số: 45/BC-UBND"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Tây Vinh, ngày 20 tháng 6 năm 2023"]
TITLE = ["BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023"]
BODY = [
    ("h", "I. KẾT QUẢ THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG"),
    ("h", "1. Công tác lãnh đạo, chỉ đạo"),
    ("p", "Ủy ban nhân dân xã đã ban hành kế hoạch tổ chức các phong trào thi đua năm 2023, "
          "quán triệt đầy đủ các văn bản chỉ đạo của cấp trên về công tác thi đua, khen thưởng "
          "đến toàn thể cán bộ, công chức và nhân dân trên địa bàn xã."),
    ("p", "Hội đồng Thi đua - Khen thưởng xã được kiện toàn, phân công nhiệm vụ cụ thể cho "
          "từng thành viên, bảo đảm hoạt động thường xuyên và hiệu quả."),
    ("h", "2. Kết quả các phong trào thi đua"),
    ("p", "- Phong trào thi đua chung sức xây dựng nông thôn mới được triển khai sâu rộng."),
    ("p", "- Phong trào thi đua cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau."),
    ("t", [["Danh hiệu", "Số lượng"], ["Lao động tiên tiến", "25"], ["Chiến sĩ thi đua cơ sở", "3"]]),
    ("h", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM"),
    ("p", "Tiếp tục đổi mới nội dung, hình thức tổ chức các phong trào thi đua, phát hiện và "
          "nhân rộng các điển hình tiên tiến, gương người tốt việc tốt trong mọi lĩnh vực."),
]
CLOSING_LEFT = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]
CLOSING_RIGHT = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]


def source_text(repeat: int = 1) -> str:
    """The report's words in reading order, to score what a reader recovers."""
    parts = HEADER_LEFT + HEADER_RIGHT + TITLE
    for kind, value in BODY * repeat:
        if kind == "t":
            parts.extend(" ".join(row) for row in value)
        else:
            parts.append(value)
    return "\n".join(parts + CLOSING_LEFT + CLOSING_RIGHT)


def make_report_docx(path: Path, *, font: str = "Times New Roman", repeat: int = 1) -> Path:
    """The report above; `repeat` > 1 repeats the body to make a longer (multi-page) report."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(13)

    def two_columns(left: list[str], right: list[str], bold_right_first: int = 2) -> None:
        table = d.add_table(rows=1, cols=2)  # default style: no borders, like real headers
        for cell, lines, kind in ((table.rows[0].cells[0], left, "left"), (table.rows[0].cells[1], right, "right")):
            cell.paragraphs[0].text = ""
            for i, line in enumerate(lines):
                para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = para.add_run(line)
                run.bold = kind == "right" and i < bold_right_first or kind == "left" and i < 2
                run.italic = line.startswith("Tây Vinh,")

    two_columns(HEADER_LEFT, HEADER_RIGHT)
    for i, line in enumerate(TITLE):
        para = d.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(line)
        run.bold = True
        run.font.size = Pt(14 if i == 0 else 13)
    for kind, value in BODY * repeat:
        if kind == "t":
            table = d.add_table(rows=len(value), cols=len(value[0]))
            table.style = "Table Grid"
            for r, row in enumerate(value):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
            continue
        para = d.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        run = para.add_run(value)
        if kind == "h":
            run.bold = True
        else:
            para.paragraph_format.first_line_indent = Pt(28)
    d.add_paragraph()
    two_columns(CLOSING_LEFT, CLOSING_RIGHT)
    d.save(str(path))
    return path


def soffice_convert(src: Path, out_dir: Path, target: str = "pdf") -> Path:
    """Convert with LibreOffice in a private profile (test helper; production code has its own)."""
    profile = Path(tempfile.mkdtemp(prefix="tdkt-test-lo-"))
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
             "--convert-to", target, "--outdir", str(out_dir), str(src)],
            check=True, capture_output=True, timeout=120,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    out = out_dir / (src.stem + "." + target.split(":")[0])
    if not out.exists():
        raise RuntimeError(f"soffice did not produce {out}")
    return out


def make_scanned_pdf(text_pdf: Path, out: Path, *, dpi: int = 200, angle: float = 1.5,
                     noise: int = 2000, seed: int = 7, pages: int | None = None,
                     blur: float = 0.0, jpeg_quality: int | None = None) -> Path:
    """Render a text PDF to greyscale images, rotate a little, sprinkle specks (optionally blur
    and JPEG-compress, as a cheap scanner does): an image-only PDF."""
    import io

    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    images = []
    pdf = pdfium.PdfDocument(str(text_pdf))
    try:
        for index in range(len(pdf) if pages is None else min(pages, len(pdf))):
            img = pdf[index].render(scale=dpi / 72).to_pil().convert("L")
            img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
            draw = ImageDraw.Draw(img)
            for _ in range(noise):
                x, y = rng.randrange(img.width), rng.randrange(img.height)
                draw.point((x, y), fill=rng.randrange(0, 160))
            if blur:
                img = img.filter(ImageFilter.GaussianBlur(blur))
            if jpeg_quality:
                buf = io.BytesIO()
                img.save(buf, "JPEG", quality=jpeg_quality)
                img = Image.open(io.BytesIO(buf.getvalue()))
            images.append(img)
    finally:
        pdf.close()
    images[0].save(str(out), "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return out


def make_encrypted_pdf(docx_path: Path, out_dir: Path, password: str = "matkhau") -> Path:
    """LibreOffice's PDF export with an open password (no pypdf needed)."""
    import json

    opts = json.dumps({"EncryptFile": {"type": "boolean", "value": "true"},
                       "DocumentOpenPassword": {"type": "string", "value": password}})
    return soffice_convert(docx_path, out_dir, f"pdf:writer_pdf_Export:{opts}")


def env_one_thread() -> None:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def tcvn3_encode(text: str) -> str:
    """Unicode -> TCVN3 bytes-as-Latin-1 (lower case: the ABC fonts draw capitals from the H fonts)."""
    import unicodedata

    from tdkt.extractors.legacy_encoding import TCVN3_TABLE

    reverse: dict[str, str] = {}
    for byte, char in TCVN3_TABLE.items():
        if byte < 256:  # the table also maps the symbol-font private-use copies
            reverse.setdefault(char, chr(byte))
    return "".join(reverse.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def make_tcvn3_docx(path: Path, lines: list[str]) -> Path:
    """Paragraphs typed in .VnTime with TCVN3 bytes, as offices did before Unicode."""
    import docx

    d = docx.Document()
    for line in lines:
        run = d.add_paragraph().add_run(tcvn3_encode(line))
        run.font.name = ".VnTime"
    d.save(str(path))
    return path
