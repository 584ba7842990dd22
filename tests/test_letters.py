"""Reminder letters: the DOCX files opened with python-docx — page setup and fonts of Nghị định 30,
the header texts, Kính gửi, every lagging unit with its missing items in the directive's words,
the visible blanks; supersede and the clerk's overrides decide who lags."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synthetic import demo_roster, make_record  # noqa: E402

from tdkt.cli import main  # noqa: E402
from tdkt.pipeline.documents.model import BLANK, BLANK_NAME  # noqa: E402
from tdkt.pipeline.output.outputs import write_reports_json  # noqa: E402
from tdkt.rules.loader import load_roster, load_ruleset  # noqa: E402


@pytest.fixture(scope="module")
def ruleset():
    return load_ruleset()


@pytest.fixture(scope="module")
def roster():
    return demo_roster(12)  # xa-0..xa-4, cum-1, xa-6..xa-10, cum-2


def _records(roster):
    u = {unit.id: unit for unit in roster.units}
    complete = make_record("xa0.docx", u["xa-0"])
    gaps = make_record("xa1.docx", u["xa-1"], statuses={"M1": "missing", "K4": "missing", "D2": "partial", "F6": "missing"})
    off = make_record("xa2.docx", u["xa-2"])
    off = dataclasses.replace(off, document=dataclasses.replace(off.document, number="38/BC-UBND", on_subject=False,
                                                                 title="Báo cáo công tác phòng chống thiên tai"))
    cluster = make_record("cum1.docx", u["cum-1"], statuses={"M9": "missing"})
    # xa-3 first sent a report lacking P5, then a complete one: only the newer one speaks.
    old = make_record("xa3-cu.docx", u["xa-3"], statuses={"P5": "missing"}, date="2023-06-10",
                      received="2023-06-10T08:00:00")
    old = dataclasses.replace(old, document=dataclasses.replace(old.document, number="20/BC-UBND"), sha256="2" * 64)
    new = make_record("xa3-moi.docx", u["xa-3"], date="2023-06-21", received="2023-06-21T08:00:00")
    new = dataclasses.replace(new, document=dataclasses.replace(new.document, number="31/BC-UBND"), sha256="3" * 64)
    # xa-4's missing M3 was overruled by the clerk: present.
    overruled = make_record("xa4.docx", u["xa-4"], statuses={"M3": "missing"})
    items = dict(overruled.items)
    items["M3"] = dataclasses.replace(items["M3"], override={"status": "present", "note": "có ở phụ lục", "by": "Lan",
                                                             "at": "2023-06-25T10:00:00"})
    overruled = dataclasses.replace(overruled, items=items)
    return [complete, gaps, off, cluster, old, new, overruled]


@pytest.fixture(scope="module")
def out(tmp_path_factory, roster):
    folder = tmp_path_factory.mktemp("letters")
    write_reports_json(_records(roster), folder)
    roster_csv = folder / "roster.csv"
    roster_csv.write_text("id,name,type,cluster,aliases\n" + "".join(
        f"{u.id},{u.name},{u.type},{u.cluster}," + "\n" for u in roster.units), encoding="utf-8")
    assert main(["letters", "--out", str(folder), "--roster", str(roster_csv), "--new-deadline", "2023-07-10"]) == 0
    return folder


def _texts(doc) -> list[str]:
    found = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                found.extend(p.text for p in cell.paragraphs)
    return found


def test_page_setup_and_fonts_follow_decree_30(out):
    doc = Document(str(out / "van-ban" / "cong-van-don-doc.docx"))
    first = doc.sections[0]
    assert abs(first.page_width - Mm(210)) < Mm(1) and abs(first.page_height - Mm(297)) < Mm(1)
    assert Mm(20) - Mm(0.5) <= first.top_margin <= Mm(25) and Mm(20) - Mm(0.5) <= first.bottom_margin <= Mm(25)
    assert Mm(30) - Mm(0.5) <= first.left_margin <= Mm(35) and Mm(15) - Mm(0.5) <= first.right_margin <= Mm(20)
    normal = doc.styles["Normal"].font
    assert normal.name == "Times New Roman" and Pt(13) <= normal.size <= Pt(14)
    body = [p for p in doc.paragraphs if p.text.startswith("Thực hiện hướng dẫn")][0]
    assert body.style.font.name == "Times New Roman" or body.style.base_style.font.name == "Times New Roman"
    assert Pt(13) <= body.style.font.size <= Pt(14)


def test_header_number_date_subject_and_addressee(out):
    doc = Document(str(out / "van-ban" / "cong-van-don-doc.docx"))
    header = doc.tables[0]
    left = [p.text for p in header.cell(0, 0).paragraphs]
    right = [p for p in header.cell(0, 1).paragraphs]
    assert left[:2] == ["UBND HUYỆN TÂY SƠN", "PHÒNG NỘI VỤ"]
    body_name = header.cell(0, 0).paragraphs[1]
    assert body_name.style.font.bold
    assert [p.text for p in right[:2]] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert right[0].style.font.bold and right[1].style.font.bold
    # A rule below the issuing body and below the motto: a paragraph with a top border.
    rules = [p for p in header.cell(0, 0).paragraphs + right if p._p.pPr is not None
             and p._p.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pBdr") is not None]
    assert len(rules) == 2
    number = header.cell(1, 0).paragraphs
    assert number[0].text == f"Số: {BLANK}/PNV"
    assert number[1].text.startswith("V/v đôn đốc gửi, bổ sung báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng")
    date = header.cell(1, 1).paragraphs[0]
    assert date.text == f"Tây Sơn, ngày {BLANK} tháng {BLANK} năm 20{BLANK}"
    assert date.style.font.italic
    kinh_gui = [p.text for p in doc.paragraphs if p.text.startswith("Kính gửi:")]
    assert kinh_gui == ["Kính gửi: Các cơ quan, đơn vị, địa phương có tên tại Phụ lục kèm theo."]
    assert any("trước ngày 10/07/2023" in p.text for p in doc.paragraphs)


def test_signer_block_and_recipients_are_blanks_never_invented(out):
    doc = Document(str(out / "van-ban" / "cong-van-don-doc.docx"))
    sign = doc.tables[1]
    left = sign.cell(0, 0).paragraphs
    assert left[0].text == "Nơi nhận:" and left[0].style.font.bold and left[0].style.font.italic
    assert left[0].style.font.size == Pt(12)
    assert left[1].text == "- Như trên;" and left[1].style.font.size == Pt(11)
    right = [p.text for p in sign.cell(0, 1).paragraphs]
    assert right[0] == "TRƯỞNG PHÒNG" and right[-1] == BLANK_NAME
    assert right[1:-1] == [""] * (len(right) - 2)  # room for the signature
    text = "\n".join(_texts(doc))
    assert "{{" not in text and "Nguyễn Văn A" not in text  # no placeholder left, no signer invented


def test_annex_lists_every_lagging_unit_with_its_missing_items(out, ruleset, roster):
    doc = Document(str(out / "van-ban" / "cong-van-don-doc.docx"))
    assert any(p.text == "DANH SÁCH CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG CHƯA GỬI BÁO CÁO HOẶC BÁO CÁO CÒN THIẾU NỘI DUNG"
               for p in doc.paragraphs)
    annex = doc.tables[-1]
    assert [c.text for c in annex.rows[0].cells] == ["STT", "Cơ quan, đơn vị, địa phương", "Nội dung còn thiếu"]
    rows = {r.cells[1].text: r.cells[2].text for r in annex.rows[1:] if r.cells[0].text.strip().isdigit()}
    labels = ruleset.labels
    assert set(rows) == {"UBND xã Tây Số 1", "UBND xã Tây Số 2", "Cụm thi đua số 1", "UBND xã Tây Số 6",
                         "UBND xã Tây Số 7", "UBND xã Tây Số 8", "UBND xã Tây Số 9", "UBND xã Tây Số 10",
                         "Cụm thi đua số 2"}
    assert labels["M1"] in rows["UBND xã Tây Số 1"] and labels["K4"] in rows["UBND xã Tây Số 1"]
    assert "Kết quả tổ chức phong trào thi đua" in rows["UBND xã Tây Số 1"]  # grouped by the directive's section
    assert labels["D2"] not in rows["UBND xã Tây Số 1"]  # partial is not missing
    assert rows["Cụm thi đua số 1"] == f"Kết quả tổ chức phong trào thi đua: {labels['M9']}."
    assert rows["UBND xã Tây Số 2"].startswith("Chưa nộp báo cáo (đã gửi văn bản số 38/BC-UBND")
    assert rows["UBND xã Tây Số 6"] == "Chưa nộp báo cáo"
    # Cluster rows group the units; the superseded older report of xa-3 and xa-4's overruled gap lag no one.
    groups = [r.cells[0].text for r in annex.rows[1:] if not r.cells[0].text.strip().isdigit()]
    assert groups == ["Cụm thi đua số 1", "Cụm thi đua số 2"]


def test_one_letter_per_lagging_unit_names_its_own_gaps(out, ruleset):
    folder = out / "van-ban" / "don-doc-tung-don-vi"
    files = sorted(p.name for p in folder.glob("*.docx"))
    assert len(files) == 9
    gaps = Document(str(folder / "01-xa-1.docx"))
    text = "\n".join(_texts(gaps))
    assert "Kính gửi: UBND xã Tây Số 1" in text
    assert "Báo cáo số 45/BC-UBND ngày 20/06/2023" in text
    assert ruleset.labels["M1"] in text and ruleset.labels["K4"] in text
    assert "chưa đầy đủ" in text and ruleset.labels["D2"] in text  # incomplete items named as such
    assert "nơi nhận" in text.lower()
    assert "V/v đề nghị bổ sung báo cáo" in text
    missing = "\n".join(_texts(Document(str(folder / "04-xa-6.docx"))))
    assert "chưa nhận được báo cáo của UBND xã Tây Số 6" in missing and "V/v đề nghị gửi báo cáo" in missing
    assert ruleset.labels["M1"] not in missing


def test_issuer_and_template_are_configurable(tmp_path, out, roster):
    target = tmp_path / "o"
    target.mkdir()
    (target / "reports.json").write_bytes((out / "reports.json").read_bytes())
    roster_csv = out / "roster.csv"
    assert main(["letters", "--out", str(target), "--roster", str(roster_csv),
                 "--issuer", "UBND HUYỆN PHÙ CÁT|PHÒNG NỘI VỤ", "--place", "Phù Cát"]) == 0
    doc = Document(str(target / "van-ban" / "cong-van-don-doc.docx"))
    assert doc.tables[0].cell(0, 0).paragraphs[0].text == "UBND HUYỆN PHÙ CÁT"
    assert doc.tables[0].cell(1, 1).paragraphs[0].text.startswith("Phù Cát, ngày")
    assert any(f"trước ngày {BLANK}/{BLANK}/20{BLANK}" in p.text for p in doc.paragraphs)  # no new deadline given


def test_office_template_folder_overrides_the_packaged_one(tmp_path, out):
    import shutil

    from tdkt.pipeline.documents.docx_writer import template_path

    own = tmp_path / "mau"
    own.mkdir()
    shutil.copy(template_path("cong-van"), own / "cong-van.docx")
    doc = Document(str(own / "cong-van.docx"))
    doc.styles["Normal"].font.size = Pt(13)
    doc.save(str(own / "cong-van.docx"))
    target = tmp_path / "o"
    target.mkdir()
    (target / "reports.json").write_bytes((out / "reports.json").read_bytes())
    assert main(["letters", "--out", str(target), "--roster", str(out / "roster.csv"), "--template", str(own)]) == 0
    assert Document(str(target / "van-ban" / "cong-van-don-doc.docx")).styles["Normal"].font.size == Pt(13)


def test_no_results_is_a_vietnamese_error(tmp_path, capsys):
    assert main(["letters", "--out", str(tmp_path)]) == 2
    assert "Chưa có kết quả kiểm tra" in capsys.readouterr().err


def test_templates_are_rebuilt_identically(tmp_path):
    import subprocess

    from tdkt.pipeline.documents.docx_writer import template_path

    script = Path(__file__).resolve().parents[1] / "scripts" / "make_templates.py"
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, capture_output=True)
    for kind in ("cong-van", "bao-cao"):
        assert (tmp_path / f"{kind}.docx").read_bytes() == template_path(kind).read_bytes()


def test_packaged_roster_units_are_addressed_by_their_roster_names(tmp_path):
    """With the real roster, a run with no results for anyone lists every unit as not submitted."""
    from tdkt.pipeline.documents.letters import build_letters

    roster = load_roster()
    docs = build_letters([], load_ruleset(), roster)
    assert len(docs) == 1 + len(roster.units)
    annex_rows = docs[0].annex[-1].rows
    assert sum(1 for r in annex_rows if r[2] == "Chưa nộp báo cáo") == len(roster.units)
