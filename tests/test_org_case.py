"""The issuer's name read from a header in capitals gets the casing offices use in running text.

Names here are of bodies outside the Tây Sơn samples (other districts, towns, schools, cooperatives):
the casing follows the kind of word, not a list of the samples' names.
"""

import pytest

from tdkt.pipeline.document import Block, Document, Where
from tdkt.pipeline.metadata.org_case import case_org_name
from tdkt.pipeline.metadata.read import read_metadata


def doc_from_lines(lines):
    return Document(blocks=[Block(kind="paragraph", text=t, where=Where(paragraph=i + 1)) for i, t in enumerate(lines)])


@pytest.mark.parametrize("caps,cased", [
    ("ỦY BAN NHÂN DÂN PHƯỜNG NHƠN HƯNG", "Ủy ban nhân dân phường Nhơn Hưng"),
    ("UỶ BAN NHÂN DÂN THỊ TRẤN VĨNH THẠNH", "Uỷ ban nhân dân thị trấn Vĩnh Thạnh"),
    ("TRƯỜNG TIỂU HỌC SỐ 1 BÌNH THÀNH", "Trường Tiểu học số 1 Bình Thành"),
    ("TRƯỜNG THPT NGUYỄN TRUNG TRỰC", "Trường THPT Nguyễn Trung Trực"),
    ("TRƯỜNG MẦM NON HOA SEN", "Trường Mầm non Hoa Sen"),
    ("HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP NHƠN LỘC", "Hợp tác xã dịch vụ nông nghiệp Nhơn Lộc"),
    ("BẢO HIỂM XÃ HỘI THỊ XÃ AN NHƠN", "Bảo hiểm xã hội thị xã An Nhơn"),
    ("PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THỊ XÃ AN NHƠN", "Phòng Lao động - Thương binh và Xã hội thị xã An Nhơn"),
    ("CHI CỤC THUẾ KHU VỰC AN NHƠN - TUY PHƯỚC", "Chi cục Thuế khu vực An Nhơn - Tuy Phước"),
    ("TRUNG TÂM VĂN HÓA - THỂ THAO VÀ DU LỊCH", "Trung tâm Văn hóa - Thể thao và Du lịch"),
    ("CỤM THI ĐUA CÁC XÃ MIỀN NÚI", "Cụm thi đua các xã miền núi"),
    ("KHỐI THI ĐUA CÁC ĐƠN VỊ THUỘC HUYỆN", "Khối thi đua các đơn vị thuộc huyện"),
    ("CỤM THI ĐUA CÁC PHƯỜNG - XÃ SỐ 4", "Cụm thi đua các phường - xã số 4"),
    ("ĐẢNG ỦY PHƯỜNG ĐẬP ĐÁ", "Đảng ủy phường Đập Đá"),
    ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THỊ XÃ AN NHƠN", "Ủy ban Mặt trận Tổ quốc Việt Nam thị xã An Nhơn"),
    ("HỘI LIÊN HIỆP PHỤ NỮ PHƯỜNG BÌNH ĐỊNH", "Hội Liên hiệp Phụ nữ phường Bình Định"),
    ("BAN CHỈ HUY QUÂN SỰ THỊ XÃ AN NHƠN", "Ban Chỉ huy Quân sự thị xã An Nhơn"),
    ("PHÒNG GD&ĐT VĨNH THẠNH", "Phòng GD&ĐT Vĩnh Thạnh"),
    ("ĐIỆN LỰC AN NHƠN", "Điện lực An Nhơn"),
    ("KHO BẠC NHÀ NƯỚC HOÀI NHƠN", "Kho bạc Nhà nước Hoài Nhơn"),
    ("HUYỆN ĐOÀN VÂN CANH", "Huyện đoàn Vân Canh"),
    ("TRẠM Y TẾ PHƯỜNG NHƠN HÒA", "Trạm Y tế phường Nhơn Hòa"),
    ("KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG - ĐOÀN THỂ THỊ XÃ", "Khối thi đua các cơ quan Đảng - Đoàn thể thị xã"),
    ("Phòng Nội vụ thị xã An Nhơn", "Phòng Nội vụ thị xã An Nhơn"),  # already cased: kept
])
def test_caps_name_gets_administrative_casing(caps, cased):
    assert case_org_name(caps) == cased


@pytest.mark.parametrize("header,issuer", [
    # The cooperative's place name on its own line belongs to the name above it.
    (["HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP", "NHƠN LỘC"], "Hợp tác xã dịch vụ nông nghiệp Nhơn Lộc"),
    # A line ending with a dash, and a line with no organisation head of its own, carry on the name.
    (["UBND THỊ XÃ AN NHƠN", "TRUNG TÂM VĂN HÓA -", "THỂ THAO VÀ DU LỊCH"], "Trung tâm Văn hóa - Thể thao và Du lịch"),
    (["KHỐI THI ĐUA CÁC ĐƠN VỊ THUỘC HUYỆN", "ĐÓNG TRÊN ĐỊA BÀN THỊ XÃ"],
     "Khối thi đua các đơn vị thuộc huyện đóng trên địa bàn thị xã"),
    # A parent body above the issuer is still not part of its name.
    (["PHÒNG GD&ĐT VĨNH THẠNH", "TRƯỜNG TIỂU HỌC SỐ 2 VĨNH HẢO"], "Trường Tiểu học số 2 Vĩnh Hảo"),
])
def test_issuer_lines_joined_and_cased(header, issuer):
    meta = read_metadata(doc_from_lines([*header, "Số: 7/BC-X", "BÁO CÁO", "Sơ kết thi đua, khen thưởng 6 tháng"]))
    assert meta.header_name == issuer
