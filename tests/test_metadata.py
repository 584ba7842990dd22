"""F1-F6 on header/closing variants: table regions, stacked lines, merged PDF lines, blanks, OCR noise."""

import datetime as dt

import pytest

from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.metadata.read import read_metadata


def para(text, n, region=None):
    return Block(kind="paragraph", text=text, where=Where(paragraph=n), region=region)


def doc_from_lines(lines, region_of=None):
    return Document(blocks=[para(t, i + 1, (region_of or {}).get(i)) for i, t in enumerate(lines)])


BODY = [
    "I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
    "1. Công tác lãnh đạo, chỉ đạo",
    "Ủy ban nhân dân xã đã ban hành Kế hoạch số 12/KH-UBND ngày 19 tháng 01 năm 2023 về thi đua.",
    "Trên đây là báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023 của UBND xã./.",
]


def stacked(number="Số: 45/BC-UBND", date="Tây Vinh, ngày 20 tháng 6 năm 2023"):
    return doc_from_lines([
        "ỦY BAN NHÂN DÂN", "XÃ TÂY VINH", number,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", date,
        "BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023",
        *BODY,
        "Nơi nhận:", "- Phòng Nội vụ huyện;", "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Nguyễn Văn An",
    ])


def test_stacked_header_all_items_present():
    meta = read_metadata(stacked())
    assert {k: v.status for k, v in meta.items.items()} == {f"F{i}": "present" for i in range(1, 7)}
    info = meta.info
    assert info.issuer == "Ủy ban nhân dân xã Tây Vinh" == meta.header_name
    assert info.number == "45/BC-UBND"
    assert info.date == "2023-06-20" and meta.date == dt.date(2023, 6, 20) and meta.date_partial is None
    assert info.place == "Tây Vinh"
    assert info.signer == "Nguyễn Văn An"
    assert info.signer_authority == "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"
    assert info.recipients == ["Phòng Nội vụ huyện", "Lưu: VT"]
    assert info.title.startswith("BÁO CÁO Sơ kết công tác thi đua")
    assert meta.items["F2"].evidence[0].where == "đoạn 3"


def test_two_column_tables():
    header = Block(kind="table", text="", where=Where(table=1), rows=[[
        "UBND HUYỆN TÂY SƠN\nPHÒNG NỘI VỤ\nSố: 12/BC-NV",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTây Sơn, ngày 22 tháng 6 năm 2023"]])
    closing = Block(kind="table", text="", where=Where(table=2), rows=[[
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.", "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n(ký, đóng dấu)\nTrần Thị Bích"]])
    blocks = [header, para("BÁO CÁO", 1), para("Kết quả công tác thi đua, khen thưởng 6 tháng đầu năm 2023", 2)]
    blocks += [para(t, i + 3) for i, t in enumerate(BODY)] + [closing]
    meta = read_metadata(Document(blocks=blocks))
    assert meta.info.issuer == "Phòng Nội vụ"  # the lower line, not the parent agency
    assert meta.info.number == "12/BC-NV"
    assert meta.date == dt.date(2023, 6, 22)
    assert meta.info.signer == "Trần Thị Bích"
    assert meta.info.signer_authority == "KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG"
    assert meta.info.recipients == ["Như trên", "Lưu: VT"]
    assert meta.items["F1"].evidence[0].where.startswith("bảng 1")
    assert all(r.status == "present" for r in meta.items.values())


def test_regions_from_extractor():
    r = {0: "header-left", 1: "header-left", 2: "header-left", 3: "header-right", 4: "header-right",
         5: "header-right"}
    lines = ["BAN CHỈ HUY QUÂN SỰ", "HUYỆN TÂY SƠN", "Số: 88/BC-BCH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "Tây Sơn, ngày 21 tháng 6 năm 2023", "BÁO CÁO",
             "Sơ kết thi đua, khen thưởng 6 tháng đầu năm 2023", *BODY, "Nơi nhận:", "- Như trên;",
             "CHỈ HUY TRƯỞNG", "Thượng tá Lê Văn Cường"]
    n = len(lines)
    r.update({n - 4: "closing-left", n - 3: "closing-left", n - 2: "closing-right", n - 1: "closing-right"})
    meta = read_metadata(doc_from_lines(lines, r))
    assert meta.info.issuer == "Ban Chỉ huy Quân sự huyện Tây Sơn"
    assert meta.info.number == "88/BC-BCH"
    assert meta.info.signer == "Lê Văn Cường" and meta.info.signer_authority == "CHỈ HUY TRƯỞNG"


def test_blank_number_and_blank_day_are_partial():
    meta = read_metadata(stacked(number="Số:      /BC-UBND", date="Tây Vinh, ngày    tháng 6 năm 2023"))
    assert meta.items["F2"].status == "partial" and meta.info.number is None
    assert meta.items["F3"].status == "partial"
    assert meta.date is None and meta.info.date is None
    assert meta.date_partial == (None, 6, 2023)


def test_ocr_noise_and_numeric_date():
    meta = read_metadata(stacked(number="S6 : 45/BC-UBND", date="Tây Vinh, ngay 20/6/2023"))
    assert meta.info.number == "45/BC-UBND"
    assert meta.date == dt.date(2023, 6, 20)


def test_merged_pdf_lines():
    lines = ["ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "XÃ BÌNH NGHI Độc lập - Tự do - Hạnh phúc",
             "Số: 30/BC-UBND Bình Nghi, ngày 19 tháng 6 năm 2023",
             "BÁO CÁO", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023", *BODY,
             "Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Như trên; CHỦ TỊCH", "- Lưu: VT.", "Phạm Văn Dũng"]
    meta = read_metadata(doc_from_lines(lines))
    assert meta.info.issuer == "Ủy ban nhân dân xã Bình Nghi"
    assert meta.info.number == "30/BC-UBND"
    assert meta.info.place == "Bình Nghi" and meta.date == dt.date(2023, 6, 19)
    assert meta.info.signer == "Phạm Văn Dũng"
    assert meta.info.signer_authority == "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"
    assert meta.info.recipients == ["Như trên", "Lưu: VT"]


@pytest.mark.parametrize("summary,status", [
    ("Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023", "present"),
    ("Tình hình kinh tế - xã hội 6 tháng đầu năm 2023", "partial"),
    ("Tổng kết công tác thi đua, khen thưởng năm 2022", "partial"),
])
def test_title_topic(summary, status):
    lines = ["ỦY BAN NHÂN DÂN", "XÃ TÂY AN", "Số: 1/BC-UBND", "Tây An, ngày 1 tháng 6 năm 2023", "BÁO CÁO",
             summary, *BODY]
    meta = read_metadata(doc_from_lines(lines))
    assert meta.items["F4"].status == status


def test_missing_everything():
    meta = read_metadata(doc_from_lines(BODY))
    assert [meta.items[f"F{i}"].status for i in range(1, 7)] == ["missing"] * 6
    assert meta.header_name is None and meta.date is None


def test_wrapped_issuer_and_abbreviated_summary():
    lines = ["UBND HUYỆN TÂY SƠN", "PHÒNG TÀI CHÍNH - KẾ", "HOẠCH", "Số: …/BC-TCKH",
             "Tây Sơn, ngày 22 tháng 6 năm 2023", "BÁO CÁO", "Sơ kết công tác TĐKT 6 tháng đầu năm 2023", *BODY]
    meta = read_metadata(doc_from_lines(lines))
    assert meta.info.issuer == "Phòng Tài chính - Kế hoạch"
    assert meta.items["F2"].status == "partial" and meta.info.number is None
    assert meta.items["F4"].status == "present"


def test_signer_merged_with_recipient_line_and_degree():
    lines = ["TRUNG TÂM Y TẾ", "HUYỆN TÂY SƠN", "Số: 7/BC-TTYT", "Tây Sơn, ngày 2 tháng 6 năm 2023", "BÁO CÁO",
             "Sơ kết thi đua, khen thưởng 6 tháng đầu năm 2023", *BODY,
             "Nơi nhận:", "- Như trên;", "- Lưu: VT, TCHC.GIÁM ĐỐC", "BSCKII. Lê Thị Hoa"]
    meta = read_metadata(doc_from_lines(lines))
    assert meta.info.signer_authority == "GIÁM ĐỐC"
    assert meta.info.signer == "Lê Thị Hoa"
    assert meta.info.recipients == ["Như trên", "Lưu: VT, TCHC"]


def test_ocr_specks_between_authority_lines():
    r = {}
    lines = ["ỦY BAN NHÂN DÂN", "XÃ TÂY GIANG", "Số: 9/BC-UBND", "Tây Giang, ngày 5 tháng 6 năm 2023", "BÁO CÁO",
             "Sơ kết thi đua, khen thưởng 6 tháng đầu năm 2023", *BODY,
             "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "ˆ", "PHÓ CHỦ TỊCH", "Lê Văn Thành"]
    n = len(lines)
    r.update({n - 7: "closing-left", n - 6: "closing-left"})
    r.update({k: "closing-right" for k in range(n - 5, n)})
    meta = read_metadata(doc_from_lines(lines, r))
    assert meta.info.signer_authority == "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    assert meta.info.signer == "Lê Văn Thành"


def test_capitalised_heading_is_not_a_signer():
    lines = ["ỦY BAN NHÂN DÂN", "XÃ TÂY AN", "Số: 1/BC-UBND", "Tây An, ngày 1 tháng 6 năm 2023", "BÁO CÁO",
             "Sơ kết thi đua, khen thưởng 6 tháng đầu năm 2023", "I. KẾT QUẢ", "Nội dung báo cáo ngắn.",
             "II. Kết Quả Các Phong Trào"]
    meta = read_metadata(doc_from_lines(lines))
    assert meta.info.signer is None and meta.items["F5"].status == "missing"


@pytest.mark.parametrize("header,issuer", [
    (["HỘI NÔNG DÂN VIỆT NAM", "BCH HUYỆN TÂY SƠN"], "Hội Nông dân Việt Nam BCH huyện Tây Sơn"),
    (["LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH ĐỊNH", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN TÂY SƠN"], "Liên đoàn Lao động huyện Tây Sơn"),
    (["SỞ Y TẾ BÌNH ĐỊNH", "TRUNG TÂM Y TẾ", "HUYỆN TÂY SƠN"], "Trung tâm Y tế huyện Tây Sơn"),
    (["UBND HUYỆN TÂY SƠN", "VĂN PHÒNG HĐND VÀ UBND"], "Văn phòng HĐND và UBND"),
])
def test_parent_agency_and_committee_lines(header, issuer):
    meta = read_metadata(doc_from_lines([*header, "Số: 1/BC-X", "BÁO CÁO", "Sơ kết thi đua, khen thưởng 6 tháng"]))
    assert meta.header_name == issuer


def test_header_table_with_two_rows_and_no_place():
    header = Block(kind="table", text="", where=Where(table=1), rows=[
        ["ỦY BAN NHÂN DÂN\nTHỊ TRẤN PHÚ PHONG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
        ["Số: 77/BC-UBND", "ngày 21 tháng 6 năm 2023"]])
    blocks = [header, para("BÁO CÁO", 1), para("Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023", 2)]
    meta = read_metadata(Document(blocks=blocks + [para(t, i + 3) for i, t in enumerate(BODY)]))
    assert meta.header_name == "Ủy ban nhân dân thị trấn Phú Phong"
    assert meta.info.number == "77/BC-UBND"
    assert meta.date == dt.date(2023, 6, 21) and meta.items["F3"].status == "present"
    assert "không ghi địa danh" in meta.items["F3"].note
    assert meta.items["F2"].evidence[0].where == "bảng 1, hàng 2"
