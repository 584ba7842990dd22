"""A report photographed page by page and sent as separate images is judged as one report.

Pure part: which images are pages of one report (motto or number on a first page, received
order, same folder, time window), the joined Document, supersede leaving pages alone, a second
run over reports.json changing nothing. End to end: sample 01 (three pages) rendered by
LibreOffice, each page photographed on a desk (samples/make_scans.photo_of_page) and saved as a
Zalo-named JPEG whose name order is NOT the page order; `tdkt check` on the folder (real
Tesseract) gives one record judged on all three pages — the signer of page 3 and the header of
page 1 together — and two rows that say they are pages of it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.photo_pages import continuation_note, joined_document, merge_photo_pages, opens_report, page_groups
from tdkt.pipeline.record import DocumentInfo, ReportRecord
from tdkt.pipeline.supersede import mark_superseded

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def _page(file: str, received: str, lines: list[str], number: str | None = None) -> ReportRecord:
    blocks = [Block(kind="paragraph", text=t, where=Where(page=1, line=k + 1)) for k, t in enumerate(lines)]
    return ReportRecord(file=file, sha256=file, format="image", received_at=received,
                        document=DocumentInfo(number=number),
                        page_document=Document(blocks=blocks, format="image", pages=1).to_dict())


FIRST = ["HỘI NÔNG DÂN XÃ BÌNH AN", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
         "BÁO CÁO", "Kết quả phong trào thi đua 6 tháng"]
MIDDLE = ["b) Công tác khen thưởng", "Trong kỳ đã tặng 12 Giấy khen cho hội viên tiêu biểu."]
LAST = ["III. PHƯƠNG HƯỚNG", "Tiếp tục vận động hội viên", "CHỦ TỊCH", "Trần Văn Bốn"]


def test_first_page_by_motto_even_with_ocr_slips_or_by_number():
    assert opens_report(_page("a.jpg", None, ["UBND", "CONG HOA XA HOl CHU NGHIA", "Doc lap -Tu do"]))
    assert opens_report(_page("a.jpg", None, ["ĐỘC LẬP — TỰ DO – HẠNH PHÚC"]))
    assert opens_report(_page("a.jpg", None, ["nội dung"], number="12/BC-HND"))
    assert not opens_report(_page("a.jpg", None, MIDDLE))
    # the motto quoted far down a page (a form copied into the body) does not open a report
    assert not opens_report(_page("a.jpg", None, MIDDLE * 8 + ["Cộng hòa xã hội chủ nghĩa Việt Nam"]))


def test_pages_follow_received_order_then_page_number_in_the_name():
    records = [
        _page("in/z99_c.jpg", "2023-06-20T09:00:07", LAST),
        _page("in/z11_a.jpg", "2023-06-20T09:00:05", FIRST),
        _page("in/z55_b.jpg", "2023-06-20T09:00:06", MIDDLE),
        _page("in/trang-10.jpg", "2023-06-21T10:00:00", MIDDLE),  # same second: 2 before 10
        _page("in/trang-2.jpg", "2023-06-21T10:00:00", FIRST),
    ]
    assert page_groups(records) == [[1, 2, 0], [4, 3]]


def test_other_folder_far_in_time_and_a_new_first_page_break_a_report():
    records = [
        _page("a/p1.jpg", "2023-06-20T09:00:00", FIRST),
        _page("b/p2.jpg", "2023-06-20T09:01:00", MIDDLE),  # another folder: not page 2 of a/p1
        _page("a/p3.jpg", "2023-06-21T09:00:00", MIDDLE),  # a day later: another sending
        _page("a/p4.jpg", "2023-06-21T09:00:30", LAST),
        _page("a/p5.jpg", "2023-06-21T09:01:00", FIRST),
    ]
    assert page_groups(records) == [[2, 3]]  # the two headless pages of a/ together; b/p2 alone


def test_joined_document_renumbers_pages_and_keeps_order():
    pages = [_page("p1.jpg", None, FIRST), _page("p2.jpg", None, MIDDLE), _page("p3.jpg", None, LAST)]
    document = joined_document(pages)
    assert document.pages == 3
    assert [b.where.page for b in document.blocks] == [1] * len(FIRST) + [2] * len(MIDDLE) + [3] * len(LAST)
    assert document.blocks[len(FIRST)].text == MIDDLE[0]


@pytest.fixture(scope="module")
def rules():
    from tdkt.rules.loader import load_roster, load_ruleset

    return load_ruleset(None), load_roster(None)


def test_merged_record_speaks_for_the_report_and_pages_name_it(rules):
    ruleset, roster = rules
    records = [_page("in/p1.jpg", "2023-06-20T09:00:00", FIRST), _page("in/p2.jpg", "2023-06-20T09:00:01", MIDDLE),
               _page("in/p3.jpg", "2023-06-20T09:00:02", LAST), _page("in/other.docx", None, FIRST)]
    records[3].page_document = None  # not an image: never joined
    merged = merge_photo_pages(records, ruleset, roster)
    first, second, third, other = mark_superseded(merged)
    assert first.page_files == ["in/p2.jpg", "in/p3.jpg"] and first.superseded_by is None
    assert first.pages == 3 and first.document.signer == "Trần Văn Bốn"
    assert "in/p1.jpg (trang 1), in/p2.jpg (trang 2), in/p3.jpg (trang 3)" in first.version_note
    assert first.received_at == "2023-06-20T09:00:02"  # complete when its last page arrived
    assert (second.page_of, second.superseded_by, second.version_note) == \
        ("in/p1.jpg", "in/p1.jpg", continuation_note(2, "in/p1.jpg"))
    assert third.page_of == "in/p1.jpg" and other is records[3]
    # the same records written to reports.json and read back are left as they are
    again = [ReportRecord.from_dict(json.loads(json.dumps(r.to_dict()))) for r in (first, second, third)]
    for r in again:
        r.page_document = None
    assert mark_superseded(merge_photo_pages(again, ruleset, roster)) == mark_superseded(again)
    assert [r.to_dict() for r in mark_superseded(again)] == [r.to_dict() for r in (first, second, third)]


# ------------------------------------------------------------------ end to end, real OCR
@pytest.fixture(scope="module")
def photographed(tmp_path_factory) -> Path:
    sys.path.insert(0, str(SAMPLES))
    import make_samples as ms
    import make_scans

    root = tmp_path_factory.mktemp("pages")
    source = ms.load_sources(["01"])[0]
    conv = root / "conv"
    conv.mkdir()
    docx = ms.build_docx(source, conv / f"{source.slug}.docx", clean=True)
    ms.soffice_convert([docx], "pdf", root, root / "lo-profile")
    pages = ms.render_pages(root / f"{source.slug}.pdf", 150)
    assert len(pages) == 3
    inbox = root / "inbox"
    inbox.mkdir()
    names = ["z4458120917_b7e1.jpg", "z4458120911_09af.jpg", "z4458120905_f3c2.jpg"]  # pages 1-3; names sort 3, 2, 1
    for k, (page, name) in enumerate(zip(pages, names)):
        make_scans.photo_of_page(page, f"pages-{k}", long_side=1600, quality=80).save(inbox / name, "JPEG", quality=80)
        stamp = 1687230000 + k  # received one second apart, page order
        os.utime(inbox / name, (stamp, stamp))
    return inbox


def test_tdkt_check_judges_the_photographed_pages_as_one_report(photographed, tmp_path):
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    done = subprocess.run([str(ROOT / ".venv/bin/tdkt"), "check", str(photographed), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    records = {Path(r["file"]).name: r for r in json.loads((tmp_path / "out/reports.json").read_text("utf-8"))}
    assert set(records) == {"z4458120905_f3c2.jpg", "z4458120911_09af.jpg", "z4458120917_b7e1.jpg"}
    first = records["z4458120917_b7e1.jpg"]  # page 1, received first
    assert [Path(f).name for f in first["page_files"]] == ["z4458120911_09af.jpg", "z4458120905_f3c2.jpg"]
    assert "page_document" not in first and first["pages"] == 3
    label = yaml.safe_load((SAMPLES / "labels/01-xa-tay-vinh.yaml").read_text("utf-8"))
    # the header of page 1 and the signer of page 3 in one record
    assert first["document"]["number"] == label["document"]["number"]
    assert first["document"]["signer"] == label["document"]["signer"]
    assert first["unit"]["roster_id"] == label["unit"]["roster_id"]
    agree = sum(first["items"][k]["status"] == v for k, v in label["items"].items())
    assert agree >= 28, agree  # photos of every page read as the report (OCR slips aside)
    for name in ("z4458120911_09af.jpg", "z4458120905_f3c2.jpg"):
        assert Path(records[name]["page_of"]).name == "z4458120917_b7e1.jpg"
        assert records[name]["superseded_by"] == first["file"]
    # the clerk's workbook lists the two pages as pages of that report, not as unknown senders
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "out" / "compliance.xlsx", read_only=True)
    cells = [str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row if c]
    assert sum("Trang ảnh chụp" == c for c in cells) == 2


def test_tdkt_run_joins_the_pages_through_its_store_and_again_on_a_pass_with_nothing_new(photographed, tmp_path):
    import shutil

    from tdkt.flows.config import FlowConfig
    from tdkt.flows.run import run_once

    inbox = tmp_path / "inbox"
    shutil.copytree(photographed, inbox)  # copytree keeps the files' times: the received order
    cfg = FlowConfig(inbox=str(inbox), output=str(tmp_path / "out"), concurrency=1, retries=0)
    assert run_once(cfg)["judged"] == 3
    first_pass = json.loads((tmp_path / "out/reports.json").read_text("utf-8"))
    by_name = {Path(r["file"]).name: r for r in first_pass}
    assert len(by_name["z4458120917_b7e1.jpg"]["page_files"]) == 2
    assert by_name["z4458120905_f3c2.jpg"]["page_of"].endswith("z4458120917_b7e1.jpg")
    (tmp_path / "out/reports.json").unlink()  # the next pass rebuilds every output from the store alone
    summary = run_once(cfg)
    assert summary["judged"] == 0 and summary["written"]
    assert json.loads((tmp_path / "out/reports.json").read_text("utf-8")) == first_pass
