"""Which file speaks for a unit: copies are one submission (best reading wins), a later document
supersedes an earlier one, blank dates leave it to receipt time, and a report on another subject
never replaces one on the subject."""

import dataclasses
import random
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synthetic import demo_roster, make_record  # noqa: E402

from tdkt.pipeline.metadata.title import on_subject  # noqa: E402
from tdkt.pipeline.supersede import mark_superseded, same_document, unit_key  # noqa: E402
from tdkt.pipeline.text_sketch import containment, sketch  # noqa: E402

UNITS = demo_roster(6).units

_VOCAB = ("thi đua khen thưởng phong trào tập thể cá nhân hội viên đoàn viên xã huyện tỉnh kết quả "
          "nông thôn mới giảm nghèo chuyển đổi số an ninh trật tự văn hóa giáo dục y tế lao động tiên tiến "
          "chiến sĩ bằng khen giấy khen điển hình tiên tiến người tốt việc tốt sản xuất kinh doanh").split()
_RNG = random.Random(11)
REPORT = " ".join(" ".join(_RNG.choice(_VOCAB) for _ in range(14)) + f" {k}." for k in range(80))


def _rec(file, unit=UNITS[0], *, number="45/BC-UBND", date="2023-06-20", received="2023-06-20T09:00:00",
         fmt="docx", text=None, statuses=None, on_subject_=True):
    record = make_record(file, unit, date=date, received=received, statuses=statuses)
    record.format = fmt
    record.document.number = number
    record.document.on_subject = on_subject_
    record.text_sketch = sketch(text) if text else []
    return record


def _by_file(records):
    return {r.file: r.superseded_by for r in records}


def test_later_document_date_wins_whatever_the_order():
    v2 = _rec("b/v2.docx", number="50/BC-UBND", date="2023-06-22", received="2023-06-01T08:00:00")
    v1 = _rec("a/v1.docx", number="45/BC-UBND", date="2023-06-20", received="2023-06-30T08:00:00")
    other = _rec("c.docx", UNITS[1])
    out = mark_superseded([v2, v1, other])
    assert _by_file(out) == {"b/v2.docx": None, "a/v1.docx": "b/v2.docx", "c.docx": None}
    assert [r.file for r in out] == ["b/v2.docx", "a/v1.docx", "c.docx"]
    assert out[1].copy_of is None and "22/06/2023" in out[1].version_note


def test_a_blank_date_leaves_it_to_the_receipt_time():
    # The later-received report has a blank day ("ngày ... tháng 6"): it is still the newer one.
    dated = _rec("dated.docx", number="38/BC-UBND", date="2023-06-16", received="2023-06-19T08:00:00")
    blank = _rec("blank.pdf", number="52/BC-UBND", date=None, received="2023-06-26T08:00:00")
    out = mark_superseded([dated, blank])
    assert _by_file(out) == {"dated.docx": "blank.pdf", "blank.pdf": None}
    assert "nhận sau" in out[0].version_note


def test_an_off_subject_report_never_supersedes_one_on_the_subject():
    wrong = _rec("pctt.docx", number="38/BC-UBND", date="2023-06-29", received="2023-06-29T08:00:00",
                 on_subject_=False)
    right = _rec("so-ket.docx", number="40/BC-UBND", date="2023-06-20", received="2023-06-20T08:00:00")
    out = mark_superseded([wrong, right])
    assert _by_file(out) == {"pctt.docx": "so-ket.docx", "so-ket.docx": None}
    assert "Không đúng nội dung" in out[0].version_note
    # Alone, an off-subject report is the unit's current file (the table gives it its own status).
    alone = mark_superseded([_rec("x.docx", UNITS[2], on_subject_=False)])
    assert alone[0].superseded_by is None


def test_copies_of_one_document_are_one_submission_judged_on_the_best_reading():
    # The full DOCX and a phone photo of page 1 of the same report (same number and date).
    photo = _rec("z-photo.jpg", fmt="image", received="2023-06-20T07:00:00",
                 statuses={"M1": "missing", "M2": "missing", "F5": "missing"}, text=REPORT[:900])
    full = _rec("a-full.docx", received="2023-06-20T09:00:00", statuses={"F2": "partial"}, text=REPORT)
    out = {r.file: r for r in mark_superseded([photo, full])}
    assert out["a-full.docx"].superseded_by is None and out["a-full.docx"].copies == ["z-photo.jpg"]
    assert out["z-photo.jpg"].superseded_by == out["z-photo.jpg"].copy_of == "a-full.docx"
    # An item the other copy reads better is taken from it, and the note says so.
    merged = out["a-full.docx"].items["F2"]
    assert merged.status == "present" and "z-photo.jpg" in merged.note
    assert out["a-full.docx"].items["M1"].status == "present"


def test_copies_found_by_text_when_ocr_missed_the_number():
    scan = _rec("scan.pdf", fmt="pdf-scanned", number=None, date=None, text=REPORT.replace("hội viên", "hôi viên"))
    docx = _rec("bao-cao.docx", text=REPORT)
    assert same_document(scan, docx)
    out = {r.file: r for r in mark_superseded([scan, docx])}
    assert out["scan.pdf"].copy_of == "bao-cao.docx"


def test_alike_text_with_a_new_date_is_a_new_document_not_a_copy():
    first = _rec("v1.docx", date="2023-06-15", text=REPORT)
    corrected = _rec("v2.docx", date="2023-06-21", text=REPORT + " Bổ sung số liệu khen thưởng.")
    assert not same_document(first, corrected)
    out = {r.file: r for r in mark_superseded([first, corrected])}
    assert out["v1.docx"].superseded_by == "v2.docx" and out["v1.docx"].copy_of is None


def test_sketch_containment_tells_a_page_from_another_report():
    other = " ".join(f"Công tác cải cách hành chính quý {k}: tiếp nhận {k * 7} hồ sơ trực tuyến." for k in range(60))
    assert containment(sketch(REPORT[:1500]), sketch(REPORT)) > 0.9
    assert (containment(sketch(other), sketch(REPORT)) or 0) < 0.2
    assert containment(sketch("ngắn"), sketch(REPORT)) is None  # too little text to say


def test_on_subject_reads_the_title_summary():
    assert on_subject("BÁO CÁO Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023") is True
    assert on_subject("BÁO CÁO Kết quả công tác phòng, chống thiên tai 6 tháng đầu năm 2023") is False
    assert on_subject("BÁO CÁO") is None and on_subject(None) is None


def test_unknown_senders_grouped_by_normalised_name():
    decomposed = unicodedata.normalize("NFD", "Hội  Người cao tuổi xã")
    a = make_record("a.docx", name=decomposed, date="2023-06-01")
    b = make_record("b.docx", name="hội người cao TUỔI xã ", date="2023-06-05")
    c = make_record("c.docx", name="Hội Khuyến học xã", date="2023-06-01")
    assert unit_key(a) == unit_key(b) != unit_key(c)
    assert _by_file(mark_superseded([a, b, c])) == {"a.docx": "b.docx", "b.docx": None, "c.docx": None}


def test_unreadable_and_anonymous_files_are_never_grouped():
    bad1 = make_record("x.pdf", error="Tệp hỏng.")
    bad2 = make_record("y.pdf", error="Tệp hỏng.")
    anon1 = make_record("p.docx", name=None)
    anon2 = make_record("q.docx", name=None)
    assert all(r.superseded_by is None for r in mark_superseded([bad1, bad2, anon1, anon2]))


def test_pure_and_recomputed():
    old = _rec("old.docx", number="1/BC", date="2023-06-01")
    new = _rec("new.docx", number="2/BC", date="2023-06-02")
    new.superseded_by = "stale.docx"  # left over from an earlier run: must be cleared
    out = mark_superseded([old, new])
    assert _by_file(out) == {"old.docx": "new.docx", "new.docx": None}
    assert old.superseded_by is None and new.superseded_by == "stale.docx"  # inputs untouched
    assert _by_file(mark_superseded(out)) == _by_file(out)
    alone = dataclasses.replace(out[0], unit=dataclasses.replace(out[0].unit, roster_id=None, name=None,
                                                                 header_name=None))
    assert mark_superseded([alone])[0].superseded_by is None and mark_superseded([alone])[0].version_note is None
