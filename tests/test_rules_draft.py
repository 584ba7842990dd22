"""`tdkt rules draft`: a draft rules file and roster from the directive's own text.

The Tây Sơn directive (shared/directive/) against what the hand-made rules hold; a year-end
directive of another district written in other words (tests/rules_draft_data/); a directive
without parts; DOCX and PDF made from the directive by LibreOffice read back through tdkt's
extractors; the draft loaded by the engine and judging a real report. Then, in other words than
samples/directive-3 (tdkt issue 13), the classes that directive broke: outlines nested A./I./1.
with restarts, deadlines for several groups in one sentence or a table, unquoted movement lists,
armed-forces title names and announced ratios.
"""

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tdkt.cli import main
from tdkt.pipeline.rules_draft import draft_from_text
from tdkt.pipeline.rules_draft.render import render_roster, render_rules
from tdkt.pipeline.rules_draft.text import phrase

ROOT = Path(__file__).resolve().parents[1]
DIRECTIVE = Path("/work/shared/directive/huong-dan-so-ket-6-thang-2023.txt")
if not DIRECTIVE.exists():  # a checkout without the shared folder: the copy beside the repository
    DIRECTIVE = ROOT.parent / "shared/directive/huong-dan-so-ket-6-thang-2023.txt"
YEAR_END = ROOT / "tests/rules_draft_data/huong-dan-tong-ket-nam-2023-hoai-an.txt"
needs_directive = pytest.mark.skipif(not DIRECTIVE.exists(), reason="the shared directive is not on this machine")


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TDKT_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def tay_son():
    return draft_from_text(DIRECTIVE.read_text(encoding="utf-8")) if DIRECTIVE.exists() else None


@pytest.fixture(scope="module")
def year_end():
    return draft_from_text(YEAR_END.read_text(encoding="utf-8"))


@needs_directive
def test_period_kind_and_addressees_from_the_title_and_kinh_gui(tay_son):
    assert (tay_son.kind, tay_son.year, tay_son.half) == ("sơ kết", 2023, 1)
    assert tay_son.place == "Tây Sơn" and tay_son.issuer == "UBND huyện Tây Sơn"
    types = {t for a in tay_son.addressees for t in a.types}
    assert types == {"cluster", "department", "mass_org", "armed_forces", "provincial_unit", "commune", "town"}


@needs_directive
def test_the_outline_gives_the_sections_with_the_plan_apart(tay_son):
    sections = {s.id: s for s in tay_son.sections}
    assert list(sections) == ["I.1", "I.2", "I.3", "I.4.1", "I.4.2", "II"]
    assert sections["I.1"].label == "Công tác lãnh đạo, chỉ đạo"
    assert sections["I.4.2"].context == "plan" and "6 tháng cuối năm" in sections["I.4.2"].title
    assert sections["II"].context == "proposal"
    assert sections["I.4.1"].context is None and "ưu điểm" in sections["I.4.1"].title


@needs_directive
def test_the_nine_movements_by_their_names(tay_son):
    movements = tay_son.movements
    assert len(movements) == 9
    distinctive = ["chung sức xây dựng nông thôn mới", "chung tay vì người nghèo",
                   "doanh nghiệp việt nam hội nhập và phát triển", "văn hóa công sở", "cải cách hành chính",
                   "đạt chuẩn nông thôn mới", "đô thị loại iv", "covid 19", "chuyển đổi số"]
    for movement, words in zip(movements, distinctive):
        assert any(words in p for p in movement.any), (movement.label, movement.any)
        assert movement.source.startswith("Kết quả thực hiện 09 phong trào thi đua")
    # Quoted names need a real result outside the quotes; the unquoted ones are plain phrases.
    assert [m.quoted for m in movements] == [True, True, True, True, False, False, False, True, False]
    # A phrase that another movement's name holds is not distinctive: "nông thôn mới" alone is in none.
    assert all("nông thôn mới" != p for m in movements for p in m.any)
    assert not any("tây sơn" in p for m in movements for p in m.any[1:])


@needs_directive
def test_the_figures_the_directive_names(tay_son):
    figures = {f.name: f for f in tay_son.figures}
    assert {n: f.kind for n, f in figures.items()} == {
        "sang_kien": "count", "lao_dong_tien_tien": "count", "tap_the_lao_dong_tien_tien": "count",
        "chien_si_thi_dua_co_so": "count", "giay_khen": "count", "khen_chuyen_de_dot_xuat": "count",
        "ty_le_lao_dong_truc_tiep": "percent", "ty_le_lanh_dao_quan_ly": "percent"}
    items = {i.id: i for i in tay_son.items}
    titles_item = items[figures["giay_khen"].item]
    assert [p.figure for p in titles_item.parts] == ["lao_dong_tien_tien", "tap_the_lao_dong_tien_tien",
                                                     "chien_si_thi_dua_co_so", "giay_khen"]
    ratio = items[figures["ty_le_lao_dong_truc_tiep"].item]
    assert ratio.figure_required and ratio.label == "Tỷ lệ người lao động trực tiếp"


@needs_directive
def test_deadlines_per_addressee_type(tay_son):
    default, by_type = tay_son.deadline_by_type()
    assert default == dt.date(2023, 6, 23)
    assert by_type == {"cluster": dt.date(2023, 6, 30), "education": dt.date(2023, 6, 12)}
    first = tay_son.deadlines[0]
    assert set(first.types) == {"department", "mass_org", "armed_forces", "provincial_unit", "commune", "town"}
    assert "chậm nhất ngày 23 tháng 6 năm 2023" in first.source


@needs_directive
def test_every_drafted_piece_quotes_the_directive(tay_son):
    text = " ".join(DIRECTIVE.read_text(encoding="utf-8").replace("**", "").split())
    for item in tay_son.items:
        if item.kind != "form":
            for piece in re.split(r";\s*", item.source):
                assert " ".join(piece.split()) in text, (item.id, piece)
    cited = {name for i in tay_son.items for name, _ in i.documents}
    assert {"Kế hoạch 15/KH-UBND", "Chỉ thị 01/CT-UBND", "Chỉ thị 05-CT/TW", "Chỉ thị 13-CT/HU"} <= cited


@needs_directive
def test_cli_writes_a_valid_draft_with_sources_and_a_roster(tmp_path, capsys):
    out, roster = tmp_path / "nhap.yaml", tmp_path / "nhap.csv"
    assert main(["rules", "draft", str(DIRECTIVE), "--out", str(out), "--roster-out", str(roster)]) == 0
    said = capsys.readouterr().out
    assert "sơ kết, 6 tháng đầu năm 2023" in said and "9 phong trào" in said and "8 số liệu" in said
    assert "Hạn nộp: 23/06/2023 (cụm/khối thi đua: 30/06/2023; giáo dục: 12/06/2023)" in said
    text = out.read_text(encoding="utf-8")
    assert "synonyms" not in text and "từ đồng nghĩa" in text.split("\nid:")[0]  # the header says whose job they are
    assert "# Nguồn: «Kết quả thực hiện 09 phong trào thi đua do Thủ tướng Chính phủ" in text
    assert main(["rules", "check", str(out), str(roster)]) == 0
    assert capsys.readouterr().out.count("Hợp lệ:") == 2
    rows = roster.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "id,name,type,cluster,aliases" and len(rows) == 1 + 8  # seven Kính gửi types + education
    # A second run does not overwrite the clerk's edits.
    assert main(["rules", "draft", str(DIRECTIVE), "--out", str(out), "--roster-out", str(roster)]) == 2
    assert "--force" in capsys.readouterr().err


@needs_directive
def test_the_draft_judges_a_real_report(tmp_path):
    from tdkt.extractors import extract
    from tdkt.pipeline.judge import judge
    from tdkt.rules.loader import load_roster, load_ruleset

    path = tmp_path / "nhap.yaml"
    draft = draft_from_text(DIRECTIVE.read_text(encoding="utf-8"))
    path.write_text(render_rules(draft, DIRECTIVE.name), encoding="utf-8")
    ruleset = load_ruleset(path)
    sample = ROOT / "samples/inbox/01-xa-tay-vinh.docx"  # the complete reference report
    record = judge(extract(sample), ruleset, load_roster(), file=str(sample), sha256="x")
    statuses = {k: v.status for k, v in record.items.items()}
    assert all(statuses[m.id] == "present" for m in draft.movements), statuses
    assert record.figures.get("sang_kien") == 4 and record.figures.get("giay_khen") == 12


def test_a_year_end_directive_of_another_district_gives_its_own_outline(year_end):
    assert (year_end.kind, year_end.year, year_end.half) == ("tổng kết", 2023, None)
    assert year_end.place == "Hoài Ân"
    sections = {s.id: s for s in year_end.sections}
    assert list(sections) == ["II.1", "II.2", "II.3", "II.4", "II.5"]  # "I. MỤC ĐÍCH, YÊU CẦU" is no report part
    assert sections["II.4"].context == "plan" and "năm 2024" in sections["II.4"].title
    assert sections["II.5"].context == "proposal"
    assert year_end.movements == []
    assert [f.name for f in year_end.figures] == ["lao_dong_tien_tien", "chien_si_thi_dua_co_so", "giay_khen",
                                                  "sang_kien"]
    assert year_end.deadline_by_type() == (dt.date(2023, 12, 15), {"cluster": dt.date(2023, 12, 22)})
    plan = [i for i in year_end.items if i.kind == "plan"]
    assert len(plan) == 1 and "nhiệm vụ ... năm 2024" in plan[0].any
    rules = yaml.safe_load(render_rules(year_end))
    assert rules["period"] == {"year": 2023, "kind": "tong_ket"} and rules["id"] == "nhap-hoai-an-tong-ket-2023"


def test_a_directive_without_parts_quoted_movement_and_a_deadline_for_everyone(tmp_path):
    text = """UBND THỊ XÃ AN NHƠN
V/v báo cáo sơ kết thi đua 6 tháng cuối năm 2024
Kính gửi: Thủ trưởng các phòng, ban và Chủ tịch UBND các phường, xã.
Đề nghị các đơn vị báo cáo theo các nội dung sau:
1. Kết quả thực hiện phong trào thi đua “An Nhơn chung tay xây dựng đô thị văn minh”.
2. Kết quả khen thưởng: số Bằng khen, Giấy khen đã tặng; số Chiến sĩ thi đua cơ sở.
3. Phương hướng, nhiệm vụ năm 2025.
Báo cáo gửi về Phòng Nội vụ trước ngày 10/12/2024.
"""
    draft = draft_from_text(text)
    assert (draft.kind, draft.year, draft.half, draft.place) == ("sơ kết", 2024, 2, "An Nhơn")
    assert [s.id for s in draft.sections][:3] == ["1", "2", "3"] and draft.sections[2].context == "plan"
    assert [m.label for m in draft.movements] == ["An Nhơn chung tay xây dựng đô thị văn minh"]
    assert "chung tay xây dựng đô thị văn minh" in draft.movements[0].any
    assert {f.name for f in draft.figures} == {"bang_khen", "giay_khen", "chien_si_thi_dua_co_so"}
    (deadline,) = draft.deadlines
    assert deadline.date == dt.date(2024, 12, 10)
    assert set(deadline.types) == {"department", "commune"}  # no subject: every addressee of Kính gửi
    path = tmp_path / "an-nhon.yaml"
    path.write_text(render_rules(draft), encoding="utf-8")
    roster = tmp_path / "an-nhon.csv"
    roster.write_text(render_roster(draft), encoding="utf-8")
    assert main(["rules", "check", str(path), str(roster)]) == 0
    period = yaml.safe_load(path.read_text(encoding="utf-8"))["period"]
    assert period["kind"] == "so_ket" and period["half"] == 2 and "6 tháng cuối năm" in period["kind_words"]


def test_the_drafted_period_kind_is_data_that_f4_reads(tmp_path):
    """A year-end directive drafts `period.kind: tong_ket`: a year-end report's title is F4 present,
    a half-year report's partial — under the drafted file, loaded by the real loader."""
    from tdkt.pipeline.metadata.read import read_metadata
    from tdkt.rules.loader import load_ruleset

    from item_helpers import item_doc

    text = ("UBND HUYỆN VÂN CANH\nV/v hướng dẫn tổng kết công tác thi đua, khen thưởng năm 2024\n"
            "Kính gửi: Chủ tịch UBND các xã, thị trấn.\n1. Kết quả tổ chức các phong trào thi đua.\n"
            "2. Công tác khen thưởng.\nBáo cáo gửi về Phòng Nội vụ trước ngày 12/12/2024.\n")
    path = tmp_path / "van-canh.yaml"
    path.write_text(render_rules(draft_from_text(text)), encoding="utf-8")
    ruleset = load_ruleset(path)
    assert ruleset.raw["period"] == {"year": 2024, "kind": "tong_ket"}

    def f4(title: str) -> str:
        doc = item_doc("UBND XÃ CANH HIỂN", "Số: 31/BC-UBND", "BÁO CÁO", title, "UBND xã báo cáo như sau:")
        return read_metadata(doc, ruleset).items["F4"].status

    assert f4("Tổng kết công tác thi đua, khen thưởng năm 2024") == "present"
    assert f4("Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024") == "partial"


@needs_directive
def test_docx_and_pdf_of_the_directive_give_the_same_draft(tmp_path):
    """Files another producer made (LibreOffice's text import, its DOCX and PDF export), read
    back through tdkt's extractors."""
    source = tmp_path / "huong-dan.txt"
    shutil.copy(DIRECTIVE, source)
    profile = f"-env:UserInstallation=file://{tmp_path / 'profile'}"
    for target in ("docx:MS Word 2007 XML", "pdf"):
        subprocess.run(["soffice", profile, "--headless", "--convert-to", target, "--outdir", str(tmp_path),
                        str(source)], check=True, capture_output=True, timeout=180)
    drafts = {}
    for suffix in (".txt", ".docx", ".pdf"):
        out = tmp_path / f"nhap{suffix}.yaml"
        assert main(["rules", "draft", str(source.with_suffix(suffix)), "--out", str(out),
                     "--roster-out", str(tmp_path / f"nhap{suffix}.csv")]) == 0
        drafts[suffix] = out.read_text(encoding="utf-8").split("\n", 1)[1]  # the first line names the file
    assert drafts[".docx"] == drafts[".txt"]
    assert drafts[".pdf"] == drafts[".txt"]


def test_a_file_that_is_no_directive_is_refused_in_vietnamese(tmp_path, capsys):
    legacy = tmp_path / "huong-dan.txt"
    legacy.write_bytes("Kính gửi các xã".encode("utf-16-le") + b"\xff\xfe\x00\xd8")
    assert main(["rules", "draft", str(legacy), "--out", str(tmp_path / "a.yaml"),
                 "--roster-out", str(tmp_path / "a.csv")]) in (1, 2)
    err = capsys.readouterr().err
    assert err.startswith(("Không đọc được", "Không thấy đề cương")) and not (tmp_path / "a.yaml").exists()


def test_phrases_are_the_canonical_form():
    assert phrase("Phòng, chống dịch Covid-19 (05-CT/TW)") == "phòng chống dịch covid 19 5 ct tw"


# --- tdkt issue 13: a directive written by someone else (samples/directive-3) broke three classes.
# Each synthetic directive below is in other words than Phù Cát's.

def _checked(draft, tmp_path, name="nhap.yaml"):
    """The draft written and put through `tdkt rules check`'s own check: its problems."""
    from tdkt.rules.loader import file_problems

    path = tmp_path / name
    path.write_text(render_rules(draft), encoding="utf-8")
    return file_problems(path)[1]


def test_section_ids_follow_the_outline_path_when_numbers_restart_under_lettered_parts(tmp_path):
    text = """UBND THÀNH PHỐ QUY NHƠN
V/v hướng dẫn sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2025
Kính gửi: Các phòng, ban thuộc thành phố; UBND các phường.
A. YÊU CẦU VỀ NỘI DUNG BÁO CÁO
Mục I. Tình hình triển khai
1. Công tác chỉ đạo, điều hành
Nêu các văn bản đã ban hành về thi đua trong 6 tháng.
2. Công tác khen thưởng
Số tập thể, cá nhân được tặng Giấy khen; không tính khen thưởng của năm trước.
Mục II. Nhận xét, đánh giá
1. Ưu điểm
Những việc làm tốt trong 6 tháng.
2. Hạn chế
Những việc chưa làm được và lý do.
Mục III. Kiến nghị
1. Kiến nghị với UBND thành phố.
B. TỔ CHỨC THỰC HIỆN
1. Các phòng, ban gửi báo cáo về Phòng Nội vụ chậm nhất ngày 12/6/2025.
2. UBND các phường gửi báo cáo chậm nhất ngày 10/6/2025.
"""
    draft = draft_from_text(text)
    ids = [s.id for s in draft.sections]
    # The parts inside part A are the report's own parts: sections too, around their points.
    assert ids == ["A.I", "A.I.1", "A.I.2", "A.II", "A.II.1", "A.II.2", "A.III", "A.III.1"], ids
    assert {s.id: s.context for s in draft.sections}["A.III.1"] == "proposal"
    assert len(set(ids)) == len(ids)
    # Part B organises the work: none of its "1.", "2." is a section of the report.
    assert not any(s.id.startswith("B") for s in draft.sections)
    assert {i.section for i in draft.items if i.kind != "form"} <= set(ids)
    # "không tính ...": how to count, not a point to report.
    assert not any(i.label.lower().startswith("không") for i in draft.items)
    assert _checked(draft, tmp_path) == []


def test_a_lettered_level_under_roman_parts_is_part_of_the_path(tmp_path):
    text = """UBND HUYỆN HOÀI NHƠN
V/v tổng kết công tác thi đua, khen thưởng năm 2024
Kính gửi: UBND các xã, thị trấn.
I. NỘI DUNG BÁO CÁO
A. Kết quả
1. Việc phát động thi đua đầu năm
2. Kết quả khen thưởng trong năm
B. Phương hướng năm 2025
1. Nhiệm vụ trọng tâm năm 2025
II. THỜI GIAN
Gửi báo cáo trước ngày 05/12/2024.
"""
    draft = draft_from_text(text)
    ids = [s.id for s in draft.sections]
    assert ids[:5] == ["I.A", "I.A.1", "I.A.2", "I.B", "I.B.1"], ids
    # A section under a plan part is a plan: "Nhiệm vụ trọng tâm năm 2025" is next year's.
    assert {s.id: s.context for s in draft.sections}["I.B.1"] == "plan"
    assert len(set(ids)) == len(ids)
    assert _checked(draft, tmp_path) == []


def test_one_sentence_several_groups_several_dates():
    text = """UBND HUYỆN VÂN CANH
V/v hướng dẫn tổng kết thi đua, khen thưởng năm 2024
Kính gửi: Các cụm, khối thi đua; các phòng, ban, đoàn thể huyện; UBND các xã, thị trấn.
I. NỘI DUNG
1. Kết quả thực hiện phong trào thi đua năm 2024.
2. Phương hướng năm 2025.
II. THỜI GIAN GỬI BÁO CÁO
1. Thời hạn gửi báo cáo: UBND các xã, thị trấn gửi trước ngày 04/12/2024; các phòng, ban, đoàn thể huyện trước ngày 06/12/2024 và các cụm, khối thi đua trước ngày 10/12/2024.
2. Riêng bản đăng ký thi đua năm 2025 gửi kèm báo cáo, chậm nhất ngày 04 tháng 01 năm 2025 (đối với các cụm, khối thi đua).
"""
    draft = draft_from_text(text)
    default, by_type = draft.deadline_by_type()
    dates = {t: by_type.get(t, default) for t in ("commune", "town", "department", "mass_org", "cluster")}
    assert dates == {"commune": dt.date(2024, 12, 4), "town": dt.date(2024, 12, 4),
                     "department": dt.date(2024, 12, 6), "mass_org": dt.date(2024, 12, 6),
                     "cluster": dt.date(2024, 12, 10)}, dates


def test_dates_followed_by_the_groups_they_are_for():
    text = """UBND HUYỆN AN LÃO
V/v sơ kết thi đua 6 tháng đầu năm 2025
Kính gửi: Các cơ quan chuyên môn; Công an huyện, Ban CHQS huyện; UBND các xã, thị trấn.
I. NỘI DUNG
1. Kết quả 6 tháng đầu năm.
II. TỔ CHỨC THỰC HIỆN
Báo cáo gửi về Phòng Nội vụ chậm nhất ngày 05/6/2025 (đối với UBND các xã, thị trấn), ngày 09/6/2025 (đối với các cơ quan chuyên môn) và ngày 12/6/2025 (đối với lực lượng vũ trang huyện).
Hồ sơ đề nghị khen thưởng gửi Bộ phận một cửa chậm nhất ngày 30/6/2025.
"""
    draft = draft_from_text(text)
    default, by_type = draft.deadline_by_type()
    got = {t: by_type.get(t, default) for t in ("commune", "department", "armed_forces")}
    assert got == {"commune": dt.date(2025, 6, 5), "department": dt.date(2025, 6, 9),
                   "armed_forces": dt.date(2025, 6, 12)}, got
    # The award dossiers' date is nobody's report deadline.
    assert dt.date(2025, 6, 30) not in {d.date for d in draft.deadlines}


def test_a_sentence_naming_one_group_beats_one_naming_everybody():
    text = """UBND HUYỆN TUY PHƯỚC
V/v tổng kết thi đua năm 2024
Kính gửi: Các phòng, ban; các cụm, khối thi đua; UBND các xã.
I. NỘI DUNG
1. Kết quả thực hiện nhiệm vụ năm 2024.
II. THỜI GIAN
1. Các cơ quan, đơn vị, các cụm, khối thi đua và UBND các xã gửi báo cáo trước ngày 08/12/2024.
2. Riêng Trưởng các cụm, khối thi đua tổng hợp, gửi báo cáo của cụm, khối trước ngày 18/12/2024.
"""
    draft = draft_from_text(text)
    default, by_type = draft.deadline_by_type()
    assert default == dt.date(2024, 12, 8) and by_type.get("cluster") == dt.date(2024, 12, 18)


def test_a_table_of_deadlines(tmp_path):
    text = """UBND THỊ XÃ HOÀI NHƠN
V/v hướng dẫn tổng kết công tác thi đua, khen thưởng năm 2024
Kính gửi: Các phòng, ban; các hội, đoàn thể; UBND các phường, xã.
I. NỘI DUNG BÁO CÁO
1. Kết quả các phong trào thi đua năm 2024.
II. TỔ CHỨC THỰC HIỆN
Thời gian gửi báo cáo như sau:
Đơn vị | Nơi nhận | Thời hạn
UBND các phường, xã | Trưởng cụm thi đua | 03/12/2024
Các phòng, ban | Trưởng khối thi đua | 05/12/2024
Các hội, đoàn thể thị xã | Trưởng khối thi đua | 06/12/2024
"""
    draft = draft_from_text(text)
    default, by_type = draft.deadline_by_type()
    got = {t: by_type.get(t, default) for t in ("commune", "department", "mass_org")}
    assert got == {"commune": dt.date(2024, 12, 3), "department": dt.date(2024, 12, 5),
                   "mass_org": dt.date(2024, 12, 6)}, got
    assert _checked(draft, tmp_path) == []


def test_movements_listed_without_quotes_under_a_heading_about_movements(tmp_path):
    text = """UBND HUYỆN HOÀI ÂN
V/v hướng dẫn sơ kết thi đua 6 tháng đầu năm 2025
Kính gửi: UBND các xã, thị trấn.
I. NỘI DUNG SƠ KẾT
1. Kết quả các phong trào thi đua
a) Phong trào thi đua thường xuyên
- Việc ký kết giao ước thi đua đầu năm;
- Kết quả thực hiện chỉ tiêu được giao.
b) Kết quả thực hiện các phong trào thi đua do huyện phát động, mỗi phong trào báo cáo riêng:
- Chung tay giảm nghèo bền vững vùng đồng bào dân tộc thiểu số: số hộ thoát nghèo, số nhà được hỗ trợ;
- Thi đua đổi mới dạy học ở trường vùng cao: số giáo viên đạt giỏi;
- Phong trào xây dựng xã đạt chuẩn an toàn giao thông giai đoạn 2025 - 2030: số km đường được lắp biển báo.
2. Phương hướng 6 tháng cuối năm.
"""
    draft = draft_from_text(text)
    names = [m.label for m in draft.movements]
    assert names[:2] == ["Chung tay giảm nghèo bền vững vùng đồng bào dân tộc thiểu số",
                         "Thi đua đổi mới dạy học ở trường vùng cao"], names
    assert len(names) == 3 and names[2].startswith("Xây dựng xã đạt chuẩn an toàn giao thông"), names
    assert not any(m.quoted for m in draft.movements)
    assert "đổi mới dạy học ở trường vùng cao" in draft.movements[1].any  # the lead "thi đua" dropped
    assert any("an toàn giao thông" in p for p in draft.movements[2].any)
    assert not any("2025" in p for p in draft.movements[2].any[1:])
    # "Phong trào thi đua thường xuyên" heads required points, not movements.
    assert not any("giao ước" in m.label.lower() for m in draft.movements)
    assert any("giao ước" in i.label.lower() for i in draft.items if i.kind != "movement")
    assert _checked(draft, tmp_path) == []


def test_armed_forces_names_and_ratios_announced_by_a_lead_in():
    from tdkt.pipeline.rules_draft.figures import figures_of_clause

    counts, _ = figures_of_clause('Số cá nhân đạt danh hiệu "Lao động tiên tiến" (đối với Công an, Quân đội: '
                                  '"Chiến sĩ tiên tiến") và "Chiến sĩ thi đua cơ sở"')
    assert [f.name for f in counts] == ["lao_dong_tien_tien", "chien_si_thi_dua_co_so"]
    assert "chiến sĩ tiên tiến" in counts[0].titles  # the same count under the armed forces' name
    _, percent = figures_of_clause("Các tỷ lệ sau đây: tỷ lệ cá nhân là nông dân, công nhân trực tiếp sản xuất, "
                                   "bảo đảm trên 60%")
    assert [f.name for f in percent] == ["ty_le_nong_dan_cong_nhan_truc_tiep_san_xuat"], percent
    _, percent = figures_of_clause('Tỉ lệ "Chiến sĩ thi đua cơ sở" trên số "Lao động tiên tiến" của đơn vị')
    assert percent[0].kind == "percent" and "chiến sĩ thi đua cơ sở" in percent[0].titles
    assert percent[0].name == "ty_le_chien_si_thi_dua_co_so_tren_lao_dong_tien_tien"
